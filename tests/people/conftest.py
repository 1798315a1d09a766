from __future__ import annotations

from types import SimpleNamespace

import pytest
from django_scopes import scope

from hec.core.permissions import ChapterRole
from tests.factories import make_member, make_user


@pytest.fixture
def roles(world):
    """Chapter A users for the two roles the world lacks: a faculty ally, a community partner."""
    ally = make_user("ally.a@example.org", name="Fay Ally")
    partner = make_user("partner.a@example.org", name="Cam Partner")
    make_member(world.chapter_a, ally, ChapterRole.FACULTY_ALLY, "Fay Ally", kind="ally")
    make_member(
        world.chapter_a, partner, ChapterRole.COMMUNITY_PARTNER, "Cam Partner", kind="community"
    )
    return SimpleNamespace(ally=ally, partner=partner)


@pytest.fixture
def in_a(world):
    """Run ORM calls inside chapter A's scope."""
    with scope(chapter=world.chapter_a):
        yield world.chapter_a


def url(world, name: str, *args: str) -> str:
    from django.urls import reverse

    return reverse(f"chapter:{name}", args=[world.chapter_a.slug, *args])
