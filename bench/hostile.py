"""Figures for a hostile server, a bad clock and a full or read-only disk (README "Robustness"):
each case as cron runs it, `rabbitsync sync` as a process of its own, against a sandbox with the
fault switched on (`core/sandbox/faults.py`). For each: the exit code, the time it took, the
first words of its error, and what the next plain sync brought in.

    python bench/hostile.py [--slow-loris]

The disk cases mount a small tmpfs, so they need root (skipped otherwise). `--slow-loris` adds
the drip case at the default deadline, which waits it out: 2 minutes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import throwaway_home  # noqa: E402
from core.config import set_value  # noqa: E402
from core.paths import profile_paths  # noqa: E402
from core.sandbox import Sandbox  # noqa: E402

PEAK = ("import sys; from core.cli.main import main; code = main(sys.argv[1:]); "
        "peak = [ln for ln in open('/proc/self/status') if ln.startswith('VmHWM')]; "
        "print('peak_kb', peak[0].split()[1], file=sys.stderr); sys.exit(code)")


def configure(sb: Sandbox) -> None:
    for key, value in (("base-url", sb.base_url), ("consumer-token", sb.consumer_token),
                       ("employee-token", sb.employee_token)):
        set_value(profile_paths("default"), key, value)


def sync(*args: str) -> tuple[int, float, str, dict, int]:
    """`rabbitsync sync --json ARGS` as a process: (exit code, seconds, stderr's error line,
    its JSON, its peak memory in MB)."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, "sync", "--json", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    took = time.perf_counter() - t0
    lines = done.stderr.strip().splitlines()
    peak = int(lines[-1].split()[1]) // 1024 if lines and lines[-1].startswith("peak_kb") else 0
    err = next((ln for ln in lines if ln.startswith("rabbitsync:")), "")
    out = json.loads(done.stdout) if done.returncode == 0 and done.stdout.strip() else {}
    return done.returncode, took, err, out, peak


def row(case: str, code: int, took: float, err: str, extra: str = "") -> None:
    said = err.removeprefix("rabbitsync: ")
    print(f"{case:28} exit {code}  {took:6.1f} s  {extra}")
    if said:
        print(f"{'':28} {said[:150]}{'…' if len(said) > 150 else ''}")


def change(sb: Sandbox, n: int, tag: str) -> None:
    snap = sb.admin.snapshot()
    for c in snap["customers"][: n // 2]:
        sb.admin.update_customer(c["id"], name=f"{c['name']} {tag}")
    for p in snap["projects"][: n - n // 2]:
        sb.admin.update_project(p["id"], name=f"{p['name']} {tag}")


def arrived(tag: str) -> int:
    from core.store.store import Store

    state = Store(profile_paths("default")).read()
    return sum(r.name.endswith(f" {tag}") for r in [*state.customers.values(),
                                                     *state.projects.values()])


def server_cases(slow_loris: bool) -> None:
    with Sandbox(seed=12, customers=1500, projects=1500, port=0) as sb:
        configure(sb)
        sync("--yes")
        cases = [("gzip bomb (1 GiB, 1 MB sent)", "bomb@/customer:times=0"),
                 ("endless listing", "endless@/customer?isInactive=false:times=0"),
                 ("redirect", "redirect@/customer:times=0")]
        if slow_loris:
            cases.append(("slow-loris (1 byte / 5 s)", "drip@/customer:seconds=5:times=0"))
        for case, spec in cases:
            sb.admin.clear_requests()
            sb.admin.set_faults(spec)
            code, took, err, _out, peak = sync()
            sent = sum(r["path"].endswith("/customer") for r in sb.admin.requests())
            row(case, code, took, err, f"peak {peak} MB, {sent} customer requests")
        sb.admin.clear_faults()
        code, took, err, _out, _peak = sync()
        row("  then, faults off", code, took, err, "(the lock was free)")


def clock_cases() -> None:
    for minutes in (12, -12):
        throwaway_home()
        with Sandbox(seed=13, customers=300, projects=300, port=0,
                     clock_offset=-minutes * 60) as sb:
            configure(sb)
            sync("--yes")
            change(sb, 40, "skew")
            got = []
            for _ in range(3):
                code, took, err, _out, _peak = sync()
                got.append(arrived("skew"))
            row(f"clock {minutes:+d} min from Tripletex", code, took, err,
                f"changes in after each of 3 plain syncs: {got} of 40")


@contextlib.contextmanager
def small_disk(size: str) -> Iterator[Path | None]:
    mnt = Path(tempfile.mkdtemp(prefix="rabbitsync-disk-"))
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                            str(mnt)], capture_output=True).returncode:
        yield None
        return
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
        with contextlib.suppress(OSError):
            mnt.rmdir()


def fill(mnt: Path, leave: int) -> Path:
    filler = mnt / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"x" * 65536) > 0:
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def status_bytes() -> bytes:
    path = profile_paths("default").state_dir / "sync-status.json"
    return path.read_bytes() if path.exists() else b""


def disk_cases() -> None:
    with small_disk("4m") as mnt:
        if mnt is None:
            print("disk full / read-only: skipped (mounting a small filesystem needs root)")
            return
        os.environ["RABBITSYNC_HOME"] = str(mnt)
        with Sandbox(seed=14, customers=300, projects=600, port=0) as sb:
            configure(sb)
            sync("--yes")
            change(sb, 2, "first")
            sync()  # a journal line: the next write appends
            change(sb, 300, "full")
            filler = fill(mnt, 20 * 1024)
            before = status_bytes()
            code, took, err, _out, _peak = sync()
            moved = "moved" if status_bytes() != before else "unchanged"
            row("disk full (20 KB free)", code, took, err, f"status file {moved}")
            filler.unlink()
            code, took, err, out, _peak = sync()
            row("  then, space freed", code, took, err,
                f"plain sync (full={out.get('full')}): {arrived('full')} of 300 changes in")
            change(sb, 100, "ro")
            subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
            try:
                code, took, err, _out, _peak = sync()
                row("read-only disk", code, took, err)
            finally:
                subprocess.run(["mount", "-o", "remount,rw", str(mnt)], check=True)
            code, took, err, out, _peak = sync()
            row("  then, writable again", code, took, err,
                f"plain sync (full={out.get('full')}): {arrived('ro')} of 100 changes in")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--slow-loris", action="store_true", help="wait out the 120 s deadline")
    args = ap.parse_args()
    throwaway_home()
    server_cases(args.slow_loris)
    clock_cases()
    disk_cases()


if __name__ == "__main__":
    main()
