"""GET /chapters (mine) and GET /chapters/{chapter_slug}."""

from django.http import HttpRequest
from ninja import Router

from hec.api.schemas import ERRORS, ChapterOut, Error
from hec.core.tenancy import ChapterRequest, chapters_for, require

router = Router(tags=["chapters"])


@router.get("/chapters", response={200: list[ChapterOut], ERRORS: Error})
def list_chapters(request: HttpRequest):
    """The chapters you belong to."""
    return chapters_for(request.user)


@router.get("/chapters/{chapter_slug}", response={200: ChapterOut, ERRORS: Error})
@require("chapter.view")
def get_chapter(request: ChapterRequest, chapter_slug: str):
    """One chapter (resolved and access-checked by the tenancy middleware)."""
    return request.chapter
