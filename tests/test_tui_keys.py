"""The one key map (tui.keys), driven through the real app at 80x24 against the sandbox: no
screen binds a key of the app's for something else, the app's keys work from every screen,
every footer fits 80 columns in every state, `?` and F1 open the screen's help and Esc closes
it, Esc leaves a text field before it leaves the screen, quitting during a sync asks first, an
overdue automatic sync runs soon after the start, and a screenshot says where it went."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
from datetime import datetime, timedelta
from typing import Any

from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Footer, Input
from textual.widgets._footer import FooterKey

from core.config import load_config
from core.paths import profile_paths
from core.sync.run import SyncOptions, run_sync
from tests.helpers import configure, screen_text, until
from tui.app import RabbitApp
from tui.keys import PLACE_KEYS, reserved
from tui.screens.help import HelpScreen

SIZE = (80, 24)
SCREENS = {  # every screen class of the app and where it lives
    "tui.screens.home": "HomeScreen", "tui.screens.setup": "SetupScreen",
    "tui.screens.check": "CheckScreen", "tui.screens.sync": "SyncScreen",
    "tui.review.screen": "ReviewScreen", "tui.screens.browse": "BrowseScreen",
    "tui.screens.history": "HistoryScreen", "tui.screens.confirm": "ConfirmScreen",
    "tui.screens.record": "RecordScreen", "tui.review.dialogs": "SearchModal",
    "tui.widgets.merge_dialogs": "PickRecordModal",
    "tui.screens.companies": "CompanyPickerScreen",
}


async def settle(pilot: Pilot[Any]) -> None:
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def synced_app(sandbox: Any, **kw: Any) -> RabbitApp:
    configure(sandbox)
    paths = profile_paths()
    await run_sync(paths, load_config(paths), SyncOptions(confirm=True))
    return RabbitApp(paths, cursor_blink=False, **kw)


def footer_fits(app: RabbitApp) -> tuple[bool, list[str]]:
    """Whether the footer in front shows each of its keys whole within the screen."""
    footer = app.screen.query_one(Footer)
    keys = [k for k in footer.query(FooterKey) if k.display]
    width = app.screen.size.width
    shown = [f"{k.key_display} {k.description}" for k in keys]
    return all(k.region.right <= width and k.region.width > 0 for k in keys), shown


def test_no_screen_binds_a_key_of_the_apps_for_something_else():
    app_actions = {k: p.action for p in PLACE_KEYS for k in p.keys.split(",")}
    app_actions.update({"q": "quit", "question_mark": "help", "f1": "help"})
    for module, name in SCREENS.items():
        cls = getattr(importlib.import_module(module), name)
        for b in cls.__dict__.get("BINDINGS", []):
            assert isinstance(b, Binding)
            for key in b.key.split(","):
                if key in reserved():
                    assert b.action == f"app.{app_actions.get(key)}", (name, key, b.action)


async def test_the_apps_keys_work_from_every_screen_and_help_opens_on_each(sandbox):
    app = await synced_app(sandbox)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for place in PLACE_KEYS:
            if place.place == "sync":
                continue  # (y starts a sync: its own test)
            await pilot.press(place.keys.split(",")[0])
            await settle(pilot)
            if isinstance(app.focused, Input):  # Setup: typing is its purpose
                await pilot.press("escape")  # one Esc leaves the field
                await settle(pilot)
                assert app.current_mode == place.place and not isinstance(app.focused, Input)
            assert app.current_mode == place.place, place
            for help_key in ("question_mark", "f1"):
                await pilot.press(help_key)
                await settle(pilot)
                assert isinstance(app.screen, HelpScreen), (place, help_key)
                shown = screen_text(app)
                assert "On this screen" in shown or place.place == "home", place
                await pilot.press("escape")
                await settle(pilot)
                assert not isinstance(app.screen, HelpScreen)
            for other in PLACE_KEYS:  # every other place's key, then back here
                if other.place in ("sync", place.place):
                    continue
                await pilot.press(other.keys.split(",")[-1])  # the digit
                await settle(pilot)
                if isinstance(app.focused, Input):
                    await pilot.press("escape")
                    await settle(pilot)
                assert app.current_mode == other.place, (place.place, other.place)
                await pilot.press(place.keys.split(",")[0])
                await settle(pilot)
                if isinstance(app.focused, Input):
                    await pilot.press("escape")
                    await settle(pilot)


async def test_every_footer_fits_80_columns_in_every_state(sandbox):
    app = await synced_app(sandbox)
    states: list[tuple[str, list[str]]] = []

    async def look(name: str) -> None:
        await settle(pilot)
        fits, shown = footer_fits(app)
        assert fits, (name, shown)
        states.append((name, shown))

    async with app.run_test(size=SIZE) as pilot:
        await look("home")
        for key, name in (("s", "setup"), ("escape", "setup, field left"), ("t", "check"),
                          ("r", "review"), ("slash", "review, filter"), ("escape", "review"),
                          ("tab", "review, candidates"), ("escape", "review"),
                          ("o", "review, search and link"), ("escape", "review"),
                          ("a", "review, accept all"), ("escape", "review"),
                          ("question_mark", "help"), ("escape", "review"),
                          ("b", "browse"), ("slash", "browse, search"), ("escape", "browse"),
                          ("enter", "browse, detail"), ("escape", "browse"),
                          ("h", "history"), ("enter", "history, run"), ("escape", "history"),
                          ("right_square_bracket", "history, overwrites"),
                          ("y", "sync, after a sync")):
            await pilot.press(key)
            await look(name)
    assert len(states) == 25


async def test_esc_leaves_a_text_field_first_then_the_screen(sandbox):
    app = await synced_app(sandbox)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, field in (("b", "#browse-search"), ("r", "#review-filter")):
            await pilot.press(key)
            await settle(pilot)
            assert not isinstance(app.focused, Input)  # no screen opens in a text field
            await pilot.press("slash", *"ab")
            assert app.focused is app.screen.query_one(field)
            await pilot.press("escape")
            assert not isinstance(app.focused, Input) and app.current_mode != "home"
            assert app.screen.query_one(field, Input).value == "ab"  # what was typed stays
            await pilot.press("escape")
            await settle(pilot)
            assert app.current_mode == "home"


async def test_the_palette_offers_help_not_textuals_key_panel(sandbox):
    app = await synced_app(sandbox)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Help" in titles and "Keys" not in titles
        await pilot.press("ctrl+p", *"Help", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_mode == "home" and not isinstance(app.screen, HelpScreen)


async def test_quit_during_a_sync_asks_first_and_says_stopping(sandbox):
    from tui.screens.confirm import ConfirmScreen

    app = await synced_app(sandbox)
    sandbox.admin.update_customer(sandbox.admin.snapshot()["customers"][0]["id"], name="Ny AS")
    sandbox.admin.set_faults("slow@/customer:seconds=3:times=1")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        for _ in range(100):
            if app.sync_model.running:
                break
            await asyncio.sleep(0.02)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "A sync is running" in screen_text(app)
        await pilot.press("escape")  # keep syncing
        await pilot.pause()
        assert app.is_running and app.sync_model.running
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("a")  # stop and quit
        await pilot.pause()
        assert "stopping" in app.sync_model.state or not app.is_running
    assert app.return_code == 0


async def test_an_overdue_automatic_sync_runs_soon_after_the_start(sandbox, monkeypatch):
    import tui.app as app_module

    monkeypatch.setattr(app_module, "OVERDUE_AFTER_S", 0.2)
    later = datetime.now().astimezone() + timedelta(minutes=16)  # the app was closed 16 min
    app = await synced_app(sandbox, clock=lambda: later)
    armed: list[tuple[bool, timedelta]] = []  # each arming of the timer, as it happened: the
    arm = app.arm_auto_sync  # sync may run and re-arm before the test first looks

    def recording_arm(*, overdue: bool = False) -> None:
        arm(overdue=overdue)
        assert app.next_sync_at is not None
        armed.append((overdue, app.next_sync_at - later))

    app.arm_auto_sync = recording_arm  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.last_report is not None, "the overdue automatic sync")
        assert armed and armed[0][0], f"the first arming was not the overdue one: {armed}"
        assert armed[0][1] <= timedelta(seconds=1), armed  # soon, not an interval ahead
        assert not app.last_report.first_sync
        await settle(pilot)
        assert app.next_sync_at - later >= timedelta(minutes=14)  # then every interval


async def test_a_screenshot_says_where_it_went_or_why_not(sandbox):
    app = await synced_app(sandbox)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_save_picture()
        await settle(pilot)
        saved = list(app.paths.log_dir.glob("rabbitsync-home-*.svg"))
        assert len(saved) == 1 and saved[0].read_text(encoding="utf-8").startswith("<svg")
        assert any(str(saved[0]) in n.message for n in app._notifications)
        blocker = app.paths.log_dir / "a-file"
        blocker.write_text("")
        app.paths = dataclasses.replace(app.paths, log_dir=blocker / "pictures")  # (even root
        app.action_save_picture()  # cannot make a folder inside a file)
        await settle(pilot)
        last = list(app._notifications)[-1]
        assert last.message.startswith("Screenshot not saved: cannot write") and "Fix:" in last.message
