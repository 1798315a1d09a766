"""Every page in the bench registry renders for its user (the bench and the accessibility
tests rely on it), with a query count that does not grow with the data."""

from __future__ import annotations

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from hec.api.models import ApiToken
from hec.listening.models import Attendance, ListeningSession, Story, StoryCode
from hec.people.models import Organization, Partnership, Person
from hec.relational.models import Meeting
from hec.scale.pages import PAGES, Target
from tests.factories import make_person


def users(world):
    return {"leader": world.leader_a, "member": world.member_a, "admin": world.network_admin}


def listening_rows(world, n: int, tag: str = "") -> None:
    """One-to-ones, a session with attendance and stories (with codes) in chapter A."""
    chapter = world.chapter_a
    with scopes_disabled():
        people = list(Person.objects.filter(chapter=chapter).order_by("id"))
        for i in range(n):
            make_person(chapter, f"Counterpart {tag}{i:02d}", kind="community")
        people = list(Person.objects.filter(chapter=chapter).order_by("id"))
        host = people[0]
        session = ListeningSession.objects.create(
            chapter=chapter, title=f"House meeting {tag}", host=host, language="es"
        )
        for i, person in enumerate(people[1 : n + 1]):
            Meeting.objects.create(
                chapter=chapter,
                organizer=host,
                counterpart=person,
                pressures="rent",
                follow_up="Call back",
                follow_up_due=date(2020, 1, 1) if i % 2 else date(2099, 1, 1),
                private_notes="private words",
            )
            Attendance.objects.create(chapter=chapter, session=session, person=person)
            for consent in ("chapter", "private", "network"):
                story = Story.objects.create(
                    chapter=chapter,
                    text=f"La renta subió otra vez {tag}{i}.",
                    language="es",
                    translation="The rent went up again.",
                    translation_language="en",
                    consent=consent,
                    collector=host,
                    teller=person if i % 2 else None,
                    teller_descriptor="" if i % 2 else "30s, Rainier Valley",
                    session=session,
                )
                StoryCode.objects.create(
                    chapter=chapter,
                    story=story,
                    kind="category",
                    code="housing_instability",
                    confirmed_at=timezone.now(),
                )


def target(world) -> Target:
    organization = Organization.objects.create(name="Alpha Clinic", kind="clinic", city="X")
    with scopes_disabled():
        Partnership.objects.create(chapter=world.chapter_a, organization=organization)
    listening_rows(world, 3)
    return Target.for_chapter(world.chapter_a)


def get(page, path, world, client_for):
    user = users(world)[page.user]
    client = client_for(user)
    if page.api:
        _, raw = ApiToken.issue(user=user, name="t")
        return client.get(path, headers={"Authorization": f"Bearer {raw}"})
    return client.get(path)


def test_registered_pages_render_in_constant_queries(world, client_for):
    """One world for all pages (building it hashes passwords: slow); failures are collected."""
    t = target(world)
    pages = [(page, path) for page in PAGES if (path := page.path(t)) is not None]
    assert len(pages) >= 2, "the registry resolves no pages"
    assert t.meeting_id and t.session_id and t.story_id
    problems, before = [], {}

    def count(page, path) -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = get(page, path, world, client_for)
        if response.status_code != 200:
            problems.append(f"{page.name} {path}: {response.status_code}")
        if b"BETAMARKER" in response.content:
            problems.append(f"{page.name} {path}: shows chapter B's data")
        return len(ctx.captured_queries)

    for page, path in pages:
        count(page, path)  # warm-up
        before[page.name] = count(page, path)
    for i in range(60):
        make_person(world.chapter_a, f"Extra Person {i:02d}", email=f"x{i}@alpha.example")
    listening_rows(world, 30, tag="more ")
    for page, path in pages:
        after = count(page, path)
        if after != before[page.name]:
            problems.append(
                f"{page.name}: {before[page.name]} queries, then {after} with more people"
            )
    assert not problems, "\n".join(problems)


def test_registry_names_are_unique():
    names = [p.name for p in PAGES]
    assert len(names) == len(set(names))
