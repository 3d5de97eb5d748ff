"""The word tables of matching: one spelling for the words that are the same word in another
form or language (`SYNONYMS`: "Norway"/"Norge", "BRL"/"Borettslag", "etg."/"etasje"), and the
names in other languages (`NAMES`: institution words in English, the municipalities' Sami
names). core.matching.words reads names with them; every word is written as names are folded
(core.matching.normalize.fold; a test checks).
"""

from __future__ import annotations

# One spelling for words that are the same word in another language or form.
SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("norway", "norwegian", "norsk", "norske", "noreg"), "norge"),
    **dict.fromkeys(("teknologi", "technologies", "teknologies", "tekn"), "technology"),
    **dict.fromkeys(("konsulent", "konsulenter", "konsult", "consult", "consultants",
                     "consultant", "konsulting"), "consulting"),
    **dict.fromkeys(("gruppen", "gruppe", "grp", "groups"), "group"),
    **dict.fromkeys(("sameiet", "sameige", "eierseksjonssameie", "eierseksjonssameiet",
                     "esameie"), "sameie"),
    **dict.fromkeys(("borettslaget", "brl", "borettslag"), "borettslag"),
    **dict.fromkeys(("eiendommer", "eiendomsselskap", "eiendomsselskapet", "eiend"), "eiendom"),
    **dict.fromkeys(("advokatfirmaet", "advokatfirma", "advokatene", "advokatkontor",
                     "advokatkontoret", "adv"), "advokat"),
    **dict.fromkeys(("internasjonal", "intl", "int"), "international"),
    **dict.fromkeys(("mgmt", "mgt", "ledelse"), "management"),
    **dict.fromkeys(("kompani", "compagni", "comp", "co"), "company"),
    **dict.fromkeys(("senteret", "center", "centre", "centeret"), "senter"),
    **dict.fromkeys(("services", "servise"), "service"),
    **dict.fromkeys(("regnskapskontor", "regnskapsbyra", "regnskapskontoret", "regnsk"),
                    "regnskap"),
    **dict.fromkeys(("kommunen",), "kommune"),
    **dict.fromkeys(("fylkeskommunen", "fylkeskomm"), "fylkeskommune"),
    **dict.fromkeys(("entreprenorforretning", "entr"), "entreprenor"),
    **dict.fromkeys(("holdings",), "holding"),
    **dict.fromkeys(("partnere", "partners"), "partner"),
    **dict.fromkeys(("solution",), "solutions"),
    **dict.fromkeys(("system",), "systems"),
    **dict.fromkeys(("prosjektet", "project", "proj", "prosj"), "prosjekt"),
    **dict.fromkeys(("boligbyggelag", "boligbyggelaget"), "bbl"),
    **dict.fromkeys(("firmaet",), "firma"),
    **dict.fromkeys(("br", "brdr", "brodr", "brodrene", "brothers"), "brodrene"),
    **dict.fromkeys(("sonner", "sonnene", "sons"), "sonn"),
    # Norwegian abbreviations that are not a prefix or the consonants of their word
    **dict.fromkeys(("etg", "etasjen"), "etasje"),
    **dict.fromkeys(("blokka", "blokken"), "blokk"),  # ("BL" is byggeledelse as often)
    **dict.fromkeys(("gt", "gata", "gaten", "gatan"), "gate"),
    **dict.fromkeys(("vn", "veien", "veg", "vegen"), "vei"),
    **dict.fromkeys(("plassen",), "plass"),  # ("PL" in a project is prosjektledelse as often)
    **dict.fromkeys(("il", "idrettslaget"), "idrettslag"),
    **dict.fromkeys(("if", "idrettsforeningen"), "idrettsforening"),
    **dict.fromkeys(("fk", "fotballklubben"), "fotballklubb"),
    **dict.fromkeys(("sportsklubben",), "sportsklubb"),  # ("SK" is a skiklubb as often)
    **dict.fromkeys(("bhg", "barnehagen"), "barnehage"),
    **dict.fromkeys(("adm", "administrasjonen"), "administrasjon"),
    **dict.fromkeys(("komm",), "kommune"),
    **dict.fromkeys(("dept", "dep"), "department"),
    **dict.fromkeys(("hovedprosjektet", "hovudprosjekt"), "hovedprosjekt"),
    # one job or trade, said in other words (an accountant's and a caretaker's projects)
    **dict.fromkeys(("selvangivelse", "selvangivelsen", "skattemeldingen"), "skattemelding"),
    **dict.fromkeys(("bokforing", "regnskapsforing", "regnskapsfort"), "regnskap"),
    **dict.fromkeys(("arsregnskap", "arsregnskapet", "arsoppgjoret", "arsoppgjer"), "arsoppgjor"),
    # (written as names are folded: "aa" is "å" is "a", core.matching.normalize.fold)
    **dict.fromkeys(("ekstrarbeid", "ekstrarbeider", "tilleggsarbeider", "tillegsarbeid"),
                    "tilleggsarbeid"),
    **dict.fromkeys(("hjemmeside", "hjemmesider", "nettsider", "nettsiden", "webside",
                     "website"), "nettside"),
    **dict.fromkeys(("styremote", "styremoter", "styrearbeidet"), "styrearbeid"),
    **dict.fromkeys(("vaktmesteravtale", "vaktmestertjenester", "vaktmestertjeneste",
                     "vaktmestertjenesten"), "vaktmester"),
    **dict.fromkeys(("eiendomsmegler", "eiendomsmegling", "meglerhuset"), "megler"),
    **dict.fromkeys(("losninger", "losning"), "solutions"),
    **dict.fromkeys(("nye", "nytt"), "ny"),
    **dict.fromkeys(("lop", "lpd"), "lopende"),  # "Løp. regnskap"
    **dict.fromkeys(("materiell", "materiale", "materialet", "materialene"), "materialer"),
    **dict.fromkeys(("fdv", "dokumentasjonen"), "dokumentasjon"),  # FDV-dokumentasjon
    **dict.fromkeys(("aksjonaerregisteroppgaven", "aksjonaerregisteret", "aksjonaerregister"),
                    "aksjonaerregisteroppgave"),
    **dict.fromkeys(("naeringsoppgaven", "naeringsoppgaver"), "naeringsoppgave"),
    **dict.fromkeys(("merverdiavgift", "merverdiavgiften"), "mva"),
    # an IT agency's words in English ("Firewall og nettverk" / "Brannmur og nettverk")
    **dict.fromkeys(("firewall", "brannmurer"), "brannmur"),
    **dict.fromkeys(("development", "utviklingen"), "utvikling"),
    **dict.fromkeys(("signage", "skilt"), "skilting"),
    # a workshop's and a yard's jobs in English ("Annual service" / "Årsservice", "Spring
    # service" / "Vårservice": with the compound, the English words pair the Norwegian one)
    **dict.fromkeys(("annual", "yearly"), "ars"),
    **dict.fromkeys(("spring",), "var"),
    **dict.fromkeys(("autumn", "fall"), "host"),
    **dict.fromkeys(("summer",), "sommer"),
    **dict.fromkeys(("winter",), "vinter"),
    **dict.fromkeys(("agreement",), "avtale"),
    **dict.fromkeys(("maintenance",), "vedlikehold"),
    **dict.fromkeys(("repair", "repairs", "reparasjoner"), "reparasjon"),
    **dict.fromkeys(("overhaul",), "overhaling"),
    **dict.fromkeys(("engine",), "motor"),
    **dict.fromkeys(("welding", "sveis", "sveisearbeid", "sveisearbeider"), "sveising"),
    **dict.fromkeys(("inspection",), "kontroll"),
    **dict.fromkeys(("certification",), "sertifisering"),
    **dict.fromkeys(("docking", "drydocking"), "dokking"),
    **dict.fromkeys(("electrical",), "elektro"),
    **dict.fromkeys(("painting",), "maling"),
    **dict.fromkeys(("class", "classing", "klasse"), "klassing"),  # a vessel's class survey
    **dict.fromkeys(("machinery", "machine", "machines", "maskiner", "maskinen"), "maskin"),
    **dict.fromkeys(("refrigeration",), "kjoleanlegg"),
    **dict.fromkeys(("harvester",), "skurtresker"),  # ("combine harvester")
    # an IT firm's and an electrician's jobs, as they are also written
    **dict.fromkeys(("pentest", "pentesting", "penetrasjonstesting"), "penetrasjonstest"),
    **dict.fromkeys(("kabellegging", "kabeltrekking", "kabelarbeid"), "kabling"),
    **dict.fromkeys(("milking",), "melke"),  # a farm's ("Milking robot" / "Melkerobot")
    **dict.fromkeys(("manure",), "gjodsel"),
    **dict.fromkeys(("spreader",), "spreder"),
    # the consulting engineers' disciplines by their codes (and `_ENGINEER`)
    **dict.fromkeys(("geoteknikk", "geoteknisk"), "rig"),
    **dict.fromkeys(("akustikk", "akustisk"), "riaku"),
    **dict.fromkeys(("bygningsfysikk", "bygningsfysisk"), "ribyfy"),
    **dict.fromkeys(("brannradgivning", "brannteknikk", "brannkonsept"), "ribr"),
    **dict.fromkeys(("landskapsarkitekt", "landskapsarkitektur"), "lark"),
    **dict.fromkeys(("interiorarkitekt", "interiorarkitektur"), "iark"),
}


# Names in other languages, as the registries write them: a culture house's, a club's and a
# public body's words in English, and the municipalities' Sami names. `words_of` reads them as
# `SYNONYMS`, but they are no company words (a person may be "Thea" or "Stein"), and they are
# not known one letter off as the long synonyms are ("Storjord" is no "Storfjord")
NAMES: dict[str, str] = {
    # ("Norwegian Chamber Orchestra" / "Norsk Kammerorkester", "Trondheim Symphony Orchestra")
    **dict.fromkeys(("orchestra", "orkesteret", "orkestret"), "orkester"),
    **dict.fromkeys(("chamber",), "kammer"),
    **dict.fromkeys(("philharmonic", "filharmoniske", "filharmoniker"), "filharmonisk"),
    **dict.fromkeys(("symphony",), "symfoni"),
    **dict.fromkeys(("choir", "koret"), "kor"),
    **dict.fromkeys(("theatre", "theater", "teatret", "teateret", "teahter"), "teater"),
    **dict.fromkeys(("museums", "museet"), "museum"),
    **dict.fromkeys(("university", "universitetet"), "universitet"),
    **dict.fromkeys(("sykehuset",), "sykehus"),  # ("hospital" is Norwegian too: "Hosp.")
    **dict.fromkeys(("foundation", "stiftinga"), "stiftelse"),
    **dict.fromkeys(("municipality",), "kommune"),
    **dict.fromkeys(("county",), "fylke"),
    **dict.fromkeys(("directorate", "direktoratet"), "direktorat"),
    **dict.fromkeys(("authority", "tilsynet"), "tilsyn"),
    # the municipalities' Sami names (as the Sami names' genitive too: "Deanu gielda" is Tana
    # kommune), and the Sami words for a municipality and a county municipality
    **dict.fromkeys(("gielda", "suohkan", "tjielte", "kommuvdna"), "kommune"),
    **dict.fromkeys(("fylkkagielda", "fylkasuohkan"), "fylkeskommune"),
    **dict.fromkeys(("deatnu", "deanu"), "tana"),
    **dict.fromkeys(("karasjohka", "karasjoga"), "karasjok"),
    **dict.fromkeys(("guovdageaidnu", "guovdageainnu"), "kautokeino"),
    **dict.fromkeys(("unjarga", "unjargga"), "nesseby"),
    **dict.fromkeys(("porsaŋgu", "porsaŋggu", "porsangu", "porsanggu"), "porsanger"),
    **dict.fromkeys(("gaivuotna", "gaivuona"), "kafjord"),
    **dict.fromkeys(("loabat", "loabaga"), "lavangen"),
    **dict.fromkeys(("dielddanuorri", "dielddanuori"), "tjeldsund"),
    **dict.fromkeys(("omasvuotna", "omasvuona"), "storfjord"),
    **dict.fromkeys(("romsa", "romssa"), "tromso"),
    **dict.fromkeys(("hammerfeasta", "hammerfeastta"), "hammerfest"),
    **dict.fromkeys(("navuotna", "navuona"), "kvanangen"),
    **dict.fromkeys(("evenassi", "evenassis"), "evenes"),
    **dict.fromkeys(("malatvuopmi", "malatvuomi"), "malselv"),
    **dict.fromkeys(("habmer", "habmera"), "hamaroy"),
    **dict.fromkeys(("fuossko", "fuosko"), "fauske"),
    **dict.fromkeys(("badaddjo",), "bodo"),
    **dict.fromkeys(("divtasvuodna", "divtasvuona"), "tysfjord"),
    **dict.fromkeys(("snase", "snasen"), "snasa"),
    **dict.fromkeys(("rarvihke", "rarvihken"), "royrvik"),
    **dict.fromkeys(("arborte", "arborten"), "hattfjelldal"),
    **dict.fromkeys(("lijre", "lijren"), "lierne"),
    **dict.fromkeys(("stientjere", "stientjeren"), "steinkjer"),
    **dict.fromkeys(("vapste", "vapsten"), "vefsn"),
}


# A staffing and cleaning firm's jobs in English, as project names only ("Office cleaning" /
# "Renhold kontor", "Nurses weekend" / "Sykepleiere helg"): in a customer's name they are a
# brand's words ("Office Line AS" is no "Kontor Line AS"). core.matching.index.make_rec reads a
# project's words so, after `words_of`.
PROJECT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("cleaning", "rengjoring", "rengjoringen"), "renhold"),
    **dict.fromkeys(("office", "offices", "kontoret", "kontorer"), "kontor"),
    **dict.fromkeys(("nurse", "nurses", "sykepleiere", "sykepleierne"), "sykepleier"),
    **dict.fromkeys(("weekend", "weekends", "helgen", "helger"), "helg"),
    **dict.fromkeys(("recruitment", "recruiting"), "rekruttering"),
    **dict.fromkeys(("warehouse", "lageret"), "lager"),
    **dict.fromkeys(("staffing", "bemanningen"), "bemanning"),
    **dict.fromkeys(("canteen", "kantina", "kantinen"), "kantine"),
    **dict.fromkeys(("housekeeping",), "romrenhold"),
    **dict.fromkeys(("temps", "vikarer", "vikarene"), "vikar"),
    **dict.fromkeys(("stocktaking",), "varetelling"),
}


# English words beside the Norwegian ones, as an association's or a company's name has them
# ("Polish Youth Association Bergen" / "Polsk ungdomsforening i Bergen", "University of
# South-Eastern Norway"): a word's translation pairs as less than the same word
# (core.matching.wordpair: "North Bygg AS" may be another firm than "Nord Bygg AS"), and the
# words are not read as each other (a hotel chain's "Western", "Taste of India")
TRANSLATIONS: dict[str, str] = {
    "association": "forening", "parents": "foreldre", "youth": "ungdom", "children": "barn",
    "family": "familie", "women": "kvinner",
    "polish": "polsk", "ukrainian": "ukrainsk", "afghan": "afghansk", "somali": "somalisk",
    "syrian": "syrisk", "eritrean": "eritreisk", "iraqi": "irakisk", "iranian": "iransk",
    "kurdish": "kurdisk", "russian": "russisk", "lithuanian": "litauisk", "latvian": "latvisk",
    "romanian": "rumensk", "vietnamese": "vietnamesisk", "chinese": "kinesisk",
    "arabic": "arabisk", "turkish": "tyrkisk", "pakistani": "pakistansk",
    "filipino": "filippinsk", "tamil": "tamilsk", "ethiopian": "etiopisk",
    "sudanese": "sudanesisk", "bosnian": "bosnisk", "serbian": "serbisk",
    "croatian": "kroatisk", "albanian": "albansk", "estonian": "estisk", "spanish": "spansk",
    "portuguese": "portugisisk", "french": "fransk", "german": "tysk", "italian": "italiensk",
    "swedish": "svensk", "danish": "dansk", "finnish": "finsk", "english": "engelsk",
    "american": "amerikansk", "indian": "indisk", "african": "afrikansk",
    "north": "nord", "northern": "nord", "south": "sor", "southern": "sor", "east": "ost",
    "eastern": "ost", "west": "vest",
}

