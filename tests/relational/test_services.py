from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scope

from hec.core.models import AuditEntry
from hec.listening.models import ConsentChange, Story
from hec.people.merge import person_merge
from hec.people.models import Person
from hec.relational import services
from hec.relational.models import Meeting
from tests.factories import make_person
from tests.relational.conftest import days, make_meeting


def log(world, people, **overrides):
    values = {
        "chapter": world.chapter_a,
        "actor": world.member_a,
        "organizer": people.member,
        "counterpart": people.ana,
        "held_on": days(0),
    }
    values.update(overrides)
    return services.meeting_log(**values)


def errors_of(excinfo) -> dict:
    return excinfo.value.message_dict


def test_log_writes_meeting_and_audit(world, people, in_a):
    meeting = log(world, people, interests="  rent  ", private_notes="tired")
    assert meeting.interests == "rent"
    assert meeting.organizer == people.member and meeting.counterpart == people.ana
    assert meeting.created_by == world.member_a
    entry = AuditEntry.objects.get(action="chapter.meeting.logged")
    assert entry.object_id == meeting.public_id and entry.chapter == world.chapter_a


def test_counterpart_and_date_are_required(world, people, in_a):
    with pytest.raises(ValidationError) as excinfo:
        log(world, people, counterpart=None, held_on=None)
    assert set(errors_of(excinfo)) == {"counterpart", "held_on"}
    assert not Meeting.objects.exists()


def test_future_date_is_refused(world, people, in_a):
    with pytest.raises(ValidationError) as excinfo:
        log(world, people, held_on=days(1))
    assert "future" in errors_of(excinfo)["held_on"][0]
    log(world, people, held_on=days(-3))  # the past is fine


def test_not_with_oneself_nor_another_chapter(world, people, in_a):
    with pytest.raises(ValidationError) as excinfo:
        log(world, people, counterpart=people.member)
    assert "counterpart" in errors_of(excinfo)
    with pytest.raises(ValidationError) as excinfo:
        log(world, people, counterpart=world.person_b)
    assert "counterpart" in errors_of(excinfo)


def test_length_and_follow_up_checks(world, people, in_a):
    with pytest.raises(ValidationError) as excinfo:
        log(world, people, length_minutes=0, follow_up_due=days(3))
    assert set(errors_of(excinfo)) == {"length_minutes", "follow_up"}


def test_new_counterpart_is_created_with_the_meeting(world, people, in_a):
    meeting = log(
        world, people, counterpart=None, new_counterpart={"name": "Rosa New", "kind": "community"}
    )
    assert meeting.counterpart.name == "Rosa New" and meeting.counterpart.kind == "community"
    assert AuditEntry.objects.filter(action="chapter.person.created").count() == 1


def test_new_counterpart_needs_name_and_kind(world, people, in_a):
    with pytest.raises(ValidationError) as excinfo:
        log(world, people, counterpart=None, new_counterpart={"name": " ", "kind": ""})
    assert set(errors_of(excinfo)) == {"new_name", "new_kind"}


def test_story_is_recorded_with_the_meeting(world, people, in_a):
    meeting = log(
        world, people, story={"text": "The bus stopped", "language": "es", "consent": "chapter"}
    )
    story = Story.objects.get()
    assert story.meeting == meeting and story.teller == people.ana
    assert story.collector == people.member and story.language == "es"
    assert ConsentChange.objects.filter(story=story, to_level="chapter").exists()


def test_bad_story_saves_nothing(world, people, in_a):
    with pytest.raises(ValidationError) as excinfo:
        log(
            world,
            people,
            counterpart=None,
            new_counterpart={"name": "Rosa New", "kind": "community"},
            story={"text": "words", "consent": ""},
        )
    assert set(errors_of(excinfo)) == {"story_consent"}
    assert not Meeting.objects.exists()
    assert not Person.objects.filter(name="Rosa New").exists()


def test_update_validates_and_reopens_follow_up(world, people, in_a):
    meeting = log(world, people, follow_up="send flyer")
    services.follow_up_done(meeting=meeting, actor=world.member_a)
    assert meeting.follow_up_done_at is not None
    with pytest.raises(ValidationError):
        services.meeting_update(meeting=meeting, actor=world.member_a, held_on=days(2))
    services.meeting_update(meeting=meeting, actor=world.member_a, follow_up="call again")
    meeting.refresh_from_db()
    assert meeting.follow_up == "call again" and meeting.follow_up_done_at is None
    with pytest.raises(TypeError):
        services.meeting_update(meeting=meeting, actor=world.member_a, chapter=None)


def test_follow_up_done_needs_a_follow_up(world, people, in_a):
    meeting = log(world, people)
    with pytest.raises(ValidationError):
        services.follow_up_done(meeting=meeting, actor=world.member_a)


def test_goal_set(world, in_a):
    goal = services.goal_set(chapter=world.chapter_a, actor=world.leader_a, per_month=12)
    again = services.goal_set(chapter=world.chapter_a, actor=world.leader_a, per_month=20)
    assert goal.pk == again.pk and again.per_month == 20
    with pytest.raises(ValidationError):
        services.goal_set(chapter=world.chapter_a, actor=world.leader_a, per_month=-1)


def test_merge_moves_meetings(world, people):
    dup = make_person(world.chapter_a, "Ana A.", kind="student")
    held = make_meeting(world.chapter_a, dup, people.member)
    met = make_meeting(world.chapter_a, people.leader, dup)
    with scope(chapter=world.chapter_a):
        person_merge(keep=people.ana, drop=dup, actor=world.leader_a)
        held.refresh_from_db()
        met.refresh_from_db()
    assert held.organizer_id == people.ana.pk and met.counterpart_id == people.ana.pk


def test_merge_removes_meetings_between_the_two_records(world, people):
    from hec.core.models import AuditEntry
    from hec.relational.models import Meeting

    dup = make_person(world.chapter_a, "Ana A.", kind="student")
    between = make_meeting(world.chapter_a, dup, people.ana)
    kept_meeting = make_meeting(world.chapter_a, dup, people.member)
    with scope(chapter=world.chapter_a):
        person_merge(keep=people.ana, drop=dup, actor=world.leader_a)
        assert not Meeting.objects.filter(pk=between.pk).exists()
        assert Meeting.objects.get(pk=kept_meeting.pk).organizer_id == people.ana.pk
        entry = AuditEntry.objects.get(action="chapter.people.merged")
    assert entry.data["prepared"] == {"relational.meetings_between_removed": 1}
