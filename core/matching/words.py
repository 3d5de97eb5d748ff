"""The words of a name as matching compares them, and what each word tells apart.

`words_of(name)`: the name folded as matching folds names (core.matching.normalize: case, æ/ø/å,
punctuation, `&`/og), without its legal form, with letters written apart joined ("F.K." is
"fk"), and one spelling for the words that are the same word in another form ("Norway"/"Norge",
"Sameiet"/"Sameie", "BRL"/"Borettslag", "etg."/"etasje"). `synonyms_why` says where two names
spell such a word differently.

What a word tells apart: `Rarity` weighs each word by how many names of the two registries hold
it (a word in every name tells nothing, a word in one name a lot), never more than
`GENERIC_WEIGHT` for the words that fill Norwegian company names (`GENERIC`: "Bygg", "Eiendom",
"Consulting"); `FILLER` words ("Group", "Norge") say little whether present or not. Trades
written in more than one way are one `trade_family`.

For projects, `core.matching.resemble.strip_words` sets aside the words of the scope (the
customer's name and number, a main project's name), which people write into project names.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from core.matching.normalize import NormName, normalize_name

# One spelling for words that are the same word in another language or form.
_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("norway", "norwegian", "norsk", "norske", "noreg"), "norge"),
    **dict.fromkeys(("teknologi", "technologies", "teknologies", "tekn"), "technology"),
    **dict.fromkeys(("konsulent", "konsulenter", "konsult", "consult", "consultants",
                     "consultant", "konsulting"), "consulting"),
    **dict.fromkeys(("gruppen", "gruppe", "grp", "groups"), "group"),
    **dict.fromkeys(("sameiet", "sameige"), "sameie"),
    **dict.fromkeys(("borettslaget", "brl", "brl.", "borettslag"), "borettslag"),
    **dict.fromkeys(("eiendommer", "eiendomsselskap", "eiendomsselskapet", "eiend"), "eiendom"),
    **dict.fromkeys(("advokatfirmaet", "advokatfirma", "advokatene", "advokatkontor",
                     "advokatkontoret", "adv"), "advokat"),
    **dict.fromkeys(("internasjonal", "intl", "int"), "international"),
    **dict.fromkeys(("mgmt", "mgt", "ledelse"), "management"),
    **dict.fromkeys(("kompani", "compagni", "comp", "co"), "company"),
    **dict.fromkeys(("senteret", "center", "centre", "centeret"), "senter"),
    **dict.fromkeys(("services", "servise"), "service"),
    **dict.fromkeys(("regnskapskontor", "regnskapsbyra", "regnskapskontoret", "regnsk"),
                    "regnskap"),
    **dict.fromkeys(("kommunen",), "kommune"),
    **dict.fromkeys(("entreprenorforretning", "entr"), "entreprenor"),
    **dict.fromkeys(("holdings",), "holding"),
    **dict.fromkeys(("partnere", "partners"), "partner"),
    **dict.fromkeys(("solution",), "solutions"),
    **dict.fromkeys(("system",), "systems"),
    **dict.fromkeys(("prosjektet", "project", "proj", "prosj"), "prosjekt"),
    **dict.fromkeys(("boligbyggelag", "boligbyggelaget"), "bbl"),
    **dict.fromkeys(("firmaet",), "firma"),
    **dict.fromkeys(("br", "brdr", "brodr", "brodrene", "brothers"), "brodrene"),
    **dict.fromkeys(("sonner", "sonnene", "sons"), "sonn"),
    # Norwegian abbreviations that are not a prefix or the consonants of their word
    **dict.fromkeys(("etg", "etasjen"), "etasje"),
    **dict.fromkeys(("bl", "blokka", "blokken"), "blokk"),
    **dict.fromkeys(("gt", "gata", "gaten", "gatan"), "gate"),
    **dict.fromkeys(("vn", "veien", "veg", "vegen"), "vei"),
    **dict.fromkeys(("pl", "plassen"), "plass"),
    **dict.fromkeys(("il", "idrettslaget"), "idrettslag"),
    **dict.fromkeys(("if", "idrettsforeningen"), "idrettsforening"),
    **dict.fromkeys(("fk", "fotballklubben"), "fotballklubb"),
    **dict.fromkeys(("sk", "sportsklubben"), "sportsklubb"),
    **dict.fromkeys(("bhg", "barnehagen"), "barnehage"),
    **dict.fromkeys(("adm", "administrasjonen"), "administrasjon"),
    **dict.fromkeys(("komm",), "kommune"),
    **dict.fromkeys(("dept", "dep"), "department"),
    **dict.fromkeys(("hovedprosjektet", "hovudprosjekt"), "hovedprosjekt"),
}


_DROP = frozenset({"og", "the", "of", "i", "pa", "for", "til", "av", "v", "ved", "c", "o"})


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
"""


GENERIC = frozenset(_GENERIC_WORDS.split())


# Words whose presence or absence says little about which company it is.
FILLER = frozenset({"group", "norge", "company", "holding", "international",
                    "prosjekt", "avd", "avdeling", "afdeling", "bbl", "firma",
                    "hovedprosjekt", "delprosjekt", "underprosjekt", "lopende", "oppdrag"})


# Trades written in more than one way: two names that share a distinctive word and a trade of one
# family ("Bilverksted"/"Bilservice", "Malermester"/"Maling") are likely one business; trades of
# two families ("Bygg"/"Elektro") are the classic pair of different companies.
_TRADE_FAMILIES = (
    "bil bilservice bilverksted bilsenter bilforretning bilpleie bilelektro auto autoservice",
    "maling maler malermester malerfirma malerservice malerforretning malerbedrift",
    "elektro elektriker elektroinstallasjon elektroinstallator elinstallasjon el elektroservice",
    "ror rorlegger rorleggerservice rorleggerfirma rorleggerbedrift vvs sanitaer",
    "bygg byggmester byggservice byggfirma snekker snekkeri tomrer tommermann byggentreprenor",
    "regnskap regnskapsforing regnskapsservice okonomi okonomiservice",
    "revisjon revisor revisjonsfirma",
    "consulting radgivning radgiving radgivende radgiver radgivere",  # (rådgivning: Norwegian)
    "tannlege tannlegesenter tannklinikk tannhelse",
    "lege legesenter legekontor legevakt",
    "frisor frisorsalong salong hair",
    "renhold renholdsservice rengjoring vask",
    "transport frakt logistikk spedisjon budservice",
    "data it ikt software programvare digital technology",
    "arkitekt arkitekter arkitektkontor",
    "taktekking taktekker tak",
    "graving maskin maskinentreprenor anlegg grunnarbeid",
    "ventilasjon klima ventilasjonsservice",
    "montasje montering installasjon",
    "bakeri baker konditori",
    "kafe cafe kro restaurant",
)


_FAMILY: dict[str, int] = {w: n for n, line in enumerate(_TRADE_FAMILIES) for w in line.split()}


_FAMILY_HEADS = sorted((w for w in _FAMILY if len(w) >= 3), key=lambda w: (-len(w), w))


@lru_cache(maxsize=65536)
def trade_family(word: str) -> int | None:
    """The trade family of `word` (one of its words, or a compound that begins with one of at
    least three letters: "malermester" is a painter), or None."""
    got = _FAMILY.get(word)
    if got is None and len(word) > 3:
        got = next((_FAMILY[h] for h in _FAMILY_HEADS if word.startswith(h)), None)
    return got


MIN_CORPUS = 50  # names: a word's rarity counts the registries as at least this large


GENERIC_WEIGHT = 0.25


NUMBER_WEIGHT = 0.5


@lru_cache(maxsize=65536)
def words_of(name: str) -> tuple[str, ...]:
    """The words of `name` as resemblance compares them (see the module docstring). Letters
    written apart are one word ("F.K." is "fk", "I.L." is "il")."""
    out = []
    for w in _initials(normalize_name(name).tokens):
        w = _SYNONYMS.get(w, w)
        if w not in _DROP:
            out.append(w)
    return tuple(out)


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


def synonyms_why(a: NormName, b: NormName) -> list[str]:
    """The words the two names (as `normalize_name` gives them) spell differently but
    `words_of` counts as one ("BRL" and "Borettslag", "Norway" and "Norge"), in words."""
    raw_a, raw_b = _initials(a.tokens), _initials(b.tokens)
    forms_b: dict[str, str] = {}
    for w in raw_b:
        forms_b.setdefault(_SYNONYMS.get(w, w), w)
    out = []
    for w in dict.fromkeys(raw_a):
        other = forms_b.get(_SYNONYMS.get(w, w))
        if other is not None and other != w:
            short, long_ = sorted((w, other), key=len)
            if _SYNONYMS.get(w) == "norge" or _SYNONYMS.get(other) == "norge" or "norge" in (w, other):
                out.append("Norge/Norway")
            elif len(short) <= 4:
                out.append(f"abbreviation {short}={long_}")
            else:
                out.append(f"same word {w}/{other}")
    return out


class Rarity:
    """How much each word tells apart: from how many names of the two registries hold it.
    `common_capped`: the words that fill company names weigh at most `GENERIC_WEIGHT` (not for
    the projects of one customer, where "Rammeavtale" or "Vedlikehold" is what tells apart)."""

    def __init__(self, names: Iterable[tuple[str, ...]], *, common_capped: bool = True) -> None:
        self.common_capped = common_capped
        df: Counter[str] = Counter()
        n = 0
        for words in names:
            n += 1
            df.update(set(words))
        self.df = df
        # (a small registry tells little about which words are common: count it as larger)
        self.n = max(n, MIN_CORPUS)
        self._log_n = math.log(self.n + 2)
        self._cache: dict[str, float] = {}

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


_TAILS = sorted((w for w in GENERIC if len(w) >= 4), key=len, reverse=True)


@lru_cache(maxsize=65536)
def generic_tail(word: str) -> str | None:
    """The common word that ends `word` after at least four letters of its own ("service" of
    "rorleggerservice"): the "part" pairing of `token_sim`."""
    for common in _TAILS:
        if len(word) - len(common) >= 4 and word.endswith(common):
            return common
    return None


_VOWELS = frozenset("aeiouy")


def compound_rest(head: str, word: str) -> str | None:
    """The rest of `word` after `head` when it is a word of its own (a common word or a trade:
    "anlegg" of "hansenanlegg"), else None."""
    rest = word[len(head):] if word.startswith(head) else ""
    rest = _SYNONYMS.get(rest, rest)
    return rest if len(rest) >= 3 and (rest in GENERIC or rest in _FAMILY) else None


def skeleton(word: str) -> bool:
    """Whether `word` looks like an abbreviation of consonants ("trsp", "mgmt", "brl")."""
    return 3 <= len(word) <= 5 and word.isalpha() and not _VOWELS.intersection(word[1:])


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)
