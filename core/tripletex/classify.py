"""Turn Tripletex's error answers into typed errors with a plain-language cause and fix.

Tripletex's error body is `{"status", "code", "message", "developerMessage",
"validationMessages": [{"field", "message", "path"}], "requestId"}`; `requestId` is also in the
`x-tlx-request-id` header. Status → internal codes: 401/3000 authentication, 403/9000 security,
404/6000 not found, 422/18000 validation (an unknown consumer token answers this on session
create), 422/23000 result set too large, 429 rate limit, 5xx server errors.

Where Tripletex puts the reason depends on the error (`shared/tripletex/real/`): a 422 has it
only in `validationMessages[].message` (`developerMessage` is "VALIDATION_ERROR" or null), a 400
/ 11000 in `message`, a 401 / 3000 in `developerMessage`. So `said()` quotes every text that
says something, whole.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

import httpx

from core.secret import redact
from core.text import clean_text
from core.tripletex.errors import (
    RENEW_EMPLOYEE_TOKEN,
    AccountantTokenError,
    BaseUrlError,
    EmployeeTokenError,
    ModuleMissingError,
    PermissionDeniedError,
    ResultTooLargeError,
    TripletexError,
    WrongEnvironmentError,
)
from core.tripletex.exchange import Raw

CODE_RESULT_TOO_LARGE = 23000
CODE_SECURITY = 9000
_MODULE_WORDS = ("module", "modul", "integrasjon", "integration", "abonnement", "subscription",
                 "package", "pakke")
_ACCOUNTANT_WORDS = ("company owned users", "withloginaccess")
_CODE_NAME = re.compile(r"[A-Z][A-Z0-9_]*")  # "VALIDATION_ERROR": the code's name, nothing more
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
TEXT_MAX = 600  # characters of one of Tripletex's texts shown (a real one is far shorter)
SHOWN_MAX = 5  # validation messages shown (the rest are counted)
E = TypeVar("E", bound=TripletexError)


def whole(text: str, limit: int = TEXT_MAX) -> str:
    """`text` on one line (control and escape characters removed), never cut mid-sentence: a
    text longer than `limit` ends at its last full sentence within it, marked `[…]` (a text with
    no sentence end that early is cut at a word, marked `…`: no real message is that long)."""
    text = clean_text(text, 1 << 20)
    if len(text) <= limit:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit)]
    if ends:
        return text[:ends[-1]] + " […]"
    return text[:limit].rsplit(" ", 1)[0] + "…"


@dataclass
class ApiError:
    """What Tripletex said in an error answer (every text already redacted)."""

    status: int
    code: int | None = None
    message: str | None = None
    developer_message: str | None = None
    request_id: str | None = None
    fields: list[str] = field(default_factory=list)  # validationMessages[].field
    texts: list[str] = field(default_factory=list)  # validationMessages[].message
    # validationMessages as (where: its path, else its field, else "", message)
    reasons: list[tuple[str, str]] = field(default_factory=list)

    def all_text(self) -> str:
        return " ".join(
            t for t in (self.message, self.developer_message, *self.fields, *self.texts) if t
        ).lower()

    def said(self) -> str:
        """What Tripletex said, in its own words, each text whole and quoted: `Tripletex 422,
        code 18000: "Validering feilet."; arg:consumerToken: "The consumer token is invalid or
        does not exist."`. A `developerMessage` that only names the code ("VALIDATION_ERROR") or
        repeats `message` is left out."""
        out = f"Tripletex {self.status}"
        if self.code:
            out += f", code {self.code}"
        quoted: list[str] = []
        seen: set[str] = set()

        def add(text: str | None, where: str = "") -> None:
            shown = whole(text) if text else ""
            if not shown or (not where and shown in seen):
                return
            seen.add(shown)
            quoted.append(f'{whole(where, 200)}: "{shown}"' if where else f'"{shown}"')

        add(self.message)
        dev = self.developer_message
        if dev and not _CODE_NAME.fullmatch(dev.strip()):
            add(dev)
        reasons = self.reasons or [("", t) for t in self.texts]
        for where, text in reasons[:SHOWN_MAX]:
            add(text, where)
        if len(reasons) > SHOWN_MAX:
            quoted.append(f"and {len(reasons) - SHOWN_MAX} more")
        return f"{out}: {'; '.join(quoted)}" if quoted else out

    def make(self, cls: type[E], cause: str, fix: str) -> E:
        """An error of class `cls` carrying what Tripletex said."""
        return cls(
            cause,
            fix,
            status=self.status,
            code=self.code,
            developer_message=self.developer_message,
            message=self.message,
            request_id=self.request_id,
        )


def parse_api_error(resp: httpx.Response | Raw, secrets: Iterable[str]) -> ApiError:
    """Read Tripletex's error body leniently (a proxy may answer HTML or nothing)."""
    secrets = list(secrets)
    err = ApiError(status=resp.status_code, request_id=resp.headers.get("x-tlx-request-id"))
    try:
        body = json.loads(resp.content or b"null")
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return err

    def text(v: object) -> str | None:
        return redact(str(v), secrets) if isinstance(v, (str, int)) and str(v).strip() else None

    code = body.get("code")
    err.code = code if isinstance(code, int) and not isinstance(code, bool) else None
    err.message = text(body.get("message"))
    err.developer_message = text(body.get("developerMessage"))
    err.request_id = text(body.get("requestId")) or err.request_id
    vms = body.get("validationMessages")
    if isinstance(vms, list):
        for vm in vms:
            if isinstance(vm, dict):
                f = text(vm.get("field"))
                if f:
                    err.fields.append(f)
                if m := text(vm.get("message")):
                    err.texts.append(m)
                    err.reasons.append((text(vm.get("path")) or f or "", m))
    return err


def session_error(
    err: ApiError, environment: str, base_url: str, consumer_is_test: bool
) -> TripletexError:
    """The error for a failed `/token/session/:create` (tokens or environment are wrong)."""
    words = err.all_text()
    squashed = words.replace(" ", "")
    if err.status in (404, 405):
        return err.make(
            BaseUrlError,
            f"{base_url} does not answer like Tripletex's API ({err.status} on the session call)",
            "set the base URL to https://tripletex.no/v2 (production) or "
            "https://api-test.tripletex.tech/v2 (test): run `rabbitsync config set base-url URL`",
        )
    if any(w in words for w in _MODULE_WORDS) and "token" not in words:
        return module_missing(err)
    consumer = "consumertoken" in squashed
    employee = "employeetoken" in squashed
    if consumer and not employee:
        hint = ""
        if environment == "production" and consumer_is_test:
            hint = "; it starts with `test-`, so it is a test-environment token"
        return err.make(
            WrongEnvironmentError,
            f"Tripletex ({environment}) does not accept the consumer token: the consumer token is "
            f"not valid for this environment (production vs test), or it was mistyped{hint} "
            f"({err.said()})",
            "use the consumer token issued for this environment, or point rabbitsync at the "
            "environment the token belongs to (test tokens start with `test-`; test is "
            "https://api-test.tripletex.tech/v2, production https://tripletex.no/v2): run "
            "`rabbitsync config set base-url URL`",
        )
    return err.make(
        EmployeeTokenError,
        f"Tripletex ({environment}) refused the employee token: it has been revoked or has "
        f"expired, was mistyped, or was made for another integration or environment ({err.said()})",
        RENEW_EMPLOYEE_TOKEN,
    )


def module_missing(err: ApiError) -> ModuleMissingError:
    """The company lacks the Integrations module (Tripletex's wording is not documented)."""
    return err.make(
        ModuleMissingError,
        "the company in Tripletex cannot be reached through the API: its Integrations module "
        f"(or the package this needs) is not active ({err.said()})",
        "an administrator activates the Integrations module in Tripletex under Selskap → Mitt "
        "abonnement (Company → My subscription), then creates the employee token again",
    )


def call_error(err: ApiError, what: str, company_id: str) -> TripletexError:
    """The error for a failed API call (not the session create); `what` e.g. `read customers`."""
    words = err.all_text()
    own = company_id in ("", "0")
    if err.status in (401, 403) and (any(w in words for w in _ACCOUNTANT_WORDS)
                                     or (not own and "login access" in words)):
        if own:
            cause = "this is an accountant's employee token and no client company id is set"
        else:
            cause = f"this accountant's token has no login access to client company {company_id}"
        return err.make(
            AccountantTokenError,
            f"{cause}: it can only list the companies it has access to ({err.said()})",
            "give the id of the client company to sync (the accountant must have login access "
            "to it; `rabbitsync companies` lists those it has, and makes a profile for each): "
            "run `rabbitsync config set company-id ID`",
        )
    if err.status == 401:
        return err.make(
            EmployeeTokenError,
            f"Tripletex rejected a new session while trying to {what}: the employee token has "
            f"probably been revoked or has expired ({err.said()})",
            RENEW_EMPLOYEE_TOKEN,
        )
    if err.status == 403:
        if any(w in words for w in _MODULE_WORDS):
            return module_missing(err)
        return err.make(
            PermissionDeniedError,
            f"the employee token may not {what} ({err.said()})",
            "give the employee token access to customers and projects in Tripletex (the token's "
            "entitlements, and the user's own access), or create a token that has them",
        )
    if err.status == 422 and err.code == CODE_RESULT_TOO_LARGE:
        return err.make(
            ResultTooLargeError,
            f"Tripletex refused to {what}: the query touches more than 10,000 records ({err.said()})",
            "report this with the requestId; rabbitsync could not split the query further",
        )
    return err.make(
        TripletexError,
        f"Tripletex refused to {what} ({err.said()})",
        "this is likely a rabbitsync bug or an API change: report it with the requestId",
    )
