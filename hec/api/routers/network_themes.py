"""Network and affiliate themes for a chapter's members: the same rules as the network theme
pages (`hec.patterns.network`): only themes told by at least three people, counted and quoted
over stories shared with the network (network or public consent, not withdrawn), quotes
anonymized — never the teller, the description, the collector or the session.

No `from __future__ import annotations` (django-ninja reads the annotations at import time).
"""

import datetime
from typing import Any

from ninja import Router, Schema
from ninja.pagination import paginate

from hec.api.pagination import Pagination
from hec.api.routers.themes import CategoryDetailOut, ChapterCountOut, EffectOut, MonthOut
from hec.api.schemas import ERRORS, Error
from hec.core.tenancy import ChapterRequest, require
from hec.patterns import network

router = Router(tags=["themes"])

THEMES = "/chapters/{chapter_slug}/network-themes"
THEME = "/chapters/{chapter_slug}/network-themes/{network_theme_id}"


class NetworkThemeOut(Schema):
    id: str
    label: str
    scope: str
    affiliate: str
    keywords: list[str]
    categories: list[str]
    downstream: list[str]
    is_new_pattern: bool
    stories: int
    tellers: int
    chapters: int


class AnonymizedQuoteOut(Schema):
    story_id: str
    chapter: str
    city: str
    text: str
    language: str
    translation: str
    told_month: datetime.date


class NetworkThemeDetailOut(NetworkThemeOut):
    category_details: list[CategoryDetailOut]
    effects: list[EffectOut]
    chapter_counts: list[ChapterCountOut]
    trend: list[MonthOut]
    quotes: list[AnonymizedQuoteOut]


def _summary(theme: network.NetworkTheme) -> dict[str, Any]:
    return {
        "id": theme.public_id,
        "label": theme.label,
        "scope": theme.scope,
        "affiliate": theme.affiliate,
        "keywords": list(theme.keywords),
        "categories": [c["id"] for c in theme.categories if isinstance(c, dict) and "id" in c],
        "downstream": list(theme.downstream),
        "is_new_pattern": theme.is_new_pattern,
        "stories": theme.stories,
        "tellers": theme.tellers,
        "chapters": theme.chapters,
    }


@router.get(THEMES, response={200: list[NetworkThemeOut], ERRORS: Error})
@paginate(Pagination)
@require("themes.view")
def list_network_themes(request: ChapterRequest, chapter_slug: str):
    """The network's themes and your affiliate's, told by at least three people. Empty for
    members who may not read other chapters' shared stories."""
    return [_summary(t) for t in network.themes_for_chapter(request.chapter_access)]


@router.get(THEME, response={200: NetworkThemeDetailOut, ERRORS: Error})
@require("themes.view")
def get_network_theme(request: ChapterRequest, chapter_slug: str, network_theme_id: str):
    """One network or affiliate theme: categories with Z codes, effects, chapters (named only
    when the theme spans several), trend and up to three anonymized quotes."""
    access = request.chapter_access
    page = network.theme_page(
        network.find(network.themes_for_chapter(access, network_theme_id), network_theme_id)
    )
    return {
        **_summary(page.theme),
        "category_details": [
            {
                "id": c.id,
                "label": c.label,
                "share": c.percent / 100,
                "z_codes": [{"code": z.code, "title": z.title} for z in c.z_codes],
            }
            for c in page.categories
        ],
        "effects": [{"id": e, "label": label} for e, label in page.effects],
        "chapter_counts": [{"name": c.name, "stories": c.stories} for c in page.chapters],
        "trend": [{"month": m.month, "stories": m.stories} for m in page.trend],
        "quotes": [
            {
                "story_id": q.public_id,
                "chapter": q.chapter_name,
                "city": q.city,
                "text": q.text,
                "language": q.language,
                "translation": q.translation,
                "told_month": q.told_month,
            }
            for q in page.quotes
        ],
    }
