"""GET /chapters (mine) and GET /chapters/{chapter_slug}."""

from django.http import HttpRequest
from ninja import Router
from ninja.responses import codes_4xx

from hec.api.schemas import ChapterOut, Error
from hec.core.tenancy import ChapterRequest, chapters_for, require

router = Router(tags=["chapters"])


@router.get("/chapters", response={200: list[ChapterOut], codes_4xx: Error})
def list_chapters(request: HttpRequest):
    """The chapters you belong to."""
    return chapters_for(request.user)


@router.get("/chapters/{chapter_slug}", response={200: ChapterOut, codes_4xx: Error})
@require("chapter.view")
def get_chapter(request: ChapterRequest, chapter_slug: str):
    """One chapter (resolved and access-checked by the tenancy middleware)."""
    return request.chapter
