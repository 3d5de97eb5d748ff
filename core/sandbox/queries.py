"""Query parameters of `GET /customer` and `GET /project` turned into cached filters.

Each listing's parameters become a `Query`: a cache key, a predicate over (record, meta) and an
optional sort key. Parameters the spec does not list for the endpoint are ignored, as Tripletex
ignores them (there is no `changedSince` on /project and no `mainProjectId` filter at all).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from core.sandbox.errors import ApiFailure, bad_param
from core.sandbox.model import MODELS
from core.sandbox.store import Meta

OSLO = ZoneInfo("Europe/Oslo")
RECENTLY_CLOSED_S = 92 * 86400.0  # "closed within the last 3 months"
Pred = Callable[[dict[str, Any], Meta], bool]


@dataclass
class Query:
    key: str
    keep: Pred
    sort_key: Callable[[dict[str, Any]], Any] | None = None
    ids: frozenset[int] | None = None  # an `id=` filter: only these can match (an index look-up)


def boolean(q: dict[str, str], name: str, default: bool | None = None) -> bool | None:
    raw = q.get(name)
    if raw is None or raw == "":
        return default
    low = raw.strip().lower()
    if low in ("true", "false"):
        return low == "true"
    raise bad_param(name, f"{raw!r} is not true or false")


def integer(q: dict[str, str], name: str, default: int) -> int:
    raw = q.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_param(name, f"{raw!r} is not a whole number") from None
    if value < 0:
        raise bad_param(name, "must be 0 or more")
    return value


def id_list(q: dict[str, str], name: str) -> frozenset[int] | None:
    raw = q.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return frozenset(int(p) for p in raw.split(",") if p.strip())
    except ValueError:
        raise bad_param(name, f"{raw!r} is not a comma-separated list of ids") from None


def day(q: dict[str, str], name: str) -> str | None:
    raw = q.get(name)
    if raw is None or raw == "":
        return None
    try:
        return date.fromisoformat(raw.strip()).isoformat()
    except ValueError:
        raise bad_param(name, f"{raw!r} is not a date (YYYY-MM-DD)") from None


def moment(q: dict[str, str], name: str) -> float | None:
    """A date or date-time (naive values are Oslo time) as epoch seconds."""
    raw = q.get(name)
    if raw is None or raw.strip() == "":
        return None
    text = raw.strip().replace(" ", "T")
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise bad_param(name, f"{raw!r} is not a date-time (YYYY-MM-DDThh:mm:ss)") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=OSLO)
    return dt.timestamp()


def sorting(q: dict[str, str], model: str) -> Callable[[dict[str, Any]], Any] | None:
    """`name,-number,customer.id` → a sort key; None for the default (by id)."""
    raw = (q.get("sorting") or "").strip()
    if not raw:
        return None
    keys: list[tuple[str, str | None, bool]] = []
    for part in raw.split(","):
        part = part.strip()
        desc = part.startswith("-")
        name, _, sub = part.lstrip("-").partition(".")
        if name not in MODELS[model] or (sub and sub != "id"):
            raise ApiFailure(422, 17000, "Ugyldig sortering.",
                             f"Cannot sort by {part!r}: the sandbox sorts by {model} fields and "
                             "by <reference>.id")
        keys.append((name, sub or None, desc))

    def rank(v: Any) -> tuple[int, Any]:
        if v is None:
            return (0, "")
        if isinstance(v, dict):
            v = v.get("id")
        return (1, v if isinstance(v, (int, float)) else str(v).lower())

    def key(rec: dict[str, Any]) -> Any:
        out = []
        for name, _sub, desc in keys:
            r = rank(rec.get(name))
            if desc:  # invert: numbers negate, text via a tuple of negated code points
                r = (-r[0], -r[1] if isinstance(r[1], (int, float)) else
                     tuple(-ord(c) for c in r[1]))
            out.append(r)
        out.append(rec["id"])
        return tuple(out)

    return key


def _ref_id(rec: dict[str, Any], key: str) -> int | None:
    ref = rec.get(key)
    return ref.get("id") if isinstance(ref, dict) else None


def customer_query(q: dict[str, str], changed_since: bool = True) -> Query:
    """`changed_since=False`: the parameter is ignored, as on Tripletex's test host (#113)."""
    preds: list[Pred] = []
    inactive = boolean(q, "isInactive", False)
    preds.append(lambda r, m: bool(r.get("isInactive")) == inactive)
    if (ids := id_list(q, "id")) is not None:
        preds.append(lambda r, m: r["id"] in ids)
    if (nums := id_list(q, "customerAccountNumber")) is not None:
        preds.append(lambda r, m: r.get("customerNumber") in nums)
    if (managers := id_list(q, "accountManagerId")) is not None:
        preds.append(lambda r, m: _ref_id(r, "accountManager") in managers)
    for name in ("organizationNumber", "email", "invoiceEmail", "phoneNumberMobile"):
        value = q.get(name)
        if value:
            preds.append(lambda r, m, n=name, v=value: (r.get(n) or "") == v)
    if name_part := (q.get("customerName") or "").strip().lower():
        preds.append(lambda r, m: name_part in str(r.get("name") or "").lower())
    since = moment(q, "changedSince") if changed_since else None
    if since is not None:
        preds.append(lambda r, m: m.changed >= since)
    return _combine("customer", q, preds, ("isInactive", "id", "customerAccountNumber",
                    "accountManagerId", "organizationNumber", "email", "invoiceEmail",
                    "phoneNumberMobile", "customerName", "sorting")
                    + (("changedSince",) if changed_since else ()),
                    {"isInactive": str(inactive).lower()})


def project_query(q: dict[str, str]) -> Query:
    preds: list[Pred] = []
    for param, field in (("id", None), ("projectManagerId", "projectManager"),
                         ("departmentId", "department")):
        ids = id_list(q, param)
        if ids is not None:
            preds.append((lambda r, m, s=ids: r["id"] in s) if field is None else
                         (lambda r, m, s=ids, f=field: _ref_id(r, f) in s))
    if (cust := (q.get("customerId") or "").strip()):
        try:
            cid = int(cust)
        except ValueError:
            raise bad_param("customerId", f"{cust!r} is not an id") from None
        preds.append(lambda r, m: _ref_id(r, "customer") == cid)
    if name_part := (q.get("name") or "").strip().lower():
        preds.append(lambda r, m: name_part in str(r.get("name") or "").lower())
    if number := q.get("number"):
        preds.append(lambda r, m: r.get("number") == number)
    if ext := (q.get("externalAccountsNumber") or "").strip():
        preds.append(lambda r, m: ext in str(r.get("externalAccountsNumber") or ""))
    for flag in ("isOffer", "isFixedPrice"):
        value = boolean(q, flag)
        if value is not None:
            preds.append(lambda r, m, f=flag, v=value: bool(r.get(f)) == v)
    for field in ("startDate", "endDate"):
        lo, hi = day(q, field + "From"), day(q, field + "To")
        if lo is not None or hi is not None:
            preds.append(lambda r, m, f=field, lo=lo, hi=hi: r.get(f) is not None
                         and (lo is None or r[f] >= lo) and (hi is None or r[f] < hi))
    closed = boolean(q, "isClosed")
    recent = boolean(q, "includeRecentlyClosed", False)
    fixed_extra: dict[str, str] = {}
    if closed is True:
        preds.append(lambda r, m: bool(r.get("isClosed")))
    elif closed is False and recent:
        cutoff = time.time() - RECENTLY_CLOSED_S
        preds.append(lambda r, m: not r.get("isClosed") or (m.closed_at or 0) >= cutoff)
        fixed_extra = {"_cutoff_minute": str(int(cutoff // 60))}  # a cached listing ages out
    elif closed is False:
        preds.append(lambda r, m: not r.get("isClosed"))
    return _combine("project", q, preds, (
        "id", "projectManagerId", "departmentId", "customerId", "name", "number",
        "externalAccountsNumber", "isOffer", "isFixedPrice", "startDateFrom", "startDateTo",
        "endDateFrom", "endDateTo", "isClosed", "includeRecentlyClosed", "sorting"), fixed_extra)


def _combine(model: str, q: dict[str, str], preds: list[Pred], params: tuple[str, ...],
             fixed: dict[str, str]) -> Query:
    shown = {**{p: q[p] for p in params if q.get(p)}, **fixed}
    key = "&".join(f"{k}={shown[k]}" for k in sorted(shown))

    def keep(rec: dict[str, Any], meta: Meta) -> bool:
        for p in preds:  # noqa: SIM110 (a loop: all() over a generator is 2x slower here)
            if not p(rec, meta):
                return False
        return True

    return Query(key, keep, sorting(q, model), id_list(q, "id"))
