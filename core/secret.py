"""`Secret`: a token that is a `str` wherever it is used (HTTP auth, the config file, equality),
but whose repr masks it, so that a traceback's local variables (Textual prints them), a
dataclass's repr, a debugger or a log of `%r` never show it.
"""

from __future__ import annotations


class Secret(str):
    """A str whose repr is `Secret('••••••••')` (or `Secret('')` when empty)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Secret('••••••••')" if self else "Secret('')"
