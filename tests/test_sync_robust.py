"""A sync under faults, a second writer, and SIGKILL at random moments: the store stays whole."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store import Store
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


@pytest.mark.slow
def test_sigkill_at_random_moments_converges_to_the_uninterrupted_registry(capsys, cli_env, tmp_path):
    rng = random.Random(20261124)
    with Sandbox(seed=3, customers=1200, projects=3600, port=0) as sb:
        configure(sb, "reference")
        t0 = time.monotonic()
        reference = subprocess_cli(cli_env, "--profile", "reference", "sync", "--yes", "--json")
        run_time = time.monotonic() - t0  # a whole run as a process: start-up, fetch, plan, write
        assert reference.returncode == 0, reference.stderr
        configure(sb, "victim")
        kills = 0
        for _ in range(30):
            proc = subprocess.Popen(
                [sys.executable, "-m", "core.cli", "--profile", "victim", "sync", "--yes", "--full", "--json"],
                cwd=ROOT, env={**os.environ, **cli_env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.05, run_time * 0.98))  # any moment of a run, the write included
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(timeout=60)
            # whatever moment it died at, the store can be read
            Store(profile_paths("victim")).read()
        assert kills >= 20, f"only {kills} of 30 runs were killed (a whole run took {run_time:.2f} s)"
        final = subprocess_cli(cli_env, "--profile", "victim", "sync", "--yes", "--json")
        assert final.returncode == 0, final.stderr
        assert _registry(capsys, "victim") == _registry(capsys, "reference")
    leftovers = [p.name for p in Path(profile_paths("victim").data_dir).iterdir() if ".tmp" in p.name]
    assert leftovers == []


@pytest.mark.slow
def test_sigkill_during_incremental_runs_converges_to_the_uninterrupted_registry(capsys, cli_env):
    """Incremental runs append their changes to the store's journal: killed at any moment
    (the append included), the store reads whole, and the next run catches up."""
    rng = random.Random(20261125)
    with Sandbox(seed=4, customers=800, projects=2400, port=0) as sb:
        for profile in ("reference", "victim"):
            configure(sb, profile)
            done = subprocess_cli(cli_env, "--profile", profile, "sync", "--yes", "--json")
            assert done.returncode == 0, done.stderr
        snap = sb.admin.snapshot()
        kills = 0
        for n in range(12):
            for c in rng.sample(snap["customers"], 20):
                sb.admin.update_customer(c["id"], name=f"{c['name']} r{n}")
            for p in rng.sample(snap["projects"], 40):
                sb.admin.update_project(p["id"], name=f"{p['name']} r{n}", isClosed=rng.random() < 0.2)
            t0 = time.monotonic()
            ref = subprocess_cli(cli_env, "--profile", "reference", "sync", "--json")
            run_time = time.monotonic() - t0
            assert ref.returncode == 0, ref.stderr
            proc = subprocess.Popen(
                [sys.executable, "-m", "core.cli", "--profile", "victim", "sync", "--json"],
                cwd=ROOT, env={**os.environ, **cli_env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.05, run_time * 0.98))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(timeout=60)
            Store(profile_paths("victim")).read()  # whole, whatever moment it died at
        assert kills >= 6
        final = subprocess_cli(cli_env, "--profile", "victim", "sync", "--json")
        assert final.returncode == 0, final.stderr
        assert json.loads(final.stdout)["full"] is False
        assert _registry(capsys, "victim") == _registry(capsys, "reference")
        assert profile_paths("victim").journal_file.exists()  # the journal path was exercised
