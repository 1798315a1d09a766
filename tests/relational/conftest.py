from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from hec.people.models import Person
from hec.relational.models import Meeting
from tests.browser.conftest import (  # noqa: F401 (the browser fixtures, for test_browser.py)
    browser_context_args,
    browser_type_launch_args,
    bworld,
    pytest_collection_modifyitems,
    sign_in,
)


@pytest.fixture
def people(world):
    """Chapter A's people: the leader's and the member's own records, and Ana (nursing)."""
    with scopes_disabled():
        leader = Person.objects.get(chapter=world.chapter_a, user=world.leader_a)
        member = Person.objects.get(chapter=world.chapter_a, user=world.member_a)
    return SimpleNamespace(leader=leader, member=member, ana=world.person_a)


def make_meeting(chapter: Any, organizer: Person, counterpart: Person, **extra: Any) -> Meeting:
    extra.setdefault("held_on", timezone.localdate())
    with scopes_disabled():
        return Meeting.objects.create(
            chapter=chapter, organizer=organizer, counterpart=counterpart, **extra
        )


@pytest.fixture
def in_a(world):
    with scope(chapter=world.chapter_a):
        yield world.chapter_a


def url(world, name: str, *args: str) -> str:
    return reverse(f"chapter:{name}", args=[world.chapter_a.slug, *args])


def days(n: int) -> date:
    return timezone.localdate() + timedelta(days=n)
