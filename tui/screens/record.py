"""A record's detail (Enter in Browse): every field with its name whole, its link to Tripletex
in words, the local values Tripletex overwrote, and its projects. Esc or Enter closes it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from core.i18n import N_, _, number
from core.views.record import RecordFacts
from tui.i18n import Translated

MAX_BELOW = 500  # projects listed (the rest are counted)
OVERWRITE_COLUMNS = (N_("when"), N_("field"), N_("yours"), N_("Tripletex's"))


def facts_table(facts: RecordFacts) -> Table:
    """The record as label / value rows; names wrap, never cut."""
    table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
    table.add_column("label", style="bold", no_wrap=True)
    table.add_column("value", ratio=1, overflow="fold")
    for label, value in facts.fields:
        table.add_row(label, Text(value))
    return table


def detail_parts(facts: RecordFacts) -> list[Table | Text]:
    parts: list[Table | Text] = [Text(facts.title, style="bold"), facts_table(facts)]
    if facts.overwrites:
        parts.append(Text("\n" + _("Values of yours that Tripletex's replaced ({n})").format(
            n=number(len(facts.overwrites))), style="bold"))
        t = Table(box=None, padding=(0, 1), expand=True)
        for col in OVERWRITE_COLUMNS:
            t.add_column(_(col), overflow="fold", no_wrap=col == "when")
        for when, what, old, new in facts.overwrites:
            t.add_row(when, what, Text(old), Text(new))
        parts.append(t)
    if facts.below_label:
        parts.append(Text(f"\n{facts.below_label} ({number(len(facts.below))})", style="bold"))
        if not facts.below:
            parts.append(Text(_("none"), style="dim"))
        t = Table(box=None, show_header=False, padding=(0, 1), expand=True)
        t.add_column("key", no_wrap=True)
        t.add_column("name", ratio=2, overflow="fold")
        t.add_column("state", ratio=1, overflow="fold")
        for key, name, state in facts.below[:MAX_BELOW]:
            t.add_row(key, Text(name), Text(state, style="dim"))
        parts.append(t)
        if len(facts.below) > MAX_BELOW:
            parts.append(Text(_("… and {n} more").format(n=number(len(facts.below) - MAX_BELOW)),
                              style="dim"))
    return parts


class RecordScreen(Translated, ModalScreen[None]):
    """The detail of one record; scrolls when long."""

    BINDINGS = [
        Binding("escape,enter", "close", N_("Close"), id="record.close",
                tooltip=N_("Back to the list")),
    ]

    def __init__(self, facts: RecordFacts) -> None:
        super().__init__(classes="record-screen")
        self.facts = facts

    def compose(self) -> ComposeResult:
        with Vertical(id="record-dialog", classes="rs-dialog"), VerticalScroll(id="record-scroll"):
            for n, part in enumerate(detail_parts(self.facts)):
                yield Static(part, id=f"record-part-{n}", classes="record-part")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#record-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)


class TextScreen(Translated, ModalScreen[None]):
    """A long text in a box (a run's detail in History); scrolls; Esc or Enter closes it."""

    BINDINGS = [
        Binding("escape,enter", "close", N_("Close"), id="text.close",
                tooltip=N_("Back to the list")),
    ]

    def __init__(self, title: str, body: Text) -> None:
        super().__init__(classes="record-screen")
        self.title_text, self.body = title, body

    def compose(self) -> ComposeResult:
        with Vertical(id="record-dialog", classes="rs-dialog"), VerticalScroll(id="record-scroll"):
            yield Static(Text(self.title_text, style="bold"), classes="record-part")
            yield Static(self.body, classes="record-part")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#record-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)
