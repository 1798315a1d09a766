"""Network pages: aggregates only, by network role; chapter and affiliate creation audited."""

from __future__ import annotations

import re

import pytest
from django_scopes import scopes_disabled

from hec.core.models import AuditEntry
from hec.core.permissions import NetworkRole
from hec.people.models import Affiliate, Chapter
from tests.factories import make_member, make_person, make_user

pytestmark = pytest.mark.django_db


def row(body: str, name: str) -> list[str]:
    match = re.search(rf"<tr>\s*<td[^>]*>(?:<a [^>]*>)?{name}.*?</tr>", body, re.S)
    assert match, name
    return re.findall(r"<td[^>]*>(.*?)</td>", match.group(0), re.S)


def second_affiliate():
    other = Affiliate.objects.create(name="Spokane Alliance", slug="spokane", city="Spokane")
    chapter = Chapter.objects.create(
        name="HEC Gamma", slug="gamma", institution="Gamma U", city="Spokane", affiliate=other
    )
    return other, chapter


def test_network_admin_sees_all_chapters_with_counts_only(world, client_for):
    second_affiliate()
    former = make_member(world.chapter_a, None, "member", "Former")
    with scopes_disabled():
        former.memberships.update(started_on="2019-01-01", ended_on="2020-01-01")
    body = client_for(world.network_admin).get("/accounts/network/").content.decode()
    assert row(body, "HEC Alpha")[-2:] == ["4", "2"]  # people, current members
    assert row(body, "HEC Beta")[-2:] == ["2", "1"]
    assert row(body, "HEC Gamma")[-2:] == ["0", "0"]
    assert "BETAMARKER" not in body and "Ana Alphaperson" not in body
    assert "New chapter" in body


def test_affiliate_organizer_sees_only_their_affiliate(world, client_for):
    other, _ = second_affiliate()
    organizer = make_user(
        "org@example.org", network_role=NetworkRole.AFFILIATE_ORGANIZER, affiliate=other
    )
    client = client_for(organizer)
    body = client.get("/accounts/network/").content.decode()
    assert "HEC Gamma" in body and "HEC Alpha" not in body and "Sound Alliance" not in body
    assert "New chapter" not in body
    assert client.get("/accounts/network/chapters/new/").status_code == 403
    assert client.post("/accounts/network/affiliates/new/", {"name": "x"}).status_code == 403


def test_chapter_members_without_network_role_are_refused(world, client_for):
    assert client_for(world.leader_a).get("/accounts/network/").status_code == 403
    anonymous = client_for(None).get("/accounts/network/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_admin_creates_and_edits_chapter_and_affiliate(world, client_for):
    client = client_for(world.network_admin)
    response = client.post(
        "/accounts/network/affiliates/new/",
        {"name": "Metro Alliance", "slug": "metro", "city": "Portland", "region": "OR"},
    )
    assert response.status_code == 302
    metro = Affiliate.objects.get(slug="metro")
    response = client.post(
        "/accounts/network/chapters/new/",
        {
            "name": "HEC Delta",
            "slug": "delta",
            "institution": "Delta Health Sciences",
            "city": "Portland",
            "affiliate": metro.pk,
            "status": "forming",
        },
    )
    assert response.status_code == 302
    delta = Chapter.objects.get(slug="delta")
    with scopes_disabled():
        entry = AuditEntry.objects.get(action="network.chapter.created")
        assert entry.chapter == delta and entry.actor == world.network_admin
        assert AuditEntry.objects.filter(action="network.affiliate.created").exists()
    response = client.post(
        f"/accounts/network/chapters/{delta.public_id}/",
        {
            "name": "HEC Delta",
            "slug": "delta",
            "institution": "Delta Health Sciences",
            "city": "Portland",
            "affiliate": metro.pk,
            "status": "active",
        },
    )
    assert response.status_code == 302
    delta.refresh_from_db()
    assert delta.status == "active"
    with scopes_disabled():
        assert AuditEntry.objects.get(action="network.chapter.updated").data == {
            "fields": ["status"]
        }


def test_duplicate_slug_shows_error_and_keeps_values(world, client_for):
    response = client_for(world.network_admin).post(
        "/accounts/network/chapters/new/",
        {"name": "Typed Name", "slug": "alpha", "institution": "I", "city": "C"},
    )
    assert response.status_code == 200
    assert b"errorlist" in response.content and b"Typed Name" in response.content


def test_network_query_count_is_constant(world, client_for, django_assert_max_num_queries):
    for i in range(60):
        chapter = Chapter.objects.create(
            name=f"HEC {i:02d}", slug=f"c{i}", institution="U", city="X", affiliate=world.affiliate
        )
        make_person(chapter, f"P{i}")
    client = client_for(world.network_admin)
    with django_assert_max_num_queries(10):
        response = client.get("/accounts/network/")
    assert response.status_code == 200
    assert b"Page 1 of 2" in response.content
