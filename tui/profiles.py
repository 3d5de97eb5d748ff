"""Every profile as the app knows it: Home's profile list and the automatic sync of every profile.

`read_profiles` reads each profile's config and registry figures (in a worker: registries may be
big); `ProfileBoard` keeps them with what this session's runs said since, and says which
profiles the automatic sync covers (those synced before, with a complete config, not the
accounting office's own key, which lists clients and syncs nothing) and what Home shows of each.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime

from core.config import ENV_OVERRIDES, load_config
from core.errors import RabbitError
from core.i18n import N_, _, language, locale_name, number
from core.paths import ProfilePaths, profile_names, profile_paths
from core.profiles import company_id_of, office_profiles
from core.store.status import load_status
from core.sync.many import ProfileOutcome
from tui.screens.home import ProfileRow, StoreSummary

log = logging.getLogger("rabbitsync.tui")

# a run's result (`Ran.result`, a code) as Home's list and the Sync log tell it
RESULT_WORDS = (N_("ok"), N_("failed"), N_("busy"), N_("cancelled"))
# a moment of another day in Home's list: "Mar 01 09:15" / "1. mars 09:15" (Babel)
_DAY_AND_TIME = {"en": "MMM dd HH:mm", "nb": "d. MMM HH:mm"}


@dataclass(frozen=True)
class ProfileFacts:
    """A profile's config and registry, as read from its files."""

    name: str
    company_id: int | None = None
    office: bool = False  # the office's key itself (no company id, the clients' tokens)
    ready: bool = False  # nothing missing in the config
    summary: StoreSummary | None = None
    error: str | None = None  # its config or registry cannot be read


@dataclass(frozen=True)
class Ran:
    """A run of this session: when it ended, how ("ok", "failed", "busy", "cancelled"), and
    its error and review count."""

    when: datetime
    result: str
    error: str | None = None
    review: int | None = None


def read_profiles(current: str) -> list[ProfileFacts]:
    """Every profile with a config (and `current`, configured or not), by name. Call it in a
    worker: it reads each registry but `current`'s, whose figures the app reads itself (a second
    read of a big registry beside the app's own held up the first screen: 0.7 s → 1.1 s)."""
    names = sorted({*profile_names(), current})
    office = set(office_profiles(names))
    out: list[ProfileFacts] = []
    for name in names:
        paths = profile_paths(name)
        try:
            cfg = load_config(paths)
        except RabbitError as exc:
            out.append(ProfileFacts(name, error=_("config unreadable: {error}").format(
                error=exc.one_line())))
            continue
        facts = ProfileFacts(name, company_id_of(cfg), name in office, not cfg.missing())
        if name == current:
            out.append(facts)
            continue
        try:
            summary = _row_summary(paths)
        except RabbitError as exc:
            out.append(ProfileFacts(**{**facts.__dict__, "error": exc.one_line()}))
            continue
        except Exception as exc:  # one unreadable registry must not hide the others
            log.exception("reading profile %s's registry failed", name)
            out.append(ProfileFacts(**{**facts.__dict__, "error": _(
                "registry unreadable ({error}); see {log}").format(
                    error=type(exc).__name__, log=paths.log_file)}))
            continue
        out.append(ProfileFacts(**{**facts.__dict__, "summary": summary}))
    return out


def _row_summary(paths: ProfilePaths) -> StoreSummary:
    """What a row of Home's list shows of a profile: from its sync status file when that
    describes the registry as it is and its last run went well (a few hundred bytes), else
    counted from the registry itself (a big one takes a moment; a failed run or a review
    decision since the last sync leaves the status file behind the registry)."""
    from core.store.store import Store

    status = load_status(paths)
    if status is not None and status.last_run.get("ok") is True:
        last = status.last_run
        return StoreSummary(review_pending=status.review_pending,
                            synced_at=status.cursor.synced_at, last_run_ok=True,
                            last_run_at=last.get("finished_at") or last.get("started_at"))
    return StoreSummary.of(Store(paths).read())


def _when(iso: str | None, tz: object) -> datetime | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).astimezone(tz)  # type: ignore[arg-type]
    except ValueError:
        return None


def _at(when: datetime, now: datetime) -> str:
    """"14:02" today, "Mar 01 09:15" another day (in the reader's language)."""
    if when.date() == now.date():
        return f"{when:%H:%M}"  # (the same in both; its own zone, as the app's clock gives it)
    from babel.dates import format_datetime

    return format_datetime(when, _DAY_AND_TIME[language()], locale=locale_name())


@dataclass
class ProfileBoard:
    """The profiles and this session's runs of each (the app's one owner of them)."""

    facts: dict[str, ProfileFacts] = field(default_factory=dict)
    ran: dict[str, Ran] = field(default_factory=dict)
    loaded: bool = False

    def load(self, facts: list[ProfileFacts]) -> None:
        self.facts = {f.name: f for f in facts}
        self.loaded = True

    def names(self) -> list[str]:
        return list(self.facts)

    def set_summary(self, name: str, summary: StoreSummary) -> None:
        """The app read (or a sync reported) the current profile's figures."""
        if name in self.facts:
            f = self.facts[name]
            self.facts[name] = ProfileFacts(f.name, f.company_id, f.office, f.ready, summary)

    def record(self, outcome: ProfileOutcome, when: datetime) -> Ran:
        """One profile's run of the automatic sync ended."""
        result = ("ok" if outcome.ok else "busy" if outcome.locked
                  else "cancelled" if outcome.cancelled else "failed")
        review = outcome.report.review_pending if outcome.report is not None else None
        ran = Ran(when, result, None if outcome.ok else outcome.error, review)
        self.ran[outcome.profile] = ran
        return ran

    def record_current(self, name: str, when: datetime, result: str,
                       error: str | None = None) -> None:
        """A run of the profile shown (the app's own sync) ended."""
        self.ran[name] = Ran(when, result, error)

    def auto_names(self) -> list[str]:
        """The profiles the automatic sync covers, by name: synced before (a first sync needs
        its confirmation), configured, not the office's own key. With the company id set in the
        environment every profile would sync that one company: none then."""
        if os.environ.get(ENV_OVERRIDES["company_id"]):
            return []
        out = []
        for name, f in self.facts.items():
            synced = (f.summary is not None and f.summary.synced_at is not None) or (
                name in self.ran and self.ran[name].result == "ok")
            if synced and f.ready and not f.office and f.error is None:
                out.append(name)
        return out

    def oldest_sync(self, tz: object) -> datetime | None:
        """When the profile the automatic sync covers that was synced longest ago last synced."""
        times = []
        for name in self.auto_names():
            ran = self.ran.get(name)
            summary = self.facts[name].summary
            when = ran.when if ran is not None and ran.result == "ok" else _when(
                summary.synced_at if summary else None, tz)
            if when is not None:
                times.append(when)
        return min(times, default=None)

    def rows(self, current: str, now: datetime, next_at: datetime | None
             ) -> tuple[ProfileRow, ...]:
        """Home's profile list."""
        auto = set(self.auto_names())
        out = []
        for name, f in self.facts.items():
            s = f.summary
            ran = self.ran.get(name)
            company = (str(f.company_id) if f.company_id is not None
                       else _("office") if f.office else _("own"))
            error = f.error or ""
            if ran is not None:
                last = f"{_at(ran.when, now)} {_(ran.result)}"
                error = error or ran.error or ""
            elif s is not None and (when := _when(s.last_run_at or s.synced_at, now.tzinfo)):
                last = f"{_at(when, now)} {_('failed') if s.last_run_ok is False else _('ok')}"
                if s.last_run_ok is False:
                    error = error or s.last_run_error or _("no cause was recorded")
            else:
                last = _("never")
            review = ran.review if ran is not None and ran.review is not None else (
                s.review_pending if s is not None and (s.synced_at or s.review_pending) else None)
            out.append(ProfileRow(
                name=name, company=company, last=last,
                next=f"{next_at:%H:%M}" if name in auto and next_at is not None else "-",
                review=number(review) if review is not None else "-", error=error,
                current=name == current))
        return tuple(out)
