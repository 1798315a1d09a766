"""Prepare one scale for `hec bench` (in its own process, with production-like settings): fill
a fresh database and count SQL queries per page in-process. Writes a JSON result to --out."""

from __future__ import annotations

import argparse
import json
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
    """Prepare one scale: migrate, collect static, generate, issue tokens, resolve the pages
    and count their queries. The load itself is run by `hec.scale.bench` (all scales side by
    side, so a busy machine slows every scale alike)."""
    import django

    django.setup()
    from django.core.management import call_command
    from django_scopes import scopes_disabled

    from hec.accounts.models import User
    from hec.api.models import ApiToken
    from hec.people.models import Chapter
    from hec.scale.generate import generate
    from hec.scale.pages import BARE, Target, available, unavailable
    from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_USERS

    call_command("migrate", interactive=False, verbosity=0, skip_checks=True)
    collect_static()
    generated = generate(args.scale, args.seed, quiet=args.quiet)
    with scopes_disabled():
        users = {role: User.objects.get(email=email) for role, email in BENCH_USERS.items()}
        tokens = {role: ApiToken.issue(user=u, name="bench")[1] for role, u in users.items()}
        target = Target.for_chapter(Chapter.objects.get(slug=BENCH_CHAPTER_SLUG))
    pages = [(BARE, "/healthz"), *available(target)]
    counts = query_counts(pages, users, tokens)
    return {
        "scale": args.scale,
        "db": args.db,
        "db_version": db_version(),
        "seed": args.seed,
        "generated": generated,
        "tokens": tokens,
        "pages": [
            {"name": page.name, "path": path, "user": page.user, "api": page.api,
             **counts[page.name]}
            for page, path in pages
        ],
        "unavailable": [p.name for p in unavailable(target)],
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hec.scale.measure")
    parser.add_argument("--scale", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    result = run(args)
    with open(args.out, "w") as handle:
        json.dump(result, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
