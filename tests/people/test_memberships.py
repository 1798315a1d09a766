from __future__ import annotations

from django.utils import timezone
from django_scopes import scopes_disabled

from hec.people.models import Membership
from tests.people.conftest import url


def memberships(person):
    with scopes_disabled():
        return list(Membership.objects.filter(person=person).order_by("id"))


def test_leader_adds_edits_and_ends_a_membership(world, client_for):
    client = client_for(world.leader_a)
    person = world.person_a
    response = client.post(
        url(world, "membership-create", person.public_id),
        {"role": "member", "stage": "participant", "started_on": "2025-09-01"},
    )
    assert response.status_code == 302
    (membership,) = memberships(person)
    edit = url(world, "membership-edit", membership.public_id)
    assert b'value="2025-09-01"' in client.get(edit).content
    client.post(edit, {"role": "member", "stage": "emerging", "started_on": "2025-09-01"})
    assert memberships(person)[0].stage == "emerging"
    end = url(world, "membership-end", membership.public_id)
    assert client.get(end).status_code == 200 and memberships(person)[0].ended_on is None
    client.post(end)
    assert memberships(person)[0].ended_on == timezone.localdate()


def test_membership_errors_are_shown(world, client_for):
    client = client_for(world.leader_a)
    add = url(world, "membership-create", world.person_a.public_id)
    client.post(add, {"role": "member", "stage": "newcomer", "started_on": "2025-01-01"})
    again = client.post(add, {"role": "member", "stage": "newcomer", "started_on": "2025-02-01"})
    assert again.status_code == 200
    assert "role" in again.context["form"].errors  # already holds this open role
    backwards = client.post(
        add,
        {
            "role": "faculty_ally",
            "stage": "newcomer",
            "started_on": "2025-02-01",
            "ended_on": "2025-01-01",
        },
    )
    assert "ended_on" in backwards.context["form"].errors
    assert b'value="2025-02-01"' in backwards.content
    assert len(memberships(world.person_a)) == 1


def test_editing_into_a_duplicate_open_role_is_refused(world, client_for):
    with scopes_disabled():
        Membership.objects.create(chapter=world.chapter_a, person=world.person_a, role="member")
        other = Membership.objects.create(
            chapter=world.chapter_a, person=world.person_a, role="faculty_ally"
        )
    response = client_for(world.leader_a).post(
        url(world, "membership-edit", other.public_id),
        {"role": "member", "stage": "newcomer", "started_on": str(other.started_on)},
    )
    assert response.status_code == 200 and "role" in response.context["form"].errors


def test_only_leaders_manage_memberships(world, client_for):
    with scopes_disabled():
        membership = Membership.objects.filter(chapter=world.chapter_a).first()
    client = client_for(world.member_a)
    assert client.post(url(world, "membership-end", membership.public_id)).status_code == 403
    assert client.get(url(world, "membership-edit", membership.public_id)).status_code == 403
    assert client.get(url(world, "membership-create", world.person_a.public_id)).status_code == 403
