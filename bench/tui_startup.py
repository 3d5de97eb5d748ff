"""How fast the app shows its first screen with a big registry (40,000 records), and when the
registry's figures arrive from the worker that reads the store.

    python bench/tui_startup.py [--customers 10000] [--projects 30000] [--runs 5]

Each run is a fresh process (imports included): start of the process -> the Home screen mounted
and painted (target < 1 s), and -> the registry figures shown (the store read off the UI thread).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

T_START = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_registry(customers: int, projects: int) -> None:
    """A configured profile whose store holds `customers` + `projects` linked records."""
    from core.config import Config, save_config
    from core.models import LocalCustomer, LocalProject
    from core.paths import profile_paths
    from core.store.state import StoreState
    from core.store.store import Store

    paths = profile_paths("bench")
    paths.ensure()
    save_config(paths, Config(base_url="http://127.0.0.1:9/v2", consumer_token="bench-consumer",
                              employee_token="bench-employee"))
    state = StoreState()
    for i in range(1, customers + 1):
        state.customers[f"c-{i}"] = LocalCustomer(
            f"c-{i}", f"Kunde {i} AS", number=str(10000 + i), tripletex_id=1_000_000 + i,
            tripletex_version=1, link_method="created", local_only=False)
    for i in range(1, projects + 1):
        state.projects[f"p-{i}"] = LocalProject(
            f"p-{i}", f"Prosjekt {i}", number=str(i), customer_key=f"c-{1 + i % customers}",
            tripletex_id=2_000_000 + i, tripletex_version=1, link_method="created", local_only=False)
    state.counters = {"c": customers, "p": projects, "r": 0}
    state.cursor = {"synced_at": "2026-01-01T12:00:00+00:00", "last_full_at": "2026-01-01T12:00:00+00:00"}
    Store(paths).write(state)


def child() -> None:
    """One measured start: print JSON with the two figures."""
    from core.paths import profile_paths
    from tui.app import RabbitApp
    from tui.screens.home import HomeScreen

    app = RabbitApp(profile_paths("bench"), cursor_blink=False)
    out: dict[str, float] = {}

    async def pilot_run(pilot) -> None:  # noqa: ANN001 (textual's Pilot)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        out["first_screen_s"] = time.perf_counter() - T_START
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.store_summary is not None, app.store_error
        out["figures_s"] = time.perf_counter() - T_START
        out["records"] = app.store_summary.customers + app.store_summary.projects
        app.exit()

    app.run(headless=True, size=(80, 24), auto_pilot=pilot_run)
    print(json.dumps(out))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=10_000)
    ap.add_argument("--projects", type=int, default=30_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child()
        return
    from bench import (
        throwaway_home,  # (here: the child measured above imports no more than it must)
    )

    home = throwaway_home()
    t0 = time.perf_counter()
    build_registry(args.customers, args.projects)
    size_mb = Path(home, "profiles", "bench", "data", "store.json").stat().st_size / 1e6
    print(f"registry: {args.customers} customers + {args.projects} projects, store {size_mb:.1f} MB "
          f"(built in {time.perf_counter() - t0:.1f} s)")
    firsts, figures = [], []
    for _ in range(args.runs):
        proc = subprocess.run([sys.executable, __file__, "--child"], capture_output=True, text=True,
                              env={**os.environ, "RABBITSYNC_HOME": home}, cwd=ROOT, timeout=120)
        if proc.returncode != 0:
            raise SystemExit(proc.stderr[-2000:])
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        firsts.append(r["first_screen_s"])
        figures.append(r["figures_s"])
    print(f"process start -> first screen (Home):  median {statistics.median(firsts):.3f} s, "
          f"max {max(firsts):.3f} s over {args.runs} runs (target < 1 s)")
    print(f"process start -> registry figures:     median {statistics.median(figures):.3f} s, "
          f"max {max(figures):.3f} s (store read in a worker)")


if __name__ == "__main__":
    main()
