"""The Home screen: which Tripletex, what the local registry holds, when the sync runs, and the
keys that lead everywhere. The registry figures come from a worker (a large store takes a while
to read), so the screen shows at once and fills in when they arrive.

With more than one profile (an accounting office's clients: Setup's company list makes them),
Home lists every profile with its last sync, next sync, entries to review and last error; `[`
and `]` open the previous and next profile, Enter the highlighted one (the app switches: this
screen only asks, with `SwitchProfile`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from core.config import Config
from core.i18n import N_, _, language, locale_name, number
from core.paths import ProfilePaths
from core.store.state import StoreState
from core.words import plural, word
from tui.errors import error_block
from tui.i18n import Translated
from tui.keys import PLACE_KEYS, QUIT_KEY, TAB_KEYS
from tui.messages import SwitchProfile
from tui.screens.base import PlaceScreen, footer, title_bar

MENU = (  # (the names and what they do are translated where they are shown: `_`)
    ("s 1", N_("Setup"), N_("Tripletex, your API key, company, sync interval")),
    ("t 2", N_("Test"), N_("check the connection to Tripletex")),
    ("y 3", N_("Sync"), N_("sync now (the first time asks to confirm)")),
    ("r 4", N_("Review"), N_("decide the entries matching could not settle")),
    ("b 5", N_("Browse"), N_("the local registry of customers and projects")),
    ("h 6", N_("History"), N_("past runs and what they changed")),
    ("? F1", N_("Help"), N_("the keys of the screen in front")),
    ("ctrl+p", N_("Commands"), N_("every screen and action by name")),
    ("q", N_("Quit"), ""),
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


# the environments core names (core.tripletex.endpoints), as the reader says them; a custom
# URL's host is shown as it is
ENVIRONMENT_WORDS = {"production": N_("production"), "test": N_("test")}


def environment_words(name: str) -> str:
    """"production" / "produksjon"; a custom URL's host stays what it is."""
    return _(ENVIRONMENT_WORDS[name]) if name in ENVIRONMENT_WORDS else name


# the settings `Config.missing` names by their `rabbitsync config set` keys, as the reader says
# them (in English the keys themselves, as they always were)
SETTING_WORDS = {"base-url": N_("base-url"), "consumer-token": N_("consumer-token"),
                 "employee-token": N_("employee-token")}


def missing_words(keys: list[str]) -> str:
    """"consumer-token, employee-token" / "applikasjonsnøkkel, brukernøkkel"."""
    return ", ".join(_(SETTING_WORDS[k]) if k in SETTING_WORDS else k for k in keys)


def tripletex_text(cfg: Config | None, error: str | None) -> str:
    if error:
        return _("config unreadable: {error}").format(error=error)
    if cfg is None:
        return "-"
    missing = cfg.missing()
    where = f"{environment_words(cfg.environment_name())}  ({cfg.base_url})"
    if missing:
        return _("{where}; not configured: {missing} missing, press s").format(
            where=where, missing=missing_words(missing))
    if cfg.company_id not in ("", "0"):
        return _("{where}, company {company}").format(where=where, company=cfg.company_id)
    return where


def registry_text(summary: StoreSummary | None, error: str | None) -> str:
    if error:
        return _("cannot be read: {error}").format(error=error)
    if summary is None:
        return _("reading…")
    s = summary
    text = _("{customers} customers, {projects} projects  "
             "({linked} linked, {local_only} local only)").format(
        customers=number(s.customers), projects=number(s.projects), linked=number(s.linked),
        local_only=number(s.local_only))
    if s.review_pending:
        text += "\n" + " " * 14 + _("{entries} to review: press r").format(
            entries=entries(s.review_pending))
    return text


def entries(n: int) -> str:
    """`1 entry`, `2 entries` (`1 oppføring`, `2 oppføringer`)."""
    return plural(n, "entry")


# what the app says of a sync that ended (tui.app's `last_sync`), as Home and the title show it
LAST_WORDS = (N_("ok"), N_("failed"), N_("skipped: another sync is running"))


def short_day(when: datetime) -> str:
    """The day of a sync that was not today: "Mar 02" / "2. mars" (Babel's month names)."""
    if language() == "en":
        return f"{when:%b %d}"  # (as it always was)
    from babel.dates import format_date

    return format_date(when, "d. MMM", locale=locale_name())


def schedule_text(now: datetime, *, running: bool, last: tuple[datetime, str] | None,
                  next_at: datetime | None, interval: timedelta, short: bool = False) -> str:
    """`last sync 14:02 ok · next 14:17 (every 15 min)`: Home's Sync line; `short` (the title
    bar of every screen, 80 columns with the screen's name) leaves out the interval."""
    parts = [_("syncing…")] if running else []
    if last is not None:
        when, what = last
        at = f"{when:%H:%M}" if when.date() == now.date() else f"{short_day(when)} {when:%H:%M}"
        parts.append(_("last sync {at} {outcome}").format(at=at, outcome=_(what)))
    elif not running:
        parts.append(_("never synced"))
    if next_at is not None:
        minutes = int(interval.total_seconds() // 60)
        parts.append(_("next {at}").format(at=f"{next_at:%H:%M}") if short else
                     _("next {at} (every {minutes} min)").format(at=f"{next_at:%H:%M}",
                                                                 minutes=number(minutes)))
    elif not short:
        parts.append(_("auto-sync after the first sync"))
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
# (the labels are translated where they are shown; a label longer than its column is cut)
# ("profile" is a counted word: `word` finds its catalog entry)
PROFILE_COLUMNS = (("name", "profile", 26), ("company", N_("client"), 6),
                   ("last", N_("last sync"), 12), ("next", N_("next"), 5),
                   ("review", N_("review"), 6), ("error", N_("last error"), 10))
FOOTER_WIDTH = 80  # the narrowest terminal the footer's keys fit (tests/test_tui_keys.py)
# the menu in two lines under a profile list (the footer shows the same keys)
SHORT_MENU = N_("s Setup · t Test · y Sync · r Review · b Browse · h History · [ ] Profile\n"
                "? Help · ctrl+p every screen and action by name · q Quit")


def short(text: str, width: int) -> str:
    """`text` in `width` characters, cut with … (the error column: the whole is shown below)."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class HomeScreen(Translated, PlaceScreen):
    """Overview and menu. Its footer shows the app's keys (tui.keys): they are the app's, bound
    here again only to be shown."""

    PLACE = N_("Home")
    BINDINGS = [  # (the places' labels and help are tui.keys'; `Translated` translates them)
        *(Binding(p.keys.split(",")[0], f"app.{p.action}", p.label, id=f"home.{p.place}",
                  tooltip=p.help) for p in PLACE_KEYS if p.place != "home"),
        Binding(QUIT_KEY, "app.quit", N_("Quit"), id="home.quit", tooltip=N_("Quit rabbitsync")),
        Binding(TAB_KEYS[0], "step_profile(-1)", N_("Previous profile"), id="home.prev_profile",
                key_display="[", show=False,
                tooltip=N_("Open the profile above in the list (its registry, review, history)")),
        Binding(TAB_KEYS[1], "step_profile(1)", N_("Profile"), id="home.next_profile",
                key_display="]", tooltip=N_("Open the next profile in the list")),
        Binding("enter", "open_profile", N_("Open profile"), id="home.open_profile", show=False,
                tooltip=N_("Open the profile highlighted in the list (↑ ↓ move)")),
    ]

    def __init__(self, paths: ProfilePaths, facts: HomeFacts | None = None) -> None:
        super().__init__(paths.profile, id="home-screen")
        self.PLACE = _(type(self).PLACE)  # the title bar names the place in the reader's words
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
        self._fit_footer(profiles=bool(rows))
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

    def _fit_footer(self, *, profiles: bool) -> None:
        """Leave q out of the footer when its keys would not fit 80 columns (the places' names
        are longer in bokmål, and the profile list adds `]`): the menu above still names q."""
        table = self._bindings.key_to_bindings
        own = [b for bs in table.values() for b in bs
               if (b.show or b.id == "home.quit") and (profiles or b.id != "home.next_profile")]
        shown = own + [b for bs in self.app._bindings.key_to_bindings.values() for b in bs
                       if b.show]
        once = {b.id or b.action: b for b in shown}.values()  # (a binding of two keys: one)
        width = sum(len(b.key_display or b.key) + len(b.description) + 2 for b in once) - 1
        fits = width <= max(FOOTER_WIDTH, self.app.size.width)
        table[QUIT_KEY] = [replace(b, show=fits) if b.id == "home.quit" else b
                           for b in table.get(QUIT_KEY, [])]

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
            table.add_column(word(label), key=key, width=width)
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
            note.update(_("{profile}'s last sync failed (enter opens it):").format(
                profile=row.name) + "\n" + error_block(row.error))

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
        rows = [
            (N_("Profile"), self.profile + (
                "  " + _("(one of {count}: [ ] or enter switch)").format(
                    count=number(len(f.profiles)))
                if len(f.profiles) > 1 else "")),
            (N_("Tripletex"), tripletex_text(f.cfg, f.config_error)),
            (N_("Registry"), registry_text(f.summary, f.store_error)),
            (N_("Sync"), f.schedule),
        ]
        lines = [f"{_(label):<14}{text}" for label, text in rows]
        self.query_one("#home-status", Static).update("\n".join(lines))
        self.query_one("#home-menu", Static).update(
            _(SHORT_MENU) if len(f.profiles) > 1 else menu_text())
        failed = f.summary is not None and f.summary.last_run_ok is False
        error = self.query_one("#home-error", Static)
        error.display = failed
        if failed and f.summary is not None:
            error.update(_("The last sync failed; the registry was not changed.") + "\n"
                         + error_block(f.summary.last_run_error or _("no cause was recorded")))


def menu_text() -> str:
    """Home's menu: the keys, the place and what it is for, in columns (the place's column as
    wide as its longest name in the reader's language, 10 at least)."""
    names = [_(name) for _k, name, _w in MENU]
    width = max(10, max(len(n) for n in names) + 2)
    return "\n".join(f"  {k:<8}{name:<{width}}{_(what)}"
                     for (k, _n, what), name in zip(MENU, names, strict=True))
