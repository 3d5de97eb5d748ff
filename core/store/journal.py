"""The store's journal: what each write changed, appended beside the TinyDB file.

Rewriting a 20 MB store file because 200 records changed costs a fifth of a second and wears
the disk, so a write that changes a few documents appends one line to `store.journal` instead:

    {"gen": "<the base file's journal_gen>", "set": {table: {doc_id: doc}}, "del": {table: [doc_id]}}

A line is committed once it is whole (it ends in a newline) and fsynced; a line cut short by a
crash is not part of the store and is cut off by the next write. Reading the store = the base
file with its journal lines replayed in order. When the journal has grown to a quarter of the
base file (`Store.write` decides), the whole store is written again as a new base with a new
`journal_gen`, and the journal is removed; a journal left from an older base (a crash between
the two steps) has another `gen` and is ignored, so a line is never applied twice.

`diff` compares documents table by table: records are dicts of plain values, so equality is
cheap and exact. Keyed tables keep their document ids (`stable_ids`) so that a record keeps
its id from write to write and the journal carries only what changed.
"""

from __future__ import annotations

import contextlib
import json
import operator
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import orjson

from core.disk import pwrite_all, write_error
from core.errors import StoreError
from core.i18n import _
from core.killpoints import kill_point

Doc = dict[str, dict[str, Any]]
# tables whose documents are keyed by a field of their own: their doc ids stay put between writes
KEY_FIELDS = {"customers": "key", "projects": "key", "reviews": "item", "runs": "run_id"}


@dataclass
class Delta:
    set: dict[str, dict[str, Any]] = field(default_factory=dict)
    delete: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.set or self.delete)

    def line(self, gen: str) -> bytes:
        body: dict[str, Any] = {"gen": gen, "set": self.set, "del": self.delete}
        return dumps(body, lambda: {**body, "ints": "json"}) + b"\n"


def dumps(doc: Any, marked: Callable[[], Any]) -> bytes:
    """`doc` as compact JSON by orjson; when orjson refuses it (an integer beyond 64 bits), by
    json, of `marked()`: the document with the mark (`"ints": "json"`) that tells the reader to
    read it with json too, since orjson reads such an integer as a float."""
    try:
        return orjson.dumps(doc, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:
        return json.dumps(marked(), ensure_ascii=False, separators=(",", ":")).encode()


def load_line(line: bytes) -> Any:
    """One journal line -> its entry. orjson reads an integer beyond 64 bits as a float, so a line
    written by json (marked `"ints": "json"`) is read by json."""
    entry = orjson.loads(line)
    if isinstance(entry, dict) and entry.get("ints") == "json":
        entry = json.loads(line)
    return entry


def stable_ids(old: Doc | None, new: Doc, known: Iterable[str] = ()) -> None:
    """Give each keyed record of `new` the doc id it had in `old` (new records: the next ids).
    Tables in `known` are already so."""
    if not old:
        return
    known = set(known)
    for table, key in KEY_FIELDS.items():
        if table in known:
            continue
        before, after = old.get(table), new.get(table)
        if not before or not after or _positional(before, after, key):
            continue
        ids = {rec.get(key): doc_id for doc_id, rec in before.items() if isinstance(rec, dict)}
        nxt = max((int(i) for i in before if i.isascii() and i.isdigit()), default=0)
        out: dict[str, Any] = {}
        for rec in after.values():
            doc_id = ids.get(rec.get(key))
            if doc_id is None or doc_id in out:
                nxt += 1
                doc_id = str(nxt)
            out[doc_id] = rec
        new[table] = out


def _positional(before: dict[str, Any], after: dict[str, Any], key: str) -> bool:
    """Whether `after` (numbered 1..n) already gives every record of `before` its old id: the
    usual case, since records are added at the end and never removed."""
    n = len(before)
    if len(after) < n or list(before) != list(islice(after, n)):
        return False
    get = operator.itemgetter(key)
    try:
        return list(map(get, before.values())) == list(map(get, islice(after.values(), n)))
    except (KeyError, TypeError):
        return False


_RUN = 256  # records compared at once by `diff`


def diff(old: Doc, new: Doc, only: dict[str, set[str]] | None = None) -> Delta:
    """What turns `old` into `new`: documents set (new or changed) and deleted, per table.
    For a table in `only`, just those document ids can differ (the others are `old`'s)."""
    delta = Delta()
    for table in old.keys() | new.keys():
        before, after = old.get(table) or {}, new.get(table) or {}
        get = before.get
        if only is not None and table in only and table in old and table in new:
            ids = sorted(only[table])  # (in order: the same line whatever the hash seed)
            changed = {i: rec for i in ids if (rec := after.get(i)) is not None
                       and (b := get(i)) is not rec and b != rec}
            gone = [i for i in ids if i not in after and i in before]
            if changed:
                delta.set[table] = changed
            if gone:
                delta.delete[table] = gone
            continue
        keys = list(after)
        if keys == list(before):  # the usual case: compare runs of records at C speed
            olds, news = list(before.values()), list(after.values())
            changed = {}
            for n in range(0, len(news), _RUN):
                if olds[n:n + _RUN] != news[n:n + _RUN]:
                    changed.update((i, rec) for i, rec, b in zip(
                        keys[n:n + _RUN], news[n:n + _RUN], olds[n:n + _RUN], strict=True
                    ) if b is not rec and b != rec)
            if changed:
                delta.set[table] = changed
            continue
        changed = {i: rec for i, rec in after.items() if (b := get(i)) is not rec and b != rec}
        gone = list(before.keys() - after.keys())
        if changed:
            delta.set[table] = changed
        if gone:
            delta.delete[table] = gone
    return delta


def apply(doc: Doc, entry: dict[str, Any]) -> None:
    """Replay one journal entry onto `doc` (in place)."""
    for table, docs in entry.get("set", {}).items():
        doc.setdefault(table, {}).update(docs)
    for table, ids in entry.get("del", {}).items():
        t = doc.get(table)
        if t is not None:
            for i in ids:
                t.pop(i, None)


class Journal:
    """`store.journal`: read it (replaying onto a base document), append to it, remove it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.good_len = 0  # bytes of whole, current lines; what follows is cut off on append
        self.stale = False  # the file holds lines of an older base only: all of it is cut off

    def replay(self, doc: Doc, gen: str | None) -> int:
        """Apply the journal's lines for base `gen` to `doc`; returns how many were applied."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self.good_len, self.stale = 0, False
            return 0
        except OSError as exc:
            raise self._damaged(_("it cannot be read ({error})").format(error=exc.strerror)) from None
        end = raw.rfind(b"\n") + 1  # beyond it: a line a crash cut short, never committed
        applied, offset = 0, 0
        lines = raw[:end].split(b"\n")[:-1]
        for n, line in enumerate(lines, 1):
            try:
                entry = load_line(line)
            except ValueError:
                if n == len(lines) and end == len(raw):  # the last line, garbled by a crash
                    break
                raise self._damaged(_("line {n} is not valid JSON").format(n=n)) from None
            if not _is_entry(entry):
                raise self._damaged(_("line {n} is not a journal entry").format(n=n))
            if entry.get("gen") != gen:
                if n == 1:  # left from an older base file: already part of the base
                    self.good_len, self.stale = 0, True
                    return 0
                raise self._damaged(_("line {n} belongs to another store file").format(n=n))
            apply(doc, entry)
            applied += 1
            offset += len(line) + 1
        self.good_len, self.stale = offset, False
        return applied

    def append(self, line: bytes) -> None:
        """Add one committed line (cutting off a torn tail first); fsync before returning.

        Every byte is written (a short write is followed by the rest); when the disk refuses
        (full, read-only, failing), the file is cut back to where the line was to start and a
        StoreError says why: the journal never keeps part of a line, or a hole of zeros."""
        created = not self.path.exists()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise write_error(exc, self.path) from None
        try:
            size = os.fstat(fd).st_size
            if size > self.good_len and not self.stale and not self._torn_tail(fd, size):
                raise StoreError(  # a guard: whole lines are never cut off
                    _("the store journal {path} holds lines this write did not read; nothing was "
                      "written").format(path=self.path), _("run the command again"),
                )
            try:
                os.ftruncate(fd, self.good_len)
                kill_point("write")
                pwrite_all(fd, line, self.good_len)
                kill_point("write")
                os.fsync(fd)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    if created:
                        os.unlink(self.path)
                    os.ftruncate(fd, self.good_len)
                    os.fsync(fd)
                raise write_error(exc, self.path) from None
        finally:
            os.close(fd)
        self.good_len += len(line)
        self.stale = False
        if created:
            fsync_dir(self.path.parent)

    def _torn_tail(self, fd: int, size: int) -> bool:
        """Whether the bytes after `good_len` are what a crash left: no newline among them, or
        one line that does not parse (the line that `replay` took as cut short)."""
        tail = os.pread(fd, size - self.good_len, self.good_len)
        if b"\n" not in tail[:-1]:
            try:
                load_line(tail)
            except ValueError:
                return True
            return not tail.endswith(b"\n")
        return False

    def remove(self) -> None:
        """Remove the journal after a new base file (whose gen it no longer has: a journal that
        cannot be removed, on a disk gone read-only, is ignored and cut off by the next append)."""
        kill_point("write")
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        self.good_len, self.stale = 0, False
        fsync_dir(self.path.parent)

    def size(self) -> int:
        try:
            return os.stat(self.path).st_size
        except FileNotFoundError:
            return 0

    def _damaged(self, cause: str) -> StoreError:
        # (never "move it away": its lines are the changes since the last full write, imports
        # and review decisions among them, which a sync cannot bring back)
        return StoreError(
            _("the store journal {path} cannot be read: {cause}; it was left as it is, and "
              "nothing was changed").format(path=self.path, cause=cause),
            _("keep the file: it holds every change since {store} was last written whole, "
              "imports and review decisions among them; keep a copy (cp {path} {path}.copy) and "
              "report it with that copy").format(store=self.path.with_suffix(".json").name,
                                                 path=self.path),
        )


def _is_entry(entry: Any) -> bool:
    """Whether a journal line's JSON is an entry `apply` can replay: {"set": {table: {doc_id:
    doc}}, "del": {table: [doc_id]}}."""
    if not isinstance(entry, dict):
        return False
    sets, dels = entry.get("set", {}), entry.get("del", {})
    return (isinstance(sets, dict) and isinstance(dels, dict)
            and all(isinstance(t, dict) and all(isinstance(d, dict) for d in t.values())
                    for t in sets.values())
            and all(isinstance(ids, list) and all(isinstance(i, str) for i in ids)
                    for ids in dels.values()))


def fsync_dir(path: Path) -> None:
    """fsync a folder, so that a file created or renamed in it stays after a crash."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
