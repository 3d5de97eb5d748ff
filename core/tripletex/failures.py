"""The errors the request loop raises once retrying will not help, each with a cause and a fix:
no answer (network, TLS, timeouts), an answer that took too long or grew too large, a redirect,
and a body that is not Tripletex's JSON. Pure functions: `core.tripletex.connection` decides
when each applies.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson

from core.secret import redact
from core.tripletex.errors import (
    MalformedResponseError,
    NetworkError,
    RedirectError,
    ResponseTooLargeError,
)
from core.tripletex.exchange import Raw


def parse_json(content: bytes) -> dict[str, Any] | None:
    """A body's JSON object, or None when it is not a JSON object."""
    try:
        data = orjson.loads(content)  # a third of json's time on a page of 1,000
    except orjson.JSONDecodeError:
        try:  # what orjson refuses that json reads (a BOM, lone surrogates escaped)
            data = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            return None
    return data if isinstance(data, dict) else None


def _ssl_error(exc: BaseException) -> ssl.SSLError | None:
    """The TLS error behind `exc` (httpx wraps httpcore's error, which wraps ssl's)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, ssl.SSLError):
            return e
        todo += [e.__cause__, e.__context__]
    return None


def tls_failed(exc: httpx.HTTPError) -> bool:
    return _ssl_error(exc) is not None or "CERTIFICATE" in str(exc)


# what OpenSSL says when the other end answers a TLS hello in plain text (an http port)
_PLAIN_HTTP = ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG",
               "HTTP_REQUEST", "UNKNOWN_PROTOCOL")


def tls_error(host: str, exc: httpx.HTTPError | None = None) -> NetworkError:
    err = _ssl_error(exc) if exc is not None else None
    said = f"{getattr(err, 'reason', '') or ''} {err} {exc}".upper() if err is not None else ""
    if any(mark in said for mark in _PLAIN_HTTP):
        return NetworkError(
            f"{host} does not speak https: it answered the TLS handshake in plain text (an "
            "http port)",
            "check the base URL: Tripletex is always https; a sandbox on this machine is "
            "http://127.0.0.1:PORT/v2",
        )
    if err is not None and not isinstance(err, ssl.SSLCertVerificationError) \
            and "CERTIFICATE" not in said:
        return NetworkError(
            f"the TLS handshake with {host} failed "
            f"({getattr(err, 'reason', None) or type(err).__name__})",
            "check the base URL, and any proxy or firewall between this machine and Tripletex; "
            "then try again",
        )
    return NetworkError(
        f"the TLS connection to {host} failed: its certificate could not be verified",
        "check the base URL and the system clock; a proxy that intercepts TLS needs its "
        "certificate installed in the system's trust store (verification stays on)",
    )


def network_error(exc: httpx.HTTPError, host: str, timeout: float, tries: int,
                  secrets: Iterable[str]) -> NetworkError:
    """No answer after `tries` attempts."""
    told = f"tried {tries} times"
    if isinstance(exc, httpx.TimeoutException):
        cause = f"Tripletex at {host} did not answer within {timeout:g} s ({told})"
    elif isinstance(exc, httpx.ConnectError):
        text = redact(str(exc), secrets).lower()
        if "name" in text or "resolve" in text or "nodename" in text:
            cause = f"the host name {host} cannot be resolved (DNS; {told})"
        else:
            cause = (f"cannot connect to Tripletex at {host}: the network is down or the host "
                     f"unreachable ({told})")
    else:
        cause = f"the connection to {host} was closed without a complete answer ({told})"
    return NetworkError(
        cause,
        "check the network connection, VPN or proxy, and the base URL (`rabbitsync config "
        "show`); then try again",
    )


def deadline_error(host: str, deadline: float, method: str, shown: str) -> NetworkError:
    return NetworkError(
        f"Tripletex at {host} took more than {deadline:g} s to answer {method} {shown} (it kept "
        "sending, too slowly to finish); the run stopped",
        "check the network, VPN or proxy and try again; if it persists, check that the base URL "
        "points at Tripletex (`rabbitsync config show`)",
    )


def too_large_error(max_body: int, size: int, method: str, shown: str) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"the answer to {method} {shown} grew past {max_body / 2**20:g} MB unpacked ({size:,} "
        "bytes read), far beyond any page of Tripletex's; it was not read further",
        "check that the base URL points at Tripletex's API (`rabbitsync config show`); if it "
        "does, report it",
    )


def not_json_error(method: str, shown: str, tries: int, status: int,
                   request_id: str | None) -> MalformedResponseError:
    return MalformedResponseError(
        f"Tripletex answered {method} {shown} with a body that is not valid JSON in Tripletex's "
        f"format, {tries} times",
        "try again; if it persists, a proxy may be altering the answers or the base URL may not "
        "point at Tripletex's API (it ends in /v2)",
        status=status,
        request_id=request_id,
    )


def redirect_error(resp: Raw, base_url: str, method: str, shown: str,
                   secrets: Iterable[str]) -> RedirectError:
    """A 3xx answer: where it points (without its query), and what to do."""
    target = urlsplit(resp.headers.get("location", ""))
    where = redact(f"{target.scheme}://{target.netloc}{target.path}" if target.netloc
                   else target.path or "nowhere", secrets)
    return RedirectError(
        f"{base_url} redirects {method} {shown} to {where} (HTTP {resp.status_code}); "
        "rabbitsync does not follow redirects, so that the tokens go only to the base URL",
        "if that is Tripletex's API, run `rabbitsync config set base-url "
        "https://…/v2`; otherwise check that the base URL names the right environment "
        "(https://tripletex.no/v2 or https://api-test.tripletex.tech/v2) and that no proxy "
        "redirects it",
        status=resp.status_code, request_id=resp.headers.get("x-tlx-request-id"),
    )
