"""The review screen's comparison panel: the Tripletex record and its top local candidates in
aligned columns (score, key, name, number, org number or customer), with the values that differ
from Tripletex's highlighted and the chosen candidate marked.

Names are shown as plain text (rich `Text`, never markup), so `[bold]` in a name shows as typed.
Names wrap in their column, never cut. Focus the panel (Tab) to choose a candidate with up/down;
`n` chooses the next one from the list. Candidates of one name are marked `≡`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import ScrollableContainer
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from core.i18n import N_, _
from core.matching.normalize import normalize_name, normalize_number, normalize_org
from core.models import Candidate, ReviewItem
from core.store.state import StoreState
from core.words import named, noun, reason_words
from tui.i18n import Translated

MAX_CANDIDATES = 5


def _lines(text: str, width: int) -> int:
    """The lines `text` takes wrapped (folded) at `width`."""
    return max(1, -(-len(text or "—") // max(1, width)))
DIFF_STYLE = "bold reverse"


def tx_kind(kind: str) -> str:
    """"Tripletex customer" / "Tripletex project" (the panel's head), in the reader's language
    (the words are counted elsewhere: one catalog entry each, with its plural)."""
    if kind == "customer":
        return noun(1, "Tripletex customer")
    return noun(1, "Tripletex project")


def _third_label(kind: str) -> str:
    """The third column's header: a customer's org number, a project's customer."""
    return _("org no.") if kind == "customer" else noun(1, "customer")


def tx_fields(item: ReviewItem, state: StoreState) -> tuple[str, str, str]:
    """(name, number, org number or customer name) of the Tripletex record of `item`."""
    rec = item.record
    if item.kind == "customer":
        return (rec.get("name") or item.name, rec.get("number") or "", rec.get("organization_number") or "")
    cust = state.tx_customers.get(rec.get("customer_id") or -1) or {}
    return (rec.get("name") or item.name, rec.get("number") or "", cust.get("name") or "")


def local_fields(kind: str, cand: Candidate, state: StoreState) -> tuple[str, str, str, bool]:
    """(name, number, org number or customer name, already linked) of a candidate, as the local
    registry has it now (the candidate's snapshot when the record is gone)."""
    if kind == "customer":
        c = state.customers.get(cand.local_key)
        if c is None:
            return (cand.name, cand.number or "", cand.organization_number or "", False)
        return (c.name, c.number or "", c.organization_number or "", c.tripletex_id is not None)
    p = state.projects.get(cand.local_key)
    if p is None:
        return (cand.name, cand.number or "", "", False)
    owner = state.customers.get(p.customer_key or "")
    return (p.name, p.number or "", owner.name if owner else "", p.tripletex_id is not None)


def differs(kind: str, tx: tuple[str, str, str], local: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """Which of name, number, third field differ (compared as matching compares them)."""
    name = str(normalize_name(tx[0])) != str(normalize_name(local[0]))
    number = normalize_number(tx[1] or None) != normalize_number(local[1] or None)
    if kind == "customer":
        third = normalize_org(tx[2] or None) != normalize_org(local[2] or None)
    else:
        third = str(normalize_name(tx[2])) != str(normalize_name(local[2]))
    return (name, number, third)


class ReviewPanel(Translated, Widget, can_focus=True):
    """Shows one review item against its candidates; `selected` is the chosen candidate."""

    BINDINGS = [
        Binding("up,k", "move(-1)", N_("Prev candidate"), id="review.panel.up",
                tooltip=N_("Choose the candidate above"), show=False),
        Binding("down,j", "move(1)", N_("Next candidate"), id="review.panel.down",
                tooltip=N_("Choose the candidate below"), show=False),
    ]

    selected: reactive[int] = reactive(0)

    class Chosen(Message):
        """The user chose candidate `index` of the shown item."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.item: ReviewItem | None = None
        self.state: StoreState | None = None
        self.empty_text = N_("Loading…")  # (English, marked: shown in the reader's language)
        self._row_lines: list[int] = []  # lines of Tripletex's row and each candidate's

    def show(self, item: ReviewItem | None, state: StoreState | None) -> None:
        """Show `item` (None: nothing selected), first candidate chosen."""
        self.item, self.state = item, state
        self.set_reactive(ReviewPanel.selected, 0)
        # (its height is its content's: a new item's lines need a new layout, or a panel laid
        # out while it said "Loading…" keeps one line and shows only the head)
        self.refresh(layout=True)

    @property
    def candidates(self) -> list[Candidate]:
        return list(self.item.candidates[:MAX_CANDIDATES]) if self.item else []

    @property
    def selected_key(self) -> str | None:
        cands = self.candidates
        return cands[self.selected].local_key if 0 <= self.selected < len(cands) else None

    def choose(self, index: int) -> bool:
        """Choose candidate `index` (0-based); False when there is none."""
        if not 0 <= index < len(self.candidates):
            return False
        self.selected = index
        self.post_message(self.Chosen(index))
        return True

    def action_move(self, step: int) -> None:
        n = len(self.candidates)
        if n:
            self.choose((self.selected + step) % n)

    def _widths(self) -> tuple[int, int, int]:
        """(name, number, third) column widths for the panel's width: the names take more than
        half of what the fixed columns leave, and wrap within it."""
        room = max(24, self.size.width - 2 - 5 - 8 - 2 * 5 - 2)  # mark, score, key, padding
        number, third = max(8, room * 17 // 100), max(10, room * 28 // 100)
        return max(12, room - number - third), number, third

    def render(self) -> RenderableType:
        item, state = self.item, self.state
        if item is None or state is None:
            return Text(_(self.empty_text), style="dim")
        tx = tx_fields(item, state)
        # the record by its name and number (its ids mean nothing to a person; the entry's
        # id, dim, is what `rabbitsync review resolve` takes)
        head = Text.assemble(
            (tx_kind(item.kind) + " ", "bold"),
            (named(tx[0], tx[1] or None), "bold"),
            " · ",
            (reason_words(item.reason), "italic"),
            (f"  {item.item}", "dim"),
        )
        name_w, number_w, third_w = self._widths()
        table = Table(box=None, padding=(0, 1), show_edge=False, pad_edge=False)
        table.add_column("", width=2, no_wrap=True)
        table.add_column(_("score"), width=5, justify="right", no_wrap=True)
        table.add_column(_("key"), width=8, no_wrap=True)
        table.add_column(_("name"), width=name_w, overflow="fold")
        table.add_column(_("number"), width=number_w, overflow="fold")
        table.add_column(_third_label(item.kind), width=third_w, overflow="fold")
        table.add_row(Text("TX", style="bold"), Text(""), Text(""),
                      Text(tx[0], style="bold"), Text(tx[1] or "—"), Text(tx[2] or "—"))
        diff_names: list[str] = []
        cands = self.candidates
        twins = {n for n, c in Counter(str(normalize_name(c.name)) for c in cands).items() if c > 1}
        self._row_lines = [1 + _lines(tx[0], name_w)]  # (for scrolling to the chosen one)
        for i, cand in enumerate(cands):
            loc = local_fields(item.kind, cand, state)
            diff = differs(item.kind, tx, loc)
            chosen = i == self.selected
            if chosen:
                labels = (_("name"), _("number"), _third_label(item.kind))
                diff_names = [lbl for lbl, d in zip(labels, diff, strict=True) if d]
            cells = [Text(v or "—", style=DIFF_STYLE if d else "") for v, d in zip(loc[:3], diff, strict=True)]
            if str(normalize_name(cand.name)) in twins:
                cells[0] = Text.assemble(("≡ ", "bold yellow"), cells[0])
            mark = Text(f"▶{i + 1}" if chosen else f" {i + 1}", style="bold" if chosen else "dim")
            key = Text(cand.local_key + (" ⛓" if loc[3] else ""), style="strike dim" if loc[3] else "")
            table.add_row(mark, Text(f"{cand.score:.0f}"), key, *cells,
                          style="on grey23" if chosen and self.has_focus else "")
            self._row_lines.append(max(_lines(loc[0], name_w - 2), _lines(loc[1], number_w),
                                       _lines(loc[2], third_w)))
        parts: list[RenderableType] = [head, table]
        if not item.candidates:
            parts.append(Text(_("No local candidates: create (c), link to another record (o) "
                                "or ignore (i)."), style="dim"))
        elif diff_names:
            parts.append(Text(_("Differs from Tripletex: {fields}").format(
                fields=", ".join(diff_names)), style="dim"))
        else:
            parts.append(Text(_("Same name, number and org no. as Tripletex"), style="dim"))
        if twins:
            parts.append(Text(_("≡ candidates of one name: the number, org no. or customer "
                                "tells them apart"), style="dim"))
        return Group(*parts)

    def chosen_line(self) -> int:
        """The line the chosen candidate starts on (the head, the header row, Tripletex's)."""
        lines = self._row_lines or [1]
        return 2 + sum(lines[: 1 + self.selected])

    def watch_selected(self) -> None:
        self.refresh()
        if isinstance(self.parent, ScrollableContainer):  # (the screen's detail box)
            self.parent.scroll_to(y=max(0, self.chosen_line() - 2), animate=False)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
