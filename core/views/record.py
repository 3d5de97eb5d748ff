"""One record of the registry as Browse's detail shows it: every field, its link to Tripletex in
words, the local values Tripletex's values overwrote, and its projects (or sub-projects).
No I/O, no Textual."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.i18n import _, stamp
from core.models import LocalCustomer, LocalProject
from core.store.state import StoreState
from core.views.registry import link_state
from core.words import field_words, reason_words, word


@dataclass(frozen=True)
class RecordFacts:
    title: str  # "Customer c-14" / "Project p-3" / "Skipped Tripletex project 2000031"
    fields: list[tuple[str, str]]  # (label, value), every field
    overwrites: list[tuple[str, str, str, str]] = field(default_factory=list)  # when, what, old, new
    below: list[tuple[str, str, str]] = field(default_factory=list)  # key, name, state
    below_label: str = ""  # "Projects", "Sub-projects"


def _value(v: Any) -> str:
    return "—" if v is None or v == "" else str(v)


def _named(state: StoreState, key: str | None) -> str:
    """A local key with its record's name: `c-14 “Fjordkraft AS”`."""
    if not key:
        return "—"
    rec = state.customers.get(key) or state.projects.get(key)
    return _("{key} “{name}”").format(key=key, name=rec.name) if rec is not None else key


def record_facts(state: StoreState, key: str) -> RecordFacts | None:
    """The facts of local record `key`, or of skipped Tripletex project `tx-<id>`; None when
    there is no such record."""
    if key.startswith("tx-"):
        skipped = state.skipped.get(int(key[3:])) if key[3:].isdigit() else None
        if skipped is None:
            return None
        return RecordFacts(
            _("Skipped Tripletex project {id}").format(id=skipped.tripletex_id), [
                (word("name"), skipped.name), (_("path in Tripletex"), _value(skipped.path)),
                (_("why not synced"), reason_words(skipped.reason))])
    rec: LocalCustomer | LocalProject | None = state.customers.get(key) or state.projects.get(key)
    if rec is None:
        return None
    is_customer = isinstance(rec, LocalCustomer)
    rows: list[tuple[str, str]] = [(_("key"), rec.key), (word("name"), rec.name),
                                   (word("number"), _value(rec.number))]
    if isinstance(rec, LocalCustomer):
        rows.append((_("org. number"), _value(rec.organization_number)))
    else:
        rows.append((word("customer"), _named(state, rec.customer_key)))
        if rec.parent_key:
            rows.append((word("main project"), _named(state, rec.parent_key)))
    rows.append(("Tripletex", link_state(rec)))
    if rec.tripletex_id is not None:
        rows.append((_("Tripletex id"), str(rec.tripletex_id)))
    if rec.merged_into:
        rows.append((_("merged"), _("a duplicate merged into {record}").format(
            record=_named(state, rec.merged_into))))
    merged_here = [r for r in (state.customers if is_customer else state.projects).values()
                   if r.merged_into == rec.key]
    for dup in merged_here:
        rows.append((_("merged in"), _("{key} “{name}” (a duplicate, archived)").format(
            key=dup.key, name=dup.name)))
    overwrites = [
        (stamp(o.at), field_words(o.field),
         _named(state, o.old) if o.field.endswith("_key") else _value(o.old),
         _named(state, o.new) if o.field.endswith("_key") else _value(o.new))
        for o in reversed(state.overwrites) if o.local_key == rec.key
    ]
    if isinstance(rec, LocalCustomer):
        below = [p for p in state.projects.values() if p.customer_key == rec.key and not p.parent_key]
        label = _("Projects")
    else:
        below = [p for p in state.projects.values() if p.parent_key == rec.key]
        label = _("Sub-projects")
    below.sort(key=lambda p: (p.name.casefold(), p.key))
    if is_customer:
        title = _("Customer {key}")
    else:
        title = _("Sub-project {key}") if getattr(rec, "parent_key", None) else _("Project {key}")
    return RecordFacts(title.format(key=rec.key), rows, overwrites,
                       [(p.key, p.name, link_state(p)) for p in below], label)
