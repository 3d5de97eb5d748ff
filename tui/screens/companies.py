"""Setup's company list: the client companies an accounting office's key may act for
(core.sync.office), each with the profile that syncs it. Space marks a company, `a` marks every
one without a profile, Enter makes a profile for each marked one (Setup makes them: this dialog
only chooses). A company a profile already syncs shows that profile and cannot be marked."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from core.i18n import N_, _, number
from core.sync.office import CompanyRow
from core.words import plural, word
from tui.i18n import Translated
from tui.keys import HELP_KEYS

# (fixed widths, 76 with the cells' padding: the dialog's inside at 80 columns; a long name
# wraps, whole; the labels are translated where they are shown)
# ("company" and "profile" are counted words: `word` finds their catalog entries)
COLUMNS = (("mark", " ", 3), ("name", "company", 26), ("org", N_("org no."), 9),
           ("id", N_("id"), 7), ("profile", "profile", 21))
HINT = N_("space marks · a all without a profile · enter makes a profile for each marked one "
          "(the same key, the company's id) · esc closes")


class CompanyPickerScreen(Translated, ModalScreen[list[CompanyRow] | None]):
    """Choose client companies to make profiles for; dismisses with those chosen (or None)."""

    BINDINGS = [
        Binding("space", "mark", N_("Mark"), id="companies.mark",
                tooltip=N_("Mark or unmark the highlighted company")),
        Binding("a", "mark_all", N_("All"), id="companies.all",
                tooltip=N_("Mark every company without a profile (again: unmark them all)")),
        Binding("enter", "make", N_("Make profiles"), id="companies.make", priority=True,
                tooltip=N_("Make a profile for each marked company (none marked: the "
                           "highlighted)")),
        Binding("escape", "close", N_("Close"), id="companies.close",
                tooltip=N_("Close the list; no profile is made")),
        Binding(HELP_KEYS, "app.help", N_("Help"), id="companies.help", key_display="?",
                tooltip=N_("The keys of this list")),
        Binding("down,j", "cursor(1)", N_("Down"), id="companies.down", show=False,
                tooltip=N_("Highlight the next company")),
        Binding("up,k", "cursor(-1)", N_("Up"), id="companies.up", show=False,
                tooltip=N_("Highlight the previous company")),
    ]

    def __init__(self, rows: list[CompanyRow], office: str) -> None:
        super().__init__(classes="companies-screen")
        self.rows = {r.id: r for r in rows}
        self.office = office  # the profile whose key lists them
        self.marked: set[int] = set()

    def compose(self) -> ComposeResult:
        have = sum(1 for r in self.rows.values() if r.profile)
        with Vertical(id="companies-box", classes="rs-dialog"):
            yield Static(Text(  # (wraps: a profile name may be long)
                _("Client companies of profile {profile}'s key: {companies}, {have} with a "
                  "profile").format(profile=self.office,
                                    companies=plural(len(self.rows), "company"),
                                    have=number(have)),
                style="bold"), id="companies-title")
            yield Static(_(HINT), classes="rs-hint", markup=False)
            yield DataTable(id="companies-table", cursor_type="row", zebra_stripes=True)
            yield Static("", id="companies-status", markup=False)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        table = self.query_one("#companies-table", DataTable)
        for key, label, width in COLUMNS:
            table.add_column(word(label) if label.strip() else label, key=key, width=width)
        for r in self.rows.values():
            table.add_row(Text(self._mark(r)), Text(r.name, overflow="fold"),
                          Text(r.organization_number or "-"), Text(str(r.id)),
                          Text(r.profile or "-", overflow="fold"), key=str(r.id), height=None)
        table.focus()
        self._say()

    def _mark(self, row: CompanyRow) -> str:
        if row.profile:
            return " ✓"
        return "[x]" if row.id in self.marked else "[ ]"

    def _redraw(self, cid: int) -> None:
        table = self.query_one("#companies-table", DataTable)
        table.update_cell(str(cid), "mark", Text(self._mark(self.rows[cid])))
        self._say()

    def _say(self, text: str | None = None) -> None:
        if text is None:
            have = (_("✓ has a profile.") + " " if any(r.profile for r in self.rows.values())
                    else "")
            text = (_("{companies} marked: enter makes their profiles.").format(
                        companies=plural(len(self.marked), "company")) if self.marked else
                    have + _("Mark the companies to sync with space (a: all)."))
        self.query_one("#companies-status", Static).update(text)

    def highlighted(self) -> CompanyRow | None:
        table = self.query_one("#companies-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(int(key)) if key is not None else None

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#companies-table", DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_mark(self) -> None:
        row = self.highlighted()
        if row is None:
            return
        if row.profile:
            self._say(_("{company} is already synced by profile {profile}.").format(
                company=row.name, profile=row.profile))
            return
        self.marked ^= {row.id}
        self._redraw(row.id)

    def action_mark_all(self) -> None:
        free = {r.id for r in self.rows.values() if not r.profile}
        if not free:
            self._say(_("Every company already has a profile: nothing to mark."))
            return
        self.marked = set() if self.marked == free else free
        for cid in free:
            self._redraw(cid)

    def action_make(self) -> None:
        if not self.marked:
            row = self.highlighted()
            if row is None or row.profile:
                self._say(_("Mark the companies to make profiles for with space (a: all).")
                          if row is None else
                          _("{company} is already synced by profile {profile}; mark another "
                            "with space.").format(company=row.name, profile=row.profile))
                return
            self.dismiss([row])
            return
        self.dismiss([r for r in self.rows.values() if r.id in self.marked])

    def action_close(self) -> None:
        self.dismiss(None)
