"""`rabbitsync sandbox`: serve the sandbox in the foreground until SIGINT or SIGTERM.

Prints exactly one line (flushed) with the base URL and the tokens (and, with `--companies`, the
client company ids); a bad `--data` file or `--faults` spec is a UsageError (one line with cause
and fix, exit 2).
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from core.errors import EXIT_OK, UsageError
from core.sandbox import Sandbox
from core.sandbox.companies import MAX_COMPANIES
from core.sandbox.data import DataError
from core.sandbox.faults import GRAMMAR, FaultSpecError


def load_data(path: Path) -> dict[str, Any]:
    """The data file's JSON, or UsageError saying what is wrong with it."""
    fix = ("fix the file: one JSON object {\"customers\": [...], \"projects\": [...]} of "
           "Tripletex objects (see the sandbox data-file format in docs/DESIGN.md)")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read the sandbox data file {path}: {exc.strerror or exc}",
                         "give the path of an existing, readable JSON file") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(f"the sandbox data file {path} is not valid JSON ({exc})", fix) from None


def serve(
    host: str,
    port: int,
    seed: int,
    customers: int,
    projects: int,
    data_path: Path | str | None,
    faults: str | None,
    consumer_token: str,
    employee_token: str,
    *,
    lenient: bool = False,
    test_host: bool = False,
    companies: int | None = None,
) -> int:
    """Serve until interrupted; returns the exit code (0). `companies`: serve an accountant's
    key with that many client companies."""
    if companies is not None and not 1 <= companies <= MAX_COMPANIES:
        raise UsageError(f"--companies {companies} is not a number of companies the sandbox "
                         f"serves", f"give 1 to {MAX_COMPANIES}")
    data = load_data(Path(data_path)) if data_path else None
    try:
        sb = Sandbox(seed=seed, customers=customers, projects=projects, port=port, host=host,
                     data=data, consumer_token=consumer_token, employee_token=employee_token,
                     faults=faults, lenient=lenient, test_host=test_host,
                     accountant=companies is not None, companies=companies or 1)
    except DataError as exc:
        raise UsageError(f"the sandbox data file {data_path} cannot be served: {exc}",
                         "fix that record (see the sandbox data-file format in docs/DESIGN.md)"
                         ) from None
    except FaultSpecError as exc:
        raise UsageError(f"bad --faults spec: {exc}", f"write {GRAMMAR}") from None
    try:
        sb.start()
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         "pick another --port (0 picks a free one) or stop what uses it") from None
    done = threading.Event()

    def stop(_sig: int, _frame: Any) -> None:
        done.set()

    old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        office = ""
        if companies is not None:
            ids = ", ".join(str(c.id) for c in sb.companies)
            office = f"; an accountant's key for client companies {ids}"
        print(f"Tripletex sandbox at {sb.base_url} (consumer token: {consumer_token}, "
              f"employee token: {employee_token}{office})", flush=True)
        while not done.wait(0.5):
            pass
    finally:
        sb.stop()
        for s, h in old.items():
            signal.signal(s, h)
    sys.stdout.flush()
    return EXIT_OK
