"""Tripletex's rate limit, as the sandbox answers it and as a sync lives with it: about 100
requests per rolling 10 s per token pair, `X-Rate-Limit-Remaining` counting down, and a 429
that sometimes lacks `X-Rate-Limit-Reset` (issue 16, row 2).

Source: API-NOTES.md §4 and "Real behaviour" (lacostej/pytripletex `rate_limit.py`: "~100
requests per rolling ~10 s window", `x-rate-limit-limit: 100`, `remaining 99..60`, `reset
9..4`; tripletex-api2 issue #103: a 429 without `X-Rate-Limit-Reset`).

These tests get Tripletex's own limit (`real_rate_limit`; the rest of the suite allows more,
see tests/conftest.py), so the syncs here wait out real windows: about 10 s each.
"""

from __future__ import annotations

from contextlib import closing

import pytest

from core.sandbox import Sandbox
from core.sandbox.ratelimit import RateLimiter
from tests.helpers import configure, customer, project, run_cli, run_json
from tests.test_sandbox import open_session

pytestmark = pytest.mark.real_rate_limit


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_window_rolls(sandbox):
    """The budget is the requests of the last 10 s, not of a fixed period: 60 requests, 6 s
    later 40 more fill it; 4.5 s after that the first 60 have left it, the last 40 not."""
    clock = Clock()
    rl = RateLimiter(100, 10.0, clock=clock)
    assert [rl.count()[0] for _ in range(60)] == [False] * 60
    clock.now += 6
    over = [rl.count() for _ in range(41)]
    assert [o for o, _ in over] == [False] * 40 + [True]
    assert over[39][1]["X-Rate-Limit-Remaining"] == "0"
    assert over[39][1]["X-Rate-Limit-Reset"] == "4"  # when the oldest leave the window
    clock.now += 4.5
    allowed = [rl.count()[0] for _ in range(61)]
    assert allowed == [False] * 60 + [True]  # room for 60: a fixed window would have had 100


def test_remaining_counts_down_and_a_429_sometimes_lacks_its_reset():
    """Tripletex's numbers on the default sandbox: Limit 100, Remaining 99, 98, …, Reset at most
    10 s; the 101st request within 10 s is refused, and of two 429s one says when to come back
    and the other does not."""
    with Sandbox(seed=1, customers=3, projects=3, port=0) as sb:
        http, auth = open_session(sb)  # the session's create is the first request
        with closing(http):
            answers = [http.get("customer", params={"fields": "id"}, auth=auth) for _ in range(101)]
    first = answers[0].headers
    assert first["X-Rate-Limit-Limit"] == "100" and 1 <= int(first["X-Rate-Limit-Reset"]) <= 10
    remaining = [int(r.headers["X-Rate-Limit-Remaining"]) for r in answers[:99]]
    assert remaining == list(range(98, -1, -1))
    refused = answers[99:]
    assert [r.status_code for r in refused] == [429, 429]
    assert ["X-Rate-Limit-Reset" in r.headers for r in refused] == [True, False]
    assert all(r.json()["status"] == 429 for r in refused)


def test_lenient_is_a_fixed_window_of_1000_whose_429_always_has_its_reset():
    with Sandbox(seed=1, customers=3, projects=3, port=0, lenient=True) as sb:
        assert sb.auth.rate.limit == 1000 and not sb.auth.rate.rolling
    with Sandbox(seed=1, customers=3, projects=3, port=0, lenient=True, rate_limit=2) as sb:
        http, auth = open_session(sb)
        with closing(http):
            got = [http.get("customer", auth=auth) for _ in range(3)]
        assert [r.status_code for r in got] == [200, 429, 429]
        assert all("X-Rate-Limit-Reset" in r.headers for r in got)


# ---- a sync under the real limit ------------------------------------------------------------


def log_since(sb: Sandbox, start: int) -> list[dict]:
    return sb.admin.requests()[start:]


def busiest_10s(entries: list[dict]) -> int:
    """The most requests Tripletex accepted in any 10 s of `entries`."""
    times = sorted(e["time"] for e in entries if e["status"] != 429)
    most, lo = 0, 0
    for hi, t in enumerate(times):
        while times[lo] <= t - 10:
            lo += 1
        most = max(most, hi - lo + 1)
    return most


def test_a_sync_of_more_requests_than_the_window_paces_itself_and_meets_no_429(capsys):
    """A complete pass that looks up 150 customers gone from the listing one by one (about 160
    requests): it waits for the window when `Remaining` runs low, so Tripletex never refuses
    it, and it ends like a run without a limit."""
    data = {"customers": [customer(1000 + i, f"Kunde {i} AS", 10_000 + i) for i in range(200)],
            "projects": [project(5000 + i, f"Prosjekt {i}", f"P{i}", 1000 + i) for i in range(5)]}
    with Sandbox(data=data, port=0) as sb:
        configure(sb)
        run_json(capsys, "sync", "--yes", "--json")
        for i in range(50, 200):
            sb.admin.delete_customer(1000 + i)
        start = len(sb.admin.requests())
        got = run_json(capsys, "sync", "--full", "--json")
        run = log_since(sb, start)
    assert got["customers"]["archived"] == 150
    assert [r for r in run if r["status"] == 429] == []
    assert got["requests"] == len(run) > 150
    assert busiest_10s(run) <= 100
    names = {c["name"] for c in run_json(capsys, "export")["customers"] if not c["archived"]}
    assert names == {f"Kunde {i} AS" for i in range(50)}


@pytest.mark.parametrize("reset_on_429", ["always", "never"])
def test_a_sync_that_finds_the_window_used_up_by_another_program_waits_and_ends_well(
        capsys, reset_on_429):
    """Another program with the same tokens has just used the whole window. Tripletex refuses
    the sync's first request; with `X-Rate-Limit-Reset` the sync waits that long (one 429),
    without it (issue #103) it backs off, 1, 2, 4 … s, until the window has room (a few
    429s). Either way the run ends as it would without the other program, within its retries."""
    with Sandbox(seed=3, customers=60, projects=90, port=0, reset_on_429=reset_on_429) as sb:
        configure(sb)
        http, auth = open_session(sb)
        with closing(http):
            for _ in range(99):  # the session's create and these: the whole window
                assert http.get("customer", params={"fields": "id"}, auth=auth).status_code == 200
        start = len(sb.admin.requests())
        code, out, err = run_cli(capsys, "sync", "--yes", "--json")
        run = log_since(sb, start)
        assert code == 0, err
        snap = sb.admin.snapshot()
    refused = [r for r in run if r["status"] == 429]
    assert (len(refused) == 1) if reset_on_429 == "always" else (1 <= len(refused) <= 5)
    assert refused[0]["path"].endswith("/token/session/:create")
    got = run_json(capsys, "export")
    assert {c["tripletex_id"] for c in got["customers"]} == {c["id"] for c in snap["customers"]}
    assert "RateLimited" not in err


def test_a_429_pauses_every_request_in_flight_and_one_goes_first_after_it():
    """The customer listings (active and inactive) and the project listing are asked at once,
    into a window another program has used up, with a session from an earlier run (so nothing
    has yet told the client when the window has room) and 429s without
    `X-Rate-Limit-Reset`. All three are refused; then every request waits, one goes first and
    the others wait for its answer: about one refusal per backoff, where three listings that
    each back off on their own meet about twelve."""
    import asyncio

    from core.tripletex.client import TripletexClient

    with Sandbox(seed=4, customers=30, projects=30, port=0, reset_on_429="never") as sb:
        other, auth = open_session(sb)  # another program with the same tokens
        with closing(other):
            while other.get("customer", auth=auth).status_code != 429:
                pass
        start = len(sb.admin.requests())

        async def listing(tx: TripletexClient, inactive: bool) -> int:
            return sum([len(p) async for p in tx.iter_customer_pages(is_inactive=inactive)], 0)

        async def run() -> tuple[int, int, int]:
            async with TripletexClient(sb.base_url, sb.consumer_token, sb.employee_token,
                                       session=auth[1]) as tx:
                active, inactive, projects = await asyncio.gather(
                    listing(tx, False), listing(tx, True), tx.list_projects())
                return active, inactive, len(projects.records)

        got = asyncio.run(run())
        run_log = sb.admin.requests()[start:]
        snap = sb.admin.snapshot()
    assert got == (sum(not c["isInactive"] for c in snap["customers"]),
                   sum(c["isInactive"] for c in snap["customers"]), len(snap["projects"]))
    refused = [r for r in run_log if r["status"] == 429]
    assert 3 <= len(refused) <= 7
