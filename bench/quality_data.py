"""The data set of `bench/matching_quality.py`: a time tracker's registry and a Tripletex company
that overlap, with the truth (which local record is which Tripletex record) and, per record, the
kinds of spelling difference it carries. Deterministic per seed; each seed gives other names and
another mix.

What is in it (proportions at any size; see `generate`):

- customers: about 73 % of the local customers are in Tripletex too (pairs), the rest local-only;
  Tripletex has about 5/3 as many customers, so most of its customers are new to the time tracker.
  A pair is spelt alike (exact, or only case, æ/ø/å, "&"/"og", punctuation, a legal form more or
  less) or differently: a distinctive word shared with the trade said another way, an
  abbreviation, a compound split or joined, a word more or less, another word order, another
  legal form, "Norge"/"Norway", a typo — each kind both ways (the local name the fuller one, or
  Tripletex's). Real brands appear with the short name people type. A few real companies are
  known locally by an acronym only ("PwC"): those always carry the org number on both sides.
- numbers: Tripletex's customer numbers run from 10001; a local customer has Tripletex's number
  (copied), its own sequence (1-999) or none; a few local records carry by coincidence the
  number of another company. Org numbers are mod-11 valid; some on both sides, some on one.
- twins: two Tripletex customers of one name told apart by number or by org number, two local
  customers of one name, and true twins nothing tells apart.
- traps: new Tripletex companies named like a local one but another company (same surname
  another trade, same trade another place, a near surname, a holding).
- projects: under their customer on both sides, some level-2 sub-projects; pairs spelt with the
  customer's name or number written in, year forms, abbreviations, compounds, word order, typos,
  a word more; year series ("Vedlikehold 2024", "Vedlikehold 2025", "Vedlikehold 2026") of which
  only some years exist locally.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from bench import quality_names as qn
from core.matching.normalize import normalize_name, org_check_digit

CUSTOMER_KINDS: dict[str, int] = {  # kind -> weight among customer pairs
    "same": 16, "letters": 6, "and": 2, "case": 4, "punct": 3, "legal-form": 6,
    "legal-change": 4, "distinct-word": 9, "abbrev": 10, "compound": 8, "word-more": 8,
    "order": 6, "norge": 5, "typo": 9,
}
PROJECT_KINDS: dict[str, int] = {
    "same": 20, "customer-name": 9, "customer-number": 5, "year": 8, "abbrev": 8,
    "compound": 6, "word-more": 6, "order": 5, "typo": 8, "letters": 3, "case": 4,
}
SUB_KINDS: dict[str, int] = {"same": 40, "parent-name": 15, "typo": 10, "abbrev": 10, "case": 10,
                             "order": 5}
# the kinds that normalisation alone folds away: a pair of one of these alone is an exact name
COSMETIC = {"same", "letters", "and", "case", "punct", "legal-form"}

CATEGORIES: dict[str, int] = {
    "brand": 10, "surname_trade": 22, "trade_person": 6, "place_trade": 14, "fancy_trade": 14,
    "person": 5, "brl": 6, "sameie": 5, "law": 5, "accounting": 4, "sons": 5, "assoc": 4,
}


@dataclass
class Rec:
    """One customer or project on one side: `id` is the local key or the Tripletex id."""

    kind: str
    id: str | int
    name: str
    number: str | None = None
    org: str | None = None
    customer: str | int | None = None  # projects: the customer on the same side
    parent: str | int | None = None  # level-2 projects: the main project on the same side


@dataclass
class Company:
    words: list[str]
    form: str | None
    key: int  # index of the distinctive word
    cat: str
    sector: str
    trade: int | None = None  # index of the trade word
    shorts: tuple[str, ...] = ()  # brands: the names people type

    @property
    def name(self) -> str:
        return qn.with_form(qn.join(self.words), self.form)


@dataclass
class DataSet:
    seed: int
    local: dict[str, list[Rec]]  # "customer" / "project" -> records
    tx: dict[str, list[Rec]]
    truth: dict[tuple[str, str], int]  # (kind, local key) -> Tripletex id
    tags: dict[tuple[str, str | int], list[str]]  # (kind, local key or Tripletex id) -> kinds
    resembles: dict[tuple[str, int], str] = field(default_factory=dict)  # trap -> local key

    def tx_truth(self) -> dict[tuple[str, int], str]:
        return {(kind, tx_id): key for (kind, key), tx_id in self.truth.items()}

    def import_json(self) -> dict[str, Any]:
        """The local registry as `rabbitsync import` reads it."""
        customers = [{"key": r.id, "name": r.name, "number": r.number,
                      "organization_number": r.org} for r in self.local["customer"]]
        projects = [{"key": r.id, "name": r.name, "number": r.number, "customer_key": r.customer,
                     "parent_key": r.parent} for r in self.local["project"]]
        for rec in customers + projects:
            for k in [k for k, v in rec.items() if v is None]:
                del rec[k]
        return {"customers": customers, "projects": projects}

    def sandbox_json(self) -> dict[str, Any]:
        """Tripletex's records as `Sandbox(data=...)` serves them."""
        customers = [{"id": r.id, "version": 1, "name": r.name,
                      "customerNumber": int(r.number) if r.number else None,
                      "organizationNumber": r.org or "", "isInactive": False}
                     for r in self.tx["customer"]]
        projects = [{"id": r.id, "version": 1, "number": r.number or "", "name": r.name,
                     "customer": {"id": r.customer} if r.customer is not None else None,
                     "mainProject": {"id": r.parent} if r.parent is not None else None,
                     "isClosed": False, "startDate": "2024-01-15"} for r in self.tx["project"]]
        return {"customers": customers, "projects": projects}


def _org(rng: random.Random, used: set[str]) -> str:
    while True:
        first8 = f"{rng.choice('89')}{rng.randrange(10_000_000):07d}"
        check = org_check_digit(first8)
        if check is not None and (org := first8 + str(check)) not in used:
            used.add(org)
            return org


def _org_as_typed(rng: random.Random, org: str) -> str:
    r = rng.random()
    if r < 0.5:
        return org
    if r < 0.75:
        return f"{org[:3]} {org[3:6]} {org[6:]}"
    return f"NO {org} MVA" if r < 0.9 else f"NO{org}MVA"


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class Generator:
    """Builds one DataSet; `generate` is the entry point."""

    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.n_c, self.n_p = customers, projects
        self.n_tx_c = round(customers * 5 / 3)
        self.n_tx_p = round(projects * 9 / 5)
        self.owner: dict[str, int] = {}  # normalised base name -> company group
        self.groups = 0
        self.orgs: set[str] = set()
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.company: dict[tuple[str, str | int], Company] = {}  # ("tx"|"local", id) -> company
        self.number_policy: dict[str, str] = {}  # local key -> copy | own | none
        self.brands = list(qn.BRANDS)
        self.rng.shuffle(self.brands)
        self.aliases = list(qn.ALIASES)
        self.rng.shuffle(self.aliases)
        self._tx_ids = {"customer": self._pool(1001, 5 * customers + 50),
                        "project": self._pool(50001, 5 * projects + 200)}
        self._local_keys = {"customer": self._pool(1, 3 * customers + 50),
                            "project": self._pool(1, 3 * projects + 200)}

    # ---- ids ------------------------------------------------------------------------------

    def _pool(self, start: int, n: int) -> list[int]:
        ids = list(range(start, start + n))
        self.rng.shuffle(ids)
        return ids

    def tx_id(self, kind: str) -> int:
        return self._tx_ids[kind].pop()

    def local_key(self, kind: str) -> str:
        return f"{kind[0]}-{self._local_keys[kind].pop()}"

    def tag(self, kind: str, rid: str | int, *tags: str) -> None:
        self.tags.setdefault((kind, rid), []).extend(tags)

    # ---- names ----------------------------------------------------------------------------

    def claim(self, names: list[str], group: int | None = None) -> int | None:
        """Reserve the base names for one company (or a twin group); None when another company
        already has one of them (it would be an exact-name match across companies)."""
        group = self.groups + 1 if group is None else group
        bases = [normalize_name(n).base for n in names]
        if any(not b or self.owner.get(b, group) != group for b in bases):
            return None
        for b in bases:
            self.owner[b] = group
        self.groups = max(self.groups, group)
        return group

    def make_company(self, cat: str | None = None) -> Company:
        rng = self.rng
        cat = cat or _pick(rng, CATEGORIES)
        trades = list(qn.TRADES)
        if cat == "brand" and self.brands:
            full, shorts, sector = self.brands.pop()
            words = full.split()
            form = words.pop() if words[-1] in ("AS", "ASA", "SA", "DA", "BBL") else None
            return Company(words, form, 0, cat, sector, None, shorts)
        if cat == "brand":
            cat = "surname_trade"
        form = rng.choice(qn.LEGAL_FORMS)
        if cat == "surname_trade":
            trade = rng.choice(trades)
            return Company([rng.choice(qn.SURNAMES), trade], form, 0, cat, qn.TRADES[trade], 1)
        if cat == "trade_person":
            trade = rng.choice(list(qn.PERSON_TRADES))
            return Company([trade, rng.choice(qn.SURNAMES)], rng.choice(["AS", "AS", "ENK"]), 1,
                           cat, qn.PERSON_TRADES[trade], 0)
        if cat == "place_trade":
            trade = rng.choice(trades)
            place = rng.choice(qn.PLACES) if rng.random() < 0.85 else rng.choice(qn.REGION_ADJ)
            return Company([place, trade], form, 0, cat, qn.TRADES[trade], 1)
        if cat == "fancy_trade":
            trade = rng.choice(trades)
            return Company([rng.choice(qn.FANCY), trade], form, 0, cat, qn.TRADES[trade], 1)
        if cat == "person":
            words = [rng.choice(qn.FIRST_NAMES), rng.choice(qn.SURNAMES)]
            sector = "consulting"
            if rng.random() < 0.6:
                trade = rng.choice(["Regnskap", "Consulting", "Design", "Bygg", "Maling",
                                    "Rådgivning", "Fysioterapi", "Transport"])
                words.append(trade)
                sector = qn.TRADES[trade]
            return Company(words, rng.choice(["ENK", "ENK", "AS"]), 1, cat, sector,
                           2 if len(words) == 3 else None)
        if cat == "brl":
            place = rng.choice(qn.NEIGHBOURHOODS) + rng.choice(qn.NEIGHBOURHOOD_SUFFIX)
            words = place.split() + ["Borettslag"] if rng.random() < 0.7 else \
                ["Borettslaget"] + place.split()
            return Company(words, None, 0 if words[-1] == "Borettslag" else 1, cat, "property")
        if cat == "sameie":
            street = rng.choice(qn.STREETS).split() + [str(rng.randint(1, 60))]
            words = ["Sameiet"] + street if rng.random() < 0.7 else street + ["Sameie"]
            return Company(words, None, 1 if words[0] == "Sameiet" else 0, cat, "property")
        if cat == "law":
            s1, s2 = rng.sample(qn.SURNAMES, 2)
            words = rng.choice([["Advokatfirmaet", s1, "&", "Co"], ["Advokatfirmaet", s1, "&", s2],
                                ["Advokatfirma", s1], [s1, "&", s2, "Advokatfirma"],
                                ["Advokatfirmaet", s1]])
            key = words.index(s1)
            return Company(words, rng.choice(["AS", "AS", "DA", "ANS"]), key, cat, "law")
        if cat == "accounting":
            words = rng.choice([["Regnskapsbyrået", rng.choice(qn.PLACES)],
                                [rng.choice(qn.SURNAMES), "Regnskapsbyrå"],
                                ["Revisjonsfirmaet", rng.choice(qn.SURNAMES)],
                                [rng.choice(qn.FANCY), "Regnskap"]])
            return Company(words, "AS", 1 if words[0].endswith("et") else 0, cat, "finance")
        if cat == "sons":
            s = rng.choice(qn.SURNAMES)
            trade = rng.choice(trades)
            words = rng.choice([[s, "&", "Sønn"], [s, "&", "Sønner", trade], ["Brødrene", s],
                                ["Brødrene", s, trade]])
            return Company(words, form, words.index(s), cat, qn.TRADES[trade],
                           words.index(trade) if trade in words else None)
        # assoc
        place = rng.choice(qn.PLACES + qn.NEIGHBOURHOODS)
        words = rng.choice([[place, "Idrettslag"], [place, "Fotballklubb"],
                            [place, "Idrettsforening"], [place, "Kunstforening"]])
        return Company(words, None, 0, "assoc", "public")

    def plain_category(self) -> str:
        cats = {k: v for k, v in CATEGORIES.items() if k != "brand"}
        return _pick(self.rng, cats)

    def local_form(self, c: Company) -> str | None:
        return c.form if self.rng.random() < 0.35 else None

    def tx_form(self, c: Company) -> str | None:
        return c.form if self.rng.random() < 0.92 else None

    def spell(self, c: Company, kind: str, local_longer: bool) -> tuple[str, str] | None:
        """(Tripletex name, local name) of one company, differing by `kind`; None when the kind
        does not apply to this name."""
        rng, words = self.rng, c.words
        tx_form, loc_form = self.tx_form(c), self.local_form(c)
        if kind == "legal-form":
            if not c.form:
                return None
            tx_form, loc_form = (None, c.form) if local_longer else (c.form, None)
            return qn.with_form(qn.join(words), tx_form), qn.with_form(qn.join(words), loc_form)
        if kind == "legal-change":
            if not c.form or c.form not in qn.LEGAL_CHANGES:
                return None
            other = rng.choice(qn.LEGAL_CHANGES[c.form])
            tx_form, loc_form = (other, c.form) if local_longer else (c.form, other)
            return qn.with_form(qn.join(words), tx_form), qn.with_form(qn.join(words), loc_form)
        if kind == "same":
            pair = (words, list(words))
        elif kind == "typo":
            pair = qn.v_typo(rng, words, c.key)
        elif kind == "norge" and c.cat in ("brl", "sameie", "assoc", "person", "trade_person"):
            return None
        elif kind == "word-more":
            if c.cat in qn.NO_EXTRA_WORD:
                return None
            pair = qn.v_word_more(rng, words, qn.EXTRA_WORDS_BY_SECTOR.get(c.sector,
                                                                            qn.EXTRA_WORDS))
        else:
            fn = {"letters": qn.v_letters, "and": qn.v_and, "case": qn.v_case,
                  "punct": qn.v_punct, "distinct-word": qn.v_related, "abbrev": qn.v_abbrev,
                  "compound": qn.v_compound, "order": qn.v_order,
                  "norge": qn.v_norge}[kind]
            pair = fn(rng, words)
        if pair is None:
            return None
        fuller, other = pair
        tx_words, loc_words = (other, fuller) if local_longer else (fuller, other)
        return qn.with_form(qn.join(tx_words), tx_form), qn.with_form(qn.join(loc_words), loc_form)

    def touch_up(self, name: str) -> tuple[str, str | None]:
        """Sometimes a second, small difference on the local side (case, æ/ø/å, punctuation)."""
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            return qn.recase(rng, name), "+case"
        if r < 0.2 and (out := qn.respell_letters(rng, name)):
            return out, "+letters"
        if r < 0.25 and (out := qn.repunctuate(rng, name.split())):
            return qn.join(out), "+punct"
        if r < 0.28 and (out := qn.v_typo(rng, name.split(), 0)):
            return qn.join(out[1]), "+typo"
        return name, None

    # ---- customers ------------------------------------------------------------------------

    def add_customer(self, side: str, name: str, c: Company, org: str | None = None,
                     number: str | None = None, policy: str = "none") -> Rec:
        if side == "tx":
            rec = Rec("customer", self.tx_id("customer"), name, number, org)
        else:
            rec = Rec("customer", self.local_key("customer"), name, number, org)
            self.number_policy[rec.id] = policy
        getattr(self, side)["customer"].append(rec)
        self.company[(side, rec.id)] = c
        return rec

    def tx_org(self, c: Company) -> str | None:
        p = {"brand": 1.0, "assoc": 0.7, "person": 0.6, "sameie": 0.6, "brl": 0.9}.get(c.cat, 0.8)
        return _org(self.rng, self.orgs) if self.rng.random() < p else None

    def link_pair(self, tx: Rec, loc: Rec, tags: list[str], org_copy: float = 0.3) -> None:
        rng = self.rng
        self.truth[("customer", loc.id)] = tx.id
        if tx.org and loc.org is None and rng.random() < org_copy:
            loc.org = _org_as_typed(rng, tx.org)
            tags.append("org-both")
            if rng.random() < 0.05:  # a digit swapped while typing it in
                digits = [ch for ch in loc.org if ch.isdigit()]
                i = rng.randrange(8)
                digits[i], digits[i + 1] = digits[i + 1], digits[i]
                if digits != [ch for ch in tx.org]:
                    loc.org = "".join(digits)
                    tags.append("org-typo")
        if self.number_policy.get(loc.id) == "none":
            self.number_policy[loc.id] = rng.choices(["copy", "own", "none"], [40, 25, 35])[0]
        if self.number_policy[loc.id] == "copy":
            tags.append("number-both")
        self.tag("customer", loc.id, *tags)

    def customer_pair(self, kind: str | None, local_longer: bool | None = None) -> bool:
        """One company in both registries, spelt differently by `kind` (None: any)."""
        rng = self.rng
        for _ in range(60):
            want = kind or _pick(rng, CUSTOMER_KINDS)
            longer = rng.random() < 0.5 if local_longer is None else local_longer
            c = self.make_company(self.plain_category() if kind else None)
            if c.cat == "brand":
                names = (c.name, rng.choice(c.shorts))
                tags = ["brand", self.brand_kind(names[0], names[1])]
            else:
                names = self.spell(c, want, longer)
                if names is None:
                    continue
                tags = [f"{want}/{'local' if longer else 'tx'}-longer"
                        if want not in ("same",) else "same"]
                local_name, extra = self.touch_up(names[1])
                if extra:
                    tags.append(extra)
                names = (names[0], local_name)
            if self.claim(list(names)) is None:
                continue
            tx = self.add_customer("tx", names[0], c, self.tx_org(c))
            loc = self.add_customer("local", names[1], c)
            self.link_pair(tx, loc, tags)
            return True
        return False

    @staticmethod
    def brand_kind(tx_name: str, local_name: str) -> str:
        a, b = normalize_name(tx_name), normalize_name(local_name)
        if a.base == b.base:
            return "same"
        if set(b.tokens) <= set(a.tokens):
            return "norge/tx-longer" if "norge" in a.tokens else "word-more/tx-longer"
        return "abbrev/tx-longer"

    def alias_pair(self) -> None:
        """A company known locally by an acronym: only the org number (both sides) tells."""
        if not self.aliases:
            return
        full, short, sector = self.aliases.pop()
        words = full.split()
        form = words.pop() if words[-1] in ("AS", "HF") else None
        c = Company(words, form, 0, "brand", sector)
        if self.claim([full, short]) is None:
            return
        org = _org(self.rng, self.orgs)
        tx = self.add_customer("tx", full, c, org)
        loc = self.add_customer("local", short, c, _org_as_typed(self.rng, org))
        self.link_pair(tx, loc, ["alias", "org-both"])

    def twins(self) -> None:
        """Same-name groups: told apart by number, by org number, locally, or not at all."""
        rng = self.rng
        per = max(1, self.n_c // 120)
        for variant in ["number", "org", "local", "true"] * per:
            for _ in range(40):
                c = self.make_company(rng.choice(["surname_trade", "place_trade", "fancy_trade"]))
                local_name = qn.with_form(qn.join(c.words), self.local_form(c))
                group = self.claim([c.name, local_name])
                if group is not None:
                    break
            else:
                continue
            tag = f"twin-{variant}"
            if variant in ("number", "org"):
                by_org = variant == "org"
                a = self.add_customer("tx", c.name, c, _org(rng, self.orgs) if by_org else None)
                b = self.add_customer("tx", c.name, c, _org(rng, self.orgs) if by_org else None)
                both = rng.random() < 0.5
                for tx in (a, b) if both else (a,):
                    loc = self.add_customer("local", local_name, c,
                                            _org_as_typed(rng, tx.org) if by_org else None,
                                            policy="none" if by_org else "copy")
                    self.link_pair(tx, loc, [tag] + (["org-both"] if by_org else []),
                                   org_copy=0)
                if not both:
                    self.tag("customer", b.id, "new", tag)
            elif variant == "local":
                tx = self.add_customer("tx", c.name, c, self.tx_org(c))
                a = self.add_customer("local", local_name, c, policy="own")
                b = self.add_customer("local", local_name, c, policy="own")
                self.link_pair(tx, a, [tag], org_copy=0)
                self.tag("customer", b.id, "local-only", tag)
            else:
                for _ in range(2):
                    tx = self.add_customer("tx", c.name, c, self.tx_org(c))
                    loc = self.add_customer("local", local_name, c)
                    self.number_policy[loc.id] = "never"
                    self.link_pair(tx, loc, [tag], org_copy=0)

    def trap(self) -> bool:
        """A new Tripletex company named like a local one, but another company."""
        rng = self.rng
        locals_ = [r for r in self.local["customer"]
                   if self.company[("local", r.id)].cat in
                   ("surname_trade", "place_trade", "fancy_trade", "trade_person", "sons")]
        for _ in range(30 if locals_ else 0):
            loc = rng.choice(locals_)
            c = self.company[("local", loc.id)]
            words = list(c.words)
            how = rng.choice(["other-trade", "other-place", "near-name", "holding"])
            if how == "other-trade" and c.trade is not None:
                related = set(qn.RELATED.get(words[c.trade], [])) | {words[c.trade]}
                pool = qn.PERSON_TRADES if c.cat == "trade_person" else qn.TRADES
                words[c.trade] = rng.choice([t for t in pool if t not in related])
            elif how == "other-place" and c.cat == "place_trade":
                near = [b for a, b in qn.NEAR_NAMES if a == words[0]] + \
                    [a for a, b in qn.NEAR_NAMES if b == words[0]]
                words[0] = rng.choice(near or qn.PLACES)
            elif how == "near-name":
                w = words[c.key]
                near = [b for a, b in qn.NEAR_NAMES if a == w] + [a for a, b in qn.NEAR_NAMES
                                                                    if b == w]
                if not near:
                    continue
                words[c.key] = rng.choice(near)
            elif how == "holding":
                words.append(rng.choice(qn.OTHER_COMPANY_WORDS))
            else:
                continue
            form = "AS" if how == "holding" else rng.choice(qn.LEGAL_FORMS)
            other = Company(words, form, c.key, c.cat, c.sector, c.trade)
            if words == c.words or self.claim([other.name]) is None:
                continue
            tx = self.add_customer("tx", other.name, other, self.tx_org(other))
            self.tag("customer", tx.id, "new", f"trap:{how}")
            self.resembles[("customer", tx.id)] = loc.id
            return True
        return False

    def new_customer(self, side: str) -> None:
        for _ in range(60):
            c = self.make_company()
            name = c.name if side == "tx" else qn.with_form(qn.join(c.words), self.local_form(c))
            if side == "local" and c.cat == "brand" and rng_true(self.rng, 0.7):
                name = self.rng.choice(c.shorts)
            if self.claim([name]) is None:
                continue
            if side == "tx":
                rec = self.add_customer("tx", name, c, self.tx_org(c))
                self.tag("customer", rec.id, "new")
            else:
                org = _org(self.rng, self.orgs) if self.rng.random() < 0.15 else None
                policy = "own" if self.rng.random() < 0.6 else "none"
                rec = self.add_customer("local", name, c, org and _org_as_typed(self.rng, org),
                                        policy=policy)
                self.tag("customer", rec.id, "local-only")
            return

    def customers(self) -> None:
        rng = self.rng
        n_pairs = round(0.73 * self.n_c)
        self.twins()
        for _ in range(1 + self.n_c // 200):
            self.alias_pair()
        schedule = [(k, d) for k in CUSTOMER_KINDS for d in (True, False)]
        rng.shuffle(schedule)
        for _ in range(4 * n_pairs):
            if len(self.truth) >= n_pairs:
                break
            kind, longer = schedule.pop() if schedule else (None, None)
            self.customer_pair(kind, longer)
        for name in ("Internt", "Fravær og ferie"):
            if self.claim([name]) is not None:
                c = Company([name], None, 0, "internal", "consulting")
                rec = self.add_customer("local", name, c)
                self.tag("customer", rec.id, "local-only", "internal")
        for _ in range(4 * self.n_c):
            if len(self.local["customer"]) >= self.n_c:
                break
            self.new_customer("local")
        for _ in range(round(0.05 * self.n_tx_c)):
            self.trap()
        for _ in range(4 * self.n_tx_c):
            if len(self.tx["customer"]) >= self.n_tx_c:
                break
            self.new_customer("tx")

    def customer_numbers(self) -> None:
        """Tripletex's sequence from 10001 in creation (id) order; local numbers by policy;
        then a few coincidences: a local record with another company's Tripletex number."""
        rng = self.rng
        for i, rec in enumerate(sorted(self.tx["customer"], key=lambda r: r.id)):
            rec.number = str(10001 + i)
        tx_by_id = {r.id: r for r in self.tx["customer"]}
        own = iter(rng.sample(range(1, max(1000, 2 * len(self.local["customer"]))),
                              len(self.local["customer"])))
        for rec in self.local["customer"]:
            policy = self.number_policy.get(rec.id, "none")
            pair = self.truth.get(("customer", rec.id))
            if policy == "copy" and pair is not None:
                rec.number = tx_by_id[pair].number
            elif policy == "own":
                rec.number = str(next(own))
        held = {r.number for r in self.local["customer"] if r.number}
        paired_tx = set(self.truth.values())
        free_tx = [r for r in self.tx["customer"] if r.id not in paired_tx and r.number not in held]
        cands = [r for r in self.local["customer"]
                 if self.number_policy.get(r.id) in ("own", "none")]
        for _ in range(max(2, self.n_c // 100)):
            if not free_tx or not cands:
                break
            loc = cands.pop(rng.randrange(len(cands)))
            other = free_tx.pop(rng.randrange(len(free_tx)))
            loc.number = other.number
            self.tag("customer", loc.id, "number-coincidence")
            self.tag("customer", other.id, "number-coincidence")
            self.resembles[("customer", other.id)] = loc.id

    # ---- projects -------------------------------------------------------------------------

    def project_names(self, c: Company, n: int, scope_bases: set[str]) -> list[list[str]]:
        """n groups of canonical project names for one customer; a group of several is a year
        series (oldest first). Bases are distinct from each other and from `scope_bases`."""
        rng = self.rng
        vocab = qn.PROJECTS_BY_SECTOR.get(c.sector, []) + qn.GENERIC_PROJECTS
        groups: list[list[str]] = []
        tries = 0
        while sum(len(g) for g in groups) < n and tries < 50 * n + 50:
            tries += 1
            template = rng.choice(vocab)
            if "{y}" in template and n - sum(len(g) for g in groups) >= 3 and rng.random() < 0.35:
                start = rng.choice(qn.YEARS[:2])
                names = [qn.fill(rng, template.replace("{y}", str(y)))
                         for y in range(start, start + 3)]
            else:
                names = [qn.fill(rng, template)]
            bases = [qn.base_of(x) for x in names]
            if any(b in scope_bases for b in bases) or len(set(bases)) < len(bases):
                continue
            scope_bases.update(bases)
            groups.append(names)
        return groups

    def spell_project(self, name: str, kind: str, local_longer: bool, tx_cust: Rec,
                      loc_cust: Rec, parent: tuple[str, str] | None) -> tuple[str, str] | None:
        rng = self.rng
        if kind == "same":
            return name, name
        if kind in ("customer-name", "customer-number", "parent-name"):
            if kind == "parent-name":
                prefix_tx, prefix_loc = parent or ("", "")
            elif kind == "customer-name":
                prefix_tx = normalize_short(tx_cust.name)
                prefix_loc = normalize_short(loc_cust.name)
            else:
                prefix_loc = prefix_tx = None  # filled once the numbers are known
            if local_longer:
                return name, qn.with_prefix(rng, prefix_loc or "{custno}", name)
            return qn.with_prefix(rng, prefix_tx or "{custno}", name), name
        fn = {"year": qn.pv_year, "abbrev": qn.pv_abbrev, "compound": qn.pv_compound,
              "word-more": qn.pv_word_more, "order": qn.pv_order, "typo": qn.pv_typo,
              "letters": qn.pv_letters, "case": qn.pv_case}[kind]
        pair = fn(rng, name)
        if pair is None:
            return None
        fuller, other = pair
        return (other, fuller) if local_longer else (fuller, other)

    def add_project(self, side: str, name: str, cust: Rec, parent: Rec | None = None) -> Rec:
        kind = "project"
        rid = self.tx_id(kind) if side == "tx" else self.local_key(kind)
        rec = Rec(kind, rid, name, None, None, cust.id, parent.id if parent else None)
        getattr(self, side)[kind].append(rec)
        return rec

    def project_pair(self, name: str, tx_cust: Rec, loc_cust: Rec, scope: dict[str, set[str]],
                     kinds: dict[str, int], tx_parent: Rec | None = None,
                     loc_parent: Rec | None = None) -> bool:
        """One project in both registries; `scope` holds the bases already used in the scope
        on each side ("tx", "local"), so that no exact name crosses two projects."""
        rng = self.rng
        for _ in range(12):
            kind = _pick(rng, kinds)
            longer = rng.random() < 0.5
            parent = (tx_parent.name, loc_parent.name) if tx_parent and loc_parent else None
            names = self.spell_project(name, kind, longer, tx_cust, loc_cust, parent)
            if names is None:
                continue
            tx_name, loc_name = names
            btx, bloc = qn.base_of(tx_name.replace("{custno}", "0")), \
                qn.base_of(loc_name.replace("{custno}", "0"))
            taken = (scope["tx"] | scope["local"] | scope["names"]) - {qn.base_of(name)}
            if btx in taken or bloc in taken:
                continue
            scope["tx"].add(btx)
            scope["local"].add(bloc)
            tx = self.add_project("tx", tx_name, tx_cust, tx_parent)
            loc = self.add_project("local", loc_name, loc_cust, loc_parent)
            self.truth[("project", loc.id)] = tx.id
            tag = "same" if kind == "same" else f"{kind}/{'local' if longer else 'tx'}-longer"
            self.tag("project", loc.id, tag, *(["sub-project"] if tx_parent else []))
            self.number_policy[loc.id] = rng.choices(["copy", "own", "none"], [30, 20, 50])[0]
            if self.number_policy[loc.id] == "copy":
                self.tag("project", loc.id, "number-both")
            return True
        return False

    def projects(self) -> None:
        rng = self.rng
        n_pairs = round(0.76 * self.n_p)
        n_local_only = self.n_p - n_pairs
        n_new = self.n_tx_p - n_pairs
        tx_by_id = {r.id: r for r in self.tx["customer"]}
        pairs = [(tx_by_id[tx_id], key) for (kind, key), tx_id in self.truth.items()
                 if kind == "customer"]
        loc_by_key = {r.id: r for r in self.local["customer"]}
        pairs = [(tx, loc_by_key[key]) for tx, key in pairs]
        weight = {id(r): rng.paretovariate(1.3) for r in self.tx["customer"] +
                  self.local["customer"]}

        def spread(recs: list[Rec], n: int, boost: set[int] | None = None) -> dict[int, int]:
            ws = [min(weight[id(r)], 30) * (1.5 if boost and id(r) in boost else 1) for r in recs]
            counts: dict[int, int] = {}
            for r in rng.choices(recs, weights=ws, k=n):
                counts[id(r)] = counts.get(id(r), 0) + 1
            return counts

        pair_counts = spread([tx for tx, _ in pairs], n_pairs)
        paired_tx = {id(tx) for tx, _ in pairs}
        new_counts = spread(self.tx["customer"], n_new, paired_tx)
        lonly_counts = spread(self.local["customer"], n_local_only)
        for tx, loc in pairs:
            self.customer_projects(tx, loc, pair_counts.get(id(tx), 0), new_counts.get(id(tx), 0),
                                   lonly_counts.get(id(loc), 0))
        for tx in self.tx["customer"]:
            if id(tx) not in paired_tx:
                self.customer_projects(tx, None, 0, new_counts.get(id(tx), 0), 0)
        paired_loc = {id(loc) for _, loc in pairs}
        for loc in self.local["customer"]:
            if id(loc) not in paired_loc:
                self.customer_projects(None, loc, 0, 0, lonly_counts.get(id(loc), 0))

    def customer_projects(self, tx: Rec | None, loc: Rec | None, n_pair: int, n_new: int,
                          n_lonly: int) -> None:
        """One customer's projects: `n_pair` in both registries, `n_new` only in Tripletex,
        `n_lonly` only locally; some of each become sub-projects of a main project."""
        rng = self.rng
        c = self.company[("tx", tx.id)] if tx else self.company[("local", loc.id)]
        subs = {"pair": 0, "new": 0, "lonly": 0}
        if tx and loc and n_pair >= 3 and rng.random() < 0.5:
            subs["pair"] = rng.randint(1, min(3, n_pair - 2))
            subs["lonly"] = 1 if n_lonly and rng.random() < 0.3 else 0
        if n_new >= 3 and rng.random() < 0.3:
            subs["new"] = rng.randint(1, min(2, n_new - 2))
        n_pair, n_new, n_lonly = n_pair - subs["pair"], n_new - subs["new"], n_lonly - subs["lonly"]
        bases: set[str] = set()
        scope = {"tx": set(), "local": set(), "names": bases}
        groups = self.project_names(c, n_pair + n_new, bases)
        roles = {"pair": n_pair, "new": n_new}
        paired_mains: list[tuple[Rec, Rec]] = []
        new_mains: list[Rec] = []
        for group in groups:
            for i, name in enumerate(group):
                newest = i == len(group) - 1 and len(group) > 1
                role = "new" if (newest or not roles["pair"]) and roles["new"] else "pair"
                if not roles[role]:
                    break
                roles[role] -= 1
                series = ["year-series"] if len(group) > 1 else []
                if role == "pair" and tx and loc:
                    before = len(self.tx["project"])
                    if self.project_pair(name, tx, loc, scope, PROJECT_KINDS):
                        paired_mains.append((self.tx["project"][before], self.local["project"][-1]))
                        self.tag("project", self.local["project"][-1].id, *series)
                elif tx:
                    scope["tx"].add(qn.base_of(name))
                    rec = self.add_project("tx", name, tx)
                    new_mains.append(rec)
                    self.tag("project", rec.id, "new", *series)
        # local-only projects: internal work, older ones, other names
        for _ in range(n_lonly if loc else 0):
            for _ in range(30):
                name = qn.fill(rng, rng.choice(qn.LOCAL_ONLY_PROJECTS + qn.PROJECTS_BY_SECTOR.get(
                    c.sector, []))).replace(" 2026", " 2022")
                b = qn.base_of(name)
                if b not in bases and b not in scope["local"] and b not in scope["tx"]:
                    bases.add(b)
                    scope["local"].add(b)
                    rec = self.add_project("local", name, loc)
                    self.tag("project", rec.id, "local-only")
                    self.number_policy[rec.id] = "own" if rng.random() < 0.4 else "none"
                    break
        self.sub_projects(tx, loc, paired_mains, new_mains, subs)

    def sub_projects(self, tx: Rec | None, loc: Rec | None, paired: list[tuple[Rec, Rec]],
                     new: list[Rec], counts: dict[str, int]) -> None:
        """Level-2 projects: `counts` pairs (and local-only ones) under one paired main project,
        new ones under it or under a new main project."""
        rng = self.rng
        names = rng.sample(qn.SUB_PROJECTS, 6)
        if paired and counts["pair"]:
            tx_main, loc_main = rng.choice(paired)
            scope = {"tx": set(), "local": set(), "names": {qn.base_of(n) for n in names}}
            for name in names[:counts["pair"]]:
                self.project_pair(name, tx, loc, scope, SUB_KINDS, tx_main, loc_main)
            # names: [:3] pairs, [3:5] new in Tripletex, [5] local-only
            if counts["lonly"] and qn.base_of(names[5]) not in scope["tx"] | scope["local"]:
                scope["local"].add(qn.base_of(names[5]))
                rec = self.add_project("local", names[5], loc, loc_main)
                self.tag("project", rec.id, "local-only", "sub-project")
                self.number_policy[rec.id] = "none"
            if counts["new"] and (rng.random() < 0.6 or not new):
                for name in names[3:3 + counts["new"]]:
                    if qn.base_of(name) not in scope["local"] | scope["tx"]:
                        scope["tx"].add(qn.base_of(name))
                        rec = self.add_project("tx", name, tx, tx_main)
                        self.tag("project", rec.id, "new", "sub-project")
                return
        if counts["new"] and new and tx:
            tx_main = rng.choice(new)
            for name in names[:counts["new"]]:
                rec = self.add_project("tx", name, tx, tx_main)
                self.tag("project", rec.id, "new", "sub-project")

    def project_numbers(self) -> None:
        """Tripletex: a sequence from 1001 (sub-projects: main number + "-k"); local: a copy of
        Tripletex's, an own number, or none; "{custno}" in a name becomes the customer number."""
        rng = self.rng
        tx_by_id = {r.id: r for r in self.tx["project"]}
        tx_cust = {r.id: r for r in self.tx["customer"]}
        loc_cust = {r.id: r for r in self.local["customer"]}
        subs: dict[int, int] = {}
        seq = 1001
        for rec in sorted(self.tx["project"], key=lambda r: (r.parent is not None, r.id)):
            if rec.parent is None:
                rec.number, seq = str(seq), seq + 1
            else:
                subs[rec.parent] = subs.get(rec.parent, 0) + 1
                rec.number = f"{tx_by_id[rec.parent].number}-{subs[rec.parent]}"
            if "{custno}" in rec.name:
                rec.name = rec.name.replace("{custno}", tx_cust[rec.customer].number)
        own = iter(rng.sample(range(1, max(10_000, 2 * len(self.local["project"]))),
                              len(self.local["project"])))
        for rec in self.local["project"]:
            pair = self.truth.get(("project", rec.id))
            policy = self.number_policy.get(rec.id, "none")
            if policy == "copy" and pair is not None:
                rec.number = tx_by_id[pair].number
            elif policy == "own":
                n = next(own)
                rec.number = rng.choice([f"P{n:04d}", f"{rng.choice(qn.YEARS) % 100}-{n:04d}"])
            if "{custno}" in rec.name:
                cust = loc_cust[rec.customer]
                number = cust.number or tx_cust[self.truth[("customer", cust.id)]].number
                rec.name = rec.name.replace("{custno}", number)

    def build(self) -> DataSet:
        self.customers()
        self.customer_numbers()
        self.projects()
        self.project_numbers()
        for side in (self.tx, self.local):
            for recs in side.values():
                recs.sort(key=_order)
        return DataSet(self.seed, self.local, self.tx, self.truth, self.tags, self.resembles)


def _order(r: Rec) -> int:
    return r.id if isinstance(r.id, int) else int(r.id.split("-")[1])


def rng_true(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def normalize_short(name: str) -> str:
    """A customer's name as written into a project name: without its legal form."""
    words = name.split()
    if len(words) > 1 and normalize_name(name).legal_form and \
            normalize_name(" ".join(words[:-1])).base == normalize_name(name).base:
        return " ".join(words[:-1])
    return name


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    """A local registry of `customers` customers and `projects` projects, a Tripletex company
    with about 5/3 as many customers and 9/5 as many projects, and the truth between them."""
    return Generator(seed, customers, projects).build()
