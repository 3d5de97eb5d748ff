"""The sync's live progress: a row of progress bars, one per phase, with counts and a rate (the
messages that feed it: tui.messages)."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from core.i18n import N_, _, number
from core.progress import PHASES, SIDE_BY_SIDE, Progress

PHASE_LABELS = {  # (translated where shown)
    "customers": N_("Customers"),
    "projects": N_("Projects"),
    "matching": N_("Matching"),
    "applying": N_("Writing"),
}


@dataclass
class PhaseState:
    """What a phase's bar shows."""

    done: int = 0
    total: int | None = None
    started: float | None = None
    elapsed: float = 0.0
    finished: bool = False

    @property
    def rate(self) -> float | None:
        """Records a second, once there is something to divide."""
        if self.done <= 0 or self.elapsed <= 0.05:
            return None
        return self.done / self.elapsed


@dataclass
class PhaseBoard:
    """The four phases' states, fed by `Progress` reports."""

    phases: dict[str, PhaseState] = field(
        default_factory=lambda: {name: PhaseState() for name in PHASES}
    )

    def reset(self) -> None:
        self.phases = {name: PhaseState() for name in PHASES}

    def feed(self, progress: Progress, now: float) -> None:
        """Apply one report; a later phase starting finishes the earlier ones (but the two
        listings, customers and projects, run side by side)."""
        if progress.phase == "done":
            for state in self.phases.values():
                state.finished = True  # an unstarted phase was skipped (a dry run writes nothing)
            return
        state = self.phases.get(progress.phase)
        if state is None:
            return
        index = PHASES.index(progress.phase)
        for earlier in PHASES[:index]:
            if {earlier, progress.phase} <= SIDE_BY_SIDE:
                continue
            prev = self.phases[earlier]
            if prev.started is not None and not prev.finished:
                prev.finished = True
                if prev.total is None:
                    prev.total = prev.done
        if state.started is None:
            state.started = now
        state.done = progress.done
        state.total = progress.total
        state.elapsed = now - state.started
        if progress.total is not None and progress.done >= progress.total:
            state.finished = True


def _count_text(phase: str, state: PhaseState, show_rate: bool) -> str:
    if state.started is None:
        return _("skipped") if state.finished else _("waiting")
    if phase in ("matching", "applying"):  # one step each: a count would say nothing
        return _("done") if state.finished else _("working…")
    text = number(state.done) + (f"/{number(state.total)}" if state.total else "")
    if state.finished and state.total == 0:
        text = _("nothing to do") if state.done == 0 else text
    rate = state.rate
    if show_rate and rate is not None and not state.finished:
        text += "  " + _("{rate}/s").format(rate=number(rate, decimals=0))
    return text


class PhaseRow(Horizontal):
    """One phase: its name, a bar, and `done/total  rate/s`."""

    DEFAULT_CSS = """
    PhaseRow { height: 1; }
    PhaseRow > .phase-name { width: 11; }
    PhaseRow > ProgressBar { width: 36; }
    PhaseRow > ProgressBar > Bar { width: 34; }
    PhaseRow > .phase-count { width: 1fr; padding: 0 0 0 1; }
    """

    def __init__(self, phase: str) -> None:
        super().__init__(id=f"phase-{phase}", classes="phase-row")
        self.phase = phase

    def compose(self) -> ComposeResult:
        yield Label(_(PHASE_LABELS[self.phase]), classes="phase-name")
        yield ProgressBar(total=1, show_eta=False, show_percentage=False)
        yield Label(_("waiting"), classes="phase-count")

    def show(self, state: PhaseState, *, show_rate: bool) -> None:
        bar = self.query_one(ProgressBar)
        if state.started is None:
            bar.update(total=1, progress=0)
        elif state.finished:
            total = max(state.total or state.done, 1)
            bar.update(total=total, progress=total)
        elif state.total:
            bar.update(total=state.total, progress=state.done)
        else:
            bar.update(total=None)
        self.query_one(".phase-count", Label).update(_count_text(self.phase, state, show_rate))
