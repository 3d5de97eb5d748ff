"""The `rabbitsync` command line: `main` (the parser and the commands' dispatch), and a module a
command: `sync`, `many` (sync --all, --profiles), `companies`, `check` (test), `review` (review,
merge), `registry` (import, export), `settings` (config). `python -m core.cli` runs it."""

from core.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
