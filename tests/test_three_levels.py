"""The time tracker has two project levels: neither a sync nor a review decision may make a
project with sub-projects of its own a sub-project (the importer refuses such a registry), and a
project the sync moves back after a local move keeps its old place in the overwritten values."""

from __future__ import annotations

from typing import Any

import pytest

from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from tests.helpers import configure, customer, org, project, run_cli, run_json, write_import

ORG = org("91234567")


def depth_problems(reg: dict[str, Any]) -> list[str]:
    """Projects whose parent is itself a sub-project (what the importer refuses)."""
    parent = {p["key"]: p["parent_key"] for p in reg["projects"]}
    return [k for k, par in parent.items() if par is not None and parent.get(par) is not None]


def reimport_ok(capsys, tmp_path) -> None:
    """The registry as exported can be imported again into an empty profile."""
    reg = run_json(capsys, "export")
    path = write_import(tmp_path / "again.json", reg["customers"], reg["projects"])
    code, _out, err = run_cli(capsys, "--profile", "again", "import", str(path))
    assert code == 0, err


@pytest.fixture
def sb():
    data = {"customers": [customer(1, "Fjord AS", 1001, ORG)],
            "projects": [project(100, "Plattform", "2024-01", 1),
                         project(101, "Nettside", "2024-02", 1, main=100)]}
    with Sandbox(data=data, port=0) as s:
        yield s


def test_a_match_that_would_make_three_levels_goes_to_review_not_linked():
    """Should matching ever pick, for a Tripletex sub-project, a local project with
    sub-projects of its own (today it looks only under the same parent), the link would make
    them a third level: it goes to review instead."""
    from core.matching.match import MatchResult
    from core.models import LocalCustomer, LocalProject, TxProject
    from core.store.state import StoreState
    from core.sync.plan import Planner

    state = StoreState()
    state.customers["c-1"] = LocalCustomer("c-1", "Fjord AS", tripletex_id=1, local_only=False)
    state.projects["p-1"] = LocalProject("p-1", "Plattform", "2024-01", "c-1", None, 100, 1,
                                         "number", local_only=False)
    state.projects["p-10"] = LocalProject("p-10", "Nettside", "2024-02", "c-1")
    state.projects["p-11"] = LocalProject("p-11", "Design", None, "c-1", "p-10")
    planner = Planner(state, run_id="t", now="2026-12-01T00:00:00+00:00")
    tx = TxProject(101, 1, "Nettside", "2024-02", 1, 100)
    planner.edit.settle("project", tx, MatchResult(101, "p-10", "number"), scope=("c-1", "p-1"))
    assert state.projects["p-10"].tripletex_id is None and state.projects["p-10"].parent_key is None
    item = state.review_for("project", 101)
    assert item is not None and "third level" in item.reason


def test_review_link_refuses_to_make_three_levels(sb, capsys, tmp_path):
    """Tripletex's sub-project 101 waits for review (a near name under its parent); the user
    links it to p-10, a project with a sub-project of its own: refused, nothing changed."""
    configure(sb)
    path = write_import(tmp_path / "local.json",
                        [{"key": "c-1", "name": "Fjord AS", "organization_number": ORG}],
                        [{"key": "p-1", "name": "Plattform", "number": "2024-01",
                          "customer_key": "c-1"},
                         {"key": "p-2", "name": "Nettsiden", "customer_key": "c-1",
                          "parent_key": "p-1"},
                         {"key": "p-10", "name": "Web", "customer_key": "c-1"},
                         {"key": "p-11", "name": "Design", "customer_key": "c-1",
                          "parent_key": "p-10"}])
    assert run_cli(capsys, "import", str(path))[0] == 0
    run_json(capsys, "sync", "--yes", "--json")
    items = [i for i in run_json(capsys, "review", "--json")["items"] if i["tripletex_id"] == 101]
    assert items, "Tripletex 101 should wait for review (a near name, p-2)"
    before = run_json(capsys, "export")
    code, _out, err = run_cli(capsys, "review", "resolve", items[0]["item"], "link", "p-10")
    assert code == 2 and "third level" in err and "Fix:" in err
    assert run_json(capsys, "export") == before
    assert depth_problems(before) == []
    # linking it to a sub-project (p-11 moves under p-1) keeps two levels
    code, _out, err = run_cli(capsys, "review", "resolve", items[0]["item"], "link", "p-11")
    assert code == 0, err
    assert depth_problems(run_json(capsys, "export")) == []
    reimport_ok(capsys, tmp_path)


def test_a_sync_does_not_move_a_project_with_sub_projects_under_another(capsys, tmp_path):
    """Tripletex moves project 102 under 100; locally 102 has a sub-project of its own."""
    data = {"customers": [customer(1, "Fjord AS", 1001, ORG)],
            "projects": [project(100, "Plattform", "2024-01", 1),
                         project(102, "Drift", "2024-03", 1)]}
    with Sandbox(data=data, port=0) as sb:
        configure(sb)
        run_json(capsys, "sync", "--yes", "--json")
        key = next(p["key"] for p in run_json(capsys, "export")["projects"]
                   if p["tripletex_id"] == 102)
        path = write_import(tmp_path / "sub.json", [], [
            {"key": "p-90", "name": "Lokal drift", "customer_key": "c-1", "parent_key": key}])
        assert run_cli(capsys, "import", str(path))[0] == 0
        sb.admin.update_project(102, mainProject={"id": 100})
        got = run_json(capsys, "sync", "--json")
        reg = run_json(capsys, "export")
        assert depth_problems(reg) == []
        assert next(p for p in reg["projects"] if p["key"] == key)["parent_key"] is None
        assert any(c.get("tripletex_id") == 102 and "third level" in c.get("reason", "")
                   for c in got["changes"])
        reimport_ok(capsys, tmp_path)


def test_a_project_moved_back_by_a_sync_keeps_its_local_place_in_the_overwrites(sb, capsys,
                                                                                tmp_path):
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")
    reg = run_json(capsys, "export")
    sub = next(p for p in reg["projects"] if p["tripletex_id"] == 101)
    # a local move: the sub-project made a main project of another customer
    path = write_import(tmp_path / "move.json", [{"key": "c-50", "name": "Annen Kunde AS"}], [
        {"key": sub["key"], "name": sub["name"], "number": sub["number"],
         "customer_key": "c-50", "parent_key": None}])
    assert run_cli(capsys, "import", str(path))[0] == 0
    run_json(capsys, "sync", "--full", "--json")  # Tripletex is master: it moves back
    back = next(p for p in run_json(capsys, "export")["projects"] if p["key"] == sub["key"])
    assert (back["customer_key"], back["parent_key"]) == (sub["customer_key"], sub["parent_key"])
    kept = {(o.field, o.old, o.new) for o in Store(profile_paths("default")).read().overwrites
            if o.local_key == sub["key"]}
    assert ("customer_key", "c-50", sub["customer_key"]) in kept
    assert ("parent_key", None, sub["parent_key"]) in kept
