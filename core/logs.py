"""The profile's log file: one per process, mode 0600, facts only (never a token).

Both the CLI and the app call `setup_logging`; calling it again (tests run `main()` many times in
one process, the app may switch profiles) replaces the handler instead of adding another.
"""

from __future__ import annotations

import logging
import os

from core.errors import RabbitError
from core.paths import ProfilePaths
from core.secret import redact

_HANDLER = "rabbitsync-profile-log"


class _FileHandler(logging.FileHandler):
    """A log file whose failures (a full or read-only disk) cost the line, never a traceback on
    the terminal: the command's own error says what went wrong."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then masks the profile's tokens, token query parameters and session
    paths in the whole line, traceback included: a log line never holds a secret, whoever
    wrote it (our code logs facts only; this is the net under an unexpected exception)."""

    def __init__(self, fmt: str, secrets: list[str]) -> None:
        super().__init__(fmt)
        self.secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self.secrets)


def _secrets(paths: ProfilePaths) -> list[str]:
    from core.config import load_config

    try:
        return load_config(paths).secrets()
    except RabbitError:
        return []


def setup_logging(paths: ProfilePaths, *, propagate: bool = True) -> None:
    """Send the `rabbitsync` loggers to the profile's log file. `propagate=False` keeps every
    line off the terminal (the app owns the screen)."""
    root = logging.getLogger("rabbitsync")
    root.setLevel(logging.INFO)
    root.propagate = propagate
    for old in [h for h in root.handlers if h.get_name() == _HANDLER]:
        root.removeHandler(old)
        old.close()
    try:
        paths.ensure()
        os.close(os.open(paths.log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        handler: logging.Handler = _FileHandler(paths.log_file, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                            _secrets(paths)))
    handler.set_name(_HANDLER)
    root.addHandler(handler)
