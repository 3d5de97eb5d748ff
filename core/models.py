"""The records that cross module boundaries: Tripletex's customers and projects as the sync sees
them, and the local registry's customers and projects.

Tripletex records come from the client as dicts with Tripletex's field names; `TxCustomer.from_api`
and `TxProject.from_api` turn them into these typed, tolerant records (missing fields, nulls and
odd types become None or defaults, never an exception; text is cleaned and length-capped).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from core.text import MAX_TEXT, clean_text

Kind = Literal["customer", "project"]
LinkMethod = Literal["existing", "org_number", "number", "exact_name", "manual", "created"]

# the fields the sync asks Tripletex for (the `fields` query parameter)
CUSTOMER_FIELDS = "id,version,name,customerNumber,organizationNumber,email,isInactive"
PROJECT_FIELDS = (
    "id,version,number,name,customer(id),mainProject(id),isClosed,startDate,endDate"
)


MAX_NAME, MAX_NUMBER, MAX_EMAIL = MAX_TEXT, 100, 254  # characters kept of Tripletex's values


def _str(v: Any, max_len: int = MAX_NUMBER) -> str | None:
    """A text field as Tripletex sends it (an int is read as text), cleaned like a name (no
    control, escape or bidi characters: `clean_text`) and cut to `max_len`; None when empty."""
    if v is None:
        return None
    if type(v) is int:
        v = str(v)
    if type(v) is str and len(v) <= max_len and v.isascii() and v.isprintable():
        s = v.strip()  # the usual case, at a third of `clean_text`'s cost (40,000 records a run)
        if "  " not in s:
            return s or None
    if isinstance(v, (str, int)) and not isinstance(v, bool):
        return clean_text(str(v)[: max_len * 4], max_len) or None
    return None


def api_int(v: Any) -> int | None:
    """An id or version as Tripletex sends it: an int (a bool is not one) or ASCII digits in a
    string; None for anything else ("²" and "٣" are digits to `str.isdigit` and `int`, not ids)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, str) and (t := v.strip()).isascii() and t.lstrip("-").isdigit():
        return int(t)
    return None


def _ref_id(v: Any) -> int | None:
    if isinstance(v, dict):
        return api_int(v.get("id"))
    return None


@dataclass(frozen=True)
class TxCustomer:
    """A Tripletex customer, as far as the sync cares."""

    id: int
    version: int
    name: str
    number: str | None = None  # customerNumber, as text
    organization_number: str | None = None
    email: str | None = None
    is_inactive: bool = False

    @classmethod
    def from_api(cls, d: dict[str, Any]) -> TxCustomer | None:
        """None when the record has no usable id."""
        rid = api_int(d.get("id"))
        if rid is None:
            return None
        return cls(
            id=rid,
            version=api_int(d.get("version")) or 0,
            name=_str(d.get("name"), MAX_NAME) or f"(unnamed customer {rid})",
            number=_str(d.get("customerNumber")),
            organization_number=_str(d.get("organizationNumber")),
            email=_str(d.get("email"), MAX_EMAIL),
            is_inactive=d.get("isInactive") is True,
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)  # flat: no deep copy needed (asdict is 10x slower)


@dataclass(frozen=True)
class TxProject:
    """A Tripletex project, as far as the sync cares."""

    id: int
    version: int
    name: str
    number: str | None = None
    customer_id: int | None = None
    main_project_id: int | None = None
    is_closed: bool = False
    start_date: str | None = None

    @classmethod
    def from_api(cls, d: dict[str, Any]) -> TxProject | None:
        rid = api_int(d.get("id"))
        if rid is None:
            return None
        return cls(
            id=rid,
            version=api_int(d.get("version")) or 0,
            name=_str(d.get("name"), MAX_NAME) or f"(unnamed project {rid})",
            number=_str(d.get("number")),
            customer_id=_ref_id(d.get("customer")),
            main_project_id=_ref_id(d.get("mainProject")),
            is_closed=d.get("isClosed") is True,
            start_date=_str(d.get("startDate")),
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class LocalCustomer:
    """A customer in the time tracker's registry."""

    key: str
    name: str
    number: str | None = None
    organization_number: str | None = None
    tripletex_id: int | None = None
    tripletex_version: int | None = None
    link_method: str | None = None
    archived: bool = False
    local_only: bool = True  # made locally and not linked to Tripletex
    merged_into: str | None = None  # a duplicate merged into this record (`rabbitsync merge`)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LocalProject:
    """A project (parent_key None) or sub-project in the time tracker's registry."""

    key: str
    name: str
    number: str | None = None
    customer_key: str | None = None
    parent_key: str | None = None
    tripletex_id: int | None = None
    tripletex_version: int | None = None
    link_method: str | None = None
    archived: bool = False
    local_only: bool = True
    merged_into: str | None = None  # a duplicate merged into this record (`rabbitsync merge`)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Candidate:
    """A local record proposed for a Tripletex record in review, best first."""

    local_key: str
    name: str
    score: float
    number: str | None = None
    organization_number: str | None = None
    differs: tuple[str, ...] = ()  # e.g. ("name", "number", "organization_number")
    why: tuple[str, ...] = ()  # the signals that matched, in words ("same org number", ...)


@dataclass
class ReviewItem:
    """A Tripletex record that matching could not settle; the user decides."""

    item: str  # "r-12"
    kind: Kind
    tripletex_id: int
    name: str
    reason: str
    candidates: list[Candidate] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)  # TxCustomer/TxProject as dict
    status: str = "pending"  # pending | later | decided
    decision: str | None = None  # link | create | ignore
    decided_key: str | None = None
    # an entry made by a merge: the local project (linked to this Tripletex project) that moved
    # with its customer; "link" merges it into the chosen project, "create" keeps it as it is
    merge_from: str | None = None

    def public(self) -> dict[str, Any]:
        """The `review --json` shape."""
        return {
            "item": self.item,
            "kind": self.kind,
            "tripletex_id": self.tripletex_id,
            "name": self.name,
            "reason": self.reason,
            "candidates": [
                {"local_key": c.local_key, "name": c.name, "score": round(float(c.score), 1)}
                for c in self.candidates
            ],
        }


# ---- the kinds of record -------------------------------------------------------------------------
@dataclass(frozen=True)
class KindInfo:
    """What differs between customers and projects, in one place (`KINDS`): where each kind's
    records live in the state, their classes, their key prefix, and how they read in words."""

    name: str  # "customer", "project", "sub-project" (a level-2 project: shown, never stored)
    table: str  # the StoreState attribute of the local records ("customers", "projects")
    snapshot: str  # ... and of the Tripletex snapshot ("tx_customers", "tx_projects")
    prefix: str  # the local key's prefix ("c", "p")
    local: type[Any]
    tx: type[Any]
    below: str  # what waits for a decision on one ("projects", "sub-projects")
    scoped: bool  # matched within a narrow scope (a customer's projects), not the registry

    def records(self, state: Any) -> dict[str, Any]:
        """The local records of this kind in `state` (a StoreState)."""
        return getattr(state, self.table)

    def snapshots(self, state: Any) -> dict[int, dict[str, Any]]:
        """The Tripletex records of this kind in `state`'s snapshot."""
        return getattr(state, self.snapshot)


KINDS: dict[str, KindInfo] = {
    "customer": KindInfo("customer", "customers", "tx_customers", "c", LocalCustomer, TxCustomer,
                         "projects", scoped=False),
    "project": KindInfo("project", "projects", "tx_projects", "p", LocalProject, TxProject,
                        "sub-projects", scoped=True),
    "sub-project": KindInfo("sub-project", "projects", "tx_projects", "p", LocalProject,
                            TxProject, "sub-projects", scoped=True),
}
