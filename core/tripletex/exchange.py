"""One HTTP exchange with Tripletex, within limits a server cannot push past.

* The read-only rule is checked on the request as httpx will send it (after it has joined the
  base URL and the path and normalised `..` segments), not on the path the caller gave: only
  GETs, `POST /token/session/:create` and `DELETE /token/session/{our own session}` (the token
  encoded as one path segment) reach the base URL's host, and nothing reaches another host.
* A total deadline covers the whole exchange, answer body included: httpx's timeout is per
  read, so a server that sends a byte every few seconds would otherwise hold a run for ever.
* The body is read as a stream, unpacked here (gzip or deflate, the encodings asked for) a
  bounded piece at a time, and given up once it has grown past a cap: a gzip answer of 1 MB on
  the wire can inflate to gigabytes, tens of MB of them from one network read.
"""

from __future__ import annotations

import asyncio
import zlib
from dataclasses import dataclass
from urllib.parse import quote

import httpx

from core.i18n import _
from core.secret import redact
from core.tripletex.errors import ReadOnlyError

DEADLINE_S = 120.0  # one request, answer included (a page of 1,000 takes well under a second)
MAX_BODY_BYTES = 32 << 20  # unpacked; a page of 10,000 ids and versions is about 0.3 MB
SESSION_CREATE = "token/session/:create"
SESSION_PREFIX = "token/session/"


@dataclass
class Raw:
    """An answer read whole: what `httpx.Response` offers of it, and nothing streaming."""

    status_code: int
    headers: httpx.Headers
    content: bytes


class DeadlineExceeded(Exception):
    """The whole exchange took longer than its deadline."""


class BodyTooLarge(Exception):
    """The answer's body grew past the cap (unpacked); `size` bytes had been read."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def session_path(token: str) -> str:
    """The path (under the base URL) that deletes session `token`: the token is one segment."""
    return SESSION_PREFIX + quote(token, safe="")


def check_request(request: httpx.Request, base_url: str, own_session: str | None) -> None:
    """Refuse, before sending, a request that could write to Tripletex or leaves its host."""
    base = httpx.URL(base_url.rstrip("/") + "/")
    url = request.url
    path = url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")
    root = base.raw_path.decode("ascii", "replace")  # e.g. "/v2/"
    ok = (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port) and (
        path.startswith(root)
    )
    method = request.method.upper()
    if ok and method != "GET":
        bare = not url.query
        if method == "POST":
            ok = bare and path == root + SESSION_CREATE
        elif method == "DELETE":
            ok = bare and bool(own_session) and path == root + session_path(own_session or "")
        else:
            ok = False
    if not ok:
        secrets = [s for s in (own_session, quote(own_session or "", safe="")) if s]
        raise ReadOnlyError(
            _("rabbitsync refused to send {method} {path}: it only reads from Tripletex (and "
              "deletes its own session), and only at the base URL's host").format(
                method=method, path=redact(path, secrets)),
            _("nothing was sent; if the server gave a session token that is not one, check the "
              "base URL (`rabbitsync config show`); otherwise report it"),
        )


async def exchange(
    http: httpx.AsyncClient, request: httpx.Request, *, auth: tuple[str, str] | None,
    deadline: float, max_body: int,
) -> Raw:
    """Send `request` and read its answer whole, within `deadline` seconds and `max_body`
    bytes; DeadlineExceeded or BodyTooLarge otherwise (httpx's own errors pass through)."""
    timeout = asyncio.timeout(deadline)
    try:
        async with timeout:
            resp = await http.send(request, auth=auth, stream=True)
            try:
                body = await _read(resp, max_body)
            finally:
                await resp.aclose()
    except TimeoutError:
        if timeout.expired():
            raise DeadlineExceeded() from None
        raise
    return Raw(resp.status_code, resp.headers, body)


async def _read(resp: httpx.Response, max_body: int) -> bytes:
    """The body, unpacked here rather than by httpx, never more than `max_body` + 1 bytes at a
    time: a few KB of gzip can unpack to tens of MB in one go (1 GiB of zeros is 1 MB)."""
    if resp.is_stream_consumed:  # an answer httpx already holds whole (a test's transport)
        if len(resp.content) > max_body:
            raise BodyTooLarge(len(resp.content))
        return resp.content
    encoding = resp.headers.get("content-encoding", "").strip().lower()
    if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
        raise httpx.DecodingError(f"the answer is packed as {encoding!r}, which was not asked for")
    unpack = zlib.decompressobj(32 + zlib.MAX_WBITS) if encoding not in ("", "identity") else None
    chunks: list[bytes] = []
    size = 0
    try:
        async for raw in resp.aiter_raw():
            while raw:
                if unpack is None:
                    out, raw = raw, b""
                else:
                    out = unpack.decompress(raw, max_body - size + 1)
                    raw = unpack.unconsumed_tail
                size += len(out)
                if size > max_body:
                    raise BodyTooLarge(size)
                chunks.append(out)
        if unpack is not None:
            chunks.append(unpack.flush())
    except zlib.error as exc:
        raise httpx.DecodingError(f"the answer's {encoding} does not unpack ({exc})") from None
    return b"".join(chunks)
