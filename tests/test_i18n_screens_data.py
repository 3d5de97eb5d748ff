"""Sync, History, Browse, a record's detail and the merge dialogs in bokmål, at 80x24, driven by
keys as a person does: after a first sync against the sandbox (Sync, then History), and on a
registry of 1,998 customers written to the store (Browse, a record's detail, the merge dialogs,
History's runs and overwritten values). Norwegian words present, the English ones gone,
numbers grouped as Babel writes them in bokmål ("1 998", a no-break space), every footer
within 80 columns; and SVG snapshots of Browse and History in bokmål."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Footer, Static
from textual.widgets._footer import FooterKey

from core.i18n import set_language
from core.models import LocalCustomer
from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.state import Overwrite, RunRecord, StoreState
from core.store.store import Store
from tests.helpers import ScreenApp, configure, screen_text
from tests.test_tui_snapshots import (  # noqa: F401 - fixtures, used by name
    ON_THE_PORT,
    fixed_sandbox,
    settle,
    stable_app,
    synced_with_reviews,
)
from tui.app import RabbitApp
from tui.screens.browse import BrowseScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.history import HistoryScreen
from tui.screens.record import RecordScreen, TextScreen
from tui.widgets.merge_dialogs import ConfirmMergeModal, PickRecordModal

SIZE = (80, 24)
pytestmark = ON_THE_PORT  # fixed_sandbox's port: on its worker, after the others
NBSP = "\u00a0"  # Babel's group separator in bokmål


def grouped(n: int) -> str:
    """`n` as bokmål writes it: 1998 → "1 998" (no-break space), written out here, not by the
    code under test."""
    return f"{n:,}".replace(",", NBSP)


def absent(text: str, *english: str) -> None:
    """None of the English words or phrases stands in `text` as a word of its own."""
    for phrase in english:
        found = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)
        assert found is None, f"English {phrase!r} still shown: …{text[max(0, found.start() - 40):found.end() + 40]}…"


def footer_keys(app: Any) -> list[str]:
    """The descriptions of the keys the footer in front shows; asserts each key is whole within
    the screen."""
    footer = app.screen.query_one(Footer)
    keys = [k for k in footer.query(FooterKey) if k.display]
    width = app.screen.size.width
    assert all(k.region.right <= width and k.region.width > 0 for k in keys), [
        (k.key_display, k.description, k.region) for k in keys]
    return [k.description for k in keys]


def headers(table: DataTable) -> list[str]:
    return [str(c.label) for c in table.columns.values()]


def status(app: Any, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


@pytest.fixture
def nb() -> Iterator[None]:
    set_language("nb")
    yield
    set_language("en")


# ---- Sync, then History, after a first sync in the app ---------------------------------------
@pytest.fixture
def big_sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=5, customers=1_200, projects=40, port=0) as sb:
        yield sb


async def test_a_first_sync_and_its_history_read_in_bokmal(big_sandbox: Sandbox) -> None:
    configure(big_sandbox)  # (the CLI chooses its own language: bokmål from here on)
    set_language("nb")
    app = RabbitApp(profile_paths(), cursor_blink=False, timing=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("a")
        await settle(pilot)
        report = app.last_report
        assert report is not None and report.customers["created"] >= 1_000
        text = screen_text(app)
        assert "Synkroniseringen er ferdig." in text
        head = next(line for line in text.splitlines() if "opprettet" in line)
        assert re.search(r"opprettet\s+koblet\s+oppdatert\s+arkivert\s+uendret\s+for dypt", head)
        created = grouped(report.customers["created"])
        assert re.search(rf"kunder\s+{created}\s", text), text
        assert re.search(r"prosjekter\s+\d", text)
        assert "til gjennomgang · " in text and "forespørsler" in text
        absent(text, "Sync finished", "created", "linked", "updated", "unchanged", "too deep",
               "customers", "projects", "to review", "requests", "No sync yet")
        shown = footer_keys(app)
        assert {"Synkroniser nå", "Prøvekjøring"} <= set(shown), shown  # (c: while one runs)
        log = "\n".join(app.sync_model.log)
        assert "── synkronisering startet (" in log
        assert f"kunder: kunder hentet ({created}/{created})" in log
        assert "sammenstilling: sammenstiller nye poster" in log
        assert f"kunder: {created} opprettet" in log
        absent(log, "sync started", "customers listed", "listing customers", "matching done")

        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        runs = app.screen.query_one("#history-table", DataTable)
        assert headers(runs) == ["startet", "resultat", "modus", "totaler / feil"]
        assert status(app, "#history-status") == "1 kjøring, nyeste først · 0 feilet"
        text = screen_text(app)
        assert "kjøringer" in text and "overskrevne verdier" in text  # the tabs
        absent(text, "started", "result", "totals / error", "newest first", "runs",
               "overwrites", "Detail", "Filter")
        assert {"Detaljer", "Filtrer"} <= set(footer_keys(app))
        await pilot.press("right_square_bracket")
        await settle(pilot)
        ow = app.screen.query_one("#history-overwrites", DataTable)
        assert headers(ow) == ["når", "post", "felt", "gammel → ny"]
        assert status(app, "#history-status") == "0 overskrevne lokale verdier, nyeste først"
        assert "Filtrer" in footer_keys(app)
        await pilot.press("left_square_bracket", "enter")
        await settle(pilot)
        assert isinstance(app.screen, TextScreen)
        text = screen_text(app)
        assert f"Kjøring {report.run_id}" in text and "ok · " in text
        assert "Lukk" in footer_keys(app)
        absent(text, "Run", "Close", "more: enter shows them all")


# ---- a registry of 1,998 customers, written to the store ------------------------------------
N = 1_998
ITEMS = 1_250  # a run's outcomes: History lists 200, and says how many more


@pytest.fixture
def registry() -> None:
    """1,998 customers (two of them twins, one with a value Tripletex overwrote), a first sync
    that created them, and a failed run after it."""
    state = StoreState()
    for i in range(1, N - 1):
        state.customers[f"c-{i}"] = LocalCustomer(f"c-{i}", f"Kunde {i:05d} AS", str(10_000 + i),
                                                  tripletex_id=i, link_method="created",
                                                  local_only=False)
    state.customers[f"c-{N - 1}"] = LocalCustomer(f"c-{N - 1}", "Hansen Bygg AS", "9001")
    state.customers[f"c-{N}"] = LocalCustomer(f"c-{N}", "Hansen Bygg AS", "9002", tripletex_id=N,
                                              link_method="created", local_only=False)
    state.overwrites.append(Overwrite("2026-03-02T12:00:00+00:00", "r-1", "customer", "c-7", 7,
                                      "name", "Kunde 7", "Kunde 00007 AS"))
    items = [{"kind": "customer", "key": f"c-{i}", "name": f"Kunde {i:05d} AS",
              "action": "created", "tripletex_id": i} for i in range(1, ITEMS + 1)]
    summary = {"customers": {"created": N, "linked": 0, "updated": 0, "archived": 0,
                             "unchanged": 0}, "projects": {}, "review_pending": 0}
    state.runs.append(RunRecord("r-1", "2026-03-02T12:00:00+00:00", "2026-03-02T12:01:00+00:00",
                                ok=True, dry_run=False, first_sync=True, full=True,
                                summary=summary, items=items))
    state.runs.append(RunRecord("r-2", "2026-03-03T12:00:00+00:00", "2026-03-03T12:00:05+00:00",
                                ok=False, dry_run=False, first_sync=False, full=False,
                                error="Tripletex did not answer"))
    Store(profile_paths("default")).write(state)


async def test_browse_a_records_detail_and_the_merge_dialogs_in_bokmal(registry, nb) -> None:
    app = ScreenApp(BrowseScreen(profile_paths("default")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#browse-table", DataTable)
        assert headers(table) == ["", "nøkkel", "navn", "nummer", "org.nr.", "status"]
        said = status(app, "#browse-status")
        assert said == f"{grouped(N)} kunder · ≡ samme navn, samme sted · enter: detaljer"
        assert "1\u00a0998" in said
        text = screen_text(app)
        assert "kunder  prosjekter  hoppet over" in text  # the tabs
        absent(text, "key", "name", "number", "org no.", "state", "customers", "projects",
               "skipped", "enter: detail", "Detail", "Search", "Merge")
        assert {"Detaljer", "Søk", "Slå sammen"} <= set(footer_keys(app))
        await pilot.press("right_square_bracket")
        assert headers(table) == ["", "nøkkel", "navn", "nummer", "kunde > hovedprosjekt", "status"]
        await pilot.press("right_square_bracket")
        assert headers(table) == ["", "tx-id", "navn", "sti", "årsak"]
        await pilot.press("right_square_bracket")

        # a record's detail: the value Tripletex replaced, in bokmål
        await pilot.press("slash", *"00007")
        assert "Søk" in footer_keys(app)  # (the search field has the focus)
        await pilot.press("enter")  # (Enter in the field: to the list)
        assert status(app, "#browse-status").startswith(f"1 av {grouped(N)} kunder")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RecordScreen)
        text = screen_text(app)
        assert "Dine verdier som Tripletex erstattet (1)" in text
        assert re.search(r"når\s+felt\s+din verdi\s+fra Tripletex", text), text
        assert "Lukk" in footer_keys(app)
        absent(text, "Values of yours", "yours", "Tripletex's", "Close")
        await pilot.press("escape")
        await settle(pilot)

        # the merge dialogs
        app.screen.query_one("#browse-search").value = ""
        await pilot.press("slash", *"hansen", "enter")
        await settle(pilot)
        assert status(app, "#browse-status") == (
            f"2 av {grouped(N)} kunder · ≡ samme navn, samme sted · enter: detaljer")
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, PickRecordModal)
        text = screen_text(app)
        assert re.search(r"Slå sammen c-\d+ «Hansen Bygg AS» med hvilken eldre kunde\?", text)
        assert headers(app.screen.query_one("#pick-table", DataTable)) == [
            "nøkkel", "navn", "nummer", "status"]
        assert {"Avbryt", "Velg"} <= set(footer_keys(app))
        absent(text, "into which older", "Cancel", "Choose")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmMergeModal)
        text = screen_text(app)
        assert re.search(r"duplikat c-\d+\s+beholdes: c-\d+", text)
        assert "arkiveres og merkes som slått sammen, men slettes aldri" in text
        assert "Enter slår sammen (u i Register angrer) · Escape går tilbake" in text
        assert {"Tilbake", "Slå sammen"} <= set(footer_keys(app))
        absent(text, "duplicate", "stays", "takes over", "Merge", "Back")
        await pilot.press("escape")  # nothing merged
        await settle(pilot)
        assert isinstance(app.screen, BrowseScreen)
    assert len(Store(profile_paths("default")).read().decisions) == 0


async def test_history_of_runs_and_overwritten_values_in_bokmal(registry, nb) -> None:
    app = ScreenApp(HistoryScreen(profile_paths("default")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert status(app, "#history-status") == "2 kjøringer, nyeste først · 1 feilet"
        text = screen_text(app)
        assert re.search(r"\bfeilet\b", text) and "FEILET · r-2" in text  # newest first
        assert "feil: Tripletex did not answer" in text  # a stored error as it was kept
        await pilot.press("down")
        await settle(pilot)
        detail = status(app, "#history-run")  # (scrolled: its end is below the screen)
        assert detail.startswith("ok · r-1")
        assert detail.endswith(f"… og {grouped(ITEMS - 200)} til: enter viser alle")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TextScreen)
        assert "Kjøring r-1" in screen_text(app)
        await pilot.press("escape", "right_square_bracket")
        await settle(pilot)
        assert status(app, "#history-status") == "1 overskrevet lokal verdi, nyeste først"
        text = screen_text(app)
        assert "Kunde 7 → Kunde 00007 AS" in text
        absent(text, "overwritten local value", "newest first", "when", "record", "field",
               "old → new")
        await pilot.press("slash", *"kunde 7")
        await settle(pilot)
        assert status(app, "#history-status") == "1 overskrevet lokal verdi passer"
        await pilot.press(*"zzz")
        assert status(app, "#history-status") == "0 overskrevne lokale verdier passer"


async def test_sync_totals_and_log_lines_of_big_counts_in_bokmal(nb) -> None:
    """The totals table keeps its columns apart in bokmål (its words are longer) and groups
    thousands with a no-break space."""
    from core.sync.run import SyncReport
    from tui.screens.sync import report_lines, totals_text

    counts = {"created": 1_998, "linked": 12_345, "updated": 3, "archived": 0, "unchanged": 7}
    report = SyncReport.__new__(SyncReport)
    report.__dict__.update(customers=dict(counts), projects={**counts, "skipped_depth": 1_001},
                           review_pending=2, requests=1_204, duration_s=1.5, dry_run=True,
                           links=[{"kind": "customer", "method": "created"}] * 1_998,
                           changes=[], skipped=[], first_sync=True)
    head, customers, projects, tail = totals_text(report, timing=True).split("\n")
    # (the first column as wide as "prosjekter" and a space; a longer word, a space before it)
    assert head == " " * 12 + "opprettet  koblet oppdatert arkivert   uendret for dypt"

    def cells(line: str) -> list[str]:  # (split at spaces, not at the no-break space)
        return re.split(" +", line.strip(" "))

    assert cells(customers) == ["kunder", grouped(1_998), grouped(12_345), "3", "0", "7"]
    assert cells(projects)[-1] == grouped(1_001)
    ends = [head.index(w) + len(w) for w in ("opprettet", "koblet", "oppdatert", "arkivert",
                                             "uendret", "for dypt")]
    for line in (customers, projects):  # each number right under its header's end
        cell_ends = [m.end() for m in re.finditer("[^ ]+", line)][1:]
        assert cell_ends == ends[:len(cell_ends)]
    assert tail == (f"2 oppføringer til gjennomgang · {grouped(1_204)} forespørsler · 1,5 s · "
                    "prøvekjøring: ingenting skrevet")
    lines = report_lines(report)
    assert lines[0] == f"kunder (ville blitt): {grouped(1_998)} opprettet"
    assert "2 oppføringer venter på gjennomgang: trykk r" in lines


# ---- snapshots at 80x24 ------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["b", "h"], ids=["browse", "history"])
def test_browse_and_history_snapshots_in_bokmal(synced_with_reviews, snap_compare, key):  # noqa: F811
    set_language("nb")  # (after the fixture's CLI runs, which chose English)

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)
