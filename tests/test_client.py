"""The Tripletex client against the real sandbox over loopback: sessions, paging, fields,
the result-cap split, digests and 304, read-only, and every fault the sandbox can produce.
"""

from __future__ import annotations

from collections import Counter

import pytest

from core.models import CUSTOMER_FIELDS
from core.sandbox import Sandbox
from core.tripletex.client import TripletexClient
from core.tripletex.errors import (
    EmployeeTokenError,
    MalformedResponseError,
    NetworkError,
    PermissionDeniedError,
    RateLimitedError,
    ReadOnlyError,
    ServerError,
    TripletexError,
)


class FastSleep:
    """Records the waits the client asks for instead of sleeping them."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, s: float) -> None:
        self.waits.append(s)


def tx_for(sb: Sandbox, **kw) -> TripletexClient:
    kw.setdefault("sleep", FastSleep())
    kw.setdefault("timeout", 5.0)
    return TripletexClient(sb.base_url, sb.consumer_token, sb.employee_token, **kw)


def writes(sb: Sandbox) -> list[tuple[str, str]]:
    return [(r["method"], r["path"]) for r in sb.admin.requests() if r["method"] != "GET"]


def only_session_writes(sb: Sandbox) -> None:
    for method, path in writes(sb):
        assert (method in ("POST", "PUT") and path.endswith("/token/session/:create")) or (
            method == "DELETE" and "/token/session/" in path
        ), (method, path)


async def test_session_whoami_and_own_session_deleted(sandbox):
    async with tx_for(sandbox) as tx:
        who = await tx.who_am_i()
        assert who.company_id is not None and who.company_name
        assert who.employee_name
    got = writes(sandbox)
    assert got[0][0] == "POST" and got[0][1].endswith("/token/session/:create")
    assert got[-1][0] == "DELETE" and "/token/session/" in got[-1][1]
    assert tx.requests == len(sandbox.admin.requests())


async def test_customers_active_and_inactive_with_fields_and_short_page_stop():
    with Sandbox(seed=5, customers=2300, projects=10, port=0) as sb:
        snap = sb.admin.snapshot()
        async with tx_for(sb) as tx:
            got = await tx.list_customers()
        assert sorted(c["id"] for c in got) == sorted(c["id"] for c in snap["customers"])
        assert set(got[0]) <= set(CUSTOMER_FIELDS.split(","))
        reqs = [r for r in sb.admin.requests() if r["path"].endswith("/customer")]
        assert all("fields" in r["query"] for r in reqs)
        inactive = sum(1 for c in snap["customers"] if c.get("isInactive"))
        pages = (2300 - inactive) // 1000 + 1 + inactive // 1000 + 1
        listed = [r for r in reqs if r["query"]["count"] == "1000"]
        assert len(listed) == pages  # stops on the first short page, never trusts fullResultSize
        # and a listing of more than one page asks once whether it changed while it paged
        # (core/tripletex/customers.py): 304, so nothing more
        checks = [r for r in reqs if r["query"]["count"] == "1"]
        assert len(checks) == (2300 - inactive > 1000) + (inactive > 1000)
        assert [r["status"] for r in checks] == [304] * len(checks)
        assert len(reqs) == len(listed) + len(checks)


async def test_changed_since_and_get_one(sandbox):
    snap = sandbox.admin.snapshot()
    cid = snap["customers"][0]["id"]
    pid = snap["projects"][0]["id"]
    async with tx_for(sandbox) as tx:
        assert (await tx.get_customer(cid))["id"] == cid
        assert (await tx.get_project(pid))["id"] == pid
        assert await tx.get_customer(99_999_999) is None
        assert await tx.get_project(99_999_999) is None
        sandbox.admin.update_customer(cid, name="Endret Navn AS")
        changed = await tx.list_customers(changed_since="2999-01-01T00:00:00")
        assert changed == []
        recent = await tx.list_customers(changed_since="2000-01-01T00:00:00")
        assert cid in {c["id"] for c in recent}
    only_session_writes(sandbox)


async def test_result_cap_split_delivers_every_project_exactly_once():
    with Sandbox(seed=11, customers=30, projects=400, port=0, result_cap=50) as sb:
        want = sorted(p["id"] for p in sb.admin.snapshot()["projects"])
        async with tx_for(sb) as tx:
            listing = await tx.list_projects()
        ids = [r["id"] for r in listing.records]
        assert Counter(ids).most_common(1)[0][1] == 1
        missing_start = {p["id"] for p in sb.admin.snapshot()["projects"] if not p.get("startDate")}
        assert sorted(ids) == sorted(set(want) - (missing_start if listing.warnings else set()))
        assert len(listing.digests) > 2 and all(listing.digests.values())
        assert any("startDateFrom=" in k for k in listing.digests)
        # a later listing starts from the stored parts: no new 422 probes
        async with tx_for(sb) as tx:
            sb.admin.update_project(want[0], name="Ny")
            again = await tx.list_projects(digests=listing.digests)
        assert not again.not_modified
        assert sorted(r["id"] for r in again.records) == sorted(ids)
        assert again.parts_changed
        only_session_writes(sb)


async def test_digests_304_and_change_detection(sandbox):
    async with tx_for(sandbox) as tx:
        first = await tx.list_projects()
        assert first.digests and not first.not_modified
        n = tx.requests
        same = await tx.list_projects(digests=first.digests)
        assert same.not_modified and same.records == [] and same.parts_changed == []
        assert tx.requests - n == len(first.digests)  # one 304 per part
        pid = first.records[0]["id"]
        sandbox.admin.update_project(pid, name="Endret prosjekt")
        changed = await tx.list_projects(digests=first.digests)
        assert not changed.not_modified
        assert len(changed.records) == len(first.records)
        assert changed.parts_changed and changed.digests != first.digests
        by_id = {r["id"]: r for r in changed.records}
        assert by_id[pid]["name"] == "Endret prosjekt"


async def test_projects_by_ids_in_chunks(sandbox):
    ids = [p["id"] for p in sandbox.admin.snapshot()["projects"]][:110]
    async with tx_for(sandbox) as tx:
        got = await tx.list_projects(ids=ids, fields="id,version")
    assert sorted(r["id"] for r in got.records) == sorted(ids)
    id_reqs = [r for r in sandbox.admin.requests() if r["path"].endswith("/project")]
    assert len(id_reqs) == 2


async def test_read_only_refusal_and_a_full_run_writes_nothing(sandbox):
    async with tx_for(sandbox) as tx:
        await tx.who_am_i()
        await tx.can_read()
        await tx.list_customers()
        await tx.list_projects()
        for method, path in [("POST", "/customer"), ("PUT", "/customer/1"), ("DELETE", "/project/1"),
                             ("POST", "/project/list")]:
            with pytest.raises(ReadOnlyError):
                await tx.request(method, path)
    only_session_writes(sandbox)
    assert len(writes(sandbox)) == 2  # one session create, one delete


# ---- faults -------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["429@/customer:times=2", "429-noreset@/customer:times=2",
                                  "500@/customer:times=2", "502@/customer:times=2",
                                  "503@/customer:times=1", "drop@/customer:times=2",
                                  "malformed@/customer:times=2", "truncated@/customer:times=2"])
async def test_transient_faults_end_in_success(sandbox, spec):
    sleep = FastSleep()
    async with tx_for(sandbox, sleep=sleep) as tx:
        want = await tx.list_customers()
        sandbox.admin.set_faults(spec)
        got = await tx.list_customers()
    assert got == want
    assert sleep.waits and max(sleep.waits) <= 60


async def test_429_waits_for_the_reset_header(sandbox):
    sleep = FastSleep()
    sandbox.admin.set_faults("429@/customer:times=1")
    async with tx_for(sandbox, sleep=sleep) as tx:
        await tx.list_customers()
    assert len(sleep.waits) == 1 and sleep.waits[0] >= 0.05


@pytest.mark.parametrize("spec,error", [
    ("429@/customer:times=0", RateLimitedError),
    ("429-noreset@/customer:times=0", RateLimitedError),
    ("500@/customer:times=0", ServerError),
    ("503@/customer:times=0", ServerError),
    ("drop@/customer:times=0", NetworkError),
    ("malformed@/customer:times=0", MalformedResponseError),
])
async def test_persistent_faults_end_in_one_typed_error(sandbox, spec, error):
    sandbox.admin.set_faults(spec)
    sleep = FastSleep()
    async with tx_for(sandbox, sleep=sleep, max_retries=3) as tx:
        with pytest.raises(error) as ei:
            await tx.list_customers()
        n = tx.requests
    assert n == 1 + 1 + 3  # session, then 1 + max_retries attempts
    assert len(sleep.waits) == 3
    text = ei.value.one_line()
    assert "Fix:" in text and sandbox.employee_token not in text


async def test_slow_answer_beyond_timeout_is_retried_then_fails_clearly(sandbox):
    sandbox.admin.set_faults("slow@/customer:seconds=1.5:times=1")
    async with tx_for(sandbox, timeout=0.4) as tx:
        assert await tx.list_customers()
    sandbox.admin.set_faults("slow@/customer:seconds=1.5:times=0")
    async with tx_for(sandbox, timeout=0.4, max_retries=1) as tx:
        with pytest.raises(NetworkError) as ei:
            await tx.list_customers()
    assert "did not answer within" in ei.value.one_line()


async def test_session_expiry_mid_listing_makes_a_new_session(sandbox):
    async with tx_for(sandbox) as tx:
        want = await tx.list_projects()
        sandbox.admin.expire_sessions()
        got = await tx.list_projects()
        sandbox.admin.set_faults("expire@/project:times=1")
        again = await tx.list_projects()
    assert len(got.records) == len(want.records) == len(again.records)
    creates = [w for w in writes(sandbox) if w[1].endswith(":create")]
    assert len(creates) == 3


async def test_revoked_token_and_missing_access_are_typed(sandbox):
    sandbox.admin.set_token(project_access=False)
    async with tx_for(sandbox) as tx:
        assert len(await tx.list_customers()) > 0
        with pytest.raises(PermissionDeniedError) as ei:
            await tx.list_projects()
        assert "give the employee token access" in ei.value.one_line()
        sandbox.admin.set_token(revoked=True)
        sandbox.admin.expire_sessions()
        with pytest.raises(EmployeeTokenError) as ei2:
            await tx.list_customers()
    assert "employee-token" in ei2.value.one_line()


async def test_wrong_consumer_token_and_closed_port():
    with Sandbox(seed=1, customers=3, projects=3, port=0) as sb:
        async with TripletexClient(sb.base_url, "wrong-consumer", sb.employee_token) as tx:
            with pytest.raises(TripletexError) as ei:
                await tx.who_am_i()
        assert "consumer token" in ei.value.one_line()
        dead = sb.base_url
    sleep = FastSleep()
    async with TripletexClient(dead, "c", "e", sleep=sleep, max_retries=2) as tx:
        with pytest.raises(NetworkError) as ei2:
            await tx.who_am_i()
    assert "cannot connect" in ei2.value.one_line()
