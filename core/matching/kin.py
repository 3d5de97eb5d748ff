"""Customers told by their projects: a Tripletex customer that nothing local resembles by name,
or only weakly, is asked about the unlinked local customer whose projects it has.

A former name ("ROM Eiendom AS" / "Bane NOR Eiendom AS"), a name in English, an acronym no one
could spell out, a brand: the names share nothing, but the customer's projects are the same
("Ombygging Torggata 37" under both). Without this, the customer is created beside the local one
and every project under it after it: one miss, many duplicates.

A project name counts when it is under exactly one Tripletex customer and exactly one local
customer, and it says something (two words or more, not short: "Fase 2" under one customer each
in a small registry is a coincidence, "Reguleringsplan Sletta Hus B" is not). It asks, never
links: the scores are under accept-all's 90, and a shared project is no sure rule of DESIGN.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from core.matching.candidates import MAX_CANDIDATES, differs
from core.matching.index import NO_SCOPE, Rec, make_rec
from core.matching.match import MatchResult, _reason
from core.matching.normalize import normalize_name, normalize_number
from core.models import Candidate, LocalCustomer, TxCustomer
from core.text import clean_text

KIN_ONE = 70.0  # a candidate found by one project of the same name
KIN_MORE = 80.0  # by two or more
_MIN_CHARS = 10  # a project name of fewer letters than this, numbers aside, tells too little
_BOTH = 5.0  # what a project adds to a candidate whose name is alike too
_CAP = 89.0  # ... never to accept-all's 90


def _key(name: str) -> str:
    """The name a project is compared by, or "" when it tells too little: two words or more
    besides its numbers, and ten letters ("Vedlikehold 2023", "Tilbud 2025/2026" and "Fase 2"
    are under many customers in a real registry, and under one each in a small one)."""
    base = normalize_name(name).base
    words = [w for w in base.split() if not any(ch.isdigit() for ch in w)]
    if len(words) < 2 or sum(map(len, words)) < _MIN_CHARS or not any(
            len(w) >= 4 and w.isalpha() for w in words):
        return ""
    return base


def project_kin(tx_projects: Iterable[tuple[int | None, str, str | None]],
                local_projects: Iterable[tuple[str | None, str, str | None]],
                wanted: Collection[int], unlinked: Collection[str]
                ) -> dict[int, dict[str, list[str]]]:
    """For each Tripletex customer in `wanted`, the local customers in `unlinked` that have a
    project of one of its: of the same name (`_key`), or of the same number with a name alike
    (a number copied from Tripletex: "Black Friday '25" / "Black Friday 2025", no. 1256), with
    those projects' Tripletex names: {tx id: {local key: [names]}}. `tx_projects`: (customer
    id, name, number) of every Tripletex project; `local_projects`: (customer key, name,
    number) of every local project. A name or a number counts only when it is under one
    customer on each side (the local side's other customers linked: their projects are
    Tripletex's too, under another customer). Only the names of the wanted customers' projects
    are compared elsewhere: a sync with no such name, as most later syncs, reads no other."""
    tx_projects = [p for p in tx_projects if p[0] is not None]
    keys: set[str] = set()
    numbers: set[str] = set()
    for cid, name, number in tx_projects:
        if cid in wanted:
            if k := _key(name):
                keys.add(k)
            if number and len(n := normalize_number(number) or "") >= 3:  # (not "1", "12")
                numbers.add(n)
    if not keys and not numbers:
        return {}
    local_by: dict[str, set[str]] = defaultdict(set)
    local_no: dict[str, set[str]] = defaultdict(set)
    local_named: dict[str, str] = {}  # number -> a local project's name of it
    for key, name, number in local_projects:
        if key is None or key not in unlinked:
            continue
        if keys and (k := _key(name)) in keys:
            local_by[k].add(key)
        if number and (n := normalize_number(number) or "") in numbers:
            local_no[n].add(key)
            local_named[n] = name
    if not local_by and not local_no:
        return {}
    tx_by: dict[str, set[int]] = defaultdict(set)
    tx_no: dict[str, set[int]] = defaultdict(set)
    shown: dict[str, str] = {}
    for cid, name, number in tx_projects:
        if local_by and (k := _key(name)) in local_by:
            tx_by[k].add(cid)
            shown.setdefault(k, clean_text(name))
        if number and (n := normalize_number(number) or "") in local_no:
            tx_no[n].add(cid)
            shown.setdefault("#" + n, clean_text(name))
    found: dict[tuple[int, str], set[str]] = defaultdict(set)
    for k, cids in tx_by.items():
        if len(cids) == 1 and len(local_by[k]) == 1:
            found[(next(iter(cids)), next(iter(local_by[k])))].add(shown[k])
    for n, cids in tx_no.items():
        if (len(cids) == 1 and len(local_no[n]) == 1
                and _alike(shown["#" + n], local_named[n])):
            found[(next(iter(cids)), next(iter(local_no[n])))].add(shown["#" + n])
    out: dict[int, dict[str, list[str]]] = {}
    for (cid, lk), names in found.items():
        if cid in wanted and lk in unlinked:
            out.setdefault(cid, {})[lk] = sorted(names)
    return out


_ALIKE = 80  # the least fuzzy ratio of two project names' words that counts beside one number


def _alike(a: str, b: str) -> bool:
    """Whether two project names of one number are alike enough that the number is no
    coincidence of two numberings: the same name; the same words besides the numbers, six
    letters or more ("Black Friday '25" / "Black Friday 2025"; not "Fase 2" / "Fase 3"); words
    alike in names that say something (`_key`), or one's words all the other's ("KS Konferanse
    2024" / "Konferanse 2024")."""
    if normalize_name(a).base == normalize_name(b).base:
        return True  # ("Rammeavtale 2024-2026", "ÅM 25" under one number on both sides)
    x, y = _letters(a), _letters(b)
    if x == y:
        return len(x) >= 6  # (not "Fase 2" / "Fase 3")
    return bool(_key(a) and _key(b) and fuzz.ratio(x, y) >= _ALIKE
                or min(len(x), len(y)) >= 8 and fuzz.token_set_ratio(x, y) >= 90)
    # (the customer's name written in: "KS Konferanse 2024" / "Konferanse 2024")


def _letters(name: str) -> str:
    return " ".join(w for w in normalize_name(name).base.split()
                    if not any(ch.isdigit() for ch in w))


def kin_why(names: list[str]) -> str:
    """The signal, in words (core.words.WHY)."""
    if len(names) == 1:
        return f"same project '{names[0]}'"
    return f"same projects '{names[0]}' and {len(names) - 1} more"


def with_kin(m: MatchResult, tx: TxCustomer, kin: dict[str, list[str]],
             local: dict[str, LocalCustomer]) -> MatchResult:
    """`m` (no link) with the local customers whose projects `tx` has as candidates too, ranked
    among the others by score; one already a candidate keeps the better score and says why."""
    if m.local_key is not None or not kin:
        return m
    cands = {c.local_key: c for c in m.candidates}
    for key, names in kin.items():
        score = KIN_MORE if len(names) > 1 else KIN_ONE
        why = kin_why(names)
        got = cands.get(key)
        if got is not None:  # (a name alike and a project: ahead of either alone, under 90)
            both = max(got.score, min(max(got.score, score) + _BOTH, _CAP))
            cands[key] = replace(got, score=round(both, 1), why=(*got.why, why))
            continue
        loc = local[key]
        cands[key] = Candidate(local_key=key, name=clean_text(loc.name), score=score,
                               number=loc.number, organization_number=loc.organization_number,
                               differs=differs(_rec(tx.id, tx.name, tx.number, tx.organization_number),
                                               _rec(key, loc.name, loc.number, loc.organization_number)),
                               why=(why,))
    ranked = sorted(cands.values(), key=lambda c: (-c.score, c.local_key))[:MAX_CANDIDATES]
    reason = m.reason if m.reason and not m.reason.startswith("no unique match") else None
    return replace(m, candidates=ranked, reason=reason or _reason(ranked))


def _rec(ident: int | str, name: str, number: str | None, org: str | None) -> Rec:
    return make_rec(ident, NO_SCOPE, name, number, org, company=True)
