"""Reading a chapter's themes: the list, one theme, and everything its page shows.

Every quote goes through the consent layer (`hec.listening.visibility`): only stories the
viewer may read, never a private story to someone who is not a leader, never a withdrawn one.
Counts and charts are aggregates over the theme's stories (withdrawn ones left out) computed in
a fixed number of queries, whatever the size of the chapter.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.utils import timezone

from hec.core.tenancy import ChapterAccess
from hec.listening.models import Consent, Story, StoryCode
from hec.listening.taxonomy import ZCode, category_label, effect_label, z_code_title
from hec.listening.visibility import chapter_stories, note_story_read
from hec.patterns.counts import live_memberships, teller_counts
from hec.patterns.engine import CATEGORY_BY_ID
from hec.patterns.models import Scope, Theme, ThemeStory
from hec.patterns.naming import theme_name

TREND_MONTHS = 12
QUOTES = 3
RELATED = 5


# --- the list ------------------------------------------------------------------------------


def chapter_themes(access: ChapterAccess) -> QuerySet[Theme]:
    """The chapter's active themes (not retired, not merged into another), biggest first."""
    return Theme.objects.filter(
        scope=Scope.CHAPTER,
        chapter=access.chapter,
        retired_at__isnull=True,
        merged_into__isnull=True,
    ).order_by("-size", "label", "id")


def with_category(themes: QuerySet[Theme], category_id: str) -> QuerySet[Theme]:
    """Themes whose categories include `category_id`. (A text match on the quoted id works on
    SQLite and PostgreSQL alike; ids are distinct words, so '"housing_quality"' never matches
    another id.)"""
    return themes.filter(categories__icontains=f'"{category_id}"')


def theme_for(access: ChapterAccess, public_id: str) -> Theme:
    """One active theme of the chapter, or 404 (other chapters', merged, retired, unknown)."""
    theme = chapter_themes(access).filter(public_id=public_id).first()
    if theme is None:
        raise Http404("No such theme.")
    return theme


def merged_target(access: ChapterAccess, public_id: str) -> Theme | None:
    """The active theme a merged theme of this chapter now lives in (its id still works)."""
    theme = (
        Theme.objects.filter(scope=Scope.CHAPTER, chapter=access.chapter, public_id=public_id)
        .select_related("merged_into")
        .first()
    )
    seen = set()
    while theme is not None and theme.merged_into_id is not None and theme.pk not in seen:
        seen.add(theme.pk)
        theme = theme.merged_into
    if theme is None or theme.retired_at is not None or theme.public_id == public_id:
        return None
    return theme


# --- trend ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthCount:
    month: datetime.date
    stories: int


@dataclass(frozen=True)
class Sparkline:
    """A trend as an inline SVG polyline (a 100 x 24 box) and the bars of a small chart."""

    points: str
    bars: tuple[tuple[float, float, float, float], ...]  # x, y, width, height (100 x 40 box)
    total: int
    peak: int


def last_months(today: datetime.date | None = None, n: int = TREND_MONTHS) -> list[datetime.date]:
    """The first days of the last `n` months, oldest first, this month last."""
    today = today or timezone.localdate()
    year, month = today.year, today.month
    months = []
    for _ in range(n):
        months.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _month(value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date().replace(day=1)
    return value.replace(day=1)


def trends(themes: list[Theme], today: datetime.date | None = None) -> dict[int, list[MonthCount]]:
    """Stories per month (by told_on) over the last twelve months, for several themes in one
    query."""
    months = last_months(today)
    counts: dict[int, dict[datetime.date, int]] = {t.pk: {} for t in themes}
    if themes:
        rows = (
            live_memberships(ThemeStory.objects.filter(theme__in=[t.pk for t in themes]))
            .filter(story__told_on__gte=months[0])
            .annotate(month=TruncMonth("story__told_on"))
            .values("theme_id", "month")
            .annotate(n=Count("story_id"))
            .order_by()
        )
        for row in rows:
            counts[row["theme_id"]][_month(row["month"])] = row["n"]
    return {
        pk: [MonthCount(m, by_month.get(m, 0)) for m in months] for pk, by_month in counts.items()
    }


def sparkline(trend: list[MonthCount]) -> Sparkline:
    peak = max((m.stories for m in trend), default=0)
    step = 100 / max(len(trend) - 1, 1)
    width = 100 / max(len(trend), 1)
    points, bars = [], []
    for i, m in enumerate(trend):
        share = m.stories / peak if peak else 0
        points.append(f"{i * step:.1f},{22 - 20 * share:.1f}")
        height = 38 * share
        bars.append(
            (
                round(i * width + width * 0.1, 2),
                round(40 - height, 2),
                round(width * 0.8, 2),
                round(height, 2),
            )
        )
    return Sparkline(" ".join(points), tuple(bars), sum(m.stories for m in trend), peak)


# --- one theme -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryShare:
    id: str
    label: str
    share: float
    z_codes: tuple[ZCode, ...]

    @property
    def percent(self) -> int:
        return round(100 * self.share)


@dataclass(frozen=True)
class Effect:
    id: str
    label: str


@dataclass(frozen=True)
class Quote:
    story: Story
    text: str
    language: str
    translation: str
    told_on: datetime.date
    teller: str  # a name when the viewer may see it, else ""
    representative: bool


@dataclass(frozen=True)
class Related:
    public_id: str
    label: str
    shared: int


@dataclass(frozen=True)
class CoCategory:
    id: str
    label: str
    stories: int


@dataclass(frozen=True)
class ChapterCount:
    name: str
    stories: int


@dataclass
class ThemePage:
    theme: Theme
    size: int
    tellers: int
    sessions: int
    trend: list[MonthCount]
    spark: Sparkline
    chapters: list[ChapterCount]
    categories: list[CategoryShare]
    effects: list[Effect]
    quotes: list[Quote]
    co_categories: list[CoCategory]
    shared_stories: list[Related]
    shared_tellers: list[Related]
    keywords: list[str] = field(default_factory=list)


def category_shares(theme: Theme) -> list[CategoryShare]:
    shares = []
    for item in theme.categories or []:
        if not isinstance(item, dict) or "id" not in item:
            continue
        category = CATEGORY_BY_ID.get(item["id"])
        codes = category.z_codes if category else ()
        shares.append(
            CategoryShare(
                id=item["id"],
                label=category_label(item["id"]),
                share=float(item.get("share") or 0),
                z_codes=tuple(ZCode(z, z_code_title(z)) for z in codes),
            )
        )
    return shares


def category_labels(theme: Theme) -> list[str]:
    return [
        category_label(item["id"])
        for item in theme.categories or []
        if isinstance(item, dict) and "id" in item
    ]


def may_see_teller(access: ChapterAccess) -> bool:
    return access.can("people.view")


def quotable_stories(access: ChapterAccess) -> QuerySet[Story]:
    """Stories this viewer may be shown as a quote: those they may read, and private ones only
    to leaders (not even to the member who collected it: a theme page is shared)."""
    stories = chapter_stories(access)
    if not access.can("stories.private.view"):
        stories = stories.exclude(consent=Consent.PRIVATE)
    return stories


def theme_quotes(access: ChapterAccess, theme: Theme, n: int = QUOTES, actor: Any = None):
    """Up to `n` quotes: the representatives the viewer may read first, then the theme's other
    readable stories by score. Private quotes shown to a leader are audited like any read."""
    rows = (
        ThemeStory.objects.filter(theme=theme, story__in=quotable_stories(access).values("pk"))
        .select_related("story", "story__teller")
        .order_by("-representative", "-score", "id")[:n]
    )
    show_teller = may_see_teller(access)
    quotes = []
    for row in rows:
        story = row.story
        teller = ""
        if show_teller:
            teller = story.teller.name if story.teller else story.teller_descriptor
        if story.consent == Consent.PRIVATE:
            note_story_read(access, story, actor)
        quotes.append(
            Quote(
                story=story,
                text=story.text,
                language=story.language,
                translation=story.translation,
                told_on=story.told_on,
                teller=teller,
                representative=row.representative,
            )
        )
    return quotes


def theme_chapters(theme: Theme) -> list[ChapterCount]:
    rows = (
        live_memberships(ThemeStory.objects.filter(theme=theme))
        .values("chapter__name")
        .annotate(n=Count("story_id"))
        .order_by("-n", "chapter__name")
    )
    return [ChapterCount(r["chapter__name"], r["n"]) for r in rows]


def co_occurring_categories(theme: Theme, n: int = RELATED) -> list[CoCategory]:
    """Other categories most often coded (confirmed or suggested) on the theme's stories."""
    own = {c["id"] for c in theme.categories or [] if isinstance(c, dict) and "id" in c}
    story_ids = live_memberships(ThemeStory.objects.filter(theme=theme)).values("story_id")
    rows = (
        StoryCode.objects.filter(story_id__in=story_ids, kind=StoryCode.Kind.CATEGORY)
        .exclude(code__in=own)
        .values("code")
        .annotate(n=Count("story_id", distinct=True))
        .order_by("-n", "code")[:n]
    )
    return [CoCategory(r["code"], category_label(r["code"]), r["n"]) for r in rows]


def _active_other(theme: Theme) -> Q:
    return Q(
        theme__scope=theme.scope,
        theme__retired_at__isnull=True,
        theme__merged_into__isnull=True,
    ) & ~Q(theme=theme)


RELATED_FIELDS = ("theme__public_id", "theme__label", "theme__auto_label", "theme__label_edited")


def _related(rows: Iterable[dict[str, Any]]) -> list[Related]:
    return [
        Related(
            r["theme__public_id"],
            theme_name(r["theme__label"], r["theme__auto_label"], r["theme__label_edited"]),
            r["n"],
        )
        for r in rows
    ]


def themes_sharing_stories(theme: Theme, n: int = RELATED) -> list[Related]:
    story_ids = live_memberships(ThemeStory.objects.filter(theme=theme)).values("story_id")
    rows = (
        live_memberships(ThemeStory.objects.filter(_active_other(theme), story_id__in=story_ids))
        .values(*RELATED_FIELDS)
        .annotate(n=Count("story_id", distinct=True))
        .order_by("-n", "theme__label")[:n]
    )
    return _related(rows)


def themes_sharing_tellers(theme: Theme, n: int = RELATED) -> list[Related]:
    tellers = (
        live_memberships(ThemeStory.objects.filter(theme=theme))
        .filter(story__teller__isnull=False)
        .values("story__teller")
    )
    rows = (
        live_memberships(ThemeStory.objects.filter(_active_other(theme), story__teller__in=tellers))
        .values(*RELATED_FIELDS)
        .annotate(n=Count("story__teller", distinct=True))
        .order_by("-n", "theme__label")[:n]
    )
    return _related(rows)


def theme_page_data(access: ChapterAccess, theme: Theme, actor: Any = None) -> ThemePage:
    """Everything the theme page (and the API's theme detail) shows, in a fixed number of
    queries."""
    memberships = ThemeStory.objects.filter(theme=theme)
    counts = teller_counts(memberships)
    trend = trends([theme])[theme.pk]
    return ThemePage(
        theme=theme,
        size=counts["size"],
        tellers=counts["tellers"],
        sessions=counts["sessions"],
        trend=trend,
        spark=sparkline(trend),
        chapters=theme_chapters(theme),
        categories=category_shares(theme),
        effects=[Effect(e, effect_label(e)) for e in theme.downstream or []],
        quotes=theme_quotes(access, theme, actor=actor),
        co_categories=co_occurring_categories(theme),
        shared_stories=themes_sharing_stories(theme),
        shared_tellers=themes_sharing_tellers(theme),
        keywords=[str(k) for k in theme.keywords or []],
    )


def member_stories(access: ChapterAccess, theme: Theme) -> list[ThemeStory]:
    """The theme's stories the viewer may read (for the split page), best first."""
    return list(
        ThemeStory.objects.filter(theme=theme, story__in=quotable_stories(access).values("pk"))
        .select_related("story")
        .order_by("-score", "id")
    )
