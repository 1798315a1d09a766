# ruff: noqa: F811 (the browser fixtures are imported from tests/browser/conftest.py)
"""Listening journeys in a real browser: mark attendance (htmx), batch-enter stories with the
in-place "Add a row", code a story, withdraw consent; and the pages at 360 px."""

from __future__ import annotations

from pathlib import Path

import pytest
from django_scopes import scope, scopes_disabled
from playwright.sync_api import expect

from hec.listening.models import Attendance, Story, StoryCode
from tests.browser.conftest import (  # noqa: F401 (fixtures)
    CHROMIUM,
    browser_context_args,
    browser_type_launch_args,
    bworld,
    sign_in,
)
from tests.listening.conftest import add_session, add_story

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing"),
]


def test_run_a_session_with_batch_entry(page, live_server, bworld, sign_in):
    session = add_session(bworld)
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.leader_a, f"/c/alpha/sessions/{session.public_id}/attendance/")
    page.get_by_label("Ana Alphaperson").check()
    expect(page.locator("#attendance-status")).to_contain_text("1 present")
    with scopes_disabled():
        assert Attendance.objects.filter(session=session).count() == 1
    page.get_by_role("button", name="Next: enter stories").click()
    page.locator("#id_rows-0-text").fill("The clinic bus stopped on Sundays")
    page.locator("#id_rows-0-teller").select_option(label="Ana Alphaperson")
    page.locator("#id_rows-0-consent").select_option("chapter")
    # Five rows are there; the sixth comes from "Add a row", in place, caret in its story box.
    page.get_by_role("button", name="Add a row").click()
    sixth = page.locator("#id_rows-5-text")
    expect(sixth).to_be_focused()
    sixth.fill("Rent took the whole paycheck")
    page.locator("#id_rows-5-teller_descriptor").fill("30s, Rainier Valley")
    page.locator("#id_rows-5-consent").select_option("network")
    page.get_by_role("button", name="Save all stories").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(session.title)
    expect(page.get_by_text("2 stories you can see")).to_be_visible()
    with scopes_disabled():
        assert Story.objects.filter(session=session).count() == 2


def test_code_a_story_and_withdraw_consent(page, live_server, bworld, sign_in):
    story = add_story(bworld, "Our heat was off all January")
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.leader_a, f"/c/alpha/stories/{story.public_id}/")
    page.get_by_label("Unsafe or unhealthy housing").check()
    page.get_by_label("Respiratory problems").check()
    page.get_by_role("button", name="Save coding").click()
    expect(page.get_by_text("Coding saved.")).to_be_visible()
    with scope(chapter=bworld.chapter_a):
        codes = StoryCode.objects.filter(story=story, confirmed_at__isnull=False)
        assert set(codes.values_list("code", flat=True)) == {
            "housing_quality",
            "respiratory",
        }
    page.get_by_role("button", name="Withdraw consent").click()
    page.get_by_role("button", name="Withdraw consent and hide the story").click()
    expect(page.get_by_text("Consent withdrawn.")).to_be_visible()
    expect(page.get_by_text("Our heat was off")).to_have_count(0)
    # No horizontal scrolling at 360 px.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360


def test_listening_pages_have_no_serious_axe_violations(page, live_server, bworld, sign_in):
    from tests.browser.axe import sweep

    session = add_session(bworld)
    story = add_story(
        bworld,
        "No pude pagar la renta",
        language="es",
        translation="I could not pay the rent",
        translation_language="en",
        session=session,
    )
    add_story(bworld, "Shared from Beta", chapter=bworld.chapter_b, consent="network")
    slug = bworld.chapter_a.slug
    paths = [
        f"/c/{slug}/sessions/",
        f"/c/{slug}/sessions/new/",
        f"/c/{slug}/sessions/{session.public_id}/",
        f"/c/{slug}/sessions/{session.public_id}/attendance/",
        f"/c/{slug}/sessions/{session.public_id}/stories/",
        f"/c/{slug}/stories/",
        f"/c/{slug}/stories/new/",
        f"/c/{slug}/stories/network/",
        f"/c/{slug}/stories/{story.public_id}/",
        f"/c/{slug}/stories/{story.public_id}/edit/",
        f"/c/{slug}/stories/{story.public_id}/consent/",
        f"/c/{slug}/stories/{story.public_id}/withdraw/",
        f"/c/{slug}/codes/",
    ]
    sign_in(bworld.leader_a, paths[0])
    problems = sweep(page, live_server.url, paths)
    assert not problems, "\n".join(problems)
