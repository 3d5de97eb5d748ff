"""Home, Setup, the connection test and the accounting office's company list in bokmål: the
real app through Pilot at 80x24 against the real sandbox, as a Norwegian reader sees it
(Norwegian words present, the English ones gone, numbers as "1 998", footers within 80
columns), the profile's language setting saved from Setup and read back at the next start,
Tripletex's own words quoted whole «…», and SVG snapshots of Home and Setup in bokmål."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, RadioButton, RadioSet, Static

from core.cli.main import early_language
from core.config import load_config
from core.i18n import set_language
from core.paths import profile_names, profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from core.sync.run import SyncOptions, run_sync
from tests.helpers import (
    SECRET_CONSUMER,
    SECRET_EMPLOYEE,
    ScreenApp,
    configure,
    run_cli,
    sandbox_at,
    screen_text,
    until,
)
from tests.test_tui_keys import footer_fits
from tests.test_tui_snapshots import stable_app
from tui.app import RabbitApp
from tui.screens.check import quoted, report_text
from tui.screens.companies import CompanyPickerScreen
from tui.screens.home import HomeFacts, HomeScreen, StoreSummary, registry_text

SIZE = (80, 24)
NBSP = "\xa0"  # Babel's group separator in bokmål: "1 998"
PORT = 31719  # fixed, so the base URL on screen is the same on every run (the snapshots)
# the tests of this file run on one xdist worker, one after another: they share the port
pytestmark = pytest.mark.xdist_group("port-31719")
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def bokmal() -> Iterator[None]:
    """Every test here reads bokmål (conftest sets English again afterwards)."""
    set_language("nb")
    yield
    set_language("en")


def configure_nb(sb: Sandbox) -> None:
    """Point the profile at the sandbox (the CLI chooses its own language, from LANG: English
    here), then read bokmål again."""
    configure(sb)
    set_language("nb")


async def settle(pilot: Pilot[Any]) -> None:
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def make_app(profile: str = "default", **kw: Any) -> RabbitApp:
    return RabbitApp(profile_paths(profile), cursor_blink=False, **kw)


def words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-zÆØÅæøå]+", text))


def english_left(text: str, english: tuple[str, ...]) -> list[str]:
    """The English words (whole words) still on screen."""
    found = words(text)
    return [w for w in english if w in found or (" " in w and w in text)]


async def first_sync() -> None:
    paths = profile_paths()
    await run_sync(paths, load_config(paths), SyncOptions(confirm=True))


# ---- Home ------------------------------------------------------------------------------------


async def test_home_after_a_first_sync_reads_bokmal(sandbox):
    configure_nb(sandbox)
    await first_sync()
    state = Store(profile_paths()).read()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current_mode == "home"
        await until(pilot, lambda: "kunder" in screen_text(app), "the registry's figures")
        text = screen_text(app)
        for norsk in ("Hjem · default", "Profil", "Register", "Synk", "Oppsett", "Gjennomgang",
                      "Historikk", "Avslutt", f"{len(state.customers)} kunder",
                      f"{len(state.projects)} prosjekter", "koblet", "bare lokale",
                      "siste synk", "neste", "test tilkoblingen til Tripletex"):
            assert norsk in text, norsk
        assert english_left(text, (
            "customers", "projects", "linked", "Setup", "Settings", "Review", "Browse",
            "History", "Quit", "Registry", "last sync", "next", "every", "Home",
            "check the connection")) == []
        fits, shown = footer_fits(app)
        assert fits, shown
        assert "s Oppsett" in " ".join(shown) and "q Avslutt" in " ".join(shown)
        # its help and the palette say the keys in bokmål too
        await pilot.press("question_mark")
        await settle(pilot)
        assert "Avslutt rabbitsync" in screen_text(app)


async def test_home_counts_and_review_in_bokmal():
    """A large registry's figures with Babel's group separator, and entries to review counted
    with the catalog's plural."""
    summary = StoreSummary(customers=1998, projects=4120, linked=5001, local_only=1,
                           review_pending=1204)
    assert registry_text(summary, None).startswith(
        f"1{NBSP}998 kunder, 4{NBSP}120 prosjekter  (5{NBSP}001 koblet, 1 bare lokale)")
    assert f"1{NBSP}204 oppføringer til gjennomgang: trykk r" in registry_text(summary, None)
    assert "1 oppføring til gjennomgang" in registry_text(StoreSummary(review_pending=1), None)
    screen = HomeScreen(profile_paths(), HomeFacts(summary=summary, profile="default"))
    app = ScreenApp(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert f"1{NBSP}998 kunder" in text and f"1{NBSP}204 oppføringer" in text
        assert "aldri synkronisert" not in text  # (no schedule handed over: none shown)


def test_home_names_what_is_missing_and_when_in_bokmal():
    from datetime import timedelta

    from core.config import Config
    from tui.screens.home import schedule_text, tripletex_text

    assert tripletex_text(Config(), None) == (
        "produksjon  (https://tripletex.no/v2); ikke satt opp: mangler applikasjonsnøkkel, "
        "brukernøkkel, trykk s")
    now = datetime(2026, 12, 5, 14, 30)
    assert schedule_text(now, running=True, last=(datetime(2026, 12, 4, 9, 5), "failed"),
                         next_at=datetime(2026, 12, 5, 14, 45),
                         interval=timedelta(minutes=15)) == (
        "synkroniserer… · siste synk 4. des. 09:05 feilet · neste 14:45 (hvert 15. min)")
    assert schedule_text(now, running=False, last=None, next_at=None,
                         interval=timedelta(minutes=15)) == (
        "aldri synkronisert · automatisk synk etter den første")


# ---- Setup -----------------------------------------------------------------------------------


def setup_text(app: RabbitApp) -> str:
    """Every text of the Setup form (it scrolls at 80x24), joined: its lines and buttons."""
    texts = [str(s.render()) for s in app.screen.query(Static) if s.display]
    texts += [str(b.label) for b in app.screen.query(Button)]
    return " ".join(" ".join(t.split()) for t in texts)


async def test_setup_reads_bokmal_at_80x24(sandbox):
    configure_nb(sandbox)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert app.current_mode == "setup"
        text = screen_text(app)
        for norsk in ("Oppsett · default", "Miljø", "Produksjon", "Testmiljø", "Egen URL",
                      "Applikasjonsnøkkel", "Brukernøkkel", "Selskaps-ID", "Lagre"):
            assert norsk in text, norsk
        form = setup_text(app)
        for norsk in ("Bruker – Min profil – Mer – API Tilgang → Ny nøkkel, appnavn rabbitsync "
                      "→ Tilpasset oppsett → Alle tilganger",
                      "Selskap – Vår kundeside: merk av for API 2.0",
                      "integrasjonens nøkkel fra Tripletex", "Språk", "Fra systemet",
                      "Lagre og test (^t)", "Klientselskaper (^o)",
                      "Profil default. Endre en verdi og trykk ctrl+s (eller Lagre)."):
            assert norsk in form + " " + text, norsk
        everything = text + " " + form
        assert english_left(everything, (
            "Save", "Settings", "Environment", "Production", "Consumer token", "API key",
            "Company id", "Language", "Test the connection", "From the environment",
            "User", "My profile", "must be on", "Change a value")) == []
        fits, shown = footer_fits(app)
        assert fits, shown
        assert "^s Lagre" in " ".join(shown) or "ctrl+s Lagre" in " ".join(shown), shown
        # a bad value: the field's own error line and the status, in bokmål
        app.screen.query_one("#input-sync_interval_minutes").focus()
        await pilot.press("backspace", "backspace", "x", "ctrl+s")
        await settle(pilot)
        status = str(app.screen.query_one("#setup-status", Static).render())
        assert status.startswith("Ikke lagret: Synk hvert (min): "), status


async def test_a_language_chosen_in_setup_is_spoken_at_once_and_at_the_next_start(sandbox):
    configure_nb(sandbox)
    assert load_config(profile_paths()).language == ""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        choice = app.screen.query_one("#language", RadioSet)
        assert choice.pressed_button is not None and choice.pressed_button.id == "lang-env"
        choice.focus()  # (the cursor starts on the first: Norsk (bokmål))
        await pilot.press("right", "enter")  # English
        await pilot.pause()
        assert choice.pressed_button is not None and choice.pressed_button.id == "lang-en"
        assert app.screen.unsaved_edits() == ["Språk"]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert load_config(profile_paths()).language == "en"
        # the app speaks English at once: Setup made anew (saved, so nothing is lost), its
        # footer, the title bar and every other place
        await until(pilot, lambda: "Environment" in screen_text(app), "Setup in English")
        text = screen_text(app)
        assert "Setup · default" in text and "Miljø" not in text and "Lagre" not in text
        assert "The language is now English." in [n.message for n in app._notifications]
        await pilot.press("0")
        await settle(pilot)
        assert "Review" in screen_text(app) and "Gjennomgang" not in screen_text(app)
    # the next start speaks it (core.cli.main chooses the language before the app is made)
    assert early_language([]) == "en"
    assert early_language(["--lang", "nb"]) == "nb"  # (--lang still decides)
    # started with --lang en: back to bokmål in Setup, said in bokmål, for the next start
    set_language("en")
    app = make_app(language_fixed=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert app.screen.query_one("#lang-en", RadioButton).value
        assert "Environment" in screen_text(app) and "Miljø" not in screen_text(app)
        choice = app.screen.query_one("#language", RadioSet)
        choice.focus()
        await pilot.press("enter")  # Norsk (bokmål)
        await pilot.pause()
        assert app.screen.unsaved_edits() == ["Language"]
        await pilot.press("ctrl+s")
        await settle(pilot)
        status = " ".join(str(app.screen.query_one("#setup-status", Static).render()).split())
        assert status.startswith("Saved to ")
        assert ("Språket er nå Norsk (bokmål): det gjelder fra neste gang du starter "
                "rabbitsync.") in status, status
        assert "Setup · default" in screen_text(app)  # (--lang en decides until then)
    assert load_config(profile_paths()).language == "nb"
    assert early_language([]) == "nb"
    # the tokens were kept (an empty field keeps the saved token)
    cfg = load_config(profile_paths())
    assert (cfg.consumer_token, cfg.employee_token) == (sandbox.consumer_token,
                                                        sandbox.employee_token)


# ---- the connection test -----------------------------------------------------------------------


async def test_the_connection_test_reads_bokmal(sandbox):
    configure_nb(sandbox)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        report = app.screen.report
        assert report.ok
        text = screen_text(app)
        assert "Tilkoblingstest · default" in text
        assert "tilkoblingen er OK" in text and "OK: synkroniseringen kan kjøre" in text
        assert re.search(r"Inaktive kunder +ja", text) and re.search(r"Prosjekter +ja", text)
        assert re.search(r"Svartid +\d+ ms", text)
        assert english_left(text, ("connection", "Customers", "Inactive", "Projects", "yes",
                                   "Environment", "Company", "Employee", "Round trip")) == []
        assert footer_fits(app)[0], footer_fits(app)[1]


async def test_tripletexs_own_words_stand_whole_and_quoted(sandbox):
    """A refused key: Tripletex's message and validation message, whole, in «…»."""
    configure_nb(sandbox)
    sandbox.admin.set_token(revoked=True)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert "tilkoblingen FEILET" in text
        assert "«Validering feilet.»" in text
        assert "«The employee token is invalid, has expired or has been revoked.»" in text
        assert app.screen.report.request_id in text
    # what Tripletex said is never changed, only its quotes: English keeps "…"
    said = ('refused (Tripletex 422, code 18000: "Validering feilet."; "Users (x) may only '
            'read."; arg:x: "Say "no" here."; and 2 more). Fix: y')
    assert quoted(said) == ('refused (Tripletex 422, code 18000: «Validering feilet.»; «Users (x) '
                            'may only read.»; arg:x: «Say "no" here.»; and 2 more). Fix: y')
    set_language("en")
    assert quoted(said) == said


async def test_an_office_keys_refusal_quotes_each_of_tripletexs_texts(office):
    """An accounting office's key without a client company: Tripletex's message and its
    developerMessage, each whole in «…» (a long one wraps; it is never cut)."""
    configure_nb(office)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert "tilkoblingen FEILET" in text
        assert "«Du har ikke tilgang til denne funksjonen.»" in text
        assert ("«Company owned users(employeeToken) can only access /token/session/>whoAmI & "
                "/company/>withLoginAccess in their own company.»") in text
        assert '"' not in text.split("403", 1)[1].split(")", 1)[0]


def test_the_round_trip_and_yes_no_in_bokmal():
    from core.tripletex.check import CheckReport

    report = CheckReport(ok=True, environment="test", base_url="https://api-test.tripletex.tech/v2",
                         company="Fjord AS", company_id=42, employee="Kari",
                         can_read_customers=True, can_read_inactive_customers=False,
                         can_read_projects=None, round_trip_ms=1234.4)
    details, verdict = report_text(report)
    assert "Miljø               test  https://api-test.tripletex.tech/v2" in details
    assert "Selskap             Fjord AS  (ID 42)" in details
    assert "Kunder              ja" in details and "Inaktive kunder     NEI" in details
    assert "Prosjekter          ikke sjekket" in details
    assert f"Svartid             1{NBSP}234 ms" in details
    assert verdict.startswith("OK: synkroniseringen kan kjøre.")


# ---- the accounting office's company list --------------------------------------------------------


@pytest.fixture
def office() -> Iterator[Sandbox]:
    with Sandbox(seed=5, customers=12, projects=20, port=0, companies=3,
                 consumer_token=SECRET_CONSUMER, employee_token=SECRET_EMPLOYEE) as sb:
        yield sb


async def test_the_company_list_reads_bokmal(office):
    configure_nb(office)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, CompanyPickerScreen),
                    "the company list is shown")
        text = screen_text(app)
        assert "Klientselskapene til nøkkelen i profil default: 3 selskaper, 0 med profil" in text
        for norsk in ("selskap", "org.nr.", "profil", "mellomrom merker", "esc lukker",
                      "Merk selskapene som skal synkroniseres"):
            assert norsk in text, norsk
        for c in office.companies:
            assert c.name in text
        fits, shown = footer_fits(app)
        assert fits, shown
        assert {"Merk", "Alle", "Opprett profiler", "Lukk", "Hjelp"} <= {
            s.split(" ", 1)[1] for s in shown}, shown
        assert english_left(text, ("companies", "company", "Mark", "All", "Make", "Close",
                                   "Help", "profile", "marks", "closes")) == []
        await pilot.press("space", "down", "down", "space")
        assert "2 selskaper merket: enter oppretter profilene." in screen_text(app)
        await pilot.press("enter")
        await until(pilot, lambda: "Hjem (0) viser profilene" in " ".join(
            str(app.screen.query_one("#setup-status", Static).render()).split()),
            "the profiles are made")
        assert len(profile_names()) == 3
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, CompanyPickerScreen),
                    "the company list is shown again")
        await pilot.press("space")  # the first has a profile now
        assert "synkroniseres allerede av profil" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        # Home lists the profiles with Norwegian column names
        await pilot.press("0")
        await settle(pilot)
        home = screen_text(app)
        assert "profil" in home and "klient" in home and "siste synk" in home
        assert "(én av 3: [ ] eller enter bytter)" in home
        fits, shown = footer_fits(app)
        assert fits, shown
        assert "] Profil" in " ".join(shown)


# ---- snapshots at 80x24 in bokmål ----------------------------------------------------------------


@pytest.fixture
def fixed_sandbox() -> Iterator[Sandbox]:
    with sandbox_at(PORT) as sb:
        yield sb


def test_snapshot_home_after_a_first_sync_in_bokmal(fixed_sandbox, capsys, monkeypatch,
                                                    snap_compare):
    from core.sync import run as engine

    monkeypatch.setattr(engine, "_now", lambda: NOON)
    configure_nb(fixed_sandbox)
    set_language("en")  # (the sync as the CLI runs it; the app below reads bokmål)
    assert run_cli(capsys, "sync", "--yes")[0] == 0
    set_language("nb")

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        assert "kunder" in screen_text(pilot.app)

    assert snap_compare(stable_app(), run_before=go)


def test_snapshot_setup_in_bokmal(fixed_sandbox, snap_compare):
    configure_nb(fixed_sandbox)

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert "Applikasjonsnøkkel" in screen_text(pilot.app)

    assert snap_compare(stable_app(), run_before=go)
