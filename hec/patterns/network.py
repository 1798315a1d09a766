"""Themes beyond one chapter: network themes and affiliate themes, read across chapters.

Who sees which:
- a chapter member with `themes.view` and `stories.network.view` sees the network's themes and
  the themes of their chapter's affiliate (`chapter:theme-network`);
- a network admin (`network.view`) sees the network's and every affiliate's themes; an
  affiliate organizer the network's and their own affiliate's (`accounts:network-themes`).

What they see is the same, and never a person:
- only stories shared beyond their chapter (consent network or public) and not withdrawn count,
  are quoted or charted; a chapter-consent or private story never appears, even if a run put it
  in the theme before its consent changed;
- a theme shows at all only when those stories come from at least `MIN_TELLERS` distinct
  tellers (a teller: a recorded person; else a distinct description within its chapter; stories
  with neither count as one unknown teller per chapter);
- the counts (stories, tellers, chapters) are the ones stored on the theme by
  `hec.patterns.counts`, kept current by runs, edits and consent changes
  (`hec.patterns.signals`): a network/affiliate theme's memberships are only ever shared,
  non-withdrawn stories, and its stored counts count only those. Quotes, the trend and the
  chapters list still filter by consent when they are read;
- quotes are `AnonymizedStory` (hec.listening.visibility): the words, the chapter, roughly
  when — never the teller, the description, the collector or the session. The query loads only
  those columns.

Theme rows of these scopes have no chapter, so they are read under `scopes_disabled()`, here
only.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from hec.core.permissions import NetworkRole, network_role_can
from hec.core.tenancy import ChapterAccess
from hec.listening.taxonomy import ZCode, category_label, effect_label, z_code_title
from hec.listening.visibility import SHARED_BEYOND_CHAPTER, AnonymizedStory, anonymize
from hec.patterns.engine import CATEGORY_BY_ID
from hec.patterns.models import Scope, Theme, ThemeStory

MIN_TELLERS = 3
QUOTES = 3
TREND_MONTHS = 12


@dataclass(frozen=True)
class NetworkTheme:
    """A network or affiliate theme as the network pages show it (no Theme row leaves here:
    nothing in a template can reach its stories)."""

    pk: int
    public_id: str
    label: str  # as the reader sees it (hec.patterns.naming)
    scope: str
    affiliate: str  # the affiliate's name for an affiliate theme, else ""
    keywords: tuple[str, ...]
    categories: tuple[dict[str, Any], ...]
    downstream: tuple[str, ...]
    is_new_pattern: bool
    stories: int  # shared, not withdrawn
    tellers: int
    chapters: int

    @property
    def name(self) -> str:  # as a Theme's, for what reads both (hec.patterns.chain)
        return self.label

    @property
    def scope_label(self) -> str:
        return self.affiliate if self.scope == Scope.AFFILIATE else _("Network")

    @property
    def category_labels(self) -> list[str]:
        return [category_label(str(c["id"])) for c in self.categories if c.get("id")]

    # what hec.patterns.chain.theme_flows reads
    @property
    def size(self) -> int:
        return self.stories


def shared_memberships() -> QuerySet[ThemeStory]:
    """Theme memberships whose story may be seen beyond its chapter (call with scopes off)."""
    return ThemeStory.objects.filter(
        story__consent__in=SHARED_BEYOND_CHAPTER, story__withdrawn_at__isnull=True
    )


def _visible(scopes: Q, public_id: str | None = None) -> list[NetworkTheme]:
    with scopes_disabled():
        query = Theme.objects.filter(
            scopes,
            merged_into__isnull=True,
            retired_at__isnull=True,
            tellers__gte=MIN_TELLERS,  # stored counts: shared stories only (hec.patterns.counts)
        )
        if public_id is not None:
            query = query.filter(public_id=public_id)
        themes = list(query.exclude(scope=Scope.CHAPTER).select_related("affiliate"))
    shown = [
        NetworkTheme(
            pk=theme.pk,
            public_id=theme.public_id,
            label=theme.name,
            scope=theme.scope,
            affiliate=theme.affiliate.name if theme.affiliate else "",
            keywords=tuple(str(k) for k in theme.keywords or []),
            categories=tuple(c for c in theme.categories or [] if isinstance(c, dict)),
            downstream=tuple(str(e) for e in theme.downstream or []),
            is_new_pattern=theme.is_new_pattern,
            stories=theme.size,
            tellers=theme.tellers,
            chapters=theme.chapters,
        )
        for theme in themes
    ]
    # network themes first, then affiliates by name; biggest first within each
    shown.sort(key=lambda t: (t.scope != Scope.NETWORK, t.affiliate, -t.stories, t.label, t.pk))
    return shown


def themes_for_chapter(access: ChapterAccess, public_id: str | None = None) -> list[NetworkTheme]:
    """The network's themes and the chapter's affiliate's, for a chapter member (only the one
    with `public_id` when given)."""
    if not (access.can("themes.view") and access.can("stories.network.view")):
        return []
    return _visible(
        Q(scope=Scope.NETWORK) | Q(scope=Scope.AFFILIATE, affiliate_id=access.chapter.affiliate_id),
        public_id,
    )


def themes_for_user(user: Any, public_id: str | None = None) -> list[NetworkTheme]:
    """For the network pages: a network admin sees every network and affiliate theme; an
    affiliate organizer the network's and their own affiliate's (only the one with
    `public_id` when given)."""
    if not (
        getattr(user, "is_authenticated", False)
        and user.is_active
        and network_role_can(user.network_role, "network.view")
    ):
        return []
    if user.network_role == NetworkRole.NETWORK_ADMIN:
        return _visible(Q(scope=Scope.NETWORK) | Q(scope=Scope.AFFILIATE), public_id)
    return _visible(
        Q(scope=Scope.NETWORK) | Q(scope=Scope.AFFILIATE, affiliate_id=user.affiliate_id),
        public_id,
    )


def find(themes: Iterable[NetworkTheme], public_id: str) -> NetworkTheme:
    """One of the themes the viewer may see, or 404 (too few tellers, another affiliate's,
    a chapter's, merged, retired, unknown: all alike)."""
    for theme in themes:
        if theme.public_id == public_id:
            return theme
    raise Http404("No such theme.")


# --- one theme's page ------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryShare:
    id: str
    label: str
    percent: int
    z_codes: tuple[ZCode, ...]


@dataclass(frozen=True)
class ChapterCount:
    name: str
    stories: int


@dataclass(frozen=True)
class MonthCount:
    month: datetime.date
    stories: int
    percent: int  # of the busiest month, for the bar


@dataclass
class NetworkThemePage:
    theme: NetworkTheme
    categories: list[CategoryShare]
    effects: list[tuple[str, str]]
    chapters: list[ChapterCount]  # names only when the theme spans chapters
    trend: list[MonthCount]
    quotes: list[AnonymizedStory]


def category_shares(theme: NetworkTheme) -> list[CategoryShare]:
    shares = []
    for item in theme.categories:
        category = CATEGORY_BY_ID.get(str(item.get("id", "")))
        if category is None:
            continue
        shares.append(
            CategoryShare(
                id=category.id,
                label=category_label(category.id),
                percent=round(100 * float(item.get("share") or 0)),
                z_codes=tuple(ZCode(z, z_code_title(z)) for z in category.z_codes),
            )
        )
    return shares


def _months(today: datetime.date, n: int) -> list[datetime.date]:
    year, month = today.year, today.month
    months = []
    for _i in range(n):
        months.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _as_month(value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        value = value.date()
    return value.replace(day=1)


def trend(theme: NetworkTheme, today: datetime.date | None = None) -> list[MonthCount]:
    """Shared stories per month told, over the last `TREND_MONTHS` months."""
    months = _months(today or timezone.localdate(), TREND_MONTHS)
    with scopes_disabled():
        rows = (
            shared_memberships()
            .filter(theme_id=theme.pk, story__told_on__gte=months[0])
            .annotate(month=TruncMonth("story__told_on"))
            .values("month")
            .annotate(n=Count("story_id", distinct=True))
            .order_by()
        )
        counts = {_as_month(r["month"]): r["n"] for r in rows}
    peak = max(counts.values(), default=0)
    return [
        MonthCount(m, counts.get(m, 0), round(100 * counts.get(m, 0) / peak) if peak else 0)
        for m in months
    ]


def chapters(theme: NetworkTheme) -> list[ChapterCount]:
    """Chapters and their shared stories, when the theme spans more than one chapter (a
    chapter's name is not personal data; a one-chapter theme names no chapter)."""
    if theme.chapters < 2:
        return []
    with scopes_disabled():
        rows = (
            shared_memberships()
            .filter(theme_id=theme.pk)
            .values("story__chapter__name")
            .annotate(n=Count("story_id", distinct=True))
            .order_by("-n", "story__chapter__name")
        )
        return [ChapterCount(r["story__chapter__name"], r["n"]) for r in rows]


def quotes(theme: NetworkTheme, n: int = QUOTES) -> list[AnonymizedStory]:
    """Up to `n` anonymized quotes, representatives first. Only the columns an
    AnonymizedStory shows are loaded: no teller, description, collector or session."""
    with scopes_disabled():
        rows = list(
            shared_memberships()
            .filter(theme_id=theme.pk)
            .select_related("story", "story__chapter")
            .only(
                "representative",
                "score",
                "story",
                "story__public_id",
                "story__text",
                "story__language",
                "story__translation",
                "story__told_on",
                "story__consent",
                "story__chapter",
                "story__chapter__name",
                "story__chapter__city",
            )
            .order_by("-representative", "-score", "id")[:n]
        )
    return [anonymize(row.story) for row in rows]


def theme_page(theme: NetworkTheme) -> NetworkThemePage:
    return NetworkThemePage(
        theme=theme,
        categories=category_shares(theme),
        effects=[(e, effect_label(e)) for e in theme.downstream],
        chapters=chapters(theme),
        trend=trend(theme),
        quotes=quotes(theme),
    )
