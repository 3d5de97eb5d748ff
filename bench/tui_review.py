"""Review screen latency with 5,000 pending items: key press to screen updated, at 80x24.

Builds a store (Store.write) with N pending review items, each with 3 candidates, in a throw-away
RABBITSYNC_HOME, opens the real ReviewScreen in a headless app and, for each key, measures from
sending the key event to the end of the last screen update it caused (the compositor update,
rendered to terminal text as a real terminal would receive it). Prints median, p95 and max for
moving to the next entry (j) and for taking a decision (l: link to the best candidate), then
checks that every decision reached the store.

    .venv/bin/python -m bench.tui_review [--items 5000] [--presses 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any

from textual import events
from textual.app import App

from core.models import Candidate, LocalCustomer, ReviewItem, TxCustomer
from core.paths import ProfilePaths, profile_paths
from core.store.state import StoreState
from core.store.store import Store


def build_state(n: int) -> StoreState:
    """n Tripletex customers waiting in review, each with its own near-miss local candidate."""
    st = StoreState()
    for i in range(1, n + 1):
        for j, key in enumerate((f"c-{i}", f"c-{n + i}")):
            st.customers[key] = LocalCustomer(key, f"Kunde {i} {'Holding' if j else 'Bygg'}",
                                              str(50_000 + i + j * n))
        tx = TxCustomer(id=100_000 + i, version=1, name=f"Kunde {i} Bygg AS", number=str(10_000 + i),
                        organization_number=None)
        st.tx_customers[tx.id] = tx.to_dict()
        cands = [Candidate(f"c-{i}", f"Kunde {i} Bygg", 88.0 + i % 10, str(50_000 + i)),
                 Candidate(f"c-{n + i}", f"Kunde {i} Holding", 61.0, str(50_000 + n + i)),
                 Candidate(f"c-{(i % n) + 1}", f"Kunde {(i % n) + 1} Bygg", 40.0)]
        st.reviews[f"r-{i}"] = ReviewItem(f"r-{i}", "customer", tx.id, tx.name, "no unique match",
                                          cands, tx.to_dict())
    st.counters = {"c": 2 * n, "p": 0, "r": n}
    return st


class BenchApp(App[None]):
    """Shows the review screen; notes when a screen update first shows what a key should do."""

    def __init__(self, paths: ProfilePaths) -> None:
        super().__init__()
        self.paths = paths
        self.expect: Callable[[], bool] | None = None
        self.shown_at: float | None = None

    def on_mount(self) -> None:
        from tui.review.screen import ReviewScreen

        self.push_screen(ReviewScreen(self.paths))

    def _display(self, screen: Any, renderable: Any) -> None:  # noqa: ANN401
        if renderable is not None and hasattr(renderable, "render_segments"):
            renderable.render_segments(self.console)  # what a terminal would be sent
        if self.shown_at is None and self.expect is not None and self.expect():
            self.shown_at = time.perf_counter()
        super()._display(screen, renderable)


async def press(app: BenchApp, pilot: Any, key: str, expect: Callable[[], bool]) -> float:  # noqa: ANN401
    """Seconds from sending `key` to the first screen update that shows `expect()` true."""
    app.expect, app.shown_at = expect, None
    start = time.perf_counter()
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)  # type: ignore[union-attr]
    deadline = start + 10
    while app.shown_at is None:
        await pilot.pause()
        if time.perf_counter() > deadline:
            panel = app.screen.query_one("#review-panel")
            raise RuntimeError(f"{key!r}: the screen never showed the expected result {panel.item.item if panel.item else None} {app.screen.query_one('#review-table').cursor_row}")
    return app.shown_at - start


def showing(screen: Any, item: str) -> Callable[[], bool]:  # noqa: ANN401
    """True once the panel shows `item` and the status line has been redrawn for it."""
    panel = screen.query_one("#review-panel")
    return lambda: panel.item is not None and panel.item.item == item


def figures(name: str, samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95) - 1]
    return (f"{name:22} n={len(ms):4}  median {statistics.median(ms):6.1f} ms  p95 {p95:6.1f} ms  "
            f"max {ms[-1]:6.1f} ms  {'OK' if statistics.median(ms) < 50 and ms[-1] < 50 else 'over 50 ms'}")


async def run(items: int, presses: int) -> None:
    paths = profile_paths("bench")
    t = time.perf_counter()
    Store(paths).write(build_state(items))
    print(f"store with {items} pending review items written in {time.perf_counter() - t:.2f}s "
          f"({paths.store_file.stat().st_size / 1e6:.1f} MB)")
    app = BenchApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        t = time.perf_counter()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        print(f"screen loaded and first rows shown in {time.perf_counter() - t:.2f}s")
        moves = []
        for _ in range(presses):
            nxt = screen.view[screen.query_one("#review-table").cursor_row + 1]
            moves.append(await press(app, pilot, "j", showing(screen, nxt)))
        await pilot.press("home")
        before = len(screen.view)
        decisions = []
        for _ in range(presses):
            table = screen.query_one("#review-table")
            row = table.cursor_row
            gone, nxt = screen.view[row], screen.view[row + 1]
            shows_next = showing(screen, nxt)

            def decided(g: str = gone, t: Any = table, s: Callable[[], bool] = shows_next) -> bool:  # noqa: ANN401
                return s() and g not in t.rows

            decisions.append(await press(app, pilot, "l", decided))
        after = len(screen.view)
        assert before - after == presses, (before, after)
        t = time.perf_counter()
        ok = await asyncio.to_thread(screen.writer.flush, 120)  # type: ignore[attr-defined]
        assert ok, (screen.writer.status, screen.writer.errors)  # type: ignore[attr-defined]
        flush = time.perf_counter() - t
    state = Store(paths).read()
    stored = sum(1 for r in state.reviews.values() if r.decision == "link")
    print(figures("move to next entry (j)", moves))
    print(figures("decision (l = link)", decisions))
    slow = [(i, round(d * 1000)) for i, d in enumerate(moves) if d > 0.05]
    print(f"moves over 50 ms (press number, ms): {slow or 'none'}")
    slow = [(i, round(d * 1000)) for i, d in enumerate(decisions) if d > 0.05]
    print(f"decisions over 50 ms (press number, ms): {slow or 'none'}")
    print(f"all {stored}/{presses} decisions in the store; writer drained {flush:.2f}s after the last key")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=5000)
    ap.add_argument("--presses", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["RABBITSYNC_HOME"] = home
        asyncio.run(run(args.items, args.presses))


if __name__ == "__main__":
    main()
