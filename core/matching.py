"""Matching new Tripletex records to the unlinked records of the local registry.

The rules (DESIGN.md, "Matching"), first hit wins for each Tripletex record:

1. organisation number (customers only; normalised, mod-11 valid), when exactly one Tripletex
   record and exactly one unlinked local record in the scope carry it;
2. customer or project number (normalised, see `core.normalize`), unique on both sides likewise;
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
its org number, number, base name or spaceless name, that resemble it (core.resemble: rarity
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

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from core.models import Candidate, LocalCustomer, LocalProject, TxCustomer, TxProject
from core.normalize import NormName, clean_text, normalize_name, normalize_number, normalize_org
from core.resemble import (
    BRAND,
    BRAND_EXTRA,
    DISTINCT,
    EXTRA,
    FILLER,
    GENERIC,
    GENERIC_WEIGHT,
    INSTEAD,
    RATIO,
    Rarity,
    Resemblance,
    compare,
    generic_tail,
    heaviest,
    least_costs,
    plain_words,
    skeleton,
    strip_words,
    synonyms_why,
    trade_family,
    words_of,
)

FUZZY_THRESHOLD = 88.0  # a whole-name fuzzy ratio this high also makes a candidate
MAX_CANDIDATES = 5
# A customer number is a per-system sequence: the time tracker's 1234 may be another company
# than Tripletex's 1234. A customer number link also needs names this alike (0 turns it off).
NUMBER_NAME_FLOOR = 50.0
SMALL_BLOCK = 20  # a block this small is scored whole
COMPOUND = 6  # the shortest word taken as two written together
SMALL_SCOPE = 60  # a project scope this small is compared whole
MAX_PAIR_KEYS = 5  # the larger blocks whose overlaps are tried, smallest first
BLOCK_BUDGET = 50  # local records scored per Tripletex record, at most (plus exact sharers)

Scope = tuple[str | None, str | None]
NO_SCOPE: Scope = (None, None)


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
    words: tuple[str, ...]  # as core.resemble compares them (the scope's words set aside)
    stripped: bool  # the scope's words were set aside from the name


def _rec(ident: int | str, scope: Scope, name: str, number: str | None, org: str | None,
         strip: frozenset[str] = frozenset()) -> _Rec:
    norm = normalize_name(name)
    whole = words_of(name)
    words = strip_words(whole, strip)
    return _Rec(ident, scope, name, norm, " ".join(sorted(norm.tokens)), norm.compact,
                normalize_number(number), normalize_org(org), number, org, words,
                len(words) < len(whole))


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _org_conflict(t: _Rec, loc: _Rec) -> bool:
    return t.org is not None and loc.org is not None and t.org != loc.org


def _similarity(t: _Rec, loc: _Rec) -> float:
    return max(fuzz.ratio(t.sorted_name, loc.sorted_name),
               fuzz.ratio(t.compact, loc.compact))


def _unlike(t: _Rec, loc: _Rec, rarity: Rarity) -> bool:
    """Names too far apart to trust a shared customer number: they share no word but common
    ones, or are next to nothing alike (see NUMBER_NAME_FLOOR)."""
    return (_similarity(t, loc) < NUMBER_NAME_FLOOR
            or not compare(t.words, loc.words, rarity).shares_word)


def _adjust(score: float, a: NormName, b: NormName, same_org: bool, same_number: bool,
            org_conflict: bool) -> float:
    if a.base != b.base:
        score = min(score, 99.0)
    if a.legal_form and b.legal_form and a.legal_form != b.legal_form:
        score -= 10
    score += 10 * same_org + 5 * same_number - 20 * org_conflict
    return round(min(100.0, max(0.0, score)), 1)


def _score(t: _Rec, loc: _Rec, res: Resemblance) -> float:
    """The one score of a pair, 0-100: the resemblance, less 10 when both legal forms are known
    and differ, less 20 when the org numbers differ, plus 10 when the org numbers agree and 5
    when the numbers agree; 100 only for equal base names."""
    same_org = t.org is not None and t.org == loc.org
    same_number = t.number is not None and t.number == loc.number
    return _adjust(100.0 * res.value, t.norm, loc.norm, same_org, same_number,
                   _org_conflict(t, loc))


def _why(t: _Rec, loc: _Rec, res: Resemblance, rarity: Rarity) -> tuple[str, ...]:
    """The signals that matched, in words, strongest first."""
    out: list[str] = []
    if t.org is not None and t.org == loc.org:
        out.append("same org number")
    elif _org_conflict(t, loc):
        out.append("different org numbers")
    if t.number is not None and t.number == loc.number:
        out.append("same number")
    if t.norm.base and t.norm.base == loc.norm.base:
        out.append("same name")
        if clean_text(t.name).casefold() != clean_text(loc.name).casefold() and any(
                ch in (t.name + loc.name).casefold() for ch in "æøåäö"):
            out.append("æ/ø/å spelling")
    else:
        out.extend(synonyms_why(t.name, loc.name))
        out.extend(w for w in res.explain(t.words, loc.words, rarity) if w != "same words")
    if t.stripped or loc.stripped:
        out.append("customer or main project named in the project name")
    a, b = t.norm.legal_form, loc.norm.legal_form
    if a and b and a != b:
        out.append(f"legal form {a.upper()}/{b.upper()}")
    elif bool(a) != bool(b):
        out.append("legal form on one side only")
    return tuple(dict.fromkeys(out))


class _Index:
    """Local records by scope and key: exact keys for the rules, blocks for fuzzy candidates."""

    def __init__(self, recs: Sequence[_Rec]) -> None:
        self.org: dict[tuple, list[int]] = defaultdict(list)
        self.number: dict[tuple, list[int]] = defaultdict(list)
        self.base: dict[tuple, list[int]] = defaultdict(list)
        self.compact: dict[tuple, list[int]] = defaultdict(list)
        self.postings: dict[tuple, list[int]] = {}  # (scope, word) -> records
        self.keyed: dict[tuple, list[str]] = {}  # (scope, key) -> the words it finds
        self._pools: dict[tuple, frozenset[int]] = {}
        self.scope_members: dict[Scope, list[int]] = {}
        self._recs = recs
        self._costs: list[tuple[tuple[float, ...], ...] | None] = [None] * len(recs)
        self.lengths = [len(r.words) for r in recs]
        self._weights: list[tuple[float, ...]] | None = None
        self._tops: list[tuple[float, ...] | None] = [None] * len(recs)
        self._by_cost: dict[tuple, tuple[list[float], list[int]]] = {}
        self._both: dict[tuple, frozenset[int]] = {}
        self.plain = [plain_words(r.words) for r in recs]
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

    def weights(self, rarity: Rarity) -> list[tuple[float, ...]]:
        """The weights of each record's words (made once a match)."""
        if self._weights is None:
            self._weights = [rarity.weights(r.words) for r in self._recs]
        return self._weights

    def by_cost(self, scope: Scope, keys: tuple[str, ...], rarity: Rarity
                ) -> tuple[list[float], list[int]]:
        """The records of a word pool, cheapest first by what their other words cost at least
        when one word pairs (`least_costs` in the BRAND_EXTRA regime), with those costs."""
        got = self._by_cost.get((scope, keys))
        if got is None:
            cost = {i: self.least_costs(rarity, i)[BRAND_EXTRA][1]
                    for i in self.word_pool(scope, keys)}
            order = sorted(cost, key=cost.__getitem__)
            got = self._by_cost[(scope, keys)] = ([cost[i] for i in order], order)
        return got

    def both(self, scope: Scope, a: frozenset[int], keys_a: tuple[str, ...], b: frozenset[int],
             keys_b: tuple[str, ...]) -> frozenset[int]:
        """The records in both word pools (made once a pair of words: names repeat them)."""
        got = self._both.get((scope, keys_a, keys_b))
        if got is None:
            got = self._both[(scope, keys_a, keys_b)] = a & b
        return got

    def top(self, i: int) -> tuple[float, ...]:
        """`core.resemble.heaviest` of record `i`'s weights (made once a match; `weights` first)."""
        got = self._tops[i]
        if got is None:
            assert self._weights is not None
            got = self._tops[i] = heaviest(self._weights[i])
        return got

    def least_costs(self, rarity: Rarity, i: int) -> tuple[tuple[float, ...], ...]:
        """`core.resemble.least_costs` of record `i`, in each regime (made once a match)."""
        got = self._costs[i]
        if got is None:
            got = self._costs[i] = tuple(least_costs(self._recs[i].words, rarity, regime)
                                         for regime in (EXTRA, BRAND_EXTRA, INSTEAD))
        return got

    def word_pool(self, scope: Scope, keys: tuple[str, ...]) -> frozenset[int]:
        """The local records of `scope` that any of the keys finds (made once a word): the
        records of every local word (or two words written together) a key leads to."""
        got = self._pools.get((scope, keys))
        if got is None:
            found: set[int] = set()
            for k in keys:
                for label in self.keyed.get((scope, k), ()):
                    found.update(self.postings[(scope, label)])
            got = self._pools[(scope, keys)] = frozenset(found)
        return got

    def add(self, i: int, r: _Rec) -> None:
        scope = r.scope
        self.scope_members.setdefault(scope, []).append(i)
        if r.org:
            self.org[(scope, r.org)].append(i)
        if r.number:
            self.number[(scope, r.number)].append(i)
        self.base[(scope, r.norm.base)].append(i)
        self.compact[(scope, r.norm.compact)].append(i)
        # each record under its words; each word under its keys, once a scope
        for word, keys, compound in _word_keys(r.words, query=False):
            label = "+" + word if compound else word  # (two words written together)
            posting = self.postings.get((scope, label))
            if posting is None:
                posting = self.postings[(scope, label)] = []
                for k in keys:
                    self.keyed.setdefault((scope, k), []).append(label)
            if not posting or posting[-1] != i:
                posting.append(i)


def _word_keys(words: tuple[str, ...], *, query: bool
               ) -> list[tuple[str, tuple[str, ...], bool]]:
    """The blocking keys of a name's words, for the index of local records or for a query:
    (label, keys, compound). Each word finds what `core.resemble.token_sim` pairs it with
    (`_keys_of`). Compounds: a long word meets two adjacent words written together on the
    other side, both ways; `compound` marks those keys."""
    out = [(w, _keys_of(w, query), False) for w in dict.fromkeys(words)]
    if query:
        out += [(w, ("j:" + w,), True) for w in dict.fromkeys(words) if len(w) >= COMPOUND]
    for a, b in zip(words, words[1:], strict=False):
        if len(a) + len(b) >= COMPOUND:
            out.append((a + b, (("c:" if query else "j:") + a + b,), True))
    return out


@lru_cache(maxsize=65536)
def _keys_of(w: str, query: bool) -> tuple[str, ...]:
    """The keys of one word: the same word; the same first four letters (abbreviations, a
    compound's first part); a three-letter word the longer words it begins (and the other
    way); the word less one letter (typos: the deletion neighbourhood); a common word that
    ends a long one ("service" in "rørleggerservice", both ways); its trade family; a year
    written short ("2025" / "25"). The index side adds the long word for compounds."""
    keys = ["w:" + w]
    if w.isdigit():
        if len(w) == 2 or len(w) == 4 and w[:2] in ("19", "20"):
            keys.append("y:" + w[-2:])
        return tuple(keys)
    head, tail = ("a:", "b:") if query else ("b:", "a:")
    start, end = ("e:", "f:") if query else ("f:", "e:")
    if len(w) >= 3:
        keys.append("p:" + w[:4])
    if len(w) == 3:
        keys.append(head + w)
    elif len(w) > 3:
        keys.append(tail + w[:3])
    if len(w) >= 4:
        keys.append("d:" + w)
    if len(w) >= 5:
        keys.extend(sorted({"d:" + w[:k] + w[k + 1:] for k in range(len(w))}))
    if w in GENERIC and len(w) >= 4:
        keys.append(start + w)
    if (common := generic_tail(w)) is not None:
        keys.append(end + common)
    if (family := trade_family(w)) is not None:
        keys.append(f"t:{family}")
    if len(w) >= COMPOUND and not query:
        keys.append("c:" + w)
    # an abbreviation of consonants ("trsp", "mgmt") meets the long words with its first
    # letter, on either side
    if skeleton(w):
        keys.append(("k:" if query else "m:") + w[0])
    elif len(w) >= 6:
        keys.append(("m:" if query else "k:") + w[0])
    return tuple(keys)


def _word(kind: str, n: int) -> str:
    return f"{n} Tripletex {kind}s" if n != 1 else f"1 Tripletex {kind}"


def _match(kind: str, fresh: list[_Rec], local: list[_Rec], others: Sequence[_Rec],
           rarity: Rarity) -> list[MatchResult]:
    fresh = sorted(fresh, key=lambda r: int(r.ident))
    local = sorted(local, key=lambda r: str(r.ident))
    idx = _Index(local)
    tx_org: dict[tuple, int] = defaultdict(int)
    tx_number: dict[tuple, int] = defaultdict(int)
    tx_base: dict[tuple, list[_Rec]] = defaultdict(list)
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
            ids = ", ".join(str(fresh[p].ident) for p in claimants)
            for p in claimants:
                del proposals[p]
                notes[p].insert(0, f"{local[li].ident} matches more than one Tripletex "
                                   f"{kind} ({ids})")
    claimed = {li for li, _m in proposals.values()}

    out: list[MatchResult] = []
    scoped = kind == "project"
    for pos, t in enumerate(fresh):
        if pos in proposals:
            li, method = proposals[pos]
            out.append(MatchResult(int(t.ident), str(local[li].ident), method))
            continue
        cands = _candidates(t, local, idx, claimed, rarity,
                            scoped=scoped and t.scope != NO_SCOPE)
        reason = (_taken(notes[pos][0], local, claimed) if notes[pos] else _reason(cands)
                  ) if cands else None
        out.append(MatchResult(int(t.ident), None, None, cands, reason))
    return out


_SHARED = "\x00"  # a note on local records that share a key ends with them, after this


def _shared_locally(kind: str, label: str, hits: list[int]) -> str:
    return f"{len(hits)} local {kind}s share this {label}{_SHARED}{','.join(map(str, hits))}"


def _taken(note: str, local: list[_Rec], claimed: set[int]) -> str:
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


def _first_hit(kind: str, t: _Rec, local: list[_Rec], idx: _Index, tx_org: dict,
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
        elif method != "org_number" and _org_conflict(t, local[hits[0]]):
            notes.append(f"same {label} but the org numbers differ")
        elif method == "number" and kind == "customer" and _unlike(t, local[hits[0]], rarity):
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
        notes.append(_shared_locally(kind, "name", agree))
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


def _candidates(t: _Rec, local: list[_Rec], idx: _Index, claimed: set[int], rarity: Rarity,
                *, scoped: bool) -> list[Candidate]:
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
    pools = sorted((((p, w, c), keys) for w, keys, c in _word_keys(t.words, query=True)
                    if (p := idx.word_pool(key, keys))), key=lambda pw: len(pw[0][0]))
    in_scope = idx.scope_members.get(key, ())
    whole = scoped and len(in_scope) <= SMALL_SCOPE  # (typos no key finds: compare them all)
    pool = set(in_scope) if whole else _block(idx, key, pools, sharers)
    pool -= claimed
    sharers -= claimed
    if not pool:
        return []
    order = sorted(pool)
    fuzzy: set[int] = set()  # a whole-name fuzzy ratio of FUZZY_THRESHOLD or more
    for column, query in ((idx.sorted_names, t.sorted_name), (idx.compacts, t.compact)):
        choices = [column[i] for i in order]
        for _c, _s, j in process.extract(query, choices, scorer=fuzz.ratio, processor=None,
                                         limit=None, score_cutoff=FUZZY_THRESHOLD):
            fuzzy.add(order[j])
    # a record found through h distinctive and g generic words of the name pairs at most
    # those: skip the comparisons that cannot reach the gate so (core.resemble.cost_room);
    # what only two words written together find is always compared
    heavy: Counter[int] = Counter()
    light: Counter[int] = Counter()
    plain: Counter[int] = Counter()  # through words that are neither filler nor numbers
    sure = pool if whole else sharers | fuzzy
    words: list[tuple[frozenset[int], str, tuple[str, ...]]] = []
    for (p, w, compound), keys in pools:
        if compound:
            sure |= p & pool
            continue
        found = p & pool
        (heavy if rarity.weight(w) > GENERIC_WEIGHT else light).update(found)
        if w not in FILLER and not w.isdigit():
            plain.update(found)
        words.append((found, w, keys))
    if whole:
        worth = pool
    else:
        # common words alone resemble nothing: found through two words or more, one of them not
        # common: the bound below; through one: only a distinctive word can make two names
        # resemble, and only when what is left costs little - the records of its pool are kept
        # sorted by that cost (`_Index.by_cost`)
        worth = sure.union(i for i, n in heavy.items() if n + light[i] >= 2)
        own = least_costs(t.words, rarity, BRAND_EXTRA)[1] if len(t.words) > 1 else 0.0
        for found, w, keys in words:
            weight = rarity.weight(w)
            if weight < DISTINCT:
                continue
            ranked_by_cost = idx.by_cost(key, keys, rarity)
            upto = bisect_right(ranked_by_cost[0], weight / RATIO - own)
            worth.update(found.intersection(ranked_by_cost[1][:upto]))
    weights, mine = idx.weights(rarity), rarity.weights(t.words)
    # (the bound: what h distinctive and g common words of the name can share at most, against
    # what both names leave unpaired at least - core.resemble.least_costs)
    heavy_top = heaviest(tuple(x for x in mine if x > GENERIC_WEIGHT))
    light_top = heaviest(tuple(x for x in mine if x <= GENERIC_WEIGHT))
    own: dict[int, tuple[float, ...]] = {}
    nt, plain_t = len(t.words), plain_words(t.words)
    ranked: list[tuple[float, str, int, Resemblance]] = []
    for i in sorted(worth):
        if i not in sure:
            h, g = heavy[i], light[i]
            k = h + g
            short = min(nt, idx.lengths[i])
            if plain_t > plain[i] and idx.plain[i] > plain[i]:
                regime = INSTEAD  # both keep a plain word
            elif short <= BRAND and k >= short:
                regime = BRAND_EXTRA  # a short name may be wholly inside
            else:
                regime = EXTRA
            c = idx.least_costs(rarity, i)[regime]
            mine_k = own.get(regime)
            if mine_k is None:
                mine_k = own[regime] = least_costs(t.words, rarity, regime)
            top = idx.top(i)
            most = min(heavy_top[min(h, len(heavy_top) - 1)] + light_top[min(g, len(light_top) - 1)],
                       top[min(k, len(top) - 1)])
            if most < RATIO * (mine_k[min(k, len(mine_k) - 1)] + c[min(k, len(c) - 1)]):
                continue  # it cannot reach the gate
        loc = local[i]
        res = compare(t.words, loc.words, rarity, scoped=scoped, weights_a=mine,
                      weights_b=weights[i])
        if res.resemble or i in sharers or i in fuzzy and not res.numbers_differ:
            ranked.append((-_score(t, loc, res), str(loc.ident), i, res))
    ranked.sort(key=lambda r: (r[0], r[1]))
    out = []
    for neg, key, i, res in ranked[:MAX_CANDIDATES]:
        loc = local[i]
        out.append(Candidate(local_key=key, name=idx.display(i, loc), score=-neg,
                             number=loc.raw_number, organization_number=loc.raw_org,
                             differs=_differs(t, loc), why=_why(t, loc, res, rarity)))
    return out


def _block(idx: _Index, scope: Scope,
           pools: list[tuple[tuple[frozenset[int], str, bool], tuple[str, ...]]],
           sharers: set[int]) -> set[int]:
    """The local records worth scoring against a Tripletex record, at most `BLOCK_BUDGET`
    beyond the `sharers`. `pools`: each word's pool (`_Index.word_pool`: the same word, its
    prefix, its typos) with its keys, smallest first. Small pools (rare words) are taken whole;
    then the records in the pools of two different words, fewest first; then larger pools,
    smallest first, while they fit."""
    pool = set(sharers)
    limit = len(sharers) + BLOCK_BUDGET
    large = []
    for (p, _w, _c), keys in pools:
        if len(p) <= SMALL_BLOCK and len(pool) + len(p) <= limit:
            pool.update(p)
        else:
            large.append((p, keys))
    large = large[:MAX_PAIR_KEYS]
    pairs = sorted((idx.both(scope, a, ka, b, kb)
                    for n, (a, ka) in enumerate(large) for b, kb in large[n + 1:]), key=len)
    for both in pairs:
        if len(pool) >= limit:
            break
        pool.update(sorted(both - pool)[: limit - len(pool)])
    else:
        for p, _k in large:
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


def match_customers(fresh: Iterable[TxCustomer], unlinked: Iterable[LocalCustomer],
                    others: Iterable[TxCustomer] = ()) -> list[MatchResult]:
    """One `MatchResult` per fresh Tripletex customer, sorted by Tripletex id. `others`: the
    Tripletex customers already known (the rest of the snapshot), counted for uniqueness and
    rarity, never matched."""
    unlinked = list(unlinked)
    if not unlinked:  # nothing local to match against (a first sync into an empty registry)
        return [MatchResult(c.id) for c in sorted(fresh, key=lambda c: c.id)]
    tx = [_rec(c.id, NO_SCOPE, c.name, c.number, c.organization_number) for c in fresh]
    loc = [_rec(c.key, NO_SCOPE, c.name, c.number, c.organization_number) for c in unlinked]
    known = [_rec(c.id, NO_SCOPE, c.name, c.number, c.organization_number) for c in others]
    rarity = Rarity(r.words for r in (*tx, *loc, *known))
    return _match("customer", tx, loc, known, rarity)


def match_projects(fresh: Iterable[TxProject], unlinked: Iterable[LocalProject],
                   scope: Callable[[TxProject], Scope],
                   others: Iterable[tuple[Scope, TxProject]] = (),
                   strip: Callable[[Scope], frozenset[str]] | None = None) -> list[MatchResult]:
    """One `MatchResult` per fresh Tripletex project, sorted by Tripletex id. `scope(p)` gives
    the (customer_key, parent_key) of the local scope `p` belongs in; a project is matched only
    against local projects with the same customer_key and parent_key. `others`: the Tripletex
    projects already known, with their scopes (counted for uniqueness, never matched).
    `strip(scope)`: the words of a scope's customer and main project, set aside in the names
    compared for resemblance."""
    def words_to_strip(sc: Scope) -> frozenset[str]:
        return strip(sc) if strip is not None else frozenset()

    loc = [_rec(p.key, (p.customer_key, p.parent_key), p.name, p.number, None,
                words_to_strip((p.customer_key, p.parent_key))) for p in unlinked]
    scopes = {r.scope for r in loc}
    fresh = sorted(fresh, key=lambda p: p.id)
    out: list[MatchResult] = []
    tx = []
    for p in fresh:  # a project whose scope holds no local project is simply new
        sc = scope(p)
        if sc in scopes:
            tx.append(_rec(p.id, sc, p.name, p.number, None, words_to_strip(sc)))
        else:
            out.append(MatchResult(p.id))
    if not tx:
        return out
    known = [_rec(p.id, sc, p.name, p.number, None) for sc, p in others if sc in scopes]
    rarity = Rarity((r.words for r in (*tx, *loc, *known)), common_capped=False)
    return sorted(out + _match("project", tx, loc, known, rarity), key=lambda m: m.tripletex_id)


def score_pair(kind: str, tx_name: str, local_name: str, *, tx_number: str | None = None,
               local_number: str | None = None, tx_org: str | None = None,
               local_org: str | None = None, rarity: Rarity | None = None,
               strip: frozenset[str] = frozenset()) -> tuple[float, tuple[str, ...]]:
    """(score, why) of one pair, as review candidates are scored: what the search in review
    shows for a record that was not among the candidates. `rarity` from both registries (see
    `corpus_rarity`); without it every word counts as rare."""
    t = _rec(0, NO_SCOPE, tx_name, tx_number, tx_org, strip)
    loc = _rec("", NO_SCOPE, local_name, local_number, local_org, strip)
    rarity = rarity or Rarity((t.words, loc.words), common_capped=kind == "customer")
    res = compare(t.words, loc.words, rarity, scoped=kind == "project")
    return _score(t, loc, res), _why(t, loc, res, rarity)


def corpus_rarity(names: Iterable[str], kind: str = "customer") -> Rarity:
    """The word rarities of a registry's names of `kind` (for `score_pair`)."""
    return Rarity((words_of(n) for n in names), common_capped=kind == "customer")
