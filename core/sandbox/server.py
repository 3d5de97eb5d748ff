"""The sandbox's HTTP server: HTTP/1.1 with keep-alive on a `ThreadingHTTPServer`.

For each request on the Tripletex surface it records the request, applies a due fault, counts
the rate limit, asks `Api` for the answer and writes it with `x-tlx-request-id` and the
`X-Rate-Limit-*` headers. Requests under `/_sandbox/` go to the admin API and are not logged.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import logging
import socket
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from core.sandbox import hostile
from core.sandbox.admin import Admin, RequestLog, route_admin
from core.sandbox.api import Api, Reply, Request, dumps
from core.sandbox.errors import REASONS, ApiFailure, unauthorized
from core.sandbox.faults import Fault, FaultSet
from core.sandbox.sessions import Auth

log = logging.getLogger("rabbitsync.sandbox")
MALFORMED = b'{"fullResultSize":3,"values":[{"id":1,"name":"Fjord'  # not JSON
HTML_5XX = b"<html><body><h1>%d %s</h1>The server is temporarily unavailable.</body></html>"


class App:
    """What the handler needs: the API, the admin API, faults, the rate limit and the log."""

    def __init__(self, api: Api, admin: Admin, auth: Auth, faults: FaultSet, log: RequestLog,
                 gzip: bool = False, admins: dict[int, Admin] | None = None) -> None:
        self.api, self.admin, self.auth, self.faults, self.log = api, admin, auth, faults, log
        self.gzip = gzip  # pack answers when the client accepts it, as Tripletex's servers do
        self.admins = admins or {}  # each client company's (`/_sandbox/company/ID/...`)

    def admin_at(self, path: str) -> tuple[Admin | None, str]:
        """The admin API an admin path names and the path it is asked for:
        `/_sandbox/company/ID/customer/7` is company ID's `/_sandbox/customer/7` (None: ID is
        not served); any other is the first company's."""
        parts = path.split("/")
        if len(parts) > 4 and parts[2] == "company" and parts[3].isdigit():
            return self.admins.get(int(parts[3])), "/".join(parts[:2] + parts[4:])
        return self.admin, path


class SandboxServer(ThreadingHTTPServer):
    """A threading server that can close its open keep-alive connections on shutdown."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.app = app
        self.conns: set[socket.socket] = set()
        self.conns_lock = threading.Lock()
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        super().__init__(address, Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-request (a cancel, a deadline, a cap) is no error."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        with self.conns_lock:
            conns, self.conns = list(self.conns), set()
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "TripletexSandbox/2.74"
    server: SandboxServer

    def setup(self) -> None:
        super().setup()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.conns_lock:
            self.server.conns.add(self.request)

    def finish(self) -> None:
        with self.server.conns_lock:
            self.server.conns.discard(self.request)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
        log.debug(format, *args)

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The Date header, by the sandbox's clock (see `Store.now`)."""
        return super().date_time_string(self.server.app.api.store.now() if timestamp is None
                                        else timestamp)

    def do_GET(self) -> None:  # noqa: N802 - stdlib's naming
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    # ---- one request ---------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length > 0 else b""
            parts = urlsplit(self.path)
            path = unquote(parts.path)
            if path.startswith("/_sandbox/"):
                admin, path = self.server.app.admin_at(path)
                status, data = ((404, {"error": "no client company has that id"}) if admin is None
                                else route_admin(admin, self.command, path, body))
                raw = dumps(data) if data is not None else b""
                self._write(status, {"Content-Type": "application/json; charset=utf-8"}, raw)
                return
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            headers = {k.lower(): v for k, v in self.headers.items()}
            self._tripletex(Request(self.command, path, query, headers, body), parts.query)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError):
            self.close_connection = True

    def _tripletex(self, req: Request, raw_query: str) -> None:
        app = self.server.app
        rid = str(uuid.uuid4())
        entry: dict[str, Any] = {"method": req.method, "path": req.path, "query": req.query,
                                 "raw_query": raw_query, "status": None, "request_id": rid,
                                 "fault": None, "time": time.time()}
        fault = app.faults.pick(req.path, req.query, lambda f: app.api.fault_applies(f.kind, req))
        if fault is not None:
            entry["fault"] = fault.kind
            req.fault = fault.kind
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.seconds)
        if fault is not None and fault.kind == "drop":
            app.log.add(entry)
            self.close_connection = True
            return
        if fault is not None and fault.kind == "redirect":
            entry["status"] = 301
            app.log.add(entry)
            host = self.headers.get("Host") or "127.0.0.1"
            self._write(301, {"x-tlx-request-id": rid, "Location": f"https://{host}{self.path}"},
                        b"")
            return
        if fault is not None and fault.kind == "bomb":
            entry["status"] = 200
            app.log.add(entry)
            self._write(200, {"x-tlx-request-id": rid, "Content-Encoding": "gzip",
                              "Content-Type": "application/json; charset=utf-8"},
                        hostile.gzip_bomb(fault.bytes))
            return
        over, rate = app.auth.count_request()
        reply, raw = self._answer(req, fault, over, rid)
        headers = {"x-tlx-request-id": rid, **rate, **reply.headers}
        if raw is not None:
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
        entry["status"] = reply.status
        app.log.add(entry)  # before answering: a client that has its answer sees it logged
        body = raw or b""
        if app.gzip and len(body) > 512 and "gzip" in req.headers.get("accept-encoding", ""):
            body = gzip.compress(body, 6)
            headers["Content-Encoding"] = "gzip"
        if fault is not None and fault.kind == "truncated":
            self._write(reply.status, headers, body[: len(body) // 2], length=len(body))
            self.close_connection = True
            return
        if fault is not None and fault.kind == "drip":
            self._write(reply.status, headers, b"", length=len(body))
            hostile.drip(self.wfile, body, fault.seconds)
            self.close_connection = True
            return
        self._write(reply.status, headers, body)

    def _answer(self, req: Request, fault: Fault | None, over: bool, rid: str) -> tuple[Reply, bytes | None]:
        app = self.server.app
        kind = fault.kind if fault is not None else None
        if kind in ("429", "429-noreset") or (over and kind is None):
            fail = ApiFailure(429, 0, "For mange forespørsler.",
                              "Rate limit exceeded: wait until the period resets.")
            # a real exhaustion reports the window (Remaining 0); an injected 429 keeps the
            # window's own counters and asks for a 1 s wait (or, 429-noreset, says nothing)
            headers = {"X-Rate-Limit-Remaining": "0"} if kind is None else {}
            if kind == "429":
                headers["X-Rate-Limit-Reset"] = "1"
            elif kind == "429-noreset":
                headers["X-Rate-Limit-Reset"] = ""
            return Reply(429, None, headers), dumps(fail.body(rid, app.api.strict))
        if kind in ("502", "503"):
            status = int(kind)
            return (Reply(status, None, {"Content-Type": "text/html"}),
                    HTML_5XX % (status, REASONS[status].encode()))
        if kind == "500":
            fail = ApiFailure(500, 1000, "En uventet feil oppstod.", "Simulated server error.")
            return Reply(500), dumps(fail.body(rid, app.api.strict))
        if kind == "expire":
            token = _session_token(req.headers.get("authorization"))
            if token:
                app.auth.delete(token)
            fail = unauthorized("The session token has expired.")
            return Reply(401), dumps(fail.body(rid, app.api.strict))
        try:
            reply = app.api.handle(req)
        except ApiFailure as exc:
            return Reply(exc.status), dumps(exc.body(rid, app.api.strict))
        except Exception:  # noqa: BLE001 - a sandbox bug answers 500 like Tripletex would
            log.exception("sandbox failed on %s %s", req.method, req.path)
            fail = ApiFailure(500, 1000, "En uventet feil oppstod.", "Sandbox internal error.")
            return Reply(500), dumps(fail.body(rid, app.api.strict))
        if kind == "malformed":
            return Reply(200), MALFORMED
        if kind == "endless" and req.method == "GET":
            return Reply(200), dumps(hostile.endless_page(req.query))
        return reply, (dumps(reply.data) if reply.data is not None else None)

    def _write(self, status: int, headers: dict[str, str], body: bytes,
               length: int | None = None) -> None:
        self.send_response(status, REASONS.get(status))
        for name, value in headers.items():
            if value != "":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        if body:
            self.wfile.write(body)


def _session_token(authorization: str | None) -> str | None:
    if not authorization or not authorization.lower().startswith("basic "):
        return None
    try:
        return base64.b64decode(authorization[6:].strip()).decode().partition(":")[2] or None
    except (ValueError, UnicodeDecodeError):
        return None
