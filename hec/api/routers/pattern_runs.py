"""Pattern runs of a chapter: start one (a background task) and read its progress."""

import datetime

from django.http import HttpResponse
from ninja import Field, Router, Schema
from ninja.responses import Status

from hec.api.lookups import by_public_id
from hec.api.schemas import ERRORS, Error
from hec.core.tenancy import ChapterRequest, require
from hec.patterns import runs
from hec.patterns.models import PatternRun, Scope

router = Router(tags=["pattern runs"])

RUNS = "/chapters/{chapter_slug}/pattern-runs"
RUN = RUNS + "/{run_id}"


class PatternRunOut(Schema):
    id: str = Field(..., alias="public_id")
    scope: str
    status: str = Field(..., description="queued, running, done or failed")
    percent: int = Field(..., description="0-100")
    progress_done: int
    progress_total: int
    step: str = Field(..., alias="progress_step", description='e.g. "coding 2000/10000"')
    step_label: str
    stories_count: int
    themes_count: int
    error: str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None

    @staticmethod
    def resolve_step_label(run: PatternRun) -> str:
        return runs.step_label(run)


@router.post(RUNS, response={200: PatternRunOut, 201: PatternRunOut, ERRORS: Error})
@require("patterns.run")
def start_pattern_run(request: ChapterRequest, chapter_slug: str) -> HttpResponse | Status:
    """Start finding the chapter's themes in the background (201). While a run is queued
    or running, that run is answered instead (200): poll it for progress."""
    before = runs.active_run(Scope.CHAPTER, request.chapter)
    run = runs.start_run(Scope.CHAPTER, request.chapter, actor=request.user)
    return Status(200 if before is not None and before.pk == run.pk else 201, run)


@router.get(RUN, response={200: PatternRunOut, ERRORS: Error})
@require("themes.view")
def get_pattern_run(request: ChapterRequest, chapter_slug: str, run_id: str):
    """A run's status and progress."""
    return by_public_id(
        PatternRun.objects.filter(scope=Scope.CHAPTER, chapter=request.chapter),
        run_id,
        "pattern run",
    )
