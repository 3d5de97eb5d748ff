"""Benchmarks: scripts that print figures (see bench/run_all.py)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time

# Tripletex allows about 100 requests per rolling 10 s (the sandbox too, unless lenient): a run
# started while the window still holds the last one's requests waits for it. A sync runs every
# few minutes, so each run measured here starts, as that one does, with the window empty.
WINDOW_S = 10.5


def empty_window(seconds: float = WINDOW_S) -> None:
    """Wait until the requests made so far have left Tripletex's rate-limit window."""
    time.sleep(seconds)


def throwaway_home() -> str:
    """A fresh RABBITSYNC_HOME for this run (set in the environment), removed when the script
    ends: a 40,000-record profile is 15 MB, not to be left behind."""
    home = tempfile.mkdtemp(prefix="rabbitsync-bench-")
    atexit.register(shutil.rmtree, home, True)
    os.environ["RABBITSYNC_HOME"] = home
    return home
