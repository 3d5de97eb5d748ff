"""A customer told by its projects (core.matching.kin), through the CLI against the sandbox over
loopback: a Tripletex customer whose name shares nothing with the local one (a former name, an
English name) is asked about it when its projects are the local customer's, not created beside
it with every project under it; linking it settles those projects in the same pass. A project
name under more than one customer, or one that says too little, proves nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from core.matching.kin import KIN_MORE, KIN_ONE, project_kin, with_kin
from core.matching.match import MatchResult
from core.models import Candidate, LocalCustomer, TxCustomer
from core.sandbox import Sandbox
from tests.helpers import configure, customer, project, run_cli, run_json, write_import


def sync_with(capsys: pytest.CaptureFixture[str], tmp_path: Path, data: dict[str, Any],
              local_customers: list[dict[str, Any]], local_projects: list[dict[str, Any]]
              ) -> dict[str, Any]:
    """Import the local registry, run the first sync against a sandbox of `data`; the review
    list as `review --json` gives it."""
    with Sandbox(data=data, port=0) as sb:
        configure(sb)
        imp = write_import(tmp_path / "local.json", local_customers, local_projects)
        assert run_cli(capsys, "import", str(imp))[0] == 0
        assert run_json(capsys, "sync", "--yes", "--json")["first_sync"] is True
        return run_json(capsys, "review", "--json")


FORMER = {
    "customers": [customer(1, "ROM Eiendom AS", 10397),
                  customer(2, "Hansen Bygg AS", 10398)],
    "projects": [project(101, "Ombygging Torggata 37", "29099", 1),
                 project(102, "Skisseprosjekt Munkegata 59", "22596", 1),
                 project(103, "Fase 2", "22554", 1),
                 project(201, "Nytt tak Storgata 5", "22600", 2)],
}
LOCAL = [{"key": "c-bane", "name": "Bane NOR Eiendom AS"}]
LOCAL_PROJECTS = [
    {"key": "p-torg", "name": "Ombygging Torggata 37", "customer_key": "c-bane"},
    {"key": "p-munke", "name": "Skisseprosjekt Munkegata 59", "customer_key": "c-bane"},
    {"key": "p-fase", "name": "Fase 2", "customer_key": "c-bane"},
]


def test_a_customer_by_another_name_is_asked_for_by_its_projects_and_brings_them(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    listed = sync_with(capsys, tmp_path, FORMER, LOCAL, LOCAL_PROJECTS)
    (item,) = [i for i in listed["items"] if i["kind"] == "customer"]
    assert item["name"] == "ROM Eiendom AS"
    (cand,) = item["candidates"]
    assert cand["local_key"] == "c-bane"
    assert cand["score"] == KIN_MORE < 90  # (never taken by accept-all)
    assert cand["why"] == ["same projects 'Ombygging Torggata 37' and 1 more"]
    # linking it settles its projects at once: all three linked, none created
    code, out, err = run_cli(capsys, "review", "resolve", item["item"], "link", "c-bane")
    assert code == 0, err
    assert run_json(capsys, "review", "--json")["items"] == []
    exported = run_json(capsys, "export", "--format", "json")
    assert sorted((c["key"], c["tripletex_id"]) for c in exported["customers"]) == [
        ("c-1", 2), ("c-bane", 1)]  # (Hansen Bygg created; ROM Eiendom is c-bane)
    assert sorted((p["key"], p["tripletex_id"]) for p in exported["projects"]) == [
        ("p-1", 201), ("p-fase", 103), ("p-munke", 102), ("p-torg", 101)]


def test_a_project_name_under_two_customers_or_saying_little_proves_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = {
        "customers": [customer(1, "ROM Eiendom AS", 10397), customer(2, "Hansen Bygg AS", 10398)],
        "projects": [project(101, "Ombygging Torggata 37", "29099", 1),
                     project(102, "Fase 2", "22554", 1),
                     project(201, "Ombygging Torggata 37", "22600", 2)],  # (under two customers)
    }
    listed = sync_with(capsys, tmp_path, data, LOCAL, LOCAL_PROJECTS)
    assert listed["items"] == []  # nothing asked: both created, as nothing local resembles them


def test_project_kin_counts_a_name_under_one_customer_on_each_side() -> None:
    tx = [(1, "Ombygging Torggata 37", None), (1, "Fase 2", None),
          (2, "Rammeavtale drift 2025", None), (3, "Rammeavtale drift 2025", None),
          (1, "Reguleringsplan Sletta Hus B", None)]
    local = [("c-a", "Ombygging: Torggata 37", None), ("c-a", "Fase 2", None),
             ("c-b", "Rammeavtale drift 2025", None), ("c-c", "Reguleringsplan Sletta Hus B", None),
             ("c-d", "Reguleringsplan Sletta Hus B", None)]
    assert project_kin(tx, local, {1, 2, 3}, {"c-a", "c-b", "c-c", "c-d"}) == {
        1: {"c-a": ["Ombygging Torggata 37"]}}
    # a wanted customer only, an unlinked local customer only
    assert project_kin(tx, local, {2, 3}, {"c-a", "c-b"}) == {}
    assert project_kin(tx, local, {1}, {"c-b"}) == {}
    assert KIN_ONE < KIN_MORE < 90


def test_project_kin_counts_a_number_copied_from_tripletex_beside_a_name_alike() -> None:
    """A project number the registry copied from Tripletex ("Black Friday '25", no. 1256) is
    one project; the same number under unlike names is two numberings that met."""
    tx = [(1, "Black Friday 2025", "1256"), (2, "Varetelling", "77"),
          (3, "Sommervikar butikk", "1300"), (4, "Fase 2", "303"), (5, "Renhold trapp 2024", "909"),
          (6, "Rammeavtale 2024-2026", "1227"), (7, "Vedlikehold", "12"),
          (8, "Konferanse 2024", "1186")]
    local = [("c-a", "Black Friday '25", "1256"), ("c-b", "Rekruttering kokk", "77"),
             ("c-c", "Sommervikar butikk", "1300"), ("c-d", "Sommervikar butikk", "1300"),
             ("c-e", "Fase 3", "303"), ("c-f", "Renhold trapp 2025", "909"),
             ("c-g", "Rammeavtale 2024-2026", "1227"), ("c-h", "Vedlikehold", "12"),
             ("c-i", "KS Konferanse 2024", "1186")]
    assert project_kin(tx, local, set(range(1, 9)), {"c-a", "c-b", "c-c", "c-d", "c-e", "c-f",
                                                     "c-g", "c-h", "c-i"}) == {
        1: {"c-a": ["Black Friday 2025"]},
        5: {"c-f": ["Renhold trapp 2024"]},
        6: {"c-g": ["Rammeavtale 2024-2026"]},
        8: {"c-i": ["Konferanse 2024"]}}  # (the customer's name written in)
    # (77: unlike names; 1300: under two customers; "Fase 2" / "Fase 3" say too little; a
    # number of one or two digits is any numbering's)


def test_a_year_and_a_word_prove_nothing() -> None:
    """"Vedlikehold 2023", "Tilbud 2025/2026": one word besides the numbers is a template that
    many customers have, under one customer on each side only in a small registry."""
    tx = [(1, "Vedlikehold 2023", None), (1, "Tilbud 2025/2026", None), (1, "Årsmøte 2025", None)]
    local = [("c-a", "Vedlikehold 2023", None), ("c-a", "Tilbud 2025/2026", None),
             ("c-a", "Årsmøte 2025", None)]
    assert project_kin(tx, local, {1}, {"c-a"}) == {}


def test_a_name_alike_and_a_project_rank_ahead_of_a_project_alone_under_accept_all() -> None:
    tx = TxCustomer(1, 1, "Næss Elektroinstallasjon AS")
    local = {"c-a": LocalCustomer("c-a", "Næss Elektro"), "c-b": LocalCustomer("c-b", "Kari Berg")}
    m = MatchResult(1, candidates=[Candidate("c-a", "Næss Elektro", 70.0)],
                    reason="no unique match")
    got = with_kin(m, tx, {"c-a": ["Ombygging Torggata 37"], "c-b": ["Reguleringsplan Sletta"]},
                   local)
    assert [(c.local_key, c.score) for c in got.candidates] == [("c-a", 75.0), ("c-b", 70.0)]
    assert got.candidates[0].why == ("same project 'Ombygging Torggata 37'",)
    # two alike at once: the reason says they tie
    tie = with_kin(MatchResult(1), tx, {"c-a": ["Ombygging Torggata 37"],
                                        "c-b": ["Reguleringsplan Sletta"]}, local)
    assert tie.reason == "no unique match: the best candidates score the same"
    top = with_kin(replace(m, candidates=[Candidate("c-a", "Næss Elektro", 88.0)]), tx,
                   {"c-a": ["Ombygging Torggata 37", "Reguleringsplan Sletta"]}, local)
    assert top.candidates[0].score == 89.0  # (never to accept-all's 90)
