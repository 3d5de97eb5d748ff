"""The fault matrix: full and incremental syncs with each sandbox fault switched on at several
points of a run. Each run either completes with the same registry as a run without faults, or
fails with one clear error and leaves the store exactly as it was.

The engine runs in-process with a client whose timeout is short and whose waits are recorded
instead of slept (so "slow beyond the timeout" and backoff take milliseconds, not minutes);
everything else is real: the sandbox over loopback and the store files.
"""

from __future__ import annotations

import threading

import pytest

from core.config import load_config
from core.errors import RabbitError
from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from core.sync.run import SyncOptions, run_sync
from core.tripletex.client import TripletexClient
from tests.helpers import configure, run_json

TRANSIENT = ["429", "429-noreset", "500", "502", "503", "drop", "malformed", "truncated",
             "expire", "slow"]
POINTS = [0, 1, 3]  # the fault hits the 1st, 2nd or 4th matching request of the run
PATHS = ["/customer", "/project"]


class NoSleep:
    async def __call__(self, _s: float) -> None:
        return None


def fast_client(sb: Sandbox, max_retries: int = 5) -> TripletexClient:
    return TripletexClient(sb.base_url, sb.consumer_token, sb.employee_token, timeout=0.5,
                           max_retries=max_retries, sleep=NoSleep())


async def sync(profile: str, sb: Sandbox, *, full: bool = False, retries: int = 5) -> dict:
    paths = profile_paths(profile)
    async with fast_client(sb, retries) as tx:
        report = await run_sync(paths, load_config(paths), SyncOptions(full=full, confirm=True),
                                client=tx)
    return report.to_json()


def registry(capsys, profile: str) -> dict:
    return run_json(capsys, "--profile", profile, "export")


@pytest.fixture(scope="module")
def world():
    """A sandbox with enough records for several pages of each listing, and the registry a
    sync without faults makes from it (filled in by the first test that needs it)."""
    with Sandbox(seed=21, customers=2100, projects=2100, port=0) as sb:
        sb.clean_registry = None  # type: ignore[attr-defined]
        yield sb


async def clean_registry(world: Sandbox, capsys) -> dict:
    if world.clean_registry is None:  # type: ignore[attr-defined]
        world.admin.clear_faults()
        configure(world, "clean")
        await sync("clean", world)
        world.clean_registry = registry(capsys, "clean")  # type: ignore[attr-defined]
    return world.clean_registry  # type: ignore[attr-defined]


def spec(kind: str, path: str, after: int, times: int = 1) -> str:
    extra = ":seconds=1.0" if kind == "slow" else ""
    return f"{kind}@{path}:after={after}:times={times}{extra}"


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("after", POINTS)
@pytest.mark.parametrize("kind", TRANSIENT)
async def test_full_sync_with_a_transient_fault_ends_like_a_clean_one(world, capsys, kind,
                                                                      after, path):
    want = await clean_registry(world, capsys)
    configure(world, "faulty")
    world.admin.set_faults(spec(kind, path, after))
    try:
        got = await sync("faulty", world)
    finally:
        world.admin.clear_faults()
    assert got["customers"]["created"] == len(want["customers"])
    assert registry(capsys, "faulty") == want


@pytest.mark.parametrize("kind", ["500", "503", "429", "drop", "malformed", "slow"])
@pytest.mark.parametrize("path", PATHS)
async def test_incremental_sync_with_a_persistent_fault_fails_cleanly_then_recovers(
    capsys, kind, path
):
    with Sandbox(seed=22, customers=300, projects=600, port=0) as sb:
        configure(sb, "inc")
        await sync("inc", sb)
        store_file = profile_paths("inc").store_file
        snap = sb.admin.snapshot()
        sb.admin.update_customer(snap["customers"][0]["id"], name="Endret Kunde AS")
        sb.admin.update_project(snap["projects"][0]["id"], name="Endret prosjekt")
        before = registry(capsys, "inc")
        sb.admin.set_faults(spec(kind, path, 0, times=0))
        with pytest.raises(RabbitError) as ei:
            await sync("inc", sb, retries=2)
        text = ei.value.one_line()
        assert "Fix:" in text and "\n" not in text and sb.employee_token not in text
        assert registry(capsys, "inc") == before  # nothing half-applied
        runs = Store(profile_paths("inc")).read().runs
        assert runs[-1].ok is False and runs[-1].error == text
        sb.admin.clear_faults()
        await sync("inc", sb)
        after = registry(capsys, "inc")
        assert any(c["name"] == "Endret Kunde AS" for c in after["customers"])
        assert any(p["name"] == "Endret prosjekt" for p in after["projects"])
        assert store_file.exists()


async def test_records_that_change_between_two_pages_are_never_lost(capsys):
    """A delete while the listing pages shifts later pages back by one; the engine must not
    archive the live record that slipped past, and the next run converges."""
    with Sandbox(seed=23, customers=2500, projects=300, port=0) as sb:
        configure(sb, "pages")
        await sync("pages", sb)
        active = [c for c in sb.admin.snapshot()["customers"] if not c.get("isInactive")]
        victim, renamed = active[10]["id"], active[20]["id"]
        # page 2 of the active customers is slow; meanwhile a record on page 1 goes away
        sb.admin.set_faults("slow@/customer?isInactive=false:after=1:times=1:seconds=0.6")

        def edit() -> None:
            sb.admin.delete_customer(victim)
            sb.admin.update_customer(renamed, name="Omdøpt Underveis AS")

        timer = threading.Timer(0.3, edit)
        timer.start()
        try:
            await sync("pages", sb, full=True)
        finally:
            timer.join()
            sb.admin.clear_faults()
        live = {c["id"] for c in sb.admin.snapshot()["customers"]}
        reg = {c["tripletex_id"]: c for c in registry(capsys, "pages")["customers"]}
        wrongly_archived = [i for i in live if reg[i]["archived"] and i in {
            c["id"] for c in sb.admin.snapshot()["customers"] if not c.get("isInactive")}]
        assert wrongly_archived == []
        # the record that slipped past the shifted page was looked up by id, not archived
        looked_up = [r for r in sb.admin.requests() if r["path"].endswith(f"/customer/{active[1000]['id']}")]
        assert looked_up and not reg[active[1000]["id"]]["archived"]
        await sync("pages", sb, full=True)
        reg = {c["tripletex_id"]: c for c in registry(capsys, "pages")["customers"]}
        assert reg[renamed]["name"] == "Omdøpt Underveis AS"
        assert reg[victim]["archived"] is True  # the deleted one: archived, never deleted


async def test_a_customer_deactivated_while_a_first_sync_pages_shifts_nothing_out(capsys):
    """The first sync lists the active customers page by page; one on page 1 is deactivated
    before page 2 is made, so every later customer moves one place up and the first of page 2
    would be skipped. The listing sees that it changed while it paged (its digest) and looks
    again at what moved: nothing stays missing until a complete pass."""
    with Sandbox(seed=24, customers=2500, projects=600, port=0) as sb:
        configure(sb, "shift")
        active = [c for c in sb.admin.snapshot()["customers"] if not c.get("isInactive")]
        moved, deactivated = active[1000]["id"], active[10]["id"]
        sb.admin.set_faults("slow@/customer?isInactive=false:after=1:times=1:seconds=1.0")

        def edit_after_page_1() -> None:
            for _ in range(2000):
                if any(r["query"].get("isInactive") == "false" and r["query"].get("from") == "0"
                       and r["path"].endswith("/customer") for r in sb.admin.requests()):
                    sb.admin.update_customer(deactivated, isInactive=True)
                    return
                threading.Event().wait(0.005)

        editor = threading.Thread(target=edit_after_page_1)
        editor.start()
        try:
            report = await sync("shift", sb)
        finally:
            editor.join()
            sb.admin.clear_faults()
        assert report["first_sync"] is True
        reg = {c["tripletex_id"]: c for c in registry(capsys, "shift")["customers"]}
        live_active = {c["id"] for c in sb.admin.snapshot()["customers"] if not c.get("isInactive")}
        assert moved in reg and not reg[moved]["archived"]
        assert live_active - reg.keys() == set()
        theirs = {p["id"] for p in sb.admin.snapshot()["projects"]
                  if (p.get("customer") or {}).get("id") == moved}
        synced = {p["tripletex_id"] for p in registry(capsys, "shift")["projects"]}
        assert theirs <= synced  # its projects came with it
