from __future__ import annotations

import re

from django_scopes import scope, scopes_disabled

from hec.core.models import AuditEntry
from hec.people.models import Membership, Partnership, Person
from tests.factories import make_person
from tests.people.conftest import url

VALID = {
    "name": "Dana Díaz",
    "pronouns": "she/her",
    "email": "Dana@Example.org",
    "phone": "206-555-0100",
    "kind": "student",
    "preferred_language": "es",
    "languages_spoken": ["en", "es"],
    "program_level": "graduate",
    "discipline": "public_health",
    "graduation_year": "2027",
    "home_community": "White Center",
}


def get_person(world, **lookup) -> Person:
    with scopes_disabled():
        return Person.objects.get(chapter=world.chapter_a, **lookup)


def test_create_person_with_membership(world, client_for):
    response = client_for(world.leader_a).post(
        url(world, "person-create"), {**VALID, "role": "member", "stage": "participant"}
    )
    person = get_person(world, name="Dana Díaz")
    assert response.status_code == 302
    assert response["Location"] == url(world, "person-detail", person.public_id)
    assert person.email == "dana@example.org"
    assert person.languages_spoken == ["en", "es"]
    assert person.graduation_year == 2027
    with scopes_disabled():
        membership = Membership.objects.get(person=person)
        assert (membership.role, membership.stage) == ("member", "participant")
        actions = set(
            AuditEntry.objects.filter(chapter=world.chapter_a).values_list("action", flat=True)
        )
    assert {"chapter.person.created", "chapter.membership.created"} <= actions


def test_create_without_role_adds_no_membership(world, client_for):
    client_for(world.member_a).post(url(world, "person-create"), {**VALID, "role": ""})
    with scopes_disabled():
        assert not Membership.objects.filter(person__name="Dana Díaz").exists()


def test_only_leaders_may_create_a_leader(world, client_for):
    response = client_for(world.member_a).post(
        url(world, "person-create"), {**VALID, "role": "leader"}
    )
    assert response.status_code == 200
    assert "role" in response.context["form"].errors
    with scopes_disabled():
        assert not Person.objects.filter(name="Dana Díaz").exists()


def test_errors_are_shown_and_typed_values_kept(world, client_for):
    response = client_for(world.member_a).post(
        url(world, "person-create"),
        {**VALID, "name": "", "kind": "ally", "graduation_year": "1890", "email": "not-an-email"},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"name", "program_level", "graduation_year", "email"}
    assert "__all__" not in errors  # the DB rule is reported once, on its field
    content = response.content.decode()
    assert 'value="White Center"' in content
    assert 'value="not-an-email"' in content
    assert re.search(r'name="languages_spoken" value="es"[^>]*checked', content)
    assert not re.search(r'name="languages_spoken" value="vi"[^>]*checked', content)
    with scopes_disabled():
        assert not Person.objects.filter(home_community="White Center").exists()


def test_program_level_only_for_students_but_discipline_for_anyone(world, client_for):
    client = client_for(world.member_a)
    ok = {**VALID, "kind": "ally", "program_level": "", "graduation_year": ""}
    assert client.post(url(world, "person-create"), ok).status_code == 302
    assert get_person(world, name="Dana Díaz").discipline == "public_health"


def test_languages_must_come_from_the_list(world, client_for):
    response = client_for(world.member_a).post(
        url(world, "person-create"), {**VALID, "languages_spoken": ["en", "xx"]}
    )
    assert "languages_spoken" in response.context["form"].errors


def test_organization_choices_are_the_chapters_partners(world, client_for):
    from hec.people.models import Organization

    ours = Organization.objects.create(name="Alpha Clinic", kind="clinic")
    with scopes_disabled():
        Partnership.objects.create(chapter=world.chapter_a, organization=ours)
    client = client_for(world.member_a)
    page = client.get(url(world, "person-create"))
    assert b"Alpha Clinic" in page.content
    assert b"BETAMARKER" not in page.content
    refused = client.post(
        url(world, "person-create"), {**VALID, "organization": world.organization_b.public_id}
    )
    assert "organization" in refused.context["form"].errors
    client.post(url(world, "person-create"), {**VALID, "organization": ours.public_id})
    assert get_person(world, name="Dana Díaz").organization == ours


def test_edit_person_records_changed_fields(world, client_for):
    person = world.person_a
    response = client_for(world.member_a).post(
        url(world, "person-edit", person.public_id),
        {**VALID, "name": "Ana Alphaperson", "email": "ana@alpha.example", "phone": "1"},
    )
    assert response.status_code == 302
    person = get_person(world, pk=person.pk)
    assert person.phone == "1" and person.preferred_language == "es"
    with scope(chapter=world.chapter_a):
        entry = AuditEntry.objects.get(action="chapter.person.updated")
    assert "phone" in entry.data["fields"] and "name" not in entry.data["fields"]


def test_edit_form_shows_current_values(world, client_for):
    response = client_for(world.member_a).get(url(world, "person-edit", world.person_a.public_id))
    assert b'value="Ana Alphaperson"' in response.content


def test_archive_and_restore_need_confirmation_and_post(world, client_for):
    person = make_person(world.chapter_a, "Arch Ive")
    client = client_for(world.leader_a)
    archive = url(world, "person-archive", person.public_id)
    confirm = client.get(archive)
    assert confirm.status_code == 200 and b'<form method="post"' in confirm.content
    assert get_person(world, pk=person.pk).archived_at is None
    assert client.post(archive).status_code == 302
    assert get_person(world, pk=person.pk).is_archived
    # still reachable, marked archived, and nothing deleted
    detail = client.get(url(world, "person-detail", person.public_id))
    assert b"Archived on" in detail.content
    client.post(url(world, "person-restore", person.public_id))
    assert not get_person(world, pk=person.pk).is_archived


def test_detail_shows_everything_linked(world, client_for):
    with scopes_disabled():
        Membership.objects.create(chapter=world.chapter_a, person=world.person_a, role="member")
    response = client_for(world.leader_a).get(url(world, "person-detail", world.person_a.public_id))
    content = response.content.decode()
    assert "Ana Alphaperson" in content and "ana@alpha.example" in content
    assert "Nursing" in content and "Graduate" in content
    assert "Linked login" in content
    assert url(world, "membership-create", world.person_a.public_id) in content
    assert 'id="person-sections"' in content
    # a member sees the page without the leader-only controls
    member_view = client_for(world.member_a).get(
        url(world, "person-detail", world.person_a.public_id)
    )
    assert (
        url(world, "membership-create", world.person_a.public_id)
        not in member_view.content.decode()
    )
    assert (
        url(world, "person-archive", world.person_a.public_id) not in member_view.content.decode()
    )


def test_person_sections_can_be_registered_by_other_apps(world, client_for, monkeypatch):
    from hec.people import sections

    def campaigns(person, access):
        return sections.PersonSection(
            key="campaigns",
            title="Campaigns",
            template="people/sections/merged.html",
            context={"merged": []},
        )

    monkeypatch.setattr(
        sections, "PERSON_SECTION_PROVIDERS", list(sections.PERSON_SECTION_PROVIDERS)
    )
    sections.register_person_section(campaigns)
    response = client_for(world.member_a).get(url(world, "person-detail", world.person_a.public_id))
    assert b'id="section-campaigns"' in response.content


def test_role_permissions(world, roles, client_for):
    person = world.person_a.public_id
    member, ally, partner = (
        client_for(world.member_a),
        client_for(roles.ally),
        client_for(roles.partner),
    )
    # member: create and edit, not archive or merge
    assert member.get(url(world, "person-create")).status_code == 200
    assert member.get(url(world, "person-edit", person)).status_code == 200
    assert member.post(url(world, "person-archive", person)).status_code == 403
    assert member.get(url(world, "people-duplicates")).status_code == 403
    assert member.get(url(world, "membership-create", person)).status_code == 403
    # faculty ally: create, not edit
    assert ally.get(url(world, "person-create")).status_code == 200
    assert ally.post(url(world, "person-edit", person), VALID).status_code == 403
    # community partner: no people pages at all
    for name, args in (("people-list", ()), ("person-create", ()), ("person-detail", (person,))):
        assert partner.get(url(world, name, *args)).status_code == 403
    assert not get_person(world, pk=world.person_a.pk).is_archived


def test_required_fields_are_database_constraints(world):
    import pytest
    from django.db import IntegrityError, transaction

    for fields in ({"name": "", "kind": "student"}, {"name": "X", "kind": ""}):
        with scopes_disabled(), pytest.raises(IntegrityError), transaction.atomic():
            Person.objects.create(chapter=world.chapter_a, **fields)
    with scopes_disabled(), pytest.raises(IntegrityError), transaction.atomic():
        Person.objects.create(
            chapter=world.chapter_a, name="Y", kind="ally", program_level="graduate"
        )


def test_archive_and_restore_are_audited_once(world):
    from django_scopes import scope

    from hec.people import services

    with scope(chapter=world.chapter_a):
        services.person_archive(person=world.person_a, actor=world.leader_a)
        services.person_archive(person=world.person_a, actor=world.leader_a)  # no-op
        assert world.person_a.is_archived
        services.person_restore(person=world.person_a, actor=world.leader_a)
        actions = list(
            AuditEntry.objects.filter(object_id=world.person_a.public_id)
            .order_by("id")
            .values_list("action", flat=True)
        )
    assert not world.person_a.is_archived
    assert actions == ["chapter.person.archived", "chapter.person.restored"]
