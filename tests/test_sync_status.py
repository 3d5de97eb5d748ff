"""An incremental sync that finds nothing new in Tripletex neither reads nor rewrites the store;
the status file that makes that possible is a cache that can never make a run wrong."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.status import last_run
from tests.helpers import configure, run_cli, run_json, write_import


@pytest.fixture
def synced(capsys, tmp_path) -> Iterator[Sandbox]:
    with Sandbox(seed=12, customers=80, projects=200, port=0) as sb:
        configure(sb)
        snap = sb.admin.snapshot()
        near = snap["customers"][0]["name"].replace(" ", "  ").upper() + " X"
        run_cli(capsys, "import", str(write_import(tmp_path / "i.json", [
            {"key": "c-1", "name": near},
        ])))
        run_json(capsys, "sync", "--yes", "--json")
        yield sb


def test_nothing_new_leaves_the_store_file_untouched(synced, capsys):
    store = profile_paths("default").store_file
    before = (store.read_bytes(), store.stat().st_mtime_ns)
    r = run_json(capsys, "sync", "--json")
    assert r["first_sync"] is False and r["links"] == []
    assert r["requests"] <= 5  # session, active + inactive customers, one 304, session delete
    assert r["customers"]["unchanged"] == sum(
        1 for c in run_json(capsys, "export")["customers"] if c["tripletex_id"] is not None)
    assert (store.read_bytes(), store.stat().st_mtime_ns) == before
    assert last_run(profile_paths("default"))["run_id"] == r["run_id"]


def test_a_temp_file_a_killed_run_left_goes_even_when_nothing_is_new(synced, capsys):
    paths = profile_paths("default")
    left = paths.store_file.parent / f".{paths.store_file.name}.abc123.tmp"
    left.write_bytes(b'{"meta": ')  # a write cut short by SIGKILL
    store = (paths.store_file.read_bytes(), paths.store_file.stat().st_mtime_ns)
    assert run_json(capsys, "sync", "--json")["links"] == []
    assert not left.exists()
    assert (paths.store_file.read_bytes(), paths.store_file.stat().st_mtime_ns) == store


def test_a_decision_since_the_last_sync_is_seen_by_the_next_one(synced, capsys):
    items = run_json(capsys, "review", "--json")["items"]
    before = run_json(capsys, "sync", "--json")["review_pending"]
    assert before == len(items) > 0
    assert run_cli(capsys, "review", "resolve", items[0]["item"], "create")[0] == 0
    r = run_json(capsys, "sync", "--json")
    assert r["review_pending"] == before - 1  # the store changed: it was read, not the cache


def test_a_change_in_tripletex_after_idle_runs_is_applied(synced, capsys):
    run_json(capsys, "sync", "--json")
    cid = synced.admin.snapshot()["customers"][5]["id"]
    synced.admin.update_customer(cid, name="Nytt Navn Etter Stille AS")
    r = run_json(capsys, "sync", "--json")
    assert r["customers"]["updated"] == 1
    names = {c["tripletex_id"]: c["name"] for c in run_json(capsys, "export")["customers"]}
    assert names[cid] == "Nytt Navn Etter Stille AS"


@pytest.mark.parametrize("damage", ["garbage", "other-store", "missing"])
def test_a_damaged_or_foreign_status_file_only_costs_a_store_read(synced, capsys, damage):
    status = profile_paths("default").state_dir / "sync-status.json"
    if damage == "garbage":
        status.write_text("{not json", encoding="utf-8")
    elif damage == "other-store":  # e.g. a restored backup: the store is not the one described
        store = profile_paths("default").store_file
        store.write_bytes(store.read_bytes() + b"\n")
    else:
        status.unlink()
    cid = synced.admin.snapshot()["customers"][3]["id"]
    synced.admin.update_customer(cid, name="Endret Under Skade AS")
    r = run_json(capsys, "sync", "--json")
    assert r["customers"]["updated"] == 1
    again = run_json(capsys, "sync", "--json")
    assert again["customers"]["updated"] == 0 and again["requests"] <= 5
