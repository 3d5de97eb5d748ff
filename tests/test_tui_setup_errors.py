"""Setup as a new user meets it, and errors as the app shows them: where each value comes from,
the URL checked as it is typed, an environment replacing a custom URL, a question before unsaved
edits are lost, Save and test on one key; errors in the screen body with fixes that name the
app's keys (the CLI keeps its commands). The real app through Pilot at 80x24, the real sandbox."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from core.config import load_config
from core.paths import profile_paths
from tests.helpers import configure, run_cli, screen_text, until
from tui.app import RabbitApp
from tui.errors import app_fix
from tui.screens.confirm import ConfirmScreen

SIZE = (80, 24)
ROOT = Path(__file__).resolve().parents[1]


async def settle(pilot: Pilot[Any]) -> None:
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def make_app() -> RabbitApp:
    return RabbitApp(profile_paths(), cursor_blink=False)


def said(app: RabbitApp) -> str:
    return " ".join(screen_text(app).split())


def toasts(app: RabbitApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


# ---- Setup ---------------------------------------------------------------------------------------
async def test_setup_says_where_each_value_comes_from_at_80x24():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current_mode == "setup"  # no config yet
        text = said(app)
        assert "API key" in text and "Consumer token" in text
        assert ("Bruker – Min profil – Mer – API Tilgang → Ny nøkkel, appnavn rabbitsync → "
                "Tilpasset oppsett → Alle tilganger") in text
        assert "Selskap – Vår kundeside: API 2.0 (Integrasjoner) must be on" in text
        assert "accounting office's key" in text


async def test_the_url_is_checked_as_it_is_typed_including_v2(sandbox):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right", "right", "enter")
        await pilot.press(*sandbox.base_url.removesuffix("/v2"))
        await pilot.pause()
        text = said(app)
        assert "does not end in /v2" in text
        assert f"add /v2: {sandbox.base_url}" in text
        await pilot.press(*"/v2")
        await pilot.pause()
        assert "does not end in /v2" not in said(app)
        assert "a sandbox or a proxy; the address ends in /v2" in said(app)  # the hint again


async def test_choosing_an_environment_clears_the_custom_url(sandbox):
    configure(sandbox)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        url = app.screen.query_one("#input-base_url")
        assert url.value == sandbox.base_url and not url.disabled
        await pilot.press("left", "left", "enter")  # Production
        await pilot.pause()
        assert url.value == "" and url.disabled
        assert sandbox.base_url not in said(app)
        await pilot.press("right", "right", "enter")  # Custom URL again: an empty field
        await pilot.pause()
        assert url.value == ""


async def test_leaving_with_unsaved_edits_asks_and_stay_keeps_them(sandbox):
    configure(sandbox)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("tab", "tab", *"777")  # the consumer token field
        focused = app.focused
        assert focused is not None and focused.id == "input-consumer_token"
        await pilot.press("escape", "escape")  # the text field, then back: asks
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Changed and not saved: Consumer token." in said(app)
        await pilot.press("escape")  # stay
        await settle(pilot)
        assert app.current_mode == "setup"
        assert app.screen.query_one("#input-consumer_token").value == "777"
        await pilot.press("h")  # a place key from outside a text field asks too
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("d")  # forget them
        await settle(pilot)
        assert app.current_mode == "history"
        await pilot.press("s")
        await settle(pilot)
        assert app.screen.query_one("#input-consumer_token").value == ""  # made anew
        assert load_config(profile_paths()).consumer_token == sandbox.consumer_token
        await pilot.press("0")  # nothing unsaved: no question
        await settle(pilot)
        assert app.current_mode == "home"


async def test_ctrl_t_saves_and_tests(sandbox):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right", "right", "enter", *sandbox.base_url)
        await pilot.press("tab", *sandbox.consumer_token, "tab", *sandbox.employee_token)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert load_config(profile_paths()).employee_token == sandbox.employee_token
        assert app.current_mode == "check"
        await until(pilot, lambda: "connection OK" in said(app), "the test says OK")


# ---- errors in the app ---------------------------------------------------------------------------
def test_a_revoked_key_in_the_cli_says_what_to_run(sandbox, capsys):
    configure(sandbox)
    sandbox.admin.set_token(revoked=True)
    code, _out, err = run_cli(capsys, "test")
    assert code == 1 and "run `rabbitsync config set employee-token -` and paste it" in err


async def test_a_revoked_key_in_the_app_says_what_to_press(sandbox):
    configure(sandbox)
    sandbox.admin.set_token(revoked=True)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        text = said(app)
        assert "Cause: " in text and "refused the employee token" in text
        assert "Fix: make a new key in Tripletex (Bruker – Min profil – Mer – API Tilgang" in text
        assert "then in Setup (press s), paste it as the API key; ctrl+t saves and tests it" in text
        assert "rabbitsync config" not in text
        assert f"Tripletex requestId: {app.screen.report.request_id}" in text
        assert toasts(app) == []  # the body says it; no toast over it


def test_https_to_an_http_port_says_so_not_the_network(sandbox, capsys):
    configure(sandbox)
    https = sandbox.base_url.replace("http://", "https://")
    assert run_cli(capsys, "config", "set", "base-url", https)[0] == 0
    code, _out, err = run_cli(capsys, "test")
    assert code == 1
    assert "does not speak https: it answered the TLS handshake in plain text" in err
    assert "network" not in err.split("Fix:")[0]


async def test_https_to_an_http_port_in_the_app(sandbox):
    configure(sandbox)
    cfg = load_config(profile_paths())
    from core.config import save_config, with_values
    save_config(profile_paths(), with_values(cfg, base_url=sandbox.base_url.replace("http://", "https://")))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert "does not speak https" in said(app)
        assert "a sandbox on this machine is http://127.0.0.1:PORT/v2" in said(app)


def test_config_set_refuses_a_url_without_v2(capsys):
    code, _out, err = run_cli(capsys, "config", "set", "base-url", "https://tripletex.no")
    assert code == 2
    assert "does not end in /v2" in err and "add /v2: https://tripletex.no/v2" in err


def _fix_strings() -> list[tuple[str, str]]:
    """Every string in core (outside the CLI, the sandbox and docstrings) that tells the user to
    run a rabbitsync command: the fixes an app user may meet."""
    found = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(("core/cli/", "core/sandbox/")) or rel == "core/views/review.py":
            continue  # the CLI's own output (views/review.py is `rabbitsync review`'s text)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(node.body[0].value) for node in ast.walk(tree)
                if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and node.body and isinstance(node.body[0], ast.Expr)}
        docs |= {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                 for v in node.values}  # an f-string's pieces: read as the whole f-string
        for node in ast.walk(tree):
            if id(node) in docs:
                continue
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if "`rabbitsync" in text:
                found.append((rel, text))
    return found


def test_every_command_a_fix_names_has_the_apps_words():
    fixes = _fix_strings()
    assert len(fixes) >= 15  # the scan sees them (the token, base URL, company id, review…)
    for where, text in fixes:
        left = re.findall(r"`rabbitsync [^`]*`", app_fix(text))
        # import and export have no place in the app; a shell does them
        assert all(cmd.startswith(("`rabbitsync import", "`rabbitsync export")) for cmd in left), \
            f"{where}: {app_fix(text)!r}"


@pytest.mark.parametrize(("fix", "app"), [
    ("run `rabbitsync config set company-id ID`", "in Setup (press s), set the company id"),
    ("check the base URL (`rabbitsync config show`)", "check the base URL (Setup, press s)"),
    ("run `rabbitsync sync --yes` to confirm, or `rabbitsync sync --dry-run` to preview",
     "press y and confirm, or preview with ctrl+p Dry run"),
])
def test_app_fix_words(fix, app):
    assert app_fix(fix) == app
