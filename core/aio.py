"""Two asyncio helpers for work that runs side by side: `together` and `in_thread`."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def together(coros: Iterable[Awaitable[T]]) -> list[T]:
    """Run `coros` at once; their results in order. The first error is raised (as itself) once
    the others are cancelled and ended: nothing is left running."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


async def in_thread(fn: Callable[[], T]) -> T:
    """`fn()` in a worker thread, off the event loop. A thread cannot be stopped, so when the
    caller is cancelled this waits for `fn` to end before passing the cancel on: nothing goes on
    changing what `fn` works on after the caller has moved on."""
    fut = asyncio.ensure_future(asyncio.to_thread(fn))
    try:
        return await asyncio.shield(fut)
    except asyncio.CancelledError:
        await asyncio.wait([fut])
        raise
