"""The review screen's dialogs: search the local registry for a record to link to (then confirm,
seeing both records), and accept every suggestion above a score (seeing every link it makes and
every entry it leaves, with why, before anything is done)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Input, Label, Static

from core.i18n import N_, _, number
from core.models import Candidate, ReviewItem
from core.store.state import StoreState
from core.sync.review import AcceptPlan, accept_plan
from core.views.registry import names_rarity, pair_scores, search_unlinked
from core.words import noun, plural, reason_words, why_words
from tui.i18n import Translated
from tui.review.panel import local_fields, tx_fields, tx_kind

# the search field's placeholder, the local records of the item's kind
SEARCH_PLACEHOLDER = {"customer": N_("search local customers"),
                      "project": N_("search local projects")}
# the confirm dialog's head of the local record
LOCAL_KIND = {"customer": N_("local customer ({key})"), "project": N_("local project ({key})")}


class SearchModal(Translated, ModalScreen[str | None]):
    """Pick an unlinked local record of the item's kind, filtered as you type, each with its one
    score against the Tripletex record (the score the candidates show); returns its key."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="review.search.cancel",
                tooltip=N_("Close the search without linking")),
        Binding("enter", "pick", N_("Choose"), id="review.search.pick", priority=True,
                tooltip=N_("Choose the highlighted record (you confirm before it links)")),
        Binding("down", "cursor(1)", N_("Down"), id="review.search.down", show=False,
                tooltip=N_("Highlight the next record")),
        Binding("up", "cursor(-1)", N_("Up"), id="review.search.up", show=False,
                tooltip=N_("Highlight the previous record")),
    ]

    def __init__(self, state: StoreState, item: ReviewItem, title: str) -> None:
        super().__init__()
        self.state, self.item, self.title_text = state, item, title
        self.kind = item.kind
        self.rarity = names_rarity(state, item.kind)  # (once: the scores per keystroke)

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box", classes="rs-dialog"):
            yield Label(Text(self.title_text), id="search-title")
            yield Input(self.item.name, placeholder=_(SEARCH_PLACEHOLDER[self.kind]),
                        id="search-input")
            yield DataTable(id="search-table", cursor_type="row", zebra_stripes=True)
            yield Static("", id="search-count")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        table = self.query_one("#search-table", DataTable)
        # (fixed widths: a long name wraps in its row, never cut; the dialog is 76 wide)
        for label, key, width in ((N_("score"), "score", 5), (N_("key"), "key", 7),
                                  (N_("name"), "name", 30), (N_("number"), "number", 8),
                                  (N_("org no.") if self.kind == "customer" else "", "org", 10)):
            table.add_column(_(label), key=key, width=width)
        self._fill(self.item.name)
        self.query_one("#search-input", Input).focus()

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        table = self.query_one("#search-table", DataTable)
        table.clear()
        hits = search_unlinked(self.state, self.kind, query, limit=50)
        scores = pair_scores(self.state, self.item, [h.key for h in hits], self.rarity)
        for h in hits:
            table.add_row(Text(f"{scores[h.key][0]:.0f}"), Text(h.key), Text(h.name),
                          Text(h.number or "—"),
                          Text(h.organization_number or ("—" if self.kind == "customer" else "")),
                          key=h.key, height=None)
        text = (plural(len(hits), "unlinked customer") if self.kind == "customer"
                else plural(len(hits), "unlinked project"))
        if len(hits) == 50:
            text = _("{count} (best 50)").format(count=text)
        self.query_one("#search-count", Static).update(Text(text))

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#search-table", DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_pick(self) -> None:
        table = self.query_one("#search-table", DataTable)
        if not table.row_count:
            self.notify(_("Nothing matches; change the search or press Escape"),
                        severity="warning")
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.dismiss(key)

    @on(DataTable.RowSelected, "#search-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmLinkModal(Translated, ModalScreen[bool]):
    """Both records side by side, the pair's score and what matched; Enter links, Escape not."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", N_("Back"), id="review.confirm.no",
                tooltip=N_("Do not link; back to the search")),
        Binding("enter,y", "answer(True)", N_("Link"), id="review.confirm.yes", priority=True,
                tooltip=N_("Link the Tripletex record to this local record")),
    ]

    def __init__(self, state: StoreState, item: ReviewItem, key: str) -> None:
        super().__init__()
        self.state, self.item, self.key = state, item, key

    def compose(self) -> ComposeResult:
        item, state = self.item, self.state
        score, why = pair_scores(state, item, [self.key])[self.key]
        third = _("org no.") if item.kind == "customer" else noun(1, "customer")
        tx = tx_fields(item, state)
        given = next((c for c in item.candidates if c.local_key == self.key), None)
        local = local_fields(item.kind, given or Candidate(self.key, "", score), state)
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_column(overflow="fold")
        local_head = _(LOCAL_KIND[item.kind]).format(key=self.key)
        grid.add_row("", Text(tx_kind(item.kind), style="bold"), Text(local_head, style="bold"))
        grid.add_row(_("name"), Text(tx[0]), Text(local[0]))
        grid.add_row(_("number"), Text(tx[1] or "—"), Text(local[1] or "—"))
        grid.add_row(third, Text(tx[2] or "—"), Text(local[2] or "—"))
        with Vertical(id="confirm-box", classes="rs-dialog"):
            yield Label(Text(_("Link these two? (score {score})").format(
                score=number(score, decimals=0)), style="bold"))
            yield Static(grid)
            yield Static(Text(_("matched: {signals}").format(
                signals=", ".join(map(why_words, why)) if why else _("nothing but the search")), style="dim"))
            yield Static(_("Enter links · Escape goes back"), classes="rs-hint")
        yield Footer(compact=True, show_command_palette=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class AcceptAllModal(Translated, ModalScreen[AcceptPlan | None]):
    """Ask for the threshold; show every link it makes (Tripletex name → local name, key,
    number, org number) and every entry it leaves (twins, taken records), with why; returns
    the plan to carry out."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="review.accept.cancel",
                tooltip=N_("Close without linking anything")),
        Binding("enter", "confirm", N_("Link them"), id="review.accept.confirm", priority=True,
                tooltip=N_("Link every listed entry to its best candidate "
                           "(one undo takes all back)")),
    ]

    def __init__(self, state: StoreState, threshold: float = 90.0) -> None:
        super().__init__()
        self.state = state
        self.threshold: float | None = threshold
        self.plan: AcceptPlan | None = None

    @property
    def count(self) -> int:
        return len(self.plan.links) if self.plan else 0

    def compose(self) -> ComposeResult:
        with Vertical(id="accept-box", classes="rs-dialog"):
            yield Label(_("Accept suggestions scoring at least:"))
            yield Input(f"{self.threshold:g}", id="accept-threshold", type="number")
            yield Static("", id="accept-question")
            with VerticalScroll(id="accept-list"):
                yield Static("", id="accept-detail")
            yield Static(_("Enter links them (one undo takes all back) · Escape cancels"),
                         classes="rs-hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self._update(f"{self.threshold:g}")
        self.query_one("#accept-threshold", Input).focus()

    @on(Input.Changed, "#accept-threshold")
    def _changed(self, event: Input.Changed) -> None:
        self._update(event.value)

    def _update(self, value: str) -> None:
        question = self.query_one("#accept-question", Static)
        detail = self.query_one("#accept-detail", Static)
        try:
            t = float(value)
        except ValueError:
            self.threshold, self.plan = None, None
            question.update(_("Type a score from 0 to 100"))
            detail.update("")
            return
        self.threshold = t
        self.plan = plan = accept_plan(self.state, t)
        n = len(plan.links)
        question.update(Text(_("Link {entries}?").format(entries=plural(n, "entry")),
                             style="bold"))
        lines = Text()
        for item, key in plan.links:
            cand = next(c for c in item.candidates if c.local_key == key)
            facts = " ".join(x for x in (
                _("no. {number}").format(number=cand.number) if cand.number else "",
                _("org {org}").format(org=cand.organization_number)
                if cand.organization_number else "") if x)
            lines.append(f"{item.name}", style="bold")
            lines.append(f" → {key} {cand.name}" + (f" ({facts})" if facts else "")
                         + f" · {cand.score:.0f}\n")
        if plan.skipped:
            lines.append(_("Left for you ({n}):").format(n=number(len(plan.skipped))) + "\n",
                         style="italic")
            for item, why in plan.skipped:
                lines.append(f"{item.name}: {reason_words(why)}\n", style="dim")
        detail.update(lines)

    def action_confirm(self) -> None:
        if self.threshold is None or not self.count:
            self.notify(_("Nothing to link at this threshold"), severity="warning")
            return
        self.dismiss(self.plan)

    def action_cancel(self) -> None:
        self.dismiss(None)
