"""The app's screens. Home, Setup, Connection test and Sync live here beside the modal dialogs;
Review (tui.review), Browse and History are imported when first shown (the app starts sooner).

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


PLACES = {
    p.name: p
    for p in (
        Place("home", "Home", "Overview, registry figures and the keys"),
        Place("setup", "Setup", "Tripletex URL, tokens, company id, sync interval"),
        Place("check", "Test connection", "Check the connection to Tripletex"),
        Place("sync", "Sync", "Live progress and totals of the sync"),
        Place("review", "Review", "Decide the entries matching could not settle"),
        Place("browse", "Browse", "The local registry of customers and projects"),
        Place("history", "History", "Past runs and what they changed"),
    )
}
