"""The review list done in one pass, through the CLI against the sandbox over loopback: deciding a
customer settles its projects at once (and a main project its sub-projects), undo takes all of it
back, the list shows what tells twins apart, uniqueness counts the Tripletex records of earlier
runs, and `merge` repairs a duplicate (and is undone, and refuses what it must)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from tests.helpers import configure, customer, org, project, run_cli, run_json, write_import

ORG_LIA = org("91100000")


def data() -> dict[str, Any]:
    return {
        "customers": [
            customer(1, "Lia Borettslag", 1001, ORG_LIA),
            customer(2, "Fjord Consulting AS", 1002),
            customer(3, "Hansen Bygg AS", 1003, org("92000000")),
            customer(4, "Hansen Bygg AS", 1004, org("93000000")),
        ],
        "projects": [
            project(101, "Fasade 2025", "P-1", 1),  # local: "Lia BRL – Fasade 2025"
            project(102, "Vaktmester", "P-2", 1),  # local: the same name
            project(103, "Nytt tak", "P-3", 1),  # nothing like it locally: created
            project(104, "Rehabilitering", "P-4", 1),  # a main project with a sub-project
            project(105, "Bad 2. etg.", "P-4-1", 1, main=104),  # local: "Bad 2. etasje"
            project(201, "Nettside", "P-5", 2),
        ],
    }


LOCAL_CUSTOMERS = [
    {"key": "c-lia", "name": "Lia BRL"},
    {"key": "c-fjord", "name": "Fjord Cons. AS", "number": "77"},
    {"key": "c-h1", "name": "Hansen Bygg AS", "number": "5"},
]
LOCAL_PROJECTS = [
    {"key": "p-fasade", "name": "Lia BRL – Fasade 2025", "customer_key": "c-lia"},
    {"key": "p-vakt", "name": "Vaktmester", "customer_key": "c-lia"},
    {"key": "p-rehab", "name": "Rehabilitering av bad", "customer_key": "c-lia"},
    {"key": "p-bad", "name": "Bad 2. etasje", "customer_key": "c-lia", "parent_key": "p-rehab"},
    {"key": "p-web", "name": "Nettsider", "customer_key": "c-fjord"},
]


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(data=data(), port=0) as s:
        yield s


@pytest.fixture
def first_sync(sb: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> dict[str, Any]:
    configure(sb)
    imp = write_import(tmp_path / "local.json", LOCAL_CUSTOMERS, LOCAL_PROJECTS)
    assert run_cli(capsys, "import", str(imp))[0] == 0
    return run_json(capsys, "sync", "--yes", "--json")


def items(capsys: pytest.CaptureFixture[str]) -> dict[tuple[str, int], dict[str, Any]]:
    return {(i["kind"], i["tripletex_id"]): i for i in run_json(capsys, "review", "--json")["items"]}


def test_deciding_a_customer_settles_its_projects_at_once(first_sync: dict[str, Any],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    listed = items(capsys)
    lia = listed[("customer", 1)]
    assert [c["local_key"] for c in lia["candidates"]][:1] == ["c-lia"]
    assert not any(k == "project" for k, _i in listed)  # its projects wait for it
    code, out, err = run_cli(capsys, "review", "resolve", lia["item"], "link", "c-lia")
    assert code == 0, err
    # the sure ones linked, the new one created, the unclear ones asked: said at once
    assert "its projects: 1 linked, 1 created, 2 new entries to review" in out
    assert "1 waits for its main project's entry" in out
    now = items(capsys)
    fasade, rehab = now[("project", 101)], now[("project", 104)]
    assert fasade["candidates"][0]["local_key"] == "p-fasade"
    assert "customer or main project named in the project name" in fasade["candidates"][0]["why"]
    assert rehab["candidates"][0]["local_key"] == "p-rehab"
    state = Store(profile_paths()).read()
    assert state.projects["p-vakt"].tripletex_id == 102  # exact name within the customer
    assert [p.name for p in state.projects.values() if p.tripletex_id == 103] == ["Nytt tak"]
    # deciding the main project settles its sub-project the same way
    code, out, _ = run_cli(capsys, "review", "resolve", rehab["item"], "link", "p-rehab")
    assert code == 0 and "its sub-projects:" in out
    sub = items(capsys)[("project", 105)]
    assert sub["candidates"][0]["local_key"] == "p-bad"
    assert any("etasje" in w for w in sub["candidates"][0]["why"])


def test_undo_takes_back_the_decision_with_what_it_settled(first_sync: dict[str, Any],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = Store(profile_paths()).read()
    lia = items(capsys)[("customer", 1)]
    assert run_cli(capsys, "review", "resolve", lia["item"], "link", "c-lia")[0] == 0
    code, out, err = run_cli(capsys, "review", "undo")
    assert code == 0, err
    assert "Undone: the link of Tripletex customer “Lia Borettslag”" in out
    after = Store(profile_paths()).read()
    assert after.customers == before.customers and after.projects == before.projects
    assert {r.item for r in after.pending_reviews()} == {r.item for r in before.pending_reviews()}
    assert after.skipped == before.skipped and after.overwrites == before.overwrites


def test_the_list_shows_what_tells_twins_apart(first_sync: dict[str, Any],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    twins = [i for (k, _t), i in items(capsys).items() if i["name"] == "Hansen Bygg AS"]
    assert len(twins) == 2
    for twin in twins:
        assert twin["reason"] == "2 Tripletex customers share this name"
        assert twin["number"] in ("1003", "1004") and twin["organization_number"]
        cand = twin["candidates"][0]
        assert (cand["local_key"], cand["number"], cand["projects"]) == ("c-h1", "5", 0)
        assert "same name" in cand["why"]
    code, text, _ = run_cli(capsys, "review")
    assert code == 0
    assert "no. 1003 · org " in text and "no. 1004 · org " in text
    assert "why: same name" in text
    fjord = items(capsys)[("customer", 2)]
    assert fjord["candidates"][0]["why"][:2] == ["rare word 'fjord'", "abbreviation cons=consulting"]


def test_a_second_record_of_a_name_arriving_later_is_asked_about(
        sb: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The registry is imported after a first sync; Tripletex then gets a second "Nordlys
    Regnskap AS" (and a second record with an org number): neither links on it."""
    configure(sb)
    sb.admin.create_customer(name="Nordlys Regnskap AS", customerNumber=3001)
    sb.admin.create_customer(name="Polar Drift AS", organizationNumber=org("94000000"))
    run_json(capsys, "sync", "--yes", "--json")
    imp = write_import(tmp_path / "later.json", [
        {"key": "c-nordlys", "name": "Nordlys Regnskap AS"},
        {"key": "c-polar", "name": "Polar Drift", "organization_number": org("94000000")}])
    assert run_cli(capsys, "import", str(imp))[0] == 0
    sb.admin.create_customer(name="Nordlys Regnskap AS", customerNumber=3002)
    sb.admin.create_customer(name="Polar Drift Nord AS", organizationNumber=org("94000000"))
    done = run_json(capsys, "sync", "--json")
    assert not [x for x in done["links"] if x["local_key"] in ("c-nordlys", "c-polar")]
    reasons = {i["name"]: i["reason"] for i in items(capsys).values()}
    assert reasons["Nordlys Regnskap AS"] == "2 Tripletex customers share this name"
    assert reasons["Polar Drift Nord AS"] == "2 Tripletex customers share this org number"


def test_merge_repairs_a_duplicate_and_is_undone(sb: Sandbox, capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    """A registry whose first sync made "Fjord Consulting AS" beside the local "Fjord Cons. AS"
    (an older rabbitsync did): merge moves the link and the projects back to the old record."""
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")  # every record created: nothing local yet
    state = Store(profile_paths()).read()
    made = next(c.key for c in state.customers.values() if c.tripletex_id == 2)
    made_web = next(p.key for p in state.projects.values() if p.tripletex_id == 201)
    imp = write_import(tmp_path / "old.json", [{"key": "c-fjord", "name": "Fjord Cons. AS"}],
                       [{"key": "p-web", "name": "Nettsider", "customer_key": "c-fjord"},
                        {"key": "p-app", "name": "App", "customer_key": "c-fjord"}])
    assert run_cli(capsys, "import", str(imp))[0] == 0
    code, out, err = run_cli(capsys, "merge", made, "c-fjord")
    assert code == 0, err
    assert f"Merged {made} “Fjord Consulting AS” into c-fjord" in out
    assert "its projects: 1 moved, 1 new entry to review" in out
    state = Store(profile_paths()).read()
    assert state.customers["c-fjord"].tripletex_id == 2
    assert state.customers["c-fjord"].name == "Fjord Consulting AS"  # Tripletex is master
    dup = state.customers[made]
    assert (dup.archived, dup.tripletex_id, dup.merged_into) == (True, None, "c-fjord")
    assert any(o.local_key == "c-fjord" and o.old == "Fjord Cons. AS" for o in state.overwrites)
    moved = state.projects[made_web]
    assert moved.customer_key == "c-fjord" and moved.tripletex_id == 201
    entry = items(capsys)[("project", 201)]  # "Nettside" is "Nettsider"? the user says
    assert entry["candidates"][0]["local_key"] == "p-web"
    code, out, _ = run_cli(capsys, "review", "resolve", entry["item"], "link", "p-web")
    assert code == 0
    state = Store(profile_paths()).read()
    assert state.projects["p-web"].tripletex_id == 201
    assert state.projects[made_web].merged_into == "p-web" and state.projects[made_web].archived
    exported = run_json(capsys, "export", "--format", "json")
    merged = {c["key"]: c.get("merged_into") for c in exported["customers"]}
    assert merged[made] == "c-fjord" and merged["c-fjord"] is None  # (only on the merged one)
    # the merge (and the decision after it) are undone, last first
    assert run_cli(capsys, "review", "undo")[0] == 0
    code, out, _ = run_cli(capsys, "review", "undo")
    assert code == 0 and f"Undone: the merge of {made}" in out
    state = Store(profile_paths()).read()
    assert state.customers[made].tripletex_id == 2 and not state.customers[made].archived
    assert state.customers["c-fjord"].tripletex_id is None
    assert state.customers["c-fjord"].name == "Fjord Cons. AS"
    assert state.projects[made_web].customer_key == made


def test_merge_refuses_what_it_must(sb: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")
    state = Store(profile_paths()).read()
    c1, c2 = (next(c.key for c in state.customers.values() if c.tripletex_id == i) for i in (1, 2))
    p1 = next(p.key for p in state.projects.values() if p.tripletex_id == 101)
    for args, cause in (
        ((c1, c2), "both are linked to Tripletex"),
        ((c1, p1), "are not of the same kind"),
        ((c1, c1), "cannot be merged into itself"),
        ((c1, "c-nowhere"), "there is no local record 'c-nowhere'"),
    ):
        code, out, err = run_cli(capsys, "merge", *args)
        assert code == 2 and cause in err and "Fix:" in err and out == ""
        assert "\n" not in err.strip()
    assert Store(profile_paths()).read().customers == state.customers  # nothing changed


def test_a_customers_only_project_in_other_words_is_asked_in_the_first_sync(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A customer linked in the first sync has one project on each side, one job said otherwise
    ("Digital skilting" / "Digitale skjermer"): the two lists are read side by side for the
    first time, so the project is asked about, not created beside the local one."""
    data = {"customers": [customer(1, "Kaldfjord Dagligvare AS", 1001, org("91234567"))],
            "projects": [project(100, "Digital skilting", "P-100", 1)]}
    with Sandbox(data=data, port=0) as sb:
        configure(sb)
        path = write_import(tmp_path / "local.json",
                            [{"key": "c-1", "name": "KALDFJORD DAGLIGVARE AS"}],
                            [{"key": "p-1", "name": "Digitale skjermer", "customer_key": "c-1"}])
        assert run_cli(capsys, "import", str(path))[0] == 0
        run_json(capsys, "sync", "--yes", "--json")
        items = run_json(capsys, "review", "--json")["items"]
    assert [(i["name"], [c["local_key"] for c in i["candidates"]]) for i in items] == [
        ("Digital skilting", ["p-1"])], items
