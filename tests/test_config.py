"""Config and paths: profiles, RABBITSYNC_HOME, env overrides, masking, file modes, bad files."""

from __future__ import annotations

import json
import stat

import pytest

from core.config import load_config
from core.paths import profile_paths
from tests.helpers import run_cli

SECRET = "emp-1234567890-SECRET"


def test_config_set_show_masks_tokens_and_writes_0600(capsys, rabbit_home):
    assert run_cli(capsys, "config", "set", "employee-token", SECRET)[0] == 0
    assert run_cli(capsys, "config", "set", "base-url", "https://api-test.tripletex.tech/v2/")[0] == 0
    code, out, _ = run_cli(capsys, "config", "show")
    assert code == 0
    assert SECRET not in out and SECRET[-4:] in out
    assert "https://api-test.tripletex.tech/v2" in out
    paths = profile_paths("default")
    assert str(paths.config_file).startswith(str(rabbit_home))
    assert stat.S_IMODE(paths.config_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.config_dir.stat().st_mode) == 0o700
    assert json.loads(paths.config_file.read_text())["employee_token"] == SECRET


def test_env_overrides_the_file_and_is_never_written(capsys, monkeypatch):
    run_cli(capsys, "config", "set", "consumer-token", "from-file-token")
    monkeypatch.setenv("RABBITSYNC_CONSUMER_TOKEN", "from-env-token-xyz")
    cfg = load_config(profile_paths("default"))
    assert cfg.consumer_token == "from-env-token-xyz"
    code, out, _ = run_cli(capsys, "config", "show")
    assert "RABBITSYNC_CONSUMER_TOKEN" in out and "from-env-token-xyz" not in out
    run_cli(capsys, "config", "set", "company-id", "42")
    raw = json.loads(profile_paths("default").config_file.read_text())
    assert raw["consumer_token"] == "from-file-token" and raw["company_id"] == "42"


def test_profiles_are_separate(capsys):
    run_cli(capsys, "--profile", "acme", "config", "set", "company-id", "7")
    assert load_config(profile_paths("acme")).company_id == "7"
    assert load_config(profile_paths("default")).company_id == ""


def test_bad_values_are_refused_with_a_fix(capsys):
    code, _out, err = run_cli(capsys, "config", "set", "base-url", "ftp://example")
    assert code == 2 and "Fix:" in err
    code, _out, err = run_cli(capsys, "config", "set", "base-url", "http://tripletex.no/v2")
    assert code == 2 and "https" in err
    code, _out, err = run_cli(capsys, "config", "set", "company-id", "abc")
    assert code == 2
    code, _out, err = run_cli(capsys, "--profile", "../x", "config", "show")
    assert code == 2


def test_corrupt_config_file_is_reported_and_never_overwritten(capsys):
    paths = profile_paths("default")
    paths.ensure()
    paths.config_file.write_text('{"employee_token": "abc', encoding="utf-8")
    code, _out, err = run_cli(capsys, "config", "set", "company-id", "1")
    assert code == 1
    assert str(paths.config_file) in err and "left as it is" in err
    assert paths.config_file.read_text(encoding="utf-8") == '{"employee_token": "abc'


def test_a_profile_name_ending_in_a_newline_is_refused(capsys, rabbit_home):
    code, _out, err = run_cli(capsys, "--profile", "acme\n", "config", "show")
    assert code == 2 and "bad profile name" in err
    assert not (rabbit_home / "profiles").exists()  # no folder made for it


def test_the_profiles_folder_is_private(capsys, rabbit_home):
    """Its entries are named after client companies."""
    run_cli(capsys, "--profile", "fjordkraft-as", "config", "set", "company-id", "7")
    assert stat.S_IMODE((rabbit_home / "profiles").stat().st_mode) == 0o700
    assert stat.S_IMODE((rabbit_home / "profiles" / "fjordkraft-as").stat().st_mode) == 0o700


def test_numbers_in_config_are_ascii_digits(capsys):
    for key, value in (("company-id", "٣"), ("sync-interval", "²"), ("sync-interval", "١٥")):
        code, _out, err = run_cli(capsys, "config", "set", key, value)
        assert code == 2 and "Fix:" in err, (key, value, err)


def test_a_token_can_be_given_on_stdin_so_it_stays_out_of_ps_and_history(cli_env):
    from tests.helpers import subprocess_cli

    done = subprocess_cli(cli_env, "config", "set", "employee-token", "-",
                          input="emp-from-stdin-SECRET-42\n")
    assert done.returncode == 0, done.stderr
    assert "SECRET" not in done.stdout + done.stderr
    raw = json.loads(profile_paths("default").config_file.read_text())
    assert raw["employee_token"] == "emp-from-stdin-SECRET-42"


@pytest.mark.parametrize("given", ["", "\n", "-\n", "two words\n"])
def test_no_usable_token_on_stdin_is_refused_and_nothing_saved(cli_env, given):
    from tests.helpers import subprocess_cli

    done = subprocess_cli(cli_env, "config", "set", "consumer-token", "-", input=given)
    assert done.returncode == 2 and "Fix:" in done.stderr
    assert not profile_paths("default").config_file.exists()


def test_a_dash_is_never_saved_as_a_token(capsys):
    from core.config import validate_value
    from core.errors import UsageError

    with pytest.raises(UsageError):
        validate_value("employee_token", "-")
