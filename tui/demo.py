"""`rabbitsync demo`: the app on an embedded sandbox, with generated Tripletex data and a
throw-away profile whose local registry already holds a few hundred customers and projects.

The local registry is made from the sandbox's own records the way a real time tracker's would
look: some spelled exactly alike, some with æøå, spacing, `&`/`og` or legal-form differences,
some with the organisation or customer number, some only local, some sharing a name. So the first
sync links, creates and leaves real cases for review. Everything is removed on exit.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

from core.config import Config, save_config
from core.paths import ProfilePaths, profile_paths

LOCAL_ONLY = (
    "Kaffebrenneriet Lokal AS", "Hyttevask Nord", "Intern administrasjon", "Fagforeningen (lokalt)",
    "Sandnes Sykkelverksted", "Kurs og Konferanse", "Tidligere Kunde ENK", "Prøvekunde AS",
    "Drammen Dyreklinikk", "Lillehammer Lys og Lyd", "Bodø Båtservice", "Molde Mat og Vin",
    "Gjøvik Grafisk", "Hamar Hage", "Steinkjer Støp AS", "Arendal Arkitekter",
)
LOCAL_PROJECTS = ("Internmøter", "Ferie og fravær", "Kompetanseheving", "Salg og tilbud", "Support")


def _transliterate(name: str) -> str:
    return (name.replace("æ", "ae").replace("ø", "o").replace("å", "aa")
            .replace("Æ", "Ae").replace("Ø", "O").replace("Å", "Aa"))


def spelling_variant(name: str, rng: random.Random) -> str:
    """The same company as a time tracker might have typed it."""
    options = []
    if _transliterate(name) != name:
        options.append(_transliterate(name))
    if name.endswith(" AS"):
        options += [name[:-3], name[:-3] + " A/S", name[:-3].upper() + " AS"]
    if " & " in name:
        options.append(name.replace(" & ", " og "))
    if " " in name:
        options += [name.replace(" ", "  ", 1), name.replace(" ", "", 1)]
    options.append(name.lower())
    return rng.choice(options)


def demo_registry(snapshot: dict[str, list[dict[str, Any]]], seed: int) -> dict[str, Any]:
    """A local registry (the import format) made from the sandbox's records."""
    rng = random.Random(seed)
    customers: list[dict[str, Any]] = []
    projects: list[dict[str, Any]] = []
    local_of: dict[int, str] = {}  # Tripletex customer id -> local key
    n = 0

    def add_customer(name: str, **extra: Any) -> str:
        nonlocal n
        n += 1
        key = f"c-{n}"
        customers.append({"key": key, "name": name, **{k: v for k, v in extra.items() if v}})
        return key

    for tx in snapshot["customers"]:
        name, roll = tx["name"], rng.random()
        org = tx.get("organizationNumber") or None
        number = str(tx["customerNumber"]) if tx.get("customerNumber") else None
        if roll < 0.30:
            local_of[tx["id"]] = add_customer(name)
        elif roll < 0.40 and org:
            local_of[tx["id"]] = add_customer(spelling_variant(name, rng), organization_number=org)
        elif roll < 0.50 and number:
            local_of[tx["id"]] = add_customer(spelling_variant(name, rng), number=number)
        elif roll < 0.65:
            local_of[tx["id"]] = add_customer(spelling_variant(name, rng))
        elif roll < 0.68:  # two local records with one name: never linked on the name alone
            local_of[tx["id"]] = add_customer(name)
            add_customer(name)
        # else: only in Tripletex; the first sync creates it
    for name in LOCAL_ONLY:
        add_customer(name)
    p = 0
    for tx in snapshot["projects"]:
        cust = (tx.get("customer") or {}).get("id")
        if cust not in local_of or tx.get("mainProject") or rng.random() < 0.4:
            continue
        p += 1
        rec = {"key": f"p-{p}", "customer_key": local_of[cust],
               "name": tx["name"] if rng.random() < 0.7 else spelling_variant(tx["name"], rng)}
        if rng.random() < 0.6 and tx.get("number"):
            rec["number"] = tx["number"]
        projects.append(rec)
    for i, name in enumerate(LOCAL_PROJECTS * 2):
        p += 1
        projects.append({"key": f"p-{p}", "name": name,
                         "customer_key": customers[-1 - i % len(LOCAL_ONLY)]["key"]})
    return {"customers": customers, "projects": projects}


def prepare_profile(home: Path, sb: Any, seed: int) -> ProfilePaths:
    """Point a fresh profile under `home` at the sandbox and import the demo registry."""
    from core.store.importer import apply_import, parse_import
    from core.store.store import Store

    os.environ["RABBITSYNC_HOME"] = str(home)
    paths = profile_paths("demo")
    paths.ensure()
    save_config(paths, Config(base_url=sb.base_url, consumer_token=sb.consumer_token,
                              employee_token=sb.employee_token, sync_interval_minutes=5))
    source = home / "demo-registry.json"
    source.write_text(json.dumps(demo_registry(sb.admin.snapshot(), seed), ensure_ascii=False),
                      encoding="utf-8")
    store = Store(paths)
    with store.lock():
        data = parse_import(source, known_customer_keys=set(), known_project_keys=set())
        with store.transaction() as state:
            apply_import(state, data)
    return paths


def run_demo(seed: int = 42, customers: int = 300, projects: int = 900, *,
             language_fixed: bool = False) -> int:
    """Start the sandbox, make the throw-away profile, run the app, clean up; the exit code."""
    from core.sandbox import Sandbox
    from tui.app import run_app

    home = Path(tempfile.mkdtemp(prefix="rabbitsync-demo-"))
    previous = os.environ.get("RABBITSYNC_HOME")
    for var in ("RABBITSYNC_BASE_URL", "RABBITSYNC_CONSUMER_TOKEN", "RABBITSYNC_EMPLOYEE_TOKEN",
                "RABBITSYNC_COMPANY_ID"):
        os.environ.pop(var, None)  # the demo talks to its own sandbox only
    try:
        with Sandbox(seed=seed, customers=customers, projects=projects, port=0) as sb:
            paths = prepare_profile(home, sb, seed)
            return run_app(paths, language_fixed=language_fixed)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if previous is None:
            os.environ.pop("RABBITSYNC_HOME", None)
        else:
            os.environ["RABBITSYNC_HOME"] = previous
