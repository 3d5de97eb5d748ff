"""`rabbitsync sync`: one run, or `--watch` runs, with a progress line on a terminal."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import signal
import sys
import time
from typing import Any

from core.cli.counts import count, seconds
from core.config import load_config
from core.errors import EXIT_OK, LockedError, RabbitError, UsageError
from core.i18n import N_, _, language, ngettext, number, retell
from core.paths import ProfilePaths
from core.sync.between import Between
from core.sync.run import (
    ACTIVATION_TEXT,
    ActivationRequired,
    Progress,
    SyncOptions,
    SyncReport,
    run_sync,
)
from core.views.outcomes import outcome_words
from core.words import plural

MAX_LISTED = 50  # a dry run's links listed by name (`--json` has them all)
# a progress report's phase (core.progress.PHASES, and "done"), as the progress line names it
PHASE_WORDS = {"customers": N_("customers"), "projects": N_("projects"),
               "matching": N_("matching"), "applying": N_("applying"), "done": N_("done")}

# why a Tripletex project is not synced (core.sync.plan: the report and `--json` keep them in
# English), told in the reader's language
SKIP_REASONS = (
    N_("level {level} in Tripletex; the time tracker has two project levels"),
    N_("its main project is not visible in Tripletex (missing or a loop)"),
    N_("its customer is ignored"),
    N_("its customer awaits review; synced once that is decided"),
    N_("its customer {id} is not synced"),
    N_("its main project is ignored"),
    N_("its main project awaits review; synced once that is decided"),
)
NOT_SYNCED_PARENT = N_("its main project is not synced ({reason})")


def reason_words(reason: str) -> str:
    """A skipped project's reason in the reader's language (a main project's own reason
    inside its sub-project's too); as it is when it is none of core.sync.plan's."""
    if language() == "en":
        return reason
    head, sep, rest = NOT_SYNCED_PARENT.partition("{reason}")
    if sep and reason.startswith(head) and reason.endswith(rest):
        inner = reason[len(head):len(reason) - len(rest)]
        return _(NOT_SYNCED_PARENT).format(reason=reason_words(inner))
    return retell(reason, SKIP_REASONS)


class ProgressLine:
    """A one-line progress display on stderr, a few updates a second, only on a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self._last = 0.0
        self._shown = False

    def __call__(self, p: Progress) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if p.phase != "done" and now - self._last < 0.2:
            return
        self._last = now
        total = f"/{p.total}" if p.total else ""
        phase = _(PHASE_WORDS[p.phase]) if p.phase in PHASE_WORDS else p.phase
        text = f"{phase:10} {p.done}{total}  {_(p.message)}"[:79]
        sys.stderr.write("\r\x1b[K" + text)
        sys.stderr.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self._shown = False


def summary_text(r: SyncReport) -> str:
    """The run as text: its totals with their labels, what a dry run would link and create
    (each record by name), what was not synced, warnings and what waits for review."""
    if r.dry_run:
        kind = _("Dry run (nothing written)")
    else:
        kind = _("First sync") if r.first_sync else _("Sync")
    c, p = r.customers, r.projects
    head = (_("{kind}: {seconds}, {requests} to Tripletex (complete listing)")
            if r.full and not r.first_sync else _("{kind}: {seconds}, {requests} to Tripletex"))
    n = number
    lines = [
        head.format(kind=kind, seconds=seconds(r.duration_s),
                    requests=plural(r.requests, "request")),
        _("  customers: {created} created, {linked} linked, {updated} updated, {archived} "
          "archived, {unchanged} unchanged").format(
            created=n(c["created"]), linked=n(c["linked"]), updated=n(c["updated"]),
            archived=n(c["archived"]), unchanged=n(c["unchanged"])),
        _("  projects:  {created} created, {linked} linked, {updated} updated, {archived} "
          "archived, {unchanged} unchanged, {deep} too deep").format(
            created=n(p["created"]), linked=n(p["linked"]), updated=n(p["updated"]),
            archived=n(p["archived"]), unchanged=n(p["unchanged"]), deep=n(p["skipped_depth"])),
    ]
    if r.dry_run:
        # the run's outcomes carry the names: one per link, in the links' order
        made = {(o.get("kind"), o.get("tripletex_id")): o for o in r.changes
                if o.get("action") in ("created", "linked")}
        for link in r.links[:MAX_LISTED]:
            o = made.get((link["kind"], link["tripletex_id"])) or {
                **link, "action": "created" if link["method"] == "created" else "linked"}
            lines.append(f"    {outcome_words(o, dry_run=True)}")
        if len(r.links) > MAX_LISTED:
            lines.append(_("    … and {n} more (see --json)").format(
                n=n(len(r.links) - MAX_LISTED)))
    skipped = r.skipped
    if skipped:
        lines.append(_("  not synced: {projects}, e.g.").format(
            projects=plural(len(skipped), "Tripletex project")))
        for s in skipped[:5]:
            where = f" [{s['path']}]" if s.get("path") else ""
            lines.append(_("    {name} (Tripletex id {id}){where}: {reason}").format(
                name=s["name"], id=s["tripletex_id"], where=where, reason=reason_words(s["reason"])))
    for w in r.warnings:
        lines.append(_("  warning: {warning}").format(warning=w))
    if r.review_pending:
        k = r.review_pending
        lines.append(ngettext("  {entries} needs review: run `rabbitsync review`",
                              "  {entries} need review: run `rabbitsync review`", k)
                     .format(entries=plural(k, "entry")))
    return "\n".join(lines)


def _confirm_interactively() -> bool:

    if not sys.stdin.isatty():
        return False
    print(_(ACTIVATION_TEXT), file=sys.stderr)
    try:
        answer = input(_("Type 'yes' to activate and run the first sync: "))
    except EOFError:
        return False
    return answer.strip().lower() in {"yes", _("yes")}


def _once(paths: ProfilePaths, args: argparse.Namespace, confirm: bool,
          between: Between | None = None) -> SyncReport:
    cfg = load_config(paths)
    line = ProgressLine()  # only on a terminal's stderr, so --json output stays clean
    try:
        return asyncio.run(
            run_sync(
                paths,
                cfg,
                SyncOptions(dry_run=args.dry_run, full=args.full, confirm=confirm),
                progress=line,
                between=between,
            )
        )
    finally:
        line.clear()


def _emit(report: SyncReport, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False), flush=True)
    else:
        print(summary_text(report), flush=True)


MAX_WATCH_S = 7 * 86400.0


def cli_sync(paths: ProfilePaths, args: argparse.Namespace) -> int:
    if args.watch is not None and not (math.isfinite(args.watch)
                                       and 1 <= args.watch <= MAX_WATCH_S):
        raise UsageError(
            _("--watch {value} is not an interval rabbitsync can wait: it takes seconds from 1 "
              "to {most} (a week)").format(value=f"{args.watch:g}", most=count(int(MAX_WATCH_S))),
            _("e.g. `rabbitsync sync --watch 300` to sync every five minutes"),
        )
    install_sigterm()
    confirm = bool(args.yes)
    # --watch keeps the Tripletex session and the written state from run to run; the session
    # is deleted when it ends
    between = Between() if args.watch else None
    try:
        try:
            report = _once(paths, args, confirm, between)
        except ActivationRequired:
            if not _confirm_interactively():
                raise
            confirm = True
            report = _once(paths, args, confirm, between)
        _emit(report, args.json)
        if not args.watch:
            return EXIT_OK
        return _watch(paths, args, confirm, between)
    finally:
        if between is not None:
            with contextlib.suppress(Exception):
                asyncio.run(between.close())


def _watch(paths: ProfilePaths, args: argparse.Namespace, confirm: bool,
           between: Between | None) -> int:
    interval = float(args.watch)
    # Ctrl-C ends the loop as SIGTERM does, wherever it lands: left to asyncio.run, a SIGINT
    # during a run only cancels the run's task, and one that still completes loses it (the
    # loop went on syncing: tests/test_incremental.py, about 1 run in 3 on a loaded machine)
    signal.signal(signal.SIGINT, _interrupt)
    try:
        while True:
            time.sleep(interval)
            try:
                _emit(_once(paths, args, confirm, between), args.json)
            except LockedError as exc:
                print("rabbitsync: " + again_words(exc, interval), file=sys.stderr)
            except RabbitError as exc:
                print("rabbitsync: " + again_words(exc, interval), file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        return EXIT_OK


def again_words(exc: RabbitError, interval: float) -> str:
    """A failed `--watch` run's error, and when the next one starts."""
    return _("{error}; trying again in {seconds}").format(
        error=exc.one_line(), seconds=seconds(interval, 0))


def _interrupt(_sig: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def install_sigterm() -> None:
    """SIGTERM ends like Ctrl-C (KeyboardInterrupt), so runs stop cleanly."""
    signal.signal(signal.SIGTERM, _interrupt)
