"""The sandbox against Tripletex's official 2.74.00 response schemas, and its behaviour: paging,
fields, isInactive, changedSince, versionDigest/304, the result cap, sessions, access, rate
limit, faults, the generator, data files, the admin API and the `rabbitsync sandbox` command.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from contextlib import closing
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from core.sandbox import DataError, RemoteAdmin, Sandbox
from core.sandbox.data import check_data, generate
from core.sandbox.faults import FaultSet, FaultSpecError, parse_faults
from core.sandbox.names import is_valid_org_number
from core.sandbox.store import NotFound, StoreError
from tests.helpers import ROOT, customer, project

# the official spec lives in shared/ beside the checkout (CI lays a copy there too)
SPEC = ROOT.parent / "shared" / "tripletex" / "openapi-2.74.00.json"
if not SPEC.exists():
    SPEC = Path("/work/shared/tripletex/openapi-2.74.00.json")
URN = "urn:tripletex:openapi-2.74.00"
OSLO = ZoneInfo("Europe/Oslo")


# ---- the official schemas ---------------------------------------------------------------


def _strict(node: Any) -> Any:
    """The spec's schemas, with two changes for validation: every property may be null
    (Tripletex sends null for unset fields, e.g. `developerMessage: null` in issue #53, but the
    spec marks nothing nullable), and no property outside the schema is allowed (so the
    sandbox's field names are exactly the spec's)."""
    if isinstance(node, list):
        return [_strict(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _strict(v) for k, v in node.items()}
    if isinstance(out.get("properties"), dict):
        out["properties"] = {k: {"anyOf": [v, {"type": "null"}]}
                             for k, v in out["properties"].items()}
        out.setdefault("additionalProperties", False)
    return out


@cache
def _registry() -> Registry:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    doc = {"components": {"schemas": _strict(spec["components"]["schemas"])}}
    return Registry().with_resource(URN, Resource.from_contents(doc, default_specification=DRAFT4))


def valid(name: str, body: Any) -> None:
    """Raise if `body` does not match the spec's schema `name`."""
    schema = {"$ref": f"{URN}#/components/schemas/{name}"}
    jsonschema.Draft4Validator(schema, registry=_registry()).validate(body)


def test_schema_check_itself_refuses_wrong_bodies():
    with pytest.raises(jsonschema.ValidationError):
        valid("ListResponseCustomer", {"values": [{"id": "not-an-int"}]})
    with pytest.raises(jsonschema.ValidationError):
        valid("ResponseWrapperProject", {"value": {"id": 1, "mainProjectId": 2}})


# ---- helpers ------------------------------------------------------------------------------


def expiry(days: int = 2) -> str:
    return (datetime.now(OSLO).date() + timedelta(days=days)).isoformat()


def open_session(sb: Sandbox) -> tuple[httpx.Client, tuple[str, str]]:
    http = httpx.Client(base_url=sb.base_url + "/", timeout=10)
    r = http.post("token/session/:create", json={"consumerToken": sb.consumer_token,
                                                 "employeeToken": sb.employee_token,
                                                 "expirationDate": expiry()})
    assert r.status_code == 201, r.text
    return http, ("0", r.json()["value"]["token"])


@pytest.fixture
def api(sandbox):
    http, auth = open_session(sandbox)
    with closing(http):
        yield sandbox, http, auth


def error(r: httpx.Response, status: int, code: int | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    valid("ApiError", body)
    assert body["status"] == status and body["requestId"] == r.headers["x-tlx-request-id"]
    if code is not None:
        assert body["code"] == code
    return body


def all_pages(http: httpx.Client, auth: Any, path: str, params: dict[str, Any], count: int) -> list[dict]:
    out, start = [], 0
    while True:
        r = http.get(path, params={**params, "from": start, "count": count}, auth=auth)
        assert r.status_code == 200, r.text
        values = r.json()["values"]
        out.extend(values)
        start += len(values)
        if len(values) < count:
            return out


# ---- every endpoint against its schema ---------------------------------------------------


def test_session_create_post_put_whoami_delete_match_the_spec(sandbox):
    with httpx.Client(base_url=sandbox.base_url + "/", timeout=10) as http:
        body = {"consumerToken": sandbox.consumer_token, "employeeToken": sandbox.employee_token,
                "expirationDate": expiry()}
        post = http.post("token/session/:create", json=body)
        assert post.status_code == 201
        valid("ResponseWrapperSessionToken", post.json())
        put = http.put("token/session/:create", params=body)
        assert put.status_code == 200
        valid("ResponseWrapperSessionToken", put.json())
        token = put.json()["value"]["token"]
        assert token and "-" not in token and token != post.json()["value"]["token"]
        who = http.get("token/session/%3EwhoAmI", auth=("0", token))
        valid("ResponseWrapperLoggedInUserInfo", who.json())
        assert who.headers["x-tlx-request-id"]
        v = who.json()["value"]
        assert v["company"] == {"id": v["companyId"], "url": v["company"]["url"]}
        fields = "employeeId,companyId,company(id,name,organizationNumber),employee(displayName)"
        who2 = http.get("token/session/>whoAmI", params={"fields": fields}, auth=("0", token))
        valid("ResponseWrapperLoggedInUserInfo", who2.json())
        v2 = who2.json()["value"]
        assert set(v2) == {"employeeId", "companyId", "company", "employee"}
        assert set(v2["company"]) == {"id", "name", "organizationNumber"}
        assert is_valid_org_number(v2["company"]["organizationNumber"])
        assert v2["employee"]["displayName"]
        assert http.delete(f"token/session/{token}", auth=("0", token)).status_code == 204
        error(http.get("token/session/>whoAmI", auth=("0", token)), 401, 3000)


def test_lists_and_single_objects_match_the_spec(api):
    sb, http, auth = api
    for kind, list_schema, one_schema in (("customer", "ListResponseCustomer", "ResponseWrapperCustomer"),
                                          ("project", "ListResponseProject", "ResponseWrapperProject")):
        for fields in (None, "*", "*,changes", "id,version,name", "*,customer(*),mainProject(id,name)"):
            if kind == "customer" and fields and "mainProject" in fields:
                continue
            params = {"fields": fields} if fields else {}
            r = http.get(kind, params=params, auth=auth, headers={"If-None-Match": "x"})
            assert r.status_code == 200, r.text
            valid(list_schema, r.json())
            rid = r.json()["values"][0]["id"]
            one = http.get(f"{kind}/{rid}", params=params, auth=auth)
            valid(one_schema, one.json())
            assert one.json()["value"]["id"] == rid
    clients = http.get("company/>withLoginAccess", auth=auth)
    valid("ListResponseClient", clients.json())
    assert clients.json()["values"] == []


@pytest.mark.sandbox_writes  # POST /customer on purpose: the sandbox refuses it
def test_error_answers_match_the_spec(api):
    sb, http, auth = api
    error(http.get("customer/99999999", auth=auth), 404, 6000)
    error(http.get("customer", auth=("0", "not-a-session")), 401, 3000)
    error(http.get("customer"), 401, 3000)
    error(http.get("customer", params={"fields": "id,nope"}, auth=auth), 400, 11000)
    error(http.get("project", params={"fields": "customer(nope)"}, auth=auth), 400, 11000)
    error(http.get("customer", params={"isInactive": "maybe"}, auth=auth), 422, 21000)
    error(http.get("project", params={"startDateFrom": "2024-13-01"}, auth=auth), 422, 21000)
    error(http.get("project", params={"sorting": "nope"}, auth=auth), 422, 17000)
    error(http.post("customer", json={"name": "X"}, auth=auth), 405)
    bad = error(http.post("token/session/:create", json={"consumerToken": "wrong",
                                                         "employeeToken": sb.employee_token,
                                                         "expirationDate": expiry()}), 422, 18000)
    assert bad["validationMessages"][0]["field"] == "arg:consumerToken"
    assert "consumer token" in bad["validationMessages"][0]["message"]
    bad = error(http.post("token/session/:create", json={"consumerToken": sb.consumer_token,
                                                         "employeeToken": "wrong",
                                                         "expirationDate": expiry()}), 422, 18000)
    assert bad["validationMessages"][0]["field"] == "arg:employeeToken"
    error(http.put("token/session/:create", params={"consumerToken": sb.consumer_token,
                                                    "employeeToken": sb.employee_token,
                                                    "expirationDate": "12.01.2027"}), 422, 18000)
    error(http.post("token/session/:create", content=b"{not json"), 422, 22000)


# ---- listings -----------------------------------------------------------------------------


def test_paging_from_count_and_short_page(api):
    sb, http, auth = api
    want = sorted(c["id"] for c in sb.admin.snapshot()["customers"] if not c["isInactive"])
    got = all_pages(http, auth, "customer", {"fields": "id"}, count=7)
    assert [c["id"] for c in got] == want
    r = http.get("customer", params={"from": 3, "count": 5, "fields": "id"}, auth=auth).json()
    assert r["from"] == 3 and r["count"] == 5 and [v["id"] for v in r["values"]] == want[3:8]
    assert r["fullResultSize"] == 9  # not the total: whether more follow (test_conformance.py)
    end = http.get("customer", params={"from": len(want), "fields": "id"}, auth=auth).json()
    assert end["values"] == [] and end["count"] == 0


def test_fields_filter_nested_and_star(api):
    sb, http, auth = api
    snap = sb.admin.snapshot()
    sub = next(p for p in snap["projects"] if p["mainProject"] and p["customer"])
    r = http.get(f"project/{sub['id']}", params={"fields": "id,customer(id),mainProject(id)"},
                 auth=auth).json()["value"]
    assert r == {"id": sub["id"], "customer": {"id": sub["customer"]["id"]},
                 "mainProject": {"id": sub["mainProject"]["id"]}}
    r = http.get(f"project/{sub['id']}", params={"fields": "customer(name,customerNumber)"},
                 auth=auth).json()["value"]
    cust = next(c for c in snap["customers"] if c["id"] == sub["customer"]["id"])
    assert r == {"customer": {"name": cust["name"], "customerNumber": cust["customerNumber"]}}
    star = http.get(f"project/{sub['id']}", params={"fields": "*"}, auth=auth).json()["value"]
    assert "changes" not in star and star["customer"]["url"].endswith(f"/customer/{cust['id']}")
    assert star["hierarchyLevel"] >= 1 and star["customerName"] == cust["name"]
    ch = http.get(f"project/{sub['id']}", params={"fields": "id,changes"}, auth=auth).json()["value"]
    assert ch["changes"][0]["changeType"] == "CREATE"


def test_is_inactive_defaults_to_false(api):
    sb, http, auth = api
    snap = sb.admin.snapshot()["customers"]
    inactive = {c["id"] for c in snap if c["isInactive"]}
    assert inactive and len(inactive) < len(snap)
    default = {c["id"] for c in all_pages(http, auth, "customer", {"fields": "id"}, 1000)}
    only_inactive = {c["id"] for c in all_pages(http, auth, "customer",
                                                {"fields": "id", "isInactive": "true"}, 1000)}
    assert default == {c["id"] for c in snap} - inactive and only_inactive == inactive


def test_changed_since_on_customers(api):
    sb, http, auth = api
    cid = sb.admin.snapshot()["customers"][0]["id"]
    before = datetime.now(OSLO).replace(microsecond=0, tzinfo=None) - timedelta(seconds=1)
    updated = sb.admin.update_customer(cid, name="Endret Kunde AS")
    assert updated["version"] == sb.admin.snapshot()["customers"][0]["version"]
    got = all_pages(http, auth, "customer", {"fields": "id,name,version",
                                             "changedSince": before.isoformat()}, 1000)
    assert [c["id"] for c in got] == [cid] and got[0]["name"] == "Endret Kunde AS"
    utc = (datetime.now(OSLO) - timedelta(minutes=1)).astimezone(ZoneInfo("UTC"))
    z = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [c["id"] for c in all_pages(http, auth, "customer", {"changedSince": z}, 1000)] == [cid]
    everyone = all_pages(http, auth, "customer", {"changedSince": "2000-01-01"}, 1000)
    assert len(everyone) > 1
    error(http.get("customer", params={"changedSince": "yesterday"}, auth=auth), 422, 21000)


def test_version_digest_and_304(api):
    sb, http, auth = api
    plain = http.get("project", auth=auth).json()
    assert plain["versionDigest"] == "'If-None-Match' header not specified"
    first = http.get("project", params={"fields": "id"}, auth=auth, headers={"If-None-Match": "any"})
    digest = first.json()["versionDigest"]
    same = http.get("project", params={"fields": "id"}, auth=auth, headers={"If-None-Match": digest})
    assert same.status_code == 304 and same.content == b""
    assert same.headers["x-tlx-request-id"] and "x-rate-limit-remaining" in same.headers
    pid = first.json()["values"][-1]["id"]  # on the last page: the digest covers the whole list
    sb.admin.update_project(pid, name="Endret")
    changed = http.get("project", params={"fields": "id", "count": 1}, auth=auth,
                       headers={"If-None-Match": digest})
    assert changed.status_code == 200 and changed.json()["versionDigest"] != digest
    d2 = changed.json()["versionDigest"]
    new = sb.admin.create_project(name="Nytt", customer=None, startDate="2025-01-01")
    sb.admin.delete_project(new["id"])
    again = http.get("project", params={"fields": "id"}, auth=auth, headers={"If-None-Match": d2})
    assert again.status_code == 304  # the same records at the same versions: the same digest
    wider = http.get("project", params={"fields": "id,name"}, auth=auth,
                     headers={"If-None-Match": d2})
    assert wider.status_code == 200  # other fields, other content: another digest
    other = http.get("project", params={"isClosed": "true"}, auth=auth,
                     headers={"If-None-Match": d2})
    assert other.status_code == 200  # each filter has its own digest


def test_listings_after_writes_are_what_a_fresh_listing_would_be(api):
    """The sandbox keeps cached listings up to date on each write (as an index would): every
    filtered listing after creates, edits, closes and deletes equals a listing made afresh."""
    sb, http, auth = api
    queries = [{"isClosed": "false"}, {"isClosed": "true"}, {"startDateFrom": "2020-01-01"},
               {"isClosed": "false", "startDateTo": "2020-01-01"}, {}]

    def listing(q: dict) -> tuple[list[int], str]:
        r = http.get("project", params={**q, "fields": "id,version", "count": 10_000}, auth=auth,
                     headers={"If-None-Match": "x"})
        return [v["id"] for v in r.json()["values"]], r.json()["versionDigest"]

    before = {i: listing(q) for i, q in enumerate(queries)}  # cached from here on
    projects = sb.admin.snapshot()["projects"]
    open_one = next(p for p in projects if not p["isClosed"] and (p["startDate"] or "") < "2020")
    sb.admin.update_project(open_one["id"], isClosed=True)
    new = sb.admin.create_project(name="Nytt", customer=None, startDate="2021-05-05")
    leaf = next(p for p in projects if p["id"] not in {(q.get("mainProject") or {}).get("id")
                                                       for q in projects})
    sb.admin.delete_project(leaf["id"])
    after = {i: listing(q) for i, q in enumerate(queries)}
    with Sandbox(data=sb.admin.snapshot(), port=0) as fresh:
        fhttp, fauth = open_session(fresh)
        with closing(fhttp):
            for i, q in enumerate(queries):
                r = fhttp.get("project", params={**q, "fields": "id,version", "count": 10_000},
                              auth=fauth)
                assert after[i][0] == [v["id"] for v in r.json()["values"]], q
    assert open_one["id"] in before[0][0] and open_one["id"] not in after[0][0]
    assert open_one["id"] in after[1][0] and new["id"] in after[2][0]
    assert all(after[i][1] != before[i][1] for i in (0, 1, 4))  # changed members: new digests


def test_result_cap_answers_422_23000_whatever_the_count():
    with Sandbox(seed=2, customers=20, projects=120, port=0, result_cap=50) as sb:
        http, auth = open_session(sb)
        with closing(http):
            body = error(http.get("project", params={"count": 1}, auth=auth), 422, 23000)
            assert "Result set too large" in body["message"]
            small = http.get("project", params={"startDateFrom": "2024-01-01",
                                                "startDateTo": "2024-07-01"}, auth=auth)
            assert small.status_code == 200 and 0 < len(small.json()["values"]) <= 50
            assert http.get("customer", auth=auth).status_code == 200


def test_project_filters(api):
    sb, http, auth = api
    snap = sb.admin.snapshot()["projects"]

    def ids(**params: Any) -> set[int]:
        return {p["id"] for p in all_pages(http, auth, "project", {"fields": "id", **params}, 1000)}

    assert ids() == {p["id"] for p in snap}
    assert ids(isClosed="true") == {p["id"] for p in snap if p["isClosed"]}
    assert ids(isClosed="false") == {p["id"] for p in snap if not p["isClosed"]}
    dated = {p["id"] for p in snap if p["startDate"] and "2015-01-01" <= p["startDate"] < "2020-01-01"}
    assert ids(startDateFrom="2015-01-01", startDateTo="2020-01-01") == dated
    cid = next(p["customer"]["id"] for p in snap if p["customer"])
    assert ids(customerId=cid) == {p["id"] for p in snap if (p["customer"] or {}).get("id") == cid}
    some = sorted(p["id"] for p in snap)[:3]
    assert ids(id=",".join(map(str, some))) == set(some)
    shut = next(p for p in snap if not p["isClosed"])
    sb.admin.update_project(shut["id"], isClosed=True)
    assert shut["id"] not in ids(isClosed="false")
    assert shut["id"] in ids(isClosed="false", includeRecentlyClosed="true")
    names = [p["name"] for p in all_pages(http, auth, "project", {"fields": "name", "sorting": "name"}, 1000)]
    assert names == sorted(names, key=str.lower)


# ---- sessions, access, rate limit ---------------------------------------------------------


def test_session_ends_at_oslo_midnight_of_its_expiration_date(sandbox):
    s = sandbox.auth.create(sandbox.consumer_token, sandbox.employee_token, expiry(1))
    midnight = datetime.combine(date.fromisoformat(expiry(1)), datetime.min.time(), OSLO)
    assert s.expires_at == midnight.timestamp()


def test_revoked_token_and_missing_access(api):
    sb, http, auth = api
    sb.admin.set_token(project_access=False)
    error(http.get("project", auth=auth), 403, 9000)
    error(http.get("project/1", auth=auth), 403, 9000)
    assert http.get("customer", auth=auth).status_code == 200
    sb.admin.set_token(project_access=True, customer_access=False)
    error(http.get("customer", auth=auth), 403, 9000)
    sb.admin.set_token(revoked=True)
    error(http.get("project", auth=auth), 401, 3000)
    refused = error(http.post("token/session/:create", json={
        "consumerToken": sb.consumer_token, "employeeToken": sb.employee_token,
        "expirationDate": expiry()}), 422, 18000)
    assert "employeeToken" in refused["validationMessages"][0]["field"]


def test_expire_sessions(api):
    sb, http, auth = api
    assert http.get("customer", auth=auth).status_code == 200
    assert sb.admin.expire_sessions() == 1
    error(http.get("customer", auth=auth), 401, 3000)


def test_rate_limit_headers_and_429():
    with Sandbox(seed=1, customers=3, projects=3, port=0, rate_limit=4, rate_period=60) as sb:
        http, auth = open_session(sb)
        with closing(http):
            seen = [http.get("customer", auth=auth) for _ in range(4)]
        assert [int(r.headers["X-Rate-Limit-Remaining"]) for r in seen[:3]] == [2, 1, 0]
        assert all(r.headers["X-Rate-Limit-Limit"] == "4" for r in seen)
        error(seen[3], 429)
        assert 0 < int(seen[3].headers["X-Rate-Limit-Reset"]) <= 60


def test_request_log_has_every_tripletex_request_and_no_admin_call(api):
    sb, http, auth = api
    http.get("customer", params={"fields": "id"}, auth=auth)
    RemoteAdmin(sb.base_url).snapshot()
    log = sb.admin.requests()
    assert [(r["method"], r["path"], r["status"]) for r in log] == [
        ("POST", "/v2/token/session/:create", 201), ("GET", "/v2/customer", 200)]
    assert log[1]["query"] == {"fields": "id"} and log[1]["request_id"]


# ---- faults -------------------------------------------------------------------------------


def test_fault_spec_grammar():
    f = parse_faults("429@/customer:times=2, drop@/project:after=1:times=0,"
                     "slow@/token/session/:create:seconds=0.5,500@*")
    assert [(x.kind, x.path, x.after, x.times) for x in f] == [
        ("429", "/customer", 0, 2), ("drop", "/project", 1, 0),
        ("slow", "/token/session/:create", 0, 1), ("500", "*", 0, 1)]
    assert f[2].seconds == 0.5 and parse_faults("") == [] and parse_faults(None) == []
    for bad in ("429", "teapot@/customer", "500@customer", "500@/customer:times=x",
                "500@/customer:times=-1", "500@/customer:often=2", "500@/customer:times"):
        with pytest.raises(FaultSpecError):
            parse_faults(bad)


def test_fault_after_times_and_path_suffix():
    fs = FaultSet("503@/customer:after=1:times=2,500@/project:times=0")
    got = [getattr(fs.pick("/v2/customer"), "kind", None) for _ in range(5)]
    assert got == [None, "503", "503", None, None]
    assert fs.pick("/v2/customer/5") is None  # /customer/{id} is not /customer
    assert all(fs.pick("/v2/project") is not None for _ in range(20))
    with pytest.raises(FaultSpecError):
        fs.set("nonsense")
    assert len(fs.describe()) == 2  # a bad spec leaves the current faults


def test_a_fault_can_be_kept_to_requests_with_some_query_values():
    fs = FaultSet("slow@/customer?isInactive=false:after=1:seconds=0.2")
    assert fs.describe() == ["slow@/customer?isInactive=false:after=1:times=1:seconds=0.2"]
    inactive, active = {"isInactive": "true"}, {"isInactive": "false", "from": "0"}
    got = [getattr(fs.pick("/v2/customer", q), "kind", None) for q in (inactive, active, inactive, active)]
    assert got == [None, None, None, "slow"]  # the inactive listing neither counts nor slows
    with pytest.raises(FaultSpecError):
        parse_faults("slow@/customer?")


def test_faults_over_http(api):
    sb, http, auth = api
    sb.admin.set_faults("drop@/customer")
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("customer", auth=auth)
    sb.admin.set_faults("truncated@/customer")
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("customer", auth=auth)
    sb.admin.set_faults("malformed@/customer")
    r = http.get("customer", auth=auth)
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()
    for kind in ("500", "502", "503", "429", "429-noreset"):
        sb.admin.set_faults(f"{kind}@/customer")
        r = http.get("customer", auth=auth)
        assert r.status_code == int(kind[:3])
        if kind == "429":
            assert r.headers["X-Rate-Limit-Reset"] == "1"
        if kind == "429-noreset":
            assert "X-Rate-Limit-Reset" not in r.headers
    sb.admin.set_faults("slow@/customer:seconds=0.05")
    assert http.get("customer", auth=auth).status_code == 200
    sb.admin.set_faults("expire@/customer")
    error(http.get("customer", auth=auth), 401, 3000)
    error(http.get("project", auth=auth), 401, 3000)  # the session is gone
    faulted = [r["fault"] for r in sb.admin.requests() if r["fault"]]
    assert faulted == ["drop", "truncated", "malformed", "500", "502", "503", "429",
                       "429-noreset", "slow", "expire"]


def test_faults_from_the_constructor():
    with (Sandbox(seed=1, customers=3, projects=3, port=0,
                  faults="503@/token/session/:create") as sb,
          httpx.Client(base_url=sb.base_url + "/") as http):
        body = {"consumerToken": sb.consumer_token, "employeeToken": sb.employee_token,
                "expirationDate": expiry()}
        assert http.post("token/session/:create", json=body).status_code == 503
        assert http.post("token/session/:create", json=body).status_code == 201
    with pytest.raises(FaultSpecError):
        Sandbox(faults="bogus")


# ---- generator, data files, admin ---------------------------------------------------------


def _content(ds) -> list:
    return [ds.customers, ds.projects]


def test_generator_is_deterministic_and_realistic():
    assert _content(generate(9, 300, 900)) == _content(generate(9, 300, 900))
    assert _content(generate(9, 300, 900)) != _content(generate(10, 300, 900))
    ds = generate(9, 300, 900)
    cs, ps = ds.customers, ds.projects
    forms = {c["name"].rsplit(" ", 1)[-1] for c in cs}
    assert {"AS", "ASA", "ANS", "DA", "ENK", "SA"} <= forms
    orgs = [c["organizationNumber"] for c in cs if c["organizationNumber"]]
    assert all(is_valid_org_number(o) for o in orgs) and len(orgs) < len(cs)
    assert any(c["isInactive"] for c in cs)
    by_name: dict[str, list] = {}
    for c in cs:
        by_name.setdefault(c["name"], []).append(c)
    twins = [g for g in by_name.values() if len(g) > 1]
    assert twins and all(len({c["customerNumber"] for c in g}) == len(g) for g in twins)
    assert len({c["customerNumber"] for c in cs}) == len(cs)
    assert any(p["customer"] is None and p["isInternal"] for p in ps)
    assert any(p["isClosed"] for p in ps) and any(p["startDate"] is None for p in ps)
    years = {p["startDate"][:4] for p in ps if p["startDate"]}
    assert len(years) >= 10
    parent = {p["id"]: (p["mainProject"] or {}).get("id") for p in ps}

    def level(pid: int) -> int:
        return 1 if parent[pid] is None else 1 + level(parent[pid])

    assert {level(p["id"]) for p in ps} == {1, 2, 3, 4}
    assert len({p["number"] for p in ps}) == len(ps)


def test_data_file_checks():
    good = {"customers": [customer(1, "A AS")], "projects": [project(2, "P", "1", 1)]}
    assert len(check_data(good).projects) == 1
    cases = [
        ([], "JSON object"),
        ({"customers": [customer(1, "A"), customer(1, "B")]}, "appears twice"),
        ({"customers": [{**customer(1, "A"), "colour": "red"}]}, "colour"),
        ({"customers": [], "projects": [project(2, "P", "1", 9)]}, "customer id 9"),
        ({"projects": [project(2, "P", "1", None, main=3), project(3, "Q", "2", None, main=2)]}, "loop"),
        ({"projects": [project(2, "P", "1", None, start="15.01.2024")]}, "startDate"),
        ({"customers": [{"id": 1}]}, "name"),
    ]
    for data, words in cases:
        with pytest.raises(DataError, match=words):
            check_data(data)


def test_admin_over_http_is_the_same_operations(sandbox):
    remote = RemoteAdmin(sandbox.base_url)
    c = remote.create_customer(name="Ny Kunde AS", customerNumber=99001)
    assert c["id"] and c["version"] == 0
    p = remote.create_project(name="Nytt", customer={"id": c["id"]}, startDate="2025-02-03")
    assert p["number"] and p["customer"]["id"] == c["id"]
    upd = remote.update_project(p["id"], isClosed=True)
    assert upd["version"] == 1 and upd["isClosed"] is True
    with pytest.raises(StoreError, match="used by project"):
        remote.delete_customer(c["id"])
    with pytest.raises(StoreError, match="not a Tripletex"):
        remote.update_customer(c["id"], colour="red")
    with pytest.raises(StoreError, match="under itself"):
        remote.update_project(p["id"], mainProject={"id": p["id"]})
    remote.delete_project(p["id"])
    remote.delete_customer(c["id"])
    with pytest.raises(NotFound):
        remote.update_customer(c["id"], name="X")
    assert remote.set_faults("500@/customer:times=1") == ["500@/customer:after=0:times=1"]
    remote.clear_faults()
    assert remote.set_token(project_access=False)["project_access"] is False
    assert remote.expire_sessions() == 0
    assert remote.requests() == sandbox.admin.requests()
    ids = {x["id"] for x in remote.snapshot()["customers"]}
    assert ids == {x["id"] for x in sandbox.admin.snapshot()["customers"]} and c["id"] not in ids


# ---- `rabbitsync sandbox` -----------------------------------------------------------------

LINE = re.compile(r"^Tripletex sandbox at (http://127\.0\.0\.1:(\d+)/v2) \(consumer token: "
                  r"sandbox-consumer, employee token: sandbox-employee\)$")


def test_cli_sandbox_prints_one_line_serves_and_ends_on_sigterm(cli_env):
    proc = subprocess.Popen([sys.executable, "-m", "core.cli", "sandbox", "--port", "0",
                             "--customers", "5", "--projects", "5"], cwd=ROOT, env=cli_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().rstrip("\n")
        m = LINE.match(line)
        assert m and int(m.group(2)) > 0, line
        sb = type("Remote", (), {"base_url": m.group(1), "consumer_token": "sandbox-consumer",
                                 "employee_token": "sandbox-employee"})()
        http, auth = open_session(sb)  # type: ignore[arg-type]
        with closing(http):
            assert len(http.get("customer", auth=auth).json()["values"]) >= 1
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert out == "" and "Traceback" not in err


def test_cli_sandbox_with_a_data_file_and_bad_input(tmp_path, cli_env):
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"customers": [customer(1, "Eneste AS", 1)], "projects": []}))
    proc = subprocess.Popen([sys.executable, "-m", "core.cli", "sandbox", "--port", "0", "--data",
                             str(good)], cwd=ROOT, env=cli_env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        m = LINE.match(proc.stdout.readline().rstrip("\n"))
        assert m
        snap = RemoteAdmin(m.group(1)).snapshot()
        assert [c["name"] for c in snap["customers"]] == ["Eneste AS"]
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{nope")
    bad_ref = tmp_path / "ref.json"
    bad_ref.write_text(json.dumps({"projects": [project(5, "P", "1", 42)]}))
    for args, words in (([ "--data", str(bad_json)], "not valid JSON"),
                        (["--data", str(bad_ref)], "customer id 42"),
                        (["--data", str(tmp_path / "missing.json")], "cannot read"),
                        (["--faults", "teapot@/customer"], "unknown kind")):
        done = subprocess.run([sys.executable, "-m", "core.cli", "sandbox", "--port", "0", *args],
                              cwd=ROOT, env=cli_env, capture_output=True, text=True, timeout=30)
        assert done.returncode == 2, done.stderr
        assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1
        assert words in done.stderr and "Fix:" in done.stderr and "Traceback" not in done.stderr


def test_stop_closes_the_port_and_keep_alive_connections():
    sb = Sandbox(seed=1, customers=3, projects=3, port=0).start()
    http, auth = open_session(sb)
    assert http.get("customer", auth=auth).status_code == 200
    sb.stop()
    t0 = time.monotonic()
    with pytest.raises(httpx.TransportError):
        http.get("customer", auth=auth)
    http.close()
    assert time.monotonic() - t0 < 10


def test_sandbox_help_names_every_fault_kind_and_the_modes(capsys):
    from core.cli import main
    from core.sandbox.faults import KINDS

    with pytest.raises(SystemExit) as done:
        main(["sandbox", "--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    missing = [k for k in KINDS if k not in text]
    assert missing == []
    assert "--lenient" in text and "--test-host" in text and "missed-change (a change" in text
