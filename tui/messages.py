"""The app's messages: about a sync (and the relay that turns the engine's progress callback
into them, throttled), and those a screen sends up to the app (Textual bubbles a screen's
messages to its app): settings saved, the registry changed, profiles made, switch to another
profile, go to a place. A screen knows
nothing of the app's attributes; the app hands a screen what it shows.

The engine calls its progress callback on the event loop (it is async; only planning runs in a
thread, and it reports before and after). The relay still checks the thread: from another thread
it goes through `App.call_from_thread`, never touching the DOM from there.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from textual.app import App
from textual.message import Message

from core.config import Config
from core.progress import Progress
from core.sync.many import ProfileOutcome
from core.sync.run import SyncReport


class SyncProgress(Message):
    """One (throttled) progress report from the engine."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress


class SyncEnded(Message):
    """A sync run ended: outcome is ok, cancelled, locked, activation or failed."""

    def __init__(self, outcome: str, report: SyncReport | None, error: str | None, *,
                 dry_run: bool, auto: bool) -> None:
        super().__init__()
        self.outcome, self.report, self.error = outcome, report, error
        self.dry_run, self.auto = dry_run, auto


class ProfileSyncEnded(Message):
    """One profile's run of the automatic sync of every profile ended (core.sync.many)."""

    def __init__(self, outcome: ProfileOutcome) -> None:
        super().__init__()
        self.outcome = outcome


class ProfilesSyncEnded(Message):
    """The automatic sync of every profile ended: one outcome per profile, in order."""

    def __init__(self, outcomes: list[ProfileOutcome]) -> None:
        super().__init__()
        self.outcomes = outcomes


class ConfigSaved(Message):
    """Setup saved the settings: the app takes the new interval and tokens."""

    def __init__(self, cfg: Config) -> None:
        super().__init__()
        self.cfg = cfg


class RegistryChanged(Message):
    """A screen changed the registry (a merge in Browse): the screens that read it are made
    anew, and the figures are read again."""


class ReviewCountChanged(Message):
    """Review's decisions changed how many entries wait: Home and the title follow at once."""

    def __init__(self, pending: int) -> None:
        super().__init__()
        self.pending = pending


class ProfilesChanged(Message):
    """Setup made profiles (the company list): Home lists them, the automatic sync covers them."""

    def __init__(self, made: list[str]) -> None:
        super().__init__()
        self.made = made


class SwitchProfile(Message):
    """Home asks the app to show another profile (its settings, registry, review, history)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class ShowPlace(Message):
    """Go to a place of the app (`tui.screens.PLACES`): a screen's way back home."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class ProgressRelay:
    """The engine's progress callback: forwards at most `rate` reports a second per phase.

    A report that starts a phase, changes its message, completes it, or is the final "done" always
    goes through, so the screen never misses a phase boundary; only repeats are dropped.
    """

    def __init__(
        self,
        app: App[object],
        *,
        rate: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.min_interval = 1.0 / rate
        self.clock = clock
        self._last_key: tuple[str, str] | None = None
        self._last_sent = float("-inf")
        self._thread_id = threading.get_ident()
        self.sent = 0
        self.dropped = 0

    def __call__(self, progress: Progress) -> None:
        now = self.clock()
        key = (progress.phase, progress.message)
        boundary = (
            key != self._last_key
            or progress.phase == "done"
            or (progress.total is not None and progress.done >= progress.total)
        )
        if not boundary and now - self._last_sent < self.min_interval:
            self.dropped += 1
            return
        self._last_key = key
        self._last_sent = now
        self.sent += 1
        message = SyncProgress(progress)
        if threading.get_ident() == self._thread_id:
            self.app.post_message(message)
        else:
            self.app.call_from_thread(self.app.post_message, message)
