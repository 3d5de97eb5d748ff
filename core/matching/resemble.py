"""How much a Tripletex name resembles a local one, and why: the generous, rarity-weighted
measure that decides whether a Tripletex record with no sure match goes to review (an unlinked
local record in its scope resembles it) or is created (none does), and that ranks the review
candidates. It never links anything by itself (core.matching.match's rules do that).

A name is compared as its words (core.matching.words: `words_of`, weighed by `Rarity`). Two
names' words are paired, best first (core.matching.pairing; two words:
core.matching.wordpair.token_sim):

- the same word, a year in another form ("2025"/"25"), a month by its number ("november"/"11");
- a compound written apart or together ("Byggservice" / "Bygg Service");
- a shortened word or abbreviation ("Cons."/"Consulting", "Tech"/"Technology", "Mgmt"/
  "Management"), a compound's first part ("Bygg"/"Byggservice") or last part, its initials
  ("GF"/"Generalforsamling");
- a first name as its initial ("K."/"Kari"), two as theirs ("A.L."/"Anne-Lise");
- a typo (one edit, or two in a long word; a swap of two letters counts as one), also in a
  word cut short ("Rehba"/"Rehabilitering", weaker: it never makes two names resemble alone);
- two trades of one family ("Bilverksted"/"Bilservice", "Seafood"/"Sjømat").

Each word weighs what it tells apart: its rarity in the two registries (`Rarity`: a word in
every name tells nothing, a word in one name a lot), and never more than `GENERIC_WEIGHT` for the
words that fill Norwegian company and project names ("Bygg", "Eiendom", "Consulting"). The
resemblance is the weight the pairs share against what is left unpaired on either side
(`Resemblance.value`, 0-1): a word more or less costs little, a filler word ("Group", "Norge")
less, two different numbers ("Storgata 5" / "Storgata 7", "2025" / "2026") a lot. A name
resembles another when the value reaches `GATE` and what they share is distinctive: a word of
weight `DISTINCT` or more, or every word of the shorter name (at least two, one of them not a
common word). So "AS", "Bygg" or "Eiendom" alone resemble nothing.

For projects the caller gives the words of the scope to set aside (`strip`): the customer's name
and number, and a sub-project's main project, which people write into project names ("Lia BRL -
Fasade 2025" is "Fasade 2025" under Lia Borettslag).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate

from core.matching.explain import explain_pairs
from core.matching.pairing import Pair, pair_words
from core.matching.rarity import DISTINCT, Rarity
from core.matching.trades import (
    ANY_STORE_WORDS,
    BODY_RENAMES,
    CHAINS,
    COUNTY_BODY,
    COUNTY_RENAMES,
    FUEL_CHAINS,
    FUEL_STORE_WORDS,
    HOTEL,
    HOTEL_BRANDS,
    HOTEL_CHAINS,
    MUNICIPAL_BODY,
    MUNICIPAL_RENAMES,
    STORE_WORDS,
    after_chain,
    hospital_word,
    trade_family,
    trade_twins,
)
from core.matching.wordpair import MAX_SPELT, acronym_like, spells, token_sim
from core.matching.words import (
    DISCIPLINE_PEERS,
    DISCIPLINES,
    FILLER,
    GENERIC_WEIGHT,
    ORDER_LABELS,
    PHASES,
    compound_rest,
)

TRANSLATED = 0.89  # what names that pair through a translation resemble at most (< accept-all)
BRAND = 2  # a name of this many words or fewer, wholly inside another, may be it typed short
_PAST_BRAND = 0.25  # a brand of one word beginning a long name: a word more past BRAND costs this


GATE = 0.6  # the least resemblance that puts a record in review rather than create it


_UNPAIRED = 0.2  # what a word left unpaired costs when both names have one: this + half its weight


_EXTRA = 0.1  # what a word more costs (only one name has words left): this + 0.3 of its weight


_FILLER_COST = 0.1


_YEAR_COST = 0.2  # a year more or less


_NUMBER_CONFLICT = 1.0  # each of two different numbers


EXTRA, BRAND_EXTRA, INSTEAD = 0, 1, 2  # how words left unpaired are priced (`least_costs`)


def number_at(words: tuple[str, ...], i: int) -> bool:
    """Whether `words[i]` is a number, or a house letter after one ("Storgata 31 A"): priced as
    numbers are ("31 A" / "31" is a number more, "31 A" / "31 B" two that differ)."""
    w = words[i]
    return w.isdigit() or (len(w) == 1 and i > 0 and words[i - 1].isdigit() and w.isalpha())


def _number_more(words: tuple[str, ...], i: int) -> float:
    """What a number only one name has costs: a year's price, nothing for a phase's number
    ("Fase 1 - Forprosjekt" / "Forprosjekt" costs the word "fase") or a work order's or a
    case's ("AO 2025-2518 Hydraulikk" / "Hydraulikk" costs the word "ao")."""
    if i and words[i - 1] in PHASES:
        return 0.0
    k = i - 1
    while k >= 0 and words[k].isdigit():
        k -= 1
    return 0.0 if k >= 0 and words[k] in ORDER_LABELS else _YEAR_COST


def plain_words(words: tuple[str, ...]) -> int:
    """How many of `words` are neither filler nor numbers, nor a trade said twice (their price
    depends on the other name: a word more, or a word instead of another)."""
    twins = trade_twins(words) if len(words) > 2 else ()
    return sum(1 for i, w in enumerate(words) if w not in FILLER and not w.isdigit()
               and not (len(w) == 1 and number_at(words, i)) and i not in twins)


def least_costs(words: tuple[str, ...], rarity: Rarity) -> tuple[tuple[float, ...], ...]:
    """What the words of a name cost `compare` at least when only k of them are paired, for
    k = 0, 1, 2, ...: the k that cost most are taken as paired, the rest as left unpaired; a
    table for each regime, indexed by it (one pass: a caller bounds a name in more than one).
    EXTRA, a word more; BRAND_EXTRA, a word more beside a short name wholly inside (half
    that); INSTEAD, a word instead of another (both names have plain words left). A bound that
    lets a caller skip comparisons that cannot reach `GATE`."""
    weight = rarity.weight
    extra, brand_extra, instead = [], [], []
    twins = trade_twins(words) if len(words) > 2 else ()  # (a trade said twice: filler at least)
    for i, w in enumerate(words):
        if w in FILLER or i in twins:
            cost = _FILLER_COST
        elif w.isdigit() or len(w) == 1 and number_at(words, i):
            cost = _number_more(words, i)
        else:  # (its price depends on the regime)
            x = weight(w)
            extra.append(_EXTRA + 0.3 * x)
            brand_extra.append(0.5 * (_EXTRA + 0.3 * x))
            instead.append(_UNPAIRED + 0.5 * x)
            continue
        extra.append(cost)
        brand_extra.append(cost)
        instead.append(cost)
    tables = [(), (), ()]
    for regime, costs in ((EXTRA, extra), (BRAND_EXTRA, brand_extra), (INSTEAD, instead)):
        costs.sort()
        tables[regime] = tuple(reversed((0, *accumulate(costs))))  # (the m cheapest, m = n..0)
    return tuple(tables)


def lead_floor(table: tuple[float, ...], k: int, lead: bool = True) -> float:
    """A `least_costs` table's least cost with k words paired; with `lead`, in the BRAND_EXTRA
    regime of a name the other's brand of one word may begin (`compare`: then the words more
    past the first `BRAND` cost `_PAST_BRAND` as much): the `BRAND` cheapest left, or that
    share of all."""
    if not lead:
        return table[k]
    n = len(table) - 1
    return max(table[max(k, n - BRAND)], _PAST_BRAND * table[k])


def heaviest(weights: tuple[float, ...]) -> tuple[float, ...]:
    """For k = 0, 1, 2, ...: the sum of the k heaviest of `weights` (what k paired words of a
    name can share at most)."""
    out = [0.0]
    for x in sorted(weights, reverse=True):
        out.append(out[-1] + x)
    return tuple(out)


RATIO = GATE / (1.0 - GATE)  # shared against unpaired cost, at the gate




@dataclass(frozen=True)
class Resemblance:
    """How two names compare: `value` 0-1, whether they `resemble` (see the module
    docstring), and the signals that matched, in words (`why`)."""

    value: float
    resemble: bool
    why: tuple[str, ...] = ()
    numbers_differ: bool = False  # each name has a number the other lacks ("2025"/"2026")
    distinct: bool = False  # they share a distinctive word
    shares_word: bool = False  # they share a word that is neither common nor a number
    # how the words paired (for `explain`): pairs, and the words of each name left unpaired
    pairing: tuple[list[Pair], list[int], list[int]] | None = field(default=None, repr=False,
                                                                        compare=False)

    def explain(self, a: tuple[str, ...], b: tuple[str, ...], rarity: Rarity) -> tuple[str, ...]:
        """`why`, for the words `a` and `b` this was made of."""
        if self.why or self.pairing is None:
            return self.why
        return explain_pairs(a, b, *self.pairing, rarity.weight)


NOTHING = Resemblance(0.0, False)
_CODES_SHOWN = {"ribr": "RIBr", "riaku": "RIAku", "ribyfy": "RIByfy"}  # (the others: in capitals)


def compare(a: tuple[str, ...], b: tuple[str, ...], rarity: Rarity, *,
            scoped: bool = False, explain: bool = False,
            weights_a: tuple[float, ...] | None = None,
            weights_b: tuple[float, ...] | None = None, gate: bool = False) -> Resemblance:
    """How much words `a` (Tripletex's) resemble words `b` (the local record's). `scoped`: the
    two share a narrow scope (a customer's projects), where any shared word that is not a
    number counts as distinctive. `explain`: fill `why` (it costs; only for what is shown).
    `weights_a`, `weights_b`: the words' weights, when the caller has them (`Rarity.weights`).
    `gate`: the caller only needs to know whether they resemble: `NOTHING` when they do not
    (as soon as that is sure: most pairs the candidates look at share no distinctive word)."""
    if not a or not b:
        return NOTHING
    wa = weights_a if weights_a is not None else rarity.weights(a)
    wb = weights_b if weights_b is not None else rarity.weights(b)
    if a == b:
        plain = [x for i, x in enumerate(wa) if not number_at(a, i)]
        return Resemblance(1.0, True, ("same words",), False,
                           distinct=scoped or any(x >= DISTINCT for x in plain),
                           shares_word=any(x > GENERIC_WEIGHT for x in plain))
    if scoped and len(a) == 1 == len(b) and b[0] in DISCIPLINE_PEERS.get(a[0], ()):
        # a main project's sub-project by its discipline's code or by its trade alone: "RIE" /
        # "Elektro", "RIBr" / "Brann" (not beside other words: "Bygg A" is a building)
        code, trade = (a[0], b[0]) if a[0] in DISCIPLINES else (b[0], a[0])
        shown = _CODES_SHOWN.get(code, code.upper())
        return Resemblance(0.8, True, (f"discipline {shown} = '{trade}'",), distinct=True)
    pairs, left_a, left_b = pair_words(a, b)
    if not pairs:
        return NOTHING
    if not (BODY_RENAMES.isdisjoint(a) and BODY_RENAMES.isdisjoint(b)):
        pairs, left_a, left_b = _no_county_rename(a, b, pairs, left_a, left_b)
        if not pairs:
            return NOTHING
    if (a[0] == "helse" and 0 in left_a and left_b) or (b[0] == "helse" and 0 in left_b and left_a):
        pairs, left_a, left_b = _trust_and_hospital(a, b, pairs, left_a, left_b)
    shared = 0.0
    cost = 0.0
    distinct = shares_word = near = initials = False
    for ia, jb, sim, _rel in pairs:
        x = wa[ia[0]] if len(ia) == 1 else max(wa[i] for i in ia)
        y = wb[jb[0]] if len(jb) == 1 else max(wb[j] for j in jb)
        weight = x if x < y else y
        shared += sim * weight
        if sim < 1.0:
            cost += (1.0 - sim) * (_UNPAIRED + 0.5 * weight)
        first = a[ia[0]]
        # ("mai" / "05": a month's name is a word; "tre" / "3": a number is no word shared)
        numeric = _rel == "number" or (
            first.isdigit() or len(first) == 1 and number_at(a, ia[0])) and _rel != "month"
        if sim >= 0.8 and not numeric:
            # (an acronym that spells three words or more is distinctive whatever they weigh:
            # "HSØ" / "Helse Sør-Øst")
            distinct = (distinct or weight >= DISTINCT or scoped
                        or _rel == "acronym" and len(ia) + len(jb) > 3
                        or _rel == "renamed")  # (a known rename, however common the new name)
            # (a rename or an acronym is no word shared: a customer number alone never links
            # "Statoil Eiendom" to "Equinor Eiendom", or "DNB Eiendom" to "Norsk Bolig
            # Eiendom", core.matching.match._unlike)
            shares_word = shares_word or (weight > GENERIC_WEIGHT
                                          and _rel not in ("renamed", "acronym"))
        elif (sim >= 0.7 and (weight >= DISTINCT or scoped) and not numeric
              and (_rel not in ("initial", "initials") or scoped and _rel == "initials")):
            # a rare short word one letter off ("Eide"/"Eode"), "GF"/"Generalforsamling"; in a
            # customer's projects, the initials of two words ("DD"/"Due diligence")
            near = True
            initials = initials or _rel in ("acronym", "initials")
    if not distinct and not scoped and (not left_a and _number_name(a)
                                        or not left_b and _number_name(b)):
        # a company named by a number, wholly inside the other name: "1881 AS" / "Opplysningen
        # 1881", "3M" / "3M Norge AS" (a project's number is no name: "2025" / "Lønn 2025")
        distinct = all(p[3] == "same" for p in pairs)  # (not "24" / "2024")
    whole_short = (min(len(a), len(b)) >= 2 and shares_word
                   and (not left_a if len(a) <= len(b) else not left_b))
    if gate and not (distinct or whole_short or near or scoped):
        return NOTHING  # (below, only a near pair or a scope makes `distinct`: no resemblance)
    # a word paired as the first part of a compound leaves the compound's other part over,
    # when that is a word of its own ("hansen"/"hansenanlegg" leaves "anlegg")
    rest_a: list[str] = []
    rest_b: list[str] = []
    for ia, jb, _sim, rel in pairs:
        if rel == "short":
            x, y = a[ia[0]], b[jb[0]]
            if len(x) > len(y) and (r := compound_rest(y, x)):
                rest_a.append(r)
            elif len(y) > len(x) and (r := compound_rest(x, y)):
                rest_b.append(r)
    numbers_a = numbers_b = False
    hotel_a: tuple[int, ...] = ()
    hotel_b: tuple[int, ...] = ()
    if left_a or left_b or rest_a or rest_b:
        spare_a = _spare(a, left_a, pairs, 0) if left_a and len(a) > 2 else ()
        spare_b = _spare(b, left_b, pairs, 1) if left_b and len(b) > 2 else ()
        if left_a and left_b and not (CHAINS.isdisjoint(a) and CHAINS.isdisjoint(b)):
            # a chain's store and the company that runs it
            chain_a, chain_b = _chain_store(a, b, left_a, left_b)
            if not chain_a:
                # a hotel's chain: it costs little, but what the other name has instead of
                # it costs as a word instead ("Plaza Hotel Oslo" / "Scandic Hotel Oslo")
                hotel_a, hotel_b = _hotel_chain(a, b, left_a, left_b)
                chain_a, chain_b = hotel_a, hotel_b
            if chain_a or chain_b:
                spare_a, spare_b = spare_a + chain_a, spare_b + chain_b
        # (a compound's other part that is a filler word says nothing: "Reitangruppen")
        other_a = bool(hotel_a) or any(r not in FILLER for r in rest_a)
        other_b = bool(hotel_b) or any(r not in FILLER for r in rest_b)
        for i in left_a:
            x = a[i]
            if (x.isdigit() or len(x) == 1 and number_at(a, i)) and i not in spare_a:
                numbers_a = True
            other_a = other_a or (x not in FILLER and i not in spare_a)
        for j in left_b:
            y = b[j]
            if (y.isdigit() or len(y) == 1 and number_at(b, j)) and j not in spare_b:
                numbers_b = True
            other_b = other_b or (y not in FILLER and j not in spare_b)
        if near and initials and scoped and not (other_a and other_b):
            # within a customer's projects, a compound's initials with a word more on one
            # side: "GF-protokoll" is that customer's "Generalforsamling"
            distinct = True
        brand = (distinct and not (other_a and other_b) and min(len(a), len(b)) <= BRAND)
        # a brand of one word that begins the other name ("KODE" / "KODE Art Museums and
        # Composer Homes"): the words more past its first `BRAND` cost a quarter as much
        lead = (brand and len(pairs) == 1 and pairs[0][3] == "same"
                and (pairs[0][1] == (0,) if len(a) == 1 else len(b) == 1 and pairs[0][0] == (0,)))
        more = 0
        for words, weights, left, rests, numbers_other, other, spare in (
                (a, wa, left_a, rest_a, numbers_b, other_b, spare_a),
                (b, wb, left_b, rest_b, numbers_a, other_a, spare_b)):
            for i in left:
                word = words[i]
                if i in spare:  # (a store's number in its chain's name: "Rema 1000 Holmlia")
                    cost += _FILLER_COST
                elif word.isdigit() or len(word) == 1 and number_at(words, i):
                    cost += _NUMBER_CONFLICT if numbers_other else _number_more(words, i)
                elif word in FILLER:
                    cost += _FILLER_COST
                elif other:  # a word instead of another
                    cost += _UNPAIRED + 0.5 * weights[i]
                elif brand:
                    # one name wholly inside the other, sharing a distinctive word: a brand
                    # typed short ("XXL" / "XXL Sport og Villmark AS"): a word more costs half
                    more += 1
                    price = 0.5 * (_EXTRA + 0.3 * weights[i])
                    cost += price if not lead or more <= BRAND else _PAST_BRAND * price
                else:  # a word more
                    cost += _EXTRA + 0.3 * weights[i]
            for word in rests:  # the other part of a compound
                cost += (_FILLER_COST if word in FILLER
                         else _UNPAIRED + 0.5 * rarity.weight(word) if other
                         else _EXTRA + 0.3 * rarity.weight(word))
    # every word of both names paired, one of them a rare word typed one letter off: "Eode
    # Malermester" is likely "Eide Malerfirma" (a trade of one family beside it)
    if near and not (left_a or left_b or rest_a or rest_b):
        distinct = True
    elif scoped and len(a) == len(b) == 1 and not distinct and _cut(a[0], b[0]):
        distinct = True  # in one scope, a one-word name cut short: "El." / "Elektro"
    value = shared / (shared + cost) if shared > 0 else 0.0
    if value > TRANSLATED and any(p[3] in ("translated", "trust") for p in pairs):
        # (a translation asks: "North Ventures AS" / "Nord Ventures AS"; and a "Helse" beside
        # a hospital, a firm's as well as a trust's: "Helse Bergen Sentrum AS")
        value = TRANSLATED
    conflict = numbers_a and numbers_b
    resemble = value >= GATE and (distinct or whole_short) and not conflict
    if gate and not resemble:
        return NOTHING
    why = explain_pairs(a, b, pairs, left_a, left_b, rarity.weight) if explain else ()
    return Resemblance(round(value, 4), resemble, why, conflict, distinct, shares_word,
                       (pairs, left_a, left_b))


def _no_county_rename(a: tuple[str, ...], b: tuple[str, ...], pairs: list[Pair],
                      left_a: list[int], left_b: list[int]
                      ) -> tuple[list[Pair], list[int], list[int]]:
    """The pairs without a merged county's or municipality's old and new name, unless both
    names are the bodies' (`COUNTY_BODY`: "Hedmark fylkeskommune" / "Innlandet fylkeskommune",
    `MUNICIPAL_BODY`: "Skedsmo kommune" / "Lillestrøm kommune"), and the words so left
    unpaired."""
    county = COUNTY_BODY in a and COUNTY_BODY in b
    municipal = MUNICIPAL_BODY in a and MUNICIPAL_BODY in b
    keep = [p for p in pairs if not (p[3] == "renamed" and any(
        w in COUNTY_RENAMES and not county or w in MUNICIPAL_RENAMES and not municipal
        for w in (a[p[0][0]], b[p[1][0]])))]
    if len(keep) == len(pairs):
        return pairs, left_a, left_b
    dropped = [p for p in pairs if p not in keep]
    return (keep, sorted([*left_a, *(i for p in dropped for i in p[0])]),
            sorted([*left_b, *(j for p in dropped for j in p[1])]))


def _trust_and_hospital(a: tuple[str, ...], b: tuple[str, ...], pairs: list[Pair],
                        left_a: list[int], left_b: list[int]
                        ) -> tuple[list[Pair], list[int], list[int]]:
    """A health trust's "Helse" as the first word of its name ("Helse Stavanger HF") paired with
    a hospital's word the other name leaves unpaired ("Stavanger universitetssjukehus"), as one
    institution; not a firm's "Helse" ("Martina Hansens Helse AS")."""
    for side, (x, y, lx, ly) in enumerate(((a, b, left_a, left_b), (b, a, left_b, left_a))):
        if x[0] != "helse" or 0 not in lx:
            continue
        j = next((j for j in ly if hospital_word(y[j])), None)
        if j is None:
            continue
        pair: Pair = ((0,), (j,), 0.6, "trust") if side == 0 else ((j,), (0,), 0.6, "trust")
        lx2, ly2 = [i for i in lx if i != 0], [i for i in ly if i != j]
        return ([*pairs, pair], *((lx2, ly2) if side == 0 else (ly2, lx2)))
    return pairs, left_a, left_b


def _number_name(words: tuple[str, ...]) -> bool:
    """Whether a name is only a number (and a letter after it: "3M"), two characters or more."""
    return (sum(map(len, words)) >= 2
            and all(w.isdigit() or len(w) == 1 and number_at(words, i)
                    for i, w in enumerate(words)))


def _cut(x: str, y: str) -> bool:
    """Whether one word is the other cut short, two letters or more ("el" / "elektro")."""
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return len(short) >= 2 and short.isalpha() and long_.startswith(short)


def _spare(words: tuple[str, ...], left: list[int], pairs: list[Pair], side: int
           ) -> tuple[int, ...]:
    """The words of `left` that say again what a word of the same name that paired says: the
    trade ("Logistikk" of "Knudsen Transport og Logistikk" once "Transport" paired), or the
    words its acronym spells ("Norges teknisk-naturvitenskapelige universitet" of "... NTNU"
    once "NTNU" paired). They cost what a filler word costs."""
    out: tuple[int, ...] = ()
    twins = trade_twins(words)
    if twins:
        paired = {trade_family(words[k]) for p in pairs for k in p[side] if k in twins}
        out = tuple(i for i in left if i in twins and trade_family(words[i]) in paired)
    if len(left) > 1:
        for p in pairs:
            k = p[side][0]
            if len(p[side]) == 1 and acronym_like(words[k]):
                span = _spelt_in(words[k], words, left)
                if span:
                    out += span
                    break
    return out


def _chain_store(a: tuple[str, ...], b: tuple[str, ...], left_a: list[int], left_b: list[int]
                 ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """When one name left a chain's name ("Meny", "Circle K") and the other a word a store's
    company is named by ("Detalj", "Kjøpmann", "Service"): those words of both, which say
    what the other says ("Meny Alta" is run by "Kjøpmann Alta AS"); else ((), ())."""
    for x, y, lx, ly, flip in ((a, b, left_a, left_b, False), (b, a, left_b, left_a, True)):
        if CHAINS.isdisjoint(x) or ANY_STORE_WORDS.isdisjoint(y):
            continue
        chain = tuple(i for i in lx if x[i] in CHAINS or after_chain(x, i))
        if chain:
            words = STORE_WORDS if FUEL_CHAINS.isdisjoint(x) else FUEL_STORE_WORDS
            store = tuple(j for j in ly if y[j] in words)
            if store:
                return (store, chain) if flip else (chain, store)
    return (), ()


def _hotel_chain(a: tuple[str, ...], b: tuple[str, ...], left_a: list[int], left_b: list[int]
                 ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """When both names are a hotel's and one left the chain that runs it ("Radisson Blu Plaza
    Hotel" / "Plaza Hotel Oslo") where the other names no chain: the chain's words, which say
    nothing the other contradicts; else ((), ())."""
    if HOTEL.isdisjoint(a) or HOTEL.isdisjoint(b):
        return (), ()
    for x, y, lx, flip in ((a, b, left_a, False), (b, a, left_b, True)):
        if (not HOTEL_CHAINS.isdisjoint(x) and CHAINS.isdisjoint(y)
                and HOTEL_CHAINS.isdisjoint(y)):
            chain = tuple(i for i in lx if x[i] in HOTEL_CHAINS
                          or (i > 0 and x[i - 1] in HOTEL_CHAINS and x[i] in HOTEL_BRANDS))
            return ((), chain) if flip else (chain, ())
    return (), ()


def _spelt_in(x: str, words: tuple[str, ...], left: list[int]) -> tuple[int, ...]:
    """The run of adjacent words of `left` that acronym `x` spells, or ()."""
    for m in range(min(len(x), MAX_SPELT), 1, -1):
        for k in range(len(words) - m + 1):
            if words[k][0] != x[0]:
                continue
            span = tuple(range(k, k + m))
            if all(j in left for j in span) and spells(x, [words[j] for j in span]):
                return span
    return ()


def strip_words(words: tuple[str, ...], strip: frozenset[str]) -> tuple[str, ...]:
    """`words` without those in `strip` (the scope's own words, or one letter off one), unless
    only numbers and filler would be left ("Regnskap 2023/2024" under Kristensen Regnskap keeps
    its words: "2023 2024" alone would share nothing but years with "Regnskap 2023/2024
    oppdrag"); a phase ("Fase 3") is a name of its own."""
    if not strip:
        return words
    kept = tuple(w for w in words if w not in strip and not (
        len(w) >= 5 and not w.isdigit() and any(token_sim(w, s) == (0.85, "typo") for s in strip)))
    return kept if plain_words(kept) or not PHASES.isdisjoint(kept) else words
