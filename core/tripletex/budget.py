"""Tripletex's rate limit as one connection sees it, shared by its requests in flight.

Tripletex allows about 100 requests per rolling 10 s per employee and consumer token pair
(API-NOTES.md §4 and "Real behaviour") and says on each answer how many are left
(`X-Rate-Limit-Remaining`) and in how many seconds the oldest leaves the window
(`X-Rate-Limit-Reset`). A run asks several things at once (both customer listings, each project
part, the next page while the last is read), so the budget is counted here for all of them:

* before a request is sent, the requests still allowed are `Remaining` of the last answer less
  the requests in flight; when that is nearly none, every request waits until the window has
  room (`Reset`), and the next answer says how much it has;
* a 429 pauses every request, not only the refused one: for `X-Rate-Limit-Reset` seconds, or,
  when Tripletex leaves it out (tripletex-api2 issue #103), until the time the last `Reset`
  named if the last answers said the window was nearly full (then that is when it has room),
  or else for a backoff that doubles with each 429 in a row. Then one request goes
  first and the others wait for its answer: requests sent together after a pause would
  otherwise each meet their own 429 while the window is still full.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from core.tripletex.http import MAX_WAIT_S, RateLimit, backoff_delay

log = logging.getLogger("rabbitsync.tripletex")
Sleep = Callable[[float], Awaitable[Any]]


class Budget:
    """The requests Tripletex still allows this connection; one per `Connection`."""

    def __init__(self, sleep: Sleep, rng: random.Random) -> None:
        self._sleep = sleep
        self._rng = rng
        self.limit: float | None = None
        self.remaining: float | None = None  # of the last answer; None: unknown (go)
        self.seen_remaining: float | None = None  # of the last answer that was not a 429
        self.reset_at: float | None = None  # monotonic: when the last answer's window has room
        self.pause_until = 0.0  # monotonic: no request is sent before this
        self.in_flight = 0
        self.refused_in_a_row = 0  # pauses for a 429 since the last other answer
        self.after_refusal = False  # the last answer was a 429: one request goes first
        self._probe: asyncio.Event | None = None  # set when that request has its answer

    def _low(self) -> bool:
        if self.remaining is None:
            return False
        left = self.remaining - self.in_flight
        return left < 3 or (self.limit is not None and left < 0.05 * self.limit)

    async def before_request(self) -> bool:
        """Wait while the budget is used up or a 429 paused every request; then count the
        request as in flight. True when it goes first after a 429 (pass it to `answered`)."""
        while True:
            now = time.monotonic()
            if self.pause_until <= now and self._low():
                until = (self.reset_at if self.reset_at is not None and self.reset_at > now
                         else now + 1)
                self.pause_until = min(until, now + MAX_WAIT_S)
                self.remaining = None  # after the wait the window has room; the next answer says
                log.info("rate limit nearly used: pausing %.1f s", self.pause_until - now)
            target = self.pause_until
            if target > now:
                await self._sleep(min(target - now, MAX_WAIT_S))
                if self.pause_until == target:  # waited out (a new 429 may set a later one)
                    self.pause_until = 0.0
            if self.after_refusal:
                if self._probe is None:
                    self._probe = asyncio.Event()
                    self.in_flight += 1
                    return True
                await self._probe.wait()
                continue
            self.in_flight += 1
            return False

    def answered(self, headers: httpx.Headers | None, status: int | None,
                 first: bool = False) -> None:
        """An answer (or none: `headers` None) to a request counted by `before_request`;
        `first`: what `before_request` returned for it."""
        self.in_flight = max(0, self.in_flight - 1)
        if first and self._probe is not None:
            if status is not None and status != 429:  # (no answer: the next one goes first)
                self.after_refusal = False
            self._probe.set()
            self._probe = None
        if headers is None:
            return
        rate = RateLimit.of(headers)
        now = time.monotonic()
        if rate.limit is not None:
            self.limit = rate.limit
        if rate.reset is not None:
            self.reset_at = now + min(MAX_WAIT_S, max(0.0, rate.reset))
        if status == 429:
            self.remaining = 0
            return
        self.refused_in_a_row = 0
        self.after_refusal = False
        if rate.remaining is not None:
            self.remaining = self.seen_remaining = rate.remaining

    def refused(self, headers: httpx.Headers) -> float:
        """After a 429: pause every request, and return how long (see the module docstring).
        A 429 to a request sent with others before the pause shares that pause."""
        now = time.monotonic()
        self.after_refusal = True
        self.remaining = None
        if self.pause_until > now:
            return self.pause_until - now
        self.refused_in_a_row += 1
        reset = RateLimit.of(headers).reset
        if reset is None:
            reset = RateLimit.retry_after(headers)
        full = self.seen_remaining is not None and self.seen_remaining <= max(
            5.0, 0.1 * (self.limit or 0))
        if reset is not None:
            wait = max(0.0, reset) + self._rng.uniform(0.05, 0.5)
        elif full and self.reset_at is not None and self.reset_at > now:
            wait = self.reset_at - now + self._rng.uniform(0.05, 0.5)
        else:
            wait = backoff_delay(self.refused_in_a_row - 1, self._rng, base=1.0)
        self.pause_until = now + min(MAX_WAIT_S, wait)
        return self.pause_until - now
