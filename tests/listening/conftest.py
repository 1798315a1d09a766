from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scope

from hec.listening import services
from hec.listening.models import ListeningSession, Story
from tests.factories import make_person


def add_story(world: Any, text: str = "The rent went up again", **extra: Any) -> Story:
    chapter = extra.pop("chapter", world.chapter_a)
    with scope(chapter=chapter):
        extra.setdefault(
            "collector", world.person_a if chapter == world.chapter_a else world.person_b
        )
        extra.setdefault("consent", "chapter")
        extra.setdefault("language", "en")
        return services.story_create(chapter=chapter, actor=None, text=text, **extra)


def add_session(world: Any, **extra: Any) -> ListeningSession:
    chapter = extra.pop("chapter", world.chapter_a)
    with scope(chapter=chapter):
        extra.setdefault("title", "Kitchen table at Rosa's")
        extra.setdefault("host", world.person_a)
        return services.session_create(chapter=chapter, actor=None, **extra)


@pytest.fixture
def session_a(world):
    return add_session(world)


@pytest.fixture
def attendees_a(world, session_a):
    people = [make_person(world.chapter_a, f"Attendee {i}") for i in range(3)]
    with scope(chapter=world.chapter_a):
        for person in people:
            services.attendance_add(session=session_a, person=person)
    return people
