"""The document store of one profile: a TinyDB JSON file and the journal of what changed since.

The file (`ProfilePaths.store_file`) is a TinyDB document: one JSON object of tables, each a map
of document id to document. `meta` holds the schema version, the sync cursor and the key
counters; `customers`, `projects`, `reviews`, `ignored`, `overwrites`, `runs` and `decisions` hold
one document per record; `skipped`, `tx_customers` and `tx_projects` use the Tripletex id as the
document id. Any TinyDB can open the file (`TinyDB(path, access_mode="r")`) to look around; it
holds the store as of its last full write, and `store.journal` (`core.store.journal`) holds the
documents changed since, one line per write.

TinyDB's own JSONStorage rewrites the file, in place, on every insert. Here a `Store.write`
builds the whole document (`core.store.codec`), compares it with the one it read, and appends
only the changed documents to the journal (fsynced). A new base file is written when the journal
has grown past a quarter of it, on a complete sync pass, or when there is none: atomically
(`core.store.file`: a temp file in the same folder, fsync, `os.replace`, fsync of the folder;
mode 0600), keeping the file it replaces as `store.json.bak`. A file that cannot be read is never
overwritten and never silently reset: the error names it, the cause, and the backup. A lock file
(`flock`, released by the kernel when its holder dies) keeps two processes from writing one
store; `transaction()` = lock, read, write.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.disk import write_error
from core.errors import LockedError, StoreError
from core.i18n import _
from core.paths import ProfilePaths
from core.store.codec import BadShape, decode_state, encode_state, no_positions
from core.store.file import AtomicJSONStorage, file_sig, unreadable_error
from core.store.journal import Journal, diff, stable_ids
from core.store.state import StoreState, WriteHint, checking

COMPACT_AT = 1_000_000  # bytes of journal beyond a quarter of the base file: write a new base
# ---- the store ------------------------------------------------------------------------------------
@dataclass
class _Kept:
    sig: tuple[Any, ...]
    state: StoreState
    doc: dict[str, Any]
    gen: str
    journal_len: int  # bytes of whole journal lines: where the next line goes
    positions: dict[str, dict[str, int]]  # see `encode_state`


def _check_hint(whole: dict[str, Any], hinted: dict[str, Any]) -> None:
    """A hinted write must make the document a write comparing every record makes."""
    wrong = sorted(t for t in whole.keys() | hinted.keys() if whole.get(t) != hinted.get(t))
    if wrong:
        raise AssertionError(f"the planner's write hint missed changes in {', '.join(wrong)}")


class KeptStates:
    """The states that writes handed over, by store file, for the next read of the same store in
    this process: the app's timer and `sync --watch` hold one from run to run (as they hold the
    Tripletex session, core.tripletex.sessions) so that a run after a run does not read and
    decode the files again. The files stay the truth: a kept state is handed out only while
    they are as its write left them."""

    def __init__(self) -> None:
        self._kept: dict[Path, _Kept] = {}

    def __repr__(self) -> str:
        return f"KeptStates({len(self._kept)} store(s))"

    def holds(self, path: Path) -> bool:
        return path in self._kept

    def take(self, path: Path) -> _Kept | None:
        return self._kept.pop(path, None)

    def put(self, path: Path, kept: _Kept) -> None:
        self._kept[path] = kept


class Store:
    """One profile's store: `read`, `write`, `lock` (re-entrant per instance), `transaction`."""

    def __init__(self, paths: ProfilePaths, kept: KeptStates | None = None) -> None:
        self.paths = paths
        self.kept = kept  # where `write(keep=True)` leaves its state and `read(reuse=True)` finds it
        self.path = paths.store_file
        self.backup_path = self.path.with_name(self.path.name + ".bak")
        self.storage = AtomicJSONStorage(self.path)
        self.journal = Journal(paths.journal_file)
        self._doc: dict[str, Any] | None = None  # the documents as last read or written
        self._gen: str | None = None
        self._sig: tuple[Any, ...] | None = None
        # where each local record is in `_doc` (by key), for hinted writes (`encode_state`)
        self._positions: dict[str, dict[str, int]] = no_positions()
        self._guard = threading.Lock()
        self._depth = 0
        self._lock_fd: int | None = None

    def read(self, *, reuse: bool = False) -> StoreState:
        """The whole state; an absent file is an empty state. StoreError when unreadable.

        With `reuse`, the state that a `write(..., keep=True)` left in `self.kept` is taken
        (it is this caller's alone from then on) when the files are still as that write left
        them; otherwise it is read from the files."""
        if reuse and self.kept is not None:
            kept = self.kept.take(self.path)
            if kept is not None and kept.sig == self.signature():
                self.storage.known_good = kept.sig[0]
                self._doc, self._gen, self._sig = kept.doc, kept.gen, kept.sig
                self.journal.good_len = kept.journal_len
                self._positions = kept.positions
                return kept.state
        self.storage.known_good = None
        self._doc, self._sig = None, None
        self._positions = no_positions()
        for _attempt in range(5):  # a writer may replace the files while they are read
            before = self.signature()
            doc, sig = self.storage.read_doc()
            if doc is None:
                return StoreState()  # (a journal left without its base goes with the next write)
            meta = doc.get("meta", {}).get("1", {}) if isinstance(doc.get("meta"), dict) else {}
            gen = meta.get("journal_gen") if isinstance(meta, dict) else None
            try:
                self.journal.replay(doc, gen)
            except StoreError:
                if self.signature() == before:
                    raise
                continue
            if self.signature() == before:  # the base and the journal of one moment
                break
        try:
            state = decode_state(doc, self.path)
        except BadShape as exc:
            raise unreadable_error(
                self.path, _("it is not a rabbitsync store ({error})").format(error=exc),
                self.backup_path,
            ) from None
        self.storage.known_good = sig  # a good file: the next write may replace it
        self._doc, self._gen, self._sig = doc, gen, before
        return state

    def signature(self) -> tuple[Any, ...]:
        """The store file's and the journal's (device, inode, size, mtime): changes on a write."""
        with contextlib.suppress(FileNotFoundError):
            return (self.storage.current_sig(), file_sig(os.stat(self.journal.path)))
        return (self.storage.current_sig(), None)

    def write(
        self, state: StoreState, *, compact: bool = False, keep: bool = False,
        hint: WriteHint | None = None,
    ) -> None:
        """Save `state` under the lock (taken if not held): the documents that changed since the
        read as one journal line; or the whole store as a new base file (atomically, keeping a
        .bak) when `compact`, when the journal has grown large, or when there is no base yet.

        With `keep`, the caller hands `state` over (it must not change it any more) to
        `self.kept`: the next `read(reuse=True)` with the same `KeptStates` takes it instead of
        reading the files (the app's timer and `sync --watch` sync every few minutes).

        `hint` (from the planner) names what may have changed since this store's read, so that
        only those records are compared; it is ignored when the files changed since the read.
        With RABBITSYNC_CHECK_WRITES set (the tests set it), every hinted write is checked
        against a write that compares every record."""
        if self.kept is not None:
            self.kept.take(self.path)  # what it holds is older than this write
        self._write(state, compact, hint)
        if (keep and self.kept is not None and self._doc is not None and self._gen is not None
                and self._sig is not None):
            self.kept.put(self.path, _Kept(self._sig, state, self._doc, self._gen,
                                           self.journal.good_len, self._positions))

    def _write(self, state: StoreState, compact: bool, hint: WriteHint | None = None) -> None:
        with self.lock():
            self.paths.ensure()
            self.storage.remove_stale_temps()
            if self._doc is None or self._sig != self.signature():
                self.read()  # never replace a file not seen whole: raises when it is bad
                hint = None  # it tells what changed since the read this state came from
            looked_at: dict[str, set[str]] = {}
            if hint is None:
                self._positions = no_positions()
            doc = encode_state(state, self._doc, hint, looked_at, self._positions)
            if hint is not None and checking():
                _check_hint(encode_state(state, self._doc), doc)
            if self._gen is not None:
                doc["meta"]["1"]["journal_gen"] = self._gen
            stable_ids(self._doc, doc, looked_at.keys())
            if compact or self._doc is None or self._gen is None or self._compaction_due():
                self._write_base(doc)
                return
            delta = diff(self._doc, doc, looked_at)
            if not delta:
                return
            self.journal.append(delta.line(self._gen))
            self._doc, self._sig = doc, self.signature()  # `doc` holds copies (encode_state)

    def _compaction_due(self) -> bool:
        base = self.storage.current_sig()
        return base is None or self.journal.size() > COMPACT_AT + base[2] // 4

    def _write_base(self, doc: dict[str, Any]) -> None:
        gen = uuid.uuid4().hex[:12]
        doc["meta"]["1"]["journal_gen"] = gen
        self.storage.write(doc)  # the commit point: the old journal's gen no longer matches
        self.journal.remove()
        self._doc, self._gen, self._sig = doc, gen, self.signature()

    @contextlib.contextmanager
    def lock(self, wait: float = 0.0) -> Iterator[None]:
        """Hold the profile's lock file; LockedError (exit 3) when another holder has it.

        Re-entrant within this Store (from any thread), so `transaction()` and `write()` work
        inside `with store.lock()`. `wait` seconds are spent retrying before giving up.
        """
        with self._guard:
            if self._depth == 0:
                self._lock_fd = self._acquire(wait)
            self._depth += 1
        try:
            yield
        finally:
            with self._guard:
                self._depth -= 1
                if self._depth == 0 and self._lock_fd is not None:
                    fd, self._lock_fd = self._lock_fd, None
                    with contextlib.suppress(OSError):
                        os.ftruncate(fd, 0)
                    os.close(fd)  # closing releases the flock

    def _acquire(self, wait: float) -> int:
        lock_file = self.paths.lock_file
        try:
            self.paths.ensure()
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:  # a read-only or full disk, or no permission
            raise write_error(exc, lock_file) from None
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise StoreError(
                        _("cannot lock {path} ({error})").format(path=lock_file,
                                                                 error=exc.strerror),
                        _("keep rabbitsync's files on a local disk"),
                    ) from None
                if time.monotonic() >= deadline:
                    holder = _read_pid(fd)
                    os.close(fd)
                    who = (_("pid {pid}").format(pid=holder) if holder
                           else _("pid unknown"))
                    raise LockedError(
                        _("another sync of profile {profile} is running ({who}); it holds "
                          "{path}").format(profile=self.paths.profile, who=who, path=lock_file),
                        _("wait for it to finish and run the command again; the lock is freed "
                          "by itself when that process ends"),
                    ) from None
                time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return fd

    @contextlib.contextmanager
    def transaction(self) -> Iterator[StoreState]:
        """Lock, read, yield the state; write it back if the block did not raise."""
        with self.lock():
            state = self.read()
            yield state
            self.write(state)


def _read_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text else None
    return None
