"""A disk that fills up or is read-only while a run writes: the run fails with a cause and a fix
(exit 1), the store and the status file stay as they were (the journal is never left with a
torn or zero-padded line), and the next plain sync brings in everything that was missed.

Most of these inject the disk's refusal at the write (a mock): the sandbox cannot fill a disk,
and a small filesystem needs root to mount, which CI does not have. What is injected is what the
kernel does on a full disk: a short write, then ENOSPC (or EROFS on a read-only mount). The last
test mounts a real small filesystem when the machine allows it.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
from pathlib import Path

import pytest

from core.paths import profile_paths
from core.store.store import Store
from tests.helpers import configure, run_cli, run_json


def _path_of(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


@pytest.fixture
def full_journal(monkeypatch):
    """The disk fills up during the journal's next append: part of the line is written, then
    every write fails with ENOSPC (until `free()`)."""
    real = os.pwrite
    state = {"full": True, "short_writes": 0}

    def pwrite(fd: int, data, offset: int) -> int:
        if state["full"] and _path_of(fd).endswith("store.journal"):
            if state["short_writes"] == 0:
                state["short_writes"] += 1
                return real(fd, bytes(data)[: len(data) // 2], offset)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", pwrite)
    state["free"] = lambda: state.update(full=False)
    return state


def _change_records(sb, n: int = 30) -> None:
    snap = sb.admin.snapshot()
    for c in snap["customers"][:n]:
        sb.admin.update_customer(c["id"], name=f"{c['name']} endret")
    for p in snap["projects"][:n]:
        sb.admin.update_project(p["id"], name=f"{p['name']} endret")


def _files(paths) -> dict[str, bytes]:
    status = paths.state_dir / "sync-status.json"
    return {p.name: p.read_bytes() for p in (paths.store_file, paths.journal_file, status)
            if p.exists()}


def _renamed(capsys) -> int:
    reg = run_json(capsys, "export")
    return sum(r["name"].endswith(" endret") for r in reg["customers"] + reg["projects"])


def test_a_full_disk_at_the_journal_fails_the_run_and_the_next_sync_brings_it_all(
        sandbox, capsys, full_journal):
    configure(sandbox)
    full_journal["free"]()
    run_json(capsys, "sync", "--yes", "--json")
    first = sandbox.admin.snapshot()["customers"][-1]
    sandbox.admin.update_customer(first["id"], name="Først endret AS")
    run_json(capsys, "sync", "--json")  # a journal line: the next write appends to it
    paths = profile_paths("default")
    assert paths.journal_file.stat().st_size > 0
    _change_records(sandbox)
    full_journal["full"] = True
    before, registry = _files(paths), run_json(capsys, "export")
    code, out, err = run_cli(capsys, "sync", "--json")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "unexpected" not in err
    assert f"the disk holding {paths.data_dir} is full" in err and "Fix: free space" in err
    assert full_journal["short_writes"] == 1  # the short write was seen, not taken as whole
    assert _files(paths) == before  # the journal cut back, the status not moved forward
    assert run_json(capsys, "export") == registry
    full_journal["free"]()
    again = run_json(capsys, "sync", "--json")
    assert again["full"] is False  # a plain sync, no --full
    assert _renamed(capsys) == 60
    raw = paths.journal_file.read_bytes()
    assert b"\x00" not in raw and all(json.loads(ln) for ln in raw.splitlines())


def test_a_full_disk_under_watch_never_pads_the_journal_with_zeros(sandbox, capsys,
                                                                   full_journal):
    """Runs of one process (the app's timer, --watch) go on after a failed write: the next
    line starts where the last whole line ended, never beyond a hole."""
    from core.config import load_config
    from core.errors import StoreError
    from core.sync.between import Between
    from core.sync.run import SyncOptions, run_sync

    configure(sandbox)
    full_journal["free"]()
    paths = profile_paths("default")
    cfg, keeper = load_config(paths), Between()
    import asyncio

    async def runs() -> None:
        await run_sync(paths, cfg, SyncOptions(confirm=True), between=keeper)
        await run_sync(paths, cfg, SyncOptions(), between=keeper)
        _change_records(sandbox, 10)
        full_journal["full"] = True
        with pytest.raises(StoreError):
            await run_sync(paths, cfg, SyncOptions(), between=keeper)
        full_journal["free"]()
        await run_sync(paths, cfg, SyncOptions(), between=keeper)
        await keeper.close()

    asyncio.run(runs())
    raw = paths.journal_file.read_bytes()
    assert b"\x00" not in raw and raw.endswith(b"\n")
    assert all(json.loads(ln) for ln in raw.splitlines())
    assert _renamed(capsys) == 20


def test_a_full_disk_while_the_whole_store_is_written_leaves_it_and_recovers(
        sandbox, capsys, monkeypatch):
    configure(sandbox)
    run_json(capsys, "sync", "--yes", "--json")
    paths = profile_paths("default")
    _change_records(sandbox)
    before, registry = _files(paths), run_json(capsys, "export")
    real = os.fsync

    def fsync(fd: int) -> None:  # a full disk can answer at the fsync (delayed allocation)
        if ".store.json." in _path_of(fd):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    code, out, err = run_cli(capsys, "sync", "--full", "--json")
    assert code == 1 and out == "" and "unexpected" not in err
    assert "is full" in err and "Fix: free space" in err
    assert _files(paths) == before
    assert not [p.name for p in paths.data_dir.iterdir() if ".tmp" in p.name]
    assert run_json(capsys, "export") == registry
    monkeypatch.setattr(os, "fsync", real)
    assert run_json(capsys, "sync", "--json")["full"] is False
    assert _renamed(capsys) == 60


def test_a_read_only_disk_is_a_cause_and_a_fix(sandbox, capsys, monkeypatch, tmp_path):
    configure(sandbox)
    run_json(capsys, "sync", "--yes", "--json")
    paths = profile_paths("default")
    _change_records(sandbox, 5)
    real_open = os.open

    def ro_open(path, flags, *args, **kw):  # what a read-only mount answers to a write open
        if str(path).startswith(str(paths.data_dir)) and flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", ro_open)
    for args in (("sync", "--json"), ("import", str(_import_file(tmp_path)))):
        code, out, err = run_cli(capsys, *args)
        assert code == 1 and "unexpected" not in err, err
        assert f"the disk holding {paths.data_dir} is read-only" in err and "Fix:" in err


def _import_file(tmp_path: Path) -> Path:
    path = tmp_path / "import.json"
    path.write_text(json.dumps({"customers": [{"key": "c-900", "name": "Lokal AS"}]}))
    return path


def test_a_malformed_journal_entry_is_a_cause_and_a_fix_that_keeps_the_file(capsys):
    from core.models import LocalCustomer
    from core.store.state import StoreState

    paths = profile_paths("default")
    store = Store(paths)
    state = StoreState()
    state.customers["c-1"] = LocalCustomer("c-1", "En AS")
    store.write(state, compact=True)
    gen = json.loads(paths.store_file.read_text())["meta"]["1"]["journal_gen"]
    for bad in ({"gen": gen, "set": {"customers": [1, 2]}, "del": {}},
                {"gen": gen, "set": {"customers": {"2": "not a record"}}, "del": {}},
                {"gen": gen, "set": {}, "del": {"customers": "1"}}):
        paths.journal_file.write_text(json.dumps(bad) + "\n")
        code, _out, err = run_cli(capsys, "export")
        assert code == 1 and "unexpected" not in err and "TypeError" not in err, err
        assert "line 1 is not a journal entry" in err and "Fix:" in err
        assert "mv " not in err and "keep" in err  # moving it away would lose its changes
        assert json.loads(paths.journal_file.read_text()) == bad  # left as it was


def test_a_really_full_small_filesystem(tmp_path, monkeypatch, capsys, sandbox):
    """The issue's steps on a real 1 MB tmpfs, where the machine lets a test mount one (root,
    and a kernel that allows it); skipped elsewhere."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
            capture_output=True).returncode != 0:
        pytest.skip("mounting a small filesystem needs root")
    try:
        monkeypatch.setenv("RABBITSYNC_HOME", str(mnt))
        configure(sandbox)
        run_json(capsys, "sync", "--yes", "--json")
        run_json(capsys, "sync", "--json")
        paths = profile_paths("default")
        _change_records(sandbox)
        filler = mnt / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:  # fill the disk, then leave 8 KB free: less than the run's journal line
            while os.write(fd, b"x" * 4096) > 0:
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        os.truncate(filler, max(0, filler.stat().st_size - 8192))
        before = _files(paths)
        code, out, err = run_cli(capsys, "sync", "--json")
        assert code == 1 and "is full" in err and "unexpected" not in err, err
        assert _files(paths) == before
        filler.unlink()
        assert run_json(capsys, "sync", "--json")["full"] is False
        assert _renamed(capsys) == 60
        assert b"\x00" not in paths.journal_file.read_bytes()
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
