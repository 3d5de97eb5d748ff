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

from core.i18n import _, number
from core.models import KINDS
from core.store.state import RunRecord, StoreState
from core.words import (
    action_words,
    by_method,
    fields_words,
    named,
    plural,
    reason_words,
    total_words,
    totals_words,
    word,
)


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
        if key:
            return _("with Tripletex id {id} ({key})").format(id=tx_id, key=key)
        return _("with Tripletex id {id}").format(id=tx_id)
    return str(key or "?")


def outcome_words(it: Mapping[str, Any], state: StoreState | None = None, *,
                  dry_run: bool = False) -> str:
    """One outcome as a sentence: what became (or would become) of which record, and why
    (the reason the history keeps in English, told in the reader's language)."""
    kind = word(str(it.get("kind") or "record"))
    action = it.get("action")
    said = {"action": action_words(action, dry_run=dry_run), "kind": kind,
            "record": record_words(it, state)}
    if action == "linked":
        local_name = it.get("local_name")
        method = by_method(it.get("method"))
        if local_name and local_name != it.get("name"):
            return _("{action} {kind} {record} to local {local} ({key}), {method}").format(
                **said, local=local_name, key=it.get("local_key"), method=method)
        return _("{action} {kind} {record}, {method}").format(**said, method=method)
    if action == "kept":  # (a move Tripletex made that would give three project levels)
        text = _("{action} {kind} {record} where it is").format(**said)
    else:
        text = _("{action} {kind} {record}").format(**said)
    fields = list(it.get("fields") or [])
    if "archived" in fields:  # archived: the action says it; updated: it was made active again
        fields = [f for f in fields if f != "archived"]
        if action != "archived":
            fields.append("active again")
    if fields:
        return _("{what}: {fields}").format(what=text, fields=fields_words(fields))
    if action == "review":
        if it.get("reason"):
            text = _("{what} to review: {reason}").format(
                what=text, reason=reason_words(it["reason"]))
        else:
            text = _("{what} to review").format(what=text)
        return text + (f" ({it['item']})" if it.get("item") else "")
    if it.get("reason"):
        return _("{what}: {reason}").format(what=text, reason=reason_words(it["reason"]))
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
            parts.append(_("{n} {done}").format(n=number(n), done=total_words(action)))
    if n := int(s.get("review_pending") or 0):
        parts.append(_("{n} {done}").format(n=number(n), done=total_words("to review")))
    if not parts:
        return _("nothing changed") if s else _("no totals")
    return ", ".join(parts)


def run_totals_long(run: RunRecord) -> str:
    """A run's totals in full: "85 customers created, 181 linked · 12 projects created ·
    4 entries to review"."""
    s = run.summary or {}
    if not s:
        return _("no totals kept for this run")
    parts = [totals_words("customer", _counts(s.get("customers"))),
             totals_words("project", _counts(s.get("projects")))]
    if n := int(s.get("review_pending") or 0):
        parts.append(_("{entries} to review").format(entries=plural(n, "entry")))
    if isinstance(s.get("requests"), int):
        parts.append(_("{requests} to Tripletex").format(
            requests=plural(s["requests"], "request")))
    return " · ".join(parts)


def run_mode(run: RunRecord) -> str:
    """first / full / incremental, and dry run."""
    mode = _("first") if run.first_sync else (_("full") if run.full else _("incr"))
    return _("{mode} dry").format(mode=mode) if run.dry_run else mode
