"""The Tripletex API v2 client: who am I, customers, projects, and the read probes.

One `TripletexClient` holds one long-lived `httpx.AsyncClient` and one session token (see
`core.tripletex.connection`). It only ever reads: anything but GET is refused before it is sent,
except creating its session and deleting its own session on close.

Every attempt is counted in `requests`. Failures end in one typed `TripletexError` (see
`core.tripletex.errors`) with a cause, a fix and Tripletex's requestId; no token ever appears in
a message, a repr or a log line (`logging.getLogger("rabbitsync.tripletex")`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from core.config import Config
from core.errors import RabbitError
from core.i18n import N_, _
from core.models import CUSTOMER_FIELDS, PROJECT_FIELDS
from core.tripletex import companies, customers, listing
from core.tripletex.budget import Budget
from core.tripletex.companies import Company
from core.tripletex.connection import Connection, session_expiry
from core.tripletex.errors import (
    MalformedResponseError,
    PermissionDeniedError,
    ResultTooLargeError,
    TripletexError,
)
from core.tripletex.listing import ProjectListing
from core.tripletex.parts import Part

# the fix for a missing setting, by its key (whole commands, so the app can say them its own way)
_SET = {"base-url": N_("run `rabbitsync config set base-url URL`"),
        "consumer-token": N_("run `rabbitsync config set consumer-token -`"),
        "employee-token": N_("run `rabbitsync config set employee-token -`")}
WHOAMI_FIELDS = (
    "employeeId,actualEmployeeId,companyId,"
    "company(id,name,organizationNumber),employee(id,firstName,lastName,displayName)"
)


@dataclass(frozen=True)
class WhoAmI:
    """Who the session acts as: `>whoAmI` with company and employee."""

    company_id: int | None
    company_name: str | None
    company_org_number: str | None
    employee_id: int | None
    employee_name: str | None
    actual_employee_id: int | None = None

    @classmethod
    def from_api(cls, v: dict[str, Any]) -> WhoAmI:
        company = v.get("company") if isinstance(v.get("company"), dict) else {}
        emp = v.get("employee") if isinstance(v.get("employee"), dict) else {}
        name = emp.get("displayName") or " ".join(
            str(p) for p in (emp.get("firstName"), emp.get("lastName")) if p
        )
        company_id = v.get("companyId", company.get("id"))
        return cls(
            company_id=company_id if isinstance(company_id, int) else None,
            company_name=company.get("name") or None,
            company_org_number=company.get("organizationNumber") or None,
            employee_id=v.get("employeeId") if isinstance(v.get("employeeId"), int) else None,
            employee_name=name or None,
            actual_employee_id=v.get("actualEmployeeId")
            if isinstance(v.get("actualEmployeeId"), int)
            else None,
        )


class TripletexClient(Connection):
    """Read-only Tripletex API v2 client; use as `async with TripletexClient(...) as tx:`.

    `TripletexClient(base_url, consumer_token, employee_token, company_id=None, *,
    timeout=30.0, max_retries=5, transport=None, sleep=asyncio.sleep)`; a request is tried at
    most 1 + max_retries times.
    """

    async def __aenter__(self) -> TripletexClient:
        return self

    async def who_am_i(self) -> WhoAmI:
        """`GET /token/session/>whoAmI`: the company and employee this session acts as."""
        ans = await self.get(
            "/token/session/>whoAmI", {"fields": WHOAMI_FIELDS}, what="read who the token is"
        )
        value = ans.data.get("value")
        if not isinstance(value, dict):
            raise MalformedResponseError(
                _("Tripletex's >whoAmI answer holds no value"),
                _("check that the base URL points at Tripletex's API (it ends in /v2)"),
                status=ans.status, request_id=ans.request_id,
            )
        return WhoAmI.from_api(value)

    async def _get_one(self, kind: str, rid: int | str, fields: str) -> dict[str, Any] | None:
        ans = await self.get(f"/{kind}/{int(rid)}", {"fields": fields}, what=f"read {kind} {rid}",
                             ok=(200, 404))
        if ans.status == 404:
            return None
        value = ans.data.get("value")
        return value if isinstance(value, dict) else None

    async def get_customer(self, id: int | str, fields: str = CUSTOMER_FIELDS) -> dict[str, Any] | None:
        """One customer by id; None when Tripletex answers 404."""
        return await self._get_one("customer", id, fields)

    async def get_project(self, id: int | str, fields: str = PROJECT_FIELDS) -> dict[str, Any] | None:
        """One project by id; None when Tripletex answers 404."""
        return await self._get_one("project", id, fields)

    async def iter_customer_pages(
        self, *, is_inactive: bool, changed_since: str | None = None, fields: str = CUSTOMER_FIELDS
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Pages of active (or inactive) customers, optionally only those changed since."""
        async for page in customers.customer_pages(self, is_inactive, changed_since, fields):
            yield page

    async def list_customers(
        self, *, changed_since: str | None = None, fields: str = CUSTOMER_FIELDS
    ) -> list[dict[str, Any]]:
        """Active and inactive customers (two queries: `isInactive` defaults to false)."""
        out: list[dict[str, Any]] = []
        for inactive in (False, True):
            async for page in self.iter_customer_pages(
                is_inactive=inactive, changed_since=changed_since, fields=fields
            ):
                out.extend(page)
        return out

    async def list_projects(
        self,
        *,
        digests: dict[str, str] | None = None,
        fields: str = PROJECT_FIELDS,
        ids: list[int] | None = None,
        on_page: Callable[[int], None] | None = None,
        recheck: bool = True,
        on_values: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> ProjectListing:
        """All projects (open and closed), split under the result cap; see `ProjectListing`.
        `on_page(n)` is called after each page with the number of projects received so far,
        `on_values(page)` with the page's records (to work on them while the next one comes)."""
        if ids is not None:
            return await listing.projects_by_ids(self, ids, fields, on_page)
        return await listing.list_projects(self, digests, fields, on_page, recheck, on_values)

    async def check_project_parts(
        self, digests: dict[str, str] | None,
        on_changed: Callable[[Part, Any], Awaitable[None]] | None = None,
    ) -> listing.PartsCheck | None:
        """Which stored project parts changed since their digests (one request per part);
        `on_changed(part, answer)` is awaited for each changed one as its answer comes."""
        return await listing.check_parts(self, digests, on_changed)

    async def project_versions(self, part: Part, first: Any = None) -> dict[int, int]:
        """`id -> version` of the projects in `part`, listed with `fields=id,version` (`first`:
        its page 0, when the check already brought it)."""
        return await listing.project_versions(self, part, first)

    async def login_companies(self) -> list[Company]:
        """`GET /company/>withLoginAccess`: the client companies an accounting office's key may
        act for (core.tripletex.companies); NotAccountantKeyError for a key that has none."""
        return await companies.login_companies(self)

    async def can_read(self) -> dict[str, bool | str]:
        """Probe (count=1) customers, inactive customers and projects.

        Keys `customers`, `inactive_customers`, `projects` (bool); for a denied probe also
        `<key>_error` (the one-line cause and fix) and `<key>_request_id`.
        """
        probes = {
            "customers": ("/customer", {"isInactive": "false"}, "read customers"),
            "inactive_customers": ("/customer", {"isInactive": "true"}, "read inactive customers"),
            "projects": ("/project", {}, "read projects"),
        }
        out: dict[str, bool | str] = {}
        for key, (path, params, what) in probes.items():
            try:
                await self.get(path, {**params, "from": 0, "count": 1, "fields": "id"}, what=what)
                out[key] = True
            except ResultTooLargeError:
                out[key] = True  # allowed to read; a company this large only meets the cap
            except PermissionDeniedError as exc:
                out[key] = False
                out[f"{key}_error"] = exc.one_line()
                if exc.request_id:
                    out[f"{key}_request_id"] = exc.request_id
        return out


__all__ = ["Company", "ProjectListing", "TripletexClient", "TripletexError", "WhoAmI", "session_expiry"]


def client_for(cfg: Config, *, session: str | None = None, timeout: float | None = None,
               max_retries: int | None = None, budget: Budget | None = None) -> TripletexClient:
    """The Tripletex client for a profile's config (the one place a client is made from one);
    RabbitError (cause and fix) when a token is missing. `session`: a session token kept from
    an earlier run (core.tripletex.sessions); `timeout`, `max_retries`: for an interactive
    check, shorter than a sync's; `budget`: the rate limit shared with the other clients of the
    same tokens (core.tripletex.pool)."""
    missing = cfg.missing()
    if missing:
        raise RabbitError(
            _("not configured: {keys} missing").format(keys=", ".join(missing)),
            _(_SET[missing[0]]),
        )
    extra: dict[str, Any] = {}
    if timeout is not None:
        extra["timeout"] = timeout
    if max_retries is not None:
        extra["max_retries"] = max_retries
    if budget is not None:
        extra["budget"] = budget
    return TripletexClient(cfg.base_url, cfg.consumer_token, cfg.employee_token, cfg.company_id,
                           session=session, **extra)
