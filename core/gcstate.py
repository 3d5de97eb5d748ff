"""The one owner of the cyclic garbage collector's settings in this process.

Two parts of rabbitsync tune the collector, and each would undo the other if it did so alone:
a sync run turns collection off while it makes tens of thousands of records (`quiet()`), and
the Review screen keeps its big loaded state out of the collector's full passes for as long as
it is open (`keep_out()` / `let_go()`). The app runs both at once (its timer syncs while Review
is open). `gc.freeze()` moves every object that exists into a permanent generation and
`gc.unfreeze()` moves all of them back, for everyone, so they are counted here: collection
comes back when the last run ends, and objects are unfrozen only when neither a run nor a
holder still wants them left alone.

Why: a full collection over a run's records stalls every thread (the app's keys too) for a
fifth of a second, and the young generations alone cost a run a tenth of its planning; the
records hold no reference cycles (reference counting frees them), and the few cycles of a
run's requests wait for the collection after it.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_runs = 0  # runs inside quiet(): collection is off while any is
_was_enabled = True  # as the first of them found it
_holders: set[object] = set()  # who keeps what existed out of full passes (keep_out)


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """No cyclic collection during the block (a sync run); what existed before it is frozen."""
    global _runs, _was_enabled
    with _lock:
        if _runs == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _runs += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0:
                if _was_enabled:
                    gc.enable()
                if not _holders:
                    gc.unfreeze()


def keep_out(holder: object) -> None:
    """Freeze what exists now (O(1)) for `holder`, and again as it grows; until `let_go`."""
    with _lock:
        _holders.add(holder)
        gc.freeze()


def let_go(holder: object) -> None:
    """`holder` no longer needs its objects frozen: unfrozen when nobody else does."""
    with _lock:
        _holders.discard(holder)
        if not _holders and _runs == 0:
            gc.unfreeze()


def held() -> tuple[int, int]:
    """(runs in quiet(), holders): for tests and the bench."""
    with _lock:
        return _runs, len(_holders)
