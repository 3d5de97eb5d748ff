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

from core.i18n import N_, _, ngettext, number
from core.paths import ProfilePaths
from core.progress import PHASES, SIDE_BY_SIDE, Progress
from core.sync.run import SyncReport
from core.views.outcomes import outcome_words
from core.words import method_words, plural, reason_words
from tui.errors import error_block
from tui.i18n import Translated
from tui.screens.base import PlaceScreen, footer, title_bar
from tui.widgets.progress import PhaseBoard, PhaseRow

MAX_LOG_LINES = 400
MAX_LISTED = 40
NO_SYNC_YET = N_("No sync yet. Press y to sync, or d for a dry run that writes nothing.")
# the phases' names and the messages the sync engine reports (core.sync), in English there:
# the log tells them in the reader's language
PHASE_WORDS = (N_("customers"), N_("projects"), N_("matching"), N_("applying"))
PROGRESS_WORDS = (
    N_("listing customers"), N_("customers listed"), N_("listing projects"),
    N_("projects unchanged since the last sync"), N_("changed projects fetched"),
    N_("projects listed"), N_("matching new records"), N_("matching done"),
    N_("writing the registry"), N_("registry written"),
)
# the totals' columns: (label, its width in English; a longer word gets one space before it)
TOTALS_COLUMNS = ((N_("created"), 9), (N_("linked"), 8), (N_("updated"), 9),
                  (N_("archived"), 9), (N_("unchanged"), 10), (N_("too deep"), 9))
TOTALS_ROWS = (N_("customers"), N_("projects"))
KIND_LINKS = {  # a kind's links in the log, and a dry run's
    ("customer", False): N_("customers: {counts}"),
    ("customer", True): N_("customers (would be): {counts}"),
    ("project", False): N_("projects: {counts}"),
    ("project", True): N_("projects (would be): {counts}"),
}


@dataclass
class SyncModel:
    """What the Sync screen shows; the app feeds it and the screen draws it."""

    running: bool = False
    dry_run: bool = False
    state: str = field(default_factory=lambda: _(NO_SYNC_YET))
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
        self.state = (_("Dry run (nothing will be written) running… press c to cancel.")
                      if dry_run else _("Sync running… press c to cancel."))
        self.state_class = "running"
        started = (_("── dry run started ({reason}) ──") if dry_run
                   else _("── sync started ({reason}) ──"))
        self.log.append(started.format(reason=reason))

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
        count = number(progress.done) + (f"/{number(progress.total)}" if progress.total else "")
        line = _("{phase}: {message}").format(phase=_(phase), message=_(progress.message)) + (
            f" ({count})" if progress.done else "")
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
            self.state, self.state_class = _(
                "Cancelled after {synced} of {total} profiles; the one under way wrote nothing."
            ).format(synced=number(synced), total=number(total)), "warning"
        elif failed:
            self.state, self.state_class = _(
                "{synced} of {total} profiles synced; failed: {failed}. Home (0) shows why."
            ).format(synced=number(synced), total=number(total), failed=", ".join(failed)), "error"
        else:
            self.state, self.state_class = _("All {total} profiles synced.").format(
                total=number(total)), "ok"
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
                self.state = _("Dry run finished: nothing was written. Press y to apply it.")
            elif n := report.review_pending:
                self.state = ngettext("Sync finished. {entries} needs review: press r.",
                                      "Sync finished. {entries} need review: press r.",
                                      n).format(entries=plural(n, "entry"))
            else:
                self.state = _("Sync finished.")
            self.state_class = "ok"
            lines = report_lines(report)
        elif outcome == "cancelled":
            self.state, self.state_class = _("Cancelled, nothing changed."), "warning"
            lines = [_("cancelled by you: nothing was written")]
        elif outcome == "locked":
            self.state, self.state_class = _("Skipped: another sync is running."), "warning"
            lines = [_("skipped: another sync is running ({error})").format(error=error)
                     if error else _("skipped")]
        else:
            # the cause and fix stand in the body, where the totals go (no toast covers them)
            self.state = _("The sync failed; the registry was not changed.")
            self.state_class = "error"
            self.totals = error_block(error or _("the sync failed for an unknown reason"))
            lines = [_("failed: {error}").format(error=error)]
        lines = held + lines
        self.log.extend(lines)
        return lines


def totals_text(r: SyncReport, *, timing: bool) -> str:
    """The run's totals as a small table (no duration when `timing` is off)."""
    c, p = r.customers, r.projects
    names = [_(n) for n in TOTALS_ROWS]
    first = max(10, *(len(n) + 1 for n in names))
    cols = [(_(label), max(width, len(_(label)) + 1)) for label, width in TOTALS_COLUMNS]
    head = f"{'':{first}}" + "".join(f"{label:>{w}}" for label, w in cols)
    keys = ("created", "linked", "updated", "archived", "unchanged")

    def row(name: str, d: dict[str, Any], deep: str) -> str:
        cells = [number(d[k]) for k in keys] + [deep]
        return f"{name:{first}}" + "".join(
            f"{cell:>{w}}" for cell, (_label, w) in zip(cells, cols, strict=True))

    tail = _("{entries} to review · {requests}").format(
        entries=plural(r.review_pending, "entry"), requests=plural(r.requests, "request"))
    if timing:
        tail += " · " + _("{seconds} s").format(seconds=number(r.duration_s, decimals=1))
    if r.dry_run:
        tail += " · " + _("dry run: nothing written")
    return "\n".join([
        head,
        row(names[0], c, ""),
        row(names[1], p, number(p.get("skipped_depth", 0))),
        tail,
    ])


def _method_counts(links: list[dict[str, Any]], kind: str) -> str:
    """"12 created, 3 linked by org number" for one kind's links."""
    counts = Counter(link["method"] for link in links if link["kind"] == kind)
    return ", ".join(
        _("{n} created").format(n=number(n)) if m == "created"
        else _("{n} {how}").format(n=number(n), how=method_words(m))
        for m, n in counts.most_common()
    )


def report_lines(r: SyncReport) -> list[str]:
    """What a run did (or would do), line by line for the log, capped: each record by its name
    (core.views.outcomes)."""
    lines: list[str] = []
    for kind in ("customer", "project"):
        if by := _method_counts(r.links, kind):
            lines.append(_(KIND_LINKS[kind, bool(r.dry_run)]).format(counts=by))
    # created: counted only; the links and the other changes one by one, by name, in the run's
    # order (a link, then what Tripletex's values overwrote in it)
    listed = [ch for ch in r.changes if ch.get("action") != "created"]
    for ch in listed[:MAX_LISTED]:
        lines.append(f"  {outcome_words(ch, dry_run=r.dry_run)}")
    if len(listed) > MAX_LISTED:
        lines.append("  " + _("… and {more}").format(
            more=plural(len(listed) - MAX_LISTED, "more change")))
    other = [ch for ch in listed if ch.get("action") != "linked"]
    if r.skipped:
        lines.append(_("not synced: {projects}, for example:").format(
            projects=plural(len(r.skipped), "Tripletex project")))
        for sk in r.skipped[:5]:
            lines.append("  " + _("{name} (Tripletex id {id}): {reason}").format(
                name=sk["name"], id=sk["tripletex_id"], reason=reason_words(sk["reason"])))
    if r.review_pending:
        n = r.review_pending
        lines.append(ngettext("{entries} waits for review: press r",
                              "{entries} wait for review: press r",
                              n).format(entries=plural(n, "entry")))
    if not r.links and not other:
        lines.append(_("nothing changed in Tripletex since the last sync") if not r.first_sync
                     else _("nothing to sync"))
    return lines


class SyncScreen(Translated, PlaceScreen):
    """Live view of the current or last sync; y syncs, d dry-runs, c cancels."""

    PLACE = N_("Sync")

    BINDINGS = [
        Binding("y", "app.sync", N_("Sync now"), id="sync.sync",
                tooltip=N_("Sync now (the app's y, shown here)")),
        Binding("d", "app.dry_run", N_("Dry run"), id="sync.dry_run",
                tooltip=N_("Show what a sync would change, without writing anything")),
        Binding("c", "app.cancel_sync", N_("Cancel"), id="sync.cancel",
                tooltip=N_("Cancel the running sync; nothing is written")),
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
