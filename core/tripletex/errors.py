"""Typed Tripletex errors, each with a cause and a fix a consultant can act on.

Every error carries what Tripletex said (HTTP status, its internal `code`, `developerMessage`,
`requestId`) so support can trace it. Texts are built from facts only and passed through
`core.secret.redact`, so no token ever reaches a message, a repr or a log line.
"""

from __future__ import annotations

from core.errors import RabbitError
from core.i18n import N_

# (translated where it is shown: `_(RENEW_EMPLOYEE_TOKEN)`)
RENEW_EMPLOYEE_TOKEN = N_(
    "make a new key in Tripletex (Bruker – Min profil – Mer – API Tilgang → Ny nøkkel → "
    "Tilpasset oppsett → Alle tilganger, appnavn rabbitsync; in English: User – My profile – "
    "More – API access → New key → Custom setup → All access), then run `rabbitsync config set "
    "employee-token -` and paste it"
)


class TripletexError(RabbitError):
    """Tripletex (or the way to it) failed; `cause` and `fix` say what to do."""

    def __init__(
        self,
        cause: str,
        fix: str = "",
        *,
        status: int | None = None,
        code: int | None = None,
        developer_message: str | None = None,
        message: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.developer_message = developer_message
        self.message = message
        super().__init__(cause, fix, request_id=request_id)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"request_id={self.request_id!r}, cause={self.cause!r})"
        )


class WrongEnvironmentError(TripletexError):
    """The consumer token does not belong to this Tripletex environment (production vs test)."""


class BaseUrlError(WrongEnvironmentError):
    """The base URL does not answer like Tripletex's API v2."""


class EmployeeTokenError(TripletexError):
    """The employee token is invalid, revoked or expired (no session, or 401 after a new one)."""


class ModuleMissingError(TripletexError):
    """The company lacks the API / Integrations module (or the package an endpoint needs)."""


class PermissionDeniedError(TripletexError):
    """403 / code 9000: the token may not read customers or projects."""


class AccountantTokenError(TripletexError):
    """An accountant's token used without the client company's id."""


class NotAccountantKeyError(TripletexError):
    """`rabbitsync companies` with a key that has no client companies to list: a company's own
    key, or an accounting office's without login access to any client."""


class CompanyIdError(TripletexError):
    """A company id that is not a number: Tripletex refuses it as a Basic-auth user name
    (401 / 3000), which would otherwise read as a revoked employee token."""


class NetworkError(TripletexError):
    """No answer: DNS, refused or dropped connections, timeouts, TLS."""


class RateLimitedError(TripletexError):
    """Still 429 Too Many Requests after every retry."""


class ServerError(TripletexError):
    """Tripletex answered 5xx after every retry."""


class MalformedResponseError(TripletexError):
    """The answer is not valid JSON or not in Tripletex's envelope, after every retry."""


class ResultTooLargeError(TripletexError):
    """422 / code 23000: a query touches more than 10,000 records and cannot be split further."""


class ReadOnlyError(TripletexError):
    """rabbitsync refused to send a request that could write to Tripletex."""


class InsecureURLError(TripletexError):
    """Plain http to a host that is not this machine."""


class RedirectError(TripletexError):
    """The base URL answers with a redirect; rabbitsync does not follow one (tokens go only
    where the base URL says)."""


class ResponseTooLargeError(MalformedResponseError):
    """An answer grew past the size cap (unpacked): not a Tripletex page."""
