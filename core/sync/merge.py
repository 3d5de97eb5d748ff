"""Repairing a duplicate: `rabbitsync merge DUPLICATE_KEY INTO_KEY`, and the same in the app.

For a registry where a sync created a record beside an older local one (the old one has the
hours, the new one the Tripletex link):

- the older record (INTO) takes over the Tripletex link; linking overwrites its fields with
  Tripletex's values and keeps what they were in the history of overwritten values, as any link
  does;
- the duplicate is archived, unlinked and marked `merged_into` INTO, never deleted;
- its projects (a customer's) or sub-projects (a project's) move to INTO and are matched again
  against INTO's own: a sure match merges the moved one into it, an unclear one goes to review
  (`ReviewItem.merge_from`: "link" merges it into the chosen one, "create" keeps it), and one that
  resembles nothing stays as it is, moved;
- the merge is one decision with a change log (core.sync.changes): `undo` takes it back whole.

Refused with a cause and fix when the two are the same record, of different kinds, linked to
different Tripletex records, already merged, or when a merge would make three project levels.
"""

from __future__ import annotations

from datetime import UTC, datetime

from core.errors import UsageError
from core.i18n import N_, _
from core.matching.match import match_projects
from core.models import KINDS, LocalCustomer, LocalProject, ReviewItem, TxCustomer, TxProject
from core.store.state import Decision, Settled, StoreState
from core.sync.changes import ChangeLog
from core.sync.plan import Planner
from core.text import clean_text

Record = LocalCustomer | LocalProject


_BOTH_LINKED = {
    "customer": N_("both are linked to Tripletex: {duplicate} to customer {duplicate_id}, {into} "
                   "to customer {into_id}; they are two records in Tripletex too"),
    "project": N_("both are linked to Tripletex: {duplicate} to project {duplicate_id}, {into} "
                  "to project {into_id}; they are two records in Tripletex too"),
}
_NOT_IN_SNAPSHOT = {
    "customer": N_("{key}'s Tripletex customer {id} is not in the last sync's records"),
    "project": N_("{key}'s Tripletex project {id} is not in the last sync's records"),
}


def _find(state: StoreState, dup_key: str, into_key: str) -> tuple[str, Record, Record]:
    """(kind, duplicate, into), or a refusal."""
    if dup_key == into_key:
        raise UsageError(_("{key} cannot be merged into itself").format(key=dup_key),
                         _("give the duplicate's key first, then the older record's key"))
    for kind, table in (("customer", state.customers), ("project", state.projects)):
        if dup_key in table and into_key in table:
            return kind, table[dup_key], table[into_key]
    for key in (dup_key, into_key):
        if key not in state.customers and key not in state.projects:
            raise UsageError(_("there is no local record {key!r}").format(key=key),
                             _("see the keys with `rabbitsync export` (or in the app's Browse)"))
    raise UsageError(_("{duplicate} and {into} are not of the same kind (a customer and a "
                       "project)").format(duplicate=dup_key, into=into_key),
                     _("merge a customer into a customer, a project into a project"))


def merge(state: StoreState, dup_key: str, into_key: str) -> Decision:
    """Merge local record `dup_key` into `into_key` (see the module docstring); returns the
    decision record (also appended to `state.decisions`)."""
    kind, dup, into = _find(state, dup_key, into_key)
    for rec in (dup, into):
        if rec.merged_into is not None:
            raise UsageError(_("{key} was already merged into {into}").format(
                key=rec.key, into=rec.merged_into),
                _("merge into {into} instead, or undo that merge first").format(
                    into=rec.merged_into))
    if dup.tripletex_id is not None and into.tripletex_id is not None:
        raise UsageError(
            _(_BOTH_LINKED[kind]).format(duplicate=dup.key, duplicate_id=dup.tripletex_id,
                                         into=into.key, into_id=into.tripletex_id),
            _("nothing was changed; if they are one company, merge them in Tripletex first"),
        )
    snap = KINDS[kind].snapshots(state)
    if dup.tripletex_id is not None and dup.tripletex_id not in snap:
        raise UsageError(_(_NOT_IN_SNAPSHOT[kind]).format(key=dup.key, id=dup.tripletex_id),
                         _("run `rabbitsync sync`, then merge again"))
    if isinstance(dup, LocalProject) and isinstance(into, LocalProject):
        _refuse_three_levels(state, dup, into)
    at = datetime.now(UTC).isoformat(timespec="seconds")
    decision = Decision.new(
        item=dup.key, kind=kind, action="merge", at=at, sync_before=state.cursor.last_run_id,
        tripletex_id=dup.tripletex_id or into.tripletex_id, duplicate=dup.key,
    )
    decision.local_key = into.key
    changes = ChangeLog.start(state)
    planner = Planner(state, run_id=None, now=at)
    planner.edit.changes = changes
    settled = Settled.none()
    _merge(planner, kind, dup, into, settled)
    state.drop_indexes()  # links moved between records
    changes.finish(state)
    decision.settled = settled
    decision["changes"] = changes.to_json()
    state.decisions.append(decision)
    return decision


def _refuse_three_levels(state: StoreState, dup: LocalProject, into: LocalProject) -> None:
    has_subs = any(p.parent_key == dup.key and not p.archived for p in state.projects.values())
    if has_subs and into.parent_key is not None:
        raise UsageError(_("{duplicate} has sub-projects and {into} is a sub-project: the time "
                           "tracker has two project levels").format(duplicate=dup.key,
                                                                    into=into.key),
                         _("merge into a main project instead"))
    tx = state.tx_projects.get(dup.tripletex_id) if dup.tripletex_id is not None else None
    into_has_subs = any(p.parent_key == into.key and not p.archived
                        for p in state.projects.values())
    if tx and tx.get("main_project_id") is not None and into_has_subs:
        raise UsageError(_("{duplicate}'s Tripletex project is a sub-project and {into} has "
                           "sub-projects: the time tracker has two project levels").format(
                               duplicate=dup.key, into=into.key),
                         _("merge into a project without sub-projects"))


def _merge(planner: Planner, kind: str, dup: Record, into: Record, settled: Settled
           ) -> None:
    """Move the link from `dup` to `into`, retire `dup`, and settle what was below `dup`."""
    st = planner.state
    table = KINDS[kind].table
    tx_id = dup.tripletex_id
    planner.edit.touch(table, dup)
    planner.edit.touch(table, into)
    dup.tripletex_id = dup.tripletex_version = None
    dup.archived, dup.merged_into, dup.local_only = True, into.key, False
    if tx_id is not None:
        st.drop_indexes()  # (the kept index still has `dup` for tx_id)
        if kind == "customer":
            planner.edit.link("customer", TxCustomer(**st.tx_customers[tx_id]), into.key, "manual")
        else:
            tx = TxProject(**st.tx_projects[tx_id])
            parent = st.project_by_tx().get(tx.main_project_id) if tx.main_project_id else None
            customer = st.customer_by_tx().get(tx.customer_id) if tx.customer_id else None
            planner.edit.link("project", tx, into.key, "manual", scope=(
                customer.key if customer else into.customer_key, parent.key if parent else None))
    below = [p for p in st.projects.values() if not p.archived and (
        p.customer_key == dup.key and p.parent_key is None if kind == "customer"
        else p.parent_key == dup.key)]
    for moved in sorted(below, key=lambda p: p.key):
        _move(planner, kind, moved, into)
        settled.add("moved")
        _rematch(planner, moved, into, settled)


def _move(planner: Planner, kind: str, p: LocalProject, into: Record) -> None:
    """Move project `p` (and its sub-projects) under `into`."""
    st = planner.state
    planner.edit.touch("projects", p)
    if kind == "customer":
        p.customer_key = into.key
        for sub in st.projects.values():
            if sub.parent_key == p.key:
                planner.edit.touch("projects", sub)
                sub.customer_key = into.key
    else:
        assert isinstance(into, LocalProject)
        p.parent_key, p.customer_key = into.key, into.customer_key


def _rematch(planner: Planner, moved: LocalProject, into: Record, settled: Settled) -> None:
    """Match a moved, linked project against `into`'s own: merge, ask, or leave it."""
    st = planner.state
    if moved.tripletex_id is None or moved.tripletex_id not in st.tx_projects:
        return
    scope = (moved.customer_key, moved.parent_key)
    own = [p for p in st.projects.values() if p.tripletex_id is None and not p.archived
           and (p.customer_key, p.parent_key) == scope and p.key != moved.key]
    if not own:
        return
    tx = TxProject(**st.tx_projects[moved.tripletex_id])
    (m,) = match_projects([tx], own, lambda _t: scope, strip=planner.strip_words)
    if m.local_key is not None:
        target = st.projects[m.local_key]
        _merge(planner, "project", moved, target, settled)
        settled.add("linked")
    elif m.candidates:
        item = ReviewItem(
            item=st.new_key("r"), kind="project", tripletex_id=tx.id, name=clean_text(tx.name),
            reason=f"moved with the merge into {into.key}: is it one of {into.key}'s projects?",
            candidates=list(m.candidates), record=tx.to_dict(), merge_from=moved.key,
        )
        st.reviews[item.item] = item
        if planner.edit.changes is not None:
            planner.edit.changes.made_review(item.item)
        settled.review.append(item.item)


def merge_decided(planner: Planner, item: ReviewItem, action: str, local_key: str | None
                  ) -> Settled:
    """A decision on an entry a merge made (`item.merge_from`): "link" merges the moved project
    into `local_key`; the others keep it as it is."""
    settled = Settled.none()
    st = planner.state
    moved = st.projects.get(item.merge_from or "")
    if action == "link" and moved is not None and local_key is not None:
        target = st.projects.get(local_key)
        if target is None or target.tripletex_id is not None:
            raise UsageError(_("{key} is not a free local project").format(key=local_key),
                             _("pick an unlinked project of the same customer"))
        _refuse_three_levels(st, moved, target)
        _merge(planner, "project", moved, target, settled)
        st.drop_indexes()
    return settled
