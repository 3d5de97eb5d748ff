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

from core.i18n import _, number
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
            _("{host} does not speak https: it answered the TLS handshake in plain text (an "
              "http port)").format(host=host),
            _("check the base URL: Tripletex is always https; a sandbox on this machine is "
              "http://127.0.0.1:PORT/v2"),
        )
    if err is not None and not isinstance(err, ssl.SSLCertVerificationError) \
            and "CERTIFICATE" not in said:
        return NetworkError(
            _("the TLS handshake with {host} failed ({reason})").format(
                host=host, reason=getattr(err, "reason", None) or type(err).__name__),
            _("check the base URL, and any proxy or firewall between this machine and "
              "Tripletex; then try again"),
        )
    return NetworkError(
        _("the TLS connection to {host} failed: its certificate could not be verified").format(
            host=host),
        _("check the base URL and the system clock; a proxy that intercepts TLS needs its "
          "certificate installed in the system's trust store (verification stays on)"),
    )


def network_error(exc: httpx.HTTPError, host: str, timeout: float, tries: int,
                  secrets: Iterable[str]) -> NetworkError:
    """No answer after `tries` attempts."""
    if isinstance(exc, httpx.TimeoutException):
        cause = _("Tripletex at {host} did not answer within {seconds} s (tried {tries} times)")
    elif isinstance(exc, httpx.ConnectError):
        text = redact(str(exc), secrets).lower()
        if "name" in text or "resolve" in text or "nodename" in text:
            cause = _("the host name {host} cannot be resolved (DNS; tried {tries} times)")
        else:
            cause = _("cannot connect to Tripletex at {host}: the network is down or the host "
                      "unreachable (tried {tries} times)")
    else:
        cause = _("the connection to {host} was closed without a complete answer (tried {tries} "
                  "times)")
    return NetworkError(
        cause.format(host=host, seconds=number(timeout), tries=tries),
        _("check the network connection, VPN or proxy, and the base URL (`rabbitsync config "
          "show`); then try again"),
    )


def deadline_error(host: str, deadline: float, method: str, shown: str) -> NetworkError:
    return NetworkError(
        _("Tripletex at {host} took more than {seconds} s to answer {method} {path} (it kept "
          "sending, too slowly to finish); the run stopped").format(
            host=host, seconds=number(deadline), method=method, path=shown),
        _("check the network, VPN or proxy and try again; if it persists, check that the base "
          "URL points at Tripletex (`rabbitsync config show`)"),
    )


def too_large_error(max_body: int, size: int, method: str, shown: str) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        _("the answer to {method} {path} grew past {mb} MB unpacked ({size} bytes read), far "
          "beyond any page of Tripletex's; it was not read further").format(
            method=method, path=shown, mb=number(max_body / 2**20), size=number(size)),
        _("check that the base URL points at Tripletex's API (`rabbitsync config show`); if it "
          "does, report it"),
    )


def not_json_error(method: str, shown: str, tries: int, status: int,
                   request_id: str | None) -> MalformedResponseError:
    return MalformedResponseError(
        _("Tripletex answered {method} {path} with a body that is not valid JSON in "
          "Tripletex's format, {tries} times").format(method=method, path=shown, tries=tries),
        _("try again; if it persists, a proxy may be altering the answers or the base URL may "
          "not point at Tripletex's API (it ends in /v2)"),
        status=status,
        request_id=request_id,
    )


def redirect_error(resp: Raw, base_url: str, method: str, shown: str,
                   secrets: Iterable[str]) -> RedirectError:
    """A 3xx answer: where it points (without its query), and what to do."""
    target = urlsplit(resp.headers.get("location", ""))
    where = redact(f"{target.scheme}://{target.netloc}{target.path}" if target.netloc
                   else target.path or _("nowhere"), secrets)
    return RedirectError(
        _("{url} redirects {method} {path} to {where} (HTTP {status}); rabbitsync does not "
          "follow redirects, so that the tokens go only to the base URL").format(
            url=base_url, method=method, path=shown, where=where, status=resp.status_code),
        _("if that is Tripletex's API, run `rabbitsync config set base-url https://…/v2`; "
          "otherwise check that the base URL names the right environment "
          "(https://tripletex.no/v2 or https://api-test.tripletex.tech/v2) and that no proxy "
          "redirects it"),
        status=resp.status_code, request_id=resp.headers.get("x-tlx-request-id"),
    )
