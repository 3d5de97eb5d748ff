"""An eighth matching-quality data set, written independently of the matcher and of the others:
the clients of a law firm and an auditing / advisory firm in Bergen, Kristiansand and Bodø as the
time tracker has them beside the firm's Tripletex.

Clients: private persons and couples, estates ("Dødsbo etter ...", "Boet etter ..."),
foundations, associations and clubs, municipalities and their enterprises (KF, IKS), fishing
and shipping (rederier, vessels "M/S ...", "F/T ...", havbruk, sjømat), farms, holding
companies, dental and medical practices, real Norwegian firms, borettslag and sameier. Each
kind of spelling difference goes both ways (the tag's "/local" or "/tx" names the side that
carries the variant). Twins (told apart by number or org number, and true twins), traps
(the estate beside the living spouse or the deceased himself, a person beside her holding
company, father and son, the farm next door or in another municipality, the Holding's Invest
sister, a real firm's sister company), local-only records and many Tripletex records new to the
time tracker. Projects are matters and engagements with case numbers, years in several forms,
the client's name written in, sub-projects (a dispute's phases, an audit's parts, each year's
filings); traps are next year's engagement, another case number and the other spouse's matter.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench import quality_names_h as nh
from bench.quality_data import DataSet, Rec, _org

FORMS = ("AS", "ASA", "SA", "SE", "DA", "ANS", "KF", "IKS", "BA")
KEYS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]


def rough(name: str) -> str:
    """A folding far rougher than any matcher's: two clients must differ even here."""
    s = name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    s = s.replace("aa", "a").replace("oe", "o").replace("ae", "a").replace("&", " og ")
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w]
    drop = {f.lower() for f in FORMS} | {"og", "a", "s", "v", "c", "o", "as", "enk", "no", "mva"}
    return "".join(w for w in words if w not in drop)


@dataclass
class Client:
    cat: str  # person couple estate foundation club public fishing farm holding practice real coop company
    mcat: str  # which matters it has (a key of nh.LAW / nh.AUDIT)
    name: str  # as Tripletex and Brønnøysund have it
    org: str | None = None
    short: str = ""  # what a project name carries of it ("Hansen", "Odfjell")
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    spouse: str | None = None  # a couple's other first name
    municipality: str = ""
    place: str = ""
    shorts: tuple[str, ...] = ()
    sister: str | None = None
    farm: tuple[str, str] | None = None  # (prefix, farm)


class Gen:
    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.rng = rng = random.Random(seed)
        self.n_c, self.n_p = customers, projects
        self.office = rng.choice(list(nh.REGIONS))
        self.law_share = rng.choice([0.3, 0.45, 0.6, 0.75])  # law firm's matters vs audits
        self.orgs: set[str] = set()
        self.owner: dict[str, object] = {}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.tx_c_ids = list(range(20000, 20000 + 6 * customers + 100))
        self.tx_p_ids = list(range(70000, 70000 + 6 * projects + 400))
        self.tx_c_nos = list(range(10001, 10001 + 6 * customers + 100))
        self.own_nos = list(range(100, 100 + 3 * customers + 100))
        for pool in (self.tx_c_ids, self.tx_p_ids, self.tx_c_nos, self.own_nos):
            rng.shuffle(pool)
        self.local_no = 0
        self.local_pno = 0
        self.tx_pno = rng.randrange(1000, 5000)
        # the registry's habits, drawn per seed
        self.p_copy_no = rng.choice([0.1, 0.2, 0.3])
        self.p_own_no = rng.choice([0.0, 0.1, 0.2])
        self.p_org = rng.choice([0.1, 0.2, 0.3])
        self.p_var = rng.choice([0.55, 0.6, 0.65])
        self.case_style = rng.choice(["suffix", "prefix", "paren"])
        self.case_form = rng.choice(["sak-dash", "slash", "sak-nr"])
        self.client_in_tx = rng.random() < 0.3
        self.places = [(m, p) for m, ps in nh.REGIONS[self.office].items() for p in ps]
        self.other_places = [(m, p) for r, ms in nh.REGIONS.items() if r != self.office
                             for m, ps in ms.items() for p in ps]
        self.used_public: set[str] = set()
        self.used_real: set[str] = set()
        # projects: per customer (tx id or local key) scope -> rough names taken
        self.p_scope: dict[object, set[str]] = {}
        self.spans: dict[tuple[object, str], bool] = {}

    # ---- helpers ----------------------------------------------------------------------------

    def claim(self, owner: object, *names: str) -> bool:
        keys = {rough(n) for n in names}
        if any(not k or self.owner.get(k, owner) != owner for k in keys):
            return False
        for k in keys:
            self.owner[k] = owner
        return True

    def taken(self, owner: object, name: str) -> bool:
        k = rough(name)
        return not k or self.owner.get(k, owner) != owner

    def place(self) -> tuple[str, str]:
        r = self.rng.random()
        return self.rng.choice(self.places if r < 0.85 else self.other_places)

    def person(self, female: bool | None = None) -> tuple[str, str | None, str]:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        first = rng.choice(nh.FIRST_F if female else nh.FIRST_M)
        middle = rng.choice(nh.MIDDLE) if rng.random() < 0.3 else None
        if middle and (middle in nh.MIDDLE[:8]) != female:
            middle = None
        if rng.random() < 0.08:  # a double surname
            return first, middle, " ".join(rng.sample(nh.SURNAMES, 2))
        return first, middle, rng.choice(nh.SURNAMES)

    @staticmethod
    def full(first: str, middle: str | None, last: str) -> str:
        return " ".join(x for x in (first, middle, last) if x)

    # ---- clients ----------------------------------------------------------------------------

    def make_client(self, cat: str) -> Client | None:
        rng = self.rng
        mun, plc = self.place()
        org = None
        if cat == "person":
            f, m, la = self.person()
            c = Client(cat, "person", self.full(f, m, la), short=la, first=f, middle=m, last=la)
        elif cat == "couple":
            fem = rng.random() < 0.5
            f, m, la = self.person(fem)
            s = self.person(not fem)[0]
            if rng.random() < 0.2:
                other = rng.choice(nh.SURNAMES)
                name = f"{f} {la} og {s} {other}"
            else:
                name = f"{f} og {s} {la}"
            c = Client(cat, "couple", name, short=la, first=f, last=la, spouse=s)
        elif cat == "estate":
            f, m, la = self.person()
            form = rng.choices(nh.ESTATE_FORMS, [7, 2, 1])[0]
            org = _org(rng, self.orgs) if rng.random() < 0.3 else None
            c = Client(cat, "estate", f"{form} {self.full(f, m, la)}", short=la, first=f,
                       middle=m, last=la)
        elif cat == "foundation":
            if rng.random() < 0.3:
                la = rng.choice(nh.SURNAMES)
                name = f"Stiftelsen {la}s {rng.choice(['Minnefond', 'Legat', 'Minne'])}"
                short = la
            else:
                tail = rng.choice(nh.FOUNDATION_TAILS)
                name, short = f"Stiftelsen {plc} {tail}", plc
            c = Client(cat, "foundation", name, short=short)
            org = _org(rng, self.orgs)
        elif cat == "club":
            kind, ab = rng.choice(nh.CLUB_KINDS)
            name = f"{plc} {ab}" if ab and rng.random() < 0.4 else f"{plc} {kind}"
            c = Client(cat, "club", name, short=plc)
            org = _org(rng, self.orgs) if rng.random() < 0.9 else None
        elif cat == "public":
            free = [n for n in nh.MUNICIPAL[self.office] if n not in self.used_public]
            if not free:
                return None
            name = rng.choice(free)
            self.used_public.add(name)
            c = Client(cat, "public", name, short=name.split()[0])
            org = _org(rng, self.orgs)
        elif cat == "fishing":
            v = rng.choice(nh.VESSELS)
            la = rng.choice(nh.SURNAMES)
            r = rng.random()
            if r < 0.25:
                name, short = f"{v} AS", v
            elif r < 0.45:
                name, short = f"{la} Fiskebåtrederi AS", la
            elif r < 0.7:
                name = f"{rng.choice(nh.SEAFOOD_PREFIX)} {rng.choice(nh.SEAFOOD_WORDS)} AS"
                short = name.split()[0]
            elif r < 0.85:
                name, short = f"{rng.choice(nh.VESSEL_PREFIX)} {v}", v
            else:
                name, short = f"{la} Rederi AS", la
            c = Client(cat, "fishing", name, short=short, last=la)
            org = _org(rng, self.orgs) if not name.startswith(("M/", "F/")) else None
        elif cat == "farm":
            pre, farm = rng.choice(nh.FARM_PREFIX), rng.choice(nh.FARMS)
            r = rng.random()
            if r < 0.5:
                name = f"{pre} {farm} gård"
            elif r < 0.75:
                name = f"{farm} Gårdsdrift" + (" DA" if rng.random() < 0.4 else "")
            else:
                name = f"{pre} {farm} Gård AS"
            c = Client(cat, "farm", name, short=farm, farm=(pre, farm))
            org = _org(rng, self.orgs) if rng.random() < 0.7 else None
        elif cat == "holding":
            la = rng.choice(nh.SURNAMES)
            word = rng.choice(["Holding", "Holding", "Invest"])
            r = rng.random()
            if r < 0.6:
                name = f"{la} {word} AS"
            else:
                f = rng.choice(nh.FIRST_F + nh.FIRST_M)
                name = f"{f} {la} {word} AS"
            c = Client(cat, "company", name, short=la, last=la, sister=word)
            org = _org(rng, self.orgs)
        elif cat == "practice":
            kind = rng.choice(nh.PRACTICES)
            if kind == "Tannlegene":
                a, b = rng.sample(nh.SURNAMES, 2)
                name, short = f"Tannlegene {a} og {b}", a
            elif rng.random() < 0.3:
                la = rng.choice(nh.SURNAMES)
                name, short = f"{kind} {la} AS", la
            else:
                name, short = f"{plc} {kind}" + (" AS" if rng.random() < 0.6 else ""), plc
            c = Client(cat, "company", name, short=short)
            org = _org(rng, self.orgs)
        elif cat == "real":
            free = [x for x in nh.REAL if x[0] not in self.used_real]
            if not free:
                return None
            name, shorts, sister = rng.choice(free)
            self.used_real.add(name)
            c = Client(cat, "company", name, short=(shorts or (name.split()[0],))[0],
                       shorts=shorts, sister=sister)
            org = _org(rng, self.orgs)
        elif cat == "coop":
            r = rng.random()
            if r < 0.55:
                n = rng.choice(nh.COOP_NAMES)
                name, short = f"{n} Borettslag", n
            else:
                st = rng.choice(nh.STREETS)
                word = rng.choice(["Boligsameiet", "Sameiet"])
                name, short = f"{word} {st} {rng.randrange(1, 60)}", st
            c = Client(cat, "coop", name, short=short)
            org = _org(rng, self.orgs)
        else:  # company
            la = rng.choice(nh.SURNAMES)
            trade = rng.choice(nh.TRADES)
            r = rng.random()
            if r < 0.5:
                name, short = f"{la} {trade} AS", la
            elif r < 0.7:
                name, short = f"{plc} {trade} AS", plc
            elif r < 0.85:
                name, short = f"Brødrene {la} AS", la
            else:
                name, short = f"{la} & Sønn AS", la
            c = Client(cat, "company", name, short=short, last=la)
            org = _org(rng, self.orgs)
        c.org, c.municipality, c.place = org, mun, plc
        return c

    CATS = {"person": 16, "couple": 7, "estate": 9, "foundation": 4, "club": 8, "public": 3,
            "fishing": 8, "farm": 6, "holding": 8, "practice": 5, "real": 6, "coop": 6,
            "company": 12}

    def new_client(self, owner: object, cat: str | None = None) -> Client:
        for _ in range(200):
            k = cat or self.rng.choices(list(self.CATS), list(self.CATS.values()))[0]
            c = self.make_client(k)
            if c is not None and self.claim(owner, c.name):
                return c
        raise RuntimeError("no free client name")

    # ---- customer spelling variants ----------------------------------------------------------

    def typo_word(self, w: str) -> str | None:
        rng = self.rng
        letters = [i for i in range(1, len(w) - 1) if w[i].isalpha()]
        if len(w) < 5 or not letters:
            return None
        i = rng.choice(letters)
        kind = rng.choice(["adjacent", "double", "drop", "swap"])
        ch = w[i]
        if kind == "adjacent":
            for row in KEYS:
                j = row.find(ch.lower())
                if j >= 0:
                    near = [row[k] for k in (j - 1, j + 1) if 0 <= k < len(row)]
                    new = rng.choice(near)
                    return w[:i] + (new.upper() if ch.isupper() else new) + w[i + 1:]
            return None
        if kind == "double":
            return w[:i] + ch + w[i:]
        if kind == "drop":
            return w[:i] + w[i + 1:]
        if w[i + 1].isalpha() and w[i + 1] != ch:
            return w[:i] + w[i + 1] + ch + w[i + 2:]
        return None

    def typo(self, name: str) -> str | None:
        words = name.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if not cand:
            return None
        i = self.rng.choice(cand)
        new = self.typo_word(words[i])
        if new is None:
            return None
        words[i] = new
        return " ".join(words)

    @staticmethod
    def form_of(name: str) -> str | None:
        last = name.split()[-1]
        return last if last in FORMS else None

    def v_legal_form(self, c: Client, name: str) -> str | None:
        rng = self.rng
        form = self.form_of(name)
        if form:
            bare = name[: -len(form)].rstrip()
            r = rng.random()
            if form == "AS" and r < 0.25:
                return f"{bare} A/S" if rng.random() < 0.6 else f"{bare} AS."
            if form == "DA" and r < 0.3:
                return f"{bare} ANS"
            if form == "ASA" and r < 0.3:
                return f"{bare} AS"
            return bare
        if c.cat in ("farm", "fishing") and not name.startswith(("M/", "F/")):
            return f"{name} {rng.choice(['DA', 'ENK', 'AS'])}"
        if c.cat in ("holding", "company", "practice", "real"):
            return f"{name} AS"
        return None

    def v_case(self, c: Client, name: str) -> str | None:
        r = self.rng.random()
        if r < 0.4:
            return name.upper()
        if r < 0.75:
            return name.lower()
        words = name.split()
        new = " ".join(w if w.isupper() or "/" in w else w.capitalize() for w in words)
        return new if new != name else name.lower()

    def v_nordic(self, c: Client, name: str) -> str | None:
        if not re.search("[æøåÆØÅ]", name):
            return None
        if self.rng.random() < 0.6:
            table = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
        else:
            table = {"æ": "e", "ø": "o", "å": "a", "Æ": "E", "Ø": "O", "Å": "A"}
        return "".join(table.get(ch, ch) for ch in name)

    def v_typo(self, c: Client, name: str) -> str | None:
        return self.typo(name)

    def v_abbrev(self, c: Client, name: str) -> str | None:
        rng = self.rng
        for form in nh.ESTATE_FORMS:
            if name.startswith(form + " "):
                return f"{rng.choice(nh.ESTATE_ABBREV)} {name[len(form) + 1:]}"
        words = name.split(" ")
        cand = [i for i, w in enumerate(words) if w in nh.ABBREV]
        if not cand:
            return None
        i = rng.choice(cand)
        words[i] = rng.choice(nh.ABBREV[words[i]])
        return " ".join(words)

    def v_word(self, c: Client, name: str) -> str | None:
        rng = self.rng
        form = self.form_of(name)
        bare = name[: -len(form)].rstrip() if form else name
        words = bare.split()
        if c.cat in ("person", "couple", "estate"):
            return None
        if len(words) >= 3 and rng.random() < 0.5 and c.cat not in ("coop",):
            i = rng.randrange(1, len(words))
            if words[i].lower() in ("og", "&") or words[i].isdigit() or \
                    (c.short and c.short in words[i]):
                return None
            new = " ".join(words[:i] + words[i + 1:])
        else:
            extra = c.municipality if c.municipality not in bare else None
            if c.cat == "real":
                extra = rng.choice(["Norge", self.office])
            if not extra or extra in bare:
                return None
            new = f"{bare} {extra}"
        return f"{new} {form}" if form else new

    def v_order(self, c: Client, name: str) -> str | None:
        rng = self.rng
        if c.cat == "person":
            given = " ".join(x for x in (c.first, c.middle) if x)
            return f"{c.last}, {given}" if rng.random() < 0.7 else f"{c.last} {given}"
        if c.cat == "couple" and " og " in name:
            a, b = name.split(" og ", 1)
            if c.spouse and b.startswith(c.spouse + " ") and len(a.split()) == 1:
                return f"{c.last}, {a} og {c.spouse}" if rng.random() < 0.6 else \
                    f"{c.spouse} og {a} {c.last}"
            return f"{b} og {a}"
        if c.cat == "estate":
            person = self.full(c.first or "", c.middle, c.last or "")
            head = name[: -len(person)].strip()
            return f"{head} {c.last}, {' '.join(x for x in (c.first, c.middle) if x)}"
        words = name.split()
        if words[0] in ("Stiftelsen", "IL", "Sameiet", "Boligsameiet", "Brødrene"):
            return f"{' '.join(words[1:])}, {words[0]}" if rng.random() < 0.5 else None
        if c.farm and words[0] in nh.FARM_PREFIX:
            return f"{' '.join(words[1:])}, {words[0]}"
        form = self.form_of(name)
        bare = words[:-1] if form else words
        if len(bare) == 2 and all(w[0].isupper() for w in bare) and c.cat != "real":
            return " ".join([bare[1], bare[0]] + ([form] if form else []))
        if len(bare) == 2 and bare[1] == "IL":
            return f"IL {bare[0]}"
        return None

    def v_compound(self, c: Client, name: str) -> str | None:
        rng = self.rng
        words = name.split(" ")
        for i, w in enumerate(words):
            if w in nh.COMPOUNDS:
                a, b = nh.COMPOUNDS[w]
                r = rng.random()
                words[i] = f"{a} {b}" if r < 0.4 else (f"{a}-{b}" if r < 0.7 else f"{a} {b.capitalize()}")
                return " ".join(words)
        form = self.form_of(name)
        bare = words[:-1] if form else words
        pairs = [i for i in range(len(bare) - 1) if bare[i].isalpha() and bare[i + 1].isalpha()
                 and bare[i][0].isupper() and bare[i + 1][0].isupper()
                 and bare[i] not in ("Stiftelsen", "Brødrene", "Sameiet", "Boligsameiet")]
        if "-" in name and rng.random() < 0.7:
            return name.replace("-", " " if rng.random() < 0.5 else "", 1)
        if not pairs or c.cat in ("person", "couple", "estate"):
            return None
        i = rng.choice(pairs)
        joined = (bare[i] + bare[i + 1].lower()) if rng.random() < 0.6 else f"{bare[i]}-{bare[i + 1]}"
        return " ".join(bare[:i] + [joined] + bare[i + 2:] + ([form] if form else []))

    def v_initial(self, c: Client, name: str) -> str | None:
        if c.cat not in ("person", "estate", "couple") or not c.first or c.first not in name:
            return None
        ini = c.first[0] + "."
        if c.middle and self.rng.random() < 0.4:
            return name.replace(f"{c.first} {c.middle}", f"{ini} {c.middle[0]}.", 1)
        return name.replace(c.first, ini, 1)

    def v_middle(self, c: Client, name: str) -> str | None:
        if not c.middle or c.middle not in name:
            return None
        return name.replace(f" {c.middle}", "", 1)

    def v_og(self, c: Client, name: str) -> str | None:
        if " og " in name:
            return name.replace(" og ", " & ", 1)
        if " & " in name:
            return name.replace(" & ", " og ", 1)
        return None

    def v_contact(self, c: Client, name: str) -> str | None:
        if c.cat in ("person", "couple", "public", "real"):
            return None
        f, _m, la = self.person()
        if c.cat == "estate":
            who = f"advokat {f} {la}"
        elif c.cat in ("club", "coop", "foundation"):
            who = self.rng.choice([f"{f} {la}", f"styreleder {f} {la}", f"kasserer {f} {la}"])
        else:
            who = f"{f} {c.last or la}"
        sep = self.rng.choice(["v/ ", "v/", "V/ "])
        return f"{name} {sep}{who}"

    def v_co(self, c: Client, name: str) -> str | None:
        if c.cat in ("public", "real", "company", "holding", "fishing"):
            return None
        f, _m, la = self.person()
        who = f"{f} {c.last or la}" if self.rng.random() < 0.6 else f"{la} Regnskap AS"
        return f"{name} c/o {who}" if self.rng.random() < 0.7 else f"{name}, c/o {who}"

    def v_org_in_name(self, c: Client, name: str) -> str | None:
        if not c.org:
            return None
        o = c.org
        r = self.rng.random()
        if r < 0.35:
            return f"{name} ({o[:3]} {o[3:6]} {o[6:]})"
        if r < 0.7:
            return f"{name} - org.nr. {o}"
        return f"{name} {o}"

    def v_norge(self, c: Client, name: str) -> str | None:
        if "Norge" in name and "Nord-Norge" not in name:
            return name.replace("Norge", "Norway", 1)
        if "Norway" in name:
            return name.replace("Norway", "Norge", 1)
        if c.cat in ("real", "fishing") and self.form_of(name):
            form = self.form_of(name)
            return f"{name[: -len(form)].rstrip()} {self.rng.choice(['Norge', 'Norway'])} {form}"
        return None

    def v_short(self, c: Client, name: str) -> str | None:
        return self.rng.choice(c.shorts) if c.shorts else None

    VARIANTS = {"legal-form": 12, "case": 7, "nordic": 10, "typo": 12, "abbrev": 12, "word": 6,
                "order": 12, "compound": 7, "initial": 9, "middle": 9, "og": 4, "contact": 5,
                "co": 5, "org-in-name": 4, "norge": 4, "short": 5}

    def variant(self, c: Client, name: str, owner: object) -> tuple[str, str] | None:
        for _ in range(12):
            kind = self.rng.choices(list(self.VARIANTS), list(self.VARIANTS.values()))[0]
            fn = getattr(self, "v_" + kind.replace("-", "_"))
            new = fn(c, name)
            if new and new != name and rough(new) and not self.taken(owner, new):
                return kind, new
        return None

    # ---- customers --------------------------------------------------------------------------

    def tx_customer(self, name: str, org: str | None) -> Rec:
        r = Rec("customer", self.tx_c_ids.pop(), name, str(self.tx_c_nos.pop()), org)
        self.tx["customer"].append(r)
        return r

    def local_customer(self, name: str, counterpart: Rec | None, c: Client,
                       number: str | None = "draw", org: str | None | bool = "draw") -> Rec:
        rng = self.rng
        self.local_no += 1
        key = f"c{self.local_no:04d}"
        if number == "draw":
            r = rng.random()
            number = None
            if counterpart is not None and r < self.p_copy_no:
                number = counterpart.number
            elif r > 1 - self.p_own_no:
                number = str(self.own_nos.pop())
        if org == "draw":
            org = None
            if c.org and rng.random() < self.p_org:
                o = c.org
                org = rng.choice([o, o, f"{o[:3]} {o[3:6]} {o[6:]}", f"NO {o} MVA"])
        rec = Rec("customer", key, name, number, org if isinstance(org, str) else None)
        self.local["customer"].append(rec)
        if counterpart is not None:
            self.truth[("customer", key)] = counterpart.id
        return rec

    def pair(self, c: Client, owner: object, tags: list[str] | None = None,
             variant_ok: bool = True) -> tuple[Rec, Rec]:
        rng = self.rng
        tx_name = local_name = c.name
        tags = list(tags or [])
        if variant_ok and rng.random() < self.p_var and (v := self.variant(c, c.name, owner)):
            kind, new = v
            side = "local" if rng.random() < 0.55 else "tx"
            if side == "local":
                local_name = new
            else:
                tx_name = new
            tags.append(f"{kind}/{side}")
            if rng.random() < 0.15:  # a second difference on the same side
                extra = self.variant(c, new, owner)
                if extra and extra[0] in ("case", "legal-form", "nordic", "typo", "abbrev"):
                    if side == "local":
                        local_name = extra[1]
                    else:
                        tx_name = extra[1]
                    tags.append("+" + extra[0])
        else:
            tags.append("same")
        self.claim(owner, tx_name, local_name)
        t = self.tx_customer(tx_name, c.org)
        loc = self.local_customer(local_name, t, c)
        self.tags[("customer", loc.id)] = tags
        return loc, t

    def local_only(self, c: Client, owner: object) -> Rec:
        name = c.name
        if self.rng.random() < 0.3 and (v := self.variant(c, c.name, owner)):
            name = v[1]
        self.claim(owner, name)
        loc = self.local_customer(name, None, c, org=False)
        self.tags[("customer", loc.id)] = ["local-only"]
        return loc

    def twins(self, kind: str) -> list[tuple[Rec, Rec, Client]]:
        rng = self.rng
        owner = object()
        if kind == "twin-org":
            c = self.new_client(owner, rng.choice(["farm", "company"]))
            if self.form_of(c.name):
                c.name = c.name[: -len(self.form_of(c.name) or "")].rstrip()
                self.claim(owner, c.name)
        else:
            c = self.new_client(owner, "person")
        out = []
        for _ in range(2):
            org = _org(rng, self.orgs) if kind == "twin-org" else None
            cc = Client(**{**c.__dict__, "org": org})
            t = self.tx_customer(c.name, org)
            if kind == "twin-number":
                loc = self.local_customer(c.name, t, cc, number=t.number, org=False)
            elif kind == "twin-org":
                loc = self.local_customer(c.name, t, cc, number=None, org=org)
            else:
                loc = self.local_customer(c.name, t, cc, number=None, org=False)
            self.tags[("customer", loc.id)] = [kind]
            self.tags[("customer", t.id)] = [kind]
            out.append((loc, t, cc))
        return out

    def trap(self, kind: str) -> tuple[Rec, Rec | None, Client] | None:
        """A local client and a Tripletex record of another client that resembles it."""
        rng = self.rng
        owner, towner = object(), object()
        if kind == "estate-spouse":
            base = self.new_client(owner, "couple")
            if " og " not in base.name or base.spouse is None or not base.name.endswith(base.last or "?"):
                return None
            who = rng.choice([base.first, base.spouse])
            tname = f"{rng.choice(nh.ESTATE_FORMS[:2])} {who} {base.last}"
            tc = Client("estate", "estate", tname, short=base.last or "")
        elif kind == "estate-person":
            base = self.new_client(owner, "estate")
            person = self.full(base.first or "", base.middle, base.last or "")
            tname = person
            tc = Client("person", "person", tname, short=base.last or "", first=base.first,
                        middle=base.middle, last=base.last)
        elif kind == "person-holding":
            base = self.new_client(owner, "person")
            tname = f"{base.first} {base.last} {rng.choice(['Holding AS', 'Invest AS', 'AS'])}"
            tc = Client("holding", "company", tname, short=base.last or "")
        elif kind == "father-son":
            base = self.new_client(owner, "person")
            if base.middle or base.first in nh.FIRST_F:
                mid = rng.sample("ABEHJKLMOST", 2)
                base = Client(**{**base.__dict__, "middle": mid[0] + ".",
                                 "name": f"{rng.choice(nh.FIRST_M)} {mid[0]}. {base.last}"})
                base.first = base.name.split()[0]
            else:
                mid = rng.sample("ABEHJKLMOST", 2)
                base.middle = mid[0] + "."
                base.name = f"{base.first} {base.middle} {base.last}"
            if not self.claim(owner, base.name):
                return None
            tname = f"{base.first} {mid[1]}. {base.last}" + (" d.y." if rng.random() < 0.3 else "")
            tc = Client("person", "person", tname, short=base.last or "", first=base.first,
                        last=base.last)
        elif kind in ("farm-neighbour", "farm-municipality"):
            base = self.new_client(owner, "farm")
            if not base.farm:
                return None
            pre, farm = base.farm
            if kind == "farm-neighbour":
                other = rng.choice([p for p in nh.FARM_PREFIX if p != pre])
                tname = base.name.replace(pre, other, 1) if pre in base.name else \
                    f"{other} {farm} gård"
            else:
                mun = rng.choice([m for m in nh.REGIONS[self.office] if m != base.municipality])
                tname = f"{base.name}, {mun}"
            tc = Client("farm", "farm", tname, short=farm)
        elif kind == "sister":
            base = self.new_client(owner, "holding")
            word = base.sister or "Holding"
            tname = base.name.replace(word, nh.SISTER[word], 1)
            tc = Client("holding", "company", tname, short=base.short)
        elif kind == "real-sister":
            base = self.new_client(owner, "real")
            if not base.sister:
                return None
            tname = base.sister
            tc = Client("real", "company", tname, short=base.short)
        else:  # club-other: the same place's other club
            base = self.new_client(owner, "club")
            kinds = [k for k, _ab in nh.CLUB_KINDS if k not in base.name]
            tname = f"{base.short} {rng.choice(kinds)}"
            tc = Client("club", "club", tname, short=base.short)
        if not self.claim(towner, tname):
            return None
        tc.org = _org(rng, self.orgs) if tc.cat not in ("person",) else None
        if rng.random() < 0.6:
            loc, t = self.pair(base, owner, ["trap-base"])
        else:
            loc, t = self.local_only(base, owner), None
            self.tags[("customer", loc.id)] = ["local-only", "trap-base"]
        trap = self.tx_customer(tname, tc.org)
        self.resembles[("customer", trap.id)] = loc.id
        self.tags[("customer", trap.id)] = [f"trap-{kind}"]
        self.trap_clients[trap.id] = tc
        return loc, t, base

    # ---- projects ---------------------------------------------------------------------------

    def year_text(self, y: int, form: str) -> str:
        return {"2024": str(y), "24": f"{y % 100:02d}", "2024/2025": f"{y}/{y + 1}",
                "24/25": f"{y % 100:02d}/{(y + 1) % 100:02d}", "2024-25": f"{y}-{(y + 1) % 100:02d}",
                "2024/25": f"{y}/{(y + 1) % 100:02d}"}[form]

    def case_text(self, case: tuple[int, int], form: str) -> str:
        y, n = case
        return {"sak-dash": f"Sak {y}-{n:03d}", "slash": f"{y}/{n:03d}",
                "sak-nr": f"sak nr. {y}-{n:03d}", "short": f"{n:03d}/{y % 100:02d}"}[form]

    def render(self, p: dict, st: dict) -> str:
        name = p["matter"]
        if p.get("who"):
            name = f"{name} {p['who']}"
        if p.get("year"):
            yt = self.year_text(p["year"], st["year"])
            name = f"{yt} {name}" if st.get("year_first") else f"{name} {yt}"
        if p.get("case"):
            ct = self.case_text(p["case"], st["case"])
            name = {"suffix": f"{name} – {ct}", "prefix": f"{ct} {name}",
                    "paren": f"{name} ({ct})"}[st["case_pos"]]
        if st.get("client"):
            name = f"{p['client']} – {name}" if st["client"] == "prefix" else f"{name} {p['client']}"
        if st.get("number"):
            name = f"{st['number']} {name}"
        if st.get("upper"):
            name = name.upper()
        if st.get("lower"):
            name = name.lower()
        return name

    def p_variant(self, p: dict, st: dict, number: str) -> tuple[str, dict, dict] | None:
        rng = self.rng
        kinds = {"year": 5 if p.get("year") else 0, "caseno": 5 if p.get("case") else 0,
                 "client-name": 4, "typo": 5, "abbrev": 4, "word": 3, "order": 3, "case": 2,
                 "projno": 2}
        for _ in range(8):
            kind = rng.choices(list(kinds), list(kinds.values()))[0]
            q, s = dict(p), dict(st)
            if kind == "year":
                s["year"] = rng.choice([f for f in ("2024", "24", "2024/2025", "24/25", "2024-25",
                                                    "2024/25")
                                        if f != st["year"] and ("/" in f or "-" in f)
                                        == ("/" in st["year"] or "-" in st["year"])])
            elif kind == "caseno":
                s["case"] = rng.choice([f for f in ("sak-dash", "slash", "sak-nr", "short")
                                        if f != st["case"]])
                if rng.random() < 0.3:
                    s["case_pos"] = rng.choice([x for x in ("suffix", "prefix", "paren")
                                                if x != st["case_pos"]])
            elif kind == "client-name":
                s["client"] = None if st.get("client") else rng.choice(["prefix", "suffix"])
            elif kind == "typo":
                t = self.typo(p["matter"])
                if not t:
                    continue
                q["matter"] = t
            elif kind == "abbrev":
                hits = [w for w in nh.PROJECT_ABBREV if w in p["matter"]]
                if not hits:
                    continue
                w = rng.choice(hits)
                q["matter"] = p["matter"].replace(w, rng.choice(nh.PROJECT_ABBREV[w]), 1)
            elif kind == "word":
                hits = [w for w in nh.PROJECT_MORE if p["matter"].startswith(w)
                        and nh.PROJECT_MORE[w] not in p["matter"]]
                if not hits:
                    continue
                w = hits[0]
                q["matter"] = p["matter"].replace(w, nh.PROJECT_MORE[w], 1)
            elif kind == "order":
                if p.get("year"):
                    s["year_first"] = not st.get("year_first")
                elif len(p["matter"].split()) == 2 and not p.get("who"):
                    a, b = p["matter"].split()
                    q["matter"] = f"{b.capitalize()} {a.lower()}"
                else:
                    continue
            elif kind == "case":
                s["lower" if rng.random() < 0.7 else "upper"] = True
            else:
                s["number"] = number
            return kind, q, s
        return None

    def matter_list(self, c: Client) -> list[str]:
        law = nh.LAW.get(c.mcat, [])
        audit = nh.AUDIT.get(c.mcat, [])
        out = []
        for m in law:
            if self.rng.random() < self.law_share * 1.3:
                out.append("L:" + m)
        for m in audit:
            if self.rng.random() < (1 - self.law_share) * 1.3:
                out.append("A:" + m)
        self.rng.shuffle(out)
        return out

    def project_parts(self, c: Client, tmpl: str) -> dict:
        rng = self.rng
        src, m = tmpl.split(":", 1)
        p: dict = {"client": c.short, "src": src}
        if "{y}" in m:
            p["year"] = rng.choice([2023, 2024, 2024, 2025])
            m = m.replace(" {y}", "")
        p["matter"] = m
        if src == "L" and rng.random() < 0.55:
            p["case"] = (p.get("year") or rng.choice([2023, 2024, 2025]), rng.randrange(1, 400))
        if c.cat == "couple" and m in ("Testament", "Fremtidsfullmakt", "Gavebrev") and c.spouse:
            p["who"] = rng.choice([c.first, c.spouse])
        return p

    def style(self, p: dict) -> dict:
        key = (p.get("client"), p["matter"])
        if key not in self.spans:
            self.spans[key] = p.get("src") == "A" and self.rng.random() < 0.2
        span = self.spans[key]
        return {"year": "2024/2025" if span else "2024", "case": self.case_form,
                "case_pos": self.case_style, "client": "prefix" if self.client_in_tx and
                p.get("src") == "L" else None}

    def add_projects(self, c: Client, loc: Rec | None, t: Rec | None, budget: int) -> int:
        """Main projects (and some sub-projects) of one client; returns local projects made."""
        made = 0
        scope_key = ("c", loc.id if loc else None, t.id if t else None)
        taken = self.p_scope.setdefault(scope_key, set())
        mains = 0
        for tmpl in self.matter_list(c):
            if mains >= budget:
                break
            p = self.project_parts(c, tmpl)
            before = len(self.tx["project"]) + len(self.local["project"])
            made += self.one_project(c, p, loc, t, taken, None, None)
            mains += len(self.tx["project"]) + len(self.local["project"]) > before
        return made

    def one_project(self, c: Client, p: dict, loc: Rec | None, t: Rec | None, taken: set[str],
                    lparent: Rec | None, tparent: Rec | None, sub: bool = False,
                    traps: bool = True) -> int:
        rng = self.rng
        st = self.style(p)
        canon = self.render(p, st)
        if rough(canon) in taken:
            return 0
        r = rng.random()
        has_l = (lparent if sub else loc) is not None
        has_t = (tparent if sub else t) is not None
        if has_l and has_t:
            state = "pair" if r < 0.82 else ("local" if r < 0.9 else "tx")
        elif has_l or has_t:
            state = "local" if has_l else "tx"
        else:
            return 0
        made = 0
        self.tx_pno += rng.randrange(1, 4)
        pno = str(self.tx_pno)
        lrec = trec = None
        names = [canon]
        if state in ("pair", "tx"):
            tx_name = canon
            local_name = canon
            tags = ["same"]
            if state == "pair" and rng.random() < 0.5:
                v = self.p_variant(p, st, pno)
                if v:
                    kind, q, s = v
                    new = self.render(q, s)
                    if new != canon and rough(new) not in taken:
                        side = "local" if rng.random() < 0.55 else "tx"
                        if kind == "projno":
                            side = "local"
                        if side == "local":
                            local_name = new
                        else:
                            tx_name = new
                        names.append(new)
                        tags = [f"{kind}/{side}"]
            trec = Rec("project", self.tx_p_ids.pop(), tx_name, pno, None, t.id if t else None,
                       tparent.id if tparent else None)
            self.tx["project"].append(trec)
            if state == "pair":
                lrec = self.local_project(local_name, loc, lparent, pno)
                self.truth[("project", lrec.id)] = trec.id
                self.tags[("project", lrec.id)] = tags
                made += 1
        else:
            lrec = self.local_project(canon, loc, lparent, None)
            self.tags[("project", lrec.id)] = ["local-only"]
            made += 1
        for n in names:
            taken.add(rough(n))
        # a trap beside it in Tripletex: next year's, another case number, the other spouse's
        if traps and lrec is not None and t is not None and (tparent is not None or not sub) \
                and rng.random() < 0.22:
            q = dict(p)
            kind = None
            if p.get("year"):
                q["year"] = p["year"] + 1
                kind = "trap-next-year"
            elif p.get("case"):
                q["case"] = (p["case"][0], (p["case"][1] + rng.randrange(1, 40)) % 400 + 1)
                kind = "trap-case-number"
            elif p.get("who") and c.spouse:
                q["who"] = c.spouse if p["who"] == c.first else c.first
                kind = "trap-spouse"
            if kind:
                tn = self.render(q, st)
                if rough(tn) not in taken:
                    taken.add(rough(tn))
                    self.tx_pno += 1
                    tr = Rec("project", self.tx_p_ids.pop(), tn, str(self.tx_pno), None, t.id,
                             tparent.id if tparent else None)
                    self.tx["project"].append(tr)
                    self.resembles[("project", tr.id)] = lrec.id
                    self.tags[("project", tr.id)] = [kind]
        # sub-projects
        if not sub and rng.random() < 0.3:
            head = next((k for k in nh.SUBS if p["matter"].startswith(k)), None)
            if head:
                subtaken: set[str] = set()
                for s in rng.sample(nh.SUBS[head], rng.randrange(2, min(5, len(nh.SUBS[head])) + 1)):
                    made += self.one_project(c, {"matter": s, "client": c.short, "src": p["src"]},
                                             loc, t, subtaken, lrec, trec, sub=True)
        return made

    def filings(self, c: Client, loc: Rec | None, t: Rec | None) -> int:
        """An audit client's running main project with each year's filings under it."""
        rng = self.rng
        scope_key = ("c", loc.id if loc else None, t.id if t else None)
        taken = self.p_scope.setdefault(scope_key, set())
        main = {"matter": rng.choice(["Skatt og regnskap", "Løpende regnskap", "Regnskap og skatt"]),
                "client": c.short, "src": "A"}
        st = self.style(main)
        name = self.render(main, st)
        if rough(name) in taken:
            return 0
        taken.add(rough(name))
        made = 0
        tm = lm = None
        if t is not None:
            self.tx_pno += 1
            tm = Rec("project", self.tx_p_ids.pop(), name, str(self.tx_pno), None, t.id, None)
            self.tx["project"].append(tm)
        if loc is not None:
            lm = self.local_project(name, loc, None, None)
            made += 1
            if tm is not None:
                self.truth[("project", lm.id)] = tm.id
                self.tags[("project", lm.id)] = ["same"]
            else:
                self.tags[("project", lm.id)] = ["local-only"]
        subtaken: set[str] = set()
        word = rng.choice(nh.SUB_YEARS)
        years = sorted(rng.sample([2021, 2022, 2023, 2024], rng.randrange(2, 4)))
        for y in years:
            made += self.one_project(c, {"matter": word, "year": y, "client": c.short, "src": "A"},
                                     loc, t, subtaken, lm, tm, sub=True, traps=False)
        if tm is not None and lm is not None:  # next year's filing is new in Tripletex
            nxt = {"matter": word, "year": years[-1] + 1, "client": c.short, "src": "A"}
            tn = self.render(nxt, self.style(nxt))
            if rough(tn) not in subtaken:
                self.tx_pno += 1
                tr = Rec("project", self.tx_p_ids.pop(), tn, str(self.tx_pno), None, t.id, tm.id)
                self.tx["project"].append(tr)
                latest = [r for r in self.local["project"] if r.parent == lm.id
                          and self.truth.get(("project", r.id)) is not None]
                if latest:  # the local filing of the latest year that Tripletex also has
                    self.resembles[("project", tr.id)] = latest[-1].id
                    self.tags[("project", tr.id)] = ["trap-next-year"]
        return made

    def local_project(self, name: str, loc: Rec | None, parent: Rec | None, pno: str | None) -> Rec:
        self.local_pno += 1
        number = pno if pno and self.rng.random() < 0.15 else None
        rec = Rec("project", f"p{self.local_pno:04d}", name, number, None,
                  loc.id if loc else None, parent.id if parent else None)
        self.local["project"].append(rec)
        return rec

    # ---- the whole data set -----------------------------------------------------------------

    def build(self) -> DataSet:
        rng = self.rng
        self.trap_clients: dict[int, Client] = {}
        linked: list[tuple[Rec | None, Rec | None, Client]] = []
        for kind in rng.sample(["twin-number", "twin-number", "twin-org", "twin-true", "twin-true"],
                               rng.randrange(3, 6)):
            linked.extend(self.twins(kind))
        trap_kinds = ["estate-spouse", "estate-person", "person-holding", "father-son",
                      "farm-neighbour", "farm-municipality", "sister", "real-sister", "club-other"]
        n_traps = max(6, self.n_c // 12)
        tries = 0
        while n_traps and tries < 10 * self.n_c:
            tries += 1
            got = self.trap(rng.choice(trap_kinds))
            if got:
                linked.append(got)
                n_traps -= 1
        n_local_only = max(3, self.n_c // 16)
        for _ in range(n_local_only):
            owner = object()
            c = self.new_client(owner)
            linked.append((self.local_only(c, owner), None, c))
        while len(self.local["customer"]) < self.n_c:
            owner = object()
            c = self.new_client(owner)
            loc, t = self.pair(c, owner)
            linked.append((loc, t, c))
        # Tripletex customers new to the time tracker
        n_tx = round(self.n_c * 5 / 3)
        new_clients: list[tuple[Rec, Client]] = []
        while len(self.tx["customer"]) < n_tx:
            owner = object()
            c = self.new_client(owner)
            new_clients.append((self.tx_customer(c.name, c.org), c))
        # projects of the linked clients until the local budget is spent
        order = list(linked)
        rng.shuffle(order)
        i = 0
        while len(self.local["project"]) < self.n_p and i < 6 * len(order):
            loc, t, c = order[i % len(order)]
            i += 1
            if i > len(order) and rng.random() < 0.5:
                continue
            if c.mcat in ("company", "public", "club", "coop", "foundation", "fishing", "farm") \
                    and rng.random() < 0.12 * (1 - self.law_share) and i <= len(order):
                self.filings(c, loc, t)
                continue
            self.add_projects(c, loc, t, rng.choice([1, 1, 1, 2]))
        # projects of the new Tripletex customers and the traps
        for t, c in new_clients:
            self.add_projects(c, None, t, rng.choice([0, 1, 1, 2, 3]))
        for tid, c in self.trap_clients.items():
            t = next(r for r in self.tx["customer"] if r.id == tid)
            self.add_projects(c, None, t, rng.choice([0, 1, 2]))
        return DataSet(0, self.local, self.tx, self.truth, self.tags, self.resembles)


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    ds = Gen(seed, customers, projects).build()
    ds.seed = seed
    return ds
