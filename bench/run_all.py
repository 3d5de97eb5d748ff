"""Run every benchmark in `bench/` one after another and print what each printed, with the
machine it ran on. Figures, not pass/fail: the README's table is copied from this output.

    .venv/bin/python bench/run_all.py [--quick]

`--quick` runs each script on a tenth of the workload (a smoke run, not figures to report).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (script, full-size arguments, quick arguments)
BENCHES: list[tuple[str, list[str], list[str]]] = [
    ("floor.py", [], ["--customers", "1000", "--projects", "3000"]),
    ("client_listing.py", [], ["--customers", "1000", "--projects", "3000", "--runs", "1"]),
    ("sync.py", [], ["--customers", "1000", "--projects", "3000"]),
    ("matching.py", [], ["--n", "1000", "--repeat", "1"]),
    ("matching_quality.py", [], ["--seeds", "1", "--customers", "30", "--projects", "50"]),
    ("tui_startup.py", [], []),
    ("tui_review.py", [], []),
    ("tui_sync_responsive.py", [], []),
]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{cpu}, {os.cpu_count()} cores{mem}; Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="a tenth of the workload (smoke run)")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    failed = 0
    for script, full, quick in BENCHES:
        path = ROOT / "bench" / script
        if not path.exists():
            print(f"\n== {script}: not present")
            continue
        print(f"\n== {script}", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(path), *(quick if args.quick else full)],
                              cwd=ROOT, capture_output=True, text=True)
        lines = [ln for ln in proc.stdout.splitlines() if "saved to" not in ln]
        print("\n".join(lines))
        if proc.returncode != 0:
            failed += 1
            print(f"FAILED (exit {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}")
        print(f"({time.perf_counter() - t0:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
