"""The app's screens. Home, Setup, Connection test and Sync live here beside the modal dialogs;
Review, Browse and History are separate modules the app imports when first shown.

`PLACES` lists every screen the user can go to: the app's keys, digits and command palette are
made from it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A screen the user can go to."""

    name: str
    title: str
    help: str
    module: str
    cls: str


PLACES = {
    p.name: p
    for p in (
        Place("home", "Home", "Overview, registry figures and the keys", "tui.screens.home", "HomeScreen"),
        Place("setup", "Setup", "Tripletex URL, tokens, company id, sync interval", "tui.screens.setup", "SetupScreen"),
        Place("check", "Test connection", "Check the connection to Tripletex", "tui.screens.check", "CheckScreen"),
        Place("sync", "Sync", "Live progress and totals of the sync", "tui.screens.sync", "SyncScreen"),
        Place("review", "Review", "Decide the entries matching could not settle", "tui.review.screen", "ReviewScreen"),
        Place("browse", "Browse", "The local registry of customers and projects", "tui.screens.browse", "BrowseScreen"),
        Place("history", "History", "Past runs and what they changed", "tui.screens.history", "HistoryScreen"),
    )
}
