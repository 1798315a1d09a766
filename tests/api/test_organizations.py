"""Partner organizations: list, create or partner an existing one, update the partnership."""

from __future__ import annotations

from django_scopes import scope, scopes_disabled

from hec.core.permissions import ChapterRole
from hec.people.models import Organization, Partnership
from tests.api.conftest import detail
from tests.factories import make_member, make_user

ORGS = "/chapters/alpha/organizations"


def test_create_new_organization_and_list(world, api_for, django_assert_max_num_queries):
    api = api_for(world.member_a)
    body = {
        "name": "Eastside Clinic",
        "kind": "clinic",
        "city": "Seattle",
        "website": "https://eastside.example",
        "status": "prospect",
        "notes": "Met their director.",
    }
    response = api.post(ORGS, body)
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["status"] == "prospect"
    assert created["organization"]["name"] == "Eastside Clinic"
    assert len(created["organization"]["id"]) == 12
    for i in range(30):
        org = Organization.objects.create(name=f"Org {i:02}", kind="nonprofit")
        with scopes_disabled():
            Partnership.objects.create(chapter=world.chapter_a, organization=org)
    with django_assert_max_num_queries(8):
        listing = api.get(ORGS, {"limit": 100})
    assert listing.json()["count"] == 31
    assert b"BETAMARKER" not in listing.content
    prospects = api.get(ORGS, {"status": "prospect"}).json()["items"]
    assert [p["organization"]["name"] for p in prospects] == ["Eastside Clinic"]
    assert api.get(ORGS, {"q": "eastside"}).json()["count"] == 1


def test_partner_an_existing_organization(world, api_for):
    api = api_for(world.leader_a)
    response = api.post(ORGS, {"organization_id": world.organization_b.public_id})
    assert response.status_code == 201
    assert response.json()["organization"]["id"] == world.organization_b.public_id
    again = api.post(ORGS, {"organization_id": world.organization_b.public_id})
    assert again.status_code == 422
    # chapter B's partnership (its notes, status) stays invisible and untouched
    with scopes_disabled():
        assert Partnership.objects.filter(organization=world.organization_b).count() == 2


def test_create_needs_either_id_or_name_and_kind(world, api_for):
    api = api_for(world.leader_a)
    missing = api.post(ORGS, {"city": "Seattle"})
    assert missing.status_code == 422
    assert {tuple(e["loc"]) for e in missing.json()["errors"]} == {
        ("body", "name"),
        ("body", "kind"),
    }
    both = api.post(ORGS, {"organization_id": world.organization_b.public_id, "name": "X"})
    assert both.status_code == 422
    unknown = api.post(ORGS, {"organization_id": "zzzzzzzzzzzz"})
    assert unknown.status_code == 422
    duplicate_org = api.post(
        ORGS, {"name": "BETAMARKER Tenants Union", "kind": "union", "city": "Spokane"}
    )
    assert duplicate_org.status_code == 422


def test_update_partnership(world, api_for):
    org = Organization.objects.create(name="Parish", kind="congregation")
    with scopes_disabled():
        partnership = Partnership.objects.create(chapter=world.chapter_a, organization=org)
    api = api_for(world.member_a)
    url = f"/chapters/alpha/partnerships/{partnership.public_id}"
    response = api.patch(url, {"status": "past", "since": "2024-09-01"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "past" and response.json()["since"] == "2024-09-01"
    with scope(chapter=world.chapter_a):
        assert Partnership.objects.get(pk=partnership.pk).status == "past"
    assert api.patch(url, {"status": "married"}).status_code == 422
    assert api.patch(url, {"notes": None}).status_code == 422


def test_partner_roles(world, api_for):
    partner = make_user("partner@example.org")
    make_member(world.chapter_a, partner, ChapterRole.COMMUNITY_PARTNER, "Pat Partner")
    api = api_for(partner)
    assert api.get(ORGS).status_code == 200  # partners see the organizations
    response = api.post(ORGS, {"name": "Mine", "kind": "other"})
    assert response.status_code == 403
    assert detail(response)


def test_other_chapters_partnership_is_404(world, api_for):
    api = api_for(world.leader_a)
    b_id = world.partnership_b.public_id
    for path in (f"/chapters/alpha/partnerships/{b_id}", f"/chapters/beta/partnerships/{b_id}"):
        response = api.patch(path, {"notes": "planted"})
        assert response.status_code == 404
        assert b"BETAMARKER" not in response.content
    with scopes_disabled():
        assert Partnership.objects.get(pk=world.partnership_b.pk).notes == ""
