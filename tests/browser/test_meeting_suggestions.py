"""Suggested codes on the one-to-one form in a real browser, at phone width and by keyboard:
type the story they told, see the suggestion with its words, switch it on, save the
one-to-one; the story keeps the code, confirmed by whoever logged it."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from hec.listening.models import Story, StoryCode
from tests.browser.axe import describe, sweep, violations_on

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = (
    "The landlord raised the rent again and gave us an eviction notice. "
    "The stress keeps me up at night."
)
HOUSING = "Housing cost, instability and eviction"
FORM = "/c/alpha/one-to-ones/new/"


def test_story_suggestions_on_the_one_to_one_form_by_keyboard(page, live_server, bworld, sign_in):
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.member_a, FORM)
    page.get_by_role("searchbox", name="Who did you meet?").press_sequentially("Alphap")
    page.get_by_role("radio", name="Ana Alphaperson").check()
    # the story part is folded away: open it from the keyboard
    page.locator("summary", has_text="They told a story").focus()
    page.keyboard.press("Enter")
    box = page.locator("#story-suggest")
    expect(box).to_contain_text("Suggested codes appear here as you type")
    page.locator("#id_story_text").press_sequentially(TEXT, delay=2)
    expect(box).to_contain_text(HOUSING)
    expect(box.locator("mark", has_text="eviction")).to_be_visible()
    page.locator("#id_story_consent").select_option("chapter")
    # keyboard only: from the consent, Tab reaches the suggestion's switch; Space ticks it
    page.locator("#id_story_consent").focus()
    page.keyboard.press("Tab")
    switch = page.get_by_label(HOUSING)
    expect(switch).to_be_focused()
    page.keyboard.press("Space")
    expect(switch).to_be_checked()
    assert not (problems := violations_on(page)), describe(problems)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("button", name="Save one-to-one").press("Enter")
    expect(page.get_by_role("status")).to_contain_text("One-to-one with Ana Alphaperson logged")

    with scopes_disabled():
        story = Story.objects.get(text=TEXT)
        housing = StoryCode.objects.get(story=story, code="housing_instability")
        assert story.meeting is not None and story.teller == bworld.person_a
        assert housing.confirmed_by == bworld.member_a
        other = StoryCode.objects.get(story=story, code="mental_health")
        assert other.confirmed_at is None  # kept as a suggestion for the story page
    assert not sweep(page, live_server.url, [FORM])
