"""`rabbitsync test`: the connection check (core.tripletex.check) printed for a person or as
JSON; exit 0 when the sync can run."""

from __future__ import annotations

import asyncio
import json
import sys

from core.cli.counts import whole
from core.config import Config
from core.errors import EXIT_FAILED, EXIT_OK
from core.i18n import N_, _
from core.tripletex.check import CheckReport, run_check

ENVIRONMENTS = (N_("production"), N_("test"))  # (core.tripletex.endpoints.environment_name)


def format_check(report: CheckReport) -> str:
    """The check as text for the terminal, in the reader's language."""

    def yes(v: bool | None) -> str:
        return {True: _("yes"), False: _("NO"), None: _("not checked")}[v]

    company = report.company or "-"
    if report.company_id is not None:
        company = _("{company}  (id {id})").format(company=company, id=report.company_id)
    rows = [
        (_("company:"), company),
        (_("employee:"), report.employee or "-"),
        (_("customers:"), yes(report.can_read_customers)),
        (_("inactive customers:"), yes(report.can_read_inactive_customers)),
        (_("projects:"), yes(report.can_read_projects)),
    ]
    if report.round_trip_ms is not None:
        rows.append((_("round trip:"), _("{ms} ms").format(ms=whole(report.round_trip_ms))))
    width = max(len(label) for label, _value in rows) + 2
    lines = [_("Tripletex {environment}  ({url})").format(
        environment=environment_words(report.environment), url=report.base_url)]
    lines += [f"  {label:{width}}{value}" for label, value in rows]
    if report.ok:
        lines.append(_("OK: the sync can run."))
    else:
        lines.append(_("FAILED: {error}").format(error=report.error))
        if report.request_id and report.request_id not in (report.error or ""):
            lines.append(_("  Tripletex requestId: {id}").format(id=report.request_id))
    return "\n".join(lines)


def environment_words(environment: str) -> str:
    """"production" and "test" in the reader's language; a custom URL's host as it is."""
    return _(environment) if environment in ENVIRONMENTS else environment


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
