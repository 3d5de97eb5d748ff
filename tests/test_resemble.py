"""What resembles what (core.matching.resemble through core.matching.match): every kind of spelling difference
of issue 11, each in both directions (the local name longer, then Tripletex's), is asked about
with the true record first; traps are never linked and never outrank the true record; common
words alone resemble nothing; and properties that hold for any names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.matching.company import company_words
from core.matching.lexicon import NAMES, SYNONYMS
from core.matching.match import corpus_rarity, match_customers, match_projects, score_pair
from core.matching.normalize import fold
from core.matching.trades import trade_family
from core.matching.words import words_of
from core.models import LocalCustomer, LocalProject, TxCustomer, TxProject

# A registry around the pairs, so that word rarity is what it is in a real one: common trades,
# places and surnames on many other records, none of them like the pairs' distinctive words.
BACKGROUND = [
    f"{place} {trade} AS"
    for place in ("Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Tromsø", "Bodø",
                  "Moss", "Hamar", "Molde")
    for trade in ("Bygg", "Eiendom", "Consulting", "Service", "Elektro", "Maling", "Regnskap",
                  "Transport", "Rørleggerservice", "Holding")
]

# (one spelling, the other spelling): each is asked in both directions
KINDS = {
    "distinctive word shared": ("Nilsen Byggservice AS", "Nilsen Bygg"),
    # data g: a chain's store and the company that runs it share only the place
    "a chain's store and its company": ("Kjøpmann Alta AS", "Meny Alta"),
    "a fuel station and the company running it (data g)": ("Tøyen Bilsenter AS", "Statoil Tøyen"),
    "a filling station and its company": ("Bislett Service AS", "Circle K Bislett"),
    "a chain's store with its number": ("Holmlia Handel AS", "Rema 1000 Holmlia"),
    "abbreviation BRL": ("Lia Borettslag", "Lia BRL"),
    "abbreviation Cons.": ("Fjord Consulting AS", "Fjord Cons. AS"),
    "abbreviation Sa.": ("Storgata 5 Sameie", "Storgata 5 Sa."),
    "abbreviation Mgmt": ("Kvamme Management AS", "Kvamme Mgmt"),
    "abbreviation Tech": ("Vik Technology AS", "Vik Tech"),
    "compound joined": ("Løvli Rørleggerservice AS", "Løvli Rørlegger Service"),
    "compound split": ("Bygg Service Grønland AS", "Byggservice Grønland"),
    "a word more": ("Nordic Consulting Group AS", "Nordic Consulting"),
    "word order": ("Sameiet Storgata 5", "Storgata 5 sameie"),
    "legal form changed": ("Heimdal Snekkeri ANS", "Heimdal Snekkeri AS"),
    "Norge/Norway": ("Vik Technology Norway AS", "Vik Tech Norge"),
    "typo": ("Johansen Blikkenslager AS", "Johnasen Blikkenslager"),
    "æ/ø/å spelling and a word more": ("Bjørkåsen Ærlig Handel AS", "Bjorkaasen Handel"),
    "initials with dots": ("Lambertseter Fotballklubb", "Lambertseter F.K."),
    "brand typed short": ("XXL Sport og Villmark AS", "XXL"),
    "one trade, two words": ("Østlandske Bilservice ENK", "Østlandske Bilverksted"),
    "one trade, two languages": ("Lærdal Rådgivning AS", "Lærdal Consulting"),
    # found by a second, independent generator (bench/quality_data_b.py): created without asking
    "a first name as its initial": ("Kari Helland", "K. Helland"),
    "an initial, the name in capitals": ("STIAN THORSEN", "S Thorsen"),
    "a double first name, the second as its initial": ("Ole-Martin Lund ENK", "Ole M. Lund ENK"),
    "a surname spelt like a legal form": ("Kjell Aas", "K. Aas"),
    "a trade in English": ("Midnattsol Sjømat AS", "Midnattsol Seafood AS"),
    "a long word of its kind and a short one typed wrong": (
        "Regnskapskontoret Sogn AS", "Regskapskontoret Sgn AS"),
    "an abbreviation typed wrong": ("Bøler Borettslag", "Bøler BLR"),
    "a short brand one letter off": ("Atea AS", "Ata AS"),
    "an org number written into the name": ("Salmar ASA", "Salmar ASA org.nr 893927565"),
    "an org number after the name": ("Frode Dahl ENK", "Frode Dahl 963 752 997"),
    "an org number in brackets after the name": ("Bergen kommune (938 729 352)",
                                                 "Bergen kommune"),  # (data h)
    "a contact written into the name": ("Lindahl & Sønn Bygg AS",
                                        "Lindahl & Sønn Bygg AS Att: Ingrid Jensen"),
    "a department written into the name": ("Nordic Byggservice Group AS avd. Ski",
                                           "Nordic Byggservice Group"),
    "a short name one letter off in its middle": ("Tine SA", "Time SA"),
    "a club by its initials": ("Harstad Turnforening", "Harstad TF"),
    "a ski club by its initials": ("Jessheim Skiklubb", "Jessheim SK"),
    "a brand with a place after a dash": ("Veidekke Entreprenør AS", "Veidekke - Geilo"),
    "a label before a dash": ("Fjellsiden AS", "KUNDE - Fjellsiden"),
    "a code before a dash": ("Granly AS", "993 - Granly"),
    "a sole proprietor known by surname and trade": ("Hilde Sofie Fredriksen ENK",
                                                     "Fredriksen Maler"),
    # (a sole proprietorship not named as a person keeps its words: data a's seeds 10 and 21)
    "a sole proprietorship with a trade cut short": ("Amundsen Consulting", "Amundsen Cons ENK"),
    "a sole proprietorship of a family": ("Kvam & Sonn Nordic ENK", "Kvam & Sønn ENK"),
    "a club by its initials and a word more": ("Ørsta Håndballklubb", "Ørsta HK - hovedstyret"),
    "a trade's compound cut": ("Eiendomsmegler Raknes AS", "Megler Raknes"),
    "a trade in English, Norwegian in Tripletex": ("Myrgløtt Løsninger AS", "Myrgløtt Solutions"),
    "a foreign company's branch, its country in brackets": (
        "Müller Haustechnik GmbH Norsk Filial", "Müller Haustechnik (tysk)"),
    "two initials written together": ("Anne-Lise Hovde", "A.L. Hovde"),
    "a house letter more, and the word sameie": ("Sameiet Hegdehaugsveien 31",
                                                 "Hegdehaugsveien 31 A"),
    "a housing co-op as BL": ("Havørn Borettslag", "Havørn BL"),
    "a section owners' association as Sa.": ("Eierseksjonssameiet Trondheimsveien 26",
                                              "Sa. Trondheimsveien 26"),
    # found by a fourth, independent generator (bench/quality_data_d.py)
    "a hairdresser's trade said another way": ("Sandvik Frisør AS", "Sandvik Hårstudio"),
    "a bricklayer's trade said another way": ("Sandvika Murerfirma AS", "Sandvika Murmester"),
    "a county municipality as fk.": ("Vestland fylkeskommune", "Vestland fk."),
    "a trade said twice, once as a compound": ("Knudsen Transport og Logistikk AS",
                                               "Knudsen Transportsenter"),
    "a shipowner in English": ("Moe Shipping AS", "Moe Skipsrederi"),
    "a garage by its tyres": ("Sandvik Bil og Dekk AS", "Sandvik Bilverksted"),
    "a landscaper by the gardens": ("Lie Hageservice AS", "Lie Anleggsgartner"),
    "a fish farm said two ways": ("Mikkelsen Havbruk AS", "Mikkelsen Fiskeoppdrett"),
    # a letter left out between two a's or an o and an e, which then read as "å" or "ø": two
    # edits away once folded, and no key found the record (data d's seeds 9-16)
    "one word, a letter left out between two a's": ("Datahagen AS", "Daahagen"),
    "one word, a letter left out between o and e": ("Kodesmia AS", "Koesmia"),
    # data c's seeds 9-16
    "a digger's trade said two ways": ("Lothe Graving AS", "Lothe Graveservice"),
    "a house letter written onto its number": ("Sameiet Rosenborggata 31A", "Rosenborggata 31"),
    "a health trust's legal form, a place more": ("Helse Bergen HF", "Helse Bergen (Haukeland)"),
    "a section owners' association as SS": ("Sameiet Kirkeveien 59", "SS Kirkeveien 59"),
    # a sole proprietorship named as its owner is its surname, but is typed by all the
    # owner's names too (data b); a trade typed wrong made one look like a person's name
    # (bench/matching.py: its true pair was not asked)
    # data h (a law firm's and an auditor's clients): an estate written two ways
    # data i (a yard's and a farm mechanic's customers): a vessel is the company that owns
    # it; its registration, a farm's numbers and a trade's compound written short
    "a vessel beside the company that owns it": ("Storegg Fiskeri AS", "M/K Storegg"),
    "a vessel with its registration": ("Sjøbris AS", "M/S Sjøbris M-397-G"),
    "a registration in brackets": ("Fjordglimt AS (ST-891-F)", "Fjordglimt AS"),
    "a farm's numbers": ("Hamn Gård gnr. 89 bnr. 8", "Hamn Gård"),
    "a compound's last part, a trade": ("Rørvik Fiskemottak AS", "Rørvik Mottak AS"),
    "a shipowner's compound, its last part": ("Havbryn Fiskebåtrederi AS", "Havbryn Rederi AS"),
    "a co-op as SL": ("Stokmarknes Samvirkelag SA", "Stokmarknes SL SA"),
    "a department as 'avd.' and as 'region'": ("Mowi ASA region Midt", "Mowi ASA avd. Midt"),
    "an estate abbreviated": ("Dødsbo etter Camilla Paulsen", "Dbo Camilla Paulsen"),
    "an estate as Db. and as Boet etter": ("Boet etter Tone Eide", "Db. Tone Eide"),
    "an estate abbreviated, a first name as its initial": (
        "Dødsbo etter Harald Gustav Svendsen", "Db. H. Gustav Svendsen"),
    "a sole proprietor's surname typed wrong": ("Torbjørn Auen ENK", "Torbjørn Aune"),
    "a sole proprietorship's trade typed wrong": ("Steinkjer Nilsen Bakeri ENK",
                                                  "Steinkjer Nilsen aBkeri ENK"),
    # data g (an agency's and a facility company's): a name in its definite form, an article
    "an institution by its definite form, the article dropped": (
        "Den Norske Opera & Ballett AS", "Operaen"),
    "a museum by its definite form": ("Norsk Oljemuseum", "Oljemuseet"),
    "a theatre by its definite form": ("Det Norske Teatret", "Teater Norge AS"),
    "a name after a dash, beside another": ("Sámediggi - Sametinget", "Sametinget"),
    "a word and a number written together": ("Eiendomsmegler 1 Oslo Akershus AS",
                                             "Eiendomsmegler1 Oslo"),
    "a number and a compound written together": ("24SevenOffice Norway AS", "24 Seven Office"),
    "a hotel by its chain on one side, its town on the other": ("Radisson Blu Plaza Hotel",
                                                                "Plaza Hotel Oslo"),
    "a hotel by its chain, its place after": ("Clarion Hotel Energy", "Hotel Energy Forus"),
    "a chain's store by its name before the chain's rename": ("Circle K Bryne", "Statoil Bryne"),
    "a company by its name before its rename": ("Vy", "NSB AS"),
    "a company named by a number": ("1881 AS", "Opplysningen 1881"),
    "a company named by a number and a letter": ("3M Norge AS", "3M"),
    "a bank by its name before its rename": ("Sbanken ASA", "Skandiabanken"),
    "a number written as a word": ("Seven Eleven Norge AS", "7-Eleven Norge"),
    "a number written as a Norwegian word": ("Tre Brødre Bakeri AS", "3 Brødre Bakeri"),
    # data j
    "a name that says a word twice": ("Riddu Riđđu Festivàla AS", "Riddu Riddu"),
    "a school's abbreviation": ("Sandnessjøen videregående skole", "Sandnessjøen vgs"),
    "common words only, the form written out": ("Helse Vest regionale helseforetak",
                                                "Helse Vest RHF"),
    # a culture house's, a club's or a public body's name in English
    "an orchestra in English": ("Norwegian Chamber Orchestra", "Norsk Kammerorkester"),
    "a choir in English": ("Oslo Cathedral Choir", "Oslo Domkor"),
    "a county in English": ("Troms County Council", "Troms fylkeskommune"),
    "a health trust in English": ("Finnmark Hospital Trust", "Helse Finnmark HF"),
    "a hospital's name shortened ('hospital' is Norwegian too)": ("St. Olavs hospital HF",
                                                                  "ST. OLAVS HOSP. HF"),
    "a museum in English": ("Norwegian Maritime Museum", "Norsk Maritimt Museum"),
    "a symphony orchestra in English": ("Trondheim Symphony Orchestra", "Trondheim Symfoniorkester"),
    "a philharmonic in English": ("Bergen Philharmonic Orchestra", "Bergen Filharmoniske Orkester"),
    # a municipality by its Sami name (data g, i and j)
    "a municipality by its North Sami name": ("Deanu gielda", "Tana kommune"),
    "a municipality by its South Sami name": ("Snåase tjïelte", "Snåsa kommune"),
    "a municipality by its Lule Sami name": ("Hábmera suohkan", "Hamarøy kommune"),
    "a company by its name before its rename, a word more": ("Nettbuss AS", "Vy Buss AS"),
    "a brand of two letters beside its group's name (data k)": ("Vygruppen AS", "Vy"),
    # a foundation's form written before its name; a brand of one word that begins a long name
    "a brand that begins a long English name": ("KODE Art Museums and Composer Homes",
                                                "Stiftelsen KODE"),
    # a project company by its group and its site, and by its site only (data l)
    "a project company by its group and its site": ("Bonava - Tønsberg Kanal",
                                                    "Tønsberg Kanal Eiendomsutvikling AS"),
    "a project company by its site, its group in brackets": ("Hønefoss Bru (OBOS)",
                                                             "Hønefoss Bru Utbygging AS"),
    "a project company by its site of one word, its group in brackets": (
        "Brattøra Boligutvikling AS", "Brattøra (Skanska)"),
    "a group's name of one word for its subsidiary (data l)": ("Reitan Eiendom AS", "Reitangruppen"),
    "a SpareBank 1 bank by its short name (data l)": ("SpareBank 1 SMN", "SB1 SMN"),
    "a county body by its name before the merger (data l)": ("Innlandet fylkeskommune",
                                                             "Hedmark fylkeskommune"),
    "a project company by its group and its site of one word (data l)": (
        "AF Gruppen - Nyhavna", "Nyhavna Bolig AS"),
    "a municipal enterprise by its municipality (data l)": ("Steinkjer Utvikling KF",
                                                          "Steinkjer kommune"),
    "a municipal enterprise of a compound by its municipality": ("Oslobygg KF", "Oslo kommune"),
    "an acronym that spells a letter of the name (data l)": ("Oslo S Utvikling AS", "OSU"),
    "a health trust's acronym with its form (data j)": ("Sørlandet sykehus HF", "SSHF"),
    "a health trust's acronym and a site (data j)": ("Sørlandet sykehus HF Arendal",
                                                     "SSHF Arendal"),
    "a company by its name before a rename": ("Aneo AS", "TrønderEnergi AS"),
    "a municipality by its name before the merger (data m)": ("Lillestrøm kommune",
                                                              "Skedsmo kommune"),
    "a company's department as its brand and its site (data m)": ("EVO Fitness AS avd. Tiller",
                                                                  "EVO Tiller"),
    "a department of several words as the brand and the site (data m)": (
        "ISS Facility Services AS avd. kantine NTNU Gløshaugen", "ISS kantine NTNU Gløshaugen"),
    "a place name contracted (data m)": ("Fredrikstad Legesenter AS", "Fr.stad Legesenter AS"),
    "a health trust by the name everyone calls it (data m)": (
        "Akershus universitetssykehus HF, Kongsvinger", "Ahus Kongsvinger"),
    "an agency's office by the agency's short name (data m)": ("Arbeids- og velferdsetaten",
                                                               "NAV Sarpsborg"),
    "a municipal enterprise by its name before a rename (data l)": ("Undervisningsbygg Oslo KF",
                                                                    "Oslobygg KF"),
    "a hospital by its trust and by its own name (data m)": ("Helse Bergen HF, Haukeland",
                                                             "Haukeland sykehus"),
    "a hospital by its trust's department and by its own name (data m)": (
        "Helse Bergen HF avd. Hagevik", "Kysthospitalet i Hagevik"),
    # data n
    "a hospital's clinic by its health trust": ("Helse Stavanger HF, Kvinneklinikken",
                                                "Stavanger universitetssjukehus, Kvinneklinikken"),
    "a congregation by its church": ("Hinna menighet", "Hinna kirke"),
    "a congregation by its parish": ("Vågsbygd menighet", "Vågsbygd sokn"),
    "a directorate's region by the name everyone calls it": (
        "Integrerings- og mangfoldsdirektoratet, region nord", "IMDi Nord"),
    "a directorate by the name everyone calls it": ("Barne-, ungdoms- og familiedirektoratet",
                                                    "Bufdir"),
    "a court in English": ("Høyesterett", "Supreme Court of Norway"),
    "a county governor by its name before 2021": ("Statsforvalteren i Rogaland",
                                                  "Fylkesmannen i Rogaland"),
    "an office by the words before a comma": ("NAV Gamle Oslo, Oslo kommune, Bydel Gamle Oslo",
                                              "NAV Gamle Oslo"),
    "a faculty by its university's acronym before a comma": ("UiB, Det medisinske fakultet",
                                                             "Universitetet i Bergen"),
    "a directorate by its English name": ("Barne-, ungdoms- og familiedirektoratet",
                                          "The Norwegian Directorate for Children, Youth and "
                                          "Family Affairs"),
    "a company by its name before a rename, a legal form less": ("Webhelp Norge AS",
                                                                 "Concentrix Norge"),
    "an association by its nationality in English": ("Polsk kulturforening Bergen",
                                                     "Polish kulturforening Bergen"),
    "a hospital by its health trust's name": ("Helse Stavanger HF",
                                              "Stavanger universitetssjukehus"),
    "a trust's hospital as its department and by its own name": ("Vestre Viken HF avd. Drammen",
                                                                 "Drammen sykehus"),
    "a trust's division by the hospital's acronym (data n)": (
        "Helse Stavanger HF, Psykiatrisk divisjon", "SUS Psykiatrisk divisjon"),
}


def _customers(tx_name: str, local_name: str) -> list:
    """Match one Tripletex customer against the local registry (the pair's local record and the
    background); the result for it."""
    fresh = [TxCustomer(1, 1, tx_name)]
    others = [TxCustomer(100 + i, 1, n) for i, n in enumerate(BACKGROUND)]
    local = [LocalCustomer("c-true", local_name)]
    # (local names of their own: a word more, not a note in brackets, which is set aside)
    local += [LocalCustomer(f"c-{i}", n + " Lokal") for i, n in enumerate(BACKGROUND[:40])]
    (m,) = match_customers(fresh, local, others)
    return m


@pytest.mark.parametrize("direction", ["local longer", "Tripletex longer"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_is_asked_with_the_true_record_first(kind: str, direction: str) -> None:
    longer, shorter = KINDS[kind]
    tx_name, local_name = (shorter, longer) if direction == "local longer" else (longer, shorter)
    m = _customers(tx_name, local_name)
    assert m.local_key is None, f"{kind}: linked on a resemblance alone"
    assert m.candidates, f"{kind}: {tx_name!r} would be created beside {local_name!r}"
    assert m.candidates[0].local_key == "c-true"
    assert m.candidates[0].why, "the candidate says what matched"


PROJECT_KINDS = {
    "customer's name in the project name": ("Fasade 2025", "Lia BRL – Fasade 2025"),
    "a cleaning job in English (data m)": ("Renhold kontor", "Office cleaning"),
    "a staffing job in English (data m)": ("Sykepleiere helg", "Nurses weekend"),
    "customer number in the project name": ("Nettside", "10234 Nettside"),
    "year written short": ("Tilbud 2024/2025", "Tilbud 24-25"),
    "a word more": ("Rammeavtale", "Rammeavtale oppdrag (løpende)"),
    "abbreviation": ("Ombygging 2. etasje", "Ombygging 2. etg."),
    "a trade word shortened": ("Rådgivning", "Rådg."),
    "typo": ("Fasadeoppgradering", "Fasadeoppgradring"),
    "a compound by its initials": ("Generalforsamling 2024", "GF 2024"),
    "another compound by its initials": ("Internkontroll 2026", "IK 2026"),
    "a month as its number": ("Lønn november", "Lønn 11"),
    # found by a third, independent generator (bench/quality_data_c.py): created without asking
    "a compound's initials, the year short": ("Årsoppgjør 2024", "ÅO 24"),
    "letters left out inside a word": ("Skattemelding 2025", "Skattemld. 2025"),
    "a quarter written two ways": ("Timer Q3 2025", "3. kv. 2025"),
    "a VAT term written two ways": ("Mva-termin 1 2025", "MVA T1"),
    "Microsoft 365 written two ways": ("Migrering til Microsoft 365", "M365 migrering"),
    "one job in other words": ("Skattemelding 2024", "Selvangivelse 2024"),
    "bookkeeping in other words": ("Regnskapsføring 2024", "Bokføring 2024"),
    "extra work in other words": ("Tilleggsarbeider", "Ekstraarbeider"),
    "a service and its agreement": ("Vaktmestertjenester", "Vaktmesteravtale"),
    "two words together the other way round": ("Vedlikehold tak 2025", "Takvedlikehold 2025"),
    "a month shortened": ("Lønn april", "Lønn apr"),
    "a compound's initials alone": ("Byggeledelse", "BL"),
    "a plural": ("Ny nettside", "Nye nettsider"),
    "a block of flats shortened": ("Blokk C", "Bl. C"),
    "a VAT term with its year": ("Mva-melding 2. termin 2025", "Mva 2025-2"),
    "a VAT term over its year": ("MVA 4. termin 2025", "Mva 4/2025"),
    "a word cut short and typed wrong": ("Rehabilitering Havnegata 7", "Rehba Havnegata 7"),
    "a long word cut short and typed wrong": ("Tilleggsarbeider", "Tiklegg"),
    "a word form typed wrong": ("Detaljposjektering", "Detaljprosjekt"),
    "a phase's label before a name typed wrong": ("Fase 1 - Forprojsekt", "Forprosjekt"),
    "a tax form by its code": ("Aksjonærregisteroppgave 2024", "RF-1086 2024"),
    "a synonym typed wrong": ("Tilleggsarbeider", "Ekstraarbeidre"),
    "running accounts shortened": ("Løp. regnskap 2025", "Regnskapsføring 2025"),
    "project management by its initials": ("Prosjektledelse 2025/2026", "PL 2025/2026"),
    # found by the second generator (bench/quality_data_b.py)
    "materials in another form": ("Materialer", "Materiell"),
    "documentation as FDV": ("Dokumentasjon", "FDV"),
    "a phase with a word more": ("Fase 1 (Budsjett 2023)", "Fase 1"),
    # data a and d both: a letter left out between two a's, which then read as "å"
    "a letter left out between two a's": ("Garasje", "Gaasje"),
    # data f (an engineering consultancy's): the disciplines by their codes, phases and stages
    "a discipline by its code": ("Rådgivende ingeniør bygg", "RIB"),
    "another discipline by its code": ("Rådgivende ingeniør VVS", "RIV"),
    "geotechnics by its code": ("Geoteknikk", "RIG"),
    "fire safety by its code": ("Brannrådgivning", "RIBr"),
    "acoustics by its code": ("Akustikk", "RIAku"),
    "building physics by its code": ("Bygningsfysikk", "RIByFy"),
    "landscape architecture by its code": ("Landskapsarkitekt", "LARK"),
    "follow-up in the building phase by its initials": ("Oppfølging i byggefase", "OBF"),
    "a phase in Roman numerals": ("Fase 2", "Fase II"),
    "a building stage shortened": ("Boligprosjekt Mortensrud byggetrinn 2",
                                   "Boligprosjekt Mortensrud BT2"),
    # data e (an accounting office's clients)
    "VAT spelt out in one word": ("Merverdiavgiftsmelding 5. termin 2025",
                                  "MVA-melding 5. termin 2025"),
    "two words together the other way round, in the plural": ("Utskifting vinduer",
                                                              "Vindusutskifting"),
    # data g (an IT agency's and a facility company's)
    "a month by its number before the year": ("Mai 2024", "05.2024"),
    "a month shortened, the year short": ("06.2023", "Jun -23"),
    "a month after the year": ("Jul 2026", "2026-07"),
    "March shortened": ("Mar 2026", "03.2026"),
    "a floor by its ordinal": ("Første etasje", "1. etg"),
    "a floor by its ordinal, the number after": ("Andre etasje", "Etg. 2"),
    "an IT job in English": ("Brannmur og nettverk", "Firewall og nettverk"),
    "development in English": ("App-utvikling", "App development"),
    # data c again: a compound's initials with a word more ("the minutes of the GF")
    "a compound's initials with a word more": ("Generalforsamling", "GF-protokoll"),
    "a compound's initials with a word more, and the year": ("Generalforsamling 2025",
                                                              "GF-protokoll 2025"),
    # data h: two words by their initials
    "two words by their initials": ("Due diligence", "DD"),
    # data i: a yard's jobs in English, a one-word name cut short
    "a season in English": ("Vårservice", "Spring service"),
    "an annual service in English": ("Årsservice 2025", "Annual service 2025"),
    "a service agreement in English": ("Serviceavtale 2025", "Service agreement 2025"),
    "welding in English": ("AO 2025-3076 Sveisearbeid", "AO 2025-3076 Welding"),
    "a class survey in English": ("Klassing 2024", "Class survey 2024"),
    "a one-word name cut short": ("Elektro", "El."),
    "another one-word name cut short": ("Anoder", "Anod."),
    "a work order's number on one side": ("Hydraulikk", "AO 2025-2518 Hydraulikk"),
    "a farm's machine in English": ("Melkerobot service 2025", "Milking robot service 2025"),
    # data g: two words by their initials, joined by "&"
    "two words by their initials joined by '&'": ("Drift & vedlikehold", "D&V"),
    # data j
    "a risk analysis by its abbreviation": ("Risiko- og sårbarhetsanalyse 2025",
                                            "ROS-analyse 2025"),
    # data i again: a farm's and a yard's machines in English
    "a combine harvester in English": ("Skurtresker 2025", "Combine harvester 2025"),
    "machinery in English": ("Maskin", "Machinery"),
    "refrigeration in English": ("Kjøleanlegg service 2025", "Refrigeration service 2025"),
    # data k (an IT firm's and an electrician's)
    "a phase by its letter": ("Fase 3", "F3"),
    "a penetration test, as IT people say it": ("Penetrasjonstest 2025", "Pentest 2025"),
    "a compound of a synonym written with a hyphen": ("Kabling", "Kabel-legging"),
    # data l: a discipline's sub-project by its code or by its trade
    "a discipline by its code and by its trade": ("Elektro", "RIE"),
    "the fire discipline by its code and by its trade": ("Brann", "RIBr"),
    # data j: a compound of seven letters by its parts' initials
    "an annual meeting by its initials": ("Årsmøte 2025", "ÅM 2025"),
    # data n: a typo in a word that reads as another spelling of it ("gruppe" as "group")
    "a typo in a word read as its other spelling": ("Gruppe 3", "Grpupe 3"),
}


@pytest.mark.parametrize("direction", ["local longer", "Tripletex longer"])
@pytest.mark.parametrize("kind", list(PROJECT_KINDS))
def test_every_project_kind_is_asked_within_its_customer(kind: str, direction: str) -> None:
    plain, decorated = PROJECT_KINDS[kind]
    tx_name, local_name = (plain, decorated) if direction == "local longer" else (decorated, plain)
    scope = ("c-1", None)
    strip = frozenset(words_of("Lia Borettslag") + words_of("Lia BRL") + ("10234",))
    fresh = [TxProject(1, 1, tx_name, customer_id=9)]
    local = [LocalProject("p-true", local_name, customer_key="c-1"),
             LocalProject("p-other", "Vedlikehold 2023", customer_key="c-1"),
             LocalProject("p-elsewhere", local_name, customer_key="c-2")]
    (m,) = match_projects(fresh, local, lambda _p: scope, strip=lambda _s: strip)
    assert m.local_key is None and m.candidates, f"{kind}: created beside {local_name!r}"
    assert m.candidates[0].local_key == "p-true"
    assert "p-elsewhere" not in [c.local_key for c in m.candidates]  # another customer's


LEFT_OVER = "both left over under one customer or main project"


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Visuell profil", "Visuell identitet"), ("Digital skilting", "Digitale skjermer"),
    ("Byggvask", "Byggrengjøring"), ("Bookingsystem", "Bookingløsning"),
    ("Gulvbehandling", "Gulvvask og boning")])
def test_one_job_in_other_words_left_over_under_its_customer_is_asked(tx_name: str,
                                                                      local_name: str) -> None:
    """Under one customer, the projects no rule links and nothing resembles, one on each side,
    sharing a word or a word's first part, are one job said otherwise: asked (data g created
    29 such projects over its seeds)."""
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        fresh = [TxProject(1, 1, a, customer_id=9), TxProject(2, 1, "Årsoppgjør 2024",
                                                               customer_id=9)]
        local = [LocalProject("p-true", b, customer_key="c-1"),
                 LocalProject("p-other", "Årsoppgjør 2024", customer_key="c-1")]
        m, other = match_projects(fresh, local, lambda _p: ("c-1", None))
        assert other.local_key == "p-other"
        assert m.local_key is None and [c.local_key for c in m.candidates] == ["p-true"], m
        assert LEFT_OVER in m.candidates[0].why


def test_a_project_alone_in_a_later_sync_is_not_left_over() -> None:
    """One new Tripletex project beside the local projects Tripletex never had (a later sync:
    nothing else of the customer's is matched in this run) is no list read together: created
    unless it resembles one."""
    (m,) = match_projects([TxProject(1, 1, "Visuell profil", customer_id=9)],
                          [LocalProject("p-1", "Visuell identitet", customer_key="c-1")],
                          lambda _p: ("c-1", None))
    assert m.candidates == [], m


def test_a_project_alone_under_a_customer_linked_in_this_run_is_left_over() -> None:
    """A customer linked in this run (a first sync, a decision in review) has its two lists
    read side by side for the first time: one Tripletex project and one local project left
    over there are asked, as they are beside other projects (data g: "Digital skilting" /
    "Digitale skjermer", its customer's only project)."""
    (m,) = match_projects([TxProject(1, 1, "Digital skilting", customer_id=9)],
                          [LocalProject("p-1", "Digitale skjermer", customer_key="c-1")],
                          lambda _p: ("c-1", None), linked_now={("customer", "c-1")})
    assert [c.local_key for c in m.candidates] == ["p-1"] and LEFT_OVER in m.candidates[0].why
    # (another customer linked now, or a project of the customer's key, changes nothing here)
    for other in (("customer", "c-2"), ("project", "c-1")):
        (m,) = match_projects([TxProject(1, 1, "Digital skilting", customer_id=9)],
                              [LocalProject("p-1", "Digitale skjermer", customer_key="c-1")],
                              lambda _p: ("c-1", None), linked_now={other})
        assert m.candidates == [], (other, m)


def test_a_project_another_one_resembles_is_not_left_over() -> None:
    """A local project that another Tripletex project links to, or has as a candidate, is not
    left over; nor is a customer's (customers have no scope this small)."""
    local = [LocalProject("p-1", "Visuell identitet", customer_key="c-1"),
             LocalProject("p-2", "Årsoppgjør 2024", customer_key="c-1")]
    fresh = [TxProject(1, 1, "Visuell profil", customer_id=9),
             TxProject(2, 1, "Visuell identitet", customer_id=9),
             TxProject(3, 1, "Årsoppgjør 2024", customer_id=9)]
    m, linked, _other = match_projects(fresh, local, lambda _p: ("c-1", None))
    assert linked.local_key == "p-1" and m.candidates == [], m
    fresh[1] = TxProject(2, 1, "Visuell identitett", customer_id=9)
    m, asked, _other = match_projects(fresh, local, lambda _p: ("c-1", None))
    assert [c.local_key for c in asked.candidates] == ["p-1"] and m.candidates == [], m
    (m,) = match_customers([TxCustomer(1, 1, "Visuell profil")],
                           [LocalCustomer("c-1", "Visuell identitet")])
    assert m.candidates == [], m


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Lønn mai", "Lønn juni"), ("Service vår", "Service høst"),
    ("Fase 1 - Design", "Fase 2 - Design"), ("Nettside", "Regnskap")])
def test_two_of_a_kind_left_over_are_not_asked(tx_name: str, local_name: str) -> None:
    """Left over on both sides, two months, seasons or phases are two jobs."""
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        m, other = match_projects([TxProject(1, 1, a, customer_id=9),
                                   TxProject(2, 1, "Årsoppgjør 2024", customer_id=9)],
                                  [LocalProject("p-1", b, customer_key="c-1"),
                                   LocalProject("p-2", "Årsoppgjør 2024", customer_key="c-1")],
                                  lambda _p: ("c-1", None))
        assert other.local_key == "p-2"
        assert m.local_key is None and m.candidates == [], (a, b, m)


@pytest.mark.parametrize("local_name", ["Rammeavtale (1347)", "P1347 - Rammeavtale",
                                        "P1347 - Skolegata 27"])
def test_a_project_with_the_tripletex_number_in_its_name_is_asked(local_name: str) -> None:
    """People write the Tripletex project's number into the local name ("Rammeavtale (1347)"):
    a number in the name against "Rammeavtale 2025" made the two differ (data c created them)."""
    fresh = [TxProject(1, 1, "Rammeavtale 2025", number="1347", customer_id=9)]
    local = [LocalProject("p-true", local_name, customer_key="c-1"),
             LocalProject("p-other", "Årsoppgjør 2024", customer_key="c-1")]
    (m,) = match_projects(fresh, local, lambda _p: ("c-1", None))
    assert m.local_key is None and [c.local_key for c in m.candidates][:1] == ["p-true"], m
    assert "its number written into the name" in m.candidates[0].why


def test_a_project_named_with_its_customers_name_and_contact_is_asked() -> None:
    """The local customer "Jernia AS v/ Per Stene" (a contact written in) names its project
    "Jernia AS v/ Per Stene Drift og vedlikehold 2023": all the customer's words are set aside,
    the project's own are kept (benchmark data b, seed 8, created it)."""
    strip = frozenset(words_of("Jernia AS v/ Per Stene") + words_of("Jernia AS"))
    fresh = [TxProject(1, 1, "Drift og vedlikehold 2023", customer_id=9)]
    local = [LocalProject("p-true", "Jernia AS v/ Per Stene Drift og vedlikehold 2023",
                          customer_key="c-1"),
             LocalProject("p-other", "Nytt tak lager 2024", customer_key="c-1")]
    (m,) = match_projects(fresh, local, lambda _p: ("c-1", None), strip=lambda _s: strip)
    assert m.local_key is None and [c.local_key for c in m.candidates][:1] == ["p-true"], m


@pytest.mark.parametrize("direction", ["local longer", "Tripletex longer"])
def test_a_word_cut_short_is_not_the_word_it_begins_with(direction: str) -> None:
    """"Konsulentb." is "Konsulentbistand" cut short, not "konsulent" (= "consulting") typed
    with a letter more: under "Helland Consulting AS", whose words are set aside, it kept none
    (benchmark seed 2 created it)."""
    strip = frozenset(words_of("Helland Consulting AS"))
    tx_name, local_name = (("Konsulentbistand", "Konsulentb.") if direction == "local longer"
                           else ("Konsulentb.", "Konsulentbistand"))
    fresh = [TxProject(1, 1, tx_name, customer_id=9)]
    local = [LocalProject("p-true", local_name, customer_key="c-1"),
             LocalProject("p-other", "Årsoppgjør 2024", customer_key="c-1")]
    (m,) = match_projects(fresh, local, lambda _p: ("c-1", None), strip=lambda _s: strip)
    assert m.local_key is None and [c.local_key for c in m.candidates][:1] == ["p-true"], m


@pytest.mark.parametrize("direction", ["local longer", "Tripletex longer"])
def test_a_project_named_by_its_customers_trade_and_years_is_asked(direction: str) -> None:
    """The customer's words set aside, "Regnskap 2023/2024" would be years alone, which share
    nothing distinctive with "Regnskap 2023/2024 oppdrag" (benchmark seed 15 created it)."""
    plain, decorated = "Regnskap 2023/2024", "Regnskap 2023/2024 oppdrag"
    tx_name, local_name = (plain, decorated) if direction == "local longer" else (decorated, plain)
    strip = frozenset(words_of("Kristensen Regnskapsbyrå AS") + words_of("Kristensen Regnskap"))
    fresh = [TxProject(1, 1, tx_name, customer_id=9)]
    local = [LocalProject("p-true", local_name, customer_key="c-1"),
             LocalProject("p-other", "Årsoppgjør 2022", customer_key="c-1")]
    (m,) = match_projects(fresh, local, lambda _p: ("c-1", None), strip=lambda _s: strip)
    assert m.local_key is None and m.candidates, f"created beside {local_name!r}"
    assert m.candidates[0].local_key == "p-true"


TRAPS = [
    # (Tripletex, the true local record, a different company with a similar name)
    ("Meny Alta", "Kjøpmann Alta AS", "Meny Tromsø"),
    ("Circle K Tøyen", "Tøyen Servicesenter AS", "Tøyen Bygg AS"),
    ("Kiwi Tøyen", "Tøyen Dagligvare AS", "Tøyen Bilsenter AS"),
    ("Statoil Tøyen", "Tøyen Bilsenter AS", "Tøyen Dagligvare AS"),
    ("Shell Sandvika", "Sandvika Servicestasjon AS", "Sandvika Kjøpmann AS"),
    ("Tønsberg Kanal Eiendomsutvikling AS", "Bonava - Tønsberg Kanal", "Tønsberg Bygg AS"),
    ("Bonava - Tønsberg Kanal", "Tønsberg Kanal Eiendomsutvikling AS", "Bonava - Tønsberg Brygge"),
    ("Hansen Bygg AS - Storgata 5", "Hansen Bygg AS", "Storgata 5 Sameie"),  # (an address: no site)
    ("Hansen Bygg AS", "Hansen Bygg AS (under avvikling)", "Hansen Bygg Vest AS"),  # (a state)
    ("Hansen Bygg AS (Bergen)", "Hansen Bygg Bergen AS", "Hansen Bygg AS"),  # (every word first)
    ("Kiwi 512 Sandnes", "Sandnes Dagligvare AS", "Kiwi 521 Sandnes"),
    ("Nilsen Bygg AS", "Nilsen Bygg", "Nilsen Elektro AS"),
    ("Bergen Eiendom AS", "Bergen Eiendom", "Berg Eiendom AS"),
    ("Hagen Renhold AS", "Hagen Renholdsservice", "Haugen Renhold AS"),
    ("Sameiet Storgata 5", "Storgata 5 Sameie", "Sameiet Storgata 7"),
    ("Simonsen Arkitekter AS", "Simonsen Arkitekter", "Simonsen Arkitekter Holding AS"),
    ("K. Helland", "Kari Helland", "Per Helland"),
    ("Midnattsol Seafood AS", "Midnattsol Sjømat AS", "Midnattsol Fisk AS"),
    ("Ås Bygg AS", "Aas Bygg", "As Bygg AS"),
    ("Veidekke - Geilo", "Veidekke Entreprenør AS", "Geilo Bygg AS"),
    ("EVO Fitness AS avd. Tiller", "EVO Tiller", "EVO Lade"),  # (the brand's other site)
    # a unit by its own name is its department's, not a company named after the place
    ("Helse Bergen HF, Haukeland", "Haukeland sykehus", "Haukeland Bakeri AS"),
    ("Helse Bergen HF avd. Voss", "Voss sjukehus", "Haukeland sykehus"),
    ("Hinna menighet", "Hinna kirke", "Hundvåg kirke"),  # (the town's other congregation)
    ("IMDi Nord", "Integrerings- og mangfoldsdirektoratet, region nord",
     "Integrerings- og mangfoldsdirektoratet, region sør"),
    ("Fredrikstad Legesenter AS", "Fr.stad Legesenter AS", "Frogn Legesenter AS"),
    # a Sami name is one municipality's, not its neighbour's; an English name one orchestra's
    ("Deanu gielda", "Tana kommune", "Nesseby kommune"),
    ("Norwegian Chamber Orchestra", "Norsk Kammerorkester", "Norsk Kammerkor"),
    ("Det Norske Teatret", "Teater Norge AS", "Det Norske Veritas"),
]


# a registry of other names, so that a family name is as rare as in a real one
OTHERS = [LocalCustomer(f"c-o{i}", f"{first} {trade} AS") for i, (first, trade) in enumerate(
    (f, t) for f in ("Nilsen", "Hansen", "Berg", "Dahl", "Lie", "Moen", "Strand", "Vik")
    for t in ("Bygg", "Elektro", "Regnskap", "Transport", "Maling", "Rørlegger"))]


@pytest.mark.parametrize("direction", ["Tripletex typed wrong", "local typed wrong"])
def test_a_short_rare_name_one_letter_off_beside_a_trade_of_one_family_is_asked(
        direction: str) -> None:
    """"Eode Malermester ANS" is likely "Eide Malerfirma ANS" (benchmark seed 28 created it):
    every word pairs, the rare one a letter off, the other a trade of one family."""
    right, wrong = "Eide Malerfirma ANS", "Eode Malermester ANS"
    tx_name, local_name = (wrong, right) if direction == "Tripletex typed wrong" else (right, wrong)
    (m,) = match_customers([TxCustomer(1, 1, tx_name)],
                           [LocalCustomer("c-true", local_name), *OTHERS])
    assert m.local_key is None, "a typo never links by itself"
    assert [c.local_key for c in m.candidates][:1] == ["c-true"], m


@pytest.mark.parametrize(("tx_name", "local_name", "signal"), [
    ("K. Helland", "Kari Helland", "initial K. = 'kari'"),
    ("A.L. Hovde", "Anne-Lise Hovde", "initials A.L. = 'anne lise'"),
    ("Havørn BL", "Havørn Borettslag", "abbreviation bl=borettslag"),
    ("Salmar ASA", "Salmar ASA org.nr 893927565", "org number, contact or department written into the name"),
    ("Lindahl Bygg AS", "Lindahl Bygg AS v/ Ola Berg", "org number, contact or department written into the name"),
    ("Bøler Borettslag", "Bøler BLR", "abbreviation blr=borettslag"),
    ("Nordvest Seafood", "Nordvest Sjømat", "one trade 'seafood'/'sjomat'"),
    ("Db. Tone Eide", "Dødsbo etter Tone Eide", "abbreviation db=dodsbo"),
    ("Statoil Bryne", "Circle K Bryne", "renamed 'statoil'/'circle k'"),
    ("Circle K Bryne", "Statoil Bryne", "renamed 'circle k'/'statoil'"),
])
def test_the_list_says_what_matched(tx_name: str, local_name: str, signal: str) -> None:
    """What review shows beside a candidate (`why`) names the signal that found it (a chain's
    letter with the chain's name, not as "a word more: 'k'")."""
    m = _customers(tx_name, local_name)
    assert m.candidates[0].local_key == "c-true"
    assert signal in m.candidates[0].why, m.candidates[0].why
    assert not any(w.startswith("a word more") for w in m.candidates[0].why), m.candidates[0].why


def test_a_renamed_chains_letter_is_its_name_and_a_stores_number_a_word_more() -> None:
    m = _customers("Statoil 5 Bryne", "Circle K Bryne")
    assert m.candidates[0].local_key == "c-true"
    assert m.candidates[0].why == ("rare word 'bryne'", "renamed 'statoil'/'circle k'",
                                   "a word more: '5'"), m.candidates[0].why


@pytest.mark.parametrize(("tx_name", "true_name", "trap"), TRAPS)
def test_traps_never_link_and_never_outrank_the_true_record(tx_name: str, true_name: str,
                                                            trap: str) -> None:
    fresh = [TxCustomer(1, 1, tx_name)]
    local = [LocalCustomer("c-true", true_name), LocalCustomer("c-trap", trap)]
    (m,) = match_customers(fresh, local)
    assert m.local_key in (None, "c-true")
    keys = [c.local_key for c in m.candidates]
    if m.local_key is None:
        assert keys[0] == "c-true"
    # alone, the trap is never linked
    (alone,) = match_customers(fresh, [LocalCustomer("c-trap", trap)])
    assert alone.local_key is None


@pytest.mark.parametrize(("a", "b"), [
    ("Steinkjer kommune", "Steinkjer Bygg AS"),  # (a firm of the town, no municipal enterprise)
    ("Steinkjer kommune", "Levanger Utvikling KF"),  # (another municipality's enterprise)
    ("Sandnes Sparebank", "SSHF"),  # (no health trust: "HF" is spelt only beside one)
    ("Oslo S Utvikling AS", "OSV"),
    ("Sande kommune", "Sandefjord Eiendom KF"),  # (another municipality that begins alike)
    ("Bergen kommune", "Bergenhus Eiendom KF"),
    # a unit's own name is no company named after the place, nor another unit
    ("Helse Bergen HF, Haukeland", "Haukeland Bakeri AS"),
    ("Helse Bergen HF avd. Haukeland", "Haukeland Bakeri AS"),
    ("Helse Bergen HF avd. Voss", "Haukeland sykehus"),
    # a church, a parish or a hospital is no trade, nor a place that begins alike
    ("Hinna kirke", "Hinna Bygg AS"),
    # a hospital's name is its trust's, not a firm's of its town, nor another trust's
    ("Helse Bergen HF", "Haukeland Bygg AS"),
    ("Oslo kommune", "Ullevål sykehus"),
    ("Helse Stavanger HF", "Haukeland sykehus"),
    # a person's surname before a comma is no organisation
    ("Solheim, Kari Anne", "Solheim Bygg AS"),
    ("SOLHEIM, KARI ANNE", "Solheim Bygg AS"),
    ("Kvamme, Kari Anne Marie", "Kvamme Bygg AS"),
    # a department's place is no unit of it, a chain's or a municipality's unit no other's
    ("Securitas AS avd. Molde", "Molde kommune"),
    ("Felleskjøpet Agri SA avd. Levanger", "Levanger Hotell"),
    ("Helse Bergen HF, Haukeland", "Haukeland skole"),
    ("Oslo kommune, Bydel Grorud", "Oslo kommune Velferdsetaten"),
    ("Rema 1000, Storo Storsenter", "Rema 1000 Bislett"),
    ("Felleskjøpet Agri SA avd. Levanger", "Levanger kirke"),  # (every town has a church)
    ("Securitas AS avd. Bergen", "Bergen Dyrehospital"),
    ("McDonald, Kari Anne", "McDonald Bygg AS"),
    ("Oslo kommune avd. Frogner", "DNB Frogner"),  # (a brand's acronym is no unit's)
    ("Helse Bergen HF avd. Voss", "XXL Voss"),
    ("Kirkenes Bygg AS", "Kirkenes Elektro AS"),
    ("Sokndal Rør AS", "Sokndal Maling AS"),
])
def test_what_a_municipality_or_an_acronym_does_not_resemble(a: str, b: str) -> None:
    for tx_name, local_name in ((a, b), (b, a)):
        (m,) = match_customers([TxCustomer(1, 1, tx_name)],
                               [LocalCustomer("c-1", local_name), *OTHERS])
        assert m.local_key is None and m.candidates == [], m


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("JMN Transport Hamar AS", "Jon M Nygård Transport Hamar AS"),  # (a person's initials)
    ("Sunnaas sykehus HF Arendal", "SSHF Arendal"),  # (another hospital's letters)
    ("Fræna kommune", "Træna kommune"),  # (a first letter: another municipality)
    ("Hansen Data AS", "Jansen Data AS"),  # (another surname)
])
def test_what_a_letter_makes_is_asked_under_accept_all(tx_name: str, local_name: str) -> None:
    """An acronym that spells a letter of the name or a health trust's form, and a first letter
    off, make another name as easily as the same one: asked, never taken by accept-all's 90."""
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-1", b), *OTHERS])
        assert m.local_key is None
        assert [c.local_key for c in m.candidates][:1] == ["c-1"], (a, b)
        assert m.candidates[0].score < 90, (a, b, m.candidates[0])


@pytest.mark.parametrize(("a", "b"), [
    ("Jan Ekelund", "Jan E Lund"),  # (a person's initial is no contracted place name)
    ("Boligbygg AS", "Bo Bygg AS"),
    ("Navamedic ASA", "Arbeids- og velferdsetaten"),  # ("nav" is the agency's name only)
    ("Hansen Bygg AS", "Hansen Eiendom AS avd. Bygg"),  # (a department, no company of its own)
    ("Nilsen Lønn AS", "Nilsen Regnskap AS avd. Lønn"),
    ("Helg Media AS", "Weekend Media AS"),  # (a job's English word in a project's name only)
    ("Kontor Line AS", "Office Line AS"),
    ("Sande kommune", "Holmestrand kommune"),  # (Sande is still a municipality, in Møre)
    ("Kiwi 505", "Kiwi 312"),  # (two stores of a chain, no chain's company)
])
def test_what_this_sessions_rules_do_not_take_for_the_same(a: str, b: str) -> None:
    """Each is asked under accept-all's 90 at most, most not at all (the second review of
    2026-12-08 found these at 90 or more)."""
    for tx_name, local_name in ((a, b), (b, a)):
        fresh = [TxCustomer(1, 1, tx_name)]
        local = [LocalCustomer("c-1", local_name)]
        local += [LocalCustomer(f"c-{i}", n + " Lokal") for i, n in enumerate(BACKGROUND[:40])]
        (m,) = match_customers(fresh, local)
        assert m.local_key is None
        assert all(c.score < 90 for c in m.candidates), (tx_name, local_name, m.candidates)


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Trondheim kommune", "Klæbu kommune"),  # (a merged municipality, its town's name common)
    ("Drammensbadet KF", "Drammen kommune"),
    ("Nyhavna Utvikling AS", "Veidekke Eiendom - Nyhavna"),  # (a developer named by a trade)
])
def test_what_this_sessions_rules_ask_in_a_registry_of_the_town(tx_name: str,
                                                                  local_name: str) -> None:
    town = [LocalCustomer(f"c-t{i}", f"{place} {trade} AS") for i, (place, trade) in enumerate(
        (p, t) for p in ("Trondheim", "Drammen") for t in (
            "Bygg", "Elektro", "Maling", "Data", "Regnskap", "Transport", "Frisør", "Rør"))]
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-true", b), *town])
        assert m.local_key is None
        assert [c.local_key for c in m.candidates][:1] == ["c-true"], (a, b, m)


@pytest.mark.parametrize("direction", ["Tripletex the company", "local the company"])
def test_a_chains_own_company_is_asked_among_many_of_its_stores(direction: str) -> None:
    """"Kiwi" is "Kiwi Norge AS" though a registry of a staffing agency (data m) has dozens of
    Kiwi stores, so that "kiwi" tells little apart; the stores are not it."""
    stores = [LocalCustomer(f"c-s{i}", f"Kiwi {place}") for i, place in enumerate(
        ("Grønland", "Lade", "Larsgården", "Løren", "Tiller", "Moholt", "Byåsen", "Heimdal"))]
    a, b = "Kiwi Norge AS", "Kiwi"
    tx_name, local_name = (a, b) if direction == "Tripletex the company" else (b, a)
    (m,) = match_customers([TxCustomer(1, 1, tx_name)],
                           [LocalCustomer("c-true", local_name), *stores], [
                               TxCustomer(100 + i, 1, s.name) for i, s in enumerate(stores)])
    assert m.local_key is None
    assert [c.local_key for c in m.candidates][:1] == ["c-true"], m
    assert m.candidates[0].score < 90


@pytest.mark.parametrize("direction", ["Tripletex the municipality", "local the municipality"])
def test_a_municipality_and_its_enterprise_are_asked_never_linked_nor_taken_by_accept_all(
        direction: str) -> None:
    """"Steinkjer kommune" may be what a consultant typed for "Steinkjer Utvikling KF", but it
    is another body: a question, under accept-all's 90, never a link by name."""
    a, b = "Steinkjer kommune", "Steinkjer Utvikling KF"
    tx_name, local_name = (a, b) if direction == "Tripletex the municipality" else (b, a)
    (m,) = match_customers([TxCustomer(1, 1, tx_name)], [LocalCustomer("c-1", local_name)])
    assert m.local_key is None
    assert [c.local_key for c in m.candidates] == ["c-1"]
    assert m.candidates[0].score < 90
    assert "municipality and its enterprise: 'steinkjer'" in m.candidates[0].why


@pytest.mark.parametrize("direction", ["Tripletex with the dash", "local with the dash"])
def test_a_place_after_a_dash_alone_asks_nothing(direction: str) -> None:
    """What follows a dash is compared too ("Sámediggi - Sametinget" / "Sametinget"), but a
    place there shares only the place with another firm of the town: created, not asked."""
    dashed, other = "Veidekke - Geilo", "Geilo Bygg AS"
    tx_name, local_name = (dashed, other) if direction == "Tripletex with the dash" else (
        other, dashed)
    (m,) = match_customers([TxCustomer(1, 1, tx_name)],
                           [LocalCustomer("c-1", local_name), *OTHERS])
    assert m.local_key is None and m.candidates == [], m


def test_a_hotel_by_its_name_outranks_another_chains_hotel_of_its_town() -> None:
    """"Plaza Hotel Oslo" is "Radisson Blu Plaza Hotel" sooner than "Scandic Hotel Oslo", in a
    registry where the town is as common as in a real one."""
    town = [LocalCustomer(f"c-o{i}", f"{trade} Oslo AS") for i, trade in enumerate(
        ("Bygg", "Elektro", "Regnskap", "Transport", "Maling", "Rørlegger", "Renhold", "Data"))]
    (m,) = match_customers([TxCustomer(1, 1, "Plaza Hotel Oslo")],
                           [LocalCustomer("c-true", "Radisson Blu Plaza Hotel"),
                            LocalCustomer("c-trap", "Scandic Hotel Oslo"), *town])
    assert m.local_key is None
    assert [c.local_key for c in m.candidates][:1] == ["c-true"], m


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("1881 AS", "1880 Bygg AS"), ("3M", "3 Musketerer AS"), ("7 AS", "Sparebank 7"),
    ("24 AS", "Regnskap 2024")])
def test_another_number_or_a_number_alone_is_no_company_named_by_it(tx_name: str,
                                                                      local_name: str) -> None:
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-1", b), *OTHERS])
        assert m.local_key is None and m.candidates == [], m


@pytest.mark.parametrize(("tx_name", "local_name"), [("Fem AS", "5 AS"), ("Tre AS", "3 AS")])
def test_a_number_written_as_a_word_alone_resembles_nothing(tx_name: str, local_name: str
                                                            ) -> None:
    """"Tre Brødre" / "3 Brødre" is asked by the word they share, never by the number alone."""
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-1", b), *OTHERS])
        assert m.local_key is None and m.candidates == [], m


def test_a_number_that_is_also_a_word_stays_under_accept_all() -> None:
    """"Kledning tre" (wood) / "Kledning 3": asked, under the score accept-all takes (90)."""
    m, _other = match_projects([TxProject(1, 1, "Kledning tre", customer_id=9),
                                TxProject(2, 1, "Lønn 2024", customer_id=9)],
                               [LocalProject("p-1", "Kledning 3", customer_key="c-1"),
                                LocalProject("p-2", "Lønn 2024", customer_key="c-1")],
                               lambda _p: ("c-1", None))
    assert [c.local_key for c in m.candidates] == ["p-1"] and m.candidates[0].score < 90, m


def test_written_out_forms_and_digits_of_other_scripts() -> None:
    """A project's word that spells a public body's form is no legal form ("Rådgivning
    helseforetak" is not "Rådgivning"); nor a customer's after a small word ("Forum for
    helseforetak"); "KF" first is a name's word ("KF Bygg" is no "HF Bygg"); a digit of
    another script is no number (it crashed the index)."""
    (m,) = match_projects([TxProject(1, 1, "Rådgivning helseforetak", customer_id=9)],
                          [LocalProject("p-1", "Rådgivning", customer_key="c-1")],
                          lambda _p: ("c-1", None))
    assert m.local_key is None, m
    for a, b in (("Forum for helseforetak", "Forum for"), ("KF Bygg AS", "HF Bygg AS")):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-1", b), *OTHERS])
        assert m.local_key is None and all(c.score < 90 for c in m.candidates), m
    (m,) = match_customers([TxCustomer(1, 1, "Hansen 1")], [LocalCustomer("c-1", "Bygg ፩")])
    assert m.local_key is None


def test_a_projects_number_is_no_name() -> None:
    """Under one customer, a project named by its year is not every project of that year."""
    (m,) = match_projects([TxProject(1, 1, "2025", customer_id=9)],
                          [LocalProject("p-1", "Lønn 2025", customer_key="c-1"),
                           LocalProject("p-2", "Årsoppgjør 2024", customer_key="c-1")],
                          lambda _p: ("c-1", None))
    assert m.local_key is None and m.candidates == [], m


def test_a_renamed_chains_store_in_another_town_is_not_asked() -> None:
    """"Statoil Bryne" is "Circle K Bryne" (the stations' rename), never "Circle K Sandnes"."""
    (m,) = match_customers([TxCustomer(1, 1, "Circle K Sandnes")],
                           [LocalCustomer("c-1", "Statoil Bryne"), *OTHERS])
    assert m.local_key is None and m.candidates == [], m


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Thon Hotel Bryne", "Scandic Hotel Bryne"),
    ("Comfort Hotel Florø", "Scandic Hotel Florø"),
    ("Quality Hotel Expo", "Clarion Hotel Expo"),
])
def test_two_chains_hotels_in_one_town_are_not_asked(tx_name: str, local_name: str) -> None:
    """A hotel's chain costs little beside a name that names none ("Radisson Blu Plaza Hotel" /
    "Plaza Hotel Oslo"); two chains are two hotels."""
    (m,) = match_customers([TxCustomer(1, 1, tx_name)],
                           [LocalCustomer("c-1", local_name), *OTHERS])
    assert m.local_key is None and m.candidates == [], m


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Sandum Bygg AS", "Sandet Bygg AS"),  # two farms' names, not a museum's forms
    ("Fiskum Maling AS", "Fisket Maling AS"),
])
def test_names_ending_um_and_et_are_not_one_word_in_two_forms(tx_name: str,
                                                              local_name: str) -> None:
    (m,) = match_customers([TxCustomer(1, 1, tx_name)],
                           [LocalCustomer("c-1", local_name), *OTHERS])
    assert m.local_key is None and m.candidates == [], m


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Equinor Eiendom AS", "Statoil Eiendom AS"),
    ("Circle K Service AS", "Statoil Service AS"),
    ("NSB Bygg AS", "Norsk Stålbygg Bygg AS"),  # (an acronym's letters are no word shared)
    ("Tre Bygg AS", "3 Bygg AS"),  # (nor is a number written as a word)
])
def test_a_rename_is_no_shared_word_for_a_link_by_number(tx_name: str, local_name: str) -> None:
    """A customer number links only names that share a word (DESIGN.md rule 3 and its guard);
    a rename in the table, or an acronym, is asked about, never linked by the number beside
    it."""
    (m,) = match_customers([TxCustomer(1, 1, tx_name, "1042")],
                           [LocalCustomer("c-1", local_name, "1042")])
    assert m.local_key is None and m.reason == "same number but the names differ", m
    assert [c.local_key for c in m.candidates] == ["c-1"]


def test_every_rename_is_folded_as_names_are_and_found_by_one_key() -> None:
    from core.matching.keys import keys_of
    from core.matching.trades import _RENAMES

    for old, news in _RENAMES.items():
        for word in (old, *news):
            assert words_of(word) == (word,), word
        for new in news:
            shared = set(keys_of(old, True)) & set(keys_of(new, False))
            assert shared, (old, new)


@pytest.mark.parametrize("name", ["Det - Sametinget", "The - Geilo", "Den - Hamar"])
def test_a_name_of_an_article_and_a_dash_is_what_follows(name: str) -> None:
    """Nothing but an article before the dash: the name is what follows it (and matching does
    not fail on a name left without words)."""
    last = name.split()[-1]
    (m,) = match_customers([TxCustomer(1, 1, last)], [LocalCustomer("c-1", name), *OTHERS])
    assert m.local_key is None and [c.local_key for c in m.candidates][:1] == ["c-1"], m


def test_a_spelling_of_ae_oe_aa_alone_is_the_same_name_and_links() -> None:
    """Not a question: the normalised names are equal (DESIGN.md rule 4)."""
    (m,) = match_customers([TxCustomer(1, 1, "Bjørkåsen Ærlig Handel AS")],
                           [LocalCustomer("c-1", "Bjorkaasen Aerlig Handel")])
    assert (m.local_key, m.method) == ("c-1", "exact_name")


def test_different_numbers_in_a_name_are_different_records() -> None:
    (m,) = match_customers([TxCustomer(1, 1, "Sameiet Storgata 7")],
                           [LocalCustomer("c-1", "Storgata 5 Sameie")])
    assert m.candidates == [] and m.local_key is None
    scope = ("c-1", None)
    (p,) = match_projects([TxProject(1, 1, "Vedlikehold 2026", customer_id=9)],
                          [LocalProject("p-1", "Vedlikehold 2025", customer_key="c-1")],
                          lambda _p: scope)
    assert p.candidates == [] and p.local_key is None
    (p,) = match_projects([TxProject(1, 1, "Fase 2 - Forprosjekt", customer_id=9)],
                          [LocalProject("p-1", "Fase 1 - Forprosjekt", customer_key="c-1")],
                          lambda _p: scope)
    assert p.candidates == [] and p.local_key is None
    # a house letter is part of the number: 31 A and 31 B are two buildings
    (m,) = match_customers([TxCustomer(1, 1, "Sameiet Storgata 31 B")],
                           [LocalCustomer("c-1", "Storgata 31 A Sameie")])
    assert m.candidates == [] and m.local_key is None
    (m,) = match_customers([TxCustomer(1, 1, "Sameiet Storgata 31B")],
                           [LocalCustomer("c-1", "Storgata 31A Sameie")])
    assert m.candidates == [] and m.local_key is None


def test_a_phase_named_with_its_customer_and_main_project_is_the_phase() -> None:
    """"Fase 3 (Sameiet Prinsens gate 57: Timebank 2025)" under that customer and main project is
    "Fase 3" (data a, seed 39: a phase counted as filler kept the scope's words, and it was
    created beside the local one)."""
    scope = ("c-1", "p-main")
    words = frozenset(words_of("Sameiet Prinsens gate 57 Timebank 2025"))
    (p,) = match_projects(
        [TxProject(1, 1, "Fase 3", customer_id=9)],
        [LocalProject("p-1", "Fase 3 (Sameiet Prinsens gate 57: Timebank 2025)", customer_key="c-1",
                      parent_key="p-main"),
         LocalProject("p-2", "Fase 2 (Sameiet Prinsens gate 57: Timebank 2025)", customer_key="c-1",
                      parent_key="p-main")],
        lambda _p: scope, strip=lambda _s: words)
    assert p.local_key == "p-1" or [c.local_key for c in p.candidates][:1] == ["p-1"]


def test_a_tax_form_by_its_code_says_so() -> None:
    """What review shows beside "RF-1086" for "Aksjonærregisteroppgave 2024": the form's code."""
    scope = ("c-1", None)
    (p,) = match_projects([TxProject(1, 1, "Aksjonærregisteroppgave 2024", customer_id=9)],
                          [LocalProject("p-1", "RF-1086 2024", customer_key="c-1")],
                          lambda _p: scope)
    assert p.candidates[0].local_key == "p-1"
    assert "form RF-1086 = 'aksjonaerregisteroppgave'" in p.candidates[0].why


def test_a_trade_said_twice_is_still_one_trade() -> None:
    """"Transport og Logistikk" says one trade twice: the second costs little once the first
    pairs, and never makes another trade resemble (same surname, other trade: a trap)."""
    for trap in ("Knudsen Bygg", "Knudsen Elektro AS"):
        assert _customers("Knudsen Transport og Logistikk AS", trap).candidates == []
        assert _customers(trap, "Knudsen Transport og Logistikk AS").candidates == []


def test_every_synonym_is_written_as_names_are_folded() -> None:
    """A synonym is looked up after folding ("Ekstraarbeider" is "ekstrarbeider"): one written
    otherwise is never found (data c, seed 1: "Ekstraarbeidre" / "Tilleggsarbeider")."""
    assert [w for w in (*SYNONYMS, *NAMES) if fold(w) != w] == []
    assert words_of("Ekstraarbeidre") == words_of("Tilleggsarbeider")


@pytest.mark.parametrize(("name", "words"), [
    ("Eiendomsmegler1 Oslo", ("megler", "1", "oslo")),
    ("24SevenOffice", ("24", "sevenoffice")),
    ("Regnskap2025", ("regnskap", "2025")),
    # letters joined by "&" are one word, unless that is a legal form
    ("D&V", ("dv",)),
    ("R & D 2025", ("rd", "2025")),
    ("A&S Bygg", ("a", "s", "bygg")),
    # codes keep their digits: too few letters to be a word
    ("M365 migrering", ("m365", "migrering")),
    ("Timer Q3 2025", ("timer", "q3", "2025")),
    ("P1500 - Rammeavtale", ("p1500", "rammeavtale")),
])
def test_words_written_together_or_joined_are_read_apart_or_as_one(
        name: str, words: tuple[str, ...]) -> None:
    assert words_of(name) == words


def test_common_words_alone_resemble_nothing() -> None:
    """A new Tripletex customer that shares only common words with local records is created
    without asking: the list stays short."""
    for name in ("Bygg og Eiendom Service AS", "Kongsberg Maling AS", "Nordkapp Consulting AS",
                 "Sortland Rørleggerservice AS"):
        (m,) = match_customers([TxCustomer(1, 1, name)],
                               [LocalCustomer(f"c-{i}", n) for i, n in enumerate(BACKGROUND)],
                               [TxCustomer(100 + i, 1, n) for i, n in enumerate(BACKGROUND)])
        assert m.candidates == [], f"{name} was asked about: {m.candidates[:2]}"


_WORDS = st.sampled_from(["Fjord", "Nilsen", "Bygg", "Eiendom", "Vest", "Kraft", "Hansen",
                          "Consulting", "Oslo", "Data", "Tre", "Lia", "Borettslag", "AS"])
_NAMES = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=12))
def test_unrelated_local_records_never_change_a_sure_link(extra: list[str]) -> None:
    """A sure link (org number, number, exact name) stays the same link however many other
    local records there are, as long as none of them carries its org number or number."""
    fresh = [TxCustomer(1, 1, "Fjordkraft Energi AS", "1001", "987654325")]
    local = [LocalCustomer("c-true", "FK Strøm", "9", "987654325")]
    (before,) = match_customers(fresh, local)
    assert (before.local_key, before.method) == ("c-true", "org_number")
    more = local + [LocalCustomer(f"c-x{i}", n) for i, n in enumerate(extra)]
    (after,) = match_customers(fresh, more)
    assert (after.local_key, after.method) == (before.local_key, before.method)


def _projects_among_many(tx_name: str, local_name: str, siblings: tuple[str, ...] = ()
                         ) -> list:
    """One customer's Tripletex project against its local projects, in a registry where 60
    other customers have the accounting office's usual projects (so "Rådgivning" or
    "Rammeavtale" is common in the registries, though not within this customer)."""
    usual = ("Rådgivning", "Rammeavtale 2025", "Generalforsamling", "Årsoppgjør 2024",
             "Lønn 2025", "Tilleggsarbeider")
    fresh = [TxProject(1, 1, tx_name, customer_id=9)]
    local = [LocalProject("p-true", local_name, customer_key="c-1")]
    local += [LocalProject(f"p-s{i}", n, customer_key="c-1") for i, n in enumerate(siblings)]
    for c in range(60):
        for i, n in enumerate(usual[c % 2:c % 2 + 4]):
            fresh.append(TxProject(1000 + 10 * c + i, 1, n, customer_id=100 + c))
            local.append(LocalProject(f"p-{c}-{i}", n, customer_key=f"c-{100 + c}"))

    def scope(p: TxProject) -> tuple[str, None]:
        return ("c-1", None) if p.customer_id == 9 else (f"c-{p.customer_id}", None)

    return [m for m in match_projects(fresh, local, scope) if m.tripletex_id == 1]


@pytest.mark.parametrize("direction", ["local longer", "Tripletex longer"])
@pytest.mark.parametrize(("plain", "decorated"), [("Rådgivning", "Generell rådgivning"),
                                                  ("Rammeavtale 2025", "Rameavtale")])
def test_a_word_common_in_the_registry_but_rare_under_the_customer_is_asked(
        plain: str, decorated: str, direction: str) -> None:
    """A word in many customers' projects tells little in the registries, but it is what tells
    this customer's projects apart: "Generell rådgivning" / "Rådgivning" and "Rameavtale" /
    "Rammeavtale 2025" under one customer were created beside each other (data c, seeds 5 and
    9). A word is weighed by its rarity within the customer's projects when that is more."""
    tx_name, local_name = (plain, decorated) if direction == "local longer" else (decorated, plain)
    siblings = ("Årsoppgjør 2024", "Lønn 2025")
    (m,) = _projects_among_many(tx_name, local_name, siblings)
    assert m.local_key is None and [c.local_key for c in m.candidates][:1] == ["p-true"], m
    # another of the customer's jobs does not resemble it for that
    (m,) = _projects_among_many(tx_name, "Skattemelding 2024", siblings)
    assert m.candidates == [] and m.local_key is None


def test_the_search_scores_a_project_as_the_list_does() -> None:
    """One score a pair: what the search in review computes for a project (`score_pair`, with
    the registries' rarities by scope) is the candidate's score in the list."""
    (m,) = _projects_among_many("Rådgivning", "Generell rådgivning", ("Årsoppgjør 2024",))
    usual = ("Rådgivning", "Rammeavtale 2025", "Generalforsamling", "Årsoppgjør 2024",
             "Lønn 2025", "Tilleggsarbeider")
    scoped = [(("c-1", None), n) for n in ("Rådgivning", "Generell rådgivning", "Årsoppgjør 2024")]
    scoped += [((f"c-{100 + c}", None), n) for c in range(60) for n in usual[c % 2:c % 2 + 4]
               for _side in (0, 1)]
    rarity = corpus_rarity([n for _s, n in scoped], "project", scoped)
    score, why = score_pair("project", "Rådgivning", "Generell rådgivning", rarity=rarity,
                            scope=("c-1", None))
    assert (score, why) == (m.candidates[0].score, m.candidates[0].why)


@pytest.mark.parametrize("direction", ["local longer", "Tripletex longer"])
def test_a_project_named_by_its_customers_trade_alone_is_asked(direction: str) -> None:
    """Under "Tindbris Rådgivning AS", "Rådgivning" keeps its only word though it is the
    customer's, while "Generell rådgivning" sets it aside and is left "generell": the two were
    compared as "rådgivning" / "generell" and created beside each other (data c, seed 5). The
    whole names are compared too."""
    strip = frozenset(words_of("Tindbris Rådgivning AS") + words_of("Tindbris Consulting"))
    plain, decorated = "Rådgivning", "Generell rådgivning"
    tx_name, local_name = (plain, decorated) if direction == "local longer" else (decorated, plain)
    fresh = [TxProject(1, 1, tx_name, customer_id=9)]
    local = [LocalProject("p-true", local_name, customer_key="c-1"),
             LocalProject("p-other", "Årsoppgjør 2024", customer_key="c-1")]
    (m,) = match_projects(fresh, local, lambda _p: ("c-1", None), strip=lambda _s: strip)
    assert m.local_key is None and [c.local_key for c in m.candidates] == ["p-true"], m
    # another job of the customer's trade is still another job
    local[0] = LocalProject("p-true", "Rådgivning skatt", customer_key="c-1")
    (m,) = match_projects([TxProject(1, 1, "Rådgivning arv", customer_id=9)], local,
                          lambda _p: ("c-1", None), strip=lambda _s: strip)
    assert m.candidates == []


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Fase 2", "Fase III"), ("Mortensrud byggetrinn 2", "Mortensrud BT3"), ("RIB", "RIV"),
    ("RIB", "Brannrådgivning"), ("Landskapsarkitekt", "ARK"), ("Mai 2024", "06.2024"),
    ("Andre etasje", "Etg. 3"), ("Første etasje", "2. etg"),
    ("Rådgivende ingeniør elektro", "Rådgivende ingeniør VVS"), ("Geoteknikk", "RIBr"),
    ("Vårservice 2025", "Høstservice 2025"), ("Spring service", "Autumn service"),
    ("AO 2025-2518 Hydraulikk", "AO 2025-3311 Hydraulikk")])
def test_another_phase_stage_or_discipline_is_another_job(tx_name: str, local_name: str) -> None:
    """A phase, a building stage or a discipline written another way is asked about; the next
    one is another job (the engineering consultancy's traps)."""
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        (m,) = match_projects([TxProject(1, 1, a, customer_id=9)],
                              [LocalProject("p-1", b, customer_key="c-1"),
                               LocalProject("p-2", "Årsoppgjør 2024", customer_key="c-1")],
                              lambda _p: ("c-1", None))
        assert m.local_key is None and m.candidates == [], (a, b, m)


ACRONYMS = [  # data f: a public body or a company by its acronym
    ("Oslo universitetssykehus HF", "OUS"), ("Direktoratet for byggkvalitet", "DiBK"),
    ("Høgskulen på Vestlandet", "HVL"), ("Trøndelag fylkeskommune", "TRFK"),
    ("Akershus universitetssykehus HF", "Ahus"), ("Buskerud fylkeskommune", "Bfk"),
    ("Statens vegvesen", "SVV"), ("Oslo kommune Plan- og bygningsetaten", "PBE"),
    ("Bergen kommune Etat for bygg og eiendom", "EBE Bergen kommune")]


KNOWN_ACRONYMS = [  # well-known Norwegian bodies and companies, by their acronyms
    ("Universitetet i Oslo", "UiO"), ("Universitetet i Bergen", "UiB"),  # "i"
    ("Norges Statsbaner AS", "NSB AS"), ("Kommunal Landspensjonskasse", "KLP"),  # linking s
    ("Norsk rikskringkasting AS", "NRK"), ("Statistisk sentralbyrå", "SSB"),
    # data j: a health trust's and a directorate's
    ("Helse Møre og Romsdal HF Volda sjukehus", "HMR Volda sjukehus"),  # (HF before the unit)
    ("UNIVERSITETSSYKEHUSET NORD-NORGE HF NARVIK", "UNN Narvik"),
    ("SYKEHUSET I VESTFOLD HF", "SiV"),  # ("i")
    ("Kunsthøgskolen i Oslo", "KHiO"),  # ("i" after a compound's parts)
    ("Utdanningsdirektoratet", "Udir"), ("Helsedirektoratet", "Hdir"),  # (a part's letters)
    ("Helse Sør-Øst RHF", "HSØ"),  # (three common words: spelt, they are distinctive)
    ("Norges musikkhøgskole", "NMH"),  # ("høgskole", a compound's part)
    # sports clubs ("klubb" and "lag" are parts; "TIL" is a name, not the word "til")
    ("Molde Fotballklubb", "MFK"), ("Rosenborg Ballklub", "RBK"), ("Tromsø Idrettslag", "TIL")]


@pytest.mark.parametrize("direction", ["local longer", "Tripletex longer"])
@pytest.mark.parametrize(("written_out", "acronym"), ACRONYMS + KNOWN_ACRONYMS)
def test_a_name_by_its_acronym_is_asked(written_out: str, acronym: str, direction: str) -> None:
    """A name of one word that spells the initials of the other's words, and of the parts of
    its compounds ("OUS": Oslo universitets|sykehus; "NSB": Norges stats|baner, after a linking
    s), is asked about: created, its customer's projects were all created with it (data f). It
    may spell the "i" that `words_of` drops ("UiO": "Universitetet i Oslo"). Review says which
    abbreviation."""
    tx_name, local_name = ((written_out, acronym) if direction == "local longer"
                           else (acronym, written_out))
    m = _customers(tx_name, local_name)
    assert m.local_key is None and [c.local_key for c in m.candidates][:1] == ["c-true"], m
    said = f"abbreviation {fold(acronym).split()[0]}="
    assert any(w.startswith(said) for w in m.candidates[0].why), m.candidates[0].why


@pytest.mark.parametrize(("name", "other"), [
    ("DNB", "Nordic Bank AS"), ("DNB", "Den Nye Bakeriet AS"), ("UiO", "Ullevål i Oslo AS"),
    ("DNT", "Norsk Tipping AS"), ("DNV", "Norsk Vann"), ("DNB", "Norsk Byggtjeneste AS"),
    # a linking s begins a part only before a consonant and a part of five letters or more
    ("NRK", "Norges Råfisklag"), ("AUF", "Aalesunds Fotballklubb"),
    ("GIF", "Gjensidige Forsikring ASA"), ("UiS", "Oslo Universitets-sykehus"),
    ("NRK", "Norsk Riksmålsforbund"), ("NSB", "Norsk Stålsveis AS"),
    ("KLP", "Kristiansand Landsbyservice"),
    ("HVL", "Høgskulen i Volda"), ("OUS", "Oslo Sporveier AS"), ("Satl", "Sandnes Tømrer AS"),
    ("Berg", "Bergen Eiendom AS"), ("DiBK", "Direktoratet for samfunnssikkerhet"),
    ("Moen Bygg AS", "Mona Nilsen Bygg"), ("EBE Bergen kommune", "Bergen kommune Etat for skole")])
def test_a_word_that_does_not_spell_the_name_is_no_acronym(name: str, other: str) -> None:
    """The letters of an acronym begin the other name's words or the parts of its compounds;
    a short name that only begins like it is not its acronym."""
    for a, b in ((name, other), (other, name)):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-1", b)])
        assert all("abbreviation" not in " ".join(c.why) for c in m.candidates), m


def test_a_discipline_by_its_code_says_so() -> None:
    """What review shows beside "RIB" for "Rådgivende ingeniør bygg": the code and its words."""
    (p,) = match_projects([TxProject(1, 1, "Rådgivende ingeniør bygg", customer_id=9)],
                          [LocalProject("p-1", "RIB", customer_key="c-1")],
                          lambda _p: ("c-1", None))
    assert p.candidates[0].why == ("abbreviation rib=radgivende ingenior bygg",)


@pytest.mark.parametrize("direction", ["local longer", "Tripletex longer"])
def test_a_name_that_carries_its_own_acronym_is_asked_by_the_acronym(direction: str) -> None:
    """"NORGES TEKNISK-NATURVITENSKAPELIGE UNIVERSITET NTNU" says its name twice: once "NTNU"
    pairs, the words it spells cost what filler costs, and "NTNU" alone is asked about (data f,
    seed 12, created it and its projects)."""
    long_, short = "NORGES TEKNISK-NATURVITENSKAPELIGE UNIVERSITET NTNU", "NTNU"
    tx_name, local_name = (short, long_) if direction == "local longer" else (long_, short)
    m = _customers(tx_name, local_name)
    assert m.local_key is None and [c.local_key for c in m.candidates][:1] == ["c-true"], m


@pytest.mark.parametrize(("name", "words"), [
    ("Db. Tone Eide", ("dodsbo", "tone", "eide")),
    ("Boet etter Tone Eide", ("dodsbo", "tone", "eide")),
    ("Dødsboet etter Tone Eide", ("dodsbo", "tone", "eide")),
    ("Tone Eides dødsbo", ("dodsbo", "tone", "eides")),
    ("DB Schenker AS", ("db", "schenker")),  # a firm, no estate
    ("Dbo Bygg AS", ("dbo", "bygg")),
    ("Boet Bygg AS", ("bot", "bygg")),
])
def test_an_estate_is_one_form_however_it_is_written(name: str, words: tuple[str, ...]) -> None:
    """"Db.", "Dbo", "Boet etter", "Dødsboet etter" before the deceased's names, "dødsbo"
    after them: one estate (data h created them beside each other); a firm's name that
    begins with those letters keeps its words."""
    assert company_words(name) == words


def test_two_vessels_of_one_name_are_asked_never_linked() -> None:
    """"M/S Nordbris N-12-A" and "M/S Nordbris M-33-B" are two vessels: their registrations
    are set aside to find each other's company, so the two are asked about, never linked."""
    (m,) = match_customers([TxCustomer(1, 1, "M/S Nordbris N-12-A")],
                           [LocalCustomer("c-1", "M/S Nordbris M-33-B")])
    assert m.local_key is None and [c.local_key for c in m.candidates] == ["c-1"], m


def test_one_organisations_departments_are_told_apart_by_the_department() -> None:
    """"Felleskjøpet Agri SA avd. Levanger" beside its sister departments: the department is set
    aside from the words compared, so all of them resembled alike (data i needed a search);
    the same department now ranks first, and another says so and scores 20 less."""
    fresh = [TxCustomer(1, 1, "Felleskjøpet Agri SA avd. Levanger")]
    local = [LocalCustomer("c-ork", "Felleskjøpet Agri SA avd. Orkanger"),
             LocalCustomer("c-true", "Felleskjopet Agri avd Levanger"),
             LocalCustomer("c-stj", "Felleskjøpet Agri SA avd. Steinkjer")]
    (m,) = match_customers(fresh, local)
    first, *others = m.candidates
    assert m.local_key is None and first.local_key == "c-true", m
    assert "same department 'levanger'" in first.why
    for c in others:
        assert c.score <= first.score - 20 and any(w.startswith("other department")
                                                   for w in c.why), c
    # departments of two words, one of them shared, are still two ("Meieriet Harstad" /
    # "Meieriet Frøya"); the true one, written without "avd.", is among the first three
    (m,) = match_customers([TxCustomer(1, 1, "Tine SA avd. Meieriet Harstad")],
                           [LocalCustomer("c-frøya", "Tine SA avd. Meieriet Frøya"),
                            LocalCustomer("c-true", "Tine SA, Meieriet Harstad")])
    by_key = {c.local_key: c for c in m.candidates}
    assert "c-true" in [c.local_key for c in m.candidates][:3], m
    assert any(w.startswith("other department") for w in by_key["c-frøya"].why), m
    # a health trust's hospital after its form is a department ("Sykehuset Innlandet HF
    # Gjøvik"): the trust's other hospitals say so and score 20 less (data j needed a search)
    (m,) = match_customers([TxCustomer(1, 1, "Sykehuset Innlandet HF avd. Gjøvik")],
                           [LocalCustomer(f"c-{p}", f"Sykehuset Innlandet HF {p}")
                            for p in ("Lillehammer", "Elverum", "Kongsvinger", "Gjøvik")])
    first, *others = m.candidates
    assert first.local_key == "c-Gjøvik" and "same department 'gjovik'" in first.why, m
    assert all(c.score <= first.score - 20 and any(w.startswith("other department")
                                                    for w in c.why) for c in others), m
    # a department shared by two organisations is no resemblance
    (m,) = match_customers([TxCustomer(1, 1, "Nortura SA avd. Bodø")],
                           [LocalCustomer("c-1", "Bodø Bygg AS avd. Bodø")])
    assert m.candidates == []


def test_a_place_alone_is_no_store_without_a_chain() -> None:
    """Two firms of one town share its name: without a chain's name on one side and a store
    company's word on the other, the place alone asks nothing."""
    for a, b in (("Alta Detalj AS", "Alta Bil AS"), ("Meny Alta", "Meny Tromsø")):
        assert _customers(a, b).candidates == [] and _customers(b, a).candidates == []


@pytest.mark.parametrize(("owner", "firm"), [
    ("Stein Hansen ENK", "Hansen Maler"), ("Thea Nilsen ENK", "Nilsen Frisør"),
    ("Even Olsen ENK", "Olsen Elektro"), ("Kari Hammer ENK", "Hammer Snekkeri")])
def test_a_first_name_like_a_place_or_an_english_word_is_still_a_persons(owner: str, firm: str
                                                                          ) -> None:
    """The names in other languages (`lexicon.NAMES`: "Steinkjer"'s Sami name, "theatre") are
    no company words: a sole proprietor called Stein, Thea or Even is still a person, known by
    the surname ("Stein Hansen ENK" / "Hansen Maler" is asked)."""
    for a, b in ((owner, firm), (firm, owner)):
        m = _customers(a, b)
        assert m.local_key is None and m.candidates and m.candidates[0].local_key == "c-true", m


def test_names_in_other_languages_are_not_known_one_letter_off() -> None:
    """A long synonym is known one letter off, but a place's or a translated name is not: two
    places one letter apart are a typo to ask about, never the same word ("Storjord" is a
    surname, "Storfjord" a municipality)."""
    m = _customers("Storjord Bygg AS", "Storfjord Bygg AS")
    assert m.candidates[0].local_key == "c-true" and m.candidates[0].score < 95, m
    assert "typo 'storjord'~'storfjord'" in m.candidates[0].why


def test_a_foundation_and_a_company_of_one_name_are_told_apart_by_the_score() -> None:
    """"Stiftelsen" is set aside from a foundation's words, but it is a legal form of its own:
    beside a company's ("Bergen Bygg AS") the pair scores below what accept-all takes (90)."""
    m = _customers("Stiftelsen Bergen Bygg", "Bergen Bygg AS")
    assert m.candidates[0].local_key == "c-true" and m.candidates[0].score < 90, m
    assert _customers("Stiftelsen Bergen Bygg", "Bergen Bygg").candidates[0].score >= 90


@pytest.mark.parametrize(("letters", "name"), [("KT Bygg AS", "Knutsen Bygg AS"),
                                               ("ES Bygg AS", "Eriksen Bygg AS"),
                                               ("SG Bygg AS", "Solberg Bygg AS"),
                                               ("KS Bygg AS", "Kristiansen Bygg AS"),
                                               ("JH Elektro AS", "Johansen Elektro AS")])
def test_two_letters_are_no_surnames_initials(letters: str, name: str) -> None:
    """Two letters are the initials of a compound's parts ("ÅM" / "Årsmøte"), not of a surname
    of seven letters: "KT Bygg AS" is no question about "Knutsen Bygg AS"."""
    for tx_name, local_name in ((letters, name), (name, letters)):
        (m,) = match_customers([TxCustomer(1, 1, tx_name)], [LocalCustomer("c-1", local_name)])
        assert m.local_key is None and m.candidates == [], (tx_name, local_name)


def test_two_words_are_one_word_of_the_synonyms_only_when_hyphened() -> None:
    """"Kabel-legging" is "Kabellegging", which is "kabling"; "Brann Murer", two words apart,
    is no firewall ("brannmur")."""
    assert words_of("Kabel-legging") == words_of("Kabling") == ("kabling",)
    assert words_of("Brann Murer") == ("brann", "murer")
    (m,) = match_customers([TxCustomer(1, 1, "Brann Murer AS")], [LocalCustomer("c-1", "Brannmur AS")])
    assert not m.candidates or m.candidates[0].score < 90


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Vestland Bil AS", "Hordaland Bil AS"),  # (a merged county is the county body's name only)
    ("Hedmark Revisjon AS", "Oppland Revisjon AS"),  # (two old names of one county)
    ("Circle K Bryne", "Equinor Bryne"),  # (two new names of one old: two companies)
    ("Hedmark fylkeskommune", "Oppland fylkeskommune"),  # (two old names of one new)
    ("Lillestrøm Bygg AS", "Skedsmo Bygg AS"),  # (a merged municipality: its own name only)
    ("Skedsmo kommune", "Sørum kommune"),  # (two old names of one new)
])
def test_a_rename_is_an_old_name_beside_its_own_new_one(tx_name: str, local_name: str) -> None:
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-1", b)])
        assert m.local_key is None and m.candidates == [], (a, b)


@pytest.mark.parametrize(("tx_name", "local_name"), [
    ("Kiwi Majorstuen", "Kiwi (Tøyen)"),  # (one word in front of a bracket: a place)
    ("Biltema Majorstuen", "Biltema (Tøyen)"),  # (a site of one word: a project company's only)
    ("Fjord Transport AS", "Fjordbyen (Selvaag)"),
    ("Rema 1000 Tøyen", "Rema 1000 (Holmlia)"),  # (a number: a store)
    ("Levanger Agri AS", "Felleskjøpet Agri - Avd. Levanger"),  # (a department is no site)
    ("Kari Nordmann Bygg", "Fjord Bygg AS - v/ Kari Nordmann"),  # (nor a contact)
    # one word after a dash is a place after a chain, a municipality or a tradesman
    ("Tøyen Eiendom AS", "Kiwi - Tøyen"),
    ("Frogner Eiendom AS", "Oslo kommune - Frogner"),
    ("Lillestrøm Eiendom AS", "Hansen Bygg AS - Lillestrøm"),
])
def test_what_is_no_site_asks_nothing(tx_name: str, local_name: str) -> None:
    """A customer named by its group and its site is compared by its site too, but a place, a
    store's number, a department or a contact written beside a name is no site."""
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-1", b)])
        assert m.local_key is None and m.candidates == [], (a, b)


@pytest.mark.parametrize(("tx_name", "local_name"), [("RIB", "Bygg A"), ("Kanalbyen RIB", "Kanalbyen Bygg")])
def test_a_discipline_is_its_trade_only_as_a_name_of_one_word(tx_name: str, local_name: str) -> None:
    """"RIE" is "Elektro" as a sub-project's whole name; "Bygg A" is a building, and "Kanalbyen
    RIB" no "Kanalbyen Bygg"."""
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        m = [r for r in _projects_among_many(a, b) if r.tripletex_id == 1][0]
        assert m.local_key is None and m.candidates == [], (a, b)


@pytest.mark.parametrize(("code", "trade"), [("RIE", "Elektro"), ("RIBr", "Brann")])
def test_a_discipline_is_found_by_its_trade_among_many_projects(code: str, trade: str) -> None:
    """A customer with more projects than are compared whole (candidates.SMALL_SCOPE): no word
    of "RIE" is a word of "Elektro", and the search still finds it, both ways."""
    siblings = tuple(f"Prosjekt {n}" for n in range(70))
    for tx_name, local_name in ((code, trade), (trade, code)):
        (m,) = _projects_among_many(tx_name, local_name, siblings)
        assert [c.local_key for c in m.candidates][:1] == ["p-true"], (tx_name, local_name)


def test_a_department_is_no_site() -> None:
    from core.matching.company import company_site

    assert company_site("Statens vegvesen - Region Øst") == ()
    assert company_site("Bonava - Tønsberg Kanal") == ("tonsberg", "kanal")
    assert company_site("Brattøra (Skanska)") == ("brattora",)
    assert company_site("Hansen Bygg AS (under avvikling)") == ()  # (a state, set aside)


@pytest.mark.parametrize(("tx_name", "local_name"), [("SB1 Finans AS", "Sparebank Finans AS"),
                                                     ("SB1 SMN", "SpareBank 1 Nord-Norge")])
def test_a_short_name_of_sparebank_1_shares_no_word(tx_name: str, local_name: str) -> None:
    """"SB1" is the initials "SB" and the 1: no word shared, so a customer number alone never
    links it to another bank's or a firm's name."""
    (m,) = match_customers([TxCustomer(1, 1, tx_name, number="77")],
                           [LocalCustomer("c-1", local_name, "77")])
    assert m.local_key is None, m


@pytest.mark.parametrize("place", ["Kirkenes", "Sokndal", "Helsetun", "Hospitalsløkkene"])
def test_a_place_that_begins_as_an_institution_is_no_institution(place: str) -> None:
    """"Kirkenes Elektro AS" is no church: the institution words pair whole words only."""
    (word,) = words_of(place)
    assert trade_family(word) is None
    (m,) = match_customers([TxCustomer(1, 1, f"{place} kirke")],
                           [LocalCustomer("c-1", f"{place} Bygg AS"), *OTHERS])
    assert m.candidates == [], m


@pytest.mark.parametrize(("tx_name", "local_name"), [
    # a translation is less sure than one word (two firms: "North" and "Nord")
    ("North Bygg AS", "Nord Bygg AS"),
    ("North Ventures AS", "Nord Ventures AS"),
    ("South Pacific Trading AS", "Sør Pacific Trading AS"),
    ("Family Dental AS", "Familie Dental AS"),
    # a firm's "Helse" is no health trust, a first name no company's new name
    ("Lovisenberg Diakonale Helse AS", "Lovisenberg Diakonale sykehus"),
    ("Martina Hansens Hospital", "Martina Hansens Helse AS"),
    ("Helse Bergen Sentrum AS", "Bergen Sentrum sykehus"),
    ("Oda Jacobsen", "Jacobsen Kolonial AS"),
    ("Harvest Consulting AS", "Mowi Consulting AS"),
    # a word near a translation's or a short synonym's spelling is no typo of it
    ("Nett Bolig AS", "Ny Bolig AS"),
])
def test_what_is_never_offered_at_accept_alls_score(tx_name: str, local_name: str) -> None:
    for a, b in ((tx_name, local_name), (local_name, tx_name)):
        (m,) = match_customers([TxCustomer(1, 1, a)], [LocalCustomer("c-1", b), *OTHERS])
        assert m.local_key is None and all(c.score < 90 for c in m.candidates), m


def test_a_season_in_english_is_no_typo_of_another_word() -> None:
    """"Spring" reads as "vår"; "Sprint 2024" is no "Vår 2024" one letter off."""
    (m,) = match_projects([TxProject(1, 1, "Vår 2024", customer_id=9)],
                          [LocalProject("p-1", "Sprint 2024", customer_key="c-1")],
                          lambda _p: ("c-1", None))
    assert all(c.score < 90 for c in m.candidates), m

