"""Demo world steps for the patterns app (appended to hec.demo.world.STEPS): pattern runs, done
in this process, so the demo world has themes from its first page.

Run again, a step skips a scope whose last run is done and has no newer story; when it does
run again, theme identity (hec.patterns.identity) keeps the same themes, so nothing doubles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hec.patterns import runs
from hec.patterns.models import PatternRun, Scope
from hec.people.models import Affiliate, Chapter


def _up_to_date(scope: str, chapter: Any = None, affiliate: Any = None) -> bool:
    last = (
        runs.runs_of(scope, chapter, affiliate)
        .filter(status=PatternRun.Status.DONE)
        .order_by("-finished_at")
        .first()
    )
    if last is None or last.started_at is None:
        return False
    stories = runs.run_stories(scope, chapter, affiliate)
    return not stories.filter(created_at__gte=last.started_at).exists()


def _run(scope: str, chapter: Any = None, affiliate: Any = None) -> None:
    if not runs.run_stories(scope, chapter, affiliate).exists():
        return
    if _up_to_date(scope, chapter, affiliate):
        return
    run, _created = runs.create_run(scope, chapter=chapter, affiliate=affiliate)
    if run.status == PatternRun.Status.QUEUED:
        runs.execute_run(run)


def build_pattern_runs() -> None:
    for chapter in Chapter.objects.order_by("slug"):
        _run(Scope.CHAPTER, chapter=chapter)
    for affiliate in Affiliate.objects.order_by("slug"):
        _run(Scope.AFFILIATE, affiliate=affiliate)
    _run(Scope.NETWORK)


STEPS: list[tuple[str, Callable[[], None]]] = [
    ("pattern runs: chapter, affiliate and network themes", build_pattern_runs),
]
