"""Client behaviour the sandbox cannot produce, on an in-process httpx transport.

Each test says why it is not against the sandbox: these are Tripletex answers the sandbox has no
switch for (an undocumented module-missing 403, POST :create missing on an older Tripletex, a
customer listing without a versionDigest, TLS failures) or pure checks done before sending.
(The accountant key and a low rate-limit budget, once here, are now the sandbox's:
tests/test_check.py and tests/test_rate_limit.py.)
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable

import httpx
import pytest

from core.secret import redact
from core.tripletex.classify import ApiError, whole
from core.tripletex.client import TripletexClient
from core.tripletex.errors import (
    BaseUrlError,
    InsecureURLError,
    ModuleMissingError,
    NetworkError,
    PermissionDeniedError,
    ReadOnlyError,
    WrongEnvironmentError,
)

CONSUMER = "test-consumer-SECRET-1234"
EMPLOYEE = "employee-SECRET-5678"
SESSION = "session-SECRET-9999"
SECRETS = (CONSUMER, EMPLOYEE, SESSION)


class Recorder:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, s: float) -> None:
        self.waits.append(s)


def tripletex(route: Callable[[httpx.Request], httpx.Response | None]) -> httpx.MockTransport:
    """A fake Tripletex: session create and >whoAmI work; `route` answers the rest."""

    def handler(req: httpx.Request) -> httpx.Response:
        got = route(req)
        if got is not None:
            return got
        if req.url.path.endswith("/token/session/:create"):
            return httpx.Response(201, json={"value": {"token": SESSION}})
        if req.method == "DELETE":
            return httpx.Response(204)
        return httpx.Response(200, json={"value": {"companyId": 1}, "values": []})

    return httpx.MockTransport(handler)


def client(route: Callable[[httpx.Request], httpx.Response | None], **kw) -> TripletexClient:
    kw.setdefault("sleep", Recorder())
    return TripletexClient("http://127.0.0.1:9/v2", CONSUMER, EMPLOYEE, transport=tripletex(route), **kw)


def no_secret(text: str) -> None:
    for s in SECRETS:
        assert s not in text


def err_body(status: int, code: int, msg: str, rid: str = "rid-1") -> httpx.Response:
    return httpx.Response(
        status,
        json={"status": status, "code": code, "message": msg, "developerMessage": msg,
              "requestId": rid},
        headers={"x-tlx-request-id": rid},
    )


async def test_module_missing_403_names_the_integrations_module():
    # the sandbox has no "module missing" switch (Tripletex's wording is undocumented)
    def route(req):
        if req.url.path.endswith("/customer"):
            return err_body(403, 9000, "Selskapet mangler modulen Integrasjoner")
        return None

    async with client(route) as tx:
        with pytest.raises(ModuleMissingError) as ei:
            await tx.list_customers()
    text = ei.value.one_line()
    assert "Integrations module" in text and "Mitt abonnement" in text and "rid-1" in text
    no_secret(text + repr(ei.value))


async def test_plain_403_is_a_permission_error_with_the_fix():
    def route(req):
        if "/project" in req.url.path:
            return err_body(403, 9000, "Access denied")
        return None

    async with client(route) as tx:
        reads = await tx.can_read()
    assert reads["customers"] is True and reads["projects"] is False
    assert "give the employee token access to customers and projects" in str(reads["projects_error"])
    async with client(route) as tx:
        with pytest.raises(PermissionDeniedError):
            await tx.get_project(3)


async def test_consumer_token_for_the_other_environment():
    # Tripletex's real answer (issue #53) to a consumer token of the other environment
    def route(req):
        if req.url.path.endswith(":create"):
            return httpx.Response(422, json={
                "status": 422, "code": 18000, "message": "Validering feilet.",
                "validationMessages": [{"field": "arg:consumerToken",
                                        "message": "The consumer token is invalid or does not exist."}],
                "requestId": "rid-env"})
        return None

    async with client(route) as tx:
        with pytest.raises(WrongEnvironmentError) as ei:
            await tx.who_am_i()
    text = ei.value.one_line()
    assert "not valid for this environment (production vs test)" in text
    assert "rid-env" in text
    no_secret(text)


@pytest.mark.parametrize("status", [404, 405])
async def test_post_create_missing_never_falls_back_to_tokens_in_the_url(status):
    # a server without POST :create (the sandbox serves it): the legacy PUT puts both tokens in
    # the URL, where proxies and servers log them, so it is never sent (issue 12)
    seen = []

    def route(req):
        seen.append((req.method, str(req.url)))
        if req.url.path.endswith(":create"):
            return httpx.Response(status)
        return None

    async with client(route) as tx:
        with pytest.raises(BaseUrlError) as ei:
            await tx.who_am_i()
    assert [m for m, _ in seen] == ["POST"]
    assert not any(SECRET in url for _, url in seen for SECRET in SECRETS)
    assert "/v2" in ei.value.one_line()
    no_secret(ei.value.one_line())


async def test_404_on_both_session_calls_means_a_wrong_base_url():
    def route(req):
        if req.url.path.endswith(":create"):
            return httpx.Response(404, text="<html>not here</html>")
        return None

    async with client(route) as tx:
        with pytest.raises(BaseUrlError) as ei:
            await tx.who_am_i()
    assert "/v2" in ei.value.one_line()


async def test_a_customer_listing_without_a_digest_is_checked_by_its_ids():
    """A customer listing of more than one page checks, after its last page, that nothing moved
    out of sight while it paged. Where the server sends no usable digest (the sandbox always
    sends one), `fullResultSize` cannot tell: it is not the total (0 with values on some real
    lists, real/vatType-list-fullResultSize0-…). So the ids are listed and compared: here a
    customer deleted between the pages pushed customer 1000 from page 1 to page 0."""
    ids = list(range(1, 1001)) + [1001]  # 1,001 active customers: two pages of 1,000

    def route(req):
        rid = req.url.path.rsplit("/", 1)[1]
        if "/customer/" in req.url.path and rid.isdigit():
            return httpx.Response(200, json={"value": {"id": int(rid), "version": 1,
                                                       "name": f"K{rid}"}})
        if not req.url.path.endswith("/customer"):
            return None
        q = dict(req.url.params)
        if q.get("isInactive") == "true":
            return httpx.Response(200, json={"fullResultSize": 0, "values": []})
        if q.get("id"):
            wanted = [int(i) for i in q["id"].split(",")]
            return httpx.Response(200, json={"fullResultSize": 0, "values": [
                {"id": i, "version": 1, "name": f"K{i}"} for i in wanted]})
        start = int(q.get("from", 0))
        count = int(q.get("count", 1000))
        now = ids if start == 0 else [i for i in ids if i != 5]  # 5 deleted after page 0
        page = now[start:start + count]
        fields = q.get("fields", "")
        return httpx.Response(200, json={"fullResultSize": 0, "versionDigest": None, "values": [
            {"id": i} if fields == "id" else {"id": i, "version": 1, "name": f"K{i}"}
            for i in page]})

    async with client(route) as tx:
        got = await tx.list_customers()
    assert {c["id"] for c in got} == set(ids)


async def test_tls_failure_is_not_retried_and_says_so():
    # a TLS failure needs a host with a bad certificate; raised here as httpx would
    def route(req):
        raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED]") from ssl.SSLError()

    async with client(route) as tx:
        with pytest.raises(NetworkError) as ei:
            await tx.who_am_i()
        assert tx.requests == 1
    assert "certificate" in ei.value.one_line()


def test_plain_http_only_to_loopback():
    with pytest.raises(InsecureURLError) as ei:
        TripletexClient("http://tripletex.no/v2", CONSUMER, EMPLOYEE)
    no_secret(ei.value.one_line())
    for ok in ("http://127.0.0.1:1/v2", "http://localhost:1/v2", "http://[::1]:1/v2",
               "https://tripletex.no/v2"):
        TripletexClient(ok, CONSUMER, EMPLOYEE)


async def test_writes_are_refused_before_sending():
    sent = []

    def route(req):
        sent.append(req.method)
        return None

    async with client(route) as tx:
        for method, path in [("POST", "/customer"), ("PUT", "/project/1"),
                             ("DELETE", "/customer/1"), ("DELETE", "/token/session/other"),
                             ("PATCH", "/project/1"), ("POST", "/token/session/>whoAmI")]:
            with pytest.raises(ReadOnlyError):
                await tx.request(method, path)
    assert sent == []  # not even a session was made


def test_redact_masks_query_tokens_and_session_paths():
    text = redact(f"PUT /v2/token/session/:create?consumerToken={CONSUMER}&employeeToken=x "
                  f"DELETE /v2/token/session/{SESSION}", [EMPLOYEE])
    no_secret(text)
    assert "/token/session/:create" in text
    assert repr(TripletexClient("http://127.0.0.1:1/v2", CONSUMER, EMPLOYEE)).count("SECRET") == 0


async def test_ids_and_versions_of_odd_types_in_a_light_listing_are_read_one_by_one():
    """(The sandbox only sends int ids and versions.) A bool or string id is left out; a
    version that is not an int reads as -1, so the project is fetched again."""
    from core.tripletex.parts import Part

    page = [{"id": 1, "version": 3}, {"id": True, "version": 1}, {"id": "2", "version": 1},
            {"id": 4, "version": "7"}, {"id": 5}]

    def route(req: httpx.Request) -> httpx.Response | None:
        if req.url.path.endswith("/project"):
            return httpx.Response(200, json={"from": 0, "count": len(page), "values": page,
                                             "versionDigest": "d"})
        return None

    async with client(route) as tx:
        got = await tx.project_versions(Part())
    assert got == {1: 3, 4: -1, 5: -1}


@pytest.mark.parametrize("token", ["../../customer/5", "a/../../../v2/customer/5", "x?y#z"])
async def test_a_session_token_is_one_path_segment_when_the_session_is_deleted(token):
    # a hostile server's session token (the sandbox makes only plain ones): "delete my session"
    # must never become DELETE /v2/customer/5
    seen = []

    def route(req):
        seen.append((req.method, req.url.raw_path.decode()))
        if req.url.path.endswith(":create"):
            return httpx.Response(201, json={"value": {"token": token}})
        return None

    async with client(route) as tx:
        await tx.who_am_i()
    deletes = [path for method, path in seen if method == "DELETE"]
    assert len(deletes) == 1 and deletes[0].startswith("/v2/token/session/")
    assert "/" not in deletes[0].removeprefix("/v2/token/session/")
    assert not any("customer" in path and method != "GET" for method, path in seen
                   if not path.startswith("/v2/token/session/"))


@pytest.mark.parametrize("token", ["..", "."])
async def test_a_session_token_that_would_move_the_delete_elsewhere_is_not_sent(token, caplog):
    # ".." is one segment, and still makes DELETE /v2/token/session/.. into DELETE /v2/token:
    # the check runs on the URL as httpx sends it, so that DELETE is refused and never sent
    seen = []

    def route(req):
        seen.append((req.method, req.url.raw_path.decode()))
        if req.url.path.endswith(":create"):
            return httpx.Response(201, json={"value": {"token": token}})
        return None

    caplog.set_level(logging.INFO)
    async with client(route) as tx:
        await tx.who_am_i()
    assert [m for m, _ in seen] == ["POST", "GET"]


# ---- what Tripletex said, as the user sees it (pure: no answer needed) ----------------------


def test_tripletexs_words_are_shown_whole_and_quoted_never_cut_mid_sentence():
    err = ApiError(422, 18000, "Validering feilet.", "VALIDATION_ERROR", "rid",
                   reasons=[("perDiemCompensations[0].rateType.zone", "Kan ikke være null.")])
    assert err.said() == ('Tripletex 422, code 18000: "Validering feilet."; '
                          'perDiemCompensations[0].rateType.zone: "Kan ikke være null."')
    unauthorized = ApiError(401, 3000, "Unauthorized", "Authorization header has invalid "
                            "username: x. Should be a customer id or 0 for default.")
    assert unauthorized.said().endswith('"Unauthorized"; "Authorization header has invalid '
                                        'username: x. Should be a customer id or 0 for default."')
    sentence = "Dette er en lang forklaring på hva som gikk galt med forespørselen. "
    long = sentence * 20  # 1,360 characters, far past any real message
    shown = whole(long)
    assert shown.endswith("forespørselen. […]") and len(shown) <= 610
    assert shown.count("forespørselen.") == len(shown) // len(sentence)
    assert whole("\x1b]52;c;aGk=\x07Feil\u202e i\nsvaret.") == "Feil i svaret."
    many = ApiError(422, 18000, None, None, reasons=[(f"f{i}", f"Feil {i}.") for i in range(8)])
    assert many.said().endswith('f4: "Feil 4."; and 3 more')
