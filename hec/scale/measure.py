"""Measure one scale (run by `hec bench` in its own process, with production-like settings):
fill a fresh database, count SQL queries per page in-process, then load every page under
gunicorn and read the workers' memory. Writes a JSON result to --out."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any


def query_counts(pages: list, users: dict, tokens: dict) -> dict[str, dict[str, Any]]:
    """SQL queries for the second request of each page (the first warms caches)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    clients: dict[str, Client] = {}
    out: dict[str, dict[str, Any]] = {}
    for page, path in pages:
        if page.user not in clients:
            clients[page.user] = Client()
            if page.user in users:
                clients[page.user].force_login(users[page.user])
        client = clients[page.user]
        headers = {"Authorization": f"Bearer {tokens[page.user]}"} if page.api else {}
        try:
            client.get(path, headers=headers)
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(path, headers=headers)
            out[page.name] = {"status": response.status_code, "queries": len(ctx.captured_queries)}
        except Exception as exc:  # noqa: BLE001 (reported, the bench goes on)
            out[page.name] = {"status": 500, "queries": None, "error": repr(exc)[:300]}
    return out


def collect_static() -> None:
    """collectstatic (hashing + compression takes most of a minute) only when a source changed."""
    from django.conf import settings
    from django.contrib.staticfiles.finders import get_finders
    from django.core.management import call_command

    manifest = Path(str(settings.STATIC_ROOT)) / "staticfiles.json"
    if manifest.exists():
        newest = max(
            (
                storage.path(path)
                for finder in get_finders()
                for path, storage in finder.list(["CVS", ".*", "*~"])
            ),
            key=lambda p: Path(p).stat().st_mtime,
            default=None,
        )
        if newest is None or Path(newest).stat().st_mtime < manifest.stat().st_mtime:
            return
    call_command("collectstatic", interactive=False, verbosity=0)


def db_version() -> str:
    from django.db import connection

    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def run(args: argparse.Namespace) -> dict[str, Any]:
    import django

    django.setup()
    from django.core.management import call_command
    from django_scopes import scopes_disabled

    from hec.accounts.models import User
    from hec.api.models import ApiToken
    from hec.people.models import Chapter
    from hec.scale.generate import generate
    from hec.scale.load import load, sign_in
    from hec.scale.pages import BARE, Target, available, unavailable
    from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_PASSWORD, BENCH_USERS
    from hec.scale.server import Server

    call_command("migrate", interactive=False, verbosity=0, skip_checks=True)
    collect_static()
    generated = generate(args.scale, args.seed, quiet=args.quiet)
    with scopes_disabled():
        users = {role: User.objects.get(email=email) for role, email in BENCH_USERS.items()}
        tokens = {role: ApiToken.issue(user=u, name="bench")[1] for role, u in users.items()}
        target = Target.for_chapter(Chapter.objects.get(slug=BENCH_CHAPTER_SLUG))
    pages = available(target)
    counts = query_counts([(BARE, "/healthz"), *pages], users, tokens)

    results: list[dict[str, Any]] = []
    with Server(os.environ["DATABASE_URL"]) as server:
        sessions = {
            role: sign_in(server.port, BENCH_USERS[role], BENCH_PASSWORD)
            for role in {p.user for p, _ in pages if not p.api and p.user in BENCH_USERS}
        }
        rss_start = server.worker_rss_mb()

        def measure(page: Any, path: str) -> dict[str, Any]:
            if page.api:
                headers = {"Authorization": f"Bearer {tokens[page.user]}"}
            elif page.user in sessions:
                jar = sessions[page.user].cookies
                headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in jar.items())}
            else:
                headers = {}
            load(server.port, path, headers=headers, seconds=args.warmup, concurrency=2)
            result = load(
                server.port,
                path,
                headers=headers,
                seconds=args.seconds,
                concurrency=args.concurrency,
            )
            print(
                f"  {args.scale:<8} {page.name:<28} {result.rps:7.1f} req/s "
                f"p95 {result.percentile(95):7.1f} ms  errors {result.errors}",
                file=sys.stderr,
            )
            return {
                "name": page.name,
                "path": path,
                "user": page.user,
                "api": page.api,
                **counts.get(page.name, {}),
                **result.as_dict(),
            }

        bare_before = measure(BARE, "/healthz")
        for page, path in pages:
            results.append(measure(page, path))
        bare_after = measure(BARE, "/healthz")
        rss_end = server.worker_rss_mb()

    bare = dict(bare_before)
    bare["rps"] = round((bare_before["rps"] + bare_after["rps"]) / 2, 1)
    bare["rps_before_after"] = [bare_before["rps"], bare_after["rps"]]
    return {
        "scale": args.scale,
        "db": args.db,
        "db_version": db_version(),
        "seed": args.seed,
        "generated": generated,
        "seconds_per_page": args.seconds,
        "concurrency": args.concurrency,
        "bare": bare,
        "pages": results,
        "unavailable": [p.name for p in unavailable(target)],
        "worker_rss_mb": {"start": rss_start, "end": rss_end},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hec.scale.measure")
    parser.add_argument("--scale", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    result = run(args)
    with open(args.out, "w") as handle:
        json.dump(result, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
