"""Helpers for the pattern-run tests: seed a chapter with synthetic stories (no tests here)."""

from __future__ import annotations

from itertools import islice
from typing import Any

from django_scopes import scopes_disabled

from hec.listening.models import Story
from hec.patterns.engine.synth import synth_stories
from hec.patterns.models import Theme, ThemeStory
from tests.factories import make_person


def seed_stories(
    chapter: Any, n: int, *, consent: str = "chapter", seed: int = 0, tellers: int = 12, **extra
) -> list[Story]:
    """`n` synthetic stories (the engine's scale templates) told by `tellers` people."""
    with scopes_disabled():
        collector = make_person(chapter, f"Collector {chapter.slug} {seed}")
        stories = [
            Story(
                chapter=chapter,
                text=str(s["text"]),
                language=str(s["lang"]),
                collector=collector,
                teller_descriptor=f"teller {i % tellers}",
                consent=consent,
                **extra,
            )
            for i, s in enumerate(islice(synth_stories(n, seed), n))
        ]
        return Story.objects.bulk_create(stories)


def themes_of(**owner: Any) -> list[Theme]:
    with scopes_disabled():
        return list(Theme.objects.filter(**owner).order_by("pk"))


def members(theme: Theme) -> set[int]:
    with scopes_disabled():
        return set(ThemeStory.objects.filter(theme=theme).values_list("story_id", flat=True))


def story_ids(stories: list[Story]) -> set[int]:
    return {s.pk for s in stories}
