"""The app through Pilot at 80x24, pressing keys as a user does, against the real sandbox over
loopback and the real store in the test's RABBITSYNC_HOME. Waits on workers and messages, never on
fixed sleeps."""

from __future__ import annotations

import asyncio
import json
import stat
from typing import Any

import pytest
from textual.message import Message
from textual.pilot import Pilot

from core.config import load_config
from core.paths import profile_paths
from core.store.export import registry_json
from core.store.store import Store
from core.sync.run import SyncOptions, SyncReport, run_sync
from tests.helpers import configure, screen_text
from tui.app import RabbitApp
from tui.messages import SyncProgress
from tui.screens.confirm import ConfirmScreen

SIZE = (80, 24)


async def settle(pilot: Pilot[Any]) -> None:
    """Let the app process what is queued and every worker finish."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def make_app(**kw: Any) -> RabbitApp:
    return RabbitApp(profile_paths(), cursor_blink=False, **kw)


def registry() -> dict[str, Any]:
    state = Store(profile_paths()).read()
    return {"registry": registry_json(state), "cursor": state.cursor}


async def first_sync() -> SyncReport:
    """The first sync as `rabbitsync sync --yes` does it (in this test's event loop)."""
    paths = profile_paths()
    return await run_sync(paths, load_config(paths), SyncOptions(confirm=True))


def errors(app: RabbitApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


# ---- setup ----------------------------------------------------------------------------------------
async def choose_custom_url(pilot: Pilot[Any], url: str) -> None:
    await pilot.press("right", "right", "enter")  # the environment radio set has focus first
    await pilot.pause()
    assert pilot.app.focused is not None and pilot.app.focused.id == "input-base_url"
    await pilot.press(*url)


async def test_without_config_the_app_opens_on_setup_and_saves_valid_values(sandbox):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current_mode == "setup"
        await choose_custom_url(pilot, sandbox.base_url)
        await pilot.press("tab", *sandbox.consumer_token, "tab", *sandbox.employee_token)
        await pilot.press("tab", *"123", "tab", "backspace", "backspace", *"30")
        await pilot.press("ctrl+s")
        await settle(pilot)
        cfg = load_config(profile_paths())
        assert (cfg.base_url, cfg.consumer_token, cfg.employee_token) == (
            sandbox.base_url, sandbox.consumer_token, sandbox.employee_token)
        assert cfg.company_id == "123" and cfg.sync_interval_minutes == 30
        assert stat.S_IMODE(profile_paths().config_file.stat().st_mode) == 0o600
        text = screen_text(app)
        assert "Saved to" in text
        # tokens are never shown again: empty fields, masked placeholders
        assert sandbox.employee_token not in text and sandbox.consumer_token not in text
        assert sandbox.employee_token not in app.export_screenshot()
        assert app.screen.query_one("#input-employee_token").value == ""
        # an empty token field keeps the saved token
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert load_config(profile_paths()).employee_token == sandbox.employee_token
        # the app took the saved settings (Setup tells it so): Home shows them
        await pilot.press("escape", "escape")  # the text field, then back
        await settle(pilot)
        assert app.current_mode == "home"
        assert sandbox.base_url in screen_text(app) and "company 123" in screen_text(app)


async def test_setup_refuses_a_bad_url_with_a_one_line_error():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose_custom_url(pilot, "htp:/nowhere")
        await pilot.pause()
        error = app.screen.query_one("#error-base_url")
        assert error.display and "not an http(s) URL" in str(error.render())
        lines = [ln for ln in screen_text(app).splitlines() if "not an http(s) URL" in ln]
        assert len(lines) == 1
        await pilot.press("tab", *"tok-consumer", "tab", *"tok-employee", "ctrl+s")
        await settle(pilot)
        assert not profile_paths().config_file.exists()
        # said in the screen body (the status line and the field), not in a toast over it
        assert "Not saved: Custom URL: base URL 'htp:/nowhere' is not an http(s) URL" in \
            " ".join(screen_text(app).split())
        assert errors(app) == []


async def test_a_token_typed_is_never_on_screen():
    app = make_app()
    secret = "abcdef-SECRET-token-9876"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", *secret)
        await pilot.pause()
        assert secret not in screen_text(app) and "SECRET" not in app.export_screenshot()


@pytest.mark.parametrize("refusal", ["EROFS", "ENOSPC"])
async def test_setup_that_cannot_save_says_why_and_never_shows_a_token(sandbox, monkeypatch,
                                                                      refusal):
    """A read-only or full disk under the config folder (injected at the write: a test cannot
    mount one, and root ignores a folder's permissions): no crash (Textual's traceback prints
    local variables, the tokens among them), a cause and a fix, and no token on screen."""
    import errno
    import os

    consumer, employee = "cons-SETUP-SECRET-1111", "emp-SETUP-SECRET-2222"
    real_open = os.open
    config_dir = str(profile_paths().config_dir)

    def refusing_open(path, flags, *args, **kw):
        if str(path).startswith(config_dir) and flags & (os.O_WRONLY | os.O_RDWR):
            code = getattr(errno, refusal)
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", refusing_open)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose_custom_url(pilot, sandbox.base_url)
        await pilot.press("tab", *consumer, "tab", *employee, "ctrl+s")
        await settle(pilot)
        assert app.is_running and app.return_code is None  # no crash
        text = screen_text(app)
        want = "is read-only" if refusal == "EROFS" else "is full"
        said = " ".join(text.split())
        assert "Not saved" in said and want in said and "Fix:" in said
        assert errors(app) == []  # in the body, not in a toast over it
        shown = text + app.export_screenshot()
        assert "SECRET" not in shown
    assert not profile_paths().config_file.exists()


def test_a_config_never_shows_its_tokens_in_a_repr_or_a_traceback():
    """Textual prints a crash's traceback with each frame's local variables."""
    from dataclasses import asdict

    from rich.console import Console
    from rich.traceback import Traceback

    from core.config import Config, with_values

    cfg = with_values(Config(), consumer_token="cons-REPR-SECRET", employee_token="emp-REPR-SECRET")
    assert "SECRET" not in repr(cfg) and cfg.employee_token == "emp-REPR-SECRET"

    def crash(cfg: Config) -> None:
        data = asdict(cfg)  # noqa: F841 - a local that a traceback shows
        raise OSError(28, "No space left on device")

    try:
        crash(cfg)
    except OSError:
        console = Console(record=True, width=120)
        console.print(Traceback(show_locals=True))
    assert "SECRET" not in console.export_text()


# ---- connection test ------------------------------------------------------------------------------
async def test_connection_test_shows_company_employee_and_reads(sandbox):
    configure(sandbox)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current_mode == "home"
        await pilot.press("t")
        await settle(pilot)
        report = app.screen.report
        assert report.ok and report.company
        text = screen_text(app)
        assert report.company in text and report.employee in text
        assert "connection OK" in text and "Inactive customers  yes" in text


@pytest.mark.parametrize("how", ["revoked", "down"])
async def test_connection_test_failure_shows_cause_fix_and_request_id(sandbox, how):
    configure(sandbox)
    if how == "revoked":
        sandbox.admin.set_token(revoked=True)
    else:
        sandbox.stop()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        text = screen_text(app)
        assert "connection FAILED" in text
        assert "Cause: " in text and "Fix:   " in text and "Tripletex requestId: " in text
        assert "Traceback" not in text and "Error:" not in text
        rid = app.screen.report.request_id
        if how == "revoked":
            assert rid and rid in text
        else:
            assert "no answer from Tripletex" in text


# ---- sync ------------------------------------------------------------------------------------------
async def test_first_sync_asks_first_cancel_writes_nothing_confirm_syncs(sandbox):
    configure(sandbox)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Tripletex becomes the master" in screen_text(app)
        assert "overwritten" in screen_text(app) and "nothing is ever sent back" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_mode == "sync" and not isinstance(app.screen, ConfirmScreen)
        assert "nothing was changed" in screen_text(app)
        assert Store(profile_paths()).read().customers == {}
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        text = screen_text(app)
        assert "Sync finished" in text
        assert "created" in text and "to review" in text and " requests" in text
        report = app.last_report
        assert report is not None and report.first_sync and not report.dry_run
        state = Store(profile_paths()).read()
        snap = sandbox.admin.snapshot()
        assert len(state.customers) == len(snap["customers"])
        assert state.cursor.get("synced_at")
        assert f"{report.customers['created']:>9,}" in text
        assert "next " in app.sub_title and "last sync" in app.sub_title


async def test_cancel_mid_sync_leaves_the_registry_as_it_was(sandbox):
    configure(sandbox)
    await first_sync()
    before = registry()
    sandbox.admin.update_customer(sandbox.admin.snapshot()["customers"][0]["id"], name="Endret AS")
    sandbox.admin.set_faults("slow@/project:seconds=2:times=1")
    listing_projects = asyncio.Event()

    def hook(message: Message) -> None:
        if isinstance(message, SyncProgress) and message.progress.phase == "projects":
            listing_projects.set()

    app = make_app()
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await asyncio.wait_for(listing_projects.wait(), timeout=30)
        await pilot.pause()
        assert app.sync_model.running
        await pilot.press("c")
        await settle(pilot)
        assert "Cancelled, nothing changed" in screen_text(app)
        assert not app.sync_model.running
        await pilot.press("h")
        await settle(pilot)
        table = app.screen.query_one("#history-table")
        assert str(table.get_row_at(0)[1]) == "cancelled"
    assert registry() == before


async def test_cancel_stops_a_sync_stuck_on_a_slow_loris_within_seconds(sandbox):
    """A server dripping its answer a byte at a time: the request never ends on its own (its
    deadline is minutes away), yet Cancel stops the run at once and frees the profile's lock."""
    configure(sandbox)
    await first_sync()
    before = registry()
    sandbox.admin.update_customer(sandbox.admin.snapshot()["customers"][0]["id"], name="Endret AS")
    sandbox.admin.set_faults("drip@/customer:seconds=0.5:times=0")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        for _ in range(600):  # until the sandbox is dripping an answer to this run
            if any(r["fault"] == "drip" for r in sandbox.admin.requests()):
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        assert app.sync_model.running
        t0 = asyncio.get_running_loop().time()
        await pilot.press("c")
        while app.sync_model.running and asyncio.get_running_loop().time() - t0 < 30:
            await pilot.pause(0.05)
        took = asyncio.get_running_loop().time() - t0
        assert not app.sync_model.running
        assert took < 5, f"Cancel took {took:.1f} s"  # generous: it takes a few milliseconds
        assert "Cancelled, nothing changed" in screen_text(app)
        with Store(profile_paths()).lock():  # free: a cron run could take it now
            pass
    assert registry() == before


async def test_dry_run_shows_the_changes_and_writes_nothing(sandbox):
    configure(sandbox)
    await first_sync()
    first = sandbox.admin.snapshot()["customers"][0]
    sandbox.admin.update_customer(first["id"], name="Forhåndsvist AS")
    before = registry()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Dry run", "enter")
        await settle(pilot)
        assert app.current_mode == "sync"
        text = screen_text(app)
        assert "Dry run finished" in text and "would updated" not in text
        # the record by its name and number, what would change in words; not its ids
        assert (f"would update customer Forhåndsvist AS ({first['customerNumber']}): name"
                in text), text
        assert str(first["id"]) not in text
        assert app.last_report is not None and app.last_report.dry_run
        await pilot.press("h")  # History shows it too (this session's: it wrote nothing)
        await settle(pilot)
        table = app.screen.query_one("#history-table")
        assert [str(table.get_row_at(r)[1]) for r in range(table.row_count)] == ["dry run", "ok"]
    assert registry() == before


async def test_auto_sync_tick_runs_an_incremental_sync(sandbox):
    configure(sandbox)
    await first_sync()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app._auto_timer is not None  # armed: the registry was synced before
        assert "next " in app.sub_title and "last sync" in app.sub_title
        cid = sandbox.admin.snapshot()["customers"][1]["id"]
        sandbox.admin.update_customer(cid, name="Automatisk Endret AS")
        assert app.auto_sync_tick()
        await settle(pilot)
        report = app.last_report
        assert report is not None and not report.first_sync and not report.full
        assert report.customers["updated"] == 1
        assert any(c.name == "Automatisk Endret AS" for c in Store(profile_paths()).read().customers.values())
        assert errors(app) == []


@pytest.mark.parametrize("ending", ["q", "exit"])
async def test_syncs_of_the_app_share_one_session_which_ends_with_the_app(sandbox, ending):
    """Through q, or not (app.exit(): as when the terminal goes away), the session ends too."""
    configure(sandbox)
    await first_sync()
    sandbox.admin.clear_requests()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for name in ("Første Endring AS", "Andre Endring AS"):
            sandbox.admin.update_customer(sandbox.admin.snapshot()["customers"][1]["id"], name=name)
            assert app.auto_sync_tick()
            await settle(pilot)
            assert app.last_report is not None and app.last_report.customers["updated"] == 1
        sessions = [r for r in sandbox.admin.requests() if "/token/session" in r["path"]]
        assert [r["method"] for r in sessions] == ["POST"]  # two syncs, one session
        if ending == "q":
            await pilot.press("q")
        else:
            app.exit()
        await settle(pilot)
    sessions = [r for r in sandbox.admin.requests() if "/token/session" in r["path"]]
    assert [r["method"] for r in sessions] == ["POST", "DELETE"]  # deleted on the way out


async def test_auto_sync_while_cron_holds_the_lock_is_skipped_not_an_error(sandbox):
    configure(sandbox)
    await first_sync()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        with Store(profile_paths()).lock():  # as a `rabbitsync sync` from cron would
            assert app.auto_sync_tick()
            await settle(pilot)
        assert "skipped: another sync is running" in app.sub_title
        assert errors(app) == []
        assert app._auto_timer is not None
        assert app.auto_sync_tick()  # the next tick runs
        await settle(pilot)
        assert app.last_report is not None


# ---- navigation ------------------------------------------------------------------------------------
async def test_keys_digits_and_palette_reach_every_screen(sandbox):
    configure(sandbox)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, digit, mode in (("s", "1", "setup"), ("t", "2", "check"), ("r", "4", "review"),
                                 ("b", "5", "browse"), ("h", "6", "history")):
            for k in (key, digit):
                await pilot.press("escape")  # every screen goes home on escape
                await settle(pilot)
                assert app.current_mode == "home"
                await pilot.press(k)
                await settle(pilot)
                assert app.current_mode == mode, (k, mode)
        for title, mode in (("Setup", "setup"), ("Home", "home"), ("Test connection", "check")):
            await pilot.press("ctrl+p", *title, "enter")
            await settle(pilot)
            assert app.current_mode == mode


def test_every_binding_has_an_id_and_a_tooltip():
    from tui.screens.check import CheckScreen
    from tui.screens.confirm import ConfirmScreen
    from tui.screens.setup import SetupScreen
    from tui.screens.sync import SyncScreen

    for cls in (RabbitApp, SetupScreen, CheckScreen, SyncScreen, ConfirmScreen):
        for b in cls.__dict__.get("BINDINGS", []):
            assert b.id and b.tooltip, (cls.__name__, b)


async def test_home_reads_the_registry_in_a_worker(sandbox):
    configure(sandbox)
    out = (await first_sync()).to_json()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        total = sum(out["customers"][k] for k in ("created", "linked"))
        assert f"{total:,} customers" in screen_text(app)
        assert json.dumps(app.store_summary.synced_at)


async def test_a_failed_sync_shows_cause_and_fix_in_the_body_and_a_failed_run_in_history(sandbox):
    configure(sandbox)
    await first_sync()
    sandbox.admin.set_faults("500@/customer:times=0")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        text = screen_text(app)
        assert "The sync failed; the registry was not changed." in text
        assert "Cause: " in text and "Fix:   " in text and "Traceback" not in text
        assert errors(app) == []  # the body says it; no toast covers it
        assert "last sync" in app.sub_title and "failed" in app.sub_title
        await pilot.press("0")
        await settle(pilot)
        text = screen_text(app)
        assert "The last sync failed; the registry was not changed." in text
        assert "Cause: " in text and "Fix:   " in text
    last = Store(profile_paths()).read().runs[-1]
    assert last.ok is False and last.error


async def test_demo_profile_has_a_registry_that_gives_review_real_cases(tmp_path, monkeypatch):
    from core.sandbox import Sandbox
    from tui.demo import prepare_profile

    monkeypatch.setenv("RABBITSYNC_HOME", str(tmp_path))  # prepare_profile points it at the demo
    with Sandbox(seed=42, customers=300, projects=900, port=0) as sb:
        paths = prepare_profile(tmp_path / "demo-home", sb, 42)
        state = Store(paths).read()
        names = [c.name for c in state.customers.values()]
        assert len(names) >= 150 and len(state.projects) >= 100
        assert len(names) != len(set(names))  # some share a name
        assert any(c.organization_number for c in state.customers.values())
        report = await run_sync(paths, load_config(paths), SyncOptions(confirm=True))
    methods = {link["method"] for link in report.links}
    assert {"created", "exact_name"} <= methods and len(methods) >= 3
    assert report.review_pending > 0
    assert stat.S_IMODE(paths.config_file.stat().st_mode) == 0o600


def test_the_sync_log_tells_the_two_listings_one_after_the_other_however_they_interleave():
    """Customers and projects are listed at once; both bars move, and the log reads customers
    first, then projects, then the later phases."""
    from core.progress import Progress
    from tui.screens.sync import SyncModel

    model = SyncModel()
    model.start(dry_run=False, reason="by you")
    reports = [
        Progress("customers", 0, None, "listing customers"),
        Progress("projects", 0, None, "listing projects"),
        Progress("projects", 1000, None, "listing projects"),
        Progress("customers", 1000, None, "listing customers"),
        Progress("projects", 2000, None, "listing projects"),
        Progress("customers", 1200, 1200, "customers listed"),
        Progress("projects", 2500, 2500, "projects listed"),
        Progress("matching", 0, None, "matching new records"),
    ]
    for n, p in enumerate(reports):
        model.feed(p, float(n))
        if n == 4:  # both bars move while both are listed
            assert model.board.phases["customers"].done == 1000
            assert model.board.phases["projects"].done == 2000
            assert not model.board.phases["customers"].finished
    assert list(model.log)[1:] == [
        "customers: listing customers",
        "customers: customers listed (1,200/1,200)",
        "projects: listing projects",
        "projects: projects listed (2,500/2,500)",
        "matching: matching new records",
    ]
