"""The client's listing speed: `list_customers()` + `list_projects()` through `TripletexClient`
against a sandbox of 10,000 customers and 30,000 projects (Tripletex's 10,000 result cap on).
Prints seconds and the number of HTTP requests.

    .venv/bin/python bench/client_listing.py [--customers N] [--projects N] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import time

from bench import empty_window
from core.sandbox import Sandbox
from core.tripletex.client import TripletexClient


async def run_once(sb: Sandbox) -> tuple[float, int, int, int, int]:
    """(seconds, requests, customers, projects, project parts) for one full listing."""
    t0 = time.perf_counter()
    async with TripletexClient(sb.base_url, sb.consumer_token, sb.employee_token) as tx:
        customers = await tx.list_customers()
        projects = await tx.list_projects()
    return time.perf_counter() - t0, tx.requests, len(customers), len(projects.records), len(
        projects.digests
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=10_000)
    ap.add_argument("--projects", type=int, default=30_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with Sandbox(seed=1, customers=args.customers, projects=args.projects, port=0) as sb:
        asyncio.run(run_once(sb))  # warm up
        results = []
        for _ in range(args.runs):
            empty_window()  # each run starts with Tripletex's rate-limit window empty
            results.append(asyncio.run(run_once(sb)))
    best = min(results)
    secs, n, nc, np_, parts = best
    print(
        f"client listing: {secs:.2f} s best of {args.runs} "
        f"(median {sorted(r[0] for r in results)[len(results) // 2]:.2f} s), {n} requests "
        f"({nc} customers, {np_} projects in {parts} part(s))"
    )


if __name__ == "__main__":
    main()
