"""What every place of the app has: the title bar (the screen, the profile, the last and the next
sync), a footer that fits 80 columns, and Esc as tui.keys says (a text field first, then back),
all in the reader's language (core.i18n).
"""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Input

from core.i18n import N_, _
from tui.i18n import Translated, translate_bindings
from tui.widgets.screen_commands import ScreenBindingsProvider, go_back

ICON = "◆"  # the title bar's (≡ marks records that share a name)


def title_bar() -> Header:
    return Header(icon=ICON)


def footer() -> Footer:
    """The screen's keys; ctrl+p works without being shown (80 columns)."""
    return Footer(compact=True, show_command_palette=False)


class PlaceScreen(Screen[None]):
    """A screen of the app. Subclasses yield `title_bar()` first and `footer()` last, name
    their place in `PLACE` and say in `main_focus` where Esc puts the focus from a text field."""

    CSS_PATH = "../app.tcss"  # the one stylesheet; also when a screen runs on its own
    COMMANDS = Screen.COMMANDS | {ScreenBindingsProvider}
    PLACE = ""
    BINDINGS = [
        Binding("escape", "back", N_("Back"), id="screen.back", show=False,
                tooltip=N_("Leave the text field; from elsewhere, back to Home")),
    ]

    def __init__(self, profile: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.profile = profile
        if not isinstance(self, Translated):  # (a subclass with it first translates itself)
            translate_bindings(self)

    def on_mount(self) -> None:
        place = _(self.PLACE)
        self.title = f"{place} · {self.profile}" if place else self.profile

    def unsaved_edits(self) -> list[str]:
        """What leaving would lose (the app asks first when there is any), by name."""
        return []

    def main_focus(self) -> Widget | None:
        """The widget Esc returns to from a text field (None: the first that can focus)."""
        return None

    async def action_back(self) -> None:
        if isinstance(self.focused, Input):
            target = self.main_focus()
            if target is not None:
                target.focus()
            else:
                self.focus_next()
                if isinstance(self.focused, Input):
                    self.set_focus(None)
            return
        await self.leave()

    async def leave(self) -> None:
        """Go back (subclasses may wait for or ask about something first)."""
        await go_back(self)
