"""The floor: a bare httpx loop that pages through the same listings the sync makes and parses
them, against a sandbox of 10,000 customers and 30,000 projects. Prints seconds.

    python bench/floor.py [--customers N] [--projects N]
"""

from __future__ import annotations

import argparse
import time
from datetime import date, timedelta

import httpx

from bench import empty_window
from core.models import CUSTOMER_FIELDS, PROJECT_FIELDS
from core.sandbox import Sandbox


def floor(sb: Sandbox) -> tuple[float, int]:
    """Seconds and requests for: session, customers (active+inactive), projects by start year."""
    t0 = time.perf_counter()
    n = 0
    with httpx.Client(base_url=sb.base_url, timeout=60) as http:
        expiry = (date.today() + timedelta(days=2)).isoformat()
        r = http.post("/token/session/:create", json={
            "consumerToken": sb.consumer_token, "employeeToken": sb.employee_token, "expirationDate": expiry,
        })
        n += 1
        auth = ("0", r.json()["value"]["token"])

        def pages(path: str, params: dict) -> int:
            nonlocal n
            got, start = 0, 0
            while True:
                resp = http.get(path, params={**params, "from": start, "count": 1000}, auth=auth)
                n += 1
                resp.raise_for_status()
                values = resp.json()["values"]
                got += len(values)
                start += len(values)
                if len(values) < 1000:
                    return got

        for inactive in ("false", "true"):
            pages("/customer", {"isInactive": inactive, "fields": CUSTOMER_FIELDS})
        for year in range(1990, date.today().year + 2):
            pages("/project", {"startDateFrom": f"{year}-01-01", "startDateTo": f"{year + 1}-01-01",
                               "fields": PROJECT_FIELDS})
    return time.perf_counter() - t0, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=10_000)
    ap.add_argument("--projects", type=int, default=30_000)
    args = ap.parse_args()
    with Sandbox(seed=1, customers=args.customers, projects=args.projects, port=0) as sb:
        floor(sb)  # warm up
        empty_window()  # (67 requests: two floors in a row would wait for the rate limit)
        secs, n = floor(sb)
    print(f"floor: {secs:.2f} s, {n} requests ({args.customers} customers, {args.projects} projects)")


if __name__ == "__main__":
    main()
