"""Review: walk the Tripletex records that matching could not settle and decide each with one key
(link to a candidate, search and link, create, ignore, later), undo, or accept every suggestion
above a score.

Fast at 5,000 items: the store is read once (a worker); decisions go to the in-memory state at
once (`core.sync.review.resolve` on our copy) and to disk through the profile's `DecisionWriter` (one
background thread, in order, coalesced, waiting out a running sync). The table shows a window of
the filtered list (rows keyed by item id) that grows as the cursor nears its end.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Input, Static
from textual.widgets.data_table import RowDoesNotExist

from core import gcstate
from core.errors import RabbitError
from core.i18n import N_, _, ngettext, number
from core.matching.normalize import fold
from core.models import ReviewItem
from core.paths import ProfilePaths
from core.store.state import StoreState
from core.sync.review import AcceptPlan, link_all, new_batch, resolve, undo_last
from core.sync.writer import Op, WriterStatus, writer_for
from core.views.review import decision_words, undone_words
from core.words import plural
from tui.i18n import Translated
from tui.keys import tab_bindings
from tui.messages import ReviewCountChanged
from tui.review.dialogs import AcceptAllModal, ConfirmLinkModal, SearchModal
from tui.review.panel import ReviewPanel
from tui.review.table import ReviewTable, StatusLine
from tui.screens.base import PlaceScreen, footer, title_bar
from tui.widgets.screen_commands import go_back

KINDS = ("all", "customer", "project")


def _scope(item: ReviewItem) -> tuple[str, object, str]:
    """Where an entry's name must be unique to tell it apart: its kind, its customer (a
    project), its folded name."""
    return (item.kind, item.record.get("customer_id"), fold(item.name))
WINDOW = 200  # rows in the table when the list opens
GROW = 40  # rows added as the cursor nears the end (200 at once, each measured for its
# wrapped height, held one key for about 100 ms: bench/tui_review.py)


WIDE = 140  # from this width the comparison panel stands beside the list, not below it


def panel_width(width: int) -> int:
    """The comparison panel's width beside the list (from WIDE columns): nearly half."""
    return width * 45 // 100
LIST_FIXED = (("item", 6), ("kind", 4), ("score", 5))  # the list's fixed columns (in English)
_FRAME = 2 + 2 * 5  # the scrollbar, and a space either side of each of the five columns


# the list's headers, and the kind as each row says it (the kind column is as wide as the
# longest of them in the reader's language: 4 in English)
COLUMNS = ((N_("item"), "item"), (N_("kind"), "kind"), (N_("Tripletex name"), "name"),
           (N_("score"), "score"), (N_("best candidate"), "best"))
KIND_SHORT = {"customer": N_("cust"), "project": N_("proj")}


def fixed_widths() -> dict[str, int]:
    """The fixed columns' widths; the kind's fits its words in the reader's language."""
    kind = max(len(_(w)) for w in (*KIND_SHORT.values(), "kind"))
    return {**dict(LIST_FIXED), "kind": max(dict(LIST_FIXED)["kind"], kind)}


def list_widths(width: int) -> dict[str, int]:
    """The list's columns for a terminal `width` wide: the two names share what the fixed
    columns leave (a longer name wraps in its row, never cut)."""
    fixed = fixed_widths()
    room = max(24, width - sum(fixed.values()) - _FRAME)
    return {**fixed, "name": room - room // 2, "best": room // 2}


def _b(key: str, action: str, desc: str, tip: str, **kw: object) -> Binding:
    return Binding(key, action, desc, id=f"review.{action.split('(')[0]}", tooltip=tip, **kw)  # type: ignore[arg-type]


# the search dialog's title: the Tripletex record by its name, and its number when it has one
# (which tells twins apart)
SEARCH_TITLES = {
    "customer": (N_("Link Tripletex customer “{name}” to:"),
                 N_("Link Tripletex customer “{name}” (no. {number}) to:")),
    "project": (N_("Link Tripletex project “{name}” to:"),
                N_("Link Tripletex project “{name}” (no. {number}) to:")),
}


def search_title(item: ReviewItem) -> str:
    """'Link Tripletex customer “Nilsen Bygg AS” (no. 10051) to:'."""
    number = item.record.get("number")
    without, with_number = SEARCH_TITLES[item.kind]
    return _(with_number if number else without).format(name=item.name, number=number)


class ReviewScreen(Translated, PlaceScreen):
    """The review list, the comparison panel and one key per decision."""

    PLACE = N_("Review")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    BINDINGS = [
        # the footer holds the decisions; the rest are in help (?) and the palette (ctrl+p)
        _b("l", "link", N_("Link"), N_("Link to the chosen candidate (also Enter)")),
        _b("c", "create", N_("Create"), N_("Create a new local record from Tripletex's")),
        _b("i", "ignore", N_("Ignore"), N_("Ignore this Tripletex record (remembered)")),
        _b("x", "later", N_("Later"), N_("Put off: stays in the list, marked later")),
        _b("o", "search", N_("Other"), N_("Link to another local record: search the registry")),
        _b("u", "undo", N_("Undo"), N_("Undo the last decision (an accept-all as one)")),
        _b("a", "accept_all", N_("All≥"),
           N_("Link every suggestion above a score (shows them first)")),
        _b("n", "next_candidate", N_("Next candidate"),
           N_("Choose the next candidate (or Tab to the candidates, then ↑↓)"), show=False),
        _b("slash", "filter", N_("Filter"), N_("Filter the list by name, number or item"),
           key_display="/", show=False),
        *tab_bindings("review", N_("all entries / customers only / projects only"), N_("Kind")),
        _b("j", "cursor(1)", N_("Next entry"), N_("The next entry (also ↓)"), show=False),
        _b("k", "cursor(-1)", N_("Previous entry"), N_("The previous entry (also ↑)"),
           show=False),
        _b("ctrl+r", "reload", N_("Reload"), N_("Read the store again"), show=False),
    ]

    class Loaded(Message):
        def __init__(self, state: StoreState | None, error: str = "") -> None:
            self.state, self.error = state, error
            super().__init__()

    class Saving(Message):
        def __init__(self, status: WriterStatus) -> None:
            self.status = status
            super().__init__()

    def __init__(self, paths: ProfilePaths) -> None:
        super().__init__(paths.profile)
        self.paths = paths
        self.writer = writer_for(paths)
        self.state: StoreState | None = None
        self.items: list[str] = []  # every pending item id, in order
        self.view: list[str] = []  # the filtered ones
        self.kind = "all"
        self.text = ""
        self.decided = 0
        self._keep: str | None = None  # the entry to put the cursor on after a reload
        self._save_text = ""
        self.said = ""  # what the last action did, in words (the status line shows it)
        self.twins: set[tuple[str, object, str]] = set()  # see `_twins`
        self._told: int | None = None  # the count of entries the app was last told

    # ---- layout and loading ------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield title_bar()
        with Horizontal(id="review-filters"):
            yield Input(placeholder=_("/ filter by name, number, item"), id="review-filter")
            yield Static(self._kind_label(), id="review-kind")
        with Vertical(id="review-body"):
            yield ReviewTable(id="review-table", cursor_type="row", zebra_stripes=True,
                              on_row_moved=self.cursor_moved)
            with VerticalScroll(id="review-detail", can_focus=False):
                yield ReviewPanel(id="review-panel")
        yield StatusLine(id="review-status")
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._set_status(_("Loading the review list…"))
        self._columns()
        self.query_one("#review-table", DataTable).focus()
        self.writer.on_status = lambda st: self.post_message(self.Saving(st))
        self._load()

    def main_focus(self) -> DataTable:
        return self.query_one("#review-table", DataTable)

    def _columns(self) -> None:
        """(Re)make the list's columns for the screen's width; rows are made again."""
        table = self.query_one("#review-table", DataTable)
        width = self.size.width if self.size.width < WIDE else self.size.width - panel_width(
            self.size.width)
        widths = list_widths(width)
        table.clear(columns=True)
        for label, key in COLUMNS:
            table.add_column(_(label), key=key, width=widths[key])

    def on_resize(self) -> None:
        detail = self.query_one("#review-detail")
        detail.styles.width = panel_width(self.size.width) if self.size.width >= WIDE else None
        if self.state is None:
            self._columns()
            return
        keep = cur.item if (cur := self._current()) else None
        self._columns()
        self._refilter(keep)

    def _kind_label(self) -> Text:
        names = {"all": N_("all"), "customer": N_("customers"), "project": N_("projects")}
        return Text(" ").join(Text(_(names[k]), style="bold reverse" if k == self.kind else "dim")
                              for k in KINDS)

    def on_unmount(self) -> None:
        self.writer.on_status = None
        gcstate.let_go(self)

    def action_reload(self) -> None:
        """Read the store again (the app calls it after a sync), keeping the cursor's entry."""
        current = self._current() if self.state is not None else None
        self._keep = current.item if current else None
        self._set_status(_("Reloading the review list…"))
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="review-load")
    def _load(self) -> None:
        try:
            self.post_message(self.Loaded(self.writer.load()))
        except RabbitError as exc:
            self.post_message(self.Loaded(None, exc.one_line()))

    def on_review_screen_loaded(self, message: Loaded) -> None:
        if message.state is None:
            self._set_status(_("Cannot read the store: {error}").format(error=message.error))
            return
        self.state = message.state
        # the loaded state is big and lives as long as the screen: keep it out of the cyclic GC's
        # full passes, which would otherwise pause a key press for ~100 ms now and then (the
        # bench shows it); unfrozen when the screen goes, so it is collected as usual then
        gcstate.let_go(self)
        gcstate.keep_out(self)
        self.items = [r.item for r in self.state.pending_reviews()]
        self.query_one("#review-panel", ReviewPanel).empty_text = N_("Nothing to review.")
        keep, self._keep = self._keep, None
        self._refilter(keep)
        self.query_one("#review-table", DataTable).focus()

    # ---- the list ------------------------------------------------------------------------------
    def _twins(self) -> None:
        """Pending entries of one name in one place (customers; projects of one customer):
        their number (or org no.) shows beside the name in the list."""
        assert self.state is not None
        count: Counter[tuple[str, object, str]] = Counter(
            _scope(self.state.reviews[i]) for i in self.items)
        self.twins = {k for k, n in count.items() if n > 1}

    def _row(self, item: ReviewItem) -> tuple[Text, ...]:
        later = item.status == "later"
        best = item.candidates[0] if item.candidates else None
        name = Text(item.name)
        if _scope(item) in self.twins:
            rec = item.record
            tell = (_("no. {number}").format(number=rec["number"]) if rec.get("number")
                    else _("org {org}").format(
                        org=rec.get("organization_number") or item.tripletex_id))
            name.append(f" ≡ {tell}", style="bold yellow")
        if later:
            name.append(" " + _("(later)"), style="dim italic")
        return (
            Text(item.item, style="dim italic" if later else ""),
            Text(_(KIND_SHORT["customer" if item.kind == "customer" else "project"]),
                 style="dim" if later else ""),
            name,
            Text(f"{best.score:3.0f}" if best else "—", justify="right"),
            Text(best.name if best else _("none: create, other or ignore"),
                 style="" if best else "dim italic"),
        )

    def _matches(self, item: ReviewItem) -> bool:
        if self.kind != "all" and item.kind != self.kind:
            return False
        if not self.text:
            return True
        rec = item.record
        hay = " ".join(str(x) for x in (item.item, item.name, rec.get("number"), rec.get("organization_number"),
                                         *(c.name for c in item.candidates[:1])) if x).casefold()
        return all(w in hay for w in self.text.casefold().split())

    def _refilter(self, keep: str | None = None) -> None:
        """Rebuild the view and the table's first window; put the cursor on `keep` if shown."""
        assert self.state is not None
        self._twins()
        reviews = self.state.reviews
        self.view = [i for i in self.items if self._matches(reviews[i])]
        table = self.query_one("#review-table", DataTable)
        table.clear()
        upto = WINDOW
        if keep in self.view:
            upto = max(WINDOW, self.view.index(keep) + WINDOW // 2)
        self._extend(upto)
        if keep is not None and keep in self.view[: table.row_count]:
            table.move_cursor(row=self.view.index(keep), animate=False)
        self._show_current()

    def _extend(self, upto: int) -> None:
        """Show rows of the view up to index `upto` (exclusive)."""
        assert self.state is not None
        table = self.query_one("#review-table", DataTable)
        for item_id in self.view[table.row_count: min(upto, len(self.view))]:
            table.add_row(*self._row(self.state.reviews[item_id]), key=item_id, height=None)

    def _current(self) -> ReviewItem | None:
        table = self.query_one("#review-table", DataTable)
        if self.state is None or not table.row_count:
            return None
        row = min(table.cursor_row, table.row_count - 1)
        return self.state.reviews.get(self.view[row])

    def _show_current(self) -> None:
        self.query_one("#review-panel", ReviewPanel).show(self._current(), self.state)
        self._update_status()

    def _update_status(self) -> None:
        if self.state is not None and len(self.items) != self._told:
            self._told = len(self.items)
            self.post_message(ReviewCountChanged(self._told))
        table = self.query_one("#review-table", DataTable)
        pos = f"{number(table.cursor_row + 1)}/{number(len(self.view))}" if self.view else "0"
        text = (_("{pos} pending · {decided} decided · {saved}")
                if len(self.view) == len(self.items) else
                _("{pos} pending (filtered from {total}) · {decided} decided · {saved}")).format(
            pos=pos, total=number(len(self.items)), decided=number(self.decided),
            saved=self._save_text or _("saved"))
        if self.said:  # (two lines: what the last action did, then where the list stands)
            self._set_status(f"{self.said} · {text}")
        else:
            self._set_status(text + "\n" + _("↑↓ entries · enter links · n or tab: candidates · "
                                             "/ filter · ] kind · ? help"))

    def say(self, text: str) -> None:
        """Show what an action did (it stays until the next action)."""
        self.said = text
        self._update_status()

    def _set_status(self, text: str) -> None:
        self.query_one("#review-status", StatusLine).text = Text(text)

    def cursor_moved(self) -> None:
        """The cursor moved to another row: grow the window near its end, show the entry."""
        table = self.query_one("#review-table", DataTable)
        if table.cursor_row >= table.row_count - 10 and table.row_count < len(self.view):
            self._extend(table.row_count + GROW)
        self._show_current()

    @on(DataTable.RowSelected, "#review-table")
    def _selected(self, _event: DataTable.RowSelected) -> None:
        self.action_link()

    # ---- decisions -------------------------------------------------------------------------------
    def _decide(self, action: str, local_key: str | None = None) -> None:
        item = self._current()
        if item is None or self.state is None:
            self.notify(_("Nothing to decide here"), severity="warning")
            return
        try:
            decision = resolve(self.state, item.item, action, local_key)
        except RabbitError as exc:
            self.notify(exc.one_line(), severity="error", markup=False)
            return
        self.writer.submit(Op("resolve", item.item, action, local_key))
        table = self.query_one("#review-table", DataTable)
        if action == "later":
            row = self._row(item)
            for key, cell in zip(("item", "kind", "name"), row, strict=False):
                table.update_cell(item.item, key, cell, update_width=False)
            if table.cursor_row < table.row_count - 1:
                table.move_cursor(row=table.cursor_row + 1, animate=False)
            self.say(decision_words(self.state, decision))
            self._show_current()
            return
        self.decided += 1
        index = table.cursor_row
        self.items.remove(item.item)
        added = decision.settled.review
        if added:  # what the decision settled below it joins the list at once
            self.items.extend(added)
            self.items.sort(key=lambda i: int(i.split("-")[1]))
            self.said = decision_words(self.state, decision)
            self._refilter(keep=self._next_after(item.item))
        else:
            self.view.remove(item.item)
            table.remove_row(item.item)
            self._extend(table.row_count + 1)  # keep the window full: the next entry is shown
            if index < table.row_count and table.cursor_row != index:
                table.move_cursor(row=index, animate=False)  # the next entry, not the one before
            self.said = decision_words(self.state, decision)
            self._show_current()
        gcstate.keep_out(self)  # O(1): what this decision left behind stays out of full GC passes too

    def _next_after(self, item_id: str) -> str | None:
        """The entry shown after `item_id` in the (old) view: the cursor goes there."""
        if item_id not in self.view:
            return None
        at = self.view.index(item_id)
        rest = [i for i in self.view[at + 1:] if i in set(self.items)]
        return rest[0] if rest else None

    def action_link(self) -> None:
        panel = self.query_one("#review-panel", ReviewPanel)
        if panel.selected_key is None:
            self.notify(_("No candidate to link to: search (/) or create (c)"),
                        severity="warning")
            return
        self._decide("link", panel.selected_key)

    def action_create(self) -> None:
        self._decide("create")

    def action_ignore(self) -> None:
        self._decide("ignore")

    def action_later(self) -> None:
        self._decide("later")

    def action_next_candidate(self) -> None:
        panel = self.query_one("#review-panel", ReviewPanel)
        if len(panel.candidates) < 2:
            self.notify(_("No other candidate: o links to another record"), severity="warning")
            return
        panel.action_move(1)

    def action_search(self) -> None:
        item = self._current()
        if item is None or self.state is None:
            return
        state = self.state

        def confirmed(yes: bool | None, key: str) -> None:
            if yes and self._current() is item:
                self._decide("link", key)

        def picked(key: str | None) -> None:
            if key is not None and self._current() is item:
                self.app.push_screen(ConfirmLinkModal(state, item, key),
                                     lambda yes: confirmed(yes, key))

        self.app.push_screen(SearchModal(state, item, search_title(item)), picked)

    def action_undo(self) -> None:
        if self.state is None:
            return
        here = self._current()
        try:
            decision = undo_last(self.state)
        except RabbitError as exc:
            self.notify(exc.one_line(), severity="warning", markup=False)
            return
        self.writer.submit(Op("undo", decision.item))
        # (what the decision settled below it leaves the list too)
        self.items = [r.item for r in self.state.pending_reviews()]
        if decision.action not in ("later", "merge"):
            self.decided = max(0, self.decided - decision.undone)
        self.said = undone_words(self.state, decision)
        # one entry back: the cursor on it; a batch back: the cursor stays where it was
        self._refilter(keep=decision.item if decision.undone == 1 or here is None
                       else here.item)

    def action_accept_all(self) -> None:
        if self.state is None:
            return
        state = self.state

        def confirmed(plan: AcceptPlan | None) -> None:
            if plan is None:
                return
            batch = new_batch()
            try:
                decisions = link_all(state, plan.links, batch)
            except RabbitError as exc:  # (the plan was made on this state: not expected)
                self.notify(exc.one_line(), severity="error", markup=False)
                return
            added: list[str] = []
            for d in decisions:
                self.writer.submit(Op("resolve", d.item, "link", d.local_key, batch=batch))
                self.items.remove(d.item)
                added += d.settled.review
            self.items = sorted(self.items + added, key=lambda i: int(i.split("-")[1]))
            self.decided += len(decisions)
            n = len(decisions)
            parts = [ngettext("Linked {entries} to its best candidate",
                              "Linked {entries} to their best candidates", n).format(
                         entries=plural(n, "entry")),
                     _("{n} left for you").format(n=number(len(plan.skipped)))]
            if added:
                parts.append(_("{entries} to review").format(
                    entries=plural(len(added), "new entry")))
            self.said = "; ".join(parts) + " · " + _("u undoes all of them")
            self._refilter()

        self.app.push_screen(AcceptAllModal(state), confirmed)

    # ---- moving and filtering -----------------------------------------------------------------
    def action_cursor(self, step: int) -> None:
        table = self.query_one("#review-table", DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)), animate=False)

    def action_filter(self) -> None:
        self.query_one("#review-filter", Input).focus()

    def action_tab(self, step: int) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + step) % len(KINDS)]
        self.query_one("#review-kind", Static).update(self._kind_label())
        if self.state is not None:
            self._refilter(keep=cur.item if (cur := self._current()) else None)

    @on(Input.Changed, "#review-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.text = event.value.strip()
        if self.state is not None:
            self._refilter()

    @on(Input.Submitted, "#review-filter")
    def _filter_done(self) -> None:
        self.query_one("#review-table", DataTable).focus()

    def on_review_screen_saving(self, message: Saving) -> None:
        st = message.status
        if st.state == "locked":
            self._save_text = _("saving… (sync running, {n} waiting)").format(
                n=number(st.pending))
        elif st.state == "error":
            self._save_text = _("not saved yet")
            self.notify(st.message, severity="error", markup=False)
        elif st.state == "saving":
            self._save_text = _("saving… ({n})").format(n=number(st.pending))
        else:
            self._save_text = _("saved")
        self._update_status()

    async def action_back(self) -> None:
        if self.focused is not None and not isinstance(self.focused, DataTable):
            self.query_one("#review-table", DataTable).focus()  # (a text field, the panel)
            return
        await self.leave()

    async def leave(self) -> None:
        if self.writer.pending:
            self.notify(_("Saving the decisions…"))
            await asyncio.to_thread(self.writer.flush, 1.0)
            if self.writer.pending:
                n = self.writer.pending
                self.notify(_("{decisions} will be saved when the running sync ends").format(
                    decisions=plural(n, "decision")))
        await go_back(self)

    def row_keys(self) -> list[str]:
        """The item ids in the table, top to bottom (for tests and the bench)."""
        table = self.query_one("#review-table", DataTable)
        try:
            return [table.coordinate_to_cell_key((r, 0)).row_key.value or "" for r in range(table.row_count)]
        except RowDoesNotExist:
            return []
