"""The document store: round trip, atomic writes with a backup, refusal of damaged or newer files,
the profile lock (also across processes), and private file modes."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import Query, TinyDB

from core.errors import EXIT_LOCKED, LockedError, StoreError
from core.models import Candidate, LocalCustomer, LocalProject, ReviewItem
from core.paths import profile_paths
from core.store.state import SCHEMA_VERSION, Overwrite, RunRecord, Skipped, StoreState
from core.store.store import AtomicJSONStorage, KeptStates, Store
from tests.helpers import ROOT, run_cli


def full_state() -> StoreState:
    """A state with something in every field."""
    s = StoreState()
    s.customers["c-1"] = LocalCustomer("c-1", "Fjordkraft AS", "1001", "987654321", 11, 3, "org_number", False, False)
    s.customers["c-2"] = LocalCustomer("c-2", "Kun Lokalt AS")
    s.projects["p-1"] = LocalProject("p-1", "Nettside", "2024-01", "c-1", None, 101, 2, "created", False, False)
    s.projects["p-2"] = LocalProject("p-2", "Nettside – design", None, "c-1", "p-1", archived=True)
    s.reviews["r-1"] = ReviewItem(
        "r-1", "customer", 12, "Bergen Rørleggerservice AS", "no unique match",
        [Candidate("c-2", "Bergen Rorlegger", 91.5, "77", None, ("name", "number"))],
        {"id": 12, "version": 1, "name": "Bergen Rørleggerservice AS"}, "later", None, None,
    )
    s.ignored = {("customer", 13), ("project", 105)}
    s.overwrites = [Overwrite("2026-01-01T00:00:00+00:00", "run-1", "customer", "c-1", 11, "number", "9999", "1001")]
    s.skipped = {103: Skipped(103, "Deep level 3", "level 3: the time tracker has two project levels", "A > B > C")}
    s.tx_customers = {11: {"id": 11, "version": 3, "name": "Fjordkraft AS", "is_inactive": False}}
    s.tx_projects = {101: {"id": 101, "version": 2, "customer_id": 11, "main_project_id": None}}
    s.cursor = {"synced_at": "2026-01-01T00:00:00+00:00", "project_digests": {"open": "abc"}}
    s.runs = [RunRecord("run-1", "2026-01-01T00:00:00+00:00", None, False, False, True, True,
                        {"customers": {"created": 1}}, [{"kind": "customer"}], "boom")]
    s.counters = {"c": 2, "p": 2, "r": 1}
    s.decisions = [{"item": "r-1", "action": "later", "local_key": None, "at": "x"}]
    return s


@pytest.fixture
def store() -> Store:
    return Store(profile_paths("default"))


def test_absent_file_is_an_empty_state(store):
    assert store.read() == StoreState()
    assert not store.path.exists()


def test_round_trip_of_every_field(store):
    state = full_state()
    store.write(state)
    back = Store(profile_paths("default")).read()
    assert back == state
    assert isinstance(next(iter(back.skipped)), int) and isinstance(next(iter(back.tx_projects)), int)
    assert back.reviews["r-1"].candidates[0].differs == ("name", "number")


def test_file_is_a_tinydb_document_with_tables(store):
    store.write(full_state())
    raw = json.loads(store.path.read_text(encoding="utf-8"))
    assert {"meta", "customers", "projects", "reviews", "tx_customers", "runs"} <= set(raw)
    assert raw["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    with TinyDB(store.path, access_mode="r") as db:
        assert db.table("customers").get(Query().key == "c-1")["name"] == "Fjordkraft AS"
        assert db.table("tx_customers").get(doc_id=11)["name"] == "Fjordkraft AS"


def test_storage_class_works_under_tinydb(tmp_path):
    path = tmp_path / "db" / "x.json"
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        db.table("t").insert_multiple([{"a": 1}, {"a": 2}])
        assert db.table("t").search(Query().a == 2) == [{"a": 2}]
    assert json.loads(path.read_text()) == {"t": {"1": {"a": 1}, "2": {"a": 2}}}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["x.json"]  # one write, no temp left


def test_older_file_with_missing_tables_and_fields_reads(store):
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"customers": {"1": {"key": "c-5", "name": "Gammel AS", "extra": 1}}}))
    state = store.read()
    assert state.customers == {"c-5": LocalCustomer("c-5", "Gammel AS")}
    assert state.counters == {"c": 0, "p": 0, "r": 0} and state.projects == {}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(st.text(max_size=20), max_size=8),
    numbers=st.lists(st.one_of(st.none(), st.text(max_size=6)), max_size=8),
    tx_ids=st.sets(st.integers(min_value=-(2**40), max_value=2**40), max_size=6),
    ignored=st.sets(st.tuples(st.sampled_from(["customer", "project"]), st.integers(0, 10**9)), max_size=5),
    cursor=st.dictionaries(st.text(max_size=8), st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)), max_size=4),
)
def test_round_trip_property(names, numbers, tx_ids, ignored, cursor):
    store = Store(profile_paths("prop"))
    s = StoreState(cursor=cursor, ignored=ignored)
    for i, name in enumerate(names, 1):
        number = numbers[i - 1] if i <= len(numbers) else None
        s.customers[f"c-{i}"] = LocalCustomer(f"c-{i}", name, number, tripletex_id=i if i % 2 else None)
        s.projects[f"p-{i}"] = LocalProject(f"p-{i}", name, number, f"c-{i}", None if i % 3 else "p-1")
    for t in tx_ids:
        s.tx_customers[t] = {"id": t, "name": str(t), "nested": {"a": [1, None]}}
        s.skipped[t] = Skipped(t, f"p{t}", "reason")
    s.counters = {"c": len(names), "p": 7}
    store.write(s)
    assert Store(profile_paths("prop")).read() == s


def test_a_change_is_one_journal_line_and_the_base_file_is_left_alone(store):
    first = full_state()
    store.write(first)
    base = store.path.read_bytes()
    second = full_state()
    second.customers["c-3"] = LocalCustomer("c-3", "Ny AS")
    second.cursor["synced_at"] = "2026-02-02T00:00:00+00:00"
    store.write(second)
    assert store.path.read_bytes() == base
    lines = store.journal.path.read_bytes().splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert set(entry["set"]) == {"customers", "meta"}  # the new customer and the cursor, no more
    assert [c["key"] for c in entry["set"]["customers"].values()] == ["c-3"]
    assert Store(profile_paths("default")).read() == second
    store.write(second)  # nothing changed: nothing written
    assert len(store.journal.path.read_bytes().splitlines()) == 1


def test_a_hinted_write_compares_only_what_the_planner_touched(store):
    """A sync run tells the store what it touched (WriteHint): the other records are taken from
    the last write as they are, and the journal line holds just the changes."""
    from core.store.codec import encode_state
    from core.store.state import WriteHint

    store.write(full_state())
    state = store.read()
    prev = store._doc
    state.customers["c-1"].name = "Fjordkraft Energi AS"
    state.customers["c-3"] = LocalCustomer("c-3", "Ny AS")  # added: found without a hint
    state.tx_projects[101] = {**state.tx_projects[101], "version": 3}
    hint = WriteHint()
    hint.local["customers"].add("c-1")
    hint.tx["tx_projects"].add(101)
    doc = encode_state(state, prev, hint)
    assert doc == encode_state(state, prev)  # what a write comparing every record makes
    store.write(state, hint=hint)
    entry = json.loads(store.journal.path.read_bytes().splitlines()[-1])
    assert sorted(c["key"] for c in entry["set"]["customers"].values()) == ["c-1", "c-3"]
    assert list(entry["set"]["tx_projects"]) == ["101"] and "projects" not in entry["set"]
    assert Store(profile_paths("default")).read() == state


def test_a_hint_that_misses_a_change_fails_the_check_the_tests_run_with(store):
    """(So the hinted write does take untouched records from the last write unseen, and every
    test that syncs checks the planner's hint: RABBITSYNC_CHECK_WRITES, tests/conftest.py.)"""
    from core.store.state import WriteHint

    store.write(full_state())
    state = store.read()
    state.projects["p-1"].archived = True  # touched, but not said
    with pytest.raises(AssertionError, match="hint missed changes in projects"):
        store.write(state, hint=WriteHint())


def test_compaction_writes_a_new_base_atomically_and_keeps_a_backup(store):
    first = full_state()
    store.write(first)
    first_bytes = store.path.read_bytes()
    second = full_state()
    second.customers["c-3"] = LocalCustomer("c-3", "Ny AS")
    store.write(second)
    store.write(second, compact=True)
    assert store.backup_path.read_bytes() == first_bytes
    assert not store.journal.path.exists()
    assert [p.name for p in store.path.parent.iterdir() if ".tmp" in p.name] == []
    assert Store(profile_paths("default")).read() == second


def test_journal_grown_past_a_quarter_of_the_base_is_compacted(store, monkeypatch):
    monkeypatch.setattr("core.store.store.COMPACT_AT", 0)
    s = full_state()
    store.write(s)
    for n in range(30):
        s.customers[f"c-{n + 10}"] = LocalCustomer(f"c-{n + 10}", "Kunde " * 20)
        store.write(s)
        assert store.journal.size() <= store.path.stat().st_size // 4 + 4000
    assert store.backup_path.exists()
    assert Store(profile_paths("default")).read() == s


def test_a_line_cut_short_by_a_crash_is_not_part_of_the_store_and_is_cut_off(store):
    s = full_state()
    store.write(s)
    s.customers["c-3"] = LocalCustomer("c-3", "Ny AS")
    store.write(s)
    with open(store.journal.path, "ab") as fh:
        fh.write(b'{"gen": "x", "set": {"customers": {"9": {"key": "c-9", "na')
    assert Store(profile_paths("default")).read() == s
    fresh = Store(profile_paths("default"))
    t = fresh.read()
    t.customers["c-4"] = LocalCustomer("c-4", "Fire AS")
    fresh.write(t)
    assert all(json.loads(x) for x in store.journal.path.read_bytes().splitlines())
    assert Store(profile_paths("default")).read() == t


def test_a_journal_left_from_an_older_base_is_ignored(store):
    s = full_state()
    store.write(s)
    s.customers["c-3"] = LocalCustomer("c-3", "Ny AS")
    store.write(s)
    stale = store.journal.path.read_bytes()
    store.write(s, compact=True)
    store.journal.path.write_bytes(stale)  # a crash between the new base and removing the journal
    assert Store(profile_paths("default")).read() == s
    s.customers["c-4"] = LocalCustomer("c-4", "Fire AS")
    Store(profile_paths("default")).write(s)
    assert Store(profile_paths("default")).read() == s


def test_a_damaged_journal_is_refused_named_and_left_alone(store):
    s = full_state()
    store.write(s)
    s.customers["c-3"] = LocalCustomer("c-3", "Ny AS")
    store.write(s)
    store.journal.path.write_bytes(b"garbage\n" + store.journal.path.read_bytes())
    before = store.journal.path.read_bytes()
    with pytest.raises(StoreError) as err:
        Store(profile_paths("default")).read()
    text = err.value.one_line()
    assert str(store.journal.path) in text and "line 1" in text
    # its lines are changes a sync cannot bring back (imports, review decisions): the fix keeps
    # the file, never moves it away (issue 12)
    assert "keep the file" in text and "mv " not in text
    with pytest.raises(StoreError):
        Store(profile_paths("default")).write(StoreState())
    assert store.journal.path.read_bytes() == before


def test_stale_temp_files_are_removed_by_the_next_write(store):
    store.write(full_state())
    stale = [store.path.parent / ".store.json.abc123.tmp", store.path.parent / ".store.json.bak.1f2e.tmp"]
    for p in stale:
        p.write_text("half a file")
    other = store.path.parent / "notes.txt"
    other.write_text("keep")
    store.write(full_state())
    assert not any(p.exists() for p in stale)
    assert other.exists()


@pytest.mark.parametrize(
    "content",
    [
        b'{"meta": {"1": {"schema_version": 1}}, "customers": {"1": {"key": "c-1", "na',  # truncated
        b"not json at all",
        b"",
        b"[1, 2, 3]",
        b'{"customers": {"1": {"name": "no key"}}}',
        b'{"customers": [1, 2]}',
        b'{"tx_customers": {"abc": {}}}',
        '{"customers": {"1": {"key": "c-1", "name": "Bjørn"}}}'.encode("latin-1"),
    ],
    ids=["truncated", "not-json", "empty", "list", "missing-field", "wrong-table", "bad-id", "latin-1"],
)
def test_damaged_file_is_refused_named_and_left_byte_identical(store, capsys, content):
    store.write(full_state())
    store.write(full_state(), compact=True)  # now there is a backup
    store.path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        Store(profile_paths("default")).read()
    text = err.value.one_line()
    assert str(store.path) in text and "cannot be read" in text
    assert f"a backup of the last good store is at {store.backup_path}" in text
    assert "to restore it" in text
    # neither a transaction nor a direct write replaces it
    with pytest.raises(StoreError), Store(profile_paths("default")).transaction() as st_:
        st_.customers.clear()
    with pytest.raises(StoreError):
        Store(profile_paths("default")).write(StoreState())
    code, _out, cli_err = run_cli(capsys, "export")
    assert code == 1 and str(store.path) in cli_err and len(cli_err.strip().splitlines()) == 1
    assert store.path.read_bytes() == content
    # the named backup is a good store
    store.backup_path.replace(store.path)
    assert Store(profile_paths("default")).read() == full_state()


def test_damaged_file_without_backup_says_so(store):
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{")
    with pytest.raises(StoreError) as err:
        store.read()
    assert "no backup" in err.value.one_line() and "mv " in err.value.one_line()


def test_newer_schema_is_refused_and_left_alone(store):
    store.write(full_state())
    doc = json.loads(store.path.read_text())
    doc["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    store.path.write_text(json.dumps(doc))
    before = store.path.read_bytes()
    fresh = Store(profile_paths("default"))
    with pytest.raises(StoreError) as err:
        fresh.read()
    assert "newer rabbitsync" in err.value.one_line() and "upgrade" in err.value.one_line()
    with pytest.raises(StoreError):
        fresh.write(StoreState())
    assert store.path.read_bytes() == before


def test_transaction_writes_on_success_only(store):
    with store.transaction() as s:
        s.customers["c-1"] = LocalCustomer("c-1", "A")
    with pytest.raises(RuntimeError), store.transaction() as s:
        s.customers["c-2"] = LocalCustomer("c-2", "B")
        raise RuntimeError("boom")
    assert set(store.read().customers) == {"c-1"}


def test_lock_is_exclusive_between_stores_and_reentrant_within_one(store):
    other = Store(profile_paths("default"))
    with store.lock():
        with pytest.raises(LockedError) as err, other.lock():
            pass
        assert err.value.exit_code == EXIT_LOCKED == 3
        assert "another sync" in err.value.one_line() and str(os.getpid()) in err.value.one_line()
        with store.lock(), store.transaction() as s:  # re-entrant, as a sync run (core.sync.run) nests them
            s.cursor["x"] = 1
        store.write(store.read())
    with other.lock():  # released
        pass
    assert store.read().cursor == {"x": 1}
    # another profile has its own lock
    with store.lock(), Store(profile_paths("elsewhere")).lock():
        pass


def test_lock_held_by_another_process_exits_3_and_is_freed_when_it_dies(store, capsys, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys, time
            from core.paths import profile_paths
            from core.store.store import AtomicJSONStorage, Store
            with Store(profile_paths("default")).lock():
                print("locked", flush=True)
                time.sleep(60)
        """)],
        cwd=ROOT, env=os.environ.copy(), stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockedError) as err, store.lock():
            pass
        assert f"pid {holder.pid}" in err.value.one_line()
        imp = tmp_path / "i.json"
        imp.write_text('{"customers": [{"key": "c-1", "name": "A"}]}')
        code, _out, cli_err = run_cli(capsys, "import", str(imp))
        assert code == 3 and "another sync" in cli_err and len(cli_err.strip().splitlines()) == 1
    finally:
        holder.kill()  # SIGKILL: the kernel frees the flock
        holder.wait(timeout=10)
    with store.lock(wait=5):
        pass


def test_sigkill_during_writes_never_leaves_a_broken_store(store):
    """A writer killed at random moments: the store always reads whole (the old or the new
    state), and the next write clears the temp files it left."""
    writer = textwrap.dedent("""
        import sys
        from core.models import LocalCustomer
        from core.paths import profile_paths
        from core.store.state import StoreState
        from core.store.store import Store
        store = Store(profile_paths("default"))
        n = store.read().cursor.get("n", 0)
        while True:
            n += 1
            s = StoreState(customers={f"c-{i}": LocalCustomer(f"c-{i}", f"K {n}") for i in range(1, 5001)})
            s.cursor["n"] = n
            store.write(s)
            print(n, flush=True)
    """)
    rng = random.Random(7)
    seen = 0
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", writer], cwd=ROOT, env=os.environ.copy(),
                                stdout=subprocess.PIPE, text=True)
        proc.stdout.readline()  # at least one write done
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        state = Store(profile_paths("default")).read()
        n = state.cursor["n"]
        assert n >= seen and {c.name for c in state.customers.values()} == {f"K {n}"}
        seen = n
    store.write(store.read())
    assert [p.name for p in store.path.parent.iterdir() if ".tmp" in p.name] == []


def test_a_backup_that_already_is_the_store_file_leaves_no_temp_file(store):
    """A writer killed after keeping its backup (a hard link to store.json) and before replacing
    store.json leaves .bak and store.json one file; the next full write must not leave the
    link it makes for the backup behind (rename(2) of a file onto itself does nothing)."""
    store.write(StoreState(customers={"c-1": LocalCustomer("c-1", "Første")}), compact=True)
    store.backup_path.unlink(missing_ok=True)
    os.link(store.path, store.backup_path)  # as the killed writer left them
    store.write(StoreState(customers={"c-1": LocalCustomer("c-1", "Andre")}), compact=True)
    assert [p.name for p in store.path.parent.iterdir() if ".tmp" in p.name] == []
    assert not os.path.samefile(store.path, store.backup_path)
    assert [c.name for c in Store(profile_paths("default")).read().customers.values()] == ["Andre"]


def test_an_integer_beyond_64_bits_still_round_trips(store):
    """orjson refuses integers beyond 64 bits; the store then writes with json (found by the
    round-trip property in CI)."""
    state = StoreState()
    state.cursor["huge"] = -9223372036854775809
    store.write(state)
    assert Store(store.paths).read().cursor["huge"] == -9223372036854775809


def test_the_base_file_written_table_by_table_is_what_orjson_writes_whole(store):
    import orjson

    store.write(full_state(), compact=True)
    raw = store.path.read_bytes()
    assert raw.endswith(b"}\n")
    assert raw[:-1] == orjson.dumps(orjson.loads(raw), option=orjson.OPT_NON_STR_KEYS)
    assert Store(store.paths).read() == full_state()


def test_states_handed_from_write_to_read_keep_every_journal_line(store):
    """The app's timer and --watch hand the written state to their next run (a new Store each
    run): run after run, every change stays in the store."""
    s, kept = full_state(), KeptStates()
    Store(profile_paths("default"), kept).write(s, compact=True, keep=True)
    for n in range(1, 5):
        st = Store(profile_paths("default"), kept)
        state = st.read(reuse=True)
        assert state is s  # handed over, not read again
        state.customers["c-1"].name = f"Endret {n}"
        state.customers[f"c-{n + 10}"] = LocalCustomer(f"c-{n + 10}", f"Ny {n}")
        st.write(state, keep=True)
        s = state
    back = Store(profile_paths("default")).read()
    assert back == s
    assert back.customers["c-1"].name == "Endret 4" and {"c-11", "c-12", "c-13", "c-14"} <= set(back.customers)
    assert len(store.journal.path.read_bytes().splitlines()) == 4


def test_a_kept_state_is_not_handed_out_after_another_write(store):
    """Another writer (a review decision, another process) changes the files: the state kept
    for the next run is not handed out, the files are read."""
    s, kept = full_state(), KeptStates()
    Store(profile_paths("default"), kept).write(s, compact=True, keep=True)
    other = Store(profile_paths("default"))  # keeps nothing
    t = other.read()
    t.customers["c-9"] = LocalCustomer("c-9", "Fra en annen")
    other.write(t)
    again = Store(profile_paths("default"), kept).read(reuse=True)
    assert again is not s and "c-9" in again.customers


def test_a_store_without_kept_states_reads_the_files(store):
    """A one-off sync keeps nothing: a later read in the process reads the files."""
    s = full_state()
    Store(profile_paths("default")).write(s, compact=True, keep=True)
    again = Store(profile_paths("default")).read(reuse=True)
    assert again is not s and again == s


def test_a_garbled_last_line_counts_as_cut_short_and_the_others_stay(store):
    s = full_state()
    store.write(s)
    s.customers["c-3"] = LocalCustomer("c-3", "Ny AS")
    store.write(s)
    with open(store.journal.path, "ab") as fh:
        fh.write(b"\x00\x00\x00garbled\n")  # what some filesystems leave after a crash
    assert Store(profile_paths("default")).read() == s
    fresh = Store(profile_paths("default"))
    t = fresh.read()
    t.customers["c-4"] = LocalCustomer("c-4", "Fire AS")
    fresh.write(t)
    assert Store(profile_paths("default")).read() == t


def test_a_file_from_before_the_journal_with_an_integer_beyond_64_bits_reads_exactly(store):
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"meta": {"1": {"schema_version": 1, "cursor": {
        "huge": -9223372036854775809}}}}))
    assert Store(profile_paths("default")).read().cursor["huge"] == -9223372036854775809
