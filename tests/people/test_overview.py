from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from hec.people.models import Membership, Person
from tests.people.conftest import url


def test_overview_counts_members_by_discipline_and_level(world, client_for):
    with scopes_disabled():
        Person.objects.filter(pk=world.person_a.pk).update(discipline="nursing")
        Membership.objects.create(chapter=world.chapter_a, person=world.person_a, role="member")
    response = client_for(world.member_a).get(url(world, "chapter-home"))
    summary = response.context["summary"]
    assert ("Nursing", 1) in summary["by_discipline"]
    assert ("Graduate", 1) in summary["by_program_level"]
    assert summary["members"] == 3  # two logins + Ana
    assert b"Recently added people" in response.content
    assert b"BETAMARKER" not in response.content


def test_overview_query_count_is_constant(world, client_for):
    client = client_for(world.leader_a)

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            client.get(url(world, "chapter-home"))
        return len(ctx.captured_queries)

    few = count()
    with scopes_disabled():
        people = Person.objects.bulk_create(
            [
                Person(
                    chapter=world.chapter_a,
                    name=f"S {i}",
                    kind="student",
                    discipline=["law", "medicine", "pharmacy"][i % 3],
                    program_level="undergrad",
                )
                for i in range(90)
            ]
        )
        Membership.objects.bulk_create(
            [Membership(chapter=world.chapter_a, person=p, role="member") for p in people]
        )
    assert count() == few


def test_community_partner_overview_has_no_people(world, roles, client_for):
    response = client_for(roles.partner).get(url(world, "chapter-home"))
    assert response.status_code == 200
    assert b"Recently added people" not in response.content


def test_overview_names_the_viewers_role(world, client_for):
    response = client_for(world.leader_a).get(url(world, "chapter-home"))
    assert b"Your role here: Chapter leader" in response.content
