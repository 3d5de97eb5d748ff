"""Security: tokens never leave the config file or the environment, files are private, TLS stays
verified, and the client never writes to Tripletex (see also the autouse `no_writes_to_tripletex`
fixture in conftest.py, which checks every sandbox of every test)."""

from __future__ import annotations

import json
import shutil
import ssl
import stat
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from core.paths import profile_paths
from core.tripletex.client import TripletexClient
from core.tripletex.errors import NetworkError
from tests.helpers import SECRET_CONSUMER, SECRET_EMPLOYEE, env_tokens, run_cli

CONSUMER, EMPLOYEE = SECRET_CONSUMER, SECRET_EMPLOYEE


def files_with(home: Path, needle: str) -> list[str]:
    return sorted(
        str(f.relative_to(home)) for f in home.rglob("*")
        if f.is_file() and needle in f.read_text(encoding="utf-8", errors="replace")
    )


def test_no_token_in_any_output_or_file_after_runs_with_faults(secret_sb, monkeypatch, capsys,
                                                               rabbit_home):
    env_tokens(monkeypatch, secret_sb.base_url)
    outputs: list[str] = []

    def run(*args: str) -> int:
        code, out, err = run_cli(capsys, *args)
        outputs.extend((out, err))
        return code

    assert run("test", "--json") == 0
    for spec in ("500@/customer:times=2", "429@/project:times=1", "drop@/customer:times=1",
                 "expire@/project:times=1", "malformed@/customer:times=1"):
        secret_sb.admin.set_faults(spec)
        assert run("sync", "--yes", "--full", "--json") == 0
    secret_sb.admin.set_faults("500@/customer:times=0")
    assert run("sync", "--full", "--json") == 1
    secret_sb.admin.clear_faults()
    secret_sb.admin.set_token(revoked=True)
    secret_sb.admin.expire_sessions()
    assert run("sync", "--json") == 1
    assert run("test") == 1
    for args in (("review", "--json"), ("export",), ("export", "--format", "csv"),
                 ("config", "show"), ("config", "show", "--json")):
        assert run(*args) == 0
    text = "\n".join(outputs)
    assert "SECRET" not in text
    assert files_with(rabbit_home, "SECRET") == []
    # the failed runs are in the history, with their cause, and still no token
    assert "Fix:" in text


def test_tokens_live_only_in_the_private_config_file(secret_sb, capsys, rabbit_home):
    for key, value in (("base-url", secret_sb.base_url), ("consumer-token", CONSUMER),
                       ("employee-token", EMPLOYEE)):
        code, out, err = run_cli(capsys, "config", "set", key, value)
        assert code == 0, err
        assert "SECRET" not in out + err
    code, out, err = run_cli(capsys, "sync", "--yes", "--json")
    assert code == 0, err
    code, shown, _ = run_cli(capsys, "config", "show")
    assert "SECRET" not in shown and EMPLOYEE[-4:] in shown  # masked: the last four only
    paths = profile_paths("default")
    assert files_with(rabbit_home, "SECRET") == [str(paths.config_file.relative_to(rabbit_home))]
    for f in (paths.config_file, paths.store_file):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    for d in (paths.config_dir, paths.data_dir, paths.state_dir, paths.log_dir):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d


def test_the_log_records_requests_without_tokens(secret_sb, monkeypatch, capsys, rabbit_home):
    env_tokens(monkeypatch, secret_sb.base_url)
    assert run_cli(capsys, "sync", "--yes", "--json")[0] == 0
    log = profile_paths("default").log_file.read_text(encoding="utf-8")
    assert "GET /customer" in log and "/token/session/" in log
    assert "SECRET" not in log


@pytest.fixture
def self_signed_https(tmp_path):
    """An https server on loopback with a certificate no one trusts."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a throw-away certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True, capture_output=True,
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = json.dumps({"value": {"token": "session-SECRET"}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/v2"
    finally:
        server.shutdown()
        server.server_close()


async def test_tls_verification_stays_on(self_signed_https):
    async with TripletexClient(self_signed_https, CONSUMER, EMPLOYEE, max_retries=0) as tx:
        with pytest.raises(NetworkError) as ei:
            await tx.who_am_i()
    text = ei.value.one_line()
    assert "certificate could not be verified" in text and "verification stays on" in text
    assert "SECRET" not in text


def test_an_unexpected_error_in_the_log_never_holds_a_token(secret_sb, capsys, rabbit_home):
    """The log's formatter masks the profile's tokens even in a traceback that carries one
    (the app logs unexpected errors with their traceback)."""
    import logging

    from core.logs import setup_logging

    for key, value in (("base-url", secret_sb.base_url), ("consumer-token", CONSUMER),
                       ("employee-token", EMPLOYEE)):
        assert run_cli(capsys, "config", "set", key, value)[0] == 0
    paths = profile_paths("default")
    setup_logging(paths, propagate=False)
    log = logging.getLogger("rabbitsync.tui")
    try:
        raise RuntimeError(f"PUT /v2/token/session/:create?consumerToken={CONSUMER} failed "
                           f"for {EMPLOYEE} with session /token/session/abcSECRETdef")
    except RuntimeError:
        log.exception("sync worker failed")
    text = paths.log_file.read_text(encoding="utf-8")
    assert "sync worker failed" in text and "RuntimeError" in text
    assert "SECRET" not in text
    assert files_with(rabbit_home, "SECRET") == [str(paths.config_file.relative_to(rabbit_home))]


@pytest.mark.parametrize("host", ["evil.localhost", "localhost.", "127.1", "[::ffff:7f00:1]"])
def test_plain_http_to_a_name_that_is_not_this_machine_is_refused_by_both_paths(
        secret_sb, monkeypatch, capsys, host):
    """`*.localhost` is not resolved by rabbitsync, so it need not be this machine: `config set`
    and RABBITSYNC_BASE_URL (one check for both) refuse it, and no token is sent."""
    url = f"http://{host}:{secret_sb.port}/v2"
    code, _out, err = run_cli(capsys, "config", "set", "base-url", url)
    assert code == 2 and "plain http" in err and "Fix:" in err
    env_tokens(monkeypatch, url)
    code, out, err = run_cli(capsys, "sync", "--yes", "--json")
    assert code == 1 and out == "" and "plain http" in err and "Fix:" in err
    assert secret_sb.admin.requests() == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:1/v2", "http://127.8.9.10:1/v2",
                                 "http://localhost:1/v2", "http://LOCALHOST:1/v2",
                                 "http://[::1]:1/v2", "https://tripletex.no/v2"])
def test_plain_http_to_this_machine_and_https_anywhere_are_taken_by_both_paths(capsys, url):
    assert run_cli(capsys, "config", "set", "base-url", url)[0] == 0
    TripletexClient(url, CONSUMER, EMPLOYEE)
