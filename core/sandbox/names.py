"""Word lists for the generated data: Norwegian company and project names, and org numbers.

Nothing here is random on its own: the generator passes its seeded `random.Random`.
"""

from __future__ import annotations

import random

PLACES = (
    "Bergen", "Oslo", "Trondheim", "Stavanger", "Tromsø", "Bodø", "Ålesund", "Drammen", "Fjord",
    "Nord", "Vest", "Sør", "Øst", "Lofoten", "Hardanger", "Sogn", "Romsdal", "Valdres", "Hallingdal",
    "Telemark", "Finnmark", "Helgeland", "Jæren", "Nordfjord", "Gudbrandsdal", "Fjell", "Kyst",
    "Bygde", "Vik", "Strand", "Elve", "Skog", "Berg", "Midt", "Agder", "Hamar", "Molde", "Narvik",
)
TRADES = (
    "Bygg", "Rørleggerservice", "Elektro", "Regnskap", "Transport", "Eiendom", "Consulting",
    "Maling", "Taktekking", "Data", "Sjømat", "Arkitekter", "Entreprenør", "Tannklinikk",
    "Snekkerverksted", "Maskin", "Renhold", "Revisjon", "Advokatfirma", "Energi", "Fisk",
    "Hytteservice", "Blikkenslager", "Grafisk", "Landskap", "Verksted", "Bilservice", "Trelast",
    "Ventilasjon", "Betong", "Anlegg", "Kraft", "Media", "Helse", "Logistikk", "Interiør",
)
SURNAMES = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Lund", "Sørensen",
    "Moen", "Bakken", "Solberg", "Strand", "Rønning", "Lie", "Ødegård", "Aasen", "Bråten",
)
FIRST_NAMES = ("Ola", "Kari", "Per", "Ingrid", "Lars", "Silje", "Knut", "Marte", "Bjørn",
               "Hilde", "Geir", "Sigrid", "Terje", "Åse", "Øyvind", "Line")
COOP = ("Fiskarlag", "Boligbyggelag", "Samvirkelag", "Meieri", "Kornlag", "Innkjøpslag")
PROJECT_WORDS = (
    "Nettside", "Årsoppgjør", "Regnskap", "Rehabilitering bad", "Ny kontorløsning",
    "Vedlikeholdsavtale", "Tilbygg", "Fasade", "Drift og support", "Migrering", "Rådgivning",
    "Prosjektering", "Ombygging", "Takskifte", "Varmepumpe", "Oppgradering", "Lønn", "Revisjon",
    "Utredning", "Ventilasjon", "Nytt lager", "Kaianlegg", "Designprofil", "Opplæring",
    "Energimerking", "Internkontroll", "Rammeavtale", "Serviceavtale", "Kartlegging",
)
PHASES = ("Forprosjekt", "Fase 1", "Fase 2", "Fase 3", "Design", "Utvikling", "Test",
          "Ferdigstillelse", "Befaring", "Montering", "Dokumentasjon", "Oppfølging")
INTERNAL = ("Internt: Opplæring", "Internt: Administrasjon", "Internt: Salg", "Internt: Ferie",
            "Internt: Sykdom", "Internt: Kurs", "Internt: Møter", "Internt: IT-drift")
WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def org_number(rng: random.Random) -> str:
    """A mod-11 valid Norwegian organisation number (9 digits, starting with 8 or 9)."""
    while True:
        digits = [rng.choice((8, 9))] + [rng.randrange(10) for _ in range(7)]
        r = sum(d * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11
        check = 0 if r == 0 else 11 - r
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def is_valid_org_number(text: str) -> bool:
    """Whether `text` is 9 digits with a valid mod-11 check digit."""
    if len(text) != 9 or not text.isdigit():
        return False
    r = sum(int(d) * w for d, w in zip(text[:8], WEIGHTS, strict=True)) % 11
    check = 0 if r == 0 else 11 - r
    return check != 10 and check == int(text[8])


def company_name(rng: random.Random) -> tuple[str, str]:
    """(name, legal form): AS most often, then ENK, ANS, DA, ASA and SA."""
    form = rng.choices(("AS", "ENK", "ANS", "DA", "ASA", "SA"), (70, 12, 7, 4, 3, 4))[0]
    if form == "SA":
        return f"{rng.choice(PLACES)} {rng.choice(COOP)} SA", form
    if form == "ENK":
        person = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        return f"{person} {rng.choice(TRADES)} ENK", form
    style = rng.randrange(4)
    if style == 0:
        base = f"{rng.choice(PLACES)} {rng.choice(TRADES)}"
    elif style == 1:
        base = f"{rng.choice(SURNAMES)} {rng.choice(TRADES)}"
    elif style == 2:
        base = f"{rng.choice(SURNAMES)} & {rng.choice(SURNAMES)} {rng.choice(TRADES)}"
    else:
        base = f"{rng.choice(PLACES)}{rng.choice(TRADES).lower()}"
    return f"{base} {form}", form


def slug(name: str) -> str:
    """A domain-like word for e-mail addresses: `Bergen Bygg AS` → `bergenbygg`."""
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "&": ""})
    words = name.lower().translate(table).split()
    keep = [w for w in words if w not in ("as", "asa", "ans", "da", "enk", "sa")]
    return "".join(ch for ch in "".join(keep) if ch.isalnum()) or "firma"


def project_name(rng: random.Random, year: int | None) -> str:
    word = rng.choice(PROJECT_WORDS)
    if word in ("Årsoppgjør", "Regnskap", "Revisjon", "Lønn") and year:
        return f"{word} {year}"
    return word
