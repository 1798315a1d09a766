"""Chapter themes: list, one theme with its page's data, rename.

Quotes go through the same consent function as the theme page (`hec.patterns.queries`): only
stories the caller may read, private ones only for leaders, withdrawn ones never. The teller's
name is given only to callers who may see the chapter's people.

No `from __future__ import annotations` (django-ninja reads the annotations at import time).
"""

import datetime
from typing import Annotated, Any

from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from hec.api.lookups import by_public_id
from hec.api.pagination import Pagination
from hec.api.schemas import ERRORS, Error, Input, _text
from hec.api.schemas_listening import CategoryId
from hec.core.tenancy import ChapterRequest, require
from hec.listening.taxonomy import category_label
from hec.patterns import editing
from hec.patterns.queries import chapter_themes, theme_page_data, with_category

router = Router(tags=["themes"])

THEMES = "/chapters/{chapter_slug}/themes"
THEME = "/chapters/{chapter_slug}/themes/{theme_id}"

Label = Annotated[str, _text(editing.LABEL_MAX, min_length=1)]


class ThemeCategoryOut(Schema):
    id: str
    label: str
    share: float


class ThemeOut(Schema):
    id: str = Field(..., alias="public_id")
    label: str
    label_edited: bool = Field(..., description="A person named it: later runs keep the name.")
    auto_label: str = Field(..., description="The name the latest pattern run suggested.")
    keywords: list[str]
    categories: list[ThemeCategoryOut]
    downstream: list[str]
    is_new_pattern: bool
    size: int
    tellers: int
    sessions: int
    split_from_id: str | None
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @staticmethod
    def resolve_categories(obj: Any) -> list[dict[str, Any]]:
        return [
            {"id": c["id"], "label": category_label(c["id"]), "share": float(c.get("share") or 0)}
            for c in obj.categories or []
            if isinstance(c, dict) and "id" in c
        ]

    @staticmethod
    def resolve_split_from_id(obj: Any) -> str | None:
        return obj.split_from.public_id if obj.split_from_id else None


class ZCodeOut(Schema):
    code: str
    title: str


class CategoryDetailOut(Schema):
    id: str
    label: str
    share: float
    z_codes: list[ZCodeOut]


class EffectOut(Schema):
    id: str
    label: str


class QuoteOut(Schema):
    story_id: str
    text: str
    language: str
    translation: str
    told_on: datetime.date
    teller: str | None = Field(
        None, description="Only for callers who may see the chapter's people; else null."
    )
    representative: bool


class MonthOut(Schema):
    month: datetime.date
    stories: int


class ChapterCountOut(Schema):
    name: str
    stories: int


class RelatedThemeOut(Schema):
    id: str
    label: str
    shared: int


class CoCategoryOut(Schema):
    id: str
    label: str
    stories: int


class ThemeDetailOut(Schema):
    id: str
    label: str
    label_edited: bool
    auto_label: str
    is_new_pattern: bool
    size: int
    tellers: int
    sessions: int
    keywords: list[str]
    chapters: list[ChapterCountOut]
    categories: list[CategoryDetailOut]
    downstream: list[EffectOut]
    trend: list[MonthOut] = Field(..., description="Stories per month told, last 12 months.")
    quotes: list[QuoteOut]
    co_occurring_categories: list[CoCategoryOut]
    themes_sharing_stories: list[RelatedThemeOut]
    themes_sharing_tellers: list[RelatedThemeOut]


class ThemeFilters(Schema):
    category: CategoryId | None = None


class ThemePatch(Input):
    label: Label


def _detail(request: ChapterRequest, theme: Any) -> dict[str, Any]:
    data = theme_page_data(request.chapter_access, theme, actor=request.user)
    return {
        "id": theme.public_id,
        "label": theme.label,
        "label_edited": theme.label_edited,
        "auto_label": theme.auto_label,
        "is_new_pattern": theme.is_new_pattern,
        "size": data.size,
        "tellers": data.tellers,
        "sessions": data.sessions,
        "keywords": data.keywords,
        "chapters": [{"name": c.name, "stories": c.stories} for c in data.chapters],
        "categories": [
            {
                "id": c.id,
                "label": c.label,
                "share": c.share,
                "z_codes": [{"code": z.code, "title": z.title} for z in c.z_codes],
            }
            for c in data.categories
        ],
        "downstream": [{"id": e.id, "label": e.label} for e in data.effects],
        "trend": [{"month": m.month, "stories": m.stories} for m in data.trend],
        "quotes": [
            {
                "story_id": q.story.public_id,
                "text": q.text,
                "language": q.language,
                "translation": q.translation,
                "told_on": q.told_on,
                "teller": q.teller or None,
                "representative": q.representative,
            }
            for q in data.quotes
        ],
        "co_occurring_categories": [
            {"id": c.id, "label": c.label, "stories": c.stories} for c in data.co_categories
        ],
        "themes_sharing_stories": [
            {"id": r.public_id, "label": r.label, "shared": r.shared} for r in data.shared_stories
        ],
        "themes_sharing_tellers": [
            {"id": r.public_id, "label": r.label, "shared": r.shared} for r in data.shared_tellers
        ],
    }


@router.get(THEMES, response={200: list[ThemeOut], ERRORS: Error})
@paginate(Pagination)
@require("themes.view")
def list_themes(request: ChapterRequest, chapter_slug: str, filters: Query[ThemeFilters]):
    """The chapter's active themes (not retired, not merged into another), biggest first.
    `category` keeps the themes with that category."""
    themes = chapter_themes(request.chapter_access).select_related("split_from")
    if filters.category is not None:
        themes = with_category(themes, filters.category)
    return themes


@router.get(THEME, response={200: ThemeDetailOut, ERRORS: Error})
@require("themes.view")
def get_theme(request: ChapterRequest, chapter_slug: str, theme_id: str):
    """One theme: counts, trend, chapters, categories with Z codes, downstream effects,
    co-occurring pressures and up to three quotes that honour consent (stories you may read;
    private ones only for leaders; the teller only if you may see the chapter's people)."""
    theme = by_public_id(chapter_themes(request.chapter_access), theme_id, "theme")
    return _detail(request, theme)


@router.patch(THEME, response={200: ThemeOut, ERRORS: Error})
@require("themes.edit")
def rename_theme(request: ChapterRequest, chapter_slug: str, theme_id: str, payload: ThemePatch):
    """Rename the theme. Later pattern runs keep the name a person gave."""
    theme = by_public_id(chapter_themes(request.chapter_access), theme_id, "theme")
    editing.rename(theme=theme, label=payload.label, actor=request.user)
    return chapter_themes(request.chapter_access).select_related("split_from").get(pk=theme.pk)
