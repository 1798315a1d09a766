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
    parser.add_argument(
        "--pages",
        metavar="SUBSTRING",
        help="measure only pages whose name contains one of these (comma-separated)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", default=str(db.BENCH_DIR / "results.json"))
    parser.add_argument("--markdown", default=str(db.PROJECT_DIR / "BENCHMARKS.md"))
    args = parser.parse_args(argv)
    args.scales = (args.scales or ("small" if args.quick else "tenth,national")).split(",")
    args.seconds = args.seconds or (1.0 if args.quick else 5.0)
    args.warmup = 0.2 if args.quick else 0.5
    return args


def prepare(kind: str, scale: str, args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    """A fresh database for the scale, filled and query-counted in a production-like process."""
    from hec.scale.server import production_env

    url = db.fresh(kind, scale)
    out = db.BENCH_DIR / f"{kind}-{scale}.json"
    command = [
        sys.executable, "-m", "hec.scale.measure", "--scale", scale, "--db", kind,
        "--seed", str(args.seed), "--out", str(out), *(["--quiet"] if args.quick else []),
    ]  # fmt: skip
    print(f"== {kind} {scale}: generating", file=sys.stderr)
    subprocess.run(command, env=production_env(url), check=True)  # noqa: S603
    return url, json.loads(out.read_text())


def selected(name: str, pages: str | None) -> bool:
    """Whether `--pages` keeps this page (no filter keeps all; case-insensitive)."""
    if not pages:
        return True
    return any(part.strip().lower() in name.lower() for part in pages.split(",") if part.strip())


def run_kind(kind: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    """All scales served side by side (one gunicorn each) and measured in turn, page by page,
    so that whatever else the machine is doing weighs on every scale alike."""
    from hec.scale.load import load, sign_in
    from hec.scale.scales import BENCH_PASSWORD, BENCH_USERS
    from hec.scale.server import Server

    prepared = {scale: prepare(kind, scale, args) for scale in args.scales}
    servers: dict[str, Server] = {}
    try:
        for scale, (url, _) in prepared.items():
            servers[scale] = Server(url, log=db.BENCH_DIR / f"gunicorn-{kind}-{scale}.log").start()
        headers: dict[str, dict[str, dict[str, str]]] = {}
        for scale, (_, prep) in prepared.items():
            roles = {p["user"] for p in prep["pages"] if not p["api"] and p["user"] in BENCH_USERS}
            cookies = {
                role: sign_in(servers[scale].port, BENCH_USERS[role], BENCH_PASSWORD).cookies
                for role in roles
            }
            headers[scale] = {"anonymous": {}} | {
                role: {"Cookie": "; ".join(f"{k}={v}" for k, v in jar.items())}
                for role, jar in cookies.items()
            }
        rss_start = {scale: server.worker_rss_mb() for scale, server in servers.items()}
        measured: dict[str, dict[str, dict[str, Any]]] = {scale: {} for scale in prepared}
        bare_rounds: dict[str, list[dict[str, Any]]] = {scale: [] for scale in prepared}

        def measure(scale: str, page: dict[str, Any]) -> dict[str, Any]:
            prep = prepared[scale][1]
            if page["api"]:
                hdrs = {"Authorization": f"Bearer {prep['tokens'][page['user']]}"}
            else:
                hdrs = headers[scale].get(page["user"], {})
            port = servers[scale].port
            load(port, page["path"], headers=hdrs, seconds=args.warmup, concurrency=2)
            result = load(
                port, page["path"], headers=hdrs, seconds=args.seconds,
                concurrency=args.concurrency,
            )  # fmt: skip
            print(
                f"  {kind:<8} {scale:<8} {page['name']:<28} {result.rps:7.1f} req/s "
                f"p95 {result.percentile(95):7.1f} ms  errors {result.errors}",
                file=sys.stderr,
            )
            return {**page, **result.as_dict()}

        def bare_round() -> None:
            for scale, (_, prep) in prepared.items():
                bare_rounds[scale].append(measure(scale, prep["pages"][0]))

        names = [
            p["name"]
            for p in prepared[args.scales[-1]][1]["pages"][1:]
            if selected(p["name"], args.pages)
        ]
        bare_round()
        for i, name in enumerate(names):
            order = list(prepared) if i % 2 == 0 else list(reversed(prepared))
            for scale in order:
                page = next((p for p in prepared[scale][1]["pages"] if p["name"] == name), None)
                if page is not None:
                    measured[scale][name] = measure(scale, page)
            if i % 5 == 4:
                bare_round()
        bare_round()
        rss_end = {scale: server.worker_rss_mb() for scale, server in servers.items()}
    finally:
        for server in servers.values():
            server.stop()
        for scale in prepared:
            db.drop(kind, scale)

    results = []
    for scale, (_, prep) in prepared.items():
        rounds = bare_rounds[scale]
        bare = dict(rounds[0])
        for key in ("rps", "p50_ms", "p95_ms"):
            bare[key] = round(sum(r[key] for r in rounds) / len(rounds), 2)
        bare["rounds_rps"] = [r["rps"] for r in rounds]
        results.append(
            {
                "scale": scale,
                "db": kind,
                "db_version": prep["db_version"],
                "seed": prep["seed"],
                "generated": prep["generated"],
                "seconds_per_page": args.seconds,
                "concurrency": args.concurrency,
                "bare": bare,
                "pages": [measured[scale][n] for n in names if n in measured[scale]],
                "unavailable": prep["unavailable"],
                "worker_rss_mb": {"start": rss_start[scale], "end": rss_end[scale]},
            }
        )
    return results


def main(argv: list[str]) -> int:
    args = parse(argv)
    kinds = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    started = time.monotonic()
    runs = {kind: run_kind(kind, args) for kind in kinds}

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
