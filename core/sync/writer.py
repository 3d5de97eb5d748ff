"""The review screen's background writer: decisions are taken in memory at once and stored here,
in order, by one thread, in one store transaction per batch.

The transaction itself (read, decode, apply, encode, write: ~0.2 s for a 6 MB store) runs in one
helper process (`python -m core.sync.writer`, JSON lines over a pipe): in a thread it
would hold the GIL in long C calls (json) and stall the UI for that long on every write. The
thread only waits on the pipe, with the GIL free. The helper ends when its pipe closes.

- `submit` never waits on disk: it appends to a queue and wakes the thread.
- When decisions come faster than writes, the thread takes everything queued in one transaction;
  an `undo` that arrives while the decision it undoes is still queued cancels both.
- While a sync holds the profile lock (`LockedError`) the queue is kept and retried with backoff;
  the status says so. No decision is dropped; one the store refuses (say a sync settled the item
  meanwhile) is reported through `on_status`.
- One writer per profile (`writer_for`), so it outlives the screen: leaving review never loses a
  decision, and a review screen opened again loads the store with the queued decisions replayed.

No Textual here: the screen passes a thread-safe callback for status changes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from core.errors import LockedError, RabbitError
from core.i18n import _
from core.paths import ProfilePaths
from core.store.state import StoreState
from core.store.store import Store
from core.sync import review
from core.sync.merge import merge


@dataclass(frozen=True)
class Op:
    """One stored operation: `resolve` (item, action, local_key; `batch` for the decisions of
    one accept-all, undone as one), `merge` (item: the duplicate's key, local_key: the record it
    is merged into) or `undo` (of the last decision, on `item`). `seq` numbers the ops of one
    writer, so a batch sent twice is applied once (see `store_batch`)."""

    op: str
    item: str
    action: str = ""
    local_key: str | None = None
    seq: int = 0
    batch: str | None = None


@dataclass(frozen=True)
class WriterStatus:
    """What the writer is doing, for the status line."""

    pending: int  # operations not yet stored
    state: str  # idle | saving | locked | error
    message: str = ""


StatusCallback = Callable[[WriterStatus], None]


def apply_op(state: StoreState, op: Op) -> None:
    """Apply `op` to `state` as the screen applied it in memory (raises RabbitError if refused)."""
    if op.op == "resolve":
        review.resolve(state, op.item, op.action, op.local_key, batch=op.batch)
    elif op.op == "merge":
        merge(state, op.item, op.local_key or "")
    elif op.op == "undo":
        if not state.decisions or state.decisions[-1].get("item") != op.item:
            raise RabbitError(f"the last stored decision is not the one on {op.item}", "")
        review.undo_last(state)
    else:
        raise ValueError(f"unknown op {op.op!r}")


def store_batch(paths: ProfilePaths, ops: list[Op], writer: str = "") -> list[str]:
    """Apply `ops` in one store transaction; returns the ops the store refused, with why.
    LockedError when a sync holds the profile lock (nothing is written then).

    The store remembers the last op of `writer` it applied (`cursor["review_writer"]`), in the
    same transaction: a batch sent again (the helper died after writing, before answering) skips
    what is already stored instead of applying it twice."""
    refused: list[str] = []
    with Store(paths).transaction() as state:
        done = state.cursor.get("review_writer") or {}
        last = int(done.get("seq", 0)) if writer and done.get("writer") == writer else 0
        for op in ops:
            if op.seq and op.seq <= last:
                continue
            try:
                apply_op(state, op)
            except RabbitError as exc:
                refused.append(f"{op.item}: {exc.one_line()}")
        if writer and ops:
            state.cursor["review_writer"] = {"writer": writer, "seq": max(last, ops[-1].seq)}
    return refused


def _paths_doc(paths: ProfilePaths) -> dict[str, str | None]:
    return {k: v if v is None else str(v) for k, v in asdict(paths).items()}


def serve() -> None:
    """The helper process: one JSON request per stdin line ({"paths", "ops"}), one answer per
    stdout line: {"refused": [...]}, {"locked": text} or {"error": text}."""
    for line in sys.stdin:
        try:
            req = json.loads(line)
            p = req["paths"]
            paths = ProfilePaths(**{k: v if k == "profile" or v is None else Path(v) for k, v in p.items()})
            ops = [Op(**o) for o in req["ops"]]
            answer: dict[str, object] = {"refused": store_batch(paths, ops, req.get("writer", ""))}
        except LockedError as exc:
            answer = {"locked": exc.one_line()}
        except RabbitError as exc:
            answer = {"error": exc.one_line()}
        except Exception as exc:  # noqa: BLE001 - reported to the app, never a silent loss
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


class DecisionWriter:
    """Serialised, coalescing persistence of review decisions for one profile."""

    RETRY_FIRST = 0.1
    RETRY_MAX = 2.0
    MAX_FAILURES = 5

    def __init__(self, paths: ProfilePaths) -> None:
        self.paths = paths
        self.store = Store(paths)
        self.on_status: StatusCallback | None = None
        self._queue: list[Op] = []
        self._in_flight = 0  # the first n ops of the queue are being written
        self._qlock = threading.Lock()  # short: the queue only
        self._io_lock = threading.Lock()  # a transaction and the queue trim after it
        self._wake = threading.Condition(self._qlock)
        self._thread: threading.Thread | None = None
        self._status = WriterStatus(0, "idle")
        self._helper: subprocess.Popen[str] | None = None
        self.errors: list[str] = []
        self.writer_id = uuid.uuid4().hex  # with each op's seq: a resent batch applies once
        self._seq = 0

    # ---- the screen's side -------------------------------------------------------------------
    @property
    def status(self) -> WriterStatus:
        return self._status

    @property
    def pending(self) -> int:
        with self._qlock:
            return len(self._queue)

    def submit(self, op: Op) -> None:
        """Queue `op` for storing; returns at once."""
        with self._qlock:
            self._seq += 1
            op = replace(op, seq=self._seq)
            if op.op == "undo" and self._unstored_last(op.item):
                pass  # the decision (or batch) was never stored: forget both
            else:
                self._queue.append(op)
            self._ensure_thread()
            self._wake.notify_all()
        self._set_status("saving" if self.pending else "idle")

    def _unstored_last(self, item: str) -> bool:
        """Take the last queued decision on `item` (with the rest of its batch) off the queue
        when none of it is being written yet; True when it was (caller holds `_qlock`)."""
        queue, first = self._queue, self._in_flight
        if len(queue) <= first or queue[-1].op not in ("resolve", "merge") or queue[-1].item != item:
            return False
        start = len(queue) - 1
        batch = queue[-1].batch
        while batch is not None and start - 1 >= 0 and queue[start - 1].batch == batch:
            start -= 1
        if start < first:  # part of the batch is being written: the undo is stored too
            return False
        del queue[start:]
        return True

    def load(self) -> StoreState:
        """The store as it will be once the queue is written: read it and replay queued ops.
        Blocks only for a transaction in progress (call it from a worker thread)."""
        with self._io_lock:
            state = self.store.read()
            with self._qlock:
                queued = list(self._queue)
        for op in queued:
            try:
                apply_op(state, op)
            except RabbitError:
                continue
        return state

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued op is stored (or `timeout` seconds); True when the queue is
        empty. Wakes a writer that is waiting out a lock."""
        with self._wake:
            self._wake.notify_all()
            return self._wake.wait_for(lambda: not self._queue, timeout)

    # ---- the thread ----------------------------------------------------------------------------
    def _ensure_thread(self) -> None:
        """Start the thread if it is not running (caller holds `_qlock`)."""
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(
                # a daemon: quitting never hangs on a store locked by cron; the app flushes (and
                # says what is unsaved) before it quits, and the write itself is the helper's
                target=self._run, name=f"review-writer-{self.paths.profile}", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        delay, failures = self.RETRY_FIRST, 0
        while True:
            with self._qlock:
                if not self._queue or failures >= self.MAX_FAILURES:
                    self._thread = None
                    self._wake.notify_all()
                    break
            try:
                self._write_batch()
                delay, failures = self.RETRY_FIRST, 0
            except LockedError:
                # a sync holds the lock: keep the queue and wait for it, however long it runs
                self._set_status("locked", _("saving… (sync running)"))
                with self._wake:
                    self._wake.wait(delay)
                delay = min(delay * 2, self.RETRY_MAX)
            except Exception as exc:  # noqa: BLE001 - the thread must live on; the queue is kept
                # the store cannot be written: keep the queue (the next decision retries)
                failures += 1
                text = exc.one_line() if isinstance(exc, RabbitError) else f"{type(exc).__name__}: {exc}"
                self._set_status("error", _("not saved yet: {error}").format(error=text))
                with self._wake:
                    self._wake.wait(self.RETRY_MAX)
        if failures < self.MAX_FAILURES:
            self._set_status("idle")

    def _write_batch(self) -> None:
        with self._io_lock:
            with self._qlock:
                batch = list(self._queue)
                self._in_flight = len(batch)
            try:
                refused = self._store(batch)
            finally:
                with self._qlock:
                    self._in_flight = 0
            with self._qlock:
                del self._queue[: len(batch)]
                self._wake.notify_all()
        if refused:
            self.errors.extend(refused)
            self._set_status("error", _("not stored: {errors}").format(errors="; ".join(refused[:2])))
        else:
            self._set_status("saving" if self.pending else "idle")

    def _store(self, batch: list[Op]) -> list[str]:
        """`store_batch` in the helper process; in this thread if the helper cannot run."""
        request = json.dumps({"paths": _paths_doc(self.paths), "writer": self.writer_id,
                              "ops": [asdict(o) for o in batch]})
        try:
            helper = self._helper
            if helper is None or helper.poll() is not None:
                helper = self._helper = subprocess.Popen(
                    [sys.executable, "-m", "core.sync.writer"], cwd=_ROOT,
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                    text=True, encoding="utf-8",
                )
            assert helper.stdin is not None and helper.stdout is not None
            helper.stdin.write(request + "\n")
            helper.stdin.flush()
            line = helper.stdout.readline()
            if not line:
                raise OSError("the store helper ended")
        except OSError:  # no helper, or it died: here then (a batch it did store is skipped)
            self._helper = None
            return store_batch(self.paths, batch, self.writer_id)
        try:
            answer = json.loads(line)
        except ValueError:  # a broken answer: the batch may or may not be stored; resend it
            self._helper = None
            return store_batch(self.paths, batch, self.writer_id)
        if "locked" in answer:
            raise LockedError(answer["locked"])
        if "error" in answer:
            raise RabbitError(answer["error"])
        return list(answer["refused"])

    def _set_status(self, state: str, message: str = "") -> None:
        self._status = WriterStatus(self.pending, state, message)
        cb = self.on_status
        if cb is not None:
            cb(self._status)


_ROOT = str(Path(__file__).resolve().parents[2])  # where `tui` and `core` can be imported
_WRITERS: dict[Path, DecisionWriter] = {}
_WRITERS_LOCK = threading.Lock()


def unsaved(paths: ProfilePaths, timeout: float) -> tuple[int, str]:
    """Wait up to `timeout` s for this profile's queued decisions to be stored; returns how many
    are still not stored and why (0 and "" when none, or when review was never opened)."""
    with _WRITERS_LOCK:
        w = _WRITERS.get(paths.store_file)
    if w is None or w.flush(timeout):
        return 0, ""
    return w.pending, w.status.message


def writer_for(paths: ProfilePaths) -> DecisionWriter:
    """The one writer of this profile's store (created on first use)."""
    with _WRITERS_LOCK:
        w = _WRITERS.get(paths.store_file)
        if w is None:
            w = _WRITERS[paths.store_file] = DecisionWriter(paths)
        return w


if __name__ == "__main__":
    serve()
