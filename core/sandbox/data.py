"""The sandbox's records: a deterministic generator, and the checks on a data file.

`generate(seed, customers, projects)` makes realistic Norwegian customers (legal forms AS, ASA,
ANS, DA, ENK, SA; mod-11 valid org numbers, some without; some inactive; a few duplicate names
with different numbers) and projects (internal ones without customer, closed ones, a few without
start date, hierarchies 1-4 deep via `mainProject`, start dates spread over 2010-2027). The same
seed gives the same records. `check_data(dict)` validates the DESIGN.md data-file format.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from core.sandbox import names
from core.sandbox.model import COMPUTED, CUSTOMER_PROPS, PROJECT_PROPS

EMPLOYEE_ID = 4711
CURRENCY_NOK = 1
DAY_S = 86400.0


class DataError(ValueError):
    """A sandbox data set that cannot be served; the message names the record and the problem."""


@dataclass
class Dataset:
    """Records plus, per record, how long ago it was created, last changed and closed (seconds)."""

    customers: list[dict[str, Any]]
    projects: list[dict[str, Any]]
    ages: dict[tuple[str, int], tuple[float, float]] = field(default_factory=dict)  # created, changed


def customer_defaults() -> dict[str, Any]:
    """The values Tripletex shows for a customer's fields nobody has set."""
    return {
        "version": 0, "organizationNumber": "", "globalLocationNumber": 0, "supplierNumber": 0,
        "customerNumber": 0, "isSupplier": False, "isInactive": False, "accountManager": None,
        "department": None, "email": "", "invoiceEmail": "", "overdueNoticeEmail": "",
        "bankAccounts": [], "phoneNumber": "", "phoneNumberMobile": "", "description": "",
        "language": "NO", "isPrivateIndividual": False, "singleCustomerInvoice": False,
        "invoiceSendMethod": "EMAIL", "emailAttachmentType": "LINK", "postalAddress": None,
        "physicalAddress": None, "deliveryAddress": None, "category1": None, "category2": None,
        "category3": None, "invoicesDueIn": 14, "invoicesDueInType": "DAYS",
        "currency": {"id": CURRENCY_NOK}, "ledgerAccount": None, "isFactoring": False,
        "discountPercentage": 0, "website": "",
    }


def project_defaults() -> dict[str, Any]:
    """The values Tripletex shows for a project's fields nobody has set."""
    return {
        "version": 0, "number": "", "description": "",
        "projectManager": {"id": EMPLOYEE_ID}, "department": None, "mainProject": None,
        "startDate": None, "endDate": None, "customer": None, "isClosed": False,
        "isReadyForInvoicing": False, "isOffer": False, "isFixedPrice": False,
        "projectCategory": None, "displayNameFormat": "NAME_STANDARD", "reference": "",
        "externalAccountsNumber": "", "fixedprice": 0, "numberOfProjectParticipants": 0,
        "currency": {"id": CURRENCY_NOK}, "forParticipantsOnly": False, "invoiceComment": "",
        "generalProjectActivitiesPerProjectOnly": False, "accessType": "WRITE",
    }


def normalise(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A stored record: defaults filled in, computed (read-only) properties dropped."""
    base = customer_defaults() if kind == "customer" else project_defaults()
    base.update({k: v for k, v in fields.items() if k not in COMPUTED[kind]})
    if kind == "project" and "isInternal" not in fields:
        base["isInternal"] = base.get("customer") is None
    return base


def generate(seed: int, n_customers: int, n_projects: int) -> Dataset:
    """Deterministic customers and projects for `seed`."""
    rng = random.Random(seed)
    ds = Dataset([], [])
    seen_names: list[str] = []
    for i in range(max(0, n_customers)):
        cid = 1_000_001 + i
        if seen_names and rng.random() < 0.03:
            name = rng.choice(seen_names)  # same name, another company
        else:
            name, _form = names.company_name(rng)
            seen_names.append(name)
        has_org = rng.random() < 0.85
        email = f"post@{names.slug(name)}.no" if rng.random() < 0.7 else ""
        ds.customers.append(normalise("customer", {
            "id": cid, "version": rng.randrange(0, 6), "name": name,
            "organizationNumber": names.org_number(rng) if has_org else "",
            "customerNumber": 10_000 + i, "isInactive": rng.random() < 0.08,
            "email": email, "invoiceEmail": email,
            "phoneNumber": f"{rng.randrange(2, 10)}{rng.randrange(1000000, 9999999)}",
            "accountManager": {"id": EMPLOYEE_ID} if rng.random() < 0.3 else None,
        }))
        created = rng.uniform(30, 3 * 365) * DAY_S
        ds.ages[("customer", cid)] = (created, rng.uniform(0.5 * DAY_S, created))
    _generate_projects(rng, ds, n_projects)
    return ds


def _generate_projects(rng: random.Random, ds: Dataset, n: int) -> None:
    by_customer: dict[int | None, list[tuple[dict[str, Any], int]]] = {}
    sub_count: dict[int, int] = {}
    seq = 1000
    for i in range(max(0, n)):
        pid = 2_000_001 + i
        internal = not ds.customers or rng.random() < 0.06
        cust = None if internal else rng.choice(ds.customers)["id"]
        family = by_customer.setdefault(cust, [])
        parents = [(p, lvl) for p, lvl in family[-12:] if lvl < 4]
        parent = rng.choice(parents) if parents and rng.random() < 0.3 else None
        if parent is not None:
            pstart = parent[0]["startDate"]
            start = (date.fromisoformat(pstart) + timedelta(days=rng.randrange(0, 300))
                     if pstart else None)
            sub_count[parent[0]["id"]] = sub_count.get(parent[0]["id"], 0) + 1
            number = f"{parent[0]['number']}-{sub_count[parent[0]['id']]}"
            pname = f"{parent[0]['name']} – {rng.choice(names.PHASES)}"
        else:
            seq += 1
            number = str(seq)
            start = date(rng.randrange(2010, 2027), 1, 1) + timedelta(days=rng.randrange(365))
            pname = rng.choice(names.INTERNAL) if internal else names.project_name(
                rng, start.year - 1)
        if rng.random() < 0.015:
            start = None
        old = start is not None and start.year < 2022
        closed = rng.random() < (0.6 if old else 0.1)
        end = start + timedelta(days=rng.randrange(30, 700)) if closed and start else None
        rec = normalise("project", {
            "id": pid, "version": rng.randrange(0, 8), "name": pname, "number": number,
            "customer": {"id": cust} if cust is not None else None,
            "mainProject": {"id": parent[0]["id"]} if parent else None,
            "startDate": start.isoformat() if start else None,
            "endDate": end.isoformat() if end else None,
            "isClosed": closed, "isInternal": internal, "isFixedPrice": rng.random() < 0.2,
        })
        ds.projects.append(rec)
        family.append((rec, parent[1] + 1 if parent else 1))
        created = rng.uniform(30, 3 * 365) * DAY_S
        ds.ages[("project", pid)] = (created, rng.uniform(0.5 * DAY_S, created))


def _where(kind: str, i: int, rec: Any) -> str:
    rid = rec.get("id") if isinstance(rec, dict) else None
    return f"{kind}s[{i}]" + (f" (id {rid})" if rid is not None else "")


def _ref(rec: dict[str, Any], key: str, where: str) -> int | None:
    value = rec.get(key)
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("id"), int):
        raise DataError(f"{where}: {key} must be {{\"id\": N}} or null, not {value!r}")
    return value["id"]


def check_data(data: Any) -> Dataset:
    """The records of a data file (DESIGN.md format), or DataError naming the first problem."""
    if not isinstance(data, dict):
        raise DataError('the file must hold one JSON object {"customers": [...], "projects": [...]}')
    unknown = set(data) - {"customers", "projects"}
    if unknown:
        raise DataError(f"unknown top-level key(s) {', '.join(sorted(unknown))}")
    ds = Dataset([], [])
    for kind, props, out in (("customer", CUSTOMER_PROPS, ds.customers),
                             ("project", PROJECT_PROPS, ds.projects)):
        records = data.get(kind + "s", [])
        if not isinstance(records, list):
            raise DataError(f'"{kind}s" must be a list of objects')
        ids: set[int] = set()
        for i, rec in enumerate(records):
            where = _where(kind, i, rec)
            if not isinstance(rec, dict):
                raise DataError(f"{where} is not a JSON object")
            rid = rec.get("id")
            if not isinstance(rid, int) or isinstance(rid, bool) or rid <= 0:
                raise DataError(f"{where}: id must be a positive integer")
            if rid in ids:
                raise DataError(f"{where}: id {rid} appears twice")
            ids.add(rid)
            bad = sorted(set(rec) - props)
            if bad:
                raise DataError(f"{where}: {', '.join(bad)} is not a Tripletex {kind} field")
            if not isinstance(rec.get("name"), str) or not rec["name"].strip():
                raise DataError(f"{where}: name must be a non-empty string")
            version = rec.get("version", 0)
            if not isinstance(version, int) or isinstance(version, bool) or version < 0:
                raise DataError(f"{where}: version must be an integer >= 0")
            for flag in ("isInactive", "isClosed", "isInternal"):
                if flag in rec and not isinstance(rec[flag], bool):
                    raise DataError(f"{where}: {flag} must be true or false")
            for day in ("startDate", "endDate"):
                if rec.get(day) is not None:
                    try:
                        date.fromisoformat(str(rec[day]))
                    except ValueError:
                        raise DataError(f"{where}: {day} {rec[day]!r} is not YYYY-MM-DD") from None
            out.append(normalise(kind, rec))
            ds.ages[(kind, rid)] = (DAY_S, DAY_S)
    customer_ids = {c["id"] for c in ds.customers}
    parents: dict[int, int | None] = {}
    for i, rec in enumerate(ds.projects):
        where = _where("project", i, rec)
        cid = _ref(rec, "customer", where)
        if cid is not None and cid not in customer_ids:
            raise DataError(f"{where}: customer id {cid} is not a customer in the file")
        parents[rec["id"]] = _ref(rec, "mainProject", where)
    for i, rec in enumerate(ds.projects):
        seen, cur = {rec["id"]}, parents[rec["id"]]
        while cur is not None:
            if cur not in parents:
                raise DataError(f"{_where('project', i, rec)}: mainProject id {cur} is not a "
                                "project in the file")
            if cur in seen:
                raise DataError(f"{_where('project', i, rec)}: its mainProject chain is a loop")
            seen.add(cur)
            cur = parents[cur]
    return ds
