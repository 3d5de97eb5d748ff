"""Concurrency: two profiles sync at once without touching each other; a sync and an import or a
review decision of one profile never interleave (the second waits or exits 3, the store stays
whole). The "second sync of one profile exits 3" case is in test_sync_robust.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from tests.helpers import (
    ROOT,
    configure,
    run_cli,
    run_json,
    start_held_sync,
    subprocess_cli,
    write_import,
)


def _popen(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "core.cli", *args], cwd=ROOT, env={**os.environ, **env},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_two_profiles_sync_at_once_without_interfering(capsys, cli_env):
    with Sandbox(seed=4, customers=300, projects=900, port=0) as a, \
         Sandbox(seed=5, customers=200, projects=500, port=0) as b:
        configure(a, "alpha")
        configure(b, "beta")
        procs = [_popen(cli_env, "--profile", p, "sync", "--yes", "--json") for p in ("alpha", "beta")]
        outs = [p.communicate(timeout=120) for p in procs]
        for proc, (out, err) in zip(procs, outs, strict=True):
            assert proc.returncode == 0, err
            assert json.loads(out)["first_sync"] is True
        ids_a = {c["id"] for c in a.admin.snapshot()["customers"]}
        ids_b = {c["id"] for c in b.admin.snapshot()["customers"]}
    reg_a = run_json(capsys, "--profile", "alpha", "export")
    reg_b = run_json(capsys, "--profile", "beta", "export")
    assert {c["tripletex_id"] for c in reg_a["customers"]} == ids_a
    assert {c["tripletex_id"] for c in reg_b["customers"]} == ids_b
    assert profile_paths("alpha").store_file != profile_paths("beta").store_file


def test_import_while_a_sync_runs_is_refused_with_exit_3_and_loses_nothing(sandbox, capsys,
                                                                           cli_env, tmp_path):
    configure(sandbox)
    proc = start_held_sync(sandbox, cli_env)
    try:
        f = write_import(tmp_path / "i.json", [{"key": "c-900", "name": "Midt i synken AS"}])
        second = subprocess_cli(cli_env, "import", str(f))
        assert second.returncode == 3, second.stderr
        assert "another sync" in second.stderr
    finally:
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    # after the sync the import goes through, and the synced registry is kept whole
    code, _out, err = run_cli(capsys, "import", str(f))
    assert code == 0, err
    state = Store(profile_paths("default")).read()
    assert "c-900" in state.customers
    assert len([c for c in state.customers.values() if c.tripletex_id]) == json.loads(out)[
        "customers"]["created"]
