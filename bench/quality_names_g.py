"""Names for `bench/quality_data_g.py` (`--data g`): the clients of a digital agency and a
facility-services company in Oslo, Stavanger and Tromsø. Hand-written lists only; the
generator combines and spells them."""

from __future__ import annotations

CITIES = ("Oslo", "Stavanger", "Tromsø")

# store locations per city (a chain has at most one store of a name here)
LOCATIONS = {
    "Oslo": ["Grünerløkka", "Majorstuen", "Bislett", "Storo", "Torshov", "Sagene", "Tøyen",
             "Grønland", "Frogner", "Skøyen", "Bjørvika", "Aker Brygge", "Sandvika", "Lørenskog",
             "Nydalen", "Ullevål", "Lambertseter", "Bryn", "Helsfyr", "Vulkan", "Tjuvholmen",
             "Sinsen", "Røa", "Carl Berner", "Kalbakken", "Stovner", "Furuset", "Manglerud",
             "Bogstadveien", "Hasle", "Ensjø", "Holmlia", "Bekkestua", "Kolbotn", "Ski"],
    "Stavanger": ["Sandnes", "Forus", "Madla", "Hillevåg", "Hinna", "Tananger", "Sola",
                  "Randaberg", "Jåttåvågen", "Kvadrat", "Storhaug", "Våland", "Bryne", "Ålgård",
                  "Hundvåg", "Gausel", "Lura", "Tasta", "Eiganes", "Vaulen", "Kvernevik",
                  "Sandnes Øst", "Ganddal", "Austrått", "Hommersåk", "Skadberg"],
    "Tromsø": ["Tromsdalen", "Kvaløya", "Langnes", "Jekta", "Hamna", "Kroken", "Breivika",
               "Stakkevollan", "Workinnmarka", "Kaldfjord", "Hansnes", "Finnsnes", "Harstad",
               "Alta", "Karasjok", "Storslett", "Sjøvegan", "Bardufoss", "Setermoen", "Skjervøy",
               "Nerstranda", "Sørtromsøya", "Tomasjord"],
}

# chain, alternates people type for the chain, numbered stores, franchise kind (the store is
# its own company, named by its place; None: the chain owns its stores), the chain's org
# number on its stores in Tripletex
CHAINS = [
    # (chain, shorts typed for the chain word, numbered, franchise, chain org shared on tx)
    ("Kiwi", ("KIWI",), True, None, True),
    ("Rema 1000", ("Rema", "REMA 1000", "Rema 1 000"), False, "grocery", False),
    ("Coop Extra", ("Extra", "Coop Xtra"), False, None, True),
    ("Coop Prix", ("Prix",), False, None, True),
    ("Meny", ("MENY",), False, "grocery", False),
    ("Joker", ("JOKER",), False, "grocery", False),
    ("Spar", ("SPAR",), False, "grocery", False),
    ("Bunnpris", ("BUNNPRIS",), False, "grocery", False),
    ("Circle K", ("CircleK", "Circle-K", "Statoil"), False, "fuel", True),
    ("Elkjøp", ("Elkjop", "Elkjøp Megastore"), False, None, True),
    ("XXL", ("XXL Sport", "XXL Sport & Villmark"), False, None, True),
    ("SATS", ("Sats",), False, None, True),
    ("Evo Fitness", ("EVO", "Evo", "EVO Fitness"), False, None, True),
    ("Apotek 1", ("Apotek1",), False, None, True),
    ("Vitusapotek", ("Vitus apotek", "Vitus"), False, None, True),
    ("Peppes Pizza", ("Peppes",), False, "food", False),
    ("Clas Ohlson", ("Clas Ohlsson",), False, None, True),
    ("Narvesen", ("Narvesen kiosk",), False, None, True),
    ("Burger King", ("BK",), False, "food", False),
    ("7-Eleven", ("7 Eleven", "Seven Eleven", "7-11"), True, None, True),
]

# franchise stores: the legal company, from the place
FRANCHISE_LEGAL = {
    "grocery": ["{loc} Dagligvare AS", "{loc} Handel AS", "{chain} {loc} AS",
                "Dagligvare {loc} AS", "{loc} Detalj AS", "Kjøpmann {loc} AS"],
    "food": ["{loc} Restaurantdrift AS", "{chain} {loc} AS", "{loc} Pizza AS", "Restaurant {loc} AS"],
    "fuel": ["{loc} Bilsenter AS", "{chain} {loc} AS", "{loc} Service AS"],
}

# hotels: official name, typed alternates, city; traps are the others of the same brand
HOTELS = [
    ("Thon Hotel Rosenkrantz", ("Thon Rosenkrantz", "Rosenkrantz Hotel"), "Oslo"),
    ("Thon Hotel Opera", ("Thon Opera", "Thon Hotell Opera"), "Oslo"),
    ("Thon Hotel Polar", ("Thon Polar",), "Tromsø"),
    ("Thon Hotel Maritim", ("Thon Maritim", "Maritim Hotell"), "Stavanger"),
    ("Scandic Havet", ("Scandic Havet Bodø", "Havet Hotell"), "Tromsø"),
    ("Scandic Ishavshotel", ("Ishavshotellet", "Scandic Ishavshotell"), "Tromsø"),
    ("Scandic Stavanger City", ("Scandic City Stavanger", "Scandic City"), "Stavanger"),
    ("Scandic Stavanger Forum", ("Scandic Forum",), "Stavanger"),
    ("Scandic Vulkan", ("Scandic Vulkan Oslo",), "Oslo"),
    ("Scandic Holmenkollen Park", ("Holmenkollen Park Hotel", "Scandic Holmenkollen"), "Oslo"),
    ("Clarion Hotel The Edge", ("Clarion The Edge", "The Edge Tromsø"), "Tromsø"),
    ("Clarion Hotel Energy", ("Clarion Energy", "Hotel Energy Forus"), "Stavanger"),
    ("Clarion Hotel Oslo", ("Clarion Oslo",), "Oslo"),
    ("Radisson Blu Hotel Tromsø", ("Radisson Tromsø", "Radisson Blu Tromsø"), "Tromsø"),
    ("Radisson Blu Atlantic Hotel", ("Radisson Atlantic", "Atlantic Hotel Stavanger"), "Stavanger"),
    ("Radisson Blu Plaza Hotel", ("Radisson Plaza", "Plaza Hotel Oslo"), "Oslo"),
    ("Radisson Blu Scandinavia Hotel", ("Radisson Scandinavia", "Radisson Blu Scandinavia"), "Oslo"),
    ("Comfort Hotel Grand Central", ("Comfort Grand Central",), "Oslo"),
    ("Quality Hotel Tromsø", ("Quality Tromsø",), "Tromsø"),
    ("Smarthotel Tromsø", ("Smart Hotel Tromsø",), "Tromsø"),
]

# hand-picked clients: official (Tripletex) name, typed alternates with their kind, city,
# and "old" = an earlier name (only the org number ties them)
HAND = [
    # offshore and energy, Stavanger
    ("Aker Solutions AS", (("Aker Solutions", "form"), ("Aker Solutions Forus", "word")), "Stavanger"),
    ("Aker BP ASA", (("Aker BP", "form"), ("AkerBP", "compound")), "Stavanger"),
    ("Subsea 7 Norway AS", (("Subsea7", "brand"), ("Subsea 7 Norge", "lang"), ("Subsea 7", "brand")), "Stavanger"),
    ("Halliburton AS", (("Halliburton", "form"), ("Haliburton", "typo")), "Stavanger"),
    ("TechnipFMC Norge AS", (("Technip FMC", "compound"), ("TechnipFMC Norway", "lang")), "Stavanger"),
    ("Equinor Energy AS", (("Equinor", "brand"),), "Stavanger"),
    ("Baker Hughes Norge AS", (("Baker Hughes", "form"), ("Baker Hughes Norway", "lang")), "Stavanger"),
    ("Oceaneering AS", (("Oceaneering Norway", "lang"), ("Oceanering", "typo")), "Stavanger"),
    ("DeepOcean AS", (("Deep Ocean", "compound"), ("Deepocean", "case")), "Stavanger"),
    ("Odfjell Drilling AS", (("Odfjell Drilling", "form"), ("Odfjell Drilling Stavanger", "word")), "Stavanger"),
    ("Weatherford Norge AS", (("Weatherford", "brand"),), "Stavanger"),
    ("Archer Norge AS", (("Archer", "brand"),), "Stavanger"),
    ("Aibel AS", (("Aibel", "form"), ("Aibel Stavanger", "word")), "Stavanger"),
    ("ConocoPhillips Skandinavia AS", (("ConocoPhillips", "brand"), ("Conoco Phillips", "compound")), "Stavanger"),
    ("Vår Energi ASA", (("Vår Energi", "form"), ("Vaar Energi", "aeoeaa")), "Stavanger"),
    ("Kongsberg Maritime AS", (("Kongsberg Maritime Stavanger", "word"),), "Stavanger"),
    ("Stimwell Services AS", (("Stimwell", "brand"), ("Stimwell Service", "word")), "Stavanger"),
    ("Worley Norge AS", (("Worley", "brand"), ("Worley Norway", "lang")), "Stavanger"),
    ("Saipem Norge AS", (("Saipem", "brand"),), "Stavanger"),
    ("Lyse AS", (("Lyse Energi", "word"),), "Stavanger"),
    ("Stavanger Aftenblad AS", (("Aftenbladet", "brand"), ("Stavanger Aftenblad", "form")), "Stavanger"),
    ("Fisketorget Stavanger AS", (("Fisketorget", "word"), ("Fisketorget Stavanger", "form")), "Stavanger"),
    ("Stavanger Forum AS", (("Stavanger Forum", "form"),), "Stavanger"),
    ("Norsk Oljemuseum", (("Oljemuseet", "brand"), ("Norsk Olje Museum", "compound")), "Stavanger"),
    # North and Sami
    ("Sámediggi - Sametinget", (("Sametinget", "word"), ("Samediggi", "sami")), "Tromsø"),
    ("Tromsø kommune - Romssa suohkan", (("Tromsø kommune", "word"), ("Tromso kommune", "aeoeaa")), "Tromsø"),
    ("Kárášjoga gielda - Karasjok kommune", (("Karasjok kommune", "word"), ("Karasjok kommune / Karasjoga gielda", "sami")), "Tromsø"),
    ("Guovdageainnu suohkan - Kautokeino kommune", (("Kautokeino kommune", "word"),), "Tromsø"),
    ("Beaivváš Sámi Našunálateáhter", (("Beaivvas Sami Teater", "sami"), ("Beaivváš", "word")), "Tromsø"),
    ("Sámi allaskuvla", (("Sami allaskuvla", "sami"), ("Sámi allaskuvla Guovdageaidnu", "word")), "Tromsø"),
    ("Senter for nordlige folk AS", (("Senter for Nordlige Folk", "case"), ("Nordlige folk senter", "reorder")), "Tromsø"),
    ("Universitetssykehuset Nord-Norge HF", (("UNN", "acronym"), ("Universitetssykehuset i Nord-Norge", "word"), ("UNN HF", "acronym")), "Tromsø"),
    ("UiT Norges arktiske universitet", (("UiT", "acronym"), ("Universitetet i Tromsø", "brand")), "Tromsø"),
    ("SpareBank 1 Nord-Norge", (("Sparebank1 Nord Norge", "compound"), ("SNN", "acronym"), ("Sparebanken Nord-Norge", "word")), "Tromsø"),
    ("Tromsø Havn KF", (("Tromsø Havn", "form"), ("Tromsø havn KF att: Regnskap", "marker")), "Tromsø"),
    ("Mack Bryggeri AS", (("Mack", "brand"), ("Macks bryggeri", "word")), "Tromsø"),
    ("Emmas Drømmekjøkken AS", (("Emmas Drømmekjøkken", "form"), ("Emmas Drommekjokken", "aeoeaa"), ("Emma's Drømmekjøkken", "punct")), "Tromsø"),
    ("Skarven AS", (("Skarven Restaurant", "word"), ("Skarven Tromsø", "word")), "Tromsø"),
    ("Polaria", (("Polaria Tromsø", "word"),), "Tromsø"),
    ("Ishavskysten Reiseliv AS", (("Ishavskysten", "word"), ("Ishavs-kysten Reiseliv", "compound")), "Tromsø"),
    ("Tromsø Skipperforening", (("Skipperforeningen Tromsø", "reorder"),), "Tromsø"),
    ("Lyngen Lodge AS", (("Lyngen Lodge", "form"),), "Tromsø"),
    ("Nordlysobservatoriet Tromsø", (("Nordlys-observatoriet", "compound"),), "Tromsø"),
    # Oslo and everywhere
    ("H&M Hennes & Mauritz AS", (("H&M", "brand"), ("Hennes og Mauritz", "punct")), "Oslo"),
    ("24SevenOffice Norway AS", (("24SevenOffice", "brand"), ("24 Seven Office", "compound"), ("24SO", "acronym")), "Oslo"),
    ("3T Fitness AS", (("3T", "brand"), ("3T-Fitness", "punct")), "Oslo"),
    ("1881 AS", (("1881", "form"), ("Opplysningen 1881", "word")), "Oslo"),
    ("Bølgen & Moi AS", (("Bølgen og Moi", "punct"), ("Bolgen & Moi", "aeoeaa")), "Oslo"),
    ("A.S. Nordic Media", (("AS Nordic Media", "punct"), ("Nordic Media", "word"), ("A.S Nordic Media", "punct")), "Oslo"),
    ("T.I.G. Renhold AS", (("TIG Renhold", "punct"), ("T.I.G Renhold", "punct"), ("T I G Renhold AS", "punct")), "Oslo"),
    ("P.A. Holm Eiendom AS", (("PA Holm Eiendom", "punct"), ("P A Holm Eiendom", "punct")), "Oslo"),
    ("K.G. Berntsen Elektro AS", (("KG Berntsen Elektro", "punct"), ("Berntsen Elektro", "word")), "Tromsø"),
    ('Stiftelsen "Fyrlykta"', (("Stiftelsen Fyrlykta", "punct"), ("Stift. Fyrlykta", "abbrev"), ("Fyrlykta stiftelse", "reorder")), "Oslo"),
    ("Kafé (Gamle) Posthuset", (("Kafé Gamle Posthuset", "punct"), ("Cafe Gamle Posthuset", "cafe"), ("Gamle Posthuset kafé", "reorder")), "Stavanger"),
    ("Borettslaget «Solsiden»", (("Borettslaget Solsiden", "punct"), ("Solsiden BRL", "abbrev"), ("Brl. Solsiden", "abbrev")), "Tromsø"),
    ("Kirkens Bymisjon (Tromsø)", (("Kirkens Bymisjon Tromsø", "punct"), ("Bymisjonen Tromsø", "brand")), "Tromsø"),
    ("Oslo universitetssykehus HF", (("OUS", "acronym"), ("Oslo Universitets-sykehus", "compound")), "Oslo"),
    ("Norsk rikskringkasting AS", (("NRK", "acronym"),), "Oslo"),
    ("Den Norske Opera & Ballett AS", (("Operaen", "brand"), ("Den norske opera og ballett", "punct")), "Oslo"),
    ("Norges Geotekniske Institutt", (("NGI", "acronym"),), "Oslo"),
    ("Evo Fitness Bislett", (("EVO Bislett", "brand"), ("Evo Bislett", "word")), "Oslo"),
    ("XXL Sport & Villmark AS", (("XXL", "brand"), ("XXL Sport og Villmark", "punct")), "Oslo"),
    ("Thon Eiendom AS", (("Thon Eiendom", "form"),), "Oslo"),
    ("Aspelin Ramm Eiendom AS", (("Aspelin-Ramm", "punct"), ("Aspelin Ramm", "form")), "Oslo"),
    ("Sameiet Christiania Torv 5", (("Christiania Torv 5 sameie", "reorder"), ("Sameiet Chr. Torv 5", "abbrev")), "Oslo"),
    ("Eiendomsmegler 1 Oslo Akershus AS", (("EM1 Oslo", "acronym"), ("Eiendomsmegler1 Oslo", "compound")), "Oslo"),
    ("Netlife Design AS", (("Netlife", "brand"), ("NetLife Design", "case")), "Oslo"),
    ("Fjordkraft AS", (("Fjord Kraft", "compound"), ("Fjordkraft", "form")), "Oslo"),
    ("Tine SA", (("TINE", "case"), ("Tine Meierier", "brand")), "Oslo"),
    ("Oslo Nye Teater AS", (("Oslo Nye", "word"), ("Nye Teater Oslo", "reorder")), "Oslo"),
    ("Litteraturhuset i Oslo", (("Litteraturhuset", "word"),), "Oslo"),
    # Swedish and Danish
    ("Åhléns AB", (("Ahlens", "aeoeaa"), ("Åhlens", "umlaut"), ("Åhléns Oslo", "word")), "Oslo"),
    ("Nørgaard Mikkelsen A/S", (("Norgaard Mikkelsen", "aeoeaa"), ("Nørgaard Mikkelsen AS", "form")), "Oslo"),
    ("Søstrene Grene AS", (("Sostrene Grene", "aeoeaa"), ("Søstrene Grenes", "typo")), "Oslo"),
    ("JYSK AS", (("Jysk", "case"), ("Jysk Sengetøjslager", "brand")), "Stavanger"),
    ("Fjällräven Norge AS", (("Fjallraven", "umlaut"), ("Fjällräven", "form")), "Oslo"),
    ("Björn Borg Norge AS", (("Bjorn Borg", "umlaut"), ("Björn Borg", "form")), "Oslo"),
    ("Löfbergs Norge AS", (("Lofbergs", "umlaut"), ("Löfbergs Lila", "brand")), "Stavanger"),
    ("Coor Service Management AS", (("Coor", "brand"), ("Coor Service Mgmt", "abbrev")), "Stavanger"),
    ("Fazer Food Services AS", (("Fazer", "brand"), ("Fazer Food Service", "word")), "Oslo"),
    ("Østergaard & Nørby ApS", (("Ostergaard og Norby", "aeoeaa"), ("Østergaard & Nørby", "form")), "Oslo"),
    ("Møller Pedersen A/S", (("Møller-Pedersen", "punct"), ("Moller Pedersen AS", "aeoeaa")), "Stavanger"),
    ("Nordisk Film Kino AS", (("Nordisk Film", "word"), ("Nordisk Film Kino Tromsø", "word")), "Tromsø"),
    ("Kährs Norge AS", (("Kahrs", "umlaut"), ("Kährs", "form")), "Stavanger"),
    ("Café Söder AB", (("Cafe Soder", "umlaut"), ("Kafé Söder", "cafe")), "Oslo"),
]

# name changes: (old, new, city): the registry kept the old name, Tripletex has the new
RENAMES = [
    ("Nokas AS", "Avarn Security AS", "Stavanger"),
    ("Schlumberger Norge AS", "SLB Norge AS", "Stavanger"),
    ("Total E&P Norge AS", "TotalEnergies EP Norge AS", "Stavanger"),
    ("Petroleumstilsynet", "Havindustritilsynet", "Stavanger"),
    ("Troms og Finnmark fylkeskommune", "Troms fylkeskommune - Romssa fylkasuohkan", "Tromsø"),
    ("Statoil Fuel & Retail Norge AS", "Circle K Norge AS", "Oslo"),
    ("Elixia Nydalen", "SATS Nydalen", "Oslo"),
    ("Apply Sørco AS", "Moreld Apply AS", "Stavanger"),
    ("Evry Norge AS", "Tietoevry Norway AS", "Oslo"),
    ("Sandnes Sparebank", "Rogaland Sparebank", "Stavanger"),
    ("Hafslund Nett AS", "Elvia AS", "Oslo"),
    ("Troms Kraft AS", "Ishavskraft AS", "Tromsø"),
    ("Norwegian Gas Services AS", "Gassco Services AS", "Stavanger"),
    ("Moxy Oslo X AS", "Hotel Oslo X AS", "Oslo"),
]

# generated firms: a distinctive word and a trade
WORDS = ["Fjellvang", "Solvik", "Havbris", "Nordlys", "Polarlys", "Kystlys", "Midnattsol",
         "Tindeglimt", "Fjordglimt", "Måkeskjær", "Kvitfjell", "Sjøsprøyt", "Lysglimt",
         "Storfjell", "Sørlys", "Vestavind", "Nordavind", "Solgløtt", "Fagerli", "Lindeberg",
         "Bjørkely", "Granly", "Eikeli", "Furulund", "Sjøstjerna", "Havørn", "Fjellrev", "Lomvi",
         "Ravnanger", "Skagastøl", "Hvalsnes", "Ishavslys", "Bølgedal", "Ørnereir", "Tromsdal",
         "Kvaløy", "Lerkendal", "Romsa", "Ulsrud", "Nyhavna", "Brattli", "Vinterly", "Aurora",
         "Polarstjerna", "Sandslett", "Nordkyst", "Vesterhav", "Kystvind", "Fyrlys", "Tindvik",
         "Blåbær", "Multebær", "Reinrosa", "Stormkast", "Ishavsport", "Breivang", "Solsiden",
         "Fjordbris", "Skjærgård", "Havgløtt", "Viksund", "Marøy", "Ramsvik", "Hanøy"]

SURNAMES = ["Johansen", "Kristiansen", "Pettersen", "Andreassen", "Jacobsen", "Halvorsen",
            "Henriksen", "Gundersen", "Iversen", "Solberg", "Svendsen", "Knutsen", "Martinsen",
            "Mathisen", "Amundsen", "Rasmussen", "Fredriksen", "Christensen", "Evensen",
            "Sæther", "Myhre", "Haugland", "Thomassen", "Sivertsen", "Danielsen", "Sandvik",
            "Rønning", "Arnesen", "Antonsen", "Næss", "Ellingsen", "Edvardsen", "Birkeland",
            "Gulbrandsen", "Myklebust", "Ødegård", "Eliassen", "Helland", "Abrahamsen",
            "Kvalheim", "Bjørnstad", "Torgersen", "Skogstad", "Lyngstad", "Fagerheim",
            "Nguyen", "Haraldsen", "Kolstad", "Engebretsen", "Wiik", "Østby", "Aasheim"]

FIRST = ["Kari", "Ola", "Ingrid", "Lars", "Siri", "Nils", "Marte", "Ahmed", "Anne", "Per",
         "Maja", "Jonas", "Elin", "Trond", "Hanne", "Mathias", "Sofie", "Rune", "Linn", "Tor"]

# trade: (trade word, sector) — sector picks project templates
TRADES = [
    ("Renhold", "facility"), ("Eiendom", "property"), ("Eiendomsforvaltning", "property"),
    ("Regnskap", "office"), ("Tannklinikk", "office"), ("Frisør", "retail"),
    ("Transport", "office"), ("Elektro", "office"), ("Rørlegger", "office"),
    ("Reklamebyrå", "office"), ("Arkitekter", "office"), ("Media", "office"),
    ("Bakeri", "restaurant"), ("Blomster", "retail"), ("Optikk", "retail"),
    ("Bilverksted", "office"), ("Kontorservice", "facility"), ("Sjømat", "retail"),
    ("Advokatfirma", "office"), ("Byggservice", "facility"), ("Vaktservice", "facility"),
    ("Catering", "restaurant"), ("Logistikk", "office"), ("Interiør", "retail"),
    ("Klinikk", "office"), ("Barnehage", "public"), ("Legesenter", "office"),
    ("Fysioterapi", "office"), ("Dyreklinikk", "office"), ("Mat & Vin", "restaurant"),
]

# restaurant-ish prefixes that can sit before or after the word
VENUE = ["Restaurant", "Kafé", "Bistro", "Pizzeria", "Bakeriet", "Sushi", "Kro", "Bar"]

STREETS = {
    "Oslo": ["Thereses gate", "Markveien", "Thorvald Meyers gate", "Pilestredet",
             "Trondheimsveien", "Kirkeveien", "Sørkedalsveien", "Ullevålsveien", "Waldemar Thranes gate"],
    "Stavanger": ["Kongsgata", "Klubbgata", "Pedersgata", "Løkkeveien", "Madlaveien",
                  "Eiganesveien", "Hillevågsveien", "Breigata"],
    "Tromsø": ["Storgata", "Grønnegata", "Sjøgata", "Skippergata", "Fredrik Langes gate",
               "Parkgata", "Vestregata", "Kirkegata"],
}

MANAGERS = {"Oslo": ["OBOS Eiendomsforvaltning", "Usbl", "Newsec"],
            "Stavanger": ["Bate Boligbyggelag", "Newsec", "OBOS Eiendomsforvaltning"],
            "Tromsø": ["Newsec", "Tromsø Sameieforvaltning"]}
DEPARTMENTS = ["Regnskap", "Innkjøp", "Økonomi", "Fakturamottak", "Drift"]

# local-only customers: the time tracker's own
INTERNAL = ["Intern tid", "Salg og tilbud", "Fravær / ferie", "Kompetanseheving",
            "Internt - administrasjon", "Pitch og konkurranser", "Rabbit Intern"]

# ---- projects -------------------------------------------------------------------------------

# (template, sector, sub-project kind): {y} year, {q} quarter, {s} season
PROJECTS_AGENCY = [
    ("Ny nettside {y}", "month"), ("Nettside redesign", "phase"), ("Nettbutikk (Shopify)", "phase"),
    ("SEO {q} {y}", None), ("Google Ads {y}", "month"), ("Drift & vedlikehold", "month"),
    ("Drift og support {y}", None), ("App-utvikling", "phase"), ("Intranett", "phase"),
    ("Visuell profil", None), ("Sosiale medier {y}", "month"), ("Nyhetsbrev", None),
    ("Kampanje {s} {y}", None), ("Migrering til Microsoft 365", None), ("IT-drift", "month"),
    ("Brannmur og nettverk", None), ("Bookingløsning", "phase"), ("Integrasjon Tripletex", None),
    ("Digital skilting", None), ("Gjestenett wifi", None), ("Fotografering {y}", None),
    ("Website redesign", "phase"), ("Universell utforming", None), ("Nettbutikk WooCommerce", "phase"),
]
PROJECTS_FACILITY = [
    ("Renhold fast avtale", "floor"), ("Renhold {y}", "month"), ("Vinduspuss {s} {y}", None),
    ("Kantinedrift", "month"), ("Vakthold helg", "month"), ("Vakthold {y}", "month"),
    ("Sikkerhetskontroll", None), ("Flytting kontor", None), ("Hovedrengjøring {y}", "floor"),
    ("Teppe-rens", None), ("Snørydding {w}", None), ("Vaktmestertjenester", "month"),
    ("Adgangskontroll", None), ("Alarmoppfølging", None), ("Byggrengjøring", "floor"),
    ("Renhold fellesarealer", None), ("Avfallshåndtering", None), ("Gulvbehandling", None),
    ("Kontorrenhold", "floor"), ("Brannvakt", None),
]

MONTHS = ["Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Desember"]
FLOORS = ["1. etg", "2. etg", "3. etg", "4. etg", "Kjeller", "Resepsjon", "Kjøkken",
          "Garderober", "Lager", "Møterom"]
PHASES = ["Forprosjekt", "Design", "Utvikling", "Testing", "Lansering", "Innhold"]

# project words written in another language / another way
PROJECT_SWAPS = {
    "Nettside redesign": ["Website redesign", "Redesign nettside", "Nettside - redesign"],
    "Website redesign": ["Nettside redesign", "Web site redesign", "Redesign website"],
    "Nettbutikk (Shopify)": ["Nettbutikk Shopify", "Shopify nettbutikk", "Shopify-nettbutikk",
                             "Nettbutikk i Shopify"],
    "Nettbutikk WooCommerce": ["Nettbutikk (WooCommerce)", "WooCommerce nettbutikk", "Nettbutikk Woocommerce"],
    "Drift & vedlikehold": ["Drift og vedlikehold", "Drift/vedlikehold", "Drift & vedl.", "D&V"],
    "App-utvikling": ["App utvikling", "Apputvikling", "App development"],
    "Intranett": ["Intranet", "Nytt intranett"],
    "Visuell profil": ["Logo og visuell profil", "Visuell identitet"],
    "Nyhetsbrev": ["Nyhetsbrev (Mailchimp)", "Nyhetsbrev mal", "Nyhetsbrev-mal"],
    "Migrering til Microsoft 365": ["Migrering M365", "Migrering til Office 365", "Microsoft 365-migrering"],
    "IT-drift": ["IT drift", "Drift IT"],
    "Brannmur og nettverk": ["Brannmur & nettverk", "Firewall og nettverk"],
    "Bookingløsning": ["Booking-løsning", "Booking løsning", "Bookingsystem"],
    "Integrasjon Tripletex": ["Tripletex-integrasjon", "Integrasjon mot Tripletex"],
    "Digital skilting": ["Digitale skjermer", "Digital signage"],
    "Gjestenett wifi": ["Wifi gjester", "Gjeste-wifi"],
    "Universell utforming": ["UU-tilpasning", "Universell utforming (WCAG)"],
    "Renhold fast avtale": ["Renhold - fast avtale", "Fast renhold", "Renhold fastavtale", "Renhold fast avt."],
    "Kantinedrift": ["Kantine drift", "Drift kantine", "Kantine"],
    "Vakthold helg": ["Vakthold - helg", "Helgevakt", "Vakthold helger"],
    "Sikkerhetskontroll": ["Sikkerhets kontroll", "Sikkerhetskontroller", "Årlig sikkerhetskontroll"],
    "Flytting kontor": ["Kontorflytting", "Flytting av kontor", "Flytting kontorer"],
    "Teppe-rens": ["Tepperens", "Teppe rens", "Rens av tepper"],
    "Vaktmestertjenester": ["Vaktmester", "Vaktmester-tjenester", "Vaktmestertj."],
    "Adgangskontroll": ["Adgangs kontroll", "Adgangskontroll-system", "Adgangskontrollsystem"],
    "Alarmoppfølging": ["Alarm oppfølging", "Alarmoppfolging", "Oppfølging alarm"],
    "Byggrengjøring": ["Bygg rengjøring", "Byggvask", "Byggrengjoring"],
    "Renhold fellesarealer": ["Renhold av fellesarealer", "Fellesareal renhold", "Renhold felles"],
    "Avfallshåndtering": ["Avfall", "Avfallshandtering", "Avfallshåndtering og kildesortering"],
    "Gulvbehandling": ["Gulv behandling", "Boning av gulv", "Gulvvask og boning"],
    "Kontorrenhold": ["Kontor renhold", "Renhold kontor", "Renhold kontorer"],
    "Brannvakt": ["Brann vakt", "Brannvakter"],
}

# the same brand's other legal companies: Tripletex has them, the registry does not
HAND_TRAPS = {
    "Aker Solutions AS": ["Aker Horizons ASA"],
    "Aker BP ASA": ["Aker Energy AS"],
    "Equinor Energy AS": ["Equinor ASA", "Equinor Refining Norway AS"],
    "TechnipFMC Norge AS": ["Technip Energies Norge AS"],
    "Kongsberg Maritime AS": ["Kongsberg Digital AS"],
    "SpareBank 1 Nord-Norge": ["SpareBank 1 SR-Bank ASA"],
    "Nordisk Film Kino AS": ["Nordisk Film Distribusjon AS"],
    "XXL Sport & Villmark AS": ["XXL ASA"],
    "Thon Eiendom AS": ["Thon Hotels AS"],
    "Fjordkraft AS": ["Fjordkraft Holding ASA"],
    "Coor Service Management AS": ["Coor Service Management Holding AB"],
    "Lyse AS": ["Lyse Elnett AS", "Lyse Neo AS"],
    "Emmas Drømmekjøkken AS": ["Emmas Under AS"],
    "Mack Bryggeri AS": ["Mack Ølhallen AS"],
    "Subsea 7 Norway AS": ["Subsea 7 Shipping Ltd"],
    "Baker Hughes Norge AS": ["Baker Hughes Digital Solutions AS"],
    "Oslo universitetssykehus HF": ["Sunnaas sykehus HF"],
    "Universitetssykehuset Nord-Norge HF": ["Helse Nord RHF"],
    "Tine SA": ["Tine Råvare AS"],
    "Den Norske Opera & Ballett AS": ["Opera Software AS"],
}
