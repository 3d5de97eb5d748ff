"""Review candidates for a Tripletex record with no sure match: the unlinked local records of
its scope that share its org number, number, base name or spaceless name, that resemble it
(core.matching.resemble), or whose whole-name fuzzy ratio reaches `FUZZY_THRESHOLD`, best
`MAX_CANDIDATES` first by one score (`pair_score`), each with what tells it apart (`differs`) and
what matched (`why_of`).

No all-pairs comparison is made: an `Index` finds, for each word of the Tripletex name, the local
records whose words `token_sim` could pair with it (blocking keys: the same word, its first four
letters, a three-letter head, the word less one letter, a common word ending a long one, its
trade family, a year written short, compounds both ways, consonant abbreviations), and at most
`BLOCK_BUDGET` of them are looked at beyond the sharers. Of those, a sound bound skips the ones
that cannot reach the gate with as many words as they were found through; the rest are compared.
A small project scope (a customer's projects) is compared whole.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain

from rapidfuzz import fuzz, process

from core.matching.company import (
    estate_why,
    foundation,
)
from core.matching.index import (
    SMALL_BLOCK,
    Index,
    Rec,
    Scope,
    blocked,
    numbers_named,
)
from core.matching.keys import heads_of, initials_of, word_keys
from core.matching.normalize import NormName
from core.matching.rarity import Rarity
from core.matching.reach import past_the_bound, units_of
from core.matching.readings import compare_recs
from core.matching.resemble import (
    BRAND,
    BRAND_EXTRA,
    DISTINCT,
    EXTRA,
    INSTEAD,
    RATIO,
    Resemblance,
    heaviest,
    lead_floor,
    least_costs,
    plain_words,
)
from core.matching.words import (
    DISCIPLINE_PEERS,
    FILLER,
    GENERIC_WEIGHT,
    synonyms_why,
)
from core.models import Candidate
from core.text import clean_text

FUZZY_THRESHOLD = 88.0  # a whole-name fuzzy ratio this high also makes a candidate


MAX_CANDIDATES = 5


SMALL_SCOPE = 60  # a project scope this small is compared whole


MAX_PAIR_KEYS = 5  # the larger blocks whose overlaps are tried, smallest first


BLOCK_BUDGET = 50  # local records scored per Tripletex record, at most (plus exact sharers)




def compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def org_conflict(t: Rec, loc: Rec) -> bool:
    return t.org is not None and loc.org is not None and t.org != loc.org


def similarity(t: Rec, loc: Rec) -> float:
    return max(fuzz.ratio(t.sorted_name, loc.sorted_name),
               fuzz.ratio(t.compact, loc.compact))


def _adjust(score: float, a: NormName, b: NormName, same_org: bool, same_number: bool,
            org_conflict: bool, other_dept: bool = False) -> float:
    if a.base != b.base:
        score = min(score, 99.0)
    if a.legal_form and b.legal_form and a.legal_form != b.legal_form:
        score -= 10
    elif bool(a.legal_form) != bool(b.legal_form):
        formed, formless = (a, b) if a.legal_form else (b, a)
        if foundation(formless) and not foundation(formed):
            score -= 10  # a foundation and a company ("Stiftelsen Bergen Bygg" / "Bergen Bygg AS")
    score += 10 * same_org + 5 * same_number - 20 * org_conflict - 20 * other_dept
    return round(min(100.0, max(0.0, score)), 1)


def pair_score(t: Rec, loc: Rec, res: Resemblance) -> float:
    """The one score of a pair, 0-100: the resemblance, less 10 when both legal forms are known
    and differ (a foundation's written before its name among them: `company.foundation`),
    less 20 when the org numbers differ, plus 10 when the org numbers agree and 5 when the
    numbers agree; less 20 when both name a department and they differ
    ("Felleskjøpet Agri SA avd. Levanger" / "... avd. Orkanger"); 100 only for equal base
    names."""
    same_org = t.org is not None and t.org == loc.org
    same_number = t.number is not None and t.number == loc.number
    return _adjust(100.0 * res.value, t.norm, loc.norm, same_org, same_number,
                   org_conflict(t, loc), other_dept(t, loc))


def other_dept(t: Rec, loc: Rec) -> bool:
    """Whether both name a department, and not the same one ("Meieriet Harstad" / "Meieriet
    Frøya" are two; "Midt" / "Midt-Norge" may be one)."""
    return bool(t.dept) and bool(loc.dept) and not same_dept(t, loc)


def same_dept(t: Rec, loc: Rec) -> bool:
    """Whether both name a department, and the words of one are all the other's."""
    return bool(t.dept) and bool(loc.dept) and (t.dept <= loc.dept or loc.dept <= t.dept)


def why_of(t: Rec, loc: Rec, res: Resemblance, rarity: Rarity) -> tuple[str, ...]:
    """The signals that matched, in words, strongest first."""
    out: list[str] = []
    if t.org is not None and t.org == loc.org:
        out.append("same org number")
    elif org_conflict(t, loc):
        out.append("different org numbers")
    if t.number is not None and t.number == loc.number:
        out.append("same number")
    elif (t.number is not None and t.number in loc.name
          and t.number in numbers_named(loc.norm.tokens)):
        out.append("its number written into the name")
    # (`compare_recs`)
    by_site = bool(t.site) and t.words == t.site or bool(loc.site) and loc.words == loc.site
    if t.norm.base and t.norm.base == loc.norm.base:
        out.append("same name")
        if clean_text(t.name).casefold() != clean_text(loc.name).casefold() and any(
                ch in (t.name + loc.name).casefold() for ch in "æøåäö"):
            out.append("æ/ø/å spelling")
    else:
        said = synonyms_why(t.norm, loc.norm)
        if t.words[:1] == loc.words[:1] == ("dodsbo",):  # (an estate: "Db." / "Dødsbo etter")
            said += estate_why(t.name, loc.name)
        out.extend(said)
        explained = res.explain(t.words, loc.words, rarity)
        if explained == ("same words",) and said:
            explained = ()  # (what the synonyms said: "abbreviation brl=borettslag")
        elif explained == ("same words",) and not (t.aside or loc.aside or t.stripped
                                                   or loc.stripped or by_site):
            # (written otherwise: "Kabel-legging" / "Kabling"; not what is set aside beside a
            # name, which the signals below say: "Salmar ASA org.nr 893 927 565")
            explained = (f"same words as read: '{' '.join(t.words)}'",)
        out.extend(explained)
    if other_dept(t, loc):
        out.append(f"other department '{' '.join(sorted(t.dept))}'/"
                   f"'{' '.join(sorted(loc.dept))}'")
    elif same_dept(t, loc):
        out.append(f"same department '{' '.join(sorted(t.dept & loc.dept))}'")
    if t.stripped or loc.stripped:
        out.append("customer or main project named in the project name")
    for r in (t, loc) if by_site else ():
        if r.site and r.words == r.site:
            out.append(f"compared without '{' '.join(w for w in r.whole if w not in r.site)}'")
    if (t.aside or loc.aside) and not by_site:  # (a site's group: "compared without", above)
        out.append("org number, contact or department written into the name")
    a, b = t.norm.legal_form, loc.norm.legal_form
    if a and b and a != b:
        out.append(f"legal form {a.upper()}/{b.upper()}")
    elif bool(a) != bool(b):
        out.append("legal form on one side only")
    return tuple(dict.fromkeys(out))


def candidates(t: Rec, local: list[Rec], idx: Index, claimed: set[int], rarity: Rarity,
                *, scoped: bool) -> list[Candidate]:
    """Ranked review candidates for `t` (see the module docstring)."""
    sharers: set[int] = set()
    key = t.scope
    if t.org:
        sharers.update(idx.org.get((key, t.org), ()))
    if t.number:
        sharers.update(idx.number.get((key, t.number), ()))
        sharers.update(idx.named_number.get((key, t.number), ()))
    if t.norm.base:
        sharers.update(idx.base.get((key, t.norm.base), ()))
        sharers.update(idx.compact.get((key, t.compact), ()))
    if t.words:  # (not two departments of one organisation: asked only as they resemble)
        sharers.update(i for i in idx.same_words.get((key, t.words), ())
                       if not other_dept(t, local[i]))
    pools = sorted((((p, w, c), keys) for w, keys, c in word_keys(blocked(t), query=True)
                    if (p := idx.word_pool(key, keys))), key=lambda pw: len(pw[0][0]))
    in_scope = idx.scope_members.get(key, ())
    whole = scoped and len(in_scope) <= SMALL_SCOPE  # (typos no key finds: compare them all)
    pool = set(in_scope) if whole else _block(idx, key, pools, sharers)
    spelt = idx.spelt(t)  # (an acronym and the words it spells share no key)
    if scoped and len(t.words) == 1 and (peers := DISCIPLINE_PEERS.get(t.words[0])):
        # a discipline's code and its trade, as whole names ("RIE" / "Elektro": `compare`)
        spelt = spelt.union(*(idx.same_words.get((key, (w,)), ()) for w in peers))
    if spelt:
        spelt -= claimed
        pool |= spelt
    # one department of an organisation, written otherwise ("avd. Midt" / "region Midt"): asked
    # when the names share a word (below)
    dept_sharers = ({i for w in t.dept for i in idx.depts.get((key, w), ())
                     if i not in claimed and same_dept(t, local[i])} if t.dept else set())
    if dept_sharers:
        pool |= dept_sharers
    # a unit by its own name beside its organisation's department ("Helse Bergen HF avd.
    # Hagevik" / "Kysthospitalet i Hagevik": `readings.unit_fits`), which no word of the other
    # name finds
    units = units_of(t, local, idx, claimed, rarity) if t.dept or idx.depts else set()
    if units:
        pool |= units
    pool -= claimed
    sharers -= claimed
    if not pool:
        return []
    order = sorted(pool)
    fuzzy: set[int] = set()  # a whole-name fuzzy ratio of FUZZY_THRESHOLD or more
    for column, query in ((idx.sorted_names, t.sorted_name), (idx.compacts, t.compact)):
        choices = list(map(column.__getitem__, order))
        for _c, _s, j in process.extract(query, choices, scorer=fuzz.ratio, processor=None,
                                         limit=None, score_cutoff=FUZZY_THRESHOLD):
            fuzzy.add(order[j])
    # a record found through h distinctive and g generic words of the name pairs at most
    # those: skip the comparisons that cannot reach the gate so (core.matching.resemble.cost_room);
    # what only two words written together find is always compared
    sure = pool if whole else sharers | fuzzy | spelt
    words: list[tuple[frozenset[int], str, float]] = []  # (what it found, the word, its weight)
    # what each word found, by the kind of word, counted at once below (one count of them all
    # costs less than one a word)
    by_heavy: list[frozenset[int]] = []
    by_light: list[frozenset[int]] = []
    by_plain: list[frozenset[int]] = []  # through words that are neither filler nor numbers
    # (a word the name has twice may pair twice: "Riddu Riddu" / "Riddu Riđđu Festivàla")
    twice = Counter(t.words) if len(set(t.words)) < len(t.words) else None
    for (p, w, compound), _keys in pools:
        if compound:
            sure |= p & pool
            continue
        found = p & pool
        weight = rarity.weight(w)
        by_kind = by_heavy if weight > GENERIC_WEIGHT else by_light
        is_plain = w not in FILLER and not w.isdigit()
        for _ in range(twice[w] if twice and twice[w] > 1 else 1):
            by_kind.append(found)
            if is_plain:
                by_plain.append(found)
        words.append((found, w, weight))
    heavy: Counter[int] = Counter(chain.from_iterable(by_heavy))
    light: Counter[int] = Counter(chain.from_iterable(by_light))
    # (when every word is plain, as in most names, what plain words found is what all found:
    # not counted again)
    plain: Counter[int] | None = (Counter(chain.from_iterable(by_plain))
                                  if len(by_plain) < len(by_heavy) + len(by_light) else None)
    # an initial or a two-letter word pairs with a word it begins ("K."/"Kari", "TF"/
    # "Turnforening") though no key finds it: counted as a word found, so that the bound below
    # does not skip "Kari Helland" for "K. Helland"
    mine_initials = initials_of(t.words)
    with_initials = pool if mine_initials else pool & idx.with_initials
    if with_initials:
        mine_heads = heads_of(t.words)
        initials = idx.initials
        for i in with_initials:
            n = sum(map(mine_heads.__contains__, initials[i]))
            if mine_initials:  # (else another's words' first letters are not asked)
                n += sum(map(idx.heads(i).__contains__, mine_initials))
            if n:
                heavy[i] += n
                if plain is not None:
                    plain[i] += n
    if whole:
        worth = pool
    else:
        # common words alone resemble nothing: found through two words or more, one of them not
        # common: the bound below; through one: only a distinctive word can make two names
        # resemble, and only when what is left costs little (what its other words cost at
        # least when one word pairs: `least_costs` in the BRAND_EXTRA regime)
        worth = sure.union(i for i, n in heavy.items() if n + light.get(i, 0) >= 2)
        # (a brand of one word that begins the other name costs less: `lead_floor`, on the side
        # opposite a name of one word)
        mine_costs = least_costs(t.words, rarity)
        one, mine_brand = len(t.words) == 1, mine_costs[BRAND_EXTRA]
        own = (0.0, 0.0) if len(t.words) < 2 else (mine_brand[1], lead_floor(mine_brand, 1))
        lengths = idx.lengths
        for found, _w, weight in words:
            if weight < DISTINCT:
                continue
            room = weight / RATIO
            worth.update(i for i in found if i not in worth
                         and lead_floor(idx.least_costs(rarity, i)[BRAND_EXTRA], 1, one)
                         <= room - own[lengths[i] == 1])
    # (what the other readings of a name may pair, which no bound counts: `core.matching.reach`)
    capped = past_the_bound(t, local, idx, pool) if not whole else set()
    capped |= dept_sharers | units
    if capped:
        worth |= capped
    weights, mine = idx.weights(rarity), rarity.weights(t.words)
    # (the bound: what h distinctive and g common words of the name can share at most, against
    # what both names leave unpaired at least - core.matching.resemble.least_costs)
    heavy_top = heaviest(tuple(x for x in mine if x > GENERIC_WEIGHT))
    light_top = heaviest(tuple(x for x in mine if x <= GENERIC_WEIGHT))
    nt, plain_t = len(t.words), plain_words(t.words)
    last_heavy, last_light = len(heavy_top) - 1, len(light_top) - 1
    lengths, plains = idx.lengths, idx.plain
    # (the index's tables as they are made: the loop below runs some ten times a record)
    costs, tops = idx.costs, idx.tops
    ranked: list[tuple[float, str, int, Resemblance]] = []
    for i in sorted(worth):
        if i not in sure and i not in capped:
            h, g = heavy.get(i, 0), light.get(i, 0)
            k = h + g
            n_plain = k if plain is None else plain.get(i, 0)
            li = lengths[i]
            short = nt if nt < li else li
            if plain_t > n_plain and plains[i] > n_plain:
                regime = INSTEAD  # both keep a plain word
            elif short <= BRAND and k >= short:
                regime = BRAND_EXTRA  # a short name may be wholly inside
            else:
                regime = EXTRA
            c = (costs[i] or idx.least_costs(rarity, i))[regime]
            mine_k = mine_costs[regime]
            # (each table has an entry for 0 to all the words of its name)
            k_loc = k if k < li else li
            k_mine = k if k < nt else nt
            if regime == BRAND_EXTRA and short == 1:  # (a brand that begins the other name)
                cost = lead_floor(mine_k, k_mine, li == 1) + lead_floor(c, k_loc, nt == 1)
            else:
                cost = mine_k[k_mine] + c[k_loc]
            most = (heavy_top[h if h < last_heavy else last_heavy]
                    + light_top[g if g < last_light else last_light])
            top = (tops[i] or idx.top(i))[k_loc]
            if top < most:
                most = top
            if most < RATIO * cost:
                continue  # it cannot reach the gate
        loc = local[i]
        # (only a sharer's, a fuzzy match's or a department's is a candidate without resembling)
        gate = i not in sharers and i not in fuzzy and i not in dept_sharers
        res, a, b = compare_recs(t, loc, rarity, scoped=scoped, weights_a=mine,
                                 weights_b=weights[i], gate=gate)
        if (res.resemble or i in sharers or i in fuzzy and not res.numbers_differ
                or i in dept_sharers and res.shares_word):
            ranked.append((-pair_score(t, loc, res), str(loc.ident), i, res, a, b))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [candidate(t, local[i], i, idx, -neg, why_of(a, b, res, rarity))
            for neg, _key, i, res, a, b in ranked[:MAX_CANDIDATES]]


def candidate(t: Rec, loc: Rec, i: int, idx: Index, score: float, why: tuple[str, ...]
              ) -> Candidate:
    """Local record `i` as a review candidate for `t`."""
    return Candidate(local_key=str(loc.ident), name=idx.display(i, loc), score=score,
                     number=loc.raw_number, organization_number=loc.raw_org,
                     differs=differs(t, loc), why=why)


def _block(idx: Index, scope: Scope,
           pools: list[tuple[tuple[frozenset[int], str, bool], tuple[str, ...]]],
           sharers: set[int]) -> set[int]:
    """The local records worth scoring against a Tripletex record, at most `BLOCK_BUDGET`
    beyond the `sharers`. `pools`: each word's pool (`Index.word_pool`: the same word, its
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
        room = limit - len(pool)
        if room <= 0:
            break
        for i in both:  # the first `room` not taken yet, in order
            if i not in pool:
                pool.add(i)
                room -= 1
                if not room:
                    break
    else:
        for p, _k in large:
            if len(pool) + len(p) > limit:
                break
            pool.update(p)
    return pool


def differs(t: Rec, loc: Rec) -> tuple[str, ...]:
    """The fields where both records have a value and the values disagree."""
    out: list[str] = []
    # (the name's fields compared: cheaper than the names, `NormName.__eq__`)
    if t.norm.base != loc.norm.base or t.norm.legal_form != loc.norm.legal_form:
        out.append("name")
    if t.raw_number and loc.raw_number and t.number != loc.number:
        out.append("number")
    if t.raw_org and loc.raw_org and (t.org or t.raw_org) != (loc.org or loc.raw_org):
        out.append("organization_number")
    return tuple(out)
