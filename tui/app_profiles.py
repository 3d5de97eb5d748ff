"""The app's side of many profiles (an accounting office's clients): Home's list of every
profile, switching the profile shown, and the automatic sync of every profile synced before, one
at a time (core.sync.many: one rate budget and session for a key). `RabbitApp` mixes it in; it
uses the app's own sync model, timer and screens (tui.app).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from textual import work

from core.config import Config
from core.i18n import N_, _, clock, ngettext, number
from core.logs import setup_logging
from core.paths import ProfilePaths, profile_paths
from core.progress import CancelToken, Progress
from core.sync.between import Between
from core.sync.run import SyncOptions, SyncReport
from tui.messages import (
    ProfilesChanged,
    ProfilesSyncEnded,
    ProfileSyncEnded,
    ProgressRelay,
    SwitchProfile,
)
from tui.profiles import ProfileBoard, ProfileFacts, read_profiles
from tui.screens.check import CheckScreen
from tui.screens.home import StoreSummary
from tui.screens.sync import SyncModel, SyncScreen

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.timer import Timer

log = logging.getLogger("rabbitsync.tui")

# what a profile's run of the automatic sync did, in its line of the Sync log
CHANGED_WORDS = {"created": N_("{n} created"), "linked": N_("{n} linked"),
                 "updated": N_("{n} updated"), "archived": N_("{n} archived")}


class ProfilesMixin:
    """Every profile, for `RabbitApp` (an App: `notify`, `call_from_thread`, modes, workers)."""

    paths: ProfilePaths
    cfg: Config | None
    config_error: str | None
    store_summary: StoreSummary | None
    store_error: str | None
    last_sync: tuple[datetime, str] | None
    last_report: SyncReport | None
    next_sync_at: datetime | None
    sync_model: SyncModel
    board: ProfileBoard
    timing: bool
    clock: Callable[[], datetime]
    _auto_timer: Timer | None
    _cancel: CancelToken | None
    _between: Between
    _sync: SyncScreen | None
    _check: CheckScreen | None

    if TYPE_CHECKING:  # (the app's, and Textual's)
        from textual.app import App

        notify = App.notify
        call_from_thread = App.call_from_thread
        post_message = App.post_message
        switch_mode = App.switch_mode
        remove_mode = App.remove_mode
        current_mode = App.current_mode
        _modes = App._modes

        def interval(self) -> timedelta: ...
        def arm_auto_sync(self, *, overdue: bool = False) -> None: ...
        def update_status(self) -> None: ...
        def load_store_summary(self) -> None: ...
        def _reload_config(self) -> None: ...
        def _draw_sync(self, lines: list[str] | None = None) -> None: ...
        def _forget_stale_screens(self) -> None: ...
        def _summary_after(self, report: SyncReport | None) -> None: ...

    # ---- every profile -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="profiles", exit_on_error=False)
    def load_profiles(self) -> None:
        """Read every profile's config and registry figures off the UI thread (Home's list)."""
        try:
            facts = read_profiles(self.paths.profile)
        except Exception:  # the list is extra: without it Home shows the profile in front
            log.exception("reading the profiles failed")
            facts = []
        self.call_from_thread(self._profiles_loaded, facts)

    def _profiles_loaded(self, facts: list[ProfileFacts]) -> None:
        self.board.load(facts)
        if self.store_summary is not None:  # (the app's own figures are the newer)
            self.board.set_summary(self.paths.profile, self.store_summary)
        self._arm_for_profiles()
        self.update_status()

    def _arm_for_profiles(self) -> None:
        """Start the timer when profiles other than the one shown are due for automatic syncs
        (the one shown alone: it starts when its registry is read); overdue when the one
        synced longest ago was an interval or more ago."""
        names = self.board.auto_names()
        if self._auto_timer is None and names and names != [self.paths.profile]:
            oldest = self.board.oldest_sync(self.clock().tzinfo)
            self.arm_auto_sync(overdue=oldest is not None
                               and self.clock() - oldest >= self.interval())

    def on_profiles_changed(self, _message: ProfilesChanged) -> None:
        """Setup's company list made profiles: Home lists them."""
        self.load_profiles()

    async def on_switch_profile(self, message: SwitchProfile) -> None:
        await self.switch_profile(message.name)

    async def switch_profile(self, name: str) -> bool:
        """Show profile `name`: its settings, registry, review list and history (every screen
        is made anew for it). Not while a sync runs, nor while review decisions are still being
        stored. True when switched."""
        from core.sync.writer import unsaved

        if name == self.paths.profile:
            return False
        if self.sync_model.running:
            self.notify(_("Not switched to {name}: a sync is running. Wait for it to end, or "
                          "cancel it on the Sync screen (y, then c).").format(name=name),
                        title=_("Profiles"), severity="warning")
            return False
        left, why = await asyncio.to_thread(unsaved, self.paths, 3.0)
        if self.sync_model.running:  # (the timer may have started one meanwhile)
            self.notify(_("Not switched to {name}: a sync started. Try again when it ends."
                          ).format(name=name), title=_("Profiles"), severity="warning")
            return False
        if left:
            self.notify(ngettext(
                "Not switched to {name}: {n} review decision of {profile} is not stored yet "
                "({why}). Try again in a moment.",
                "Not switched to {name}: {n} review decisions of {profile} are not stored yet "
                "({why}). Try again in a moment.", left).format(
                    name=name, n=number(left), profile=self.paths.profile,
                    why=why or _("saving")), title=_("Profiles"), severity="warning")
            return False
        try:
            paths = profile_paths(name)
        except ValueError as exc:
            self.notify(str(exc), title=_("Profiles"), severity="error")
            return False
        if self.current_mode != "home":
            await self.switch_mode("home")
        for mode in [m for m in self._modes if m != "home"]:
            await self.remove_mode(mode)
        self._sync = self._check = None
        with contextlib.suppress(Exception):  # the session kept for the last profile's syncs
            await asyncio.wait_for(self._between.close(), 3.0)
        self._between = Between()
        self.paths = paths
        setup_logging(paths, propagate=False)  # its log, and redaction of its tokens
        self._reload_config()
        self.store_summary = self.store_error = None
        self.last_sync = self.last_report = None
        ran = self.board.ran.get(name)  # this session's last run of it (an idle one leaves
        if ran is not None:  # no trace in its registry)
            self.last_sync = (ran.when, {"busy": "skipped: another sync is running"}.get(
                ran.result, ran.result))
        self.sync_model = SyncModel()
        self._arm_for_profiles()  # (the timer is the app's: it goes on, for every profile)
        if self.config_error:
            self.notify(self.config_error, title=_("Config"), severity="error", timeout=15)
        self.update_status()
        self.load_store_summary()
        return True


    def start_many(self, names: list[str]) -> bool:
        """The automatic sync of every profile in `names`, one at a time. True if started."""
        if self.sync_model.running:
            return False
        reason = _("automatic, {n} profiles").format(n=number(len(names)))
        if self.timing:
            reason += f", {clock(self.clock(), seconds=True)}"
        self.sync_model.start(dry_run=False, reason=reason)
        self.sync_model.state = _("Syncing {n} profiles one at a time… press c to cancel."
                                  ).format(n=number(len(names)))
        self._draw_sync()
        self.update_status()
        self._many_worker(names)
        return True

    @work(exclusive=True, group="sync", exit_on_error=False)
    async def _many_worker(self, names: list[str]) -> None:
        from core.sync.many import run_profiles

        cancel = CancelToken()
        self._cancel = cancel
        relay = ProgressRelay(self)

        def progress(name: str, p: Progress) -> None:
            relay(dataclasses.replace(p, message=f"{name}: {p.message}"))

        try:
            outcomes = await run_profiles(names, SyncOptions(), progress=progress,
                                          on_done=lambda o: self.post_message(ProfileSyncEnded(o)),
                                          cancel=cancel)
        except Exception:  # (run_profiles keeps each profile's error; a last guard)
            log.exception("the automatic sync of every profile failed unexpectedly")
            outcomes = []
        finally:
            self._cancel = None
        self.post_message(ProfilesSyncEnded(outcomes))

    def on_profile_sync_ended(self, message: ProfileSyncEnded) -> None:
        """One profile of the automatic sync ended: its line on Home and in the Sync log."""
        o = message.outcome
        ran = self.board.record(o, self.clock())
        company = (_("company {id}").format(id=o.company_id) if o.company_id is not None
                   else _("own company"))
        what = _(ran.result)  # (tui.profiles.RESULT_WORDS)
        if o.report is not None:
            changed = {a: o.report.customers.get(a, 0) + o.report.projects.get(a, 0)
                       for a in CHANGED_WORDS}
            what += ": " + (", ".join(_(CHANGED_WORDS[a]).format(n=n)
                                      for a, n in changed.items() if n)
                            or _("nothing changed"))
        elif o.error:
            what += f": {o.error}"
        self._draw_sync(self.sync_model.profile_done(f"{o.profile} ({company}) {what}"))
        if o.profile == self.paths.profile:
            if o.report is not None:
                self.last_report = o.report
            self.last_sync = (self.clock(), {"busy": "skipped: another sync is running"}.get(
                ran.result, ran.result))
        self.update_status()

    def on_profiles_sync_ended(self, message: ProfilesSyncEnded) -> None:
        """The automatic sync of every profile ended: the profile shown is read again."""
        outcomes = message.outcomes
        failed = [o.profile for o in outcomes if not o.ok and not o.cancelled]
        cancelled = any(o.cancelled for o in outcomes)
        synced = sum(1 for o in outcomes if o.ok)
        self._draw_sync(self.sync_model.finish_many(synced, failed, cancelled))
        mine = next((o for o in outcomes if o.profile == self.paths.profile), None)
        if mine is not None and (mine.ok or not mine.cancelled):
            self._forget_stale_screens()
            if mine.ok:
                self._summary_after(mine.report)
            else:
                self.load_store_summary()
        if failed and self.current_mode not in ("home", "sync"):
            self.notify(_("Not synced: {profiles}. Home (0) shows why.").format(
                profiles=", ".join(failed)), title=_("Automatic sync"), severity="error")
        self.load_profiles()
        self.update_status()

