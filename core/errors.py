"""Errors a consultant can act on: a cause, a fix, and Tripletex's requestId when there is one.

Every error that reaches the user is a `RabbitError` (or a subclass). Its text never holds a
token: build messages from facts, never from request URLs or headers.
"""

from __future__ import annotations

import re

from core.i18n import _

_BLANKS = re.compile(r"[ \t\r\n\f\v]+")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3


class RabbitError(Exception):
    """A failure with a plain-language cause and fix."""

    exit_code = EXIT_FAILED

    def __init__(self, cause: str, fix: str = "", *, request_id: str | None = None) -> None:
        self.cause = cause
        self.fix = fix
        self.request_id = request_id
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """`cause. Fix: fix (requestId: …)` on one line."""
        text = self.cause.rstrip(".")
        if self.fix:
            text += ". " + _("Fix: {fix}").format(fix=self.fix.rstrip("."))
        if self.request_id:
            text += " " + _("(Tripletex requestId: {id})").format(id=self.request_id)
        # (one line: runs of spaces, tabs and line breaks made one space; a no-break space
        # stays, as Babel writes "10 000" in bokmål)
        return _BLANKS.sub(" ", text).strip()


class UsageError(RabbitError):
    """Bad command-line use or a bad input file (exit 2)."""

    exit_code = EXIT_USAGE


class ConfigError(RabbitError):
    """The config file cannot be read or a value is missing or invalid."""


class StoreError(RabbitError):
    """The local store cannot be read or written."""


class LockedError(RabbitError):
    """Another process is writing this profile's store (exit 3)."""

    exit_code = EXIT_LOCKED
