"""The two widgets of the review list that its screen lays out: the table, which says at once
when its cursor changes row, and the status line under it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.coordinate import Coordinate
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import DataTable


class ReviewTable(DataTable[Text]):
    """The review list: calls `on_row_moved` as soon as the cursor changes row (not by message),
    so the panel and status change in the same frame as the cursor."""

    def __init__(self, *, on_row_moved: Callable[[], None], **kw: Any) -> None:
        self._on_row_moved = on_row_moved
        super().__init__(**kw)

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        super().watch_cursor_coordinate(old, new)
        if old.row != new.row:
            self._on_row_moved()


class StatusLine(Widget):
    """Two lines of text, wrapped; updating it repaints only itself (a Static would redo the
    layout of the screen, a table of thousands of rows, on every key)."""

    text: reactive[Text] = reactive(Text(""), layout=False)

    def render(self) -> Text:
        return self.text
