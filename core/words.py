"""The words a person reads for the codes the sync keeps, in one place: how a record was linked
(`method_words`: "linked by org number"), what a run did to a record (`ACTION_WORDS`), the
fields it changed (`fields_words`), and counts with the right plural (`plural`: "1 run",
"2 runs"). The CLI, the views and the app all take their words from here; the codes themselves
(`org_number`, `exact_name`, ...) stay what the JSON outputs and the store keep.

No I/O, no Textual; it imports only core.i18n, so every layer may use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from core.i18n import ngettext, number

# ---- counts ---------------------------------------------------------------------------------------
# the words whose plural is not the word and an "s"
_PLURALS = {"entry": "entries", "company": "companies", "candidate": "candidates",
            "sub-project": "sub-projects", "this": "these", "is": "are", "was": "were",
            "waits": "wait", "has": "have", "its": "their"}


def plural_of(word: str) -> str:
    """"run" → "runs", "entry" → "entries", "new entry" → "new entries" (the last word)."""
    head, _, last = word.rpartition(" ")
    many = _PLURALS.get(last)
    if many is None:
        many = last[:-1] + "ies" if last.endswith("y") and last[-2:-1] not in "aeiou" else last + "s"
    return f"{head} {many}" if head else many


def plural(n: int, word: str, many: str | None = None) -> str:
    """`n` and `word`, in the plural unless `n` is 1, in the reader's language: "1 run",
    "2 runs", "1,204 entries" / "1 kjøring", "1 204 oppføringer". The catalog holds `word`
    with its English plural (`many`, else `plural_of`) as one entry with a plural form."""
    return f"{number(n)} {noun(n, word, many)}"


def noun(n: int, word: str, many: str | None = None) -> str:
    """Only the word, for `n` of them: "entry" (1), "entries" (0, 2, ...), translated."""
    return ngettext(word, many or plural_of(word), n)


# ---- how a record was linked ----------------------------------------------------------------------
# `LinkMethod` (core.models): the codes of `sync --json`'s links and of a record's link_method
METHOD_WORDS: dict[str, str] = {
    "existing": "linked before",
    "org_number": "linked by org number",
    "number": "linked by number",
    "exact_name": "linked by exact name",
    "manual": "linked by you",
    "created": "created by the sync",
}


def method_words(method: str | None) -> str:
    """"linked by org number" for `org_number`, and so on (None: a link made before)."""
    if method is None:
        return METHOD_WORDS["existing"]
    return METHOD_WORDS.get(method, f"linked ({method.replace('_', ' ')})")


def by_method(method: str | None) -> str:
    """The method after a link is named: "by org number", "by you", "before"."""
    return method_words(method).removeprefix("linked ")


# ---- what a run did to a record -------------------------------------------------------------------
# an outcome's action (core.sync.result.Outcome) as a verb of the past, and as a dry run's
ACTION_WORDS: dict[str, str] = {
    "created": "created", "linked": "linked", "updated": "updated", "archived": "archived",
    "unarchived": "unarchived", "kept": "kept", "review": "sent",
}
WOULD_WORDS: dict[str, str] = {
    "created": "would create", "linked": "would link", "updated": "would update",
    "archived": "would archive", "unarchived": "would unarchive", "kept": "would keep",
    "review": "would send",
}


def action_words(action: str | None, *, dry_run: bool = False) -> str:
    """"created", "sent" (to review); with `dry_run`, "would create", "would send"."""
    action = action or "?"
    return (WOULD_WORDS if dry_run else ACTION_WORDS).get(action, action)


# ---- fields ---------------------------------------------------------------------------------------
FIELD_WORDS: dict[str, str] = {
    "name": "name", "number": "number", "organization_number": "org number",
    "customer_key": "customer", "parent_key": "main project", "archived": "archived",
    "moved": "moved", "email": "email",
}


def field_words(name: str) -> str:
    """"org number" for `organization_number`."""
    return FIELD_WORDS.get(name, name.replace("_", " "))


def fields_words(names: Iterable[str]) -> str:
    """"name, number, org number"."""
    return ", ".join(field_words(n) for n in names)


# ---- records and totals ---------------------------------------------------------------------------
def named(name: str | None, number: str | None = None, *, fallback: str = "") -> str:
    """"Nilsen Bygg AS (10051)": a record's name with its number, which tells twins apart;
    `fallback` when there is no name."""
    if not name:
        return fallback
    return f"{name} ({number})" if number else name


TOTAL_ACTIONS = ("created", "linked", "updated", "archived")


def totals_words(kind: str, counts: Mapping[str, int] | None, *, unchanged: bool = False) -> str:
    """"85 customers created, 181 linked, 2 updated" (only what is not 0; "no customers
    changed" when nothing is); with `unchanged`, the unchanged ones too."""
    if not isinstance(counts, Mapping):
        return f"{plural_of(kind)}: unknown"
    actions = (*TOTAL_ACTIONS, "unchanged") if unchanged else TOTAL_ACTIONS
    parts = [(int(counts.get(a) or 0), a) for a in actions]
    parts = [(n, a) for n, a in parts if n]
    if kind == "project" and (deep := int(counts.get("skipped_depth") or 0)):
        parts.append((deep, "too deep to sync"))
    if not parts:
        return f"no {plural_of(kind)} changed"
    first_n, first_a = parts[0]
    words = [f"{plural(first_n, kind)} {first_a}"] + [f"{n:,} {a}" for n, a in parts[1:]]
    return ", ".join(words)
