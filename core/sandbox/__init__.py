"""A Tripletex-compatible HTTP server on loopback, for `rabbitsync demo`, `rabbitsync sandbox`
and the tests.

    with Sandbox(seed=1, customers=200, projects=600, port=0) as sb:
        sb.base_url, sb.consumer_token, sb.employee_token   # configure a client with these
        sb.admin.update_customer(cid, name="Nytt Navn AS")  # edit, fault, revoke, inspect

The server runs in a background thread of this process. See `core.sandbox.api` for what it
serves, `core.sandbox.faults` for the faults grammar and `core.sandbox.admin` for the admin API
(also served over HTTP under `/_sandbox/`).
"""

from __future__ import annotations

import threading
from typing import Any

from core.sandbox.admin import Admin, RemoteAdmin, RequestLog
from core.sandbox.api import Api
from core.sandbox.companies import ClientCompany, client_companies, data_seed
from core.sandbox.data import DataError, check_data, generate
from core.sandbox.faults import FaultSet, FaultSpecError, parse_faults
from core.sandbox.server import App, SandboxServer
from core.sandbox.sessions import Auth
from core.sandbox.store import Store

__all__ = ["ClientCompany", "DataError", "FaultSpecError", "RemoteAdmin", "Sandbox",
           "parse_faults"]


class Sandbox:
    """A Tripletex API v2 look-alike serving generated records (or `data`) on `host:port`.

    It answers as real Tripletex does, where real Tripletex is less kind than its documentation
    (API-NOTES.md "Real behaviour"): inexact `fullResultSize`, about 100 requests per rolling
    10 s (a 429 sometimes without `X-Rate-Limit-Reset`), a session for today made and then
    refused, objects with every default field filled, top-level `hierarchyLevel` 0, real
    `displayName`s, real error bodies and session bodies, `count` above 10,000 refused.
    `lenient=True` brings back the sandbox's older kindness (exact sizes, 1,000 requests per
    fixed 10 s window, sparse objects, ...) for a test about something else.

    `data` is a dict in the DESIGN.md data-file format (DataError if it is not); `faults` a
    faults spec (FaultSpecError if it cannot be parsed); `result_cap` Tripletex's 10,000 limit;
    `rate_limit` requests per `rate_period` seconds before 429 (default 100 per 10 s, lenient
    1,000); `reset_on_429` whether a 429 carries `X-Rate-Limit-Reset`: "sometimes" (every
    second one lacks it), "always" or "never"; `clock_offset` seconds between this machine's
    clock and the sandbox's (its change times, changedSince and Date headers); `gzip` packs
    answers for a client that accepts it; `test_host` answers as `api-test.tripletex.tech` does
    (changedSince ignored, session tokens of `test-`); `accountant` makes the employee token an
    accounting office's, which acts in a served company only with that company's id;
    `companies` is how many client companies it serves (more than one makes the key an
    accountant's), each with its own records: the first `data` (or generated from `seed`),
    the others generated from other seeds. `companies` (the attribute) says who they are,
    `admin_for(id)` edits one's records (`admin`: the first's).
    """

    def __init__(
        self,
        seed: int = 1,
        customers: int = 200,
        projects: int = 600,
        port: int = 0,
        host: str = "127.0.0.1",
        data: dict[str, Any] | None = None,
        consumer_token: str = "sandbox-consumer",
        employee_token: str = "sandbox-employee",
        result_cap: int = 10_000,
        faults: str | None = None,
        rate_limit: int | None = None,
        rate_period: float | None = None,
        clock_offset: float = 0.0,
        gzip: bool = False,
        *,
        lenient: bool = False,
        reset_on_429: str = "sometimes",
        test_host: bool = False,
        accountant: bool = False,
        companies: int = 1,
    ) -> None:
        dataset = check_data(data) if data is not None else generate(seed, customers, projects)
        self.companies: list[ClientCompany] = client_companies(companies, seed)
        accountant = accountant or companies > 1
        self.host = host
        self.port = port
        self.consumer_token = consumer_token
        self.employee_token = employee_token
        self.lenient = lenient
        strict = not lenient
        self.store = Store(dataset, clock_offset=clock_offset, strict=strict)
        self.stores = {self.companies[0].id: self.store}
        for i, company in enumerate(self.companies[1:], start=1):
            self.stores[company.id] = Store(generate(data_seed(seed, i), customers, projects),
                                            clock_offset=clock_offset, strict=strict)
        self.auth = Auth(consumer_token, employee_token, rate_limit, rate_period, strict=strict,
                         test_host=test_host, accountant=accountant, reset_on_429=reset_on_429,
                         clients=tuple(self.stores))
        self.faults = FaultSet(faults)
        self.log = RequestLog()
        self.api = Api(self.store, self.auth, result_cap, strict=strict, test_host=test_host,
                       companies=self.companies, stores=self.stores)
        self.admin = Admin(self.store, self.auth, self.faults, self.log)
        self.gzip = gzip
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def root_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT/v2`: what a client uses as Tripletex's base URL."""
        return self.root_url + "/v2"

    def start(self) -> Sandbox:
        """Bind (port 0 picks a free port) and serve in a background thread."""
        if self._server is not None:
            return self
        app = App(self.api, self.admin, self.auth, self.faults, self.log, self.gzip,
                  admins={cid: self.admin_for(cid) for cid in self.stores})
        self._server = SandboxServer((self.host, self.port), app)
        self.port = self._server.server_address[1]
        for store in self.stores.values():
            store.url_base = self.base_url.removeprefix("http://")
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name=f"tripletex-sandbox-{self.port}", daemon=True)
        self._thread.start()
        return self

    def admin_for(self, company_id: int) -> Admin:
        """The admin API on one client company's records (faults, the token, sessions and the
        request log are the sandbox's, shared by all); KeyError for a company not served."""
        return Admin(self.stores[int(company_id)], self.auth, self.faults, self.log)

    def stop(self) -> None:
        """Stop serving, close the port and every open connection."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "serving" if self._server else "stopped"
        return f"Sandbox({self.base_url!r}, {state}{', lenient' if self.lenient else ''})"
