"""People endpoints: list with filters and pagination, create, read, update, archive."""

from __future__ import annotations

import pytest
from django_scopes import scope, scopes_disabled

from hec.core.models import AuditEntry
from hec.core.permissions import ChapterRole
from hec.people.models import Membership, Organization, Person
from tests.api.conftest import detail
from tests.factories import make_member, make_person, make_user

PEOPLE = "/chapters/alpha/people"


def person_url(person) -> str:
    return f"{PEOPLE}/{person.public_id}"


def user_with_role(world, role: str):
    user = make_user(f"{role}@example.org")
    make_member(world.chapter_a, user, role, f"Someone {role}")
    return user


def test_list_shows_own_chapter_only(world, api_for):
    response = api_for(world.member_a).get(PEOPLE)
    assert response.status_code == 200
    body = response.json()
    names = [p["name"] for p in body["items"]]
    assert names == ["Ana Alphaperson", "Lena Alpha", "Max Alpha"]
    assert body["count"] == 3
    assert b"BETAMARKER" not in response.content


def test_person_fields_use_public_ids(world, api_for):
    org = Organization.objects.create(name="Clinic One", kind="clinic", city="Seattle")
    with scopes_disabled():
        Person.objects.filter(pk=world.person_a.pk).update(organization=org)
    item = api_for(world.leader_a).get(person_url(world.person_a)).json()
    assert item["id"] == world.person_a.public_id
    assert item["organization_id"] == org.public_id
    assert item["discipline"] == "nursing"
    assert item["archived"] is False
    leader = next(
        p for p in api_for(world.leader_a).get(PEOPLE).json()["items"] if p["memberships"]
    )
    membership = leader["memberships"][0]
    assert membership["person_id"] == leader["id"]
    assert membership["role"] == "leader" and membership["active"] is True
    assert len(membership["id"]) == 12


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"q": "alphaperson"}, ["Ana Alphaperson"]),
        ({"q": "ana@alpha"}, ["Ana Alphaperson"]),
        ({"discipline": "nursing"}, ["Ana Alphaperson"]),
        ({"program_level": "graduate"}, ["Ana Alphaperson"]),
        ({"kind": "ally"}, []),
        ({"role": "leader"}, ["Lena Alpha"]),
        ({"role": "member"}, ["Max Alpha"]),
        ({"stage": "newcomer"}, ["Lena Alpha", "Max Alpha"]),
        ({"stage": "leader"}, []),
        ({"archived": "true"}, []),
    ],
)
def test_list_filters(world, api_for, params, expected):
    response = api_for(world.leader_a).get(PEOPLE, params)
    assert response.status_code == 200, response.content
    assert [p["name"] for p in response.json()["items"]] == expected


def test_archived_filter_and_default(world, api_for):
    api = api_for(world.leader_a)
    assert api.post(person_url(world.person_a) + "/archive").status_code == 200
    assert "Ana Alphaperson" not in [p["name"] for p in api.get(PEOPLE).json()["items"]]
    archived = api.get(PEOPLE, {"archived": "true"}).json()["items"]
    assert [p["name"] for p in archived] == ["Ana Alphaperson"]
    assert archived[0]["archived"] is True


def test_pagination_and_query_count(world, api_for, django_assert_max_num_queries):
    for i in range(120):
        person = make_person(world.chapter_a, f"Bulk {i:03}", discipline="medicine")
        with scopes_disabled():
            Membership.objects.create(chapter=world.chapter_a, person=person, role="member")
    api = api_for(world.leader_a)
    with django_assert_max_num_queries(10):
        page = api.get(PEOPLE, {"limit": 200, "offset": 0})
    body = page.json()
    assert body["count"] == 123
    assert len(body["items"]) == 123
    second = api.get(PEOPLE, {"limit": 50, "offset": 50}).json()
    assert second["count"] == 123 and len(second["items"]) == 50
    assert second["items"][0]["name"] == body["items"][50]["name"]
    default = api.get(PEOPLE).json()
    assert len(default["items"]) == 50


@pytest.mark.parametrize("params", [{"limit": 201}, {"limit": 0}, {"offset": -1}])
def test_pagination_bounds_are_422(world, api_for, params):
    response = api_for(world.leader_a).get(PEOPLE, params)
    assert response.status_code == 422
    assert detail(response) == "Invalid input."


def test_create_person(world, api_for):
    org = Organization.objects.create(name="Union Local 9", kind="union", city="Seattle")
    body = {
        "name": "  Rosa Nueva ",
        "kind": "student",
        "email": "Rosa@Example.ORG",
        "program_level": "undergrad",
        "discipline": "public_health",
        "languages_spoken": ["es", "en"],
        "graduation_year": 2027,
        "organization_id": org.public_id,
    }
    response = api_for(world.member_a).post(PEOPLE, body)
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["name"] == "Rosa Nueva"
    assert created["email"] == "rosa@example.org"
    assert created["languages_spoken"] == ["es", "en"]
    assert created["organization_id"] == org.public_id
    with scope(chapter=world.chapter_a):
        person = Person.objects.get(public_id=created["id"])
        assert person.chapter == world.chapter_a
        assert AuditEntry.objects.filter(action="chapter.person.created").count() == 1


def test_create_person_model_rule_is_422_with_field(world, api_for):
    # only students have a program level: the model's constraint, reported by field
    body = {"name": "Al Ly", "kind": "ally", "program_level": "graduate"}
    response = api_for(world.leader_a).post(PEOPLE, body)
    assert response.status_code == 422
    assert response.json()["errors"], response.json()


def test_create_person_unknown_organization_is_422(world, api_for):
    body = {"name": "No Org", "kind": "student", "organization_id": "zzzzzzzzzzzz"}
    response = api_for(world.leader_a).post(PEOPLE, body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "organization_id"]


def test_update_person_changes_only_given_fields(world, api_for):
    api = api_for(world.member_a)
    response = api.patch(person_url(world.person_a), {"pronouns": "she/her", "phone": "555"})
    assert response.status_code == 200, response.content
    assert response.json()["pronouns"] == "she/her"
    assert response.json()["discipline"] == "nursing"  # untouched
    with scope(chapter=world.chapter_a):
        entry = AuditEntry.objects.get(action="chapter.person.updated")
        assert entry.data == {"fields": ["phone", "pronouns"]}


def test_update_person_clears_nullable_refuses_null_on_text(world, api_for):
    api = api_for(world.leader_a)
    assert api.patch(person_url(world.person_a), {"graduation_year": None}).status_code == 200
    assert api.patch(person_url(world.person_a), {"organization_id": None}).status_code == 200
    response = api.patch(person_url(world.person_a), {"name": None})
    assert response.status_code == 422
    response = api.patch(person_url(world.person_a), {"name": ""})
    assert response.status_code == 422


def test_archive_person(world, api_for):
    response = api_for(world.leader_a).post(person_url(world.person_a) + "/archive")
    assert response.status_code == 200
    assert response.json()["archived"] is True
    with scope(chapter=world.chapter_a):
        assert Person.objects.get(pk=world.person_a.pk).archived_at is not None


@pytest.mark.parametrize(
    "role, method, path, body, status",
    [
        (ChapterRole.MEMBER, "post", "/archive", None, 403),
        (ChapterRole.FACULTY_ALLY, "patch", "", {"name": "X"}, 403),
        (ChapterRole.FACULTY_ALLY, "get", "", None, 200),
        (ChapterRole.COMMUNITY_PARTNER, "get", "", None, 403),
        (ChapterRole.COMMUNITY_PARTNER, "patch", "", {"name": "X"}, 403),
    ],
)
def test_person_permissions_by_role(world, api_for, role, method, path, body, status):
    api = api_for(world.member_a if role == ChapterRole.MEMBER else user_with_role(world, role))
    url = person_url(world.person_a) + path
    response = api.get(url) if method == "get" else getattr(api, method)(url, body)
    assert response.status_code == status, response.content
    if status == 403:
        assert detail(response)


def test_community_partner_cannot_list_or_create_people(world, api_for):
    api = api_for(user_with_role(world, ChapterRole.COMMUNITY_PARTNER))
    assert api.get(PEOPLE).status_code == 403
    assert api.post(PEOPLE, {"name": "Z", "kind": "student"}).status_code == 403


def test_other_chapters_people_are_404(world, api_for):
    api = api_for(world.leader_a)
    b_person = world.person_b.public_id
    for response in (
        api.get(f"{PEOPLE}/{b_person}"),
        api.patch(f"{PEOPLE}/{b_person}", {"name": "Hijacked"}),
        api.post(f"{PEOPLE}/{b_person}/archive"),
        api.patch(f"/chapters/beta/people/{b_person}", {"name": "Hijacked"}),
        api.post("/chapters/beta/people", {"name": "Planted", "kind": "student"}),
    ):
        assert response.status_code == 404
        assert b"BETAMARKER" not in response.content
    with scopes_disabled():
        person_b = Person.objects.get(pk=world.person_b.pk)
        assert person_b.name == "Zed BETAMARKER" and person_b.archived_at is None
        assert not Person.objects.filter(name="Planted").exists()
