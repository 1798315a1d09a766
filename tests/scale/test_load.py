"""The bench's HTTP pieces: the load loop and the form sign-in, against local servers."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from hec.scale.load import LoadResult, load, sign_in
from hec.scale.scales import BENCH_PASSWORD
from tests.factories import make_user


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        status = 200 if self.path == "/ok" else 404
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def tiny_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


def test_load_counts_requests_errors_and_percentiles(tiny_server):
    ok = load(tiny_server, "/ok", seconds=0.3, concurrency=2)
    assert ok.requests > 10 and ok.errors == 0 and ok.statuses == {200: ok.requests}
    assert 0 < ok.percentile(50) <= ok.percentile(95)
    missing = load(tiny_server, "/missing", seconds=0.2, concurrency=1, max_requests=5)
    assert missing.requests == missing.errors == 5


def test_load_result_summary():
    result = LoadResult(4, 1, 2.0, [1.0, 2.0, 3.0, 4.0], {200: 3, 500: 1})
    summary = result.as_dict()
    assert summary["rps"] == 2.0 and summary["errors"] == 1
    assert summary["statuses"] == {"200": 3, "500": 1}
    assert summary["p95_ms"] >= 3.8


@pytest.mark.django_db(transaction=True)
def test_sign_in_through_the_login_form(live_server, settings):
    user = make_user("soak@example.org")
    user.set_password(BENCH_PASSWORD)
    user.save()
    port = urlsplit(live_server.url).port
    client = sign_in(port, "soak@example.org", BENCH_PASSWORD)
    assert "sessionid" in client.cookies
    status, _, _ = client.get("/accounts/profile/")
    assert status == 200
    with pytest.raises(RuntimeError, match="failed"):
        sign_in(port, "soak@example.org", "wrong password")
