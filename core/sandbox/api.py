"""The Tripletex API v2 surface of the sandbox, without sockets: a `Request` in, a `Reply` out.

Serves `POST`/`PUT /token/session/:create`, `GET /token/session/>whoAmI`,
`DELETE /token/session/{token}`, `GET /customer`, `GET /customer/{id}`, `GET /project`,
`GET /project/{id}` and `GET /company/>withLoginAccess`, with Tripletex's envelopes, `fields`,
paging, the result cap (422 / 23000), `versionDigest` with `If-None-Match` (304), and
Tripletex's error bodies. Each company served (core.sandbox.companies) has its own records: a
request reads those of the company its Basic-auth user name acts in.

Strict (the default), as real Tripletex (API-NOTES.md "Real behaviour", `real/`):

* `fullResultSize` is not the total: it says whether more follow, `min(total, from + count + 1)`
  (every recorded list agrees: `/employee` count=1 → 2, count=5000 on 65 rows → 65 (lacostej
  `_paging.py`); count=10 on 1 row → 1, count=50 on 1 row → 1 (`real/*-ainm-2026-03-21-*`);
  tripletex-api2 #127, the schema's "[DEPRECATED] … not exact");
* `count` above 10,000 is refused (422; its body is not recorded: code 21000, Param);
  `count=10000` works (developer FAQ, airbyte#21067);
* the session body has `version: 1` and `encryptionKey: null` (`real/session-create-*`);
* a session body with a property `PostSessionTokenBody` lacks answers 16000 "Request mapping
  failed" (`real/error-422-16000-…`);
* on the test host (`test_host`), `changedSince` is ignored (tripletex-api2 #113,
  `real/customer-list-changes-PARTIAL-issue113-2025.txt`).

`versionDigest` covers the listed records' ids and versions, never the objects a `fields` value
pulls in (a renamed customer leaves a project listing's digest as it was: "changes to indirectly
related objects fetched through fields are not reflected", the checksum README), and changes
with no data change when the `spurious-digest` fault fires (`Store.digest_salt`).
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from typing import Any

from core.sandbox import queries
from core.sandbox.companies import ClientCompany, client_companies
from core.sandbox.data import CURRENCY_NOK, EMPLOYEE_ID
from core.sandbox.errors import ApiFailure, bad_param, mapping_failed, not_found, too_large
from core.sandbox.model import FieldsError, Spec, check_fields, parse_fields, project_fields
from core.sandbox.sessions import COMPANY_ID, OFFICE_ID, Auth, Caller
from core.sandbox.store import Store

NO_DIGEST = "'If-None-Match' header not specified"
OFFICE_ORG = "923609016"  # mod-11 valid: an accountant key's own office
MAX_COUNT = 10_000
SERVED_MAX = 1024
SESSION_BODY = frozenset({"consumerToken", "employeeToken", "expirationDate"})


@dataclass
class Request:
    method: str
    path: str  # decoded, e.g. /v2/token/session/>whoAmI
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""
    fault: str | None = None  # a fault the answer itself shows (missed-change, spurious-digest)


@dataclass
class Reply:
    status: int
    data: Any = None  # JSON-able, or None for an empty body
    headers: dict[str, str] = field(default_factory=dict)


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Api:
    """Routes one request of the Tripletex surface (paths under /v2)."""

    def __init__(self, store: Store, auth: Auth, result_cap: int = 10_000, *,
                 strict: bool = True, test_host: bool = False,
                 companies: list[ClientCompany] | None = None,
                 stores: dict[int, Store] | None = None) -> None:
        # the companies served, each with its own records (`store` is the first one's)
        self.store = store
        self.companies = {c.id: c for c in (companies or client_companies(1, 0))}
        self.stores = stores or {next(iter(self.companies)): store}
        self.auth = auth
        self.result_cap = result_cap
        self.strict = strict
        self.test_host = test_host
        # the digest last given for each listing (kind, filter, fields): what a client holds, and
        # what the missed-change fault answers 304 to although the listing has changed since
        self._served: dict[tuple[int, str, str, str], str] = {}
        self._served_lock = threading.Lock()  # (the server answers on several threads)

    def fault_applies(self, kind: str, req: Request) -> bool:
        """Whether a fault that the answer itself shows can show on this request: a missed
        change on a `/customer` listing with `changedSince`, or on a `/project` listing asked
        with the digest it last gave; a spurious digest on a listing asked with `If-None-Match`.
        (A fault that cannot show does not count the request.)"""
        if kind not in ("missed-change", "spurious-digest"):
            return True
        listing = req.method == "GET" and req.path.rstrip("/") in ("/v2/customer", "/v2/project")
        inm = req.headers.get("if-none-match")
        if not listing:
            return False
        if kind == "spurious-digest":
            return bool(inm)
        if req.path.rstrip("/").endswith("/customer"):
            return bool(req.query.get("changedSince"))
        with self._served_lock:
            return bool(inm) and inm.strip().strip('"') in self._served.values()

    # ---- routing -------------------------------------------------------------------------

    def handle(self, req: Request) -> Reply:
        """The reply; ApiFailure is raised for Tripletex's error answers."""
        if not req.path.startswith("/v2/"):
            raise not_found(f"{req.path} is not part of Tripletex's API: the base URL ends in /v2")
        path = req.path[3:].rstrip("/")
        m = req.method
        if path == "/token/session/:create":
            if m == "POST":
                body = self._json_body(req)
                unknown = sorted(set(body) - SESSION_BODY)
                if unknown and self.strict:
                    raise mapping_failed(unknown[0])
                return self._create_session(body, 201)
            if m == "PUT":
                return self._create_session(req.query, 200)
            return self._not_allowed(m, path)
        if path in ("/token/session/>whoAmI", "/token/session/%3EwhoAmI"):
            return self._get(req, m, path, self._who_am_i)
        if path.startswith("/token/session/"):
            if m != "DELETE":
                return self._not_allowed(m, path)
            self.auth.authenticate(req.headers.get("authorization"), path)
            if not self.auth.delete(path.rsplit("/", 1)[1]):
                raise not_found("No session has this token.")
            return Reply(204)
        if path == "/company/>withLoginAccess":
            return self._get(req, m, path, self._clients)
        for kind in ("customer", "project"):
            if path == "/" + kind:
                return self._get(req, m, path, lambda r, s, k=kind: self._list(r, s, k))
            if path.startswith(f"/{kind}/"):
                rest = path[len(kind) + 2:]
                if not rest.isdigit():
                    raise not_found(f"The sandbox serves GET /{kind} and GET /{kind}/{{id}} only.")
                return self._get(req, m, path,
                                 lambda r, s, k=kind, i=int(rest): self._one(r, s, k, i))
        raise not_found(f"The sandbox does not serve {path}.")

    def _not_allowed(self, method: str, path: str) -> Reply:
        raise ApiFailure(405, 4000, "Metoden er ikke tillatt.",
                         f"{method} {path} is not served by the sandbox (it only reads; change "
                         "its data through /_sandbox/).")

    def _get(self, req: Request, method: str, path: str, fn: Any) -> Reply:
        if method != "GET":
            return self._not_allowed(method, path)
        caller = self.auth.authenticate(req.headers.get("authorization"), path)
        return fn(req, caller)

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
            "id": s.id, "version": 1 if self.strict else 0, "url": f"{base}/token/session/{s.id}",
            "consumerToken": {"id": 4945, "url": f"{base}/token/consumer/4945"},
            "employeeToken": {"id": 1486292, "url": f"{base}/token/employee/1486292"},
            "expirationDate": s.expiration_date, "token": s.token,
        }
        if self.strict:
            value["encryptionKey"] = None
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

    def store_of(self, caller: Caller) -> Store:
        """The records of the company a request acts in."""
        return self.stores.get(caller.company_id, self.store)

    def company(self, cid: int = COMPANY_ID) -> dict[str, Any]:
        base = self.store.url_base
        office = cid == OFFICE_ID
        client = self.companies.get(cid) or self.companies.get(COMPANY_ID)
        name = "Sandkasse Regnskapskontor AS" if office or client is None else client.name
        org = OFFICE_ORG if office or client is None else client.organization_number
        return {
            "id": cid, "version": 1, "url": f"{base}/company/{cid}",
            "name": name, "displayName": name,
            "startDate": "2015-01-01", "organizationNumber": org,
            "email": "post@sandkasse.no", "phoneNumber": "22000000", "type": "AS",
            "currency": {"id": CURRENCY_NOK, "url": f"{base}/currency/{CURRENCY_NOK}"},
            "accountantOrSimilar": office, "companyMigration": "NONE",
            "invoiceShowDeliveryDate": False,
        }

    def resolve(self, model: str, rid: int, store: Store | None = None) -> dict[str, Any] | None:
        """The full object a reference points at (for `customer(name)`-style fields), in
        `store` (the company's records the request reads)."""
        if model in ("customer", "project"):
            store = store or self.store
            rec = store.get(model, rid)
            return store.view(model, rec) if rec else None
        if model == "employee" and rid == EMPLOYEE_ID:
            return self.employee()
        if model == "company" and (rid == OFFICE_ID or rid in self.companies):
            return self.company(rid)
        return None

    def _who_am_i(self, req: Request, caller: Caller) -> Reply:
        spec = self._fields(req, "whoami")
        emp, comp = self.employee(), self.company(caller.company_id)
        info = {
            "employeeId": EMPLOYEE_ID, "actualEmployeeId": EMPLOYEE_ID,
            "employee": {"id": emp["id"], "url": emp["url"]}, "companyId": comp["id"],
            "company": {"id": comp["id"], "url": comp["url"]}, "language": "NO",
            "loggedInWithConnect": False,
            "employeeIsProxy": self.auth.accountant and caller.company_id != OFFICE_ID,
        }
        return Reply(200, {"value": project_fields(info, spec, "whoami", self.resolve)})

    def _clients(self, req: Request, caller: Caller) -> Reply:
        """The client companies an accountant's key may act for (none for a company's key)."""
        spec = self._fields(req, "client")
        start = queries.integer(req.query, "from", 0)
        count = self._count(req)
        clients = []
        if self.auth.accountant:
            clients = [project_fields({**self.company(cid), "customerCompanyId": cid}, spec,
                                      "client", self.resolve)
                       for cid in self.auth.clients]
        page = clients[start:start + count]
        return Reply(200, {"fullResultSize": self._size(len(clients), start, count),
                           "from": start, "count": len(page), "versionDigest": NO_DIGEST,
                           "values": page})

    def _count(self, req: Request) -> int:
        count = queries.integer(req.query, "count", 1000)
        if count > MAX_COUNT and self.strict:
            raise bad_param("count", f"must be at most {MAX_COUNT}")
        return count

    def _size(self, total: int, start: int, count: int) -> int:
        """`fullResultSize`: strict, whether more follow (see the module docstring)."""
        return min(total, start + count + 1) if self.strict else total

    # ---- customers and projects ----------------------------------------------------------

    def _one(self, req: Request, caller: Caller, kind: str, rid: int) -> Reply:
        self.auth.check_access(kind)
        spec = self._fields(req, kind)
        store = self.store_of(caller)
        rec = store.get(kind, rid)
        if rec is None:
            raise not_found(f"No {kind} with id {rid}.")
        view = store.view(kind, rec, changes=bool(spec and "changes" in spec),
                          only=_wanted(spec))
        return Reply(200, {"value": project_fields(view, spec, kind, self._resolver(store))})

    def _resolver(self, store: Store) -> Any:
        return lambda model, rid: self.resolve(model, rid, store)

    def _list(self, req: Request, caller: Caller, kind: str) -> Reply:
        self.auth.check_access(kind)
        spec = self._fields(req, kind)
        q = req.query
        start = queries.integer(q, "from", 0)
        count = self._count(req)
        query = (queries.customer_query(q, changed_since=not self.test_host) if kind == "customer"
                 else queries.project_query(q))
        store = self.store_of(caller)
        resolve = self._resolver(store)
        sel = store.select(kind, query.key, query.keep, query.sort_key, query.ids)
        if len(sel.ids) > self.result_cap:
            raise too_large(self.result_cap)
        inm = req.headers.get("if-none-match")
        digest = NO_DIGEST
        if inm and not sel.ids:
            digest = None  # "Hash of full result, null if no result" (the API's description)
        elif inm:
            fields = (req.query.get("fields") or "").replace(" ", "")
            with store.lock:
                if req.fault == "spurious-digest":  # the digest changes, the data does not
                    store.digest_salt[kind] += 1
                salt = store.digest_salt[kind]
            digest = hashlib.sha256(f"{store.digest(kind, sel)}|{fields}|{salt}".encode()
                                    ).hexdigest()[:40]
            held = inm.strip().strip('"')
            listing = (caller.company_id, kind, query.key, fields)
            with self._served_lock:
                if req.fault == "missed-change" and held == self._served.get(listing):
                    return Reply(304)  # not seen: the digest the client holds stays current
                if len(self._served) >= SERVED_MAX:
                    self._served.clear()
                self._served[listing] = digest
            if held == digest:
                return Reply(304)
        if req.fault == "missed-change" and kind == "customer":
            # changedSince leaves out what changed: the listing says nothing did
            return Reply(200, {"fullResultSize": 0, "from": start, "count": 0,
                               "versionDigest": digest, "values": []})
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
                return Reply(200, {"fullResultSize": self._size(len(sel.ids), start, count),
                                   "from": start, "count": len(values), "versionDigest": digest,
                                   "values": values})
            only = _wanted(spec)
            for rid in sel.ids[start:start + count]:
                rec = recs.get(rid)
                if rec is not None:
                    values.append(project_fields(store.view(kind, rec, changes, only), spec, kind,
                                                 resolve))
        return Reply(200, {"fullResultSize": self._size(len(sel.ids), start, count),
                           "from": start, "count": len(values), "versionDigest": digest,
                           "values": values})


def _wanted(spec: Spec | None) -> set[str] | None:
    """The top-level keys a `fields` value asks for; None for all (absent, or with `*`)."""
    return None if spec is None or "*" in spec else set(spec)
