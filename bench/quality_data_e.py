"""A fifth data set for `bench/matching_quality.py` (`--data e`), written independently of the
matcher and of the other generators: an accounting office's (regnskapsbyrå's) time tracker beside
its Tripletex. Seeds 1-3 (mod 4) are an accounting office, seeds 0 (mod 4) a trades/consultancy
firm that keeps its clients the same way.

Customers are the clients such offices really have: holding companies of a family (and their
"Invest"/"Eiendom" sisters, which are other firms), sole proprietors (ENK) named by the person,
partnerships (ANS/DA), housing co-ops (borettslag, sameie), associations and clubs, foundations,
municipalities and their units, dentists, doctors, physiotherapists, restaurants and shops,
farms, churches, kindergartens and schools, international firms with a Norwegian company or
branch (NUF), English-named consultancies and brands next to their legal names.

A pair is spelt alike or with one kind of difference, each both ways (the local name the fuller
one or Tripletex's): abbreviation, compound split/joined/hyphenated, a word more or less, word
order, legal form dropped or changed, Norge/Norway, a typo in a word of 5+ letters, æ/ø/å
written out or dropped, "&"/"og"/"+", punctuation, case, a person's first name shortened or
dropped, a department or town added, "v/ contact person" added, street names abbreviated,
Ltd/Limited, a brand for the legal name. On top, a local name often lacks the legal form and a
Tripletex name is sometimes in Brønnøysund's capitals.

Twins (same name, told apart by number, by org number, or not at all), traps (other firms named
like a local one: the family's other holding, a son's firm, the farm next door, another branch
of a chain, the sister company abroad, the neighbouring house number), a rare coincidental
customer number, local-only records and many Tripletex records new to the time tracker.

Projects: the office's engagements (Årsoppgjør 2024, MVA-melding 3. termin 2025, Lønn 2025,
Forretningsførsel for co-ops, Stiftelse av AS...) or a trade's and consultancy's jobs
(Rehabilitering bad, Nettside, Drift og support 2025...), year series, sub-projects; pairs spelt
with the customer's name or number written in, year forms, termin forms, abbreviations,
compounds, a word more, word order, typos, letters, case.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bench import quality_names_e as ne
from bench.quality_data import DataSet, Rec, _org

FORMS = {"AS", "ASA", "ENK", "DA", "ANS", "SA", "BA", "NUF", "IKS", "KF", "BBL"}

CUSTOMER_KINDS: dict[str, int] = {  # kind -> weight among customer pairs (when it applies)
    "same": 14, "case": 2, "letters": 5, "and": 3, "punct": 3, "legal-form": 4,
    "legal-change": 3, "abbrev": 11, "compound": 10, "word-more": 9, "order": 7, "norge": 6,
    "typo": 6, "person": 6, "department": 4, "contact": 4, "address": 6, "ltd": 4, "brand": 5,
    "definite": 5, "genitive": 5,
}
SECOND_KINDS = ("abbrev", "compound", "order", "typo", "letters", "department", "contact",
                "definite", "genitive", "person", "address")  # a second difference, sometimes
# Norwegian words written in the definite form or not ("Advokatfirmaet" / "Advokatfirma")
DEFINITE = {"Advokatfirmaet": "Advokatfirma", "Eiendomsselskapet": "Eiendomsselskap",
            "Borettslaget": "Borettslag", "Sameiet": "Sameie", "Idrettslaget": "Idrettslag",
            "Eierseksjonssameiet": "Eierseksjonssameie", "Stiftelsen": "Stiftelse"}
CO_OP_MANAGERS = ["OBOS Eiendomsforvaltning", "Usbl", "Bate", "Boligbyggelaget Vestbo", "TOBB",
                  "Nordvest Forvaltning", "Sameieforvaltning AS", "Vestbo BBL"]
PROJECT_KINDS: dict[str, int] = {
    "same": 20, "customer-name": 9, "customer-number": 5, "project-number": 4, "year": 8, "termin": 5, "abbrev": 8,
    "compound": 4, "word-more": 6, "order": 5, "typo": 7, "letters": 3, "case": 3,
}
SUB_KINDS: dict[str, int] = {"same": 40, "parent-name": 15, "typo": 8, "abbrev": 8, "case": 6,
                             "letters": 3}

CATEGORIES: dict[str, int] = {
    "holding": 9, "enk": 11, "surname_trade": 12, "place_trade": 9, "english": 7, "intl": 5,
    "brl": 5, "sameie": 5, "assoc": 7, "stiftelse": 2, "public": 3, "health": 7, "food_shop": 6,
    "farm": 4, "church_school": 4, "brand": 3, "partnership": 3, "numbered": 3,
}


# ---- spelling helpers ---------------------------------------------------------------------

def crude_key(name: str) -> str:
    """A deliberately coarse fold (case, æ/ø/å, punctuation, legal forms, og/&): two different
    firms are never given names this close."""
    s = name.lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("é", "e"), ("ü", "u"), ("aa", "a"),
                 ("oe", "o"), ("ae", "a")):
        s = s.replace(a, b)
    drop = {"as", "asa", "ans", "da", "enk", "sa", "ba", "nuf", "a", "s", "og", "and", "iks",
            "kf", "bbl", "ltd", "limited"}
    return "".join(t for t in re.split(r"[^a-z0-9]+", s) if t and t not in drop)


def _vocab() -> set[str]:
    words: set[str] = set()
    for lst in (ne.FIRST_M, ne.FIRST_F, ne.MIDDLE, ne.SURNAMES_COMMON, ne.SURNAMES_RARE,
                ne.TOWNS, ne.KOMMUNER, ne.DISTRICTS, ne.REGIONS, ne.COUNTIES, ne.FANCY,
                ne.KINDERGARTEN,
                ne.FARMS, ne.TRADES, ne.ENGLISH_CORE, ne.ENGLISH_SUFFIX, ne.HEALTH, ne.FOOD_SHOP,
                ne.ENK_TRADES, ne.ENK_SUFFIX, ne.HOLDING_WORDS, list(ne.COMPOUNDS),
                list(ne.ABBREV), [a for a, _ in ne.ASSOC_TYPES], ne.STREETS):
        for w in lst:
            for part in w.lower().split():
                words.add(part)
    for s in list(words):  # the sister spellings of surnames are other people's names
        if s.endswith("ssen"):
            words.add(s[:-4] + "sen")
        elif s.endswith("sen"):
            words.update({s[:-3] + "ssen", s[:-3] + "son", s[:-3] + "zen"})
        if s.endswith("e"):
            words.add(s[:-1])
        else:
            words.add(s + "e")
        words.add(s + "s")
    words.update({"kristiansund", "kristiansand", "berge", "bergen", "holmen", "lunden",
                  "vike", "strande", "dahle", "sande", "haugen", "hagen", "olsson", "nilsson",
                  "larsson", "hansson", "pettersson", "eriksson", "bygge", "service", "servise"})
    return words


VOCAB = _vocab()
VOCAB_NAMES = set(ne.SURNAMES_COMMON + ne.SURNAMES_RARE + ne.FIRST_M + ne.FIRST_F)
KEYROWS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]


def _neighbours(c: str) -> str:
    for row in KEYROWS:
        i = row.find(c)
        if i >= 0:
            return row[max(0, i - 1):i] + row[i + 1:i + 2]
    return ""


def typo_word(rng: random.Random, word: str) -> str | None:
    """One slip in a word of 5+ letters (never its first letter): two letters swapped, one
    dropped, one doubled, or a neighbouring key; None when the result is another real word."""
    low = word.lower()
    if len(word) < 5 or not low.isalpha() or word.isupper():
        return None
    for _ in range(8):
        op = rng.choice(["swap", "drop", "double", "key"])
        i = rng.randrange(1, len(low) - (1 if op == "swap" else 0))
        if op == "swap":
            if low[i] == low[i + 1]:
                continue
            new = low[:i] + low[i + 1] + low[i] + low[i + 2:]
        elif op == "drop":
            new = low[:i] + low[i + 1:]
        elif op == "double":
            if low[i] in "aeiouyæøå" and rng.random() < 0.7:
                continue  # a doubled consonant is the usual slip
            new = low[:i] + low[i] + low[i:]
        else:
            nb = _neighbours(low[i])
            if not nb:
                continue
            new = low[:i] + rng.choice(nb) + low[i + 1:]
        if new != low and new not in VOCAB:
            return word[0] + new[1:]
    return None


LETTER_STYLES = [
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "é": "e"},
    {"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A", "é": "e"},
    {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A", "é": "e"},
]


def letters(rng: random.Random, s: str) -> str | None:
    if not re.search("[æøåÆØÅé]", s):
        return None
    style = rng.choice(LETTER_STYLES)
    return "".join(style.get(c, c) for c in s)


def join(words: list[str], form: str | None) -> str:
    s = " ".join(w for w in words if w)
    s = s.replace(" ,", ",")
    return f"{s} {form}" if form else s


# ---- firms --------------------------------------------------------------------------------

Alt = tuple[str, bool | None]  # (the other spelling, the legal name is the fuller one)


@dataclass
class Firm:
    cat: str
    words: list[str]
    form: str | None
    short: str  # what a consultant writes into a project name ("Hansen", "Solsiden")
    alts: dict[str, list[Alt]] = field(default_factory=dict)  # kind -> category spellings
    allow: set[str] = field(default_factory=set)  # generic kinds allowed (department, contact)
    person: tuple[str, str] | None = None  # a contact person (first, last)
    org_both: bool = False  # a brand sharing no word: the org number is on both sides
    profile: str = "firm"  # which projects it has
    trap: Callable[[], tuple[Firm, str, bool] | None] | None = None
    rare: bool = False

    @property
    def legal(self) -> str:
        return join(self.words, self.form)


class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.twin = False  # building a twin: a common person's name

    def c(self, seq):  # noqa: ANN001, ANN201
        return self.rng.choice(seq)

    def first(self, male: bool | None = None) -> str:
        if male is None:
            male = self.rng.random() < 0.6
        return self.c(ne.FIRST_M if male else ne.FIRST_F)

    def middle(self, first: str) -> str:
        return self.c(ne.MIDDLE_M if first in ne.FIRST_M else ne.MIDDLE_F)

    def surname(self) -> tuple[str, bool]:
        if self.rng.random() < 0.55:
            return self.c(ne.SURNAMES_COMMON), False
        return self.c(ne.SURNAMES_RARE), True

    def place(self) -> str:
        r = self.rng.random()
        return self.c(ne.TOWNS if r < 0.6 else ne.DISTRICTS if r < 0.85 else ne.REGIONS)

    def contact(self) -> tuple[str, str]:
        return self.first(), self.surname()[0]

    # each builder returns a Firm; its trap (if any) makes another firm named like it
    def holding(self) -> Firm:
        last, rare = self.surname()
        r = self.rng.random()
        first = self.first() if r < 0.3 else None
        word = "Holding" if r < 0.75 else self.c(["Invest", "Eiendom", "Kapital"])
        words = ([first] if first else []) + [last, word]
        f = Firm("holding", words, "AS", last, rare=rare or bool(first))
        if first:
            f.alts["person"] = [(join([f"{first[0]}.", last, word], "AS"), True),
                                (join([last, word], "AS"), True)]
            f.short = f"{first} {last}"
        f.alts["word-more"] = [(join(words + ["og", "Eiendom"], "AS"), False)] \
            if word == "Holding" else []

        def trap() -> tuple[Firm, str, bool]:
            t = self.rng.random()
            if t < 0.5:
                other = self.c([w for w in ne.HOLDING_WORDS if w != word])
                return Firm("holding", words[:-1] + [other], "AS", last), "trap-holding", f.rare
            if t < 0.75:
                return (Firm("holding", words + [self.c(["II", "2"])], "AS", last),
                        "trap-holding-2", True)
            son = self.first(True)
            return Firm("holding", [son, last, word], "AS", last), "trap-son", f.rare
        f.trap = trap
        return f

    def enk(self) -> Firm:
        first, (last, rare) = self.first(), self.surname()
        if self.twin:
            last, rare = self.c(ne.SURNAMES_COMMON), False
        middle = self.middle(first) if self.rng.random() < 0.2 and not self.twin else None
        names = [first] + ([middle] if middle else []) + [last]
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {}
        if r < 0.35:
            words = names
            alts["order"] = [(join([last] + names[:-1], None), None),
                             (join([f"{last},"] + names[:-1], None), None)]
        elif r < 0.6:
            trade = self.c(ne.ENK_TRADES)
            words = [trade] + names
            alts["order"] = [(join(names + [trade], None), None)]
            alts["word-more"] = [(join(names, None), True)]
        else:
            suffix = self.c(ne.ENK_SUFFIX)
            words = names + [suffix]
            alts["word-more"] = [(join(names, None), True)]
            alts.setdefault("person", []).append((join([last, suffix], None), True))
        person = alts.setdefault("person", [])
        person.append((join([w if w != first else f"{first[0]}." for w in words], None), True))
        if middle:
            person.append((join([w for w in words if w != middle], None), True))
            person.append((join([w if w != middle else f"{middle[0]}." for w in words], None),
                           True))
        f = Firm("enk", words, "ENK", f"{first} {last}", alts, rare=rare, profile="person")
        key_word = words[0] if words[0] in ne.ENK_TRADES else words[-1]

        def trap() -> tuple[Firm, str, bool] | None:
            other = self.first()
            if other == first:
                return None
            tw = [other if w == first else w for w in words if w != middle]
            return (Firm("enk", tw, "ENK", f"{other} {last}", profile="person"), "trap-relative",
                    rare or key_word != last)
        f.trap = trap
        return f

    def surname_trade(self) -> Firm:
        last, rare = self.surname()
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {}
        trade = self.c(ne.TRADES)
        form = "AS" if self.rng.random() < 0.85 else self.c(["ENK", "DA", "ANS"])
        if r < 0.3:
            words = [last, trade]
        elif r < 0.35:  # a firm founded again after a split keeps the year in its name
            words = [last, trade, str(self.rng.randrange(2005, 2025))]
            form = "AS"
            alts["word-more"] = [(join(words[:2], form), True)]
        elif r < 0.5:
            words = [last, self.c(ne.SERVICE_COMPOUNDS)]
        elif r < 0.6:
            words = ["Brødrene", last]
            form = "AS"
        elif r < 0.7:
            words = [last, "&", "Sønn"]
            form = "AS"
        elif r < 0.85 and trade in ne.TRADE_PAIRS:
            words = [last, trade, "og", ne.TRADE_PAIRS[trade]]
            alts["word-more"] = [(join([last, trade], form), True)]
        else:
            first = self.first(True)
            words = [first, last, trade]
            alts["person"] = [(join([f"{first[0]}.", last, trade], form), True)]
        if len(words) == 2 and words[1] in ne.TRADES:
            alts.setdefault("word-more", []).append((join(words + [self.c(ne.TOWNS)], form),
                                                     False))
        f = Firm("surname_trade", words, form, last, alts, {"department"}, rare=rare)

        def trap() -> tuple[Firm, str, bool] | None:
            if self.rng.random() < 0.25 and form == "AS":  # the firm re-founded after a split
                return (Firm("surname_trade", words + [str(self.rng.randrange(2005, 2025))],
                             "AS", last), "trap-year", True)
            if words[-1] in ne.TRADE_PAIRS and len(words) == 2:
                return (Firm("surname_trade", words + ["og", ne.TRADE_PAIRS[words[-1]]], "AS",
                             last), "trap-word-more", True)
            if words[0] in ne.FIRST_M:
                son = self.first(True)
                return (Firm("surname_trade", [son] + words[1:], form, last), "trap-son",
                        True)
            other = self.c(ne.TRADES)
            if other in words:
                return None
            return Firm("surname_trade", [last, other], "AS", last), "trap-trade", rare
        f.trap = trap
        return f

    def place_trade(self) -> Firm:
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {}
        if r < 0.3:
            place = self.place()
            trade = self.c(ne.TRADES)
            words, short = [place, trade], place
        elif r < 0.45:
            place = self.place()
            trade = self.c(list(ne.TRADE_PAIRS))
            words, short = [place, trade, "og", ne.TRADE_PAIRS[trade]], place
            alts["word-more"] = [(join([place, trade], "AS"), True)]
        elif r < 0.6:
            joined, split = self.c(ne.REGION_COMPOUNDS)
            words, short = [joined], joined
            alts["compound"] = [(join([split], "AS"), None)]
        elif r < 0.72:
            place = self.place()
            words, short = [place, self.c(ne.SERVICE_COMPOUNDS)], place
        elif r < 0.85:
            place = self.place()
            words, short = [place, self.c(["Regnskapskontor", "Regnskap", "Regnskapsbyrå",
                                           "Lønnsservice"])], place
        else:  # a chain's shop in one town: another town's is another company
            chain, town = self.c(ne.FRANCHISE), self.c(ne.TOWNS)
            words, short = chain.split() + [town], town
            f = Firm("place_trade", words, "AS", short, alts, rare=True)

            def trap_chain() -> tuple[Firm, str, bool] | None:
                other = self.c(ne.TOWNS)
                if other == town:
                    return None
                return (Firm("place_trade", chain.split() + [other], "AS", other),
                        "trap-branch", True)
            f.trap = trap_chain
            return f
        f = Firm("place_trade", words, "AS", short, alts, rare=True)

        def trap() -> tuple[Firm, str, bool] | None:
            if len(words) == 2 and words[1] in ne.TRADE_PAIRS:
                return (Firm("place_trade", words + ["og", ne.TRADE_PAIRS[words[1]]], "AS",
                             short), "trap-word-more", True)
            if len(words) == 4:
                return (Firm("place_trade", words[:1] + [words[3]], "AS", short),
                        "trap-word-less", True)
            return None
        f.trap = trap
        return f

    def english(self) -> Firm:
        core = self.c(ne.ENGLISH_CORE + ne.FANCY[:10] + [self.surname()[0] for _ in range(4)])
        suffix = self.c(ne.ENGLISH_SUFFIX)
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {}
        if r < 0.5:
            words = [core, suffix]
            alts["word-more"] = [(join([core, suffix, "Norway"], "AS"), False)]
            if suffix != "Group":
                alts["word-more"].append((join([core, suffix, "Group"], "AS"), False))
        elif r < 0.7 and suffix != "Group":
            words = [core, suffix, "Group"]
            alts["word-more"] = [(join([core, suffix], "AS"), True)]
        elif r < 0.85:
            words = ["Nordic", core, suffix] if core != "Nordic" else [core, suffix, "Nordic"]
            alts["word-more"] = [(join([core, suffix], "AS"), True)]
        else:
            words = [core, self.c(["Scandinavia", "Nordic", "Norway", "International"])]
        form = "AS" if self.rng.random() < 0.93 else "ASA"
        f = Firm("english", words, form, core, alts, {"department"}, rare=True,
                 profile="consult")

        def trap() -> tuple[Firm, str, bool] | None:
            other = self.c(ne.ENGLISH_SUFFIX)
            if other in words or suffix not in words:
                return None
            return (Firm("english", [other if w == suffix else w for w in words], "AS", core),
                    "trap-sister", True)
        f.trap = trap
        return f

    def intl(self) -> Firm:
        brand, home = self.c(ne.INTL)
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {"word-more": [(brand, True)]}
        if home == "Ltd":
            if r < 0.5:
                words, form = [brand, "Ltd"], "NUF"
                alts["ltd"] = [(join([brand, "Limited"], "NUF"), None),
                               (join([brand, "Ltd", "Norwegian", "Branch"], None), None)]
            else:
                words, form = [brand, "Norway", "Ltd"], None
                alts["ltd"] = [(join([brand, "Norway", "Limited"], None), None)]
        elif r < 0.45:
            words, form = [brand, "Norge"], "AS"
        elif r < 0.7:
            words, form = [brand, "Norway"], "AS"
        else:
            words, form = [brand, home], "NUF"
            alts["ltd"] = [(join([brand, home, "Norsk", "filial"], None), None),
                           (join([brand, home, "Norwegian", "Branch"], None), None)]
        f = Firm("intl", words, form, brand, alts, {"department"}, rare=True,
                 profile="consult")

        def trap() -> tuple[Firm, str, bool]:
            country, lform = self.c(ne.COUNTRY_OTHER)
            return Firm("intl", [brand, country], lform, brand), "trap-abroad", True
        f.trap = trap
        return f

    def brl(self) -> Firm:
        name = self.c(ne.FANCY + ne.DISTRICTS[:20])
        if self.rng.random() < 0.5:
            words = ["Borettslaget", name]
            alts = {"order": [(join([name, "Borettslag"], None), None)],
                    "abbrev": [(join([name, "BRL"], None), True), (join(["Brl.", name], None), True)]}
        else:
            words = [name, "Borettslag"]
            alts = {"order": [(join(["Borettslaget", name], None), None)]}
        form = "BA" if self.rng.random() < 0.15 else None
        f = Firm("brl", words, form, name, alts, {"contact"}, rare=True, profile="coop")

        def trap() -> tuple[Firm, str, bool]:
            if self.rng.random() < 0.5:
                return Firm("sameie", ["Sameiet", name], None, name, profile="coop"), \
                    "trap-sameie", True
            return Firm("brl", words + ["II"], form, name, profile="coop"), "trap-second", True
        f.trap = trap
        return f

    def sameie(self) -> Firm:
        street = self.c(ne.STREETS)
        n = self.rng.randrange(1, 60)
        r = self.rng.random()
        if r < 0.5:
            words = ["Sameiet", street, str(n)]
            alts = {"order": [(join([street, str(n), "Sameie"], None), None)],
                    "word-more": [(join([street, str(n)], None), True)]}
        elif r < 0.8:
            words = [street, str(n), "Sameie"]
            alts = {"order": [(join(["Sameiet", street, str(n)], None), None)]}
        else:
            words = ["Eierseksjonssameiet", street, str(n)]
            alts = {"abbrev": [(join(["Sameiet", street, str(n)], None), True),
                               (join(["Esm.", street, str(n)], None), True)]}
        f = Firm("sameie", words, None, f"{street} {n}", alts, {"contact"}, rare=True,
                 profile="coop")

        def trap() -> tuple[Firm, str, bool]:
            m = n + self.rng.choice([-2, 2, 1, 4]) if n > 4 else n + 2
            return (Firm("sameie", [w if w != str(n) else str(m) for w in words], None,
                         f"{street} {m}", profile="coop"), "trap-house-number", True)
        f.trap = trap
        return f

    def assoc(self) -> Firm:
        place = self.c(ne.TOWNS + ne.DISTRICTS)
        typ, short = self.c(ne.ASSOC_TYPES)
        words = [place, typ]
        alts: dict[str, list[Alt]] = {}
        if short:
            alts["abbrev"] = [(join([place, short], None), True)]
            if short == "IL":
                alts["order"] = [(join(["IL", place], None), None),
                                 (join(["Idrettslaget", place], None), None)]
        f = Firm("assoc", words, None, place, alts, {"contact"}, rare=True, profile="assoc")

        def trap() -> tuple[Firm, str, bool] | None:
            other = ne.ASSOC_NEIGHBOURS.get(typ)
            if not other:
                return None
            return Firm("assoc", [place, other], None, place, profile="assoc"), \
                "trap-neighbour", True
        f.trap = trap
        return f

    def stiftelse(self) -> Firm:
        r = self.rng.random()
        if r < 0.4:
            x = [self.c(ne.FANCY)]
        elif r < 0.7:
            x = [f"{self.surname()[0]}s", "Minnefond"]
        else:
            x = [self.c(["Kystmuseet", "Bygdetunet", "Fyrstasjonen", "Kulturhuset"]), "i",
                 self.c(ne.TOWNS)]
        if self.rng.random() < 0.7:
            words = ["Stiftelsen"] + x
            alts = {"order": [(join(x + ["Stiftelse"], None), None)],
                    "word-more": [(join(x, None), True)]}
        else:
            words = x + ["Stiftelse"]
            alts = {"order": [(join(["Stiftelsen"] + x, None), None)]}
        return Firm("stiftelse", words, None, " ".join(x), alts, {"contact"}, rare=True,
                    profile="assoc")

    def public(self) -> Firm:
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {}
        if r < 0.55:
            town = self.c(ne.KOMMUNER)
            words, form, short = [*town.split(), "kommune"], None, town
            unit = self.c(ne.PUBLIC_UNITS)
            alts["department"] = [(f"{town} kommune, {unit}", False),
                                  (f"{town} kommune v/ {unit}", False),
                                  (f"{town} kommune - {unit}", False)]
        elif r < 0.75:
            county = self.c(ne.COUNTIES)
            words, form, short = [county, "fylkeskommune"], None, county
        elif r < 0.9:
            region = self.c(ne.REGIONS)
            words, form, short = [region, "Interkommunale", "Renovasjon"], "IKS", region
            alts["abbrev"] = [(join([region, "IR"], "IKS"), True),
                              (join([region, "Interkomm.", "Renovasjon"], "IKS"), True)]
        else:
            town = self.c(ne.KOMMUNER)
            words, form, short = [*town.split(), "Havn"], "KF", town
        f = Firm("public", words, form, short, alts, rare=True, profile="public")

        def trap() -> tuple[Firm, str, bool] | None:
            if words[-1] != "kommune":
                return None
            return (Firm("church_school", [*words[:-1], "kirkelige", "fellesråd"], None, short,
                         profile="assoc"), "trap-same-place", False)
        f.trap = trap
        return f

    def health(self) -> Firm:
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {}
        if r < 0.45:
            place = self.place()
            kind = self.c(ne.HEALTH)
            words, form, short = [place, kind], self.c(["AS", "AS", "DA"]), place
            f = Firm("health", words, form, short, alts, rare=True)

            def trap() -> tuple[Firm, str, bool] | None:
                other = self.c(ne.HEALTH)
                if other == kind:
                    return None
                return Firm("health", [place, other], "AS", place), "trap-same-place", True
            f.trap = trap
            return f
        if r < 0.65:
            first, (last, rare) = self.first(), self.surname()
            words = ["Tannlege", first, last]
            alts["order"] = [(join([first, last, "Tannlege"], None), None)]
            alts["person"] = [(join(["Tannlege", last], None), True),
                              (join(["Tannlege", f"{first[0]}.", last], None), True)]
            return Firm("health", words, "ENK", f"{first} {last}", alts, rare=rare,
                        profile="person")
        if r < 0.8:
            last, rare = self.surname()
            kind = self.c(["Fysioterapi", "Tannlegesenter", "Legekontor", "Kiropraktikk"])
            return Firm("health", [last, kind], "AS", last, {}, rare=rare)
        if r < 0.9:
            name = self.c(ne.FANCY)
            words = [name, "Fysioterapi", "og", "Trening"]
            alts["word-more"] = [(join([name, "Fysioterapi"], "AS"), True)]
            return Firm("health", words, "AS", name, alts, rare=True)
        l1, l2 = self.surname()[0], self.surname()[0]
        if l1 == l2:
            l2 = self.c(ne.SURNAMES_RARE)
        words = ["Tannlegene", l1, "og", l2]
        alts["word-more"] = [(join([l1, "og", l2], "DA"), True)]
        return Firm("health", words, "DA", f"{l1} og {l2}", alts, rare=True)

    def food_shop(self) -> Firm:
        r = self.rng.random()
        fancy = self.c(ne.FANCY)
        alts: dict[str, list[Alt]] = {}
        if r < 0.07:  # the company behind the restaurant, and the name on the door
            words = [fancy, "Drift"]
            alts["brand"] = [(f"Restaurant {fancy}", None), (f"{fancy} Restaurant", None)]
            form = "AS"
        elif r < 0.2:
            words = ["Restaurant", fancy]
            alts["word-more"] = [(fancy, True)]
            alts["order"] = [(join([fancy, "Restaurant"], None), None)]
            form = "AS"
        elif r < 0.35:
            words = [fancy, "Kafé"] if self.rng.random() < 0.5 else ["Kafé", fancy]
            alts["word-more"] = [(fancy, True)]
            form = "AS"
        elif r < 0.5:
            words = [f"{self.surname()[0]}s", "Bakeri"]
            form = "AS"
        elif r < 0.65:
            words = [self.c(["Frisør", "Salong"]), fancy]
            alts["word-more"] = [(fancy, True)]
            alts["order"] = [(join([fancy, words[0]], None), None)]
            form = self.c(["AS", "ENK"])
        else:
            place = self.place()
            words = [place, self.c(ne.FOOD_SHOP)]
            form = "AS"
            fancy = place
        f = Firm("food_shop", words, form, fancy, alts, rare=True)

        def trap() -> tuple[Firm, str, bool] | None:
            if words[0] != "Restaurant":
                return None
            return (Firm("food_shop", [fancy, "Catering"], "AS", fancy), "trap-sister", True)
        f.trap = trap
        return f

    def farm(self) -> Firm:
        farm = self.c(ne.FARMS)
        prefix = self.c(ne.FARM_PREFIX) if self.rng.random() < 0.6 else None
        base = ([prefix] if prefix else []) + [farm]
        first, last = self.first(), self.surname()[0]
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {"letters": [(join(base + ["Gaard"], None), None)]}
        if r < 0.6:
            words, form = base + ["Gård"], self.c(["ENK", "ENK", "DA", "AS"])
            alts["word-more"] = [(join(base, None), True)]
        elif r < 0.8:
            words, form = base + ["Gårdsdrift"], "DA"
            alts["word-more"] = [(join(base + ["Gård"], None), True)]
            alts["letters"] = [(join(base + ["Gaardsdrift"], "DA"), None)]
        else:
            words, form = base + ["Gård", "v/", first, last], "ENK"
            alts["contact"] = [(join(base + ["Gård"], None), True)]
        f = Firm("farm", words, form, " ".join(base), alts, {"contact"}, rare=True,
                 person=(first, last), profile="person")

        def trap() -> tuple[Firm, str, bool] | None:
            if not prefix:
                return None
            other = self.c([p for p in ne.FARM_PREFIX if p != prefix])
            return (Firm("farm", [other] + words[1:], form, f"{other} {farm}",
                         profile="person"), "trap-next-farm", True)
        f.trap = trap
        return f

    def church_school(self) -> Firm:
        r = self.rng.random()
        place = self.c(ne.TOWNS + ne.DISTRICTS)
        if r < 0.35:
            words, form, short = [place] + self.c(ne.CHURCH).split(), None, place
        elif r < 0.75:
            kg = self.c(ne.KINDERGARTEN)
            words, form, short = [kg, self.c(["Barnehage", "Barnehage", "Familiebarnehage"])], \
                self.c(["AS", "SA", "SA", "BA"]), kg
        else:
            words, form, short = [place, self.c(ne.SCHOOL)], self.c(["AS", "SA", None]), place
        return Firm("church_school", words, form, short, {}, rare=True, profile="assoc")

    def brand(self) -> Firm:
        legal, form, brand = self.c(ne.BRANDS)
        shares = bool(set(crude_key(w) for w in brand.split())
                      & set(crude_key(w) for w in legal.split()))
        return Firm("brand", legal.split(), form, brand, {"brand": [(brand, True)]},
                    {"department"}, org_both=not shares, rare=True, profile="consult")

    def partnership(self) -> Firm:
        l1, l2 = self.surname()[0], self.c(ne.SURNAMES_RARE)
        if l1 == l2:
            l2 = "Rygh" if l1 != "Rygh" else "Wiik"
        r = self.rng.random()
        alts: dict[str, list[Alt]] = {}
        if r < 0.4:
            words, form = [l1, "&", l2], self.c(["ANS", "DA"])
        elif r < 0.7:
            words, form = ["Advokatfirmaet", l1, "&", l2], self.c(["DA", "AS"])
            alts["word-more"] = [(join([l1, "&", l2], form), True)]
        else:
            words, form = [l1, "og", l2, "Arkitekter"], "AS"
            alts["word-more"] = [(join([l1, "og", l2], "AS"), True)]
        f = Firm("partnership", words, form, f"{l1} & {l2}", alts, rare=True)

        def trap() -> tuple[Firm, str, bool]:
            l3 = self.c(ne.SURNAMES_RARE)
            return Firm("partnership", [w if w != l2 else l3 for w in words], form,
                        f"{l1} & {l3}"), "trap-partner", True
        f.trap = trap
        return f

    def numbered(self) -> Firm:
        street = self.c(ne.STREETS)
        n = self.rng.randrange(1, 80)
        if self.rng.random() < 0.6:
            words = ["Eiendomsselskapet", street, str(n)]
            alts = {"word-more": [(join([street, str(n)], "AS"), True)]}
        else:
            words = [street, str(n)]
            alts = {"word-more": [(join([street, str(n), "Eiendom"], "AS"), False)]}
        f = Firm("numbered", words, "AS", f"{street} {n}", alts, rare=True)

        def trap() -> tuple[Firm, str, bool]:
            m = n + self.c([1, 2, 3])
            return (Firm("numbered", [w if w != str(n) else str(m) for w in words], "AS",
                         f"{street} {m}"), "trap-house-number", True)
        f.trap = trap
        return f

    def build(self, cat: str) -> Firm:
        return getattr(self, cat)()


# ---- the generic spelling kinds ------------------------------------------------------------

def generic_alts(rng: random.Random, f: Firm, kind: str) -> list[Alt]:
    words, form, legal = f.words, f.form, f.legal
    out: list[Alt] = []
    if kind == "case":
        out.append((legal.upper() if not legal.isupper() else legal.title(), None))
    elif kind == "letters":
        if (v := letters(rng, legal)) is not None:
            out.append((v, None))
    elif kind == "and":
        for i, w in enumerate(words):
            if w in ("&", "og"):
                for rep in (["og", "+"] if w == "&" else ["&"]):
                    out.append((join(words[:i] + [rep] + words[i + 1:], form), None))
    elif kind == "punct":
        if form == "AS":
            out.append((join(words, "A/S"), None))
        for i, w in enumerate(words):
            if "-" in w and len(w) > 3:
                out.append((join(words[:i] + [w.replace("-", " ")] + words[i + 1:], form), None))
            if "'" in w:
                out.append((join(words[:i] + [w.replace("'", "")] + words[i + 1:], form), None))
            if w.endswith(".") and len(w) > 2:
                out.append((join(words[:i] + [w[:-1]] + words[i + 1:], form), None))
    elif kind == "legal-form":
        if form:
            out.append((join(words, None), True))
    elif kind == "legal-change":
        change = {"ANS": "DA", "DA": "ANS", "SA": "BA", "BA": "SA", "ASA": "AS", "NUF": "AS"}
        if f.cat in ("english", "brand") and form == "AS":
            change["AS"] = "ASA"
        if form == "ENK" and f.cat not in ("enk", "farm", "health"):
            change["ENK"] = "AS"
        if form in change:
            out.append((join(words, change[form]), None))
    elif kind == "abbrev":
        for i, w in enumerate(words):
            for a in ne.ABBREV.get(w, []):
                out.append((join(words[:i] + [a] + words[i + 1:], form), True))
            for a in ne.ABBREV.get(w.capitalize(), []) if w.islower() else []:
                out.append((join(words[:i] + [a] + words[i + 1:], form), True))
    elif kind == "compound":
        for i, w in enumerate(words):
            if w in ne.COMPOUNDS:
                for s in ne.COMPOUNDS[w]:
                    out.append((join(words[:i] + [s] + words[i + 1:], form), None))
    elif kind == "norge":
        for i, w in enumerate(words):
            if w in ("Norge", "Norway"):
                rep = ["Norway", "Norwegian"] if w == "Norge" else ["Norge"]
                for r in rep if f.cat in ("intl", "english") else []:  # not "Posten Norway"
                    out.append((join(words[:i] + [r] + words[i + 1:], form), None))
                out.append((join(words[:i] + words[i + 1:], form), True))
    elif kind == "typo":
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        rng.shuffle(idx)
        for i in idx[:2]:
            if (t := typo_word(rng, words[i])) is not None:
                out.append((join(words[:i] + [t] + words[i + 1:], form), None))
    elif kind == "department" and "department" in f.allow:
        town = rng.choice(ne.TOWNS)
        if not set(words) & set(ne.TOWNS + ne.KOMMUNER + ne.DISTRICTS + ne.REGIONS):
            for tpl in ("{l} avd. {t}", "{l}, avdeling {t}", "{l} avd {t}", "{l} - {t}"):
                out.append((tpl.format(l=legal, t=town), False))
    elif kind == "contact" and "contact" in f.allow:
        first, last = f.person or (rng.choice(ne.FIRST_M + ne.FIRST_F),
                                   rng.choice(ne.SURNAMES_COMMON + ne.SURNAMES_RARE))
        base = join(words, form)
        if "v/" not in words:
            out += [(f"{base} v/ {first} {last}", False), (f"{base} v/{first} {last}", False),
                    (f"{base} c/o {first} {last}", False)]
            if f.cat in ("brl", "sameie", "assoc"):
                out.append((f"{base} v/ styreleder {first} {last}", False))
            if f.cat in ("brl", "sameie"):
                out.append((f"{base} c/o {rng.choice(CO_OP_MANAGERS)}", False))
    elif kind == "definite":
        for i, w in enumerate(words):
            if w in DEFINITE and i == 0:
                out.append((join(words[:i] + [DEFINITE[w]] + words[i + 1:], form), None))
    elif kind == "genitive":
        for i, w in enumerate(words[:-1]):
            nxt = words[i + 1]
            if w.endswith("'s"):
                out.append((join(words[:i] + [w[:-2] + "s"] + words[i + 1:], form), None))
            elif w.endswith("s") and w[:-1] in VOCAB_NAMES and nxt[:1].isupper():
                out.append((join(words[:i] + [w[:-1] + "'s"] + words[i + 1:], form), None))
                out.append((join(words[:i] + [w[:-1]] + words[i + 1:], form), None))
            elif w in VOCAB_NAMES and nxt in ne.TRADES + ne.SERVICE_COMPOUNDS and i == 0 \
                    and f.cat in ("surname_trade", "food_shop"):
                out.append((join(words[:i] + [w + "s"] + words[i + 1:], form), None))
    elif kind == "address":
        streets = {x.split()[0] for x in ne.STREETS}
        for i, w in enumerate(words):
            for suf, reps in ne.STREET_ABBREV.items():
                if w in streets and w.endswith(suf) and len(w) > len(suf) + 2:
                    for rep in reps:
                        out.append((join(words[:i] + [w[:-len(suf)] + rep] + words[i + 1:],
                                         form), True))
                    break
            if w == "gate" and i > 0 and words[i - 1] in streets:
                out.append((join(words[:i - 1] + [words[i - 1] + "s", "gt."] + words[i + 1:],
                                 form), True))
    return out


# ---- projects -----------------------------------------------------------------------------

# (template, sub-projects); {Y} a year, {YR} a year range, {T} a VAT term
SERVICES: dict[str, list[tuple[str, list[str]]]] = {
    "accounting": [
        ("Årsoppgjør {Y}", ["Avstemming", "Årsregnskap", "Skattemelding", "Noter",
                            "Aksjonærregisteroppgave"]),
        ("Regnskapsførsel {Y}", ["Bilagsføring", "Bankavstemming", "Fakturering",
                                 "Periodisering"]),
        ("Lønn {Y}", ["A-melding", "Feriepenger", "Reiseregninger", "Sykepengerefusjon"]),
        ("Skattemelding {Y}", []), ("Årsregnskap {Y}", []), ("Budsjett {Y}", []),
        ("Generalforsamling {Y}", []), ("MVA-melding {T}. termin {Y}", []),
        ("Aksjonærregisteroppgave {Y}", []), ("Rådgivning", []), ("Rådgivning {Y}", []),
        ("Stiftelse av AS", []), ("Likviditetsbudsjett {Y}", []), ("Bistand bokettersyn", []),
        ("Kvartalsrapportering {Y}", []), ("Fusjon", ["Fusjonsplan", "Åpningsbalanse"]),
        ("Generasjonsskifte", ["Verdivurdering", "Avtaleverk", "Skatteberegning"]),
        ("Oppstartsbistand", []),
    ],
    "person": [
        ("Regnskapsførsel {Y}", []), ("Skattemelding {Y}", []), ("Næringsoppgave {Y}", []),
        ("MVA-melding {T}. termin {Y}", []), ("Omdanning ENK til AS", []), ("Rådgivning", []),
        ("Årsoppgjør {Y}", ["Avstemming", "Skattemelding", "Næringsoppgave"]),
    ],
    "coop": [
        ("Forretningsførsel {Y}", ["Husleie", "Regnskap", "Årsmøte"]), ("Regnskap {Y}", []),
        ("Årsmøte {Y}", []), ("Budsjett {Y}", []), ("Ligningsoppgaver {Y}", []),
        ("Refinansiering", []), ("Eierskifte og seksjonering", []),
    ],
    "assoc": [
        ("Regnskap {Y}", []), ("Årsmøte {Y}", []), ("Momskompensasjon {Y}", []),
        ("Lønn {Y}", []), ("Budsjett {Y}", []), ("Regnskap sesong {YR}", []),
        ("Årsregnskap {Y}", ["Avstemming", "Revisjonsbistand"]),
    ],
    "public": [
        ("Rammeavtale {YR}", []), ("Kurs i regnskap", []), ("Rådgivning {Y}", []),
        ("Bistand budsjett {Y}", []),
    ],
    "trade": [
        ("Rehabilitering bad", ["Rivning", "Rørlegger", "Flislegging", "Elektro"]),
        ("Tilbygg garasje", ["Grunnarbeid", "Tømrerarbeid", "Taktekking"]),
        ("Nytt kjøkken", []), ("Etterisolering loft", []), ("Drenering", []),
        ("Takomlegging", []), ("Fasadebeising", []), ("Varmepumpe", []),
        ("Elkontroll {Y}", []), ("Serviceavtale {Y}", []), ("Vedlikehold {Y}", []),
        ("Utbedring etter takst", []), ("Ladeanlegg", ["Prosjektering", "Montering"]),
        ("Utskifting vinduer", []), ("Rehabilitering fasade", ["Stillas", "Fase 1", "Fase 2"]),
        ("Balkongprosjekt", ["Forprosjekt", "Fase 1", "Fase 2"]), ("Brannsikring", []),
        ("Nytt ventilasjonsanlegg", []),
    ],
    "consult": [
        ("Nettside", ["Design", "Utvikling", "Innhold", "Lansering"]),
        ("Drift og support {Y}", []), ("Forprosjekt", []), ("Fase 2", []),
        ("Microsoft 365 migrering", []),
        ("Ny nettbutikk", ["Design", "Utvikling", "Betalingsløsning"]),
        ("Sikkerhetsgjennomgang", []), ("Strategi {Y}", []), ("Kurs og opplæring", []),
        ("Integrasjon mot Tripletex", []), ("Rammeavtale {YR}", []),
        ("Digital markedsføring {Y}", []), ("Logo og profil", []), ("Rådgivning {Y}", []),
    ],
}
YEARS = [2023, 2024, 2025, 2026]

PROJECT_ABBREV = {
    "Årsoppgjør": ["Årsoppgj.", "Årsoppg."], "Regnskapsførsel": ["Regnskapsf.", "Regnsk.førsel"],
    "Skattemelding": ["Skattem."], "Generalforsamling": ["GF", "Gen.fors."],
    "Aksjonærregisteroppgave": ["Aksjonærreg.oppg.", "Aksjonærregister"],
    "Forretningsførsel": ["Forr.førsel", "Forretningsf."], "Rehabilitering": ["Rehab", "Rehab."],
    "Vedlikehold": ["Vedl.", "Vedlikeh."], "Kvartalsrapportering": ["Kvartalsrapp."],
    "Likviditetsbudsjett": ["Likv.budsjett"], "Momskompensasjon": ["Momskomp."],
    "Ligningsoppgaver": ["Lign.oppg."], "Næringsoppgave": ["Næringsoppg."],
    "Etterisolering": ["Etterisol."], "Serviceavtale": ["Serviceavt."],
    "Rådgivning": ["Rådg."], "Årsregnskap": ["Årsregnsk."], "Bilagsføring": ["Bilagsf."],
    "Bankavstemming": ["Bankavst."], "Avstemming": ["Avst."], "Periodisering": ["Periodis."],
    "Prosjektering": ["Prosj."], "Forprosjekt": ["Forprosj."], "Utvikling": ["Utv."],
    "Sykepengerefusjon": ["Sykepengeref."], "Reiseregninger": ["Reiseregn."],
    "Feriepenger": ["Feriep."], "MVA-melding": ["MVA", "Mva"],
}
PROJECT_MORE = {  # the name -> the same engagement with a word more, as people type it
    "Regnskapsførsel": "Løpende regnskapsførsel", "Rådgivning": "Løpende rådgivning",
    "Lønn": "Lønnskjøring", "Nettside": "Ny nettside", "Årsoppgjør": "Årsoppgjør og skattemelding",
    "Drenering": "Drenering rundt huset", "Nytt kjøkken": "Nytt kjøkken 1. etg",
    "Rehabilitering bad": "Rehabilitering av bad", "Etterisolering loft":
    "Etterisolering av loft", "Budsjett": "Budsjett og prognose", "Fusjon": "Fusjon av selskaper",
    "Varmepumpe": "Montering varmepumpe", "Forprosjekt": "Forprosjekt ombygging",
    "Stiftelse av AS": "Stiftelse av aksjeselskap", "Årsmøte": "Forberedelse årsmøte",
    "Forretningsførsel": "Forretningsførsel og regnskap", "Kurs og opplæring":
    "Kurs og opplæring ansatte", "Strategi": "Strategiarbeid", "Logo og profil":
    "Logo og grafisk profil", "Brannsikring": "Brannsikring kjeller",
}
PROJECT_COMPOUND = {
    "MVA-melding": ["MVA melding", "Mva-melding", "MVAmelding"], "Tilbygg garasje":
    ["Garasjetilbygg"], "Drift og support": ["Drift/support", "Drift & support"],
    "Microsoft 365 migrering": ["Microsoft365-migrering", "M365 migrering"],
    "Utskifting vinduer": ["Vindusutskifting"], "Nytt ventilasjonsanlegg":
    ["Nytt ventilasjons-anlegg"], "Logo og profil": ["Logo/profil"], "A-melding":
    ["A melding", "Amelding"], "Rehabilitering fasade": ["Fasaderehabilitering"],
    "Kurs og opplæring": ["Kurs/opplæring"], "Digital markedsføring": ["Digitalmarkedsføring"],
}


@dataclass
class Proj:
    """One logical project (or sub-project) of one customer, on one or both sides."""

    name: str
    tmpl: str
    year: int | None
    term: int | None
    subs: list[Proj] = field(default_factory=list)


def fmt(tmpl: str, year: int | None, term: int | None) -> str:
    s = tmpl
    if year is not None:
        s = s.replace("{YR}", f"{year}-{year + 1}").replace("{Y}", str(year))
    if term is not None:
        s = s.replace("{T}", str(term))
    return s


def project_alts(rng: random.Random, p: Proj, kind: str, cust_short: str,
                 cust_number: str | None, number: str) -> list[Alt]:
    name, out = p.name, []
    y = str(p.year) if p.year else None
    if kind == "project-number":  # Tripletex's project number, typed into the local name
        out += [(f"{number} {name}", False), (f"{number} - {name}", False),
                (f"P{number} {name}", False), (f"{name} ({number})", False)]
    if kind == "customer-name":
        out += [(f"{cust_short} - {name}", False), (f"{cust_short} – {name}", False),
                (f"{name} {cust_short}", False), (f"{cust_short}: {name}", False),
                (f"{name} ({cust_short})", False)]
    elif kind == "customer-number" and cust_number:
        out += [(f"{cust_number} {name}", False), (f"{cust_number} - {name}", False),
                (f"{name} ({cust_number})", False), (f"{cust_number}-{name}", False)]
    elif kind == "year" and y:
        if "{YR}" in p.tmpl:
            rng_s = f"{y}-{p.year + 1}"  # type: ignore[operator]
            for alt in (f"{y}/{p.year + 1}", f"{y[2:]}/{str(p.year + 1)[2:]}",  # type: ignore
                        f"{y}/{str(p.year + 1)[2:]}", f"{y[2:]}-{str(p.year + 1)[2:]}"):  # type: ignore
                out.append((name.replace(rng_s, alt), None))
        else:
            for alt in (y[2:], f"'{y[2:]}", f"-{y[2:]}"):
                out.append((name.replace(y, alt), None))
            if name.startswith(("Årsoppgjør", "Årsregnskap", "Skattemelding", "Regnskapsførsel")):
                out.append((name.replace(y, f"regnskapsåret {y}"), None))
    elif kind == "termin" and p.term:
        t = str(p.term)
        base = name.replace(f"{t}. termin", "{X}")
        for alt in (f"T{t}", f"termin {t}", f"{t}.termin", f"{t}. term."):
            out.append((base.replace("{X}", alt), None))
    elif kind == "abbrev":
        if name.startswith("MVA-melding"):
            full = rng.choice(["Merverdiavgift", "Merverdiavgiftsmelding"])
            out.append((name.replace("MVA-melding", full), False))
            out.append((name.replace("MVA-melding", "MVA"), True))
        for w, abbs in PROJECT_ABBREV.items():
            if w in name:
                for a in abbs:
                    out.append((name.replace(w, a, 1), True))
    elif kind == "compound":
        for w, reps in PROJECT_COMPOUND.items():
            if w in name:
                for r in reps:
                    out.append((name.replace(w, r, 1), None))
    elif kind == "word-more":
        for w, more in PROJECT_MORE.items():
            if name.startswith(w) and not name.startswith(more):
                out.append((more + name[len(w):], False))
        if p.subs or rng.random() < 0.3:
            out.append((f"{name} (fastpris)", False))
    elif kind == "order" and y and "{YR}" not in p.tmpl and p.term is None:
        rest = name.replace(y, "").strip()
        out += [(f"{y} {rest}", None), (f"{y} - {rest}", None)]
    elif kind == "order" and p.term:
        out.append((name.replace(f" {p.term}. termin {y}", f" {y} {p.term}. termin"), None))
    elif kind == "typo":
        words = name.split()
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        rng.shuffle(idx)
        for i in idx[:2]:
            if (t := typo_word(rng, words[i])) is not None:
                out.append((" ".join(words[:i] + [t] + words[i + 1:]), None))
    elif kind == "letters":
        if (v := letters(rng, name)) is not None:
            out.append((v, None))
    elif kind == "case":
        out.append((name.upper() if rng.random() < 0.6 else name.lower(), None))
    elif kind == "parent-name":
        pass  # made by the caller, who knows the parent
    return out


# ---- the data set -------------------------------------------------------------------------

@dataclass
class Gen:
    rng: random.Random
    local: dict[str, list[Rec]] = field(default_factory=lambda: {"customer": [],
                                                                  "project": []})
    tx: dict[str, list[Rec]] = field(default_factory=lambda: {"customer": [], "project": []})
    truth: dict[tuple[str, str], int] = field(default_factory=dict)
    tags: dict[tuple[str, str | int], list[str]] = field(default_factory=dict)
    resembles: dict[tuple[str, int], str] = field(default_factory=dict)
    keys: dict[str, int] = field(default_factory=dict)  # crude key -> entity
    orgs: set[str] = field(default_factory=set)
    tx_ids: set[int] = field(default_factory=set)
    n_local: int = 0
    n_proj: int = 0
    entity: int = 0

    def tx_id(self, lo: int, hi: int) -> int:
        while True:
            i = self.rng.randrange(lo, hi)
            if i not in self.tx_ids:
                self.tx_ids.add(i)
                return i

    def lkey(self, kind: str) -> str:
        if kind == "customer":
            self.n_local += 1
            return f"kunde-{self.n_local:04d}"
        self.n_proj += 1
        return f"prosj-{self.n_proj:05d}"

    def claim(self, names: list[str], ent: int) -> bool:
        ks = [crude_key(n) for n in names]
        if any(self.keys.get(k, ent) != ent for k in ks):
            return False
        for k in ks:
            self.keys[k] = ent
        return True

    def free(self, names: list[str], ent: int) -> bool:
        return all(self.keys.get(crude_key(n), ent) == ent for n in names)

    def new_entity(self) -> int:
        self.entity += 1
        return self.entity


def _pick(rng: random.Random, weights: dict[str, int], allowed: set[str] | None = None) -> str:
    items = [(k, w) for k, w in weights.items() if allowed is None or k in allowed]
    return rng.choices([k for k, _ in items], [w for _, w in items])[0]


def _local_org(rng: random.Random, org: str) -> str:
    r = rng.random()
    if r < 0.55:
        return org
    if r < 0.8:
        return f"{org[:3]} {org[3:6]} {org[6:]}"
    return f"NO {org} MVA" if r < 0.92 else f"{org} MVA"


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    rng = random.Random(f"quality-e/{seed}")
    g = Gen(rng)
    b = Builder(rng)
    owner = "trade" if seed % 4 == 0 else "accounting"
    own_numbers = rng.sample(range(100, 3000), customers + 10)

    # customers: (firm, local key or None, tx id or None) for the project step
    made: list[tuple[Firm, str | None, int | None]] = []
    tx_num: dict[int, int] = {}

    def new_firm(cat: str | None = None, tries: int = 50) -> tuple[Firm, int] | None:
        for _ in range(tries):
            f = b.build(cat or _pick(rng, CATEGORIES))
            ent = g.new_entity()
            if g.claim([f.legal], ent):
                return f, ent
        return None

    def tx_customer(name: str, org: str | None) -> Rec:
        rec = Rec("customer", g.tx_id(100_000, 1_000_000), name, None, org)
        g.tx["customer"].append(rec)
        return rec

    def local_customer(name: str, number: str | None, org: str | None) -> Rec:
        rec = Rec("customer", g.lkey("customer"), name, number, org)
        g.local["customer"].append(rec)
        return rec

    n_twins = max(1, customers // 50)
    n_pairs = round(customers * 0.72) - 2 * n_twins
    n_local_only = customers - n_pairs - 2 * n_twins
    n_tx_new = round(customers * 0.85)

    # pairs
    for _ in range(n_pairs):
        got = new_firm()
        if got is None:
            continue
        f, ent = got
        applicable: dict[str, list[Alt]] = {}
        for kind in CUSTOMER_KINDS:
            alts = list(f.alts.get(kind, [])) + generic_alts(rng, f, kind)
            alts = [a for a in alts if a[0] != f.legal and g.free([a[0]], ent)]
            if alts:
                applicable[kind] = alts
        kind = _pick(rng, CUSTOMER_KINDS, set(applicable) | {"same"})
        tx_gets_legal = rng.random() < 0.65
        if kind == "same":
            other, fuller = f.legal, None
            tag = "same"
        else:
            other, fuller = rng.choice(applicable[kind])
            if fuller is None:
                tag = f"{kind}/{'local' if tx_gets_legal else 'tx'}-variant"
            else:
                tx_fuller = tx_gets_legal == fuller
                tag = f"{kind}/{'tx' if tx_fuller else 'local'}-longer"
        tx_name, loc_name = (f.legal, other) if tx_gets_legal else (other, f.legal)
        extras: list[str] = []
        if kind not in ("same", "case") and rng.random() < 0.15:
            # the hand-typed side often differs twice ("Hansen Eiend. avd. Bergen")
            typed_local = loc_name != f.legal
            base = loc_name if typed_local else tx_name
            wf = Firm(f.cat, base.split(), None, f.short, {}, f.allow, f.person)
            if base.split()[-1] in FORMS:
                wf.words, wf.form = base.split()[:-1], base.split()[-1]
            k2 = rng.choice([k for k in SECOND_KINDS if k != kind])
            alts2 = [a for a in generic_alts(rng, wf, k2)
                     if a[0] != base and g.free([a[0]], ent)]
            if alts2:
                second = rng.choice(alts2)[0]
                if typed_local:
                    loc_name = second
                else:
                    tx_name = second
                extras.append(f"+{k2}")
        form_word = next((w for w in FORMS if loc_name.endswith(" " + w)), None)
        if form_word and kind not in ("legal-form", "legal-change", "case") \
                and rng.random() < 0.4:
            loc_name = loc_name[: -len(form_word) - 1]
            extras.append("+no-form")
        if kind not in ("case",) and tx_name == f.legal and rng.random() < 0.12:
            tx_name = tx_name.upper()
            extras.append("+caps")
        g.claim([loc_name, tx_name], ent)
        org = _org(rng, g.orgs)
        r = rng.random()
        tx_org = org if (f.org_both or f.cat == "public" or r < 0.72) else None
        if ("typo" in (kind, *[e[1:] for e in extras]) and tx_name != f.legal
                and crude_key(tx_name) != crude_key(f.legal)):
            tx_org = None  # a name typed by hand in Tripletex, not fetched from Brønnøysund
        loc_org = _local_org(rng, org) if (f.org_both or rng.random() < 0.25) else None
        if f.org_both:
            tx_org = org
        t = tx_customer(tx_name, tx_org)
        loc = local_customer(loc_name, None, loc_org)
        loc.number = "#tx" if rng.random() < 0.3 else None  # resolved once numbers are known
        if loc.number is None and rng.random() < 0.4:
            loc.number = str(own_numbers.pop())
        g.truth[("customer", loc.id)] = t.id
        g.tags[("customer", loc.id)] = [tag] + extras
        g.tags[("customer", t.id)] = [tag] + extras
        made.append((f, loc.id, t.id))

    # twins: two firms of one name on both sides
    twin_kinds = ["twin-number", "twin-org", "twin-true"]
    for i in range(n_twins):
        tk = twin_kinds[i % 3]
        for _ in range(30):
            cat = rng.choice(["enk", "sameie", "church_school"])
            b.twin = True
            f = b.build(cat)
            b.twin = False
            if cat == "enk":
                f.words = [w for w in f.words if w not in ne.MIDDLE]
                if len(f.words) != 2:
                    continue
            if cat == "church_school" and "arnehage" not in f.words[-1]:
                continue
            ent = g.new_entity()
            if g.claim([f.legal], ent):
                break
        name = f.legal
        for _twin in range(2):
            org = _org(rng, g.orgs)
            t = tx_customer(name, org if tk != "twin-true" or rng.random() < 0.5 else None)
            loc = local_customer(name if rng.random() < 0.6 else join(f.words, None),
                                 "#tx" if tk == "twin-number" else None,
                                 org if tk == "twin-org" else None)
            g.truth[("customer", loc.id)] = t.id
            g.tags[("customer", loc.id)] = [tk]
            g.tags[("customer", t.id)] = [tk]
            made.append((f, loc.id, t.id))

    # local-only customers
    local_only: list[tuple[Firm, Rec]] = []
    for _ in range(n_local_only):
        got = new_firm()
        if got is None:
            continue
        f, _ent = got
        name = f.legal if rng.random() < 0.6 else join(f.words, None)
        loc = local_customer(name, str(own_numbers.pop()) if rng.random() < 0.5 else None,
                             _local_org(rng, _org(rng, g.orgs)) if rng.random() < 0.15 else None)
        g.tags[("customer", loc.id)] = ["local-only"]
        local_only.append((f, loc))
        made.append((f, loc.id, None))

    # traps: other firms named like a local one, new in Tripletex
    n_traps = round(customers * 0.1)
    candidates = [(f, key) for f, key, _t in made if key and f.trap
                  and not any(x.startswith("twin") for x in g.tags.get(("customer", key), []))]
    rng.shuffle(candidates)
    traps = 0
    for f, key in candidates:
        if traps >= n_traps:
            break
        got = f.trap() if f.trap else None
        if got is None:
            continue
        tf, tag, resembles = got
        ent = g.new_entity()
        if not g.claim([tf.legal], ent):
            continue
        name = tf.legal.upper() if rng.random() < 0.15 else tf.legal
        t = tx_customer(name, _org(rng, g.orgs) if rng.random() < 0.8 else None)
        g.tags[("customer", t.id)] = [tag]
        if resembles:
            g.resembles[("customer", t.id)] = key
        made.append((tf, None, t.id))
        traps += 1

    # Tripletex customers new to the time tracker
    for _ in range(n_tx_new - traps):
        got = new_firm()
        if got is None:
            continue
        f, _ent = got
        t = tx_customer(f.legal.upper() if rng.random() < 0.12 else f.legal,
                        _org(rng, g.orgs) if rng.random() < 0.75 or f.cat == "public" else None)
        made.append((f, None, t.id))

    # Tripletex's customer numbers: 10001 upwards in the order they were created
    order = list(g.tx["customer"])
    rng.shuffle(order)
    for i, t in enumerate(order):
        t.number = str(10001 + i + (i // 40))
        tx_num[t.id] = int(t.number)
    by_tx = {t.id: t for t in g.tx["customer"]}
    for (kind, key), tx_id in g.truth.items():
        loc = next(r for r in g.local["customer"] if r.id == key) if kind == "customer" else None
        if loc is not None and loc.number == "#tx":
            loc.number = by_tx[tx_id].number
    # a rare coincidence: a local-only record's old number is another company's in Tripletex
    if customers >= 100 and local_only:
        f, loc = rng.choice(local_only)
        taken = {r.number for r in g.local["customer"]}
        new_ones = [t for _f, k2, t in made if k2 is None and t is not None
                    and not g.tags.get(("customer", t))]
        rng.shuffle(new_ones)
        for t_id in new_ones:
            if by_tx[t_id].number not in taken and not by_tx[t_id].org:
                loc.number = by_tx[t_id].number
                g.tags[("customer", t_id)] = g.tags.get(("customer", t_id), []) + \
                    ["number-coincidence"]
                g.tags[("customer", loc.id)] = ["local-only", "number-coincidence"]
                break

    _projects(g, rng, made, projects, owner, tx_num)
    return DataSet(seed, g.local, g.tx, g.truth, g.tags, g.resembles)


def _profile(f: Firm, owner: str, rng: random.Random) -> str:
    if owner == "accounting":
        return {"person": "person", "coop": "coop", "assoc": "assoc",
                "public": "public"}.get(f.profile, "accounting")
    if f.profile in ("person", "coop") or f.cat in ("farm", "church_school"):
        return "trade"
    return "consult" if rng.random() < 0.6 else "trade"


def _projects(g: Gen, rng: random.Random, made: list[tuple[Firm, str | None, int | None]],
              target: int, owner: str, tx_num: dict[int, int]) -> None:
    local_cust = {r.id: r for r in g.local["customer"]}
    used: dict[int, set[str]] = {}  # customer index -> crude keys of its logical projects
    state: dict[int, list[Proj]] = {}
    profiles = {i: _profile(f, owner, rng) for i, (f, _k, _t) in enumerate(made)}

    def new_proj(i: int) -> Proj | None:
        prof = profiles[i]
        have = state.setdefault(i, [])
        seen = used.setdefault(i, set())
        for _ in range(12):
            if have and rng.random() < 0.45:  # another year (term) of what it has
                base = rng.choice(have)
                tmpl, subs = base.tmpl, next((s for t, s in SERVICES[prof] if t == base.tmpl), [])
            else:
                tmpl, subs = rng.choice(SERVICES[prof])
            year = rng.choice(YEARS[:-1] if "{YR}" in tmpl else YEARS) if "{Y" in tmpl else None
            term = rng.randrange(1, 7) if "{T}" in tmpl else None
            name = fmt(tmpl, year, term)
            if crude_key(name) in seen:
                continue
            seen.add(crude_key(name))
            p = Proj(name, tmpl, year, term)
            p.subs = [Proj(s, s, None, None) for s in rng.sample(subs, min(len(subs),
                                                                           rng.randrange(0, 4)))]
            have.append(p)
            return p
        return None

    pairs_idx = [i for i, (_f, k, t) in enumerate(made) if k and t]
    lonly_idx = [i for i, (_f, k, t) in enumerate(made) if k and not t]
    new_idx = [i for i, (_f, k, t) in enumerate(made) if t and not k]
    local_count = 0

    def emit(i: int, p: Proj, side: str, parent: tuple[str | None, int | None] = (None, None)
             ) -> tuple[str | None, int | None]:
        """Put one project on its side(s); returns (local key, Tripletex id)."""
        f, key, tid = made[i]
        nonlocal local_count
        lk: str | None = None
        tx: int | None = None
        loc_name = tx_name = p.name
        tag = "same"
        is_sub = parent != (None, None)
        if side == "both":
            kinds = SUB_KINDS if is_sub else PROJECT_KINDS
            cust_number = str(tx_num[tid]) if tid else None  # type: ignore[index]
            loc_number = local_cust[key].number if key else None  # type: ignore[index]
            if loc_number and rng.random() < 0.5:
                cust_number = loc_number
            for _ in range(4):
                kind = _pick(rng, kinds)
                if kind == "same":
                    break
                if kind == "parent-name":
                    alts: list[Alt] = [(f"{parent_name[0]} - {p.name}", False),
                                       (f"{parent_name[0]}: {p.name}", False),
                                       (f"{parent_name[0]} / {p.name}", False)]
                else:
                    alts = project_alts(rng, p, kind, f.short, cust_number, str(numbers[0] + 1))
                alts = [a for a in alts if crude_key(a[0]) not in
                        used[i] - {crude_key(p.name)} and a[0] != p.name]
                if alts:
                    other, fuller = rng.choice(alts)
                    tx_gets = rng.random() < 0.6 if kind != "project-number" else True
                    if fuller is None:
                        tag = f"{kind}/{'local' if tx_gets else 'tx'}-variant"
                    else:
                        tag = f"{kind}/{'tx' if tx_gets == fuller else 'local'}-longer"
                    tx_name, loc_name = (p.name, other) if tx_gets else (other, p.name)
                    used[i].add(crude_key(other))
                    break
            else:
                kind = "same"
        if side in ("both", "local"):
            lk = g.lkey("project")
            g.local["project"].append(Rec("project", lk, loc_name, None, None, key, parent[0]))
            local_count += 1
        if side in ("both", "tx"):
            tx = g.tx_id(1_000_000, 9_000_000)
            numbers[0] += 1
            g.tx["project"].append(Rec("project", tx, tx_name, str(numbers[0]), None, tid,
                                       parent[1]))
        if side == "both":
            g.truth[("project", lk)] = tx  # type: ignore[index]
            g.tags[("project", lk)] = [tag]  # type: ignore[index]
            g.tags[("project", tx)] = [tag]  # type: ignore[index]
        return lk, tx

    parent_name = [""]
    numbers = [rng.randrange(0, 300)]  # Tripletex's project numbers, in order of creation
    side_of: dict[int, list[tuple[Proj, str, str | None, int | None]]] = {}

    def add(i: int, side_weights: tuple[float, float, float]) -> None:
        p = new_proj(i)
        if p is None:
            return
        side = rng.choices(["both", "local", "tx"], side_weights)[0]
        lk, tx = emit(i, p, side)
        side_of.setdefault(i, []).append((p, side, lk, tx))
        for s in p.subs:
            parent_name[0] = p.name
            if side == "both":
                sside = rng.choices(["both", "local", "tx"], (0.75, 0.1, 0.15))[0]
            else:
                sside = side
            emit(i, s, sside, (lk if sside in ("both", "local") else None,
                               tx if sside in ("both", "tx") else None))

    guard = 0
    while local_count < target and guard < target * 10:
        guard += 1
        if lonly_idx and rng.random() < 0.15:
            add(rng.choice(lonly_idx), (0, 1, 0))
        elif pairs_idx:
            add(rng.choice(pairs_idx), (0.72, 0.13, 0.15))
    for i in new_idx:
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            add(i, (0, 0, 1))

    # a new Tripletex project of a service whose other year/term exists only locally
    for lst in side_of.values():
        loc_only = [(p, lk) for p, s, lk, _t in lst if s == "local"]
        for p, s, _lk, tx in lst:
            if s != "tx" or tx is None:
                continue
            for q, lk in loc_only:
                if q.tmpl == p.tmpl and lk:
                    g.resembles[("project", tx)] = lk
                    break

    # the local copies of some of Tripletex's project numbers
    by_tx = {t.id: t for t in g.tx["project"]}
    for (kind, key), tx in g.truth.items():
        if kind == "project" and rng.random() < 0.2:
            rec = next(r for r in g.local["project"] if r.id == key)
            if rec.parent is None:
                rec.number = by_tx[tx].number
    rng.shuffle(g.local["project"])
    rng.shuffle(g.tx["project"])
    rng.shuffle(g.local["customer"])
    rng.shuffle(g.tx["customer"])
