"""The connection check behind `rabbitsync test` and the app's "Test API" button (the CLI prints
it: core.cli.check).

It creates a session, calls `>whoAmI`, and probes whether customers, inactive customers and
projects can be read. Tripletex and network failures never raise: they become `ok=False` with a
one-line cause and fix and Tripletex's requestId. No token is ever printed.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Any

import httpx

from core.config import Config
from core.errors import RabbitError
from core.i18n import N_, _
from core.secret import redact
from core.tripletex.client import TripletexClient, client_for

CHECK_TIMEOUT_S = 20.0
CHECK_RETRIES = 2
# what a missing setting's fix says (whole commands, so the app can say them its own way)
_NOT_CONFIGURED = {
    "base-url": N_("not configured: {keys} missing. Fix: run `rabbitsync config set base-url …`"),
    "consumer-token": N_("not configured: {keys} missing. Fix: run `rabbitsync config set "
                         "consumer-token …`"),
    "employee-token": N_("not configured: {keys} missing. Fix: run `rabbitsync config set "
                         "employee-token …`"),
}
_CANNOT_READ = {"customers": N_("cannot read customers"),
                "inactive_customers": N_("cannot read inactive_customers"),
                "projects": N_("cannot read projects")}


@dataclass
class CheckReport:
    """What the check found; `ok` means a sync can run."""

    ok: bool
    environment: str
    base_url: str
    company: str | None = None
    company_id: int | None = None
    employee: str | None = None
    can_read_customers: bool | None = None
    can_read_inactive_customers: bool | None = None
    can_read_projects: bool | None = None
    round_trip_ms: float | None = None
    error: str | None = None  # one line: cause and fix
    request_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _missing_report(cfg: Config) -> CheckReport | None:
    missing = cfg.missing()
    if not missing:
        return None
    key = missing[0]
    return CheckReport(
        ok=False,
        environment=cfg.environment_name(),
        base_url=cfg.base_url,
        error=_(_NOT_CONFIGURED[key]).format(keys=", ".join(missing)),
    )


async def run_check(cfg: Config, *, client: TripletexClient | None = None) -> CheckReport:
    """Session, `>whoAmI` and read probes; never raises for Tripletex or network failures."""
    report = _missing_report(cfg)
    if report is not None:
        return report
    report = CheckReport(ok=False, environment=cfg.environment_name(), base_url=cfg.base_url)
    try:
        # an interactive check: fewer retries and a shorter timeout than a sync
        tx = client or client_for(cfg, timeout=CHECK_TIMEOUT_S, max_retries=CHECK_RETRIES)
    except RabbitError as exc:
        report.error = exc.one_line()
        return report
    try:
        async with tx:
            t0 = time.perf_counter()
            who = await tx.who_am_i()  # creates the session first
            report.round_trip_ms = round((time.perf_counter() - t0) * 1000, 1)
            report.company = who.company_name
            report.company_id = who.company_id
            report.employee = who.employee_name
            reads = await tx.can_read()
        report.can_read_customers = reads.get("customers") is True
        report.can_read_inactive_customers = reads.get("inactive_customers") is True
        report.can_read_projects = reads.get("projects") is True
        for key in ("customers", "inactive_customers", "projects"):
            if reads.get(key) is not True:
                report.error = str(reads.get(f"{key}_error") or _(_CANNOT_READ[key]))
                rid = reads.get(f"{key}_request_id")
                report.request_id = rid if isinstance(rid, str) else None
                break
        report.ok = report.error is None
    except RabbitError as exc:
        report.error = exc.one_line()
        report.request_id = exc.request_id
    except httpx.HTTPError as exc:  # the client wraps these; a last guard against a traceback
        report.error = _(
            "cannot talk to Tripletex ({error}). Fix: check the network and the base URL, then "
            "try again").format(error=type(exc).__name__)
    if report.error:
        report.error = redact(report.error, cfg.secrets())
    return report
