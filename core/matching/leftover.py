"""The projects left over under one customer or main project (`left_over`): a Tripletex
project that resembles nothing and a local project that no rule took and no Tripletex project
has as a candidate, sharing a word or a word's first part ("Visuell profil" / "Visuell
identitet", "Byggvask" / "Byggrengjøring"): one job in other words, as a person reading the two
short lists would see. core.matching.match asks it only where the two lists are read together
(more than one of the scope's Tripletex projects matched in the run, or its customer or main
project linked in the run: a first sync, a customer's decision, a merge; not one new Tripletex
project in a later sync beside the local projects Tripletex never had). Asked, never linked;
not when each names a number the other lacks ("Fase 1" / "Fase 2"), nor two months, seasons or
disciplines.
"""

from __future__ import annotations

from os.path import commonprefix

from core.matching.candidates import (
    MAX_CANDIDATES,
    SMALL_SCOPE,
    candidate,
    pair_score,
    why_of,
)
from core.matching.index import Index, Rec
from core.matching.rarity import Rarity
from core.matching.readings import compare_recs
from core.matching.resemble import Resemblance
from core.matching.words import DISCIPLINES, MONTHS, SEASONS
from core.models import Candidate

LEFT_OVER = "both left over under one customer or main project"


HEAD = 4  # the shortest first part two compounds share to count ("bygg" of "byggvask")


def left_over(t: Rec, local: list[Rec], idx: Index, taken: set[int], wanted: set[str],
              rarity: Rarity) -> list[Candidate]:
    """The local projects of `t`'s scope left over beside it, best first: none taken by a rule
    (`taken`) or a candidate of a Tripletex project (`wanted`, their keys). Scopes larger than
    `SMALL_SCOPE` are no short lists."""
    members = idx.scope_members.get(t.scope, ())
    if len(members) > SMALL_SCOPE:
        return []
    at = rarity.at(t.scope)
    ranked = []
    for i in members:
        loc = local[i]
        if i in taken or str(loc.ident) in wanted:
            continue
        res, a, b = compare_recs(t, loc, at, scoped=True)
        head = shared_head(a.words, b.words)
        if res.numbers_differ or not (res.distinct or head) or told_apart(a, b, res):
            continue
        why = why_of(a, b, res, at)
        if head:
            why = (f"same beginning '{head}'", *why)
        ranked.append((-pair_score(t, loc, res), str(loc.ident), i, why + (LEFT_OVER,)))
    ranked.sort()
    return [candidate(t, local[i], i, idx, -neg, why)
            for neg, _key, i, why in ranked[:MAX_CANDIDATES]]


def told_apart(a: Rec, b: Rec, res: Resemblance) -> bool:
    """Whether the words the two names do not share name two of a kind: two seasons, months or
    disciplines ("Spring service" / "Autumn service", "Lønn mai" / "Lønn juni", "RIB" /
    "RIV")."""
    if res.pairing is None:
        return False
    _pairs, left_a, left_b = res.pairing
    mine = {a.words[i] for i in left_a}
    theirs = {b.words[j] for j in left_b}
    return any(len(mine & kind) and len(theirs & kind) and mine & kind != theirs & kind
               for kind in (SEASONS, DISCIPLINES)) or bool(
        {MONTHS[w] for w in mine if w in MONTHS} and {MONTHS[w] for w in theirs if w in MONTHS})


def shared_head(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    """The first part two words of the names begin with, `HEAD` letters or more, when both go
    on for three letters or more ("bygg" of "byggvask" / "byggrengjoring", "booking" of
    "bookingsystem" / "bookinglosning"); else ""."""
    for x in a:
        for y in b:
            head = commonprefix((x, y))
            n = len(head)
            if n >= HEAD and len(x) - n >= 3 and len(y) - n >= 3 and head.isalpha():
                return head
    return ""
