"""The REST API: /api/v1/, OpenAPI schema at /api/v1/openapi.json, docs at /api/v1/docs."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import NinjaAPI, Schema

from hec.core.tenancy import ChapterRequest, chapters_for


def signed_in(request: HttpRequest):
    user = request.user
    return user if user.is_authenticated else None


api = NinjaAPI(
    title="HEC Organizer API",
    version="1",
    urls_namespace="api",
    auth=signed_in,
)


class ChapterOut(Schema):
    slug: str
    name: str
    institution: str
    city: str


@api.get("/chapters", response=list[ChapterOut], tags=["chapters"])
def list_chapters(request: HttpRequest):
    return chapters_for(request.user)


@api.get("/chapters/{chapter_slug}", response=ChapterOut, tags=["chapters"])
def get_chapter(request: ChapterRequest, chapter_slug: str):
    return request.chapter  # resolved and access-checked by ChapterMiddleware
