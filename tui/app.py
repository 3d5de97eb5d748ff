"""rabbitsync's Textual app: the screens and how to reach them, the sync worker, the automatic sync.

Every screen is a mode (its own screen stack), reached by a key, a digit and the command palette.
Review, Browse and History are imported when first shown, so the app works without them. The sync
is an async worker on the app (so the automatic sync runs whatever screen is in front); the
engine's progress callback becomes throttled `SyncProgress` messages, and a `SyncModel` holds what
the Sync screen draws.

The app shows one profile at a time (`paths`); with several (an accounting office's clients),
Home lists them all and switches between them, and the automatic sync runs every profile synced
before, one at a time (tui.app_profiles).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from time import monotonic
from typing import Protocol, runtime_checkable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen
from textual.timer import Timer

from core.config import Config, load_config
from core.errors import RabbitError
from core.i18n import LANGUAGE_NAMES, N_, _, choose, clock, language, ngettext, number, set_language
from core.logs import setup_logging
from core.paths import ProfilePaths
from core.progress import CancelToken
from core.store.state import RunRecord
from core.sync.between import Between
from core.sync.run import SyncOptions, SyncReport
from tui.app_profiles import ProfilesMixin
from tui.i18n import Translated, translate_bindings
from tui.keys import HELP_KEYS, PLACE_KEYS, QUIT_KEY
from tui.messages import (
    ConfigSaved,
    ProgressRelay,
    RegistryChanged,
    ReviewCountChanged,
    ShowPlace,
    SyncEnded,
    SyncProgress,
)
from tui.profiles import ProfileBoard
from tui.screens import PLACES
from tui.screens.base import PlaceScreen
from tui.screens.check import CheckScreen
from tui.screens.history import CANCELLED, HistoryScreen
from tui.screens.home import HomeFacts, HomeScreen, StoreSummary, schedule_text
from tui.screens.setup import SetupScreen
from tui.screens.sync import SyncModel, SyncScreen

log = logging.getLogger("rabbitsync.tui")
HERE = Path(__file__).parent


CSS_FILE = str(HERE / "app.tcss")  # absolute: subclasses (tests, benches) may live elsewhere


OVERDUE_AFTER_S = 5.0  # an overdue automatic sync runs this long after the app starts
STALE_AFTER_SYNC = ("review", "browse", "history")  # rebuilt after a sync wrote the store


@runtime_checkable
class ReadsStore(Protocol):
    """A screen that reads the store when built (Review, Browse, History) and again on reload."""

    def action_reload(self) -> None: ...


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="seconds")


def _local_now() -> datetime:
    return datetime.now().astimezone()


# Textual's own palette entries, as the catalog holds them (`get_system_commands`)
TEXTUAL_COMMANDS = (
    N_("Theme"), N_("Change the current theme"),
    N_("Quit"), N_("Quit the application as soon as possible"),
    N_("Maximize"), N_("Maximize the focused widget"),
    N_("Minimize"), N_("Minimize the widget and restore to normal size"),
)
# the last sync's outcome (`RabbitApp.last_sync`), told in the title bar and on Home
LAST_SYNC_WORDS = (N_("ok"), N_("failed"), N_("skipped: another sync is running"))


class RabbitApp(Translated, ProfilesMixin, App[int]):
    """The app on one profile. `clock` and `timing` exist so snapshots can be stable."""

    TITLE = "rabbitsync"
    CSS_PATH = CSS_FILE
    BINDINGS = [
        # the keys of everywhere (tui.keys); each screen's footer shows its own keys, Home these
        *(Binding(p.keys, p.action, p.label, id=f"app.{p.place}", show=False, tooltip=p.help)
          for p in PLACE_KEYS),
        Binding("escape", "show('home')", N_("Home"), id="app.escape_home", show=False,
                tooltip=N_("Back to Home")),
        Binding(HELP_KEYS, "help", N_("Help"), id="app.help", key_display="?",
                tooltip=N_("The keys of this screen and of everywhere")),
        Binding(QUIT_KEY, "quit", N_("Quit"), id="app.quit", show=False,
                tooltip=N_("Quit (a running sync is asked about first; nothing half-written)")),
    ]

    def __init__(
        self,
        paths: ProfilePaths,
        *,
        clock: Callable[[], datetime] = _local_now,
        timing: bool = True,
        cursor_blink: bool = True,
        language_fixed: bool = False,
    ) -> None:
        super().__init__()
        # `--lang` was given: it decides over the profile's setting until the next start
        self.language_fixed = language_fixed
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            self.animation_level = "none"  # over SSH: no animations unless asked for
        self.paths = paths
        self.clock = clock
        self.timing = timing
        self.cursor_blink = cursor_blink
        self.cfg: Config | None = None
        self.config_error: str | None = None
        self.store_summary: StoreSummary | None = None
        self.store_error: str | None = None
        self.sync_model = SyncModel()
        self.last_sync: tuple[datetime, str] | None = None  # when, and "ok"/"failed"/…
        self.next_sync_at: datetime | None = None
        self.last_report: SyncReport | None = None  # of the last run that finished
        self._auto_timer: Timer | None = None
        self._cancel: CancelToken | None = None
        self._between = Between()  # the Tripletex session and the written state, sync to sync
        self._quit_anyway = False  # a first q found review decisions not yet stored
        self._stopping = False  # the user chose to stop a running sync and quit
        # dry runs and cancelled runs of this session, per profile (History shows them)
        self._unsaved_runs: dict[str, list[RunRecord]] = {}
        self.board = ProfileBoard()  # every profile, for Home's list and the automatic sync
        self._sync_started = datetime.now(UTC)
        self._home: HomeScreen | None = None  # the screens the app tells what changed
        self._check: CheckScreen | None = None
        self._sync: SyncScreen | None = None
        self._reload_config()

    @property
    def unsaved_runs(self) -> list[RunRecord]:
        """This session's dry runs and cancelled runs of the profile shown."""
        return self._unsaved_runs.setdefault(self.paths.profile, [])

    # ---- start-up -------------------------------------------------------------------------------
    def _reload_config(self) -> None:
        try:
            self.cfg, self.config_error = load_config(self.paths), None
        except RabbitError as exc:
            self.cfg, self.config_error = None, exc.one_line()

    async def on_unmount(self) -> None:
        """However the app ends (q, ctrl+c, a hang-up), the session kept between syncs ends too."""
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._between.close(), 2.0)

    async def on_mount(self) -> None:
        first = "setup" if self.cfg is None or self.cfg.missing() else "home"
        await self.action_show(first)
        if self.config_error:
            self.notify(self.config_error, title=_("Config"), severity="error", timeout=15)
        self.update_status()
        self.load_store_summary()
        self.load_profiles()
        self.warm_up()

    @work(thread=True, exclusive=True, group="warm-up", exit_on_error=False)
    def warm_up(self) -> None:
        """Make, off the UI thread, what the first sync would otherwise make on it while keys
        wait (core.tripletex.http.warm_up)."""
        from core.tripletex.http import warm_up

        warm_up()

    @work(thread=True, exclusive=True, group="store", exit_on_error=False)
    def load_store_summary(self) -> None:
        """Read the registry's figures off the UI thread (a big store takes a while)."""
        from core.store.store import Store

        summary, error = None, None
        try:
            summary = StoreSummary.of(Store(self.paths).read())
        except RabbitError as exc:
            error = exc.one_line()
        except Exception as exc:  # shown as one line, never a traceback
            log.exception("reading the store failed")
            error = _("{error}; see {log}").format(error=type(exc).__name__,
                                                   log=self.paths.log_file)
        self.call_from_thread(self._store_loaded, summary, error)

    def _summary_after(self, report: SyncReport | None) -> None:
        """The registry's figures after a sync, from its report: reading a big store again
        would hold up the screen for a moment right after every sync."""
        if report is None or report.registry is None:  # nothing changed: the figures stand
            if self.store_summary is None:
                self.load_store_summary()
            elif self.store_summary.last_run_ok is False:  # but the last run is ok now
                self._store_loaded(dataclasses.replace(
                    self.store_summary, last_run_ok=True, last_run_error=None), None)
            return
        fig = report.registry
        self._store_loaded(StoreSummary(
            customers=fig["customers"], projects=fig["projects"], linked=fig["linked"],
            local_only=fig["local_only"], review_pending=report.review_pending,
            synced_at=self.clock().isoformat(), last_run_ok=True, last_run_error=None,
        ), None)

    def _store_loaded(self, summary: StoreSummary | None, error: str | None) -> None:
        self.store_summary, self.store_error = summary, error
        if summary is not None:
            self.board.set_summary(self.paths.profile, summary)
        if summary is not None and summary.synced_at:
            if self.last_sync is None:
                failed = summary.last_run_ok is False
                # a failed run: when it failed (the registry is as the last good one left it)
                at = summary.last_run_at if failed and summary.last_run_at else summary.synced_at
                when = datetime.fromisoformat(at).astimezone(self.clock().tzinfo)
                self.last_sync = (when, "failed" if failed else "ok")
            if self._auto_timer is None:
                self.arm_auto_sync(overdue=self._overdue())
        if error:
            self.notify(error, title=_("Registry"), severity="error")
        self.update_status()

    # ---- navigation ------------------------------------------------------------------------------
    def _make(self, name: str) -> Screen[None]:
        """The screen of place `name`, made when first shown; each gets what it shows."""
        screen: Screen[None]
        if name == "home":
            screen = self._home = HomeScreen(self.paths, self._home_facts())
        elif name == "setup":
            screen = SetupScreen(self.paths, cursor_blink=self.cursor_blink)
        elif name == "check":
            screen = self._check = CheckScreen(self.paths, timing=self.timing)
        elif name == "sync":
            screen = self._sync = SyncScreen(self.paths, self.sync_model, timing=self.timing)
        elif name == "review":
            from tui.review.screen import ReviewScreen

            screen = ReviewScreen(self.paths)
        elif name == "browse":
            from tui.screens.browse import BrowseScreen

            screen = BrowseScreen(self.paths)
        elif name == "history":
            screen = HistoryScreen(self.paths, self.unsaved_runs)
        else:
            raise ValueError(f"no place {name!r}")
        return screen

    async def action_show(self, name: str) -> bool:
        """Go to a screen (creating it the first time). Leaving a screen with unsaved edits
        (Setup) asks first; False when the user stays."""
        here = self.screen
        if name != self.current_mode and isinstance(here, PlaceScreen) and (lost := here.unsaved_edits()):
            self._ask_leave_unsaved(here, lost, name)
            return False
        if name not in self._modes:
            self.add_mode(name, partial(self._make, name))
        await self.switch_mode(name)
        return True

    def _ask_leave_unsaved(self, screen: PlaceScreen, lost: list[str], to: str) -> None:
        """Ask whether to leave `screen` for place `to` without saving `lost`; leaving forgets
        the edits (the screen is made anew from the saved settings next time)."""
        from tui.screens.confirm import ConfirmScreen

        mode = self.current_mode

        async def answered(yes: bool | None) -> None:
            if not yes:
                return
            if to not in self._modes:
                self.add_mode(to, partial(self._make, to))
            await self.switch_mode(to)
            await self.remove_mode(mode)  # made anew, from the saved settings, next time

        self.push_screen(ConfirmScreen(
            _("Unsaved changes in {place}").format(place=_(screen.PLACE)),
            _("Changed and not saved: {fields}.\n\nLeave and forget them? To keep them, stay "
              "and press ctrl+s (save) or ctrl+t (save and test).").format(
                fields=", ".join(lost)),
            confirm_label=_("Forget them (d)"), cancel_label=_("Stay (esc)"), confirm_key="d",
            confirm_help=_("Leave without saving")), answered)

    async def on_show_place(self, message: ShowPlace) -> None:
        await self.action_show(message.name)

    async def action_test(self) -> None:
        if await self.action_show("check") and self._check is not None:
            self._check.start_check()

    async def action_sync(self) -> None:
        if await self.action_show("sync"):
            self.start_sync()

    async def action_dry_run(self) -> None:
        if await self.action_show("sync"):
            self.start_sync(dry_run=True)

    def action_cancel_sync(self) -> None:
        if self._cancel is None:
            self.notify(_("No sync is running."), title=_("Sync"))
            return
        self._cancel.cancel()
        self.sync_model.log.append(_("cancelling…"))
        self._draw_sync([_("cancelling…")])

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        running = self.sync_model.running
        if action == "cancel_sync":
            return running or False  # shown only while a sync runs
        if action == "dry_run":
            return not running or False
        if action == "sync":
            return None if running else True  # shown dimmed while a sync runs
        # no key to the screen in front (the footer has 80 columns)
        return not (action == "show" and parameters and parameters[0] == self.current_mode)

    def action_help(self) -> None:
        """Help for the screen in front: its keys, then the keys of everywhere."""
        from tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen.for_screen(self.screen))

    def action_command_palette(self) -> None:
        """Textual's palette (ctrl+p), its search field in the reader's language."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette",
                                            placeholder=_("Search for commands…")))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for place in PLACES.values():
            action = "test" if place.name == "check" else f"show('{place.name}')"
            yield SystemCommand(_(place.title), _(place.help), partial(self.run_action, action))
        yield SystemCommand(_("Help"), _("The keys of this screen and of everywhere (? or F1)"),
                            self.action_help)
        yield SystemCommand(_("Sync now"), _("Sync Tripletex to the time tracker"),
                            partial(self.run_action, "sync"))
        yield SystemCommand(_("Dry run"), _("Show what a sync would change; write nothing"),
                            partial(self.run_action, "dry_run"))
        yield SystemCommand(_("Full sync"), _("Sync with complete listings (finds deletions)"),
                            partial(self.run_action, "full_sync"))
        yield SystemCommand(_("Cancel sync"), _("Stop the running sync; nothing is written"),
                            self.action_cancel_sync)
        for command in super().get_system_commands(screen):
            if command.title == "Keys":  # Textual's key panel: our help (?) is the one
                continue
            if command.title == "Screenshot":
                command = SystemCommand(_("Screenshot"), _("Save an SVG picture of this screen "
                                        "in rabbitsync's log folder"), self.action_save_picture)
            else:  # Textual's own (Theme, Quit, …): in the reader's language (TEXTUAL_COMMANDS)
                command = command._replace(title=_(command.title), help=_(command.help))
            yield command

    def action_save_picture(self) -> None:
        """An SVG of the screen, saved beside the log (the working folder may not be ours);
        where it went, or why not, in a notice."""
        folder = self.paths.log_dir
        name = f"rabbitsync-{self.current_mode}-{self.clock():%Y%m%d-%H%M%S}.svg"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(self.export_screenshot(), encoding="utf-8")
        except OSError as exc:
            self.notify(_("Screenshot not saved: cannot write {path} ({error}). Fix: free space on "
                          "that disk or make the folder writable.").format(
                              path=folder / name, error=exc.strerror),
                        title=_("Screenshot"), severity="error", timeout=10)
            return
        self.notify(_("Screenshot saved: {path}").format(path=folder / name),
                    title=_("Screenshot"), markup=False)

    async def action_full_sync(self) -> None:
        if await self.action_show("sync"):
            self.start_sync(full=True)

    # ---- the sync ----------------------------------------------------------------------------------
    def start_sync(self, *, dry_run: bool = False, full: bool = False, auto: bool = False,
                   confirmed: bool = False) -> bool:
        """Start a run unless one is running; the first real sync asks to confirm. True if started."""
        if self.sync_model.running:
            if not auto:
                self.notify(_("A sync is already running."), title=_("Sync"), severity="warning")
            return False
        self._reload_config()
        if self.cfg is None or self.cfg.missing():
            what = self.config_error or _("not configured: {fields} missing").format(
                fields=", ".join(self.cfg.missing()))  # type: ignore[union-attr]
            self.notify(_("{what}. Fix: press s for Setup.").format(what=what), title=_("Sync"),
                        severity="error")
            return False
        first = self.store_summary is not None and not self.store_summary.synced_at
        if first and not dry_run and not confirmed:
            self.ask_activation(full=full)
            return False
        reason = _("automatic") if auto else _("by you")
        if self.timing:
            reason += f", {clock(self.clock(), seconds=True)}"
        self.sync_model.start(dry_run=dry_run, reason=reason)
        self._draw_sync()
        self.update_status()
        self._sync_started = datetime.now(UTC)
        self._sync_worker(SyncOptions(dry_run=dry_run, full=full, confirm=confirmed), auto)
        return True

    def ask_activation(self, *, full: bool = False) -> None:
        from core.sync.run import ACTIVATION_TEXT
        from tui.screens.confirm import ConfirmScreen, reflow

        def answered(yes: bool | None) -> None:
            if yes:
                self.start_sync(full=full, confirmed=True)
            else:
                self.sync_model.log.append(_("not activated: nothing was changed"))
                self.sync_model.state = _("Not activated: nothing was changed. Press y when "
                                          "ready.")
                self._draw_sync([_("not activated: nothing was changed")])

        self.push_screen(
            ConfirmScreen(_("First sync: Tripletex becomes the master"),
                          reflow(_(ACTIVATION_TEXT)),  # (core's, marked there)
                          confirm_label=_("Activate and sync (a)"),
                          cancel_label=_("Cancel (esc)")),
            answered,
        )

    @work(exclusive=True, group="sync", exit_on_error=False)
    async def _sync_worker(self, options: SyncOptions, auto: bool) -> None:
        from core.errors import LockedError
        from core.progress import SyncCancelled
        from core.sync.run import ActivationRequired, run_sync

        cancel = CancelToken()
        self._cancel = cancel
        outcome, report, error = "failed", None, None
        try:
            cfg = load_config(self.paths)
            report = await run_sync(self.paths, cfg, options, progress=ProgressRelay(self),
                                    cancel=cancel, between=self._between)
            outcome = "ok"
        except ActivationRequired:
            outcome = "activation"
        except SyncCancelled:
            outcome = "cancelled"
        except LockedError as exc:
            outcome, error = "locked", exc.one_line()
        except RabbitError as exc:
            error = exc.one_line()
        except Exception as exc:  # never a traceback on screen; the log has it
            log.exception("sync failed unexpectedly")
            error = _("unexpected error ({error}). Fix: see {log}").format(
                error=type(exc).__name__, log=self.paths.log_file)
        finally:
            self._cancel = None
        self.post_message(SyncEnded(outcome, report, error, dry_run=options.dry_run, auto=auto))

    def on_sync_progress(self, message: SyncProgress) -> None:
        lines = self.sync_model.feed(message.progress, monotonic())
        self._draw_sync(lines or None)

    def on_sync_ended(self, message: SyncEnded) -> None:
        if message.outcome == "activation":
            self.sync_model.running = False
            self.sync_model.log.append(_("the first sync needs your confirmation"))
            self._draw_sync()
            self.ask_activation()
            return
        if message.report is not None:
            self.last_report = message.report
        self._keep_unsaved_run(message)
        lines = self.sync_model.finish(message.outcome, report=message.report, error=message.error,
                                       timing=self.timing)
        self._draw_sync(lines)
        if not message.dry_run and message.outcome in ("ok", "failed", "locked"):
            self.board.record_current(self.paths.profile, self.clock(), {
                "ok": "ok", "failed": "failed", "locked": "busy"}[message.outcome],
                message.error if message.outcome != "ok" else None)
        if message.outcome == "ok" and not message.dry_run:
            self.last_sync = (self.clock(), "ok")
            self.arm_auto_sync()
            self._forget_stale_screens()
            self._summary_after(message.report)
        elif message.outcome == "locked":
            self.last_sync = (self.clock(), "skipped: another sync is running")
            if not message.auto:
                self.notify(_("Skipped: another sync of this profile is running (cron?)."),
                            title=_("Sync"), severity="warning")
        elif message.outcome == "failed":
            self.last_sync = (self.clock(), "failed")
            if self.current_mode != "sync":  # there the body shows the cause and fix
                self.notify(_("Home (0) shows the cause and what to do."),
                            title=_("Sync failed"), severity="error")
            self._forget_stale_screens()  # History shows the failed run
            self.load_store_summary()
        elif message.outcome == "cancelled" and not message.auto:
            self.notify(_("Cancelled, nothing changed."), title=_("Sync"))
        self.update_status()

    def _keep_unsaved_run(self, message: SyncEnded) -> None:
        """A dry run or a cancelled run writes nothing to the store, so its history does not
        show it: the app keeps it for History while it runs (this session's)."""
        from core.sync.report import summary_of

        report = message.report
        if message.outcome == "ok" and message.dry_run and report is not None:
            run = RunRecord(report.run_id, _iso(self._sync_started), _iso(datetime.now(UTC)),
                            ok=True, dry_run=True, first_sync=report.first_sync,
                            full=report.full, summary=summary_of(report),
                            items=list(report.changes))
        elif message.outcome == "cancelled":
            run = RunRecord(f"cancelled-{len(self.unsaved_runs) + 1}",
                            _iso(self._sync_started), _iso(datetime.now(UTC)), ok=False,
                            dry_run=message.dry_run, first_sync=False, full=False,
                            error=CANCELLED)
        else:
            return
        self.unsaved_runs.append(run)
        self._forget_stale_screens()  # History is made anew with it

    def _draw_sync(self, lines: list[str] | None = None) -> None:
        self.refresh_bindings()  # Cancel shows only while a sync runs
        if self._sync is not None and self._sync.is_mounted:
            self._sync.update_view(lines)

    def on_review_count_changed(self, message: ReviewCountChanged) -> None:
        """Review's decisions: the count on Home follows at once (no store read)."""
        if self.store_summary is not None and self.store_summary.review_pending != message.pending:
            self.store_summary = dataclasses.replace(self.store_summary,
                                                     review_pending=message.pending)
            self.update_status()

    def on_registry_changed(self, _message: RegistryChanged) -> None:
        """A screen changed the registry (a merge in Browse): the screens that read it are made
        anew, and the figures on Home and in the title are read again."""
        self._forget_stale_screens()
        self.load_store_summary()

    def _forget_stale_screens(self) -> None:
        """Review, Browse and History read the store when built: rebuild them after a sync, and
        the one in front reads the store again (its cursor stays where it was)."""
        for name in STALE_AFTER_SYNC:
            if name in self._modes and name != self.current_mode:
                self.remove_mode(name)
        if self.current_mode in STALE_AFTER_SYNC and isinstance(self.screen, ReadsStore):
            self.screen.action_reload()

    # ---- automatic sync ---------------------------------------------------------------------------
    def interval(self) -> timedelta:
        minutes = self.cfg.sync_interval_minutes if self.cfg else 15
        return timedelta(minutes=minutes)

    def _overdue(self) -> bool:
        """The last sync is an interval or more ago (the app was closed): sync soon."""
        return self.last_sync is not None and self.clock() - self.last_sync[0] >= self.interval()

    def arm_auto_sync(self, *, overdue: bool = False) -> None:
        """(Re)start the timer: every `sync_interval_minutes` from now; an overdue sync runs
        OVERDUE_AFTER_S seconds from now (the screen is up first), the interval counting from
        there."""
        if self._auto_timer is not None:
            self._auto_timer.stop()
        if overdue:
            def first() -> None:
                self.auto_sync_tick()
                self.arm_auto_sync()

            self._auto_timer = self.set_timer(OVERDUE_AFTER_S, first, name="auto-sync")
            self.next_sync_at = self.clock() + timedelta(seconds=OVERDUE_AFTER_S)
        else:
            self._auto_timer = self.set_interval(self.interval().total_seconds(),
                                                 self.auto_sync_tick, name="auto-sync")
            self.next_sync_at = self.clock() + self.interval()
        self.update_status()

    def auto_sync_tick(self) -> bool:
        """The timer's tick: an incremental sync unless one is running; with several profiles
        synced before, each of them in turn. True if one started."""
        self.next_sync_at = self.clock() + self.interval()
        names = self.board.auto_names()
        if len(names) > 1 or (names and names[0] != self.paths.profile):
            started = self.start_many(names)
        elif names or self.store_summary is None or self.store_summary.synced_at:
            started = self.start_sync(auto=True)
        else:  # the profile shown has never synced (its first sync asks), and no other is due
            started = False
        if not started and self.sync_model.running:
            self.sync_model.log.append(_("automatic sync skipped: a sync is running"))
            self._draw_sync([_("automatic sync skipped: a sync is running")])
        self.update_status()
        return started

    def on_config_saved(self, message: ConfigSaved) -> None:
        """Setup saved: take the new interval and language, and show the new settings."""
        language_before = self.cfg.language if self.cfg is not None else ""
        self.cfg, self.config_error = message.cfg, None
        spoken = choose(None, message.cfg.language)
        if (message.cfg.language != language_before and spoken != language()
                and not self.language_fixed):
            self.run_worker(self.speak(spoken), group="language")
        setup_logging(self.paths, propagate=False)  # the log's redaction knows the new tokens
        if self._auto_timer is not None:
            self.arm_auto_sync()
        self.load_profiles()  # (a profile configured: it may join the list)
        self.update_status()

    async def speak(self, lang: str) -> None:
        """Speak `lang` from now on (Setup saved a new language): the app's keys told anew, and
        every place made anew in it, the one in front (Setup, just saved: nothing unsaved; only
        Setup posts ConfigSaved) last, by way of Home."""
        set_language(lang)
        self._bindings = self._merged_bindings.copy()  # (the class's, in English) told anew
        translate_bindings(self)
        here = self.current_mode
        for name in [m for m in self._modes if m != here]:
            await self.remove_mode(name)
        for name in ("home", here):
            self.add_mode(name, partial(self._make, name))
            await self.switch_mode(name)
            if name == "home":
                await self.remove_mode(here)
        self.update_status()
        self.notify(_("The language is now {language}.").format(language=LANGUAGE_NAMES[lang]),
                    title=_("Settings"))

    def schedule_text(self, *, short: bool = False) -> str:
        """`last sync 14:02 ok · next 14:17 (every 15 min)`, as Home shows it; `short` for the
        title bar."""
        last = self.last_sync  # its outcome a code ("ok", LAST_SYNC_WORDS): told here
        if last is not None:
            last = (last[0], _(last[1]))
        return schedule_text(self.clock(), running=self.sync_model.running, last=last,
                             next_at=self.next_sync_at, interval=self.interval(), short=short)

    def _home_facts(self) -> HomeFacts:
        rows = self.board.rows(self.paths.profile, self.clock(), self.next_sync_at)
        return HomeFacts(self.cfg, self.config_error, self.store_summary, self.store_error,
                         self.schedule_text(), self.paths.profile,
                         rows if len(rows) > 1 else ())

    def update_status(self) -> None:
        self.sub_title = self.schedule_text(short=True)
        if self._home is not None:
            self._home.show(self._home_facts())

    async def action_quit(self) -> None:
        """Quit; review decisions still being stored are waited for (a few seconds), and when
        they cannot be stored (a sync holds the store) the first `q` says so instead."""
        from core.sync.writer import unsaved

        if self.sync_model.running and not self._stopping:
            self._ask_stop_and_quit()
            return
        if not self._quit_anyway:
            left, why = await asyncio.to_thread(unsaved, self.paths, 3.0)
            if left:
                self._quit_anyway = True
                self.notify(ngettext(
                    "{n} review decision is not stored yet ({why}). Wait a moment, or press q "
                    "again to quit and lose them.",
                    "{n} review decisions are not stored yet ({why}). Wait a moment, or press q "
                    "again to quit and lose them.", left).format(
                        n=number(left), why=why or _("saving")),
                    title=_("Not saved yet"), severity="warning", timeout=15)
                return
        if self._cancel is not None:
            self._cancel.cancel()
            self.sync_model.state = _("stopping…")
            self._draw_sync([_("stopping…")])
        with contextlib.suppress(Exception):  # the session kept between syncs ends with the app
            await asyncio.wait_for(self._between.close(), 3.0)
            # a sync still stopping deletes its own session (the keeper is closed now)
            running = [w for w in self.workers if w.group == "sync" and not w.is_finished]
            await asyncio.wait_for(asyncio.gather(*(w.wait() for w in running)), 3.0)
        self.exit(0)


    def _ask_stop_and_quit(self) -> None:
        from tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self._stopping = True
                self.notify(_("Stopping the sync…"), title=_("Quit"))
                self.call_later(self.action_quit)

        self.push_screen(ConfirmScreen(
            _("A sync is running"),
            _("Stop it and quit? Nothing is half-written: the registry stays as it was before "
              "this sync, and the next sync brings everything in."),
            confirm_label=_("Stop and quit (a)"), cancel_label=_("Keep syncing (esc)"),
            confirm_help=_("Stop the sync and quit")), answered)


def run_app(paths: ProfilePaths, *, language_fixed: bool = False) -> int:
    """Open the app on a profile; returns the exit code. `language_fixed`: `--lang` was given
    (the profile's language setting then applies from a start without it)."""
    setup_logging(paths, propagate=False)
    app = RabbitApp(paths, language_fixed=language_fixed)
    code = app.run()
    return int(code or 0)
