"""Membership endpoints: list with filters, create, update (leaders only for writes)."""

from __future__ import annotations

import datetime

from django_scopes import scope, scopes_disabled

from hec.people.models import Membership
from tests.api.conftest import detail
from tests.factories import make_person

MEMBERSHIPS = "/chapters/alpha/memberships"


def test_list_and_filters(world, api_for, django_assert_max_num_queries):
    for i in range(60):
        person = make_person(world.chapter_a, f"Bulk {i}")
        with scopes_disabled():
            Membership.objects.create(chapter=world.chapter_a, person=person, role="member")
    api = api_for(world.member_a)
    with django_assert_max_num_queries(8):
        response = api.get(MEMBERSHIPS, {"limit": 200})
    assert response.status_code == 200
    assert response.json()["count"] == 62
    assert b"BETAMARKER" not in response.content
    leaders = api.get(MEMBERSHIPS, {"role": "leader"}).json()["items"]
    assert len(leaders) == 1
    lena = leaders[0]["person_id"]
    mine = api.get(MEMBERSHIPS, {"person_id": lena}).json()["items"]
    assert [m["role"] for m in mine] == ["leader"]
    assert api.get(MEMBERSHIPS, {"active": "false"}).json()["count"] == 0
    # a person id of another chapter filters to nothing, it does not leak
    other = api.get(MEMBERSHIPS, {"person_id": world.person_b.public_id}).json()
    assert other["count"] == 0


def test_create_membership(world, api_for):
    body = {"person_id": world.person_a.public_id, "role": "member", "stage": "participant"}
    response = api_for(world.leader_a).post(MEMBERSHIPS, body)
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["person_id"] == world.person_a.public_id
    assert created["stage"] == "participant" and created["active"] is True
    again = api_for(world.leader_a).post(MEMBERSHIPS, body)
    assert again.status_code == 422
    assert again.json()["errors"][0]["loc"] == ["body", "role"]


def test_create_membership_for_other_chapters_person_is_422(world, api_for):
    body = {"person_id": world.person_b.public_id, "role": "member"}
    response = api_for(world.leader_a).post(MEMBERSHIPS, body)
    assert response.status_code == 422
    assert b"BETAMARKER" not in response.content
    with scopes_disabled():
        assert not Membership.objects.filter(person=world.person_b, role="member").exists()


def test_update_membership_end_and_bad_dates(world, api_for):
    api = api_for(world.leader_a)
    with scope(chapter=world.chapter_a):
        membership = Membership.objects.get(person__user=world.member_a)
    url = f"{MEMBERSHIPS}/{membership.public_id}"
    ok = api.patch(url, {"stage": "emerging"})
    assert ok.status_code == 200 and ok.json()["stage"] == "emerging"
    before_start = (membership.started_on - datetime.timedelta(days=1)).isoformat()
    bad = api.patch(url, {"ended_on": before_start})
    assert bad.status_code == 422, bad.content
    ended = api.patch(url, {"ended_on": membership.started_on.isoformat()})
    assert ended.status_code == 200
    assert ended.json()["ended_on"] == membership.started_on.isoformat()


def test_reopening_a_second_open_role_is_a_clean_4xx(world, api_for):
    # two memberships with the same role, one ended; reopening it collides with the open one
    api = api_for(world.leader_a)
    with scope(chapter=world.chapter_a):
        person = world.person_a
        old = Membership.objects.create(
            chapter=world.chapter_a,
            person=person,
            role="member",
            started_on=datetime.date(2020, 1, 1),
            ended_on=datetime.date(2021, 1, 1),
        )
        Membership.objects.create(chapter=world.chapter_a, person=person, role="member")
    response = api.patch(f"{MEMBERSHIPS}/{old.public_id}", {"ended_on": None})
    # refused by the write function (422) or, failing that, by the database constraint (409)
    assert response.status_code in (409, 422), response.content
    assert detail(response)


def test_members_cannot_manage_memberships(world, api_for):
    api = api_for(world.member_a)
    body = {"person_id": world.person_a.public_id, "role": "leader"}
    response = api.post(MEMBERSHIPS, body)
    assert response.status_code == 403
    assert detail(response)
    with scope(chapter=world.chapter_a):
        mine = Membership.objects.get(person__user=world.member_a)
    assert api.patch(f"{MEMBERSHIPS}/{mine.public_id}", {"role": "leader"}).status_code == 403


def test_other_chapters_membership_is_404(world, api_for):
    with scopes_disabled():
        b_membership = Membership.objects.get(chapter=world.chapter_b)
    api = api_for(world.leader_a)
    for path in (
        f"{MEMBERSHIPS}/{b_membership.public_id}",
        f"/chapters/beta/memberships/{b_membership.public_id}",
    ):
        assert api.patch(path, {"stage": "leader"}).status_code == 404
    with scopes_disabled():
        assert Membership.objects.get(pk=b_membership.pk).stage == "newcomer"
