# ruff: noqa: F811 (the browser fixtures are imported from tests/browser/conftest.py)
"""Themes in a real browser: the list, a theme at 360 px, renaming by keyboard only, and the
theme pages (list, theme, rename, merge, split) without serious axe violations."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (  # noqa: F401 (fixtures)
    CHROMIUM,
    browser_context_args,
    browser_type_launch_args,
    bworld,
    sign_in,
)
from tests.patterns.conftest import build_themes_world, fresh

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing"),
]


@pytest.fixture
def tworld(bworld):
    return build_themes_world(bworld)


def test_open_the_list_then_a_theme_at_phone_width(page, live_server, tworld, sign_in):
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(tworld.world.member_a, "/c/alpha/themes/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Themes")
    # the three themes built here, and the browser world's own rent theme
    expect(page.locator(".theme-card")).to_have_count(4)
    expect(page.locator("svg.sparkline").first).to_be_visible()
    page.get_by_role("link", name="Rent and eviction").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Rent and eviction")
    quotes = page.locator("figure.theme-quote blockquote")
    expect(quotes).to_have_count(3)
    expect(page.get_by_text("PRIVATEWORDS")).to_have_count(0)
    expect(page.locator("svg.trend-chart")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_filter_the_list_by_category(page, live_server, tworld, sign_in):
    sign_in(tworld.world.member_a, "/c/alpha/themes/")
    page.get_by_label("Category").select_option("transportation")
    expect(page.locator(".theme-card")).to_have_count(1)
    expect(page.get_by_role("link", name="Clinic bus")).to_be_visible()


def test_rename_a_theme_with_the_keyboard_only(page, live_server, tworld, sign_in):
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(tworld.world.member_a, f"/c/alpha/themes/{tworld.rent.public_id}/")
    rename = page.get_by_role("button", name="Rename")
    # Tab from the top of the page until the Rename link has focus.
    for _ in range(40):
        page.keyboard.press("Tab")
        if rename.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Rename is not reachable with Tab")
    page.keyboard.press("Enter")
    field = page.get_by_label("Name")
    expect(field).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("Rent keeps going up")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Rent keeps going up")
    expect(page.get_by_text("Theme renamed.")).to_be_visible()
    theme = fresh(tworld.rent)
    assert theme.label == "Rent keeps going up" and theme.label_edited


def test_theme_pages_have_no_serious_axe_violations(page, live_server, tworld, sign_in):
    from tests.browser.axe import sweep

    base = f"/c/alpha/themes/{tworld.rent.public_id}/"
    paths = ["/c/alpha/themes/", base, base + "edit/", base + "merge/", base + "split/"]
    sign_in(tworld.world.leader_a, paths[0])
    problems = sweep(page, live_server.url, paths)
    assert not problems, "\n".join(problems)
