"""Sync figures against the sandbox over loopback (10,000 customers, 30,000 projects):

- the floor (bench/floor.py) and a full first sync on an empty registry, in the same run;
- a sync with nothing changed: requests and time;
- a sync after 100 customers and 100 projects changed: time and records written;
- peak memory (max RSS) of a full first sync run as `rabbitsync sync` in its own process.

The sandbox runs in its own process, as Tripletex does (`--in-process` runs it in this one, where
the server and the client share one interpreter). The syncs run in this process through the
engine, one after another, as the app's timer and `sync --watch` run them.

    python bench/sync.py [--customers N] [--projects N] [--in-process]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.floor import floor  # noqa: E402
from bench.remote import remote_sandbox  # noqa: E402
from core.config import load_config, set_value  # noqa: E402
from core.engine import SyncOptions, run_sync  # noqa: E402
from core.paths import profile_paths  # noqa: E402
from core.sandbox import Sandbox  # noqa: E402
from core.sessions import SessionKeeper  # noqa: E402
from core.store import Store  # noqa: E402


def configure(sb: Sandbox, profile: str) -> None:
    for key, value in (("base-url", sb.base_url), ("consumer-token", sb.consumer_token),
                       ("employee-token", sb.employee_token)):
        set_value(profile_paths(profile), key, value)


SESSIONS = SessionKeeper()  # as the app's timer and `sync --watch` keep one session


def timed_sync(profile: str) -> tuple[float, dict]:
    """One sync in this process through the engine; returns (seconds, sync --json)."""
    paths = profile_paths(profile)
    t0 = time.perf_counter()
    report = asyncio.run(run_sync(paths, load_config(paths), SyncOptions(confirm=True),
                                  sessions=SESSIONS))
    return time.perf_counter() - t0, report.to_json()


def peak_rss_mb_of_cli_sync(profile: str) -> float:
    """Max RSS of `rabbitsync sync --yes` run in its own process, as cron would."""
    proc = subprocess.run([sys.executable, "-m", "core.cli", "--profile", profile, "sync", "--yes", "--json"],
                          cwd=ROOT, capture_output=True, text=True, env=os.environ.copy())
    if proc.returncode != 0:
        raise SystemExit(f"sync failed: {proc.stderr.strip()}")
    json.loads(proc.stdout)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=10_000)
    ap.add_argument("--projects", type=int, default=30_000)
    ap.add_argument("--in-process", action="store_true", help="run the sandbox in this process")
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="rabbitsync-bench-")
    os.environ["RABBITSYNC_HOME"] = home
    server = (Sandbox(seed=1, customers=args.customers, projects=args.projects, port=0)
              if args.in_process else remote_sandbox(1, args.customers, args.projects))
    with server as sb:
        floor(sb)
        floor_s, floor_n = floor(sb)
        configure(sb, "warm-up")  # like the floor's first run: the sandbox caches each filter
        timed_sync("warm-up")
        configure(sb, "bench")
        full_s, full = timed_sync("bench")
        configure(sb, "memory")
        rss = peak_rss_mb_of_cli_sync("memory")
        idle_s, idle = timed_sync("bench")
        snap = sb.admin.snapshot()
        for c in snap["customers"][:100]:
            sb.admin.update_customer(c["id"], name=c["name"] + " (endret)")
        for p in snap["projects"][:100]:
            sb.admin.update_project(p["id"], name=p["name"] + " (endret)")
        before = Store(profile_paths("bench")).read()
        ch_s, changed = timed_sync("bench")
        after = Store(profile_paths("bench")).read()
        written = sum(1 for k, v in after.customers.items() if before.customers.get(k) != v) + sum(
            1 for k, v in after.projects.items() if before.projects.get(k) != v)
        asyncio.run(SESSIONS.close())
    total = args.customers + args.projects
    where = "in this process" if args.in_process else "in its own process"
    print(f"workload: {args.customers} customers + {args.projects} projects ({total} records), "
          f"sandbox on loopback, {where}")
    print(f"floor (bare httpx paging + parse):   {floor_s:6.2f} s  {floor_n} requests")
    print(f"full first sync (empty registry):    {full_s:6.2f} s  {full['requests']} requests  "
          f"= {full_s / floor_s:.2f}x floor (target <= 1.5x)")
    print(f"sync, nothing changed:               {idle_s:6.2f} s  {idle['requests']} requests  "
          f"= {100 * idle_s / full_s:.1f}% of full (targets <= 5 requests, <= 5%)")
    print(f"sync, 100+100 changed:               {ch_s:6.2f} s  {changed['requests']} requests  "
          f"= {100 * ch_s / full_s:.1f}% of full (target <= 15%); records rewritten: {written}")
    print(f"peak memory, full sync as a process: {rss:6.0f} MB max RSS (target < 300 MB)")


if __name__ == "__main__":
    main()
