"""Tripletex's error answers: `ApiFailure` carries status, code and texts, and becomes the
`ApiError` body `{status, code, message, link, developerMessage, validationMessages, requestId}`.

Codes (spec): 3000 authentication (401), 9000 security (403), 6000 not found (404), 11000
illegal filter (400), 17000 sorting, 18000 validation, 21000 param, 22000 invalid JSON,
23000 result set too large (all 422), 1000 exception (500).
"""

from __future__ import annotations

from typing import Any

LINK = "https://tripletex.no/v2-docs/"
REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 422: "Unprocessable Entity", 429: "Too Many Requests",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


class ApiFailure(Exception):
    """An answer with Tripletex's error body; raised anywhere in request handling."""

    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        developer_message: str | None = None,
        validation: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(f"{status}/{code}: {developer_message or message}")
        self.status = status
        self.code = code
        self.message = message
        self.developer_message = developer_message
        self.validation = validation or []

    def body(self, request_id: str) -> dict[str, Any]:
        return {
            "status": self.status,
            "code": self.code,
            "message": self.message,
            "link": LINK,
            "developerMessage": self.developer_message,
            "validationMessages": [
                {"field": f, "message": m, "path": None, "rootId": None}
                for f, m in self.validation
            ] or None,
            "requestId": request_id,
        }


def unauthorized(developer_message: str) -> ApiFailure:
    return ApiFailure(401, 3000, "Ugyldig eller utløpt sesjon.", developer_message)


def forbidden(developer_message: str) -> ApiFailure:
    return ApiFailure(403, 9000, "Du har ikke tilgang til denne funksjonen.", developer_message)


def not_found(developer_message: str) -> ApiFailure:
    return ApiFailure(404, 6000, "Objektet finnes ikke.", developer_message)


def bad_param(name: str, problem: str) -> ApiFailure:
    return ApiFailure(422, 21000, "Ugyldig parameter.", f"{name}: {problem}", [(name, problem)])


def validation(field: str, problem: str, code: int = 18000) -> ApiFailure:
    return ApiFailure(422, code, "Validering feilet.", None, [(field, problem)])


def too_large(cap: int) -> ApiFailure:
    limit = f"{cap:,}".replace(",", ".")
    text = f"Result set too large. Limit of {limit} reached."
    return ApiFailure(422, 23000, text, text + " Narrow the query with more filters; count only "
                      "limits what is returned, not what the query touches.")
