"""Names for `bench/quality_data_e.py`: the clients of a Norwegian accounting office
(regnskapsbyrå) and of the trades and consultancies beside it — persons, places, trades,
associations, housing co-ops, public bodies, brands — written by hand for the fifth generator.
"""

from __future__ import annotations

FIRST_M = [
    "Ola", "Per", "Lars", "Jan", "Bjørn", "Knut", "Arne", "Håkon", "Øyvind", "Ståle", "Jørgen",
    "Geir", "Terje", "Rune", "Trond", "Eirik", "Espen", "Morten", "Åsmund", "Sigurd", "Vegard",
    "Jostein", "Magnus", "Tor", "Svein", "Odd", "Nils", "Harald", "Kjetil", "Frode", "Stein",
    "Gunnar", "Leif", "Roar", "Tormod", "Halvard", "Einar", "Sindre", "Anders", "Kristoffer",
    "Henrik", "Fredrik", "Sverre", "Torbjørn", "Audun", "Ivar", "Steinar", "Jarle", "Dag", "Helge",
    "Pål", "Ketil", "Olav", "Amund", "Erlend", "Mathias", "Sondre", "Tobias", "Even", "Ragnar",
]
FIRST_F = [
    "Kari", "Anne", "Ingrid", "Marte", "Silje", "Åse", "Siri", "Tone", "Hilde", "Randi",
    "Solveig", "Kjersti", "Torunn", "Berit", "Gro", "Liv", "Hege", "Mette", "Trine", "Astrid",
    "Ragnhild", "Sigrid", "Guro", "Ingvild", "Marit", "Nina", "Camilla", "Elisabeth", "Heidi",
    "Bente", "Eli", "Synnøve", "Turid", "Vigdis", "Wenche", "Lene", "Karoline", "Ida", "Nora",
    "Thea", "Maren", "Ane", "Eline", "Frøydis", "Gunhild", "Unni", "Oddny", "Line", "Tiril",
]
MIDDLE_M = ["Johan", "Kristian", "Andreas", "Martin", "Olav", "Petter", "Emil", "Alexander",
            "Magnus"]
MIDDLE_F = ["Marie", "Helene", "Elisabeth", "Sofie", "Margrethe", "Kristine", "Louise"]
MIDDLE = MIDDLE_M + MIDDLE_F

# common surnames (a shared one says little) and rarer ones (a shared one says much)
SURNAMES_COMMON = [
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
    "Lund", "Sørensen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide",
    "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen",
    "Rasmussen", "Lunde", "Solheim", "Moe", "Nygård", "Bakke", "Holm", "Lien", "Hauge",
    "Christensen", "Nielsen", "Evensen", "Sæther", "Aas", "Myhre", "Haugland", "Thomassen",
    "Simonsen", "Berntsen", "Sandvik", "Rønning", "Arnesen", "Næss", "Vik", "Haug", "Thorsen",
    "Birkeland", "Isaksen", "Ruud", "Strøm", "Myklebust", "Tangen", "Ødegård", "Helland", "Aune",
    "Mikkelsen", "Tveit", "Brekke", "Madsen",
]
SURNAMES_RARE = [
    "Kvalheim", "Bjørnstad", "Skogstad", "Hovland", "Fjeldstad", "Grønvold", "Tveiten",
    "Langeland", "Stokke", "Lindeberg", "Sunde", "Hoel", "Bratberg", "Flaten", "Kleppe",
    "Tangvald", "Velde", "Årdal", "Skjelbred", "Østby", "Nesheim", "Vangen", "Brattli", "Fossum",
    "Engebretsen", "Sagen", "Kolstad", "Sætre", "Mjelde", "Ulvestad", "Torgersen", "Reiersen",
    "Gjerde", "Hatlestad", "Heggdal", "Lyngstad", "Myrvang", "Nordbø", "Refsnes", "Skaret",
    "Steinsland", "Tjelta", "Ravnås", "Opheim", "Kirkebø", "Hamre", "Bergsvik", "Hellesøy",
    "Vatne", "Sandal", "Aarskog", "Rygh", "Wiik", "Krogstad", "Furuseth", "Grimsrud", "Lillevik",
    "Hjelmeland", "Solbakk", "Tofte", "Ekeberg", "Vestvik", "Søvik", "Holmboe", "Rusten",
    "Kvamme", "Ohnstad", "Drageset", "Brun", "Ask", "Gravdal", "Lothe", "Moldestad", "Hestnes",
    "Bøyum", "Tysse", "Espeland", "Ramstad", "Veland", "Fauske", "Skarstein", "Mørch",
    "Haraldsrud", "Kjos", "Lyse", "Øvrebø", "Stene", "Sletten", "Grude", "Bjelland",
]

TOWNS = [
    "Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Kristiansand", "Tromsø", "Bodø",
    "Ålesund", "Molde", "Hamar", "Lillehammer", "Gjøvik", "Kongsberg", "Tønsberg", "Sandefjord",
    "Larvik", "Skien", "Porsgrunn", "Arendal", "Grimstad", "Mandal", "Egersund", "Sandnes",
    "Haugesund", "Stord", "Voss", "Førde", "Florø", "Sogndal", "Steinkjer", "Levanger",
    "Stjørdal", "Namsos", "Narvik", "Harstad", "Alta", "Hammerfest", "Elverum", "Kongsvinger",
    "Jessheim", "Lillestrøm", "Moss", "Fredrikstad", "Sarpsborg", "Halden", "Askim", "Hønefoss",
    "Geilo", "Fagernes", "Otta", "Røros", "Orkanger", "Askøy", "Bryne", "Klepp", "Nærbø",
    "Jørpeland", "Sauda", "Odda", "Notodden", "Rjukan", "Kragerø", "Risør", "Tvedestrand",
    "Lyngdal", "Flekkefjord", "Farsund", "Vennesla", "Ulsteinvik", "Volda", "Ørsta", "Sykkylven",
    "Stranda", "Åndalsnes", "Surnadal", "Brønnøysund", "Mosjøen", "Sandnessjøen", "Svolvær",
    "Leknes", "Sortland", "Finnsnes", "Vadsø", "Nesbyen", "Gol", "Ski", "Sotra", "Os",
]
# municipalities (a town above may not be one: "Nærbø kommune" does not exist)
KOMMUNER = [
    "Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Kristiansand", "Tromsø", "Bodø",
    "Ålesund", "Molde", "Hamar", "Lillehammer", "Gjøvik", "Kongsberg", "Tønsberg", "Sandefjord",
    "Larvik", "Skien", "Porsgrunn", "Arendal", "Grimstad", "Eigersund", "Sandnes", "Haugesund",
    "Stord", "Voss", "Sunnfjord", "Kinn", "Sogndal", "Steinkjer", "Levanger", "Stjørdal",
    "Namsos", "Narvik", "Harstad", "Alta", "Hammerfest", "Elverum", "Kongsvinger", "Ullensaker",
    "Lillestrøm", "Moss", "Fredrikstad", "Sarpsborg", "Halden", "Indre Østfold", "Ringerike",
    "Hol", "Nord-Aurdal", "Sel", "Røros", "Orkland", "Askøy", "Time", "Klepp", "Hå", "Strand",
    "Sauda", "Ullensvang", "Notodden", "Tinn", "Kragerø", "Risør", "Tvedestrand", "Lyngdal",
    "Flekkefjord", "Farsund", "Vennesla", "Ulstein", "Volda", "Ørsta", "Sykkylven", "Stranda",
    "Rauma", "Surnadal", "Brønnøy", "Vefsn", "Alstahaug", "Vågan", "Vestvågøy", "Sortland",
    "Senja", "Vadsø", "Nesbyen", "Gol", "Nordre Follo", "Øygarden", "Bjørnafjorden", "Kvam",
]
DISTRICTS = [
    "Nordstrand", "Grünerløkka", "Majorstuen", "Frogner", "Sagene", "Bjølsen", "Ullern", "Røa",
    "Lambertseter", "Fana", "Åsane", "Laksevåg", "Sandviken", "Paradis", "Byåsen", "Heimdal",
    "Tiller", "Madla", "Hinna", "Lade", "Ranheim", "Kolbotn", "Bekkestua", "Stabekk", "Tranby",
    "Lier", "Nesodden", "Oppegård", "Fjellhamar", "Hundvåg", "Tasta", "Kalbakken", "Furuset",
    "Haslum", "Jar", "Bøler", "Ris", "Slemdal", "Hosle", "Nittedal", "Sørumsand", "Fetsund",
    "Blakstad", "Kolsås", "Hommelvik", "Melhus", "Malvik", "Eidsvåg", "Hatlane", "Spjelkavik",
]
REGIONS = [
    "Vest", "Nord", "Sør", "Øst", "Midt", "Sunnmøre", "Romerike", "Hadeland", "Hallingdal",
    "Gudbrandsdal", "Jæren", "Ryfylke", "Nordfjord", "Salten", "Helgeland", "Lofoten",
    "Vesterålen", "Fosen", "Innherred", "Toten", "Valdres", "Setesdal", "Lister", "Sunnhordland",
    "Nordmøre", "Namdal", "Follo", "Grenland", "Haugaland", "Karmøy",
]
COUNTIES = [
    "Vestland", "Rogaland", "Agder", "Innlandet", "Akershus", "Buskerud", "Østfold", "Vestfold",
    "Telemark", "Møre og Romsdal", "Trøndelag", "Nordland", "Troms", "Finnmark",
]
# region + trade written as one word, as many firms are named
REGION_COMPOUNDS = [
    ("Hallingbygg", "Halling Bygg"), ("Sunnmørsbygg", "Sunnmøre Bygg"),
    ("Jærbygg", "Jær Bygg"), ("Totenbygg", "Toten Bygg"), ("Fosenrør", "Fosen Rør"),
    ("Vestrør", "Vest Rør"), ("Nordelektro", "Nord Elektro"), ("Østlandsmaling", "Østlands Maling"),
    ("Romerikstransport", "Romeriks Transport"), ("Helgelandsgraving", "Helgeland Graving"),
    ("Lofotfisk", "Lofot Fisk"), ("Valdresbygg", "Valdres Bygg"), ("Setesdalsbygg", "Setesdal Bygg"),
    ("Salten Tak", "Saltentak"), ("Ryfylkebåt", "Ryfylke Båt"), ("Grenlandsrør", "Grenland Rør"),
]

STREETS = [
    "Storgata", "Kirkegata", "Kongens gate", "Dronningens gate", "Skolegata", "Torggata",
    "Jernbanegata", "Strandgata", "Parkveien", "Kirkeveien", "Skogveien", "Bakkeveien",
    "Fjordveien", "Elvegata", "Møllergata", "Sjøgata", "Nygata", "Tollbodgata", "Prinsens gate",
    "Olav Tryggvasons gate", "Haakon VIIs gate", "Løkkeveien", "Solbakkvegen", "Granvegen",
    "Bjørkevegen", "Markveien", "Thereses gate", "Vognmannsgata", "Fabrikkgata", "Havnegata",
]

FANCY = [
    "Fjellheim", "Solsiden", "Lysheim", "Furulund", "Granly", "Bjørkely", "Solbakken", "Åsly",
    "Lindheim", "Heimly", "Soltun", "Kystlys", "Fjordglimt", "Havblikk", "Nordlys", "Midnattsol",
    "Polarstjerna", "Fjellro", "Skogly", "Elvebakken", "Sjøglimt", "Havgløtt", "Sjøbua", "Kaia",
    "Tindra", "Fyrlykta", "Brygga", "Vardebakken", "Lyngheia", "Bjørkelund", "Rosenlund",
    "Kløverhagen", "Eikelund", "Marienlyst", "Fagerli", "Birkelund", "Sollia", "Vestheim",
    "Nordheim", "Tunet", "Stabburet", "Smia", "Kvernhuset", "Naustet", "Bakgården", "Torvet",
]
KINDERGARTEN = [
    "Solsikken", "Marihøna", "Trollskogen", "Eventyrhagen", "Nøtteliten", "Blåklokka",
    "Tusenfryd", "Maurtua", "Ekornhiet", "Lykkeliten", "Regnbuen", "Humla", "Tyrihans",
    "Askeladden", "Fjellknausen", "Kongleriket", "Tussestua", "Smørblomsten", "Løvetann",
]
# farm names (gårdsnavn) and the prefixes that tell neighbouring farms apart
FARMS = [
    "Ås", "Berg", "Haug", "Vik", "Dal", "Lid", "Bø", "Hov", "Rud", "Moen", "Nes", "Tveit",
    "Bakke", "Lunde", "Myre", "Stein", "Holt", "Li", "Sande", "Hole", "Voll", "Eng", "Skog",
    "Kleiva", "Hegge", "Fossum", "Sletta", "Grinde", "Rustad", "Hoff", "Kjelsås", "Tomter",
    "Haugerud", "Bergsland", "Ødegården",
]
FARM_PREFIX = ["Nedre", "Øvre", "Søndre", "Nordre", "Vestre", "Østre", "Store", "Lille"]

# trades: word, a compound it makes with "service"-like words, and an abbreviation people type
TRADES = [
    "Bygg", "Elektro", "Rør", "Maling", "Transport", "Eiendom", "Tak", "Graving", "Anlegg",
    "Maskin", "Snekkeri", "Ventilasjon", "Blikk", "Mur", "Flis", "Gulv", "Glass", "Renhold",
    "Bakeri", "Auto", "Dekk", "Data", "Reklame", "Trykk", "Foto", "Landskap", "Hage", "Skog",
    "Betong", "Stål", "Sveis", "Kran", "Sikring", "Optikk", "Catering", "Blomster", "Interiør",
    "Sport", "Sykkel", "Marine", "Båt", "Havbruk", "Fisk", "Regnskap", "Revisjon", "Arkitekter",
    "Tre", "Varme", "Kjøling", "Isolasjon", "Rørlegger", "Malermester", "Byggmester",
]
TRADE_PAIRS = {  # trades that go together in one name ("Rør og Varme")
    "Rør": "Varme", "Bygg": "Anlegg", "Maling": "Tapet", "Graving": "Transport", "Tak": "Fasade",
    "Elektro": "Automasjon", "Ventilasjon": "Kulde", "Maskin": "Transport", "Gulv": "Flis",
    "Eiendom": "Utvikling", "Data": "Kontorutstyr", "Hage": "Anlegg", "Blikk": "Tak",
}
# joined compound -> the split and hyphenated spellings people type
COMPOUNDS = {
    "Byggservice": ("Bygg Service", "Bygg-service"), "Rørservice": ("Rør Service", "Rør-service"),
    "Elservice": ("El Service", "El-service"), "Dataservice": ("Data Service", "Data-service"),
    "Regnskapsservice": ("Regnskap Service", "Regnskaps-service"),
    "Bilservice": ("Bil Service", "Bil-service"), "Maskinservice": ("Maskin Service",
                                                                    "Maskin-service"),
    "Eiendomsservice": ("Eiendom Service", "Eiendoms-service"),
    "Takservice": ("Tak Service", "Tak-service"), "Trebygg": ("Tre Bygg", "Tre-bygg"),
    "Elektroinstallasjon": ("Elektro Installasjon", "Elektro-installasjon"),
    "Tannlegesenter": ("Tannlege Senter", "Tannlege-senter"),
    "Legesenter": ("Lege Senter", "Lege-senter"), "Helsesenter": ("Helse Senter", "Helse-senter"),
    "Fysioterapisenter": ("Fysioterapi Senter", "Fysioterapi-senter"),
    "Malerservice": ("Maler Service", "Maler-service"),
    "Hageservice": ("Hage Service", "Hage-service"),
    "Totalservice": ("Total Service", "Total-service"),
    "Bygginnredning": ("Bygg Innredning", "Bygg-innredning"),
    "Lønnsservice": ("Lønn Service", "Lønns-service"),
    "Eiendomsutvikling": ("Eiendom Utvikling", "Eiendoms-utvikling"),
    "Kontorservice": ("Kontor Service", "Kontor-service"),
}
SERVICE_COMPOUNDS = [k for k in COMPOUNDS if k not in ("Tannlegesenter", "Legesenter",
                                                        "Helsesenter", "Fysioterapisenter")]

# word -> abbreviations a consultant types (case as typed)
ABBREV = {
    "Consulting": ["Cons.", "Cons"], "Management": ["Mgmt", "Mgmt."], "Technology": ["Tech"],
    "Technologies": ["Tech"], "Eiendom": ["Eiend."], "Holding": ["Hold."],
    "Regnskap": ["Regnsk."], "Regnskapskontor": ["Regnskapskont.", "Regnsk.kontor"],
    "Tjenester": ["Tj.", "Tjen."], "Borettslag": ["BRL", "Brl."], "Idrettslag": ["IL"],
    "Barnehage": ["bhg.", "Bhg"], "Brødrene": ["Br.", "Brdr."], "Entreprenør": ["Entr."],
    "Transport": ["Transp."], "Installasjon": ["Inst.", "Install."], "Service": ["Serv."],
    "Stiftelsen": ["Stift."], "Fysioterapi": ["Fysio"], "Velforening": ["Vel"],
    "Sanitetsforening": ["Sanitetsforen."], "Maskinentreprenør": ["Maskinentr."],
    "Byggmester": ["Byggm."], "Malermester": ["Malerm."], "Elektro": ["El."],
    "Advokatfirmaet": ["Adv.firmaet", "Advokatfa."], "Scandinavia": ["Scand."],
    "International": ["Int.", "Intl."], "Søndre": ["Sdr."], "Nordre": ["Ndr."],
    "Rørleggerforretning": ["Rørl.forr.", "Rørleggerforr."], "Forening": ["Foren."],
    "Kirkelige": ["Kirk."], "Menighetsråd": ["Menighetsr."], "Sameie": ["Sa."],
    "Sameiet": ["Sa."], "Company": ["Co."], "Mekaniske": ["Mek."], "Verksted": ["Verkst."],
    "Fylkeskommune": ["Fylkeskomm."],
    "Trafikkskole": ["Trafikksk."], "Landbruk": ["Landbr."], "Gårdsdrift": ["Gårdsdr."],
    "Utleie": ["Utl."], "Regnskapsbyrå": ["Regnskapsb."], "Tannlegesenter": ["Tannl.senter"],
    "Eiendomsmegling": ["Eiendomsm."], "Mur": [], "Avdeling": ["avd."],
}
# street words: the full form and what people write
STREET_ABBREV = {"gata": ["gt.", "gt", "gaten"], "veien": ["vn.", "vn", "vei"],
                 "vegen": ["vn.", "veien"], "gate": ["gt.", "gt"]}

ENGLISH_CORE = [
    "Nordic", "Arctic", "Boreal", "Fjord", "North", "Polar", "Aurora", "Kvantum", "Vekst",
    "Kompass", "Pilar", "Nexus", "Varde", "Tinde", "Lumen", "Nova", "Skyline", "Bluewater",
    "Northwind", "Bridgehead", "Stavn", "Atlas", "Orion", "Vindel", "Saga", "Tidal",
]
ENGLISH_SUFFIX = ["Solutions", "Consulting", "Management", "Technology", "Technologies",
                  "Group", "Partners", "Systems", "Software", "Services", "Digital", "Analytics",
                  "Advisory", "Capital", "Logistics", "Energy", "Engineering", "Subsea"]

# international firms with a Norwegian company or branch: (brand, home country's legal word)
INTL = [
    ("Kalmar", "AB"), ("Hultafors", "AB"), ("Bravida", "AB"), ("Sweco", "AB"),
    ("Ramboll", "A/S"), ("Cowi", "A/S"), ("Niras", "A/S"), ("Systematic", "A/S"),
    ("Netcompany", "A/S"), ("Tieto", "Oyj"), ("Vaisala", "Oyj"), ("Kemppi", "Oy"),
    ("Hilti", "AG"), ("Berner", "GmbH"), ("Festool", "GmbH"), ("Dormakaba", "AG"),
    ("Brightwell", "Ltd"), ("Castlegate", "Ltd"), ("Redstone", "Ltd"), ("Kingsbridge", "Ltd"),
    ("Harbourview", "Ltd"), ("Thornbury", "Ltd"), ("Ashford", "Ltd"), ("Elmstead", "Ltd"),
    ("Van Dijk", "B.V."), ("Hoogland", "B.V."), ("Bluestream", "Inc."), ("Grayline", "Inc."),
]
COUNTRY_OTHER = [("Sverige", "AB"), ("Danmark", "ApS"), ("Finland", "Oy"), ("Sweden", "AB"),
                 ("Denmark", "A/S")]

# brands a consultant types next to the legal name; (legal name, form, brand). Those sharing
# no word with the brand carry the org number on both sides in the data set.
BRANDS = [
    ("Posten Norge", "AS", "Posten"), ("Telenor Norge", "AS", "Telenor"),
    ("Telia Norge", "AS", "Telia"), ("Elkjøp Norge", "AS", "Elkjøp"),
    ("Circle K Norge", "AS", "Circle K"), ("Fjordkraft", "AS", "Fjordkraft"),
    ("Ahlsell Norge", "AS", "Ahlsell"), ("Würth Norge", "AS", "Würth"),
    ("Optimera", "AS", "Optimera Byggevarer"), ("Byggmakker Handel", "AS", "Byggmakker"),
    ("Mester Grønn", "AS", "Mester Grønn"), ("Bergans Fritid", "AS", "Bergans"),
    ("Norsk Gjenvinning", "AS", "Norsk Gjenvinning"), ("Securitas", "AS", "Securitas"),
    ("Sector Alarm", "AS", "Sector Alarm"), ("Widerøe's Flyveselskap", "AS", "Widerøe"),
    ("Coop Norge", "SA", "Coop"), ("Felleskjøpet Agri", "SA", "Felleskjøpet"),
    ("Tine", "SA", "Tine"), ("Nortura", "SA", "Nortura"), ("Obos", "BBL", "OBOS"),
    ("Visma Software", "AS", "Visma"), ("Gjensidige Forsikring", "ASA", "Gjensidige"),
    ("Storebrand Livsforsikring", "AS", "Storebrand"), ("Løvenskiold Handel", "AS", "Maxbo"),
    ("Reitan Convenience Norway", "AS", "Narvesen"), ("Vygruppen", "AS", "Vy"),
    ("Kommunal Landspensjonskasse Gjensidig Forsikringsselskap", None, "KLP"),
    ("Norgesgruppen Servering", "AS", "Kaffebrenneriet"), ("Plantasjen Norge", "AS", "Plantasjen"),
    ("Biltema Norge", "AS", "Biltema"), ("Jernia", "AS", "Jernia"),
    ("Europris Butikkdrift", "AS", "Europris"), ("Elektroimportøren", "AS", "Elektroimportøren"),
]

ASSOC_TYPES = [  # (word after the place, abbreviation or short form or None)
    ("Idrettslag", "IL"), ("Skolekorps", None), ("Musikkorps", None), ("Velforening", "Vel"),
    ("Sanitetsforening", None), ("Historielag", None), ("Bondelag", None), ("Skytterlag", None),
    ("Turlag", None), ("Pensjonistforening", None), ("Husflidslag", None), ("Sjakklubb", None),
    ("Golfklubb", "GK"), ("Ballklubb", "BK"), ("Seilforening", None), ("Ungdomslag", None),
    ("Mannskor", None), ("Kvinnekor", None), ("Båtforening", None), ("Næringsforening", None),
]
# traps: another association of the same place that a tired eye takes for this one
ASSOC_NEIGHBOURS = {"Skolekorps": "Musikkorps", "Musikkorps": "Skolekorps",
                    "Sanitetsforening": "Pensjonistforening", "Pensjonistforening":
                    "Sanitetsforening", "Mannskor": "Kvinnekor", "Kvinnekor": "Mannskor",
                    "Bondelag": "Bygdekvinnelag", "Idrettslag": "Skiklubb", "Turlag": "Skiklubb",
                    "Velforening": "Båtforening", "Båtforening": "Velforening"}

PUBLIC_UNITS = ["Teknisk etat", "Plan- og bygningsetaten", "Helse og omsorg", "Oppvekst",
                "Eiendomsforvaltning", "Kultur", "Barnehageetaten", "Renovasjon"]

HEALTH = ["Tannlegesenter", "Legesenter", "Fysioterapi", "Fysioterapisenter", "Helsesenter",
          "Kiropraktorsenter", "Dyreklinikk", "Optikk", "Tannhelse"]
FOOD_SHOP = ["Bakeri", "Blomster", "Fisk", "Sport", "Jernvare", "Interiør", "Kafé", "Pizza",
             "Sushi", "Vinbar", "Bistro", "Frisør", "Hudpleie", "Gull og Ur", "Sko", "Bokhandel"]
CHURCH = ["menighetsråd", "Frikirke", "Misjonsmenighet", "kirkelige fellesråd", "Pinsemenighet",
          "Metodistmenighet"]
SCHOOL = ["Montessoriskole", "Friskole", "Steinerskole", "Kristne Grunnskole", "Musikkskole"]
ENK_TRADES = ["Snekker", "Tannlege", "Fotograf", "Frisør", "Rørlegger", "Murer", "Maler",
              "Regnskapsfører", "Konsulent", "Elektriker", "Fysioterapeut", "Psykolog",
              "Advokat", "Arkitekt", "Takstmann", "Kunstner", "Gullsmed", "Veterinær"]
ENK_SUFFIX = ["Snekkerservice", "Maskin", "Transport", "Consulting", "Regnskap", "Bygg",
              "Design", "Rådgivning", "Foto", "Graving", "Maling", "Eiendom", "Skogsdrift"]
HOLDING_WORDS = ["Holding", "Invest", "Eiendom", "Kapital", "Investering", "Forvaltning"]
FRANCHISE = ["Malermester Nilsen", "Fysio Vest", "Rørkjøp", "Elektroeksperten", "Proffbygg",
             "Regnskapshuset", "Tannhelse Nord", "Optiker Bjelland", "Megleren", "Boligpartner",
             "Frisørhuset", "Bilglassen", "Dekkmann", "Lønnsbyrået", "Takstmenn Vest"]
