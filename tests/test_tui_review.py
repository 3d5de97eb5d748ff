"""The review screen, driven by keys at 80x24 on a real store filled by a real sync against the
sandbox: link, create, ignore (remembered through a full sync), later, undo, filters, search and
link, accept-all with the exact count, restart, a store locked by a sync, names shown literally."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable, Input, Static

from core.paths import ProfilePaths, profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from core.sync.review import accept_plan
from core.sync.writer import WriterStatus
from tests.helpers import (
    ScreenApp,
    configure,
    customer,
    org,
    project,
    run_cli,
    run_json,
    screen_text,
    subprocess_cli,
    write_import,
)
from tui.review.dialogs import AcceptAllModal, ConfirmLinkModal, SearchModal
from tui.review.screen import ReviewScreen
from tui.review.table import StatusLine

ORG_BERGEN = org("91234567")


def dataset() -> dict:
    return {
        "customers": [
            customer(1, "Fjordkraft AS", 1001, org("98765432")),
            customer(2, "Bergen Rørleggerservice AS", 1002, ORG_BERGEN),
            customer(3, "Nordic Consulting AS", 1003),
            customer(4, "Hansen Bygg AS", 1004, org("92000000")),
            customer(5, "Hansen Bygg AS", 1005, org("93000000")),
            customer(6, "Markup [bold]Fet[/bold] AS", 1006),
        ],
        "projects": [
            project(101, "Nettside", "2024-01", 1),
            project(105, "Rørfornying", "2024-02", 1),
        ],
    }


LOCAL = {
    "customers": [
        {"key": "c-17", "name": "Fjordkraft", "organization_number": org("98765432")},
        {"key": "c-18", "name": "Bergen Rorlegger Service", "number": "77"},
        {"key": "c-19", "name": "Nordic Konsulting AS"},
        {"key": "c-20", "name": "Hansen Bygg AS"},
        {"key": "c-21", "name": "Markup Bold Fet Bolder AS"},
        {"key": "c-30", "name": "Gamle Rørleggeren (arkiv)", "number": "9"},
    ],
    "projects": [
        {"key": "p-1", "name": "Nettsider", "customer_key": "c-17"},
        {"key": "p-2", "name": "Rorfornyingen", "customer_key": "c-17"},
    ],
}


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(data=dataset(), port=0) as s:
        yield s


@pytest.fixture
def synced(sb: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> ProfilePaths:
    """A profile after an import and a real first sync: review items waiting."""
    configure(sb)
    imp = write_import(tmp_path / "local.json", LOCAL["customers"], LOCAL["projects"])
    assert run_cli(capsys, "import", str(imp))[0] == 0
    run_json(capsys, "sync", "--yes", "--json")
    assert run_json(capsys, "review", "--json")["items"], "the data set must leave review items"
    return profile_paths("default")



def pending(paths: ProfilePaths) -> dict[str, str]:
    """item -> name of the items still pending in the store."""
    return {r.item: r.name for r in Store(paths).read().pending_reviews()}


def item_named(paths: ProfilePaths, name: str, nth: int = 0) -> str:
    return [i for i, n in pending(paths).items() if n == name][nth]


async def ready(app: App[None], pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def go_to(pilot, screen: ReviewScreen, item: str) -> None:  # type: ignore[no-untyped-def]
    """Move the cursor with j/k until `item` is highlighted, as a user would."""
    target = screen.view.index(item)
    table = screen.query_one("#review-table", DataTable)
    while table.cursor_row != target:
        await pilot.press("j" if table.cursor_row < target else "k")
    assert screen._current() is not None and screen._current().item == item  # type: ignore[union-attr]


async def flushed(screen: ReviewScreen) -> None:
    assert await asyncio.to_thread(screen.writer.flush, 20)


def status(screen: ReviewScreen) -> str:
    return screen.query_one("#review-status", StatusLine).text.plain


async def test_link_the_highlighted_candidate(synced: ProfilePaths) -> None:
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        assert bergen in screen.row_keys()
        await go_to(pilot, screen, bergen)
        await pilot.press("l")
        assert bergen not in screen.row_keys()
        await flushed(screen)
    state = Store(synced).read()
    assert state.customers["c-18"].tripletex_id == 2
    assert state.customers["c-18"].link_method == "manual"
    assert bergen not in pending(synced)


async def test_create_ignore_later_restart_and_full_sync(synced: ProfilePaths, cli_env: dict[str, str]) -> None:
    h1 = item_named(synced, "Hansen Bygg AS", 0)
    h2 = item_named(synced, "Hansen Bygg AS", 1)
    nordic = item_named(synced, "Nordic Consulting AS")
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await go_to(pilot, screen, h1)
        await pilot.press("c")
        await go_to(pilot, screen, h2)
        await pilot.press("i")
        await go_to(pilot, screen, nordic)
        await pilot.press("x")
        assert nordic in screen.row_keys() and {h1, h2}.isdisjoint(screen.row_keys())
        assert "(later)" in str(screen.query_one(DataTable).get_cell(nordic, "name"))
        await flushed(screen)
    # restart: a new app continues where the user left off
    app2 = ScreenApp(ReviewScreen(synced))
    async with app2.run_test(size=(80, 24)) as pilot:
        screen = await ready(app2, pilot)
        keys = screen.row_keys()
        assert nordic in keys and h1 not in keys and h2 not in keys
    state = Store(synced).read()
    assert [c for c in state.customers.values() if c.tripletex_id == 4][0].link_method == "created"
    assert ("customer", 5) in state.ignored
    # the ignored record stays ignored through a complete sync
    done = await asyncio.to_thread(subprocess_cli, cli_env, "sync", "--full", "--json")
    assert done.returncode == 0, done.stderr
    after = Store(synced).read()
    assert not [c for c in after.customers.values() if c.tripletex_id == 5]
    assert all(r.tripletex_id != 5 for r in after.pending_reviews())
    assert nordic in pending(synced)


async def test_undo_reverses_the_last_decision(synced: ProfilePaths) -> None:
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await go_to(pilot, screen, bergen)
        await pilot.press("l")
        await flushed(screen)
        assert Store(synced).read().customers["c-18"].tripletex_id == 2
        await pilot.press("u")
        assert bergen in screen.row_keys()
        assert screen._current().item == bergen  # type: ignore[union-attr]
        await flushed(screen)
    state = Store(synced).read()
    assert state.customers["c-18"].tripletex_id is None
    assert state.customers["c-18"].name == "Bergen Rorlegger Service"
    assert bergen in pending(synced)


async def test_filter_by_text_and_kind(synced: ProfilePaths) -> None:
    state = Store(synced).read()
    projects = {r.item for r in state.pending_reviews() if r.kind == "project"}
    customers = {r.item for r in state.pending_reviews() if r.kind == "customer"}
    assert projects and customers
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"hansen")
        assert screen.query_one("#review-filter", Input).has_focus
        assert len(screen.row_keys()) == 2
        await pilot.press("enter")  # back to the list
        assert screen.query_one("#review-table", DataTable).has_focus
        await pilot.press("slash", *["backspace"] * 6, "escape")  # one Esc: back to the list
        assert screen.query_one("#review-table", DataTable).has_focus
        assert set(screen.row_keys()) == projects | customers
        await pilot.press("right_square_bracket")  # customers only
        assert set(screen.row_keys()) == customers
        await pilot.press("right_square_bracket")  # projects only
        assert set(screen.row_keys()) == projects
        kinds = screen.query_one("#review-kind", Static).render()  # the one shown is reversed
        assert [kinds.plain[s.start:s.end] for s in kinds.spans  # type: ignore[union-attr]
                if getattr(s.style, "reverse", False)] == ["projects"]
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert set(screen.row_keys()) == projects | customers


async def test_search_and_link_to_another_record(synced: ProfilePaths) -> None:
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await go_to(pilot, screen, bergen)
        await pilot.press("o")  # link to another record
        assert isinstance(app.screen, SearchModal)
        search = app.screen.query_one("#search-input", Input)
        search.value = ""
        await pilot.press(*"gamle ror")
        table = app.screen.query_one("#search-table", DataTable)
        assert table.coordinate_to_cell_key((0, 0)).row_key.value == "c-30"
        await pilot.press("enter")
        # it asks first, showing both records
        assert isinstance(app.screen, ConfirmLinkModal)
        shown = screen_text(app)
        assert "Bergen Rørleggerservice AS" in shown and "Gamle Rørleggeren (arkiv)" in shown
        assert "c-30" in shown and "Link these two?" in shown
        await pilot.press("enter")
        assert app.screen is screen
        assert bergen not in screen.row_keys()
        await flushed(screen)
    state = Store(synced).read()
    assert state.customers["c-30"].tripletex_id == 2 and state.customers["c-30"].link_method == "manual"


def entries(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


async def test_accept_all_asks_with_the_exact_count(synced: ProfilePaths) -> None:
    before = Store(synced).read()
    expected = accept_plan(before, 60).links
    assert expected, "the data set must have suggestions above 60"
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, AcceptAllModal)
        question = dialog.query_one("#accept-question", Static)
        assert str(question.render()) == f"Link {entries(len(accept_plan(before, 90).links))}?"
        await pilot.press("backspace", "backspace", "6", "0")
        assert str(question.render()) == f"Link {entries(len(expected))}?"
        await pilot.press("enter")
        assert app.screen is screen
        assert {i.item for i, _k in expected}.isdisjoint(screen.row_keys())
        await flushed(screen)
    state = Store(synced).read()
    for item, key in expected:
        table = state.customers if item.kind == "customer" else state.projects
        assert table[key].tripletex_id == item.tripletex_id and table[key].link_method == "manual"


async def test_names_are_plain_text_and_twins_are_told_apart(synced: ProfilePaths) -> None:
    markup = item_named(synced, "Markup [bold]Fet[/bold] AS")
    h1 = item_named(synced, "Hansen Bygg AS", 0)
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        table = screen.query_one("#review-table", DataTable)
        assert table.get_cell(markup, "name").plain == "Markup [bold]Fet[/bold] AS"
        await go_to(pilot, screen, markup)
        panel_text = app.export_screenshot()
        assert "[bold]Fet[/bold]" in panel_text.replace("&#160;", " ")
        await go_to(pilot, screen, h1)
        twins = [table.get_cell(k, "name").plain for k in screen.row_keys()
                 if table.get_cell(k, "name").plain.startswith("Hansen Bygg AS")]
        assert sorted(twins) == ["Hansen Bygg AS ≡ no. 1004", "Hansen Bygg AS ≡ no. 1005"]


async def test_decisions_wait_out_a_running_sync(synced: ProfilePaths) -> None:
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    app = ScreenApp(ReviewScreen(synced))
    sync_lock = Store(synced)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        locked = threading.Event()
        shown = screen.writer.on_status
        assert shown is not None

        def spy(st: WriterStatus) -> None:
            shown(st)
            if st.state == "locked":
                locked.set()

        screen.writer.on_status = spy
        with sync_lock.lock():  # as a sync holds it
            await go_to(pilot, screen, bergen)
            await pilot.press("l")
            assert bergen not in screen.row_keys()  # the screen did not wait
            assert await asyncio.to_thread(locked.wait, 20)
            await pilot.pause()
            assert "sync running" in status(screen)
            assert Store(synced).read().customers["c-18"].tripletex_id is None
        await flushed(screen)
        await pilot.pause()
        assert "saved" in status(screen)
    assert Store(synced).read().customers["c-18"].tripletex_id == 2


async def test_the_app_opens_review_with_r_and_home_counts_each_decision_at_once(
        synced: ProfilePaths) -> None:
    from tui.app import RabbitApp

    def waiting(n: int) -> str:
        return f"{n} {'entry' if n == 1 else 'entries'} to review"

    app = RabbitApp(synced, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        n = len(pending(synced))
        assert waiting(n) in screen_text(app)
        await pilot.press("r")
        screen = await ready(app, pilot)
        assert screen.row_keys()
        await pilot.press("c", "i")  # two decisions
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)
        assert waiting(n - 2) in screen_text(app)  # Home, without reading the store again
        await flushed(screen)


async def test_a_decision_a_sync_has_acted_on_cannot_be_undone(synced: ProfilePaths,
                                                              cli_env: dict[str, str]) -> None:
    """Link, sync (projects are made under the linked customer), then undo: refused, so the
    next sync archives nothing and the link stands."""
    fjord = Store(synced).read()
    app = ScreenApp(ReviewScreen(synced))
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await go_to(pilot, screen, bergen)
        await pilot.press("l")
        await flushed(screen)
    assert subprocess_cli(cli_env, "sync", "--json").returncode == 0
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("u")
        await pilot.pause()
        await flushed(screen)
        assert bergen not in screen.row_keys()
    done = subprocess_cli(cli_env, "sync", "--json")
    assert done.returncode == 0, done.stderr
    state = Store(synced).read()
    assert state.customers["c-18"].tripletex_id == 2
    assert not any(p.archived for p in state.projects.values() if p.tripletex_id)
    assert len(state.projects) >= len(fjord.projects)


def test_a_batch_sent_twice_is_stored_once(synced: ProfilePaths) -> None:
    """The helper process may die after writing and before answering: the writer then sends
    the batch again, and the store must not apply it twice."""
    from core.sync.writer import Op, store_batch

    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    ops = [Op("resolve", bergen, "later", seq=1), Op("resolve", bergen, "link", "c-18", seq=2)]
    assert store_batch(synced, ops, "writer-a") == []
    assert store_batch(synced, ops, "writer-a") == []  # nothing refused: nothing re-applied
    state = Store(synced).read()
    assert [d["action"] for d in state.decisions if d["item"] == bergen] == ["later", "link"]
    assert state.customers["c-18"].tripletex_id == 2


async def test_accept_all_leaves_twins_lists_what_it_does_and_one_undo_takes_all_back(
        synced: ProfilePaths) -> None:
    before = Store(synced).read()
    plan = accept_plan(before, 0)
    twins = {item.item for item, _why in plan.skipped if item.name == "Hansen Bygg AS"}
    assert len(twins) == 2, "both Hansen Bygg AS entries are twins: never decided in bulk"
    assert len(plan.links) >= 2
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("a", "backspace", "backspace", "0")
        dialog = app.screen
        assert isinstance(dialog, AcceptAllModal)
        shown = str(dialog.query_one("#accept-detail", Static).render())
        for item, key in plan.links:  # every link: Tripletex name -> local key and name
            local = before.customers.get(key) or before.projects[key]
            assert f"{item.name} → {key} {local.name}" in shown
        assert "Hansen Bygg AS: 2 Tripletex customers share this name" in shown
        await pilot.press("enter")
        assert app.screen is screen
        assert twins <= set(screen.row_keys())
        assert f"Linked {len(plan.links)} entries" in status(screen)
        await flushed(screen)
        linked = Store(synced).read()
        assert all((linked.customers.get(k) or linked.projects[k]).tripletex_id == i.tripletex_id
                   for i, k in plan.links)
        await pilot.press("u")  # one undo: the whole batch
        assert {i.item for i, _k in plan.links} <= set(screen.row_keys())
        assert f"Undone: the accept-all, {len(plan.links)} links" in status(screen)
        await flushed(screen)
    after = Store(synced).read()
    assert after.customers == before.customers and after.projects == before.projects
    assert {r.item for r in after.pending_reviews()} == {r.item for r in before.pending_reviews()}


async def test_every_decision_says_what_it_did_naming_both_records(synced: ProfilePaths) -> None:
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await go_to(pilot, screen, bergen)
        await pilot.press("l")
        said = status(screen)
        assert "Linked Tripletex customer “Bergen Rørleggerservice AS” (no. 1002)" in said
        assert "c-18 “Bergen Rorlegger Service”" in said
        await pilot.press("u")
        assert "Undone: the link of Tripletex customer “Bergen Rørleggerservice AS”" in status(screen)
        await go_to(pilot, screen, bergen)
        await pilot.press("c")
        assert "Created c-" in status(screen) and "from Tripletex customer “Bergen" in status(screen)
        await flushed(screen)
