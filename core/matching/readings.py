"""Two records compared as a person would read them (`compare_recs`): their words
(core.matching.resemble.compare), and, when those do not resemble, the other readings a name
allows: the whole name where its words are a part of it (a scope's words set aside, a sole
proprietorship cut to its owner's surname, the words before a dash), a project company by its
site ("Bonava - Tønsberg Kanal" / "Tønsberg Kanal Eiendomsutvikling AS"), a department written
as the brand and the site ("EVO Fitness AS avd. Tiller" / "EVO Tiller"), a chain's own company
("Kiwi" / "Kiwi Norge AS"), a municipality beside its municipal enterprise ("Steinkjer
kommune" / "Steinkjer Utvikling KF") and a unit by its organisation's department and by its own
name ("Helse Bergen HF, Haukeland" / "Haukeland sykehus"). core.matching.candidates finds whom to compare.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.matching.company import chain_company, owning_municipality, site_fits
from core.matching.index import Rec, acronyms_in, with_dept
from core.matching.rarity import Rarity
from core.matching.resemble import GATE, Resemblance, compare
from core.matching.trades import CHAINS, hospital_word, institution_of, trade_family
from core.matching.words import GENERIC_WEIGHT, words_of

SITE = 0.89  # what a resemblance by a project company's site counts for (`compare_recs`)
HEAD_FITS = 0.8  # how much the words before a comma must resemble the other name, at least
CHAIN_CO = 0.85  # what a chain's own company resembles, filler aside (`compare_recs`)
OWNER = 0.75  # what a municipality and its municipal enterprise (KF) resemble (`compare_recs`)


def compare_recs(t: Rec, loc: Rec, rarity: Rarity, *, scoped: bool,
                 weights_a: tuple[float, ...] | None = None,
                 weights_b: tuple[float, ...] | None = None, gate: bool = False
                 ) -> tuple[Resemblance, Rec, Rec]:
    """`compare` of two records' words, and the records as compared. When one project name
    kept the scope's words and the other set them aside ("Rådgivning" keeps its only word
    under "Tindbris Rådgivning AS", "Generell rådgivning" is left "generell"), or one
    customer's words are a part of its name and the other's are not (a sole proprietorship cut
    to its owner's surname: "Torbjørn Auen ENK" / "Torbjørn Aune"; the words before a dash:
    "Sámediggi - Sametinget" / "Sametinget"), the whole names are compared as well, and they
    count when they resemble. `gate`: only whether they resemble matters (`compare`)."""
    res = compare(t.words, loc.words, rarity, scoped=scoped, weights_a=weights_a,
                  weights_b=weights_b, gate=gate)
    if res.resemble:
        return res, t, loc
    if (t.whole == t.words) != (loc.whole == loc.words):
        alt = compare(t.whole, loc.whole, rarity, scoped=scoped, gate=gate)
        if alt.resemble:  # (only then the records as compared: it costs)
            return alt, replace(t, words=t.whole), replace(loc, words=loc.whole)
    if bool(t.site) != bool(loc.site) and site_fits(t.site or loc.site,
                                                     loc.words if t.site else t.words):
        # a project company by its group and its site, and by its site only ("Bonava - Tønsberg
        # Kanal" / "Tønsberg Kanal Eiendomsutvikling AS"): for less than a whole name resembling
        # (so that accept-all's 90 never takes it alone)
        alt = compare(t.site or t.words, loc.site or loc.words, rarity, scoped=scoped, gate=gate)
        value = round(SITE * alt.value, 4)
        if alt.resemble and value >= GATE:
            return (replace(alt, value=value), replace(t, words=t.site or t.words),
                    replace(loc, words=loc.site or loc.words))
    if bool(t.dept) != bool(loc.dept):
        # a company's department, and the same written as the brand and the site ("EVO Fitness
        # AS avd. Tiller" / "EVO Tiller", "ISS Facility Services AS avd. kantine NTNU" / "ISS
        # kantine NTNU"): the department's words are compared too, when the other has them all
        # and both begin with the brand (not a place and a trade: "Levanger Agri AS" is no
        # "Felleskjøpet Agri - Avd. Levanger")
        d, other = (t, loc) if t.dept else (loc, t)
        # (typed so, with no legal form of its own: "Hansen Bygg AS" is no "Hansen Eiendom AS
        # avd. Bygg"; a trade is no site); under accept-all's 90
        if (d.dept <= set(other.words) and not d.dept <= set(d.words) and d.words and other.words
                and d.words[0] == other.words[0] and d.words[0] not in d.dept
                and not other.norm.legal_form and rarity.weight(d.words[0]) > GENERIC_WEIGHT
                and all(trade_family(w) is None for w in d.dept)):
            more = with_dept(d)
            if got := _read_as(t, loc, d, more, rarity, scoped, gate, SITE):
                return got
        if unit_fits(d, other, rarity):
            # a unit of an organisation by its own name, with what it is at most ("Helse Bergen
            # HF, Haukeland" / "Haukeland sykehus", "... avd. Hagevik" / "Kysthospitalet i
            # Hagevik"): its department's words against the other's; under accept-all's 90
            unit = tuple(w for w in dict.fromkeys(words_of(d.name)) if w in d.dept)
            if got := _read_as(t, loc, d, unit, rarity, scoped, gate, SITE):
                return got
    if bool(t.head) != bool(loc.head):
        # the organisation or the unit by the words before a comma ("NAV Gamle Oslo, Oslo
        # kommune, Bydel Gamle Oslo" / "NAV Gamle Oslo", "UiB, Det medisinske fakultet" /
        # "Universitetet i Bergen"): asked below the names that resemble whole (the unit and
        # its organisation are two customers as often: "Oslo kommune, Bydel Grorud")
        h, other = (t, loc) if t.head else (loc, t)
        if (head_fits(h.head, other.words)
                and (got := _read_as(t, loc, h, h.head, rarity, scoped, gate, 1.0))
                and got[0].value >= HEAD_FITS):
            return replace(got[0], value=OWNER), got[1], got[2]
    if (t.words[:1] == loc.words[:1] and (chain := chain_company(t.words))
            and chain == chain_company(loc.words)):
        # a chain's own company, with a filler word more or less ("Kiwi" / "Kiwi Norge AS"),
        # however common the chain's name is among its stores
        full = compare(t.words, loc.words, rarity, scoped=scoped)
        return replace(full, value=max(full.value, CHAIN_CO), resemble=True, distinct=True), t, loc
    if "kommune" in t.words or "kommune" in loc.words:
        place = owning_municipality(t.words, loc.words, t.norm.legal_form, loc.norm.legal_form)
        if place:  # ("Steinkjer kommune" / "Steinkjer Utvikling KF": asked, never a sure link)
            return Resemblance(OWNER, True, (f"municipality and its enterprise: '{place}'",),
                               distinct=True), t, loc
    return res, t, loc


def _read_as(t: Rec, loc: Rec, side: Rec, words: tuple[str, ...], rarity: Rarity, scoped: bool,
             gate: bool, cap: float) -> tuple[Resemblance, Rec, Rec] | None:
    """`compare` of the two records with `side` (one of them) read as `words`, and the records
    as compared, at `cap` at most; None when they do not resemble so."""
    alt = compare(words if side is t else t.words, words if side is loc else loc.words, rarity,
                  scoped=scoped, gate=gate)
    if not alt.resemble:
        return None
    return (replace(alt, value=min(alt.value, cap)),
            replace(t, words=words) if side is t else t,
            replace(loc, words=words) if side is loc else loc)


def unit_fits(d: Rec, other: Rec, rarity: Rarity) -> bool:
    """Whether `other` may be the unit that `d`'s department names, by the unit's own name: it
    has all the department's words, one of them distinctive, and at most one word more that
    says what the unit is, of the organisation's kind (a hospital's word under a health body:
    "Helse Bergen HF, Haukeland" / "Haukeland sykehus", "Kysthospitalet"; a church's under a
    church), or its acronym under a public body ("SUS Psykiatrisk divisjon"); no legal form of
    its own ("Haukeland Bakeri AS", "Molde kommune", "Levanger kirke" and "Bergen Dyrehospital"
    are no units of "Securitas AS avd. Molde" or "Felleskjøpet Agri SA avd. Levanger")."""
    rest = [w for w in other.words if w not in d.dept]
    if not (d.dept and not other.dept and not other.norm.legal_form and len(rest) <= 1
            and d.dept <= set(other.words)
            and any(rarity.weight(w) > GENERIC_WEIGHT for w in d.dept)):
        return False
    if not rest:
        return True
    w = rest[0]
    health = (d.words[:1] == ("helse",) or any(map(hospital_word, d.words))
              or _HEALTH_FORM.search(d.name) is not None)
    if health and hospital_word(w):
        return True
    if institution_of(w) == _CHURCH and any(
            institution_of(x) == _CHURCH or x in _CHURCH_BODIES for x in d.words):
        return True
    # (a public body's acronym: "SUS Psykiatrisk divisjon"; not a brand's, "DNB Voss")
    return w in PUBLIC_ACRONYMS and w not in d.words and w in acronyms_in(other)


_CHURCH = institution_of("kirke")
_CHURCH_BODIES = frozenset(("bispedomme", "fellesrad"))
_HEALTH_FORM = re.compile(r"\b(?:HF|RHF)\b")
# the acronyms of public bodies and their hospitals that a unit's own name is written with
PUBLIC_ACRONYMS = frozenset(("sus", "ous", "unn", "hus", "ahus", "sshf", "vvhf", "uib", "uio",
                             "uit", "ntnu", "usn", "nav"))


def head_fits(head: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether a name of `other` words may be the one before a comma alone: no more than a word
    more (what a comma head resembles is also compared so, `HEAD_FITS`), and the head no chain's
    or municipality's, whose units and stores are as many customers ("Kiwi, Grorud Storsenter" is
    no "Kiwi Majorstuen", "Oslo kommune, Bydel Grorud" no "Oslo kommune Velferdsetaten")."""
    return ((len(other) <= len(head) + 1 or len(head) == 1)  # (an acronym spells a long name)
            and head[0] not in CHAINS and "kommune" not in head and "fylkeskommune" not in head)
