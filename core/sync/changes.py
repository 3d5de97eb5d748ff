"""What one user decision changed, kept so that undo puts the state back exactly as it was.

A review decision settles more than its own entry: deciding a customer settles its projects at
once (links, creates, new review entries, skipped projects), and a merge moves links and projects.
`ChangeLog` keeps the before-image of everything such a decision touches, at the moment it is
first touched: local records (None for one the decision made), review entries, the skipped
projects, the ignore list and how long the list of overwritten values was. `undo` puts them back.

The log is stored with the decision (`to_json`), so an undo still works after a restart.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from core.models import LocalCustomer, LocalProject, ReviewItem
from core.store.state import Skipped, StoreState, review_from_dict, review_to_dict

TABLES = ("customers", "projects")


@dataclass
class ChangeLog:
    """Before-images of what one decision changed (see the module docstring)."""

    records: dict[str, dict[str, dict[str, Any] | None]] = field(
        default_factory=lambda: {t: {} for t in TABLES})
    reviews: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    skipped: dict[int, dict[str, Any] | None] = field(default_factory=dict)
    ignored_added: list[tuple[str, int]] = field(default_factory=list)
    overwrites: int = 0  # how many overwritten values there were before
    _skipped_before: dict[int, Skipped] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def start(cls, state: StoreState) -> ChangeLog:
        return cls(overwrites=len(state.overwrites), _skipped_before=dict(state.skipped))

    # ---- recording (before the first change of each thing) ---------------------------------
    def record(self, table: str, rec: LocalCustomer | LocalProject) -> None:
        """`rec` of `table` is about to change."""
        self.records[table].setdefault(rec.key, asdict(rec))

    def made(self, table: str, key: str) -> None:
        """`key` of `table` was made by this decision."""
        self.records[table].setdefault(key, None)

    def review(self, item: ReviewItem) -> None:
        """Review entry `item` is about to change."""
        self.reviews.setdefault(item.item, review_to_dict(item))

    def made_review(self, item_id: str) -> None:
        self.reviews.setdefault(item_id, None)

    def ignored(self, key: tuple[str, int]) -> None:
        self.ignored_added.append(key)

    def finish(self, state: StoreState) -> None:
        """Note how the skipped projects changed (the planner replaces them whole)."""
        before, now = self._skipped_before, state.skipped
        for tx_id in before.keys() | now.keys():
            was = before.get(tx_id)
            if was is not now.get(tx_id) and was != now.get(tx_id):
                self.skipped.setdefault(tx_id, asdict(was) if was is not None else None)

    # ---- stored with the decision ------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "reviews": self.reviews,
            "skipped": {str(k): v for k, v in self.skipped.items()},
            "ignored_added": [list(k) for k in self.ignored_added],
            "overwrites": self.overwrites,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ChangeLog:
        return cls(
            records={t: dict(d.get("records", {}).get(t, {})) for t in TABLES},
            reviews=dict(d.get("reviews", {})),
            skipped={int(k): v for k, v in d.get("skipped", {}).items()},
            ignored_added=[(str(k), int(i)) for k, i in d.get("ignored_added", [])],
            overwrites=int(d.get("overwrites", 0)),
        )

    # ---- undo ----------------------------------------------------------------------------------
    def undo(self, state: StoreState) -> None:
        """Put everything this log saw back as it was before the decision."""
        makers = {"customers": LocalCustomer, "projects": LocalProject}
        for table in TABLES:
            recs: dict[str, Any] = getattr(state, table)
            for key, before in self.records[table].items():
                if before is None:
                    recs.pop(key, None)
                else:
                    recs[key] = makers[table](**before)
        for item_id, before in self.reviews.items():
            if before is None:
                state.reviews.pop(item_id, None)
            else:
                state.reviews[item_id] = review_from_dict(before)
        for tx_id, before in self.skipped.items():
            if before is None:
                state.skipped.pop(tx_id, None)
            else:
                state.skipped[tx_id] = Skipped(**before)
        for key in self.ignored_added:
            state.ignored.discard(key)
        del state.overwrites[self.overwrites:]
        state.drop_indexes()
