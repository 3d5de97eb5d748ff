"""Review decisions: link to a local record, create new, ignore (remembered), or later; undo the
last decision; accept every suggestion above a score, twins never.

A decision settles what waits for it at once, without another sync (the snapshot of the last
sync has the records): deciding a customer plans its projects, deciding a main project its
sub-projects. The sure ones link or are created, the unclear ones join the list, and the
decision says how many (`decision["settled"]`). Everything a decision changes is kept in its
`ChangeLog` (core.sync.changes), so undo puts the state back as it was; an accept-all is one batch
and undone as one.

Each function works on a `StoreState` in memory; `decide` and friends wrap them in one store
transaction, so a decision is stored as it is made and a restart continues where the user left.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.errors import UsageError
from core.i18n import N_, _, number
from core.matching.normalize import normalize_name
from core.models import KINDS, LocalProject, ReviewItem, TxCustomer, TxProject
from core.paths import ProfilePaths
from core.store.state import Decision, Settled, StoreState
from core.store.store import Store
from core.sync.changes import ChangeLog
from core.sync.edit import THREE_LEVELS, Editor
from core.sync.merge import merge_decided
from core.sync.plan import Planner
from core.words import plural, reason_words

ACTIONS = ("link", "create", "ignore", "later")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _item(state: StoreState, item_id: str) -> ReviewItem:
    item = state.reviews.get(item_id)
    if item is None:
        raise UsageError(_("no review item {item!r}").format(item=item_id),
                         _("run `rabbitsync review` to list the items"))
    if item.status not in ("pending", "later"):
        raise UsageError(
            _("review item {item} is already settled ({decision})").format(
                item=item_id, decision=item.decision or item.status),
            _("run `rabbitsync review` to list the pending items"),
        )
    return item


def _tx(item: ReviewItem) -> TxCustomer | TxProject:
    return KINDS[item.kind].tx(**item.record)  # type: ignore[no-any-return]


def _scope(state: StoreState, tx: TxCustomer | TxProject) -> tuple[str | None, str | None]:
    """(customer_key, parent_key) of a Tripletex project in local terms."""
    if not isinstance(tx, TxProject):
        return (None, None)
    cust = state.customer_by_tx().get(tx.customer_id) if tx.customer_id else None
    parent = state.project_by_tx().get(tx.main_project_id) if tx.main_project_id else None
    return (cust.key if cust else None, parent.key if parent else None)


def resolve(
    state: StoreState, item_id: str, action: str, local_key: str | None = None, *,
    batch: str | None = None,
) -> Decision:
    """Take one decision and settle what waited for it; returns the decision (also appended to
    `state.decisions`). `batch` groups the decisions that one undo takes back."""
    if action not in ACTIONS:
        raise UsageError(_("unknown action {action!r}").format(action=action),
                         _("use one of: {actions}").format(actions=", ".join(ACTIONS)))
    item = _item(state, item_id)
    decision = Decision.new(
        item=item.item, kind=item.kind, action=action, tripletex_id=item.tripletex_id,
        at=_now(), previous_status=item.status,
        sync_before=state.cursor.last_run_id,  # a sync after it makes it final
    )
    if batch is not None:
        decision["batch"] = batch
    changes = ChangeLog.start(state)
    planner = Planner(state, run_id=None, now=decision.at)
    planner.edit.changes = changes
    changes.review(item)
    if item.merge_from is not None:  # an entry a merge made: the project is there already
        settled = merge_decided(planner, item, action, local_key)
        if action != "later":
            decision.local_key = local_key if action == "link" else item.merge_from
    else:
        decision.local_key = _act(planner, item, action, local_key)
        settled = _settle_below(planner, item) if action != "later" else Settled.none()
    if action == "later":
        item.status = "later"
    else:
        item.status, item.decision, item.decided_key = "decided", action, decision.local_key
        decision.settled = settled
    changes.finish(state)
    decision["changes"] = changes.to_json()
    state.decisions.append(decision)
    return decision


_NO_LOCAL = {"customer": N_("no local customer {key!r}"),
             "project": N_("no local project {key!r}")}
_GIVE_LOCAL = {"customer": N_("give the key of a local customer (see `rabbitsync export`)"),
               "project": N_("give the key of a local project (see `rabbitsync export`)")}
_LINKED_ALREADY = {"customer": N_("{key} is already linked to Tripletex customer {id}"),
                   "project": N_("{key} is already linked to Tripletex project {id}")}


def _act(planner: Planner, item: ReviewItem, action: str, local_key: str | None) -> str | None:
    """Link, create or ignore the Tripletex record of `item`; the local key it now has."""
    state, kind = planner.state, KINDS[item.kind]
    tx = _tx(item)
    if action == "link":
        table = kind.records(state)
        if not local_key or local_key not in table:
            raise UsageError(
                _(_NO_LOCAL[item.kind]).format(key=local_key),
                _(_GIVE_LOCAL[item.kind]),
            )
        target = table[local_key]
        if target.tripletex_id is not None:
            raise UsageError(
                _(_LINKED_ALREADY[item.kind]).format(key=local_key, id=target.tripletex_id),
                _("pick another record, or `create` a new one"),
            )
        scope = _scope(state, tx)
        if isinstance(target, LocalProject) and planner.edit.three_levels(target, scope[1]):
            raise UsageError(
                _("{key} cannot be linked to Tripletex project {id}, a sub-project there: "
                  "{why}").format(key=local_key, id=item.tripletex_id, why=_(THREE_LEVELS)),
                _("link a project without sub-projects, or `rabbitsync review resolve {item} "
                  "create`").format(item=item.item),
            )
        planner.edit.link(item.kind, tx, local_key, "manual", scope=scope)
        return local_key
    if action == "create":
        return planner.edit.create(item.kind, tx, scope=_scope(state, tx))
    if action == "ignore" and (item.kind, item.tripletex_id) not in state.ignored:
        state.ignored.add((item.kind, item.tripletex_id))
        assert planner.edit.changes is not None
        planner.edit.changes.ignored((item.kind, item.tripletex_id))
    return None


def _settle_below(planner: Planner, item: ReviewItem) -> Settled:
    """Plan the projects that waited for `item` (a customer's projects, a main project's
    sub-projects) now that it is decided; what became of them, in figures."""
    st = planner.state
    if item.kind == "customer":
        below = {i for i, d in st.tx_projects.items() if d.get("customer_id") == item.tripletex_id}
        customers = {item.tripletex_id}
    else:
        below = set(planner.edit.children_of(item.tripletex_id))
        customers = set()
    settled = Settled.none()
    if not below:
        return settled
    planner.plan_projects(only=below, customers=customers)
    counts = planner.edit.result.projects
    settled.add("linked", counts["linked"])
    settled.add("created", counts["created"])
    settled.review.extend(planner.edit.result.new_reviews)
    for i in below:
        if (s := st.skipped.get(i)) is not None:
            # a sub-project waits for its main project's entry; the rest are not synced
            settled.add("waiting" if "awaits review" in s.reason else "skipped")
    return settled


def undo_last(state: StoreState) -> Decision:
    """Undo the most recent decision (with what it settled), or the most recent batch of them;
    the entries are pending again. Returns the (last) decision undone, with `undone`: how many."""
    if not state.decisions:
        raise UsageError(_("there is no decision to undo"), "")
    last = Decision(state.decisions[-1])
    group = [last]
    if last.get("batch") is not None:
        for d in reversed(state.decisions[:-1]):
            if d.get("batch") != last["batch"]:
                break
            group.append(d)
    for decision in group:
        _refuse_if_acted_on(state, decision)
    for decision in group:  # the newest first
        if "changes" in decision:
            ChangeLog.from_json(decision["changes"]).undo(state)
        else:
            _undo_stored_by_an_older_rabbitsync(state, decision)
        state.decisions.pop()
    return Decision({**last, "undone": len(group)})


def _refuse_if_acted_on(state: StoreState, decision: dict[str, Any]) -> None:
    synced_at = state.cursor.synced_at
    if "sync_before" in decision:  # the last sync when the decision was taken: none since?
        acted_on = state.cursor.last_run_id != decision["sync_before"]
    else:  # a decision stored by an older rabbitsync: by time
        acted_on = bool(synced_at) and synced_at >= decision["at"]
    if acted_on:
        # a sync has acted on it since (linked projects under the record, overwritten its
        # fields): taking it back now would strand what the sync built on it
        raise UsageError(
            _("the decision on {item} ({action}) was taken before the last sync, which has acted "
              "on it; it can no longer be undone").format(
                item=decision["item"], action=decision["action"]),
            _("nothing was changed; if a link is wrong, repair it with `rabbitsync merge` or in "
              "the time tracker"),
        )


def _undo_stored_by_an_older_rabbitsync(state: StoreState, decision: dict[str, Any]) -> None:
    """Undo a decision stored without its change log (it settled nothing below it)."""
    item = state.reviews.get(decision["item"])
    kind, key, action = decision["kind"], decision.get("local_key"), decision["action"]
    table = KINDS[kind].records(state)
    if action == "create" and key in table:
        users = [p.key for p in state.projects.values() if key in (p.customer_key, p.parent_key)]
        if users:
            raise UsageError(
                _("{key} was created by this decision and is now used by {projects}").format(
                    key=key, projects=plural(len(users), "project")),
                _("the decision cannot be undone; link or archive the records instead"),
            )
        del table[key]
    elif action == "link" and key in table and decision.get("before"):
        table[key] = KINDS[kind].local(**decision["before"])
    elif action == "ignore":
        state.ignored.discard((kind, decision["tripletex_id"]))
    if item is not None:
        item.status = "pending" if action != "later" else decision.get("previous_status", "pending")
        item.decision = item.decided_key = None
    state.drop_indexes()  # a record removed or put back as it was


# ---- accept all -------------------------------------------------------------------------------
@dataclass(frozen=True)
class AcceptPlan:
    """What "accept all above a score" would do: the links it makes ((item, local key) pairs)
    and the entries it leaves for the user, with why."""

    links: list[tuple[ReviewItem, str]]
    skipped: list[tuple[ReviewItem, str]]


def twin_reason(item: ReviewItem) -> str | None:
    """Why `item` may be a twin that only the user can tell apart, or None."""
    if "share" in item.reason:
        return item.reason
    cands = item.candidates
    if len(cands) >= 2:
        if cands[0].score == cands[1].score:
            return "its best candidates score the same"
        if normalize_name(cands[0].name).base == normalize_name(cands[1].name).base:
            return "two candidates have the same name"
    return None


def accept_plan(state: StoreState, threshold: float) -> AcceptPlan:
    """Pending entries whose best candidate scores at least `threshold`, is still free, is not
    the best candidate of another such entry, and is no twin (`twin_reason`)."""
    linked = {"customer": {c.key for c in state.customers.values() if c.tripletex_id is not None},
              "project": {p.key for p in state.projects.values() if p.tripletex_id is not None}}
    picks: dict[tuple[str, str], list[ReviewItem]] = {}
    skipped: list[tuple[ReviewItem, str]] = []
    levels = Editor(state, run_id=None, now="")  # (its three_levels, for project links)
    for item in state.pending_reviews():
        if not item.candidates or item.candidates[0].score < threshold:
            continue
        best = item.candidates[0]
        if (why := twin_reason(item)) is not None:
            skipped.append((item, reason_words(why)))
        elif best.local_key in linked[item.kind]:
            skipped.append((item, _("{key} is already linked").format(key=best.local_key)))
        elif item.kind == "project" and _three_levels(levels, state, item, best.local_key):
            skipped.append((item, _("{key} there would be a third project level").format(
                key=best.local_key)))
        else:
            picks.setdefault((item.kind, best.local_key), []).append(item)
    links = []
    for (_kind, key), items in picks.items():
        if len(items) == 1:
            links.append((items[0], key))
        else:
            skipped += [(i, _("{key} is the best candidate of {n} entries").format(
                key=key, n=number(len(items)))) for i in items]
    order = {r.item: n for n, r in enumerate(state.pending_reviews())}
    skipped.sort(key=lambda s: order[s[0].item])
    return AcceptPlan(links, skipped)


def _three_levels(editor: Editor, state: StoreState, item: ReviewItem, key: str) -> bool:
    target = state.projects.get(key)
    tx = _tx(item)
    return target is not None and editor.three_levels(target, _scope(state, tx)[1])


def new_batch() -> str:
    return "b-" + uuid.uuid4().hex[:8]


def link_all(state: StoreState, links: list[tuple[ReviewItem, str]], batch: str
             ) -> list[Decision]:
    """Link each (item, local key) of an `AcceptPlan` as one batch; the decisions made."""
    return [resolve(state, item.item, "link", key, batch=batch) for item, key in links]


# ---- stored operations ------------------------------------------------------------------------
def decide(paths: ProfilePaths, item_id: str, action: str, local_key: str | None = None) -> Decision:
    """`review resolve`: one decision in one store transaction."""
    with Store(paths).transaction() as state:
        return resolve(state, item_id, action, local_key)
