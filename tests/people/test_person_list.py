from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from hec.core.permissions import ChapterRole
from hec.people.models import Membership, Person
from tests.factories import make_person
from tests.people.conftest import url


def names(response) -> list[str]:
    return [p.name for p in response.context["page"].object_list]


def test_list_shows_current_people_of_the_chapter_only(world, client_for):
    archived = make_person(world.chapter_a, "Old Archived")
    with scopes_disabled():
        Person.objects.filter(pk=archived.pk).update(archived_at="2024-01-01T00:00Z")
    response = client_for(world.member_a).get(url(world, "people-list"))
    assert response.status_code == 200
    assert "Ana Alphaperson" in names(response)
    assert "Old Archived" not in names(response)
    assert b"BETAMARKER" not in response.content
    shown = client_for(world.member_a).get(url(world, "people-list") + "?archived=on")
    assert "Old Archived" in names(shown)


def test_search_by_name_email_and_phone(world, client_for):
    make_person(world.chapter_a, "Rosa Parkes", email="rosa@x.org", phone="(206) 555-0142")
    client = client_for(world.member_a)
    for q in ("parkes", "ROSA@x", "555-0142", "2065550142"):
        assert names(client.get(url(world, "people-list"), {"q": q})) == ["Rosa Parkes"], q


def test_filters_by_discipline_level_kind_role_and_stage(world, client_for):
    nurse = make_person(
        world.chapter_a, "Nia Nurse", discipline="nursing", program_level="undergrad"
    )
    make_person(world.chapter_a, "Ollie Official", kind="official")
    with scopes_disabled():
        Membership.objects.create(
            chapter=world.chapter_a, person=nurse, role=ChapterRole.MEMBER, stage="emerging"
        )
        # an ended membership does not count for the role/stage filters
        Membership.objects.create(
            chapter=world.chapter_a,
            person=world.person_a,
            role=ChapterRole.MEMBER,
            stage="emerging",
            started_on="2020-01-01",
            ended_on="2021-01-01",
        )
    client = client_for(world.leader_a)
    get = lambda **params: names(client.get(url(world, "people-list"), params))  # noqa: E731
    assert get(discipline="nursing") == ["Ana Alphaperson", "Nia Nurse"]
    assert get(discipline="nursing", program_level="undergrad") == ["Nia Nurse"]
    assert get(kind="official") == ["Ollie Official"]
    assert get(stage="emerging") == ["Nia Nurse"]
    assert get(role="leader") == ["Lena Alpha"]
    assert get(role="member", discipline="nursing") == ["Nia Nurse"]


def test_htmx_request_gets_only_the_results_fragment(world, client_for):
    client = client_for(world.member_a)
    full = client.get(url(world, "people-list"), {"q": "ana"})
    partial = client.get(url(world, "people-list"), {"q": "ana"}, HTTP_HX_REQUEST="true")
    assert b"<html" in full.content and b'role="search"' in full.content
    assert b"<html" not in partial.content and b'role="search"' not in partial.content
    assert b'id="people-results"' in partial.content
    assert b"Ana Alphaperson" in partial.content


def test_form_keeps_what_was_typed(world, client_for):
    response = client_for(world.member_a).get(
        url(world, "people-list"), {"q": "zz", "kind": "ally"}
    )
    assert b'value="zz"' in response.content
    assert b'<option value="ally" selected>' in response.content


def test_badges_and_query_count_do_not_grow_with_rows(world, client_for):
    client = client_for(world.leader_a)

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url(world, "people-list")).status_code == 200
        return len(ctx.captured_queries)

    few = count()
    with scopes_disabled():
        people = Person.objects.bulk_create(
            [
                Person(chapter=world.chapter_a, name=f"Bulk {i:03}", kind="student")
                for i in range(120)
            ]
        )
        Membership.objects.bulk_create(
            [
                Membership(
                    chapter=world.chapter_a, person=p, role=ChapterRole.MEMBER, stage="leader"
                )
                for p in people
            ]
        )
    assert count() == few
    response = client.get(url(world, "people-list"), {"q": "Bulk"})
    assert len(response.context["page"].object_list) == 50
    assert response.content.count(b'<span class="tag">Leader</span>') == 50


def test_list_query_count_is_bounded(world, client_for, django_assert_max_num_queries):
    with scopes_disabled():
        Person.objects.bulk_create(
            [Person(chapter=world.chapter_a, name=f"P {i}", kind="student") for i in range(200)]
        )
    client = client_for(world.member_a)
    with django_assert_max_num_queries(12):
        client.get(url(world, "people-list") + "?page=3&discipline=&q=P")


def test_permissions(world, roles, client_for):
    assert client_for(roles.ally).get(url(world, "people-list")).status_code == 200
    assert client_for(roles.partner).get(url(world, "people-list")).status_code == 403
    detail = url(world, "person-detail", world.person_a.public_id)
    assert client_for(roles.partner).get(detail).status_code == 403
