"""The Home screen: which Tripletex, what the local registry holds, when the sync runs, and the
keys that lead everywhere. The registry figures come from a worker (a large store takes a while
to read), so the screen shows at once and fills in when they arrive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from core.config import Config
from core.paths import ProfilePaths
from core.store.state import StoreState
from tui.errors import error_block
from tui.keys import PLACE_KEYS, QUIT_KEY
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
        text += f"\n{'':14}{s.review_pending:,} entries to review: press r"
    return text


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
class HomeFacts:
    """What Home shows, as the app knows it (the app hands it over with `HomeScreen.show`)."""

    cfg: Config | None = None
    config_error: str | None = None
    summary: StoreSummary | None = None
    store_error: str | None = None
    schedule: str = ""


class HomeScreen(PlaceScreen):
    """Overview and menu. Its footer shows the app's keys (tui.keys): they are the app's, bound
    here again only to be shown."""

    PLACE = "rabbitsync"
    BINDINGS = [
        *(Binding(p.keys.split(",")[0], f"app.{p.action}", p.label, id=f"home.{p.place}",
                  tooltip=p.help) for p in PLACE_KEYS if p.place != "home"),
        Binding(QUIT_KEY, "app.quit", "Quit", id="home.quit", tooltip="Quit rabbitsync"),
    ]

    def __init__(self, paths: ProfilePaths, facts: HomeFacts | None = None) -> None:
        super().__init__(paths.profile, id="home-screen")
        self.paths = paths
        self.facts = facts or HomeFacts()

    def compose(self) -> ComposeResult:
        yield title_bar()
        with VerticalScroll(id="home-body"):
            yield Static("", id="home-status", markup=False)
            yield Static("", id="home-error", markup=False)
            menu = "\n".join(f"  {k:<8}{name:<10}{what}" for k, name, what in MENU)
            yield Static(menu, id="home-menu", markup=False)
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._draw()

    def show(self, facts: HomeFacts) -> None:
        """Show what the app knows now (drawn at once when the screen is up, else on mount)."""
        self.facts = facts
        if self.is_mounted:
            self._draw()

    def _draw(self) -> None:
        f = self.facts
        lines = [
            f"{'Profile':<14}{self.paths.profile}",
            f"{'Tripletex':<14}{tripletex_text(f.cfg, f.config_error)}",
            f"{'Registry':<14}{registry_text(f.summary, f.store_error)}",
            f"{'Sync':<14}{f.schedule}",
        ]
        self.query_one("#home-status", Static).update("\n".join(lines))
        failed = f.summary is not None and f.summary.last_run_ok is False
        error = self.query_one("#home-error", Static)
        error.display = failed
        if failed and f.summary is not None:
            error.update("The last sync failed; the registry was not changed.\n" + error_block(
                f.summary.last_run_error or "no cause was recorded"))
