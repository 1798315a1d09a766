from __future__ import annotations

from django_scopes import scopes_disabled

from hec.people.models import Organization, Partnership
from tests.factories import make_person
from tests.people.conftest import url


def partnerships(world):
    with scopes_disabled():
        return list(
            Partnership.objects.filter(chapter=world.chapter_a).select_related("organization")
        )


def test_list_shows_the_chapters_partnerships(world, roles, client_for):
    org = Organization.objects.create(name="Rainier Clinic", kind="clinic", city="Seattle")
    with scopes_disabled():
        Partnership.objects.create(chapter=world.chapter_a, organization=org, since="2021-03-01")
    response = client_for(roles.partner).get(url(world, "organization-list"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Rainier Clinic" in content and "Clinic" in content and "2021-03-01" in content
    assert "BETAMARKER" not in content
    assert url(world, "partnership-create") not in content  # partners cannot edit


def test_add_partner_by_search_of_existing_organization(world, client_for):
    existing = Organization.objects.create(name="Central Labor Council", kind="union")
    client = client_for(world.member_a)
    page = client.get(url(world, "partnership-create"), {"org_q": "labor"})
    assert b"Central Labor Council" in page.content
    response = client.post(
        url(world, "partnership-create"),
        {"organization": existing.public_id, "status": "prospect"},
    )
    assert response.status_code == 302
    (partnership,) = partnerships(world)
    assert partnership.organization == existing and partnership.status == "prospect"
    # once a partner, it is no longer offered
    again = client.get(url(world, "partnership-create"), {"org_q": "labor"})
    assert again.context["matches"] == []


def test_add_partner_with_a_new_organization(world, client_for):
    client = client_for(world.member_a)
    missing = client.post(url(world, "partnership-create"), {"status": "active", "city": "Tacoma"})
    assert {"name", "kind"} <= set(missing.context["form"].errors)
    assert b'value="Tacoma"' in missing.content
    client.post(
        url(world, "partnership-create"),
        {"name": "St. Mary's", "kind": "congregation", "city": "Tacoma", "status": "active"},
    )
    (partnership,) = partnerships(world)
    assert partnership.organization.name == "St. Mary's"
    duplicate = client.post(
        url(world, "partnership-create"),
        {"name": "St. Mary's", "kind": "congregation", "city": "Tacoma", "status": "active"},
    )
    assert duplicate.status_code == 200 and duplicate.context["form"].errors
    assert Organization.objects.filter(name="St. Mary's").count() == 1


def test_edit_partnership(world, client_for):
    org = Organization.objects.create(name="Rainier Clinic", kind="clinic")
    with scopes_disabled():
        partnership = Partnership.objects.create(chapter=world.chapter_a, organization=org)
    client = client_for(world.member_a)
    edit = url(world, "partnership-edit", partnership.public_id)
    response = client.post(edit, {"status": "past", "since": "2019-05-01", "notes": "Ended 2024"})
    assert response.status_code == 302
    (partnership,) = partnerships(world)
    assert (partnership.status, str(partnership.since), partnership.notes) == (
        "past",
        "2019-05-01",
        "Ended 2024",
    )


def test_organization_detail_shows_our_linked_people_only(world, roles, client_for):
    org = Organization.objects.create(name="Rainier Clinic", kind="clinic")
    with scopes_disabled():
        Partnership.objects.create(chapter=world.chapter_a, organization=org)
    make_person(world.chapter_a, "Ours Linked", organization=org)
    make_person(world.chapter_b, "BETAMARKER Linked", organization=org)
    page = client_for(world.member_a).get(url(world, "organization-detail", org.public_id))
    assert b"Ours Linked" in page.content and b"BETAMARKER" not in page.content
    # community partners see the organization, not the people list
    partner_page = client_for(roles.partner).get(url(world, "organization-detail", org.public_id))
    assert partner_page.status_code == 200 and b"Ours Linked" not in partner_page.content


def test_organization_without_ties_to_the_chapter_is_404(world, client_for):
    client = client_for(world.leader_a)
    response = client.get(url(world, "organization-detail", world.organization_b.public_id))
    assert response.status_code == 404


def test_edit_permissions(world, roles, client_for):
    assert client_for(roles.ally).get(url(world, "partnership-create")).status_code == 403
    assert client_for(roles.partner).post(url(world, "partnership-create")).status_code == 403
