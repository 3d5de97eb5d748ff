"""Browse and History at 80x24, driven by keys, on stores a real sync wrote (and one big store
written with Store.write): search, duplicates told apart, skipped projects, capped result lists,
runs newest first with a failed run's error, and overwritten values."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from textual.widgets import DataTable, Input, Static

from core.models import LocalCustomer, LocalProject
from core.paths import ProfilePaths, profile_paths
from core.sandbox import Sandbox
from core.store.state import StoreState
from core.store.store import Store
from tests.helpers import (
    ScreenApp,
    configure,
    customer,
    org,
    project,
    screen_text,
    subprocess_cli,
    until,
)
from tui.screens.browse import BrowseScreen
from tui.screens.history import HistoryScreen

ORG_A, ORG_B = org("92000000"), org("93000000")


def dataset() -> dict:
    return {
        "customers": [
            customer(1, "Fjordkraft AS", 1001, org("98765432")),
            customer(4, "Hansen Bygg AS", 1004, ORG_A),
            customer(5, "Hansen Bygg AS", 1005, ORG_B),
            customer(6, "Gamle Kunde AS", 1006, inactive=True),
        ],
        "projects": [
            project(101, "Nettside", "2024-01", 1),
            project(102, "Nettside – design", "2024-01-A", 1, main=101),
            project(103, "Deep level 3", "2024-01-A-1", 1, main=102),
        ],
    }


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(data=dataset(), port=0) as s:
        yield s


@pytest.fixture
def synced(sb: Sandbox, cli_env: dict[str, str]) -> ProfilePaths:
    configure(sb)
    done = subprocess_cli(cli_env, "sync", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    return profile_paths("default")



def cells(table: DataTable, col: int) -> list[str]:
    return [str(table.get_row_at(r)[col]) for r in range(table.row_count)]


async def test_browse_search_finds_a_record_and_tells_twins_apart(synced: ProfilePaths) -> None:
    app = ScreenApp(BrowseScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("#browse-table", DataTable)
        assert table.row_count == 4
        assert table.has_focus  # the list; / goes to the search field
        await pilot.press("slash", *"hansen")
        assert cells(table, 2) == ["Hansen Bygg AS", "Hansen Bygg AS"]
        assert cells(table, 0) == ["≡", "≡"]
        assert sorted(cells(table, 3)) == ["1004", "1005"]
        assert sorted(cells(table, 4)) == sorted([ORG_A, ORG_B])
        assert cells(table, 5) == ["created by the sync", "created by the sync"]
        await pilot.press(*["backspace"] * 6, *"gamle")
        assert cells(table, 5) == ["archived, created by the sync"]
        await pilot.pause()
        shown = screen_text(app)  # (too long for the column: it wraps, never cut)
        lines = shown.splitlines()
        at = next(i for i, line in enumerate(lines) if "archived, created by" in line)
        assert lines[at + 1].strip() == "the sync"
        assert "1 of 4 customers" in str(screen.query_one("#browse-status", Static).render())


async def test_browse_tabs_show_projects_and_skipped_with_path_and_reason(synced: ProfilePaths) -> None:
    app = ScreenApp(BrowseScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#browse-table", DataTable)
        await pilot.press("right_square_bracket")
        assert sorted(cells(table, 2)) == ["Nettside", "Nettside – design"]
        assert "Fjordkraft AS > Nettside" in cells(table, 4)
        await pilot.press("right_square_bracket")
        assert cells(table, 1) == ["103"]
        assert cells(table, 3) == ["Nettside > Nettside – design > Deep level 3"]
        assert "level 3" in cells(table, 4)[0]
        await pilot.press("escape")  # the list has the focus: leaves the screen
        await pilot.pause()
        assert not isinstance(app.screen, BrowseScreen)


async def test_browse_on_40000_records_lists_every_one_and_end_reaches_the_last() -> None:
    paths = profile_paths("default")
    state = StoreState()
    for i in range(1, 40_001):
        state.customers[f"c-{i}"] = LocalCustomer(f"c-{i}", f"Kunde {i:05d} AS", str(i))
    state.customers["c-40001"] = LocalCustomer("c-40001", "[red]Rød[/red] Kunde", "x1")
    Store(paths).write(state)
    app = ScreenApp(BrowseScreen(paths))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#browse-table", DataTable)
        status = app.screen.query_one("#browse-status", Static)
        assert "40,001 customers" in str(status.render())
        await pilot.press("end")  # no row limit: the last of 40,001
        await pilot.pause()
        assert table.row_count == 40_001 and table.cursor_row == 40_000
        assert "Kunde 40000 AS" in screen_text(app)
        # a search starts at its first match, not at the record highlighted far down (which
        # added all 40,001 rows again at each key: 10 s a key)
        await pilot.press("slash", "k")
        assert table.cursor_row == 0 and table.row_count < 1_000
        assert "Kunde 00001 AS" in screen_text(app)
        await pilot.press(*"unde 3999")
        assert table.row_count == 14  # 03999, 13999, 23999, 33999, 39990..39999
        assert "14 of 40,001" in str(status.render())
        await pilot.press("8")
        assert cells(table, 2) == ["Kunde 39998 AS"]
        app.screen.query_one("#browse-search", Input).value = ""
        await pilot.press(*"rød")
        assert cells(table, 2) == ["[red]Rød[/red] Kunde"]


async def test_enter_opens_a_records_detail_with_its_name_whole_and_its_projects(
        synced: ProfilePaths) -> None:
    from tui.screens.record import RecordScreen

    app = ScreenApp(BrowseScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("slash", *"fjordkraft", "enter")  # Enter in the field: to the list
        assert isinstance(app.screen, BrowseScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen)
        shown = screen_text(app)
        assert "Customer c-" in shown and "Fjordkraft AS" in shown
        assert "Projects (1)" in shown and "Nettside" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)


async def test_projects_of_one_name_under_different_customers_are_not_twins() -> None:
    paths = profile_paths("default")
    state = StoreState()
    for n in (1, 2):
        state.customers[f"c-{n}"] = LocalCustomer(f"c-{n}", f"Kunde {n} AS")
        state.projects[f"p-{n}"] = LocalProject(f"p-{n}", "Designprofil", None, f"c-{n}")
    state.projects["p-3"] = LocalProject("p-3", "Designprofil", None, "c-1")  # a twin of p-1
    Store(paths).write(state)
    app = ScreenApp(BrowseScreen(paths))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("right_square_bracket")
        table = app.screen.query_one("#browse-table", DataTable)
        marks = dict(zip(cells(table, 1), cells(table, 0), strict=True))
        assert marks == {"p-1": "≡", "p-3": "≡", "p-2": ""}


async def test_browse_gives_a_wider_terminal_to_the_names() -> None:
    paths = profile_paths("default")
    long_name = "Andreassen & Hansen Elektroinstallasjon AS"  # 42 characters
    state = StoreState()
    state.customers["c-1"] = LocalCustomer("c-1", long_name, "1001")
    Store(paths).write(state)
    app = ScreenApp(BrowseScreen(paths))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = screen_text(app)
        assert long_name[:20] in shown and long_name not in shown  # cut at 80 columns
        assert max(len(line.rstrip()) for line in shown.splitlines()) <= 80
        await pilot.resize_terminal(140, 24)
        await pilot.pause()
        shown = screen_text(app)
        assert long_name in shown and "local only" in shown
        await pilot.press("right_square_bracket", "right_square_bracket")  # skipped: none here,
        # but its columns fit too
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        header = screen_text(app).splitlines()[2]  # (the title bar, the search, the columns)
        assert "reason" in header and len(header.rstrip()) <= 80


async def test_history_shows_runs_newest_first_and_a_failed_runs_error(
    synced: ProfilePaths, sb: Sandbox, cli_env: dict[str, str]
) -> None:
    sb.admin.set_faults("500@/customer:times=0")
    done = await asyncio.to_thread(subprocess_cli, cli_env, "sync", "--json")
    assert done.returncode == 1
    sb.admin.clear_faults()
    runs = Store(synced).read().runs
    assert runs[-1].ok is False and runs[-1].error
    app = ScreenApp(HistoryScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#history-table", DataTable)
        await until(pilot, lambda: table.row_count > 0, "the history shows its runs")
        screen = app.screen
        assert table.row_count == 2
        assert cells(table, 1) == ["failed", "ok"]
        assert runs[-1].error[:20] in cells(table, 3)[0]
        detail = str(screen.query_one("#history-run", Static).render())
        assert "FAILED" in detail and "error:" in detail
        await pilot.press("down")
        detail = str(screen.query_one("#history-run", Static).render())
        assert detail.startswith("ok") and "created" in detail and "first" in detail


async def test_history_lists_overwritten_local_values(sb: Sandbox, cli_env: dict[str, str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    configure(sb)
    imp = tmp_path / "i.json"
    imp.write_text('{"customers": [{"key": "c-17", "name": "Fjordkraft lokal", "number": "9999",'
                   f' "organization_number": "{org("98765432")}"}}]}}', encoding="utf-8")
    assert subprocess_cli(cli_env, "import", str(imp)).returncode == 0
    assert subprocess_cli(cli_env, "sync", "--yes", "--json").returncode == 0
    app = ScreenApp(HistoryScreen(profile_paths("default")))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("right_square_bracket")
        table = app.screen.query_one("#history-overwrites", DataTable)
        assert table.display and table.has_focus
        changes = dict(zip(cells(table, 2), cells(table, 3), strict=True))
        assert changes["name"] == "Fjordkraft lokal → Fjordkraft AS"
        assert changes["number"] == "9999 → 1001"
        assert set(cells(table, 1)) == {"Fjordkraft AS"}  # (the record's name, not its key)
        await pilot.press("f", *"number")
        assert cells(table, 2) == ["number"]


async def test_merge_a_duplicate_from_browse_and_undo_it(synced: ProfilePaths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The sync made "Fjordkraft AS" before the time tracker's own record was imported: merge
    the made one into the old one from Browse, seeing both first; u undoes it."""
    from tests.helpers import write_import
    from tui.widgets.merge_dialogs import ConfirmMergeModal, PickRecordModal

    state = Store(synced).read()
    made = next(c.key for c in state.customers.values() if c.tripletex_id == 1)
    imp = write_import(tmp_path / "old.json", [{"key": "c-old", "name": "Fjordkraft Strøm"}])
    from core.cli.main import main

    assert main(["import", str(imp)]) == 0
    app = ScreenApp(BrowseScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        await pilot.press(*"fjordkraft", "enter")  # search, then the list
        table = screen.query_one("#browse-table", DataTable)
        while table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value != made:
            await pilot.press("down")
        await pilot.press("m")
        assert isinstance(app.screen, PickRecordModal)
        app.screen.query_one("#pick-input", Input).value = ""
        await pilot.press(*"strøm", "enter")
        assert isinstance(app.screen, ConfirmMergeModal)
        shown = screen_text(app)
        assert f"Merge {made} into c-old?" in shown
        assert "Fjordkraft AS" in shown and "Fjordkraft Strøm" in shown
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(screen.query_one("#browse-status", Static).render())
        assert f"Merged {made} “Fjordkraft AS” into c-old “Fjordkraft Strøm”" in status
        merged = Store(synced).read()
        assert merged.customers["c-old"].tripletex_id == 1
        assert merged.customers[made].merged_into == "c-old" and merged.customers[made].archived
        assert merged.projects[next(p.key for p in merged.projects.values()
                                    if p.tripletex_id == 101)].customer_key == "c-old"
        await pilot.press("u")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Undone: the merge" in str(screen.query_one("#browse-status", Static).render())
    back = Store(synced).read()
    assert back.customers[made].tripletex_id == 1 and back.customers["c-old"].tripletex_id is None


async def test_a_merge_in_the_app_makes_the_screens_that_read_the_registry_anew(
        synced: ProfilePaths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Browse tells the app (a message, not a call into it) that the registry changed: History,
    built before the merge, is made anew and shows it; Home's figures are read again."""
    from tests.helpers import write_import
    from tui.app import RabbitApp
    from tui.widgets.merge_dialogs import ConfirmMergeModal, PickRecordModal

    imp = write_import(tmp_path / "old.json", [{"key": "c-old", "name": "Fjordkraft Strøm"}])
    from core.cli.main import main

    assert main(["import", str(imp)]) == 0
    app = RabbitApp(synced, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("h", "b"):  # History is built (reading the store) before the merge
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        summary = app.store_summary
        assert summary is not None and "history" in app._modes
        await pilot.press(*"fjordkraft", "enter")
        table = app.screen.query_one("#browse-table", DataTable)
        while "Fjordkraft AS" not in str(table.get_row_at(table.cursor_row)):
            await pilot.press("down")
        await pilot.press("m")
        assert isinstance(app.screen, PickRecordModal)
        app.screen.query_one("#pick-input", Input).value = ""
        await pilot.press(*"strøm", "enter")
        assert isinstance(app.screen, ConfirmMergeModal)
        await pilot.press("enter")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert "history" not in app._modes  # made anew when next shown
        assert app.store_summary is not summary  # read again
        await pilot.press("escape", "escape")  # the search text, then home
        await pilot.pause()
        assert app.current_mode == "home"
