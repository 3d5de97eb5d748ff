"""A sixth data set for `bench/matching_quality.py` (`--data f`), written independently of the
matcher and of the other generators: an engineering / IT / architecture consultancy and a
building contractor. The time tracker was filled over years by project managers; Tripletex by
the office, mostly with Brønnøysund's names. Deterministic per seed; each seed draws other
firms, another mix and other variants.

- customers: real Norwegian and Nordic firms and public bodies (`bench/quality_names_f.py`) with
  the names people type for them (brands, acronyms, agencies, "Norge"/"Norway", parentheses with
  a town), and generated firms: surname and place firms of the building trades, property
  companies named by their address, sameier and borettslag, architects and engineers, ENKs of
  craftsmen with full and short names, municipalities. About 68 % of the local customers are in
  Tripletex, the rest local-only; Tripletex has about 1.6 times as many customers.
- spelling kinds, each both ways (the variant on the local side "/local" or on Tripletex's
  "/tx"): case, æøå/äö folded, "&"/"og", hyphens, punctuation, legal form dropped or changed,
  abbreviations (public bodies, streets, "brl", "Br."), compounds split or joined, a word more
  or less, word order, "Norge"/"Norway", one-edit typos, parentheses with a town, a person's
  short name, the group typed for its only subsidiary here.
- twins: two customers of one name told apart by number or org number, and true twins.
- traps: Tripletex firms of the same group (Equinor ASA beside Equinor Energy AS), a holding,
  a near surname in the same trade, the neighbour address's sameie or property company, a
  municipality's agency, the sister company abroad; `resembles` holds those a person would be
  asked about.
- projects: engineering and building works with the consultancy's project numbers, phases and
  disciplines (RIB, RIV, ARK ...) as level-2 sub-projects (a few level 3 in Tripletex), years,
  addresses, the customer's name or number written in, "Ombygging"/"Ombygg.", traps such as
  "Påbygg" beside "Tilbygg" and next year's framework agreement. Generic project names recur
  under many customers.
"""

from __future__ import annotations

import random
import re

from bench import quality_names_f as nf
from bench.quality_data import DataSet, Rec, _org

LEGAL_FORMS = ["AS", "ASA", "ANS", "DA", "ENK", "SA", "SF", "KF", "HF", "RHF", "BBL", "IKS", "AB",
               "A/S", "Oy", "Oyj", "GmbH", "AG", "Ltd"]
_FORMS_LOW = {f.lower() for f in LEGAL_FORMS}

CUSTOMER_KINDS: dict[str, int] = {
    "same": 13, "case": 5, "letters": 5, "and": 2, "hyphen": 2, "punct": 2, "legal-form": 7,
    "legal-change": 4, "abbrev": 9, "street": 4, "compound": 6, "word-more": 10, "order": 5,
    "norge": 4, "typo": 9, "paren": 4, "person-short": 3, "group": 2, "alias": 1, "renamed": 2,
}
# kinds only a person knows: the names are written in the lists, never made by a rule
TYPED_ONLY = ("group", "person-short", "alias", "renamed")
PROJECT_KINDS: dict[str, int] = {
    "same": 18, "number-in-name": 10, "customer-name": 7, "customer-number": 3, "order": 6,
    "abbrev": 9, "year": 6, "typo": 8, "compound": 5, "case": 4, "letters": 3, "word-more": 6,
    "paren": 2,
}
SUB_KINDS: dict[str, int] = {"same": 35, "abbrev": 20, "parent-name": 15, "case": 8, "typo": 8,
                             "number-form": 5}

_KEYBOARD = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]
_NEIGHBOURS = {c: row[max(0, i - 1):i] + row[i + 1:i + 2]
               for row in _KEYBOARD for i, c in enumerate(row)}
_VOCAB = {w.lower() for w in (nf.SURNAMES + nf.FIRST_NAMES + nf.PLACES + nf.DISTRICTS
                              + " ".join(nf.STREETS + nf.TRADES + nf.BUILDINGS + nf.WORKS
                                         + nf.GENERIC + nf.PHASES).split())}
_NEAR = {"Kristiansen": "Christiansen", "Johansen": "Johannesen", "Nilsen": "Nielsen",
         "Pedersen": "Petersen", "Jakobsen": "Jacobsen", "Karlsen": "Carlsen",
         "Eriksen": "Erichsen", "Christensen": "Kristensen", "Andersen": "Andresen",
         "Halvorsen": "Halvorssen", "Mathisen": "Mathiesen", "Thomassen": "Tomassen",
         "Aasen": "Åsen", "Moe": "Moen", "Lie": "Lien", "Berg": "Berge", "Haug": "Hauge"}
TOWNS = ["Bergen", "Oslo", "Trondheim", "Stavanger", "Sandvika", "Tromsø", "Kristiansand",
         "Drammen", "Haugesund", "Ålesund"]
TWIN_NAMES = ["Solbakken", "Granly", "Furulund", "Bjørkly", "Solhaug", "Fagerlia", "Bakkely",
              "Tunet", "Lia", "Åsen", "Fjellhaug", "Skogly"]
TWIN_STREETS = ["Storgata", "Kongens gate", "Dronningens gate", "Kirkegata", "Torggata",
                "Jernbanegata", "Skolegata", "Parkveien"]

# ---- names --------------------------------------------------------------------------------


def split_form(name: str) -> tuple[str, str | None]:
    """("Hansen Bygg", "AS") from "Hansen Bygg AS"; a leading form too ("AS Vinmonopolet")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _FORMS_LOW:
        return " ".join(words[:-1]), words[-1]
    if len(words) > 1 and words[0].lower() in _FORMS_LOW:
        return " ".join(words[1:]), words[0]
    return name, None


def coarse(name: str) -> str:
    """A key coarser than any name normalisation: names of two different companies (or two
    projects in one scope) must differ in it, so that no exact-name rule can take one for the
    other."""
    s = name.lower().replace("a/s", " as ").replace("&", " og ").replace("+", " og ")
    for a, b in (("æ", "a"), ("ø", "o"), ("å", "a"), ("ä", "a"), ("ö", "o"), ("ü", "u"),
                 ("é", "e")):
        s = s.replace(a, b)
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in _FORMS_LOW and w != "og"]
    abbrev = {"gt": "gate", "gata": "gate", "gaten": "gate", "vn": "veien", "v": "vei",
              "pl": "plass", "brl": "borettslag", "br": "brodrene", "bbl": "boligbyggelag",
              "norway": "norge"}
    s = "".join(abbrev.get(w, w) for w in words)
    for a, b in (("aa", "a"), ("oe", "o"), ("ae", "a"), ("ss", "s"), ("ch", "k"), ("c", "k")):
        s = s.replace(a, b)
    return s


def typo(name: str, rng: random.Random) -> str | None:
    """One edit in one word of five letters or more: a keyboard neighbour, two letters
    swapped, a letter dropped or doubled; never the first letter, never a word in the lists."""
    words = name.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and not w.isupper()
             and w.lower() not in _FORMS_LOW]
    if not cands:
        return None
    for _ in range(12):
        i = rng.choice(cands)
        w = words[i]
        j = rng.randrange(1, len(w) - 1)
        op = rng.choice(["neighbour", "neighbour", "swap", "drop", "double"])
        c = w[j].lower()
        if op == "neighbour" and _NEIGHBOURS.get(c):
            new = w[:j] + rng.choice(_NEIGHBOURS[c]) + w[j + 1:]
        elif op == "swap" and w[j] != w[j + 1]:
            new = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == "drop" and w[j - 1] != w[j] and w[j] != w[j + 1]:
            new = w[:j] + w[j + 1:]
        elif op == "double" and w[j] != w[j + 1] and w[j] != w[j - 1]:
            new = w[:j + 1] + w[j:]
        else:
            continue
        if new.lower() in _VOCAB or new.lower() == w.lower():
            continue
        return " ".join(words[:i] + [new] + words[i + 1:])
    return None


def fold_letters(name: str, rng: random.Random) -> str | None:
    """æøå written as ae/oe/aa (or o/a, as on a foreign keyboard); ä/ö as a/o or ø."""
    if not re.search("[æøåÆØÅäöÄÖ]", name):
        return None
    style = rng.random()
    table = {"æ": "ae", "Æ": "Ae", "ø": "o" if style < 0.5 else "oe",
             "Ø": "O" if style < 0.5 else "Oe", "å": "a" if style < 0.3 else "aa",
             "Å": "A" if style < 0.3 else "Aa", "ä": "a", "Ä": "A",
             "ö": "ø" if style < 0.5 else "o", "Ö": "Ø" if style < 0.5 else "O"}
    return "".join(table.get(c, c) for c in name)


STREET_ABBREV = [(r"\bgate\b", "gt."), (r"\bgata\b", "gt."), (r"gaten\b", "gt."),
                 (r"gata\b", "gt."), (r"veien\b", "vn."), (r"\bvei\b", "v."), (r"\bplass\b", "pl."),
                 (r"gate\b", "gt.")]


def street_abbrev(name: str, rng: random.Random) -> str | None:
    for pat, short in STREET_ABBREV:
        if re.search(pat, name):
            if rng.random() < 0.3:
                short = short.rstrip(".")
            return re.sub(pat, short, name, count=1)
    return None


_SPLITTABLE = ["bygg", "betong", "anlegg", "eiendom", "gruppen", "kontoret", "kommune", "service",
               "prosjekt", "byen", "tak", "data", "gate", "veien", "arkitektur"]


def compound(name: str, rng: random.Random) -> str | None:
    """A compound split ("Vestbygg" -> "Vest Bygg") or two words joined ("Thereses gate" ->
    "Theresesgate", "Nord Bygg" -> "Nordbygg")."""
    words = name.split(" ")
    for i, w in enumerate(words):
        lw = w.lower()
        for suf in _SPLITTABLE:
            if lw.endswith(suf) and len(lw) >= len(suf) + 3 and lw not in _VOCAB:
                head = w[:-len(suf)]
                tail = suf.capitalize() if rng.random() < 0.6 else suf
                if head.endswith("s") and suf in ("gate", "veien"):
                    tail = suf
                return " ".join(words[:i] + [head, tail] + words[i + 1:])
    for i in range(len(words) - 1):
        if words[i + 1].lower() in ("bygg", "betong", "anlegg", "eiendom", "gate", "veien", "tak",
                                    "gruppen") and words[i].isalpha() and len(words[i]) >= 3 \
                and words[i].lower() not in _FORMS_LOW:
            return " ".join(words[:i] + [words[i] + words[i + 1].lower()] + words[i + 2:])
    return None


def legal_change(name: str, rng: random.Random, small: bool = False) -> str | None:
    base, form = split_form(name)
    change = {"ASA": "AS", "ANS": "AS", "DA": "ANS", "ENK": "AS", "AB": "AS", "Oy": "AS",
              "GmbH": "AS", "Ltd": "AS", "SA": "AS", "SF": "AS", "A/S": "ApS"}
    if form is None or form not in change:
        if form == "AS" and small:  # a small firm registered before it became an AS
            return f"{base} ANS"
        return None
    return f"{base} {change[form]}"


def generic_variant(kind: str, name: str, rng: random.Random, co: Co | None = None) -> str | None:
    base, form = split_form(name)
    if kind == "case":
        return name.upper() if rng.random() < 0.6 else name.lower()
    if kind == "letters":
        return fold_letters(name, rng)
    if kind == "and":
        if "&" in name:
            return name.replace(" & ", " og ").replace("&", " og ")
        if " og " in name:
            return name.replace(" og ", " & ")
        return None
    if kind == "hyphen":
        if "- " in name:  # "Plan- og bygningsetaten"
            return name.replace("- ", " ")
        return name.replace("-", " " if rng.random() < 0.7 else "") if "-" in name else None
    if kind == "punct":
        new = re.sub(r"[.,+]", "", name).replace("  ", " ")
        return new if new != name else None
    if kind == "legal-form":
        if form:
            return base
        if co is not None and co.style in ("surname", "place", "fancy", "property", "arch",
                                           "engineer"):
            return f"{name} AS"
        return None
    if kind == "legal-change":
        return legal_change(name, rng, co is not None and co.style in ("surname", "place",
                                                                          "fancy"))
    if kind == "typo":
        return typo(name, rng)
    if kind == "compound":  # real brands only as people really split or join them (typed)
        return compound(name, rng) if co is None or co.style != "real" else None
    if kind == "street":
        return street_abbrev(name, rng)
    if kind == "abbrev":
        for long, short in (("Borettslag", "brl"), ("borettslag", "brl"), ("Brødrene ", "Br. "),
                            ("Boligbyggelag", "BBL"), ("Sameiet ", "Sameie ")):
            if long in name:
                return name.replace(long, short)
        return street_abbrev(name, rng)
    if kind == "norge":
        if " Norge" in name:
            return name.replace(" Norge", " Norway")
        if " Norway" in name:
            return name.replace(" Norway", " Norge")
        return None
    if kind == "word-more":
        for drop in (" og Anlegg", " Norge", " Norway"):
            if drop in base:
                return base.replace(drop, "") + (f" {form}" if form and rng.random() < 0.5 else "")
        return None
    if kind == "paren":
        # a department of a firm with offices in many towns
        if co is None or co.style != "real" or co.sector not in ("consult", "contractor", "arch",
                                                                   "it"):
            return None
        town = rng.choice([t for t in TOWNS if t not in name])
        style = rng.random()
        if style < 0.5:
            return f"{base} ({town})"
        return f"{base} avd. {town}" if style < 0.75 else f"{base} – {town}"
    return None


# ---- companies ----------------------------------------------------------------------------


class Co:
    """One real company on one side or both: its legal name, what people type for it, the
    firms that are easily taken for it."""

    def __init__(self, legal: str, sector: str, style: str,
                 typed: list[tuple[str, str]] | None = None,
                 traps: list[tuple[str, str, bool]] | None = None, weight: float = 1.0) -> None:
        self.legal = legal
        self.sector = sector
        self.style = style
        self.typed = typed or []
        self.traps = traps or []  # (trap kind, name, a person would be asked)
        self.weight = weight  # how many projects it tends to have


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"rabbitsync-f-{seed}")
        self.reg: dict[str, int] = {}  # coarse key -> entity
        self.next_entity = 0
        self.orgs: set[str] = set()
        reals = list(nf.FIRMS)
        self.rng.shuffle(reals)
        self.reals = reals

    def entity(self) -> int:
        self.next_entity += 1
        return self.next_entity

    def claim(self, ent: int, *names: str) -> bool:
        keys = [coarse(n) for n in names]
        if any(k in self.reg and self.reg[k] != ent for k in keys) or any(not k for k in keys):
            return False
        for k in keys:
            self.reg[k] = ent
        return True

    # generated firms
    def make(self) -> Co:
        r = self.rng
        style = r.choices(["surname", "brothers", "place", "fancy", "property", "sameie", "brl",
                           "arch", "engineer", "person", "kommune"],
                          [20, 3, 12, 9, 10, 8, 6, 7, 6, 8, 4])[0]
        s = r.choice(nf.SURNAMES)
        if style == "surname":
            trade = r.choice(nf.TRADES[:15] + ["Bygg", "Bygg", "Tømrer"])
            form = r.choices(["AS", "ANS", "DA", ""], [85, 6, 3, 6])[0]
            legal = f"{s} {trade} {form}".strip()
            if trade in ("Tømrer", "Murer", "Rør") and r.random() < 0.4:
                legal = f"{s} {trade}{'forretning' if trade != 'Rør' else 'leggerservice'} {form}"
                legal = legal.strip()
            traps = [("holding", f"{s} {trade} Holding AS", True),
                     ("other-trade", f"{s} {r.choice(['Elektro', 'Maskin', 'Transport', 'Eiendom'])} AS", False)]
            if s in _NEAR:
                traps.append(("near-name", f"{_NEAR[s]} {trade} AS", True))
            return Co(legal, "contractor", "surname", [], traps, 1.5)
        if style == "brothers":
            legal = f"Brødrene {s} AS"
            return Co(legal, "contractor", "surname", [("abbrev", f"Br. {s} AS"),
                                                        ("abbrev", f"Br. {s}"),
                                                        ("letters", f"Brodrene {s}")],
                      [("holding", f"Brødrene {s} Holding AS", True)], 1.5)
        if style == "place":
            p = r.choice(nf.PLACES)
            trade = r.choice(["Bygg", "Betong", "Anlegg", "Maskinentreprenør", "Byggservice",
                              "Eiendom", "Tak", "Graving", "Rør", "Elektro", "Stillas"])
            legal = f"{p} {trade} AS"
            other = r.choice([t for t in ("Bygg", "Betong", "Anlegg", "Eiendom") if t != trade])
            return Co(legal, "contractor", "place", [],
                      [("other-trade", f"{p} {other} AS", False),
                       ("other-place", f"{r.choice(nf.PLACES)} {trade} AS", False)], 1.5)
        if style == "fancy":
            pre = r.choice(nf.PREFIXES)
            trade = r.choice(list(nf.JOINABLE))
            joined = r.random() < 0.5
            name = f"{pre}{nf.JOINABLE[trade]}" if joined else f"{pre} {trade}"
            legal = f"{name} AS"
            return Co(legal, "contractor" if trade != "Eiendom" else "developer", "fancy", [],
                      [("sibling", f"{name} {'Eiendom' if trade != 'Eiendom' else 'Utvikling'} AS",
                        True), ("holding", f"{name} Holding AS", True)], 2)
        if style == "property":
            st, no = r.choice(nf.STREETS), r.randrange(1, 120)
            kind = r.random()
            if kind < 0.45:
                legal = f"{st} {no} AS"
            elif kind < 0.75:
                legal = f"{st} {no} Eiendom AS"
            else:
                d = r.choice(nf.DISTRICTS)
                legal = f"{d} {r.choice(['Eiendom', 'Utvikling', 'Næringspark', 'Boligutvikling'])} AS"
                return Co(legal, "developer", "property", [],
                          [("holding", legal.replace(" AS", " Holding AS"), True)], 3)
            neighbour = legal.replace(f" {no} ", f" {no + 2} ")
            return Co(legal, "developer", "property", [],
                      [("neighbour", neighbour, True)], 2)
        if style == "sameie":
            st, no = r.choice(nf.STREETS), r.randrange(1, 90)
            legal = f"Sameiet {st} {no}"
            st_short = street_abbrev(st, r) or st
            typed = [("order", f"{st} {no} sameie"), ("order", f"{st} {no} Sameie"),
                     ("word-more", f"Eierseksjonssameiet {st} {no}"),
                     ("word-more", f"Boligsameiet {st} {no}"),
                     ("street", f"Sameiet {st_short} {no}"),
                     ("order", f"{st_short} {no} sameie")]
            return Co(legal, "housing", "sameie", typed,
                      [("neighbour", f"Sameiet {st} {no + r.choice([1, 2, 4])}", True)], 1)
        if style == "brl":
            d = r.choice(nf.DISTRICTS)
            legal = f"{d} Borettslag"
            typed = [("abbrev", f"{d} brl"), ("abbrev", f"{d} BRL"), ("order", f"Borettslaget {d}"),
                     ("case", f"{d} borettslag")]
            return Co(legal, "housing", "brl", typed,
                      [("sibling", f"{d} {r.choice(['Terrasse', 'Park', 'Hage', 'Nord'])} Borettslag",
                        True)], 1)
        if style == "arch":
            pat = r.random()
            if pat < 0.4:
                legal = f"{s} Arkitekter AS"
                typed = [("word-more", f"{s} Arkitekt"), ("case", f"{s} arkitekter")]
            elif pat < 0.7:
                legal = f"Arkitektkontoret {s} AS"
                typed = [("compound", f"Arkitekt kontoret {s}"), ("order", f"{s} Arkitektkontor"),
                         ("word-more", f"Ark.kontoret {s}")]
            else:
                s2 = r.choice([x for x in nf.SURNAMES if x != s])
                legal = f"{s} & {s2} Arkitekter AS"
                typed = [("and", f"{s} og {s2} Arkitekter"), ("word-more", f"{s} & {s2}")]
            return Co(legal, "arch", "arch", typed,
                      [("near-name", legal.replace(s, _NEAR[s]), True)] if s in _NEAR else [], 2)
        if style == "engineer":
            pat = r.random()
            if pat < 0.5:
                legal = f"Ingeniørfirma {s} AS"
                typed = [("letters", f"Ingeniorfirma {s}"), ("word-more", f"Ing.firma {s}"),
                         ("order", f"{s} Ingeniørfirma AS")]
            else:
                p = r.choice(nf.PLACES)
                legal = f"{p} Ingeniørkontor AS"
                typed = [("compound", f"{p} Ingeniør kontor"), ("letters", f"{p} Ingeniorkontor")]
            return Co(legal, "consult", "engineer", typed, [], 2)
        if style == "person":
            male = r.random() < 0.7
            f = r.choice(nf.MALE_NAMES if male else nf.FEMALE_NAMES)
            m = r.choice(nf.MALE_MIDDLE if male else nf.FEMALE_MIDDLE)
            title, trade = r.choice(nf.ENK_TRADES)
            pat = r.random()
            typed = [("person-short", f"{f} {s}")]
            if pat < 0.4:
                legal = f"{title} {f} {m} {s}"
                typed += [("person-short", f"{title} {f} {s}"), ("order", f"{s} {f} {m}")]
            elif pat < 0.7:
                legal = f"{f} {s} {trade}"
                typed += [("order", f"{trade} {f} {s}"), ("legal-form", f"{legal} ENK")]
            else:  # Brønnøysund's own form for a person's firm: the surname first
                legal = f"{s} {f} {m}"
                typed += [("order", f"{f} {m} {s}"), ("person-short", f"{trade} {f} {s}"),
                          ("legal-form", f"{legal} ENK")]
            # initials: the middle one only when the legal name has the middle name
            typed.append(("person-short", f"{f[0]}.{m[0]}. {s}" if m in legal else f"{f[0]}. {s}"))
            return Co(legal, "person", "person", typed, [], 0.6)
        p = r.choice(nf.PLACES)
        legal = nf.kommune(p)
        agency = r.choice(["Eigedom", "Eiendom", "Teknisk etat", "Vann og avløp", "Bygg og eiendom"])
        typed = [("case", legal.upper()), ("paren", f"{legal} (teknisk)")]
        return Co(legal, "public", "kommune", typed, [("agency", f"{legal} {agency}", True)], 4)

    def real(self) -> Co | None:
        while self.reals:
            legal, sector, typed, siblings = self.reals.pop()
            w = {"public": 5, "developer": 4, "contractor": 3, "consult": 2, "arch": 2,
                 "industry": 2, "it": 2}.get(sector, 1)
            return Co(legal, sector, "real", list(typed),
                      [("sibling", s, True) for s in siblings], w)
        return None


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def _org_typed(rng: random.Random, org: str) -> str:
    r = rng.random()
    if r < 0.5:
        return org
    if r < 0.8:
        return f"{org[:3]} {org[3:6]} {org[6:]}"
    return f"NO {org} MVA"


# ---- projects -----------------------------------------------------------------------------

SUB_ABBREV = {"Forprosjekt": ["Forprosj.", "Forprosj"], "Detaljprosjekt": ["Detaljprosj.",
              "Detaljprosjektering"], "Skisseprosjekt": ["Skisseprosj."],
              "Konkurransegrunnlag": ["Konk.grunnlag", "Konkurransegr."],
              "Oppfølging i byggefase": ["Oppf. byggefase", "OBF"],
              "Prosjektering": ["Prosj."], "Tilleggsarbeider": ["Tillegg"],
              "Garantiperiode": ["Garanti"], "Mulighetsstudie": ["Mulighetsst."],
              "Reguleringsfase": ["Reg.fase"]}
PROJECT_ABBREV = [("Rehabilitering", "Rehab."), ("Rehabilitering", "Rehab"),
                  ("Ombygging", "Ombygg."), ("Rammeavtale", "Rammeavt."),
                  ("Tilstandsvurdering", "Tilstandsvurd."), ("Reguleringsplan", "Reg.plan"),
                  ("barnehage", "bhg."), ("ungdomsskole", "u-skole"),
                  ("Gang- og sykkelveg", "G/S-veg"), ("Gang- og sykkelveg", "GS-veg"),
                  ("Universell utforming", "UU"), ("Konsekvensutredning", "KU"),
                  ("omsorgsboliger", "omsorgsbol."), ("Vedlikehold", "Vedl."),
                  ("Energimerking", "Energimerk."), ("Brannteknisk rådgivning", "Brannteknisk"),
                  ("byggetrinn ", "BT"), ("byggetrinn", "trinn"), ("Kristiansand", "Kr.sand"),
                  ("Rv. ", "Riksveg "), ("Fv. ", "Fylkesveg "), ("Oppgradering", "Oppgr."),
                  ("Kostnadsoverslag", "Kostnadsoversl.")]
COMPOUNDS = ["Fasaderehabilitering", "Brannsikring", "Kontorbygg", "idrettshall", "svømmehall",
             "flerbrukshall", "Leilighetsbygg", "Parkeringshus", "Næringsbygg",
             "Tunnelrehabilitering", "Bruinspeksjon", "kulturhus", "helsehus", "Mulighetsstudie",
             "Etterisolering", "intranettløsning", "kundeportal", "Skredsikring", "Energimerking",
             "Taktekking", "Tilstandsvurdering", "Tilstandsrapport", "Kontorlokaler",
             "brannstasjon", "legesenter", "Datavarehus", "Serviceavtale", "Byggesøknad",
             "Internkontroll", "Rammeavtale", "sykehjem", "Byggeplan", "Boligprosjekt"]
_COMPOUND_SPLIT = {"Fasaderehabilitering": "Fasade rehabilitering", "Brannsikring": "Brann sikring",
                   "Kontorbygg": "Kontor bygg", "idrettshall": "idretts hall",
                   "svømmehall": "svømme hall", "flerbrukshall": "flerbruks hall",
                   "Leilighetsbygg": "Leilighets bygg", "Parkeringshus": "Parkerings hus",
                   "Næringsbygg": "Nærings bygg", "Tunnelrehabilitering": "Tunnel rehabilitering",
                   "Bruinspeksjon": "Bru inspeksjon", "kulturhus": "kultur hus",
                   "helsehus": "helse hus", "Mulighetsstudie": "Mulighets studie",
                   "Etterisolering": "Etter isolering", "intranettløsning": "intranett løsning",
                   "kundeportal": "kunde portal", "Skredsikring": "Skred sikring",
                   "Energimerking": "Energi merking", "Taktekking": "Tak tekking",
                   "Tilstandsvurdering": "Tilstands vurdering",
                   "Tilstandsrapport": "Tilstands rapport", "Kontorlokaler": "Kontor lokaler",
                   "brannstasjon": "brann stasjon", "legesenter": "lege senter",
                   "Datavarehus": "Data varehus", "Serviceavtale": "Service avtale",
                   "Byggesøknad": "Bygge søknad", "Internkontroll": "Intern kontroll",
                   "Rammeavtale": "Ramme avtale", "sykehjem": "syke hjem",
                   "Byggeplan": "Bygge plan", "Boligprosjekt": "Bolig prosjekt"}


class Work:
    """A project's name as parts: `name` is the office's (Tripletex) spelling; `obj` and
    `work` let the order be turned ("Holmlia skole – rehabilitering")."""

    def __init__(self, name: str, work: str | None = None, obj: str | None = None,
                 year: int | None = None, series: str | None = None) -> None:
        self.name, self.work, self.obj, self.year, self.series = name, work, obj, year, series


def make_work(rng: random.Random, co: Co) -> Work:
    sector = co.sector
    r = rng.random()
    year = rng.choice([2021, 2022, 2023, 2024, 2024, 2025, 2025, 2026])
    if co.style in ("sameie", "brl"):
        w = rng.choice(nf.STREET_WORKS)
        if r < 0.5:
            return Work(f"{w} {year}", series=w, year=year)
        if co.style == "brl":
            return Work(f"{w} blokk {rng.choice('ABCDEFGH')}", work=w)
        return Work(f"Rehabilitering {w.lower()}", work="Rehabilitering", obj=w.lower())
    if co.style == "person" or r < 0.12:
        g = rng.choice(nf.GENERIC)
        if rng.random() < 0.7:
            if g == "Rammeavtale" and rng.random() < 0.4:  # a period: no "next year" beside it
                return Work(f"{g} {year}–{year + 2}", series=g)
            return Work(f"{g} {year}", series=g, year=year)
        return Work(g)
    if sector in ("it", "industry") and r < 0.6:
        w = rng.choice(nf.IT_WORKS)
        if rng.random() < 0.6:
            return Work(w, series=w)
        return Work(f"{w} {year}", series=w, year=year)
    roadish = co.legal in ("Statens vegvesen", "Nye Veier AS", "Mesta AS", "Bane NOR SF") or \
        co.style == "kommune" or "fylkeskommune" in co.legal
    if roadish and r < 0.5:
        road = rng.choice(nf.ROADS)
        w = rng.choice(nf.ROAD_WORKS)
        if w == "Gang- og sykkelveg":
            d = rng.choice(nf.DISTRICTS)
            return Work(f"{w} {d}", work=w, obj=d)
        return Work(f"{w} {road}", work=w, obj=road)
    if sector in ("developer", "housing") or r < 0.3:
        w = rng.choice(nf.ESTATE_WORKS)
        if rng.random() < 0.5:
            st = f"{rng.choice(nf.STREETS)} {rng.randrange(1, 140)}"
            return Work(f"{w} {st}", work=w, obj=st)
        d = rng.choice(nf.DISTRICTS)
        if sector == "developer" and w in ("Boligprosjekt", "Rekkehus", "Leilighetsbygg") \
                and rng.random() < 0.5:  # a development in stages
            stage = rng.randrange(1, 4)
            return Work(f"{w} {d} byggetrinn {stage}", work=w, obj=f"{d} byggetrinn {stage}",
                        series=f"{w} {d} byggetrinn", year=stage)
        return Work(f"{w} {d}", work=w, obj=d)
    w = rng.choice(nf.WORKS)
    if re.search("Helse|sykehus|Sykehus", co.legal):
        obj = rng.choice(nf.HOSPITAL_OBJECTS)
    elif re.search("Universitet|universitet|Høgskul", co.legal):
        obj = rng.choice(nf.CAMPUS_OBJECTS)
    else:
        obj = f"{rng.choice(nf.DISTRICTS)} {rng.choice(nf.BUILDINGS)}"
    return Work(f"{w} {obj}", work=w, obj=obj)


def project_variant(kind: str, w: Work, rng: random.Random, number: str, cust_short: str,
                    cust_number: str | None) -> str | None:
    name = w.name
    if kind == "number-in-name":
        dashed = f"{number[:2]}-{number[2:]}"
        return rng.choice([f"{number} {name}", f"{number} - {name}", f"{number} – {name}",
                           f"P{number} {name}", f"{name} ({number})", f"{dashed} {name}"])
    if kind == "customer-name":
        return rng.choice([f"{cust_short} – {name}", f"{cust_short} - {name}",
                           f"{name} ({cust_short})", f"{cust_short}: {name}", f"{name}, {cust_short}"])
    if kind == "customer-number":
        return f"{cust_number} {name}" if cust_number else None
    if kind == "order":
        if not (w.work and w.obj):
            return None
        work = w.work.lower() if not w.work.isupper() else w.work
        if w.work == "Rehabilitering" and rng.random() < 0.4:
            work = "rehab"
        return f"{w.obj} – {work}" if rng.random() < 0.6 else f"{w.obj}, {work}"
    if kind == "abbrev":
        opts = [(a, b) for a, b in PROJECT_ABBREV if a in name]
        if opts:
            a, b = rng.choice(opts)
            return name.replace(a, b, 1)
        return street_abbrev(name, rng)
    if kind == "year":
        m = re.search(r"(20(\d\d))–20(\d\d)$", name)
        if m:
            return name[:m.start()] + rng.choice([f"{m.group(1)}-{m.group(3)}",
                                                  f"{m.group(2)}–{m.group(3)}",
                                                  f"{m.group(1)}/{m.group(3)}"])
        m = re.search(r" (20(\d\d))$", name)
        if m:
            y = m.group(2)
            return name[:m.start()] + rng.choice([f" {y}", f" -{y}", f" ({m.group(1)})",
                                                  f" '{y}"])
        return None
    if kind == "typo":
        return typo(name, rng)
    if kind == "compound":
        for c in COMPOUNDS:
            if c in name:
                return name.replace(c, _COMPOUND_SPLIT[c])
            if _COMPOUND_SPLIT[c] in name:
                return name.replace(_COMPOUND_SPLIT[c], c)
        return compound(name, rng) if re.search(r"(gate|veien)\b", name) else None
    if kind == "case":
        return name.upper() if rng.random() < 0.5 else name.lower()
    if kind == "letters":
        return fold_letters(name, rng)
    if kind == "word-more":
        for a, b in ((" av ", " "), ("Ny ", ""), ("Nytt ", "")):
            if a in name:
                return name.replace(a, b, 1)
        if w.work and w.obj and len(w.obj.split()) == 2 and w.obj.split()[1] in nf.BUILDINGS:
            return f"{w.work} {w.obj.split()[0]}"
        if w.series and w.year is None and len(name.split()) >= 2:
            return None
        return name + rng.choice([" – totalentreprise", " (prosjektering)", " – oppdrag"])
    if kind == "paren":
        return f"{name} ({rng.choice(TOWNS)})"
    return None


# ---- the data set -------------------------------------------------------------------------


class Builder:
    def __init__(self, seed: int) -> None:
        self.g = Gen(seed)
        self.rng = self.g.rng
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        ids = self.rng.sample(range(1_000_000, 9_999_999), 6000)
        self.tx_ids = iter(ids)
        self.local_no = {"customer": 0, "project": 0}
        self.cos: dict[str, Co] = {}  # local key -> company
        self.tx_cos: dict[int, Co] = {}  # Tripletex id -> company
        self.pair_of: dict[str, int] = {}  # local customer -> Tripletex customer
        self.proj_no = {y: self.rng.randrange(1, 40) for y in range(21, 26)}

    def key(self, kind: str) -> str:
        self.local_no[kind] += 1
        return f"{'c' if kind == 'customer' else 'p'}{self.local_no[kind]:05d}"

    def tx_customer(self, name: str, co: Co, org: bool | str = True) -> Rec:
        o = org if isinstance(org, str) else (_org(self.rng, self.g.orgs) if org else None)
        rec = Rec("customer", next(self.tx_ids), name, None, o)
        self.tx["customer"].append(rec)
        self.tx_cos[rec.id] = co
        return rec

    def local_customer(self, name: str, co: Co, number: str | None = None,
                       org: str | None = None) -> Rec:
        rec = Rec("customer", self.key("customer"), name, number, org)
        self.local["customer"].append(rec)
        self.cos[rec.id] = co
        return rec

    def next_company(self, real_share: float) -> tuple[int, Co]:
        for _ in range(200):
            co = self.g.real() if self.rng.random() < real_share else None
            co = co or self.g.make()
            ent = self.g.entity()
            if self.g.claim(ent, co.legal, *[n for _k, n in co.typed]):
                return ent, co
            if co.style == "real":  # try it without the typed names that collide
                co.typed = [(k, n) for k, n in co.typed if coarse(n) not in self.g.reg]
                if self.g.claim(ent, co.legal, *[n for _k, n in co.typed]):
                    return ent, co
        raise RuntimeError("no more company names")

    # customers ----------------------------------------------------------------------------
    def pair(self) -> None:
        r = self.rng
        ent, co = self.next_company(0.45)
        for _ in range(30):
            kind = _pick(r, CUSTOMER_KINDS)
            if kind == "same":
                variant = co.legal
                break
            typed = [n for k, n in co.typed if k == kind]
            gen = generic_variant(kind, co.legal, r, co) if kind not in TYPED_ONLY else None
            opts = typed + ([gen] if gen else [])
            opts = [o for o in opts if o != co.legal and self.g.claim(ent, o)]
            if opts:
                variant = r.choice(opts)
                break
        else:
            kind, variant = "same", co.legal
        side = "local"
        if kind in TYPED_ONLY or kind == "paren":  # the old registry has the old or short name
            side = "local"
        elif kind != "same" and r.random() < 0.35:
            side = "tx"
        local_name = variant if side == "local" else co.legal
        tx_name = co.legal if side == "local" else variant
        tags = [f"{kind}/{side}" if kind != "same" else "same"]
        # project managers often leave the legal form out
        if kind not in ("legal-form", "legal-change") and r.random() < 0.3:
            base, form = split_form(local_name)
            if form and self.g.claim(ent, base):
                local_name = base
                tags.append("+legal-form")
        if co.style == "real" and r.random() < 0.15 and kind != "case" and side == "local":
            tx_name = tx_name.upper()  # the office copied Brønnøysund's capitals
            tags.append("+case")
        if kind == "group":  # the group's own company must not be in Tripletex as well
            co.traps = []
        # a renamed firm is known by its org number: both sides carry it
        t = self.tx_customer(tx_name, co, kind == "renamed" or r.random() < 0.75)
        number = None
        x = r.random()
        if x < 0.3:
            number = "TX"  # filled in when Tripletex's numbers are dealt
        elif x < 0.45:
            number = str(r.randrange(1, 999))
        org = None
        if t.org and (kind == "renamed" or r.random() < 0.2):
            org = _org_typed(r, t.org)
        elif not t.org and r.random() < 0.08:
            org = _org(r, self.g.orgs)
        lc = self.local_customer(local_name, co, number, org)
        self.truth[("customer", lc.id)] = t.id
        self.pair_of[lc.id] = t.id
        self.tags[("customer", lc.id)] = tags
        self.tags[("customer", t.id)] = tags
        self.traps_for(co, ent, lc.id)

    def traps_for(self, co: Co, ent: int, local_key: str) -> None:
        r = self.rng
        for kind, name, asked in co.traps:
            if r.random() > (0.45 if asked else 0.15):
                continue
            trap_ent = self.g.entity()
            if not self.g.claim(trap_ent, name):
                continue
            t = self.tx_customer(name, Co(name, co.sector, "trap"), r.random() < 0.85)
            self.tags[("customer", t.id)] = [f"trap-{kind}"]
            if asked:
                self.resembles[("customer", t.id)] = local_key

    def local_only(self) -> None:
        ent, co = self.next_company(0.2)
        r = self.rng
        name = co.legal
        if r.random() < 0.4:
            opts = [n for _k, n in co.typed if self.g.claim(ent, n)]
            base, form = split_form(name)
            if form and self.g.claim(ent, base):
                opts.append(base)
            if opts:
                name = r.choice(opts)
        number = str(r.randrange(1, 999)) if r.random() < 0.15 else None
        lc = self.local_customer(name, co, number)
        self.tags[("customer", lc.id)] = ["local-only"]
        self.traps_for(co, ent, lc.id)

    def tx_new(self) -> None:
        _ent, co = self.next_company(0.25)
        t = self.tx_customer(co.legal, co, self.rng.random() < 0.8)
        self.tags[("customer", t.id)] = ["new"]

    def twins(self, how: str) -> None:
        r = self.rng
        for _ in range(50):
            if r.random() < 0.5:
                name = f"{r.choice(TWIN_NAMES)} Borettslag"
                co = Co(name, "housing", "twin")
            elif r.random() < 0.5:
                name = f"Sameiet {r.choice(TWIN_STREETS)} {r.randrange(1, 40)}"
                co = Co(name, "housing", "twin")
            else:
                title, _trade = r.choice(nf.ENK_TRADES)
                name = f"{title} {r.choice(nf.FIRST_NAMES)} {r.choice(nf.SURNAMES)}"
                co = Co(name, "person", "twin")
            ent = self.g.entity()
            if self.g.claim(ent, name):
                break
        else:
            return
        for _twin in range(2):
            co2 = Co(co.legal, co.sector, "twin", weight=1)
            t = self.tx_customer(name, co2, how != "twin-true")
            number = "TX" if how == "twin-number" or (how == "twin-org" and r.random() < 0.3) \
                else None
            org = _org_typed(r, t.org) if how == "twin-org" and t.org else None
            if how == "twin-number" and r.random() < 0.5:
                t.org = None
            lc = self.local_customer(name, co2, number, org)
            self.truth[("customer", lc.id)] = t.id
            self.pair_of[lc.id] = t.id
            self.tags[("customer", lc.id)] = [how]
            self.tags[("customer", t.id)] = [how]

    def deal_numbers(self) -> None:
        recs = list(self.tx["customer"])
        self.rng.shuffle(recs)
        for i, rec in enumerate(recs):
            rec.number = str(10001 + i)
        tx_by_id = {r.id: r for r in self.tx["customer"]}
        for rec in self.local["customer"]:
            if rec.number == "TX":
                rec.number = tx_by_id[self.pair_of[rec.id]].number

    # projects -----------------------------------------------------------------------------
    def new_number(self) -> str:
        """The consultancy's project numbers: two digits of the year and a running number."""
        year = self.rng.choice([21, 22, 23, 24, 25])
        self.proj_no[year] += self.rng.randrange(1, 4)
        return f"{year}{self.proj_no[year]:03d}"

    def projects(self, total: int) -> None:
        r = self.rng
        tx_by_id = {t.id: t for t in self.tx["customer"]}
        customers = self.local["customer"]
        weights = [self.cos[c.id].weight for c in customers]
        scopes: dict[str, dict[str, int]] = {}  # scope -> coarse key -> project entity
        local_count = 0
        ent = 0

        def claim(scope: str, e: int, *names: str) -> bool:
            reg = scopes.setdefault(scope, {})
            keys = [coarse(n) for n in names]
            if any(not k or (k in reg and reg[k] != e) for k in keys):
                return False
            for k in keys:
                reg[k] = e
            return True

        while local_count < total:
            lc = r.choices(customers, weights)[0]
            co = self.cos[lc.id]
            tx_id = self.pair_of.get(lc.id)
            scope = f"c:{lc.id}"
            ent += 1
            w = make_work(r, co)
            if not claim(scope, ent, w.name):
                continue
            if tx_id is None or r.random() < 0.12:  # local-only project
                name = w.name if r.random() < 0.7 else r.choice(nf.LOCAL_ONLY_PROJECTS)
                if name != w.name and not claim(scope, ent, name):
                    continue
                lp = Rec("project", self.key("project"), name, None, None, lc.id)
                self.local["project"].append(lp)
                self.tags[("project", lp.id)] = ["local-only"]
                local_count += 1
                continue
            t_cust = tx_by_id[tx_id]
            number = self.new_number()
            kind, variant, side = "same", w.name, "local"
            for _ in range(20):
                k = _pick(r, PROJECT_KINDS)
                if k == "same":
                    break
                side = "tx" if k in ("customer-name", "abbrev", "typo", "case", "compound",
                                     "order", "word-more") and r.random() < 0.3 else "local"
                # the customer as people call it: the name without its legal form, a brand
                shorts = [split_form(co.legal)[0]] + [n for kk, n in co.typed if kk in
                                                       ("word-more", "abbrev", "legal-form")]
                cust = r.choice(shorts) if side == "local" else split_form(t_cust.name)[0]
                v = project_variant(k, w, r, number, cust, t_cust.number)
                if v and v != w.name and claim(scope, ent, v):
                    kind, variant = k, v
                    break
            else:
                side = "local"
            if kind == "same":
                side = "local"
            local_name = variant if side == "local" else w.name
            tx_name = w.name if side == "local" else variant
            tp = Rec("project", next(self.tx_ids), tx_name, number, None, tx_id)
            lp_number = number if kind != "number-in-name" and r.random() < 0.2 else None
            lp = Rec("project", self.key("project"), local_name, lp_number, None, lc.id)
            self.tx["project"].append(tp)
            self.local["project"].append(lp)
            local_count += 1
            self.truth[("project", lp.id)] = tp.id
            tag = ["same"] if kind == "same" else [f"{kind}/{side}"]
            self.tags[("project", lp.id)] = tag
            self.tags[("project", tp.id)] = tag
            local_count += self.subs(w, tp, lp, r.random() < 0.2)
            # Tripletex's projects beside it: another year, "Påbygg" beside "Tilbygg", ...
            self.project_traps(w, tp, lp, scope, claim)
            if r.random() < 0.35:
                ent += 1
                w2 = make_work(r, co)
                if claim(scope, ent, w2.name):
                    t2 = Rec("project", next(self.tx_ids), w2.name, self.new_number(), None, tx_id)
                    self.tx["project"].append(t2)
                    self.tags[("project", t2.id)] = ["new"]
        # Tripletex's customers new to the time tracker have projects too
        paired = set(self.pair_of.values())
        for t in self.tx["customer"]:
            if t.id in paired:
                continue
            co = self.tx_cos[t.id]
            seen: set[str] = set()
            for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
                w = make_work(r, co)
                if coarse(w.name) in seen:
                    continue
                seen.add(coarse(w.name))
                tp = Rec("project", next(self.tx_ids), w.name, self.new_number(), None, t.id)
                self.tx["project"].append(tp)
                self.tags[("project", tp.id)] = ["new"]

    def project_traps(self, w: Work, tp: Rec, lp: Rec, scope: str, claim) -> None:
        r = self.rng
        trap = None
        if w.work in ("Tilbygg", "Påbygg") and r.random() < 0.5:
            other = "Påbygg" if w.work == "Tilbygg" else "Tilbygg"
            trap = ("tilbygg-pabygg", f"{other} {w.obj}")
        elif w.series and w.year and w.year < 10 and r.random() < 0.6:
            trap = ("next-stage", f"{w.series} {w.year + 1}")
        elif w.series and w.year and r.random() < 0.4:
            trap = ("next-year", f"{w.series} {w.year + 1}")
        elif w.work and w.obj and len(w.obj.split()) == 2 and w.obj.split()[1] in nf.BUILDINGS \
                and r.random() < 0.1:
            d, b = w.obj.split()
            other = r.choice([x for x in nf.BUILDINGS if x != b])
            trap = ("other-building", f"{w.work} {d} {other}")
        if trap is None:
            return
        e = -tp.id
        if not claim(scope, e, trap[1]):
            return
        t = Rec("project", next(self.tx_ids), trap[1], self.new_number(), None, tp.customer)
        self.tx["project"].append(t)
        self.tags[("project", t.id)] = [f"trap-{trap[0]}"]
        self.resembles[("project", t.id)] = lp.id

    def subs(self, w: Work, tp: Rec, lp: Rec, with_subs: bool) -> int:
        """Level-2 sub-projects (disciplines or phases) under a main project pair; returns the
        number of local records made."""
        if not with_subs:
            return 0
        r = self.rng
        if r.random() < 0.55:
            chosen = r.sample(nf.DISCIPLINES, r.randrange(2, 6))
            items = [(code, long) for code, long in chosen]
        else:
            phases = r.sample(nf.PHASES, r.randrange(2, 5))
            items = [(p, p) for p in phases]
        made = 0
        short_obj = w.obj or w.name
        seen_local: list[str] = []
        for i, (code, long) in enumerate(items):
            office = code if r.random() < 0.6 else long
            t = Rec("project", next(self.tx_ids), office, f"{tp.number}-{i + 1}", None,
                    tp.customer, tp.id)
            self.tx["project"].append(t)
            if r.random() < 0.05:  # level 3: skipped by the product
                t3 = Rec("project", next(self.tx_ids), f"{office} – {r.choice(['Fundamentering', 'Prefab', 'Tilleggsarbeid'])}",
                         f"{t.number}-1", None, tp.customer, t.id)
                self.tx["project"].append(t3)
                self.tags[("project", t3.id)] = ["level-3"]
            if r.random() < 0.25:
                self.tags[("project", t.id)] = ["new"]
                continue
            kind = _pick(r, SUB_KINDS)
            name = office
            if kind == "abbrev":
                if code != long:
                    name = long if office == code else code
                elif long in SUB_ABBREV:
                    name = r.choice(SUB_ABBREV[long])
                else:
                    kind = "same"
            elif kind == "parent-name":
                name = r.choice([f"{short_obj} – {office}", f"{office} {short_obj}",
                                 f"{short_obj} {office}"])
            elif kind == "case":
                name = office.upper() if not office.isupper() else office.lower()
            elif kind == "typo":
                name = typo(office, r) or office
                kind = kind if name != office else "same"
            elif kind == "number-form":
                m = re.match(r"Fase (\d)$", office)
                if m:
                    name = f"Fase {['I', 'II', 'III'][int(m.group(1)) - 1]}"
                else:
                    kind = "same"
            if any(coarse(name) == coarse(x) for x in seen_local):
                continue
            seen_local.append(name)
            lsub = Rec("project", self.key("project"), name, None, None, lp.customer, lp.id)
            self.local["project"].append(lsub)
            made += 1
            self.truth[("project", lsub.id)] = t.id
            tag = ["same"] if kind == "same" else [f"sub-{kind}/local"]
            self.tags[("project", lsub.id)] = tag
            self.tags[("project", t.id)] = tag
        if r.random() < 0.3:
            extra = r.choice(["Tilbud", "Befaring", "Intern koordinering"])
            if all(coarse(extra) != coarse(x) for x in seen_local):
                lsub = Rec("project", self.key("project"), extra, None, None, lp.customer, lp.id)
                self.local["project"].append(lsub)
                self.tags[("project", lsub.id)] = ["local-only"]
                made += 1
        return made


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    b = Builder(seed)
    r = b.rng
    twin_groups = max(1, round(customers * 0.02))
    pairs = round(customers * 0.68) - 2 * twin_groups
    local_only = customers - pairs - 2 * twin_groups
    tx_new = round(customers * 0.62)
    roles = ["pair"] * pairs + ["local"] * local_only + ["new"] * tx_new
    r.shuffle(roles)
    for role in roles:
        {"pair": b.pair, "local": b.local_only, "new": b.tx_new}[role]()
    for i in range(twin_groups):
        b.twins(["twin-number", "twin-org", "twin-true"][i % 3])
    b.deal_numbers()
    b.projects(projects)
    for kind in ("customer", "project"):
        r.shuffle(b.local[kind])
        r.shuffle(b.tx[kind])
    return DataSet(seed, b.local, b.tx, b.truth, b.tags, b.resembles)
