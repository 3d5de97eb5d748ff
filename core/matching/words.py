"""The words of a name as matching compares them, and what each word tells apart.

`words_of(name)`: the name folded as matching folds names (core.matching.normalize: case, æ/ø/å,
punctuation, `&`/og), without its legal form, with letters written apart joined ("F.K." is
"fk"), and one spelling for the words that are the same word in another form ("Norway"/"Norge",
"Sameiet"/"Sameie", "BRL"/"Borettslag", "etg."/"etasje"), also when a long one is typed a letter
off or an abbreviation with two letters swapped (the tables: core.matching.lexicon).
`synonyms_why` says where two names spell such a word differently. A customer's name, without what people write beside it:
`core.matching.company`.

What a word tells apart (core.matching.rarity) is never more than `GENERIC_WEIGHT` for the
words that fill Norwegian company names (`GENERIC`: "Bygg", "Eiendom", "Consulting"); `FILLER`
words ("Group", "Norge") say little whether present or not. Trades written in more than one
way, or in English, are one trade (core.matching.trades). `MONTHS` by their names. Projects: a
phase in Roman numerals, an engineering discipline written out (its code: "RIB"), a tax form by
its code.

For projects, `core.matching.resemble.strip_words` sets aside the words of the scope (the
customer's name and number, a main project's name), which people write into project names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.matching.lexicon import NAMES, SYNONYMS
from core.matching.normalize import NormName, fold, is_legal_form, normalize_name
from core.matching.trades import TRADE_WORDS

# The months, for a project named by one ("Lønn november" is "Lønn 11": `token_sim`)
MONTHS: dict[str, int] = {name: n for n, names in enumerate((
    ("januar", "january", "jan"), ("februar", "february", "feb"), ("mars", "march", "mar"),
    ("april", "apr"), ("mai", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"), ("oktober", "october", "okt", "oct"), ("november", "nov"),
    ("desember", "december", "des", "dec")), 1) for name in names}


# numbers written as words, Norwegian and English ("Tre Brødre" / "3 Brødre", "Seven Eleven" /
# "7-Eleven"); not one ("en", "ett": an article), and folded as names are ("åtte": "atte")
NUMBER_WORDS: dict[str, int] = {name: n for n, names in enumerate((
    ("to", "two"), ("tre", "three"), ("fire", "four"), ("fem", "five"), ("seks", "six"),
    ("sju", "syv", "seven"), ("atte", "eight"), ("ni", "nine"), ("ti", "ten"),
    ("elleve", "eleven"), ("tolv", "twelve")), 2) for name in names}


# the seasons, as names are folded ("Vårservice" / "Høstservice" are two jobs)
SEASONS = frozenset({"var", "sommer", "host", "vinter"})


# (with the articles before a name: "The", "Den Norske Opera", "Det Norske Teatret")
_DROP = frozenset({"og", "the", "of", "i", "pa", "for", "til", "av", "v", "ved", "c", "o",
                   "den", "det"})
_ARTICLES = frozenset({"the", "den", "det"})
SMALL_WORDS = _DROP  # (the small words a name is read without: "for", "og", "i", ...)


# Words that fill Norwegian company and project names: alone, they tell nothing.
_GENERIC_WORDS = """
    bygg byggservice byggmester service eiendom consulting group holding invest investering
    handel transport regnskap revisjon data it media design elektro elektriker el ror
    rorlegger rorleggerservice maling maler snekker snekkeri entreprenor maskin graving
    advokat arkitekt arkitekter utvikling drift forvaltning management norge nord
    sor vest ost company senter sameie borettslag kommune installasjon ventilasjon montasje
    renhold vaktmester helse tannlege tannlegesenter legesenter fysioterapi frisor bakeri
    kafe restaurant hotell butikk auto bil bilservice verksted marine fisk sjomat landbruk
    gartneri trafikkskole reklame kommunikasjon solutions systems technology partner
    partners tre stal betong glass blikkenslager taktekking tak ventilasjon energi kraft
    sikkerhet logistikk shipping import eksport engros agentur finans forsikring okonomi
    radgivning personal bemanning regnskapsforing software digital tjenester
    prosjekt fase del avtale rammeavtale timer diverse internt intern support vedlikehold
    oppdrag bistand arbeid arbeider nybygg ombygging rehabilitering oppgradering
    fiskeri rederi mottak fiskemottak havbruk oppdrett
"""


GENERIC = frozenset(_GENERIC_WORDS.split())


# A work order's or a case's label before its number, whose numbers say which order or case,
# which a name without them does not contradict ("AO 2025-2518 Hydraulikk" / "Hydraulikk"; two
# orders' numbers still differ)
ORDER_LABELS = frozenset({"ao", "wo", "sak", "saksnr", "ordre", "ordrenr", "arbeidsordre"})


# Words whose presence or absence says little about which company it is.
FILLER = frozenset({"group", "norge", "company", "holding", "international",
                    "prosjekt", "avd", "avdeling", "afdeling", "bbl", "firma",
                    "hovedprosjekt", "delprosjekt", "underprosjekt", "lopende", "oppdrag",
                    "fase", "trinn", "etappe",  # ("Fase 1 - Forprosjekt": the number tells phases apart)
                    # a vessel's type before its name ("Klassing - M/K Fjordglimt")
                    "ms", "mk", "my", "mt", "ff", "ft",
                    *ORDER_LABELS})


GENERIC_WEIGHT = 0.25


@lru_cache(maxsize=65536)
def words_of(name: str) -> tuple[str, ...]:
    """The words of `name` as resemblance compares them (see the module docstring). Letters
    written apart or joined by "&" are one word ("F.K." is "fk", "I.L." is "il", "D&V" is
    "dv"); a word and a number written together are two ("Eiendomsmegler1"); a long word of
    `SYNONYMS` typed one letter off, or an abbreviation of consonants with two letters after
    the first swapped, is that word ("Regskapskontoret" is "regnskap", "BLR" is "borettslag":
    `_synonym`). A customer's name: `core.matching.company.company_words`."""
    out = []
    if _DIGIT.search(name):  # (periods, terms and 365 have digits; most names have none)
        if _FORM_CODE.search(name):
            name = _FORM_CODE.sub(lambda m: f" {_FORM_CODES[m[1]]} ", name)
        if _VAT_YEAR_TERM.search(name) and "mva" in name.casefold():
            name = _VAT_YEAR_TERM.sub(lambda m: f" {m[1] or m[4]} t{m[2] or m[3]} ", name)
        if _PERIODS.search(name):
            name = _PERIODS.sub(_period, name)
    if "-" in name:  # "Kabel-legging" is "kabellegging", a word of `SYNONYMS`
        name = _HYPHENED.sub(_joined, name)
    if "&" in name:  # "D&V", "R&D": letters joined by "&" are one word ("dv"), as "DV" is
        name = _AMP_LETTERS.sub(_amp_letters, name)
    tokens = _initials(normalize_name(name).tokens)
    if _DIGIT.search(name) and any(_HOUSE.fullmatch(w) or _GLUED.fullmatch(w) for w in tokens):
        tokens = [part for w in tokens for part in _apart(w)]
    if not _TRIGGERS.isdisjoint(tokens):
        tokens = _disciplines_and_phases(tokens)
    for n, w in enumerate(tokens):
        w = _synonym(w)
        if w == "bl" and n + 1 < len(tokens) and (len(tokens[n + 1]) == 1
                                                   or tokens[n + 1].isdigit()):
            w = "blokk"  # "Bl. C", "Bl 3"; alone, "BL" is byggeledelse as often
        if w in _EXPANDED:
            out += _EXPANDED[w]
        elif w not in _DROP:
            out.append(w)
    if not out and len(tokens) == 1 and len(tokens[0]) > 2 and tokens[0] not in _ARTICLES:
        return tuple(tokens)  # a name of one small word is that word ("TIL": Tromsø IL)
    return tuple(out)


_HYPHENED = re.compile(r"\b(\w{3,})-(\w{3,})\b")


def _joined(m: re.Match[str]) -> str:
    """Two words joined by a hyphen, written together when that is a word of `SYNONYMS`:
    "Kabel-legging" is "Kabellegging", which is "kabling" (not two words apart: "Brann Murer" is
    no firewall)."""
    return m[1] + m[2] if fold(m[1] + m[2]) in SYNONYMS else m[0]


def _apart(w: str) -> tuple[str, ...]:
    """A token with a number written onto it, apart: a house letter ("31A" is "31 A"), a word
    ("Eiendomsmegler1", "24SevenOffice")."""
    if _HOUSE.fullmatch(w):
        return w[:-1], w[-1]
    if m := _GLUED.fullmatch(w):
        return tuple(x for x in m.groups() if x)
    return (w,)


# compounds that are an abbreviation and a word: "Merverdiavgiftsmelding" is "MVA-melding"; and
# SpareBank 1's banks by their short name, "SB1" as the initials "SB" and the 1 (an acronym's
# pair is no word shared: a customer number never links "SB1 Finans" to "Sparebank Finans")
_EXPANDED = {"merverdiavgiftsmelding": ("mva", "melding"), "mvamelding": ("mva", "melding"),
             "sb1": ("sb", "1")}


# Periods and products written more than one way: a quarter ("Q3", "3. kv.", "3. kvartal",
# "kvartal 3"), a VAT term ("T1", "1. termin", "termin 1"), Microsoft 365 ("M365", "O365",
# "Office 365"), each as one word ("q3", "t1", "m365").
_PERIODS = re.compile(
    r"(?i)\b(?:q\s*([1-4])|([1-4])\.?\s*(?:kv|kvartal)\b\.?|(?:kv|kvartal)\.?\s*([1-4])"
    r"|t\s*([1-6])|([1-6])\.?\s*termin|termin\s*([1-6])"
    r"|(?:m|o|office|microsoft)\s*-?\s*(365))\b")


_DIGIT = re.compile(r"\d")
_HOUSE = re.compile(r"\d{1,4}[a-z]")  # a number with its house letter, written together
_GLUED = re.compile(r"([a-z]{4,})(\d{1,4})|(\d{1,4})([a-z]{4,})")  # (not "M365", "Q3", "BT2")
_AMP_LETTERS = re.compile(r"(?<!\w)(\w)\s*&\s*(\w)(?!\w)")


def _amp_letters(m: re.Match[str]) -> str:
    """Two letters joined by "&" as one word, unless that is a legal form ("A&S")."""
    joined = m[1] + m[2]
    return m[0] if is_legal_form(joined) else joined


# a phase's label ("Fase 1 - Forprosjekt"): its number costs nothing more than the word
PHASES = frozenset({"fase", "trinn", "etappe", "byggetrinn"})


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
          "viii": "8", "ix": "9", "x": "10"}


# The consulting engineers' disciplines, as projects and sub-projects are named by their codes
# ("RIB" is "Rådgivende ingeniør bygg"), as one word: the code
_ENGINEER = {"bygg": "rib", "konstruksjon": "rib", "vvs": "riv", "elektro": "rie",
             "geoteknikk": "rig", "brann": "ribr", "akustikk": "riaku", "bygningsfysikk": "ribyfy",
             "miljo": "rim", "va": "riva"}
DISCIPLINES = frozenset({*_ENGINEER.values(), "ribr", "riaku", "ribyfy", "lark", "iark", "ark",
                         "obf"})  # (one letter apart, two disciplines: "RIB" / "RIBr")
# a discipline's code and the trades it names alone, and each trade's code ("RIE" and "Elektro",
# "RIBr" and "Brann", as a main project's sub-projects are named)
DISCIPLINE_PEERS: dict[str, tuple[str, ...]] = {}
for _word, _code in _ENGINEER.items():
    DISCIPLINE_PEERS[_code] = (*DISCIPLINE_PEERS.get(_code, ()), _word)
    DISCIPLINE_PEERS[_word] = (_code,)
_PHRASES = {("oppfolging", "i", "byggefase"): "obf", ("brannteknisk", "radgivning"): "ribr",
            ("vann", "og", "avlop"): "riva",
            # and two abbreviations everyone writes: a school, a public body's risk analysis
            ("videregaende", "skole"): "vgs", ("risiko", "og", "sarbarhetsanalyse"): "rosanalyse",
            # and a choir's name in English ("Oslo Cathedral Choir" / "Oslo Domkor")
            ("cathedral", "choir"): "domkor",
            # and public bodies by the names everyone calls them ("NAV Sarpsborg", "Ahus")
            ("arbeids", "og", "velferdsetaten"): "nav",
            ("arbeids", "og", "velferdsforvaltningen"): "nav",
            ("akershus", "universitetssykehus"): "ahus",
            ("integrerings", "og", "mangfoldsdirektoratet"): "imdi",
            ("barne", "ungdoms", "og", "familiedirektoratet"): "bufdir",
            ("barne", "ungdoms", "og", "familieetaten"): "bufetat",
            ("directorate", "for", "children", "youth", "og", "family", "affairs"): "bufdir",
            # and the courts by their English names ("Supreme Court of Norway")
            ("supreme", "court"): "hoyesterett", ("district", "court"): "tingrett",
            ("court", "of", "appeal"): "lagmannsrett"}
_PHRASE_CODES = frozenset(_PHRASES.values())
_TRANSLATED = frozenset(("domkor", "hoyesterett", "tingrett", "lagmannsrett"))  # (no abbreviation)
# the names of public bodies among them, which pair with no other word than themselves: "nav"
# does not begin "Navamedic", nor "ahus" "Ahus Bygg"'s neighbours
EXACT_NAMES = frozenset(("nav", "ahus", "imdi", "bufdir", "bufetat"))
_ORDINALS = {"forste": "1", "andre": "2", "tredje": "3", "fjerde": "4", "femte": "5",
             "sjette": "6", "sjuende": "7", "syvende": "7", "attende": "8", "niende": "9",
             "tiende": "10"}
_COUNTED = frozenset({"etasje", "etg", "etasjen", "kvartal", "termin", "halvar", "byggetrinn",
                      "trinn", "fase", "etappe"})
_TRIGGERS = frozenset({"radgivende", "oppfolging", "brannteknisk", "vann", "videregaende",
                       "cathedral", "arbeids", "akershus", "integrerings", "barne", "supreme", "directorate",
                       "district", "court",
                       "risiko", *_ORDINALS, *PHASES, *(
    f"bt{n}" for n in range(1, 10)), "bt", *(f"f{n}" for n in range(1, 10))})


def _phrases_in(tokens: list[str]) -> list[tuple[str, str]]:
    """The disciplines written out in `tokens`: (code, the words)."""
    out = []
    for n in range(len(tokens)):
        if tokens[n] in _TRIGGERS:
            for m in (2, 3):
                words = tokens[n:n + m]
                got = _disciplines_and_phases(words)
                if (len(words) == m and got != words and len(got) == 1
                        and (got[0] in DISCIPLINES or got[0] in _PHRASE_CODES)):
                    out.append((got[0], " ".join(words)))
                    break
    return out


def _disciplines_and_phases(tokens: list[str]) -> list[str]:
    """"Rådgivende ingeniør bygg" as its code "rib" (and the other disciplines: `_ENGINEER`,
    `_PHRASES`); a phase's number in Roman numerals as digits ("Fase II"); "BT2" as
    "byggetrinn 2", "F2" as "fase 2"."""
    out: list[str] = []
    n = 0
    while n < len(tokens):
        w = tokens[n]
        if (w == "radgivende" and tokens[n + 1:n + 2] in (["ingenior"], ["ing"])
                and (code := _ENGINEER.get(tokens[n + 2] if n + 2 < len(tokens) else ""))):
            out.append(code)
            n += 3
            continue
        for phrase, code in _PHRASES.items():
            if tuple(tokens[n:n + len(phrase)]) == phrase:
                out.append(code)
                n += len(phrase)
                break
        else:
            if w in _ORDINALS and n + 1 < len(tokens) and tokens[n + 1] in _COUNTED:
                out.append(_ORDINALS[w])  # "Første etasje" is "1. etg"
                n += 1
                continue
            if w in PHASES and n + 1 < len(tokens) and tokens[n + 1] in _ROMAN:
                out += (w, _ROMAN[tokens[n + 1]])
                n += 2
                continue
            if len(w) == 2 and w[0] == "f" and w[1].isdigit():
                out += ("fase", w[1])  # "F2" is "Fase 2"
                n += 1
                continue
            if w.startswith("bt") and (w == "bt" or w[2:].isdigit()):
                out.append("byggetrinn")
                if w[2:]:
                    out.append(w[2:])
            else:
                out.append(w)
            n += 1
    return out


# The Tax Administration's forms that accountants name projects by ("RF-1086" is the
# shareholder register statement), as the word for the job
_FORM_CODES = {"1086": "aksjonaerregisteroppgave", "1028": "skattemelding",
               "1030": "skattemelding", "1167": "naeringsoppgave", "1175": "naeringsoppgave"}
_FORM_CODE = re.compile(r"(?i)\brf\s*-?\s*(1086|1028|1030|1167|1175)\b")


# a VAT term with its year, in a VAT project's name: "Mva 2025-2", "Mva 2/2025"
_VAT_YEAR_TERM = re.compile(r"\b(20\d\d)\s*[-/]\s*([1-6])\b|\b([1-6])\s*/\s*(20\d\d)\b")


def _period(m: re.Match[str]) -> str:
    q = m.group(1) or m.group(2) or m.group(3)
    if q:
        return f" q{q} "
    t = m.group(4) or m.group(5) or m.group(6)
    return f" t{t} " if t else " m365 "


_TYPO_LONG = 8  # a word of `SYNONYMS` this long is known one letter off


def _deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(len(word))}


def _typos_of_synonyms() -> tuple[dict[str, str], dict[str, str]]:
    """(the long words of `SYNONYMS` less one letter, the consonant abbreviations with two
    neighbours after the first swapped) -> the one spelling; without what two spellings could
    claim, and without words of their own."""
    minus: dict[str, str | None] = {}
    for word in {*SYNONYMS, *SYNONYMS.values()}:
        if len(word) >= _TYPO_LONG and word.isalpha():
            one = SYNONYMS.get(word, word)
            for d in _deletions(word):
                minus[d] = one if minus.get(d, one) == one else None
    swapped: dict[str, str | None] = {}
    for word, one in SYNONYMS.items():
        if skeleton(word) and not VOWELS.intersection(word):
            for k in range(1, len(word) - 1):  # (the first letter is typed right)
                s = word[:k] + word[k + 1] + word[k] + word[k + 2:]
                if s != word:
                    swapped[s] = one if swapped.get(s, one) == one else None
    known = set(SYNONYMS) | set(SYNONYMS.values()) | GENERIC | FILLER | _DROP
    return ({d: one for d, one in minus.items() if one and d not in known},
            {s: one for s, one in swapped.items() if one and s not in known})


@lru_cache(maxsize=65536)
def _synonym(w: str) -> str:
    """The one spelling of word `w` (see `words_of`)."""
    got = SYNONYMS.get(w) or NAMES.get(w)
    if got is not None:
        return got
    if len(w) >= _TYPO_LONG - 1 and w.isalpha():
        if (got := _MINUS_ONE.get(w)) is not None:  # a letter missing
            return got
        for d in _deletions(w):  # a letter more, or one wrong, or two swapped
            # (not a word that begins with one, but for a last letter doubled: "Konsulentb." is
            # "konsulentbistand" short)
            shortened = w.startswith(d) and w[-1] != w[-2]
            got = SYNONYMS.get(d) if len(d) >= _TYPO_LONG and not shortened else None
            got = got or _MINUS_ONE.get(d)
            if got is not None:
                return got
    elif 3 <= len(w) <= 5:
        return _SWAPPED.get(w, w)
    return w


def _initials(tokens: tuple[str, ...]) -> list[str]:
    """Runs of single letters joined into one word ("f k" -> "fk")."""
    out: list[str] = []
    run = ""
    for w in tokens:
        if len(w) == 1 and w.isalpha():
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return out


@lru_cache(maxsize=65536)
def _forms(base: str) -> tuple[list[str], dict[str, str], bool]:
    """A name's words for `synonyms_why` (`_initials` of its base name's tokens), each by its
    one spelling (`_said_as`), the first word that spells it (read only), and whether a word is
    spelt otherwise than its one spelling (in most names none is). By the base name: a string
    is looked up for less than its tokens."""
    raw = _initials(tuple(base.split()))
    forms: dict[str, str] = {}
    respelt = False
    for w in raw:
        said = _said_as(w)
        forms.setdefault(said, w)
        respelt = respelt or said != w
    return raw, forms, respelt


def synonyms_why(a: NormName, b: NormName) -> list[str]:
    """The words the two names (as `normalize_name` gives them) spell differently but
    `words_of` counts as one ("BRL" and "Borettslag", "Norway" and "Norge"), in words."""
    raw_a, forms_a, respelt_a = _forms(a.base)
    raw_b, forms_b, respelt_b = _forms(b.base)
    out = []
    for x, y in ((a, raw_b), (b, raw_a)):  # a form by its code: "RF-1086"
        for m in _FORM_CODE.finditer(x.base) if "rf " in x.base else ():
            word = _FORM_CODES[m[1]]
            if any(_synonym(w) == word for w in y):
                out.append(f"form RF-{m[1]} = '{word}'")
    said: set[str] = set()
    for x, other in ((raw_a, raw_b), (raw_b, raw_a)):
        # a discipline written out: "Rådgivende ingeniør bygg" / "RIB"
        if not _TRIGGERS.isdisjoint(x):
            y = forms_b if other is raw_b else forms_a
            for code, phrase in _phrases_in(x):
                if code in y and y[code] != phrase:
                    out.append(f"same word {y[code]}/{phrase}" if code in _TRANSLATED
                               else f"abbreviation {y[code]}={phrase}")
                    said.add(code)
    # (when each word of both is its own one spelling, a word of one is in the other or not)
    for w in dict.fromkeys(raw_a) if respelt_a or respelt_b else ():
        other = forms_b.get(_said_as(w))
        if other is not None and other != w and _said_as(w) not in said:
            short, long_ = sorted((w, other), key=len)
            if SYNONYMS.get(w) == "norge" or SYNONYMS.get(other) == "norge" or "norge" in (w, other):
                out.append("Norge/Norway")
            elif (len(short) <= 4 and not short.isdigit() and short[0] == long_[0]
                  and set(short) <= set(long_)):  # ("var"/"spring" is a translation)
                out.append(f"abbreviation {short}={long_}")
            else:
                out.append(f"same word {w}/{other}")
    return out


def _said_as(w: str) -> str:
    """`_synonym`, and "BL" a borettslag, "PL" a plass, "SS" a (seksjons)sameie (as a customer's
    name is read: core.matching.company)."""
    return CUSTOMER_ABBREVIATIONS.get(w) or _synonym(w)


# what a customer's name means by two letters that a project's name uses otherwise ("Havørn
# BL" is a borettslag, a project "BL" byggeledelse; "Olaf Ryes pl." a plass, a project "PL"
# prosjektledelse)
CUSTOMER_ABBREVIATIONS = {"bl": "borettslag", "pl": "plass", "ss": "sameie"}


_TAILS = sorted((w for w in GENERIC if len(w) >= 4), key=len, reverse=True)


@lru_cache(maxsize=65536)
def generic_tail(word: str) -> str | None:
    """The common word that ends `word` after at least four letters of its own ("service" of
    "rorleggerservice"): the "part" pairing of `token_sim`."""
    for common in _TAILS:
        if len(word) - len(common) >= 4 and word.endswith(common):
            return common
    return None


VOWELS = frozenset("aeiouy")


def compound_rest(head: str, word: str) -> str | None:
    """The rest of `word` after `head` when it is a word of its own (a common word or a trade:
    "anlegg" of "hansenanlegg"), else None."""
    rest = word[len(head):] if word.startswith(head) else ""
    rest = SYNONYMS.get(rest, rest)
    return rest if len(rest) >= 3 and (rest in GENERIC or rest in TRADE_WORDS) else None


def skeleton(word: str) -> bool:
    """Whether `word` looks like an abbreviation of consonants ("trsp", "mgmt", "brl")."""
    return 3 <= len(word) <= 5 and word.isalpha() and not VOWELS.intersection(word[1:])


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


_MINUS_ONE, _SWAPPED = _typos_of_synonyms()


# the words of trades and companies, and every spelling of a synonym: no person's name
COMPANY_WORDS = GENERIC | FILLER | set(SYNONYMS) | set(SYNONYMS.values())
