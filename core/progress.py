"""What a sync run reports while it works (`Progress`) and how it is cancelled (`CancelToken`).

`core` reports progress through a plain callback; the TUI turns it into messages and the CLI
into a progress line. Neither knows about the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.errors import RabbitError
from core.i18n import N_, _

PHASES = ("customers", "projects", "matching", "applying")
# customers and projects are listed at the same time; the later phases run one after the other
SIDE_BY_SIDE = frozenset({"customers", "projects"})
# a phase as the app and the CLI name it (the codes above stay what the callbacks carry)
PHASE_WORDS = {"customers": N_("customers"), "projects": N_("projects"),
               "matching": N_("matching"), "applying": N_("applying"), "done": N_("done")}


def phase_words(phase: str) -> str:
    """"customers", "matching", ... in the reader's language ("kunder", "matching")."""
    words = PHASE_WORDS.get(phase)
    return _(words) if words else phase


@dataclass(frozen=True)
class Progress:
    """One progress report: `phase` is one of PHASES (or "done"); total may be unknown;
    `message` is in the reader's language (shown, never kept)."""

    phase: str
    done: int
    total: int | None = None
    message: str = ""


ProgressCallback = Callable[[Progress], None]


class SyncCancelled(RabbitError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_("sync cancelled; nothing was changed"), "")


class CancelToken:
    """Set by the UI; the engine checks it between pages and before writing, and stops a
    request under way at once (a hook it registers: `on_cancel`). Once the run writes
    (`commit`), a cancel no longer interrupts it: the write ends whole."""

    def __init__(self) -> None:
        self._cancelled = False
        self.committed = False
        self._hooks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        if self._cancelled:
            return
        self._cancelled = True
        if not self.committed:
            for hook in list(self._hooks):
                hook()

    def on_cancel(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Call `hook` on a cancel (not after `commit`); returns what unregisters it."""
        self._hooks.append(hook)
        return lambda: self._hooks.remove(hook) if hook in self._hooks else None

    def commit(self) -> None:
        """The run writes now: a cancel from here on is too late (`check` first)."""
        self.check()
        self.committed = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise SyncCancelled()
