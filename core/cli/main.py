"""The `rabbitsync` command line: the TUI by default, and headless commands for cron and scripts.

Exit codes: 0 ok, 1 failed (one line with cause and fix on stderr), 2 bad usage or bad input,
3 another sync of this profile is running.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from pathlib import Path

from core import __version__
from core.config import KEYS, load_config
from core.errors import EXIT_FAILED, EXIT_USAGE, RabbitError, UsageError
from core.i18n import LANGUAGES, N_, _, choose, ngettext, set_language
from core.logs import setup_logging
from core.paths import ProfilePaths, profile_paths

# `rabbitsync sandbox --help` (kept here: importing core.sandbox would slow every command's
# start; tests/test_sandbox.py checks that it names every kind of core.sandbox.faults)
FAULTS_HELP = N_(
    "switch faults on: KIND@PATH[?KEY=VALUE][:after=N][:times=N][:seconds=S][:bytes=N], "
    "comma-separated, e.g. '429@/project:times=2,slow@/customer?isInactive=true'. KIND: 429 "
    "(with X-Rate-Limit-Reset), 429-noreset, 500, 502, 503, drop, malformed, truncated, slow, "
    "expire, drip, bomb, endless, redirect, missed-change (a change is not signalled: a "
    "/customer listing with changedSince leaves out what changed; a /project listing asked "
    "with the versionDigest it last gave answers 304 although it changed), spurious-digest "
    "(a listing's versionDigest changes with no data change). PATH ends the request path "
    "(/customer, /project, *); after=N lets N matching requests through; times=N applies it "
    "N times (0: for ever)"
)
LENIENT_HELP = N_(
    "answer with the sandbox's older kindness instead of as real Tripletex does: exact "
    "fullResultSize, 1,000 requests per fixed 10 s window (a 429 always with its Reset), a "
    "session for today refused, objects without the fields it does not store, top-level "
    "hierarchyLevel 1, displayName = name, details in every error's developerMessage, a "
    "48-character session token, any count"
)
TEST_HOST_HELP = N_("answer as Tripletex's test host (api-test.tripletex.tech) does: changedSince "
                    "is ignored, session tokens hold test-")


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the current language (core.i18n): build it after `use_language`."""
    p = argparse.ArgumentParser(
        prog="rabbitsync",
        description=_("Keep the time tracker's customers and projects in step with Tripletex "
                      "(one way: Tripletex is master). Without a command, opens the terminal "
                      "app."),
    )
    p.add_argument("--profile", default="default", metavar=_("PROFILE"),
                   help=_("profile name (one Tripletex company and one local registry)"))
    p.add_argument("--lang", choices=list(LANGUAGES), help=_(
        "nb (norsk bokmål) or en (English); else the profile's language setting, else "
        "LC_ALL/LC_MESSAGES/LANG, else English. JSON output, exit codes and files are the "
        "same in both"))
    p.add_argument("--version", action="version", version=f"rabbitsync {__version__}",
                   help=_("show program's version number and exit"))
    sub = p.add_subparsers(dest="command", metavar=_("COMMAND"))

    d = sub.add_parser("demo", help=_("open the app on an embedded sandbox with generated data "
                                      "and a throw-away profile"))
    d.add_argument("--seed", type=int, default=42, metavar=_("SEED"))
    d.add_argument("--customers", type=int, default=300, metavar=_("CUSTOMERS"))
    d.add_argument("--projects", type=int, default=900, metavar=_("PROJECTS"))

    s = sub.add_parser("sandbox", help=_("serve the Tripletex-compatible sandbox in the "
                                         "foreground"))
    s.add_argument("--host", default="127.0.0.1", metavar=_("HOST"))
    s.add_argument("--port", type=int, default=8765, metavar=_("PORT"),
                   help=_("0 picks a free port"))
    s.add_argument("--seed", type=int, default=1, metavar=_("SEED"))
    s.add_argument("--customers", type=int, default=200, metavar=_("CUSTOMERS"))
    s.add_argument("--projects", type=int, default=600, metavar=_("PROJECTS"))
    s.add_argument("--data", type=Path, metavar=_("DATA"),
                   help=_("serve this data file (JSON) instead of generated data"))
    s.add_argument("--faults", metavar="SPEC", help=_(FAULTS_HELP))
    s.add_argument("--consumer-token", default="sandbox-consumer", metavar=_("CONSUMER_TOKEN"))
    s.add_argument("--employee-token", default="sandbox-employee", metavar=_("EMPLOYEE_TOKEN"))
    s.add_argument("--lenient", action="store_true", help=_(LENIENT_HELP))
    s.add_argument("--test-host", action="store_true", help=_(TEST_HOST_HELP))
    s.add_argument("--companies", type=int, metavar="N",
                   help=_("serve an accounting office's key (the same tokens) with N client "
                          "companies, each with its own customers and projects; with company "
                          "id 0 it reaches only >whoAmI and /company/>withLoginAccess (see "
                          "`rabbitsync companies`); the start line names the company ids"))

    c = sub.add_parser("config", help=_("show or set the profile's configuration"))
    csub = c.add_subparsers(dest="config_command", metavar=_("ACTION"), required=True)
    cset = csub.add_parser("set", help=_("set a value; keys: {keys}").format(keys=", ".join(KEYS)))
    cset.add_argument("key", choices=list(KEYS))
    cset.add_argument("value", metavar=_("VALUE"), help=_(
        "the value; for a token, - reads it from stdin (kept out of ps and the shell's "
        "history; typed unseen on a terminal)"))
    cshow = csub.add_parser("show", help=_("show the configuration (tokens masked)"))
    cshow.add_argument("--json", action="store_true")

    t = sub.add_parser("test", help=_("check the connection to Tripletex; exit 0 when the sync "
                                      "can run"))
    t.add_argument("--json", action="store_true", help=_("print one JSON object"))

    y = sub.add_parser("sync", help=_("one sync (first or incremental), a loop with --watch, or "
                                      "every profile in turn with --all"))
    y.add_argument("--dry-run", action="store_true", help=_("plan and show, write nothing"))
    y.add_argument("--yes", action="store_true",
                   help=_("confirm the activation on the first sync"))
    y.add_argument("--full", action="store_true", help=_("force complete listings"))
    y.add_argument("--watch", type=float, metavar=_("SECONDS"), help=_(
        "sync again every SECONDS until interrupted (one Tripletex session for every run, "
        "deleted at the end)"))
    y.add_argument("--json", action="store_true", help=_("print one JSON object per run"))
    y.add_argument("--all", action="store_true", help=_(
        "sync every profile in turn (each with its own lock, store and history; one failing "
        "does not stop the others), then a table of them; exit 1 when any failed; --json "
        'prints {"profiles": [...]}'))
    y.add_argument("--profiles", metavar="A,B", help=_("like --all, for the profiles named"))

    k = sub.add_parser("companies", help=_(
        "the client companies an accounting office's key may act for (id, name, org number, "
        "the profile that syncs each); --add makes profiles for them"),
        description=_("The client companies the --profile's key may act for (its base URL and "
                      "tokens; its company id is not used). Exit 1 with the cause and fix when "
                      "the key has none (not an accounting office's key)."))
    k.add_argument("--json", action="store_true", help=_("print one JSON object"))
    k.add_argument("--add", metavar="ID[,ID]", help=_(
        "make a profile for each company named (same base URL and tokens, the company's id; "
        "named after the company, e.g. fjordkraft-as)"))
    k.add_argument("--add-all", action="store_true",
                   help=_("make a profile for every company that has none"))

    r = sub.add_parser("review", help=_("list pending review items, or decide one"))
    r.add_argument("--json", action="store_true")
    rsub = r.add_subparsers(dest="review_command", metavar=_("ACTION"))
    rr = rsub.add_parser("resolve", help=_("decide one item: link LOCAL_KEY | create | ignore | "
                                           "later"))
    rr.add_argument("item", metavar=_("ITEM"))
    rr.add_argument("action", choices=["link", "create", "ignore", "later"])
    rr.add_argument("local_key", nargs="?", metavar=_("local_key"))
    rsub.add_parser("undo", help=_("undo the last decision (with what it settled), an "
                                   "accept-all batch or a merge, while no sync has run since"))

    m = sub.add_parser("merge", help=_(
        "repair a duplicate: the older local record takes over the Tripletex link of the "
        "record a sync created beside it; the duplicate is archived and marked merged (undo "
        "with `review undo`)"))
    m.add_argument("duplicate_key", metavar=_("DUPLICATE_KEY"),
                   help=_("the record the sync created"))
    m.add_argument("into_key", metavar=_("INTO_KEY"),
                   help=_("the older local record that stays"))

    i = sub.add_parser("import", help=_("load the time tracker's existing customers and "
                                        "projects (JSON or CSV)"))
    i.add_argument("file", type=Path, metavar=_("file"))

    e = sub.add_parser("export", help=_("print the local registry"))
    e.add_argument("--format", choices=["json", "csv"], default="json")
    return p


def early_language(argv: list[str]) -> str:
    """The language of this command, read before its arguments are parsed (so that `--help`
    and argparse's own errors speak it): `--lang`, the profile's `language`, the environment."""
    flag = profile = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        for name in ("--lang", "--profile"):
            value = None
            if arg == name and i + 1 < len(argv):
                value = argv[i + 1]
            elif arg.startswith(name + "="):
                value = arg.split("=", 1)[1]
            if value is not None:
                if name == "--lang":
                    flag = value
                else:
                    profile = value
    setting = None
    # a bad profile name or config file is reported later, in the language chosen without it
    with contextlib.suppress(RabbitError, ValueError, OSError):
        setting = load_config(profile_paths(profile or "default"), env=False).language
    return choose(flag, setting)


def use_language(argv: list[str]) -> str:
    """Choose and set this command's language (argparse's own texts included)."""
    argparse._ = _  # argparse looks its texts up through its module's `_` and `ngettext`
    argparse.ngettext = ngettext
    return set_language(early_language(argv))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    use_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "json", False) or getattr(args, "format", None):
        set_language("en")  # JSON and export files never change with the language
    try:
        paths = profile_paths(args.profile)
    except ValueError as exc:
        print(f"rabbitsync: {exc}", file=sys.stderr)  # (core.paths says it in the language)
        return EXIT_USAGE
    try:
        return _dispatch(args, paths)
    except RabbitError as exc:
        print(f"rabbitsync: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rabbitsync: " + _("interrupted; nothing half-written"), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, never a traceback
        return report_crash(exc, paths)


def report_crash(exc: BaseException, paths: ProfilePaths) -> int:
    """An unexpected error: the (redacted) traceback goes to the log, one line to stderr."""
    import traceback

    from core.secret import redact

    try:
        secrets = load_config(paths).secrets()
    except RabbitError:
        secrets = []
    text = redact("".join(traceback.format_exception(exc)), secrets)
    logging.getLogger("rabbitsync").error("unexpected error:\n%s", text)
    print("rabbitsync: " + _(
        "unexpected error ({error}); nothing was half-written. Fix: try again; if it persists, "
        "report it with the log file {log}").format(error=type(exc).__name__, log=paths.log_file),
        file=sys.stderr,
    )
    return EXIT_FAILED


def _dispatch(args: argparse.Namespace, paths: ProfilePaths) -> int:
    cmd = args.command
    if cmd == "sandbox":
        from core.sandbox.main import serve

        return serve(
            args.host, args.port, args.seed, args.customers, args.projects, args.data,
            args.faults, args.consumer_token, args.employee_token,
            lenient=args.lenient, test_host=args.test_host, companies=args.companies,
        )
    setup_logging(paths)
    if cmd in (None, "demo"):
        raise UsageError(_("the app is not part of the headless CLI"),
                         _("run `rabbitsync` itself"))
    if cmd == "config":
        from core.cli.settings import config_command

        return config_command(args, paths)
    if cmd == "test":
        from core.cli.check import cli_test

        return cli_test(load_config(paths), as_json=args.json)
    if cmd == "sync" and (args.all or args.profiles is not None):
        from core.cli.many import cli_sync_many

        return cli_sync_many(args)
    if cmd == "sync":
        from core.cli.sync import cli_sync

        return cli_sync(paths, args)
    if cmd == "companies":
        from core.cli.companies import companies_command

        return companies_command(args, paths)
    if cmd in ("review", "merge"):
        from core.cli.review import merge_command, review_command

        return (review_command if cmd == "review" else merge_command)(args, paths)
    if cmd in ("import", "export"):
        from core.cli.registry import export_command, import_command

        return (import_command if cmd == "import" else export_command)(args, paths)
    raise UsageError(_("unknown command {command!r}").format(command=cmd),
                     _("see `rabbitsync --help`"))
