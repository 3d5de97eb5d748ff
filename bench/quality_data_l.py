"""A twelfth data set for `bench/matching_quality.py` (`--data l`), written independently of the
matcher and of the other generators: the registry of a consulting engineering and architecture
firm (structural, HVAC, electrical, fire and acoustics engineers: RIB/RIV/RIE/RIBr/RIAku, and
architects) that keeps its hours in the time tracker, beside its Tripletex company.

- customers: real Norwegian developers, builders, owners and public builders with their
  subsidiaries ("OBOS BBL", "OBOS Block Watne AS", "Veidekke Entreprenør AS", "Backe Romerike
  AS", "Betonmast Oslo AS", "Oslobygg KF", "Statsbygg", "Bane NOR Eiendom AS"), typed by brand
  ("Block Watne", "Kruse Smith"), acronym ("OSU", "TOBB", "NTNU", "RoAF"), former name
  ("Undervisningsbygg Oslo KF", "Veidekke Eiendom AS" for Nordr, "NCC Bolig AS" for Bonava,
  "Viken fylkeskommune"), English name ("University of Oslo"), the group for the subsidiary
  ("Backegruppen"), or with a region or department written in ("Skanska Norge AS region
  Bergen", "Bærum kommune, Eiendom"); developers' project companies ("Lørenskog Sentrum
  Utvikling AS") typed with their developer ("Selvaag - Lørenskog Sentrum"); the consultancies
  and architects the firm works with ("Lund+Slaatto Arkitekter AS", "Dr. techn. Olav Olsen
  AS"); SMBs: builders and tradesmen by surname and trade ("Byggmester Hansen AS", "Olsen
  Grunnarbeid og Transport AS", "Brødrene Lie AS"), by place and trade ("Romerike Betong AS"),
  small developers, partner architects and engineers ("Berg & Lie Arkitekter MNAL AS"), ENKs,
  private homeowners ("Kari Marie Hansen"), borettslag ("Lia Borettslag" / "Borettslaget Lia" /
  "Lia BRL"), sameier ("Sameiet Thereses gate 12" / "Sa. Theresesgt. 12"), municipalities and
  their KFs, county municipalities, IKSs, schools and kindergartens, church councils, sports
  clubs building a hall;
- spelling kinds, each both ways (the tag "kind/local" or "kind/tx" names the side that carries
  the variant; the other side has the registered name): case, æ/ø/å written ae/oe/aa or o/a,
  legal form dropped or changed (ASA/AS, SA/BA, DA/ANS, ENK/AS, "AS i.l."), punctuation (A/S,
  hyphens, dots, "+", "/"), "&"/"og", typos of one or two letters, abbreviations (Eiend., Utv.,
  BRL, Sa., Arkit., Ing.kontor, Bygg & Anl., Entr., Brdr., vgs, gt./vn.), compounds split or
  joined, a word more or less (MNAL, MRIF, a middle name, the second trade), word order,
  "Norge"/"Norway" or dropped, English, former names, acronyms, brands, the group, the
  department; a second, cosmetic difference on some ("+case", "+legal-form");
- twins: one name twice in Tripletex told apart by org number ("twin-org": two "Lia skole" in
  two municipalities), by customer number ("twin-number": two homeowners of one name), by
  nothing ("twin-true"), and two local customers of one name told apart by org number
  ("twin-local"); traps ("trap", with `resembles`): new Tripletex customers that are another
  company named alike: the group's other company or SPV, the same surname in another trade, a
  near surname, the firm's holding, the neighbouring place's firm, the neighbouring borettslag,
  the next house number's sameie, the municipality's KF or the KF's municipality, the area's
  other school, the spouse, the neighbouring church council, the club's hall company;
- local-only customers and many Tripletex customers new to the time tracker; customer numbers
  copied from Tripletex (imported earlier), the registry's own (1-999) or none; org numbers
  mod-11 valid, on both sides, on one or none, typed with spaces or "NO ... MVA";
- projects: engineering and architecture jobs under their customer ("Skisseprosjekt Kvartal 4",
  "Forprosjekt Lia skole", "Detaljprosjektering Hasle Linje B2", "Rammesøknad Felt B3",
  "Tilstandsrapport 2025", "Rammeavtale 2024-2026", "Brannkonsept Storgata 12", "Rehabilitering
  fasader", "Tilbygg garasje", "Uavhengig kontroll RIB Blokk C"), spelt with a year form (25,
  24-26, 2024/2026), the customer's name, customer number or project number written in, a word
  more ("Rehabilitering av fasader", "Forprosjekt nye Lia skole"), abbreviations (UK, RIB,
  Forprosj., Detaljpro., BT2, Rehab.), compounds ("Fasaderehabilitering", "Skisse prosjekt"),
  word order ("Lia skole forprosjekt"), punctuation, a typo, æ/ø/å or case; sub-projects of a
  main project (disciplines ARK/RIB/RIV/RIE/RIBr/RIAku/RIG/LARK by code or written out, "Fase
  1-4", "Byggetrinn 1-4") spelt with the parent's name or number written in, an abbreviation
  (F2, BT2, "Rådgivende ingeniør bygg"), word order ("2. byggetrinn"), roman numbers, a typo or
  case; traps: next year's job, the next phase, the next building or byggetrinn, the
  neighbouring discipline (RIBr beside RIB).

Deterministic per seed; each seed draws other companies, kinds and numbers.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench import quality_names_l as qn
from bench.quality_data import DataSet, Rec, _org, normalize_name

CUSTOMER_KINDS: dict[str, int] = {
    "same": 7, "case": 5, "letters": 5, "legal-form": 7, "legal-change": 3, "punct": 4,
    "and": 3, "typo": 9, "abbrev": 9, "compound": 6, "word-more": 6, "order": 6, "norge": 3,
    "english": 2, "former": 3, "acronym": 3, "brand": 4, "group": 3, "dept": 4,
}
SPECIAL = {"norge", "english", "former", "acronym", "brand", "group", "dept"}
LOCAL_CARRIES = {"former": 0.65, "acronym": 0.7, "brand": 0.7, "group": 0.6, "dept": 0.55,
                 "english": 0.6, "legal-form": 0.6}
PROJECT_KINDS: dict[str, int] = {
    "same": 20, "case": 4, "letters": 3, "typo": 8, "abbrev": 8, "compound": 6, "word-more": 6,
    "order": 5, "punct": 3, "year": 9, "customer-name": 8, "customer-number": 4,
    "project-number": 3,
}
SUB_KINDS: dict[str, int] = {"same": 36, "parent-name": 14, "parent-number": 6, "abbrev": 14,
                             "order": 7, "roman": 5, "typo": 6, "case": 8}
CATEGORIES: dict[str, int] = {
    "real": 28, "spv": 7, "dev": 5, "trade": 16, "place_trade": 7, "arch": 5, "eng": 4,
    "enk": 4, "person": 6, "brl": 6, "sameie": 5, "municipality": 4, "kf": 2, "school": 4,
    "church": 2, "club": 3,
}
TWIN_CATS = {"twin-org": ["brl", "sameie", "school", "enk"],
             "twin-number": ["person", "brl", "school"],
             "twin-true": ["person", "brl", "sameie"],
             "twin-local": ["brl", "sameie", "school", "enk"]}
PROFILE_WEIGHT = {"dev": 3.0, "public": 3.0, "owner": 2.5, "contractor": 2.5, "bbl": 2.0,
                  "health": 2.0, "consult": 1.8, "brl": 1.4, "school": 1.3, "church": 1.2,
                  "club": 1.2, "home": 1.0, "trade": 1.0}
SUB_PROFILES = {"dev", "public", "owner", "contractor", "bbl", "health", "consult"}
# main projects that are split by discipline, phase or stage
SUB_HEADS = set(qn.PHASES) | {"Prosjekteringsledelse", "Rehabilitering", "Tilbygg", "Ombygging",
                              "Leietakertilpasning", "Arbeidstegninger"}
KEYS = {"a": "sqz", "b": "vn", "d": "sfe", "e": "wr", "g": "fh", "i": "uo", "k": "jl",
        "l": "kø", "m": "n", "n": "bm", "o": "ip", "r": "et", "s": "ad", "t": "ry", "u": "yi",
        "v": "cb", "ø": "lå", "å": "øp", "h": "gj", "f": "dg", "p": "oå", "j": "hk"}
LETTERS = [{"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ö": "oe"},
           {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A", "ö": "o"}]
LEGAL_CHANGE = {"ASA": ["AS"], "SA": ["BA"], "BA": ["SA"], "DA": ["ANS"], "ANS": ["DA"],
                "ENK": ["AS"], "AS": ["AS i.l."]}


@dataclass
class Ent:
    """One company or body: its registered name and what people type instead of it."""

    name: str
    cat: str
    prof: str
    place: str = ""
    alts: dict[str, list[str]] = field(default_factory=dict)
    traps: list[str] = field(default_factory=list)
    person: bool = False  # no org number
    org: str | None = None


@dataclass
class PBase:
    """A project's name in parts: what is done, to what, which year."""

    head: str
    obj: str = ""
    year: str = ""

    @property
    def name(self) -> str:
        return " ".join(x for x in (self.head, self.obj, self.year) if x)


# ---- spelling --------------------------------------------------------------------------------


def strip_form(name: str) -> tuple[str, str | None]:
    if name.endswith(" AS i.l."):
        return name[:-8], "AS i.l."
    head, _, last = name.rpartition(" ")
    if head and last in qn.FORMS:
        return head, last
    return name, None


def _match_case(found: str, repl: str) -> str:
    if found[:1].islower() and repl[:1].isupper() and not repl[:2].isupper():
        return repl[0].lower() + repl[1:]
    if found[:1].isupper() and repl[:1].islower():
        return repl[0].upper() + repl[1:]
    return repl


def replace_phrase(name: str, old: str, new: str) -> str | None:
    """`old` as whole words in `name` (any case) replaced by `new`; None when absent."""
    pat = re.compile(r"(?<!\w)" + re.escape(old.strip()) + (r"(?!\w)" if not old.endswith(" ")
                                                             else r"\s"), re.IGNORECASE)
    m = pat.search(name)
    if not m:
        return None
    repl = _match_case(m.group(0), new)
    out = name[:m.start()] + repl + name[m.end():]
    return out if out != name else None


def case_variants(name: str) -> list[str]:
    out = [name.upper(), name.lower(),
           " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in name.split())]
    return [v for v in dict.fromkeys(out) if v != name]


def letters(rng: random.Random, name: str) -> str | None:
    table = rng.choice(LETTERS)
    out = "".join(table.get(ch, ch) for ch in name)
    return out if out != name else None


def typo(rng: random.Random, name: str) -> str | None:
    words = name.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and not w.isupper()
           and w not in qn.FORMS]
    if not idx:
        return None
    for i in rng.sample(idx, 2 if len(idx) > 1 and rng.random() < 0.2 else 1):
        w = words[i]
        op = rng.randrange(4)
        j = rng.randrange(1, len(w) - 1)
        if op == 0 and w[j] != w[j + 1]:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == 1:
            w = w[:j] + w[j + 1:]
        elif op == 2:
            w = w[:j] + w[j] + w[j:]
        else:
            near = KEYS.get(w[j].lower())
            w = w[:j] + rng.choice(near) + w[j + 1:] if near else w[:j] + w[j + 1:]
        words[i] = w
    out = " ".join(words)
    return out if out != name else None


def punct(rng: random.Random, name: str) -> str | None:
    options = []
    core, form = strip_form(name)
    if form == "AS":
        options += [core + " A/S", core + " A.S."]
    if " - " in name:
        options.append(name.replace(" - ", " "))
    elif "-" in name:
        options += [name.replace("- ", " ").replace("-", " ")]
    if "." in core:
        options.append(name.replace(". ", " ").replace(".", ""))
    if re.search(r"\b[A-ZÆØÅ] [A-ZÆØÅ]", name):
        options.append(re.sub(r"\b([A-ZÆØÅ]) ([A-ZÆØÅ])", r"\1. \2", name, count=1))
    if " & " in name:
        options.append(name.replace(" & ", "&"))
    if "+" in name:
        options += [name.replace("+", " + "), name.replace("+", " ")]
    if "/" in core and form != "A/S":
        options += [name.replace("/", " / "), name.replace("/", "-")]
    if re.search(r" \d ", name):
        options.append(re.sub(r" (\d) ", r"\1 ", name, count=1))
    options = [o for o in options if o != name]
    return rng.choice(options) if options else None


def and_variant(name: str) -> str | None:
    if " & " in name:
        return name.replace(" & ", " og ", 1)
    if " og " in name:
        return name.replace(" og ", " & ", 1)
    if "+" in name:
        return name.replace("+", " og ")
    return None


def abbrev(rng: random.Random, name: str) -> str | None:
    options = []
    for old, new in sorted(qn.CUSTOMER_ABBREV, key=lambda p: -len(p[0])):
        v = replace_phrase(name, old, new)
        if v:
            options.append(v)
    for pat, rep in ((r"(\w{3,}?)(gata|gaten)\b", r"\1gt."), (r"(\w{3,}?)gate\b", r"\1gt."),
                     (r"\b(gate|gata)\b", "gt."), (r"(\w{3,})veien\b", r"\1vn."),
                     (r"(\w{3,})vei\b", r"\1v.")):
        v = re.sub(pat, rep, name, count=1)
        if v != name:
            options.append(v)
    return rng.choice(options) if options else None


def compound(rng: random.Random, name: str) -> str | None:
    options = []
    for joined, split in qn.CUSTOMER_COMPOUND:
        for a, b in ((joined, split), (split, joined)):
            v = replace_phrase(name, a, b)
            if v:
                options.append(v)
    return rng.choice(options) if options else None


def norge(name: str) -> list[str]:
    if not re.search(r"(?<![-\w])Norge(?![-\w])", name):
        return []
    return [name.replace(" Norge", " Norway"), re.sub(r" Norge(?![-\w])", "", name)]


def typed_org(rng: random.Random, org: str) -> str:
    r = rng.random()
    if r < 0.55:
        return org
    if r < 0.8:
        return f"{org[:3]} {org[3:6]} {org[6:]}"
    return f"NO {org} MVA" if r < 0.92 else f"NO{org}MVA"


# ---- the generator ---------------------------------------------------------------------------


class Gen:
    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.rng = random.Random(f"quality-data-l:{seed}")
        self.seed, self.n_c, self.n_p = seed, customers, projects
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.orgs: set[str] = set()
        self.taken: set[str] = set()  # names of the companies made so far and their aliases
        self.reserved: set[str] = set()  # the real companies' names: never a generated one's
        self.loc_bases: dict[str, int] = {}
        self.tx_bases: dict[str, int] = {}
        self.tx_ids: set[int] = set()
        self.tmp = 0
        rng = self.rng
        self.cust_numbers = list(range(10001, 10001 + 4 * customers + 100))
        rng.shuffle(self.cust_numbers)
        self.own_numbers = list(range(1, 1000))
        rng.shuffle(self.own_numbers)
        self.proj_numbers = [f"{yy}{n:03d}" for yy in range(20, 30) for n in range(1, 1000)]
        rng.shuffle(self.proj_numbers)
        self.own_proj_numbers = [f"{yy}{n:02d}" for yy in range(10, 30) for n in range(1, 100)]
        rng.shuffle(self.own_proj_numbers)
        self.real = [r for r in qn.REAL]
        rng.shuffle(self.real)
        self.real_names = {r.name.lower(): r for r in qn.REAL}
        self.alias_owner: dict[str, set[str]] = {}  # a real name or alias -> whose it is
        for r in qn.REAL:
            self.reserved.add(self.key(r.name))
            for n in [r.name] + r.brand + r.acronym + r.former + r.english + r.group + r.less:
                self.alias_owner.setdefault(self.key(n), set()).add(r.name)
        self.used_real: set[str] = set()
        self.cust_ent: dict[str | int, Ent] = {}
        self.cust_place: dict[str | int, str] = {}
        self.paired: list[tuple[Rec, Rec, Ent]] = []
        self.local_only: list[tuple[Rec, Ent]] = []
        self.tx_only: list[tuple[Rec, Ent]] = []

    # -- ids and records --

    def tx_id(self) -> int:
        while True:
            i = self.rng.randrange(1_000_000, 99_999_999)
            if i not in self.tx_ids:
                self.tx_ids.add(i)
                return i

    def local_id(self) -> str:
        self.tmp += 1
        return f"tmp-{self.tmp}"

    def tag(self, kind: str, rid: str | int, *tags: str) -> None:
        self.tags.setdefault((kind, rid), []).extend(tags)

    @staticmethod
    def key(name: str) -> str:
        """A name as the registry of names taken holds it: without legal form, lower case."""
        return strip_form(name)[0].lower()

    @staticmethod
    def base(name: str) -> str:
        return normalize_name(name).base

    def free(self, local: list[str], tx: list[str]) -> bool:
        """No customer on either side shares a normalised name with these (the pair aside)."""
        bases = {self.base(n) for n in local + tx}
        return not any(b in self.loc_bases or b in self.tx_bases for b in bases)

    def add_local(self, name: str, ent: Ent, org: str | None, number: str | None) -> Rec:
        r = Rec("customer", self.local_id(), name, number, org)
        self.local["customer"].append(r)
        b = self.base(name)
        self.loc_bases[b] = self.loc_bases.get(b, 0) + 1
        self.cust_ent[r.id] = ent
        return r

    def add_tx(self, name: str, ent: Ent, org: str | None) -> Rec:
        r = Rec("customer", self.tx_id(), name, str(self.cust_numbers.pop()), org)
        self.tx["customer"].append(r)
        b = self.base(name)
        self.tx_bases[b] = self.tx_bases.get(b, 0) + 1
        self.cust_ent[r.id] = ent
        return r

    @staticmethod
    def take(pool: list[str]) -> str | None:
        return pool.pop() if pool else None

    def new_org(self) -> str:
        return _org(self.rng, self.orgs)

    # -- companies --

    def claim(self, ent: Ent | None) -> Ent | None:
        """The company if its name (and every alias) is free; then they are taken."""
        if ent is None:
            return None
        names = [self.key(n) for n in [ent.name] + [a for v in ent.alts.values() for a in v]]
        if ent.cat == "real":
            if names[0] in self.taken:
                return None
        elif any(n in self.taken or n in self.reserved for n in names):
            return None
        if not self.free([ent.name], []):
            return None
        self.taken.update(names)
        if ent.cat == "real":
            self.used_real.add(ent.name)
        if not ent.person:
            ent.org = self.new_org()
        return ent

    def make(self, cat: str) -> Ent | None:
        for _ in range(40):
            if cat == "real":
                if not self.real:
                    return None
                ent = self.claim(self.from_real(self.real.pop()))
            else:
                ent = self.claim(getattr(self, "make_" + cat)())
            if ent is not None:
                return ent
        return None

    def any_company(self, cats: list[str] | None = None) -> Ent:
        rng = self.rng
        while True:
            if cats:
                cat = rng.choice(cats)
            else:
                cat = rng.choices(list(CATEGORIES), weights=list(CATEGORIES.values()))[0]
            ent = self.make(cat)
            if ent is not None:
                return ent

    def from_real(self, r: qn.Real) -> Ent:
        alts: dict[str, list[str]] = {}
        for kind, vals in (("brand", r.brand), ("acronym", r.acronym), ("former", r.former),
                           ("english", r.english), ("group", r.group), ("word-more", r.less)):
            if vals:
                alts[kind] = list(vals)
        if r.dept:
            alts["dept"] = [f"{r.name} {d}" for d in r.dept] + [f"{r.name}, {d}" for d in r.dept]
        if norge(r.name):
            alts["norge"] = norge(r.name)
            if "english" in alts:
                alts["english"] = [e for e in alts["english"] if e not in alts["norge"]] or []
                if not alts["english"]:
                    del alts["english"]
        place = self.rng.choice(qn.PLACES)
        return Ent(r.name, "real", r.prof, place, alts, list(r.traps))

    def make_spv(self) -> Ent:
        rng = self.rng
        area = rng.choice(qn.DEVELOPMENTS)
        suffix = rng.choice(qn.SPV_SUFFIX)
        group = rng.choice(qn.SPV_GROUPS)
        name = f"{area} {suffix} AS"
        others = [s for s in qn.SPV_SUFFIX if s != suffix]
        traps = [f"{area} {rng.choice(others)} AS", f"{area} Holding AS", f"{area} {suffix} 2 AS"]
        alts = {"group": [f"{group} - {area}", f"{area} ({group})", f"{group} {area} {suffix}"]}
        return Ent(name, "spv", "dev", area.split()[0], alts, traps)

    def make_dev(self) -> Ent:
        rng = self.rng
        s, p, f = rng.choice(qn.SURNAMES), rng.choice(qn.PLACES), rng.choice(qn.FANCY)
        first, suffix = rng.choice([(s, "Eiendom"), (p, "Boligutvikling"), (f, "Bolig"),
                                    (s, "Eiendomsutvikling"), (f, "Utvikling"), (p, "Eiendom"),
                                    (s, "Bolig")])
        name = f"{first} {suffix} AS"
        others = [x for x in ("Eiendom", "Bolig", "Utvikling", "Invest", "Næring") if x != suffix]
        traps = [f"{first} {rng.choice(others)} AS", f"{first} {suffix} Holding AS"]
        return Ent(name, "dev", rng.choice(["dev", "owner"]), p, {}, traps)

    def make_trade(self) -> Ent:
        rng = self.rng
        s = rng.choice(qn.SURNAMES)
        trade, _abbr, _split, title = rng.choice(qn.TRADES)
        alts: dict[str, list[str]] = {}
        r = rng.random()
        form = "AS"
        if r < 0.08:
            core = f"Brødrene {s} {trade}" if rng.random() < 0.5 else f"Brødrene {s}"
            form = rng.choice(["AS", "AS", "ANS", "DA"])
        elif r < 0.16:
            core = f"{s} & Sønn" if rng.random() < 0.6 else f"{s} og Sønner"
            form = rng.choice(["AS", "AS", "DA", "ANS"])
        elif title and r < 0.55:
            core = f"{trade} {s}"
            alts["order"] = [f"{s} {trade} {form}"]
        else:
            core = f"{s} {trade}"
            if title:
                alts["order"] = [f"{trade} {s} {form}"]
            if trade in qn.SECOND_TRADE and rng.random() < 0.35:
                alts["word-more"] = [f"{core} {form}"]
                core = f"{core} {rng.choice(qn.SECOND_TRADE[trade])}"
        name = f"{core} {form}"
        if "order" in alts:
            alts["order"] = [alts["order"][0].replace(f" {form}", f" {form}")]
        near = qn.NEAR_SURNAME.get(s)
        other = rng.choice(qn.OTHER_TRADE)
        traps = [f"{s} {other} AS", f"{core} Holding AS"]
        if near:
            traps.append(name.replace(s, near))
        return Ent(name, "trade", "trade", rng.choice(qn.PLACES), alts, traps)

    def make_place_trade(self) -> Ent:
        rng = self.rng
        p = rng.choice(qn.PLACES + qn.REGIONS)
        trade = rng.choice([t for t in qn.TRADES if not t[3]])[0]
        name = f"{p} {trade} AS"
        traps = [f"{p} {rng.choice(qn.OTHER_TRADE)} AS"]
        if p in qn.NEIGHBOUR:
            traps.append(f"{qn.NEIGHBOUR[p]} {trade} AS")
        return Ent(name, "place_trade", "trade", p, {}, traps)

    def make_arch(self) -> Ent:
        rng = self.rng
        s, s2, f = rng.choice(qn.SURNAMES), rng.choice(qn.SURNAMES), rng.choice(qn.FANCY)
        if s2 == s:
            return None  # type: ignore[return-value]
        k = rng.randrange(5)
        alts: dict[str, list[str]] = {}
        if k == 0:
            name, traps = f"{s} Arkitekter AS", [f"{s} Interiørarkitekter AS",
                                                 f"{s} Landskapsarkitekter AS"]
            alts["word-more"] = [f"{s} Arkitekter MNAL AS"]
        elif k == 1:
            name = f"{s} & {s2} Arkitekter AS"
            traps = [f"{s} & {s2} Landskap AS", f"{s2} & {s} Arkitekter AS"]
            alts["word-more"] = [f"{s} & {s2} AS", f"{s} & {s2} Arkitekter MNAL AS"]
        elif k == 2:
            name, traps = f"Arkitektkontoret {s} AS", [f"Arkitektkontoret {s} & {s2} AS"]
            alts["order"] = [f"{s} Arkitektkontor AS"]
        elif k == 3:
            name, traps = f"{f} Arkitektur AS", [f"{f} Landskap AS", f"{f} Interiør AS"]
        else:
            name, traps = f"{s} Arkitektkontor AS", [f"{s} Arkitektkontor Holding AS"]
            alts["order"] = [f"Arkitektkontoret {s} AS"]
        return Ent(name, "arch", "consult", rng.choice(qn.PLACES), alts, traps)

    def make_eng(self) -> Ent:
        rng = self.rng
        s, p = rng.choice(qn.SURNAMES), rng.choice(qn.PLACES)
        k = rng.randrange(5)
        alts: dict[str, list[str]] = {}
        if k == 0:
            name, traps = f"{s} Rådgivende Ingeniører AS", [f"{s} Rådgivning AS"]
            alts["word-more"] = [f"{s} Rådgivende Ingeniører MRIF AS"]
        elif k == 1:
            name = f"{p} Ingeniørkontor AS"
            traps = [f"{qn.NEIGHBOUR.get(p, p + ' Vest')} Ingeniørkontor AS"]
        elif k == 2:
            name, traps = f"{s} Ingeniørtjenester AS", [f"{s} Ingeniørtjenester Holding AS"]
        elif k == 3:
            name, traps = f"{p} Byggrådgivning AS", [f"{p} Byggkontroll AS"]
        else:
            name, traps = f"{s} Prosjektledelse AS", [f"{s} Prosjekt AS"]
        return Ent(name, "eng", "consult", p, alts, traps)

    def make_enk(self) -> Ent:
        rng = self.rng
        first, s = rng.choice(qn.FIRST_NAMES), rng.choice(qn.SURNAMES)
        title = rng.choice(["Tømrer", "Snekker", "Maler", "Murer", "Rørlegger", "Elektriker",
                            "Taktekker", "Arkitekt", "Ingeniør"])
        alts: dict[str, list[str]] = {}
        if rng.random() < 0.5:
            core = f"{title} {first} {s}"
            alts["order"] = [f"{first} {s} {title}"]
        else:
            core = f"{first} {s} {rng.choice(['Bygg', 'Byggtjenester', 'Håndverk', 'Maling'])}"
        name = core + (" ENK" if rng.random() < 0.5 else "")
        other = rng.choice([x for x in qn.FIRST_NAMES if x != first])
        traps = [core.replace(first, other)]
        return Ent(name, "enk", rng.choice(["trade", "home"]), rng.choice(qn.PLACES), alts, traps)

    def make_person(self) -> Ent:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(qn.FIRST_NAMES_F if female else qn.FIRST_NAMES_M)
        s = rng.choice(qn.SURNAMES)
        middles = qn.MIDDLE_NAMES_F if female else qn.MIDDLE_NAMES_M
        alts: dict[str, list[str]] = {}
        if rng.random() < 0.35:
            mid = rng.choice(middles)
            name = f"{first} {mid} {s}"
            alts["abbrev"] = [f"{first} {mid[0]}. {s}"]
            alts["word-more"] = [f"{first} {s}"]
            alts["order"] = [f"{s}, {first} {mid}", f"{s} {first} {mid}"]
        else:
            name = f"{first} {s}"
            alts["word-more"] = [f"{first} {rng.choice(middles)} {s}"]
            alts["order"] = [f"{s}, {first}", f"{s} {first}"]
        spouse = rng.choice([x for x in qn.FIRST_NAMES if x != first])
        traps = [f"{spouse} {s}"]
        if s in qn.NEAR_SURNAME:
            traps.append(f"{first} {qn.NEAR_SURNAME[s]}")
        return Ent(name, "person", "home", rng.choice(qn.PLACES), alts, traps, person=True)

    def make_brl(self) -> Ent:
        rng = self.rng
        area = rng.choice(qn.AREAS)
        more = rng.choice(qn.AREA_MORE) if rng.random() < 0.3 else ""
        full = f"{area} {more}".strip()
        r = rng.random()
        alts: dict[str, list[str]] = {}
        if r < 0.6:
            name = f"{full} Borettslag"
            alts["order"] = [f"Borettslaget {full}"]
        elif r < 0.85:
            name = f"Borettslaget {full}"
            alts["order"] = [f"{full} Borettslag"]
        else:
            name = f"{full} BRL"
            alts["abbrev"] = [f"{full} Borettslag", f"Brl. {full}"]
        nm = [x for x in qn.AREA_MORE if x != more]
        if more:
            traps = [f"{area} Borettslag", f"{area} {rng.choice(nm)} Borettslag"]
        else:
            traps = [f"{area} {rng.choice(nm)} Borettslag", f"Nedre {area} Borettslag",
                     f"Øvre {area} Borettslag"]
        return Ent(name, "brl", "brl", qn.AREA_TOWN[area], alts, traps)

    def make_sameie(self) -> Ent:
        rng = self.rng
        street, n = rng.choice(qn.STREETS), rng.randrange(1, 80)
        addr = f"{street} {n}"
        r = rng.random()
        alts: dict[str, list[str]] = {}
        if r < 0.5:
            name = f"Sameiet {addr}"
            alts["order"] = [f"{addr} Sameie"]
            alts["word-more"] = [f"Eierseksjonssameiet {addr}"]
        elif r < 0.7:
            name = f"{addr} Sameie"
            alts["order"] = [f"Sameiet {addr}"]
        elif r < 0.8:
            name = f"Eierseksjonssameiet {addr}"
            alts["word-more"] = [f"Sameiet {addr}"]
        else:
            name = f"Boligsameiet {addr}"
            alts["order"] = [f"{addr} Boligsameie"]
        step = rng.choice([2, -2, 1]) if n > 2 else 2
        traps = [name.replace(f" {n}", f" {n + step}")]
        return Ent(name, "sameie", "brl", rng.choice(qn.PLACES), alts, traps)

    def make_municipality(self) -> Ent:
        rng = self.rng
        p = rng.choice(qn.MUNICIPALITIES)
        units = rng.sample(qn.MUNICIPAL_UNITS, 2)
        alts = {"dept": [f"{p} kommune, {units[0]}", f"{p} kommune {units[1]}",
                         f"{p} kommune v/ {units[0]}"]}
        traps = [t.format(p=p) for t in rng.sample(qn.KF_NAMES, 2)]
        return Ent(f"{p} kommune", "municipality", "public", p, alts, traps)

    def make_kf(self) -> Ent:
        rng = self.rng
        p = rng.choice(qn.MUNICIPALITIES)
        tpl = rng.choice(qn.KF_NAMES[:3] + [qn.KF_NAMES[5]])
        name = tpl.format(p=p)
        other = rng.choice([t for t in qn.KF_NAMES if t != tpl]).format(p=p)
        return Ent(name, "kf", "public", p, {"group": [f"{p} kommune"]}, [other, f"{p} kommune"])

    def make_school(self) -> Ent:
        rng = self.rng
        area = rng.choice(qn.AREAS)
        p = qn.AREA_TOWN[area]
        kind, short = rng.choice(qn.SCHOOLS)
        alts: dict[str, list[str]] = {"word-more": [f"{area} {kind}, {p} kommune",
                                                    f"{area} {kind} ({p} kommune)"]}
        name = f"{area} {kind}"
        if kind == "barnehage" and rng.random() < 0.5:
            name += " SA"
        if short:
            alts["abbrev"] = [f"{area} {short}"]
        others = [k for k, _s in qn.SCHOOLS if k != kind]
        traps = [f"{area} {o}" for o in rng.sample(others, 2)]
        return Ent(name, "school", "school", p, alts, traps)

    def make_church(self) -> Ent:
        rng = self.rng
        p = rng.choice(qn.MUNICIPALITIES)
        name = qn.CHURCH_FELLESRAD.format(p=p)
        alts = {"order": [f"Kirkelig fellesråd i {p}"],
                "word-more": [f"Den norske kirke, {p} kirkelige fellesråd"]}
        other = qn.NEIGHBOUR.get(p) or rng.choice(qn.MUNICIPALITIES)
        traps = [qn.CHURCH_FELLESRAD.format(p=other), f"{p} menighetsråd"]
        return Ent(name, "church", "church", p, alts, traps)

    def make_club(self) -> Ent:
        rng = self.rng
        p = rng.choice(qn.AREAS + qn.PLACES)
        town = qn.AREA_TOWN.get(p, p)
        word, ab = rng.choice(qn.CLUB_FORMS)
        alts: dict[str, list[str]] = {}
        if rng.random() < 0.5:
            name = f"{p} {ab}"
            alts["abbrev"] = [f"{p} {word}"]
        else:
            name = f"{p} {word}"
        if word in ("Idrettslag", "Idrettsforening", "Fotballklubb", "Turnforening"):
            alts["order"] = [f"{word}{'et' if word.endswith('lag') else 'en'} {p}"]
        other_ab = rng.choice([a for _w, a in qn.CLUB_FORMS if a != ab])
        traps = [f"{p} {other_ab}", f"{p} Idrettshall AS", f"{p} Arena AS"]
        return Ent(name, "club", "club", town, alts, traps)

    # -- spelling a customer --

    def variants(self, ent: Ent) -> dict[str, list[str]]:
        rng, name = self.rng, ent.name
        out: dict[str, list[str]] = {"same": [name]}
        core, form = strip_form(name)
        out["case"] = case_variants(name)
        for kind, fn in (("letters", letters), ("typo", typo), ("punct", punct),
                         ("abbrev", abbrev), ("compound", compound)):
            v = fn(rng, name)
            if v:
                out.setdefault(kind, []).append(v)
        if form:
            out["legal-form"] = [core]
            change = LEGAL_CHANGE.get(form)
            if change and (form != "AS" or (ent.cat != "real" and rng.random() < 0.3)) and \
                    (form != "ASA" or ent.cat == "real"):
                out["legal-change"] = [f"{core} {c}" for c in change]
            elif form == "AS" and ent.cat in ("trade", "place_trade") and rng.random() < 0.5:
                out["legal-change"] = [f"{core} ENK"]
        v = and_variant(name)
        if v:
            out["and"] = [v]
        for kind, alts in ent.alts.items():
            out.setdefault(kind, []).extend(alts)
        return {k: [v for v in vs if v and v != name] or ([name] if k == "same" else [])
                for k, vs in out.items()}

    def spell(self, ent: Ent) -> list[tuple[str, str, str, list[str], set[str]]]:
        """Candidate spellings of a pair, best first: (kind, local name, tx name, extra tags,
        the other real companies this alias also names: kept out of the data when it is used;
        an alias that names a company already in the data is not used)."""
        rng = self.rng
        vs = {k: v for k, v in self.variants(ent).items() if v and k in CUSTOMER_KINDS}
        weights = {k: CUSTOMER_KINDS[k] for k in vs}
        order: list[str] = []
        special = {k: w for k, w in weights.items() if k in SPECIAL}
        if special and rng.random() < 0.55:  # what a real group's company is typed as, mostly
            k = rng.choices(list(special), weights=list(special.values()))[0]
            order.append(k)
            del weights[k]
        while weights:
            k = rng.choices(list(weights), weights=list(weights.values()))[0]
            order.append(k)
            del weights[k]
        out = []
        for kind in order:
            v = rng.choice(vs[kind])
            others = self.alias_owner.get(self.key(v), set()) - {ent.name}
            if others & self.used_real:
                continue
            if kind == "same":
                loc, tx, side = ent.name, ent.name, ""
            elif rng.random() < LOCAL_CARRIES.get(kind, 0.5):
                loc, tx, side = v, ent.name, "local"
            else:
                loc, tx, side = ent.name, v, "tx"
            extra: list[str] = []
            if kind not in ("legal-form", "legal-change") and rng.random() < 0.15:
                c, f = strip_form(loc)
                if f and f not in ("BRL",):
                    loc = c
                    extra.append("+legal-form")
            if kind != "case" and rng.random() < 0.08:
                if rng.random() < 0.5:
                    tx = tx.upper()
                else:
                    loc = loc.lower()
                extra.append("+case")
            out.append((kind + (f"/{side}" if side else ""), loc, tx, extra, others))
        return out

    def local_org(self, ent: Ent) -> tuple[str | None, str | None]:
        """(local org, tx org) of a pair."""
        if ent.org is None:
            return None, None
        r = self.rng.random()
        if r < 0.3:
            return typed_org(self.rng, ent.org), ent.org
        if r < 0.72:
            return None, ent.org
        if r < 0.82:
            return typed_org(self.rng, ent.org), None
        return None, None

    def local_number(self, tx: Rec | None, p_copy: float = 0.35, p_own: float = 0.3) -> str | None:
        r = self.rng.random()
        if tx is not None and r < p_copy:
            return tx.number
        if r < p_copy + p_own:
            return str(self.own_numbers.pop()) if self.own_numbers else None
        return None

    # -- customers --

    def pair(self, ent: Ent) -> tuple[Rec, Rec] | None:
        for tag, loc_name, tx_name, extra, others in self.spell(ent):
            if not self.free([loc_name], [tx_name]):
                continue
            self.real = [r for r in self.real if r.name not in others]
            loc_org, tx_org = self.local_org(ent)
            t = self.add_tx(tx_name, ent, tx_org)
            lrec = self.add_local(loc_name, ent, loc_org, self.local_number(t))
            self.truth[("customer", lrec.id)] = t.id
            self.tag("customer", lrec.id, tag, *extra)
            self.tag("customer", t.id, tag, *extra)
            self.paired.append((lrec, t, ent))
            return lrec, t
        return None

    def trap(self, ent: Ent, lrec: Rec) -> None:
        rng = self.rng
        names = [n for n in ent.traps if n.lower() != ent.name.lower()]
        rng.shuffle(names)
        for name in names:
            real = self.real_names.get(name.lower())
            if real is not None:
                if real not in self.real:
                    continue
                te = self.claim(self.from_real(real))
                if te is None:
                    continue
                self.real.remove(real)
            else:
                if self.key(name) in self.taken | self.reserved or not self.free([], [name]):
                    continue
                te = Ent(name, ent.cat, ent.prof, ent.place, person=ent.person)
                te = self.claim(te)
                if te is None:
                    continue
            t = self.add_tx(name, te, te.org if rng.random() < 0.8 else None)
            self.tag("customer", t.id, "trap")
            self.resembles[("customer", t.id)] = lrec.id
            self.tx_only.append((t, te))
            return

    def twin(self, kind: str) -> int:
        """A twin case; returns how many local customers it made (0 when none could be)."""
        rng = self.rng
        ent = None
        for _ in range(20):
            ent = self.make(rng.choice(TWIN_CATS[kind]))
            if ent is not None and (kind == "twin-number" or kind == "twin-true" or not ent.person):
                break
            ent = None
        if ent is None:
            return 0
        name = ent.name
        other = Ent(name, ent.cat, ent.prof, rng.choice(qn.PLACES), person=ent.person)
        if not other.person:
            other.org = self.new_org()
        if kind == "twin-org":
            a, b = self.add_tx(name, ent, ent.org), self.add_tx(name, other, other.org)
            loc = self.add_local(name if rng.random() < 0.7 else name.upper(), ent,
                                 typed_org(rng, ent.org or ""), self.local_number(a, 0.0, 0.4))
            pairs, made = [(loc, a)], 1
            self.tx_only.append((b, other))
            twins = [a.id, b.id]
        elif kind == "twin-number":
            a, b = self.add_tx(name, ent, None), self.add_tx(name, other, None)
            loc = self.add_local(name, ent, None, a.number)
            pairs, made = [(loc, a)], 1
            self.tx_only.append((b, other))
            twins = [a.id, b.id]
        elif kind == "twin-true":
            a, b = self.add_tx(name, ent, None), self.add_tx(name, other, None)
            loc = self.add_local(name, ent, None, None)
            pairs, made = [(loc, a)], 1
            self.tx_only.append((b, other))
            twins = [a.id, b.id]
        else:  # twin-local: two local customers of one name, Tripletex has one or both
            a = self.add_tx(name, ent, ent.org)
            l1 = self.add_local(name, ent, typed_org(rng, ent.org or ""), self.local_number(a))
            l2 = self.add_local(name, other, typed_org(rng, other.org or ""),
                                self.local_number(None))
            pairs, made, twins = [(l1, a)], 2, [a.id]
            if rng.random() < 0.5:
                b = self.add_tx(name, other, other.org)
                pairs.append((l2, b))
                twins.append(b.id)
            else:
                self.local_only.append((l2, other))
                self.tag("customer", l2.id, kind, "local-only")
        for loc, t in pairs:
            self.truth[("customer", loc.id)] = t.id
            self.tag("customer", loc.id, kind)
            self.paired.append((loc, t, self.cust_ent[t.id]))
        for tid in twins:
            if ("customer", tid) not in self.tags:
                self.tag("customer", tid, kind)
        return made

    def customers(self) -> None:
        rng = self.rng
        n_pairs = round(self.n_c * 0.72)
        made_pairs, made_local = 0, 0
        for kind, n in (("twin-org", max(1, self.n_c // 60)), ("twin-number", max(1, self.n_c // 75)),
                        ("twin-true", max(1, self.n_c // 100)),
                        ("twin-local", max(1, self.n_c // 75))):
            for _ in range(n):
                k = self.twin(kind)
                made_pairs += min(k, 1)
                made_local += k
        while made_pairs < n_pairs:
            ent = self.any_company()
            got = self.pair(ent)
            if got is None:
                continue
            made_pairs += 1
            made_local += 1
            p_trap = 0.45 if ent.cat == "real" else 0.28
            if ent.traps and rng.random() < p_trap:
                self.trap(ent, got[0])
        while made_local < self.n_c:
            ent = self.any_company()
            name = ent.name
            if rng.random() < 0.3:
                c, f = strip_form(name)
                name = c if f else name
            if not self.free([name], []):
                continue
            org = typed_org(rng, ent.org) if ent.org and rng.random() < 0.4 else None
            loc = self.add_local(name, ent, org, self.local_number(None, 0.0, 0.5))
            self.tag("customer", loc.id, "local-only")
            self.local_only.append((loc, ent))
            made_local += 1
        target = round(self.n_c * 5 / 3)
        while len(self.tx["customer"]) < target:
            ent = self.any_company()
            t = self.add_tx(ent.name, ent, ent.org if rng.random() < 0.8 else None)
            self.tag("customer", t.id, "new")
            self.tx_only.append((t, ent))

    # -- projects --

    def year(self, ranged: bool = False) -> str:
        y = self.rng.choice([2023, 2024, 2024, 2025, 2025, 2025, 2026])
        if ranged:
            return f"{y - 1}-{y + 1}" if self.rng.random() < 0.5 else f"{y}-{y + 2}"
        return str(y)

    def area(self, town: str) -> str:
        areas = qn.AREAS_BY.get(town)
        if areas and self.rng.random() < 0.85:
            return self.rng.choice(areas)
        return self.rng.choice(qn.GENERIC_AREAS)

    def dev_object(self) -> str:
        rng = self.rng
        tpl = rng.choice(qn.DEV_OBJECTS)
        return tpl.format(n=rng.randrange(1, 9), c=rng.choice("ABCDEFG"))

    def project_base(self, ent: Ent) -> PBase:
        rng = self.rng
        prof = ent.prof
        area = self.area(ent.place)
        street = f"{rng.choice(qn.STREETS)} {rng.randrange(1, 90)}"
        building = f"{area} {rng.choice(qn.BUILDINGS)}"
        r = rng.random()
        if r < 0.12 and prof not in ("home",):
            head = rng.choice(qn.YEARLY)
            return PBase(head, "", self.year(head == "Rammeavtale" or rng.random() < 0.25))
        if prof in ("dev", "bbl"):
            obj = rng.choice([self.dev_object(), rng.choice(qn.DEVELOPMENTS),
                              f"{rng.choice(qn.DEVELOPMENTS)} {self.dev_object()}",
                              f"{area} {self.dev_object()}"])
            head = rng.choice(qn.PHASES + qn.STUDIES[:8])
        elif prof == "contractor":
            obj = rng.choice([building, f"{rng.choice(qn.DEVELOPMENTS)} {self.dev_object()}",
                              street])
            head = rng.choice(["Detaljprosjektering", "Uavhengig kontroll RIB", "Arbeidstegninger",
                               "Konstruksjonsberegning", "Brannkonsept", "Prosjekteringsledelse",
                               "Rammesøknad", "Forprosjekt", "Geoteknisk vurdering"])
        elif prof == "owner":
            obj = rng.choice([street, street, f"Kvartal {rng.randrange(1, 12)}", building])
            head = rng.choice(["Leietakertilpasning", "Ombygging", "Tilstandsvurdering",
                               "Brannkonsept", "Energiberegning", "Skisseprosjekt",
                               "Forprosjekt", "Miljøkartlegging", "Rehabilitering"])
        elif prof in ("public", "health"):
            if prof == "health":
                building = rng.choice(["Nytt akuttbygg", "Nytt klinikkbygg", f"{area} DPS",
                                       f"Bygg {rng.choice('ABCDEFGHK')}{rng.randrange(1, 9)}",
                                       "Psykiatribygg", "Parkeringshus"])
            obj = rng.choice([building, building, f"{ent.place or area} {rng.choice(qn.BUILDINGS)}"])
            head = rng.choice(qn.PHASES + qn.STUDIES + ["Rehabilitering", "Tilbygg", "Ombygging"])
        elif prof == "brl":
            if rng.random() < 0.7:
                return PBase(rng.choice(qn.WORKS))
            obj = f"blokk {rng.choice('ABCDEFGH')}" if rng.random() < 0.5 else street
            head = rng.choice(["Tilstandsvurdering", "Brannkonsept", "Rehabilitering",
                               "Energiberegning", "Heis ettermontering"])
        elif prof == "home":
            obj = street if rng.random() < 0.25 else ""
            return PBase(rng.choice(qn.HOME_WORKS), obj)
        elif prof == "school":
            head = rng.choice(["Tilbygg", "Rehabilitering", "Ombygging", "Tilstandsvurdering",
                               "Brannkonsept", "Skisseprosjekt", "Forprosjekt"])
            obj = rng.choice(["gymsal", "paviljong", "uteområde", "klasserom", "SFO-bygg",
                              "personalrom", "hovedbygg", "ventilasjon"])
        elif prof == "church":
            head = rng.choice(["Tilstandsvurdering", "Rehabilitering", "Brannkonsept",
                               "Skisseprosjekt", "Forprosjekt", "Tilbygg"])
            obj = f"{area} {rng.choice(qn.CHURCH_OBJECTS)}"
        elif prof == "club":
            head = rng.choice(qn.PHASES[:4] + ["Rammesøknad", "Brannkonsept", "Tilbygg"])
            obj = rng.choice(qn.CLUB_OBJECTS).lower()
        elif prof == "consult":
            head = rng.choice(["Underleveranse RIB", "RIBr", "Uavhengig kontroll RIB",
                               "Konstruksjonsberegning", "Brannkonsept", "Akustikk",
                               "Geoteknisk vurdering", "Detaljprosjektering RIB"])
            obj = rng.choice([building, f"{rng.choice(qn.DEVELOPMENTS)} {self.dev_object()}"])
        else:  # trade
            head = rng.choice(["Statiske beregninger", "Konstruksjonsberegning", "Ansvarsrett",
                               "Dokumentasjon ferdigattest", "Rammesøknad", "Bæreevnevurdering",
                               "Fuktkontroll", "Tilstandsvurdering"])
            obj = street
        return PBase(head, obj)

    def next_of(self, pb: PBase) -> PBase | None:
        """A trap: next year's job, the next phase, the next building or stage."""
        if pb.year:
            if "-" in pb.year:
                a, b = (int(x) for x in pb.year.split("-"))
                return PBase(pb.head, pb.obj, f"{b + 1}-{b + 1 + b - a}")
            return PBase(pb.head, pb.obj, str(int(pb.year) + 1))
        if pb.head in qn.PHASE_NEXT and pb.obj:
            return PBase(qn.PHASE_NEXT[pb.head], pb.obj)
        m = re.search(r"(\d+)(?!.*\d)", pb.obj)
        if m:
            return PBase(pb.head, pb.obj[:m.start()] + str(int(m.group(1)) + 1) + pb.obj[m.end():])
        m = re.search(r"\b([A-H])$", pb.obj, re.IGNORECASE)
        if m:
            return PBase(pb.head, pb.obj[:-1] + chr(ord(m.group(1)) + 1))
        return None

    def project_variant(self, kind: str, pb: PBase, cust: Rec, tx_cust: Rec,
                        number: str) -> str | None:
        rng, name = self.rng, pb.name
        if kind == "case":
            return rng.choice([name.upper(), name.lower()])
        if kind == "letters":
            return letters(rng, name)
        if kind == "typo":
            return typo(rng, name)
        if kind == "abbrev":
            opts = [v for old, new in qn.PROJECT_ABBREV if (v := replace_phrase(name, old, new))]
            opts += [name.replace("Rådgivende ingeniør bygg", "RIB")] if "Rådgivende" in name else []
            return rng.choice(opts) if opts else None
        if kind == "compound":
            opts = [v for j, s in qn.PROJECT_COMPOUND for a, b in ((j, s), (s, j))
                    if (v := replace_phrase(name, a, b))]
            return rng.choice(opts) if opts else None
        if kind == "word-more":
            words = pb.head.split()
            if len(words) == 2 and words[0] in ("Rehabilitering", "Utskifting", "Oppgradering",
                                                 "Ombygging", "Etterisolering"):
                return PBase(f"{words[0]} av {words[1]}", pb.obj, pb.year).name
            if pb.obj and pb.obj.split()[-1].lower() in qn.BUILDINGS:
                new = "nye" if " " in pb.obj else "ny"
                return PBase(pb.head, f"{new} {pb.obj}", pb.year).name
            if pb.obj:
                prep = {"Rehabilitering": "av", "Ombygging": "av", "Tilbygg": "til"}.get(
                    pb.head, "for")
                return PBase(f"{pb.head} {prep}", pb.obj, pb.year).name
            if len(words) == 1 and not pb.year:
                return f"{pb.head} bolig"
            return None
        if kind == "order":
            if pb.obj:
                first = pb.obj[0].upper() + pb.obj[1:]
                tail = f" {pb.year}" if pb.year else ""
                return rng.choice([f"{first} {pb.head.lower()}{tail}", f"{first} - {pb.head}{tail}"])
            if pb.year:
                return f"{pb.year} {pb.head}"
            return None
        if kind == "punct":
            if pb.obj:
                return rng.choice([f"{pb.head} - {pb.obj}", f"{pb.head}: {pb.obj}",
                                   f"{pb.head}, {pb.obj}"]) + (f" {pb.year}" if pb.year else "")
            if "-" in pb.head:
                return PBase(pb.head.replace("-", " "), pb.obj, pb.year).name
            return None
        if kind == "year":
            if not pb.year:
                return None
            if "-" in pb.year:
                a, b = pb.year.split("-")
                y = rng.choice([f"{a[2:]}-{b[2:]}", f"{a}-{b[2:]}", f"{a}/{b}", f"{a} - {b}",
                                f"{a}–{b}"])
            else:
                y = rng.choice([pb.year[2:], f"-{pb.year[2:]}", f"'{pb.year[2:]}"])
            return PBase(pb.head, pb.obj, y).name
        if kind == "customer-name":
            c, _f = strip_form(cust.name)
            return rng.choice([f"{c} - {name}", f"{name} ({c})", f"{c}: {name}", f"{c} {name}"])
        if kind == "customer-number":
            no = tx_cust.number
            return rng.choice([f"{no} {name}", f"{name} - {no}", f"{no} - {name}"])
        if kind == "project-number":
            return rng.choice([f"{number} {name}", f"{number} - {name}", f"{name} ({number})"])
        return None

    def add_project(self, side: str, name: str, cust: Rec, number: str | None,
                    parent: Rec | None = None) -> Rec:
        if side == "local":
            r = Rec("project", self.local_id(), name, number, None, cust.id,
                    parent.id if parent else None)
            self.local["project"].append(r)
        else:
            r = Rec("project", self.tx_id(), name, number, None, cust.id,
                    parent.id if parent else None)
            self.tx["project"].append(r)
        return r

    def scope_projects(self, loc: Rec, t: Rec, ent: Ent, n_local: int,
                       n_new: int) -> list[tuple[Rec, Rec, PBase]]:
        """Main projects of one paired customer; returns the pairs made."""
        rng = self.rng
        lb: set[str] = set()
        tb: set[str] = set()
        used: set[str] = set()
        pairs: list[tuple[Rec, Rec, PBase]] = []

        def fresh() -> PBase | None:
            for _ in range(30):
                pb = self.project_base(ent)
                b = self.base(pb.name)
                if pb.name.lower() not in used and b not in lb and b not in tb:
                    nxt = self.next_of(pb)
                    if nxt is None or nxt.name.lower() not in used:
                        used.add(pb.name.lower())
                        return pb
            return None

        for _ in range(n_local):
            pb = fresh()
            if pb is None:
                continue
            if rng.random() < 0.82:
                number = self.proj_numbers.pop()
                kinds = dict(PROJECT_KINDS)
                made = False
                while kinds and not made:
                    kind = rng.choices(list(kinds), weights=list(kinds.values()))[0]
                    del kinds[kind]
                    if kind == "same":
                        lname, tname, tag = pb.name, pb.name, "same"
                    else:
                        side = "local" if rng.random() < (0.8 if kind in (
                            "customer-name", "customer-number", "project-number") else 0.5) else "tx"
                        v = self.project_variant(kind, pb, loc if side == "local" else t, t, number)
                        if not v or v == pb.name:
                            continue
                        lname, tname = (v, pb.name) if side == "local" else (pb.name, v)
                        tag = f"{kind}/{side}"
                    bl, bt = self.base(lname), self.base(tname)
                    if bl in lb or bl in tb or bt in lb or bt in tb:
                        continue
                    tp = self.add_project("tx", tname, t, number)
                    r = rng.random()
                    lno = number if r < 0.35 else (self.take(self.own_proj_numbers) if r < 0.55 else None)
                    lp = self.add_project("local", lname, loc, lno)
                    lb.add(bl)
                    tb.add(bt)
                    self.truth[("project", lp.id)] = tp.id
                    self.tag("project", lp.id, tag)
                    self.tag("project", tp.id, tag)
                    pairs.append((lp, tp, pb))
                    made = True
            else:
                lp = self.add_project("local", pb.name, loc,
                                      self.take(self.own_proj_numbers) if rng.random() < 0.25 else None)
                lb.add(self.base(pb.name))
                self.tag("project", lp.id, "local-only")
        for lp, _tp, pb in list(pairs):
            if rng.random() < 0.22:
                nxt = self.next_of(pb)
                if nxt is None:
                    continue
                b = self.base(nxt.name)
                if b in lb or b in tb or nxt.name.lower() in used:
                    continue
                used.add(nxt.name.lower())
                tp = self.add_project("tx", nxt.name, t, self.proj_numbers.pop())
                tb.add(b)
                self.tag("project", tp.id, "trap")
                self.resembles[("project", tp.id)] = lp.id
        for _ in range(n_new):
            pb = fresh()
            if pb is None:
                continue
            tp = self.add_project("tx", pb.name, t, self.proj_numbers.pop())
            tb.add(self.base(pb.name))
            self.tag("project", tp.id, "new")
        return pairs

    def sub_projects(self, lp: Rec, tp: Rec, pb: PBase, loc: Rec, t: Rec) -> int:
        """Sub-projects of one paired main project; returns how many local ones it made."""
        rng = self.rng
        style = rng.choice(["disc", "disc", "fase"] + (["bt"] if "trinn" not in pb.obj.lower() else []))
        if style == "disc":
            form = rng.choice(["code", "code", "word", "code-word"])
            discs = rng.sample(qn.DISCIPLINES, rng.randrange(3, 6))

            def nm(d: tuple[str, str, str]) -> str:
                return {"code": d[0], "word": d[2], "code-word": f"{d[0]} - {d[2]}"}[form]
            tx_items = [(d[0], nm(d)) for d in discs]
            n_loc = rng.randrange(2, len(tx_items) + 1)
            local_items = tx_items[:n_loc]
            if form != "word" and rng.random() < 0.5:  # the discipline beside, in Tripletex only
                codes = {c for c, _n in tx_items}
                for c, _n in local_items:
                    near = qn.DISCIPLINE_NEAR.get(c)
                    if near and near not in codes:
                        d = next(x for x in qn.DISCIPLINES if x[0] == near)
                        tx_items.append((d[0] + "*" + c, nm(d)))
                        break
        else:
            word = "Fase" if style == "fase" else "Byggetrinn"
            k = rng.randrange(2, 5)
            tx_items = [(str(i), f"{word} {i}") for i in range(1, k + 1)]
            n_loc = rng.randrange(1, k) if rng.random() < 0.6 else k
            local_items = tx_items[:n_loc]
        lb: set[str] = set()
        tb: set[str] = set()
        made = 0
        local_recs: dict[str, Rec] = {}
        for key, name in local_items:
            kinds = dict(SUB_KINDS)
            while kinds:
                kind = rng.choices(list(kinds), weights=list(kinds.values()))[0]
                del kinds[kind]
                side = "local" if rng.random() < 0.6 else "tx"
                v = self.sub_variant(kind, name, style, lp if side == "local" else tp, tp)
                if kind != "same" and (not v or v == name):
                    continue
                lname, tname = (name, name) if kind == "same" else \
                    ((v, name) if side == "local" else (name, v))
                bl, bt = self.base(lname), self.base(tname)
                if bl in lb or bl in tb or bt in lb or bt in tb:
                    continue
                number = self.proj_numbers.pop()
                stp = self.add_project("tx", tname, t, number, tp)
                lno = number if rng.random() < 0.3 else None
                slp = self.add_project("local", lname, loc, lno, lp)
                lb.add(bl)
                tb.add(bt)
                tag = "same" if kind == "same" else f"{kind}/{side}"
                self.truth[("project", slp.id)] = stp.id
                self.tag("project", slp.id, tag, "sub")
                self.tag("project", stp.id, tag, "sub")
                local_recs[key] = slp
                made += 1
                break
        for key, name in tx_items[len(local_items):]:
            b = self.base(name)
            if b in lb or b in tb:
                continue
            stp = self.add_project("tx", name, t, self.proj_numbers.pop(), tp)
            tb.add(b)
            near = key.split("*")[1] if "*" in key else str(int(key) - 1) if key.isdigit() else None
            if near in local_recs:
                self.tag("project", stp.id, "trap", "sub")
                self.resembles[("project", stp.id)] = local_recs[near].id
            else:
                self.tag("project", stp.id, "new", "sub")
        if style == "disc" and rng.random() < 0.2:  # a discipline only the time tracker has
            codes = {k.split("*")[0] for k, _n in tx_items}
            rest = [d for d in qn.DISCIPLINES if d[0] not in codes and
                    d[0] not in {qn.DISCIPLINE_NEAR.get(c) for c in codes}]
            if rest:
                d = rng.choice(rest)
                b = self.base(d[0])
                if b not in lb and b not in tb:
                    slp = self.add_project("local", d[0], loc, None, lp)
                    self.tag("project", slp.id, "local-only", "sub")
                    made += 1
        return made

    def sub_variant(self, kind: str, name: str, style: str, parent: Rec,
                    tx_parent: Rec) -> str | None:
        rng = self.rng
        if kind == "same":
            return name
        if kind == "parent-name":
            p = parent.name
            return rng.choice([f"{p} - {name}", f"{name} {p}", f"{p} {name}"])
        if kind == "parent-number":
            no = tx_parent.number
            return rng.choice([f"{no} {name}", f"{no}-{name}", f"{name} ({no})"])
        if kind == "case":
            return rng.choice([name.upper(), name.lower()])
        if kind == "typo":
            return typo(rng, name)
        if style == "disc":
            d = next((x for x in qn.DISCIPLINES if name in (x[0], x[2], f"{x[0]} - {x[2]}")), None)
            if d is None:
                return None
            if kind == "abbrev":
                if name == d[0]:
                    return rng.choice([d[1], f"{d[0]} {d[2]}"])
                return d[0]
            if kind == "order" and " - " in name:
                a, b = name.split(" - ")
                return f"{b} - {a}"
            return None
        word, n = name.split()
        if kind == "abbrev":
            short = "F" if word == "Fase" else rng.choice(["BT", "BT ", "Bt. "])
            return f"{short}{n}"
        if kind == "order":
            return f"{n}. {word.lower()}"
        if kind == "roman":
            return f"{word} {qn.ROMAN[int(n)]}"
        return None

    def projects(self) -> None:
        rng = self.rng
        m = self.n_p
        n_sub = round(m * 0.13)
        n_lonly = round(m * 0.10)
        n_main = m - n_sub - n_lonly
        pairs = self.paired
        weights = [PROFILE_WEIGHT.get(e.prof, 1.0) for _l, _t, e in pairs]
        counts = [0] * len(pairs)
        for i in rng.choices(range(len(pairs)), weights=weights, k=n_main):
            counts[i] += 1
        main_pairs: list[tuple[Rec, Rec, PBase, Rec, Rec, Ent]] = []
        for (loc, t, ent), c in zip(pairs, counts, strict=True):
            n_new = rng.choice([0, 0, 0, 1, 1, 2])
            for lp, tp, pb in self.scope_projects(loc, t, ent, c, n_new):
                main_pairs.append((lp, tp, pb, loc, t, ent))
        rng.shuffle(main_pairs)
        made = 0
        for lp, tp, pb, loc, t, ent in main_pairs:
            if made >= n_sub:
                break
            if ent.prof in SUB_PROFILES and pb.obj and pb.head in SUB_HEADS:
                made += self.sub_projects(lp, tp, pb, loc, t)
        # local-only customers' projects, and the projects of Tripletex's other customers
        lonly = self.local_only
        if lonly:
            for i in rng.choices(range(len(lonly)), k=n_lonly + (n_sub - made)):
                loc, ent = lonly[i]
                names = {p.name.lower() for p in self.local["project"] if p.customer == loc.id}
                pb = self.project_base(ent)
                if pb.name.lower() not in names:
                    lp = self.add_project("local", pb.name, loc,
                                          self.take(self.own_proj_numbers) if rng.random() < 0.3 else None)
                    self.tag("project", lp.id, "local-only")
        for t, ent in self.tx_only:
            names: set[str] = set()
            for _ in range(rng.choice([0, 0, 0, 1, 1, 1, 2, 2, 3])):
                pb = self.project_base(ent)
                if pb.name.lower() not in names:
                    names.add(pb.name.lower())
                    tp = self.add_project("tx", pb.name, t, self.proj_numbers.pop())
                    self.tag("project", tp.id, "new")

    # -- the data set --

    def build(self) -> DataSet:
        self.customers()
        self.projects()
        rng = self.rng
        rename: dict[str, str] = {}
        for kind, prefix in (("customer", "c"), ("project", "p")):
            recs = self.local[kind]
            rng.shuffle(recs)
            for i, r in enumerate(recs, 1):
                rename[r.id] = f"{prefix}-{i}"
        for r in self.local["customer"] + self.local["project"]:
            r.id = rename[r.id]
            if r.customer is not None:
                r.customer = rename[r.customer]
            if r.parent is not None:
                r.parent = rename[r.parent]
        for kind in ("customer", "project"):
            rng.shuffle(self.tx[kind])
        truth = {(k, rename[key]): v for (k, key), v in self.truth.items()}
        tags = {(k, rename.get(rid, rid) if isinstance(rid, str) else rid): v
                for (k, rid), v in self.tags.items()}
        resembles = {k: rename[v] for k, v in self.resembles.items()}
        return DataSet(self.seed, self.local, self.tx, truth, tags, resembles)


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    """A consulting engineering and architecture firm's registry of `customers` customers and
    about `projects` projects, its Tripletex company with about 5/3 as many customers and 9/5 as
    many projects, and the truth between them."""
    return Gen(seed, customers, projects).build()


