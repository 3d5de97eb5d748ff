"""Tokens, sessions, the Basic-auth user name and the rate limit of the sandbox's Tripletex
surface.

One consumer token and one employee token are accepted. `:create` makes a session that ends at
Oslo midnight starting its `expirationDate` (as Tripletex does). The employee token can be
revoked or lose access to customers or projects; revoking also ends its sessions. The rate
limit is `core.sandbox.ratelimit`'s.

Strict (the default), as real Tripletex (API-NOTES.md "Real behaviour", `real/session-*`):

* a session made with `expirationDate` = today (or earlier) is created, and then every call
  with it answers 401 (its end, Oslo midnight starting that date, has passed);
* the session's token is base64 of `{"tokenId":<id>,"token":"<uuid>"}` (92 characters ending in
  `=` for a 9-digit id; the uuid starts `test-` on the test host, 96 characters), and the
  session body has `version: 1` and `encryptionKey: null`;
* a Basic-auth user name that is not a number answers 401 / 3000 (`real/error-401-3000-…`).

An accountant's key (`accountant=True`, "Regnskapskontorets brukernøkkel") with company id 0 (or
blank) reaches only `>whoAmI` and `/company/>withLoginAccess` (developer.tripletex.no FAQ,
API-NOTES.md §2); with a client company's id (`clients`: one or more) it acts in that company,
and with any other id it is refused (403). A session is the token pair's, not a company's: the
same session acts in every client company, each request naming its company.

Lenient: a session for today is refused (422), the token is 48 letters and digits, and any user
name but 0, blank or the company's id answers 403.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import secrets
import string
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from core.sandbox import ratelimit
from core.sandbox.errors import ApiFailure, bad_username, forbidden, unauthorized, validation
from core.sandbox.ratelimit import RateLimiter

OSLO = ZoneInfo("Europe/Oslo")
COMPANY_ID = 108_442  # the company whose records the sandbox serves
OFFICE_ID = 108_100  # an accountant key's own company (the accounting office)
FIRST_SESSION_ID = 631_962_711  # 9 digits, as real session ids (real/session-create-200-…)
_ALNUM = string.ascii_letters + string.digits
# what an accountant's key may reach with company id 0 (developer.tripletex.no FAQ/General)
OFFICE_PATHS = ("/token/session/>whoAmI", "/company/>withLoginAccess")
OFFICE_ONLY = ("Company owned users(employeeToken) can only access /token/session/>whoAmI & "
               "/company/>withLoginAccess in their own company.")


@dataclass
class Session:
    id: int
    token: str
    expiration_date: str
    expires_at: float  # epoch: Oslo midnight at the start of expiration_date


@dataclass
class Caller:
    """Who a request acts as: its session and the company its Basic user name names."""

    session: Session
    company_id: int  # the company acted in (an accountant's own office for 0)


@dataclass
class TokenState:
    """What the admin API can switch on the employee token."""

    revoked: bool = False
    project_access: bool = True
    customer_access: bool = True


def session_token(session_id: int, test_host: bool) -> str:
    """A real-shaped session token: base64 of `{"tokenId":…,"token":"<uuid>"}`."""
    secret = ("test-" if test_host else "") + str(uuid.uuid4())
    raw = json.dumps({"tokenId": session_id, "token": secret}, separators=(",", ":"))
    return base64.b64encode(raw.encode()).decode()


class Auth:
    """Sessions, token state and the rate limit; thread-safe."""

    def __init__(self, consumer_token: str, employee_token: str, rate_limit: int | None = None,
                 rate_period: float | None = None, *, strict: bool = True,
                 test_host: bool = False, accountant: bool = False,
                 reset_on_429: str = "sometimes", clients: tuple[int, ...] = (COMPANY_ID,)
                 ) -> None:
        self.consumer_token = consumer_token
        self.employee_token = employee_token
        self.token = TokenState()
        self.strict = strict
        self.test_host = test_host
        self.accountant = accountant
        self.clients = tuple(clients) or (COMPANY_ID,)  # the companies served (the first: a key's own)
        # (the defaults read when called: the test suite raises STRICT_LIMIT, tests/conftest.py)
        limit = ratelimit.STRICT_LIMIT if strict else ratelimit.LENIENT_LIMIT
        period = ratelimit.STRICT_PERIOD if strict else ratelimit.LENIENT_PERIOD
        self.rate = RateLimiter(rate_limit if rate_limit is not None else limit,
                                rate_period if rate_period is not None else period,
                                rolling=strict, reset_on_429=reset_on_429 if strict else "always")
        self._lock = threading.Lock()
        self._sessions: dict[str, Session] = {}
        self._ids = itertools.count(FIRST_SESSION_ID)

    @property
    def rate_limit(self) -> int:
        return self.rate.limit

    # ---- sessions ------------------------------------------------------------------------

    def create(self, consumer: object, employee: object, expiration: object) -> Session:
        """A new session, or the ApiFailure Tripletex answers for these tokens."""
        missing = [(f"arg:{name}", "Kan ikke være null.") for name, v in
                   (("consumerToken", consumer), ("employeeToken", employee),
                    ("expirationDate", expiration)) if not isinstance(v, str) or not v]
        if missing:
            raise ApiFailure(422, 18000, "Validering feilet.", None, list(missing))
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
        if day <= today and not self.strict:
            raise validation("arg:expirationDate", "The expiration date must be later than today.")
        # strict: made all the same, and dead from the start (it ended at Oslo midnight)
        expires_at = datetime(day.year, day.month, day.day, tzinfo=OSLO).timestamp()
        with self._lock:
            sid = next(self._ids)
            token = (session_token(sid, self.test_host) if self.strict
                     else "".join(secrets.choice(_ALNUM) for _ in range(48)))
            session = Session(sid, token, day.isoformat(), expires_at)
            self._sessions[token] = session
        return session

    def authenticate(self, authorization: str | None, path: str = "") -> Caller:
        """Who a Basic `companyId:sessionToken` header acts as, or 401/403. `path` (under /v2)
        decides what an accountant's key may reach with company id 0."""
        if not authorization or not authorization.lower().startswith("basic "):
            raise unauthorized("No Basic authorization: send companyId (0 for your own company) "
                               "as user name and the session token as password.")
        try:
            user, _, token = base64.b64decode(authorization[6:].strip()).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise unauthorized("The Basic authorization header cannot be decoded.") from None
        user = user.strip()
        if self.strict and user and not (user.isascii() and user.isdigit()):
            raise bad_username(user)
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
        return Caller(session, self._company(user, path))

    def _company(self, user: str, path: str) -> int:
        """The company a request acts in, or the 403 for one it may not."""
        own = user in ("", "0")
        if self.accountant:
            if own:
                path = path.replace("%3E", ">")
                if path not in OFFICE_PATHS and not path.startswith("/token/session/"):
                    raise forbidden(OFFICE_ONLY)  # (its own session it may still delete)
                return OFFICE_ID
            for cid in self.clients:
                if user == str(cid):
                    return cid
        elif own or user == str(self.clients[0]):
            return self.clients[0]
        raise forbidden(f"This user has no login access to company {user}.")

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
        return self.rate.count()
