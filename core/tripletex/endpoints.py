"""Tripletex's environments and the one check of a base URL, used wherever a base URL comes in:
`config set base-url`, the Setup screen, `RABBITSYNC_BASE_URL` and the client itself.

`environment_of` names a base URL: `production`, `test`, or `custom` (a sandbox, a proxy);
`environment_name` is that name as shown, the custom URL's host for a custom one.

A base URL is http or https with a host, and is kept without a trailing slash. Plain http
carries both tokens in clear, so it is allowed only to this machine, and only where that needs
no name look-up: a literal loopback address (127.0.0.0/8, ::1) or the name `localhost`. Any
other name (`sandbox.localhost` too: rabbitsync does not resolve it, and a resolver may send it
anywhere) needs https.
"""

from __future__ import annotations

import ipaddress
from typing import TypeVar
from urllib.parse import urlsplit

from core.errors import RabbitError, UsageError
from core.i18n import _

PRODUCTION_URL = "https://tripletex.no/v2"
TEST_URL = "https://api-test.tripletex.tech/v2"
ENVIRONMENTS = {"production": PRODUCTION_URL, "test": TEST_URL}
E = TypeVar("E", bound=RabbitError)


def environment_of(url: str) -> str:
    """`production`, `test` or `custom` for a base URL."""
    url = url.strip().rstrip("/")
    return next((name for name, known in ENVIRONMENTS.items() if known == url), "custom")


def environment_name(url: str) -> str:
    """`production`, `test`, or the custom URL's host."""
    name = environment_of(url)
    return name if name != "custom" else (urlsplit(url.strip().rstrip("/")).netloc or url)


def is_this_machine(host: str | None) -> bool:
    """Whether `host` (as `urlsplit(...).hostname` gives it) is this machine without a look-up."""
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(url: str, error: type[E] = UsageError) -> str:  # type: ignore[assignment]
    """`url` stripped and without a trailing slash; `error` (cause and fix) when it is not an
    http(s) URL with a host whose path ends in /v2 (Tripletex's API, the sandbox's, a proxy's),
    or is plain http to anything but this machine."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    try:
        host = parts.hostname
    except ValueError:  # e.g. an unclosed [ in the host
        host = None
    if parts.scheme not in ("http", "https") or not host:
        raise error(
            _("base URL {url} is not an http(s) URL").format(url=repr(url)),
            _("use {production}, {test}, or a full URL such as http://127.0.0.1:8765/v2").format(
                production=PRODUCTION_URL, test=TEST_URL),
        )
    if not parts.path.endswith("/v2"):
        fixed = f"{parts.scheme}://{parts.netloc}{parts.path.removesuffix('/v2')}/v2"
        raise error(
            _("base URL {url} does not end in /v2, where Tripletex's API answers").format(
                url=repr(url)),
            _("add /v2: {url}").format(url=fixed),
        )
    if parts.scheme == "http" and not is_this_machine(host):
        raise error(
            _("base URL {url} is plain http to {host}, which is not this machine by address; "
              "tokens would travel unencrypted").format(url=repr(url), host=host),
            _("use https; plain http is allowed only for a sandbox on this machine, as "
              "http://127.0.0.1:PORT/v2, http://[::1]:PORT/v2 or http://localhost:PORT/v2"),
        )
    return url
