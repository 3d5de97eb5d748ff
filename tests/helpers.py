"""Test helpers: build sandbox data sets and run the CLI in-process or as a subprocess."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from textual.app import App
from textual.screen import Screen

from core.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
# tokens that are easy to search for in outputs and files (the `secret_sb` fixture accepts them)
SECRET_CONSUMER = "cons-SECRET-0a1b2c"
SECRET_EMPLOYEE = "emp-SECRET-3d4e5f"


def env_tokens(monkeypatch: Any, base_url: str, consumer: str = SECRET_CONSUMER,
               employee: str = SECRET_EMPLOYEE) -> None:
    """Configure through the environment, so that no file legitimately holds a token."""
    monkeypatch.setenv("RABBITSYNC_BASE_URL", base_url)
    monkeypatch.setenv("RABBITSYNC_CONSUMER_TOKEN", consumer)
    monkeypatch.setenv("RABBITSYNC_EMPLOYEE_TOKEN", employee)


def org(base8: str) -> str:
    """A mod-11 valid organisation number from 8 digits (bumping the last until valid)."""
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    n = int(base8)
    while True:
        digits = f"{n:08d}"
        r = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        check = 0 if r == 0 else 11 - r
        if check != 10:
            return digits + str(check)
        n += 1


def customer(cid: int, name: str, number: int | None = None, org_no: str | None = None, inactive: bool = False) -> dict[str, Any]:
    return {
        "id": cid,
        "version": 1,
        "name": name,
        "customerNumber": number,
        "organizationNumber": org_no,
        "isInactive": inactive,
    }


def project(pid: int, name: str, number: str, customer_id: int | None, main: int | None = None, closed: bool = False, start: str = "2024-01-15") -> dict[str, Any]:
    return {
        "id": pid,
        "version": 1,
        "number": number,
        "name": name,
        "customer": {"id": customer_id} if customer_id is not None else None,
        "mainProject": {"id": main} if main is not None else None,
        "isClosed": closed,
        "startDate": start,
    }


def configure(sb: Any, profile: str = "default") -> None:
    """Point a profile at the sandbox."""
    for key, value in (
        ("base-url", sb.base_url),
        ("consumer-token", sb.consumer_token),
        ("employee-token", sb.employee_token),
    ):
        assert main(["--profile", profile, "config", "set", key, value]) == 0


def run_cli(capsys: Any, *args: str) -> tuple[int, str, str]:
    """Run `rabbitsync ARGS` in-process; returns (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def run_json(capsys: Any, *args: str) -> dict[str, Any]:
    code, out, err = run_cli(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def write_import(path: Path, customers: list[dict[str, Any]], projects: list[dict[str, Any]] | None = None) -> Path:
    path.write_text(json.dumps({"customers": customers, "projects": projects or []}), encoding="utf-8")
    return path


def subprocess_cli(env: dict[str, str], *args: str, timeout: float = 120,
                   input: str | None = None) -> subprocess.CompletedProcess[str]:
    """`rabbitsync ARGS` as a process; `input` is written to its stdin."""
    return subprocess.run(
        [sys.executable, "-m", "core.cli", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
    )


def start_held_sync(sb: Any, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """Start `rabbitsync sync --yes --json ARGS` as a process whose customer listing the sandbox
    answers slowly, and return once the run has made its session (the sandbox logs a request
    when it has answered it): the run then holds the profile's lock for about three seconds."""
    sb.admin.set_faults("slow@/customer:seconds=3:times=1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "core.cli", *args, "sync", "--yes", "--json"], cwd=ROOT,
        env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 20
    while not any(r["path"].endswith("/token/session/:create") for r in sb.admin.requests()):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"the sync never made a session: {proc.communicate()}")
        time.sleep(0.02)
    return proc


def screen_text(app: Any) -> str:
    """What the terminal shows of a running Textual app (Pilot), as text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def until(pilot: Any, ready: Any, what: str, timeout: float = 15.0) -> None:
    """Let the app run until `ready()` holds: a worker's result reaches the screen as a message
    some time after the worker ends, later still on a busy machine."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(f"after {timeout:.0f} s still not: {what}")
        await pilot.pause(0.02)


class ScreenApp(App[None]):
    """Test-only app that shows one screen (a screen's own behaviour, without the whole app)."""

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self._screen = screen

    def on_mount(self) -> None:
        self.push_screen(self._screen)


@contextlib.contextmanager
def sandbox_at(port: int) -> Iterator[Any]:
    """The snapshots' sandbox: the same data on a fixed loopback port, so that the base URL on
    screen is the same on every run (each snapshot file its own port); fails, saying so, when
    the port is taken."""
    import pytest

    from core.sandbox import Sandbox

    sb = Sandbox(seed=7, customers=40, projects=120, port=port)
    try:
        sb.start()
    except OSError as exc:
        pytest.fail(f"loopback port {port} is taken ({exc}); the snapshots need it free")
    try:
        yield sb
    finally:
        sb.stop()
