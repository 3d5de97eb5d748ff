"""The connection to Tripletex: one httpx.AsyncClient, the session, and the request loop.

`Connection` creates the session (POST `/token/session/:create`, with the tokens in the body:
never the legacy PUT, which puts them in the URL), authenticates with Basic
`companyId:sessionToken`, makes a new session once on a 401, retries 5xx, 429, timeouts, dropped
connections and malformed JSON with backoff and jitter, keeps every request within the rate
limit (`core.tripletex.budget`), and refuses anything that could write to Tripletex. Each
exchange has a total deadline and a cap on the answer's size (`core.tripletex.exchange`); a
redirect is reported, not followed. It counts every attempt in `requests` and logs method,
path, status, requestId and time, never a token.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from core.i18n import _
from core.killpoints import kill_point
from core.secret import Secret
from core.tripletex.budget import Budget
from core.tripletex.classify import ApiError, call_error, parse_api_error, session_error
from core.tripletex.endpoints import environment_name
from core.tripletex.errors import (
    CompanyIdError,
    MalformedResponseError,
    RateLimitedError,
    ReadOnlyError,
    ServerError,
)
from core.tripletex.exchange import (
    DEADLINE_S,
    MAX_BODY_BYTES,
    BodyTooLarge,
    DeadlineExceeded,
    check_request,
    exchange,
    session_path,
)
from core.tripletex.failures import (
    deadline_error,
    network_error,
    not_json_error,
    parse_json,
    redirect_error,
    tls_error,
    tls_failed,
    too_large_error,
)
from core.tripletex.http import (
    SESSION_CREATE,
    Answer,
    backoff_delay,
    check_base_url,
    check_read_only,
    http_date,
    install_log_filter,
    safe_path,
    session_expiry,
    tls_context,
)

log = logging.getLogger("rabbitsync.tripletex")
RETRY_STATUSES = (500, 502, 503, 504)
CLOSE_DEADLINE_S = 2.0  # deleting the session at the end: never worth a long wait

Sleep = Callable[[float], Awaitable[Any]]


class Connection:
    """One session with Tripletex and the request loop; `TripletexClient` adds the reads."""

    def __init__(
        self,
        base_url: str,
        consumer_token: str,
        employee_token: str,
        company_id: str | int | None = None,
        *,
        timeout: float = 30.0,
        max_retries: int = 5,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        session: str | None = None,
        deadline: float = DEADLINE_S,
        max_body: int = MAX_BODY_BYTES,
        budget: Budget | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._consumer = Secret(consumer_token)  # (a repr, a traceback's locals: masked)
        self._employee = Secret(employee_token)
        cid = str(company_id).strip() if company_id is not None else ""
        if cid and not (cid.isascii() and cid.isdigit()):
            # Tripletex answers every call 401 / 3000 for it (real/error-401-3000-…), which the
            # 401 handling would take for a revoked employee token
            raise CompanyIdError(
                _("the company id {id} is not a number: Tripletex takes a client company's "
                  "numeric id there, or 0 (or nothing) for the token owner's own "
                  "company").format(id=repr(cid[:40])),
                _("give a client company's numeric id, or nothing for your own company: run "
                  "`rabbitsync config set company-id ID` (or set RABBITSYNC_COMPANY_ID)"),
            )
        self.company_id = cid if cid and cid != "0" else "0"
        self.timeout = timeout  # per read (httpx)
        self.deadline = deadline  # per request, answer included
        self.max_body = max_body
        self.max_retries = max(0, max_retries)
        self._sleep = sleep
        self._rng = random.Random()
        self.requests = 0
        # one this process made earlier (core.tripletex.sessions)
        self._session: str | None = Secret(session) if session else None
        self._session_lock = asyncio.Lock()
        # the rate limit, for every request in flight (`budget`: shared with the other clients
        # of the same token pair, whose limit it is: core.tripletex.pool)
        self._budget = budget or Budget(sleep, self._rng)
        self._closed = False
        # Tripletex's clock (the Date of its first answer since `mark_server_clock`): a cursor
        # for changedSince is taken by it, never by this machine's clock, which may be off
        self.server_start: datetime | None = None
        install_log_filter()
        # TLS verification stays on (httpx's default context, made once per process: loading
        # the CA bundle costs 15 ms, a third of an idle sync); http only reaches loopback
        self._http = httpx.AsyncClient(
            base_url=self.base_url + "/",
            timeout=httpx.Timeout(timeout),
            verify=tls_context(),
            transport=transport,
            # (the encodings core.tripletex.exchange unpacks, a bounded piece at a time)
            headers={"Accept": "application/json", "User-Agent": "rabbitsync",
                     "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        state = "session" if self._session else "no session"
        return f"TripletexClient({self.base_url!r}, company_id={self.company_id!r}, {state})"

    @property
    def environment(self) -> str:
        return environment_name(self.base_url)

    def _secrets(self) -> list[str]:
        return [s for s in (self._consumer, self._employee, self._session) if s]

    def mark_server_clock(self) -> None:
        """`server_start` becomes the Date of the next answer (a run calls it as it starts)."""
        self.server_start = None

    async def __aenter__(self) -> Connection:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def detach(self) -> str | None:
        """Close the connection pool but keep the session: its token is returned for a later
        client of this process (`session=`), which then deletes it. None when there is none."""
        if self._closed:
            return None
        self._closed = True
        token, self._session = self._session, None
        await self._http.aclose()
        return token

    async def aclose(self) -> None:
        """Delete this client's own session (if it made one), then close the connection pool."""
        if self._closed:
            return
        self._closed = True
        token, self._session = self._session, None
        try:
            if token:
                request = self._http.build_request("DELETE", session_path(token))
                try:
                    check_request(request, self.base_url, token)
                except ReadOnlyError as exc:  # a "token" that is not one: nothing to delete
                    log.warning("the session was not deleted: %s", exc.one_line())
                    return
                try:
                    t0 = time.perf_counter()
                    self.requests += 1
                    resp = await exchange(self._http, request, auth=(self.company_id, token),
                                          deadline=min(self.deadline, CLOSE_DEADLINE_S),
                                          max_body=self.max_body)
                    self._log("DELETE", "/token/session/•••", resp.status_code,
                              resp.headers.get("x-tlx-request-id"), t0)
                except (httpx.HTTPError, DeadlineExceeded, BodyTooLarge) as exc:
                    log.info("DELETE /token/session/••• failed: %s", type(exc).__name__)
        finally:
            await self._http.aclose()

    # ---- the request loop -------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        what: str = "read from Tripletex",
        ok: tuple[int, ...] = (200,),
    ) -> Answer:
        """One authenticated call with retries. `ok` lists the statuses returned, not raised;
        any other answer becomes a typed `TripletexError`. Refuses writes before sending."""
        check_read_only(method, path, self._session)
        reauthed = False
        while True:
            token = await self._ensure_session()
            try:
                return await self._attempts(
                    method, path, params=params, headers=headers, ok=ok, auth=token, what=what
                )
            except _Refused as exc:
                raise call_error(exc.err, what, self.company_id) from None
            except _Unauthorized as exc:
                if reauthed:
                    raise call_error(exc.err, what, self.company_id) from None
                reauthed = True
                log.info("401 on %s %s: creating a new session", method, path)
                async with self._session_lock:
                    if self._session == token:
                        self._session = None

    async def _attempts(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...],
        auth: str | None,
        what: str,
    ) -> Answer:
        """Send until an answer in `ok`, or a typed error once retries are used up."""
        attempt = 0
        shown = safe_path(path, self._session)
        while True:
            request = self._http.build_request(
                method, path.lstrip("/"), params=params, json=json_body, headers=headers
            )
            check_request(request, self.base_url, self._session)  # the URL as it will be sent
            kill_point("request")
            first = await self._budget.before_request()
            t0 = time.perf_counter()
            self.requests += 1
            resp = None
            try:
                resp = await exchange(self._http, request,
                                      auth=(self.company_id, auth) if auth else None,
                                      deadline=self.deadline, max_body=self.max_body)
            except DeadlineExceeded:
                self._log(method, shown, None, None, t0, "deadline")
                raise deadline_error(self._host(), self.deadline, method, shown) from None
            except BodyTooLarge as exc:
                self._log(method, shown, None, None, t0, "too large")
                raise too_large_error(self.max_body, exc.size, method, shown) from None
            except httpx.HTTPError as exc:
                self._log(method, shown, None, None, t0, type(exc).__name__)
                if tls_failed(exc):
                    raise tls_error(self._host(), exc) from None
                if attempt >= self.max_retries:
                    raise network_error(exc, self._host(), self.timeout, attempt + 1,
                                        self._secrets()) from None
                await self._sleep(backoff_delay(attempt, self._rng))
                attempt += 1
                continue
            finally:
                self._budget.answered(resp.headers if resp is not None else None,
                                      resp.status_code if resp is not None else None, first)
            rid = resp.headers.get("x-tlx-request-id")
            if self.server_start is None:
                self.server_start = http_date(resp.headers.get("date"))
            self._log(method, shown, resp.status_code, rid, t0)
            status = resp.status_code
            if 300 <= status < 400 and status not in ok:
                raise redirect_error(resp, self.base_url, method, shown, self._secrets())
            if status in ok:
                data = None
                if 200 <= status < 300 and status != 204:
                    data = parse_json(resp.content)
                    if data is None:
                        if attempt >= self.max_retries:
                            raise not_json_error(method, shown, attempt + 1, status, rid)
                        await self._sleep(backoff_delay(attempt, self._rng))
                        attempt += 1
                        continue
                return Answer(status, data, rid, resp.headers)
            if status == 401 and auth:
                raise _Unauthorized(parse_api_error(resp, self._secrets()))
            if status == 429:
                if attempt >= self.max_retries:
                    err = parse_api_error(resp, self._secrets())
                    raise err.make(
                        RateLimitedError,
                        _("Tripletex kept answering 429 Too Many Requests ({tries} tries); the "
                          "limit is per employee token and integration").format(
                            tries=attempt + 1),
                        _("wait a minute and try again; stop other programs that use the same "
                          "employee token at the same time"),
                    )
                wait = self._budget.refused(resp.headers)  # every request waits, this one too
                log.info("429 Too Many Requests: every request waits %.1f s", wait)
                attempt += 1
                continue
            if status in RETRY_STATUSES:
                if attempt >= self.max_retries:
                    err = parse_api_error(resp, self._secrets())
                    raise err.make(
                        ServerError,
                        _("Tripletex answered {status} (a server error) {tries} times in a row "
                          "to {method} {path}").format(status=status, tries=attempt + 1,
                                                       method=method, path=shown),
                        _("Tripletex may be having trouble: try again in a few minutes; if it "
                          "persists, report it with the requestId"),
                    )
                await self._sleep(backoff_delay(attempt, self._rng))
                attempt += 1
                continue
            raise _Refused(parse_api_error(resp, self._secrets()))

    def _host(self) -> str:
        return urlsplit(self.base_url).hostname or self.base_url

    def _log(
        self, method: str, path: str, status: int | None, rid: str | None, t0: float,
        failure: str | None = None,
    ) -> None:
        ms = (time.perf_counter() - t0) * 1000
        log.info(
            "%s %s -> %s %.0f ms%s", method, path, status if status is not None else failure,
            ms, f" requestId={rid}" if rid else "",
        )

    # ---- the session ------------------------------------------------------------------

    async def _ensure_session(self) -> str:
        async with self._session_lock:
            if self._session is None:
                self._session = await self._create_session()
            return self._session

    async def _create_session(self) -> str:
        expiry = session_expiry()
        body = {"consumerToken": self._consumer, "employeeToken": self._employee,
                "expirationDate": expiry}
        try:  # (never the legacy PUT, whatever the answer: it puts both tokens in the URL)
            answer = await self._attempts(
                "POST", SESSION_CREATE, json_body=body, ok=(200, 201), auth=None,
                what="create a session",
            )
        except _Refused as exc:
            raise session_error(
                exc.err, self.environment, self.base_url, self._consumer.startswith("test-")
            ) from None
        value = answer.data.get("value") if isinstance(answer.data, dict) else None
        token = value.get("token") if isinstance(value, dict) else None
        if not isinstance(token, str) or not token:
            raise MalformedResponseError(
                _("Tripletex created a session but its answer holds no session token"),
                _("check that the base URL points at Tripletex's API (it ends in /v2)"),
                status=answer.status,
                request_id=answer.request_id,
            )
        return Secret(token)

    async def get(
        self, path: str, params: dict[str, Any], *, what: str, ok: tuple[int, ...] = (200,),
        headers: dict[str, str] | None = None,
    ) -> Answer:
        """GET with retries; Tripletex's refusals (4xx not in `ok`) become typed errors."""
        return await self.request("GET", path, params=params, headers=headers, what=what, ok=ok)


class _Unauthorized(Exception):
    """401 on an authenticated call: the loop makes a new session once."""

    def __init__(self, err: ApiError) -> None:
        self.err = err


class _Refused(Exception):
    """A 4xx that retrying will not fix; the caller classifies it."""

    def __init__(self, err: ApiError) -> None:
        self.err = err
