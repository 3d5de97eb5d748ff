"""Shared fixtures: a private RABBITSYNC_HOME per test and the real sandbox over loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from core.i18n import set_language

_ENV_VARS = (
    "RABBITSYNC_BASE_URL",
    "RABBITSYNC_CONSUMER_TOKEN",
    "RABBITSYNC_EMPLOYEE_TOKEN",
    "RABBITSYNC_COMPANY_ID",
)


@pytest.fixture(autouse=True)
def rabbit_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own RABBITSYNC_HOME and no token from the developer's environment."""
    home = tmp_path / "rabbithome"
    home.mkdir()
    monkeypatch.setenv("RABBITSYNC_HOME", str(home))
    for var in _ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    # every sync's write that uses the planner's hint is checked against one comparing every
    # record (core.store.store.Store.write): a change the hint misses fails the test that made it
    monkeypatch.setenv("RABBITSYNC_CHECK_WRITES", "1")
    # English unless a test asks for bokmål (core.i18n): the machine's locale never decides
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")
    yield home
    set_language("en")


# The property tests draw the same examples on every run (a run that drew a new counterexample
# would refuse a change that did not cause it); to look further, run them with
# `--hypothesis-profile=explore` (random examples, more of them).
settings.register_profile("suite", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile("suite")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "real_rate_limit: the test's sandboxes allow Tripletex's 100 requests per "
        "rolling 10 s (the suite's allow more: see `suite_rate_limit`)")


SUITE_RATE_LIMIT = 5_000  # requests per rolling 10 s for the suite's sandboxes (see below)


@pytest.fixture(scope="session", autouse=True)
def suite_rate_limit() -> Iterator[None]:
    """Every sandbox of the suite answers as real Tripletex does, with one exception: it allows
    5,000 requests per rolling 10 s instead of Tripletex's 100. Many tests run dozens of syncs
    back to back against one sandbox (the fault matrix runs 90 against one), most with a client
    whose waits are recorded instead of slept (so "wait for the window" takes no time there and
    the real limit would only end them in RateLimitedError), and others would sit out Tripletex's
    window for seconds each, for nothing they test. The window is still rolling, `Remaining`
    still counts down and a 429 still sometimes lacks `X-Rate-Limit-Reset`: only the number is
    raised. Tests marked `real_rate_limit` (tests/test_rate_limit.py) get Tripletex's 100."""
    from core.sandbox import ratelimit

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ratelimit, "STRICT_LIMIT", SUITE_RATE_LIMIT)
        yield


@pytest.fixture(autouse=True)
def real_rate_limit(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test marked `real_rate_limit` gets Tripletex's own: 100 requests per rolling 10 s."""
    if request.node.get_closest_marker("real_rate_limit"):
        from core.sandbox import ratelimit

        monkeypatch.setattr(ratelimit, "STRICT_LIMIT", 100)


@pytest.fixture
def sandbox() -> Iterator[object]:
    """A small sandbox (seeded) on a free loopback port, stopped after the test. It answers as
    real Tripletex does (the suite raises only its rate limit: `suite_rate_limit`)."""
    from core.sandbox import Sandbox

    sb = Sandbox(seed=7, customers=40, projects=120, port=0)
    sb.start()
    try:
        yield sb
    finally:
        sb.stop()


@pytest.fixture
def secret_sb() -> Iterator[object]:
    """A sandbox that accepts tests.helpers' SECRET tokens (easy to search for everywhere)."""
    from core.sandbox import Sandbox
    from tests.helpers import SECRET_CONSUMER, SECRET_EMPLOYEE

    with Sandbox(seed=7, customers=60, projects=150, port=0, consumer_token=SECRET_CONSUMER,
                 employee_token=SECRET_EMPLOYEE) as sb:
        yield sb


@pytest.fixture
def cli_env(rabbit_home: Path) -> dict[str, str]:
    """Environment for running `rabbitsync` as a subprocess in the test's home."""
    env = {k: v for k, v in os.environ.items() if k not in _ENV_VARS}
    env["RABBITSYNC_HOME"] = str(rabbit_home)
    env["NO_COLOR"] = "1"
    return env


def _is_session_write(method: str, path: str) -> bool:
    return (method in ("POST", "PUT") and path.endswith("/token/session/:create")) or (
        method == "DELETE" and "/token/session/" in path
    )


@pytest.fixture(autouse=True)
def no_writes_to_tripletex(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every request any sandbox of this test received is checked when the sandbox stops: the
    client never sends a write to Tripletex except creating and deleting its own session.
    Tests that send writes to the sandbox on purpose (its own refusal tests) are marked
    `sandbox_writes`."""
    if request.node.get_closest_marker("sandbox_writes"):
        yield
        return
    from core.sandbox import Sandbox

    seen: list[tuple[str, str]] = []
    original_stop = Sandbox.stop

    def stop(self: Sandbox) -> None:
        try:
            seen.extend((r["method"], r["path"]) for r in self.admin.requests())
        finally:
            original_stop(self)

    monkeypatch.setattr(Sandbox, "stop", stop)
    yield
    writes = [(m, p) for m, p in seen if m != "GET" and not _is_session_write(m, p)]
    assert writes == [], f"rabbitsync sent writes to Tripletex: {writes[:5]}"


# The snapshots' sandboxes listen on fixed ports (tests/test_tui_snapshots.py and the bokmål
# snapshot files): two workers on one port fail with "port ... is taken". Every test that uses
# such a fixture must be in the port's xdist group; a file that imports the fixture does not
# get the defining file's pytestmark, so this says so at collection instead of in a rare CI run.
FIXED_PORT_FIXTURES = ("fixed_sandbox",)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if not any(name in getattr(item, "fixturenames", ()) for name in FIXED_PORT_FIXTURES):
            continue
        groups = [m.args[0] for m in item.iter_markers("xdist_group") if m.args]
        if not any(str(g).startswith("port-") for g in groups):
            raise pytest.UsageError(
                f"{item.nodeid} uses a fixed-port sandbox but is in no 'port-...' xdist group: "
                "set `pytestmark = ON_THE_PORT` (tests/test_tui_snapshots.py) in its file")
