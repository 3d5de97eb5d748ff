"""The store's base file: a TinyDB JSON document read strictly and replaced atomically, with
the previous one kept as a backup (see `core.store.store`, which adds the journal, the lock and the
state).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from core.disk import write_error
from core.errors import StoreError
from core.i18n import _
from core.killpoints import kill_point
from core.store.journal import dumps, fsync_dir

_Sig = tuple[int, int, int, int]  # (st_dev, st_ino, st_size, st_mtime_ns) of a file we know


def file_sig(st: os.stat_result) -> _Sig:
    """(device, inode, size, mtime) of a file: changes whenever the file is written."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class AtomicJSONStorage(Storage):
    """A TinyDB storage that reads strictly and writes atomically, with a backup.

    `read()` returns the document (None when the file is absent) or raises `StoreError`;
    `write(doc)` replaces the file in one step. Usable as `TinyDB(storage=AtomicJSONStorage,
    path=...)`, though then TinyDB writes once per insert; `Store` writes once per `write()`.
    """

    def __init__(self, path: Path | str, *, backup: bool = True) -> None:
        super().__init__()
        self.path = Path(path)
        self.backup_path = self.path.with_name(self.path.name + ".bak")
        self.backup = backup
        self.known_good: _Sig | None = None  # the file as we last read or wrote it

    # ---- reading ------------------------------------------------------------------------------
    def read(self) -> dict[str, Any] | None:
        doc, sig = self.read_doc()
        self.known_good = sig
        return doc

    def read_doc(self) -> tuple[dict[str, Any] | None, _Sig | None]:
        """(document, signature of the file read); (None, None) when absent."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return None, None
        except OSError as exc:
            raise self._unreadable(_("it cannot be opened ({error})").format(error=exc.strerror),
                                   perms=True) from None
        with os.fdopen(fd, "rb") as fh:
            sig = file_sig(os.fstat(fh.fileno()))
            raw = fh.read()
        return self.parse(raw), sig

    def parse(self, raw: bytes) -> dict[str, Any]:
        """Bytes of a store file -> the document; StoreError when it is not one."""
        if not raw or raw.isspace():  # isspace stops at the first other byte; strip would copy
            raise self._unreadable(_("it is empty (cut short)"))
        doc: Any = None
        if not raw.startswith(codecs.BOM_UTF8):
            try:
                doc = orjson.loads(raw)  # 2x faster than json on a 20 MB store
                meta = doc.get("meta", {}).get("1", {}) if isinstance(doc, dict) else {}
                if isinstance(meta, dict) and (meta.get("ints") == "json" or (
                    "schema_version" in meta and "journal_gen" not in meta
                )):  # written by json (or by a rabbitsync before the journal, which did not
                    doc = None  # say): orjson reads an integer beyond 64 bits as a float
            except (orjson.JSONDecodeError, AttributeError):
                doc = None  # json reads it again, and says where the file is bad
        if doc is None:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise self._unreadable(
                    _("it is not UTF-8 text (bad byte at offset {offset})").format(offset=exc.start)
                ) from None
            try:
                doc = json.loads(text)
            except json.JSONDecodeError as exc:
                raise self._unreadable(
                    _("it is not valid JSON, perhaps cut short ({error} at line {line} column "
                      "{column})").format(error=_(exc.msg), line=exc.lineno, column=exc.colno)
                ) from None
            except RecursionError:
                raise self._unreadable(_("it is nested too deeply to be a store")) from None
        if not isinstance(doc, dict):
            raise self._unreadable(
                _("it is not a rabbitsync store (the top level is not an object)"))
        return doc

    def _unreadable(self, cause: str, *, perms: bool = False) -> StoreError:
        return unreadable_error(self.path, cause, self.backup_path, perms=perms)

    # ---- writing ------------------------------------------------------------------------------
    def write(self, data: dict[str, Any]) -> None:
        """Replace the file with `data` as JSON (see `write_bytes`). orjson makes it table by
        table while the tables made are written (15 MB: the making holds the GIL, the writing
        does not); a table orjson refuses (an integer beyond 64 bits) makes it all by json."""

        def marked() -> dict[str, Any]:  # the mark goes in the meta document (`parse` looks there)
            meta = data.get("meta")
            if isinstance(meta, dict) and isinstance(meta.get("1"), dict):
                return {**data, "meta": {**meta, "1": {**meta["1"], "ints": "json"}}}
            return data

        try:
            try:
                self.write_bytes(_tables(data), b"\n")
                return
            except _NotForOrjson:
                payload = dumps(data, marked)
        except (TypeError, ValueError) as exc:
            raise StoreError(
                _("the registry could not be saved to {path}: a value cannot be stored "
                  "({error})").format(path=self.path, error=exc),
                _("this is a bug in rabbitsync; the store was left as it was"),
            ) from None
        self.write_bytes([payload], b"\n")

    def write_bytes(self, pieces: Iterable[bytes], tail: bytes = b"") -> None:
        """Replace the file with `pieces` + `tail` in one step, keeping the previous good file as
        .bak. The pieces are written by a second thread as they come. When the disk refuses
        (full, read-only, failing), the file is left as it was and a StoreError says why."""
        folder = self.path.parent
        current = self.current_sig()
        if current is not None and current != self.known_good:
            # never replace a file we have not seen whole: check it first (raises when bad)
            self.parse(self.path.read_bytes())
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise write_error(exc, self.path) from None
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as fh, ThreadPoolExecutor(1) as writer:
                written = [writer.submit(fh.write, piece) for piece in pieces]
                written.append(writer.submit(fh.write, tail))
                for w in written:
                    w.result()  # (in order: one thread; its error raised here)
                fh.flush()
                kill_point("write")
                os.fsync(fh.fileno())
            kill_point("write")
            if current is not None and self.backup:
                self._keep_backup()
                kill_point("write")
            os.replace(tmp, self.path)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            if isinstance(exc, OSError):
                raise write_error(exc, self.path) from None
            raise
        kill_point("write")
        fsync_dir(folder)
        self.known_good = self.current_sig()

    def current_sig(self) -> _Sig | None:
        try:
            return file_sig(os.stat(self.path))
        except FileNotFoundError:
            return None

    def _keep_backup(self) -> None:
        """store.json -> store.json.bak, atomically: a hard link (the store file is only ever
        replaced, never changed in place), or a copy where hard links are not possible."""
        folder = self.path.parent
        tmp = folder / f".{self.backup_path.name}.{uuid.uuid4().hex[:8]}.tmp"
        try:
            try:
                os.link(self.path, tmp)
            except OSError:
                shutil.copyfile(self.path, tmp)
                os.chmod(tmp, 0o600)
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
            os.replace(tmp, self.backup_path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        # when .bak already is this very file (a writer killed after it kept its backup, before
        # it replaced the store), rename(2) does nothing and leaves the link made above
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)

    def remove_stale_temps(self) -> list[str]:
        """Delete temp files a killed writer left (call only while holding the lock)."""
        removed = []
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.path.parent):
                if entry.name.startswith(f".{self.path.name}.") and ".tmp" in entry.name:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed.append(entry.name)
        return removed


def unreadable_error(path: Path, cause: str, backup: Path, *, perms: bool = False) -> StoreError:
    """The StoreError for a store file that cannot be read: path, cause, and how to recover."""
    if perms:
        fix = _("check the file's owner and permissions (it should be yours, mode 0600): {path}")
    elif backup.exists():
        fix = _("a backup of the last good store is at {backup} (from its last full write: later "
                "changes are not in it); to restore it: mv {path} {path}.damaged && cp {backup} "
                "{path}")
    else:
        fix = _("there is no backup ({backup} is missing); move the damaged file away (mv {path} "
                "{path}.damaged) to start with an empty registry, then sync again")
    return StoreError(
        _("the store file {path} cannot be read: {cause}; it was left as it is").format(
            path=path, cause=cause),
        fix.format(path=path, backup=backup))


class _NotForOrjson(Exception):
    """A table orjson cannot write (an integer beyond 64 bits): the document goes by json."""


def _tables(data: dict[str, Any]) -> Iterator[bytes]:
    """`data` as orjson writes it whole (`{"table":{...},...}`), a table at a time."""
    yield b"{"
    for n, (name, table) in enumerate(data.items()):
        try:
            body = orjson.dumps(table, option=orjson.OPT_NON_STR_KEYS)
        except TypeError:
            raise _NotForOrjson from None
        yield (b"," if n else b"") + orjson.dumps(name) + b":" + body
    yield b"}"
