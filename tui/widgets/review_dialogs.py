"""The review screen's dialogs: search the local registry for a record to link to, and accept
every suggestion above a score (with the exact count before anything is done)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Input, Label, Static

from core.registry_view import search_unlinked
from core.review import suggestions_above
from core.state import StoreState


class SearchModal(ModalScreen[str | None]):
    """Pick an unlinked local record of one kind, fuzzy filtered as you type; returns its key."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="review.search.cancel",
                tooltip="Close the search without linking"),
        Binding("enter", "pick", "Link", id="review.search.pick", priority=True,
                tooltip="Link the item to the highlighted record"),
        Binding("down", "cursor(1)", "Down", id="review.search.down", show=False,
                tooltip="Highlight the next record"),
        Binding("up", "cursor(-1)", "Up", id="review.search.up", show=False,
                tooltip="Highlight the previous record"),
    ]

    def __init__(self, state: StoreState, kind: str, query: str, title: str) -> None:
        super().__init__()
        self.state, self.kind, self.query_text, self.title_text = state, kind, query, title

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box", classes="rs-dialog"):
            yield Label(Text(self.title_text), id="search-title")
            yield Input(self.query_text, placeholder=f"search local {self.kind}s", id="search-input")
            yield DataTable(id="search-table", cursor_type="row", zebra_stripes=True)
            yield Static("", id="search-count")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#search-table", DataTable)
        table.add_column("key", key="key")
        table.add_column("name", key="name")
        table.add_column("number", key="number")
        table.add_column("org no." if self.kind == "customer" else "", key="org")
        table.add_column("score", key="score")
        self._fill(self.query_text)
        self.query_one("#search-input", Input).focus()

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        table = self.query_one("#search-table", DataTable)
        table.clear()
        hits = search_unlinked(self.state, self.kind, query, limit=50)
        for h in hits:
            table.add_row(Text(h.key), Text(h.name), Text(h.number or "—"),
                          Text(h.organization_number or ("—" if self.kind == "customer" else "")),
                          Text(f"{h.score:.0f}" if query.strip() else ""), key=h.key)
        text = f"{len(hits)} unlinked {self.kind}s" + (" (best 50)" if len(hits) == 50 else "")
        self.query_one("#search-count", Static).update(Text(text))

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#search-table", DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_pick(self) -> None:
        table = self.query_one("#search-table", DataTable)
        if not table.row_count:
            self.notify("Nothing matches; change the search or press Escape", severity="warning")
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.dismiss(key)

    @on(DataTable.RowSelected, "#search-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AcceptAllModal(ModalScreen[float | None]):
    """Ask for the threshold, show "Link N entries?" with the exact count; returns the threshold."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="review.accept.cancel",
                tooltip="Close without linking anything"),
        Binding("enter", "confirm", "Link them", id="review.accept.confirm", priority=True,
                tooltip="Link every counted entry to its best candidate"),
    ]

    def __init__(self, state: StoreState, threshold: float = 90.0) -> None:
        super().__init__()
        self.state = state
        self.threshold: float | None = threshold
        self.count = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="accept-box", classes="rs-dialog"):
            yield Label("Accept suggestions scoring at least:")
            yield Input(f"{self.threshold:g}", id="accept-threshold", type="number")
            yield Static("", id="accept-question")
            yield Static("Enter links them · Escape cancels", classes="rs-hint")
        yield Footer()

    def on_mount(self) -> None:
        self._update(f"{self.threshold:g}")
        self.query_one("#accept-threshold", Input).focus()

    @on(Input.Changed, "#accept-threshold")
    def _changed(self, event: Input.Changed) -> None:
        self._update(event.value)

    def _update(self, value: str) -> None:
        question = self.query_one("#accept-question", Static)
        try:
            t = float(value)
        except ValueError:
            self.threshold, self.count = None, 0
            question.update("Type a score from 0 to 100")
            return
        self.threshold = t
        self.count = len(suggestions_above(self.state, t))
        question.update(Text(f"Link {self.count} entries?", style="bold"))

    def action_confirm(self) -> None:
        if self.threshold is None or not self.count:
            self.notify("Nothing to link at this threshold", severity="warning")
            return
        self.dismiss(self.threshold)

    def action_cancel(self) -> None:
        self.dismiss(None)
