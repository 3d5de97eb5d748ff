"""The layers, as pyproject's import-linter contracts state them (CI also runs `lint-imports`):
core never imports the app, Textual or Rich; the app never imports httpx, TinyDB or the sandbox
(but for the demo); inside core the CLI, the views, the sync, matching, and the store and the
Tripletex client run one way; the sandbox knows nothing of the product."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_layer_contract_is_kept() -> None:
    # (its own process: import-linter sets up logging, which the log tests read in this one)
    done = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()",
         "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
