# ruff: noqa: F811 (the browser fixtures are imported from tests/browser/conftest.py)
"""Suggested codes in a real browser, at phone width and by keyboard: type a story, see the
suggestion, switch it on, save; then accept a further suggestion on the story page."""

from __future__ import annotations

from pathlib import Path

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from hec.listening.models import Story, StoryCode
from tests.browser.conftest import (  # noqa: F401 (fixtures)
    CHROMIUM,
    browser_context_args,
    browser_type_launch_args,
    bworld,
    sign_in,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing"),
]

TEXT = (
    "The landlord raised the rent again and gave us an eviction notice. "
    "The stress keeps me up at night."
)
HOUSING = "Housing cost, instability and eviction"


def _axe_problems(page) -> str:
    from tests.browser.axe import AXE, describe, serious

    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = serious(results)
    return describe(violations) if violations else ""


def test_type_accept_by_keyboard_save_and_accept_on_the_story_page(
    page, live_server, bworld, sign_in
):
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.member_a, "/c/alpha/stories/new/")
    box = page.locator("#story-suggest")
    expect(box).to_contain_text("Suggested codes appear here as you type")
    page.locator("#id_text").press_sequentially(TEXT, delay=2)
    expect(box).to_contain_text(HOUSING)
    expect(box.locator("mark", has_text="eviction")).to_be_visible()
    # keyboard only: from the language, Tab reaches the suggestion's switch; Space accepts
    page.locator("#id_language").focus()
    page.keyboard.press("Tab")
    switch = page.get_by_label(HOUSING)
    expect(switch).to_be_focused()
    page.keyboard.press("Space")
    expect(switch).to_be_checked()
    assert not _axe_problems(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.locator("#id_teller_descriptor").fill("40s, Hilltop")
    page.locator("#id_consent").select_option("chapter")
    page.get_by_role("button", name="Save story").click()
    expect(page.get_by_text("Story saved.")).to_be_visible()

    coding = page.locator("#story-coding")
    expect(coding.locator(".code-list")).to_contain_text(HOUSING)
    expect(coding.locator(".code-list")).to_contain_text("confirmed by")
    with scopes_disabled():
        story = Story.objects.get(text=TEXT)
        code = StoryCode.objects.get(story=story, code="housing_instability")
        assert code.confirmed_by == bworld.member_a
    # the rest was kept as a suggestion: the words behind it, and Accept in one key press
    suggestions = coding.locator(".suggestion-list")
    expect(suggestions).to_contain_text("Mental health")
    accept = page.get_by_role("button", name="Accept Mental health")
    accept.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#story-coding [role=status]")).to_contain_text("confirmed")
    expect(page.locator("#story-coding .code-list")).to_contain_text("Mental health")
    expect(page.locator("#story-coding .suggestion-list")).to_have_count(0)
    with scopes_disabled():
        effect = StoryCode.objects.get(story=story, code="mental_health")
        assert effect.confirmed_by == bworld.member_a
    assert not _axe_problems(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_reject_on_the_story_page(page, live_server, bworld, sign_in):
    from tests.listening.conftest import add_story

    story = add_story(bworld, TEXT)
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.leader_a, f"/c/alpha/stories/{story.public_id}/")
    page.get_by_role("button", name=f"Reject {HOUSING}").click()
    status = page.locator("#story-coding [role=status]")
    expect(status).to_contain_text("will not be suggested again")
    expect(page.get_by_role("button", name=f"Reject {HOUSING}")).to_have_count(0)
    with scopes_disabled():
        assert not StoryCode.objects.filter(story=story, code="housing_instability").exists()
