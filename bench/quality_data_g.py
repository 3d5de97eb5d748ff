"""A seventh data set for `bench/matching_quality.py` (`--data g`), written independently of the
matcher and of the other generators: a digital/IT agency and a facility-services company
(cleaning, security, canteens, property management) in Oslo, Stavanger and Tromsø. The time
tracker was typed fast by the people doing the work; Tripletex by the office, mostly with the
legal names. Deterministic per seed; each seed draws other firms, another mix, other variants.

- customers (`bench/quality_names_g.py`): chain stores and franchises (the store's name beside
  the franchisee's legal name, store numbers, the chain's org number shared by its stores in
  Tripletex), hotels, restaurants and gyms, offshore suppliers in Stavanger with English names,
  Sami and Northern Norway names (bilingual municipalities, Sámi letters), Swedish and Danish
  firms (å/ä/ö, æ/ø, A/S, ApS, AB), names with "&", "+", "@" and digits, initials with dots,
  quotes and parentheses, "c/o", "v/", "att:", acronyms beside long official names, renamed
  firms tied only by the org number, generated firms, sameier by address and borettslag.
- spelling kinds, both ways ("/local": the local side carries the variant, "/tx": Tripletex's):
  legal form, case, æøå, ä/ö/ü/é, Sámi letters, typos (adjacent key, doubled, dropped, swapped
  letters), abbreviations, a word more or less, word order, compounds split/joined/hyphenated,
  punctuation, "Sentrum"/"Senter", store numbers ("nr."/"#"), "Hotel"/"Hotell", Kafé/Café, the
  brand or store name for the legal name, acronyms, markers (c/o, v/, att:, avd.).
- twins (same name told apart by org number or number, and true twins), traps (the chain's
  other store, another store number in the same town, the brand's other legal company, the
  neighbour address's sameie, the same name in another trade), local-only records (internal
  customers, old clients), many Tripletex records new to the time tracker.
- projects: the agency's (web shops, SEO per quarter, redesigns, M365, drift) and the facility
  company's (cleaning contracts, window washing per season, canteen, guarding, moving), with
  sub-projects per month, floor or phase; years, quarters and seasons in several forms,
  English/Norwegian wording, the customer's name or store number or the project number written
  in, typos; traps: next year's project, the other season or quarter, the next month or floor.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from bench import quality_names_g as ng
from bench.quality_data import DataSet, Rec, _org

FORMS = ("AS", "ASA", "A/S", "AB", "ApS", "SA", "HF", "KF", "RHF", "Ltd", "ENK", "ANS", "DA")
FORM_RE = re.compile(r"\s+(AS|ASA|A/S|AB|ApS|SA|HF|KF|RHF|Ltd|ENK|ANS|DA)$")


def skel(name: str) -> str:
    """A coarse key: two names with one key may count as one name to any normaliser."""
    s = name.lower()
    s = re.sub(r"\ba\s*[/.]\s*s\b\.?", " as ", s)
    s = s.replace("&", " og ").replace("+", " pluss ").replace("@", " at ")
    s = s.replace("æ", "a").replace("ø", "o").replace("å", "a")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("ae", "a").replace("oe", "o").replace("aa", "a")
    words = re.sub(r"[^a-z0-9]+", " ", s).split()
    drop = {"as", "asa", "ab", "aps", "sa", "hf", "kf", "rhf", "ltd", "enk", "ans", "da", "og",
            "the", "i"}
    words = [w for w in words if w not in drop]
    return re.sub(r"(.)\1+", r"\1", "".join(words))


# ---- spelling -------------------------------------------------------------------------------

KEYS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]


def _neighbours(c: str) -> str:
    for r, row in enumerate(KEYS):
        i = row.find(c)
        if i >= 0:
            out = row[max(0, i - 1):i] + row[i + 1:i + 2]
            if r > 0:  # the row above is shifted half a key left
                out += KEYS[r - 1][i:i + 2]
            if r < len(KEYS) - 1:
                out += KEYS[r + 1][max(0, i - 1):i + 1]
            return out
    return ""


def typo(rng: random.Random, name: str) -> str | None:
    words = name.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and not w.isupper()]
    if not cand:
        return None
    i = rng.choice(cand)
    w = words[i]
    op = rng.choice(["adjacent", "double", "drop", "swap"])
    p = rng.randrange(2, len(w) - 1)
    if op == "adjacent":
        nb = _neighbours(w[p].lower())
        if not nb:
            return None
        w = w[:p] + rng.choice(nb) + w[p + 1:]
    elif op == "double":
        w = w[:p] + w[p] + w[p:]
    elif op == "drop":
        w = w[:p] + w[p + 1:]
    else:
        if w[p] == w[p + 1] if p + 1 < len(w) else True:
            return None
        w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    words[i] = w
    return " ".join(words)


ABBREV = {"Stiftelsen": "Stift.", "Borettslaget": "Brl.", "Borettslag": "BRL",
          "Restaurant": "Rest.", "Eiendomsforvaltning": "Eiendomsforv.", "Services": "Serv.",
          "Management": "Mgmt", "Dagligvare": "Dagligv.", "Advokatfirma": "Adv.firma",
          "Universitetssykehuset": "Univ.sykehuset", "Legesenter": "Legesent.",
          "Kontorservice": "Kontorserv.", "Regnskap": "Regnsk.", "Transport": "Transp.",
          "Sameiet": "Sameie", "Fysioterapi": "Fysio", "Tannklinikk": "Tannkl.",
          "Bilverksted": "Bilverks.", "Reklamebyrå": "Reklameb.", "Eiendom": "Eiend.",
          "kommune": "k.", "fylkeskommune": "fylkesk.", "Norge": "N.", "Elektro": "El."}
STREET_ABBREV = [("gate", "gt."), ("gata", "gt."), ("veien", "vn."), ("veien", "v.")]
COMPOUND = {"Eiendomsforvaltning": ["Eiendoms forvaltning", "Eiendoms-forvaltning"],
            "Kontorservice": ["Kontor Service", "Kontor-service"],
            "Reklamebyrå": ["Reklame byrå", "Reklame-byrå"],
            "Byggservice": ["Bygg Service", "Bygg-service"],
            "Vaktservice": ["Vakt Service", "Vakt-service"],
            "Legesenter": ["Lege senter", "Lege-senter"],
            "Dyreklinikk": ["Dyre klinikk", "Dyre-klinikk"],
            "Bilverksted": ["Bil verksted", "Bil-verksted"],
            "Tannklinikk": ["Tann klinikk", "Tann-klinikk"],
            "Nord-Norge": ["Nord Norge", "Nordnorge"],
            "Aker Brygge": ["Akerbrygge", "Aker-Brygge"],
            "Carl Berner": ["Carl-Berner"],
            "Sandnes Øst": ["Sandnes-Øst"],
            "Circle K": ["CircleK", "Circle-K"],
            "Apotek 1": ["Apotek1"], "Subsea 7": ["Subsea7"],
            "Vitusapotek": ["Vitus apotek", "Vitus-apotek"],
            "Storsenter": ["Stor senter"], "Sjømat": ["Sjø mat"],
            "Barnehage": ["Barne hage"]}
DROPPABLE = ["Norge", "Norway", "Hotel", "Restaurant", "Services", "Group", "Oslo", "Stavanger",
             "Tromsø", "Fitness", "Pizza", "Bistro", "Management", "Scandinavia"]


def _sub(pattern: str, repl: str, name: str) -> str | None:
    out = re.sub(pattern, repl, name)
    return out if out != name else None


def spell(rng: random.Random, kind: str, name: str, firm: Firm) -> str | None:
    """`name` as someone typing fast writes it, in one kind of spelling difference."""
    if kind == "form":
        m = FORM_RE.search(name)
        if m:
            f = m.group(1)
            if rng.random() < 0.6 or f not in ("AS", "A/S"):
                return name[:m.start()]
            return name[:m.start()] + " " + rng.choice(["A/S", "A.S.", "as", "AS."] if f == "AS"
                                                      else ["AS", "A.S."])
        if firm.company and not re.search(r"\d$", name):
            return name + rng.choice([" AS", " AS", " A/S"])
        return None
    if kind == "case":
        if name.lower() == name:
            return None
        return name.lower() if rng.random() < 0.7 else name.upper()
    if kind == "aeoeaa":
        if not re.search("[æøåÆØÅ]", name):
            return None
        if rng.random() < 0.6:
            tbl = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
        else:
            tbl = {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"}
        return "".join(tbl.get(c, c) for c in name)
    if kind == "umlaut":
        if not re.search("[äöüéÄÖÜÉ]", name):
            return None
        tbl = {"ä": "a", "ö": "o", "ü": "u", "é": "e", "Ä": "A", "Ö": "O", "Ü": "U", "É": "E"}
        if rng.random() < 0.3:
            tbl.update({"ä": "æ", "ö": "ø", "ü": "y"})
        return "".join(tbl.get(c, c) for c in name)
    if kind == "sami":
        if not re.search("[áčđŋšŧžÁČĐŊŠŦŽ]", name):
            return None
        return "".join(c for c in unicodedata.normalize("NFKD", name)
                       if not unicodedata.combining(c)).replace("đ", "d").replace("ŋ", "n") \
            .replace("ŧ", "t").replace("Đ", "D").replace("Ŋ", "N").replace("Ŧ", "T")
    if kind == "typo":
        return typo(rng, name)
    if kind == "abbrev":
        keys = [k for k in ABBREV if re.search(rf"\b{k}\b", name)]
        if keys:
            k = rng.choice(keys)
            return re.sub(rf"\b{k}\b", ABBREV[k], name, count=1)
        for long, short in STREET_ABBREV:
            if re.search(rf"\w{long}\b|\b{long}\b", name):
                return re.sub(rf"(\w*?){long}\b", rf"\1{short}", name, count=1)
        return None
    if kind == "word-":
        words = [w for w in DROPPABLE if re.search(rf"\b{w}\b", name)]
        if not words:
            return None
        out = re.sub(rf"\s*\b{rng.choice(words)}\b", "", name, count=1).strip()
        return out if len(skel(out)) >= 4 else None
    if kind == "word+":
        if firm.city in name or firm.sector in ("retail", "housing", "gym") or not firm.company:
            return None
        extra = rng.choice([firm.city, firm.city, f"avd. {firm.city}"]
                           + (["Norge"] if firm.sector == "offshore" else []))
        m = FORM_RE.search(name)
        if m:
            return f"{name[:m.start()]} {extra}{name[m.start():]}"
        return f"{name} {extra}"
    if kind == "compound":
        keys = [k for k in COMPOUND if k in name]
        if not keys:
            return None
        k = rng.choice(keys)
        return name.replace(k, rng.choice(COMPOUND[k]), 1)
    if kind == "punct":
        if "&" in name:
            return name.replace("&", rng.choice(["og", "og", "+"]))
        if " og " in name:
            return name.replace(" og ", " & ")
        if "-" in name:
            return name.replace(" - ", " ").replace("-", " ")
        if re.search(r"\b([A-Z])\.([A-Z])\.", name):
            return re.sub(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?", lambda m: "".join(
                g for g in m.groups() if g), name)
        return None
    if kind == "senter":
        if "Sentrum" in name:
            return name.replace("Sentrum", "Senter")
        if "Senter" in name:
            return name.replace("Senter", "Sentrum")
        return None
    if kind == "number":
        m = re.search(r"(?<![\d-])(\d{1,4})(?![\d-])", name)
        if not m or "1000" in name or "1881" in name or "24Seven" in name or re.search(r"\d[A-Z]", name):
            return None
        n = m.group(1)
        return name[:m.start()] + rng.choice(["nr. ", "nr ", "#", "no. ", "Nr."]) + n + name[m.end():]
    if kind == "marker":
        m = FORM_RE.search(name)
        base = name[:m.start()] if m and rng.random() < 0.6 else name
        r = rng.random()
        if firm.sector == "housing":
            return f"{base} c/o {rng.choice(ng.MANAGERS[firm.city])}"
        if r < 0.35 and firm.sector in ("office", "restaurant", "retail"):
            return f"{base} v/ {rng.choice(ng.FIRST)} {rng.choice(ng.SURNAMES)}"
        if r < 0.7:
            return f"{base} att: {rng.choice(ng.DEPARTMENTS)}"
        if firm.sector == "public":
            return f"{base} c/o {rng.choice(ng.DEPARTMENTS)}"
        return None if firm.sector == "retail" else f"{base} avd. {firm.city}"
    if kind == "cafe":
        for a in ("Kafé", "Café", "Kafe", "Cafe"):
            if a in name:
                return name.replace(a, rng.choice([b for b in ("Kafé", "Café", "Kafe", "Cafe")
                                                  if b != a]))
        return None
    if kind == "hotel":
        return _sub(r"\bHotel\b", "Hotell", name)
    if kind == "reorder":
        for v in ng.VENUE:
            m = re.match(rf"^{v} (\w+)$", name)
            if m:
                return f"{m.group(1)} {v.lower() if rng.random() < 0.5 else v}"
            m = re.match(rf"^(\w+) {v}$", name)
            if m:
                return f"{v} {m.group(1)}"
        m = re.match(r"^Sameiet (.+ \d+)$", name)
        if m:
            return f"{m.group(1)} Sameie"
        return None
    raise ValueError(kind)


GENERIC = {"form": 14, "case": 6, "aeoeaa": 8, "umlaut": 5, "sami": 5, "typo": 12, "abbrev": 7,
           "word-": 6, "word+": 6, "compound": 7, "punct": 7, "senter": 3, "number": 5,
           "marker": 5, "cafe": 4, "hotel": 3, "reorder": 5}


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


# ---- firms ----------------------------------------------------------------------------------


@dataclass
class Firm:
    official: str
    city: str
    sector: str  # retail hotel restaurant gym offshore public property housing office nordic
    alts: list[tuple[str, str]] = field(default_factory=list)  # (typed name, kind)
    traps: list[str] = field(default_factory=list)  # other companies that resemble it
    old: str | None = None  # an earlier name
    chain_org: str | None = None  # the chain's org number on its stores in Tripletex
    company: bool = True  # a legal form would fit
    short: str = ""  # a short name for projects ("Kiwi 512")


def catalogue(rng: random.Random, orgs: set[str]) -> list[Firm]:
    firms: list[Firm] = []
    # chain stores
    for chain, shorts, numbered, franchise, shared in ng.CHAINS:
        chain_org = _org(rng, orgs) if shared and rng.random() < 0.6 else None
        for city in ng.CITIES:
            locs = rng.sample(ng.LOCATIONS[city], rng.randint(1, 4))
            numbers = rng.sample(range(101, 989), len(locs))
            for loc, no in zip(locs, numbers, strict=True):
                store = f"{chain} {no} {loc}" if numbered else f"{chain} {loc}"
                alts = [(f"{s} {loc}", "brand") for s in shorts]
                if numbered:
                    alts += [(f"{chain} {loc}", "word"), (f"{chain} {no}", "word"),
                             (f"{chain} nr. {no} {loc}", "number"), (f"{chain} {loc} ({no})", "punct")]
                other = [x for x in ng.LOCATIONS[city] if x not in locs]
                traps = []
                if numbered:
                    d = str(no)
                    swapped = d[0] + d[2] + d[1] if d[1] != d[2] else str(no + 10)
                    traps.append(f"{chain} {swapped} {loc}")
                if other:
                    traps.append(f"{chain} {rng.choice(other)}")
                if franchise and rng.random() < (0.4 if franchise == "fuel" else 0.7):
                    legal = rng.choice(ng.FRANCHISE_LEGAL[franchise]).format(loc=loc, chain=chain)
                    alts = [(store, "store")] + [(a, "store") for a, _ in alts]
                    firms.append(Firm(legal, city, "retail", alts, traps, company=False,
                                      short=store))
                else:
                    firms.append(Firm(store, city, "retail", alts, traps,
                                      chain_org=chain_org, company=False, short=store))
    # hotels: the brand's other hotel in the same city is the trap
    for name, alts, city in ng.HOTELS:
        brand = name.split()[0]
        traps = [h for h, _a, c in ng.HOTELS if h != name and c == city and h.startswith(brand)]
        official = name + (" AS" if rng.random() < 0.25 else "")
        firms.append(Firm(official, city, "hotel", [(a, "brand") for a in alts], traps,
                          company=False, short=alts[0]))
    for name, alts, city in ng.HAND:
        sector = "offshore" if city == "Stavanger" else "office"
        if re.search(r"kommune|Sametinget|sykehus|universitet|Havn KF|Forum", name):
            sector = "public"
        firms.append(Firm(name, city, sector, list(alts), list(ng.HAND_TRAPS.get(name, [])),
                          company=FORM_RE.search(name) is not None, short=alts[0][0]))
    for old, new, city in ng.RENAMES:
        firms.append(Firm(new, city, "office", [], [], old=old, short=new))
    # generated firms
    for _ in range(260):
        city = rng.choice(ng.CITIES)
        r = rng.random()
        if r < 0.42:
            word = rng.choice(ng.WORDS if rng.random() < 0.6 else ng.SURNAMES)
            trade, sector = rng.choice(ng.TRADES)
            name = f"{word} {trade}" + rng.choice([" AS", " AS", " AS", "", " ANS"])
            other = rng.choice([t for t, _s in ng.TRADES if t != trade])
            firms.append(Firm(name, city, sector, [], [f"{word} {other} AS"], short=f"{word} {trade}"))
        elif r < 0.58:
            word = rng.choice(ng.WORDS)
            venue = rng.choice(ng.VENUE)
            name = f"{venue} {word}" if rng.random() < 0.6 else f"{word} {venue}"
            firms.append(Firm(name, city, "restaurant", [(f"{word}", "word")]
                              if rng.random() < 0.3 else [],
                              [f"{word} {rng.choice(['Eiendom', 'Catering', 'Selskapslokaler'])} AS"],
                              company=rng.random() < 0.5, short=name))
        elif r < 0.74:
            street = rng.choice(ng.STREETS[city])
            n = rng.randint(2, 88)
            name = f"Sameiet {street} {n}"
            alts = [(f"{street} {n} sameie", "reorder"), (f"Sameie {street} {n}", "abbrev"),
                    (f"Sameiet {street} nr. {n}", "number")]
            firms.append(Firm(name, city, "housing", alts, [f"Sameiet {street} {n + 2}"],
                              company=False, short=f"{street} {n}"))
        elif r < 0.84:
            word = rng.choice(ng.WORDS)
            name = rng.choice([f"Borettslaget {word}", f"{word} Borettslag"])
            alts = [(f"{word} BRL", "abbrev"), (f"Brl. {word}", "abbrev"),
                    (f"{word} borettslag", "case")]
            firms.append(Firm(name, city, "housing", alts, [f"{word} Velforening"],
                              company=False, short=word))
        else:
            first, sur = rng.choice(ng.FIRST), rng.choice(ng.SURNAMES)
            trade, sector = rng.choice(ng.TRADES[:12])
            name = f"{first} {sur} {trade}"
            alts = [(f"{trade} {first} {sur}", "reorder"), (f"{sur} {trade}", "word"),
                    (f"{first} {sur}", "word"), (f"{name} ENK", "form")]
            firms.append(Firm(name, city, sector, alts, [f"{sur} {trade} {rng.choice(ng.CITIES)} AS"]
                              if rng.random() < 0.3 else [], company=False, short=f"{sur} {trade}"))
    return firms


# ---- the data set ---------------------------------------------------------------------------


class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"data-g-{seed}")
        self.orgs: set[str] = set()
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.skels: dict[str, int] = {}  # customer name key -> firm
        self.next_tx = {"customer": 20_000, "project": 70_000}
        self.next_key = {"customer": 0, "project": 0}
        self.cust_no = 10_000
        self.proj_no = 1_000

    # ids
    def tx_id(self, kind: str) -> int:
        self.next_tx[kind] += self.rng.randint(1, 7)
        return self.next_tx[kind]

    def key(self, kind: str) -> str:
        self.next_key[kind] += 1
        return f"{kind[0]}{self.next_key[kind]:04d}"

    def free(self, names: list[str], owner: int) -> bool:
        return all(self.skels.get(skel(n), owner) == owner for n in names)

    def claim(self, names: list[str], owner: int) -> None:
        for n in names:
            self.skels[skel(n)] = owner

    def local_name(self, key: str) -> str:
        return next(r.name for r in self.local["customer"] if r.id == key)

    # customers
    def add_tx_customer(self, name: str, org: str | None) -> int:
        tid = self.tx_id("customer")
        self.cust_no += self.rng.randint(1, 3)
        self.tx["customer"].append(Rec("customer", tid, name, str(self.cust_no), org))
        return tid

    def add_local_customer(self, name: str, number: str | None = None, org: str | None = None) -> str:
        k = self.key("customer")
        self.local["customer"].append(Rec("customer", k, name, number, org))
        return k

    def variant(self, firm: Firm) -> tuple[str, str, str] | None:
        """(full name, typed name, kind) of one spelling difference."""
        rng = self.rng
        if firm.alts and rng.random() < 0.55:
            typed, kind = rng.choice(firm.alts)
            return firm.official, typed, kind
        for _ in range(12):
            kind = _pick(rng, GENERIC)
            out = spell(rng, kind, firm.official, firm)
            if out and out != firm.official:
                return firm.official, out, kind.rstrip("+-") if kind in ("word+", "word-") else kind
        return None

    def customer_pair(self, firm: Firm, fid: int) -> tuple[str, int] | None:
        rng = self.rng
        org = _org(rng, self.orgs)
        if firm.old:  # renamed: only the org number ties them
            old, new = firm.old, firm.official
            if not self.free([old, new], fid):
                return None
            if rng.random() < 0.75:
                lname, tname, side = old, new, "local"
            else:
                lname, tname, side = new, old, "tx"
            self.claim([old, new], fid)
            k = self.add_local_customer(lname, org=org)
            t = self.add_tx_customer(tname, org)
            self.truth[("customer", k)] = t
            self.tags[("customer", k)] = self.tags[("customer", t)] = ["alias", f"renamed/{side}"]
            return k, t
        if rng.random() < 0.12:
            full, typed, kind = firm.official, firm.official, "same"
        else:
            v = self.variant(firm)
            if v is None:
                return None
            full, typed, kind = v
        extras = []
        if kind != "same" and rng.random() < 0.2:
            e = rng.choice(["case", "form", "typo", "aeoeaa"])
            out = spell(rng, e, typed, firm)
            if out and out != typed and e != kind:
                typed, extras = out, [f"+{e}"]
        side = "local" if rng.random() < 0.72 else "tx"
        lname, tname = (typed, full) if side == "local" else (full, typed)
        if not self.free([lname, tname], fid):
            return None
        self.claim([lname, tname], fid)
        tx_org = firm.chain_org if firm.chain_org and rng.random() < 0.7 else (
            org if rng.random() < 0.8 else None)
        local_org = org if tx_org == org and rng.random() < 0.15 else None
        t = self.add_tx_customer(tname, tx_org)
        number = self.tx["customer"][-1].number if rng.random() < 0.08 else None
        k = self.add_local_customer(lname, number, local_org)
        self.truth[("customer", k)] = t
        tag = ["same"] if kind == "same" else [f"{kind}/{side}"]
        if kind in ("brand", "store", "acronym"):
            tag = [kind, f"{kind}/{side}"]
        self.tags[("customer", k)] = self.tags[("customer", t)] = tag + extras
        return k, t

    def trap(self, firm: Firm, fid: int, local_key: str) -> int | None:
        words = set(re.findall(r"\w{3,}", self.local_name(local_key).lower()))
        names = [n for n in firm.traps if words & set(re.findall(r"\w{3,}", n.lower()))]
        self.rng.shuffle(names)
        for n in names:
            if self.free([n], -1 - fid):
                self.claim([n], -1 - fid)
                t = self.add_tx_customer(n, _org(self.rng, self.orgs) if self.rng.random() < 0.8 else None)
                self.resembles[("customer", t)] = local_key
                self.tags[("customer", t)] = ["trap"]
                return t
        return None

    def twins(self, fid: int, kind: str) -> list[tuple[str, int]]:
        rng = self.rng
        city = rng.sample(list(ng.CITIES), 2)
        r = rng.random()
        if r < 0.4:
            chain = rng.choice(["Kiwi", "Circle K", "Coop Extra", "Bunnpris", "Narvesen"])
            name = f"{chain} Sentrum"
        elif r < 0.7:
            name = f"{rng.choice(ng.WORDS)} {rng.choice(['Renhold', 'Eiendom', 'Vakt', 'Media'])}"
        else:
            name = f"{rng.choice(ng.FIRST)} {rng.choice(ng.SURNAMES)}"
        if not self.free([name], fid):
            return []
        self.claim([name], fid)
        out = []
        for _c in city:
            org = _org(rng, self.orgs)
            t = self.add_tx_customer(name, org)
            number = self.tx["customer"][-1].number if kind == "twin-number" else None
            k = self.add_local_customer(name, number, org if kind == "twin-org" else None)
            self.truth[("customer", k)] = t
            self.tags[("customer", k)] = self.tags[("customer", t)] = [kind]
            out.append((k, t))
        return out


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    b = Builder(seed)
    rng = b.rng
    firms = catalogue(rng, b.orgs)
    rng.shuffle(firms)
    pairs: list[tuple[str, int, Firm]] = []
    local_only: list[tuple[str, Firm | None]] = []
    tx_new: list[tuple[int, Firm]] = []
    n_internal = rng.randint(3, 6)
    for name in rng.sample(ng.INTERNAL, n_internal):
        b.claim([name], -9)
        local_only.append((b.add_local_customer(name), None))
    for i, kind in enumerate(rng.choices(["twin-org", "twin-number", "twin-true"], k=rng.randint(2, 4))):
        for k, t in b.twins(-100 - i, kind):
            pairs.append((k, t, Firm("", "Oslo", "office")))
    n_local_only = int(customers * rng.uniform(0.08, 0.13))
    fi = 0
    while len(b.local["customer"]) < customers and fi < len(firms):
        firm = firms[fi]
        fi += 1
        if len(local_only) < n_local_only + n_internal and rng.random() < 0.15:
            name = firm.official
            if rng.random() < 0.5 and firm.alts:
                name = rng.choice(firm.alts)[0]
            if b.free([name, firm.official], fi):
                b.claim([name, firm.official], fi)
                local_only.append((b.add_local_customer(name), firm))
            continue
        got = b.customer_pair(firm, fi)
        if got is None:
            continue
        pairs.append((*got, firm))
        if firm.traps and rng.random() < 0.3:
            b.trap(firm, fi, got[0])
    # Tripletex's customers new to the time tracker
    n_new = int(customers * rng.uniform(0.45, 0.65))
    while len(tx_new) < n_new and fi < len(firms):
        firm = firms[fi]
        fi += 1
        name = firm.official
        if b.free([name], fi):
            b.claim([name], fi)
            tx_new.append((b.add_tx_customer(name, firm.chain_org or _org(rng, b.orgs)), firm))
    make_projects(b, pairs, local_only, tx_new, projects)
    for side in (b.local, b.tx):
        for kind in side:
            rng.shuffle(side[kind])
    return DataSet(seed, b.local, b.tx, b.truth, b.tags, b.resembles)


# ---- projects -------------------------------------------------------------------------------


@dataclass
class Proj:
    template: str
    sub: str | None
    year: int
    q: int
    season: str
    form: int = 0  # how years and periods are written


def render(p: Proj, style: int) -> str:
    y, q, s = p.year, p.q, p.season
    yy = f"{y % 100:02d}"
    years = [str(y), str(y), f"-{yy}", f"{yy}", f"({y})"]
    quarters = [f"Q{q} {y}", f"Q{q} {y}", f"{q}. kvartal {y}", f"Q{q}-{yy}", f"K{q} {y}", f"{y} Q{q}"]
    seasons = [f"{s} {y}", f"{s} {y}", f"{s}en {y}", f"{s} -{yy}", f"{s} {yy}"]
    winter = [f"{y}/{(y + 1) % 100:02d}", f"{y}/{(y + 1) % 100:02d}", f"{yy}/{(y + 1) % 100:02d}",
              f"vinter {y}-{y + 1}", f"{y}-{(y + 1) % 100:02d}"]
    t = p.template
    if "{q}" in t:
        t = t.replace("{q} {y}", quarters[style % len(quarters)])
    t = t.replace("{s} {y}", seasons[style % len(seasons)])
    t = t.replace("{w}", winter[style % len(winter)])
    t = t.replace("{y}", years[style % len(years)])
    return t


def sub_render(kind: str, value: int, year: int, style: int, parent: str) -> str:
    if kind == "month":
        m = ng.MONTHS[value]
        yy = f"{year % 100:02d}"
        short = f"{m.lower()} {yy}" if len(m) <= 4 else f"{m[:3].lower()}. {yy}"  # no "mai."
        forms = [f"{m[:3]} {year}", f"{m} {year}", short, f"{value + 1:02d}.{year}",
                 f"{year}-{value + 1:02d}", f"{m[:3]} -{yy}"]
        return forms[style % len(forms)]
    if kind == "floor":
        f = ng.FLOORS[value]
        word = parent.split()[0].strip("-").capitalize()
        m = re.match(r"(\d)\. etg", f)
        if m:
            n = m.group(1)
            ordw = ["Første", "Andre", "Tredje", "Fjerde"][int(n) - 1]
            forms = [f"{word} - {n}. etg", f"{n}. etg", f"{n}. etasje", f"{n} etg", f"{n}.etg",
                     f"{ordw} etasje", f"Etg. {n}"]
        else:
            forms = [f"{word} - {f}", f, f.lower(), f"{word} {f.lower()}"]
        return forms[style % len(forms)]
    ph = ng.PHASES[value]
    forms = [ph, f"Fase {value + 1} - {ph}", f"{ph} (fase {value + 1})", f"{ph.lower()}", f"{value + 1}. {ph}"]
    return forms[style % len(forms)]


PVARIANTS = {"form": 16, "swap": 18, "customer": 9, "number": 6, "typo": 12, "case": 7,
             "punct": 6, "aeoeaa": 5}


def project_variant(rng: random.Random, p: Proj, firm: Firm, tx_number: str) -> tuple[str, str, str]:
    """(Tripletex name, typed name, kind)."""
    style = rng.choice([0, 0, 1])
    full = render(p, style)
    for _ in range(10):
        kind = _pick(rng, PVARIANTS)
        if kind == "form":
            if not re.search(r"\{[yqsw]\}", p.template):
                continue
            other = rng.randrange(2, 6)
            out = render(p, other)
            kind = "year" if "{y}" in p.template and "{q}" not in p.template and "{s}" not in p.template else "period"
        elif kind == "swap":
            alts = ng.PROJECT_SWAPS.get(p.template)
            if not alts:
                continue
            out = rng.choice(alts)
            kind = "lang" if re.search(r"Website|Web site|development|signage|Firewall|Intranet\b",
                                       out) else "wording"
        elif kind == "customer":
            if not firm.short:
                continue
            c = firm.short
            out = rng.choice([f"{c} - {full}", f"{full} {c}", f"{full} ({c})"])
        elif kind == "number":
            out = rng.choice([f"{tx_number} {full}", f"{tx_number} - {full}", f"P{tx_number} {full}"])
        elif kind == "typo":
            out = typo(rng, full)
        elif kind == "case":
            out = full.lower() if full.lower() != full else None
        elif kind == "punct":
            out = (full.replace("&", "og") if "&" in full else full.replace(" og ", " & ")
                   if " og " in full else full.replace("(", "").replace(")", "") if "(" in full
                   else full.replace("-", " ") if "-" in full else None)
        else:
            out = spell(rng, "aeoeaa", full, firm)
        if out and out != full:
            return full, out, kind
    return full, full, "same"


def make_projects(b: Builder, pairs: list[tuple[str, int, Firm]],
                  local_only: list[tuple[str, Firm | None]], tx_new: list[tuple[int, Firm]],
                  target: int) -> None:
    rng = b.rng

    def templates(firm: Firm | None) -> list[tuple[str, str | None]]:
        sector = firm.sector if firm else "office"
        facility = {"retail": 0.6, "hotel": 0.6, "restaurant": 0.5, "housing": 0.9,
                    "property": 0.85, "public": 0.5, "offshore": 0.45}.get(sector, 0.35)
        pool = ng.PROJECTS_FACILITY if rng.random() < facility else ng.PROJECTS_AGENCY
        other = ng.PROJECTS_AGENCY if pool is ng.PROJECTS_FACILITY else ng.PROJECTS_FACILITY
        return rng.sample(pool, len(pool)) + rng.sample(other, 4)

    def new_proj(tpl: str) -> Proj:
        return Proj(tpl, None, rng.choice([2023, 2024, 2024, 2025, 2025, 2026]), rng.randint(1, 4),
                    rng.choice(["vår", "høst"]))

    def add_tx(name: str, cust: int, parent: int | None = None) -> tuple[int, str]:
        t = b.tx_id("project")
        b.proj_no += rng.randint(1, 4)
        num = str(b.proj_no)
        b.tx["project"].append(Rec("project", t, name, num, customer=cust, parent=parent))
        return t, num

    def add_local(name: str, cust: str, parent: str | None = None, number: str | None = None) -> str:
        k = b.key("project")
        b.local["project"].append(Rec("project", k, name, number, customer=cust, parent=parent))
        return k

    def count() -> int:
        return len(b.local["project"])

    # matched customers, then local-only ones, in rounds until the registry has `target`
    order = [(k, t, f) for k, t, f in pairs]
    rng.shuffle(order)
    per = {}
    for k, _t, _f in order:
        per[k] = rng.choices([0, 1, 2, 3, 4, 6], weights=[22, 30, 22, 12, 8, 6])[0]
    lo_per = {k: rng.choices([0, 1, 2], weights=[40, 40, 20])[0] for k, _f in local_only}
    for k, f in local_only:
        for tpl, _sub in templates(f)[:lo_per[k]]:
            if count() >= target:
                break
            add_local(render(new_proj(tpl), rng.randrange(3)), k)

    for k, t, firm in order:
        if count() >= target:
            break
        used: dict[str, str] = {}  # skel -> owner tag in this scope (local and tx)
        tpls = templates(firm)
        n = per[k]
        made = 0
        for tpl, subkind in tpls:
            if made >= n or count() >= target:
                break
            p = new_proj(tpl)
            full, typed, kind = project_variant(rng, p, firm, str(b.proj_no + 1))
            side = "local" if rng.random() < 0.7 else "tx"
            lname, tname = (typed, full) if side == "local" else (full, typed)
            if any(used.get(skel(x), tpl) != tpl for x in (lname, tname)):
                continue
            r = rng.random()
            if r < 0.1:  # local only
                used[skel(full)] = used[skel(typed)] = tpl
                add_local(typed, k)
                made += 1
                continue
            used[skel(lname)] = used[skel(tname)] = tpl
            tp, num = add_tx(tname, t)
            if "number" in kind and num not in typed:
                # the number written in is the project number
                typed2 = typed.replace(str(b.proj_no + 1), num)
                lname, tname = (typed2, full) if side == "local" else (full, typed2)
                b.tx["project"][-1].name = tname
            lp = add_local(lname, k, number=num if rng.random() < 0.12 else None)
            made += 1
            b.truth[("project", lp)] = tp
            tag = ["same"] if kind == "same" else [f"{kind}/{side}"]
            b.tags[("project", lp)] = b.tags[("project", tp)] = tag
            # next year's / the other season's / the other quarter's project: a trap
            if re.search(r"\{[yqs]\}", tpl) and rng.random() < 0.3:
                q = Proj(tpl, None, p.year + 1, p.q, p.season)
                if "{q}" in tpl and rng.random() < 0.5:
                    q = Proj(tpl, None, p.year, p.q % 4 + 1, p.season)
                elif "{s}" in tpl and rng.random() < 0.5:
                    q = Proj(tpl, None, p.year, p.q, "høst" if p.season == "vår" else "vår")
                name = render(q, rng.choice([0, 0, 1]))
                if skel(name) not in used:
                    used[skel(name)] = name
                    tq, _n = add_tx(name, t)
                    b.resembles[("project", tq)] = lp
                    b.tags[("project", tq)] = ["trap"]
            # sub-projects
            if subkind and rng.random() < 0.35:
                values = {"month": list(range(12)), "floor": list(range(len(ng.FLOORS))),
                          "phase": list(range(len(ng.PHASES)))}[subkind]
                m = rng.randint(2, 5)
                start = rng.randrange(len(values) - m + 1)
                chosen = values[start:start + m] if subkind != "floor" else rng.sample(values, m)
                sused: dict[str, int] = {}
                last_local = None
                for v in chosen:
                    if count() >= target:
                        break
                    st, sl = rng.randrange(7), rng.randrange(7)
                    if rng.random() < 0.4:
                        sl = st
                    stname = sub_render(subkind, v, p.year, st, tpl)
                    slname = sub_render(subkind, v, p.year, sl, tpl)
                    if rng.random() < 0.08:
                        slname = typo(rng, slname) or slname
                    if any(sused.get(skel(x), v) != v for x in (stname, slname)):
                        continue
                    sused[skel(stname)] = sused[skel(slname)] = v
                    rr = rng.random()
                    if rr < 0.12 and last_local is not None:  # Tripletex only: a trap
                        ts, _n = add_tx(stname, t, tp)
                        b.resembles[("project", ts)] = last_local
                        b.tags[("project", ts)] = ["trap"]
                        continue
                    if rr < 0.2:  # local only
                        add_local(slname, k, lp)
                        continue
                    ts, _n = add_tx(stname, t, tp)
                    ls = add_local(slname, k, lp)
                    last_local = ls
                    b.truth[("project", ls)] = ts
                    b.tags[("project", ls)] = b.tags[("project", ts)] = (
                        ["same"] if stname == slname else [f"sub-{subkind}/{'local' if sl else 'tx'}"])
        # Tripletex projects new to the time tracker
        n_new = rng.choice([0, 0, 1, 2])
        for tpl, _s in tpls[len(tpls) - n_new:] if n_new else []:
            name = render(new_proj(tpl), rng.randrange(3))
            if skel(name) not in used:
                used[skel(name)] = name
                add_tx(name, t)
    for t, firm in tx_new:
        for tpl, _s in templates(firm)[:rng.choice([0, 1, 1, 2, 3])]:
            add_tx(render(new_proj(tpl), rng.randrange(3)), t)
