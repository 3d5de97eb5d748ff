"""How two words pair (`token_sim`): the same word, a year or a month written another way, a
shortened word or abbreviation, a compound's initials, a first name as its initial, a typo
(also in a word cut short, or a letter left out between two a's or an o and an e, which then
read as "å" or "ø"), two
trades of one family. core.matching.resemble pairs two names' words with it.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

from core.matching.lexicon import SYNONYMS, TRANSLATIONS
from core.matching.trades import (
    institution_of,
    renamed,
    trade_family,
)
from core.matching.words import (
    COMPANY_WORDS,
    DISCIPLINES,
    EXACT_NAMES,
    GENERIC,
    MONTHS,
    NUMBER_WORDS,
    VOWELS,
    _subsequence,
    compound_rest,
    skeleton,
)


def _acronym(short: str, long_: str) -> bool:
    """Whether two letters may be the initials of a compound's parts ("GF"/"Generalforsamling",
    "SK"/"Skiklubb"): its first letter, the other inside; in a word of seven letters, the other
    beginning a known part ("ÅM"/"Års|møte", not "KT"/"Knutsen")."""
    return (len(short) == 2 and len(long_) >= 7 and short.isalpha() and short[0] == long_[0]
            and short[1] in long_[2:-3] and not long_.endswith(_SURNAME_ENDS)
            and (len(long_) >= 8 or _parts_begin(short[1], long_)))


_SURNAME_ENDS = ("sen", "son")  # (no compound: "KS" is no "Kristiansen", "JH" no "Johansen")


MAX_SPELT = 4  # an acronym spells at most this many words


_GROUP = frozenset(("group", "holding", "konsern"))  # what follows a brand in its group's name


def group_head(w: str) -> str:
    """The brand of two letters that begins a group's name of one word ("vy" of "vygruppen"),
    else ""."""
    return w[:2] if len(w) >= 7 and compound_rest(w[:2], w) in _GROUP else ""


@lru_cache(maxsize=65536)
def acronym_like(w: str) -> bool:
    """Whether word `w` may be an acronym of several words ("ous", "dibk", "svv"): three to
    five letters, not a word of trades and companies."""
    return (2 < len(w) < 6 and w.isalpha() and w not in COMPANY_WORDS
            and trade_family(w) is None)


# the forms of public bodies, of two letters, that an acronym spells whole ("SSHF": "Sørlandet
# sykehus HF")
_SPELT_WHOLE = frozenset(("hf", "kf"))
_HEALTH = ("sykehus", "sykehuset", "sjukehus", "sjukehuset", "helse")  # (what a health trust says)


def spells(x: str, words: list[str], *, prefix: bool = True, small: bool = True) -> bool:
    """Whether `x` reads as the initials of `words`, in order, each giving its first letter and
    perhaps (`prefix`) the next ones ("Di" of "Direktoratet", "Tr" of "Trøndelag"), or letters
    of the parts of a compound ("us" of "universitetssykehus", "vv" of "vegvesen", "sb" of
    "stats|baner" after a linking s). With `small`, `x` may also spell the "i" after the first
    word, which `words_of` drops (`without_small`: "UiO")."""
    if not words:
        return not x
    if (small and len(x) > 3 and x.endswith("hf") and any(w.endswith(_HEALTH) for w in words)
            and spells(x[:-2], words, prefix=prefix, small=False)):
        return True  # (a health trust's, its form last, which `company_parts` sets aside:
        # "SSHF" / "Sørlandet sykehus HF")
    w = words[0]
    if small and (short := without_small(x, w)) and spells(short, words, prefix=prefix,
                                                           small=False):
        return True
    if len(w) < 3 and (len(w) == 1 and w.isalpha() or w in _SPELT_WHOLE):
        # a letter of the name ("OSU": "Oslo S Utvikling"), a unit's form written in ("SSHF":
        # "Sørlandet sykehus HF"): spelt as it is
        return x.startswith(w) and spells(x[len(w):], words[1:], prefix=prefix, small=False)
    if not x or x[0] != w[0] or len(x) < len(words) or len(w) < 3:
        return False
    for n in range(1, min(len(x) - len(words) + 2, 5)):  # this word's letters: x[:n]
        head = x[1:n]
        if n == 3 and head == w[1:3]:
            continue  # (three letters a word begins with are that word cut short)
        if ((not head or prefix and n < 4 and head == w[1:n]
             or len(w) >= 8 and _parts_begin(head, w))
                and spells(x[n:], words[1:], prefix=prefix, small=False)):
            return True
    return False


# the words before "i" in the names of universities, university colleges, hospitals and student
# welfare organisations ("UiO": "Universitetet i Oslo", "SiV": "Sykehuset i Vestfold")
_BEFORE_I = ("universitetet", "universitet", "hogskolen", "hogskulen", "sykehuset", "sykehus",
             "sjukehuset", "studentsamskipnaden")


def without_small(x: str, w: str) -> str:
    """Acronym `x` less the letter of a small word that `words_of` drops, when `x` begins with
    word `w` (or its parts' first letters, when it ends in one of them): the "i" of
    "Universitetet i" ("UiO": "uo"), of "Kunsthøgskolen i" ("KHiO": "kho"); else ""."""
    if len(x) < 3 or x[0] != w[0]:
        return ""
    if x[1] == "i" and w in _BEFORE_I:
        return x[0] + x[2:]
    at = x.find("i", 2)
    if 2 <= at <= 3 and len(x) > at + 1 and w.endswith(_BEFORE_I) and _parts_begin(x[1:at], w):
        return x[:at] + x[at + 1:]
    return ""


# the last parts of the compounds that name organisations ("universitets|sykehus",
# "fylkes|kommune", "Vest|landet"), besides the common words of company names
_PARTS = tuple(sorted({w for w in GENERIC if len(w) >= 3} | {
    "sykehus", "hus", "kommune", "kommunen", "landet", "vesen", "etaten", "etat", "kvalitet",
    "tilsyn", "tilsynet", "verk", "verket", "skole", "skolen", "senter", "senteret", "bygg",
    "forbund", "forbundet", "direktoratet", "nett", "bank", "banken", "rad", "radet", "byra",
    "byraet", "hogskole", "hogskule", "hoyskole", "klubb", "klub", "klubben", "lag", "laget",
    "mote", "moter"}))


def _parts_begin(letters: str, w: str) -> bool:
    """Whether `letters`, in order, begin parts of compound `w` after its first
    (`_PARTS`): "s" of "universitets|sykehus", "kv" of "bygg|kvalitet"; or begin one part, three
    letters or more: "dir" of "utdannings|direktoratet" ("Udir")."""
    if len(letters) >= 3 and any(part.startswith(letters) for part in _parts_in(w)):
        return True
    k = 2
    for ch in letters:
        while k < len(w) and not (w[k] == ch and (w.startswith(_PARTS_AT.get(ch, ()), k)
                                                  or _linked(w, k))):
            k += 1
        if k >= len(w):
            return False
        k += 1
    return True


def _linked(w: str, k: int) -> bool:
    """Whether letter `k` of `w` begins a compound's part after a linking s: "b" of
    "stats|baner", "k" of "riks|kringkasting" (three letters or more before the s, a consonant
    and four letters more after it: not the "i" of "univers|itet", the "k" of "råfis|klag")."""
    return k >= 4 and w[k - 1] == "s" and len(w) - k >= 5 and w[k] not in VOWELS


@lru_cache(maxsize=65536)
def _parts_in(w: str) -> tuple[str, ...]:
    """The parts (`_PARTS`) compound `w` has after its first two letters."""
    return tuple(part for part in _PARTS if w.find(part, 2) >= 2)


def part_initials(w: str) -> tuple[str, ...]:
    """A compound's first letter with the first letter of each of its later parts (`_PARTS`):
    what an acronym of the compound begins with ("ud" of "utdannings|direktoratet": "Udir")."""
    return tuple(dict.fromkeys(w[0] + part[0] for part in _parts_in(w)))


_PARTS_AT: dict[str, tuple[str, ...]] = {}
for _part in _PARTS:
    _PARTS_AT[_part[0]] = (*_PARTS_AT.get(_part[0], ()), _part)


def _typed_short(short: str, long_: str) -> bool:
    """Whether `short` is the beginning of `long_` with one letter wrong, missing, more or two
    swapped ("rehba", "rhab", "regab" / "rehab...")."""
    n = len(short)
    return any(OSA.distance(short, long_[:m], score_cutoff=1) <= 1 for m in (n, n + 1, n - 1))


def digraph_dropped(word: str) -> tuple[str, ...]:
    """`word` with a letter left out between two a's, or between an o and an e, as folding then
    reads it (core.matching.normalize: "aa" is "å" is "a", "oe" is "ø" is "o"): "Gaasje" is
    "gasje", "Garasje" less its "r"; "Koesmia" is "kosmia", "Kodesmia" less its "d"."""
    out = []
    for k in range(len(word) - 2):
        x = word[k]
        if (x == "a" and word[k + 2] == "a") or (x == "o" and word[k + 2] == "e"):
            out.append(word[:k + 1] + word[k + 3:])
    return tuple(out)


# nouns whose definite form drops letters, as names have them ("Oljemuseet", "Teatret"); a
# plain ending is a "form" already ("senteret"). Not every "-um" / "-et": "Sandum" / "Sandet"
# are two farms
_DEFINITE = (("museum", "museet"), ("teater", "teatret"), ("senter", "sentret"),
             ("sentrum", "sentret"), ("studium", "studiet"), ("akvarium", "akvariet"),
             ("gymnasium", "gymnaset"), ("kollegium", "kollegiet"))
_ENDINGS = frozenset(w[-2:] for pair in _DEFINITE for w in pair)


def _definite(a: str, b: str) -> bool:
    """Whether one word is the other's definite form where that drops letters (`_DEFINITE`:
    "oljemuseum"/"oljemuseet"): the same beginning, the two endings."""
    if a[-2:] not in _ENDINGS or b[-2:] not in _ENDINGS:
        return False  # (most words: a look at their last two letters)
    for plain, definite in _DEFINITE:
        for x, y in ((a, b), (b, a)):
            if (x.endswith(plain) and y.endswith(definite)
                    and x[:-len(plain)] == y[:-len(definite)]):
                return True
    return False


def _same_year(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(long_) == 4 and len(short) == 2 and long_[:2] in ("19", "20") and long_[2:] == short


_WORDS_TOO = frozenset({"to", "tre", "fire", "ni", "ti"})  # (number words that are words)


@lru_cache(maxsize=1 << 17)
def token_sim(a: str, b: str) -> tuple[float, str]:
    """(similarity 0-1, relation) of two words; relation names the pairing for `why`."""
    if a == b:
        return 1.0, "same"
    if a in EXACT_NAMES or b in EXACT_NAMES:
        return 0.0, ""  # ("nav" is the agency's name, no beginning of "navamedic")
    if TRANSLATIONS.get(a) == b or TRANSLATIONS.get(b) == a:
        return 0.75, "translated"  # polish/polsk, north/nord: less sure than one word
    if a.isdigit() or b.isdigit():
        if not (a.isascii() and b.isascii()):
            return 0.0, ""  # (digits of other scripts: "፩" is no number int() reads)
        if a.isdigit() and b.isdigit():
            if _same_year(a, b):
                return 1.0, "year"
            if len(a) <= 2 and len(b) <= 2 and int(a) == int(b):
                return 1.0, "same"  # "05"/"5"
            return 0.0, ""
        word, n = (b, int(a)) if a.isdigit() else (a, int(b))
        if MONTHS.get(word) == n:
            return 1.0, "month"  # november/11
        if NUMBER_WORDS.get(word) == n:
            # seven/7, tre/3: a number written as a word; less sure where the word is also
            # another ("tre" is wood, "fire" a fire), so that such a pair of names stays under
            # accept-all's score ("Kledning tre" / "Kledning 3")
            return (0.6 if word in _WORDS_TOO else 0.9), "number"
        return 0.0, ""
    if a in DISCIPLINES and b in DISCIPLINES:
        return 0.0, ""  # rib/ribr: two disciplines
    if (month := MONTHS.get(a)) is not None and month == MONTHS.get(b):
        return 1.0, "month"  # april/apr
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    rest = len(long_) - len(short)
    if len(long_) >= 4 and rest <= 1 and OSA.distance(a, b, score_cutoff=1) == 1:
        # one letter wrong, missing or swapped; less sure in a short word, or in the first
        # letter, which makes another name as often as a typo ("Hansen" / "Jansen", "Fræna" /
        # "Træna"): a question, not accept-all's
        return (0.85 if len(short) >= 5 and a[0] == b[0] else 0.7), "typo"
    if _acronym(short, long_):
        return 0.7, "acronym"  # gf/generalforsamling, sk/skiklubb: a compound's initials
    if len(long_) >= 8 and acronym_like(short) and spells(short, [long_], small=False):
        return 0.8, "acronym"  # udir/utdanningsdirektoratet: a compound's parts
    if long_.startswith(short):
        if len(short) == 1 and short.isalpha():
            return 0.75, "initial"  # k/kari: a first name written as its initial
        if len(short) >= 3 and rest >= 3:
            return 0.9, "short"  # cons/consulting, bygg/byggservice, tech/technology
        if len(short) >= 5:
            return 0.85, "form"  # a longer ending: sameie/sameiet
        if len(short) == 2 and rest >= 3:
            if group_head(long_) == short:
                return 0.9, "short"  # vy/vygruppen: a brand of two letters and its group
            return 0.6, "short"  # el/elektro
        if len(short) >= 3:
            return 0.55, "typo"  # berg/bergen: often another name
        return 0.0, ""
    if len(short) >= 5 and _definite(short, long_):
        return 0.85, "form"  # museum/museet, teater/teatret: a definite form that drops letters
    if rest >= 3 and skeleton(short) and short[0] == long_[0] and _subsequence(short, long_):
        return 0.8, "short"  # brl/borettslag, mgmt/management, trsp/transport
    if len(short) >= 5 and rest >= 2 and short[:4] == long_[:4] and _subsequence(short, long_):
        return 0.8, "short"  # skattemld/skattemelding: letters left out inside
    if short in GENERIC and len(short) >= 4 and rest >= 4 and long_.endswith(short):
        return 0.7, "part"  # service/rorleggerservice: a compound's common last part
    if len(short) >= 7 and rest <= 2 and OSA.distance(a, b, score_cutoff=2) <= 2:
        return 0.7, "typo"
    if rest == 2 and len(short) >= 4 and short in digraph_dropped(long_):
        return 0.7, "typo"  # gaasje/garasje: a letter dropped between two a's reads as "å"
    if (len(short) >= 4 and rest >= 3 and short[0] == long_[0] and short.isalpha()
            and _typed_short(short, long_)):
        # rehba/regab/rhab = rehabilitering: a word cut short, typed wrong; a long one, as
        # surely as a typo (tiklegg/tilleggsarbeider, detaljposjektering/detaljprosjekt)
        return (0.75 if len(short) >= 7 else 0.6), "typo"
    if renamed(a, b):
        return 0.9, "renamed"  # statoil/circle: the chain's old and new name
    if (family := trade_family(a)) is not None and family == trade_family(b):
        return 0.6, "trade"  # bilverksted/bilservice
    if (kind := institution_of(a)) is not None and kind == institution_of(b):
        return 0.6, "institution"  # kirke/menighet, sykehus/universitetssjukehus
    return _spelling_typo(a, b)


def _spelling_typo(a: str, b: str) -> tuple[float, str]:
    """A typo in a word that reads as another spelling of it ("Grpupe 3" / "Gruppe 3", which
    reads "group 3"), as `token_sim` pairs a long word one letter off: of six letters or more,
    the first one right. (`words_of` reads a long synonym's typo as the word itself, eight
    letters or more; a shorter word one letter off is too often another word for that, so it
    only pairs here.)"""
    for x, y in ((a, b), (b, a)):
        for form in _SPELLINGS.get(x, ()) if len(y) >= 6 else ():
            if (form[0] == y[0] and abs(len(form) - len(y)) <= 1
                    and OSA.distance(form, y, score_cutoff=1) == 1):
                return 0.85, "typo"
    return 0.0, ""


# the spellings of six letters or more that `words_of` reads as a word of the same first letter
# (`SYNONYMS`: "gruppe" and "gruppen" as "group"; not a translation: "spring" as "vår")
_SPELLINGS: dict[str, tuple[str, ...]] = {}
for _form, _word in SYNONYMS.items():
    if len(_form) >= 6 and _form[0] == _word[0]:
        _SPELLINGS[_word] = (*_SPELLINGS.get(_word, ()), _form)
