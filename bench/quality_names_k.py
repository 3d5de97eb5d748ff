"""Name lists of `bench/quality_data_k.py`: the clients of an IT consultancy and an electrical
contractor that share their books (real Norwegian groups, their subsidiaries and units, SMBs,
borettslag and sameier, municipalities and schools), and their IT and electrical jobs."""

from __future__ import annotations

# Real companies, one a line: "family | registered name | kind=variant; kind=variant | sites".
# A family's members are sister companies (traps for each other); the variants are the names
# people type for the company (the kinds the generator cannot derive by itself); the sites are
# the departments or plants a name can be written with.
REAL = """
equinor | Equinor ASA | former=Statoil ASA; short=Equinor | Stavanger, Bergen, Fornebu
equinor | Equinor Energy AS | english=Equinor Energi AS; former=Statoil Petroleum AS | Mongstad, Kårstø, Sandsli, Hammerfest
equinor | Equinor Refining Norway AS | english=Equinor Raffinering Norge AS | Mongstad
aker | Aker ASA | short=Aker |
aker | Aker BP ASA | former=Det norske oljeselskap ASA; short=Aker BP | Trondheim, Stavanger, Fornebu
aker | Aker Solutions AS | short=Aker Solutions | Fornebu, Stord, Egersund, Tranby
aker | Aker Carbon Capture Norway AS | english=Aker Carbon Capture Norge AS |
aker | Aker Horizons ASA | |
varenergi | Vår Energi ASA | english=Var Energi ASA | Sandnes, Hammerfest
telenor | Telenor ASA | short=Telenor |
telenor | Telenor Norge AS | group=Telenor ASA | Fornebu, Trondheim, Bergen, Arendal
telenor | Telenor Maritime AS | | Arendal
telia | Telia Norge AS | former=NetCom AS; short=Telia |
ice | Ice Communication Norge AS | short=Ice Norge |
lyse | Lyse AS | short=Lyse | Stavanger
lyse | Altibox AS | |
lyse | Lyse Neo AS | |
globalconnect | GlobalConnect AS | compound=Global Connect AS |
atea | Atea ASA | |
atea | Atea AS | short=Atea | Oslo, Bergen, Trondheim, Stavanger, Tromsø
crayon | Crayon AS | |
tietoevry | Tietoevry Norway AS | former=EVRY Norge AS | Fornebu, Bergen
soprasteria | Sopra Steria AS | punct=Sopra-Steria AS |
visma | Visma AS | |
visma | Visma Software AS | |
visma | Visma Enterprise AS | |
bouvet | Bouvet ASA | |
bouvet | Bouvet Norge AS | | Oslo, Bergen, Stavanger
itera | Itera Norge AS | |
netcompany | Netcompany Norway AS | |
computas | Computas AS | |
knowit | Knowit Objectnet AS | short=Knowit |
webstep | Webstep AS | |
cgi | CGI Norge AS | |
accenture | Accenture AS | |
ibm | International Business Machines AS | acronym=IBM Norge; short=IBM |
microsoft | Microsoft Norge AS | |
datarespons | Data Respons ASA | compound=Datarespons ASA |
nordic | Nordic Semiconductor ASA | abbrev=Nordic Semi ASA | Trondheim, Oslo
opera | Opera Norway AS | |
cognite | Cognite AS | |
tripletex | Tripletex AS | |
vipps | Vipps MobilePay AS | former=Vipps AS |
finn | FINN.no AS | short=Finn |
schibsted | Schibsted ASA | |
schibsted | Schibsted Media AS | group=Schibsted ASA |
schibsted | Aftenposten AS | |
schibsted | Verdens Gang AS | acronym=VG |
schibsted | Bergens Tidende AS | acronym=BT |
nrk | Norsk rikskringkasting AS | acronym=NRK | Marienlyst, Tyholt, Bergen
tv2 | TV 2 AS | compound=TV2 AS | Bergen, Oslo
amedia | Amedia AS | |
polaris | Polaris Media ASA | |
kongsberg | Kongsberg Gruppen ASA | acronym=KOG; short=Kongsberg Gruppen | Kongsberg
kongsberg | Kongsberg Maritime AS | | Horten, Ålesund, Kongsberg, Brattvåg
kongsberg | Kongsberg Defence & Aerospace AS | acronym=KDA | Kongsberg, Asker
kongsberg | Kongsberg Digital AS | |
kongsbergauto | Kongsberg Automotive AS | | Raufoss, Hvittingfoss
hydro | Norsk Hydro ASA | short=Hydro |
hydro | Hydro Aluminium AS | english=Hydro Aluminum AS | Karmøy, Sunndal, Årdal, Høyanger, Husnes
hydro | Hydro Energi AS | english=Hydro Energy AS |
hydro | Hydro Extruded Solutions AS | |
yara | Yara International ASA | short=Yara |
yara | Yara Norge AS | | Porsgrunn, Glomfjord
elkem | Elkem ASA | | Kristiansand, Salten, Bremanger
borregaard | Borregaard ASA | |
borregaard | Borregaard AS | | Sarpsborg
tomra | Tomra Systems ASA | | Asker
jotun | Jotun AS | | Sandefjord
nammo | Nammo Raufoss AS | |
raufoss | Raufoss Technology AS | |
hexagon | Hexagon Composites ASA | |
orkla | Orkla ASA | short=Orkla |
orkla | Orkla Foods Norge AS | group=Orkla ASA; english=Orkla Foods Norway AS | Stranda, Fredrikstad, Rygge
orkla | Orkla Confectionery & Snacks Norge AS | | Skreia, Sætre
orkla | Orkla Care AS | |
mills | Mills AS | |
tine | Tine SA | legal-change=Tine BA; short=Tine | Jæren, Byneset, Elnesvågen
nortura | Nortura SA | former=Gilde Norsk Kjøtt BA | Rudshøgda, Tønsberg, Malvik
q | Q-Meieriene AS | compound=Q Meieriene AS |
norgesgruppen | NorgesGruppen ASA | short=Norgesgruppen |
norgesgruppen | ASKO Norge AS | | Vestby, Lørenskog
norgesgruppen | Kiwi Norge AS | |
norgesgruppen | Meny AS | |
norgesgruppen | Joker AS | |
norgesgruppen | NorgesGruppen Data AS | |
reitan | REMA 1000 Norge AS | short=Rema 1000 |
reitan | Reitangruppen AS | |
coop | Coop Norge SA | | Gardermoen, Oslo
coop | Coop Øst SA | |
coop | Coop Vest SA | |
coop | Coop Nordland SA | |
coop | Coop Innlandet SA | |
coop | Coop Norge Handel AS | |
bama | BAMA Gruppen AS | |
ringnes | Ringnes AS | | Gjelleråsen
hansa | Hansa Borg Bryggerier AS | |
mowi | Mowi ASA | former=Marine Harvest ASA |
leroy | Lerøy Seafood Group ASA | |
salmar | SalMar ASA | |
grieg | Grieg Seafood ASA | |
posten | Posten Bring AS | former=Posten Norge AS; short=Posten | Alnabru, Lahaugmoen, Trondheim
posten | Bring Cargo AS | |
vy | Vygruppen AS | former=Norges Statsbaner AS; acronym=NSB; short=Vy |
vy | Vy Buss AS | former=Nettbuss AS; compound=Vybuss AS |
vy | Vy Tog AS | |
flytoget | Flytoget AS | |
banenor | Bane NOR SF | former=Jernbaneverket |
avinor | Avinor AS | | Gardermoen, Flesland, Værnes, Sola
norwegian | Norwegian Air Shuttle ASA | short=Norwegian |
wideroe | Widerøe's Flyveselskap AS | short=Widerøe |
ruter | Ruter AS | |
atb | AtB AS | |
hurtigruten | Hurtigruten AS | |
fjord1 | Fjord1 AS | |
colorline | Color Line AS | |
wilhelmsen | Wilh. Wilhelmsen Holding ASA | |
schenker | Schenker AS | english=DB Schenker AS |
postnord | PostNord AS | compound=Post Nord AS |
dnb | DNB Bank ASA | former=DnB NOR Bank ASA; short=DNB |
dnb | DNB ASA | |
dnb | DNB Livsforsikring AS | |
nordea | Nordea Bank Abp, filial i Norge | short=Nordea |
sb1 | SpareBank 1 SMN | acronym=SMN; abbrev=SB1 SMN | Trondheim
sb1 | SpareBank 1 Nord-Norge | acronym=SNN; abbrev=SB1 Nord-Norge | Tromsø
sb1 | SpareBank 1 Østlandet | abbrev=SB1 Østlandet | Hamar
sb1 | SpareBank 1 Sør-Norge ASA | former=SpareBank 1 SR-Bank ASA | Stavanger
sb1 | SpareBank 1 Ringerike Hadeland | |
sb1 | SpareBank 1 Helgeland | |
sb1 | SpareBank 1 Østfold Akershus | |
sb1 | SpareBank 1 Gruppen AS | |
sb1 | SpareBank 1 Forsikring AS | |
sb1 | SpareBank 1 Utvikling DA | |
spnorge | Sparebanken Norge | former=Sparebanken Vest |
spsor | Sparebanken Sør | |
spmore | Sparebanken Møre | |
storebrand | Storebrand ASA | |
storebrand | Storebrand Livsforsikring AS | |
storebrand | Storebrand Asset Management AS | |
gjensidige | Gjensidige Forsikring ASA | short=Gjensidige |
if | If Skadeforsikring NUF | short=If Forsikring |
fremtind | Fremtind Forsikring AS | |
klp | Kommunal Landspensjonskasse gjensidig forsikringsselskap | acronym=KLP |
eika | Eika Gruppen AS | |
eika | Eika Forsikring AS | |
frende | Frende Forsikring AS | |
protector | Protector Forsikring ASA | |
intrum | Intrum AS | former=Lindorff AS |
veidekke | Veidekke ASA | |
veidekke | Veidekke Norge AS | former=Veidekke Entreprenør AS |
af | AF Gruppen ASA | |
af | AF Gruppen Norge AS | |
skanska | Skanska Norge AS | |
ncc | NCC Norge AS | |
obos | OBOS BBL | former=Oslo Bolig- og Sparelag; short=OBOS |
obos | OBOS Eiendomsforvaltning AS | abbrev=OBOS Eiendomsforv. AS |
selvaag | Selvaag Bolig ASA | |
entra | Entra ASA | |
thon | Olav Thon Eiendomsselskap ASA | short=Olav Thon |
thon | Thon Hotels AS | |
steen | Steen & Strøm AS | |
mestergruppen | Mestergruppen AS | |
optimera | Optimera AS | |
byggmakker | Byggmakker Norge AS | |
coor | Coor Service Management AS | |
iss | ISS Facility Services AS | short=ISS |
caverion | Caverion Norge AS | |
bravida | Bravida Norge AS | |
onninen | Onninen AS | |
elektroimportoren | Elektroimportøren AS | |
schneider | Schneider Electric Norge AS | |
abb | ABB AS | | Billingstad, Skien, Bergen
siemens | Siemens AS | |
siemens | Siemens Energy AS | |
siemens | Siemens Healthineers AS | |
eltel | Eltel Networks AS | |
rejlers | Rejlers Norge AS | |
norconsult | Norconsult Norge AS | |
multiconsult | Multiconsult Norge AS | |
sweco | Sweco Norge AS | |
cowi | COWI AS | |
ramboll | Rambøll Norge AS | |
asplan | Asplan Viak AS | |
bos | Bertel O. Steen AS | |
moller | Møller Mobility Group AS | former=Møller Bil AS |
elkjop | Elkjøp Nordic AS | |
elkjop | Elkjøp Norge AS | |
xxl | XXL ASA | |
europris | Europris AS | |
clas | Clas Ohlson AS | |
power | Power Norge AS | |
komplett | Komplett ASA | |
plantasjen | Plantasjen Norge AS | |
vinmonopolet | AS Vinmonopolet | order=Vinmonopolet AS; short=Vinmonopolet |
tipping | Norsk Tipping AS | | Hamar
apotek1 | Apotek 1 Gruppen AS | |
nmd | Norsk Medisinaldepot AS | acronym=NMD |
sodexo | Sodexo AS | |
compass | Compass Group Norge AS | |
securitas | Securitas AS | |
avarn | Avarn Security AS | former=Nokas AS |
verisure | Verisure AS | |
sector | Sector Alarm AS | |
ngr | Norsk Gjenvinning AS | |
ragnsells | Ragn-Sells AS | compound=Ragn Sells AS |
subsea7 | Subsea 7 Norway AS | |
odfjell | Odfjell Drilling AS | |
statkraft | Statkraft AS | short=Statkraft |
statkraft | Statkraft Energi AS | english=Statkraft Energy AS |
statkraft | Statkraft Varme AS | |
statnett | Statnett SF | |
hafslund | Hafslund Oslo Celsio AS | former=Fortum Oslo Varme AS |
hafslund | Elvia AS | former=Hafslund Nett AS |
hafslund | Hafslund Kraft AS | |
fjordkraft | Fjordkraft AS | |
eviny | Eviny AS | former=BKK AS |
aenergi | Å Energi AS | former=Agder Energi AS |
skagerak | Skagerak Energi AS | |
glitre | Glitre Nett AS | former=Glitre Energi Nett AS |
tensio | Tensio TN AS | |
helse | Helse Sør-Øst RHF | acronym=HSØ |
helse | Oslo universitetssykehus HF | acronym=OUS; english=Oslo University Hospital | Rikshospitalet, Ullevål, Radiumhospitalet, Aker
helse | Akershus universitetssykehus HF | acronym=Ahus | Lørenskog, Kongsvinger
helse | Vestre Viken HF | | Drammen, Bærum, Ringerike, Kongsberg
helse | Sykehuset Innlandet HF | | Gjøvik, Hamar, Lillehammer, Elverum
helse | Sykehuset Østfold HF | | Kalnes, Moss
helse | Helse Bergen HF | | Haukeland, Voss
helse | St. Olavs hospital HF | | Øya, Orkdal
helse | Universitetssykehuset Nord-Norge HF | acronym=UNN | Tromsø, Harstad, Narvik
helse | Sykehusbygg HF | |
helse | Norsk Helsenett SF | acronym=NHN |
nav | Arbeids- og velferdsetaten | acronym=NAV |
skatt | Skatteetaten | english=Norwegian Tax Administration |
svv | Statens vegvesen | acronym=SVV; english=Norwegian Public Roads Administration |
statsbygg | Statsbygg | |
forsvarsbygg | Forsvarsbygg | english=Norwegian Defence Estates Agency |
uni | Universitetet i Oslo | acronym=UiO; english=University of Oslo | Blindern
uni | Norges teknisk-naturvitenskapelige universitet NTNU | acronym=NTNU | Gløshaugen, Dragvoll, Gjøvik, Ålesund
uni | Universitetet i Bergen | acronym=UiB; english=University of Bergen |
uni | OsloMet - storbyuniversitetet | short=OsloMet | Pilestredet, Kjeller
uni | Stiftelsen Handelshøyskolen BI | acronym=BI; short=Handelshøyskolen BI | Nydalen, Bergen
uni | Norges miljø- og biovitenskapelige universitet | acronym=NMBU | Ås
innovasjon | Innovasjon Norge | english=Innovation Norway |
norgesbank | Norges Bank | english=Central Bank of Norway |
ssb | Statistisk sentralbyrå | acronym=SSB | Kongsvinger
opera | Den Norske Opera & Ballett AS | short=Operaen |
"""

def _words(text: str) -> list[str]:
    return text.split()


# Legal forms written at the end of a name.
LEGAL_FORMS = ("ASA", "AS", "SA", "BA", "DA", "ANS", "ENK", "NUF", "SF", "HF", "RHF", "BBL", "KF",
               "IKS")
LEGAL_CHANGE = {"AS": ("ASA",), "ASA": ("AS",), "SA": ("AS", "BA"), "BA": ("SA",),
                "DA": ("ANS", "AS"), "ANS": ("DA", "AS"), "ENK": ("AS",), "NUF": ("AS",),
                "SF": ("AS",)}

SURNAMES = _words("""Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen
Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen
Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide
Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Lunde
Solheim Berge Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen
Nielsen Knudsen Evensen Sæther Aas Myhre Hanssen Haugland Thomassen Sivertsen Simonsen Danielsen
Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland
Isaksen Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland Bøe Aune
Mikkelsen Tveit Brekke Abrahamsen Madsen Grønli Bråthen Kvalheim Løken Sunde Fjeld Engen
Ottesen Rød Hovland Stene Hole Søreide Østby Skjelbred Førland Vangen Hegge Tjønn Nordby""")

FIRST_NAMES = _words("""Ola Kari Per Anne Lars Ingrid Jan Marit Knut Silje Geir Hilde Morten Line
Espen Tone Thomas Camilla Stian Hanne Øyvind Siri Håkon Åse Bjørn Eirik Jørgen Sølvi""")

PLACES = _words("""Asker Bærum Sandvika Lillestrøm Drammen Moss Fredrikstad Sarpsborg Halden Tønsberg
Sandefjord Larvik Porsgrunn Skien Kristiansand Arendal Grimstad Stavanger Sandnes Haugesund
Bergen Førde Ålesund Molde Kristiansund Trondheim Steinkjer Bodø Tromsø Alta Hamar Lillehammer
Gjøvik Kongsberg Horten Ski Jessheim Nittedal Lørenskog Hønefoss Elverum Harstad Narvik Stord
Bryne Egersund Mandal Notodden Os Ås Kolbotn Vestby Drøbak Holmestrand Sola Klepp Voss Orkanger
Levanger Stjørdal Namsos Mosjøen Sortland Finnsnes Kongsvinger Raufoss Brumunddal""")

MUNICIPALITIES = _words("""Bærum Asker Lillestrøm Drammen Fredrikstad Sandnes Stavanger Bergen Trondheim
Tromsø Bodø Kristiansand Ålesund Ullensaker Lørenskog Nittedal Ringerike Hamar Gjøvik Lillehammer
Moss Sarpsborg Halden Tønsberg Sandefjord Larvik Skien Porsgrunn Arendal Haugesund Karmøy Sola
Molde Kristiansund Steinkjer Levanger Stjørdal Harstad Alta Narvik Rana Vestby Ås Frogn
Eidsvoll Nannestad Gran Lunner Kongsberg Horten Holmestrand Færder Elverum Kongsvinger""")
MUNICIPALITIES += ["Nordre Follo", "Øvre Eiker", "Nord-Aurdal", "Indre Østfold"]

# Municipal units written after the municipality's name.
UNITS = ["Eiendom", "Teknisk drift", "Helse og omsorg", "Oppvekst", "IKT-tjenesten",
         "Bygg og eiendom", "Vann og avløp", "Kultur", "Barnehager", "Sykehjemsetaten"]

# Neighbourhoods, for schools and borettslag.
AREAS = _words("""Lia Haukåsen Bekkestua Jar Hosle Rykkinn Tanum Eikeli Bryn Hauketo Ljan Nordstrand Bøler
Ulsrud Høybråten Kjelsås Grefsen Sinsen Tåsen Ris Vinderen Slemdal Smestad Ullern Persbråten
Stovner Vahl Uranienborg Marienlyst Fagerborg Hasle Lusetjern Nøklevann Manglerud Ryen Teisen
Tonsenhagen Veitvet Rødtvet Linderud Bjørnholt Haugerud Tveita Holmlia Romsås Furuset Bjerke
Ammerud Ekeberg Løren Sagene Kampen Skøyen Lysaker Fornebu Høvik Stabekk Kolsås Gjettum Vøyenenga
Skui Emma Hjorth Solvang Nyborg Lyngbø Fyllingsdalen Laksevåg Åsane Tiller Heimdal Byåsen
Lade Ranheim Moholt Kringsjå Solsletta Hammersborg Trosterud Lindeberg Sørumsand Fjellhamar
Strømmen Kjeller Skedsmokorset Bjørkelangen Rælingen Tangen Bekkelaget Sæter Prinsdal
Mortensrud""")
SCHOOL_KINDS = {"skole": 5, "barneskole": 3, "ungdomsskole": 3, "videregående skole": 2}
BRL_SUFFIXES = ["Terrasse", "Park", "Hage", "Øst", "Vest", "Nord", "Syd", "II", "Senter", "Tun"]
BRL_PLACES = ["Solsiden", "Solbakken", "Fjellsiden", "Skogly", "Granly", "Furulund", "Bjørkely",
              "Åsen", "Bakkehuset", "Elvebakken", "Kløverenga", "Rosenhoff", "Lindern",
              "Sjøsiden", "Torshov", "Lilleaker", "Nordre Åsen", "Tøyen Torg", "Vålerenga Park",
              "Grorud Park"]

def _streets() -> list[str]:
    text = """Storgata|Kirkegata|Parkveien|Thereses gate|Bogstadveien|Skovveien|Sandakerveien|
Trondheimsveien|Ullevålsveien|Kongens gate|Dronningens gate|Løkkeveien|Frognerveien|Holmboes gate|
Schweigaards gate|Markveien|Toftes gate|Sofies gate|Hegdehaugsveien|Niels Juels gate|Industrigata|
Sørkedalsveien|Bygdøy allé|Pilestredet|Jernbanegata|Havnegata|Skippergata|Fjordveien|Strandgata|
Nedre Slottsgate|Eidsvolls gate|Nygårdsgaten|Olav Kyrres gate|Kalfarveien|Elvegata|Tollbugata"""
    return [s.strip() for s in text.replace("\n", "").split("|") if s.strip()]


STREETS = _streets()

# Trades of an SMB; "|" marks where a compound splits ("Bygg|service": "Byggservice" /
# "Bygg Service").
TRADES = ["Elektro", "Elektro", "Elektro|service", "Elektro|installasjon", "Elektro|teknikk",
          "Elektriker", "Rør", "Rørlegger|service", "Bygg", "Bygg|service", "Bygg og Anlegg",
          "Tømrer", "Tømrer|service", "Maler|service", "Maskin|entreprenør", "Regnskap",
          "Regnskaps|service", "Eiendom", "Eiendoms|service", "Transport", "Data",
          "Data|systemer", "Data|sikkerhet", "IT", "IT-|Consulting", "IT-|Service", "Consulting",
          "Automasjon", "Ventilasjon", "Kulde|teknikk", "Lås|service", "Renholds|service",
          "Vaktmester|service", "Bil|service", "Revisjon", "Arkitekter", "Entreprenør", "Graving",
          "Sikkerhet", "Tak", "Glass", "Blikk", "Fysioterapi", "Frisør", "Bakeri",
          "Regnskap og Rådgivning", "Elektro og Automasjon", "Kjøkken og Bad"]
# English trades of made-up brand names ("Nordlys Consulting AS").
TRADES_EN = ["Consulting", "IT Management", "Technology", "Tech", "Data", "Systems",
             "Solutions", "Digital", "Elektro", "Energi", "Security", "Management",
             "Technologies", "Engineering", "Networks", "Cloud Services", "Property Management"]
FANCY = _words("""Nordlys Fjord Polar Kystlys Vestavind Nordkapp Bølge Midnattsol Fjellvind Aurora Saga
Viking Norrøn Brattli Solgløtt Lysglimt Kvasir Odin Frøya Mjølner Bifrost Fosse Tinde Skarven
Havblikk Nordvest Sørvest Lysning Glitne Juvet Rimfrost Varde Stjerne Tyri Hekla Alfa Norvik
Kompass Baugen Fyrlykt""")

# Words the generator abbreviates (word -> the short forms people type).
ABBREV = {
    "consulting": ["Cons.", "Consult"], "borettslag": ["BRL", "Brl", "brl."],
    "borettslaget": ["Brl.", "BRL"], "sameiet": ["Sa.", "Sameie"], "management": ["Mgmt", "Mgmt."],
    "technology": ["Tech"], "technologies": ["Tech"], "elektro": ["El.", "El"],
    "service": ["Serv."], "installasjon": ["Inst."], "entreprenør": ["Entr."],
    "eiendom": ["Eiend."], "regnskap": ["Regnsk."], "brødrene": ["Br.", "Brdr."],
    "transport": ["Transp."], "automasjon": ["Autom."], "ventilasjon": ["Vent."],
    "teknikk": ["Tekn."], "sikkerhet": ["Sikk."], "international": ["Int.", "Intl."],
    "systems": ["Syst."], "engineering": ["Eng."],
    "forsikring": ["Fors."], "avdeling": ["avd."], "universitetet": ["Univ."],
    "universitetssykehus": ["Univ.sykehus"], "sparebank": ["Sp.bank"],
    "eiendomsforvaltning": ["Eiendomsforv."], "videregående": ["vgs"], "ungdomsskole": ["u.skole"],
    "barneskole": ["b.skole"], "kommune": ["k."], "elektriker": ["Elektr."],
    "rådgivning": ["Rådg."], "arkitekter": ["Ark."], "revisjon": ["Rev."],
    "eierseksjonssameiet": ["Sameiet", "E-sameiet"], "hospital": ["Hosp."],
    "elektroinstallasjon": ["El.installasjon", "El-inst."], "elektroservice": ["El-service"],
    "byggservice": ["Byggserv."], "rørleggerservice": ["Rørl.service", "Rørl. Service"],
    "datasystemer": ["Datasyst."], "maskinentreprenør": ["Maskinentr."],
}
# Words a name can have or lack without being another company.
OPTIONAL_WORDS = ["Gruppen", "Group", "Service", "Teknikk", "Installasjon", "Consulting", "Drift",
                  "Entreprenør", "& Sønn", "og Sønner", "Norge", "Eiendom"]
ADDED_WORDS = ["Gruppen", "Service", "& Sønn", "Teknikk", "Drift", "Installasjon"]

# ---- projects -------------------------------------------------------------------------------
# "{Y}" a year, "{R}" a range of years, "[...]" a word that may be written or left out.
IT_JOBS = ["Migrering [til] Microsoft 365", "Nettverk og brannmur", "Support", "Lisenser",
           "Drift og overvåking", "Serviceavtale IT {Y}", "Ny server", "Backup og gjenoppretting",
           "Windows 11-oppgradering", "Microsoft 365-lisenser {Y}", "Wifi-oppgradering",
           "Sikkerhetsgjennomgang {Y}", "Telefoni og sentralbord", "Skymigrering [til] Azure",
           "Intune-utrulling", "Brukerstøtte {Y}", "Rammeavtale IT {R}", "Konsulentbistand {Y}",
           "Ny nettside", "Flytting [av] datarom", "Support {Y}", "Lisenser {Y}",
           "Utskifting [av] PC-er", "Innføring [av] Teams", "Penetrasjonstest {Y}",
           "Oppgradering [av] ERP-system", "Integrasjon Tripletex"]
EL_JOBS = ["Elektrisk anlegg [nybygg]", "Service {Y}", "Rammeavtale {R}", "Ladeanlegg [borettslag]",
           "Oppgradering [av] sikringsskap", "[Periodisk] el-kontroll {Y}", "Nødlys og ledesystem",
           "Brannalarmanlegg", "LED-belysning", "Utebelysning", "Solcelleanlegg",
           "Varmekabler [bad]", "Tavleskifte", "Termografering {Y}", "Kursutvidelse [kjøkken]",
           "Jordfeilsøking", "Internkontroll el {Y}", "Ladeanlegg garasje", "Nytt inntak",
           "Serviceavtale {Y}", "Porttelefon", "Fiber og nettverk", "Elektrisk anlegg rehabilitering",
           "Kameraovervåking", "Adgangskontroll", "Utskifting [av] stikkontakter",
           "Elbillading [i] fellesgarasje"]
HOUSING_JOBS = ["Ladeanlegg [borettslag]", "Oppgradering [av] sikringsskap", "Utebelysning",
                "Porttelefon", "Fiber og nettverk", "Elbillading [i] fellesgarasje",
                "Service {Y}", "Internkontroll el {Y}", "Nødlys og ledesystem"]
YEARS = ["2024", "2025", "2026"]
RANGES = [("2024", "2026"), ("2025", "2027"), ("2023", "2025")]

PROJECT_ABBREV = {
    "Microsoft 365": ["M365", "MS365", "O365"], "Oppgradering": ["Oppgr."], "oppgradering": ["oppgr."],
    "Elektrisk": ["El."], "Periodisk": ["Per."], "Serviceavtale": ["Serv.avtale"],
    "Rammeavtale": ["Ramme"], "Internkontroll el": ["IK-el", "IK el"],
    "Brannalarmanlegg": ["Brannalarm"], "borettslag": ["brl", "BRL"],
    "sikringsskap": ["sikr.skap"], "Konsulentbistand": ["Kons.bistand"],
    "Sikkerhetsgjennomgang": ["Sikk.gjennomgang"], "Windows 11": ["Win11", "W11"],
    "Brukerstøtte": ["Brukerst."], "Termografering": ["Termo"], "Jordfeilsøking": ["Jordfeil"],
    "Penetrasjonstest": ["Pentest"], "Utskifting": ["Utskift."], "Nødlys og ledesystem": ["Nødlys"],
    "Telefoni og sentralbord": ["Telefoni/sentralbord"], "Backup og gjenoppretting": ["Backup"],
}
PROJECT_COMPOUND = [("Ladeanlegg", "Lade anlegg"), ("el-kontroll", "elkontroll"),
                    ("Wifi-oppgradering", "Wifi oppgradering"), ("LED-belysning", "LED belysning"),
                    ("sikringsskap", "sikrings skap"), ("Brannalarmanlegg", "Brannalarm anlegg"),
                    ("Utebelysning", "Ute-belysning"), ("Solcelleanlegg", "Solcelle anlegg"),
                    ("Tavleskifte", "Tavle skifte"), ("11-oppgradering", "11 oppgradering"),
                    ("Intune-utrulling", "Intune utrulling"), ("Kursutvidelse", "Kurs utvidelse"),
                    ("Serviceavtale", "Service avtale"), ("Rammeavtale", "Ramme avtale"),
                    ("Skymigrering", "Sky migrering"), ("Porttelefon", "Port telefon"),
                    ("365-lisenser", "365 lisenser"), ("Kameraovervåking", "Kamera overvåking"),
                    ("Varmekabler", "Varme kabler"), ("Elbillading", "El-billading"),
                    ("fellesgarasje", "felles garasje"), ("PC-er", "PCer"),
                    ("ERP-system", "ERP system"), ("Penetrasjonstest", "Penetrasjons test")]
SUBS = ["Kartlegging", "Prosjektledelse", "Kabling", "Materiell", "Montasje", "Dokumentasjon",
        "Opplæring", "Testing", "Tavlearbeid", "Graving", "Idriftsettelse", "Timer",
        "Reise og diett", "Innkjøp", "Etterarbeid", "Befaring"]
PHASES = ["Fase 1", "Fase 2", "Fase 3"]
