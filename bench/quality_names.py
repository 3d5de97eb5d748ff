"""Norwegian company and project names, and the ways two registries spell one name differently.

Used by `bench/quality_data.py` (the data set of `bench/matching_quality.py`). Written from how
Norwegian businesses are named, not from rabbitsync's matching code: real brands (as Tripletex
holds them, with the shorter names people type), names built from surnames, places, trades and
streets, borettslag and sameier, law and accounting firms, clubs.

A variant function takes a name (words without the legal form) and returns `(fuller, other)`:
two spellings of the same name, the first the fuller/"correct" one, or None when the kind does
not apply to that name. The caller decides which side (local or Tripletex) gets which.
"""

from __future__ import annotations

import random
import re

from core.matching.normalize import normalize_name


def _w(text: str) -> list[str]:
    return text.split()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


# ---- material -------------------------------------------------------------------------------

SURNAMES = _w(
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen "
    "Pettersen Eriksen Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen "
    "Henriksen Sørensen Jakobsen Gundersen Iversen Solberg Svendsen Eide Knutsen "
    "Martinsen Paulsen Bakken Kristoffersen Mathisen Amundsen Rasmussen Lunde "
    "Solheim Nygård Bakke Kristensen Fredriksen Christensen Andresen "
    "Knudsen Evensen Sæther Myhre Haugland Thomassen Sivertsen Simonsen "
    "Danielsen Berntsen Sandvik Rønning Arnesen Antonsen Næss Ellingsen Thorsen Edvardsen "
    "Birkeland Isaksen Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland "
    "Bøe Aune Mikkelsen Tveit Brekke Abrahamsen Madsen Håland Løken Tønnessen Fjeld "
    "Bjørnstad Engebretsen Fossum Gjerde Grønli Hovland Kvam Lindstrøm Mortensen Nordby "
    "Ottesen Rustad Skaug Stene Sunde Tjelle Vold Aarseth Dalen Hegge Jenssen Kleven "
    "Langeland Midtbø Nesheim Opsahl Rolland Skjelbred Tufte Ulvestad Wiik Økland Årdal"
)
# surnames close to one another or to a place: traps ("Lund Bygg" is not "Lunde Bygg")
NEAR_NAMES = [("Lund", "Lunde"), ("Dahl", "Dahle"), ("Berg", "Berge"), ("Hauge", "Haugen"),
              ("Moe", "Moen"), ("Lie", "Lien"), ("Holm", "Holmen"), ("Strand", "Stranda"),
              ("Berg", "Bergen"), ("Ski", "Skien"), ("Vik", "Vika"), ("Hansen", "Hanssen"),
              ("Sand", "Sande"), ("Nes", "Ness"), ("Moss", "Mosby"), ("Bø", "Bøe")]
FIRST_NAMES = _w(
    "Ola Kari Per Anne Lars Ingrid Knut Silje Erik Marit Jon Hilde Terje Kristin Geir Nina "
    "Espen Tone Morten Camilla Øyvind Åse Bjørn Solveig Håkon Mette Ståle Ragnhild Jørgen Sigrid "
    "Trond Guro Eirik Ingvild Sindre Torill Ørjan Hege Vegard Åshild"
)
PLACES = _w(
    "Oslo Bergen Trondheim Stavanger Tromsø Drammen Fredrikstad Kristiansand Sandnes Ålesund "
    "Sandefjord Haugesund Tønsberg Porsgrunn Bodø Arendal Hamar Larvik Halden Lillehammer "
    "Harstad Molde Gjøvik Kongsberg Jessheim Horten Grimstad Askøy Alta Narvik Steinkjer "
    "Førde Voss Ørsta Florø Kirkenes Levanger Stord Lillestrøm Kristiansund Stjørdal Mosjøen "
    "Røros Lærdal Sogndal Kvinnherad Fana Åsane Sandviken Årstad Frogner Grünerløkka Bærum "
    "Asker Nittedal Sotra Sunnmøre Nordmøre Jæren Hallingdal Romerike Valdres Lofoten "
    "Vesterålen Helgeland Finnmark Telemark Agder Vestfold Østerdalen Ryfylke Hardanger Senja"
)
REGION_ADJ = ["Vestlandske", "Nordnorsk", "Sørlandets", "Østlandske", "Trøndelag", "Midt-Norsk"]
FANCY = _w(
    "Nordlys Fjell Fjord Havblikk Solstreif Bølge Varde Furu Bjørk Eik Nova Polar Arktis "
    "Viking Saga Norrøn Horisont Kompass Brygga Kaien Mølla Smia Tinde Nordic Aurora Fyrlykt "
    "Skjærgård Kystlys Trolltind Kvitfjell Nordkapp Midnattsol Alfa Delta Optima Prima Linn "
    "Nordisk Lysglimt Utsikten Bautaen Gullfaks Havørn Steinkobben Isbre Stjerneskudd"
)
STREETS = _lines("""
    Storgata
    Kirkeveien
    Thereses gate
    Markveien
    Kongens gate
    Dronningens gate
    Øvre Slottsgate
    Grønlandsleiret
    Møllergata
    Ullevålsveien
    Bogstadveien
    Hegdehaugsveien
    Sognsveien
    Trondheimsveien
    Strandgata
    Nygårdsgaten
    Kalfarveien
    Fjellveien
    Elvegata
    Sjøgata
    Løkkeveien
    Tollbugata
    Prinsens gate
    Havnegata
    Sandgata
    Parkveien
    Skolegata
    Jernbanegata
    Fredrikkes gate
    Bjørnstjerne Bjørnsons gate
    Lyder Sagens gate
    Kong Oscars gate
""")
NEIGHBOURHOODS = _w(
    "Lia Romsås Lambertseter Tåsen Furuset Haugerud Bølerlia Solfjellet Kringsjå Nordberg "
    "Sandaker Torshov Ila Fyllingsdalen Lønborg Kolsås Haslum Stovner Rommen Vestli Linderud "
    "Veitvet Grorud Sagene Skøyen Ullern Sletten Landås Gimle Hesthaugen Ekeberg Kjelsås "
    "Tonsenhagen Bekkelaget Nordstrand Hauketo Holmlia Mortensrud Ammerud Rødtvet Ellingsrud "
    "Trosterud Lindeberg Bjerke Bryn Ulsrud Lysejordet Kasteløkka Ryen Abildsø Nyjordet"
)
NEIGHBOURHOOD_SUFFIX = ["", "", "", "", " Terrasse", " Park", "lia", "haugen", " Øst", " Vest"]

# real Norwegian companies, as Tripletex would hold them: (Tripletex name, short names people
# type, sector). Only the names are used; numbers are generated.
BRANDS: list[tuple[str, tuple[str, ...], str]] = [
    ("Fjordkraft AS", ("Fjordkraft",), "energy"),
    ("Veidekke Entreprenør AS", ("Veidekke", "Veidekke Entr."), "construction"),
    ("Backe Bygg AS", ("Backe", "Backe Bygg"), "construction"),
    ("OBOS BBL", ("Obos", "OBOS"), "property"),
    ("Mestergruppen AS", ("Mestergruppen",), "construction"),
    ("AF Gruppen Norge AS", ("AF Gruppen",), "construction"),
    ("Kruse Smith Entreprenør AS", ("Kruse Smith",), "construction"),
    ("Betonmast Oslo AS", ("Betonmast",), "construction"),
    ("Skanska Norge AS", ("Skanska",), "construction"),
    ("Block Watne AS", ("Block Watne",), "construction"),
    ("Selvaag Bolig ASA", ("Selvaag Bolig", "Selvaag"), "property"),
    ("Optimera AS", ("Optimera",), "retail"),
    ("Byggmakker Handel AS", ("Byggmakker",), "retail"),
    ("Coop Norge SA", ("Coop", "Coop Norge"), "retail"),
    ("Tine SA", ("Tine",), "food"),
    ("Nortura SA", ("Nortura",), "food"),
    ("Felleskjøpet Agri SA", ("Felleskjøpet",), "retail"),
    ("Orkla ASA", ("Orkla",), "food"),
    ("Telenor Norge AS", ("Telenor",), "it"),
    ("Telia Norge AS", ("Telia",), "it"),
    ("Lyse AS", ("Lyse",), "energy"),
    ("Hafslund AS", ("Hafslund",), "energy"),
    ("Agder Energi AS", ("Agder Energi",), "energy"),
    ("Elvia AS", ("Elvia",), "energy"),
    ("Statkraft AS", ("Statkraft",), "energy"),
    ("Posten Norge AS", ("Posten", "Posten Bring"), "transport"),
    ("Norsk Gjenvinning AS", ("Norsk Gjenvinning",), "transport"),
    ("Multiconsult Norge AS", ("Multiconsult",), "consulting"),
    ("Norconsult AS", ("Norconsult",), "consulting"),
    ("Asplan Viak AS", ("Asplan Viak",), "consulting"),
    ("Sweco Norge AS", ("Sweco",), "consulting"),
    ("Rambøll Norge AS", ("Rambøll", "Ramboll"), "consulting"),
    ("Bouvet Norge AS", ("Bouvet",), "it"),
    ("Sopra Steria AS", ("Sopra Steria",), "it"),
    ("Itera ASA", ("Itera",), "it"),
    ("Knowit AS", ("Knowit",), "it"),
    ("Webstep AS", ("Webstep",), "it"),
    ("Crayon AS", ("Crayon",), "it"),
    ("Atea AS", ("Atea",), "it"),
    ("Komplett Services AS", ("Komplett",), "retail"),
    ("Elkjøp Nordic AS", ("Elkjøp", "Elkjop"), "retail"),
    ("XXL Sport og Villmark AS", ("XXL",), "retail"),
    ("Europris AS", ("Europris",), "retail"),
    ("Jernia AS", ("Jernia",), "retail"),
    ("Plantasjen Norge AS", ("Plantasjen",), "retail"),
    ("Ahlsell Norge AS", ("Ahlsell",), "retail"),
    ("Onninen AS", ("Onninen",), "retail"),
    ("Solar Norge AS", ("Solar",), "retail"),
    ("Bravida Norge AS", ("Bravida",), "construction"),
    ("Caverion Norge AS", ("Caverion",), "construction"),
    ("GK Norge AS", ("GK",), "construction"),
    ("Brødrene Dahl AS", ("Brødrene Dahl", "Br. Dahl"), "retail"),
    ("Glamox AS", ("Glamox",), "construction"),
    ("Ekornes AS", ("Ekornes",), "retail"),
    ("Jotun AS", ("Jotun",), "construction"),
    ("Stokke AS", ("Stokke",), "retail"),
    ("Lerøy Seafood Group ASA", ("Lerøy", "Lerøy Seafood"), "food"),
    ("Mowi ASA", ("Mowi",), "food"),
    ("SalMar ASA", ("SalMar", "Salmar"), "food"),
    ("Grieg Seafood ASA", ("Grieg Seafood",), "food"),
    ("Schibsted ASA", ("Schibsted",), "it"),
    ("Amedia AS", ("Amedia",), "it"),
    ("Widerøe AS", ("Widerøe", "Wideroe"), "transport"),
    ("Hurtigruten AS", ("Hurtigruten",), "transport"),
    ("Color Line AS", ("Color Line",), "transport"),
    ("Fjord1 AS", ("Fjord1", "Fjord 1"), "transport"),
    ("Norled AS", ("Norled",), "transport"),
    ("Ruter AS", ("Ruter",), "transport"),
    ("Sporveien AS", ("Sporveien",), "transport"),
    ("Storebrand ASA", ("Storebrand",), "finance"),
    ("Gjensidige Forsikring ASA", ("Gjensidige",), "finance"),
    ("Fremtind Forsikring AS", ("Fremtind",), "finance"),
    ("Sparebanken Vest", ("Sparebanken Vest",), "finance"),
    ("Sparebanken Sør", ("Sparebanken Sør",), "finance"),
    ("Fana Sparebank", ("Fana Sparebank",), "finance"),
    ("Visma Software AS", ("Visma",), "it"),
    ("Advokatfirmaet Thommessen AS", ("Thommessen",), "law"),
    ("Advokatfirmaet Wiersholm AS", ("Wiersholm",), "law"),
    ("Wikborg Rein Advokatfirma AS", ("Wikborg Rein",), "law"),
    ("Advokatfirmaet Schjødt AS", ("Schjødt", "Schjodt"), "law"),
    ("Arntzen de Besche Advokatfirma AS", ("Arntzen de Besche",), "law"),
    ("Advokatfirmaet Selmer AS", ("Selmer",), "law"),
    ("Kvale Advokatfirma DA", ("Kvale",), "law"),
    ("Deloitte AS", ("Deloitte",), "finance"),
    ("KPMG AS", ("KPMG",), "finance"),
    ("BDO AS", ("BDO",), "finance"),
    ("Rema 1000 Norge AS", ("Rema 1000", "Rema"), "retail"),
    ("NorgesGruppen ASA", ("Norgesgruppen",), "retail"),
    ("Bama Gruppen AS", ("Bama",), "food"),
    ("Asko Norge AS", ("Asko",), "food"),
    ("Nille AS", ("Nille",), "retail"),
    ("Kid Interiør AS", ("Kid Interiør", "Kid"), "retail"),
    ("Bohus AS", ("Bohus",), "retail"),
    ("Equinor ASA", ("Equinor",), "energy"),
    ("Kongsberg Gruppen ASA", ("Kongsberg Gruppen",), "it"),
    ("Tomra Systems ASA", ("Tomra",), "it"),
    ("Hent AS", ("Hent",), "construction"),
    ("Consto AS", ("Consto",), "construction"),
    ("Unicon AS", ("Unicon",), "construction"),
    ("Franzefoss AS", ("Franzefoss",), "construction"),
]
# names that resemble nothing of the legal name: only an org number tells they are one company
ALIASES: list[tuple[str, str, str]] = [
    ("PricewaterhouseCoopers AS", "PwC", "finance"),
    ("Ernst & Young AS", "EY", "finance"),
    ("Norges Statsbaner AS", "NSB", "transport"),
    ("Vinmonopolet AS", "Polet", "retail"),
    ("Statens vegvesen", "SVV", "public"),
    ("Oslo Universitetssykehus HF", "OUS", "health"),
]

# trades: word -> sector; the word carries the trade of "Nilsen Bygg", "Tromsø Taktekking"
TRADES: dict[str, str] = {
    "Bygg": "construction", "Byggservice": "construction", "Byggmester": "construction",
    "Rør": "construction", "Rørlegger": "construction", "Rørleggerservice": "construction",
    "Elektro": "construction", "Elektroservice": "construction",
    "Elektroinstallasjon": "construction", "Maling": "construction",
    "Malermester": "construction", "Taktekking": "construction", "Ventilasjon": "construction",
    "Entreprenør": "construction", "Snekkerverksted": "construction", "Graving": "construction",
    "Betong": "construction", "Glass": "construction", "Blikkenslager": "construction",
    "Montasje": "construction", "Installasjon": "construction", "Vaktmesterservice": "property",
    "Eiendom": "property", "Eiendomsforvaltning": "property", "Eiendomsutvikling": "property",
    "Regnskap": "finance", "Regnskapsbyrå": "finance", "Revisjon": "finance",
    "Consulting": "consulting", "Management": "consulting", "Rådgivning": "consulting",
    "Technology": "it", "Data": "it", "Datasystemer": "it", "IT": "it", "Design": "it",
    "Media": "it", "Reklamebyrå": "it", "Arkitekter": "consulting",
    "Transport": "transport", "Transportservice": "transport", "Maskin": "transport",
    "Maskinservice": "transport", "Bilverksted": "transport", "Bilservice": "transport",
    "Trafikkskole": "transport", "Tannlegesenter": "health", "Legesenter": "health",
    "Fysioterapi": "health", "Renhold": "property", "Renholdsservice": "property",
    "Bakeri": "food", "Sjømat": "food", "Fisk": "food", "Handel": "retail", "Interiør": "retail",
}
# trades a person is named after: "Elektroinstallatør Hansen", "Rørlegger Olsen"
PERSON_TRADES = {"Elektroinstallatør": "construction", "Rørlegger": "construction",
                 "Malermester": "construction", "Byggmester": "construction",
                 "Tannlege": "health", "Fysioterapeut": "health", "Blikkenslager": "construction",
                 "Murmester": "construction", "Snekker": "construction"}
# the same company, its trade said another way: the distinctive word stays, the rest differs
RELATED: dict[str, list[str]] = {
    "Bygg": ["Byggservice", "Byggmester", "Bygg og Anlegg", "Byggtjenester"],
    "Byggservice": ["Bygg", "Byggtjenester"],
    "Byggmester": ["Bygg", "Byggmesterforretning"],
    "Rør": ["Rørleggerservice", "Rørlegger", "VVS"],
    "Rørlegger": ["Rør", "Rørleggerbedrift"],
    "Rørleggerservice": ["Rør", "Rørlegger"],
    "Elektro": ["Elektroservice", "Elektroinstallasjon", "Elektrikerservice"],
    "Elektroservice": ["Elektro"],
    "Elektroinstallasjon": ["Elektro", "Elektroinstallatør"],
    "Maling": ["Malerservice", "Malermester", "Maling og Tapet"],
    "Malermester": ["Maling", "Malerfirma"],
    "Eiendom": ["Eiendomsutvikling", "Eiendomsforvaltning", "Eiendomsselskap"],
    "Eiendomsforvaltning": ["Eiendom", "Forvaltning"],
    "Regnskap": ["Regnskapsbyrå", "Regnskapskontor", "Regnskapsservice"],
    "Regnskapsbyrå": ["Regnskap", "Regnskapskontor"],
    "Transport": ["Transportservice", "Transport og Logistikk", "Logistikk"],
    "Maskin": ["Maskinservice", "Maskinutleie", "Maskinentreprenør"],
    "Consulting": ["Consult", "Rådgivning"],
    "Data": ["Datasystemer", "Datatjenester", "IT"],
    "Design": ["Designbyrå", "Design Studio"],
    "Taktekking": ["Tak", "Takservice"],
    "Ventilasjon": ["Ventilasjonsservice", "Klima og Ventilasjon"],
    "Renhold": ["Renholdsservice", "Rengjøring"],
    "Bilverksted": ["Bilservice", "Bil"],
    "Bakeri": ["Bakeri og Konditori", "Bakeriet"],
}
# compounds written joined or split: joined == first + second.lower()
COMPOUNDS: list[tuple[str, str]] = [
    ("Bygg", "Service"), ("Rørlegger", "Service"), ("Elektro", "Service"), ("Bygg", "Mester"),
    ("Eiendoms", "Forvaltning"), ("Eiendoms", "Utvikling"), ("Maskin", "Service"),
    ("Bil", "Verksted"), ("Bil", "Service"), ("Tannlege", "Senter"), ("Lege", "Senter"),
    ("Trafikk", "Skole"), ("Maler", "Mester"), ("Snekker", "Verksted"), ("Renholds", "Service"),
    ("Transport", "Service"), ("Vaktmester", "Service"), ("Data", "Systemer"),
    ("Regnskaps", "Byrå"), ("Reklame", "Byrå"), ("Elektro", "Installasjon"),
    ("Tak", "Tekking"), ("Nord", "Lys"), ("Hav", "Blikk"), ("Sol", "Streif"), ("Fyr", "Lykt"),
    ("Skjær", "Gård"), ("Kyst", "Lys"), ("Troll", "Tind"), ("Kvit", "Fjell"), ("Midnatt", "Sol"),
    ("Lys", "Glimt"), ("Stjerne", "Skudd"), ("Hav", "Ørn"), ("Fjord", "Kraft"),
]
COMPOUND_BY_JOINED = {a + b.lower(): (a, b) for a, b in COMPOUNDS}
# full word -> the shortenings people write (case as written)
ABBREVIATIONS: dict[str, list[str]] = {
    "Consulting": ["Cons.", "Cons", "Consult."], "Borettslag": ["BRL", "Brl."],
    "Borettslaget": ["BRL", "Brl."], "Sameiet": ["Sa.", "Sameie"], "Sameie": ["Sa."],
    "Management": ["Mgmt", "Mgmt."], "Technology": ["Tech", "Techn."],
    "Eiendom": ["Eiend.", "Eiendm."], "Advokatfirmaet": ["Adv.", "Advokatfa.", "Adv.firma"],
    "Advokatfirma": ["Adv.", "Adv.firma"], "Regnskap": ["Regnsk.", "Regnskp."],
    "Regnskapsbyrå": ["Regnskapsb.", "Regnsk.byrå"], "Regnskapsbyrået": ["Regnsk.byrået"],
    "Entreprenør": ["Entr.", "Entrepr."], "Transport": ["Transp.", "Trsp."],
    "Installasjon": ["Inst.", "Install."], "Service": ["Serv.", "Svc"],
    "Ventilasjon": ["Vent.", "Ventil."], "Arkitekter": ["Ark.", "Arkitekt."],
    "Brødrene": ["Br.", "Brdr."], "Idrettslag": ["IL", "I.L."], "Idrettsforening": ["IF"],
    "Fotballklubb": ["FK", "F.K."], "Elektroinstallasjon": ["El.inst.", "Elektroinst."],
    "Elektroinstallatør": ["El.inst.", "Elektroinst."], "Rørlegger": ["Rørl."],
    "Revisjon": ["Rev."], "International": ["Intl.", "Int."], "Company": ["Co."],
    "Forvaltning": ["Forv."], "Eiendomsforvaltning": ["Eiendomsforv.", "Eiend.forv."],
    "Datasystemer": ["Datasyst."], "Maskinservice": ["Maskinserv."],
    "Byggservice": ["Byggserv."], "Utvikling": ["Utv."], "Kommune": ["Kom."],
    "Trafikkskole": ["Trafikkskl."], "Tannlegesenter": ["Tannl.senter"],
    "Malermester": ["Malerm."], "Byggmester": ["Byggm."], "Vaktmesterservice": ["Vaktm.service"],
    "Gruppen": ["Gr."], "Group": ["Grp", "Grp."], "Norge": ["Nor."],
}
# a word more or less that does not make another company, by kind of company
EXTRA_WORDS = ["Group", "Gruppen", "Service", "og Sønn", "Partner"]
EXTRA_WORDS_BY_SECTOR = {"it": ["Solutions", "Nordic"], "consulting": ["Nordic", "Group"],
                         "law": ["& Co", "& Partnere"]}
NO_EXTRA_WORD = {"brl", "sameie", "assoc", "person"}  # "Lia Borettslag Group" is nobody
# words that do make another company: a holding is another customer
OTHER_COMPANY_WORDS = ["Holding", "Holding", "Holding", "Invest"]
LEGAL_WORDS = {"AS", "ASA", "ANS", "DA", "ENK", "SA", "A/S", "BBL", "HF"}
LEGAL_FORMS = ["AS"] * 14 + ["ASA", "ANS", "ANS", "DA", "DA", "ENK", "ENK", "SA", "A/S"]
LEGAL_CHANGES = {"AS": ["ASA", "DA", "ANS"], "ASA": ["AS"], "ANS": ["AS", "DA"], "DA": ["AS", "ANS"],
                 "ENK": ["AS"], "SA": ["AS"], "A/S": ["ASA", "DA"]}
DEFINITE = {"Sameiet": "Sameie", "Borettslaget": "Borettslag", "Advokatfirmaet": "Advokatfirma",
            "Regnskapsbyrået": "Regnskapsbyrå", "Revisjonsfirmaet": "Revisjonsfirma",
            "Idrettslaget": "Idrettslag"}
INDEFINITE = {v: k for k, v in DEFINITE.items()}

# ---- projects -------------------------------------------------------------------------------

PROJECTS_BY_SECTOR: dict[str, list[str]] = {
    "construction": _lines("""
        Fasade {y}
        Tilbygg {place}
        Rehabilitering bad
        Nytt tak {y}
        Taktekking Blokk {L}
        Oppgradering ventilasjon
        Skifte av vinduer
        Drenering
        Garasje
        Utomhusarbeider
        Ombygging {n}. etasje
        Serviceavtale {y}
        Reklamasjon {street}
        Tilleggsarbeid
        Graving og grunnarbeid
        Brannsikring
        Elektrisk anlegg
        Varmepumpe
        Baderomsrenovering
        Kjøkkenrenovering
        Fasadeoppgradering
        Stambytte
        Betongarbeider {street}
        Prosjektering
        Byggeledelse {street}
        Riving
        Maling utvendig
        Vedlikehold {y}
        Energioppgradering
        Solcelleanlegg
        Ladeanlegg
        Heis
        Rammeavtale {y}
        Nybygg {street} {n}
    """),
    "property": _lines("""
        Vedlikehold {y}
        Fasade {y}
        Stambytte
        Balkonger
        Drenering
        Heis
        Vaktmestertjenester {y}
        Forvaltning {y}
        Ladeanlegg
        Takrehabilitering
        Uteområde
        Brannsikring
        Vedlikeholdsplan
        Tilstandsrapport
        Garasjeanlegg
        Oppussing trapperom
        Energimerking
        Låssystem
        Vinduer Blokk {L}
        Utleie {street} {n}
        Salg {street} {n}
    """),
    "finance": _lines("""
        Regnskap {y}
        Årsoppgjør {y}
        Lønn {y}
        MVA-rapportering
        Skattemelding {y}
        Revisjon {y}
        Budsjett {y}
        Rådgivning
        Løpende bistand
        Fakturering
        Generasjonsskifte
        Due diligence
        Omdanning til AS
    """),
    "law": _lines("""
        Generell rådgivning
        Tvist {surname}
        Arbeidsrett
        Kontraktsgjennomgang
        Oppkjøp {surname}
        Eiendomstransaksjon {street}
        Arv og skifte
        Styrearbeid
        Personvern og GDPR
        Entreprisetvist
        Løpende bistand
        Leiekontrakt {street}
    """),
    "it": _lines("""
        Nettside
        Ny nettbutikk
        Drift og support {y}
        Migrering til sky
        App
        Sikkerhetsrevisjon
        Microsoft 365
        Integrasjon ERP
        Datavarehus
        Intranett
        Lisenser {y}
        Konsulentbistand
        Support
        Nettverk {place}
        Backup og gjenoppretting
        Markedsføring {y}
    """),
    "consulting": _lines("""
        Strategiprosess {y}
        Konsulentbistand
        Rådgivning {y}
        Omorganisering
        Lederutvikling
        Markedsanalyse
        Anbud {place}
        Workshop
        Prosjektledelse
        Forstudie
        Reguleringsplan {place}
    """),
    "health": _lines("""
        Journalsystem
        Ny klinikk {place}
        Renovering venterom
        Drift {y}
        Nettside
        Regnskap {y}
    """),
    "transport": _lines("""
        Transportavtale {y}
        Flytting {place}
        Kjøreoppdrag
        Verksted
        Serviceavtale {y}
        Maskinleie
        Massetransport {place}
    """),
    "retail": _lines("""
        Nettbutikk
        Butikkinnredning {place}
        Kampanje høst {y}
        Markedsføring {y}
        Kassasystem
        Nytt utsalg {place}
        Lager {place}
    """),
    "food": _lines("""
        Produksjonslinje
        Kjølerom
        Nettbutikk
        Emballasje
        Kampanje sommer {y}
        Sertifisering
    """),
    "energy": _lines("""
        Nettstasjon {place}
        Kundeportal
        Måleravlesning
        Ladeanlegg {place}
        Rammeavtale {y}
    """),
    "public": _lines("""
        Idrettshall
        Kunstgress
        Klubbhus
        Nettside
        Regnskap {y}
        Cup {y}
        Dugnad
        Skolebygg {place}
    """),
}
GENERIC_PROJECTS = ["Rammeavtale", "Løpende bistand", "Timebank {y}", "Diverse", "Oppstart",
                    "Tilbud {y}"]
LOCAL_ONLY_PROJECTS = ["Tilbudsarbeid", "Intern tid", "Befaring", "Salgsmøter", "Kurs og opplæring",
                       "Internt møte", "Reisetid", "Tilbud {y}", "Garanti {street}"]
SUB_PROJECTS = _w(
    "Fase_1 Fase_2 Fase_3 Forprosjekt Detaljprosjekt Gjennomføring Prosjektering Byggeledelse "
    "Blokk_A Blokk_B Blokk_C Oppgang_1 Oppgang_2 Endringsmeldinger Tilleggsarbeid Sluttoppgjør "
    "Design Utvikling Testing Opplæring Kartlegging Grunnarbeid Råbygg Innredning"
)
SUB_PROJECTS = [s.replace("_", " ") for s in SUB_PROJECTS]
PROJECT_ABBREVIATIONS: dict[str, list[str]] = {
    "Vedlikehold": ["Vedl.", "Vedlikeh."], "Rehabilitering": ["Rehab", "Rehab."],
    "Prosjektering": ["Prosj.", "Prosjekt."], "Oppgradering": ["Oppgr.", "Oppgrad."],
    "rådgivning": ["rådg."], "Rådgivning": ["Rådg."], "Regnskap": ["Regnsk."],
    "Årsoppgjør": ["Årsoppgj."], "Byggeledelse": ["Byggel."], "Markedsføring": ["Markedsf."],
    "Konsulentbistand": ["Kons.bistand", "Konsulentb."], "Utomhusarbeider": ["Utomhusarb."],
    "Forprosjekt": ["Forprosj."], "Tilleggsarbeid": ["Tilleggsarb."], "etasje": ["et.", "etg."],
    "Rammeavtale": ["Rammeavt."], "Serviceavtale": ["Serviceavt."], "Vinduer": ["Vind."],
    "Kontraktsgjennomgang": ["Kontraktsgj."], "ventilasjon": ["vent."], "bistand": ["bist."],
    "Vaktmestertjenester": ["Vaktm.tjenester", "Vaktmester"], "Transportavtale": ["Transp.avtale"],
    "Forvaltning": ["Forv."], "Lederutvikling": ["Lederutv."], "Detaljprosjekt": ["Detaljprosj."],
    "Gjennomføring": ["Gjennomf."], "Endringsmeldinger": ["Endringsm.", "EM"],
    "Sluttoppgjør": ["Sluttoppgj."], "Brannsikring": ["Brannsikr."], "Energimerking": ["Energim."],
    "Blokk": ["Bl."], "Oppgang": ["Oppg."], "Tilbygg": ["Tilb."],
}
PROJECT_COMPOUNDS: list[tuple[str, str]] = [
    ("Fasade", "Oppgradering"), ("Baderoms", "Renovering"), ("Kjøkken", "Renovering"),
    ("Tak", "Rehabilitering"), ("Service", "Avtale"), ("Ramme", "Avtale"), ("Stam", "Bytte"),
    ("Lade", "Anlegg"), ("Solcelle", "Anlegg"), ("Garasje", "Anlegg"), ("Nett", "Butikk"),
    ("Nett", "Side"), ("Leder", "Utvikling"), ("Markeds", "Analyse"), ("Prosjekt", "Ledelse"),
    ("Bygge", "Ledelse"), ("Kunst", "Gress"), ("Klubb", "Hus"), ("For", "Prosjekt"),
    ("Detalj", "Prosjekt"), ("Sikkerhets", "Revisjon"), ("Idretts", "Hall"), ("Energi", "Oppgradering"),
    ("Tilstands", "Rapport"), ("Skatte", "Melding"), ("Time", "Bank"), ("Data", "Varehus"),
    ("Transport", "Avtale"), ("Vedlikeholds", "Plan"), ("Varme", "Pumpe"), ("Tilleggs", "Arbeid"),
    ("Journal", "System"), ("Kunde", "Portal"), ("Kjøle", "Rom"), ("Skole", "Bygg"),
    ("Nett", "Stasjon"), ("Utomhus", "Arbeider"), ("Betong", "Arbeider"), ("Grunn", "Arbeid"),
    ("Rå", "Bygg"), ("Slutt", "Oppgjør"), ("Strategi", "Prosess"), ("Vaktmester", "Tjenester"),
]
PROJECT_COMPOUND_BY_JOINED = {a + b.lower(): (a, b) for a, b in PROJECT_COMPOUNDS}
PROJECT_EXTRA = ["Prosjekt", "oppdrag", "- hovedprosjekt", "(løpende)"]
PROJECT_SEPARATORS = [" – ", " - ", ": ", " / ", " "]
YEARS = [2023, 2024, 2025, 2026]
LETTERS = "ABCD"

# ---- helpers --------------------------------------------------------------------------------


def base_of(name: str) -> str:
    return normalize_name(name).base


def join(words: list[str]) -> str:
    return " ".join(w for w in words if w)


def with_form(name: str, form: str | None) -> str:
    return f"{name} {form}" if form else name


def fill(rng: random.Random, template: str) -> str:
    """A project template with its holes filled: {y} year, {L} letter, {n} small number, ..."""
    out = template
    if "{y}" in out:
        if rng.random() < 0.15:
            y = rng.choice(YEARS[:-1])
            out = out.replace("{y}", f"{y}/{y + 1}")
        else:
            out = out.replace("{y}", str(rng.choice(YEARS)))
    out = out.replace("{L}", rng.choice(LETTERS)).replace("{n}", str(rng.randint(1, 6)))
    out = out.replace("{place}", rng.choice(PLACES)).replace("{surname}", rng.choice(SURNAMES))
    out = out.replace("{street}", rng.choice(STREETS))
    return out


def typo(rng: random.Random, word: str) -> str | None:
    """The word with one slip of the finger (swap, drop, double, neighbour key), or None."""
    if len(word) < 4 or not word.isalpha():
        return None
    neighbours = {"a": "s", "s": "a", "e": "r", "r": "e", "n": "m", "m": "n", "i": "o", "o": "i",
                  "t": "r", "l": "k", "k": "l", "g": "h", "d": "s", "u": "y", "b": "v", "v": "b"}
    for _ in range(12):
        i = rng.randrange(1, len(word) - 1)
        op = rng.randrange(4)
        if op == 0:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == 1:
            out = word[:i] + word[i + 1:]
        elif op == 2:
            out = word[:i] + word[i] + word[i:]
        else:
            ch = word[i].lower()
            if ch not in neighbours:
                continue
            out = word[:i] + neighbours[ch] + word[i + 1:]
        if base_of(out) != base_of(word):
            return out
    return None


def respell_letters(rng: random.Random, text: str) -> str | None:
    """æ/ø/å written another way (ø as o or oe, å as aa or a, æ as ae), or None."""
    if not re.search("[æøåÆØÅ]", text):
        return None
    o = rng.choice(["o", "oe"])
    a = rng.choice(["aa", "a"])
    out = text.replace("ø", o).replace("Ø", o.upper()[0] + o[1:])
    out = out.replace("å", a).replace("Å", a.upper()[0] + a[1:])
    return out.replace("æ", "ae").replace("Æ", "Ae")


def recase(rng: random.Random, text: str) -> str:
    """Another case: all capitals, all small, or each word capitalised (never `text` itself)."""
    r = rng.random()
    out = text.lower() if r < 0.45 else " ".join(w[:1].upper() + w[1:].lower() for w in text.split())
    return text.upper() if r < 0.4 or out == text else out


def repunctuate(rng: random.Random, words: list[str]) -> list[str] | None:
    """Hyphens or dots added between words ("Nilsen-Bygg", "Nilsen Bygg."), or None."""
    spots = [i for i in range(len(words) - 1) if words[i + 1] not in LEGAL_WORDS]
    if not spots:
        return None
    i = rng.choice(spots)
    out = list(words)
    if rng.random() < 0.6:
        out[i:i + 2] = [out[i] + "-" + out[i + 1]]
    else:
        out[-1] = out[-1] + "."
    return out


# ---- customer-name variants: (fuller, other) --------------------------------------------------


def v_abbrev(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    spots = [i for i, w in enumerate(words) if w in ABBREVIATIONS]
    if not spots:
        return None
    i = rng.choice(spots)
    short = list(words)
    short[i] = rng.choice(ABBREVIATIONS[words[i]])
    return words, short


def v_compound(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    """(joined, split): "Byggservice" / "Bygg Service" (or "Bygg-Service")."""
    for i, w in enumerate(words):
        if w in COMPOUND_BY_JOINED:
            a, b = COMPOUND_BY_JOINED[w]
            parts = [a, b] if rng.random() < 0.75 else [f"{a}-{b}"]
            return words, words[:i] + parts + words[i + 1:]
    for i in range(len(words) - 1):
        joined = words[i] + words[i + 1].lower()
        if joined in COMPOUND_BY_JOINED:
            return words[:i] + [joined] + words[i + 2:], words
    return None


def v_word_more(rng: random.Random, words: list[str],
                extras: list[str]) -> tuple[list[str], list[str]] | None:
    """(with one word more, without it)."""
    if len(words) >= 3 and rng.random() < 0.4 and words[-1] in extras:
        return words, words[:-1]
    extra = rng.choice(extras)
    if any(base_of(extra) in base_of(w) for w in words):
        return None
    return words + extra.split(), words


def v_related(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    """The distinctive word kept, the trade said another way: "Nilsen Bygg" / "Nilsen
    Byggservice"; the longer first."""
    spots = [i for i, w in enumerate(words) if w in RELATED]
    if not spots or len(words) < 2:
        return None
    i = rng.choice(spots)
    other = words[:i] + rng.choice(RELATED[words[i]]).split() + words[i + 1:]
    return (other, words) if len(join(other)) >= len(join(words)) else (words, other)


def v_order(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    """Word order as people turn names around: "Sameiet Storgata 5" / "Storgata 5 sameie",
    "Lia Borettslag" / "Borettslaget Lia", "Elektroinstallatør Hansen" / "Hansen
    Elektroinstallatør", "Nilsen Bygg" / "Bygg Nilsen", "Kari Lunde" / "Lunde, Kari"."""
    if words[0] in DEFINITE:
        first = DEFINITE[words[0]]
        moved = words[1:] + [first.lower() if rng.random() < 0.4 else first]
    elif words[-1] in INDEFINITE:
        moved = [INDEFINITE[words[-1]]] + words[:-1]
    elif words[0] in PERSON_TRADES or len(words) == 2 and words[0] not in ("Brødrene",):
        moved = words[1:] + words[:1]
    elif len(words) == 3 and words[0] in FIRST_NAMES:
        moved = [words[1] + ",", words[0], words[2]]
    else:
        return None
    if base_of(join(moved)) == base_of(join(words)):
        return None
    return words, moved


def v_norge(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    """(with "Norge"/"Norway", without); "Vik Technology Norway" may lose "nology" too."""
    if any(w in ("Norge", "Norway", "Norsk", "Nordic") for w in words):
        return None
    land = "Norway" if any(w in ("Technology", "Management", "Consulting", "Solutions")
                           for w in words) or rng.random() < 0.25 else "Norge"
    return words + [land], words


def v_typo(rng: random.Random, words: list[str], key: int) -> tuple[list[str], list[str]] | None:
    order = [key] + [i for i in range(len(words)) if i != key]
    for i in order:
        if 0 <= i < len(words) and (t := typo(rng, words[i])):
            out = list(words)
            out[i] = t
            return words, out
    return None


def v_letters(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    out = respell_letters(rng, join(words))
    return (words, out.split()) if out else None


def v_and(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    for i, w in enumerate(words):
        if w in ("&", "og"):
            out = list(words)
            out[i] = "og" if w == "&" else "&"
            return words, out
    return None


def v_case(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    return words, recase(rng, join(words)).split()


def v_punct(rng: random.Random, words: list[str]) -> tuple[list[str], list[str]] | None:
    out = repunctuate(rng, words)
    return (words, out) if out else None


# ---- project-name variants: (fuller, other) ---------------------------------------------------


def pv_year(rng: random.Random, name: str) -> tuple[str, str] | None:
    """Year forms: "2025"/"25", "2024/2025"/"24/25", "2025"/"år 2025"."""
    m = re.search(r"\b(20\d\d)/(20\d\d)\b", name)
    if m:
        a, b = m.group(1), m.group(2)
        short = rng.choice([f"{a[2:]}/{b[2:]}", f"{a[2:]}-{b[2:]}", f"{a}-{b[2:]}"])
        return name, name[:m.start()] + short + name[m.end():]
    m = re.search(r"\b(20\d\d)\b", name)
    if not m:
        return None
    y = m.group(1)
    short = rng.choice([y[2:], y[2:], f"-{y[2:]}", f"'{y[2:]}"])
    other = name[:m.start()] + short + name[m.end():]
    return name, " ".join(other.replace(" -", " ").split()) if short.startswith("-") else other


def pv_abbrev(rng: random.Random, name: str) -> tuple[str, str] | None:
    words = name.split()
    spots = [i for i, w in enumerate(words) if w in PROJECT_ABBREVIATIONS]
    if not spots:
        return None
    i = rng.choice(spots)
    short = list(words)
    short[i] = rng.choice(PROJECT_ABBREVIATIONS[words[i]])
    return name, join(short)


def pv_compound(rng: random.Random, name: str) -> tuple[str, str] | None:
    """(joined, split) — either can be the Tripletex one."""
    words = name.split()
    for i, w in enumerate(words):
        if w in PROJECT_COMPOUND_BY_JOINED:
            a, b = PROJECT_COMPOUND_BY_JOINED[w]
            parts = [a, b.lower()] if rng.random() < 0.6 else [f"{a}-{b.lower()}"]
            return name, join(words[:i] + parts + words[i + 1:])
    return None


def pv_order(rng: random.Random, name: str) -> tuple[str, str] | None:
    words = name.split()
    if len(words) < 2:
        return None
    if rng.random() < 0.5:
        moved = words[1:] + [words[0].lower()]
    else:
        moved = [words[-1]] + [words[0].lower()] + words[1:-1]
    other = join(moved)
    other = other[:1].upper() + other[1:]
    return (name, other) if base_of(other) != base_of(name) else None


def pv_word_more(rng: random.Random, name: str) -> tuple[str, str] | None:
    extra = rng.choice(PROJECT_EXTRA)
    if base_of(extra) in base_of(name):
        return None
    if extra == "Prosjekt":
        return f"Prosjekt {name}", name
    return f"{name} {extra}", name


def pv_typo(rng: random.Random, name: str) -> tuple[str, str] | None:
    words = name.split()
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots:
        return None
    i = rng.choice(spots)
    t = typo(rng, words[i])
    if t is None:
        return None
    out = list(words)
    out[i] = t
    return name, join(out)


def pv_letters(rng: random.Random, name: str) -> tuple[str, str] | None:
    out = respell_letters(rng, name)
    return (name, out) if out else None


def pv_case(rng: random.Random, name: str) -> tuple[str, str] | None:
    return name, recase(rng, name)


def with_prefix(rng: random.Random, prefix: str, name: str) -> str:
    """A project name with a customer's (or parent project's) name or number written in."""
    sep = rng.choice(PROJECT_SEPARATORS)
    if rng.random() < 0.2:
        return f"{name} ({prefix})"
    return f"{prefix}{sep}{name}"
