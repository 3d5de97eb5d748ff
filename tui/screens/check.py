"""The Connection test screen: runs `core.tripletex.check.run_check` in a worker and shows what it found.

Success shows company, employee, environment, what can be read and the round trip; failure shows
the cause, the fix and Tripletex's requestId. Never a traceback: an unexpected exception becomes a
one-line cause too.
"""

from __future__ import annotations

import logging

from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from core.config import load_config
from core.errors import RabbitError
from core.paths import ProfilePaths
from core.tripletex.check import CheckReport, run_check
from tui.errors import error_block
from tui.screens.base import PlaceScreen, footer, title_bar

log = logging.getLogger("rabbitsync.tui")
def _yes(value: bool | None) -> str:
    return {True: "yes", False: "NO", None: "not checked"}[value]


def report_text(report: CheckReport, *, timing: bool = True) -> tuple[str, str]:
    """(details, verdict) as the screen shows them."""
    company = report.company or "-"
    if report.company_id is not None:
        company += f"  (id {report.company_id})"
    rows = [
        ("Environment", f"{report.environment}  {report.base_url}"),
        ("Company", company),
        ("Employee", report.employee or "-"),
        ("Customers", _yes(report.can_read_customers)),
        ("Inactive customers", _yes(report.can_read_inactive_customers)),
        ("Projects", _yes(report.can_read_projects)),
    ]
    if report.round_trip_ms is not None:
        rows.append(("Round trip", f"{report.round_trip_ms:.0f} ms" if timing else "(measured)"))
    details = "\n".join(f"{k:<20}{v}" for k, v in rows)
    if report.ok:
        return details, "OK: the sync can run. Press y to sync (ctrl+p: Dry run previews it)."
    verdict = error_block(
        report.error or "the check failed", request_id=report.request_id,
        fallback_fix="check the settings (s) and try again (t)", from_tripletex=True)
    return details, verdict


class CheckScreen(PlaceScreen):
    """Connection test; the app's t runs it (again)."""

    PLACE = "Connection test"

    def __init__(self, paths: ProfilePaths, *, timing: bool = True) -> None:
        super().__init__(paths.profile, id="check-screen")
        self.paths = paths
        self.timing = timing
        self.report: CheckReport | None = None

    def compose(self) -> ComposeResult:
        yield title_bar()
        with VerticalScroll(id="check-body"):
            yield Static("Press t to test the connection to Tripletex.", id="check-state", markup=False)
            # the verdict first: a failure's cause, fix and requestId fit 80x24 above the facts
            yield Static("", id="check-verdict", markup=False)
            yield Static("", id="check-details", markup=False)
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()

    def start_check(self) -> None:
        """Run the check (again) in a worker."""
        self.query_one("#check-state", Static).update("Checking the connection to Tripletex…")
        self.query_one("#check-details", Static).update("")
        verdict = self.query_one("#check-verdict", Static)
        verdict.update("")
        verdict.set_classes("")
        self._check()

    @work(exclusive=True, group="check", exit_on_error=False)
    async def _check(self) -> CheckReport:
        try:
            cfg = load_config(self.paths)
            report = await run_check(cfg)
        except RabbitError as exc:
            report = CheckReport(ok=False, environment="-", base_url="-", error=exc.one_line(),
                                 request_id=exc.request_id)
        except Exception as exc:  # never a traceback on screen; the log has the details
            log.exception("connection check failed unexpectedly")
            report = CheckReport(
                ok=False, environment="-", base_url="-",
                error=f"unexpected error ({type(exc).__name__}). Fix: see the log file "
                f"{self.paths.log_file}, then try again",
            )
        self.show(report)
        return report

    def show(self, report: CheckReport) -> None:
        self.report = report
        details, verdict = report_text(report, timing=self.timing)
        self.query_one("#check-state", Static).update(
            f"Tripletex {report.environment}: " + ("connection OK" if report.ok else "connection FAILED")
        )
        self.query_one("#check-details", Static).update(details)
        v = self.query_one("#check-verdict", Static)
        v.update(verdict)
        v.set_classes("ok" if report.ok else "error")  # a failure stands here, not in a toast
