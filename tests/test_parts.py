"""How a project listing is split under Tripletex's result cap: the parts a listing's projects
are balanced into, the cap a 422 names, and which stored parts still cover every project."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from core.tripletex.parts import FILL, Part, balanced, named_cap, stored_parts


def spread(n: int, seed: int = 1, first: date = date(2005, 1, 1), days: int = 7000) -> list[str]:
    rng = random.Random(seed)
    return [(first + timedelta(days=rng.randrange(days))).isoformat() for _ in range(n)]


def members(parts: list[Part], dates: list[str]) -> list[int]:
    return [sum(1 for d in dates if p.contains(False, d)) for p in parts]


def test_balanced_parts_hold_every_dated_project_once_under_the_cap_with_the_room_at_the_end():
    dates = spread(29_516)
    parts = balanced([*dates, None, ""], 10_000)
    assert parts is not None and len(parts) == 3  # halving needed 5 for these
    assert stored_parts({p.key(): "?" for p in parts}) == parts  # they tile all time
    sizes = members(parts, dates)
    assert sum(sizes) == len(dates)
    assert all(n <= 10_000 * FILL for n in sizes)
    assert sizes[-1] == min(sizes)  # the newest part, where projects are added, has the most room
    for day in Counter(dates):  # every day in exactly one part
        assert sum(p.contains(False, day) for p in parts) == 1


def test_balanced_needs_one_more_part_only_when_the_projects_do_not_fit():
    assert len(balanced(spread(9_900), 10_000)) == 1
    assert len(balanced(spread(9_901), 10_000)) == 2
    assert len(balanced(spread(1_500), 400)) == 4


def test_balanced_gives_up_on_a_day_over_the_cap_or_no_dates():
    assert balanced(["2024-01-01"] * 500, 400) is None
    assert balanced([None, "", "bad"], 400) is None


def test_the_cap_is_read_from_tripletex_s_422_message():
    assert named_cap("Result set too large. Limit of 10.000 reached.") == 10_000
    assert named_cap(None, "Result set too large. Limit of 10,000 reached. Narrow it") == 10_000
    assert named_cap("Result set too large. Limit of 400 reached.") == 400
    assert named_cap("Result set too large.", None) is None


def test_stored_parts_must_tile_every_project_or_the_listing_starts_again():
    a, b = date(2015, 1, 1), date(2020, 1, 1)
    ok = [Part(None, None, a), Part(None, a, b), Part(None, b, None)]
    assert stored_parts({p.key(): "d" for p in ok}) == ok
    gap = [Part(None, None, a), Part(None, b, None)]
    assert stored_parts({p.key(): "d" for p in gap}) is None
    mixed = [Part(False), Part(None, None, a), Part(None, a, None)]
    assert stored_parts({p.key(): "d" for p in mixed}) is None
    split = [Part(False), Part(True, None, a), Part(True, a, None)]
    assert stored_parts({p.key(): "d" for p in split}) == split
    assert stored_parts({Part().key(): "d"}) == [Part()]
