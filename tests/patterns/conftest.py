"""Theme fixtures built straight from the models (no pattern run involved)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from hec.listening import services
from hec.listening.models import ListeningSession, Story, StoryCode
from hec.patterns.editing import refresh_theme_counts
from hec.patterns.models import Theme, ThemeStory
from hec.people.models import Person
from tests.factories import World, make_person


def add_story(world: Any, text: str, chapter: Any = None, **extra: Any) -> Story:
    chapter = chapter or world.chapter_a
    with scope(chapter=chapter):
        extra.setdefault(
            "collector", world.person_a if chapter == world.chapter_a else world.person_b
        )
        extra.setdefault("consent", "chapter")
        extra.setdefault("language", "en")
        return services.story_create(chapter=chapter, actor=None, text=text, **extra)


def make_theme(
    chapter: Any,
    label: str,
    stories: list[Story],
    representatives: tuple[Story, ...] = (),
    **extra: Any,
) -> Theme:
    """A chapter theme holding `stories` (scored best first, in the order given)."""
    extra.setdefault("categories", [{"id": "housing_instability", "share": 0.9}])
    extra.setdefault("downstream", ["mental_health"])
    extra.setdefault("keywords", ["rent"])
    with scopes_disabled():
        theme = Theme.objects.create(
            scope="chapter", chapter=chapter, label=label, auto_label=label, **extra
        )
        ThemeStory.objects.bulk_create(
            ThemeStory(
                theme=theme,
                story=story,
                chapter=story.chapter,
                score=1.0 - i / 100,
                representative=story in representatives,
            )
            for i, story in enumerate(stories)
        )
        refresh_theme_counts(theme)
    return theme


def code(story: Story, category: str) -> None:
    with scopes_disabled():
        StoryCode.objects.update_or_create(
            story=story,
            kind="category",
            code=category,
            defaults={"chapter": story.chapter, "confirmed_at": timezone.now()},
        )


@dataclass
class ThemesWorld:
    world: World
    rent: Theme  # 5 stories: private (representative), withdrawn (representative), 3 chapter
    bus: Theme  # 2 stories, one teller shared with `rent`
    food: Theme  # 1 story, shares a story with `rent`
    beta: Theme  # chapter B's, with a BETAMARKER story
    private: Story
    withdrawn: Story
    readable: list[Story]
    bus_stories: list[Story]
    session: ListeningSession


def build_themes_world(world: World) -> ThemesWorld:
    today = timezone.localdate()
    rosa = make_person(world.chapter_a, "Rosa Teller")
    with scope(chapter=world.chapter_a):
        session = services.session_create(
            chapter=world.chapter_a, actor=None, title="Kitchen table", host=world.person_a
        )
        leader = Person.objects.get(user=world.leader_a)
    private = add_story(
        world,
        "PRIVATEWORDS the landlord threatened us",
        consent="private",
        collector=leader,
        teller=rosa,
    )
    withdrawn = add_story(world, "WITHDRAWNWORDS we were evicted", teller=rosa)
    readable = [
        add_story(
            world,
            "The rent doubled and we moved in with my sister",
            teller=world.person_a,
            session=session,
            told_on=today,
        ),
        add_story(
            world,
            "Half my paycheck goes to rent",
            teller_descriptor="60s, Eastside",
            consent="network",
            told_on=today - datetime.timedelta(days=40),
        ),
        add_story(world, "We skip meals to make rent", teller=rosa, session=session),
    ]
    with scope(chapter=world.chapter_a):
        services.consent_withdraw(story=withdrawn, actor=None, method="verbal")
    code(readable[2], "food_insecurity")
    code(readable[2], "housing_instability")
    rent = make_theme(
        world.chapter_a,
        "Rent and eviction",
        [private, withdrawn, *readable],
        representatives=(private, withdrawn),
        keywords=["rent", "evicted", "landlord"],
    )
    bus_stories = [
        add_story(world, "The clinic bus stopped running on Sundays", teller=rosa),
        add_story(world, "Two buses to the pharmacy", teller=world.person_a),
    ]
    bus = make_theme(
        world.chapter_a,
        "Clinic bus",
        bus_stories,
        representatives=(bus_stories[0],),
        categories=[{"id": "transportation", "share": 1.0}],
        downstream=["delayed_care"],
        keywords=["bus"],
    )
    food = make_theme(
        world.chapter_a,
        "Skipping meals",
        [readable[2]],
        categories=[{"id": "food_insecurity", "share": 1.0}],
        downstream=["nutrition"],
        keywords=["meals"],
        is_new_pattern=True,
    )
    beta_story = add_story(world, "BETAMARKER rent story", chapter=world.chapter_b)
    beta = make_theme(world.chapter_b, "BETAMARKER theme", [beta_story], (beta_story,))
    return ThemesWorld(
        world, rent, bus, food, beta, private, withdrawn, readable, bus_stories, session
    )


@pytest.fixture
def themes_world(world) -> ThemesWorld:
    return build_themes_world(world)


@pytest.fixture
def themes_bworld(bworld) -> ThemesWorld:
    return build_themes_world(bworld)


def fresh(theme: Theme) -> Theme:
    with scopes_disabled():
        return Theme.objects.get(pk=theme.pk)
