"""`rabbitsync test`: the connection check end to end against the sandbox, its failure causes
and fixes, exit codes, and that no token reaches any output or any file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli.check import format_check
from core.config import Config
from core.sandbox import Sandbox
from core.tripletex.check import CheckReport, run_check
from tests.helpers import SECRET_CONSUMER, SECRET_EMPLOYEE, env_tokens, run_cli, subprocess_cli

CONSUMER, EMPLOYEE = SECRET_CONSUMER, SECRET_EMPLOYEE


def no_token_anywhere(home: Path, *texts: str) -> None:
    for text in texts:
        assert "SECRET" not in text
    for f in home.rglob("*"):
        if f.is_file():
            assert "SECRET" not in f.read_text(encoding="utf-8", errors="replace"), f


def test_check_succeeds_as_json_and_text(secret_sb, monkeypatch, capsys, rabbit_home):
    env_tokens(monkeypatch, secret_sb.base_url)
    code, out, err = run_cli(capsys, "test", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True and report["error"] is None
    assert report["company"] and report["employee"] and report["company_id"] is not None
    assert report["can_read_customers"] and report["can_read_inactive_customers"]
    assert report["can_read_projects"] and report["round_trip_ms"] > 0
    code, text, err2 = run_cli(capsys, "test")
    assert code == 0 and "OK: the sync can run." in text and report["company"] in text
    no_token_anywhere(rabbit_home, out, err, text, err2)


@pytest.mark.parametrize("case", ["wrong-consumer", "revoked", "no-projects", "no-customers"])
def test_check_failures_have_cause_fix_and_exit_1(secret_sb, monkeypatch, capsys, rabbit_home, case):
    consumer = "other-SECRET-consumer" if case == "wrong-consumer" else CONSUMER
    env_tokens(monkeypatch, secret_sb.base_url, consumer=consumer)
    if case == "revoked":
        secret_sb.admin.set_token(revoked=True)
    if case == "no-projects":
        secret_sb.admin.set_token(project_access=False)
    if case == "no-customers":
        secret_sb.admin.set_token(customer_access=False)
    code, out, err = run_cli(capsys, "test", "--json")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False and "Fix:" in report["error"]
    assert err.strip().count("\n") == 0 and "Traceback" not in err
    expect = {
        "wrong-consumer": "not valid for this environment (production vs test)",
        "revoked": "employee-token",
        "no-projects": "give the employee token access to customers and projects",
        "no-customers": "give the employee token access to customers and projects",
    }[case]
    assert expect in report["error"]
    if case == "no-projects":
        assert report["can_read_customers"] is True and report["can_read_projects"] is False
    if case in ("revoked", "wrong-consumer"):
        assert report["request_id"]
    no_token_anywhere(rabbit_home, out, err)


def test_check_network_down(monkeypatch, capsys, rabbit_home):
    with Sandbox(seed=1, customers=2, projects=2, port=0) as sb:
        dead = sb.base_url  # its port is closed once the sandbox stops
    env_tokens(monkeypatch, dead)
    code, out, err = run_cli(capsys, "test")
    assert code == 1
    assert "cannot connect" in out and "Fix:" in err and "Traceback" not in err
    no_token_anywhere(rabbit_home, out, err)


def test_check_without_tokens_says_what_to_set(capsys):
    code, out, err = run_cli(capsys, "test")
    assert code == 1
    assert "rabbitsync config set consumer-token" in err


async def test_run_check_never_raises_on_plain_http_to_a_remote_host():
    cfg = Config(base_url="http://tripletex.no/v2", consumer_token=CONSUMER, employee_token=EMPLOYEE)
    report = await run_check(cfg)
    assert not report.ok and "plain http" in report.error
    assert "FAILED" in format_check(report)


def test_format_check_shows_request_id():
    r = CheckReport(ok=False, environment="test", base_url="https://api-test.tripletex.tech/v2",
                    error="cause. Fix: fix", request_id="abc-123")
    assert "abc-123" in format_check(r)


def test_rabbitsync_test_as_a_subprocess(secret_sb, cli_env, rabbit_home):
    env = {**cli_env, "RABBITSYNC_BASE_URL": secret_sb.base_url,
           "RABBITSYNC_CONSUMER_TOKEN": CONSUMER, "RABBITSYNC_EMPLOYEE_TOKEN": EMPLOYEE}
    done = subprocess_cli(env, "test", "--json", timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ok"] is True
    secret_sb.admin.set_token(revoked=True)
    done = subprocess_cli(env, "test", timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    no_token_anywhere(rabbit_home, done.stdout, done.stderr)


# ---- what the strict sandbox showed (issue 16) ------------------------------------------------


def test_a_real_shaped_422_shows_tripletexs_own_reason_whole_and_quoted(secret_sb, monkeypatch,
                                                                        capsys, rabbit_home):
    """Tripletex's 422 has its reason only in `validationMessages[].message` (its
    `developerMessage` is "VALIDATION_ERROR" or null: real/error-422-18000-*): the user sees
    that reason, with where it applies, in Tripletex's own words."""
    env_tokens(monkeypatch, secret_sb.base_url, consumer="other-SECRET-consumer")
    code, out, err = run_cli(capsys, "test")
    assert code == 1
    said = 'arg:consumerToken: "The consumer token is invalid or does not exist."'
    assert said in out and said in err
    assert '"Validering feilet."' in err and "VALIDATION_ERROR" not in err
    no_token_anywhere(rabbit_home, out, err)


def test_a_company_id_that_is_not_a_number_is_named_not_taken_for_a_revoked_token(
        secret_sb, monkeypatch, capsys, rabbit_home):
    """Tripletex answers a Basic-auth user name that is not a number 401 / 3000
    (real/error-401-3000-…), which the client's 401 handling read as a revoked employee token
    and told the user to make a new one. Now the company id itself is named, and nothing is
    sent."""
    env_tokens(monkeypatch, secret_sb.base_url)
    monkeypatch.setenv("RABBITSYNC_COMPANY_ID", "acme")
    code, out, err = run_cli(capsys, "test")
    assert code == 1
    assert "company id 'acme' is not a number" in err and "config set company-id" in err
    assert "employee token" not in err
    assert secret_sb.admin.requests() == []
    no_token_anywhere(rabbit_home, out, err)


def test_an_accountant_key_without_a_company_id_says_which_id_to_set(monkeypatch, capsys,
                                                                     rabbit_home):
    """An accounting office's key with company id 0 reaches only `>whoAmI` and
    `/company/>withLoginAccess` (API-NOTES.md §2): the check says to set the client company's id,
    and with it the sync can run."""
    with Sandbox(seed=2, customers=5, projects=5, port=0, consumer_token=CONSUMER,
                 employee_token=EMPLOYEE, accountant=True) as sb:
        env_tokens(monkeypatch, sb.base_url)
        code, out, err = run_cli(capsys, "test", "--json")
        report = json.loads(out)
        assert code == 1 and report["ok"] is False
        assert "accountant's employee token and no client company id is set" in report["error"]
        assert "run `rabbitsync config set company-id ID`" in report["error"]
        client = sb.api.company()["id"]
        monkeypatch.setenv("RABBITSYNC_COMPANY_ID", str(client))
        code, out, err = run_cli(capsys, "test", "--json")
        assert code == 0, err
        assert json.loads(out)["company_id"] == client
        no_token_anywhere(rabbit_home, out, err)
