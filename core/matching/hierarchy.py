"""The Tripletex project hierarchy as the planner sees it in the snapshot (`main_project_id`):
each project's level, the path shown for one not synced, and the projects below others.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import is_not
from typing import Any

from core.text import clean_text


class Paths:
    """`get(tx_id, default)`: "Main > Sub > Deep" for a project below level 1, made when asked
    for (only skipped projects show one)."""

    def __init__(self, snap: dict[int, dict[str, Any]], levels: dict[int, int]) -> None:
        self.snap, self.levels = snap, levels
        self.cleaned: dict[int, str] = {}

    def get(self, tx_id: int, default: str = "") -> str:
        if self.levels.get(tx_id, 0) <= 1:
            return default
        snap, names, cur = self.snap, [], tx_id
        seen: set[int] = set()
        while cur is not None and cur in snap and cur not in seen:
            seen.add(cur)
            if cur not in self.cleaned:
                self.cleaned[cur] = clean_text(snap[cur]["name"])
            names.append(self.cleaned[cur])
            cur = snap[cur].get("main_project_id")
        return " > ".join(reversed(names))


def levels_of(snap: dict[int, dict[str, Any]], ids: list[int]) -> tuple[dict[int, int], Paths]:
    """Hierarchy level of `ids` (and of their parents) in the snapshot, and the paths of
    those below level 1 (made when asked for); a project whose level is unknown (a loop, a
    parent not seen) has none."""
    levels: dict[int, int] = {}
    for start in ids:
        chain: list[int] = []
        cur: int | None = start
        level: int | None = None
        while cur is not None:
            if cur in levels:
                level = levels[cur]
                break
            if cur in chain or cur not in snap:
                break  # a loop or a parent we cannot see: level unknown
            chain.append(cur)
            parent = snap[cur].get("main_project_id")
            if parent is None:
                level = 0
                break
            cur = parent
        if level is None:
            continue
        for node in reversed(chain):
            level += 1
            levels[node] = level
    return levels, Paths(snap, levels)


def children_index(snap: dict[int, dict[str, Any]]) -> dict[int, set[int]]:
    """The sub-projects in the snapshot by the id of their main project."""
    children: dict[int, set[int]] = {}
    parents = list(map(dict.get, snap.values(), repeat("main_project_id")))  # (at C speed)
    has = list(map(is_not, parents, repeat(None)))  # (only sub-projects are looked at one by one)
    for tx_id, parent in zip(compress(snap, has), compress(parents, has), strict=True):
        children.setdefault(parent, set()).add(tx_id)
    return children


def unlink_child(children: dict[int, set[int]], tx_id: int, parent: int | None) -> None:
    """Take `tx_id` from under `parent` in a `children_index` (its parent changed or it went)."""
    if parent is not None and (under := children.get(parent)) is not None:
        under.discard(tx_id)
        if not under:
            del children[parent]


def with_descendants(children: dict[int, set[int]], ids: set[int]) -> set[int]:
    """`ids` and every project below them (`children`: a `children_index`)."""
    out, stack = set(ids), list(ids)
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in out:
                out.add(child)
                stack.append(child)
    return out
