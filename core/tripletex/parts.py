"""The parts a project listing is split into under Tripletex's 10,000-result cap: `isClosed`,
then `startDate` ranges (see `core.tripletex.listing`). A part has a key naming its filter, the
key its versionDigest is stored under; `stored_parts` turns stored keys back into parts.

Splitting by halves finds parts that fit without knowing the projects. Once a listing has shown
them, `balanced` gives the fewest start-date ranges that hold them (every part is one request
in each later sync), with the newest part, where projects are added, holding the fewest.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import parse_qsl

from core.i18n import N_, _, language

_EARLIEST = date(1800, 1, 1)
_LATEST = date(3000, 1, 1)
_DECADE = timedelta(days=3653)
log = logging.getLogger("rabbitsync.tripletex")
STALE = "?"  # the digest of a part made by `balanced`: none yet, so its first check lists it
FILL = 0.99  # how full of the cap `balanced` makes the parts before the newest
_CAP_TEXT = re.compile(r"Limit of ([0-9][0-9.,\s]*) reached")
_KINDS = {None: N_("projects"), False: N_("open projects"), True: N_("closed projects")}
_BETWEEN = N_("{kind} starting from {start} to before {end}")
_FROM = N_("{kind} starting on or after {start}")
_BEFORE = N_("{kind} starting before {end}")
_DESCRIBED = (
    (re.compile(r"(?P<kind>.+?) starting from (?P<start>\S+) to before (?P<end>\S+)"), _BETWEEN),
    (re.compile(r"(?P<kind>.+?) starting on or after (?P<start>\S+)"), _FROM),
    (re.compile(r"(?P<kind>.+?) starting before (?P<end>\S+)"), _BEFORE),
)


def tell_part(described: str) -> str:
    """A part as `Part.describe` writes it (English, as the log keeps it), in the reader's
    language ("open projects starting before 2024-01-01" / "åpne prosjekter med startdato før
    2024-01-01"); the text itself when it is not one."""
    if language() == "en":
        return described
    for rx, template in _DESCRIBED:
        m = rx.fullmatch(described)
        if m:
            fields = m.groupdict()
            fields["kind"] = _(fields["kind"])
            return _(template).format(**fields)
    return _(described)


@dataclass(frozen=True)
class Part:
    """One filtered project query: all, open or closed, and a start-date range."""

    closed: bool | None = None
    start_from: date | None = None  # inclusive
    start_to: date | None = None  # exclusive

    @property
    def dated(self) -> bool:
        return self.start_from is not None or self.start_to is not None

    def params(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.closed is not None:
            out["isClosed"] = "true" if self.closed else "false"
        if self.start_from is not None:
            out["startDateFrom"] = self.start_from.isoformat()
        if self.start_to is not None:
            out["startDateTo"] = self.start_to.isoformat()
        return out

    def key(self) -> str:
        return "&".join(f"{k}={v}" for k, v in self.params().items())

    def describe(self) -> str:
        """The part in English (logs, the listing's warnings); `told` in the reader's language."""
        kind = _KINDS[self.closed]
        if self.start_from and self.start_to:
            return _BETWEEN.format(kind=kind, start=self.start_from, end=self.start_to)
        if self.start_from:
            return _FROM.format(kind=kind, start=self.start_from)
        if self.start_to:
            return _BEFORE.format(kind=kind, end=self.start_to)
        return kind

    def told(self) -> str:
        """The part in the reader's language (an error's cause)."""
        return tell_part(self.describe())

    @classmethod
    def parse(cls, key: str) -> Part | None:
        """The part a stored key names, or None when it is not one of ours."""
        try:
            q = dict(parse_qsl(key, strict_parsing=bool(key)))
        except ValueError:
            return None
        if not set(q) <= {"isClosed", "startDateFrom", "startDateTo"}:
            return None
        if q.get("isClosed", "true") not in ("true", "false"):
            return None
        try:
            part = cls(
                {"true": True, "false": False}.get(q.get("isClosed", "")),
                date.fromisoformat(q["startDateFrom"]) if "startDateFrom" in q else None,
                date.fromisoformat(q["startDateTo"]) if "startDateTo" in q else None,
            )
        except ValueError:
            return None
        return part if part.key() == key else None

    def contains(self, is_closed: bool, start_date: str | None) -> bool:
        """Whether a project with these values is one of this part's (as Tripletex filters)."""
        if self.closed is not None and is_closed != self.closed:
            return False
        if not self.dated:
            return True
        if not start_date:
            return False
        day = start_date[:10]
        return (self.start_from is None or day >= self.start_from.isoformat()) and (
            self.start_to is None or day < self.start_to.isoformat()
        )

    def split(self, today: date) -> list[Part] | None:
        """Two parts that together hold exactly this part's projects, or None if it cannot."""
        if self.closed is None and not self.dated:
            return [Part(False), Part(True)]
        lo, hi = self.start_from, self.start_to
        if (lo is None and hi is not None and hi <= _EARLIEST) or (
            hi is None and lo is not None and lo >= _LATEST
        ):
            return None
        lo_eff = lo or min(date(2000, 1, 1), (hi or today) - _DECADE)
        hi_eff = hi or max(date(today.year + 2, 1, 1), lo_eff + _DECADE)
        days = (hi_eff - lo_eff).days
        if days < 2:
            return None
        mid = lo_eff + timedelta(days=days // 2)
        if days > 62:  # month boundaries make readable part keys
            first = mid.replace(day=1)
            if lo_eff < first < hi_eff:
                mid = first
        return [Part(self.closed, lo, mid), Part(self.closed, mid, hi)]


def named_cap(*texts: str | None) -> int | None:
    """The result cap a 422 / 23000 names ("Result set too large. Limit of 10.000 reached.")."""
    for text in texts:
        m = _CAP_TEXT.search(text or "")
        digits = re.sub(r"\D", "", m.group(1)) if m else ""
        if digits and int(digits) > 0:
            return int(digits)
    return None


def balanced(start_dates: Iterable[str | None], cap: int) -> list[Part] | None:
    """The fewest start-date ranges (open and closed projects together) that hold projects with
    these start dates, at most FILL of `cap` each and a day never split: the older parts filled
    first, so the newest, where projects are added, keeps the most room. None when there is no
    dated project, or a single day holds more than that."""
    days = Counter(d[:10] for d in start_dates if isinstance(d, str) and len(d) >= 10)
    fill = int(cap * FILL)
    if not days or fill < 1:
        return None
    cuts: list[date] = []
    held = 0
    for day in sorted(days):
        n = days[day]
        if n > fill:
            return None
        if held + n > fill:
            try:
                cuts.append(date.fromisoformat(day))
            except ValueError:
                return None
            held = 0
        held += n
    bounds: list[date | None] = [None, *cuts, None]
    return [Part(None, lo, hi) for lo, hi in zip(bounds, bounds[1:], strict=False)]


def rebalanced(digests: dict[str, str], start_dates: Iterable[str | None], cap: int) -> dict[str, str]:
    """The parts the next syncs check, by key: those a complete listing used (`digests`), or
    fewer made by `balanced` from the listed projects' start dates when halving needed more.
    Their digests are STALE: taken now, they could be newer than the records listed, so the
    first check lists them."""
    used = [Part.parse(k) for k in digests]
    if len(used) < 2 or not all(p is not None and p.dated for p in used):
        return digests  # one query, or open/closed only: those also hold undated projects
    fewer = balanced(start_dates, cap)
    if fewer is None or len(fewer) >= len(used):
        return digests
    log.info("projects: %d parts after halving; the next check uses %d balanced ones (%s)",
             len(used), len(fewer), ", ".join(p.key() for p in fewer))
    return {p.key(): STALE for p in fewer}


def stored_parts(digests: dict[str, str] | None) -> list[Part] | None:
    """The parts the stored digests name, when they are ours and together cover every project
    (else None: the listing starts again from one query and splits it anew)."""
    if not digests:
        return None
    parts = [Part.parse(k) for k in digests]
    if any(p is None for p in parts):
        return None
    found = [p for p in parts if p is not None]
    return found if _covers(found) else None


def _covers(parts: list[Part]) -> bool:
    """Whether `parts` tile every project: one undivided query; or start-date ranges from the
    beginning of time to its end; or for open and for closed projects each such a run."""
    if parts == [Part()]:
        return True
    if all(p.closed is None for p in parts):
        return _tiles(parts)
    return all(_tiles([p for p in parts if p.closed is closed]) for closed in (False, True)) and all(
        p.closed is not None for p in parts
    )


def _tiles(parts: list[Part]) -> bool:
    """Whether `parts` are start-date ranges that follow each other from the beginning of time
    to its end."""
    ranges = sorted(parts, key=lambda p: p.start_from or date.min)
    if not ranges:
        return False
    if ranges[0].start_from is not None or ranges[-1].start_to is not None:
        return False
    return all(a.start_to is not None and a.start_to == b.start_from
               for a, b in zip(ranges, ranges[1:], strict=False))
