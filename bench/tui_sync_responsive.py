"""Is the app answering keys while a full sync of a big Tripletex runs in it?

    python bench/tui_sync_responsive.py [--customers 10000] [--projects 30000] [--in-process]

Starts the sandbox (in its own process, as Tripletex is remote; `--in-process` to share the
GIL with it), runs the app headless at 80x24 with Pilot, confirms a first (full) sync with Pilot, and
while it runs sends a key again and again through the driver, as a terminal does (Pilot's own
press waits for an idle CPU, which a sync never is). Each press is timed from the moment it is
sent to the moment the app's action for it runs (target: every press answered within 100 ms). Also prints
the event loop's worst lag (a 10 ms timer's lateness) and how many progress updates reached the UI.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textual import events  # noqa: E402
from textual.binding import Binding  # noqa: E402

from bench import throwaway_home  # noqa: E402
from bench.remote import remote_sandbox  # noqa: E402
from core.config import Config, save_config  # noqa: E402
from core.paths import profile_paths  # noqa: E402
from core.sandbox import Sandbox  # noqa: E402
from tui.app import RabbitApp  # noqa: E402
from tui.messages import SyncProgress  # noqa: E402


class TimedApp(RabbitApp):
    """The app with one extra key whose action notes when it ran."""

    BINDINGS = [Binding("f9", "ping", "Ping", id="bench.ping", tooltip="bench: note the time")]

    def __init__(self, *args: object, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.pinged = asyncio.Event()
        self.ping_at = 0.0
        self.ping_during_sync = False
        self.lag_phase = ""
        self.lag_max = 0.0
        self.progress_seen = 0
        self._tick_due = 0.0

    def action_ping(self) -> None:
        self.ping_at = time.perf_counter()
        self.ping_during_sync = self.sync_model.running
        self.pinged.set()

    def on_mount(self) -> None:  # noqa: D102 (the bench adds a lag probe)
        self._tick_due = time.perf_counter() + 0.01
        self.set_interval(0.01, self._probe)

    def _probe(self) -> None:
        now = time.perf_counter()
        if self.sync_model.running and now - self._tick_due > self.lag_max:
            self.lag_max = now - self._tick_due
            self.lag_phase = self.current_phase()
        self._tick_due = now + 0.01

    def current_phase(self) -> str:
        """The latest phase that has started."""
        started = [p for p, st in self.sync_model.board.phases.items() if st.started is not None]
        return started[-1] if started else "start"

    def on_sync_progress(self, message: SyncProgress) -> None:  # RabbitApp's handler runs too
        self.progress_seen += 1


async def bench(customers: int, projects: int, in_process: bool) -> None:
    with ExitStack() as stack:
        if in_process:
            sb = stack.enter_context(Sandbox(seed=1, customers=customers, projects=projects, port=0))
            base_url = sb.base_url
        else:
            base_url = stack.enter_context(remote_sandbox(1, customers, projects)).base_url
        paths = profile_paths("bench")
        save_config(paths, Config(base_url=base_url, consumer_token="sandbox-consumer",
                                  employee_token="sandbox-employee"))
        app = TimedApp(paths, cursor_blink=False)
        latencies: list[float] = []
        worst_phase = ""
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            t0 = time.perf_counter()
            await pilot.press("y")
            await pilot.pause()
            driver = app._driver
            assert driver is not None
            driver.send_message(events.Key("a", "a"))  # confirm the activation: a full first sync
            while not app.sync_model.running:
                await asyncio.sleep(0.001)
            while app.sync_model.running:
                app.pinged.clear()
                sent = time.perf_counter()
                # what Pilot's press does, without its wait for an idle CPU (the sync is busy)
                driver.send_message(events.Key("f9", None))
                await app.pinged.wait()
                await asyncio.sleep(0.01)  # a fast typist, not a flood
                if app.ping_during_sync:
                    latencies.append(app.ping_at - sent)
                    if latencies[-1] >= max(latencies):
                        worst_phase = app.current_phase()
            await app.workers.wait_for_complete()
            took = time.perf_counter() - t0
            report = app.last_report
            assert report is not None, app.sync_model.state
    where = "in this process" if in_process else "in its own process"
    print(f"sandbox {where}; workload: {customers} customers + {projects} projects, "
          "full first sync in the app: "
          f"{took:.1f} s ({report.requests} requests)")
    if latencies:
        lat = sorted(latencies)
        p95 = lat[int(0.95 * (len(lat) - 1))]
        print(f"key presses during the sync: {len(lat)}; latency median {statistics.median(lat) * 1000:.1f} ms, "
              f"p95 {p95 * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms in phase {worst_phase} "
              "(target: max < 100 ms)")
    print(f"event loop worst lag during the sync: {app.lag_max * 1000:.1f} ms "
          f"(in phase {app.lag_phase})")
    print(f"progress updates that reached the UI: {app.progress_seen} "
          f"({app.progress_seen / took:.1f}/s; throttled to ~5/s per phase)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=10_000)
    ap.add_argument("--projects", type=int, default=30_000)
    ap.add_argument("--in-process", action="store_true",
                    help="run the sandbox in the app's process (its JSON work then competes for the GIL)")
    args = ap.parse_args()
    throwaway_home()
    logging.getLogger("rabbitsync").addHandler(logging.NullHandler())
    logging.getLogger("rabbitsync").propagate = False  # the engine's warnings are not figures
    asyncio.run(bench(args.customers, args.projects, args.in_process))


if __name__ == "__main__":
    main()
