"""A server that does not answer as Tripletex does: it drips its answer a byte at a time, sends
a gzip bomb, lists pages without end, or redirects. Each is the sandbox's own fault over real
loopback; each run ends with one clear error (cause and fix), within a bounded time and memory,
with the store as it was and the profile's lock free."""

from __future__ import annotations

import sys
import time

import pytest

from core.config import load_config
from core.errors import RabbitError
from core.paths import profile_paths
from core.sandbox import Sandbox
from core.store.store import Store
from core.sync.run import SyncOptions, run_sync
from core.tripletex.client import TripletexClient
from tests.helpers import ROOT, configure, run_cli, run_json


@pytest.fixture
def sb():
    with Sandbox(seed=5, customers=1500, projects=300, port=0) as s:
        yield s


async def sync(sb: Sandbox, **client_kw) -> dict:
    paths = profile_paths("default")
    async with TripletexClient(sb.base_url, sb.consumer_token, sb.employee_token,
                               **client_kw) as tx:
        report = await run_sync(paths, load_config(paths), SyncOptions(confirm=True), client=tx)
    return report.to_json()


def lock_is_free() -> bool:
    with Store(profile_paths("default")).lock():
        return True


async def test_a_slow_loris_fails_the_request_at_its_deadline_and_frees_the_lock(sb, capsys):
    """One byte every 0.2 s never trips the per-read timeout (1 s here); the total deadline of a
    request (2 s here; 120 s by default) does."""
    configure(sb)
    await sync(sb)
    before = run_json(capsys, "export")
    sb.admin.update_customer(sb.admin.snapshot()["customers"][0]["id"], name="Endret AS")
    sb.admin.set_faults("drip@/customer:seconds=0.2:times=0")
    t0 = time.monotonic()
    with pytest.raises(RabbitError) as ei:
        await sync(sb, timeout=1.0, deadline=2.0)
    took = time.monotonic() - t0
    text = ei.value.one_line()
    assert "more than 2 s to answer GET /customer" in text and "Fix:" in text
    assert took < 20  # generous: the deadline is 2 s and a deadline is not retried
    assert lock_is_free()
    assert run_json(capsys, "export") == before
    sb.admin.clear_faults()
    await sync(sb)
    assert any(c["name"] == "Endret AS" for c in run_json(capsys, "export")["customers"])


def test_a_gzip_bomb_is_not_inflated_past_the_cap(sb, cli_env):
    """1 GiB of zeros, about 1 MB on the wire: the run stops at the 32 MB cap. The run is a
    process of its own, so that its peak memory is its own (VmHWM: ru_maxrss would count this
    process's memory too, which the child had until its exec)."""
    import json
    import subprocess

    configure(sb)
    sb.admin.set_faults(f"bomb@/customer:times=0:bytes={1 << 30}")
    script = ("import sys; from core.cli.main import main; code = main(sys.argv[1:]); "
              "peak = [ln for ln in open('/proc/self/status') if ln.startswith('VmHWM')]; "
              "print('peak_kb', peak[0].split()[1], file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script, "sync", "--yes", "--json"], cwd=ROOT,
                          env=cli_env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    err, peak = done.stderr.strip().splitlines()
    assert "grew past 32 MB unpacked" in err and "Fix:" in err
    assert int(peak.split()[1]) < 250_000, peak  # KB, the whole process: far below 1 GiB
    assert not profile_paths("default").store_file.exists() or json.loads(
        profile_paths("default").store_file.read_text())


async def test_an_endless_listing_stops_at_tripletexs_own_result_cap(sb, capsys):
    configure(sb)
    sb.admin.set_faults("endless@/customer?isInactive=false:times=0")
    with pytest.raises(RabbitError) as ei:
        await sync(sb, max_retries=1)
    text = ei.value.one_line()
    assert "10,000" in text and "Fix:" in text
    listed = [r for r in sb.admin.requests()
              if r["path"].endswith("/customer") and r["query"].get("isInactive") == "false"]
    assert len(listed) <= 12  # 10 full pages of 1,000, then the one past the cap
    assert lock_is_free()
    assert not Store(profile_paths("default")).read().customers


def test_a_redirect_is_reported_as_the_url_redirecting(sb, capsys):
    configure(sb)
    sb.admin.set_faults("redirect@/customer:times=0")
    code, out, err = run_cli(capsys, "sync", "--yes", "--json")
    assert code == 1 and out == ""
    assert "redirects GET /customer to https://127.0.0.1" in err
    assert "does not follow redirects" in err and "Fix:" in err
    assert "rabbitsync bug" not in err and "?" not in err.split("redirects")[1].split(" (")[0]
    assert lock_is_free()


async def test_answers_packed_with_gzip_sync_as_plain_ones(capsys):
    """rabbitsync unpacks answers itself (a bounded piece at a time): a sandbox that packs its
    answers, as Tripletex's servers do, ends in the same registry."""
    for profile, packed in (("plain", False), ("packed", True)):
        with Sandbox(seed=6, customers=1200, projects=1500, port=0, gzip=packed) as s:
            configure(s, profile)
            paths = profile_paths(profile)
            async with TripletexClient(s.base_url, s.consumer_token, s.employee_token) as tx:
                await run_sync(paths, load_config(paths), SyncOptions(confirm=True), client=tx)
    assert run_json(capsys, "--profile", "packed", "export") == run_json(
        capsys, "--profile", "plain", "export")


@pytest.mark.parametrize("encoding", ["gzip", "deflate", ""])
async def test_a_packed_body_is_unpacked_whole_and_capped(encoding):
    import gzip
    import zlib

    import httpx

    from core.tripletex.exchange import BodyTooLarge, _read

    body = b'{"values": [' + b'{"id": 1, "name": "Fjord AS"},' * 5000 + b'{}]}'
    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "": bytes}[encoding](body)

    def answer() -> httpx.Response:
        headers = {"content-encoding": encoding} if encoding else {}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(packed))

    assert await _read(answer(), len(body)) == body
    with pytest.raises(BodyTooLarge):
        await _read(answer(), len(body) - 1)


async def test_an_encoding_not_asked_for_is_refused():
    import httpx

    from core.tripletex.exchange import _read

    with pytest.raises(httpx.DecodingError):
        await _read(httpx.Response(200, headers={"content-encoding": "br"},
                                   stream=httpx.ByteStream(b"\x00" * 10)), 100)
