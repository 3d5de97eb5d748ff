"""The words a person reads for the codes the sync keeps, in one place: how a record was linked
(`method_words`: "linked by org number"), what a run did to a record (`ACTION_WORDS`), the
fields it changed (`fields_words`), and counts with the right plural (`plural`: "1 run",
"2 runs"). The CLI, the views and the app all take their words from here; the codes themselves
(`org_number`, `exact_name`, ...) stay what the JSON outputs and the store keep.

No I/O, no Textual; it imports only core.i18n, so every layer may use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from core.i18n import N_, _, fields_of, ngettext, number

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
    "existing": N_("linked before"),
    "org_number": N_("linked by org number"),
    "number": N_("linked by number"),
    "exact_name": N_("linked by exact name"),
    "manual": N_("linked by you"),
    "created": N_("created by the sync"),
}
# the same after a link is named ("linked ... to local ..., by org number")
BY_METHOD_WORDS: dict[str, str] = {
    "existing": N_("before"),
    "org_number": N_("by org number"),
    "number": N_("by number"),
    "exact_name": N_("by exact name"),
    "manual": N_("by you"),
    "created": N_("created by the sync"),
}


def method_words(method: str | None) -> str:
    """"linked by org number" for `org_number`, and so on (None: a link made before)."""
    if method is None:
        return _(METHOD_WORDS["existing"])
    if method in METHOD_WORDS:
        return _(METHOD_WORDS[method])
    return _("linked ({method})").format(method=method.replace("_", " "))


def by_method(method: str | None) -> str:
    """The method after a link is named: "by org number", "by you", "before"."""
    words = BY_METHOD_WORDS.get(method or "existing")
    if words is None:
        return f"({(method or '').replace('_', ' ')})"
    return _(words)


# ---- what a run did to a record -------------------------------------------------------------------
# an outcome's action (core.sync.result.Outcome) as a verb of the past, and as a dry run's
ACTION_WORDS: dict[str, str] = {
    "created": N_("created"), "linked": N_("linked"), "updated": N_("updated"),
    "archived": N_("archived"), "unarchived": N_("unarchived"), "kept": N_("kept"),
    "review": N_("sent"),
}
WOULD_WORDS: dict[str, str] = {
    "created": N_("would create"), "linked": N_("would link"), "updated": N_("would update"),
    "archived": N_("would archive"), "unarchived": N_("would unarchive"), "kept": N_("would keep"),
    "review": N_("would send"),
}


def action_words(action: str | None, *, dry_run: bool = False) -> str:
    """"created", "sent" (to review); with `dry_run`, "would create", "would send"."""
    action = action or "?"
    words = (WOULD_WORDS if dry_run else ACTION_WORDS).get(action)
    return _(words) if words else action


# ---- fields ---------------------------------------------------------------------------------------
FIELD_WORDS: dict[str, str] = {
    "name": N_("name"), "number": N_("number"), "organization_number": N_("org number"),
    # ("customer" is a counted word: `word` finds its catalog entry)
    "customer_key": "customer", "parent_key": N_("main project"), "archived": N_("archived"),
    "moved": N_("moved"), "email": N_("email"), "active again": N_("active again"),
}


def word(text: str) -> str:
    """One word of ours in the reader's language, whether the catalog holds it alone or as a
    counted word ("customer": "kunde")."""
    got = _(text)
    return got if got != text else ngettext(text, plural_of(text), 1)


def field_words(name: str) -> str:
    """"org number" for `organization_number`."""
    words = FIELD_WORDS.get(name)
    return word(words) if words else name.replace("_", " ")


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
# what a total counts, after the number ("85 customers created, 181 linked")
TOTAL_WORDS: dict[str, str] = {
    "created": N_("created"), "linked": N_("linked"), "updated": N_("updated"),
    "archived": N_("archived"), "unchanged": N_("unchanged"),
    "too deep to sync": N_("too deep to sync"), "to review": N_("to review"),
    "moved": N_("moved"),
}


def total_words(action: str) -> str:
    """"created", "unchanged", "too deep to sync" in the reader's language."""
    words = TOTAL_WORDS.get(action)
    return _(words) if words else action


def totals_words(kind: str, counts: Mapping[str, int] | None, *, unchanged: bool = False) -> str:
    """"85 customers created, 181 linked, 2 updated" (only what is not 0; "no customers
    changed" when nothing is); with `unchanged`, the unchanged ones too."""
    if not isinstance(counts, Mapping):
        return _("{kinds}: unknown").format(kinds=noun(2, kind))
    actions = (*TOTAL_ACTIONS, "unchanged") if unchanged else TOTAL_ACTIONS
    parts = [(int(counts.get(a) or 0), a) for a in actions]
    parts = [(n, a) for n, a in parts if n]
    if kind == "project" and (deep := int(counts.get("skipped_depth") or 0)):
        parts.append((deep, "too deep to sync"))
    if not parts:
        return _("no {kinds} changed").format(kinds=noun(2, kind))
    first_n, first_a = parts[0]
    words = [_("{things} {done}").format(things=plural(first_n, kind), done=total_words(first_a))]
    words += [_("{n} {done}").format(n=number(n), done=total_words(a)) for n, a in parts[1:]]
    return ", ".join(words)


# ---- texts kept in English, told in the reader's language -----------------------------------------
# The store and the JSON outputs keep these sentences in English (a review entry's `reason`, a
# candidate's `why`, a history outcome's reason, a skipped project's reason, a run's warnings);
# a view tells them in the reader's language (`reason_words`, `why_words`). The templates are
# the English sentences as core.sync and core.matching write them, with their fields.
REASONS: tuple[str, ...] = (
    N_("no unique match"),
    N_("no unique match: the best candidates score the same"),
    N_("{n} Tripletex customers share this {label}"),
    N_("{n} Tripletex projects share this {label}"),
    N_("{n} local customers share this {label} ({taken} is linked to another Tripletex record "
       "for sure)"),
    N_("{n} local customers share this {label} ({taken} are linked to another Tripletex record "
       "for sure)"),
    N_("{n} local projects share this {label} ({taken} is linked to another Tripletex record "
       "for sure)"),
    N_("{n} local projects share this {label} ({taken} are linked to another Tripletex record "
       "for sure)"),
    N_("{n} local customers share this {label}"),
    N_("{n} local projects share this {label}"),
    N_("same {label} but the org numbers differ"),
    N_("same number but the names differ"),
    N_("same name but a different legal form"),
    N_("{name} ({ident}) matches more than one Tripletex customer: {names}"),
    N_("{name} ({ident}) matches more than one Tripletex project: {names}"),
    N_("under that project it, or a sub-project of its own in the time tracker, would be a third "
       "level; the time tracker has two"),
    N_("gone from Tripletex"),
    N_("moved with the merge into {into}: is it one of {owner}'s projects?"),
    # why a Tripletex project is not synced (Browse's skipped tab, a sync's "not synced")
    N_("its main project is not visible in Tripletex (missing or a loop)"),
    N_("level {level} in Tripletex; the time tracker has two project levels"),
    N_("its customer is ignored"),
    N_("its customer awaits review; synced once that is decided"),
    N_("its customer {id} is not synced"),
    N_("its main project is ignored"),
    N_("its main project awaits review; synced once that is decided"),
    # a run's warnings
    N_("{n} customers seen before are missing from Tripletex's complete listing; so many at once "
       "looks like a different company or a partial answer, so none was archived: check the "
       "company id (`rabbitsync config show`)"),
    N_("{n} projects seen before are missing from Tripletex's complete listing; so many at once "
       "looks like a different company or a partial answer, so none was archived: check the "
       "company id (`rabbitsync config show`)"),
)
# a skipped project's reason that holds its main project's reason
_NOT_SYNCED = N_("its main project is not synced ({reason})")
# the signals that matched, as candidates keep them (core.matching: `why`); their fields are the
# names' own words, never translated
WHY: tuple[str, ...] = (
    N_("same org number"), N_("different org numbers"), N_("same number"), N_("same name"),
    N_("æ/ø/å spelling"), N_("customer or main project named in the project name"),
    N_("legal form {a}/{b}"), N_("legal form on one side only"),
    N_("different numbers {a}/{b}"), N_("other words '{a}'/'{b}'"), N_("a word more: '{word}'"),
    N_("{n} words more: '{words}'"), N_("word order"), N_("number '{word}'"),
    N_("rare word '{word}'"), N_("word '{word}'"), N_("compound '{a}' = '{b}'"),
    N_("year {a} = {b}"), N_("'{short}' begins '{long}' (then '{rest}')"),
    N_("abbreviation {short}={long}"), N_("word form {a}/{b}"),
    N_("part of a word '{a}'/'{b}'"), N_("one trade '{a}'/'{b}'"), N_("typo '{a}'~'{b}'"),
    N_("one institution '{a}'/'{b}'"),
    N_("same word {a}/{b}"), N_("initial {a}. = '{b}'"),
    N_("initials {a}. = '{b}'"),
    N_("org number, contact or department written into the name"), N_("month {a} = {b}"),
    N_("its number written into the name"), N_("form RF-{code} = '{word}'"), N_("same words"),
    N_("other department '{a}'/'{b}'"), N_("same department '{word}'"),
    N_("renamed '{a}'/'{b}'"), N_("number {a} = {b}"), N_("same beginning '{word}'"),
    N_("both left over under one customer or main project"),
    N_("same words as read: '{words}'"), N_("compared without '{words}'"),
    N_("discipline {code} = '{word}'"), N_("municipality and its enterprise: '{word}'"),
    N_("same project '{name}'"), N_("same projects '{name}' and {n} more"),
)


def reason_words(text: str | None) -> str:
    """A reason the store keeps in English (a review entry's, a skipped project's, an outcome's,
    a run's warning) in the reader's language; `text` itself when it is none we know."""
    if not text:
        return text or ""
    inner = fields_of(_NOT_SYNCED, text)
    if inner is not None:
        return _(_NOT_SYNCED).format(reason=reason_words(inner["reason"]))
    for template in REASONS:
        fields = fields_of(template, text)
        if fields is not None:
            if "label" in fields:
                fields["label"] = word(fields["label"])
            return _(template).format(**fields)
    return text


def why_words(signal: str) -> str:
    """One of a candidate's `why` signals ("rare word 'nilsen'") in the reader's language; the
    words quoted in it are the names' own."""
    for template in WHY:
        fields = fields_of(template, signal)
        if fields is not None:
            return _(template).format(**fields)
    return signal


