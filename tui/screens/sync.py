"""The Sync screen: a bar per phase with counts and rate, a log of what happened, and the totals.

The sync itself runs as a worker on the app (so the automatic sync runs on any screen); the app
keeps a `SyncModel` and this screen draws it: in full when shown, and report by report while it is
the screen in front.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import RichLog, Static

from core.paths import ProfilePaths
from core.progress import PHASES, SIDE_BY_SIDE, Progress
from core.sync.run import SyncReport
from core.views.outcomes import outcome_words
from core.words import method_words, noun, plural
from tui.errors import error_block
from tui.screens.base import PlaceScreen, footer, title_bar
from tui.widgets.progress import PhaseBoard, PhaseRow

MAX_LOG_LINES = 400
MAX_LISTED = 40


@dataclass
class SyncModel:
    """What the Sync screen shows; the app feeds it and the screen draws it."""

    running: bool = False
    dry_run: bool = False
    state: str = "No sync yet. Press y to sync, or d for a dry run that writes nothing."
    state_class: str = "idle"
    board: PhaseBoard = field(default_factory=PhaseBoard)
    log: deque[str] = field(default_factory=lambda: deque(maxlen=MAX_LOG_LINES))
    totals: str = ""
    generation: int = 0  # bumped on every start, so a screen knows to redraw in full
    _last_logged: dict[str, str] = field(default_factory=dict)  # phase -> its last message
    _held: list[str] = field(default_factory=list)  # projects' lines while customers are listed

    def start(self, *, dry_run: bool, reason: str) -> None:
        self.running, self.dry_run = True, dry_run
        self.board.reset()
        self.totals = ""
        self._last_logged, self._held = {}, []
        self.generation += 1
        what = "Dry run (nothing will be written)" if dry_run else "Sync"
        self.state, self.state_class = f"{what} running… press c to cancel.", "running"
        self.log.append(f"── {what.split(' (')[0].lower()} started ({reason}) ──")

    def feed(self, progress: Progress, now: float) -> list[str]:
        """Apply one report; returns the log lines it adds: one when a phase starts or its
        message changes. Customers and projects are listed side by side; the log tells them one
        after the other (the projects' lines wait until the customers are listed), so it reads
        the same however their pages interleave."""
        self.board.feed(progress, now)
        phase = progress.phase
        if phase == "done" or self._last_logged.get(phase) == progress.message:
            return []
        self._last_logged[phase] = progress.message
        count = f"{progress.done:,}" + (f"/{progress.total:,}" if progress.total else "")
        line = f"{phase}: {progress.message}" + (f" ({count})" if progress.done else "")
        customers = self.board.phases["customers"]
        if phase in SIDE_BY_SIDE and phase != "customers" and customers.started is not None \
                and not customers.finished:
            self._held.append(line)
            return []
        lines = [line]
        if phase == "customers" and customers.finished or phase not in SIDE_BY_SIDE:
            lines, self._held = [line, *self._held], []
        self.log.extend(lines)
        return lines

    def profile_done(self, line: str) -> list[str]:
        """One profile of an automatic sync of every profile ended (`line` says how); the bars
        start again for the next."""
        held, self._held = self._held, []
        self.board.reset()
        self._last_logged = {}
        lines = [*held, line]
        self.log.extend(lines)
        return lines

    def finish_many(self, synced: int, failed: list[str], cancelled: bool) -> list[str]:
        """The automatic sync of every profile ended: `failed` names those that did not sync."""
        self.running = False
        total = synced + len(failed)
        if cancelled:
            self.state, self.state_class = (f"Cancelled after {synced} of {total} profiles; "
                                            "the one under way wrote nothing."), "warning"
        elif failed:
            self.state, self.state_class = (f"{synced} of {total} profiles synced; failed: "
                                            f"{', '.join(failed)}. Home (0) shows why."), "error"
        else:
            self.state, self.state_class = f"All {total} profiles synced.", "ok"
        self.totals = ""
        line = f"── {self.state} ──"
        self.log.append(line)
        return [line]

    def finish(self, outcome: str, *, report: SyncReport | None, error: str | None, timing: bool) -> list[str]:
        """The run ended: outcome is ok, cancelled, locked or failed. Returns the new log lines."""
        self.running = False
        held, self._held = self._held, []  # the projects' lines of a run that ended while listing
        lines: list[str] = []
        if outcome == "ok" and report is not None:
            self.totals = totals_text(report, timing=timing)
            if report.dry_run:
                self.state = "Dry run finished: nothing was written. Press y to apply it."
            else:
                n = report.review_pending
                self.state = "Sync finished." + (
                    f" {plural(n, 'entry')} {noun(n, 'needs', 'need')} review: press r."
                    if n else ""
                )
            self.state_class = "ok"
            lines = report_lines(report)
        elif outcome == "cancelled":
            self.state, self.state_class = "Cancelled, nothing changed.", "warning"
            lines = ["cancelled by you: nothing was written"]
        elif outcome == "locked":
            self.state, self.state_class = "Skipped: another sync is running.", "warning"
            lines = [f"skipped: another sync is running ({error})" if error else "skipped"]
        else:
            # the cause and fix stand in the body, where the totals go (no toast covers them)
            self.state, self.state_class = "The sync failed; the registry was not changed.", "error"
            self.totals = error_block(error or "the sync failed for an unknown reason")
            lines = [f"failed: {error}"]
        lines = held + lines
        self.log.extend(lines)
        return lines


def totals_text(r: SyncReport, *, timing: bool) -> str:
    """The run's totals as a small table (no duration when `timing` is off)."""
    c, p = r.customers, r.projects
    head = f"{'':10}{'created':>9}{'linked':>8}{'updated':>9}{'archived':>9}{'unchanged':>10}{'too deep':>9}"

    def row(name: str, d: dict[str, Any], deep: str) -> str:
        return (f"{name:10}{d['created']:>9,}{d['linked']:>8,}{d['updated']:>9,}"
                f"{d['archived']:>9,}{d['unchanged']:>10,}{deep:>9}")

    tail = f"{plural(r.review_pending, 'entry')} to review · {plural(r.requests, 'request')}"
    if timing:
        tail += f" · {r.duration_s:.1f} s"
    if r.dry_run:
        tail += " · dry run: nothing written"
    return "\n".join([
        head,
        row("customers", c, ""),
        row("projects", p, f"{p.get('skipped_depth', 0):,}"),
        tail,
    ])


def _method_counts(links: list[dict[str, Any]], kind: str) -> str:
    """"12 created, 3 linked by org number" for one kind's links."""
    counts = Counter(link["method"] for link in links if link["kind"] == kind)
    return ", ".join(
        f"{n:,} created" if m == "created" else f"{n:,} {method_words(m)}"
        for m, n in counts.most_common()
    )


def report_lines(r: SyncReport) -> list[str]:
    """What a run did (or would do), line by line for the log, capped: each record by its name
    (core.views.outcomes)."""
    lines: list[str] = []
    for kind in ("customer", "project"):
        if by := _method_counts(r.links, kind):
            lines.append(f"{kind}s{' (would be)' if r.dry_run else ''}: {by}")
    # created: counted only; the links and the other changes one by one, by name, in the run's
    # order (a link, then what Tripletex's values overwrote in it)
    listed = [ch for ch in r.changes if ch.get("action") != "created"]
    for ch in listed[:MAX_LISTED]:
        lines.append(f"  {outcome_words(ch, dry_run=r.dry_run)}")
    if len(listed) > MAX_LISTED:
        lines.append(f"  … and {plural(len(listed) - MAX_LISTED, 'more change')}")
    other = [ch for ch in listed if ch.get("action") != "linked"]
    if r.skipped:
        lines.append(f"not synced: {plural(len(r.skipped), 'Tripletex project')}, for example:")
        for sk in r.skipped[:5]:
            lines.append(f"  {sk['name']} (Tripletex id {sk['tripletex_id']}): {sk['reason']}")
    if r.review_pending:
        n = r.review_pending
        lines.append(f"{plural(n, 'entry')} {noun(n, 'waits', 'wait')} for review: press r")
    if not r.links and not other:
        lines.append("nothing changed in Tripletex since the last sync" if not r.first_sync
                     else "nothing to sync")
    return lines


class SyncScreen(PlaceScreen):
    """Live view of the current or last sync; y syncs, d dry-runs, c cancels."""

    PLACE = "Sync"

    BINDINGS = [
        Binding("y", "app.sync", "Sync now", id="sync.sync",
                tooltip="Sync now (the app's y, shown here)"),
        Binding("d", "app.dry_run", "Dry run", id="sync.dry_run",
                tooltip="Show what a sync would change, without writing anything"),
        Binding("c", "app.cancel_sync", "Cancel", id="sync.cancel",
                tooltip="Cancel the running sync; nothing is written"),
    ]

    def __init__(self, paths: ProfilePaths, model: SyncModel, *, timing: bool = True) -> None:
        super().__init__(paths.profile, id="sync-screen")
        self.paths = paths
        self.model = model
        self.timing = timing
        self._drawn_generation = -1

    def compose(self) -> ComposeResult:
        yield title_bar()
        yield Static("", id="sync-state", markup=False)
        for phase in PHASES:
            yield PhaseRow(phase)
        yield Static("", id="sync-totals", markup=False)
        yield RichLog(id="sync-log", wrap=True, markup=False, auto_scroll=True,
                      max_lines=MAX_LOG_LINES, min_width=20)
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.redraw()

    def on_screen_resume(self) -> None:
        self.redraw()

    def redraw(self) -> None:
        """Draw the whole model (when shown, and when a new run starts)."""
        if not self.is_mounted:
            return
        log = self.query_one(RichLog)
        log.clear()
        for line in self.model.log:
            log.write(line)
        self._drawn_generation = self.model.generation
        self.update_view()

    def update_view(self, new_lines: list[str] | None = None) -> None:
        """Draw the bars, the state line and the totals; append `new_lines` to the log."""
        if not self.is_mounted:
            return
        if self._drawn_generation != self.model.generation:
            self.redraw()
            return
        m = self.model
        state = self.query_one("#sync-state", Static)
        state.update(m.state)
        state.set_classes(f"state-{m.state_class}")
        for row in self.query(PhaseRow):
            row.show(m.board.phases[row.phase], show_rate=self.timing)
        totals = self.query_one("#sync-totals", Static)
        totals.update(m.totals)
        totals.display = bool(m.totals)
        if new_lines:
            log = self.query_one(RichLog)
            for line in new_lines:
                log.write(line)
