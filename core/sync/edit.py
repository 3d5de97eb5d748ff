"""Changes to the local registry that follow Tripletex: link a local record to a Tripletex one,
create one from it, queue it for review, and overwrite a linked record with Tripletex's values.

Each change is recorded: in `PlanResult` (counts, links, per-item outcomes), in the overwritten
local values (`StoreState.overwrites`), in the store's write hint (`WriteHint`), in the kept
indexes (`StoreState.linked`) and, for a user's decision, in its `ChangeLog` (what undo puts
back). Every local record goes through `touch` before its first change; the snapshots of
Tripletex's records (`absorb_customers`, `absorb_projects`) and the index of sub-projects change
here too, so that the editor is the one writer of what the store's write hint names. The planner
(`core.sync.plan`) decides what to change during a sync; a review decision (`core.sync.review`) makes
one change and lets the planner settle what it decided for (a customer's projects).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from core.matching.hierarchy import children_index, unlink_child
from core.matching.match import MatchResult
from core.models import KINDS, LocalCustomer, LocalProject, ReviewItem, TxCustomer, TxProject
from core.store.state import Overwrite, StoreState, WriteHint, kept_index
from core.sync.changes import ChangeLog
from core.sync.result import Link, PlanResult
from core.text import clean_text

THREE_LEVELS = ("under that project it, or a sub-project of its own in the time tracker, would "
                "be a third level; the time tracker has two")


class Editor:
    """Changes `state` in place and records each change; see the module docstring."""

    def __init__(self, state: StoreState, *, run_id: str | None, now: str) -> None:
        self.state = state
        self.run_id = run_id
        self.now = now
        self.result = PlanResult()
        # the previous snapshot of records that changed in this run: what Tripletex said before
        self.prev: dict[tuple[str, int], dict[str, Any]] = {}
        self._open: dict[tuple[str, int], ReviewItem] | None = None  # see `open_review`
        self._parents: Counter[str | None] | None = None  # sub-projects by parent key
        # what this run may change in place, for the store's write (`WriteHint`): the local
        # records it touched (new ones are appended and found by the store) and snapshot ids
        self.hint = WriteHint()
        self.changes: ChangeLog | None = None  # set for a user's decision (see core.sync.changes)
        # the records fetched in this run, as objects (the snapshot holds them as dicts)
        self._fetched_c: dict[int, TxCustomer] = {}
        self._fetched_p: dict[int, TxProject] = {}

    def tx_customer(self, tx_id: int) -> TxCustomer:
        got = self._fetched_c.get(tx_id)
        return got if got is not None else TxCustomer(**self.state.tx_customers[tx_id])

    def tx_project(self, tx_id: int) -> TxProject:
        got = self._fetched_p.get(tx_id)
        return got if got is not None else TxProject(**self.state.tx_projects[tx_id])

    # ---- the snapshots of Tripletex ------------------------------------------------------------------------
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

    def sub_projects(self) -> dict[int, set[int]]:
        """The snapshot's sub-projects by main project (kept: see `Indexes`)."""
        st = self.state
        kept = st.indexes.children = kept_index(
            st.indexes.children, lambda: children_index(st.tx_projects), "index of sub-projects"
        )
        return kept

    def children_of(self, tx_id: int) -> set[int]:
        """The sub-projects of Tripletex project `tx_id` in the snapshot."""
        return self.sub_projects().get(tx_id, set())

    # ---- the local registry ---------------------------------------------------------------
    def touch(self, table: str, rec: LocalCustomer | LocalProject) -> None:
        """`rec` of `table` ("customers", "projects") is about to change."""
        self.hint.local[table].add(rec.key)
        if self.changes is not None:
            self.changes.record(table, rec)

    def touch_review(self, item: ReviewItem) -> None:
        """Review entry `item` is about to change."""
        if self.changes is not None:
            self.changes.review(item)

    def open_review(self, kind: str, tx_id: int) -> ReviewItem | None:
        """The open review item of a Tripletex record (`StoreState.review_for`, by an index:
        a scan of every item per record made a complete run with many items quadratic)."""
        if self._open is None:
            self._open = {}
            for r in self.state.reviews.values():
                if r.status in ("pending", "later"):
                    self._open.setdefault((r.kind, r.tripletex_id), r)
        return self._open.get((kind, tx_id))

    def open_ids(self, kind: str) -> set[int]:
        """The Tripletex ids of `kind` with an open review item."""
        self.open_review(kind, 0)
        assert self._open is not None
        return {i for k, i in self._open if k == kind}

    def update_customer(self, local: LocalCustomer, tx: TxCustomer) -> str:
        """Overwrite `local` with Tripletex's values. Returns "", "updated" or "archived"."""
        self.touch("customers", local)
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
            self.result.note("customer", outcome, tx.id, local.key, fields=changed,
                             name=local.name, number=local.number)
        return outcome

    def update_project(
        self, local: LocalProject, tx: TxProject, customer_key: str | None, parent_key: str | None
    ) -> str:
        self.touch("projects", local)
        target = {"name": clean_text(tx.name), "number": tx.number}
        changed = self._overwrite("project", local, tx.id, target)
        outcome = "updated" if changed else ""
        if (local.customer_key != customer_key or local.parent_key != parent_key) and (
            self.three_levels(local, parent_key)
        ):  # (Tripletex moved it under another project; here it has sub-projects of its own)
            self.result.note("project", "kept", tx.id, local.key, reason=THREE_LEVELS,
                             name=local.name, number=local.number)
        elif local.customer_key != customer_key or local.parent_key != parent_key:
            changed.append("moved")
            self._moved(local, tx, customer_key, parent_key)
            outcome = "updated"
        if local.archived != tx.is_closed:
            local.archived = tx.is_closed
            outcome = "archived" if tx.is_closed else "updated"
            changed.append("archived")
        local.tripletex_version = tx.version
        if changed:
            self.result.note("project", outcome, tx.id, local.key, fields=changed,
                             name=local.name, number=local.number)
        return outcome

    def _moved(self, local: LocalProject, tx: TxProject, customer_key: str | None,
               parent_key: str | None) -> None:
        """Put `local` where Tripletex has it; its place, when it was the user's own (a local
        move since the last sync, or a record being linked), is kept as overwritten values."""
        last = self.prev.get(("project", tx.id)) or self.state.tx_projects.get(tx.id) or {}
        was_c = self.state.customer_by_tx().get(last.get("customer_id"))  # type: ignore[arg-type]
        was_p = self.state.project_by_tx().get(last.get("main_project_id"))  # type: ignore[arg-type]
        said = {"customer_key": was_c.key if was_c else None,
                "parent_key": was_p.key if was_p else None}
        linking = local.tripletex_version is None
        for name, new in (("customer_key", customer_key), ("parent_key", parent_key)):
            old = getattr(local, name)
            if old != new and (linking or old != said[name]):
                self.state.overwrites.append(
                    Overwrite(self.now, self.run_id, "project", local.key, tx.id, name, old, new))
        if self._parents is not None:
            self._parents[local.parent_key] -= 1
            self._parents[parent_key] += 1
        local.customer_key, local.parent_key = customer_key, parent_key

    def three_levels(self, local: LocalProject, parent_key: str | None) -> bool:
        """Whether putting `local` under `parent_key` makes three project levels: it has
        sub-projects of its own, or the parent is itself a sub-project."""
        if parent_key is None or local.parent_key == parent_key:
            return False
        if self._parents is None:  # (made once, when first needed: 30,000 projects)
            self._parents = Counter(p.parent_key for p in self.state.projects.values())
        parent = self.state.projects.get(parent_key)
        return self._parents[local.key] > 0 or (parent is not None and parent.parent_key is not None)

    def settle(
        self,
        kind: str,
        tx: TxCustomer | TxProject,
        m: MatchResult,
        *,
        scope: tuple[str | None, str | None] = (None, None),
    ) -> None:
        """Link, create or queue one new Tripletex record after matching."""
        counts = getattr(self.result, KINDS[kind].table)
        if kind == "project" and m.local_key is not None and self.three_levels(
                self.state.projects[m.local_key], scope[1]):
            m = MatchResult(tx.id, candidates=m.candidates, reason=THREE_LEVELS)
            self.queue(kind, tx, m)
        elif m.local_key is not None and m.method:
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
        table = KINDS[kind].table
        local: LocalCustomer | LocalProject = getattr(self.state, table)[key]
        self.touch(table, local)
        before, was_local_only = local.tripletex_id, local.local_only
        # (the link is told first, naming the record as Tripletex has it and as the user had
        # it; then what Tripletex's values overwrote)
        name = clean_text(tx.name)
        was = {"local_name": local.name} if local.name != name else {}
        self.result.note(kind, "linked", tx.id, key, method=method, name=name, number=tx.number,
                         **was)
        local.tripletex_id, local.link_method, local.local_only = tx.id, method, False
        local.tripletex_version = None  # (linking: every differing value was the user's own)
        self.state.linked(table, local, before, was_local_only=was_local_only)
        if isinstance(local, LocalCustomer):
            assert isinstance(tx, TxCustomer)
            self.update_customer(local, tx)
        else:
            assert isinstance(tx, TxProject)
            self.update_project(local, tx, scope[0], scope[1])
        self.result.links.append(Link.of(kind, tx.id, key, method))

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
        name = clean_text(tx.name)
        # positional arguments, in the dataclasses' field order (a first sync makes 40,000)
        if isinstance(tx, TxCustomer):
            key = st.new_key("c")
            st.customers[key] = new_c = LocalCustomer(
                key, name, tx.number, tx.organization_number, tx.id, tx.version,
                method, tx.is_inactive, False,
            )
            st.linked("customers", new_c, None, new=True)
            if self.changes is not None:
                self.changes.made("customers", key)
        else:
            key = st.new_key("p")
            st.projects[key] = new_p = LocalProject(
                key, name, tx.number, scope[0], scope[1], tx.id, tx.version,
                method, tx.is_closed, False,
            )
            if self._parents is not None:
                self._parents[scope[1]] += 1
            st.linked("projects", new_p, None, new=True)
            if self.changes is not None:
                self.changes.made("projects", key)
        self.result.links.append(Link.of(kind, tx.id, key, method))
        self.result.note(kind, "created", tx.id, key, name=name, number=tx.number)
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
        if self.changes is not None:
            self.changes.made_review(item.item)
        if self._open is not None:
            self._open.setdefault((kind, tx.id), item)
        self.result.new_reviews.append(item.item)
        self.result.note(kind, "review", tx.id, None, item=item.item, reason=item.reason,
                         name=item.name, number=tx.number)

    def close_review(self, kind: str, tx_id: int, why: str) -> None:
        item = self.open_review(kind, tx_id)
        if item is not None:
            self.touch_review(item)
            item.status = "gone"
            item.reason = why
            assert self._open is not None
            self._open.pop((kind, tx_id), None)

    def archive(self, kind: str, local: LocalCustomer | LocalProject, tx_id: int,
                reason: str) -> bool:
        """Archive `local` (linked to Tripletex's `tx_id`) for `reason`; False if it was."""
        if local.archived:
            return False
        self.touch(KINDS[kind].table, local)
        local.archived = True
        self.result.note(kind, "archived", tx_id, local.key, reason=reason, name=local.name,
                         number=local.number)
        return True

    def gone(self, kind: str, tx_id: int, local: LocalCustomer | LocalProject | None) -> bool:
        """Tripletex's `tx_id` is gone: its local record is archived (True if it was not yet),
        its open review entry closed."""
        why = "gone from Tripletex"
        archived = local is not None and self.archive(kind, local, tx_id, why)
        self.close_review(kind, tx_id, why)
        return archived

    def refresh_review(self, item: ReviewItem, tx: TxCustomer | TxProject) -> None:
        """An open review entry shows Tripletex's record as it is now."""
        if item.record != (new := tx.to_dict()):
            self.touch_review(item)
            item.record, item.name = new, clean_text(tx.name)

    def _overwrite(
        self, kind: str, local: LocalCustomer | LocalProject, tx_id: int, target: dict[str, Any]
    ) -> list[str]:
        """Set `local`'s fields to `target`; record the old values that were the user's own.

        A value is the user's own when the record is being linked now (no version yet) or when it
        differs from what Tripletex said last time (a local edit since the last sync)."""
        linking = local.tripletex_version is None
        snap = KINDS[kind].snapshots(self.state)
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
