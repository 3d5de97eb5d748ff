"""Clients for profiles synced one after another (`sync --all`): those with the same Tripletex
tokens share one rate budget and one session.

Tripletex's rate limit is per employee and consumer token pair (API-NOTES.md §4), not per
company: an accounting office's key syncing many client companies has one budget for all of
them, so every client of that pair counts its requests in one `Budget` (core.tripletex.budget).
A session is the token pair's too (the company is named in each request's Basic auth), so the
next client of the pair takes over the session of the last one instead of making its own;
`close()` deletes the sessions held at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import random

from core.config import Config
from core.errors import RabbitError
from core.tripletex.budget import Budget
from core.tripletex.client import TripletexClient, client_for

_Pair = tuple[str, str, str]


def _pair(cfg: Config) -> _Pair:
    return ((cfg.base_url or "").rstrip("/"), cfg.consumer_token or "", cfg.employee_token or "")


class ClientPool:
    """Makes the clients of many profiles (one at a time), by token pair."""

    def __init__(self) -> None:
        self._budgets: dict[_Pair, Budget] = {}
        self._sessions: dict[_Pair, tuple[Config, str]] = {}
        self._rng = random.Random()

    def __repr__(self) -> str:  # never a token
        return f"ClientPool({len(self._budgets)} token pair(s), {len(self._sessions)} session(s))"

    def budget(self, cfg: Config) -> Budget:
        """The rate budget of `cfg`'s token pair."""
        pair = _pair(cfg)
        if pair not in self._budgets:
            self._budgets[pair] = Budget(asyncio.sleep, self._rng)
        return self._budgets[pair]

    def client(self, cfg: Config) -> TripletexClient:
        """A client for `cfg` with its pair's budget and the session the last client of the pair
        handed back (RabbitError when a token is missing)."""
        held = self._sessions.pop(_pair(cfg), None)
        return client_for(cfg, session=held[1] if held else None, budget=self.budget(cfg))

    async def release(self, cfg: Config, client: TripletexClient) -> None:
        """Done with `client`: its session is kept for the next client of the pair."""
        token = await client.detach()
        if token:
            self._sessions[_pair(cfg)] = (cfg, token)

    async def close(self) -> None:
        """Delete the sessions held at Tripletex (failures are only logged by the client)."""
        held = list(self._sessions.values())
        self._sessions.clear()
        for cfg, token in held:
            with contextlib.suppress(RabbitError, ValueError):
                await client_for(cfg, session=token).aclose()
