"""Names for `bench/quality_data_l.py` (data set l): a consulting engineering and architecture
firm's clients. Real Norwegian developers, builders, owners, public builders and consultancies
with their short names, acronyms, former names, English names, groups and sister companies;
word tables for the generated clients (surnames, trades, places and their neighbours, areas,
streets) and the spelling tables (abbreviations, compounds) of customers and projects.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Real:
    """A real company or body: its registered name and what people type instead."""

    name: str
    prof: str  # the project profile: dev, owner, contractor, public, consult, bbl, club, health
    brand: list[str] = field(default_factory=list)  # the short name people type
    acronym: list[str] = field(default_factory=list)
    former: list[str] = field(default_factory=list)
    english: list[str] = field(default_factory=list)
    group: list[str] = field(default_factory=list)  # the group's name typed for this company
    less: list[str] = field(default_factory=list)  # the name with a word less
    dept: list[str] = field(default_factory=list)  # a region or department written after it
    traps: list[str] = field(default_factory=list)  # other companies named alike (sisters)


R = Real
REAL: list[Real] = [
    # developers, housing co-operatives and their subsidiaries
    R("OBOS BBL", "bbl", former=["Oslo og Omegn Bolig- og Sparelag"],
      traps=["OBOS Eiendom AS", "OBOS Nye Hjem AS"], dept=["avd. Prosjektutvikling"]),
    R("OBOS Eiendom AS", "owner", group=["OBOS"], traps=["OBOS Forretningsbygg AS"]),
    R("OBOS Block Watne AS", "dev", former=["Block Watne AS"], brand=["Block Watne"],
      traps=["OBOS Fornebulandet AS", "OBOS Nye Hjem AS"], dept=["avd. Drammen", "avd. Hamar"]),
    R("Selvaag Bolig ASA", "dev", brand=["Selvaag"], group=["Selvaag Gruppen"],
      traps=["Selvaag Gruppen AS", "Selvaag Eiendom AS"]),
    R("Veidekke Entreprenør AS", "contractor", brand=["Veidekke"], group=["Veidekke ASA"],
      dept=["avd. Bygg Oslo", "region Vest", "distrikt Hedmark"],
      traps=["Veidekke Industri AS", "Veidekke Logistikkbygg AS"]),
    R("Nordr Norge AS", "dev", former=["Veidekke Eiendom AS"], brand=["Nordr"],
      traps=["Nordr Eiendom AS"]),
    R("AF Gruppen Norge AS", "contractor", brand=["AF Gruppen"], group=["AF Gruppen ASA"],
      dept=["avd. AF Bygg Oslo", "region Midt"], traps=["AF Decom AS", "AF Gruppen ASA"]),
    R("Skanska Norge AS", "contractor", brand=["Skanska"], english=["Skanska Norway AS"],
      dept=["region Bergen", "avd. Trondheim"], traps=["Skanska Eiendomsutvikling Norge AS"]),
    R("Backe Romerike AS", "contractor", brand=["Backe"], group=["Backegruppen"],
      traps=["Backe Oslo AS", "Backe Prosjekt AS"]),
    R("Backe Trøndelag AS", "contractor", group=["Backegruppen"],
      traps=["Backe Romerike AS", "Backe Oslo AS"]),
    R("Betonmast Oslo AS", "contractor", brand=["Betonmast"], group=["Betonmast AS"],
      traps=["Betonmast Østfold AS", "Betonmast Boligbygg AS"]),
    R("Betonmast Trøndelag AS", "contractor", group=["Betonmast AS"],
      traps=["Betonmast Oslo AS", "Betonmast Innlandet AS"]),
    R("Entra ASA", "owner", former=["Entra Eiendom AS"], brand=["Entra"],
      traps=["Entra Utvikling AS"]),
    R("Storebrand Eiendom AS", "owner", group=["Storebrand ASA"], brand=["Storebrand"],
      traps=["Storebrand Livsforsikring AS"]),
    R("Statsbygg", "public", english=["Norwegian Directorate of Public Construction and Property"],
      dept=["region Midt", "region Nord", "prosjektavdelingen"]),
    R("Oslobygg KF", "public",
      former=["Undervisningsbygg Oslo KF", "Omsorgsbygg Oslo KF", "Kultur- og idrettsbygg Oslo KF"],
      traps=["Boligbygg Oslo KF"]),
    R("Boligbygg Oslo KF", "owner", brand=["Boligbygg"], traps=["Oslobygg KF"]),
    R("Olav Thon Eiendomsselskap ASA", "owner", group=["Olav Thon Gruppen"],
      brand=["Thon Eiendom"], traps=["Olav Thon Gruppen AS", "Thon Hotels AS"]),
    R("Aspelin Ramm Eiendom AS", "dev", less=["Aspelin Ramm AS"], brand=["Aspelin Ramm"],
      traps=["Aspelin Ramm Gruppen AS"]),
    R("Fabritius Gruppen AS", "dev", brand=["Fabritius"], traps=["Fabritius Eiendom AS"]),
    R("JM Norge AS", "dev", brand=["JM"], english=["JM Norway AS"]),
    R("Bonava Norge AS", "dev", former=["NCC Bolig AS"], brand=["Bonava"],
      english=["Bonava Norway AS"]),
    R("Mestergruppen AS", "contractor", traps=["Mesterhus Norge AS"]),
    R("Norgeshus AS", "contractor", traps=["Norgeshus Eiendom AS"]),
    R("SpareBank 1 Østlandet", "owner", former=["Sparebanken Hedmark"],
      brand=["SB1 Østlandet"], traps=["SpareBank 1 Ringerike Hadeland"]),
    R("SpareBank 1 Sør-Norge ASA", "owner", former=["SpareBank 1 SR-Bank ASA"],
      brand=["SB1 Sør-Norge"], traps=["SpareBank 1 Sørøst-Norge"]),
    R("SpareBank 1 SMN", "owner", former=["Sparebanken Midt-Norge"], brand=["SB1 SMN"],
      traps=["SpareBank 1 Nord-Norge"]),
    R("NCC Norge AS", "contractor", brand=["NCC"], english=["NCC Norway AS"],
      traps=["NCC Industry AS"]),
    R("Peab AS", "contractor", traps=["Peab Anlegg AS", "Peab Eiendomsutvikling AS"]),
    R("Kruse Smith Entreprenør AS", "contractor", less=["Kruse Smith AS"], brand=["Kruse Smith"],
      traps=["Kruse Smith Eiendom AS"]),
    R("HENT AS", "contractor", traps=["HENT Eiendom AS"]),
    R("Consto AS", "contractor", traps=["Consto Øst AS"]),
    R("Implenia Norge AS", "contractor", brand=["Implenia"], english=["Implenia Norway AS"]),
    R("Hæhre Entreprenør AS", "contractor", less=["Hæhre AS"], brand=["Hæhre"]),
    R("Strøm Gundersen AS", "contractor", traps=["Strøm Gundersen Vestfold AS"]),
    R("Tindlund AS", "contractor"),
    R("Jadarhus AS", "contractor", traps=["Jadarhus Eiendom AS"]),
    R("Boligpartner AS", "contractor"),
    R("Blink Hus AS", "contractor"),
    R("Nordbohus AS", "contractor"),
    R("Fjogstad-Hus AS", "contractor"),
    R("Hersleth Entreprenør AS", "contractor", less=["Hersleth AS"]),
    R("Bundebygg AS", "contractor"),
    R("Ø.M. Fjeld AS", "contractor", brand=["ØM Fjeld"]),
    R("Tronrud Bygg AS", "contractor", traps=["Tronrud Eiendom AS"]),
    R("Avantor AS", "dev"),
    R("Höegh Eiendom AS", "dev"),
    R("Stor-Oslo Eiendom AS", "owner"),
    R("Linstow AS", "owner"),
    R("Eiendomsspar AS", "owner", traps=["Victoria Eiendom AS"]),
    R("Søylen Eiendom AS", "owner"),
    R("Oslo S Utvikling AS", "dev", acronym=["OSU"]),
    R("Bjørvika Utvikling AS", "dev", traps=["Bjørvika Infrastruktur AS"]),
    R("HAV Eiendom AS", "dev", traps=["HAV Utvikling AS"]),
    R("Norwegian Property ASA", "owner", acronym=["NPRO"]),
    R("KLP Eiendom AS", "owner", group=["KLP"], traps=["KLP Banken AS"]),
    R("Mustad Eiendom AS", "owner"),
    R("Anthon B Nilsen Eiendom AS", "owner"),
    R("Ferd Eiendom AS", "owner", group=["Ferd AS"], traps=["Ferd AS"]),
    R("Solon Eiendom ASA", "dev", brand=["Solon"]),
    R("Bane NOR Eiendom AS", "owner", former=["ROM Eiendom AS"], group=["Bane NOR"],
      traps=["Bane NOR SF"]),
    R("Avinor AS", "public", dept=["Oslo lufthavn"], traps=["Avinor Flysikring AS"]),
    R("Nye Veier AS", "public"),
    R("Statens vegvesen", "public", acronym=["SVV"], english=["Norwegian Public Roads Administration"],
      dept=["region øst", "divisjon Utbygging"]),
    R("Sykehusbygg HF", "health", traps=["Sykehuspartner HF"]),
    R("Forsvarsbygg", "public", english=["Norwegian Defence Estates Agency"],
      traps=["Forsvarsmateriell"]),
    R("Universitetet i Oslo", "public", acronym=["UiO"], english=["University of Oslo"],
      dept=["Eiendomsavdelingen"]),
    R("Norges teknisk-naturvitenskapelige universitet", "public", acronym=["NTNU"],
      english=["Norwegian University of Science and Technology"], dept=["Campusservice"]),
    R("Universitetet i Bergen", "public", acronym=["UiB"], english=["University of Bergen"]),
    R("Trondheim og Omegn Boligbyggelag", "bbl", acronym=["TOBB"]),
    R("Bergen og Omegn Boligbyggelag", "bbl", acronym=["BOB"]),
    R("USBL BBL", "bbl", former=["Ungdommens Selveiende Boligbyggelag"]),
    R("Bate Boligbyggelag", "bbl"),
    R("Vestbo BBL", "bbl"),
    R("Steen & Strøm AS", "owner"),
    R("Sektor Gruppen AS", "owner"),
    R("Coop Norge Eiendom AS", "owner", group=["Coop Norge"], traps=["Coop Norge SA", "Coop Øst SA"]),
    R("Reitan Eiendom AS", "owner", group=["Reitangruppen"], traps=["Reitangruppen AS"]),
    R("Ragde Eiendom AS", "owner"),
    R("Spabo Eiendom AS", "owner"),
    R("Bertel O. Steen Eiendom AS", "owner", traps=["Bertel O. Steen AS"]),
    R("Oslo Areal AS", "owner"),
    R("Heimstaden AS", "owner"),
    R("Profier AS", "consult"),
    # consultancies and architects the firm works with or for
    R("Asplan Viak AS", "consult"),
    R("Multiconsult Norge AS", "consult", group=["Multiconsult ASA"],
      english=["Multiconsult Norway AS"], traps=["Multiconsult ASA"]),
    R("Norconsult Norge AS", "consult", former=["Norconsult AS"], traps=["Norconsult Digital AS"]),
    R("COWI AS", "consult"),
    R("Rambøll Norge AS", "consult", english=["Ramboll Norway AS"]),
    R("Sweco Norge AS", "consult", english=["Sweco Norway AS"]),
    R("WSP Norge AS", "consult", english=["WSP Norway AS"]),
    R("Dr. techn. Olav Olsen AS", "consult", brand=["Olav Olsen"]),
    R("Snøhetta Oslo AS", "consult", brand=["Snøhetta"]),
    R("Nordic - Office of Architecture AS", "consult", brand=["Nordic Arkitekter"]),
    R("LPO arkitekter AS", "consult"),
    R("Lund+Slaatto Arkitekter AS", "consult"),
    R("Link Arkitektur AS", "consult", traps=["Link Landskap AS"]),
    R("Arkitektgruppen Cubus AS", "consult", brand=["Cubus Arkitekter"]),
    R("Hille Melbye Arkitekter AS", "consult"),
    R("Kristin Jarmund Arkitekter AS", "consult"),
    R("MAD arkitekter AS", "consult"),
    R("Reiulf Ramstad Arkitekter AS", "consult"),
    R("Dark Arkitekter AS", "consult"),
    R("A-lab AS", "consult"),
    # public builders, county municipalities, inter-municipal companies, health
    R("Oslo kommune", "public", english=["City of Oslo"],
      dept=["Plan- og bygningsetaten", "Bymiljøetaten"], traps=["Oslo kommune Utdanningsetaten"]),
    R("Drammen Eiendom KF", "public", traps=["Drammen Parkering KF"]),
    R("Kongsberg kommunale eiendom KF", "public", acronym=["KKE"]),
    R("Sandnes Eiendomsselskap KF", "public", traps=["Sandnes Tomteselskap KF"]),
    R("Stavanger Utvikling KF", "public", traps=["Stavanger Parkering KF"]),
    R("Akershus fylkeskommune", "public", former=["Viken fylkeskommune"]),
    R("Vestfold fylkeskommune", "public", former=["Vestfold og Telemark fylkeskommune"],
      traps=["Vestland fylkeskommune"]),
    R("Troms fylkeskommune", "public", former=["Troms og Finnmark fylkeskommune"],
      traps=["Finnmark fylkeskommune"]),
    R("Vestland fylkeskommune", "public", former=["Hordaland fylkeskommune"],
      traps=["Vestfold fylkeskommune"]),
    R("Trøndelag fylkeskommune", "public", former=["Sør-Trøndelag fylkeskommune"]),
    R("Agder fylkeskommune", "public", former=["Vest-Agder fylkeskommune"]),
    R("Innlandet fylkeskommune", "public", former=["Hedmark fylkeskommune"]),
    R("Rogaland fylkeskommune", "public"),
    R("Nordland fylkeskommune", "public"),
    R("Møre og Romsdal fylkeskommune", "public"),
    R("Romerike Avfallsforedling IKS", "public", acronym=["RoAF"]),
    R("IVAR IKS", "public", former=["Interkommunalt Vann Avløp og Renovasjon IKS"]),
    R("Nedre Romerike Vannverk IKS", "public", acronym=["NRV"]),
    R("Vestfold Vann IKS", "public"),
    R("Innherred Renovasjon IKS", "public"),
    R("Helse Sør-Øst RHF", "health", traps=["Helse Midt-Norge RHF"]),
    R("Helse Bergen HF", "health", dept=["Haukeland universitetssjukehus"],
      traps=["Helse Fonna HF"]),
    R("Sykehuset Innlandet HF", "health", traps=["Sykehuset Østfold HF"]),
    R("Kirkelig fellesråd i Oslo", "church"),
    R("Rosenborg Ballklubb", "club", acronym=["RBK"]),
    R("Stabæk Fotball", "club"),
    R("Ullensaker/Kisa IL", "club", brand=["Ull/Kisa"]),
]

FORMS = ("AS", "ASA", "SA", "BA", "KF", "IKS", "ENK", "DA", "ANS", "BBL", "BRL", "HF", "RHF",
         "SF", "A/S")

SURNAMES = [
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Henriksen", "Lund",
    "Halvorsen", "Sørensen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen",
    "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie",
    "Amundsen", "Rasmussen", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen",
    "Fredriksen", "Holm", "Lien", "Hauge", "Christensen", "Andresen", "Nielsen", "Knudsen",
    "Evensen", "Sæther", "Aas", "Myhre", "Hanssen", "Haugland", "Thorsen", "Brekke", "Hovland",
    "Ødegård", "Aasen", "Våge", "Tveit", "Skaar", "Røed", "Sandvik", "Bjørnstad", "Engen",
    "Fossum", "Haaland", "Øien", "Aune", "Vik", "Nordby", "Rønning", "Tangen", "Østby",
    "Nowak", "Kowalski", "Wiśniewski", "Ahmed", "Nguyen", "Kaczmarek", "Jovanović",
]
# surnames another firm may carry: the near surname of a trap (never æ/ø/å against aa/o)
NEAR_SURNAME = {
    "Hansen": "Hanssen", "Hanssen": "Hansen", "Johansen": "Johannessen",
    "Johannessen": "Johansen", "Johnsen": "Jonsen", "Kristiansen": "Christiansen",
    "Kristensen": "Christensen", "Christensen": "Kristensen", "Nilsen": "Nielsen",
    "Nielsen": "Nilsen", "Pedersen": "Petersen", "Jacobsen": "Jakobsen", "Knutsen": "Knudsen",
    "Knudsen": "Knutsen", "Andersen": "Andresen", "Andresen": "Andersen", "Berg": "Berge",
    "Berge": "Berg", "Lie": "Lien", "Lien": "Lie", "Moe": "Moen", "Moen": "Moe",
    "Bakke": "Bakken", "Bakken": "Bakke", "Hauge": "Haugen", "Haugen": "Hauge",
    "Olsen": "Olsson", "Larsen": "Larssen", "Eriksen": "Eriksson", "Karlsen": "Carlsen",
    "Aas": "Aasen", "Aasen": "Aas", "Lund": "Lunde", "Lunde": "Lund", "Holm": "Holmen",
    "Strand": "Strande", "Dahl": "Dahle", "Vik": "Vike", "Iversen": "Ivarsen",
}
FIRST_NAMES_F = ["Kari", "Anne", "Ingrid", "Marit", "Hilde", "Silje", "Kjersti", "Ragnhild",
                 "Solveig", "Tone", "Åse", "Line", "Nina", "Hege", "Camilla", "Siri", "Randi",
                 "Berit", "Ida", "Agnieszka", "Fatima", "Marte", "Synnøve"]
FIRST_NAMES_M = ["Ola", "Per", "Lars", "Knut", "Jon", "Erik", "Bjørn", "Håkon", "Øystein", "Geir",
                 "Trond", "Espen", "Stig", "Morten", "Thomas", "Jørgen", "Torbjørn", "Arild",
                 "Vegard", "Piotr", "Tomasz", "Mohammed", "Sondre", "Eirik", "Halvard"]
FIRST_NAMES = FIRST_NAMES_F + FIRST_NAMES_M
MIDDLE_NAMES_F = ["Marie", "Elisabeth", "Margrethe", "Helene", "Louise", "Sofie", "Kristine"]
MIDDLE_NAMES_M = ["Johan", "Andreas", "Kristian", "Olav", "Magnus", "Emil", "Martin"]

# trade words: the registered word, its abbreviation, its split compound, whether "X Trade"
# can be "Trade X" (a master's title before the surname)
TRADES: list[tuple[str, str | None, str | None, bool]] = [
    ("Bygg", None, None, False),
    ("Byggmester", "Bm.", "Bygg Mester", True),
    ("Tømrermester", None, "Tømrer Mester", True),
    ("Murmester", None, "Mur Mester", True),
    ("Malermester", None, "Maler Mester", True),
    ("Rørleggerbedrift", "Rørl.bedrift", "Rørlegger Bedrift", False),
    ("Rørleggermester", None, "Rørlegger Mester", True),
    ("Elektro", "El.", None, False),
    ("Betong", None, None, False),
    ("Byggservice", None, "Bygg Service", False),
    ("Takservice", None, "Tak Service", False),
    ("Grunnarbeid", None, "Grunn Arbeid", False),
    ("Maskinentreprenør", "Maskinentr.", "Maskin Entreprenør", False),
    ("Entreprenør", "Entr.", None, False),
    ("Totalentreprenør", "Totalentr.", "Total Entreprenør", False),
    ("Bygg og Anlegg", "Bygg & Anl.", None, False),
    ("Snekkerverksted", None, "Snekker Verksted", False),
    ("Glassmester", None, "Glass Mester", True),
    ("Blikkenslager", None, None, True),
    ("Ventilasjon", "Vent.", None, False),
    ("Stillasutleie", None, "Stillas Utleie", False),
    ("Anleggsgartner", None, "Anleggs Gartner", False),
    ("Riving", None, None, False),
    ("Membran og Tak", "Membran & Tak", None, False),
]
# a second trade some firms carry in their registered name (the first is kept when typed short)
SECOND_TRADE = {"Bygg": ["og Eiendom", "og Rehabilitering"], "Betong": ["og Mur"],
                "Elektro": ["og Automasjon"], "Grunnarbeid": ["og Transport"],
                "Riving": ["og Miljøsanering"], "Takservice": ["og Fasade"],
                "Ventilasjon": ["og Klima"], "Entreprenør": ["og Maskin"]}
# the other trade of a same-surname trap
OTHER_TRADE = ["Rør", "Elektro", "Maling", "Transport", "Tak", "Eiendom", "Holding", "Flis",
               "Maskin", "Regnskap", "Bilverksted"]

PLACES = [
    "Asker", "Bærum", "Lørenskog", "Lillestrøm", "Ski", "Drøbak", "Moss", "Fredrikstad",
    "Sarpsborg", "Halden", "Drammen", "Kongsberg", "Hønefoss", "Hamar", "Gjøvik", "Lillehammer",
    "Tønsberg", "Sandefjord", "Larvik", "Skien", "Porsgrunn", "Arendal", "Grimstad",
    "Kristiansand", "Stavanger", "Sandnes", "Haugesund", "Bergen", "Askøy", "Førde", "Ålesund",
    "Molde", "Kristiansund", "Trondheim", "Stjørdal", "Steinkjer", "Bodø", "Narvik", "Harstad",
    "Tromsø", "Alta", "Nittedal", "Ullensaker", "Eidsvoll", "Jessheim", "Lier", "Ås", "Stange",
    "Horten", "Nesodden", "Gran", "Elverum", "Kongsvinger", "Notodden", "Egersund", "Stord",
    "Voss", "Sogndal", "Ørsta", "Levanger", "Namsos", "Fauske", "Mo i Rana", "Sortland",
]
REGIONS = ["Romerike", "Follo", "Hadeland", "Jæren", "Sunnhordland", "Østfold", "Vestfold",
           "Nordmøre", "Ringerike", "Valdres", "Gudbrandsdal", "Solør", "Toten", "Lister",
           "Helgeland", "Salten", "Innherred", "Midt-Telemark", "Hallingdal", "Sunnmøre"]
NEIGHBOUR = {
    "Asker": "Bærum", "Bærum": "Asker", "Lørenskog": "Lillestrøm", "Lillestrøm": "Lørenskog",
    "Ski": "Ås", "Ås": "Ski", "Drøbak": "Nesodden", "Nesodden": "Drøbak", "Moss": "Rygge",
    "Fredrikstad": "Sarpsborg", "Sarpsborg": "Fredrikstad", "Halden": "Aremark",
    "Drammen": "Lier", "Lier": "Drammen", "Kongsberg": "Notodden", "Notodden": "Kongsberg",
    "Hønefoss": "Jevnaker", "Hamar": "Stange", "Stange": "Hamar", "Gjøvik": "Toten",
    "Lillehammer": "Øyer", "Tønsberg": "Horten", "Horten": "Tønsberg", "Sandefjord": "Larvik",
    "Larvik": "Sandefjord", "Skien": "Porsgrunn", "Porsgrunn": "Skien", "Arendal": "Grimstad",
    "Grimstad": "Arendal", "Kristiansand": "Vennesla", "Stavanger": "Sandnes",
    "Sandnes": "Stavanger", "Haugesund": "Karmøy", "Bergen": "Askøy", "Askøy": "Bergen",
    "Førde": "Sunnfjord", "Ålesund": "Sula", "Molde": "Aukra", "Kristiansund": "Averøy",
    "Trondheim": "Malvik", "Stjørdal": "Malvik", "Steinkjer": "Snåsa", "Bodø": "Fauske",
    "Fauske": "Bodø", "Narvik": "Evenes", "Harstad": "Kvæfjord", "Tromsø": "Balsfjord",
    "Alta": "Hammerfest", "Nittedal": "Hakadal", "Ullensaker": "Nannestad",
    "Jessheim": "Gardermoen", "Eidsvoll": "Hurdal", "Gran": "Lunner", "Elverum": "Våler",
    "Kongsvinger": "Sør-Odal", "Egersund": "Bjerkreim", "Stord": "Fitjar", "Voss": "Vaksdal",
    "Sogndal": "Luster", "Ørsta": "Volda", "Levanger": "Verdal", "Namsos": "Overhalla",
    "Mo i Rana": "Hemnes", "Sortland": "Hadsel",
    "Romerike": "Follo", "Follo": "Romerike", "Hadeland": "Toten", "Toten": "Hadeland",
    "Jæren": "Dalane", "Sunnhordland": "Hardanger", "Østfold": "Vestfold", "Vestfold": "Østfold",
    "Nordmøre": "Romsdal", "Ringerike": "Hallingdal", "Hallingdal": "Ringerike",
    "Valdres": "Hallingdal", "Gudbrandsdal": "Østerdal", "Solør": "Odal", "Lister": "Lindesnes",
    "Helgeland": "Salten", "Salten": "Helgeland", "Innherred": "Namdal",
    "Midt-Telemark": "Vest-Telemark", "Sunnmøre": "Nordfjord",
}
# areas: neighbourhoods (school, borettslag, club and building names) by municipality
AREAS_BY: dict[str, list[str]] = {
    "Oslo": ["Furuset", "Tveita", "Haugerud", "Ammerud", "Romsås", "Linderud", "Veitvet",
             "Sandåsen", "Kringsjå", "Bjerke", "Hasle", "Nordstrand", "Bekkelaget", "Skøyen",
             "Ullern", "Tåsen", "Lillo", "Kalbakken", "Stovner", "Vollebekk", "Bøler",
             "Høybråten", "Grorud", "Trosterud", "Rødtvet", "Kjelsås", "Tonsenhagen", "Ekeberg",
             "Holmlia", "Mortensrud", "Lambertseter", "Ryen", "Manglerud", "Risløkka", "Lindeberg"],
    "Bærum": ["Eikeli", "Tanum", "Dønski", "Kolsås", "Hosle", "Bekkestua", "Jar", "Haslum"],
    "Asker": ["Hvalstad", "Borgen", "Vollen", "Heggedal", "Drengsrud"],
    "Lillestrøm": ["Skjetten", "Strømmen", "Kjeller", "Sørumsand", "Fetsund"],
    "Lørenskog": ["Fjellhamar", "Rasta", "Finstad", "Kurland"],
    "Nesodden": ["Fagerstrand", "Bjørnemyr"],
    "Trondheim": ["Ranheim", "Lade", "Byåsen", "Moholt", "Tiller", "Kolstad", "Nardo", "Charlottenlund"],
    "Bergen": ["Fana", "Nesttun", "Landås", "Loddefjord", "Åsane", "Slettebakken", "Paradis"],
    "Stavanger": ["Madla", "Hinna", "Tasta", "Hundvåg", "Våland", "Eiganes"],
    "Sandnes": ["Lura", "Hana", "Austrått", "Ganddal"],
    "Kristiansand": ["Vågsbygd", "Lund", "Gimlekollen", "Hellemyr"],
    "Tromsø": ["Kvaløysletta", "Hamna", "Kroken", "Tomasjord"],
    "Bodø": ["Mørkved", "Rønvik", "Hunstad", "Saltvern"],
    "Fredrikstad": ["Gressvik", "Kråkerøy", "Lisleby", "Torsnes"],
    "Drammen": ["Åssiden", "Gulskogen", "Fjell", "Konnerud"],
}
AREA_TOWN = {a: town for town, areas in AREAS_BY.items() for a in areas}
AREAS = list(AREA_TOWN)
# names of areas anywhere (a building's name where the municipality has no list above)
GENERIC_AREAS = ["Sentrum", "Bakkeløkka", "Sletta", "Nordby", "Sørbyen", "Solheim", "Eikeberg",
                 "Skogen", "Vang", "Lunden", "Haugen", "Nygård", "Brattås", "Elvebakken", "Lia"]
AREA_MORE = ["Park", "Terrasse", "Hage", "Tun", "Gård", "Hageby", "Vest", "Øst", "Nord", "Syd"]
DEVELOPMENTS = [
    "Lørenskog Sentrum", "Fornebu Sentrum", "Hasle Linje", "Kjørbo Park", "Ulven",
    "Økern Portal", "Lillestrøm Torv", "Ski Stasjonsby", "Jessheim Sentrum", "Kolbotn Torg",
    "Sandvika Brygge", "Asker Sentrum", "Drammen Elvepark", "Brattøra", "Nyhavna",
    "Ranheim Fabrikker", "Marienlyst Park", "Fjordbyen", "Lysaker Torg", "Løren", "Kværnerbyen",
    "Grünerløkka", "Bryn Park", "Hamar Stasjon", "Gjøvik Brygge", "Tønsberg Kanal",
    "Larvik Havn", "Skien Brygge", "Sandnes Øst", "Stavanger Øst", "Paradis Bergen",
    "Mindemyren", "Nygårdstangen", "Tromsø Havneby", "Bodø Sentrum", "Ålesund Brosundet",
    "Moss Sentrum", "Fredrikstad Sjøside", "Sarpsborg Torg", "Kongsberg Sentrum",
    "Hønefoss Bru", "Lillehammer Stasjon", "Arendal Kanalen", "Kristiansand Kvadraturen",
    "Trekanttomta", "Vollsveien", "Fornebuporten", "Bjørvika Stranden", "Lindeberg Øst",
]
SPV_SUFFIX = ["Utvikling", "Eiendom", "Bolig", "Næring", "Boligutvikling", "Eiendomsutvikling",
              "Prosjekt", "Utbygging"]
# developers an SPV belongs to (their brand as typed)
SPV_GROUPS = ["OBOS", "Selvaag", "Nordr", "AF Gruppen", "Backe", "Betonmast", "Aspelin Ramm",
              "Fabritius", "JM", "Bonava", "Block Watne", "Skanska", "Storebrand", "Entra", "KLP",
              "Linstow", "Höegh", "Avantor", "Solon", "HAV Eiendom", "Bane NOR Eiendom",
              "Stor-Oslo Eiendom", "Søylen", "Eiendomsspar", "Ferd Eiendom", "Heimstaden"]
FANCY = ["Fjordgløtt", "Solsiden", "Nordlys", "Furulund", "Granly", "Lyngtun", "Skogly",
         "Sjøkanten", "Utsikten", "Bjørkely", "Elvebakken", "Fjellro", "Havblikk", "Kløverenga",
         "Lindealleen", "Tunet", "Bryggen", "Vestsiden", "Sølvberget", "Toppen", "Myrvoll",
         "Trollåsen", "Knausen", "Nordre Park", "Smia", "Sagbruket", "Kaia", "Mølla",
         "Teglverket", "Verftet"]
STREETS = [
    "Storgata", "Kirkeveien", "Thereses gate", "Bogstadveien", "Hegdehaugsveien",
    "Industrigata", "Trondheimsveien", "Markveien", "Toftes gate", "Sannergata",
    "Schweigaards gate", "Kongens gate", "Dronningens gate", "Prinsens gate", "Strandgata",
    "Jernbanegata", "Skolegata", "Parkveien", "Kirkegata", "Elvegata", "Fjordveien", "Sjøgata",
    "Havnegata", "Torggata", "Bjørnstjerne Bjørnsons gate", "Olav Kyrres gate", "Fridtjof Nansens vei",
    "Løkkeveien", "Sandakerveien", "Ullevålsveien", "Eckersbergs gate", "Helgesens gate",
    "Vestre gate", "Øvre Slottsgate", "Nedre Storgate", "Kjøpmannsgata", "Munkegata",
    "Nygårdsgaten", "Kong Oscars gate", "Østre Strandgate",
]
CLUB_FORMS: list[tuple[str, str]] = [("Idrettslag", "IL"), ("Fotballklubb", "FK"),
                                     ("Idrettsforening", "IF"), ("Sportsklubb", "SK"),
                                     ("Ballklubb", "BK"), ("Turnforening", "TF")]
MUNICIPAL_UNITS = ["Eiendom", "Bygg og eiendom", "Eiendomsforvaltning", "Kommunale bygg",
                   "Plan og bygg", "Teknisk drift"]
KF_NAMES = ["{p} Eiendom KF", "{p} kommunale eiendom KF", "{p} Eiendomsselskap KF",
            "{p} Parkering KF", "{p} Havn KF", "{p} Utvikling KF", "{p} Boligselskap KF"]
SCHOOLS = [("skole", None), ("barneskole", None), ("ungdomsskole", "u-skole"),
           ("videregående skole", "vgs"), ("barnehage", "bhg."), ("skole og barnehage", None)]

# customer-name abbreviations: word (case-insensitive match at word start) -> abbreviation
CUSTOMER_ABBREV: list[tuple[str, str]] = [
    ("Eiendomsutvikling", "Eiendomsutv."), ("Boligutvikling", "Boligutv."),
    ("Eiendomsforvaltning", "Eiendomsforv."), ("Eiendomsselskap", "Eiendomsselsk."),
    ("Eiendom", "Eiend."), ("Utvikling", "Utv."), ("Utbygging", "Utbygg."),
    ("Borettslag", "BRL"), ("Borettslaget", "Brl."), ("Sameiet", "Sa."), ("Sameie", "Sa."),
    ("Arkitektkontoret", "Ark.kontoret"), ("Arkitektkontor", "Ark.kontor"),
    ("Arkitekter", "Arkit."), ("Arkitektur", "Ark."), ("Ingeniørkontor", "Ing.kontor"),
    ("Rådgivende Ingeniører", "Rådg. Ing."), ("Ingeniørtjenester", "Ing.tjenester"),
    ("Entreprenør", "Entr."), ("Byggmester", "Bm."), ("Brødrene", "Brdr."),
    ("Bygg og Anlegg", "Bygg & Anl."), ("Boligbyggelag", "BBL"), ("Idrettslag", "IL"),
    ("Fotballklubb", "FK"), ("Idrettsforening", "IF"), ("Sportsklubb", "SK"), ("Ballklubb", "BK"),
    ("videregående skole", "vgs"), ("ungdomsskole", "u-skole"), ("barnehage", "bhg."),
    ("fylkeskommune", "fylkeskomm."), ("kirkelige fellesråd", "kirkel. fellesråd"),
    ("Prosjekt", "Prosj."), ("Maskinentreprenør", "Maskinentr."), ("Transport", "Transp."),
    ("Ventilasjon", "Vent."), ("Elektro", "El."), ("Rørleggerbedrift", "Rørl.bedrift"),
    ("Universitetet", "Univ."), ("Entreprenørforretning", "Entr.forr."),
]
# compounds: joined <-> split (either direction, first letter's case kept)
CUSTOMER_COMPOUND: list[tuple[str, str]] = [
    ("Byggmester", "Bygg Mester"), ("Tømrermester", "Tømrer Mester"), ("Murmester", "Mur Mester"),
    ("Malermester", "Maler Mester"), ("Rørleggerbedrift", "Rørlegger Bedrift"),
    ("Rørleggermester", "Rørlegger Mester"), ("Byggservice", "Bygg Service"),
    ("Takservice", "Tak Service"), ("Eiendomsutvikling", "Eiendom Utvikling"),
    ("Boligutvikling", "Bolig Utvikling"), ("Eiendomsforvaltning", "Eiendom Forvaltning"),
    ("Eiendomsselskap", "Eiendoms Selskap"),
    ("Arkitektkontoret", "Arkitekt Kontoret"), ("Arkitektkontor", "Arkitekt Kontor"),
    ("Ingeniørkontor", "Ingeniør Kontor"), ("Ingeniørtjenester", "Ingeniør Tjenester"),
    ("Grunnarbeid", "Grunn Arbeid"), ("Maskinentreprenør", "Maskin Entreprenør"),
    ("Totalentreprenør", "Total Entreprenør"), ("Boligbyggelag", "Bolig Byggelag"),
    ("Byggrådgivning", "Bygg Rådgivning"), ("Prosjektledelse", "Prosjekt Ledelse"),
    ("Snekkerverksted", "Snekker Verksted"), ("Glassmester", "Glass Mester"),
    ("Stillasutleie", "Stillas Utleie"), ("Anleggsgartner", "Anleggs Gartner"),
    ("Mestergruppen", "Mester Gruppen"), ("Backegruppen", "Backe Gruppen"),
    ("Sektorgruppen", "Sektor Gruppen"), ("Boligpartner", "Bolig Partner"),
    ("Blinkhus", "Blink Hus"), ("Jadarhus", "Jadar Hus"), ("Nordbohus", "Nordbo Hus"),
    ("Norgeshus", "Norges Hus"), ("Asplanviak", "Asplan Viak"), ("Bundebygg", "Bunde Bygg"),
    ("Arkitektgruppen", "Arkitekt Gruppen"), ("Idrettslaget", "Idretts Laget"),
    ("Boligsameiet", "Bolig Sameiet"), ("Thereses gate", "Theresesgate"),
    ("Toftes gate", "Toftesgate"), ("Schweigaards gate", "Schweigaardsgate"),
    ("Eckersbergs gate", "Eckersbergsgate"), ("Helgesens gate", "Helgesensgate"),
    ("Kongens gate", "Kongensgate"), ("Dronningens gate", "Dronningensgate"),
    ("Prinsens gate", "Prinsensgate"), ("Kong Oscars gate", "Kong Oscarsgate"),
    ("Olav Kyrres gate", "Olav Kyrresgate"), ("Vestre gate", "Vestregate"),
]

# ---- projects --------------------------------------------------------------------------------

PHASES = ["Mulighetsstudie", "Skisseprosjekt", "Forprosjekt", "Detaljprosjektering",
          "Byggeledelse"]
PHASE_NEXT = {"Mulighetsstudie": "Skisseprosjekt", "Skisseprosjekt": "Forprosjekt",
              "Forprosjekt": "Detaljprosjektering", "Detaljprosjektering": "Byggeledelse",
              "Rammesøknad": "Igangsettingstillatelse", "Reguleringsplan": "Rammesøknad",
              "Konkurransegrunnlag": "Forprosjekt", "Tilstandsvurdering": "Rehabiliteringsplan"}
# studies and services done for an object ("Brannkonsept Lia skole")
STUDIES = ["Brannkonsept", "Tilstandsvurdering", "Rammesøknad", "Reguleringsplan",
           "Uavhengig kontroll RIB", "Uavhengig kontroll brann", "Uavhengig kontroll fukt",
           "Lydutredning", "Energiberegning", "Miljøkartlegging", "Geoteknisk vurdering",
           "Konstruksjonsberegning", "Prosjekteringsledelse", "Konkurransegrunnlag",
           "Sprinklerprosjektering", "Bæreevnevurdering", "Tilstandsanalyse"]
# works named by themselves ("Rehabilitering fasader"), for owners, borettslag and sameier
WORKS = ["Rehabilitering fasader", "Rehabilitering bad", "Utskifting balkonger",
         "Utskifting vinduer", "Etterisolering", "Nytt tak", "Drenering",
         "Heis ettermontering", "Oppgradering ventilasjon", "Brannsikring", "Garasjeanlegg",
         "Sykkelparkering", "Uteområder", "Rehabilitering rør", "Tilbygg garasje",
         "Oppgradering uteområde", "Rehabilitering parkeringskjeller"]
# works of a private homeowner
HOME_WORKS = ["Tilbygg garasje", "Tilbygg stue", "Påbygg", "Ny enebolig", "Ombygging kjeller",
              "Bad og vaskerom", "Rammesøknad tilbygg", "Tilstandsrapport bolig",
              "Fradeling tomt", "Ny hytte", "Tilbygg terrasse", "Bruksendring loft",
              "Ny carport", "Riving og nybygg"]
# works that recur by year or period
YEARLY = ["Tilstandsrapport", "Vedlikeholdsplan", "Energimerking", "Rammeavtale",
          "Brannteknisk tilsyn", "Årlig kontroll", "Befaring", "Tilstandsvurdering"]
BUILDINGS = ["skole", "barnehage", "sykehjem", "brannstasjon", "idrettshall", "svømmehall",
             "helsehus", "ungdomsskole", "omsorgsboliger", "kulturhus", "bibliotek",
             "flerbrukshall", "renseanlegg", "vgs", "rådhus", "bo- og aktivitetssenter"]
DEV_OBJECTS = ["Kvartal {n}", "Felt B{n}", "Blokk {c}", "Byggetrinn {n}", "Hus {c}",
               "Tomt {n}", "Delfelt {c}{n}", "Trinn {n}"]
CLUB_OBJECTS = ["Idrettshall", "Flerbrukshall", "Kunstgressbane", "Klubbhus", "Garderobeanlegg",
                "Tribuneanlegg", "Turnhall", "Ishall"]
CHURCH_OBJECTS = ["kirke", "kapell", "kirkestue", "menighetshus", "gravkapell"]

PROJECT_ABBREV: list[tuple[str, str]] = [
    ("Uavhengig kontroll", "UK"), ("Forprosjekt", "Forprosj."),
    ("Detaljprosjektering", "Detaljpro."), ("Skisseprosjekt", "Skisseprosj."),
    ("Rehabiliteringsplan", "Rehab.plan"), ("Rehabilitering", "Rehab."),
    ("Tilstandsrapport", "Tilst.rapport"), ("Tilstandsvurdering", "Tilst.vurd."),
    ("Igangsettingstillatelse", "IG"), ("Byggetrinn ", "BT"), ("Prosjekteringsledelse", "PGL"),
    ("Mulighetsstudie", "Mul.studie"), ("Rammesøknad", "Rammesøkn."),
    ("Energiberegning", "Energiber."), ("Konstruksjonsberegning", "Konstr.beregning"),
    ("Vedlikeholdsplan", "Vedl.plan"), ("Utskifting", "Utskift."), ("barnehage", "bhg."),
    ("ungdomsskole", "u-skole"), ("Oppgradering", "Oppgr."), ("Miljøkartlegging", "Miljøkartl."),
    ("Konkurransegrunnlag", "Konk.grunnlag"), ("Geoteknisk vurdering", "Geotek. vurd."),
    ("Lydutredning", "Lydutr."), ("Bæreevnevurdering", "Bæreevnevurd."),
    ("Sprinklerprosjektering", "Sprinklerpro."), ("Brannteknisk", "Branntekn."),
    ("bo- og aktivitetssenter", "BOAS"), ("Kvartal ", "Kv. "), ("Blokk ", "Bl. "),
    ("Energimerking", "Energimerk."), ("Rammeavtale", "Rammeavt."), ("omsorgsboliger", "omsorgsb."),
    ("flerbrukshall", "flerbr.hall"), ("Brannsikring", "Brannsikr."),
]
# the project's compounds: joined <-> split or turned
PROJECT_COMPOUND: list[tuple[str, str]] = [
    ("Rehabilitering fasader", "Fasaderehabilitering"), ("Tilbygg garasje", "Garasjetilbygg"),
    ("Utskifting balkonger", "Balkongutskifting"), ("Utskifting vinduer", "Vindusutskifting"),
    ("Rehabilitering bad", "Baderehabilitering"), ("Rehabilitering rør", "Rørrehabilitering"),
    ("Tilbygg stue", "Stuetilbygg"), ("Tilbygg terrasse", "Terrassetilbygg"),
    ("Brannkonsept", "Brann konsept"), ("Skisseprosjekt", "Skisse prosjekt"),
    ("Forprosjekt", "For-prosjekt"), ("Detaljprosjektering", "Detalj prosjektering"),
    ("Tilstandsrapport", "Tilstands rapport"), ("Mulighetsstudie", "Mulighets studie"),
    ("Kunstgressbane", "Kunstgress bane"), ("Idrettshall", "Idretts hall"),
    ("Energiberegning", "Energi beregning"), ("Garasjeanlegg", "Garasje anlegg"),
    ("Lydutredning", "Lyd utredning"), ("Vedlikeholdsplan", "Vedlikeholds plan"),
    ("Tilstandsvurdering", "Tilstands vurdering"), ("Klubbhus", "Klubb hus"),
    ("Rammeavtale", "Ramme avtale"), ("Rammesøknad", "Ramme søknad"),
    ("Flerbrukshall", "Flerbruks hall"), ("Sykkelparkering", "Sykkel parkering"),
    ("Byggeledelse", "Bygge ledelse"), ("Heis ettermontering", "Heisettermontering"),
    ("Oppgradering ventilasjon", "Ventilasjonsoppgradering"), ("Ombygging kjeller", "Kjellerombygging"),
    ("Tilstandsanalyse", "Tilstands analyse"), ("Brannsikring", "Brann sikring"),
    ("Miljøkartlegging", "Miljø kartlegging"), ("idrettshall", "idretts hall"),
    ("svømmehall", "svømme hall"), ("brannstasjon", "brann stasjon"),
]
# disciplines of a sub-project: code, the discipline written out, a word for it
DISCIPLINES: list[tuple[str, str, str]] = [
    ("ARK", "Arkitekt", "Arkitektur"), ("RIB", "Rådgivende ingeniør bygg", "Konstruksjon"),
    ("RIV", "Rådgivende ingeniør VVS", "VVS"), ("RIE", "Rådgivende ingeniør elektro", "Elektro"),
    ("RIBr", "Rådgivende ingeniør brann", "Brann"), ("RIAku", "Rådgivende ingeniør akustikk", "Akustikk"),
    ("RIG", "Rådgivende ingeniør geoteknikk", "Geoteknikk"), ("LARK", "Landskapsarkitekt", "Landskap"),
]
# the discipline a trap resembles (the code one letter or a word away)
DISCIPLINE_NEAR = {"RIB": "RIBr", "RIBr": "RIB", "RIV": "RIE", "RIE": "RIV", "ARK": "LARK",
                   "LARK": "ARK", "RIAku": "RIB", "RIG": "RIB"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}
ORDINAL_PHASE = {"Fase": "fase", "Byggetrinn": "byggetrinn", "Etappe": "etappe"}

# municipalities (their own names: "Nordre Follo", "Ringerike", "Rana")
MUNICIPALITIES = [
    "Asker", "Bærum", "Lørenskog", "Lillestrøm", "Nordre Follo", "Frogn", "Moss", "Fredrikstad",
    "Sarpsborg", "Halden", "Drammen", "Kongsberg", "Ringerike", "Hamar", "Gjøvik", "Lillehammer",
    "Tønsberg", "Sandefjord", "Larvik", "Skien", "Porsgrunn", "Arendal", "Grimstad",
    "Kristiansand", "Stavanger", "Sandnes", "Haugesund", "Bergen", "Askøy", "Sunnfjord",
    "Ålesund", "Molde", "Kristiansund", "Trondheim", "Stjørdal", "Steinkjer", "Bodø", "Narvik",
    "Harstad", "Tromsø", "Alta", "Nittedal", "Ullensaker", "Eidsvoll", "Lier", "Ås", "Stange",
    "Horten", "Nesodden", "Gran", "Elverum", "Kongsvinger", "Notodden", "Eigersund", "Stord",
    "Voss", "Sogndal", "Ørsta", "Levanger", "Namsos", "Fauske", "Rana", "Sortland", "Malvik",
    "Nannestad", "Vennesla", "Karmøy", "Enebakk", "Rælingen", "Aurskog-Høland", "Vestby",
    "Oslo",
]
CHURCH_FELLESRAD = "{p} kirkelige fellesråd"
