"""What the catalog lacks: every string marked for translation (`_`, `N_`, `ngettext`) in the
code a person reads, and whether the bokmål catalog translates it.

    python -m tests.i18n_tools [FILE ...]    # list the marked strings without a translation
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "core" / "locale" / "nb" / "LC_MESSAGES" / "rabbitsync.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# the sandbox stands in for Tripletex: what it answers is Tripletex's, not ours (but its start line)
SKIP = ("core/sandbox/",)


def sources() -> list[Path]:
    files = sorted((ROOT / "core").rglob("*.py")) + sorted((ROOT / "tui").rglob("*.py"))
    out = []
    for f in files:
        rel = f.relative_to(ROOT).as_posix()
        if rel.startswith(SKIP) and rel != "core/sandbox/main.py":
            continue
        out.append(f)
    return out


def marked(files: list[Path] | None = None) -> dict[str | tuple[str, str], list[str]]:
    """Every marked message (a tuple for singular/plural) -> where it is marked."""
    out: dict = {}
    for f in files or sources():
        for lineno, message, _comments, _context in extract_from_file(
                "python", str(f), keywords=KEYWORDS):
            out.setdefault(message, []).append(f"{f.relative_to(ROOT)}:{lineno}")
    return out


_COUNTED = re.compile(r"""\b(?:plural|noun)\((?:[^,()]|\([^()]*\))+,\s*["']([^"'{}]+)["']""")


def counted(files: list[Path] | None = None) -> dict[tuple[str, str], list[str]]:
    """The words counted with `core.words.plural`/`noun` and a literal word ("run"), as the
    catalog must hold them: (word, its English plural) -> where."""
    from core.words import plural_of

    out: dict = {}
    for f in files or sources():
        for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            for word in _COUNTED.findall(line):
                out.setdefault((word, plural_of(word)), []).append(f"{f.relative_to(ROOT)}:{lineno}")
    return out


def catalog():
    with PO.open("rb") as f:
        return read_po(f)


def missing(files: list[Path] | None = None) -> dict:
    """The marked messages the bokmål catalog does not translate (empty msgstr, or absent)."""
    cat = catalog()
    out = {}
    for message, where in (marked(files) | counted(files)).items():
        key = message[0] if isinstance(message, tuple) else message
        entry = cat.get(key)
        if entry is None or not entry.string or (
                isinstance(entry.string, tuple | list) and not all(entry.string)):
            out[message] = where
    return out


if __name__ == "__main__":
    files = [Path(a).resolve() for a in sys.argv[1:]] or None
    gaps = missing(files)
    for message, where in sorted(gaps.items(), key=lambda kv: kv[1][0]):
        print(f"{where[0]}: {message!r}")
    print(f"{len(gaps)} marked strings without a bokmål translation", file=sys.stderr)
    raise SystemExit(1 if gaps else 0)
