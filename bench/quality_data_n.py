"""A fourteenth data set for `bench/matching_quality.py --data n`, written blind (without reading
the matcher, the other generators or their name lists): an interpreting and translation agency
(tolke- og oversettelsesbyrå) that also runs language and professional courses, with offices in
Oslo, Bergen, Stavanger, Tromsø and Kristiansand. The coordinators typed the time tracker; the
accountants keep Tripletex, often with Brønnøysund's names (capitals, legal forms).

Customers (the lists are in `bench/quality_names_n.py`), by weight among the pairs: municipal
refugee services, adult education, introduction programmes, child welfare, health stations,
learning centres, Oslo's districts and agencies (13); companies that order translations and
courses — real groups typed by brand or former name, Norwegian subsidiaries beside the parent,
English-named export and shipping firms, small firms of Norwegian or immigrant owners (11); GP
and dental practices by place, street, chain or the doctor's name (8); health trusts, their
hospitals, departments and DPSs (7); law firms, real and by surname (7); associations and
foundations — Røde Kors and Norsk Folkehjelp branches, Kirkens Bymisjon, crisis centres,
immigrant associations, volunteer centres (7); police districts, their stations and the national
units (6); courts with the names before the 2021 reform, lagmannsretter, forliksråd (6); schools
and universities (6); congregations, church councils, dioceses, Catholic parishes (6); the
correctional service, its regions and prisons (5); NAV offices (5); private persons (5); UDI,
UNE, IMDi and reception centres (4); Bufdir/Bufetat, family counselling, county governors and
counties (4). Local-only customers lean to persons, associations, small firms and a few internal
records ("Internt", "Rekruttering tolker"); Tripletex's new customers to persons, firms and law
firms. Sizes beyond the lists draw more generated practices, firms, associations and persons.

Proportions (measured over seeds 1-8 at the default size): about 70 % of the local customers
have a Tripletex counterpart, the rest are local-only; Tripletex has 0.6-0.9 x the local count
of customers new to the time tracker, plus traps (7-11 % of the local count). Each pair is
tagged "kind/side" (the side that carries the variant): spelt alike 21 %; typo 10 %; case
(mostly Tripletex in capitals) 10 %; abbreviation (pd., tr., lmr., Adv.firma, komm., v.g.s.,
Stift., avd., friomsorgskt., St./Sankt, Dr./Doktor) 8 %; a word more or less ("Politiet Vest",
"Den norske kirke, X menighet", "(privat)", menighet/menighetsråd) 8 %; "v/" contact person or
guardian (verge) 6 %; legal form dropped, added or changed (AS/ASA/DA/ANS/ENK/SA/HF/Stiftelsen)
5 %; word order 4 %; former name (police districts 2016, tingretter 2021, municipalities 2020,
Fylkesmannen -> Statsforvalteren, HiOA -> OsloMet, Statoil, Marine Harvest, BKK, NSB, DNV GL)
3.5 %; acronym (UDI, IMDi, UNE, PST, KDI, Bufdir, OUS, UNN, SUS, HUS, SSHF, UiB, UiO, UiT,
OsloMet, NTNU) 3 %; another name of the same body (Haukeland for Helse Bergen, "X sokn",
"Kirkevergen i X", a brand for the legal name) 3 %; the unit or department written in ("Helse
Bergen HF, Kvinneklinikken", "Oslo kommune, Bydel Grorud, barneverntjeneste", "Agder tingrett,
avd. Mandal") 3 %; æ/ø/å as ae/oe/aa or o/a and diacritics dropped 2.5 %; punctuation 1.5 %;
compounds split or joined 1.5 %; and, rarer, English names, transliterations of persons' names
(Mohamed/Maxamed, Olena/Elena, Shevchenko/Sjevtsjenko, Al-Hassan/Alhassan), "&"/"og",
Norge/Norway and nynorsk/bokmål. About 5 % of the pairs also have Tripletex in capitals
("+case") and 3 % a typo besides ("+typo").
Twins (about one of each kind per 100 local customers; 7 % of the pairs): one name twice in
Tripletex told apart by org number ("twin-org": "Torget legesenter" in two towns), by customer
number only ("twin-number": two private persons of one name, the local record carrying the
number), twins nothing tells apart ("twin-true"), and two local customers of one name whose
Tripletex records carry the town ("twin-local").
Traps (`resembles`, about 9 per 100 local customers): new Tripletex customers that are another
body named alike — the neighbouring police district or another station, the other court of
the region or the lagmannsrett, the same surname's other lawyer or firm, the practice of the
other kind at the same place, another congregation of the town or the church council, the
municipality's other unit, the same unit next door, its bydel, another NAV office, the parent
company or a sister beside the Norwegian subsidiary, the regional health authority beside the
trust, the other region of Bufetat, IMDi or the correctional service, the county beside the
county governor, a relative of a private person.
Numbers: Tripletex's customer numbers run from 10001 (or 10000, 20001, 50001, 100001); a local
customer has Tripletex's number, its own small number or none, the mix varying per seed. Org
numbers are mod-11 valid; Tripletex has one for about 72 % of its customers (persons none;
units of one body often share the body's: police stations, hospital departments and DPSs,
municipal units and schools, prisons of a region, IMDi's and Bufetat's regions); the
coordinators typed one for about 17 % of the local customers, as "974760673", "974 760 673",
"NO974760673MVA", "NO 974 760 673 MVA" or "974760673 MVA", about one in eighteen mistyped so
that the check digit fails ("+org-typo").
Projects: under their customer on both sides; about 75 % of the local projects have a
counterpart (86 % of those under a paired customer), those under local-only customers none;
Tripletex has about twice as many projects (extra ones under paired customers, the new
customers' projects), and about 40 project traps per seed under the same customer (next year's
assignment or course, the other level A1/A2/B1, the next term or quarter, the next framework
period or the other service, the next case number, the other modality). Interpreting
assignments, framework agreements, courses and translations ("Tolking Q3 2025", "Rammeavtale
tolk 2024-2026", "Norskkurs A2 høst 2025", "Samfunnskunnskap tigrinja vår 2026", "Tolk avhør
anm.nr. 15234567", "Tolking hovedforhandling 24-123456MED-OTIR/05", "Oversettelse årsrapport
2024", "Statsautorisert oversettelse vitnemål"); project pairs: alike 42 %, typo 11 %, year
forms ("høst 2025", "H25", "høsten 2025", "2024-26", "3. kvartal 2025", "Q3-25") 7.5 %, case 7 %,
abbreviation 6.5 %, the customer's name written in 6 %, a word more 5.5 %, word order 4 %,
Tripletex's project number written in 3 %, compounds, synonyms (oversettelse/oversetting,
fremmøte/frammøte, tolking/tolkeoppdrag), a sub-project with its main project's name, language
spellings (tigrinja/tigrinya). About one local project in seven is a level-2 sub-project (a
framework agreement's modalities or languages, a course's groups or modules, a translation's
languages, an interpreting year's languages).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from bench import quality_names_n as nn
from bench.quality_data import DataSet, Rec

# ---- weights -------------------------------------------------------------------------------

PAIR_CATS = {"municipal": 13, "company": 11, "practice": 8, "health": 7, "law": 7, "assoc": 7,
             "police": 6, "court": 6, "school": 6, "church": 6, "prison": 5, "nav": 5,
             "person": 5, "immigration": 4, "state": 4}
LOCAL_ONLY_CATS = {"person": 14, "assoc": 12, "company": 11, "practice": 10, "law": 8,
                   "church": 8, "municipal": 9, "school": 6, "health": 4, "nav": 3, "police": 2,
                   "court": 2, "prison": 2, "state": 2, "internal": 7}
NEW_CATS = {"person": 18, "company": 14, "law": 10, "practice": 10, "municipal": 10, "assoc": 9,
            "church": 6, "school": 5, "health": 5, "nav": 4, "police": 2, "court": 3,
            "prison": 2, "immigration": 1, "state": 2}
# (kinds only some names have — a former name, an acronym, another name, a transliteration —
# weigh more: where one exists, people use it often)
CUSTOMER_KINDS = {"same": 11, "case": 5, "typo": 5, "abbrev": 9, "acronym": 20, "word-more": 6,
                  "legal-form": 8, "unit": 12, "punct": 4, "letters": 4, "order": 5, "contact": 3,
                  "former": 25, "alias": 8, "norge": 8, "english": 6, "and": 4, "compound": 4,
                  "translit": 15, "nynorsk": 10}
# the probability that the local record carries the variant (else Tripletex does)
LOCAL_SIDE = {"case": 0.2, "typo": 0.75, "abbrev": 0.75, "acronym": 0.6, "word-more": 0.5,
              "legal-form": 0.55, "unit": 0.75, "punct": 0.55, "letters": 0.6, "order": 0.5,
              "contact": 0.7, "former": 0.8, "alias": 0.7, "norge": 0.5, "english": 0.5,
              "and": 0.5, "compound": 0.6, "translit": 0.5, "nynorsk": 0.4}
PROJECT_KINDS = {"same": 30, "case": 5, "typo": 9, "abbrev": 7, "year": 10, "customer-name": 7,
                 "order": 5, "compound": 5, "word-more": 6, "synonym": 4, "number-in": 3,
                 "english": 2, "lang": 3, "letters": 2}
SUB_KINDS = {"same": 50, "case": 8, "typo": 10, "parent-name": 12, "abbrev": 8, "compound": 5,
             "lang": 4}

# ---- text helpers --------------------------------------------------------------------------

SUFFIX_FORMS = ("ASA", "AS", "DA", "ANS", "ENK", "SA", "HF", "RHF", "SF", "NUF", "SE", "AB",
                "Ltd", "A/S")
FORM_RE = re.compile(r"\s+(ASA|AS|DA|ANS|ENK|SA|HF|RHF|SF|NUF)$")


def nkey(name: str) -> str:
    """A rough sameness key of this generator's own (not the matcher's): two records of
    different organisations must never share it."""
    s = name.lower().replace("&", " og ")
    s = s.replace("æ", "a").replace("ø", "o").replace("å", "a")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("ł", "l").replace("đ", "d")
    words = re.sub(r"[^a-z0-9]+", " ", s).split()
    drop = {"as", "asa", "da", "ans", "enk", "sa", "hf", "rhf", "sf", "nuf", "stiftelsen"}
    s = "".join(w for w in words if w not in drop)
    return s.replace("ae", "a").replace("oe", "o").replace("aa", "a")


KEYS = ("qwertyuiopå", "asdfghjkløæ", "zxcvbnm")


def _near(c: str, rng: random.Random) -> str:
    for row in KEYS:
        i = row.find(c.lower())
        if i >= 0:
            opts = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            out = rng.choice(opts)
            return out.upper() if c.isupper() else out
    return c


def typo(rng: random.Random, name: str) -> str | None:
    words = name.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return None
    for _ in range(6):
        i = rng.choice(idx)
        w = words[i]
        p = rng.randrange(1, len(w) - 1)
        op = rng.choice(("swap", "drop", "double", "near", "near"))
        if op == "swap":
            new = w[:p] + w[p + 1] + w[p] + w[p + 2:]
        elif op == "drop":
            new = w[:p] + w[p + 1:]
        elif op == "double":
            new = w[:p] + w[p] + w[p:]
        else:
            new = w[:p] + _near(w[p], rng) + w[p + 1:]
        if new != w:
            return " ".join(words[:i] + [new] + words[i + 1:])
    return None


def upper(name: str) -> str:
    return name.upper()


def letters(rng: random.Random, name: str) -> str | None:
    if rng.random() < 0.6:
        table = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
    else:
        table = {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"}
    out = "".join(table.get(c, c) for c in name)
    out = out.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    out = "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))
    out = unicodedata.normalize("NFC", out)
    return out if out != name else None


def punct(rng: random.Random, name: str) -> str | None:
    cands = []
    if ", " in name:
        cands += [name.replace(", ", " - "), name.replace(", ", " "), name.replace(", ", " – ")]
    if " – " in name or " - " in name:
        cands += [name.replace(" – ", ", ").replace(" - ", ", "),
                  name.replace(" – ", " ").replace(" - ", " ")]
    if "." in name:
        cands.append(name.replace(". ", " ").replace(".", ""))
    if re.search(r"\w-\w", name):
        cands.append(re.sub(r"(\w)-(\w)", r"\1 \2", name))
    if "'" in name or "(" in name:
        cands.append(name.replace("'", "").replace("(", "").replace(")", ""))
    cands = [c for c in cands if c != name]
    return rng.choice(cands) if cands else None


def amp(name: str) -> str | None:
    if " og " in name:
        return name.replace(" og ", " & ", 1)
    if " & " in name:
        return name.replace(" & ", " og ", 1)
    return None


COMPOUNDS = (
    ("voksenopplæring", "voksen opplæring"), ("flyktningetjenesten", "flyktning tjenesten"),
    ("barneverntjeneste", "barnevern tjeneste"), ("legesenter", "lege senter"),
    ("legekontor", "lege kontor"), ("tannklinikk", "tann klinikk"),
    ("tannlegesenter", "tannlege senter"), ("krisesenter", "krise senter"),
    ("helsestasjon", "helse stasjon"), ("Røde Kors", "Rødekors"), ("Sør-Vest", "Sørvest"),
    ("Sør-Øst", "Sørøst"), ("Nord-Troms", "Nordtroms"), ("Øst-Finnmark", "Østfinnmark"),
    ("Vest-Finnmark", "Vestfinnmark"), ("universitetssykehus", "universitets sykehus"),
    ("universitetssjukehus", "universitets sjukehus"), ("menighetsråd", "menighets råd"),
    ("OsloMet", "Oslo Met"), ("Sjømannskirken", "Sjømanns kirken"),
    ("domkirkemenighet", "domkirke menighet"), ("fellesråd", "felles råd"),
    ("friomsorgskontor", "friomsorgs kontor"), ("Familievernkontoret", "Familievern kontoret"),
    ("Bymisjon", "By misjon"), ("Subsea 7", "Subsea7"), ("Dela Cruz", "Delacruz"),
    ("politistasjon", "politi stasjon"), ("skolesenter", "skole senter"),
    ("videregående", "videre gående"), ("Hjelpemiddelsentral", "Hjelpemiddel sentral"),
    ("Arbeidslivssenter", "Arbeidslivs senter"), ("Blue Ocean", "BlueOcean"),
    ("Midnight Sun", "Midnightsun"), ("Westcoast", "West Coast"), ("frivilligsentral",
                                                                   "frivillig sentral"),
    ("Tannlegesenter", "Tannlege senter"), ("kulturforening", "kultur forening"),
    ("kvinneforening", "kvinne forening"), ("læringssenter", "lærings senter"),
    ("Sanitetsforening", "Sanitets forening"), ("Mottaksdrift", "Mottak drift"),
)
ABBREVS = (
    (r"politidistrikt", ("pd.", "PD", "p.d.", "politidistr.")),
    (r"tingrett", ("tr.", "TR", "tingr.")),
    (r"lagmannsrett", ("lagm.rett", "lmr.")),
    (r"Advokatfirmaet", ("Adv.firma", "Advokatfa.", "Adv.firmaet")),
    (r"Advokatfirma", ("Adv.firma",)),
    (r"Advokatkontoret", ("Adv.kontoret",)),
    (r"Advokat", ("Adv.",)),
    (r"kommune", ("komm.",)),
    (r"Stiftelsen", ("Stift.",)),
    (r"videregående skole", ("v.g.s.", "vgs", "vgs.", "vg. skole")),
    (r"universitetssykehus", ("univ.sykehus",)),
    (r"universitetssjukehus", ("univ.sjukehus",)),
    (r"Universitetet", ("Univ.",)),
    (r"sykehus", ("sykeh.",)),
    (r"avdeling", ("avd.",)),
    (r"menighetsråd", ("menighetsr.",)),
    (r"menighet", ("men.", "mgh.")),
    (r"kirkelige fellesråd", ("kirkel. fellesråd",)),
    (r"[Vv]oksenopplæring(en)?", ("voksenoppl.", "VO")),
    (r"Flyktningetjenesten", ("Flyktn.tj.", "Flyktningetj.")),
    (r"Barneverntjenesten", ("Barnevernstj.", "Barneverntj.")),
    (r"Kriminalomsorgen", ("Krim.omsorgen", "Kriminalomsorg.")),
    (r"Statsforvalteren", ("Statsforv.",)),
    (r"Fylkesmannen", ("Fylkesm.",)),
    (r"Familievernkontoret", ("Familievernkt.",)),
    (r"friomsorgskontor", ("friomsorgskt.",)),
    (r"Helsestasjonen", ("Helsest.",)),
    (r"Pedagogisk-psykologisk tjeneste", ("PP-tjenesten",)),
    (r"fengsel og forvaringsanstalt", ("fengsel og forv.anstalt", "f. og f.")),
    (r"Hjelpemiddelsentral", ("Hj.middelsentral",)),
    (r"tannklinikk", ("tannkl.",)),
    (r"Management", ("Mgmt.",)),
    (r"forening", ("foren.",)),
    (r"St\.", ("Sankt",)),
    (r"Dr\.", ("Doktor",)),
    (r"Norske Kvinners Sanitetsforening", ("N.K.S.", "NKS")),
    (r"Den norske kirke", ("DnK",)),
    (r"International", ("Int.",)),
    (r"barneverntjeneste", ("bv-tjeneste", "barnevernstj.")),
    (r"legesenter", ("legesent.",)),
    (r"Integrerings- og mangfoldsdirektoratet", ("Integr.- og mangfoldsdir.",)),
    (r"kulturforening", ("kult.foren.",)),
)


def abbrev(rng: random.Random, name: str) -> str | None:
    hits = [(pat, subs) for pat, subs in ABBREVS if re.search(r"(?<!\w)" + pat + r"(?!\w)", name)]
    if not hits:
        return None
    pat, subs = rng.choice(hits)
    sub = rng.choice(subs)
    return re.sub(r"(?<!\w)" + pat + r"(?!\w)", lambda _m: sub, name, count=1)


def compound(rng: random.Random, name: str) -> str | None:
    cands = []
    for joined, split in COMPOUNDS:
        for a, b in ((joined, split), (split, joined)):
            m = re.search(re.escape(a), name, re.IGNORECASE)
            if m:
                rep = b if m.group(0)[0].islower() == b[0].islower() else (
                    b[0].upper() + b[1:] if m.group(0)[0].isupper() else b[0].lower() + b[1:])
                cands.append(name[:m.start()] + rep + name[m.end():])
    return rng.choice(cands) if cands else None


def drop_form(name: str) -> str | None:
    m = FORM_RE.search(name)
    if m:
        return name[:m.start()]
    if name.startswith("Stiftelsen "):
        return name[len("Stiftelsen "):]
    if name.startswith("AS "):
        return name[3:]
    return None


def legal_variants(ent: Ent) -> list[str]:
    name = ent.name
    out = []
    bare = drop_form(name)
    if bare:
        out += [bare, bare]
        m = FORM_RE.search(name)
        form = m.group(1) if m else None
        change = {"DA": ("AS", "ANS"), "ANS": ("AS", "DA"), "ENK": ("AS",),
                  "AS": ("DA",) if ent.cat == "law" else (), "ASA": ("AS",), "SA": ("AS",)}
        for new in change.get(form or "", ()):
            out.append(f"{bare} {new}")
        if name.startswith("AS "):
            out.append(f"{bare} AS")
    elif ent.cat in ("company", "law") or (
            ent.cat == "practice" and re.search(r"(legesenter|tannklinikk|legekontor)$", name)):
        out.append(f"{name} AS")
    if ent.stiftelse and not name.startswith("Stiftelsen"):
        out.append(f"Stiftelsen {name}")
    return [o for o in out if o != name]


# ---- org numbers ---------------------------------------------------------------------------

WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def mod11(first8: str) -> int | None:
    r = 11 - sum(int(d) * w for d, w in zip(first8, WEIGHTS, strict=True)) % 11
    return 0 if r == 11 else None if r == 10 else r


def org_valid(org: str) -> bool:
    return len(org) == 9 and org.isdigit() and mod11(org[:8]) == int(org[8])


def new_org(rng: random.Random, used: set[str]) -> str:
    while True:
        first8 = f"{rng.choice('899')}{rng.randrange(10_000_000):07d}"
        check = mod11(first8)
        if check is not None and (org := first8 + str(check)) not in used:
            used.add(org)
            return org


def mistype(rng: random.Random, org: str, used: set[str]) -> str:
    while True:
        d = list(org)
        if rng.random() < 0.5:
            i = rng.randrange(8)
            d[i], d[i + 1] = d[i + 1], d[i]
        else:
            i = rng.randrange(9)
            d[i] = str((int(d[i]) + rng.choice((1, 2, 8, 9))) % 10)
        out = "".join(d)
        if out != org and not org_valid(out) and out not in used:
            return out


def typed_org(rng: random.Random, org: str) -> str:
    r = rng.random()
    if r < 0.5:
        return org
    if r < 0.75:
        return f"{org[:3]} {org[3:6]} {org[6:]}"
    if r < 0.87:
        return f"NO{org}MVA"
    if r < 0.94:
        return f"NO {org[:3]} {org[3:6]} {org[6:]} MVA"
    return f"{org} MVA"


# ---- entities ------------------------------------------------------------------------------


@dataclass
class Ent:
    """One organisation or person: the name Tripletex would hold, other spellings people use
    for the same one, and others named alike."""

    name: str
    cat: str
    town: str = ""
    alts: list[tuple[str, str]] = field(default_factory=list)  # (kind, another spelling)
    traps: list[tuple[str, str | None]] = field(default_factory=list)  # (name, shared family)
    family: str | None = None  # units of one body share its org number
    person: bool = False
    stiftelse: bool = False  # "Stiftelsen" may be added
    proj: str = "public"
    short: str | None = None  # what a coordinator writes into a project name
    contact: str = "default"
    no_org: bool = False
    no: int = 0  # set when drawn: the owner of its names


def _gendered(origin: str, first: str, last: str) -> str:
    if origin == "polish" and first in nn.POLISH_FEMININE and last.endswith("ski"):
        return last[:-3] + "ska"
    if origin == "lithuanian" and first in nn.LITHUANIAN_FEMININE and last.endswith("as"):
        return last[:-2] + "ienė"
    return last


def _firsts(origin: str) -> tuple[str, ...]:
    return nn.NO_FIRST if origin == "norwegian" else nn.FOREIGN[origin][0]


def _person(rng: random.Random, origin: str | None = None
            ) -> tuple[str, str, list[tuple[str, str]], str]:
    """(first, surname, alts, origin) of a person, Norwegian or of immigrant background."""
    if origin is None:
        origin = "norwegian" if rng.random() < 0.3 else rng.choice(list(nn.FOREIGN))
    if origin == "norwegian":
        first, last = rng.choice(nn.NO_FIRST), rng.choice(nn.NO_SURNAMES)
        middle = rng.choice(nn.NO_MIDDLE_F if first in nn.NO_FEMALE else nn.NO_MIDDLE_M)
        alts = [("word-more", f"{first} {middle} {last}")]
        return first, last, alts, origin
    firsts, lasts, translit = nn.FOREIGN[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    last = _gendered(origin, first, last)
    alts: list[tuple[str, str]] = []
    for part, which in ((first, 0), (last, 1)):
        for other in translit.get(part, ()):
            if other != part:
                alts.append(("translit", f"{other} {last}" if which == 0 else f"{first} {other}"))
    if origin in ("somali", "arabic", "tigrinya", "persian") and rng.random() < 0.5:
        middle = rng.choice(lasts)
        if middle not in (first, last):
            alts.append(("word-more", f"{first} {middle} {last}"))
    if origin == "vietnamese":
        alts.append(("order", f"{last} {first}"))
    return first, last, alts, origin


def make_person(rng: random.Random) -> Ent:
    first, last, alts, origin = _person(rng)
    name = f"{first} {last}"
    alts += [("order", f"{last}, {first}"), ("order", f"{last} {first}"),
             ("word-more", f"{name} (privat)")]
    if rng.random() < 0.3:
        g = f"{rng.choice(nn.NO_FIRST)} {rng.choice(nn.NO_SURNAMES)}"
        alts.append(("contact", f"{name} v/ verge {g}"))
    other_first = rng.choice([f for f in _firsts(origin) if f != first])
    relative = f"{other_first} {last}"
    if origin in ("polish", "lithuanian"):  # the relative's surname in his or her gender
        stem = {v: k for k in nn.FOREIGN[origin][1] for v in (k, _gendered(origin, "Anna", k),
                                                              _gendered(origin, "Rasa", k))}
        relative = f"{other_first} {_gendered(origin, other_first, stem.get(last, last))}"
    return Ent(name, "person", alts=alts, traps=[(relative, None)], person=True,
               proj="person", no_org=True)


def pool_police(rng: random.Random) -> list[Ent]:
    out = []
    for d, (town, formers, neighbours, stations) in nn.POLICE.items():
        region = d.replace(" politidistrikt", "")
        fam = f"police:{d}"
        alts = [("former", f) for f in formers]
        alts += [("word-more", f"Politiet {region}"), ("word-more", f"Politiet, {d}"),
                 ("word-more", f"{d} (Politiet)")]
        for st in stations:
            alts += [("unit", f"{d}, {st}"), ("unit", st)]
        traps = [(n, None) for n in neighbours]
        out.append(Ent(d, "police", town, alts, traps, fam, proj="police", short=region,
                       contact="police"))
        for st in stations:
            others = [(f"{d}, {o}", fam) for o in stations if o != st]
            out.append(Ent(f"{d}, {st}", "police", town,
                           [("word-more", st), ("order", f"{st}, {d}"),
                            ("word-more", f"Politiet, {st}")], others, fam, proj="police",
                           short=st, contact="police"))
    units = list(nn.POLICE_UNITS)
    for u, (acrs, longs, subs) in nn.POLICE_UNITS.items():
        alts = [("acronym", a) for a in acrs] + [("alias", n) for n in longs]
        alts += [("unit", f"{u}, {s}") for s in subs] + [("unit", s) for s in subs]
        alts.append(("word-more", f"Politiet – {u}"))
        traps = [(o, None) for o in units if o != u and o.split()[0] == u.split()[0]]
        out.append(Ent(u, "police", "Oslo", alts, traps, f"police:{u}", proj="police",
                       short=acrs[0] if acrs else u, contact="police"))
    return out


def pool_courts(rng: random.Random) -> list[Ent]:
    out = []
    for c, (town, formers, alike) in nn.COURTS.items():
        alts = [("former", f) for f in formers]
        seats = [f.replace(" tingrett", "") for f in formers]
        for s in seats[:2]:
            alts += [("unit", f"{c}, avd. {s}"), ("unit", f"{c} (rettssted {s})")]
        alts.append(("word-more", f"Domstolene – {c}"))
        out.append(Ent(c, "court", town, alts, [(a, None) for a in alike], None, proj="court",
                       short=c, contact="court"))
    for f in nn.FORLIKSRAD:
        town = f.split()[0]
        out.append(Ent(f, "court", town, [("order", f"Forliksrådet i {town}"),
                                          ("unit", f"{town} kommune, forliksrådet")],
                       [(f"{town} tingrett", None)] if town == "Oslo" else [],
                       f"muni:{town}", proj="court", short=f))
    out.append(Ent("Domstoladministrasjonen", "court", "Trondheim",
                   [("word-more", "Domstolene i Norge, Domstoladministrasjonen"),
                    ("alias", "Domstolene i Norge"), ("abbrev", "Domstoladm.")], [], None,
                   proj="course", short="DA"))
    out.append(Ent("Høyesterett", "court", "Oslo", [("word-more", "Norges Høyesterett"),
                                                     ("english", "Supreme Court of Norway")],
                   [], None, proj="court", short="Høyesterett"))
    return out


def pool_immigration(rng: random.Random) -> list[Ent]:
    out = []
    for d in ("Utlendingsdirektoratet", "Utlendingsnemnda",
              "Integrerings- og mangfoldsdirektoratet"):
        acr, en, units, alike = nn.DIRECTORATES[d]
        alts = [("acronym", acr), ("acronym", f"{acr} – {d}")]
        if en:
            alts.append(("english", en))
        for u in units:
            alts += [("unit", f"{acr} {u}"), ("unit", f"{d}, {u}")]
        out.append(Ent(d, "immigration", "Oslo", alts, [(a, None) for a in alike],
                       f"dir:{acr}", proj="udi", short=acr))
    for r in nn.IMDI_REGIONS:
        reg = r.replace("IMDi ", "")
        out.append(Ent(r, "immigration", "", [("acronym", f"Integrerings- og mangfolds"
                                                          f"direktoratet, region {reg.lower()}"),
                                              ("word-more", f"IMDi region {reg}")],
                       [(o, "dir:IMDi") for o in nn.IMDI_REGIONS if o != r],
                       "dir:IMDi", proj="municipal", short=r))
    for m in nn.RECEPTION:
        alts = []
        if "asylmottak" in m:
            alts.append(("word-more", m.replace("asylmottak", "mottak")))
        elif " mottak" in m and "AS" not in m:
            alts.append(("word-more", m.replace(" mottak", " asylmottak")))
            alts.append(("word-more", f"{m} (statlig mottak)"))
        out.append(Ent(m, "immigration", "", alts, [], None, proj="reception", short=m))
    return out


def pool_prison(rng: random.Random) -> list[Ent]:
    out = [Ent("Kriminalomsorgsdirektoratet", "prison", "Lillestrøm",
               [("acronym", "KDI"), ("alias", "Kriminalomsorgen"),
                ("english", "The Norwegian Correctional Service")], [], "kdi", proj="prison",
               short="KDI")]
    for r in nn.PRISON_REGIONS:
        reg = r.split("region ")[1]
        out.append(Ent(r, "prison", "", [("order", f"Region {reg}, Kriminalomsorgen"),
                                         ("word-more", f"Kriminalomsorgen, region {reg}")],
                       [(o, None) for o in nn.PRISON_REGIONS if o != r][:2],
                       f"kdi:{reg}", proj="prison", short=f"KO region {reg}"))
    for table in (nn.PRISONS, nn.FRIOMSORG):
        for p, (reg, town) in table.items():
            alts = [("word-more", f"Kriminalomsorgen, {p}"),
                    ("word-more", f"Kriminalomsorgen region {reg}, {p}")]
            if " og forvaringsanstalt" in p:
                alts.append(("word-more", p.replace(" og forvaringsanstalt", "")))
            same = [o for o, (r2, t2) in {**nn.PRISONS, **nn.FRIOMSORG}.items()
                    if o != p and (t2 == town or (r2 == reg and rng.random() < 0.3))]
            out.append(Ent(p, "prison", town, alts, [(o, f"kdi:{reg}") for o in same[:3]],
                           f"kdi:{reg}", proj="prison", short=p))
    return out


def pool_health(rng: random.Random) -> list[Ent]:
    out = []
    for t, (town, acrs, aliases, en, depts, rhf) in nn.HEALTH.items():
        fam = f"hf:{t}"
        alts = [("acronym", a) for a in acrs] + [("alias", a) for a in aliases]
        if en:
            alts.append(("english", en))
        for dpt in depts:
            alts.append(("unit", f"{t}, {dpt}"))
            if acrs:
                alts.append(("unit", f"{acrs[0]} {dpt}"))
            if aliases:
                alts.append(("unit", f"{aliases[0]}, {dpt}"))
        traps = [(rhf, None)]
        if t == "Oslo universitetssykehus HF":
            traps.append(("Akershus universitetssykehus HF", None))
        if t == "Akershus universitetssykehus HF":
            traps.append(("Oslo universitetssykehus HF", None))
        out.append(Ent(t, "health", town, alts, traps, fam, proj="health",
                       short=acrs[0] if acrs else t))
        for dpt in depts:
            alts = []
            if acrs:
                alts += [("acronym", f"{acrs[0]} {dpt}"), ("acronym", f"{acrs[0]}, {dpt}")]
            if aliases:
                alts.append(("alias", f"{aliases[0]}, {dpt}"))
            alts.append(("order", f"{dpt}, {t}"))
            others = [(f"{t}, {o}", fam) for o in depts if o != dpt]
            out.append(Ent(f"{t}, {dpt}", "health", town, alts, others, fam, proj="health",
                           short=dpt))
    for r in nn.RHF:
        out.append(Ent(r, "health", "", [],
                       [(o, None) for o in nn.RHF if o != r][:1], None, proj="health", short=r))
    for d, trust in nn.DPS.items():
        full = d.replace("DPS", "distriktspsykiatriske senter").strip()
        if d.startswith("DPS "):
            full = "Distriktspsykiatrisk senter " + d[4:]
        out.append(Ent(d, "health", nn.HEALTH[trust][0],
                       [("abbrev", full), ("unit", f"{trust}, {d}")],
                       [(o, f"hf:{trust}") for o, t2 in nn.DPS.items() if t2 == trust and o != d],
                       f"hf:{trust}", proj="health", short=d))
    return out


def pool_practice(rng: random.Random, n: int) -> list[Ent]:
    out = []
    for _ in range(n):
        town = rng.choice(nn.OFFICES)
        area = rng.choice(nn.AREAS[town])
        r = rng.random()
        if r < 0.25:
            name = f"{area} legesenter" + (" AS" if rng.random() < 0.4 else "")
            alts = [("order", f"Legesenteret {area}"), ("word-more", f"{area} legesenter, {town}")]
            traps = [(f"{area} tannklinikk", None), (f"{area} fysioterapi", None)]
        elif r < 0.35:
            street = rng.choice(nn.STREETS[town])
            name = f"{street} legekontor"
            alts = [("order", f"Legekontoret i {street}"), ("word-more", f"{street} legekontor DA")]
            traps = [(f"{street} tannlegesenter", None)]
        elif r < 0.55:
            first, last, _a, origin = _person(rng)
            pick = rng.random()
            if pick < 0.4:
                name = f"Dr. {last} legekontor"
                alts = [("order", f"Legekontoret dr. {last}"),
                        ("alias", f"Lege {first} {last}"), ("word-more", f"Dr. {first} {last} legekontor")]
            elif pick < 0.7:
                name = f"Lege {first} {last}"
                alts = [("word-more", f"Legekontoret {first} {last}"),
                        ("legal-form", f"Lege {first} {last} ENK"),
                        ("order", f"{last}, {first} (lege)")]
            else:
                name = f"{last} Legekontor AS"
                alts = [("alias", f"Dr. {last} legekontor"), ("contact",
                                                              f"{last} Legekontor v/ {first} {last}")]
            traps = [(f"Tannlege {rng.choice(_firsts(origin))} {last}", None)]
        elif r < 0.75:
            name = f"{area} tannklinikk" + (" AS" if rng.random() < 0.5 else "")
            alts = [("order", f"Tannklinikken {area}"), ("word-more", f"{area} tannklinikk, {town}")]
            traps = [(f"{area} legesenter", None)]
        elif r < 0.88:
            first, last, _a, origin = _person(rng)
            name = f"Tannlege {first} {last}"
            alts = [("legal-form", f"Tannlege {first} {last} ENK"),
                    ("order", f"{last}, {first} (tannlege)"),
                    ("word-more", f"Tannlegekontoret {first} {last}")]
            traps = [(f"Tannlege {rng.choice([f for f in _firsts(origin) if f != first])} "
                      f"{last}", None)]
        else:
            chain = rng.choice(nn.DENTAL_CHAINS)
            name = f"{chain} {area}"
            alts = [("word-more", f"{chain} AS, avd. {area}"), ("word-more", f"{chain} {area} AS")]
            other = rng.choice([a for a in nn.AREAS[town] if a != area])
            traps = [(f"{chain} {other}", None)]
        out.append(Ent(name, "practice", town, alts, traps, None, proj="health", short=None,
                       contact="gp"))
    return out


def pool_municipal(rng: random.Random) -> list[Ent]:
    out = []
    units = list(nn.MUNI_UNITS)
    for k, formers in nn.MUNICIPALITIES.items():
        fam = f"muni:{k}"
        my_units = rng.sample(units, 5)
        nyn = k in nn.NYNORSK_MUNIS

        def uname(u: str, nyn: bool = nyn) -> str:
            return nn.NYNORSK_UNITS.get(u, u) if nyn else u
        alts = [("former", f"{f} kommune") for f in formers]
        alts += [("unit", f"{k} kommune, {uname(u)}") for u in my_units[:2]]
        alts.append(("english", f"{k} Municipality"))
        if k != "Oslo":
            out.append(Ent(f"{k} kommune", "municipal", k, alts,
                           [(f"{k} kommune, {uname(u)}", fam) for u in my_units[2:4]], fam,
                           proj="municipal", short=k))
        else:
            out.append(Ent("Oslo kommune", "municipal", k, alts,
                           [(f"Oslo kommune, Bydel {b}", None)
                            for b in rng.sample(nn.OSLO_BYDELER, 2)], fam,
                           proj="municipal", short="Oslo"))
            continue
        for u in my_units:
            un = uname(u)
            alts = [("order", f"{un}, {k} kommune"), ("order", f"{un} i {k}")]
            alts += [("word-more", f"{k} {s}") for s in nn.MUNI_UNITS[u]]
            alts += [("former", f"{f} kommune, {un}") for f in formers]
            if nyn and u in nn.NYNORSK_UNITS:
                alts.append(("nynorsk", f"{k} kommune, {u}"))
            traps = [(f"{k} kommune, {uname(o)}", fam) for o in my_units if o != u][:2]
            neigh = [m for m in nn.MUNICIPALITIES if m != k and m != "Oslo"]
            traps.append((f"{rng.choice(neigh)} kommune, {uname(u, False)}", None))
            out.append(Ent(f"{k} kommune, {un}", "municipal", k, alts, traps, fam,
                           proj="municipal", short=f"{k} {nn.MUNI_UNITS[u][0]}"))
    for b in nn.OSLO_BYDELER:
        fam = f"bydel:{b}"
        us = rng.sample(nn.BYDEL_UNITS, 2)
        others = [o for o in nn.OSLO_BYDELER if o != b]
        alts = [("word-more", f"Bydel {b}"), ("order", f"Bydel {b}, Oslo kommune")]
        alts += [("unit", f"Oslo kommune, Bydel {b}, {u}") for u in us]
        out.append(Ent(f"Oslo kommune, Bydel {b}", "municipal", "Oslo", alts,
                       [(f"Oslo kommune, Bydel {rng.choice(others)}", None),
                        ("Oslo kommune", None)], fam, proj="municipal", short=f"Bydel {b}"))
        for u in us:
            out.append(Ent(f"Bydel {b} {u}", "municipal", "Oslo",
                           [("word-more", f"Oslo kommune, Bydel {b}, {u}"),
                            ("order", f"{u.capitalize()}, bydel {b}"),
                            ("order", f"{u.capitalize()} i bydel {b}")],
                           [(f"Bydel {o} {u}", None) for o in rng.sample(others, 2)], fam,
                           proj="municipal", short=f"Bydel {b}"))
    for a in nn.OSLO_AGENCIES:
        out.append(Ent(f"Oslo kommune, {a}", "municipal", "Oslo",
                       [("word-more", a), ("order", f"{a}, Oslo kommune"),
                        ("order", f"{a} i Oslo kommune")],
                       [(f"Oslo kommune, {o}", None) for o in nn.OSLO_AGENCIES if o != a][:2],
                       f"oslo:{a}", proj="municipal", short=a))
    for v in nn.OSLO_VO:
        site = v.replace("Oslo voksenopplæring ", "")
        out.append(Ent(v, "municipal", "Oslo",
                       [("unit", f"Oslo kommune, Utdanningsetaten, {v}"),
                        ("abbrev", f"Oslo VO {site}"), ("order", f"{site} voksenopplæring")],
                       [(o, "oslo:Utdanningsetaten") for o in nn.OSLO_VO if o != v][:2],
                       "oslo:Utdanningsetaten", proj="course", short=f"Oslo VO {site}"))
    for k, c in nn.LEARNING_CENTRES.items():
        out.append(Ent(c, "municipal", k, [("unit", f"{k} kommune, {c}"),
                                           ("word-more", f"{c}, {k}")], [], f"muni:{k}",
                       proj="course", short=c))
    for t in nn.OFFICES:
        others = [o for o in nn.OFFICES if o != t]
        out.append(Ent(f"{t} legevakt", "municipal", t,
                       [("unit", f"{t} kommune, legevakten"), ("order", f"Legevakten i {t}")],
                       [(f"{rng.choice(others)} legevakt", None)], f"muni:{t}", proj="health",
                       short=f"{t} legevakt"))
    return out


def pool_nav(rng: random.Random, style: str) -> list[Ent]:
    out = []
    for town, offices in nn.NAV_OFFICES.items():
        for o in offices:
            name = f"{style} {o}"
            other = [x for x in offices if x != o]
            alike = sorted(other, key=lambda x: (x[0] != o[0], rng.random()))[:2]
            muni = f"{o} kommune" if o in nn.MUNICIPALITIES else (
                f"Oslo kommune, Bydel {o}" if town == "Oslo" else f"{town} kommune")
            alts = [("word-more", f"{style}-kontoret {o}"), ("word-more", f"{style} {o}, {muni}"),
                    ("alias", f"Arbeids- og velferdsetaten, {style} {o}"),
                    ("punct", f"{style} - {o}")]
            out.append(Ent(name, "nav", town, alts, [(f"{style} {x}", None) for x in alike], None,
                           proj="nav", short=name))
    for s in nn.NAV_SPECIAL:
        s = s.replace("NAV", style)
        out.append(Ent(s, "nav", "", [("alias", f"Arbeids- og velferdsetaten, {s}")], [], None,
                       proj="nav", short=s))
    return out


def pool_state(rng: random.Random) -> list[Ent]:
    acr, en, _u, _a = nn.DIRECTORATES["Barne-, ungdoms- og familiedirektoratet"]
    out = [Ent("Barne-, ungdoms- og familiedirektoratet", "state", "Oslo",
               [("acronym", acr), ("english", en or "")], [], "bufdir", proj="course",
               short="Bufdir")]
    for r in nn.BUFETAT_REGIONS:
        reg = r.split("region ")[1]
        out.append(Ent(r, "state", "",
                       [("acronym", f"Barne-, ungdoms- og familieetaten, region {reg}"),
                        ("word-more", f"Bufetat {reg}")],
                       [(o, "bufdir") for o in nn.BUFETAT_REGIONS if o != r][:2], "bufdir",
                       proj="municipal", short=f"Bufetat {reg}"))
    for f in nn.FAMILIEVERN:
        place = f.replace("Familievernkontoret ", "").replace("i ", "")
        out.append(Ent(f, "state", "", [("word-more", f"{f} (Bufetat)"),
                                        ("order", f"{place} familievernkontor")],
                       [(o, "bufdir") for o in nn.FAMILIEVERN if o != f and
                        o.split()[1][:3] == f.split()[1][:3]], "bufdir", proj="municipal",
                       short=f))
    for c, formers in nn.COUNTIES.items():
        county = c.replace(" fylkeskommune", "")
        sf = next((s for s in nn.STATSFORVALTER if county in s), None)
        out.append(Ent(c, "state", "", [("former", f) for f in formers] +
                       [("word-more", f"{county} fylke")], [(sf, None)] if sf else [], None,
                       proj="course", short=c))
    for s, formers in nn.STATSFORVALTER.items():
        county = s.replace("Statsforvalteren i ", "")
        fk = f"{county} fylkeskommune"
        out.append(Ent(s, "state", "", [("former", f) for f in formers] +
                       [("unit", f"{s}, {d}") for d in rng.sample(nn.SF_UNITS, 2)],
                       [(fk, None)] if fk in nn.COUNTIES else [], None, proj="course", short=s))
    return out


def pool_school(rng: random.Random) -> list[Ent]:
    out = []
    traps_uni = {"Universitetet i Oslo": ("OsloMet – storbyuniversitetet",),
                 "Universitetet i Bergen": ("Høgskulen på Vestlandet", "Norges Handelshøyskole"),
                 "Universitetet i Stavanger": ("Universitetet i Sørøst-Norge",),
                 "Universitetet i Agder": ("Universitetet i Sørøst-Norge",),
                 "UiT Norges arktiske universitet": ("Nord universitet",),
                 "OsloMet – storbyuniversitetet": ("Universitetet i Oslo",)}
    for u, (town, acr, en, formers, units) in nn.UNIVERSITIES.items():
        alts = [("english", en)] + [("former", f) for f in formers]
        if acr:
            alts.append(("acronym", acr))
        for un in units:
            alts.append(("unit", f"{acr or u}, {un}"))
            alts.append(("unit", f"{u}, {un}"))
        if u.startswith("OsloMet"):
            alts += [("word-more", "OsloMet storbyuniversitetet"), ("acronym", "OsloMet")]
        if u.startswith("UiT"):
            alts += [("punct", "UiT - Norges arktiske universitet"),
                     ("word-more", "UiT Norges arktiske universitet, Tromsø")]
        out.append(Ent(u, "school", town, alts, [(t, None) for t in traps_uni.get(u, ())],
                       f"uni:{u}", proj="uni", short=acr or u))
    schools_by_place = {s.split()[0]: s for s in nn.SCHOOLS}
    for v, town in nn.VGS.items():
        alts = []
        if v == "Oslo katedralskole":
            alts.append(("alias", "Katta"))
        if v == "Bergen katedralskole":
            alts.append(("alias", "Katten"))
        county = {"Oslo": "Oslo kommune", "Bergen": "Vestland fylkeskommune",
                  "Stavanger": "Rogaland fylkeskommune", "Tromsø": "Troms fylkeskommune",
                  "Kristiansand": "Agder fylkeskommune"}[town]
        alts.append(("unit", f"{county}, {v}"))
        place = v.split()[0]
        traps = [(schools_by_place[place], None)] if place in schools_by_place else []
        out.append(Ent(v, "school", town, alts, traps, None, proj="school", short=v))
    vgs_by_place = {v.split()[0]: v for v in nn.VGS if "videregående" in v}
    for s, town in nn.SCHOOLS.items():
        alts = [("unit", f"{town} kommune, {s}"), ("word-more", f"{s}, {town}")]
        if s.endswith(" skule"):
            alts.append(("nynorsk", s.replace(" skule", " skole")))
        place = s.split()[0]
        traps = [(vgs_by_place[place], None)] if place in vgs_by_place else []
        out.append(Ent(s, "school", town, alts, traps, f"muni:{town}", proj="school", short=s))
    return out


def pool_church(rng: random.Random) -> list[Ent]:
    out = []
    for town, parishes in nn.PARISHES.items():
        for p in parishes:
            base = f"{p} menighetsråd" if rng.random() < 0.35 else f"{p} menighet"
            other = f"{p} menighet" if base.endswith("råd") else f"{p} menighetsråd"
            alts = [("word-more", other), ("alias", f"{p} sokn"),
                    ("word-more", f"Den norske kirke, {p} menighet"),
                    ("word-more", f"{p} menighet, Den norske kirke")]
            if not p.endswith("kirken"):
                alts.append(("alias", f"{p} kirke"))
            same = [q for q in parishes if q != p]
            alike = sorted(same, key=lambda q: (q[:3] != p[:3], rng.random()))[:2]
            traps = [(f"{q} menighet", None) for q in alike] + [(nn.FELLESRAD[town], None)]
            out.append(Ent(base, "church", town, alts, traps, None, proj="church",
                           short=f"{p} menighet", contact="church"))
        cat = nn.CATHEDRALS[town]
        out.append(Ent(cat, "church", town,
                       [("alias", f"{town} domkirke" if town != "Oslo" else "Oslo domkirke"),
                        ("word-more", f"Den norske kirke, {cat}")],
                       [(nn.FELLESRAD[town], None)], None, proj="church", short=cat,
                       contact="church"))
        fr = nn.FELLESRAD[town]
        flip = (f"Kirkelig fellesråd i {town}" if fr.startswith(town)
                else f"{town} kirkelige fellesråd")
        out.append(Ent(fr, "church", town,
                       [("order", flip), ("alias", f"Kirkevergen i {town}"),
                        ("alias", f"Den norske kirke i {town}")],
                       [(nn.CATHEDRALS[town], None)], None, proj="church", short=fr,
                       contact="church"))
    for d in nn.DIOCESES:
        bare = d.replace("bispedømmeråd", "bispedømme")
        traps = [("Oslo katolske bispedømme", None)] if d.startswith("Oslo") else []
        out.append(Ent(d, "church", "", [("word-more", bare),
                                         ("word-more", f"Den norske kirke, {bare}")], traps,
                       None, proj="church", short=bare))
    for c, town in nn.CATHOLIC.items():
        traps = [(o, "okb") for o in nn.CATHOLIC if o != c][:1]
        if c.startswith("St. Olav"):
            traps.append(("Domkirken menighet", None))
        if c.startswith("St. Svithun"):
            traps.append(("St. Svithun videregående skole", None))
        out.append(Ent(c, "church", town,
                       [("word-more", f"{c}, {town}"),
                        ("word-more", f"{c} (Den katolske kirke)"),
                        ("alias", c.replace(" menighet", " katolske menighet"))],
                       traps, "okb", proj="church", short=c, contact="church"))
    other_alts = {"Oslo katolske bispedømme": [("acronym", "OKB")],
                  "Sjømannskirken – Norsk kirke i utlandet": [("word-more", "Sjømannskirken"),
                                                              ("english",
                                                               "Norwegian Church Abroad")],
                  "Islamsk Råd Norge": [("acronym", "IRN"),
                                        ("english", "Islamic Council of Norway")],
                  "Det Islamske Forbundet i Norge": [("alias", "Rabita"),
                                                     ("word-more", "Det Islamske Forbundet")],
                  "Islamic Cultural Centre Norway": [("acronym", "ICC Norway")],
                  "Den ortodokse kirke i Norge": [("word-more", "Ortodokse kirke i Norge")]}
    for o in nn.OTHER_FAITH:
        out.append(Ent(o, "church", "Oslo", other_alts.get(o, []), [], "okb"
                       if o.startswith("Oslo katolske") else None, proj="church", short=o))
    return out


def pool_assoc(rng: random.Random, n_gen: int) -> list[Ent]:
    out = []
    for o, (acr, en, _branches) in nn.ORGANISATIONS.items():
        alts = []
        if acr:
            alts.append(("acronym", acr))
        if en:
            alts.append(("english", en))
        traps = [("Oslo Røde Kors", None)] if o == "Norges Røde Kors" else []
        out.append(Ent(o, "assoc", "Oslo", alts, traps, None, proj="assoc", short=acr or o,
                       stiftelse=o in ("Kirkens SOS", "Antirasistisk Senter")))
    for town in nn.OFFICES:
        others = [t for t in nn.OFFICES if t != town]
        out.append(Ent(f"{town} Røde Kors", "assoc", town,
                       [("order", f"Røde Kors {town}"),
                        ("unit", f"{town} Røde Kors, Flyktningguiden"),
                        ("unit", f"{town} Røde Kors, Leksehjelpen")],
                       [(f"{rng.choice(others)} Røde Kors", None),
                        (f"{town} Røde Kors Hjelpekorps", None), ("Norges Røde Kors", None)],
                       None, proj="assoc", short=f"{town} RK"))
        out.append(Ent(f"Norsk Folkehjelp {town}", "assoc", town,
                       [("order", f"{town} Norsk Folkehjelp")],
                       [("Norsk Folkehjelp", None)], None, proj="assoc"))
        bm = nn.BYMISJON[town]
        out.append(Ent(bm, "assoc", town,
                       [("alias", f"Bymisjonen i {town}"),
                        ("order", bm.replace("Stiftelsen ", "").replace(" Bymisjon ",
                                                                         " Bymisjon, "))],
                       [(nn.BYMISJON[rng.choice(others)], None)], None, proj="assoc",
                       short="Bymisjonen"))
        cc = nn.CRISIS_CENTRES[town]
        bare = cc.replace("Stiftelsen ", "")
        out.append(Ent(cc, "assoc", town, [("order", f"Krisesenteret i {town}")] if
                       "Krisesenteret i" not in cc else [("order", f"{town} krisesenter")],
                       [(nn.CRISIS_CENTRES[rng.choice(others)], None)], None, proj="assoc",
                       short=bare, stiftelse=not cc.startswith("Stiftelsen")))
    for _ in range(n_gen):
        town = rng.choice(nn.OFFICES)
        if rng.random() < 0.75:
            nat = rng.choice(nn.NATIONALITIES)
            kind = rng.choice(nn.ASSOC_KINDS[:5])
            name = f"{nat} {kind} i {town}"
            en_kind = {"forening": "Association", "kulturforening": "Cultural Association",
                       "kvinneforening": "Women's Association",
                       "ungdomsforening": "Youth Association",
                       "foreldreforening": "Parents' Association"}[kind]
            alts = [("word-more", f"{nat} {kind} {town}"),
                    ("order", f"{town} {nat.lower()} {kind}"),
                    ("english", f"{nn.NATIONALITIES_EN[nat]} {en_kind} {town}"),
                    ("legal-form", f"Foreningen {nat} {kind} i {town}")]
            other_kind = rng.choice([k for k in nn.ASSOC_KINDS[:5] if k != kind])
            traps = [(f"{nat} {other_kind} i {town}", None)]
        else:
            area = rng.choice(nn.AREAS[town])
            name = f"{area} frivilligsentral"
            alts = [("order", f"Frivilligsentralen {area}"),
                    ("unit", f"{town} kommune, {area} frivilligsentral")]
            traps = [(f"{rng.choice(nn.AREAS[town])} frivilligsentral", None)]
        out.append(Ent(name, "assoc", town, alts, traps, None, proj="assoc"))
    return out


def pool_law(rng: random.Random, n_gen: int) -> list[Ent]:
    out = []
    for f, (short, formers) in nn.LAW_FIRMS.items():
        alts = [("former", x) for x in formers]
        if short:
            alts.append(("alias", short))
        m = re.match(r"Advokatfirmaet (.+?) (AS|DA)$", f)
        if m:
            alts.append(("order", f"{m.group(1)} Advokatfirma {m.group(2)}"))
        out.append(Ent(f, "law", "Oslo", alts, [], None, proj="law", short=short, contact="law"))
    for _ in range(n_gen):
        town = rng.choice(nn.OFFICES)
        origin = "norwegian" if rng.random() < 0.75 else rng.choice(
            ("somali", "arabic", "persian", "polish", "tigrinya"))
        s = rng.choice(nn.NO_SURNAMES if origin == "norwegian" else nn.FOREIGN[origin][1])
        s2 = rng.choice([x for x in nn.NO_SURNAMES if x != s])
        first = rng.choice([f for f in _firsts(origin)
                            if origin != "polish" or f not in nn.POLISH_FEMININE])
        r = rng.random()
        if r < 0.3:
            form = rng.choice(("AS", "AS", "DA"))
            name = f"Advokatfirmaet {s} {form}"
            alts = [("order", f"{s} Advokatfirma {form}"), ("alias", f"Advokat {s}"),
                    ("word-more", f"Advokatfirmaet {s} {town} {form}")]
            traps = [(f"Advokat {rng.choice(_firsts(origin))} {s}", None),
                     (f"Advokatfirmaet {s} & {s2} DA", None)]
        elif r < 0.55:
            form = rng.choice(("DA", "AS", "ANS"))
            name = f"Advokatfirmaet {s} & {s2} {form}"
            alts = [("word-more", f"Advokatfirmaet {s}, {s2} & Co {form}"),
                    ("order", f"{s} & {s2} Advokatfirma {form}")]
            traps = [(f"Advokatfirmaet {s} {form}", None),
                     (f"Advokatfirmaet {s} & {rng.choice(nn.NO_SURNAMES)} {form}", None)]
        elif r < 0.85:
            name = f"Advokat {first} {s}"
            alts = [("word-more", f"Advokatkontoret {first} {s}"),
                    ("legal-form", f"Advokat {first} {s} ENK"),
                    ("order", f"{s}, {first} (advokat)"), ("word-more", f"Advokat {s}")]
            other = rng.choice([x for x in _firsts(origin) if x != first])
            traps = [(f"Advokat {other} {s}", None), (f"Advokatfirmaet {s} AS", None)]
        else:
            name = f"Advokatkontoret {s} ANS"
            alts = [("order", f"{s} advokatkontor ANS"), ("word-more", f"Advokatkontor {s}")]
            traps = [(f"Advokat {first} {s}", None)]
        out.append(Ent(name, "law", town, alts, traps, None, proj="law", contact="law"))
    return out


def pool_company(rng: random.Random, n_gen: int) -> list[Ent]:
    out = []
    for c, (shorts, formers, others, alike) in nn.COMPANIES.items():
        alts = [("alias", s) for s in shorts] + [("former", f) for f in formers]
        for o in others:
            alts.append(("norge" if ("Norge" in o or "Norway" in o) else "english", o))
        out.append(Ent(c, "company", "", alts, [(a, None) for a in alike], None,
                       proj="company_en" if any(w in c for w in ("Norway", "Ship", "Subsea",
                                                                 "Baker", "Conoco"))
                       else "company", short=shorts[0] if shorts else None))
    for _ in range(n_gen):
        r = rng.random()
        if r < 0.35:
            first, trade = rng.choice(nn.EN_FIRST), rng.choice(nn.EN_TRADE)
            suffix = rng.choice(("AS", "AS", "Norway AS", "Group AS", "Services AS"))
            name = f"{first} {trade} {suffix}"
            alts = []
            if "Norway" in name:
                alts.append(("norge", name.replace("Norway", "Norge")))
                alts.append(("word-more", f"{first} {trade} AS"))
            traps = [(f"{first} {trade} Holding AS", None)]
            if "Group" not in name:
                traps.append((f"{first} {trade} Group AS", None))
            other = rng.choice([t for t in nn.EN_TRADE if t != trade])
            traps.append((f"{first} {other} AS", None))
            out.append(Ent(name, "company", "", alts, traps, None, proj="company_en"))
        elif r < 0.65:
            s, trade = rng.choice(nn.NO_SURNAMES), rng.choice(nn.NO_TRADES)
            name = f"{s} {trade} AS"
            other = rng.choice([t for t in nn.NO_TRADES if t != trade])
            fn = rng.choice(nn.NO_FIRST)
            out.append(Ent(name, "company", "", [("contact", f"{s} {trade} AS v/ {fn} {s}")],
                           [(f"{s} {other} AS", None)], None, proj="company"))
        else:
            first, last, palts, _o = _person(rng, rng.choice(list(nn.FOREIGN)))
            trade = rng.choice(nn.FOREIGN_FIRM_TRADES)
            if rng.random() < 0.5:
                name = f"{first} {last} {trade}"
                alts = [("word-more", f"{last} {trade}"), ("legal-form", f"{name} ENK")]
                alts += [(k, f"{v} {trade}") for k, v in palts if k == "translit"]
                traps = [(f"{last} {trade} AS", None)]
            else:
                name = f"{last} {trade} AS"
                alts = [("contact", f"{last} {trade} AS v/ {first} {last}")]
                alts += [(k, f"{v.split(' ', 1)[1]} {trade} AS") for k, v in palts
                         if k == "translit" and " " in v and v.split(" ", 1)[0] == first]
                traps = [(f"{first} {last} {trade}", None)]
            out.append(Ent(name, "company", "", alts, traps, None, proj="company"))
    return out


INTERNAL = ("Internt", "Intern opplæring tolker", "Administrasjon", "Tolkebanken (intern)",
            "Kompetanseheving internt", "Kontorstøtte Bergen", "Rekruttering tolker",
            "Markedsføring", "Kurs – åpne påmeldinger", "Kvalitetssikring oversettelser")


def pools(rng: random.Random, customers: int) -> dict[str, list[Ent]]:
    scale = max(1.0, customers / 300)
    nav_style = "NAV" if rng.random() < 0.6 else "Nav"
    p = {"police": pool_police(rng), "court": pool_courts(rng),
         "immigration": pool_immigration(rng), "prison": pool_prison(rng),
         "health": pool_health(rng), "practice": pool_practice(rng, int(160 * scale)),
         "municipal": pool_municipal(rng), "nav": pool_nav(rng, nav_style),
         "state": pool_state(rng), "school": pool_school(rng), "church": pool_church(rng),
         "assoc": pool_assoc(rng, int(80 * scale)), "law": pool_law(rng, int(130 * scale)),
         "company": pool_company(rng, int(170 * scale)),
         "person": [make_person(rng) for _ in range(int(380 * scale))],
         "internal": [Ent(n, "internal", proj="internal", no_org=True) for n in INTERNAL]}
    for v in p.values():
        rng.shuffle(v)
    return p


# ---- projects ------------------------------------------------------------------------------


@dataclass
class PSpec:
    name: str
    alts: list[tuple[str, str]] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    subs: list[str] = field(default_factory=list)


TERMS = ("høst", "vår")
LEVELS = ("A1", "A2", "B1", "B2")


def _yy(y: int) -> str:
    return str(y)[2:]


def _term_forms(term: str, y: int) -> list[str]:
    t = term[0].upper()
    return [f"{t}{_yy(y)}", f"{term}en {y}", f"{term} {_yy(y)}", f"{t}-{_yy(y)}", f"{t}{y}"]


def _next_term(term: str, y: int) -> tuple[str, int]:
    return ("vår", y + 1) if term == "høst" else ("høst", y)


PROJ_ABBREVS = (("Rammeavtale", "Rammeavt."), ("Oversettelse", "Overs."),
                ("Samfunnskunnskap", "Samf.kunnskap"), ("Telefontolking", "Tlf.tolking"),
                ("telefontolking", "tlf.tolking"), ("Telefontolk", "Tlf.tolk"),
                ("hovedforhandling", "hovedforh."), ("Modul", "Mod."), ("Gruppe", "Gr."),
                ("kvartal", "kv."), ("statsautorisert", "statsaut."),
                ("Statsautorisert", "Statsaut."), ("kulturforståelse", "kulturforst."),
                ("informasjon", "info"), ("foreldresamtaler", "foreldresamt."),
                ("introduksjonsprogrammet", "introprogrammet"), ("Tolking", "Tolk."),
                ("Norskkurs", "Norskk."), ("tolketjenester", "tolketj."),
                ("Fremmøtetolk", "Fremmøtet."), ("dokumenter", "dok."))
PROJ_COMPOUNDS = (("Norskkurs", "Norsk kurs"), ("Fremmøtetolk", "Fremmøte tolk"),
                  ("Skjermtolking", "Skjerm tolking"), ("Telefontolking", "Telefon tolking"),
                  ("Telefontolk", "Telefon tolk"), ("Rammeavtale", "Ramme avtale"),
                  ("kulturforståelse", "kultur forståelse"), ("Engelskkurs", "Engelsk kurs"),
                  ("HMS-håndbok", "HMS håndbok"), ("Arbeidsnorsk", "Arbeids norsk"),
                  ("Samfunnskunnskap", "Samfunns kunnskap"), ("foreldremøter", "foreldre møter"),
                  ("klientmøter", "klient møter"), ("brukermanual", "bruker manual"),
                  ("nettsider", "nett sider"), ("asylintervju", "asyl intervju"),
                  ("pasientinformasjon", "pasient informasjon"),
                  ("menighetsblad", "menighets blad"), ("årsrapport", "års rapport"),
                  ("Skjermtolk", "Skjerm tolk"), ("Kulturforståelse", "Kultur forståelse"),
                  ("Kulturforståelseskurs", "Kulturforståelse kurs"))


def _proj_abbrev(rng: random.Random, name: str) -> str | None:
    hits = [(a, b) for a, b in PROJ_ABBREVS if re.search(r"(?<!\w)" + re.escape(a), name)]
    if not hits:
        return None
    a, b = rng.choice(hits)
    return re.sub(r"(?<!\w)" + re.escape(a), lambda _m: b, name, count=1)


def _proj_compound(rng: random.Random, name: str) -> str | None:
    cands = []
    for a, b in PROJ_COMPOUNDS:
        for x, y in ((a, b), (b, a)):
            if x in name:
                cands.append(name.replace(x, y, 1))
    return rng.choice(cands) if cands else None


def _lang_variant(rng: random.Random, name: str) -> str | None:
    for lang, others in nn.LANGUAGES.items():
        if re.search(r"(?<!\w)" + lang + r"(?!\w)", name, re.IGNORECASE) and others:
            o = rng.choice(others)
            return re.sub(r"(?<!\w)" + lang + r"(?!\w)", lambda m, o=o: o if m.group(0).islower()
                          else o.capitalize(), name, count=1, flags=re.IGNORECASE)
    return None


def _year(rng: random.Random) -> int:
    return rng.choice((2023, 2024, 2024, 2025, 2025, 2025, 2026))


def _langs(rng: random.Random, k: int) -> list[str]:
    return rng.sample(list(nn.LANGUAGES)[:15], k)


def spec_tolking(rng: random.Random, what: str = "Tolking") -> PSpec:
    y = _year(rng)
    if rng.random() < 0.35:
        q = rng.randint(1, 4)
        name = f"{what} Q{q} {y}"
        return PSpec(name, [("year", f"{what} {q}. kvartal {y}"), ("year", f"{what} Q{q}-{_yy(y)}"),
                            ("order", f"{what} {y} Q{q}"), ("year", f"{what} K{q} {y}")],
                     [f"{what} Q{q % 4 + 1} {y if q < 4 else y + 1}"])
    name = f"{what} {y}"
    return PSpec(name, [("year", f"{what} {_yy(y)}"), ("year", f"{what} år {y}"),
                        ("order", f"{y} {what.lower()}"), ("synonym", f"Tolkeoppdrag {y}"),
                        ("word-more", f"{what} {y} (løpende)")],
                 [f"{what} {y + 1}", f"{what} {y - 1}"],
                 [f"Tolking {x}" for x in _langs(rng, 4)])


def spec_ramme(rng: random.Random, what: str = "tolk") -> PSpec:
    y1 = rng.choice((2022, 2023, 2024, 2025))
    y2 = y1 + rng.choice((2, 3))
    name = f"Rammeavtale {what} {y1}-{y2}"
    alts = [("year", f"Rammeavtale {what} {y1}-{_yy(y2)}"), ("year", f"Rammeavtale {what} {y1}–{y2}"),
            ("year", f"Rammeavtale {what} {_yy(y1)}-{_yy(y2)}"),
            ("order", f"Rammeavtale {y1}-{y2} {what}"),
            ("word-more", f"Rammeavtale {what} {y1}-{y2} (avrop)"),
            ("synonym", f"Rammeavtale {'tolketjenester' if what == 'tolk' else 'oversettelse'}"
                        f" {y1}-{y2}")]
    other = "oversettelse" if what == "tolk" else "tolk"
    subs = (["Fremmøtetolk", "Telefontolk", "Skjermtolk"] if what == "tolk"
            else ["Engelsk", "Polsk", "Arabisk"]) + [x.capitalize() for x in _langs(rng, 3)]
    return PSpec(name, alts, [f"Rammeavtale {what} {y2 + 1}-{y2 + 1 + (y2 - y1)}",
                              f"Rammeavtale {other} {y1}-{y2}"], subs)


def spec_fremmote(rng: random.Random, where: str) -> PSpec:
    name = f"Fremmøtetolk {where}"
    return PSpec(name, [("synonym", f"Frammøtetolk {where}"),
                        ("synonym", f"Fremmøtetolking {where}"),
                        ("order", f"Tolk fremmøte – {where}")], [f"Skjermtolk {where}"])


def spec_course(rng: random.Random, what: str = "Norskkurs") -> PSpec:
    lv = rng.choice(LEVELS)
    term, y = rng.choice(TERMS), _year(rng)
    name = f"{what} {lv} {term} {y}"
    alts = [("year", f"{what} {lv} {f}") for f in _term_forms(term, y)]
    alts += [("order", f"{term.capitalize()} {y} – {what} {lv}"),
             ("order", f"{what} {term} {y} {lv}"),
             ("word-more", f"{what} nivå {lv} {term} {y}")]
    nt, ny = _next_term(term, y)
    other_lv = LEVELS[(LEVELS.index(lv) + rng.choice((1, -1))) % len(LEVELS)]
    traps = [f"{what} {other_lv} {term} {y}", f"{what} {lv} {nt} {ny}", f"{what} {lv} {term} {y + 1}"]
    subs = rng.choice((["Gruppe 1", "Gruppe 2", "Gruppe 3"], ["Modul 1", "Modul 2", "Modul 3"],
                       ["Dagkurs", "Kveldskurs", "Norskprøve"]))
    return PSpec(name, alts, traps, subs)


def spec_samf(rng: random.Random) -> PSpec:
    lang = rng.choice(("arabisk", "tigrinja", "somali", "dari", "ukrainsk", "kurmanji", "pashto"))
    term, y = rng.choice(TERMS), _year(rng)
    name = f"Samfunnskunnskap {lang} {term} {y}"
    alts = [("year", f"Samfunnskunnskap {lang} {f}") for f in _term_forms(term, y)[:2]]
    alts += [("word-more", f"Samfunnskunnskap på {lang} {term} {y}"),
             ("order", f"Samfunnskunnskap {term} {y} ({lang})")]
    other = rng.choice([x for x in ("arabisk", "tigrinja", "somali", "dari", "ukrainsk")
                        if x != lang])
    return PSpec(name, alts, [f"Samfunnskunnskap {other} {term} {y}"], [])


def spec_fixed(name: str, alts: list[tuple[str, str]], traps: list[str] | None = None,
               subs: list[str] | None = None) -> PSpec:
    return PSpec(name, alts, traps or [], subs or [])


def spec_kultur(rng: random.Random, who: str = "") -> PSpec:
    tail = f" for {who}" if who else ""
    if rng.random() < 0.5:
        y = _year(rng)
        return PSpec(f"Kurs kulturforståelse{tail} {y}",
                     [("word-more", f"Kurs i kulturforståelse{tail} {y}"),
                      ("compound", f"Kulturforståelseskurs{tail} {y}"),
                      ("year", f"Kurs kulturforståelse{tail} {_yy(y)}")],
                     [f"Kurs kulturforståelse{tail} {y + 1}"])
    return PSpec(f"Kurs kulturforståelse{tail}",
                 [("word-more", f"Kurs i kulturforståelse{tail}"),
                  ("order", f"Kulturforståelse{tail} – kurs"),
                  ("compound", f"Kulturforståelseskurs{tail}")],
                 [f"Kurs kulturforståelse{tail} del 2"])


def spec_report(rng: random.Random, english: bool) -> PSpec:
    y = rng.choice((2023, 2024, 2025))
    doc = rng.choice(("årsrapport", "bærekraftsrapport", "HMS-håndbok", "personalhåndbok"))
    name = f"Oversettelse {doc} {y}"
    alts = [("synonym", f"Oversetting {doc} {y}"), ("order", f"{doc.capitalize()} {y} – oversettelse"),
            ("word-more", f"Oversettelse av {doc} {y}"), ("year", f"Oversettelse {doc} -{_yy(y)}")]
    if english:
        en = {"årsrapport": "annual report", "bærekraftsrapport": "sustainability report",
              "HMS-håndbok": "HSE handbook", "personalhåndbok": "employee handbook"}[doc]
        alts.append(("english", f"Translation {en} {y}"))
    other = "bærekraftsrapport" if doc != "bærekraftsrapport" else "årsrapport"
    return PSpec(name, alts, [f"Oversettelse {doc} {y + 1}", f"Oversettelse {other} {y}"],
                 [x.capitalize() for x in rng.sample(("engelsk", "polsk", "litauisk", "arabisk",
                                                      "ukrainsk", "tigrinja", "somali"), 3)])


def spec_case_police(rng: random.Random) -> PSpec:
    n = rng.randrange(14_000_000, 16_999_999)
    name = f"Tolk avhør anm.nr. {n}"
    return PSpec(name, [("word-more", f"Avhør sak {n}"), ("synonym", f"Tolking i avhør – sak {n}"),
                        ("abbrev", f"Tolk avhør {n}"), ("order", f"Anm. {n} tolk avhør")],
                 [f"Tolk avhør anm.nr. {n + rng.randint(1, 3)}"])


def spec_case_court(rng: random.Random, court: str) -> PSpec:
    yy = rng.choice(("23", "24", "25"))
    n = rng.randrange(10_000, 199_999)
    kind = rng.choice(("MED", "MED", "TVI", "ENE"))
    code = nn.OSLO_COURT_CODES.get(court)
    case = f"{yy}-{n:06d}{kind}" + (f"-{code}/0{rng.randint(1, 8)}" if code else "")
    what = "Tolking hovedforhandling" if kind == "MED" else "Tolking rettsmøte"
    short = f"{yy}-{n:06d}{kind}"
    alts = [("word-more", f"{what.split()[1].capitalize()} {case}"),
            ("abbrev", f"Tolk rettsmøte {short}"), ("order", f"{case} tolking"),
            ("word-more", f"{what} sak {case}")]
    return PSpec(f"{what} {case}", alts,
                 [f"{what} {yy}-{n + rng.randint(1, 40):06d}{kind}" + (case[len(short):])])


def spec_doc(rng: random.Random) -> PSpec:
    doc = rng.choice(nn.DOCUMENTS)
    lang = rng.choice(("arabisk", "tigrinja", "somali", "ukrainsk", "polsk", "persisk",
                       "engelsk", "spansk"))
    name = f"Statsautorisert oversettelse {doc}"
    alts = [("word-more", f"Statsautorisert oversettelse {doc} fra {lang}"),
            ("abbrev", f"Statsaut. oversettelse {doc}"), ("synonym", f"Oversettelse {doc}")]
    return PSpec(name, alts, [])


def specs_for(rng: random.Random, ent: Ent) -> list[PSpec]:
    """Candidate main projects for one customer, in no particular order."""
    g = ent.proj
    out: list[PSpec] = [spec_tolking(rng), spec_tolking(rng)]
    if g in ("police", "court", "prison", "udi", "reception", "health", "nav", "municipal"):
        out += [spec_ramme(rng), spec_tolking(rng, "Skjermtolking"),
                spec_tolking(rng, "Telefontolking")]
    if g == "police":
        out += [spec_case_police(rng) for _ in range(3)]
        out.append(spec_fixed("Kurs: Avhør med tolk", [("order", "Avhør med tolk – kurs"),
                                                       ("word-more", "Kurs i avhør med tolk")]))
    if g == "court":
        out += [spec_case_court(rng, ent.name) for _ in range(3)]
        out.append(spec_fixed("Kurs for tolker i retten",
                              [("word-more", "Kurs for rettstolker"),
                               ("order", "Rettstolking – kurs")]))
    if g == "prison":
        out += [spec_fremmote(rng, "fengsel"), spec_course(rng, "Norskkurs innsatte"),
                spec_fixed("Oversettelse fengselsreglement",
                           [("synonym", "Oversetting fengselsreglement"),
                            ("word-more", "Oversettelse av fengselsreglementet")],
                           ["Oversettelse besøksreglement"], [x.capitalize() for x in _langs(rng, 3)])]
    if g in ("udi", "reception"):
        y = _year(rng)
        out += [spec_fixed(f"Tolking asylintervju {y}", [("year", f"Tolking asylintervju {_yy(y)}"),
                                                        ("compound", f"Tolking asyl intervju {y}"),
                                                        ("order", f"Asylintervju {y} – tolk")],
                           [f"Tolking asylintervju {y + 1}"]),
                spec_fixed("Oversettelse ID-dokumenter", [("punct", "Oversettelse ID dokumenter"),
                                                          ("synonym", "Oversetting ID-dokumenter")]),
                spec_fremmote(rng, "mottak"), spec_kultur(rng, "ansatte")]
    if g == "health":
        y = _year(rng)
        out += [spec_fixed(f"Telefontolk legevakt {y}", [("compound", f"Telefon tolk legevakt {y}"),
                                                         ("year", f"Telefontolk legevakt {_yy(y)}")],
                           [f"Telefontolk legevakt {y + 1}"]),
                spec_fixed("Oversettelse pasientinformasjon",
                           [("synonym", "Oversetting pasientinformasjon"),
                            ("compound", "Oversettelse pasient informasjon")], [],
                           [x.capitalize() for x in _langs(rng, 3)]),
                spec_fixed("Kurs: Bruk av tolk i helsetjenesten",
                           [("word-more", "Kurs i bruk av tolk i helsetjenesten"),
                            ("punct", "Kurs - Bruk av tolk i helsetjenesten")])]
    if g in ("municipal", "nav"):
        out += [spec_course(rng), spec_course(rng), spec_samf(rng), spec_kultur(rng, "ansatte"),
                spec_tolking(rng, "Tolking barnevern")]
    if g == "nav":
        out += [spec_course(rng, "Arbeidsnorsk"), spec_course(rng, "Norsk med arbeidspraksis")]
    if g == "course":
        out += [spec_course(rng), spec_course(rng), spec_kultur(rng, "ansatte"),
                spec_fixed("Kurs: Kommunikasjon via tolk", [("punct", "Kurs kommunikasjon via tolk"),
                                                            ("order", "Kommunikasjon via tolk – kurs"),
                                                            ("synonym", "Kurs i bruk av tolk")])]
    if g == "church":
        y = _year(rng)
        out += [spec_tolking(rng, "Tolking gudstjenester"),
                spec_fixed("Oversettelse menighetsblad", [("compound", "Oversettelse menighets blad"),
                                                          ("synonym", "Oversetting menighetsblad")],
                           [], [x.capitalize() for x in _langs(rng, 2)]),
                spec_fixed(f"Tolking konfirmasjon {y}", [("year", f"Tolking konfirmasjon {_yy(y)}"),
                                                         ("word-more", f"Tolking konfirmantundervisning {y}")],
                           [f"Tolking konfirmasjon {y + 1}"]),
                spec_kultur(rng, "frivillige"), spec_course(rng)]
    if g == "assoc":
        out += [spec_tolking(rng, "Tolking informasjonsmøter"),
                spec_fixed("Oversettelse brosjyre", [("synonym", "Oversetting brosjyre"),
                                                     ("word-more", "Oversettelse av brosjyre")],
                           [], [x.capitalize() for x in _langs(rng, 3)]),
                spec_kultur(rng, "frivillige"), spec_course(rng)]
    if g == "law":
        y = _year(rng)
        n = f"{y}-{rng.randrange(1, 400):04d}"
        out += [spec_tolking(rng, "Tolk klientmøter"),
                spec_fixed(f"Oversettelse dokumenter sak {n}",
                           [("abbrev", f"Overs. dok. sak {n}"), ("order", f"Sak {n} – oversettelse"),
                            ("word-more", f"Oversettelse av dokumenter i sak {n}")],
                           [f"Oversettelse dokumenter sak {y}-{int(n[5:]) + 1:04d}"]),
                spec_case_court(rng, "Oslo tingrett")]
    if g in ("company", "company_en"):
        en = g == "company_en"
        out += [spec_report(rng, en), spec_report(rng, en), spec_course(rng, "Norskkurs for ansatte"),
                spec_course(rng, "Arbeidsnorsk")]
        y = _year(rng)
        out.append(PSpec(f"Engelskkurs ledergruppen {y}",
                        [("compound", f"Engelsk kurs ledergruppen {y}"),
                         ("english", f"Business English {y}"),
                         ("word-more", f"Engelskkurs for ledergruppen {y}")],
                        [f"Engelskkurs ledergruppen {y + 1}"]))
        out.append(spec_fixed("Oversettelse brukermanual EN-NO",
                              [("synonym", "Oversettelse bruksanvisning EN-NO"),
                               ("word-more", "Oversettelse brukermanual engelsk-norsk"),
                               ("compound", "Oversettelse bruker manual EN-NO")],
                              ["Oversettelse brukermanual NO-EN"]))
    if g == "school":
        term, y = rng.choice(TERMS), _year(rng)
        out += [spec_fixed(f"Tolking foreldresamtaler {term} {y}",
                           [("year", f"Tolking foreldresamtaler {f}") for f in _term_forms(term, y)[:2]]
                           + [("abbrev", f"Tolking foreldresamt. {term} {y}")],
                           [f"Tolking foreldresamtaler {'vår' if term == 'høst' else 'høst'} {y}"]),
                spec_fixed("Oversettelse skoleinformasjon", [("synonym", "Oversetting skoleinformasjon"),
                                                             ("compound", "Oversettelse skole informasjon")],
                           [], [x.capitalize() for x in _langs(rng, 3)]),
                spec_tolking(rng, "Tolking foreldremøter")]
    if g == "uni":
        y = _year(rng)
        out += [spec_fixed(f"Tolkeutdanning modul {k} {y}", [("year", f"Tolkeutdanning modul {k} {_yy(y)}"),
                                                             ("abbrev", f"Tolkeutd. modul {k} {y}")],
                           [f"Tolkeutdanning modul {k + 1} {y}"]) for k in (1, 2)]
        out += [spec_fixed("Gjesteforelesning tolkeetikk", [("word-more", "Gjesteforelesning i tolkeetikk")]),
                spec_fixed("Oversettelse studieplan", [("synonym", "Oversetting studieplan")]),
                spec_kultur(rng, "ansatte")]
    if g == "person":
        out = [spec_doc(rng) for _ in range(3)]
        out.append(spec_fixed("Tolk ved notarius publicus", [("word-more", "Tolk hos notarius publicus"),
                                                             ("abbrev", "Tolk not. publ.")]))
        out.append(spec_course(rng, "Norskkurs privat"))
    if g == "internal":
        out = [spec_fixed(n, []) for n in ("Interne møter", "Opplæring nye tolker", "Fravær",
                                           "Reisetid", "Kurs – planlegging", "Tolkeprøver")]
    seen: set[str] = set()
    uniq = []
    for s in out:
        if nkey(s.name) not in seen:
            seen.add(nkey(s.name))
            uniq.append(s)
    rng.shuffle(uniq)
    return uniq


# ---- the generator -------------------------------------------------------------------------


class Gen:
    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.customers, self.projects = customers, projects
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.owner: dict[str, int] = {}  # nkey -> entity number
        self.n_ent = 0
        self.orgs: set[str] = set()
        self.family_org: dict[str, str] = {}
        start = 4_800_000 + self.rng.randrange(100_000)
        self.tx_ids = iter(range(start, start + 10**8, self.rng.choice((1, 3, 7))))
        self.local_n = 0
        self.project_n = 0
        self.own_number = 0
        # per-seed habits
        r = self.rng
        self.p_copy = r.uniform(0.15, 0.45)  # a local customer carries Tripletex's number
        self.p_own = r.uniform(0.05, 0.35)   # ... its own small number
        self.p_tx_org = r.uniform(0.75, 0.92)
        self.p_local_org = r.uniform(0.12, 0.35)
        self.p_family_shared = r.uniform(0.5, 0.9)
        self.p_upper_new = r.uniform(0.05, 0.3)
        self.p_proj_copy = r.uniform(0.1, 0.35)
        self.number_start = r.choice((10001, 10000, 20001, 50001, 100001))
        self.cust_numbers = iter(range(self.number_start, self.number_start + 10**6,
                                       r.choice((1, 1, 1, 2))))
        self.proj_numbers = iter(range(r.choice((1, 1001, 10001)), 10**7))
        # records per entity
        self.ent_of: dict[tuple[str, str | int], Ent] = {}
        self.tx_cust: dict[str, int] = {}  # local key -> tx id (truth)
        self.local_by_tx: dict[int, str] = {}

    # -- bookkeeping

    def claim(self, ent_no: int, name: str) -> bool:
        k = nkey(name)
        if not k:
            return False
        o = self.owner.get(k)
        if o is not None and o != ent_no:
            return False
        self.owner[k] = ent_no
        return True

    def free(self, ent_no: int, name: str) -> bool:
        o = self.owner.get(nkey(name))
        return o is None or o == ent_no

    def new_ent_no(self) -> int:
        self.n_ent += 1
        return self.n_ent

    def org_for(self, ent: Ent) -> str | None:
        if ent.no_org:
            return None
        if ent.family:
            if ent.family not in self.family_org:
                self.family_org[ent.family] = new_org(self.rng, self.orgs)
            if self.rng.random() < self.p_family_shared:
                return self.family_org[ent.family]
        return new_org(self.rng, self.orgs)

    def tag(self, kind: str, rid: str | int, *tags: str) -> None:
        self.tags.setdefault((kind, rid), []).extend(tags)

    def add_tx_customer(self, name: str, org: str | None, number: str | None = None) -> int:
        tid = next(self.tx_ids)
        num = number or str(next(self.cust_numbers))
        self.tx["customer"].append(Rec("customer", tid, name, num, org))
        return tid

    def add_local_customer(self, name: str, number: str | None, org: str | None) -> str:
        self.local_n += 1
        key = f"K{self.local_n:04d}"
        self.local["customer"].append(Rec("customer", key, name, number, org))
        return key

    def own_num(self) -> str:
        self.own_number += self.rng.choice((1, 1, 1, 2, 3))
        return str(self.own_number)

    # -- drawing entities

    def draw(self, pools: dict[str, list[Ent]], weights: dict[str, int]) -> Ent | None:
        while True:
            cats = [c for c in weights if pools.get(c)]
            if cats:
                cat = self.rng.choices(cats, [weights[c] for c in cats])[0]
                ent = pools[cat].pop()
            else:  # a very large registry: the lists ran out, more private persons
                ent = make_person(self.rng)
            no = self.new_ent_no()
            if self.claim(no, ent.name):
                ent.no = no
                return ent

    # -- spellings

    def variants(self, ent: Ent) -> dict[str, list[str]]:
        r = self.rng
        v: dict[str, list[str]] = {}
        for kind, name in ent.alts:
            if name and name != ent.name:
                v.setdefault(kind, []).append(name)
        gen = {"case": upper(ent.name), "typo": typo(r, ent.name), "abbrev": abbrev(r, ent.name),
               "punct": punct(r, ent.name), "letters": letters(r, ent.name),
               "and": amp(ent.name), "compound": compound(r, ent.name)}
        m = re.search(r"(?<![-\w])(\(?)(Norway|Norge)(\)?)(?= (AS|ASA|SA)$)", ent.name)
        if m:
            other = "Norge" if m.group(2) == "Norway" else "Norway"
            gen["norge"] = ent.name[:m.start(2)] + other + ent.name[m.end(2):]
        for kind, name in gen.items():
            if name and name != ent.name:
                v.setdefault(kind, []).append(name)
        legal = legal_variants(ent)
        if legal:
            v.setdefault("legal-form", []).extend(legal)
        if ", " in ent.name and "order" not in v:
            a, b = ent.name.split(", ", 1)
            v["order"] = [f"{b}, {a}"]
        if not ent.person and ent.cat != "internal":
            titles = nn.CONTACT_TITLES.get(ent.contact, nn.CONTACT_TITLES["default"])
            who = f"{r.choice(titles)}{r.choice(nn.NO_FIRST)} {r.choice(nn.NO_SURNAMES)}"
            v.setdefault("contact", []).append(f"{ent.name} v/ {who}")
        return v

    def pair_names(self, ent: Ent) -> tuple[str, str, list[str]]:
        """(local name, Tripletex name, tags) of a pair."""
        r = self.rng
        no = ent.no
        v = self.variants(ent)
        kinds = {k: w for k, w in CUSTOMER_KINDS.items() if k == "same" or v.get(k)}
        while kinds:
            kind = r.choices(list(kinds), list(kinds.values()))[0]
            del kinds[kind]
            if kind == "same":
                local, tx, tags = ent.name, ent.name, ["same"]
            else:
                var = r.choice(v[kind])
                on_local = r.random() < LOCAL_SIDE[kind]
                if kind == "case":
                    if on_local:
                        var = ent.name.lower() if r.random() < 0.5 else var
                    elif r.random() < 0.2:
                        var = " ".join(w[:1].upper() + w[1:] for w in ent.name.split())
                        if var == ent.name:
                            var = upper(ent.name)
                local, tx = (var, ent.name) if on_local else (ent.name, var)
                tags = [f"{kind}/{'local' if on_local else 'tx'}"]
            if not (self.free(no, local) and self.free(no, tx)):
                continue
            if tags[0] != "same" and not tags[0].startswith("case") and tx == ent.name \
                    and r.random() < 0.13:
                tx = upper(tx)
                tags.append("+case")
            elif tags[0] != "same" and r.random() < 0.05 and (t := typo(r, local)) \
                    and self.free(no, t):
                local = t
                tags.append("+typo")
            self.claim(no, local)
            self.claim(no, tx)
            return local, tx, tags
        raise AssertionError("no spelling")

    def solo_name(self, ent: Ent, p_variant: float, upper_p: float = 0.0,
                  skip: tuple[str, ...] = ("typo", "case")) -> str:
        r = self.rng
        no = ent.no
        name = ent.name
        if r.random() < p_variant:
            v = self.variants(ent)
            opts = [x for k, xs in v.items() if k not in skip for x in xs
                    if self.free(no, x)]
            if opts:
                name = r.choice(opts)
        if r.random() < upper_p:
            name = upper(name)
        self.claim(no, name)
        return name

    # -- customers

    def local_number(self, tx_number: str | None) -> str | None:
        x = self.rng.random()
        if tx_number and x < self.p_copy:
            return tx_number
        if x < self.p_copy + self.p_own:
            return self.own_num()
        return None

    def local_org(self, ent: Ent, tx_org: str | None, real_org: str | None,
                  shared_elsewhere: bool) -> tuple[str | None, list[str]]:
        """What the coordinator typed as org number: only the counterpart's (or, for a body
        that alone has it, the real one), sometimes mistyped."""
        r = self.rng
        if ent.no_org or r.random() >= self.p_local_org:
            return None, []
        org = tx_org if tx_org else (real_org if not shared_elsewhere else None)
        if not org:
            return None, []
        if r.random() < 0.065:
            return mistype(r, org, self.orgs), ["+org-typo"]
        return typed_org(r, org), []

    def make_pair(self, ent: Ent) -> str:
        r = self.rng
        local_name, tx_name, tags = self.pair_names(ent)
        real = self.org_for(ent)
        tx_org = real if r.random() < self.p_tx_org else None
        tid = self.add_tx_customer(tx_name, tx_org)
        tx_number = self.tx["customer"][-1].number
        lorg, extra = self.local_org(ent, tx_org, real, bool(ent.family))
        key = self.add_local_customer(local_name, self.local_number(tx_number), lorg)
        self.truth[("customer", key)] = tid
        self.tag("customer", key, *tags, *extra, f"cat:{ent.cat}")
        self.tag("customer", tid, *tags, f"cat:{ent.cat}")
        self.ent_of[("customer", key)] = ent
        self.ent_of[("customer", tid)] = ent
        self.tx_cust[key] = tid
        return key

    def make_local_only(self, ent: Ent) -> str:
        r = self.rng
        name = self.solo_name(ent, 0.4)
        org = None
        if not ent.no_org and not ent.family and r.random() < self.p_local_org:
            org = typed_org(r, new_org(r, self.orgs))
        num = self.own_num() if r.random() < self.p_own / max(self.p_own + 0.4, 1e-9) else None
        key = self.add_local_customer(name, num, org)
        self.tag("customer", key, "local-only", f"cat:{ent.cat}")
        self.ent_of[("customer", key)] = ent
        return key

    def make_new(self, ent: Ent) -> int:
        r = self.rng
        name = self.solo_name(ent, 0.15, self.p_upper_new,
                              ("typo", "case", "letters", "contact", "compound"))
        org = self.org_for(ent) if r.random() < self.p_tx_org else None
        tid = self.add_tx_customer(name, org)
        self.tag("customer", tid, "new", f"cat:{ent.cat}")
        self.ent_of[("customer", tid)] = ent
        return tid

    def make_twins(self, pools: dict[str, list[Ent]], kind: str) -> None:
        """A name twice in Tripletex, or twice locally; the truth pairs the first."""
        r = self.rng
        no = self.new_ent_no()
        towns = r.sample(nn.OFFICES, 2)
        orgs_first = kind in ("twin-org", "twin-local")
        names = list(nn.TWIN_NAMES)
        r.shuffle(names)
        combos = [f"{p} {t}" for p in nn.TWIN_PLACES for t in nn.TWIN_TRADES]
        r.shuffle(combos)
        names += combos
        for i in range(len(names) if orgs_first else 50):
            if orgs_first:
                if i >= len(names):
                    return
                name = names[i]
            else:
                first, last, _a, _o = _person(r)
                name = f"{first} {last}"
            if self.free(no, name) and (kind != "twin-local" or all(
                    self.free(no, self.with_town(name, t)) for t in towns)):
                break
        else:
            return
        self.claim(no, name)
        proj = "health" if re.search("lege|tann|fysio", name) else (
            "church" if "menighet" in name else "law" if "Advokat" in name else
            "assoc" if orgs_first else "person")
        ent = Ent(name, "twin", towns[0], proj=proj, person=proj == "person",
                  no_org=proj == "person")
        ent.no = no
        if kind == "twin-local":
            keys = []
            for t in towns:
                tx_name = self.with_town(name, t)
                self.claim(no, tx_name)
                org = new_org(r, self.orgs)
                tid = self.add_tx_customer(tx_name, org)
                lorg = typed_org(r, org) if r.random() < 0.5 else None
                num = self.tx["customer"][-1].number if (not lorg and r.random() < 0.5) else None
                key = self.add_local_customer(name, num, lorg)
                self.truth[("customer", key)] = tid
                self.tx_cust[key] = tid
                self.tag("customer", key, kind, "cat:twin")
                self.tag("customer", tid, kind, "cat:twin")
                self.ent_of[("customer", key)] = self.ent_of[("customer", tid)] = ent
                keys.append(key)
            return
        orgs = [None, None] if kind != "twin-org" else [new_org(r, self.orgs),
                                                         new_org(r, self.orgs)]
        tids = [self.add_tx_customer(name, o) for o in orgs]
        numbers = [self.tx["customer"][-2].number, self.tx["customer"][-1].number]
        if kind == "twin-org":
            lorg, num = (typed_org(r, orgs[0]) if r.random() < 0.6 else None), None
        elif kind == "twin-number":
            lorg, num = None, numbers[0]
        else:
            lorg, num = None, None
        key = self.add_local_customer(name, num, lorg)
        self.truth[("customer", key)] = tids[0]
        self.tx_cust[key] = tids[0]
        self.tag("customer", key, kind, "cat:twin")
        for t in tids:
            self.tag("customer", t, kind, "cat:twin")
            self.ent_of[("customer", t)] = ent
        self.ent_of[("customer", key)] = ent

    def with_town(self, name: str, town: str) -> str:
        m = FORM_RE.search(name)
        if m:
            return f"{name[:m.start()]} {town}{m.group(0)}"
        return f"{name} {town}" if self.seed % 2 else f"{name}, {town}"

    def make_trap(self, key: str) -> bool:
        r = self.rng
        ent = self.ent_of[("customer", key)]
        opts = [(n, f) for n, f in ent.traps if n and self.free(-1, n)]
        if not opts:
            return False
        name, fam = r.choice(opts)
        no = self.new_ent_no()
        self.claim(no, name)
        if fam and fam in self.family_org and r.random() < self.p_family_shared:
            org = self.family_org[fam]
        else:
            org = new_org(r, self.orgs) if r.random() < self.p_tx_org else None
        if r.random() < self.p_upper_new:
            name = upper(name)
        tid = self.add_tx_customer(name, org)
        self.resembles[("customer", tid)] = key
        self.tag("customer", tid, "trap", f"cat:{ent.cat}")
        trap_ent = Ent(name, ent.cat, ent.town, proj=ent.proj)
        trap_ent.no = no
        self.ent_of[("customer", tid)] = trap_ent
        return True

    def customers_phase(self) -> None:
        r = self.rng
        n = self.customers
        pools_ = pools(r, n)
        scale = n / 100
        twins = {k: max(1 if n >= 60 else 0, round(scale * r.uniform(0.6, 1.4)))
                 for k in ("twin-org", "twin-number", "twin-true", "twin-local")}
        twin_locals = sum(twins.values()) + twins["twin-local"]
        n_pairs = round(n * r.uniform(0.67, 0.73)) - twin_locals
        n_local_only = n - n_pairs - twin_locals
        n_new = round(n * r.uniform(0.6, 0.9))
        n_traps = round(n * r.uniform(0.07, 0.11))
        plan = ["pair"] * n_pairs + ["local"] * n_local_only + ["new"] * n_new
        for k, c in twins.items():
            plan += [k] * c
        r.shuffle(plan)  # the order of creation mixes the registries' ids and numbers
        for step in plan:
            if step == "pair":
                ent = self.draw(pools_, PAIR_CATS)
                if ent:
                    self.make_pair(ent)
            elif step == "local":
                ent = self.draw(pools_, LOCAL_ONLY_CATS)
                if ent:
                    self.make_local_only(ent)
            elif step == "new":
                ent = self.draw(pools_, NEW_CATS)
                if ent:
                    self.make_new(ent)
            else:
                self.make_twins(pools_, step)
        keys = [c.id for c in self.local["customer"] if ("customer", c.id) in self.ent_of
                and self.ent_of[("customer", c.id)].traps]
        r.shuffle(keys)
        made = 0
        for key in keys:
            if made >= n_traps:
                break
            made += self.make_trap(str(key))
        rng_tx = self.tx["customer"]
        r.shuffle(rng_tx)  # Tripletex lists customers in its own order
        self.local_by_tx = {v: k for k, v in self.tx_cust.items()}

    # -- projects

    def add_tx_project(self, name: str, cust: int, parent: int | None = None) -> int:
        tid = next(self.tx_ids)
        self.tx["project"].append(Rec("project", tid, name, str(next(self.proj_numbers)), None,
                                      cust, parent))
        return tid

    def add_local_project(self, name: str, cust: str, number: str | None = None,
                          parent: str | None = None) -> str:
        self.project_n += 1
        key = f"P{self.project_n:05d}"
        self.local["project"].append(Rec("project", key, name, number, None, cust, parent))
        return key

    def proj_pair_names(self, spec: PSpec, cust_short: str | None,
                        scope: set[str]) -> tuple[str, str, list[str]]:
        r = self.rng
        v: dict[str, list[str]] = {}
        for k, n in spec.alts:
            v.setdefault(k, []).append(n)
        gen = {"case": spec.name.lower() if r.random() < 0.6 else upper(spec.name),
               "typo": typo(r, spec.name), "abbrev": _proj_abbrev(r, spec.name),
               "compound": _proj_compound(r, spec.name), "lang": _lang_variant(r, spec.name),
               "letters": letters(r, spec.name)}
        if cust_short:
            gen["customer-name"] = r.choice((f"{cust_short} – {spec.name}",
                                             f"{spec.name} ({cust_short})",
                                             f"{cust_short}: {spec.name}",
                                             f"{spec.name} - {cust_short}"))
        for k, n in gen.items():
            if n and n != spec.name:
                v.setdefault(k, []).append(n)
        kinds = {k: w for k, w in PROJECT_KINDS.items() if k in ("same", "number-in") or v.get(k)}
        while kinds:
            kind = r.choices(list(kinds), list(kinds.values()))[0]
            del kinds[kind]
            if kind == "same":
                return spec.name, spec.name, ["same"]
            if kind == "number-in":  # the caller writes Tripletex's project number in
                return spec.name, spec.name, ["number-in/local"]
            var = r.choice(v[kind])
            on_local = r.random() < (0.85 if kind in ("typo", "number-in") else
                                     0.65 if kind == "customer-name" else 0.5)
            if kind == "case":
                on_local = var == spec.name.lower()
            local, tx = (var, spec.name) if on_local else (spec.name, var)
            if nkey(local) in scope or nkey(tx) in scope:
                continue
            return local, tx, [f"{kind}/{'local' if on_local else 'tx'}"]
        return spec.name, spec.name, ["same"]

    def sub_pair_names(self, sub: str, main_name: str) -> tuple[str, str, list[str]]:
        r = self.rng
        v = {"case": sub.lower() if sub.lower() != sub else upper(sub), "typo": typo(r, sub),
             "parent-name": r.choice((f"{main_name} – {sub}", f"{main_name}: {sub}",
                                      f"{sub} ({main_name})")),
             "abbrev": _proj_abbrev(r, sub), "compound": _proj_compound(r, sub),
             "lang": _lang_variant(r, sub)}
        kinds = {k: w for k, w in SUB_KINDS.items() if k == "same" or (v.get(k) and v[k] != sub)}
        kind = r.choices(list(kinds), list(kinds.values()))[0]
        if kind == "same":
            return sub, sub, ["same"]
        on_local = r.random() < (0.5 if kind in ("case", "lang", "compound") else 0.8)
        var = str(v[kind])
        return (var, sub, [f"{kind}/local"]) if on_local else (sub, var, [f"{kind}/tx"])

    def projects_phase(self) -> None:
        r = self.rng
        locs = self.local["customer"]
        weights = []
        for c in locs:
            ent = self.ent_of[("customer", c.id)]
            paired = c.id in self.tx_cust
            big = ent.cat in ("police", "court", "health", "municipal", "nav", "prison",
                              "immigration", "state", "school")
            w = (2.4 if big else 1.3 if ent.cat != "person" else 0.7) if paired else (
                1.0 if ent.cat == "internal" else 0.5)
            weights.append(w)
        slots: dict[str, int] = {}
        for c in r.choices(locs, weights, k=self.projects):
            slots[str(c.id)] = slots.get(str(c.id), 0) + 1
        made = 0
        for c in locs:
            k = slots.get(str(c.id), 0)
            made += self.projects_of(str(c.id), k)
        # fill up or trim to the requested count (a customer may run out of names)
        for _ in range(50 * self.projects):
            if made >= self.projects:
                break
            c = r.choices(locs, weights)[0]
            made += self.projects_of(str(c.id), 1, extra=True)
        # Tripletex's projects under the new customers and traps
        for t in self.tx["customer"]:
            if t.id in self.local_by_tx:
                continue
            ent = self.ent_of.get(("customer", t.id))
            if ent is None:
                continue
            specs = specs_for(r, ent)
            for s in specs[:r.choice((0, 1, 1, 2, 2, 3))]:
                pid = self.add_tx_project(s.name, t.id)
                if s.subs and r.random() < 0.15:
                    for sub in s.subs[:2]:
                        self.add_tx_project(sub, t.id, pid)

    def projects_of(self, key: str, k: int, extra: bool = False) -> int:
        """Make k local projects under local customer `key` (and Tripletex's side)."""
        if k <= 0:
            return 0
        r = self.rng
        ent = self.ent_of[("customer", key)]
        tid = self.tx_cust.get(key)
        st = self.__dict__.setdefault("_scope", {})
        scope: set[str] = st.setdefault(key, set())
        specs_all = self.__dict__.setdefault("_specs", {})
        if key not in specs_all:
            specs_all[key] = specs_for(r, ent)
        specs: list[PSpec] = specs_all[key]
        cust_name = next(c.name for c in self.local["customer"] if c.id == key)
        short = ent.short or drop_form(cust_name) or cust_name
        made = 0
        while made < k and specs:
            spec = specs.pop()
            if nkey(spec.name) in scope:
                continue
            room = k - made
            with_subs = bool(spec.subs) and room >= 3 and r.random() < 0.45
            if tid is not None and r.random() < 0.86:
                local, txn, tags = self.proj_pair_names(spec, short if r.random() < 0.7 else
                                                        None, scope)
                if local == txn and nkey(local) in scope:
                    continue
                ptid = self.add_tx_project(txn, tid)
                number = self.tx["project"][-1].number if r.random() < self.p_proj_copy \
                    else None
                if tags[0].startswith("number-in"):
                    num = self.tx["project"][-1].number
                    local = r.choice((f"{num} {spec.name}", f"{spec.name} ({num})",
                                      f"P{num} {spec.name}"))
                pkey = self.add_local_project(local, key, number)
                scope.update({nkey(local), nkey(txn), nkey(spec.name)})
                self.truth[("project", pkey)] = ptid
                self.tag("project", pkey, *tags)
                self.tag("project", ptid, *tags)
                made += 1
                for trap in spec.traps:
                    if nkey(trap) not in scope and r.random() < 0.08:
                        x = self.add_tx_project(trap, tid)
                        scope.add(nkey(trap))
                        self.resembles[("project", x)] = pkey
                        self.tag("project", x, "trap")
                        break
                if with_subs:
                    made += self.subs_of(spec, pkey, ptid, key, tid, min(room - 1, 3))
            else:
                pkey = self.add_local_project(spec.name, key)
                scope.add(nkey(spec.name))
                self.tag("project", pkey, "local-only")
                made += 1
                if with_subs:
                    for sub in spec.subs[:min(room - 1, 3)]:
                        s = self.add_local_project(sub, key, None, pkey)
                        self.tag("project", s, "local-only", "sub")
                        made += 1
        if tid is not None and not extra:
            # projects only Tripletex has
            for spec in specs[: r.choice((0, 0, 1, 1, 2))]:
                if nkey(spec.name) in scope:
                    continue
                x = self.add_tx_project(spec.name, tid)
                scope.add(nkey(spec.name))
                self.tag("project", x, "new")
                specs.remove(spec)
        return made

    def subs_of(self, spec: PSpec, pkey: str, ptid: int, key: str, tid: int, n: int) -> int:
        r = self.rng
        subs = list(spec.subs)
        r.shuffle(subs)
        scope: set[str] = set()
        made = 0
        main_name = spec.name
        for sub in subs[:n]:
            if r.random() < 0.88:
                local, txn, tags = self.sub_pair_names(sub, main_name)
                if nkey(local) in scope or nkey(txn) in scope:
                    local, txn, tags = sub, sub, ["same"]
                stid = self.add_tx_project(txn, tid, ptid)
                skey = self.add_local_project(local, key, None, pkey)
                scope.update({nkey(local), nkey(txn), nkey(sub)})
                self.truth[("project", skey)] = stid
                self.tag("project", skey, *tags, "sub")
                self.tag("project", stid, *tags, "sub")
            else:
                skey = self.add_local_project(sub, key, None, pkey)
                scope.add(nkey(sub))
                self.tag("project", skey, "local-only", "sub")
            made += 1
        for sub in subs[n:n + 1]:
            if r.random() < 0.3 and nkey(sub) not in scope:
                x = self.add_tx_project(sub, tid, ptid)
                self.tag("project", x, "new", "sub")
        return made

    def run(self) -> DataSet:
        self.customers_phase()
        self.projects_phase()
        self.rng.shuffle(self.tx["project"])
        return DataSet(self.seed, self.local, self.tx, self.truth, self.tags, self.resembles)


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    """The data set of one seed: `customers` local customers and `projects` local projects
    (proportions as in the module docstring)."""
    return Gen(seed, customers, projects).run()
