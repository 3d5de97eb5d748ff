"""How much each word of a name tells apart (`Rarity`): from how many names of the two
registries hold it, and for a customer's projects (`Rarity.at`) from how many of its own."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable
from itertools import chain

from core.matching.words import GENERIC, GENERIC_WEIGHT

DISTINCT = 0.5  # a shared word of this weight makes two names resemble (core.matching.resemble)


MIN_CORPUS = 50  # names: a word's rarity counts the registries as at least this large


MIN_SCOPE = 20  # names: a word's rarity within a scope (`Rarity.at`) counts it as at least this


NUMBER_WEIGHT = 0.5


class Rarity:
    """How much each word tells apart: from how many names of the two registries hold it.
    `common_capped`: the words that fill company names weigh at most `GENERIC_WEIGHT` (not for
    the projects of one customer, where "Rammeavtale" or "Vedlikehold" is what tells apart)."""

    def __init__(self, names: Iterable[tuple[str, ...]], *, common_capped: bool = True) -> None:
        self.common_capped = common_capped
        each = [set(words) for words in names]  # (each name's words once)
        df: Counter[str] = Counter(chain.from_iterable(each))  # (one count: cheaper than one a name)
        n = len(each)
        self.df = df
        # (a small registry tells little about which words are common: count it as larger)
        self.n = max(n, MIN_CORPUS)
        self._log_n = math.log(self.n + 2)
        self._cache: dict[str, float] = {}

        self._scopes: dict[Hashable, Counter[str]] = {}
        self._scope_names: Counter[Hashable] = Counter()
        self._views: dict[Hashable, Rarity] = {}

    def count_scopes(self, named: Iterable[tuple[Hashable, tuple[str, ...]]]) -> None:
        """Count the words of the names of each scope (a customer's projects) as well: `at`."""
        for scope, words in named:
            self._scopes.setdefault(scope, Counter()).update(set(words))
            self._scope_names[scope] += 1

    def at(self, scope: Hashable) -> Rarity:
        """The rarities within one scope: a word weighs what it tells apart in the registries,
        or among the names of the scope when that is more ("Rådgivning" is in many customers'
        projects but in one of this customer's). Itself when no scope was counted."""
        df = self._scopes.get(scope)
        if df is None:
            return self
        view = self._views.get(scope)
        if view is None:
            view = self._views[scope] = _ScopeRarity(self, df, self._scope_names[scope])
        return view

    def weights(self, words: tuple[str, ...]) -> tuple[float, ...]:
        """`weight` of each of `words`."""
        return tuple(map(self.weight, words))

    def weight(self, word: str) -> float:
        got = self._cache.get(word)
        if got is None:
            if word.isdigit():
                got = NUMBER_WEIGHT
            else:
                got = min(1.0, math.log((self.n + 2) / (self.df.get(word, 0) + 1)) / self._log_n)
                if word in GENERIC and self.common_capped:
                    got = min(got, GENERIC_WEIGHT)
                got = max(got, 0.05)
            self._cache[word] = got
        return got


class _ScopeRarity(Rarity):
    """`Rarity.at`: a word's weight among the names of one scope, counted as at least
    `MIN_SCOPE` names, or its weight in the registries when that is more."""

    def __init__(self, base: Rarity, df: Counter[str], names: int) -> None:
        super().__init__((), common_capped=base.common_capped)
        self.base = base
        self.df = df
        self.n = max(names, MIN_SCOPE)
        self._log_n = math.log(self.n + 2)

    def at(self, scope: Hashable) -> Rarity:
        return self.base.at(scope)

    def weight(self, word: str) -> float:
        got = self._cache.get(word)
        if got is None:
            got = self.base.weight(word)
            if not word.isdigit() and not (word in GENERIC and self.common_capped):
                got = max(got, min(1.0, math.log((self.n + 2) / (self.df.get(word, 0) + 1))
                                   / self._log_n))
            self._cache[word] = got
        return got
