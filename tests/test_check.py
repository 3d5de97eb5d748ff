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
