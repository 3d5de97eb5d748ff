"""Planning a sync: bring the local registry in line with the Tripletex records seen so far.

The planner works on a `StoreState` in memory and records what it did (counts, links, per-item
outcomes, overwritten local values). It does no I/O: the engine fetches, calls the planner, and
writes the state once (or, for a dry run, throws it away). Every run evaluates the whole Tripletex
snapshot, so a run that was interrupted and repeated converges to the same registry.

Rules (DESIGN.md): an existing link wins; new records are matched by org number, number, exact
name (each unique on both sides), otherwise they go to review with ranked candidates, or are
created when nothing local resembles them. Level-1 projects become projects, level-2 sub-projects;
deeper ones are skipped with their path. Inactive customers and closed projects are archived,
never deleted; local-only records are never touched.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Any

from core.hierarchy import children_index, levels_of, unlink_child, with_descendants
from core.matching import MatchResult, match_customers, match_projects
from core.models import LocalCustomer, LocalProject, ReviewItem, TxCustomer, TxProject
from core.normalize import clean_text
from core.state import Overwrite, Skipped, StoreState, WriteHint, checking

CUSTOMER_FIELDS = ("name", "number", "organization_number")
PROJECT_FIELDS = ("name", "number")
MAX_LEVEL = 2
_KEY = operator.attrgetter("key")
MAX_ITEMS = 5000  # per-item outcomes kept for a run (the history shows them)
DEPTH = "level "  # how the reason of a project skipped for its depth begins


def _counts(*extra: str) -> dict[str, int]:
    out = {k: 0 for k in ("created", "linked", "updated", "archived", "unchanged")}
    out.update({k: 0 for k in extra})
    return out


@dataclass
class PlanResult:
    """What a run did (or would do, in a dry run)."""

    customers: dict[str, int] = field(default_factory=_counts)
    projects: dict[str, int] = field(default_factory=lambda: _counts("skipped_depth"))
    links: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)  # per-item outcomes that changed
    new_reviews: list[str] = field(default_factory=list)
    noted: int = 0  # per-item outcomes, also those beyond MAX_ITEMS

    def note(self, kind: str, action: str, tx_id: int | None, key: str | None, **detail: Any) -> None:
        self.noted += 1
        if len(self.items) < MAX_ITEMS:  # the history keeps this many per run
            self.items.append(
                {"kind": kind, "action": action, "tripletex_id": tx_id, "local_key": key, **detail}
            )


class Planner:
    """Applies Tripletex's records to `state` in place; see the module docstring."""

    def __init__(self, state: StoreState, *, run_id: str | None, now: str) -> None:
        self.state = state
        self.run_id = run_id
        self.now = now
        self.result = PlanResult()
        # the previous snapshot of records that changed in this run: what Tripletex said before
        self.prev: dict[tuple[str, int], dict[str, Any]] = {}
        # the records fetched in this run, as objects (the snapshot holds them as dicts)
        self._fetched_c: dict[int, TxCustomer] = {}
        self._fetched_p: dict[int, TxProject] = {}
        self._open: dict[tuple[str, int], ReviewItem] | None = None  # see `_review`
        # what this run may change in place, for the store's write (`WriteHint`): the local
        # records it touched (new ones are appended and found by the store) and snapshot ids
        self.hint = WriteHint()

    def _review(self, kind: str, tx_id: int) -> ReviewItem | None:
        """The open review item of a Tripletex record (`StoreState.review_for`, by an index:
        a scan of every item per record made a complete run with many items quadratic)."""
        if self._open is None:
            self._open = {}
            for r in self.state.reviews.values():
                if r.status in ("pending", "later"):
                    self._open.setdefault((r.kind, r.tripletex_id), r)
        return self._open.get((kind, tx_id))

    def _tx_customer(self, tx_id: int) -> TxCustomer:
        got = self._fetched_c.get(tx_id)
        return got if got is not None else TxCustomer(**self.state.tx_customers[tx_id])

    def _tx_project(self, tx_id: int) -> TxProject:
        got = self._fetched_p.get(tx_id)
        return got if got is not None else TxProject(**self.state.tx_projects[tx_id])

    # ---- snapshots ------------------------------------------------------------------------
    def absorb_customers(self, fetched: list[TxCustomer], *, listed: set[int] | None) -> set[int]:
        """Merge fetched customers into the snapshot. `listed` is every id a complete listing
        showed (None for a partial one); the others vanished from Tripletex and are returned."""
        snap = self.state.tx_customers
        gone: set[int] = set()
        if listed is not None:
            gone = {i for i in snap if i not in listed}
            for i in gone:
                del snap[i]
        self.hint.tx["tx_customers"].update(gone, (c.id for c in fetched))
        for c in fetched:
            new = c.to_dict()
            if c.id in snap and snap[c.id] != new:
                self.prev[("customer", c.id)] = snap[c.id]
            snap[c.id] = new
            self._fetched_c[c.id] = c
        return gone

    def absorb_projects(self, fetched: list[TxProject], *, listed: set[int] | None) -> set[int]:
        """As `absorb_customers`, for projects."""
        snap = self.state.tx_projects
        children = self.state.indexes.children  # kept up to date here, when made
        gone: set[int] = set()
        if listed is not None:
            gone = {i for i in snap if i not in listed}
            for i in gone:
                old = snap.pop(i)
                if children is not None:
                    unlink_child(children, i, old.get("main_project_id"))
        self.hint.tx["tx_projects"].update(gone, (p.id for p in fetched))
        for p in fetched:
            new = p.to_dict()
            old = snap.get(p.id)
            if old is not None and old != new:
                self.prev[("project", p.id)] = old
            if children is not None:
                parent = None if old is None else old.get("main_project_id")
                if old is None or parent != p.main_project_id:
                    unlink_child(children, p.id, parent)
                    if p.main_project_id is not None:
                        children.setdefault(p.main_project_id, set()).add(p.id)
            snap[p.id] = new
            self._fetched_p[p.id] = p
        return gone

    def _children(self) -> dict[int, set[int]]:
        """The snapshot's sub-projects by main project (kept: see `Indexes`)."""
        st = self.state
        kept = st.indexes.children
        if kept is None or checking():
            made = children_index(st.tx_projects)
            if kept is not None and kept != made:
                raise AssertionError("the kept index of sub-projects differs from the snapshot")
            kept = st.indexes.children = made
        return kept

    # ---- customers --------------------------------------------------------------------------
    def plan_customers(
        self, gone: set[int] = frozenset(), only: set[int] | None = None  # type: ignore[assignment]
    ) -> None:
        """Bring local customers in line with the snapshot: every one, or with `only` just those
        Tripletex ids (the rest are as the last run left them; see `Planner.targeted`)."""
        st, res = self.state, self.result
        counts = res.customers
        linked = st.customer_by_tx()
        fresh: list[TxCustomer] = []
        ids = sorted(st.tx_customers) if only is None else sorted(only & st.tx_customers.keys())
        if only is not None:
            counts["unchanged"] += len((linked.keys() & st.tx_customers.keys()) - only)
        for tx_id in ids:
            tx = self._tx_customer(tx_id)
            local = linked.get(tx_id)
            if local is not None:
                changed = self._update_customer(local, tx)
                if changed == "archived":
                    counts["archived"] += 1
                elif changed:
                    counts["updated"] += 1
                else:
                    counts["unchanged"] += 1
                continue
            if ("customer", tx_id) in st.ignored:
                continue
            item = self._review("customer", tx_id)
            if item is not None:
                item.record = tx.to_dict()
                item.name = clean_text(tx.name)
                continue
            fresh.append(tx)
        for tx_id in sorted(gone):
            local = linked.get(tx_id)
            if local is not None and not local.archived:
                self.hint.local["customers"].add(local.key)
                local.archived = True
                counts["archived"] += 1
                res.note("customer", "archived", tx_id, local.key, reason="gone from Tripletex")
            self._close_review("customer", tx_id, "gone from Tripletex")
        if not fresh:
            return
        unlinked = [c for c in st.customers.values() if c.tripletex_id is None and not c.archived]
        if not unlinked:  # nothing local to match against: each one is new
            for tx in sorted(fresh, key=lambda t: t.id):
                self.create("customer", tx)
                counts["created"] += 1
            return
        by_id = {t.id: t for t in fresh}
        for m in match_customers(fresh, unlinked):
            self._settle("customer", by_id[m.tripletex_id], m)

    def _update_customer(self, local: LocalCustomer, tx: TxCustomer) -> str:
        """Overwrite `local` with Tripletex's values. Returns "", "updated" or "archived"."""
        self.hint.local["customers"].add(local.key)
        target = {
            "name": clean_text(tx.name),
            "number": tx.number,
            "organization_number": tx.organization_number,
        }
        changed = self._overwrite("customer", local, tx.id, target)
        outcome = "updated" if changed else ""
        if local.archived != tx.is_inactive:
            local.archived = tx.is_inactive
            outcome = "archived" if tx.is_inactive else "updated"
            changed.append("archived")
        if local.tripletex_version != tx.version:
            local.tripletex_version = tx.version
        if changed:
            self.result.note("customer", outcome, tx.id, local.key, fields=changed)
        return outcome

    # ---- projects ---------------------------------------------------------------------------
    def plan_projects(
        self, gone: set[int] = frozenset(), only: set[int] | None = None,  # type: ignore[assignment]
        customers: set[int] | None = None,
    ) -> None:
        """As `plan_customers`, for projects. With `only`, their sub-projects are planned too,
        and so are the projects skipped so far whose customer is among `customers` (the ones
        planned in this run), and theirs: what became of a parent or a customer can change them.
        A skipped project whose own record, parents and customer are as they were stays as it
        was (`only` is for runs where nothing else changed since the last; see the engine)."""
        st, res = self.state, self.result
        counts = res.projects
        snap = st.tx_projects
        by_tx = st.customer_by_tx()
        cust_links = dict(zip(by_tx, map(_KEY, by_tx.values()), strict=True))
        proj_links = st.project_by_tx()
        skipped: dict[int, Skipped] = {}
        if only is None:
            todo = list(snap)
        else:
            again = {i for i, s in st.skipped.items()
                     if (snap.get(i) or {}).get("customer_id") in (customers or ())}
            # (the sub-projects of one gone from Tripletex too: their main project is missing)
            todo = [i for i in with_descendants(self._children(), only | gone | again) if i in snap]
            planned = set(todo)
            counts["unchanged"] += len((proj_links.keys() & snap.keys()) - planned)
            skipped = {i: s for i, s in st.skipped.items() if i in snap and i not in planned}
        levels, paths = levels_of(snap, todo)
        fresh: dict[int, list[TxProject]] = {1: [], 2: []}
        # (looked up once: a complete run asks for each of 30,000 projects; neither changes
        # before the new projects are matched, below)
        ignored = {i for kind, i in st.ignored if kind == "project"}
        self._review("project", 0)
        in_review = {i for kind, i in self._open or () if kind == "project"}
        by_level: dict[int | None, list[int]] = {}
        for i in sorted(todo):
            by_level.setdefault(levels.get(i), []).append(i)
        # parents first, so a level-2 project sees what became of its parent in this run
        for tx_id in (i for lv in sorted(by_level, key=lambda v: 99 if v is None else v) for i in by_level[lv]):
            tx = self._tx_project(tx_id)
            local = proj_links.get(tx_id)
            level, cid, pid = levels.get(tx_id), tx.customer_id, tx.main_project_id
            if (cid is None or cid in cust_links) and (level == 1 or level == 2 and (
                pid is None or pid not in skipped and pid not in ignored
                and (pid in proj_links or pid not in in_review)
            )):
                why = None  # the usual case: `_why_not_synced` would say so too
            else:
                why = self._why_not_synced(tx, level, cust_links, proj_links, skipped)
            if why is not None:
                reason, depth = why
                skipped[tx_id] = Skipped(tx_id, clean_text(tx.name), reason, paths.get(tx_id, ""))
                if local is not None and not local.archived:
                    self.hint.local["projects"].add(local.key)
                    local.archived = True
                    counts["archived"] += 1
                    res.note("project", "archived", tx_id, local.key, reason=reason)
                continue
            if local is not None:
                customer_key = cust_links.get(tx.customer_id) if tx.customer_id else None
                parent = proj_links.get(tx.main_project_id) if tx.main_project_id else None
                outcome = self._update_project(local, tx, customer_key, parent.key if parent else None)
                counts[outcome or "unchanged"] += 1
            elif tx_id in ignored:
                continue
            elif tx_id in in_review and (item := self._review("project", tx_id)) is not None:
                item.record, item.name = tx.to_dict(), clean_text(tx.name)
            else:
                fresh[levels[tx_id]].append(tx)
        for tx_id in sorted(gone):
            local = proj_links.get(tx_id)
            if local is not None and not local.archived:
                self.hint.local["projects"].add(local.key)
                local.archived = True
                counts["archived"] += 1
                res.note("project", "archived", tx_id, local.key, reason="gone from Tripletex")
            self._close_review("project", tx_id, "gone from Tripletex")
        # new projects: level 1 first, since a sub-project is matched within its parent
        for level in (1, 2):
            if not fresh[level]:
                continue
            batch, scopes = [], {}
            # (links made for level-1 projects in this run are what a level-2 one needs)
            links = proj_links if level == 1 or not fresh[1] else self.state.project_by_tx()
            for tx in fresh[level]:
                customer_key = cust_links.get(tx.customer_id) if tx.customer_id else None
                parent_key = None
                if level == 2:
                    parent = links.get(tx.main_project_id)  # type: ignore[arg-type]
                    if parent is None:  # its parent went to review in this run
                        reason = "its main project awaits review; synced once that is decided"
                        skipped[tx.id] = Skipped(tx.id, clean_text(tx.name), reason, paths.get(tx.id, ""))
                        continue
                    parent_key = parent.key
                batch.append(tx)
                scopes[tx.id] = (customer_key, parent_key)
            if not batch:
                continue
            unlinked = [p for p in st.projects.values() if p.tripletex_id is None and not p.archived]
            if not unlinked:  # nothing local to match against: each one is new
                for tx in sorted(batch, key=lambda t: t.id):
                    self.create("project", tx, scope=scopes[tx.id])
                    counts["created"] += 1
                continue
            by_id = {t.id: t for t in batch}
            for m in match_projects(batch, unlinked, lambda t, s=scopes: s[t.id]):
                self._settle("project", by_id[m.tripletex_id], m, scope=scopes[m.tripletex_id])
        st.skipped = skipped
        counts["skipped_depth"] = sum(1 for x in skipped.values() if x.reason.startswith(DEPTH))

    def _why_not_synced(
        self,
        tx: TxProject,
        level: int | None,
        cust_links: dict[int, str],
        proj_links: dict[int, LocalProject],
        skipped: dict[int, Skipped],
    ) -> tuple[str, bool] | None:
        """(reason, is_depth) when `tx` is not synced now, else None."""
        st = self.state
        if level is None:
            return ("its main project is not visible in Tripletex (missing or a loop)", False)
        if level > MAX_LEVEL:
            return (f"{DEPTH}{level} in Tripletex; the time tracker has two project levels", True)
        if tx.customer_id is not None and tx.customer_id not in cust_links:
            if ("customer", tx.customer_id) in st.ignored:
                return ("its customer is ignored", False)
            if self._review("customer", tx.customer_id) is not None:
                return ("its customer awaits review; synced once that is decided", False)
            return (f"its customer {tx.customer_id} is not synced", False)
        if level == 2 and tx.main_project_id is not None:
            parent_id = tx.main_project_id
            if parent_id in skipped:
                return (f"its main project is not synced ({skipped[parent_id].reason})", False)
            if ("project", parent_id) in st.ignored:
                return ("its main project is ignored", False)
            if parent_id not in proj_links and self._review("project", parent_id) is not None:
                return ("its main project awaits review; synced once that is decided", False)
        return None

    def _update_project(
        self, local: LocalProject, tx: TxProject, customer_key: str | None, parent_key: str | None
    ) -> str:
        self.hint.local["projects"].add(local.key)
        target = {"name": clean_text(tx.name), "number": tx.number}
        changed = self._overwrite("project", local, tx.id, target)
        outcome = "updated" if changed else ""
        if local.customer_key != customer_key or local.parent_key != parent_key:
            changed.append("moved")
            local.customer_key, local.parent_key = customer_key, parent_key
            outcome = "updated"
        if local.archived != tx.is_closed:
            local.archived = tx.is_closed
            outcome = "archived" if tx.is_closed else "updated"
            changed.append("archived")
        local.tripletex_version = tx.version
        if changed:
            self.result.note("project", outcome, tx.id, local.key, fields=changed)
        return outcome

    # ---- shared -----------------------------------------------------------------------------
    def _settle(
        self,
        kind: str,
        tx: TxCustomer | TxProject,
        m: MatchResult,
        *,
        scope: tuple[str | None, str | None] = (None, None),
    ) -> None:
        """Link, create or queue one new Tripletex record after matching."""
        counts = self.result.customers if kind == "customer" else self.result.projects
        if m.local_key is not None and m.method:
            self.link(kind, tx, m.local_key, m.method, scope=scope)
            counts["linked"] += 1
        elif not m.candidates:
            self.create(kind, tx, scope=scope)
            counts["created"] += 1
        else:
            self.queue(kind, tx, m)

    def link(
        self,
        kind: str,
        tx: TxCustomer | TxProject,
        key: str,
        method: str,
        *,
        scope: tuple[str | None, str | None] = (None, None),
    ) -> None:
        """Link local record `key` to `tx` and overwrite it with Tripletex's values."""
        if kind == "customer":
            assert isinstance(tx, TxCustomer)
            local_c = self.state.customers[key]
            before, was_local_only = local_c.tripletex_id, local_c.local_only
            local_c.tripletex_id, local_c.link_method, local_c.local_only = tx.id, method, False
            local_c.tripletex_version = None
            self.state.linked("customers", local_c, before, was_local_only=was_local_only)
            self._update_customer(local_c, tx)
        else:
            assert isinstance(tx, TxProject)
            local_p = self.state.projects[key]
            before, was_local_only = local_p.tripletex_id, local_p.local_only
            local_p.tripletex_id, local_p.link_method, local_p.local_only = tx.id, method, False
            local_p.tripletex_version = None
            self.state.linked("projects", local_p, before, was_local_only=was_local_only)
            self._update_project(local_p, tx, scope[0], scope[1])
        self.result.links.append(
            {"kind": kind, "tripletex_id": tx.id, "local_key": key, "method": method}
        )
        self.result.note(kind, "linked", tx.id, key, method=method)

    def create(
        self,
        kind: str,
        tx: TxCustomer | TxProject,
        *,
        scope: tuple[str | None, str | None] = (None, None),
        method: str = "created",
    ) -> str:
        """Create a local record from `tx`, linked to it."""
        st = self.state
        # positional arguments, in the dataclasses' field order (a first sync makes 40,000)
        if isinstance(tx, TxCustomer):
            key = st.new_key("c")
            st.customers[key] = new_c = LocalCustomer(
                key, clean_text(tx.name), tx.number, tx.organization_number, tx.id, tx.version,
                method, tx.is_inactive, False,
            )
            st.linked("customers", new_c, None, new=True)
        else:
            key = st.new_key("p")
            st.projects[key] = new_p = LocalProject(
                key, clean_text(tx.name), tx.number, scope[0], scope[1], tx.id, tx.version,
                method, tx.is_closed, False,
            )
            st.linked("projects", new_p, None, new=True)
        self.result.links.append(
            {"kind": kind, "tripletex_id": tx.id, "local_key": key, "method": method}
        )
        self.result.note(kind, "created", tx.id, key)
        return key

    def queue(self, kind: str, tx: TxCustomer | TxProject, m: MatchResult) -> None:
        """Put `tx` in the review queue with its ranked candidates."""
        st = self.state
        item = ReviewItem(
            item=st.new_key("r"),
            kind=kind,  # type: ignore[arg-type]
            tripletex_id=tx.id,
            name=clean_text(tx.name),
            reason=m.reason or "no unique match",
            candidates=list(m.candidates),
            record=tx.to_dict(),
        )
        st.reviews[item.item] = item
        if self._open is not None:
            self._open.setdefault((kind, tx.id), item)
        self.result.new_reviews.append(item.item)
        self.result.note(kind, "review", tx.id, None, item=item.item, reason=item.reason)

    def _close_review(self, kind: str, tx_id: int, why: str) -> None:
        item = self._review(kind, tx_id)
        if item is not None:
            item.status = "gone"
            item.reason = why
            assert self._open is not None
            self._open.pop((kind, tx_id), None)

    def _overwrite(
        self, kind: str, local: LocalCustomer | LocalProject, tx_id: int, target: dict[str, Any]
    ) -> list[str]:
        """Set `local`'s fields to `target`; record the old values that were the user's own.

        A value is the user's own when the record is being linked now (no version yet) or when it
        differs from what Tripletex said last time (a local edit since the last sync)."""
        linking = local.tripletex_version is None
        snap = self.state.tx_customers if kind == "customer" else self.state.tx_projects
        last_seen = self.prev.get((kind, tx_id)) or snap.get(tx_id) or {}
        changed: list[str] = []
        for name, new in target.items():
            old = getattr(local, name)
            if old == new:
                continue
            changed.append(name)
            setattr(local, name, new)
            said = last_seen.get(name)
            if linking or (clean_text(said) if name == "name" and said else said) != old:
                self.state.overwrites.append(
                    Overwrite(self.now, self.run_id, kind, local.key, tx_id, name, old, new)
                )
        return changed
