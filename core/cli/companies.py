"""`rabbitsync companies [--json] [--add ID[,ID] | --add-all]`: the client companies an
accounting office's key may act for (core.sync.office), with the profile that syncs each, and
profiles made for those chosen (core.profiles).

The key is the `--profile`'s (its company id is not used: the listing acts as the key's own
company). `--json` prints `{"companies": [{"id", "name", "organization_number", "profile"}]}`.
"""

from __future__ import annotations

import argparse
import asyncio
import json

from core.cli.counts import count
from core.config import load_config
from core.errors import EXIT_OK, UsageError
from core.i18n import _, ngettext
from core.paths import ProfilePaths
from core.sync.office import CompanyRow, MadeProfile, list_companies, make_profiles, with_profiles


def chosen(rows: list[CompanyRow], args: argparse.Namespace) -> list[CompanyRow]:
    """The companies `--add` names (or every one without a profile, `--add-all`); UsageError
    for an id the key may not act for, before anything is made."""
    if args.add_all:
        return [r for r in rows if r.profile is None]
    by_id = {r.id: r for r in rows}
    out: list[CompanyRow] = []
    for raw in args.add.split(","):
        text = raw.strip()
        if not text:
            continue
        if not (text.isascii() and text.isdigit()) or int(text) not in by_id:
            raise UsageError(_("{id!r} is not the id of a company this key may act for")
                             .format(id=text),
                             _("give ids from the first column of `rabbitsync companies`, "
                               "comma-separated; nothing was made"))
        if by_id[int(text)] not in out:
            out.append(by_id[int(text)])
    if not out:
        raise UsageError(_("--add names no company"),
                         _("e.g. `rabbitsync companies --add 123,456`"))
    return out


def table_text(rows: list[CompanyRow]) -> str:
    """The companies as a table, and what to do next."""
    table = [(_("ID"), _("NAME"), _("ORG NUMBER"), _("PROFILE"))]
    table += [(str(r.id), r.name, r.organization_number or "-", r.profile or "-") for r in rows]
    widths = [max(len(t[i]) for t in table) for i in range(3)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(t[:3], widths, strict=True)) + "  " + t[3]
             for t in table]
    lines.append(ngettext("{n} client company, {with_profile} with a profile.",
                          "{n} client companies, {with_profile} with a profile.", len(rows))
                 .format(n=count(len(rows)), with_profile=count(sum(1 for r in rows if r.profile))))
    if any(r.profile is None for r in rows):
        lines.append(_("Make a profile for some with `rabbitsync companies --add ID[,ID]`, or for "
                       "all with `--add-all`; then `rabbitsync sync --all --yes` syncs them all."))
    return "\n".join(lines)


def made_text(made: list[MadeProfile]) -> str:
    lines = []
    for m in made:
        if m.created:
            lines.append(_("Made profile {profile} for {company} ({id}).").format(
                profile=m.profile, company=m.company_name, id=m.company_id))
        else:
            lines.append(_("{company} ({id}) is already synced by profile {profile}.").format(
                company=m.company_name, id=m.company_id, profile=m.profile))
    unsaved = sorted({k for m in made for k in m.unsaved})
    if unsaved:
        keys = (_("{first} and {second}").format(first=unsaved[0], second=unsaved[1])
                if len(unsaved) == 2 else " and ".join(unsaved))
        lines.append(_("The {keys} came from the environment and were not written: set the same "
                       "variables when these profiles sync.").format(keys=keys))
    return "\n".join(lines)


def companies_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    if args.add is not None and args.add_all:
        raise UsageError(_("--add and --add-all cannot be given together"),
                         _("use --add ID[,ID] for some companies, or --add-all for every one"))
    cfg = load_config(paths)
    rows = asyncio.run(list_companies(cfg))
    made: list[MadeProfile] = []
    if args.add is not None or args.add_all:
        made = make_profiles(cfg, chosen(rows, args))
        rows = with_profiles(rows, cfg.base_url)
    if args.json:
        print(json.dumps({"companies": [r.to_json() for r in rows]}, ensure_ascii=False))
        return EXIT_OK
    if made:
        print(made_text(made))
    print(table_text(rows))
    return EXIT_OK
