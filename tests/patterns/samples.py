"""Chapter-B samples for the patterns app's URL arguments (registered into tests.url_samples)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SAMPLES: dict[str, Callable[[Any], Any]] = {}


def theme_id(world: Any) -> str:
    """A chapter-B theme holding a BETAMARKER story."""
    from django_scopes import scopes_disabled

    from hec.listening.models import Story
    from hec.patterns.models import Theme, ThemeStory
    from hec.people.models import Person

    with scopes_disabled():
        theme = Theme.objects.filter(chapter=world.chapter_b, label="BETAMARKER theme").first()
        if theme is None:
            story = Story.objects.create(
                chapter=world.chapter_b,
                text="BETAMARKER theme story about rent",
                collector=Person.objects.get(chapter=world.chapter_b, user=world.leader_b),
                teller=world.person_b,
                consent="chapter",
            )
            theme = Theme.objects.create(
                scope="chapter",
                chapter=world.chapter_b,
                label="BETAMARKER theme",
                keywords=["betamarker"],
                categories=[{"id": "housing_instability", "share": 1.0}],
                size=1,
                tellers=1,
            )
            ThemeStory.objects.create(
                theme=theme, story=story, chapter=world.chapter_b, score=1.0, representative=True
            )
    return theme.public_id


SAMPLES["theme_id"] = theme_id


def run_id(world: Any) -> str:
    """A chapter-B pattern run (failed, so its page shows the BETAMARKER error)."""
    from django_scopes import scopes_disabled

    from hec.patterns.models import PatternRun

    with scopes_disabled():
        run, _ = PatternRun.objects.get_or_create(
            scope="chapter",
            chapter=world.chapter_b,
            status="failed",
            defaults={"error": "BETAMARKER run error", "progress_step": "coding 1/2"},
        )
    return run.public_id


SAMPLES["run_id"] = run_id


def network_theme_id(world: Any) -> str:
    """A network theme told by three of chapter B's people, so B's members may read it."""
    from django_scopes import scopes_disabled

    from hec.listening.models import Story
    from hec.patterns.counts import refresh_counts
    from hec.patterns.models import Theme, ThemeStory
    from hec.people.models import Person

    with scopes_disabled():
        theme = Theme.objects.filter(scope="network", label="Bus fares to the clinic").first()
        if theme is None:
            collector = Person.objects.get(chapter=world.chapter_b, user=world.leader_b)
            theme = Theme.objects.create(
                scope="network",
                label="Bus fares to the clinic",
                categories=[{"id": "transportation", "share": 1.0}],
            )
            for n in range(3):
                story = Story.objects.create(
                    chapter=world.chapter_b,
                    text=f"The bus fare to the clinic doubled ({n})",
                    collector=collector,
                    teller_descriptor=f"teller {n}",
                    consent="network",
                )
                ThemeStory.objects.create(theme=theme, story=story, chapter=world.chapter_b)
            refresh_counts([theme.pk])
    return theme.public_id


SAMPLES["network_theme_id"] = network_theme_id
