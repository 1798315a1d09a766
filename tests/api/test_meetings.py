"""One-to-ones through the API: logging, filters, private notes, who may edit."""

from __future__ import annotations

import datetime

from django_scopes import scope, scopes_disabled

from hec.core.permissions import ChapterRole
from hec.listening.models import Story
from hec.people.models import Person
from hec.relational.models import Meeting
from tests.api.conftest import detail
from tests.factories import make_member, make_person, make_user

URL = "/chapters/alpha/meetings"


def person_of(user) -> Person:
    with scopes_disabled():
        return Person.objects.get(user=user)


def meeting(world, organizer_user, counterpart=None, **extra) -> Meeting:
    with scopes_disabled():
        return Meeting.objects.create(
            chapter=world.chapter_a,
            organizer=person_of(organizer_user),
            counterpart=counterpart or world.person_a,
            **extra,
        )


def test_log_a_one_to_one(world, api_for):
    api = api_for(world.member_a)
    response = api.post(
        URL,
        {
            "counterpart_id": world.person_a.public_id,
            "medium": "phone",
            "length_minutes": 40,
            "interests": "Her kids' asthma",
            "pressures": "Rent went up",
            "follow_up": "Send clinic hours",
            "follow_up_due": "2026-01-10",
            "private_notes": "Going through a divorce",
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["organizer_id"] == person_of(world.member_a).public_id  # defaults to me
    assert body["counterpart_id"] == world.person_a.public_id
    assert body["held_on"] == datetime.date.today().isoformat()
    assert body["private_notes"] == "Going through a divorce"
    assert body["follow_up_done"] is False
    with scope(chapter=world.chapter_a):
        assert Meeting.objects.get(public_id=body["id"]).length_minutes == 40


def test_log_with_a_story_records_it_with_the_counterpart_as_teller(world, api_for):
    response = api_for(world.member_a).post(
        URL,
        {
            "counterpart_id": world.person_a.public_id,
            "story": {"text": "The bus to the clinic stopped running.", "consent": "chapter"},
        },
    )
    assert response.status_code == 201, response.content
    with scope(chapter=world.chapter_a):
        story = Story.objects.get(meeting__public_id=response.json()["id"])
        assert story.teller == world.person_a
        assert story.collector == person_of(world.member_a)


def test_refusals_name_the_field(world, api_for):
    api = api_for(world.member_a)
    cases = [
        ({}, "counterpart_id"),
        ({"counterpart_id": "zzzzzzzzzzzz"}, "counterpart_id"),  # no such person
        ({"counterpart_id": world.person_b.public_id}, "counterpart_id"),  # chapter B's
        ({"counterpart_id": person_of(world.member_a).public_id}, "counterpart_id"),  # oneself
        ({"counterpart_id": world.person_a.public_id, "held_on": "2999-01-01"}, "held_on"),
        ({"counterpart_id": world.person_a.public_id, "length_minutes": 0}, "length_minutes"),
        ({"counterpart_id": world.person_a.public_id, "follow_up_due": "2026-01-01"}, "follow_up"),
        ({"counterpart_id": world.person_a.public_id, "story": {"text": "x"}}, "consent"),
    ]
    for body, field in cases:
        response = api.post(URL, body)
        assert response.status_code == 422, (body, response.content)
        assert detail(response)
        locs = [e["loc"][-1] for e in response.json()["errors"]]
        assert field in locs, (body, locs)
    with scopes_disabled():
        assert not Meeting.objects.exists()
        assert not Story.objects.exists()


def test_private_notes_only_for_who_met_and_leaders(world, api_for):
    mine = meeting(world, world.member_a, private_notes="member's secret")
    leaders = meeting(world, world.leader_a, private_notes="leader's secret")
    ally = make_user("ally.a@example.org")
    make_member(world.chapter_a, ally, ChapterRole.FACULTY_ALLY, "Alma Ally")

    def notes(user) -> dict[str, str | None]:
        api = api_for(user)
        listed = {m["id"]: m["private_notes"] for m in api.get(URL).json()["items"]}
        for public_id, value in listed.items():
            assert api.get(f"{URL}/{public_id}").json()["private_notes"] == value
        return listed

    assert notes(world.member_a) == {mine.public_id: "member's secret", leaders.public_id: None}
    assert notes(world.leader_a) == {
        mine.public_id: "member's secret",
        leaders.public_id: "leader's secret",
    }
    assert notes(ally) == {mine.public_id: None, leaders.public_id: None}
    for user in (world.member_a, ally):
        assert b"leader's secret" not in api_for(user).get(URL).content


def test_filters(world, api_for):
    other = make_person(world.chapter_a, "Olga Other")
    first = meeting(world, world.member_a, held_on=datetime.date(2025, 3, 1))
    second = meeting(world, world.leader_a, other, held_on=datetime.date(2025, 4, 1))
    api = api_for(world.leader_a)

    def ids(**params) -> list[str]:
        response = api.get(URL, params)
        assert response.status_code == 200, response.content
        return [m["id"] for m in response.json()["items"]]

    assert ids() == [second.public_id, first.public_id]  # newest first
    assert ids(organizer_id=person_of(world.member_a).public_id) == [first.public_id]
    assert ids(counterpart_id=other.public_id) == [second.public_id]
    assert ids(**{"from": "2025-03-15"}) == [second.public_id]
    assert ids(to="2025-03-01") == [first.public_id]
    assert ids(**{"from": "2025-03-01", "to": "2025-04-01"}) == [second.public_id, first.public_id]
    assert api.get(URL, {"from": "March"}).status_code == 422


def test_update_only_by_who_met_or_a_leader(world, api_for):
    leaders = meeting(world, world.leader_a, follow_up="Call back", private_notes="x")
    url = f"{URL}/{leaders.public_id}"
    response = api_for(world.member_a).patch(url, {"interests": "changed"})
    assert response.status_code == 403
    mine = meeting(world, world.member_a, follow_up="Call back")
    response = api_for(world.leader_a).patch(
        f"{URL}/{mine.public_id}", {"interests": "Clinic hours", "follow_up_done": True}
    )
    assert response.status_code == 200, response.content
    assert response.json()["interests"] == "Clinic hours"
    assert response.json()["follow_up_done"] is True


def test_update_is_all_or_nothing(world, api_for):
    mine = meeting(world, world.member_a)  # no follow-up: it cannot be marked done
    response = api_for(world.member_a).patch(
        f"{URL}/{mine.public_id}", {"interests": "new", "follow_up_done": True}
    )
    assert response.status_code == 422
    with scopes_disabled():
        mine.refresh_from_db()
    assert mine.interests == ""


def test_patch_refuses_null_and_unknown_fields(world, api_for):
    mine = meeting(world, world.member_a)
    api = api_for(world.member_a)
    for body in ({"held_on": None}, {"counterpart_id": None}, {"organizer": "x"}):
        assert api.patch(f"{URL}/{mine.public_id}", body).status_code == 422, body


def test_list_query_count_does_not_grow(world, api_for, django_assert_max_num_queries):
    api = api_for(world.leader_a)
    for i in range(30):
        meeting(world, world.member_a, make_person(world.chapter_a, f"Counterpart {i}"))
    with django_assert_max_num_queries(12):
        response = api.get(URL, {"limit": 200})
    assert response.json()["count"] == 30
