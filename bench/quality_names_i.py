"""Names for `bench/quality_data_i.py`: a marine and agricultural service company on the coast of
Western and Northern Norway (Sunnmøre, Trøndelag, Helgeland, Lofoten, Vesterålen) and its
customers: fishing vessels and their companies, rederier, fish farms, fish processors,
cooperatives and their departments, farms, machine contractors, ports and municipalities.

Written from how such firms are named in Brønnøysund and in a workshop's own registry, not from
rabbitsync's matching code. Real firms are used by name; their org numbers in the data set are
made up (mod-11 valid).
"""

from __future__ import annotations


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


# ---- places -----------------------------------------------------------------------------------

# place -> (county letter of a fishing vessel's registration, municipality code)
PLACES: dict[str, tuple[str, str]] = {
    "Ålesund": ("M", "A"), "Brattvåg": ("M", "HØ"), "Fosnavåg": ("M", "HØ"),
    "Ulsteinvik": ("M", "U"), "Hareid": ("M", "H"), "Giske": ("M", "G"), "Valderøy": ("M", "G"),
    "Langevåg": ("M", "SA"), "Ørsta": ("M", "Ø"), "Stranda": ("M", "ST"), "Vigra": ("M", "G"),
    "Larsnes": ("M", "S"), "Sykkylven": ("M", "SY"), "Ellingsøy": ("M", "A"),
    "Frøya": ("ST", "F"), "Hitra": ("ST", "H"), "Sistranda": ("ST", "F"), "Rørvik": ("NT", "V"),
    "Namsos": ("NT", "N"), "Steinkjer": ("NT", "S"), "Levanger": ("NT", "L"),
    "Verdal": ("NT", "V"), "Stjørdal": ("NT", "S"), "Orkanger": ("ST", "O"),
    "Malvik": ("ST", "M"), "Inderøy": ("NT", "I"), "Oppdal": ("ST", "O"),
    "Brønnøysund": ("N", "B"), "Sandnessjøen": ("N", "A"), "Mosjøen": ("N", "V"),
    "Mo i Rana": ("N", "R"), "Træna": ("N", "T"), "Lovund": ("N", "L"), "Vega": ("N", "VE"),
    "Dønna": ("N", "D"), "Herøy": ("N", "HE"),
    "Svolvær": ("N", "V"), "Henningsvær": ("N", "V"), "Ballstad": ("N", "VV"),
    "Stamsund": ("N", "VV"), "Leknes": ("N", "VV"), "Reine": ("N", "MS"), "Sørvågen": ("N", "MS"),
    "Værøy": ("N", "VR"), "Røst": ("N", "R"), "Napp": ("N", "F"),
    "Sortland": ("N", "SO"), "Stokmarknes": ("N", "H"), "Melbu": ("N", "H"), "Myre": ("N", "Ø"),
    "Andenes": ("N", "A"), "Bø": ("N", "BØ"), "Risøyhamn": ("N", "A"), "Kvalsvik": ("N", "BØ"),
    "Kåfjord": ("T", "K"), "Skjervøy": ("T", "S"), "Senja": ("T", "SA"),
}

# municipalities and their Sami / Kven names (used whole, or one language only, as typed)
MULTILINGUAL_MUNICIPALITIES = [
    ("Gáivuona suohkan - Kåfjord kommune - Kaivuonon komuuni", "Kåfjord kommune"),
    ("Porsáŋggu gielda - Porsanger kommune - Porsangin komuuni", "Porsanger kommune"),
    ("Hábmera suohkan - Hamarøy kommune", "Hamarøy kommune"),
    ("Loabága suohkan - Lavangen kommune", "Lavangen kommune"),
    ("Divtasvuona suohkan - Tysfjord kommune", "Tysfjord kommune"),
    ("Snåase tjïelte - Snåsa kommune", "Snåsa kommune"),
    ("Raarvihken tjïelte - Røyrvik kommune", "Røyrvik kommune"),
]

PORT_PLACES = ["Bodø", "Tromsø", "Narvik", "Harstad", "Sortland", "Vågan", "Vestvågøy",
               "Brønnøy", "Alstahaug", "Frøya", "Hitra", "Herøy", "Ulstein", "Hareid", "Giske",
               "Sula", "Vestnes", "Andøy", "Hadsel", "Øksnes", "Bø", "Moskenes", "Flakstad",
               "Værøy", "Røst", "Rana", "Vefsn", "Namsos", "Vikna", "Nærøysund"]

# ---- people -------------------------------------------------------------------------------------

SURNAMES = _lines("""
Remøy
Vartdal
Myklebust
Kvalsund
Liaaen
Gjerde
Hareide
Ulstein
Sævik
Vikhagen
Brandal
Hjelmeland
Johansen
Pettersen
Karlsen
Olsen
Andreassen
Eliassen
Berg
Strand
Dahl
Lorentzen
Kristiansen
Mikalsen
Hellesøy
Synnes
Skarbøvik
Fiskerstrand
Solstad
Grimstad
Torvik
Roald
Nerhus
Støylen
Kolstad
Bjørnevik
Fagerheim
Sandøy
Rønningen
Vassbotn
Bakketun
Myrvang
Løvold
Haugland
Rørvik
Ottesen
Edvardsen
Hågensen
Sørensen
Bendiksen
Amundsen
Ellingsen
Sivertsen
Isaksen
Jørgensen
Eira
Somby
Sara
Gaup
Hætta
Turi
Balto
Bongo
Utsi
Kemi
Niemi
Lampi
Paavola
Seppola
Kuoppala
Alatalo
""")

# near surnames: a different firm with a name one letter away (traps, never variants)
NEAR_SURNAMES = {"Hansen": "Hanssen", "Karlsen": "Carlsen", "Pettersen": "Petersen",
                 "Nilsen": "Nilssen", "Jakobsen": "Jacobsen", "Olsen": "Olsson",
                 "Kristiansen": "Christiansen",                  "Eira": "Eriksen", "Niemi": "Nieminen", "Berg": "Bergh", "Dahl": "Dal",
                 "Strand": "Strandli", "Solstad": "Solstrand", "Torvik": "Torvika"}

FIRST_NAMES = _lines("""
Ola
Kari
Per
Jon
Anne
Nils
Inger
Ivar
Johan
Mathis
Ánde
Máret
Elle
Aslak
Isak
Synnøve
Oddvar
Bjørnar
Ragnhild
Eirik
Torbjørn
Siv
Geir
Arnt
""")

# ---- vessels ------------------------------------------------------------------------------------

VESSELS = _lines("""
Nordbris
Havglimt
Vestbris
Havtind
Polarbris
Nordstjerne
Kvitbjørn
Røstbanken
Lofotværing
Polarfangst
Nordfangst
Skarheim
Vesterfjord
Fiskebank
Stålbas
Kvitholmen
Sjøbris
Storegg
Havørn
Remøybuen
Gadus
Leinebris
Havstrand
Nordtind
Ørnøy
Fjordbas
Senjahav
Lyngsfjord
Torsvåg
Hellegutt
Kystfangst
Skagøy
Borgøy
Vikingbank
Havbryn
Malangen
Andenesfisk
Myrefisk
Ballstadværing
Biegga
Ruija
Gávpot
Havdrøn
Juvel
Koralen
Nesejenta
Vestliner
Fugløybanken
Breivik
Rypefjord
Sjøvik
Hopsøy
Ålesundsbuen
Vartdalsfjord
Sulefisk
Storholmen
Grimsholm
Nordøyvåg
Haugagut
Vigrafjord
Kvitnes
Eggøy
Karmøyfisk
Stadt
Svanøy
Harhaug
Nykvåg
Langøy
Hovden
Gunnvør
Tindholmen
Røsthav
Værøyværing
Skomvær
Glimmen
Sandøyvær
Andøyfisk
Bleiksøy
Stavafisk
Kongsfjord
Frøyhav
Titranfisk
Sulafjord
Halten
Mausund
Sula
Froan
Vikna
Ytterøy
Bessaker
Lovundfisk
Trænafjord
Myken
Solbakk
Veiholmen
Fjordglimt
Østerbris
Sørbris
Nordvær
""")

# near vessel names: another vessel (traps, never variants)
NEAR_VESSELS = {"Havglimt": "Havgull", "Nordbris": "Nordbas", "Vestbris": "Vestbas",
                "Havtind": "Havtun", "Polarbris": "Polarbas", "Nordstjerne": "Nordstjerna",
                "Kvitbjørn": "Kvitøy", "Nordfangst": "Nordfisk", "Sjøbris": "Sjøbas",
                "Havørn": "Havørna", "Nordtind": "Nordtun", "Fjordbas": "Fjordbris",
                "Havstrand": "Havstjerne", "Kystfangst": "Kystfisk", "Havbryn": "Havbris",
                "Storegg": "Storeggen", "Leinebris": "Leinebjørn", "Torsvåg": "Torsvik",
                "Juvel": "Juvelen", "Skagøy": "Skarøy"}

VESSEL_PREFIXES = ["M/S", "M/S", "F/F", "M/K", "F/T", "M/S"]
PREFIX_FORMS = {"M/S": ["MS", "M.S.", "m/s"], "F/F": ["FF", "F.F.", "f/f"],
                "M/K": ["MK", "m/k"], "F/T": ["FT", "F.T.", "f/t"]}

# ---- real firms of the coast (name -> (siblings: other firms of the group, alternates)) ---------
# alternates: (kind, how the name is typed); kind tags the spelling difference

REAL_FISH_FARMS: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "Lerøy Aurora AS": (["Lerøy Midt AS", "Lerøy Vest AS"],
                        [("letters", "Leroy Aurora AS"), ("legal-form", "Lerøy Aurora"),
                         ("word-more", "Lerøy Seafood Aurora AS")]),
    "Lerøy Midt AS": (["Lerøy Aurora AS", "Lerøy Sjøtroll Kjerrgarden AS"],
                      [("letters", "Leroey Midt AS"), ("place-brackets", "Lerøy Midt AS (Hitra)")]),
    "SalMar Farming AS": (["SalMar Aker Ocean AS", "SalMar Settefisk AS"],
                          [("case", "Salmar Farming AS"), ("word-less", "SalMar AS Farming"),
                           ("place-brackets", "Salmar Farming (Frøya)")]),
    "Mowi ASA region Nord": (["Mowi ASA region Midt", "Mowi ASA region Vest"],
                             [("dept", "Mowi region Nord"), ("dept", "Mowi ASA, reg. Nord"),
                              ("dept", "MOWI Nord")]),
    "Mowi ASA region Midt": (["Mowi ASA region Nord", "Mowi ASA region Sør"],
                             [("dept", "Mowi Midt"), ("dept", "Mowi ASA avd. Midt")]),
    "Cermaq Norway AS": (["Cermaq Group AS"],
                         [("norge", "Cermaq Norge AS"), ("legal-form", "Cermaq Norway")]),
    "Nordlaks Oppdrett AS": (["Nordlaks Produkter AS", "Nordlaks Holding AS"],
                             [("compound", "Nordlaks Opp-drett AS"),
                              ("place-brackets", "Nordlaks Oppdrett AS (Stokmarknes)")]),
    "Kvarøy Fiskeoppdrett AS": (["Kvarøy Smolt AS"],
                                [("compound", "Kvarøy Fiske oppdrett AS"),
                                 ("letters", "Kvaroy Fiskeoppdrett AS")]),
    "Måsøval Fiskeoppdrett AS": (["Måsøval Eiendom AS"],
                                 [("letters", "Maasoval Fiskeoppdrett AS"),
                                  ("compound", "Måsøval Fiske-oppdrett")]),
    "Nova Sea AS": (["Nova Sea Settefisk AS"], [("compound", "Novasea AS")]),
    "Lovundlaks AS": (["Lovund Settefisk AS"], [("compound", "Lovund Laks AS")]),
    "Sinkaberg-Hansen AS": (["Sinkaberg Eiendom AS"],
                            [("compound", "Sinkaberg Hansen AS")]),
    "Emilsen Fisk AS": (["Emilsen Settefisk AS"], [("english", "Emilsen Fish AS")]),
    "Midt-Norsk Havbruk AS": (["Midt-Norsk Settefisk AS"],
                              [("compound", "Midtnorsk Havbruk AS"),
                               ("compound", "Midt Norsk Havbruk")]),
    "Grieg Seafood Finnmark AS": (["Grieg Seafood Rogaland AS"],
                                  [("english", "Grieg Sjømat Finnmark AS"),
                                   ("word-less", "Grieg Finnmark AS")]),
    "Hofseth Aqua AS": (["Hofseth International AS"], [("case", "HOFSETH AQUA AS")]),
    "Alsaker Fjordbruk AS": (["Alsaker Settefisk AS"], [("compound", "Alsaker Fjord-bruk AS")]),
    "Kvalsvik Oppdrett AS": (["Kvalsvik Sjømat AS"], [("compound", "Kvalsvik Opp drett")]),
    "Wenberg Fiskeoppdrett AS": (["Wenberg Settefisk AS"],
                                 [("abbrev", "Wenberg Fiskeoppdr. AS")]),
    "Bjørøya AS": (["Bjørøya Smolt AS"], [("letters", "Bjoroya AS")]),
}

REAL_PROCESSORS: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "Brødrene Sperre AS": (["Sperre Eiendom AS"],
                           [("abbrev", "Br. Sperre AS"), ("abbrev", "Brdr. Sperre")]),
    "Ellingsen Seafood AS": (["Ellingsen Eiendom AS"],
                             [("english", "Ellingsen Sjømat AS"), ("case", "ELLINGSEN SEAFOOD")]),
    "Lofoten Viking AS": (["Lofoten Seafood AS"], [("place-brackets", "Lofoten Viking (Reine)")]),
    "Nergård AS": (["Nergård Sild AS", "Nergård Havfiske AS"], [("letters", "Nergaard AS")]),
    "Norway Seafoods AS": (["Norway Pelagic AS"],
                           [("norge", "Norge Seafoods AS"), ("typo", "Norway Seafood AS")]),
    "Gunnar Klo AS": (["Klo Eiendom AS"], [("case", "GUNNAR KLO AS")]),
    "Vikenco AS": (["Vikenco Eiendom AS"], [("place-brackets", "Vikenco AS (Aukra)")]),
    "Ervik Havfiske AS": (["Ervik Fiskeindustri AS"], [("compound", "Ervik Hav fiske AS")]),
    "Båtsfjordbruket AS": (["Båtsfjord Sjømat AS"], [("letters", "Baatsfjordbruket AS")]),
    "Hopen Fisk AS": (["Hopen Sjømat AS"], [("english", "Hopen Fish AS")]),
    "Sævik Fisk AS": (["Sævik Seafood AS"], [("letters", "Savik Fisk AS")]),
}

REAL_MARINE: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "Havila Shipping ASA": (["Havila Kystruten AS", "Havila Holding AS"],
                            [("english", "Havila Rederi ASA"), ("legal-change", "Havila Shipping AS")]),
    "Olympic Shipping AS": (["Olympic Subsea ASA"], [("english", "Olympic Rederi AS")]),
    "Norled AS": (["Norled Drift AS"], [("case", "NORLED AS")]),
    "Torghatten Nord AS": (["Torghatten Midt AS", "Torghatten Trafikkselskap AS"],
                           [("word-less", "Torghatten AS Nord")]),
    "Boreal Sjø AS": (["Boreal Buss AS"], [("letters", "Boreal Sjo AS")]),
    "Fjord1 AS": (["Fjord1 Fjordcruise AS"], [("punct", "Fjord 1 AS")]),
    "Brødrene Aa AS": (["Aa Eiendom AS"], [("abbrev", "Br. Aa AS"), ("letters", "Brodrene Aa")]),
    "Aas Mekaniske Verksted AS": (["Aas Eiendom AS"],
                                  [("abbrev", "Aas Mek. Verksted AS"),
                                   ("abbrev", "Aas Mek Verksted")]),
    "Ulstein Verft AS": (["Ulstein Design & Solutions AS", "Ulstein Power & Control AS"],
                         [("abbrev", "Ulstein Verft"), ("typo", "Ulstien Verft AS")]),
    "Kystverket Nordland": (["Kystverket Midt-Norge", "Kystverket Troms og Finnmark"],
                            [("dept", "Kystverket, region Nordland"),
                             ("dept", "Kystverket avd. Nordland")]),
    "Hurtigruten Norge AS": (["Hurtigruten Cargo AS"],
                             [("norge", "Hurtigruten Norway AS")]),
}

# cooperatives with departments
COOP_DEPTS: dict[str, tuple[list[str], list[str]]] = {
    # group -> (departments, short forms people type instead of the group's legal name)
    "Nortura SA": (["Malvik", "Steinkjer", "Målselv", "Sortland", "Tynset", "Bjugn"],
                   ["Nortura"]),
    "Tine SA": (["Meieriet Harstad", "Meieriet Sortland", "Meieriet Tresfjord", "Namsos",
                 "Meieriet Frøya", "Steinkjer"], ["TINE", "Tine"]),
    "Felleskjøpet Agri SA": (["Steinkjer", "Levanger", "Bodø", "Orkanger", "Ålesund", "Sortland"],
                             ["Felleskjøpet", "FK Agri"]),
    "Norges Råfisklag": (["Svolvær", "Tromsø", "Bodø"], ["Råfisklaget", "Råfisklaget"]),
}
COOP_ALTS = {"Tine SA": [("case", "TINE SA")],
             "Norges Råfisklag": [("legal-form", "Norges Råfisklag SA"),
                                  ("alias", "Råfisklaget")],
             "Felleskjøpet Agri SA": [("abbrev", "FK Agri SA"),
                                      ("word-less", "Felleskjøpet SA")],
             "Nortura SA": [("legal-change", "Nortura BA")]}

# ---- farms ------------------------------------------------------------------------------------

FARM_NAMES = _lines("""
Vik
Moen
Lia
Hamn
Haugen
Bakken
Nes
Holm
Tangen
Sandvik
Myrvoll
Rønningen
Berg
Åsen
Stokke
Brekke
Hov
Kvam
Aune
Dalen
Sæter
Lien
Rød
Eide
Flatval
Øyen
Skjelstad
Forbord
Hegre
Alstad
""")

FARM_SIDES = {"Nordre": "Søndre", "Søndre": "Nordre", "Øvre": "Nedre", "Nedre": "Øvre",
              "Vestre": "Austre", "Austre": "Vestre", "Ytre": "Indre", "Indre": "Ytre"}

# ---- trades and their abbreviations -----------------------------------------------------------

ABBREVS: dict[str, list[str]] = {
    "Fiskebåtrederi": ["Fbr.", "Fiskebåtred.", "Rederi"],
    "Maskinstasjon": ["Maskinst.", "Maskinstasj.", "Mask.st."],
    "Samvirkelag": ["Samv.lag", "SL", "Samvirkel."],
    "Havnevesen": ["Havnev.", "Havnevesenet"],
    "Fiskeoppdrett": ["Fiskeoppdr.", "Oppdrett"],
    "Fiskeindustri": ["Fiskeind.", "Fiskeindust."],
    "Fiskemottak": ["Fiskemott.", "Mottak"],
    "Gårdsdrift": ["Gårdsdr."],
    "Melkeproduksjon": ["Melkeprod."],
    "Entreprenør": ["Entr.", "Entrepr."],
    "Transport": ["Transp.", "Trp."],
    "Mekaniske": ["Mek.", "Mek"],
    "Brødrene": ["Br.", "Brdr."],
    "Samdrift": ["Samdr."],
    "Havfiske": ["Havfisk."],
}

COMPOUNDS: dict[str, list[str]] = {
    "Fiskebåtrederi": ["Fiskebåt rederi", "Fiskebåt-rederi"],
    "Maskinstasjon": ["Maskin stasjon", "Maskin-stasjon"],
    "Samvirkelag": ["Samvirke lag", "Samvirke-lag"],
    "Havnevesen": ["Havne vesen", "Havne-vesen"],
    "Fiskeoppdrett": ["Fiske oppdrett", "Fiske-oppdrett"],
    "Fiskeindustri": ["Fiske industri", "Fiske-industri"],
    "Fiskemottak": ["Fiske mottak", "Fiske-mottak"],
    "Gårdsdrift": ["Gårds drift", "Gårds-drift"],
    "Melkeproduksjon": ["Melke produksjon", "Melke-produksjon"],
    "Sjømat": ["Sjø mat", "Sjø-mat"],
    "Havbruk": ["Hav bruk", "Hav-bruk"],
    "Havfiske": ["Hav fiske", "Hav-fiske"],
    "Entreprenør": ["Entrepenør"],
}

ENGLISH: dict[str, str] = {"Sjømat": "Seafood", "Rederi": "Shipping", "Fiskeri": "Fishing",
                           "Havbruk": "Aquaculture", "Fisk": "Fish"}

# trades of generated firms: (trade word, category, legal forms)
FISH_FARM_TRADES = ["Fiskeoppdrett", "Havbruk", "Sjømat", "Laks", "Fiskeoppdrett"]
PROCESSOR_TRADES = ["Fiskemottak", "Fiskeindustri", "Sjømat", "Fisk", "Fiskemottak"]
CONTRACTOR_TRADES = ["Maskinstasjon", "Maskinstasjon", "Entreprenør", "Maskin og Transport",
                     "Maskin"]
FARM_TRADES = ["Gårdsdrift", "Samdrift", "Melkeproduksjon"]

# ---- projects -----------------------------------------------------------------------------------
# job -> (abbreviated forms, English, a word more, compound forms)

JOBS: dict[str, tuple[list[str], str, str, list[str]]] = {
    "Årsservice": (["Årsserv.", "Å-service"], "Annual service", "Årsservice hovedmotor",
                   ["Års service", "Års-service"]),
    "Klassing": (["Klass."], "Class survey", "Klassing hovedklasse", []),
    "Dokking": (["Dokk."], "Docking", "Dokking og slipp", []),
    "Motoroverhaling": (["Motoroverh.", "Mot.overhaling"], "Engine overhaul",
                        "Motoroverhaling hovedmotor", ["Motor overhaling", "Motor-overhaling"]),
    "Hydraulikk": (["Hydr."], "Hydraulics", "Hydraulikk dekk", []),
    "Vinsj reparasjon": (["Vinsj rep.", "Vinsjrep."], "Winch repair",
                         "Vinsj reparasjon trålvinsj", ["Vinsjreparasjon", "Vinsj-reparasjon"]),
    "Sertifisering": (["Sert.", "Sertif."], "Certification", "Sertifisering redningsutstyr", []),
    "Serviceavtale": (["Serviceavt.", "Serv.avtale"], "Service agreement",
                      "Serviceavtale verksted", ["Service avtale", "Service-avtale"]),
    "Propellservice": (["Prop.service"], "Propeller service", "Propellservice og aksling",
                       ["Propell service", "Propell-service"]),
    "Kjøleanlegg service": (["Kjøleanl. service"], "Refrigeration service",
                            "Kjøleanlegg service RSW", ["Kjøleanleggservice"]),
    "Service fôrflåte": (["Serv. fôrflåte"], "Feed barge service", "Service fôrflåte og kran",
                         ["Service fôr-flåte"]),
    "Arbeidsbåt service": (["Arb.båt service"], "Workboat service", "Arbeidsbåt service motor",
                           ["Arbeidsbåtservice"]),
    "Kran reparasjon": (["Kran rep."], "Crane repair", "Kran reparasjon fôrflåte",
                        ["Kranreparasjon"]),
    "Traktor service": (["Trakt. service", "Traktorserv."], "Tractor service",
                        "Traktor service og EU-kontroll", ["Traktorservice", "Traktor-service"]),
    "Skurtresker": (["Skurtr."], "Combine harvester", "Skurtresker klargjøring",
                    ["Skur tresker"]),
    "Melkerobot service": (["Melkerob. service", "MR service"], "Milking robot service",
                           "Melkerobot service og vask", ["Melkerobotservice"]),
    "Fôrsystem": (["Fôrsyst."], "Feeding system", "Fôrsystem fjøs", ["Fôr system", "Fôr-system"]),
    "Rundballepresse": (["Rundb.presse"], "Round baler", "Rundballepresse reparasjon",
                        ["Rundballe presse", "Rundballe-presse"]),
    "Gjødselspreder": (["Gj.spreder"], "Manure spreader", "Gjødselspreder vårpuss",
                       ["Gjødsel spreder"]),
    "Kaireparasjon": (["Kai rep."], "Quay repair", "Kaireparasjon og fendere",
                      ["Kai reparasjon", "Kai-reparasjon"]),
    "Fendere": (["Fend."], "Fenders", "Fendere utskifting", []),
    "Sveisearbeid": (["Sveis."], "Welding", "Sveisearbeid rekkverk", ["Sveise arbeid"]),
}

MARINE_JOBS = ["Årsservice", "Klassing", "Dokking", "Motoroverhaling", "Hydraulikk",
               "Vinsj reparasjon", "Sertifisering", "Serviceavtale", "Propellservice",
               "Kjøleanlegg service", "Sveisearbeid"]
FISH_FARM_JOBS = ["Service fôrflåte", "Arbeidsbåt service", "Kran reparasjon", "Serviceavtale",
                  "Hydraulikk", "Sertifisering", "Sveisearbeid", "Årsservice"]
PROCESSOR_JOBS = ["Kjøleanlegg service", "Serviceavtale", "Sveisearbeid", "Hydraulikk",
                  "Årsservice"]
AGRI_JOBS = ["Traktor service", "Skurtresker", "Melkerobot service", "Fôrsystem",
             "Rundballepresse", "Serviceavtale", "Gjødselspreder", "Årsservice", "Hydraulikk"]
PORT_JOBS = ["Kaireparasjon", "Fendere", "Serviceavtale", "Sveisearbeid", "Årsservice"]

# jobs with seasons / years
SEASONAL = {"Dokking", "Skurtresker", "Gjødselspreder", "Rundballepresse"}
YEARLY = {"Årsservice", "Klassing", "Dokking", "Sertifisering", "Serviceavtale",
          "Traktor service", "Melkerobot service", "Service fôrflåte", "Skurtresker", "Fendere",
          "Kjøleanlegg service", "Gjødselspreder"}
SEASONS = {"vår": ("våren", "Spring"), "høst": ("høsten", "Autumn")}

# sub-projects of a main project: Norwegian -> (abbreviated, English where one can tell them)
SUBS: dict[str, list[tuple[str, str, str | None]]] = {
    "Dokking": [("Stålarbeid", "Stålarb.", None), ("Maling", "Mal.", None),
                ("Propell", "Prop.", "Propeller"), ("Sandblåsing", "Sandbl.", "Sandblasting"),
                ("Bunnventiler", "Bunnvent.", None), ("Anoder", "Anod.", "Anodes"),
                ("Akselgjennomgang", "Akselgj.gang", None)],
    "Motoroverhaling": [("Demontering", "Demont.", None), ("Deler", "Del.", None),
                        ("Montering", "Mont.", None),
                        ("Prøvekjøring", "Prøvekj.", None)],
    "Serviceavtale": [("Vårservice", "Vårserv.", "Spring service"),
                      ("Høstservice", "Høstserv.", "Autumn service"),
                      ("Akutt utrykning", "Akutt utr.", None)],
    "Klassing": [("Skrog", "Skr.", None), ("Maskin", "Mask.", "Machinery"),
                 ("Elektro", "El.", "Electrical")],
}
