"""The local registry as `rabbitsync export` prints it: the import format with link state (and
`merged_into` on a duplicate `rabbitsync merge` retired), plus
the Tripletex projects that were not synced (JSON), or one CSV with a `kind` column whose cells
a spreadsheet cannot take for formulas."""

from __future__ import annotations

import csv
import io
from typing import Any

from core.store.state import StoreState

CSV_COLUMNS = (
    "kind",
    "key",
    "name",
    "number",
    "organization_number",
    "customer_key",
    "parent_key",
    "tripletex_id",
    "link_method",
    "archived",
    "local_only",
)


def _sort_key(key: str) -> tuple[str, int, str]:
    prefix, _, num = key.partition("-")
    return (prefix, int(num) if num.isascii() and num.isdigit() else -1, key)


def registry_json(state: StoreState) -> dict[str, Any]:
    """DESIGN.md "export --format json"."""
    customers = [
        {
            "key": c.key,
            "name": c.name,
            "number": c.number,
            "organization_number": c.organization_number,
            "tripletex_id": c.tripletex_id,
            "link_method": c.link_method,
            "archived": c.archived,
            "local_only": c.local_only,
            **({"merged_into": c.merged_into} if c.merged_into else {}),
        }
        for c in sorted(state.customers.values(), key=lambda c: _sort_key(c.key))
    ]
    projects = [
        {
            "key": p.key,
            "name": p.name,
            "number": p.number,
            "customer_key": p.customer_key,
            "parent_key": p.parent_key,
            "tripletex_id": p.tripletex_id,
            "link_method": p.link_method,
            "archived": p.archived,
            "local_only": p.local_only,
            **({"merged_into": p.merged_into} if p.merged_into else {}),
        }
        for p in sorted(state.projects.values(), key=lambda p: _sort_key(p.key))
    ]
    skipped = [
        {"tripletex_id": s.tripletex_id, "name": s.name, "reason": s.reason, "path": s.path}
        for s in sorted(state.skipped.values(), key=lambda s: s.tripletex_id)
    ]
    return {"customers": customers, "projects": projects, "skipped_projects": skipped}


# a cell that starts with one of these is a formula to Excel and LibreOffice ("CSV injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value as a CSV cell a spreadsheet shows as text: a text starting like a formula gets a
    leading ' (OWASP's advice; `csv_value` takes it off again on import)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def csv_value(cell: str) -> str:
    """A cell of our CSV export as the value it was written from (see `csv_cell`)."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def registry_csv(state: StoreState) -> str:
    """One CSV of customers and projects, with a `kind` column (the import CSV's columns+)."""
    data = registry_json(state)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for kind, rows in (("customer", data["customers"]), ("project", data["projects"])):
        for row in rows:
            writer.writerow({**{k: csv_cell(v) for k, v in row.items()}, "kind": kind})
    return buf.getvalue()
