"""Gunicorn on a free loopback port with production-like settings, for the bench and the soak.

Traffic only ever goes to 127.0.0.1. `Server` starts gunicorn (sync workers), waits for
/healthz, reports the workers' resident memory and stops it.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from hec.scale import db

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def production_env(db_url: str) -> dict[str, str]:
    """Settings for a production-like run on loopback: DEBUG off, no HTTPS redirect, no MFA
    enrolment for the bench leader, static files from a collected, hashed manifest."""
    env = dict(os.environ)
    env.pop("PYTEST_VERSION", None)
    env.update(
        HEC_ENV="production",
        DEBUG="0",
        SECRET_KEY="bench-only-" + "k" * 50,
        ALLOWED_HOSTS=f"{HOST},localhost,testserver",
        DATABASE_URL=db_url,
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        HEC_REQUIRE_MFA="0",
        STATIC_ROOT=str(db.BENCH_DIR / "static"),
        LOG_LEVEL="ERROR",
        DJANGO_SETTINGS_MODULE="hec.settings",
    )
    return env


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Server:
    def __init__(self, db_url: str, workers: int = 2, log: Path | None = None):
        self.port = free_port()
        self.env = production_env(db_url)
        self.workers = workers
        self.log = log or db.BENCH_DIR / "gunicorn.log"
        self.proc: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, timeout: float = 60) -> Server:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(  # noqa: S603 (our own interpreter, fixed arguments)
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "hec.wsgi:application",
                    "--workers",
                    str(self.workers),
                    "--worker-class",
                    "sync",
                    "--bind",
                    f"{HOST}:{self.port}",
                    "--timeout",
                    "60",
                    "--log-level",
                    "warning",
                ],
                env=self.env,
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log}")
            try:
                conn = http.client.HTTPConnection(HOST, self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200 and len(self.worker_pids()) >= self.workers:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer /healthz in {timeout}s; see {self.log}")

    def worker_pids(self) -> list[int]:
        if self.proc is None:
            return []
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        try:
            return [int(p) for p in path.read_text().split()]
        except OSError:
            return []

    def worker_rss_mb(self) -> list[float]:
        return [round(rss_kb(pid) / 1024, 1) for pid in self.worker_pids()]

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
