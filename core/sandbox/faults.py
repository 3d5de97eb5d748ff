"""Faults the sandbox can switch on: the spec grammar, its parser, and the matcher.

A spec is a comma-separated list of faults, each
`KIND@PATH[?KEY=VALUE][:after=N][:times=N][:seconds=S][:bytes=N]`:

* KIND: `429` (rate limited, with `X-Rate-Limit-Reset`), `429-noreset` (without it, as
  Tripletex sometimes answers), `500`, `502`, `503`, `drop` (close the connection without an
  answer), `malformed` (200 with a body that is not JSON), `truncated` (the answer's headers and
  half of its body, then the connection closes), `slow` (wait `seconds`, default 1, then answer
  normally), `expire` (401 as for an expired session, and that session is invalidated), and
  what a hostile or broken server does: `drip` (the answer's body one byte every `seconds`,
  default 1: a slow-loris), `bomb` (200 with a gzip body that inflates to `bytes`, default
  1 GiB), `endless` (a listing whose every page is full, of new ids), `redirect` (301 to the
  same path and query on https). And the two change signals Tripletex does not keep reliably
  (API-NOTES.md §5 and "Real behaviour"): `missed-change` (a change is not signalled: a
  `/customer` listing with `changedSince` leaves out what changed, as edits of sub-objects do
  (tripletex-api2 #107); a `/project` listing asked with the versionDigest it last gave answers
  304 although the listing changed, as changes of indirectly related objects do (the checksum
  README)), `spurious-digest` (a listing's versionDigest changes with no data change, for good:
  the checksum README's "false negatives"). Each counts only the requests it can show on.
* PATH: matched against the end of the request path, so `/customer` matches `GET /v2/customer`
  but not `/v2/customer/5` (use `/customer/5` for that); `*` matches every path. It may end
  with `?KEY=VALUE[&KEY=VALUE]`: then only requests with those query values match (e.g.
  `/customer?isInactive=false`, when the active and inactive listings are asked at once).
* `after=N` lets the first N matching requests through; `times=N` applies the fault N times
  (default 1) and then stops; `times=0` applies it forever; `bytes=N` is a bomb's size.

Every fault counts every request that matches its path; when several faults match, the first
one (in spec order) that is due is applied.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

KINDS = ("429", "429-noreset", "500", "502", "503", "drop", "malformed", "truncated", "slow",
         "expire", "drip", "bomb", "endless", "redirect", "missed-change", "spurious-digest")
GRAMMAR = ("KIND@PATH[?KEY=VALUE][:after=N][:times=N][:seconds=S][:bytes=N], comma-separated; "
           "KIND one of " + ", ".join(KINDS))
BOMB_BYTES = 1 << 30


class FaultSpecError(ValueError):
    """A faults spec that cannot be parsed; the message says what and how to write it."""


@dataclass
class Fault:
    """One fault and its counters."""

    kind: str
    path: str
    after: int = 0
    times: int = 1
    seconds: float = 1.0
    bytes: int = BOMB_BYTES
    seen: int = 0
    fired: int = 0
    where: dict[str, str] = field(default_factory=dict)  # query values a request must have

    def matches(self, path: str, query: dict[str, str] | None = None) -> bool:
        if self.where and any((query or {}).get(k) != v for k, v in self.where.items()):
            return False
        return self.path == "*" or path.endswith(self.path)

    def due(self) -> bool:
        return self.seen > self.after and (self.times == 0 or self.fired < self.times)

    def describe(self) -> str:
        extra = f":seconds={self.seconds:g}" if self.kind in ("slow", "drip") else ""
        extra += f":bytes={self.bytes}" if self.kind == "bomb" else ""
        where = "?" + "&".join(f"{k}={v}" for k, v in self.where.items()) if self.where else ""
        return f"{self.kind}@{self.path}{where}:after={self.after}:times={self.times}{extra}"


def _number(text: str, key: str, item: str, cast: type) -> float:
    try:
        value = cast(text)
    except ValueError:
        raise FaultSpecError(f"fault {item!r}: {key}={text!r} is not a number") from None
    if value < 0:
        raise FaultSpecError(f"fault {item!r}: {key} must not be negative")
    return value


def parse_faults(spec: str | None) -> list[Fault]:
    """The faults of `spec` (empty for None or ""); raises FaultSpecError saying what is wrong."""
    out: list[Fault] = []
    for raw in (spec or "").split(","):
        item = raw.strip()
        if not item:
            continue
        head, *opts = item.split(":")
        # a path may itself hold ':' (e.g. /token/session/:create): re-join non-option parts
        while opts and "=" not in opts[0] and opts[0].strip() not in ("after", "times", "seconds",
                                                                      "bytes"):
            head += ":" + opts.pop(0)
        kind, at, path = head.partition("@")
        kind, path = kind.strip().lower(), path.strip()
        if not at or not path:
            raise FaultSpecError(f"fault {item!r} has no @PATH; write {GRAMMAR}")
        if kind not in KINDS:
            raise FaultSpecError(f"fault {item!r}: unknown kind {kind!r}; write {GRAMMAR}")
        if path != "*" and not path.startswith("/"):
            raise FaultSpecError(f"fault {item!r}: the path must start with / (or be *)")
        path, asks, query = path.partition("?")
        where = dict(parse_qsl(query, keep_blank_values=True))
        if asks and not where:
            raise FaultSpecError(f"fault {item!r}: after ? write KEY=VALUE[&KEY=VALUE]")
        fault = Fault(kind, path, where=where)
        for opt in opts:
            key, eq, value = opt.partition("=")
            key = key.strip()
            if not eq:
                raise FaultSpecError(f"fault {item!r}: option {opt!r} is not KEY=VALUE")
            if key == "after":
                fault.after = int(_number(value, key, item, int))
            elif key == "times":
                fault.times = int(_number(value, key, item, int))
            elif key == "seconds":
                fault.seconds = float(_number(value, key, item, float))
            elif key == "bytes":
                fault.bytes = int(_number(value, key, item, int))
            else:
                raise FaultSpecError(
                    f"fault {item!r}: unknown option {key!r} (after, times, seconds, bytes)"
                )
        out.append(fault)
    return out


class FaultSet:
    """The active faults; `pick(path)` counts a request and returns the fault to apply, if any."""

    def __init__(self, spec: str | None = None) -> None:
        self._lock = threading.Lock()
        self._faults = parse_faults(spec)

    def set(self, spec: str | None) -> list[str]:
        """Replace the faults (all or nothing: a bad spec leaves the current ones)."""
        faults = parse_faults(spec)
        with self._lock:
            self._faults = faults
        return self.describe()

    def clear(self) -> None:
        with self._lock:
            self._faults = []

    def describe(self) -> list[str]:
        with self._lock:
            return [f.describe() for f in self._faults]

    def pick(self, path: str, query: dict[str, str] | None = None,
             applies: Callable[[Fault], bool] | None = None) -> Fault | None:
        """Count a request against each fault it matches (and, with `applies`, that can show
        on it) and return the first that is due."""
        chosen: Fault | None = None
        with self._lock:
            for fault in self._faults:
                if not fault.matches(path, query) or (applies is not None and not applies(fault)):
                    continue
                fault.seen += 1
                if chosen is None and fault.due():
                    fault.fired += 1
                    chosen = fault
        return chosen
