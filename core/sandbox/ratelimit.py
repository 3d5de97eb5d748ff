"""The sandbox's rate limit, reported on every answer in `X-Rate-Limit-Limit`, `-Remaining` and
`-Reset` (seconds), and enforced with 429.

Strict (the default), as real Tripletex: about 100 requests per *rolling* 10 s per token pair
(API-NOTES.md §4 and "Real behaviour": lacostej/pytripletex measured "~100 requests per rolling
~10 s window", headers `x-rate-limit-limit: 100`, `remaining 99..60`, `reset 9..4`). `Remaining`
counts down with each request of the last 10 s and `Reset` is the seconds until the oldest of
them leaves the window. A 429 sometimes lacks `X-Rate-Limit-Reset` (tripletex-api2 issue #103):
`reset_on_429="sometimes"` leaves it out of every second 429, `"never"` out of each, `"always"`
never. A refused request does not use the budget.

Lenient (`rolling=False`): the sandbox's older fixed window, whose 429 always says when it ends.

The sandbox accepts one consumer token and one employee token, so one window serves the pair.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

RESET_CHOICES = ("sometimes", "always", "never")
STRICT_LIMIT, STRICT_PERIOD = 100, 10.0
LENIENT_LIMIT, LENIENT_PERIOD = 1000, 10.0


class RateLimiter:
    """Counts requests; `count()` says whether one is over the limit and gives its headers."""

    def __init__(self, limit: int, period: float, rolling: bool = True,
                 reset_on_429: str = "sometimes",
                 clock: Callable[[], float] = time.monotonic) -> None:
        if reset_on_429 not in RESET_CHOICES:
            raise ValueError(f"reset_on_429 must be one of {', '.join(RESET_CHOICES)}")
        self.limit = max(1, int(limit))
        self.period = float(period)
        self.rolling = rolling
        self.reset_on_429 = reset_on_429
        self._clock = clock
        self._lock = threading.Lock()
        self._times: deque[float] = deque()  # rolling: when each request of the window came
        self._window_start = clock()  # fixed: when the window began
        self._used = 0
        self.refused = 0  # 429s answered (for "every second one")

    def count(self) -> tuple[bool, dict[str, str]]:
        """Count one request: (over the limit?, X-Rate-Limit-* headers; a Reset of "" is left
        out of the answer)."""
        with self._lock:
            now = self._clock()
            return self._rolling(now) if self.rolling else self._fixed(now)

    def _rolling(self, now: float) -> tuple[bool, dict[str, str]]:
        times = self._times
        while times and times[0] <= now - self.period:
            times.popleft()
        over = len(times) >= self.limit
        if not over:
            times.append(now)
        reset = max(1, math.ceil(times[0] + self.period - now)) if times else 0
        headers = {"X-Rate-Limit-Limit": str(self.limit),
                   "X-Rate-Limit-Remaining": str(max(0, self.limit - len(times))),
                   "X-Rate-Limit-Reset": str(reset)}
        if over:
            self.refused += 1
            if self.reset_on_429 == "never" or (self.reset_on_429 == "sometimes"
                                                and self.refused % 2 == 0):
                headers["X-Rate-Limit-Reset"] = ""
        return over, headers

    def _fixed(self, now: float) -> tuple[bool, dict[str, str]]:
        if now - self._window_start >= self.period:
            self._window_start, self._used = now, 0
        self._used += 1
        left = self.period - (now - self._window_start)
        headers = {"X-Rate-Limit-Limit": str(self.limit),
                   "X-Rate-Limit-Remaining": str(max(0, self.limit - self._used)),
                   "X-Rate-Limit-Reset": str(max(1, math.ceil(left)))}
        over = self._used > self.limit
        if over:
            self.refused += 1
        return over, headers
