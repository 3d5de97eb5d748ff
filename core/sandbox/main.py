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
from core.i18n import _
from core.sandbox import Sandbox
from core.sandbox.companies import MAX_COMPANIES
from core.sandbox.data import DataError
from core.sandbox.faults import GRAMMAR, FaultSpecError


def load_data(path: Path) -> dict[str, Any]:
    """The data file's JSON, or UsageError saying what is wrong with it."""
    fix = _("fix the file: one JSON object {\"customers\": [...], \"projects\": [...]} of "
            "Tripletex objects (see the sandbox data-file format in docs/DESIGN.md)")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(_("cannot read the sandbox data file {path}: {error}").format(
                             path=path, error=exc.strerror or exc),
                         _("give the path of an existing, readable JSON file")) from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(_("the sandbox data file {path} is not valid JSON ({error})").format(
                             path=path, error=exc), fix) from None


def start_line(base_url: str, consumer_token: str, employee_token: str,
               company_ids: list[int] | None = None) -> str:
    """The one line the sandbox prints when it listens (docs/DESIGN.md fixes the English one):
    its base URL and tokens, and the client company ids of an accountant's key."""
    if company_ids is None:
        return _("Tripletex sandbox at {url} (consumer token: {consumer}, employee token: "
                 "{employee})").format(url=base_url, consumer=consumer_token,
                                       employee=employee_token)
    return _("Tripletex sandbox at {url} (consumer token: {consumer}, employee token: "
             "{employee}; an accountant's key for client companies {ids})").format(
        url=base_url, consumer=consumer_token, employee=employee_token,
        ids=", ".join(str(i) for i in company_ids))


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
        raise UsageError(_("--companies {n} is not a number of companies the sandbox serves")
                         .format(n=companies), _("give 1 to {most}").format(most=MAX_COMPANIES))
    data = load_data(Path(data_path)) if data_path else None
    try:
        sb = Sandbox(seed=seed, customers=customers, projects=projects, port=port, host=host,
                     data=data, consumer_token=consumer_token, employee_token=employee_token,
                     faults=faults, lenient=lenient, test_host=test_host,
                     accountant=companies is not None, companies=companies or 1)
    except DataError as exc:
        raise UsageError(_("the sandbox data file {path} cannot be served: {error}").format(
                             path=data_path, error=exc),
                         _("fix that record (see the sandbox data-file format in "
                           "docs/DESIGN.md)")) from None
    except FaultSpecError as exc:
        raise UsageError(_("bad --faults spec: {error}").format(error=exc),
                         _("write {grammar}").format(grammar=GRAMMAR)) from None
    try:
        sb.start()
    except OSError as exc:
        raise UsageError(_("cannot listen on {host}:{port}: {error}").format(
                             host=host, port=port, error=exc.strerror or exc),
                         _("pick another --port (0 picks a free one) or stop what uses it")
                         ) from None
    done = threading.Event()

    def stop(_sig: int, _frame: Any) -> None:
        done.set()

    old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(start_line(sb.base_url, consumer_token, employee_token,
                         [c.id for c in sb.companies] if companies is not None else None),
              flush=True)
        while not done.wait(0.5):
            pass
    finally:
        sb.stop()
        for s, h in old.items():
            signal.signal(s, h)
    sys.stdout.flush()
    return EXIT_OK
