"""Help for the screen in front (`?` or F1): its keys and what they do, then the keys that work
everywhere (tui.keys). Made from the bindings themselves, so it never disagrees with them.
Esc, `?`, F1 or q close it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

from core.i18n import N_, _
from tui.i18n import Translated, translated_binding

KEY_WIDTH = 12

# keys named as a person reads them
_KEY_NAMES = {
    "escape": "esc", "question_mark": "?", "left_square_bracket": "[",
    "right_square_bracket": "]", "slash": "/", "enter": "enter", "tab": "tab",
    "up": "↑", "down": "↓", "left": "←", "right": "→", "pageup": "PgUp", "pagedown": "PgDn",
    "home": "Home", "end": "End", "f1": "F1",
}


def key_name(key: str) -> str:
    return _KEY_NAMES.get(key, key)


@dataclass(frozen=True)
class HelpLine:
    keys: str  # "s 1", "ctrl+r", "[ ]"
    what: str  # the footer's word
    more: str  # the tooltip


def lines_of(bindings: list[Binding]) -> list[HelpLine]:
    """One line per action with a description: all its keys, its word, its tooltip."""
    keys: dict[str, list[str]] = {}
    first: dict[str, Binding] = {}
    for b in bindings:
        if not b.description or b.system:
            continue
        first.setdefault(b.action, b)
        for k in b.key.split(","):
            shown = key_name(k.strip())
            if shown not in keys.setdefault(b.action, []):
                keys[b.action].append(shown)
    return [HelpLine(" ".join(keys[action]), b.description, b.tooltip or "")
            for action, b in first.items()]


def screen_help(screen: Screen[object]) -> tuple[str, list[HelpLine], list[HelpLine]]:
    """(the screen's title, its keys, the keys of everywhere) as they are active now."""
    here: list[Binding] = []
    everywhere: list[Binding] = []
    for _key, active in screen.active_bindings.items():
        if active.binding.id is None:  # (Textual's own: cursor keys, copy, focus)
            continue
        (everywhere if active.node is screen.app else here).append(active.binding)
    # every binding of the screen, also those a focused text field takes over now (the class's
    # are in English: as the reader sees them)
    for cls in type(screen).__mro__:
        for binding in cls.__dict__.get("BINDINGS", ()):
            if isinstance(binding, Binding) and binding.id and (
                    shown := translated_binding(binding)) not in here:
                here.append(shown)
    title = str(screen.title or screen.__class__.__name__.removesuffix("Screen"))
    return title, lines_of(here), lines_of(everywhere)


def help_parts(title: str, here: list[HelpLine], everywhere: list[HelpLine]
               ) -> list[Text | Table]:
    parts: list[Text | Table] = [Text(_("Keys · {title}").format(title=title), style="bold")]
    for heading, lines in ((N_("On this screen"), here), (N_("Everywhere"), everywhere)):
        if not lines:
            continue
        parts.append(Text("\n" + _(heading), style="bold underline"))
        table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
        table.add_column("keys", style="bold", no_wrap=True, min_width=KEY_WIDTH)
        table.add_column("what", no_wrap=True)
        table.add_column("more", style="dim", ratio=1, overflow="fold")
        for line in lines:
            table.add_row(line.keys, line.what, line.more)
        parts.append(table)
    parts.append(Text("\n" + _("Esc leaves a text field first, then goes back · Tab moves the "
                              "focus · Ctrl+P finds every action by name"), style="dim"))
    return parts


class HelpScreen(Translated, ModalScreen[None]):
    """The keys of the screen in front and of everywhere."""

    BINDINGS = [
        Binding("escape,question_mark,f1,q", "close", N_("Close"), id="help.close",
                tooltip=N_("Close the help")),
    ]

    def __init__(self, title: str, here: list[HelpLine], everywhere: list[HelpLine]) -> None:
        super().__init__(classes="help-screen")
        self.parts = help_parts(title, here, everywhere)

    @classmethod
    def for_screen(cls, screen: Screen[object]) -> HelpScreen:
        return cls(*screen_help(screen))

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()  # ↑↓ PgUp PgDn scroll a long help

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"), VerticalScroll(id="help-scroll"):
            yield Static(Group(*self.parts), id="help-body")
        yield Footer(compact=True, show_command_palette=False)

    def action_close(self) -> None:
        self.dismiss(None)
