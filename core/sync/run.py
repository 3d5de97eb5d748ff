"""The sync engine: fetch from Tripletex, plan against the local state, write it once.

    Tripletex pages -> client -> engine (plan, core.sync.plan) -> store (one write)

A first sync lists everything (active and inactive customers, open and closed projects). Later
runs are incremental: customers by `changedSince` (with an overlap window; the cursor moves only
when a run succeeds), projects by `versionDigest` + `If-None-Match` per part (304 = nothing
changed); a changed part is listed by id and version and only the projects whose version moved
are fetched (core.sync.fetch). Only what changed is planned, when the store is as the last run left
it, and the store writes only the records that changed (core.store.journal). A complete pass
runs by itself once a day (and with `--full`) to catch deleted customers. A run that finds
nothing new neither reads nor writes the store (core.store.status). The app's timer and --watch
keep the written state and the Tripletex session for their next run (core.store.store, core.tripletex.sessions).

A run holds the profile's lock from start to end, so a second writer exits with code 3. Nothing
is written until the plan is complete: a failure or a cancel leaves the store as it was (only a
failed-run entry is added to the history), and a finished run moves it forward whole.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from core.aio import in_thread, stoppable, together
from core.config import Config
from core.errors import RabbitError
from core.models import TxCustomer, TxProject
from core.paths import ProfilePaths
from core.progress import PHASES, CancelToken, Progress, ProgressCallback, SyncCancelled
from core.store.state import RunRecord, StoreState
from core.store.status import load_status
from core.store.store import Store
from core.sync.fetch import changed_only, fetch_customers, fetch_projects, still_there
from core.sync.plan import Planner
from core.sync.report import (
    SyncReport,
    idle_report,
    registry_figures,
    save_status_after,
    summary_of,
)
from core.tripletex.client import TripletexClient, client_for
from core.tripletex.sessions import SessionKeeper

log = logging.getLogger("rabbitsync.engine")

FULL_PASS_EVERY = timedelta(hours=24)
MAX_RUNS_KEPT = 200
__all__ = ["PHASES", "ActivationRequired", "CancelToken", "Progress", "ProgressCallback",
           "SyncCancelled", "SyncOptions", "SyncReport", "run_sync"]


ACTIVATION_TEXT = (
    "Activating the sync makes Tripletex the master of customers and projects:\n"
    "  - customers and projects are copied from Tripletex into the time tracker's registry;\n"
    "  - local edits of synced records will be overwritten by Tripletex's values (the old values\n"
    "    are kept in the history);\n"
    "  - nothing is ever sent back to Tripletex; records made only locally are left alone."
)


class ActivationRequired(RabbitError):
    """The first sync needs the user's confirmation that Tripletex becomes master."""

    def __init__(self) -> None:
        super().__init__(
            "the first sync makes Tripletex the master of customers and projects: local edits of "
            "synced records will be overwritten, and nothing is sent back to Tripletex",
            "run `rabbitsync sync --yes` to confirm, or `rabbitsync sync --dry-run` to preview",
        )


@dataclass
class SyncOptions:
    dry_run: bool = False
    full: bool = False
    confirm: bool = False  # the user confirmed the activation (first sync)


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="seconds")


async def run_sync(
    paths: ProfilePaths,
    cfg: Config,
    options: SyncOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    client: TripletexClient | None = None,
    sessions: SessionKeeper | None = None,
) -> SyncReport:
    """One sync run; see the module docstring. Raises RabbitError subclasses on failure.
    With `sessions` (the app's timer, --watch), the Tripletex session of the last run is used
    again and kept for the next one instead of being created and deleted each run."""
    store = Store(paths)
    cancel = cancel or CancelToken()
    report_cb = progress or (lambda _p: None)
    with calm_gc():
        if options.dry_run:
            return await stoppable(_run(store, cfg, options, report_cb, cancel, client, sessions),
                                    cancel)
        with store.lock():
            return await stoppable(_run(store, cfg, options, report_cb, cancel, client, sessions),
                                    cancel)


@contextlib.contextmanager
def calm_gc() -> Iterator[None]:
    """No cyclic garbage collection while a run makes tens of thousands of records: a full
    collection over them stalls every thread (the app's keys too) for a fifth of a second, and
    the young ones alone cost a run a tenth of its planning. The records a run makes hold no
    reference cycles (reference counting frees them); the few cycles of its requests wait for
    the collection after the run."""
    enabled = gc.isenabled()
    gc.freeze()  # what existed before the run is not scanned again
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()


async def _run(
    store: Store,
    cfg: Config,
    options: SyncOptions,
    progress: ProgressCallback,
    cancel: CancelToken,
    client: TripletexClient | None,
    sessions: SessionKeeper | None = None,
) -> SyncReport:
    started = _now()
    t0 = time.perf_counter()
    run_id = started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    paths = store.paths
    # an incremental run starts from the status file's cursor and reads the store only when
    # Tripletex has something new (see core.store.status); otherwise it reads the store first
    status = None if options.full else load_status(paths)
    state: StoreState | None = None
    if status is None or _full_due(status.cursor, started):
        state = await asyncio.to_thread(store.read, reuse=not options.dry_run)
        cursor = state.cursor
    else:
        cursor = status.cursor
    first_sync = cursor.synced_at is None
    if first_sync and not options.dry_run and not options.confirm and not cursor.activated_at:
        raise ActivationRequired()
    full = options.full or first_sync or _full_due(cursor, started)
    own_client = client is None
    tx_client = client or client_for(cfg, session=sessions.take(cfg) if sessions else None)
    tx_client.mark_server_clock()  # the cursor is taken by Tripletex's clock, not this one
    warnings: list[str] = []

    reading: asyncio.Future[StoreState] | None = None
    planner: Planner | None = None
    customers_planned = False
    # the store is as the last run left it (the status file says so): plan only what changed
    # in Tripletex since. Otherwise (a first or complete run, or an import or a review
    # decision since) every record is planned again.
    targeted = not full and status is not None
    if state is not None:
        planner = Planner(state, run_id=None if options.dry_run else run_id, now=_iso(started))

    def start_reading() -> None:
        """Read the store in a thread while Tripletex answers the next requests."""
        nonlocal reading
        if state is None and reading is None:
            reading = asyncio.ensure_future(asyncio.to_thread(store.read, reuse=not options.dry_run))

    async def read_state() -> StoreState:
        nonlocal state, planner
        if state is None:
            start_reading()
            assert reading is not None
            state = await asyncio.shield(reading)  # a cancel of one waiter leaves it to the rest
        if planner is None:
            planner = Planner(state, run_id=None if options.dry_run else run_id, now=_iso(started))
        return state

    def absorb_early(projects: list[TxProject]) -> None:
        """A complete listing's projects go into the snapshot page by page, while Tripletex
        makes the next page (the planner finds them there, unchanged, after the listing)."""
        assert planner is not None
        planner.absorb_projects(projects, listed=None)

    async def project_snapshot() -> dict[int, dict[str, Any]]:
        return (await read_state()).tx_projects

    def plan_customers() -> None:
        nonlocal customers_planned, customers_changed
        assert planner is not None
        only = None
        if targeted:  # (changedSince looks back further than the last run: some are as they were)
            snap = planner.state.tx_customers
            only = {c.id for c in customers if snap.get(c.id) != c.to_dict()}
        gone = planner.absorb_customers(customers, listed=cust_listed)
        planner.plan_customers(gone, only)
        customers_changed = (only or set()) | gone
        customers_planned = True

    async def customers_side() -> None:
        """Customers are listed, looked up and planned while the projects are still listed:
        Tripletex is busy making their pages, and the planning fills the wait."""
        nonlocal customers, cust_listed
        customers, cust_listed = await fetch_customers(tx_client, cursor, full, progress, cancel)
        if not customers and cust_listed is None:
            return  # nothing new: planned (as unchanged) only if projects changed
        st = await read_state()
        if cust_listed is not None:
            customers += await still_there(
                tx_client, "customer", st.tx_customers, cust_listed, cancel, warnings
            )
            cust_listed |= {c.id for c in customers}
        cancel.check()
        await in_thread(plan_customers)

    customers: list[TxCustomer] = []
    cust_listed: set[int] | None = None
    customers_changed: set[int] = set()
    try:
        try:
            _, (projects, proj_listed, digests) = await together([
                customers_side(),
                fetch_projects(tx_client, cursor, full, progress, cancel, warnings, project_snapshot,
                               on_projects=absorb_early if full and planner is not None else None),
            ])
            if status is not None and state is None and not customers and proj_listed is None:
                requests = tx_client.requests
            else:
                await read_state()
                assert state is not None
                if proj_listed is not None:
                    projects += await still_there(
                        tx_client, "project", state.tx_projects, proj_listed, cancel, warnings
                    )
                    proj_listed |= {p.id for p in projects}
        finally:
            if reading is not None and state is None:  # failed while reading: let it finish
                with contextlib.suppress(Exception):
                    await reading
            if own_client and sessions is not None and not sessions.closed:
                sessions.keep(cfg, await tx_client.detach())
            elif own_client:
                await tx_client.aclose()
            requests = tx_client.requests
        if state is None:  # nothing changed in Tripletex: the store stays as it is
            assert status is not None
            if not options.dry_run:  # but a temp file a killed run left goes (the lock is held)
                await asyncio.to_thread(store.storage.remove_stale_temps)
            return idle_report(paths, status, options.dry_run, started, t0, run_id, requests, progress)
        cancel.check()
        progress(Progress("matching", 0, None, "matching new records"))
        assert planner is not None
        plan_state, run_planner = state, planner

        def plan() -> dict[str, int]:
            if not customers_planned:
                plan_customers()
            changed = changed_only(projects, plan_state.tx_projects)
            gone_p = run_planner.absorb_projects(changed, listed=proj_listed)
            run_planner.plan_projects(gone_p, {p.id for p in changed} if targeted else None,
                                      customers_changed)
            return registry_figures(plan_state)

        figures = await in_thread(plan)
        progress(Progress("matching", 1, 1, "matching done"))
        cancel.check()
    except BaseException as exc:
        if not options.dry_run and isinstance(exc, Exception):
            await asyncio.to_thread(_record_failure, store, run_id, started, first_sync, full, exc)
        raise
    assert planner is not None
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
        changes=res.items,
        warnings=warnings,
        registry=figures,
    )
    if not options.dry_run:
        progress(Progress("applying", 0, 1, "writing the registry"))
        state.cursor.ran(
            started=_iso(started), run_id=run_id,
            customers_since=_iso(since_cursor(tx_client.server_start, started)),
            project_digests=digests, full=full,
        )
        report.duration_s = time.perf_counter() - t0
        summary = summary_of(report)
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
                items=res.items,
            )
        )
        del state.runs[:-MAX_RUNS_KEPT]

        def persist() -> None:  # both off the event loop: the app's keys stay answered
            # a complete pass also writes a fresh base file; the state is handed to the store
            # for the next run in this process (the app's timer, --watch) to reuse
            store.write(state, compact=full, keep=True, hint=planner.hint)
            save_status_after(paths, state, figures, summary, run_id, started)

        cancel.commit()  # from here a cancel waits: the write ends whole
        await asyncio.to_thread(persist)
        progress(Progress("applying", 1, 1, "registry written"))
    report.duration_s = time.perf_counter() - t0
    progress(Progress("done", 1, 1, "sync finished"))
    return report


def since_cursor(server_start: datetime | None, started: datetime) -> datetime:
    """Where the next run's changedSince starts: Tripletex's time as this run began (the Date
    of its first answer), so that this machine's clock, however far off, never skips a change;
    this machine's time only when Tripletex sent no Date."""
    if server_start is None:
        log.warning("Tripletex's answers carry no Date: the cursor is taken by this machine's clock")
        return started
    return server_start


def _full_due(cursor: dict[str, Any], now: datetime) -> bool:
    """A complete pass is due once a day (it is what finds deleted customers)."""
    last_full = cursor.last_full_at
    return last_full is None or now - datetime.fromisoformat(last_full) >= FULL_PASS_EVERY


def _record_failure(
    store: Store, run_id: str, started: datetime, first_sync: bool, full: bool, exc: Exception
) -> None:
    """Add a failed run to the history; the registry itself stays as it was. A cancel is the
    user's choice, not a failure, and a locked store is another run's: neither is recorded."""
    from core.errors import LockedError

    if isinstance(exc, (LockedError, SyncCancelled)):
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
