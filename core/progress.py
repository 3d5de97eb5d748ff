"""What a sync run reports while it works (`Progress`) and how it is cancelled (`CancelToken`).

`core` reports progress through a plain callback; the TUI turns it into messages and the CLI
into a progress line. Neither knows about the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.errors import RabbitError

PHASES = ("customers", "projects", "matching", "applying")
# customers and projects are listed at the same time; the later phases run one after the other
SIDE_BY_SIDE = frozenset({"customers", "projects"})


@dataclass(frozen=True)
class Progress:
    """One progress report: `phase` is one of PHASES (or "done"); total may be unknown."""

    phase: str
    done: int
    total: int | None = None
    message: str = ""


ProgressCallback = Callable[[Progress], None]


class SyncCancelled(RabbitError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("sync cancelled; nothing was changed", "")


class CancelToken:
    """Set by the UI; the engine checks it between pages and before writing."""

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise SyncCancelled()
