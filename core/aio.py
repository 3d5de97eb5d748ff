"""Asyncio helpers: work side by side (`together`), in a thread (`in_thread`), and a run that
a cancel stops at once (`stoppable`)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import Any, TypeVar

from core.progress import CancelToken, SyncCancelled

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


async def stoppable(run: Coroutine[Any, Any, T], cancel: CancelToken) -> T:
    """`run` as a task that `cancel` stops at once, whatever it awaits (a request to a slow
    server need not be answered first), until the run commits its write (`CancelToken.commit`).
    The run's own `finally` blocks end it cleanly, then SyncCancelled is raised here."""
    task = asyncio.ensure_future(run)
    loop = asyncio.get_running_loop()
    remove = cancel.on_cancel(lambda: loop.call_soon_threadsafe(task.cancel))
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        if me is not None and me.cancelling():  # the caller itself is cancelled: pass it on
            task.cancel()
            await asyncio.wait([task])
            raise
        raise SyncCancelled() from None
    finally:
        remove()
