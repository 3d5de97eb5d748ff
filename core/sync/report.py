"""What a sync run reports: the `sync --json` object (SyncReport), the registry's figures, the
summary kept in the history, and the status file an idle run answers from (core.store.status).
"""

from __future__ import annotations

import logging
import operator
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from core.errors import LockedError, RabbitError
from core.i18n import _
from core.paths import ProfilePaths
from core.progress import Progress, ProgressCallback, SyncCancelled
from core.store.state import RunRecord, StoreState, SyncCursor, kept_index
from core.store.status import SyncStatus, save_status
from core.store.store import Store

log = logging.getLogger("rabbitsync.engine")

MAX_RUNS_KEPT = 200  # in the history


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(repr=False)
class SyncReport:
    """The outcome of one run; `to_json` is the `sync --json` object of DESIGN.md."""

    dry_run: bool
    first_sync: bool
    full: bool
    customers: dict[str, int]
    projects: dict[str, int]
    review_pending: int
    links: list[dict[str, Any]]
    requests: int
    duration_s: float
    run_id: str
    new_reviews: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the registry's figures after the run (None when nothing changed): customers, projects,
    # linked, local_only; so a screen need not read the whole store again to show them
    registry: dict[str, int] | None = None

    def __repr__(self) -> str:  # short: asyncio shows a task's result in its repr, and the
        # dataclass repr of a first sync's report (every link) took 50 ms to build
        return (f"SyncReport(run_id={self.run_id!r}, first_sync={self.first_sync}, "
                f"links={len(self.links)}, requests={self.requests})")

    def to_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "first_sync": self.first_sync,
            "full": self.full,
            "customers": self.customers,
            "projects": self.projects,
            "review_pending": self.review_pending,
            "links": self.links,
            "requests": self.requests,
            "duration_s": round(self.duration_s, 3),
            "run_id": self.run_id,
            "new_reviews": self.new_reviews,
            "skipped_projects": self.skipped,
            "changes": self.changes,
            "warnings": self.warnings,
            "registry": self.registry,
        }


def registry_figures(state: StoreState) -> dict[str, int]:
    """How many customers and projects the registry holds, linked and made only locally (kept
    with the state and kept up to date by the planner: see `Indexes`)."""
    kept = state.indexes.figures = kept_index(
        state.indexes.figures, lambda: _count_registry(state), "registry figures"
    )
    return dict(kept)


def _count_registry(state: StoreState) -> dict[str, int]:
    tx_id, local_only = operator.attrgetter("tripletex_id"), operator.attrgetter("local_only")
    # (map at C speed: 40,000 records)
    linked_c = len(state.customers) - list(map(tx_id, state.customers.values())).count(None)
    linked_p = len(state.projects) - list(map(tx_id, state.projects.values())).count(None)
    return {
        "customers": len(state.customers),
        "projects": len(state.projects),
        "linked": linked_c + linked_p,
        "linked_customers": linked_c,
        "linked_projects": linked_p,
        "local_only": list(map(local_only, state.customers.values())).count(True)
        + list(map(local_only, state.projects.values())).count(True),
    }


def summary_of(report: SyncReport) -> dict[str, Any]:
    """The `sync --json` object without the long lists, as kept in the history (a first sync's
    links alone would be megabytes; the run's items keep the links it made)."""
    summary = report.to_json()
    for key in ("changes", "new_reviews", "skipped_projects", "links"):
        summary.pop(key, None)
    summary["links_made"] = len(report.links)
    return summary


def save_status_after(
    paths: ProfilePaths,
    state: StoreState,
    figures: dict[str, int],
    summary: dict[str, Any],
    run_id: str,
    started: datetime,
    finished: datetime,
) -> None:
    """The status file for the store just written (a cache: failing to write it costs speed)."""
    status = SyncStatus(
        cursor=SyncCursor(state.cursor),
        linked_customers=figures["linked_customers"],
        linked_projects=figures["linked_projects"],
        review_pending=len(state.pending_reviews()),
        skipped_depth=summary["projects"].get("skipped_depth", 0),
        last_run=last_run_entry(run_id, started, finished, summary),
    )
    try:
        save_status(paths, status)
    except OSError as exc:
        log.warning("could not write the sync status file: %s", exc)


def last_run_entry(run_id: str, started: datetime, finished: datetime,
                   summary: dict[str, Any]) -> dict[str, Any]:
    """The status file's last run: `started` and `finished` by the run's own clock, as the
    history's record of the same run has them."""
    return {"run_id": run_id, "started_at": _iso(started), "finished_at": _iso(finished),
            "ok": True, "summary": summary}


def idle_report(
    paths: ProfilePaths,
    status: SyncStatus,
    dry_run: bool,
    started: datetime,
    finished: datetime,
    t0: float,
    run_id: str,
    requests: int,
    progress: ProgressCallback,
) -> SyncReport:
    """Tripletex had nothing new: report it without reading or writing the store."""
    counts = {"created": 0, "linked": 0, "updated": 0, "archived": 0}
    report = SyncReport(
        dry_run=dry_run,
        first_sync=False,
        full=False,
        customers={**counts, "unchanged": status.linked_customers},
        projects={**counts, "unchanged": status.linked_projects,
                  "skipped_depth": status.skipped_depth},
        review_pending=status.review_pending,
        links=[],
        requests=requests,
        duration_s=time.perf_counter() - t0,
        run_id=run_id,
    )
    if not dry_run:
        status.last_run = last_run_entry(run_id, started, finished, summary_of(report))
        try:
            save_status(paths, status)
        except OSError as exc:
            log.warning("could not write the sync status file: %s", exc)
    progress(Progress("done", 1, 1, _("nothing changed in Tripletex")))
    return report


def keep_recent(runs: list[RunRecord]) -> None:
    """The history keeps the last MAX_RUNS_KEPT runs."""
    del runs[:-MAX_RUNS_KEPT]


def record_failure(
    store: Store, run_id: str, started: datetime, first_sync: bool, full: bool, exc: Exception
) -> None:
    """Add a failed run to the history; the registry itself stays as it was. A cancel is the
    user's choice, not a failure, and a locked store is another run's: neither is recorded."""
    if isinstance(exc, (LockedError, SyncCancelled)):
        return
    text = exc.one_line() if isinstance(exc, RabbitError) else type(exc).__name__
    try:
        with store.transaction() as st:
            st.runs.append(
                RunRecord(
                    run_id=run_id,
                    started_at=_iso(started),
                    finished_at=_iso(datetime.now(UTC)),
                    ok=False,
                    dry_run=False,
                    first_sync=first_sync,
                    full=full,
                    error=text,
                )
            )
            keep_recent(st.runs)
    except RabbitError as inner:  # the store itself is the problem: the caller reports exc
        log.warning("could not record the failed run: %s", inner.one_line())
