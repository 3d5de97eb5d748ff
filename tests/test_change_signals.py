"""The two change signals Tripletex does not keep reliably, and the nightly complete pass that
makes up for them (issue 16; API-NOTES.md §5 and "Real behaviour": "`changedSince` is ignored on
the test host (#113); edits to sub-objects change neither `version` nor `changedSince` (#107).
Keep a nightly full pass." and the checksum README: the digest "may change although the data
didn't", and changes to indirectly related objects do not change it).

A plain sync trusts the signals, so a change they miss stays missed until the complete pass
that runs once a day; a digest that changes with no data change costs a plain sync one listing
of ids and versions, and changes nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from core.sync import run as engine
from tests.helpers import configure, run_json


def export(capsys) -> dict:
    return run_json(capsys, "export")


def names(capsys) -> tuple[dict[int, str], dict[int, str]]:
    reg = export(capsys)
    return ({c["tripletex_id"]: c["name"] for c in reg["customers"]},
            {p["tripletex_id"]: p["name"] for p in reg["projects"]})


@contextlib.contextmanager
def a_day_later() -> Iterator[None]:
    """Syncs run as tomorrow's would: the complete pass is due (FULL_PASS_EVERY). Only this
    machine's clock moves; Tripletex's (the sandbox's) is as it was."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine, "_now", lambda: datetime.now(UTC) + timedelta(hours=25))
        yield


def test_a_change_the_signals_miss_is_repaired_by_the_nightly_complete_pass(sandbox, capsys):
    configure(sandbox)
    run_json(capsys, "sync", "--yes", "--json")
    snap = sandbox.admin.snapshot()
    cust, proj = snap["customers"][3]["id"], snap["projects"][7]["id"]
    sandbox.admin.update_customer(cust, name="Endret Kunde AS")
    sandbox.admin.update_project(proj, name="Endret prosjekt")
    sandbox.admin.set_faults("missed-change@/customer:times=0,missed-change@/project:times=0")
    for _ in range(2):  # as long as the signals miss it, a plain sync cannot see it
        plain = run_json(capsys, "sync", "--json")
        assert plain["full"] is False and plain["customers"]["updated"] == 0
        assert plain["projects"]["updated"] == 0
        customers, projects = names(capsys)
        assert customers[cust] != "Endret Kunde AS" and projects[proj] != "Endret prosjekt"
    faulted = [r["fault"] for r in sandbox.admin.requests() if r["fault"]]
    assert "missed-change" in faulted
    with a_day_later():
        nightly = run_json(capsys, "sync", "--json")  # the faults still on: nothing trusts them
    assert nightly["full"] is True
    assert nightly["customers"]["updated"] == 1 and nightly["projects"]["updated"] == 1
    customers, projects = names(capsys)
    assert customers[cust] == "Endret Kunde AS" and projects[proj] == "Endret prosjekt"


@pytest.fixture
def parted():
    """Projects in several parts (a low result cap), as 30,000 are under Tripletex's."""
    from core.sandbox import Sandbox

    with Sandbox(seed=31, customers=60, projects=500, port=0, result_cap=150) as sb:
        yield sb


def test_a_digest_that_changes_with_no_data_change_costs_a_listing_and_changes_nothing(
        parted, capsys):
    sb = parted
    configure(sb)
    run_json(capsys, "sync", "--yes", "--json")
    run_json(capsys, "sync", "--json")  # takes the balanced parts' digests
    before = export(capsys)
    sb.admin.clear_requests()
    idle = run_json(capsys, "sync", "--json")
    parts = [r for r in sb.admin.requests() if r["path"].endswith("/project")]
    assert parts and all(r["status"] == 304 for r in parts)

    sb.admin.set_faults("spurious-digest@/project:times=0")  # every digest new, every time
    for _ in range(2):
        sb.admin.clear_requests()
        plain = run_json(capsys, "sync", "--json")
        reqs = [r for r in sb.admin.requests() if r["path"].endswith("/project")]
        assert [r["status"] for r in reqs] == [200] * len(parts)  # each part "changed" ...
        assert all(r["query"]["fields"] == "id,version" for r in reqs)  # ... ids and versions
        assert not any("id" in r["query"] for r in reqs)  # and no project fetched
        assert plain["requests"] == idle["requests"]
        assert all(plain["projects"][k] == 0 for k in ("created", "updated", "archived"))
        assert export(capsys) == before

    with a_day_later():
        nightly = run_json(capsys, "sync", "--json")
    assert nightly["full"] is True
    assert all(nightly[kind][k] == 0 for kind in ("customers", "projects")
               for k in ("created", "updated", "archived"))
    assert export(capsys) == before
    sb.admin.clear_faults()
    run_json(capsys, "sync", "--json")  # (the digests the complete pass took are now stale)
    sb.admin.clear_requests()
    run_json(capsys, "sync", "--json")
    assert all(r["status"] == 304 for r in sb.admin.requests() if r["path"].endswith("/project"))
