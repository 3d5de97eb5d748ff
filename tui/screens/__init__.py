"""The app's screens. Home, Setup, Connection test and Sync live here beside the modal dialogs;
Review (tui.review), Browse and History are imported when first shown (the app starts sooner).

`PLACES` lists every screen the user can go to: the app's keys, digits and command palette are
made from it (title and help in English, marked: `_()` where shown)."""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import N_


@dataclass(frozen=True)
class Place:
    """A screen the user can go to."""

    name: str
    title: str
    help: str


PLACES = {
    p.name: p
    for p in (
        Place("home", N_("Home"), N_("Overview, registry figures and the keys")),
        Place("setup", N_("Setup"), N_("Tripletex URL, tokens, company id, sync interval")),
        Place("check", N_("Test connection"), N_("Check the connection to Tripletex")),
        Place("sync", N_("Sync"), N_("Live progress and totals of the sync")),
        Place("review", N_("Review"), N_("Decide the entries matching could not settle")),
        Place("browse", N_("Browse"), N_("The local registry of customers and projects")),
        Place("history", N_("History"), N_("Past runs and what they changed")),
    )
}
