"""The sandbox as an accounting office's key with many client companies (issue 16, part 2):
`Sandbox(companies=N)` and `rabbitsync sandbox --companies N`, each company with its own
records; company id 0 reaches only `>whoAmI` and `/company/>withLoginAccess`."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing

import pytest

from core.sandbox import RemoteAdmin, Sandbox
from tests.helpers import ROOT
from tests.test_sandbox import error, open_session, valid

CLIENTS = (108442, 108443, 108444)


@pytest.fixture
def office() -> Iterator[Sandbox]:
    with Sandbox(seed=5, customers=12, projects=20, port=0, companies=3) as sb:
        yield sb


def names_of(sb: Sandbox, company_id: int) -> set[str]:
    return {c["name"] for c in sb.admin_for(company_id).snapshot()["customers"]}


# ---- the sandbox ------------------------------------------------------------------------------


def test_the_sandbox_serves_each_client_company_its_own_records(office):
    sb = office
    assert [c.id for c in sb.companies] == list(CLIENTS)
    http, (_, token) = open_session(sb)
    with closing(http):
        me = http.get("token/session/>whoAmI", auth=("0", token)).json()["value"]
        clients = http.get("company/>withLoginAccess", auth=("0", token)).json()
        error(http.get("customer", auth=("0", token)), 403, 9000)  # the office reaches no records
        stranger = error(http.get("customer", auth=("999999", token)), 403, 9000)
        listed = {cid: {c["name"] for c in http.get(
            "customer", params={"fields": "name", "count": 1000},
            auth=(str(cid), token)).json()["values"]} for cid in CLIENTS}
        acting = {cid: http.get("token/session/>whoAmI", params={"fields": "company(id,name)"},
                                auth=(str(cid), token)).json()["value"]["company"]
                  for cid in CLIENTS}
    valid("ListResponseClient", clients)
    assert me["companyId"] not in CLIENTS
    assert [c["id"] for c in clients["values"]] == list(CLIENTS)
    assert len({c["name"] for c in clients["values"]}) == 3  # three companies, three names
    assert "no login access to company 999999" in stranger["developerMessage"]
    assert {cid: a["id"] for cid, a in acting.items()} == {cid: cid for cid in CLIENTS}
    # each company its own records (other seeds), the same the admin API shows for it
    for cid in CLIENTS:
        snapshot = sb.admin_for(cid).snapshot()["customers"]
        assert listed[cid] == {c["name"] for c in snapshot if not c["isInactive"]}
    assert listed[CLIENTS[0]] != listed[CLIENTS[1]] != listed[CLIENTS[2]]
    # an edit in one company shows there only; over HTTP too (/_sandbox/company/ID/...)
    second = sb.admin_for(CLIENTS[1])
    cid = second.snapshot()["customers"][0]["id"]
    second.update_customer(cid, name="Bare Her AS")
    assert "Bare Her AS" in names_of(sb, CLIENTS[1]) and "Bare Her AS" not in names_of(sb, CLIENTS[0])
    remote = RemoteAdmin(sb.base_url, company_id=CLIENTS[2])
    assert {c["name"] for c in remote.snapshot()["customers"]} == names_of(sb, CLIENTS[2])


SB_LINE = re.compile(r"^Tripletex sandbox at (http://127\.0\.0\.1:\d+/v2) \(consumer token: "
                     r"sandbox-consumer, employee token: sandbox-employee; an accountant's key "
                     r"for client companies (\d+(?:, \d+)*)\)$")


def test_cli_sandbox_with_companies_names_them_in_its_start_line(cli_env):
    proc = subprocess.Popen([sys.executable, "-m", "core.cli", "sandbox", "--port", "0",
                             "--companies", "2", "--customers", "4", "--projects", "4"],
                            cwd=ROOT, env=cli_env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().rstrip("\n")
        m = SB_LINE.match(line)
        assert m, line
        assert m.group(2) == "108442, 108443"
        second = RemoteAdmin(m.group(1), company_id=108443).snapshot()["customers"]
        first = RemoteAdmin(m.group(1)).snapshot()["customers"]
        assert {c["name"] for c in first} != {c["name"] for c in second}
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and out == "" and "Traceback" not in err
    done = subprocess.run([sys.executable, "-m", "core.cli", "sandbox", "--port", "0",
                           "--companies", "0"], cwd=ROOT, env=cli_env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "Fix:" in done.stderr


