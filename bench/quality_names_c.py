"""Name material of `bench/quality_data_c.py` (the third, independent generator): Norwegian
surnames, first names, trades with the other words people use for them, places, Oslo districts,
streets, fanciful names, foreign companies with Norwegian branches, real companies with the
short names people type, clubs and associations, Oslo's agencies, and project names as an
accountant or a consultant types them. Written without reading the matcher or the other
generators' lists."""

from __future__ import annotations

SURNAMES = [
    "Haugland", "Solberg", "Bakkevik", "Strand", "Myhre", "Kvalheim", "Tveit", "Rønning",
    "Engebretsen", "Sæther", "Fossum", "Brekke", "Aasen", "Nygård", "Eide", "Hovland", "Aune",
    "Kristoffersen", "Grønli", "Sletten", "Skaar", "Fjeld", "Torgersen", "Løken", "Ødegård",
    "Vatne", "Helle", "Rasmussen", "Sandvik", "Lien", "Hagen", "Jacobsen", "Pettersen",
    "Amundsen", "Halvorsen", "Mathisen", "Knutsen", "Gundersen", "Ellingsen", "Sørensen",
    "Fredriksen", "Birkeland", "Tangen", "Bjørnstad", "Opsahl", "Kleppe", "Vestby",
    "Mikkelsen", "Hammer", "Stene", "Thorsen", "Aasland", "Kolstad", "Nesheim", "Gjerde",
    "Tjelta", "Raknes", "Bårdsen", "Ulvestad", "Skjelbred", "Lyngstad", "Wold", "Sunde",
    "Hetland", "Årdal", "Østby", "Kaldheim", "Stokke", "Rustad", "Grimstad", "Vangen",
    "Holte", "Berntsen", "Dybvik", "Kvamme", "Lothe", "Midtbø", "Rekdal", "Sivertsen",
]
# near surnames: another family, not a typo (traps)
NEAR_SURNAMES = [
    ("Solberg", "Solbakken"), ("Hansen", "Hanssen"), ("Nilsen", "Nielsen"),
    ("Johansen", "Johannessen"), ("Eriksen", "Eriksson"), ("Berg", "Berge"), ("Haug", "Hauge"),
    ("Dahl", "Dahle"), ("Moe", "Moen"), ("Lund", "Lunde"), ("Holm", "Holmen"),
    ("Bakke", "Bakken"), ("Vik", "Viken"), ("Aas", "Aasen"), ("Olsen", "Olesen"),
    ("Larsen", "Lassen"), ("Karlsen", "Carlsen"), ("Iversen", "Ivarsen"), ("Haugen", "Haugan"),
    ("Hovde", "Hovden"),
]
FIRST_F = ["Kari", "Anne", "Ingrid", "Hilde", "Marit", "Silje", "Ida", "Nora", "Kristin", "Liv",
           "Randi", "Siri", "Tone", "Aud", "Sigrid", "Ragnhild", "Camilla", "Torill", "Mona"]
FIRST_M = ["Ola", "Per", "Lars", "Knut", "Tor", "Bjørn", "Jonas", "Magnus", "Erik", "Hans",
           "Trond", "Geir", "Eirik", "Øystein", "Håkon", "Stian", "Vegard", "Jørgen", "Espen"]
FIRST = FIRST_F + FIRST_M
MIDDLE_F = ["Anne", "Marie", "Helene", "Elisabeth", "Margrethe", "Inger", "Sofie"]
MIDDLE_M = ["Olav", "Johan", "Kristian", "Andreas", "Petter", "Arne", "Emil"]
MIDDLE = MIDDLE_F + MIDDLE_M


def middles(first: str) -> list[str]:
    return MIDDLE_F if first in FIRST_F else MIDDLE_M


# first names people confuse with another one (traps among persons)
NEAR_FIRST = {"Kari": "Karin", "Per": "Pål", "Anne": "Anna", "Tor": "Tore", "Liv": "Lise",
              "Hans": "Hanns", "Erik": "Eirik", "Silje": "Siri", "Ida": "Ina", "Mona": "Monica"}

# trade as Brønnøysund has it -> what a consultant may type instead (the same business)
TRADES: dict[str, list[str]] = {
    "Bygg": ["Byggmester", "Byggservice"], "Rør": ["Rørlegger", "Rørleggerservice"],
    "Elektro": ["Elektriker", "Elektroservice"], "Maler": ["Malerfirma", "Malermester"],
    "Transport": ["Transportservice", "Trans"], "Eiendom": ["Eiendommer"],
    "Regnskap": ["Regnskapskontor", "Regnskapsbyrå"], "Taktekking": ["Tak"],
    "Anlegg": ["Anleggsservice"], "Snekkerverksted": ["Snekkeri", "Snekker"],
    "Bilverksted": ["Bilservice", "Bil"], "Frisør": ["Frisørsalong"],
    "Ventilasjon": ["Ventilasjonsservice", "Vent"], "Blikkenslager": ["Blikk"],
    "Gartneri": ["Gartner"], "Graving": ["Graveservice"], "Consulting": ["Konsulent"],
    "Arkitekter": ["Arkitektkontor", "Arkitekt"], "Renhold": ["Rengjøring"],
    "Murer": ["Murmester", "Mur og Flis"], "Flis": ["Flislegging", "Flisleggeren"],
    "Glass": ["Glassmester"], "Kran": ["Kranservice"], "Sveis": ["Sveiseservice"],
}
# trade in English on one side, Norwegian on the other (the same company)
EN_NO = [("Gruppen", "Group"), ("Teknologi", "Technology"), ("Eiendom", "Properties"),
         ("Løsninger", "Solutions"), ("Rådgivning", "Consulting"), ("Systemer", "Systems"),
         ("Norge", "Norway"), ("Marine", "Marin"), ("Logistikk", "Logistics")]

PLACES = [
    "Bergen", "Stavanger", "Trondheim", "Tromsø", "Bodø", "Molde", "Ålesund", "Kristiansand",
    "Drammen", "Fredrikstad", "Hamar", "Lillehammer", "Gjøvik", "Sandnes", "Haugesund", "Skien",
    "Arendal", "Harstad", "Narvik", "Førde", "Voss", "Stord", "Askøy", "Sotra", "Jæren",
    "Karmøy", "Lyngdal", "Mandal", "Flekkefjord", "Egersund", "Kongsberg", "Larvik",
    "Sandefjord", "Tønsberg", "Horten", "Moss", "Halden", "Sarpsborg", "Lillestrøm", "Jessheim",
    "Elverum", "Kongsvinger", "Røros", "Oppdal", "Steinkjer", "Namsos", "Levanger", "Stjørdal",
    "Orkanger", "Kristiansund", "Sunndal", "Ørsta", "Volda", "Florø", "Sogndal", "Odda",
    "Sortland", "Svolvær", "Finnsnes", "Alta", "Hammerfest", "Kirkenes", "Vadsø", "Mosjøen",
    "Brønnøysund", "Notodden", "Nesbyen", "Geilo", "Fagernes", "Tynset",
]
OSLO_DISTRICTS = ["Storo", "Stovner", "Majorstuen", "Grünerløkka", "Torshov", "Sagene", "Bryn",
                  "Helsfyr", "Skøyen", "Lambertseter", "Holmlia", "Furuset", "Røa", "Bislett",
                  "Tøyen", "Ullevål", "Bekkestua", "Kolsås", "Nydalen", "Ryen"]
NEAR_PLACES = [("Storo", "Stovner"), ("Bryn", "Bryne"), ("Sandnes", "Sandvika"),
               ("Røa", "Røyken"), ("Moss", "Mosjøen"), ("Os", "Oslo"), ("Ski", "Skien"),
               ("Lier", "Lierskogen"), ("Voss", "Vossevangen"), ("Ryen", "Rygge")]
STREETS = ["Storgata", "Kirkegata", "Kongens gate", "Dronningens gate", "Strandgata",
           "Torggata", "Parkveien", "Skolegata", "Jernbanegata", "Elvegata", "Sjøgata",
           "Fjellveien", "Bakkegata", "Kirkeveien", "Markveien", "Thorvald Meyers gate",
           "Bogstadveien", "Hegdehaugsveien", "Nordre gate", "Søndre gate", "Havnegata",
           "Solveien", "Granveien", "Bjørkeveien", "Lønneveien", "Rosenborggata",
           "Olav Kyrres gate", "Kong Oscars gate", "Løkkeveien", "Prinsens gate"]
FANCY = ["Nordlys", "Fjordlys", "Havbris", "Polarstjerne", "Solgløtt", "Fjellro", "Tindeglimt",
         "Blåklokke", "Lyngheia", "Bølgen", "Fyrlykta", "Kystlys", "Nordavind", "Sønnavind",
         "Midnattsol", "Fjordgløtt", "Furulund", "Granly", "Bjørkely", "Eikeli", "Lindeberg",
         "Solhaug", "Fagerlia", "Haugtun", "Vestlys", "Fossekall", "Trollheim", "Snøhvit",
         "Kodeverket", "Skyport", "Datalaget", "Northbound", "Bluewater", "Arctic Byte",
         "Fjellsiden", "Havørn", "Ravneberg", "Lysthuset", "Mjøsglimt", "Sjøbris", "Tunet",
         "Kvernhuset", "Bryggeloftet", "Nøstet", "Stabburet", "Vardetoppen", "Elveli"]
# two-part names of the kind companies and housing cooperatives take ("Fjordgløtt", "Nordvik")
FANCY_HEADS = ["Fjord", "Nord", "Vest", "Sør", "Øst", "Hav", "Fjell", "Sol", "Tind", "Elve",
               "Skog", "Kyst", "Furu", "Bjørke", "Lyng", "Måne", "Stjerne", "Bre", "Myr", "Ås"]
FANCY_TAILS = ["lys", "glimt", "bris", "vind", "heim", "tun", "lia", "vik", "nes", "dal",
               "bakken", "gløtt", "sol", "kam", "topp", "hagen", "rud", "voll"]
BRL_SUFFIX = ["", " Park", " Terrasse", " Hageby", " Vest", " II"]

# foreign companies working in Norway through a branch (NUF): (name, legal form, country)
FOREIGN = [("Lindqvist Bygg", "AB", "svensk"), ("Bergström Konsult", "AB", "svensk"),
           ("Andersson Måleri", "AB", "svensk"), ("Holmström Transport", "AB", "svensk"),
           ("Nordic Timber", "Oy", "finsk"), ("Virtanen Rakennus", "Oy", "finsk"),
           ("Jensen Tømrer", "ApS", "dansk"), ("Kjærgaard Rådgivning", "ApS", "dansk"),
           ("Kowalski Budownictwo", "Sp. z o.o.", "polsk"), ("Nowak Bud", "Sp. z o.o.", "polsk"),
           ("Wiśniewski Instal", "Sp. z o.o.", "polsk"), ("Tallinna Ehitus", "OÜ", "estisk"),
           ("Baltic Steel Montage", "UAB", "litauisk"), ("Müller Haustechnik", "GmbH", "tysk"),
           ("Schmidt Engineering", "GmbH", "tysk"), ("Harbour Subsea", "Ltd", "britisk")]

# real companies: Brønnøysund's name -> names people type; siblings in the group (other
# companies with a like name, traps); "acronym" when the typed name shares no word
REAL = [
    ("TELENOR NORGE AS", ["Telenor"], ["TELENOR ASA"]),
    ("POSTEN NORGE AS", ["Posten", "Posten Norge"], []),
    ("EQUINOR ASA", ["Equinor"], ["EQUINOR ENERGY AS"]),
    ("DNB BANK ASA", ["DNB", "DnB"], ["DNB EIENDOM AS"]),
    ("SPAREBANK 1 SR-BANK ASA", ["SR-Bank", "Sparebank 1 SR-Bank"], []),
    ("STATKRAFT AS", ["Statkraft"], ["STATKRAFT ENERGI AS"]),
    ("NORSK HYDRO ASA", ["Hydro", "Norsk Hydro"], ["HYDRO ALUMINIUM AS"]),
    ("TINE SA", ["Tine"], []), ("NORTURA SA", ["Nortura"], []),
    ("FELLESKJØPET AGRI SA", ["Felleskjøpet"], ["FELLESKJØPET ROGALAND AGDER SA"]),
    ("OBOS BBL", ["OBOS", "Obos"], ["OBOS EIENDOM AS"]),
    ("VEIDEKKE ENTREPRENØR AS", ["Veidekke"], ["VEIDEKKE ASA"]),
    ("AF GRUPPEN NORGE AS", ["AF Gruppen"], ["AF GRUPPEN ASA"]),
    ("SKANSKA NORGE AS", ["Skanska"], []),
    ("BANE NOR SF", ["Bane NOR", "Banenor"], ["BANE NOR EIENDOM AS"]),
    ("MULTICONSULT NORGE AS", ["Multiconsult"], ["MULTICONSULT ASA"]),
    ("NORCONSULT NORGE AS", ["Norconsult"], []),
    ("RAMBØLL NORGE AS", ["Rambøll", "Ramboll"], []),
    ("ASPLAN VIAK AS", ["Asplan Viak", "Asplan"], []),
    ("VISMA SOFTWARE AS", ["Visma"], ["VISMA ENTERPRISE AS"]),
    ("AS VINMONOPOLET", ["Vinmonopolet", "Polet"], []),
    ("A/S NORSKE SHELL", ["Shell", "Norske Shell"], []),
    ("CLAS OHLSON AS", ["Clas Ohlson"], []), ("BILTEMA NORGE AS", ["Biltema"], []),
    ("XXL SPORT OG VILLMARK AS", ["XXL"], []), ("IKEA AS", ["IKEA", "Ikea Furuset"], []),
    ("LYSE ENERGI AS", ["Lyse"], ["LYSE AS"]),
    ("STATENS VEGVESEN", ["Statens vegvesen", "Vegvesenet"], []),
    ("RUTER AS", ["Ruter"], []), ("SCHIBSTED ASA", ["Schibsted"], ["SCHIBSTED MEDIA AS"]),
    ("COWI AS", ["COWI", "Cowi"], []), ("MESTA AS", ["Mesta"], []),
    ("NORGESGRUPPEN ASA", ["NorgesGruppen", "Norgesgruppen"], []),
    ("COOP NORGE SA", ["Coop", "Coop Norge"], ["COOP ØST SA"]),
    ("HURTIGRUTEN NORGE AS", ["Hurtigruten"], []),
    ("SPAREBANKEN VEST", ["Sparebanken Vest"], []),
    ("UNIVERSITETET I BERGEN", ["Universitetet i Bergen", "Univ. i Bergen"], []),
    ("HELSE BERGEN HF", ["Helse Bergen", "Helse Bergen (Haukeland)"], []),
]
# real names known locally by an acronym only: the consultant typed the org number too
ACRONYMS = [("NORSK RIKSKRINGKASTING AS", "NRK"),
            ("NORGES TEKNISK-NATURVITENSKAPELIGE UNIVERSITET NTNU", "NTNU"),
            ("UNIVERSITETET I OSLO", "UiO"), ("STATENS VEGVESEN REGION VEST", "SVV Vest"),
            ("NORGES VASSDRAGS- OG ENERGIDIREKTORAT", "NVE")]

# Oslo's agencies: Brønnøysund "OSLO KOMMUNE <ETAT>"; (full name, what people call it)
OSLO_ETATER = [("Bymiljøetaten", "BYM"), ("Utdanningsetaten", "UDE"),
               ("Kulturetaten", "KUL"), ("Plan- og bygningsetaten", "PBE"),
               ("Eiendoms- og byfornyelsesetaten", "EBY"), ("Helseetaten", "HEL"),
               ("Sykehjemsetaten", "SYE"), ("Vann- og avløpsetaten", "VAV"),
               ("Renovasjons- og gjenvinningsetaten", "REG"),
               ("Brann- og redningsetaten", "BRE")]
KOMMUNE_DEPTS = ["teknisk etat", "eiendom", "oppvekst", "helse og omsorg", "plan og bygg",
                 "kultur"]

# clubs: Brønnøysund's word -> the short form everybody uses
CLUBS = [("IDRETTSLAG", "IL"), ("IDRETTSFORENING", "IF"), ("FOTBALLKLUBB", "FK"),
         ("SKIKLUBB", "SK"), ("TURNFORENING", "TF"), ("HÅNDBALLKLUBB", "HK"),
         ("SVØMMEKLUBB", "SVK")]
ASSOCS = [("VELFORENING", "Vel"), ("SKOLEKORPS", "skolekorps"), ("HISTORIELAG", "historielag"),
          ("SANITETSFORENING", "Sanitetsforening"), ("BONDELAG", "Bondelag"),
          ("SAMVIRKELAG SA", "Samvirkelag")]
# foundations: the name people use; Brønnøysund: "STIFTELSEN <name>"
FOUNDATION_WORDS = ["Sjøfartsmuseum", "Kunstforening", "Musikkfest", "Kystkultursenter",
                    "Bygdetun", "Fritidsgård", "Seniorsenter", "Kulturhus"]

# internal records in a time tracker that are no customer of anybody
INTERNAL = ["Intern tid", "Intern - administrasjon", "Fravær / ferie", "Salg og tilbud",
            "Kurs og kompetanse", "Egne systemer", "Ikke fakturerbart", "Diverse småkunder",
            "Privat (ikke fakturer)", "Test kunde", "Tilbudsarbeid"]
INTERNAL_PROJECTS = ["Intern", "Tilbud", "Befaring", "Reisetid", "Ikke fakturerbart",
                     "Reklamasjon", "Div. småtimer", "Kjøring"]
