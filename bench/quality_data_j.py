"""A tenth data set for `bench/matching_quality.py` (`--data j`), written independently of the
matcher and of the other generators: the registry of an event, culture and sports production
company that shares its books with a health and public-sector consultancy, beside its Tripletex
company.

- customers: sports clubs and their forms ("Tromsø Idrettslag" / "Tromsø IL" / "TIL",
  "Idrettslaget Heming" / "Heming IL"), a club's group ("Kjelsås Idrettslag Fotball" /
  "Kjelsås IL Fotballgruppa"), federations and their acronyms ("Norges Fotballforbund" /
  "NFF"), festivals, theatres, concert venues, orchestras, museums ("Stiftelsen ..." or the
  museum's short name), choirs and bands, hospitals and health trusts and the trust's hospitals
  ("Sykehuset Innlandet HF Gjøvik" / "SI Gjøvik"), municipalities (Sami names too), county
  municipalities ("Vestland fylkeskommune" / "Vestland fk" / "VLFK"), Oslo's agencies and
  districts, public agencies and universities with their acronyms, schools, legesentre and
  other health practices, real companies as sponsors with the brand typed short, production
  firms, and venues named by their address;
- spelling kinds, each both ways (tag "/local" or "/tx" names the side carrying the variant):
  legal form dropped or changed, "Stiftelsen" dropped, case, æ/ø/å, typos, abbreviations
  (IL, IF, FK, fk, k., Stift., vgs, gt.), acronyms, short and brand names, English names,
  Bokmål/Nynorsk and Sami names, a word more, word order, compounds split/joined, hyphens,
  "og"/"&", number words/digits, the place in brackets, the trust's hospital, the club's group;
- twins (one name, told apart by org number or customer number, or by nothing: "Nes
  Idrettslag" twice), traps (another club in the same town, the club's other group, the
  federation's neighbour, the same town's other festival or choir, the trust's other
  hospital, the neighbouring health trust, the sponsor's sister company or foundation, the
  other Oslo district, the municipality's church council, the neighbouring house number),
  local-only records and many Tripletex customers new to the time tracker;
- projects: events, seasons and editions with year forms ("2025" / "25", "2025/26" /
  "25/26", "2025–2028" / "2025-28"), the customer's name written in, optional words,
  abbreviations ("ROS-analyse"), roman numerals ("Fase II" / "Fase 2"); sub-projects of an
  edition (rigging, sound, light), a premiere or an assignment's phases; traps: next year's
  edition or season.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench import quality_names_j as qn
from bench.quality_data import DataSet, Rec, _org

LEGAL = ("ASA", "AS", "SA", "HF", "RHF", "SF", "IKS", "KF", "BA", "DA", "ANS")

KIND_WEIGHTS: dict[str, int] = {
    "same": 8, "case": 4, "letters": 5, "legal-form": 6, "legal-change": 2, "org-form": 5,
    "typo": 4, "abbrev": 9, "acronym": 8, "short": 8, "english": 5, "word-more": 6, "order": 5,
    "compound": 6, "hyphen": 4, "og": 4, "digits": 5, "place-brackets": 3, "nynorsk": 4,
    "language": 3, "dept": 8, "group": 8, "punct": 3,
}
CATEGORY_WEIGHTS: dict[str, int] = {
    "club": 13, "group": 4, "fed": 3, "fest": 7, "genfest": 3, "theatre": 4, "venue": 4,
    "address": 2, "orch": 2, "museum": 3, "genmuseum": 2, "choir": 6, "health": 6, "unit": 4,
    "county": 2, "municipality": 6, "oslo": 3, "agency": 5, "uni": 3, "school": 4,
    "practice": 4, "brand": 7, "firm": 7,
}
PROJECT_KIND_WEIGHTS: dict[str, int] = {
    "same": 22, "year-form": 10, "customer-name": 8, "word-more": 6, "abbrev": 5,
    "typo": 8, "case": 4, "order": 2, "og": 2, "dash": 3,
}
SUB_KIND_WEIGHTS: dict[str, int] = {"same": 40, "parent-name": 14, "typo": 10, "case": 8,
                                    "roman": 6, "og": 3}

ABBREV = [  # (word, abbreviation as typed), matched on whole words, case-insensitively
    ("Idrettslaget", "IL"), ("Idrettslag", "IL"), ("Idrettsforeningen", "IF"),
    ("Idrettsforening", "IF"), ("Fotballklubben", "FK"), ("Fotballklubb", "FK"),
    ("Ballklubben", "BK"), ("Ballklubb", "BK"), ("Ballklub", "BK"), ("Sportsklubben", "SK"),
    ("Sportsklubb", "SK"), ("Sportsklub", "SK"), ("Turnforeningen", "TF"),
    ("Turnforening", "TF"), ("Håndballklubb", "HK"), ("Tennisklubb", "TK"),
    ("Fotballforening", "FF"), ("fylkeskommune", "fk"), ("kommune", "k."),
    ("Stiftelsen", "Stift."), ("videregående skole", "vgs"), ("ungdomsskole", "u.skole"),
    ("folkehøgskole", "fhs"), ("universitetssykehus", "univ.sykehus"),
    ("Universitetssykehuset", "Univ.sykehuset"), ("gata", "gt."),
    ("gate", "gt."), ("Bryggerier", "Bryggeri"), ("Musikkorps", "Musikkorps"),
    ("Skolemusikkorps", "Skolemusikkorps"), ("Teater- og Konserthus", "T&K"),
    ("avdeling", "avd."), ("Legesenter", "Legesenter"), ("Interkommunale", "Interkomm."),
]
ARTICLE = {"Idrettslag": "Idrettslaget", "Orienteringslag": "Orienteringslaget"}
ENGLISH = [("Symfoniorkester", "Symphony Orchestra"), ("Jazzfestival", "Jazz Festival"),
           ("Bluesfestival", "Blues Festival"), ("Filmfestival", "Film Festival"),
           ("Kammerkor", "Chamber Choir"), ("Mannskor", "Male Voice Choir"),
           ("Museum", "Museum"), ("Legesenter", "Medical Centre"),
           ("Kulturfestival", "Culture Festival"), ("Rockefestival", "Rock Festival")]
NYNORSK = [("sykehus", "sjukehus"), ("Høgskolen", "Høgskulen"), ("skole", "skule"),
           ("Songlag", "Sanglag")]
KEYBOARD = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]
FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "è": "e", "à": "a", "á": "a",
                      "đ": "d", "š": "s", "ŋ": "n", "ï": "i", "č": "c", "ž": "z"})
DROP = {w.lower() for w in LEGAL} | {"stiftelsen", "stift", "i", "for", "og", "the", "of",
                                       "avd", "k", "kommune", "den", "det"}


def fold_keys(name: str) -> tuple[str, str]:
    """Two crude keys under which two names of different organisations must never meet: case,
    æøå, "&", punctuation, legal forms, "Stiftelsen", "kommune" and small words folded; one key
    ignores word order, the other spaces."""
    s = name.lower().translate(FOLD).replace("&", " og ")
    s = s.replace("aa", "a").replace("ae", "a").replace("oe", "o")
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in DROP]
    return " ".join(sorted(words)), "".join(words)


def _w(text: str) -> list[str]:
    """Words of a name list; a no-break space joins the words of one name."""
    return [w.replace("\u00a0", " ") for w in re.split(r"[ \n\t]+", text.strip()) if w]


@dataclass
class Org:
    """One organisation: its official (Brønnøysund) name, the forms people type for it, and
    names of other organisations near enough to be taken for it."""

    cat: str
    name: str
    place: str
    alts: list[tuple[str, str]] = field(default_factory=list)
    traps: list[tuple[str, str]] = field(default_factory=list)  # (trap kind, name)
    label: str = ""  # how the customer is written into a project name

    def __post_init__(self) -> None:
        if not self.label:
            short = [a for k, a in self.alts if k in ("acronym", "short")]
            self.label = short[0] if short else strip_legal(self.name)


def strip_legal(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1] in LEGAL:
        return " ".join(words[:-1])
    return name


def parse_real() -> dict[str, list[Org]]:
    out: dict[str, list[Org]] = {}
    for line in qn.REAL.strip().splitlines():
        cat, name, place, alts, traps = line.split("|")
        org = Org(cat, name, place,
                  [(a.split("=", 1)[0], a.split("=", 1)[1]) for a in alts.split(";") if a],
                  [("trap-near", t) for t in traps.split(";") if t])
        out.setdefault(cat, []).append(org)
    return out


class Builder:
    """Builds one DataSet; `generate` is the entry point."""

    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.seed = seed
        self.rng = random.Random(f"quality-j-{seed}")
        self.n_c, self.n_p = customers, projects
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.owner: dict[str, int] = {}  # fold key -> organisation serial
        self.serial = 0
        self.orgs_used: set[str] = set()
        self.local_numbers = list(range(1, 1000))
        self.rng.shuffle(self.local_numbers)
        self.pools: dict[str, list[Org]] = {}
        self.used_gen: set[str] = set()
        # per local customer: (Org, tx customer id or None); per tx customer: Org
        self.local_org: dict[str, Org] = {}
        self.tx_org: dict[int, Org] = {}
        self.pending_numbers: list[tuple[str, int]] = []  # twin-number: local key, tx id
        self.scope_keys: dict[tuple, set[str]] = {}  # project scope -> fold keys taken
        self.tx_project_no = 1000

    # ---- names ------------------------------------------------------------------------------

    def free(self, name: str, serial: int) -> bool:
        return all(self.owner.get(k, serial) == serial for k in fold_keys(name) if k)

    def claim(self, name: str, serial: int) -> None:
        for k in fold_keys(name):
            if k:
                self.owner.setdefault(k, serial)

    def variant(self, org: Org, kind: str) -> str | None:
        """The organisation's name spelt the `kind` way, or None when the kind does not fit."""
        rng, name = self.rng, org.name
        alts = [a for k, a in org.alts if k == kind]
        if alts:
            return rng.choice(alts)
        if kind == "case":
            return name.upper() if rng.random() < 0.7 else name.lower()
        if kind == "letters":
            if not re.search("[æøåÆØÅé]", name):
                return None
            aa = "aa" if rng.random() < 0.6 else "a"
            return name.translate(str.maketrans({"æ": "ae", "ø": "o" if rng.random() < 0.5
                                                 else "oe", "å": aa, "Æ": "Ae", "Ø": "O",
                                                 "Å": aa.capitalize(), "é": "e"}))
        if kind == "legal-form":
            s = strip_legal(name)
            return s if s != name else None
        if kind == "legal-change":
            if name.endswith(" ASA"):
                return name[:-4] + " AS"
            if name.endswith(" AS") and org.cat in ("brand", "firm"):
                return name[:-3] + " ASA" if org.cat == "brand" else name[:-3] + " A/S"
            return None
        if kind == "org-form":
            if name.startswith("Stiftelsen "):
                return name[len("Stiftelsen "):]
            return None
        if kind == "typo":
            return typo(rng, name)
        if kind == "abbrev":
            return abbreviate(rng, name)
        if kind == "english":
            for no, en in ENGLISH:
                if no in name and no != en:
                    en_name = strip_legal(name).replace(no, " " + en).replace(" og ", " and ")
                    return re.sub(r"\s+", " ", en_name).strip()
            return None
        if kind == "nynorsk":
            for a, b in NYNORSK:
                if re.search(rf"\b{a}\b", name):
                    return re.sub(rf"\b{a}\b", b, name)
                if re.search(rf"\b{b}\b", name):
                    return re.sub(rf"\b{b}\b", a, name)
            return None
        if kind == "hyphen":
            if "-" in name and " - " not in name:
                return name.replace("-", " " if rng.random() < 0.7 else "")
            return None
        if kind == "og":
            if " og " in name:
                return name.replace(" og ", " & ", 1)
            if " & " in name:
                return name.replace(" & ", " og ", 1)
            return None
        if kind == "place-brackets":
            if org.place.lower() in name.lower() or org.cat in ("municipality", "oslo",
                                                                 "county", "unit"):
                return None
            return f"{strip_legal(name)} ({org.place})"
        if kind == "word-more":
            if org.place.lower() not in name.lower() and org.cat in (
                    "venue", "theatre", "choir", "practice", "firm", "museum", "genmuseum"):
                return f"{strip_legal(name)} {org.place}"
            return None
        return None

    # ---- organisations ------------------------------------------------------------------------

    def build_pools(self) -> None:
        rng = self.rng
        real = parse_real()
        for cat in ("club", "fed", "fest", "theatre", "venue", "orch", "museum", "choir",
                    "health", "county", "agency", "uni", "brand"):
            self.pools[cat] = list(real.get(cat, []))
        units = []
        for trust, (acr, hospitals) in qn.TRUST_HOSPITALS.items():
            for h in hospitals:
                alts = [("dept", f"{trust}, {h}"), ("dept", f"{trust} - {h}"),
                        ("dept", f"{trust} avd. {h}")]
                if acr:
                    alts.append(("acronym", f"{acr} {h}"))
                if re.search(r"s[yj]kehus", h):
                    alts.append(("short", h))
                traps = [("trap-other-hospital", f"{trust} {o}") for o in hospitals if o != h]
                units.append(Org("unit", f"{trust} {h}", h.split()[0], alts, traps,
                                 label=f"{acr} {h}".strip()))
        self.pools["unit"] = units
        munis = []
        for m in _w(qn.MUNICIPALITIES):
            alts = [("abbrev", f"{m} k.")]
            traps = [("trap-church", f"{m} kirkelige fellesråd"),
                     ("trap-volunteer", f"{m} Frivilligsentral")]
            if m == "Tromsø":
                traps.append(("trap-county", "Troms fylkeskommune"))
            munis.append(Org("municipality", f"{m} kommune", m, alts, traps, label=m))
        for m, sami in qn.SAMI_MUNICIPALITIES.items():
            munis.append(Org("municipality", f"{m} kommune", m,
                             [("language", sami), ("abbrev", f"{m} k.")],
                             [("trap-church", f"{m} kirkelige fellesråd")], label=m))
        self.pools["municipality"] = munis
        units_oslo = _w(qn.OSLO_UNITS)
        oslo = []
        for u in units_oslo:
            alts = [("punct", f"Oslo kommune, {u}"), ("order", f"{u}, Oslo kommune"),
                    ("order", f"{u} Oslo kommune"), ("abbrev", f"Oslo k. {u}")]
            if u.startswith("Bydel") or u.endswith("etaten"):
                alts.append(("short", u))
            others = [o for o in units_oslo if o != u and o.split()[0] == u.split()[0]]
            traps = [("trap-other-unit", f"Oslo kommune {o}") for o in rng.sample(
                others, min(2, len(others)))]
            oslo.append(Org("oslo", f"Oslo kommune {u}", "Oslo", alts, traps, label=u))
        self.pools["oslo"] = oslo
        for pool in self.pools.values():
            rng.shuffle(pool)

    def generated(self, cat: str) -> Org | None:
        """A generated organisation of a category (clubs, choirs, schools, ...)."""
        rng = self.rng
        places = _w(qn.PLACES)
        p = rng.choice(places)
        if cat == "club":
            typ, ab = rng.choice(qn.CLUB_TYPES)
            return self.club(p, typ, ab)
        if cat == "group":
            typ, ab = rng.choice(qn.CLUB_TYPES[:2] + qn.CLUB_TYPES[4:5])
            g, *others = rng.sample(qn.CLUB_GROUPS, 3)
            club = f"{p} {typ}"
            alts = [("group", f"{p} {ab} {g}gruppa"), ("group", f"{club} - {g.lower()}gruppa"),
                    ("abbrev", f"{p} {ab} {g}"), ("order", f"{g}gruppa i {p} {ab}")]
            traps = [("trap-other-group", f"{club} {o}") for o in others]
            traps.append(("trap-main-club", club))
            return Org("group", f"{club} {g}", p, alts, traps, label=f"{p} {ab} {g}")
        if cat == "choir":
            typ, other = rng.sample(qn.CHOIR_TYPES, 2)
            alts = []
            if " " in typ:
                alts.append(("compound", f"{p} {typ.replace(' ', '')}"))
            if typ == "Skolemusikkorps":
                alts.append(("abbrev", f"{p} SMK"))
            if typ == "Janitsjarkorps":
                alts.append(("short", f"{p} Janitsjar"))
            return Org("choir", f"{p} {typ}", p, alts, [("trap-other-choir", f"{p} {other}")])
        if cat == "genfest":
            typ, other = rng.sample(qn.FESTIVAL_TYPES, 2)
            stem = typ[: -len("festival")]
            base = f"{p} {typ}"
            name = rng.choice([f"Stiftelsen {base}", f"{base} AS", base])
            alts = [("compound", f"{p} {stem} festival"), ("compound", f"{p}-{typ.lower()}")]
            return Org("fest", name, p, alts, [("trap-other-festival", f"{p} {other}")],
                       label=base)
        if cat == "genmuseum":
            form = rng.random()
            name = f"Stiftelsen {p} Museum" if form < 0.4 else f"{p} Museum"
            alts = [("compound", f"{p}museet"), ("compound", f"{p} museum")]
            return Org("museum", name, p, alts,
                       [("trap-other-museum", f"{p} Kunstforening")], label=f"{p} Museum")
        if cat == "school":
            (typ, ab), (other, _o) = rng.sample(qn.SCHOOL_TYPES, 2)
            alts = [("abbrev", f"{p} {ab}")] if ab else []
            return Org("school", f"{p} {typ}", p, alts,
                       [("trap-other-school", f"{p} {other}")])
        if cat == "practice":
            typ, other = rng.sample(qn.HEALTH_TYPES, 2)
            name = f"{p} {typ}" + (" AS" if rng.random() < 0.6 else "")
            alts = [("order", f"{typ}et i {p}" if typ.endswith("senter") else f"{typ} {p}")]
            return Org("practice", name, p, alts,
                       [("trap-other-practice", f"{p} {other} AS")])
        if cat == "firm":
            typ, other = rng.sample(qn.FIRM_TYPES, 2)
            r = rng.random()
            if r < 0.45:
                stem = rng.choice(_w(qn.SURNAMES))
            elif r < 0.8:
                stem = rng.choice(_w(qn.FANCY))
            else:
                nw, nd = rng.choice(qn.NUMBER_WORDS)
                thing = rng.choice(qn.NUMBER_THINGS)
                return Org("firm", f"{nw} {thing} {typ} AS", p,
                           [("digits", f"{nd} {thing} {typ} AS"), ("digits", f"{nd} {thing} {typ}")],
                           [("trap-sister", f"{nw} {thing} {other} AS")])
            alts = [("compound", f"{stem}{typ.lower()} AS")] if " " not in typ else []
            return Org("firm", f"{stem} {typ} AS", p, alts,
                       [("trap-sister", f"{stem} {other} AS")])
        if cat == "address":
            street = rng.choice(qn.STREETS)
            n = rng.randint(1, 60)
            word = rng.choice(qn.VENUE_WORDS)
            name = f"{street} {n} {word} AS" if rng.random() < 0.6 else f"{street} {n} AS"
            alts = []
            if street.endswith(" gate"):
                alts.append(("compound", name.replace(" gate", "gate", 1)))
            if street.endswith(("gata", "gate")):
                alts.append(("abbrev", name.replace(street, street[:-4] + "gt.", 1)
                             .replace(" gt.", "gt.") if street.endswith("gata")
                             else name.replace(street, street[:-5] + " gt.", 1)))
            traps = [("trap-house-number", name.replace(f" {n} ", f" {n + 2} ", 1))]
            return Org("address", name, p, alts, traps, label=f"{street} {n}")
        return None

    def club(self, p: str, typ: str, ab: str) -> Org:
        rng = self.rng
        art = ARTICLE.get(typ, typ + "en")
        name = f"{art} {p}" if rng.random() < 0.25 and ab else f"{p} {typ}"
        alts: list[tuple[str, str]] = []
        if ab:
            alts += [("abbrev", f"{p} {ab}"), ("abbrev", f"{ab} {p}")]
            alts.append(("order", f"{p} {typ}" if name.startswith(art) else f"{art} {p}"))
        others = [t for t, _a in qn.CLUB_TYPES if t != typ]
        traps = [("trap-other-club", f"{p} {o}") for o in rng.sample(others, 2)]
        return Org("club", name, p, alts, traps,
                   label=f"{p} {ab}" if ab else name)

    def next_org(self) -> Org:
        """An organisation of a category drawn by weight whose name is free."""
        for _ in range(200):
            cat = self.rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
            pool = self.pools.get(cat)
            if pool:
                org = pool.pop()
            elif pool is None or cat in ("club",):
                org = self.generated(cat)
                if org is None or org.name in self.used_gen:
                    continue
                self.used_gen.add(org.name)
            else:
                continue
            if self.free(org.name, -1):
                return org
        raise RuntimeError("no free organisation name left")

    # ---- customers ----------------------------------------------------------------------------

    def new_serial(self) -> int:
        self.serial += 1
        return self.serial

    def add_tx(self, org: Org, name: str, serial: int, org_no: str | None, tags: list[str],
               with_org: float = 0.8) -> int:
        tx_id = 100_000 + len(self.tx["customer"]) * 7 + self.rng.randrange(7)
        rec = Rec("customer", tx_id, name, None, org_no if org_no and self.rng.random() < with_org
                  else None)
        self.tx["customer"].append(rec)
        self.tx_org[tx_id] = org
        self.claim(name, serial)
        if tags:
            self.tags[("customer", tx_id)] = tags
        return tx_id

    def add_local(self, org: Org, name: str, serial: int, org_no: str | None, tags: list[str],
                  with_org: float = 0.25) -> str:
        key = f"c-{len(self.local['customer']) + 1}"
        rec = Rec("customer", key, name, None,
                  as_typed(self.rng, org_no) if org_no and self.rng.random() < with_org else None)
        self.local["customer"].append(rec)
        self.local_org[key] = org
        self.claim(name, serial)
        if tags:
            self.tags[("customer", key)] = tags
        return key

    def pair(self, org: Org) -> None:
        rng = self.rng
        serial = self.new_serial()
        org_no = _org(rng, self.orgs_used)
        official, typed = org.name, org.name
        options: dict[str, str] = {}  # the kinds this organisation's name can be spelt
        for kind in KIND_WEIGHTS:
            v = self.variant(org, kind) if kind != "same" else None
            if v and v != official and self.free(v, serial):
                options[kind] = v
        kinds = ["same", *options]
        kind = rng.choices(kinds, [KIND_WEIGHTS[k] for k in kinds])[0]
        tags = ["same"]
        if kind != "same":
            side = "local" if rng.random() < (0.75 if kind == "english" else 0.6) else "tx"
            if kind in ("english", "language", "place-brackets") and \
                    org.cat in ("municipality", "county", "oslo", "unit"):
                side = "local"  # a public body's Tripletex name is its Norwegian official one
            tags = [f"{kind}/{side}"]
            if side == "local":
                typed = options[kind]
            else:
                official, typed = options[kind], org.name
        if tags[0].endswith("/local") and not tags[0].startswith("case") and \
                rng.random() < 0.12:  # Tripletex took the name from Brønnøysund in capitals
            official = official.upper()
            tags.append("+case")
        tx_id = self.add_tx(org, official, serial, org_no, tags)
        key = self.add_local(org, typed, serial, org_no, tags)
        self.truth[("customer", key)] = tx_id

    def local_only(self, org: Org) -> str:
        serial = self.new_serial()
        name = org.name
        if self.rng.random() < 0.3:
            v = self.variant(org, self.rng.choice(["abbrev", "short", "acronym", "legal-form"]))
            if v and self.free(v, serial):
                name = v
        return self.add_local(org, name, serial, _org(self.rng, self.orgs_used), ["local-only"],
                              0.3)

    def tx_new(self, org: Org, tags: list[str] | None = None) -> int:
        serial = self.new_serial()
        name = org.name.upper() if self.rng.random() < 0.1 else org.name
        return self.add_tx(org, name, serial, _org(self.rng, self.orgs_used), tags or ["new"])

    def twins(self, kind: str) -> None:
        """Two Tripletex customers of one name (a place found in two municipalities)."""
        rng = self.rng
        for _ in range(50):
            p = rng.choice(qn.TWIN_PLACES)
            r = rng.random()
            if r < 0.5:
                typ, ab = rng.choice(qn.CLUB_TYPES[:6])
                name = f"{p} {typ}"
            elif r < 0.75:
                name = f"{p} {rng.choice(qn.CHOIR_TYPES)}"
            else:
                name = f"{p} {rng.choice(qn.HEALTH_TYPES)}"
            if name not in self.used_gen and self.free(name, -1):
                break
        else:
            return
        self.used_gen.add(name)
        serial = self.new_serial()
        org = Org("twin", name, p)
        orgs = [_org(rng, self.orgs_used), _org(rng, self.orgs_used)]
        tag = [kind]
        if kind == "twin-local":  # two local records of one name, one of them in Tripletex
            tx_id = self.add_tx(org, name, serial, orgs[0], tag, 1.0)
            key = self.add_local(org, name, serial, orgs[0], tag, 1.0)
            self.truth[("customer", key)] = tx_id
            self.add_local(org, name, serial, orgs[1], tag + ["local-only"], 1.0)
            return
        ids = [self.add_tx(org, name, serial, o, tag, 1.0 if kind == "twin-org" else 0.5)
               for o in orgs]
        key = self.add_local(org, name, serial, orgs[0], tag, 1.0 if kind == "twin-org" else 0.0)
        self.truth[("customer", key)] = ids[0]
        if kind == "twin-number":
            self.pending_numbers.append((key, ids[0]))

    def trap(self, key: str) -> None:
        org = self.local_org[key]
        options = [t for t in org.traps if self.free(t[1], -1)]
        if not options:
            return
        kind, name = self.rng.choice(options)
        serial = self.new_serial()
        tx_id = self.add_tx(Org(org.cat, name, org.place), name, serial,
                            _org(self.rng, self.orgs_used), [kind, "trap"])
        self.resembles[("customer", tx_id)] = key

    def customers(self) -> None:
        rng = self.rng
        n_pairs = round(self.n_c * 0.70)
        n_tx = round(self.n_c * 1.6)
        n_twins = max(1, round(n_pairs * 0.04))
        for i in range(n_twins):
            self.twins(("twin-org", "twin-number", "twin-true", "twin-local")[i % 4])
        plan = ["pair"] * (n_pairs - len(self.truth)) + \
               ["local"] * max(0, self.n_c - n_pairs - (len(self.local["customer"]) -
                                                          len(self.truth)))
        rng.shuffle(plan)
        for role in plan:
            org = self.next_org()
            if role == "pair":
                self.pair(org)
            else:
                self.local_only(org)
        keys = [r.id for r in self.local["customer"] if self.local_org[r.id].traps]
        for key in rng.sample(keys, min(len(keys), round(self.n_c * 0.13))):
            self.trap(key)
        while len(self.tx["customer"]) < n_tx:
            self.tx_new(self.next_org())
        # Tripletex's order, numbers; local numbers
        rng.shuffle(self.tx["customer"])
        for i, rec in enumerate(self.tx["customer"]):
            rec.number = str(10_001 + i)
        tx_by_id = {r.id: r for r in self.tx["customer"]}
        copied = {key for key, _t in self.pending_numbers}
        for rec in self.local["customer"]:
            true = self.truth.get(("customer", rec.id))
            r = rng.random()
            if rec.id in copied or (true is not None and r < 0.3
                                    and not self.tags.get(("customer", rec.id), [""])[0]
                                    .startswith("twin")):
                rec.number = tx_by_id[true].number
            elif r > 0.75 and self.tags.get(("customer", rec.id), [""])[0] != "twin-true":
                rec.number = str(self.local_numbers.pop())

    # ---- projects -----------------------------------------------------------------------------

    def customer_projects(self) -> None:
        rng = self.rng
        tx_of = {key: tx_id for (kind, key), tx_id in self.truth.items() if kind == "customer"}
        local_keys = [r.id for r in self.local["customer"]]
        pair_keys = [k for k in local_keys if k in tx_of]
        only_keys = [k for k in local_keys if k not in tx_of]
        guard = 0
        while len(self.local["project"]) < self.n_p and guard < 20 * self.n_p:
            guard += 1
            if rng.random() < 0.85 and pair_keys:
                key = rng.choice(pair_keys)
                self.project(key, tx_of[key], self.local_org[key])
            elif only_keys:
                key = rng.choice(only_keys)
                self.project(key, None, self.local_org[key])
        # Tripletex customers new to the time tracker: their projects
        paired_tx = set(tx_of.values())
        for rec in self.tx["customer"]:
            if rec.id not in paired_tx:
                for _ in range(rng.choices([0, 1, 2, 3], [3, 4, 2, 1])[0]):
                    self.project(None, rec.id, self.tx_org[rec.id])
        for side in (self.local, self.tx):
            side["project"].sort(key=lambda r: _order(r))

    def fits(self, scope: tuple, names: list[str]) -> bool:
        keys = self.scope_keys.setdefault(scope, set())
        new = {k for n in names for k in fold_keys_project(n)}
        return not (new & keys)

    def take(self, scope: tuple, names: list[str]) -> None:
        self.scope_keys.setdefault(scope, set()).update(
            k for n in names for k in fold_keys_project(n))

    def add_project(self, side: str, name: str, customer: str | int, parent: str | int | None,
                    tags: list[str] | None) -> str | int:
        recs = (self.local if side == "local" else self.tx)["project"]
        if side == "local":
            pid: str | int = f"p-{len(recs) + 1}"
            number = None
        else:
            pid = 700_000 + len(recs) * 3 + self.rng.randrange(3)
            self.tx_project_no += 1
            number = str(self.tx_project_no)
        recs.append(Rec("project", pid, name, number, None, customer, parent))
        if tags:
            self.tags[("project", pid)] = tags
        return pid

    def project(self, key: str | None, tx_id: int | None, org: Org) -> None:
        rng = self.rng
        spec = ProjectSpec.draw(rng, org)
        canon = spec.render(spec.style)
        scope = ("main", key, tx_id)
        role = "pair" if key and tx_id else ("local" if key else "tx")
        if role == "pair" and rng.random() < 0.12:
            role = rng.choice(["local", "tx"])
        names = [canon]
        tags: list[str] = []
        typed, official = canon, canon
        if role == "pair":
            kind = rng.choices(list(PROJECT_KIND_WEIGHTS), list(PROJECT_KIND_WEIGHTS.values()))[0]
            v = spec.variant(rng, kind, org.label) if kind != "same" else None
            if v and v != canon:
                side = "local" if rng.random() < 0.55 else "tx"
                tags = [f"{kind}/{side}"]
                if side == "local":
                    typed = v
                else:
                    official = v
                names.append(v)
            else:
                tags = ["same"]
        trap = None
        if role == "pair" and spec.has_year and rng.random() < 0.2:
            trap = spec.render(spec.style, shift=1)
            names.append(trap)
        if not self.fits(scope, names):
            return
        self.take(scope, names)
        lp = tp = None
        if role in ("pair", "local"):
            lp = self.add_project("local", typed, key, None, tags or ["local-only"])
        if role in ("pair", "tx"):
            tp = self.add_project("tx", official, tx_id, None, tags or ["new"])
        if lp and tp:
            self.truth[("project", lp)] = tp
            if rng.random() < 0.2:
                self.local["project"][-1].number = self.tx["project"][-1].number
        if trap:
            t = self.add_project("tx", trap, tx_id, None, ["trap-next-edition", "trap"])
            self.resembles[("project", t)] = lp
        if spec.subs and rng.random() < 0.35:
            self.sub_projects(spec, lp, tp, typed if lp else official, key, tx_id)

    def sub_projects(self, spec: ProjectSpec, lp: str | int | None, tp: str | int | None,
                     parent_name: str, key: str | None, tx_id: int | None) -> None:
        rng = self.rng
        roman = rng.random() < 0.5
        for sub in rng.sample(spec.subs, min(len(spec.subs), rng.randint(2, 4))):
            canon = roman_form(sub, roman)
            role = "pair" if lp and tp else ("local" if lp else "tx")
            if role == "pair" and rng.random() < 0.15:
                role = rng.choice(["local", "tx"])
            typed = official = canon
            tags: list[str] = []
            if role == "pair":
                kind = rng.choices(list(SUB_KIND_WEIGHTS), list(SUB_KIND_WEIGHTS.values()))[0]
                v = None
                if kind == "parent-name":
                    v = f"{strip_years(parent_name)} – {canon}"
                elif kind == "typo":
                    v = typo(rng, canon)
                elif kind == "case":
                    v = canon.lower() if canon != canon.lower() else canon.upper()
                elif kind == "roman":
                    v = roman_form(sub, not roman)
                elif kind == "og":
                    v = canon.replace(" og ", " & ") if " og " in canon else None
                if v and v != canon:
                    side = "local" if rng.random() < 0.55 else "tx"
                    tags = [f"sub-{kind}/{side}"]
                    if side == "local":
                        typed = v
                    else:
                        official = v
                else:
                    tags = ["same"]
            scope = ("sub", lp, tp)
            if not self.fits(scope, [typed, official]):
                continue
            self.take(scope, [typed, official])
            a = b = None
            if role in ("pair", "local"):
                a = self.add_project("local", typed, key, lp, tags or ["local-only"])
            if role in ("pair", "tx"):
                b = self.add_project("tx", official, tx_id, tp, tags or ["new"])
            if a and b:
                self.truth[("project", a)] = b

    def build(self) -> DataSet:
        self.build_pools()
        self.customers()
        self.customer_projects()
        self.local["customer"].sort(key=_order)
        self.tx["customer"].sort(key=_order)
        return DataSet(self.seed, self.local, self.tx, self.truth, self.tags, self.resembles)


# ---- projects ---------------------------------------------------------------------------------

# template syntax: {Y} a year, {S} a season, {R} a range of years, {X} a word drawn from a list
# (plays, exhibitions, topics), [optional words], <long|short> an abbreviation
TEMPLATES: dict[str, list[str]] = {
    "club": ["Sesongåpning {Y}", "Jubileum {N} år", "Sponsorkveld {Y}",
             "Treningsleir {Y}", "Idrettsskole[ sommer] {Y}", "Hjemmekamper {S}",
             "Sesongkort {S}", "Lagsfest {Y}", "Cup {Y}", "Klubbhus[ rehabilitering]",
             "<Årsmøte|ÅM> {Y}", "Sportsplan {R}"],
    "fed": ["Tinget {Y}", "Landskamp[er] {Y}", "NM {Y}", "Cupfinale {Y}",
            "Trenerkonferansen {Y}", "Strategi {R}", "Sponsorseminar {Y}",
            "<Norgesmesterskap|NM> junior {Y}"],
    "fest": ["{L} {Y}", "Festivalen {Y}", "Billettsystem[ og adgang]", "Artistbooking {Y}",
             "Frivilligkoordinering {Y}", "Sikkerhetsplan {Y}"],
    "theatre": ["Sesong {S}", "Premiere – {P}", "Turné {P} {Y}", "Sommerforestilling {Y}",
                "Juleforestilling {Y}", "Scenografi[ til] {P}"],
    "venue": ["Konsertserie {S}", "Julekonsert {Y}", "Nyttårskonsert {Y}",
              "Ombygging[ av] scene", "Lydanlegg[ oppgradering]", "Arrangementsteknikk {Y}",
              "<Risiko- og sårbarhetsanalyse|ROS-analyse> {Y}"],
    "orch": ["Nyttårskonsert {Y}", "Sommerkonsert {Y}", "Sesong {S}", "Turné {Y}",
             "Julekonsert {Y}", "Skolekonserter {S}"],
    "museum": ["Utstilling – {E}", "Museumsnatt {Y}", "Sommeråpent {Y}",
               "Digitalisering[ av samlingen]", "Jubileumsutstilling {N} år"],
    "choir": ["Julekonsert {Y}", "Vårkonsert {Y}", "Landsmusikkstevnet {Y}",
              "Jubileumskonsert {N} år", "Korfestival {Y}", "Konsertreise {Y}"],
    "health": ["Rammeavtale rådgivning {R}", "Pasientforløp {H}", "Kvalitetsforbedring {H}",
               "<Risiko- og sårbarhetsanalyse|ROS-analyse> {Y}", "Evaluering[ av] {H}",
               "Beredskapsplan {Y}", "Ventetider {H}", "Kapasitetsanalyse {H}",
               "Utviklingsplan {R}"],
    "municipality": ["Kommuneplanens samfunnsdel {R}", "Kulturplan {R}",
                     "Plan for idrett og fysisk aktivitet {R}", "Folkehelseoversikt {Y}",
                     "Utredning[ av] {T}", "Kulturnatt {Y}", "17. mai {Y}",
                     "<Risiko- og sårbarhetsanalyse|ROS-analyse> {Y}", "UKM {Y}",
                     "Helse- og omsorgsplan {R}"],
    "county": ["Regional plan for kultur {R}", "Regional plan for folkehelse {R}",
               "UKM {Y}", "Den kulturelle skolesekken {S}", "Evaluering[ av] {T}",
               "Folkehelseoversikt {Y}", "Fylkestingets jubileum {N} år",
               "<Risiko- og sårbarhetsanalyse|ROS-analyse> {Y}"],
    "agency": ["Utredning[ av] {T}", "Evaluering[ av] {T}", "Konferanse {Y}",
               "Rammeavtale {R}", "Digitaliseringsstrategi {R}", "Fagdag {Y}"],
    "uni": ["Konferanse {Y}", "Studiestart {Y}", "Forskningsdagene {Y}",
            "Doktorpromosjon {Y}", "Utredning[ av] {T}"],
    "school": ["Skoleball {Y}", "Revy {Y}", "Kulturuka {Y}", "Avslutning {Y}",
               "Russerevy {Y}"],
    "practice": ["Internkontroll {Y}", "Kvalitetssystem", "Pasientsikkerhet {Y}",
                 "<Risiko- og sårbarhetsanalyse|ROS-analyse> {Y}"],
    "brand": ["Sponsoravtale {S}", "Kundekveld {Y}", "Julebord {Y}", "Sommerfest {Y}",
              "Kick-off {Y}", "Sponsoraktivering {Y}", "Lansering[ og event] {Y}"],
    "firm": ["Kick-off {Y}", "Julebord {Y}", "Konferanse {Y}", "Kundeseminar {Y}",
             "Underleveranse {Y}", "Lyd og lys {Y}"],
}
TEMPLATE_OF = {"group": "club", "genfest": "fest", "unit": "health",
               "oslo": "municipality", "address": "venue", "genmuseum": "museum",
               "twin": "club"}
SUBS: dict[str, list[str]] = {
    "edition": ["Rigging", "Lyd", "Lys", "Scene", "Vakthold", "Nedrigg",
                "Backstage og artistservice", "Frivillige", "Billettering", "Strøm og aggregat"],
    "assignment": ["Fase I – Kartlegging", "Fase II – Analyse", "Fase III – Anbefalinger",
                   "Prosjektledelse", "Workshop", "Sluttrapport", "Fase IV – Oppfølging"],
    "premiere": ["Scenografi", "Lysdesign", "Lyddesign", "Kostymer", "Prøveperiode",
                 "Markedsføring"],
}
ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}


def roman_form(name: str, roman: bool) -> str:
    if roman:
        return name
    return re.sub(r"\bFase (IV|I{1,3})\b", lambda m: f"Fase {ROMAN[m.group(1)]}", name)


def strip_years(name: str) -> str:
    return re.sub(r"\s+\d{2,4}([/–-]\d{2,4})?$", "", name).strip()


@dataclass
class ProjectSpec:
    template: str
    year: int
    fill: dict[str, str]
    style: dict[str, int]
    subs: list[str]

    @property
    def has_year(self) -> bool:
        return any(t in self.template for t in ("{Y}", "{S}", "{R}"))

    @classmethod
    def draw(cls, rng: random.Random, org: Org) -> ProjectSpec:
        cat = TEMPLATE_OF.get(org.cat, org.cat)
        template = rng.choice(TEMPLATES.get(cat, TEMPLATES["firm"]))
        fill = {"L": org.label, "P": rng.choice(qn.PLAYS), "E": rng.choice(qn.EXHIBITIONS),
                "H": rng.choice(qn.HEALTH_TOPICS), "T": rng.choice(qn.PUBLIC_TOPICS),
                "N": str(rng.choice([25, 40, 50, 75, 100, 125, 150]))}
        style = {"Y": rng.choices([0, 1], [5, 1])[0], "S": rng.randrange(4),
                 "R": rng.randrange(3), "opt": rng.randrange(2), "abbr": rng.randrange(2)}
        subs: list[str] = []
        if template in ("{L} {Y}", "Festivalen {Y}", "Landsmusikkstevnet {Y}",
                        "Sesongåpning {Y}", "Kulturnatt {Y}", "NM {Y}", "Cupfinale {Y}",
                        "UKM {Y}", "Nyttårskonsert {Y}"):
            subs = SUBS["edition"]
        elif template.startswith(("Rammeavtale", "Utredning", "Evaluering", "Kulturplan",
                                  "Kommuneplan", "Plan for", "Strategi", "Utviklingsplan",
                                  "Regional plan",
                                  "Digitaliseringsstrategi", "Pasientforløp")):
            subs = SUBS["assignment"]
        elif "{P}" in template:
            subs = SUBS["premiere"]
        return cls(template, rng.choice([2024, 2025, 2025, 2026]), fill, style, subs)

    def render(self, style: dict[str, int], shift: int = 0) -> str:
        y = self.year + shift
        years = [str(y), str(y)[2:]]
        seasons = [f"{y}/{str(y + 1)[2:]}", f"{y}/{y + 1}", f"{str(y)[2:]}/{str(y + 1)[2:]}",
                   f"{y}-{str(y + 1)[2:]}"]
        span = 3 if "plan" in self.template.lower() else 2
        ranges = [f"{y}–{y + span}", f"{y}-{y + span}", f"{y}–{str(y + span)[2:]}"]
        s = self.template
        s = re.sub(r"\[([^\]]*)\]", lambda m: m.group(1) if style["opt"] else "", s)
        s = re.sub(r"<([^|>]*)\|([^>]*)>", lambda m: m.group(1 + style["abbr"]), s)
        s = (s.replace("{Y}", years[style["Y"]]).replace("{S}", seasons[style["S"]])
             .replace("{R}", ranges[style["R"]]))
        for k, v in self.fill.items():
            s = s.replace("{" + k + "}", v)
        return re.sub(r"\s+", " ", s).strip()

    def variant(self, rng: random.Random, kind: str, label: str) -> str | None:
        canon = self.render(self.style)
        st = dict(self.style)
        if kind == "year-form":
            if "{Y}" in self.template:
                st["Y"] = 1 - st["Y"]
            elif "{S}" in self.template:
                st["S"] = rng.choice([i for i in range(4) if i != st["S"]])
            elif "{R}" in self.template:
                st["R"] = rng.choice([i for i in range(3) if i != st["R"]])
            else:
                return None
            return self.render(st)
        if kind == "word-more":
            if "[" not in self.template:
                return None
            st["opt"] = 1 - st["opt"]
            return self.render(st)
        if kind == "abbrev":
            if "<" not in self.template:
                return None
            st["abbr"] = 1 - st["abbr"]
            return self.render(st)
        if kind == "customer-name":
            if label.lower() in canon.lower():
                return None
            return rng.choice([f"{label} – {canon}", f"{label} {canon}", f"{canon} ({label})"])
        if kind == "typo":
            return typo(rng, canon)
        if kind == "case":
            return canon.upper() if rng.random() < 0.4 else canon.lower()
        if kind == "order":
            if " – " in canon:
                a, b = canon.split(" – ", 1)
                return f"{b} – {a}"
            m = re.match(r"^(.*\D) (\d{4}(?:[/–-]\d{2,4})?)$", canon)
            return f"{m.group(2)} {m.group(1)}" if m else None
        if kind == "og":
            return canon.replace(" og ", " & ") if " og " in canon else None
        if kind == "dash":
            return canon.replace(" – ", ": ") if " – " in canon else None
        return None


def fold_keys_project(name: str) -> tuple[str, str]:
    s = name.lower().translate(FOLD).replace("&", " og ")
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in ("og", "av", "i", "til")]
    # a year and its short form meet; so do a season's forms
    words = [w[2:] if re.fullmatch(r"20\d\d", w) else w for w in words]
    return " ".join(sorted(words)), "".join(words)


# ---- spelling ---------------------------------------------------------------------------------


def typo(rng: random.Random, name: str) -> str | None:
    """One slip of the finger in a word of six letters or more (never its first letter)."""
    words = name.split()
    cands = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()
             and w.upper() not in LEGAL]
    if not cands:
        return None
    i = rng.choice(cands)
    w = words[i]
    j = rng.randrange(2, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:  # swap two letters
        if w[j] == w[j + 1]:
            return None
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1:  # a letter left out
        w = w[:j] + w[j + 1:]
    elif op == 2:  # a letter twice
        w = w[:j] + w[j] + w[j:]
    else:  # the neighbouring key
        c = w[j].lower()
        for row in KEYBOARD:
            if c in row:
                k = row.index(c)
                n = row[k + 1] if k + 1 < len(row) else row[k - 1]
                w = w[:j] + (n.upper() if w[j].isupper() else n) + w[j + 1:]
                break
        else:
            return None
    words[i] = w
    return " ".join(words)


def abbreviate(rng: random.Random, name: str) -> str | None:
    hits = [(a, b) for a, b in ABBREV if a != b and re.search(rf"\b{re.escape(a)}\b", name,
                                                             flags=re.IGNORECASE)]
    if not hits:
        return None
    a, b = rng.choice(hits)
    out = re.sub(rf"\b{re.escape(a)}\b", b, name, count=1, flags=re.IGNORECASE)
    return out.replace("gt. ", "gt. ").strip()


def as_typed(rng: random.Random, org: str) -> str:
    r = rng.random()
    if r < 0.55:
        return org
    if r < 0.8:
        return f"{org[:3]} {org[3:6]} {org[6:]}"
    return f"NO {org} MVA" if r < 0.92 else f"{org} MVA"


def _order(r: Rec) -> int:
    return r.id if isinstance(r.id, int) else int(r.id.split("-")[1])


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    """A local registry of `customers` customers and `projects` projects, a Tripletex company
    with about 1.6 times as many customers and about 1.8 times as many projects, and the truth
    between them."""
    return Builder(seed, customers, projects).build()
