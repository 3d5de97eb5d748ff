"""An accounting office in the app (issue 16, part 2): Setup's company list makes a profile per
client company, Home lists every profile and switches between them with the keyboard, and the
automatic sync runs every profile in turn, one failing stopping no other. Through Pilot at 80x24,
against the real sandbox serving an office's key with three clients, with real store files in
the test's RABBITSYNC_HOME."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from core.config import load_config
from core.paths import profile_names, profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from core.sync.many import run_profiles
from core.sync.office import list_companies, make_profiles
from core.sync.run import SyncOptions
from tests.helpers import SECRET_CONSUMER, SECRET_EMPLOYEE, configure, run_cli, screen_text, until
from tests.test_tui_keys import footer_fits
from tui.app import RabbitApp
from tui.screens.companies import CompanyPickerScreen
from tui.screens.help import HelpScreen

SIZE = (80, 24)


@pytest.fixture
def office() -> Iterator[Sandbox]:
    """An accounting office's key with three client companies, each with its own records."""
    with Sandbox(seed=5, customers=12, projects=20, port=0, companies=3,
                 consumer_token=SECRET_CONSUMER, employee_token=SECRET_EMPLOYEE) as sb:
        yield sb


async def settle(pilot: Pilot[Any]) -> None:
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def app_on(profile: str = "default") -> RabbitApp:
    return RabbitApp(profile_paths(profile), cursor_blink=False)


def status_text(app: RabbitApp) -> str:
    return str(app.screen.query_one("#setup-status", Static).content)


def company_of(profile: str) -> str:
    return load_config(profile_paths(profile), env=False).company_id


def customer_names(profile: str) -> set[str]:
    return {c.name for c in Store(profile_paths(profile)).read().customers.values()}


async def synced_clients(capsys: Any, sb: Sandbox, *,
                         reviews_in: int | None = None) -> dict[int, str]:
    """The office's key in `default`, a profile per client made and synced (as `companies
    --add-all` and `sync --all --yes` do, in this test's event loop); the client `reviews_in`
    first gets a registry of near-misses, so that its sync leaves entries to review. Returns
    company id → profile."""
    from tui.demo import demo_registry

    configure(sb)
    cfg = load_config(profile_paths())
    profiles = {m.company_id: m.profile for m in make_profiles(cfg, await list_companies(cfg))}
    if reviews_in is not None:
        source = profile_paths().config_dir.parent / "near-misses.json"
        source.write_text(json.dumps(demo_registry(sb.admin_for(reviews_in).snapshot(), 5)),
                          encoding="utf-8")
        assert run_cli(capsys, "--profile", profiles[reviews_in], "import", str(source))[0] == 0
    outcomes = await run_profiles(sorted(profiles.values()), SyncOptions(confirm=True))
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    return profiles


# ---- Setup's company list --------------------------------------------------------------------


async def test_setup_company_list_makes_a_profile_for_each_company_chosen(office):
    sb = office
    configure(sb)  # the office's key, in the default profile
    by_name = sorted(sb.companies, key=lambda c: c.name.casefold())  # the list's order
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, CompanyPickerScreen),
                    "the company list is shown")
        text = screen_text(app)
        assert "Client companies of profile default's key: 3 companies, 0 with a profile" in text
        for c in sb.companies:  # each whole: name, org number, id
            assert c.name in text and c.organization_number in text and str(c.id) in text
        assert footer_fits(app)[0], footer_fits(app)[1]
        await pilot.press("question_mark")  # its help lists its keys
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert all(k in screen_text(app) for k in ("space", "Mark", "All", "Make profiles"))
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("space", "down", "down", "space")  # the first and the third
        assert "2 companies marked" in screen_text(app)
        await pilot.press("enter")
        await until(pilot, lambda: "Made profile" in status_text(app), "the profiles are made")
        made = [p for p in profile_names() if p != "default"]
        assert sorted(company_of(p) for p in made) == sorted(
            str(c.id) for c in (by_name[0], by_name[2]))
        status = status_text(app)
        for p in made:
            cid = int(company_of(p))
            name = next(c.name for c in sb.companies if c.id == cid)
            assert f"Made profile {p} for {name} ({cid})." in status
            cfg = load_config(profile_paths(p), env=False)
            assert (cfg.base_url, cfg.consumer_token, cfg.employee_token) == (
                sb.base_url, SECRET_CONSUMER, SECRET_EMPLOYEE)
        assert "Home (0) lists the profiles" in status

        # again: the two show their profile and cannot be marked; `a` marks the one left
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, CompanyPickerScreen),
                    "the company list is shown again")
        text = screen_text(app)
        assert "3 companies, 2 with a profile" in text
        picker = app.screen.query_one("#companies-table", DataTable)
        shown = {str(picker.get_row_at(r)[4]) for r in range(picker.row_count)}
        assert shown == {*made, "-"}
        await pilot.press("space")  # the first has a profile
        assert f"{by_name[0].name} is already synced by profile" in screen_text(app)
        await pilot.press("a", "enter")
        await until(pilot, lambda: f"({by_name[1].id})." in status_text(app),
                    "the third profile is made")
        assert sorted(company_of(p) for p in profile_names() if p != "default") == sorted(
            str(c.id) for c in sb.companies)
        assert SECRET_EMPLOYEE not in screen_text(app) and SECRET_CONSUMER not in screen_text(app)

        await pilot.press("0")  # Home lists the office's profile and its three clients
        await until(pilot, lambda: app.screen.query_one("#home-profiles", DataTable).row_count
                    == 4, "Home lists the four profiles")
        assert [r[0].removeprefix("● ") for r in home_rows(app)] == profile_names()
        text = screen_text(app)
        assert "● default" in text and "office" in text  # the key's own profile: it lists, it syncs nothing
        assert footer_fits(app)[0], footer_fits(app)[1]
        assert "] Profile" in " ".join(footer_fits(app)[1])
        await pilot.press("question_mark")  # Home's help names the profile keys
        await settle(pilot)
        help_text = screen_text(app)
        assert "Previous profile" in help_text and "Open the next profile" in help_text
        await pilot.press("escape")


async def test_setup_company_list_with_a_companys_own_key_says_so_and_makes_nothing():
    with Sandbox(seed=3, customers=4, projects=4, port=0) as sb:
        configure(sb)
        app = app_on()
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("s")
            await settle(pilot)
            await pilot.press("ctrl+o")
            await until(pilot, lambda: "No company list" in status_text(app),
                        "Setup says why there is no list")
            status = status_text(app)
            assert "not an accounting office's key" in status and "Fix:" in status
            assert "`rabbitsync" not in status  # the app's words, not the CLI's
            assert not isinstance(app.screen, CompanyPickerScreen)
        assert profile_names() == ["default"]


# ---- Home: every profile, and switching -----------------------------------------------------


def home_rows(app: RabbitApp) -> list[list[str]]:
    table = app.screen.query_one("#home-profiles", DataTable)
    return [[str(c) for c in table.get_row_at(r)] for r in range(table.row_count)]


async def test_home_lists_every_profile_and_switches_with_the_keyboard(office, capsys):
    sb = office
    first, second = sorted(sb.companies, key=lambda c: c.id)[:2]
    profiles = await synced_clients(capsys, sb, reviews_in=second.id)
    a, b = profiles[first.id], profiles[second.id]
    assert Store(profile_paths(b)).read().pending_reviews()
    assert not Store(profile_paths(a)).read().pending_reviews()
    only_a = customer_names(a) - customer_names(b)
    assert only_a
    app = app_on(a)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = home_rows(app)
        assert [r[0].removeprefix("● ") for r in rows] == profile_names()
        by_profile = {r[0].removeprefix("● "): r for r in rows}
        assert by_profile[a][0].startswith("●") and not by_profile[b][0].startswith("●")
        assert by_profile[a][1] == str(first.id) and by_profile["default"][1] == "office"
        assert by_profile[b][4] == str(len(Store(profile_paths(b)).read().pending_reviews()))
        assert by_profile["default"][3] == "-"  # the office's key: not synced automatically
        assert " ok" in by_profile[a][2] and by_profile[a][3] != "-"

        await pilot.press("b")  # Browse: the first client's customers
        await until(pilot, lambda: getattr(app.screen, "index", None) is not None,
                    "Browse has read the registry")
        assert {r.name for r in app.screen.rows} == customer_names(a)
        await pilot.press("r")
        await settle(pilot)
        assert "Nothing to review." in screen_text(app)

        await pilot.press("0")
        await settle(pilot)
        names = profile_names()
        for _ in range((names.index(b) - names.index(a)) % len(names)):
            await pilot.press("right_square_bracket")  # ] opens the next profile
            await settle(pilot)
        assert app.paths.profile == b
        assert f"Profile       {b}" in screen_text(app) and b in app.screen.title
        await pilot.press("b")  # Browse now shows the second client's, none of the first's
        await until(pilot, lambda: getattr(app.screen, "index", None) is not None,
                    "Browse has read the second registry")
        assert {r.name for r in app.screen.rows} == customer_names(b)
        assert not only_a & {r.name for r in app.screen.rows}
        await pilot.press("r")
        await settle(pilot)
        pending = Store(profile_paths(b)).read().pending_reviews()
        assert "Nothing to review." not in screen_text(app)
        assert pending[0].name in screen_text(app)

        await pilot.press("0")  # [ goes back; ↑ ↓ and enter open the one highlighted
        await settle(pilot)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert app.paths.profile == names[(names.index(b) - 1) % len(names)]
        table = app.screen.query_one("#home-profiles", DataTable)
        assert app.focused is table  # ↑ ↓ move in the list
        step = names.index(a) - table.cursor_row
        await pilot.press(*["down" if step > 0 else "up"] * abs(step))
        assert table.cursor_row == names.index(a)
        await pilot.press("enter")
        await settle(pilot)
        assert app.paths.profile == a
        await pilot.press("b")
        await until(pilot, lambda: getattr(app.screen, "index", None) is not None,
                    "Browse has read the first registry again")
        assert {r.name for r in app.screen.rows} == customer_names(a)


async def test_no_switch_while_a_sync_runs_and_it_says_why(office, capsys):
    sb = office
    profiles = await synced_clients(capsys, sb)
    a = profiles[min(profiles)]
    sb.admin.set_faults("slow@/customer:seconds=2:times=1")
    app = app_on(a)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await until(pilot, lambda: app.sync_model.running, "the sync runs")
        await pilot.press("0", "right_square_bracket")
        await until(pilot, lambda: any("Not switched" in n.message for n in app._notifications),
                    "the app says why it does not switch")
        assert app.paths.profile == a
        message = next(n.message for n in app._notifications if "Not switched" in n.message)
        assert "a sync is running" in message
        await until(pilot, lambda: not app.sync_model.running, "the sync ends")
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.paths.profile != a


# ---- the automatic sync of every profile -----------------------------------------------------


async def test_auto_sync_runs_every_profile_in_turn_and_one_failing_stops_no_other(office,
                                                                                   capsys):
    sb = office
    profiles = await synced_clients(capsys, sb)
    ids = sorted(profiles)
    gone = profiles[ids[2]]  # the office lost access to this client (403 for its company id)
    assert run_cli(capsys, "--profile", gone, "config", "set", "company-id", "999999")[0] == 0
    renamed = {}
    for cid in ids:
        customer = sb.admin_for(cid).snapshot()["customers"][0]
        renamed[profiles[cid]] = f"Endret Automatisk {cid} AS"
        sb.admin_for(cid).update_customer(customer["id"], name=renamed[profiles[cid]])
    current = profiles[ids[0]]
    app = app_on(current)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app._auto_timer is not None  # armed: profiles were synced before
        assert sorted(app.board.auto_names()) == sorted(profiles.values())  # not the office's
        assert app.auto_sync_tick()
        await until(pilot, lambda: not app.sync_model.running and len(app.board.ran) == 3,
                    "every profile has run", timeout=60)
        await settle(pilot)
        for cid in ids[:2]:  # the two it may reach synced, whatever became of the third
            assert renamed[profiles[cid]] in customer_names(profiles[cid])
        assert renamed[gone] not in customer_names(gone)
        assert {n: r.result for n, r in app.board.ran.items()} == {
            profiles[ids[0]]: "ok", profiles[ids[1]]: "ok", gone: "failed"}

        rows = {r[0].removeprefix("● "): r for r in home_rows(app)}
        assert " failed" in rows[gone][2] and rows[gone][5]  # its error, cut short
        assert " ok" in rows[profiles[ids[1]]][2] and rows[profiles[ids[1]]][5] == ""
        table = app.screen.query_one("#home-profiles", DataTable)
        assert app.focused is table  # ↑ ↓ move in the list
        step = [r[0] for r in home_rows(app)].index(gone) - table.cursor_row
        await pilot.press(*["down" if step > 0 else "up"] * abs(step))
        assert str(table.get_row_at(table.cursor_row)[0]) == gone
        note = str(app.screen.query_one("#home-profile-error", Static).content)
        assert note.startswith(f"{gone}'s last sync failed") and "999999" in note
        assert "Cause: " in note and "Fix:   " in note and "`rabbitsync" not in note
        assert "automatic, 3 profiles" in "\n".join(app.sync_model.log)
        assert "failed: " + gone in app.sync_model.state

        await pilot.press("b")  # the profile shown was read again after its sync
        await until(pilot, lambda: getattr(app.screen, "index", None) is not None,
                    "Browse has read the registry")
        assert renamed[current] in {r.name for r in app.screen.rows}

        other = profiles[ids[1]]  # another profile shows its last run of this session (an idle
        await pilot.press("0")  # run leaves no trace in its registry)
        await settle(pilot)
        assert await app.switch_profile(other)
        await settle(pilot)
        assert app.last_sync == (app.board.ran[other].when, "ok")


async def test_the_connection_tests_fix_for_an_office_key_leads_to_the_company_list(office):
    """An office's key without a client's company id: the test's fix names Setup's company
    list, and the keys it names open it."""
    configure(office)
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await until(pilot, lambda: "Fix:" in screen_text(app), "the test has a verdict")
        text = " ".join(screen_text(app).split())
        assert "no client company id is set" in text
        assert "Setup's company list (press s, then ctrl+o) shows those it has" in text
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, CompanyPickerScreen),
                    "the company list is shown")


async def test_the_office_profile_shown_the_automatic_sync_still_covers_the_synced_client(office):
    """The app open on the office's key (it syncs nothing) and one client synced before: the
    timer runs for that client; the clients never synced wait for their first sync."""
    sb = office
    configure(sb)
    cfg = load_config(profile_paths())
    made = make_profiles(cfg, await list_companies(cfg))
    client = made[0]
    assert all(o.ok for o in await run_profiles([client.profile], SyncOptions(confirm=True)))
    customer = sb.admin_for(client.company_id).snapshot()["customers"][0]
    sb.admin_for(client.company_id).update_customer(customer["id"], name="Kontorets Klient AS")
    app = app_on()  # the office's own profile
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app._auto_timer is not None and app.board.auto_names() == [client.profile]
        assert app.auto_sync_tick()
        await until(pilot, lambda: not app.sync_model.running and app.board.ran,
                    "the client has run")
        await settle(pilot)
        assert list(app.board.ran) == [client.profile]
        assert app.board.ran[client.profile].result == "ok"
        assert "Kontorets Klient AS" in customer_names(client.profile)
        assert app.current_mode == "home" and app.paths.profile == "default"
        row = next(r for r in home_rows(app) if r[0] == client.profile)
        assert " ok" in row[2] and row[3] != "-"


async def test_homes_list_reads_each_client_as_its_registry_says(office, capsys):
    """The list reads a client's figures from its sync status file while that describes the
    registry as it is, and from the registry once a review decision has changed it: the same
    facts either way as a count of the registry itself."""
    from tui.profiles import read_profiles
    from tui.screens.home import StoreSummary

    client = sorted(office.companies, key=lambda c: c.id)[1]  # (its near-misses leave entries)
    profiles = await synced_clients(capsys, office, reviews_in=client.id)
    reviewed = profiles[client.id]

    def rows() -> dict[str, tuple[object, ...]]:
        out = {}
        for f in read_profiles("default"):
            if f.name != "default":
                assert f.summary is not None, f
                out[f.name] = (f.summary.synced_at, f.summary.review_pending, f.summary.last_run_ok)
        return out

    def counted() -> dict[str, tuple[object, ...]]:
        out = {}
        for name in profiles.values():
            s = StoreSummary.of(Store(profile_paths(name)).read())
            out[name] = (s.synced_at, s.review_pending, s.last_run_ok)
        return out

    before = rows()
    assert before == counted()
    assert before[reviewed][1] > 0  # entries wait in the client given near-misses
    item = json.loads(run_cli(capsys, "--profile", reviewed, "review", "--json")[1])["items"][0]
    assert run_cli(capsys, "--profile", reviewed, "review", "resolve", item["item"], "ignore")[0] == 0
    after = rows()
    assert after == counted()
    assert after[reviewed][1] == before[reviewed][1] - 1
