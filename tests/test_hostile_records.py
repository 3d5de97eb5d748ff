"""Tripletex records with hostile or odd contents: terminal escape sequences, markup, very long
names, nulls and unexpected types. Each is handled, never a traceback, and nothing raw reaches
a terminal or the store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.models import TxCustomer, TxProject
from core.sandbox import Sandbox
from core.store.state import StoreState
from core.sync.plan import Planner
from tests.helpers import configure, customer, project, run_cli, run_json, write_import

NASTY = "Evil\x1b[31m Røde\x1b[0m\x07 AS\x1b]0;pwned\x07\u202e[bold]x[/bold]"
LONG = "Langt Navn " * 400  # 4,400 characters


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    data = {
        "customers": [customer(1, NASTY, 1001), customer(2, LONG, 1002), customer(3, "Vanlig AS", 1003)],
        "projects": [project(10, "Prosjekt\x1b[2J\x1b[H tømt", "P-1", 1),
                     project(11, LONG, "P-2", 2)],
    }
    with Sandbox(data=data, port=0) as s:
        yield s


def test_escape_sequences_and_long_names_from_tripletex_never_reach_the_terminal(sb, capsys,
                                                                                 tmp_path):
    configure(sb)
    run_cli(capsys, "import", str(write_import(tmp_path / "i.json", [
        {"key": "c-50", "name": "Evil Rode AS"},  # a near match: the nasty one goes to review
    ])))
    outputs = []
    for args in (("sync", "--yes", "--json"), ("sync", "--yes"), ("review",), ("review", "--json"),
                 ("export",), ("export", "--format", "csv")):
        code, out, err = run_cli(capsys, *args)
        assert code == 0, err
        outputs.append(out + err)
    for text in outputs:
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    reg = run_json(capsys, "export")
    names = {c["tripletex_id"]: c["name"] for c in reg["customers"] if c["tripletex_id"]}
    pending = {i["tripletex_id"]: i["name"] for i in run_json(capsys, "review", "--json")["items"]}
    evil = names.get(1) or pending[1]
    assert evil.startswith("Evil Røde") and "[bold]x[/bold]" in evil  # shown literally, not markup
    assert len(names[2]) <= 500 and names[2].startswith("Langt Navn")
    projects = {p["tripletex_id"]: p["name"] for p in reg["projects"] if p["tripletex_id"]}
    assert all("\x1b" not in n for n in projects.values())


@pytest.mark.parametrize("raw", [
    {"id": 7, "name": None, "customerNumber": {"odd": 1}, "organizationNumber": 123456789,
     "isInactive": "yes", "version": "3"},
    {"id": "8", "version": None},
    {"id": 9, "name": 42, "customerNumber": True, "email": ["a@b"]},
])
def test_customers_with_nulls_and_unexpected_types_are_read_sensibly(raw):
    c = TxCustomer.from_api(raw)
    assert c is not None and isinstance(c.id, int) and c.name
    assert c.is_inactive is False  # only a real true deactivates
    assert c.number is None or isinstance(c.number, str)


def test_records_without_a_usable_id_are_skipped_and_the_rest_planned():
    assert TxCustomer.from_api({"name": "Uten id AS"}) is None
    assert TxProject.from_api({"id": True, "name": "Bool id"}) is None
    odd = TxProject.from_api({"id": 5, "name": None, "customer": "not-a-ref",
                              "mainProject": {"id": "x"}, "isClosed": 1, "startDate": 20240101})
    assert odd is not None and odd.customer_id is None and odd.main_project_id is None
    assert odd.is_closed is False
    state = StoreState()
    planner = Planner(state, run_id="t", now="2026-11-25T00:00:00+00:00")
    planner.plan_customers(planner.edit.absorb_customers([], listed=set()))
    planner.plan_projects(planner.edit.absorb_projects([odd], listed={5}))
    assert [p.name for p in state.projects.values()] == ["(unnamed project 5)"]


@pytest.mark.parametrize("rid", ["²", "٣", "３", "¹²", " 3\u200b"])
def test_ids_that_are_not_ascii_digits_are_refused_never_read_as_numbers(rid):
    """"²".isdigit() is true and int("²") raises; int("٣") is 3: neither may become an id."""
    assert TxCustomer.from_api({"id": rid, "name": "Rar Id AS"}) is None
    assert TxProject.from_api({"id": 10, "name": "P", "customer": {"id": rid}}).customer_id is None
    assert TxCustomer.from_api({"id": "3", "version": rid, "name": "Tre AS"}).version == 0


async def test_a_listing_with_odd_ids_syncs_the_rest_and_leaves_customer_3_alone(capsys):
    """The sandbox only serves int ids, so a transport in front of it rewrites one record of the
    customer listing to the id "٣" (Arabic-Indic three) and another to "²"."""
    import httpx
    import orjson

    from core.config import load_config
    from core.paths import profile_paths
    from core.sync.run import SyncOptions, run_sync
    from core.tripletex.client import TripletexClient

    data = {"customers": [customer(3, "Tre AS", 1003), customer(4, "Fire AS", 1004),
                          customer(5, "Fem AS", 1005), customer(6, "Seks AS", 1006)],
            "projects": []}

    class Rewrite(httpx.AsyncHTTPTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            resp = await super().handle_async_request(request)
            if request.url.path.endswith("/customer"):
                body = orjson.loads(await resp.aread())
                for v in body.get("values", []):
                    if v.get("id") == 5:
                        v.update(id="٣", name="Overwrites Three AS")
                    elif v.get("id") == 6:
                        v.update(id="²", name="Superscript AS")
                return httpx.Response(resp.status_code, headers={
                    k: v for k, v in resp.headers.items() if k.lower() != "content-length"
                }, content=orjson.dumps(body))
            return resp

    with Sandbox(data=data, port=0) as sb:
        configure(sb)
        paths = profile_paths("default")
        async with TripletexClient(sb.base_url, sb.consumer_token, sb.employee_token,
                                   transport=Rewrite()) as tx:
            report = await run_sync(paths, load_config(paths), SyncOptions(confirm=True), client=tx)
    assert report.customers["created"] == 2
    names = {c["tripletex_id"]: c["name"] for c in run_json(capsys, "export")["customers"]}
    assert names == {3: "Tre AS", 4: "Fire AS"}


def test_numbers_and_org_numbers_from_tripletex_are_cleaned_and_capped(capsys):
    """Clear-screen, OSC 52 (a clipboard write) and a right-to-left override in the number
    fields, and a 2-million-character number: cleaned and cut like names, before they are
    stored or shown."""
    osc52 = "\x1b]52;c;ZXZpbA==\x07"
    data = {
        "customers": [customer(1, "Vanlig AS", None, f"{osc52}98765\u202e4321"),
                      customer(2, "Lang AS", None, "9" * 2_000_000)],
        "projects": [project(10, "Prosjekt", "\x1b[2J\x1b[HP-1", 1),
                     project(11, "Annet", "N" * 2_000_000, 2)],
    }
    data["customers"][0]["customerNumber"] = "\x1b[31m1001\x1b[0m"
    with Sandbox(data=data, port=0) as sb:
        configure(sb)
        outputs = []
        for args in (("sync", "--yes", "--json"), ("review",), ("export",),
                     ("export", "--format", "csv")):
            code, out, err = run_cli(capsys, *args)
            assert code == 0, err
            outputs.append(out + err)
    for text in outputs:
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    reg = run_json(capsys, "export")
    cust = {c["tripletex_id"]: c for c in reg["customers"]}
    proj = {p["tripletex_id"]: p for p in reg["projects"]}
    assert cust[1]["organization_number"] == "987654321" and cust[1]["number"] == "1001"
    assert proj[10]["number"] == "P-1"
    assert len(cust[2]["organization_number"]) <= 100 and len(proj[11]["number"]) <= 100
    from core.paths import profile_paths

    stored = profile_paths("default").store_file.stat().st_size
    assert stored < 200_000, stored  # the long values were not stored, not even as snapshots


def test_csv_export_neutralises_cells_a_spreadsheet_would_run(capsys, tmp_path):
    """=, +, -, @, tab and CR start a formula in Excel and LibreOffice: such a cell is written
    with a leading ' (shown as text), and an import of the export reads it back as it was."""
    import csv
    import io

    names = ['=HYPERLINK("http://evil.example","klikk")', "+47 Bygg AS", "-1 Minus AS",
             "@SUM(A1:A9)", "Vanlig AS"]
    data = {"customers": [customer(i + 1, n, 1000 + i) for i, n in enumerate(names)],
            "projects": [project(20, "=1+2", "-7", 1)]}
    with Sandbox(data=data, port=0) as sb:
        configure(sb)
        run_json(capsys, "sync", "--yes", "--json")
    code, out, err = run_cli(capsys, "export", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    cells = [v for row in rows for v in row.values() if v]
    assert not [c for c in cells if c[0] in "=+-@\t\r"]
    by_name = {row["name"] for row in rows}
    assert "'=HYPERLINK(\"http://evil.example\",\"klikk\")" in by_name and "Vanlig AS" in by_name
    assert any(row["number"] == "'-7" for row in rows)
    # the same file imported into another profile: the values as they were
    path = tmp_path / "registry.csv"
    path.write_text(out, encoding="utf-8")
    code, _out, err = run_cli(capsys, "--profile", "copy", "import", str(path))
    assert code == 0, err
    copied = run_json(capsys, "--profile", "copy", "export")
    assert sorted(c["name"] for c in copied["customers"]) == sorted(names)
    assert [p["number"] for p in copied["projects"]] == ["-7"]
