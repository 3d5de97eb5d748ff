"""`rabbitsync config set KEY VALUE` and `config show` (tokens masked; `-` reads a token from
stdin, so it is never in `ps` or the shell history)."""

from __future__ import annotations

import argparse
import json
import sys

from core.config import KEYS, SECRET_ATTRS, load_config, set_value
from core.errors import EXIT_OK
from core.i18n import _
from core.paths import ProfilePaths


def config_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    if args.config_command == "set":
        value = args.value
        if value == "-" and KEYS[args.key] in SECRET_ATTRS:
            value = _token_from_stdin(args.key)
        set_value(paths, args.key, value)
        shown = load_config(paths, env=False).shown()[args.key]
        print(_("{key} = {value}  (saved to {file})").format(
            key=args.key, value=shown, file=paths.config_file))
        return EXIT_OK
    cfg = load_config(paths)
    shown = cfg.shown()
    if args.json:
        print(json.dumps({"profile": paths.profile, "file": str(paths.config_file), **shown}))
    else:
        print(_("profile {profile}  ({file})").format(profile=paths.profile,
                                                     file=paths.config_file))
        for key, value in shown.items():
            print(f"  {key:15} {value}")
    return EXIT_OK




def _token_from_stdin(key: str) -> str:
    """A token read from stdin: typed unseen on a terminal (getpass), else the first line."""
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        import getpass

        try:
            return getpass.getpass(_("{key} (not shown): ").format(key=key))
        except EOFError:
            return ""
    return sys.stdin.readline().strip()
