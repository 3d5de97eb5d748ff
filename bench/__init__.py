"""Benchmarks: scripts that print figures (see bench/run_all.py)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile


def throwaway_home() -> str:
    """A fresh RABBITSYNC_HOME for this run (set in the environment), removed when the script
    ends: a 40,000-record profile is 15 MB, not to be left behind."""
    home = tempfile.mkdtemp(prefix="rabbitsync-bench-")
    atexit.register(shutil.rmtree, home, True)
    os.environ["RABBITSYNC_HOME"] = home
    return home
