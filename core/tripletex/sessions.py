"""Sessions kept between the runs of one process: the app's timer and `sync --watch` sync
every few minutes, and each run would otherwise create a Tripletex session and delete it again
(two of an idle run's requests). A `SessionKeeper` holds the session token of the last run, in
memory only, for the next run with the same configuration; `close()` deletes what it holds (the
app and --watch call it when they end). A one-off `rabbitsync sync` keeps nothing.
"""

from __future__ import annotations

import contextlib

from core.config import Config
from core.errors import RabbitError
from core.tripletex.client import client_for

_Key = tuple[str, str, str, str]


def _key(cfg: Config) -> _Key:
    return (cfg.base_url or "", cfg.consumer_token or "", cfg.employee_token or "",
            str(cfg.company_id or ""))


class SessionKeeper:
    """Session tokens by configuration; a token is handed out to one run at a time."""

    def __init__(self) -> None:
        self._tokens: dict[_Key, tuple[Config, str]] = {}
        self.closed = False  # after close(), a run deletes its session itself

    def __repr__(self) -> str:  # never the tokens
        return f"SessionKeeper({len(self._tokens)} session(s))"

    def take(self, cfg: Config) -> str | None:
        """The kept session for `cfg` (it is this run's now), or None."""
        held = self._tokens.pop(_key(cfg), None)
        return held[1] if held else None

    def keep(self, cfg: Config, token: str | None) -> None:
        """Hold `token` for the next run with `cfg` (a token held before is replaced; it ends
        by itself at its expiry date)."""
        if token:
            self._tokens[_key(cfg)] = (cfg, token)

    async def close(self) -> None:
        """Delete every kept session at Tripletex (failures are only logged by the client); a
        run still going then deletes its own (see `closed`)."""
        self.closed = True
        held = list(self._tokens.values())
        self._tokens.clear()
        for cfg, token in held:
            with contextlib.suppress(RabbitError, ValueError):
                await client_for(cfg, session=token).aclose()
