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
keep the written state and the Tripletex session for their next run (core.sync.between).

A run holds the profile's lock from start to end, so a second writer exits with code 3. Nothing
is written until the plan is complete: a failure or a cancel leaves the store as it was (only a
failed-run entry is added to the history), and a finished run moves it forward whole.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from core import gcstate
from core.aio import in_thread, stoppable, together
from core.config import Config
from core.errors import RabbitError
from core.i18n import N_, _
from core.models import TxProject
from core.paths import ProfilePaths
from core.progress import PHASES, CancelToken, Progress, ProgressCallback, SyncCancelled
from core.store.state import RunRecord, StoreState, SyncCursor
from core.store.status import SyncStatus, load_status
from core.store.store import Store
from core.sync.between import Between
from core.sync.fetch import (
    Fetched,
    changed_only,
    fetch_customers,
    fetch_projects,
    still_there,
)
from core.sync.plan import Planner
from core.sync.report import (
    SyncReport,
    idle_report,
    keep_recent,
    record_failure,
    registry_figures,
    save_status_after,
    summary_of,
)
from core.tripletex.client import TripletexClient, client_for
from core.tripletex.sessions import SessionKeeper

log = logging.getLogger("rabbitsync.engine")

FULL_PASS_EVERY = timedelta(hours=24)
__all__ = ["PHASES", "ActivationRequired", "CancelToken", "Progress", "ProgressCallback",
           "SyncCancelled", "SyncOptions", "SyncReport", "run_sync"]


# what the first sync asks the user to confirm: shown as `activation_text()` (or `_(ACTIVATION_TEXT)`)
ACTIVATION_TEXT = N_(
    "Activating the sync makes Tripletex the master of customers and projects:\n"
    "  - customers and projects are copied from Tripletex into the time tracker's registry;\n"
    "  - local edits of synced records will be overwritten by Tripletex's values (the old values\n"
    "    are kept in the history);\n"
    "  - nothing is ever sent back to Tripletex; records made only locally are left alone."
)


def activation_text() -> str:
    """`ACTIVATION_TEXT` in the reader's language."""
    return _(ACTIVATION_TEXT)


class ActivationRequired(RabbitError):
    """The first sync needs the user's confirmation that Tripletex becomes master."""

    def __init__(self) -> None:
        super().__init__(
            _("the first sync makes Tripletex the master of customers and projects: local edits "
              "of synced records will be overwritten, and nothing is sent back to Tripletex"),
            _("run `rabbitsync sync --yes` to confirm, or `rabbitsync sync --dry-run` to preview"),
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
    between: Between | None = None,
) -> SyncReport:
    """One sync run; see the module docstring. Raises RabbitError subclasses on failure.
    With `between` (the app's timer, --watch), the Tripletex session and the written state of
    the last run are used again and kept for the next one (core.sync.between)."""
    store = Store(paths, kept=between.states if between else None)
    cancel = cancel or CancelToken()
    run = SyncRun(store, cfg, options, progress or (lambda _p: None), cancel, client,
                  between.sessions if between else None)
    with gcstate.quiet():  # no cyclic GC while the run makes its records (core.gcstate)
        if options.dry_run:
            return await stoppable(run.run(), cancel)
        with store.lock():
            return await stoppable(run.run(), cancel)


class SyncRun:
    """One sync, from start to end: the run's state as fields, one method per phase.

    `run()` reads top to bottom: `start` (where the last run left off: the status file or the
    store; first sync, complete or incremental; the client), `fetch` (customers and projects
    from Tripletex, side by side; customers are planned while projects still come), then
    either `idle` (nothing new: the store is not even read) or `plan` (projects), `report`
    and `apply` (one write). A failure records a failed run and leaves the store as it was.
    """

    def __init__(self, store: Store, cfg: Config, options: SyncOptions,
                 progress: ProgressCallback, cancel: CancelToken,
                 client: TripletexClient | None, sessions: SessionKeeper | None) -> None:
        self.store, self.cfg, self.options = store, cfg, options
        self.progress, self.cancel = progress, cancel
        self.sessions = sessions
        self.own_client = client is None
        self.client: TripletexClient | None = client
        self.started = _now()
        self.t0 = time.perf_counter()
        self.run_id = self.started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        # an incremental run starts from the status file's cursor and reads the store only
        # when Tripletex has something new (core.store.status); otherwise it reads it first
        self.status: SyncStatus | None = None
        self.state: StoreState | None = None
        self.planner: Planner | None = None
        self._reading: asyncio.Future[StoreState] | None = None
        self.cursor = SyncCursor()
        self.first_sync = self.full = self.targeted = False
        self.customers = Fetched()
        self.projects = Fetched()
        self.customers_planned = False
        self.customers_changed: set[int] = set()
        self.warnings: list[str] = []
        self.requests = 0

    async def run(self) -> SyncReport:
        await self.start()
        try:
            await self.fetch()
            if self.state is None:  # nothing changed in Tripletex: the store stays as it is
                return await self.idle()
            figures = await self.plan()
        except BaseException as exc:
            if not self.options.dry_run and isinstance(exc, Exception):
                await asyncio.to_thread(record_failure, self.store, self.run_id, self.started,
                                        self.first_sync, self.full, exc)
            raise
        report = self.report(figures)
        if not self.options.dry_run:
            await self.apply(report, figures)
        report.duration_s = time.perf_counter() - self.t0
        self.progress(Progress("done", 1, 1, _("sync finished")))
        return report

    # ---- start ---------------------------------------------------------------------------------
    async def start(self) -> None:
        """Where the last run left off; first sync (asks the activation), complete or
        incremental (`targeted`: only what changed is planned, the store being as the last run
        left it); the client."""
        options = self.options
        self.status = None if options.full else load_status(self.store.paths)
        if self.status is None or _full_due(self.status.cursor, self.started):
            self.state = await asyncio.to_thread(self.store.read, reuse=not options.dry_run)
            self.planner = self._planner(self.state)
            self.cursor = self.state.cursor
        else:
            self.cursor = self.status.cursor
        self.first_sync = self.cursor.synced_at is None
        if (self.first_sync and not options.dry_run and not options.confirm
                and not self.cursor.activated_at):
            raise ActivationRequired()
        self.full = options.full or self.first_sync or _full_due(self.cursor, self.started)
        # (otherwise a first or complete run, or an import or a review decision since the last
        # run: every record is planned again)
        self.targeted = not self.full and self.status is not None
        if self.client is None:
            kept = self.sessions.take(self.cfg) if self.sessions else None
            self.client = client_for(self.cfg, session=kept)
        self.client.mark_server_clock()  # the cursor is taken by Tripletex's clock, not this one

    def _planner(self, state: StoreState) -> Planner:
        return Planner(state, run_id=None if self.options.dry_run else self.run_id,
                       now=_iso(self.started), projects_later=True)

    # ---- fetch ---------------------------------------------------------------------------------
    async def fetch(self) -> None:
        """Customers and projects from Tripletex, asked for at once; the session is kept for
        the next run (the app's timer, --watch) or deleted."""
        assert self.client is not None
        try:
            complete = self.full and self.planner is not None
            _, self.projects = await together([
                self._customers_side(),
                fetch_projects(self.client, self.cursor, self.full, self.progress, self.cancel,
                               self.warnings, self._project_snapshot,
                               on_projects=self._absorb_early if complete else None),
            ])
            if not (self.status is not None and self.state is None
                    and not self.customers.records and self.projects.listed is None):
                state = await self._read_state()
                if self.projects.listed is not None:  # missed by a shifted page? ask by id
                    back = await still_there(self.client, "project", state.tx_projects,
                                             self.projects.listed, self.cancel, self.warnings)
                    self.projects.records += back
                    self.projects.listed |= {p.id for p in back}
        finally:
            if self._reading is not None and self.state is None:  # failed while reading
                with contextlib.suppress(Exception):
                    await self._reading
            await self._release_client()

    async def _customers_side(self) -> None:
        """Customers are listed, looked up and planned while the projects are still listed:
        Tripletex is busy making their pages, and the planning fills the wait."""
        assert self.client is not None
        self.customers = await fetch_customers(self.client, self.cursor, self.full,
                                               self.progress, self.cancel)
        if self.customers.nothing_new:
            return  # planned (as unchanged) only if projects changed
        state = await self._read_state()
        if self.customers.listed is not None:
            back = await still_there(self.client, "customer", state.tx_customers,
                                     self.customers.listed, self.cancel, self.warnings)
            self.customers.records += back
            self.customers.listed |= {c.id for c in back}
        self.cancel.check()
        await in_thread(self._plan_customers)

    async def _read_state(self) -> StoreState:
        """The store, read in a thread while Tripletex answers (once, whoever asks first)."""
        if self.state is None:
            if self._reading is None:
                self._reading = asyncio.ensure_future(
                    asyncio.to_thread(self.store.read, reuse=not self.options.dry_run))
            # (a cancel of one waiter leaves the reading to the rest)
            self.state = await asyncio.shield(self._reading)
        if self.planner is None:
            self.planner = self._planner(self.state)
        return self.state

    async def _project_snapshot(self) -> dict[int, dict[str, Any]]:
        return (await self._read_state()).tx_projects

    def _absorb_early(self, projects: list[TxProject]) -> None:
        """A complete listing's projects go into the snapshot page by page, while Tripletex
        makes the next page (the planner finds them there, unchanged, after the listing)."""
        assert self.planner is not None
        self.planner.edit.absorb_projects(projects, listed=None)

    async def _release_client(self) -> None:
        client = self.client
        assert client is not None
        if self.own_client and self.sessions is not None and not self.sessions.closed:
            self.sessions.keep(self.cfg, await client.detach())
        elif self.own_client:
            await client.aclose()
        self.requests = client.requests

    # ---- idle, or plan -------------------------------------------------------------------------
    async def idle(self) -> SyncReport:
        """Nothing new: the store is not read; a temp file a killed run left goes (the lock is
        held)."""
        assert self.status is not None
        if not self.options.dry_run:
            await asyncio.to_thread(self.store.storage.remove_stale_temps)
        return idle_report(self.store.paths, self.status, self.options.dry_run, self.started,
                           _now(), self.t0, self.run_id, self.requests, self.progress)

    def _plan_customers(self) -> None:
        planner = self.planner
        assert planner is not None
        customers = self.customers.records
        only = None
        if self.targeted:  # (changedSince looks back further than the last run)
            snap = planner.state.tx_customers
            only = {c.id for c in customers if snap.get(c.id) != c.to_dict()}
        gone = planner.edit.absorb_customers(customers, listed=self.customers.listed)
        planner.plan_customers(gone, only)
        self.customers_changed = (only or set()) | gone
        self.customers_planned = True

    async def plan(self) -> dict[str, int]:
        """Bring the registry in line with what Tripletex has (in a thread); the registry's
        figures after it."""
        self.cancel.check()
        self.progress(Progress("matching", 0, None, _("matching new records")))
        planner = self.planner
        assert planner is not None

        def plan() -> dict[str, int]:
            if not self.customers_planned:
                self._plan_customers()
            changed = changed_only(self.projects.records, planner.state.tx_projects)
            gone = planner.edit.absorb_projects(changed, listed=self.projects.listed)
            planner.settle_unsure()  # (the customers no rule linked, beside their projects)
            planner.plan_projects(gone, {p.id for p in changed} if self.targeted else None,
                                  self.customers_changed)
            return registry_figures(planner.state)

        figures = await in_thread(plan)
        self.progress(Progress("matching", 1, 1, _("matching done")))
        self.cancel.check()
        return figures

    # ---- report, apply ---------------------------------------------------------------------------
    def report(self, figures: dict[str, int]) -> SyncReport:
        state, planner = self.state, self.planner
        assert state is not None and planner is not None
        res = planner.edit.result
        return SyncReport(
            dry_run=self.options.dry_run,
            first_sync=self.first_sync,
            full=self.full,
            customers=res.customers,
            projects=res.projects,
            review_pending=len(state.pending_reviews()),
            links=res.links,
            requests=self.requests,
            duration_s=0.0,
            run_id=self.run_id,
            new_reviews=[state.reviews[i].public() for i in res.new_reviews],
            skipped=[
                {"tripletex_id": s.tripletex_id, "name": s.name, "reason": s.reason,
                 "path": s.path}
                for s in state.skipped.values()
            ],
            changes=res.items,
            warnings=self.warnings,
            registry=figures,
        )

    async def apply(self, report: SyncReport, figures: dict[str, int]) -> None:
        """Move the cursor, add the run to the history, and write the store once."""
        state, planner = self.state, self.planner
        assert state is not None and planner is not None and self.client is not None
        self.progress(Progress("applying", 0, 1, _("writing the registry")))
        started = _iso(self.started)
        state.cursor.ran(
            started=started, run_id=self.run_id, project_digests=self.projects.digests,
            customers_since=_iso(since_cursor(self.client.server_start, self.started)),
            full=self.full,
        )
        report.duration_s = time.perf_counter() - self.t0
        summary = summary_of(report)
        finished = _now()
        state.runs.append(RunRecord(
            run_id=self.run_id, started_at=started, finished_at=_iso(finished), ok=True,
            dry_run=False, first_sync=self.first_sync, full=self.full, summary=summary,
            items=planner.edit.result.items,
        ))
        keep_recent(state.runs)

        def persist() -> None:  # off the event loop: the app's keys stay answered
            # a complete pass also writes a fresh base file; the state is handed to the store
            # for the next run in this process (the app's timer, --watch) to reuse
            self.store.write(state, compact=self.full, keep=True, hint=planner.edit.hint)
            save_status_after(self.store.paths, state, figures, summary, self.run_id,
                              self.started, finished)

        self.cancel.commit()  # from here a cancel waits: the write ends whole
        await asyncio.to_thread(persist)
        self.progress(Progress("applying", 1, 1, _("registry written")))


def since_cursor(server_start: datetime | None, started: datetime) -> datetime:
    """Where the next run's changedSince starts: Tripletex's time as this run began (the Date
    of its first answer), so that this machine's clock, however far off, never skips a change;
    this machine's time only when Tripletex sent no Date."""
    if server_start is None:
        log.warning("Tripletex's answers carry no Date: the cursor is taken by this machine's clock")
        return started
    return server_start


def _full_due(cursor: SyncCursor, now: datetime) -> bool:
    """A complete pass is due once a day (it is what finds deleted customers)."""
    last_full = cursor.last_full_at
    return last_full is None or now - datetime.fromisoformat(last_full) >= FULL_PASS_EVERY
