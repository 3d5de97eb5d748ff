"""Names for `bench/quality_data_n.py`: the customers of an interpreting and translation agency
that also runs language and professional courses (offices in Oslo, Bergen, Stavanger, Tromsø and
Kristiansand). Real public bodies with their former names after the reorganisations (police
districts 2016, courts 2021, municipalities and counties 2018-2020, Fylkesmannen ->
Statsforvalteren 2021), their acronyms and units; real companies with former names and parents;
and the parts from which persons, practices, law firms, congregations and associations are made.
"""

from __future__ import annotations

OFFICES = ("Oslo", "Bergen", "Stavanger", "Tromsø", "Kristiansand")

# ---- persons -------------------------------------------------------------------------------

NO_FIRST = (
    "Kari", "Ingrid", "Anne", "Marit", "Liv", "Hilde", "Silje", "Ida", "Nora", "Ingvild", "Tone",
    "Randi", "Hanne", "Camilla", "Siri", "Åse", "Sølvi", "Bodil", "Gunnhild", "Ragnhild", "Ole",
    "Lars", "Jon", "Per", "Knut", "Bjørn", "Arne", "Morten", "Geir", "Trond", "Espen", "Håkon",
    "Magnus", "Sindre", "Øyvind", "Eirik", "Jørgen", "Torbjørn", "Terje", "Stian", "Vegard",
)
NO_FEMALE = NO_FIRST[:20]
NO_MIDDLE_F = ("Marie", "Elisabeth", "Johanne", "Kristine", "Margrethe")
NO_MIDDLE_M = ("Andreas", "Johan", "Kristian", "Olav", "Emil")
NO_SURNAMES = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Dahl",
    "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Moen", "Gundersen", "Iversen",
    "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Bakken", "Mathisen", "Lie",
    "Amundsen", "Rasmussen", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Holm",
    "Lien", "Hauge", "Evensen", "Sæther", "Aas", "Myhre", "Haugland", "Thomassen", "Sivertsen",
    "Simonsen", "Sandvik", "Rønning", "Næss", "Vik", "Haug", "Ellingsen", "Thorsen", "Birkeland",
    "Isaksen", "Ruud", "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård", "Helland", "Bøe",
    "Aune", "Brekke", "Tveit", "Kvalheim", "Fossum", "Skogen", "Grønvold", "Løvås", "Sletten",
)

# origin -> (first names, surnames, transliteration variants: spelling -> other spellings)
FOREIGN: dict[str, tuple[tuple[str, ...], tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "somali": (
        ("Mohamed", "Abdi", "Ahmed", "Hassan", "Abdullahi", "Omar", "Yusuf", "Ibrahim", "Fadumo",
         "Hodan", "Amina", "Halima", "Sahra", "Asha", "Farhiya", "Khadra", "Nasra", "Ayan"),
        ("Abdi", "Ali", "Hassan", "Mohamed", "Ahmed", "Farah", "Warsame", "Jama", "Osman", "Aden",
         "Hussein", "Nur", "Abdullahi", "Omar", "Egal", "Guled", "Dahir", "Mohamud", "Ismail"),
        {"Mohamed": ("Maxamed", "Mohammed"), "Abdi": ("Cabdi",), "Hassan": ("Xasan", "Hasan"),
         "Ahmed": ("Axmed", "Ahmad"), "Ali": ("Cali",), "Omar": ("Cumar",),
         "Hussein": ("Xuseen", "Husein"), "Abdullahi": ("Cabdullaahi", "Abdulahi"),
         "Mohamud": ("Maxamuud", "Mahamud"), "Farah": ("Faarax",), "Halima": ("Xaliimo",),
         "Warsame": ("Warsama",), "Yusuf": ("Yussuf",), "Fadumo": ("Faduma",)},
    ),
    "arabic": (
        ("Mohammad", "Ahmad", "Omar", "Khaled", "Mahmoud", "Yasser", "Rami", "Samer", "Fatima",
         "Rania", "Lina", "Noor", "Huda", "Reem", "Layla", "Bashar", "Hiba"),
        ("Al-Hassan", "Al-Ahmad", "Khalil", "Haddad", "Ibrahim", "Saleh", "Mansour", "Hamdan",
         "Darwish", "Nasser", "Al-Khatib", "Yousef", "Abdallah", "Suleiman", "Othman", "Al-Masri",
         "Kassem", "Hamoud"),
        {"Mohammad": ("Mohammed", "Muhammad", "Mohamad"), "Ahmad": ("Ahmed",),
         "Khaled": ("Khalid",), "Mahmoud": ("Mahmud",), "Yousef": ("Yousif", "Yusuf"),
         "Al-Hassan": ("Alhassan", "Al Hassan"), "Al-Ahmad": ("Alahmad", "Al Ahmad"),
         "Al-Khatib": ("Alkhatib", "Al Khatib"), "Al-Masri": ("Almasri", "Al Masri"),
         "Abdallah": ("Abdullah",), "Suleiman": ("Sulaiman", "Sleiman"), "Othman": ("Osman",),
         "Noor": ("Nour",), "Layla": ("Leila",), "Kassem": ("Qassem", "Qasim"),
         "Hamoud": ("Hammoud",), "Saleh": ("Salih",)},
    ),
    "tigrinya": (
        ("Yohannes", "Tesfay", "Mehari", "Kidane", "Semhar", "Selam", "Senait", "Filmon", "Robel",
         "Yonas", "Merhawi", "Luwam", "Saba", "Yordanos", "Daniel", "Helen"),
        ("Tesfay", "Haile", "Gebremedhin", "Tekle", "Berhane", "Kidane", "Ghebreyesus",
         "Woldemichael", "Mehari", "Abraha", "Habte", "Asfaha", "Gebremariam", "Tewolde"),
        {"Tesfay": ("Tesfai", "Tesfaye"), "Gebremedhin": ("Ghebremedhin", "Gebre-Medhin"),
         "Ghebreyesus": ("Gebreyesus", "Ghebre-Yesus"),
         "Woldemichael": ("Weldemichael", "Wolde-Michael", "Woldemikael"),
         "Gebremariam": ("Ghebremariam", "Gebre-Mariam"), "Yohannes": ("Johannes", "Yohanes"),
         "Berhane": ("Birhane", "Berhan"), "Tewolde": ("Tewelde",), "Asfaha": ("Asfeha",)},
    ),
    "persian": (
        ("Ali", "Reza", "Hamid", "Mohammad", "Mariam", "Zahra", "Fatemeh", "Shabnam", "Farid",
         "Jawad", "Sohrab", "Nasrin", "Parisa", "Morteza", "Habib"),
        ("Ahmadi", "Mohammadi", "Hosseini", "Rezaei", "Karimi", "Hashemi", "Sadeghi", "Rahimi",
         "Azizi", "Jafari", "Nazari", "Haidari", "Amiri", "Sultani", "Noori"),
        {"Mohammadi": ("Mohamadi",), "Hosseini": ("Husseini", "Hoseini"), "Rezaei": ("Rezai",),
         "Haidari": ("Heidari", "Haydari"), "Jafari": ("Jaafari", "Djafari"),
         "Noori": ("Nouri",), "Sadeghi": ("Sadegi",), "Mohammad": ("Mohammed", "Mohamad"),
         "Fatemeh": ("Fatema",), "Morteza": ("Mortaza",)},
    ),
    "ukrainian": (
        ("Olena", "Oleksandr", "Andrii", "Serhii", "Yuliia", "Tetiana", "Iryna", "Nataliia",
         "Mykola", "Oksana", "Viktoriia", "Dmytro", "Kateryna", "Volodymyr", "Svitlana", "Yurii"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
         "Koval", "Oliinyk", "Shevchuk", "Polishchuk", "Lysenko", "Marchenko", "Savchenko",
         "Rudenko", "Moroz", "Zhuk"),
        {"Olena": ("Elena", "Olena"), "Oleksandr": ("Aleksandr", "Oleksander"),
         "Andrii": ("Andriy", "Andrij"), "Serhii": ("Sergii", "Serhiy"),
         "Yuliia": ("Yulia", "Julia"), "Tetiana": ("Tetyana", "Tatiana"), "Iryna": ("Irina",),
         "Nataliia": ("Natalia", "Natalija"), "Mykola": ("Nikolai",),
         "Viktoriia": ("Viktoria",), "Dmytro": ("Dmitro",), "Kateryna": ("Katerina",),
         "Yurii": ("Yuriy", "Jurij"), "Shevchenko": ("Sjevtsjenko",),
         "Tkachenko": ("Tkatsjenko",), "Kravchenko": ("Kravtsjenko",),
         "Shevchuk": ("Sjevtsjuk",), "Polishchuk": ("Polisjtsjuk",), "Zhuk": ("Zjuk",),
         "Oliinyk": ("Olijnyk", "Oliynyk"), "Boiko": ("Boyko",), "Savchenko": ("Savtsjenko",),
         "Marchenko": ("Martsjenko",), "Melnyk": ("Melnik",), "Volodymyr": ("Volodimir",)},
    ),
    "polish": (
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Łukasz", "Marcin", "Michał", "Agnieszka",
         "Katarzyna", "Magdalena", "Anna", "Małgorzata", "Joanna", "Wojciech", "Grzegorz"),
        ("Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk",
         "Kowalski"),
        {},
    ),
    "lithuanian": (
        ("Jonas", "Tomas", "Mindaugas", "Darius", "Rasa", "Ieva", "Aušra", "Vaida"),
        ("Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas", "Žukauskas",
         "Butkus", "Paulauskas"),
        {},
    ),
    "vietnamese": (
        ("Văn An", "Thị Lan", "Minh Tuấn", "Thanh Hương", "Đức Anh", "Thị Mai", "Quang Huy"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"),
        {},
    ),
    "filipino": (
        ("Maria", "Jocelyn", "Rosalie", "Mary Ann", "Jose", "Mark Anthony", "Cristina"),
        ("Santos", "Reyes", "Dela Cruz", "Garcia", "Mendoza", "Bautista", "Villanueva"),
        {"Dela Cruz": ("De la Cruz", "Delacruz")},
    ),
}
# Polish surnames of women end in -ska/-cka
POLISH_FEMININE = {"Agnieszka", "Katarzyna", "Magdalena", "Anna", "Małgorzata", "Joanna"}
LITHUANIAN_FEMININE = {"Rasa", "Ieva", "Aušra", "Vaida"}

# ---- places --------------------------------------------------------------------------------

# town -> neighbourhoods (legesenter, tannklinikk, skoler, menigheter draw from these)
AREAS: dict[str, tuple[str, ...]] = {
    "Oslo": ("Grorud", "Stovner", "Furuset", "Tøyen", "Grønland", "Grünerløkka", "Majorstuen",
             "Holmlia", "Mortensrud", "Lambertseter", "Bjølsen", "Sagene", "Romsås", "Haugerud",
             "Manglerud", "Ammerud", "Vinderen", "Torshov", "Ullevål", "Linderud"),
    "Bergen": ("Fyllingsdalen", "Loddefjord", "Åsane", "Laksevåg", "Sandviken", "Fana",
               "Nesttun", "Danmarksplass", "Landås", "Minde", "Kronstad", "Ytre Arna", "Olsvik",
               "Kokstad"),
    "Stavanger": ("Madla", "Hinna", "Tasta", "Hillevåg", "Storhaug", "Hundvåg", "Eiganes",
                  "Gausel", "Kvernevik", "Våland", "Sandnes sentrum", "Forus"),
    "Tromsø": ("Tromsdalen", "Kvaløysletta", "Langnes", "Workinnmarka", "Sentrum", "Kroken",
               "Tomasjord", "Hamna", "Stakkevollan", "Breivika"),
    "Kristiansand": ("Lund", "Vågsbygd", "Kvadraturen", "Hånes", "Sørlandsparken", "Grim",
                     "Tinnheia", "Slettheia", "Randesund", "Søgne", "Voiebyen"),
}
STREETS: dict[str, tuple[str, ...]] = {
    "Oslo": ("Storgata", "Torggata", "Trondheimsveien", "Bogstadveien", "Grensen"),
    "Bergen": ("Olav Kyrres gate", "Kong Oscars gate", "Strandgaten", "Nygårdsgaten"),
    "Stavanger": ("Kirkegata", "Klubbgata", "Pedersgata", "Løkkeveien"),
    "Tromsø": ("Storgata", "Grønnegata", "Sjøgata"),
    "Kristiansand": ("Markens gate", "Dronningens gate", "Tollbodgata", "Rådhusgata"),
}

# ---- police (reform 2016: 27 districts became 12) -----------------------------------------

# district -> (town, former districts merged into it, neighbouring districts, stations)
POLICE: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Oslo politidistrikt": ("Oslo", (), ("Øst politidistrikt",),
                            ("Grønland politistasjon", "Manglerud politistasjon",
                             "Stovner politistasjon", "Majorstuen politistasjon",
                             "Sentrum politistasjon")),
    "Øst politidistrikt": ("Lillestrøm", ("Romerike politidistrikt", "Follo politidistrikt",
                                          "Østfold politidistrikt",
                                          "Asker og Bærum politidistrikt"),
                           ("Oslo politidistrikt", "Sør-Øst politidistrikt",
                            "Innlandet politidistrikt"),
                           ("Lillestrøm politistasjon", "Sandvika politistasjon",
                            "Fredrikstad politistasjon")),
    "Innlandet politidistrikt": ("Hamar", ("Hedmark politidistrikt",
                                           "Gudbrandsdal politidistrikt",
                                           "Vestoppland politidistrikt"),
                                 ("Øst politidistrikt",),
                                 ("Hamar politistasjon", "Gjøvik politistasjon")),
    "Sør-Øst politidistrikt": ("Tønsberg", ("Vestfold politidistrikt", "Telemark politidistrikt",
                                            "Søndre Buskerud politidistrikt",
                                            "Nordre Buskerud politidistrikt"),
                               ("Sør-Vest politidistrikt", "Øst politidistrikt",
                                "Agder politidistrikt"),
                               ("Drammen politistasjon", "Tønsberg politistasjon",
                                "Skien politistasjon")),
    "Agder politidistrikt": ("Kristiansand", (), ("Sør-Øst politidistrikt",
                                                  "Sør-Vest politidistrikt"),
                             ("Kristiansand politistasjon", "Arendal politistasjon")),
    "Sør-Vest politidistrikt": ("Stavanger", ("Rogaland politidistrikt",
                                              "Haugaland og Sunnhordland politidistrikt"),
                                ("Vest politidistrikt", "Sør-Øst politidistrikt",
                                 "Agder politidistrikt"),
                                ("Stavanger politistasjon", "Sandnes politistasjon",
                                 "Haugesund politistasjon")),
    "Vest politidistrikt": ("Bergen", ("Hordaland politidistrikt",
                                       "Sogn og Fjordane politidistrikt"),
                            ("Sør-Vest politidistrikt", "Møre og Romsdal politidistrikt"),
                            ("Bergen sentrum politistasjon", "Bergen vest politistasjon",
                             "Bergen nord politistasjon")),
    "Møre og Romsdal politidistrikt": ("Ålesund", ("Sunnmøre politidistrikt",
                                                   "Nordmøre og Romsdal politidistrikt"),
                                       ("Vest politidistrikt", "Trøndelag politidistrikt"),
                                       ("Ålesund politistasjon",)),
    "Trøndelag politidistrikt": ("Trondheim", ("Sør-Trøndelag politidistrikt",
                                               "Nord-Trøndelag politidistrikt"),
                                 ("Møre og Romsdal politidistrikt", "Nordland politidistrikt"),
                                 ("Trondheim sentrum politistasjon",)),
    "Nordland politidistrikt": ("Bodø", ("Salten politidistrikt", "Helgeland politidistrikt"),
                                ("Troms politidistrikt", "Trøndelag politidistrikt"),
                                ("Bodø politistasjon",)),
    "Troms politidistrikt": ("Tromsø", ("Midtre Hålogaland politidistrikt",),
                             ("Finnmark politidistrikt", "Nordland politidistrikt"),
                             ("Tromsø politistasjon", "Harstad politistasjon")),
    "Finnmark politidistrikt": ("Kirkenes", ("Vestfinnmark politidistrikt",
                                             "Østfinnmark politidistrikt"),
                                ("Troms politidistrikt",),
                                ("Kirkenes politistasjon", "Hammerfest politistasjon")),
}
# national police units: name -> (acronyms, long or other names, units)
POLICE_UNITS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Kripos": (("KRIPOS",), (), ()),
    "Politiets sikkerhetstjeneste": (("PST",), (), ()),
    "Politiets utlendingsenhet": (("PU",), (), ("Politiets utlendingsinternat Trandum",
                                                 "Nasjonalt ankomstsenter Råde")),
    "Økokrim": (("ØKOKRIM",), (), ()),
    "Politidirektoratet": (("POD",), (), ()),
    "Politihøgskolen": (("PHS",), ("Politihøgskolen i Oslo",), ()),
    "Politiets fellestjenester": (("PFT",), (), ()),
    "Utrykningspolitiet": (("UP",), (), ()),
}

# ---- courts (reform 2021: 60 tingretter became 23) ----------------------------------------

# court -> (town, former courts merged into it, courts or bodies named alike)
COURTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "Oslo tingrett": ("Oslo", (), ("Oslo byfogdembete", "Oslo forliksråd")),
    "Hordaland tingrett": ("Bergen", ("Bergen tingrett", "Nordhordland tingrett",
                                      "Hardanger tingrett"),
                           ("Haugaland og Sunnhordland tingrett", "Gulating lagmannsrett")),
    "Sør-Rogaland tingrett": ("Stavanger", ("Stavanger tingrett", "Jæren tingrett",
                                            "Dalane tingrett"),
                              ("Haugaland og Sunnhordland tingrett",)),
    "Haugaland og Sunnhordland tingrett": ("Haugesund", ("Haugaland tingrett",
                                                         "Sunnhordland tingrett"),
                                           ("Sør-Rogaland tingrett", "Hordaland tingrett")),
    "Agder tingrett": ("Kristiansand", ("Kristiansand tingrett", "Aust-Agder tingrett",
                                        "Mandal tingrett", "Lister tingrett"),
                       ("Agder lagmannsrett", "Agder politidistrikt")),
    "Nord-Troms og Senja tingrett": ("Tromsø", ("Nord-Troms tingrett", "Senja tingrett"),
                                     ("Midtre Hålogaland tingrett",
                                      "Hålogaland lagmannsrett")),
    "Midtre Hålogaland tingrett": ("Harstad", ("Trondenes tingrett", "Ofoten tingrett"),
                                   ("Hålogaland lagmannsrett", "Nord-Troms og Senja tingrett")),
    "Romerike og Glåmdal tingrett": ("Lillestrøm", ("Nedre Romerike tingrett",
                                                    "Øvre Romerike tingrett",
                                                    "Glåmdal tingrett"),
                                     ("Follo og Nordre Østfold tingrett",)),
    "Follo og Nordre Østfold tingrett": ("Ski", ("Follo tingrett", "Heggen og Frøland tingrett"),
                                         ("Søndre Østfold tingrett",)),
    "Søndre Østfold tingrett": ("Fredrikstad", ("Fredrikstad tingrett", "Sarpsborg tingrett",
                                                "Moss tingrett"),
                                ("Follo og Nordre Østfold tingrett",)),
    "Asker og Bærum tingrett": ("Sandvika", (), ("Buskerud tingrett",)),
    "Buskerud tingrett": ("Drammen", ("Drammen tingrett", "Kongsberg og Eiker tingrett"),
                          ("Asker og Bærum tingrett",)),
    "Vestfold tingrett": ("Tønsberg", ("Tønsberg tingrett", "Sandefjord tingrett",
                                       "Larvik tingrett"), ("Telemark tingrett",)),
    "Telemark tingrett": ("Skien", ("Nedre Telemark tingrett", "Øvre Telemark tingrett"),
                          ("Vestfold tingrett",)),
    "Østre Innlandet tingrett": ("Hamar", ("Hedmarken tingrett", "Sør-Østerdal tingrett"),
                                 ("Vestre Innlandet tingrett",)),
    "Vestre Innlandet tingrett": ("Gjøvik", ("Gjøvik tingrett", "Hadeland og Land tingrett"),
                                  ("Østre Innlandet tingrett",)),
    "Trøndelag tingrett": ("Trondheim", ("Sør-Trøndelag tingrett", "Inntrøndelag tingrett",
                                         "Namdal tingrett"), ("Frostating lagmannsrett",)),
    "Møre og Romsdal tingrett": ("Ålesund", ("Sunnmøre tingrett", "Romsdal tingrett",
                                             "Nordmøre tingrett"),
                                 ("Møre og Romsdal politidistrikt",)),
    "Salten og Lofoten tingrett": ("Bodø", ("Salten tingrett", "Lofoten tingrett"),
                                   ("Helgeland tingrett",)),
    "Helgeland tingrett": ("Mo i Rana", ("Rana tingrett", "Alstahaug tingrett"),
                           ("Salten og Lofoten tingrett",)),
    "Vest-Finnmark tingrett": ("Hammerfest", (), ("Øst-Finnmark tingrett",)),
    "Øst-Finnmark tingrett": ("Vadsø", (), ("Vest-Finnmark tingrett",)),
    "Sogn og Fjordane tingrett": ("Førde", ("Sogn tingrett", "Fjordane tingrett"),
                                  ("Hordaland tingrett",)),
    "Oslo byfogdembete": ("Oslo", (), ("Oslo tingrett",)),
    "Borgarting lagmannsrett": ("Oslo", (), ("Eidsivating lagmannsrett",)),
    "Eidsivating lagmannsrett": ("Hamar", (), ("Borgarting lagmannsrett",)),
    "Agder lagmannsrett": ("Skien", (), ("Agder tingrett",)),
    "Gulating lagmannsrett": ("Bergen", (), ("Frostating lagmannsrett",)),
    "Frostating lagmannsrett": ("Trondheim", (), ("Gulating lagmannsrett",)),
    "Hålogaland lagmannsrett": ("Tromsø", (), ("Midtre Hålogaland tingrett",)),
}
OSLO_COURT_CODES = {"Oslo tingrett": "OTIR"}
FORLIKSRAD = ("Oslo forliksråd", "Bergen forliksråd", "Stavanger forliksråd",
              "Tromsø forliksråd", "Kristiansand forliksråd")

# ---- immigration and integration -----------------------------------------------------------

# name -> (acronym, English name, units, bodies named alike)
DIRECTORATES: dict[str, tuple[str, str | None, tuple[str, ...], tuple[str, ...]]] = {
    "Utlendingsdirektoratet": ("UDI", "The Norwegian Directorate of Immigration",
                               ("Region- og mottaksavdelingen", "Asylavdelingen",
                                "Oppholdsavdelingen"), ("Utlendingsnemnda",)),
    "Utlendingsnemnda": ("UNE", "The Immigration Appeals Board", (), ("Utlendingsdirektoratet",)),
    "Integrerings- og mangfoldsdirektoratet": ("IMDi", "The Directorate of Integration and "
                                               "Diversity", (), ()),
    "Barne-, ungdoms- og familiedirektoratet": ("Bufdir", "The Norwegian Directorate for "
                                                "Children, Youth and Family Affairs", (), ()),
    "Kriminalomsorgsdirektoratet": ("KDI", "The Norwegian Correctional Service", (), ()),
    "Arbeids- og velferdsdirektoratet": ("NAV", None, (), ()),
}
IMDI_REGIONS = ("IMDi Øst", "IMDi Indre Øst", "IMDi Sør", "IMDi Vest", "IMDi Midt-Norge",
                "IMDi Nord")
BUFETAT_REGIONS = ("Bufetat, region øst", "Bufetat, region sør", "Bufetat, region vest",
                   "Bufetat, region Midt-Norge", "Bufetat, region nord")
FAMILIEVERN = ("Familievernkontoret Oslo nord", "Familievernkontoret Oslo sør",
               "Familievernkontoret i Bergen", "Familievernkontoret Sør-Rogaland",
               "Familievernkontoret i Tromsø", "Familievernkontoret Agder")
RECEPTION = ("Hero Norge AS", "Link Mottak AS", "Norsk Mottaksdrift AS", "Fossnes asylmottak",
             "Tromsø mottak", "Kristiansand mottak", "Stavanger mottak", "Bergen mottak",
             "Råde mottak", "Haugesund mottak")

# ---- the correctional service (regions since 2018) -----------------------------------------

PRISON_REGIONS = ("Kriminalomsorgen region øst", "Kriminalomsorgen region sør",
                  "Kriminalomsorgen region sørvest", "Kriminalomsorgen region vest",
                  "Kriminalomsorgen region nord")
# prison -> (region, town)
PRISONS: dict[str, tuple[str, str]] = {
    "Oslo fengsel": ("øst", "Oslo"), "Ila fengsel og forvaringsanstalt": ("øst", "Bærum"),
    "Bredtveit fengsel og forvaringsanstalt": ("øst", "Oslo"), "Ullersmo fengsel": ("øst", "Ullensaker"),
    "Romerike fengsel": ("øst", "Ullensaker"), "Halden fengsel": ("øst", "Halden"),
    "Kongsvinger fengsel": ("øst", "Kongsvinger"), "Skien fengsel": ("sør", "Skien"),
    "Ringerike fengsel": ("sør", "Hole"), "Agder fengsel": ("sørvest", "Froland"),
    "Stavanger fengsel": ("sørvest", "Stavanger"), "Sandeid fengsel": ("sørvest", "Vindafjord"),
    "Åna fengsel": ("sørvest", "Hå"), "Bergen fengsel": ("vest", "Bergen"),
    "Bjørgvin fengsel": ("vest", "Bergen"), "Trondheim fengsel": ("nord", "Trondheim"),
    "Tromsø fengsel": ("nord", "Tromsø"), "Bodø fengsel": ("nord", "Bodø"),
}
FRIOMSORG: dict[str, tuple[str, str]] = {
    "Oslo friomsorgskontor": ("øst", "Oslo"), "Hordaland friomsorgskontor": ("vest", "Bergen"),
    "Rogaland friomsorgskontor": ("sørvest", "Stavanger"),
    "Agder friomsorgskontor": ("sørvest", "Kristiansand"),
    "Troms friomsorgskontor": ("nord", "Tromsø"),
}

# ---- health ----------------------------------------------------------------------------

# trust -> (town, acronyms, hospital names people use, English name, departments, its RHF)
HEALTH: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str | None, tuple[str, ...],
                        str]] = {
    "Oslo universitetssykehus HF": ("Oslo", ("OUS",), ("Ullevål sykehus", "Rikshospitalet"),
                                    "Oslo University Hospital",
                                    ("Barne- og ungdomsklinikken", "Kvinneklinikken",
                                     "Akuttklinikken", "Klinikk psykisk helse og avhengighet"),
                                    "Helse Sør-Øst RHF"),
    "Akershus universitetssykehus HF": ("Lørenskog", ("Ahus", "AHUS"), (),
                                        "Akershus University Hospital",
                                        ("Barne- og ungdomsklinikken", "Kvinneklinikken"),
                                        "Helse Sør-Øst RHF"),
    "Helse Bergen HF": ("Bergen", ("HUS",), ("Haukeland universitetssjukehus",),
                        "Haukeland University Hospital",
                        ("Kvinneklinikken", "Barne- og ungdomsklinikken",
                         "Psykiatrisk divisjon", "Akuttmottaket"), "Helse Vest RHF"),
    "Helse Stavanger HF": ("Stavanger", ("SUS",), ("Stavanger universitetssjukehus",),
                           "Stavanger University Hospital",
                           ("Kvinneklinikken", "Barne- og ungdomsklinikken",
                            "Psykiatrisk divisjon"), "Helse Vest RHF"),
    "Universitetssykehuset Nord-Norge HF": ("Tromsø", ("UNN",), ("UNN Tromsø",),
                                            "University Hospital of North Norway",
                                            ("Barne- og ungdomsklinikken", "Kvinneklinikken",
                                             "Psykisk helse- og rusklinikken"),
                                            "Helse Nord RHF"),
    "Sørlandet sykehus HF": ("Kristiansand", ("SSHF",), ("Sørlandet sykehus Kristiansand",),
                             "Sorlandet Hospital",
                             ("Kvinneklinikken", "Barne- og ungdomsavdelingen",
                              "Klinikk for psykisk helse"), "Helse Sør-Øst RHF"),
    "Vestre Viken HF": ("Drammen", ("VVHF",), ("Drammen sykehus", "Bærum sykehus"), None,
                        ("Barne- og ungdomsklinikken",), "Helse Sør-Øst RHF"),
    "Sykehuset i Vestfold HF": ("Tønsberg", ("SiV",), (), None, ("Kvinneklinikken",),
                                "Helse Sør-Øst RHF"),
    "Sykehuset Telemark HF": ("Skien", ("STHF",), (), None, (), "Helse Sør-Øst RHF"),
    "Helse Fonna HF": ("Haugesund", (), ("Haugesund sjukehus",), None, (), "Helse Vest RHF"),
    "St. Olavs hospital HF": ("Trondheim", (), ("St. Olavs hospital",), None, (),
                              "Helse Midt-Norge RHF"),
    "Nordlandssykehuset HF": ("Bodø", ("NLSH",), (), None, (), "Helse Nord RHF"),
    "Lovisenberg Diakonale Sykehus AS": ("Oslo", ("LDS",), ("Lovisenberg sykehus",), None, (),
                                         "Helse Sør-Øst RHF"),
    "Diakonhjemmet Sykehus AS": ("Oslo", (), ("Diakonhjemmet sykehus",), None, (),
                                 "Helse Sør-Øst RHF"),
    "Haraldsplass Diakonale Sykehus AS": ("Bergen", ("HDS",), ("Haraldsplass sykehus",), None,
                                          (), "Helse Vest RHF"),
}
RHF = ("Helse Sør-Øst RHF", "Helse Vest RHF", "Helse Nord RHF", "Helse Midt-Norge RHF")
# DPS -> trust
DPS = {"Jæren DPS": "Helse Stavanger HF", "Stavanger DPS": "Helse Stavanger HF",
       "Bjørgvin DPS": "Helse Bergen HF", "Kronstad DPS": "Helse Bergen HF",
       "Vinderen DPS": "Diakonhjemmet Sykehus AS", "DPS Solvang": "Sørlandet sykehus HF",
       "Midt-Troms DPS": "Universitetssykehuset Nord-Norge HF"}

# ---- municipalities ------------------------------------------------------------------------

# municipality -> former municipalities merged into it (2017-2020)
MUNICIPALITIES: dict[str, tuple[str, ...]] = {
    "Oslo": (), "Bergen": (), "Stavanger": ("Rennesøy", "Finnøy"), "Tromsø": (),
    "Kristiansand": ("Søgne", "Songdalen"), "Bærum": (), "Asker": ("Røyken", "Hurum"),
    "Lillestrøm": ("Skedsmo", "Fet", "Sørum"), "Nordre Follo": ("Ski", "Oppegård"),
    "Drammen": ("Nedre Eiker", "Svelvik"), "Sandnes": ("Forsand",), "Sola": (),
    "Randaberg": (), "Askøy": (), "Øygarden": ("Fjell", "Sund"), "Bjørnafjorden": ("Os", "Fusa"),
    "Alver": ("Lindås", "Meland", "Radøy"), "Vennesla": (), "Lillesand": (),
    "Lindesnes": ("Mandal", "Marnardal"), "Senja": ("Lenvik", "Tranøy"), "Balsfjord": (),
    "Karlsøy": (), "Arendal": (), "Haugesund": (), "Bodø": (), "Sarpsborg": (),
}
# municipal units (the way Tripletex holds them after the comma) -> how consultants shorten
MUNI_UNITS: dict[str, tuple[str, ...]] = {
    "Flyktningetjenesten": ("flyktningetjenesten", "flyktningtjenesten"),
    "Voksenopplæringen": ("voksenopplæring", "VO"),
    "Barneverntjenesten": ("barnevern", "barnevernstjenesten"),
    "Helsestasjonen": ("helsestasjon",),
    "Introduksjonsprogrammet": ("intro", "introprogrammet"),
    "Pedagogisk-psykologisk tjeneste": ("PPT",),
    "Legevakten": ("legevakt",),
    "Tildelingskontoret": ("tildelingskontor",),
    "Helse og omsorg": ("helse og omsorg",),
    "Læringssenteret": ("læringssenter",),
}
NYNORSK_UNITS = {"Flyktningetjenesten": "Flyktningtenesta",
                 "Barneverntjenesten": "Barnevernstenesta", "Helsestasjonen": "Helsestasjonen",
                 "Pedagogisk-psykologisk tjeneste": "Pedagogisk-psykologisk teneste",
                 "Voksenopplæringen": "Vaksenopplæringa"}
NYNORSK_MUNIS = {"Øygarden", "Bjørnafjorden", "Alver", "Askøy"}
OSLO_BYDELER = ("Gamle Oslo", "Grünerløkka", "Sagene", "St. Hanshaugen", "Frogner", "Ullern",
                "Vestre Aker", "Nordre Aker", "Bjerke", "Grorud", "Stovner", "Alna", "Østensjø",
                "Nordstrand", "Søndre Nordstrand")
BYDEL_UNITS = ("barneverntjeneste", "helsestasjon", "flyktningkontor", "familiesenter",
               "ungdomstjeneste")
OSLO_AGENCIES = ("Utdanningsetaten", "Velferdsetaten", "Helseetaten",
                 "Barne- og familieetaten", "Sykehjemsetaten", "Bymiljøetaten")
OSLO_VO = ("Oslo voksenopplæring Rosenhof", "Oslo voksenopplæring Helsfyr",
           "Oslo voksenopplæring Skullerud", "Oslo voksenopplæring Sinsen",
           "Oslo voksenopplæring Servicesenteret")
LEARNING_CENTRES = {"Bergen": "Nygård skole", "Stavanger": "Johannes læringssenter",
                    "Sandnes": "Sandnes læringssenter", "Kristiansand": "Kristiansand voksenopplæring",
                    "Tromsø": "Tromsø voksenopplæring", "Bærum": "Bærum voksenopplæring",
                    "Asker": "Asker voksenopplæring"}
# county municipality -> former names (mergers 2020)
COUNTIES: dict[str, tuple[str, ...]] = {
    "Vestland fylkeskommune": ("Hordaland fylkeskommune",),
    "Rogaland fylkeskommune": (),
    "Agder fylkeskommune": ("Vest-Agder fylkeskommune",),
    "Troms fylkeskommune": (),
    "Akershus fylkeskommune": (),
}
# Statsforvalteren (Fylkesmannen until 2021) -> former names
STATSFORVALTER: dict[str, tuple[str, ...]] = {
    "Statsforvalteren i Vestland": ("Fylkesmannen i Vestland", "Fylkesmannen i Hordaland"),
    "Statsforvalteren i Rogaland": ("Fylkesmannen i Rogaland",),
    "Statsforvalteren i Agder": ("Fylkesmannen i Agder", "Fylkesmannen i Vest-Agder"),
    "Statsforvalteren i Troms og Finnmark": ("Fylkesmannen i Troms og Finnmark",
                                             "Fylkesmannen i Troms"),
    "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus": (
        "Statsforvalteren i Oslo og Viken", "Fylkesmannen i Oslo og Viken",
        "Fylkesmannen i Oslo og Akershus"),
}
SF_UNITS = ("Justis- og vergemålsavdelingen", "Oppvekst- og utdanningsavdelingen",
            "Helse- og sosialavdelingen", "Vergemålskontoret")

# ---- NAV -----------------------------------------------------------------------------------

NAV_OFFICES: dict[str, tuple[str, ...]] = {
    "Oslo": ("Alna", "Bjerke", "Frogner", "Gamle Oslo", "Grorud", "Grünerløkka", "Nordre Aker",
             "Nordstrand", "Sagene", "St. Hanshaugen", "Stovner", "Søndre Nordstrand", "Ullern",
             "Vestre Aker", "Østensjø"),
    "Bergen": ("Bergenhus", "Årstad", "Fana", "Ytrebygda", "Laksevåg", "Fyllingsdalen", "Åsane",
               "Arna"),
    "Stavanger": ("Stavanger", "Sandnes", "Sola", "Randaberg"),
    "Tromsø": ("Tromsø", "Balsfjord", "Karlsøy"),
    "Kristiansand": ("Kristiansand", "Vennesla", "Lillesand", "Lindesnes"),
}
NAV_SPECIAL = ("NAV Hjelpemiddelsentral Oslo og Akershus", "NAV Hjelpemiddelsentral Vestland",
               "NAV Arbeidslivssenter Rogaland", "NAV Tiltak Oslo", "NAV Kontaktsenter")

# ---- schools and universities ----------------------------------------------------------

# university -> (town, acronym, English name, former names, units)
UNIVERSITIES: dict[str, tuple[str, str | None, str, tuple[str, ...], tuple[str, ...]]] = {
    "Universitetet i Oslo": ("Oslo", "UiO", "University of Oslo", (),
                             ("Institutt for litteratur, områdestudier og europeiske språk",
                              "Det juridiske fakultet")),
    "Universitetet i Bergen": ("Bergen", "UiB", "University of Bergen", (),
                               ("Institutt for fremmedspråk", "Det medisinske fakultet")),
    "UiT Norges arktiske universitet": ("Tromsø", "UiT", "UiT The Arctic University of Norway",
                                        ("Universitetet i Tromsø",),
                                        ("Institutt for språk og kultur",)),
    "OsloMet – storbyuniversitetet": ("Oslo", "OsloMet", "Oslo Metropolitan University",
                                      ("Høgskolen i Oslo og Akershus",),
                                      ("Institutt for internasjonale studier og tolkeutdanning",)),
    "Universitetet i Stavanger": ("Stavanger", "UiS", "University of Stavanger", (),
                                  ("Institutt for kultur- og språkvitenskap",)),
    "Universitetet i Agder": ("Kristiansand", "UiA", "University of Agder", (),
                              ("Fakultet for humaniora og pedagogikk",)),
    "Norges teknisk-naturvitenskapelige universitet": (
        "Trondheim", "NTNU", "Norwegian University of Science and Technology", (), ()),
    "Høgskulen på Vestlandet": ("Bergen", "HVL", "Western Norway University of Applied Sciences",
                                ("Høgskolen i Bergen",), ()),
    "Norges Handelshøyskole": ("Bergen", "NHH", "NHH Norwegian School of Economics", (), ()),
    "VID vitenskapelige høgskole": ("Oslo", "VID", "VID Specialized University",
                                    ("Diakonhjemmet Høgskole",), ()),
    "Nord universitet": ("Bodø", None, "Nord University", ("Universitetet i Nordland",), ()),
    "Universitetet i Sørøst-Norge": ("Kongsberg", "USN", "University of South-Eastern Norway",
                                     ("Høgskolen i Sørøst-Norge",), ()),
}
# upper secondary schools (owned by the county) -> town
VGS: dict[str, str] = {
    "Oslo katedralskole": "Oslo", "Elvebakken videregående skole": "Oslo",
    "Hellerud videregående skole": "Oslo", "Stovner videregående skole": "Oslo",
    "Bjerke videregående skole": "Oslo", "Bergen katedralskole": "Bergen",
    "Årstad videregående skole": "Bergen", "Amalie Skram videregående skole": "Bergen",
    "Tertnes videregående skole": "Bergen", "St. Svithun videregående skole": "Stavanger",
    "Bergeland videregående skole": "Stavanger", "Hetland videregående skole": "Stavanger",
    "Kongsgård skolesenter": "Stavanger", "Tromsdalen videregående skole": "Tromsø",
    "Kongsbakken videregående skole": "Tromsø", "Kristiansand katedralskole Gimle": "Kristiansand",
    "Vågsbygd videregående skole": "Kristiansand", "Tangen videregående skole": "Kristiansand",
    "Kvadraturen skolesenter": "Kristiansand",
}
# primary and lower secondary schools (owned by the municipality) -> town
SCHOOLS: dict[str, str] = {
    "Grorud skole": "Oslo", "Haugenstua skole": "Oslo", "Mortensrud skole": "Oslo",
    "Tøyen skole": "Oslo", "Vahl skole": "Oslo", "Stovner skole": "Oslo", "Bjerke skole": "Oslo",
    "Ytre Arna skule": "Bergen", "Kringlebotn skole": "Bergen", "Olsvik skole": "Bergen",
    "Tasta skole": "Stavanger", "Madlavoll skole": "Stavanger", "Hundvåg skole": "Stavanger",
    "Tromsdalen skole": "Tromsø", "Kroken skole": "Tromsø", "Lund skole": "Kristiansand",
    "Vågsbygd skole": "Kristiansand", "Grim skole": "Kristiansand",
}

# ---- churches ------------------------------------------------------------------------------

PARISHES: dict[str, tuple[str, ...]] = {
    "Oslo": ("Grorud", "Stovner", "Furuset", "Romsås", "Tonsen", "Vestre Aker", "Ullern", "Ris",
             "Uranienborg", "Fagerborg", "Sagene", "Paulus", "Gamle Aker", "Vålerenga",
             "Gamlebyen", "Grønland", "Tøyen", "Bøler", "Manglerud", "Lambertseter", "Nordstrand",
             "Mortensrud", "Holmlia", "Tveita"),
    "Bergen": ("Johanneskirken", "Nykirken", "Korskirken", "Sandviken", "Årstad", "Landås",
               "Fana", "Birkeland", "Storetveit", "Fyllingsdalen", "Laksevåg", "Loddefjord",
               "Åsane", "Arna", "Ytrebygda", "Bønes"),
    "Stavanger": ("St. Johannes", "Hillevåg", "Hinna", "Gausel", "Madla", "Madlamark",
                  "Revheim", "Tasta", "Hundvåg", "Bekkefaret", "Kampen"),
    "Tromsø": ("Tromsøysund", "Elverhøy", "Kroken", "Tromsdalen", "Ullsfjord"),
    "Kristiansand": ("Oddernes", "Lund", "Randesund", "Hånes", "Grim", "Vågsbygd", "Voie",
                     "Søgne", "Tveit"),
}
CATHEDRALS = {"Oslo": "Domkirken menighet", "Bergen": "Bergen domkirke menighet",
              "Stavanger": "Domkirken og St. Petri menighet", "Tromsø": "Tromsø domkirke menighet",
              "Kristiansand": "Kristiansand domkirke menighet"}
FELLESRAD = {"Oslo": "Kirkelig fellesråd i Oslo", "Bergen": "Bergen kirkelige fellesråd",
             "Stavanger": "Stavanger kirkelige fellesråd",
             "Tromsø": "Tromsø kirkelige fellesråd",
             "Kristiansand": "Kristiansand kirkelige fellesråd"}
DIOCESES = ("Oslo bispedømmeråd", "Bjørgvin bispedømmeråd", "Stavanger bispedømmeråd",
            "Agder og Telemark bispedømmeråd", "Nord-Hålogaland bispedømmeråd")
# Catholic parishes -> town
CATHOLIC = {"St. Olav domkirkemenighet": "Oslo", "St. Hallvard menighet": "Oslo",
            "St. Johannes menighet": "Oslo", "St. Paul menighet": "Bergen",
            "St. Svithun menighet": "Stavanger", "Vår Frue menighet": "Tromsø",
            "St. Ansgar menighet": "Kristiansand"}
OTHER_FAITH = ("Oslo katolske bispedømme", "Sjømannskirken – Norsk kirke i utlandet",
               "Islamsk Råd Norge", "Det Islamske Forbundet i Norge",
               "Islamic Cultural Centre Norway", "Den ortodokse kirke i Norge")

# ---- associations and foundations ----------------------------------------------------------

# national organisations: name -> (acronym or short, English name, has local branches)
ORGANISATIONS: dict[str, tuple[str | None, str | None, bool]] = {
    "Norges Røde Kors": ("Røde Kors", "Norwegian Red Cross", True),
    "Redd Barna": (None, "Save the Children Norway", False),
    "Flyktninghjelpen": ("NRC", "Norwegian Refugee Council", False),
    "Norsk Folkehjelp": (None, "Norwegian People's Aid", True),
    "Caritas Norge": (None, "Caritas Norway", False),
    "Norsk organisasjon for asylsøkere": ("NOAS", None, False),
    "Juridisk rådgivning for kvinner": ("JURK", None, False),
    "Selvhjelp for innvandrere og flyktninger": ("SEIF", None, False),
    "MiRA Ressurssenter for kvinner med minoritetsbakgrunn": ("MiRA-senteret", None, False),
    "Antirasistisk Senter": (None, "Antiracist Centre", False),
    "Frelsesarmeen": (None, "The Salvation Army", False),
    "Kirkens Nødhjelp": (None, "Norwegian Church Aid", False),
    "Leger Uten Grenser": ("MSF Norge", "Médecins Sans Frontières Norge", False),
    "Amnesty International Norge": ("Amnesty Norge", "Amnesty International Norway", False),
    "Norske Kvinners Sanitetsforening": ("N.K.S.", None, True),
    "Kirkens SOS": (None, None, False),
}
BYMISJON = {"Oslo": "Stiftelsen Kirkens Bymisjon Oslo", "Bergen": "Stiftelsen Kirkens Bymisjon Bergen",
            "Stavanger": "Stiftelsen Kirkens Bymisjon Rogaland",
            "Tromsø": "Stiftelsen Kirkens Bymisjon Tromsø",
            "Kristiansand": "Stiftelsen Kirkens Bymisjon Kristiansand"}
CRISIS_CENTRES = {"Oslo": "Stiftelsen Oslo Krisesenter", "Bergen": "Bergen Krisesenter",
                  "Stavanger": "Stiftelsen Krisesenteret i Stavanger",
                  "Tromsø": "Tromsø Krisesenter", "Kristiansand": "Stiftelsen Kristiansand Krisesenter"}
NATIONALITIES = ("Somalisk", "Eritreisk", "Afghansk", "Syrisk", "Kurdisk", "Polsk", "Ukrainsk",
                 "Vietnamesisk", "Filippinsk", "Litauisk", "Tamilsk", "Irakisk", "Sudanesisk",
                 "Etiopisk", "Chilensk")
NATIONALITIES_EN = {"Somalisk": "Somali", "Eritreisk": "Eritrean", "Afghansk": "Afghan",
                    "Syrisk": "Syrian", "Kurdisk": "Kurdish", "Polsk": "Polish",
                    "Ukrainsk": "Ukrainian", "Vietnamesisk": "Vietnamese",
                    "Filippinsk": "Filipino", "Litauisk": "Lithuanian", "Tamilsk": "Tamil",
                    "Irakisk": "Iraqi", "Sudanesisk": "Sudanese", "Etiopisk": "Ethiopian",
                    "Chilensk": "Chilean"}
ASSOC_KINDS = ("forening", "kulturforening", "kvinneforening", "ungdomsforening",
               "foreldreforening", "velforening")

# ---- law firms -----------------------------------------------------------------------------

# real firms: name -> (short or acronym, former names)
LAW_FIRMS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "Advokatfirmaet Elden DA": ("Elden", ()),
    "Advokatfirmaet Lippestad AS": ("Lippestad", ()),
    "Advokatfirmaet Hjort DA": ("Hjort", ()),
    "Advokatfirmaet Simonsen Vogt Wiig AS": ("SVW", ()),
    "Advokatfirmaet BAHR AS": ("BAHR", ("Advokatfirmaet Bugge, Arentz-Hansen & Rasmussen",)),
    "Advokatfirmaet Schjødt AS": ("Schjødt", ()),
    "Advokatfirmaet Wiersholm AS": ("Wiersholm", ()),
    "Advokatfirmaet Thommessen AS": ("Thommessen", ()),
    "Wikborg Rein Advokatfirma AS": ("Wikborg Rein", ()),
    "Kluge Advokatfirma AS": ("Kluge", ()),
    "Arntzen de Besche Advokatfirma AS": ("AdeB", ()),
    "Advokatfirmaet Ræder Bing AS": ("Ræder Bing", ("Advokatfirmaet Ræder AS",)),
    "Advokatfirmaet Haavind AS": ("Haavind", ()),
    "Advokatfirmaet Selmer AS": ("Selmer", ()),
    "Advokatfirmaet Grette AS": ("Grette", ()),
}

# ---- companies -----------------------------------------------------------------------------

# name -> (short names people type, former names, other spellings (Norway/English), companies
#          named alike: parent, subsidiary or sister)
COMPANIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Equinor ASA": (("Equinor",), ("Statoil ASA",), (), ("Equinor Energy AS",)),
    "Equinor Energy AS": ((), ("Statoil Petroleum AS",), (), ("Equinor ASA",)),
    "Mowi ASA": (("Mowi",), ("Marine Harvest ASA",), (), ("Mowi Norway AS",)),
    "Mowi Norway AS": ((), ("Marine Harvest Norway AS",), ("Mowi Norge AS",), ("Mowi ASA",)),
    "Aker BP ASA": (("Aker BP",), ("Det norske oljeselskap ASA",), (), ("Aker ASA",)),
    "Aker Solutions ASA": (("Aker Solutions",), (), (), ("Aker ASA",)),
    "DNV AS": (("DNV",), ("DNV GL AS",), (), ()),
    "Eviny AS": (("Eviny",), ("BKK AS",), (), ()),
    "Å Energi AS": (("Å Energi",), ("Agder Energi AS",), (), ()),
    "Elvia AS": (("Elvia",), ("Hafslund Nett AS",), (), ()),
    "Vygruppen AS": (("Vy",), ("NSB AS", "Norges Statsbaner AS"), (), ()),
    "Posten Bring AS": (("Posten", "Bring"), ("Posten Norge AS",), (), ()),
    "Glencore Nikkelverk AS": (("Nikkelverket",), ("Xstrata Nikkelverk AS",
                                                   "Falconbridge Nikkelverk AS"), (), ()),
    "Norsk Hydro ASA": (("Hydro",), (), (), ("Hydro Aluminium AS",)),
    "Hydro Aluminium AS": ((), (), (), ("Norsk Hydro ASA",)),
    "Yara Norge AS": ((), (), ("Yara Norway AS",), ("Yara International ASA",)),
    "Kongsberg Maritime AS": (("Kongsberg Maritime",), (), (), ("Kongsberg Gruppen ASA",)),
    "Telenor Norge AS": ((), (), (), ("Telenor ASA",)),
    "Wallenius Wilhelmsen ASA": ((), (), (), ("Wilh. Wilhelmsen Holding ASA",)),
    "Wilhelmsen Ship Management (Norway) AS": (("Wilhelmsen Ship Management",), (),
                                               ("Wilhelmsen Ship Management Norge AS",),
                                               ("Wilh. Wilhelmsen Holding ASA",)),
    "Hurtigruten AS": (("Hurtigruten",), (), (), ("Hurtigruten Group AS",)),
    "Color Line AS": (("Color Line",), (), (), ()),
    "Fjord Line AS": (("Fjord Line",), (), (), ()),
    "Widerøe's Flyveselskap AS": (("Widerøe",), (), (), ()),
    "Norwegian Air Shuttle ASA": (("Norwegian",), (), (), ()),
    "Veidekke Entreprenør AS": (("Veidekke",), (), (), ("Veidekke ASA",)),
    "Skanska Norge AS": (("Skanska",), (), ("Skanska Norway AS",), ("Skanska AB",)),
    "AF Gruppen Norge AS": (("AF Gruppen",), (), (), ("AF Gruppen ASA",)),
    "Kruse Smith Entreprenør AS": (("Kruse Smith",), (), (), ()),
    "Schneider Electric Norge AS": (("Schneider Electric",), (), ("Schneider Electric Norway AS",),
                                    ("Schneider Electric SE",)),
    "Siemens AS": (("Siemens",), (), ("Siemens Norge AS",), ("Siemens Energy AS",)),
    "ABB AS": (("ABB",), (), ("ABB Norge AS",), ("ABB Ltd",)),
    "Baker Hughes Norge AS": (("Baker Hughes",), (), ("Baker Hughes Norway AS",),
                              ("Baker Hughes Company",)),
    "TechnipFMC Norge AS": (("TechnipFMC",), ("FMC Technologies AS",), (), ()),
    "Subsea 7 Norway AS": (("Subsea 7",), (), ("Subsea 7 Norge AS",), ()),
    "Aibel AS": (("Aibel",), (), (), ()),
    "Kværner AS": (("Kværner",), (), (), ()),
    "ConocoPhillips Skandinavia AS": (("ConocoPhillips",), (), (), ()),
    "Lerøy Seafood Group ASA": (("Lerøy",), (), (), ("Lerøy Aurora AS",)),
    "Lerøy Aurora AS": ((), (), (), ("Lerøy Seafood Group ASA",)),
    "Grieg Seafood ASA": (("Grieg Seafood",), (), (), ("Grieg Seafood Finnmark AS",)),
    "Cermaq Norway AS": (("Cermaq",), (), ("Cermaq Norge AS",), ("Cermaq Group AS",)),
    "Tine SA": (("TINE",), (), (), ()),
    "Nortura SA": (("Nortura",), (), (), ()),
    "Coop Norge SA": (("Coop",), (), (), ("Coop Øst SA",)),
    "Rema 1000 Norge AS": (("Rema 1000",), (), (), ("Rema 1000 AS",)),
    "Elkjøp Norge AS": (("Elkjøp",), (), (), ("Elkjøp Nordic AS",)),
    "IKEA AS": (("IKEA",), (), (), ()),
    "ISS Facility Services AS": (("ISS",), (), (), ()),
    "Coor Service Management AS": (("Coor",), (), (), ()),
    "Sodexo AS": (("Sodexo",), (), ("Sodexo Norge AS",), ()),
    "Securitas AS": (("Securitas",), (), (), ("Securitas AB",)),
    "Adecco Norge AS": (("Adecco",), (), ("Adecco Norway AS",), ()),
    "Manpower AS": (("Manpower", "ManpowerGroup"), (), (), ()),
    "MHWirth AS": (("MHWirth",), ("Aker MH AS",), (), ()),
    "National Oilwell Varco Norway AS": (("NOV",), (), (), ()),
    "Bane NOR SF": (("Bane NOR",), ("Jernbaneverket",), (), ()),
    "Avinor AS": (("Avinor",), ("Luftfartsverket",), (), ()),
    "Statkraft AS": (("Statkraft",), (), (), ("Statkraft Energi AS",)),
    "Norled AS": (("Norled",), ("Tide Sjø AS",), (), ()),
    "AS Vinmonopolet": (("Vinmonopolet", "Polet"), (), (), ()),
    "Norsk rikskringkasting AS": (("NRK",), (), (), ()),
    "Statens vegvesen": ((), ("Statens vegvesen Region vest",), (), ()),
    "Jotun AS": (("Jotun",), (), (), ("Jotun A/S",)),
    "Kverneland Group Operations Norway AS": (("Kverneland",), (), (), ()),
    "Bertel O. Steen AS": (("Bertel O Steen",), (), (), ()),
}
# English-named export and shipping firms: first word, trade
EN_FIRST = ("Nordic", "Arctic", "Polar", "Fjord", "Viking", "Northern", "Norse", "Coastal",
            "Atlantic", "Boreal", "Blue Ocean", "Westcoast", "Midnight Sun", "Aurora")
EN_TRADE = ("Seafood", "Maritime", "Offshore", "Shipping", "Logistics", "Trading", "Export",
            "Subsea", "Marine", "Engineering", "Aqua", "Fish")
# small firms that order courses and translations for their staff
NO_TRADES = ("Bygg", "Rør", "Transport", "Renhold", "Elektro", "Maling", "Flis", "Tak",
             "Betong", "Anlegg", "Bilverksted", "Regnskap", "Eiendom", "Catering")
FOREIGN_FIRM_TRADES = ("Bygg og Renovering", "Bygg", "Renhold", "Flis og Mur", "Maling",
                       "Transport", "Frisør", "Dagligvare")

# ---- GP and dental practices ---------------------------------------------------------------

GP_WORDS = ("legesenter", "legekontor", "legesenteret")
DENTAL_WORDS = ("tannklinikk", "tannlegesenter", "tannlegekontor")
DENTAL_CHAINS = ("Colosseum Tannlege", "Oris Dental", "Din Tannlege")
# names many towns have: twins told apart by org number, or typed twice locally
TWIN_NAMES = ("Sentrum legesenter", "Sentrum tannklinikk", "Torget legesenter",
              "Tannlegene i sentrum", "Stasjonen legesenter", "Byporten legesenter",
              "St. Johannes menighet", "Advokatfirmaet Hansen AS", "Frivilligsentralen",
              "Advokatfirmaet Olsen AS", "Internasjonalt kultursenter",
              "Somalisk kulturforening", "Fontenehuset", "Kirkens SOS")
TWIN_PLACES = ("Sentrum", "Torget", "Stasjonen", "Byporten", "Brygga", "Sjøsiden", "Kirkegata",
               "Storgata", "Parken", "Kvartalet")
TWIN_TRADES = ("legesenter", "tannklinikk", "fysioterapi", "legekontor", "tannlegesenter")

# ---- contact persons -----------------------------------------------------------------------

CONTACT_TITLES = {"gp": ("dr. ", "lege ", ""), "church": ("sokneprest ", "kirkeverge ", ""),
                  "law": ("advokat ", ""), "court": ("", "dommer "),
                  "police": ("", "politiadvokat "), "default": ("",)}

# ---- languages (projects) ------------------------------------------------------------------

# language -> other spellings consultants use
LANGUAGES: dict[str, tuple[str, ...]] = {
    "arabisk": ("arabic",), "somali": ("somalisk",), "tigrinja": ("tigrinya", "tigrigna"),
    "dari": (), "persisk": ("farsi",), "ukrainsk": (), "russisk": (), "polsk": (),
    "litauisk": (), "kurdisk sorani": ("sorani",), "kurmanji": ("kurdisk kurmanji",),
    "amharisk": (), "pashto": ("pashtu",), "vietnamesisk": (), "thai": (), "engelsk": (),
    "fransk": (), "spansk": (), "rumensk": (), "tyrkisk": (),
}
DOCUMENTS = ("vitnemål", "fødselsattest", "førerkort", "vigselsattest", "skilsmissedom",
             "karakterutskrift", "arbeidsattest", "politiattest", "pass", "testamente")
