"""Modal dialogs: a yes/no confirmation that states what will happen before it happens."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from core.i18n import N_, _
from tui.i18n import Translated


def reflow(text: str) -> str:
    """Join hard-wrapped lines so the dialog can wrap them to its own width; a line starting
    with `-` (after spaces) starts a new item."""
    out: list[str] = []
    for line in text.splitlines():
        if out and line.startswith(" ") and not line.lstrip().startswith("-"):
            out[-1] += " " + line.strip()
        elif line.lstrip().startswith("-"):
            out.append("• " + line.lstrip()[1:].strip())
        else:
            out.append(line.rstrip())
    return "\n".join(out)


class ConfirmScreen(Translated, ModalScreen[bool]):
    """Ask once, plainly; dismisses with True (confirm) or False (cancel, the default focus).
    The caller gives the texts in the reader's language (`_`); the defaults are translated."""

    BINDINGS = [
        Binding("escape,n", "cancel", N_("Cancel"), id="confirm.no",
                tooltip=N_("Cancel; nothing changes")),
    ]

    def __init__(self, title: str, body: str, *, confirm_label: str,
                 cancel_label: str | None = None, confirm_key: str = "a",
                 confirm_help: str | None = None) -> None:
        super().__init__(classes="confirm-screen")
        self._bindings.key_to_bindings.setdefault(confirm_key, []).append(Binding(
            confirm_key, "confirm", confirm_help or _("Activate"), id="confirm.yes",
            tooltip=_("Confirm and go ahead")))
        self.title_text = title
        self.body = body
        self.confirm_label = confirm_label
        self.cancel_label = cancel_label or _("Cancel")

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(self.title_text, id="confirm-title")
            yield Static(self.body, id="confirm-body", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(self.confirm_label, id="confirm-yes", variant="warning")
                yield Button(self.cancel_label, id="confirm-no", variant="primary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
