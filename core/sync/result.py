"""What a sync run did (or would do, in a dry run): counts by kind and action, the links it made,
and one outcome per record that changed (the history keeps them; `sync --json` shows them).
Each is the dict that `sync --json` and the store keep, with typed access for the code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_ITEMS = 5000  # per-item outcomes kept for a run (the history shows them)


def _counts(*extra: str) -> dict[str, int]:
    out = {k: 0 for k in ("created", "linked", "updated", "archived", "unchanged")}
    out.update({k: 0 for k in extra})
    return out


class Link(dict[str, Any]):
    """A link a run made (or would make): an entry of `sync --json`'s `links`."""

    @classmethod
    def of(cls, kind: str, tripletex_id: int, local_key: str, method: str) -> Link:
        return cls(kind=kind, tripletex_id=tripletex_id, local_key=local_key, method=method)

    @property
    def kind(self) -> str:
        return self["kind"]

    @property
    def local_key(self) -> str:
        return self["local_key"]

    @property
    def method(self) -> str:
        return self["method"]


class Outcome(dict[str, Any]):
    """What became of one record in a run (the history keeps these): `action` is created,
    linked, updated, archived, kept or review, with its details (fields, method, reason, item)
    and the record's `name` and `number` (and, for a link, the `local_name` it had before), so
    that History and the Sync log name it (core.views.outcomes; older runs kept only ids)."""

    @property
    def kind(self) -> str:
        return self["kind"]

    @property
    def action(self) -> str:
        return self["action"]

    @property
    def tripletex_id(self) -> int | None:
        return self.get("tripletex_id")

    @property
    def local_key(self) -> str | None:
        return self.get("local_key")


@dataclass
class PlanResult:
    """What a run did (or would do, in a dry run)."""

    customers: dict[str, int] = field(default_factory=_counts)
    projects: dict[str, int] = field(default_factory=lambda: _counts("skipped_depth"))
    links: list[Link] = field(default_factory=list)
    items: list[Outcome] = field(default_factory=list)  # per-item outcomes that changed
    new_reviews: list[str] = field(default_factory=list)
    noted: int = 0  # per-item outcomes, also those beyond MAX_ITEMS

    def note(self, kind: str, action: str, tx_id: int | None, key: str | None, **detail: Any) -> None:
        self.noted += 1
        if len(self.items) < MAX_ITEMS:  # the history keeps this many per run
            self.items.append(Outcome(kind=kind, action=action, tripletex_id=tx_id,
                                      local_key=key, **detail))
