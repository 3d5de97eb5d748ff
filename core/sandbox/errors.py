"""Tripletex's error answers: `ApiFailure` carries status, code and texts, and becomes the
`ApiError` body `{status, code, message, link, developerMessage, validationMessages, requestId}`.

Codes (spec): 3000 authentication (401), 9000 security (403), 6000 not found (404), 11000
illegal filter (400), 16000 mapping, 17000 sorting, 18000 validation, 21000 param, 22000
invalid JSON, 23000 result set too large (all 422), 1000 exception (500).

`body(rid, strict=True)` writes the texts where real Tripletex puts them (the recorded bodies in
`shared/tripletex/real/`, API-NOTES.md "Real behaviour"):

* 404 / 6000: `message` "Object not found", `developerMessage` null
  (`error-404-6000-nm-i-ai-log-2026-03-21.json`);
* 400 / 11000: the detail in `message`, `developerMessage` null
  (`error-400-11000-fields-filter-ainm-2026-03-22-01190bcc.json`);
* 422 / 18000 and 16000: the reason only in `validationMessages[].message`, with `path`,
  `developerMessage` null (`error-422-18000-session-create-issue53-2022.json`,
  `error-422-18000-with-path-ainm-2026-03.json`, `error-422-16000-mapping-…json`);
* 401 / 3000: `message` "Unauthorized", the detail in `developerMessage`
  (`error-401-3000-bad-basic-username-rubynor-2021.json`; the only 401 body recorded, so every
  401 takes its layout).

`strict=False` (the sandbox's `lenient` mode) writes the sandbox's older, kinder body: a
Norwegian `message` and the detail in `developerMessage` for every error. Bodies nobody has
recorded (403, 405, 409, 429, 500, 21000, 22000, 23000) are the same either way.
"""

from __future__ import annotations

from typing import Any

LINK = "https://tripletex.no/v2-docs/"
REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 422: "Unprocessable Entity", 429: "Too Many Requests",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
# one validation message: (field, message) or (field, message, path)
Validation = tuple[str, str] | tuple[str, str, str | None]


class ApiFailure(Exception):
    """An answer with Tripletex's error body; raised anywhere in request handling."""

    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        developer_message: str | None = None,
        validation: list[Validation] | None = None,
    ) -> None:
        super().__init__(f"{status}/{code}: {developer_message or message}")
        self.status = status
        self.code = code
        self.message = message
        self.developer_message = developer_message
        self.validation = validation or []

    def body(self, request_id: str, strict: bool = True) -> dict[str, Any]:
        message, developer = self.message, self.developer_message
        vms: list[dict[str, Any]] = []
        for item in self.validation:
            fld, text = item[0], item[1]
            path = item[2] if len(item) > 2 else (fld if strict else None)  # type: ignore[misc]
            vms.append({"field": fld, "message": text, "path": path if strict else None,
                        "rootId": None})
        if strict:
            if self.status == 404:
                message, developer = "Object not found", None
            elif self.code == 11000:
                message, developer = developer or message, None
            elif self.code in (16000, 18000):
                developer = None
            elif self.status == 401:
                message = "Unauthorized"
        return {
            "status": self.status,
            "code": self.code,
            "message": message,
            "link": LINK,
            "developerMessage": developer,
            "validationMessages": vms or None,
            "requestId": request_id,
        }


def unauthorized(developer_message: str) -> ApiFailure:
    return ApiFailure(401, 3000, "Ugyldig eller utløpt sesjon.", developer_message)


def bad_username(user: str) -> ApiFailure:
    """A Basic-auth user name that is not a company id: the recorded 401 / 3000, word for word
    (`error-401-3000-bad-basic-username-rubynor-2021.json`)."""
    return ApiFailure(401, 3000, "Unauthorized",
                      f"Authorization header has invalid username: {user}. Should be a customer "
                      "id or 0 for default. The expected format is "
                      "base64encoded(<<companyId>>:<<sessionToken>>)")


def forbidden(developer_message: str) -> ApiFailure:
    return ApiFailure(403, 9000, "Du har ikke tilgang til denne funksjonen.", developer_message)


def not_found(developer_message: str) -> ApiFailure:
    return ApiFailure(404, 6000, "Objektet finnes ikke.", developer_message)


def bad_param(name: str, problem: str) -> ApiFailure:
    return ApiFailure(422, 21000, "Ugyldig parameter.", f"{name}: {problem}", [(name, problem)])


def validation(field: str, problem: str, code: int = 18000) -> ApiFailure:
    return ApiFailure(422, code, "Validering feilet.", None, [(field, problem)])


def mapping_failed(field: str) -> ApiFailure:
    """A request body with a property the model does not have: 422 / 16000, as recorded
    (`error-422-16000-mapping-ainm-2026-03-21-e103a5b5.json`)."""
    return ApiFailure(422, 16000, "Request mapping failed", None,
                      [(field, "Feltet eksisterer ikke i objektet.", None)])


def too_large(cap: int) -> ApiFailure:
    limit = f"{cap:,}".replace(",", ".")
    text = f"Result set too large. Limit of {limit} reached."
    return ApiFailure(422, 23000, text, text + " Narrow the query with more filters; count only "
                      "limits what is returned, not what the query touches.")
