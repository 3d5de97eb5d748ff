"""Changes to the local registry that follow Tripletex: link a local record to a Tripletex one,
create one from it, queue it for review, and overwrite a linked record with Tripletex's values.

Each change is recorded: in `PlanResult` (counts, links, per-item outcomes), in the overwritten
local values (`StoreState.overwrites`), in the store's write hint (`WriteHint`), in the kept
indexes (`StoreState.linked`) and, for a user's decision, in its `ChangeLog` (what undo puts
back). Every local record goes through `_touch` before its first change. The planner
(`core.sync.plan`) decides what to change during a sync; a review decision (`core.sync.review`) makes
one change and lets the planner settle what it decided for (a customer's projects).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from core.matching.match import MatchResult
from core.models import KINDS, LocalCustomer, LocalProject, ReviewItem, TxCustomer, TxProject
from core.store.state import Overwrite, StoreState, WriteHint
from core.sync.changes import ChangeLog
from core.text import clean_text

MAX_ITEMS = 5000  # per-item outcomes kept for a run (the history shows them)
THREE_LEVELS = ("under that project it, or a sub-project of its own in the time tracker, would "
                "be a third level; the time tracker has two")


def _counts(*extra: str) -> dict[str, int]:
    out = {k: 0 for k in ("created", "linked", "updated", "archived", "unchanged")}
    out.update({k: 0 for k in extra})
    return out


class Link(dict[str, Any]):
    """A link a run made (or would make): an entry of `sync --json`'s `links`."""

    @classmethod
    def of(cls, kind: str, tripletex_id: int, local_key: str, method: str) -> Link:
        return cls(kind=kind, tripletex_id=tripletex_id, local_key=local_key, method=method)

    @property
    def kind(self) -> str:
        return self["kind"]

    @property
    def local_key(self) -> str:
        return self["local_key"]

    @property
    def method(self) -> str:
        return self["method"]


class Outcome(dict[str, Any]):
    """What became of one record in a run (the history keeps these): `action` is created,
    linked, updated, archived, kept or review, with its details (fields, method, reason, item)."""

    @property
    def kind(self) -> str:
        return self["kind"]

    @property
    def action(self) -> str:
        return self["action"]

    @property
    def tripletex_id(self) -> int | None:
        return self.get("tripletex_id")

    @property
    def local_key(self) -> str | None:
        return self.get("local_key")


@dataclass
class PlanResult:
    """What a run did (or would do, in a dry run)."""

    customers: dict[str, int] = field(default_factory=_counts)
    projects: dict[str, int] = field(default_factory=lambda: _counts("skipped_depth"))
    links: list[Link] = field(default_factory=list)
    items: list[Outcome] = field(default_factory=list)  # per-item outcomes that changed
    new_reviews: list[str] = field(default_factory=list)
    noted: int = 0  # per-item outcomes, also those beyond MAX_ITEMS

    def note(self, kind: str, action: str, tx_id: int | None, key: str | None, **detail: Any) -> None:
        self.noted += 1
        if len(self.items) < MAX_ITEMS:  # the history keeps this many per run
            self.items.append(Outcome(kind=kind, action=action, tripletex_id=tx_id,
                                      local_key=key, **detail))


class Editor:
    """Changes `state` in place and records each change; see the module docstring."""

    def __init__(self, state: StoreState, *, run_id: str | None, now: str) -> None:
        self.state = state
        self.run_id = run_id
        self.now = now
        self.result = PlanResult()
        # the previous snapshot of records that changed in this run: what Tripletex said before
        self.prev: dict[tuple[str, int], dict[str, Any]] = {}
        self._open: dict[tuple[str, int], ReviewItem] | None = None  # see `_review`
        self._parents: Counter[str | None] | None = None  # sub-projects by parent key
        # what this run may change in place, for the store's write (`WriteHint`): the local
        # records it touched (new ones are appended and found by the store) and snapshot ids
        self.hint = WriteHint()
        self.changes: ChangeLog | None = None  # set for a user's decision (see core.sync.changes)

    def _touch(self, table: str, rec: LocalCustomer | LocalProject) -> None:
        """`rec` of `table` ("customers", "projects") is about to change."""
        self.hint.local[table].add(rec.key)
        if self.changes is not None:
            self.changes.record(table, rec)

    def _touch_review(self, item: ReviewItem) -> None:
        """Review entry `item` is about to change."""
        if self.changes is not None:
            self.changes.review(item)

    def _review(self, kind: str, tx_id: int) -> ReviewItem | None:
        """The open review item of a Tripletex record (`StoreState.review_for`, by an index:
        a scan of every item per record made a complete run with many items quadratic)."""
        if self._open is None:
            self._open = {}
            for r in self.state.reviews.values():
                if r.status in ("pending", "later"):
                    self._open.setdefault((r.kind, r.tripletex_id), r)
        return self._open.get((kind, tx_id))

    def _update_customer(self, local: LocalCustomer, tx: TxCustomer) -> str:
        """Overwrite `local` with Tripletex's values. Returns "", "updated" or "archived"."""
        self._touch("customers", local)
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

    def _update_project(
        self, local: LocalProject, tx: TxProject, customer_key: str | None, parent_key: str | None
    ) -> str:
        self._touch("projects", local)
        target = {"name": clean_text(tx.name), "number": tx.number}
        changed = self._overwrite("project", local, tx.id, target)
        outcome = "updated" if changed else ""
        if (local.customer_key != customer_key or local.parent_key != parent_key) and (
            self.three_levels(local, parent_key)
        ):  # (Tripletex moved it under another project; here it has sub-projects of its own)
            self.result.note("project", "kept", tx.id, local.key, reason=THREE_LEVELS)
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
            self.result.note("project", outcome, tx.id, local.key, fields=changed)
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

    def _settle(
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
        self._touch(table, local)
        before, was_local_only = local.tripletex_id, local.local_only
        local.tripletex_id, local.link_method, local.local_only = tx.id, method, False
        local.tripletex_version = None  # (linking: every differing value was the user's own)
        self.state.linked(table, local, before, was_local_only=was_local_only)
        if isinstance(local, LocalCustomer):
            assert isinstance(tx, TxCustomer)
            self._update_customer(local, tx)
        else:
            assert isinstance(tx, TxProject)
            self._update_project(local, tx, scope[0], scope[1])
        self.result.links.append(Link.of(kind, tx.id, key, method))
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
            if self.changes is not None:
                self.changes.made("customers", key)
        else:
            key = st.new_key("p")
            st.projects[key] = new_p = LocalProject(
                key, clean_text(tx.name), tx.number, scope[0], scope[1], tx.id, tx.version,
                method, tx.is_closed, False,
            )
            if self._parents is not None:
                self._parents[scope[1]] += 1
            st.linked("projects", new_p, None, new=True)
            if self.changes is not None:
                self.changes.made("projects", key)
        self.result.links.append(Link.of(kind, tx.id, key, method))
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
        if self.changes is not None:
            self.changes.made_review(item.item)
        if self._open is not None:
            self._open.setdefault((kind, tx.id), item)
        self.result.new_reviews.append(item.item)
        self.result.note(kind, "review", tx.id, None, item=item.item, reason=item.reason)

    def _close_review(self, kind: str, tx_id: int, why: str) -> None:
        item = self._review(kind, tx_id)
        if item is not None:
            self._touch_review(item)
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
