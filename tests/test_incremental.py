"""Incremental sync against the sandbox: it fetches only what changed, plans only what changed,
writes only what changed, and ends where a complete run from the same store ends."""

from __future__ import annotations

import json
import shutil
from datetime import date
from urllib.parse import parse_qs

import pytest

from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from tests.helpers import configure, org, run_cli, run_json, subprocess_cli, write_import


def export(capsys, profile: str = "default") -> dict:
    return run_json(capsys, "--profile", profile, "export")


def project_requests(sb: Sandbox) -> list[dict]:
    out = []
    for r in sb.admin.requests():
        if r["path"].endswith("/project"):
            q = r["query"] if isinstance(r["query"], dict) else parse_qs(r["query"])
            out.append({k: (v[0] if isinstance(v, list) else v) for k, v in q.items()})
    return out


@pytest.fixture
def big() -> Sandbox:
    # a low result cap splits the projects into several parts, as 30,000 do in Tripletex
    with Sandbox(seed=31, customers=200, projects=1500, port=0, result_cap=400) as s:
        yield s


def test_changed_projects_are_fetched_by_id_and_nothing_else_is_listed_whole(big, capsys):
    configure(big)
    first = run_json(capsys, "sync", "--yes", "--json")
    assert first["projects"]["created"] > 1000
    snap = big.admin.snapshot()["projects"]
    changed = [snap[10]["id"], snap[700]["id"], snap[1400]["id"]]
    for pid in changed:
        big.admin.update_project(pid, name=f"Endret {pid}")
    big.admin.clear_requests()
    r = run_json(capsys, "sync", "--json")
    assert r["full"] is False and r["projects"]["updated"] == 3
    reqs = project_requests(big)
    whole = [q for q in reqs if "id" not in q and q.get("fields") != "id,version"]
    assert whole == []  # no project was listed with all its fields
    by_id = [q for q in reqs if "id" in q]
    assert len(by_id) == 1 and sorted(map(int, by_id[0]["id"].split(","))) == sorted(changed)
    names = {p["tripletex_id"]: p["name"] for p in export(capsys)["projects"]}
    assert all(names[pid] == f"Endret {pid}" for pid in changed)


def test_a_change_is_written_as_one_journal_line_of_just_those_records(big, capsys):
    configure(big)
    run_json(capsys, "sync", "--yes", "--json")
    paths = profile_paths("default")
    base = paths.store_file.read_bytes()
    cust = big.admin.snapshot()["customers"][5]
    big.admin.update_customer(cust["id"], name="Omdøpt Kunde AS")
    run_json(capsys, "sync", "--json")
    assert paths.store_file.read_bytes() == base  # the big file is left alone
    lines = paths.journal_file.read_bytes().splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert set(entry["set"]["customers"].values().__iter__().__next__()) >= {"key", "name"}
    assert [c["name"] for c in entry["set"]["customers"].values()] == ["Omdøpt Kunde AS"]
    assert list(entry["set"]["tx_customers"]) == [str(cust["id"])]
    assert "projects" not in entry["set"] and "tx_projects" not in entry["set"]


def test_an_incremental_run_ends_where_a_complete_run_from_the_same_store_ends(big, capsys):
    configure(big, "inc")
    run_json(capsys, "--profile", "inc", "sync", "--yes", "--json")
    run_json(capsys, "--profile", "inc", "sync", "--json")  # idle: the status file is current
    adm = big.admin
    snap = adm.snapshot()
    cust, proj = snap["customers"], snap["projects"]
    top = [p for p in proj if not p.get("mainProject")]
    subs = [p for p in proj if p.get("mainProject")]
    adm.update_customer(cust[0]["id"], name="Helt Nytt Navn AS")
    adm.update_customer(cust[1]["id"], isInactive=True)
    new_c = adm.create_customer(name="Ny Kunde AS", customerNumber=99001)
    adm.create_project(name="Nytt prosjekt", number="N-1", customer={"id": new_c["id"]},
                       startDate="2025-03-01")
    adm.update_project(top[0]["id"], name="Omdøpt prosjekt")
    adm.update_project(top[1]["id"], isClosed=True)
    adm.update_project(top[2]["id"], mainProject={"id": top[3]["id"]})  # now a sub-project
    adm.update_project(subs[0]["id"], mainProject={"id": top[2]["id"]})  # now level 3
    now = adm.snapshot()["projects"]
    parents = {(q.get("mainProject") or {}).get("id") for q in now}
    leaf = next(p for p in now if p["id"] not in parents and p["id"] != subs[0]["id"])
    adm.delete_project(leaf["id"])
    # the same store, twice: one runs incrementally, the other completely
    shutil.copytree(profile_paths("inc").root, profile_paths("full").root)
    inc = run_json(capsys, "--profile", "inc", "sync", "--json")
    full = run_json(capsys, "--profile", "full", "sync", "--full", "--json")
    assert inc["full"] is False and full["full"] is True
    assert export(capsys, "inc") == export(capsys, "full")
    for kind in ("customers", "projects"):
        for what in ("created", "linked", "updated", "archived"):
            assert inc[kind][what] == full[kind][what], (kind, what)
    assert inc["projects"]["skipped_depth"] == full["projects"]["skipped_depth"]


def test_a_state_kept_by_this_process_is_not_used_after_another_process_wrote(sb_small, capsys, cli_env, tmp_path):
    """The app's timer and --watch reuse the state their last run wrote; an import by another
    process in between must be seen: its local edit of a synced record is overwritten."""
    configure(sb_small)
    run_json(capsys, "sync", "--yes", "--json")  # in this process: the state is kept
    reg = export(capsys)
    target = next(c for c in reg["customers"] if c["tripletex_id"] is not None)
    f = write_import(tmp_path / "edit.json", [{"key": target["key"], "name": "Lokalt navn"}])
    done = subprocess_cli(cli_env, "import", str(f))
    assert done.returncode == 0, done.stderr
    run_json(capsys, "sync", "--json")
    now = {c["key"]: c for c in export(capsys)["customers"]}
    assert now[target["key"]]["name"] == target["name"]  # Tripletex is master
    ow = [o for o in Store(profile_paths("default")).read().overwrites if o.local_key == target["key"]]
    assert ow and ow[-1].old == "Lokalt navn"


@pytest.fixture
def sb_small() -> Sandbox:
    with Sandbox(seed=32, customers=30, projects=60, port=0) as s:
        yield s


def test_watch_syncs_again_with_one_session_and_ends_cleanly_on_ctrl_c(sb_small, cli_env):
    import os
    import signal
    import subprocess
    import sys

    from tests.helpers import ROOT

    configure(sb_small)
    sb_small.admin.clear_requests()
    proc = subprocess.Popen(
        [sys.executable, "-m", "core.cli", "sync", "--yes", "--json", "--watch", "1"], cwd=ROOT,
        env={**os.environ, **cli_env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = json.loads(proc.stdout.readline())
        assert first["first_sync"] is True
        cid = sb_small.admin.snapshot()["customers"][0]["id"]
        sb_small.admin.update_customer(cid, name="Endret Under Watch AS")
        second = json.loads(proc.stdout.readline())
        assert second["first_sync"] is False and second["customers"]["updated"] == 1
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    methods = [r["method"] for r in sb_small.admin.requests() if "/token/session" in r["path"]]
    assert methods == ["POST", "DELETE"]  # one session for every run, deleted at the end


def test_an_empty_part_is_kept_and_a_project_that_lands_in_it_is_synced(capsys):
    """Tripletex sends no versionDigest for an empty result. A part that was empty is still
    checked, an idle run stays idle, and a project created in its range is synced."""
    from tests.helpers import customer, project

    data = {
        "customers": [customer(1, "Kunde AS", 1001)],
        "projects": [project(100 + i, f"P{i}", f"N{i}", 1, start=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}")
                     for i in range(900)],
    }
    with Sandbox(data=data, port=0, result_cap=400) as sb:
        configure(sb)
        run_json(capsys, "sync", "--yes", "--json")
        digests = Store(profile_paths("default")).read().cursor["project_digests"]
        assert "-" in digests.values()  # an empty part, kept with no digest
        before = profile_paths("default").store_file.stat().st_mtime_ns
        idle = run_json(capsys, "sync", "--json")
        assert idle["projects"]["created"] == 0 and idle["registry"] is None  # nothing was read
        assert profile_paths("default").store_file.stat().st_mtime_ns == before
        assert not profile_paths("default").journal_file.exists()
        new = sb.admin.create_project(name="Gammelt nytt", customer={"id": 1}, startDate="2015-05-05")
        r = run_json(capsys, "sync", "--json")
        assert r["full"] is False and r["projects"]["created"] == 1
        assert new["id"] in {p["tripletex_id"] for p in export(capsys)["projects"]}


def test_parts_are_balanced_after_a_first_sync_and_an_idle_run_then_asks_each_once(big, capsys):
    """Halving found parts that fit under the cap; the projects listed give fewer, balanced
    ones. The next run lists each once for its digest (nothing is fetched whole), and from then
    on a run with nothing changed makes two customer requests and one per part, all 304."""
    configure(big)
    run_json(capsys, "sync", "--yes", "--json")
    halved = [q for q in project_requests(big) if q.get("count") == "1"]  # a digest per part
    parts = Store(profile_paths("default")).read().cursor["project_digests"]
    assert set(parts.values()) == {"?"} and 4 <= len(parts) < len(halved)
    assert all("isClosed" not in key for key in parts)

    big.admin.clear_requests()
    first = run_json(capsys, "sync", "--json")
    assert first["projects"]["updated"] == 0 and first["projects"]["created"] == 0
    reqs = project_requests(big)
    assert len(reqs) == len(parts) and all(q["fields"] == "id,version" for q in reqs)

    big.admin.clear_requests()
    run_json(capsys, "sync", "--json")
    reads = [r for r in big.admin.requests() if r["method"] == "GET"]  # (and the session's two)
    assert len(reads) == 2 + len(parts)
    assert [r["status"] for r in reads if r["path"].endswith("/project")] == [304] * len(parts)

    cust = big.admin.snapshot()["customers"][0]
    new = big.admin.create_project(name="Helt nytt", number="B-1", customer={"id": cust["id"]},
                                   startDate=date.today().isoformat())
    after = run_json(capsys, "sync", "--json")
    assert after["projects"]["created"] == 1
    assert any(p["tripletex_id"] == new["id"] for p in export(capsys)["projects"])


def test_a_skipped_project_is_synced_once_its_customer_comes_in_an_incremental_run():
    """A project listed before its customer (created in Tripletex between the two listings) is
    skipped; the next incremental run brings the customer, and the project, unchanged itself,
    is planned again because its customer was."""
    from core.models import TxCustomer, TxProject
    from core.store.state import StoreState
    from core.sync.plan import Planner

    state = StoreState()
    first = Planner(state, run_id="r1", now="2026-11-25T10:00:00+00:00")
    old = TxCustomer(id=1, version=1, name="Gammel Kunde AS", number="1")
    main = TxProject(id=10, version=1, name="Hovedprosjekt", number="10", customer_id=1)
    early = TxProject(id=11, version=1, name="Tidlig prosjekt", number="11", customer_id=2)
    sub = TxProject(id=12, version=1, name="Delprosjekt", number="12", customer_id=2, main_project_id=11)
    first.plan_customers(first.edit.absorb_customers([old], listed={1}))
    first.plan_projects(first.edit.absorb_projects([main, early, sub], listed={10, 11, 12}))
    assert set(state.skipped) == {11, 12}
    assert state.skipped[11].reason == "its customer 2 is not synced"

    later = Planner(state, run_id="r2", now="2026-11-25T10:05:00+00:00")
    new = TxCustomer(id=2, version=1, name="Ny Kunde AS", number="2")
    later.plan_customers(later.edit.absorb_customers([new], listed=None), {2})
    later.plan_projects(later.edit.absorb_projects([], listed=None), set(), customers={2})
    assert state.skipped == {}
    by_tx = state.project_by_tx()
    assert by_tx[11].customer_key == state.customer_by_tx()[2].key
    assert by_tx[12].parent_key == by_tx[11].key


def test_runs_in_one_process_keep_their_look_ups_true_through_every_kind_of_change(capsys, tmp_path):
    """The app's timer and --watch hand the state from one run to the next, with the look-ups
    made from every record (linked records by Tripletex id, the registry's figures, the
    sub-projects by main project), which each run keeps up to date. (The tests check every
    kept look-up against one made anew: RABBITSYNC_CHECK_WRITES, tests/conftest.py.) Here the
    figures each run reports are those of the registry, and the runs end where a complete run
    ends."""
    import asyncio

    from core.config import load_config
    from core.sync.between import Between
    from core.sync.run import SyncOptions, run_sync

    org_local = org("93000000")
    with Sandbox(seed=31, customers=30, projects=90, port=0) as sb:
        configure(sb)
        run_cli(capsys, "import", str(write_import(tmp_path / "i.json", [
            {"key": "c-900", "name": "Lokal Kunde", "organization_number": org_local},
        ])))
        paths, between = profile_paths("default"), Between()  # as the app's timer keeps it
        cfg = load_config(paths)

        def sync(**options: bool) -> dict:
            return asyncio.run(run_sync(paths, cfg, SyncOptions(**options), between=between)
                               ).to_json()

        sync(confirm=True)
        store_file = paths.store_file
        adm = sb.admin
        snap = adm.snapshot()
        top = [p for p in snap["projects"] if not p.get("mainProject")]
        subs = [p for p in snap["projects"] if p.get("mainProject")]
        parents = {p["mainProject"]["id"] for p in subs}
        leaf = next(p for p in top[6:] if p["id"] not in parents)

        def round_1() -> None:  # a new customer that matches the local one; new and moved projects
            c = adm.create_customer(name="Lokal Kunde AS", organizationNumber=org_local)
            new_top = adm.create_project(name="Nytt hovedprosjekt", number="N-10",
                                         customer={"id": c["id"]}, startDate="2025-02-01")
            adm.create_project(name="Nytt delprosjekt", number="N-11", customer={"id": c["id"]},
                               mainProject={"id": new_top["id"]}, startDate="2025-02-02")
            adm.update_project(subs[0]["id"], mainProject={"id": top[1]["id"]})

        def round_2() -> None:  # a main project moved below another, one gone, one closed
            adm.update_project(top[2]["id"], mainProject={"id": top[3]["id"]})
            adm.delete_project(leaf["id"])
            adm.update_project(top[5]["id"], isClosed=True)

        def round_3() -> None:  # the moved one back up; a customer deactivated
            adm.update_project(top[2]["id"], mainProject=None)
            adm.update_customer(snap["customers"][0]["id"], isInactive=True)

        for change in (round_1, round_2, round_3):
            change()
            assert between.states.holds(store_file)  # the next run takes the state this one left
            r = sync()
            assert r["full"] is False
            exp = export(capsys)
            records = exp["customers"] + exp["projects"]
            assert r["registry"] == {
                "customers": len(exp["customers"]),
                "projects": len(exp["projects"]),
                "linked": sum(x["tripletex_id"] is not None for x in records),
                "linked_customers": sum(x["tripletex_id"] is not None for x in exp["customers"]),
                "linked_projects": sum(x["tripletex_id"] is not None for x in exp["projects"]),
                "local_only": sum(x["local_only"] for x in records),
            }
        linked = {c["key"]: c["tripletex_id"] for c in exp["customers"]}
        assert linked["c-900"] is not None  # linked in round 1, by its organisation number
        incremental = exp
        sync(full=True)
        assert export(capsys) == incremental
        asyncio.run(between.close())


@pytest.mark.parametrize("skew_minutes", [-12, 12])
def test_changes_arrive_however_far_this_machines_clock_is_from_tripletexs(capsys, skew_minutes):
    """The changedSince cursor is Tripletex's own time (the Date of its answers), so this
    machine's clock 12 minutes ahead of Tripletex's (beyond the 10-minute overlap) loses
    nothing; nor does one behind."""
    with Sandbox(seed=8, customers=60, projects=60, port=0,
                 clock_offset=-skew_minutes * 60) as sb:
        configure(sb)
        run_json(capsys, "sync", "--yes", "--json")
        changed = [c["id"] for c in sb.admin.snapshot()["customers"][:20]]
        for cid in changed:
            sb.admin.update_customer(cid, name=f"Endret {cid} AS")
        got = run_json(capsys, "sync", "--json")
        assert got["full"] is False
        names = {c["tripletex_id"]: c["name"] for c in export(capsys)["customers"]}
        assert [cid for cid in changed if names[cid] != f"Endret {cid} AS"] == []
        assert got["customers"]["updated"] == 20
