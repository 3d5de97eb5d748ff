"""Sync figures against the sandbox over loopback (10,000 customers, 30,000 projects):

- the floor (bench/floor.py) and a full first sync on an empty registry, in the same run;
- a sync with nothing changed: requests and time;
- a sync after 100 customers and 100 projects changed: time and records written;
- peak memory (max RSS) of a full first sync run as `rabbitsync sync` in its own process;
- a full sync started right after the floor, in the rate-limit window the floor used.

The sandbox runs in its own process, as Tripletex does (`--in-process` runs it in this one, where
the server and the client share one interpreter). The syncs run in this process through the
engine, one after another, as the app's timer and `sync --watch` run them.

The sandbox answers as real Tripletex does, at its limits: 100 requests per rolling 10 s, and
objects with every field filled. Each measured run starts with the rate-limit window empty (a
sync runs every few minutes; the wait between runs is not measured), except the last figure,
which shows what a run pays when it is not. `--lenient` serves the sandbox's older kindness
instead (1,000 requests per fixed 10 s, sparse objects): the conditions of the figures before
2026-12.

    python bench/sync.py [--customers N] [--projects N] [--repeat N] [--latency MS] [--in-process]
                         [--lenient]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import empty_window, throwaway_home  # noqa: E402
from bench.floor import floor  # noqa: E402
from bench.remote import remote_sandbox  # noqa: E402
from core.config import load_config, set_value  # noqa: E402
from core.paths import profile_paths  # noqa: E402
from core.sandbox import Sandbox  # noqa: E402
from core.sync.between import Between  # noqa: E402
from core.sync.run import SyncOptions, run_sync  # noqa: E402


def configure(sb: Sandbox, profile: str) -> None:
    for key, value in (("base-url", sb.base_url), ("consumer-token", sb.consumer_token),
                       ("employee-token", sb.employee_token)):
        set_value(profile_paths(profile), key, value)


BETWEEN = Between()  # as the app's timer and `sync --watch` keep the session and the state


def timed_sync(profile: str) -> tuple[float, dict]:
    """One sync in this process through the engine; returns (seconds, sync --json)."""
    paths = profile_paths(profile)
    t0 = time.perf_counter()
    report = asyncio.run(run_sync(paths, load_config(paths), SyncOptions(confirm=True),
                                  between=BETWEEN))
    return time.perf_counter() - t0, report.to_json()


def peak_rss_mb_of_cli_sync(profile: str) -> float:
    """Max RSS of `rabbitsync sync --yes` run in its own process, as cron would."""
    proc = subprocess.run([sys.executable, "-m", "core.cli", "--profile", profile, "sync", "--yes", "--json"],
                          cwd=ROOT, capture_output=True, text=True, env=os.environ.copy())
    if proc.returncode != 0:
        raise SystemExit(f"sync failed: {proc.stderr.strip()}")
    json.loads(proc.stdout)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def journal_records(profile: str) -> dict[str, int]:
    """Documents per table in the store journal's last line (what the last write wrote)."""
    lines = profile_paths(profile).journal_file.read_bytes().splitlines()
    return {t: len(d) for t, d in json.loads(lines[-1])["set"].items()} if lines else {}


def change(sb, offset: int) -> None:
    """100 customers and 100 projects renamed in the sandbox."""
    snap = sb.admin.snapshot()
    for c in snap["customers"][offset:offset + 100]:
        sb.admin.update_customer(c["id"], name=c["name"] + " (endret)")
    for p in snap["projects"][offset:offset + 100]:
        sb.admin.update_project(p["id"], name=p["name"] + " (endret)")


def spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):6.2f} s  ({min(xs):.2f}-{max(xs):.2f})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=10_000)
    ap.add_argument("--projects", type=int, default=30_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each kind (median shown)")
    ap.add_argument("--in-process", action="store_true", help="run the sandbox in this process")
    ap.add_argument("--latency", type=float, default=0.0, metavar="MS",
                    help="the sandbox waits MS before each answer (a network's round trip)")
    ap.add_argument("--lenient", action="store_true",
                    help="the sandbox's older kindness instead of Tripletex's limits")
    args = ap.parse_args()
    throwaway_home()
    server = (Sandbox(seed=1, customers=args.customers, projects=args.projects, port=0,
                      lenient=args.lenient)
              if args.in_process else remote_sandbox(1, args.customers, args.projects,
                                                     lenient=args.lenient))
    rest = (lambda: None) if args.lenient else empty_window
    floors, fulls, ratios, idles, changes, shared = [], [], [], [], [], []
    with server as sb:
        if args.latency:
            sb.admin.set_faults(f"slow@*:seconds={args.latency / 1000:g}:times=0")
        # first, while this process is small: a child's peak counts what it shares at its start
        configure(sb, "memory")
        rss = peak_rss_mb_of_cli_sync("memory")
        rest()
        floor(sb)
        rest()
        configure(sb, "warm-up")  # like the floor's first run: the sandbox caches each filter
        timed_sync("warm-up")
        for r in range(args.repeat):  # a floor and a full sync side by side, each time
            rest()
            floor_s, floor_n = floor(sb)
            configure(sb, f"full-{r}")
            rest()
            full_s, full = timed_sync(f"full-{r}")
            floors.append(floor_s)
            fulls.append(full_s)
            ratios.append(full_s / floor_s)
        for _ in range(args.repeat):
            rest()
            idle_s, idle = timed_sync("full-0")
            idles.append(idle_s)
        for r in range(args.repeat):
            change(sb, 100 * r)
            rest()
            ch_s, changed = timed_sync("full-0")
            changes.append(ch_s)
        written = journal_records("full-0")
        if not args.lenient:
            for r in range(args.repeat):  # the floor's 67 requests, then at once a full sync
                rest()
                floor(sb)
                configure(sb, f"shared-{r}")
                shared_s, shared_run = timed_sync(f"shared-{r}")
                shared.append(shared_s)
        asyncio.run(BETWEEN.close())
    total = args.customers + args.projects
    full_m = statistics.median(fulls)
    where = "in this process" if args.in_process else "in its own process"
    where += (", lenient (1,000 per fixed 10 s, sparse objects)" if args.lenient
              else ", at Tripletex's limits (100 per rolling 10 s, filled objects)")
    if args.latency:
        where += f", {args.latency:g} ms before each answer"
    print(f"workload: {args.customers} customers + {args.projects} projects ({total} records), "
          f"sandbox on loopback, {where}; median of {args.repeat} (range)")
    print(f"floor (bare httpx paging + parse):   {spread(floors)}  {floor_n} requests")
    print(f"full first sync (empty registry):    {spread(fulls)}  {full['requests']} requests  "
          f"= {statistics.median(ratios):.2f}x floor (target <= 1.5x)")
    print(f"sync, nothing changed:               {spread(idles)}  {idle['requests']} requests  "
          f"= {100 * statistics.median(idles) / full_m:.1f}% of full (targets <= 5 requests, <= 5%)")
    print(f"sync, 100+100 changed:               {spread(changes)}  {changed['requests']} requests  "
          f"= {100 * statistics.median(changes) / full_m:.1f}% of full (target <= 15%)")
    print(f"  written by the last: one journal line, documents per table {written}")
    print(f"peak memory, full sync as a process: {rss:6.0f} MB max RSS (target < 300 MB)")
    if shared:
        print(f"full sync right after the floor:     {spread(shared)}  {shared_run['requests']} "
              f"requests (the window shared with the floor's {floor_n}; "
              f"{statistics.median(shared) - full_m:+.2f} s against full)")


if __name__ == "__main__":
    main()
