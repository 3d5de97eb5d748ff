"""Pieces of the client's HTTP layer that hold no state: the read-only rule, the URL check,
backoff delays, rate-limit and Date headers, the session's expiry date, the TLS context and the
log filter that keeps tokens out of httpx's own log lines.
"""

from __future__ import annotations

import logging
import random
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from core.i18n import _
from core.secret import redact
from core.tripletex.endpoints import check_base_url as _check_base_url
from core.tripletex.errors import InsecureURLError, ReadOnlyError

SESSION_CREATE = "/token/session/:create"
SESSION_PREFIX = "/token/session/"
MAX_WAIT_S = 60.0  # never sleep longer than this for one retry or one rate-limit pause
BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 30.0
OSLO = ZoneInfo("Europe/Oslo")


@dataclass
class Answer:
    """One successful answer: status, parsed JSON (None for 204/304) and Tripletex's requestId."""

    status: int
    data: Any
    request_id: str | None
    headers: httpx.Headers


def check_base_url(base_url: str) -> str:
    """The base URL without a trailing slash; plain http only to this machine (the one check:
    core.tripletex.endpoints)."""
    return _check_base_url(base_url, InsecureURLError)


def check_read_only(method: str, path: str, own_session: str | None) -> None:
    """Refuse, before anything is sent for it, a call that could write to Tripletex (the URL
    itself is checked again as it is sent: `core.tripletex.exchange.check_request`)."""
    method = method.upper()
    if method == "GET":
        return
    if method == "POST" and path == SESSION_CREATE:
        return
    if method == "DELETE" and own_session and path == SESSION_PREFIX + own_session:
        return
    shown = redact(path, [own_session or ""])
    raise ReadOnlyError(
        _("rabbitsync refused to send {method} {path}: it only reads from Tripletex").format(
            method=method, path=shown),
        _("this is a bug in rabbitsync; please report it"),
    )


def safe_path(path: str, own_session: str | None) -> str:
    """The path as it may be logged or shown (the session token in DELETE's path masked)."""
    return redact(path, [own_session or ""])


def backoff_delay(attempt: int, rng: random.Random, base: float = BACKOFF_BASE_S) -> float:
    """Exponential backoff with jitter: about base·2^attempt, capped, never less than half."""
    delay = min(BACKOFF_CAP_S, base * (2**attempt))
    return delay * rng.uniform(0.5, 1.0)


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


def warm_up() -> None:
    """Make what a process's first request would make while it waits (up to a tenth of a
    second; the app calls it in a worker at start): the TLS context, and the modules httpx
    loads at its first request (httpcore and anyio, its own dependencies)."""
    tls_context()
    import anyio  # noqa: F401
    import httpcore  # noqa: F401


def http_date(value: str | None) -> datetime | None:
    """An HTTP Date header (`Tue, 24 Nov 2026 21:05:09 GMT`) as an aware datetime, or None."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _num(headers: httpx.Headers, name: str) -> float | None:
    v = headers.get(name)
    if v is None:
        return None
    try:
        return float(v.strip())
    except ValueError:
        return None


@dataclass
class RateLimit:
    """Tripletex's X-Rate-Limit-* headers of one answer (`core.tripletex.budget` uses them)."""

    limit: float | None
    remaining: float | None
    reset: float | None  # seconds until the window has room again

    @classmethod
    def of(cls, headers: httpx.Headers) -> RateLimit:
        return cls(
            _num(headers, "x-rate-limit-limit"),
            _num(headers, "x-rate-limit-remaining"),
            _num(headers, "x-rate-limit-reset"),
        )

    @staticmethod
    def retry_after(headers: httpx.Headers) -> float | None:
        """A `Retry-After` in seconds (Tripletex is not known to send one; a proxy may)."""
        return _num(headers, "retry-after")


class _RedactHttpxLog(logging.Filter):
    """httpx logs full URLs at INFO; the legacy session call carries tokens in its query."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad record must not break logging
            return True
        clean = redact(text)
        if clean != text:
            record.msg, record.args = clean, ()
        return True


def install_log_filter() -> None:
    """Attach the redacting filter to httpx's and httpcore's loggers (idempotent)."""
    for name in ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2"):
        lg = logging.getLogger(name)
        if not any(isinstance(f, _RedactHttpxLog) for f in lg.filters):
            lg.addFilter(_RedactHttpxLog())
