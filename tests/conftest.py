"""Shared fixtures: a private RABBITSYNC_HOME per test and the real sandbox over loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

_ENV_VARS = (
    "RABBITSYNC_BASE_URL",
    "RABBITSYNC_CONSUMER_TOKEN",
    "RABBITSYNC_EMPLOYEE_TOKEN",
    "RABBITSYNC_COMPANY_ID",
)


@pytest.fixture(autouse=True)
def rabbit_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own RABBITSYNC_HOME and no token from the developer's environment."""
    home = tmp_path / "rabbithome"
    home.mkdir()
    monkeypatch.setenv("RABBITSYNC_HOME", str(home))
    for var in _ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def sandbox() -> Iterator[object]:
    """A small sandbox (seeded) on a free loopback port, stopped after the test."""
    from core.sandbox import Sandbox

    sb = Sandbox(seed=7, customers=40, projects=120, port=0)
    sb.start()
    try:
        yield sb
    finally:
        sb.stop()


@pytest.fixture
def cli_env(rabbit_home: Path) -> dict[str, str]:
    """Environment for running `rabbitsync` as a subprocess in the test's home."""
    env = {k: v for k, v in os.environ.items() if k not in _ENV_VARS}
    env["RABBITSYNC_HOME"] = str(rabbit_home)
    env["NO_COLOR"] = "1"
    return env
