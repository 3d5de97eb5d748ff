"""The review list as `rabbitsync review` shows it: each entry and each candidate with what tells
twins apart (number, org number, the customer of a project, how many projects it has) and, for
candidates, the signals that matched (`why`). The JSON keys are DESIGN.md's `review --json`; the
text is the same facts for a person.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from core.i18n import N_, _, ngettext, number
from core.models import KINDS, Candidate, ReviewItem
from core.store.state import Decision, StoreState
from core.words import plural, reason_words, total_words, why_words

# a Tripletex record in words: by name (and number), or by id when the snapshot lost it
_TX_NAMED = {"customer": N_("Tripletex customer “{name}”"),
             "project": N_("Tripletex project “{name}”")}
_TX_NUMBERED = {"customer": N_("Tripletex customer “{name}” (no. {number})"),
                "project": N_("Tripletex project “{name}” (no. {number})")}
_TX_ID = {"customer": N_("Tripletex customer {id}"), "project": N_("Tripletex project {id}")}
_TX_ENTRY = {"customer": N_("Tripletex customer {name}"),
             "project": N_("Tripletex project {name}")}
_BELOW = {"projects": N_("; its projects: {parts}"),
          "sub-projects": N_("; its sub-projects: {parts}")}


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
        parts.append(_("no. {number}").format(number=d["number"]))
    if kind == "customer" and d.get("organization_number"):
        parts.append(_("org {org}").format(org=d["organization_number"]))
    if kind == "project" and d.get("customer"):
        parts.append(_("customer {name}").format(name=d["customer"]))
    n = d.get("projects") or 0
    if n:
        parts.append(plural(n, "project") if kind == "customer" else plural(n, "sub-project"))
    return " · ".join(parts)


def reason_text(item: ReviewItem | dict[str, Any]) -> str:
    """Why an entry is in review, in the reader's language (the store and `review --json` keep
    it in English)."""
    reason = item.get("reason") if isinstance(item, dict) else item.reason
    return reason_words(reason or "")


def why_text(why: list[str] | tuple[str, ...]) -> str:
    """A candidate's signals, in the reader's language: "same org number, rare word 'nilsen'"
    (`review --json` keeps the English ones)."""
    return ", ".join(why_words(w) for w in why)


def review_text(state: StoreState, shown: int = 3) -> str:
    """`review` as text, in the reader's language: each entry, its facts, and its best `shown`
    candidates with theirs."""
    items = review_json(state)["items"]
    if not items:
        return _("No entries to review.")
    later = {i.item for i in state.pending_reviews() if i.status == "later"}
    lines = [_("{entries} to review:").format(entries=plural(len(items), "entry"))]
    for it in items:
        kind = it["kind"]
        facts = _facts(it, kind)
        # the entry's id is what `review resolve` takes; the Tripletex id tells a person nothing
        entry = _TX_ENTRY.get(kind)
        record = (_(entry).format(name=it["name"]) if entry else f"Tripletex {kind} {it['name']}")
        lines.append(f"{it['item']:>7}  {record}"
                     + (f"  ({facts})" if facts else "")
                     + ("  " + _("(later)") if it["item"] in later else ""))
        lines.append(f"{'':9}{reason_text(it)}")
        for n, c in enumerate(it["candidates"][:shown], 1):
            facts = _facts(c, kind)
            score = number(c["score"], decimals=1)
            lines.append(f"{'':9}{n}. {score:>5}  {c['local_key']}  {c['name']}"
                         + (f"  ({facts})" if facts else ""))
            if c["why"]:
                lines.append(f"{'':20}" + _("why: {signals}").format(signals=why_text(c["why"])))
        more = len(it["candidates"]) - shown
        if more > 0:
            lines.append(f"{'':9}… " + _("{candidates} (--json lists all)").format(
                candidates=plural(more, "more candidate")))
    lines.append(_("Decide with `rabbitsync review resolve ITEM link LOCAL_KEY|create|ignore|"
                   "later`."))
    return "\n".join(lines)


# ---- decisions in words -------------------------------------------------------------------------
def _tx_words(state: StoreState, kind: str, tx_id: int | None) -> str:
    """'Tripletex customer "Hansen Bygg AS" (no. 1004)'."""
    rec = KINDS[kind].snapshots(state).get(tx_id) if tx_id is not None else None
    if not rec:
        by_id = _TX_ID.get(kind)
        return _(by_id).format(id=tx_id) if by_id else f"Tripletex {kind} {tx_id}"
    if kind not in _TX_NAMED:
        number_ = f" (no. {rec['number']})" if rec.get("number") else ""
        return f"Tripletex {kind} “{rec.get('name')}”{number_}"
    if rec.get("number"):
        return _(_TX_NUMBERED[kind]).format(name=rec.get("name"), number=rec["number"])
    return _(_TX_NAMED[kind]).format(name=rec.get("name"))


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
    if rec is not None and rec.name != name:
        return _("{key} “{name}” (now “{now}”)").format(key=key, name=name, now=rec.name)
    return _("{key} “{name}”").format(key=key, name=name)


def settled_words(d: Decision) -> str:
    """"; its projects: 2 linked, 1 created, 1 new entry to review" for a decision that settled
    what waited for it ("" when nothing did)."""
    s = d.settled
    parts = [_("{n} {done}").format(n=number(s.count(k)), done=total_words(k))
             for k in ("moved", "linked", "created") if s.count(k)]
    if n := len(s.review):
        parts.append(_("{entries} to review").format(entries=plural(n, "new entry")))
    if n := s.count("waiting"):
        parts.append(ngettext("{n} waits for its main project's entry",
                              "{n} wait for their main project's entry", n).format(n=number(n)))
    if n := s.count("skipped"):
        parts.append(_("{n} not synced (see Browse, skipped)").format(n=number(n)))
    if not parts:
        return ""
    below = KINDS[d.kind].below
    template = _BELOW.get(below)
    joined = ", ".join(parts)
    if template is None:
        return f"; its {below}: " + joined
    return _(template).format(parts=joined)


def decision_words(state: StoreState, d: Decision) -> str:
    """What a decision did, naming both records (the state after it), in the reader's language."""
    tx = _tx_words(state, d.kind, d.tripletex_id)
    if d.action == "link":
        text = _("Linked {tx} to {local}").format(tx=tx, local=_local_words(state, d.local_key, d))
    elif d.action == "create":
        text = _("Created {local} from {tx}").format(local=_local_words(state, d.local_key), tx=tx)
    elif d.action == "ignore":
        text = _("Ignored {tx}: it stays out of the registry").format(tx=tx)
    elif d.action == "later":
        text = _("Put off {tx}: it stays in the list").format(tx=tx)
    elif d.action == "merge":
        text = _("Merged {duplicate} into {local}").format(
            duplicate=_local_words(state, d.duplicate, d), local=_local_words(state, d.local_key, d))
    else:
        text = f"{d.action} {tx}"
    return text + settled_words(d)


def undone_words(state: StoreState, d: Decision) -> str:
    """What an undo took back (`core.sync.review.undo_last`'s answer; the state after it)."""
    if d.undone > 1:
        return _("Undone: the accept-all, {n} links; the entries are back in the list").format(
            n=number(d.undone))
    tx = _tx_words(state, d.kind, d.tripletex_id)
    if d.action == "link":
        return _("Undone: the link of {tx} to {local}").format(
            tx=tx, local=_local_words(state, d.local_key))
    if d.action == "create":
        return _("Undone: {key} made from {tx} is gone").format(key=d.local_key, tx=tx)
    if d.action == "merge":
        return _("Undone: the merge of {duplicate} into {local}").format(
            duplicate=_local_words(state, d.duplicate), local=_local_words(state, d.local_key))
    return _("Undone: {action} of {tx}").format(action=d.action, tx=tx)
