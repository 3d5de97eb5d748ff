"""A ninth data set for `bench/matching_quality.py` (`--data i`), written independently of the
matcher and of the other generators: the registry of a marine and agricultural service company
on the coast (a shipyard/workshop for fishing vessels and fish farms, and an agricultural
machinery dealer and mechanic for farms) in Sunnmøre, Trøndelag, Helgeland, Lofoten and
Vesterålen, beside its Tripletex company.

- customers: fishing vessels and the companies owning them ("Havglimt AS" / "F/F Havglimt" /
  "Havglimt Fiskebåtrederi AS", registration numbers "M-123-A"), a rederi's vessels each as a
  customer ("Remøy Fiskebåtrederi AS - M/S Nordbris"), shipowners, fish farms (real firms and
  their subsidiaries, regions, localities), fish processors, cooperatives and their departments
  ("Nortura SA avd. Malvik", "Tine SA avd. Meieriet Sortland"), samvirkelag, farms ("Nordre Vik
  Gård", "... Gårdsdrift ANS", "... Samdrift DA", "... Melkeproduksjon", v/ the farmer, gnr/bnr),
  machine contractors, ports and municipalities (KF, IKS, Sami and Kven names);
- spelling kinds, each both ways (tag "/local" or "/tx" names the side carrying the variant):
  legal form dropped or changed, case, æ/ø/å, typos, abbreviations, the vessel prefix, the vessel
  vs its company, the registration number, a word more, word order, compounds, departments, the
  place in brackets, v/ a contact, farm numbers, Norge/Norway, English/Norwegian;
- twins (one name, told apart by org number or customer number, or by nothing), traps (the near
  vessel name, the sister vessel, the same vessel name with another registration, the group's
  other subsidiary, the farm next door, the cooperative's other department, the near surname),
  local-only records and many Tripletex customers new to the time tracker;
- projects: jobs and service agreements with vessel names, work order numbers, year forms and
  seasons; sub-projects of dockings, overhauls, classings and agreements; traps: next year's
  job, the other season, another vessel's docking, another work order.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench import quality_names_i as qn
from bench.quality_data import DataSet, Rec, _org

LEGAL = {"AS", "ASA", "SA", "DA", "ANS", "KF", "IKS", "BA", "ENK", "NUF"}
LEGAL_CHANGE = {"AS": "A/S", "ASA": "AS", "SA": "BA", "BA": "SA", "DA": "ANS", "ANS": "DA"}

KIND_WEIGHTS: dict[str, int] = {
    "same": 13, "case": 4, "letters": 5, "legal-form": 6, "legal-change": 3, "typo": 9,
    "abbrev": 9, "compound": 7, "english": 4, "place-brackets": 4, "dept": 6,
    "vessel-prefix": 6, "vessel-owner": 7, "regno": 6, "word-more": 7, "order": 5, "norge": 3,
    "contact-v/": 4, "gnr": 4, "alias": 2, "punct": 2, "owner-dropped": 5, "language": 3,
}
PROJECT_KIND_WEIGHTS: dict[str, int] = {
    "same": 18, "year-form": 8, "customer-name": 6, "vessel-name": 6, "wo": 6, "season-form": 4,
    "order": 5, "abbrev": 8, "english": 4, "word-more": 5, "compound": 5, "typo": 8, "case": 4,
}
SUB_KIND_WEIGHTS: dict[str, int] = {"same": 40, "case": 8, "typo": 10, "abbrev": 12,
                                    "english": 6, "parent-name": 14}

_KEYBOARD = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]


def fold_keys(name: str) -> tuple[str, str]:
    """Two crude keys (word order ignored; spaces ignored) under which two names of different
    firms must never meet: case, æøå, punctuation, legal forms and vessel prefixes folded."""
    s = name.lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("oe", "o"), ("aa", "a"), ("ae", "a"),
                 ("&", " og ")):
        s = s.replace(a, b)
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w]
    words = [w for w in words if w.upper() not in LEGAL
             and w not in {"m", "s", "f", "t", "k", "ms", "ff", "ft", "mk", "v", "avd", "i"}]
    return "".join(sorted(words)), "".join(words)


def typo(rng: random.Random, name: str) -> str | None:
    words = name.split()
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.upper() not in LEGAL]
    if not cands:
        return None
    i = rng.choice(cands)
    w = words[i]
    p = rng.randrange(1, len(w) - 1)
    op = rng.choice(["adjacent", "double", "drop", "swap"])
    if op == "adjacent":
        low = w[p].lower()
        row = next((r for r in _KEYBOARD if low in r), None)
        if row is None:
            return None
        j = row.index(low)
        near = [row[k] for k in (j - 1, j + 1) if 0 <= k < len(row)]
        w = w[:p] + rng.choice(near) + w[p + 1:]
    elif op == "double":
        w = w[:p] + w[p] + w[p:]
    elif op == "drop":
        w = w[:p] + w[p + 1:]
    else:
        if p + 1 >= len(w) or w[p] == w[p + 1]:
            return None
        w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    words[i] = w
    out = " ".join(words)
    return out if out != name else None


def fold_letters(rng: random.Random, name: str) -> str | None:
    if not re.search("[æøåÆØÅ]", name):
        return None
    if rng.random() < 0.6:
        table = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
    else:
        table = {"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"}
    return "".join(table.get(c, c) for c in name)


def legal_of(name: str) -> str | None:
    last = name.split()[-1] if name.split() else ""
    return last if last in LEGAL else None


def without_legal(name: str) -> str:
    return name.rsplit(" ", 1)[0] if legal_of(name) else name


@dataclass
class Ent:
    """One customer (a firm, a department, a vessel's company) with its ways of being typed."""

    name: str  # as Brønnøysund / Tripletex holds it
    cat: str
    domain: str  # marine | fishfarm | processor | agri | port
    alts: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, plain, variant)
    traps: list[tuple[str, str]] = field(default_factory=list)  # (kind, another firm's name)
    vessels: list[tuple[str, str]] = field(default_factory=list)  # (prefix, vessel name)
    short: str = ""  # how the customer's name is written into a project name
    place: str | None = None
    org_rate: float = 0.85  # share with an org number in Tripletex


class Gen:
    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_customers = customers
        self.n_projects = projects
        self.orgs: set[str] = set()
        self.owner: dict[str, int] = {}  # fold key -> entity number that owns it
        self.ent_no = 0
        self.used_vessels: set[str] = set()
        self.used_real: set[str] = set()
        self.used_farms: set[tuple[str, str]] = set()
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.next_tx = {"customer": 20000, "project": 70000}
        self.next_local = {"customer": 1, "project": 1}
        self.tx_numbers = list(range(10001, 10001 + 4 * customers + 200))
        self.rng.shuffle(self.tx_numbers)
        self.tx_project_no = 1000

    # ---- names ----------------------------------------------------------------------------

    def claim(self, names: list[str], owner: int) -> bool:
        """Reserve the names' keys for one firm; False (nothing reserved) when another holds one."""
        keys = [k for n in names for k in fold_keys(n)]
        if any(self.owner.get(k, owner) != owner for k in keys):
            return False
        for k in keys:
            self.owner[k] = owner
        return True

    def new_owner(self) -> int:
        self.ent_no += 1
        return self.ent_no

    def place(self) -> str:
        return self.rng.choice(list(qn.PLACES))

    def vessel(self) -> str | None:
        free = [v for v in qn.VESSELS if v not in self.used_vessels]
        if not free:
            return None
        v = self.rng.choice(free)
        self.used_vessels.add(v)
        return v

    def regno(self, place: str) -> str:
        county, muni = qn.PLACES[place]
        return f"{county}-{self.rng.randrange(1, 999)}-{muni}"

    def regno_form(self, reg: str) -> str:
        county, num, muni = reg.split("-")
        return self.rng.choice([f"{county} {num} {muni}", f"{county}{num}{muni}",
                                f"{county}-{int(num):04d}-{muni}", f"{county} {num}-{muni}"])

    def prefix_form(self, prefix: str) -> str:
        return self.rng.choice(qn.PREFIX_FORMS[prefix])

    # ---- firms ------------------------------------------------------------------------------

    def ent_vessel(self) -> Ent | None:
        v = self.vessel()
        if v is None:
            return None
        p = self.rng.choice(qn.VESSEL_PREFIXES)
        place = self.place()
        form = self.rng.choices(["AS", "Fiskebåtrederi AS", "Fiskeri AS", "Havfiske AS",
                                 "Rederi AS"], [40, 20, 15, 10, 15])[0]
        name = f"{v} {form}"
        e = Ent(name, "vessel", "marine", vessels=[(p, v)], short=v, place=place)
        reg = self.regno(place)
        e.alts += [("vessel-owner", name, f"{p} {v}"),
                   ("vessel-owner", name, f"{p} {v} {reg}"),
                   ("vessel-prefix", f"{p} {v}", f"{self.prefix_form(p)} {v}"),
                   ("vessel-prefix", name, f"{p} {name}"),
                   ("regno", name, f"{name} ({reg})"),
                   ("regno", f"{p} {v} {reg}", f"{p} {v} ({self.regno_form(reg)})"),
                   ("regno", f"{v} {reg}", f"{p} {v}")]
        if form != "AS":
            e.alts.append(("word-more", name, f"{v} AS"))
        if form == "Rederi AS":
            e.alts.append(("order", name, f"Rederiet {v} AS"))
        nv = qn.NEAR_VESSELS.get(v)
        if nv:
            e.traps.append(("near-vessel", name.replace(v, nv, 1)))
        e.traps.append(("sister-vessel", f"{v} II {form}"))
        e.traps.append(("other-regno", f"{p} {v} {self.regno(self.place())}"))
        return e

    def ent_owner_vessels(self) -> list[Ent]:
        """A rederi with 2-3 vessels, each vessel a customer of its own."""
        s = self.rng.choice(qn.SURNAMES)
        trade = self.rng.choice(["Fiskebåtrederi AS", "Rederi AS", "Havfiske AS", "Fiskeri AS"])
        owner = f"{s} {trade}"
        owner_short = f"{s} {trade.split()[0]}" if self.rng.random() < 0.5 else s
        fmt = self.rng.randrange(3)
        out = []
        for _ in range(self.rng.choice([2, 2, 3])):
            v = self.vessel()
            if v is None:
                break
            p = self.rng.choice(qn.VESSEL_PREFIXES)
            name = [f"{owner} - {p} {v}", f"{p} {v} / {owner}", f"{owner} ({p} {v})"][fmt]
            e = Ent(name, "owner-vessel", "marine", vessels=[(p, v)], short=v, org_rate=0.5)
            e.alts += [("owner-dropped", name, f"{p} {v}"),
                       ("owner-dropped", name, f"{p} {v} ({owner_short})"),
                       ("vessel-prefix", name, name.replace(f"{p} {v}", f"{self.prefix_form(p)} {v}")),
                       ("order", name, f"{v} - {owner}"),
                       ("legal-form", name, name.replace(f" {trade.split()[-1]}", "", 1))]
            for word, abbrs in qn.ABBREVS.items():
                if word in name:
                    e.alts.append(("abbrev", name, name.replace(word, self.rng.choice(abbrs))))
            out.append(e)
        for e in out:  # the sister vessels resemble each other
            e.traps += [("sister-vessel", o.name) for o in out if o is not e]
        return out

    def ent_rederi(self) -> Ent:
        s = self.rng.choice(qn.SURNAMES)
        form = self.rng.choices(["{s} Rederi AS", "Rederiet {s} AS", "{s} Shipping AS",
                                 "{s} Fiskebåtrederi AS", "{s} Havfiske AS"], [25, 15, 20, 25, 15])[0]
        name = form.format(s=s)
        e = Ent(name, "rederi", "marine", short=s, place=self.place())
        for _ in range(self.rng.choice([1, 2, 2, 3])):
            v = self.vessel()
            if v:
                e.vessels.append((self.rng.choice(qn.VESSEL_PREFIXES), v))
        if "Shipping" in name:
            e.alts.append(("english", name, name.replace("Shipping", "Rederi")))
        if "Rederiet" in name:
            e.alts.append(("order", name, f"{s} Rederi AS"))
        if " Rederi AS" in name:
            e.alts += [("english", name, name.replace("Rederi", "Shipping")),
                       ("order", name, f"Rederiet {s} AS")]
        first = self.rng.choice(qn.FIRST_NAMES)
        e.alts.append(("contact-v/", name, f"{name} v/ {first} {s}"))
        if e.vessels:
            p, v = e.vessels[0]
            e.alts.append(("word-more", name, f"{name} ({p} {v})"))
        ns = qn.NEAR_SURNAMES.get(s)
        if ns:
            e.traps.append(("near-surname", name.replace(s, ns)))
        e.traps.append(("other-trade", f"{s} Eiendom AS"))
        return e

    def ent_real(self, table: dict, cat: str, domain: str) -> Ent | None:
        free = [n for n in table if n not in self.used_real]
        if not free:
            return None
        name = self.rng.choice(free)
        self.used_real.add(name)
        siblings, alts = table[name]
        e = Ent(name, cat, domain, short=name.split()[0], place=None, org_rate=0.95)
        e.alts += [(k, name, a) for k, a in alts]
        e.traps += [("sister-company", s) for s in siblings if s not in self.used_real]
        return e

    def ent_fish_farm(self) -> Ent:
        r = self.rng.random()
        if r < 0.45:
            e = self.ent_real(qn.REAL_FISH_FARMS, "fish-farm", "fishfarm")
            if e:
                loc = self.rng.choice(qn.FARM_NAMES)
                e.alts.append(("dept", e.name, f"{e.name}, lok. {loc}"))
                return e
        trade = self.rng.choice(qn.FISH_FARM_TRADES)
        head = self.place() if self.rng.random() < 0.5 else self.rng.choice(qn.SURNAMES)
        name = f"{head} {trade} AS"
        e = Ent(name, "fish-farm", "fishfarm", short=head, place=head if head in qn.PLACES else None)
        e.alts.append(("dept", name, f"{name}, lok. {self.rng.choice(qn.FARM_NAMES)}"))
        e.traps.append(("sister-company", f"{head} Settefisk AS"))
        return e

    def ent_processor(self) -> Ent:
        if self.rng.random() < 0.35:
            e = self.ent_real(qn.REAL_PROCESSORS, "processor", "processor")
            if e:
                return e
        trade = self.rng.choice(qn.PROCESSOR_TRADES)
        if self.rng.random() < 0.6:
            head = self.place()
            name = f"{head} {trade} AS"
            e = Ent(name, "processor", "processor", short=head, place=head)
            e.alts.append(("order", name, f"{trade} {head} AS"))
            other = next(t for t in ("Fiskemottak", "Sjømat", "Fiskeindustri") if t != trade)
            e.traps.append(("other-trade", f"{head} {other} AS"))
        else:
            head = self.rng.choice(qn.SURNAMES)
            name = f"{head} {trade} AS"
            e = Ent(name, "processor", "processor", short=head, place=self.place())
            ns = qn.NEAR_SURNAMES.get(head)
            if ns:
                e.traps.append(("near-surname", f"{ns} {trade} AS"))
        return e

    def ent_coop(self) -> Ent | None:
        r = self.rng.random()
        if r < 0.7:
            group = self.rng.choice(list(qn.COOP_DEPTS))
            depts, shorts = qn.COOP_DEPTS[group]
            free = [d for d in depts if (group, d) not in self.used_farms]
            if not free:
                return None
            d = self.rng.choice(free)
            self.used_farms.add((group, d))
            name = f"{group} avd. {d}"
            short = self.rng.choice(shorts)
            domain = "processor" if "Råfisklag" in group else "agri"
            e = Ent(name, "coop-dept", domain, short=short, org_rate=0.9)
            e.alts += [("dept", name, f"{short} {d}"), ("dept", name, f"{group}, {d}"),
                       ("dept", name, f"{group} - avd {d}"),
                       ("dept", name, f"{short} avd. {d}")]
            if group == "Nortura SA":
                e.alts.append(("legal-change", name, f"Nortura BA avd. {d}"))
            if group == "Tine SA":
                e.alts.append(("case", name, f"TINE SA avd. {d}"))
            if group == "Felleskjøpet Agri SA":
                e.alts.append(("abbrev", name, f"FK Agri avd. {d}"))
            for other in depts:
                if other != d:
                    e.traps.append(("other-dept", f"{group} avd. {other}"))
            return e
        place = self.place()
        name = f"{place} Samvirkelag SA"
        e = Ent(name, "samvirkelag", "agri", short=place, place=place)
        e.alts.append(("order", name, f"Samvirkelaget {place}"))
        return e

    def farm_word(self) -> tuple[str | None, str] | None:
        for _ in range(20):
            side = self.rng.choice(list(qn.FARM_SIDES)) if self.rng.random() < 0.55 else None
            farm = self.rng.choice(qn.FARM_NAMES)
            if (side or "", farm) not in self.used_farms:
                self.used_farms.add((side or "", farm))
                return side, farm
        return None

    def ent_farm(self) -> Ent | None:
        fw = self.farm_word()
        if fw is None:
            return None
        side, farm = fw
        head = f"{side} {farm}" if side else farm
        first, sur = self.rng.choice(qn.FIRST_NAMES), self.rng.choice(qn.SURNAMES)
        kind = self.rng.choices(["gård", "gårdsdrift", "samdrift", "melk"], [45, 20, 20, 15])[0]
        gnr, bnr = self.rng.randrange(1, 180), self.rng.randrange(1, 40)
        if kind == "gård":
            name = f"{head} Gård"
            e = Ent(name, "farm", "agri", short=head, org_rate=0.55)
            e.alts += [("order", name, f"Gård {head}"),
                       ("gnr", name, f"{name} gnr. {gnr} bnr. {bnr}"),
                       ("gnr", name, f"{name} ({gnr}/{bnr})")]
            if side:  # "Nordre Vik" alone still names the farm; "Vik" alone does not
                e.alts += [("compound", name, f"{side}-{farm} Gård"), ("word-more", name, head)]
        elif kind == "gårdsdrift":
            name = f"{sur} Gårdsdrift ANS"
            e = Ent(name, "farm", "agri", short=sur, org_rate=0.8)
            ns = qn.NEAR_SURNAMES.get(sur)
            if ns:
                e.traps.append(("near-surname", f"{ns} Gårdsdrift ANS"))
        elif kind == "samdrift":
            name = f"{head} Samdrift DA"
            e = Ent(name, "farm", "agri", short=head, org_rate=0.9)
            e.alts.append(("word-more", name, f"Samdrifta {head} DA"))
        else:
            name = f"{head} Melkeproduksjon"
            e = Ent(name, "farm", "agri", short=head, org_rate=0.5)
            e.alts.append(("word-more", name, f"{head} Melkeproduksjon og Kjøtt"))
        e.alts.append(("contact-v/", name, f"{name} v/ {first} {sur}"))
        if side and kind != "gårdsdrift":
            e.traps.append(("farm-next-door", name.replace(side, qn.FARM_SIDES[side], 1)))
        return e

    def ent_contractor(self) -> Ent:
        trade = self.rng.choice(qn.CONTRACTOR_TRADES)
        head = self.rng.choice(qn.SURNAMES) if self.rng.random() < 0.75 else self.place()
        form = "SA" if trade == "Maskinstasjon" and self.rng.random() < 0.2 else "AS"
        name = f"{head} {trade} {form}"
        e = Ent(name, "contractor", "agri", short=head,
                place=head if head in qn.PLACES else self.place())
        if " og " in name:
            e.alts.append(("punct", name, name.replace(" og ", " & ")))
            e.traps.append(("other-trade", f"{head} Transport AS"))
        ns = qn.NEAR_SURNAMES.get(head)
        if ns:
            e.traps.append(("near-surname", name.replace(head, ns)))
        return e

    def ent_port(self) -> Ent | None:
        r = self.rng.random()
        if r < 0.15 and "Ålesundregionens Havnevesen" not in self.used_real:
            self.used_real.add("Ålesundregionens Havnevesen")
            name = "Ålesundregionens Havnevesen"
            e = Ent(name, "port", "port", short="ÅRH", org_rate=1.0)
            e.alts += [("typo", name, "Ålesundsregionens Havnevesen"),
                       ("compound", name, "Ålesund-regionens Havnevesen"),
                       ("legal-form", name, "Ålesundregionens Havnevesen IKS")]
            return e
        if r < 0.3:
            free = [m for m in qn.MULTILINGUAL_MUNICIPALITIES if m[0] not in self.used_real]
            if free:
                full, short = self.rng.choice(free)
                self.used_real.add(full)
                e = Ent(full, "municipality", "port", short=short.split()[0], org_rate=1.0)
                e.alts += [("language", full, short), ("case", short, short.upper())]
                return e
        free = [p for p in qn.PORT_PLACES if p not in self.used_real]
        if not free:
            return None
        p = self.rng.choice(free)
        self.used_real.add(p)
        form = self.rng.choice(["{p} Havn KF", "{p} Havnevesen", "{p} kommune", "{p} Havn KF",
                                "{p} Havn IKS"])
        name = form.format(p=p)
        e = Ent(name, "port", "port", short=p, org_rate=1.0)
        if "kommune" in name:
            e.alts += [("case", name, f"{p} Kommune"), ("dept", name, f"{p} kommune, teknisk drift"),
                       ("contact-v/", name, f"{p} kommune v/ havnesjefen")]
        if "Havn KF" in name:
            e.alts.append(("alias", name, f"{p} havnevesen"))
        return e

    def ent_real_marine(self) -> Ent | None:
        return self.ent_real(qn.REAL_MARINE, "marine-firm", "marine")

    def entity(self) -> list[Ent]:
        cat = self.rng.choices(["vessel", "owner", "rederi", "fish", "proc", "coop", "farm",
                                "contractor", "port", "real"],
                               [26, 7, 7, 11, 8, 7, 16, 8, 5, 4])[0]
        if cat == "owner":
            return self.ent_owner_vessels()
        e = {"vessel": self.ent_vessel, "rederi": self.ent_rederi, "fish": self.ent_fish_farm,
             "proc": self.ent_processor, "coop": self.ent_coop, "farm": self.ent_farm,
             "contractor": self.ent_contractor, "port": self.ent_port,
             "real": self.ent_real_marine}[cat]()
        return [e] if e else []

    # ---- spellings ----------------------------------------------------------------------------

    def generic_alts(self, e: Ent) -> list[tuple[str, str, str]]:
        rng, name = self.rng, e.name
        out = [("case", name, rng.choice([name.upper(), name.lower()]))]
        if (f := fold_letters(rng, name)) is not None:
            out.append(("letters", name, f))
        if legal_of(name):
            out.append(("legal-form", name, without_legal(name)))
            form = legal_of(name)
            if form in LEGAL_CHANGE:
                other = "ASA" if form == "AS" and self.rng.random() < 0.3 else LEGAL_CHANGE[form]
                out.append(("legal-change", name, f"{without_legal(name)} {other}"))
        if (t := typo(rng, name)) is not None:
            out.append(("typo", name, t))
        if e.place and e.place not in name:
            out.append(("place-brackets", name, f"{name} ({e.place})"))
        for word, abbrs in qn.ABBREVS.items():
            if re.search(rf"\b{word}\b", name):
                out.append(("abbrev", name, name.replace(word, rng.choice(abbrs))))
        for word, comps in qn.COMPOUNDS.items():
            if re.search(rf"\b{word}\b", name):
                out.append(("compound", name, name.replace(word, rng.choice(comps))))
        for no, en in qn.ENGLISH.items():
            if re.search(rf"\b{no}\b", name) and not e.cat.startswith("real"):
                out.append(("english", name, re.sub(rf"\b{no}\b", en, name)))
        return out

    def pick_spelling(self, e: Ent) -> tuple[str, str, list[str]]:
        """(local name, Tripletex name, tags) of one pair."""
        alts = e.alts + self.generic_alts(e)
        by_kind: dict[str, list[tuple[str, str]]] = {}
        for k, a, b in alts:
            if a != b:
                by_kind.setdefault(k, []).append((a, b))
        own = {k for k, _a, _b in e.alts}  # the firm's own ways of being typed, twice as often
        kinds = ["same"] + list(by_kind)
        kind = self.rng.choices(kinds, [KIND_WEIGHTS.get(k, 3) * (2 if k in own else 1)
                                        for k in kinds])[0]
        if kind == "same":
            return e.name, e.name, ["same"]
        a, b = self.rng.choice(by_kind[kind])
        side = "local" if self.rng.random() < 0.5 else "tx"
        tags = [f"{kind}/{side}"]
        if self.rng.random() < 0.1 and kind not in ("case", "letters"):
            extra = self.rng.choice(["case", "letters"])
            b2 = b.upper() if extra == "case" else fold_letters(self.rng, b)
            if b2 and b2 != b:
                b, tags = b2, tags + [f"+{extra}"]
        return (b, a, tags) if side == "local" else (a, b, tags)

    # ---- records ----------------------------------------------------------------------------

    def add_tx_customer(self, name: str, org: str | None) -> Rec:
        rec = Rec("customer", self.next_tx["customer"], name, str(self.tx_numbers.pop()), org)
        self.next_tx["customer"] += 1
        self.tx["customer"].append(rec)
        return rec

    def add_local_customer(self, name: str, number: str | None, org: str | None) -> Rec:
        rec = Rec("customer", f"c{self.next_local['customer']:04d}", name, number, org)
        self.next_local["customer"] += 1
        self.local["customer"].append(rec)
        return rec

    def org_typed(self, org: str) -> str:
        r = self.rng.random()
        if r < 0.55:
            return org
        if r < 0.8:
            return f"{org[:3]} {org[3:6]} {org[6:]}"
        return f"NO {org} MVA"

    def local_number(self, tx_number: str | None) -> str | None:
        r = self.rng.random()
        if tx_number and r < 0.2:
            return tx_number
        if r < 0.35:
            return str(self.rng.randrange(1, 999))
        return None

    def tx_org(self, e: Ent) -> str | None:
        return _org(self.rng, self.orgs) if self.rng.random() < e.org_rate else None

    def tag(self, kind: str, rid: str | int, tags: list[str]) -> None:
        self.tags.setdefault((kind, rid), []).extend(tags)

    # ---- generation -------------------------------------------------------------------------

    def customers(self) -> list[tuple[Ent, Rec | None, Rec | None]]:
        """(firm, local record, Tripletex record) for every customer on either side."""
        out: list[tuple[Ent, Rec | None, Rec | None]] = []
        n_twins = max(1, self.n_customers // 45)
        twin_kinds = ["twin-org", "twin-number", "twin-true"]
        twins_done = 0
        guard = 0
        while len(self.local["customer"]) < self.n_customers and guard < 20000:
            guard += 1
            for e in self.entity():
                if len(self.local["customer"]) >= self.n_customers:
                    break
                own = self.new_owner()
                if not self.claim([e.name], own):
                    continue
                if twins_done < n_twins and e.cat in ("vessel", "farm", "contractor") \
                        and self.rng.random() < 0.3:
                    out += self.twins(e, twin_kinds[twins_done % 3])
                    twins_done += 1
                    continue
                r = self.rng.random()
                if r < 0.72:
                    out.append(self.pair(e, own))
                    if e.traps and self.rng.random() < 0.18:
                        out += self.trap(e, out[-1][1])
                else:
                    org = _org(self.rng, self.orgs) if self.rng.random() < 0.2 else None
                    loc = self.add_local_customer(e.name if self.rng.random() < 0.7 else
                                                  self.pick_spelling(e)[0],
                                                  str(self.rng.randrange(1, 999))
                                                  if self.rng.random() < 0.2 else None,
                                                  org and self.org_typed(org))
                    if not self.claim([loc.name], own):
                        self.local["customer"].pop()
                        self.next_local["customer"] -= 1
                        continue
                    self.tag("customer", loc.id, ["local-only"])
                    out.append((e, loc, None))
                    if e.traps and self.rng.random() < 0.25:
                        out += self.trap(e, loc)
        # Tripletex customers new to the time tracker
        n_new = int(self.n_customers * 0.75)
        guard = 0
        while n_new > 0 and guard < 20000:
            guard += 1
            for e in self.entity():
                own = self.new_owner()
                if n_new <= 0 or not self.claim([e.name], own):
                    continue
                tx = self.add_tx_customer(e.name, self.tx_org(e))
                self.tag("customer", tx.id, ["new"])
                out.append((e, None, tx))
                n_new -= 1
        return out

    def pair(self, e: Ent, own: int) -> tuple[Ent, Rec | None, Rec | None]:
        for _ in range(6):
            lname, tname, tags = self.pick_spelling(e)
            if self.claim([lname, tname], own):
                break
        else:
            lname, tname, tags = e.name, e.name, ["same"]
        org = self.tx_org(e)
        tx = self.add_tx_customer(tname, org)
        local_org = self.org_typed(org) if org and self.rng.random() < 0.25 else None
        loc = self.add_local_customer(lname, self.local_number(tx.number), local_org)
        self.truth[("customer", loc.id)] = tx.id
        self.tag("customer", loc.id, tags)
        self.tag("customer", tx.id, tags)
        return (e, loc, tx)

    def trap(self, e: Ent, loc: Rec) -> list[tuple[Ent, Rec | None, Rec | None]]:
        kind, name = self.rng.choice(e.traps)
        own = self.new_owner()
        if not self.claim([name], own):
            return []
        t = Ent(name, e.cat, e.domain, short=name.split()[0])
        tx = self.add_tx_customer(name, _org(self.rng, self.orgs) if self.rng.random() < 0.8
                                  else None)
        self.tag("customer", tx.id, [f"trap-{kind}"])
        self.resembles[("customer", tx.id)] = loc.id
        return [(t, None, tx)]

    def twins(self, e: Ent, kind: str) -> list[tuple[Ent, Rec | None, Rec | None]]:
        """Two firms of one name (in two places): told apart by org number, by Tripletex's
        customer number copied locally, or by nothing."""
        out: list[tuple[Ent, Rec | None, Rec | None]] = []
        for _ in range(2):
            org = _org(self.rng, self.orgs) if kind == "twin-org" else None
            tx = self.add_tx_customer(e.name, org)
            number = tx.number if kind == "twin-number" else None
            loc = self.add_local_customer(e.name, number, org and self.org_typed(org))
            self.truth[("customer", loc.id)] = tx.id
            self.tag("customer", loc.id, [kind])
            self.tag("customer", tx.id, [kind])
            out.append((e, loc, tx))
        return out

    # ---- projects ---------------------------------------------------------------------------

    def jobs_for(self, e: Ent) -> list[str]:
        return {"marine": qn.MARINE_JOBS, "fishfarm": qn.FISH_FARM_JOBS,
                "processor": qn.PROCESSOR_JOBS, "agri": qn.AGRI_JOBS,
                "port": qn.PORT_JOBS}[e.domain]

    def spec(self, e: Ent) -> dict:
        rng = self.rng
        job = rng.choice(self.jobs_for(e))
        year = rng.choice([2024, 2025, 2025, 2025, 2026]) if job in qn.YEARLY or rng.random() < 0.3 \
            else None
        season = rng.choice(list(qn.SEASONS)) if job in qn.SEASONAL and rng.random() < 0.8 else None
        vessel = rng.choice(e.vessels) if e.vessels and (len(e.vessels) > 1 or rng.random() < 0.35) \
            else None
        wo = None
        if rng.random() < 0.3:
            wo = (rng.choice(["AO", "WO", "AO"]), year or 2025, rng.randrange(100, 9999))
        ranged = job == "Serviceavtale" and year is not None and rng.random() < 0.4
        return {"job": job, "year": year, "season": season, "vessel": vessel, "wo": wo,
                "ranged": ranged, "cust": None}

    def style(self) -> dict:
        return {"job": "plain", "yform": self.rng.choice(["full", "full", "full", "short"]),
                "vform": "prefix", "wo": "plain", "season": "plain", "order": 0, "cust": "none",
                "case": None, "typo": False}

    def render(self, s: dict, st: dict, e: Ent) -> str:
        abbrs, en, more, comps = qn.JOBS[s["job"]]
        job = {"plain": s["job"], "abbrev": abbrs[0] if abbrs else s["job"],
               "abbrev2": abbrs[-1] if abbrs else s["job"], "english": en, "more": more,
               "compound": comps[0] if comps else s["job"]}[st["job"]]
        season = None
        if s["season"]:
            alt, english = qn.SEASONS[s["season"]]
            season = english.lower() if st["job"] == "english" else \
                (alt if st["season"] == "alt" else s["season"])
        year = None
        if s["year"]:
            y = s["year"]
            if s["ranged"]:
                year = {"full": f"{y - 1}/{y}", "short": f"{y - 1 - 2000}/{y - 2000}",
                        "dash": f"{y - 1}-{y - 2000}"}.get(st["yform"], f"{y - 1}/{y}")
            else:
                year = {"full": str(y), "short": str(y - 2000), "dash": f"år {y}"}.get(
                    st["yform"], str(y))
        if st["order"] == 1 and season:
            words = [season.capitalize(), job[0].lower() + job[1:]] + ([year] if year else [])
        elif st["order"] == 1 and year:
            words = [year, job]
        else:
            words = [job] + ([season] if season else []) + ([year] if year else [])
        name = " ".join(words)
        if s["vessel"]:
            p, v = s["vessel"]
            vt = {"prefix": f"{p} {v}", "bare": v}[st["vform"]]
            name = f"{name} - {vt}"
        if s["wo"]:
            pre, y, n = s["wo"]
            wt = f"{pre} {y}-{n}" if pre == "AO" else f"{pre}-{n}"
            if st["wo"] == "alt":
                wt = f"{pre}{y}-{n}" if pre == "AO" else f"{pre} {n}"
            if st["wo"] != "none":
                name = f"{wt} {name}"
        if st["cust"] == "pre":
            name = f"{e.short} - {name}"
        elif st["cust"] == "post":
            name = f"{name} ({e.short})"
        if st["typo"]:
            name = typo(self.rng, name) or name
        if st["case"] == "upper":
            name = name.upper()
        elif st["case"] == "lower":
            name = name.lower()
        return name

    def project_variant(self, s: dict, e: Ent, weights: dict[str, int]) -> tuple[dict, dict, str]:
        """(plain style, variant style, kind) of a project pair."""
        base = self.style()
        abbrs, _en, _more, comps = qn.JOBS[s["job"]]
        kinds = ["same", "customer-name", "order", "word-more", "typo", "case"]
        if s["year"] or s["wo"] or s["vessel"]:  # a name in other words alone ties nothing
            kinds.append("english")
        if s["year"]:
            kinds.append("year-form")
        if s["vessel"]:
            kinds.append("vessel-name")
        if s["wo"]:
            kinds.append("wo")
        if s["season"]:
            kinds.append("season-form")
        if abbrs:
            kinds.append("abbrev")
        if comps:
            kinds.append("compound")
        if not (s["season"] or s["year"]):
            kinds.remove("order")
        kind = self.rng.choices(kinds, [weights.get(k, 3) for k in kinds])[0]
        var = dict(base)
        if kind == "same":
            pass
        elif kind == "customer-name":
            var["cust"] = self.rng.choice(["pre", "post"])
        elif kind == "order":
            var["order"] = 1
        elif kind in ("english", "compound"):
            var["job"] = kind
        elif kind == "abbrev":
            var["job"] = self.rng.choice(["abbrev", "abbrev2"])
        elif kind == "word-more":
            var["job"] = "more"
        elif kind == "typo":
            var["typo"] = True
        elif kind == "case":
            var["case"] = self.rng.choice(["upper", "lower"])
        elif kind == "year-form":
            var["yform"] = self.rng.choice([f for f in ("full", "short", "dash")
                                            if f != base["yform"]])
        elif kind == "vessel-name":
            var["vform"] = "bare"
        elif kind == "wo":
            var["wo"] = self.rng.choice(["alt", "none"])
        elif kind == "season-form":
            var["season"] = "alt"
        return base, var, kind

    def projects(self, custs: list[tuple[Ent, Rec | None, Rec | None]]) -> None:
        scope_keys: dict[int, set[str]] = {}  # id(entity) -> fold keys used in its scope
        specs_used: dict[int, set[tuple]] = {}
        with_local = [c for c in custs if c[1] is not None]
        tx_only = [c for c in custs if c[1] is None]
        # every Tripletex-only customer: 0-2 new projects
        for e, _loc, tx in tx_only:
            for _ in range(self.rng.choice([0, 1, 1, 2])):
                s = self.spec(e)
                key = (s["job"], s["year"], s["season"], s["vessel"])
                if key in specs_used.setdefault(id(e), set()):
                    continue
                specs_used[id(e)].add(key)
                rec = self.add_tx_project(self.render(s, self.style(), e), tx.id)
                self.tag("project", rec.id, ["new"])
        guard = 0
        while len(self.local["project"]) < self.n_projects and guard < 50000:
            guard += 1
            e, loc, tx = self.rng.choice(with_local)
            s = self.spec(e)
            key = (s["job"], s["year"], s["season"], s["vessel"])
            used = specs_used.setdefault(id(e), set())
            if key in used:
                continue
            keys = scope_keys.setdefault(id(e), set())
            if tx is None or self.rng.random() < 0.15:  # local-only
                name = self.render(s, self.style(), e)
                if set(fold_keys(name)) & keys:
                    continue
                used.add(key)
                keys.update(fold_keys(name))
                rec = self.add_local_project(name, loc.id)
                self.tag("project", rec.id, ["local-only"])
                continue
            base, var, kind = self.project_variant(s, e, PROJECT_KIND_WEIGHTS)
            plain, variant = self.render(s, base, e), self.render(s, var, e)
            if kind != "same" and plain == variant:
                kind = "same"
            if set(fold_keys(plain) + fold_keys(variant)) & keys:
                continue
            used.add(key)
            keys.update(fold_keys(plain) + fold_keys(variant))
            side = "local" if self.rng.random() < 0.5 else "tx"
            lname, tname = (variant, plain) if side == "local" else (plain, variant)
            tags = ["same"] if kind == "same" else [f"{kind}/{side}"]
            tp = self.add_tx_project(tname, tx.id)
            lp = self.add_local_project(lname, loc.id, tp.number if self.rng.random() < 0.12
                                        else None)
            self.truth[("project", lp.id)] = tp.id
            self.tag("project", lp.id, tags)
            self.tag("project", tp.id, tags)
            self.project_traps(e, s, base, tx, lp, used, keys)
            if s["job"] in qn.SUBS and self.rng.random() < 0.55:
                self.sub_projects(s, base, e, lp, tp)
        # a few Tripletex-only projects under customers on both sides
        for e, _loc, tx in with_local:
            if tx is None or self.rng.random() > 0.25:
                continue
            s = self.spec(e)
            key = (s["job"], s["year"], s["season"], s["vessel"])
            name = self.render(s, self.style(), e)
            keys = scope_keys.setdefault(id(e), set())
            if key in specs_used.setdefault(id(e), set()) or set(fold_keys(name)) & keys:
                continue
            specs_used[id(e)].add(key)
            keys.update(fold_keys(name))
            rec = self.add_tx_project(name, tx.id)
            self.tag("project", rec.id, ["new"])

    def project_traps(self, e: Ent, s: dict, st: dict, tx: Rec, lp: Rec, used: set,
                      keys: set) -> None:
        if self.rng.random() > 0.18:
            return
        options = []
        if s["year"]:
            options.append(("next-year", dict(s, year=s["year"] + 1)))
        if s["season"]:
            options.append(("other-season", dict(s, season="høst" if s["season"] == "vår"
                                                  else "vår")))
        if s["vessel"] and len(e.vessels) > 1:
            options.append(("other-vessel", dict(s, vessel=self.rng.choice(
                [v for v in e.vessels if v != s["vessel"]]))))
        if s["wo"]:
            pre, y, n = s["wo"]
            options.append(("other-wo", dict(s, wo=(pre, y, n + self.rng.choice([1, 2, 10, -1])))))
        if not options:
            return
        kind, t = self.rng.choice(options)
        key = (t["job"], t["year"], t["season"], t["vessel"])
        name = self.render(t, st, e)
        if (key in used and kind != "other-wo") or set(fold_keys(name)) & keys:
            return
        used.add(key)
        keys.update(fold_keys(name))
        rec = self.add_tx_project(name, tx.id)
        self.tag("project", rec.id, [f"trap-{kind}"])
        self.resembles[("project", rec.id)] = lp.id

    def sub_projects(self, s: dict, st: dict, e: Ent, lp: Rec, tp: Rec) -> None:
        subs = self.rng.sample(qn.SUBS[s["job"]], min(len(qn.SUBS[s["job"]]),
                                                       self.rng.choice([2, 3, 3, 4])))
        for no, abbr, en in subs:
            r = self.rng.random()
            if r < 0.08:
                rec = self.add_local_project(no, lp.customer, parent=lp.id)
                self.tag("project", rec.id, ["local-only"])
                continue
            if r < 0.16:
                rec = self.add_tx_project(no, tp.customer, parent=tp.id)
                self.tag("project", rec.id, ["new"])
                continue
            kinds = list(SUB_KIND_WEIGHTS)
            kind = self.rng.choices(kinds, list(SUB_KIND_WEIGHTS.values()))[0]
            var = {"same": no, "case": no.upper(), "typo": typo(self.rng, no) or no,
                   "abbrev": abbr, "english": en or abbr,
                   "parent-name": f"{s['job']} - {no}" if self.rng.random() < 0.5
                   else f"{no} {s['vessel'][1] if s['vessel'] else e.short}"}[kind]
            if kind == "english" and en is None:
                kind = "abbrev"
            if var == no:
                kind = "same"
            side = "local" if self.rng.random() < 0.5 else "tx"
            lname, tname = (var, no) if side == "local" else (no, var)
            tags = ["same"] if kind == "same" else [f"{kind}/{side}"]
            t = self.add_tx_project(tname, tp.customer, parent=tp.id)
            lo = self.add_local_project(lname, lp.customer, parent=lp.id)
            self.truth[("project", lo.id)] = t.id
            self.tag("project", lo.id, tags)
            self.tag("project", t.id, tags)

    def add_tx_project(self, name: str, customer: int, parent: int | None = None) -> Rec:
        self.tx_project_no += 1
        rec = Rec("project", self.next_tx["project"], name, str(self.tx_project_no), None,
                  customer, parent)
        self.next_tx["project"] += 1
        self.tx["project"].append(rec)
        return rec

    def add_local_project(self, name: str, customer: str, number: str | None = None,
                          parent: str | None = None) -> Rec:
        rec = Rec("project", f"p{self.next_local['project']:04d}", name, number, None, customer,
                  parent)
        self.next_local["project"] += 1
        self.local["project"].append(rec)
        return rec

    def build(self) -> DataSet:
        custs = self.customers()
        self.projects(custs)
        for side in (self.local, self.tx):
            for recs in side.values():
                self.rng.shuffle(recs)
            # main projects before their sub-projects
            side["project"].sort(key=lambda r: r.parent is not None)
        return DataSet(self.seed, self.local, self.tx, self.truth, self.tags, self.resembles)


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    """The data set of one seed: about `customers` local customers and `projects` local projects."""
    return Gen(seed, customers, projects).build()
