"""Names for `bench/quality_data_f.py`: an engineering / IT / architecture consultancy and a
building contractor. Real Norwegian and Nordic firms and public bodies with the names people
type for them, and the words generated firms, addresses and projects are made of.

A real firm is `(legal name, sector, typed, siblings)`: `typed` holds `(kind, name)` — what a
project manager (or the office) writes for the same firm; `siblings` are other real firms of the
same group or family that a Tripletex company may also hold (traps: another company).
"""

from __future__ import annotations

Firm = tuple[str, str, list[tuple[str, str]], list[str]]


def _words(text: str) -> list[str]:
    return text.split()



FIRMS: list[Firm] = [
    # consultancies, Nordic and international
    ("Multiconsult Norge AS", "consult", [("word-more", "Multiconsult"),
                                          ("paren", "Multiconsult (Bergen)"),
                                          ("norge", "Multiconsult Norway")], ["Multiconsult ASA"]),
    ("Sweco Norge AS", "consult", [("word-more", "Sweco"), ("paren", "Sweco (Bergen)"),
                                   ("norge", "Sweco Norway AS"), ("case", "SWECO NORGE AS")],
     ["Sweco Sverige AB", "Sweco Danmark A/S"]),
    ("COWI AS", "consult", [("case", "Cowi"), ("paren", "COWI (Trondheim)"),
                            ("norge", "COWI Norge")], []),
    ("Rambøll Norge AS", "consult", [("word-more", "Rambøll"), ("letters", "Ramboll Norge AS"),
                                     ("norge", "Ramboll Norway")],
     ["Ramboll Danmark A/S", "Ramboll Sverige AB", "Ramboll Finland Oy"]),
    ("Norconsult Norge AS", "consult", [("word-more", "Norconsult"),
                                        ("paren", "Norconsult (Sandvika)")], ["Norconsult ASA"]),
    ("Asplan Viak AS", "consult", [("word-more", "Asplan"), ("case", "ASPLAN VIAK")], []),
    ("WSP Norge AS", "consult", [("word-more", "WSP"), ("norge", "WSP Norway")],
     ["WSP Sverige AB"]),
    ("AFRY Norway AS", "consult", [("word-more", "AFRY"), ("case", "Afry Norway"),
                                   ("renamed", "ÅF Pöyry AS"),
                                   ("norge", "AFRY Norge AS")], ["AFRY Finland Oy"]),
    ("Pöyry Finland Oy", "consult", [("letters", "Poyry Finland Oy"),
                                     ("letters", "Pøyry Finland"), ("word-more", "Pöyry")], []),
    ("Granlund Oy", "consult", [("legal-form", "Granlund")], []),
    ("Hjellnes Consult AS", "consult", [("word-more", "Hjellnes")], []),
    ("Dr.techn. Olav Olsen AS", "consult", [("word-more", "Olav Olsen"),
                                            ("punct", "Dr. techn. Olav Olsen AS")], []),
    ("Aas-Jakobsen AS", "consult", [("hyphen", "Aas Jakobsen AS"),
                                    ("word-more", "Dr. ing. A. Aas-Jakobsen AS")], []),
    ("Opak AS", "consult", [("case", "OPAK")], []),
    ("Ove Arup & Partners International Ltd", "consult", [("word-more", "Arup")], []),
    ("Norsk Energi", "consult", [("legal-form", "Norsk Energi AS")], []),
    ("Bjørbekk & Lindheim AS", "arch", [("and", "Bjørbekk og Lindheim"),
                                        ("letters", "Bjorbekk & Lindheim AS")], []),
    # architects
    ("Snøhetta Oslo AS", "arch", [("word-more", "Snøhetta"), ("letters", "Snohetta Oslo")], []),
    ("LINK arkitektur AS", "arch", [("case", "Link Arkitektur"),
                                    ("compound", "Link Arkitektur AS")], []),
    ("Nordic - Office of Architecture AS", "arch",
     [("punct", "Nordic Office of Architecture"), ("word-more", "Nordic Arkitektur")], []),
    ("Arkitektgruppen Cubus AS", "arch", [("compound", "Arkitekt gruppen Cubus"),
                                          ("case", "ARKITEKTGRUPPEN CUBUS")], []),
    ("Lund+Slaatto Arkitekter AS", "arch", [("punct", "Lund Slaatto Arkitekter"),
                                            ("punct", "Lund + Slaatto Arkitekter AS")], []),
    ("Henning Larsen Architects A/S", "arch", [("word-more", "Henning Larsen"),
                                               ("norge", "Henning Larsen Arkitekter")], []),
    ("White Arkitekter AB", "arch", [("legal-change", "White Arkitekter AS")], []),
    ("Arkitektfirmaet C.F. Møller A/S", "arch",
     [("word-more", "C.F. Møller"), ("punct", "CF Møller Arkitekter")], []),
    ("Tegn_3 AS", "arch", [("punct", "Tegn 3"), ("case", "TEGN_3")], []),
    ("Fortunen AS", "arch", [("legal-form", "Fortunen")], []),
    ("Arkitektkontoret Vest AS", "arch", [("compound", "Arkitekt kontoret Vest"),
                                          ("word-more", "Ark. kontoret Vest")], []),
    # contractors
    ("Skanska Norge AS", "contractor", [("word-more", "Skanska"), ("case", "SKANSKA")],
     ["Skanska Sverige AB"]),
    ("NCC Norge AS", "contractor", [("word-more", "NCC"), ("norge", "NCC Norway")],
     ["NCC Sverige AB"]),
    ("Peab AS", "contractor", [("norge", "Peab Norge"), ("case", "PEAB")], ["Peab Sverige AB"]),
    ("Veidekke Entreprenør AS", "contractor", [("word-more", "Veidekke"),
                                              ("letters", "Veidekke Entreprenor AS")],
     ["Veidekke Eiendom AS", "Veidekke ASA"]),
    ("AF Gruppen Norge AS", "contractor", [("word-more", "AF Gruppen"),
                                          ("hyphen", "AF-Gruppen Norge")], ["AF Gruppen ASA"]),
    ("Betonmast Bergen AS", "contractor", [("paren", "Betonmast (Bergen)")],
     ["Betonmast Oslo AS", "Betonmast Trøndelag AS"]),
    ("Backe Bergen AS", "contractor", [("word-more", "Backe Bergen")], ["Backe Stor-Oslo AS"]),
    ("Kruse Smith Entreprenør AS", "contractor", [("word-more", "Kruse Smith"),
                                                 ("hyphen", "Kruse-Smith Entreprenør AS")], []),
    ("HENT AS", "contractor", [("case", "Hent")], []),
    ("Consto AS", "contractor", [("case", "CONSTO")], []),
    ("Implenia Norge AS", "contractor", [("word-more", "Implenia")], []),
    ("HOCHTIEF Infrastructure GmbH", "contractor", [("word-more", "Hochtief")], []),
    ("Mesta AS", "contractor", [("case", "MESTA")], []),
    ("Block Watne AS", "developer", [("word-more", "Block Watne"), ("typo", "Blokk Watne")],
     []),
    ("JM Norge AS", "developer", [("norge", "JM Norway")], []),
    ("Moelven Byggmodul AS", "contractor", [("word-more", "Moelven byggmodul")], []),
    ("Bertelsen & Garpestad AS", "contractor", [("and", "Bertelsen og Garpestad AS")], []),
    ("Caverion Norge AS", "contractor", [("word-more", "Caverion")], []),
    ("Bravida Norge AS", "contractor", [("word-more", "Bravida")], ["Bravida Sverige AB"]),
    ("GK Inneklima AS", "contractor", [("word-more", "GK"), ("case", "Gk Inneklima")], []),
    ("Assemblin Norge AS", "contractor", [("word-more", "Assemblin")], []),
    ("Kone AS", "contractor", [("norge", "Kone Norge")], []),
    # developers and housing
    ("OBOS BBL", "developer", [("legal-form", "OBOS")], ["OBOS Eiendom AS", "OBOS Block Watne AS"]),
    ("USBL BBL", "developer", [("legal-form", "USBL"),
                               ("word-more", "USBL Boligbyggelag")], []),
    ("BOB BBL", "developer", [("abbrev", "Bergen og Omegn Boligbyggelag"),
                              ("legal-form", "BOB")], []),
    ("Trondheim og Omegn Boligbyggelag", "developer", [("abbrev", "TOBB"),
                                                     ("and", "Trondheim & omegn boligbyggelag")],
     []),
    ("Selvaag Bolig ASA", "developer", [("word-more", "Selvaag Bolig")], []),
    ("Entra ASA", "developer", [("legal-change", "Entra Eiendom AS")], []),
    ("Fabritius Eiendom AS", "developer", [("word-more", "Fabritius")], []),
    ("Vestaksen Eiendom AS", "developer", [("word-more", "Vestaksen")], []),
    ("Kværnerbyen Utvikling AS", "developer", [("letters", "Kvaernerbyen Utvikling AS"),
                                               ("compound", "Kværner Byen Utvikling")], []),
    # public bodies and their agencies
    ("Statens vegvesen", "public", [("abbrev", "SVV"), ("order", "Vegvesen Statens"),
                                    ("alias", "Vegvesenet"),
                                    ("renamed", "Statens vegvesen Region vest"),
                                    ("case", "Statens Vegvesen"),
                                    ("paren", "Statens vegvesen (region vest)")], []),
    ("Bane NOR SF", "public", [("word-more", "Bane NOR"), ("compound", "BaneNOR"),
                               ("renamed", "Jernbaneverket"),
                               ("case", "Bane Nor")], ["Bane NOR Eiendom AS"]),
    ("Statsbygg", "public", [("case", "STATSBYGG")], []),
    ("Forsvarsbygg", "public", [("case", "FORSVARSBYGG")], []),
    ("Nye Veier AS", "public", [("case", "Nye veier")], []),
    ("Avinor AS", "public", [("case", "AVINOR")], ["Avinor Flysikring AS"]),
    ("Norsk rikskringkasting AS", "public", [("abbrev", "NRK"), ("abbrev", "NRK AS")], []),
    ("Universitetet i Oslo", "public", [("abbrev", "UiO"), ("abbrev", "Univ. i Oslo")], []),
    ("Universitetet i Bergen", "public", [("abbrev", "UiB"),
                                          ("paren", "Universitetet i Bergen (UiB)")], []),
    ("Oslo kommune Plan- og bygningsetaten", "public",
     [("abbrev", "PBE"), ("word-more", "Plan- og bygningsetaten"),
      ("hyphen", "Oslo kommune Plan og bygningsetaten")], []),
    ("Oslo kommune Bymiljøetaten", "public", [("abbrev", "BYM"), ("word-more", "Bymiljøetaten")],
     []),
    ("Oslo kommune Vann- og avløpsetaten", "public",
     [("abbrev", "VAV"), ("hyphen", "Oslo kommune Vann og avløpsetaten")], []),
    ("Akershus universitetssykehus HF", "public", [("abbrev", "Ahus"), ("abbrev", "AHUS")], []),
    ("St. Olavs hospital HF", "public", [("punct", "St Olavs Hospital"),
                                         ("word-more", "St. Olavs")], []),
    ("Norges teknisk-naturvitenskapelige universitet NTNU", "public", [("abbrev", "NTNU")], []),
    ("Høgskulen på Vestlandet", "public", [("abbrev", "HVL"),
                                           ("letters", "Hogskulen pa Vestlandet")], []),
    ("Oslo universitetssykehus HF", "public", [("abbrev", "OUS")], []),
    ("Helse Vest RHF", "public", [("legal-form", "Helse Vest")], ["Helse Vest IKT AS"]),
    ("Helse Bergen HF", "public", [("legal-form", "Helse Bergen")], []),
    ("Sykehusbygg HF", "public", [("legal-form", "Sykehusbygg")], []),
    ("Buskerud fylkeskommune", "public", [("abbrev", "BFK"), ("abbrev", "Bfk")], []),
    ("Vestland fylkeskommune", "public", [("abbrev", "VLFK"),
                                          ("renamed", "Hordaland fylkeskommune"),
                                          ("compound", "Vestland fylkes kommune")], []),
    ("Rogaland fylkeskommune", "public", [("abbrev", "RFK"), ("word-more", "Rogaland fylke")],
     []),
    ("Trøndelag fylkeskommune", "public", [("abbrev", "TRFK"),
                                           ("letters", "Trondelag fylkeskommune")], []),
    ("Bergen kommune Etat for bygg og eiendom", "public",
     [("abbrev", "Bergen kommune, EBE"), ("order", "Etat for bygg og eiendom, Bergen kommune"),
      ("abbrev", "EBE Bergen kommune")], ["Bergen kommune Etat for vann og avløp"]),
    ("Undervisningsbygg Oslo KF", "public", [("word-more", "Undervisningsbygg"),
                                             ("abbrev", "UBF")], []),
    ("Oslobygg KF", "public", [("word-more", "Oslo kommune Oslobygg"),
                               ("renamed", "Omsorgsbygg Oslo KF"),
                               ("legal-form", "Oslobygg")], []),
    ("Boligbygg Oslo KF", "public", [("word-more", "Boligbygg")], []),
    ("Norges vassdrags- og energidirektorat", "public", [("abbrev", "NVE")], []),
    ("Direktoratet for byggkvalitet", "public", [("abbrev", "DiBK")], []),
    ("Kystverket", "public", [("case", "KYSTVERKET")], []),
    ("Sporveien AS", "public", [("word-more", "Sporveien Oslo")], []),
    ("Bybanen AS", "public", [("legal-form", "Bybanen")], ["Bybanen Utbygging"]),
    ("Ruter AS", "public", [("case", "RUTER")], []),
    ("Trafikverket", "public", [("case", "TRAFIKVERKET")], []),
    ("Göteborgs Stad", "public", [("letters", "Gøteborgs stad"),
                                  ("letters", "Goteborgs Stad")], []),
    ("Malmö stad", "public", [("letters", "Malmø stad")], []),
    ("Jernhusen AB", "public", [("legal-form", "Jernhusen")], []),
    # industry and listed companies with subsidiaries
    ("Equinor Energy AS", "industry", [("group", "Equinor"), ("renamed", "Statoil Petroleum AS")],
     ["Equinor ASA"]),
    ("Statkraft Energi AS", "industry", [("group", "Statkraft")], ["Statkraft AS"]),
    ("Siemens Energy AS", "industry", [("norge", "Siemens Energy Norge"),
                                       ("legal-form", "Siemens Energy")],
     ["Siemens AS", "Siemens Mobility AS"]),
    ("ABB AS", "industry", [("norge", "ABB Norge"), ("norge", "ABB Norway")],
     ["ABB Electrification Norway AS"]),
    ("Schneider Electric Norge AS", "industry", [("word-more", "Schneider Electric")], []),
    ("BKK AS", "industry", [("legal-form", "BKK")], ["BKK Nett AS"]),
    ("Lyse AS", "industry", [("case", "LYSE")], ["Lyse Elnett AS"]),
    ("Elvia AS", "industry", [("case", "ELVIA"), ("renamed", "Hafslund Nett AS")], []),
    ("Telenor Norge AS", "industry", [("word-more", "Telenor")], ["Telenor ASA"]),
    ("Norsk Hydro ASA", "industry", [("word-more", "Hydro")], ["Hydro Aluminium AS"]),
    ("Aker Solutions ASA", "industry", [("legal-form", "Aker Solutions")], ["Aker BP ASA"]),
    ("Kongsberg Maritime AS", "industry", [("legal-form", "Kongsberg Maritime")],
     ["Kongsberg Defence & Aerospace AS"]),
    ("Yara Norge AS", "industry", [("word-more", "Yara")], ["Yara International ASA"]),
    ("Lerøy Seafood Group ASA", "industry", [("word-more", "Lerøy"),
                                             ("letters", "Leroy Seafood Group")], []),
    ("Mowi ASA", "industry", [("case", "MOWI")], ["Mowi Norway AS"]),
    ("Coop Norge SA", "industry", [("word-more", "Coop")], ["Coop Vest SA"]),
    ("Rema 1000 AS", "industry", [("norge", "REMA 1000 Norge")], []),
    ("NorgesGruppen ASA", "industry", [("case", "Norgesgruppen"),
                                       ("compound", "Norges Gruppen")], []),
    ("AS Vinmonopolet", "industry", [("legal-form", "Vinmonopolet")], []),
    ("Stiftelsen SINTEF", "industry", [("word-more", "SINTEF"), ("case", "Sintef")], []),
    ("IKEA AS", "industry", [("norge", "IKEA Norge"), ("case", "Ikea")], []),
    ("Posten Norge AS", "industry", [("word-more", "Posten")], []),
    ("Vattenfall AB", "industry", [("legal-change", "Vattenfall AS")], []),
    ("Tietoevry Norway AS", "it", [("norge", "Tietoevry Norge"), ("word-more", "Tietoevry"),
                                   ("renamed", "Tieto Norway AS")], []),

    ("Atea AS", "it", [("case", "ATEA")], ["Atea ASA"]),
    ("Crayon AS", "it", [("case", "CRAYON")], []),
    ("Visma Software AS", "it", [("word-more", "Visma")], []),
    ("Bouvet Norge AS", "it", [("word-more", "Bouvet")], ["Bouvet ASA"]),
    ("Sopra Steria AS", "it", [("case", "SopraSteria")], []),
    ("Accenture AS", "it", [("case", "ACCENTURE")], []),
]

SURNAMES = _words("""Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen
Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen
Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen
Eide Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen
Ali Lunde Solheim Berge Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen
Andresen Nielsen Knudsen Evensen Sæther Aas Myhre Hanssen Ahmed Haugland Thomassen Sivertsen
Simonsen Danielsen Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen
Edvardsen Birkeland Isaksen Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen
Helland Bøe Jenssen Aune Mikkelsen Tveit Brekke Abrahamsen Madsen Fjeld Wiik Mjelde Tvedt
Skarstein Grønlie Sunde Revheim Vestrheim Fosse Østrem Aksnes Heggland Rognaldsen""")

MALE_NAMES = _words("""Ola Per Jan Lars Tor Bjørn Espen Geir Knut Arne Trond Svein Morten Terje Øyvind Stig
Kjetil Håkon Vidar Odd Frode Dag Eirik Jørgen Magnus Rune""")
FEMALE_NAMES = _words("""Kari Anne Eva Hilde Nina Marit Silje Tone Ingrid Heidi Lise Randi Åse Ragnhild
Solveig Gunn Liv Torill Sigrid Berit Mona Hanne Tonje""")
FIRST_NAMES = MALE_NAMES + FEMALE_NAMES
MALE_MIDDLE = ["Martin", "Andreas", "Kristian", "Johan", "Olav", "Magnus", "Erik"]
FEMALE_MIDDLE = ["Marie", "Elisabeth", "Helene", "Sofie", "Kristin", "Margrethe"]

# (place, is used for municipality names)
PLACES = _words("""Askøy Alver Bjørnafjorden Øygarden Voss Kvinnherad Stord Bømlo Sund Fitjar Os Fana
Åsane Arna Laksevåg Fyllingsdalen Sotra Osterøy Vaksdal Sandnes Sola Klepp Time Hå Gjesdal
Randaberg Strand Hjelmeland Karmøy Haugesund Tysvær Lillestrøm Lørenskog Rælingen Asker Bærum
Nesodden Frogn Ås Drammen Lier Kongsberg Ringerike Hole Jevnaker Gran Lunner Nittedal Ullensaker
Eidsvoll Nannestad Gjerdrum Hamar Elverum Gjøvik Lillehammer Tynset Molde Ålesund Volda
Ørsta Kristiansund Førde Sogndal Florø Odda Ulvik Eidfjord Malvik Stjørdal Melhus Orkland Levanger
Steinkjer Namsos Bodø Narvik Harstad Tromsø Alta Hammerfest Kirkenes Arendal Grimstad Lillesand
Mandal Farsund Flekkefjord Skien Porsgrunn Larvik Sandefjord Tønsberg Horten Moss Sarpsborg
Fredrikstad Halden Askim""")

# municipalities with a kommune (Voss is "Voss herad")
def kommune(place: str) -> str:
    return "Voss herad" if place == "Voss" else f"{place} kommune"


DISTRICTS = _words("""Holmlia Fyllingsdalen Laksevåg Åsane Fana Ytrebygda Loddefjord Sandsli Nesttun
Paradis Landås Møhlenpris Kronstad Danmarksplass Kalbakken Furuset Stovner Grorud Lambertseter
Bøler Ullern Majorstuen Tøyen Sagene Grünerløkka Byåsen Lade Moholt Tiller Heimdal Madla Hinna
Hundvåg Tasta Kvernevik Ålgård Bryne Jørpeland Knarvik Kleppestø Straume Osøyro Leirvik Sogndal
Kringsjå Romsås Haugerud Tveita Skullerud Manglerud Ryen Hasle Kjelsås Bjølsen Torshov Tåsen
Nordstrand Ljan Hauketo Bekkelaget Slemdal Vinderen Røa Bogerud Oppsal Ellingsrud Mortensrud
Minde Storetveit Hop Slettebakken Ulset Hylkje Eidsvåg Breistein Kaland Søreide Skjold Sædalen
Ranheim Charlottenlund Jakobsli Saupstad Kolstad Flatåsen Sverresborg Ila Ilsvika""")

STREETS = ["Thereses gate", "Kirkeveien", "Møllergata", "Damsgårdsveien", "Sandviksveien",
           "Kong Oscars gate", "Olav Kyrres gate", "Nygårdsgaten", "Thormøhlens gate",
           "Jonas Lies vei", "Welhavens gate", "Bogstadveien", "Trondheimsveien",
           "Ullevålsveien", "Professor Dahls gate", "Sofies gate", "Markveien", "Storgata",
           "Kongens gate", "Løkkeveien", "Pedersgata", "Nedre Strandgate", "Kalfarveien",
           "Fjøsangerveien", "Haakon VIIs gate", "Ole Bulls plass", "Torggata", "Hegdehaugsveien",
           "Josefines gate", "Industrigata", "Schweigaards gate", "Frognerveien", "Sørkedalsveien",
           "Maridalsveien", "Thorvald Meyers gate", "Seilduksgata", "Sannergata", "Vogts gate",
           "Dronningens gate", "Elgeseter gate", "Innherredsveien", "Klæbuveien",
           "Kannikgata", "Lagårdsveien", "Madlaveien", "Hillevågsveien", "Tollbugata",
           "Strandgaten", "Vestre Torggaten", "Christies gate", "Allégaten", "Michael Krohns gate",
           "Eidsvågveien", "Inndalsveien", "Solheimsgaten", "Wergelandsveien", "Jernbanetorget"]

# trade words of generated firms: (word, compound-able suffix for "Vestbygg")
TRADES = ["Bygg", "Bygg og Anlegg", "Betong", "Anlegg", "Tømrer", "Entreprenør", "Maskin",
          "Graving", "Byggservice", "Murer", "Elektro", "Rør", "Tak", "Stillas", "Riving",
          "Eiendom", "Utvikling", "Arkitekter", "Rådgivning", "Ingeniørtjenester", "Prosjekt",
          "Byggeledelse", "Geoteknikk", "Landskap", "IT", "Data"]
JOINABLE = {"Bygg": "bygg", "Betong": "betong", "Anlegg": "anlegg", "Tak": "tak",
            "Eiendom": "eiendom", "Prosjekt": "prosjekt", "Maskin": "maskin", "Data": "data"}
PREFIXES = ["Nord", "Vest", "Sør", "Øst", "Fjord", "Kyst", "Fjell", "Berg", "Nordvest", "Midt",
            "Norsk", "Solid", "Stein", "Bryggen", "Sentrum", "Vestlands", "Nordic", "Bjørgvin",
            "Fana", "Lia", "Tinde", "Elve"]
ENK_TRADES = [("Tømrermester", "Tømrer"), ("Murmester", "Murer"), ("Arkitekt", "Arkitekt"),
              ("Rørleggermester", "Rørlegger"), ("Elektriker", "Elektro"),
              ("Byggmester", "Bygg"), ("Rådgiver", "Rådgivning"), ("Takstmann", "Takst")]

# projects ---------------------------------------------------------------------------------
BUILDINGS = ["skole", "barneskole", "ungdomsskole", "barnehage", "sykehjem", "idrettshall",
             "svømmehall", "bibliotek", "kirke", "helsehus", "brannstasjon", "omsorgsboliger",
             "flerbrukshall", "kulturhus", "legesenter", "rådhus"]
WORKS = ["Rehabilitering", "Ombygging", "Tilbygg", "Nybygg", "Utvidelse", "Tilstandsvurdering",
         "Energimerking", "Riving", "Oppgradering", "Mulighetsstudie", "Brannsikring",
         "Fasaderehabilitering", "Taktekking", "Ventilasjon", "Universell utforming"]
ROADS = ["E39 Kristiansand vest", "E18 Kristiansand–Grimstad", "E18 Langangen–Rugtvedt", "E16 Arna–Stanghelle",
         "Rv. 7 Hardangervidda", "E6 Ulsberg–Vindåsliene", "Fv. 562 Askøy", "E39 Rogfast",
         "E134 Røldal–Seljestad", "Rv. 555 Sotrasambandet", "E6 Kvithammar–Åsen",
         "Fv. 7 Steinsland", "E39 Ålgård–Hove", "Rv. 13 Ryfast", "E16 Voss–Arna"]
ROAD_WORKS = ["Ny", "Reguleringsplan", "Byggeplan", "Kostnadsoverslag", "Konsekvensutredning",
              "Gang- og sykkelveg", "Skredsikring", "Tunnelrehabilitering", "Bruinspeksjon"]
ESTATE_WORKS = ["Boligprosjekt", "Kontorbygg", "Næringsbygg", "Leilighetsbygg", "Rekkehus",
                "Parkeringshus", "Hotell", "Kontorlokaler"]
STREET_WORKS = ["Fasade", "Bad og rør", "Utskifting av vinduer", "Balkonger", "Taktekking",
                "Tilstandsrapport", "Heis", "Drenering", "Etterisolering"]
IT_WORKS = ["Ny intranettløsning", "Migrering til sky", "Integrasjon mot Tripletex",
            "Ny nettside", "Sikkerhetsrevisjon", "Datavarehus", "Drift og forvaltning",
            "Skjemaløsning", "Ny kundeportal", "Rammeavtale utvikling", "Digital tvilling",
            "BIM-koordinering"]
HOSPITAL_OBJECTS = ["Haukeland sykehus", "Voss sjukehus", "Stord sjukehus", "Aker sykehus",
                    "Ullevål sykehus", "Rikshospitalet", "Nye SUS", "Førde sentralsjukehus",
                    "Kalnes sykehus", "Haraldsplass sykehus", "Kysthospitalet Hagevik",
                    "Psykiatrisk klinikk Sandviken", "Ahus Nordbyhagen"]
CAMPUS_OBJECTS = ["Realfagbygget", "Campus Kronstad", "Campus Gløshaugen", "Studentsenteret",
                  "Universitetsbiblioteket", "Campus Kalfaret", "Sophus Lies auditorium",
                  "Odontologibygget", "Campus Haugesund", "Campus Stord", "Nybygget Blindern",
                  "Campus Sogndal"]
GENERIC = ["Rammeavtale", "Vedlikehold", "Tilstandsvurdering", "Energimerking",
           "Serviceavtale", "Timebank", "Løpende oppdrag", "Brannteknisk rådgivning",
           "Internkontroll", "Byggesøknad"]
PHASES = ["Forprosjekt", "Detaljprosjekt", "Skisseprosjekt", "Byggefase", "Konkurransegrunnlag",
          "Oppfølging i byggefase", "Reguleringsfase", "Garantiperiode", "Tilleggsarbeider",
          "Fase 1", "Fase 2", "Fase 3", "Prosjektering", "Mulighetsstudie"]
# discipline sub-projects: (code, written out)
DISCIPLINES = [("RIB", "Rådgivende ingeniør bygg"), ("RIV", "Rådgivende ingeniør VVS"),
               ("RIE", "Rådgivende ingeniør elektro"), ("ARK", "Arkitekt"),
               ("LARK", "Landskapsarkitekt"), ("RIG", "Geoteknikk"),
               ("RIBr", "Brannrådgivning"), ("RIAku", "Akustikk"), ("PL", "Prosjektledelse"),
               ("RIByFy", "Bygningsfysikk")]
LOCAL_ONLY_PROJECTS = ["Tilbudsarbeid", "Befaring", "Interne møter", "Kurs og opplæring",
                       "Salg og tilbud", "Reklamasjonsbefaring", "Anbudsregning",
                       "Internt – kvalitetssystem", "Konkurranse (ikke vunnet)", "Skisse"]
