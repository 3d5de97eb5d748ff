"""`rabbitsync sync --all` / `sync --profiles a,b`: every profile (or those named) in turn
(core.sync.many), each one's summary as it ends, and a table at the end: per profile and
company, what changed, what waits for review, and each error with its cause and fix.

`--json` prints one object, `{"profiles": [{"profile", "company_id", "ok", "result" | "error"}]}`.
Exit 0 when every profile synced, 1 when any failed (each failure also on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import sys

from core.cli.counts import count
from core.cli.sync import ProgressLine, install_sigterm, summary_text
from core.config import ENV_OVERRIDES
from core.errors import EXIT_FAILED, EXIT_OK, UsageError
from core.i18n import N_, _
from core.paths import profile_names, valid_profile
from core.profiles import office_profiles
from core.progress import Progress
from core.sync.many import ProfileOutcome, run_profiles
from core.sync.run import SyncOptions
from core.words import plural

ACTIONS = ("created", "linked", "updated", "archived")
# a count of records changed in one way, in the table's CHANGED column
CHANGED_WORDS = {"created": N_("{n} created"), "linked": N_("{n} linked"),
                 "updated": N_("{n} updated"), "archived": N_("{n} archived")}


def chosen_profiles(args: argparse.Namespace) -> list[str]:
    """The profiles `--all` or `--profiles a,b` name; UsageError (exit 2) for a name that is
    no profile, or when there is none."""
    existing = profile_names()
    if args.all and args.profiles is not None:
        raise UsageError(_("--all and --profiles cannot be given together"),
                         _("use --all for every profile, or --profiles a,b for some"))
    if args.watch is not None:
        raise UsageError(_("--watch syncs one profile; it cannot be used with --all or "
                           "--profiles"),
                         _("run `rabbitsync sync --all` from cron instead, e.g. `*/15 * * * * "
                           "rabbitsync sync --all --json >> sync.log`"))
    variable = ENV_OVERRIDES["company_id"]
    if os.environ.get(variable):
        raise UsageError(_("{variable} is set: it would make every profile sync the same "
                           "company").format(variable=variable),
                         _("unset {variable}: each profile's config holds its company id")
                         .format(variable=variable))
    if args.all:
        office = office_profiles(existing)
        names = [n for n in existing if n not in office]
        if office:  # (a note, not an error: such a profile has nothing to sync)
            print("rabbitsync: " + _(
                "not synced: {profiles} (the accounting office's key, without a client company "
                "id: it lists the clients, whose own profiles are synced)").format(
                profiles=", ".join(office)), file=sys.stderr)
        if not names:
            raise UsageError(_("there is no profile to sync: none has a configuration yet but "
                               "the office's") if office else
                             _("there is no profile to sync: none has a configuration yet"),
                             _("make one per client company with `rabbitsync companies "
                               "--add-all`, or configure one with `rabbitsync config set`"))
        return names
    names: list[str] = []
    for raw in args.profiles.split(","):
        name = raw.strip()
        if name and name not in names:
            names.append(name)
    unknown = [n for n in names if not valid_profile(n) or n not in existing]
    if not names or unknown:
        known = ", ".join(existing) or _("none yet")
        raise UsageError(_("no profile named {names}").format(
                             names=", ".join(unknown) or repr(args.profiles)),
                         _("name profiles that exist, comma-separated (the profiles: {known})")
                         .format(known=known))
    return names


def changed_text(outcome: ProfileOutcome) -> str:
    """What a run changed, customers and projects together: `3 created, 1 updated`."""
    report = outcome.report
    if report is None:
        return "-"
    counts = {a: report.customers.get(a, 0) + report.projects.get(a, 0) for a in ACTIONS}
    parts = [_(CHANGED_WORDS[a]).format(n=count(n)) for a, n in counts.items() if n]
    text = ", ".join(parts) if parts else _("nothing")
    return _("would: {changes}").format(changes=text) if report.dry_run and parts else text


def result_text(outcome: ProfileOutcome) -> str:
    if outcome.ok:
        return _("dry run") if outcome.report is not None and outcome.report.dry_run else _("ok")
    if outcome.locked:
        return _("BUSY")
    return _("CANCELLED") if outcome.cancelled else _("FAILED")


def table_text(outcomes: list[ProfileOutcome]) -> str:
    """The table that ends `sync --all`: one row per profile, then the errors."""
    rows = [(_("PROFILE"), _("COMPANY"), _("RESULT"), _("REVIEW"), _("CHANGED"))]
    for o in outcomes:
        review = count(o.report.review_pending) if o.report is not None else "-"
        rows.append((o.profile, str(o.company_id) if o.company_id is not None else _("own"),
                     result_text(o), review, changed_text(o)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:4], widths, strict=True)) + "  " + r[4]
             for r in rows]
    failed = [o for o in outcomes if not o.ok]
    synced = len(outcomes) - len(failed)
    total = plural(len(outcomes), "profile")
    lines.append(_("{synced} of {total} synced, {failed} failed:").format(
        synced=count(synced), total=total, failed=count(len(failed))) if failed else
        _("{synced} of {total} synced.").format(synced=count(synced), total=total))
    for o in failed:
        lines.append(f"  {o.profile}: {o.error}")
    waiting = [o for o in outcomes if o.report is not None and o.report.review_pending]
    if waiting:
        lines.append(_("Review waits in {profiles}: run `rabbitsync --profile NAME review`")
                     .format(profiles=", ".join(o.profile for o in waiting)))
    return "\n".join(lines)


def cli_sync_many(args: argparse.Namespace) -> int:
    """`sync --all` / `sync --profiles a,b` (with --dry-run, --yes, --full, --json)."""
    names = chosen_profiles(args)
    install_sigterm()
    line = ProgressLine()  # (only on a terminal's stderr)

    def progress(profile: str, p: Progress) -> None:
        line(dataclasses.replace(p, message=f"{profile}: {_(p.message)}"))

    def done(outcome: ProfileOutcome) -> None:
        line.clear()
        if not outcome.ok:
            print("rabbitsync: " + _("profile {profile}: {error}").format(
                profile=outcome.profile, error=outcome.error), file=sys.stderr, flush=True)
        if args.json:
            return
        company = (_("company {id}").format(id=outcome.company_id) if outcome.company_id
                   else _("own company"))
        print(f"== {outcome.profile} ({company})", flush=True)
        if outcome.report is not None:
            print(summary_text(outcome.report), flush=True)
        else:  # (the error itself is on stderr, and in the table at the end)
            print(_("  {result}: see the errors below").format(result=result_text(outcome)),
                  flush=True)

    options = SyncOptions(dry_run=args.dry_run, full=args.full, confirm=bool(args.yes))
    try:
        outcomes = asyncio.run(run_profiles(names, options, progress=progress, on_done=done))
    finally:
        line.clear()
    if args.json:
        print(json.dumps({"profiles": [o.to_json() for o in outcomes]}, ensure_ascii=False),
              flush=True)
    else:
        print(table_text(outcomes), flush=True)
    return EXIT_OK if all(o.ok for o in outcomes) else EXIT_FAILED
