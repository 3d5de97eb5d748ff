"""The sandbox's admin API (never part of the Tripletex surface): edit records, switch faults,
revoke or restrict the token, expire sessions, and read the request log.

`Admin` holds the one implementation of each operation and is what `Sandbox.admin` returns.
`route_admin` serves the same operations over HTTP under `/_sandbox/`, and `RemoteAdmin` calls
them from another process (e.g. the demo driving `rabbitsync sandbox`):

    GET    /_sandbox/snapshot                 PUT  /_sandbox/faults      {"spec": "..."}
    POST   /_sandbox/customer   {fields}      DELETE /_sandbox/faults
    PUT    /_sandbox/customer/ID {fields}     PUT  /_sandbox/token       {"revoked": true, ...}
    DELETE /_sandbox/customer/ID              POST /_sandbox/sessions/:expire
    (the same for /_sandbox/project)          GET  /_sandbox/requests

The records are the first client company's; `/_sandbox/company/ID/…` (`RemoteAdmin(url,
company_id=ID)`) reaches those of another one an accountant's key serves.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections import deque
from typing import Any

from core.sandbox.faults import FaultSet, FaultSpecError
from core.sandbox.sessions import Auth
from core.sandbox.store import NotFound, Store, StoreError

LOG_MAX = 200_000


class RequestLog:
    """Every request received on the Tripletex surface, oldest first (bounded)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: deque[dict[str, Any]] = deque(maxlen=LOG_MAX)

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._items.append(entry)

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(e) for e in self._items]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class Admin:
    """Operations on a running sandbox, in-process."""

    def __init__(self, store: Store, auth: Auth, faults: FaultSet, log: RequestLog) -> None:
        self._store, self._auth, self._faults, self._log = store, auth, faults, log

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """{"customers": [...], "projects": [...]}: full objects (with `changes`)."""
        return self._store.snapshot()

    def create_customer(self, **fields: Any) -> dict[str, Any]:
        return self._store.create("customer", fields)

    def update_customer(self, id: int, **fields: Any) -> dict[str, Any]:
        return self._store.update("customer", int(id), fields)

    def delete_customer(self, id: int) -> None:
        self._store.delete("customer", int(id))

    def create_project(self, **fields: Any) -> dict[str, Any]:
        return self._store.create("project", fields)

    def update_project(self, id: int, **fields: Any) -> dict[str, Any]:
        return self._store.update("project", int(id), fields)

    def delete_project(self, id: int) -> None:
        self._store.delete("project", int(id))

    def set_faults(self, spec: str | None) -> list[str]:
        """Replace the active faults (see `core.sandbox.faults` for the grammar)."""
        return self._faults.set(spec)

    def clear_faults(self) -> None:
        self._faults.clear()

    def set_token(self, revoked: bool | None = None, project_access: bool | None = None,
                  customer_access: bool | None = None) -> dict[str, bool]:
        t = self._auth.set_token(revoked, project_access, customer_access)
        return {"revoked": t.revoked, "project_access": t.project_access,
                "customer_access": t.customer_access}

    def expire_sessions(self) -> int:
        """End every session now; returns how many there were."""
        return self._auth.expire_all()

    def requests(self) -> list[dict[str, Any]]:
        """[{"method", "path", "query", "status", "request_id", "fault", "time"}, ...]."""
        return self._log.all()

    def clear_requests(self) -> None:
        self._log.clear()


def route_admin(admin: Admin, method: str, path: str, body: bytes) -> tuple[int, Any]:
    """(status, JSON) for one admin request; `path` starts with /_sandbox/."""
    try:
        data = json.loads(body) if body else {}
    except ValueError:
        return 400, {"error": "the body is not JSON"}
    if not isinstance(data, dict):
        return 400, {"error": "the body must be a JSON object"}
    parts = path.rstrip("/").split("/")[2:]
    try:
        match (method, parts):
            case ("GET", ["snapshot"]):
                return 200, admin.snapshot()
            case ("GET", ["requests"]):
                return 200, {"requests": admin.requests()}
            case ("DELETE", ["requests"]):
                admin.clear_requests()
                return 204, None
            case ("POST", [("customer" | "project") as kind]):
                return 201, getattr(admin, f"create_{kind}")(**data)
            case ("PUT", [("customer" | "project") as kind, rid]) if rid.isdigit():
                return 200, getattr(admin, f"update_{kind}")(int(rid), **data)
            case ("DELETE", [("customer" | "project") as kind, rid]) if rid.isdigit():
                getattr(admin, f"delete_{kind}")(int(rid))
                return 204, None
            case ("PUT", ["faults"]):
                return 200, {"faults": admin.set_faults(data.get("spec"))}
            case ("DELETE", ["faults"]):
                admin.clear_faults()
                return 204, None
            case ("PUT", ["token"]):
                return 200, admin.set_token(**data)
            case ("POST", ["sessions", ":expire"]):
                return 200, {"expired": admin.expire_sessions()}
    except NotFound as exc:
        return 404, {"error": str(exc)}
    except (StoreError, FaultSpecError, TypeError) as exc:
        return 400, {"error": str(exc)}
    return 404, {"error": f"no admin operation {method} {path}"}


class RemoteAdmin:
    """`Admin`'s methods over HTTP, for a sandbox in another process (`rabbitsync sandbox`)."""

    def __init__(self, root_url: str, timeout: float = 10.0, company_id: int | None = None) -> None:
        self.root = root_url.rstrip("/").removesuffix("/v2") + "/_sandbox"
        if company_id is not None:
            self.root += f"/company/{int(company_id)}"
        self.timeout = timeout

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.root + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            detail = json.loads(exc.read() or b"{}").get("error", exc.reason)
            if exc.code == 404:
                raise NotFound(detail) from None
            raise StoreError(detail) from None
        return json.loads(raw) if raw else None

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        return self._call("GET", "/snapshot")

    def create_customer(self, **fields: Any) -> dict[str, Any]:
        return self._call("POST", "/customer", fields)

    def update_customer(self, id: int, **fields: Any) -> dict[str, Any]:
        return self._call("PUT", f"/customer/{int(id)}", fields)

    def delete_customer(self, id: int) -> None:
        self._call("DELETE", f"/customer/{int(id)}")

    def create_project(self, **fields: Any) -> dict[str, Any]:
        return self._call("POST", "/project", fields)

    def update_project(self, id: int, **fields: Any) -> dict[str, Any]:
        return self._call("PUT", f"/project/{int(id)}", fields)

    def delete_project(self, id: int) -> None:
        self._call("DELETE", f"/project/{int(id)}")

    def set_faults(self, spec: str | None) -> list[str]:
        return self._call("PUT", "/faults", {"spec": spec})["faults"]

    def clear_faults(self) -> None:
        self._call("DELETE", "/faults")

    def set_token(self, revoked: bool | None = None, project_access: bool | None = None,
                  customer_access: bool | None = None) -> dict[str, bool]:
        return self._call("PUT", "/token", {"revoked": revoked, "project_access": project_access,
                                            "customer_access": customer_access})

    def expire_sessions(self) -> int:
        return self._call("POST", "/sessions/:expire", {})["expired"]

    def requests(self) -> list[dict[str, Any]]:
        return self._call("GET", "/requests")["requests"]

    def clear_requests(self) -> None:
        self._call("DELETE", "/requests")
