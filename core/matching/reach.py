"""The local records that the other readings of a name may reach, which the bound on the words
two names share does not count (core.matching.candidates compares them whatever it says): an
acronym beside other words, an owner's names, the words before a comma, a health trust and a
hospital, a project company's site, a department's words, a chain's company and its stores, a
municipality and its enterprise, a hotel and its chain (core.matching.readings reads them); and
the units a department names by their own names, which no word of the other name finds.
"""

from __future__ import annotations

from core.matching.company import chain_company
from core.matching.index import Index, Rec, acronyms_in, municipal, partial
from core.matching.keys import initials_spans, spelt_by
from core.matching.rarity import Rarity
from core.matching.readings import unit_fits
from core.matching.trades import ANY_STORE_WORDS, CHAINS, HOTEL, hospital_word


def past_the_bound(t: Rec, local: list[Rec], idx: Index, pool: set[int]) -> set[int]:
    """The records of `pool` that a reading of `t` and them may pair beyond their words."""
    key = t.scope
    # (an acronym beside other words spells what no bound counts: "EBE Bergen kommune")
    out = _capped(t, local, idx, pool)
    if idx.partial or partial(t):  # (by all its words: an owner's names)
        out |= pool if partial(t) else pool & idx.partial
    if idx.headed:  # (by the words before a comma: `readings.head_fits`)
        out.update(i for i in pool & idx.headed if len(t.words) <= len(local[i].head) + 1)
    if t.head:
        most = len(t.head) + 1
        for w in t.head:
            out.update(i for i in idx.postings.get((key, w), ())
                       if i in pool and idx.lengths[i] <= most)
    if idx.hospitals and t.words[:1] == ("helse",):  # (a trust and a hospital)
        out |= pool & idx.hospitals
    if idx.trusts and any(map(hospital_word, t.words)):
        out |= pool & idx.trusts
    if idx.sited or t.site:  # (by its site: `readings.compare_recs`)
        out |= pool & idx.sited if not t.site else pool - idx.sited
    if t.dept:  # (its department's words in another's name: `readings.compare_recs`)
        for w in t.dept:
            out.update(i for i in idx.postings.get((key, w), ()) if i in pool)
    if idx.depts:  # (another's department's words in its name)
        for w in t.words:
            out.update(i for i in idx.depts.get((key, w), ()) if i in pool)
    if idx.chain_cos and chain_company(t.words):  # (a chain's own company)
        out |= pool & idx.chain_cos
    if idx.municipal and municipal(t):  # (a municipality and its KF)
        out |= pool & idx.municipal
    if idx.chains or idx.stores:  # a chain's store and the company running it
        if not ANY_STORE_WORDS.isdisjoint(t.words):
            out |= pool & idx.chains
        if not CHAINS.isdisjoint(t.words):
            out |= pool & idx.stores
    if idx.hotels and not HOTEL.isdisjoint(t.words):  # (a hotel and its chain)
        out |= pool & idx.hotels
    return out


def units_of(t: Rec, local: list[Rec], idx: Index, claimed: set[int], rarity: Rarity) -> set[int]:
    """The local records that may be the unit `t`'s department names, or name the unit `t`
    is (`readings.unit_fits`)."""
    key = t.scope
    found = {i for w in t.dept for i in idx.postings.get((key, w), ())
             if i not in claimed and unit_fits(t, local[i], rarity)}
    if idx.depts:
        found.update(i for w in t.words for i in idx.depts.get((key, w), ())
                     if i not in claimed and unit_fits(local[i], t, rarity))
    return found


def _capped(t: Rec, local: list[Rec], idx: Index, pool: set[int]) -> set[int]:
    """The records of `pool` whose acronym written in capitals beside other words may spell
    words of `t` (`Index.capped`), or whose words `t`'s may."""
    out = set()
    # (shorter names with such an acronym first: most have none, and then no spans are made)
    if idx.capped and (shorter := [i for i in pool & idx.capped.keys()
                                   if idx.lengths[i] < len(t.words)]):
        spans = set(initials_spans(t.words))
        out.update(i for i in shorter if not spans.isdisjoint(idx.capped[i]))
    if len(t.words) > 1 and (mine := acronyms_in(t)):
        keys = frozenset().union(*map(spelt_by, mine))
        out.update(i for i in pool if idx.lengths[i] > len(t.words)
                   and not keys.isdisjoint(initials_spans(local[i].words)))
    return out
