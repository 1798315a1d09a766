"""Generator step: themes from real pattern runs (`hec.patterns.runs.execute_run`, the path
the terminal command takes) for the bench chapter, its affiliate and the whole network, so the
theme pages the bench measures have data. The runs read the stories the earlier steps made.

The engine is deterministic (seed 0) for the same stories; the public ids and times the run
gives its rows are then replaced by ones drawn from the step's random source and the
generated world's fixed "today", so the whole database stays deterministic for a seed.
"""

from __future__ import annotations

from typing import Any

from hec.patterns import runs
from hec.patterns.models import PatternRun, Scope, Theme
from hec.people.models import Chapter
from hec.scale.context import BASE_TIME, GenContext
from hec.scale.scales import BENCH_CHAPTER_SLUG


def _run(ctx: GenContext, scope: str, label: str, **owner: Any) -> PatternRun:
    run, _created = runs.create_run(scope, **owner)
    bar = ctx.progress(runs.PROGRESS_TOTAL, label)
    with bar:
        run = runs.execute_run(run, echo=lambda done, total, step: bar.advance_to(done))
    if run.status != PatternRun.Status.DONE:
        raise RuntimeError(f"{label} pattern run failed: {run.error}")
    return run


def themes(ctx: GenContext) -> int:
    chapter = Chapter.objects.select_related("affiliate").get(slug=BENCH_CHAPTER_SLUG)
    _run(ctx, Scope.CHAPTER, "themes chapter", chapter=chapter)
    _run(ctx, Scope.AFFILIATE, "themes affiliate", affiliate=chapter.affiliate)
    _run(ctx, Scope.NETWORK, "themes network")
    made = list(PatternRun.objects.order_by("pk"))
    for run in made:
        run.public_id = ctx.public_id()
    PatternRun.objects.bulk_update(made, ["public_id"])
    PatternRun.objects.update(created_at=BASE_TIME, started_at=BASE_TIME, finished_at=BASE_TIME)
    found = list(Theme.objects.order_by("pk"))
    for theme in found:
        theme.public_id = ctx.public_id()
    Theme.objects.bulk_update(found, ["public_id"], batch_size=ctx.batch_size)
    Theme.objects.update(created_at=BASE_TIME, updated_at=BASE_TIME)
    ctx.state["bench_chapter"] = chapter
    return len(found)
