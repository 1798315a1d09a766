"""Real-browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium) against
pytest-django's live server. Nothing is downloaded by the test tool.

Run: `make browser` (or `.venv/bin/pytest -m browser`). A failing test leaves a screenshot in
test-results/.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django_scopes import scopes_disabled

from hec.core.permissions import ChapterRole
from hec.people.models import Chapter, Organization, Partnership, Person
from tests.factories import PASSWORD, build_world, make_member

# Playwright's sync API runs an event loop in the main thread from the first browser test until
# the session ends, so Django would refuse ORM calls in fixtures and in every test collected after
# these (a run without `-m`, as on PostgreSQL in CI). The calls are synchronous: allow them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
RESULTS = Path(__file__).resolve().parents[2] / "test-results"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    if not Path(CHROMIUM).exists():
        skip = pytest.mark.skip(reason=f"{CHROMIUM} is missing (apt-get install chromium)")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": LAUNCH_ARGS}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failed test, save a full-page screenshot to test-results/ (the page is still open
    while the report is made)."""
    outcome = yield
    report = outcome.get_result()
    page = getattr(item, "funcargs", {}).get("page")
    if report.when != "call" or not report.failed or page is None:
        return
    RESULTS.mkdir(exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid)[-150:]
    path = RESULTS / f"{name}.png"
    try:
        page.screenshot(path=str(path), full_page=True)
        report.sections.append(("screenshot", str(path)))
    except Exception as exc:  # noqa: BLE001 (a failed screenshot must not hide the failure)
        report.sections.append(("screenshot", f"failed: {exc}"))


@pytest.fixture
def bworld(transactional_db):
    """The test world, plus what the journeys need: a second chapter for leader A and a
    partner organization in chapter A."""
    world = build_world()
    gamma = Chapter.objects.create(
        name="HEC Gamma",
        slug="gamma",
        institution="Gamma Institute",
        city="Tacoma",
        affiliate=world.affiliate,
    )
    make_member(gamma, world.leader_a, ChapterRole.LEADER, "Lena Alpha")
    organization = Organization.objects.create(name="Alpha Clinic", kind="clinic", city="Seattle")
    with scopes_disabled():
        Partnership.objects.create(chapter=world.chapter_a, organization=organization)
    world.gamma = gamma  # type: ignore[attr-defined]
    _add_listening_work(world)
    _add_patterns_work(world)
    return world


def _add_listening_work(world) -> None:
    """A one-to-one, a listening session with an attendee and a story in chapter A, so the
    accessibility test reaches their detail pages too."""
    from django.utils import timezone
    from django_scopes import scope

    from hec.listening import services as listening
    from hec.relational.services import meeting_log

    with scope(chapter=world.chapter_a):
        leader = Person.objects.get(user=world.leader_a)
        meeting_log(
            chapter=world.chapter_a,
            actor=world.leader_a,
            organizer=leader,
            counterpart=world.person_a,
            held_on=timezone.localdate(),
            interests="Her kids' school",
            pressures="Rent went up twice this year",
            follow_up="Invite to the house meeting",
        )
        session = listening.session_create(
            chapter=world.chapter_a,
            actor=world.leader_a,
            title="House meeting at the clinic",
            host=leader,
            language="en",
        )
        listening.attendance_add(session=session, person=world.person_a, actor=world.leader_a)
        listening.story_create(
            chapter=world.chapter_a,
            actor=world.leader_a,
            collector=leader,
            teller=world.person_a,
            session=session,
            language="en",
            consent="chapter",
            text="The landlord raised the rent again and we moved in with my sister.",
        )


def _add_patterns_work(world) -> None:
    """A theme holding the story, and an open priority assembly of two candidate issues made
    from it, so the accessibility test reaches the theme and assembly pages too."""
    from datetime import date

    from django_scopes import scope

    from hec.listening.models import Story
    from hec.patterns.counts import refresh_counts
    from hec.patterns.models import Scope, Theme, ThemeStory
    from hec.priorities import services as priorities

    with scope(chapter=world.chapter_a):
        story = Story.objects.get()
        theme = Theme.objects.create(
            scope=Scope.CHAPTER,
            chapter=world.chapter_a,
            label="Rent increases push families to double up",
            auto_label="Housing cost, instability and eviction: rent",
            keywords=["rent", "landlord"],
            categories=[{"id": "housing_instability", "share": 1.0}],
            downstream=["mental_health"],
        )
        ThemeStory.objects.create(
            theme=theme, story=story, chapter=world.chapter_a, representative=True
        )
        refresh_counts([theme.pk])
        issues = [
            priorities.candidate_create(
                chapter=world.chapter_a, actor=world.leader_a, title=title, themes=[theme]
            )
            for title in ("Rent stabilization", "Tenant legal aid")
        ]
        priorities.assembly_create(
            chapter=world.chapter_a,
            actor=world.leader_a,
            title="Spring priority assembly",
            held_on=date(2026, 11, 20),
            candidates=issues,
        )


@pytest.fixture
def sign_in(page, live_server):
    def login(user, next_path: str = "/") -> None:
        page.goto(f"{live_server.url}/accounts/login/?next={next_path}")
        page.get_by_label("Email").fill(user.email)
        page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        assert "/accounts/login/" not in page.url, f"sign-in failed for {user.email}"

    return login


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # axe-core is injected as a script tag; the app's CSP (rightly) forbids inline scripts.
    return {**browser_context_args, "bypass_csp": True}
