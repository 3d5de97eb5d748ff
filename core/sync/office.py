"""An accounting office's clients: the companies its key may act for, each with the profile that
syncs it (`rabbitsync companies`, the app's company picker), and profiles made for them
(core.profiles).

    rows = await list_companies(cfg)                 # CompanyRow: id, name, org number, profile
    made = make_profiles(cfg, [r for r in rows if r.profile is None])
    rows = with_profiles(rows, cfg.base_url)         # the profile column again, without asking

The listing acts as the key's own company (company id 0), whatever company `cfg` syncs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from core.config import Config
from core.profiles import MadeProfile, make_profiles, profiles_by_company
from core.tripletex.check import CHECK_RETRIES, CHECK_TIMEOUT_S
from core.tripletex.client import TripletexClient, client_for
from core.tripletex.companies import Company

__all__ = ["CompanyRow", "MadeProfile", "list_companies", "make_profiles", "with_profiles"]


@dataclass(frozen=True)
class CompanyRow:
    """A client company and the profile that syncs it (None: none does yet)."""

    id: int
    name: str
    organization_number: str | None
    profile: str | None

    def to_json(self) -> dict[str, Any]:
        """An entry of `companies --json`."""
        return {"id": self.id, "name": self.name,
                "organization_number": self.organization_number, "profile": self.profile}


def with_profiles(companies: Sequence[Company | CompanyRow], base_url: str) -> list[CompanyRow]:
    """The companies with the profile that syncs each at `base_url`, as the files say now."""
    by_company = profiles_by_company(base_url)
    return [CompanyRow(c.id, c.name, c.organization_number, by_company.get(c.id))
            for c in companies]


async def list_companies(cfg: Config, *, client: TripletexClient | None = None) -> list[CompanyRow]:
    """The client companies `cfg`'s key may act for, by name, each with its profile.
    RabbitError (cause and fix) when Tripletex cannot be asked, and NotAccountantKeyError when
    the key has no client companies (not an office's key, or an office's without clients)."""
    office = replace(cfg, company_id="")  # (the key's own company: all it may reach there)
    tx = client or client_for(office, timeout=CHECK_TIMEOUT_S, max_retries=CHECK_RETRIES)
    async with tx:
        companies = await tx.login_companies()
    return with_profiles(companies, cfg.base_url)
