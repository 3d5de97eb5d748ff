"""The app's keys, written down in one place.

Everywhere (the app's bindings; they work on every screen unless a text field has focus, and
no screen binds them for anything else):

    0  esc  Home          s 1  Setup       t 2  Test        y 3  Sync
    r 4     Review        b 5  Browse      h 6  History
    ?  F1   help for the screen in front    ctrl+p  every screen and action by name
    q       quit (a running sync is asked about first)

On every screen:

    esc         leaves a text field (what was typed stays); the next esc goes back (home)
    tab         moves the focus, as everywhere in Textual
    [  ]        the previous and next tab of a screen with tabs (Review's kinds, Browse, History)
    /           the screen's search or filter field
    enter       opens what the cursor is on (Browse: a record's detail; History: a run's)
    ↑ ↓ j k     move in a list; PgUp PgDn Home End as usual

Home, with several profiles: `[` `]` open the previous and next profile, enter the one
highlighted in its list. Setup: ctrl+o lists an accounting office's client companies.

A screen's own keys are in its BINDINGS: its footer shows the most used ones (it fits 80
columns); help (`?`) and the palette (ctrl+p) list all of them. `tests/test_tui_keys.py`
checks that no screen binds a key of the app, that every footer fits 80 columns, and that the
app's keys work from every screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

from core.i18n import N_


@dataclass(frozen=True)
class PlaceKey:
    place: str  # a name of tui.screens.PLACES
    keys: str  # Textual's key list, e.g. "s,1"
    label: str  # as the footer and help show it
    action: str  # the app's action
    help: str


PLACE_KEYS = (  # label and help in English, marked; the app's bindings show them translated
    PlaceKey("home", "0", N_("Home"), "show('home')", N_("Overview, registry figures and the keys")),
    PlaceKey("setup", "s,1", N_("Setup"), "show('setup')",
             N_("Tripletex environment, API keys, company, sync interval")),
    PlaceKey("check", "t,2", N_("Test"), "test", N_("Test the connection to Tripletex")),
    PlaceKey("sync", "y,3", N_("Sync"), "sync",
             N_("Sync now, Tripletex to the time tracker (the first time asks to confirm)")),
    PlaceKey("review", "r,4", N_("Review"), "show('review')",
             N_("Decide the entries matching could not settle")),
    PlaceKey("browse", "b,5", N_("Browse"), "show('browse')",
             N_("The local registry of customers and projects")),
    PlaceKey("history", "h,6", N_("History"), "show('history')",
             N_("Past runs and what they changed")),
)

HELP_KEYS = "question_mark,f1"
QUIT_KEY = "q"
TAB_KEYS = ("left_square_bracket", "right_square_bracket")  # [ and ]


def reserved() -> frozenset[str]:
    """Every key the app binds for itself: no screen may bind one of them."""
    keys = {k for p in PLACE_KEYS for k in p.keys.split(",")}
    keys |= set(HELP_KEYS.split(",")) | {QUIT_KEY, "ctrl+p"}
    return frozenset(keys)


# (what it writes from its arguments is told again from tui.i18n.BINDING_TEMPLATES)
TAB_WORDS = (N_("Tab"), N_("tab"), N_("kind"))  # labels as `tab_bindings` shows them


def tab_bindings(prefix: str, what: str, label: str = "Tab") -> list[Binding]:
    """`[` and `]`: the previous and next tab of a screen (`what` names its tabs); the footer
    shows `]` only (80 columns), help both. In English; tui.i18n tells them in the reader's
    language (mark `what` and `label` with `N_` for the catalog)."""
    return [
        Binding(TAB_KEYS[0], "tab(-1)", f"Previous {label.lower()}", id=f"{prefix}.prev_tab",
                key_display="[", show=False, tooltip=f"The previous tab: {what}"),
        Binding(TAB_KEYS[1], "tab(1)", label, id=f"{prefix}.next_tab", key_display="]",
                tooltip=f"The next tab: {what}"),
    ]
