from __future__ import annotations

from django.urls import reverse
from django_scopes import scope

from hec.core.models import AuditEntry
from hec.listening.models import ListeningSession


def test_session_create_and_edit(world, client_for):
    client = client_for(world.member_a)
    new = reverse("chapter:session-create", args=[world.chapter_a.slug])
    refused = client.post(
        new, {"title": " ", "host": "", "held_on": "2026-11-20", "language": "en"}
    )
    assert refused.status_code == 200
    assert set(refused.context["form"].errors) == {"title", "host"}
    data = {
        "title": "Laundromat listening",
        "host": world.person_a.public_id,
        "organization": world.organization_b.public_id,  # another chapter's partner: refused
        "held_on": "2026-11-20",
        "place": "Spin City Laundry",
        "language": "es",
    }
    assert "organization" in client.post(new, data).context["form"].errors
    data["organization"] = ""
    response = client.post(new, data)
    assert response.status_code == 302
    with scope(chapter=world.chapter_a):
        session = ListeningSession.objects.get()
        assert (session.language, session.place) == ("es", "Spin City Laundry")
        assert AuditEntry.objects.filter(action="chapter.session.created").exists()
    edit = reverse("chapter:session-edit", args=[world.chapter_a.slug, session.public_id])
    assert client.post(edit, data | {"title": "Renamed"}).status_code == 302
    with scope(chapter=world.chapter_a):
        session.refresh_from_db()
        assert session.title == "Renamed"


def test_faculty_cannot_manage_sessions(world, client_for):
    from hec.core.permissions import ChapterRole
    from tests.factories import make_member, make_user

    ally = make_user("ally@example.org")
    make_member(world.chapter_a, ally, ChapterRole.FACULTY_ALLY, "Ally A")
    client = client_for(ally)
    assert (
        client.get(reverse("chapter:session-list", args=[world.chapter_a.slug])).status_code == 200
    )
    assert (
        client.get(reverse("chapter:session-create", args=[world.chapter_a.slug])).status_code
        == 403
    )
