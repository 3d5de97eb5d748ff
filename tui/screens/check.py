"""The Connection test screen: runs `core.tripletex.check.run_check` in a worker and shows what it found.

Success shows company, employee, environment, what can be read and the round trip; failure shows
the cause, the fix and Tripletex's requestId. Never a traceback: an unexpected exception becomes a
one-line cause too. What Tripletex said (its message, developerMessage and validationMessages,
quoted by core.tripletex.classify) is shown whole, in its own words, in either language: in
bokmål its quotes are «…» (`quoted`).
"""

from __future__ import annotations

import logging
import re

from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from core.config import load_config
from core.errors import RabbitError
from core.i18n import N_, _, language, number
from core.paths import ProfilePaths
from core.tripletex.check import CheckReport, run_check
from tui.errors import error_block
from tui.screens.base import PlaceScreen, footer, title_bar
from tui.screens.home import environment_words

log = logging.getLogger("rabbitsync.tui")

YES = {True: N_("yes"), False: N_("NO"), None: N_("not checked")}


def _yes(value: bool | None) -> str:
    return _(YES[value])


# a text Tripletex said, as core.tripletex.classify quotes it: `"…"` after a colon or a `; `,
# before a `; `, a `)` or the end (`Tripletex 422, code 18000: "Validering feilet."; "…";
# arg:consumerToken: "…"`)
_QUOTED = re.compile(r'(?<=: |; )"(.*?)"(?=; |\)|$)')


def quoted(text: str) -> str:
    """`text` with what Tripletex said quoted as the reader's language quotes: «…» in bokmål,
    "…" in English (as it was); the quoted text itself whole and untouched."""
    if language() == "en" or '"' not in text:
        return text
    return _QUOTED.sub(lambda m: f"«{m.group(1)}»", text)


def report_text(report: CheckReport, *, timing: bool = True) -> tuple[str, str]:
    """(details, verdict) as the screen shows them."""
    company = report.company or "-"
    if report.company_id is not None:
        company += "  " + _("(id {id})").format(id=report.company_id)
    rows = [
        (_("Environment"), f"{environment_words(report.environment)}  {report.base_url}"),
        (_("Company"), company),
        (_("Employee"), report.employee or "-"),
        (_("Customers"), _yes(report.can_read_customers)),
        (_("Inactive customers"), _yes(report.can_read_inactive_customers)),
        (_("Projects"), _yes(report.can_read_projects)),
    ]
    if report.round_trip_ms is not None:
        rows.append((_("Round trip"), _("{ms} ms").format(ms=number(round(report.round_trip_ms)))
                     if timing else _("(measured)")))
    details = "\n".join(f"{k:<20}{v}" for k, v in rows)
    if report.ok:
        return details, _("OK: the sync can run. Press y to sync (ctrl+p: Dry run previews it).")
    verdict = error_block(
        quoted(report.error or _("the check failed")), request_id=report.request_id,
        fallback_fix=_("check the settings (s) and try again (t)"), from_tripletex=True)
    return details, verdict


class CheckScreen(PlaceScreen):
    """Connection test; the app's t runs it (again)."""

    PLACE = N_("Connection test")

    def __init__(self, paths: ProfilePaths, *, timing: bool = True) -> None:
        super().__init__(paths.profile, id="check-screen")
        self.PLACE = _(type(self).PLACE)  # the title bar names the place in the reader's words
        self.paths = paths
        self.timing = timing
        self.report: CheckReport | None = None

    def compose(self) -> ComposeResult:
        yield title_bar()
        with VerticalScroll(id="check-body"):
            yield Static(_("Press t to test the connection to Tripletex."), id="check-state",
                         markup=False)
            # the verdict first: a failure's cause, fix and requestId fit 80x24 above the facts
            yield Static("", id="check-verdict", markup=False)
            yield Static("", id="check-details", markup=False)
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()

    def start_check(self) -> None:
        """Run the check (again) in a worker."""
        self.query_one("#check-state", Static).update(_("Checking the connection to Tripletex…"))
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
                error=_("unexpected error ({name}). Fix: see the log file {path}, then try "
                        "again").format(name=type(exc).__name__, path=self.paths.log_file),
            )
        self.show(report)
        return report

    def show(self, report: CheckReport) -> None:
        self.report = report
        details, verdict = report_text(report, timing=self.timing)
        env = environment_words(report.environment)
        self.query_one("#check-state", Static).update(
            _("Tripletex {environment}: connection OK").format(environment=env) if report.ok
            else _("Tripletex {environment}: connection FAILED").format(environment=env))
        self.query_one("#check-details", Static).update(details)
        v = self.query_one("#check-verdict", Static)
        v.update(verdict)
        v.set_classes("ok" if report.ok else "error")  # a failure stands here, not in a toast
