"""axe-core in a real browser: the serious or critical violations of a page, and a sweep of
several pages at desktop and phone width (also checking that nothing scrolls sideways)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
RUN_AXE = "async () => await axe.run(document, {resultTypes: ['violations']})"


def serious(results: dict) -> list[dict]:
    return [v for v in results["violations"] if v.get("impact") in {"serious", "critical"}]


def describe(violations: list[dict]) -> str:
    return json.dumps(
        [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": [{"target": n["target"], "html": n["html"][:160]} for n in v["nodes"][:5]],
            }
            for v in violations
        ],
        indent=2,
    )


def violations_on(page: Any) -> list[dict]:
    """Serious or critical violations of the page as it is now."""
    page.add_script_tag(path=str(AXE))
    return serious(page.evaluate(RUN_AXE))


def sweep(page: Any, base_url: str, paths: Iterable[str], widths=(1280, 360)) -> list[str]:
    """Visit every path at every width (already signed in); return the problems found."""
    problems = []
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        for path in paths:
            response = page.goto(base_url + path)
            assert response is not None and response.status == 200, path
            if violations := violations_on(page):
                problems.append(f"{path} at {width}px:\n{describe(violations)}")
            scroll = page.evaluate("document.documentElement.scrollWidth")
            if scroll > width:
                problems.append(f"{path}: {scroll}px wide at {width}px")
    return problems
