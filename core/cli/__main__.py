"""`python -m core.cli`: the command line without the app (tests and scripts)."""

from core.cli.main import main

raise SystemExit(main())
