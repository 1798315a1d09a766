from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from hec.accounts.models import User
from hec.core.permissions import ChapterRole, NetworkRole
from hec.core.tenancy import chapters_for
from hec.demo import data
from hec.demo.stories import STORIES
from hec.demo.world import DEMO_LOGINS, DEMO_PASSWORD, build_demo_world, print_logins
from hec.listening.models import (
    Attendance,
    ChapterCode,
    ConsentChange,
    ListeningSession,
    Story,
    StoryCode,
)
from hec.patterns.engine import CATEGORY_IDS, DOWNSTREAM
from hec.people.models import Affiliate, Chapter, Membership, Person, PersonKind
from hec.relational.models import Meeting, MeetingGoal


@pytest.fixture(scope="module")
def demo_world(django_db_setup, django_db_blocker):
    """The demo world is built once for this module (it takes seconds), inside a transaction
    rolled back when the module ends; each test runs in its own savepoint within it (`db`),
    so what a test changes is undone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_demo_world()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_world, db):
    return None


def counts() -> tuple[int, ...]:
    with scopes_disabled():
        return (
            Affiliate.objects.count(),
            Chapter.objects.count(),
            Person.objects.count(),
            Membership.objects.count(),
            User.objects.count(),
            Meeting.objects.count(),
            MeetingGoal.objects.count(),
            ListeningSession.objects.count(),
            Attendance.objects.count(),
            Story.objects.count(),
            StoryCode.objects.count(),
            ConsentChange.objects.count(),
            ChapterCode.objects.count(),
        )


def test_demo_world_is_believable(demo):
    assert set(Affiliate.objects.values_list("slug", flat=True)) == {
        "sound-alliance",
        "spokane-alliance",
        "macg",
    }
    assert set(Chapter.objects.values_list("city", flat=True)) >= {"Seattle", "Spokane", "Portland"}
    assert Chapter.objects.count() >= 4
    with scopes_disabled():
        people = list(Person.objects.all())
        assert 140 <= len(people) <= 200
        kinds = Counter(p.kind for p in people)
        assert kinds[PersonKind.STUDENT] > 80
        assert kinds[PersonKind.ALLY] and kinds[PersonKind.COMMUNITY] and kinds[PersonKind.OFFICIAL]
        assert len({p.discipline for p in people if p.discipline}) >= 7
        assert {p.program_level for p in people if p.program_level} == {
            "undergrad",
            "graduate",
            "professional",
        }
        assert all(Person.objects.filter(chapter=c).count() >= 30 for c in Chapter.objects.all())


def test_every_role_has_a_demo_login_that_works(demo):
    roles = {network_role or role for _e, _n, network_role, _c, role in DEMO_LOGINS}
    assert roles >= set(ChapterRole.values) | {
        NetworkRole.NETWORK_ADMIN,
        NetworkRole.AFFILIATE_ORGANIZER,
    }
    for email, *_ in DEMO_LOGINS:
        assert User.objects.get(email=email).check_password(DEMO_PASSWORD), email
    leader = User.objects.get(email="leader@demo.hec")
    assert len(chapters_for(leader)) == 2  # shows the chapter switcher


def test_running_the_demo_again_adds_nothing(demo):
    before = counts()
    build_demo_world()
    assert counts() == before


def test_logins_are_printed(demo, capsys):
    print_logins("http://127.0.0.1:8000")
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out
    for email, *_ in DEMO_LOGINS:
        assert email in out


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


def test_demo_stories_are_written_for_every_category_in_both_languages():
    assert len(STORIES) >= 160
    languages = Counter(s.language for s in STORIES)
    assert set(languages) == {"en", "es"}
    assert 0.28 <= languages["es"] / len(STORIES) <= 0.4
    assert {s.city for s in STORIES} == {"Seattle", "Spokane", "Portland"}
    assert {c for s in STORIES for c in s.categories} == set(CATEGORY_IDS)
    assert {e for s in STORIES for e in s.effects} == set(DOWNSTREAM)
    assert set(Counter(s.consent for s in STORIES)) == {"private", "chapter", "network", "public"}
    assert len({s.text for s in STORIES}) == len(STORIES)
    for s in STORIES:
        assert 1 <= len(s.categories) <= 3 and len(set(s.categories)) == len(s.categories), s
        assert set(s.effects) <= set(DOWNSTREAM), s
        assert 2 <= sentences(s.text) <= 5, s.text
        assert not s.translation or s.language == "es", s
    # the campaigns' pressures are in the words, where they happened
    spokane = [s for s in STORIES if s.city == "Spokane" and "work_conditions" in s.categories]
    assert any("sick" in s.text for s in spokane)
    assert any("smoke" in s.text or "humo" in s.text for s in STORIES if s.city == "Spokane")
    portland = [s.text for s in STORIES if s.city == "Portland"]
    assert any("label" in t for t in portland) and any("no-cause" in t for t in portland)
    assert any("sweep" in s.text for s in STORIES if s.city == "Seattle")
    # sessions' themes name real sessions and categories
    assert set(data.SESSION_THEMES) == {row[1] for row in data.SESSIONS}
    assert {c for themes in data.SESSION_THEMES.values() for c in themes} <= set(CATEGORY_IDS)


def test_demo_world_has_one_to_ones_with_follow_ups(demo):
    today = timezone.localdate()
    with scopes_disabled():
        meetings = Meeting.objects.all()
        assert 250 <= meetings.count() <= 400
        for chapter in Chapter.objects.all():
            assert meetings.filter(chapter=chapter).count() >= 50
            assert MeetingGoal.objects.filter(chapter=chapter).exists()
        assert meetings.filter(held_on__lt=today - timedelta(days=180)).exists()
        assert not meetings.filter(held_on__lt=today - timedelta(days=250)).exists()
        open_ = meetings.filter(follow_up_done_at=None).exclude(follow_up="")
        assert open_.filter(follow_up_due__lt=today).count() >= 10  # late
        assert open_.filter(follow_up_due__gte=today).count() >= 5  # due
        assert meetings.exclude(follow_up_done_at=None).count() >= 30
        assert meetings.exclude(private_notes="").count() >= 10
        assert meetings.exclude(pressures="").count() >= 200
        # the demo leader holds enough of them for "my follow-ups" to show
        leader = Person.objects.get(user__email="leader@demo.hec", chapter__slug="uw-seattle")
        assert meetings.filter(organizer=leader).count() >= 5


def test_demo_world_has_a_dozen_listening_sessions(demo):
    with scopes_disabled():
        sessions = list(ListeningSession.objects.select_related("host"))
        assert len(sessions) == 12
        assert {s.language for s in sessions} == {"en", "es"}
        assert sum(s.organization_id is not None for s in sessions) >= 10
        for s in sessions:
            present = Attendance.objects.filter(session=s)
            assert present.count() >= 6
            assert present.filter(person=s.host).exists()
            assert Story.objects.filter(session=s).exists(), s.title


def test_demo_world_has_coded_stories_with_consent_history(demo):
    with scopes_disabled():
        stories = Story.objects.all()
        assert stories.count() >= 150
        assert {"en", "es"} <= set(stories.values_list("language", flat=True))
        assert stories.exclude(translation="").count() >= 10
        assert stories.exclude(session=None).count() >= 50
        assert stories.exclude(meeting=None).count() >= 10
        assert stories.exclude(teller=None).count() >= 20
        assert stories.exclude(teller_descriptor="").count() >= 50
        assert not stories.filter(teller=None, teller_descriptor="").exists()
        assert set(stories.values_list("consent", flat=True)) == {
            "private",
            "chapter",
            "network",
            "public",
        }
        confirmed = StoryCode.objects.exclude(confirmed_at=None)
        categories = confirmed.filter(kind="category")
        assert set(categories.values_list("code", flat=True)) == set(CATEGORY_IDS)
        assert set(confirmed.filter(kind="effect").values_list("code", flat=True)) == set(
            DOWNSTREAM
        )
        per_story = Counter(categories.values_list("story_id", flat=True))
        # one story in eight waits with the engine's suggestions, none of them confirmed
        waiting = set(stories.values_list("id", flat=True)) - set(per_story)
        assert 0.08 * stories.count() <= len(waiting) <= 0.2 * stories.count()
        suggested = StoryCode.objects.filter(story_id__in=waiting, confirmed_at=None)
        assert set(suggested.values_list("story_id", flat=True)) <= waiting
        assert suggested.count() >= len(waiting) // 2
        assert set(per_story.values()) <= {1, 2, 3}
        assert confirmed.exclude(confirmed_by=None).count() == confirmed.count()
        assert confirmed.filter(kind="chapter").count() >= 5
        # every story's history starts with the consent given; a few changed; one withdrawn
        assert ConsentChange.objects.filter(from_level="").count() == stories.count()
        changes = ConsentChange.objects.exclude(from_level="")
        assert changes.exclude(to_level="withdrawn").count() >= 3
        withdrawn = stories.exclude(withdrawn_at=None)
        assert withdrawn.count() == 1
        assert changes.filter(to_level="withdrawn", story=withdrawn.get()).exists()
        assert stories.filter(chapter__slug="seattle-u").count() >= 15
