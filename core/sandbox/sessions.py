"""Tokens, sessions and the rate limit of the sandbox's Tripletex surface.

One consumer token and one employee token are accepted. `:create` makes a session that ends at
Oslo midnight starting its `expirationDate` (as Tripletex does). The employee token can be
revoked or lose access to customers or projects; revoking also ends its sessions.
The rate limit is a fixed window per sandbox, reported in `X-Rate-Limit-*` on every answer.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import math
import secrets
import string
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from core.sandbox.errors import ApiFailure, forbidden, unauthorized, validation

OSLO = ZoneInfo("Europe/Oslo")
COMPANY_ID = 108_442
_ALNUM = string.ascii_letters + string.digits


@dataclass
class Session:
    id: int
    token: str
    expiration_date: str
    expires_at: float  # epoch: Oslo midnight at the start of expiration_date


@dataclass
class TokenState:
    """What the admin API can switch on the employee token."""

    revoked: bool = False
    project_access: bool = True
    customer_access: bool = True


class Auth:
    """Sessions, token state and the rate-limit window; thread-safe."""

    def __init__(self, consumer_token: str, employee_token: str, rate_limit: int = 1000,
                 rate_period: float = 10.0) -> None:
        self.consumer_token = consumer_token
        self.employee_token = employee_token
        self.token = TokenState()
        self.rate_limit = rate_limit
        self.rate_period = rate_period
        self._lock = threading.Lock()
        self._sessions: dict[str, Session] = {}
        self._ids = itertools.count(1001)
        self._window_start = time.monotonic()
        self._used = 0

    # ---- sessions ------------------------------------------------------------------------

    def create(self, consumer: object, employee: object, expiration: object) -> Session:
        """A new session, or the ApiFailure Tripletex answers for these tokens."""
        missing = [(f"arg:{name}", "Kan ikke være null.") for name, v in
                   (("consumerToken", consumer), ("employeeToken", employee),
                    ("expirationDate", expiration)) if not isinstance(v, str) or not v]
        if missing:
            raise ApiFailure(422, 18000, "Validering feilet.", None, missing)
        if consumer != self.consumer_token:
            raise validation("arg:consumerToken",
                             "The consumer token is invalid or does not exist.")
        if employee != self.employee_token or self.token.revoked:
            raise validation("arg:employeeToken",
                             "The employee token is invalid, has expired or has been revoked.")
        try:
            day = date.fromisoformat(str(expiration))
        except ValueError:
            raise validation("arg:expirationDate", "Ugyldig dato, bruk formatet YYYY-MM-DD.") from None
        today = datetime.now(OSLO).date()
        if day <= today:
            raise validation("arg:expirationDate", "The expiration date must be later than today.")
        expires_at = datetime(day.year, day.month, day.day, tzinfo=OSLO).timestamp()
        with self._lock:
            token = "".join(secrets.choice(_ALNUM) for _ in range(48))
            session = Session(next(self._ids), token, day.isoformat(), expires_at)
            self._sessions[token] = session
        return session

    def authenticate(self, authorization: str | None) -> Session:
        """The session of a Basic `companyId:sessionToken` header, or 401/403."""
        if not authorization or not authorization.lower().startswith("basic "):
            raise unauthorized("No Basic authorization: send companyId (0 for your own company) "
                               "as user name and the session token as password.")
        try:
            user, _, token = base64.b64decode(authorization[6:].strip()).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise unauthorized("The Basic authorization header cannot be decoded.") from None
        with self._lock:
            session = self._sessions.get(token)
            if session is not None and time.time() >= session.expires_at:
                del self._sessions[token]
                session = None
        if session is None:
            raise unauthorized("The session token is unknown, deleted or expired "
                               "(sessions end at Oslo midnight of their expirationDate).")
        if self.token.revoked:
            raise unauthorized("The employee token of this session has been revoked.")
        if user.strip() not in ("", "0", str(COMPANY_ID)):
            raise forbidden(f"This user has no login access to company {user.strip()}.")
        return session

    def delete(self, token: str) -> bool:
        with self._lock:
            return self._sessions.pop(token, None) is not None

    def expire_all(self) -> int:
        """End every session now (as if each reached its expirationDate)."""
        with self._lock:
            n = len(self._sessions)
            self._sessions.clear()
            return n

    def set_token(self, revoked: bool | None = None, project_access: bool | None = None,
                  customer_access: bool | None = None) -> TokenState:
        if revoked is not None:
            self.token.revoked = bool(revoked)
        if project_access is not None:
            self.token.project_access = bool(project_access)
        if customer_access is not None:
            self.token.customer_access = bool(customer_access)
        return self.token

    def check_access(self, kind: str) -> None:
        """403 code 9000 when the token may not read `kind` (customer or project)."""
        allowed = self.token.customer_access if kind == "customer" else self.token.project_access
        if not allowed:
            raise forbidden(f"The employee token has no access to {kind}s (the token's "
                            "entitlements or the user's own access).")

    # ---- rate limit ----------------------------------------------------------------------

    def count_request(self) -> tuple[bool, dict[str, str]]:
        """Count one request: (over the limit?, X-Rate-Limit-* headers)."""
        with self._lock:
            now = time.monotonic()
            if now - self._window_start >= self.rate_period:
                self._window_start, self._used = now, 0
            self._used += 1
            left = self.rate_period - (now - self._window_start)
            headers = {
                "X-Rate-Limit-Limit": str(self.rate_limit),
                "X-Rate-Limit-Remaining": str(max(0, self.rate_limit - self._used)),
                "X-Rate-Limit-Reset": str(max(1, math.ceil(left))),
            }
            return self._used > self.rate_limit, headers
