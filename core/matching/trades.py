"""The businesses that Norwegian company names are made of, for matching: trades written in
more than one way or in English (`trade_family`: "Bilverksted"/"Bilservice", "Seafood"/
"Sjømat"), a name that says its trade twice (`trade_twins`), the chains and franchises a store
is called by beside the words its company is named by (`CHAINS`, `STORE_WORDS`), hotels and
their chains (`HOTEL`, `HOTEL_CHAINS`), and well-known companies by their old and new names
(`renamed`). Every word folded as core.matching.words.words_of folds names.
"""

from __future__ import annotations

from functools import lru_cache

# Chains and franchises a store is called by ("Meny Alta", "Circle K Bislett"), and the words
# the companies that run them are named by ("Kjøpmann Alta AS", "Bislett Service AS"): the one
# beside the other says the same store (core.matching.resemble)
CHAINS = frozenset(["rema", "kiwi", "meny", "joker", "spar", "eurospar", "bunnpris", "coop", "obs", "prix", "extra", "narvesen", "peppes", "dominos", "mcdonalds", "burger", "bk", "circle", "statoil", "esso", "shell", "unox", "yx", "vitus", "boots", "elkjop", "xxl", "intersport", "europris", "jernia", "byggmakker", "maxbo", "plantasjen", "thon", "scandic", "radisson", "clarion", "sats"])
# Hotel chains, the word after a chain's name that names its brand ("Radisson Blu"), and the
# word that says a hotel: "Radisson Blu Plaza Hotel" is "Plaza Hotel Oslo". A chain's words
# cost little only where `CHAINS` has it (radisson, scandic, clarion, thon: the comparison
# looks at chains only then); the others tell that the other name is another chain's hotel
HOTEL_CHAINS = frozenset(["radisson", "scandic", "clarion", "thon", "comfort", "quality",
                          "smarthotel", "citybox", "hilton", "ibis", "moxy", "marriott",
                          "western", "first", "choice", "strawberry", "anker", "augustin"])
HOTEL_BRANDS = frozenset(["blu", "collection"])
HOTEL = frozenset(["hotel", "hotell"])
STORE_WORDS = frozenset(["detalj", "dagligvare", "dagligvarer", "handel", "kjopmann", "kjopmannen", "kjopmannshus", "restaurantdrift", "restaurant", "butikkdrift", "butikk", "drift", "service", "pizza", "pizzeria", "hotelldrift", "hotell"])
# a fuel station's company is named so, beside its fuel chain ("Tøyen Bilsenter AS" runs
# "Statoil Tøyen"; not "Kiwi Tøyen", and "Tøyen Dagligvare AS" runs no fuel station)
FUEL_CHAINS = frozenset(["circle", "statoil", "esso", "shell", "unox", "yx"])
FUEL_STORE_WORDS = frozenset(["bilsenter", "servicesenter", "servicestasjon", "stasjonsdrift",
                              "service", "drift"])
ANY_STORE_WORDS = STORE_WORDS | FUEL_STORE_WORDS


# Trades written in more than one way: two names that share a distinctive word and a trade of one
# family ("Bilverksted"/"Bilservice", "Malermester"/"Maling") are likely one business; trades of
# two families ("Bygg"/"Elektro") are the classic pair of different companies.
_TRADE_FAMILIES = (  # (English names of a trade too: "Nordvest Seafood" is "Nordvest Sjømat")
    "bil bilservice bilverksted bilsenter bilforretning bilpleie bilelektro auto autoservice "
    "dekk dekkservice dekksenter",
    "maling maler malermester malerfirma malerservice malerforretning malerbedrift painting",
    "elektro elektriker elektroinstallasjon elektroinstallator elinstallasjon el elektroservice "
    "electric electrical",
    "ror rorlegger rorleggerservice rorleggerfirma rorleggerbedrift vvs sanitaer plumbing",
    "bygg byggmester byggservice byggfirma snekker snekkeri tomrer tommermann byggentreprenor "
    "construction",
    "regnskap regnskapsforing regnskapsservice okonomi okonomiservice accounting",
    "revisjon revisor revisjonsfirma audit",
    "consulting radgivning radgiving radgivende radgiver radgivere",  # (rådgivning: Norwegian)
    "tannlege tannlegesenter tannklinikk tannhelse dental",
    "lege legesenter legekontor legevakt",
    "frisor frisorsalong salong hair harstudio harsalong hairstudio",
    "mur murer murmester murerfirma murerbedrift muring masonry",
    "renhold renholdsservice rengjoring vask cleaning",
    "transport frakt logistikk spedisjon budservice logistics",
    "data it ikt software programvare digital technology",
    "arkitekt arkitekter arkitektkontor architects",
    "taktekking taktekker tak roofing",
    "graving maskin maskinentreprenor anlegg grunnarbeid grave graveservice gravearbeid",
    "ventilasjon klima ventilasjonsservice",
    "montasje montering installasjon",
    "bakeri baker konditori bakery",
    "kafe cafe kro restaurant",
    "sjomat seafood",
    "havbruk oppdrett fiskeoppdrett lakseoppdrett akvakultur aquaculture",
    "rederi skipsrederi shipping skipsfart",
    "anleggsgartner gartner gartneri hage hageservice hagearbeid landskap grontanlegg",
    "kulde kuldeteknikk kjol kjoling kjoleteknikk kjolemontasje",
    "fisk fiskeri fish fishery",
    "eiendom eiendomsutvikling property properties",
)
# what an institution is, said in other words, as whole words (no compound begins with them:
# "Kirkenes", "Sokndal" are places): a hospital by another word for it ("Stavanger
# universitetssjukehus" / "Stavanger sykehus"), a congregation by its parish or its church
# ("Hinna menighet" / "Hinna kirke"). No trade: they pair as `institution` (core.matching.wordpair),
# for less than a word shared, and say what a unit is (core.matching.readings.unit_fits)
_INSTITUTION_FAMILIES = (
    "sykehus sjukehus universitetssykehus universitetssjukehus hospital",
    "menighet menighetsrad sokn soknerad kirke kyrkje kyrkjelyd church parish congregation",
)
HOSPITAL_FAMILY = frozenset(_INSTITUTION_FAMILIES[0].split())
_HOSPITAL_ENDS = ("sykehus", "sykehuset", "sjukehus", "sjukehuset", "hospitalet")


def hospital_word(word: str) -> bool:
    """Whether a word says a hospital, a compound too ("Kysthospitalet", "sentralsjukehus"; not
    "Dyrehospital")."""
    return word in HOSPITAL_FAMILY or word.endswith(_HOSPITAL_ENDS)
_INSTITUTION: dict[str, int] = {w: n for n, line in enumerate(_INSTITUTION_FAMILIES)
                                for w in line.split()}


def institution_of(word: str) -> int | None:
    """The institution family of `word` (`_INSTITUTION_FAMILIES`), or None."""
    return _INSTITUTION.get(word)


_FAMILY: dict[str, int] = {w: n for n, line in enumerate(_TRADE_FAMILIES) for w in line.split()}
TRADE_WORDS = frozenset(_FAMILY)  # every word of a trade family


# Well-known Norwegian companies and chains by their old and new names, as a registry made
# before the rename still has them ("Statoil Bryne" is "Circle K Bryne", "NSB" is "Vy"): each
# old name's word and the new names' words that stand for it (the new name's first word:
# "circle" of "Circle K"), folded as `words_of` folds them (a test checks); each word's
# blocking key (`RENAMED`) is its family's first old name, which no new name is
_RENAMES = {"statoil": ("circle", "equinor"), "nsb": ("vy",), "nettbuss": ("vy",),  # (NSB's buses)
            "televerket": ("telenor",), "netcom": ("telia",), "skandiabanken": ("sbanken",),
            "jernbaneverket": ("bane",), "lindorff": ("intrum",), "nokas": ("avarn",),
            "evry": ("tietovry",), "gilde": ("nortura",), "undervisningsbygg": ("oslobygg",),
            "bkk": ("eviny",), "tronderenergi": ("aneo",), "rica": ("scandic",),
            "aetat": ("nav",), "trygdeetaten": ("nav",),
            "fylkesmannen": ("statsforvalteren",),  # (renamed in 2021)
            "webhelp": ("concentrix",),
            # (the counties merged in 2020 that still are: the county bodies' names only,
            # `COUNTY_BODY`; "Hordaland Bil AS" is no "Vestland Bil AS")
            "hedmark": ("innlandet",), "oppland": ("innlandet",), "hordaland": ("vestland",)}
COUNTY_RENAMES = frozenset(("hedmark", "oppland", "hordaland"))
COUNTY_BODY = "fylkeskommune"
# the municipalities merged in 2017-2020, by the old municipality's name and the new one's (its
# word that is no filler: "follo" of "Nordre Follo"): the municipalities' own names only
# (`MUNICIPAL_BODY`: "Skedsmo kommune" / "Lillestrøm kommune"; "Skedsmo Bygg AS" is no
# "Lillestrøm Bygg AS"). Old names that are everyday words or a letter or two are left out
# ("Ski", "Os", "Re", "Bø", "Fet", "Hof"), and those still another municipality's ("Sande")
_MUNICIPAL = {
    "lillestrom": ("skedsmo", "sorum"), "follo": ("oppegard",), "asker": ("royken", "hurum"),
    "drammen": ("svelvik",), "trondheim": ("klaebu",), "faerder": ("tjome", "notteroy"),
    "moss": ("rygge",), "ostfold": ("hobol", "spydeberg", "askim", "eidsberg", "trogstad"),
    "senja": ("lenvik", "torsken", "tranoy"), "bjornafjorden": ("fusa",),
    "alver": ("lindas", "meland", "radoy"), "sunnfjord": ("forde", "naustdal", "gaular", "jolster"),
    "kinn": ("flora", "vagsoy"), "stad": ("selje",), "sogndal": ("leikanger", "balestrand"),
    "kristiansand": ("sogne", "songdalen"), "lindesnes": ("mandal", "marnardal"),
    "stavanger": ("finnoy", "rennesoy"), "sandnes": ("forsand",), "sandefjord": ("andebu", "stokke"),
    "larvik": ("lardal",), "heim": ("hemne", "snillfjord", "halsa"),
    "orkland": ("orkdal", "agdenes", "meldal"), "fosen": ("rissa", "leksvik"),
    "steinkjer": ("verran", "namdalseid"), "namsos": ("fosnes",), "naeroysund": ("vikna", "naeroy"),
    "orland": ("bjugn",), "molde": ("nesset", "midsund"), "alesund": ("orskog", "sandoy", "skodje"),
    "fjord": ("norddal", "stordal"), "volda": ("hornindal",), "hammerfest": ("kvalsund",),
    "narvik": ("ballangen",), "harstad": ("bjarkoy",),
}
MUNICIPAL_RENAMES = frozenset(old for olds in _MUNICIPAL.values() for old in olds)
MUNICIPAL_BODY = "kommune"
for _new, _olds in _MUNICIPAL.items():
    for _old in _olds:
        _RENAMES[_old] = (*_RENAMES.get(_old, ()), _new)
BODY_RENAMES = COUNTY_RENAMES | MUNICIPAL_RENAMES
RENAMED: dict[str, str] = {}
for _old, _news in _RENAMES.items():  # (two old names of one new: one family, one key)
    _family = next((RENAMED[w] for w in _news if w in RENAMED), _old)
    RENAMED.update(dict.fromkeys((_old, *_news), _family))


def renamed(a: str, b: str) -> bool:
    """Whether two words are one company's names, old and new (`_RENAMES`); not two new names
    of one old ("Circle K" and "Equinor" are two companies)."""
    return b in _RENAMES.get(a, ()) or a in _RENAMES.get(b, ())


_FAMILY_HEADS = sorted((w for w in _FAMILY if len(w) >= 3), key=lambda w: (-len(w), w))


@lru_cache(maxsize=65536)
def trade_family(word: str) -> int | None:
    """The trade family of `word` (one of its words, or a compound that begins with one of at
    least three letters: "malermester" is a painter), or None."""
    got = _FAMILY.get(word)
    if got is None and len(word) > 3:
        got = next((_FAMILY[h] for h in _FAMILY_HEADS if word.startswith(h)), None)
    return got


@lru_cache(maxsize=65536)
def trade_twins(words: tuple[str, ...]) -> frozenset[int]:
    """The positions of the words of a name that share their trade family with another word
    of it ("Transport og Logistikk", "Rør og VVS"): the name says its trade twice."""
    families = [trade_family(w) if len(w) > 1 and w.isalpha() else None for w in words]
    found = [f for f in families if f is not None]
    if len(found) < 2 or len(set(found)) == len(found):
        return _NO_TWINS
    return frozenset(i for i, f in enumerate(families) if f is not None and found.count(f) > 1)


_NO_TWINS: frozenset[int] = frozenset()


def after_chain(words: tuple[str, ...], i: int) -> bool:
    """Whether `words[i]` is a letter or number of a chain's name or store ("Circle K", "Rema
    1000", "Kiwi 512")."""
    if not (len(words[i]) == 1 or words[i].isdigit()):
        return False
    k = i - 1
    while k >= 0 and (len(words[k]) == 1 or words[k].isdigit()):
        k -= 1
    return k >= 0 and words[k] in CHAINS
