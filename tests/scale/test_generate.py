from __future__ import annotations

import io
from collections import Counter

import pytest
from django.core import management
from django.db.models import F
from django_scopes import scopes_disabled

from hec.accounts.models import User
from hec.core.progress import Progress
from hec.listening.models import (
    Attendance,
    ConsentChange,
    ListeningSession,
    Story,
    StoryCode,
)
from hec.listening.search import search_stories
from hec.patterns.engine import CATEGORY_IDS
from hec.people.models import Chapter, Membership, Organization, Partnership, Person
from hec.relational.models import Meeting, MeetingGoal
from hec.scale.generate import generate, has_data
from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_USERS, SCALES


def snapshot() -> dict:
    with scopes_disabled():
        return {
            "chapters": list(Chapter.objects.order_by("slug").values_list("slug", "public_id")),
            "people": list(
                Person.objects.order_by("public_id").values_list(
                    "public_id", "chapter__slug", "name", "email", "kind", "discipline",
                    "archived_at",
                )
            ),
            "memberships": list(
                Membership.objects.order_by("public_id").values_list(
                    "public_id", "person__public_id", "role", "stage", "started_on", "ended_on"
                )
            ),
            "partnerships": Partnership.objects.count(),
            "organizations": list(Organization.objects.order_by("name", "city").values_list(
                "name", "city", "kind"
            )),
            "meetings": list(Meeting.objects.order_by("public_id").values_list(
                "public_id", "organizer__public_id", "counterpart__public_id", "held_on",
                "pressures", "follow_up_due", "follow_up_done_at", "private_notes",
            )),
            "sessions": list(ListeningSession.objects.order_by("public_id").values_list(
                "public_id", "host__public_id", "held_on", "language", "title"
            )),
            "attendance": Attendance.objects.count(),
            "stories": list(Story.objects.order_by("public_id").values_list(
                "public_id", "text", "language", "translation", "consent", "withdrawn_at",
                "teller__public_id", "teller_descriptor", "session__public_id",
                "meeting__public_id",
            )),
            "codes": list(StoryCode.objects.order_by("story__public_id", "kind", "code")
                          .values_list("story__public_id", "kind", "code", "confirmed_at")),
            "consent": list(ConsentChange.objects.order_by("story__public_id", "changed_at")
                            .values_list("story__public_id", "from_level", "to_level")),
        }  # fmt: skip


def wipe() -> None:
    management.call_command("flush", interactive=False, verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_small_scale_is_deterministic_for_a_seed_and_realistic():
    result = generate("small", seed=7, quiet=True)
    first = snapshot()
    wipe()
    generate("small", seed=7, quiet=True)
    assert snapshot() == first
    wipe()
    generate("small", seed=8, quiet=True)
    assert snapshot()["people"] != first["people"]

    scale = SCALES["small"]
    assert len(first["chapters"]) == scale.chapters
    assert result["rows"]["people"] >= scale.people
    with scopes_disabled():
        bench = Chapter.objects.get(slug=BENCH_CHAPTER_SLUG)
        # a few leaders in every chapter, and the bench users can sign in there
        for chapter in Chapter.objects.all():
            leaders = Membership.objects.filter(chapter=chapter, role="leader", ended_on=None)
            assert 1 <= leaders.count() <= 7
        leader = User.objects.get(email=BENCH_USERS["leader"])
        assert Membership.objects.filter(person__user=leader, chapter=bench, role="leader").exists()
        # some duplicate records to merge (same email in one chapter)
        emails = list(Person.objects.filter(chapter=bench).exclude(email="").values_list(
            "email", flat=True))  # fmt: skip
        assert len(emails) > len(set(emails))
    assert has_data()


@pytest.mark.django_db(transaction=True)
def test_small_scale_has_meetings_sessions_and_coded_stories():
    result = generate("small", seed=7, quiet=True)
    scale = SCALES["small"]
    assert result["rows"]["meetings"] == scale.meetings
    assert scale.stories <= result["rows"]["stories"] <= scale.stories * 1.05
    with scopes_disabled():
        bench = Chapter.objects.get(slug=BENCH_CHAPTER_SLUG)
        assert Meeting.objects.filter(chapter=bench).count() == scale.bench_chapter_meetings
        stories = Story.objects.all()
        assert stories.filter(chapter=bench).count() >= scale.bench_chapter_stories
        # organizer, counterpart, teller, collector, session: always of the story's chapter
        assert not Meeting.objects.exclude(counterpart__chapter=F("chapter")).exists()
        assert not Meeting.objects.exclude(organizer__chapter=F("chapter")).exists()
        assert not stories.exclude(collector__chapter=F("chapter")).exists()
        assert not stories.exclude(teller=None).exclude(teller__chapter=F("chapter")).exists()
        assert not stories.exclude(session=None).exclude(session__chapter=F("chapter")).exists()
        assert not stories.filter(teller=None, teller_descriptor="").exists()
        assert Meeting.objects.exclude(follow_up_due=None).filter(follow_up_done_at=None).exists()
        assert MeetingGoal.objects.filter(chapter=bench).exists()
        assert Attendance.objects.count() >= 4 * ListeningSession.objects.count()
        # sources, languages, consent mix
        assert stories.exclude(session=None).count() > stories.count() / 3
        assert stories.exclude(meeting=None).count() > stories.count() / 10
        es = stories.filter(language="es").count() / stories.count()
        assert 0.2 < es < 0.4
        assert stories.filter(language="es").exclude(translation="").exists()
        mix = Counter(stories.values_list("consent", flat=True))
        assert mix["chapter"] > mix["network"] > mix["public"] > 0 and mix["private"] > 0
        assert 0 < stories.exclude(withdrawn_at=None).count() < stories.count() / 20
        # every story has its consent history; withdrawals are in it
        first = ConsentChange.objects.filter(from_level="")
        assert first.count() == stories.count()
        withdrawn = ConsentChange.objects.filter(to_level="withdrawn").count()
        assert withdrawn == stories.exclude(withdrawn_at=None).count()
        # codes: every category used; most confirmed, some only suggested
        codes = StoryCode.objects.filter(kind="category")
        assert set(codes.values_list("code", flat=True)) == set(CATEGORY_IDS)
        assert codes.filter(confirmed_at=None).exists()
        assert codes.exclude(confirmed_at=None).count() > codes.count() * 0.7
        # the full-text index follows bulk inserts
        found = search_stories(stories.filter(language="es"), "renta")
        assert found.exists() and all("renta" in s.text.lower() for s in found[:20])


def test_generate_refuses_a_database_with_data_unless_reset(world, capsys):
    from hec.scale.generate import main

    assert main(["--scale", "small", "--quiet"]) == 1
    assert "--reset" in capsys.readouterr().err


def test_progress_prints_a_bar():
    stream = io.StringIO()
    with Progress(200, "people", stream=stream) as bar:
        bar.advance(100)
        bar.advance(100)
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("people")
    assert "200/200" in lines[-1] and "100%" in lines[-1]
    assert "[" + "#" * 30 + "]" in lines[-1]
    quiet = io.StringIO()
    Progress(5, "x", stream=quiet, quiet=True).advance(5)
    assert quiet.getvalue() == ""
