"""Customer listings (`/customer`, one value of `isInactive` per query) that nothing slips out of.

Paging is by offset, so a customer that leaves the list while it is paged (deactivated,
deleted) moves every later one a place up, and the first of the next page is never seen: on a
first sync it would stay missing, with its projects, until a complete pass (changedSince does
not list it: it did not change). So a listing of more than one page checks, after its last
page, whether the list changed while it paged: the first page asked for the list's
versionDigest, and one more request with that digest answers 304 when nothing changed (where
Tripletex sends no digest, the list is taken to have changed: `fullResultSize` cannot tell, it
is not the total but says whether more follow, and is 0 on some lists with values). When it
changed, the list's ids are fetched (`fields=id`, one request) and the customers not seen are
fetched by id (one by one when they are few) and handed on as one more page. A listing of one
page cannot shift.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from core.i18n import _, number
from core.models import api_int
from core.tripletex.errors import ResultTooLargeError
from core.tripletex.listing import ANY_DIGEST, ID_CHUNK, LIGHT_PAGE_SIZE, pages

if TYPE_CHECKING:
    from core.tripletex.client import TripletexClient

log = logging.getLogger("rabbitsync.tripletex")
FEW = 10  # customers missed by a listing that are looked up one by one (more: by id lists)


async def customer_pages(
    client: TripletexClient, is_inactive: bool, changed_since: str | None, fields: str
) -> AsyncIterator[list[dict[str, Any]]]:
    """Pages of `/customer` for one value of `isInactive` (see the module docstring)."""
    kind = "inactive" if is_inactive else "active"
    params = {"isInactive": "true" if is_inactive else "false", "fields": fields}
    if changed_since:
        params["changedSince"] = changed_since
    what = f"list {kind} customers"
    try:
        seen: set[Any] = set()
        digest, n = None, 0
        async for page in pages(client, "/customer", params, what=what,
                                if_none_match=ANY_DIGEST):
            n += 1
            if n == 1:
                digest = page.digest
            seen.update(v.get("id") for v in page.values)
            yield page.values
        if n > 1 and await _changed_while_paged(client, params, what, digest):
            missed = await _missed(client, params, what, seen)
            if missed:
                log.info("%s: %d moved while the list was paged; fetched by id", what, len(missed))
                yield missed
    except ResultTooLargeError as exc:
        if is_inactive:
            cause = _("the inactive customers could not be fetched: there are more than {cap} and "
                      "Tripletex refuses to list more than {cap} results per query (code 23000); "
                      "rabbitsync splits customers only into active and inactive")
            fix = _("report this with the requestId so customer listings can be split further")
        else:
            cause = _("the active customers could not be fetched: there are more than {cap} and "
                      "Tripletex refuses to list more than {cap} results per query (code 23000); "
                      "rabbitsync splits customers only into active and inactive")
            fix = _("deactivating customers no longer in use in Tripletex moves them out of this "
                    "list; report this with the requestId so customer listings can be split "
                    "further")
        raise ResultTooLargeError(
            cause.format(cap=number(10_000)),
            fix,
            status=exc.status,
            code=exc.code,
            developer_message=exc.developer_message,
            message=exc.message,
            request_id=exc.request_id,
        ) from None


def _usable(digest: str | None) -> bool:
    """A digest Tripletex can compare (not its "not specified" or "not supported" texts)."""
    return bool(digest) and " " not in (digest or "")


async def _changed_while_paged(client: TripletexClient, params: dict[str, str], what: str,
                               digest: str | None) -> bool:
    if not _usable(digest):
        return True  # nothing can tell: its ids are listed (one light request) and compared
    ans = await client.get("/customer", {**params, "from": 0, "count": 1}, what=what,
                           ok=(200, 304), headers={"If-None-Match": digest or ""})
    return ans.status != 304


async def _missed(client: TripletexClient, params: dict[str, str], what: str,
                  seen: set[Any]) -> list[dict[str, Any]]:
    """The customers of the list now that the listing did not show, fetched whole."""
    ids: list[int] = []
    async for page in pages(client, "/customer", {**params, "fields": "id"}, what=what,
                            page_size=LIGHT_PAGE_SIZE):
        ids.extend(i for v in page.values if (i := api_int(v.get("id"))) is not None)
    missing = [i for i in dict.fromkeys(ids) if i not in seen]
    if len(missing) <= FEW:  # the usual one or two: each looked up by id
        got = [await client.get_customer(i, params["fields"]) for i in missing]
        return [c for c in got if c is not None]
    out: list[dict[str, Any]] = []
    for n in range(0, len(missing), ID_CHUNK):
        chunk = ",".join(map(str, missing[n:n + ID_CHUNK]))
        async for page in pages(client, "/customer", {**params, "id": chunk}, what=what):
            out.extend(page.values)
    return out
