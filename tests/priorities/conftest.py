from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django_scopes import scope, scopes_disabled

from hec.core.permissions import ChapterRole
from hec.core.tenancy import ChapterAccess
from hec.patterns.models import Theme, ThemeStory
from hec.people.models import Person
from hec.priorities import services
from tests.api.conftest import api_for  # noqa: F401 (a fixture these tests use)
from tests.factories import make_member, make_user
from tests.listening.conftest import add_story


def access_of(user: Any, chapter: Any, role: str) -> ChapterAccess:
    with scopes_disabled():
        person = Person.objects.filter(chapter=chapter, user=user).first()
    return ChapterAccess(chapter=chapter, roles=frozenset({role}), person=person)


def add_theme(world: Any, label: str = "Rent and no-cause evictions", *, chapter=None, stories=()):
    chapter = chapter or world.chapter_a
    with scopes_disabled():
        theme = Theme.objects.create(
            scope="chapter",
            chapter=chapter,
            label=label,
            auto_label=label,
            keywords=["rent", "eviction", "landlord"],
            categories=[{"id": "housing_instability", "share": 0.9}],
            downstream=["mental_health"],
            size=len(stories),
            tellers=len(stories),
        )
        for rank, story in enumerate(stories):
            ThemeStory.objects.create(
                theme=theme,
                story=story,
                chapter=chapter,
                score=1.0 - rank / 10,
                representative=rank < 3,
            )
    return theme


@pytest.fixture
def partner_a(world):
    user = make_user("partner.a@example.org", name="Pat Partner")
    make_member(world.chapter_a, user, ChapterRole.COMMUNITY_PARTNER, "Pat Partner")
    return user


@pytest.fixture
def ally_a(world):
    user = make_user("ally.a@example.org", name="Alex Ally")
    make_member(world.chapter_a, user, ChapterRole.FACULTY_ALLY, "Alex Ally")
    return user


@pytest.fixture
def theme_a(world):
    stories = [
        add_story(world, "Our rent went up three hundred dollars this spring"),
        add_story(world, "The landlord gave us a no-cause notice after we complained"),
        add_story(world, "PRIVATEQUOTE we sleep in the car some nights", consent="private"),
    ]
    return add_theme(world, stories=stories)


@pytest.fixture
def issues_a(world, theme_a):
    """Three candidate issues in chapter A: one from the theme, two by hand."""
    leader = access_of(world.leader_a, world.chapter_a, ChapterRole.LEADER)
    with scope(chapter=world.chapter_a):
        first = services.candidate_from_theme(theme=theme_a, actor=world.leader_a, access=leader)
        second = services.candidate_create(
            chapter=world.chapter_a, actor=world.leader_a, title="Paid sick leave"
        )
        third = services.candidate_create(
            chapter=world.chapter_a, actor=world.leader_a, title="Interpreters at the pharmacy"
        )
    return [first, second, third]


@pytest.fixture
def assembly_a(world, issues_a):
    with scope(chapter=world.chapter_a):
        return services.assembly_create(
            chapter=world.chapter_a,
            actor=world.leader_a,
            title="Spring priority assembly",
            held_on=date(2026, 4, 1),
            dots_per_voter=3,
            candidates=issues_a,
        )
