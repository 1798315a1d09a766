from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import ScopeError, scope, scopes_disabled

from hec.core.audit import record
from hec.core.models import AuditEntry
from hec.core.tenancy import access_for, chapters_for
from hec.people.models import Membership, Partnership, Person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Person, Membership, Partnership, AuditEntry])
def test_chapter_owned_models_refuse_unscoped_queries(world, model):
    with pytest.raises(ScopeError):
        list(model.objects.all())


def test_scope_shows_only_that_chapter(world):
    with scope(chapter=world.chapter_a):
        names = set(Person.objects.values_list("name", flat=True))
    assert "Ana Alphaperson" in names and "Zed BETAMARKER" not in names


def test_access_needs_an_open_membership(world):
    assert access_for(world.leader_a, "alpha").role == "leader"
    assert access_for(world.leader_a, "beta") is None
    assert access_for(world.network_admin, "alpha") is None
    with scopes_disabled():
        yesterday = timezone.localdate() - timedelta(days=1)
        Membership.objects.filter(person__user=world.member_a).update(
            started_on=yesterday - timedelta(days=300), ended_on=yesterday
        )
    world.member_a.refresh_from_db()
    assert access_for(world.member_a, "alpha") is None
    assert chapters_for(world.member_a) == []


def test_archived_person_loses_access(world, client_for):
    with scopes_disabled():
        Person.objects.filter(user=world.member_a).update(archived_at=timezone.now())
    assert client_for(world.member_a).get("/c/alpha/").status_code == 404


def test_member_pages_and_switcher(world, client_for):
    client = client_for(world.leader_a)
    page = client.get("/c/alpha/")
    assert page.status_code == 200 and b"HEC Alpha" in page.content
    assert client.get("/c/no-such-chapter/").status_code == 404
    assert client.get("/").status_code == 302  # one chapter: straight there


def test_audit_entries_are_append_only(world):
    entry = record("chapter.test.done", actor=world.leader_a, chapter=world.chapter_a)
    entry.summary = "rewritten"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()


def test_audit_entries_refuse_bulk_changes(world):
    record("chapter.test.done", actor=world.leader_a, chapter=world.chapter_a)
    with scope(chapter=world.chapter_a):
        with pytest.raises(PermissionError):
            AuditEntry.objects.filter(action="chapter.test.done").update(summary="x")
        with pytest.raises(PermissionError):
            AuditEntry.objects.all().delete()
        assert AuditEntry.objects.filter(action="chapter.test.done").count() == 1


def test_choice_labels_follow_the_active_language(world):
    from django.utils import translation

    with translation.override("en"):
        assert world.person_b.get_discipline_display() == "Law"
    with translation.override("es"):
        assert world.person_b.get_discipline_display() == "Derecho"
    world.person_b.discipline = "not-a-choice"
    assert world.person_b.get_discipline_display() == "not-a-choice"
