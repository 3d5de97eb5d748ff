"""Browse: the local registry's customers and projects with their link state (linked and how,
local only, archived) and the Tripletex projects that were skipped (with path and reason).

Searchable as you type (`/`); every match is in the list (rows are added as the cursor goes
down, End goes to the last). Enter opens a record's detail. Records that share a name in one
place (customers; projects of one customer and main project) are marked `≡` and shown with
their number and org number (customers) or owner (projects), which tell them apart.

`m` merges the highlighted record (a duplicate a sync made) into an older one it asks for
(core.sync.merge), after showing both; `u` undoes the last merge.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from core.errors import RabbitError, UsageError
from core.i18n import N_, _, number
from core.paths import ProfilePaths
from core.store.store import Store
from core.sync.merge import merge
from core.sync.review import undo_last
from core.sync.writer import writer_for
from core.views.record import record_facts
from core.views.registry import TABS, BrowseRow, RegistryIndex
from core.views.review import decision_words, undone_words
from tui.i18n import Translated
from tui.keys import tab_bindings
from tui.messages import RegistryChanged
from tui.screens.base import PlaceScreen, footer, title_bar
from tui.screens.record import RecordScreen
from tui.widgets.merge_dialogs import ConfirmMergeModal, PickRecordModal
from tui.widgets.tables import CursorTable

WINDOW = 200  # rows added to the table at a time
# (label, width at 80 columns, share of the room a wider terminal gives, widest useful)
_WIDEST = 999
_COLUMNS = {
    "customers": (("", 1, 0, 1), (N_("key"), 6, 0, 6), (N_("name"), 21, 3, _WIDEST),
                  (N_("number"), 7, 0, 7), (N_("org no."), 9, 0, 9), (N_("state"), 20, 1, 30)),
    "projects": (("", 1, 0, 1), (N_("key"), 6, 0, 6), (N_("name"), 19, 2, _WIDEST),
                 (N_("number"), 8, 0, 8), (N_("customer > parent"), 12, 2, _WIDEST),
                 (N_("state"), 20, 1, 30)),
    "skipped": (("", 1, 0, 1), (N_("tx id"), 7, 0, 7), (N_("name"), 22, 1, _WIDEST),
                (N_("path"), 20, 1, _WIDEST), (N_("reason"), 18, 1, _WIDEST)),
}
# the tabs (core.views.registry.TABS) as their label and the status line name them
TAB_WORDS = {"customers": N_("customers"), "projects": N_("projects"), "skipped": N_("skipped")}
_FRAME = 2 + 1  # the table's scrollbar, and a column to spare


def column_widths(tab: str, width: int) -> list[tuple[str, int]]:
    """The columns of `tab` for a terminal `width` wide: at 80 columns as `_COLUMNS` says;
    what a wider one adds goes to the name and the other long columns, by their shares (a
    column gets no wider than is useful: the rest goes to the name)."""
    cols = _COLUMNS[tab]
    used = sum(w + 2 for _, w, _, _ in cols) + _FRAME  # (each cell has a space either side)
    room, shares = max(0, width - used), sum(share for _, _, share, _ in cols)
    widths = [min(w + room * share // shares, widest) for _, w, share, widest in cols]
    name = [label for label, *_ in cols].index("name")
    widths[name] += room - sum(widths) + sum(w for _, w, _, _ in cols)  # what is left over
    return [(label, w) for (label, *_rest), w in zip(cols, widths, strict=True)]


class BrowseScreen(Translated, PlaceScreen):
    """The registry, one tab at a time, filtered by the search field (`/`)."""

    PLACE = N_("Browse")
    BINDINGS = [
        Binding("enter", "open", N_("Detail"), id="browse.open", priority=True,
                tooltip=N_("Every field, the link in words, overwritten values and its projects")),
        Binding("slash,f", "search", N_("Search"), id="browse.search", key_display="/",
                tooltip=N_("Filter by name, key, number or org no. as you type")),
        *tab_bindings("browse", N_("customers / projects / skipped Tripletex projects")),
        Binding("m", "merge", N_("Merge"), id="browse.merge",
                tooltip=N_("Merge the highlighted duplicate into an older record (asks first)")),
        Binding("u", "undo_merge", N_("Undo merge"), id="browse.undo_merge", show=False,
                tooltip=N_("Undo the last merge")),
        Binding("end", "last", N_("Last"), id="browse.last", show=False, priority=True,
                tooltip=N_("The last row of the list")),
        Binding("ctrl+r", "reload", N_("Reload"), id="browse.reload", show=False,
                tooltip=N_("Read the store again")),
    ]

    class Changed(Message):
        """A merge or its undo was stored (`text` says what it did), or refused (`error`)."""

        def __init__(self, text: str, error: bool = False) -> None:
            self.text, self.error = text, error
            super().__init__()

    class Loaded(Message):
        def __init__(self, index: RegistryIndex | None, error: str = "") -> None:
            self.index, self.error = index, error
            super().__init__()

    def __init__(self, paths: ProfilePaths) -> None:
        super().__init__(paths.profile)
        self.paths = paths
        self.index: RegistryIndex | None = None
        self.tab = "customers"
        self.rows: list[BrowseRow] = []  # the matches of the search, all of them
        self.said = ""  # what the last merge (or undo) did, shown with the figures

    def compose(self) -> ComposeResult:
        yield title_bar()
        with Horizontal(classes="rs-filters"):
            yield Input(placeholder=_("/ search name, key, number, org no."), id="browse-search")
            yield Static(self._tab_label(), id="browse-tab")
        yield CursorTable(id="browse-table", cursor_type="row", zebra_stripes=True,
                          on_row_moved=self._row_moved)
        yield Static(_("Loading the registry…"), id="browse-status", classes="rs-status")
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#browse-table", DataTable).focus()
        self._load()

    def main_focus(self) -> DataTable:
        return self.query_one("#browse-table", DataTable)

    def _tab_label(self) -> Text:
        return Text("  ").join(Text(_(TAB_WORDS[t]), style="bold reverse" if t == self.tab else "")
                               for t in TABS)

    @work(thread=True, exclusive=True, exit_on_error=False, group="browse-load")
    def _load(self) -> None:
        try:
            index = RegistryIndex(Store(self.paths).read())
            for tab in TABS:
                index.rows(tab)  # build the search texts here, off the UI thread
            self.post_message(self.Loaded(index))
        except RabbitError as exc:
            self.post_message(self.Loaded(None, exc.one_line()))

    def on_browse_screen_loaded(self, message: Loaded) -> None:
        if message.index is None:
            self._status(_("Cannot read the store: {error}").format(error=message.error))
            return
        self.index = message.index
        self._fill()

    def _status(self, text: str) -> None:
        self.query_one("#browse-status", Static).update(Text(text))

    def _cells(self, r: BrowseRow) -> list[Text]:
        mark = Text("≡", style="bold yellow") if r.duplicate else Text("")
        cells = [mark, Text(r.key.removeprefix("tx-")), Text(r.name)]
        if self.tab != "skipped":
            cells.append(Text(r.number or "—"))
        cells += [Text(r.org_or_parent or "—"), Text(r.state.removeprefix(_("skipped: {reason}").format(reason="")))]
        return cells

    def _fill(self, *, keep_place: bool = True) -> None:
        """The table anew (a tab, a width, a reload). `keep_place`: the highlighted record stays
        highlighted; a new search starts at its first match instead (keeping a record far down
        would add every row above it at each key typed: 10 s a key on 40,000 records)."""
        if self.index is None:
            return
        table = self.query_one("#browse-table", DataTable)
        keep = self._highlighted_key() if keep_place else None
        self.rows = []  # (clearing moves the cursor: nothing is added for the old rows)
        table.clear(columns=True)
        for label, width in column_widths(self.tab, self.size.width):
            table.add_column(_(label), width=width)
        query = self.query_one("#browse-search", Input).value
        self.rows, total = self.index.search(self.tab, query)
        at = next((n for n, r in enumerate(self.rows) if r.key == keep), 0) if keep else 0
        self._extend(max(WINDOW, at + WINDOW // 2))
        if at:
            table.move_cursor(row=at, animate=False)
        all_rows = len(self.index.rows(self.tab))
        tab = _(TAB_WORDS[self.tab])
        what = (_("{found} of {all} {tab}").format(found=number(total), all=number(all_rows), tab=tab)
                if query.strip() else _("{all} {tab}").format(all=number(all_rows), tab=tab))
        dups = " · " + _("≡ same name, same place") if any(r.duplicate for r in self.rows) else ""
        self._status((f"{self.said}\n" if self.said else "") + what + dups
                     + " · " + _("enter: detail"))

    def _extend(self, upto: int) -> None:
        """Rows of the matches up to `upto` (a window: 40,000 rows show at once, added as the
        cursor goes down; End adds the rest)."""
        table = self.query_one("#browse-table", DataTable)
        # a state too long for its column ("archived, linked by org number") wraps, never cut
        # (a skipped project's long reason stays on one line: its detail has it whole)
        wide = 999 if self.tab == "skipped" else list(table.columns.values())[-1].width
        for r in self.rows[table.row_count:min(upto, len(self.rows))]:
            # (a height given, not measured: measuring each of 40,000 rows took 5 times as long)
            table.add_row(*self._cells(r), key=r.key, height=max(1, -(-len(r.state) // wide)))

    def _row_moved(self) -> None:
        table = self.query_one("#browse-table", DataTable)
        if table.cursor_row >= table.row_count - 20 and table.row_count < len(self.rows):
            self._extend(table.row_count + WINDOW)

    def action_last(self) -> None:
        if isinstance(self.focused, Input):
            self.focused.action_end()
            return
        table = self.query_one("#browse-table", DataTable)
        self._extend(len(self.rows))
        if table.row_count:
            table.move_cursor(row=table.row_count - 1, animate=False)

    def _highlighted_key(self) -> str | None:
        table = self.query_one("#browse-table", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value

    def action_open(self) -> None:
        if isinstance(self.focused, Input):  # (Enter in the search field: to the list)
            self.query_one("#browse-table", DataTable).focus()
            return
        key = self._highlighted_key()
        if key is None or self.index is None:
            return
        facts = record_facts(self.index.state, key)
        if facts is not None:
            self.app.push_screen(RecordScreen(facts))

    def on_resize(self) -> None:
        self._fill()  # the columns take the new width

    @on(Input.Changed, "#browse-search")
    def _search_changed(self) -> None:
        self._fill(keep_place=False)

    def action_tab(self, step: int) -> None:
        self.tab = TABS[(TABS.index(self.tab) + step) % len(TABS)]
        self.query_one("#browse-tab", Static).update(self._tab_label())
        self._fill()

    def action_search(self) -> None:
        self.query_one("#browse-search", Input).focus()

    def action_reload(self) -> None:
        self._status(_("Loading the registry…"))
        self._load()

    # ---- merge -----------------------------------------------------------------------------
    def _highlighted(self) -> BrowseRow | None:
        key = self._highlighted_key()
        if self.index is None or self.tab == "skipped" or key is None:
            return None
        return next((r for r in self.index.rows(self.tab) if r.key == key), None)

    def action_merge(self) -> None:
        dup = self._highlighted()
        if dup is None or self.index is None:
            self.notify(_("Highlight a customer or project to merge (the duplicate a sync made)"),
                        severity="warning")
            return
        index, tab = self.index, self.tab
        kind = "customer" if tab == "customers" else "project"

        def confirmed(yes: bool | None, into: str) -> None:
            if yes:
                self._status(_("Merging {dup} into {into}…").format(dup=dup.key, into=into))
                self._store_merge(dup.key, into)

        def picked(into: str | None) -> None:
            row = next((r for r in index.rows(tab) if r.key == into), None)
            if row is not None:
                self.app.push_screen(ConfirmMergeModal(dup, row, kind),
                                     lambda yes: confirmed(yes, row.key))

        title = (_("Merge {key} “{name}” into which older customer?") if kind == "customer"
                 else _("Merge {key} “{name}” into which older project?")
                 ).format(key=dup.key, name=dup.name)
        self.app.push_screen(PickRecordModal(index, tab, dup.key, title, dup.name), picked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="browse-merge")
    def _store_merge(self, dup: str, into: str) -> None:
        try:
            writer_for(self.paths).flush(5.0)  # review decisions first, in the order taken
            with Store(self.paths).transaction() as state:
                text = decision_words(state, merge(state, dup, into))
            self.post_message(self.Changed(
                _("{merged}. {key} is archived · u undoes it").format(merged=text, key=dup)))
        except RabbitError as exc:
            self.post_message(self.Changed(exc.one_line(), error=True))

    def action_undo_merge(self) -> None:
        self._store_undo()

    @work(thread=True, exclusive=True, exit_on_error=False, group="browse-merge")
    def _store_undo(self) -> None:
        try:
            with Store(self.paths).transaction() as state:
                if not state.decisions or state.decisions[-1].get("action") != "merge":
                    raise UsageError(_("the last decision is not a merge"),
                                     _("undo review decisions in Review (u)"))
                text = undone_words(state, undo_last(state))
            self.post_message(self.Changed(text))
        except RabbitError as exc:
            self.post_message(self.Changed(exc.one_line(), error=True))

    def on_browse_screen_changed(self, message: Changed) -> None:
        if message.error:
            self._status(message.text)
            self.notify(message.text, severity="error", markup=False)
            return
        self.said = message.text
        self.post_message(RegistryChanged())
        self.action_reload()
