"""`rabbitsync import FILE`: load the time tracker's existing customers and projects.

Formats (DESIGN.md "import file"): JSON `{"customers": [...], "projects": [...]}`, which also takes
`rabbitsync export --format json` output (its link fields are ignored), or one CSV with the header
`kind,key,name,number,organization_number,customer_key,parent_key` (comma or semicolon; extra
columns are ignored). UTF-8, with or without a BOM.

A bad file is refused whole, naming the line and the reason (UsageError, exit 2), and nothing is
imported: `parse_import` checks the file, `apply_import` checks it against the registry before it
changes anything. Text passes `core.matching.normalize.clean_text` on the way in: control characters,
terminal escape sequences and bidi overrides never reach the registry; keys holding them are
refused (cleaning could turn one key into another). Re-importing a key updates the fields the file gives
and leaves the rest (the Tripletex link, archive state) alone; new records are local-only.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import UsageError
from core.i18n import N_, _, ngettext, number
from core.models import LocalCustomer, LocalProject
from core.store.export import csv_value
from core.store.state import StoreState
from core.text import clean_text
from core.words import plural

MAX_BYTES = 50 * 1024 * 1024
MAX_LEN = {"key": 100, "name": 255, "number": 100, "organization_number": 100,
           "customer_key": 100, "parent_key": 100}
OPTIONAL = {"customer": ("number", "organization_number"),
            "project": ("number", "customer_key", "parent_key")}
KEY_FIELDS = ("key", "customer_key", "parent_key")
DEFAULT_FIX = N_("correct the file and import it again")
# what Python's JSON reader says of a bad file (shown inside our sentence; translated when known)
_JSON_SAYS = (N_("Expecting value"), N_("Expecting ',' delimiter"), N_("Expecting ':' delimiter"),
              N_("Expecting property name enclosed in double quotes"),
              N_("Unterminated string starting at"), N_("Invalid control character at"),
              N_("Invalid \\escape"), N_("Extra data"))

_WS = re.compile(r"[ \t\n\r]*")
# a record's faults, by its kind (the list it is in, or the CSV's kind column)
_NOT_OBJECT = {"customer": N_("each customer must be an object"),
               "project": N_("each project must be an object")}
_NO_KEY = {"customer": N_("a customer needs a key (the time tracker's own id)"),
           "project": N_("a project needs a key (the time tracker's own id)")}
_NO_NAME = {"customer": N_("customer {key} needs a name"),
            "project": N_("project {key} needs a name")}
_TWICE = {"customer": N_("customer key {key} appears twice (first on line {line}); keys must be "
                         "unique"),
          "project": N_("project key {key} appears twice (first on line {line}); keys must be "
                        "unique")}


def _unsafe(s: str) -> bool:
    """Control, format (bidi, zero-width) or surrogate characters: refused in keys."""
    return any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in s)


@dataclass(frozen=True)
class ImportRecord:
    """One customer or project from the file; `given` holds the optional fields it states."""

    kind: str  # customer | project
    key: str
    name: str
    line: int
    given: dict[str, str | None] = field(default_factory=dict)


@dataclass
class ImportData:
    """A checked import file."""

    source: str
    customers: list[ImportRecord] = field(default_factory=list)
    projects: list[ImportRecord] = field(default_factory=list)


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def _refuse(source: str, line: int | None, reason: str, fix: str | None = None) -> UsageError:
    """The refusal of an import file: where (its line, when known) and why, in the reader's
    language (`reason` and `fix` are translated by the caller)."""
    if line:
        cause = _("import file {source} refused, line {line}: {reason}; nothing was imported")
    else:
        cause = _("import file {source} refused: {reason}; nothing was imported")
    return UsageError(cause.format(source=source, line=line, reason=reason),
                      fix if fix is not None else _(DEFAULT_FIX))


def _show(s: str) -> str:
    return repr(s if len(s) <= 40 else s[:40] + "…")


# ---- reading --------------------------------------------------------------------------------------
def _read_text(path: Path) -> str:
    source = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _refuse(source, None, _("it is not a file"),
                          _("give the path of a .json or .csv file"))
        if size > MAX_BYTES:
            raise _refuse(
                source, None, _("it is {size} MB; the limit is {limit} MB").format(
                    size=number(round(size / 1e6)), limit=number(MAX_BYTES // 2**20)),
                _("split it into smaller files and import them one after the other"),
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(_("cannot read import file {source} ({error})").format(
            source=source, error=exc.strerror), _("check the path")) from None
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _refuse(source, 1, _("it is saved as UTF-16/UTF-32, not UTF-8"),
                      _("save it as UTF-8 (in Excel: Save As > CSV UTF-8) and import it again"))
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise _refuse(
            source, line,
            _("it is not UTF-8 text (byte {byte}; perhaps Latin-1 or Windows-1252)").format(
                byte=f"0x{raw[exc.start]:02X}"),
            _("save it as UTF-8 (in Excel: Save As > CSV UTF-8) and import it again"),
        ) from None


class _Lines:
    """Line numbers of increasing offsets in one text, counted incrementally."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def at(self, pos: int) -> int:
        if pos < self.pos:
            return self.text.count("\n", 0, pos) + 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def _json_lists(text: str, source: str) -> dict[str, list[tuple[int, Any]]]:
    """The `customers` and `projects` lists of a JSON file, each element with its line."""
    dec, lines = json.JSONDecoder(), _Lines(text)

    def syntax(pos: int, msg: str) -> UsageError:
        return _refuse(source, text.count("\n", 0, pos) + 1,
                       _("it is not valid JSON ({error})").format(error=msg))

    def value(pos: int) -> tuple[Any, int]:
        try:
            return dec.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise _refuse(source, exc.lineno, _(
                "it is not valid JSON, perhaps cut short ({error}: line {line} column "
                "{column})").format(error=_(exc.msg), line=exc.lineno, column=exc.colno)) from None
        except RecursionError:
            raise _refuse(source, lines.at(pos), _("it is nested too deeply")) from None

    def ws(pos: int) -> int:
        m = _WS.match(text, pos)
        return m.end() if m else pos

    out: dict[str, list[tuple[int, Any]]] = {}
    i = ws(0)
    if text[i:i + 1] != "{":
        if i == len(text):
            raise _refuse(source, None, _("the file is empty"))
        value(i)  # a syntax error is reported as such
        raise _refuse(source, lines.at(i), _('the top level must be an object with "customers" '
                                             'and "projects" lists'),
                      _('see DESIGN.md "import file" or `rabbitsync export`'))
    i = ws(i + 1)
    while text[i:i + 1] != "}":
        if text[i:i + 1] != '"':
            raise syntax(i, _("expected a property name in double quotes"))
        name, i = value(i)
        i = ws(i)
        if text[i:i + 1] != ":":
            raise syntax(i, _("expected ':'"))
        i = ws(i + 1)
        if name in ("customers", "projects"):
            if name in out:
                raise _refuse(source, lines.at(i), _('"{name}" appears twice').format(name=name))
            if text[i:i + 1] != "[":
                value(i)
                raise _refuse(source, lines.at(i),
                              _('"{name}" must be a list of objects').format(name=name))
            items: list[tuple[int, Any]] = []
            i = ws(i + 1)
            while text[i:i + 1] != "]":
                line = lines.at(i)
                obj, i = value(i)
                items.append((line, obj))
                i = ws(i)
                if text[i:i + 1] == ",":
                    i = ws(i + 1)
                    if text[i:i + 1] == "]":
                        raise syntax(i, _("a comma before ']'"))
                elif text[i:i + 1] != "]":
                    raise syntax(i, _("expected ',' or ']'"))
            i += 1
            out[name] = items
        else:
            _ignored, i = value(i)
        i = ws(i)
        if text[i:i + 1] == ",":
            i = ws(i + 1)
        elif text[i:i + 1] != "}":
            raise syntax(i, _("expected ',' or '}'"))
    if ws(i + 1) != len(text):
        raise syntax(ws(i + 1), _("extra data after the end"))
    if not out:
        raise _refuse(source, None, _('it has neither "customers" nor "projects"'),
                      _('see DESIGN.md "import file" or `rabbitsync export`'))
    return out


def _csv_rows(text: str, source: str) -> list[tuple[str, int, dict[str, Any]]]:
    head = text.split("\n", 1)[0]
    delimiter = ";" if head.count(";") > head.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[str, int, dict[str, Any]]] = []
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        missing = [c for c in ("kind", "key", "name") if c not in header]
        if missing:
            raise _refuse(source, 1, ngettext("the header lacks the column {names}",
                                              "the header lacks the columns {names}",
                                              len(missing)).format(names=", ".join(missing)),
                          _("the first line must be kind,key,name,number,organization_number,"
                            "customer_key,parent_key"))
        if len(set(header)) != len(header):
            raise _refuse(source, 1, _("the header names a column twice"))
        last = reader.line_num
        for cells in reader:
            line, last = last + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                raise _refuse(source, line, _(
                    "the row has {values} but the header {columns} (a value with a {delimiter} "
                    "needs quotes)").format(values=plural(len(cells), "value"),
                                            columns=plural(len(header), "column"),
                                            delimiter=repr(delimiter)))
            rec = {h: (csv_value(cells[n]) if n < len(cells) and cells[n].strip() else None)
                   for n, h in enumerate(header)}  # (a formula-like cell of ours: its value)
            kind = (rec.pop("kind") or "").strip().lower()
            if kind not in ("customer", "project"):
                raise _refuse(source, line, _("kind must be customer or project, not "
                                              "{value}").format(value=_show(kind)))
            rows.append((kind, line, rec))
    except csv.Error as exc:
        raise _refuse(source, reader.line_num,
                      _("it is not valid CSV ({error})").format(error=exc)) from None
    return rows


# ---- checking -------------------------------------------------------------------------------------
def _text(value: Any, name: str, source: str, line: int) -> str | None:
    """One field as clean text (None when empty); ints become strings."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise _refuse(source, line, _("{name} must be text or a whole number, not "
                                      "{value}").format(name=name, value=json.dumps(value)[:40]))
    if name in KEY_FIELDS and _unsafe(value):
        raise _refuse(source, line, _("{name} {value} holds control characters").format(
            name=name, value=_show(value)))
    out = value.strip() if name in KEY_FIELDS else clean_text(value, max_len=len(value))
    if len(out) > MAX_LEN[name]:
        raise _refuse(source, line, _("{name} is {length} characters long; the limit is "
                                      "{limit}").format(name=name, length=number(len(out)),
                                                        limit=number(MAX_LEN[name])))
    return out or None


def _record(kind: str, line: int, obj: Any, source: str) -> ImportRecord:
    if not isinstance(obj, dict):
        raise _refuse(source, line, _(_NOT_OBJECT[kind]))
    key = _text(obj.get("key"), "key", source, line)
    if key is None:
        raise _refuse(source, line, _(_NO_KEY[kind]))
    name = _text(obj.get("name"), "name", source, line)
    if name is None:
        raise _refuse(source, line, _(_NO_NAME[kind]).format(key=key))
    given = {f: _text(obj[f], f, source, line) for f in OPTIONAL[kind] if f in obj}
    return ImportRecord(kind, key, name, line, given)


def parse_import(
    path: Path, *, known_customer_keys: set[str], known_project_keys: set[str]
) -> ImportData:
    """Read and check an import file; UsageError (exit 2) names the line and the reason."""
    source = str(path)
    text = _read_text(path)
    is_json = path.suffix.lower() == ".json" or (
        path.suffix.lower() != ".csv" and text.lstrip()[:1] in ("{", "[")
    )
    data = ImportData(source)
    if is_json:
        lists = _json_lists(text, source)
        rows = [(k, ln, o) for name, k in (("customers", "customer"), ("projects", "project"))
                for ln, o in lists.get(name, [])]
    else:
        rows = _csv_rows(text, source)
    seen: dict[tuple[str, str], int] = {}
    for kind, line, obj in rows:
        rec = _record(kind, line, obj, source)
        if (kind, rec.key) in seen:
            raise _refuse(source, line, _(_TWICE[kind]).format(key=rec.key,
                                                               line=seen[(kind, rec.key)]))
        seen[(kind, rec.key)] = line
        (data.customers if kind == "customer" else data.projects).append(rec)
    customers = known_customer_keys | {c.key for c in data.customers}
    in_file = {p.key: p for p in data.projects}
    projects = known_project_keys | set(in_file)
    for p in data.projects:
        cust, parent = p.given.get("customer_key"), p.given.get("parent_key")
        if cust is not None and cust not in customers:
            raise _refuse(source, p.line, _("project {key}: customer_key {customer} is neither in "
                                            "the file nor in the registry").format(
                                                key=p.key, customer=cust),
                          _("import the customer too, or fix the key"))
        if parent is not None:
            if parent == p.key:
                raise _refuse(source, p.line,
                              _("project {key} names itself as parent").format(key=p.key))
            if parent not in projects:
                raise _refuse(source, p.line, _("project {key}: parent_key {parent} is neither "
                                                "in the file nor in the registry").format(
                                                    key=p.key, parent=parent),
                              _("import the parent too, or fix the key"))
            grand = in_file[parent].given.get("parent_key") if parent in in_file else None
            if grand is not None:
                raise _refuse(source, p.line, _three_levels(p.key, parent))
    return data


def _three_levels(key: str, parent: str) -> str:
    return _("project {key}: its parent {parent} is itself a sub-project, and the time tracker "
             "has two project levels").format(key=key, parent=parent)


# ---- applying -------------------------------------------------------------------------------------
def _final_projects(state: StoreState, data: ImportData) -> dict[str, list[str | None]]:
    """key -> [customer_key, parent_key] as the registry will be after the import."""
    view = {k: [p.customer_key, p.parent_key] for k, p in state.projects.items()}
    for rec in data.projects:
        old = view.get(rec.key, [None, None])
        view[rec.key] = [rec.given.get("customer_key", old[0]), rec.given.get("parent_key", old[1])]
    for rec in data.projects:  # a sub-project without a customer takes its parent's
        cust, parent = view[rec.key]
        if cust is None and parent is not None and parent in view:
            view[rec.key][0] = view[parent][0]
    return view


def _check_structure(state: StoreState, data: ImportData, view: dict[str, list[str | None]]) -> None:
    src = data.source
    customers = set(state.customers) | {c.key for c in data.customers}
    children: dict[str, list[str]] = {}
    for key, (_c, parent) in view.items():
        if parent is not None:
            children.setdefault(parent, []).append(key)
    for rec in data.projects:
        cust, parent = view[rec.key]
        if cust is not None and cust not in customers:
            raise _refuse(src, rec.line, _("project {key}: customer_key {customer} is not in the "
                                           "registry").format(key=rec.key, customer=cust))
        if parent is not None:
            if parent not in view:
                raise _refuse(src, rec.line, _("project {key}: parent_key {parent} is not in the "
                                               "registry").format(key=rec.key, parent=parent))
            if view[parent][1] is not None:
                raise _refuse(src, rec.line, _three_levels(rec.key, parent))
            if rec.key in children:
                raise _refuse(src, rec.line, _(
                    "project {key} has sub-projects ({children}) and cannot become a sub-project "
                    "itself: the time tracker has two project levels").format(
                        key=rec.key, children=", ".join(sorted(children[rec.key])[:3])))
        # a sub-project may have another customer than its parent: Tripletex allows it, and the
        # sync copies what Tripletex says, so an export must import back as it is


def _bump_counter(state: StoreState, prefix: str, key: str) -> None:
    """Keys the import used are never handed out later (`StoreState.new_key`)."""
    m = re.fullmatch(rf"{prefix}-(\d{{1,12}})", key)
    if m:
        state.counters[prefix] = max(state.counters.get(prefix, 0), int(m.group(1)))


def apply_import(state: StoreState, data: ImportData) -> ImportSummary:
    """Add new records (local-only) and update existing ones with the fields the file gives.
    Checks the result against the registry first: a UsageError leaves `state` untouched."""
    view = _final_projects(state, data)
    _check_structure(state, data, view)
    summary = ImportSummary()
    for rec in data.customers:
        c = state.customers.get(rec.key)
        if c is None:
            state.customers[rec.key] = LocalCustomer(rec.key, rec.name, **rec.given)
            summary.added += 1
        else:
            before = (c.name, c.number, c.organization_number)
            c.name = rec.name
            for f, v in rec.given.items():
                setattr(c, f, v)
            changed = before != (c.name, c.number, c.organization_number)
            summary.updated += changed
            summary.unchanged += not changed
        _bump_counter(state, "c", rec.key)
    for rec in data.projects:
        cust, parent = view[rec.key]
        p = state.projects.get(rec.key)
        if p is None:
            state.projects[rec.key] = LocalProject(
                rec.key, rec.name, rec.given.get("number"), customer_key=cust, parent_key=parent
            )
            summary.added += 1
        else:
            before = (p.name, p.number, p.customer_key, p.parent_key)
            p.name, p.customer_key, p.parent_key = rec.name, cust, parent
            if "number" in rec.given:
                p.number = rec.given["number"]
            changed = before != (p.name, p.number, p.customer_key, p.parent_key)
            summary.updated += changed
            summary.unchanged += not changed
        _bump_counter(state, "p", rec.key)
    state.drop_indexes()  # records added and changed
    return summary
