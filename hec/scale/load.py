"""A small HTTP load loop (threads + http.client) and form sign-in, loopback only.

gunicorn's sync workers close the connection after each response, so every request opens a
new TCP connection, as a browser behind a proxy without keep-alive would.
"""

from __future__ import annotations

import http.client
import re
import statistics
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

HOST = "127.0.0.1"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Client:
    """A minimal cookie-keeping client for one server on 127.0.0.1."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def request(
        self, method: str, path: str, body: str | None = None, headers: dict | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        try:
            all_headers = dict(self.headers) | (headers or {})
            if self.cookies:
                all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            data = response.read()
            for value in response.headers.get_all("Set-Cookie") or []:
                cookie: SimpleCookie = SimpleCookie()
                cookie.load(value)
                for key, morsel in cookie.items():
                    self.cookies[key] = morsel.value
            return response.status, dict(response.headers), data
        finally:
            conn.close()

    def get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        return self.request("GET", path)

    def post_form(self, path: str, data: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        """POST a form the way a browser does: CSRF token from the page just fetched."""
        token = self.cookies.get("csrftoken", "")
        return self.request(
            "POST",
            path,
            body=urlencode({"csrfmiddlewaretoken": token, **data}, doseq=True),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "X-CSRFToken": token,
            },
        )


def sign_in(port: int, email: str, password: str) -> Client:
    """Sign in through the real login form; returns a client holding the session cookie."""
    client = Client(port)
    status, _, body = client.get("/accounts/login/")
    match = CSRF_INPUT.search(body.decode())
    if status != 200 or not match:
        raise RuntimeError(f"login page answered {status} without a CSRF field")
    status, headers, _ = client.request(
        "POST",
        "/accounts/login/",
        body=urlencode(
            {"csrfmiddlewaretoken": match.group(1), "login": email, "password": password}
        ),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    if status != 302 or "sessionid" not in client.cookies:
        raise RuntimeError(f"sign-in as {email} failed: {status}")
    return client


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    statuses: dict[int, int]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return 0.0
        if len(self.latencies_ms) == 1:
            return self.latencies_ms[0]
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[int(p) - 1]

    def as_dict(self) -> dict:
        return {
            "requests": self.requests,
            "errors": self.errors,
            "rps": round(self.rps, 1),
            "p50_ms": round(self.percentile(50), 2),
            "p95_ms": round(self.percentile(95), 2),
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
        }


def load(
    port: int,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    seconds: float = 5.0,
    concurrency: int = 4,
    max_requests: int = 1_000_000,
) -> LoadResult:
    """GET `path` from `concurrency` threads for `seconds` (bounded in time and count)."""
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    deadline = time.monotonic() + seconds

    def worker() -> None:
        nonlocal errors
        local_lat: list[float] = []
        local_status: dict[int, int] = {}
        local_err = 0
        while time.monotonic() < deadline and len(local_lat) < max_requests:
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                conn.request("GET", path, headers=headers or {})
                response = conn.getresponse()
                response.read()
                conn.close()
                status = response.status
            except OSError:
                status = 0
            local_lat.append((time.perf_counter() - started) * 1000)
            local_status[status] = local_status.get(status, 0) + 1
            if status != 200:
                local_err += 1
        with lock:
            latencies.extend(local_lat)
            for key, value in local_status.items():
                statuses[key] = statuses.get(key, 0) + value
            errors += local_err

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return LoadResult(len(latencies), errors, elapsed, latencies, statuses)
