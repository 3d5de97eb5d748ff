"""The command line in Norwegian bokmål and in English, in-process against the sandbox over
loopback: `test`, `sync --dry-run`, the review's lines, a failure's cause and fix ("Løsning:"),
`--help` and argparse's own texts, the language's order (`--lang`, then the profile's
`language`, then LC_ALL/LC_MESSAGES/LANG, then English), `--json` the same in both languages,
and the sandbox's start line."""

from __future__ import annotations

import io
import json
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.cli.main import main
from core.i18n import set_language
from core.sandbox import Sandbox
from core.sandbox.main import start_line
from tests.helpers import ROOT, configure, customer, project, run_cli, run_json, write_import

NBSP = "\u00a0"  # Babel's group separator in nb: "604 800"


def help_of(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """`rabbitsync ARGS --help`: argparse prints it and exits 0."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """argparse's refusal of ARGS (exit 2): its stderr."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    assert exit_.value.code == 2
    return capsys.readouterr().err


COMMANDS = [(), ("demo",), ("sandbox",), ("config",), ("config", "set"), ("config", "show"),
            ("test",), ("sync",), ("companies",), ("review",), ("review", "resolve"),
            ("review", "undo"), ("merge",), ("import",), ("export",)]
# English that must not be left in a bokmål --help (argparse's words and ours)
ENGLISH = re.compile(r"\b(usage|options|positional arguments|show|help message|exit|profile name|"
                     r"print|the|and|with|when|every|sync again|PROFILE|COMMAND|ACTION|SECONDS)\b")


# ---- --help and argparse's own texts ----------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "rabbitsync")
def test_every_help_in_bokmal(capsys: pytest.CaptureFixture[str], command: tuple[str, ...]) -> None:
    english = help_of(capsys, *command)
    assert english.startswith("usage: rabbitsync") and "show this help message and exit" in english
    text = help_of(capsys, "--lang", "nb", *command)
    assert text.startswith("bruk: rabbitsync")
    assert "vis denne hjelpeteksten og avslutt" in text
    # what is left in English are the command's own names: options, values, keys, paths and
    # the sub-commands (`config show`)
    names = re.sub(r"(?m)^ {4}[a-z]+(?= {2,}| *$)", "", text.replace(
        " ".join(("rabbitsync", *command)), "rabbitsync"))
    words = ENGLISH.findall(re.sub(r"(--[\w-]+|\{[^}]*\}|`[^`]*`|\S*/\S*)", "", names))
    assert words == [], text


def test_top_help_in_bokmal_names_the_commands_in_norwegian(capsys) -> None:
    text = help_of(capsys, "--lang", "nb")
    for norwegian in ("bruk: rabbitsync [-h] [--profile PROFIL]", "KOMMANDO", "valg:",
                      "posisjonsargumenter:", "profilnavn (ett Tripletex-selskap og ett lokalt "
                      "register)", "vis programmets versjonsnummer og avslutt",
                      "test tilkoblingen til Tripletex", "Tripletex er master"):
        assert norwegian in text, norwegian
    for english in ("usage:", "options:", "profile name", "show ", "PROFILE", "Keep the time"):
        assert english not in text, english
    sync = help_of(capsys, "--lang", "nb", "sync")
    assert "--watch SEKUNDER" in sync and "planlegg og vis, skriv ingenting" in sync
    assert "--json skriver ut {\"profiles\": [...]}" in " ".join(sync.split())


def test_argparse_errors_in_bokmal(capsys) -> None:
    err = usage_error(capsys, "--lang", "nb", "sync", "--bogus")
    assert err.startswith("bruk: rabbitsync") and "rabbitsync: feil: ukjente argumenter: --bogus" in err
    err = usage_error(capsys, "--lang", "nb", "review", "resolve")
    assert "rabbitsync review resolve: feil: disse argumentene må oppgis: OPPFØRING" in err
    err = usage_error(capsys, "--lang", "nb", "sync", "--watch", "abc")
    assert "feil: argument --watch: ugyldig float-verdi: 'abc'" in err
    err = usage_error(capsys, "--lang", "nb", "frob")
    assert "ugyldig valg: 'frob' (velg blant 'demo'," in err
    err = usage_error(capsys, "--lang", "nb", "--profile")
    assert "feil: argument --profile: forventet ett argument" in err
    for text in (err,):
        assert "error" not in text and "usage" not in text
    # and in English, as it always was
    err = usage_error(capsys, "sync", "--bogus")
    assert err.startswith("usage: rabbitsync") and "rabbitsync: error: unrecognized arguments: --bogus" in err


# ---- the commands against the sandbox --------------------------------------------------------


def test_test_in_both_languages(sandbox, capsys) -> None:
    configure(sandbox)
    code, en, err = run_cli(capsys, "test")
    assert code == 0, err
    assert "  company:             Sandkasse Regnskap AS  (id " in en
    assert "  inactive customers:  yes" in en and en.endswith("OK: the sync can run.\n")
    code, nb, err = run_cli(capsys, "--lang", "nb", "test")
    assert code == 0, err
    # the labels aligned to the longest ("inaktive kunder:") in bokmål
    assert "  selskap:          Sandkasse Regnskap AS  (ID " in nb
    assert "  ansatt:           Sandra Sandkasse" in nb
    assert "  inaktive kunder:  ja" in nb and "  prosjekter:       ja" in nb
    assert re.search(r"  svartid:          \d+ ms\n", nb)
    assert nb.endswith("OK: synkroniseringen kan kjøre.\n")
    for english in ("company:", "customers:", "yes", "round trip", "the sync can run"):
        assert english not in nb, english


def test_dry_run_in_both_languages(sandbox, capsys) -> None:
    configure(sandbox)
    code, en, err = run_cli(capsys, "sync", "--dry-run")
    assert code == 0, err
    assert re.match(r"Dry run \(nothing written\): \d+\.\ds, \d+ requests to Tripletex\n", en)
    assert "\n  customers: 40 created, 0 linked, 0 updated, 0 archived, 0 unchanged\n" in en
    assert "    … and " in en and " more (see --json)" in en
    code, nb, err = run_cli(capsys, "--lang", "nb", "sync", "--dry-run")
    assert code == 0, err
    assert re.match(r"Prøvekjøring \(ingenting skrevet\): \d+,\d s, \d+ forespørsler til "
                    r"Tripletex\n", nb), nb.splitlines()[0]
    assert "\n  kunder:     40 opprettet, 0 koblet, 0 oppdatert, 0 arkivert, 0 uendret\n" in nb
    assert re.search(r"\n  prosjekter: \d+ opprettet, 0 koblet, 0 oppdatert, 0 arkivert, "
                     r"0 uendret, \d+ for dype\n", nb)
    assert "    … og " in nb and " til (se --json)" in nb
    assert "  ikke synkronisert: " in nb and " Tripletex-prosjekter, f.eks.\n" in nb
    # why, retold from the report's English (which `--json` keeps)
    assert "(Tripletex-ID " in nb and "]: nivå 3 i Tripletex; timeføringen har to prosjektnivåer" in nb
    assert "]: level 3 in Tripletex; the time tracker has two project levels" in en
    for english in ("Dry run", "requests", "created,", "unchanged", "too deep", "not synced",
                    "more (see", "in Tripletex;", "Tripletex id"):
        assert english not in nb, english
    # the dry run wrote nothing: the first sync still asks, in bokmål, with its fix
    code, out, err = run_cli(capsys, "--lang", "nb", "sync")
    assert code == 1 and ". Løsning: " in err and "Fix:" not in err


class Terminal(io.StringIO):
    """A stdin that is a terminal (the activation asks only there)."""

    def isatty(self) -> bool:
        return True


def test_the_activation_asks_in_bokmal_and_takes_ja(sandbox, capsys, monkeypatch) -> None:
    configure(sandbox)
    prompts: list[str] = []
    answers = iter(["yes", "ja", "ja"])

    def answer(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", answer)
    code, out, err = run_cli(capsys, "--lang", "nb", "sync", "--dry-run")  # (asks nothing)
    assert code == 0 and prompts == []
    code, out, err = run_cli(capsys, "--lang", "nb", "sync")
    assert code == 0, err
    assert prompts == ["Skriv «ja» for å aktivere og kjøre første synkronisering: "]
    assert ("Tripletex blir master, og endringer du gjør lokalt i kunder og prosjekter blir "
            "overskrevet.") in err
    assert "Activating" not in err and out.startswith("Første synkronisering: ")
    # "ja" confirms as "yes" does (another profile: its first sync asks again)
    configure(sandbox, "annen")
    code, out, err = run_cli(capsys, "--lang", "nb", "--profile", "annen", "sync")
    assert code == 0, err
    assert prompts[-1].startswith("Skriv «ja»") and out.startswith("Første synkronisering: ")
    # in English, "ja" is no answer: nothing is synced
    configure(sandbox, "tredje")
    code, out, err = run_cli(capsys, "--profile", "tredje", "sync")
    assert prompts[-1] == "Type 'yes' to activate and run the first sync: "
    assert code == 1 and "Activating the sync makes Tripletex the master" in err and out == ""


def test_sync_all_table_in_bokmal(capsys) -> None:
    with Sandbox(seed=5, customers=6, projects=8, port=0, companies=2) as sb:
        configure(sb)
        code, out, err = run_cli(capsys, "--lang", "nb", "companies")
        assert code == 0, err
        assert out.splitlines()[0].split() == ["ID", "NAVN", "ORG.NR.", "PROFIL"]
        assert "2 klientselskaper, 0 med profil." in out
        assert "Lag en profil for noen med `rabbitsync companies --add ID[,ID]`" in out
        code, out, err = run_cli(capsys, "--lang", "nb", "companies", "--add-all")
        assert code == 0, err
        assert out.count("Laget profilen ") == 2 and "2 klientselskaper, 2 med profil." in out
        code, out, err = run_cli(capsys, "--lang", "nb", "sync", "--all", "--yes")
        assert code == 0, err
        assert "(the accounting office's key" not in err
        assert "rabbitsync: ikke synkronisert: default (regnskapsbyråets nøkkel" in err
        assert out.count("Første synkronisering: ") == 2
        assert sorted(re.findall(r"^== \S+ \((selskap \d+)\)$", out, re.M)) == [
            f"selskap {c.id}" for c in sb.companies]
        table = out[out.index("PROFIL "):].splitlines()
        assert table[0].split() == ["PROFIL", "SELSKAP", "RESULTAT", "GJENNOMGANG", "ENDRET"]
        assert all(" ok " in row and " opprettet" in row for row in table[1:3]), table
        assert table[3] == "2 av 2 profiler synkronisert."
        assert "created" not in out and "own company" not in out


# ---- the review's lines ------------------------------------------------------------------------

TWINS = {
    "customers": [customer(1, "Lia Borettslag", 1001), customer(2, "Fjord Consulting AS", 1002)],
    "projects": [project(101, "Fasade 2025", "P-1", 1), project(201, "Nettside", "P-5", 2)],
}
LOCAL = ([{"key": "c-lia", "name": "Lia BRL"}, {"key": "c-fjord", "name": "Fjord Cons. AS"}],
         [{"key": "p-web", "name": "Nettsider", "customer_key": "c-fjord"}])


@pytest.fixture
def twins() -> Iterator[Sandbox]:
    with Sandbox(data=TWINS, port=0) as sb:
        yield sb


def test_review_in_both_languages(twins, capsys, tmp_path) -> None:
    configure(twins)
    imp = write_import(tmp_path / "local.json", *LOCAL)
    code, out, err = run_cli(capsys, "--lang", "nb", "import", str(imp))
    assert code == 0, err
    assert out == f"Importerte {imp}: 3 lagt til, 0 oppdatert.\n"
    code, en, err = run_cli(capsys, "sync", "--yes", "--dry-run")
    assert code == 0, err
    n = run_json(capsys, "sync", "--yes", "--dry-run", "--json")["review_pending"]
    assert n >= 2
    assert f"\n  {n} entries need review: run `rabbitsync review`" in en
    code, nb, err = run_cli(capsys, "--lang", "nb", "sync", "--yes")
    assert code == 0, err
    assert nb.startswith("Første synkronisering: ")
    assert f"\n  {n} oppføringer venter på gjennomgang: kjør `rabbitsync review`" in nb
    assert "need review" not in nb
    # the list: the same JSON in both languages; deciding without a key is refused in bokmål
    listed = run_json(capsys, "review", "--json")
    assert run_json(capsys, "--lang", "nb", "review", "--json") == listed
    assert len(listed["items"]) == n
    code, text, err = run_cli(capsys, "--lang", "nb", "review")
    assert code == 0, err
    assert "Lia Borettslag" in text and "Fjord Consulting AS" in text
    item = listed["items"][0]["item"]
    code, out, err = run_cli(capsys, "--lang", "nb", "review", "resolve", item, "link")
    assert code == 2
    assert err == ("rabbitsync: `link` trenger den lokale nøkkelen det skal kobles til. "
                   "Løsning: f.eks. `rabbitsync review resolve r-12 link c-9`\n")
    code, out, err = run_cli(capsys, "review", "resolve", item, "link")
    assert err == ("rabbitsync: `link` needs the local key to link to. "
                   "Fix: e.g. `rabbitsync review resolve r-12 link c-9`\n")


def test_merge_says_what_it_did_in_bokmal(twins, capsys, tmp_path) -> None:
    configure(twins)
    run_json(capsys, "sync", "--yes", "--json")  # every record created: nothing local yet
    made = next(c["key"] for c in run_json(capsys, "export")["customers"]
                if c.get("tripletex_id") == 2)
    imp = write_import(tmp_path / "old.json", [{"key": "c-fjord", "name": "Fjord Cons. AS"}])
    assert run_cli(capsys, "import", str(imp))[0] == 0
    code, out, err = run_cli(capsys, "--lang", "nb", "merge", made, "c-fjord")
    assert code == 0, err
    assert (f". {made} er arkivert og merket som slått sammen; angre med "
            "`rabbitsync review undo`.\n") in out
    assert "is archived" not in out


# ---- failures: the cause and the fix -----------------------------------------------------------


def test_a_wrong_token_fails_with_its_fix_in_bokmal(sandbox, capsys) -> None:
    configure(sandbox)
    assert run_cli(capsys, "config", "set", "employee-token", "not-the-token")[0] == 0
    code, out, err = run_cli(capsys, "--lang", "nb", "test")
    assert code == 1
    assert "  selskap:          -\n" in out and "  kunder:           ikke sjekket\n" in out
    failed = next(line for line in out.splitlines() if line.startswith("FEILET: "))
    assert ". Løsning: " in failed and "Fix:" not in failed and "FAILED" not in out
    assert err.startswith("rabbitsync: ") and ". Løsning: " in err and err.count("\n") == 1
    # Tripletex's own message is quoted whole, untranslated, in either language
    assert '«The employee token is invalid, has expired or has been revoked.»' in err
    code, out, err = run_cli(capsys, "test")
    assert code == 1 and "FAILED: " in out and ". Fix: " in err and "Løsning" not in err


def test_our_own_causes_in_bokmal(capsys) -> None:
    code, out, err = run_cli(capsys, "--lang", "nb", "config", "set", "company-id", "abc")
    assert code == 2
    assert err == ("rabbitsync: selskaps-ID 'abc' er ikke et tall. Løsning: oppgi "
                   "klientselskapets numeriske ID, eller 0 for nøkkeleierens eget selskap\n")
    code, out, err = run_cli(capsys, "--lang", "nb", "config", "set", "sync-interval", "0")
    assert code == 2 and "synkroniseringsintervallet må være hele minutter fra 1 til 1440" in err
    # a number as bokmål writes it: "604 800", with Babel's no-break space
    code, out, err = run_cli(capsys, "--lang", "nb", "sync", "--watch", "0")
    assert code == 2
    # (core.errors' one line makes every space a plain one)
    assert re.search(f"det tar sekunder fra 1 til 604[ {NBSP}]800 \\(en uke\\)\\. Løsning: f\\.eks\\.",
                     err), err
    code, out, err = run_cli(capsys, "sync", "--watch", "0")
    assert "it takes seconds from 1 to 604800 (a week). Fix: e.g." in err
    code, out, err = run_cli(capsys, "--lang", "nb", "--profile", "b a d", "config", "show")
    assert code == 2 and err == ("rabbitsync: ugyldig profilnavn 'b a d': bruk bokstaver, "
                                 "sifre, '_', '.', '-'\n")
    code, out, err = run_cli(capsys, "--lang", "nb", "sync", "--profiles", "nope")
    assert code == 2 and "ingen profil heter nope. Løsning: oppgi profiler som finnes" in err


# ---- the language's order ----------------------------------------------------------------------


def shown_in(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Which language `config show` spoke: "en" or "nb"."""
    code, out, err = run_cli(capsys, *args, "config", "show")
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith(("profile default  (", "profil default  (")), first
    return "en" if first.startswith("profile ") else "nb"


def test_lang_beats_the_setting_beats_the_environment_beats_english(capsys, monkeypatch) -> None:
    assert shown_in(capsys) == "en"  # LANG=C.UTF-8 (conftest): English
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    assert shown_in(capsys) == "nb"  # the environment
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert shown_in(capsys) == "en"  # LC_ALL before LANG
    monkeypatch.delenv("LC_ALL")
    assert run_cli(capsys, "config", "set", "language", "en")[0] == 0
    assert shown_in(capsys) == "en"  # the profile's setting beats LANG=nb
    assert shown_in(capsys, "--lang", "nb") == "nb"  # --lang beats the setting
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert run_cli(capsys, "config", "set", "language", "nb")[0] == 0
    assert shown_in(capsys) == "nb"  # the setting beats LANG=C
    assert shown_in(capsys, "--lang", "en") == "en"  # --lang beats it
    assert shown_in(capsys, "--lang=en") == "en"
    # the setting also speaks in --help and argparse's errors, read before the arguments
    assert help_of(capsys).startswith("bruk: ")
    assert help_of(capsys, "--lang", "en").startswith("usage: ")
    # and another profile without the setting: the environment's (English)
    code, out, _err = run_cli(capsys, "--profile", "other", "config", "show")
    assert out.startswith("profile other  (")
    assert run_cli(capsys, "config", "set", "language", "")[0] == 0
    assert shown_in(capsys) == "en"  # empty: the environment's again


# ---- JSON is the same in both languages --------------------------------------------------------

VOLATILE = ("round_trip_ms", "request_id", "duration_s", "started", "finished", "run_id")


def steady(value: Any) -> Any:
    """`value` without what changes from run to run (times, request ids)."""
    if isinstance(value, dict):
        return {k: steady(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [steady(v) for v in value]
    if isinstance(value, str):
        return re.sub(r"requestId: [0-9a-f-]+", "requestId: …", value)
    return value


def test_json_is_the_same_in_both_languages(sandbox, capsys, monkeypatch) -> None:
    configure(sandbox)
    for args in (("test", "--json"), ("sync", "--dry-run", "--json"), ("config", "show", "--json"),
                 ("review", "--json")):
        en = run_json(capsys, *args)
        nb = run_json(capsys, "--lang", "nb", *args)
        assert steady(nb) == steady(en), args
    en = run_json(capsys, "config", "show", "--json")
    assert en["company-id"] == "" and "(not set)" not in json.dumps(en)
    # a failure too: its error in English (with "Fix:"), whatever the language
    monkeypatch.setenv("RABBITSYNC_EMPLOYEE_TOKEN", "not-the-token")
    shown = run_json(capsys, "--lang", "nb", "config", "show", "--json")
    assert shown["employee-token"].endswith("  (from RABBITSYNC_EMPLOYEE_TOKEN)")
    capsys.readouterr()
    code = main(["--lang", "nb", "test", "--json"])
    out = capsys.readouterr()
    report = json.loads(out.out)
    assert code == 1 and ". Fix: " in report["error"] and "Løsning" not in out.out + out.err
    code = main(["test", "--json"])
    assert steady(json.loads(capsys.readouterr().out)) == steady(report)
    # the environment's note in `config show`, in bokmål
    code, text, _err = run_cli(capsys, "--lang", "nb", "config", "show")
    assert "  (fra RABBITSYNC_EMPLOYEE_TOKEN)" in text and "(from " not in text


# ---- the sandbox's start line ------------------------------------------------------------------

DESIGN_LINE = ("Tripletex sandbox at http://127.0.0.1:8765/v2 (consumer token: sandbox-consumer, "
               "employee token: sandbox-employee)")


def test_the_start_line_in_both_languages() -> None:
    args = ("http://127.0.0.1:8765/v2", "sandbox-consumer", "sandbox-employee")
    assert start_line(*args) == DESIGN_LINE  # docs/DESIGN.md's, byte for byte
    assert start_line(*args, [108442, 108443]) == (
        DESIGN_LINE[:-1] + "; an accountant's key for client companies 108442, 108443)")
    set_language("nb")
    line = start_line(*args)
    assert line == ("Tripletex-sandkasse på http://127.0.0.1:8765/v2 (applikasjonsnøkkel: "
                    "sandbox-consumer, brukernøkkel: sandbox-employee)")
    # the URL and the tokens in the same places, in the same order
    assert [m.start() for m in re.finditer(r"http://\S+|sandbox-\w+", line)] == sorted(
        m.start() for m in re.finditer(r"http://\S+|sandbox-\w+", line))
    assert re.findall(r"http://\S+/v2|sandbox-\w+", line) == list(args)
    office = start_line(*args, [108442, 108443])
    assert office.endswith("; en regnskapsbyrånøkkel for klientselskapene 108442, 108443)")


def test_the_sandbox_command_prints_its_line_in_bokmal(cli_env: dict[str, str]) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "core.cli", "--lang", "nb", "sandbox",
                             "--port", "0", "--customers", "3", "--projects", "3"], cwd=ROOT,
                            env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().rstrip("\n")
        assert re.fullmatch(r"Tripletex-sandkasse på http://127\.0\.0\.1:\d+/v2 "
                            r"\(applikasjonsnøkkel: sandbox-consumer, brukernøkkel: "
                            r"sandbox-employee\)", line), line
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "Traceback" not in err


def test_a_bad_sandbox_data_file_in_bokmal(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run_cli(capsys, "--lang", "nb", "sandbox", "--port", "0", "--data", str(bad))
    assert code == 2
    assert err.startswith(f"rabbitsync: sandkassens datafil {bad} er ikke gyldig JSON (")
    assert ". Løsning: rett filen: ett JSON-objekt" in err
