from __future__ import annotations

from django.utils import timezone
from django_scopes import scope, scopes_disabled

from hec.core.permissions import ChapterRole
from hec.listening.models import Story
from hec.people.models import Person
from hec.relational.models import Meeting
from tests.factories import make_member, make_person, make_user
from tests.relational.conftest import days, make_meeting, url


def test_log_form_defaults(world, people, client_for):
    response = client_for(world.member_a).get(url(world, "meeting-log"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="search" name="counterpart_query"' in html and "autofocus" in html
    assert f'value="{timezone.localdate():%Y-%m-%d}"' in html  # date defaults to today
    assert 'type="date"' in html and 'type="number"' in html
    assert f'<option value="{people.member.public_id}" selected>' in html  # organizer: me


def test_log_and_offer_another(world, people, client_for):
    client = client_for(world.member_a)
    response = client.post(
        url(world, "meeting-log"),
        {
            "counterpart": people.ana.public_id,
            "held_on": days(0).isoformat(),
            "medium": "phone",
            "length_minutes": "45",
            "interests": "clinic hours",
            "organizer": people.member.public_id,
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        meeting = Meeting.objects.get()
    assert meeting.medium == "phone" and meeting.length_minutes == 45
    page = client.get(response["Location"]).content.decode()
    assert "Ana Alphaperson" in page and "Log another" in page


def test_log_with_new_person_and_story(world, people, client_for):
    response = client_for(world.member_a).post(
        url(world, "meeting-log"),
        {
            "new_name": "Rosa Community",
            "new_kind": "community",
            "held_on": days(-1).isoformat(),
            "medium": "in_person",
            "length_minutes": "30",
            "story_text": "Mi renta subió",
            "story_language": "es",
            "story_consent": "private",
            "organizer": people.member.public_id,
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        story = Story.objects.get()
        assert story.teller.name == "Rosa Community" and story.consent == "private"
        assert story.meeting is not None


def test_form_keeps_typed_values_on_error(world, people, client_for):
    response = client_for(world.member_a).post(
        url(world, "meeting-log"),
        {
            "counterpart_query": "Alphap",
            "held_on": days(5).isoformat(),
            "medium": "video",
            "length_minutes": "40",
            "interests": "bus routes to the clinic",
            "private_notes": "keep this",
            "organizer": people.member.public_id,
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose who you met, or add them." in html
    assert "The date cannot be in the future." in html
    assert "bus routes to the clinic" in html and "keep this" in html
    assert 'value="40"' in html and 'value="Alphap"' in html
    assert '<option value="video" selected>' in html
    # the server lists the people matching what was typed, to pick without JavaScript
    assert f'value="{people.ana.public_id}"' in html
    with scopes_disabled():
        assert not Meeting.objects.exists()


def test_chosen_counterpart_stays_checked_on_error(world, people, client_for):
    html = (
        client_for(world.member_a)
        .post(
            url(world, "meeting-log"),
            {"counterpart": people.ana.public_id, "held_on": "", "medium": "phone"},
        )
        .content.decode()
    )
    assert f'value="{people.ana.public_id}" checked' in html
    assert "Give the date of the one-to-one." in html


def test_people_search(world, people, client_for):
    make_person(world.chapter_a, "Anabel Archived", archived_at=timezone.now())
    html = (
        client_for(world.member_a)
        .get(url(world, "meeting-people-search") + "?counterpart_query=ana")
        .content.decode()
    )
    assert "Ana Alphaperson" in html and "Archived" not in html
    assert "BETAMARKER" not in html
    none = client_for(world.member_a).get(
        url(world, "meeting-people-search") + "?counterpart_query=zzz"
    )
    assert b"No one found" in none.content


def _private_setup(world, people):
    outsider_user = make_user("other.a@example.org", name="Oli Other")
    make_member(world.chapter_a, outsider_user, ChapterRole.MEMBER, "Oli Other")
    meeting = make_meeting(
        world.chapter_a,
        people.member,
        people.ana,
        interests="housing",
        private_notes="SECRETNOTE",
        follow_up="call",
    )
    return meeting, outsider_user


def test_private_notes_visibility(world, people, client_for):
    meeting, other = _private_setup(world, people)
    detail = url(world, "meeting-detail", meeting.public_id)
    assert b"SECRETNOTE" in client_for(world.member_a).get(detail).content  # who met
    assert b"SECRETNOTE" in client_for(world.leader_a).get(detail).content  # a leader
    response = client_for(other).get(detail)
    assert response.status_code == 200 and b"SECRETNOTE" not in response.content
    assert b"housing" in response.content
    # editing shows the notes, so only who met and leaders may
    edit = url(world, "meeting-edit", meeting.public_id)
    assert client_for(other).get(edit).status_code == 403
    assert client_for(world.leader_a).get(edit).status_code == 200
    done = url(world, "follow-up-done", meeting.public_id)
    assert client_for(other).post(done).status_code == 403


def test_private_notes_never_in_lists(world, people, client_for):
    meeting, other = _private_setup(world, people)
    for user in (world.member_a, world.leader_a, other):
        client = client_for(user)
        for page in (
            url(world, "meeting-list"),
            url(world, "meeting-list") + f"?person={people.ana.public_id}",
            url(world, "person-detail", people.ana.public_id),
            url(world, "follow-ups"),
            url(world, "meeting-counts"),
            url(world, "network-graph"),
            url(world, "network-graph-data"),
        ):
            response = client.get(page)
            assert response.status_code == 200, page
            assert b"SECRETNOTE" not in response.content, page


def test_list_filters(world, people, client_for):
    make_meeting(world.chapter_a, people.member, people.ana, held_on=days(-40))
    make_meeting(world.chapter_a, people.leader, people.ana, held_on=days(-2))
    client = client_for(world.leader_a)
    mine = client.get(url(world, "meeting-list") + f"?organizer={people.leader.public_id}")
    assert mine.context["page"].paginator.count == 1
    recent = client.get(url(world, "meeting-list") + f"?date_from={days(-10).isoformat()}")
    assert recent.context["page"].paginator.count == 1
    everyone = client.get(url(world, "meeting-list"))
    assert everyone.context["page"].paginator.count == 2


def test_list_query_count_is_bounded(world, people, client_for, django_assert_max_num_queries):
    with scopes_disabled():
        others = Person.objects.bulk_create(
            [Person(chapter=world.chapter_a, name=f"P {i}", kind="student") for i in range(60)]
        )
        Meeting.objects.bulk_create(
            [
                Meeting(chapter=world.chapter_a, organizer=people.member, counterpart=p)
                for p in others + others
            ]
        )
    client = client_for(world.member_a)
    with django_assert_max_num_queries(12):
        response = client.get(url(world, "meeting-list") + "?page=2")
    assert len(response.context["page"]) == 50


def test_edit(world, people, client_for):
    meeting = make_meeting(world.chapter_a, people.member, people.ana, interests="old")
    response = client_for(world.member_a).post(
        url(world, "meeting-edit", meeting.public_id),
        {
            "counterpart": people.ana.public_id,
            "held_on": days(-1).isoformat(),
            "medium": "video",
            "length_minutes": "20",
            "interests": "new",
            "organizer": people.member.public_id,
        },
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.interests == "new" and meeting.medium == "video"


def test_follow_ups_due_late_upcoming(world, people, client_for):
    late = make_meeting(
        world.chapter_a, people.member, people.ana, follow_up="LATEONE", follow_up_due=days(-1)
    )
    make_meeting(
        world.chapter_a, people.member, people.ana, follow_up="DUEONE", follow_up_due=days(0)
    )
    make_meeting(
        world.chapter_a, people.member, people.ana, follow_up="SOONONE", follow_up_due=days(7)
    )
    make_meeting(
        world.chapter_a, people.member, people.ana, follow_up="LATERONE", follow_up_due=days(8)
    )
    make_meeting(world.chapter_a, people.member, people.ana, follow_up="UNDATED")
    make_meeting(
        world.chapter_a, people.leader, people.ana, follow_up="NOTMINE", follow_up_due=days(0)
    )
    make_meeting(
        world.chapter_a,
        people.member,
        people.ana,
        follow_up="DONEONE",
        follow_up_done_at=timezone.now(),
    )
    client = client_for(world.member_a)
    response = client.get(url(world, "follow-ups"))
    groups = {key: [m.follow_up for m in items] for key, _t, items in response.context["groups"]}
    assert groups == {
        "late": ["LATEONE"],
        "due": ["DUEONE", "SOONONE"],
        "upcoming": ["LATERONE"],
        "undated": ["UNDATED"],
    }
    # mark done with htmx: the row comes back, the follow-up leaves the list
    done = client.post(url(world, "follow-up-done", late.public_id), HTTP_HX_REQUEST="true")
    assert done.status_code == 200 and b"Undo" in done.content
    late.refresh_from_db()
    assert late.follow_up_done_at is not None
    assert b"LATEONE" not in client.get(url(world, "follow-ups")).content
    assert client.get(url(world, "follow-up-done", late.public_id)).status_code == 405


def test_person_section(world, people, client_for):
    make_meeting(world.chapter_a, people.member, people.ana, interests="INTERESTMARK")
    html = client_for(world.leader_a).get(url(world, "person-detail", people.ana.public_id))
    assert b"INTERESTMARK" in html.content and b"One-to-ones" in html.content


def test_members_without_the_capability(world, people, client_for):
    partner = make_user("partner.a@example.org")
    make_member(
        world.chapter_a, partner, ChapterRole.COMMUNITY_PARTNER, "Cam Partner", kind="community"
    )
    client = client_for(partner)
    for name in ("meeting-list", "meeting-log", "follow-ups", "meeting-counts", "network-graph"):
        assert client.get(url(world, name)).status_code == 403, name
    html = client.get(url(world, "chapter-home")).content
    assert b"One-to-ones" not in html
    with scope(chapter=world.chapter_a):
        assert not Meeting.objects.exists()
