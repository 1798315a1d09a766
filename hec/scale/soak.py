"""`hec bench soak [--users 50] [--minutes 10] [--short] [--db postgres|sqlite]`

A load soak with locust (loadtest/locustfile.py): signed-in leaders reading people pages and
API lists and writing (create through the API, edit through the web form), against gunicorn
(2 sync workers) on 127.0.0.1 over a fresh database at the `tenth` scale (`small` with
--short). Exits non-zero on any failed request. `--short`: 10 users for 60 s (CI).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from hec.scale import db

PROJECT = db.PROJECT_DIR


def prepare(scale: str, out: str) -> None:
    """In a production-like process: migrate, collect static, generate, issue a token."""
    import django

    django.setup()
    from django.core.management import call_command
    from django_scopes import scope, scopes_disabled

    from hec.accounts.models import User
    from hec.api.models import ApiToken
    from hec.people.models import Chapter, Person
    from hec.scale.generate import generate
    from hec.scale.measure import collect_static
    from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_PASSWORD, BENCH_USERS

    call_command("migrate", interactive=False, verbosity=0, skip_checks=True)
    collect_static()
    generate(scale, seed=1, quiet=True)
    with scopes_disabled():
        leader = User.objects.get(email=BENCH_USERS["leader"])
        _, token = ApiToken.issue(user=leader, name="soak")
        chapter = Chapter.objects.get(slug=BENCH_CHAPTER_SLUG)
    with scope(chapter=chapter):
        people = list(Person.objects.filter(archived_at__isnull=True).order_by("id")[:200])
    config = {
        "chapter_slug": chapter.slug,
        "email": leader.email,
        "password": BENCH_PASSWORD,
        "token": token,
        "person_ids": [p.public_id for p in people],
        "search_terms": sorted({p.name.split()[-1][:4] for p in people})[:30],
    }
    Path(out).write_text(json.dumps(config))


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hec bench soak", description=__doc__.split("\n\n")[1])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--short", action="store_true", help="10 users, 60 s")
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--json", default=str(db.BENCH_DIR / "soak.json"))
    args = parser.parse_args(argv)
    if args.short:
        args.users, args.minutes = 10, 1.0
    return args


def aggregated(stats_csv: Path) -> dict[str, Any]:
    with stats_csv.open() as handle:
        rows = list(csv.DictReader(handle))
    per_name = {
        r["Name"]: {
            "requests": int(r["Request Count"]),
            "failures": int(r["Failure Count"]),
            "p50_ms": float(r["50%"] or 0),
            "p95_ms": float(r["95%"] or 0),
        }
        for r in rows
    }
    return per_name


def main(argv: list[str]) -> int:
    if argv[:1] == ["_prepare"]:
        prepare(argv[1], argv[2])
        return 0
    args = parse(argv)
    from hec.scale.server import Server, production_env

    scale = "small" if args.short else "tenth"
    url = db.fresh(args.db, "soak")
    config_path = db.BENCH_DIR / "soak-config.json"
    prefix = db.BENCH_DIR / "soak"
    seconds = int(args.minutes * 60)
    try:
        subprocess.run(  # noqa: S603
            [sys.executable, "-m", "hec.cli", "bench", "soak", "_prepare", scale, str(config_path)],
            env=production_env(url),
            check=True,
        )
        with Server(url, log=db.BENCH_DIR / "soak-gunicorn.log") as server:
            rss_start = server.worker_rss_mb()
            env = production_env(url) | {"HEC_SOAK_CONFIG": str(config_path)}
            started = time.monotonic()
            locust = subprocess.run(  # noqa: S603
                [
                    sys.executable, "-m", "locust",
                    "-f", str(PROJECT / "loadtest" / "locustfile.py"),
                    "--headless", "--users", str(args.users),
                    "--spawn-rate", str(max(1, args.users // 5)), "--run-time", f"{seconds}s",
                    "--host", server.address, "--csv", str(prefix), "--only-summary",
                    "--stop-timeout", "10", "--loglevel", "WARNING",
                ],
                env=env,
                cwd=PROJECT,
                timeout=seconds + 120,
            )  # fmt: skip
            elapsed = time.monotonic() - started
            rss_end = server.worker_rss_mb()
    finally:
        db.drop(args.db, "soak")
    stats = aggregated(Path(f"{prefix}_stats.csv"))
    total = stats.get("Aggregated", {"requests": 0, "failures": 0, "p95_ms": 0.0})
    result = {
        "users": args.users,
        "seconds": round(elapsed, 1),
        "db": args.db,
        "scale": scale,
        "requests": total["requests"],
        "failures": total["failures"],
        "p95_ms": total["p95_ms"],
        "per_request": stats,
        "worker_rss_mb": {"start": rss_start, "end": rss_end},
        "locust_exit_code": locust.returncode,
    }
    Path(args.json).write_text(json.dumps(result, indent=2))
    print(
        f"Soak: {args.users} users, {elapsed:.0f} s, {total['requests']:,} requests, "
        f"{total['failures']} failures, p95 {total['p95_ms']:.0f} ms; worker RSS "
        f"{rss_start} MB at start, {rss_end} MB at end. ({args.json})"
    )
    ok = total["failures"] == 0 and locust.returncode == 0 and total["requests"] > 0
    if not ok:
        print(
            "Soak FAILED: see the failures above and var/bench/soak_failures.csv", file=sys.stderr
        )
    return 0 if ok else 1
