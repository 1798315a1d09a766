"""Demo world steps for one-to-ones, goals, listening sessions and stories.

Each step skips a chapter that already has its rows, so `hec demo` run again adds nothing.
Writes go through the services (`hec.relational.services`, `hec.listening.services`), like a
member would make them; only the dates are set back afterwards so the world has a past.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from django.utils import timezone

from hec.core.permissions import ChapterRole
from hec.demo import data
from hec.demo.stories import STORIES, DemoStory
from hec.listening import services as listening
from hec.listening.models import ChapterCode, ConsentChange, ListeningSession, Story, StoryCode
from hec.people.models import Chapter, Organization, Person, PersonKind
from hec.relational import services as relational
from hec.relational.models import Meeting, MeetingGoal

SEED = 2014  # the year the Tent City Coalition began
MEETINGS_PER_CHAPTER = 80
DAYS_BACK = 240  # about eight months
AGE_BANDS = ["20s", "30s", "40s", "50s", "60s", "70s"]


def _rng(step: str, chapter: Chapter) -> random.Random:
    return random.Random(f"{SEED}:{step}:{chapter.slug}")


def _members(chapter: Chapter) -> list[Person]:
    """Students holding an open leader or member role: they hold one-to-ones and collect
    stories (demo logins first, so their pages have something to show)."""
    return list(
        Person.objects.filter(
            chapter=chapter,
            kind=PersonKind.STUDENT,
            memberships__role__in=[ChapterRole.LEADER, ChapterRole.MEMBER],
            memberships__ended_on__isnull=True,
        )
        .distinct()
        .order_by("user_id", "id")
    )


def _leader(chapter: Chapter) -> Person:
    return (
        Person.objects.filter(
            chapter=chapter, memberships__role=ChapterRole.LEADER, memberships__ended_on=None
        )
        .order_by("user_id", "id")
        .first()
    ) or _members(chapter)[0]


def _user(person: Person, chapter: Chapter) -> Any:
    """Who confirms codes: the collector's account, else the chapter's leader with one."""
    if person.user_id:
        return person.user
    with_account = Person.objects.filter(chapter=chapter, user__isnull=False)
    leader = with_account.filter(memberships__role=ChapterRole.LEADER).first()
    leader = leader or with_account.order_by("id").first()
    return leader.user if leader else None


def build_meetings() -> None:
    today = timezone.localdate()
    for chapter in Chapter.objects.order_by("id"):
        if Meeting.objects.filter(chapter=chapter).exists():
            continue
        rng = _rng("meetings", chapter)
        organizers = _members(chapter)
        everyone = list(Person.objects.filter(chapter=chapter).order_by("id"))
        # demo logins first: the leader's "my follow-ups" shows due and late ones
        weights = [6 if p.user_id else 1 for p in organizers]
        for _ in range(MEETINGS_PER_CHAPTER):
            organizer = rng.choices(organizers, weights)[0]
            counterpart = rng.choice([p for p in everyone if p != organizer])
            held_on = today - timedelta(days=int(rng.triangular(0, DAYS_BACK, 20)))
            fields: dict[str, Any] = {}
            if rng.random() < 0.85:
                fields["interests"] = rng.choice(data.INTERESTS)
                fields["pressures"] = "; ".join(
                    rng.sample(data.PRESSURES[chapter.city], rng.randint(1, 2))
                )
            if rng.random() < 0.45:
                fields["follow_up"] = rng.choice(data.FOLLOW_UPS)
                fields["follow_up_due"] = held_on + timedelta(days=rng.randint(5, 21))
            if rng.random() < 0.12:
                fields["private_notes"] = rng.choice(data.PRIVATE_NOTES)
            meeting = relational.meeting_log(
                chapter=chapter,
                actor=organizer.user,
                organizer=organizer,
                counterpart=counterpart,
                held_on=held_on,
                medium=rng.choices(["in_person", "phone", "video"], [7, 2, 1])[0],
                length_minutes=rng.choice([25, 30, 30, 40, 45, 60]),
                **fields,
            )
            due = fields.get("follow_up_due")
            if due and due < today - timedelta(days=3) and rng.random() < 0.7:
                relational.follow_up_done(meeting=meeting, actor=organizer.user)
            Meeting.objects.filter(pk=meeting.pk).update(created_at=_at(held_on))


def build_goals() -> None:
    for chapter in Chapter.objects.order_by("id"):
        if not MeetingGoal.objects.filter(chapter=chapter).exists():
            per_month = 15 if chapter.slug == "seattle-u" else 12
            relational.goal_set(chapter=chapter, actor=None, per_month=per_month)


def build_sessions() -> None:
    today = timezone.localdate()
    by_chapter: dict[str, list[tuple]] = {}
    for row in data.SESSIONS:
        by_chapter.setdefault(row[0], []).append(row)
    for chapter in Chapter.objects.filter(slug__in=by_chapter).order_by("id"):
        if ListeningSession.objects.filter(chapter=chapter).exists():
            continue
        rng = _rng("sessions", chapter)
        members = _members(chapter)
        people = list(Person.objects.filter(chapter=chapter).order_by("id"))
        for i, (_slug, title, org, days_ago, place, language, size) in enumerate(
            by_chapter[chapter.slug]
        ):
            host = _leader(chapter) if i == 0 else rng.choice(members)
            session = listening.session_create(
                chapter=chapter,
                actor=host.user,
                title=title,
                host=host,
                organization=Organization.objects.filter(name=org).first() if org else None,
                held_on=today - timedelta(days=days_ago),
                place=place,
                language=language,
            )
            speakers = [p for p in people if language in (p.languages_spoken or ["en"])]
            present = [host] + rng.sample(
                [p for p in (speakers or people) if p != host],
                min(size - 1, len(speakers or people) - 1),
            )
            for person in present:
                listening.attendance_add(session=session, person=person, actor=host.user)


def _chapter_stories() -> Iterator[tuple[Chapter, list[DemoStory]]]:
    """The city's stories; Seattle's two chapters share them two to one."""
    for chapter in Chapter.objects.filter(slug__in=[c[0] for c in data.CHAPTERS]).order_by("id"):
        mine = [s for s in STORIES if s.city == chapter.city]
        if chapter.slug == "uw-seattle":
            mine = [s for i, s in enumerate(mine) if i % 3 != 2]
        elif chapter.slug == "seattle-u":
            mine = [s for i, s in enumerate(mine) if i % 3 == 2]
        yield chapter, mine


def build_stories() -> None:
    """Stories told at the chapter's sessions or in its one-to-ones, coded by the collector."""
    for chapter, mine in _chapter_stories():
        if Story.objects.filter(chapter=chapter).exists():
            continue
        rng = _rng("stories", chapter)
        codes = _chapter_codes(chapter)
        sessions = list(ListeningSession.objects.filter(chapter=chapter).order_by("held_on"))
        meetings = list(
            Meeting.objects.filter(chapter=chapter, counterpart__kind=PersonKind.COMMUNITY)
            .select_related("organizer", "counterpart")
            .order_by("held_on", "id")
        )
        rng.shuffle(meetings)
        for number, demo in enumerate(mine):
            source: dict[str, Any] = {}
            told = rng.random()
            matching = _on_theme(sessions, demo)
            if told < 0.7 and matching:
                session = rng.choice(matching)
                attendees = list(Person.objects.filter(attendances__session=session))
                collector = session.host
                teller = rng.choice([p for p in attendees if p != collector] or [None])
                source = {"session": session, "told_on": session.held_on}
            elif told < 0.9 and meetings:
                meeting = meetings.pop()
                collector, teller = meeting.organizer, meeting.counterpart
                source = {"meeting": meeting, "told_on": meeting.held_on}
            else:
                collector, teller = rng.choice(_members(chapter)), None
                source = {"told_on": timezone.localdate() - timedelta(days=rng.randint(5, 200))}
            anonymous = bool(demo.descriptor) or demo.consent == "private" or teller is None
            band, place = rng.choice(AGE_BANDS), rng.choice(data.HOME_COMMUNITIES[chapter.city])
            descriptor = demo.descriptor or f"{band}, {place}"
            story = listening.story_create(
                chapter=chapter,
                actor=collector.user,
                collector=collector,
                text=demo.text,
                language=demo.language,
                consent=demo.consent,
                consent_method=rng.choices(["verbal", "written", "digital"], [6, 3, 1])[0],
                teller=None if anonymous else teller,
                teller_descriptor=descriptor if anonymous else "",
                translation=demo.translation,
                translation_language="en" if demo.translation else "",
                **source,
            )
            told_on = source["told_on"]
            Story.objects.filter(pk=story.pk).update(
                consent_given_on=told_on, created_at=_at(told_on)
            )
            ConsentChange.objects.filter(story=story).update(changed_at=_at(told_on))
            if number % 8 == 7:
                continue  # left with the engine's suggestions, waiting for someone to confirm
            listening.story_code(
                story=story,
                actor=_user(collector, chapter),
                categories=demo.categories,
                effects=demo.effects,
                chapter_codes=[c for c, words in codes if any(w in demo.text for w in words)],
            )
            StoryCode.objects.filter(story=story, confirmed_by__isnull=False).update(
                confirmed_at=_at(told_on, days=2)
            )


def _on_theme(sessions: list[ListeningSession], demo: DemoStory) -> list[ListeningSession]:
    """Sessions in the story's language about its main pressure (else any of its pressures)."""
    same = [s for s in sessions if s.language == demo.language]
    for wanted in (demo.categories[:1], demo.categories):
        themed = [s for s in same if set(wanted) & set(data.SESSION_THEMES.get(s.title, ()))]
        if themed:
            return themed
    return []


def _chapter_codes(chapter: Chapter) -> list[tuple[ChapterCode, tuple[str, ...]]]:
    out = []
    for slug, category, label, words in data.CHAPTER_CODES:
        if slug == chapter.slug:
            code = ChapterCode.objects.filter(chapter=chapter, label=label).first()
            code = code or listening.chapter_code_create(
                chapter=chapter, actor=None, category=category, label=label
            )
            out.append((code, words))
    return out


# story opening words, new level, how, note; the last one is withdrawn
CONSENT_CHANGES = [
    ("Before the sick leave ordinance", "public", "written", "Agreed to be quoted at the council"),
    ("We got a ninety-day no-cause notice", "public", "written", "For the housing testimony"),
    ("My grandmother only reads Vietnamese", "network", "verbal", "Narrowed: family asked"),
    ("Our rent went up three hundred", "network", "digital", "Happy to share with Spokane"),
    ("Mi vecina aguanta los golpes", None, "verbal", "The teller asked us to remove it"),
]


def build_consent_history() -> None:
    """A few consent changes after the fact, and one withdrawal."""
    if ConsentChange.objects.exclude(from_level="").exists():
        return
    for opening, level, method, note in CONSENT_CHANGES:
        story = Story.objects.filter(text__startswith=opening).order_by("id").first()
        if story is None:
            continue
        actor = _user(story.collector, story.chapter)
        if level is None:
            listening.consent_withdraw(story=story, actor=actor, method=method, note=note)
        elif level != story.consent:
            listening.consent_change(
                story=story, actor=actor, to_level=level, method=method, note=note
            )


def _at(day: date, days: int = 0) -> Any:
    return timezone.make_aware(datetime.combine(day + timedelta(days=days), time(18)))


STEPS = [
    ("one-to-ones and follow-ups", build_meetings),
    ("monthly one-to-one goals", build_goals),
    ("listening sessions and attendance", build_sessions),
    ("stories, coded by their collectors", build_stories),
    ("consent changes and a withdrawal", build_consent_history),
]
