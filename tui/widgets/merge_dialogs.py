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

from core.views.registry import BrowseRow, RegistryIndex


class PickRecordModal(ModalScreen[str | None]):
    """Pick a record of one Browse tab (not `exclude`), filtered as you type; returns its key."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="browse.pick.cancel",
                tooltip="Close without choosing"),
        Binding("enter", "pick", "Choose", id="browse.pick.choose", priority=True,
                tooltip="Choose the highlighted record (you confirm before anything changes)"),
        Binding("down", "cursor(1)", "Down", id="browse.pick.down", show=False,
                tooltip="Highlight the next record"),
        Binding("up", "cursor(-1)", "Up", id="browse.pick.up", show=False,
                tooltip="Highlight the previous record"),
    ]

    def __init__(self, index: RegistryIndex, tab: str, exclude: str, title: str,
                 query: str = "") -> None:
        super().__init__()
        self.index, self.tab, self.exclude, self.title_text = index, tab, exclude, title
        self.query_text = query

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-box", classes="rs-dialog"):
            yield Label(Text(self.title_text), id="pick-title")
            yield Input(self.query_text, placeholder="search name, key, number", id="pick-input")
            yield DataTable(id="pick-table", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        table = self.query_one("#pick-table", DataTable)
        # (fixed widths: a long name wraps in its row, never cut; the dialog is 76 wide)
        for label, width in (("key", 7), ("name", 32), ("number", 8), ("state", 14)):
            table.add_column(label, key=label, width=width)
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
            self.notify("Nothing matches; change the search or press Escape", severity="warning")
            return
        self.dismiss(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @on(DataTable.RowSelected, "#pick-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmMergeModal(ModalScreen[bool]):
    """Both records side by side and what merging does; Enter merges, Escape does not."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", "Back", id="browse.merge.no",
                tooltip="Do not merge"),
        Binding("enter,y", "answer(True)", "Merge", id="browse.merge.yes", priority=True,
                tooltip="Merge the duplicate into the older record (u undoes it)"),
    ]

    def __init__(self, dup: BrowseRow, into: BrowseRow, kind: str) -> None:
        super().__init__()
        self.dup, self.into, self.kind = dup, into, kind

    def compose(self) -> ComposeResult:
        dup, into = self.dup, self.into
        third = "org no." if self.kind == "customer" else "customer > parent"
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_column(overflow="fold")
        grid.add_row("", Text(f"duplicate {dup.key}", style="bold"),
                     Text(f"stays: {into.key}", style="bold"))
        grid.add_row("name", Text(dup.name), Text(into.name))
        grid.add_row("number", Text(dup.number or "—"), Text(into.number or "—"))
        grid.add_row(third, Text(dup.org_or_parent or "—"), Text(into.org_or_parent or "—"))
        grid.add_row("state", Text(dup.state), Text(into.state))
        below = "projects" if self.kind == "customer" else "sub-projects"
        what = Text(
            f"{into.key} takes over {dup.key}'s link to Tripletex (Tripletex's values then "
            f"overwrite its fields; the old values are kept). {dup.key} is archived and marked "
            f"merged, never deleted. Its {below} move to {into.key} and are matched again with "
            f"{into.key}'s own; unclear ones go to review.", style="dim")
        with Vertical(id="merge-box", classes="rs-dialog"):
            yield Label(Text(f"Merge {dup.key} into {into.key}?", style="bold"))
            yield Static(grid)
            yield Static(what)
            yield Static("Enter merges (u in Browse undoes it) · Escape goes back",
                         classes="rs-hint")
        yield Footer(compact=True, show_command_palette=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
