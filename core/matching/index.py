"""The records matching compares and the index that finds, for a Tripletex record, the local
records worth comparing with it.

`Rec`: one record on either side with its matching keys (`make_rec`): normalised name, words
(with the scope's own words set aside for projects), number, org number. `Index`: the local
records by scope and key (org number, number, base name, spaceless name for the rules) and each
local word under the blocking keys `core.matching.keys` gives it, so that a Tripletex word finds
the local words `core.matching.wordpair.token_sim` could pair it with.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from core.matching.company import chain_company, company_parts, company_site, department
from core.matching.keys import (
    heads_of,
    initials_of,
    initials_spans,
    spelt_by,
    word_keys,
)
from core.matching.lexicon import PROJECT_SYNONYMS
from core.matching.normalize import (
    NormName,
    fold,
    normalize_name,
    normalize_number,
    normalize_org,
)
from core.matching.rarity import Rarity
from core.matching.resemble import (
    heaviest,
    least_costs,
    plain_words,
    strip_words,
)
from core.matching.trades import (
    ANY_STORE_WORDS,
    CHAINS,
    HOTEL,
    hospital_word,
)
from core.matching.wordpair import (
    acronym_like,
)
from core.matching.words import (
    words_of,
)
from core.text import clean_text

SMALL_BLOCK = 20  # a block this small is scored whole


Scope = tuple[str | None, str | None]


NO_SCOPE: Scope = (None, None)


@dataclass
class Rec:
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
    words: tuple[str, ...]  # as core.matching.resemble compares them (the scope's words set aside)
    stripped: bool  # the scope's words were set aside from the name
    aside: bool = False  # a customer's name with an org number, a contact or a department in it
    # the words with the scope's words when `stripped`; a customer's whole words when its words
    # are a part of them, a sole proprietorship's owner's names when its words are the surname,
    # or with the words after a dash (`core.matching.company.company_parts`); else `words`
    whole: tuple[str, ...] = ()
    dept: frozenset[str] = frozenset()  # a customer's department (`company.department`)
    site: tuple[str, ...] = ()  # a project company's site, named beside its group (`company_site`)
    head: tuple[str, ...] = ()  # a customer's words before a comma and its unit (`comma_head`)


def make_rec(ident: int | str, scope: Scope, name: str, number: str | None, org: str | None,
         strip: frozenset[str] = frozenset(), *, company: bool = False) -> Rec:
    """`company`: a customer (`core.matching.company.company_words`)."""
    norm = normalize_name(name)
    base, aside, full = company_parts(name) if company else (words_of(name), False, None)
    words = strip_words(base, strip)
    stripped = len(words) < len(base)
    whole = base if stripped else full or words
    if not company and not _PROJECT_WORDS.isdisjoint(base):  # ("Office cleaning")
        words, whole = _as_project(words), _as_project(whole)
    return Rec(ident, scope, name, norm, " ".join(sorted(norm.tokens)), norm.compact,
                normalize_number(number), normalize_org(org), number, org, words, stripped,
                aside, whole, department(name) if company else frozenset(),
                company_site(name) if company else (), comma_head(name) if company else ())


_ACRONYM = re.compile(r"[A-ZÆØÅ][A-ZÆØÅa-zæøå]?[A-ZÆØÅ]{1,3}")  # ("UiB", "NTNU"; not "McDonald")


def comma_head(name: str) -> tuple[str, ...]:
    """The words of a customer's name before a comma that a unit of two words or more follows
    ("NAV Gamle Oslo, Oslo kommune, Bydel Gamle Oslo", "UiB, Det medisinske fakultet"): the
    organisation, or the unit, as it may be named alone. One word before the comma only as an
    acronym in a name not written in capitals ("UiB"; "Hansen, Kari Anne Marie" and "HANSEN,
    KARI ANNE" are persons' names)."""
    if "," not in name:
        return ()
    first, rest = name.split(",", 1)
    head, after = company_parts(first)[0], words_of(rest)
    if len(after) < 2 or not head:
        return ()
    if len(head) == 1 and (name.isupper() or not _ACRONYM.fullmatch(first.strip())):
        return ()
    return head


_PROJECT_WORDS = frozenset(PROJECT_SYNONYMS)


def _as_project(words: tuple[str, ...]) -> tuple[str, ...]:
    """A project name's words with a job's English words in Norwegian (`PROJECT_SYNONYMS`)."""
    return tuple(PROJECT_SYNONYMS.get(w, w) for w in words)


def with_dept(r: Rec) -> tuple[str, ...]:
    """A customer's words with its department's, as its name has them ("EVO Fitness AS avd.
    Tiller": "evo fitness tiller")."""
    return r.words + tuple(w for w in dict.fromkeys(words_of(r.name))
                           if w in r.dept and w not in r.words)


def municipal(r: Rec) -> bool:
    """Whether a record is a municipality ("Steinkjer kommune") or a municipal enterprise (form
    KF), which `core.matching.company.owning_municipality` compares."""
    return r.norm.legal_form == "kf" or len(r.words) == 2 and r.words[1] == "kommune"


class Index:
    """Local records by scope and key: exact keys for the rules, blocks for fuzzy candidates."""

    def __init__(self, recs: Sequence[Rec]) -> None:
        self.org: dict[tuple, list[int]] = defaultdict(list)
        self.number: dict[tuple, list[int]] = defaultdict(list)
        self.base: dict[tuple, list[int]] = defaultdict(list)
        self.compact: dict[tuple, list[int]] = defaultdict(list)
        # the same words, whatever was set aside (a legal form, a department, a place in
        # brackets): "Helse Vest (Stavanger)" / "Helse Vest RHF", common words though they are
        self.same_words: dict[tuple, list[int]] = defaultdict(list)
        # a number written into the name ("Rammeavtale (1347)", "P1500 - Rammeavtale"): often
        # the Tripletex project's own
        self.named_number: dict[tuple, list[int]] = defaultdict(list)
        self.postings: dict[tuple, list[int]] = {}  # (scope, word) -> records
        self.keyed: dict[tuple, list[str]] = {}  # (scope, key) -> the words it finds
        self._pools: dict[tuple, frozenset[int]] = {}
        self.scope_members: dict[Scope, list[int]] = {}
        self._recs = recs
        # `least_costs` and `top` of each record, made as they are asked (a caller's hot loop
        # reads them here, calling only for the ones not made yet)
        self.costs: list[tuple[tuple[float, ...], ...] | None] = [None] * len(recs)
        self.lengths = [len(r.words) for r in recs]
        self._weights: list[tuple[float, ...]] | None = None
        self.tops: list[tuple[float, ...] | None] = [None] * len(recs)
        self._both: dict[tuple, tuple[int, ...]] = {}
        self.plain = [plain_words(r.words) for r in recs]
        # initials and two-letter words ("K. Helland", "GF 2025") pair with the words they begin,
        # which no key finds: the records that have some, and the first letters of every
        # record's longer words
        self.initials = [initials_of(r.words) for r in recs]
        self.with_initials = frozenset(i for i, x in enumerate(self.initials) if x)
        self._heads: list[frozenset[str] | None] = [None] * len(recs)
        self._display: dict[int, str] = {}
        self.sorted_names = [r.sorted_name for r in recs]
        self.compacts = [r.compact for r in recs]
        # names of one word that may be an acronym ("OUS"), under what its letters may spell
        # (`spelt_by`); the initials of every other name's words, once a Tripletex acronym asks;
        # the names with an acronym written in capitals beside other words ("EBE Bergen
        # kommune"), which the words they share find, but whose acronym no bound counts
        self.acronyms: dict[tuple, list[int]] = defaultdict(list)
        self._initials: dict[tuple, list[int]] | None = None
        # names with a chain's name, or a word a store's company is named by (`CHAINS`,
        # `ANY_STORE_WORDS`: the one costs little beside the other, which no bound counts)
        self.chains = frozenset(i for i, r in enumerate(recs) if not CHAINS.isdisjoint(r.words))
        self.stores = frozenset(i for i, r in enumerate(recs)
                                if not ANY_STORE_WORDS.isdisjoint(r.words))
        # hotels: a chain's name beside one costs little, which no bound counts (`HOTEL`)
        self.hotels = frozenset(i for i, r in enumerate(recs) if not HOTEL.isdisjoint(r.words))
        self.capped: dict[int, frozenset[str]] = {}  # (what its acronyms may spell)
        # names cut to a part of their words (a sole proprietorship to its owner's surname,
        # "Sámediggi - Sametinget" to "Sámediggi"), found by all their words
        # (`blocked`) and compared whole (`core.matching.readings.compare_recs`)
        self.partial = frozenset(i for i, r in enumerate(recs) if partial(r))
        # project companies named beside their group, compared by their site too
        self.sited = frozenset(i for i, r in enumerate(recs) if r.site)
        self.headed = frozenset(i for i, r in enumerate(recs) if r.head)  # (`comma_head`)
        # a health trust ("Helse Stavanger HF") and a hospital ("Stavanger universitetssjukehus"),
        # whose "helse" and hospital word pair (core.matching.resemble._trust_and_hospital)
        # though no key finds it: compared with each other past the bound
        self.trusts = frozenset(i for i, r in enumerate(recs) if r.words[:1] == ("helse",))
        self.hospitals = frozenset(i for i, r in enumerate(recs)
                                   if any(map(hospital_word, r.words)))
        # municipalities and municipal enterprises (KF), compared with each other
        # (`core.matching.company.owning_municipality`)
        self.municipal = frozenset(i for i, r in enumerate(recs) if municipal(r))
        # chains' own companies ("Kiwi", "Kiwi Norge AS"), compared with each other
        self.chain_cos = frozenset(i for i, r in enumerate(recs) if chain_company(r.words))
        # customers by their department's words (`Rec.dept`): one department of an
        # organisation is asked beside the same one written otherwise ("avd." / "region")
        self.depts: dict[tuple, list[int]] = defaultdict(list)
        for i, r in enumerate(recs):
            self.add(i, r)
            for w in r.dept:
                self.depts[(r.scope, w)].append(i)
            if len(r.head) == 1 and acronym_like(r.head[0]):  # ("UiB, Det medisinske fakultet")
                for key in spelt_by(r.head[0]):
                    self.acronyms[(r.scope, key)].append(i)
            if mine := acronyms_in(r):
                if len(r.words) > 1:
                    self.capped[i] = frozenset().union(*map(spelt_by, mine))
                    continue
                for key in spelt_by(mine[0]):
                    self.acronyms[(r.scope, key)].append(i)

    def spelt(self, t: Rec) -> set[int]:
        """The local records of one word that spells `t`'s words, or whose words `t`'s one word
        spells (`core.matching.wordpair.spells`: which the pairing checks)."""
        found: set[int] = set()
        alone = len(t.words) == 1 and acronym_like(t.words[0])
        # (or a name's one word before a comma: "UiB, Det medisinske fakultet")
        one = t.words if alone else t.head if len(t.head) == 1 else ()
        if one and acronym_like(one[0]):
            if self._initials is None:
                self._initials = defaultdict(list)
                for i, r in enumerate(self._recs):
                    for key in initials_spans(r.words):
                        self._initials[(r.scope, key)].append(i)
            for key in spelt_by(one[0]):
                found.update(self._initials.get((t.scope, key), ()))
        if not alone and self.acronyms:
            for key in initials_spans(t.words):
                found.update(self.acronyms.get((t.scope, key), ()))
        return found

    def display(self, i: int, r: Rec) -> str:
        """`r.name` cleaned for showing, computed once."""
        got = self._display.get(i)
        if got is None:
            got = self._display[i] = clean_text(r.name)
        return got

    def weights(self, rarity: Rarity) -> list[tuple[float, ...]]:
        """The weights of each record's words (made once a match)."""
        if self._weights is None:
            self._weights = [rarity.at(r.scope).weights(r.words) for r in self._recs]
        return self._weights

    def both(self, scope: Scope, a: frozenset[int], keys_a: tuple[str, ...], b: frozenset[int],
             keys_b: tuple[str, ...]) -> tuple[int, ...]:
        """The records in both word pools, in order (made once a pair of words: names repeat
        them)."""
        name = (scope, keys_a[0], keys_b[0])  # (see `word_pool`)
        got = self._both.get(name)
        if got is None:
            got = self._both[name] = tuple(sorted(a & b))
        return got

    def heads(self, i: int) -> frozenset[str]:
        """The first letters of record `i`'s words of three letters or more (made once a match)."""
        got = self._heads[i]
        if got is None:
            got = self._heads[i] = heads_of(self._recs[i].words)
        return got

    def top(self, i: int) -> tuple[float, ...]:
        """`core.matching.resemble.heaviest` of record `i`'s weights (made once a match; `weights` first)."""
        got = self.tops[i]
        if got is None:
            assert self._weights is not None
            got = self.tops[i] = heaviest(self._weights[i])
        return got

    def least_costs(self, rarity: Rarity, i: int) -> tuple[tuple[float, ...], ...]:
        """`core.matching.resemble.least_costs` of record `i`, a table for each regime (made once
        a match)."""
        got = self.costs[i]
        if got is None:
            got = self.costs[i] = least_costs(self._recs[i].words, rarity)
        return got

    def word_pool(self, scope: Scope, keys: tuple[str, ...]) -> frozenset[int]:
        """The local records of `scope` that any of the keys finds (made once a word): the
        records of every local word (or two words written together) a key leads to. `keys`: a
        query's (`word_keys(..., query=True)`), which its first key names ("w:" and the word,
        or a compound's one key): the pools are kept under that, cheaper to look up."""
        name = (scope, keys[0])
        got = self._pools.get(name)
        if got is None:
            found: set[int] = set()
            for k in keys:
                for label in self.keyed.get((scope, k), ()):
                    found.update(self.postings[(scope, label)])
            got = self._pools[name] = frozenset(found)
        return got

    def add(self, i: int, r: Rec) -> None:
        scope = r.scope
        self.scope_members.setdefault(scope, []).append(i)
        if r.org:
            self.org[(scope, r.org)].append(i)
        if r.number:
            self.number[(scope, r.number)].append(i)
        self.base[(scope, r.norm.base)].append(i)
        self.compact[(scope, r.compact)].append(i)
        if r.words:
            self.same_words[(scope, r.words)].append(i)
        if _THREE_DIGITS.search(r.norm.base):
            for n in numbers_named(r.norm.tokens):
                self.named_number[(scope, n)].append(i)
        # each record under its words; each word under its keys, once a scope
        for word, keys, compound in word_keys(blocked(r), query=False):
            label = "+" + word if compound else word  # (two words written together)
            posting = self.postings.get((scope, label))
            if posting is None:
                posting = self.postings[(scope, label)] = []
                for k in keys:
                    self.keyed.setdefault((scope, k), []).append(label)
            if not posting or posting[-1] != i:
                posting.append(i)


def partial(r: Rec) -> bool:
    """Whether `r`'s words are a part of its name's (its `whole`): a sole proprietorship's
    owner's surname, or the words before a dash (`core.matching.company.company_parts`)."""
    return not r.stripped and bool(r.words) and r.whole != r.words


def blocked(r: Rec) -> tuple[str, ...]:
    """The words `r` is found by: its words, or all its name's (`partial`: an owner's names)."""
    return r.words if r.stripped else r.whole


_NAMED_NUMBER = re.compile(r"p?0*(\d{3,})")
_THREE_DIGITS = re.compile(r"\d{3}")


@lru_cache(maxsize=65536)
def numbers_named(tokens: tuple[str, ...]) -> frozenset[str]:
    """The numbers of three digits or more written into a name's tokens, "P1500" as "1500"."""
    return frozenset(m.group(1) for w in tokens if (m := _NAMED_NUMBER.fullmatch(w)))


_CAPS = re.compile(r"\b[A-ZÆØÅ]{3,5}\b")


def acronyms_in(r: Rec) -> tuple[str, ...]:
    """The words of `r` that may be acronyms (`acronym_like`): the name's one word ("OUS"), or
    a word written in capitals in a name that is not ("EBE Bergen kommune")."""
    if len(r.words) == 1:
        return r.words if acronym_like(r.words[0]) else ()
    caps = _CAPS.findall(r.name)
    if not caps or r.name.isupper():
        return ()
    folded = {x.lower() if x.isascii() else fold(x) for x in caps}
    return tuple(w for w in r.words if w in folded and acronym_like(w))
