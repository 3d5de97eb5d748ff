"""An accounting office's key (issue 16, part 2): `rabbitsync companies` (listing the clients,
making profiles for them) and `rabbitsync sync --all` / `--profiles a,b` (each profile in turn;
one failing does not stop the others), and the core API the app calls for them. All against the
real sandbox over loopback, with real store files in the test's RABBITSYNC_HOME."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from core.config import load_config
from core.paths import profile_paths
from core.progress import CancelToken
from core.sandbox import Sandbox
from core.store.store import Store
from core.sync.many import run_profiles
from core.sync.run import SyncOptions
from core.tripletex.pool import ClientPool
from tests.helpers import (
    SECRET_CONSUMER,
    SECRET_EMPLOYEE,
    configure,
    env_tokens,
    run_cli,
    run_json,
)

CLIENTS = (108442, 108443, 108444)


@pytest.fixture
def office() -> Iterator[Sandbox]:
    """An accounting office's key with three client companies, each with its own records."""
    with Sandbox(seed=5, customers=12, projects=20, port=0, companies=3,
                 consumer_token=SECRET_CONSUMER, employee_token=SECRET_EMPLOYEE) as sb:
        yield sb


def names_of(sb: Sandbox, company_id: int) -> set[str]:
    return {c["name"] for c in sb.admin_for(company_id).snapshot()["customers"]}


def exported_names(capsys: Any, profile: str) -> set[str]:
    return {c["name"] for c in run_json(capsys, "--profile", profile, "export")["customers"]}


def with_profiles(capsys: Any, sb: Sandbox) -> dict[int, str]:
    """The office's key in the default profile, and a profile made for every client."""
    configure(sb)
    code, out, err = run_cli(capsys, "companies", "--add-all")
    assert code == 0, err
    rows = run_json(capsys, "companies", "--json")["companies"]
    return {r["id"]: r["profile"] for r in rows}


# ---- `rabbitsync companies` -------------------------------------------------------------------


def test_companies_lists_the_clients_and_makes_profiles_for_them(office, capsys, rabbit_home):
    sb = office
    configure(sb)  # the office's key, in the default profile
    listed = run_json(capsys, "companies", "--json")
    assert list(listed) == ["companies"]
    rows = listed["companies"]
    assert sorted(r["id"] for r in rows) == list(CLIENTS)
    for row in rows:
        company = next(c for c in sb.companies if c.id == row["id"])
        assert row == {"id": company.id, "name": company.name,
                       "organization_number": company.organization_number, "profile": None}
    code, out, err = run_cli(capsys, "companies")
    assert code == 0, err
    assert out.splitlines()[0].split() == ["ID", "NAME", "ORG", "NUMBER", "PROFILE"]
    for c in sb.companies:
        assert re.search(rf"^{c.id}\s+{re.escape(c.name)}\s+{c.organization_number}\s+-$", out,
                         re.M), out
    assert "--add" in out

    # a profile already named like a client (another company's): the new one gets "-2"
    second = sb.companies[1]
    slug = re.sub(r"[^a-z0-9]+", "-", second.name.lower().replace("ø", "o").replace(
        "æ", "ae").replace("å", "a")).strip("-")
    assert run_cli(capsys, "--profile", slug, "config", "set", "company-id", "5")[0] == 0
    code, out, err = run_cli(capsys, "companies", "--add", f"{second.id}")
    assert code == 0, err
    assert f"Made profile {slug}-2 for {second.name} ({second.id})" in out
    made = load_config(profile_paths(f"{slug}-2"), env=False)
    assert (made.company_id, made.base_url) == (str(second.id), sb.base_url)
    assert (made.consumer_token, made.employee_token) == (SECRET_CONSUMER, SECRET_EMPLOYEE)

    # an id the key may not act for: refused before anything is made
    code, out, err = run_cli(capsys, "companies", "--add", f"{CLIENTS[0]},999999")
    assert code == 2 and "999999" in err and "Fix:" in err
    assert not (rabbit_home / "profiles" / "sandkasse-regnskap-as").exists()

    code, out, err = run_cli(capsys, "companies", "--add-all")
    assert code == 0, err
    assert out.count("Made profile") == 2  # the second already had its profile
    profiles = {r["id"]: r["profile"] for r in run_json(capsys, "companies", "--json")["companies"]}
    assert profiles[second.id] == f"{slug}-2"
    assert profiles[CLIENTS[0]] == "sandkasse-regnskap-as"
    assert None not in profiles.values() and len(set(profiles.values())) == 3
    code, out, _ = run_cli(capsys, "companies")
    assert "3 client companies, 3 with a profile." in out and "sandkasse-regnskap-as" in out
    assert SECRET_EMPLOYEE not in out + err


def test_companies_with_a_companys_own_key_or_a_bad_key_says_so(capsys, monkeypatch):
    with Sandbox(seed=3, customers=4, projects=4, port=0, consumer_token=SECRET_CONSUMER,
                 employee_token=SECRET_EMPLOYEE) as sb:
        env_tokens(monkeypatch, sb.base_url)
        code, out, err = run_cli(capsys, "companies", "--json")
        assert code == 1 and out == ""
        assert "not an accounting office's key" in err and "Sandkasse Regnskap AS" in err
        assert "Fix:" in err and len(err.strip().splitlines()) == 1
        sb.admin.set_token(revoked=True)
        _, _, tested = run_cli(capsys, "test")
        code, out, err = run_cli(capsys, "companies")
        assert code == 1 and "refused the employee token" in err and "Fix:" in err
        assert "refused the employee token" in tested  # as `test` says it


# ---- `rabbitsync sync --all` / `--profiles` ---------------------------------------------------


def test_sync_all_runs_every_client_and_one_failing_stops_no_other(office, capsys, rabbit_home):
    sb = office
    profiles = with_profiles(capsys, sb)
    # a client the office no longer has access to
    assert run_cli(capsys, "--profile", "gone", "config", "set", "base-url", sb.base_url)[0] == 0
    for key, value in (("consumer-token", SECRET_CONSUMER), ("employee-token", SECRET_EMPLOYEE),
                       ("company-id", "999999")):
        assert run_cli(capsys, "--profile", "gone", "config", "set", key, value)[0] == 0
    sb.admin.clear_requests()

    code, out, err = run_cli(capsys, "sync", "--all", "--yes", "--json")
    assert code == 1
    result = json.loads(out)
    assert list(result) == ["profiles"]
    by_name = {p["profile"]: p for p in result["profiles"]}
    # every profile but the office's own (its key lists clients, it syncs none), by name
    assert list(by_name) == sorted([*profiles.values(), "gone"])
    assert "not synced: default" in err
    gone = by_name.pop("gone")
    assert list(gone) == ["profile", "company_id", "ok", "error"]
    assert gone["ok"] is False and gone["company_id"] == 999999
    assert "no login access to client company 999999" in gone["error"] and "Fix:" in gone["error"]
    assert "rabbitsync: profile gone:" in err
    for cid, name in profiles.items():
        entry = by_name[name]
        assert list(entry) == ["profile", "company_id", "ok", "result"]
        assert entry["ok"] is True and entry["company_id"] == cid
        assert entry["result"]["first_sync"] is True
        assert entry["result"]["customers"]["created"] == 12
        # each profile's own store, holding its own company's customers
        assert profile_paths(name).store_file.exists()
        assert exported_names(capsys, name) == names_of(sb, cid)
    # one session for the key, shared by the companies, deleted at the end
    methods = [(r["method"], r["path"].rsplit("/", 1)[-1]) for r in sb.admin.requests()]
    assert methods.count(("POST", ":create")) == 1
    assert sum(1 for m, _ in methods if m == "DELETE") == 1

    # text: each run's summary, and the table at the end
    sb.admin_for(CLIENTS[1]).create_customer(name="Ny Kunde AS")
    code, out, err = run_cli(capsys, "sync", "--all", "--yes")  # (gone never synced)
    assert code == 1
    table = out[out.index("PROFILE"):]
    assert re.search(rf"^{profiles[CLIENTS[1]]}\s+{CLIENTS[1]}\s+ok\s+0\s+1 created$", table, re.M)
    assert re.search(rf"^{profiles[CLIENTS[0]]}\s+{CLIENTS[0]}\s+ok\s+0\s+nothing$", table, re.M)
    assert re.search(r"^gone\s+999999\s+FAILED\s+-\s+-$", table, re.M)
    assert "3 of 4 profiles synced, 1 failed:" in table
    assert re.search(r"^  gone: .*no login access to client company 999999.*Fix: ", table, re.M)
    assert f"== {profiles[CLIENTS[1]]} (company {CLIENTS[1]})" in out
    assert SECRET_EMPLOYEE not in out + err


def test_sync_profiles_runs_those_named_and_a_held_lock_fails_only_its_own(office, capsys):
    sb = office
    profiles = with_profiles(capsys, sb)
    a, b, c = (profiles[cid] for cid in CLIENTS)
    code, out, err = run_cli(capsys, "sync", "--profiles", f"{a},{b}", "--yes", "--json")
    assert code == 0, err
    assert [p["profile"] for p in json.loads(out)["profiles"]] == [a, b]
    assert not profile_paths(c).store_file.exists()  # not named: not run

    with Store(profile_paths(b)).lock():  # another sync of b is running
        code, out, err = run_cli(capsys, "sync", "--profiles", f"{b}, {c}", "--yes", "--json")
    assert code == 1
    got = {p["profile"]: p for p in json.loads(out)["profiles"]}
    assert got[b]["ok"] is False and f"another sync of profile {b} is running" in got[b]["error"]
    assert "Fix:" in got[b]["error"]
    assert got[c]["ok"] is True and profile_paths(c).store_file.exists()

    code, _, err = run_cli(capsys, "sync", "--profiles", f"{a},nope")
    assert code == 2 and "no profile named nope" in err
    code, _, err = run_cli(capsys, "sync", "--all", "--watch", "60")
    assert code == 2 and "--watch" in err


def test_sync_all_dry_run_and_the_activation_apply_to_each(office, capsys):
    sb = office
    profiles = with_profiles(capsys, sb)
    code, out, err = run_cli(capsys, "sync", "--all", "--dry-run", "--json")
    assert code == 0, err
    entries = json.loads(out)["profiles"]
    assert all(p["ok"] and p["result"]["dry_run"] for p in entries)
    assert not any(profile_paths(n).store_file.exists() for n in profiles.values())
    code, out, err = run_cli(capsys, "sync", "--all", "--json")  # no --yes: not confirmed
    assert code == 1
    for entry in json.loads(out)["profiles"]:
        assert entry["ok"] is False and "Tripletex the master" in entry["error"]
        assert f"rabbitsync sync --profiles {entry['profile']} --yes" in entry["error"]


def test_the_core_api_runs_profiles_and_a_cancel_stops_the_rest(office, capsys):
    """What the app calls: `run_profiles` with progress, each outcome as it comes, a cancel."""
    sb = office
    names = list(with_profiles(capsys, sb).values())
    seen: list[str] = []
    progressed: set[str] = set()
    outcomes = asyncio.run(run_profiles(names, SyncOptions(confirm=True),
                                        progress=lambda name, p: progressed.add(name),
                                        on_done=lambda o: seen.append(o.profile)))
    assert seen == names == [o.profile for o in outcomes] and progressed == set(names)
    assert all(o.ok and o.report is not None for o in outcomes)
    cancel = CancelToken()
    cancel.cancel()
    stopped = asyncio.run(run_profiles(names, SyncOptions(), cancel=cancel))
    assert all(o.cancelled and not o.ok for o in stopped)


def test_clients_of_one_key_share_its_rate_budget():
    """Tripletex's limit is the token pair's: every company of an office's key counts in one."""
    from core.config import Config

    pool = ClientPool()
    one = Config(base_url="https://tripletex.no/v2", consumer_token="c", employee_token="e",
                 company_id="1")
    other = Config(base_url="https://tripletex.no/v2", consumer_token="c", employee_token="e",
                   company_id="2")
    third = Config(base_url="https://tripletex.no/v2", consumer_token="c", employee_token="x")
    assert pool.budget(one) is pool.budget(other) is not pool.budget(third)
    clients = [pool.client(one), pool.client(other)]
    assert clients[0]._budget is clients[1]._budget
    for c in clients:
        asyncio.run(c.aclose())
