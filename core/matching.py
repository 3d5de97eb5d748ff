"""Matching new Tripletex records to the unlinked records of the local registry.

The rules (DESIGN.md, "Matching"), first hit wins for each Tripletex record:

1. organisation number (customers only; normalised, mod-11 valid), when exactly one fresh
   Tripletex record and exactly one unlinked local record in the scope carry it;
2. customer or project number (normalised, see `core.normalize`), unique on both sides likewise;
3. exact normalised name, unique on both sides. Names agree when their base names are equal and
   their legal forms are equal or one of them has none ("Fjordkraft" = "Fjordkraft AS", but
   "Hansen Bygg AS" is not "Hansen Bygg ASA"). Uniqueness counts every record whose name agrees:
   two Tripletex "Hansen Bygg AS" never link to the one local "Hansen Bygg AS".

Uniqueness is counted over all fresh and all unlinked records, before any link is made, so the
outcome does not depend on order. A number or name match is refused when both records carry
valid organisation numbers that differ. When rules point two Tripletex records at one local
record (say one by org number, one by number), neither is linked: both go to review.

A shared number, unique on both sides, links (DESIGN.md rule 3) unless the two names have next to
nothing in common (score under `NUMBER_NAME_FLOOR`): a renamed company keeps its number and
still links ("Fjordkraft Strøm" -> "Fjordkraft Energi AS"), but a registry whose numbers are its
own sequence would otherwise link strangers that happen to share one (bench/matching.py: 164
wrong links in 10,000 at no floor, about a dozen at 50). Those go to review instead.

What is not linked gets candidates: unlinked, unclaimed local records in the same scope that share
its org number, number, base name or spaceless name, or whose score reaches `FUZZY_THRESHOLD`
(see `score_pair`), best five first. The threshold is high on purpose: a near miss is the same
words spelt or spaced differently ("Bergen Rørleggerservice" ~ "Bergen Rorlegger Service"); a
word more or less makes another company ("Nordic Consulting" vs "Nordic Consulting Group"), which
is created rather than reviewed. With candidates the planner puts the record in review; without
any it creates a local record. A fuzzy score never links.

Projects are matched only within their scope: the same local customer and the same parent
(a level-1 project only among that customer's top-level projects, a sub-project only among its
parent's sub-projects). Fuzzy candidates come from a blocking index (words, word prefixes and
suffixes, capped per record) so that no all-pairs comparison is made.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from core.models import Candidate, LocalCustomer, LocalProject, TxCustomer, TxProject
from core.normalize import NormName, clean_text, normalize_name, normalize_number, normalize_org

FUZZY_THRESHOLD = 88.0  # a candidate's score must reach this, unless it shares a key
MAX_CANDIDATES = 5
# A customer number is a per-system sequence: the time tracker's 1234 may be another company
# than Tripletex's 1234. A customer number link also needs names this alike (0 turns it off).
NUMBER_NAME_FLOOR = 50.0
SMALL_BLOCK = 20  # a block this small is scored whole
MAX_PAIR_KEYS = 8  # the larger blocks whose overlaps are tried, smallest first
BLOCK_BUDGET = 100  # local records scored per Tripletex record, at most (plus exact sharers)

Scope = tuple[str | None, str | None]


@dataclass
class MatchResult:
    """The outcome for one fresh Tripletex record: a link (`local_key`, `method`), or review
    (`candidates` non-empty, `reason`), or nothing like it locally (both empty: create)."""

    tripletex_id: int
    local_key: str | None = None
    method: str | None = None  # "org_number" | "number" | "exact_name"
    candidates: list[Candidate] = field(default_factory=list)
    reason: str | None = None


@dataclass
class _Rec:
    """One record on either side, with its matching keys."""

    ident: int | str
    scope: Scope
    name: str
    norm: NormName
    sorted_name: str  # words sorted: fuzz.ratio on these is token_sort_ratio
    compact: str  # the base name without spaces
    number: str | None
    org: str | None
    raw_number: str | None
    raw_org: str | None


def _rec(ident: int | str, scope: Scope, name: str, number: str | None, org: str | None) -> _Rec:
    norm = normalize_name(name)
    return _Rec(ident, scope, name, norm, " ".join(sorted(norm.tokens)), norm.compact,
                normalize_number(number), normalize_org(org), number, org)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _org_conflict(t: _Rec, loc: _Rec) -> bool:
    return t.org is not None and loc.org is not None and t.org != loc.org


def name_similarity(a: NormName, b: NormName) -> float:
    """0-100: the better of the token-sort ratio of the base names and the ratio of their
    spaceless forms ("Løken Graving" ~ "LøkenGraving"); 100 only for equal base names."""
    sim = max(fuzz.token_sort_ratio(a.base, b.base, processor=None),
              fuzz.ratio(a.compact, b.compact, processor=None))
    return sim if a.base == b.base else min(sim, 99.0)


def _similarity(t: _Rec, loc: _Rec) -> float:
    return max(fuzz.ratio(t.sorted_name, loc.sorted_name),
               fuzz.ratio(t.compact, loc.compact))


def _unlike(t: _Rec, loc: _Rec) -> bool:
    """Names too far apart to trust a shared customer number (see NUMBER_NAME_FLOOR)."""
    return _similarity(t, loc) < NUMBER_NAME_FLOOR


def score_pair(tx_name: NormName, local_name: NormName, *, same_org: bool = False,
               same_number: bool = False, org_conflict: bool = False) -> float:
    """A candidate's score, 0-100: `name_similarity`, less 10 when both legal forms are known
    and differ, less 20 when the org numbers differ, plus 10 when the org numbers agree and 5
    when the numbers agree."""
    sim = name_similarity(tx_name, local_name)
    return _adjust(sim, tx_name, local_name, same_org, same_number, org_conflict)


def _adjust(score: float, a: NormName, b: NormName, same_org: bool, same_number: bool,
            org_conflict: bool) -> float:
    if a.legal_form and b.legal_form and a.legal_form != b.legal_form:
        score -= 10
    score += 10 * same_org + 5 * same_number - 20 * org_conflict
    return round(min(100.0, max(0.0, score)), 1)


class _Index:
    """Local records by scope and key: exact keys for the rules, blocks for fuzzy candidates."""

    def __init__(self, recs: Sequence[_Rec]) -> None:
        self.org: dict[tuple, list[int]] = defaultdict(list)
        self.number: dict[tuple, list[int]] = defaultdict(list)
        self.base: dict[tuple, list[int]] = defaultdict(list)
        self.compact: dict[tuple, list[int]] = defaultdict(list)
        self.blocks: dict[tuple, list[int]] = defaultdict(list)
        self._sets: dict[tuple, set[int]] = {}
        self._display: dict[int, str] = {}
        self.sorted_names = [r.sorted_name for r in recs]
        self.compacts = [r.compact for r in recs]
        for i, r in enumerate(recs):
            self.add(i, r)

    def display(self, i: int, r: _Rec) -> str:
        """`r.name` cleaned for showing, computed once."""
        got = self._display.get(i)
        if got is None:
            got = self._display[i] = clean_text(r.name)
        return got

    def block_set(self, scope: Scope, key: str) -> set[int]:
        got = self._sets.get((scope, key))
        if got is None:
            got = self._sets[(scope, key)] = set(self.blocks[(scope, key)])
        return got

    def add(self, i: int, r: _Rec) -> None:
        if r.org:
            self.org[(r.scope, r.org)].append(i)
        if r.number:
            self.number[(r.scope, r.number)].append(i)
        self.base[(r.scope, r.norm.base)].append(i)
        self.compact[(r.scope, r.norm.compact)].append(i)
        for key in {k for _w, ks in _word_keys(r.norm) for k in ks}:
            self.blocks[(r.scope, key)].append(i)


def _word_keys(norm: NormName) -> list[tuple[str, tuple[str, ...]]]:
    """For each word of the name (but "og"): the word, and its prefix and suffix when long."""
    out = []
    for w in dict.fromkeys(norm.tokens):
        if w == "og":
            continue
        keys = ["w:" + w]
        if len(w) >= 5:
            keys.append("p:" + w[:4])
        if len(w) >= 6:
            keys.append("s:" + w[-4:])
        out.append((w, tuple(keys)))
    return out


def _word(kind: str, n: int) -> str:
    return f"{n} Tripletex {kind}s" if n != 1 else f"1 Tripletex {kind}"


def _match(kind: str, fresh: list[_Rec], local: list[_Rec]) -> list[MatchResult]:
    fresh = sorted(fresh, key=lambda r: int(r.ident))
    local = sorted(local, key=lambda r: str(r.ident))
    idx = _Index(local)
    tx_org: dict[tuple, int] = defaultdict(int)
    tx_number: dict[tuple, int] = defaultdict(int)
    tx_base: dict[tuple, list[_Rec]] = defaultdict(list)
    for t in fresh:
        if t.org:
            tx_org[(t.scope, t.org)] += 1
        if t.number:
            tx_number[(t.scope, t.number)] += 1
        tx_base[(t.scope, t.norm.base)].append(t)

    proposals: dict[int, tuple[int, str]] = {}  # fresh position -> (local position, method)
    notes: dict[int, list[str]] = defaultdict(list)
    for pos, t in enumerate(fresh):
        found = _first_hit(kind, t, local, idx, tx_org, tx_number, tx_base, notes[pos])
        if found is not None:
            proposals[pos] = found

    by_local: dict[int, list[int]] = defaultdict(list)
    for pos, (li, _m) in proposals.items():
        by_local[li].append(pos)
    for li, claimants in by_local.items():
        if len(claimants) > 1:
            ids = ", ".join(str(fresh[p].ident) for p in claimants)
            for p in claimants:
                del proposals[p]
                notes[p].insert(0, f"{local[li].ident} matches more than one Tripletex "
                                   f"{kind} ({ids})")
    claimed = {li for li, _m in proposals.values()}

    out: list[MatchResult] = []
    for pos, t in enumerate(fresh):
        if pos in proposals:
            li, method = proposals[pos]
            out.append(MatchResult(int(t.ident), str(local[li].ident), method))
            continue
        cands = _candidates(t, local, idx, claimed)
        reason = (notes[pos][0] if notes[pos] else "no unique match") if cands else None
        out.append(MatchResult(int(t.ident), None, None, cands, reason))
    return out


def _first_hit(kind: str, t: _Rec, local: list[_Rec], idx: _Index, tx_org: dict,
               tx_number: dict, tx_base: dict, notes: list[str]) -> tuple[int, str] | None:
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
            notes.append(f"{len(hits)} local {kind}s share this {label}")
        elif method != "org_number" and _org_conflict(t, local[hits[0]]):
            notes.append(f"same {label} but the org numbers differ")
        elif method == "number" and kind == "customer" and _unlike(t, local[hits[0]]):
            notes.append("same number but the names differ")
        else:
            return hits[0], method
    if not t.norm.base:
        return None  # a name of punctuation only is no name to match on
    same_base = idx.base.get((t.scope, t.norm.base), [])
    agree = [i for i in same_base if _compatible(t.norm.legal_form, local[i].norm.legal_form)]
    if not agree:
        if same_base:
            notes.append("same name but a different legal form")
        return None
    if len(agree) > 1:
        notes.append(f"{len(agree)} local {kind}s share this name")
        return None
    li = agree[0]
    rivals = [r for r in tx_base[(t.scope, t.norm.base)]
              if _compatible(r.norm.legal_form, local[li].norm.legal_form)]
    if len(rivals) > 1:
        notes.append(f"{_word(kind, len(rivals))} share this name")
        return None
    if _org_conflict(t, local[li]):
        notes.append("same name but the org numbers differ")
        return None
    return li, "exact_name"


def _candidates(t: _Rec, local: list[_Rec], idx: _Index, claimed: set[int]) -> list[Candidate]:
    """Ranked review candidates for `t` (see the module docstring)."""
    sharers: set[int] = set()
    key = t.scope
    if t.org:
        sharers.update(idx.org.get((key, t.org), ()))
    if t.number:
        sharers.update(idx.number.get((key, t.number), ()))
    if t.norm.base:
        sharers.update(idx.base.get((key, t.norm.base), ()))
        sharers.update(idx.compact.get((key, t.norm.compact), ()))
    pool = _block(t, idx, sharers)
    pool -= claimed
    sharers -= claimed
    if not pool:
        return []
    order = sorted(pool)
    # only sharers can gain (same org number or number) or are kept below the threshold
    cutoff = FUZZY_THRESHOLD
    scores: dict[int, float] = {}
    for column, query in ((idx.sorted_names, t.sorted_name), (idx.compacts, t.compact)):
        choices = [column[i] for i in order]
        for _c, s, j in process.extract(query, choices, scorer=fuzz.ratio, processor=None,
                                        limit=None, score_cutoff=cutoff):
            if s > scores.get(order[j], -1.0):
                scores[order[j]] = s
    for i in sharers - scores.keys():
        scores[i] = _similarity(t, local[i])
    ranked: list[tuple[float, str, int]] = []
    for i, sim in scores.items():
        loc = local[i]
        if sim < FUZZY_THRESHOLD and i not in sharers:
            continue
        if t.norm.base != loc.norm.base:
            sim = min(sim, 99.0)
        same_org = t.org is not None and t.org == loc.org
        same_number = t.number is not None and t.number == loc.number
        score = _adjust(sim, t.norm, loc.norm, same_org, same_number, _org_conflict(t, loc))
        if score >= FUZZY_THRESHOLD or i in sharers:
            ranked.append((-score, str(loc.ident), i))
    ranked.sort()
    return [
        Candidate(local_key=key, name=idx.display(i, local[i]), score=-neg,
                  number=local[i].raw_number, organization_number=local[i].raw_org,
                  differs=_differs(t, local[i]))
        for neg, key, i in ranked[:MAX_CANDIDATES]
    ]


def _block(t: _Rec, idx: _Index, sharers: set[int]) -> set[int]:
    """The local records worth scoring against `t`, at most `BLOCK_BUDGET` beyond the sharers:
    small blocks (rare words, prefixes, suffixes) whole; then those in two of the larger blocks
    that come from different words, fewest first; then larger blocks, smallest first, while
    they fit."""
    pool = set(sharers)
    limit = len(sharers) + BLOCK_BUDGET
    keyed = sorted(
        (len(idx.blocks[(t.scope, k)]), k, w)
        for w, ks in _word_keys(t.norm) for k in ks if (t.scope, k) in idx.blocks
    )
    large = []
    for size, k, w in keyed:
        if size <= SMALL_BLOCK and len(pool) + size <= limit:
            pool.update(idx.blocks[(t.scope, k)])
        else:
            large.append((k, w))
    large = large[:MAX_PAIR_KEYS]
    pairs = sorted(
        (idx.block_set(t.scope, a) & idx.block_set(t.scope, b)
         for n, (a, wa) in enumerate(large) for b, wb in large[n + 1:] if wa != wb),
        key=len,
    )
    for both in pairs:
        if len(pool) >= limit:
            return pool
        pool.update(sorted(both - pool)[: limit - len(pool)])
    for k, _w in large:
        p = idx.blocks[(t.scope, k)]
        if len(pool) + len(p) > limit:
            break
        pool.update(p)
    return pool


def _differs(t: _Rec, loc: _Rec) -> tuple[str, ...]:
    """The fields where both records have a value and the values disagree."""
    out: list[str] = []
    if t.norm != loc.norm:
        out.append("name")
    if t.raw_number and loc.raw_number and t.number != loc.number:
        out.append("number")
    if t.raw_org and loc.raw_org and (t.org or t.raw_org) != (loc.org or loc.raw_org):
        out.append("organization_number")
    return tuple(out)


def match_customers(fresh: Iterable[TxCustomer], unlinked: Iterable[LocalCustomer]
                    ) -> list[MatchResult]:
    """One `MatchResult` per fresh Tripletex customer, sorted by Tripletex id."""
    none: Scope = (None, None)
    unlinked = list(unlinked)
    if not unlinked:  # nothing local to match against (a first sync into an empty registry)
        return [MatchResult(c.id) for c in sorted(fresh, key=lambda c: c.id)]
    tx = [_rec(c.id, none, c.name, c.number, c.organization_number) for c in fresh]
    loc = [_rec(c.key, none, c.name, c.number, c.organization_number) for c in unlinked]
    return _match("customer", tx, loc)


def match_projects(fresh: Iterable[TxProject], unlinked: Iterable[LocalProject],
                   scope: Callable[[TxProject], Scope]) -> list[MatchResult]:
    """One `MatchResult` per fresh Tripletex project, sorted by Tripletex id. `scope(p)` gives
    the (customer_key, parent_key) of the local scope `p` belongs in; a project is matched only
    against local projects with the same customer_key and parent_key."""
    loc = [_rec(p.key, (p.customer_key, p.parent_key), p.name, p.number, None) for p in unlinked]
    scopes = {r.scope for r in loc}
    fresh = sorted(fresh, key=lambda p: p.id)
    out: list[MatchResult] = []
    tx = []
    for p in fresh:  # a project whose scope holds no local project is simply new
        sc = scope(p)
        if sc in scopes:
            tx.append(_rec(p.id, sc, p.name, p.number, None))
        else:
            out.append(MatchResult(p.id))
    if not tx:
        return out
    return sorted(out + _match("project", tx, loc), key=lambda m: m.tripletex_id)
