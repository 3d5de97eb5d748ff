"""Numbers in the CLI's lines: counts and measures that English has always written bare
("1234", "12.3s") and other languages write as they write numbers (core.i18n: "1 234", "12,3 s").
A count the CLI wrote with a thousands separator uses core.i18n.number (or core.words.plural)."""

from __future__ import annotations

from core.i18n import _, language, number


def count(n: int) -> str:
    """A count: "1234" in English (as it always was here), "1 234" in bokmål."""
    return str(n) if language() == "en" else number(n)


def whole(x: float) -> str:
    """A measure rounded to a whole number: "1234" in English, "1 234" in bokmål."""
    return f"{x:.0f}" if language() == "en" else number(round(x))


def seconds(x: float, decimals: int = 1) -> str:
    """A duration in seconds: "12.3s" in English (as it always was), "12,3 s" in bokmål."""
    if language() == "en":
        return f"{x:.{decimals}f}s"
    return _("{n} s").format(n=number(x, decimals=decimals))
