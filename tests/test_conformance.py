"""The sandbox answers as real Tripletex does where real Tripletex is less kind than its
documentation: issue 16's table, row by row. Each test names its source: a body recorded from
real Tripletex in `shared/tripletex/real/` (see its INDEX.md), or a section of
`shared/tripletex/API-NOTES.md`. The rate limit (row 2) is in tests/test_rate_limit.py.

Where `Sandbox(lenient=True)` brings back the older kindness, the test shows that too.
"""

from __future__ import annotations

import base64
import json
import uuid
from contextlib import closing
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from core.sandbox import Sandbox
from tests.helpers import ROOT, customer, project
from tests.test_sandbox import all_pages, error, expiry, open_session, valid

REAL = ROOT.parent / "shared" / "tripletex" / "real"
if not REAL.exists():
    REAL = Path("/work/shared/tripletex/real")
OSLO = ZoneInfo("Europe/Oslo")


@cache
def real(name: str) -> Any:
    """A body recorded from real Tripletex (shared/tripletex/real/NAME)."""
    return json.loads((REAL / name).read_text(encoding="utf-8"))


def shape(v: Any) -> Any:
    """What a value is, for comparing field by field: a reference's keys, a list, a type."""
    if isinstance(v, dict):
        return ("ref", tuple(sorted(v)))
    if isinstance(v, list):
        return "list"
    return type(v).__name__


def same_fields(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    """The same keys in the same order, each value of the same kind (where Tripletex's is null,
    ours may be null or a reference: the sandbox's records have some set)."""
    assert list(ours) == list(theirs)
    for key, value in theirs.items():
        if value is None:
            assert ours[key] is None or shape(ours[key]) == ("ref", ("id", "url")), key
        else:
            assert shape(ours[key]) == shape(value), (key, ours[key], value)


def data() -> dict[str, Any]:
    """Two customers; a top-level project with a sub-project (named with its parent, as the one
    recorded sub-project is) and a sub-sub-project."""
    top = project(3001, "Test project", "35630689", 1001)
    sub = {**project(3002, "Child test project", "35630690", 1001, main=3001),
           "displayNameFormat": "NAME_INCL_PARENT_NAME"}
    deeper = project(3003, "Grandchild", "35630691", 1001, main=3002)
    return {"customers": [customer(1001, "Nordhav AS", 10001), customer(1002, "Fjelltopp AS", 10002)],
            "projects": [top, sub, deeper]}


@pytest.fixture
def strict():
    with Sandbox(data=data(), port=0) as sb:
        http, auth = open_session(sb)
        with closing(http):
            yield sb, http, auth


@pytest.fixture
def lenient():
    with Sandbox(data=data(), port=0, lenient=True) as sb:
        http, auth = open_session(sb)
        with closing(http):
            yield sb, http, auth


# ---- row 1: fullResultSize ----------------------------------------------------------------


def test_full_result_size_says_whether_more_follow_not_the_total(sandbox):
    """Row 1. Source: API-NOTES.md §3 and "Real behaviour" (the schema's "[DEPRECATED] … not
    exact"; tripletex-api2 #127; lacostej `_paging.py`: count=1 → 2, count=5000 on 65 rows →
    65); `real/customer-list-ainm-2026-03-21-e3fd9f40.json` (count=10 on 1 row → 1)."""
    http, auth = open_session(sandbox)
    with closing(http):
        total = len(all_pages(http, auth, "customer", {"fields": "id"}, 1000))
        sizes = []
        start = 0
        while start < total:
            page = http.get("customer", params={"fields": "id", "from": start, "count": 7},
                            auth=auth).json()
            sizes.append((start, page["fullResultSize"]))
            start += len(page["values"])
        one = http.get("customer", params={"fields": "id", "count": 1}, auth=auth).json()
        big = http.get("customer", params={"fields": "id", "count": 5000}, auth=auth).json()
    assert total > 14 and one["fullResultSize"] == 2 and big["fullResultSize"] == total
    assert sizes[0] == (0, 8) and sizes[1] == (7, 15)  # never the total before the last page
    assert sizes[-1][1] == total


def test_lenient_full_result_size_is_the_exact_total(lenient):
    sb, http, auth = lenient
    page = http.get("customer", params={"fields": "id", "count": 1}, auth=auth).json()
    assert page["fullResultSize"] == 2 and len(page["values"]) == 1
    page = http.get("project", params={"fields": "id", "count": 1}, auth=auth).json()
    assert page["fullResultSize"] == 3


# ---- row 3: changedSince ------------------------------------------------------------------


def test_changed_since_is_ignored_on_the_test_host():
    """Row 3. Source: tripletex-api2 #113, `real/customer-list-changes-PARTIAL-issue113-2025.txt`:
    `changedSince=2030-09-09T18:00:00Z` on api-test.tripletex.tech still listed all 193."""
    with Sandbox(data=data(), port=0, test_host=True) as sb:
        http, auth = open_session(sb)
        with closing(http):
            got = http.get("customer", params={"changedSince": "2030-09-09T18:00:00Z",
                                               "fields": "id"}, auth=auth).json()
    assert [c["id"] for c in got["values"]] == [1001, 1002]


def test_changed_since_lists_only_what_changed_in_production(strict):
    """Row 3, production (tripletex.no): `changedSince` lists what changed (the spec; API-NOTES
    §5 says only the test host ignores it). What it misses is the `missed-change` fault's."""
    sb, http, auth = strict
    since = (datetime.now(OSLO) - timedelta(seconds=2)).strftime("%Y-%m-%dT%H:%M:%S")
    sb.admin.update_customer(1002, name="Fjelltopp Drift AS")
    got = http.get("customer", params={"changedSince": since, "fields": "id"}, auth=auth).json()
    assert [c["id"] for c in got["values"]] == [1002]


# ---- row 4: a session for today -----------------------------------------------------------


def test_a_session_for_today_is_made_then_refused_on_every_call(strict):
    """Row 4. Source: API-NOTES.md §2 and "Real behaviour" (lacostej
    `tests/test_api_session_expiry.py`: a session stamped with Oslo's today was created, then
    every call answered 401)."""
    sb, http, _ = strict
    today = datetime.now(OSLO).date().isoformat()
    made = http.post("token/session/:create", json={
        "consumerToken": sb.consumer_token, "employeeToken": sb.employee_token,
        "expirationDate": today})
    assert made.status_code == 201 and made.json()["value"]["expirationDate"] == today
    token = made.json()["value"]["token"]
    body = error(http.get("token/session/>whoAmI", auth=("0", token)), 401, 3000)
    assert body["message"] == "Unauthorized"
    error(http.get("customer", auth=("0", token)), 401, 3000)


def test_lenient_refuses_a_session_for_today(lenient):
    sb, http, _ = lenient
    error(http.post("token/session/:create", json={
        "consumerToken": sb.consumer_token, "employeeToken": sb.employee_token,
        "expirationDate": datetime.now(OSLO).date().isoformat()}), 422, 18000)


# ---- row 5: filled default fields ---------------------------------------------------------


def test_a_customer_has_every_field_of_a_real_one_in_its_order(strict):
    """Rows 5 and 8. Source: `real/customer-list-ainm-2026-03-21-e3fd9f40.json` (address and
    `ledgerAccount` stubs filled; `displayName` "Nordhav AS (10001)")."""
    sb, http, auth = strict
    ours = http.get("customer", params={"count": 1}, auth=auth).json()
    theirs = real("customer-list-ainm-2026-03-21-e3fd9f40.json")
    assert list(ours) == list(theirs)
    cust = ours["values"][0]
    same_fields(cust, theirs["values"][0])
    for key in ("postalAddress", "physicalAddress", "ledgerAccount"):
        assert set(cust[key]) == {"id", "url"} and "://" not in cust[key]["url"]
    assert cust["postalAddress"]["url"].endswith(f"/address/{cust['postalAddress']['id']}")
    assert cust["displayName"] == "Nordhav AS (10001)"
    valid("ListResponseCustomer", ours)


def test_a_project_has_every_field_of_a_real_one_filled(strict):
    """Rows 5 and 7. Source: `real/project-create-201-ainm-2026-03-21-e3fd9f40.json` (the same
    keys as `real/project-list-customer-expanded-ainm-2026-03-21-c1a2056e.json`): the manager
    among `participants`, `projectActivities: []`, one `projectHourlyRates`, `hierarchyLevel`
    0; a sub-project's rates are `[]` (`real/project-create-subproject-201-tripletexjs-2022.json`,
    issue #34)."""
    sb, http, auth = strict
    top = http.get("project/3001", auth=auth).json()
    theirs = real("project-create-201-ainm-2026-03-21-e3fd9f40.json")
    same_fields(top["value"], theirs["value"])
    valid("ResponseWrapperProject", top)
    v = top["value"]
    assert v["hierarchyLevel"] == 0 and v["numberOfProjectParticipants"] == 1
    assert v["projectActivities"] == [] and v["orderLines"] == []
    assert [set(p) for p in v["participants"]] == [{"id", "url"}]
    assert "/project/participant/" in v["participants"][0]["url"]
    assert "/project/hourlyRates/" in v["projectHourlyRates"][0]["url"]
    assert v["projectManagerNameAndNumber"] == "Sandra Sandkasse" and v["customerName"] == "Nordhav AS"
    assert v["discountPercentage"] == 0 and isinstance(v["discountPercentage"], int)
    sub = http.get("project/3002", auth=auth).json()["value"]
    assert sub["projectHourlyRates"] == [] and len(sub["participants"]) == 1
    # asked for by name, a filled field is filled too (never null)
    asked = http.get("project", params={"fields": "id,participants,projectActivities"},
                     auth=auth).json()["values"]
    assert all(len(p["participants"]) == 1 and p["projectActivities"] == [] for p in asked)


def test_lenient_leaves_the_fields_it_does_not_store_out(lenient):
    sb, http, auth = lenient
    v = http.get("project/3001", auth=auth).json()["value"]
    assert "participants" not in v and v["hierarchyLevel"] == 1
    c = http.get("customer/1001", auth=auth).json()["value"]
    assert c["postalAddress"] is None and c["displayName"] == "Nordhav AS"


# ---- row 6: versionDigest -----------------------------------------------------------------


def test_version_digest_ignores_the_objects_fields_pull_in(strict):
    """Row 6. Source: API-NOTES.md §5, Tripletex's checksum README: "changes to indirectly
    related objects fetched through `fields` are not reflected"; without `If-None-Match` the
    digest is the literal text (`real/customer-list-ainm-2026-03-21-e3fd9f40.json`)."""
    sb, http, auth = strict
    params = {"fields": "id,customer(name)"}
    plain = http.get("project", params=params, auth=auth).json()
    assert plain["versionDigest"] == "'If-None-Match' header not specified"
    first = http.get("project", params=params, auth=auth, headers={"If-None-Match": "x"})
    digest = first.json()["versionDigest"]
    sb.admin.update_customer(1001, name="Nordhav Holding AS")  # pulled in, not a project
    again = http.get("project", params=params, auth=auth, headers={"If-None-Match": digest})
    assert again.status_code == 304
    assert http.get("project", params=params, auth=auth).json()["values"][0]["customer"] == {
        "name": "Nordhav Holding AS"}  # what the 304 told a client it already had, it had not
    sb.admin.update_project(3001, name="Endret")  # the listed object itself: a new digest
    changed = http.get("project", params=params, auth=auth, headers={"If-None-Match": digest})
    assert changed.status_code == 200 and changed.json()["versionDigest"] != digest


def test_version_digest_may_change_with_no_data_change(strict):
    """Row 6. Source: API-NOTES.md §5, the checksum README's "false negatives: the digest may
    change although the data didn't" (the `spurious-digest` fault)."""
    sb, http, auth = strict
    first = http.get("project", auth=auth, headers={"If-None-Match": "x"}).json()
    digest = first["versionDigest"]
    assert http.get("project", auth=auth, headers={"If-None-Match": digest}).status_code == 304
    sb.admin.set_faults("spurious-digest@/project")
    moved = http.get("project", auth=auth, headers={"If-None-Match": digest})
    assert moved.status_code == 200 and moved.json()["values"] == first["values"]
    new = moved.json()["versionDigest"]
    assert new != digest
    assert http.get("project", auth=auth, headers={"If-None-Match": new}).status_code == 304
    assert http.get("project", auth=auth, headers={"If-None-Match": digest}).status_code == 200


def test_a_missed_change_keeps_the_old_digest_and_leaves_changed_customers_out(strict):
    """The `missed-change` fault. Source: API-NOTES.md §5 and "Real behaviour": edits to
    sub-objects change neither version nor changedSince (tripletex-api2 #107); indirect changes
    leave the digest as it was (the checksum README)."""
    sb, http, auth = strict
    digest = http.get("project", auth=auth, headers={"If-None-Match": "x"}).json()["versionDigest"]
    since = (datetime.now(OSLO) - timedelta(seconds=2)).strftime("%Y-%m-%dT%H:%M:%S")
    sb.admin.update_project(3001, name="Endret")
    sb.admin.update_customer(1002, name="Endret AS")
    sb.admin.set_faults("missed-change@/project:times=0,missed-change@/customer:times=0")
    assert http.get("project", auth=auth, headers={"If-None-Match": digest}).status_code == 304
    got = http.get("customer", params={"changedSince": since}, auth=auth).json()
    assert got["values"] == []
    # a listing without the signal shows the change
    names = {c["id"]: c["name"] for c in http.get("customer", auth=auth).json()["values"]}
    assert names[1002] == "Endret AS"
    # (a digest the sandbox never gave is not one the fault can keep)
    assert http.get("project", auth=auth, headers={"If-None-Match": "other"}).status_code == 200


# ---- rows 7 and 8: hierarchyLevel and displayName -----------------------------------------


def test_hierarchy_levels_and_display_names(strict):
    """Rows 7 and 8. Sources: `real/project-create-201-ainm-2026-03-21-e3fd9f40.json`
    (top-level `hierarchyLevel` 0, `displayName` "1 Implementering Nordhav"),
    `real/project-create-subproject-201-tripletexjs-2022.json` (`NAME_INCL_PARENT_NAME`:
    "35630690 Test project - Child test project", `hierarchyNameAndNumber` " . . " before it)."""
    sb, http, auth = strict
    got = {p["id"]: p for p in http.get("project", params={
        "fields": "id,displayName,hierarchyLevel,hierarchyNameAndNumber"}, auth=auth).json()["values"]}
    assert got[3001] == {"id": 3001, "displayName": "35630689 Test project", "hierarchyLevel": 0,
                         "hierarchyNameAndNumber": "35630689 Test project"}
    assert got[3002]["displayName"] == "35630690 Test project - Child test project"
    assert got[3002]["hierarchyNameAndNumber"] == " . . 35630690 Test project - Child test project"
    assert got[3002]["hierarchyLevel"] == 1
    assert got[3003]["displayName"] == "35630691 Grandchild" and got[3003]["hierarchyLevel"] == 2
    customers = http.get("customer", params={"fields": "displayName"}, auth=auth).json()["values"]
    assert [c["displayName"] for c in customers] == ["Nordhav AS (10001)", "Fjelltopp AS (10002)"]


# ---- row 9: the Basic-auth user name ------------------------------------------------------


def test_a_user_name_that_is_not_a_number_is_refused_401_3000(strict):
    """Row 9. Source: `real/error-401-3000-bad-basic-username-rubynor-2021.json`."""
    sb, http, auth = strict
    theirs = real("error-401-3000-bad-basic-username-rubynor-2021.json")
    body = error(http.get("customer", auth=("oma+tripletex@rubynor.com", auth[1])), 401, 3000)
    assert body["message"] == theirs["message"] == "Unauthorized"
    assert body["developerMessage"] == theirs["developerMessage"]
    assert list(body) == list(theirs) and body["validationMessages"] is None
    for ok in ("0", "", "108442"):
        assert http.get("customer", auth=(ok, auth[1])).status_code == 200


def test_an_accountant_key_with_company_0_reaches_only_who_am_i_and_its_clients():
    """Row 9. Source: API-NOTES.md §2 and "Real behaviour" (developer.tripletex.no FAQ: such a
    session "will only have access to GET company/>withLoginAccess and GET token/session/>whoAmI";
    its refusal text "Company owned users(employeeToken) can only access …")."""
    with Sandbox(data=data(), port=0, accountant=True) as sb:
        http, (_, token) = open_session(sb)
        with closing(http):
            office = http.get("token/session/>whoAmI", auth=("0", token)).json()["value"]
            clients = http.get("company/>withLoginAccess", auth=("0", token)).json()
            refused = error(http.get("customer", auth=("0", token)), 403, 9000)
            client_id = clients["values"][0]["id"]
            acting = http.get("token/session/>whoAmI", auth=(str(client_id), token)).json()["value"]
            listed = http.get("customer", auth=(str(client_id), token))
            deleted = http.delete(f"token/session/{token}", auth=("0", token))  # its own session
    valid("ListResponseClient", clients)
    assert office["companyId"] != client_id and acting["companyId"] == client_id
    assert "Company owned users(employeeToken) can only access" in refused["developerMessage"]
    assert listed.status_code == 200 and len(listed.json()["values"]) == 2
    assert deleted.status_code == 204


# ---- row 10: error bodies -----------------------------------------------------------------


def without_request_id(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != "requestId"}


def test_404_is_object_not_found_without_a_developer_message(strict):
    """Row 10. Source: `real/error-404-6000-nm-i-ai-log-2026-03-21.json`, word for word."""
    sb, http, auth = strict
    body = error(http.get("customer/99999999", auth=auth), 404, 6000)
    theirs = real("error-404-6000-nm-i-ai-log-2026-03-21.json")
    assert list(body) == list(theirs) and without_request_id(body) == without_request_id(theirs)


def test_422_gives_its_reason_only_in_validation_messages_with_a_path(strict):
    """Row 10. Source: `real/error-422-18000-session-create-issue53-2022.json` (the same answer to
    the same mistake; its `link` is 2022's, the sandbox's 2026's as in every newer body) and
    `real/error-422-18000-with-path-ainm-2026-03.json` (`path` set, `developerMessage` null)."""
    sb, http, _ = strict
    body = error(http.post("token/session/:create", json={
        "consumerToken": "wrong", "employeeToken": sb.employee_token,
        "expirationDate": expiry()}), 422, 18000)
    theirs = real("error-422-18000-session-create-issue53-2022.json")
    assert list(body) == list(theirs)
    assert {k: v for k, v in without_request_id(body).items() if k != "link"} == {
        k: v for k, v in without_request_id(theirs).items() if k != "link"}
    assert body["link"] == real("error-422-18000-with-path-ainm-2026-03.json")["link"]


def test_400_11000_has_its_detail_in_message(strict):
    """Row 10. Source: `real/error-400-11000-fields-filter-ainm-2026-03-22-01190bcc.json`."""
    sb, http, auth = strict
    body = error(http.get("customer", params={"fields": "id,isSent"}, auth=auth), 400, 11000)
    theirs = real("error-400-11000-fields-filter-ainm-2026-03-22-01190bcc.json")
    assert list(body) == list(theirs)
    assert body["message"] == ("Illegal field in fields filter: isSent. isSent does not match a "
                               "field in the model: CustomerDTO")
    assert body["developerMessage"] is None and body["validationMessages"] is None


def test_16000_request_mapping_failed(strict):
    """Row 10. Source: `real/error-422-16000-mapping-ainm-2026-03-21-e103a5b5.json`, word for
    word (a property the request body's model does not have)."""
    sb, http, _ = strict
    body = error(http.post("token/session/:create", json={
        "consumerToken": sb.consumer_token, "employeeToken": sb.employee_token,
        "expirationDate": expiry(), "description": "x"}), 422, 16000)
    theirs = real("error-422-16000-mapping-ainm-2026-03-21-e103a5b5.json")
    assert list(body) == list(theirs) and without_request_id(body) == without_request_id(theirs)


def test_lenient_errors_keep_the_details_in_developer_message(lenient):
    sb, http, auth = lenient
    body = error(http.get("customer/99999999", auth=auth), 404, 6000)
    assert body["message"] == "Objektet finnes ikke." and "99999999" in body["developerMessage"]


# ---- row 11: the session body -------------------------------------------------------------


def test_the_session_body_and_token_are_real_shaped(strict):
    """Row 11. Source: `real/session-create-200-production-2023-Tripletex2MSSQLServer.json`
    (`version: 1`, `encryptionKey: null`, a 92-character token ending in `=`: base64 of
    `{"tokenId":…,"token":"<uuid>"}`) and `real/session-create-PUT-200-tripletexjs-2022.json`
    (the test host's: `"token":"test-<uuid>"`, 96 characters for its 8-digit id; 100 for a
    9-digit one: "92–100 characters", API-NOTES.md "Real behaviour")."""
    sb, http, _ = strict
    made = http.put("token/session/:create", params={
        "consumerToken": sb.consumer_token, "employeeToken": sb.employee_token,
        "expirationDate": expiry()}).json()
    theirs = real("session-create-200-production-2023-Tripletex2MSSQLServer.json")
    v = made["value"]
    assert list(v) == list(theirs["value"]) and v["version"] == 1 and v["encryptionKey"] is None
    token = v["token"]
    assert len(token) == 92 and token.endswith("=") and "-" not in token
    inner = json.loads(base64.b64decode(token))
    assert list(inner) == ["tokenId", "token"] and inner["tokenId"] == v["id"]
    uuid.UUID(inner["token"])
    with Sandbox(data=data(), port=0, test_host=True) as test_host:
        http2, (_, test_token) = open_session(test_host)
        http2.close()
    assert len(test_token) == 100 and "-" not in test_token
    assert json.loads(base64.b64decode(test_token))["token"].startswith("test-")


def test_lenient_session_body(lenient):
    sb, http, _ = lenient
    made = http.post("token/session/:create", json={
        "consumerToken": sb.consumer_token, "employeeToken": sb.employee_token,
        "expirationDate": expiry()}).json()["value"]
    assert made["version"] == 0 and "encryptionKey" not in made and len(made["token"]) == 48


# ---- row 12: count ------------------------------------------------------------------------


def test_count_above_10000_is_refused(strict):
    """Row 12. Source: API-NOTES.md §3 and "Real behaviour" (airbytehq/airbyte#21067: "'count'
    being bigger than the allowed 10000"; `count=10000` works)."""
    sb, http, auth = strict
    assert http.get("project", params={"count": 10_000}, auth=auth).status_code == 200
    error(http.get("project", params={"count": 10_001}, auth=auth), 422)
    error(http.get("customer", params={"count": 50_000}, auth=auth), 422)


def test_lenient_accepts_any_count(lenient):
    sb, http, auth = lenient
    assert http.get("project", params={"count": 50_000}, auth=auth).status_code == 200


# ---- the command line ---------------------------------------------------------------------


def test_rabbitsync_sandbox_lenient_and_test_host(cli_env):
    """`rabbitsync sandbox --lenient` and `--test-host` serve those modes."""
    import re
    import signal
    import subprocess
    import sys

    for flag, check in (("--lenient", lambda v: v["version"] == 0),
                        ("--test-host", lambda v: json.loads(base64.b64decode(v["token"]))
                         ["token"].startswith("test-"))):
        proc = subprocess.Popen([sys.executable, "-m", "core.cli", "sandbox", "--port", "0",
                                 "--customers", "3", "--projects", "3", flag], cwd=ROOT,
                                env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        try:
            m = re.search(r"at (\S+/v2) ", proc.stdout.readline())
            assert m
            with httpx.Client(base_url=m.group(1) + "/", timeout=10) as http:
                made = http.post("token/session/:create", json={
                    "consumerToken": "sandbox-consumer", "employeeToken": "sandbox-employee",
                    "expirationDate": expiry()})
            assert check(made.json()["value"]), flag
            proc.send_signal(signal.SIGTERM)
            proc.communicate(timeout=15)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0
