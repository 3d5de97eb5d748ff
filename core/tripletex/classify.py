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

from core.i18n import N_, _, fields_of, language, number
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

# the environments as a person reads them (`environment_name`: a custom one is its host)
_ENVIRONMENTS = {"production": N_("production"), "test": N_("test")}
# what a request was for (the `what=` of each call: English, as the log keeps it), told in the
# reader's language where an error shows it: whole phrases first, then these patterns
_WHAT_TEMPLATES = (N_("read customer {id}"), N_("read project {id}"),
                   N_("list {part} (ids and versions)"), N_("check {part} for changes"),
                   N_("list {part}"))
_WHATS = (N_("read from Tripletex"), N_("create a session"), N_("read who the token is"),
          N_("read customers"), N_("read inactive customers"), N_("read projects"),
          N_("read changed projects"), N_("list active customers"),
          N_("list inactive customers"), N_("list the client companies the key may act for"))


def quoted_text(text: str) -> str:
    """One of Tripletex's own texts, whole, in the reader's quotes: "…" / «…»."""
    return _('"{text}"').format(text=text)


def environment_shown(environment: str) -> str:
    """`production` / `test` in the reader's language; a custom environment's host as it is."""
    name = _ENVIRONMENTS.get(environment)
    return _(name) if name else environment




def tell_what(what: str) -> str:
    """What a request was for (`read customers`, `list open projects starting before
    2024-01-01`), in the reader's language: it follows "to" in an error's cause."""
    if language() == "en" or not what:
        return what
    got = _(what)
    if got != what:
        return got
    from core.tripletex.parts import tell_part

    for template in _WHAT_TEMPLATES:
        fields = fields_of(template, what)
        if fields is not None:
            if "part" in fields:
                fields["part"] = tell_part(fields["part"])
            return _(template).format(**fields)
    return what


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
        if self.code:
            out = _("Tripletex {status}, code {code}").format(status=self.status, code=self.code)
        else:
            out = _("Tripletex {status}").format(status=self.status)
        quoted: list[str] = []
        seen: set[str] = set()

        def add(text: str | None, where: str = "") -> None:
            shown = whole(text) if text else ""
            if not shown or (not where and shown in seen):
                return
            seen.add(shown)
            said = quoted_text(shown)
            quoted.append(f"{whole(where, 200)}: {said}" if where else said)

        add(self.message)
        dev = self.developer_message
        if dev and not _CODE_NAME.fullmatch(dev.strip()):
            add(dev)
        reasons = self.reasons or [("", t) for t in self.texts]
        for where, text in reasons[:SHOWN_MAX]:
            add(text, where)
        if len(reasons) > SHOWN_MAX:
            quoted.append(_("and {n} more").format(n=len(reasons) - SHOWN_MAX))
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
            _("{url} does not answer like Tripletex's API ({status} on the session call)").format(
                url=base_url, status=err.status),
            _("set the base URL to https://tripletex.no/v2 (production) or "
              "https://api-test.tripletex.tech/v2 (test): run `rabbitsync config set base-url "
              "URL`"),
        )
    if any(w in words for w in _MODULE_WORDS) and "token" not in words:
        return module_missing(err)
    consumer = "consumertoken" in squashed
    employee = "employeetoken" in squashed
    shown = environment_shown(environment)
    if consumer and not employee:
        hint = ""
        if environment == "production" and consumer_is_test:
            hint = _("; it starts with `test-`, so it is a test-environment token")
        return err.make(
            WrongEnvironmentError,
            _("Tripletex ({environment}) does not accept the consumer token: the consumer token "
              "is not valid for this environment (production vs test), or it was "
              "mistyped{hint} ({said})").format(environment=shown, hint=hint, said=err.said()),
            _("use the consumer token issued for this environment, or point rabbitsync at the "
              "environment the token belongs to (test tokens start with `test-`; test is "
              "https://api-test.tripletex.tech/v2, production https://tripletex.no/v2): run "
              "`rabbitsync config set base-url URL`"),
        )
    return err.make(
        EmployeeTokenError,
        _("Tripletex ({environment}) refused the employee token: it has been revoked or has "
          "expired, was mistyped, or was made for another integration or environment "
          "({said})").format(environment=shown, said=err.said()),
        _(RENEW_EMPLOYEE_TOKEN),
    )


def module_missing(err: ApiError) -> ModuleMissingError:
    """The company lacks the Integrations module (Tripletex's wording is not documented)."""
    return err.make(
        ModuleMissingError,
        _("the company in Tripletex cannot be reached through the API: its Integrations module "
          "(or the package this needs) is not active ({said})").format(said=err.said()),
        _("an administrator switches the API on in Tripletex: Selskap – Vår kundeside (Company "
          "– Our customer page): tick API 2.0 (on newer plans: Integrasjoner, Integrations); a "
          "package the company lacks is under Selskap → Mitt abonnement (Company → My "
          "subscription); then create the employee token again"),
    )


def call_error(err: ApiError, what: str, company_id: str) -> TripletexError:
    """The error for a failed API call (not the session create); `what` e.g. `read customers`
    (English, as the log keeps it; told in the reader's language by `tell_what`)."""
    words = err.all_text()
    own = company_id in ("", "0")
    told = tell_what(what)
    if err.status in (401, 403) and (any(w in words for w in _ACCOUNTANT_WORDS)
                                     or (not own and "login access" in words)):
        if own:
            cause = _("this is an accountant's employee token and no client company id is set: "
                      "it can only list the companies it has access to ({said})")
        else:
            cause = _("this accountant's token has no login access to client company {id}: it "
                      "can only list the companies it has access to ({said})")
        return err.make(
            AccountantTokenError,
            cause.format(id=company_id, said=err.said()),
            _("give the id of the client company to sync (the accountant must have login "
              "access to it; `rabbitsync companies` lists those it has, and makes a profile for "
              "each): run `rabbitsync config set company-id ID`"),
        )
    if err.status == 401:
        return err.make(
            EmployeeTokenError,
            _("Tripletex rejected a new session while trying to {what}: the employee token has "
              "probably been revoked or has expired ({said})").format(what=told, said=err.said()),
            _(RENEW_EMPLOYEE_TOKEN),
        )
    if err.status == 403:
        if any(w in words for w in _MODULE_WORDS):
            return module_missing(err)
        return err.make(
            PermissionDeniedError,
            _("the employee token may not {what} ({said})").format(what=told, said=err.said()),
            _("give the employee token access to customers and projects in Tripletex (the "
              "token's entitlements, and the user's own access), or create a token that has "
              "them"),
        )
    if err.status == 422 and err.code == CODE_RESULT_TOO_LARGE:
        return err.make(
            ResultTooLargeError,
            _("Tripletex refused to {what}: the query touches more than {cap} records "
              "({said})").format(what=told, cap=number(10_000), said=err.said()),
            _("report this with the requestId; rabbitsync could not split the query further"),
        )
    return err.make(
        TripletexError,
        _("Tripletex refused to {what} ({said})").format(what=told, said=err.said()),
        _("this is likely a rabbitsync bug or an API change: report it with the requestId"),
    )
