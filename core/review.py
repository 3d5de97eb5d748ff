"""Review decisions: link to a local record, create new, ignore (remembered), or later; undo the
last decision; accept every suggestion above a score.

Each function works on a `StoreState` in memory; `decide` and friends wrap them in one store
transaction, so a decision is stored as it is made and a restart continues where the user left.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from core.editor import THREE_LEVELS, Editor
from core.errors import UsageError
from core.models import LocalCustomer, LocalProject, ReviewItem, TxCustomer, TxProject
from core.paths import ProfilePaths
from core.state import StoreState
from core.store import Store

ACTIONS = ("link", "create", "ignore", "later")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _item(state: StoreState, item_id: str) -> ReviewItem:
    item = state.reviews.get(item_id)
    if item is None:
        raise UsageError(f"no review item {item_id!r}", "run `rabbitsync review` to list the items")
    if item.status not in ("pending", "later"):
        raise UsageError(
            f"review item {item_id} is already settled ({item.decision or item.status})",
            "run `rabbitsync review` to list the pending items",
        )
    return item


def _tx(item: ReviewItem) -> TxCustomer | TxProject:
    return TxCustomer(**item.record) if item.kind == "customer" else TxProject(**item.record)


def _scope(state: StoreState, tx: TxCustomer | TxProject) -> tuple[str | None, str | None]:
    """(customer_key, parent_key) of a Tripletex project in local terms."""
    if not isinstance(tx, TxProject):
        return (None, None)
    cust = state.customer_by_tx().get(tx.customer_id) if tx.customer_id else None
    parent = state.project_by_tx().get(tx.main_project_id) if tx.main_project_id else None
    return (cust.key if cust else None, parent.key if parent else None)


def resolve(
    state: StoreState, item_id: str, action: str, local_key: str | None = None
) -> dict[str, Any]:
    """Take one decision; returns the decision record (also appended to `state.decisions`)."""
    if action not in ACTIONS:
        raise UsageError(f"unknown action {action!r}", f"use one of: {', '.join(ACTIONS)}")
    item = _item(state, item_id)
    tx = _tx(item)
    decision: dict[str, Any] = {
        "item": item.item,
        "kind": item.kind,
        "tripletex_id": item.tripletex_id,
        "action": action,
        "local_key": None,
        "at": _now(),
        "previous_status": item.status,
        "sync_before": state.cursor.get("last_run_id"),  # a sync after it makes it final
    }
    editor = Editor(state, run_id=None, now=decision["at"])
    if action == "link":
        table: dict[str, Any] = state.customers if item.kind == "customer" else state.projects
        if not local_key or local_key not in table:
            raise UsageError(
                f"no local {item.kind} {local_key!r}",
                f"give the key of a local {item.kind} (see `rabbitsync export`)",
            )
        target = table[local_key]
        if target.tripletex_id is not None:
            raise UsageError(
                f"{local_key} is already linked to Tripletex {item.kind} {target.tripletex_id}",
                "pick another record, or `create` a new one",
            )
        scope = _scope(state, tx)
        if isinstance(target, LocalProject) and editor.three_levels(target, scope[1]):
            raise UsageError(
                f"{local_key} cannot be linked to Tripletex project {item.tripletex_id}, a "
                f"sub-project there: {THREE_LEVELS}",
                f"link a project without sub-projects, or `rabbitsync review resolve {item.item} "
                "create`",
            )
        decision["before"] = asdict(target)
        editor.link(item.kind, tx, local_key, "manual", scope=scope)
        decision["local_key"] = local_key
    elif action == "create":
        decision["local_key"] = editor.create(item.kind, tx, scope=_scope(state, tx))
    elif action == "ignore":
        state.ignored.add((item.kind, item.tripletex_id))
    if action == "later":
        item.status = "later"
    else:
        item.status, item.decision, item.decided_key = "decided", action, decision["local_key"]
    state.decisions.append(decision)
    return decision


def undo_last(state: StoreState) -> dict[str, Any]:
    """Undo the most recent decision; the item is pending again."""
    if not state.decisions:
        raise UsageError("there is no decision to undo", "")
    decision = state.decisions[-1]
    synced_at = state.cursor.get("synced_at")
    if "sync_before" in decision:  # the last sync when the decision was taken: none since?
        acted_on = state.cursor.get("last_run_id") != decision["sync_before"]
    else:  # a decision stored by an older rabbitsync: by time
        acted_on = bool(synced_at) and synced_at >= decision["at"]
    if acted_on:
        # a sync has acted on it since (linked projects under the record, overwritten its
        # fields): taking it back now would strand what the sync built on it
        raise UsageError(
            f"the decision on {decision['item']} ({decision['action']}) was taken before the last "
            "sync, which has acted on it; it can no longer be undone",
            "nothing was changed; if the decision was wrong, correct the record in the time "
            "tracker (rabbitsync has no unlink yet)",
        )
    item = state.reviews.get(decision["item"])
    kind, key, action = decision["kind"], decision.get("local_key"), decision["action"]
    table: dict[str, Any] = state.customers if kind == "customer" else state.projects
    if action == "create" and key in table:
        users = [p.key for p in state.projects.values() if key in (p.customer_key, p.parent_key)]
        if users:
            raise UsageError(
                f"{key} was created by this decision and is now used by {len(users)} project(s)",
                "the decision cannot be undone; link or archive the records instead",
            )
        del table[key]
    elif action == "link" and key in table and decision.get("before"):
        cls = LocalCustomer if kind == "customer" else LocalProject
        table[key] = cls(**decision["before"])
    elif action == "ignore":
        state.ignored.discard((kind, decision["tripletex_id"]))
    if item is not None:
        item.status = "pending" if action != "later" else decision.get("previous_status", "pending")
        item.decision = item.decided_key = None
    state.decisions.pop()
    state.drop_indexes()  # a record removed or put back as it was
    return decision


def suggestions_above(state: StoreState, threshold: float) -> list[tuple[ReviewItem, str]]:
    """Pending items whose best candidate scores at least `threshold` and is still free (and not
    the best candidate of another such item): (item, local_key) pairs."""
    linked_c = {c.key for c in state.customers.values() if c.tripletex_id is not None}
    linked_p = {p.key for p in state.projects.values() if p.tripletex_id is not None}
    picks: dict[tuple[str, str], list[ReviewItem]] = {}
    for item in state.pending_reviews():
        if not item.candidates:
            continue
        best = item.candidates[0]
        taken = linked_c if item.kind == "customer" else linked_p
        if best.score >= threshold and best.local_key not in taken:
            picks.setdefault((item.kind, best.local_key), []).append(item)
    return [(items[0], key) for (_k, key), items in picks.items() if len(items) == 1]


def accept_all(state: StoreState, threshold: float) -> int:
    """Link every suggestion from `suggestions_above`; returns how many."""
    done = 0
    for item, key in suggestions_above(state, threshold):
        try:
            resolve(state, item.item, "link", key)
            done += 1
        except UsageError:  # (a link that would make three project levels: left for the user)
            continue
    return done


# ---- stored operations ------------------------------------------------------------------------
def decide(paths: ProfilePaths, item_id: str, action: str, local_key: str | None = None) -> dict[str, Any]:
    """`review resolve`: one decision in one store transaction."""
    with Store(paths).transaction() as state:
        return resolve(state, item_id, action, local_key)


def undo(paths: ProfilePaths) -> dict[str, Any]:
    with Store(paths).transaction() as state:
        return undo_last(state)


def accept(paths: ProfilePaths, threshold: float) -> int:
    with Store(paths).transaction() as state:
        return accept_all(state, threshold)
