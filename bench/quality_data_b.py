"""A second, independent data set for `bench/matching_quality.py --data b`.

Written without reading the matcher (core/matching/) or the name lists and variant functions of
`bench/quality_data.py` / `bench/quality_names.py`, so that it does not share their blind spots.
It produces the same `DataSet` shape (`bench.quality_data.DataSet`, `Rec`).

What is in it, per seed (proportions at any size):

- customers: about 72 % of the local customers are in Tripletex too (pairs), the rest local-only;
  Tripletex has about 5/3 as many customers as the time tracker. Names are real-looking
  Norwegian companies (a hand-written list of about 190, as people write them) and generated
  ones (surname + trade, place + trade, fancy word + trade, persons, borettslag, sameier,
  advokatfirma, regnskapskontor, idrettslag, "& Sønner", "Brødrene", holding, consulting).
  Tripletex names are often Brønnøysund style (capitals, legal form), local ones shorter.
- each pair carries one spelling kind (tag "kind/var-local" or "kind/var-tx": the side that
  carries the altered form; the other side has the full, correct one), chosen by weight among the
  kinds that apply to the name, plus cosmetic extras (tags starting with "+").
- numbers: Tripletex customer numbers from 10001; a local customer copies it, has its own
  number (1-999) or none. Org numbers are mod-11 valid, on both sides, one side or none.
- twins (tags "twin-..."), traps (new Tripletex companies named like a local one, tags
  "trap-..."; `DataSet.resembles`), local-only records, and many new Tripletex customers.
- projects: Norwegian project names, under their customer on both sides, level-2 sub-projects
  under main projects, year/month series of which only some exist locally.
"""

# ruff: noqa: SIM905  (the word lists are written as text, one string each, to be read)

from __future__ import annotations

import random
import re
from collections.abc import Callable

from bench.quality_data import DataSet, Rec
from core.matching.normalize import normalize_name, org_check_digit

# ---- name material ------------------------------------------------------------------------

REAL = """
Bergen Rørleggerservice AS|Kjeldsberg Eiendom AS|Hovland & Sønner AS|Sameiet Thereses gate 12
Borettslaget Linderud|Advokatfirmaet Hjort DA|Regnskapskontoret Nord AS|Malermester Olsen
Nordlys Frisør|Tine SA|Posten Norge AS|Mestergruppen AS|Telenor Norge AS|Coop Norge SA
Felleskjøpet Agri SA|Elkjøp Norge AS|Veidekke Entreprenør AS|Skanska Norge AS|Ruter AS
Norsk Tipping AS|AF Gruppen Norge AS|Statkraft Energi AS|Bama Gruppen AS|Rema 1000 Norge AS
Kiwi Norge AS|Norgesgruppen ASA|Fjordkraft AS|Lyse Energi AS|Hafslund Nett AS|Tibber Norge AS
Bertel O. Steen AS|Møller Mobility Group AS|Ringnes AS|Mills AS|Orkla ASA|Stormberg AS
Sparebanken Vest|Sparebank 1 Nord-Norge|Obos BBL|Usbl BBL|Boligbygg Oslo KF|Bergen Kommune
Statsbygg|Avinor AS|Bane Nor SF|Nye Veier AS|Mesta AS|Vestland Fylkeskommune|Trondheim kommune
Stavanger Aftenblad AS|Adresseavisen AS|Bergens Tidende AS|Hurtigruten AS|Norled AS|Fjord1 AS
Tide Buss AS|Boreal Transport Nord AS|Bring Cargo AS|Schenker AS|Widerøe's Flyveselskap AS
Jotun A/S|Nortura SA|Gilde Norsk Kjøtt|Q-Meieriene AS|Synnøve Finden AS|Kavli AS|Lerøy Seafood AS
Mowi ASA|Salmar ASA|Kongsberg Maritime AS|Aker Solutions ASA|Kvaerner AS|Multiconsult Norge AS
Norconsult AS|Asplan Viak AS|Rambøll Norge AS|Cowi AS|Sweco Norge AS|Snøhetta AS|Nordic Office AS
Optimera AS|Byggmakker Norge AS|Maxbo AS|Montér AS|XL-Bygg AS|Jernia AS|Clas Ohlson AS
Fjellsport AS|Anton Sport AS|Intersport Norge AS|Vinmonopolet AS|Apotek 1 Gruppen AS
Vitusapotek AS|Boots Norge AS|Specsavers Norway AS|Brilleland AS|Cutters AS|Tannhelse Rogaland IKS
Oslo Universitetssykehus HF|Helse Bergen HF|Sykehuset Innlandet HF|Unicare AS|Aleris Helse AS
Dr. Dropin AS|Legesenteret Sentrum|Fysioterapeut Solberg|Kiropraktor Eide|Smartbox AS|Visma AS
Tripletex AS|Evry Norge AS|Itera ASA|Bouvet ASA|Knowit AS|Webstep AS|Miles AS|Sopra Steria AS
Atea AS|Crayon AS|Netcompany Norway AS|Kantega AS|Capra Consulting AS|Frende Forsikring AS
Gjensidige Forsikring ASA|Tryg Forsikring|If Skadeforsikring NUF|Storebrand ASA|KLP|Nav Bergen
Studentsamskipnaden i Oslo|Norges Fotballforbund|Fana Idrettslag|Brann Sportsklubb|Lyn IL
Byåsen IL|Kolbotn IL|Tromsø Idrettslag|Nordstrand Vel|Åsane Velforening|Kjelsås Velforening
Hansen & Dysvik AS|Brødrene Dahl AS|Brødrene Aa AS|Alf Bjercke AS|Harald A. Møller AS
Kruse Smith Entreprenør AS|Betonmast AS|Consto AS|Backe Entreprenør AS|Hent AS|Jm Norge AS
Selvaag Bolig ASA|Block Watne AS|Mustad Eiendom AS|Olav Thon Gruppen AS|Thon Hotels AS
Scandic Hotels AS|Nordic Choice Hotels AS|Egon Restauranter AS|Peppes Pizza AS|Kaffebrenneriet AS
Baker Brun AS|Godt Brød AS|Bakeriet i Lom|Åpent Bakeri AS|Hjem til Jul AS|Nille AS|Europris AS
Tannlege Kari Vik|Advokat Per Strand|Arkitektkontoret Vest AS|Rørlegger Hansen AS
Elektriker Lunde AS|Snekker Bakken|Stillas Sør AS|Takservice Vest AS|Vaktmesterservice Oslo AS
Ødegaard Transport AS|Åsen Maskin AS|Sørlandets Glass AS|Hedmarken Bygg AS|Jæren Vekst AS
Sunnmøre Elektro AS|Helgeland Plast AS|Lofoten Sjømat AS|Vesterålen Rør AS|Hardanger Fjordhotell
Trøndelag Regnskap AS|Romerike Renhold AS|Follo Ventilasjon AS|Agder Energi AS|Telemark Taktekking AS
Vestfold Anleggsgartner AS|Innlandet Trafikkskole AS|Finnmark Eiendomsutvikling AS
Kjøkkenspesialisten AS|Flisekompaniet AS|Parkettgulv Oslo AS|Malerhuset Bergen AS|Glassmester Ryen
Låsesmeden Sentrum AS|Blomsterverkstedet AS|Bilverkstedet på Sotra AS|Dekkhotellet AS
"""

SURNAMES = """Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen
Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen
Henriksen Lund Sørensen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen
Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Solheim Berge Moe Nygård
Bakke Fredriksen Holm Hauge Evensen Sæther Aas Myhre Ahmed Haugland Thorsen Sandvik Tveit Rønning
Brekke Tangen Ødegård Østby Wold Fosse Ellingsen Løken Sletten Bjørnstad Sunde Grønli Mæland
Kvamme Skaar Kolstad Rød Frøyland Øvrebø Nyberg Bøe Ulvestad Kvalheim Rognes Fjeld Hovde
Stene Aune Vatne Lindahl Engen Kleppe Torvik Ramberg Valen Husby Skogen Vikse Helland""".split()

NEAR_SURNAMES = {  # a near surname of another family (traps), both ways
    "Hansen": "Hanssen", "Nilsen": "Nielsen", "Pedersen": "Petersen", "Kristiansen":
    "Christiansen", "Andersen": "Andresen", "Larsen": "Larssen", "Johansen": "Johannsen",
    "Berg": "Bergh", "Moe": "Mo", "Lie": "Li", "Dahl": "Dahle", "Haugen": "Haugan",
    "Bakke": "Bakken", "Jacobsen": "Jakobsen", "Holm": "Holme", "Lund": "Lunde", "Eide": "Eidem",
    "Strand": "Strande", "Solberg": "Solbakk", "Svendsen": "Svensen", "Tveit": "Tveiten",
    "Olsen": "Olsson", "Karlsen": "Carlsen", "Eriksen": "Eriksson", "Vik": "Vikse",
}

FIRST = """Kari Ola Per Anne Ingrid Lars Knut Jon Hilde Nina Marius Eirik Silje Tone Bjørn Øystein Åse
Ståle Geir Trond Morten Siri Ragnhild Sigurd Håkon Torbjørn Ole-Martin Anne-Lise Kjell Terje Lise
Mette Jørgen Frode Espen Stian Hege Marit Solveig Even Kristin Arne Camilla Henrik""".split()
MIDDLE = "Marie Johan Helene Andreas Elisabeth Kristian Margrethe Olav".split()

PLACES = """Bergen Oslo Stavanger Trondheim Tromsø Bodø Ålesund Drammen Kristiansand Fredrikstad
Sandnes Sarpsborg Skien Haugesund Tønsberg Moss Hamar Lillehammer Molde Harstad Gjøvik Larvik
Arendal Kongsberg Halden Askøy Førde Voss Sotra Asker Bærum Lørenskog Nittedal Jessheim Stord
Florø Narvik Alta Steinkjer Levanger Elverum Kongsvinger Horten Sandefjord Porsgrunn Grimstad
Mandal Egersund Bryne Sogndal Orkanger Røros Finnsnes Sortland Lillestrøm Nesodden Fana Åsane
Madla Hinna Tiller Heimdal Os Ski""".split()
REGIONS = """Nord Sør Vest Øst Midt Nordvest Sunnmøre Romerike Hedmarken Jæren Hadeland Helgeland
Lofoten Vesterålen Hardanger Sogn Agder Telemark Follo Østfold Vestfold Innlandet Trøndelag
Finnmark Nordland Ryfylke""".split()

_TRADES_RAW = """Bygg|Byggservice|Rørleggerservice|Rør|Rørlegger|VVS|Elektro|Maler|Malerservice
Snekkeri|Tømrer|Taktekking|Transport|Maskin|Maskinentreprenør|Entreprenør|Graving|Anlegg|Eiendom
Regnskap|Regnskapsservice|Revisjon|Consulting|Rådgivning|Data|Frisør|Bakeri|Catering|Blomster
Optikk|Fysioterapi|Bilverksted|Bilservice|Dekk|Glass|Ventilasjon|Kulde|Varme|Flis|Murer|Stillas
Renhold|Rengjøring|Vaktmesterservice|Hage|Anleggsgartner|Trafikkskole|Arkitekter|Ingeniør|Sveis
Betong|Gulv|Parkett|Kjøkken|Interiør|Design|Media|Reklame|Trykkeri|Event|Trening|Hudpleie|Marina
Båtservice|Sjømat|Skog|Låsservice|Sikkerhet|Brannteknikk|Energi|Eiendomsutvikling|Regnskapskontor
Treningssenter|Tannklinikk|Bygg og Anlegg|Mur og Betong|Tak og Fasade|Elektriske Installasjoner
Eiendomsforvaltning|Transportservice|Tømrerservice|Elektroservice|Bil|Bilutleie|Eiendomsmegling"""
TRADES = [t.strip() for t in _TRADES_RAW.replace("\n", "|").split("|") if t.strip()]

FANCY = """Nordlys Fjord Polar Aurora Viking Nordic Fjell Bølge Havbris Solsiden Kvitfjell Midnattsol
Stjerne Proff Topp Kvalitet Prima Ekspert Effektiv Trygg Total Alfa Omega Nova Zenit Sirius Saga
Norrøn Havørn Lynx Blåbær Eik Bjørk Furu Granitt Kobber Sølv Perle Lotus Oase Unik Miljø Grønn
Klar Helix Fyrlykt Måke Tindra Vardø Lysglimt Kompass Ankerfeste Brygga Linjal Tett Solid""".split()

STREETS = """Thereses gate|Storgata|Kirkeveien|Bogstadveien|Dronningens gate|Skippergata|Møllergata
Kongens gate|Fjellveien|Strandgaten|Sandviksveien|Olav Kyrres gate|Trondheimsveien
Hegdehaugsveien|Professor Dahls gate|Jernbanegata|Parkveien|Sørkedalsveien|Markveien|Øvre Slottsgate
Løkkeveien|Kalfarveien|Nygårdsgaten|Pedersgata|Elvegata|Solheimsgaten|Thorvald Meyers gate"""
STREETS_L = [s.strip() for s in STREETS.replace("\n", "|").split("|")]
BRL_NAMES = """Linderud|Tåsen Terrasse|Ekeberg Park|Grorud Panorama|Lambertseter|Vestli|Romsås
Haugerud|Bjerke|Sagene Park|Fyllingsdalen|Loddefjord|Kringsjå|Tveita|Furuset|Hovseter|Bøler
Manglerud|Sandslihaugen|Lerkendal|Kalbakken|Slemdal Hageby|Risløkka|Holmlia|Solbakken"""
BRL_L = [s.strip() for s in BRL_NAMES.replace("\n", "|").split("|")]

LEGAL = ("AS", "ASA", "ANS", "DA", "ENK", "SA", "BA", "NUF", "IKS", "KF", "HF", "SF", "BBL")
LEGAL_CHANGE = {"AS": ["ASA", "ANS", "DA", "ANS"], "ASA": ["AS"], "ANS": ["DA", "AS"],
                "DA": ["ANS", "AS"], "ENK": ["AS"], "SA": ["BA", "AS"], "BA": ["SA"]}

# ---- keyboard, abbreviations, compounds ---------------------------------------------------

ROWS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]


def neighbours(ch: str) -> list[str]:
    low = ch.lower()
    for r, row in enumerate(ROWS):
        i = row.find(low)
        if i < 0:
            continue
        out = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(ROWS) and i < len(ROWS[rr]):
                out.append(ROWS[rr][i])
        return [c.upper() if ch.isupper() else c for c in out]
    return []


ABBREV = {  # full word (case-insensitive, whole word) -> the ways people shorten it
    "borettslag": ["BRL", "Brl.", "b.r.l."], "borettslaget": ["BRL"], "sameiet": ["Sa.", "Sameiet"],
    "consulting": ["Cons.", "Consult"], "management": ["Mgmt", "Mgmt."],
    "technology": ["Tech"], "teknologi": ["Tek.", "Tech"], "regnskap": ["Regnsk.", "Rgnsk"],
    "regnskapskontoret": ["Regnskapskt.", "Regnsk.kontoret"], "regnskapskontor": ["Regnsk.kontor"],
    "advokatfirmaet": ["Adv.firmaet", "Adv."], "advokat": ["Adv."], "eiendom": ["Eiend.", "Eiendm"],
    "ingeniør": ["Ing."], "ingeniørfirma": ["Ing.firma"], "entreprenør": ["Entr.", "Entrepr."],
    "transport": ["Transp.", "Trp."], "brødrene": ["Br.", "Brdr."], "rørlegger": ["Rørl."],
    "elektro": ["El.", "El"], "maskin": ["Mask."], "tjenester": ["Tj.", "Tjen."],
    "service": ["Serv.", "Svc"], "avdeling": ["Avd."], "international": ["Int.", "Intl"],
    "gruppen": ["Gr."], "snekkeri": ["Snekk."], "idrettslag": ["IL"], "idrettslaget": ["IL"],
    "velforening": ["Vel"], "kommune": ["Kommune", "k."], "entreprenør as": ["Entr. AS"],
    "maskinentreprenør": ["Maskinentr.", "Mask.entr."], "fylkeskommune": ["Fylkeskomm.", "Fk."],
    "eiendomsutvikling": ["Eiendomsutv.", "Eiend.utv."], "installasjoner": ["Inst.", "Install."],
    "forsikring": ["Fors."], "universitetssykehus": ["Univ.sykehus"], "sportsklubb": ["SK"],
    "fysioterapi": ["Fysio"], "fysioterapeut": ["Fysio"], "trafikkskole": ["Trafikksk."],
    "anleggsgartner": ["Anl.gartner"], "arkitektkontoret": ["Ark.kontoret", "Ark."],
    "renhold": ["Renh."], "ventilasjon": ["Vent."], "norsk": ["N."], "malermester": ["Malerm."],
    "eiendomsforvaltning": ["Eiendomsforv.", "Eiend.forv."], "sjømat": ["Sjøm."],
    "kjøkkenspesialisten": ["Kjøkkensp."], "vaktmesterservice": ["Vaktm.service", "Vaktm.serv."],
}

COMPOUNDS = {  # a compound -> (first part, second part) as people split it
    "byggservice": ("Bygg", "Service"), "rørleggerservice": ("Rørlegger", "Service"),
    "malerservice": ("Maler", "Service"), "maskinentreprenør": ("Maskin", "Entreprenør"),
    "taktekking": ("Tak", "Tekking"), "bilverksted": ("Bil", "Verksted"),
    "eiendomsutvikling": ("Eiendom", "Utvikling"), "regnskapskontor": ("Regnskap", "Kontor"),
    "regnskapsservice": ("Regnskap", "Service"), "anleggsgartner": ("Anlegg", "Gartner"),
    "vaktmesterservice": ("Vaktmester", "Service"), "låsservice": ("Lås", "Service"),
    "båtservice": ("Båt", "Service"), "bilservice": ("Bil", "Service"),
    "treningssenter": ("Trenings", "Senter"), "tannklinikk": ("Tann", "Klinikk"),
    "eiendomsforvaltning": ("Eiendoms", "Forvaltning"), "transportservice": ("Transport", "Service"),
    "tømrerservice": ("Tømrer", "Service"), "elektroservice": ("Elektro", "Service"),
    "bilutleie": ("Bil", "Utleie"), "eiendomsmegling": ("Eiendoms", "Megling"),
    "trafikkskole": ("Trafikk", "Skole"), "legesenteret": ("Lege", "Senteret"),
    "kjøkkenspesialisten": ("Kjøkken", "Spesialisten"), "flisekompaniet": ("Flise", "Kompaniet"),
    "parkettgulv": ("Parkett", "Gulv"), "malerhuset": ("Maler", "Huset"),
    "glassmester": ("Glass", "Mester"), "blomsterverkstedet": ("Blomster", "Verkstedet"),
    "dekkhotellet": ("Dekk", "Hotellet"), "takservice": ("Tak", "Service"),
    "arkitektkontoret": ("Arkitekt", "Kontoret"), "kaffebrenneriet": ("Kaffe", "Brenneriet"),
    "mestergruppen": ("Mester", "Gruppen"), "norgesgruppen": ("Norges", "Gruppen"),
    "fjordhotell": ("Fjord", "Hotell"), "malermester": ("Maler", "Mester"),
    "fjellsport": ("Fjell", "Sport"), "brilleland": ("Brille", "Land"),
    "velforening": ("Vel", "Forening"), "sportsklubb": ("Sports", "Klubb"),
    "theresesgate": ("Thereses", "gate"), "storgata": ("Stor", "gata"),
}

SPELLING_ALT = {"café": "kafé", "kafé": "kafe", "consult": "konsult", "consulting": "konsulting",
                "senter": "center", "senteret": "centeret", "sentrum": "centrum",
                "klinikk": "klinik", "teknikk": "teknik", "elektro": "electro",
                "interiør": "interior", "design": "dizajn", "energi": "energy", "kulde": "kjøl",
                "trening": "training", "data": "IT", "fjord": "fiord", "sjømat": "seafood",
                "vvs": "rør", "rør": "VVS"}
DEPT = ["avd. {p}", "avd {p}", "- avd. {p}", "({p})", "avdeling {p}", "{p}"]

# ---- string helpers -----------------------------------------------------------------------


def words(name: str) -> list[str]:
    return name.split(" ")


def is_legal(w: str) -> bool:
    return w.upper().rstrip(".") in LEGAL or w.upper() == "A/S"


def form_of(name: str) -> str | None:
    ws = words(name)
    return ws[-1] if ws and is_legal(ws[-1]) else None


def strip_form(name: str) -> str:
    ws = words(name)
    while len(ws) > 1 and is_legal(ws[-1]):
        ws = ws[:-1]
    return " ".join(ws)


def content_idx(name: str, minlen: int = 1, maxlen: int = 99) -> list[int]:
    ws = words(name)
    return [i for i, w in enumerate(ws) if not is_legal(w) and sum(c.isalpha() for c in w) >= minlen
            and len(w) <= maxlen and w.isalpha() and w not in ("og", "i", "på")]


def put(name: str, i: int, w: str) -> str:
    ws = words(name)
    ws[i] = w
    return " ".join(x for x in ws if x)


def title(w: str) -> str:
    return w[:1].upper() + w[1:]


# ---- customer spelling kinds: canonical (full, correct) name -> altered form, or None ------

V = Callable[[random.Random, str], "str | None"]


def _typo_word(rng: random.Random, w: str, how: str) -> str | None:
    if how == "first":
        choices = [1, 2, 3]
        c = rng.choice(choices)
        if c == 1 and neighbours(w[0]):
            return rng.choice(neighbours(w[0])) + w[1:]
        if c == 2 and len(w) > 4:
            return w[1].upper() + w[2:] if w[0].isupper() else w[1:]
        if len(w) > 3 and w[1].isalpha():  # swap the first two
            a, b = w[0], w[1]
            return (b.upper() + a.lower() if a.isupper() else b + a) + w[2:]
        return None
    if len(w) < 3:
        return None
    lo, hi = 1, len(w) - 1
    i = rng.randrange(lo, hi + 1) if hi >= lo else 1
    if how == "drop":
        if len(w) < 4:
            return None
        return w[:i] + w[i + 1:]
    if how == "double":
        i = rng.randrange(1, len(w))
        if w[i] == w[i - 1]:
            return None
        return w[:i] + w[i] + w[i:]
    if how == "swap":
        i = rng.randrange(1, len(w) - 1)
        if w[i] == w[i + 1]:
            return None
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if how == "key":
        n = neighbours(w[i])
        return w[:i] + rng.choice(n) + w[i + 1:] if n else None
    if how == "insert":
        n = neighbours(w[i])
        return w[:i] + rng.choice(n) + w[i:] if n else None
    return None


def typo(how: str, minlen: int = 4, maxlen: int = 99) -> V:
    def f(rng: random.Random, name: str) -> str | None:
        idx = content_idx(name, minlen, maxlen)
        if not idx:
            return None
        i = rng.choice(idx)
        w = _typo_word(rng, words(name)[i], how)
        return put(name, i, w) if w and w != words(name)[i] else None
    return f


def typo_two(rng: random.Random, name: str) -> str | None:
    a = typo(rng.choice(["drop", "swap", "key", "double"]))(rng, name)
    return typo(rng.choice(["drop", "swap", "key", "insert"]))(rng, a) if a else None


def typo_short(rng: random.Random, name: str) -> str | None:
    idx = content_idx(name, 2, 4)
    if not idx:
        return None
    i = rng.choice(idx)
    w = words(name)[i]
    how = rng.choice(["drop", "double", "key", "swap"])
    if how == "drop":
        j = rng.randrange(1, len(w))
        nw = w[:j] + w[j + 1:]
    elif how == "double":
        j = rng.randrange(1, len(w))
        nw = w[:j] + w[j] + w[j:]
    elif how == "swap" and len(w) >= 3:
        j = rng.randrange(1, len(w) - 1)
        nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    else:
        j = rng.randrange(1, len(w))
        nb = neighbours(w[j])
        nw = w[:j] + rng.choice(nb) + w[j + 1:] if nb else w
    return put(name, i, nw) if nw != w and len(nw) >= 2 else None


def nordic_digraph(rng: random.Random, name: str) -> str | None:
    if not re.search("[æøåÆØÅ]", name):
        return None
    table = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
    return "".join(table.get(c, c) for c in name)


def nordic_plain(rng: random.Random, name: str) -> str | None:
    if not re.search("[æøåÆØÅ]", name):
        return None
    table = {"æ": rng.choice(["a", "e"]), "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"}
    return "".join(table.get(c, c) for c in name)


def nordic_caps(rng: random.Random, name: str) -> str | None:
    if not re.search("[æøåÆØÅ]", name):
        return None
    table = {"æ": "AE", "ø": "OE", "å": "AA", "Æ": "AE", "Ø": "OE", "Å": "AA"}
    return "".join(table.get(c, c.upper()) for c in name)


def nordic_swedish(rng: random.Random, name: str) -> str | None:
    if not re.search("[æøÆØ]", name):
        return None
    table = {"æ": "ä", "ø": "ö", "Æ": "Ä", "Ø": "Ö"}
    return "".join(table.get(c, c) for c in name)


def nordic_mixed(rng: random.Random, name: str) -> str | None:
    """Only one of several æ/ø/å written out ("Sørlandets Glass" -> "Sorlandets Glass" but
    the other ø kept), a half-converted name."""
    pos = [i for i, c in enumerate(name) if c in "æøåÆØÅ"]
    if len(pos) < 2:
        return None
    i = rng.choice(pos)
    return name[:i] + {"æ": "ae", "ø": "o", "å": "aa", "Æ": "Ae", "Ø": "O", "Å": "Aa"}[name[i]] \
        + name[i + 1:]


def abbrev(rng: random.Random, name: str) -> str | None:
    ws = words(name)
    idx = [i for i, w in enumerate(ws) if w.lower() in ABBREV and ABBREV[w.lower()][0] != w]
    if not idx:
        return None
    i = rng.choice(idx)
    return put(name, i, rng.choice(ABBREV[ws[i].lower()]))


def compound_split(rng: random.Random, name: str) -> str | None:
    ws = words(name)
    idx = [i for i, w in enumerate(ws) if w.lower() in COMPOUNDS]
    if not idx:
        return None
    i = rng.choice(idx)
    a, b = COMPOUNDS[ws[i].lower()]
    if ws[i].isupper():
        a, b = a.upper(), b.upper()
    sep = rng.choice([" ", " ", "-", " "])
    if sep == " " and rng.random() < 0.3:
        b = b.lower()
    return put(name, i, a + sep + b)


def compound_join(rng: random.Random, name: str) -> str | None:
    """Two words written as one: "Hansen Bygg" -> "Hansenbygg", "Bergen Taktekking" ->
    "Bergentaktekking", "Nordic Consulting" -> "NordicConsulting"."""
    idx = content_idx(name, 2)
    ws = words(name)
    pairs = [i for i in idx if i + 1 in idx and ws[i + 1] in TRADES + ["Service", "Gruppen"]
             and ws[i] not in FIRST]
    if not pairs:
        return None
    i = rng.choice(pairs)
    joined = ws[i] + (ws[i + 1] if rng.random() < 0.25 else ws[i + 1].lower())
    return " ".join(ws[:i] + [joined] + ws[i + 2:])


def hyphenate(rng: random.Random, name: str) -> str | None:
    idx = content_idx(name, 2)
    pairs = [i for i in idx if i + 1 in idx]
    if not pairs:
        return None
    i = rng.choice(pairs)
    ws = words(name)
    return " ".join(ws[:i] + [ws[i] + "-" + ws[i + 1]] + ws[i + 2:])


def word_more(rng: random.Random, name: str) -> str | None:
    """The canonical name has one more generic word than the altered one: we drop it, or
    (when there is none to drop) the altered one gets one that fits the name added
    ("Nordic Consulting" -> "Nordic Consulting Group", "Hansen Bygg" -> "Hansen Byggservice"
    is a compound, not this; "Hansen Maler" -> "Hansen Maler og Tapet")."""
    ws = words(name)
    for i, w in enumerate(ws):
        if w in ("Group", "Gruppen", "Tjenester", "Partner", "Solutions", "Drift", "Service",
                 "Senter") and len(content_idx(name)) > 2:
            return " ".join(ws[:i] + ws[i + 1:])
    base, form = strip_form(name), form_of(name)
    last = words(base)[-1]
    extra = None
    if last in ("Consulting", "Management", "Tech", "Technology", "Data", "Media", "Design"):
        extra = rng.choice(["Group", "Group", "Solutions", "Norge", "Partner"])
    elif last in ("Bygg", "Elektro", "Rør", "VVS", "Transport", "Maskin", "Renhold", "Tak",
                  "Graving", "Anlegg", "Hage", "Glass", "Dekk", "Ventilasjon", "Sveis", "Stillas"):
        extra = rng.choice(["Service", "Drift", "Tjenester", "og Montasje", "Entreprenør"])
    elif last in ("Maler",):
        extra = rng.choice(["og Tapet", "Service", "mester"])
    elif last in ("Regnskap", "Revisjon", "Rådgivning"):
        extra = rng.choice(["og Rådgivning", "Service", "Partner"])
    elif last in ("Frisør", "Hudpleie", "Fysioterapi", "Optikk", "Trening"):
        extra = rng.choice(["Senter", "og Velvære", "Studio"])
    if extra is None:
        return None
    if extra == "mester":
        return f"{base}mester" + (f" {form}" if form else "")
    return f"{base} {extra}" + (f" {form}" if form else "")


def drop_trade(rng: random.Random, name: str) -> str | None:
    """The trade word left out: "Kjeldsberg Eiendom AS" -> "Kjeldsberg AS"."""
    idx = content_idx(name, 3)
    if len(idx) != 2:
        return None
    ws = words(name)
    if ws[idx[1]] not in TRADES or ws[idx[0]] not in SURNAMES:
        return None
    return " ".join(ws[:idx[1]] + ws[idx[1] + 1:])


def word_order(rng: random.Random, name: str) -> str | None:
    idx = content_idx(name, 2)
    if len(idx) < 2:
        return None
    ws = words(name)
    i, j = idx[0], idx[-1]
    ws[i], ws[j] = ws[j], ws[i]
    out = " ".join(ws)
    return out if out != name else None


def comma_inverted(rng: random.Random, name: str) -> str | None:
    """A person written "Hansen, Kari" (lists sorted by surname)."""
    ws = words(strip_form(name))
    if len(ws) != 2 or ws[0] not in FIRST or ws[1] not in SURNAMES:
        return None
    return f"{ws[1]}, {ws[0]}"


def legal_drop(rng: random.Random, name: str) -> str | None:
    return strip_form(name) if form_of(name) else None


def legal_change(rng: random.Random, name: str) -> str | None:
    f = form_of(name)
    if f is None or f.upper() not in LEGAL_CHANGE:
        return None
    return strip_form(name) + " " + rng.choice(LEGAL_CHANGE[f.upper()])


def legal_spelling(rng: random.Random, name: str) -> str | None:
    f = form_of(name)
    if f != "AS":
        return None
    return strip_form(name) + rng.choice([" A/S", " AS.", " as", " A.S.", " A/S.", ", AS",
                                          " Aksjeselskap"])


def legal_prefix(rng: random.Random, name: str) -> str | None:
    """"AS Vinmonopolet" / "A/S Norske Shell": the form first."""
    f = form_of(name)
    if f not in ("AS", "A/S", "ASA"):
        return None
    return f"{f} {strip_form(name)}"


def norge(rng: random.Random, name: str) -> str | None:
    ws = words(name)
    if "Norge" in ws:
        i = ws.index("Norge")
        return put(name, i, rng.choice(["Norway", "", "Norway", "Norge"[:0]]))
    if "Norway" in ws:
        i = ws.index("Norway")
        return put(name, i, rng.choice(["Norge", ""]))
    return None


def and_sign(rng: random.Random, name: str) -> str | None:
    if " & " in name:
        return name.replace(" & ", rng.choice([" og ", " and ", "&", " + ", " og "]), 1)
    if " og " in name:
        return name.replace(" og ", rng.choice([" & ", "&", " + "]), 1)
    return None


def sons(rng: random.Random, name: str) -> str | None:
    for a, bs in (("Sønner", ["Sønn", "Sønn.", "Søn", "Sønnar"]), ("Sønn", ["Sønner", "Søn"])):
        if a in words(name):
            return name.replace(a, rng.choice(bs), 1)
    return None


def initials(rng: random.Random, name: str) -> str | None:
    ws = words(name)
    idx = [i for i, w in enumerate(ws) if w in FIRST and i + 1 < len(ws)
           and ws[i + 1] in SURNAMES + ["Vik", "Strand"]]
    if not idx:
        return None
    i = idx[0]
    first = ws[i]
    if "-" in first:
        ini = rng.choice([".".join(p[0] for p in first.split("-")) + ".",
                          first.split("-")[0] + " " + first.split("-")[1][0] + "."])
    else:
        ini = rng.choice([first[0] + ".", first[0], first[0] + "."])
    return put(name, i, ini)


def middle_name(rng: random.Random, name: str) -> str | None:
    ws = words(name)
    idx = [i for i, w in enumerate(ws) if w in FIRST and i + 1 < len(ws) and ws[i + 1] in SURNAMES]
    if not idx:
        return None
    i = idx[0]
    return " ".join(ws[:i + 1] + [rng.choice(MIDDLE + [MIDDLE[0][0] + "."])] + ws[i + 1:])


def first_name_dropped(rng: random.Random, name: str) -> str | None:
    ws = words(name)
    idx = [i for i, w in enumerate(ws) if w in FIRST and i + 1 < len(ws) and ws[i + 1] in SURNAMES]
    if not idx or len(content_idx(name)) < 3:
        return None
    return " ".join(ws[:idx[0]] + ws[idx[0] + 1:])


_INST = [  # (prefix form, suffix forms): "Sameiet X" <-> "X Sameie"
    ("Sameiet", ["Sameie", "Sameiet", "Boligsameie"]), ("Borettslaget", ["Borettslag", "BRL", "Brl"]),
    ("Advokatfirmaet", ["Advokatfirma", "Advokat", "Advokater", "Advokatfirmaet"]),
    ("Regnskapskontoret", ["Regnskapskontor", "Regnskap"]),
    ("Idrettslaget", ["Idrettslag", "IL"]), ("Arkitektkontoret", ["Arkitektkontor", "Arkitekter"]),
    ("Legesenteret", ["Legesenter", "Legekontor"]), ("Malermester", ["Malermester"]),
]


def institution_order(rng: random.Random, name: str) -> str | None:
    base, form = strip_form(name), form_of(name)
    for pre, posts in _INST:
        if base.startswith(pre + " "):
            rest = base[len(pre) + 1:]
            out = f"{rest} {rng.choice(posts)}"
            return out + (f" {form}" if form else "")
        for post in posts:
            if base.endswith(" " + post):
                rest = base[:-len(post) - 1]
                return f"{pre} {rest}" + (f" {form}" if form else "")
    if base.endswith(" IL"):
        return "Idrettslaget " + base[:-3] + (f" {form}" if form else "")
    return None


def definite(rng: random.Random, name: str) -> str | None:
    """Definite vs indefinite: "Regnskapskontoret" / "Regnskapskontor", "Gruppen" / "Gruppe",
    "Bakeriet" / "Bakeri"."""
    ws = words(name)
    for i, w in enumerate(ws):
        lw = w.lower()
        if lw.endswith(("kontoret", "sameiet", "borettslaget", "bakeriet", "verkstedet",
                        "kompaniet", "huset", "senteret", "firmaet", "laget")):
            return put(name, i, w[:-2])
        if lw.endswith("gruppen"):
            return put(name, i, w[:-1])
        if lw.endswith(("kontor", "bakeri", "verksted", "senter", "snekkeri", "trykkeri")):
            return put(name, i, w + ("et" if not lw.endswith("senter") else "et"))
    return None


def place_dropped(rng: random.Random, name: str) -> str | None:
    ws = words(strip_form(name))
    if len(ws) >= 3 and ws[-1] in PLACES + REGIONS and any(
            w in SURNAMES + FANCY for w in ws[:-1]):
        f = form_of(name)
        return " ".join(ws[:-1]) + (f" {f}" if f else "")
    return None


def dept_added(rng: random.Random, name: str) -> str | None:
    """The altered side names a branch: "Vik Bygg AS avd. Bergen"."""
    if form_of(name) is None and len(words(name)) < 2:
        return None
    p = rng.choice(PLACES)
    if p in name:
        return None
    return f"{name} {rng.choice(DEPT).format(p=p)}"


def contact_added(rng: random.Random, name: str) -> str | None:
    """"Hansen Bygg AS v/Kari Hansen", "Bergen Kommune att. Per Strand"."""
    who = f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"
    return f"{name} {rng.choice(['v/', 'v/ ', 'c/o ', 'att. ', 'Att: '])}{who}"


def genitive(rng: random.Random, name: str) -> str | None:
    ws = words(name)
    idx = [i for i, w in enumerate(ws) if w in SURNAMES + FIRST and i + 1 < len(ws)
           and not is_legal(ws[i + 1])]
    if not idx:
        return None
    i = idx[0]
    w = ws[i]
    return put(name, i, w[:-1] if w.endswith("s") else w + "s")


def plural(rng: random.Random, name: str) -> str | None:
    for a, b in (("Tjenester", "Tjeneste"), ("Partners", "Partner"), ("Installasjoner",
                 "Installasjon"), ("Arkitekter", "Arkitekt"), ("Advokater", "Advokat"),
                 ("Elektriske", "Elektrisk"), ("Eiendommer", "Eiendom"), ("Eiendom", "Eiendommer"),
                 ("Solutions", "Solution"), ("Maskiner", "Maskin"), ("Maskin", "Maskiner")):
        if a in words(name):
            return name.replace(a, b, 1)
    return None


def spelling_alt(rng: random.Random, name: str) -> str | None:
    ws = words(name)
    idx = [i for i, w in enumerate(ws) if w.lower() in SPELLING_ALT]
    if not idx:
        return None
    i = rng.choice(idx)
    alt = SPELLING_ALT[ws[i].lower()]
    return put(name, i, alt if alt.isupper() else title(alt))


def number_in_name(rng: random.Random, name: str) -> str | None:
    return None  # filled in per record (needs the number): see _apply


def org_in_name(rng: random.Random, name: str) -> str | None:
    return None  # filled in per record


def punct(rng: random.Random, name: str) -> str | None:
    c = rng.randrange(6)
    if c == 0:
        return name + "."
    if c == 1 and " " in name:
        i = rng.choice([m.start() for m in re.finditer(" ", name)])
        return name[:i] + " -" + name[i:]
    if c == 2:
        return f'"{strip_form(name)}"' + (f" {form_of(name)}" if form_of(name) else "")
    if c == 3 and "." in name:
        return name.replace(".", "")
    if c == 4:
        return name.replace(" ", ", ", 1) if " " in name else None
    return "*" + name if rng.random() < 0.5 else name + " (ny)"


def spaces(rng: random.Random, name: str) -> str | None:
    c = rng.randrange(4)
    if c == 0:
        return " " + name + "  "
    if c == 1 and " " in name:
        return name.replace(" ", "  ", 1)
    if c == 2 and "-" in name:
        return name.replace("-", " - ", 1)
    return name.replace(" ", "\u00a0", 1) if " " in name else None


def all_caps(rng: random.Random, name: str) -> str | None:
    return name.upper()


def lower(rng: random.Random, name: str) -> str | None:
    return name.lower()


def address_abbrev(rng: random.Random, name: str) -> str | None:
    """"Thereses gate 12" -> "Thereses gt. 12", "Storgata" -> "Storgt.", "Kirkeveien" ->
    "Kirkevn."; "Thereses gate" -> "Theresesgate"."""
    m = re.search(r"(\w+?)(gata|gaten|gate|veien|vei|plass)\b", name)
    m2 = re.search(r"(\w+) (gate|gata|gaten|veien|vei)\b", name)
    if m2 and rng.random() < 0.5:
        return name[:m2.start()] + m2.group(1) + rng.choice([m2.group(2), "gt.", "gt"]) \
            + name[m2.end():]
    if m2:
        return name[:m2.start(2)] + rng.choice(["gt.", "gt"] if m2.group(2).startswith("ga")
                                               else ["vn.", "v."]) + name[m2.end():]
    if m:
        short = {"gata": ["gt.", "gt"], "gaten": ["gt.", "gt"], "gate": ["gt.", " gate"],
                 "veien": ["vn.", "v.", "vegen"], "vei": ["v.", "veg"], "plass": ["pl."]}
        return name[:m.start(2)] + rng.choice(short[m.group(2)]) + name[m.end():]
    return None


def house_number(rng: random.Random, name: str) -> str | None:
    m = re.search(r"\b(\d+)\s?([A-Da-d])?\b", name)
    if not m:
        return None
    if m.group(2):
        return name[:m.start()] + m.group(1) + ("" if " " in m.group(0) else " ") + \
            m.group(2) + name[m.end():]
    return name[:m.start()] + "nr. " + m.group(1) + name[m.end():]


def acronym(rng: random.Random, name: str) -> str | None:
    """Known locally by its initials ("Oslo Universitetssykehus HF" -> "OUS"); only with org
    numbers on both sides (see generate)."""
    ws = [w for w in words(strip_form(name)) if w[:1].isupper() and w.isalpha()]
    if len(ws) < 2:
        return None
    return "".join(w[0] for w in ws).upper()


def brand_short(rng: random.Random, name: str) -> str | None:
    """The short name people type for a brand: "Posten Norge AS" -> "Posten"."""
    ws = words(strip_form(name))
    if len(ws) < 2 or ws[-1] not in ("Norge", "Gruppen", "Norway", "Energi", "Entreprenør",
                                     "Forsikring", "Seafood", "Mobility", "Agri", "Hotels",
                                     "Restauranter", "Bolig", "Eiendom", "Maritime"):
        return None
    return " ".join(ws[:-1]) if rng.random() < 0.7 else " ".join(ws[:-1]).upper()


CUSTOMER_KINDS: dict[str, tuple[int, V]] = {  # kind -> (weight, canonical -> altered)
    "typo-drop": (3, typo("drop")), "typo-double": (2, typo("double")),
    "typo-swap": (2, typo("swap")), "typo-key": (3, typo("key")),
    "typo-insert": (1, typo("insert")), "typo-two": (1, typo_two),
    "typo-short": (1, typo_short), "typo-first": (1, typo("first", 3)),
    "nordic-digraph": (4, nordic_digraph), "nordic-plain": (5, nordic_plain),
    "nordic-caps": (2, nordic_caps), "nordic-swedish": (1, nordic_swedish),
    "nordic-mixed": (1, nordic_mixed),
    "abbrev": (7, abbrev), "compound-split": (4, compound_split),
    "compound-join": (3, compound_join), "hyphen": (2, hyphenate), "word-more": (5, word_more),
    "drop-trade": (3, drop_trade), "order": (3, word_order), "comma-inverted": (2, comma_inverted),
    "legal-drop": (8, legal_drop), "legal-change": (4, legal_change),
    "legal-spelling": (3, legal_spelling), "legal-prefix": (1, legal_prefix),
    "norge": (4, norge), "and-sign": (3, and_sign), "sons": (3, sons), "initials": (3, initials),
    "middle-name": (1, middle_name), "first-name-dropped": (1, first_name_dropped),
    "institution-order": (5, institution_order), "definite": (2, definite),
    "place-dropped": (3, place_dropped), "dept-added": (2, dept_added),
    "contact-added": (1, contact_added), "genitive-s": (2, genitive), "plural": (1, plural),
    "spelling-alt": (2, spelling_alt), "number-in-name": (2, number_in_name),
    "org-in-name": (1, org_in_name), "punct": (3, punct), "spaces": (2, spaces),
    "all-caps": (4, all_caps), "lower": (2, lower), "address-abbrev": (3, address_abbrev),
    "house-number": (1, house_number), "brand-short": (4, brand_short),
    "acronym": (1, acronym), "same": (22, lambda rng, n: n),
}

# ---- project material ---------------------------------------------------------------------

MONTHS = "januar februar mars april mai juni juli august september oktober november desember".split()
FLOORS = ["1. etg", "2. etg", "3. etg", "kjeller", "loft", "U. etg", "hybel"]
BUILDINGS = ["garasje", "bolighus", "anneks", "hytte", "blokk A", "blokk B", "lager", "verksted",
             "hovedbygg", "naust", "carport", "bod"]
TOPICS = ["GDPR", "lønnssystem", "Tripletex", "økonomistyring", "skatt", "eiendomsskatt", "HMS",
          "anskaffelser", "personal", "arbeidsrett", "omorganisering", "generasjonsskifte"]
PROJECTS = [  # {y} year, {m} month, {f} floor, {b} building, {s} street, {n} no., {t} topic
    "Rehabilitering bad {f}", "Nytt tak {b}", "Fasade {s} {n}", "Årsoppgjør {y}", "Regnskap {y}",
    "Bistand MVA-kompensasjon", "Drift og vedlikehold {y}", "Lønn {m}", "Nytt kjøkken",
    "Oppussing leilighet {s} {n}", "Tilbygg {b}", "Drenering {b}", "Montering varmepumpe",
    "Elektrisk anlegg {b}", "Serviceavtale {y}", "Rammeavtale {y}", "Konsulentbistand {t}",
    "Ny nettside", "IT-drift {y}", "Skattemelding {y}", "Bokføring {y}", "Revisjon {y}",
    "Rådgivning {t}", "Befaring {s} {n}", "Takst {s} {n}", "Brøyting vinter {y}",
    "Vaktmestertjenester {y}", "Renhold {b}", "Vindusvask {y}", "Ombygging {b}",
    "Prosjektering {b}", "Riving {b}", "Membran garasjeanlegg", "Utskifting vinduer {f}",
    "Maling {b}", "Flislegging bad {f}", "Ny garasjeport", "Terrasse og rekkverk", "Lekeplass",
    "Generalforsamling {y}", "Forvaltning {y}", "HMS-rådgivning", "Internkontroll {y}",
    "Kurs {t}", "Tvist med {sn}", "Kontraktsgjennomgang", "Arv og skifte {sn}",
    "Budsjett {y}", "Mva-melding {y}", "Oppfølging styret {y}", "Utvendig maling {s} {n}",
    "Stambytte {s} {n}", "Nytt sikringsskap", "Ladestasjoner garasje", "Brannvarsling {b}",
]
SUBS = ["Riving", "Rørlegger", "Elektro", "Tømrer", "Maling", "Flislegging", "Prosjektering",
        "Byggeledelse", "Tilleggsarbeid", "Endringsmelding 1", "Fase 1", "Fase 2", "Materialer",
        "Stillas", "Befaring", "Sluttkontroll", "Dokumentasjon", "Reisetid", "Kjøring",
        "Avfallshåndtering", "Garantiarbeid"]
LOCAL_ONLY_PROJECTS = ["Intern tid", "Diverse", "Tilbud", "Tilbudsarbeid", "Garanti", "Reklamasjon",
                       "Møter", "Administrasjon", "Kurs og opplæring"]
P_ABBREV = {"rehabilitering": ["Rehab.", "Rehab"], "vedlikehold": ["Vedl.", "vedlikeh."],
            "etg": ["etasje", "et."], "etasje": ["etg"], "prosjektering": ["Prosj."],
            "regnskap": ["Regnsk."], "årsoppgjør": ["Årsoppgj.", "Årsoppg."],
            "mva-kompensasjon": ["MVA-komp.", "mva komp"], "bistand": ["Bist."],
            "konsulentbistand": ["Kons.bistand", "Konsulentbist."], "leilighet": ["leil."],
            "utvendig": ["utv."], "vaktmestertjenester": ["Vaktm.tjenester"],
            "generalforsamling": ["GF", "Generalfors."], "internkontroll": ["IK"],
            "skattemelding": ["Skattem."], "serviceavtale": ["Serv.avtale"],
            "ombygging": ["Ombygg."], "drift": ["D"], "garasjeanlegg": ["garasje"],
            "montering": ["Mont."], "flislegging": ["Flisl."], "byggeledelse": ["Byggel."],
            "tilleggsarbeid": ["Tillegg", "Tilleggsarb."], "endringsmelding": ["EM", "Endr.meld."],
            "dokumentasjon": ["Dok.", "FDV"], "materialer": ["Mat.", "Materiell"]}
P_WORD_MORE = {"Nytt tak {b}": "Nytt tak på {b}", "Rehabilitering bad {f}": "Rehabilitering av bad {f}",
               "Ny nettside": "Ny nettside og logo", "Lønn {m}": "Lønnskjøring {m}",
               "Drenering {b}": "Drenering rundt {b}", "Nytt kjøkken": "Nytt kjøkken og bad",
               "Riving {b}": "Riving av {b}", "Lekeplass": "Ny lekeplass", "Maling {b}":
               "Maling av {b}", "Montering varmepumpe": "Montering ny varmepumpe",
               "Stambytte {s} {n}": "Stambytte og baderom {s} {n}"}
P_ORDER = {"Nytt tak {b}": "{B} nytt tak", "Fasade {s} {n}": "{s} {n} fasade",
           "Montering varmepumpe": "Varmepumpe montering", "Rehabilitering bad {f}":
           "Bad {f} rehabilitering", "Årsoppgjør {y}": "{y} Årsoppgjør", "Lønn {m}": "{M} lønn",
           "Drift og vedlikehold {y}": "{y} Drift og vedlikehold", "Renhold {b}": "{B} renhold",
           "Ladestasjoner garasje": "Garasje ladestasjoner", "Befaring {s} {n}": "{s} {n} befaring"}
P_COMPOUND = {"Nytt tak {b}": "Nytt {b}stak", "Flislegging bad {f}": "Flislegging baderom {f}",
              "Membran garasjeanlegg": "Membran garasje anlegg", "Ny garasjeport": "Ny garasje port",
              "Ladestasjoner garasje": "Ladestasjoner garasjeanlegg", "HMS-rådgivning":
              "HMS rådgivning", "IT-drift {y}": "IT drift {y}", "Brannvarsling {b}":
              "Brann varsling {b}", "Vindusvask {y}": "Vindus vask {y}", "Mva-melding {y}":
              "MVA melding {y}", "Stambytte {s} {n}": "Stam-bytte {s} {n}",
              "Drift og vedlikehold {y}": "Drift/vedlikehold {y}",
              "Bistand MVA-kompensasjon": "Bistand mva kompensasjon",
              "Vaktmestertjenester {y}": "Vaktmester tjenester {y}"}

# ---- the generator ------------------------------------------------------------------------


class _Names:
    """Normalised customer names -> the company that owns them (no two companies share one,
    twins excepted)."""

    def __init__(self) -> None:
        self.owner: dict[str, int] = {}

    def free(self, name: str, company: int) -> bool:
        b = normalize_name(name).base
        return bool(b) and self.owner.get(b, company) == company

    def take(self, name: str, company: int) -> None:
        self.owner[normalize_name(name).base] = company


def _org(rng: random.Random, used: set[str]) -> str:
    while True:
        first8 = str(rng.choice([8, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        c = org_check_digit(first8)
        if c is not None and first8 + str(c) not in used:
            used.add(first8 + str(c))
            return first8 + str(c)


def _org_written(rng: random.Random, org: str) -> str:
    return rng.choice([org, org, f"{org[:3]} {org[3:6]} {org[6:]}", f"NO{org}MVA",
                       f"NO {org[:3]} {org[3:6]} {org[6:]} MVA"])


def _company_name(rng: random.Random) -> tuple[str, str]:
    """A generated company name and its category."""
    cat = rng.choices(["surname_trade", "trade_person", "place_trade", "fancy_trade",
                       "surname_trade_place", "sons", "person", "person_trade", "brl", "sameie",
                       "law", "accounting", "club", "holding", "consult"],
                      [22, 5, 12, 12, 5, 5, 6, 4, 5, 5, 4, 4, 3, 2, 5])[0]
    s, f, p = rng.choice(SURNAMES), rng.choice(FIRST), rng.choice(PLACES)
    t, fa = rng.choice(TRADES), rng.choice(FANCY)
    form = rng.choices(["AS", "", "ANS", "DA", "ENK", "AS"], [55, 25, 5, 3, 4, 8])[0]

    def w(x: str) -> str:
        return f"{x} {form}".strip()
    if cat == "surname_trade":
        return w(f"{s} {t}"), cat
    if cat == "trade_person":
        return rng.choice([f"Malermester {s}", f"Rørlegger {s}", f"Snekker {f} {s}",
                           f"Tannlege {f} {s}", f"Elektriker {s}", f"Murmester {s}",
                           f"Blikkenslager {s}", f"Glassmester {s}"]) + \
            rng.choice(["", "", " AS"]), cat
    if cat == "place_trade":
        return w(rng.choice([f"{p} {t}", f"{t} {p}", f"{rng.choice(REGIONS)} {t}"])), cat
    if cat == "fancy_trade":
        return w(f"{fa} {t}"), cat
    if cat == "surname_trade_place":
        return w(f"{s} {t} {rng.choice(PLACES + REGIONS)}"), cat
    if cat == "sons":
        return rng.choice([f"{s} & Sønner AS", f"{s} og Sønn AS", f"Brødrene {s} AS",
                           f"{s} & Sønn {t} AS", f"{s} & Co AS", f"Brødrene {s} {t}"]), cat
    if cat == "person":
        return rng.choice([f"{f} {s}", f"{f} {s}", f"{f} {s} ENK"]), cat
    if cat == "person_trade":
        return w(f"{f} {s} {t}"), cat
    if cat == "brl":
        b = rng.choice(BRL_L + [f"{rng.choice(PLACES)} {rng.choice(['Terrasse', 'Park', 'Hageby'])}"])
        return rng.choice([f"Borettslaget {b}", f"{b} Borettslag", f"{b} Borettslag",
                           f"{b} BRL"]), cat
    if cat == "sameie":
        st, n = rng.choice(STREETS_L), rng.randrange(1, 140)
        n_s = f"{n}" + (rng.choice("ABC") if rng.random() < 0.15 else "")
        return rng.choice([f"Sameiet {st} {n_s}", f"{st} {n_s} Sameie", f"Boligsameiet {st} {n_s}",
                           f"Sameiet {st} {n_s}"]), cat
    if cat == "law":
        s2 = rng.choice(SURNAMES)
        return rng.choice([f"Advokatfirmaet {s} DA", f"Advokatfirmaet {s} & {s2} AS",
                           f"Advokat {f} {s}", f"{s} Advokatfirma AS",
                           f"Advokatfirmaet {s} {s2} DA"]), cat
    if cat == "accounting":
        return rng.choice([f"Regnskapskontoret {rng.choice(REGIONS)} AS", f"{p} Regnskapsbyrå AS",
                           f"{s} Regnskap AS", f"Regnskapskontoret {s} AS",
                           f"{rng.choice(REGIONS)} Regnskapsservice AS"]), cat
    if cat == "club":
        return rng.choice([f"{p} Idrettslag", f"{p} IL", f"Idrettslaget {fa}", f"{p} Velforening",
                           f"{p} Skolekorps", f"{p} Sportsklubb"]), cat
    if cat == "holding":
        return rng.choice([f"{s} Holding AS", f"{s} Invest AS", f"{fa} Eiendom AS"]), cat
    return rng.choice([f"{fa} Consulting AS", f"{s} Consulting Group AS", f"{fa} Management AS",
                       f"{fa} Technology AS", f"{fa} Tech AS", f"{fa} Solutions AS",
                       f"Nordic {t} Group AS", f"{fa} Consulting Group AS"]), cat


def _trap(rng: random.Random, name: str) -> tuple[str, str] | None:
    """Another company named like `name`: (its name, kind)."""
    base, form = strip_form(name), form_of(name) or "AS"
    ws = words(base)
    kinds = []
    sur = [w for w in ws if w in SURNAMES]
    trade = [w for w in ws if w in TRADES]
    place = [w for w in ws if w in PLACES + REGIONS]
    if sur and trade:
        kinds += ["trap-other-trade", "trap-holding"]
    if trade and place:
        kinds.append("trap-other-place")
    if any(w in NEAR_SURNAMES for w in ws):
        kinds.append("trap-near-surname")
    if sur:
        kinds.append("trap-first-name")
    if re.search(r"(gate|gata|gaten|veien|vei|plass) \d+", base.lower()):
        kinds.append("trap-house-number")
    if ws[0] in ("Borettslaget", "Sameiet") or ws[-1] in ("Borettslag", "BRL"):
        kinds.append("trap-word-more")
    if not kinds:
        return None
    k = rng.choice(kinds)
    if k == "trap-other-trade":
        i = next((j for j, w in enumerate(ws) if w in TRADES), len(ws) - 1)
        ws2 = ws[:i] + [rng.choice([t for t in TRADES if t != ws[i]])] + ws[i + 1:]
        return " ".join(ws2) + f" {form}", k
    if k == "trap-holding":
        s = sur[0]
        return rng.choice([f"{s} Holding AS", f"{base} Holding AS", f"{s} Eiendom AS",
                           f"{s} Invest AS"]), k
    if k == "trap-other-place":
        i = next(j for j, w in enumerate(ws) if w in PLACES + REGIONS)
        ws2 = ws[:i] + [rng.choice([p for p in PLACES if p != ws[i]])] + ws[i + 1:]
        return " ".join(ws2) + f" {form}", k
    if k == "trap-near-surname":
        i = next(j for j, w in enumerate(ws) if w in NEAR_SURNAMES)
        return " ".join(ws[:i] + [NEAR_SURNAMES[ws[i]]] + ws[i + 1:]) + f" {form}", k
    if k == "trap-first-name":
        i = ws.index(sur[0])
        f = rng.choice(FIRST)
        if i > 0 and ws[i - 1] in FIRST:
            return " ".join(ws[:i - 1] + [f] + ws[i:]), k
        return " ".join(ws[:i] + [f] + ws[i:]) + f" {form}", k
    if k == "trap-house-number":
        m = re.search(r"\d+", base)
        n = int(m.group(0)) + rng.choice([-2, -1, 1, 2, 10])
        return base[:m.start()] + str(max(n, 1)) + base[m.end():], k
    return base + " " + rng.choice(["Øst", "Vest", "II", "Terrasse", "Nord"]), k


class Gen:
    def __init__(self, seed: int, customers: int, projects: int) -> None:
        self.rng = random.Random(f"b-{seed}")
        self.seed, self.n_local, self.n_proj = seed, customers, projects
        self.names = _Names()
        self.orgs: set[str] = set()
        self.local: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.tx: dict[str, list[Rec]] = {"customer": [], "project": []}
        self.truth: dict[tuple[str, str], int] = {}
        self.tags: dict[tuple[str, str | int], list[str]] = {}
        self.resembles: dict[tuple[str, int], str] = {}
        self.tx_ids = iter(range(5000 + 37 * seed, 10 ** 9, 7))
        self.tx_numbers = 10001
        self.local_numbers = 1
        self.company_no = 0
        self.canon: dict[str, str] = {}
        self.pool = [n.strip() for line in REAL.strip().splitlines() for n in line.split("|")]
        self.rng.shuffle(self.pool)

    # -- ids and numbers
    def tx_id(self) -> int:
        return next(self.tx_ids)

    def tx_number(self) -> str:
        n = self.tx_numbers
        self.tx_numbers += 1
        return str(n)

    def own_number(self) -> str:
        n = self.local_numbers
        self.local_numbers += self.rng.choice([1, 1, 1, 2, 3])
        return str(n)

    # -- companies
    def new_company(self, real: bool = True) -> tuple[int, str, str]:
        """A fresh company: (id, canonical name, category), its name free."""
        for _ in range(1000):
            self.company_no += 1
            if real and self.pool and self.rng.random() < 0.35:
                name, cat = self.pool.pop(), "real"
            else:
                name, cat = _company_name(self.rng)
            if self.names.free(name, self.company_no) and self._variants_free(name):
                self.names.take(name, self.company_no)
                return self.company_no, name, cat
        raise RuntimeError("no free company name")

    def _variants_free(self, name: str) -> bool:
        return True

    def draw(self) -> tuple[str, str, bool]:
        """A candidate name, not yet reserved: (name, category, from the real list)."""
        if self.pool and self.rng.random() < 0.35:
            return self.pool.pop(), "real", True
        name, cat = _company_name(self.rng)
        return name, cat, False

    def local_customer(self, name: str, org: str | None, number: str | None) -> Rec:
        key = f"c-{len(self.local['customer']) + 1}"
        rec = Rec("customer", key, name, number, _org_written(self.rng, org) if org else None)
        self.local["customer"].append(rec)
        return rec

    def tx_customer(self, name: str, org: str | None, number: str | None = None) -> Rec:
        rec = Rec("customer", self.tx_id(), name, number or self.tx_number(), org)
        self.tx["customer"].append(rec)
        return rec

    def brreg(self, name: str) -> str:
        """How Tripletex shows a name fetched from Brønnøysund: capitals."""
        return name.upper()

    def pair(self) -> tuple[Rec, Rec]:
        rng = self.rng
        # the spelling kind first, then a company whose name it applies to
        kinds = list(CUSTOMER_KINDS)
        weights = [CUSTOMER_KINDS[k][0] for k in kinds]
        kind = rng.choices(kinds, weights)[0]
        special = ("number-in-name", "org-in-name", "same")
        for attempt in range(60):
            canon, cat, real = self.draw()
            self.company_no += 1
            if not self.names.free(canon, self.company_no):
                continue
            if kind in special or CUSTOMER_KINDS[kind][1](random.Random(attempt), canon):
                break
            if real:
                self.pool.insert(0, canon)
        else:
            kind = "same"
            self.company_no, canon, cat = self.new_company()
        self.names.take(canon, self.company_no)
        cid = self.company_no
        for _ in range(30):
            where = rng.choice(["local", "tx"])
            if _ > 10:
                kind = rng.choices(kinds, weights)[0]
            if kind in ("brand-short", "legal-drop", "dept-added", "contact-added",
                        "number-in-name") and rng.random() < 0.75:
                where = "local"  # mostly the local side is the short or annotated one
            if kind in ("number-in-name", "org-in-name"):
                alt = canon  # decided below, once the number is known
            else:
                alt = CUSTOMER_KINDS[kind][1](rng, canon)
            if alt is None or not alt.strip():
                continue
            if kind != "same" and alt == canon and kind not in ("number-in-name", "org-in-name"):
                continue
            if alt != canon and not self.names.free(alt, cid):
                continue
            break
        else:
            kind, where, alt = "same", "local", canon
        self.names.take(alt, cid)
        loc_name, tx_name = (alt, canon) if where == "local" else (canon, alt)
        extras: list[str] = []
        # cosmetic extras
        if kind not in ("legal-drop", "legal-change", "legal-spelling", "legal-prefix") and \
                form_of(loc_name) and rng.random() < 0.45:
            loc_name = strip_form(loc_name)
            extras.append("+local-form-dropped")
        if kind not in ("all-caps", "lower", "nordic-caps") and rng.random() < 0.25:
            tx_name = self.brreg(tx_name)
            extras.append("+tx-caps")
        # numbers and org numbers
        org = _org(rng, self.orgs) if cat not in ("person",) and rng.random() < 0.8 else None
        r = rng.random()
        tx_org = org if org and r < 0.7 else None
        loc_org = org if org and (r < 0.22 or 0.7 <= r < 0.75) else None
        if kind == "acronym":
            tx_org = loc_org = org or _org(rng, self.orgs)
        tx_no = self.tx_number()
        r = rng.random()
        loc_no = tx_no if r < 0.22 else (self.own_number() if r < 0.55 else None)
        if kind == "number-in-name":
            shown = tx_no if rng.random() < 0.6 else self.own_number()
            loc_no = loc_no if loc_no != shown else None
            fmt = rng.choice(["{n} {x}", "{n} - {x}", "{x} ({n})", "{x} - {n}", "{n}: {x}"])
            if where == "local":
                loc_name = fmt.format(n=shown, x=loc_name)
            else:
                tx_name = fmt.format(n=shown, x=tx_name)
        if kind == "org-in-name":
            o = org or _org(rng, self.orgs)
            tx_org = tx_org if tx_org else (o if rng.random() < 0.5 else None)
            fmt = rng.choice(["{x} ({o})", "{x} - {o}", "{x} org.nr {o}", "{x} {o3}"])
            s = fmt.format(x=loc_name, o=o, o3=f"{o[:3]} {o[3:6]} {o[6:]}")
            loc_name = s
            where = "local"
        if not self.names.free(loc_name, cid) or not self.names.free(tx_name, cid):
            loc_name = tx_name = canon
            kind, extras = "same", []
        self.names.take(loc_name, cid)
        self.names.take(tx_name, cid)
        lrec = self.local_customer(loc_name, loc_org, loc_no)
        self.canon[lrec.id] = canon
        trec = self.tx_customer(tx_name, tx_org, tx_no)
        tag = [f"{kind}/var-{where}" if kind != "same" else "same"] + extras
        if loc_org and tx_org:
            tag.append("+org-both")
        if loc_no == tx_no:
            tag.append("+number-copied")
        self.truth[("customer", lrec.id)] = trec.id
        self.tags[("customer", lrec.id)] = tag
        self.tags[("customer", trec.id)] = tag
        return lrec, trec

    def local_only(self) -> Rec:
        cid, name, cat = self.new_company()
        if form_of(name) and self.rng.random() < 0.5:
            name = strip_form(name)
            self.names.take(name, cid)
        r = self.rng.random()
        rec = self.local_customer(name, _org(self.rng, self.orgs) if r < 0.08 else None,
                                  self.own_number() if r < 0.45 else None)
        self.canon[rec.id] = name
        self.tags[("customer", rec.id)] = ["local-only"]
        return rec

    def tx_new(self) -> Rec:
        cid, name, cat = self.new_company()
        if self.rng.random() < 0.3:
            name = self.brreg(name)
        rec = self.tx_customer(name, _org(self.rng, self.orgs) if self.rng.random() < 0.65 else None)
        self.tags[("customer", rec.id)] = ["tx-new"]
        return rec

    def trap(self, target: Rec) -> Rec | None:
        for _ in range(10):
            t = _trap(self.rng, self.canon.get(target.id, target.name))
            if t is None:
                return None
            name, kind = t
            self.company_no += 1
            if self.names.free(name, self.company_no):
                self.names.take(name, self.company_no)
                if self.rng.random() < 0.3:
                    name = self.brreg(name)
                rec = self.tx_customer(name, _org(self.rng, self.orgs)
                                       if self.rng.random() < 0.6 else None)
                self.tags[("customer", rec.id)] = [kind]
                self.resembles[("customer", rec.id)] = target.id
                return rec
        return None

    def twins(self, kind: str) -> list[tuple[Rec | None, Rec | None]]:
        """Two companies of one name: (local, Tripletex) per company."""
        rng = self.rng
        cid, name, cat = self.new_company(real=False)
        while cat not in ("surname_trade", "person", "person_trade", "trade_person", "sons",
                          "fancy_trade", "place_trade"):
            cid, name, cat = self.new_company(real=False)
        cid2 = cid  # the twin shares the name (allowed)
        tag = [kind]
        out: list[tuple[Rec | None, Rec | None]] = []
        if kind == "twin-number":  # told apart by the copied customer number
            for _ in range(2):
                t = self.tx_customer(name, None)
                loc = self.local_customer(strip_form(name) if rng.random() < 0.5 else name, None,
                                          t.number)
                out.append((loc, t))
        elif kind == "twin-org":
            for _ in range(2):
                o = _org(rng, self.orgs)
                t = self.tx_customer(name, o)
                loc = self.local_customer(name, o, None)
                out.append((loc, t))
        elif kind == "twin-true":
            for _ in range(2):
                out.append((self.local_customer(name, None, None), self.tx_customer(name, None)))
        elif kind == "twin-local":  # two local of one name, one of them in Tripletex
            t = self.tx_customer(name, None)
            out.append((self.local_customer(name, None, None), t))
            out.append((self.local_customer(name, None, self.own_number()), None))
        elif kind == "twin-tx":  # two Tripletex of one name, one of them local
            out.append((self.local_customer(name, None, None), self.tx_customer(name, None)))
            out.append((None, self.tx_customer(name, _org(rng, self.orgs))))
        del cid2
        for loc, t in out:
            if loc is not None and t is not None:
                self.truth[("customer", loc.id)] = t.id
            for r in (loc, t):
                if r is not None:
                    self.tags[("customer", r.id)] = tag
        return out

    # -- projects
    def project_name(self, customer_name: str, used: set[str]) -> tuple[str, str]:
        """A project name template and its filled form, free in `used` (normalised)."""
        rng = self.rng
        for _ in range(50):
            tpl = rng.choice(PROJECTS)
            name = self.fill(tpl, {})
            b = normalize_name(name).base
            if b and b not in used:
                return tpl, name
        return "Prosjekt {n}", f"Prosjekt {rng.randrange(1000)}"

    def fill(self, tpl: str, v: dict[str, str]) -> str:
        rng = self.rng
        v.setdefault("y", str(rng.choice([2023, 2024, 2024, 2025, 2025, 2026])))
        v.setdefault("m", rng.choice(MONTHS))
        v.setdefault("f", rng.choice(FLOORS))
        v.setdefault("b", rng.choice(BUILDINGS))
        v.setdefault("s", rng.choice(STREETS_L))
        v.setdefault("n", str(rng.randrange(1, 90)))
        v.setdefault("t", rng.choice(TOPICS))
        v.setdefault("sn", rng.choice(SURNAMES))
        v["B"], v["M"] = title(v["b"]), title(v["m"])
        return tpl.format(**v)

    def project_variant(self, tpl: str, v: dict[str, str], name: str, cust_local: Rec,
                        cust_tx: Rec) -> tuple[str, str, str]:
        """(kind, where, altered name) for a project pair."""
        rng = self.rng
        kinds = {"same": 24, "case": 4, "cust-name": 9, "cust-number": 4, "year-short": 6,
                 "year-range": 2, "year-dropped": 2, "abbrev": 8, "compound": 5, "word-more": 5,
                 "order": 4, "typo": 7, "typo-short": 2, "nordic": 4, "month-short": 3,
                 "project-number": 3, "address-abbrev": 3, "punct": 3, "floor-form": 3}
        names, weights = list(kinds), list(kinds.values())
        for _ in range(20):
            k = rng.choices(names, weights)[0]
            where = rng.choice(["local", "tx"])
            alt: str | None = None
            if k == "same":
                alt = name
            elif k == "case":
                alt = rng.choice([name.upper(), name.lower(), " ".join(title(w) for w in words(name))])
            elif k == "cust-name":
                c = strip_form(cust_local.name if where == "local" else cust_tx.name)
                alt = rng.choice(["{c} - {p}", "{c}: {p}", "{p} ({c})", "{c} {p}", "{p} - {c}",
                                  "{c} – {p}"]).format(c=c, p=name)
            elif k == "cust-number":
                n = cust_tx.number
                alt = rng.choice(["{n} {p}", "{n} - {p}", "{p} ({n})", "{n}-{p}"]).format(n=n, p=name)
            elif k == "year-short" and "{y}" in tpl:
                y = v["y"]
                alt = name.replace(y, rng.choice([y[2:], "-" + y[2:], "'" + y[2:]]))
            elif k == "year-range" and "{y}" in tpl:
                y = int(v["y"])
                alt = name.replace(str(y), rng.choice([f"{y}-{y + 1}", f"{y}/{y + 1}",
                                                       f"{y % 100}/{(y + 1) % 100}", f"{y}/{(y + 1) % 100}"]))
            elif k == "year-dropped" and "{y}" in tpl:
                alt = name.replace(" " + v["y"], "")
            elif k == "abbrev":
                ws = words(name)
                idx = [i for i, w in enumerate(ws) if w.lower().rstrip(".") in P_ABBREV]
                if idx:
                    i = rng.choice(idx)
                    alt = put(name, i, rng.choice(P_ABBREV[ws[i].lower().rstrip(".")]))
                elif " og " in name:
                    alt = name.replace(" og ", rng.choice([" & ", "/", " + "]))
            elif k == "compound" and tpl in P_COMPOUND:
                alt = self.fill(P_COMPOUND[tpl], dict(v))
            elif k == "word-more" and tpl in P_WORD_MORE:
                alt = self.fill(P_WORD_MORE[tpl], dict(v))
            elif k == "order" and tpl in P_ORDER:
                alt = self.fill(P_ORDER[tpl], dict(v))
            elif k == "typo":
                alt = typo(rng.choice(["drop", "double", "swap", "key", "insert"]))(rng, name)
            elif k == "typo-short":
                alt = typo_short(rng, name)
            elif k == "nordic":
                alt = (nordic_plain if rng.random() < 0.6 else nordic_digraph)(rng, name)
            elif k == "month-short" and "{m}" in tpl:
                m = v["m"]
                alt = name.replace(m, rng.choice([m[:3], m[:3] + ".", f"{MONTHS.index(m) + 1:02d}",
                                                  title(m)]))
            elif k == "project-number":
                alt = None  # needs the number: done by the caller
                if rng.random() < 1:
                    return k, "local", name
            elif k == "address-abbrev" and "{s}" in tpl:
                alt = address_abbrev(rng, name)
            elif k == "punct":
                alt = rng.choice([name + ".", name.replace(" ", " - ", 1), name + ":",
                                  name.replace(" ", "_")])
            elif k == "floor-form" and "{f}" in tpl and v["f"][0].isdigit():
                d = v["f"][0]
                alt = name.replace(v["f"], rng.choice([f"{d}.etg", f"{d} etg", f"{d}. etasje",
                                                       {"1": "første", "2": "andre", "3": "tredje"}[d]
                                                       + " etasje"]))
            if alt and (alt != name or k == "same"):
                return k, where, alt
        return "same", "local", name

    def projects(self, pairs: list[tuple[Rec, Rec]], local_only: list[Rec],
                 tx_new: list[Rec]) -> None:
        rng = self.rng
        tx_pno = iter(range(1, 10 ** 6))
        # how many local projects each local customer has (skewed: a few have many)
        weights = {id(c): (2.5 if c is not None else 1.0) for c, _ in pairs}
        owners: list[tuple[Rec, Rec | None]] = [(lc, tc) for lc, tc in pairs] + \
            [(lc, None) for lc in local_only]
        w = [(3.0 if tc is not None else 1.0) * rng.choice([0.3, 1, 1, 1, 2, 4]) for _, tc in owners]
        del weights
        count: dict[str, int] = {}
        n_main = int(self.n_proj * 0.86)
        for _ in range(n_main):
            lc, _tc = rng.choices(owners, w)[0]
            count[lc.id] = count.get(lc.id, 0) + 1
        n_sub = self.n_proj - n_main
        made = 0
        mains_paired: list[tuple[Rec, Rec | None, dict]] = []
        for lc, tc in owners:
            k = count.get(lc.id, 0)
            if tc is None:
                for _ in range(k):
                    made += 1
                    used: set[str] = set()
                    _tpl, nm = self.project_name(lc.name, used)
                    p = Rec("project", f"p-{len(self.local['project']) + 1}", nm, None, None, lc.id)
                    self.local["project"].append(p)
                continue
            used = set()
            series_done = False
            for _ in range(k):
                tpl, name = self.project_name(lc.name, used)
                v: dict[str, str] = {}
                # refill with known values so variants can find the parts
                name = self.fill(tpl, v)
                if normalize_name(name).base in used:
                    continue
                r = rng.random()
                if r < 0.12:  # local-only project
                    nm = rng.choice(LOCAL_ONLY_PROJECTS) if rng.random() < 0.5 else name
                    if normalize_name(nm).base in used:
                        continue
                    used.add(normalize_name(nm).base)
                    p = Rec("project", f"p-{len(self.local['project']) + 1}", nm, None, None, lc.id)
                    self.local["project"].append(p)
                    self.tags[("project", p.id)] = ["local-only"]
                    continue
                kind, where, alt = self.project_variant(tpl, v, name, lc, tc)
                tno = str(next(tx_pno))
                if kind == "project-number":
                    alt = rng.choice(["{n} {p}", "P{n} {p}", "{p} ({n})", "#{n} {p}"]).format(
                        n=tno, p=name)
                lname, tname = (alt, name) if where == "local" else (name, alt)
                bl, bt = normalize_name(lname).base, normalize_name(tname).base
                if not bl or not bt or (bl in used) or (bt in used):
                    lname = tname = name
                    kind, where = "same", "local"
                    bl = bt = normalize_name(name).base
                    if bl in used:
                        continue
                used.update({bl, bt})
                lno = tno if rng.random() < 0.2 else None
                lp = Rec("project", f"p-{len(self.local['project']) + 1}", lname, lno, None, lc.id)
                tp = Rec("project", self.tx_id(), tname, tno, None, tc.id)
                self.local["project"].append(lp)
                self.tx["project"].append(tp)
                self.truth[("project", lp.id)] = tp.id
                tag = ["same" if kind == "same" else f"{kind}/var-{where}"]
                if lno:
                    tag.append("+number-copied")
                self.tags[("project", lp.id)] = self.tags[("project", tp.id)] = tag
                mains_paired.append((lp, tp, v))
                made += 1
                # a series: other years or months only in Tripletex
                if not series_done and kind != "year-dropped" and ("{y}" in tpl or "{m}" in tpl) and rng.random() < 0.35:
                    series_done = True
                    for d in (1, -1):
                        v2 = dict(v)
                        if "{y}" in tpl:
                            v2["y"] = str(int(v["y"]) + d)
                        else:
                            v2["m"] = MONTHS[(MONTHS.index(v["m"]) + d) % 12]
                        n2 = self.fill(tpl, v2)
                        b2 = normalize_name(n2).base
                        if b2 in used:
                            continue
                        used.add(b2)
                        tp2 = Rec("project", self.tx_id(), n2, str(next(tx_pno)), None, tc.id)
                        self.tx["project"].append(tp2)
                        self.tags[("project", tp2.id)] = ["trap-series"]
                        self.resembles[("project", tp2.id)] = lp.id
            # Tripletex projects new to the time tracker under this customer
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                _tpl, nm = self.project_name(tc.name, used)
                b = normalize_name(nm).base
                if b in used:
                    continue
                used.add(b)
                tp = Rec("project", self.tx_id(), nm, str(next(tx_pno)), None, tc.id)
                self.tx["project"].append(tp)
                self.tags[("project", tp.id)] = ["tx-new"]
        # sub-projects under paired main projects
        rng.shuffle(mains_paired)
        for lp, tp, _v in mains_paired:
            if n_sub <= 0:
                break
            k = min(n_sub, rng.choice([1, 2, 2, 3, 4]))
            subs = rng.sample(SUBS, k)
            used = set()
            for s in subs:
                n_sub -= 1
                kind = rng.choices(["same", "parent-name", "typo", "abbrev", "case", "order"],
                                   [40, 15, 10, 10, 10, 5])[0]
                where = rng.choice(["local", "tx"])
                alt: str | None = s
                if kind == "parent-name":
                    alt = rng.choice([f"{lp.name} - {s}", f"{s} ({lp.name})", f"{lp.name}: {s}"])
                elif kind == "typo":
                    alt = typo(rng.choice(["drop", "swap", "key", "double"]))(rng, s)
                elif kind == "abbrev":
                    ws = words(s)
                    idx = [i for i, w in enumerate(ws) if w.lower() in P_ABBREV]
                    alt = put(s, idx[0], rng.choice(P_ABBREV[ws[idx[0]].lower()])) if idx else None
                elif kind == "case":
                    alt = s.upper() if rng.random() < 0.5 else s.lower()
                elif kind == "order":
                    ws = words(s)
                    alt = " ".join(reversed(ws)) if len(ws) > 1 else None
                if not alt or (alt == s and kind != "same"):
                    kind, alt = "same", s
                lname, tname = (alt, s) if where == "local" else (s, alt)
                bl, bt = normalize_name(lname).base, normalize_name(tname).base
                if bl in used or bt in used:
                    continue
                used.update({bl, bt})
                tno = str(next(tx_pno))
                if rng.random() < 0.15:  # a local-only sub-project
                    ls = Rec("project", f"p-{len(self.local['project']) + 1}", lname, None, None,
                             lp.customer, lp.id)
                    self.local["project"].append(ls)
                    self.tags[("project", ls.id)] = ["local-only"]
                    continue
                ls = Rec("project", f"p-{len(self.local['project']) + 1}", lname,
                         tno if rng.random() < 0.2 else None, None, lp.customer, lp.id)
                ts = Rec("project", self.tx_id(), tname, tno, None, tp.customer, tp.id)
                self.local["project"].append(ls)
                self.tx["project"].append(ts)
                self.truth[("project", ls.id)] = ts.id
                tag = ["sub:" + ("same" if kind == "same" else f"{kind}/var-{where}")]
                if kind == "same":
                    tag = ["same"]
                self.tags[("project", ls.id)] = self.tags[("project", ts.id)] = tag
        # a few projects under Tripletex customers new to the time tracker
        for tc in tx_new:
            for _ in range(rng.choice([0, 0, 0, 1, 2])):
                _tpl, nm = self.project_name(tc.name, set())
                self.tx["project"].append(Rec("project", self.tx_id(), nm, str(next(tx_pno)),
                                              None, tc.id))

    def build(self) -> DataSet:
        rng = self.rng
        n = self.n_local
        n_twin_sets = max(1, n // 120)  # each of the 5 twin kinds about n/60 times
        pairs: list[tuple[Rec, Rec]] = []
        local_only: list[Rec] = []
        tx_new: list[Rec] = []
        for kind in ["twin-number", "twin-org", "twin-true", "twin-local", "twin-tx"] * n_twin_sets:
            for loc, t in self.twins(kind):
                if loc is not None and t is not None:
                    pairs.append((loc, t))
                elif loc is not None:
                    local_only.append(loc)
                elif t is not None:
                    tx_new.append(t)
        n_pairs = round(n * 0.72) - len(pairs)
        for _ in range(max(0, n_pairs)):
            pairs.append(self.pair())
        while len(self.local["customer"]) < n:
            local_only.append(self.local_only())
        # traps: new Tripletex companies named like a local one
        targets = rng.sample(self.local["customer"], k=min(len(self.local["customer"]),
                                                           max(1, n // 7)))
        for target in targets:
            t = self.trap(target)
            if t is not None:
                tx_new.append(t)
        while len(self.tx["customer"]) < round(n * 5 / 3):
            tx_new.append(self.tx_new())
        self.projects(pairs, local_only, tx_new)
        # Tripletex lists its records in its own order
        rng.shuffle(self.tx["customer"])
        rng.shuffle(self.tx["project"])
        self.tx["project"].sort(key=lambda p: p.parent is not None)
        return DataSet(self.seed, self.local, self.tx, self.truth, self.tags, self.resembles)


def generate(seed: int, customers: int = 300, projects: int = 500) -> DataSet:
    return Gen(seed, customers, projects).build()
