"""History: past sync runs, newest first, with totals, ok/failed and the error line; the run under
the cursor shows its per-item outcomes below. The second tab lists the local values that
Tripletex's values overwrote (when, record, field, old → new), newest first."""

from __future__ import annotations

import textwrap
from collections import ChainMap
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from core.errors import RabbitError
from core.i18n import N_, _, ngettext, number, stamp
from core.paths import ProfilePaths
from core.store.state import RunRecord, StoreState
from core.store.store import Store
from core.views.outcomes import outcome_words, run_mode, run_totals, run_totals_long
from core.words import field_words, plural, word
from tui.i18n import Translated
from tui.keys import tab_bindings
from tui.screens.base import PlaceScreen, footer, title_bar
from tui.screens.record import TextScreen

CANCELLED = N_("cancelled by you: nothing was written")  # a run the app keeps (never stored)
MAX_ROWS = 500  # overwrites shown (newest first), filtered by the search
MAX_ITEMS = 200  # per-item outcomes shown for one run
TOTALS_WIDTH = 35  # the runs' totals column, at 80 columns
OW_WIDTHS = (16, 14, 10, 32)  # the overwritten values' columns: when, record, field, old → new
RESULT_WIDTH = 9  # the runs' result column (a longer word in the reader's language takes more)
TABS = (N_("runs"), N_("overwrites"))
RUN_COLUMNS = ((N_("started"), "when"), (N_("result"), "ok"), (N_("mode"), "mode"),
               (N_("totals / error"), "totals"))
# ("record" is a counted word: `word` finds its catalog entry)
OW_COLUMNS = ((N_("when"), "when"), ("record", "rec"), (N_("field"), "field"),
              (N_("old → new"), "change"))
RESULTS = (N_("ok"), N_("failed"), N_("cancelled"), N_("dry run"))


def _when(iso: str | None) -> str:
    return stamp(iso, seconds=True)


def _lines(text: str, width: int) -> int:
    """The lines `text` takes in a column `width` wide, wrapped at spaces (a height given, not
    measured by the table: that is slow for many rows)."""
    return len(textwrap.wrap(text, width, break_on_hyphens=False)) or 1


def _value(v: Any) -> str:
    return "∅" if v is None or v == "" else str(v)


def _error(error: str) -> str:
    """A run's error as the reader reads it (the app's own cancelled run told in their language;
    a stored error as it was kept)."""
    return _(CANCELLED) if error == CANCELLED else error


def result_width() -> int:
    """The result column: 9 wide, or as wide as the longest result word in the reader's."""
    return max(RESULT_WIDTH, *(cell_len(_(word)) for word in RESULTS))


def run_detail(run: RunRecord, limit: int | None = MAX_ITEMS, state: StoreState | None = None
               ) -> Text:
    """The outcome of one run: status line, its totals in words, the error, and the per-item
    outcomes (the first `limit`; all of them with None), each record by its name (looked up in
    `state` for runs that kept only ids)."""
    limit = len(run.items) if limit is None else limit
    ok = Text(_("ok"), style="bold green") if run.ok else Text(_("FAILED"), style="bold red")
    started, finished = _when(run.started_at), _when(run.finished_at)
    if finished[:-9] == started[:-9]:
        finished = finished[-8:]  # (the same day: the time says it)
    head = Text.assemble(ok, f" · {run.run_id} · {run_mode(run)} · {started}",
                         f" → {finished}" if finished else "")
    parts = [head]
    if run.ok:
        parts.append(Text(run_totals_long(run), style="dim"))
    if run.error:
        parts.append(Text(_("error: {error}").format(error=_error(run.error)), style="red"))
    if not run.items:
        parts.append(Text(_("no records changed"), style="dim"))
    for it in run.items[:limit]:
        parts.append(Text(outcome_words(it, state, dry_run=run.dry_run)))
    if len(run.items) > limit:
        parts.append(Text(_("… and {n} more: enter shows them all").format(
            n=number(len(run.items) - limit)), style="dim"))
    return Text("\n").join(parts)


class HistoryScreen(Translated, PlaceScreen):
    """Runs and overwritten values; `[` `]` switch between them."""

    PLACE = N_("History")
    BINDINGS = [
        Binding("enter", "open", N_("Detail"), id="history.open", priority=True,
                tooltip=N_("The whole run: every record it changed, with names")),
        *tab_bindings("history", N_("past runs / overwritten local values")),
        Binding("slash,f", "search", N_("Filter"), id="history.search", key_display="/",
                tooltip=N_("Filter overwritten values by record, field or value")),
        Binding("ctrl+r", "reload", N_("Reload"), id="history.reload", show=False,
                tooltip=N_("Read the store again")),
    ]

    class Loaded(Message):
        def __init__(self, state: StoreState | None, error: str = "") -> None:
            self.state, self.error = state, error
            super().__init__()

    def __init__(self, paths: ProfilePaths, unsaved: list[RunRecord] | None = None) -> None:
        super().__init__(paths.profile)
        self.paths = paths
        self.unsaved = unsaved or []  # this session's dry runs and cancelled runs (the app's)
        self.state: StoreState | None = None
        self.runs: list[RunRecord] = []
        self.tab = "runs"
        self._overwrite_count = (0, 0)
        self._totals_width = TOTALS_WIDTH

    def compose(self) -> ComposeResult:
        yield title_bar()
        with Horizontal(classes="rs-filters"):
            yield Input(placeholder=_("/ filter overwritten values"), id="history-filter",
                        disabled=True)
            yield Static(self._tab_label(), id="history-tab")
        yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="history-detail"):
            yield Static("", id="history-run")
        yield DataTable(id="history-overwrites", cursor_type="row", zebra_stripes=True)
        yield Static(_("Loading the history…"), id="history-status", classes="rs-status")
        yield footer()

    def _tab_label(self) -> Text:
        return Text("  ").join(Text(_(t), style="bold reverse" if t == self.tab else "dim")
                               for t in TABS)

    def main_focus(self) -> DataTable:
        return self.query_one("#history-overwrites", DataTable)

    def on_mount(self) -> None:
        super().on_mount()
        runs = self.query_one("#history-table", DataTable)
        # (a result word wider than 9 takes its room from the totals, which wrap)
        wide = result_width()
        self._totals_width = TOTALS_WIDTH - (wide - RESULT_WIDTH)
        for (label, key), width in zip(RUN_COLUMNS, (16, wide, 9, self._totals_width),
                                       strict=True):
            runs.add_column(_(label), key=key, width=width)
        ow = self.query_one("#history-overwrites", DataTable)
        for (label, key), width in zip(OW_COLUMNS, OW_WIDTHS, strict=True):
            ow.add_column(word(label), key=key, width=width)
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
            self._status(_("Cannot read the store: {error}").format(error=message.error))
            return
        self.state = message.state
        # Newest first. Times have whole seconds, so two runs can start "at once" (a dry run
        # right after a sync): then the later in the list, this session's runs last, is newer.
        every = [*self.state.runs, *self.unsaved]
        order = sorted(range(len(every)), key=lambda i: (every[i].started_at, i), reverse=True)
        self.runs = [every[i] for i in order]
        table = self.query_one("#history-table", DataTable)
        table.clear()
        for i, run in enumerate(self.runs):
            result = (Text(_("ok"), style="green") if run.ok
                      else Text(_("failed"), style="bold red"))
            if run.error == CANCELLED:
                result = Text(_("cancelled"), style="yellow")
            elif run.dry_run:
                result = Text(_("dry run"), style="cyan")
            info = Text(_error(run.error), style="red") if run.error else Text(run_totals(run))
            # (long totals wrap: a cut line lost the review count)
            tall = not run.error and len(info) > self._totals_width
            table.add_row(Text(_when(run.started_at)[:16]), result, Text(run_mode(run)), info,
                          key=str(i), height=None if tall else 1)
        self._fill_overwrites()
        self._show_run(0)
        self._show_tab()

    def _status(self, text: str) -> None:
        self.query_one("#history-status", Static).update(Text(text))

    def _show_run(self, index: int) -> None:
        detail = self.query_one("#history-run", Static)
        if not self.runs:
            detail.update(Text(_("No sync has run yet."), style="dim"))
            return
        detail.update(run_detail(self.runs[min(index, len(self.runs) - 1)], state=self.state))

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
        records = ChainMap(self.state.customers, self.state.projects)
        for o in reversed(self.state.overwrites):
            local = records.get(o.local_key)  # (a dict lookup: 40,000 records)
            rec = local.name if local is not None else _("{kind} {key}").format(
                kind=_(o.kind), key=o.local_key)
            field = field_words(o.field)
            change = f"{_value(o.old)} → {_value(o.new)}"
            hay = f"{rec} {o.local_key} {field} {change} {o.tripletex_id}".casefold()
            if not all(w in hay for w in words):
                continue
            total += 1
            if shown < MAX_ROWS:
                # (names wrap, never cut: the old and the new value are compared)
                height = max(_lines(rec, OW_WIDTHS[1]), _lines(field, OW_WIDTHS[2]),
                             _lines(change, OW_WIDTHS[3]))
                table.add_row(Text(_when(o.at)[:16]), Text(rec), Text(field), Text(change),
                              height=height)
                shown += 1
        self._overwrite_count = (shown, total)

    def _show_tab(self) -> None:
        runs_tab = self.tab == "runs"
        self.query_one("#history-table").display = runs_tab
        self.query_one("#history-detail").display = runs_tab
        self.query_one("#history-overwrites").display = not runs_tab
        flt = self.query_one("#history-filter", Input)
        flt.disabled = runs_tab
        self.query_one("#history-tab", Static).update(self._tab_label())
        if runs_tab:
            failed = sum(1 for r in self.runs if not r.ok)
            self._status(_("{runs}, newest first · {failed} failed").format(
                runs=plural(len(self.runs), "run"), failed=number(failed)))
            self.query_one("#history-table").focus()
        else:
            shown, total = self._overwrite_count
            values = plural(total, "overwritten local value")
            self._status(_("{values} (showing the newest {shown}), newest first").format(
                values=values, shown=number(shown)) if total > shown
                else _("{values}, newest first").format(values=values))
            self.query_one("#history-overwrites").focus()

    def action_tab(self, _step: int) -> None:
        self.tab = "overwrites" if self.tab == "runs" else "runs"
        self._show_tab()

    def action_open(self) -> None:
        if isinstance(self.focused, Input):  # (Enter in the filter: to the list)
            self.query_one("#history-overwrites", DataTable).focus()
            return
        table = self.query_one("#history-table", DataTable)
        if self.tab != "runs" or not self.runs:
            return
        run = self.runs[min(table.cursor_row, len(self.runs) - 1)]
        self.app.push_screen(TextScreen(_("Run {id}").format(id=run.run_id),
                                        run_detail(run, limit=None, state=self.state)))

    def action_search(self) -> None:
        if self.tab == "runs":
            self.tab = "overwrites"
            self._show_tab()
        self.query_one("#history-filter", Input).focus()

    @on(Input.Changed, "#history-filter")
    def _filter_changed(self) -> None:
        self._fill_overwrites()
        shown, total = self._overwrite_count
        values = plural(total, "overwritten local value")
        if total > shown:
            text = ngettext("{values} matches (showing {shown})",
                            "{values} match (showing {shown})", total)
        else:
            text = ngettext("{values} matches", "{values} match", total)
        self._status(text.format(values=values, shown=number(shown)))

    def action_reload(self) -> None:
        self._load()

