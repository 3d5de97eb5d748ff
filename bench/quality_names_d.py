"""Names for `bench/quality_data_d.py`: real Norwegian companies a consultancy might have as
clients (small and medium firms, clubs, housing, public agencies, shipping, fish farming, IT),
the parts generated names are built from, and the spelling tables (trade synonyms,
abbreviations, compounds, project words). Written by hand, independently of the other data sets.
"""

from __future__ import annotations


def _w(text: str) -> list[str]:
    """The words of a list written as text."""
    return text.split()

# ---- real companies: (name as in Brønnøysund, sector, what people type, flags) ----------------
# flags: "intl" = a foreign group's Norwegian company (Norge/Norway is at home in its name)

REAL: list[tuple[str, str, tuple[str, ...], str]] = [
    # accounting and audit
    ("Azets Insight AS", "regnskap", ("Azets",), "intl"),
    ("Aider AS", "regnskap", ("Aider",), ""),
    ("BDO AS", "regnskap", ("BDO",), "intl"),
    ("Sparebank 1 Regnskapshuset SMN AS", "regnskap", ("Regnskapshuset SMN",), ""),
    # electricians, plumbing, technical
    ("Bravida Norge AS", "bygg", ("Bravida",), "intl"),
    ("Caverion Norge AS", "bygg", ("Caverion",), "intl"),
    ("Vintervoll AS", "bygg", ("Vintervoll",), ""),
    ("Kraftelektro AS", "bygg", ("Kraftelektro",), ""),
    ("Nettpartner AS", "bygg", ("Nettpartner",), ""),
    ("GK Rør AS", "bygg", ("GK Rør",), ""),
    ("Rørkjøp AS", "bygg", ("Rørkjøp",), ""),
    ("Bademiljø AS", "bygg", ("Bademiljø",), ""),
    ("Brødrene Dahl AS", "bygg", ("Brødrene Dahl", "Br. Dahl"), ""),
    ("Ahlsell Norge AS", "bygg", ("Ahlsell",), "intl"),
    ("Schindler AS", "bygg", ("Schindler",), "intl"),
    ("Kone AS", "bygg", ("Kone Heis",), "intl"),
    ("Otis AS", "bygg", ("Otis",), "intl"),
    # housing
    ("OBOS BBL", "bolig", ("OBOS",), ""),
    ("Vestbo BBL", "bolig", ("Vestbo",), ""),
    ("Bate Boligbyggelag", "bolig", ("Bate",), ""),
    ("Trondheim og Omegn Boligbyggelag", "bolig", ("TOBB",), ""),
    ("Bergen og Omegn Boligbyggelag", "bolig", ("BOB",), ""),
    ("Vestfold Boligbyggelag", "bolig", ("VBBL",), ""),
    # sports clubs
    ("Vålerenga Fotball", "idrett", ("Vålerenga",), ""),
    ("Lyn Fotball", "idrett", ("Lyn",), ""),
    ("Kjelsås Idrettslag", "idrett", ("Kjelsås IL",), ""),
    ("Idrettslaget Heming", "idrett", ("IL Heming", "Heming"), ""),
    ("Bækkelagets Sportsklub", "idrett", ("Bækkelaget", "BSK"), ""),
    ("Lillestrøm Sportsklubb", "idrett", ("LSK",), ""),
    ("Fana Idrettslag", "idrett", ("Fana IL",), ""),
    ("Tromsø Idrettslag", "idrett", ("TIL", "Tromsø IL"), ""),
    ("Byåsen Idrettslag", "idrett", ("Byåsen IL",), ""),
    ("Sportsklubben Brann", "idrett", ("Brann", "SK Brann"), ""),
    ("Viking Fotballklubb", "idrett", ("Viking FK",), ""),
    ("Rosenborg Ballklub", "idrett", ("Rosenborg", "RBK"), ""),
    ("Molde Fotballklubb", "idrett", ("Molde FK",), ""),
    ("Odds Ballklubb", "idrett", ("Odd", "Odds BK"), ""),
    ("Aalesunds Fotballklubb", "idrett", ("Aalesund", "AaFK"), ""),
    ("Fotballklubben Bodø/Glimt", "idrett", ("Bodø/Glimt", "Glimt"), ""),
    ("Hamarkameratene", "idrett", ("HamKam",), ""),
    ("Fredrikstad Fotballklubb", "idrett", ("FFK", "Fredrikstad FK"), ""),
    ("Kolstad Håndball", "idrett", ("Kolstad",), ""),
    ("Elverum Håndball", "idrett", ("Elverum Håndball",), ""),
    ("Frisk Asker Ishockey", "idrett", ("Frisk Asker",), ""),
    ("Ullern Idrettsforening", "idrett", ("Ullern IF",), ""),
    ("Skeid Fotball", "idrett", ("Skeid",), ""),
    ("Nardo Fotballklubb", "idrett", ("Nardo FK",), ""),
    ("Ranheim Fotball", "idrett", ("Ranheim",), ""),
    ("Sogndal Fotball", "idrett", ("Sogndal",), ""),
    ("Tønsbergs Turnforening", "idrett", ("Tønsberg Turn",), ""),
    # dentists
    ("Colosseum Tannlege AS", "helse", ("Colosseum", "Colosseumklinikken"), ""),
    ("Oris Dental AS", "helse", ("Oris",), ""),
    # municipalities and their agencies
    ("Oslo kommune Bymiljøetaten", "kommune", ("Bymiljøetaten", "BYM"), ""),
    ("Oslo kommune Vann- og avløpsetaten", "kommune", ("Vann- og avløpsetaten", "VAV"), ""),
    ("Oslo kommune Sykehjemsetaten", "kommune", ("Sykehjemsetaten",), ""),
    ("Oslobygg KF", "kommune", ("Oslobygg",), ""),
    ("Boligbygg Oslo KF", "kommune", ("Boligbygg",), ""),
    ("Bergen Vann KF", "kommune", ("Bergen Vann",), ""),
    ("Bergen Bolig og Byfornyelse KF", "kommune", ("Bergen Bolig og Byfornyelse", "BBB"), ""),
    ("Kristiansand Havn KF", "kommune", ("Kristiansand Havn",), ""),
    ("Tromsø Havn KF", "kommune", ("Tromsø Havn",), ""),
    ("Trondheim Havn IKS", "kommune", ("Trondheim Havn",), ""),
    ("IVAR IKS", "kommune", ("IVAR",), ""),
    ("Romerike Avfallsforedling IKS", "kommune", ("ROAF",), ""),
    ("Innherred Renovasjon IKS", "kommune", ("Innherred Renovasjon",), ""),
    ("Vestfold Interkommunale Brannvesen IKS", "kommune", ("Vestfold Brannvesen", "VIB"), ""),
    ("Bærum kommune", "kommune", ("Bærum kommune",), ""),
    ("Asker kommune", "kommune", ("Asker kommune",), ""),
    ("Lillestrøm kommune", "kommune", ("Lillestrøm kommune",), ""),
    ("Nordre Follo kommune", "kommune", ("Nordre Follo",), ""),
    ("Sandnes kommune", "kommune", ("Sandnes kommune",), ""),
    ("Ålesund kommune", "kommune", ("Ålesund kommune",), ""),
    ("Bodø kommune", "kommune", ("Bodø kommune",), ""),
    ("Innlandet fylkeskommune", "kommune", ("Innlandet fylke",), ""),
    ("Vestland fylkeskommune", "kommune", ("Vestland fylke",), ""),
    ("Kystverket", "shipping", ("Kystverket",), ""),
    # shipping and ferries
    ("Wilh. Wilhelmsen ASA", "shipping", ("Wilhelmsen", "Wilh. Wilhelmsen"), ""),
    ("Höegh Autoliners AS", "shipping", ("Höegh",), ""),
    ("Solstad Offshore ASA", "shipping", ("Solstad",), ""),
    ("Havila Kystruten AS", "shipping", ("Havila",), ""),
    ("Eidesvik Offshore ASA", "shipping", ("Eidesvik",), ""),
    ("Simon Møkster Shipping AS", "shipping", ("Møkster",), ""),
    ("Fjord1 AS", "shipping", ("Fjord 1",), ""),
    ("Torghatten Nord AS", "shipping", ("Torghatten",), ""),
    ("Norled AS", "shipping", ("Norled",), ""),
    ("Boreal Sjø AS", "shipping", ("Boreal",), ""),
    ("Brødrene Aa AS", "shipping", ("Brødrene Aa", "Br. Aa"), ""),
    ("Klaveness Combination Carriers ASA", "shipping", ("Klaveness",), ""),
    ("Odfjell SE", "shipping", ("Odfjell",), ""),
    ("Grieg Star AS", "shipping", ("Grieg Star",), ""),
    ("Hurtigruten Norge AS", "shipping", ("Hurtigruten",), "intl"),
    # fish farming and seafood
    ("Lerøy Seafood Group ASA", "fisk", ("Lerøy",), ""),
    ("Grieg Seafood ASA", "fisk", ("Grieg Seafood",), ""),
    ("SalMar ASA", "fisk", ("SalMar",), ""),
    ("Nordlaks Oppdrett AS", "fisk", ("Nordlaks",), ""),
    ("Bremnes Seashore AS", "fisk", ("Bremnes Seashore",), ""),
    ("Måsøval Fiskeoppdrett AS", "fisk", ("Måsøval",), ""),
    ("Kvarøy Fiskeoppdrett AS", "fisk", ("Kvarøy",), ""),
    ("Sinkaberg-Hansen AS", "fisk", ("Sinkaberg",), ""),
    ("Lingalaks AS", "fisk", ("Lingalaks",), ""),
    ("Eide Fjordbruk AS", "fisk", ("Eide Fjordbruk",), ""),
    ("Nova Sea AS", "fisk", ("Nova Sea",), ""),
    ("Cermaq Norway AS", "fisk", ("Cermaq",), "intl"),
    ("Alsaker Fjordbruk AS", "fisk", ("Alsaker",), ""),
    ("Tombre Fiskeanlegg AS", "fisk", ("Tombre",), ""),
    ("Hofseth International AS", "fisk", ("Hofseth",), ""),
    ("Engesund Fiskeoppdrett AS", "fisk", ("Engesund",), ""),
    ("Kobbevik og Furuholmen Oppdrett AS", "fisk", ("Kobbevik og Furuholmen",), ""),
    # IT consultancies and software
    ("Bouvet Norge AS", "it", ("Bouvet",), ""),
    ("Computas AS", "it", ("Computas",), ""),
    ("Knowit Objectnet AS", "it", ("Knowit",), ""),
    ("Itera ASA", "it", ("Itera",), ""),
    ("Miles AS", "it", ("Miles",), ""),
    ("Bekk Consulting AS", "it", ("Bekk",), ""),
    ("Kantega AS", "it", ("Kantega",), ""),
    ("Sopra Steria AS", "it", ("Sopra Steria",), "intl"),
    ("Webstep AS", "it", ("Webstep",), ""),
    ("Capgemini Norge AS", "it", ("Capgemini",), "intl"),
    ("Netcompany Norway AS", "it", ("Netcompany",), "intl"),
    ("Variant AS", "it", ("Variant",), ""),
    ("Systek AS", "it", ("Systek",), ""),
    ("Crayon AS", "it", ("Crayon",), ""),
    ("Atea AS", "it", ("Atea",), ""),
    ("Intility AS", "it", ("Intility",), ""),
    ("Tietoevry Norway AS", "it", ("Tietoevry",), "intl"),
    ("Sparebank 1 Utvikling DA", "it", ("SB1 Utvikling",), ""),
    ("Visma Software AS", "it", ("Visma",), ""),
    ("Advania Norge AS", "it", ("Advania",), "intl"),
    ("Dustin Norway AS", "it", ("Dustin",), "intl"),
    ("Avo Consulting AS", "it", ("Avo",), ""),
    ("Inmeta Consulting AS", "it", ("Inmeta",), ""),
    # law firms
    ("Advokatfirmaet Thommessen AS", "juss", ("Thommessen",), ""),
    ("Advokatfirmaet Wiersholm AS", "juss", ("Wiersholm",), ""),
    ("Advokatfirmaet Schjødt AS", "juss", ("Schjødt",), ""),
    ("Kvale Advokatfirma DA", "juss", ("Kvale",), ""),
    ("Advokatfirmaet Hjort DA", "juss", ("Hjort",), ""),
    ("Advokatfirmaet Grette AS", "juss", ("Grette",), ""),
    ("Brækhus Advokatfirma DA", "juss", ("Brækhus",), ""),
    ("Advokatfirmaet Elden DA", "juss", ("Elden",), ""),
    ("Ræder Bull Advokatfirma AS", "juss", ("Ræder Bull",), ""),
    ("Advokatfirmaet Lund & Co DA", "juss", ("Lund & Co",), ""),
    ("Advokatfirmaet Haavind AS", "juss", ("Haavind",), ""),
    ("Advokatfirmaet Selmer AS", "juss", ("Selmer",), ""),
    ("Advokatfirmaet Simonsen Vogt Wiig AS", "juss", ("Simonsen Vogt Wiig", "SVW"), ""),
    ("Arntzen de Besche Advokatfirma AS", "juss", ("Arntzen de Besche",), ""),
    ("Advokatfirmaet Steenstrup Stordrange DA", "juss", ("Steenstrup Stordrange",), ""),
    ("Advokatfirmaet Glittertind AS", "juss", ("Glittertind",), ""),
    # construction
    ("Veidekke Entreprenør AS", "bygg", ("Veidekke",), ""),
    ("Betonmast AS", "bygg", ("Betonmast",), ""),
    ("Consto AS", "bygg", ("Consto",), ""),
    ("Kruse Smith Entreprenør AS", "bygg", ("Kruse Smith",), ""),
    ("Hent AS", "bygg", ("Hent",), ""),
    ("Strøm Gundersen AS", "bygg", ("Strøm Gundersen",), ""),
    ("Seby AS", "bygg", ("Seby",), ""),
    ("Backe Romerike AS", "bygg", ("Backe Romerike",), ""),
    ("Skanska Norge AS", "bygg", ("Skanska",), "intl"),
    ("NCC Norge AS", "bygg", ("NCC",), "intl"),
    ("AF Gruppen Norge AS", "bygg", ("AF Gruppen",), ""),
    ("Block Watne AS", "bygg", ("Block Watne",), ""),
    ("Mesterhus Norge AS", "bygg", ("Mesterhus",), ""),
    ("Hunton Fiber AS", "industri", ("Hunton",), ""),
    # engineering and architects
    ("Norconsult AS", "arkitekt", ("Norconsult",), ""),
    ("Multiconsult Norge AS", "arkitekt", ("Multiconsult",), ""),
    ("Sweco Norge AS", "arkitekt", ("Sweco",), "intl"),
    ("Rambøll Norge AS", "arkitekt", ("Rambøll",), "intl"),
    ("COWI AS", "arkitekt", ("COWI",), "intl"),
    ("Asplan Viak AS", "arkitekt", ("Asplan Viak",), ""),
    ("Snøhetta AS", "arkitekt", ("Snøhetta",), ""),
    ("Lund Hagem Arkitekter AS", "arkitekt", ("Lund Hagem",), ""),
    ("Link Arkitektur AS", "arkitekt", ("Link Arkitektur",), ""),
    ("Dark Arkitekter AS", "arkitekt", ("Dark Arkitekter",), ""),
    ("Rejlers Norge AS", "arkitekt", ("Rejlers",), "intl"),
    # food and industry
    ("Brynild Gruppen AS", "industri", ("Brynild",), ""),
    ("Hennig-Olsen Is AS", "industri", ("Hennig-Olsen",), ""),
    ("Aass Bryggeri AS", "industri", ("Aass Bryggeri",), ""),
    ("E.C. Dahls Bryggeri AS", "industri", ("E.C. Dahls",), ""),
    ("Macks Ølbryggeri AS", "industri", ("Mack",), ""),
    ("Tine SA", "industri", ("Tine",), ""),
    ("Nortura SA", "industri", ("Nortura",), ""),
    ("Felleskjøpet Agri SA", "industri", ("Felleskjøpet",), ""),
    ("Q-Meieriene AS", "industri", ("Q-Meieriene",), ""),
    ("Lerum Fabrikker AS", "industri", ("Lerum",), ""),
    ("O. Kavli AS", "industri", ("Kavli",), ""),
    ("Bama Gruppen AS", "industri", ("Bama",), ""),
    ("Brødrene Sunde AS", "industri", ("Brødrene Sunde", "Br. Sunde"), ""),
    ("Ekornes AS", "industri", ("Ekornes",), ""),
    ("Jøtul AS", "industri", ("Jøtul",), ""),
    ("Coop Nordland SA", "industri", ("Coop Nordland",), ""),
    ("Coop Øst SA", "industri", ("Coop Øst",), ""),
    # facility, security, transport, property, cars, hair
    ("ISS Facility Services AS", "renhold", ("ISS",), "intl"),
    ("Coor Service Management AS", "renhold", ("Coor",), "intl"),
    ("Securitas AS", "renhold", ("Securitas",), "intl"),
    ("Avarn Security AS", "renhold", ("Avarn",), ""),
    ("Nor-Cargo AS", "transport", ("Nor-Cargo",), ""),
    ("Tide Buss AS", "transport", ("Tide",), ""),
    ("Vy Buss AS", "transport", ("Vy Buss",), ""),
    ("Schenker AS", "transport", ("DB Schenker",), "intl"),
    ("Posten Norge AS", "transport", ("Posten",), ""),
    ("Widerøe's Flyveselskap AS", "transport", ("Widerøe",), ""),
    ("Entra ASA", "eiendom", ("Entra",), ""),
    ("Olav Thon Eiendomsselskap ASA", "eiendom", ("Olav Thon",), ""),
    ("Avantor AS", "eiendom", ("Avantor",), ""),
    ("Aspelin Ramm Eiendom AS", "eiendom", ("Aspelin Ramm",), ""),
    ("Selvaag Bolig ASA", "eiendom", ("Selvaag Bolig",), ""),
    ("Norwegian Property ASA", "eiendom", ("Norwegian Property",), ""),
    ("Ragde Eiendom AS", "eiendom", ("Ragde",), ""),
    ("Møller Bil AS", "bil", ("Møller Bil",), ""),
    ("Bertel O. Steen AS", "bil", ("Bertel O. Steen",), ""),
    ("Birger N. Haug AS", "bil", ("Birger N. Haug",), ""),
    ("Cutters AS", "frisor", ("Cutters",), ""),
]

# ---- parts of generated names ------------------------------------------------------------------

SURNAMES = _w("""Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen
Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen
Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen
Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Lunde Solheim
Berge Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen Nielsen
Knudsen Evensen Sæther Myhre Hanssen Haugland Thomassen Sivertsen Simonsen Danielsen
Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland
Isaksen Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland Bøe Jenssen Aune
Mikkelsen Tveit Brekke Abrahamsen Madsen Sletten Kvam Røed Fossum Torgersen Vold Ulriksen Fjeld
Skogen Hovland Brattli Engen Rustad Petersen Carlsen Olssen Anderssen Dahle Holmen Vika
Mathiesen Ivarsen Eriksson Christiansen Strande Lid Grønli Kolstad Hoel Bjerke Solli Eikeland
Tollefsen Wold Aarnes Løken Jacobsen Nordby Ottesen Haraldsen Bjørnstad Kleven Vassbotn""")

# two real surnames one letter or two apart: different people, never a typo of each other
NEAR_SURNAMES: list[tuple[str, str]] = [
    ("Nilsen", "Nielsen"), ("Hansen", "Hanssen"), ("Jensen", "Jenssen"), ("Olsen", "Olssen"),
    ("Pedersen", "Petersen"), ("Jakobsen", "Jacobsen"), ("Kristiansen", "Christiansen"),
    ("Kristensen", "Christensen"), ("Karlsen", "Carlsen"), ("Andersen", "Anderssen"),
    ("Berg", "Berge"), ("Lie", "Lien"), ("Moe", "Moen"), ("Haug", "Hauge"), ("Haugen", "Hagen"),
    ("Lund", "Lunde"), ("Knutsen", "Knudsen"), ("Eriksen", "Eriksson"), ("Holm", "Holmen"),
    ("Vik", "Vika"), ("Bakke", "Bakken"), ("Dahl", "Dahle"), ("Mathisen", "Mathiesen"),
    ("Iversen", "Ivarsen"), ("Strand", "Strande"), ("Wold", "Vold"), ("Lid", "Lie"),
]

FIRST_NAMES = _w("""Ola Kari Per Anne Lars Ingrid Erik Silje Jon Marit Knut Hilde Bjørn Tone Geir Nina
Trond Hege Morten Line Tor Randi Svein Camilla Rune Ida Håkon Kristin Øyvind Mona Arne Liv Stian
Eva Espen Marte Jørgen Tuva Magnus Sofie Vidar Asbjørn Gunnar Sigrid Åse Terje Wenche Frode
Torill Halvor Solveig Ahmed Fatima Tomasz Agnieszka""")
MIDDLE_NAMES = _w("""Johan Marie Andreas Elisabeth Kristian Louise Olav Helene Martin Sofie""")

TOWNS = _w("""Oslo Bergen Trondheim Stavanger Drammen Fredrikstad Kristiansand Sandnes Tromsø
Sarpsborg Skien Ålesund Sandefjord Haugesund Tønsberg Moss Porsgrunn Bodø Arendal Hamar Larvik
Halden Lillehammer Molde Harstad Kongsberg Gjøvik Horten Asker Bærum Askøy Stord Jessheim Ski
Lier Voss Førde Florø Steinkjer Namsos Narvik Alta Hammerfest Kirkenes Elverum Kongsvinger
Notodden Grimstad Mandal Flekkefjord Egersund Bryne Stjørdal Levanger Orkanger Kristiansund
Ørsta Volda Sogndal Odda Lillestrøm Lørenskog Nittedal Kolbotn Vestby Drøbak Hønefoss Raufoss
Brumunddal Rjukan Otta Fagernes Geilo Sortland Svolvær Finnsnes Mosjøen Sandnessjøen
Brønnøysund Vadsø Sandvika Lierne Åsnes Nesna Solund Vikna Sola Fauske Meldal Oppdal Røros
Tynset Kvinesdal Sauda Ulsteinvik Fosnavåg Måløy Stryn Gol Nesbyen Eidsvoll Hurdal""")

# real towns close in spelling: a firm in one is not the firm in the other
SIMILAR_TOWNS: list[tuple[str, str]] = [
    ("Asker", "Askøy"), ("Sandnes", "Sandvika"), ("Lier", "Lierne"), ("Nesna", "Nesbyen"),
    ("Sola", "Solund"), ("Vikna", "Vestby"), ("Molde", "Meldal"), ("Sauda", "Sandnes"),
    ("Stord", "Stryn"), ("Hamar", "Harstad"), ("Fauske", "Førde"), ("Bodø", "Bryne"),
    ("Moss", "Mosjøen"), ("Skien", "Ski"), ("Horten", "Hurdal"), ("Røros", "Ørsta"),
    ("Kristiansand", "Kristiansund"), ("Sandnes", "Sandnessjøen"), ("Bryne", "Brønnøysund"),
]

# Oslo, Bergen and Trondheim neighbourhoods and the kind of names housing cooperatives carry
BRL_NAMES = _w("""Tøyen Sagene Torshov Lambertseter Holmlia Romsås Furuset Ammerud Stovner Haugerud
Tveita Bøler Manglerud Ryen Nordstrand Ljan Grefsen Ullevål Skøyen Røa Bekkestua Hovseter
Lysaker Kolsås Rykkinn Fyllingsdalen Laksevåg Landås Nesttun Åsane Loddefjord Møhlenpris
Moholt Lade Tiller Heimdal Strinda Singsaker Solbakken Furulund Granly Bjørkelia Solhaug
Fjellvang Lindeberg Eikelund Åsen Haugtun Rosenhof Kløverhagen Tunet Engly Skogly Heimly
Solvang Fagerheim Sletta Lia Bjølsen Dalsbergstien Vålerenga Veitvet Rødtvet Linderud""")
BRL_SUFFIXES = ["Park", "Terrasse", "Hage", "Nord", "Syd", "Øst", "Vest", "Øvre", "Nedre"]

STREETS = _w("""Storgata Kirkegata Torggata Parkveien Markveien Skippergata Strandgata Grensen
Jernbanegata Sjøgata Nygata Prinsens_gate Munkegata Kalfarveien Møllendalsveien
Trondheimsveien Sognsveien Hegdehaugsveien Pilestredet Ullevålsveien Sannergata Vogts_gate
Hjelms_gate Holbergs_gate Helgesens_gate Thereses_gate Dronningens_gate Kongens_gate
Olav_Kyrres_gate Kaigaten Bygdøy_allé Fredensborgveien Schultz'_gate Welhavens_gate
Nedre_Storgate Øvre_Vollgate Fjellveien Elvegata Skolegata Havnegata""")

FANCY = _w("""Nordlys Fjellvind Havbris Solstrand Kystlys Fjordglimt Tindefjell Skarven Havørn
Granitt Kobber Sølvberg Polaris Vestavind Østlys Midnattsol Fjellro Lysglimt Bautaen Fyrlykta
Elvebakken Kvitstein Blåfjell Rødberg Furutoppen Vårsol Brattberg Trollheim Fosselv Sjøbris
Isbre Morgenrød Tyrihans Kvasir Saga Bifrost Bølgen Ankeret Varden Kompasset""")
FANCY_EN = _w("""Nordic Arctic Polar Aurora Boreal Northern Fjord Midgard Norse Summit Bluewater
Clearwater Northwind Skyline Bright Lighthouse Baseline Keystone Ironbark Greenfield""")
# IT and consulting names, joined or apart ("Kode Fabrikken" / "Kodefabrikken")
IT_WORDS = [("Kode", "Fabrikken"), ("Bit", "Smia"), ("Data", "Verket"), ("Sky", "Huset"),
            ("Nett", "Verkstedet"), ("Kode", "Smia"), ("App", "Fabrikken"), ("Data", "Hagen"),
            ("Tall", "Knuserne"), ("Sky", "Porten"), ("Web", "Bryggen"), ("Logikk", "Huset")]

MUNICIPALITIES = _w("""Oslo Bergen Trondheim Stavanger Drammen Kristiansand Tromsø Bærum Asker
Lillestrøm Sandnes Fredrikstad Sarpsborg Skien Ålesund Bodø Moss Hamar Larvik Tønsberg Arendal
Gjøvik Lillehammer Molde Harstad Kongsberg Halden Porsgrunn Haugesund Sandefjord""")
AGENCIES = ["Eiendom KF", "Havn KF", "Parkering KF", "Kino KF", "Byggservice KF"]
REGIONS = """Nedre Romerike|Follo|Vestfold|Hadeland|Midt-Telemark|Nordhordland|Sunnmøre|Salten
|Ofoten|Lofoten|Namdal|Innherred|Hallingdal|Gudbrandsdal|Valdres|Karmøy|Jæren|Lister|Setesdal
|Østerdal|Vesterålen|Helgeland""".replace("\n", "").split("|")
IKS_TRADES = ["Brann og Redning IKS", "Renovasjon IKS", "Vannverk IKS", "Revisjon IKS",
              "Arkiv IKS", "Krisesenter IKS", "Legevakt IKS"]

# ---- trades: group -> (sector, the short word, longer ways of saying the same trade) -------------
# Two firms of one surname in one group are one firm spelt two ways; in different groups they
# are two firms ("Nilsen Bygg" / "Nilsen Elektro").
TRADES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "bygg": ("bygg", "Bygg", ("Byggservice", "Bygg og Rehabilitering", "Byggtjenester",
                              "Bygg & Anlegg")),
    "elektro": ("bygg", "Elektro", ("Elektroservice", "Elektroinstallasjon", "El-Service",
                                    "Elektro og Automasjon")),
    "ror": ("bygg", "Rør", ("Rørleggerservice", "Rørleggerbedrift", "Rør og Varme", "VVS")),
    "maler": ("bygg", "Maler", ("Malerservice", "Malerfirma", "Malermester", "Maling og Tapet")),
    "tak": ("bygg", "Tak", ("Taktekking", "Tak og Fasade", "Taktekkerfirma")),
    "graving": ("bygg", "Maskin", ("Maskinentreprenør", "Graving og Transport",
                                   "Maskin og Anlegg", "Gravemaskin")),
    "mur": ("bygg", "Mur", ("Murmester", "Mur og Flis", "Murerfirma")),
    "blikk": ("bygg", "Blikk", ("Blikkenslager", "Blikkenslagerverksted", "Blikk og Tak")),
    "ventilasjon": ("bygg", "Ventilasjon", ("Ventilasjonsservice", "Klima og Ventilasjon",
                                            "Ventilasjonsteknikk")),
    "hage": ("bygg", "Hage", ("Hageservice", "Anleggsgartner", "Hage og Anlegg")),
    "regnskap": ("regnskap", "Regnskap", ("Regnskapskontor", "Regnskapsbyrå",
                                          "Regnskapsservice", "Regnskap og Rådgivning")),
    "revisjon": ("regnskap", "Revisjon", ("Revisjonskontor", "Revisjonsselskap")),
    "transport": ("transport", "Transport", ("Transportservice", "Transport og Logistikk",
                                             "Transportsenter")),
    "eiendom": ("eiendom", "Eiendom", ("Eiendommer", "Eiendomsselskap")),
    "bil": ("bil", "Bil", ("Bilservice", "Bilverksted", "Bil og Dekk")),
    "data": ("it", "Data", ("Datatjenester", "IT-Tjenester", "Datakonsult", "IT og Data")),
    "tannlege": ("helse", "Tannlegesenter", ("Tannklinikk", "Tannlegekontor", "Tannhelse")),
    "frisor": ("frisor", "Frisør", ("Frisørsalong", "Frisørstudio", "Hårstudio")),
    "fisk": ("fisk", "Havbruk", ("Fiskeoppdrett", "Oppdrett", "Sjøfarm")),
    "rederi": ("shipping", "Rederi", ("Shipping", "Skipsrederi")),
    "renhold": ("renhold", "Renhold", ("Renholdsservice", "Rengjøring", "Renholdsbyrå")),
    "arkitekt": ("arkitekt", "Arkitekter", ("Arkitektkontor", "Arkitektur")),
    "advokat": ("juss", "Advokatfirma", ("Advokatkontor", "Advokater")),
}
# the words a generated name's trade can be said with, for consultants' own words
CONSULT_TRADES = {"consulting": ("it", "Consulting", ("Rådgivning", "Advisory")),
                  "tech": ("it", "Technology", ("Tech", "Teknologi")),
                  "digital": ("it", "Digital", ("Digitalbyrå",)),
                  "management": ("eiendom", "Property Management", ("Eiendomsforvaltning",))}

# trade person: "Rørlegger Hansen", "Elektriker Berg"
TRADE_TITLES = {"ror": "Rørlegger", "elektro": "Elektriker", "maler": "Malermester",
                "bygg": "Byggmester", "tak": "Taktekker", "mur": "Murmester",
                "blikk": "Blikkenslager", "tannlege": "Tannlege", "advokat": "Advokat",
                "regnskap": "Regnskapsfører", "frisor": "Frisør"}

# ---- spelling tables ---------------------------------------------------------------------------

ABBREV: dict[str, tuple[str, ...]] = {
    "consulting": ("Cons.", "Consult"), "borettslag": ("BRL", "Brl", "Brl."),
    "sameiet": ("Sa.",), "sameie": ("Sa.", "sa."), "eierseksjonssameiet": ("Sa.",),
    "management": ("Mgmt", "Mgmt.", "Mgt."), "technology": ("Tech",), "teknologi": ("Tech",),
    "eiendom": ("Eiend.",), "eiendommer": ("Eiend.",), "eiendomsselskap": ("Eiend.selskap",),
    "eiendomsselskapet": ("Eiend.selskapet",),
    "eiendomsforvaltning": ("Eiendomsforv.", "Eiend.forv."),
    "advokatfirmaet": ("Adv.", "Adv.firmaet", "Advokatfa."), "advokatfirma": ("Adv.", "Adv.firma"),
    "regnskap": ("Regnsk.",), "regnskapskontor": ("Regnsk.kontor",),
    "regnskapsbyrå": ("Regnsk.byrå",), "regnskapsservice": ("Regnsk.service",),
    "kommune": ("Komm.", "k."), "fylkeskommune": ("Fylkeskomm.", "fk."),
    "kommunikasjon": ("Komm.",),
    "idrettslag": ("IL",), "idrettslaget": ("IL",), "idrettsforening": ("IF",),
    "fotballklubb": ("FK",), "fotballklubben": ("FK",), "sportsklubb": ("SK",),
    "sportsklubben": ("SK",), "ballklubb": ("BK",), "ballklub": ("BK",),
    "turnforening": ("TF", "Turn"), "boligbyggelag": ("BBL",),
    "brødrene": ("Br.", "Brdr."), "entreprenør": ("Entr.",),
    "maskinentreprenør": ("Maskinentr.",), "transport": ("Transp.",),
    "international": ("Int.", "Intl."), "fiskeoppdrett": ("Fiskeoppdr.",),
    "administrasjon": ("Adm.",), "velforening": ("Vel",), "barnehage": ("Bhg.",),
    "rørleggerbedrift": ("Rørl.bedrift", "Rørleggerbedr."), "tannlegesenter": ("Tannl.senter",),
    "tannlegekontor": ("Tannl.kontor",), "interkommunale": ("Interkomm.",),
    "sparebank": ("SB", "Spb."), "arkitektkontor": ("Ark.kontor",),
    "fiskeanlegg": ("Fiskeanl.",), "avfallsforedling": ("Avfallsfored.",),
    "renovasjon": ("Renov.",), "brannvesen": ("Brannv.",), "offshore": ("Offsh.",),
    "combination": ("Comb.",), "fabrikker": ("Fabr.",), "flyveselskap": ("Flyveselsk.",),
    "byfornyelse": ("Byforn.",), "skipsrederi": ("Skipsred.",), "rederi": ("Red.",),
    "taktekking": ("Taktekk.",), "ventilasjon": ("Vent.",), "ventilasjonsservice": ("Vent.service",),
    "automasjon": ("Autom.",), "installasjon": ("Inst.",), "elektroinstallasjon": ("El.inst.",),
    "rådgivning": ("Rådg.",), "logistikk": ("Log.",), "eiendomsutvikling": ("Eiend.utv.",),
}
# joined compound -> how people split it
COMPOUNDS: dict[str, tuple[str, ...]] = {
    "Byggservice": ("Bygg Service", "Bygg-Service", "Bygg service"),
    "Byggtjenester": ("Bygg Tjenester", "Bygg-tjenester"),
    "Rørleggerservice": ("Rørlegger Service", "Rørlegger-Service"),
    "Rørleggerbedrift": ("Rørlegger Bedrift", "Rørlegger bedrift"),
    "Elektroservice": ("Elektro Service", "Elektro-Service"),
    "Elektroinstallasjon": ("Elektro Installasjon", "Elektro-installasjon"),
    "El-Service": ("Elservice", "El Service"),
    "Malerservice": ("Maler Service", "Maler-Service"), "Malerfirma": ("Maler Firma",),
    "Malermester": ("Maler Mester",), "Taktekking": ("Tak Tekking", "Tak-tekking"),
    "Taktekkerfirma": ("Taktekker Firma",), "Maskinentreprenør": ("Maskin Entreprenør",),
    "Gravemaskin": ("Grave Maskin",), "Murmester": ("Mur Mester",), "Murerfirma": ("Murer Firma",),
    "Blikkenslagerverksted": ("Blikkenslager Verksted",),
    "Ventilasjonsservice": ("Ventilasjon Service", "Ventilasjons Service"),
    "Ventilasjonsteknikk": ("Ventilasjons Teknikk",),
    "Hageservice": ("Hage Service", "Hage-Service"), "Anleggsgartner": ("Anleggs Gartner",),
    "Regnskapskontor": ("Regnskaps Kontor", "Regnskap Kontor"),
    "Regnskapsbyrå": ("Regnskaps Byrå", "Regnskap Byrå"),
    "Regnskapsservice": ("Regnskap Service", "Regnskaps-Service"),
    "Revisjonskontor": ("Revisjons Kontor",), "Revisjonsselskap": ("Revisjons Selskap",),
    "Transportservice": ("Transport Service", "Transport-Service"),
    "Transportsenter": ("Transport Senter",), "Eiendomsselskap": ("Eiendoms Selskap",),
    "Bilservice": ("Bil Service", "Bil-Service"), "Bilverksted": ("Bil Verksted",),
    "Datatjenester": ("Data Tjenester",), "Datakonsult": ("Data Konsult",),
    "Tannlegesenter": ("Tannlege Senter", "Tannlege-senter"), "Tannklinikk": ("Tann Klinikk",),
    "Tannlegekontor": ("Tannlege Kontor",), "Frisørsalong": ("Frisør Salong",),
    "Frisørstudio": ("Frisør Studio",), "Hårstudio": ("Hår Studio",),
    "Fiskeoppdrett": ("Fiske Oppdrett", "Fiske-oppdrett"), "Sjøfarm": ("Sjø Farm",),
    "Skipsrederi": ("Skips Rederi",), "Renholdsservice": ("Renhold Service", "Renholds Service"),
    "Renholdsbyrå": ("Renholds Byrå",), "Arkitektkontor": ("Arkitekt Kontor",),
    "Advokatkontor": ("Advokat Kontor",), "Eiendomsforvaltning": ("Eiendoms Forvaltning",),
    "Boligbyggelag": ("Bolig Byggelag",), "Fjordbruk": ("Fjord Bruk",),
    "Fiskeanlegg": ("Fiske Anlegg",), "Ølbryggeri": ("Øl Bryggeri",),
    "Eierseksjonssameiet": ("Eierseksjon Sameiet",), "Idrettslag": ("Idretts Lag",),
    "Fotballklubb": ("Fotball Klubb",), "Kraftelektro": ("Kraft Elektro",),
    "Nettpartner": ("Nett Partner",), "Bademiljø": ("Bad Miljø",), "Rørkjøp": ("Rør Kjøp",),
    "Mesterhus": ("Mester Hus",), "Nordlaks": ("Nord Laks",), "Lingalaks": ("Linga Laks",),
    "Oslobygg": ("Oslo Bygg",), "Boligbygg": ("Bolig Bygg",), "Multiconsult": ("Multi Consult",),
    "Norconsult": ("Nor Consult",), "Webstep": ("Web Step",), "Nor-Cargo": ("Norcargo",),
    "Hennig-Olsen": ("Hennig Olsen",), "Sinkaberg-Hansen": ("Sinkaberg Hansen",),
    "Bymiljøetaten": ("Bymiljø Etaten", "Bymiljø-etaten"), "Sykehjemsetaten": ("Sykehjem Etaten",),
    "Tietoevry": ("Tieto Evry", "TietoEVRY"),
}


# ---- projects ----------------------------------------------------------------------------------

PROJECTS: dict[str, list[str]] = {
    "bygg": ["Baderomsrehabilitering", "Nytt kjøkken", "Tilbygg", "Fasadeoppgradering",
             "Garasje", "Drenering", "Takutskifting", "Etterisolering", "Vindusutskifting",
             "Terrasse", "Loftsutbygging", "Kjellerrenovering", "Brannsikring",
             "Elektrisk anlegg", "Varmepumpe", "Ventilasjonsanlegg", "Serviceavtale",
             "Rammeavtale", "Nybygg enebolig", "Rørfornying", "Utskifting stigerør",
             "Ladeanlegg", "Prosjektering", "Reparasjoner", "Befaring og tilstandsrapport"],
    "regnskap": ["Årsoppgjør", "Løpende regnskap", "Lønnskjøring", "MVA-rapportering",
                 "Skattemelding", "Budsjett", "Revisjonsbistand", "Fakturering", "Rådgivning",
                 "Omdanning", "Konsernregnskap", "Regnskapssystem", "Internkontroll"],
    "it": ["Ny nettside", "Nettbutikk", "Integrasjon Tripletex", "Skymigrering",
           "Microsoft 365", "Driftsavtale", "Support", "Sikkerhetsrevisjon", "Datavarehus",
           "Mobilapp", "Intranett", "CRM-innføring", "ERP-bytte", "Backup", "Nettverk",
           "Brukerstøtte", "Timeregistrering", "Implementering", "Prosjektledelse"],
    "juss": ["Kontraktsgjennomgang", "Tvisteløsning", "Arbeidsrett", "Selskapsrett",
             "Eiendomstransaksjon", "Rådgivning", "Generalforsamling", "Due diligence",
             "Leiekontrakt", "Personvern", "Anskaffelser"],
    "bolig": ["Fasade", "Balkonger", "Drenering", "Tak", "Heis", "Lekeplass", "Ladeanlegg",
              "Garasjeanlegg", "Vaktmestertjenester", "Rehabilitering", "Vedlikeholdsplan",
              "Rørfornying", "Vinduer", "Generalforsamling", "Tilstandsvurdering",
              "Brannvarsling", "Utomhusanlegg", "Porttelefon", "Forretningsførsel"],
    "fisk": ["Merdanlegg", "Fôrflåte", "Lokalitetssøknad", "Miljøovervåking",
             "ASC-sertifisering", "Lusebehandling", "Slakteri", "Settefiskanlegg",
             "Internkontroll", "Brønnbåt"],
    "shipping": ["Dokking", "Klassing", "Ombygging", "Sertifikater", "ISM-revisjon",
                 "Mannskapsplanlegging", "Verkstedopphold", "Nybygg", "Ballastvann"],
    "idrett": ["Kunstgress", "Klubbhus", "Sponsoravtale", "Cup", "Treningsleir",
               "Medlemssystem", "Lysanlegg", "Årsmøte", "Sesongkort", "Regnskap"],
    "helse": ["Journalsystem", "Ombygging klinikk", "Nettbooking", "Røntgen",
              "Sterilsentral", "Internkontroll", "Lønn", "Regnskap"],
    "kommune": ["Rammeavtale", "Anbudskonkurranse", "Kartlegging", "Utredning",
                "Beredskapsplan", "Skolebygg", "Sykehjem", "Vann og avløp", "Veilys", "Brøyting",
                "Byggesak", "Reguleringsplan", "Universell utforming"],
    "eiendom": ["Utleie", "Forvaltning", "Næringsbygg", "Leietakertilpasning", "Energimerking",
                "Tilstandsrapport", "Oppkjøp", "Kontorbygg", "Vedlikeholdsplan"],
    "transport": ["Rammeavtale transport", "Ruteplanlegging", "Flåtestyring", "Lagerbygg",
                  "Sjåføropplæring", "Verksted"],
    "industri": ["Produksjonslinje", "Emballasje", "Lagerstyring", "Kvalitetssystem", "HMS",
                 "Sertifisering", "Ombygging lager", "Energikartlegging"],
    "arkitekt": ["Forprosjekt", "Detaljprosjekt", "Reguleringsplan", "Skisseprosjekt",
                 "Konkurranse", "Byggesøknad", "Prosjektering"],
    "renhold": ["Renholdsavtale", "Vinduspuss", "Hovedrengjøring", "Vakthold", "Kantine"],
    "bil": ["Verkstedsystem", "Dekkhotell", "Bruktbilsalg", "Ombygging verksted"],
    "frisor": ["Kassasystem", "Nettbooking", "Regnskap", "Lønn"],
}
PROJECT_GENERIC = ["Rådgivning", "Rammeavtale", "Løpende bistand", "Timebank", "Service",
                   "Prosjektledelse", "Opplæring", "HMS"]
# parts that tell one project from its sibling: never a spelling of each other
PROJECT_PARTS = [("nord", "sør"), ("Blokk A", "Blokk B"), ("Byggetrinn 1", "Byggetrinn 2"),
                 ("fase 1", "fase 2"), ("1. etg", "2. etg"), ("hus 3", "hus 5"),
                 ("øst", "vest")]
SUB_NAMES = ["Prosjektering", "Stillas", "Elektro", "Rør", "Tømrerarbeid", "Maling", "Riving",
             "Uforutsett", "Tillegg", "Endringsmeldinger", "Byggeledelse", "Befaring",
             "Dokumentasjon", "Testing", "Opplæring", "Migrering", "Kravspesifikasjon",
             "Design", "Utvikling", "Innkjøp", "Prosjektledelse", "Ferdigstillelse"]
SUB_PAIRS = [("Fase 1", "Fase 2"), ("Del 1", "Del 2"), ("Etappe 1", "Etappe 2"),
             ("Sprint 1", "Sprint 2")]

PROJECT_ABBREV: dict[str, tuple[str, ...]] = {
    "vedlikehold": ("Vedl.",), "vedlikeholdsplan": ("Vedl.plan",),
    "rehabilitering": ("Rehab", "Rehab."),
    "baderomsrehabilitering": ("Baderomsrehab", "Baderomsrehab."),
    "prosjektering": ("Prosj.",), "fasadeoppgradering": ("Fasadeoppgr.",),
    "rådgivning": ("Rådg.",), "implementering": ("Impl.",), "byggetrinn": ("BT", "Byggetr."),
    "etterisolering": ("Etterisol.",), "utskifting": ("Utskift.",),
    "generalforsamling": ("GF", "Gen.fors."), "tilstandsvurdering": ("Tilst.vurd.",),
    "vaktmestertjenester": ("Vaktm.tjenester",), "skattemelding": ("Skattemeld.",),
    "rammeavtale": ("RA", "Rammeavt."), "serviceavtale": ("Serviceavt.",),
    "driftsavtale": ("Driftsavt.",), "ombygging": ("Ombygg.",), "sertifisering": ("Sert.",),
    "miljøovervåking": ("Miljøoverv.",), "anbudskonkurranse": ("Anbudskonk.",),
    "beredskapsplan": ("Beredsk.plan",), "internkontroll": ("IK",),
    "prosjektledelse": ("PL", "Prosj.ledelse"), "byggeledelse": ("Byggel.",),
    "dokumentasjon": ("Dok.",), "opplæring": ("Oppl.",), "leietakertilpasning": ("LTA",),
    "detaljprosjekt": ("Detaljprosj.",), "forprosjekt": ("Forprosj.",),
    "skisseprosjekt": ("Skisseprosj.",), "reguleringsplan": ("Reg.plan",),
    "byggesøknad": ("Byggesøkn.",), "kontraktsgjennomgang": ("Kontraktsgj.",),
    "eiendomstransaksjon": ("Eiendomstrans.",), "konsernregnskap": ("Konsernregnsk.",),
    "løpende": ("Løp.",), "regnskap": ("Regnsk.",), "årsoppgjør": ("Årsoppgj.",),
    "mannskapsplanlegging": ("Mannskapsplanl.",), "ruteplanlegging": ("Ruteplanl.",),
    "forretningsførsel": ("Forr.førsel",), "utomhusanlegg": ("Utomhusanl.",),
    "universell": ("Univ.",), "kravspesifikasjon": ("Kravspek",), "endringsmeldinger": ("EM",),
    "ferdigstillelse": ("Ferdigst.",), "tømrerarbeid": ("Tømrerarb.",),
    "kvalitetssystem": ("Kval.system",), "energikartlegging": ("Energikartl.",),
}
PROJECT_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "Fasadeoppgradering": ("Fasade oppgradering",),
    "Baderomsrehabilitering": ("Baderom rehabilitering", "Baderoms rehabilitering"),
    "Takutskifting": ("Tak utskifting",), "Vindusutskifting": ("Vindu utskifting",),
    "Kjellerrenovering": ("Kjeller renovering",), "Rørfornying": ("Rør fornying",),
    "Ladeanlegg": ("Lade anlegg",), "Garasjeanlegg": ("Garasje anlegg",),
    "Sikkerhetsrevisjon": ("Sikkerhets revisjon",), "Skymigrering": ("Sky migrering",),
    "Nettbutikk": ("Nett butikk",), "Mobilapp": ("Mobil app",),
    "Serviceavtale": ("Service avtale",), "Rammeavtale": ("Ramme avtale",),
    "Driftsavtale": ("Drifts avtale",), "Lysanlegg": ("Lys anlegg",),
    "Merdanlegg": ("Merd anlegg",), "Settefiskanlegg": ("Settefisk anlegg",),
    "Sponsoravtale": ("Sponsor avtale",), "Medlemssystem": ("Medlems system",),
    "Journalsystem": ("Journal system",), "Vedlikeholdsplan": ("Vedlikeholds plan",),
    "Tilstandsvurdering": ("Tilstands vurdering",), "Beredskapsplan": ("Beredskaps plan",),
    "Leiekontrakt": ("Leie kontrakt",), "Byggesøknad": ("Bygge søknad",),
    "Energimerking": ("Energi merking",), "Kontorbygg": ("Kontor bygg",),
    "Lagerbygg": ("Lager bygg",), "Utomhusanlegg": ("Utomhus anlegg",),
    "Brannvarsling": ("Brann varsling",), "Porttelefon": ("Port telefon",),
    "Loftsutbygging": ("Loft utbygging",), "Brannsikring": ("Brann sikring",),
    "Lønnskjøring": ("Lønns kjøring",), "Datavarehus": ("Data varehus",),
    "Kunstgress": ("Kunst gress",), "Klubbhus": ("Klubb hus",), "Varmepumpe": ("Varme pumpe",),
    "Vaktmestertjenester": ("Vaktmester tjenester",), "Renholdsavtale": ("Renholds avtale",),
    "Hovedrengjøring": ("Hoved rengjøring",), "Dekkhotell": ("Dekk hotell",),
    "Kassasystem": ("Kasse system",), "Timebank": ("Time bank",),
    "Flåtestyring": ("Flåte styring",), "Lagerstyring": ("Lager styring",),
    "Produksjonslinje": ("Produksjons linje",), "Verkstedopphold": ("Verksted opphold",),
    "Tømrerarbeid": ("Tømrer arbeid",), "Prosjektledelse": ("Prosjekt ledelse",),
    "Byggeledelse": ("Bygge ledelse",), "Kravspesifikasjon": ("Krav spesifikasjon",),
}
# two-word projects that are said either way round
PROJECT_ORDER = {"Ombygging klinikk": "Klinikk ombygging", "Ombygging lager": "Lager ombygging",
                 "Utskifting stigerør": "Stigerør utskifting", "Nytt kjøkken": "Kjøkken nytt",
                 "Løpende regnskap": "Regnskap løpende", "Løpende bistand": "Bistand løpende",
                 "Integrasjon Tripletex": "Tripletex-integrasjon", "Vann og avløp": "VA",
                 "Nybygg enebolig": "Enebolig nybygg", "Rammeavtale transport":
                 "Transport rammeavtale", "Ombygging verksted": "Verksted ombygging"}
PROJECT_MORE_HEAD = ["Prosjekt", "Oppdrag"]
PROJECT_MORE_TAIL = ["(fastpris)", "– løpende", "arbeid", "(timer)", "prosjekt"]
