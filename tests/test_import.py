"""`rabbitsync import FILE` through the real CLI: formats, refusals with line and reason (nothing
stored), text cleaning, and re-import as a local edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.paths import profile_paths
from core.store.importer import MAX_BYTES, apply_import, parse_import
from core.store.state import StoreState
from core.store.store import Store
from tests.helpers import run_cli, run_json, write_import

CSV_HEADER = "kind,key,name,number,organization_number,customer_key,parent_key\n"


def registry(capsys) -> dict:
    return run_json(capsys, "export")


def refused(capsys, path: Path) -> str:
    """Import `path`, expect exit 2 with one line, and that the registry did not change."""
    store_file = profile_paths("default").store_file
    before = store_file.read_bytes() if store_file.exists() else None
    code, out, err = run_cli(capsys, "import", str(path))
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "nothing was imported" in err
    assert (store_file.read_bytes() if store_file.exists() else None) == before
    return err


def test_json_import_adds_local_only_records(capsys, tmp_path):
    f = tmp_path / "i.json"
    f.write_text(json.dumps({
        "customers": [{"key": "c-17", "name": "Fjordkraft AS", "number": 1001, "organization_number": "987654321"},
                      {"key": "c-18", "name": "Uten Nummer AS"}],
        "projects": [{"key": "p-3", "name": "Nettside", "number": "2024-01", "customer_key": "c-17", "parent_key": None},
                     {"key": "p-4", "name": "Design", "customer_key": "c-17", "parent_key": "p-3"}],
    }), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(f))
    assert code == 0, err
    assert "4 added, 0 updated" in out
    reg = registry(capsys)
    assert reg["customers"][0] == {
        "key": "c-17", "name": "Fjordkraft AS", "number": "1001", "organization_number": "987654321",
        "tripletex_id": None, "link_method": None, "archived": False, "local_only": True,
    }
    projects = {p["key"]: p for p in reg["projects"]}
    assert projects["p-4"]["parent_key"] == "p-3" and projects["p-4"]["customer_key"] == "c-17"


def test_keys_used_by_the_import_are_never_handed_out(capsys, tmp_path):
    run_cli(capsys, "import", str(write_import(tmp_path / "i.json", [{"key": "c-5", "name": "A"}])))
    state = Store(profile_paths("default")).read()
    assert state.counters["c"] >= 5
    del state.customers["c-5"]
    assert state.new_key("c") not in {f"c-{i}" for i in range(1, 6)}


def test_csv_import_with_bom_semicolons_and_extra_columns(capsys, tmp_path):
    f = tmp_path / "i.csv"
    f.write_bytes(
        "\ufeffkind;key;name;number;organization_number;customer_key;parent_key;note\n"
        "customer;c-1;Bjørn & Sønn AS;1001;987654321;;;x\n"
        'project;p-1;"Nettside; ny";2024-01;;c-1;;\n'
        "\n"
        "project;p-2;Design;;;c-1;p-1;\n".encode()
    )
    code, out, err = run_cli(capsys, "import", str(f))
    assert code == 0, err
    reg = registry(capsys)
    assert reg["customers"][0]["name"] == "Bjørn & Sønn AS"
    assert {p["key"]: p["name"] for p in reg["projects"]} == {"p-1": "Nettside; ny", "p-2": "Design"}


def test_json_with_bom_is_read(capsys, tmp_path):
    f = tmp_path / "i.json"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps({"customers": [{"key": "c-1", "name": "Ål AS"}]}).encode())
    assert run_cli(capsys, "import", str(f))[0] == 0
    assert registry(capsys)["customers"][0]["name"] == "Ål AS"


def test_export_round_trips_into_a_fresh_profile(capsys, tmp_path):
    f = tmp_path / "i.json"
    write_import(f, [{"key": "c-1", "name": "A AS", "number": "1"}],
                 [{"key": "p-1", "name": "P", "customer_key": "c-1"}, {"key": "p-2", "name": "S", "parent_key": "p-1"}])
    run_cli(capsys, "import", str(f))
    exported = registry(capsys)
    exported["customers"][0].update(tripletex_id=4711, link_method="org_number", archived=True, local_only=False)
    exported["skipped_projects"] = [{"tripletex_id": 9, "name": "Deep", "reason": "level 3", "path": "a > b > c"}]
    back = tmp_path / "back.json"
    back.write_text(json.dumps(exported, indent=2), encoding="utf-8")
    code, _out, err = run_cli(capsys, "--profile", "other", "import", str(back))
    assert code == 0, err
    other = run_json(capsys, "--profile", "other", "export")
    assert other["customers"][0]["tripletex_id"] is None and other["customers"][0]["local_only"] is True
    assert other["projects"] == exported["projects"]
    code, out, _ = run_cli(capsys, "export", "--format", "csv")
    csv_file = tmp_path / "back.csv"
    csv_file.write_text(out, encoding="utf-8")
    assert run_cli(capsys, "--profile", "third", "import", str(csv_file))[0] == 0
    assert run_json(capsys, "--profile", "third", "export") == registry(capsys)


def test_reimport_updates_given_fields_and_keeps_the_link(capsys, tmp_path):
    f = write_import(tmp_path / "i.json", [{"key": "c-1", "name": "Fjordkraft AS", "number": "1001", "organization_number": "987654321"}])
    run_cli(capsys, "import", str(f))
    with Store(profile_paths("default")).transaction() as state:  # as a sync would link it
        c = state.customers["c-1"]
        c.tripletex_id, c.link_method, c.local_only = 1, "org_number", False
    code, out, err = run_cli(capsys, "import", str(write_import(tmp_path / "e.json", [{"key": "c-1", "name": "Fjordkraft (lokal)"}])))
    assert code == 0 and "0 added, 1 updated" in out
    c = registry(capsys)["customers"][0]
    assert c["name"] == "Fjordkraft (lokal)"
    assert (c["tripletex_id"], c["link_method"], c["local_only"]) == (1, "org_number", False)
    assert (c["number"], c["organization_number"]) == ("1001", "987654321")
    run_cli(capsys, "import", str(write_import(tmp_path / "n.json", [{"key": "c-1", "name": "F", "number": None}])))
    assert registry(capsys)["customers"][0]["number"] is None  # given as null: cleared


def test_latin1_file_is_refused_with_how_to_fix(capsys, tmp_path):
    f = tmp_path / "i.csv"
    f.write_bytes((CSV_HEADER + "customer,c-1,Bjørn AS,,,,\n").encode("latin-1"))
    err = refused(capsys, f)
    assert "line 2" in err and "not UTF-8" in err and "save it as UTF-8" in err


def test_utf16_file_is_refused(capsys, tmp_path):
    f = tmp_path / "i.csv"
    f.write_bytes((CSV_HEADER + "customer,c-1,A,,,,\n").encode("utf-16"))
    assert "save it as UTF-8" in refused(capsys, f)


@pytest.mark.parametrize(
    "text, line, words",
    [
        ('{"customers": [\n  {"key": "c-1", "name": "A"},\n  {"key": "c-2", "na', 3, "not valid JSON"),
        ('{"customers": [\n  {"key": "c-1", "name": "A"},\n]}', 3, "not valid JSON"),
        ('{"customers": [\n  {"key": "c-1" "name": "A"}\n]}', 2, "not valid JSON"),
        ('{"customers": [\n  {"key": "c-1", "name": "A"}\n]}\n}', 4, "extra data"),
        ('[{"key": "c-1", "name": "A"}]', 1, "top level must be an object"),
        ('{"customers": {"key": "c-1"}}', 1, "must be a list"),
        ('{"customers": [\n  {"key": "c-1", "name": "A"},\n  "c-2"\n]}', 3, "must be an object"),
        ('{"customers": [\n  {"key": "c-1"}\n]}', 2, "needs a name"),
        ('{"customers": [\n  {"name": "A"}\n]}', 2, "needs a key"),
        ('{"customers": [\n  {"key": "c-1", "name": "   "}\n]}', 2, "needs a name"),
        ('{"customers": [\n  {"key": "c-1", "name": "A", "number": 1.5}\n]}', 2, "whole number"),
        ('{"customers": [\n  {"key": "c-1", "name": ["A"]}\n]}', 2, "must be text"),
        ('{"other": []}', None, "neither"),
    ],
)
def test_bad_json_is_refused_with_line_and_reason(capsys, tmp_path, text, line, words):
    f = tmp_path / "bad.json"
    f.write_text(text, encoding="utf-8")
    err = refused(capsys, f)
    assert words in err
    if line is not None:
        assert f"line {line}:" in err


def test_record_lines_in_a_long_pretty_printed_file(capsys, tmp_path):
    customers = [{"key": f"c-{i}", "name": f"Kunde {i}"} for i in range(1, 40)]
    customers[30] = {"key": "c-31"}
    f = tmp_path / "i.json"
    f.write_text(json.dumps({"customers": customers}, indent=2), encoding="utf-8")
    err = refused(capsys, f)
    line = f.read_text().splitlines().index("    {", 0) + 1 + 4 * 30  # each record is 4 lines
    assert f"line {line}:" in err and "c-31 needs a name" in err


def test_duplicate_keys_are_refused_with_both_lines(capsys, tmp_path):
    f = tmp_path / "i.csv"
    f.write_text(CSV_HEADER + "customer,c-1,A,,,,\ncustomer,c-2,B,,,,\ncustomer,c-1,C,,,,\n", encoding="utf-8")
    err = refused(capsys, f)
    assert "line 4" in err and "first on line 2" in err and "appears twice" in err


def test_unknown_customer_and_parent_are_refused(capsys, tmp_path):
    f = write_import(tmp_path / "i.json", [], [{"key": "p-1", "name": "P", "customer_key": "c-404"}])
    assert "customer_key c-404" in refused(capsys, f)
    f = write_import(tmp_path / "j.json", [], [{"key": "p-1", "name": "P", "parent_key": "p-404"}])
    assert "parent_key p-404" in refused(capsys, f)


def test_three_level_projects_are_refused(capsys, tmp_path):
    f = write_import(tmp_path / "i.json", [{"key": "c-1", "name": "A"}], [
        {"key": "p-1", "name": "Top", "customer_key": "c-1"},
        {"key": "p-2", "name": "Sub", "customer_key": "c-1", "parent_key": "p-1"},
        {"key": "p-3", "name": "Deep", "customer_key": "c-1", "parent_key": "p-2"},
    ])
    assert "two project levels" in refused(capsys, f)
    # the same across two files: the parent already in the registry is a sub-project
    run_cli(capsys, "import", str(write_import(tmp_path / "ok.json", [{"key": "c-1", "name": "A"}], [
        {"key": "p-1", "name": "Top", "customer_key": "c-1"},
        {"key": "p-2", "name": "Sub", "parent_key": "p-1"},
    ])))
    err = refused(capsys, write_import(tmp_path / "deep.json", [], [{"key": "p-3", "name": "Deep", "parent_key": "p-2"}]))
    assert "line 1" in err and "two project levels" in err
    # a project with sub-projects cannot become a sub-project
    run_cli(capsys, "import", str(write_import(tmp_path / "t.json", [], [{"key": "p-9", "name": "Other top"}])))
    err = refused(capsys, write_import(tmp_path / "move.json", [], [{"key": "p-1", "name": "Top", "parent_key": "p-9"}]))
    assert "has sub-projects" in err


def test_sub_project_may_have_another_customer_than_its_parent(capsys, tmp_path):
    """Tripletex allows it and the sync copies it, so an export of such a registry imports back."""
    f = write_import(tmp_path / "i.json", [{"key": "c-1", "name": "A"}, {"key": "c-2", "name": "B"}], [
        {"key": "p-1", "name": "Top", "customer_key": "c-1"},
        {"key": "p-2", "name": "Sub", "customer_key": "c-2", "parent_key": "p-1"},
    ])
    assert run_cli(capsys, "import", str(f))[0] == 0
    sub = {p["key"]: p for p in registry(capsys)["projects"]}["p-2"]
    assert (sub["customer_key"], sub["parent_key"]) == ("c-2", "p-1")


def test_control_characters_and_escape_sequences_never_reach_the_registry(capsys, tmp_path):
    nasty = "Evil\x1b[31m AS\x1b[0m\x07\x1b]0;pwned\x07\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\\u202e\x00\ttab\r\nline\x9b2J"
    f = write_import(tmp_path / "i.json", [{"key": "c-1", "name": nasty, "number": "10\x1b[2K01"}])
    assert run_cli(capsys, "import", str(f))[0] == 0
    c = registry(capsys)["customers"][0]
    assert c["name"].split() == ["Evil", "ASlink", "tab", "line"]
    assert c["number"] == "1001"
    raw = profile_paths("default").store_file.read_text(encoding="utf-8")
    for ch in ("\x1b", "\x07", "\x00", "\x9b", "\u202e", "\\u001b"):
        assert ch not in raw
    code, out, _ = run_cli(capsys, "export", "--format", "csv")
    assert "\x1b" not in out
    # keys are ids: control characters in them are refused, not cleaned into another key
    f = write_import(tmp_path / "k.json", [{"key": "c-\x1b[2", "name": "A"}])
    assert "control characters" in refused(capsys, f)


def test_huge_file_is_refused_before_reading(capsys, tmp_path):
    f = tmp_path / "huge.json"
    with open(f, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    err = refused(capsys, f)
    assert "MB" in err and "limit" in err


def test_overlong_name_and_missing_file(capsys, tmp_path):
    assert "limit is 255" in refused(capsys, write_import(tmp_path / "i.json", [{"key": "c-1", "name": "x" * 300}]))
    code, _out, err = run_cli(capsys, "import", str(tmp_path / "nope.json"))
    assert code == 2 and "cannot read" in err


def test_nothing_is_stored_from_a_file_refused_at_its_last_record(capsys, tmp_path):
    run_cli(capsys, "import", str(write_import(tmp_path / "a.json", [{"key": "c-1", "name": "A"}])))
    rows = "".join(f"customer,c-{i},Kunde {i},,,,\n" for i in range(2, 500))
    f = tmp_path / "i.csv"
    f.write_text(CSV_HEADER + rows + "project,p-1,P,,,c-999,\n", encoding="utf-8")
    err = refused(capsys, f)
    assert "line 500" in err
    assert [c["key"] for c in registry(capsys)["customers"]] == ["c-1"]


def test_bad_csv_rows(capsys, tmp_path):
    f = tmp_path / "i.csv"
    f.write_text("key,name\nc-1,A\n", encoding="utf-8")
    assert "lacks the column kind" in refused(capsys, f)
    f.write_text("key\nc-1\n", encoding="utf-8")
    assert "lacks the columns kind, name" in refused(capsys, f)
    f.write_text(CSV_HEADER + "kunde,c-1,A,,,,\n", encoding="utf-8")
    assert "kind must be customer or project" in refused(capsys, f)
    f.write_text(CSV_HEADER + "customer,c-1,A,,,,,,extra\n", encoding="utf-8")
    err = refused(capsys, f)
    assert "the row has 9 values but the header 7 columns" in err and "needs quotes" in err
    f.write_text(CSV_HEADER + 'customer,c-1,"A\nB",,,,\ncustomer,c-1,C,,,,\n', encoding="utf-8")
    err = refused(capsys, f)
    assert "line 4" in err and "first on line 2" in err  # a quoted newline spans two lines


def test_apply_import_leaves_the_state_untouched_when_it_refuses(tmp_path):
    state = StoreState()
    f = write_import(tmp_path / "i.json", [{"key": "c-1", "name": "A"}], [
        {"key": "p-1", "name": "Top", "customer_key": "c-1"},
        {"key": "p-2", "name": "Sub", "parent_key": "p-1"},
    ])
    data = parse_import(f, known_customer_keys=set(), known_project_keys=set())
    apply_import(state, data)
    before = json.dumps({k: vars(v) for k, v in state.projects.items()})
    g = write_import(tmp_path / "g.json", [], [{"key": "p-3", "name": "Deep", "parent_key": "p-2"}])
    data = parse_import(g, known_customer_keys=set(state.customers), known_project_keys=set(state.projects))
    with pytest.raises(Exception, match="two project levels"):
        apply_import(state, data)
    assert json.dumps({k: vars(v) for k, v in state.projects.items()}) == before
