"""The sync engine: fetch from Tripletex, plan against the local state, write it once.

    Tripletex pages -> client -> engine (plan, core.planner) -> store (one atomic write)

A first sync lists everything (active and inactive customers, open and closed projects). Later
runs are incremental: customers by `changedSince` (with an overlap window; the cursor moves only
when a run succeeds), projects by `versionDigest` + `If-None-Match` (304 = nothing changed),
otherwise a light `id,version` listing diffed against the snapshot and a fetch of the changed
ones by id. A complete pass runs by itself once a day (and with `--full`) to catch deletions.

A run holds the profile's lock from start to end, so a second writer exits with code 3. Nothing
is written until the plan is complete: a failure or a cancel leaves the store as it was (only a
failed-run entry is added to the history), and a finished run moves it forward whole.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from core.config import Config
from core.errors import RabbitError
from core.models import PROJECT_FIELDS, TxCustomer, TxProject
from core.paths import ProfilePaths
from core.planner import Planner
from core.state import RunRecord, StoreState
from core.store import Store
from core.tripletex.client import TripletexClient

log = logging.getLogger("rabbitsync.engine")

OSLO = ZoneInfo("Europe/Oslo")
OVERLAP = timedelta(minutes=10)  # changedSince looks back this much further than the last run
FULL_PASS_EVERY = timedelta(hours=24)
MAX_RUNS_KEPT = 200
MAX_ITEMS_PER_RUN = 5000
MAX_GONE_CHECKS = 500  # records missing from a complete listing that are looked up one by one
PHASES = ("customers", "projects", "matching", "applying")


@dataclass(frozen=True)
class Progress:
    """One progress report: `phase` is one of PHASES (or "done"); total may be unknown."""

    phase: str
    done: int
    total: int | None = None
    message: str = ""


ProgressCallback = Callable[[Progress], None]


class SyncCancelled(RabbitError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("sync cancelled; nothing was changed", "")


class ActivationRequired(RabbitError):
    """The first sync needs the user's confirmation that Tripletex becomes master."""

    def __init__(self) -> None:
        super().__init__(
            "the first sync makes Tripletex the master of customers and projects: local edits of "
            "synced records will be overwritten, and nothing is sent back to Tripletex",
            "run `rabbitsync sync --yes` to confirm, or `rabbitsync sync --dry-run` to preview",
        )


class CancelToken:
    """Set by the UI; the engine checks it between pages and before writing."""

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise SyncCancelled()


@dataclass
class SyncOptions:
    dry_run: bool = False
    full: bool = False
    confirm: bool = False  # the user confirmed the activation (first sync)


@dataclass
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
        }


def client_for(cfg: Config) -> TripletexClient:
    """The Tripletex client for a profile's config (checks that the tokens are there)."""
    missing = cfg.missing()
    if missing:
        raise RabbitError(
            f"not configured: {', '.join(missing)} missing",
            f"run `rabbitsync config set {missing[0]} VALUE` (or set it in the app's Setup screen)",
        )
    return TripletexClient(cfg.base_url, cfg.consumer_token, cfg.employee_token, cfg.company_id)


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="seconds")


def _oslo(t: datetime) -> str:
    """Tripletex's DateTime format (Oslo wall time, no zone), as `changedSince` takes it."""
    return t.astimezone(OSLO).strftime("%Y-%m-%dT%H:%M:%S")


async def run_sync(
    paths: ProfilePaths,
    cfg: Config,
    options: SyncOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    client: TripletexClient | None = None,
) -> SyncReport:
    """One sync run; see the module docstring. Raises RabbitError subclasses on failure."""
    store = Store(paths)
    cancel = cancel or CancelToken()
    report_cb = progress or (lambda _p: None)
    if options.dry_run:
        return await _run(store, cfg, options, report_cb, cancel, client)
    with store.lock():
        return await _run(store, cfg, options, report_cb, cancel, client)


async def _run(
    store: Store,
    cfg: Config,
    options: SyncOptions,
    progress: ProgressCallback,
    cancel: CancelToken,
    client: TripletexClient | None,
) -> SyncReport:
    started = _now()
    t0 = time.perf_counter()
    run_id = started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    state = await asyncio.to_thread(store.read)
    cursor = state.cursor
    first_sync = cursor.get("synced_at") is None
    if first_sync and not options.dry_run and not options.confirm and not cursor.get("activated_at"):
        raise ActivationRequired()
    last_full = cursor.get("last_full_at")
    full = (
        options.full
        or first_sync
        or last_full is None
        or started - datetime.fromisoformat(last_full) >= FULL_PASS_EVERY
    )
    own_client = client is None
    tx_client = client or client_for(cfg)
    planner = Planner(state, run_id=None if options.dry_run else run_id, now=_iso(started))
    warnings: list[str] = []
    try:
        try:
            customers, cust_listed = await _fetch_customers(tx_client, cursor, full, progress, cancel)
            projects, proj_listed, digests = await _fetch_projects(
                tx_client, state, full, progress, cancel, warnings
            )
            if cust_listed is not None:
                customers += await _still_there(
                    tx_client, "customer", state, cust_listed, cancel, warnings
                )
                cust_listed |= {c.id for c in customers}
            if proj_listed is not None:
                projects += await _still_there(
                    tx_client, "project", state, proj_listed, cancel, warnings
                )
                proj_listed |= {p.id for p in projects}
        finally:
            requests = tx_client.requests
            if own_client:
                await tx_client.aclose()
                requests = tx_client.requests
        cancel.check()
        progress(Progress("matching", 0, None, "matching new records"))

        def plan() -> None:
            gone_c = planner.absorb_customers(customers, listed=cust_listed)
            gone_p = planner.absorb_projects(projects, listed=proj_listed)
            planner.plan_customers(gone_c)
            planner.plan_projects(gone_p)

        await asyncio.to_thread(plan)
        progress(Progress("matching", 1, 1, "matching done"))
        cancel.check()
    except BaseException as exc:
        if not options.dry_run and isinstance(exc, Exception):
            await asyncio.to_thread(_record_failure, store, run_id, started, first_sync, full, exc)
        raise
    res = planner.result
    report = SyncReport(
        dry_run=options.dry_run,
        first_sync=first_sync,
        full=full,
        customers=res.customers,
        projects=res.projects,
        review_pending=len(state.pending_reviews()),
        links=res.links,
        requests=requests,
        duration_s=0.0,
        run_id=run_id,
        new_reviews=[state.reviews[i].public() for i in res.new_reviews],
        skipped=[
            {"tripletex_id": s.tripletex_id, "name": s.name, "reason": s.reason, "path": s.path}
            for s in state.skipped.values()
        ],
        changes=res.items[:MAX_ITEMS_PER_RUN],
        warnings=warnings,
    )
    if not options.dry_run:
        progress(Progress("applying", 0, 1, "writing the registry"))
        cursor["synced_at"] = _iso(started)
        cursor.setdefault("activated_at", _iso(started))
        cursor["customers_since"] = _iso(started)
        cursor["project_digests"] = digests
        if full:
            cursor["last_full_at"] = _iso(started)
        report.duration_s = time.perf_counter() - t0
        summary = report.to_json()
        summary.pop("changes", None)
        summary.pop("new_reviews", None)
        summary.pop("skipped_projects", None)
        state.runs.append(
            RunRecord(
                run_id=run_id,
                started_at=_iso(started),
                finished_at=_iso(_now()),
                ok=True,
                dry_run=False,
                first_sync=first_sync,
                full=full,
                summary=summary,
                items=res.items[:MAX_ITEMS_PER_RUN],
            )
        )
        del state.runs[:-MAX_RUNS_KEPT]
        await asyncio.to_thread(store.write, state)
        progress(Progress("applying", 1, 1, "registry written"))
    report.duration_s = time.perf_counter() - t0
    progress(Progress("done", 1, 1, "sync finished"))
    return report


async def _fetch_customers(
    client: TripletexClient,
    cursor: dict[str, Any],
    full: bool,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[list[TxCustomer], set[int] | None]:
    """All customers (full) or those changed since the last run, active and inactive."""
    since = None
    if not full and cursor.get("customers_since"):
        since = _oslo(datetime.fromisoformat(cursor["customers_since"]) - OVERLAP)
    out: list[TxCustomer] = []
    progress(Progress("customers", 0, None, "listing customers"))
    for inactive in (False, True):
        async for page in client.iter_customer_pages(is_inactive=inactive, changed_since=since):
            cancel.check()
            for raw in page:
                c = TxCustomer.from_api(raw)
                if c is not None:
                    out.append(c)
            progress(Progress("customers", len(out), None, "listing customers"))
    progress(Progress("customers", len(out), len(out), "customers listed"))
    listed = {c.id for c in out} if full else None
    return out, listed


async def _fetch_projects(
    client: TripletexClient,
    state: StoreState,
    full: bool,
    progress: ProgressCallback,
    cancel: CancelToken,
    warnings: list[str],
) -> tuple[list[TxProject], set[int] | None, dict[str, str]]:
    """(changed projects, every listed id or None, new digests)."""
    old_digests: dict[str, str] = state.cursor.get("project_digests") or {}
    progress(Progress("projects", 0, None, "listing projects"))

    def on_page(n: int) -> None:
        cancel.check()
        progress(Progress("projects", n, None, "listing projects"))

    if full or not old_digests:
        listing = await client.list_projects(digests=None, fields=PROJECT_FIELDS, on_page=on_page)
        warnings.extend(listing.warnings)
        cancel.check()
        projects = [p for p in map(TxProject.from_api, listing.records) if p is not None]
        progress(Progress("projects", len(projects), len(projects), "projects listed"))
        return projects, {p.id for p in projects}, listing.digests
    listing = await client.list_projects(digests=old_digests, fields="id,version")
    warnings.extend(listing.warnings)
    cancel.check()
    if listing.not_modified:
        progress(Progress("projects", 0, 0, "projects unchanged (304)"))
        return [], None, old_digests
    versions = {r["id"]: r.get("version") for r in listing.records if isinstance(r.get("id"), int)}
    snap = state.tx_projects
    changed = sorted(i for i, v in versions.items() if snap.get(i, {}).get("version") != v)
    projects: list[TxProject] = []
    if changed:
        fetched = await client.list_projects(ids=changed, fields=PROJECT_FIELDS, on_page=on_page)
        projects = [p for p in map(TxProject.from_api, fetched.records) if p is not None]
    cancel.check()
    progress(Progress("projects", len(projects), len(projects), f"{len(projects)} projects changed"))
    return projects, set(versions), listing.digests


async def _still_there(
    client: TripletexClient,
    kind: str,
    state: StoreState,
    listed: set[int],
    cancel: CancelToken,
    warnings: list[str],
) -> list[Any]:
    """Records of the last snapshot that a complete listing did not show, fetched one by one.

    A record deleted in Tripletex while a listing pages shifts the later pages, so a record can
    be missed without being gone. Before anything is archived as gone, ask for it by id; the ones
    that still exist are returned (and the rest are really gone). Beyond MAX_GONE_CHECKS the
    listing is not trusted at all: the missing records are kept as they are this run.
    """
    snap = state.tx_customers if kind == "customer" else state.tx_projects
    missing = sorted(i for i in snap if i not in listed)
    if not missing:
        return []
    if len(missing) > MAX_GONE_CHECKS:
        warnings.append(
            f"{len(missing)} {kind}s seen before are missing from Tripletex's complete listing; "
            "so many at once looks like a different company or a partial answer, so none was "
            "archived: check the company id (`rabbitsync config show`)"
        )
        log.warning("%s", warnings[-1])
        keep = TxCustomer if kind == "customer" else TxProject
        return [keep(**snap[i]) for i in missing]
    found: list[Any] = []
    for tx_id in missing:
        cancel.check()
        if kind == "customer":
            raw = await client.get_customer(tx_id)
            rec: Any = TxCustomer.from_api(raw) if raw else None
        else:
            raw = await client.get_project(tx_id, fields=PROJECT_FIELDS)
            rec = TxProject.from_api(raw) if raw else None
        if rec is not None:
            found.append(rec)
    return found


def _record_failure(
    store: Store, run_id: str, started: datetime, first_sync: bool, full: bool, exc: Exception
) -> None:
    """Add a failed run to the history; the registry itself stays as it was."""
    from core.errors import LockedError

    if isinstance(exc, LockedError):
        return
    text = exc.one_line() if isinstance(exc, RabbitError) else f"{type(exc).__name__}"
    try:
        with store.transaction() as st:
            st.runs.append(
                RunRecord(
                    run_id=run_id,
                    started_at=_iso(started),
                    finished_at=_iso(_now()),
                    ok=False,
                    dry_run=False,
                    first_sync=first_sync,
                    full=full,
                    error=text,
                )
            )
            del st.runs[:-MAX_RUNS_KEPT]
    except RabbitError as inner:  # the store itself is the problem: the caller reports exc
        log.warning("could not record the failed run: %s", inner.one_line())
