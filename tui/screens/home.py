"""The Home screen: which Tripletex, what the local registry holds, when the sync runs, and the
keys that lead everywhere. The registry figures come from a worker (a large store takes a while
to read), so the screen shows at once and fills in when they arrive.

With more than one profile (an accounting office's clients: Setup's company list makes them),
Home lists every profile with its last sync, next sync, entries to review and last error; `[`
and `]` open the previous and next profile, Enter the highlighted one (the app switches: this
screen only asks, with `SwitchProfile`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from core.config import Config
from core.paths import ProfilePaths
from core.store.state import StoreState
from tui.errors import error_block
from tui.keys import PLACE_KEYS, QUIT_KEY, TAB_KEYS
from tui.messages import SwitchProfile
from tui.screens.base import PlaceScreen, footer, title_bar

MENU = (
    ("s 1", "Setup", "Tripletex, your API key, company, sync interval"),
    ("t 2", "Test", "check the connection to Tripletex"),
    ("y 3", "Sync", "sync now (the first time asks to confirm)"),
    ("r 4", "Review", "decide the entries matching could not settle"),
    ("b 5", "Browse", "the local registry of customers and projects"),
    ("h 6", "History", "past runs and what they changed"),
    ("? F1", "Help", "the keys of the screen in front"),
    ("ctrl+p", "Commands", "every screen and action by name"),
    ("q", "Quit", ""),
)


@dataclass(frozen=True)
class StoreSummary:
    """The registry's figures, as Home shows them."""

    customers: int = 0
    projects: int = 0
    linked: int = 0
    local_only: int = 0
    review_pending: int = 0
    synced_at: str | None = None
    last_run_ok: bool | None = None
    last_run_error: str | None = None
    last_run_at: str | None = None  # when the last run (of any outcome) ended, ISO

    @classmethod
    def of(cls, state: StoreState) -> StoreSummary:
        """Count a state (call it in a worker: a big registry takes a moment)."""
        records = [*state.customers.values(), *state.projects.values()]
        last = state.runs[-1] if state.runs else None
        return cls(
            customers=len(state.customers),
            projects=len(state.projects),
            linked=sum(1 for r in records if r.tripletex_id is not None),
            local_only=sum(1 for r in records if r.local_only),
            review_pending=len(state.pending_reviews()),
            synced_at=state.cursor.synced_at,
            last_run_ok=last.ok if last else None,
            last_run_error=last.error if last else None,
            last_run_at=(last.finished_at or last.started_at) if last else None,
        )


def tripletex_text(cfg: Config | None, error: str | None) -> str:
    if error:
        return f"config unreadable: {error}"
    if cfg is None:
        return "-"
    missing = cfg.missing()
    where = f"{cfg.environment_name()}  ({cfg.base_url})"
    if missing:
        return f"{where}; not configured: {', '.join(missing)} missing, press s"
    return where + (f", company {cfg.company_id}" if cfg.company_id not in ("", "0") else "")


def registry_text(summary: StoreSummary | None, error: str | None) -> str:
    if error:
        return f"cannot be read: {error}"
    if summary is None:
        return "reading…"
    s = summary
    text = (f"{s.customers:,} customers, {s.projects:,} projects  "
            f"({s.linked:,} linked, {s.local_only:,} local only)")
    if s.review_pending:
        text += f"\n{'':14}{entries(s.review_pending)} to review: press r"
    return text


def entries(n: int) -> str:
    """`1 entry`, `2 entries`."""
    return f"{n:,} entr{'y' if n == 1 else 'ies'}"


def schedule_text(now: datetime, *, running: bool, last: tuple[datetime, str] | None,
                  next_at: datetime | None, interval: timedelta, short: bool = False) -> str:
    """`last sync 14:02 ok · next 14:17 (every 15 min)`: Home's Sync line; `short` (the title
    bar of every screen, 80 columns with the screen's name) leaves out the interval."""
    parts = ["syncing…"] if running else []
    if last is not None:
        when, what = last
        day = "" if when.date() == now.date() else f"{when:%b %d} "
        parts.append(f"last sync {day}{when:%H:%M} {what}")
    elif not running:
        parts.append("never synced")
    if next_at is not None:
        every = f" (every {int(interval.total_seconds() // 60)} min)"
        parts.append(f"next {next_at:%H:%M}" + ("" if short else every))
    elif not short:
        parts.append("auto-sync after the first sync")
    return " · ".join(parts)


@dataclass(frozen=True)
class ProfileRow:
    """A line of Home's profile list, in words (the app makes it: tui.profiles)."""

    name: str
    company: str  # the client company's id, "office" (the office's key itself) or "own"
    # (under "client": a company id has 6 digits or more; more wrap)
    last: str  # "12:00 ok", "Mar 01 09:15 failed", "never"
    next: str  # "12:15", or "-" when the automatic sync leaves it out
    review: str  # entries waiting, "-" when unknown
    error: str  # the last error's cause and fix, "" when the last run was fine
    current: bool = False


@dataclass(frozen=True)
class HomeFacts:
    """What Home shows, as the app knows it (the app hands it over with `HomeScreen.show`)."""

    cfg: Config | None = None
    config_error: str | None = None
    summary: StoreSummary | None = None
    store_error: str | None = None
    schedule: str = ""
    profile: str = ""  # the profile shown (the app's current one)
    profiles: tuple[ProfileRow, ...] = ()  # every profile, when there is more than one


# Home's profile list: (key, label, width), 77 columns with the cells' padding; a long name
# wraps (whole), the error is cut (the highlighted profile's stands in full below the list)
PROFILE_COLUMNS = (("name", "profile", 26), ("company", "client", 6), ("last", "last sync", 12),
                   ("next", "next", 5), ("review", "review", 6), ("error", "last error", 10))
# the menu in two lines under a profile list (the footer shows the same keys)
SHORT_MENU = ("s Setup · t Test · y Sync · r Review · b Browse · h History · [ ] Profile\n"
              "? Help · ctrl+p every screen and action by name · q Quit")


def short(text: str, width: int) -> str:
    """`text` in `width` characters, cut with … (the error column: the whole is shown below)."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class HomeScreen(PlaceScreen):
    """Overview and menu. Its footer shows the app's keys (tui.keys): they are the app's, bound
    here again only to be shown."""

    PLACE = "Home"
    BINDINGS = [
        *(Binding(p.keys.split(",")[0], f"app.{p.action}", p.label, id=f"home.{p.place}",
                  tooltip=p.help) for p in PLACE_KEYS if p.place != "home"),
        Binding(QUIT_KEY, "app.quit", "Quit", id="home.quit", tooltip="Quit rabbitsync"),
        Binding(TAB_KEYS[0], "step_profile(-1)", "Previous profile", id="home.prev_profile",
                key_display="[", show=False,
                tooltip="Open the profile above in the list (its registry, review, history)"),
        Binding(TAB_KEYS[1], "step_profile(1)", "Profile", id="home.next_profile",
                key_display="]", tooltip="Open the next profile in the list"),
        Binding("enter", "open_profile", "Open profile", id="home.open_profile", show=False,
                tooltip="Open the profile highlighted in the list (↑ ↓ move)"),
    ]

    def __init__(self, paths: ProfilePaths, facts: HomeFacts | None = None) -> None:
        super().__init__(paths.profile, id="home-screen")
        self.facts = facts or HomeFacts(profile=paths.profile)

    def compose(self) -> ComposeResult:
        yield title_bar()
        with VerticalScroll(id="home-body"):
            yield Static("", id="home-status", markup=False)
            yield Static("", id="home-profile-error", markup=False)
            yield Static("", id="home-error", markup=False)
            yield Static("", id="home-menu", markup=False)
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._draw()

    def show(self, facts: HomeFacts) -> None:
        """Show what the app knows now (drawn at once when the screen is up, else on mount)."""
        self.facts = facts
        if facts.profile and facts.profile != self.profile:  # the app switched profiles
            self.profile = facts.profile
            if self.is_mounted:
                super().on_mount()  # the title names the profile
        if self.is_mounted:
            self._draw()

    # ---- the profile list -----------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("step_profile", "open_profile"):
            return len(self.facts.profiles) > 1  # (shown only when there is a list)
        return True

    def _draw_profiles(self) -> None:
        rows = self.facts.profiles if len(self.facts.profiles) > 1 else ()
        self.query_one("#home-body").set_class(bool(rows), "profiles")
        table = self._table(make=bool(rows))
        if table is None:  # one profile: no list
            self._draw_profile_error()
            self.refresh_bindings()
            return
        table.display = bool(rows)
        keep = self.highlighted()
        table.clear()
        for r in rows:
            name = ("● " if r.current else "") + r.name  # (● the profile shown)
            table.add_row(Text(name, style="bold" if r.current else "", overflow="fold"),
                          Text(r.company),
                          Text(r.last), Text(r.next), Text(r.review),
                          Text(short(r.error, PROFILE_COLUMNS[-1][2])), key=r.name, height=None)
        names = [r.name for r in rows]
        at = keep if keep in names else next((r.name for r in rows if r.current), None)
        if at is not None:
            table.move_cursor(row=names.index(at), animate=False)
        if rows and (self.focused is None or self.focused.id == "home-body"):
            table.focus()  # ↑ ↓ move in the list, not the page
        # rows of height None are measured after this frame: draw them all again then (else a
        # terminal keeps showing blank rows until the cursor passes over them)
        self.call_after_refresh(table.refresh)
        self._draw_profile_error()
        self.refresh_bindings()

    def _table(self, *, make: bool) -> DataTable[Any] | None:
        """The profile list; made when first needed (`make`): with one profile Home has none,
        and the first screen comes up sooner without it."""
        found = self.query("#home-profiles")
        if found:
            return found.first(DataTable)
        if not make:
            return None
        table: DataTable[Any] = DataTable(id="home-profiles", cursor_type="row",
                                          zebra_stripes=True)
        self.query_one("#home-body").mount(table, before="#home-profile-error")
        for key, label, width in PROFILE_COLUMNS:
            table.add_column(label, key=key, width=width)
        return table

    def highlighted(self) -> str | None:
        """The profile the list's cursor is on (None: no list)."""
        table = self._table(make=False)
        if table is None or not table.display or not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _draw_profile_error(self) -> None:
        """The highlighted profile's last error in full (another than the one shown: the
        shown one's stands below with its cause and fix)."""
        name = self.highlighted()
        row = next((r for r in self.facts.profiles if r.name == name), None)
        note = self.query_one("#home-profile-error", Static)
        note.display = row is not None and bool(row.error) and not row.current
        if row is not None and note.display:
            note.update(f"{row.name}'s last sync failed (enter opens it):\n"
                        + error_block(row.error))

    @on(DataTable.RowHighlighted, "#home-profiles")
    def _highlighted(self) -> None:
        self._draw_profile_error()

    @on(DataTable.RowSelected, "#home-profiles")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value:
            self.post_message(SwitchProfile(event.row_key.value))

    def action_open_profile(self) -> None:
        name = self.highlighted()
        if name is not None:
            self.post_message(SwitchProfile(name))

    def action_step_profile(self, step: int) -> None:
        names = [r.name for r in self.facts.profiles]
        if len(names) < 2:
            return
        here = names.index(self.profile) if self.profile in names else -step
        self.post_message(SwitchProfile(names[(here + step) % len(names)]))

    def _draw(self) -> None:
        self._draw_profiles()
        f = self.facts
        lines = [
            f"{'Profile':<14}{self.profile}" + (
                f"  (one of {len(f.profiles)}: [ ] or enter switch)"
                if len(f.profiles) > 1 else ""),
            f"{'Tripletex':<14}{tripletex_text(f.cfg, f.config_error)}",
            f"{'Registry':<14}{registry_text(f.summary, f.store_error)}",
            f"{'Sync':<14}{f.schedule}",
        ]
        self.query_one("#home-status", Static).update("\n".join(lines))
        self.query_one("#home-menu", Static).update(
            SHORT_MENU if len(f.profiles) > 1 else
            "\n".join(f"  {k:<8}{name:<10}{what}" for k, name, what in MENU))
        failed = f.summary is not None and f.summary.last_run_ok is False
        error = self.query_one("#home-error", Static)
        error.display = failed
        if failed and f.summary is not None:
            error.update("The last sync failed; the registry was not changed.\n" + error_block(
                f.summary.last_run_error or "no cause was recorded"))
