"""Sync many profiles in turn (`sync --all`, `sync --profiles a,b`, the app's profile list).

Each profile runs as `rabbitsync --profile NAME sync` would: its own config, lock, store and
history. One failing (a company the key has no access to, its lock held by another sync, a
network error) does not stop the others: its outcome says why, in one line with cause and fix.
Profiles with the same Tripletex tokens (an accounting office's key for its clients) share one
rate budget and one session (core.tripletex.pool): the limit is the key's, not a company's.

    outcomes = await run_profiles(["fjordkraft-as", "nordhav-as"], SyncOptions(confirm=True))
    [o.to_json() for o in outcomes]   # the entries of `sync --all --json`
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from core.config import Config, load_config
from core.errors import LockedError, RabbitError
from core.i18n import _
from core.paths import profile_paths
from core.profiles import company_id_of
from core.progress import CancelToken, Progress, SyncCancelled
from core.secret import redact
from core.sync.report import SyncReport
from core.sync.run import ActivationRequired, SyncOptions, run_sync
from core.tripletex.pool import ClientPool

log = logging.getLogger("rabbitsync.engine")

ProfileProgress = Callable[[str, Progress], None]


@dataclass
class ProfileOutcome:
    """How one profile's sync went: its report, or the one-line error (cause and fix).
    `locked`: another sync of the profile held its lock; `cancelled`: it did not run, or was
    stopped, because the whole batch was cancelled."""

    profile: str
    company_id: int | None
    ok: bool
    report: SyncReport | None = None
    error: str | None = None
    locked: bool = False
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        """An entry of `sync --all --json`."""
        out: dict[str, Any] = {"profile": self.profile, "company_id": self.company_id,
                               "ok": self.ok}
        if self.ok and self.report is not None:
            out["result"] = self.report.to_json()
        else:
            out["error"] = self.error
        return out


def _activation(profile: str, exc: ActivationRequired) -> str:
    return RabbitError(
        _("profile {profile} has not been synced yet, and {cause}").format(
            profile=profile, cause=exc.cause),
        _("run `rabbitsync sync --profiles {profile} --yes` to confirm (or add --yes to this "
          "command), or `rabbitsync --profile {profile} sync --dry-run` to preview").format(
            profile=profile),
    ).one_line()


def _unexpected(profile: str, exc: Exception, cfg: Config | None) -> str:
    text = redact("".join(traceback.format_exception(exc)), cfg.secrets() if cfg else [])
    log.error("profile %s: unexpected error:\n%s", profile, text)
    log_file = profile_paths(profile).log_file
    return _("unexpected error ({error}); nothing was half-written. Fix: try again; if it "
             "persists, report it with the log file {log_file}").format(
        error=type(exc).__name__, log_file=log_file)


async def run_profiles(
    profiles: Sequence[str],
    options: SyncOptions,
    *,
    progress: ProfileProgress | None = None,
    on_done: Callable[[ProfileOutcome], None] | None = None,
    cancel: CancelToken | None = None,
) -> list[ProfileOutcome]:
    """Sync each profile in turn with `options` (dry run, full, the activation confirmed);
    one outcome per profile, in order. `progress(profile, p)` reports each run's progress,
    `on_done(outcome)` each outcome as it is known. A `cancel` stops the run under way
    (nothing of it is written) and the profiles after it do not run (both `cancelled`)."""
    pool = ClientPool()
    outcomes: list[ProfileOutcome] = []
    try:
        for name in profiles:
            if cancel is not None and cancel.cancelled:
                outcome = ProfileOutcome(name, None, False, cancelled=True,
                                         error=_("not run: the sync was cancelled"))
            else:
                outcome = await _one(pool, name, options, progress, cancel)
            outcomes.append(outcome)
            if on_done is not None:
                on_done(outcome)
    finally:
        await pool.close()
    return outcomes


async def _one(pool: ClientPool, name: str, options: SyncOptions,
               progress: ProfileProgress | None, cancel: CancelToken | None) -> ProfileOutcome:
    """One profile's sync, whatever becomes of it."""
    cfg: Config | None = None
    company_id: int | None = None
    # a token per run: a batch's cancel reaches the run under way (a run's token is spent once
    # it has written)
    mine = CancelToken()
    unhook = cancel.on_cancel(mine.cancel) if cancel is not None else (lambda: None)
    try:
        paths = profile_paths(name)
        cfg = load_config(paths)
        company_id = company_id_of(cfg)
        client = pool.client(cfg)
        try:
            report = await run_sync(paths, cfg, options, cancel=mine, client=client,
                                    progress=(lambda p: progress(name, p)) if progress else None)
        finally:
            await pool.release(cfg, client)
        return ProfileOutcome(name, company_id, True, report=report)
    except SyncCancelled as exc:
        return ProfileOutcome(name, company_id, False, error=exc.one_line(), cancelled=True)
    except ActivationRequired as exc:
        return ProfileOutcome(name, company_id, False, error=_activation(name, exc))
    except LockedError as exc:
        return ProfileOutcome(name, company_id, False, error=exc.one_line(), locked=True)
    except RabbitError as exc:
        return ProfileOutcome(name, company_id, False, error=exc.one_line())
    except ValueError as exc:  # a bad profile name (profile_paths)
        return ProfileOutcome(name, company_id, False, error=_(
            "{error}. Fix: name an existing profile (`rabbitsync sync --all` runs every one)"
        ).format(error=exc))
    except Exception as exc:  # noqa: BLE001 - one profile's bug must not stop the others
        return ProfileOutcome(name, company_id, False, error=_unexpected(name, exc, cfg))
    finally:
        unhook()
