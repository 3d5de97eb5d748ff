"""Text hygiene and the normal forms that matching compares.

`normalize_name`, `normalize_org` and `normalize_number` give the keys matching compares. They
are never shown; they fold away what does not tell two records apart. (Making a text safe to
store and show is `core.text.clean_text`; a name is cleaned before it is normalised.)

Name normalisation (`NormName`): case-folded; æ/ä become "ae", ø/ö become "o", å becomes "a",
and the old spellings "oe" and "aa" fold to "o" and "a" (so Tromsø = Tromso = Tromsoe,
Håland = Haaland), except where that would make a legal form of a word that is none: "Ås" and
"Aas" (a place, a surname) are both "aas", never the legal form AS; other accents are stripped; `&`, `+`, "and" and "og" are one token ("og");
apostrophes are dropped and all other punctuation separates words; whitespace is collapsed but
kept (so "Rørlegger Service" and "Rørleggerservice" differ: a near miss for review, not a link).
A legal form (AS, ASA, A/S, ANS, DA, ENK, SA, BA, NUF, KS, AB, Ltd, GmbH, Sp. z o.o., UAB,
...) at the end of the name, or AS/ASA/AB/Oy at its start, is taken off the base name and kept in
`legal_form`; a foreign company's branch ("NUF", "Norsk filial", "Norwegian Branch") is NUF, its
own form before that set aside too. A/S and A.S.
are the old spelling of AS and count as AS. A name that is nothing but a legal form keeps it as
its base name.

Numbers (`normalize_number`): trimmed, case-folded, inner whitespace removed; a number of digits
only loses its leading zeros ("0042" = "42"); anything else is kept as is ("2024-01" is not
"2024-1"). Empty means no number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from core.text import clean_text

# --- names ---------------------------------------------------------------------------------

_LETTERS = str.maketrans({"æ": "ae", "ä": "ae", "ø": "o", "ö": "o", "å": "aa", "œ": "oe",
                          "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i"})
_DIGRAPHS = re.compile(r"oe|a{2,}")
_A_RUNS = re.compile(r"a{2,}")
_AND = re.compile(r"[&+]")
_APOSTROPHES = re.compile(r"['’‘`´]")
_WORD = re.compile(r"[^\W_]+")  # (the words: all other characters separate them)

# canonical legal form -> the token sequences that spell it (after folding)
_LEGAL_SPELLINGS: dict[str, tuple[tuple[str, ...], ...]] = {
    "as": (("as",), ("a", "s"), ("aksjeselskap",), ("aksjeselskapet",)),
    "asa": (("asa",), ("a", "s", "a"), ("allmennaksjeselskap",)),
    "ans": (("ans",), ("a", "n", "s")),
    "da": (("da",), ("d", "a")),
    "enk": (("enk",), ("enkeltpersonforetak",)),
    "sa": (("sa",), ("s", "a")),
    "ba": (("ba",),),
    # a foreign company's Norwegian branch: "Müller GmbH NUF", "... Norsk filial", "... Norwegian
    # Branch" (its own legal form before that is set aside too: `_legal_suffix`)
    "nuf": (("nuf",), ("n", "u", "f"), ("norsk", "filial"), ("norsk", "avdeling"),
            ("filial", "norge"), ("filial", "i", "norge"), ("norwegian", "branch"),
            ("norway", "branch"), ("branch", "norway")),
    "ks": (("ks",), ("k", "s")),
    "iks": (("iks",),),
    "kf": (("kf",),),
    "hf": (("hf",),),  # helseforetak ("Helse Bergen HF"), and the regional and state ones
    "rhf": (("rhf",),),
    "sf": (("sf",),),
    "ab": (("ab",),),
    "aps": (("aps",),),
    "oy": (("oy",), ("oyj",)),
    "gmbh": (("gmbh",),),
    "ltd": (("ltd",), ("limited",)),
    "plc": (("plc",),),
    "llc": (("llc",),),
    "inc": (("inc",), ("incorporated",)),
    "corp": (("corp",), ("corporation",)),
    "bv": (("bv",), ("b", "v")),
    # other countries' forms, seen on foreign branches: Polish, Lithuanian, Latvian, Estonian,
    # Czech/Slovak, Hungarian, Italian/Romanian, French, German/Swiss, Dutch/Belgian
    "spzoo": (("sp", "z", "o", "o"), ("sp", "zoo"), ("spzoo",), ("sp", "z", "oo")),
    "uab": (("uab",),),
    "sia": (("sia",),),
    "ou": (("ou",),),
    "sro": (("sro",), ("s", "r", "o")),
    "kft": (("kft",),),
    "srl": (("srl",),),
    "sarl": (("sarl",),),
    "ag": (("ag",),),
    "nv": (("nv",),),
}
_LEGAL_BY_TOKENS: dict[tuple[str, ...], str] = {
    spelling: form for form, spellings in _LEGAL_SPELLINGS.items() for spelling in spellings
}
_LEGAL_LENGTHS = sorted({len(t) for t in _LEGAL_BY_TOKENS}, reverse=True)
_LEADING_FORMS = {"as", "asa", "ab", "oy"}  # seen first in old or Nordic names: "A/S Norsk Stål"


@dataclass(frozen=True)
class NormName:
    """A name as matching compares it: the base name and the legal form, separately."""

    base: str  # folded words joined by single spaces
    legal_form: str | None = None  # canonical, lower case: "as", "asa", "ans", ...

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.base.split())

    @property
    def compact(self) -> str:
        """The base name without spaces ("bergen rorlegger service" -> "bergenrorleggerservice"),
        "aa" as "a" ("Aas Maling" is "asmaling", as "Aasmaling" is)."""
        joined = self.base.replace(" ", "")
        return _A_RUNS.sub("a", joined) if "aa" in joined else joined

    def __str__(self) -> str:
        return f"{self.base} {self.legal_form}" if self.legal_form else self.base


def fold(text: str) -> str:
    """Case, accents and Norwegian letters folded; punctuation to spaces, `&`/"and" to "og"."""
    return " ".join(_folded_words(text))


def _folded_words(text: str) -> list[str]:
    """The words of `fold`, as a list (`normalize_name` splits no joined text)."""
    s = unicodedata.normalize("NFKC", text).casefold()
    # (the letters folded are none of them ASCII: a name of ASCII letters is left as it is,
    # which costs less than translating it)
    if not s.isascii():
        s = s.translate(_LETTERS)
        if not s.isascii():  # (most names are ASCII once the Norwegian letters are folded)
            s = "".join(ch for ch in unicodedata.normalize("NFKD", s)
                        if not unicodedata.combining(ch))
            s = s.translate(_LETTERS)  # NFKD can expose letters only after decomposition
    s = _APOSTROPHES.sub("", s)
    if "&" in s or "+" in s:
        s = _AND.sub(" og ", s)
    words = _WORD.findall(s)
    if "aa" in s or "oe" in s:
        words = [_digraphs_folded(w) for w in words]
    if "and" in words:
        words = ["og" if w == "and" else w for w in words]
    return words


def _digraphs_folded(word: str) -> str:
    """`word` with "oe" as "o" and "aa" (or "å") as "a", unless that makes a legal form of a
    word that is none: "Ås" and "Aas" are a place and a surname, both "aas", never "AS"."""
    folded = word
    while True:
        again = _DIGRAPHS.sub(lambda m: "o" if m.group() == "oe" else "a", folded)
        if again == folded:
            break
        folded = again
    if folded != word and (folded,) in _LEGAL_BY_TOKENS:
        return _A_RUNS.sub("aa", word)
    return folded


def is_legal_form(word: str) -> bool:
    """Whether `word` alone is a legal form's spelling ("AS", "A/S" folded, "AB")."""
    return (fold(word),) in _LEGAL_BY_TOKENS


def _legal_suffix(tokens: list[str]) -> tuple[str | None, int]:
    """The legal form ending `tokens` and how many tokens spell it. A branch ("NUF", "Norsk
    filial") takes the company's own form before it along ("Müller GmbH Norsk filial" is
    "muller", NUF)."""
    for n in _LEGAL_LENGTHS:
        if len(tokens) > n and (form := _LEGAL_BY_TOKENS.get(tuple(tokens[-n:]))):
            if form == "nuf":
                _own, m = _legal_suffix(tokens[:-n])
                n += m
            return form, n
    return None, 0


def _legal_prefix(tokens: list[str]) -> tuple[str | None, int]:
    for n in _LEGAL_LENGTHS:
        form = _LEGAL_BY_TOKENS.get(tuple(tokens[:n]))
        if len(tokens) > n and form in _LEADING_FORMS:
            return form, n
    return None, 0


@lru_cache(maxsize=65536)
def normalize_name(name: str | None) -> NormName:
    """The base name and legal form of `name` (see the module docstring); escape sequences and
    control characters are not part of a name (`clean_text` first). Idempotent:
    `normalize_name(str(normalize_name(x))) == normalize_name(x)`."""
    tokens = _folded_words(clean_text(name))
    form, n = _legal_suffix(tokens)
    if form is not None:
        tokens = tokens[:-n]
    else:
        form, n = _legal_prefix(tokens)
        if form is not None:
            # a leading form is moved to the end, so str() of the result reads back the same
            tokens = tokens[n:]
    return NormName(" ".join(tokens), form)


# --- organisation and record numbers -----------------------------------------------------

_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_ORG_NOISE = re.compile(r"[\s.\-]+")


def org_check_digit(first8: str) -> int | None:
    """The mod-11 check digit for 8 digits, or None when no digit is valid (remainder 1)."""
    r = sum(int(d) * w for d, w in zip(first8, _ORG_WEIGHTS, strict=True)) % 11
    check = 0 if r == 0 else 11 - r
    return None if check == 10 else check


def normalize_org(s: str | int | None) -> str | None:
    """A Norwegian organisation number as 9 digits, or None when `s` is not a valid one.

    Spaces, dots and hyphens, a leading "NO" and a trailing "MVA" are ignored
    ("NO 987 654 321 MVA" -> "987654321"); the 9th digit must be the mod-11 check digit."""
    if s is None or isinstance(s, bool):
        return None
    t = _ORG_NOISE.sub("", str(s)).upper()
    t = t.removeprefix("NO").removesuffix("MVA")
    if len(t) != 9 or not (t.isascii() and t.isdigit()):
        return None
    return t if org_check_digit(t[:8]) == int(t[8]) else None


def normalize_number(s: str | int | None) -> str | None:
    """A customer or project number as matching compares it (see the module docstring)."""
    if s is None or isinstance(s, bool):
        return None
    t = "".join(unicodedata.normalize("NFKC", str(s)).casefold().split())
    if not t:
        return None
    if t.isascii() and t.isdigit():
        return t.lstrip("0") or "0"
    return t
