"""The client companies an accounting office's key may act for.

An accountant's key ("Regnskapskontorets brukernøkkel") with company id 0 in Basic auth reaches
only `>whoAmI` and `GET /company/>withLoginAccess` (API-NOTES.md §2); with a client's company id
it acts in that company. `login_companies` pages the listing (until a short page, as every
listing) and tells a key that is not an accountant's, or one with no client, apart from an
office's key with clients: both are errors with a cause and a fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.i18n import N_, _
from core.tripletex.errors import NotAccountantKeyError, PermissionDeniedError
from core.tripletex.listing import pages

if TYPE_CHECKING:
    from core.tripletex.client import TripletexClient

COMPANY_FIELDS = "id,name,organizationNumber"
OFFICE_FIELDS = "companyId,company(id,name,accountantOrSimilar)"
LISTING = "/company/>withLoginAccess"
WHAT = "list the client companies the key may act for"
NOT_OFFICE_FIX = N_(
    "to sync this company, leave the company id empty and run `rabbitsync sync`; to sync an "
    "accounting office's clients, enter the office's key (Regnskapskontorets brukernøkkel, made "
    "by a user with Brukeradministrator i klientkontoer) as the employee token"
)


@dataclass(frozen=True)
class Company:
    """A company the key may act in: its id goes in Basic auth as the user name."""

    id: int
    name: str
    organization_number: str | None = None

    @classmethod
    def from_api(cls, v: dict[str, Any]) -> Company | None:
        cid = v.get("id")
        if not isinstance(cid, int) or isinstance(cid, bool) or cid <= 0:
            return None
        name = v.get("name") if isinstance(v.get("name"), str) else ""
        org = v.get("organizationNumber")
        return cls(cid, name.strip() or f"company {cid}",
                   org.strip() if isinstance(org, str) and org.strip() else None)


async def login_companies(client: TripletexClient) -> list[Company]:
    """The client companies the key may act for, by name. The client must act as the key's own
    company (company id 0). NotAccountantKeyError when there are none: the key is not an
    accounting office's, or the office's user has login access to no client."""
    out: dict[int, Company] = {}
    try:
        async for page in pages(client, LISTING, {"fields": COMPANY_FIELDS}, what=WHAT):
            for value in page.values:
                company = Company.from_api(value)
                if company is not None:
                    out.setdefault(company.id, company)
    except PermissionDeniedError as exc:  # (how Tripletex refuses a company's key is not known)
        raise NotAccountantKeyError(
            _("this key may not list client companies: it is not an accounting office's key "
              "({cause})").format(cause=exc.cause), _(NOT_OFFICE_FIX), status=exc.status,
            code=exc.code,
            request_id=exc.request_id) from None
    if not out:
        await _no_clients(client)
    return sorted(out.values(), key=lambda c: (c.name.casefold(), c.id))


async def _no_clients(client: TripletexClient) -> None:
    """Why the listing is empty, as an error: whose key this is (`>whoAmI`)."""
    ans = await client.get("/token/session/>whoAmI", {"fields": OFFICE_FIELDS},
                           what="read who the token is")
    value = ans.data.get("value") if isinstance(ans.data, dict) else None
    company = value.get("company") if isinstance(value, dict) else None
    company = company if isinstance(company, dict) else {}
    name = company.get("name") if isinstance(company.get("name"), str) else _("its company")
    cid = company.get("id")
    who = _("{name} (id {id})").format(name=name, id=cid) if isinstance(cid, int) else name
    if company.get("accountantOrSimilar") is True:
        raise NotAccountantKeyError(
            _("the accounting office's key of {who} has login access to no client "
              "company").format(who=who),
            _("in Tripletex, give the key's user login access to the clients (Klientoversikt → "
              "tilgang), then run `rabbitsync companies` again"), request_id=ans.request_id)
    raise NotAccountantKeyError(
        _("this key is not an accounting office's key: it acts only for {who}, and has no "
          "client companies").format(who=who), _(NOT_OFFICE_FIX), request_id=ans.request_id)
