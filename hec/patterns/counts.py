"""Counting a theme's stories, distinct tellers, sessions and chapters: the one rule every page
and run uses. Runs, edits and consent changes store the counts on the theme
(`refresh_counts`); the network pages read them from there.

Which memberships count:
- a chapter theme: every story not withdrawn (runs and consent changes keep private ones out);
- a network or affiliate theme: only stories shared beyond their chapter (network/public
  consent) and not withdrawn. Its memberships are only ever such stories — runs of these
  scopes read nothing else, merges and splits move memberships between themes of the same
  scope, and `hec.patterns.signals` takes out a story withdrawn or narrowed below network
  consent — and the count asks the same again, so the network pages' "3 tellers" rule never
  rests on that alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import CharField, Count, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat, Lower, Trim
from django_scopes import scopes_disabled

from hec.listening.visibility import SHARED_BEYOND_CHAPTER
from hec.patterns.models import Scope, Theme, ThemeStory

COUNTED = ("size", "tellers", "sessions", "chapters")
SHARED = Q(story__consent__in=SHARED_BEYOND_CHAPTER)


def live_memberships(memberships: QuerySet[ThemeStory]) -> QuerySet[ThemeStory]:
    """Members whose story is still there to count (withdrawn stories count nowhere)."""
    return memberships.filter(story__withdrawn_at__isnull=True)


def teller_counts(memberships: QuerySet[ThemeStory], only: Q | None = None) -> dict[str, int]:
    """Size, distinct tellers, sessions and chapters of these memberships (those `only` keeps)
    in one query.

    A teller is a recorded person; for a story without one, a distinct description within its
    chapter ("60s, Eastside", case aside); stories with neither count as one unknown teller per
    chapter (in a chapter theme: one at most).

    `only` sits in each count's FILTER, not in WHERE, so the query reads the theme's
    memberships and their stories by primary key (a story condition in WHERE can make SQLite
    drive the query from the stories instead)."""
    keep = only if only is not None else Q()
    described = keep & Q(story__teller__isnull=True) & ~Q(story__teller_descriptor="")
    unknown = keep & Q(story__teller__isnull=True, story__teller_descriptor="")
    totals = live_memberships(memberships).aggregate(
        size=Count("story_id", distinct=True, filter=keep),
        people=Count("story__teller", distinct=True, filter=keep),
        descriptors=Count(
            Concat(
                Cast("story__chapter_id", CharField()),
                Value(":"),
                Lower(Trim("story__teller_descriptor")),
                output_field=CharField(),
            ),
            distinct=True,
            filter=described,
        ),
        unknown=Count("story__chapter", distinct=True, filter=unknown),
        sessions=Count("story__session", distinct=True, filter=keep),
        chapters=Count("story__chapter", distinct=True, filter=keep),
    )
    return {
        "size": totals["size"],
        "tellers": totals["people"] + totals["descriptors"] + totals["unknown"],
        "sessions": totals["sessions"],
        "chapters": totals["chapters"],
    }


def counted_in(scope: str) -> Q | None:
    """Which live memberships a theme of this scope counts (see the module docstring)."""
    return None if scope == Scope.CHAPTER else SHARED


def refresh_counts(theme_ids: Iterable[int]) -> None:
    """Recount and save size, tellers, sessions and chapters of these themes."""
    with scopes_disabled():  # network and affiliate themes span chapters
        ids = list(dict.fromkeys(int(pk) for pk in theme_ids))
        scopes = dict(Theme.objects.filter(pk__in=ids).values_list("pk", "scope"))
        for pk in ids:
            if pk not in scopes:
                continue
            counts = teller_counts(ThemeStory.objects.filter(theme_id=pk), counted_in(scopes[pk]))
            Theme.objects.filter(pk=pk).update(**counts)
