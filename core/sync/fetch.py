"""Fetching what a sync run needs from Tripletex: customers (all, or changed since), projects
(all, only the changed ones, or nothing when every part's versionDigest still matches), and,
before anything is archived as gone, a look-up of each record a complete listing did not show.

A stored versionDigest is always compared with one made by the same query (the first page of a
part with `fields=id,version`); a changed part is then listed with those fields, and only the
projects whose version moved are fetched whole.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import compress, repeat
from operator import ne
from typing import Any
from zoneinfo import ZoneInfo

from core.aio import together
from core.i18n import _
from core.models import KINDS, PROJECT_FIELDS, TxCustomer, TxProject, api_int
from core.progress import CancelToken, Progress, ProgressCallback
from core.store.state import SyncCursor
from core.tripletex.client import TripletexClient
from core.tripletex.parts import Part

log = logging.getLogger("rabbitsync.engine")

OSLO = ZoneInfo("Europe/Oslo")
OVERLAP = timedelta(minutes=10)  # changedSince looks back this much further than the last run
MAX_GONE_CHECKS = 500  # records missing from a complete listing that are looked up one by one


@dataclass
class Fetched:
    """What a listing brought: the records (all of them, or those changed since the last run),
    every id Tripletex has now (`listed`; None when the listing was not complete), and for
    projects the parts' new versionDigests."""

    records: list[Any] = field(default_factory=list)
    listed: set[int] | None = None
    digests: dict[str, str] = field(default_factory=dict)

    @property
    def nothing_new(self) -> bool:
        return not self.records and self.listed is None


def oslo(t: datetime) -> str:
    """Tripletex's DateTime format (Oslo wall time, no zone), as `changedSince` takes it."""
    return t.astimezone(OSLO).strftime("%Y-%m-%dT%H:%M:%S")


async def fetch_customers(
    client: TripletexClient,
    cursor: SyncCursor,
    full: bool,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> Fetched:
    """All customers (full) or those changed since the last run, active and inactive."""
    since = None
    if not full and cursor.customers_since:
        since = oslo(datetime.fromisoformat(cursor.customers_since) - OVERLAP)
    got: dict[bool, list[TxCustomer]] = {False: [], True: []}
    progress(Progress("customers", 0, None, _("listing customers")))

    async def listing(inactive: bool) -> None:
        async for page in client.iter_customer_pages(is_inactive=inactive, changed_since=since):
            cancel.check()
            got[inactive].extend(c for c in map(TxCustomer.from_api, page) if c is not None)
            progress(Progress("customers", len(got[False]) + len(got[True]), None, _("listing customers")))

    # both asked at once (`isInactive` is one value per query): neither waits for the other
    await together(listing(inactive) for inactive in (False, True))
    out = got[False] + got[True]
    progress(Progress("customers", len(out), len(out), _("customers listed")))
    return Fetched(out, {c.id for c in out} if full else None)


async def fetch_projects(
    client: TripletexClient,
    cursor: SyncCursor,
    full: bool,
    progress: ProgressCallback,
    cancel: CancelToken,
    warnings: list[str],
    snapshot: Callable[[], Awaitable[dict[int, dict[str, Any]]]],
    on_projects: Callable[[list[TxProject]], None] | None = None,
) -> Fetched:
    """The projects, every id Tripletex has now and the new digests; nothing, with the old
    digests, when every stored part answered 304. `snapshot()` gives the last seen projects
    (read when needed).

    A full run lists every project. An incremental run asks each stored part whether it changed
    (one request each); a changed part is listed with `fields=id,version` only, and just the
    projects whose version differs from the snapshot are fetched whole (by id). The caller diffs
    what comes back by version again, so both ways give it the same input. `on_projects` gets
    a complete listing's projects page by page (a page may come again when its part is split).
    """
    old_digests = cursor.project_digests
    progress(Progress("projects", 0, None, _("listing projects")))

    def on_page(n: int) -> None:
        cancel.check()
        progress(Progress("projects", n, None, _("listing projects")))

    # each changed part, as its check answers (the others are still being answered): its ids
    # and versions came with the answer, and are compared with the snapshot at once; then the
    # projects whose version moved are fetched by id, all in one go
    versions: dict[int, int] = {}
    wanted: list[int] = []
    reading: asyncio.Future[dict[int, dict[str, Any]]] | None = None

    async def on_changed(part: Part, answer: Any) -> None:
        nonlocal reading
        if reading is None:  # the store is read (if not kept) while Tripletex answers
            reading = asyncio.ensure_future(snapshot())
        mine = await client.project_versions(part, answer)
        versions.update(mine)
        on_page(len(versions))
        wanted.extend(moved(mine, await asyncio.shield(reading)))

    try:
        check = None if full else await client.check_project_parts(old_digests, on_changed)
    finally:
        if reading is not None:  # never left running, whatever happened
            await asyncio.wait([reading])
    cancel.check()
    if check is not None and not check.over_cap:
        if not check.changed:
            progress(Progress("projects", 0, 0, _("projects unchanged since the last sync")))
            return Fetched([], None, old_digests)
        assert reading is not None
        snap = reading.result()
        got = (await client.list_projects(ids=wanted, fields=PROJECT_FIELDS)).records if wanted else []
        cancel.check()
        projects = [p for p in map(TxProject.from_api, got) if p is not None]
        # every project is listed but those of a changed part that its listing lacks
        missing = {i: snap[i] for i in snap.keys() - versions.keys()}
        listed = snap.keys() - _members(missing, check.changed) | versions.keys()
        progress(Progress("projects", len(projects), len(projects), _("changed projects fetched")))
        return Fetched(projects, listed, check.digests)

    # a complete listing starts from the parts the last one needed (no probing of the cap again)
    by_id: dict[int, TxProject] = {}

    def on_values(values: list[dict[str, Any]]) -> None:
        page = [p for p in map(TxProject.from_api, values) if p is not None]
        for p in page:
            by_id[p.id] = p
        if on_projects is not None:
            on_projects(page)

    listing = await client.list_projects(
        digests=old_digests or None, fields=PROJECT_FIELDS, on_page=on_page, recheck=False,
        on_values=on_values,
    )
    warnings.extend(listing.warnings)
    cancel.check()
    listed = {api_int(v.get("id")) for v in listing.records}
    if by_id.keys() <= listed:  # the usual case (a page of a part split later is not listed)
        projects, ids = list(by_id.values()), set(by_id)
    else:
        projects = [p for i, p in by_id.items() if i in listed]
        ids = {p.id for p in projects}
    progress(Progress("projects", len(projects), len(projects), _("projects listed")))
    return Fetched(projects, ids, listing.digests)


def moved(versions: dict[int, int], snapshot: dict[int, dict[str, Any]]) -> list[int]:
    """The ids whose version differs from the snapshot's, or that it lacks (at C speed: a
    changed part has up to 10,000)."""
    ids = list(versions)
    before = map(dict.get, map(snapshot.get, ids, repeat(_NO_RECORD)), repeat("version"))
    return list(compress(ids, map(ne, before, versions.values())))


_NO_RECORD: dict[str, Any] = {}


def _members(snap: dict[int, dict[str, Any]], parts: list[Part]) -> set[int]:
    """The ids of the snapshot that belong to one of `parts` (by their last seen values)."""
    bounds = [(p.closed, p.dated, p.start_from.isoformat() if p.start_from else "",
               p.start_to.isoformat() if p.start_to else "9999") for p in parts]
    out = set()
    for i, rec in snap.items():
        closed = rec.get("is_closed") is True
        day = (rec.get("start_date") or "")[:10]
        for want, dated, lo, hi in bounds:  # Part.contains, inlined: 30,000 records
            if (want is None or want == closed) and (not dated or (day and lo <= day < hi)):
                out.add(i)
                break
    return out


def changed_only(projects: list[TxProject], snapshot: dict[int, dict[str, Any]]) -> list[TxProject]:
    """The projects whose version differs from the last snapshot (or that are new)."""
    return [p for p in projects if snapshot.get(p.id, {}).get("version") != p.version]


async def still_there(
    client: TripletexClient,
    kind: str,
    snapshot: dict[int, dict[str, Any]],
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
    missing = sorted(snapshot.keys() - listed)
    if not missing:
        return []
    if len(missing) > MAX_GONE_CHECKS:
        warnings.append(
            f"{len(missing)} {kind}s seen before are missing from Tripletex's complete listing; "
            "so many at once looks like a different company or a partial answer, so none was "
            "archived: check the company id (`rabbitsync config show`)"
        )
        log.warning("%s", warnings[-1])
        return [KINDS[kind].tx(**snapshot[i]) for i in missing]
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
