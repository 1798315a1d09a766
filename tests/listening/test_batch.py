"""Batch story entry after a session: one transaction, nothing half-saved, nothing lost."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_scopes import scope

from hec.listening import services
from hec.listening.models import Story


def _url(world, session):
    return reverse("chapter:session-stories", args=[world.chapter_a.slug, session.public_id])


def _post_rows(rows, extra=None):
    data = {"rows-TOTAL_FORMS": str(len(rows)), "rows-INITIAL_FORMS": "0"}
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"rows-{i}-{key}"] = value
    data.update(extra or {})
    return data


def _row(text, consent="chapter", teller="", descriptor=""):
    return {
        "text": text,
        "language": "en",
        "teller": teller,
        "teller_descriptor": descriptor,
        "consent": consent,
        "consent_method": "verbal",
    }


def test_one_bad_row_saves_nothing_and_reshows_every_row(world, client_for, session_a, attendees_a):
    client = client_for(world.leader_a)
    rows = [
        _row("First story: the clinic closed at five", teller=attendees_a[0].public_id),
        _row("Second story with no consent given", consent=""),
        _row("Third story: the bus route was cut", descriptor="60s, Eastside"),
    ]
    response = client.post(_url(world, session_a), _post_rows(rows))
    assert response.status_code == 400
    html = response.content.decode()
    for row in rows:
        assert row["text"] in html  # every typed row comes back
    assert "60s, Eastside" in html
    assert "Choose how widely the teller agreed to share this story." in html
    assert "Nothing was saved" in html
    with scope(chapter=world.chapter_a):
        assert Story.objects.count() == 0


def test_teller_not_in_attendance_is_a_row_error(world, client_for, session_a, attendees_a):
    from tests.factories import make_person

    outsider = make_person(world.chapter_a, "Not There")
    with scope(chapter=world.chapter_a):
        result = services.stories_batch_create(
            session=session_a,
            actor=world.leader_a,
            collector=world.person_a,
            rows=[
                {"text": "fine", "consent": "chapter", "teller": attendees_a[0]},
                {"text": "teller absent", "consent": "chapter", "teller": outsider},
            ],
        )
        assert not result.ok
        assert result.errors[0] == {}
        assert "teller" in result.errors[1]
        assert Story.objects.count() == 0


def test_all_good_rows_are_saved_together(world, client_for, session_a, attendees_a):
    client = client_for(world.leader_a)
    rows = [
        _row("Uno: no pude pagar la medicina", teller=attendees_a[1].public_id),
        _row("Two: the landlord never fixed the heat", consent="network"),
        _row("", consent=""),  # an untouched row is skipped
    ]
    response = client.post(_url(world, session_a), _post_rows(rows))
    assert response.status_code == 302
    with scope(chapter=world.chapter_a):
        stories = list(Story.objects.order_by("id"))
        assert [s.text[:3] for s in stories] == ["Uno", "Two"]
        assert all(s.session_id == session_a.pk for s in stories)
        assert stories[0].teller == attendees_a[1]
        assert all(s.consent_changes.count() == 1 for s in stories)


def test_batch_is_one_transaction(world, session_a, monkeypatch):
    """If the second save fails half-way, the first is rolled back too."""
    real = services.story_create
    calls = []

    def flaky(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(**kwargs)

    monkeypatch.setattr(services, "story_create", flaky)
    with scope(chapter=world.chapter_a):
        with pytest.raises(RuntimeError):
            services.stories_batch_create(
                session=session_a,
                actor=None,
                collector=world.person_a,
                rows=[{"text": "a", "consent": "chapter"}, {"text": "b", "consent": "chapter"}],
            )
        assert Story.objects.count() == 0


def test_add_row_keeps_typed_rows_and_saves_nothing(world, client_for, session_a):
    client = client_for(world.leader_a)
    rows = [_row("Kept while adding a row")]
    response = client.post(_url(world, session_a), _post_rows(rows, {"add_row": "1"}))
    html = response.content.decode()
    assert "Kept while adding a row" in html
    assert 'name="rows-1-text"' in html
    with scope(chapter=world.chapter_a):
        assert Story.objects.count() == 0


def test_batch_page_renders_rows(world, client_for, session_a, attendees_a):
    response = client_for(world.leader_a).get(_url(world, session_a))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="rows-4-text"' in html
    assert attendees_a[0].name in html


def test_attendee_twice_refused_with_message(world, session_a, attendees_a, client_for):
    with scope(chapter=world.chapter_a):
        with pytest.raises(ValidationError) as caught:
            services.attendance_add(session=session_a, person=attendees_a[0])
        assert "already on this session's attendance" in caught.value.message_dict["person"][0]
    url = reverse(
        "chapter:session-attendance-toggle", args=[world.chapter_a.slug, session_a.public_id]
    )
    response = client_for(world.leader_a).post(
        url, {"person": attendees_a[0].public_id, "present": attendees_a[0].public_id}
    )
    assert response.status_code == 400
    assert "already on this session" in response.content.decode()


def test_attendance_toggle_and_inline_new_person(world, session_a, client_for):
    from hec.listening.models import Attendance
    from hec.people.models import Person

    client = client_for(world.leader_a)
    slug, sid = world.chapter_a.slug, session_a.public_id
    toggle = reverse("chapter:session-attendance-toggle", args=[slug, sid])
    pid = world.person_a.public_id
    assert client.post(toggle, {"person": pid, "present": pid}).status_code == 200
    with scope(chapter=world.chapter_a):
        assert Attendance.objects.filter(session=session_a, person=world.person_a).exists()
    assert client.post(toggle, {"person": pid}).status_code == 200
    with scope(chapter=world.chapter_a):
        assert not Attendance.objects.filter(session=session_a).exists()
    new = reverse("chapter:session-attendance-new", args=[slug, sid])
    response = client.post(new, {"name": "Marisol Nueva", "kind": "community"})
    assert response.status_code == 302
    with scope(chapter=world.chapter_a):
        person = Person.objects.get(name="Marisol Nueva")
        assert Attendance.objects.filter(session=session_a, person=person).exists()
    page = client.get(reverse("chapter:session-attendance", args=[slug, sid]))
    assert "Marisol Nueva" in page.content.decode()
