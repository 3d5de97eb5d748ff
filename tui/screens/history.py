"""History: past sync runs, newest first, with totals, ok/failed and the error line; the run under
the cursor shows its per-item outcomes below. The second tab lists the local values that
Tripletex's values overwrote (when, record, field, old → new), newest first."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from core.errors import RabbitError
from core.paths import ProfilePaths
from core.store.state import RunRecord, StoreState
from core.store.store import Store
from core.views.registry import run_mode, run_totals
from tui.widgets.screen_commands import ScreenBindingsProvider, go_back

MAX_ROWS = 500  # overwrites shown (newest first), filtered by the search
MAX_ITEMS = 200  # per-item outcomes shown for one run


def _when(iso: str | None) -> str:
    return (iso or "")[:19].replace("T", " ")


def _value(v: Any) -> str:
    return "∅" if v is None or v == "" else str(v)


def run_detail(run: RunRecord) -> Text:
    """The outcome of one run: status line, error, and the per-item outcomes."""
    ok = Text("ok", style="bold green") if run.ok else Text("FAILED", style="bold red")
    head = Text.assemble(ok, f" · {run.run_id} · {run_mode(run)} · {_when(run.started_at)}",
                         f" → {_when(run.finished_at)}" if run.finished_at else "")
    parts = [head, Text(run_totals(run), style="dim")]
    if run.error:
        parts.append(Text(f"error: {run.error}", style="red"))
    if not run.items:
        parts.append(Text("no records changed", style="dim"))
    for it in run.items[:MAX_ITEMS]:
        detail = it.get("method") or it.get("reason") or ", ".join(it.get("fields") or [])
        parts.append(Text(
            f"{it.get('action', '?'):9} {it.get('kind', '?'):8} tx {it.get('tripletex_id')} → "
            f"{it.get('local_key') or '—'}" + (f"  ({detail})" if detail else "")
        ))
    if len(run.items) > MAX_ITEMS:
        parts.append(Text(f"… and {len(run.items) - MAX_ITEMS} more", style="dim"))
    return Text("\n").join(parts)


class HistoryScreen(Screen[None]):
    """Runs and overwritten values; tab switches between them."""

    CSS_PATH = "../app.tcss"  # the one stylesheet; also when a screen runs on its own
    COMMANDS = Screen.COMMANDS | {ScreenBindingsProvider}
    BINDINGS = [
        Binding("escape", "back", "Back", id="history.back", tooltip="Leave history"),
        Binding("tab", "next_tab", "Runs/Overwrites", id="history.next_tab",
                tooltip="Switch between past runs and overwritten local values"),
        Binding("f", "search", "Filter", id="history.search",
                tooltip="Filter overwritten values by record, field or value"),
        Binding("ctrl+r", "reload", "Reload", id="history.reload", tooltip="Read the store again"),
    ]

    class Loaded(Message):
        def __init__(self, state: StoreState | None, error: str = "") -> None:
            self.state, self.error = state, error
            super().__init__()

    def __init__(self, paths: ProfilePaths) -> None:
        super().__init__()
        self.paths = paths
        self.state: StoreState | None = None
        self.runs: list[RunRecord] = []
        self.tab = "runs"
        self._overwrite_count = (0, 0)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="rs-filters"):
            yield Input(placeholder="filter overwrites (f)", id="history-filter", disabled=True)
            yield Static("runs", id="history-tab")
        yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="history-detail"):
            yield Static("", id="history-run")
        yield DataTable(id="history-overwrites", cursor_type="row", zebra_stripes=True)
        yield Static("Loading the history…", id="history-status", classes="rs-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        runs = self.query_one("#history-table", DataTable)
        for label, key, width in (("started", "when", 16), ("result", "ok", 6), ("mode", "mode", 9),
                                  ("totals / error", "totals", 38)):
            runs.add_column(label, key=key, width=width)
        ow = self.query_one("#history-overwrites", DataTable)
        for label, key, width in (("when", "when", 16), ("record", "rec", 12), ("field", "field", 8),
                                  ("old → new", "change", 36)):
            ow.add_column(label, key=key, width=width)
        ow.display = False
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="history-load")
    def _load(self) -> None:
        try:
            self.post_message(self.Loaded(Store(self.paths).read()))
        except RabbitError as exc:
            self.post_message(self.Loaded(None, exc.one_line()))

    def on_history_screen_loaded(self, message: Loaded) -> None:
        if message.state is None:
            self._status(f"Cannot read the store: {message.error}")
            return
        self.state = message.state
        self.runs = list(reversed(self.state.runs))
        table = self.query_one("#history-table", DataTable)
        table.clear()
        for i, run in enumerate(self.runs):
            result = Text("ok", style="green") if run.ok else Text("failed", style="bold red")
            info = Text(run.error, style="red") if run.error else Text(run_totals(run))
            table.add_row(Text(_when(run.started_at)[:16]), result, Text(run_mode(run)), info, key=str(i))
        self._fill_overwrites()
        self._show_run(0)
        self._show_tab()

    def _status(self, text: str) -> None:
        self.query_one("#history-status", Static).update(Text(text))

    def _show_run(self, index: int) -> None:
        detail = self.query_one("#history-run", Static)
        if not self.runs:
            detail.update(Text("No sync has run yet.", style="dim"))
            return
        detail.update(run_detail(self.runs[min(index, len(self.runs) - 1)]))

    @on(DataTable.RowHighlighted, "#history-table")
    def _run_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_run(event.cursor_row)

    def _fill_overwrites(self) -> None:
        if self.state is None:
            return
        words = self.query_one("#history-filter", Input).value.casefold().split()
        table = self.query_one("#history-overwrites", DataTable)
        table.clear()
        shown = total = 0
        for o in reversed(self.state.overwrites):
            rec = f"{o.kind[:4]} {o.local_key}"
            change = f"{_value(o.old)} → {_value(o.new)}"
            hay = f"{rec} {o.field} {change} {o.tripletex_id}".casefold()
            if not all(w in hay for w in words):
                continue
            total += 1
            if shown < MAX_ROWS:
                table.add_row(Text(_when(o.at)[:16]), Text(rec), Text(o.field), Text(change))
                shown += 1
        self._overwrite_count = (shown, total)

    def _show_tab(self) -> None:
        runs_tab = self.tab == "runs"
        self.query_one("#history-table").display = runs_tab
        self.query_one("#history-detail").display = runs_tab
        self.query_one("#history-overwrites").display = not runs_tab
        flt = self.query_one("#history-filter", Input)
        flt.disabled = runs_tab
        self.query_one("#history-tab", Static).update("runs" if runs_tab else "overwrites")
        if runs_tab:
            failed = sum(1 for r in self.runs if not r.ok)
            self._status(f"{len(self.runs)} runs, newest first · {failed} failed")
            self.query_one("#history-table").focus()
        else:
            shown, total = self._overwrite_count
            more = f" (showing the newest {shown})" if total > shown else ""
            self._status(f"{total} overwritten local values{more}, newest first")
            self.query_one("#history-overwrites").focus()

    def action_next_tab(self) -> None:
        self.tab = "overwrites" if self.tab == "runs" else "runs"
        self._show_tab()

    def action_search(self) -> None:
        if self.tab == "runs":
            self.tab = "overwrites"
            self._show_tab()
        self.query_one("#history-filter", Input).focus()

    @on(Input.Changed, "#history-filter")
    def _filter_changed(self) -> None:
        self._fill_overwrites()
        shown, total = self._overwrite_count
        self._status(f"{total} overwritten local values match" + (f" (showing {shown})" if total > shown else ""))

    def action_reload(self) -> None:
        self._load()

    async def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.query_one("#history-overwrites").focus()
            return
        await go_back(self)
