"""A long list of people in a form (a story's teller, here) gets a box that narrows it as you
type, at phone width, in English and Spanish: the select stays the submitted field, accents
do not matter, and the choice survives clearing the box."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from hec.core.widgets import FILTER_FROM
from hec.listening.models import Story
from tests.browser.axe import describe, violations_on
from tests.factories import make_person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OPTIONS = "#id_teller option:not([value=''])"


def _crowd(world) -> None:
    for n in range(FILTER_FROM):
        make_person(world.chapter_a, f"Crowd Person {n:02}")
    make_person(world.chapter_a, "Zoë Ñandú")


def test_narrow_the_teller_list_and_save(page, live_server, bworld, sign_in):
    _crowd(bworld)
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.member_a, "/c/alpha/stories/new/")
    total = page.locator(OPTIONS).count()
    assert total > FILTER_FROM
    box = page.locator("#id_teller_filter")
    expect(box).to_have_attribute("placeholder", "Type to narrow the list")
    expect(box).to_have_attribute("aria-controls", "id_teller")

    box.fill("nandu")  # no accents typed: still found
    expect(page.locator(OPTIONS)).to_have_count(1)
    expect(page.locator(".list-filter-status").first).to_have_text(f"1 of {total} shown")
    problems = violations_on(page)  # the box, its live status and the narrowed list
    assert not problems, describe(problems)
    page.locator("#id_teller").select_option(label="Zoë Ñandú")
    box.fill("crowd person 0")
    # the chosen person stays in the list while another name is typed
    expect(page.locator(OPTIONS)).to_have_count(10 + 1)
    expect(page.locator("#id_teller")).to_have_value(_public_id("Zoë Ñandú"))
    box.press("Enter")  # does not submit the half-filled form
    expect(page.get_by_text("Story saved.")).to_have_count(0)
    box.fill("")
    expect(page.locator(OPTIONS)).to_have_count(total)
    expect(page.locator(".list-filter-status").first).to_have_text("")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.locator("#id_text").fill("The clinic only had forms in English.")
    page.locator("#id_consent").select_option("chapter")
    page.get_by_role("button", name="Save story").click()
    expect(page.get_by_text("Story saved.")).to_be_visible()
    with scopes_disabled():
        story = Story.objects.get(text="The clinic only had forms in English.")
        assert story.teller.name == "Zoë Ñandú"


def test_the_box_speaks_spanish(page, live_server, bworld, sign_in):
    _crowd(bworld)
    sign_in(bworld.member_a, "/c/alpha/stories/new/")
    page.context.add_cookies([{"name": "django_language", "value": "es", "url": live_server.url}])
    page.reload()
    box = page.locator("#id_teller_filter")
    expect(box).to_have_attribute("aria-label", "Escriba para acortar la lista")
    box.fill("zoe")
    expect(page.locator(".list-filter-status").first).to_contain_text("Se muestran 1 de")


def _public_id(name: str) -> str:
    from hec.people.models import Person

    with scopes_disabled():
        return Person.objects.get(name=name).public_id
