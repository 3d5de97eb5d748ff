"""A sandbox in its own process (`rabbitsync sandbox --port 0`), as Tripletex is for a sync: the
server's work does not share the benchmark's interpreter (and its GIL) with the client's.

    with remote_sandbox(seed=1, customers=10_000, projects=30_000) as sb:
        sb.base_url, sb.consumer_token, sb.employee_token, sb.admin.update_customer(...)
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from core.sandbox.admin import RemoteAdmin

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class RemoteSandbox:
    base_url: str
    consumer_token: str
    employee_token: str
    admin: RemoteAdmin


@contextlib.contextmanager
def remote_sandbox(seed: int, customers: int, projects: int,
                   lenient: bool = False) -> Iterator[RemoteSandbox]:
    """`lenient`: the sandbox's older kindness (`rabbitsync sandbox --lenient`)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "core.cli", "sandbox", "--port", "0", "--seed", str(seed),
         "--customers", str(customers), "--projects", str(projects),
         *(["--lenient"] if lenient else [])],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        m = re.search(r"at (\S+/v2) \(consumer token: (\S+), employee token: (\S+)\)", line)
        if not m:
            raise SystemExit(f"the sandbox did not start: {line!r}")
        url, consumer, employee = m.groups()
        yield RemoteSandbox(url, consumer, employee, RemoteAdmin(url, timeout=60))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
