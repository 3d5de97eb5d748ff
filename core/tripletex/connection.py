"""The connection to Tripletex: one httpx.AsyncClient, the session, and the request loop.

`Connection` creates the session (POST `/token/session/:create`, falling back to the legacy PUT),
authenticates with Basic `companyId:sessionToken`, makes a new session once on a 401, retries
5xx, 429, timeouts, dropped connections and malformed JSON with backoff and jitter, pauses when
the rate-limit budget runs low, and refuses anything that could write to Tripletex. It counts
every attempt in `requests` and logs method, path, status, requestId and time, never a token.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import httpx
import orjson

from core.tripletex.classify import ApiError, call_error, parse_api_error, session_error
from core.tripletex.errors import (
    MalformedResponseError,
    NetworkError,
    RateLimitedError,
    ServerError,
    redact,
)
from core.tripletex.http import (
    MAX_WAIT_S,
    SESSION_CREATE,
    SESSION_PREFIX,
    Answer,
    RateLimit,
    backoff_delay,
    check_base_url,
    check_read_only,
    install_log_filter,
    retry_after_429,
    safe_path,
)

log = logging.getLogger("rabbitsync.tripletex")
OSLO = ZoneInfo("Europe/Oslo")
RETRY_STATUSES = (500, 502, 503, 504)

Sleep = Callable[[float], Awaitable[Any]]


def session_expiry(now: datetime | None = None) -> str:
    """Tomorrow + 1 in Oslo time: Tripletex ends a session at Oslo midnight of this date."""
    today = (now or datetime.now(OSLO)).astimezone(OSLO).date()
    return (today + timedelta(days=2)).isoformat()


_TLS: ssl.SSLContext | None = None


def tls_context() -> ssl.SSLContext:
    """httpx's default verifying context (certifi's CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR
    when set), shared by every client of the process."""
    global _TLS
    if _TLS is None:
        _TLS = httpx.create_ssl_context()
    return _TLS


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
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._consumer = consumer_token
        self._employee = employee_token
        cid = str(company_id).strip() if company_id is not None else ""
        self.company_id = cid if cid and cid != "0" else "0"
        self.timeout = timeout
        self.max_retries = max(0, max_retries)
        self._sleep = sleep
        self._rng = random.Random()
        self.requests = 0
        self._session: str | None = session  # one this process made earlier (core.sessions)
        self._legacy_create = False
        self._session_lock = asyncio.Lock()
        self._pause_until = 0.0
        self._closed = False
        install_log_filter()
        # TLS verification stays on (httpx's default context, made once per process: loading
        # the CA bundle costs 15 ms, a third of an idle sync); http only reaches loopback
        self._http = httpx.AsyncClient(
            base_url=self.base_url + "/",
            timeout=httpx.Timeout(timeout),
            verify=tls_context(),
            transport=transport,
            headers={"Accept": "application/json", "User-Agent": "rabbitsync"},
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        state = "session" if self._session else "no session"
        return f"TripletexClient({self.base_url!r}, company_id={self.company_id!r}, {state})"

    @property
    def environment(self) -> str:
        url = self.base_url
        if url == "https://tripletex.no/v2":
            return "production"
        if url == "https://api-test.tripletex.tech/v2":
            return "test"
        return urlsplit(url).netloc

    def _secrets(self) -> list[str]:
        return [s for s in (self._consumer, self._employee, self._session) if s]

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
                path = SESSION_PREFIX + token
                check_read_only("DELETE", path, token)
                try:
                    t0 = time.perf_counter()
                    self.requests += 1
                    resp = await self._http.delete(path.lstrip("/"), auth=(self.company_id, token))
                    self._log("DELETE", safe_path(path, token), resp.status_code,
                              resp.headers.get("x-tlx-request-id"), t0)
                except httpx.HTTPError as exc:
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
            await self._wait_for_budget()
            t0 = time.perf_counter()
            self.requests += 1
            try:
                resp = await self._http.request(
                    method,
                    path.lstrip("/"),
                    params=params,
                    json=json_body,
                    headers=headers,
                    auth=(self.company_id, auth) if auth else None,
                )
            except httpx.HTTPError as exc:
                self._log(method, shown, None, None, t0, type(exc).__name__)
                fatal = self._network_error(exc, attempt)
                if fatal is not None:
                    raise fatal from None
                if attempt >= self.max_retries:
                    raise self._network_error(exc, attempt, final=True) from None  # type: ignore[misc]
                await self._sleep(backoff_delay(attempt, self._rng))
                attempt += 1
                continue
            rid = resp.headers.get("x-tlx-request-id")
            self._log(method, shown, resp.status_code, rid, t0)
            self._note_budget(resp.headers)
            status = resp.status_code
            if status in ok:
                data = None
                if 200 <= status < 300 and status != 204:
                    data = self._json(resp)
                    if data is None:
                        if attempt >= self.max_retries:
                            raise MalformedResponseError(
                                f"Tripletex answered {method} {shown} with a body that is not "
                                f"valid JSON in Tripletex's format, {attempt + 1} times",
                                "try again; if it persists, a proxy may be altering the answers "
                                "or the base URL may not point at Tripletex's API (it ends in /v2)",
                                status=status,
                                request_id=rid,
                            )
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
                        f"Tripletex kept answering 429 Too Many Requests ({attempt + 1} tries); "
                        "the limit is per employee token and integration",
                        "wait a minute and try again; stop other programs that use the same "
                        "employee token at the same time",
                    )
                await self._sleep(retry_after_429(resp.headers, attempt, self._rng))
                attempt += 1
                continue
            if status in RETRY_STATUSES:
                if attempt >= self.max_retries:
                    err = parse_api_error(resp, self._secrets())
                    raise err.make(
                        ServerError,
                        f"Tripletex answered {status} (a server error) {attempt + 1} times in a "
                        f"row to {method} {shown}",
                        "Tripletex may be having trouble: try again in a few minutes; if it "
                        "persists, report it with the requestId",
                    )
                await self._sleep(backoff_delay(attempt, self._rng))
                attempt += 1
                continue
            raise _Refused(parse_api_error(resp, self._secrets()))

    def _json(self, resp: httpx.Response) -> Any:
        """Parsed JSON object, or None when the body is not a JSON object."""
        try:
            data = orjson.loads(resp.content)  # a third of json's time on a page of 1,000
        except orjson.JSONDecodeError:
            try:  # what orjson refuses that json reads (a BOM, lone surrogates escaped)
                data = json.loads(resp.content)
            except (ValueError, UnicodeDecodeError):
                return None
        return data if isinstance(data, dict) else None

    def _network_error(
        self, exc: httpx.HTTPError, attempt: int, *, final: bool = False
    ) -> NetworkError | None:
        """A NetworkError to raise now (TLS, final attempt), or None to retry."""
        host = urlsplit(self.base_url).hostname or self.base_url
        cause_chain = [exc, exc.__cause__, exc.__context__]
        tls = any(isinstance(c, ssl.SSLError) for c in cause_chain) or "CERTIFICATE" in str(exc)
        if tls:
            return NetworkError(
                f"the TLS connection to {host} failed: its certificate could not be verified",
                "check the base URL and the system clock; a proxy that intercepts TLS needs its "
                "certificate installed in the system's trust store (verification stays on)",
            )
        if not final:
            return None
        tries = f"tried {attempt + 1} times"
        if isinstance(exc, httpx.TimeoutException):
            cause = f"Tripletex at {host} did not answer within {self.timeout:g} s ({tries})"
        elif isinstance(exc, httpx.ConnectError):
            text = redact(str(exc), self._secrets()).lower()
            if "name" in text or "resolve" in text or "nodename" in text:
                cause = f"the host name {host} cannot be resolved (DNS; {tries})"
            else:
                cause = f"cannot connect to Tripletex at {host}: the network is down or the host unreachable ({tries})"
        else:
            cause = f"the connection to {host} was closed without a complete answer ({tries})"
        return NetworkError(
            cause,
            "check the network connection, VPN or proxy, and the base URL (`rabbitsync config "
            "show`); then try again",
        )

    def _note_budget(self, headers: httpx.Headers) -> None:
        pause = RateLimit.of(headers).pause_s()
        if pause > 0:
            self._pause_until = max(self._pause_until, time.monotonic() + pause)

    async def _wait_for_budget(self) -> None:
        wait = self._pause_until - time.monotonic()
        self._pause_until = 0.0
        if wait > 0:
            log.info("rate limit nearly used: pausing %.1f s", wait)
            await self._sleep(min(wait, MAX_WAIT_S))

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
        answer: Answer | None = None
        try:
            if not self._legacy_create:
                try:
                    answer = await self._attempts(
                        "POST", SESSION_CREATE, json_body=body, ok=(200, 201), auth=None,
                        what="create a session",
                    )
                except _Refused as exc:
                    if exc.err.status not in (404, 405):
                        raise
                    log.info("POST %s -> %s: using the legacy PUT", SESSION_CREATE, exc.err.status)
                    self._legacy_create = True
            if answer is None:
                # legacy: tokens travel in the query; the URL is never logged or shown
                answer = await self._attempts(
                    "PUT", SESSION_CREATE, params=body, ok=(200, 201), auth=None,
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
                "Tripletex created a session but its answer holds no session token",
                "check that the base URL points at Tripletex's API (it ends in /v2)",
                status=answer.status,
                request_id=answer.request_id,
            )
        return token

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
