"""Counting a theme's stories, distinct tellers and sessions: the one rule every page and run
uses."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Lower, Trim
from django_scopes import scopes_disabled

from hec.patterns.models import Theme, ThemeStory


def live_memberships(memberships: QuerySet[ThemeStory]) -> QuerySet[ThemeStory]:
    """Members whose story is still there to count (withdrawn stories count nowhere)."""
    return memberships.filter(story__withdrawn_at__isnull=True)


def teller_counts(memberships: QuerySet[ThemeStory]) -> dict[str, int]:
    """Size, distinct tellers and sessions of these memberships in one query.

    A teller is a recorded person, or for stories without one a distinct description
    ("60s, Eastside", case aside); stories with neither count together as one unknown teller."""
    totals = live_memberships(memberships).aggregate(
        size=Count("story_id", distinct=True),
        people=Count("story__teller", distinct=True),
        descriptors=Count(
            Lower(Trim("story__teller_descriptor")),
            distinct=True,
            filter=Q(story__teller__isnull=True) & ~Q(story__teller_descriptor=""),
        ),
        unknown=Count(
            "story_id", filter=Q(story__teller__isnull=True, story__teller_descriptor="")
        ),
        sessions=Count("story__session", distinct=True),
    )
    return {
        "size": totals["size"],
        "tellers": totals["people"] + totals["descriptors"] + (1 if totals["unknown"] else 0),
        "sessions": totals["sessions"],
    }


def refresh_counts(theme_ids: Iterable[int]) -> None:
    """Recount and save size, tellers and sessions of these themes (withdrawn stories out)."""
    with scopes_disabled():  # network and affiliate themes span chapters
        for pk in dict.fromkeys(theme_ids):
            counts = teller_counts(ThemeStory.objects.filter(theme_id=pk))
            Theme.objects.filter(pk=pk).update(**counts)
