"""A fourth data set for `bench/matching_quality.py` (`--data d`), written independently of the
matcher and of the other generators: a time tracker's registry typed by hand by consultants over
years, next to a Tripletex company whose names mostly come from Brønnøysund (capitals, legal
forms). Deterministic per seed; every seed draws other names and another mix.

Data sheet (at the default 300 local customers and 500 local projects; proportions scale):

- companies: hand-written real Norwegian firms (`bench/quality_names_d.py`: accountants,
  electricians, plumbers, housing cooperatives, sports clubs, dentists, municipalities and their
  agencies, shipping, fish farming, IT consultancies, law firms, builders; 12-20 % of the names)
  and generated ones: surname + trade ("Nilsen Bygg AS"), town + trade, fancy word + trade,
  English-style consultancies ("Nordic Consulting AS"), trade + person ("Rørlegger Hansen"),
  sole proprietors ("Kari Hansen"), housing cooperatives ("Lia Borettslag"), joint ownerships
  ("Sameiet Storgata 5"), clubs ("Kjelsås Idrettslag"), law firms, municipal agencies (KF, IKS),
  Norwegian arms of foreign groups ("... Norge AS").
- customers: 66-80 % of the local customers have a Tripletex counterpart (pairs), the rest are
  local-only; Tripletex also has customers new to the time tracker, as many as 45-75 % of the
  local customers, traps among them. Tripletex names carry the legal form (AS, ASA, DA, ANS, ENK, SA, BA, NUF, KF, IKS, SE)
  about 9 times in 10 and are in capitals for 10-50 % of the records (per seed); local names
  mostly drop the form.
- spelling kinds of a pair (tag "kind/direction"; weights jittered per seed), each both ways
  (local-longer: the local name is the fuller one; tx-longer: Tripletex's; in-local/in-tx: which
  side carries the typo or the æ/ø/å spelling):
  same (only capitals differ), distinct-word (the distinctive word shared, the trade said another
  way: "Nilsen Bygg" / "Nilsen Byggservice AS"; a town-named firm keeps the trade's stem on both
  sides, "Moss Frisør" / "Moss Frisørsalong", since a town alone tells little), abbrev (Cons., BRL, Sa., Mgmt, Tech, Eiend.,
  Adv., Regnsk., Komm., IL, FK, BBL, Br., ...), compound (joined or split: "Byggservice" /
  "Bygg Service"), word-more ("Nordic Consulting" / "Nordic Consulting Group", "og Sønn", a
  middle name, a department), order ("Storgata 5 Sameie" / "Sameiet Storgata 5", "Hansen, Kari"),
  legal-form (added or dropped), legal-change (AS/ASA, ANS/DA, ENK/AS, BA/SA), norge
  ("Norge"/"Norway"/none; added only to foreign groups' and English-style names), typo (keyboard
  neighbour, a letter doubled, two letters swapped, a letter dropped from a word of 7 letters or
  more; in words of 5 letters or more; one, sometimes two in two words; never a typo that is
  another real word of the name lists; a Tripletex name in capitals is never the one with it),
  letters (ae/oe/aa, o for ø, a for å), short (a real firm typed by its short name: "Thommessen"),
  alias (an acronym: "LSK" / "Lillestrøm Sportsklubb"; always with org numbers on both sides).
  Extras "+caps", "+form", "+and", "+typo" mark cosmetic differences and a second typo (never
  on a distinct-word pair).
- twins (tags on both sides' records): twin-number (two Tripletex and two local customers of one
  name, the local numbers copy Tripletex's), twin-org (told apart by org numbers on both sides),
  twin-true (nothing tells them apart), twin-half (two in Tripletex, one local), twin-local (two
  local, one in Tripletex).
- traps (Tripletex records tagged "trap/...", in `resembles` with the local record they look
  like): same surname other trade, same trade another (similar) town, a near surname that is
  another real surname ("Nilsen Bygg" / "Nielsen Bygg AS", only where the local record's own
  counterpart is in Tripletex too and spelt with the same trade and no typo, so that a reader can
  tell), the holding company of the local firm, another person of the
  same surname and trade, the same street another house number, another cooperative of the same
  place ("Lia Park Borettslag"), a club's division ("Kjelsås IL Håndball"), the parish council
  of a municipality; at most one trap per firm, and trades close enough to be one firm's
  (Regnskap/Revisjon, Bygg/Mur, ...) are never a trap. Some local-only records are such traps too
  (tag "local-trap/...").
- numbers: Tripletex customer numbers run from a per-seed base (1001, 10001, 20001 or 30001) in
  creation order; a local customer copies Tripletex's number (15-45 %), has its own (1-999,
  5-25 %) or none. Org numbers are mod-11 valid; Tripletex has one for 50-85 % of the firms that
  have one, the local record for 10-35 % (typed "987 654 321", "NO 987654321 MVA" ...).
- projects: under their customer on both sides; names from the customer's trade (a year,
  season, or part often added); pairs spelt: same, customer-name (the customer's name or short
  name written in: "Lia BRL – Fasade 2025" / "Fasade 2025"), customer-number ("10234 Fasade"),
  project-number ("1043 Fasade"), year ("2025"/"25", "2024/2025"/"24/25"), abbrev ("Rehab",
  "Vedl."; acronyms such as "RA", "GF", "PL" only on the local side), compound, word-more
  ("Prosjekt ...", "(fastpris)"), order ("2025 Fasade", or a few said both ways: "Bistand
  løpende"), typo, letters, case; year series (only some years local, the others trap/other-year)
  and sibling parts ("Fasade nord" / "Fasade sør": trap/other-part); level-2 sub-projects under
  main projects on both sides (same, parent-name written in, typo, abbrev, compound, order, case;
  sibling phases as traps), local-only projects and sub-projects, new Tripletex projects under
  known and new customers. Project numbers: Tripletex's sequential per seed; locally copied,
  own ("24-017", "P17") or none.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench import quality_names_d as nd
from bench.quality_data import DataSet, Rec
from core.matching.normalize import normalize_name, org_check_digit

CUSTOMER_KINDS: dict[str, float] = {
    "same": 10, "distinct-word": 9, "abbrev": 10, "compound": 7, "word-more": 8, "order": 6,
    "legal-form": 5, "legal-change": 4, "norge": 4, "typo": 11, "letters": 5, "short": 7,
}
PROJECT_KINDS: dict[str, float] = {
    "same": 22, "customer-name": 9, "customer-number": 5, "project-number": 4, "year": 8,
    "abbrev": 7, "compound": 6, "word-more": 5, "order": 5, "typo": 8, "letters": 3, "case": 3,
}
SUB_KINDS: dict[str, float] = {"same": 40, "parent-name": 15, "typo": 10, "abbrev": 8,
                               "compound": 6, "order": 5, "case": 8}
CATEGORIES: dict[str, float] = {
    "st": 24, "pt": 12, "ft": 8, "it": 7, "tp": 6, "person": 5, "brl": 8, "sameie": 6,
    "club": 5, "law": 4, "agency": 3, "intl": 3,
}
TRADE_WEIGHTS: dict[str, float] = {
    "bygg": 8, "elektro": 7, "ror": 7, "maler": 4, "tak": 3, "graving": 4, "mur": 2, "blikk": 2,
    "ventilasjon": 2, "hage": 2, "regnskap": 6, "revisjon": 2, "transport": 4, "eiendom": 6,
    "bil": 3, "data": 3, "tannlege": 3, "frisor": 2, "fisk": 3, "rederi": 2, "renhold": 3,
    "arkitekt": 2,
}
FOREIGN = ["Lindström", "Bergkvist", "Nyström", "Hedlund", "Sandqvist", "Virtanen", "Mäkinen",
           "Kjærgaard", "Vestergaard", "Holmberg", "Lundgren", "Engström"]
# a prefix form and the suffix form of the same word ("Sameiet X" / "X Sameie")
ORDER_FORMS = {"Sameiet": "Sameie", "Borettslaget": "Borettslag", "Idrettslaget": "Idrettslag",
               "Sportsklubben": "Sportsklubb", "Fotballklubben": "Fotballklubb",
               "Advokatfirmaet": "Advokatfirma", "Eierseksjonssameiet": "Eierseksjonssameie"}
# traps by kind (weights); trades close enough that one firm may be either are never a trap
TRAP_KINDS: dict[str, float] = {"other-trade": 5, "near-surname": 5, "holding": 3,
                                "other-town": 3, "other-person": 3, "other-number": 2,
                                "other-brl": 2, "division": 1, "parish": 1}
CLOSE_TRADES = [{"regnskap", "revisjon"}, {"bygg", "mur"}, {"tak", "blikk"},
                {"ror", "ventilasjon"}, {"graving", "transport"}, {"graving", "hage"},
                {"eiendom", "bygg"}]
CLUB_TYPES = ["Idrettslag", "Idrettsforening", "Fotballklubb", "Sportsklubb", "Turnforening",
              "Håndballklubb", "Skiklubb", "Ballklubb"]
# a firm that changed its legal form, or whose form one side has wrong: small firms between ENK,
# ANS, DA and AS; listed and large ones between ASA and AS; cooperatives BA (before 2008) and SA
LEGAL_CHANGE_SMALL = {"AS": ("ENK", "ANS"), "ANS": ("DA", "AS"), "DA": ("ANS",), "ENK": ("AS",),
                      "NUF": ("AS",)}
LEGAL_CHANGE_LARGE = {"ASA": ("AS",), "SA": ("BA",), "DA": ("ANS",)}
CLUB_DEFINITE = {"Idrettslag": "Idrettslaget", "Idrettsforening": "Idrettsforeningen",
                 "Fotballklubb": "Fotballklubben", "Sportsklubb": "Sportsklubben",
                 "Turnforening": "Turnforeningen", "Håndballklubb": "Håndballklubben",
                 "Skiklubb": "Skiklubben", "Ballklubb": "Ballklubben"}
KEYBOARD = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]
LETTERS = [("ø", "o"), ("ø", "oe"), ("æ", "ae"), ("å", "aa"), ("å", "a"), ("Ø", "O"),
           ("Ø", "Oe"), ("Æ", "Ae"), ("Å", "Aa"), ("Å", "A")]


def w_last_multi(words: list[str]) -> bool:
    """A club of many sports (its divisions are firms of their own)."""
    return any(w in ("Idrettslag", "Idrettslaget", "Idrettsforening", "Sportsklubb",
                     "Sportsklubben") for w in words)


def _similar_groups() -> dict[str, str]:
    """Town -> one name for all the towns a reader could mix it up with (transitively)."""
    group: dict[str, str] = {}
    for a, b in nd.SIMILAR_TOWNS:
        ga, gb = group.get(a, a), group.get(b, b)
        for t, g in list(group.items()):
            if g == gb:
                group[t] = ga
        group[a], group[b] = ga, ga
    return group


SIMILAR_GROUP = _similar_groups()


def _vocab() -> set[str]:
    words: set[str] = set()
    lists = [nd.SURNAMES, nd.FIRST_NAMES, nd.MIDDLE_NAMES, nd.TOWNS, nd.BRL_NAMES, nd.FANCY,
             nd.FANCY_EN, nd.MUNICIPALITIES, nd.BRL_SUFFIXES, FOREIGN, CLUB_TYPES,
             list(nd.ABBREV), list(nd.COMPOUNDS), list(nd.PROJECT_ABBREV), nd.SUB_NAMES]
    for lst in lists:
        words.update(w.lower() for w in lst)
    for _s, short, longs in list(nd.TRADES.values()) + list(nd.CONSULT_TRADES.values()):
        words.update(w.lower() for w in [short, *longs])
    for name, _sec, shorts, _f in nd.REAL:
        words.update(w.lower() for w in name.split())
        words.update(w.lower() for s in shorts for w in s.split())
    for names in nd.PROJECTS.values():
        words.update(w.lower() for n in names for w in n.split())
    words.update(w.lower() for pair in nd.NEAR_SURNAMES + nd.SIMILAR_TOWNS for w in pair)
    words.update(nd._w("""bad tak tre hus rom vei berg dal vik lia sand bygg rør maler data nord sør
    vest øst park hage base bank sol lys fisk laks bil dekk mur flis tak vann kraft norsk norge
    nett web sky app kode hansen hanse olsen lunde lund strand berge holm moe moen dahl"""))
    return words


VOCAB = _vocab()


@dataclass
class Co:
    """One firm: its name as Brønnøysund has it (words, form), and what it is."""

    words: list[str]
    form: str | None
    cat: str
    sector: str
    sig: str  # one firm, one sig
    loose: str  # firms a reader could take for one another share it (twins, traps only)
    key: str | None = None  # the distinctive word (surname, town, fancy word)
    group: str | None = None  # trade group (nd.TRADES)
    trade: int | None = None  # index of the trade in words
    first: str | None = None
    shorts: tuple[str, ...] = ()
    intl: bool = False
    real: bool = False
    org: str | None = None
    has_org: bool = True

    @property
    def base(self) -> str:
        return " ".join(self.words)


def _jitter(rng: random.Random, weights: dict[str, float], lo: float = 0.5,
            hi: float = 1.6) -> dict[str, float]:
    return {k: w * rng.uniform(lo, hi) for k, w in weights.items()}


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _norm(name: str) -> str:
    return normalize_name(name).base


def _form_of(name: str) -> str | None:
    return normalize_name(name).legal_form


def _with_form(base: str, form: str | None) -> str:
    return f"{base} {form}" if form else base


def _longer(a: str, b: str) -> bool:
    return len(_norm(a)) > len(_norm(b))


def _replace_token(text: str, old: str, new: str) -> str:
    """Replace one whole word (case-insensitive) in text."""
    out = text.split(" ")
    for i, w in enumerate(out):
        if w.lower() == old.lower():
            out[i] = new
            return " ".join(out)
    return text


def _keep_case(src: str, dst: str) -> str:
    if src.isupper() and len(src) > 1:
        return dst.upper()
    if src[:1].isupper():
        return dst[:1].upper() + dst[1:]
    return dst


class Gen:
    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.seed = seed
        self.rng = rng = random.Random(f"quality-data-d:{seed}")
        self.n_customers, self.n_projects = customers, projects
        self.sigs: set[str] = set()
        self.loose: set[str] = set()
        self.bases: dict[str, str] = {}  # normalised name -> the sig that owns it
        self.orgs: set[str] = set()
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.co: dict[tuple[str, str | int], Co] = {}  # ("local"|"tx", id) -> firm
        self.trapped: set[str] = set()  # firms a trap was made from (one each)
        # per-seed knobs
        self.p_caps = rng.uniform(0.1, 0.5)
        self.p_tx_form = rng.uniform(0.86, 0.97)
        self.p_local_form = rng.uniform(0.15, 0.4)
        self.p_real = rng.uniform(0.12, 0.2)
        self.p_num_copy = rng.uniform(0.15, 0.45)
        self.p_num_own = rng.uniform(0.05, 0.25)
        self.p_org_tx = rng.uniform(0.5, 0.85)
        self.p_org_local = rng.uniform(0.1, 0.35)
        self.p_pnum_copy = rng.uniform(0.1, 0.35)
        self.p_pnum_own = rng.uniform(0.08, 0.2)
        self.p_project_pair = rng.uniform(0.66, 0.85)
        self.kinds = _jitter(rng, CUSTOMER_KINDS)
        self.pkinds = _jitter(rng, PROJECT_KINDS)
        self.cats = _jitter(rng, CATEGORIES)
        self.trades = _jitter(rng, TRADE_WEIGHTS)
        self.real_pool = list(nd.REAL)
        rng.shuffle(self.real_pool)
        n_pool = 8 * customers + 4 * projects + 400
        self.local_keys = {"customer": self._pool(n_pool), "project": self._pool(n_pool)}
        self.tx_ids = {"customer": [1_000_000 + i for i in self._pool(n_pool)],
                       "project": [2_000_000 + i for i in self._pool(n_pool)]}
        number_base = rng.choice([1001, 10001, 10001, 20001, 30001])
        self.cust_numbers = [number_base + i for i in range(n_pool)]
        self.proj_number_base = rng.choice([1, 100, 1001, 10001])
        self.proj_numbers: list[int] = []
        self.own_numbers = self._pool(999)

    def _pool(self, n: int) -> list[int]:
        xs = list(range(1, n + 1))
        self.rng.shuffle(xs)
        return xs

    def tag(self, kind: str, rid: str | int, *tags: str) -> None:
        self.tags.setdefault((kind, rid), []).extend(t for t in tags if t)

    # ---- names ---------------------------------------------------------------------------

    def claim(self, sig: str, names: list[str]) -> bool:
        """The names are free for this firm (no other firm's name normalises alike)."""
        bases = [_norm(n) for n in names]
        if any(not b or self.bases.get(b, sig) != sig for b in bases):
            return False
        for b in bases:
            self.bases[b] = sig
        return True

    def register(self, co: Co, deliberate: bool = False) -> bool:
        if co.sig in self.sigs or (co.loose in self.loose and not deliberate):
            return False
        if not self.claim(co.sig, [_with_form(co.base, co.form), co.base]):
            return False
        self.sigs.add(co.sig)
        self.loose.add(co.loose)
        return True

    def trade_word(self, group: str, long: float = 0.35) -> str:
        _sector, short, longs = nd.TRADES[group]
        return self.rng.choice(longs) if self.rng.random() < long else short

    @staticmethod
    def near(surname: str) -> str:
        for a, b in nd.NEAR_SURNAMES:
            if surname in (a, b):
                return a
        return surname

    @staticmethod
    def similar_town(town: str) -> str:
        return SIMILAR_GROUP.get(town, town)

    def st_form(self) -> str | None:
        r = self.rng.random()
        return "AS" if r < 0.74 else "ENK" if r < 0.84 else "ANS" if r < 0.92 else "DA"

    def make_company(self, cat: str | None = None) -> Co:
        for _ in range(200):
            co = self._make(cat)
            if co is not None and self.register(co):
                return co
        raise RuntimeError("no free company name")

    def _make(self, cat: str | None) -> Co | None:
        rng = self.rng
        if cat is None:
            if rng.random() < self.p_real:
                return self.make_real()
            cat = _pick(rng, self.cats)
        if cat == "real":
            return self.make_real()
        if cat in ("st", "pt", "ft"):
            group = _pick(rng, self.trades)
            sector = nd.TRADES[group][0]
            trade = self.trade_word(group)
            if cat == "st":
                key = rng.choice(nd.SURNAMES)
                return Co([key, trade], self.st_form(), cat, sector, f"st:{key}:{group}",
                          f"st:{self.near(key)}:{group}", key, group, 1)
            if cat == "pt":
                key = rng.choice(nd.TOWNS)
                return Co([key, trade], "AS", cat, sector, f"pt:{key}:{group}",
                          f"pt:{self.similar_town(key)}:{group}", key, group, 1)
            key = rng.choice(nd.FANCY)
            return Co([key, trade], "AS", cat, sector, f"ft:{key}:{group}",
                      f"ft:{key}:{group}", key, group, 1)
        if cat == "it":
            if rng.random() < 0.35:
                a, b = rng.choice(nd.IT_WORDS)
                word = a + b.lower()
                return Co([word], "AS", cat, "it", f"it:{word}", f"it:{word}", word)
            key = rng.choice(nd.FANCY_EN)
            tgroup = rng.choice(list(nd.CONSULT_TRADES))
            sector, short, _longs = nd.CONSULT_TRADES[tgroup]
            return Co([key, *short.split()], "AS", cat, sector, f"it:{key}:{tgroup}",
                      f"it:{key}", key, tgroup, 1)
        if cat == "tp":
            group = rng.choice(list(nd.TRADE_TITLES))
            key = rng.choice(nd.SURNAMES)
            title = nd.TRADE_TITLES[group]
            if rng.random() < 0.4:
                first = rng.choice(nd.FIRST_NAMES)
                return Co([title, first, key], "ENK" if rng.random() < 0.3 else None, cat,
                          nd.TRADES[group][0], f"tp:{first}:{key}:{group}",
                          f"st:{self.near(key)}:{group}", key, group, 0, first)
            return Co([title, key], "AS", cat, nd.TRADES[group][0], f"st:{key}:{group}",
                      f"st:{self.near(key)}:{group}", key, group, 0)
        if cat == "person":
            key, first = rng.choice(nd.SURNAMES), rng.choice(nd.FIRST_NAMES)
            return Co([first, key], "ENK" if rng.random() < 0.25 else None, cat,
                      rng.choice(["it", "regnskap", "arkitekt", "bygg"]), f"p:{first}:{key}",
                      f"p:{self.near(key)}", key, None, None, first)
        if cat == "brl":
            key = rng.choice(nd.BRL_NAMES)
            return Co([key, "Borettslag"], None, cat, "bolig", f"brl:{key}", f"brl:{key}", key)
        if cat == "sameie":
            street = rng.choice(nd.STREETS).replace("_", " ")
            no = str(rng.randint(1, 60)) + (rng.choice(["", "", "", " A", " B"]))
            words = (["Sameiet", street, no] if rng.random() < 0.6
                     else [street, no, "Sameie"])
            if rng.random() < 0.12:
                words = ["Eierseksjonssameiet", street, no]
            return Co(words, None, cat, "bolig", f"sa:{street}:{no}", f"sa:{street}", street)
        if cat == "club":
            place = rng.choice(nd.TOWNS + nd.BRL_NAMES)
            ctype = rng.choice(CLUB_TYPES)
            if rng.random() < 0.2 and ctype in ("Idrettslag", "Sportsklubb", "Fotballklubb"):
                words = [CLUB_DEFINITE[ctype], place]
            else:
                words = [place, ctype]
            return Co(words, None, cat, "idrett", f"club:{place}:{ctype}", f"club:{place}",
                      place)
        if cat == "law":
            key = rng.choice(nd.SURNAMES)
            r = rng.random()
            if r < 0.45:
                words, form = ["Advokatfirmaet", key], rng.choice(["AS", "AS", "DA"])
            elif r < 0.7:
                key2 = rng.choice(nd.SURNAMES)
                if key2 == key:
                    return None
                words, form = ["Advokatfirmaet", key, "&", key2], rng.choice(["AS", "DA", "ANS"])
            elif r < 0.85:
                words, form = [key, "Advokatfirma"], rng.choice(["AS", "DA"])
            else:
                first = rng.choice(nd.FIRST_NAMES)
                return Co(["Advokat", first, key], None, cat, "juss", f"law:{first}:{key}",
                          f"law:{self.near(key)}", key, "advokat", 0, first)
            return Co(words, form, cat, "juss", f"law:{' '.join(words)}", f"law:{self.near(key)}",
                      key, "advokat")
        if cat == "agency":
            r = rng.random()
            if r < 0.35:
                mun = rng.choice(nd.MUNICIPALITIES)
                return Co([mun, "kommune"], None, cat, "kommune", f"kom:{mun}", f"kom:{mun}", mun)
            if r < 0.65:
                mun = rng.choice(nd.MUNICIPALITIES)
                agency = rng.choice(nd.AGENCIES)
                words = [mun, *agency.split()[:-1]]
                return Co(words, "KF", cat, "kommune", f"kf:{mun}:{agency}",
                          f"kf:{mun}:{agency}", mun)
            region = rng.choice(nd.REGIONS)
            trade = rng.choice(nd.IKS_TRADES)
            words = [*region.split(), *trade.split()[:-1]]
            return Co(words, "IKS", cat, "kommune", f"iks:{region}:{trade}", f"iks:{region}:{trade}",
                      region)
        if cat == "intl":
            key = rng.choice(FOREIGN)
            group = rng.choice(["ventilasjon", "elektro", "data", "renhold", "transport", "bygg"])
            _sector, short, _longs = nd.TRADES[group]
            land = rng.choice(["Norge", "Norge", "Norway"])
            form = "NUF" if rng.random() < 0.2 else "AS"
            return Co([key, short, land], form, cat, nd.TRADES[group][0], f"intl:{key}:{group}",
                      f"intl:{key}", key, group, 1, intl=True)
        raise ValueError(cat)

    def make_real(self) -> Co | None:
        if not self.real_pool:
            return None
        name, sector, shorts, flags = self.real_pool.pop()
        norm = normalize_name(name)
        words = name.split()
        form = None
        if norm.legal_form and words[-1].upper() == words[-1] and len(words) > 1:
            form, words = words[-1], words[:-1]
        return Co(words, form, "real", sector, f"real:{name}", f"real:{name}", words[0],
                  shorts=shorts, intl="intl" in flags or any(w in ("Norge", "Norway")
                                                             for w in words), real=True)

    # ---- how each side writes a name --------------------------------------------------------

    def tx_text(self, base: str, form: str | None, caps: bool | None = None) -> str:
        name = _with_form(base, form)
        if caps is None:
            caps = self.rng.random() < self.p_caps
        return name.upper() if caps else name

    def local_form(self, form: str | None) -> str | None:
        if form is None or self.rng.random() >= self.p_local_form:
            return None
        r = self.rng.random()
        if form == "AS" and r < 0.1:
            return "A/S"
        if r < 0.18:
            return form.lower()
        return form

    def local_text(self, base: str, form: str | None) -> str:
        name = _with_form(base, form)
        r = self.rng.random()
        if r < 0.02:
            return name.upper()
        if r < 0.04:
            return name.lower()
        return name

    # ---- spelling differences -------------------------------------------------------------------

    def typo_word(self, word: str) -> str | None:
        rng = self.rng
        for _ in range(30):
            chars = list(word)
            op = rng.choices(["neighbour", "drop", "double", "swap"], [35, 25, 15, 25])[0]
            i = rng.randrange(1, len(chars)) if len(chars) > 1 else 0
            c = chars[i]
            if not c.isalpha():
                continue
            if op == "neighbour":
                row = next((r for r in KEYBOARD if c.lower() in r), None)
                if row is None:
                    continue
                j = row.index(c.lower())
                opts = [row[k] for k in (j - 1, j + 1) if 0 <= k < len(row)]
                n = rng.choice(opts)
                chars[i] = n.upper() if c.isupper() else n
            elif op == "drop":
                if len(chars) < 7:  # a shorter word without a letter is often another name
                    continue
                del chars[i]
            elif op == "double":
                chars.insert(i, c)
            else:
                if i + 1 >= len(chars) or chars[i + 1] == c or not chars[i + 1].isalpha():
                    continue
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            out = "".join(chars)
            if out != word and out.lower() not in VOCAB and _norm(out) != _norm(word):
                return out
        return None

    def typo(self, name: str, prefer: str | None = None, count: int = 1) -> str | None:
        """One typo (or two, in two different words) in words of 5 letters or more."""
        words = name.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if not idx:
            return None
        out = words[:]
        done = 0
        for _ in range(count):
            pref = [i for i in idx if prefer and words[i].lower() == prefer.lower()]
            i = self.rng.choice(pref) if pref and self.rng.random() < 0.6 else self.rng.choice(idx)
            t = self.typo_word(out[i])
            if t is not None:
                out[i] = t
                done += 1
                idx.remove(i)
            if not idx:
                break
        return " ".join(out) if done else None

    def letters(self, name: str) -> str | None:
        opts = [(a, b) for a, b in LETTERS if a in name]
        if not opts:
            return None
        a, b = self.rng.choice(opts)
        if a.isupper() and name.isupper():
            b = b.upper()
        out = name.replace(a, b) if self.rng.random() < 0.8 else name.replace(a, b, 1)
        for a2, _b2 in LETTERS:  # no keyboard: the other letters too
            if a2 in out and a2.lower() == a2 and self.rng.random() < 0.7:
                out = out.replace(a2, "o" if a2 == "ø" else "a" if a2 == "å" else "ae")
        return out

    def abbrev(self, base: str, table: dict[str, tuple[str, ...]],
               acronyms: bool = True) -> str | None:
        if not acronyms:
            table = {k: v for k, v in ((k, tuple(a for a in v if not a.isupper()))
                                       for k, v in table.items()) if v}
        words = base.split(" ")
        idx = [i for i, w in enumerate(words) if w.lower() in table]
        if not idx:
            return None
        pick = idx if self.rng.random() < 0.3 else [self.rng.choice(idx)]
        out = words[:]
        for i in pick:
            ab = self.rng.choice(table[words[i].lower()])
            out[i] = ab.upper() if words[i].isupper() and len(words[i]) > 1 else ab
        return " ".join(out)

    def split_compound(self, base: str, table: dict[str, tuple[str, ...]]) -> str | None:
        words = base.split(" ")
        idx = [i for i, w in enumerate(words) if w in table]
        if not idx:
            return None
        i = self.rng.choice(idx)
        out = words[:]
        out[i] = self.rng.choice(table[words[i]])
        return " ".join(out)

    def customer_variant(self, co: Co, kind: str, ll: bool) -> tuple[str, str, str] | None:
        """(Tripletex base, local base, direction) for one spelling kind, or None when the kind
        does not fit the firm. May change co.words (the firm is fresh)."""
        rng = self.rng
        base = co.base
        d = "local-longer" if ll else "tx-longer"
        if kind in ("same", "legal-form", "legal-change"):
            return base, base, d
        if kind == "distinct-word":
            if co.group in nd.TRADES and co.trade is not None and co.cat != "tp":
                _s, short, longs = nd.TRADES[co.group]
                variants = [short, *longs]
                if co.cat == "pt":  # a town says little: the trade keeps its stem on both sides
                    stem = short.lower()[:4]
                    variants = [v for v in variants if v.lower().startswith(stem)]
                    if not co.words[co.trade].lower().startswith(stem):
                        co.words[co.trade] = short
                variants = [v for v in variants if v != co.words[co.trade]]
                if not variants:
                    return None
                other = rng.choice(variants)
                alt = co.words[:]
                alt[co.trade] = other
                a, b = co.base, " ".join(alt)
                if co.cat == "tp":
                    return None
                longer, shorter = (a, b) if _longer(a, b) else (b, a)
                return (shorter, longer, d) if ll else (longer, shorter, d)
            if co.cat == "tp":  # "Rørlegger Hansen" / "Hansen Rør"
                assert co.group is not None
                other = f"{co.key} {nd.TRADES[co.group][1]}"
                if co.first:
                    return None
                return (other, base, d) if ll else (base, other, d)
            return None
        if kind == "short":
            if not co.shorts:
                return None
            short = rng.choice(co.shorts)
            if _norm(short) == _norm(base):
                return None
            full_words = set(_norm(base).split())
            k = "alias" if not set(_norm(short).split()) <= full_words else "short"
            return (short, base, f"{k}/{d}") if ll else (base, short, f"{k}/{d}")
        if kind == "abbrev":
            if co.cat in ("st", "pt", "ft") and co.group == "regnskap" and rng.random() < 0.5:
                co.words[1] = rng.choice(["Regnskap", "Regnskapskontor", "Regnskapsservice"])
            ab = self.abbrev(co.base, nd.ABBREV)
            if ab is None:
                return None
            return (ab, co.base, d) if ll else (co.base, ab, d)
        if kind == "compound":
            if co.group in nd.TRADES and co.trade is not None and co.cat != "tp":
                comp = [v for v in nd.TRADES[co.group][2] if v in nd.COMPOUNDS]
                if comp:
                    co.words[co.trade] = rng.choice(comp)
            if co.cat == "it" and co.group is None:  # "Kodefabrikken" / "Kode Fabrikken"
                for a, b in nd.IT_WORDS:
                    if co.words[0] == a + b.lower():
                        split = rng.choice([f"{a} {b}", f"{a}-{b}", f"{a}{b}"])
                        return (split, co.base, d) if ll else (co.base, split, d)
            sp = self.split_compound(co.base, nd.COMPOUNDS)
            if sp is None:
                return None
            return (co.base, sp, d) if ll else (sp, co.base, d)
        if kind == "word-more":
            more = self.word_more(co, ll)
            if more is None:
                return None
            return (co.base, more, d) if ll else (more, co.base, d)
        if kind == "order":
            other = self.reorder(co)
            if other is None:
                return None
            a, b = (co.base, other)
            return a, b, ("local-longer" if _longer(b, a) else "tx-longer")
        if kind == "norge":
            lands = [w for w in co.words if w in ("Norge", "Norway")]
            if lands:  # Brønnøysund has it: dropped or said in the other language
                land = lands[0]
                dropped = " ".join(w for w in co.words if w != land)
                swapped = _replace_token(co.base, land, "Norway" if land == "Norge" else "Norge")
                other = dropped if rng.random() < 0.6 else swapped
                if ll and other == dropped:  # Tripletex without it, the consultant added it
                    return other, co.base, "local-longer"
                return co.base, other, "tx-longer" if _longer(co.base, other) else "local-longer"
            if co.intl or (co.cat == "it" and co.key in nd.FANCY_EN):
                other = f"{co.base} {rng.choice(['Norge', 'Norway'])}"
                return (co.base, other, "local-longer") if ll else (other, co.base, "tx-longer")
            return None
        if kind == "typo":
            in_local = rng.random() < 0.8
            count = 2 if rng.random() < 0.15 else 1
            t = self.typo(co.base, co.key, count)
            if t is None:
                return None
            d = "in-local" if in_local else "in-tx"
            return (co.base, t, d) if in_local else (t, co.base, d)
        if kind == "letters":
            in_local = rng.random() < 0.85
            lt = self.letters(co.base)
            if lt is None:
                return None
            d = "in-local" if in_local else "in-tx"
            return (co.base, lt, d) if in_local else (lt, co.base, d)
        raise ValueError(kind)

    def word_more(self, co: Co, ll: bool) -> str | None:
        """The name with a word (or two) more that does not make it another firm."""
        rng = self.rng
        crafts = ("bygg", "ror", "elektro", "maler", "tak", "graving", "mur", "blikk", "bil",
                  "transport", "hage", "ventilasjon")
        if co.cat == "st":
            tails = ["og Sønn", "& Sønner", "Eftf."] if co.group in crafts else ["Gruppen"]
            if rng.random() < 0.35:
                return f"{rng.choice(nd.FIRST_NAMES)} {co.base}"
            return f"{co.base} {rng.choice(tails)}"
        if co.cat in ("pt", "ft", "intl"):
            tails = ["Gruppen", "Group"] + (["og Service"] if co.group in crafts[:6] else [])
            return f"{co.base} {rng.choice(tails)}"
        if co.cat == "it":
            return f"{co.base} {rng.choice(['Group', 'Gruppen', 'Consulting'])}" \
                if "Consulting" not in co.words else f"{co.base} Group"
        if co.cat == "person":
            assert co.first
            return f"{co.first} {rng.choice(nd.MIDDLE_NAMES)} {co.key}"
        if co.cat == "tp" and co.first:
            return f"{co.first} {co.key}"  # the title dropped: the shorter
        if co.cat in ("brl", "sameie"):
            if co.words[0] == "Sameiet" and not ll:
                return " ".join(["Eierseksjonssameiet", *co.words[1:]])
            if not ll:
                return None
            return f"{co.base} ({rng.choice(['Oslo', 'Bergen', 'Trondheim', 'OBOS', 'USBL'])})"
        if co.cat == "club":
            return f"{co.base} {rng.choice(['Hovedlaget', 'Hovedstyret'])}"
        if co.cat == "law":
            return f"{co.base} & Co" if "&" not in co.words and co.words[0] != "Advokat" \
                else None
        if co.cat == "agency" and co.words[-1] == "kommune" and ll:
            return f"{co.base} v/ {rng.choice(['Teknisk drift', 'Eiendom', 'Innkjøp', 'Økonomi'])}"
        return None

    def reorder(self, co: Co) -> str | None:
        w = co.words
        if w[0] in ORDER_FORMS:
            return " ".join([*w[1:], ORDER_FORMS[w[0]]])
        rev = {v: k for k, v in ORDER_FORMS.items()}
        if w[-1] in rev:
            return " ".join([rev[w[-1]], *w[:-1]])
        if co.cat == "brl":
            return " ".join(["Borettslaget", *w[:-1]])
        if w[-1] in CLUB_DEFINITE:
            return " ".join([CLUB_DEFINITE[w[-1]], *w[:-1]])
        if co.cat == "person":
            return f"{w[1]}, {w[0]}" if self.rng.random() < 0.5 else f"{w[1]} {w[0]}"
        if co.cat == "tp":
            return " ".join([*w[1:], w[0]])
        if co.cat == "club" and w[0] in CLUB_DEFINITE.values():
            return " ".join([*w[1:], next(k for k, v in CLUB_DEFINITE.items() if v == w[0])])
        if co.cat == "law" and w[0] == "Advokat":
            return " ".join([*w[1:], "Advokat"])
        if co.cat == "real" and w[0] == "Oslo" and w[1] == "kommune":
            return " ".join([*w[2:], "Oslo", "kommune"])
        return None

    # ---- customers ------------------------------------------------------------------------

    def new_local(self, name: str, co: Co) -> Rec:
        key = f"c-{self.local_keys['customer'].pop()}"
        rec = Rec("customer", key, name)
        self.local["customer"].append(rec)
        self.co[("local", key)] = co
        return rec

    def new_tx(self, name: str, co: Co) -> Rec:
        tid = self.tx_ids["customer"].pop()
        rec = Rec("customer", tid, name, str(self.cust_numbers.pop(0)))
        self.tx["customer"].append(rec)
        self.co[("tx", tid)] = co
        return rec

    def link(self, loc: Rec, tx: Rec, tags: list[str]) -> None:
        self.truth[(loc.kind, str(loc.id))] = int(tx.id)
        self.tag(loc.kind, loc.id, *tags)

    def customer_pair(self) -> bool:
        rng = self.rng
        co = self.make_company()
        weights = dict(self.kinds)
        if co.real:
            weights["short"] *= 3.5
        if co.intl:
            weights["norge"] *= 4
        for _ in range(12):
            kind = _pick(rng, weights)
            ll = rng.random() < 0.5
            saved = co.words[:]
            v = self.customer_variant(co, kind, ll)
            if v is None:
                co.words = saved
                weights[kind] = 0
                if not any(weights.values()):
                    break
                continue
            tx_base, loc_base, d = v
            extras: list[str] = []
            tx_form = co.form if rng.random() < self.p_tx_form else None
            loc_form = self.local_form(co.form)
            if kind == "same":
                loc_form = tx_form
            elif kind == "legal-form":
                if co.form is None:
                    co_form = "ENK" if co.cat in ("tp", "person") else None
                    if co_form is None:
                        weights[kind] = 0
                        continue
                    tx_form, loc_form, d = None, co_form, "local-longer"
                elif ll and rng.random() < 0.4:
                    tx_form, loc_form = None, co.form
                else:
                    tx_form, loc_form, d = co.form, None, "tx-longer"
            elif kind == "legal-change":
                old = co.form or ("ENK" if co.cat in ("st", "tp", "person") else None)
                table = LEGAL_CHANGE_LARGE if co.real or co.cat in ("intl", "it") \
                    else LEGAL_CHANGE_SMALL
                if old not in table:
                    weights[kind] = 0
                    continue
                new = rng.choice(table[old])
                if rng.random() < 0.5:
                    tx_form, loc_form = old, new
                else:
                    tx_form, loc_form = new, old
                d = "local-longer" if len(loc_form) > len(tx_form) else "tx-longer"
            caps = rng.random() < self.p_caps and d not in ("in-tx",)
            if rng.random() < 0.5 and (" og " in loc_base or " & " in loc_base):
                loc_base = loc_base.replace(" og ", " & ") if " og " in loc_base \
                    else loc_base.replace(" & ", " og ")
                extras.append("+and")
            if kind not in ("typo", "distinct-word") and rng.random() < 0.06:
                t = self.typo(loc_base, co.key)
                if t is not None:
                    loc_base = t
                    extras.append("+typo")
            tx_name = self.tx_text(tx_base, tx_form, caps)
            loc_name = self.local_text(loc_base, loc_form)
            if kind not in ("same", "legal-form", "legal-change", "letters", "typo") and \
                    _norm(tx_name) == _norm(loc_name):
                co.words = saved
                weights[kind] = 0
                continue
            if caps:
                extras.append("+caps")
            if kind not in ("legal-form", "legal-change") and bool(tx_form) != bool(loc_form):
                extras.append("+form")
            if not self.claim(co.sig, [tx_name, loc_name]):
                co.words = saved
                weights[kind] = 0
                continue
            tx = self.new_tx(tx_name, co)
            loc = self.new_local(loc_name, co)
            main = "same" if kind == "same" else d if "/" in d else f"{kind}/{d}"
            self.link(loc, tx, [main, *extras])
            if main.startswith("alias"):
                co.has_org = True
                self.tag("customer", loc.id, "org-both")
            return True
        self.sigs.discard(co.sig)
        return False

    def local_only(self) -> None:
        co = self.make_company()
        name = self.local_text(co.base, self.local_form(co.form))
        if co.real and co.shorts and self.rng.random() < 0.6:
            name = self.rng.choice(co.shorts)
        if not self.claim(co.sig, [name]):
            return
        rec = self.new_local(name, co)
        self.tag("customer", rec.id, "local-only")

    def new_tx_customer(self) -> None:
        co = self.make_company()
        form = co.form if self.rng.random() < self.p_tx_form else None
        rec = self.new_tx(self.tx_text(co.base, form), co)
        self.tag("customer", rec.id, "new")

    def twins(self, kind: str) -> None:
        """Two firms of one name (see the module docstring for the kinds)."""
        rng = self.rng
        co = self.make_company(rng.choice(["st", "st", "pt", "tp"]))
        co2 = Co(co.words[:], co.form, co.cat, co.sector, co.sig + "#2", co.loose, co.key,
                 co.group, co.trade, co.first)
        self.sigs.add(co2.sig)
        tx_name = self.tx_text(co.base, co.form)
        loc_name = self.local_text(co.base, self.local_form(co.form))
        if not self.claim(co.sig, [tx_name, loc_name]):
            return
        for c in (co, co2):
            c.has_org = kind == "twin-org" or (kind != "twin-true" and rng.random() < 0.5)
        n_tx = 1 if kind == "twin-local" else 2
        n_local = 1 if kind == "twin-half" else 2
        txs = [self.new_tx(tx_name, c) for c in (co, co2)[:n_tx]]
        locs = [self.new_local(loc_name, c) for c in (co, co2)[:n_local]]
        for i, loc in enumerate(locs):
            if i >= len(txs):  # twin-local: the second local firm is not in Tripletex
                self.tag("customer", loc.id, "local-only", kind)
                continue
            self.link(loc, txs[i], [kind])
            if kind == "twin-number":
                loc.number = txs[i].number
        for tx in txs:
            self.tag("customer", tx.id, kind)
        if kind == "twin-half":
            self.tag("customer", txs[1].id, "new")

    def trap_options(self, co: Co, paired: bool, typo: bool = False) -> list[str]:
        """The kinds of trap that can be made from a firm. typo: its pair is spelt with a typo
        or with the trade said another way, so a near surname could be either for a reader."""
        cat = co.cat
        if co.real:
            return []
        options = []
        if cat in ("st", "pt", "ft", "tp") and co.group in nd.TRADES:
            options += ["other-trade", "holding"]
        if cat in ("st", "tp", "law") and paired and not typo and co.key and not co.first and \
                any(co.key in p for p in nd.NEAR_SURNAMES):
            options += ["near-surname"]  # only beside the local record's own counterpart
        if cat == "pt":
            options += ["other-town"]
        if cat in ("person", "tp", "law") and co.first:
            options += ["other-person"]
        if cat == "sameie":
            options += ["other-number"]
        if cat == "brl":
            options += ["other-brl"]
        if cat == "club" and w_last_multi(co.words):
            options += ["division"]
        if cat == "it" and co.group:
            options += ["other-trade"]
        if cat == "agency" and co.words[-1] == "kommune":
            options += ["parish"]
        return options

    def trap(self) -> bool:
        """A new Tripletex firm that a reader could take for a local one, but is another."""
        rng = self.rng
        why = _pick(rng, TRAP_KINDS)
        cands = []
        for loc in self.local["customer"]:
            co = self.co[("local", loc.id)]
            tags = self.tags.get(("customer", loc.id), [])
            if co.sig in self.trapped or any(t.startswith("twin") for t in tags):
                continue
            typo = any("typo" in t or "distinct-word" in t for t in tags)
            if why in self.trap_options(co, ("customer", str(loc.id)) in self.truth, typo):
                cands.append(loc)
        if not cands:
            return False
        loc = rng.choice(cands)
        co = self.co[("local", loc.id)]
        made = self.trap_company(co, why)
        if made is None:
            return False
        trap = made
        if not self.register(trap, deliberate=True):
            return False
        self.trapped.update((co.sig, trap.sig))
        trap.has_org = True
        rec = self.new_tx(self.tx_text(trap.base, trap.form), trap)
        self.tag("customer", rec.id, f"trap/{why}")
        self.resembles[("customer", int(rec.id))] = str(loc.id)
        return True

    def trap_company(self, co: Co, why: str) -> Co | None:
        """Another firm made from co, as the kind of trap says."""
        rng = self.rng
        cat = co.cat
        w = co.words
        if why == "other-trade":
            if cat == "it":
                tgroup = rng.choice([g for g in nd.CONSULT_TRADES if g != co.group])
                sector, short, _ = nd.CONSULT_TRADES[tgroup]
                return Co([w[0], *short.split()], "AS", cat, sector, f"it:{w[0]}:{tgroup}",
                          f"it:{w[0]}:{tgroup}", w[0], tgroup, 1)
            group = rng.choice([g for g in nd.TRADES if g != co.group and g != "advokat"
                                and {g, co.group} not in CLOSE_TRADES])
            trade = self.trade_word(group, 0.2)
            key = co.key or w[0]
            if cat == "tp":
                cat, words = "st", [key, trade]
            else:
                words = w[:]
                words[co.trade or 1] = trade
            return Co(words, "AS", cat, nd.TRADES[group][0], f"{cat}:{key}:{group}",
                      f"{cat}:{key}:{group}", key, group, 1)
        if why == "holding":
            words = [*w, "Holding"] if rng.random() < 0.5 or cat != "st" \
                else [co.key or w[0], "Holding"]
            if cat == "tp":
                words = [co.key or w[1], "Holding"]
            return Co(words, "AS", "holding", "eiendom", f"holding:{' '.join(words)}",
                      f"holding:{' '.join(words)}", co.key)
        if why == "near-surname":
            assert co.key
            other = next(b if a == co.key else a for a, b in nd.NEAR_SURNAMES if co.key in (a, b))
            words = [other if x == co.key else x for x in w]
            return Co(words, co.form or "AS", cat, co.sector, f"st:{other}:{co.group}",
                      f"near:{other}:{co.group}", other, co.group, co.trade)
        if why == "other-town":
            assert co.key
            sim = [b if a == co.key else a for a, b in nd.SIMILAR_TOWNS if co.key in (a, b)]
            town = rng.choice(sim) if sim and rng.random() < 0.7 else rng.choice(nd.TOWNS)
            if town == co.key:
                return None
            words = [town, *w[1:]]
            return Co(words, "AS", cat, co.sector, f"pt:{town}:{co.group}",
                      f"near:{town}:{co.group}", town, co.group, 1)
        if why == "other-person":
            first = rng.choice([f for f in nd.FIRST_NAMES if f != co.first and
                                f[:2] != (co.first or "")[:2]])
            words = [first if x == co.first else x for x in w]
            return Co(words, co.form, cat, co.sector, f"other:{' '.join(words)}",
                      f"other:{' '.join(words)}", co.key, co.group, co.trade, first)
        if why == "other-number":
            no = w[-2] if w[-1] == "Sameie" else w[-1]
            digits = "".join(c for c in no if c.isdigit())
            new = str(int(digits) + rng.choice([-4, -2, 2, 4, 6, 10]))
            if int(new) <= 0:
                return None
            words = [new if x == no else x for x in w]
            return Co(words, None, cat, co.sector, f"sa:{' '.join(words)}",
                      f"sa:{' '.join(words)}", co.key)
        if why == "other-brl":
            words = [w[0], rng.choice(nd.BRL_SUFFIXES), *w[1:]]
            if rng.random() < 0.3:
                words = [rng.choice(["Øvre", "Nedre"]), *w]
            return Co(words, None, cat, "bolig", f"brl:{' '.join(words)}",
                      f"brl:{' '.join(words)}", co.key)
        if why == "division":
            plain = w
            if w[0] in CLUB_DEFINITE.values():
                plain = [*w[1:], next(k for k, v in CLUB_DEFINITE.items() if v == w[0])]
            words = [*plain, rng.choice(["Fotball", "Håndball", "Ski", "Friidrett", "Bandy"])]
            return Co(words, None, cat, "idrett", f"club:{' '.join(words)}",
                      f"club:{' '.join(words)}", co.key)
        if why == "parish":
            words = [w[0], "kirkelige", "fellesråd"]
            return Co(words, None, "agency", "kommune", f"parish:{w[0]}", f"parish:{w[0]}",
                      w[0])
        return None

    def local_trap(self) -> bool:
        """A local-only firm that looks like a paired one (its holding, another trade)."""
        rng = self.rng
        pairs = [k for (kind, k) in self.truth if kind == "customer"]
        key = rng.choice(pairs)
        co = self.co[("local", key)]
        if any(t.startswith("twin") for t in self.tags.get(("customer", key), [])):
            return False
        if co.sig in self.trapped:
            return False
        options = self.trap_options(co, True, any("typo" in t or "distinct-word" in t for t in
                                                  self.tags.get(("customer", key), [])))
        if not options:
            return False
        why = rng.choice(options)
        trap = self.trap_company(co, why)
        if trap is None:
            return False
        if not self.register(trap, deliberate=True):
            return False
        name = self.local_text(trap.base, self.local_form(trap.form))
        if not self.claim(trap.sig, [name]):
            return False
        self.trapped.update((co.sig, trap.sig))
        rec = self.new_local(name, trap)
        self.tag("customer", rec.id, "local-only", f"local-trap/{why}")
        return True

    def customers(self) -> None:
        rng = self.rng
        n = self.n_customers
        twin_kinds = ["twin-number", "twin-org", "twin-true", "twin-half", "twin-local"]
        n_twins = max(2, round(n * rng.uniform(0.012, 0.025)))
        for i in range(n_twins):
            self.twins(twin_kinds[i % len(twin_kinds)] if i < len(twin_kinds)
                       else rng.choice(twin_kinds))
        n_pairs = round(n * rng.uniform(0.66, 0.8)) - len(self.truth)
        for _ in range(n_pairs):
            self.customer_pair()
        n_local_traps = round(n * rng.uniform(0.01, 0.03))
        made = 0
        for _ in range(n_local_traps * 6):
            if made >= n_local_traps or len(self.local["customer"]) >= n:
                break
            made += self.local_trap()
        while len(self.local["customer"]) < n:
            self.local_only()
        n_traps = round(n * rng.uniform(0.06, 0.1))
        made = 0
        for _ in range(n_traps * 8):
            if made >= n_traps:
                break
            made += self.trap()
        for _ in range(round(n * rng.uniform(0.45, 0.75)) - n_traps):
            self.new_tx_customer()

    def customer_numbers_and_orgs(self) -> None:
        rng = self.rng
        tx_by_co: dict[str, Rec] = {}
        for r in self.tx["customer"]:
            tx_by_co[self.co[("tx", r.id)].sig] = r
        own = iter(self.own_numbers)
        for r in self.tx["customer"]:
            co = self.co[("tx", r.id)]
            tags = self.tags.get(("customer", r.id), [])
            if not co.has_org or co.cat in ("sameie",) and rng.random() < 0.3:
                continue
            if co.org is None:
                co.org = self.new_org()
            if "twin-org" in tags or "org-both" in tags or any(t.startswith("trap") for t in tags) \
                    or rng.random() < self.p_org_tx:
                r.org = co.org
        for r in self.local["customer"]:
            co = self.co[("local", r.id)]
            tags = self.tags.get(("customer", r.id), [])
            tx_id = self.truth.get(("customer", str(r.id)))
            tx = next((t for t in self.tx["customer"] if t.id == tx_id), None) \
                if tx_id is not None else None
            if co.has_org and ("twin-org" in tags or "org-both" in tags
                               or rng.random() < self.p_org_local):
                if co.org is None:
                    co.org = self.new_org()
                if "org-both" in tags and tx is not None:
                    tx.org = co.org
                if "twin-org" in tags and tx is not None:
                    tx.org = co.org
                r.org = self.org_as_typed(co.org)
            if any(t.startswith("twin") for t in tags):
                continue  # twins keep the numbers their kind gave them
            x = rng.random()
            if tx is not None and x < self.p_num_copy:
                r.number = tx.number
            elif x < self.p_num_copy + self.p_num_own:
                r.number = str(next(own))

    def new_org(self) -> str:
        while True:
            first8 = f"{self.rng.choice('89')}{self.rng.randrange(10_000_000):07d}"
            check = org_check_digit(first8)
            if check is not None and (org := first8 + str(check)) not in self.orgs:
                self.orgs.add(org)
                return org

    def org_as_typed(self, org: str) -> str:
        r = self.rng.random()
        if r < 0.5:
            return org
        if r < 0.78:
            return f"{org[:3]} {org[3:6]} {org[6:]}"
        return f"NO {org} MVA" if r < 0.92 else f"NO{org}MVA"

    # ---- projects ---------------------------------------------------------------------------

    def proj_number(self) -> str:
        if not self.proj_numbers:
            self.proj_numbers = [self.proj_number_base + i for i in range(20000)]
        return str(self.proj_numbers.pop(0))

    def add_project(self, side: str, name: str, cust: Rec, parent: Rec | None = None) -> Rec:
        if side == "local":
            rid: str | int = f"p-{self.local_keys['project'].pop()}"
            rec = Rec("project", rid, name, None, None, cust.id, parent.id if parent else None)
            self.local["project"].append(rec)
        else:
            rec = Rec("project", self.tx_ids["project"].pop(), name, self.proj_number(), None,
                      cust.id, parent.id if parent else None)
            self.tx["project"].append(rec)
        return rec

    def concepts(self, co: Co, n: int) -> list[tuple[str, str | None]]:
        """n project ideas (base, qualifier) for a firm, distinct from each other."""
        rng = self.rng
        own = nd.PROJECTS.get(co.sector, [])
        out: list[tuple[str, str | None]] = []
        seen: set[str] = set()
        for _ in range(n * 6):
            if len(out) >= n:
                break
            base = rng.choice(own if own and rng.random() < 0.8 else nd.PROJECT_GENERIC)
            r = rng.random()
            if r < 0.45:
                qual: str | None = str(rng.choice([2023, 2024, 2024, 2025, 2025, 2026]))
            elif r < 0.55:
                y = rng.choice([2023, 2024, 2025])
                qual = f"{y}/{y + 1}"
            elif r < 0.65:
                qual = rng.choice(nd.PROJECT_PARTS)[0]
            else:
                qual = None
            sig = _norm(base)
            if sig in seen:
                continue
            seen.add(sig)
            out.append((base, qual))
        return out

    @staticmethod
    def pname(base: str, qual: str | None) -> str:
        return f"{base} {qual}" if qual else base

    def project_variant(self, kind: str, base: str, qual: str | None, tx_cust: Rec,
                        loc_cust: Rec, tx_number: str) -> tuple[str, str, str] | None:
        rng = self.rng
        name = self.pname(base, qual)
        ll = rng.random() < 0.5
        d = "local-longer" if ll else "tx-longer"
        if kind == "same":
            return name, name, d
        if kind == "case":
            other = name.lower() if rng.random() < 0.6 else name.upper()
            return (name, other, "in-local") if other != name else None
        if kind == "customer-name":
            if ll or rng.random() < 0.3:
                ref = self.customer_ref(loc_cust)
                sep = rng.choice([" – ", " - ", ": ", " / "])
                loc = (f"{ref}{sep}{name}" if rng.random() < 0.7 else f"{name} ({ref})")
                return name, loc, "local-longer"
            tx_base = normalize_name(tx_cust.name)
            ref = tx_cust.name
            if tx_base.legal_form:
                ref = " ".join(ref.split(" ")[:-1])
            return f"{ref} - {name}", name, "tx-longer"
        if kind == "customer-number":
            num = tx_cust.number
            if ll or rng.random() < 0.3:
                loc = rng.choice([f"{num} {name}", f"{num} - {name}", f"{name} ({num})",
                                  f"K{num} {name}"])
                return name, loc, "local-longer"
            return f"{num} - {name}", name, "tx-longer"
        if kind == "project-number":
            if ll or rng.random() < 0.4:
                loc = rng.choice([f"{tx_number} {name}", f"P{tx_number} {name}",
                                  f"{name} ({tx_number})", f"{tx_number} - {name}"])
                return name, loc, "local-longer"
            return f"{tx_number} {name}", name, "tx-longer"
        if kind == "year":
            if not qual or not qual[:4].isdigit():
                return None
            if "/" in qual:
                a, b = qual.split("/")
                short = rng.choice([f"{a[2:]}/{b[2:]}", f"{a[2:]}-{b[2:]}", f"{a}-{b[2:]}"])
                long_ = rng.choice([qual, f"{a}-{b}"])
            else:
                short = rng.choice([qual[2:], qual[2:], f"'{qual[2:]}", f"-{qual[2:]}"])
                long_ = qual
            if short.startswith("-"):
                s, lg = f"{base}{short}", self.pname(base, long_)
            else:
                s, lg = self.pname(base, short), self.pname(base, long_)
            return (s, lg, d) if ll else (lg, s, d)
        if kind == "abbrev":
            # acronyms ("PL", "RA") are what consultants type, not what Tripletex has
            ab = self.abbrev(name, nd.PROJECT_ABBREV, acronyms=not ll)
            return None if ab is None else (ab, name, d) if ll else (name, ab, d)
        if kind == "compound":
            sp = self.split_compound(name, nd.PROJECT_COMPOUNDS)
            return None if sp is None else (name, sp, d) if ll else (sp, name, d)
        if kind == "word-more":
            if rng.random() < 0.5:
                head = rng.choice(nd.PROJECT_MORE_HEAD)
                low = name[:2].istitle() and rng.random() < 0.5
                more = f"{head} {name[0].lower() + name[1:] if low else name}"
            else:
                more = f"{name} {rng.choice(nd.PROJECT_MORE_TAIL)}"
            return (name, more, d) if ll else (more, name, d)
        if kind == "order":
            if qual and qual[:4].isdigit():
                other = f"{qual} {base}"
            elif base in nd.PROJECT_ORDER and not qual:
                other = nd.PROJECT_ORDER[base]
            else:
                return None
            return (name, other, "local-longer" if ll else "tx-longer") if ll else \
                (other, name, "tx-longer")
        if kind == "typo":
            in_local = rng.random() < 0.8
            t = self.typo(base, None, 2 if rng.random() < 0.1 else 1)
            if t is None:
                return None
            t = self.pname(t, qual)
            return (name, t, "in-local") if in_local else (t, name, "in-tx")
        if kind == "letters":
            lt = self.letters(name)
            return None if lt is None else (name, lt, "in-local")
        raise ValueError(kind)

    def customer_ref(self, loc_cust: Rec) -> str:
        """How a consultant writes the customer into a project name."""
        co = self.co[("local", loc_cust.id)]
        name = loc_cust.name
        form = normalize_name(name).legal_form
        if form:
            name = " ".join(name.split(" ")[:-1])
        r = self.rng.random()
        if r < 0.4 or not co.key:
            return name
        if co.cat == "brl" and r < 0.8:
            return f"{co.key} BRL"
        if co.real and co.shorts:
            return co.shorts[0]
        return co.key if co.cat in ("st", "ft", "brl", "it", "real") and len(co.key) > 3 else name

    def project_pair(self, base: str, qual: str | None, tx_cust: Rec, loc_cust: Rec,
                     taken: dict[str, set[str]], kinds: dict[str, float] | None = None,
                     parents: tuple[Rec, Rec] | None = None) -> tuple[Rec, Rec] | None:
        """A project (or a sub-project under parents = (tx main, local main)) on both sides."""
        rng = self.rng
        weights = dict(kinds or self.pkinds)
        for _ in range(10):
            kind = _pick(rng, weights)
            number = self.proj_number()
            if kind == "parent-name":
                assert parents
                pname = parents[1].name
                name = self.pname(base, qual)
                v: tuple[str, str, str] | None
                if rng.random() < 0.75:
                    v = (name, f"{pname} – {name}", "local-longer")
                else:
                    v = (f"{parents[0].name} - {name}", name, "tx-longer")
            else:
                v = self.project_variant(kind, base, qual, tx_cust, loc_cust, number)
            if v is None:
                weights[kind] = 0
                self.proj_numbers.insert(0, int(number))
                continue
            tx_name, loc_name, d = v
            nt, nl = _norm(tx_name), _norm(loc_name)
            if nt in taken["tx"] or nl in taken["local"] or nt in taken["local"] and nt != nl \
                    or nl in taken["tx"] and nt != nl:
                weights[kind] = 0
                self.proj_numbers.insert(0, int(number))
                continue
            if kind not in ("same", "case", "letters") and nt == nl:
                weights[kind] = 0
                self.proj_numbers.insert(0, int(number))
                continue
            taken["tx"].add(nt)
            taken["local"].add(nl)
            self.proj_numbers.insert(0, int(number))
            tx = self.add_project("tx", tx_name, tx_cust, parents[0] if parents else None)
            if kind == "project-number":  # the number written is the record's own
                tx.name = tx.name.replace(number, tx.number or number)
                loc_name = loc_name.replace(number, tx.number or number)
            loc = self.add_project("local", loc_name, loc_cust, parents[1] if parents else None)
            self.link(loc, tx, ["same" if kind == "same" else f"{kind}/{d}"])
            return tx, loc
        return None

    def projects(self) -> None:
        rng = self.rng
        budget = self.n_projects
        pairs = {k: v for (kind, k), v in self.truth.items() if kind == "customer"}
        tx_by_id = {r.id: r for r in self.tx["customer"]}
        weights = []
        for r in self.local["customer"]:
            w = rng.paretovariate(1.6)
            weights.append(w if str(r.id) in pairs else w * 0.35)
        share = [w / sum(weights) for w in weights]
        counts = [int(budget * s) for s in share]
        for i in rng.sample(range(len(counts)), budget - sum(counts)):
            counts[i] += 1
        for loc_cust, n in zip(self.local["customer"], counts, strict=True):
            tx_id = pairs.get(str(loc_cust.id))
            tx_cust = tx_by_id.get(tx_id) if tx_id is not None else None
            self.customer_projects(loc_cust, tx_cust, n)
        linked_tx = set(pairs.values())
        for r in self.tx["customer"]:
            if r.id not in linked_tx and rng.random() < 0.5:
                co = self.co[("tx", r.id)]
                for base, qual in self.concepts(co, rng.choice([1, 1, 2, 3])):
                    p = self.add_project("tx", self.pname(base, qual), r)
                    self.tag("project", p.id, "new")
        self.project_numbers()

    def customer_projects(self, loc_cust: Rec, tx_cust: Rec | None, n: int) -> None:
        rng = self.rng
        if n <= 0 and tx_cust is None:
            return
        co = self.co[("local", loc_cust.id)]
        n_sub = round(n * rng.uniform(0.0, 0.3)) if n >= 3 else 0
        n_main = n - n_sub
        extra = rng.choice([0, 0, 0, 1, 1, 2]) if tx_cust is not None else 0
        ideas = self.concepts(co, n_main + extra + 2)
        taken: dict[str, set[str]] = {"tx": set(), "local": set()}
        mains: list[tuple[Rec | None, Rec]] = []
        made = 0
        for base, qual in ideas:
            if made >= n_main:
                break
            if tx_cust is not None and rng.random() < self.p_project_pair:
                series = qual and qual.isdigit() and rng.random() < 0.22
                sibling = qual in [a for a, _b in nd.PROJECT_PARTS] and rng.random() < 0.5
                got = self.project_pair(base, qual, tx_cust, loc_cust, taken)
                if got is None:
                    continue
                mains.append(got)
                made += 1
                if series:  # the other years of the series: new in Tripletex
                    assert qual
                    years = [int(qual) - 1] + ([int(qual) + 1] if rng.random() < 0.4 else [])
                    for y in [y for y in years if y < 2027]:
                        name = self.pname(base, str(y))
                        if _norm(name) in taken["tx"] | taken["local"]:
                            continue
                        taken["tx"].add(_norm(name))
                        p = self.add_project("tx", name, tx_cust)
                        self.tag("project", p.id, "trap/other-year")
                        self.resembles[("project", int(p.id))] = str(got[1].id)
                if sibling:
                    other = dict(nd.PROJECT_PARTS)[qual]
                    name = self.pname(base, other)
                    if _norm(name) not in taken["tx"] | taken["local"]:
                        taken["tx"].add(_norm(name))
                        p = self.add_project("tx", name, tx_cust)
                        self.tag("project", p.id, "trap/other-part")
                        self.resembles[("project", int(p.id))] = str(got[1].id)
            else:
                name = self.pname(base, qual)
                if rng.random() < 0.15:
                    name = f"{name} ({rng.choice(['intern', 'tilbud', 'garanti', 'ikke fakturer'])})"
                if _norm(name) in taken["local"]:
                    continue
                taken["local"].add(_norm(name))
                p = self.add_project("local", name, loc_cust)
                self.tag("project", p.id, "local-only")
                mains.append((None, p))
                made += 1
        if tx_cust is not None:
            for base, qual in ideas[made:made + extra]:
                name = self.pname(base, qual)
                if _norm(name) in taken["tx"] | taken["local"]:
                    continue
                taken["tx"].add(_norm(name))
                p = self.add_project("tx", name, tx_cust)
                self.tag("project", p.id, "new")
        # sub-projects under main projects, same side
        left = n - made
        rng.shuffle(mains)
        for tx_main, loc_main in mains:
            if left <= 0:
                break
            k = min(left, rng.choice([1, 2, 2, 3, 4]))
            subs = [x for x in rng.sample(nd.SUB_NAMES, k + 1)
                    if _norm(x) not in _norm(loc_main.name)][:k]
            staken: dict[str, set[str]] = {"tx": set(), "local": set()}
            for s in subs:
                if tx_main is not None and rng.random() < 0.8:
                    got = self.project_pair(s, None, tx_cust, loc_cust, staken,  # type: ignore
                                            SUB_KINDS, (tx_main, loc_main))
                    if got is None:
                        continue
                else:
                    staken["local"].add(_norm(s))
                    p = self.add_project("local", s, loc_cust, loc_main)
                    self.tag("project", p.id, "local-only")
                left -= 1
            if tx_main is not None and rng.random() < 0.4:  # phases: one local, both in Tripletex
                a, b = rng.choice(nd.SUB_PAIRS)
                if left > 0 and _norm(a) not in staken["local"] | staken["tx"]:
                    got = self.project_pair(a, None, tx_cust, loc_cust, staken,  # type: ignore
                                            {"same": 1, "case": 0.2}, (tx_main, loc_main))
                    if got is not None:
                        left -= 1
                        p = self.add_project("tx", b, tx_cust, tx_main)  # type: ignore
                        self.tag("project", p.id, "trap/other-phase")
                        self.resembles[("project", int(p.id))] = str(got[1].id)
            if tx_main is not None and rng.random() < 0.3:
                s = rng.choice(nd.SUB_NAMES)
                if _norm(s) not in staken["tx"] | staken["local"]:
                    p = self.add_project("tx", s, tx_cust, tx_main)  # type: ignore
                    self.tag("project", p.id, "new")
        while left > 0:  # what is left: local-only projects
            base, qual = rng.choice(self.concepts(co, 3))
            name = f"{self.pname(base, qual)} ({rng.choice(['intern', 'gammel', 'arkiv', '2019'])})"
            if _norm(name) in taken["local"]:
                name = f"{name} {left}"
            taken["local"].add(_norm(name))
            p = self.add_project("local", name, loc_cust)
            self.tag("project", p.id, "local-only")
            left -= 1

    def project_numbers(self) -> None:
        rng = self.rng
        tx_by_id = {r.id: r for r in self.tx["project"]}
        own = 0
        for r in self.local["project"]:
            tx_id = self.truth.get(("project", str(r.id)))
            x = rng.random()
            if tx_id is not None and x < self.p_pnum_copy:
                r.number = tx_by_id[tx_id].number
            elif x < self.p_pnum_copy + self.p_pnum_own:
                own += 1
                r.number = rng.choice([f"{rng.choice([23, 24, 25])}-{own:03d}", f"P{own}"])

    # ---- the whole set ------------------------------------------------------------------------

    def build(self) -> DataSet:
        self.customers()
        self.customer_numbers_and_orgs()
        self.projects()
        for side in (self.local, self.tx):
            for kind in ("customer", "project"):
                side[kind].sort(key=lambda r: (int(str(r.id).split("-")[-1])))
        return DataSet(self.seed, self.local, self.tx, self.truth, self.tags, self.resembles)


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    """The data set of one seed (see the module docstring)."""
    return Gen(seed, customers, projects).build()
