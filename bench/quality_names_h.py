"""Names for `bench/quality_data_h.py`: the clients of a law firm and an auditing firm in Bergen,
Kristiansand and Bodø (persons, couples, estates, foundations, clubs, municipalities, fishing
and shipping, farms, holding companies, practices, real firms, co-ops) and their matters."""

from __future__ import annotations

FIRST_F = ["Kari", "Anne", "Ingrid", "Marit", "Liv", "Randi", "Solveig", "Astrid", "Berit",
           "Hilde", "Tone", "Kristin", "Silje", "Ingeborg", "Ragnhild", "Eli", "Gunn", "Turid",
           "Wenche", "Bodil", "Sigrid", "Åse", "Synnøve", "Torill", "Grethe", "Mette", "Nina",
           "Camilla", "Hanne", "Marte", "Ida", "Maren", "Elisabeth", "Unni", "Jorunn", "Kjersti",
           "Helga", "Borghild", "Signe", "Malin", "Tove", "Brit", "Gro", "Eva", "Lise", "Øydis"]
FIRST_M = ["Ola", "Per", "Jan", "Bjørn", "Ole", "Lars", "Knut", "Arne", "Svein", "Geir",
           "Terje", "Tor", "Odd", "Kjell", "Rune", "Trond", "Stein", "Håkon", "Øyvind", "Eirik",
           "Sindre", "Magnus", "Jostein", "Leif", "Egil", "Asbjørn", "Torbjørn", "Ragnar",
           "Halvard", "Sverre", "Gunnar", "Nils", "Einar", "Ivar", "Åge", "Kåre", "Roar", "Frode",
           "Morten", "Helge", "Anders", "Jon", "Erling", "Harald", "Sigurd", "Vidar", "Dag"]
MIDDLE = ["Marie", "Elise", "Johanne", "Kristine", "Helene", "Louise", "Margrethe", "Sofie",
          "Andreas", "Johan", "Kristian", "Martin", "Olav", "Petter", "Henrik", "Magne", "Inge",
          "Emil", "Gustav", "Alfred"]
SURNAMES = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
            "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg",
            "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen",
            "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen",
            "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen",
            "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen",
            "Ali", "Lunde", "Solheim", "Berntsen", "Kleppe", "Myklebust", "Aasen", "Tveit",
            "Brekke", "Helland", "Nordvik", "Sæther", "Fjeld", "Mikalsen", "Hovland", "Vik",
            "Rønning", "Sivertsen", "Thorsen", "Ellingsen", "Kvåle", "Grønlund", "Fagerli",
            "Hovden", "Skaar", "Lygre", "Tjøstheim", "Ødegård", "Løvås", "Torvik", "Sandvik",
            "Espeland", "Haaland", "Hjelle", "Bratland", "Osmundsen", "Årstad", "Kolstad",
            "Tobiassen", "Salvesen", "Håland", "Fredriksen", "Abrahamsen", "Mortensen"]

# municipality -> neighbourhoods and villages; the three offices and their regions
REGIONS = {
    "Bergen": {
        "Bergen": ["Fana", "Åsane", "Laksevåg", "Sandviken", "Nordnes", "Fyllingsdalen",
                   "Ytrebygda", "Arna", "Paradis", "Landås", "Møhlenpris", "Minde", "Nesttun",
                   "Loddefjord", "Kalfaret", "Hop", "Søreide", "Ulset", "Tertnes", "Indre Arna"],
        "Askøy": ["Kleppestø", "Strusshamn", "Florvåg", "Hanøytangen", "Ravnanger"],
        "Øygarden": ["Straume", "Sotra", "Rong", "Hjelteryggen", "Fjell", "Tælavåg"],
        "Alver": ["Knarvik", "Manger", "Lindås", "Frekhaug", "Radøy"],
        "Bjørnafjorden": ["Osøyro", "Eikelandsosen", "Lysefjorden", "Tysnes"],
        "Osterøy": ["Lonevåg", "Hosanger", "Valestrandsfossen"],
        "Kvam": ["Norheimsund", "Øystese", "Ålvik"],
    },
    "Kristiansand": {
        "Kristiansand": ["Lund", "Grim", "Vågsbygd", "Randesund", "Hånes", "Tinnheia",
                         "Slettheia", "Søm", "Justvik", "Tveit", "Kvadraturen", "Gimlekollen",
                         "Strai", "Flekkerøy", "Søgne", "Songdalen", "Hamresanden", "Voiebyen"],
        "Vennesla": ["Moseidmoen", "Hunsfos", "Grovane"],
        "Lillesand": ["Høvåg", "Brekkestø", "Vestre Vallesverd"],
        "Birkenes": ["Birkeland", "Herefoss", "Engesland"],
        "Lindesnes": ["Mandal", "Vigeland", "Spangereid", "Åseral"],
        "Grimstad": ["Fevik", "Landvik", "Eide", "Reddal"],
    },
    "Bodø": {
        "Bodø": ["Rønvik", "Hunstad", "Mørkved", "Løding", "Saltstraumen", "Skjerstad",
                 "Tverlandet", "Bodøsjøen", "Jensvoll", "Kjerringøy", "Vikan", "Hernes",
                 "Stormyra", "Alstad", "Valnesfjord", "Misvær", "Støvset"],
        "Fauske": ["Sulitjelma", "Valnesfjord", "Finneid", "Straumen"],
        "Saltdal": ["Rognan", "Røkland", "Storjord"],
        "Gildeskål": ["Inndyr", "Sandhornøy", "Våg", "Nordarnøy"],
        "Meløy": ["Ørnes", "Glomfjord", "Halsa", "Bolga"],
        "Steigen": ["Leinesfjord", "Nordskot", "Bogøy"],
        "Vestvågøy": ["Leknes", "Stamsund", "Ballstad"],
        "Røst": ["Røstlandet"],
        "Værøy": ["Sørland"],
    },
}

STREETS = ["Kong Oscars gate", "Nygårdsgaten", "Markeveien", "Tollbodgata", "Dronningens gate",
           "Storgata", "Kongens gate", "Sjøgata", "Prinsens gate", "Elvegata", "Fjellveien",
           "Skuteviksveien", "Kalfarveien", "Festningsgata", "Vestre Strandgate", "Rådhusgata",
           "Torvgata", "Havnegata", "Parkveien", "Sandviksveien", "Marken", "Holmen", "Kirkegata",
           "Jernbaneveien", "Bankgata", "Fridtjof Nansens vei", "Olav Kyrres gate", "Tordenskjolds gate"]
COOP_NAMES = ["Lyngheim", "Fjellhaug", "Solbakken", "Granly", "Lia Terrasse", "Sjøsiden",
              "Havblikk", "Sentrum Park", "Bryggen Panorama", "Utsikten", "Eikeli", "Kløverhagen",
              "Furulund", "Bakkehaugen", "Torget", "Kaiterrassen", "Solsiden", "Nordlys",
              "Sjøbakken", "Vågsbunnen", "Fjordglimt", "Bjørkelund"]

FARMS = ["Hoel", "Berg", "Haugen", "Lia", "Moen", "Bakke", "Dal", "Vik", "Nes", "Tveit", "Rød",
         "Nygård", "Solberg", "Steinsland", "Kvåle", "Gjerde", "Hauge", "Åsen", "Myklebust",
         "Sandnes", "Kvitberg", "Holm", "Eikeland", "Lunde", "Skog", "Fjellstad", "Heggland",
         "Storvik", "Øyen", "Strømsnes", "Valle", "Lien"]
FARM_PREFIX = ["Nordre", "Søndre", "Øvre", "Nedre", "Vestre", "Østre", "Store", "Lille"]

VESSELS = ["Havbris", "Havglans", "Nordstjerna", "Senjahav", "Remøy", "Fiskebank",
           "Vestfjord", "Salthammer", "Lofothav", "Kvitholmen", "Gadus Neptun", "Skagøy",
           "Røstbanken", "Værøyhav", "Saltværing", "Malangen", "Ramoen", "Nordsjøbas",
           "Havstål", "Ståløy", "Kings Bay", "Fjordbas", "Helgøy", "Storegg", "Havdrott",
           "Nordtind", "Sjøbris", "Straumbas", "Bøbas", "Kystfangst"]
VESSEL_PREFIX = ["M/S", "F/T", "M/K", "M/S", "F/T"]

SEAFOOD_WORDS = ["Havbruk", "Sjømat", "Fiskeri", "Seafood", "Fiskeoppdrett", "Laks",
                 "Skjell", "Fisk"]
SEAFOOD_PREFIX = ["Nordlands", "Vestkyst", "Saltens", "Sørlandets", "Fjord", "Kyst", "Nordhav",
                  "Lofot", "Hav", "Vesterålen", "Skjergard", "Blåfjord", "Sølvtorsk", "Storhav"]

TRADES = ["Bygg", "Transport", "Elektro", "Rør", "Maskin", "Eiendom", "Regnskap", "Entreprenør",
          "Anlegg", "Tak", "Maling", "Bilservice", "Snekkerverksted", "Trelast", "Handel",
          "Consult", "Utleie", "Byggservice", "Graving", "Mekaniske Verksted"]

CLUB_KINDS = [("Velforening", None), ("Vel", None), ("Idrettslag", "IL"),
              ("Skolekorps", None), ("Musikkorps", None), ("Menighet", None),
              ("Menighetsråd", None), ("Sanitetsforening", None), ("Båtforening", None),
              ("Historielag", None), ("Sjakklubb", None), ("Skytterlag", None),
              ("Turlag", None), ("Pensjonistforening", None), ("Ungdomslag", None)]

FOUNDATION_TAILS = ["Eldresenter", "Kulturhus", "Sjømannshjem", "Museum", "Barnehage",
                    "Kystkultursenter", "Legat", "Fond", "Bygdetun", "Fyr", "Sommerleir",
                    "Misjonssenter", "Kunstsamling", "Fiskerimuseum"]

PRACTICES = ["Tannlegesenter", "Tannlegene", "Tannklinikk", "Legesenter", "Legekontor",
             "Fysioterapi", "Kiropraktorsenter", "Øyelegesenter", "Tannhelse"]

# (municipality or county-level body, office)
MUNICIPAL = {
    "Bergen": ["Bergen kommune", "Askøy kommune", "Øygarden kommune", "Alver kommune",
               "Bjørnafjorden kommune", "Osterøy kommune", "Kvam herad",
               "Vestland fylkeskommune", "Bergen Vann KF", "Bergen Bolig og Byfornyelse KF",
               "Bergen Havn AS", "Bergen Parkering KF", "Vestland Revisjon IKS",
               "Bergen Brannvesen", "Nordhordland Revisjon IKS", "Bergen Kino AS",
               "Grieghallen IKS", "Bergen Sentrum AS", "Vestlandsrevisjon Kommunal IKS"],
    "Kristiansand": ["Kristiansand kommune", "Vennesla kommune", "Lillesand kommune",
                     "Birkenes kommune", "Lindesnes kommune", "Grimstad kommune",
                     "Agder fylkeskommune", "Kristiansand Havn KF", "Kristiansand Parkering KF",
                     "Kilden Teater- og Konserthus IKS", "Agder Kommunerevisjon IKS",
                     "Avfall Sør AS", "Kristiansand Eiendom KF", "Vest-Agder Museet IKS",
                     "Kristiansand Kino AS", "Songdalen Vann KF"],
    "Bodø": ["Bodø kommune", "Fauske kommune", "Saltdal kommune", "Gildeskål kommune",
             "Meløy kommune", "Steigen kommune", "Røst kommune", "Værøy kommune",
             "Nordland fylkeskommune", "Bodø Havn KF", "Salten Brann IKS", "Iris Salten IKS",
             "Salten Kommunerevisjon IKS", "Bodø Spektrum KF", "Stormen Kultursenter KF",
             "Bodø Kino AS", "Salten Regionråd", "Nordland Kommunerevisjon IKS"],
}

# real Norwegian firms: (name, shorts people type, sister company as a trap or None)
REAL = [
    ("Sparebanken Vest", ("Sparebanken Vest",), "Sparebanken Vest Boligkreditt AS"),
    ("SpareBank 1 Nord-Norge", ("Sparebank 1 Nord-Norge",), "SpareBank 1 Regnskapshuset Nord-Norge AS"),
    ("Sparebanken Sør", ("Sparebanken Sør",), "Sparebanken Sør Boligkreditt AS"),
    ("DNB Bank ASA", ("DNB",), "DNB Eiendom AS"),
    ("Skagerrak Sparebank", (), None),
    ("Bien Sparebank AS", (), None),
    ("Sparebanken Norge", (), None),
    ("Odfjell SE", ("Odfjell",), "Odfjell Tankers AS"),
    ("Wilh. Wilhelmsen Holding ASA", ("Wilhelmsen",), "Wilh. Wilhelmsen ASA"),
    ("Grieg Star AS", ("Grieg Star",), "Grieg Maritime Group AS"),
    ("Westfal-Larsen & Co AS", ("Westfal-Larsen",), None),
    ("Simon Møkster Shipping AS", ("Møkster",), None),
    ("Eidesvik Offshore ASA", ("Eidesvik",), "Eidesvik Shipping AS"),
    ("Knutsen OAS Shipping AS", ("Knutsen OAS",), None),
    ("Torghatten Nord AS", ("Torghatten Nord",), "Torghatten ASA"),
    ("Boreal Sjø AS", ("Boreal",), None),
    ("Norled AS", (), None),
    ("Havila Kystruten AS", ("Havila",), "Havila Holding AS"),
    ("Hurtigruten Norge AS", ("Hurtigruten",), None),
    ("Lerøy Seafood Group ASA", ("Lerøy",), "Lerøy Aurora AS"),
    ("Grieg Seafood ASA", ("Grieg Seafood",), "Grieg Seafood Rogaland AS"),
    ("Mowi ASA", ("Mowi",), "Mowi Norway AS"),
    ("Cermaq Norway AS", ("Cermaq",), None),
    ("Nova Sea AS", ("Nova Sea",), None),
    ("Nergård AS", ("Nergård",), "Nergård Havfiske AS"),
    ("Brødrene Karlsen AS", ("Brødrene Karlsen",), None),
    ("Norges sjømatråd AS", ("Sjømatrådet",), None),
    ("Bodø Sjøfartsmuseum", (), None),
    ("NorgesGruppen ASA", ("NorgesGruppen",), "NorgesGruppen Data AS"),
    ("Coop Nordland SA", ("Coop Nordland",), None),
    ("Coop Sørvest SA", (), None),
    ("Europris ASA", ("Europris",), None),
    ("Rema 1000 Norge AS", ("Rema 1000",), None),
    ("Kiwi Norge AS", ("Kiwi",), None),
    ("Jernia AS", (), None),
    ("Bertel O. Steen AS", ("Bertel O. Steen",), None),
    ("Kristiansand Dyrepark AS", ("Dyreparken",), None),
    ("Glencore Nikkelverk AS", ("Nikkelverket",), None),
    ("Elkem ASA", ("Elkem",), "Elkem Fiskaa"),
    ("Agder Energi AS", ("Agder Energi",), "Agder Energi Vannkraft AS"),
    ("Eviny AS", ("Eviny",), "Eviny Fornybar AS"),
    ("BKK Nett AS", ("BKK",), None),
    ("Bodø Energi AS", ("Bodø Energi",), "Bodø Energi Kraftsalg AS"),
    ("Widerøe's Flyveselskap AS", ("Widerøe",), None),
    ("Avinor AS", (), None),
    ("TINE SA", ("Tine",), None),
    ("Nortura SA", (), None),
    ("Bama Gruppen AS", ("Bama",), None),
    ("Equinor ASA", ("Equinor",), None),
    ("Framo AS", (), None),
    ("Bergen Engines AS", (), None),
    ("Statkraft AS", (), None),
    ("Posten Norge AS", ("Posten",), "Posten Bring AS"),
    ("Norsk Hydro ASA", ("Hydro",), None),
    ("Kongsberg Maritime AS", ("Kongsberg",), None),
    ("Skretting AS", (), None),
    ("Olav Thon Gruppen AS", ("Thon",), None),
    ("Sandvikens Brygge AS", (), None),
    ("Hansa Borg Bryggerier AS", ("Hansa",), None),
    ("Aass Bryggeri AS", (), None),
    ("Mack Bryggeri AS", (), None),
    ("Rolls-Royce Marine AS", (), None),
    ("Nordlandsbadet AS", (), None),
    ("Glamox AS", (), None),
    ("Bergen Group Services AS", (), None),
    ("Telenor Norge AS", ("Telenor",), None),
    ("Gjensidige Forsikring ASA", ("Gjensidige",), None),
    ("Fjord1 AS", (), None),
]

# what the sibling company of a holding is called
SISTER = {"Holding": "Invest", "Invest": "Holding"}

# word -> abbreviations people type (case kept as the word's)
ABBREV = {
    "Sparebanken": ["Sp.banken", "Sparebk."], "Sparebank": ["Sp.bank", "Sparebk."],
    "SpareBank": ["Sp.bank"], "Advokatfirmaet": ["Adv.firmaet", "Advfirmaet"],
    "Advokatfirma": ["Adv.firma"], "Stiftelsen": ["Stift.", "Stift"],
    "Borettslag": ["BRL", "Brl."], "Idrettslag": ["IL"], "Idrettsforening": ["IF"],
    "fylkeskommune": ["fylkeskomm.", "fk."], "Velforening": ["Vel", "Velforen."],
    "Menighet": ["Men."], "Menighetsråd": ["Men.råd", "Menighetsr."],
    "Sanitetsforening": ["Sanitetsforen.", "San.forening"], "Tannlegesenter": ["Tannl.senter"],
    "Tannlegene": ["Tannl."], "Legesenter": ["Legesent.", "Lege-senter"],
    "Fiskebåtrederi": ["Fiskeb.rederi", "Fiskebåtred."], "Skipsrederi": ["Skipsred."],
    "Eiendom": ["Eiend."], "Gårdsdrift": ["Gårdsdr."], "Brødrene": ["Brdr.", "Brd."],
    "Entreprenør": ["Entr."], "Transport": ["Transp."], "Kristiansand": ["Kr.sand", "Krsand"],
    "Nord-Norge": ["N-Norge", "Nord-N."], "Regnskap": ["Regnsk."], "Båtforening": ["Båtforen."],
    "Historielag": ["Hist.lag"], "Pensjonistforening": ["Pensj.foren.", "Pensjonistforen."],
    "Skolekorps": ["Skolek."], "Musikkorps": ["Mk."], "Kommunerevisjon": ["Komm.rev."],
    "Revisjon": ["Rev."], "Kystkultursenter": ["Kystkult.senter"], "Sjømannshjem": ["Sjøm.hjem"],
    "Mekaniske": ["Mek."], "Verksted": ["Verkst."], "Holding": ["Hold."],
    "Fiskeoppdrett": ["Fiskeoppdr."], "Shipping": ["Shipp."],
    "Flyveselskap": ["Flyveselsk."], "Bryggerier": ["Bryggeri"], "Forsikring": ["Fors."],
    "Kultursenter": ["Kult.senter"], "Brannvesen": ["Brannv."], "Kiropraktorsenter": ["Kiropr.senter"],
}
ESTATE_FORMS = ["Dødsbo etter", "Boet etter", "Dødsboet etter"]
ESTATE_ABBREV = ["Db.", "Dbo", "Dødsbo", "Db. etter", "Dødsbo e."]

# compound words and where they split
COMPOUNDS = {"Fiskebåtrederi": ("Fiskebåt", "rederi"), "Tannlegesenter": ("Tannlege", "senter"),
             "Legesenter": ("Lege", "senter"), "Velforening": ("Vel", "forening"),
             "Idrettslag": ("Idretts", "lag"), "Skolekorps": ("Skole", "korps"),
             "Musikkorps": ("Musikk", "korps"), "Menighetsråd": ("Menighets", "råd"),
             "Sanitetsforening": ("Sanitets", "forening"), "Båtforening": ("Båt", "forening"),
             "Kystkultursenter": ("Kystkultur", "senter"), "Eldresenter": ("Eldre", "senter"),
             "Fiskeoppdrett": ("Fiske", "oppdrett"), "Kulturhus": ("Kultur", "hus"),
             "Byggservice": ("Bygg", "service"), "Bilservice": ("Bil", "service"),
             "Snekkerverksted": ("Snekker", "verksted"), "Gårdsdrift": ("Gårds", "drift"),
             "Tannklinikk": ("Tann", "klinikk"), "Legekontor": ("Lege", "kontor"),
             "Øyelegesenter": ("Øyelege", "senter"), "Sjømannshjem": ("Sjømanns", "hjem"),
             "Fiskerimuseum": ("Fiskeri", "museum"), "Bygdetun": ("Bygde", "tun"),
             "Pensjonistforening": ("Pensjonist", "forening"), "Skytterlag": ("Skytter", "lag"),
             "Kommunerevisjon": ("Kommune", "revisjon"), "Sjøfartsmuseum": ("Sjøfarts", "museum"),
             "Kultursenter": ("Kultur", "senter"), "Tannhelse": ("Tann", "helse"),
             "Boligkreditt": ("Bolig", "kreditt"), "Misjonssenter": ("Misjons", "senter")}

# ---- matters and engagements ----------------------------------------------------------------

# client category -> law matters; {y} a year, {case} a case number
LAW = {
    "person": ["Arveoppgjør", "Testament", "Fremtidsfullmakt", "Ektepakt", "Samboeravtale",
               "Skilsmisse", "Kjøpekontrakt bolig", "Tvist håndverker", "Barnefordeling",
               "Oppsigelse arbeidsforhold", "Naboklage", "Eiendomsgrense", "Tomtefeste",
               "Erstatningskrav", "Gavebrev", "Forsikringssak", "Tvist boligkjøp",
               "Husleietvist", "Vergemål"],
    "couple": ["Testament", "Ektepakt", "Fremtidsfullmakt", "Kjøpekontrakt bolig",
               "Tvist boligkjøp", "Generasjonsskifte hytte", "Gavebrev", "Tvist håndverker",
               "Sameieavtale hytte", "Tomtefeste"],
    "estate": ["Skifte", "Arveoppgjør", "Privat skifte", "Offentlig skifte", "Salg av bolig",
               "Boutlodning", "Skifteattest", "Tvist om arv", "Salg av hytte"],
    "company": ["Kjøpekontrakt", "Aksjonæravtale", "Due diligence", "Generalforsamling {y}",
                "Tvist leverandør", "Leiekontrakt", "Arbeidskontrakter", "Fusjon", "Emisjon",
                "Inkasso", "Tvist entreprenør", "Styreansvar", "Oppkjøp", "Omdanning",
                "Personvern GDPR", "Konkursbehandling"],
    "fishing": ["Kjøp av fartøy", "Kvoteoverføring", "Strukturkvote", "Kontrahering nybygg",
                "Forsikringsoppgjør", "Tvist verft", "Salg av fartøy", "Konsesjonssøknad",
                "Mannskapsavtaler"],
    "farm": ["Odelsrett", "Generasjonsskifte", "Forpaktningsavtale", "Konsesjon",
             "Jordskifte", "Tvist beiterett", "Kårkontrakt", "Eiendomsgrense"],
    "public": ["Anskaffelse {y}", "Reguleringsplan", "Ekspropriasjon", "Tvist entreprenør",
               "Personalsak", "Innsynskrav", "Leiekontrakt", "Arbeidsrett bistand",
               "Rammeavtale juridisk bistand"],
    "coop": ["Generalforsamling {y}", "Vedtektsendring", "Tvist utbygger", "Rehabilitering",
             "Seksjonering", "Husordensregler", "Tvist andelseier"],
    "club": ["Årsmøte {y}", "Vedtekter", "Leiekontrakt klubbhus", "Tvist utbygger",
             "Sponsoravtale", "Styreansvar"],
    "foundation": ["Vedtektsendring", "Omdanning", "Tvist utbygger", "Legatutdeling {y}",
                   "Leiekontrakt"],
}
AUDIT = {
    "company": ["Årsrevisjon {y}", "Revisjon {y}", "Skattemelding {y}", "Årsregnskap {y}",
                "Due diligence", "Attestasjon kapitalforhøyelse", "Rådgivning omdanning",
                "Generalforsamling {y}", "Forenklet revisorkontroll {y}", "Mva-rådgivning",
                "Transaksjonsstøtte", "Attestasjon tilskudd {y}"],
    "public": ["Attestasjon mva-kompensasjon {y}", "Revisjon prosjektregnskap {y}",
               "Attestasjon tilskudd {y}", "Forvaltningsrevisjon", "Årsrevisjon {y}",
               "Selskapskontroll {y}"],
    "club": ["Revisjon {y}", "Attestasjon mva-kompensasjon {y}", "Årsregnskap {y}",
             "Attestasjon spillemidler {y}"],
    "coop": ["Revisjon {y}", "Årsregnskap {y}", "Skattemelding {y}"],
    "foundation": ["Revisjon {y}", "Årsregnskap {y}", "Attestasjon tilskudd {y}",
                   "Rapportering Stiftelsestilsynet {y}"],
    "person": ["Skattemelding {y}", "Formuesverdsettelse", "Rådgivning generasjonsskifte",
               "Rådgivning utleie {y}"],
    "estate": ["Skattemelding {y}", "Boregnskap", "Formuesoppstilling"],
    "fishing": ["Årsrevisjon {y}", "Skattemelding {y}", "Attestasjon kvote", "Due diligence",
                "Verdivurdering fartøy"],
    "farm": ["Skattemelding {y}", "Næringsoppgave {y}", "Attestasjon produksjonstilskudd {y}",
             "Generasjonsskifte"],
}
AUDIT["couple"] = AUDIT["person"]

# main project -> its sub-projects (level 2)
SUBS = {
    "Tvist": ["Forhandlinger", "Forliksråd", "Tingrett", "Lagmannsrett", "Forlik", "Anke"],
    "Skifte": ["Registrering", "Verdsettelse", "Utlodning", "Skifteoppgjør", "Boregnskap"],
    "Arveoppgjør": ["Registrering", "Verdsettelse", "Utlodning", "Skifteoppgjør"],
    "Årsrevisjon": ["Interimsrevisjon", "Årsoppgjørsrevisjon", "Revisjonsberetning",
                    "Attestasjoner", "Planlegging"],
    "Revisjon": ["Interimsrevisjon", "Årsoppgjør", "Revisjonsberetning", "Planlegging"],
    "Due diligence": ["Finansiell DD", "Skatt DD", "Juridisk DD", "Rapport"],
    "Fusjon": ["Fusjonsplan", "Kreditorvarsel", "Registrering"],
    "Kjøp av fartøy": ["Kontrakt", "Finansiering", "Registrering i skipsregisteret"],
    "Generasjonsskifte": ["Verdsettelse", "Skatteberegning", "Avtaler"],
    "Anskaffelse": ["Konkurransegrunnlag", "Evaluering", "Klagebehandling", "Kontrakt"],
}
SUB_YEARS = ["Skattemelding", "Årsregnskap", "Næringsoppgave"]  # a main "Skatt og regnskap"

PROJECT_ABBREV = {"Årsrevisjon": ["Årsrev.", "Årsrev"], "Revisjon": ["Rev."],
                  "Skattemelding": ["Skattem.", "Skattemeld."], "Generalforsamling": ["GF", "Gen.fors."],
                  "Arveoppgjør": ["Arveoppg."], "Kjøpekontrakt": ["Kjøpekontr."],
                  "Due diligence": ["DD"], "Attestasjon": ["Att.", "Attest."],
                  "Årsregnskap": ["Årsregnsk."], "Fremtidsfullmakt": ["Fremtidsf."],
                  "Forenklet revisorkontroll": ["Forenklet rev.kontroll"],
                  "mva-kompensasjon": ["mva-komp.", "mvakomp"], "Anskaffelse": ["Anskaff."],
                  "Aksjonæravtale": ["Aksj.avtale"], "Næringsoppgave": ["Næringsoppg."],
                  "Interimsrevisjon": ["Interim"], "Lagmannsrett": ["Lagm.rett"],
                  "Generasjonsskifte": ["Gen.skifte"], "Vedtektsendring": ["Vedt.endring"],
                  "Privat skifte": ["Priv. skifte"], "Offentlig skifte": ["Off. skifte"],
                  "Rådgivning": ["Rådgiv."]}
PROJECT_MORE = {"Revisjon": "Revisjon regnskap", "Skifte": "Skifte dødsbo",
                "Testament": "Testament og arv", "Skattemelding": "Skattemelding personlig",
                "Årsregnskap": "Årsregnskap og noter", "Tvist": "Tvist sivil",
                "Kjøpekontrakt": "Kjøpekontrakt eiendom", "Arveoppgjør": "Arveoppgjør dødsbo",
                "Generalforsamling": "Ordinær generalforsamling",
                "Due diligence": "Due diligence oppkjøp", "Attestasjon": "Attestasjon revisor",
                "Vedtekter": "Nye vedtekter", "Leiekontrakt": "Leiekontrakt lokaler"}
