"""A run's outcomes in words, as History, the Sync log and `rabbitsync sync` show them: each
record by its name and number ("created customer Nilsen Bygg AS (10051)", "linked customer
Nilsen Bygg AS (10051) to local Nilsen Bygg (c-1), by org number"), and the run's totals with
their labels ("85 customers created, 181 linked").

An outcome (core.sync.result.Outcome) made since runs kept names carries the record's name and
number; an older one has only ids, and its names are looked up in the state at display time (the
local record by key, then Tripletex's record in the snapshot: dict lookups, fast for 40,000
records), else the ids are shown. No I/O, no Textual.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.models import KINDS
from core.store.state import RunRecord, StoreState
from core.words import action_words, by_method, fields_words, named, plural, totals_words


def record_words(it: Mapping[str, Any], state: StoreState | None = None) -> str:
    """The record of outcome `it`: "Nilsen Bygg AS (10051)", or its ids when the name is lost."""
    name, number = it.get("name"), it.get("number")
    kind, key, tx_id = it.get("kind"), it.get("local_key"), it.get("tripletex_id")
    if not name and state is not None:
        info = KINDS.get(kind or "", KINDS["project"])
        local = info.records(state).get(key or "")
        if local is not None:
            name, number = local.name, local.number
        else:
            snap = info.snapshots(state)
            rec = snap.get(tx_id) if isinstance(tx_id, int) else None
            if rec:
                name, number = rec.get("name"), rec.get("number")
    if name:
        return named(name, number)
    if tx_id is not None:
        return f"with Tripletex id {tx_id}" + (f" ({key})" if key else "")
    return str(key or "?")


def outcome_words(it: Mapping[str, Any], state: StoreState | None = None, *,
                  dry_run: bool = False) -> str:
    """One outcome as a sentence: what became (or would become) of which record, and why."""
    kind = str(it.get("kind") or "record")
    action = it.get("action")
    text = f"{action_words(action, dry_run=dry_run)} {kind} {record_words(it, state)}"
    if action == "linked":
        local_name = it.get("local_name")
        if local_name and local_name != it.get("name"):
            text += f" to local {local_name} ({it.get('local_key')})"
        return text + f", {by_method(it.get('method'))}"
    if action == "kept":  # (a move Tripletex made that would give three project levels)
        text += " where it is"
    fields = list(it.get("fields") or [])
    if "archived" in fields:  # archived: the action says it; updated: it was made active again
        fields = [f for f in fields if f != "archived"]
        if action != "archived":
            fields.append("active again")
    if fields:
        return text + f": {fields_words(fields)}"
    if action == "review":
        return text + " to review" + (f": {it['reason']}" if it.get("reason") else "") + (
            f" ({it['item']})" if it.get("item") else "")
    if it.get("reason"):
        return text + f": {it['reason']}"
    return text


def _counts(d: Any) -> Mapping[str, int]:
    return d if isinstance(d, Mapping) else {}


def run_totals(run: RunRecord) -> str:
    """A run's totals on one short line, customers and projects together, with labels:
    "85 created, 181 linked, 4 to review" ("nothing changed" when nothing did)."""
    s = run.summary or {}
    c, p = _counts(s.get("customers")), _counts(s.get("projects"))
    parts = []
    for action in ("created", "linked", "updated", "archived"):
        n = int(c.get(action) or 0) + int(p.get(action) or 0)
        if n:
            parts.append(f"{n:,} {action}")
    if n := int(s.get("review_pending") or 0):
        parts.append(f"{n:,} to review")
    if not parts:
        return "nothing changed" if s else "no totals"
    return ", ".join(parts)


def run_totals_long(run: RunRecord) -> str:
    """A run's totals in full: "85 customers created, 181 linked · 12 projects created ·
    4 entries to review"."""
    s = run.summary or {}
    if not s:
        return "no totals kept for this run"
    parts = [totals_words("customer", _counts(s.get("customers"))),
             totals_words("project", _counts(s.get("projects")))]
    if n := int(s.get("review_pending") or 0):
        parts.append(f"{plural(n, 'entry')} to review")
    if isinstance(s.get("requests"), int):
        parts.append(plural(s["requests"], "request") + " to Tripletex")
    return " · ".join(parts)


def run_mode(run: RunRecord) -> str:
    """first / full / incremental, and dry run."""
    mode = "first" if run.first_sync else ("full" if run.full else "incr")
    return mode + (" dry" if run.dry_run else "")
