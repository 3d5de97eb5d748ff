"""What one sync run hands the next in the same process.

The app's timer and `sync --watch` sync every few minutes. A `Between` is made once, passed to
every run (`run_sync(..., between=)`) and closed at the end: it holds the Tripletex session of
the last run (core.tripletex.sessions: an idle run then needs no session requests) and the
state the last run wrote (core.store.store.KeptStates: the next run does not read and decode
the files again while they are as that run left them). A one-off `rabbitsync sync` keeps
nothing between runs.
"""

from __future__ import annotations

from core.store.store import KeptStates
from core.tripletex.sessions import SessionKeeper


class Between:
    def __init__(self) -> None:
        self.sessions = SessionKeeper()
        self.states = KeptStates()

    def __repr__(self) -> str:  # (SessionKeeper's repr never shows a token)
        return f"Between({self.sessions!r}, {self.states!r})"

    async def close(self) -> None:
        """Delete the kept Tripletex sessions; the next run (if any) makes its own."""
        await self.sessions.close()
