"""The whole local state of one profile, in memory: the registry, the review queue, decisions,
overwritten values, skipped projects, the sync cursor and the run history.

`core.store.store` loads and saves it (TinyDB, atomically, under a lock); the engine plans against a
snapshot and applies a plan to it inside one store transaction. Plain data, no I/O here.
"""

from __future__ import annotations

import operator
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from core.models import Candidate, LocalCustomer, LocalProject, ReviewItem

SCHEMA_VERSION = 2  # 2: store.journal beside store.json (an older rabbitsync would not read it)
# with this set (the tests set it), what is kept to save work is checked against what it saves:
# the planner's write hint against a write comparing every record (core.store.store), and the kept
# indexes (`Indexes`) against ones made anew; a difference raises
CHECKS = "RABBITSYNC_CHECK_WRITES"


def checking() -> bool:
    return bool(os.environ.get(CHECKS))


T = TypeVar("T")


def kept_index(kept: T | None, make: Callable[[], T], what: str) -> T:
    """`kept` (one of the `Indexes`), or `make()` when there is none yet. When checking, a kept
    one is compared with one made anew (and stays the one used: the tests run what runs)."""
    if kept is None:
        return make()
    if checking() and kept != make():
        raise AssertionError(f"the kept {what} differs from the records")
    return kept


class SyncCursor(dict[str, Any]):
    """Where the syncs stand (the store's `cursor`): a dict as the store keeps it, with a typed
    name for each key the sync reads and writes (one owner for the key names; keys a newer
    rabbitsync added are kept as they are)."""

    @property
    def synced_at(self) -> str | None:
        """When the last sync that wrote the store started (ISO, UTC); None before the first."""
        return self.get("synced_at")

    @property
    def last_run_id(self) -> str | None:
        """The id of that sync: a review decision taken before it can no longer be undone."""
        return self.get("last_run_id")

    @property
    def activated_at(self) -> str | None:
        """When the user confirmed that Tripletex becomes master."""
        return self.get("activated_at")

    @property
    def customers_since(self) -> str | None:
        """The changedSince cursor (Tripletex's clock) the next run lists customers from."""
        return self.get("customers_since")

    @property
    def project_digests(self) -> dict[str, str]:
        """The versionDigest of each part of the project listing (core.tripletex.parts)."""
        return self.get("project_digests") or {}

    @property
    def last_full_at(self) -> str | None:
        """When the last complete pass ran (one runs by itself once a day)."""
        return self.get("last_full_at")

    def ran(self, *, started: str, run_id: str, customers_since: str,
            project_digests: dict[str, str], full: bool) -> None:
        """A run that wrote the store: where the next one starts."""
        self["synced_at"] = started
        self["last_run_id"] = run_id  # unique, unlike a time: review's undo compares it
        self.setdefault("activated_at", started)
        self["customers_since"] = customers_since
        self["project_digests"] = project_digests
        if full:
            self["last_full_at"] = started


class Settled(dict[str, Any]):
    """What a decision settled below it (a customer's projects, a main project's sub-projects,
    what a merge moved): how many `moved`, `linked`, `created`, `waiting` (for their main
    project's entry), `skipped` (not synced), and the review entries it added (`review`)."""

    COUNTS = ("moved", "linked", "created", "waiting", "skipped")

    @classmethod
    def none(cls) -> Settled:
        return cls({**dict.fromkeys(cls.COUNTS, 0), "review": []})

    def count(self, what: str) -> int:
        return int(self.get(what) or 0)

    def add(self, what: str, n: int = 1) -> None:
        self[what] = self.count(what) + n

    @property
    def review(self) -> list[str]:
        return self.setdefault("review", [])


class Decision(dict[str, Any]):
    """One user decision (a review entry decided, or a merge) as the store keeps it in
    `StoreState.decisions`: a dict with a typed name for each key. `changes` is its change log
    (core.sync.changes), which undo puts back; `batch` groups an accept-all's decisions."""

    @classmethod
    def new(cls, *, item: str, kind: str, action: str, tripletex_id: int | None, at: str,
            sync_before: str | None, **more: Any) -> Decision:
        return cls(item=item, kind=kind, tripletex_id=tripletex_id, action=action,
                   local_key=None, at=at, sync_before=sync_before, **more)

    @property
    def item(self) -> str:
        return self["item"]

    @property
    def kind(self) -> str:
        return self.get("kind", "customer")

    @property
    def action(self) -> str:
        return self["action"]

    @property
    def tripletex_id(self) -> int | None:
        return self.get("tripletex_id")

    @property
    def local_key(self) -> str | None:
        return self.get("local_key")

    @local_key.setter
    def local_key(self, key: str | None) -> None:
        self["local_key"] = key

    @property
    def at(self) -> str:
        return self["at"]

    @property
    def batch(self) -> str | None:
        return self.get("batch")

    @property
    def duplicate(self) -> str | None:
        """For a merge: the record merged into `local_key`."""
        return self.get("duplicate")

    @property
    def settled(self) -> Settled:
        return Settled(self.get("settled") or {})

    @settled.setter
    def settled(self, settled: Settled) -> None:
        self["settled"] = dict(settled)

    @property
    def undone(self) -> int:
        """In what `undo_last` answers: how many decisions it took back (a batch: all)."""
        return int(self.get("undone", 1))


@dataclass
class Overwrite:
    """A local value that Tripletex's value replaced (so nothing is lost silently)."""

    at: str  # ISO timestamp, UTC
    run_id: str | None
    kind: str  # customer | project
    local_key: str
    tripletex_id: int | None
    field: str
    old: Any
    new: Any


@dataclass
class Skipped:
    """A Tripletex project that is not synced, and why."""

    tripletex_id: int
    name: str
    reason: str
    path: str = ""  # e.g. "Main > Sub > Deep"


@dataclass
class RunRecord:
    """One sync run in the history."""

    run_id: str
    started_at: str
    finished_at: str | None
    ok: bool
    dry_run: bool
    first_sync: bool
    full: bool
    summary: dict[str, Any] = field(default_factory=dict)  # the `sync --json` object
    items: list[dict[str, Any]] = field(default_factory=list)  # per-item outcomes that changed
    error: str | None = None


@dataclass
class WriteHint:
    """What a sync run may have changed in the big tables since the store was read: the keys of
    the local records it touched (`customers`, `projects`; records it added are found by the
    store) and the Tripletex ids it set or removed in the snapshots (`tx_customers`,
    `tx_projects`). With it the store compares just those with the last write, not every record.
    """

    local: dict[str, set[str]] = field(default_factory=lambda: {"customers": set(), "projects": set()})
    tx: dict[str, set[int]] = field(default_factory=lambda: {"tx_customers": set(), "tx_projects": set()})


@dataclass
class Indexes:
    """Look-ups of the whole registry that every sync run needs: the linked records by
    Tripletex id (`by_tx`: "customers", "projects"), the registry's figures (`registry_figures`)
    and the snapshot's sub-projects by main project (`children`). Each is made from every
    record (40,000) when first asked for, and kept with the state, so that the next run of the
    same process (the app's timer, `--watch`; see `Store.write(keep=True)`) finds it made. What
    changes the records keeps them up to date (the planner: `StoreState.linked`,
    `Planner.absorb_projects`) or drops them (`StoreState.drop_indexes`)."""

    by_tx: dict[str, dict[int, Any]] = field(default_factory=dict)
    figures: dict[str, int] | None = None
    children: dict[int, set[int]] | None = None


@dataclass
class StoreState:
    """Everything one profile keeps. Keys: `c-N` customers, `p-N` projects, `r-N` review items.

    The store writes only what changed since it read the state, by comparing with the documents
    it read, which the dict-valued records here share: so a snapshot record (`tx_customers`,
    `tx_projects`), a review item's `record`, a decision and a run's summary and items are
    replaced when they change, never changed in place. (The dataclass records and the cursor
    are the state's own copies.)
    """

    customers: dict[str, LocalCustomer] = field(default_factory=dict)
    projects: dict[str, LocalProject] = field(default_factory=dict)
    reviews: dict[str, ReviewItem] = field(default_factory=dict)
    # ("customer"|"project", tripletex_id) that the user chose to ignore; remembered for good
    ignored: set[tuple[str, int]] = field(default_factory=set)
    overwrites: list[Overwrite] = field(default_factory=list)
    skipped: dict[int, Skipped] = field(default_factory=dict)  # by Tripletex project id
    # the last seen Tripletex records (TxCustomer/TxProject as dicts) by Tripletex id: the engine
    # needs them for the project hierarchy, version diffs and review items between runs
    tx_customers: dict[int, dict[str, Any]] = field(default_factory=dict)
    tx_projects: dict[int, dict[str, Any]] = field(default_factory=dict)
    # the engine's cursor: changedSince, project digests, last full pass, activation
    cursor: SyncCursor = field(default_factory=SyncCursor)
    runs: list[RunRecord] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=lambda: {"c": 0, "p": 0, "r": 0})
    # decisions in the order they were taken, for undo (`Decision`; the store reads plain dicts)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    indexes: Indexes = field(default_factory=Indexes, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.cursor, SyncCursor):
            self.cursor = SyncCursor(self.cursor)

    # ---- keys -------------------------------------------------------------------------------
    def new_key(self, prefix: str) -> str:
        """Next free key with `prefix` (`c`, `p`, `r`), never reusing one in the registry."""
        table = {"c": self.customers, "p": self.projects, "r": self.reviews}[prefix]
        n = self.counters.get(prefix, 0)
        while True:
            n += 1
            key = f"{prefix}-{n}"
            if key not in table:
                self.counters[prefix] = n
                return key

    # ---- look-ups ---------------------------------------------------------------------------
    def customer_by_tx(self) -> dict[int, LocalCustomer]:
        """The linked customers by Tripletex id (kept: see `Indexes`; do not change it)."""
        return self._kept_by_tx("customers", self.customers)

    def project_by_tx(self) -> dict[int, LocalProject]:
        """The linked projects by Tripletex id (kept: see `Indexes`; do not change it)."""
        return self._kept_by_tx("projects", self.projects)

    def _kept_by_tx(self, table: str, records: dict[str, R]) -> dict[int, R]:
        kept = kept_index(self.indexes.by_tx.get(table), lambda: _by_tx(records),
                          f"index of linked {table}")
        self.indexes.by_tx[table] = kept
        return kept

    def linked(self, table: str, rec: LocalCustomer | LocalProject, before: Any, *,
               new: bool = False, was_local_only: bool = False) -> None:
        """Keep the indexes up to date: `rec` of `table` ("customers", "projects") was just
        linked (it was linked to Tripletex id `before`, or None), or made linked (`new`)."""
        by_tx = self.indexes.by_tx.get(table)
        if by_tx is not None:
            if before is not None and by_tx.get(before) is rec:
                del by_tx[before]
            by_tx[rec.tripletex_id] = rec  # type: ignore[index]
        figures = self.indexes.figures
        if figures is not None:
            figures[table] += new
            figures["linked"] += before is None
            figures["linked_" + table] += before is None
            figures["local_only"] -= was_local_only

    def drop_indexes(self) -> None:
        """Records were added, removed or replaced other than by a sync: look again."""
        self.indexes = Indexes()

    def pending_reviews(self) -> list[ReviewItem]:
        """Items still waiting for a decision (pending or put off with `later`), oldest first."""
        items = [r for r in self.reviews.values() if r.status in ("pending", "later")]
        return sorted(items, key=lambda r: int(r.item.split("-")[1]))

    def review_for(self, kind: str, tripletex_id: int) -> ReviewItem | None:
        for r in self.reviews.values():
            if r.kind == kind and r.tripletex_id == tripletex_id and r.status in ("pending", "later"):
                return r
        return None


def review_to_dict(item: ReviewItem) -> dict[str, Any]:
    """A review entry as the store keeps it."""
    return {**vars(item), "candidates": [{**vars(c), "differs": list(c.differs), "why": list(c.why)}
                                         for c in item.candidates]}


def review_from_dict(d: dict[str, Any]) -> ReviewItem:
    """A review entry from what `review_to_dict` made."""
    return ReviewItem(**{**d, "candidates": [candidate_from_dict(c) for c in d["candidates"]]})


def candidate_from_dict(d: dict[str, Any]) -> Candidate:
    return Candidate(
        local_key=d["local_key"],
        name=d.get("name", ""),
        score=float(d.get("score", 0.0)),
        number=d.get("number"),
        organization_number=d.get("organization_number"),
        differs=tuple(d.get("differs", ())),
        why=tuple(w for w in why if isinstance(w, str)) if isinstance(why := d.get("why"), list)
        else (),
    )


_TX_ID = operator.attrgetter("tripletex_id")
R = TypeVar("R")


def _by_tx(records: dict[str, R]) -> dict[int, R]:
    """The linked records by Tripletex id (built at C speed: every run looks up 40,000)."""
    values = list(records.values())
    out: dict[Any, R] = dict(zip(map(_TX_ID, values), values, strict=True))
    out.pop(None, None)  # the unlinked (one key for all of them)
    return out
