"""What the catalog lacks: every string marked for translation (`_`, `N_`, `ngettext`) in the
code a person reads, and whether the bokmål catalog translates it.

    python -m tests.i18n_tools [FILE ...]    # list the marked strings without a translation
    python -m tests.i18n_tools --conflicts   # messages the .po translates twice, differently
    python -m tests.i18n_tools --normalize   # write the .po with each message once, sorted
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


_COUNTED = re.compile(r"""\b(?:plural|noun)\((?:[^,()]|\([^()]*\))+,\s*["']([^"'{}]+)["']"""
                      r"""(?:,\s*["']([^"'{}]+)["'])?""")


def counted(files: list[Path] | None = None) -> dict[tuple[str, str], list[str]]:
    """The words counted with `core.words.plural`/`noun` and a literal word ("run"), as the
    catalog must hold them: (word, its English plural) -> where."""
    from core.words import plural_of

    out: dict = {}
    for f in files or sources():
        for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            for word, many in _COUNTED.findall(line):
                out.setdefault((word, many or plural_of(word)), []).append(
                    f"{f.relative_to(ROOT)}:{lineno}")
    return out


def catalog():
    with PO.open("rb") as f:
        return read_po(f)


def missing(files: list[Path] | None = None) -> dict:
    """The marked messages the bokmål catalog does not translate (empty msgstr, or absent)."""
    cat = catalog()
    out = {}
    for message, where in (marked(files) | counted(files)).items():
        plural = isinstance(message, tuple)
        entry = cat.get(message[0] if plural else message)
        if entry is None or not entry.string or (
                isinstance(entry.string, tuple | list) and not all(entry.string)):
            out[message] = where
        elif entry.pluralizable != plural:
            # gettext finds a singular entry only by `_` and a plural one only by `ngettext`:
            # one msgid cannot be both (use noun(1, word) where the word stands alone)
            out[message] = [*where, "(in the catalog as " + (
                "a plural entry" if entry.pluralizable else "a singular entry") + ")"]
    return out


def conflicts() -> dict[str, set[str]]:
    """msgids the .po holds more than once with different translations (after branches that
    each added entries were merged)."""
    seen: dict[str, set[str]] = {}
    for block in PO.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln and not ln.startswith("#")]
        key, parts, current = [], [], None
        for ln in lines:
            if ln.startswith("msgid "):
                current = key
            elif ln.startswith("msgstr"):
                current = parts
            elif not ln.startswith('"'):
                current = None
            if current is not None:
                current.append(ln.split(" ", 1)[1] if not ln.startswith('"') else ln)
        if key and key != ['""']:
            seen.setdefault("".join(key), set()).add("".join(parts))
    return {k: v for k, v in seen.items() if len(v) > 1}


def normalize() -> int:
    """Rewrite the .po once, each message once (Babel's writer), after a merge; the number of
    messages. Conflicting duplicates must be settled by hand first (`conflicts`)."""
    from babel.messages.pofile import write_po

    cat = catalog()
    with PO.open("wb") as f:
        write_po(f, cat, width=100, omit_header=False, sort_output=True, no_location=True)
    return len(cat)


if __name__ == "__main__":
    if sys.argv[1:] == ["--conflicts"]:
        for k, v in conflicts().items():
            print(k, "->", " | ".join(sorted(v)))
        raise SystemExit(0)
    if sys.argv[1:] == ["--normalize"]:
        print(normalize(), "messages")
        raise SystemExit(0)
    files = [Path(a).resolve() for a in sys.argv[1:]] or None
    gaps = missing(files)
    for message, where in sorted(gaps.items(), key=lambda kv: kv[1][0]):
        print(f"{where[0]}: {message!r}")
    print(f"{len(gaps)} marked strings without a bokmål translation", file=sys.stderr)
    raise SystemExit(1 if gaps else 0)
