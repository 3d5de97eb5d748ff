"""The words of the sync in bokmål (core.words, core.views, the progress phases): methods,
actions, fields, totals and counted words in the reader's language; the texts the store and the
JSON outputs keep (a review entry's reason, a candidate's `why`, a history outcome's reason) stay
English there and are retold where they are shown; Babel's numbers and dates in both locales.
The review list and the run's outcomes are driven on a real store that a real sync against the
sandbox wrote (a sync run in bokmål, so that what it stores is seen to stay English)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from core.i18n import day, number, percent, set_language, when
from core.paths import profile_paths
from core.progress import PHASES, phase_words
from core.sandbox import Sandbox
from core.store.state import RunRecord
from core.store.store import Store
from core.views.outcomes import outcome_words, run_totals, run_totals_long
from core.views.record import record_facts
from core.views.registry import RegistryIndex
from core.views.review import review_text
from core.words import (
    METHOD_WORDS,
    action_words,
    by_method,
    field_words,
    fields_words,
    method_words,
    noun,
    plural,
    reason_words,
    totals_words,
    why_words,
)
from tests.helpers import configure, customer, org, project, run_cli, run_json, write_import

NBSP = "\u00a0"


@pytest.fixture
def nb() -> Iterator[None]:
    set_language("nb")
    yield
    set_language("en")


# ---- words ----------------------------------------------------------------------------------------
def test_methods_actions_and_fields_in_bokmal(nb: None) -> None:
    assert method_words("org_number") == "koblet på org.nr."
    assert method_words(None) == "koblet fra før"
    assert method_words("manual") == "koblet av deg"
    assert method_words("created") == "opprettet av synken"
    assert method_words("new_rule") == "koblet (new rule)"
    assert by_method("exact_name") == "på likt navn"
    assert by_method(None) == "fra før"
    assert action_words("created") == "opprettet"
    assert action_words("review") == "sendt"
    assert action_words("linked", dry_run=True) == "ville koblet"
    assert field_words("organization_number") == "org.nr."
    assert field_words("customer_key") == "kunde"
    assert fields_words(["name", "number", "parent_key"]) == "navn, nummer, hovedprosjekt"
    # every method has its own bokmål words, none left in English
    assert all(method_words(m) != english for m, english in METHOD_WORDS.items())


def test_the_same_words_stay_english_in_english() -> None:
    assert method_words("org_number") == "linked by org number"
    assert by_method("org_number") == "by org number"
    assert by_method("created") == "created by the sync"
    assert by_method("new_rule") == "(new rule)"
    assert action_words("review", dry_run=True) == "would send"
    assert fields_words(["name", "organization_number", "customer_key"]) == "name, org number, customer"
    assert totals_words("customer", {"created": 1998, "linked": 181, "updated": 2}) == (
        "1,998 customers created, 181 linked, 2 updated")
    assert totals_words("project", {}) == "no projects changed"
    assert totals_words("project", None) == "projects: unknown"


def test_totals_and_plurals_in_bokmal(nb: None) -> None:
    got = totals_words("customer", {"created": 1998, "linked": 181, "updated": 2})
    assert got == f"1{NBSP}998 kunder opprettet, 181 koblet, 2 oppdatert"
    assert totals_words("project", {"created": 1, "skipped_depth": 3}) == (
        "1 prosjekt opprettet, 3 for dype til å synkroniseres")
    assert totals_words("customer", {"archived": 0}) == "ingen kunder endret"
    assert totals_words("project", None) == "prosjekter: ukjent"
    assert totals_words("customer", {"linked": 4, "unchanged": 1204}, unchanged=True) == (
        f"4 kunder koblet, 1{NBSP}204 uendret")
    assert plural(1, "entry") == "1 oppføring"
    assert plural(2, "entry") == "2 oppføringer"
    assert plural(0, "sub-project") == "0 underprosjekter"
    assert plural(1, "new entry") == "1 ny oppføring"
    assert plural(3, "more candidate") == "3 kandidater til"
    assert plural(1204, "request") == f"1{NBSP}204 forespørsler"
    assert noun(1, "customer") == "kunde" and noun(5, "project") == "prosjekter"


def test_progress_phases_in_both_languages(nb: None) -> None:
    assert [phase_words(p) for p in PHASES] == ["kunder", "prosjekter", "sammenstilling", "lagring"]
    set_language("en")
    assert [phase_words(p) for p in PHASES] == list(PHASES)


def test_run_totals_in_bokmal(nb: None) -> None:
    run = RunRecord("r1", "2026-12-05T13:30:00+00:00", None, True, False, False, False, summary={
        "customers": {"created": 85, "linked": 1181}, "projects": {"created": 12},
        "review_pending": 4, "requests": 1})
    assert run_totals(run) == f"97 opprettet, 1{NBSP}181 koblet, 4 til gjennomgang"
    assert run_totals_long(run) == (f"85 kunder opprettet, 1{NBSP}181 koblet · 12 prosjekter "
                                    "opprettet · 4 oppføringer til gjennomgang · 1 forespørsel "
                                    "til Tripletex")
    empty = RunRecord("r2", "2026-12-05T13:30:00+00:00", None, True, False, False, False)
    assert run_totals(empty) == "ingen tall" and run_totals_long(empty) == (
        "ingen tall lagret for denne kjøringen")


# ---- stored English, retold ------------------------------------------------------------------------
def test_reasons_and_why_are_retold(nb: None) -> None:
    assert reason_words("no unique match") == "ingen entydig treff"
    assert reason_words("2 local customers share this org number (c-3 is linked to another "
                        "Tripletex record for sure)") == (
        "2 lokale kunder har samme org.nr. (c-3 er sikkert koblet til en annen Tripletex-post)")
    assert reason_words("its main project is not synced (level 3 in Tripletex; the time tracker "
                        "has two project levels)") == (
        "hovedprosjektet er ikke synkronisert (nivå 3 i Tripletex; timeføringen har to "
        "prosjektnivåer)")
    assert reason_words("Nilsen AS (c-1) matches more than one Tripletex customer: A (1), B (2)") \
        == "Nilsen AS (c-1) passer til mer enn én Tripletex-kunde: A (1), B (2)"
    assert reason_words("something a newer rabbitsync says") == "something a newer rabbitsync says"
    assert why_words("rare word 'nilsen'") == "sjeldent ord 'nilsen'"
    assert why_words("word 'bygg'") == "ord 'bygg'"
    assert why_words("abbreviation brl=borettslag") == "forkortelse brl=borettslag"
    assert why_words("typo 'hansne'~'hansen'") == "skrivefeil 'hansne'~'hansen'"
    # a quoted word is the name's own, never translated (though "name" is a word we translate)
    assert why_words("rare word 'name'") == "sjeldent ord 'name'"
    assert why_words("compared without 'bonava'") == "sammenlignet uten 'bonava'"
    assert why_words("same words as read: 'kabling'") == "samme ord slik de leses: 'kabling'"
    assert why_words("discipline RIE = 'elektro'") == "fag RIE = 'elektro'"
    set_language("en")
    assert reason_words("no unique match") == "no unique match"
    assert why_words("rare word 'nilsen'") == "rare word 'nilsen'"


def test_an_outcome_in_bokmal_keeps_names_and_retells_its_reason(nb: None) -> None:
    linked = {"kind": "customer", "action": "linked", "name": "Fjordkraft AS", "number": "1001",
              "local_name": "Fjordkraft", "local_key": "c-17", "method": "org_number"}
    assert outcome_words(linked) == (
        "koblet kunde Fjordkraft AS (1001) til lokal Fjordkraft (c-17), på org.nr.")
    sent = {"kind": "customer", "action": "review", "name": "Hansen Bygg AS",
            "reason": "2 Tripletex customers share this name", "item": "r-4"}
    assert outcome_words(sent) == ("sendt kunde Hansen Bygg AS til gjennomgang: 2 Tripletex-kunder "
                                   "har samme navn (r-4)")
    gone = {"kind": "project", "action": "archived", "name": "Nettside",
            "reason": "gone from Tripletex"}
    assert outcome_words(gone) == "arkivert prosjekt Nettside: borte fra Tripletex"
    assert outcome_words({"kind": "project", "action": "updated", "name": "Tak",
                          "fields": ["name", "archived"]}, dry_run=True) == (
        "ville oppdatert prosjekt Tak: navn, aktiv igjen")
    set_language("en")
    assert outcome_words(sent) == ("sent customer Hansen Bygg AS to review: 2 Tripletex customers "
                                   "share this name (r-4)")
    assert outcome_words(linked) == ("linked customer Fjordkraft AS (1001) to local Fjordkraft "
                                     "(c-17), by org number")


# ---- a real sync ----------------------------------------------------------------------------------
def data() -> dict[str, Any]:
    return {
        "customers": [
            customer(1, "Lia Borettslag", 1001, org("91100000")),
            customer(2, "Fjord Consulting AS", 1002),
            customer(3, "Hansen Bygg AS", 1003, org("92000000")),
            customer(4, "Hansen Bygg AS", 1004, org("93000000")),
        ],
        "projects": [
            project(101, "Vaktmester", "P-2", 1),
            project(104, "Rehabilitering", "P-4", 1),
            project(105, "Bad", "P-4-1", 1, main=104),
            project(106, "Fliser", "P-4-1-1", 1, main=105),  # a third level: not synced
        ],
    }


LOCAL_CUSTOMERS = [
    {"key": "c-lia", "name": "Lia BRL"},
    {"key": "c-fjord", "name": "Fjord Cons. AS", "number": "77"},
    {"key": "c-h1", "name": "Hansen Bygg AS", "number": "5"},
]


@pytest.fixture
def synced_in_bokmal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Iterator[dict]:
    """A first sync run in bokmål (`--lang nb`) against the sandbox."""
    with Sandbox(data=data(), port=0) as sb:
        configure(sb)
        imp = write_import(tmp_path / "local.json", LOCAL_CUSTOMERS)
        assert run_cli(capsys, "import", str(imp))[0] == 0
        yield run_json(capsys, "--lang", "nb", "sync", "--yes", "--json")


def test_the_store_and_review_json_keep_english_the_list_speaks_bokmal(
        synced_in_bokmal: dict, capsys: pytest.CaptureFixture[str]) -> None:
    state = Store(profile_paths()).read()
    reasons = {r.name: r.reason for r in state.pending_reviews()}
    assert reasons["Hansen Bygg AS"] == "2 Tripletex customers share this name"
    fjord = next(r for r in state.pending_reviews() if r.name == "Fjord Consulting AS")
    assert fjord.candidates[0].why[:2] == ("rare word 'fjord'", "abbreviation cons=consulting")
    # the history keeps English too
    outcomes = [o for run in state.runs for o in run.items]
    assert any(o.get("reason") == "2 Tripletex customers share this name" for o in outcomes)

    english = run_json(capsys, "review", "--json")
    assert run_json(capsys, "--lang", "nb", "review", "--json") == english
    assert any(i["reason"] == "2 Tripletex customers share this name" for i in english["items"])

    code, text, err = run_cli(capsys, "--lang", "nb", "review")
    assert code == 0, err
    assert "til gjennomgang:" in text
    assert "Tripletex-kunde Hansen Bygg AS" in text
    assert "2 Tripletex-kunder har samme navn" in text
    assert "hvorfor: sjeldent ord 'fjord', forkortelse cons=consulting" in text
    assert "hvorfor: samme navn" in text and "nr. 1003 · org.nr. " in text
    assert "Avgjør med `rabbitsync review resolve" in text
    for english_words in ("share this name", "why:", "rare word", "to review:", "no. 1003",
                          "Decide with"):
        assert english_words not in text
    # and the same list in English, unchanged
    code, text, _ = run_cli(capsys, "review")
    assert "2 Tripletex customers share this name" in text and "why: same name" in text


def test_history_browse_and_decisions_in_bokmal(synced_in_bokmal: dict,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    set_language("nb")
    state = Store(profile_paths()).read()
    run = state.runs[-1]
    said = [outcome_words(o, state) for o in run.items]
    assert ("sendt kunde Hansen Bygg AS (1004) til gjennomgang: 2 Tripletex-kunder har samme "
            "navn (r-4)") in said, said
    assert not any(s.startswith(("created ", "sent ", "linked ")) for s in said)
    # projects not synced (a third level; a customer waiting for review), and why, in Browse
    index = RegistryIndex(state)
    skipped = {r.name: r for r in index.rows("skipped")}
    assert skipped["Fliser"].state == ("ikke synkronisert: nivå 3 i Tripletex; timeføringen har "
                                       "to prosjektnivåer")
    assert skipped["Vaktmester"].state == ("ikke synkronisert: kunden venter på gjennomgang; "
                                           "synkroniseres når den er avgjort")
    facts = record_facts(state, skipped["Fliser"].key)
    assert facts is not None and facts.title == "Tripletex-prosjekt 106, ikke synkronisert"
    assert ("hvorfor ikke synkronisert", "nivå 3 i Tripletex; timeføringen har to prosjektnivåer"
            ) in facts.fields
    assert state.skipped[106].reason.startswith("level 3 in Tripletex")  # kept in English
    customers = {r.key: r for r in index.rows("customers")}
    assert customers["c-h1"].state == "bare lokal"
    set_language("en")

    lia = next(i for i in run_json(capsys, "review", "--json")["items"]
               if i["name"] == "Lia Borettslag")
    code, out, err = run_cli(capsys, "--lang", "nb", "review", "resolve", lia["item"], "link",
                             "c-lia")
    assert code == 0, err
    assert f"{lia['item']}: Koblet Tripletex-kunde «Lia Borettslag» (nr. 1001) til c-lia " in out
    assert "; prosjektene: " in out and "Linked" not in out
    code, out, err = run_cli(capsys, "--lang", "nb", "review", "undo")
    assert code == 0, err
    assert out.startswith("Angret: koblingen av Tripletex-kunde «Lia Borettslag» (nr. 1001) til "
                          "c-lia «Lia BRL»")
    hansen = next(i for i in run_json(capsys, "review", "--json")["items"]
                  if i["name"] == "Hansen Bygg AS" and i["number"] == "1003")
    code, out, err = run_cli(capsys, "--lang", "nb", "review", "resolve", hansen["item"], "later")
    assert code == 0, err
    assert out == (f"{hansen['item']}: Utsatte Tripletex-kunde «Hansen Bygg AS» (nr. 1003): blir "
                   "stående i listen.\n")
    code, text, _err = run_cli(capsys, "--lang", "nb", "review")
    assert f"{hansen['item']:>7}  Tripletex-kunde Hansen Bygg AS  (nr. 1003 · org.nr. " in text
    assert "  (senere)" in text and "(later)" not in text
    code, out, err = run_cli(capsys, "--lang", "nb", "review", "resolve", "r-999", "link", "c-x")
    assert code == 2 and "ingen oppføring 'r-999' til gjennomgang" in err


def test_review_text_in_english_is_as_it_was(synced_in_bokmal: dict) -> None:
    text = review_text(Store(profile_paths()).read())
    assert "entries to review:" in text and "Tripletex customer Hansen Bygg AS" in text
    assert "why: rare word 'fjord', abbreviation cons=consulting" in text


# ---- numbers and dates (Babel) ------------------------------------------------------------------------
def test_numbers_and_dates_follow_the_locale(nb: None) -> None:
    moment = datetime(2026, 12, 5, 14, 30)
    assert number(1998) == f"1{NBSP}998"
    assert number(0.956, decimals=2) == "0,96"
    assert when(moment) == "5. des. 2026 kl. 14:30"
    assert day(date(2026, 12, 5)) == "5. des. 2026"
    assert percent(0.12) == f"12{NBSP}%"
    set_language("en")
    assert number(1998) == "1,998"
    assert number(0.956, decimals=2) == "0.96"
    assert when(moment) == "5 Dec 2026, 14:30"
    assert day(date(2026, 12, 5)) == "5 Dec 2026"
    assert percent(0.12) == "12%"
