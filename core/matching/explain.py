"""A comparison's signals in words (`Resemblance.why`, core.matching.resemble): each pair of
words by how it paired ("rare word 'nilsen'", "abbreviation brl=borettslag", "typo
'hansne'~'hansen'"), then what is left unpaired and the word order. The texts are the templates
of core.words.WHY, which tells them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable

from core.matching.pairing import Pair
from core.matching.rarity import DISTINCT
from core.matching.trades import after_chain
from core.matching.words import compound_rest


def explain_pairs(a: tuple[str, ...], b: tuple[str, ...], pairs: list[Pair], left_a: list[int],
                  left_b: list[int], w: Callable[[str], float]) -> tuple[str, ...]:
    """The signals of a comparison, in words."""
    why = []
    for ia, jb, _sim, rel in pairs:
        if len(ia) == 1 == len(jb):
            x, y = a[ia[0]], b[jb[0]]
            weight = min(w(x), w(y))
            if rel == "renamed":  # with its chain's letter: "renamed 'statoil'/'circle k'"
                x, left_a = _with_letters(a, ia[0], left_a)
                y, left_b = _with_letters(b, jb[0], left_b)
        else:
            x, y = " ".join(a[i] for i in ia), " ".join(b[j] for j in jb)
            weight = min(max(w(a[i]) for i in ia), max(w(b[j]) for j in jb))
        why.append(_said(x, y, rel, weight))
    unpaired_a = [a[i] for i in left_a]
    unpaired_b = [b[j] for j in left_b]
    numbers_a = [x for x in unpaired_a if x.isdigit()]
    numbers_b = [y for y in unpaired_b if y.isdigit()]
    if numbers_a and numbers_b:
        why.append(f"different numbers {numbers_a[0]}/{numbers_b[0]}")
    elif unpaired_a and unpaired_b:
        why.append(f"other words '{' '.join(unpaired_a)}'/'{' '.join(unpaired_b)}'")
    elif unpaired_a or unpaired_b:
        extra = unpaired_a or unpaired_b
        why.append(f"a word more: '{extra[0]}'" if len(extra) == 1 else
                   f"{len(extra)} words more: '{' '.join(extra)}'")
    if len(pairs) > 1:  # (one pair has no order)
        order = [jb[0] for _ia, jb, _s, _r in sorted(pairs, key=lambda p: p[0][0])]
        if order != sorted(order):
            why.append("word order")
    return tuple(why)


def _with_letters(words: tuple[str, ...], i: int, left: list[int]) -> tuple[str, list[int]]:
    """Word `i` with the letters of its chain's name that follow it unpaired ("circle k"; not
    a store's number), and what is left without them."""
    k = i + 1
    while k in left and len(words[k]) == 1 and words[k].isalpha() and after_chain(words, k):
        k += 1
    if k == i + 1:
        return words[i], left
    return " ".join(words[i:k]), [j for j in left if not i < j < k]


def _said(x: str, y: str, rel: str, weight: float) -> str:
    """One matched signal in words, for `why`."""
    if rel == "same":
        if x.isdigit():
            return f"number '{x}'"
        return f"rare word '{x}'" if weight >= DISTINCT else f"word '{x}'"
    if rel == "compound":
        return f"compound '{x}' = '{y}'"
    if rel == "year":
        return f"year {x} = {y}"
    if rel == "short":
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        if rest := compound_rest(short, long_):
            return f"'{short}' begins '{long_}' (then '{rest}')"
        return f"abbreviation {short}={long_}"
    if rel == "month":
        return f"month {x} = {y}"
    if rel == "number":
        return f"number {x} = {y}"
    if rel == "acronym":
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        return f"abbreviation {short}={long_}"
    if rel == "contraction":  # ("fr stad" / "fredrikstad")
        short, long_ = (x, y) if " " in x else (y, x)
        return f"abbreviation {short.replace(' ', '.')}={long_}"
    if rel == "initials":
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        return f"initials {'.'.join(short.upper())}. = '{long_}'"
    if rel == "initial":
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        return f"initial {short.upper()}. = '{long_}'"
    if rel == "form":
        return f"word form {x}/{y}"
    if rel == "part":
        return f"part of a word '{x}'/'{y}'"
    if rel == "trade":
        return f"one trade '{x}'/'{y}'"
    if rel == "translated":
        return f"same word {x}/{y}"
    if rel in ("institution", "trust"):
        return f"one institution '{x}'/'{y}'"
    if rel == "renamed":
        return f"renamed '{x}'/'{y}'"
    return f"typo '{x}'~'{y}'"
