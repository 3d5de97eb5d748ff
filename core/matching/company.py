"""A customer's name as matching compares it (`company_words`): its words
(core.matching.words.words_of) without what people write beside the name, an org number
("Salmar ASA org.nr 893 927 565"), a contact ("Att: Ingrid Jensen", "v/ Ola"), a department
("avd. Ski", "Veidekke - Geilo"), a vessel's type and registration ("M/K Storegg N-22-SO"),
a farm's numbers ("gnr. 89 bnr. 8"); a sole proprietorship named as its owner as its surname
(and the owner's names kept beside); an estate as one form however it is written ("Db.",
"Boet etter", "Dødsbo etter"); "BL" as borettslag ("Havørn BL"), "PL" as plass, "SS" as
sameie, "SL" of a co-op (SA) as samvirkelag, "FK" after a county as fylkeskommune.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.matching.normalize import NormName, normalize_name, normalize_org
from core.matching.trades import (
    CHAINS,
    trade_family,
)
from core.matching.words import (
    COMPANY_WORDS,
    CUSTOMER_ABBREVIATIONS,
    FILLER,
    SMALL_WORDS,
    words_of,
)

# What people write into a name beside the name: an org number ("Salmar ASA org.nr 893 927
# 565", "NO 893927565 MVA"), the company's state in brackets ("(under avvikling)", "(gammel)")
# and, to the end, a contact ("Att: Ingrid Jensen", "v/ Ola", "c/o") or a department ("avd.
# Ski", "Veidekke - Geilo").
_ASIDE = re.compile(
    r"(?i)\b(?:org(?:anisasjons)?\.?\s*(?:nr|nummer)\.?|orgnr\.?|foretaksnr\.?|no)\s*:?\s*"
    r"\d{3}[ .]?\d{3}[ .]?\d{3}(?:\s*mva)?\b"
    r"|\b\d{3}[ .]?\d{3}[ .]?\d{3}\s*mva\b"
    r"|\(\s*(?:under\s+(?:avvikling|konkurs)|konkursbo|i\s+likvidasjon|avviklet|nedlagt|inaktiv"
    r"|ikke\s+(?:i\s+)?bruk|gammel|lokal|slettet|old|inactive)\s*\)"
    r"|(?:\b(?:att|attn)\b\.?:?|\bv/|\bc/o\b|(?<!norsk\s)\b(?:avd|avdeling|filial)\b\.?).*$")
_PLACE_AFTER_DASH = re.compile(r"\s[-–]\s+\w+$")  # "Veidekke - Geilo", not "KUNDE - Fjellsiden"
_LABELS = frozenset({"kunde", "kunder", "customer", "klient", "kundenr", "nr"})


def company_words(name: str) -> tuple[str, ...]:
    """`words_of` a customer's name, without an org number, a contact or a department written
    into it (`_ASIDE`). Not for projects: a project's "v/" is part of its name, and a project named
    with its customer's name and contact sets aside all of those words as its scope's."""
    return company_parts(name)[0]


@lru_cache(maxsize=65536)
def company_parts(name: str) -> tuple[tuple[str, ...], bool, tuple[str, ...] | None]:
    """(`company_words` of `name`, whether it has an org number, a contact or a department
    written into it, its whole words when its words are a part of them: the owner's names when
    it is a sole proprietorship named as its owner, or the words after a dash too). Such a one
    ("Hilde Sofie Fredriksen ENK") is its surname: the time tracker knows it as "Fredriksen
    Maler" as often as by her name; or by her name, typed otherwise ("Hilde Fredriksen"),
    which its owner's names are kept for. What follows a dash is mostly a place ("Veidekke -
    Geilo"), but may be the name the other side knows ("Sámediggi - Sametinget")."""
    bare = _ASIDE.sub(" ", name) if _ASIDE_HINT.search(name) else name
    if (m := _BARE_ORG.search(bare)) and normalize_org(m.group(1)):  # "Frode Dahl 963 752 997"
        bare = bare[:m.start()]
    after = None
    if (m := _PLACE_AFTER_DASH.search(bare)) and any(
            w.isalpha() and len(w) > 2 and w not in _LABELS
            for w in normalize_name(bare[:m.start()]).tokens):
        after = bare[m.start():]  # (it may be the name the other side knows)
        bare = bare[:m.start()]
    if "/" in bare or "-" in bare or "nr" in bare or bare[:3] in _PREFIXES:
        bare = _MARKS.sub(" ", bare)  # a vessel's prefix or registration, a farm's numbers
    aside = bare != name
    if aside and normalize_name(bare).base:
        name = bare
    words = words_of(name)
    norm = normalize_name(name)
    if len(words) > 2 and not _UNIT_FORMS.isdisjoint(words[1:-1]):
        # a public body's form before its unit's name: "Helse Møre og Romsdal HF Volda
        # sjukehus" is "HMR Volda sjukehus" (in the middle only: "KF Bygg" is no body)
        words = (words[0], *(w for w in words[1:-1] if w not in _UNIT_FORMS), words[-1])
    if len(words) > 1 and (n := _written_form(words, norm.tokens)):
        words = words[:-n]  # "Helse Vest regionale helseforetak" is "Helse Vest RHF"
    if len(words) > 1 and words[0] in _FOUNDATION:
        words = words[1:]  # "Stiftelsen KODE" is KODE: a foundation's form, written before
    if words and (words[0] in _ESTATE or words[-1] in _ESTATE):
        words = _estate(words)
    if not CUSTOMER_ABBREVIATIONS.keys().isdisjoint(words):  # "Havørn BL" is a borettslag
        words = tuple(CUSTOMER_ABBREVIATIONS.get(w, w) for w in words)
    if "sl" in words and norm.legal_form == "sa":  # "Stokmarknes SL SA" is a samvirkelag
        words = tuple("samvirkelag" if w == "sl" else w for w in words)
    if "fotballklubb" in words and "fk" in norm.tokens and _COUNTIES.intersection(words):
        # "Vestland fk." is the county municipality, "Lambertseter FK" a football club
        words = tuple("fylkeskommune" if w == "fotballklubb" else w for w in words)
    if norm.legal_form == "enk" and _person(words, norm.tokens):
        return words[-1:], aside, words
    if after is not None and (more := words_of(after)):
        if not words:  # ("Det - Sametinget": nothing but an article before the dash)
            return more, aside, None
        # "Sámediggi - Sametinget" is also "Sametinget": its words with what follows the dash
        return words, aside, (*words, *more)
    return words, aside, None


# A project company named by its group and its site ("Bonava - Tønsberg Kanal", "Brattøra
# (Skanska)"), which the other side may know by the site only ("Tønsberg Kanal Eiendomsutvikling
# AS"): what follows the dash, or what comes before a bracket at the end (not a chain's name:
# "Kiwi (Tøyen)" is a store; one word only where `site_fits`: "Veidekke - Geilo" is mostly a
# place, no "Geilo Bygg AS"); no
# number (an address: "Hansen Bygg - Storgata 5", a store: "Rema 1000 (Holmlia)"), and no
# department ("Mowi ASA - Region Midt")
_GROUP_DASH = re.compile(r"\s[-–]\s+(?=\w)")
_GROUP_BRACKET = re.compile(r"\s*\([^()]*\w[^()]*\)\s*$")


@lru_cache(maxsize=65536)
def company_site(name: str) -> tuple[str, ...]:
    """The words of the site of a customer named by its group and its site (`_GROUP_DASH`,
    `_GROUP_BRACKET`), once what is written beside the name is set aside (a contact, a
    department, an org number: `company_parts`), when they are some of its words, else ().
    Compared only when one name has a site and the other none
    (core.matching.readings.compare_recs)."""
    if "(" not in name and " -" not in name and " –" not in name:
        return ()
    bare = _ASIDE.sub(" ", name) if _ASIDE_HINT.search(name) else name
    if (m := _BARE_ORG.search(bare)) and normalize_org(m.group(1)):
        bare = bare[:m.start()]
    site: tuple[str, ...] = ()
    if (m := _GROUP_BRACKET.search(bare)) and m.start() > 0:
        site = words_of(bare[:m.start()])
        if len(site) == 1 and (site[0] in CHAINS or site[0] in COMPANY_WORDS):
            return ()  # ("Kiwi (Tøyen)", "Bygg (OBOS)")
    elif (m := _GROUP_DASH.search(bare)) and any(
            w.isalpha() and len(w) > 1 and w not in _LABELS
            for w in normalize_name(bare[:m.start()]).tokens):
        site = words_of(bare[m.end():])
        if len(site) == 1 and (site[0] in CHAINS or site[0] in COMPANY_WORDS
                               or not _developer_group(words_of(bare[:m.start()]))):
            return ()  # ("Kruse Smith - Bygg"; one word else is a site as a bracket's is:
            # `site_fits`, "AF Gruppen - Nyhavna" / "Nyhavna Bolig AS", not "Geilo Bygg AS";
            # and only after a developer's name: a chain's, a municipality's or a tradesman's
            # is a store's, a unit's or a branch's place: "Kiwi - Tøyen", "Oslo kommune -
            # Frogner", "Hansen Bygg AS - Lillestrøm")
    if not site or not all(w.isalpha() for w in site) or department(name):
        return ()
    words, _aside, whole = company_parts(name)
    return site if site != words and set(site) <= set(whole or words) else ()


def _developer_group(group: tuple[str, ...]) -> bool:
    """Whether the words before a dash may be a developer's, before a site of one word: no
    chain, number, municipality or trade ("Kiwi", "Rema 1000", "Oslo kommune", "Hansen Bygg")."""
    return bool(group) and not any(
        w in CHAINS or w.isdigit() or w in _PUBLIC
        or trade_family(w) is not None and w not in _SITE_COMPANY for w in group)


_PUBLIC = frozenset(("kommune", "fylkeskommune", "bydel", "etat", "etaten"))


def chain_company(words: tuple[str, ...]) -> str:
    """The chain, when a name is a chain's and says nothing else ("Kiwi", "Kiwi Norge AS", "Rema
    1000 Norge"): the chain's own company, not one of its stores ("Kiwi Lade"); else ""."""
    if words and words[0] in CHAINS and all(
            w in FILLER or w == _CHAIN_NUMBER.get(words[0]) for w in words[1:]):
        return words[0]
    return ""


_CHAIN_NUMBER = {"rema": "1000"}  # a chain's own number ("Kiwi 505" is a store)


# what a project company is named by beside its site ("Brattøra Boligutvikling AS")
_SITE_COMPANY = frozenset(("bolig", "boliger", "boligutvikling", "utvikling", "eiendom",
                           "eiendomsutvikling", "utbygging", "naering", "naeringseiendom",
                           "invest", "prosjekt", "kvartal", "byutvikling"))


def site_fits(site: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether a site (`company_site`) may be the other name's: of two words or more, any; of
    one word, only beside what a project company is named by ("Brattøra (Skanska)" / "Brattøra
    Boligutvikling AS"; not "Biltema (Tøyen)" / "Biltema Majorstuen")."""
    return len(site) > 1 or (site[0] in other and all(
        w == site[0] or w in _SITE_COMPANY or w in FILLER for w in other))


# what a municipal enterprise of one word is named by after its municipality's name ("Oslobygg
# KF", "Bergenhus" is no "Bergen" and "hus", nor "Sandefjord" "Sande")
_ENTERPRISE = frozenset(("bygg", "eiendom", "havn", "parkering", "utvikling", "drift", "kultur",
                         "vann", "energi", "kirkelig", "omsorg", "boliger", "bolig", "idrett",
                         "bad", "badet", "hall", "hallen"))


def owning_municipality(a: tuple[str, ...], b: tuple[str, ...], form_a: str | None,
                        form_b: str | None) -> str:
    """The place, when one name is a municipality ("Steinkjer kommune") and the other one of its
    municipal enterprises, by the form KF ("Steinkjer Utvikling KF", "Oslobygg KF"): the
    enterprise is the municipality's, and a consultant may have typed either for it. Else ""."""
    for (m, e, form) in ((a, b, form_b), (b, a, form_a)):
        if (form == "kf" and len(m) == 2 and m[1] == "kommune" and e
                and (len(e) > 1 and e[0] == m[0]
                     or e[0].startswith(m[0]) and e[0][len(m[0]):].lstrip("s") in _ENTERPRISE)):
            return m[0]
    return ""


# the forms of public bodies (health trusts, municipal enterprises, inter-municipal companies),
# which normalising takes off the end of a name but not before a unit's name
_UNIT_FORMS = frozenset(("hf", "rhf", "kf", "iks"))


# those forms written out at the end of a customer's name, as words: set aside as the legal
# form is ("Helse Vest regionale helseforetak" / "Helse Vest RHF": asked, not linked by name)
_WRITTEN_FORMS = (("regionale", "helseforetak"), ("regionalt", "helseforetak"),
                  ("helseforetak",), ("helseforetaket",), ("kommunalt", "foretak"),
                  ("interkommunalt", "selskap"), ("statsforetak",),
                  ("hospital", "trust"))  # (and in English: "Finnmark Hospital Trust")


# a foundation's form, written before its name ("Stiftelsen Lillehammer museum", "Stift. KODE")
_FOUNDATION = frozenset(("stiftelsen", "stiftelse", "stift"))


def foundation(norm: NormName) -> bool:
    """Whether a name begins with a foundation's form ("Stiftelsen KODE"): a legal form of its
    own, which a company's ("KODE AS") is not."""
    return len(norm.tokens) > 1 and norm.tokens[0] in _FOUNDATION


def _written_form(words: tuple[str, ...], tokens: tuple[str, ...]) -> int:
    """How many of `words`' last words are a public body's form written out
    (`_WRITTEN_FORMS`), not after a small word of the name's `tokens` ("Forum for helseforetak"
    is a forum's name)."""
    for form in _WRITTEN_FORMS:
        n = len(form)
        if len(words) > n and words[-n:] == form:
            return 0 if len(tokens) > n and tokens[-n - 1] in SMALL_WORDS else n
    return 0


# how an estate is written before the deceased's names ("Dødsbo etter", "Dødsboet etter",
# "Boet etter", "Db.", "Dbo"; folded, "oe" reads as "ø") or after them ("Tone Eides dødsbo")
_ESTATE = frozenset(("dodsbo", "dodsbot", "db", "dbo", "bot"))
_ESTATE_AFTER = frozenset(("dodsbo", "dodsbot"))


def _estate(words: tuple[str, ...]) -> tuple[str, ...]:
    """An estate's words as one form, "dodsbo" and the deceased's names ("Db. Tone Eide",
    "Boet etter Tone Eide" and "Dødsbo etter Tone Eide" are one estate); other names as
    they are ("DB Schenker", "Boet Bygg")."""
    first, rest = words[0], words[1:]
    if first in _ESTATE:
        etter = rest[:1] == ("etter",)
        if etter:
            rest = rest[1:]
        if ((etter or first in _ESTATE_AFTER) and rest) or _names(rest):
            return ("dodsbo", *rest)
    if words[-1] in _ESTATE_AFTER and _names(words[:-1]):
        return ("dodsbo", *words[:-1])
    return words


def estate_why(a: str, b: str) -> list[str]:
    """What review says of two estates written two ways ("Db." / "Dødsbo etter"): the
    abbreviation, if one wrote one."""
    x, y = sorted((words_of(a)[0], words_of(b)[0]), key=len)
    return [f"abbreviation {x}=dodsbo"] if x != y and x in ("db", "dbo") else []


def _names(words: tuple[str, ...]) -> bool:
    """Whether `words` may be a person's names, initials too ("H. Gustav Svendsen")."""
    return 2 <= len(words) <= 5 and all(
        w.isalpha() and w not in COMPANY_WORDS and trade_family(w) is None for w in words)


@lru_cache(maxsize=65536)
def department(name: str) -> frozenset[str]:
    """The words of a department written into a customer's name ("Felleskjøpet Agri SA avd.
    Levanger", "Mowi ASA region Midt"), or of a public body's unit after its form ("Sykehuset
    Innlandet HF Gjøvik"): one organisation's departments are told apart by them."""
    m = _DEPT.search(name) if _DEPT_HINT.search(name) else None
    if m is None and (m := _UNIT.search(name)) and not normalize_name(name[:m.start()]).base:
        m = None  # ("HF Bygg": a name's first word)
    if m is None:
        return frozenset()
    return frozenset(w for w in words_of(m[1]) if w.isalpha() and w not in FILLER)


_DEPT = re.compile(r"(?i)(?<!norsk\s)\b(?:avd|avdeling|filial|region)\b\.?:?\s*(.+)$")
_DEPT_HINT = re.compile(r"(?i)avd|filial|region")
_UNIT = re.compile(r"(?i)\b(?:hf|rhf|kf|iks)\b\.?\s*[,–-]?\s*(\w.*)$")


def _person(words: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """Whether a name's words are a person's names only: two to four, no "og", none a word of
    a trade, a company or one of the synonyms ("Kvam & Sønn", "Amundsen Cons" are no persons)."""
    return 2 <= len(words) <= 4 and "og" not in tokens and all(
        w.isalpha() and len(w) > 1 and w not in COMPANY_WORDS and trade_family(w) is None
        and w not in _COMPANY_PREFIXES for w in words)


# A vessel's type before its name ("M/S", "M/K", "F/F", "MS"), its registration ("N-136-A",
# "(ST-891-F)"), a farm's numbers ("gnr. 89 bnr. 8", "gnr 12/3"): the vessel is the company
# that owns it ("M/K Storegg" / "Storegg Fiskeri AS"), the farm is its name
_MARKS = re.compile(
    r"^\s*(?:[MmFf]\s?/\s?[A-Za-z]|M[SKYT])\.?\s+"
    r"|\(?\b[A-ZÆØÅa-zæøå]{1,2}-\d{1,4}-[A-ZÆØÅa-zæøå]{1,3}\b\)?"
    r"|(?i:\bg\.?\s?nr\.?\s*\d+(?:\s*[,/]?\s*(?:b\.?\s?nr\.?\s*)?\d+)?)")
_PREFIXES = frozenset(("MS ", "MK ", "MY ", "MT "))


# (an org number if valid, in brackets too: "Bergen kommune (938 729 352)")
_BARE_ORG = re.compile(r"\(?\b(\d{3}[ .]?\d{3}[ .]?\d{3})\)?\s*$")
_ASIDE_HINT = re.compile(r"[/\d–(]|\s-\s|att|avd|filial", re.IGNORECASE)  # (cheaper first)


_COUNTIES = frozenset((  # Norway's counties, old and new, as names are folded
    "vestland", "viken", "innlandet", "rogaland", "agder", "nordland", "troms", "finnmark",
    "trondelag", "romsdal", "vestfold", "telemark", "ostfold", "akershus", "buskerud",
    "hordaland", "fjordane", "oppland", "hedmark", "oslo"))


_COMPANY_PREFIXES = frozenset(w[:k] for w in COMPANY_WORDS for k in range(4, len(w)))  # "cons"
