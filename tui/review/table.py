"""The two widgets of the review list that its screen lays out: the table, which says at once
when its cursor changes row, and the status line under it."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from tui.widgets.tables import CursorTable

ReviewTable = CursorTable  # the review list (tui.widgets.tables)


class StatusLine(Widget):
    """Two lines of text, wrapped; updating it repaints only itself (a Static would redo the
    layout of the screen, a table of thousands of rows, on every key)."""

    text: reactive[Text] = reactive(Text(""), layout=False)

    def render(self) -> Text:
        return self.text
