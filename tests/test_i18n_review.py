"""The review screen in Norwegian bokmål, driven by keys at 80x24 on a real store filled by a
real sync against the sandbox (the data set of tests/test_tui_review.py): the list, the
comparison panel, a link's status line naming both records, search and link, the accept-all
dialog and what it did, every footer within 80 columns; and an SVG snapshot of the screen.

What these files write is asserted whole; the texts other parts give the screen (the entry's
reason and a candidate's signals from matching, a decision's sentence from core.views.review,
the title bar) are asserted too."""

from __future__ import annotations

import re
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from core.i18n import set_language
from core.paths import ProfilePaths
from core.store.store import Store
from core.sync.review import accept_plan
from core.words import plural
from tests.helpers import ScreenApp, run_cli, screen_text, until
from tests.test_tui_keys import footer_fits
from tests.test_tui_review import (  # noqa: F401 - the fixtures
    flushed,
    go_to,
    item_named,
    ready,
    sb,
    status,
    synced,
)
from tests.test_tui_snapshots import (  # noqa: F401 - the fixtures
    ON_THE_PORT,
    fixed_sandbox,
    settle,
    stable_app,
    synced_with_reviews,
)
from tui.app import RabbitApp
from tui.review.dialogs import AcceptAllModal, ConfirmLinkModal, SearchModal
from tui.review.screen import ReviewScreen

pytestmark = ON_THE_PORT  # fixed_sandbox's port: on its worker, after the others
NBSP = "\u00a0"
# the English words of tui/review that a reader of bokmål must not meet (as whole words)
ENGLISH = ("Link", "Create", "Ignore", "Later", "Other", "Undo", "Kind", "Help", "pending",
           "decided", "saved", "score", "best candidate", "Tripletex name", "cust", "proj",
           "Differs", "filter by", "entries", "entry", "candidates", "org no", "no.", "key",
           "name", "number", "customers", "projects", "all", "Cancel", "Choose", "Back",
           "Escape", "links", "search local", "unlinked", "these two", "matched", "Accept",
           "suggestions", "Left for you", "Linked", "undoes", "Tripletex customer", "local")


def english_in(text: str) -> list[str]:
    return [w for w in ENGLISH if re.search(rf"(?<![\w.]){re.escape(w)}(?!\w)", text)]


def in_bokmal(paths: ProfilePaths, capsys: pytest.CaptureFixture[str]) -> None:
    """The profile's language is bokmål, and so is this process's (the app's)."""
    assert run_cli(capsys, "--profile", paths.profile, "config", "set", "language", "nb")[0] == 0
    set_language("nb")


async def test_the_list_and_the_panel_in_bokmal(synced: ProfilePaths, capsys) -> None:  # noqa: F811
    in_bokmal(synced, capsys)
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        # (the panel is drawn after the list, and laid out anew for the item: it once kept the
        # one line of 'Loading…' and showed only its head)
        await until(pilot, lambda: "nøkkel" in screen_text(app), "the panel's candidates")
        shown = screen_text(app)
        lines = shown.splitlines()
        assert "/ filtrer på navn, nummer, oppføring" in lines[1]
        assert "alle kunder prosjekter" in lines[1]
        assert lines[2].split() == ["oppf.", "type", "navn", "i", "Tripletex", "poeng",
                                    "beste", "kandidat"]
        table = screen.query_one("#review-table", DataTable)
        h1, h2 = (item_named(synced, "Hansen Bygg AS", n) for n in (0, 1))
        assert sorted(table.get_cell(k, "name").plain for k in (h1, h2)) == [
            "Hansen Bygg AS ≡ nr. 1004", "Hansen Bygg AS ≡ nr. 1005"]
        kinds = {table.get_cell(k, "kind").plain for k in screen.row_keys()}
        assert kinds == {"kunde", "prosj."}
        assert "prosj.  Nettside" in shown  # (the kind column is as wide as its words)
        # the panel: the Tripletex record against its candidate, the columns, what differs
        assert "Tripletex-kunde Bergen Rørleggerservice AS (1002)" in shown
        heads = next(ln for ln in lines if "nøkkel" in ln).split()
        assert heads == ["poeng", "nøkkel", "navn", "nummer", "org.nr."]
        assert "Avviker fra Tripletex: navn, nummer, org.nr." in shown
        # the status line: where the list stands, and the keys
        assert "1/7 venter · 0 avgjort · lagret" in shown
        assert "↑↓ flytt · enter kobler til · n/tab: kandidater · / filtrer · ] type · ? hjelp" \
            in shown
        assert lines[-1].split() == ["l", "Koble", "til", "c", "Opprett", "i", "Ignorer", "x",
                                     "Senere", "o", "Søk", "u", "Angre", "a", "Alle≥", "]",
                                     "Type"]
        # the panel's own text (not the entry's reason, which matching gives: its own helper)
        panel = "\n".join(ln for ln in lines[11:-3] if "no unique match" not in ln)
        assert english_in("\n".join(lines[1:10]) + panel + "\n".join(lines[-3:])) == []
        # filtering: the count says what it is filtered from
        await pilot.press("slash", *"hansen", "enter")
        assert status(screen).startswith("1/2 venter (filtrert fra 7) · 0 avgjort · lagret")
        await pilot.press("slash", *["backspace"] * 6, "escape")
        # an entry put off is marked later, in bokmål
        nordic = item_named(synced, "Nordic Consulting AS")
        await go_to(pilot, screen, nordic)
        await pilot.press("x")
        assert table.get_cell(nordic, "name").plain == "Nordic Consulting AS (senere)"
        await flushed(screen)


async def test_a_link_says_what_it_did_and_where_the_list_stands(synced: ProfilePaths,  # noqa: F811
                                                                 capsys) -> None:
    in_bokmal(synced, capsys)
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await go_to(pilot, screen, bergen)
        await pilot.press("l")
        said = status(screen)
        # both records by name, the local one by its key; then the list in bokmål
        assert "Bergen Rørleggerservice AS" in said and "c-18" in said
        assert "Bergen Rorlegger Service" in said
        assert said.endswith(" · 1/6 venter · 1 avgjort · lagret") or said.endswith(
            " · 1/6 venter · 1 avgjort · lagrer… (1)"), said
        await flushed(screen)
    assert Store(synced).read().customers["c-18"].tripletex_id == 2


async def test_a_links_sentence_is_bokmal_too(synced: ProfilePaths, capsys) -> None:  # noqa: F811
    in_bokmal(synced, capsys)
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await go_to(pilot, screen, bergen)
        await pilot.press("l")
        said = status(screen)
        assert "koblet" in said.casefold() and "nr. 1002" in said
        assert english_in(said) == [] and "Tripletex customer" not in said
        await flushed(screen)


async def test_search_and_link_in_bokmal(synced: ProfilePaths, capsys) -> None:  # noqa: F811
    in_bokmal(synced, capsys)
    bergen = item_named(synced, "Bergen Rørleggerservice AS")
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await go_to(pilot, screen, bergen)
        await pilot.press("o")
        assert isinstance(app.screen, SearchModal)
        shown = screen_text(app)
        assert "Koble Tripletex-kunden «Bergen Rørleggerservice AS» (nr. 1002) til:" in shown
        heads = next(ln for ln in shown.splitlines() if "nøkkel" in ln).split()
        assert [w for w in heads if w != "│"] == ["poeng", "nøkkel", "navn", "nummer", "org.nr."]
        assert "2 ukoblede kunder" in shown
        assert shown.splitlines()[-1].split() == ["⏎", "Velg", "esc", "Avbryt"]
        search = app.screen.query_one("#search-input", Input)
        search.value = ""
        assert search.placeholder == "søk i lokale kunder"
        await pilot.press(*"gamle ror")
        count = str(app.screen.query_one("#search-count", Static).render())
        assert re.fullmatch(r"1 ukoblet kunde|\d+ ukoblede kunder", count), count
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmLinkModal)
        shown = screen_text(app)
        assert "Koble disse to? (" in shown and " poeng)" in shown
        assert re.search(r"Tripletex-kunde +lokal kunde \(c-30\)", shown)
        assert re.search(r"navn +Bergen Rørleggerservice AS +Gamle Rørleggeren \(arkiv\)", shown)
        assert re.search(r"nummer +1002 +9", shown) and re.search(r"org\.nr\. +\d{9} +—", shown)
        assert "treff på: " in shown
        assert "Enter kobler til · Esc går tilbake" in shown
        assert shown.splitlines()[-1].split() == ["esc", "Tilbake", "⏎", "Koble", "til"]
        dialog = "\n".join(ln for ln in shown.splitlines() if "treff på" not in ln)
        assert english_in(dialog) == []  # (the signals that matched are matching's words)
        await pilot.press("enter")
        assert app.screen is screen and bergen not in screen.row_keys()
        await flushed(screen)
    assert Store(synced).read().customers["c-30"].tripletex_id == 2


async def test_accept_all_asks_and_says_in_bokmal(synced: ProfilePaths, capsys) -> None:  # noqa: F811
    in_bokmal(synced, capsys)
    before = Store(synced).read()
    at_90, at_0 = accept_plan(before, 90), accept_plan(before, 0)
    assert len(at_90.links) > 1 and len(at_0.links) > len(at_90.links) and at_0.skipped
    app = ScreenApp(ReviewScreen(synced))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, AcceptAllModal)
        question = dialog.query_one("#accept-question", Static)
        assert str(question.render()) == (
            f"Koble {len(at_90.links)} oppføringer til beste kandidat?")
        await pilot.press("backspace", "backspace", "0")
        assert str(question.render()) == (
            f"Koble {len(at_0.links)} oppføringer til beste kandidat?")
        shown = screen_text(app)
        assert "Godta alle forslag med minst denne poengsummen:" in shown
        assert "Bergen Rørleggerservice AS → c-18 Bergen Rorlegger Service (nr. 77) · 99" in shown
        assert f"Igjen til deg ({len(at_0.skipped)}):" in shown
        assert "Enter kobler dem til (én angring tar alle tilbake) · Esc avbryter" in shown
        assert shown.splitlines()[-1].split() == ["⏎", "Godta", "alle", "esc", "Avbryt"]
        # (why an entry is left is core.sync.review's sentence: its own helper's)
        mine = "\n".join(ln for ln in shown.splitlines() if "share this name" not in ln)
        assert english_in(mine) == []
        await pilot.press("enter")
        assert app.screen is screen
        n, left = len(at_0.links), len(at_0.skipped)
        assert status(screen).startswith(
            f"Koblet {n} oppføringer til hver sin beste kandidat; {left} igjen til deg · "
            f"u angrer alle sammen · 1/{left} venter · {n} avgjort · ")
        await flushed(screen)


def test_counted_words_in_bokmal() -> None:
    set_language("nb")
    assert plural(1, "entry") == "1 oppføring" and plural(1998, "entry") == f"1{NBSP}998 oppføringer"
    assert plural(1, "new entry") == "1 ny oppføring" and plural(2, "new entry") == "2 nye oppføringer"
    assert plural(1, "decision") == "1 avgjørelse" and plural(3, "decision") == "3 avgjørelser"
    assert plural(1, "unlinked project") == "1 ukoblet prosjekt"
    assert plural(50, "unlinked project") == "50 ukoblede prosjekter"


async def test_every_review_footer_fits_80_columns_in_bokmal(synced: ProfilePaths,  # noqa: F811
                                                             capsys) -> None:
    in_bokmal(synced, capsys)
    app = RabbitApp(synced, cursor_blink=False)
    seen: list[list[str]] = []

    async def look(name: str, pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        fits, shown = footer_fits(app)
        assert fits, (name, shown)
        seen.append(shown)

    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key, name in (("r", "review"), ("slash", "filter"), ("escape", "review"),
                          ("tab", "candidates"), ("escape", "review"), ("o", "search"),
                          ("enter", "confirm"), ("escape", "review"),
                          ("a", "accept all"), ("escape", "review")):
            await pilot.press(key)
            await look(name, pilot)
    assert "l Koble til" in seen[0] and "a Alle≥" in seen[0]


def test_the_review_screen_in_bokmal(synced_with_reviews, snap_compare, capsys):  # noqa: F811
    """80x24: the list with twins, the panel, the status line and the footer, in bokmål."""
    from core.paths import profile_paths

    in_bokmal(profile_paths(), capsys)

    async def go(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)

    assert snap_compare(stable_app(), run_before=go)
