"""The per-request side of tenancy: a user's open memberships are read in one query per
request, and nothing is remembered across requests."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from hec.core.permissions import CHAPTER_PERMISSIONS, ChapterRole
from hec.core.tenancy import access_for, active_memberships
from hec.people.models import Affiliate, Chapter, Membership, Person
from tests.factories import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def spread(world):
    """leader_a also belongs to chapter B (two roles, one ending today), has a membership that
    ended yesterday, one that starts tomorrow, and an archived person in a third chapter."""
    today = timezone.localdate()
    user = world.leader_a
    gamma = Chapter.objects.create(
        name="HEC Gamma",
        slug="gamma",
        institution="Gamma",
        city="Tacoma",
        affiliate=Affiliate.objects.get(),
        description="Gamma's description",
    )
    beta_person = make_member(
        world.chapter_b,
        user,
        ChapterRole.MEMBER,
        "Lena in Beta",
        languages_spoken=["en", "es"],
        graduation_year=2027,
    )
    gamma_person = make_member(gamma, user, ChapterRole.MEMBER, "Lena in Gamma")
    with scopes_disabled():
        Membership.objects.create(
            chapter=world.chapter_b,
            person=beta_person,
            role=ChapterRole.FACULTY_ALLY,
            started_on=today - timedelta(days=30),
            ended_on=today,
        )
        Membership.objects.create(
            chapter=world.chapter_b,
            person=beta_person,
            role=ChapterRole.LEADER,
            started_on=today - timedelta(days=30),
            ended_on=today - timedelta(days=1),
        )
        Membership.objects.create(
            chapter=world.chapter_b,
            person=beta_person,
            role=ChapterRole.COMMUNITY_PARTNER,
            started_on=today + timedelta(days=1),
        )
        Person.objects.filter(pk=gamma_person.pk).update(archived_at=timezone.now())
    return world


def test_open_memberships_of_unarchived_people_in_one_query(spread):
    user = spread.leader_a
    with CaptureQueriesContext(connection) as queries:
        got = active_memberships(user)
        names = [(m.chapter.name, m.person.name) for m in got]  # chapter and person come along
        assert active_memberships(user) is got  # once per request (user object)
    assert len(queries) == 1
    assert {(m.chapter.slug, m.role) for m in got} == {
        ("alpha", "leader"),
        ("beta", "member"),
        ("beta", "faculty_ally"),  # ends today: still open
    }
    assert names == sorted(names, key=lambda n: n[0])


def test_memberships_are_read_again_on_each_request(spread, client_for):
    """An ended membership or a changed role takes effect on the very next request."""
    client = client_for(spread.leader_a)
    assert client.get("/c/beta/").status_code == 200
    assert client.get("/c/beta/invitations/").status_code == 403  # member, not leader
    with scopes_disabled():
        Membership.objects.filter(
            person__user=spread.leader_a, chapter=spread.chapter_b, role="member"
        ).update(role=ChapterRole.LEADER)
    assert client.get("/c/beta/invitations/").status_code == 200
    with scopes_disabled():
        Membership.objects.filter(
            person__user=spread.leader_a, chapter=spread.chapter_b, role=ChapterRole.LEADER
        ).delete()
    assert client.get("/c/beta/invitations/").status_code == 403
    assert client.get("/c/beta/").status_code == 200  # still a faculty ally until tonight
    with scopes_disabled():
        Membership.objects.filter(
            person__user=spread.leader_a, chapter=spread.chapter_b, role=ChapterRole.FACULTY_ALLY
        ).update(ended_on=timezone.localdate() - timedelta(days=1))
    assert client.get("/c/beta/").status_code == 404
    assert client.get("/c/alpha/").status_code == 200


def test_capability_names_are_the_roles_capabilities(world):
    access = access_for(world.member_a, "alpha")
    names = access.capability_names
    assert names == {c for c, roles in CHAPTER_PERMISSIONS.items() if "member" in roles}
    assert access.capability_names is names
