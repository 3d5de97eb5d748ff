"""`rabbitsync import FILE` and `rabbitsync export`: the time tracker's registry in and out."""

from __future__ import annotations

import argparse
import json
import sys

from core.cli.counts import count
from core.errors import EXIT_OK
from core.i18n import _
from core.paths import ProfilePaths


def import_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    from core.store.importer import apply_import, parse_import
    from core.store.store import Store

    with Store(paths).transaction() as state:  # a refused file raises: nothing is written
        data = parse_import(
            args.file,
            known_customer_keys=set(state.customers),
            known_project_keys=set(state.projects),
        )
        summary = apply_import(state, data)
    print(_("Imported {file}: {added} added, {updated} updated.").format(
        file=args.file, added=count(summary.added), updated=count(summary.updated)))
    return EXIT_OK




def export_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    from core.store.export import registry_csv, registry_json
    from core.store.store import Store

    state = Store(paths).read()
    if args.format == "csv":
        sys.stdout.write(registry_csv(state))
    else:
        print(json.dumps(registry_json(state), ensure_ascii=False, indent=2))
    return EXIT_OK
