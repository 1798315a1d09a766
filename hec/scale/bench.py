"""`hec bench [--db sqlite|postgres|both] [--quick] [--scales tenth,national]`

For each scale: a fresh database filled by `hec generate`, gunicorn (2 sync workers,
production-like settings) on a free loopback port, every page and API list endpoint of
`hec.scale.pages.PAGES` loaded at a fixed concurrency, SQL queries counted per request.
Writes BENCHMARKS.md and var/bench/results.json. `--quick`: the small scale, 1 s per page.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from hec.scale import db


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hec bench", description=__doc__.split("\n\n")[1])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument("--quick", action="store_true", help="small scale, 1 s per page")
    parser.add_argument("--scales", help="comma-separated, smallest first (default tenth,national)")
    parser.add_argument("--seconds", type=float, help="load per page (default 5; quick 1)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", default=str(db.BENCH_DIR / "results.json"))
    parser.add_argument("--markdown", default=str(db.PROJECT_DIR / "BENCHMARKS.md"))
    args = parser.parse_args(argv)
    args.scales = (args.scales or ("small" if args.quick else "tenth,national")).split(",")
    args.seconds = args.seconds or (1.0 if args.quick else 5.0)
    return args


def measure_scale(kind: str, scale: str, args: argparse.Namespace) -> dict[str, Any]:
    from hec.scale.server import production_env

    url = db.fresh(kind, scale)
    out = db.BENCH_DIR / f"{kind}-{scale}.json"
    command = [
        sys.executable, "-m", "hec.scale.measure",
        "--scale", scale, "--db", kind, "--seed", str(args.seed),
        "--seconds", str(args.seconds), "--concurrency", str(args.concurrency),
        "--warmup", "0.2" if args.quick else "0.5", "--out", str(out),
        *(["--quiet"] if args.quick else []),
    ]  # fmt: skip
    print(f"== {kind} {scale}", file=sys.stderr)
    try:
        subprocess.run(command, env=production_env(url), check=True)  # noqa: S603
    finally:
        db.drop(kind, scale)
    return json.loads(out.read_text())


def main(argv: list[str]) -> int:
    args = parse(argv)
    kinds = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    started = time.monotonic()
    runs = {kind: [measure_scale(kind, scale, args) for scale in args.scales] for kind in kinds}

    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hec.settings")
    from hec.scale.report import machine, markdown, summarize

    info = machine()
    command = "hec bench " + shlex.join(argv) if argv else "hec bench"
    Path(args.markdown).write_text(markdown(runs, info, command))
    payload: dict[str, Any] = {
        "command": command,
        "machine": info,
        "seconds": round(time.monotonic() - started, 1),
        "runs": runs,
        "summary": {kind: summarize(results) for kind, results in runs.items()},
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(payload, indent=2))
    misses = [
        f"{kind}: {row['name']} ({', '.join(row['misses'])})"
        for kind, rows in payload["summary"].items()
        for row in rows
        if row["misses"]
    ]
    print(f"Wrote {args.markdown} and {args.json} in {payload['seconds']:.0f} s.")
    if misses:
        print("Goals missed:\n  " + "\n  ".join(misses))
    return 0
