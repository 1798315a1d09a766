"""`hec generate --scale small|tenth|national --seed N [--db-url URL] [--reset]`

Fills an empty database with a realistic network (see `hec.scale.scales`), deterministically
for a seed, with bulk inserts. The steps are listed in `hec.scale.registry.STEPS`.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from typing import Any


def parse(argv: list[str]) -> argparse.Namespace:
    from hec.scale.scales import SCALES

    parser = argparse.ArgumentParser(prog="hec generate", description=__doc__.split("\n\n")[1])
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db-url", help="database to fill (default: DATABASE_URL or var/)")
    parser.add_argument("--reset", action="store_true", help="empty the database first")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    return parser.parse_args(argv)


def has_data() -> bool:
    from hec.accounts.models import User
    from hec.people.models import Chapter, Organization

    return any(m.objects.exists() for m in (Chapter, Organization, User))


def analyze() -> None:
    """Fresh statistics so the query planner sees the real table sizes."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def generate(scale: str, seed: int, *, quiet: bool = False) -> dict[str, Any]:
    """Run every registered step in one transaction; returns rows made per step and timings."""
    from django.db import transaction
    from django_scopes import scopes_disabled

    from hec.scale.context import GenContext
    from hec.scale.registry import STEPS
    from hec.scale.scales import SCALES

    ctx = GenContext(scale=SCALES[scale], seed=seed, quiet=quiet)
    counts: dict[str, int] = {}
    started = time.monotonic()
    # Millions of short-lived model instances: the cyclic GC would re-scan the live heap
    # over and over (a third of the time at national); reference counting frees them.
    gc.disable()
    try:
        with scopes_disabled(), transaction.atomic():
            for name, step in STEPS:
                counts[name] = step(ctx.for_step(name))
    finally:
        gc.enable()
    analyze()
    return {"scale": scale, "seed": seed, "rows": counts, "seconds": time.monotonic() - started}


def main(argv: list[str]) -> int:
    args = parse(argv)
    if args.db_url:
        os.environ["DATABASE_URL"] = args.db_url
    from hec.cli import _django_setup

    _django_setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    # call_command, unlike the command line, leaves the database connection open (a test's).
    call_command("migrate", interactive=False, verbosity=0, skip_checks=True)

    if has_data():
        if not args.reset:
            print(
                "hec generate: this database already has data; add --reset to empty it first.",
                file=sys.stderr,
            )
            return 1
        call_command("flush", interactive=False, verbosity=0)
    result = generate(args.scale, args.seed, quiet=args.quiet)
    print_summary(result)
    return 0


def print_summary(result: dict[str, Any]) -> None:
    from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_PASSWORD, BENCH_USERS

    rows = ", ".join(f"{n:,} {name}" for name, n in result["rows"].items())
    print(f"Generated scale {result['scale']} (seed {result['seed']}) in {result['seconds']:.1f}s")
    print(f"  {rows}")
    print(f"Bench sign-ins (chapter /c/{BENCH_CHAPTER_SLUG}/), password {BENCH_PASSWORD!r}:")
    for role, email in BENCH_USERS.items():
        print(f"  {role:<7} {email}")
