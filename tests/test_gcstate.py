"""The collector has one owner (core.gcstate): a sync run that ends while the Review screen is
open must not unfreeze the screen's state, and collection must come back after the last run."""

from __future__ import annotations

import gc
import threading

from core import gcstate


def test_a_run_ending_leaves_the_review_screens_state_frozen_and_collection_back_on():
    assert gc.isenabled() and gcstate.held() == (0, 0)
    screen = object()
    gcstate.keep_out(screen)
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with gcstate.quiet():
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen  # the screen's objects are still left alone
    finally:
        gcstate.let_go(screen)
    assert gc.get_freeze_count() == 0 and gcstate.held() == (0, 0)


def test_runs_side_by_side_turn_collection_back_on_only_when_the_last_ends():
    first_in, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with gcstate.quiet():
            first_in.set()
            second_done.wait(5)
            seen.append(gc.isenabled())  # the other run ended: still off for this one

    t = threading.Thread(target=first)
    t.start()
    first_in.wait(5)
    with gcstate.quiet():
        pass
    second_done.set()
    t.join(5)
    assert seen == [False]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_collector_the_user_turned_off_stays_off():
    gc.disable()
    try:
        with gcstate.quiet():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
