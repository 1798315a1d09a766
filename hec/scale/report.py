"""Turn per-scale bench results into the three machine-independent ratios, BENCHMARKS.md and
JSON. Goals: throughput ÷ bare view ≥ 0.5; p95 at the largest scale ÷ smallest ≤ 1.25; equal
query counts at every scale."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import Any

THROUGHPUT_GOAL = 0.5
GROWTH_GOAL = 1.25


def machine(db_version: str = "") -> dict[str, Any]:
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import django

    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": sys.version.split()[0],
        "django": django.get_version(),
        "os": platform.platform(),
        "db": db_version,
    }


def summarize(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per page across scales (results ordered smallest scale first)."""
    first, last = results[0], results[-1]
    rows = []
    for page in last["pages"]:
        name = page["name"]
        by_scale = {}
        for result in results:
            match = next((p for p in result["pages"] if p["name"] == name), None)
            if match is not None:
                by_scale[result["scale"]] = match
        ratio = page["rps"] / last["bare"]["rps"] if last["bare"]["rps"] else 0.0
        base = by_scale.get(first["scale"])
        growth = (
            page["p95_ms"] / base["p95_ms"]
            if base and base["p95_ms"] and len(results) > 1
            else None
        )
        queries = [by_scale[r["scale"]].get("queries") for r in results if r["scale"] in by_scale]
        same_queries = len(set(queries)) == 1 and None not in queries
        errors = sum(p.get("errors", 0) for p in by_scale.values())
        status_ok = all(p.get("status") == 200 for p in by_scale.values())
        misses = []
        if ratio < THROUGHPUT_GOAL:
            misses.append("throughput")
        if growth is not None and growth > GROWTH_GOAL:
            misses.append("growth")
        if not same_queries:
            misses.append("queries")
        if errors or not status_ok:
            misses.append("errors")
        rows.append(
            {
                "name": name,
                "path": page["path"],
                "user": page["user"],
                "by_scale": by_scale,
                "throughput_ratio": round(ratio, 2),
                "p95_growth": round(growth, 2) if growth is not None else None,
                "queries": queries,
                "misses": misses,
            }
        )
    return rows


def markdown(runs: dict[str, list[dict[str, Any]]], info: dict[str, Any], command: str) -> str:
    """`runs` maps a database kind (sqlite, postgres) to its per-scale results."""
    lines = [
        "# Benchmarks",
        "",
        "Produced by `hec bench` (see docs/benchmarks-and-testing.md). Numbers depend on the",
        "machine; the ratios are what the goals are about, because they are measured in the same",
        "run on the same server: **throughput ÷ a bare Django view ≥ 0.5**, **p95 at the largest",
        "scale ÷ p95 at the smallest ≤ 1.25**, and **the same number of SQL queries at every",
        "scale**.",
        "",
        "## Machine and command",
        "",
        f"- {info['cores']} cores ({info['cpu'] or 'unknown CPU'}), {info['ram_gb']} GB RAM, "
        f"{info['os']}",
        f"- Python {info['python']}, Django {info['django']}, gunicorn with 2 sync workers",
        f"- Command: `{command}`",
        "- Load: a Python client with a fixed number of concurrent connections on the same "
        "machine (it competes with the server for the cores, equally for every page).",
        "",
    ]
    for results in runs.values():
        rows = summarize(results)
        scales = [r["scale"] for r in results]
        first, last = scales[0], scales[-1]
        lines += [
            f"## {results[0]['db_version']} — scales {', '.join(scales)}",
            "",
            f"{results[-1]['concurrency']} concurrent clients, {results[-1]['seconds_per_page']}"
            " s per page after a short warm-up; signed in as the bench leader of the bench "
            "chapter unless the user column says otherwise.",
            "",
        ]
        for result in results:
            rows_made = ", ".join(f"{n:,} {k}" for k, n in result["generated"]["rows"].items())
            rss = result["worker_rss_mb"]
            lines.append(
                f"- **{result['scale']}**: {rows_made} (generated in "
                f"{result['generated']['seconds']:.0f} s). Bare view: "
                f"{result['bare']['rps']:.0f} req/s, p95 {result['bare']['p95_ms']:.1f} ms. "
                f"Worker memory (RSS) {', '.join(f'{m:.0f}' for m in rss['start'])} MB at start,"
                f" {', '.join(f'{m:.0f}' for m in rss['end'])} MB after the run."
            )
        lines += [
            "",
            f"| Page | User | SQL queries ({' / '.join(scales)}) | req/s ({last}) | "
            f"p50 ms ({last}) | p95 ms ({' / '.join(scales)}) | req/s ÷ bare ({last}) | "
            f"p95 {last} ÷ {first} | Goals |",
            "|---|---|---|---:|---:|---:|---:|---:|---|",
        ]
        for row in rows:
            page = row["by_scale"][last]
            p95s = " / ".join(
                f"{row['by_scale'][s]['p95_ms']:.1f}" for s in scales if s in row["by_scale"]
            )
            queries = " / ".join("–" if q is None else str(q) for q in row["queries"])
            growth = "–" if row["p95_growth"] is None else f"{row['p95_growth']:.2f}"
            goals = "met" if not row["misses"] else "**missed: " + ", ".join(row["misses"]) + "**"
            lines.append(
                f"| {row['name']} | {row['user']} | {queries} | {page['rps']:.0f} | "
                f"{page['p50_ms']:.1f} | {p95s} | {row['throughput_ratio']:.2f} | {growth} | "
                f"{goals} |"
            )
        missing = results[-1].get("unavailable") or []
        if missing:
            lines += ["", "Registered but not in this code base yet: " + ", ".join(missing) + "."]
        lines.append("")
    return "\n".join(lines)
