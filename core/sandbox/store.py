"""The sandbox's records in memory: lookups, cached filtered listings with their versionDigest,
and the writes the admin API makes (each bumps `version` and the change timestamp).

Listings are cached per filter: the sorted ids of a filter are computed once per generation
(every write starts a new one), so a page costs work in proportion to the page only.
"""

from __future__ import annotations

import bisect
import hashlib
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from core.sandbox.data import EMPLOYEE_ID, Dataset, normalise
from core.sandbox.model import COMPUTED, MODELS
from core.sandbox.views import ProjectFacts, customer_view, project_view

OSLO = ZoneInfo("Europe/Oslo")
KINDS = ("customer", "project")
_FIRST_ID = {"customer": 1_000_001, "project": 2_000_001}
_CACHE_MAX = 512


class StoreError(ValueError):
    """An admin write that cannot be made (unknown field, missing reference, a loop...)."""


class NotFound(StoreError):
    """No record of that kind has that id."""


@dataclass
class Meta:
    """When a record was created and last changed, and (projects) closed; epoch seconds."""

    created: float
    changed: float
    closed_at: float | None = None


@dataclass
class Selection:
    """The sorted ids one filter selects; kept up to date by every write (`_touch`)."""

    generation: int
    ids: list[int]
    digest: str | None = None
    keep: Callable[[dict[str, Any], Meta], bool] | None = None  # None: sorted otherwise, dropped


def oslo_timestamp(epoch: float) -> str:
    """`2025-03-12T15:09:57+01:00`, as Tripletex writes change timestamps."""
    return datetime.fromtimestamp(epoch, OSLO).isoformat(timespec="seconds")


class Store:
    """Customers and projects; every method is safe to call from several threads."""

    def __init__(self, ds: Dataset, now: float | None = None, clock_offset: float = 0.0,
                 strict: bool = True) -> None:
        # the sandbox's clock (change times, changedSince, the Date header): this machine's,
        # `clock_offset` seconds off, to show a client whose clock is not Tripletex's
        self.clock_offset = clock_offset
        self.strict = strict  # objects as real Tripletex shows them (core.sandbox.views)
        self.digest_salt = {k: 0 for k in KINDS}  # bumped by the spurious-digest fault
        now = self.now() if now is None else now
        self.lock = threading.RLock()
        self.url_base = "127.0.0.1/v2"
        self.generation = 0
        self.records: dict[str, dict[int, dict[str, Any]]] = {k: {} for k in KINDS}
        self.meta: dict[str, dict[int, Meta]] = {k: {} for k in KINDS}
        self._cache: dict[tuple[str, str], Selection] = {}
        self._children: tuple[int, dict[int, int]] = (-1, {})
        self._facts = ProjectFacts(self.records["project"].get, self.records["customer"].get,
                                   self.sub_project_counts)
        for kind, recs in (("customer", ds.customers), ("project", ds.projects)):
            for rec in recs:
                created_age, changed_age = ds.ages.get((kind, rec["id"]), (0.0, 0.0))
                meta = Meta(now - created_age, now - changed_age)
                if kind == "project" and rec.get("isClosed"):
                    meta.closed_at = meta.changed
                self.records[kind][rec["id"]] = rec
                self.meta[kind][rec["id"]] = meta

    def now(self) -> float:
        """The sandbox's time, epoch seconds (Tripletex's clock, not the client's)."""
        return time.time() + self.clock_offset

    # ---- reads ---------------------------------------------------------------------------

    def get(self, kind: str, rid: int) -> dict[str, Any] | None:
        return self.records[kind].get(rid)

    def select(
        self, kind: str, key: str, keep: Callable[[dict[str, Any], Meta], bool],
        sort_key: Callable[[dict[str, Any]], Any] | None = None,
        among: frozenset[int] | None = None,
    ) -> Selection:
        """The ids `keep` selects (sorted by id, or by `sort_key`), cached under `key`;
        `among` are the only ids that can match (an `id=` filter), looked up directly."""
        with self.lock:
            hit = self._cache.get((kind, key))
            if hit is not None:
                return hit
            recs, metas = self.records[kind], self.meta[kind]
            pool = sorted(recs) if among is None else sorted(i for i in among if i in recs)
            ids = [rid for rid in pool if keep(recs[rid], metas[rid])]
            if sort_key is not None:
                ids.sort(key=lambda rid: sort_key(recs[rid]))
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            sel = Selection(self.generation, ids, keep=keep if sort_key is None else None)
            self._cache[(kind, key)] = sel
            return sel

    def digest(self, kind: str, sel: Selection) -> str:
        """The versionDigest of a selection: changes when any member's version or the
        membership changes."""
        with self.lock:
            if sel.digest is None:
                recs = self.records[kind]
                h = hashlib.sha256(kind.encode())
                for rid in sel.ids:
                    rec = recs.get(rid)
                    h.update(f"{rid}:{rec['version'] if rec else -1},".encode())
                sel.digest = h.hexdigest()[:40]
            return sel.digest

    def sub_project_counts(self) -> dict[int, int]:
        with self.lock:
            gen, counts = self._children
            if gen != self.generation:
                counts = {}
                for rec in self.records["project"].values():
                    parent = rec.get("mainProject")
                    if parent:
                        counts[parent["id"]] = counts.get(parent["id"], 0) + 1
                self._children = (self.generation, counts)
            return counts

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every record as the API shows it with `fields=*` (plus `changes`), sorted by id."""
        with self.lock:
            return {kind + "s": [self.view(kind, self.records[kind][rid], changes=True)
                                 for rid in sorted(self.records[kind])] for kind in KINDS}

    def view(self, kind: str, rec: dict[str, Any], changes: bool = False,
             only: Collection[str] | None = None) -> dict[str, Any]:
        """The full object as Tripletex shows it: references with url, computed properties;
        `only`, when given, the keys wanted (the rest may be left out)."""
        rid = rec["id"]
        if self.strict:
            out = (customer_view(self.url_base, rec, only) if kind == "customer"
                   else project_view(self.url_base, rec, self._facts, only))
            if changes:
                out["changes"] = self.changes(kind, rid)
            return out
        out: dict[str, Any] = {"id": rid, "version": rec["version"],
                               "url": f"{self.url_base}/{kind}/{rid}"}
        for k, v in rec.items():
            if k not in out:
                out[k] = self._ref_url(k, v) if isinstance(v, dict) and "id" in v else v
        if kind == "customer":
            out["displayName"] = rec["name"]
            out["isCustomer"] = True
        else:
            self._project_view(rec, out)
        if changes:
            out["changes"] = self.changes(kind, rid)
        return out

    def changes(self, kind: str, rid: int) -> list[dict[str, Any]]:
        meta = self.meta[kind][rid]
        out = [{"employeeId": EMPLOYEE_ID, "timestamp": oslo_timestamp(meta.created),
                "changeType": "CREATE"}]
        if meta.changed > meta.created:
            out.append({"employeeId": EMPLOYEE_ID, "timestamp": oslo_timestamp(meta.changed),
                        "changeType": "UPDATE"})
        return out

    def _ref_url(self, key: str, ref: dict[str, Any]) -> dict[str, Any]:
        path = {"customer": "customer", "mainProject": "project", "projectManager": "employee",
                "accountManager": "employee", "currency": "currency"}.get(key, key)
        return {**ref, "url": f"{self.url_base}/{path}/{ref['id']}"}

    def _project_view(self, rec: dict[str, Any], out: dict[str, Any]) -> None:
        projects = self.records["project"]
        number = rec.get("number") or ""
        out["displayName"] = f"{number} {rec['name']}".strip()
        cust = rec.get("customer")
        cust_rec = self.records["customer"].get(cust["id"]) if cust else None
        out["customerName"] = cust_rec["name"] if cust_rec else ""
        level, chain, cur = 1, [out["displayName"]], rec.get("mainProject")
        while cur and level < 50:
            parent = projects.get(cur["id"])
            if parent is None:
                break
            level += 1
            chain.append(f"{parent.get('number') or ''} {parent['name']}".strip())
            cur = parent.get("mainProject")
        out["hierarchyLevel"] = level
        out["hierarchyNameAndNumber"] = " / ".join(reversed(chain))
        out["numberOfSubProjects"] = self.sub_project_counts().get(rec["id"], 0)
        out["projectManagerNameAndNumber"] = "Sandra Sandkasse (1)"

    # ---- writes --------------------------------------------------------------------------

    def _check_fields(self, kind: str, fields: dict[str, Any], rid: int | None) -> None:
        bad = sorted(set(fields) - MODELS[kind])
        if bad:
            raise StoreError(f"{', '.join(bad)} is not a Tripletex {kind} field")
        ro = sorted(set(fields) & (COMPUTED[kind] | {"version"}))
        if ro:
            raise StoreError(f"{', '.join(ro)} cannot be set (read-only)")
        if "name" in fields and (not isinstance(fields["name"], str) or not fields["name"].strip()):
            raise StoreError("name must be a non-empty string")
        if kind != "project":
            return
        for key, target in (("customer", "customer"), ("mainProject", "project")):
            ref = fields.get(key)
            if ref is None:
                continue
            if not isinstance(ref, dict) or not isinstance(ref.get("id"), int):
                raise StoreError(f'{key} must be {{"id": N}} or null')
            if ref["id"] not in self.records[target]:
                raise StoreError(f"{key} id {ref['id']} is not a {target}")
        parent = fields.get("mainProject")
        cur = parent["id"] if parent else None
        while cur is not None and rid is not None:
            if cur == rid:
                raise StoreError(f"mainProject {parent['id']} would put project {rid} under itself")
            nxt = self.records["project"].get(cur, {}).get("mainProject")
            cur = nxt["id"] if nxt else None

    def _touch(self, kind: str, rid: int) -> None:
        """After a write of one record: every cached listing of its kind is brought up to date
        for that record alone, as a database index would be (a listing sorted otherwise is
        dropped), so a query after a write costs what it costs before one."""
        self.generation += 1
        rec, meta = self.records[kind].get(rid), self.meta[kind].get(rid)
        for (k, key), sel in list(self._cache.items()):
            if k != kind:
                continue
            if sel.keep is None:
                del self._cache[(k, key)]
                continue
            i = bisect.bisect_left(sel.ids, rid)
            was = i < len(sel.ids) and sel.ids[i] == rid
            now = rec is not None and meta is not None and sel.keep(rec, meta)
            if was and not now:
                sel.ids = sel.ids[:i] + sel.ids[i + 1:]  # a new list: a reader keeps its own
            elif now and not was:
                sel.ids = [*sel.ids[:i], rid, *sel.ids[i:]]
            if was or now:
                sel.digest = None

    def create(self, kind: str, fields: dict[str, Any]) -> dict[str, Any]:
        """A new record (id and number assigned unless given); returns its view."""
        with self.lock:
            fields = dict(fields)
            rid = fields.pop("id", None)
            self._check_fields(kind, fields, None)
            if rid is None:
                rid = max(self.records[kind], default=_FIRST_ID[kind] - 1) + 1
            elif not isinstance(rid, int) or rid <= 0 or rid in self.records[kind]:
                raise StoreError(f"id {rid!r} is taken or not a positive integer")
            if not fields.get("name"):
                raise StoreError("name is required")
            if kind == "project" and not fields.get("number"):
                nums = [int(p["number"]) for p in self.records["project"].values()
                        if str(p.get("number") or "").isdigit()]
                fields["number"] = str(max(nums, default=1000) + 1)
            rec = normalise(kind, {**fields, "id": rid, "version": 0})
            now = self.now()
            self.records[kind][rid] = rec
            self.meta[kind][rid] = Meta(now, now, now if rec.get("isClosed") else None)
            self._touch(kind, rid)
            return self.view(kind, rec)

    def update(self, kind: str, rid: int, fields: dict[str, Any]) -> dict[str, Any]:
        """Change fields of a record; always bumps `version` and the change time."""
        with self.lock:
            old = self.records[kind].get(rid)
            if old is None:
                raise NotFound(f"no {kind} with id {rid}")
            fields = {k: v for k, v in fields.items() if k != "id"}
            self._check_fields(kind, fields, rid)
            rec = {**old, **fields, "version": old["version"] + 1}
            now = self.now()
            meta = self.meta[kind][rid]
            meta.changed = max(now, meta.changed + 1e-6)
            if kind == "project" and rec.get("isClosed") != old.get("isClosed"):
                meta.closed_at = now if rec.get("isClosed") else None
            self.records[kind][rid] = rec  # replaced, never mutated: readers see old or new
            self._touch(kind, rid)
            return self.view(kind, rec)

    def delete(self, kind: str, rid: int) -> None:
        """Remove a record; refused while projects point at it (as Tripletex refuses)."""
        with self.lock:
            if rid not in self.records[kind]:
                raise NotFound(f"no {kind} with id {rid}")
            key = "customer" if kind == "customer" else "mainProject"
            users = sorted(p["id"] for p in self.records["project"].values()
                           if (p.get(key) or {}).get("id") == rid)
            if users:
                shown = ", ".join(map(str, users[:5])) + (" ..." if len(users) > 5 else "")
                raise StoreError(f"{kind} {rid} is used by project(s) {shown}: delete or move "
                                 "them first")
            del self.records[kind][rid]
            del self.meta[kind][rid]
            self._touch(kind, rid)
