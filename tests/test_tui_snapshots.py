"""SVG snapshots of the main screens at 80x24: Setup (and with a bad value), the connection
test's result (and a revoked key's), a finished first sync, Review (with twins), Browse, History
after it, a record's detail, a run's detail and help. Stable by construction: seeded sandbox data on a fixed loopback port, a fixed clock,
no durations or rates (`timing=False`), no cursor blink."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import RichLog

from core.paths import profile_paths
from core.sandbox import Sandbox
from tests.helpers import configure, sandbox_at
from tui.app import RabbitApp

# fixed, so the base URL on screen is the same on every run; under 32768, out of Linux's range
# of ephemeral ports, so that no other test's sandbox (port 0) or connection can hold it
PORT = 31651
# every test that uses fixed_sandbox (this file's, and the bokmål ones that import it) runs on
# one xdist worker, one after another: they share the port. Such a file sets
# `pytestmark = ON_THE_PORT` too; a module's pytestmark is not inherited by importing.
ON_THE_PORT = pytest.mark.xdist_group(f"port-{PORT}")
pytestmark = ON_THE_PORT
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def fixed_sandbox() -> Iterator[Sandbox]:
    with sandbox_at(PORT) as sb:
        yield sb


def stable_app() -> RabbitApp:
    return RabbitApp(profile_paths(), clock=lambda: NOON, timing=False, cursor_blink=False)


async def settle(pilot: Pilot[Any]) -> None:
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_setup_screen(fixed_sandbox, snap_compare):
    configure(fixed_sandbox)

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)


def test_setup_screen_with_a_bad_value(snap_compare):
    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("right", "right", "enter", *"ftp://example.com/v2")
        await pilot.press("tab", "tab", "tab", "tab", "backspace", "backspace", "0")
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)


def test_connection_test_result(fixed_sandbox, snap_compare):
    configure(fixed_sandbox)

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)


def test_first_sync_finished(fixed_sandbox, snap_compare):
    configure(fixed_sandbox)

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        pilot.app.screen.query_one(RichLog).scroll_end(animate=False, immediate=True)
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)


@pytest.fixture
def synced_with_reviews(fixed_sandbox, capsys, tmp_path, monkeypatch):
    """The fixed sandbox, a time-tracker registry with near-miss names imported, and the first
    sync done (at the fixed clock): review items, links, creates and skipped projects."""
    import json
    import uuid

    from core.sync import run as engine
    from tests.helpers import run_cli, run_json
    from tui.demo import demo_registry

    monkeypatch.setattr(engine, "_now", lambda: NOON)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=7))  # the run id shown in History
    configure(fixed_sandbox)
    source = tmp_path / "registry.json"
    source.write_text(json.dumps(demo_registry(fixed_sandbox.admin.snapshot(), 7)), encoding="utf-8")
    assert run_cli(capsys, "import", str(source))[0] == 0
    assert run_json(capsys, "sync", "--yes", "--json")["review_pending"] > 0
    return fixed_sandbox


@pytest.mark.parametrize("key", ["r", "b", "h"], ids=["review", "browse", "history"])
def test_review_browse_and_history_after_a_first_sync(synced_with_reviews, snap_compare, key):
    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)


def test_connection_test_with_a_revoked_key(fixed_sandbox, snap_compare, monkeypatch):
    configure(fixed_sandbox)
    fixed_sandbox.admin.set_token(revoked=True)
    import uuid

    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=7))  # the requestId on screen

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)


@pytest.mark.parametrize("keys", [("b", "enter"), ("h", "enter"), ("r", "question_mark")],
                         ids=["browse-record", "history-run", "review-help"])
def test_details_and_help_after_a_first_sync(synced_with_reviews, snap_compare, keys):
    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)


def test_home_with_several_profiles(capsys, monkeypatch, tmp_path, snap_compare):
    """An accounting office: its key's profile and three clients' (one with entries to review),
    synced at the fixed clock; Home lists them all, the profile shown marked."""
    import json

    from core.sync import run as engine
    from tests.helpers import run_cli, run_json
    from tui.demo import demo_registry

    monkeypatch.setattr(engine, "_now", lambda: NOON)
    with Sandbox(seed=5, customers=12, projects=20, port=PORT, companies=3) as sb:
        configure(sb)
        assert run_cli(capsys, "companies", "--add-all")[0] == 0
        profiles = {r["id"]: r["profile"] for r in run_json(capsys, "companies", "--json")[
            "companies"]}
        first, second = sorted(profiles)[:2]
        source = tmp_path / "registry.json"
        source.write_text(json.dumps(demo_registry(sb.admin_for(second).snapshot(), 5)),
                          encoding="utf-8")
        assert run_cli(capsys, "--profile", profiles[second], "import", str(source))[0] == 0
        assert run_cli(capsys, "sync", "--all", "--yes", "--json")[0] == 0

        async def go(pilot: Pilot[Any]) -> None:
            await settle(pilot)

        app = RabbitApp(profile_paths(profiles[first]), clock=lambda: NOON, timing=False,
                        cursor_blink=False)
        assert snap_compare(app, run_before=go)
