"""The `rabbitsync` entry point: the app (no command, or `demo`) lives here, beside Textual;
every headless command is `core.cli.main`, which never imports Textual."""

from __future__ import annotations

import sys

from core.cli.main import build_parser, use_language
from core.cli.main import main as core_main


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    use_language(argv)
    args = build_parser().parse_args(argv)
    if args.command not in (None, "demo"):
        return core_main(argv)
    from core.errors import RabbitError
    from core.paths import profile_paths

    try:
        if args.command == "demo":
            from tui.demo import run_demo

            return run_demo(seed=args.seed, customers=args.customers, projects=args.projects,
                            language_fixed=args.lang is not None)
        from tui.app import run_app

        return run_app(profile_paths(args.profile), language_fixed=args.lang is not None)
    except (RabbitError, ValueError) as exc:
        text = exc.one_line() if isinstance(exc, RabbitError) else str(exc)
        print(f"rabbitsync: {text}", file=sys.stderr)
        return getattr(exc, "exit_code", 2)


if __name__ == "__main__":
    raise SystemExit(main())
