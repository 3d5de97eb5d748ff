"""End to end: the sync CLI against the real sandbox over loopback, in a temp RABBITSYNC_HOME."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from tests.helpers import configure, customer, org, project, run_cli, run_json, write_import

ORG_FJORD = org("98765432")
ORG_BERGEN = org("91234567")
ORG_TWIN_A = org("92000000")
ORG_TWIN_B = org("93000000")


def dataset() -> dict:
    customers = [
        customer(1, "Fjordkraft AS", 1001, ORG_FJORD),
        customer(2, "Bergen Rørleggerservice AS", 1002, ORG_BERGEN),
        customer(3, "Nordic Consulting AS", 1003),
        customer(4, "Hansen Bygg AS", 1004, ORG_TWIN_A),
        customer(5, "Hansen Bygg AS", 1005, ORG_TWIN_B),
        customer(6, "Gamle Kunde AS", 1006, inactive=True),
        customer(7, "Tromsø Taktekking ANS", 1007),
    ]
    projects = [
        project(101, "Nettside", "2024-01", 1),
        project(102, "Nettside – design", "2024-01-A", 1, main=101),
        project(103, "Deep level 3", "2024-01-A-1", 1, main=102),
        project(104, "Deeper level 4", "2024-01-A-1-x", 1, main=103),
        project(105, "Rørfornying", "2024-02", 2),
        project(106, "Internt: Opplæring", "INT-1", None),
        project(107, "Gammelt prosjekt", "2019-07", 6, closed=True, start="2019-03-01"),
    ]
    return {"customers": customers, "projects": projects}


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(data=dataset(), port=0) as s:
        yield s


def export(capsys) -> dict:
    return run_json(capsys, "export")


def test_first_sync_on_empty_registry_creates_everything_and_reports_depth(sb, capsys):
    configure(sb)
    r = run_json(capsys, "sync", "--yes", "--json")
    assert r["first_sync"] is True and r["dry_run"] is False
    assert r["customers"]["created"] == 7
    assert r["projects"]["created"] == 5  # 101, 102, 105, 106, 107
    assert r["projects"]["skipped_depth"] == 2
    assert r["review_pending"] == 0
    assert r["requests"] > 0
    assert {link["method"] for link in r["links"]} == {"created"}
    reg = export(capsys)
    by_tx = {p["tripletex_id"]: p for p in reg["projects"]}
    assert by_tx[102]["parent_key"] == by_tx[101]["key"]
    assert by_tx[107]["archived"] is True  # closed project archived, not dropped
    assert by_tx[106]["customer_key"] is None  # internal project without customer
    gamle = next(c for c in reg["customers"] if c["tripletex_id"] == 6)
    assert gamle["archived"] is True
    skipped = {s["tripletex_id"]: s for s in reg["skipped_projects"]}
    assert set(skipped) == {103, 104}
    assert "level 3" in skipped[103]["reason"] and "two project levels" in skipped[103]["reason"]


def test_first_sync_refuses_without_confirmation_and_writes_nothing(sb, capsys):
    configure(sb)
    code, out, err = run_cli(capsys, "sync")
    assert code == 1
    assert "Tripletex the master" in err and "--yes" in err
    assert len(err.strip().splitlines()) == 1
    assert Store(profile_paths("default")).read().customers == {}


def test_dry_run_plans_and_writes_nothing(sb, capsys, tmp_path):
    configure(sb)
    run_cli(capsys, "import", str(write_import(tmp_path / "i.json", [
        {"key": "c-17", "name": "Fjordkraft", "organization_number": ORG_FJORD},
    ])))
    before = Path(profile_paths("default").store_file).read_bytes()
    r = run_json(capsys, "sync", "--dry-run", "--json")
    assert r["dry_run"] is True
    assert {"kind": "customer", "tripletex_id": 1, "local_key": "c-17", "method": "org_number"} in r["links"]
    assert Path(profile_paths("default").store_file).read_bytes() == before


def test_matching_on_imported_registry(sb, capsys, tmp_path):
    configure(sb)
    imp = write_import(
        tmp_path / "existing.json",
        [
            {"key": "c-17", "name": "Fjordkraft", "number": "9999", "organization_number": f"NO {ORG_FJORD} MVA"},
            {"key": "c-18", "name": "Bergen Rorlegger Service", "number": "77"},
            {"key": "c-19", "name": "Nordic Consulting Group AS"},
            {"key": "c-20", "name": "Hansen Bygg AS"},
            {"key": "c-21", "name": "Tromso Taktekking ANS"},
            {"key": "c-22", "name": "Kun Lokalt AS", "number": "5555"},
        ],
        [
            {"key": "p-1", "name": "Nettside", "number": "2024-01", "customer_key": "c-17"},
            {"key": "p-2", "name": "Lokalt prosjekt", "customer_key": "c-22"},
        ],
    )
    code, out, err = run_cli(capsys, "import", str(imp))
    assert code == 0, err
    r = run_json(capsys, "sync", "--yes", "--json")
    links = {(lk["kind"], lk["tripletex_id"]): lk for lk in r["links"]}
    assert links[("customer", 1)]["local_key"] == "c-17"
    assert links[("customer", 1)]["method"] == "org_number"
    # æøå spelling: exact normalised name, unique on both sides
    assert links[("customer", 7)]["local_key"] == "c-21"
    assert links[("customer", 7)]["method"] == "exact_name"
    # project matched within its linked customer, by number
    assert links[("project", 101)]["local_key"] == "p-1"
    # near miss and spelling differences are never linked: they wait in review
    assert ("customer", 3) not in links or links[("customer", 3)]["method"] == "created"
    review = run_json(capsys, "review", "--json")["items"]
    names = {i["name"]: i for i in review}
    assert "Bergen Rørleggerservice AS" in names
    assert names["Bergen Rørleggerservice AS"]["candidates"][0]["local_key"] == "c-18"
    # two Tripletex customers share the name of c-20: neither is linked on name alone
    hansen = [i for i in review if i["name"] == "Hansen Bygg AS"]
    assert len(hansen) == 2
    assert all(i["candidates"][0]["local_key"] == "c-20" for i in hansen)
    assert all(lk["local_key"] != "c-20" for lk in r["links"])
    # local-only records untouched
    reg = export(capsys)
    local = {c["key"]: c for c in reg["customers"]}
    assert local["c-22"] == {
        "key": "c-22", "name": "Kun Lokalt AS", "number": "5555", "organization_number": None,
        "tripletex_id": None, "link_method": None, "archived": False, "local_only": True,
    }
    assert {p["key"]: p for p in reg["projects"]}["p-2"]["local_only"] is True
    # a linked record takes Tripletex's values, and the overwritten local values are recorded
    assert local["c-17"]["name"] == "Fjordkraft AS" and local["c-17"]["number"] == "1001"
    overwrites = Store(profile_paths("default")).read().overwrites
    assert any(o.local_key == "c-17" and o.field == "number" and o.old == "9999" for o in overwrites)


def test_review_decisions_and_ignore_is_remembered(sb, capsys, tmp_path):
    configure(sb)
    run_cli(capsys, "import", str(write_import(tmp_path / "i.json", [
        {"key": "c-18", "name": "Bergen Rorlegger Service"},
        {"key": "c-20", "name": "Hansen Bygg AS"},
    ])))
    run_json(capsys, "sync", "--yes", "--json")
    items = {i["name"]: i for i in run_json(capsys, "review", "--json")["items"]}
    bergen = items["Bergen Rørleggerservice AS"]
    hansen = [i for i in run_json(capsys, "review", "--json")["items"] if i["name"] == "Hansen Bygg AS"]
    assert run_cli(capsys, "review", "resolve", bergen["item"], "link", "c-18")[0] == 0
    assert run_cli(capsys, "review", "resolve", hansen[0]["item"], "create")[0] == 0
    assert run_cli(capsys, "review", "resolve", hansen[1]["item"], "ignore")[0] == 0
    left = run_json(capsys, "review", "--json")["items"]
    assert left == []
    reg = {c["key"]: c for c in export(capsys)["customers"]}
    assert reg["c-18"]["tripletex_id"] == 2 and reg["c-18"]["link_method"] == "manual"
    assert reg["c-18"]["name"] == "Bergen Rørleggerservice AS"
    created = [c for c in reg.values() if c["tripletex_id"] == hansen[0]["tripletex_id"]]
    assert len(created) == 1
    # the ignored record stays ignored through later syncs, also complete ones
    sb.admin.update_customer(hansen[1]["tripletex_id"], name="Hansen Bygg AS (ny)")
    r = run_json(capsys, "sync", "--full", "--json")
    assert r["review_pending"] == 0
    assert run_json(capsys, "review", "--json")["items"] == []
    assert not [c for c in export(capsys)["customers"] if c["tripletex_id"] == hansen[1]["tripletex_id"]]
    # linking to an unknown key or an already linked one is refused with a clear line
    code, _out, err = run_cli(capsys, "review", "resolve", "r-999", "create")
    assert code == 2 and "no review item" in err


def test_later_keeps_the_item_pending(sb, capsys, tmp_path):
    configure(sb)
    run_cli(capsys, "import", str(write_import(tmp_path / "i.json", [{"key": "c-18", "name": "Bergen Rorlegger Service"}])))
    run_json(capsys, "sync", "--yes", "--json")
    item = run_json(capsys, "review", "--json")["items"][0]
    assert run_cli(capsys, "review", "resolve", item["item"], "later")[0] == 0
    assert [i["item"] for i in run_json(capsys, "review", "--json")["items"]] == [item["item"]]
    run_json(capsys, "sync", "--json")
    assert [i["item"] for i in run_json(capsys, "review", "--json")["items"]] == [item["item"]]


def test_second_identical_sync_changes_nothing(sb, capsys):
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")
    before = export(capsys)
    r = run_json(capsys, "sync", "--json")
    assert r["first_sync"] is False
    for kind in ("customers", "projects"):
        assert r[kind]["created"] == r[kind]["linked"] == r[kind]["updated"] == r[kind]["archived"] == 0
    assert r["links"] == []
    assert r["requests"] <= 5
    assert export(capsys) == before


def test_incremental_creates_edits_deactivations_deletes_and_moves(sb, capsys):
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")
    adm = sb.admin
    new_c = adm.create_customer(name="Ny Kunde AS", customerNumber=2001, organizationNumber=org("95555555"))
    adm.update_customer(1, name="Fjordkraft Energi AS")
    adm.update_customer(7, isInactive=True)
    new_p = adm.create_project(name="Nytt prosjekt", number="2025-01", customer={"id": 1}, startDate="2025-01-02")
    adm.update_project(105, mainProject={"id": 101})  # moved under another parent: becomes a sub-project
    adm.update_project(102, mainProject={"id": 107})  # 107 is level 1, so 102 stays level 2
    adm.update_project(106, mainProject={"id": 102})  # now level 3: not synced any more
    r = run_json(capsys, "sync", "--json")
    assert r["first_sync"] is False
    assert r["customers"]["created"] == 1
    assert r["customers"]["updated"] == 1
    assert r["customers"]["archived"] == 1
    assert r["projects"]["created"] == 1
    reg = export(capsys)
    cust = {c["tripletex_id"]: c for c in reg["customers"]}
    proj = {p["tripletex_id"]: p for p in reg["projects"]}
    assert cust[new_c["id"]]["name"] == "Ny Kunde AS"
    assert cust[1]["name"] == "Fjordkraft Energi AS"
    assert cust[7]["archived"] is True
    assert proj[new_p["id"]]["customer_key"] == cust[1]["key"]
    assert proj[105]["parent_key"] == proj[101]["key"]
    assert proj[102]["parent_key"] == proj[107]["key"]
    assert proj[106]["archived"] is True
    assert 106 in {s["tripletex_id"] for s in reg["skipped_projects"]}
    # deletes: a project is seen at once (complete listing when the digest changed);
    # a customer on the next complete pass
    adm.delete_project(101 if False else new_p["id"])
    adm.delete_customer(new_c["id"])
    run_json(capsys, "sync", "--json")
    proj = {p["tripletex_id"]: p for p in export(capsys)["projects"]}
    assert proj[new_p["id"]]["archived"] is True
    run_json(capsys, "sync", "--full", "--json")
    cust = {c["tripletex_id"]: c for c in export(capsys)["customers"]}
    assert cust[new_c["id"]]["archived"] is True  # archived, never deleted


def test_local_edit_is_overwritten_and_recorded(sb, capsys, tmp_path):
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")
    key = next(c["key"] for c in export(capsys)["customers"] if c["tripletex_id"] == 1)
    # the time tracker edits a synced record (re-import with the same key)
    run_cli(capsys, "import", str(write_import(tmp_path / "edit.json", [{"key": key, "name": "Fjordkraft (lokal)"}])))
    assert {c["key"]: c for c in export(capsys)["customers"]}[key]["name"] == "Fjordkraft (lokal)"
    run_json(capsys, "sync", "--json")
    assert {c["key"]: c for c in export(capsys)["customers"]}[key]["name"] == "Fjordkraft AS"
    rec = [o for o in Store(profile_paths("default")).read().overwrites if o.local_key == key]
    assert rec and rec[-1].old == "Fjordkraft (lokal)" and rec[-1].new == "Fjordkraft AS"


def test_sync_json_has_the_contract_keys(sb, capsys):
    configure(sb)
    r = run_json(capsys, "sync", "--yes", "--json")
    for key in ("dry_run", "first_sync", "customers", "projects", "review_pending", "links", "requests", "duration_s"):
        assert key in r
    assert set(r["customers"]) >= {"created", "linked", "updated", "archived", "unchanged"}
    assert set(r["projects"]) >= {"created", "linked", "updated", "archived", "unchanged", "skipped_depth"}
    assert isinstance(r["duration_s"], float)


def test_export_csv_has_every_record(sb, capsys):
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")
    code, out, _ = run_cli(capsys, "export", "--format", "csv")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("kind,key,name")
    assert len(lines) == 1 + 7 + 5


def test_export_json_round_trips_through_import(sb, capsys, tmp_path):
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")
    data = export(capsys)
    f = tmp_path / "back.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    code, _out, err = run_cli(capsys, "--profile", "other", "import", str(f))
    assert code == 0, err


@pytest.mark.parametrize("seconds", ["inf", "nan", "-5", "0", "1e300"])
def test_watch_refuses_an_interval_it_cannot_sleep_as_bad_usage(sandbox, capsys, seconds):
    configure(sandbox)
    code, out, err = run_cli(capsys, "sync", "--yes", "--watch", seconds)
    assert code == 2 and out == ""
    assert "--watch" in err and "Fix:" in err and "Traceback" not in err
    assert sandbox.admin.requests() == []  # refused before anything ran
