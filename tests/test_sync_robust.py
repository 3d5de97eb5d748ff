"""A sync under faults, a second writer, and SIGKILL at every step of a write and at every
request: the store stays whole."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from tests.helpers import ROOT, configure, run_cli, run_json, start_held_sync, subprocess_cli


def _registry(capsys, profile: str = "default") -> dict:
    return run_json(capsys, "--profile", profile, "export")


@pytest.mark.parametrize(
    "spec",
    [
        "500@/customer:times=2",
        "503@/project:after=1:times=1",
        "429@/project:times=1",
        "429-noreset@/customer:times=1",
        "drop@/project:times=1",
        "truncated@/customer:after=1:times=1",
        "expire@/project:times=1",
    ],
)
def test_transient_faults_mid_sync_end_in_the_same_registry(sandbox, capsys, spec):
    configure(sandbox, "clean")
    run_json(capsys, "--profile", "clean", "sync", "--yes", "--json")
    configure(sandbox)
    sandbox.admin.set_faults(spec)
    r = run_json(capsys, "sync", "--yes", "--json")
    assert r["customers"]["created"] > 0
    assert _registry(capsys) == _registry(capsys, "clean")


def test_persistent_fault_fails_with_one_line_and_leaves_the_store(sandbox, capsys):
    configure(sandbox)
    run_json(capsys, "sync", "--yes", "--json")
    store_file = profile_paths("default").store_file
    before = _registry(capsys)
    sandbox.admin.update_customer(sandbox.admin.snapshot()["customers"][0]["id"], name="Endret AS")
    sandbox.admin.set_faults("500@/customer:times=0")
    code, out, err = run_cli(capsys, "sync", "--json")
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert _registry(capsys) == before
    state = Store(profile_paths("default")).read()
    assert state.runs[-1].ok is False and state.runs[-1].error
    sandbox.admin.clear_faults()
    run_json(capsys, "sync", "--json")
    assert any(c["name"] == "Endret AS" for c in _registry(capsys)["customers"])
    assert store_file.exists()


def test_second_sync_of_the_same_profile_exits_3(sandbox, capsys, cli_env):
    configure(sandbox)
    proc = start_held_sync(sandbox, cli_env)
    try:
        second = subprocess_cli(cli_env, "sync", "--yes", "--json")
        assert second.returncode == 3, second.stderr
        assert "another sync" in second.stderr and len(second.stderr.strip().splitlines()) == 1
    finally:
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert json.loads(out)["first_sync"] is True


def _kill_at(cli_env: dict, point: str, *args: str) -> int:
    """Run `rabbitsync ARGS` as a process that kills itself (SIGKILL) at `point` (`write:N`,
    `request:N`: see core/killpoints.py); its exit code (-9 when killed)."""
    done = subprocess.run([sys.executable, "-m", "core.cli", *args], cwd=ROOT,
                          env={**os.environ, **cli_env, "RABBITSYNC_KILL_AT": point},
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          timeout=120)
    assert done.returncode in (0, -signal.SIGKILL), done.stderr
    return done.returncode


def _kill_at_every_point(cli_env: dict, kind: str, args: tuple[str, ...],
                         before_each=lambda: None) -> int:
    """Kill a run at the 1st, 2nd, ... point of `kind` until a run has fewer such points and
    ends by itself; after each kill the store must read whole. Returns how many were killed."""
    for n in range(1, 100):
        before_each()
        if _kill_at(cli_env, f"{kind}:{n}", *args) == 0:
            return n - 1
        Store(profile_paths("victim")).read()  # whole, whatever point it died at
    raise AssertionError(f"a run never ended by itself within 100 {kind} points")


@pytest.mark.slow
def test_sigkill_at_every_write_step_and_request_converges_to_the_uninterrupted_registry(
        capsys, cli_env):
    """A complete run killed at each step of its write (temp file, fsync, backup, rename,
    journal, status) and at each of its requests in turn: never a half-written store, and the
    next run ends where an uninterrupted one does. Chosen points, not random moments, so the
    test kills the same way on a fast or a loaded machine."""
    with Sandbox(seed=3, customers=1200, projects=3600, port=0) as sb:
        configure(sb, "reference")
        reference = subprocess_cli(cli_env, "--profile", "reference", "sync", "--yes", "--json")
        assert reference.returncode == 0, reference.stderr
        configure(sb, "victim")
        run = ("--profile", "victim", "sync", "--yes", "--full", "--json")
        assert _kill_at_every_point(cli_env, "write", run) >= 5
        assert _kill_at_every_point(cli_env, "request", run) >= 8
        final = subprocess_cli(cli_env, "--profile", "victim", "sync", "--yes", "--json")
        assert final.returncode == 0, final.stderr
        assert _registry(capsys, "victim") == _registry(capsys, "reference")
    leftovers = [p.name for p in Path(profile_paths("victim").data_dir).iterdir() if ".tmp" in p.name]
    assert leftovers == []


@pytest.mark.slow
def test_sigkill_during_incremental_runs_converges_to_the_uninterrupted_registry(capsys, cli_env):
    """Incremental runs append their changes to the store's journal: killed at each step of
    the append and at each request, the store reads whole, and the next run catches up."""
    rng = random.Random(20261125)
    with Sandbox(seed=4, customers=800, projects=2400, port=0) as sb:
        for profile in ("reference", "victim"):
            configure(sb, profile)
            done = subprocess_cli(cli_env, "--profile", profile, "sync", "--yes", "--json")
            assert done.returncode == 0, done.stderr
        snap = sb.admin.snapshot()
        rounds = iter(range(1000))

        def change() -> None:  # every run has something to write
            n = next(rounds)
            for c in rng.sample(snap["customers"], 20):
                sb.admin.update_customer(c["id"], name=f"{c['name']} r{n}")
            for p in rng.sample(snap["projects"], 40):
                sb.admin.update_project(p["id"], name=f"{p['name']} r{n}", isClosed=rng.random() < 0.2)
            ref = subprocess_cli(cli_env, "--profile", "reference", "sync", "--json")
            assert ref.returncode == 0, ref.stderr

        run = ("--profile", "victim", "sync", "--json")
        assert _kill_at_every_point(cli_env, "write", run, change) >= 3
        assert _kill_at_every_point(cli_env, "request", run, change) >= 4
        final = subprocess_cli(cli_env, "--profile", "victim", "sync", "--json")
        assert final.returncode == 0, final.stderr
        assert json.loads(final.stdout)["full"] is False
        assert _registry(capsys, "victim") == _registry(capsys, "reference")
        assert profile_paths("victim").journal_file.exists()  # the journal path was exercised
