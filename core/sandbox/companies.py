"""The client companies the sandbox serves: one by default (the company a key acts in), or, for
an accounting office's key (`Sandbox(accountant=True, companies=N)`), N client companies, each
with its own customers and projects.

The first is always `Sandkasse Regnskap AS` (id 108442); the others get generated Norwegian
names and mod-11 valid organisation numbers, ids counting up from it, and their records from
another seed (`data_seed`), so no two companies serve the same data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from core.sandbox import names
from core.sandbox.sessions import COMPANY_ID

COMPANY_NAME = "Sandkasse Regnskap AS"
COMPANY_ORG = "915512348"  # mod-11 valid
MAX_COMPANIES = 500


@dataclass(frozen=True)
class ClientCompany:
    """One company the sandbox serves records for."""

    id: int
    name: str
    organization_number: str


def client_companies(n: int, seed: int) -> list[ClientCompany]:
    """`n` companies (at least one): the first the sandbox's usual one, the rest generated from
    `seed` (the same seed gives the same companies), with distinct names."""
    if not 1 <= n <= MAX_COMPANIES:
        raise ValueError(f"companies must be from 1 to {MAX_COMPANIES}")
    out = [ClientCompany(COMPANY_ID, COMPANY_NAME, COMPANY_ORG)]
    rng = random.Random(f"companies-{seed}")
    seen = {COMPANY_NAME}
    while len(out) < n:
        name, _form = names.company_name(rng)
        if name in seen:
            continue
        seen.add(name)
        out.append(ClientCompany(COMPANY_ID + len(out), name, names.org_number(rng)))
    return out


def data_seed(seed: int, index: int) -> int:
    """The seed of the records of the company at `index` (the first keeps the sandbox's seed)."""
    return seed + 7919 * index
