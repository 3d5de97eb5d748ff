"""Words, not ids (issue 14): History, Browse, Review, the Sync log and `rabbitsync sync` name
each record (with its number, which tells twins apart), spell link methods out ("linked by org
number"), label their totals and count in the right plural. Driven on a real store that a real
sync against the sandbox wrote, through the CLI and through Pilot at 80x24."""

from __future__ import annotations

import asyncio
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from core.config import load_config
from core.models import LinkMethod, LocalCustomer
from core.paths import ProfilePaths, profile_paths
from core.sandbox import Sandbox
from core.store.state import RunRecord, StoreState
from core.store.store import Store
from core.sync.run import SyncOptions, run_sync
from core.words import METHOD_WORDS, method_words, plural
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
    until,
    write_import,
)
from tui.review.panel import ReviewPanel
from tui.review.screen import ReviewScreen
from tui.screens.browse import BrowseScreen
from tui.screens.history import HistoryScreen
from tui.screens.sync import report_lines

ORG_FJORD = org("98765432")


def dataset() -> dict:
    # ids far from the numbers, so that an id shown where a name belongs is caught
    return {
        "customers": [
            customer(1000001, "Fjordkraft AS", 1001, ORG_FJORD),  # org number ↔ c-17
            customer(1000002, "Nordic Consulting AS", 1003),  # number ↔ c-18
            customer(1000003, "Tromsø Taktekking ANS", 1007),  # exact name ↔ c-19
            customer(1000004, "Hansen Bygg AS", 1004),  # nothing local: created
            customer(1000005, "Bergen Rørleggerservice AS", 1002),  # resembles c-20: review
        ],
        "projects": [project(2000001, "Nettside", "2024-01", 1000001)],
    }


LOCAL = [
    {"key": "c-17", "name": "Fjordkraft", "organization_number": ORG_FJORD},
    {"key": "c-18", "name": "Nordic Consulting", "number": "1003"},
    {"key": "c-19", "name": "Tromsø Taktekking ANS"},
    {"key": "c-20", "name": "Bergen Rorlegger Service"},
]


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(data=dataset(), port=0) as s:
        yield s


@pytest.fixture
def imported(sb: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> ProfilePaths:
    """The time tracker's own customers imported; no sync yet."""
    configure(sb)
    assert run_cli(capsys, "import", str(write_import(tmp_path / "local.json", LOCAL)))[0] == 0
    return profile_paths("default")


@pytest.fixture
def synced(imported: ProfilePaths, capsys: pytest.CaptureFixture[str]) -> ProfilePaths:
    run_json(capsys, "sync", "--yes", "--json")
    return imported



# ---- the words themselves ---------------------------------------------------------------------
def test_plurals_count_right() -> None:
    assert plural(1, "run") == "1 run"
    assert plural(2, "run") == "2 runs"
    assert plural(0, "entry") == "0 entries"
    assert plural(1, "entry") == "1 entry"
    assert plural(1, "new entry") == "1 new entry"
    assert plural(3, "new entry") == "3 new entries"
    assert plural(12_345, "Tripletex project") == "12,345 Tripletex projects"
    assert plural(2, "company") == "2 companies" and plural(2, "key") == "2 keys"


def test_every_link_method_has_words() -> None:
    """Every method the store and `sync --json` keep (core.models.LinkMethod) reads as words,
    in one place; none shows its code."""
    methods = typing.get_args(LinkMethod)
    assert set(methods) == set(METHOD_WORDS)
    for m in methods:
        words = method_words(m)
        assert "_" not in words and words != m and words.startswith(("linked ", "created "))
    assert method_words("org_number") == "linked by org number"
    assert method_words("exact_name") == "linked by exact name"
    assert method_words("manual") == "linked by you"
    assert method_words(None) == "linked before"


# ---- the CLI ----------------------------------------------------------------------------------
def test_dry_run_text_names_each_record_and_how_it_would_link(
        imported: ProfilePaths, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "sync", "--dry-run")
    assert code == 0, err
    lines = out.splitlines()
    for line in (
        "would link customer Fjordkraft AS (1001) to local Fjordkraft (c-17), by org number",
        "would link customer Nordic Consulting AS (1003) to local Nordic Consulting (c-18), "
        "by number",
        "would link customer Tromsø Taktekking ANS (1007), by exact name",
        "would create customer Hansen Bygg AS (1004)",
        "would create project Nettside (2024-01)",
    ):
        assert f"    {line}" in lines, out
    assert "  1 entry needs review: run `rabbitsync review`" in lines
    assert "1000001" not in out and "(created)" not in out and "->" not in out
    assert all(len(line) <= 100 for line in lines)


# ---- History ----------------------------------------------------------------------------------
async def test_history_names_records_spells_methods_out_and_counts_runs(
        synced: ProfilePaths, sb: Sandbox, cli_env: dict[str, str]) -> None:
    app = ScreenApp(HistoryScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#history-table", DataTable)
        await until(pilot, lambda: table.row_count == 1, "the history shows the first sync")
        status = str(app.screen.query_one("#history-status", Static).render())
        assert status.startswith("1 run, newest first")
        detail = str(app.screen.query_one("#history-run", Static).render())
        lines = detail.splitlines()
        requests = Store(synced).read().runs[-1].summary["requests"]
        assert lines[1] == ("1 customer created, 3 linked · 1 project created · "
                            f"1 entry to review · {requests} requests to Tripletex")
        for line in (
            "linked customer Fjordkraft AS (1001) to local Fjordkraft (c-17), by org number",
            "updated customer Fjordkraft AS (1001): name, number",
            "linked customer Nordic Consulting AS (1003) to local Nordic Consulting (c-18), "
            "by number",
            "linked customer Tromsø Taktekking ANS (1007), by exact name",
            "created customer Hansen Bygg AS (1004)",
            "created project Nettside (2024-01)",
        ):
            assert line in lines, detail
        review = next(line for line in lines if line.startswith("sent "))
        assert review.startswith("sent customer Bergen Rørleggerservice AS (1002) to review: ")
        assert review.endswith(f"({Store(synced).read().pending_reviews()[0].item})")
        assert "1000001" not in detail and " tx " not in detail
        # the run's totals in the list: labelled, the review count not cut
        assert str(table.get_row_at(0)[3]) == "2 created, 3 linked, 1 to review"
        assert "1 to review" in screen_text(app)
    sb.admin.update_customer(1000004, name="Hansen Bygg og Anlegg AS")
    done = await asyncio.to_thread(subprocess_cli, cli_env, "sync", "--json")
    assert done.returncode == 0, done.stderr
    app = ScreenApp(HistoryScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#history-table", DataTable)
        await until(pilot, lambda: table.row_count == 2, "the history shows both runs")
        assert str(app.screen.query_one("#history-status", Static).render()).startswith(
            "2 runs, newest first")
        assert str(table.get_row_at(0)[3]) == "1 updated, 1 to review"
        lines = str(app.screen.query_one("#history-run", Static).render()).splitlines()
        assert "updated customer Hansen Bygg og Anlegg AS (1004): name" in lines


async def test_history_names_the_records_of_a_run_that_kept_only_ids(tmp_path: Path) -> None:
    """Runs kept before outcomes carried names: the names come from the registry (the local
    record by key, else Tripletex's record), and the ids stand when the record is gone."""
    paths = profile_paths("default")
    state = StoreState()
    state.customers["c-1"] = LocalCustomer("c-1", "Nilsen Bygg AS", "10051", tripletex_id=7,
                                           local_only=False, link_method="org_number")
    state.tx_customers[8] = {"id": 8, "version": 1, "name": "Lia Borettslag", "number": "10052"}
    state.runs.append(RunRecord(
        run_id="old-run", started_at="2026-01-05T10:00:00+00:00",
        finished_at="2026-01-05T10:00:01+00:00", ok=True, dry_run=False, first_sync=False,
        full=False, summary={"customers": {"updated": 1, "archived": 1, "linked": 1},
                             "projects": {}, "review_pending": 0},
        items=[
            {"kind": "customer", "action": "updated", "tripletex_id": 7, "local_key": "c-1",
             "fields": ["name", "number", "organization_number"]},
            {"kind": "customer", "action": "linked", "tripletex_id": 8, "local_key": "c-9",
             "method": "exact_name"},
            {"kind": "customer", "action": "archived", "tripletex_id": 99, "local_key": "c-5",
             "reason": "gone from Tripletex"},
        ]))
    Store(paths).write(state)
    app = ScreenApp(HistoryScreen(paths))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#history-table", DataTable)
        await until(pilot, lambda: table.row_count == 1, "the history shows the run")
        lines = str(app.screen.query_one("#history-run", Static).render()).splitlines()
        assert lines[1] == "1 customer linked, 1 updated, 1 archived · no projects changed"
        assert "updated customer Nilsen Bygg AS (10051): name, number, org number" in lines
        assert "linked customer Lia Borettslag (10052), by exact name" in lines
        assert "archived customer with Tripletex id 99 (c-5): gone from Tripletex" in lines


# ---- Browse -----------------------------------------------------------------------------------
async def test_browse_spells_out_how_each_record_is_linked(synced: ProfilePaths) -> None:
    app = ScreenApp(BrowseScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#browse-table", DataTable)
        await until(pilot, lambda: table.row_count == 5, "Browse shows the customers")
        state = {str(table.get_row_at(r)[2]): str(table.get_row_at(r)[5])
                 for r in range(table.row_count)}
        assert state == {
            "Fjordkraft AS": "linked by org number",
            "Nordic Consulting AS": "linked by number",
            "Tromsø Taktekking ANS": "linked by exact name",
            "Hansen Bygg AS": "created by the sync",
            "Bergen Rorlegger Service": "local only",  # (its counterpart waits in review)
        }
        shown = screen_text(app)
        for words in ("linked by org number", "linked by number", "linked by exact name"):
            assert words in shown  # (whole: the column is wide enough at 80)


# ---- Review -----------------------------------------------------------------------------------
async def test_review_panel_heads_with_the_name_and_number_not_ids(synced: ProfilePaths) -> None:
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        panel = app.screen.query_one(ReviewPanel)
        await until(pilot, lambda: panel.item is not None, "the panel shows the entry")
        head = screen_text(app)
        assert "Tripletex customer Bergen Rørleggerservice AS (1002) · " in head
        assert "1000005" not in head


# ---- the Sync screen's log --------------------------------------------------------------------
async def test_sync_log_names_each_link_and_its_method(imported: ProfilePaths) -> None:
    report = await run_sync(imported, load_config(imported), SyncOptions(dry_run=True))
    lines = report_lines(report)
    assert lines[0] == ("customers (would be): 1 linked by org number, 1 linked by number, "
                        "1 linked by exact name, 1 created")
    assert ("  would link customer Fjordkraft AS (1001) to local Fjordkraft (c-17), "
            "by org number") in lines
    assert "  would link customer Tromsø Taktekking ANS (1007), by exact name" in lines
    # a link, then what Tripletex's values would overwrite in it
    at = lines.index("  would link customer Fjordkraft AS (1001) to local Fjordkraft (c-17), "
                     "by org number")
    assert lines[at + 1] == "  would update customer Fjordkraft AS (1001): name, number"
    assert any(line.startswith("  would send customer Bergen Rørleggerservice AS (1002) to "
                               "review: ") for line in lines)
    assert "1 entry waits for review: press r" in lines
    assert not any("1000001" in line or "→" in line for line in lines)


def test_review_text_names_the_entry_not_its_tripletex_id(
        synced: ProfilePaths, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "review")
    assert code == 0, err
    lines = out.splitlines()
    item = run_json(capsys, "review", "--json")["items"][0]["item"]
    assert lines[0] == "1 entry to review:"
    assert lines[1] == f"{item:>7}  Tripletex customer Bergen Rørleggerservice AS  (no. 1002)"
    assert "1000005" not in out


def test_review_resolve_says_what_it_did_with_both_names(
        synced: ProfilePaths, capsys: pytest.CaptureFixture[str]) -> None:
    item = run_json(capsys, "review", "--json")["items"][0]["item"]
    code, out, err = run_cli(capsys, "review", "resolve", item, "link", "c-20")
    assert code == 0, err
    assert out.strip() == (f"{item}: Linked Tripletex customer “Bergen Rørleggerservice AS” "
                           "(no. 1002) to c-20 “Bergen Rorlegger Service” (now “Bergen "
                           "Rørleggerservice AS”).")


async def test_history_overwrites_name_the_record_and_wrap_long_values(
        synced: ProfilePaths) -> None:
    app = ScreenApp(HistoryScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#history-table", DataTable)
        await until(pilot, lambda: table.row_count == 1, "the history shows the first sync")
        await pilot.press("right_square_bracket")
        await pilot.pause()
        ow = app.screen.query_one("#history-overwrites", DataTable)
        rows = [[str(c) for c in ow.get_row_at(r)][1:] for r in range(ow.row_count)]
        assert ["Nordic Consulting AS", "name", "Nordic Consulting → Nordic Consulting AS"] in rows
        assert ["Tromsø Taktekking ANS", "number", "∅ → 1007"] in rows
        lines = screen_text(app).splitlines()  # (wrapped in their columns, not cut)
        at = next(i for i, line in enumerate(lines) if "Nordic Consulting → Nordic" in line)
        assert lines[at].split()[2:4] == ["Nordic", "name"]
        assert lines[at + 1].split() == ["Consulting", "AS", "Consulting", "AS"]
        assert "4 overwritten local values, newest first" in lines[-2]


async def test_history_says_archived_and_active_again_in_words(
        synced: ProfilePaths, sb: Sandbox, cli_env: dict[str, str]) -> None:
    for inactive in (True, False):
        sb.admin.update_customer(1000004, isInactive=inactive)
        done = await asyncio.to_thread(subprocess_cli, cli_env, "sync", "--json")
        assert done.returncode == 0, done.stderr
    app = ScreenApp(HistoryScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#history-table", DataTable)
        await until(pilot, lambda: table.row_count == 3, "the history shows three runs")
        lines = str(app.screen.query_one("#history-run", Static).render()).splitlines()
        assert "updated customer Hansen Bygg AS (1004): active again" in lines
        await pilot.press("down")
        lines = str(app.screen.query_one("#history-run", Static).render()).splitlines()
        assert "archived customer Hansen Bygg AS (1004)" in lines
