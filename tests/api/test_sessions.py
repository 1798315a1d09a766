"""Listening sessions and attendance through the API."""

from __future__ import annotations

from django_scopes import scope, scopes_disabled

from hec.core.permissions import ChapterRole
from hec.listening.models import Attendance, ListeningSession
from hec.people.models import Person
from tests.factories import make_member, make_person, make_user

URL = "/chapters/alpha/sessions"


def new_session(api, **body) -> dict:
    response = api.post(URL, {"title": "Eastside house meeting", **body})
    assert response.status_code == 201, response.content
    return response.json()


def test_create_read_update(world, api_for):
    api = api_for(world.member_a)
    created = new_session(api, place="Library, room 2", language="es", held_on="2025-05-02")
    with scopes_disabled():
        me = Person.objects.get(user=world.member_a)
    assert created["host_id"] == me.public_id  # defaults to me
    assert created["attendee_ids"] == []
    url = f"{URL}/{created['id']}"
    assert api.get(url).json()["place"] == "Library, room 2"
    response = api.patch(url, {"title": "Eastside listening session", "host_id": None})
    assert response.status_code == 422  # a session always has a host
    response = api.patch(url, {"title": "Eastside listening session"})
    assert response.status_code == 200
    assert response.json()["title"] == "Eastside listening session"
    assert response.json()["language"] == "es"


def test_refusals(world, api_for):
    api = api_for(world.member_a)
    for body, field in (
        ({"title": "   "}, "title"),
        ({"title": "x", "host_id": world.person_b.public_id}, "host_id"),
        ({"title": "x", "organization_id": world.organization_b.public_id}, "organization_id"),
        ({"title": "x", "language": "klingon"}, "language"),
    ):
        response = api.post(URL, body)
        assert response.status_code == 422, body
        assert field in [e["loc"][-1] for e in response.json()["errors"]], response.json()


def test_attendance(world, api_for):
    api = api_for(world.member_a)
    session = new_session(api)
    url = f"{URL}/{session['id']}/attendees"
    response = api.post(url, {"person_id": world.person_a.public_id})
    assert response.status_code == 201
    assert response.json()["attendee_ids"] == [world.person_a.public_id]

    twice = api.post(url, {"person_id": world.person_a.public_id})
    assert twice.status_code == 422
    error = twice.json()["errors"][0]
    assert error["loc"] == ["body", "person_id"]
    assert "already" in error["msg"]

    other_chapter = api.post(url, {"person_id": world.person_b.public_id})
    assert other_chapter.status_code == 422

    assert api.delete(f"{url}/{world.person_a.public_id}").status_code == 204
    assert api.delete(f"{url}/{world.person_a.public_id}").status_code == 404
    assert api.get(f"{URL}/{session['id']}").json()["attendee_ids"] == []


def test_permissions(world, api_for):
    partner = make_user("partner.a@example.org")
    make_member(world.chapter_a, partner, ChapterRole.COMMUNITY_PARTNER, "Pat Partner")
    ally = make_user("ally.a@example.org")
    make_member(world.chapter_a, ally, ChapterRole.FACULTY_ALLY, "Alma Ally")
    assert api_for(partner).get(URL).status_code == 403
    assert api_for(ally).get(URL).status_code == 200
    assert api_for(ally).post(URL, {"title": "x"}).status_code == 403


def test_list_filters_and_query_count(world, api_for, django_assert_max_num_queries):
    with scope(chapter=world.chapter_a):
        for i in range(20):
            session = ListeningSession.objects.create(
                chapter=world.chapter_a,
                title=f"Session {i}",
                host=world.person_a,
                held_on=f"2025-01-{i + 1:02d}",
            )
            for j in range(3):
                Attendance.objects.create(
                    chapter=world.chapter_a,
                    session=session,
                    person=make_person(world.chapter_a, f"Attendee {i}.{j}"),
                )
    api = api_for(world.leader_a)
    with django_assert_max_num_queries(12):
        response = api.get(URL, {"limit": 200})
    items = response.json()["items"]
    assert len(items) == 20 and all(len(s["attendee_ids"]) == 3 for s in items)
    response = api.get(URL, {"from": "2025-01-05", "to": "2025-01-06"})
    assert [s["title"] for s in response.json()["items"]] == ["Session 5", "Session 4"]


def test_partner_organization_must_be_the_chapters(world, api_for):
    from hec.people.models import Organization, Partnership

    org = Organization.objects.create(name="Eastside Tenants", kind="tenant_association")
    with scopes_disabled():
        Partnership.objects.create(chapter=world.chapter_a, organization=org)
    created = new_session(api_for(world.member_a), organization_id=org.public_id)
    assert created["organization_id"] == org.public_id
