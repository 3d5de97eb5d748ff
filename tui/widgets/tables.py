"""A DataTable that says at once when its cursor changes row (not by message), so what depends
on the row (a detail panel, a status line, rows added near the end) changes in the same frame."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.coordinate import Coordinate
from textual.widgets import DataTable


class CursorTable(DataTable[Text]):
    def __init__(self, *, on_row_moved: Callable[[], None], **kw: Any) -> None:
        self._on_row_moved = on_row_moved
        super().__init__(**kw)

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        super().watch_cursor_coordinate(old, new)
        if old.row != new.row:
            self._on_row_moved()

