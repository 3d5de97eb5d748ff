"""The keys that find, for a Tripletex record's words, the local words worth comparing with them
(core.matching.index posts each local word under its keys): `keys_of` a word gives the same
word, the same first four letters, a three-letter head, the word less one letter, a common word
that ends a long one, the same trade family or institution, a translation, a year written
short, consonant abbreviations; `word_keys` a name's words adds compounds both ways. And the
initials an acronym spells, or a name's words give (`spelt_by`, `initials_spans`), which find
acronyms no word key finds. What the keys find is what `core.matching.wordpair.token_sim` could
pair.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from core.matching.lexicon import TRANSLATIONS
from core.matching.trades import RENAMED, institution_of, trade_family
from core.matching.wordpair import MAX_SPELT, digraph_dropped, group_head, part_initials
from core.matching.words import GENERIC, NUMBER_WORDS, generic_tail, skeleton

COMPOUND = 6  # the shortest word taken as two written together

_WORDED = frozenset(NUMBER_WORDS.values())


@lru_cache(maxsize=65536)
def spelt_by(x: str) -> frozenset[str]:
    """The initials an acronym may spell: its first letter and one to three more of its
    letters, in order ("ous": "ou", "os", "ous")."""
    return frozenset(x[0] + "".join(rest) for n in range(1, MAX_SPELT)
                     for rest in combinations(x[1:], n))


@lru_cache(maxsize=65536)
def initials_spans(words: tuple[str, ...]) -> tuple[str, ...]:
    """The initials of every run of two to `MAX_SPELT` adjacent words ("oslo
    universitetssykehus": "ou"); of a name of one long word, those of its parts
    (`part_initials`: "utdanningsdirektoratet": "ud")."""
    if len(words) == 1 and len(words[0]) >= 8:
        return part_initials(words[0])
    firsts = "".join([w[0] for w in words])
    return tuple(dict.fromkeys([firsts[k:k + m] for m in range(2, MAX_SPELT + 1)
                                for k in range(len(words) - m + 1)]))


def initials_of(words: tuple[str, ...]) -> str:
    """The first letters of the initials and two-letter words among `words` ("k" of "K.
    Helland", "g" of "GF 2025"), as one string: they may stand for longer words
    (`core.matching.wordpair.token_sim`: "initial", "acronym")."""
    return "".join(w[0] for w in words if len(w) <= 2 and w.isalpha())


def heads_of(words: tuple[str, ...]) -> frozenset[str]:
    """The first letters of `words` of three letters or more (what an initial or a two-letter
    word may stand for)."""
    return frozenset(w[0] for w in words if len(w) > 2 and w.isalpha())


@lru_cache(maxsize=65536)
def word_keys(words: tuple[str, ...], *, query: bool
              ) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """The blocking keys of a name's words, for the index of local records or for a query:
    (label, keys, compound). Each word finds what `core.matching.wordpair.token_sim` pairs it with
    (`keys_of`). Compounds: a long word meets two adjacent words written together on the
    other side, both ways; `compound` marks those keys."""
    out = [(w, keys_of(w, query), False) for w in dict.fromkeys(words)]
    if query:
        out += [(w, ("j:" + w,), True) for w in dict.fromkeys(words) if len(w) >= COMPOUND]
    for a, b in zip(words, words[1:], strict=False):
        if len(a) + len(b) >= COMPOUND:
            out.append((a + b, (("c:" if query else "j:") + a + b,), True))
    return tuple(out)


# each word of `TRANSLATIONS` under its Norwegian one (both ways), for one key
_TRANSLATION_KEY = {**{no: no for no in TRANSLATIONS.values()}, **TRANSLATIONS}


@lru_cache(maxsize=65536)
def keys_of(w: str, query: bool) -> tuple[str, ...]:
    """The keys of one word: the same word; the same first four letters (abbreviations, a
    compound's first part); a three-letter word the longer words it begins (and the other
    way); the word less one letter (typos: the deletion neighbourhood; a letter left out between
    two a's or an o and an e, folded as "å"/"ø": `digraph_dropped`), a four-letter word with
    one of its middle letters changed or one letter more than a three-letter word; a common word that
    ends a long one ("service" in "rørleggerservice", both ways); its trade family; a year
    written short ("2025" / "25"); a group's brand of two letters ("vy" of "vygruppen"). The
    index side adds the long word for compounds."""
    keys = ["w:" + w]
    if w.isdigit():
        if len(w) == 2 or len(w) == 4 and w[:2] in ("19", "20"):
            keys.append("y:" + w[-2:])
        if len(w) <= 2 and w.isascii() and int(w) in _WORDED:  # (as a word: "7" / "seven")
            keys.append(f"n:{int(w)}")
        return tuple(keys)
    if (number := NUMBER_WORDS.get(w)) is not None:
        keys.append(f"n:{number}")
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
    if len(w) >= 6:  # a letter left out between two a's or an o and an e ("Daahagen")
        keys.extend("d:" + d for d in digraph_dropped(w))
    elif len(w) == 4 and w.isalpha():  # a short name one letter off ("Eide"/"Eode")
        keys.extend("s:" + w[:k] + "?" + w[k + 1:] for k in (1, 2))
        # ... or one letter more than a three-letter word ("Atea"/"Ata"), both ways
        keys.extend(sorted({("x:" if query else "y:") + w[:k] + w[k + 1:] for k in range(4)}))
    if len(w) == 3 and w.isalpha():
        keys.append(("y:" if query else "x:") + w)
    if w in GENERIC and len(w) >= 4:
        keys.append(start + w)
    if (common := generic_tail(w)) is not None:
        keys.append(end + common)
    if (family := trade_family(w)) is not None:
        keys.append(f"t:{family}")
    elif (kind := institution_of(w)) is not None:  # ("kirke" / "menighet")
        keys.append(f"i:{kind}")
    if (said := _TRANSLATION_KEY.get(w)) is not None:  # ("polish" / "polsk")
        keys.append("l:" + said)
    if (brand := group_head(w)):  # a brand of two letters and its group ("Vy"/"Vygruppen")
        keys.append("w:" + brand)
    if (old := RENAMED.get(w)) is not None:  # a company's old and new name ("Statoil"/"Circle K")
        keys.append("r:" + old)
    if len(w) >= COMPOUND and not query:
        keys.append("c:" + w)
    # an abbreviation of consonants ("trsp", "mgmt") meets the long words with its first
    # letter, on either side
    if skeleton(w):
        keys.append(("k:" if query else "m:") + w[0])
    elif len(w) >= 6:
        keys.append(("m:" if query else "k:") + w[0])
    return tuple(keys)
