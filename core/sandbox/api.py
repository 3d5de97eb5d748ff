"""The Tripletex API v2 surface of the sandbox, without sockets: a `Request` in, a `Reply` out.

Serves `POST`/`PUT /token/session/:create`, `GET /token/session/>whoAmI`,
`DELETE /token/session/{token}`, `GET /customer`, `GET /customer/{id}`, `GET /project`,
`GET /project/{id}` and `GET /company/>withLoginAccess`, with Tripletex's envelopes, `fields`,
paging, the result cap (422 / 23000), `versionDigest` with `If-None-Match` (304), and
Tripletex's error bodies.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from core.sandbox import queries
from core.sandbox.data import CURRENCY_NOK, EMPLOYEE_ID
from core.sandbox.errors import ApiFailure, not_found, too_large
from core.sandbox.model import FieldsError, Spec, check_fields, parse_fields, project_fields
from core.sandbox.sessions import COMPANY_ID, Auth, Session
from core.sandbox.store import Store

NO_DIGEST = "'If-None-Match' header not specified"
COMPANY_ORG = "915512348"  # mod-11 valid


@dataclass
class Request:
    method: str
    path: str  # decoded, e.g. /v2/token/session/>whoAmI
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


@dataclass
class Reply:
    status: int
    data: Any = None  # JSON-able, or None for an empty body
    headers: dict[str, str] = field(default_factory=dict)


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Api:
    """Routes one request of the Tripletex surface (paths under /v2)."""

    def __init__(self, store: Store, auth: Auth, result_cap: int = 10_000) -> None:
        self.store = store
        self.auth = auth
        self.result_cap = result_cap

    # ---- routing -------------------------------------------------------------------------

    def handle(self, req: Request) -> Reply:
        """The reply; ApiFailure is raised for Tripletex's error answers."""
        if not req.path.startswith("/v2/"):
            raise not_found(f"{req.path} is not part of Tripletex's API: the base URL ends in /v2")
        path = req.path[3:].rstrip("/")
        m = req.method
        if path == "/token/session/:create":
            if m == "POST":
                return self._create_session(self._json_body(req), 201)
            if m == "PUT":
                return self._create_session(req.query, 200)
            return self._not_allowed(m, path)
        if path in ("/token/session/>whoAmI", "/token/session/%3EwhoAmI"):
            return self._get(req, m, path, self._who_am_i)
        if path.startswith("/token/session/"):
            if m != "DELETE":
                return self._not_allowed(m, path)
            self.auth.authenticate(req.headers.get("authorization"))
            if not self.auth.delete(path.rsplit("/", 1)[1]):
                raise not_found("No session has this token.")
            return Reply(204)
        if path == "/company/>withLoginAccess":
            return self._get(req, m, path, self._clients)
        for kind in ("customer", "project"):
            if path == "/" + kind:
                return self._get(req, m, path, lambda r, s, k=kind: self._list(r, k))
            if path.startswith(f"/{kind}/"):
                rest = path[len(kind) + 2:]
                if not rest.isdigit():
                    raise not_found(f"The sandbox serves GET /{kind} and GET /{kind}/{{id}} only.")
                return self._get(req, m, path, lambda r, s, k=kind, i=int(rest): self._one(r, k, i))
        raise not_found(f"The sandbox does not serve {path}.")

    def _not_allowed(self, method: str, path: str) -> Reply:
        raise ApiFailure(405, 4000, "Metoden er ikke tillatt.",
                         f"{method} {path} is not served by the sandbox (it only reads; change "
                         "its data through /_sandbox/).")

    def _get(self, req: Request, method: str, path: str, fn: Any) -> Reply:
        if method != "GET":
            return self._not_allowed(method, path)
        session = self.auth.authenticate(req.headers.get("authorization"))
        return fn(req, session)

    def _json_body(self, req: Request) -> dict[str, Any]:
        try:
            body = json.loads(req.body or b"null")
        except (ValueError, UnicodeDecodeError):
            raise ApiFailure(422, 22000, "Ugyldig JSON.", "The request body is not valid JSON.") from None
        if not isinstance(body, dict):
            raise ApiFailure(422, 22000, "Ugyldig JSON.", "The request body must be a JSON object.")
        return body

    def _fields(self, req: Request, model: str) -> Spec | None:
        try:
            spec = parse_fields(req.query.get("fields"))
            check_fields(spec, model)
        except FieldsError as exc:
            raise ApiFailure(400, 11000, "Ugyldig felt i fields-filteret.", str(exc)) from None
        return spec

    # ---- session and company -------------------------------------------------------------

    def _create_session(self, params: dict[str, Any], status: int) -> Reply:
        s = self.auth.create(params.get("consumerToken"), params.get("employeeToken"),
                             params.get("expirationDate"))
        base = self.store.url_base
        value = {
            "id": s.id, "version": 0, "url": f"{base}/token/session/{s.id}",
            "consumerToken": {"id": 11, "url": f"{base}/token/consumer/11"},
            "employeeToken": {"id": 12, "url": f"{base}/token/employee/12"},
            "expirationDate": s.expiration_date, "token": s.token,
        }
        return Reply(status, {"value": value})

    def employee(self) -> dict[str, Any]:
        base = self.store.url_base
        return {
            "id": EMPLOYEE_ID, "version": 3, "url": f"{base}/employee/{EMPLOYEE_ID}",
            "firstName": "Sandra", "lastName": "Sandkasse", "displayName": "Sandra Sandkasse",
            "employeeNumber": "1", "email": "sandra@sandkasse.no", "phoneNumberMobile": "",
            "userType": "EXTENDED", "isContact": False, "isProxy": False,
            "allowInformationRegistration": True, "companyId": COMPANY_ID, "department": None,
        }

    def company(self) -> dict[str, Any]:
        base = self.store.url_base
        return {
            "id": COMPANY_ID, "version": 1, "url": f"{base}/company/{COMPANY_ID}",
            "name": "Sandkasse Regnskap AS", "displayName": "Sandkasse Regnskap AS",
            "startDate": "2015-01-01", "organizationNumber": COMPANY_ORG,
            "email": "post@sandkasse.no", "phoneNumber": "22000000", "type": "AS",
            "currency": {"id": CURRENCY_NOK, "url": f"{base}/currency/{CURRENCY_NOK}"},
            "accountantOrSimilar": False, "companyMigration": "NONE",
            "invoiceShowDeliveryDate": False,
        }

    def resolve(self, model: str, rid: int) -> dict[str, Any] | None:
        """The full object a reference points at (for `customer(name)`-style fields)."""
        if model in ("customer", "project"):
            rec = self.store.get(model, rid)
            return self.store.view(model, rec) if rec else None
        if model == "employee" and rid == EMPLOYEE_ID:
            return self.employee()
        if model == "company" and rid == COMPANY_ID:
            return self.company()
        return None

    def _who_am_i(self, req: Request, session: Session) -> Reply:
        spec = self._fields(req, "whoami")
        emp, comp = self.employee(), self.company()
        info = {
            "employeeId": EMPLOYEE_ID, "actualEmployeeId": EMPLOYEE_ID,
            "employee": {"id": emp["id"], "url": emp["url"]}, "companyId": COMPANY_ID,
            "company": {"id": comp["id"], "url": comp["url"]}, "language": "NO",
            "loggedInWithConnect": False, "employeeIsProxy": False,
        }
        return Reply(200, {"value": project_fields(info, spec, "whoami", self.resolve)})

    def _clients(self, req: Request, session: Session) -> Reply:
        self._fields(req, "client")
        start = queries.integer(req.query, "from", 0)
        return Reply(200, {"fullResultSize": 0, "from": start, "count": 0,
                           "versionDigest": NO_DIGEST, "values": []})

    # ---- customers and projects ----------------------------------------------------------

    def _one(self, req: Request, kind: str, rid: int) -> Reply:
        self.auth.check_access(kind)
        spec = self._fields(req, kind)
        rec = self.store.get(kind, rid)
        if rec is None:
            raise not_found(f"No {kind} with id {rid}.")
        view = self.store.view(kind, rec, changes=bool(spec and "changes" in spec))
        return Reply(200, {"value": project_fields(view, spec, kind, self.resolve)})

    def _list(self, req: Request, kind: str) -> Reply:
        self.auth.check_access(kind)
        spec = self._fields(req, kind)
        q = req.query
        start = queries.integer(q, "from", 0)
        count = queries.integer(q, "count", 1000)
        query = queries.customer_query(q) if kind == "customer" else queries.project_query(q)
        store = self.store
        sel = store.select(kind, query.key, query.keep, query.sort_key, query.ids)
        if len(sel.ids) > self.result_cap:
            raise too_large(self.result_cap)
        inm = req.headers.get("if-none-match")
        digest = NO_DIGEST
        if inm and not sel.ids:
            digest = None  # "Hash of full result, null if no result" (the API's description)
        elif inm:
            fields = (req.query.get("fields") or "").replace(" ", "")
            digest = hashlib.sha256(f"{store.digest(kind, sel)}|{fields}".encode()).hexdigest()[:40]
            if inm.strip().strip('"') == digest:
                return Reply(304)
        changes = bool(spec and "changes" in spec)
        values = []
        with store.lock:
            recs = store.records[kind]
            if spec is not None and spec and set(spec) <= {"id", "version"} and not any(spec.values()):
                # `fields=id,version`: what a change check asks for; Tripletex answers it without
                # building the objects, and so does the sandbox (the same values, field for field)
                for rid in sel.ids[start:start + count]:
                    rec = recs.get(rid)
                    if rec is not None:
                        values.append({k: rec[k] for k in spec})
                return Reply(200, {"fullResultSize": len(sel.ids), "from": start,
                                   "count": len(values), "versionDigest": digest, "values": values})
            for rid in sel.ids[start:start + count]:
                rec = recs.get(rid)
                if rec is not None:
                    values.append(project_fields(store.view(kind, rec, changes), spec, kind,
                                                 self.resolve))
        return Reply(200, {"fullResultSize": len(sel.ids), "from": start, "count": len(values),
                           "versionDigest": digest, "values": values})
