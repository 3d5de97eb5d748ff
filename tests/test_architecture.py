"""The layering rules: core never imports Textual or tui; tui never talks to httpx or TinyDB."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(package: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        out[str(path.relative_to(ROOT))] = names
    return out


def test_core_never_imports_textual_or_tui():
    offenders = {f: n & {"textual", "tui", "rich"} for f, n in _imports("core").items()}
    assert {f: n for f, n in offenders.items() if n} == {}


def test_tui_never_imports_httpx_or_tinydb():
    offenders = {f: n & {"httpx", "tinydb"} for f, n in _imports("tui").items()}
    assert {f: n for f, n in offenders.items() if n} == {}
