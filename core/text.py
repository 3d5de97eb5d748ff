"""Text hygiene: `clean_text` makes a name (or a number, an org number) safe to store and show:
no control characters, no terminal escape sequences (clear-screen, OSC 52), no bidi overrides,
single spaces, at most `MAX_TEXT` characters. Every text from Tripletex or an import file passes
through it before it reaches the registry or a terminal.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TEXT = 500

# ESC- and 8-bit-introduced sequences: CSI (ESC [ / 0x9b), OSC/DCS/SOS/PM/APC strings ended by
# BEL or ST, then any other two-character ESC sequence. Leftover lone ESCs go with the controls.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
)
_KEEP_FORMAT = {"\u200d"}  # zero-width joiner: part of emoji, harmless


def _is_unsafe(ch: str) -> bool:
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cs"):
        return True
    return cat == "Cf" and ch not in _KEEP_FORMAT  # bidi overrides, zero-width spaces, ...


def clean_text(s: str | None, max_len: int = MAX_TEXT) -> str:
    """`s` made safe to store and show: escape sequences and control, format (bidi) and
    surrogate characters removed, whitespace collapsed to single spaces, stripped, NFC, and cut
    to `max_len` characters. None gives ""."""
    if s is None:
        return ""
    if not isinstance(s, str):
        s = str(s)
    if s.isprintable():  # the common case: no control, format or escape character at all
        # (then the only whitespace is the ASCII space: a name already clean is returned as is)
        if "  " not in s and s[:1] != " " and s[-1:] != " " and unicodedata.is_normalized("NFC", s):
            return s if len(s) <= max_len else s[:max_len].rstrip()
        s = " ".join(unicodedata.normalize("NFC", s).split())
        return s[:max_len].rstrip()
    s = _ESCAPES.sub("", s)
    s = "".join(" " if ch.isspace() else ch for ch in s if ch.isspace() or not _is_unsafe(ch))
    s = unicodedata.normalize("NFC", s)
    s = " ".join(s.split())
    return s[:max_len].rstrip()
