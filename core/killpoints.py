"""A test hook that kills this process (SIGKILL, as a power cut or the OOM killer would) at a
chosen point: `RABBITSYNC_KILL_AT=write:N` at the Nth step of writing the store's files (each
step a separate point: before and after each write, fsync, backup and rename), or
`RABBITSYNC_KILL_AT=request:N` as the Nth request to Tripletex is about to be sent.

The crash tests kill a run at every such point in turn, deterministically, instead of at random
moments (which depend on the machine's speed). Unset, a point costs one comparison.
"""

from __future__ import annotations

import os
import signal

ENV = "RABBITSYNC_KILL_AT"
_armed: tuple[str, int] | None | bool = False  # False: not read yet; None: no hook
_seen: dict[str, int] = {}


def _arm() -> tuple[str, int] | None:
    kind, _, n = (os.environ.get(ENV) or "").partition(":")
    if kind in ("write", "request") and n.isascii() and n.isdigit() and int(n) > 0:
        return kind, int(n)
    return None


def kill_point(kind: str) -> None:
    """One point of `kind` ("write" or "request"); the armed one kills the process."""
    global _armed
    if _armed is False:
        _armed = _arm()
    if _armed is None or _armed[0] != kind:  # type: ignore[index]
        return
    _seen[kind] = _seen.get(kind, 0) + 1
    if _seen[kind] == _armed[1]:  # type: ignore[index]
        os.kill(os.getpid(), signal.SIGKILL)
