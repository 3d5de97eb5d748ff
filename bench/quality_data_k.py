"""An eleventh data set for `bench/matching_quality.py` (`--data k`), written independently of
the matcher and of the other generators: the registry of an IT consultancy and an electrical
contractor that share their books (one group, two firms), beside their Tripletex company.

- customers: real Norwegian groups, their subsidiaries and units ("Equinor ASA", "Equinor
  Energy AS", "Kongsberg Maritime AS", "SpareBank 1 SMN", "Oslo universitetssykehus HF"),
  typed with an English name ("Equinor Energi" / "Equinor Energy"), "Norge"/"Norway", the group
  for the subsidiary, a former name (Statoil, NSB, Hafslund Nett, BKK), an acronym or the
  short brand, a department or site written in ("Kongsberg Maritime AS avd. Horten"); SMBs by
  surname and trade, place and trade or a made-up brand ("Nordlys Consulting AS"), ENKs,
  borettslag ("Lia Borettslag" / "Lia BRL" / "Borettslaget Lia"), sameier ("Sameiet Storgata
  12" / "Storgata 12 Sameie" / "Sa. Storgt. 12"), municipalities and their units, schools;
- spelling kinds, each both ways (the tag "kind/local" or "kind/tx" names the side that carries
  the variant): case (Brønnøysund's capitals), æ/ø/å, legal form dropped or changed, "A/S" and
  other punctuation, "&"/"og", typos, abbreviations (Cons., BRL, Sa., Mgmt, Tech, El., vgs),
  compounds split or joined ("Byggservice" / "Bygg Service"), a word more or less, word order,
  "Norge"/"Norway", English names, former names, acronyms, short names, the group, the
  department; a second, cosmetic difference on some ("+case");
- twins: one name twice in Tripletex told apart by org number (two schools of one name), by
  customer number (one company entered twice, same org number), by nothing ("twin-true"), and a
  company beside its own department with the same org number ("twin-dept"); traps: new
  Tripletex customers that are another company named alike (the group's sister, another
  SpareBank 1 bank, the same surname in another trade, the same trade in another place, a near
  surname, the holding company, the neighbouring borettslag "Lia Terrasse Borettslag", the
  next house number's sameie, the municipality's other unit, the area's other school);
- local-only customers, and many Tripletex customers new to the time tracker; customer
  numbers shared where the registry was imported from Tripletex earlier, own or none else; org
  numbers mod-11 valid, on both sides, on one or none;
- projects: IT and electrical jobs under their customer ("Migrering til Microsoft 365",
  "Nettverk og brannmur", "Service 2025", "Rammeavtale 2024-2026", "Ladeanlegg borettslag"),
  spelt with a year form ("25", "24-26"), the customer's name or number written in, a word
  more or less, an abbreviation (M365, IK-el), a compound, word order, a typo or case;
  sub-projects of a main project (phases, cabling, materials) with the parent's name written
  in or a number; traps: next year's job, the next phase.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field

from bench import quality_names_k as qn
from bench.quality_data import DataSet, Rec, _org, normalize_name

CUSTOMER_KINDS: dict[str, int] = {
    "same": 24, "case": 6, "letters": 5, "legal-form": 8, "legal-change": 3, "punct": 3, "og": 2,
    "typo": 6, "abbrev": 8, "compound": 5, "word-more": 5, "order": 4, "norge": 3, "english": 3,
    "former": 2, "acronym": 2, "short": 4, "group": 1, "dept": 2,
}
# a real company is typed by its brand, acronym, English, former or group name more often
REAL_KINDS: dict[str, int] = {**CUSTOMER_KINDS, "english": 12, "former": 10, "acronym": 12,
                              "short": 25, "group": 5, "norge": 8, "dept": 6}
EXTRA_KINDS: dict[str, int] = {"case": 3, "legal-form": 3, "letters": 1}
CATEGORIES: dict[str, int] = {
    "real": 24, "surname": 20, "place": 10, "fancy": 9, "enk": 3, "brl": 10, "sameie": 7,
    "kommune": 3, "unit": 3, "school": 5,
}
ORG_IN_TX: dict[str, float] = {
    "real": 0.95, "surname": 0.85, "place": 0.85, "fancy": 0.85, "enk": 0.5, "brl": 0.85,
    "sameie": 0.75, "kommune": 0.95, "unit": 0.8, "school": 0.8,
}
PROJECTS_PER: dict[str, float] = {  # how many projects a customer of a category tends to have
    "real": 2.6, "surname": 1.4, "place": 1.4, "fancy": 1.5, "enk": 0.7, "brl": 1.2,
    "sameie": 1.0, "kommune": 2.4, "unit": 1.8, "school": 1.0,
}
PROJECT_KINDS: dict[str, int] = {
    "same": 30, "year": 9, "customer-name": 7, "customer-number": 3, "abbrev": 6, "compound": 4,
    "word-more": 6, "order": 3, "typo": 6, "case": 4, "punct": 3,
}
SUB_KINDS: dict[str, int] = {"same": 45, "typo": 8, "case": 8, "parent-name": 12, "abbrev": 6,
                             "numbered": 8, "compound": 3}
SUB_ABBREV = {"Prosjektledelse": ["PL", "Prosj.ledelse"], "Dokumentasjon": ["Dok.", "Dokum."],
              "Idriftsettelse": ["Idrifts."], "Materiell": ["Mat.", "Matr."],
              "Reise og diett": ["Reise/diett"], "Opplæring": ["Oppl."],
              "Kartlegging": ["Kartl."], "Montasje": ["Mont."]}
NEAR_SURNAMES = [("Hansen", "Hanssen"), ("Johansen", "Johannessen"), ("Jakobsen", "Jacobsen"),
                 ("Kristiansen", "Christiansen"), ("Nilsen", "Nielsen"), ("Kristensen", "Christensen"),
                 ("Andresen", "Andreassen"), ("Knutsen", "Knudsen"), ("Pettersen", "Petersen"),
                 ("Jensen", "Jenssen"), ("Olsen", "Olssen"), ("Eriksen", "Erichsen")]
KEYBOARD = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]
LETTER_MAPS = [{"ø": "o", "å": "a", "æ": "a"}, {"ø": "oe", "å": "aa", "æ": "ae"},
               {"ø": "o", "å": "aa", "æ": "ae"}]
FORM_RE = re.compile(r"\s+(" + "|".join(qn.LEGAL_FORMS) + r")$")


def _pick(rng: random.Random, weights: dict[str, int] | dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def split_form(name: str) -> tuple[str, str | None]:
    m = FORM_RE.search(name)
    return (name[:m.start()], m.group(1)) if m else (name, None)


def cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@dataclass
class Real:
    family: str
    name: str
    hand: dict[str, list[str]]
    sites: list[str]


def reals() -> list[Real]:
    out = []
    for line in qn.REAL.strip().splitlines():
        family, name, kinds, sites = [x.strip() for x in (line + " | |").split("|")[:4]]
        hand: dict[str, list[str]] = {}
        for part in kinds.split(";"):
            if "=" in part:
                k, v = part.split("=", 1)
                hand.setdefault(k.strip(), []).append(v.strip())
        out.append(Real(family, name, hand, [s.strip() for s in sites.split(",") if s.strip()]))
    return out


@dataclass
class Co:
    """One company (or public body, borettslag ...) as Brønnøysund registers it."""

    name: str
    cat: str
    family: str
    hand: dict[str, list[str]] = field(default_factory=dict)
    sites: list[str] = field(default_factory=list)
    parts: dict[str, str] = field(default_factory=dict)


@dataclass
class PName:
    """A project's name: the template it came from, its year(s) and the canonical text."""

    template: str
    text: str
    year: str | None = None
    years: tuple[str, str] | None = None
    optional: str | None = None  # the [word] of the template, when it has one
    with_optional: bool = False


# ---- spelling variants of a name ------------------------------------------------------------


def typo(name: str, rng: random.Random) -> str | None:
    words = name.split()
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()
           and w.upper() not in qn.LEGAL_FORMS]
    if not idx:
        return None
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    op = rng.choice(["swap", "drop", "double", "near"])
    if op == "swap":
        new = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == "drop":
        new = w[:j] + w[j + 1:]
    elif op == "double":
        new = w[:j] + w[j] + w[j:]
    else:
        low = w[j].lower()
        row = next((r for r in KEYBOARD if low in r), None)
        if row is None:
            return None
        k = row.index(low)
        near = [row[x] for x in (k - 1, k + 1) if 0 <= x < len(row)]
        c = rng.choice(near)
        new = w[:j] + (c.upper() if w[j].isupper() else c) + w[j + 1:]
    if new == w:
        return None
    words[i] = new
    return " ".join(words)


def case_variant(name: str, rng: random.Random) -> str | None:
    stem, form = split_form(name)
    opts = {name.upper(): 4, " ".join(cap(w) for w in name.split()): 2, name.lower(): 1}
    if form:
        opts[f"{stem} {form.lower()}"] = 1
    opts = {k: v for k, v in opts.items() if k != name}
    return _pick(rng, opts) if opts else None


def letters_variant(name: str, rng: random.Random) -> str | None:
    if not re.search("[æøåÆØÅ]", name):
        return None
    m = rng.choice(LETTER_MAPS)

    def fold(ch: str) -> str:
        low = ch.lower()
        if low not in m:
            return ch
        return cap(m[low]) if ch.isupper() and not name.isupper() else (
            m[low].upper() if ch.isupper() else m[low])
    return "".join(fold(ch) for ch in name)


def punct_variant(name: str, rng: random.Random) -> str | None:
    stem, form = split_form(name)
    opts = []
    if form == "AS":
        opts += [f"{stem} A/S", f"{stem} A.S.", f"{stem}, AS"]
    elif form:
        opts.append(f"{stem}, {form}")
    if re.search(r"\w-\w", name):
        opts.append(re.sub(r"(\w)-(\w)", r"\1 \2", name, count=1))
    if "." in stem:
        opts.append(name.replace(".", "", 1))
    if "'" in name:
        opts.append(name.replace("'", ""))
    if " - " in name:
        opts.append(name.replace(" - ", " – "))
    opts = [o for o in opts if o != name]
    return rng.choice(opts) if opts else None


def og_variant(name: str) -> str | None:
    if " & " in name:
        return name.replace(" & ", " og ", 1)
    if " og " in name:
        return name.replace(" og ", " & ", 1)
    return None


def abbrev_variant(name: str, rng: random.Random, hand: list[str]) -> str | None:
    opts = list(hand)
    if "videregående skole" in name:
        opts.append(name.replace("videregående skole", rng.choice(["vgs", "VGS", "v.g.s."])))
    if "SpareBank 1 " in name:
        opts.append(name.replace("SpareBank 1 ", rng.choice(["SB1 ", "Sparebank1 ", "SpB1 "])))
    for street, short in ((r"(\w)gata\b", r"\1gt."), (r"(\w)veien\b", r"\1vn."),
                          (r" gate\b", " gt."), (r" gaten\b", " gt.")):
        if re.search(street, name):
            opts.append(re.sub(street, short, name, count=1))
    words = name.split()
    for i, w in enumerate(words):
        key = w.lower().strip(",")
        if key in qn.ABBREV:
            short = rng.choice(qn.ABBREV[key])
            opts.append(" ".join(words[:i] + [short] + words[i + 1:]))
    opts = [o for o in opts if o != name]
    return rng.choice(opts) if opts else None


def trade_forms(trade: str) -> list[str]:
    """The ways a trade compound is written: joined first."""
    if "|" not in trade:
        return [trade]
    a, b = trade.split("|")
    if a.endswith("-"):
        return [a + b, f"{a[:-1]} {b}", f"{a[:-1]}{b}"]
    return [a + b.lower(), f"{a} {cap(b)}", f"{a}-{b.lower()}", f"{a} {b.lower()}"]


# ---- the generator ---------------------------------------------------------------------------


class Gen:
    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed * 7919 + 11)
        self.n_c, self.n_p = customers, projects
        self.n_tx_c = round(customers * 5 / 3)
        self.n_tx_p = round(projects * 9 / 5)
        self.reals = reals()
        self.rng.shuffle(self.reals)
        self.municipalities = list(qn.MUNICIPALITIES)
        self.rng.shuffle(self.municipalities)
        self.orgs: set[str] = set()
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.co: dict[tuple[str, str | int], Co] = {}  # (side, id) -> company
        self.pair_tx: dict[str, Rec] = {}  # local customer key -> its Tripletex customer
        self.policy: dict[str, str] = {}  # local customer key -> copy | own | none
        self.owner: dict[tuple[object, str], list[tuple[str | None, int]]] = {}
        self.groups = 0
        self.tx_ids = {"customer": self._pool(100_001, 6 * customers + 100),
                       "project": self._pool(200_001, 6 * projects + 400)}
        self.local_keys = {"customer": self._pool(1, 4 * customers + 100),
                           "project": self._pool(1, 4 * projects + 400)}
        self.own_numbers = self._pool(1, 999)
        self.project_pairs: list[tuple[Rec, Rec, PName]] = []  # main projects paired
        self.year_of: dict[int, PName] = {}

    def _pool(self, start: int, n: int) -> list[int]:
        ids = list(range(start, start + n))
        self.rng.shuffle(ids)
        return ids

    # ---- records, claims, tags ---------------------------------------------------------------

    def add(self, side: str, kind: str, name: str, org: str | None = None,
            customer: str | int | None = None, parent: str | int | None = None) -> Rec:
        if side == "tx":
            rid: str | int = self.tx_ids[kind].pop()
        else:
            rid = f"{kind[0]}-{self.local_keys[kind].pop()}"
        rec = Rec(kind, rid, name, None, org, customer, parent)
        (self.tx if side == "tx" else self.local)[kind].append(rec)
        return rec

    def tag(self, kind: str, rid: str | int, *tags: str) -> None:
        self.tags.setdefault((kind, rid), []).extend(tags)

    def group(self) -> int:
        self.groups += 1
        return self.groups

    def claim(self, scope: object, names: list[str], group: int) -> bool:
        """Reserve names for one company (or project) in a scope: False when another one holds a
        name the sure rules would take for it (same normalised base, legal forms compatible)."""
        keys = []
        for n in names:
            nn = normalize_name(n)
            if not nn.base:
                return False
            for form, g in self.owner.get((scope, nn.base), []):
                if g != group and (form is None or nn.legal_form is None or form == nn.legal_form):
                    return False
            keys.append((nn.base, nn.legal_form))
        for base, form in keys:
            self.owner.setdefault((scope, base), []).append((form, group))
        return True

    def tx_org(self, co: Co) -> str | None:
        return _org(self.rng, self.orgs) if self.rng.random() < ORG_IN_TX[co.cat] else None

    def typed_org(self, org: str | None) -> str | None:
        if org is None:
            return None
        r = self.rng.random()
        if r < 0.7:
            return org
        return f"{org[:3]} {org[3:6]} {org[6:]}" if r < 0.9 else f"NO {org} MVA"

    # ---- companies ---------------------------------------------------------------------------

    def company(self, cat: str | None = None) -> Co:
        rng = self.rng
        cat = cat or _pick(rng, CATEGORIES)
        if cat == "real" and not self.reals:
            cat = "surname"
        if cat in ("kommune", "unit") and not self.municipalities:
            cat = "school"
        if cat == "real":
            r = self.reals.pop()
            return Co(r.name, "real", r.family, r.hand, r.sites)
        if cat in ("surname", "place", "enk"):
            trade = rng.choice(qn.TRADES)
            tform = rng.choice(trade_forms(trade)) if rng.random() < 0.3 else trade_forms(trade)[0]
            parts = {"trade": trade, "tform": tform}
        if cat == "surname":
            s = rng.choice(qn.SURNAMES)
            parts["surname"] = s
            r = rng.random()
            if r < 0.72:
                stem = f"{s} {tform}"
            elif r < 0.82:
                stem = f"Brødrene {s}" + (f" {tform}" if rng.random() < 0.5 else "")
            elif r < 0.92:
                stem = f"{s} & Sønn {tform}" if rng.random() < 0.5 else f"{s} og Sønner {tform}"
            else:
                s2 = rng.choice([x for x in qn.SURNAMES if x != s])
                stem = f"{s} & {s2} {tform}"
            form = _pick(rng, {"AS": 85, "DA": 4, "ANS": 4, "": 7}) or None
            return Co(f"{stem} {form}" if form else stem, cat, f"s:{s}", parts=parts)
        if cat == "place":
            p = rng.choice(qn.PLACES)
            parts["place"] = p
            form = _pick(rng, {"AS": 92, "SA": 3, "": 5}) or None
            stem = f"{p} {tform}"
            return Co(f"{stem} {form}" if form else stem, cat, f"p:{p}", parts=parts)
        if cat == "fancy":
            f = rng.choice(qn.FANCY)
            t = rng.choice(qn.TRADES_EN)
            return Co(f"{f} {t} AS", cat, f"f:{f}", parts={"fancy": f, "trade": t, "tform": t})
        if cat == "enk":
            first, s = rng.choice(qn.FIRST_NAMES), rng.choice(qn.SURNAMES)
            parts.update(first=first, surname=s)
            stem = f"{first} {s}" + (f" {tform}" if rng.random() < 0.6 else "")
            return Co(stem + (" ENK" if rng.random() < 0.35 else ""), cat, f"e:{s}", parts=parts)
        if cat == "brl":
            x = rng.choice(qn.AREAS) if rng.random() < 0.7 else rng.choice(qn.BRL_PLACES)
            name = f"{x} Borettslag" if rng.random() < 0.75 else f"Borettslaget {x}"
            return Co(name, cat, f"b:{x}", parts={"area": x})
        if cat == "sameie":
            street = rng.choice(qn.STREETS)
            no = str(rng.randint(1, 120)) + (rng.choice("ABC") if rng.random() < 0.1 else "")
            addr = f"{street} {no}"
            name = _pick(rng, {f"Sameiet {addr}": 55, f"{addr} Sameie": 25,
                               f"Eierseksjonssameiet {addr}": 10, f"Boligsameiet {addr}": 10})
            return Co(name, cat, f"sa:{street}", parts={"street": street, "no": no, "addr": addr})
        if cat == "kommune":
            m = self.municipalities.pop()
            return Co(f"{m} kommune", cat, f"k:{m}", parts={"m": m})
        if cat == "unit":
            m = self.municipalities.pop()
            u = rng.choice(qn.UNITS)
            return Co(f"{m} kommune {u}", cat, f"k:{m}", parts={"m": m, "unit": u})
        a = rng.choice(qn.AREAS)
        k = _pick(rng, qn.SCHOOL_KINDS)
        return Co(f"{a} {k}", "school", f"sk:{a}", parts={"area": a, "school": k})

    # ---- a company's name spelt another way ----------------------------------------------

    def variant(self, co: Co, kind: str) -> str | None:
        rng, name = self.rng, co.name
        stem, form = split_form(name)
        hand = co.hand.get(kind, [])
        if kind in ("english", "former", "acronym", "short", "group"):
            return rng.choice(hand) if hand else None
        if kind == "case":
            return case_variant(name, rng)
        if kind == "letters":
            return letters_variant(name, rng)
        if kind == "legal-form":
            return stem if form and len(stem) > 2 else None
        if kind == "legal-change":
            if hand:
                return rng.choice(hand)
            if co.cat != "real" and form == "AS":
                return f"{stem} {rng.choice(['ENK', 'ENK', 'DA', 'ANS'])}"
            return f"{stem} {rng.choice(qn.LEGAL_CHANGE[form])}" if form in qn.LEGAL_CHANGE else None
        if kind == "punct":
            return rng.choice(hand) if hand else punct_variant(name, rng)
        if kind == "og":
            return og_variant(name)
        if kind == "typo":
            return typo(name, rng)
        if kind == "abbrev":
            return abbrev_variant(name, rng, hand)
        if kind == "compound":
            return self.compound(co, hand)
        if kind == "word-more":
            return self.word_more(co)
        if kind == "order":
            return self.order(co, hand)
        if kind == "norge":
            return self.norge(co)
        if kind == "dept":
            return self.dept(co)
        raise ValueError(kind)

    def compound(self, co: Co, hand: list[str]) -> str | None:
        rng, name = self.rng, co.name
        if hand:
            return rng.choice(hand)
        tform = co.parts.get("tform")
        if tform and "|" in co.parts.get("trade", "") and tform in name:
            others = [f for f in trade_forms(co.parts["trade"]) if f != tform]
            return name.replace(tform, rng.choice(others), 1)
        if co.cat == "place" and " " not in tform_or(co) and "-" not in tform_or(co):
            p, t = co.parts["place"], co.parts["tform"]
            return name.replace(f"{p} {t}", p + t.lower(), 1)
        m = re.search(r"(\w+) (gate|gaten)\b", name)
        if m:
            return name.replace(m.group(0), m.group(1) + m.group(2), 1)
        if co.cat == "sameie" and name.startswith("Boligsameiet"):
            return name.replace("Boligsameiet", "Bolig Sameiet", 1)
        return None

    def word_more(self, co: Co) -> str | None:
        rng, name = self.rng, co.name
        stem, form = split_form(name)
        with_form = (lambda s: f"{s} {form}") if form else (lambda s: s)
        drops = [w for w in qn.OPTIONAL_WORDS if f" {w}" in stem and len(
            stem.replace(f" {w}", "").split()) >= 2]
        opts = [with_form(stem.replace(f" {w}", "", 1)) for w in drops]
        if co.cat in ("surname", "place", "fancy"):
            w = rng.choice(qn.ADDED_WORDS)
            if w not in stem:
                opts.append(with_form(f"{stem} {w}"))
        if co.cat == "surname":
            opts.append(with_form(f"{stem} {rng.choice(qn.PLACES)}"))
        if co.cat == "school":
            a, k = co.parts["area"], co.parts["school"]
            if k == "skole":
                opts.append(f"{a} skole og SFO")
            opts.append(f"{a} {k} {rng.choice(['Oslo', 'Bærum', 'Asker'])}")
        if co.cat == "brl":
            opts.append(name.replace("Borettslag", "Boligborettslag").replace(
                "Borettslaget", "Boligborettslaget"))
        if co.cat == "kommune":
            opts.append(f"{name} sentraladministrasjon")
        opts = [o for o in opts if o != name]
        return rng.choice(opts) if opts else None

    def order(self, co: Co, hand: list[str]) -> str | None:
        rng, name = self.rng, co.name
        if hand:
            return rng.choice(hand)
        stem, form = split_form(name)
        if co.cat == "brl":
            x = co.parts["area"]
            return f"Borettslaget {x}" if name.endswith("Borettslag") else f"{x} Borettslag"
        if co.cat == "sameie":
            a = co.parts["addr"]
            return f"{a} Sameie" if name.startswith("Sameiet") else f"Sameiet {a}"
        if co.cat == "unit":
            return f"{co.parts['unit']}, {co.parts['m']} kommune"
        if co.cat == "enk":
            first, s = co.parts["first"], co.parts["surname"]
            return name.replace(f"{first} {s}", rng.choice([f"{s} {first}", f"{s}, {first}"]), 1)
        if " og " in stem and co.cat != "real":
            a, b = stem.rsplit(" og ", 1)
            wa = a.split()
            if len(wa) >= 2 and b and " " not in b:
                new = " ".join(wa[:-1] + [b, "og", wa[-1]])
                return f"{new} {form}" if form else new
        if co.cat == "surname" and stem == f"{co.parts['surname']} {co.parts['tform']}" \
                and " " not in co.parts["tform"]:
            s, t = co.parts["surname"], co.parts["tform"]
            new = rng.choice([f"{t} {s}", f"{t}-{s}"])
            return f"{new} {form}" if form else new
        if co.cat == "school":
            return f"{cap(co.parts['school'])} {co.parts['area']}" if co.parts["school"] != \
                "skole" else None
        return None

    def norge(self, co: Co) -> str | None:
        rng, name = self.rng, co.name
        hand = co.hand.get("norge", [])
        if hand:
            return rng.choice(hand)
        if " Norge" in name:
            return name.replace(" Norge", rng.choice([" Norway", " Norway", ""]), 1)
        if " Norway" in name:
            return name.replace(" Norway", rng.choice([" Norge", " Norge", ""]), 1)
        if co.cat in ("surname", "fancy", "place") and rng.random() < 0.5:
            stem, form = split_form(name)
            return f"{stem} Norge {form}" if form else None
        return None

    def dept(self, co: Co) -> str | None:
        rng, name = self.rng, co.name
        stem, form = split_form(name)
        if co.cat == "kommune":
            u = rng.choice(qn.UNITS)
            co.parts["dept"] = u
            return rng.choice([f"{name} v/ {u}", f"{name}, {u}", f"{name} - {u}"])
        if co.cat not in ("real", "surname", "place", "fancy"):
            return None
        site = rng.choice(co.sites) if co.sites else rng.choice(qn.PLACES)
        if site in name:
            return None
        co.parts["dept"] = site
        return rng.choice([f"{name} avd. {site}", f"{name} avd {site}", f"{stem} - {site}",
                           f"{stem} {site}", f"{name}, {site}", f"{name} ({site})",
                           f"{stem} avdeling {site}"])

    # ---- customers -----------------------------------------------------------------------

    def customer_pair(self, co: Co | None = None, kinds: dict[str, int] | None = None,
                      policy: str | None = None, tags: tuple[str, ...] = ()) -> Rec | None:
        rng = self.rng
        co = co or self.company()
        for _ in range(10):
            kind = _pick(rng, kinds or (REAL_KINDS if co.cat == "real" else CUSTOMER_KINDS))
            variant = co.name if kind == "same" else self.variant(co, kind)
            if not variant or (kind != "same" and variant == co.name):
                continue
            side = "local" if rng.random() < 0.55 else "tx"
            extra = None
            if kind != "same" and rng.random() < 0.15:
                extra = _pick(rng, {k: w for k, w in EXTRA_KINDS.items()
                                    if k != kind and not (k == "legal-form" and kind == "legal-change")})
                tmp = Co(variant, co.cat, co.family)
                v2 = self.variant(tmp, extra)
                if v2 and v2 != co.name:
                    variant = v2
                else:
                    extra = None
            tx_name, loc_name = (co.name, variant) if side == "local" else (variant, co.name)
            g = self.group()
            if not self.claim("c", [tx_name, loc_name], g):
                continue
            tx = self.add("tx", "customer", tx_name, self.tx_org(co))
            loc = self.add("local", "customer", loc_name)
            self.link(tx, loc, co, policy)
            t = ["same"] if kind == "same" else [f"{kind}/{side}"]
            if extra:
                t.append(f"+{extra}")
            self.tag("customer", loc.id, *t, *tags)
            self.tag("customer", tx.id, *t, *tags)
            return loc
        return None

    def link(self, tx: Rec, loc: Rec, co: Co, policy: str | None = None,
             org_copy: float = 0.3) -> None:
        self.truth[("customer", loc.id)] = tx.id
        self.pair_tx[loc.id] = tx
        self.co[("tx", tx.id)] = self.co[("local", loc.id)] = co
        if loc.org is None and tx.org and self.rng.random() < org_copy:
            loc.org = self.typed_org(tx.org)
        self.policy[loc.id] = policy or _pick(self.rng, {"copy": 35, "own": 12, "none": 53})

    def local_only(self) -> bool:
        co = self.company()
        name = co.name
        if self.rng.random() < 0.25:
            name = self.variant(co, _pick(self.rng, {"case": 1, "legal-form": 2, "abbrev": 2,
                                                     "typo": 1})) or name
        if not self.claim("c", [name], self.group()):
            return False
        loc = self.add("local", "customer", name,
                       self.typed_org(_org(self.rng, self.orgs)) if self.rng.random() < 0.2
                       else None)
        self.co[("local", loc.id)] = co
        self.policy[loc.id] = "own" if self.rng.random() < 0.3 else "none"
        self.tag("customer", loc.id, "local-only")
        return True

    def new_customer(self) -> bool:
        co = self.company()
        name = co.name.upper() if self.rng.random() < 0.12 else co.name
        if not self.claim("c", [name], self.group()):
            return False
        tx = self.add("tx", "customer", name, self.tx_org(co))
        self.co[("tx", tx.id)] = co
        return True

    def twin(self, how: str) -> bool:
        """Two Tripletex customers of one name (or a company beside its department)."""
        rng = self.rng
        cat = {"twin-org": rng.choice(["school", "sameie", "enk"]),
               "twin-number": rng.choice(["real", "real", "brl"]),
               "twin-true": rng.choice(["school", "sameie", "enk"]),
               "twin-dept": rng.choice(["real", "kommune"])}[how]
        co = self.company(cat)
        g = self.group()
        if how == "twin-dept":
            d = self.dept(co)
            if not d or not self.claim("c", [co.name], g):
                return False
            gd = self.group()
            site = co.parts["dept"]
            stem, _form = split_form(co.name)
            d_local = rng.choice([d, f"{stem} - {site}", f"{stem} {site}", f"{co.name} avd. {site}"]
                                 if co.cat == "real" else [d, f"{co.name} {site}"])
            if not self.claim("c", [d, d_local], gd):
                return False
            org = _org(rng, self.orgs)
            main = self.add("tx", "customer", co.name, org)
            dept = self.add("tx", "customer", d, org)
            dl = self.add("local", "customer", d_local)
            self.link(dept, dl, co)
            self.tag("customer", dl.id, how)
            self.tag("customer", dept.id, how)
            self.tag("customer", main.id, how)
            self.co[("tx", main.id)] = co
            self.resembles[("customer", main.id)] = dl.id
            if rng.random() < 0.5:
                ml = self.add("local", "customer", co.name)
                self.link(main, ml, co)
                self.tag("customer", ml.id, how)
            return True
        if not self.claim("c", [co.name], g):
            return False
        same_org = how == "twin-number" and co.cat == "real"
        org_a = _org(rng, self.orgs) if how != "twin-true" else None
        org_b = org_a if same_org else (_org(rng, self.orgs) if how != "twin-true" else None)
        a = self.add("tx", "customer", co.name, org_a)
        b = self.add("tx", "customer", co.name, org_b)
        both = rng.random() < 0.6 or how == "twin-true"
        for tx in ([a, b] if both else [a]):
            loc = self.add("local", "customer", co.name)
            if how == "twin-org" or (same_org and rng.random() < 0.5):
                loc.org = self.typed_org(tx.org)
            self.link(tx, loc, co, {"twin-org": "none", "twin-number": "copy",
                                    "twin-true": "none"}[how], org_copy=0)
            self.tag("customer", loc.id, how)
        for tx in (a, b):
            self.tag("customer", tx.id, how)
            self.co[("tx", tx.id)] = co
        return True

    def trap_name(self, co: Co) -> tuple[str, str] | None:
        rng, p = self.rng, co.parts
        stem, form = split_form(co.name)
        fs = f" {form}" if form else ""
        if co.cat == "real":
            sisters = [r for r in self.reals if r.family == co.family]
            if not sisters:
                return None
            s = rng.choice(sisters)
            self.reals.remove(s)
            return s.name, "trap-sister"
        if co.cat == "surname":
            r = rng.random()
            if r < 0.55:
                t = rng.choice([t for t in qn.TRADES if t != p["trade"]])
                return f"{p['surname']} {trade_forms(t)[0]}{fs or ' AS'}", "trap-trade"
            if r < 0.8:
                return f"{stem} Holding AS", "trap-holding"
            near = [b if a == p["surname"] else a for a, b in NEAR_SURNAMES if p["surname"] in (a, b)]
            if near:
                return co.name.replace(p["surname"], near[0], 1), "trap-near-surname"
            return f"{stem} Eiendom AS", "trap-holding"
        if co.cat == "place":
            if rng.random() < 0.5:
                t = rng.choice([t for t in qn.TRADES if t != p["trade"]])
                return f"{p['place']} {trade_forms(t)[0]}{fs or ' AS'}", "trap-trade"
            q = rng.choice([x for x in qn.PLACES if x != p["place"]])
            return co.name.replace(p["place"], q, 1), "trap-place"
        if co.cat == "fancy":
            t = rng.choice([t for t in qn.TRADES_EN if t != p["trade"]])
            return f"{p['fancy']} {t} AS", "trap-trade"
        if co.cat == "enk":
            f = rng.choice([x for x in qn.FIRST_NAMES if x != p["first"]])
            return co.name.replace(p["first"], f, 1), "trap-family"
        if co.cat == "brl":
            x = f"{p['area']} {rng.choice(qn.BRL_SUFFIXES)}"
            return co.name.replace(p["area"], x, 1), "trap-neighbour-brl"
        if co.cat == "sameie":
            n = re.match(r"\d+", p["no"])
            no = str(int(n.group(0)) + rng.choice([1, 2, 4])) if n else "2"
            return co.name.replace(p["addr"], f"{p['street']} {no}", 1), "trap-neighbour-sameie"
        if co.cat == "kommune":
            u = rng.choice([u for u in qn.UNITS if u != p.get("dept")])
            return f"{co.name} {u}", "trap-unit"
        if co.cat == "unit":
            u = rng.choice([u for u in qn.UNITS if u != p["unit"]])
            return f"{p['m']} kommune {u}", "trap-unit"
        k = rng.choice([k for k in qn.SCHOOL_KINDS if k != p["school"]])
        return f"{p['area']} {k}", "trap-school"

    def trap(self, loc: Rec) -> bool:
        co = self.co[("local", loc.id)]
        got = self.trap_name(co)
        if not got:
            return False
        name, how = got
        if not self.claim("c", [name], self.group()):
            return False
        tx = self.add("tx", "customer", name, self.tx_org(co))
        self.co[("tx", tx.id)] = Co(name, co.cat, co.family, parts=dict(co.parts))
        self.tag("customer", tx.id, how)
        self.resembles[("customer", tx.id)] = loc.id
        return True

    def customers(self) -> None:
        rng = self.rng
        n_twins = max(1, round(self.n_c / 150))
        for how in ("twin-org", "twin-number", "twin-true", "twin-dept"):
            made = tries = 0
            while made < n_twins and tries < 50:
                tries += 1
                made += self.twin(how)
        n_pairs = round(self.n_c * 0.74)
        tries = 0
        while len(self.truth) < n_pairs and tries < 20 * self.n_c:
            tries += 1
            self.customer_pair()
        tries = 0
        while len(self.local["customer"]) < self.n_c and tries < 20 * self.n_c:
            tries += 1
            self.local_only()
        n_traps = round(self.n_c * 0.09)
        locs = list(self.local["customer"])
        rng.shuffle(locs)
        made = 0
        for loc in locs:
            if made >= n_traps:
                break
            if any(t.startswith("twin") for t in self.tags.get(("customer", loc.id), [])):
                continue
            made += self.trap(loc)
        tries = 0
        while len(self.tx["customer"]) < self.n_tx_c and tries < 20 * self.n_c:
            tries += 1
            self.new_customer()

    def customer_numbers(self) -> None:
        numbers = list(range(10001, 10001 + len(self.tx["customer"])))
        self.rng.shuffle(numbers)
        for rec, no in zip(self.tx["customer"], numbers, strict=True):
            rec.number = str(no)
        for loc in self.local["customer"]:
            policy = self.policy.get(loc.id, "none")
            if policy == "copy":
                loc.number = self.pair_tx[loc.id].number
            elif policy == "own":
                loc.number = str(self.own_numbers.pop())

    # ---- projects ------------------------------------------------------------------------

    def project_name(self, co: Co, taken: set[str]) -> PName | None:
        rng = self.rng
        pool = qn.HOUSING_JOBS + qn.EL_JOBS if co.cat in ("brl", "sameie") else (
            qn.IT_JOBS + qn.EL_JOBS)
        for _ in range(20):
            t = rng.choice(pool)
            year = years = None
            text = t
            if "{Y}" in t:
                year = _pick(rng, {"2024": 2, "2025": 5, "2026": 2})
                text = text.replace("{Y}", year)
            if "{R}" in t:
                years = rng.choice(qn.RANGES)
                text = text.replace("{R}", f"{years[0]}-{years[1]}")
            m = re.search(r"\[([^]]+)\] ?", text)
            optional, with_opt = None, False
            if m:
                optional = m.group(1)
                with_opt = rng.random() < 0.5
                repl = optional + (" " if m.group(0).endswith(" ") else "") if with_opt else ""
                text = text.replace(m.group(0), repl, 1).strip()
                text = re.sub(r"\s+", " ", text)
                text = cap(text)
            key = t if not year else t + year
            if key in taken or (t in taken and rng.random() < 0.7):
                continue
            taken.update({key, t})
            return PName(t, text, year, years, optional, with_opt)
        return None

    def project_variant(self, pn: PName, kind: str, side: str, tx_c: Rec, loc_c: Rec) -> str | None:
        rng, text = self.rng, pn.text
        if kind == "year":
            if pn.year:
                short = rng.choice([pn.year[2:], pn.year[2:], f"-{pn.year[2:]}", f"'{pn.year[2:]}"])
                return text.replace(pn.year, short)
            if pn.years:
                a, b = pn.years
                return text.replace(f"{a}-{b}", rng.choice([f"{a[2:]}-{b[2:]}", f"{a}–{b}",
                                                            f"{a}-{b[2:]}", f"{a[2:]}/{b[2:]}"]))
            return None
        if kind == "customer-name":
            cust = loc_c if side == "local" else tx_c
            cs = customer_stem(cust.name)
            return rng.choice([f"{cs} – {text}", f"{cs} - {text}", f"{text} {cs}",
                               f"{text} - {cs}", f"{cs}: {text}"])
        if kind == "customer-number":
            no = tx_c.number
            return rng.choice([f"{no} {text}", f"{no} - {text}", f"{text} ({no})",
                               f"K{no} {text}"]) if no else None
        if kind == "abbrev":
            opts = [text.replace(k, rng.choice(v), 1) for k, v in qn.PROJECT_ABBREV.items()
                    if k in text]
            if " og " in text:
                opts.append(text.replace(" og ", " & ", 1))
            return rng.choice(opts) if opts else None
        if kind == "compound":
            opts = [text.replace(a, b, 1) for a, b in qn.PROJECT_COMPOUND if a in text]
            opts += [text.replace(b, a, 1) for a, b in qn.PROJECT_COMPOUND if b in text]
            return rng.choice(opts) if opts else None
        if kind == "word-more":
            if pn.optional:
                w = pn.optional
                if pn.with_optional:
                    new = re.sub(r"\s+", " ", re.sub(rf"\b{re.escape(w)}\b", "", text, count=1))
                    return cap(new.strip())
                full = pn.template.replace(f"[{w}]", w)
                full = full.replace("{Y}", pn.year or "").replace(
                    "{R}", f"{pn.years[0]}-{pn.years[1]}" if pn.years else "")
                return cap(re.sub(r"\s+", " ", full).strip())
            return rng.choice([f"Prosjekt {text}", f"{text} – levering"])
        if kind == "order":
            if " og " in text:
                a, b = text.split(" og ", 1)
                return f"{cap(b)} og {a[:1].lower() + a[1:] if not a[:2].isupper() else a}"
            if pn.year and text.endswith(pn.year):
                return f"{pn.year} {text[:-len(pn.year)].strip()}"
            return None
        if kind == "typo":
            return typo(text, rng)
        if kind == "case":
            return rng.choice([text.lower(), text.upper(), " ".join(cap(w) for w in text.split())])
        if kind == "punct":
            opts = []
            if re.search(r"\w-\w", text):
                opts.append(re.sub(r"(\w)-(\w)", r"\1 \2", text, count=1))
            if " og " in text:
                opts.append(text.replace(" og ", " & ", 1))
            if pn.year:
                opts.append(text.replace(f" {pn.year}", f" - {pn.year}"))
            if pn.years:
                opts.append(text.replace(f" {pn.years[0]}", f" ({pn.years[0]}", 1) + ")")
            return rng.choice(opts) if opts else None
        raise ValueError(kind)

    def project_pair(self, pn: PName, tx_c: Rec, loc_c: Rec, scope: object) -> bool:
        rng = self.rng
        for _ in range(8):
            kind = _pick(rng, PROJECT_KINDS)
            side = "local" if rng.random() < 0.55 else "tx"
            variant = pn.text if kind == "same" else self.project_variant(pn, kind, side, tx_c,
                                                                          loc_c)
            if not variant or (kind != "same" and variant == pn.text):
                continue
            tx_name, loc_name = (pn.text, variant) if side == "local" else (variant, pn.text)
            if not self.claim(scope, [tx_name, loc_name], self.group()):
                continue
            tp = self.add("tx", "project", tx_name, customer=tx_c.id)
            lp = self.add("local", "project", loc_name, customer=loc_c.id)
            self.truth[("project", lp.id)] = tp.id
            self.tag("project", lp.id, "same" if kind == "same" else f"{kind}/{side}")
            self.project_pairs.append((tp, lp, pn))
            return True
        return False

    def project_traps(self, pn: PName, tp: Rec, lp: Rec, scope: object) -> None:
        """Tripletex's next year's job or next phase beside a paired one."""
        rng = self.rng
        name = how = None
        if pn.year and rng.random() < 0.35:
            nxt = str(int(pn.year) + rng.choice([1, 1, -1]))
            name, how = pn.text.replace(pn.year, nxt), "trap-next-year"
        elif pn.years and rng.random() < 0.35:
            a, b = (str(int(y) + 3) for y in pn.years)
            name, how = pn.text.replace(f"{pn.years[0]}-{pn.years[1]}", f"{a}-{b}"), "trap-next-year"
        elif not pn.year and not pn.years and rng.random() < 0.07:
            name, how = f"{pn.text} – fase 2", "trap-phase"
        if name and self.claim(scope, [name], self.group()):
            t = self.add("tx", "project", name, customer=tp.customer)
            self.tag("project", t.id, how)
            self.resembles[("project", t.id)] = lp.id

    def customer_projects(self, loc: Rec, k: int) -> None:
        rng = self.rng
        co = self.co[("local", loc.id)]
        tx_c = self.pair_tx.get(loc.id)
        scope = ("p", tx_c.id if tx_c else loc.id)
        taken: set[str] = set()
        for _ in range(k):
            pn = self.project_name(co, taken)
            if pn is None:
                break
            if tx_c is not None and rng.random() < 0.85 and \
                    self.project_pair(pn, tx_c, loc, scope):
                tp, lp, _pn = self.project_pairs[-1]
                self.project_traps(pn, tp, lp, scope)
                continue
            if self.claim(scope, [pn.text], self.group()):
                p = self.add("local", "project", pn.text, customer=loc.id)
                self.tag("project", p.id, "local-only")
        if tx_c is not None and rng.random() < 0.35:
            pn = self.project_name(co, taken)
            if pn and self.claim(scope, [pn.text], self.group()):
                self.add("tx", "project", pn.text, customer=tx_c.id)

    def sub_pair(self, name: str, tp: Rec, lp: Rec, scope: object) -> Rec | None:
        rng = self.rng
        for _ in range(8):
            kind = _pick(rng, SUB_KINDS)
            side = "local" if rng.random() < 0.55 else "tx"
            if kind == "same":
                v: str | None = name
            elif kind == "typo":
                v = typo(name, rng)
            elif kind == "case":
                v = rng.choice([name.lower(), name.upper()])
            elif kind == "parent-name":
                parent = lp.name if side == "local" else tp.name
                v = rng.choice([f"{parent} – {name}", f"{parent} - {name}", f"{name} ({parent})"])
            elif kind == "abbrev":
                opts = [name.replace(a, rng.choice(b), 1) for a, b in SUB_ABBREV.items()
                        if a in name]
                v = rng.choice(opts) if opts else None
            elif kind == "numbered":
                if name.startswith("Fase "):
                    n = name[-1]
                    v = _pick(rng, {{"1": "Fase I", "2": "Fase II", "3": "Fase III"}[n]: 3,
                                    f"{n}. fase": 2, f"F{n}": 1})
                else:
                    v = rng.choice([f"0{rng.randint(1, 6)} {name}", f"{rng.randint(1, 6)}. {name}"])
            else:
                v = name.replace("Kabling", "Kabel-legging").replace("Tavlearbeid", "Tavle arbeid") \
                    .replace("Idriftsettelse", "Idrift-settelse")
            if not v or (kind != "same" and v == name):
                continue
            tx_name, loc_name = (name, v) if side == "local" else (v, name)
            if not self.claim(scope, [tx_name, loc_name], self.group()):
                continue
            ts = self.add("tx", "project", tx_name, customer=tp.customer, parent=tp.id)
            ls = self.add("local", "project", loc_name, customer=lp.customer, parent=lp.id)
            self.truth[("project", ls.id)] = ts.id
            self.tag("project", ls.id, "same" if kind == "same" else f"{kind}/{side}")
            return ls
        return None

    def sub_projects(self, target: int) -> int:
        rng = self.rng
        mains = list(self.project_pairs)
        rng.shuffle(mains)
        made = 0
        for tp, lp, _pn in mains:
            if made >= target:
                break
            scope = ("s", tp.id)
            phases = rng.random() < 0.35
            k = rng.choice([2, 2, 3, 3, 4])
            names = qn.PHASES[:min(k, 3)] if phases else rng.sample(qn.SUBS, k)
            last = None
            for name in names:
                if made >= target:
                    break
                if rng.random() < 0.87:
                    ls = self.sub_pair(name, tp, lp, scope)
                    if ls is not None:
                        made += 1
                        last = ls
                        continue
                if self.claim(scope, [name], self.group()):
                    p = self.add("local", "project", name, customer=lp.customer, parent=lp.id)
                    self.tag("project", p.id, "local-only")
                    made += 1
            if phases and last is not None and len(names) < 3 and rng.random() < 0.6:
                nxt = qn.PHASES[len(names)]
                if self.claim(scope, [nxt], self.group()):
                    t = self.add("tx", "project", nxt, customer=tp.customer, parent=tp.id)
                    self.tag("project", t.id, "trap-phase")
                    self.resembles[("project", t.id)] = last.id
            elif not phases and rng.random() < 0.3:
                extra = rng.choice([s for s in qn.SUBS if s not in names])
                if self.claim(scope, [extra], self.group()):
                    self.add("tx", "project", extra, customer=tp.customer, parent=tp.id)
        return made

    def projects(self) -> None:
        rng = self.rng
        n_sub = round(self.n_p * 0.1)
        locs = self.local["customer"]
        weights = [PROJECTS_PER[self.co[("local", r.id)].cat] for r in locs]
        counts = Counter(rng.choices(range(len(locs)), weights=weights, k=self.n_p - n_sub))
        for i, loc in enumerate(locs):
            if counts.get(i):
                self.customer_projects(loc, counts[i])
        self.sub_projects(n_sub)
        tries = 0
        while len(self.local["project"]) < self.n_p and tries < 10 * self.n_p:
            tries += 1
            loc = rng.choice(locs)
            self.local_project(loc)
        tx_new = [r for r in self.tx["customer"]]
        tries = 0
        while len(self.tx["project"]) < self.n_tx_p and tries < 20 * self.n_p:
            tries += 1
            tx_c = rng.choice(tx_new)
            co = self.co[("tx", tx_c.id)]
            pn = self.project_name(co, set())
            if pn and self.claim(("p", tx_c.id), [pn.text], self.group()):
                self.add("tx", "project", pn.text, customer=tx_c.id)

    def local_project(self, loc: Rec) -> None:
        tx_c = self.pair_tx.get(loc.id)
        scope = ("p", tx_c.id if tx_c else loc.id)
        pn = self.project_name(self.co[("local", loc.id)], set())
        if pn and self.claim(scope, [pn.text], self.group()):
            p = self.add("local", "project", pn.text, customer=loc.id)
            self.tag("project", p.id, "local-only")

    def project_numbers(self) -> None:
        recs = list(self.tx["project"])
        self.rng.shuffle(recs)
        for i, r in enumerate(recs):
            r.number = str(1001 + i)
        tx = {r.id: r for r in self.tx["project"]}
        for (kind, key), tx_id in self.truth.items():
            if kind == "project" and self.rng.random() < 0.3:
                lp = next(r for r in self.local["project"] if r.id == key)
                lp.number = tx[tx_id].number

    # ---- the data set --------------------------------------------------------------------

    def check(self) -> None:
        loc = {(r.kind, r.id): r for side in (self.local,) for recs in side.values() for r in recs}
        tx = {(r.kind, r.id): r for recs in self.tx.values() for r in recs}
        for (kind, key), tx_id in self.truth.items():
            tags = self.tags.get((kind, key), [])
            a, b = loc[(kind, key)].name, tx[(kind, tx_id)].name
            differ = any("/" in t for t in tags)
            assert not differ or a != b, (kind, key, a, b, tags)
            assert a.strip() and b.strip()

    def build(self) -> DataSet:
        self.customers()
        self.customer_numbers()
        self.projects()
        self.project_numbers()
        self.check()
        for side in (self.tx, self.local):
            for recs in side.values():
                recs.sort(key=lambda r: r.id if isinstance(r.id, int) else int(r.id.split("-")[1]))
        return DataSet(self.seed, self.local, self.tx, self.truth, self.tags, self.resembles)


def customer_stem(name: str) -> str:
    """A customer's name as written into a project's: without its legal form and what follows."""
    stem = re.sub(r"[\s,]+(" + "|".join(qn.LEGAL_FORMS) + r"|A/S|A\.S\.)(\s.*)?$", "", name,
                  flags=re.IGNORECASE)
    return stem or name


def tform_or(co: Co) -> str:
    return co.parts.get("tform", "")


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    """A local registry of `customers` customers and `projects` projects, a Tripletex company
    with about 5/3 as many customers and 9/5 as many projects, and the truth between them."""
    return Gen(seed, customers, projects).build()
