"""Browse: the local registry's customers and projects with their link state (linked and how,
local only, archived) and the Tripletex projects that were skipped (with path and reason).

Searchable as you type; on a big registry only the first `LIMIT` matches are shown (with the
total), never all. Records that share a name are marked `≡` and always shown with their number
and org number (customers) or owner (projects), which tell them apart.

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
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from core.errors import RabbitError, UsageError
from core.paths import ProfilePaths
from core.store.store import Store
from core.sync.merge import merge
from core.sync.review import undo_last
from core.sync.writer import writer_for
from core.views.registry import TABS, BrowseRow, RegistryIndex
from core.views.review import decision_words, undone_words
from tui.messages import RegistryChanged
from tui.widgets.merge_dialogs import ConfirmMergeModal, PickRecordModal
from tui.widgets.screen_commands import ScreenBindingsProvider, go_back

LIMIT = 300
# (label, width at 80 columns, share of the room a wider terminal gives, widest useful)
_WIDEST = 999
_COLUMNS = {
    "customers": (("", 1, 0, 1), ("key", 6, 0, 6), ("name", 22, 3, _WIDEST), ("number", 7, 0, 7),
                  ("org no.", 9, 0, 9), ("state", 19, 1, 29)),
    "projects": (("", 1, 0, 1), ("key", 6, 0, 6), ("name", 20, 2, _WIDEST), ("number", 8, 0, 8),
                 ("customer > parent", 12, 2, _WIDEST), ("state", 19, 1, 29)),
    "skipped": (("", 1, 0, 1), ("tx id", 7, 0, 7), ("name", 22, 1, _WIDEST), ("path", 20, 1, _WIDEST),
                ("reason", 18, 1, _WIDEST)),
}
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
    return [(label, w) for (label, *_), w in zip(cols, widths, strict=True)]


class BrowseScreen(Screen[None]):
    """The registry, one tab at a time, filtered by an always-visible search input."""

    CSS_PATH = "../app.tcss"  # the one stylesheet; also when a screen runs on its own
    COMMANDS = Screen.COMMANDS | {ScreenBindingsProvider}
    BINDINGS = [
        Binding("escape", "back", "Back", id="browse.back", tooltip="Leave browse"),
        Binding("tab", "next_tab", "Next tab", id="browse.next_tab",
                tooltip="Switch customers / projects / skipped"),
        Binding("f,slash", "search", "Search", id="browse.search", key_display="f",
                tooltip="Type to filter by name, key, number or org no."),
        Binding("ctrl+r", "reload", "Reload", id="browse.reload", tooltip="Read the store again"),
        Binding("m", "merge", "Merge", id="browse.merge",
                tooltip="Merge the highlighted duplicate into an older record (asks first)"),
        Binding("u", "undo_merge", "Undo merge", id="browse.undo_merge", show=False,
                tooltip="Undo the last merge"),
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
        super().__init__()
        self.paths = paths
        self.index: RegistryIndex | None = None
        self.tab = "customers"
        self.said = ""  # what the last merge (or undo) did, shown with the figures

    def compose(self) -> ComposeResult:
        with Horizontal(classes="rs-filters"):
            yield Input(placeholder="search name, key, number, org no.", id="browse-search")
            yield Static("customers", id="browse-tab")
        yield DataTable(id="browse-table", cursor_type="row", zebra_stripes=True)
        yield Static("Loading the registry…", id="browse-status", classes="rs-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._load()

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
            self._status(f"Cannot read the store: {message.error}")
            return
        self.index = message.index
        self._fill()
        if self.focused is None:  # (a reload leaves the focus where the user had it)
            self.query_one("#browse-search", Input).focus()

    def _status(self, text: str) -> None:
        self.query_one("#browse-status", Static).update(Text(text))

    def _fill(self) -> None:
        if self.index is None:
            return
        table = self.query_one("#browse-table", DataTable)
        table.clear(columns=True)
        for label, width in column_widths(self.tab, self.size.width):
            table.add_column(label, width=width)
        query = self.query_one("#browse-search", Input).value
        rows, total = self.index.search(self.tab, query, LIMIT)
        skipped = self.tab == "skipped"
        for r in rows:
            mark = Text("≡", style="bold yellow") if r.duplicate else Text("")
            cells = [mark, Text(r.key.removeprefix("tx-")), Text(r.name)]
            if not skipped:
                cells.append(Text(r.number or "—"))
            cells += [Text(r.org_or_parent or "—"), Text(r.state.removeprefix("skipped: "))]
            table.add_row(*cells, key=r.key)
        all_rows = len(self.index.rows(self.tab))
        what = f"{total} of {all_rows} {self.tab}" if query.strip() else f"{all_rows} {self.tab}"
        more = f" · showing the first {LIMIT}, type to narrow" if total > LIMIT else ""
        dups = " · ≡ same name as another record" if any(r.duplicate for r in rows) else ""
        self._status((f"{self.said}\n" if self.said else "") + what + more + dups)

    def on_resize(self) -> None:
        self._fill()  # the columns take the new width

    @on(Input.Changed, "#browse-search")
    def _search_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#browse-search")
    def _search_done(self) -> None:
        self.query_one("#browse-table", DataTable).focus()

    def action_next_tab(self) -> None:
        self.tab = TABS[(TABS.index(self.tab) + 1) % len(TABS)]
        self.query_one("#browse-tab", Static).update(self.tab)
        self._fill()

    def action_search(self) -> None:
        self.query_one("#browse-search", Input).focus()

    def action_reload(self) -> None:
        self._status("Loading the registry…")
        self._load()

    # ---- merge -----------------------------------------------------------------------------
    def _highlighted(self) -> BrowseRow | None:
        table = self.query_one("#browse-table", DataTable)
        if self.index is None or self.tab == "skipped" or not table.row_count:
            return None
        key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        return next((r for r in self.index.rows(self.tab) if r.key == key), None)

    def action_merge(self) -> None:
        dup = self._highlighted()
        if dup is None or self.index is None:
            self.notify("Highlight a customer or project to merge (the duplicate a sync made)",
                        severity="warning")
            return
        index, tab = self.index, self.tab
        kind = "customer" if tab == "customers" else "project"

        def confirmed(yes: bool | None, into: str) -> None:
            if yes:
                self._status(f"Merging {dup.key} into {into}…")
                self._store_merge(dup.key, into)

        def picked(into: str | None) -> None:
            row = next((r for r in index.rows(tab) if r.key == into), None)
            if row is not None:
                self.app.push_screen(ConfirmMergeModal(dup, row, kind),
                                     lambda yes: confirmed(yes, row.key))

        title = f"Merge {dup.key} “{dup.name}” into which older {kind}?"
        self.app.push_screen(PickRecordModal(index, tab, dup.key, title, dup.name), picked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="browse-merge")
    def _store_merge(self, dup: str, into: str) -> None:
        try:
            writer_for(self.paths).flush(5.0)  # review decisions first, in the order taken
            with Store(self.paths).transaction() as state:
                text = decision_words(state, merge(state, dup, into))
            self.post_message(self.Changed(text + f". {dup} is archived · u undoes it"))
        except RabbitError as exc:
            self.post_message(self.Changed(exc.one_line(), error=True))

    def action_undo_merge(self) -> None:
        self._store_undo()

    @work(thread=True, exclusive=True, exit_on_error=False, group="browse-merge")
    def _store_undo(self) -> None:
        try:
            with Store(self.paths).transaction() as state:
                if not state.decisions or state.decisions[-1].get("action") != "merge":
                    raise UsageError("the last decision is not a merge",
                                     "undo review decisions in Review (u)")
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

    async def action_back(self) -> None:
        if isinstance(self.focused, Input) and self.focused.value:
            self.focused.value = ""
            return
        await go_back(self)
