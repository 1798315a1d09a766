"""Fresh databases for the bench and the soak: a SQLite file under var/bench/ or a PostgreSQL
database `hec_bench_<name>` on 127.0.0.1:5432 (user postgres)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
BENCH_DIR = Path(os.environ.get("HEC_VAR_DIR", PROJECT_DIR / "var")) / "bench"
PG_SERVER = os.environ.get("HEC_BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def fresh(kind: str, name: str) -> str:
    """Create an empty database and return its URL."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    if kind == "sqlite":
        path = BENCH_DIR / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    if kind == "postgres":
        import psycopg

        database = f"hec_bench_{name}"
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{database}"')
        return f"{PG_SERVER}/{database}"
    raise ValueError(f"unknown database kind {kind!r} (sqlite or postgres)")


def drop(kind: str, name: str) -> None:
    if kind == "postgres":
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "hec_bench_{name}" WITH (FORCE)')
