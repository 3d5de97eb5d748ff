"""The sync status file: the cursor of the last run that wrote the store, and the last run.

It lets a sync that finds nothing changed in Tripletex (customers by `changedSince`, projects
answered 304) finish without reading or rewriting the whole store: with tens of thousands of
records that read and write are most of an idle run's time.

The file is a cache, never the truth. It is written after the store, and it names the store file
it describes (size, mtime, inode): when the store has changed since (a review decision, an import,
a restored backup, a crash between the two writes) it is ignored and the run reads the store as
usual. A stale or lost status file can only cost a slower run, never a wrong one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.config import write_private_json
from core.killpoints import kill_point
from core.paths import ProfilePaths
from core.store.state import SyncCursor

VERSION = 1


def _status_file(paths: ProfilePaths) -> Path:
    return paths.state_dir / "sync-status.json"


def store_signature(paths: ProfilePaths) -> list[int] | None:
    """(size, mtime_ns, inode) of the store file and of its journal (core.store.journal), or None
    when there is no store file: any write changes one of them."""
    try:
        st = os.stat(paths.store_file)
    except OSError:
        return None
    sig = [st.st_size, st.st_mtime_ns, st.st_ino]
    try:
        jt = os.stat(paths.journal_file)
        return [*sig, jt.st_size, jt.st_mtime_ns, jt.st_ino]
    except OSError:
        return sig


@dataclass
class SyncStatus:
    """What the last writing run left (`cursor`, the counts an idle run reports) and the last
    run of any kind (`last_run`: run_id, started_at, finished_at, ok, summary)."""

    cursor: SyncCursor
    linked_customers: int = 0
    linked_projects: int = 0
    review_pending: int = 0
    skipped_depth: int = 0
    last_run: dict[str, Any] = field(default_factory=dict)


def load_status(paths: ProfilePaths, *, for_store: bool = True) -> SyncStatus | None:
    """The status, or None when absent, unreadable, or (with `for_store`) about another store."""
    try:
        raw = json.loads(_status_file(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        return None
    if for_store and raw.get("store") != store_signature(paths):
        return None
    cursor = raw.get("cursor")
    if not isinstance(cursor, dict):
        return None
    counts = {k: raw.get(k) for k in ("linked_customers", "linked_projects", "review_pending",
                                       "skipped_depth")}
    if not all(isinstance(v, int) for v in counts.values()):
        return None
    last = raw.get("last_run") if isinstance(raw.get("last_run"), dict) else {}
    return SyncStatus(cursor=SyncCursor(cursor), last_run=last, **counts)  # type: ignore[arg-type]


def save_status(paths: ProfilePaths, status: SyncStatus) -> None:
    """Write the status for the store file as it is now (mode 0600, atomic)."""
    data = {
        "version": VERSION,
        "store": store_signature(paths),
        "cursor": dict(status.cursor),
        "linked_customers": status.linked_customers,
        "linked_projects": status.linked_projects,
        "review_pending": status.review_pending,
        "skipped_depth": status.skipped_depth,
        "last_run": status.last_run,
    }
    kill_point("write")
    write_private_json(_status_file(paths), data)


def last_run(paths: ProfilePaths) -> dict[str, Any]:
    """The last run of any kind (idle runs included), for "last synced at" displays."""
    status = load_status(paths, for_store=False)
    return status.last_run if status else {}
