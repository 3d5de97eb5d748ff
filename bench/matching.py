"""Matching speed: N fresh Tripletex customers against N unlinked local customers.

The names are generated deterministically from Norwegian surnames, places and trades. About half
of the local records are the Tripletex records again, spelt differently (ø as o or oe, å as aa,
legal form dropped or changed, words split or joined, a typo, other case), some with the org
number or customer number; the rest are unrelated local names. Prints the time of
`match_customers` (best of --repeat runs), run as a sync runs it (cyclic GC off: core.sync.run),
and what it decided.

    python bench/matching.py [--n 10000] [--seed 1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import gcstate  # noqa: E402
from core.matching.match import MatchResult, match_customers  # noqa: E402
from core.matching.normalize import normalize_name, org_check_digit  # noqa: E402
from core.matching.words import words_of  # noqa: E402
from core.models import LocalCustomer, TxCustomer  # noqa: E402


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES = _words(
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen "
    "Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen "
    "Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen "
    "Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde "
    "Solheim Berge Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen "
    "Nielsen Knudsen Evensen Sæther Aas Myhre Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen "
    "Danielsen Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen "
    "Birkeland Isaksen Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland "
    "Bøe Jenssen Aune Mikkelsen Tveit Brekke Abrahamsen Madsen Håland Løken Tønnessen Fjeld"
)
PLACES = _words(
    "Oslo Bergen Trondheim Stavanger Tromsø Drammen Fredrikstad Kristiansand Sandnes Ålesund "
    "Sandefjord Haugesund Tønsberg Moss Porsgrunn Bodø Arendal Hamar Larvik Halden Lillehammer "
    "Harstad Molde Gjøvik Kongsberg Ski Jessheim Horten Grimstad Askøy Mo Alta Narvik Steinkjer "
    "Førde Voss Ørsta Florø Kirkenes Levanger Nordfjord Hallingdal Sunnmøre Jæren Fjord Vest Nord"
)
TRADES = _words(
    "Bygg Rør Rørleggerservice Elektro Maskin Transport Eiendom Regnskap Consulting Data "
    "Snekkeri Maling Taktekking Tannlegesenter Frisør Bakeri Kafé Entreprenør Graving Revisjon "
    "Arkitekter Advokatfirma Holding Invest Handel Service Installasjon Ventilasjon Glass "
    "Blikkenslager Tre Stål Betong Marine Fisk Sjømat Gartneri Landbruk Byggmester Montasje "
    "Design Media Reklame Trafikkskole Helse Fysioterapi Legesenter Renhold Vaktmester IT"
)
FORMS = ("AS", "AS", "AS", "AS", "ASA", "ANS", "DA", "ENK", "SA", "A/S", "")
JOINERS = ("", "", "", " & Sønn", " og Co", " Vest", " Nord", " Service")


def org_number(rng: random.Random) -> str:
    while True:
        first8 = f"{rng.randrange(80000000, 99999999):08d}"
        check = org_check_digit(first8)
        if check is not None:
            return first8 + str(check)


def company(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.4:
        words = [rng.choice(SURNAMES), rng.choice(TRADES)]
    elif shape < 0.7:
        words = [rng.choice(PLACES), rng.choice(TRADES)]
    elif shape < 0.9:
        words = [rng.choice(PLACES), rng.choice(SURNAMES), rng.choice(TRADES)]
    else:
        words = [rng.choice(SURNAMES), rng.choice(TRADES), rng.choice(TRADES)]
    name = " ".join(words) + rng.choice(JOINERS)
    form = rng.choice(FORMS)
    return f"{name} {form}".strip()


def variant(rng: random.Random, name: str) -> str:
    """The same company as a person might have typed it into the time tracker."""
    edits = rng.sample(range(8), k=rng.randint(1, 3))
    for e in edits:
        if e == 0:
            name = name.replace("ø", "o").replace("Ø", "O")
        elif e == 1:
            name = name.replace("å", "aa").replace("æ", "ae").replace("ø", "oe")
        elif e == 2:
            name = " ".join(w for w in name.split() if w not in ("AS", "ASA", "ANS", "DA", "A/S"))
        elif e == 3 and " " in name:
            i = name.index(" ")
            name = name[:i] + name[i + 1:]
        elif e == 4 and len(name) > 6:
            i = rng.randrange(1, len(name) - 2)
            name = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        elif e == 5:
            name = name.upper() if rng.random() < 0.5 else name.lower()
        elif e == 6:
            name = name.replace(" & ", " og ")
        else:
            name = name.replace(" AS", " A/S")
    return name


def dataset(n: int, seed: int) -> tuple[list[TxCustomer], list[LocalCustomer], dict[str, int]]:
    """Tripletex customers, local customers, and which local key is a variant of which
    Tripletex id (the truth the quality figures are measured against)."""
    rng = random.Random(seed)
    tx: list[TxCustomer] = []
    for i in range(n):
        org = org_number(rng) if rng.random() < 0.6 else None
        tx.append(TxCustomer(id=10_000 + i, version=1, name=company(rng), number=str(1000 + i),
                             organization_number=org))
    tx_names = {normalize_name(c.name).base for c in tx}
    local: list[LocalCustomer] = []
    truth: dict[str, int] = {}
    for i in range(n):
        key = f"c-{i + 1}"
        if i % 2 == 0:
            src = tx[rng.randrange(n)]
            org = src.organization_number if rng.random() < 0.3 else None
            if org and rng.random() < 0.5:
                org = f"NO {org[:3]} {org[3:6]} {org[6:]} MVA"
            number = src.number if rng.random() < 0.2 else str(rng.randrange(1, 99999))
            local.append(LocalCustomer(key, variant(rng, src.name), number, org))
            truth[key] = src.id
        else:  # another company: never one of Tripletex's names
            name = company(rng)
            while normalize_name(name).base in tx_names:
                name = company(rng)
            local.append(LocalCustomer(key, name, None, None))
    return tx, local, truth


def quality(results: list[MatchResult], truth: dict[str, int]) -> str:
    """How the true pairs fared: linked right, linked wrong, in review, missed."""
    by_tx: dict[int, set[str]] = {}
    for key, tx_id in truth.items():
        by_tx.setdefault(tx_id, set()).add(key)
    c: Counter[str] = Counter()
    for m in results:
        true_keys = by_tx.get(m.tripletex_id, set())
        if m.local_key is not None:
            c["linked right" if m.local_key in true_keys else "linked wrong"] += 1
        elif true_keys:
            top = [x.local_key for x in m.candidates]
            c["true pair in review" if true_keys & set(top) else "true pair missed"] += 1
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tx, local, truth = dataset(args.n, args.seed)
    times = []
    results = []
    for _ in range(args.repeat):
        normalize_name.cache_clear()  # time the normalisation too, as a first sync sees it
        words_of.cache_clear()
        t0 = time.perf_counter()
        with gcstate.quiet():  # as a sync runs it (core.gcstate: no cyclic GC during a run)
            results = match_customers(tx, local)
        times.append(time.perf_counter() - t0)
    outcome: Counter[str] = Counter()
    for m in results:
        outcome[m.method or ("review" if m.candidates else "create")] += 1
    cands = sum(len(m.candidates) for m in results)
    print(f"match_customers: {args.n} Tripletex x {len(local)} local customers: "
          f"{min(times):.2f} s (best of {args.repeat}; runs {', '.join(f'{t:.2f}' for t in times)})")
    print("outcome: " + ", ".join(f"{k} {v}" for k, v in sorted(outcome.items()))
          + f"; {cands} review candidates")
    print(f"quality ({len(truth)} local variants of Tripletex names): {quality(results, truth)}")


if __name__ == "__main__":
    main()
