"""`rabbitsync test`: the connection check (core.tripletex.check) printed for a person or as
JSON; exit 0 when the sync can run."""

from __future__ import annotations

import asyncio
import json
import sys

from core.config import Config
from core.errors import EXIT_FAILED, EXIT_OK
from core.tripletex.check import CheckReport, run_check


def format_check(report: CheckReport) -> str:
    """The check as text for the terminal."""

    def yes(v: bool | None) -> str:
        return {True: "yes", False: "NO", None: "not checked"}[v]

    lines = [
        f"Tripletex {report.environment}  ({report.base_url})",
        f"  company:             {report.company or '-'}"
        + (f"  (id {report.company_id})" if report.company_id is not None else ""),
        f"  employee:            {report.employee or '-'}",
        f"  customers:           {yes(report.can_read_customers)}",
        f"  inactive customers:  {yes(report.can_read_inactive_customers)}",
        f"  projects:            {yes(report.can_read_projects)}",
    ]
    if report.round_trip_ms is not None:
        lines.append(f"  round trip:          {report.round_trip_ms:.0f} ms")
    if report.ok:
        lines.append("OK: the sync can run.")
    else:
        lines.append(f"FAILED: {report.error}")
        if report.request_id and report.request_id not in (report.error or ""):
            lines.append(f"  Tripletex requestId: {report.request_id}")
    return "\n".join(lines)


def cli_test(cfg: Config, *, as_json: bool) -> int:
    """`rabbitsync test [--json]`: print the check; 0 when the sync can run, else 1."""
    report = asyncio.run(run_check(cfg))
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(format_check(report))
    if not report.ok:
        print(f"rabbitsync: {report.error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
