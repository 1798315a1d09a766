"""The audit log: readable by leaders, filterable, impossible to edit through the app."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django_scopes import scope, scopes_disabled

import hec
from hec.core import audit
from hec.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def entries(world, n: int = 3, action: str = "chapter.person.created"):
    with scope(chapter=world.chapter_a):
        return [
            audit.record(action, actor=world.leader_a, chapter=world.chapter_a, summary=f"s{i}")
            for i in range(n)
        ]


def test_leader_reads_and_filters_by_prefix(world, client_for):
    entries(world, 2, "chapter.person.created")
    entries(world, 1, "chapter.invitation.sent")
    with scope(chapter=world.chapter_b):
        audit.record(
            "chapter.invitation.sent",
            actor=world.leader_b,
            chapter=world.chapter_b,
            summary="BETAMARKER",
        )
    client = client_for(world.leader_a)
    body = client.get("/c/alpha/audit/").content.decode()
    assert body.count("chapter.person.created</code>") == 2
    assert "chapter.invitation.sent</code>" in body and "BETAMARKER" not in body
    body = client.get("/c/alpha/audit/?action=chapter.invitation").content.decode()
    assert "chapter.invitation.sent</code>" in body
    assert "chapter.person.created</code>" not in body
    assert 'value="chapter.invitation"' in body


def test_members_cannot_read_audit(world, client_for):
    assert client_for(world.member_a).get("/c/alpha/audit/").status_code == 403


def test_audit_pagination_keeps_filter_and_query_count(
    world, client_for, django_assert_max_num_queries
):
    with scopes_disabled():
        AuditEntry.objects.bulk_create(
            AuditEntry(chapter=world.chapter_a, actor=world.leader_a, action="chapter.x.y")
            for _ in range(120)
        )
    client = client_for(world.leader_a)
    with django_assert_max_num_queries(10):
        body = client.get("/c/alpha/audit/?action=chapter.x").content.decode()
    assert "Page 1 of 3" in body and "?action=chapter.x&amp;page=2" in body


def test_entries_cannot_be_changed_or_deleted(world):
    entry = entries(world, 1)[0]
    entry.summary = "rewritten"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with scopes_disabled():
        assert AuditEntry.objects.get(pk=entry.pk).summary == "s0"


def test_admin_is_read_only(world):
    model_admin = admin.site._registry[AuditEntry]
    request = RequestFactory().get("/admin/")
    request.user = world.network_admin
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)
    assert model_admin.get_actions(request) == {}  # no bulk "delete selected"


def test_admin_lists_entries_for_superuser(world, client_for):
    entries(world, 1)
    world.network_admin.is_staff = world.network_admin.is_superuser = True
    world.network_admin.save()
    client = client_for(world.network_admin)
    response = client.get("/admin/core/auditentry/")
    assert response.status_code == 200 and b"chapter.person.created" in response.content
    with scopes_disabled():
        entry = AuditEntry.objects.first()
    detail = client.get(f"/admin/core/auditentry/{entry.pk}/change/")
    assert detail.status_code == 200 and b'name="_save"' not in detail.content
    assert client.post(f"/admin/core/auditentry/{entry.pk}/delete/").status_code == 403


def test_audit_page_accepts_no_writes(world, client_for):
    entries(world, 1)
    response = client_for(world.leader_a).post("/c/alpha/audit/", {"action": "x"})
    assert response.status_code == 405


def test_no_code_outside_the_recorder_writes_audit_entries():
    """Only hec/core/audit.py creates entries; nothing updates or deletes them in bulk."""
    root = Path(hec.__file__).parent
    write = re.compile(
        r"AuditEntry\(|AuditEntry\.objects\.(create|bulk_create|update|get_or_create)"
        r"|AuditEntry\.objects\.[^\n]*\.(update|delete)\("
    )
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "migrations" not in path.parts
        and path.relative_to(root).as_posix() not in {"core/audit.py", "core/models.py"}
        and write.search(path.read_text())
    ]
    assert offenders == []
