"""The store file's document <-> `StoreState`: the tables of the TinyDB document (see
`core.store.store` for the file itself) and the checks that refuse a document that is not a store.

`decode_state` tolerates what an older rabbitsync wrote (missing tables or fields take their
defaults, unknown fields are dropped) and refuses a newer schema; `encode_state` builds the
document that `Store.write` serialises once.
"""

from __future__ import annotations

import copy
import operator
from collections.abc import Callable
from dataclasses import fields
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from core.errors import StoreError
from core.i18n import _
from core.models import LocalCustomer, LocalProject, ReviewItem
from core.store.state import (
    SCHEMA_VERSION,
    Overwrite,
    RunRecord,
    Skipped,
    StoreState,
    SyncCursor,
    WriteHint,
    candidate_from_dict,
    review_to_dict,
)

T = TypeVar("T")


class BadShape(ValueError):
    """The JSON is valid but is not a rabbitsync store."""


# ---- document <-> state ---------------------------------------------------------------------------
def _table(doc: dict[str, Any], name: str) -> list[tuple[str, dict[str, Any]]]:
    t = doc.get(name)
    if t is None:
        return []
    if not isinstance(t, dict):
        raise BadShape(_("table {name} is not an object").format(name=repr(name)))
    for doc_id, rec in t.items():
        if not isinstance(rec, dict):
            raise BadShape(_("document {id} of table {name} is not an object").format(
                id=doc_id, name=repr(name)))
    return list(t.items())


def _ordered(doc: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """A list table's documents in document-id order."""
    try:
        return [rec for _i, rec in sorted(_table(doc, name), key=lambda kv: int(kv[0]))]
    except ValueError:
        raise BadShape(_("table {name} has a document id that is not a number").format(
            name=repr(name))) from None


def _by_int(doc: dict[str, Any], name: str) -> dict[int, dict[str, Any]]:
    try:
        return {int(i): rec for i, rec in _table(doc, name)}
    except ValueError:
        raise BadShape(_("table {name} has a document id that is not a number").format(
            name=repr(name))) from None


_FIELDS: dict[type, frozenset[str]] = {}


def _make(cls: Callable[..., T], rec: dict[str, Any], table: str) -> T:
    """`cls(**rec)`; unknown fields are dropped, missing ones take their defaults."""
    try:
        return cls(**rec)
    except TypeError:
        pass
    names = _FIELDS.setdefault(cls, frozenset(f.name for f in fields(cls)))  # type: ignore[arg-type]
    try:
        return cls(**{k: v for k, v in rec.items() if k in names})
    except TypeError as exc:
        raise BadShape(_("a document of table {name} lacks a field ({error})").format(
            name=repr(table), error=exc)) from None


def _check_record(rec: LocalCustomer | LocalProject, table: str) -> None:
    if not isinstance(rec.key, str) or not isinstance(rec.name, str):
        raise BadShape(_("a document of table {name} has a key or name that is not text").format(
            name=repr(table)))
    if rec.tripletex_id is not None and (
        not isinstance(rec.tripletex_id, int) or isinstance(rec.tripletex_id, bool)
    ):
        raise BadShape(_("{key} in table {name} has a tripletex_id that is not a number").format(
            key=rec.key, name=repr(table)))


def decode_state(doc: dict[str, Any], path: Path) -> StoreState:
    """A store document -> StoreState. Raises StoreError for a newer schema, BadShape otherwise."""
    meta_docs = _ordered(doc, "meta")
    meta = meta_docs[0] if meta_docs else {}
    version = meta.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BadShape(_("schema_version {version} is not a version number").format(
            version=repr(version)))
    if version > SCHEMA_VERSION:
        raise StoreError(
            _("the store file {path} was written by a newer rabbitsync (store schema {version}; "
              "this version reads schema {ours} and older); it was left as it is").format(
                path=path, version=version, ours=SCHEMA_VERSION),
            _("upgrade rabbitsync to the version that wrote it (pip install -U rabbitsync)"),
        )
    state = StoreState()
    if "cursor" in meta:
        if not isinstance(meta["cursor"], dict):
            raise BadShape(_("the cursor is not an object"))
        state.cursor = SyncCursor(copy.deepcopy(meta["cursor"]))  # a copy: the store diffs
        # the documents it read against the state it writes, so nothing may be shared
    if "counters" in meta:
        counters = meta["counters"]
        if not isinstance(counters, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in counters.values()
        ):
            raise BadShape(_("the key counters are not numbers"))
        state.counters = dict(counters)
    for _i, rec in _table(doc, "customers"):
        c = _make(LocalCustomer, rec, "customers")
        _check_record(c, "customers")
        state.customers[c.key] = c
    for _i, rec in _table(doc, "projects"):
        p = _make(LocalProject, rec, "projects")
        _check_record(p, "projects")
        state.projects[p.key] = p
    for _i, rec in _table(doc, "reviews"):
        cands = rec.get("candidates") or []
        if not isinstance(cands, list) or not all(isinstance(c, dict) for c in cands):
            raise BadShape(_("a review item's candidates are not a list of objects"))
        try:
            cand_list = [candidate_from_dict(c) for c in cands]
        except (KeyError, TypeError, ValueError):
            raise BadShape(_("a review candidate lacks its local_key or score")) from None
        r = _make(ReviewItem, {**rec, "candidates": cand_list}, "reviews")
        num = r.item[2:] if isinstance(r.item, str) and r.item.startswith("r-") else ""
        if not (num.isascii() and num.isdigit()):
            raise BadShape(_("review item id {item} is not of the form r-N").format(
                item=repr(r.item)))
        state.reviews[r.item] = r
    for rec in _ordered(doc, "ignored"):
        kind, tx_id = rec.get("kind"), rec.get("tripletex_id")
        if not isinstance(kind, str) or not isinstance(tx_id, int):
            raise BadShape(_("an ignored entry lacks its kind or tripletex_id"))
        state.ignored.add((kind, tx_id))
    state.overwrites = [_make(Overwrite, r, "overwrites") for r in _ordered(doc, "overwrites")]
    state.skipped = {i: _make(Skipped, r, "skipped") for i, r in _by_int(doc, "skipped").items()}
    # shared with the document the store keeps to diff against: snapshot records are replaced,
    # never changed in place (see StoreState)
    state.tx_customers = _by_int(doc, "tx_customers")
    state.tx_projects = _by_int(doc, "tx_projects")
    state.runs = [_make(RunRecord, r, "runs") for r in _ordered(doc, "runs")]
    state.decisions = _ordered(doc, "decisions")
    return state


_IDS: list[str] = []  # "1", "2", ...: document ids, made once
_KEY = operator.itemgetter("key")


def _ids(n: int) -> list[str]:
    """`_IDS`, made at least `n` long (it may be longer)."""
    if len(_IDS) < n:
        _IDS.extend(str(i) for i in range(len(_IDS) + 1, n + 1))
    return _IDS


def no_positions() -> dict[str, dict[str, int]]:
    """Positions (see `encode_state`) not known yet: made on the next hinted write."""
    return {"customers": {}, "projects": {}}


def _numbered(records: Any) -> dict[str, Any]:
    recs = list(records)
    return dict(zip(_ids(len(recs)), recs, strict=False))  # (the ids may be more)


def _copies(objs: Any, prev: dict[str, Any] | None, keys: Any = None) -> dict[str, Any]:
    """`{doc_id: dict(vars(obj))}`, numbered 1..n (or by `keys`). A record equal to `prev`'s
    document of the same id is that document itself (no copy; the store's diff then sees it
    unchanged at a glance)."""
    objs = list(objs)
    if keys is None:
        keys = _ids(len(objs))
    if not prev:
        return {k: dict(vars(o)) for k, o in zip(keys, objs, strict=False)}
    keys = keys[: len(objs)]
    now = [vars(o) for o in objs]
    olds = [prev.get(k) for k in keys]
    step = 256  # compare runs of records at C speed; look closer only where a run differs
    for i in range(0, len(now), step):
        if now[i:i + step] != olds[i:i + step]:
            for j in range(i, min(i + step, len(now))):
                if now[j] != olds[j]:
                    olds[j] = dict(now[j])
    return dict(zip(keys, olds, strict=True))


def _hinted_copies(
    records: dict[str, Any], prev: dict[str, Any] | None, touched: set[str], looked: set[str],
    at: dict[str, int],
) -> dict[str, Any] | None:
    """As `_copies`, when only the records `touched` (and those added after `prev`'s) can
    differ from `prev`: those are copied, the rest taken from `prev` as they are. None when
    `prev` does not number the records as `records` orders them (a record removed, say).

    `at` gives the position of each of `prev`'s records by key. When it does not cover `prev`
    it is made here (and `prev` checked); the store keeps it between writes (records are only
    ever added at the end by a sync run, which is what writes with a hint). The records added
    are put in it."""
    n = len(prev or ())
    if prev is None or n > len(records):
        return None
    if len(at) != n:
        at.clear()
        order = list(islice(records, n))
        if list(prev) != _IDS[:n]:
            return None
        try:
            if list(map(_KEY, prev.values())) != order:
                return None
        except (KeyError, TypeError):
            return None
        at.update(zip(order, range(n), strict=True))
    out = dict(prev)
    for key in touched:
        i = at.get(key)
        if i is None:  # added in this run: below
            continue
        if key not in records:  # removed: not a sync run's doing
            at.clear()
            return None
        out[_IDS[i]] = dict(vars(records[key]))
        looked.add(_IDS[i])
    for i, key in enumerate(islice(records, n, None), n):
        out[_IDS[i]] = dict(vars(records[key]))
        looked.add(_IDS[i])
        at[key] = i
    return out


def _hinted_snapshot(
    snap: dict[int, Any], prev: dict[str, Any] | None, ids: set[int], looked: set[str]
) -> dict[str, Any] | None:
    """A snapshot table when only `ids` were set or removed since `prev`."""
    if prev is None:
        return None
    out = dict(prev)
    for i in ids:
        key = str(i)
        looked.add(key)
        if i in snap:
            out[key] = snap[i]
        else:
            out.pop(key, None)
    return out


def encode_state(
    state: StoreState, prev: dict[str, Any] | None = None, hint: WriteHint | None = None,
    looked_at: dict[str, set[str]] | None = None, positions: dict[str, dict[str, int]] | None = None,
) -> dict[str, Any]:
    """StoreState -> the TinyDB document. The store keeps it to compare the next write with, so
    what the state changes in place (records' fields, the cursor, counters) is copied here, or
    taken from `prev` (the document last written) where it is unchanged; what is only ever
    replaced (snapshot records, decisions; see StoreState) is shared.

    With `hint` (what a sync run touched since `prev` was read), only those records of the big
    tables are looked at; the others are `prev`'s as they are. The tables made so (which give
    every record its id in `prev`) go in `looked_at`, with the ids of the documents looked at:
    no other document of theirs differs from `prev`'s. `positions` ("customers", "projects":
    key -> position in `prev`) is kept by the store from one write to the next (`_hinted_copies`)."""
    prev = prev or {}
    if hint is not None and prev:
        _ids(max(len(state.customers), len(state.projects)))
        looked: dict[str, set[str]] = {t: set() for t in (*hint.local, *hint.tx)}
        at = positions if positions is not None else no_positions()
        customers = _hinted_copies(state.customers, prev.get("customers"), hint.local["customers"],
                                   looked["customers"], at["customers"])
        projects = _hinted_copies(state.projects, prev.get("projects"), hint.local["projects"],
                                  looked["projects"], at["projects"])
        tx_customers = _hinted_snapshot(state.tx_customers, prev.get("tx_customers"),
                                        hint.tx["tx_customers"], looked["tx_customers"])
        tx_projects = _hinted_snapshot(state.tx_projects, prev.get("tx_projects"),
                                       hint.tx["tx_projects"], looked["tx_projects"])
        if looked_at is not None:
            made = {"customers": customers, "projects": projects, "tx_customers": tx_customers,
                    "tx_projects": tx_projects}
            looked_at.update((t, ids) for t, ids in looked.items() if made[t] is not None)
    else:
        customers = projects = tx_customers = tx_projects = None
    reviews = map(review_to_dict, state.reviews.values())
    ignored = ({"kind": k, "tripletex_id": i} for k, i in sorted(state.ignored))
    return {
        "meta": {
            "1": {
                "schema_version": SCHEMA_VERSION,
                "cursor": dict(copy.deepcopy(state.cursor)),
                "counters": dict(state.counters),
            }
        },
        "customers": customers if customers is not None
        else _copies(state.customers.values(), prev.get("customers")),
        "projects": projects if projects is not None
        else _copies(state.projects.values(), prev.get("projects")),
        "reviews": _numbered(reviews),
        "ignored": _numbered(ignored),
        "overwrites": _copies(state.overwrites, prev.get("overwrites")),
        "skipped": _copies(state.skipped.values(), prev.get("skipped"),
                           [str(i) for i in state.skipped]),
        "tx_customers": tx_customers if tx_customers is not None
        else dict(zip(map(str, state.tx_customers), state.tx_customers.values(), strict=True)),
        "tx_projects": tx_projects if tx_projects is not None
        else dict(zip(map(str, state.tx_projects), state.tx_projects.values(), strict=True)),
        "runs": _copies(state.runs, prev.get("runs")),
        "decisions": _numbered(state.decisions),
    }
