"""A third, independent data set for `bench/matching_quality.py` (`--data c`): how people really
fill in a time tracker next to a Tripletex company. Written without reading the matcher or the
other two generators (only the `Rec`/`DataSet` shapes of `bench/quality_data.py`).

Tripletex's names come mostly from Brønnøysundregisteret: often in CAPITALS, with the legal form,
"SAMEIET …", "BORETTSLAGET …", "… SA", "… NUF" for foreign branches, "… ENK" for sole
proprietors ("KARI ANNE SOLBERG ENK"), "OSLO KOMMUNE BYMILJØETATEN", "STIFTELSEN …",
"… IDRETTSLAG", "AS VINMONOPOLET". Private persons are typed "Kari Anne Solberg".

The time tracker's names are typed by consultants: the short name or the brand ("Telenor",
"Rema 1000 Storo"), an internal code or the accounting number in front ("K123 Haugland Bygg",
"10023 Haugland Bygg", "KUNDE - Haugland Bygg"), a department or site behind ("… avd. Bergen",
"… - Bergen", "… (Bergen)"), markers ("(gammel)", "- ikke bruk", "*", "zz "), persons as
"Etternavn, Fornavn" with the middle name dropped or as an initial, the trade dropped
("Kjeldsberg") or said another way ("Rørlegger" for "Rør"), the agency without its
municipality ("Bymiljøetaten"), clubs by their short form ("Sandnes IL"), the foundation
without "Stiftelsen", a sameie with or without its house letter, English for Norwegian,
a branch without its NUF, and plain typos.

Traps (new in Tripletex, another company): the same surname in another trade, a near surname
(Berg/Berge), a holding, "X Eiendom Holding AS" next to "X Eiendom AS", the same brand in a
near place (Rema Storo/Stovner), another agency of Oslo, IF next to IL, the club's football
group, the next house number, the branch's Norwegian subsidiary ("… NORGE AS"), another
person with the same surname and first name but another middle name.

Twins: private persons of one name (told apart by the customer number, or not at all) and
sameier of one street address in two towns (told apart by org number).

Projects as an accountant and a consultant type them: "Årsoppgjør 2025" / "2025 - Årsoppgjør" /
"ÅO 2025" / "ÅO 25", "Regnskap 2025 (løpende)", "Mva 1. termin" / "MVA T1" for
"Mva-termin 1 2025", "Timer Q1", "Selvangivelse" for "Skattemelding", the customer's name or
number or the project number written in front; year series, terms and quarters of which only
some exist locally (traps: the neighbour term); level-2 sub-projects under a main project
(phases of a rehabilitation, the parts of a year-end, months).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench import quality_names_c as nc
from bench.quality_data import DataSet, Rec
from core.matching.normalize import normalize_name, org_check_digit

# ---- helpers -------------------------------------------------------------------------------


def base(name: str) -> str:
    return normalize_name(name).base


def caps(name: str) -> str:
    return name.upper()


def typo(rng: random.Random, word: str) -> str:
    """One realistic slip in a word of five letters or more (else the word unchanged)."""
    if len(word) < 5:
        return word
    neighbours = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m",
                  "m": "n", "t": "r", "l": "k", "k": "l", "d": "s", "g": "h", "h": "g",
                  "ø": "o", "å": "a", "æ": "e", "u": "y", "v": "b", "b": "v"}
    for _ in range(10):
        i = rng.randrange(1, len(word) - 1)
        op = rng.choice(("drop", "double", "swap", "key"))
        if op == "drop":
            out = word[:i] + word[i + 1:]
        elif op == "double":
            out = word[:i] + word[i] + word[i:]
        elif op == "swap":
            out = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        else:
            c = word[i].lower()
            if c not in neighbours:
                continue
            r = neighbours[c]
            out = word[:i] + (r.upper() if word[i].isupper() else r) + word[i + 1:]
        if out.lower() != word.lower():
            return out
    return word


def typo_in(rng: random.Random, name: str, word: str) -> str:
    return name.replace(word, typo(rng, word), 1) if word in name else name


def new_org(rng: random.Random) -> str:
    while True:
        first8 = str(rng.choice((8, 9))) + "".join(str(rng.randrange(10)) for _ in range(7))
        d = org_check_digit(first8)
        if d is not None:
            return first8 + str(d)


def typed_org(rng: random.Random, org: str) -> str:
    """An org number as a consultant writes it down."""
    form = rng.random()
    if form < 0.55:
        return org
    if form < 0.8:
        return f"{org[:3]} {org[3:6]} {org[6:]}"
    return f"NO {org} MVA" if form < 0.93 else f"NO{org}MVA"


def broken_org(rng: random.Random, org: str) -> str:
    """The org number with one digit wrong, so that the check digit fails."""
    while True:
        i = rng.randrange(9)
        d = str((int(org[i]) + rng.randrange(1, 10)) % 10)
        cand = org[:i] + d + org[i + 1:]
        if org_check_digit(cand[:8]) is None or str(org_check_digit(cand[:8])) != cand[8]:
            return cand


@dataclass
class Variant:
    tag: str
    name: str
    weight: float
    number: str | None = None  # "own:<n>" or "tx" when the shape implies the number field
    key: str | None = None  # the distinctive word (typos land there)


@dataclass
class Co:
    """One real company (or person, club …): Tripletex's name and the names people type."""

    cat: str
    tx: str
    variants: list[Variant]
    org_p: float
    key: str
    profile: str
    traps: list[tuple[str, str]] = field(default_factory=list)  # (tag, Tripletex name)
    acronym: bool = False  # the typed name shares no word: the consultant typed the org


CUSTOMER_CATS: dict[str, float] = {
    "surname_trade": 20, "place_trade": 9, "fancy": 9, "person": 7, "enk": 6, "brl": 5,
    "sameie": 5, "club": 5, "assoc": 3, "foundation": 3, "kommune": 3, "oslo": 3, "nuf": 4,
    "real": 8, "franchise": 4, "professional": 6, "en_no": 4, "holding": 4, "acronym": 1.5,
}


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"quality-data-c:{seed}")
        self.owner: dict[str, str] = {}  # normalised base -> owner (a company or a twin group)
        self.used: set[str] = set()  # material already spent (real names, districts …)
        self.n = 0

    # ---- names claimed one company per normalised base -----------------------------------
    def free(self, names: list[str], owner: str) -> bool:
        return all(self.owner.get(base(n), owner) == owner for n in names)

    def claim(self, names: list[str], owner: str) -> bool:
        if not self.free(names, owner):
            return False
        for n in names:
            self.owner[base(n)] = owner
        return True

    def pick(self, seq: list, spend: str | None = None):
        for _ in range(30):
            x = self.rng.choice(seq)
            tag = f"{spend}:{x}" if spend else None
            if tag is None or tag not in self.used:
                if tag:
                    self.used.add(tag)
                return x
        return self.rng.choice(seq)

    def fancy_word(self) -> str:
        """A fanciful name not used yet in this data set (most companies' names are their
        own; a reused one would be a trap nobody meant)."""
        for _ in range(60):
            if self.rng.random() < 0.4:
                w = self.rng.choice(nc.FANCY)
            else:
                w = self.rng.choice(nc.FANCY_HEADS) + self.rng.choice(nc.FANCY_TAILS)
            if f"fancy:{w}" not in self.used:
                self.used.add(f"fancy:{w}")
                return w
        return self.rng.choice(nc.FANCY)

    def tx_case(self, name: str, p: float = 0.55) -> str:
        return caps(name) if self.rng.random() < p else name

    def place(self, avoid: str = "") -> str:
        while True:
            p = self.rng.choice(nc.PLACES)
            if p not in avoid:
                return p

    # ---- the generic shapes a consultant adds to any company name -------------------------
    def generic(self, short: str, key: str, legal: str = "AS") -> list[Variant]:
        r = self.rng
        code = str(r.randrange(100, 999))
        dept = self.place(short)
        out = [
            Variant("same", short, 14), Variant("same", f"{short} {legal}".strip(), 8),
            Variant("same", caps(short), 3), Variant("same", short.lower(), 1),
            Variant("prefix/code", f"K{code} {short}", 2.5, f"own:{code}"),
            Variant("prefix/code", f"{code} - {short}", 1.5, f"own:{code}"),
            Variant("prefix/label", r.choice([f"KUNDE - {short}", f"Kunde: {short}"]), 1),
            Variant("prefix/tx-number", f"{{txnum}} {short}", 2.5, "tx?"),
            Variant("prefix/tx-number", f"{{txnum}} - {short}", 1.5, "tx?"),
            Variant("dept/avd", f"{short} avd. {dept}", 2.5),
            Variant("dept/dash", f"{short} - {dept}", 2.5),
            Variant("dept/paren", f"{short} ({dept})", 1.5),
            Variant("marker/gammel", f"{short} (gammel)", 1),
            Variant("marker/ikke-bruk", f"{short} - ikke bruk", 0.7),
            Variant("marker/star", r.choice([f"*{short}", f"{short} *", f"** {short}"]), 1),
            Variant("marker/ny", f"{short} (ny)", 0.7),
            Variant("marker/zz", f"zz {short}", 0.5),
            Variant("typo/key-word", typo_in(r, short, key), 4),
        ]
        return out

    # ---- categories --------------------------------------------------------------------------
    def surname_trade(self) -> Co:
        r = self.rng
        near = r.random() < 0.2
        if near:
            a, b = r.choice(nc.NEAR_SURNAMES)
            sur, other = (a, b) if r.random() < 0.5 else (b, a)
        else:
            sur, other = r.choice(nc.SURNAMES), None
        trade = r.choice(list(nc.TRADES))
        short = f"{sur} {trade}"
        v = self.generic(short, sur)
        v += [Variant("trade-dropped/surname-only", sur, 2.5, key=sur),
              Variant("trade-form/other-word", f"{sur} {r.choice(nc.TRADES[trade])}", 4),
              Variant("trade-form/other-word+legal", f"{sur} {r.choice(nc.TRADES[trade])} AS", 1.5),
              Variant("genitive/s", f"{sur}s {trade}", 0.7) if not sur.endswith("s") else
              Variant("same", short, 0.7)]
        traps = []
        if r.random() < 0.3:
            t2 = r.choice([t for t in nc.TRADES if t != trade])
            traps.append(("trap/same-surname-other-trade", f"{sur} {t2} AS"))
        if other and r.random() < 0.6:
            traps.append(("trap/near-surname", f"{other} {trade} AS"))
        if r.random() < 0.12:
            traps.append(("trap/holding", f"{sur} Holding AS"))
        if r.random() < 0.1:
            traps.append(("trap/place-suffix", f"{short} {self.place()} AS"))
        return Co("surname_trade", self.tx_case(f"{short} AS"), v, 0.85, sur,
                  r.choice(["build", "build", "acct", "general"]),
                  [(t, self.tx_case(n)) for t, n in traps])

    def place_trade(self) -> Co:
        r = self.rng
        place = self.place()
        trade = r.choice(list(nc.TRADES))
        short = f"{place} {trade}"
        v = self.generic(short, place)
        v += [Variant("trade-form/other-word", f"{place} {r.choice(nc.TRADES[trade])}", 4),
              Variant("order/trade-first", f"{trade} {place}", 1.5)]
        traps = []
        if r.random() < 0.3:
            t2 = r.choice([t for t in nc.TRADES if t != trade])
            traps.append(("trap/same-place-other-trade", f"{place} {t2} AS"))
        if r.random() < 0.15:
            traps.append(("trap/same-trade-other-place", f"{self.place(place)} {trade} AS"))
        return Co("place_trade", self.tx_case(f"{short} AS"), v, 0.85, place,
                  r.choice(["build", "acct", "general"]),
                  [(t, self.tx_case(n)) for t, n in traps])

    def fancy(self) -> Co:
        r = self.rng
        word = self.fancy_word()
        trade = r.choice(["", "", " Eiendom", " Consulting", " Design", " Bygg", " Utvikling",
                          " Media", " Regnskap", " Invest"])
        short = f"{word}{trade}"
        v = self.generic(short, word.split()[-1])
        if trade:
            v.append(Variant("trade-dropped/name-only", word, 3, key=word))
        traps = []
        if r.random() < 0.25:
            t2 = r.choice([" Eiendom", " Holding", " Invest", " Drift", " Utleie"])
            if t2 != trade:
                traps.append(("trap/same-name-other-trade", f"{word}{t2} AS"))
        return Co("fancy", self.tx_case(f"{short} AS"), v, 0.85, word.split()[-1],
                  r.choice(["it", "general", "acct", "build"]),
                  [(t, self.tx_case(n)) for t, n in traps])

    def en_no(self) -> Co:
        r = self.rng
        word = self.fancy_word() if r.random() < 0.7 else r.choice(nc.SURNAMES)
        no, en = r.choice(nc.EN_NO)
        tx_en = r.random() < 0.4
        tx_short, loc_short = (f"{word} {en}", f"{word} {no}") if tx_en else \
            (f"{word} {no}", f"{word} {en}")
        v = [Variant("en-no/translated", loc_short, 8),
             Variant("en-no/translated+legal", f"{loc_short} AS", 3),
             Variant("en-no/dropped", word, 2, key=word),
             Variant("same", tx_short, 3)]
        return Co("en_no", self.tx_case(f"{tx_short} AS"), v, 0.85, word, r.choice(["it", "general"]))

    def holding(self) -> Co:
        r = self.rng
        word = self.fancy_word() if r.random() < 0.5 else r.choice(nc.SURNAMES)
        hold = r.random() < 0.35  # the local one is the holding
        plain, held = f"{word} Eiendom", f"{word} Eiendom Holding"
        mine, trap = (held, plain) if hold else (plain, held)
        v = [Variant("same", mine, 6), Variant("same", f"{mine} AS", 4),
             Variant("dept/dash", f"{mine} - {self.place()}", 1),
             Variant("typo/key-word", typo_in(r, mine, word), 1.5)]
        if hold:
            v.append(Variant("holding/short", f"{word} Holding", 3))
        return Co("holding", self.tx_case(f"{mine} AS"), v, 0.9, word, "acct",
                  [("trap/holding-sibling", self.tx_case(f"{trap} AS"))])

    def person(self) -> Co:
        r = self.rng
        first, sur = r.choice(nc.FIRST), r.choice(nc.SURNAMES + [a for a, _ in nc.NEAR_SURNAMES])
        mid = r.choice(nc.middles(first)) if r.random() < 0.6 else None
        if mid == first:
            mid = None
        full = " ".join(x for x in (first, mid, sur) if x)
        fm = f"{first} {mid}" if mid else first
        v = [Variant("same", full, 10), Variant("person/comma", f"{sur}, {fm}", 7),
             Variant("person/surname-first", f"{sur} {fm}", 3)]
        if mid:
            v += [Variant("person/middle-dropped", f"{first} {sur}", 5),
                  Variant("person/comma-middle-dropped", f"{sur}, {first}", 5),
                  Variant("person/middle-initial", f"{first} {mid[0]}. {sur}", 2),
                  Variant("person/hyphen", f"{first}-{mid} {sur}", 1.5)]
        v += [Variant("person/initial-first", f"{first[0]}. {sur}", 1),
              Variant("typo/surname", typo_in(r, full, sur), 2),
              Variant("person/privat", f"{sur}, {fm} (privat)", 1)]
        traps = []
        if mid and r.random() < 0.25:
            m2 = r.choice([m for m in nc.middles(first) if m not in (mid, first)])
            traps.append(("trap/person-other-middle", f"{first} {m2} {sur}"))
        if first in nc.NEAR_FIRST and r.random() < 0.25:
            traps.append(("trap/person-near-first", f"{nc.NEAR_FIRST[first]} {sur}"))
        return Co("person", full if r.random() < 0.85 else caps(full), v, 0.0, sur, "private",
                  traps)

    def enk(self) -> Co:
        r = self.rng
        first, sur = r.choice(nc.FIRST), r.choice(nc.SURNAMES)
        mid = r.choice([m for m in nc.middles(first) if m != first])
        trade = r.choice(["Snekker", "Maler", "Rørlegger", "Regnskap", "Frisør", "Konsulent",
                          "Elektriker", "Fotograf", "Murer"])
        full = f"{first} {mid} {sur}"
        form = r.random()
        if form < 0.45:
            tx = caps(f"{full} ENK")
        elif form < 0.75:
            tx = caps(f"{trade} {full}")
        else:
            tx = f"{full} ENK"
        v = [Variant("enk/name", full, 4), Variant("enk/middle-dropped", f"{first} {sur}", 5),
             Variant("enk/comma", f"{sur}, {first}", 4),
             Variant("enk/trade-surname", f"{sur} {trade}", 2),
             Variant("enk/trade-first-last", f"{trade} {first} {sur}", 3),
             Variant("enk/paren", f"{first} {sur} (ENK)", 2),
             Variant("same", tx.title(), 2)]
        return Co("enk", tx, v, 0.9, sur, r.choice(["acct", "general"]))

    def brl(self) -> Co:
        r = self.rng
        name = self.fancy_word() + r.choice(nc.BRL_SUFFIX)
        tx = caps(f"Borettslaget {name}") if r.random() < 0.5 else self.tx_case(f"{name} Borettslag")
        v = [Variant("brl/short", f"{name} BRL", 8), Variant("brl/full", f"{name} borettslag", 5),
             Variant("brl/prefix", f"Brl {name}", 2), Variant("brl/dropped", name, 2, key=name),
             Variant("brl/bl", f"{name} BL", 1),
             Variant("typo/key-word", typo_in(r, f"{name} Brl", name.split()[0]), 1.5)]
        traps = []
        if r.random() < 0.15:
            traps.append(("trap/sameie-same-name", caps(f"Sameiet {name}")))
        return Co("brl", tx, v, 0.9, name.split()[0], "housing", traps)

    def sameie(self) -> Co:
        r = self.rng
        street = r.choice(nc.STREETS)
        num = r.randrange(1, 80)
        letter = r.choice(["", "", " A", " B", "A"])
        addr = f"{street} {num}{letter}"
        tx = caps(f"Sameiet {addr}") if r.random() < 0.6 else f"Sameiet {addr}"
        v = [Variant("sameie/dropped", addr, 6),
             Variant("sameie/suffix", f"{addr} sameie", 4),
             Variant("sameie/prefix", f"Sameie {addr}", 2),
             Variant("sameie/paren", f"{addr} (sameie)", 2),
             Variant("sameie/ss", f"SS {addr}", 1)]
        if letter:
            bare = f"{street} {num}"
            v += [Variant("sameie/letter-dropped", bare, 2),
                  Variant("sameie/letter-joined", f"{street} {num}{letter.strip().lower()}", 2)]
        else:
            v.append(Variant("sameie/letter-added", f"{street} {num} A", 1))
        short_street = street.replace("gata", "gt.").replace("veien", "vn.")
        if short_street != street:
            v.append(Variant("sameie/street-abbrev", f"{short_street} {num}{letter}", 2))
        traps = []
        if r.random() < 0.3:
            traps.append(("trap/next-house", caps(f"Sameiet {street} {num + r.choice((1, 2, 4))}")))
        return Co("sameie", tx, v, 0.9, street.split()[0], "housing", traps)

    def club(self) -> Co:
        r = self.rng
        place = self.place()
        long, short = r.choice(nc.CLUBS)
        tx = caps(f"{place} {long}")
        v = [Variant("club/short-form", f"{place} {short}", 10),
             Variant("club/full", f"{place} {long.lower()}", 3),
             Variant("club/dash-group", f"{place} {short} - {r.choice(['hovedstyret', 'styret', 'kiosk'])}", 1.5)]
        traps = []
        if r.random() < 0.3:
            other = r.choice([c for c in nc.CLUBS if c[1] != short])
            traps.append(("trap/other-club-same-place", caps(f"{place} {other[0]}")))
        if short == "IL" and r.random() < 0.3:
            traps.append(("trap/club-group", caps(f"{place} IL {r.choice(['Fotball', 'Håndball', 'Ski'])}")))
        return Co("club", tx, v, 0.8, place, "assoc", traps)

    def assoc(self) -> Co:
        r = self.rng
        place = self.place()
        long, short = r.choice(nc.ASSOCS)
        tx = caps(f"{place} {long}")
        v = [Variant("assoc/short-form", f"{place} {short}", 8),
             Variant("assoc/genitive", f"{place}s {short}" if not place.endswith("s") else f"{place} {short}", 1)]
        if long.endswith(" SA"):
            v.append(Variant("assoc/article-first", f"{short}et {place}", 2))
        return Co("assoc", tx, v, 0.8, place, "assoc")

    def foundation(self) -> Co:
        r = self.rng
        place = self.place()
        word = r.choice(nc.FOUNDATION_WORDS)
        gen = place if place.endswith("s") else place + "s"
        inner = f"{place} {word}" if r.random() < 0.5 else f"{gen} {word}"
        tx = caps(f"Stiftelsen {inner}") if r.random() < 0.7 else f"Stiftelsen {inner}"
        other = f"{place} {word}" if inner.startswith(gen + " ") else f"{gen} {word}"
        v = [Variant("foundation/dropped", inner, 8), Variant("foundation/genitive", other, 3),
             Variant("foundation/paren", f"{inner} (stiftelse)", 1.5),
             Variant("same", f"Stiftelsen {inner}", 2)]
        return Co("foundation", tx, v, 0.9, place, "assoc")

    def kommune(self) -> Co:
        r = self.rng
        place = self.place()
        dept = r.choice(nc.KOMMUNE_DEPTS)
        tx = caps(f"{place} kommune")
        v = [Variant("same", f"{place} kommune", 6),
             Variant("kommune/dept-comma", f"{place} kommune, {dept}", 4),
             Variant("kommune/dept-dash", f"{place} kommune - {dept.capitalize()}", 3),
             Variant("kommune/short", f"{place} k.", 1),
             Variant("kommune/kommunen", f"{place} kommune (kommunen)", 0.5)]
        traps = []
        if r.random() < 0.2:
            traps.append(("trap/kommunalt-foretak", caps(f"{place} kommunale eiendom KF")))
        return Co("kommune", tx, v, 0.95, place, "general", traps)

    def oslo(self) -> Co | None:
        r = self.rng
        free = [e for e in nc.OSLO_ETATER if f"oslo:{e[0]}" not in self.used]
        if not free:
            return None
        etat, abbr = r.choice(free)
        self.used.add(f"oslo:{etat}")
        tx = caps(f"Oslo kommune {etat}")
        v = [Variant("oslo/comma", f"Oslo kommune, {etat}", 6),
             Variant("oslo/etat-only", etat, 5, key=etat),
             Variant("oslo/etat-paren", f"{etat} (Oslo kommune)", 3),
             Variant("oslo/dash", f"Oslo kommune - {etat}", 2)]
        traps = []
        others = [e for e in free if e[0] != etat]
        if others and r.random() < 0.5:
            o = r.choice(others)
            self.used.add(f"oslo:{o[0]}")
            traps.append(("trap/other-agency", caps(f"Oslo kommune {o[0]}")))
        return Co("oslo", tx, v, 0.95, etat, "general", traps)

    def nuf(self) -> Co | None:
        r = self.rng
        free = [f for f in nc.FOREIGN if f"nuf:{f[0]}" not in self.used]
        if not free:
            return None
        name, form, country = r.choice(free)
        self.used.add(f"nuf:{name}")
        tx = caps(r.choice([f"{name} {form} NUF", f"{name} {form} Norsk filial",
                            f"{name} {form}", f"{name} {form} Norwegian branch"]))
        v = [Variant("nuf/name-only", name, 6, key=name.split()[0]),
             Variant("nuf/with-form", f"{name} {form}", 5),
             Variant("nuf/country", f"{name} ({country})", 2),
             Variant("nuf/norge", f"{name} Norge", 1.5)]
        traps = []
        if r.random() < 0.25:
            traps.append(("trap/norwegian-subsidiary", caps(f"{name} Norge AS")))
        return Co("nuf", tx, v, 0.9, name.split()[0], "build", traps)

    def real(self) -> Co | None:
        r = self.rng
        free = [x for x in nc.REAL if f"real:{x[0]}" not in self.used]
        if not free:
            return None
        tx, shorts, siblings = r.choice(free)
        self.used.add(f"real:{tx}")
        v = [Variant("real/short-name", s, 5, key=s.split()[0]) for s in shorts]
        v += [Variant("dept/dash", f"{shorts[0]} - {self.place()}", 1.5),
              Variant("dept/avd", f"{shorts[0]} avd. {self.place()}", 1)]
        traps = [("trap/group-sibling", s) for s in siblings if r.random() < 0.6]
        return Co("real", tx, v, 0.95, shorts[0].split()[0], r.choice(["it", "general", "build"]),
                  traps)

    def acronym(self) -> Co | None:
        r = self.rng
        free = [x for x in nc.ACRONYMS if f"acr:{x[0]}" not in self.used]
        if not free:
            return None
        tx, short = r.choice(free)
        self.used.add(f"acr:{tx}")
        return Co("acronym", tx, [Variant("acronym/org-on-both", short, 1)], 1.0, short,
                  "general", acronym=True)

    def franchise(self) -> Co | None:
        r = self.rng
        brand, legal = r.choice([("Rema 1000", "Rema"), ("Rema 1000", "Rema 1000"),
                                 ("Bunnpris", "Bunnpris"), ("Joker", "Joker"),
                                 ("Spar", "Spar")])
        pair = r.choice(nc.NEAR_PLACES) if r.random() < 0.4 else None
        if pair:
            place, near = pair if r.random() < 0.5 else pair[::-1]
        else:
            place, near = r.choice(nc.OSLO_DISTRICTS + nc.PLACES), None
        if f"fr:{brand}:{place}" in self.used:
            return None
        self.used.add(f"fr:{brand}:{place}")
        tx = caps(f"{legal} {place} AS")
        v = [Variant("brand/store-name", f"{brand} {place}", 8),
             Variant("brand/place-first", f"{place} ({brand})", 1.5),
             Variant("brand/store-short", f"{brand.split()[0]} {place}", 2)]
        traps = [("trap/same-brand-near-place", caps(f"{legal} {near} AS"))] if near else []
        return Co("franchise", tx, v, 0.95, place, "acct", traps)

    def professional(self) -> Co:
        r = self.rng
        sur = r.choice(nc.SURNAMES)
        kind = r.choice(["advokat", "tannlege", "lege", "regnskap", "revisjon", "eiendomsmegler"])
        if kind == "advokat":
            tx = caps(r.choice([f"Advokatfirmaet {sur} AS", f"Advokatfirma {sur} & Co DA",
                                f"Advokatfirmaet {sur} DA"]))
            v = [Variant("prof/short", f"Advokat {sur}", 5), Variant("prof/short", f"Adv. {sur}", 2),
                 Variant("prof/name-first", f"{sur} advokatfirma", 3),
                 Variant("prof/same", f"Advokatfirmaet {sur}", 4)]
        elif kind == "tannlege":
            first = r.choice(nc.FIRST)
            tx = caps(f"Tannlege {first} {sur} AS")
            v = [Variant("prof/short", f"Tannlege {sur}", 5), Variant("prof/name-only", f"{first} {sur}", 2),
                 Variant("prof/comma", f"{sur}, {first} (tannlege)", 2),
                 Variant("prof/same", f"Tannlege {first} {sur}", 3)]
        elif kind == "lege":
            place = self.place()
            tx = caps(r.choice([f"{place} Legesenter AS", f"{place} Legekontor DA"]))
            word = tx.split()[1].capitalize()
            v = [Variant("prof/same", f"{place} {word.lower()}", 6),
                 Variant("prof/word-swap", f"Legesenteret {place}" if "senter" in word.lower()
                         else f"Legekontoret {place}", 2),
                 Variant("prof/dept", f"{place} {word.lower()} - {r.choice(['Dr. ' + sur, 'drift'])}", 1.5)]
            sur = place
        elif kind == "regnskap":
            tx = self.tx_case(f"{sur} Regnskapskontor AS")
            v = [Variant("prof/short", f"{sur} Regnskap", 6), Variant("prof/same", f"{sur} Regnskapskontor", 4),
                 Variant("prof/abbrev", f"{sur} Regnskapskont.", 1)]
        elif kind == "revisjon":
            tx = self.tx_case(f"Revisorkontoret {sur} AS")
            v = [Variant("prof/short", f"{sur} Revisjon", 4), Variant("prof/short", f"Revisor {sur}", 3),
                 Variant("prof/same", f"Revisorkontoret {sur}", 3)]
        else:
            tx = self.tx_case(f"Eiendomsmegler {sur} AS")
            v = [Variant("prof/short", f"Megler {sur}", 3), Variant("prof/same", f"Eiendomsmegler {sur}", 4),
                 Variant("prof/name-first", f"{sur} Eiendomsmegling", 2)]
        for x in v:
            x.key = x.key or sur
        v.append(Variant("typo/key-word", typo_in(r, v[0].name, sur), 1.5))
        return Co("professional", tx, v, 0.9, sur, r.choice(["acct", "general"]))

    def company(self, cats: dict[str, float] = CUSTOMER_CATS) -> Co:
        while True:
            cat = self.rng.choices(list(cats), weights=list(cats.values()))[0]
            co = getattr(self, cat)()
            if co is not None:
                return co


# ---- projects ------------------------------------------------------------------------------

# A template: (Tripletex name, [(tag, local name, weight)], series (the other members of a
# series: other years, terms, quarters), sub-project templates or None)
ProjTemplate = tuple[str, list[tuple[str, str, float]], list[str], list | None]


def _annual(rng: random.Random, y: int, kind: str) -> ProjTemplate:
    yy = str(y)[2:]
    other_years = [str(y - 1), str(y + 1)]
    if kind == "aarsoppgjor":
        tx = rng.choice([f"Årsoppgjør {y}", f"Årsoppgjør {y}", f"{y} Årsoppgjør"])
        loc = [("same", f"Årsoppgjør {y}", 5), ("p-order/year-first", f"{y} - Årsoppgjør", 4),
               ("p-abbrev/ÅO", f"ÅO {y}", 4), ("p-abbrev/ÅO-short-year", f"ÅO {yy}", 1.5),
               ("p-nynorsk", f"Årsoppgjer {y}", 1), ("p-synonym/årsregnskap", f"Årsregnskap {y}", 2),
               ("p-abbrev/dot", f"Årsoppgj. {y}", 1.5),
               ("p-word-more/regnskapsåret", f"Årsoppgjør regnskapsåret {y}", 1),
               ("p-ascii", f"Arsoppgjor {y}", 1)]
        series = [f"Årsoppgjør {y2}" for y2 in other_years]
    elif kind == "lopende":
        tx = rng.choice([f"Løpende regnskap {y}", f"Regnskap {y}", f"Regnskapsføring {y}"])
        loc = [("same", tx, 3), ("p-paren/løpende", f"Regnskap {y} (løpende)", 4),
               ("p-synonym/bokføring", f"Bokføring {y}", 3),
               ("p-synonym/løpende-bokføring", f"Løpende bokføring {y}", 2),
               ("p-abbrev/løp", f"Løp. regnskap {y}", 1.5), ("p-order/year-first", f"{y} Regnskap", 2)]
        series = [tx.replace(str(y), y2) for y2 in other_years]
    elif kind == "lonn":
        tx = f"Lønn {y}"
        loc = [("same", tx, 3), ("p-synonym/lønnskjøring", f"Lønnskjøring {y}", 4),
               ("p-order/year-first", f"{y} Lønn", 2), ("p-abbrev/lønnsadm", f"Lønnsadm. {y}", 1.5),
               ("p-word-more/a-melding", f"Lønn og A-melding {y}", 2)]
        series = [f"Lønn {y2}" for y2 in other_years]
    elif kind == "skatt":
        tx = f"Skattemelding {y}"
        loc = [("same", tx, 3), ("p-synonym/selvangivelse", f"Selvangivelse {y}", 2),
               ("p-abbrev/skattemld", f"Skattemld. {y}", 2),
               ("p-word-more/for", f"Skattemelding for {y}", 1.5)]
        series = [f"Skattemelding {y2}" for y2 in other_years]
    elif kind == "gf":
        tx = f"Generalforsamling {y}"
        loc = [("same", tx, 3), ("p-abbrev/GF", f"GF {y}", 3),
               ("p-word-more/ordinær", f"Ordinær generalforsamling {y}", 2)]
        series = [f"Generalforsamling {y2}" for y2 in other_years]
    elif kind == "budsjett":
        tx = f"Budsjett {y + 1}"
        loc = [("same", tx, 3), ("p-synonym/budsjettering", f"Budsjettering {y + 1}", 2),
               ("p-word-more/prognose", f"Budsjett og prognose {y + 1}", 1.5)]
        series = [f"Budsjett {y}"]
    elif kind == "drift":
        tx = f"Drift og support {y}"
        loc = [("same", tx, 3), ("p-word-dropped/support", f"Support {y}", 3),
               ("p-slash", f"Drift/support {y}", 2), ("p-word-more/it", f"IT-drift og support {y}", 1.5),
               ("p-year-dropped", "Drift og support", 2)]
        series = [f"Drift og support {y2}" for y2 in other_years]
    elif kind == "ramme":
        tx = f"Rammeavtale {y}"
        loc = [("same", tx, 3), ("p-year-dropped", "Rammeavtale", 3),
               ("p-abbrev/rammeavt", f"Rammeavt. {y}", 1.5)]
        series = [f"Rammeavtale {y2}" for y2 in other_years]
    elif kind == "tak":
        tx = f"Vedlikehold tak {y}"
        loc = [("same", tx, 2), ("p-compound/joined", f"Takvedlikehold {y}", 3),
               ("p-abbrev/vedl", f"Vedl. tak {y}", 2), ("p-order/dash", f"Tak - vedlikehold {y}", 2)]
        series = [f"Vedlikehold tak {y2}" for y2 in other_years]
    else:  # "vent"
        tx = f"Service ventilasjon {y}"
        loc = [("same", tx, 2), ("p-order/swapped", f"Ventilasjon service {y}", 3),
               ("p-abbrev/vent", f"Service vent. {y}", 2),
               ("p-compound/joined-long", f"Service ventilasjonsanlegg {y}", 2)]
        series = [f"Service ventilasjon {y2}" for y2 in other_years]
    return tx, loc, series, None


def _termed(rng: random.Random, y: int, kind: str) -> ProjTemplate:
    if kind == "mva":
        t = rng.randrange(1, 7)
        form = rng.random()
        tx = f"Mva-termin {t} {y}" if form < 0.5 else (f"MVA {t}. termin {y}" if form < 0.8
                                                        else f"Mva {y}-{t}")
        loc = [("p-term/T", f"MVA T{t}", 3), ("p-term/dot", f"Mva {t}. termin", 3),
               ("p-term/dash", f"MVA-termin {t}", 3), ("p-term/year-first", f"{y}-T{t} mva", 1.5),
               ("p-term/slash", f"Mva {t}/{y}", 1.5),
               ("p-term/long", f"Mva-melding {t}. termin {y}", 2), ("same", tx, 2)]
        series = []
        for t2 in range(1, 7):
            if t2 == t:
                continue
            series.append(f"Mva-termin {t2} {y}" if form < 0.5 else
                          (f"MVA {t2}. termin {y}" if form < 0.8 else f"Mva {y}-{t2}"))
    else:  # quarters
        q = rng.randrange(1, 5)
        tx = f"Timer Q{q} {y}"
        loc = [("p-quarter/year-dropped", f"Timer Q{q}", 3), ("p-quarter/Q-only", f"Q{q} {y}", 2),
               ("p-quarter/kvartal", f"Timer {q}. kvartal {y}", 2),
               ("p-quarter/kv", f"{q}. kv. {y}", 1.5), ("same", tx, 2)]
        series = [f"Timer Q{q2} {y}" for q2 in range(1, 5) if q2 != q]
    return tx, loc, series, None


def _plain(rng: random.Random, kind: str) -> ProjTemplate:
    table = {
        "radgivning": ("Rådgivning", [("p-word-more/generelt", "Rådgivning generelt", 3),
                                      ("p-order/generell", "Generell rådgivning", 3),
                                      ("typo/nynorsk-ish", "Rådgiving", 1.5),
                                      ("p-abbrev/div", "Div. rådgivning", 2), ("same", "Rådgivning", 2)]),
        "adhoc": ("Ad hoc bistand", [("p-punct/hyphen", "Ad-hoc", 2), ("p-compound/joined", "Adhoc bistand", 2),
                                     ("p-word-dropped", "Ad hoc", 2), ("same", "Ad hoc bistand", 2)]),
        "ombygging": ("Ombygging kontor 2. etasje", [
            ("p-abbrev/etg", "Ombygging kontor 2. etg", 3), ("p-word-dropped+abbrev", "Ombygging 2. etg", 2),
            ("p-order/dash", "Kontor 2. etg - ombygging", 2), ("p-plural", "Ombygging kontorer 2 etg", 1)]),
        "bad": ("Rehabilitering bad", [("p-abbrev/rehab", "Rehab bad", 3), ("p-order/dash", "Bad - rehabilitering", 2),
                                       ("p-synonym/baderom", "Baderom rehab", 1.5)]),
        "garasje": ("Tilbygg garasje", [("p-order/swapped", "Garasje tilbygg", 2),
                                        ("p-compound/joined", "Garasjetilbygg", 2), ("same", "Tilbygg garasje", 2)]),
        "nettside": ("Ny nettside", [("p-word-dropped", "Nettside", 3), ("p-synonym/hjemmeside", "Ny hjemmeside", 2),
                                     ("p-paren", "Ny nettside (Wordpress)", 1.5), ("p-plural", "Nye nettsider", 1)]),
        "m365": ("Migrering til Microsoft 365", [("p-abbrev/M365", "M365 migrering", 3),
                                                 ("p-synonym/office", "Migrering Office 365", 2),
                                                 ("p-abbrev/O365", "O365-migrering", 2),
                                                 ("p-word-dropped", "Microsoft 365", 1)]),
        "hms": ("HMS og internkontroll", [("p-order/swapped", "Internkontroll HMS", 2), ("p-abbrev/IK", "HMS/IK", 1.5),
                                          ("p-compound/hyphen", "HMS-internkontroll", 2)]),
        "portal": ("Utvikling kundeportal", [("p-word-dropped", "Kundeportal", 3),
                                             ("p-order/dash", "Kundeportal - utvikling", 2),
                                             ("p-definite", "Kundeportalen", 1.5)]),
        "styre": ("Styrearbeid", [("p-synonym/styremøter", "Styremøter", 2), ("same", "Styrearbeid", 2),
                                  ("p-word-more", "Styrearbeid og møter", 1)]),
        "vaktmester": ("Vaktmestertjenester", [("p-word-dropped", "Vaktmester", 3),
                                               ("p-synonym/vaktmesteravtale", "Vaktmesteravtale", 2)]),
        "forvaltning": ("Forretningsførsel", [("p-synonym/forretningsfører", "Forretningsfører", 3),
                                             ("same", "Forretningsførsel", 2),
                                             ("p-word-more/honorar", "Forretningsførsel honorar", 1)]),
    }
    tx, loc = table[kind]
    return tx, loc, [], None


def _with_subs(rng: random.Random, y: int, kind: str) -> ProjTemplate:
    if kind == "rehab":
        street = rng.choice(nc.STREETS)
        n = rng.randrange(2, 60)
        tx = f"Rehabilitering {street} {n}"
        loc = [("p-abbrev/rehab", f"Rehab {street} {n}", 3),
               ("p-order/address-first", f"{street} {n} - rehabilitering", 3),
               ("p-word-dropped/address-only", f"{street} {n}", 2), ("same", tx, 2)]
        subs = [("Forprosjekt", [("same", "Forprosjekt", 2), ("p-phase", "Fase 1 - Forprosjekt", 2),
                                 ("p-abbrev/dot", "Forprosj.", 1)]),
                ("Detaljprosjekt", [("p-synonym/prosjektering", "Detaljprosjektering", 2),
                                    ("p-phase", "Fase 2 - Detaljprosjekt", 2), ("p-abbrev/dot", "Detaljprosj.", 1)]),
                ("Byggeledelse", [("same", "Byggeledelse", 3), ("p-acronym/BL", "BL", 0.7),
                                  ("p-word-more", "Byggeledelse/oppfølging", 1.5)]),
                ("Tilleggsarbeider", [("p-word-dropped", "Tillegg", 2), ("p-synonym/ekstra", "Ekstraarbeider", 1.5),
                                      ("p-singular", "Tilleggsarbeid", 2)])]
        return tx, loc, [], subs
    if kind == "aarsoppgjor-subs":
        tx, loc, series, _ = _annual(rng, y, "aarsoppgjor")
        subs = [("Årsregnskap", [("same", "Årsregnskap", 3), ("p-definite", "Årsregnskapet", 2),
                                 ("p-abbrev/dot", "Årsregnsk.", 1)]),
                ("Skattemelding", [("same", "Skattemelding", 3), ("p-abbrev/skattemld", "Skattemld.", 2),
                                   ("p-synonym/selvangivelse", "Selvangivelse", 1.5)]),
                ("Aksjonærregisteroppgave", [("p-word-cut", "Aksjonærregister", 2),
                                             ("p-abbrev/dot", "Aksjonærreg.oppgave", 1.5),
                                             ("p-form-code/RF-1086", "RF-1086", 0.7)]),
                ("Generalforsamling", [("p-abbrev/GF", "GF", 2), ("same", "Generalforsamling", 2),
                                       ("p-word-more/protokoll", "GF-protokoll", 1)])]
        return tx, loc, series, subs
    # months under "Regnskap {y}"
    tx = f"Regnskap {y}"
    loc = [("same", tx, 3), ("p-paren/løpende", f"Regnskap {y} (løpende)", 2), ("p-order/year-first", f"{y} Regnskap", 1)]
    months = ["Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Desember"]
    start = rng.randrange(0, 9)
    subs = []
    for i in range(start, start + rng.randrange(2, 4)):
        m = months[i]
        subs.append((m, [("same", m, 3), ("p-month/abbrev", m[:3].lower() if len(m) > 4 else m.lower(), 2),
                         ("p-month/number", f"{i + 1:02d} {m}", 2), ("p-month/year", f"{m} {y}", 2)]))
    return tx, loc, [f"Regnskap {y - 1}"], subs


PROFILES: dict[str, dict[str, float]] = {
    "acct": {"aarsoppgjor": 5, "lopende": 4, "lonn": 3, "skatt": 2, "gf": 1.5, "budsjett": 1,
             "mva": 4, "radgivning": 2, "adhoc": 1, "aarsoppgjor-subs": 1.5, "months": 1},
    "build": {"ombygging": 2, "bad": 2, "garasje": 1.5, "tak": 2, "vent": 1.5, "ramme": 2,
              "hms": 1, "rehab": 2, "timer": 1, "adhoc": 1},
    "it": {"drift": 3, "nettside": 2, "m365": 2, "portal": 2, "timer": 2, "ramme": 1, "radgivning": 1},
    "general": {"radgivning": 3, "adhoc": 2, "timer": 2, "styre": 1, "aarsoppgjor": 1, "ramme": 1},
    "private": {"skatt": 3, "radgivning": 1, "bad": 1},
    "housing": {"forvaltning": 3, "vaktmester": 2, "aarsoppgjor": 2, "gf": 2, "rehab": 1.5, "tak": 1},
    "assoc": {"aarsoppgjor": 3, "lopende": 2, "lonn": 1, "gf": 2, "styre": 1},
}
ANNUAL = {"aarsoppgjor", "lopende", "lonn", "skatt", "gf", "budsjett", "drift", "ramme", "tak", "vent"}


def ident_of(kind: str, name: str) -> str:
    """What makes two project names the same piece of work, for keeping the truth
    consistent: the family and its year/term/quarter, or the name itself."""
    family = {"lopende": "regnskap", "months": "regnskap",
              "aarsoppgjor-subs": "aarsoppgjor"}.get(kind, kind)
    if family in ANNUAL | {"regnskap", "mva", "timer"}:
        return family + ":" + ",".join(sorted(re.findall(r"\d+", name)))
    if family == "rehab":
        return "rehab:" + base(name)
    return family


def project_template(rng: random.Random, kind: str) -> ProjTemplate:
    y = rng.choice((2024, 2025, 2025))
    if kind in ANNUAL:
        return _annual(rng, y, kind)
    if kind == "mva":
        return _termed(rng, 2025, "mva")
    if kind == "timer":
        return _termed(rng, 2025, "timer")
    if kind in ("rehab", "aarsoppgjor-subs", "months"):
        return _with_subs(rng, y, kind)
    return _plain(rng, kind)


# ---- the data set --------------------------------------------------------------------------


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    g = Gen(seed)
    r = g.rng
    n_pairs = round(customers * 0.72)
    n_tx = round(customers * 5 / 3)
    local_c: list[Rec] = []
    tx_c: list[Rec] = []
    truth: dict[tuple[str, str], int] = {}
    tags: dict[tuple[str, str | int], list[str]] = {}
    resembles: dict[tuple[str, int], str] = {}
    tx_ids = iter(range(2_100_001, 2_200_000))
    local_ids = iter(f"c{i:04d}" for i in range(1, 100_000))
    cust_profile: dict[str | int, str] = {}
    cust_short: dict[str, str] = {}  # local key -> short name used as a project prefix
    tx_number_later: list[tuple[Rec, Rec | None, str]] = []  # (tx rec, local rec, how)
    own_numbers: set[str] = set()

    def own_number(pref: str | None = None) -> str:
        if pref and pref not in own_numbers:
            own_numbers.add(pref)
            return pref
        while True:
            x = str(r.randrange(1, 999))
            if x not in own_numbers:
                own_numbers.add(x)
                return x

    def add_tx(name: str, org: str | None, profile: str, tag: list[str]) -> Rec:
        rec = Rec("customer", next(tx_ids), name, None, org)
        tx_c.append(rec)
        cust_profile[rec.id] = profile
        tags[("customer", rec.id)] = tag
        return rec

    def add_local(name: str, profile: str, tag: list[str]) -> Rec:
        rec = Rec("customer", next(local_ids), name)
        local_c.append(rec)
        cust_profile[rec.id] = profile
        tags[("customer", rec.id)] = tag
        return rec

    # twins first (a few per seed): persons of one name, sameier of one address in two towns
    twin_budget = max(2, customers // 60)
    made_twins = 0
    while made_twins < twin_budget:
        kind = r.choice(["twin-number", "twin-true", "twin-org", "twin-number"])
        owner = f"twin{made_twins}"
        if kind == "twin-org":
            street, num = r.choice(nc.STREETS), r.randrange(1, 60)
            txn = caps(f"Sameiet {street} {num}")
            loc = [f"{street} {num} sameie ({t})" if r.random() < 0.3 else f"{street} {num} sameie"
                   for t in r.sample(nc.PLACES, 2)]
            if loc[0] == loc[1]:
                pass
            profile = "housing"
        else:
            first, sur = r.choice(nc.FIRST), r.choice(nc.SURNAMES)
            txn = f"{first} {sur}"
            loc = [f"{sur}, {first}"] * 2
            profile = "private"
        if not g.claim([txn] + loc, owner):
            continue
        # the local names must not be exact for another company either: claimed above
        for i in range(2):
            org = new_org(r) if kind == "twin-org" else None
            t = add_tx(txn, org, profile, [kind])
            lrec = add_local(loc[i], profile, [kind])
            if kind == "twin-org":
                lrec.org = typed_org(r, org)
            if kind == "twin-number":
                tx_number_later.append((t, lrec, "copy"))
            truth[("customer", lrec.id)] = t.id
            cust_short[lrec.id] = loc[i].split(",")[0]
        made_twins += 1

    # pairs
    while sum(1 for k in truth if k[0] == "customer") < n_pairs:
        co = g.company()
        owner = f"co{g.n}"
        g.n += 1
        if not g.claim([co.tx], owner):
            continue
        vs = [v for v in co.variants if g.free([v.name.replace("{txnum}", "10000")], owner)]
        if not vs:
            continue
        v = r.choices(vs, weights=[x.weight for x in vs])[0]
        name = v.name
        tag = [v.tag]
        if not v.tag.startswith("typo") and v.tag not in ("acronym/org-on-both",) and r.random() < 0.07:
            k = v.key or co.key
            t2 = typo_in(r, name, k.split()[0])
            if t2 != name and g.free([t2], owner):
                name, tag = t2, tag + ["+typo"]
        traps = [(tt, tn) for tt, tn in co.traps if g.free([tn], f"trap-{owner}-{tn}")]
        org = new_org(r) if r.random() < co.org_p else None
        t = add_tx(co.tx, org, co.profile, [co.cat])
        lrec = add_local(name, co.profile, [co.cat] + tag)
        g.claim([name.replace("{txnum}", "10000")], owner)
        truth[("customer", lrec.id)] = t.id
        cust_short[lrec.id] = short_of(name, co.key)
        # numbers
        if v.number and v.number.startswith("own:") and r.random() < 0.7:
            lrec.number = own_number(v.number[4:])
        elif "{txnum}" in name:
            tx_number_later.append((t, lrec, "name" + ("+copy" if r.random() < 0.35 else "")))
        else:
            x = r.random()
            if x < 0.28:
                tx_number_later.append((t, lrec, "copy"))
            elif x < 0.6:
                lrec.number = own_number()
        # org on the local side
        if org and (co.acronym or r.random() < 0.12):
            lrec.org = typed_org(r, org)
            tags[("customer", lrec.id)].append("+org")
        elif org and r.random() < 0.02:
            lrec.org = broken_org(r, org)
            tags[("customer", lrec.id)].append("+org-mistyped")
        elif co.acronym:
            lrec.org = org
        for tt, tn in traps:
            if g.claim([tn], f"trap-{owner}-{tn}") and sum(1 for _ in tx_c) < n_tx:
                trec = add_tx(tn, new_org(r) if r.random() < 0.85 else None,
                              r.choice(["acct", "build", "general"]), [tt])
                resembles[("customer", trec.id)] = lrec.id

    # local-only customers
    n_local_only = customers - len(local_c)
    internal = list(nc.INTERNAL)
    r.shuffle(internal)
    while n_local_only > 0:
        if internal and r.random() < 0.2:
            name, tag, profile = internal.pop(), ["local-only/internal"], "internal"
        else:
            co = g.company()
            vs = [v for v in co.variants if "{txnum}" not in v.name]
            name = r.choices(vs, weights=[x.weight for x in vs])[0].name
            tag, profile = ["local-only/" + co.cat], co.profile
        owner = f"lo{g.n}"
        g.n += 1
        if not g.claim([name], owner):
            continue
        lrec = add_local(name, profile, tag)
        if r.random() < 0.35:
            lrec.number = own_number()
        cust_short[lrec.id] = short_of(name, name)
        n_local_only -= 1

    # Tripletex customers new to the time tracker
    while len(tx_c) < n_tx:
        co = g.company()
        owner = f"new{g.n}"
        g.n += 1
        if not g.claim([co.tx], owner):
            continue
        add_tx(co.tx, new_org(r) if r.random() < co.org_p else None, co.profile, ["tx-only/" + co.cat])

    # Tripletex's customer numbers: in the order the customers were created there
    order = list(tx_c)
    r.shuffle(order)
    for i, rec in enumerate(order):
        rec.number = str(10001 + i)
    for t, lrec, how in tx_number_later:
        if lrec is None:
            continue
        if "name" in how:
            lrec.name = lrec.name.replace("{txnum}", t.number)
            cust_short[lrec.id] = short_of(lrec.name, lrec.name)
        if "copy" in how:
            lrec.number = t.number
    for lrec in local_c:  # a {txnum} left (none expected)
        lrec.name = lrec.name.replace("{txnum}", "")
    r.shuffle(tx_c)
    r.shuffle(local_c)

    # ---- projects ---------------------------------------------------------------------------
    local_p: list[Rec] = []
    tx_p: list[Rec] = []
    ptx_ids = iter(range(5_300_001, 5_400_000))
    plocal_ids = iter(f"p{i:04d}" for i in range(1, 100_000))
    tx_of_local = {lk: tid for (k, lk), tid in truth.items() if k == "customer"}
    tx_by_id = {x.id: x for x in tx_c}
    pnum = iter(range(1001, 99999))
    scope_bases: dict[tuple, dict[str, str]] = {}  # (side-independent scope) -> base -> owner
    used_kinds: dict[str, set[str]] = {}

    def scope_claim(scope: tuple, names: list[str], owner: str) -> bool:
        b = scope_bases.setdefault(scope, {})
        if any(b.get(base(n), owner) != owner for n in names if n):
            return False
        for n in names:
            b[base(n)] = owner
        return True

    def add_tp(name: str, cust: int, parent: int | None, tag: list[str]) -> Rec:
        rec = Rec("project", next(ptx_ids), name, str(next(pnum)), None, cust, parent)
        tx_p.append(rec)
        tags[("project", rec.id)] = tag
        return rec

    def add_lp(name: str, cust: str, parent: str | None, tag: list[str]) -> Rec:
        rec = Rec("project", next(plocal_ids), name, None, None, cust, parent)
        local_p.append(rec)
        tags[("project", rec.id)] = tag
        return rec

    def dress(name: str, lcust: str, trec: Rec | None, tcust: Rec | None) -> tuple[str, list[str]]:
        """What a consultant writes around a project name: the customer, its number, the
        project number."""
        x = r.random()
        if x < 0.10:
            return f"{cust_short[lcust]} - {name}", ["+customer-name"]
        if x < 0.15 and tcust is not None:
            return f"{tcust.number} {name}", ["+customer-number"]
        if x < 0.21 and trec is not None:
            return r.choice([f"{trec.number} {name}", f"P{trec.number} - {name}",
                             f"{name} ({trec.number})"]), ["+project-number"]
        return name, []

    def local_name(loc: list[tuple[str, str, float]], kind: str) -> tuple[str, str]:
        tag, name, _w = r.choices(loc, weights=[w for _t, _n, w in loc])[0]
        if tag != "same" and "/" not in tag:
            tag = f"{tag}/{kind}"
        if r.random() < 0.05 and tag != "same":
            words = [w for w in name.split() if len(w) >= 5 and w.isalpha()]
            if words:
                name = typo_in(r, name, r.choice(words))
                tag += "+typo"
        return tag, name

    locals_list = list(local_c)
    weights = [2.0 if ("customer", x.id) in truth else 1.0 for x in locals_list]
    budget = projects
    attempts = 0
    while budget > 0 and attempts < projects * 20:
        attempts += 1
        lcust = r.choices(locals_list, weights=weights)[0]
        t_id = tx_of_local.get(lcust.id)
        tcust = tx_by_id.get(t_id) if t_id else None
        profile = cust_profile[lcust.id]
        scope = ("c", lcust.id)
        if profile == "internal":
            name = r.choice(nc.INTERNAL_PROJECTS)
            if scope_claim(scope, [name], f"int-{name}"):
                add_lp(name, lcust.id, None, ["local-only/internal"])
                budget -= 1
            continue
        kinds = PROFILES[profile]
        kind = r.choices(list(kinds), weights=list(kinds.values()))[0]
        tx_name, loc, series, subs = project_template(r, kind)
        owner = ident_of(kind, tx_name)
        if owner in used_kinds.setdefault(lcust.id, set()):
            continue
        tag, lname = local_name(loc, kind)
        tx_dressed = tx_name
        tx_tag: list[str] = []
        if tcust is not None and r.random() < 0.06:
            tx_dressed, tx_tag = f"{tcust.name.split()[0].title()} - {tx_name}", ["+tx-customer-name"]
        if tcust is None:  # a local-only customer: the project is local only
            if not scope_claim(scope, [lname], owner):
                continue
            used_kinds[lcust.id].add(owner)
            add_lp(lname, lcust.id, None, ["local-only/project"])
            budget -= 1
            continue
        mode = r.random()
        if mode < 0.12:  # only local (internal work, or never set up in Tripletex)
            if not scope_claim(scope, [lname], owner) or not g_free_scope(scope_bases, scope, [tx_name], owner):
                continue
            used_kinds[lcust.id].add(owner)
            add_lp(lname, lcust.id, None, ["local-only/project", tag])
            budget -= 1
            continue
        dressed, extra = dress(lname, lcust.id, None, tcust)
        if not scope_claim(scope, [dressed, tx_dressed], owner):
            continue
        used_kinds[lcust.id].add(owner)
        trec = add_tp(tx_dressed, tcust.id, None, [kind] + tx_tag)
        if extra == [] and r.random() < 0.07:  # the project number written in
            pn = r.choice([f"{trec.number} {lname}", f"P{trec.number} - {lname}", f"{lname} ({trec.number})"])
            if scope_claim(scope, [pn], owner):
                dressed, extra = pn, ["+project-number"]
        lrec = add_lp(dressed, lcust.id, None, [tag] + extra)
        if tag == "same" and not extra:
            tags[("project", lrec.id)] = ["same"]
        if r.random() < 0.12:
            lrec.number = trec.number
            tags[("project", lrec.id)].append("+number-copied")
        truth[("project", lrec.id)] = trec.id
        budget -= 1
        # the other members of a series exist in Tripletex (the years, terms, quarters not
        # typed locally); sometimes one more of them locally too
        for s in series:
            if r.random() < (0.5 if kind in ("mva", "timer") else 0.4):
                sid = ident_of(kind, s)
                if sid not in used_kinds[lcust.id] and scope_claim(scope, [s], sid):
                    used_kinds[lcust.id].add(sid)
                    st = add_tp(s, tcust.id, None, ["trap/series-sibling"])
                    resembles[("project", st.id)] = lrec.id
        # sub-projects
        if subs:
            for sname, sloc in subs:
                stag, slname = local_name(sloc, "sub")
                x = r.random()
                sscope = ("sub", lrec.id)
                if x < 0.65:
                    if not scope_claim(sscope, [slname, sname], sname):
                        continue
                    st = add_tp(sname, tcust.id, trec.id, ["sub"])
                    sl = add_lp(slname, lcust.id, lrec.id, [stag])
                    truth[("project", sl.id)] = st.id
                    budget -= 1
                elif x < 0.85:
                    if scope_claim(sscope, [sname], sname):
                        add_tp(sname, tcust.id, trec.id, ["tx-only/sub"])
                else:
                    if scope_claim(sscope, [slname, sname], sname):
                        add_lp(slname, lcust.id, lrec.id, ["local-only/sub"])
                        budget -= 1

    # projects of Tripletex customers new locally, and a few more Tripletex-only projects of
    # linked customers (work not yet tracked)
    linked_tx = set(tx_of_local.values())
    local_of_tx = {v: k for k, v in tx_of_local.items()}
    for tcust in list(tx_c):
        profile = cust_profile.get(tcust.id, "general")
        if profile not in PROFILES:
            continue
        n = r.choice((0, 1, 1, 2)) if tcust.id not in linked_tx else (1 if r.random() < 0.25 else 0)
        scope = ("c", local_of_tx[tcust.id]) if tcust.id in linked_tx else ("t", tcust.id)
        for _ in range(n):
            kinds = PROFILES[profile]
            kind = r.choices(list(kinds), weights=list(kinds.values()))[0]
            tx_name, _loc, _series, _subs = project_template(r, kind)
            sid = ident_of(kind, tx_name)
            done = used_kinds.setdefault(scope[1], set())
            if sid not in done and scope_claim(scope, [tx_name], sid):
                done.add(sid)
                add_tp(tx_name, tcust.id, None, ["tx-only/project"])
    r.shuffle(tx_p)
    r.shuffle(local_p)
    return DataSet(seed, {"customer": local_c, "project": local_p},
                   {"customer": tx_c, "project": tx_p}, truth, tags, resembles)


def short_of(name: str, fallback: str) -> str:
    """The customer's name as a consultant writes it in front of a project name: without
    codes, numbers, markers and legal form, at most two words."""
    skip = {"kunde", "kunde:", "-", "zz", "*", "**", "as", "asa", "(gammel)", "(ny)"}
    words = [w.strip(",*()") for w in name.split()
             if w.lower() not in skip and not any(c.isdigit() for c in w)
             and not (w[:1] == "K" and w[1:].isdigit())]
    words = [w for w in words if w]
    return " ".join(words[:2]) if words else fallback


def g_free_scope(scope_bases: dict, scope: tuple, names: list[str], owner: str) -> bool:
    b = scope_bases.get(scope, {})
    return all(b.get(base(n), owner) == owner for n in names)
