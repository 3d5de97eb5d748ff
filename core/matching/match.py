"""Matching new Tripletex records to the unlinked records of the local registry.

The rules (DESIGN.md, "Matching"), first hit wins for each Tripletex record:

1. organisation number (customers only; normalised, mod-11 valid), when exactly one Tripletex
   record and exactly one unlinked local record in the scope carry it;
2. customer or project number (normalised, see `core.matching.normalize`), unique on both sides likewise;
3. exact normalised name, unique on both sides. Names agree when their base names are equal and
   their legal forms are equal or one of them has none ("Fjordkraft" = "Fjordkraft AS", but
   "Hansen Bygg AS" is not "Hansen Bygg ASA"). Uniqueness counts every record whose name agrees:
   two Tripletex "Hansen Bygg AS" never link to the one local "Hansen Bygg AS".

Uniqueness on the Tripletex side counts every Tripletex record of the scope, not only the new
ones (`others`: the rest of the snapshot), so a second "Hansen Bygg AS" or a second record with
an org number that arrives after the first was synced is never linked on it. It is counted
before any link is made, so the outcome does not depend on order. A number or name match is
refused when both records carry valid organisation numbers that differ. When rules point two
Tripletex records at one local record (say one by org number, one by number), neither is linked:
both go to review.

A shared number, unique on both sides, links (DESIGN.md rule 3) unless the two names have next to
nothing in common (score under `NUMBER_NAME_FLOOR`): a renamed company keeps its number and
still links ("Fjordkraft Strøm" -> "Fjordkraft Energi AS"), but a registry whose numbers are its
own sequence would otherwise link strangers that happen to share one (bench/matching.py: 164
wrong links in 10,000 at no floor, about a dozen at 50). Those go to review instead.

What is not linked gets candidates: unlinked, unclaimed local records in the same scope that share
its org number, number, base name or spaceless name, that resemble it (core.matching.resemble: rarity
weighted, abbreviations, compounds, a word more or less, word order, typos; for projects with the
customer's and main project's words set aside), or whose whole-name fuzzy ratio reaches
`FUZZY_THRESHOLD`; best five first, by one score (`score_pair` computes the same for any pair).
With candidates the planner puts the record in review; without any it creates a local record. A
fuzzy score or a resemblance never links.

Projects are matched only within their scope: the same local customer and the same parent
(a level-1 project only among that customer's top-level projects, a sub-project only among its
parent's sub-projects). Candidates come from a blocking index (words, word prefixes and
suffixes, the word less one letter; capped per record) so that no all-pairs comparison is made.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

from core.matching.candidates import (
    candidates,
    compatible,
    org_conflict,
    pair_score,
    similarity,
    why_of,
)
from core.matching.company import company_words
from core.matching.index import NO_SCOPE, Index, Rec, Scope, make_rec
from core.matching.leftover import left_over
from core.matching.rarity import Rarity
from core.matching.readings import compare_recs
from core.matching.resemble import compare
from core.matching.words import words_of
from core.models import KINDS, Candidate, LocalCustomer, LocalProject, TxCustomer, TxProject
from core.words import named, plural_of

# A customer number is a per-system sequence: the time tracker's 1234 may be another company
# than Tripletex's 1234. A customer number link also needs names this alike (0 turns it off).
NUMBER_NAME_FLOOR = 50.0


@dataclass
class MatchResult:
    """The outcome for one fresh Tripletex record: a link (`local_key`, `method`), or review
    (`candidates` non-empty, `reason`), or nothing like it locally (both empty: create)."""

    tripletex_id: int
    local_key: str | None = None
    method: str | None = None  # "org_number" | "number" | "exact_name"
    candidates: list[Candidate] = field(default_factory=list)
    reason: str | None = None


def _unlike(t: Rec, loc: Rec, rarity: Rarity) -> bool:
    """Names too far apart to trust a shared customer number: they share no word but common
    ones, or are next to nothing alike (see NUMBER_NAME_FLOOR)."""
    return (similarity(t, loc) < NUMBER_NAME_FLOOR
            or not compare(t.words, loc.words, rarity).shares_word)


def _english(n: int, word: str) -> str:
    """"2 local customers": a count in a reason, which the store keeps in English whatever the
    reader's language (core.words.reason_words tells it in theirs)."""
    return f"{n:,} {word if n == 1 else plural_of(word)}"


def _word(kind: str, n: int) -> str:
    return _english(n, f"Tripletex {kind}")


def _match(kind: str, fresh: list[Rec], local: list[Rec], others: Sequence[Rec],
           rarity: Rarity, linked_now: Collection[tuple[str, str]] = ()) -> list[MatchResult]:
    fresh = sorted(fresh, key=lambda r: int(r.ident))
    local = sorted(local, key=lambda r: str(r.ident))
    idx = Index(local)
    tx_org: dict[tuple, int] = defaultdict(int)
    tx_number: dict[tuple, int] = defaultdict(int)
    tx_base: dict[tuple, list[Rec]] = defaultdict(list)
    for t in (*fresh, *others):
        if t.org:
            tx_org[(t.scope, t.org)] += 1
        if t.number:
            tx_number[(t.scope, t.number)] += 1
        tx_base[(t.scope, t.norm.base)].append(t)

    proposals: dict[int, tuple[int, str]] = {}  # fresh position -> (local position, method)
    notes: dict[int, list[str]] = defaultdict(list)
    for pos, t in enumerate(fresh):
        found = _first_hit(kind, t, local, idx, tx_org, tx_number, tx_base, notes[pos], rarity)
        if found is not None:
            proposals[pos] = found

    by_local: dict[int, list[int]] = defaultdict(list)
    for pos, (li, _m) in proposals.items():
        by_local[li].append(pos)
    for li, claimants in by_local.items():
        if len(claimants) > 1:
            # (by name and number: a Tripletex id tells a person nothing)
            names = ", ".join(named(fresh[p].name, fresh[p].raw_number) for p in claimants)
            loc = local[li]
            for p in claimants:
                del proposals[p]
                notes[p].insert(0, f"{loc.name} ({loc.ident}) matches more than one Tripletex "
                                   f"{kind}: {names}")
    claimed = {li for li, _m in proposals.values()}

    out: list[MatchResult] = []
    scoped = KINDS[kind].scoped
    for pos, t in enumerate(fresh):
        if pos in proposals:
            li, method = proposals[pos]
            out.append(MatchResult(int(t.ident), str(local[li].ident), method))
            continue
        cands = candidates(t, local, idx, claimed, rarity.at(t.scope),
                            scoped=scoped and t.scope != NO_SCOPE)
        reason = (_taken(notes[pos][0], local, claimed) if notes[pos] else _reason(cands)
                  ) if cands else None
        out.append(MatchResult(int(t.ident), None, None, cands, reason))
    if scoped:
        # (the lists of a scope are read together when more than one of its Tripletex projects
        # is matched, or when its customer or main project was linked in this run: their first
        # reading side by side)
        per_scope = Counter(t.scope for t in fresh)
        read_together = {sc for sc, n in per_scope.items() if n > 1 or (
            ("project", sc[1]) if sc[1] is not None else ("customer", sc[0])) in linked_now}
        _left_over(fresh, local, idx, claimed, out, rarity, read_together, notes)
    return out


def _left_over(fresh: list[Rec], local: list[Rec], idx: Index, claimed: set[int],
               out: list[MatchResult], rarity: Rarity, read_together: set[Scope],
               notes: dict[int, list[str]]) -> None:
    """The Tripletex projects with no candidates, of the scopes whose lists are read together,
    asked about the local projects left over beside them (core.matching.leftover)."""
    wanted = {c.local_key for m in out for c in m.candidates}
    for pos, (t, m) in enumerate(zip(fresh, out, strict=True)):
        if (m.local_key is not None or m.candidates or t.scope == NO_SCOPE
                or t.scope not in read_together):
            continue
        m.candidates = left_over(t, local, idx, claimed, wanted, rarity)
        if m.candidates:
            m.reason = (_taken(notes[pos][0], local, claimed) if notes[pos]
                        else _reason(m.candidates))


_SHARED = "\x00"  # a note on local records that share a key ends with them, after this


def _shared_locally(kind: str, label: str, hits: list[int]) -> str:
    return f"{_english(len(hits), f'local {kind}')} share this {label}{_SHARED}{','.join(map(str, hits))}"


def _taken(note: str, local: list[Rec], claimed: set[int]) -> str:
    """A note as the user reads it: when some of the local records that share the key were
    taken by a sure match for another Tripletex record, it says which."""
    text, _sep, hits = note.partition(_SHARED)
    if not hits:
        return text
    taken = [str(local[i].ident) for i in map(int, hits.split(",")) if i in claimed]
    if taken:
        text += (f" ({', '.join(taken)} {'is' if len(taken) == 1 else 'are'} linked to another "
                 "Tripletex record for sure)")
    return text


def _reason(cands: list[Candidate]) -> str:
    """Why a record without a refused rule is in review, in words."""
    if len(cands) > 1 and cands[0].score == cands[1].score:
        return "no unique match: the best candidates score the same"
    return "no unique match"


def _first_hit(kind: str, t: Rec, local: list[Rec], idx: Index, tx_org: dict,
               tx_number: dict, tx_base: dict, notes: list[str], rarity: Rarity
               ) -> tuple[int, str] | None:
    """The local record the first rule that hits gives `t`, or None; refusals go to notes."""
    rules = (("org_number", t.org, idx.org, tx_org), ("number", t.number, idx.number, tx_number))
    for method, value, lidx, tcount in rules:
        if value is None:
            continue
        hits = lidx.get((t.scope, value), [])
        if not hits:
            continue
        label = "org number" if method == "org_number" else "number"
        if tcount[(t.scope, value)] > 1:
            notes.append(f"{_word(kind, tcount[(t.scope, value)])} share this {label}")
        elif len(hits) > 1:
            notes.append(_shared_locally(kind, label, hits))
        elif method != "org_number" and org_conflict(t, local[hits[0]]):
            notes.append(f"same {label} but the org numbers differ")
        elif method == "number" and kind == "customer" and _unlike(t, local[hits[0]], rarity):
            notes.append("same number but the names differ")
        else:
            return hits[0], method
    if not t.norm.base:
        return None  # a name of punctuation only is no name to match on
    same_base = idx.base.get((t.scope, t.norm.base), [])
    agree = [i for i in same_base if compatible(t.norm.legal_form, local[i].norm.legal_form)]
    if not agree:
        if same_base:
            notes.append("same name but a different legal form")
        return None
    if len(agree) > 1:
        notes.append(_shared_locally(kind, "name", agree))
        return None
    li = agree[0]
    rivals = [r for r in tx_base[(t.scope, t.norm.base)]
              if compatible(r.norm.legal_form, local[li].norm.legal_form)]
    if len(rivals) > 1:
        notes.append(f"{_word(kind, len(rivals))} share this name")
        return None
    if org_conflict(t, local[li]):
        notes.append("same name but the org numbers differ")
        return None
    return li, "exact_name"


def match_customers(fresh: Iterable[TxCustomer], unlinked: Iterable[LocalCustomer],
                    others: Iterable[TxCustomer] = ()) -> list[MatchResult]:
    """One `MatchResult` per fresh Tripletex customer, sorted by Tripletex id. `others`: the
    Tripletex customers already known (the rest of the snapshot), counted for uniqueness and
    rarity, never matched."""
    unlinked = list(unlinked)
    if not unlinked:  # nothing local to match against (a first sync into an empty registry)
        return [MatchResult(c.id) for c in sorted(fresh, key=lambda c: c.id)]
    tx = [make_rec(c.id, NO_SCOPE, c.name, c.number, c.organization_number, company=True)
          for c in fresh]
    loc = [make_rec(c.key, NO_SCOPE, c.name, c.number, c.organization_number, company=True)
           for c in unlinked]
    known = [make_rec(c.id, NO_SCOPE, c.name, c.number, c.organization_number, company=True)
             for c in others]
    rarity = Rarity(r.words for r in (*tx, *loc, *known))
    return _match("customer", tx, loc, known, rarity)


def match_projects(fresh: Iterable[TxProject], unlinked: Iterable[LocalProject],
                   scope: Callable[[TxProject], Scope],
                   others: Iterable[tuple[Scope, TxProject]] = (),
                   strip: Callable[[Scope], frozenset[str]] | None = None,
                   linked_now: Collection[tuple[str, str]] = ()) -> list[MatchResult]:
    """One `MatchResult` per fresh Tripletex project, sorted by Tripletex id. `scope(p)` gives
    the (customer_key, parent_key) of the local scope `p` belongs in; a project is matched only
    against local projects with the same customer_key and parent_key. `others`: the Tripletex
    projects already known, with their scopes (counted for uniqueness, never matched).
    `strip(scope)`: the words of a scope's customer and main project, set aside in the names
    compared for resemblance. `linked_now`: the local customers and projects linked in this run,
    as (kind, key) (their scopes' lists are read together for the first time:
    core.matching.leftover)."""
    def words_to_strip(sc: Scope) -> frozenset[str]:
        return strip(sc) if strip is not None else frozenset()

    loc = [make_rec(p.key, (p.customer_key, p.parent_key), p.name, p.number, None,
                words_to_strip((p.customer_key, p.parent_key))) for p in unlinked]
    scopes = {r.scope for r in loc}
    fresh = sorted(fresh, key=lambda p: p.id)
    out: list[MatchResult] = []
    tx = []
    for p in fresh:  # a project whose scope holds no local project is simply new
        sc = scope(p)
        if sc in scopes:
            tx.append(make_rec(p.id, sc, p.name, p.number, None, words_to_strip(sc)))
        else:
            out.append(MatchResult(p.id))
    if not tx:
        return out
    known = [make_rec(p.id, sc, p.name, p.number, None, words_to_strip(sc))
             for sc, p in others if sc in scopes]
    rarity = Rarity((r.words for r in (*tx, *loc, *known)), common_capped=False)
    rarity.count_scopes((r.scope, r.words) for r in (*tx, *loc, *known))
    return sorted(out + _match("project", tx, loc, known, rarity, linked_now),
                  key=lambda m: m.tripletex_id)


def score_pair(kind: str, tx_name: str, local_name: str, *, tx_number: str | None = None,
               local_number: str | None = None, tx_org: str | None = None,
               local_org: str | None = None, rarity: Rarity | None = None,
               strip: frozenset[str] = frozenset(), scope: Scope = NO_SCOPE
               ) -> tuple[float, tuple[str, ...]]:
    """(score, why) of one pair, as review candidates are scored: what the search in review
    shows for a record that was not among the candidates. `rarity` from both registries (see
    `corpus_rarity`), within the local project's `scope`; without it every word counts as
    rare."""
    company = kind == "customer"
    t = make_rec(0, NO_SCOPE, tx_name, tx_number, tx_org, strip, company=company)
    loc = make_rec("", NO_SCOPE, local_name, local_number, local_org, strip, company=company)
    rarity = (rarity or Rarity((t.words, loc.words), common_capped=kind == "customer")).at(scope)
    res, a, b = compare_recs(t, loc, rarity, scoped=KINDS[kind].scoped)
    return pair_score(t, loc, res), why_of(a, b, res, rarity)


def corpus_rarity(names: Iterable[str], kind: str = "customer",
                  scoped: Iterable[tuple[Scope, str]] = ()) -> Rarity:
    """The word rarities of a registry's names of `kind` (for `score_pair`); `scoped`: the
    projects' names by their scope, counted for `Rarity.at` as matching counts them."""
    company = kind == "customer"
    words = company_words if company else words_of
    rarity = Rarity((words(n) for n in names), common_capped=company)
    rarity.count_scopes((sc, words(n)) for sc, n in scoped)
    return rarity
