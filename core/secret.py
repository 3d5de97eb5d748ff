"""Keeping tokens out of sight: `Secret`, a token that is a `str` wherever it is used (HTTP auth,
the config file, equality), but whose repr masks it, so that a traceback's local variables
(Textual prints them), a dataclass's repr, a debugger or a log of `%r` never show it; and
`redact`, which masks tokens in a text (an error, a log line, a traceback) before it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TOKEN_KEYS_RE = re.compile(
    r"(?i)(consumerToken|employeeToken|sessionToken|token)=([^&\s\"']+)"
)
SESSION_PATH_RE = re.compile(r"/token/session/(?!:create|>whoAmI|%3EwhoAmI)[^\s\"'?/]+")


class Secret(str):
    """A str whose repr is `Secret('••••••••')` (or `Secret('')` when empty)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Secret('••••••••')" if self else "Secret('')"


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret, token query parameter and session path masked."""
    for s in secrets:
        if s and len(s) >= 4:
            text = text.replace(s, "•••")
    text = TOKEN_KEYS_RE.sub(lambda m: f"{m.group(1)}=•••", text)
    return SESSION_PATH_RE.sub("/token/session/•••", text)
