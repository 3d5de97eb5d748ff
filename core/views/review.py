"""The review list as `rabbitsync review` shows it: each entry and each candidate with what tells
twins apart (number, org number, the customer of a project, how many projects it has) and, for
candidates, the signals that matched (`why`). The JSON keys are DESIGN.md's `review --json`; the
text is the same facts for a person.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from core.models import KINDS, Candidate, ReviewItem
from core.store.state import Decision, StoreState
from core.words import noun, plural


class ReviewView:
    """Counts made once for a listing of many entries."""

    def __init__(self, state: StoreState) -> None:
        self.state = state
        # Tripletex: projects per customer, sub-projects per main project; local: the same
        self.tx_projects_of: Counter[int] = Counter()
        self.tx_subs_of: Counter[int] = Counter()
        for d in state.tx_projects.values():
            if d.get("main_project_id") is not None:
                self.tx_subs_of[d["main_project_id"]] += 1
            elif d.get("customer_id") is not None:
                self.tx_projects_of[d["customer_id"]] += 1
        self.projects_of: Counter[str] = Counter()
        self.subs_of: Counter[str] = Counter()
        for p in state.projects.values():
            if p.parent_key:
                self.subs_of[p.parent_key] += 1
            elif p.customer_key:
                self.projects_of[p.customer_key] += 1

    def item(self, item: ReviewItem) -> dict[str, Any]:
        """One entry in the `review --json` shape, with the added keys."""
        rec = item.record
        out = item.public()
        out["number"] = rec.get("number")
        if item.kind == "customer":
            out["organization_number"] = rec.get("organization_number")
            out["projects"] = self.tx_projects_of.get(item.tripletex_id, 0)
        else:
            cust = self.state.tx_customers.get(rec.get("customer_id") or -1) or {}
            out["customer"] = cust.get("name")
            out["projects"] = self.tx_subs_of.get(item.tripletex_id, 0)
        out["candidates"] = [self.candidate(item, c) for c in item.candidates]
        return out

    def candidate(self, item: ReviewItem, cand: Candidate) -> dict[str, Any]:
        out: dict[str, Any] = {"local_key": cand.local_key, "name": cand.name,
                               "score": round(float(cand.score), 1), "number": cand.number}
        if item.kind == "customer":
            c = self.state.customers.get(cand.local_key)
            out["organization_number"] = c.organization_number if c else cand.organization_number
            out["projects"] = self.projects_of.get(cand.local_key, 0)
        else:
            p = self.state.projects.get(cand.local_key)
            owner = self.state.customers.get(p.customer_key or "") if p else None
            out["customer"] = owner.name if owner else None
            out["projects"] = self.subs_of.get(cand.local_key, 0)
        out["why"] = list(cand.why)
        return out


def review_json(state: StoreState) -> dict[str, Any]:
    """`review --json`."""
    view = ReviewView(state)
    return {"items": [view.item(i) for i in state.pending_reviews()]}


def _facts(d: dict[str, Any], kind: str) -> str:
    """"no. 1001 · org 987654321 · 3 projects" (what is known)."""
    parts = []
    if d.get("number"):
        parts.append(f"no. {d['number']}")
    if kind == "customer" and d.get("organization_number"):
        parts.append(f"org {d['organization_number']}")
    if kind == "project" and d.get("customer"):
        parts.append(f"customer {d['customer']}")
    n = d.get("projects") or 0
    if n:
        parts.append(plural(n, "project" if kind == "customer" else "sub-project"))
    return " · ".join(parts)


def review_text(state: StoreState, shown: int = 3) -> str:
    """`review` as text: each entry, its facts, and its best `shown` candidates with theirs."""
    items = review_json(state)["items"]
    if not items:
        return "No entries to review."
    later = {i.item for i in state.pending_reviews() if i.status == "later"}
    lines = [f"{plural(len(items), 'entry')} to review:"]
    for it in items:
        kind = it["kind"]
        facts = _facts(it, kind)
        # the entry's id is what `review resolve` takes; the Tripletex id tells a person nothing
        lines.append(f"{it['item']:>7}  Tripletex {kind} {it['name']}"
                     + (f"  ({facts})" if facts else "")
                     + ("  (later)" if it["item"] in later else ""))
        lines.append(f"{'':9}{it['reason']}")
        for n, c in enumerate(it["candidates"][:shown], 1):
            facts = _facts(c, kind)
            lines.append(f"{'':9}{n}. {c['score']:5.1f}  {c['local_key']}  {c['name']}"
                         + (f"  ({facts})" if facts else ""))
            if c["why"]:
                lines.append(f"{'':20}why: {', '.join(c['why'])}")
        more = len(it["candidates"]) - shown
        if more > 0:
            lines.append(f"{'':9}… {plural(more, 'more candidate')} (--json lists all)")
    lines.append("Decide with `rabbitsync review resolve ITEM link LOCAL_KEY|create|ignore|later`.")
    return "\n".join(lines)


# ---- decisions in words -------------------------------------------------------------------------
def _tx_words(state: StoreState, kind: str, tx_id: int | None) -> str:
    """'Tripletex customer "Hansen Bygg AS" (no. 1004)'."""
    rec = KINDS[kind].snapshots(state).get(tx_id) if tx_id is not None else None
    if not rec:
        return f"Tripletex {kind} {tx_id}"
    number = f" (no. {rec['number']})" if rec.get("number") else ""
    return f"Tripletex {kind} “{rec.get('name')}”{number}"


def _local_words(state: StoreState, key: str | None, d: Decision | None = None) -> str:
    """'c-18 "Bergen Rorlegger Service"': the name the record had before decision `d` (and the
    one Tripletex gave it, when that differs)."""
    rec = state.customers.get(key or "") or state.projects.get(key or "")
    records = ((d or {}).get("changes") or {}).get("records") or {}
    before = (records.get("customers", {}).get(key or "")
              or records.get("projects", {}).get(key or "") or {})
    name = before.get("name") or (rec.name if rec is not None else None)
    if name is None:
        return f"{key}"
    now = f" (now “{rec.name}”)" if rec is not None and rec.name != name else ""
    return f"{key} “{name}”{now}"


def settled_words(d: Decision) -> str:
    """"; its projects: 2 linked, 1 created, 1 new entry to review" for a decision that settled
    what waited for it ("" when nothing did)."""
    s = d.settled
    parts = [f"{s.count(k)} {k}" for k in ("moved", "linked", "created") if s.count(k)]
    if n := len(s.review):
        parts.append(f"{plural(n, 'new entry')} to review")
    if n := s.count("waiting"):
        parts.append(f"{n} {noun(n, 'waits')} for {noun(n, 'its')} main project's entry")
    if n := s.count("skipped"):
        parts.append(f"{n} not synced (see Browse, skipped)")
    if not parts:
        return ""
    return f"; its {KINDS[d.kind].below}: " + ", ".join(parts)


def decision_words(state: StoreState, d: Decision) -> str:
    """What a decision did, naming both records (the state after it)."""
    tx = _tx_words(state, d.kind, d.tripletex_id)
    if d.action == "link":
        text = f"Linked {tx} to {_local_words(state, d.local_key, d)}"
    elif d.action == "create":
        text = f"Created {_local_words(state, d.local_key)} from {tx}"
    elif d.action == "ignore":
        text = f"Ignored {tx}: it stays out of the registry"
    elif d.action == "later":
        text = f"Put off {tx}: it stays in the list"
    elif d.action == "merge":
        text = (f"Merged {_local_words(state, d.duplicate, d)} into "
                f"{_local_words(state, d.local_key, d)}")
    else:
        text = f"{d.action} {tx}"
    return text + settled_words(d)


def undone_words(state: StoreState, d: Decision) -> str:
    """What an undo took back (`core.sync.review.undo_last`'s answer; the state after it)."""
    if d.undone > 1:
        return f"Undone: the accept-all, {d.undone:,} links; the entries are back in the list"
    tx = _tx_words(state, d.kind, d.tripletex_id)
    if d.action == "link":
        return f"Undone: the link of {tx} to {_local_words(state, d.local_key)}"
    if d.action == "create":
        return f"Undone: {d.local_key} made from {tx} is gone"
    if d.action == "merge":
        return (f"Undone: the merge of {_local_words(state, d.duplicate)} into "
                f"{_local_words(state, d.local_key)}")
    return f"Undone: {d.action} of {tx}"
