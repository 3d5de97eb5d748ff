"""Listings: `from`/`count` paging, the 10,000-result cap and `versionDigest` checks.

Paging stops on a short page (`fullResultSize` is not exact). A query answered 422 code 23000
(more than 10,000 results) is split so that every record still arrives exactly once:

* customers are listed as two queries (`isInactive=false` and `true`); beyond that a clear
  `ResultTooLargeError` says what could not be fetched;
* projects are listed as one query; over the cap they are split by `isClosed` (both halves
  include projects without a start date), then each half over the cap by `startDate` ranges
  (`startDateFrom` inclusive, `startDateTo` exclusive, the outer ranges open-ended), bisected
  until each part is under the cap. Tripletex has no filter for a missing start date, so a
  half that had to be split by date cannot list its projects without one; `warnings` says so.

Each part (`core.tripletex.parts`) has a key naming its filter (`""`, `isClosed=false`,
`isClosed=true&startDateFrom=2013-07-01&startDateTo=2020-04-01`) and its own versionDigest: that
of its first page with `fields=id,version` (DIGEST_FIELDS), asked for before the part is listed,
so a stored digest is never newer than the records read. `check_parts` sends that query with the
stored digest (304: unchanged); `project_versions` lists a changed part's ids and versions.
A listing asks for the next page before handing on the current one (one request in flight).
"""

from __future__ import annotations

import asyncio
import logging
import operator
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from core.aio import together
from core.i18n import N_, _, number
from core.tripletex.classify import tell_what
from core.tripletex.errors import MalformedResponseError, ResultTooLargeError
from core.tripletex.http import Answer
from core.tripletex.parts import Part, named_cap, rebalanced, stored_parts

if TYPE_CHECKING:
    from core.tripletex.client import TripletexClient

log = logging.getLogger("rabbitsync.tripletex")
PAGE_SIZE = 1000
ID_CHUNK = 100
ANY_DIGEST = "rabbitsync-wants-a-digest"  # any non-empty If-None-Match makes Tripletex send one
DIGEST_FIELDS = "id,version"  # every stored digest is of a part's query with these fields
NO_DIGEST = "-"  # stored for a part that was empty: Tripletex sends no digest for no result
LIGHT_PAGE_SIZE = 10_000  # ids and versions of a part (at most 10,000) in one page
RESULT_CAP = 10_000  # Tripletex lists at most this many results for one query
_ID, _VERSION = operator.itemgetter("id"), operator.itemgetter("version")
# a listing's warnings are kept in English (the run's report, its JSON, the log); where one is
# shown, `core.i18n.retell(text, WARNINGS)` tells it in the reader's language
UNDATED_MISSING = N_(
    "too many {part} for one query (Tripletex's result cap): listed in start-date ranges; "
    "Tripletex has no filter for projects without a start date, so any such project among them "
    "is missing from this listing")
WARNINGS = (UNDATED_MISSING,)


@dataclass
class ProjectListing:
    """Every project (open and closed), or nothing when all stored digests still match."""

    records: list[dict[str, Any]]
    digests: dict[str, str]  # part key -> versionDigest
    not_modified: bool = False  # every stored part answered 304; records is then empty
    parts_changed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Page:
    values: list[dict[str, Any]]
    digest: str | None
    answer: Answer | None = None


async def pages(
    client: TripletexClient,
    path: str,
    params: dict[str, str],
    *,
    what: str,
    if_none_match: str | None = None,
    first: Answer | None = None,
    page_size: int = PAGE_SIZE,
    start: int = 0,
) -> AsyncIterator[Page]:
    """Pages of a listing until a short page. With `if_none_match`, a 304 ends it at once
    (one empty page with `answer.status == 304`). `first` is an already fetched page 0.

    After a full page the next one is asked for at once, before this one is handed on: the
    caller works on a page while Tripletex makes the next (one request in flight, in order).
    `start` is the offset of the first page asked for."""
    seen: set[Any] = set()

    def fetch(offset: int) -> Awaitable[Answer]:
        inm = if_none_match if offset == 0 else None
        return client.get(
            path,
            {**params, "from": offset, "count": page_size},
            what=what,
            ok=(200, 304) if inm else (200,),
            headers={"If-None-Match": inm} if inm else None,
        )

    async def fetch_ahead(offset: int) -> tuple[Answer | None, BaseException | None]:
        try:  # the error is raised where the page is awaited, never left in a lone task
            return await fetch(offset), None
        except BaseException as exc:  # noqa: BLE001
            return None, exc

    ahead: asyncio.Future[tuple[Answer | None, BaseException | None]] | None = None
    try:
        while True:
            if ahead is not None:
                got, exc = await ahead
                ahead = None
                if exc is not None:
                    raise exc
                assert got is not None
                ans = got
            elif first is not None and start == 0:
                ans = first
            else:
                ans = await fetch(start)
            page, more = _page(ans, what, page_size, seen, start == 0, start)
            if more:
                ahead = asyncio.ensure_future(fetch_ahead(start + len(page.values)))
                for _i in range(4):  # let it reach the socket before the caller takes the CPU
                    await asyncio.sleep(0)
            yield page
            if not more:
                return
            start += len(page.values)
    finally:
        if ahead is not None:  # the caller stopped early (an error, a cancel)
            ahead.cancel()


def _page(ans: Answer, what: str, page_size: int, seen: set[Any], first: bool,
          offset: int = 0) -> tuple[Page, bool]:
    """One answer (the page at `offset`) as a Page, and whether another page follows (a full
    page that is new). Values beyond Tripletex's result cap mean a listing that never ends."""
    if ans.status == 304:
        return Page([], None, ans), False
    values = ans.data.get("values")
    if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
        raise MalformedResponseError(
            _("Tripletex's answer to {what} has no list of values").format(what=tell_what(what)),
            _("check that the base URL points at Tripletex's API (it ends in /v2)"),
            status=ans.status,
            request_id=ans.request_id,
        )
    if values and offset + len(values) > RESULT_CAP:
        raise MalformedResponseError(
            _("the listing to {what} went on past {cap} results, which Tripletex never lists "
              "for one query; it was stopped there and nothing was saved").format(
                what=tell_what(what), cap=number(RESULT_CAP)),
            _("check that the base URL points at Tripletex's API (`rabbitsync config show`); if "
              "it does, report it with the requestId"),
            status=ans.status,
            request_id=ans.request_id,
        )
    digest = ans.data.get("versionDigest") if first else None
    page = Page(values, digest if isinstance(digest, str) else None, ans)
    if len(values) < page_size:
        return page, False
    ids = {v.get("id") for v in values}
    if ids <= seen:
        raise MalformedResponseError(
            _("Tripletex returned the same page twice while trying to {what}").format(
                what=tell_what(what)),
            _("try again; if it persists, report it with the requestId"),
            status=ans.status,
            request_id=ans.request_id,
        )
    seen |= ids
    return page, True


async def projects_by_ids(
    client: TripletexClient, ids: list[int], fields: str,
    on_page: Callable[[int], None] | None = None,
) -> ProjectListing:
    """Just these projects (`id=` lists of at most 100); no digests."""
    records: dict[Any, dict[str, Any]] = {}
    wanted = list(dict.fromkeys(int(i) for i in ids))
    for n in range(0, len(wanted), ID_CHUNK):
        chunk = ",".join(str(i) for i in wanted[n : n + ID_CHUNK])
        async for page in pages(
            client, "/project", {"id": chunk, "fields": fields}, what="read changed projects"
        ):
            for v in page.values:
                records[v.get("id")] = v
            if on_page is not None:
                on_page(len(records))
    return ProjectListing(list(records.values()), {})


async def list_projects(
    client: TripletexClient, digests: dict[str, str] | None, fields: str,
    on_page: Callable[[int], None] | None = None, recheck: bool = True,
    on_values: Callable[[list[dict[str, Any]]], None] | None = None,
) -> ProjectListing:
    """See the module docstring and `ProjectListing`. The listing starts from the parts that
    `digests` names; with `recheck`, nothing is listed when each of them answers 304."""
    stored = stored_parts(digests)
    if stored and digests and recheck:
        check = await check_parts(client, digests)
        if check is not None and not check.over_cap and not check.changed:
            log.info("projects unchanged: %d part(s) answered 304", len(stored))
            return ProjectListing([], dict(digests), not_modified=True)

    today = date.today()
    records: dict[Any, dict[str, Any]] = {}
    new_digests: dict[str, str] = {}
    warnings: list[str] = []
    queue = deque(stored or [Part()])
    cap: int | None = None  # the result cap, as a 422 names it, or the largest part that fit
    sizes: list[int] = []
    while queue:
        part = queue.popleft()
        key = part.key()
        got: list[dict[str, Any]] = []
        try:
            # the digest first (a light query, and the cheapest test of the cap): made before
            # the records are read, it can only be older than them, so a change is never missed
            digest = (await _light_first_page(client, part, ANY_DIGEST, 1)).data.get("versionDigest")
            async for page in pages(
                client, "/project", {**part.params(), "fields": fields}, what=f"list {part.describe()}"
            ):
                got.extend(page.values)
                if on_values is not None:  # a part split later sends its records again
                    on_values(page.values)
                if on_page is not None:
                    on_page(len(records) + len(got))
        except ResultTooLargeError as exc:
            cap = named_cap(exc.message, exc.developer_message) or cap
            subs = part.split(today)
            if subs is None:
                raise ResultTooLargeError(
                    _("the {part} could not be fetched: there are more than Tripletex lists in "
                      "one query ({cap}; code 23000), and they cannot be split further").format(
                        part=part.told(), cap=number(RESULT_CAP)),
                    _("report this with the requestId; the projects are already split as far as "
                      "Tripletex's filters allow"),
                    status=exc.status, code=exc.code, developer_message=exc.developer_message,
                    message=exc.message, request_id=exc.request_id,
                ) from None
            if subs[0].dated and not part.dated:
                warnings.append(UNDATED_MISSING.format(part=part.describe()))
                log.warning("%s", warnings[-1])
            log.info("%s over the result cap: split into %s", key or "(all)",
                     ", ".join(s.key() for s in subs))
            queue.extendleft(reversed(subs))
            continue
        for v in got:
            records[v.get("id")] = v
        new_digests[key] = digest if isinstance(digest, str) and digest else NO_DIGEST
        sizes.append(len(got))
    new_digests = rebalanced(new_digests, (v.get("startDate") for v in records.values()),
                             cap or max(sizes, default=0))
    old = digests or {}
    changed_keys = [k for k, d in new_digests.items() if old.get(k) != d]
    return ProjectListing(list(records.values()), new_digests, False, changed_keys, warnings)


@dataclass
class PartsCheck:
    """The stored project parts checked against their digests (`check_parts`)."""

    parts: list[Part]  # every stored part
    changed: list[Part]  # those that did not answer 304
    digests: dict[str, str]  # part key -> digest now (new ones for the changed parts)
    over_cap: bool = False  # a part has grown past the result cap: list everything again


def _light_first_page(
    client: TripletexClient, part: Part, if_none_match: str, count: int = LIGHT_PAGE_SIZE
) -> Awaitable[Answer]:
    """Page 0 of `part` with `fields=id,version`: the query every stored digest is made by.

    The digest is a "Hash of full result" (the API's description of the envelope), so it does
    not depend on `count`: a complete listing takes it with one record, and a check asks for the
    whole part (at most 10,000, Tripletex's result cap and largest `count`), so that a changed
    part's ids and versions come with the answer that says it changed."""
    return client.get(
        "/project",
        {**part.params(), "fields": DIGEST_FIELDS, "from": 0, "count": count},
        what=f"check {part.describe()} for changes",
        ok=(200, 304),
        headers={"If-None-Match": if_none_match},
    )


async def check_parts(
    client: TripletexClient, digests: dict[str, str] | None,
    on_changed: Callable[[Part, Answer], Awaitable[None]] | None = None,
) -> PartsCheck | None:
    """Ask each stored part (the query of the last complete listing) whether it changed: one
    request each, answered 304 when not. None when there are no usable stored parts.
    `on_changed(part, answer)` is awaited for each changed part as soon as its answer comes,
    while the other parts are still being answered."""
    stored = stored_parts(digests)
    if not stored or not digests:
        return None
    check = PartsCheck(stored, [], dict(digests))

    async def one(part: Part) -> str | None:
        ans = await _light_first_page(client, part, digests[part.key()])
        digest = _digest_now(part, ans, digests)
        if on_changed is not None and digest is not None:
            await on_changed(part, ans)
        return digest  # (the answer, 10,000 records, is let go as soon as it is used)

    try:  # the parts are asked at once: Tripletex works on one while the answer to another comes
        now = await together(one(p) for p in stored)
    except ResultTooLargeError:
        return PartsCheck(stored, stored, {}, over_cap=True)
    for part, digest in zip(stored, now, strict=True):
        if digest is not None:
            check.changed.append(part)
            check.digests[part.key()] = digest
    return check


def _digest_now(part: Part, ans: Answer, digests: dict[str, str]) -> str | None:
    """The digest a changed part has now, or None when its check says it did not change."""
    if ans.status == 304:
        return None
    data = ans.data if isinstance(ans.data, dict) else {}
    digest = data.get("versionDigest")
    if not (isinstance(digest, str) and digest):
        if digests[part.key()] == NO_DIGEST and not data.get("values"):
            return None  # empty then, empty now
        digest = NO_DIGEST  # a part is never dropped: the parts must cover every project
    return digest


async def project_versions(
    client: TripletexClient, part: Part, first: Answer | None = None
) -> dict[int, int]:
    """`id -> version` of every project in `part` (`fields=id,version`: a light listing);
    `first` is its page 0, when already fetched (the check of `check_parts`)."""
    out: dict[int, int] = {}

    def take(values: list[dict[str, Any]]) -> None:
        try:  # 10,000 of them: at C speed when every one is a plain int pair (as Tripletex sends)
            got: dict[Any, Any] | None = dict(zip(map(_ID, values), map(_VERSION, values), strict=True))
        except (KeyError, TypeError):
            got = None
        if got is not None and set(map(type, got)) <= {int} and set(map(type, got.values())) <= {int}:
            out.update(got)
        else:
            for v in values:  # one by one: an id that is not an int is left out (a bool is not one)
                rid = v.get("id") if isinstance(v, dict) else None
                if type(rid) is int:
                    version = v.get("version")
                    out[rid] = version if type(version) is int else -1

    what = f"list {part.describe()} (ids and versions)"
    start = 0
    if first is not None:  # page 0 came with the check (count=LIGHT_PAGE_SIZE)
        page, more = _page(first, what, LIGHT_PAGE_SIZE, set(), True)
        take(page.values)
        if not more:
            return out
        start = len(page.values)
    # the rest of a part in one or two requests: ids and versions are small, and a part holds
    # at most 10,000 projects (Tripletex's result cap, also its largest `count`)
    async for page in pages(client, "/project", {**part.params(), "fields": DIGEST_FIELDS},
                            what=what, page_size=LIGHT_PAGE_SIZE, start=start):
        take(page.values)
    return out
