"""A thirteenth data set for `bench/matching_quality.py --data m`, written blind (without
reading the matcher, the other generators or their name lists): a staffing and recruitment
agency (bemanningsbyrå) and its sister company in cleaning and facility staffing, with offices
in Oslo, Trondheim, Drammen, Fredrikstad and Ålesund. The consultants typed the time tracker;
Tripletex holds the names as the office registered them, often Brønnøysund's (capitals, legal
form). Deterministic per seed; each seed another mix. Names: `bench/quality_names_m.py`.

What is in it (at the default 300 local customers and 500 local projects; about the same
proportions at any size):

- customers: 70 % of the local customers have a Tripletex counterpart (210 pairs), 30 % are
  local-only; Tripletex has 1.6x as many customers (480: the counterparts, about 228 new to the
  time tracker, 42 traps). By category (local): small firms 22 % (surname, place or made-up name
  and a trade, ENKs and private persons, private kindergartens), real firms 15 % (wholesale,
  logistics and their sites, producers, industry, construction, call centers, banks, transport,
  student welfare, boligbyggelag, canteen operators), the public sector 11 % (municipal units
  such as nursing homes, home care, kindergartens, schools; municipalities, Oslo's bydeler and
  etater, county schools), grocery stores 11 % (Rema 1000, Kiwi, Meny, Spar, Joker, Bunnpris as
  franchises; Coop Extra/Obs/Mega/Prix/Marked as the region's co-op), health 8 % (health trusts
  and their hospitals, private clinics), retail chain stores 5 %, borettslag 5 %, hotels 5 %,
  sameier 4 %, restaurants, gyms, property firms, NAV offices 2-3 % each, twins 3 %.
- spelling kinds of the pairs (tags "kind/local" or "kind/tx": the side carrying the variant),
  drawn kind first so that each gets its share: same 15 %, typo 8, brand vs legal name 8
  (a store by its chain name beside the franchisee's company, "Bring" beside "Posten Norge AS",
  a hotel beside its operator), abbreviation 8 ("BRL", "sh.", "bhg.", "Trd.", "Entr."), a word
  more or less 7 ("Rema Lade", "Kiwi 512 Moholt", the town), legal form dropped 5, department
  written in 5 ("Coop Midt-Norge SA avd. Extra Lade", "Trondheim kommune, Byåsen sykehjem",
  "- HR"), case 4, acronym 4 ("OUS Ullevål", "Ahus", "NAV ..." beside "Arbeids- og
  velferdsetaten"), compound 4 ("Rema1000", "Ladebygg"), punctuation 4, æ/ø/å as ae/oe/aa (or
  Aa as Å) 4, legal form changed 4 (ENK/ANS/DA/AS, AS/ASA), an office code in front 4
  ("TRD-014 ..."), word order 3 ("Borettslaget X" / "X Borettslag", "Hansen, Kari"), "v/"
  contact person 3, former name 3 ("Statoil", "NetCom", "Rica Nidelven", "SATS Elixia",
  "Skedsmo kommune", "Viken fylkeskommune"), &/og 2, Norge/Norway 2, English 1; about 49 % carry
  the variant locally, 32 % in Tripletex. Extras: "+case" (Tripletex in capitals, 18 % of
  pairs), "+legal-form" (the local name also without its form, 5 %), "+shared-org", "+org-typo".
- numbers: Tripletex's customer numbers run from 10001; a local customer has Tripletex's number
  (copied, 25 % of pairs), its own small number (1-999, about a third) or none. Org numbers are
  mod-11 valid; Tripletex has one for 85 % of the counterparts, the consultant typed one for a
  third of the pairs and a quarter of the local-only ("974 760 673", "NO974760673MVA", dots), a
  few with a mistyped digit (invalid: "+org-typo"). Departments, co-op stores, chain-owned stores,
  gyms, hotels of one chain and municipal units registered under the main unit share its org
  number ("+shared-org", a quarter of the pairs); where such a number would be unique on both
  sides and tie a local record to another department, the consultant did not type it.
- twins (about 2 each at 300): one name twice in Tripletex told apart by org number
  ("twin-org") or by customer number ("twin-number"), true twins nothing tells apart
  ("twin-true"), and two local customers of one name ("twin-local", the other one local-only or
  in Tripletex with its town added) — names that recur in many towns ("Kiwi Sentrum",
  "Solbakken barnehage", "Byggmester Hansen").
- traps (14 % of the local customers; `resembles` names the local record): new Tripletex
  customers that are another company named alike — the chain's other store in the same town or
  "<place> Øst", the franchisee's holding, the firm's other site or group sister ("Posten
  Eiendom AS", "Kongsberg Defence & Aerospace AS"), the trust's other hospital or the
  neighbouring trust, the same place's other municipal unit or the municipality's other nursing
  home, the KF, another NAV office, the hotel chain's other hotel, the neighbouring borettslag,
  the next house number's sameie, the same surname in another trade, a near surname, the
  holding; about a quarter share the org number of the local record's department group (never
  unique on both sides).
- projects: assignments, contracts and recruitments under their customer ("Sommervikarer 2025",
  "Innleie lager Q3", "Rekruttering butikksjef", "Sykepleiere helg", "Rammeavtale 2024-2026",
  "Renhold kontor", "Bemanning julehandel 2025"); 18 % of the local projects are level-2
  sub-projects (periods, shifts, recruitment phases, wards, floors, call-off orders). About 78 %
  of the local main projects of customers with a counterpart have one in Tripletex, 60 % of
  the local sub-projects; the kinds: same 28 %, the customer's name written in 11, typo 9, year
  form 9 ("25", "-25", "'25", "24-26", "3. kvartal"), abbreviation 8, a word more 8, the
  customer's number written in 6, word order 6, case 5, compound 4, æ/ø/å 3, English 2; sub-
  projects: same 54 %, the main project's name written in 18, case 12, typo 9, a few
  abbreviations and orders. Tripletex's project numbers run from 1001; 15 % of the local projects
  with a counterpart carry its number copied, 20 % of all an own code ("P-114"). Tripletex has about 1.8x as many
  projects: more under known customers, last or next year's or the next quarter's project
  beside a local one and the other period or shift beside local sub-projects ("trap"), and the
  projects of its new customers.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bench import quality_names_m as nm
from bench.quality_data import DataSet, Rec
from core.matching.normalize import normalize_name, org_check_digit

YEAR = 2025

CUSTOMER_KINDS: dict[str, float] = {  # kind -> weight among customer pairs (before boosts)
    "same": 14, "case": 5, "letters": 4, "legal-form": 6, "legal-change": 3, "punct": 4,
    "and": 2, "typo": 8, "abbrev": 8, "compound": 5, "word-more": 7, "dept": 5, "contact": 3,
    "code": 3, "order": 4, "norge": 3, "brand": 8, "acronym": 4, "former": 3, "english": 1,
}
# how often the local side carries the variant (else Tripletex's)
LOCAL_SIDE: dict[str, float] = {
    "case": 0.35, "letters": 0.7, "legal-form": 0.7, "legal-change": 0.5, "punct": 0.55,
    "and": 0.5, "typo": 0.65, "abbrev": 0.7, "compound": 0.55, "word-more": 0.5, "dept": 0.6,
    "contact": 0.75, "code": 0.9, "order": 0.55, "norge": 0.55, "brand": 0.6, "acronym": 0.8,
    "former": 0.55, "english": 0.6,
}
PROJECT_KINDS: dict[str, float] = {
    "same": 24, "customer-name": 9, "customer-number": 5, "year": 8, "abbrev": 7,
    "compound": 5, "word-more": 6, "order": 5, "typo": 8, "letters": 3, "case": 4, "english": 2,
}
SUB_KINDS: dict[str, float] = {"same": 40, "parent-name": 14, "typo": 10, "abbrev": 10,
                               "case": 10, "order": 5, "letters": 3}
# local customers by category (Tripletex's new customers are drawn alike)
CATEGORIES: dict[str, float] = {
    "grocery": 13, "retail": 7, "firm": 16, "health": 8, "muni": 14, "nav": 3, "hotel": 6,
    "restaurant": 4, "brl": 5, "sameie": 4, "eiendom": 3, "gym": 3, "smb": 20,
}
BOOST: dict[str, dict[str, float]] = {  # category -> kind -> factor
    "grocery": {"brand": 4, "word-more": 2, "dept": 1.5},
    "retail": {"dept": 2, "brand": 1.5},
    "firm": {"brand": 2.5, "former": 3, "acronym": 2, "norge": 2, "english": 1.5, "dept": 1.5},
    "health": {"acronym": 3, "brand": 2.5, "dept": 2, "former": 2, "english": 2},
    "muni": {"dept": 2.5, "abbrev": 1.5, "order": 2, "former": 2},
    "nav": {"case": 2, "acronym": 3, "dept": 2},
    "hotel": {"brand": 2, "word-more": 2, "former": 2},
    "restaurant": {"brand": 2},
    "brl": {"abbrev": 2, "order": 3, "compound": 1.5, "contact": 2},
    "sameie": {"order": 3, "abbrev": 2, "contact": 1.5},
    "eiendom": {"legal-form": 1.5},
    "gym": {"dept": 2, "brand": 2, "former": 2},
    "smb": {"contact": 1.5, "legal-form": 1.5, "legal-change": 1.5, "code": 1.2, "typo": 1.2},
}
FORMS = set(nm.LEGAL_FORMS) | {"A/S"}
KEYS = {  # neighbours on a Norwegian keyboard
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij",
    "i": "uok", "o": "ipl", "p": "oø", "å": "pø", "a": "qsz", "s": "adw", "d": "sfe",
    "f": "dgr", "g": "fht", "h": "gjy", "j": "hku", "k": "jli", "l": "kø", "ø": "læ",
    "æ": "øå", "z": "xa", "x": "zc", "c": "xv", "v": "cb", "b": "vn", "n": "bm", "m": "n",
}


# ---- names: small transformations ------------------------------------------------------


def _words(s: str) -> list[str]:
    return s.split()


def form_of(name: str) -> str | None:
    w = _words(name)
    if len(w) > 1 and w[-1].upper() in FORMS and w[-1] == w[-1].upper():
        return w[-1]
    if len(w) > 1 and w[0] == "AS":
        return "AS"
    return None


def drop_form(name: str) -> str | None:
    w = _words(name)
    if len(w) > 1 and w[-1].upper() in FORMS and w[-1] == w[-1].upper():
        return " ".join(w[:-1]).rstrip(",")
    if len(w) > 1 and w[0] == "AS":
        return " ".join(w[1:])
    return None


def change_form(rng: random.Random, name: str) -> str | None:
    form = form_of(name)
    base = drop_form(name)
    if form is None or base is None or form not in nm.FORM_CHANGE:
        return None
    options = nm.FORM_CHANGE[form]
    if re.search(r" og |&|Brødrene", base):  # more than one owner: never a sole proprietorship
        options = [f for f in options if f != "ENK"]
    return f"{base} {rng.choice(options)}" if options else None


def before_form(name: str, word: str) -> str:
    """`word` added at the end of the name, before its legal form."""
    base, form = drop_form(name), form_of(name)
    if base is None or form is None or _words(name)[0] == "AS":
        return f"{name} {word}"
    return f"{base} {word} {form}"


def letters(rng: random.Random, s: str) -> str | None:
    if re.search("[æøåÆØÅü]", s):
        strict = rng.random() < 0.75
        table = {"æ": "ae", "ø": "oe" if strict else "o", "å": "aa" if strict else "a",
                 "Æ": "Ae", "Ø": "Oe" if strict else "O", "Å": "Aa" if strict else "A",
                 "ü": "u"}
        out = []
        for i, ch in enumerate(s):
            rep = table.get(ch, ch)
            if ch.isupper() and len(rep) == 2 and (i + 1 < len(s) and s[i + 1].isupper()):
                rep = rep.upper()
            out.append(rep)
        return "".join(out)
    if re.search(r"aa|Aa", s):
        return s.replace("Aa", "Å").replace("aa", "å")
    return None


def punct(rng: random.Random, s: str) -> str | None:
    options: list[str] = []
    if "." in s:
        options.append(s.replace(". ", " ").replace(".", ""))
    if " - " in s or " – " in s:
        options.append(s.replace(" - ", " ").replace(" – ", " "))
        options.append(s.replace(" - ", ", ").replace(" – ", ", "))
    if ", " in s:
        options.append(s.replace(", ", " "))
    if " & " in s:
        options.append(s.replace(" & ", "&"))
    if " + " in s:
        options.append(s.replace(" + ", "+"))
    if "'" in s:
        options.append(s.replace("'", ""))
    if s.endswith(" AS") and not options:
        options.append(s[:-3] + " A/S")
    return rng.choice(options) if options else None


def and_swap(s: str) -> str | None:
    if " & " in s:
        return s.replace(" & ", " og ", 1)
    if "&" in s:
        return s.replace("&", " og ", 1)
    if " og " in s:
        return s.replace(" og ", " & ", 1)
    return None


def typo(rng: random.Random, s: str) -> str | None:
    words = _words(s)
    cands = [i for i, w in enumerate(words)
             if len(w) >= 5 and w.isalpha() and w.upper() not in FORMS
             and not (w.isupper() and len(w) <= 4)]
    if not cands:
        return None
    i = rng.choice(cands)
    w = words[i]
    for _ in range(10):
        op = rng.random()
        j = rng.randrange(1, len(w) - 1)
        if op < 0.35 and w[j] != w[j + 1]:
            new = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op < 0.6:
            new = w[:j] + w[j + 1:]
        elif op < 0.8 and w[j].lower() not in "aeiouyæøå":
            new = w[:j] + w[j] + w[j:]
        else:
            lo = w[j].lower()
            if lo not in KEYS:
                continue
            rep = rng.choice(KEYS[lo])
            new = w[:j] + (rep.upper() if w[j].isupper() else rep) + w[j + 1:]
        if new != w:
            words[i] = new
            return " ".join(words)
    return None


def _match_case(found: str, rep: str) -> str:
    if found.isupper() and len(found) > 1:
        return rep.upper()
    if found[:1].isupper():
        return rep[:1].upper() + rep[1:]
    if found[:1].islower() and rep[:1].isupper() and len(rep) > 1 and not rep[1:2].isupper():
        return rep[:1].lower() + rep[1:]
    return rep


def abbrev(rng: random.Random, s: str, table: dict[str, list[str]]) -> str | None:
    hits = []
    for word, abbrs in table.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", s, re.IGNORECASE):
            hits.append((m, abbrs))
    if not hits:
        return None
    m, abbrs = rng.choice(hits)
    rep = _match_case(m.group(0), rng.choice(abbrs))
    return s[:m.start()] + rep + s[m.end():]


def compound(rng: random.Random, s: str) -> str | None:
    hits = []
    for joined, split in nm.COMPOUNDS:
        for a, b in ((joined, split), (split, joined)):
            m = re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w])", s, re.IGNORECASE)
            if m:
                hits.append((m, b))
    if not hits:
        return None
    m, rep = rng.choice(hits)
    found = m.group(0)
    rep = rep.upper() if found.isupper() else (rep if found[:1].isupper() else rep.lower())
    return s[:m.start()] + rep + s[m.end():]


def rotate(s: str) -> str | None:
    """The last word first ("Sykepleiere helg" -> "Helg sykepleiere")."""
    w = _words(s)
    if len(w) < 2:
        return None
    last, rest = w[-1], w[:-1]
    if rest[0][:1].isupper() and not rest[0].isupper():
        rest[0] = rest[0][:1].lower() + rest[0][1:]
    if last[:1].islower():
        last = last[:1].upper() + last[1:]
    return " ".join([last, *rest])


def reorder(s: str) -> str | None:
    """Another word order: a year or quarter first ("2025 Sommervikarer"), else the first word
    last ("Helg sykepleiere", "Assisterende butikksjef - vikar")."""
    w = _words(s)
    if len(w) < 2:
        return None
    if re.fullmatch(r"(20\d\d(-20\d\d)?|Q[1-4])", w[-1]):
        return rotate(s)
    rest = " ".join(w[1:])
    first = w[0] if w[0].isupper() else w[0].lower()
    return f"{_cap(rest)} {first}" if len(w) == 2 else f"{_cap(rest)} - {first}"


def year_form(rng: random.Random, s: str) -> str | None:
    m = re.search(r"\b(20\d\d)-(20\d\d)\b", s)
    if m:
        a, b = m.group(1), m.group(2)
        rep = rng.choice([f"{a[2:]}-{b[2:]}", f"{a}–{b}", f"{a}/{b[2:]}", f"{a}-{b[2:]}",
                          f"{a[2:]}/{b[2:]}"])
        return s[:m.start()] + rep + s[m.end():]
    m = re.search(r"\b(20\d\d)\b", s)
    if m:
        y = m.group(1)
        r = rng.random()
        if r < 0.5:
            return s[:m.start()] + y[2:] + s[m.end():]
        if r < 0.75 and m.start() > 0:
            return s[:m.start()].rstrip() + "-" + y[2:] + s[m.end():]
        return s[:m.start()] + "'" + y[2:] + s[m.end():]
    m = re.search(r"\bQ([1-4])\b", s)
    if m:
        rep = rng.choice([f"{m.group(1)}. kvartal", f"{m.group(1)}. kv.", f"K{m.group(1)}"])
        return s[:m.start()] + rep + s[m.end():]
    return None


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---- the companies -------------------------------------------------------------------------


@dataclass
class Ent:
    """A company (or a department, a person) the agency works for, as a whole."""

    ident: str
    cat: str
    name: str  # what both sides would hold when nothing differs
    town: str
    style: str  # its projects
    family: str = ""
    group: str | None = None  # its org number is this main unit's (shared by departments)
    own_org: bool = True  # False: a private person, no org number
    alts: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    # ^ (kind, the plain name, the name of the side carrying the kind, that side if fixed)
    extras: list[str] = field(default_factory=list)  # a word one side may have more
    depts: list[str] = field(default_factory=list)  # departments one side may write in
    caps: float = 0.35  # Tripletex holds it in capitals (Brønnøysund's spelling)
    contact_surname: str | None = None
    sites: list[str] = field(default_factory=list)  # for projects: places and sites
    meta: dict = field(default_factory=dict)
    owner: str = ""  # names may repeat only inside one owner (a twin group)
    org: str | None = None

    def __post_init__(self) -> None:
        self.owner = self.owner or self.ident


@dataclass
class Row:
    """One customer: its local record, its Tripletex record, or both."""

    ent: Ent
    local: str | None
    tx: str | None
    tags: list[str]
    role: str  # pair | local | tx | trap
    policy: dict = field(default_factory=dict)
    key: str | None = None
    tx_id: int | None = None
    local_org: str | None = None  # as typed
    local_org_value: str | None = None  # the 9 digits when valid
    tx_org: str | None = None
    local_number: str | None = None
    tx_number: str | None = None
    resembles: Row | None = None


class Gen:
    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.rng = random.Random(f"quality-m-{seed}")
        self.seed = seed
        self.n = customers
        self.p = projects
        self.used_orgs: set[str] = set()
        self.group_orgs: dict[str, str] = {}
        self.idents: set[str] = set()
        self.cbase: dict[str, str] = {}  # normalised customer name -> owner
        self.rows: list[Row] = []
        self.projs: list[Proj] = []
        self.pscope: dict[tuple, dict[str, int]] = {}
        self._uid = 0

    # ---- small helpers
    def org(self) -> str:
        rng = self.rng
        while True:
            first8 = f"{rng.choice('89')}{rng.randrange(10_000_000):07d}"
            check = org_check_digit(first8)
            if check is not None and (o := first8 + str(check)) not in self.used_orgs:
                self.used_orgs.add(o)
                return o

    def town(self) -> str:
        return self.rng.choices(list(nm.OFFICES), weights=list(nm.OFFICES.values()))[0]

    def person(self, surname: str | None = None) -> str:
        return f"{self.rng.choice(nm.GIVEN)} {surname or self.rng.choice(nm.SURNAMES)}"

    def place(self, town: str) -> str:
        return self.rng.choice(nm.DISTRICTS[town])

    # ---- entity builders: each gives a new company or None (already used, not possible here)
    def grocery(self, town: str, chain: dict | None = None, place: str | None = None,
                legal: str | None = None) -> Ent | None:
        rng = self.rng
        ch = chain or rng.choices(nm.GROCERY, weights=[c["w"] for c in nm.GROCERY])[0]
        place = place or self.place(town)
        name = f"{ch['chain']} {place}"
        alts: list[tuple[str, str, str, str | None]] = []
        meta = {"chain": ch, "place": place}
        if ch.get("coop"):
            region = nm.COOP_REGION[town]
            short = ch["short"]
            if ch["chain"] == "Coop Obs":
                name = f"Obs {place}"
                alts.append(("word-more", name, f"Coop Obs {place}", None))
                alts.append(("word-more", name, f"Obs Hypermarked {place}", None))
            else:
                alts.append(("word-more", f"{short} {place}", name, None))
            alts.append(("dept", name, f"{region} avd. {short} {place}", "tx"))
            alts.append(("brand", region, name, "local"))
            ent = Ent(f"grocery:{ch['chain']}:{town}:{place}", "grocery", name, town, "store",
                      family=f"grocery:{ch['chain']}:{town}", group=f"coop:{region}", alts=alts,
                      caps=0.25, meta=meta)
        else:
            s = rng.choice(nm.SURNAMES)
            legal = legal or rng.choice(nm.FRANCHISEE).format(
                s=s, s2=rng.choice(nm.SURNAMES), p=place)
            meta["legal"] = legal
            if ch.get("numbered"):
                num = rng.randrange(101, 999)
                alts.append(("word-more", name, f"{ch['chain']} {num} {place}", None))
            if ch["chain"] == "Rema 1000":
                alts.append(("word-more", f"Rema {place}", name, None))
            alts.append(("brand", legal, name, None))
            alts.append(("brand", legal, name, None))
            alts.append(("dept", name, f"{legal} - {name}", "tx"))
            ent = Ent(f"grocery:{ch['chain']}:{town}:{place}", "grocery", name, town, "store",
                      family=f"grocery:{ch['chain']}:{town}", alts=alts, caps=0.3, meta=meta,
                      contact_surname=s)
        ent.extras = [town] if town not in place else []
        ent.depts = ["Lager", "Varemottak"]
        ent.sites = [place]
        return ent

    def retail(self, town: str, chain: dict | None = None, place: str | None = None) -> Ent | None:
        rng = self.rng
        ch = chain or rng.choice(nm.RETAIL)
        place = place or (rng.choice(nm.MALLS[town]) if rng.random() < 0.55
                          else self.place(town))
        name = f"{ch['chain']} {place}"
        alts: list[tuple[str, str, str, str | None]] = []
        group = None
        if ch.get("owner"):
            owner = ch["owner"]
            group = f"retail:{ch['chain']}"
            alts.append(("dept", owner, name, "local"))
            alts.append(("dept", name, f"{owner} avd. {place}", "tx"))
            if ch.get("order"):
                alts.append(("order", f"{ch['order']} avd. {place}", f"{owner} avd. {place}",
                             "tx"))
        elif ch.get("coop"):
            region = nm.COOP_REGION[town]
            group = f"coop:{region}"
            alts.append(("brand", region, name, "local"))
            alts.append(("dept", name, f"{region} avd. {name}", "tx"))
        else:
            s = rng.choice(nm.SURNAMES)
            legal = rng.choice(ch["franchisee"]).format(s=s, p=place.split()[0])
            alts.append(("brand", legal, name, None))
            alts.append(("dept", name, f"{legal} - {name}", "tx"))
        ent = Ent(f"retail:{ch['chain']}:{town}:{place}", "retail", name, town, "store",
                  family=f"retail:{ch['chain']}:{town}", group=group, alts=alts, caps=0.25,
                  meta={"chain": ch, "place": place})
        ent.extras = [town] if town not in place else []
        ent.depts = ["Lager", "Varemottak", "Kundesenter"]
        ent.sites = [place]
        return ent

    def firm(self, town: str, spec: dict | None = None, site: str | None = None,
             site_level: bool | None = None) -> Ent | None:
        rng = self.rng
        specs = [f for f in nm.FIRMS if not f.get("towns") or town in f["towns"]]
        spec = spec or rng.choice(specs)
        name, brand = spec["name"], spec.get("brand", spec["name"])
        alts: list[tuple[str, str, str, str | None]] = []
        group = f"firm:{name}"
        if site_level is None:
            site_level = bool(spec.get("sites")) and rng.random() < 0.45
        if site_level and spec.get("sites"):
            site = site or rng.choice(spec["sites"])
            typed = f"{brand} {site}"
            alts.append(("brand", f"{name} avd. {site}", typed, "local"))
            alts.append(("dept", typed, f"{name} - {site}", "tx"))
            if spec.get("brand2"):
                alts.append(("brand", typed, f"{spec['brand2']} {site}", None))
            ent = Ent(f"firm:{name}:{site}", "firm", typed, town, spec["style"],
                      family=f"firm:{name}", group=group, alts=alts, caps=0.2,
                      meta={"spec": spec, "site": site})
            ent.sites = [site]
            ent.extras = [town] if town not in site else []
            return ent
        for key in ("brand", "brand2"):
            b = spec.get(key)
            if b and normalize_name(b).base != normalize_name(name).base:
                alts.append(("brand", name, b, None))
        for key, kind in (("former", "former"), ("acronym", "acronym"), ("english", "english"),
                          ("norge", "norge")):
            if spec.get(key):
                alts.append((kind, name, spec[key], None))
        ent = Ent(f"firm:{name}", "firm", name, town, spec["style"], family=f"firm:{name}",
                  group=group, alts=alts, caps=0.45, meta={"spec": spec})
        ent.extras = [town] + (["Norge"] if not re.search("Norge|Norway|Norges", name) else [])
        ent.depts = ["HR", "Innkjøp", "Lager", f"Region {nm.REGION[town]}", f"avd. {town}",
                     "Kundeservice", "Økonomi"]
        ent.sites = list(spec.get("sites") or [town])
        return ent

    def health(self, town: str, trust: dict | None = None, hosp: tuple | None = None,
               level: str | None = None) -> Ent | None:
        rng = self.rng
        if trust is None and rng.random() < 0.25:
            return self.private_health(town)
        trusts = [t for t in nm.TRUSTS if not t.get("towns") or town in t["towns"]]
        t = trust or rng.choice(trusts)
        name = t["name"]
        stem = drop_form(name) or name
        group = f"trust:{name}"
        alts: list[tuple[str, str, str, str | None]] = []
        if level is None:
            level = "hospital" if t["hospitals"] and rng.random() < 0.6 else "trust"
        if level == "hospital" and t["hospitals"]:
            short, full, former = hosp or rng.choice(t["hospitals"])
            hname = f"{name}, {short}"
            if t.get("acronym"):
                alts.append(("acronym", hname, f"{t['acronym']} {short}", None))
            if normalize_name(full).base != normalize_name(hname).base:
                alts.append(("brand", hname, full, None))
            if former:
                alts.append(("former", hname, former, None))
            alts.append(("dept", hname, f"{name} - {full}", "tx"))
            alts.append(("dept", name, f"{t.get('acronym') or stem} {short}", "local"))
            if t.get("english"):
                alts.append(("english", hname, f"{t['english']} {short}", None))
            if t.get("brand") and t["brand"] not in [h[0] for h in t["hospitals"]]:
                alts.append(("brand", hname, f"{t['brand']} {short}", None))
            ent = Ent(f"trust:{name}:{short}", "health", hname, town, "health",
                      family=f"trust:{name}", group=group, alts=alts, caps=0.25,
                      meta={"trust": t, "hosp": (short, full, former)})
            ent.sites = [short]
            ent.depts = ["Sengepost 3", "Akuttmottaket", "Intensiv", "Klinikk for kirurgi"]
            return ent
        for key, kind in (("acronym", "acronym"), ("brand", "brand"), ("english", "english"),
                          ("former", "former")):
            if t.get(key):
                alts.append((kind, name, t[key], None))
        ent = Ent(f"trust:{name}", "health", name, town, "health", family=f"trust:{name}",
                  group=group, alts=alts, caps=0.35, meta={"trust": t})
        ent.depts = ["Innkjøp", "Bemanningssenteret", "Klinikk for kirurgi", "Medisinsk klinikk",
                     "Renhold"]
        ent.sites = [h[0] for h in t["hospitals"]] or [town]
        return ent

    def private_health(self, town: str, spec: dict | None = None,
                       site: str | None = None) -> Ent | None:
        rng = self.rng
        spec = spec or rng.choice(nm.PRIVATE_HEALTH)
        name, brand = spec["name"], spec["brand"]
        alts: list[tuple[str, str, str, str | None]] = []
        if spec["sites"] and (site or rng.random() < 0.5):
            site = site or rng.choice(spec["sites"])
            typed = f"{brand} {site}"
            alts.append(("brand", f"{name} avd. {site}", typed, "local"))
            alts.append(("dept", typed, f"{name} - {site}", "tx"))
            ent = Ent(f"phealth:{name}:{site}", "health", typed, town, "health",
                      family=f"phealth:{name}", group=f"phealth:{name}", alts=alts, caps=0.2,
                      meta={"spec": spec, "site": site})
            ent.sites = [site]
            return ent
        if normalize_name(brand).base != normalize_name(name).base:
            alts.append(("brand", name, brand, None))
        ent = Ent(f"phealth:{name}", "health", name, town, "health", family=f"phealth:{name}",
                  group=f"phealth:{name}", alts=alts, caps=0.45, meta={"spec": spec})
        ent.depts = ["Renhold", "Resepsjon", "Innkjøp"]
        ent.sites = list(spec["sites"]) or [town]
        return ent

    def muni(self, town: str, what: str | None = None, **fixed) -> Ent | None:
        rng = self.rng
        what = what or rng.choices(["unit", "municipality", "oslo", "vgs", "county"],
                                   weights=[62, 12, 8 if town == "Oslo" else 0, 13, 5])[0]
        muni_name, formers, kf = nm.MUNICIPALITIES[town][0]
        if what == "unit":
            pattern, utype = fixed.get("unit") or rng.choice(nm.UNITS[town])
            place = fixed.get("place") or self.place(town)
            unit = pattern.format(p=place)
            alts: list[tuple[str, str, str, str | None]] = []
            shared = fixed.get("shared", rng.random() < 0.6)
            if shared:
                alts.append(("dept", unit, f"{muni_name}, {unit}", None))
                alts.append(("dept", unit, f"{muni_name} - {unit}", None))
                alts.append(("order", f"{muni_name}, {unit}", f"{unit} ({muni_name})", None))
                alts.append(("dept", muni_name, unit, "local"))
            else:
                alts.append(("dept", unit, f"{muni_name} {unit}", "tx"))
            if pattern.startswith(("Hjemmetjenesten", "Hjemmesykepleien", "Heimetenesta")):
                head = pattern.split()[0]
                alts.append(("order", unit, f"{place} {head.lower()}", None))
            ent = Ent(f"unit:{muni_name}:{unit}", "muni", unit, town, "muni",
                      family=f"unit:{muni_name}", group=f"muni:{muni_name}" if shared else None,
                      alts=alts, caps=0.3 if shared else 0.55,
                      meta={"what": what, "place": place, "unit": (pattern, utype),
                            "shared": shared})
            ent.sites = [place]
            ent.depts = ["Avdeling A", "Avdeling B", "Skjermet enhet"] if utype in (
                "sykehjem", "omsorg") else []
            return ent
        if what == "municipality":
            muni_name, formers, kf = fixed.get("muni") or rng.choice(nm.MUNICIPALITIES[town])
            alts = [("former", muni_name, f, None) for f in formers]
            ent = Ent(f"muni:{muni_name}", "muni", muni_name, town, "muni",
                      family=f"muni:{muni_name}", group=f"muni:{muni_name}", alts=alts,
                      caps=0.4, meta={"what": what, "kf": kf})
            ent.depts = ["Helse og velferd", "Oppvekst og utdanning", "Eiendom",
                         "Innkjøpsavdelingen", "Bemanningssenteret"]
            ent.sites = nm.DISTRICTS[town][:6]
            return ent
        if what == "oslo":
            if fixed.get("bydel") or rng.random() < 0.6:
                b = fixed.get("bydel") or rng.choice(nm.OSLO_BYDELER)
                name = f"Bydel {b}"
                alts = [("dept", name, f"Oslo kommune {name}", "tx"),
                        ("dept", name, f"Oslo kommune, {name}", None)]
                ent = Ent(f"oslo:{name}", "muni", name, town, "muni", family="oslo:bydel",
                          alts=alts, caps=0.5, meta={"what": what, "bydel": b})
            else:
                etat, acr = fixed.get("etat") or rng.choice(nm.OSLO_ETATER)
                alts = [("dept", etat, f"Oslo kommune {etat}", "tx")]
                if acr:
                    alts.append(("acronym", etat, acr, "local"))
                ent = Ent(f"oslo:{etat}", "muni", etat, town, "muni", family="oslo:etat",
                          alts=alts, caps=0.5, meta={"what": what, "etat": (etat, acr)})
            ent.sites = nm.DISTRICTS["Oslo"][:8]
            return ent
        county, cformers = nm.COUNTIES[town]
        if what == "vgs":
            school = fixed.get("school") or rng.choice(nm.VGS[town])
            name = f"{school} videregående skole"
            shared = fixed.get("shared", rng.random() < 0.5)
            alts = [("dept", name, f"{county} - {name}", "tx" if shared else None)]
            alts += [("former", f"{county} - {name}", f"{f} - {name}", None) for f in cformers]
            ent = Ent(f"vgs:{name}", "muni", name, town, "muni", family=f"vgs:{county}",
                      group=f"county:{county}" if shared else None, alts=alts, caps=0.4,
                      meta={"what": what, "school": school, "shared": shared})
            ent.sites = [school]
            return ent
        alts = [("former", county, f, None) for f in cformers]
        ent = Ent(f"county:{county}", "muni", county, town, "muni", family=f"county:{county}",
                  group=f"county:{county}", alts=alts, caps=0.4, meta={"what": "county"})
        ent.depts = ["Innkjøp", "Opplæring", "Tannhelsetjenesten"]
        ent.sites = nm.VGS[town]
        return ent

    def nav(self, town: str, office: str | None = None, shared: bool | None = None) -> Ent | None:
        rng = self.rng
        if office is None and rng.random() < 0.15:
            office = rng.choice(nm.NAV_OTHER).format(r=nm.REGION[town] if town != "Ålesund"
                                                     else "Møre og Romsdal")
            name = office
        else:
            office = office or rng.choice(nm.NAV_OFFICES[town])
            name = f"NAV {office}"
        shared = rng.random() < 0.3 if shared is None else shared
        agency = "Arbeids- og velferdsetaten"
        alts: list[tuple[str, str, str, str | None]] = [
            ("case", name, name.replace("NAV ", "Nav "), None),
            ("word-more", name, name.replace("NAV ", "NAV-kontor ") if name.startswith("NAV ")
             else f"{name} kontor", None),
            ("dept", name, f"{agency} {name}", "tx"),
        ]
        if shared:
            alts.append(("acronym", agency, name, "local"))
        ent = Ent(f"nav:{name}", "nav", name, town, "nav", family=f"nav:{town}",
                  group="nav" if shared else None, alts=alts, caps=0.5,
                  meta={"office": office, "shared": shared})
        ent.sites = [office]
        return ent

    def hotel(self, town: str, entry: tuple | None = None) -> Ent | None:
        rng = self.rng
        hotel, chain, former = entry or rng.choice(nm.HOTELS[town])
        spec = nm.HOTEL_CHAINS[chain]
        alts: list[tuple[str, str, str, str | None]] = []
        group = None
        rest = hotel.split(" ", 1)[1] if " " in hotel else hotel
        if spec.get("owner"):
            owner = spec["owner"]
            group = f"hotel:{chain}"
            alts.append(("dept", hotel, f"{owner} avd. {rest}", "tx"))
            alts.append(("brand", owner, hotel, "local"))
        else:
            legal = rng.choice(spec["operator"]).format(h=hotel, t=town, s=rng.choice(nm.SURNAMES))
            if normalize_name(legal).base != normalize_name(hotel).base:
                alts.append(("brand", legal, hotel, None))
            else:
                alts.append(("legal-form", legal, hotel, None))
        if chain == "Scandic":
            alts.append(("word-more", hotel, f"{hotel} Hotel", None))
        elif hotel.startswith("Thon Hotel "):
            alts.append(("word-more", hotel.replace("Thon Hotel ", "Thon "), hotel, None))
        elif hotel.startswith("Radisson Blu "):
            short = hotel.replace("Radisson Blu ", "Radisson ").replace(" Hotel", "")
            alts.append(("word-more", short, hotel, None))
        elif " Hotel " in hotel:
            alts.append(("word-more", hotel.replace(" Hotel ", " "), hotel, None))
        if former:
            alts.append(("former", hotel, former, None))
        ent = Ent(f"hotel:{hotel}", "hotel", hotel, town, "hotel", family=f"hotel:{town}",
                  group=group, alts=alts, caps=0.3, meta={"entry": (hotel, chain, former)})
        ent.extras = [town] if town not in hotel else []
        ent.depts = ["Housekeeping", "Resepsjon", "Bankett", "Kjøkken"]
        ent.sites = ["Resepsjon", "Restaurant"]
        return ent

    def restaurant(self, town: str, pattern: str | None = None, word: str | None = None
                   ) -> Ent | None:
        rng = self.rng
        pats = ["Restaurant {F}", "{P} Bistro", "Pizzeria {I}", "{F} Sushi", "Kafé {F}",
                "{F} Bakeri og Kafé", "Egon {P}", "Godt Brød {P}", "Burger King {P}",
                "{F} Spiseri", "{P} Kro", "Kantina {F}"]
        if town == "Oslo":
            pats += ["Baker Brun {P}", "Kaffebrenneriet {P}"]
        if town == "Trondheim":
            pats += ["Baklandet Skydsstation", "To Rom og Kjøkken", "Dromedar Kaffebar {P}"]
        pattern = pattern or rng.choice(pats)
        word = word or (self.place(town) if "{P}" in pattern else
                        rng.choice(nm.ITALIAN) if "{I}" in pattern else rng.choice(nm.FANCY))
        name = pattern.replace("{P}", word).replace("{F}", word).replace("{I}", word)
        s = rng.choice(nm.SURNAMES)
        legal = rng.choice([f"{word} Drift AS", f"{s} Restaurantdrift AS", f"{name} AS",
                            f"{s} Mat og Drikke AS", f"{name} Drift AS"])
        alts: list[tuple[str, str, str, str | None]] = []
        if normalize_name(legal).base != normalize_name(name).base:
            alts.append(("brand", legal, name, None))
        else:
            alts.append(("legal-form", legal, name, None))
        ent = Ent(f"restaurant:{town}:{name}", "restaurant", name, town, "restaurant",
                  family=f"restaurant:{pattern}:{town}", alts=alts, caps=0.35,
                  meta={"pattern": pattern, "word": word}, contact_surname=s)
        ent.extras = [town]
        ent.sites = [word]
        return ent

    def brl(self, town: str, pattern: str | None = None, place: str | None = None) -> Ent | None:
        rng = self.rng
        pats = ["{p} Borettslag", "Borettslaget {p}", "{p} Park Borettslag", "{st} Borettslag",
                "{p}tunet Borettslag", "{p} Terrasse Borettslag", "{p} Hageby Borettslag"]
        pattern = pattern or rng.choice(pats)
        place = place or (rng.choice(nm.STREETS[town]) if "{st}" in pattern
                          else self.place(town))
        name = pattern.replace("{p}", place).replace("{st}", place)
        alts: list[tuple[str, str, str, str | None]] = []
        if name.startswith("Borettslaget "):
            alts.append(("order", name, f"{place} Borettslag", None))
        else:
            head = name[: -len(" Borettslag")]
            alts.append(("order", name, f"Borettslaget {head}", None))
            if " Park " in name:
                alts.append(("compound", name, name.replace(" Park ", "park "), None))
        bbl = {"Oslo": "OBOS", "Trondheim": "TOBB", "Ålesund": "SBBL", "Fredrikstad": "FBBL",
               "Drammen": "Usbl"}[town]
        alts.append(("word-more", name, f"{name} c/o {bbl}", "tx"))
        ent = Ent(f"brl:{town}:{name}", "brl", name, town, "cleaning", family=f"brl:{place}",
                  alts=alts, caps=0.5, meta={"pattern": pattern, "place": place})
        ent.extras = [town]
        ent.sites = ["Oppgang A", "Oppgang B", "Fellesarealer"]
        return ent

    def sameie(self, town: str, pattern: str | None = None, street: str | None = None,
               number: int | None = None) -> Ent | None:
        rng = self.rng
        pats = ["Sameiet {st} {n}", "{st} {n} Sameie", "Eierseksjonssameiet {st} {n}",
                "Boligsameiet {p}", "Næringssameiet {F}"]
        pattern = pattern or rng.choices(pats, weights=[4, 3, 2, 2, 1])[0]
        street = street or rng.choice(nm.STREETS[town])
        number = number or rng.randrange(1, 120)
        word = (self.place(town) if "{p}" in pattern else rng.choice(nm.FANCY))
        name = (pattern.replace("{st}", street).replace("{n}", str(number))
                .replace("{p}", word).replace("{F}", word))
        alts: list[tuple[str, str, str, str | None]] = []
        if pattern == "Sameiet {st} {n}":
            alts.append(("order", name, f"{street} {number} Sameie", None))
        elif pattern == "{st} {n} Sameie":
            alts.append(("order", name, f"Sameiet {street} {number}", None))
        if "{n}" in pattern and rng.random() < 0.3:
            alts.append(("punct", name, name.replace(f" {number}", f" {number}-{number + 2}"),
                         None))
        ent = Ent(f"sameie:{town}:{name}", "sameie", name, town, "cleaning",
                  family=f"sameie:{street}" if "{st}" in pattern else f"sameie:{word}",
                  alts=alts, caps=0.5, own_org=rng.random() < 0.85,
                  meta={"pattern": pattern, "street": street, "number": number, "word": word})
        ent.extras = [town]
        ent.sites = ["Oppgang A", "Oppgang B", "Garasjeanlegg"]
        return ent

    def eiendom(self, town: str, pattern: str | None = None, word: str | None = None
                ) -> Ent | None:
        rng = self.rng
        pats = ["{F} Eiendom AS", "{st} {n} AS", "{p} Næringspark AS", "{s} Eiendom AS",
                "{F} Kontorsenter AS", "{p} Forretningsgård AS", "{F} Eiendomsforvaltning AS"]
        pattern = pattern or rng.choice(pats)
        if word is None:
            word = {"{F}": rng.choice(nm.FANCY), "{p}": self.place(town),
                    "{s}": rng.choice(nm.SURNAMES),
                    "{st}": f"{rng.choice(nm.STREETS[town])} {rng.randrange(1, 90)}"}[
                next(k for k in ("{F}", "{p}", "{s}", "{st}") if k in pattern)]
        name = re.sub(r"\{(F|p|s)\}", word, pattern).replace("{st} {n}", word)
        ent = Ent(f"eiendom:{name}", "eiendom", name, town, "cleaning",
                  family=f"eiendom:{word}", caps=0.5, meta={"pattern": pattern, "word": word})
        ent.extras = [town]
        ent.depts = ["Bygg A", "Bygg B", "Resepsjon"]
        ent.sites = ["Bygg A", "Bygg B"]
        return ent

    def gym(self, town: str, chain: str | None = None, place: str | None = None) -> Ent | None:
        rng = self.rng
        chains = [c for c, spec in nm.GYMS.items() if town in spec["towns"]]
        chain = chain or rng.choice(chains)
        spec = nm.GYMS[chain]
        place = place or (self.place(town) if rng.random() < 0.7 else rng.choice(nm.MALLS[town]))
        name = f"{chain} {place}"
        alts: list[tuple[str, str, str, str | None]] = [
            ("dept", name, f"{spec['owner']} avd. {place}", "tx"),
            ("brand", spec["owner"], name, "local")]
        if spec.get("former"):
            alts.append(("former", name, f"{spec['former']} {place}", None))
        ent = Ent(f"gym:{chain}:{town}:{place}", "gym", name, town, "gym",
                  family=f"gym:{chain}:{town}", group=f"gym:{chain}", alts=alts, caps=0.25,
                  meta={"chain": chain, "place": place})
        ent.extras = [town] if town not in place else []
        ent.sites = [place]
        return ent

    def smb(self, town: str, kind: str | None = None, **fixed) -> Ent | None:
        rng = self.rng
        kind = kind or rng.choices(["surname", "place", "fancy", "person", "kindergarten"],
                                   weights=[40, 20, 18, 12, 10])[0]
        alts: list[tuple[str, str, str, str | None]] = []
        if kind == "surname":
            s = fixed.get("surname") or rng.choice(nm.SURNAMES)
            t = fixed.get("trade") or rng.choice(nm.TRADES)[0]
            pat = fixed.get("pattern") or rng.choices(
                ["{s} {t} AS", "{s}s {t}", "Brødrene {s} AS", "{s} & Sønn AS",
                 "{s} og {s2} {t} AS", "{s} {t} ANS", "{s} {t}", "{s} {t} Trondheim AS"],
                weights=[40, 8, 6, 6, 6, 6, 8, 0])[0]
            name = pat.format(s=s, t=t, s2=rng.choice(nm.SURNAMES))
            ent = Ent(f"smb:{name}", "smb", name, town, "smb", family=f"surname:{s}",
                      caps=0.5, contact_surname=s,
                      meta={"kind": kind, "surname": s, "trade": t, "pattern": pat})
            ent.extras = [town, t] if t not in name else [town]
        elif kind == "place":
            p = fixed.get("place") or (self.place(town) if rng.random() < 0.7 else town)
            t = fixed.get("trade") or rng.choice([x for x, _ in nm.TRADES if " " not in x])
            joinable = len(t) <= 12 and p[-1] != t[0].lower()
            if joinable and rng.random() < 0.3 and not fixed:
                name = f"{p}{t.lower()} AS"
                alts.append(("compound", name, f"{p} {t} AS", None))
            else:
                name = f"{p} {t} AS"
                if joinable:
                    alts.append(("compound", name, f"{p}{t.lower()} AS", None))
            ent = Ent(f"smb:{name}", "smb", name, town, "smb", family=f"place:{p}", alts=alts,
                      caps=0.5, meta={"kind": kind, "place": p, "trade": t})
            ent.extras = [town] if p != town else []
        elif kind == "fancy":
            f = fixed.get("fancy") or rng.choice(nm.FANCY)
            t = fixed.get("trade") or rng.choice(nm.TRADES)[0]
            pat = fixed.get("pattern") or rng.choice(["{f} {t} AS", "{f} {t} AS", "{f} AS",
                                                      "{f} Gruppen AS", "{f} {t} og Drift AS"])
            name = pat.format(f=f, t=t)
            ent = Ent(f"smb:{name}", "smb", name, town, "smb", family=f"fancy:{f}", caps=0.5,
                      meta={"kind": kind, "fancy": f, "trade": t, "pattern": pat})
            ent.extras = [town, t] if t not in name else [town]
        elif kind == "person":
            s = fixed.get("surname") or rng.choice(nm.SURNAMES)
            g = fixed.get("given") or rng.choice(nm.GIVEN)
            t = fixed.get("trade", rng.choice([None, None, "Frisør", "Rørlegger", "Elektriker",
                                               "Snekker", "Regnskap", "Fysioterapeut",
                                               "Renhold"]))
            private = fixed.get("private", t is None and rng.random() < 0.5)
            base = f"{g} {s}"
            name = base if t is None else rng.choice([f"{t} {base}", f"{base} {t}"])
            if not private and rng.random() < 0.3:
                name = f"{name} ENK"
            alts.append(("order", name, name.replace(base, f"{s}, {g}"), None))
            alts.append(("order", name, name.replace(base, f"{s} {g}"), None))
            ent = Ent(f"smb:{name}", "smb", name, town, "smb" if not private else "cleaning",
                      family=f"person:{s}", alts=alts, caps=0.5, own_org=not private,
                      meta={"kind": kind, "surname": s, "given": g, "trade": t,
                            "private": private})
        else:
            pat, legal = fixed.get("chain") or rng.choice(nm.KINDERGARTEN_CHAINS)
            p = fixed.get("place") or self.place(town)
            name = pat.format(p=p)
            group = None
            if legal is not None:
                legal_name = legal.format(p=p)
                if "{p}" not in legal:
                    group = f"kg:{legal}"
                if normalize_name(legal_name).base != normalize_name(name).base:
                    alts.append(("brand", legal_name, name, None))
            ent = Ent(f"kg:{name}", "smb", name, town, "kindergarten",
                      family=f"kg:{pat}:{town}", group=group, alts=alts, caps=0.4,
                      meta={"kind": kind, "chain": (pat, legal), "place": p})
            ent.sites = [p]
            return ent
        ent.depts = [f"avd. {town}", "Hovedkontoret", "Faktura"]
        return ent

    def build(self, cat: str, town: str | None = None) -> Ent | None:
        town = town or self.town()
        fn: Callable[[str], Ent | None] = getattr(self, cat)
        ent = fn(town)
        if ent is None or ent.ident in self.idents:
            return None
        return ent

    # ---- traps: another company named alike
    def sibling(self, ent: Ent) -> Ent | None:
        rng, town, m = self.rng, ent.town, ent.meta
        cat = ent.cat
        if cat == "grocery":
            ch = m["chain"]
            if "legal" in m and rng.random() < 0.25:
                stem = drop_form(m["legal"]) or m["legal"]
                name = f"{stem} Holding AS"
                return Ent(f"holding:{name}", "smb", name, town, "smb", family=ent.family,
                           caps=0.6)
            if rng.random() < 0.4:
                place = m["place"] + rng.choice([" Øst", " Vest", " Senter", "torget", " Nord"])
                return self.grocery(town, chain=ch, place=place)
            return self.grocery(town, chain=ch)
        if cat == "retail":
            return self.retail(town, chain=m["chain"])
        if cat == "firm":
            spec = m["spec"]
            if m.get("site") and len(spec.get("sites", [])) > 1:
                site = rng.choice([s for s in spec["sites"] if s != m["site"]])
                return self.firm(town, spec=spec, site=site, site_level=True)
            if spec.get("sisters"):
                name = rng.choice(spec["sisters"])
                match = [f for f in nm.FIRMS if f["name"] == name]
                if match:
                    return self.firm(town, spec=match[0], site_level=False)
                return Ent(f"firm:{name}", "firm", name, town, spec["style"],
                           family=ent.family, caps=0.5)
            stem = spec.get("brand") or drop_form(spec["name"])
            name = f"{stem} {rng.choice(['Holding', 'Eiendom', 'Invest'])} AS"
            return Ent(f"firm:{name}", "firm", name, town, "office", family=ent.family, caps=0.5)
        if cat == "health":
            if "trust" in m:
                t = m["trust"]
                if "hosp" in m and len(t["hospitals"]) > 1:
                    hosp = rng.choice([h for h in t["hospitals"] if h[0] != m["hosp"][0]])
                    return self.health(town, trust=t, hosp=hosp, level="hospital")
                name = rng.choice(t["neighbours"])
                match = [x for x in nm.TRUSTS if x["name"] == name]
                if match:
                    return self.health(town, trust=match[0], level="trust")
                return Ent(f"trust:{name}", "health", name, town, "health", family=ent.family,
                           caps=0.4)
            spec = m["spec"]
            if m.get("site") and len(spec["sites"]) > 1:
                site = rng.choice([s for s in spec["sites"] if s != m["site"]])
                return self.private_health(town, spec=spec, site=site)
            if spec.get("sisters"):
                name = spec["sisters"][0]
                return Ent(f"phealth:{name}", "health", name, town, "health", family=ent.family,
                           caps=0.4)
            return None
        if cat == "muni":
            what = m["what"]
            if what == "unit":
                pattern, utype = m["unit"]
                if rng.random() < 0.6:  # the same place, another unit
                    others = [u for u in nm.UNITS[town] if u[1] != utype]
                    return self.muni(town, "unit", unit=rng.choice(others), place=m["place"])
                same = [u for u in nm.UNITS[town] if u[1] == utype]
                return self.muni(town, "unit", unit=rng.choice(same))
            if what == "municipality":
                name = rng.choice(m["kf"])
                return Ent(f"kf:{name}", "muni", name, town, "muni", family=ent.family,
                           caps=0.5)
            if what == "oslo":
                if "bydel" in m:
                    return self.muni(town, "oslo", bydel=rng.choice(nm.OSLO_BYDELER))
                return self.muni(town, "oslo", etat=rng.choice(nm.OSLO_ETATER))
            if what == "vgs":
                return self.muni(town, "vgs", school=rng.choice(nm.VGS[town]))
            return None
        if cat == "nav":
            offices = [o for o in nm.NAV_OFFICES[town] if o != m["office"]]
            return self.nav(town, office=rng.choice(offices)) if offices else None
        if cat == "hotel":
            hotel, chain, _former = m["entry"]
            same_chain = [h for h in nm.HOTELS[town] if h[1] == chain and h[0] != hotel]
            others = [h for h in nm.HOTELS[town] if h[0] != hotel]
            pool = same_chain if same_chain and rng.random() < 0.7 else others
            return self.hotel(town, entry=rng.choice(pool))
        if cat == "restaurant":
            if "{P}" in m["pattern"]:
                return self.restaurant(town, pattern=m["pattern"])
            if "{" not in m["pattern"]:
                return None
            return self.restaurant(town, word=m["word"],
                                   pattern=rng.choice(["{F} Catering AS", "Restaurant {F}",
                                                       "{F} Bar", "{F} Selskapslokaler"]))
        if cat == "brl":
            place = m["place"]
            pats = ["{p} Park Borettslag", "{p} Terrasse Borettslag", "{p} Hageby Borettslag",
                    "{p}tunet Borettslag", "{p} Øst Borettslag", "{p} II Borettslag"]
            pats = [p for p in pats if p != m["pattern"]]
            return self.brl(town, pattern=rng.choice(pats), place=place)
        if cat == "sameie":
            if "{n}" in m["pattern"]:
                return self.sameie(town, pattern=m["pattern"], street=m["street"],
                                   number=m["number"] + rng.choice([1, 2, 4, -2]) or 3)
            return self.sameie(town)
        if cat == "eiendom":
            return self.eiendom(town, pattern=rng.choice(["{F} Eiendom Holding AS",
                                                          "{F} Eiendomsdrift AS",
                                                          "{F} Utvikling AS"]).replace(
                "{F}", m["word"]), word=m["word"])
        if cat == "gym":
            return self.gym(town, chain=m["chain"])
        if cat == "smb":
            kind = m["kind"]
            if kind == "surname":
                r = rng.random()
                if r < 0.5:
                    trade = rng.choice([t for t, _ in nm.TRADES if t != m["trade"]])
                    return self.smb(town, "surname", surname=m["surname"], trade=trade,
                                    pattern="{s} {t} AS")
                if r < 0.75:
                    return Ent(f"smb:{m['surname']} Holding AS", "smb",
                               f"{m['surname']} {rng.choice(['Holding', 'Invest'])} AS", town,
                               "smb", family=ent.family, caps=0.6)
                near = nm.NEAR_SURNAMES.get(m["surname"])
                if near:
                    return self.smb(town, "surname", surname=near, trade=m["trade"],
                                    pattern="{s} {t} AS")
                return None
            if kind == "place":
                trade = rng.choice([t for t, _ in nm.TRADES if t != m["trade"] and " " not in t])
                return self.smb(town, "place", place=m["place"], trade=trade)
            if kind == "fancy":
                trade = rng.choice([t for t, _ in nm.TRADES if t != m["trade"]])
                return self.smb(town, "fancy", fancy=m["fancy"], trade=trade,
                                pattern=rng.choice(["{f} {t} AS", "{f} Holding AS"]))
            if kind == "person":
                given = rng.choice([g for g in nm.GIVEN if g != m["given"]])
                return self.smb(town, "person", surname=m["surname"], given=given,
                                trade=m["trade"], private=m["private"])
            if kind == "kindergarten":
                return self.smb(town, "kindergarten", chain=m["chain"])
        return None

    # ---- names of a pair
    def variants(self, ent: Ent, kind: str) -> list[tuple[str, str, str | None]]:
        rng, name = self.rng, ent.name
        out = [(p, t, s) for k, p, t, s in ent.alts if k == kind]
        v: str | None = None
        if kind == "same":
            return [(name, name, None)]
        if kind == "case":
            v = name.upper()
        elif kind == "letters":
            v = letters(rng, name)
        elif kind == "legal-form":
            v = drop_form(name)
        elif kind == "legal-change":
            if ent.cat in ("smb", "eiendom", "restaurant"):
                v = change_form(rng, name)
            elif ent.cat == "firm" and form_of(name) in ("AS", "ASA"):
                base = drop_form(name)
                v = f"{base} {'ASA' if form_of(name) == 'AS' else 'AS'}"
        elif kind == "punct":
            v = punct(rng, name)
        elif kind == "and":
            v = and_swap(name)
        elif kind == "typo":
            v = typo(rng, name)
        elif kind == "abbrev":
            v = abbrev(rng, name, nm.ABBREV)
        elif kind == "compound":
            v = compound(rng, name)
        elif kind == "word-more" and ent.extras:
            extra = rng.choice(ent.extras)
            v = before_form(name, extra) if rng.random() < 0.5 else f"{name} {extra}"
        elif kind == "dept" and ent.depts:
            d = rng.choice(ent.depts)
            if d.startswith(("avd.", "Avdeling")):
                v = rng.choice([f"{name} {d}", f"{name} - {d}"])
            else:
                v = rng.choice([f"{name} - {d}", f"{name}, {d}", f"{name} avd. {d}"])
        elif kind == "contact" and ent.own_org:
            p = self.person(ent.contact_surname if rng.random() < 0.5 else None)
            v = rng.choice([f"{name} v/ {p}", f"{name} v/{p}", f"{name} (v/ {p.split()[0]})"])
        elif kind == "code":
            code = nm.OFFICE_CODE[ent.town]
            n = rng.randrange(1, 400)
            v = rng.choice([f"{code}-{n:03d} {name}", f"{code} - {name}", f"{code}{n:02d} {name}",
                            f"[{code}] {name}"])
        if v and v != name:
            out.append((name, v, None))
        return out

    def pair_names(self, ent: Ent, kind: str | None = None
                   ) -> tuple[str, str, list[str]] | None:
        """The local name and Tripletex's of one company: of `kind` (None: any kind this
        company can be spelt in, weighted by its category), or None."""
        rng = self.rng
        boost = BOOST.get(ent.cat, {})
        weights = {k: w * boost.get(k, 1.0) for k, w in CUSTOMER_KINDS.items()}
        for _ in range(12):
            kind_now = kind or rng.choices(list(weights), weights=list(weights.values()))[0]
            cands = self.variants(ent, kind_now)
            if not cands:
                continue
            plain, tagged, side = rng.choice(cands)
            if kind_now == "same":
                return plain, plain, ["same"]
            side = side or ("local" if rng.random() < LOCAL_SIDE.get(kind_now, 0.6) else "tx")
            if kind_now == "case" and side == "local" and rng.random() < 0.5:
                tagged = plain.lower()
            local, tx = (tagged, plain) if side == "local" else (plain, tagged)
            tags = [f"{kind_now}/{side}"]
            if side == "local" and kind_now != "case" and tx != tx.upper() and rng.random() < ent.caps:
                tx = tx.upper()
                tags.append("+case")
            if (kind_now not in ("legal-form", "legal-change", "case", "punct") and form_of(local)
                    and rng.random() < 0.3):
                local = drop_form(local) or local
                tags.append("+legal-form")
            if local == tx:
                continue
            return local, tx, tags
        return None

    def tx_name(self, ent: Ent) -> str:
        """How the office registered a company new to the time tracker."""
        rng = self.rng
        name = ent.name
        if rng.random() < 0.3:
            tx_alts = [t for k, p, t, s in ent.alts if s == "tx" or k == "brand"]
            tx_alts += [p for k, p, t, s in ent.alts if k == "brand" and s != "tx"]
            if tx_alts:
                name = rng.choice(tx_alts)
        return name.upper() if rng.random() < ent.caps else name

    def local_name(self, ent: Ent) -> tuple[str, list[str]]:
        """How a consultant typed a company Tripletex does not have."""
        got = self.pair_names(ent)
        if got is None:
            return ent.name, ["local-only"]
        return got[0], ["local-only"]

    # ---- the registry of names: one normalised customer name, one company (or twin group)
    def free(self, owner: str, *names: str | None) -> bool:
        for n in names:
            if n is None:
                continue
            base = normalize_name(n).base
            if not base or self.cbase.get(base, owner) != owner:
                return False
        return True

    def claim(self, ent: Ent, *names: str | None) -> None:
        self.idents.add(ent.ident)
        for n in names:
            if n is not None:
                self.cbase[normalize_name(n).base] = ent.owner

    def group_org(self, group: str) -> str:
        if group not in self.group_orgs:
            self.group_orgs[group] = self.org()
        return self.group_orgs[group]

    def settle_org(self, ent: Ent) -> None:
        if ent.org is None and ent.own_org:
            ent.org = self.group_org(ent.group) if ent.group else self.org()

    def pick_cat(self) -> str:
        return self.rng.choices(list(CATEGORIES), weights=list(CATEGORIES.values()))[0]

    # ---- customers
    def customers(self) -> None:
        rng, n = self.rng, self.n
        t = max(1, round(n / 150)) if n >= 60 else 0
        self.twins(t)
        n_pairs = round(0.70 * n)
        local_rows = lambda: sum(1 for r in self.rows if r.local is not None)  # noqa: E731
        pairs = lambda: sum(1 for r in self.rows if r.role == "pair")  # noqa: E731
        guard = 0
        kinds = list(CUSTOMER_KINDS)
        while pairs() < n_pairs and guard < 20 * n:
            # the kind first, then a company that can be spelt so (in the categories where
            # the kind is common), so each kind gets its share
            guard += 1
            kind = rng.choices(kinds, weights=[CUSTOMER_KINDS[k] for k in kinds])[0]
            cats = list(CATEGORIES)
            cw = [CATEGORIES[c] * BOOST.get(c, {}).get(kind, 1.0) for c in cats]
            for _ in range(40):
                ent = self.build(rng.choices(cats, weights=cw)[0])
                if ent is None:
                    continue
                got = self.pair_names(ent, kind)
                if got is None or not self.free(ent.owner, got[0], got[1]):
                    continue
                self.claim(ent, got[0], got[1])
                self.rows.append(Row(ent, got[0], got[1], got[2], "pair"))
                break
        while local_rows() < n and guard < 40 * n:
            guard += 1
            ent = self.build(self.pick_cat())
            if ent is None:
                continue
            name, tags = self.local_name(ent)
            if not self.free(ent.owner, name):
                continue
            self.claim(ent, name)
            self.rows.append(Row(ent, name, None, tags, "local"))
        # traps: new Tripletex companies named like a local one
        n_traps = round(0.14 * n)
        targets = [r for r in self.rows if r.local is not None and r.role in ("pair", "local")]
        rng.shuffle(targets)
        made = 0
        for target in targets:
            if made >= n_traps:
                break
            for _ in range(4):
                sib = self.sibling(target.ent)
                if sib is None or sib.ident in self.idents or sib.ident == target.ent.ident:
                    continue
                name = sib.name.upper() if rng.random() < sib.caps else sib.name
                if not self.free(sib.owner, name):
                    continue
                self.claim(sib, name)
                tags = ["trap"]
                if sib.group and sib.group == target.ent.group:
                    tags.append("+shared-org")
                self.rows.append(Row(sib, None, name, tags, "trap", resembles=target))
                made += 1
                break
        n_tx = round(1.6 * n)
        tx_rows = lambda: sum(1 for r in self.rows if r.tx is not None)  # noqa: E731
        while tx_rows() < n_tx and guard < 80 * n:
            guard += 1
            ent = self.build(self.pick_cat())
            if ent is None:
                continue
            name = self.tx_name(ent)
            if not self.free(ent.owner, name):
                continue
            self.claim(ent, name)
            self.rows.append(Row(ent, None, name, ["tx-only"], "tx"))

    def twin_ent(self, name: str, town: str, owner: str) -> Ent:
        low = name.lower()
        style = ("kindergarten" if "barnehage" in low else "cleaning" if "renhold" in low
                 else "store" if low.startswith(("kiwi", "rema")) else "restaurant"
                 if any(w in low for w in ("pizzeria", "kafé", "restaurant", "bakeriet"))
                 else "smb")
        ent = Ent(f"twin:{name}:{town}", "twin", name, town, style, family=f"twin:{name}",
                  caps=0.4, owner=owner)
        ent.sites = nm.DISTRICTS[town][:3]
        return ent

    def twins(self, t: int) -> None:
        rng = self.rng
        names = rng.sample(nm.COMMON_NAMES, min(len(nm.COMMON_NAMES), 4 * t))
        kinds = ["twin-org", "twin-number", "twin-true", "twin-local"] * t
        for kind, name in zip(kinds, names, strict=False):
            towns = rng.sample(list(nm.OFFICES), 2)
            owner = f"twin:{name}"
            a, b = (self.twin_ent(name, tw, owner) for tw in towns)
            if not self.free(owner, name):
                continue
            if kind == "twin-local":
                self.claim(a, name)
                self.claim(b, name)
                ra = Row(a, name, name.upper() if rng.random() < 0.4 else name,
                         ["twin-local"], "pair", policy={"local_org": rng.random() < 0.5})
                self.rows.append(ra)
                if rng.random() < 0.5:
                    self.rows.append(Row(b, name, None, ["twin-local", "local-only"], "local",
                                         policy={"local_org": False}))
                else:
                    tx_b = f"{name} {b.town}"
                    self.claim(b, tx_b)
                    self.rows.append(Row(b, name, tx_b, ["twin-local", "word-more/tx"], "pair",
                                         policy={"local_org": False}))
                continue
            self.claim(a, name)
            self.claim(b, name)
            if kind == "twin-org":
                pol_a = {"local_org": True, "tx_org": True, "copy_number": False}
                pol_b = {"tx_org": True}
            elif kind == "twin-number":
                pol_a = {"local_org": False, "tx_org": False, "copy_number": True}
                pol_b = {"tx_org": False}
            else:
                pol_a = {"local_org": False, "copy_number": False, "own_number": False}
                pol_b = {}
            tx_a = name.upper() if rng.random() < 0.3 else name
            self.rows.append(Row(a, name, tx_a, [kind], "pair", policy=pol_a))
            self.rows.append(Row(b, None, name, [kind], "tx", policy=pol_b))

    def numbers(self) -> None:
        """Keys, Tripletex ids and numbers, org numbers on each side."""
        rng = self.rng
        for r in self.rows:
            self.settle_org(r.ent)
        tx_rows = [r for r in self.rows if r.tx is not None]
        rng.shuffle(tx_rows)
        base_id = 4_100_000 + rng.randrange(1000) * 100
        for i, r in enumerate(tx_rows):
            r.tx_id = base_id + i
            r.tx_number = str(10001 + i)
            want = r.policy.get("tx_org")
            if want is None:
                want = r.ent.org is not None and rng.random() < 0.85
            r.tx_org = r.ent.org if want else None
        local_rows = [r for r in self.rows if r.local is not None]
        rng.shuffle(local_rows)
        own = rng.sample(range(1, min(9999, max(999, 3 * len(local_rows)))), len(local_rows))
        for i, r in enumerate(local_rows):
            r.key = f"kunde-{i + 1:04d}"
            pol = r.policy
            x = rng.random()
            if r.tx is not None and pol.get("copy_number", x < 0.22):
                r.local_number = r.tx_number
            elif pol.get("own_number", rng.random() < (0.42 if r.tx is not None else 0.45)):
                r.local_number = str(own[i])
            p_org = 0.35 if r.tx is not None else 0.25
            want = pol.get("local_org", rng.random() < p_org)
            if want and r.ent.org:
                if rng.random() < 0.04 and not pol.get("local_org"):
                    j = rng.randrange(9)
                    digit = str((int(r.ent.org[j]) + rng.randrange(1, 10)) % 10)
                    r.local_org = r.ent.org[:j] + digit + r.ent.org[j + 1:]
                    r.tags.append("+org-typo")
                else:
                    r.local_org = org_as_typed(rng, r.ent.org)
                    r.local_org_value = r.ent.org
        # an org number shared by departments must not tie a record to another department:
        # where it is unique on both sides and Tripletex's holder is not this record's own,
        # the consultant did not type it
        tx_by: dict[str, list[Row]] = {}
        loc_by: dict[str, list[Row]] = {}
        for r in self.rows:
            if r.tx_org:
                tx_by.setdefault(r.tx_org, []).append(r)
            if r.local_org_value:
                loc_by.setdefault(r.local_org_value, []).append(r)
        for o, locs in loc_by.items():
            holders = tx_by.get(o, [])
            if len(locs) == 1 and len(holders) == 1 and holders[0] is not locs[0]:
                locs[0].local_org = locs[0].local_org_value = None
        holders: dict[str, int] = {}
        for r in self.rows:
            if r.ent.group and (r.local_org_value or r.tx_org):
                holders[r.ent.group] = holders.get(r.ent.group, 0) + 1
        for r in self.rows:
            if (r.ent.group and (r.local_org_value or r.tx_org) and holders[r.ent.group] > 1
                    and "+shared-org" not in r.tags):
                r.tags.append("+shared-org")


    # ---- projects
    def concept(self, ent: Ent) -> Concept:
        rng = self.rng
        tpl, sub = rng.choice(nm.PROJECTS[ent.style])
        y = rng.choices([YEAR - 1, YEAR, YEAR + 1], weights=[3, 5, 2])[0]
        fill = {"y": y, "y2": y + 2, "q": rng.randrange(1, 5), "r": rng.choice(nm.ROLES),
                "s": rng.choice(ent.sites or nm.DISTRICTS[ent.town])}
        return Concept(tpl, fill, sub)

    def pfree(self, scope: tuple, owner: int, *names: str | None) -> bool:
        taken = self.pscope.setdefault(scope, {})
        for n in names:
            if n is None:
                continue
            base = normalize_name(n).base
            if not base or taken.get(base, owner) != owner:
                return False
        return True

    def pclaim(self, scope: tuple, owner: int, *names: str | None) -> None:
        taken = self.pscope.setdefault(scope, {})
        for n in names:
            if n is not None:
                taken[normalize_name(n).base] = owner

    def uid(self) -> int:
        self._uid += 1
        return self._uid

    def project_variant(self, kind: str, plain: str, side: str, c: Concept | None,
                        cust: Row, main: Proj | None = None) -> str | None:
        rng = self.rng
        if kind == "case":
            return rng.choice([plain.upper(), plain.lower()])
        if kind == "letters":
            return letters(rng, plain)
        if kind == "typo":
            return typo(rng, plain)
        if kind == "abbrev":
            return abbrev(rng, plain, nm.ABBREV_PROJECT)
        if kind == "compound":
            special = {"Renhold kontor": "Kontorrenhold", "Innleie lager": "Lagerinnleie",
                       "Renhold garderober": "Garderoberenhold"}
            for a, b in special.items():
                if plain.startswith(a):
                    return b + plain[len(a):]
            return compound(rng, plain)
        if kind == "order":
            return reorder(plain)
        if kind == "year":
            return year_form(rng, plain)
        if kind == "parent-name" and main is not None:
            parent = main.local if side == "local" else main.tx
            if parent is None:
                return None
            return rng.choice([f"{parent} - {plain}", f"{parent} {plain}", f"{parent}: {plain}"])
        if kind == "customer-name":
            cname = cust.local if side == "local" else cust.tx
            if cname is None:
                return None
            short = " ".join(_words(drop_form(cname) or cname)[:3])
            return rng.choice([f"{short} - {plain}", f"{plain} {short}", f"{short}: {plain}",
                               f"{plain} ({short})"])
        if kind == "customer-number":
            num = cust.tx_number
            if side == "local" and cust.local_number and rng.random() < 0.4:
                num = cust.local_number
            if num is None:
                return None
            return rng.choice([f"{num} {plain}", f"{num} - {plain}", f"{plain} ({num})",
                               f"{plain} {num}"])
        if kind == "word-more":
            if plain.startswith("Rekruttering ") and " ny " not in plain:
                return plain.replace("Rekruttering ", "Rekruttering ny ", 1)
            if plain.startswith("Rammeavtale "):
                return plain.replace("Rammeavtale ", "Rammeavtale bemanning ", 1)
            if not plain.startswith(("Innleie", "Rekruttering", "Renhold")) and rng.random() < 0.5:
                return "Innleie " + plain[:1].lower() + plain[1:]
            site = rng.choice(cust.ent.sites or [cust.ent.town])
            return f"{plain} {site}" if site not in plain else None
        if kind == "english" and c is not None and c.tpl in nm.PROJECTS_EN:
            return nm.PROJECTS_EN[c.tpl].format(**c.fill)
        return None

    def project_pair(self, plain: str, c: Concept | None, cust: Row, kinds: dict[str, float],
                     main: Proj | None = None) -> tuple[str, str, list[str]] | None:
        rng = self.rng
        for _ in range(10):
            kind = rng.choices(list(kinds), weights=list(kinds.values()))[0]
            if kind == "same":
                return plain, plain, ["same"]
            side = "local" if rng.random() < 0.6 else "tx"
            v = self.project_variant(kind, plain, side, c, cust, main)
            if not v or v == plain:
                continue
            local, tx = (v, plain) if side == "local" else (plain, v)
            return local, tx, [f"{kind}/{side}"]
        return None

    def add_main(self, cust: Row) -> bool:
        rng = self.rng
        c = self.concept(cust.ent)
        plain = c.name
        scope = ("P", id(cust))
        owner = self.uid()
        if cust.tx is not None and rng.random() < 0.78:
            kind = rng.choices(list(PROJECT_KINDS), weights=list(PROJECT_KINDS.values()))[0]
            got = None
            for _ in range(8):  # a project of this customer that can be spelt so
                got = self.project_pair(plain, c, cust, {kind: 1.0})
                if got is not None and self.pfree(scope, owner, got[0], got[1]):
                    break
                got = None
                c = self.concept(cust.ent)
                plain = c.name
            if got is None:
                return False
            self.pclaim(scope, owner, got[0], got[1])
            proj = Proj(cust, got[0], got[1], got[2], c.sub, owner)
            self.projs.append(proj)
            if rng.random() < 0.3 and (sib := c.sibling(rng)) is not None:
                o2 = self.uid()
                name = sib.name
                if self.pfree(scope, o2, name):
                    self.pclaim(scope, o2, name)
                    self.projs.append(Proj(cust, None, name, ["trap"], sib.sub, o2,
                                           resembles=proj))
            return True
        name = plain
        tags = ["local-only"]
        if rng.random() < 0.2:
            name = self.project_variant("customer-name", plain, "local", c, cust) or plain
        if not self.pfree(scope, owner, name):
            return False
        self.pclaim(scope, owner, name)
        self.projs.append(Proj(cust, name, None, tags, c.sub, owner))
        return True

    def add_sub(self, main: Proj) -> bool:
        rng = self.rng
        plain = rng.choice(nm.SUBS[main.sub])
        scope = ("S", main.owner)
        owner = self.uid()
        if main.tx is not None and rng.random() < 0.75:
            got = self.project_pair(plain, None, main.cust, SUB_KINDS, main)
            if got is None or not self.pfree(scope, owner, got[0], got[1]):
                return False
            self.pclaim(scope, owner, got[0], got[1])
            self.projs.append(Proj(main.cust, got[0], got[1], got[2], main.sub, owner,
                                   parent=main))
            return True
        if main.local is None or not self.pfree(scope, owner, plain):
            return False
        self.pclaim(scope, owner, plain)
        self.projs.append(Proj(main.cust, plain, None, ["local-only"], main.sub, owner,
                               parent=main))
        return True

    def add_tx_only(self, cust: Row, parent: Proj | None = None, tags: list[str] | None = None,
                    resembles: Proj | None = None) -> Proj | None:
        rng = self.rng
        owner = self.uid()
        if parent is None:
            c = self.concept(cust.ent)
            name, sub, scope = c.name, c.sub, ("P", id(cust))
        else:
            name, sub, scope = rng.choice(nm.SUBS[parent.sub]), parent.sub, ("S", parent.owner)
        if rng.random() < 0.25:
            name = name.upper() if rng.random() < 0.3 else name
        if not self.pfree(scope, owner, name):
            return None
        self.pclaim(scope, owner, name)
        proj = Proj(cust, None, name, tags or ["tx-only"], sub, owner, parent=parent,
                    resembles=resembles)
        self.projs.append(proj)
        return proj

    def projects(self) -> None:
        rng = self.rng
        n_sub = round(self.p * 0.18)
        n_main = self.p - n_sub
        custs = [r for r in self.rows if r.local is not None]
        weights = [(3.0 if r.tx is not None else 1.0) * rng.uniform(0.3, 1.7) for r in custs]
        fails: dict[int, int] = {}
        made = guard = 0
        while made < n_main and guard < 50 * self.p:
            guard += 1
            cust = rng.choices(custs, weights=weights)[0]
            if fails.get(id(cust), 0) > 12:
                continue
            if self.add_main(cust):
                made += 1
            else:
                fails[id(cust)] = fails.get(id(cust), 0) + 1
        mains = [p for p in self.projs if p.local is not None]
        mweights = [3.0 if p.tx is not None else 1.0 for p in mains]
        subs: dict[int, int] = {}
        made = 0
        while made < n_sub and mains and guard < 100 * self.p:
            guard += 1
            main = rng.choices(mains, weights=mweights)[0]
            if subs.get(main.owner, 0) >= 5:
                continue
            if self.add_sub(main):
                made += 1
                subs[main.owner] = subs.get(main.owner, 0) + 1
        # Tripletex's own: more projects under known customers, sub-projects the time
        # tracker lacks (another period or shift beside the local ones: traps), and the
        # projects of the customers new to the time tracker
        for cust in [r for r in self.rows if r.role == "pair"]:
            if rng.random() < 0.35:
                for _ in range(rng.choice([1, 1, 2])):
                    self.add_tx_only(cust)
        for main in [p for p in self.projs if p.parent is None and p.local and p.tx]:
            local_subs = [p for p in self.projs if p.parent is main and p.local is not None]
            if local_subs and rng.random() < 0.3:
                proj = self.add_tx_only(main.cust, parent=main)
                first = proj.tx.split()[0].lower() if proj and proj.tx else None
                alike = [p for p in local_subs if p.local and first and any(
                    w.lower() == first for w in p.local.split())]
                if proj is not None and alike:  # "Uke 32-34" beside "Uke 29-31": a trap
                    proj.tags, proj.resembles = ["trap"], alike[0]
            elif not local_subs and rng.random() < 0.08:
                for _ in range(rng.choice([1, 2])):
                    self.add_tx_only(main.cust, parent=main)
        for cust in [r for r in self.rows if r.local is None]:
            for _ in range(rng.choice([0, 0, 1, 1, 1, 2, 2, 3])):
                proj = self.add_tx_only(cust)
                if proj is not None and rng.random() < 0.08:
                    for _ in range(rng.choice([2, 3])):
                        self.add_tx_only(cust, parent=proj)

    def project_numbers(self) -> None:
        rng = self.rng
        tx = [p for p in self.projs if p.tx is not None]
        rng.shuffle(tx)
        base_id = 7_200_000 + rng.randrange(1000) * 100
        for i, p in enumerate(tx):
            p.tx_id = base_id + i
            p.tx_number = str(1001 + i)
        local = [p for p in self.projs if p.local is not None]
        rng.shuffle(local)
        own = iter(rng.sample(range(1, 1000), min(999, len(local))))
        for i, p in enumerate(local):
            p.key = f"prosjekt-{i + 1:04d}"
            r = rng.random()
            if p.tx is not None and r < 0.15:
                p.local_number = p.tx_number
            elif r < 0.32:
                n = next(own, None)
                if n is not None:
                    p.local_number = rng.choice([f"P-{n:03d}", f"{n:03d}", f"P{n}"])

    def dataset(self) -> DataSet:
        local_c = sorted((r for r in self.rows if r.local is not None), key=lambda r: r.key or "")
        tx_c = sorted((r for r in self.rows if r.tx is not None), key=lambda r: r.tx_id or 0)
        local_p = sorted((p for p in self.projs if p.local is not None), key=lambda p: p.key or "")
        tx_p = sorted((p for p in self.projs if p.tx is not None), key=lambda p: p.tx_id or 0)
        ds = DataSet(
            self.seed,
            local={"customer": [Rec("customer", r.key, r.local, r.local_number, r.local_org)
                                for r in local_c],
                   "project": [Rec("project", p.key, p.local, p.local_number, None, p.cust.key,
                                   p.parent.key if p.parent else None) for p in local_p]},
            tx={"customer": [Rec("customer", r.tx_id, r.tx, r.tx_number, r.tx_org)
                             for r in tx_c],
                "project": [Rec("project", p.tx_id, p.tx, p.tx_number, None, p.cust.tx_id,
                                p.parent.tx_id if p.parent else None) for p in tx_p]},
            truth={}, tags={})
        for kind, items in (("customer", self.rows), ("project", self.projs)):
            for it in items:
                if it.key is not None:
                    ds.tags[(kind, it.key)] = list(it.tags)
                if it.tx_id is not None:
                    ds.tags[(kind, it.tx_id)] = list(it.tags)
                if it.key is not None and it.tx_id is not None:
                    ds.truth[(kind, it.key)] = it.tx_id
                if it.resembles is not None and it.tx_id is not None and it.resembles.key:
                    ds.resembles[(kind, it.tx_id)] = it.resembles.key
        return ds


@dataclass
class Concept:
    """A main project as a template filled in: "Sommervikarer {y}" with y = 2025."""

    tpl: str
    fill: dict
    sub: str

    @property
    def name(self) -> str:
        return self.tpl.format(**self.fill)

    def sibling(self, rng: random.Random) -> Concept | None:
        """Next year's or last year's, the next quarter: another project named alike."""
        if "{y}" in self.tpl:
            y = self.fill["y"]
            d = rng.choice([d for d in (-1, 1) if YEAR - 2 <= y + d <= YEAR + 1])
            return Concept(self.tpl, {**self.fill, "y": y + d, "y2": self.fill["y2"] + d},
                           self.sub)
        if "{q}" in self.tpl:
            q = self.fill["q"] % 4 + 1
            return Concept(self.tpl, {**self.fill, "q": q}, self.sub)
        return None


@dataclass
class Proj:
    cust: Row
    local: str | None
    tx: str | None
    tags: list[str]
    sub: str  # the kind of its sub-projects
    owner: int
    parent: Proj | None = None
    resembles: Proj | None = None
    key: str | None = None
    tx_id: int | None = None
    local_number: str | None = None
    tx_number: str | None = None


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    g = Gen(seed, customers, projects)
    g.customers()
    g.numbers()
    g.projects()
    g.project_numbers()
    return g.dataset()

def org_as_typed(rng: random.Random, org: str) -> str:
    r = rng.random()
    if r < 0.5:
        return org
    if r < 0.72:
        return f"{org[:3]} {org[3:6]} {org[6:]}"
    if r < 0.82:
        return f"{org[:3]}.{org[3:6]}.{org[6:]}"
    return f"NO {org} MVA" if r < 0.93 else f"NO{org}MVA"
