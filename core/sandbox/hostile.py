"""What a hostile or broken server sends, for the sandbox's faults `drip`, `bomb` and `endless`
(see `core.sandbox.faults`): an answer dripped one byte at a time, a gzip body that inflates to
far more than it weighs on the wire, and a listing whose pages never end.
"""

from __future__ import annotations

import contextlib
import threading
import time
import zlib
from typing import Any, BinaryIO

ENDLESS_FIRST_ID = 9_000_001
_BOMBS: dict[int, bytes] = {}
_BOMBS_LOCK = threading.Lock()


def gzip_bomb(size: int) -> bytes:
    """A gzip stream of `size` zero bytes (1 GiB weighs about 1 MB), made once per size."""
    with _BOMBS_LOCK:
        if size not in _BOMBS:
            z = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip header and trailer
            block = bytes(min(size, 1 << 20))
            out, left = [], size
            while left > 0:
                out.append(z.compress(block[:left]))
                left -= len(block)
            out.append(z.flush())
            _BOMBS[size] = b"".join(out)
        return _BOMBS[size]


def drip(out: BinaryIO, body: bytes, seconds: float) -> None:
    """Write `body` one byte every `seconds` (a slow-loris answer), until it is all written or
    the client has gone (the write fails)."""
    with contextlib.suppress(OSError):
        for i in range(len(body)):
            out.write(body[i:i + 1])
            out.flush()
            time.sleep(seconds)


def endless_page(query: dict[str, str]) -> dict[str, Any]:
    """A full page of new ids at every offset: a listing that never ends on a short page."""
    try:
        start = max(0, int(query.get("from") or 0))
        count = max(1, min(10_000, int(query.get("count") or 1000)))
    except ValueError:
        start, count = 0, 1000
    values = [{"id": ENDLESS_FIRST_ID + n, "version": 1, "name": f"Endless {n}",
               "isInactive": False} for n in range(start, start + count)]
    return {"fullResultSize": start + count + 1, "from": start, "count": count,
            "versionDigest": f"endless-{start}", "values": values}
