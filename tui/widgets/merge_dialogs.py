"""Browse's merge dialogs: pick the older record a duplicate is merged into (searchable), then
confirm, seeing both records and what the merge does (core.sync.merge)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Input, Label, Static

from core.i18n import N_, _
from core.views.registry import BrowseRow, RegistryIndex
from tui.i18n import Translated

PICK_COLUMNS = ((N_("key"), 7), (N_("name"), 32), (N_("number"), 8), (N_("state"), 14))


class PickRecordModal(Translated, ModalScreen[str | None]):
    """Pick a record of one Browse tab (not `exclude`), filtered as you type; returns its key."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="browse.pick.cancel",
                tooltip=N_("Close without choosing")),
        Binding("enter", "pick", N_("Choose"), id="browse.pick.choose", priority=True,
                tooltip=N_("Choose the highlighted record (you confirm before anything changes)")),
        Binding("down", "cursor(1)", N_("Down"), id="browse.pick.down", show=False,
                tooltip=N_("Highlight the next record")),
        Binding("up", "cursor(-1)", N_("Up"), id="browse.pick.up", show=False,
                tooltip=N_("Highlight the previous record")),
    ]

    def __init__(self, index: RegistryIndex, tab: str, exclude: str, title: str,
                 query: str = "") -> None:
        super().__init__()
        self.index, self.tab, self.exclude, self.title_text = index, tab, exclude, title
        self.query_text = query

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-box", classes="rs-dialog"):
            yield Static(Text(self.title_text), id="pick-title")  # (wraps a long name)
            yield Input(self.query_text, placeholder=_("search name, key, number"),
                        id="pick-input")
            yield DataTable(id="pick-table", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        table = self.query_one("#pick-table", DataTable)
        # (fixed widths: a long name wraps in its row, never cut; the dialog is 76 wide)
        for label, width in PICK_COLUMNS:
            table.add_column(_(label), key=label, width=width)
        self._fill(self.query_text)
        self.query_one("#pick-input", Input).focus()

    @on(Input.Changed, "#pick-input")
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        table = self.query_one("#pick-table", DataTable)
        table.clear()
        rows, _total = self.index.search(self.tab, query, 51)
        for r in [r for r in rows if r.key != self.exclude][:50]:
            table.add_row(Text(r.key), Text(r.name), Text(r.number or "—"), Text(r.state),
                          key=r.key, height=None)

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#pick-table", DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_pick(self) -> None:
        table = self.query_one("#pick-table", DataTable)
        if not table.row_count:
            self.notify(_("Nothing matches; change the search or press Escape"),
                        severity="warning")
            return
        self.dismiss(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @on(DataTable.RowSelected, "#pick-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmMergeModal(Translated, ModalScreen[bool]):
    """Both records side by side and what merging does; Enter merges, Escape does not."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", N_("Back"), id="browse.merge.no",
                tooltip=N_("Do not merge")),
        Binding("enter,y", "answer(True)", N_("Merge"), id="browse.merge.yes", priority=True,
                tooltip=N_("Merge the duplicate into the older record (u undoes it)")),
    ]

    def __init__(self, dup: BrowseRow, into: BrowseRow, kind: str) -> None:
        super().__init__()
        self.dup, self.into, self.kind = dup, into, kind

    def compose(self) -> ComposeResult:
        dup, into = self.dup, self.into
        third = _("org no.") if self.kind == "customer" else _("customer > parent")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_column(overflow="fold")
        grid.add_row("", Text(_("duplicate {key}").format(key=dup.key), style="bold"),
                     Text(_("stays: {key}").format(key=into.key), style="bold"))
        grid.add_row(_("name"), Text(dup.name), Text(into.name))
        grid.add_row(_("number"), Text(dup.number or "—"), Text(into.number or "—"))
        grid.add_row(third, Text(dup.org_or_parent or "—"), Text(into.org_or_parent or "—"))
        grid.add_row(_("state"), Text(dup.state), Text(into.state))
        what = Text((_(
            "{into} takes over {dup}'s link to Tripletex (Tripletex's values then overwrite its "
            "fields; the old values are kept). {dup} is archived and marked merged, never "
            "deleted. Its projects move to {into} and are matched again with {into}'s own; "
            "unclear ones go to review.") if self.kind == "customer" else _(
            "{into} takes over {dup}'s link to Tripletex (Tripletex's values then overwrite its "
            "fields; the old values are kept). {dup} is archived and marked merged, never "
            "deleted. Its sub-projects move to {into} and are matched again with {into}'s own; "
            "unclear ones go to review.")).format(into=into.key, dup=dup.key), style="dim")
        with Vertical(id="merge-box", classes="rs-dialog"):
            yield Label(Text(_("Merge {dup} into {into}?").format(dup=dup.key, into=into.key),
                             style="bold"))
            yield Static(grid)
            yield Static(what)
            yield Static(_("Enter merges (u in Browse undoes it) · Escape goes back"),
                         classes="rs-hint")
        yield Footer(compact=True, show_command_palette=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
