"""The app's shell in Norwegian bokmål, driven through the real app at 80x24 against the sandbox:
the title bar, Home's footer, help, the command palette (ours and Textual's entries), the
activation and quit dialogs, the error panels (cause, "Løsning:", requestId, the app's keys for
a command), the profile list's dates and counts and the progress bars' numbers; every footer of
every screen within 80 columns in bokmål; SVG snapshots of help and the activation dialog.

Screens translated in other files may still speak English here; what is asserted is the
shell's own words (tui/app.py, keys.py, errors.py, profiles.py, screens/base.py, confirm.py,
help.py, widgets/)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from core.config import load_config
from core.errors import RabbitError
from core.i18n import set_language
from core.paths import profile_paths
from core.sandbox import Sandbox
from core.sync.run import SyncOptions, run_sync
from tests.helpers import configure, sandbox_at, screen_text
from tests.test_tui_keys import SIZE, footer_fits, settle
from tests.test_tui_snapshots import stable_app
from tui.app import RabbitApp
from tui.screens.confirm import ConfirmScreen
from tui.screens.help import HelpScreen
from tui.widgets.screen_commands import ScreenBindingsProvider

NBSP = "\u00a0"  # Babel's group separator in nb
PORT = 31653  # fixed, so the snapshots are the same on every run (not the other snapshots')
# the tests of this file run on one xdist worker, one after another: they share the port
pytestmark = pytest.mark.xdist_group("port-31653")
ACTIVATION = ("Tripletex blir master, og endringer du gjør lokalt i kunder og prosjekter blir "
              "overskrevet")


@pytest.fixture
def bokmal() -> Iterator[None]:
    """Bokmål from here (but the CLI, which `configure` runs, chooses again: `configured`)."""
    set_language("nb")
    yield
    set_language("en")


def configured(sb: Any) -> None:
    """The profile pointed at the sandbox (by the CLI, in English), then bokmål for the app."""
    configure(sb)
    set_language("nb")


async def synced_app(sb: Any, **kw: Any) -> RabbitApp:
    """tests/test_tui_keys.py's app, synced once, made in bokmål."""
    configure(sb)
    paths = profile_paths()
    await run_sync(paths, load_config(paths), SyncOptions(confirm=True))
    set_language("nb")
    return RabbitApp(paths, cursor_blink=False, **kw)


@pytest.fixture
def fixed_sandbox() -> Iterator[Sandbox]:
    with sandbox_at(PORT) as sb:
        yield sb


def footer_words(app: RabbitApp) -> list[str]:
    footer = app.screen.query_one(Footer)
    return [k.description for k in footer.query(FooterKey) if k.display]


def flat(text: str) -> str:
    """A dialog's text as one line: its frame and the line breaks of wrapping gone."""
    return " ".join(text.translate({ord(c): " " for c in "│┃▌▐"}).split())


async def test_title_bar_footer_help_and_palette_speak_bokmal(sandbox, bokmal):
    app = await synced_app(sandbox)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # the title bar: the place and the last sync's outcome
        assert app.screen.title == "Hjem · default"
        app.last_sync = (app.clock(), "skipped: another sync is running")
        app.update_status()
        assert "hoppet over: en annen synkronisering pågår" in app.sub_title
        assert "skipped" not in app.sub_title
        # Home's footer: the places' keys of tui.keys, and quit
        words = footer_words(app)
        for word in ("Oppsett", "Test", "Synk", "Gjennomgang", "Register", "Historikk",
                     "Avslutt", "Hjelp"):
            assert word in words, words
        assert not {"Setup", "Review", "Browse", "History", "Quit", "Help"} & set(words), words
        # help (?): its frame and the keys of everywhere, in bokmål
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for words_ in ("Taster · Hjem · default", "På denne skjermen", "Forlat tekstfeltet",
                       "esc Lukk"):
            assert words_ in text, words_
        await pilot.press("end")  # (the keys of everywhere, below)
        await settle(pilot)
        text = flat(screen_text(app))
        for words_ in ("Overalt", "? F1 Hjelp Tastene på denne skjermen og overalt",
                       "6 Historikk Tidligere kjøringer og hva de endret",
                       "Esc forlater først et tekstfelt"):
            assert words_ in text, text
        assert "Everywhere" not in text and "Keys ·" not in text and "History" not in text
        await pilot.press("escape")
        await settle(pilot)
        # the palette: our entries and Textual's own
        titles = {c.title: c.help for c in app.get_system_commands(app.screen)}
        for title in ("Hjem", "Oppsett", "Test tilkoblingen", "Synkroniser nå", "Prøvekjøring",
                      "Full synkronisering", "Avbryt synkroniseringen", "Hjelp", "Skjermbilde",
                      "Tema", "Avslutt"):
            assert title in titles, (title, titles)
        assert titles["Synkroniser nå"] == "Synkroniser Tripletex til timeføringen"
        assert not {"Sync now", "Dry run", "Help", "Theme", "Quit", "Screenshot"} & set(titles)
        provider = ScreenBindingsProvider(app.screen)
        entries = [title for title, *_rest in provider._commands()]
        assert "Hjem: Oppsett" in entries and "Hjem: Synk" in entries, entries
        # the real palette finds help by its Norwegian name
        await pilot.press("ctrl+p", *"Hjelp", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_the_activation_dialog_says_tripletex_becomes_master_in_bokmal(sandbox, bokmal):
    configured(sandbox)
    app = RabbitApp(profile_paths(), cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        text = screen_text(app)
        assert "Første synkronisering: Tripletex blir master" in text
        assert "Aktiver og synkroniser (a)" in text and "Avbryt (esc)" in text
        assert ACTIVATION in flat(text)  # (as the dialog wraps it)
        assert "becomes the master" not in text and "overwritten" not in text
        assert {"Avbryt", "Aktiver"} <= set(footer_words(app))
        await pilot.press("escape")
        await settle(pilot)
        assert app.sync_model.state == ("Ikke aktivert: ingenting ble endret. Trykk y når du "
                                        "er klar.")


async def test_quitting_during_a_sync_asks_in_bokmal(sandbox, bokmal):
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
        assert isinstance(app.screen, ConfirmScreen)
        text = screen_text(app)
        assert "En synkronisering pågår" in text and "Stopp og avslutt (a)" in text
        assert "Ingenting blir halvveis skrevet" in flat(text)
        assert "A sync is running" not in text
        await pilot.press("a")
        await pilot.pause()
        assert app.sync_model.state == "stopper …" or not app.is_running
    assert app.return_code == 0


async def test_a_failed_connection_test_shows_cause_and_fix_in_bokmal(sandbox, bokmal):
    configured(sandbox)
    sandbox.admin.set_token(revoked=True)
    app = RabbitApp(profile_paths(), cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        text = screen_text(app)
        assert "Årsak:" in text and "Løsning: " in text and "Tripletex requestId: " in text
        assert "Cause: " not in text and "Fix:   " not in text and "`rabbitsync" not in text


def test_error_panels_read_losning_and_say_the_apps_keys_in_bokmal(bokmal):
    from tui.errors import error_block, split_error

    error = RabbitError("Tripletex avviste brukernøkkelen",
                        "kjør `rabbitsync config set employee-token -`", request_id="r-1")
    line = error.one_line()
    assert "Løsning: " in line
    assert split_error(line) == ("Tripletex avviste brukernøkkelen",
                                 "kjør `rabbitsync config set employee-token -`", "r-1")
    assert error_block(line).splitlines() == [
        "Årsak:   Tripletex avviste brukernøkkelen",
        "Løsning: i Oppsett (trykk s), lim den inn som brukernøkkel (API-nøkkel); ctrl+t lagrer "
        "og tester den",
        "Tripletex requestId: r-1",
    ]
    # a text kept in English (a stored error) reads as well, told in bokmål
    assert error_block("the registry is locked. Fix: run `rabbitsync sync`",
                       from_tripletex=True).splitlines() == [
        "Årsak:   the registry is locked", "Løsning: synkroniser (trykk y)",
        "Tripletex requestId: ingen (Tripletex svarte ikke)"]


def test_profile_rows_and_progress_counts_follow_the_locale(bokmal):
    from core.sync.many import ProfileOutcome
    from tui.profiles import ProfileBoard, ProfileFacts
    from tui.screens.home import StoreSummary
    from tui.widgets.progress import PhaseState, _count_text

    now = datetime(2026, 12, 5, 14, 30, tzinfo=UTC)
    board = ProfileBoard()
    board.load([
        ProfileFacts("a", 123456, ready=True, summary=StoreSummary(
            review_pending=1998, synced_at=(now - timedelta(days=4)).isoformat(),
            last_run_ok=False, last_run_at=(now - timedelta(days=4)).isoformat())),
        ProfileFacts("b", office=True, ready=True),
        ProfileFacts("c", ready=True),
    ])
    board.record(ProfileOutcome("c", None, False, cancelled=True), now)
    rows = {r.name: r for r in board.rows("a", now, None)}
    assert rows["a"].last == "1. des. 14:30 feilet"
    assert rows["a"].review == f"1{NBSP}998"
    assert rows["a"].error == "ingen årsak ble registrert"
    assert rows["b"].company == "byrå" and rows["b"].last == "aldri"
    assert rows["c"].company == "eget" and rows["c"].last == "14:30 avbrutt"
    state = PhaseState(done=1998, total=2000, started=0.0, elapsed=2.0)
    assert _count_text("customers", state, True) == f"1{NBSP}998/2{NBSP}000  999/s"
    assert _count_text("matching", PhaseState(), True) == "venter"


async def test_every_footer_fits_80_columns_in_bokmal(sandbox, bokmal):
    """The walk of tests/test_tui_keys.py through every screen and state, in bokmål; and the
    dialogs' footers (help, the activation)."""
    app = await synced_app(sandbox)
    states: list[tuple[str, list[str]]] = []

    async def look(name: str) -> None:
        await settle(pilot)
        fits, shown = footer_fits(app)
        assert fits, (name, shown)
        states.append((name, shown))

    async with app.run_test(size=SIZE) as pilot:
        await look("home")
        assert "Gjennomgang" in footer_words(app)  # (in bokmål, or the walk proves nothing)
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
        await pilot.press("question_mark")
        await look("sync, help")
        assert "Lukk" in footer_words(app)
        await pilot.press("escape")
        await look("sync")
        app.ask_activation()
        await look("the activation")
        assert isinstance(app.screen, ConfirmScreen)
    assert len(states) == 28


def test_snapshot_help_in_bokmal(fixed_sandbox, snap_compare, bokmal):
    configured(fixed_sandbox)

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go, terminal_size=SIZE)


def test_snapshot_activation_dialog_in_bokmal(fixed_sandbox, snap_compare, bokmal):
    configured(fixed_sandbox)

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go, terminal_size=SIZE)


@pytest.mark.parametrize("mixin", [False, True], ids=["PlaceScreen", "Translated-first"])
def test_a_screens_own_bindings_and_tabs_are_told_in_bokmal(bokmal, mixin):
    """Every PlaceScreen's bindings (its subclass's own BINDINGS merged in its instance copy)
    speak bokmål, `tab_bindings`' included, whether or not the subclass also puts `Translated`
    first in its bases (as the guide asks of every class with BINDINGS)."""
    from textual.binding import Binding

    from core.i18n import N_
    from tui.i18n import Translated
    from tui.keys import tab_bindings
    from tui.screens.base import PlaceScreen

    class Screen(PlaceScreen):
        PLACE = N_("History")
        BINDINGS = [
            Binding("x", "app.quit", N_("Quit"), id="x.quit", tooltip=N_("Close the help")),
            *tab_bindings("x", N_("all entries / customers only / projects only"), N_("Kind")),
        ]

    cls = type("MixedScreen", (Translated, Screen), {}) if mixin else Screen
    screen = cls("default")
    shown = {b.id: b for bindings in screen._bindings.key_to_bindings.values() for b in bindings}
    assert (shown["x.quit"].description, shown["x.quit"].tooltip) == ("Avslutt", "Lukk hjelpen")
    assert shown["screen.back"].description == "Tilbake"
    assert (shown["x.prev_tab"].description, shown["x.prev_tab"].tooltip) == (
        "Forrige type", "Forrige fane: alle oppføringer / bare kunder / bare prosjekter")
    assert (shown["x.next_tab"].description, shown["x.next_tab"].tooltip) == (
        "Type", "Neste fane: alle oppføringer / bare kunder / bare prosjekter")
    set_language("en")  # the same class, made in English: as it always was
    english = {b.id: b for bs in cls("default")._bindings.key_to_bindings.values() for b in bs}
    assert english["x.prev_tab"].description == "Previous kind"
    assert english["x.next_tab"].tooltip == ("The next tab: all entries / customers only / "
                                             "projects only")
