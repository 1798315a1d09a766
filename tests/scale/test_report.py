from __future__ import annotations

from hec.scale.report import machine, markdown, summarize


def result(scale: str, rps: float, p95: float, queries: int, bare: float = 1000.0) -> dict:
    return {
        "scale": scale,
        "db": "sqlite",
        "db_version": "SQLite 3.40",
        "concurrency": 4,
        "seconds_per_page": 5.0,
        "generated": {"rows": {"people": 10}, "seconds": 1.0},
        "bare": {"rps": bare, "p95_ms": 2.0},
        "worker_rss_mb": {"start": [80.0, 80.0], "end": [90.0, 91.0]},
        "unavailable": ["later page"],
        "pages": [
            {"name": "people list", "path": "/p/", "user": "leader", "status": 200,
             "queries": queries, "rps": rps, "p50_ms": p95 / 2, "p95_ms": p95, "errors": 0},
            {"name": "fast", "path": "/f/", "user": "leader", "status": 200,
             "queries": 3, "rps": 900.0, "p50_ms": 1.0, "p95_ms": 2.0, "errors": 0},
        ],
    }  # fmt: skip


def test_summary_computes_the_three_goals():
    rows = {r["name"]: r for r in summarize([result("tenth", 400, 10, 5),
                                              result("national", 300, 20, 6)])}  # fmt: skip
    slow = rows["people list"]
    assert slow["throughput_ratio"] == 0.3
    assert slow["p95_growth"] == 2.0
    assert slow["queries"] == [5, 6]
    assert slow["misses"] == ["throughput", "growth", "queries"]
    assert rows["fast"]["misses"] == []


def test_markdown_report_has_machine_command_and_table():
    text = markdown(
        {"sqlite": [result("tenth", 600, 10, 5), result("national", 600, 11, 5)]},
        machine("SQLite 3.40"),
        "hec bench --db sqlite",
    )
    assert "`hec bench --db sqlite`" in text
    assert "cores" in text and "RAM" in text and "Python" in text
    assert "| people list | leader | 5 / 5 | 600 |" in text
    assert "later page" in text
    assert "missed" not in text.split("| people list")[1].splitlines()[0]
