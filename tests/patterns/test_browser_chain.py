# ruff: noqa: F811 (the browser fixtures are imported from tests/browser/conftest.py)
"""The chain view and the network theme pages in a real browser: at 360 px and 1280 px, with
the keyboard, and through axe."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (  # noqa: F401 (fixtures)
    CHROMIUM,
    browser_context_args,
    browser_type_launch_args,
    bworld,
    sign_in,
)
from tests.patterns import fixtures_network as fx

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing"),
]

LABELS = (
    "Pharmacy labels not in my language",
    "Rent went up again this spring",
    "Mold and damp in the apartments",
)


def chapter_themes(world) -> list:
    a = world.chapter_a
    categories = (
        [{"id": "language_access", "share": 0.7}, {"id": "care_access", "share": 0.3}],
        [{"id": "housing_instability", "share": 1.0}],
        [{"id": "housing_quality", "share": 0.6}, {"id": "housing_instability", "share": 0.4}],
    )
    downstream = (["medication_problems", "delayed_care"], ["mental_health"], ["respiratory"])
    themes = []
    for n, (label, cats, effects) in enumerate(zip(LABELS, categories, downstream, strict=True)):
        stories = [fx.story(a, f"{label}, story {i}", consent="chapter") for i in range(6 - 2 * n)]
        themes.append(
            fx.theme(
                label, stories, scope="chapter", chapter=a, categories=cats, downstream=effects
            )
        )
    return themes


@pytest.mark.parametrize("width", [1280, 360])
def test_chain_view_renders_and_keyboard_reaches_theme_links(
    page, live_server, bworld, sign_in, width
):
    themes = chapter_themes(bworld)
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(bworld.member_a, "/c/alpha/themes/chain/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chain view")
    svg = page.locator("svg.chain-svg")
    expect(svg).to_be_visible()
    box = svg.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150
    # every band is in the table
    assert (
        page.locator("svg.chain-svg path").count() == page.locator(".chain-table tbody tr").count()
    )
    # no horizontal scrolling of the page (the chart scrolls inside its own region)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if width == 360:
        # on a phone the table comes first
        table_top = page.locator(".chain-table").bounding_box()["y"]
        assert table_top < box["y"]
    # Tab through the page until a theme node of the chart has the focus
    wanted = {f"/c/alpha/themes/{t.public_id}/" for t in themes}
    reached = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement;"
            " return e && e.closest('svg') ? e.getAttribute('href') : null }"
        )
        if focused:
            reached.add(focused)
        if reached == wanted:
            break
    assert reached == wanted
    # Enter on a focused theme node opens its page (wait for it: a test that ends while the
    # live server still serves a page races the database flush of the next test)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlparse(url).path in wanted)
    page.wait_for_load_state()
    assert urlparse(page.url).path in wanted


def test_chain_and_network_pages_have_no_serious_axe_violations(page, live_server, bworld, sign_in):
    from tests.browser.axe import AXE, describe, serious

    chapter_themes(bworld)
    nw = fx.build(bworld)
    paths = [
        "/c/alpha/themes/chain/",
        "/c/alpha/themes/chain/?category=housing_instability",
        "/c/alpha/themes/network/",
        f"/c/alpha/themes/network/{nw.shared.public_id}/",
    ]
    sign_in(bworld.leader_a, paths[0])
    problems = []
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 900})
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            page.add_script_tag(path=str(AXE))
            results = page.evaluate(
                "async () => await axe.run(document, {resultTypes: ['violations']})"
            )
            if violations := serious(results):
                problems.append(f"{path} at {width}px:\n{describe(violations)}")
            if width == 360:
                scroll = page.evaluate("document.documentElement.scrollWidth")
                if scroll > 360:
                    problems.append(f"{path}: {scroll}px wide at 360px")
    assert not problems, "\n".join(problems)


def test_network_admin_pages_at_360(page, live_server, bworld, sign_in):
    from tests.browser.axe import AXE, describe, serious

    nw = fx.build(bworld)
    page.set_viewport_size({"width": 360, "height": 800})
    sign_in(bworld.network_admin, "/accounts/network/themes/")
    expect(
        page.get_by_role("link", name="Pharmacy labels not in my language").first
    ).to_be_visible()
    problems = []
    for path in ("/accounts/network/themes/", f"/accounts/network/themes/{nw.shared.public_id}/"):
        page.goto(live_server.url + path)
        page.add_script_tag(path=str(AXE))
        results = page.evaluate(
            "async () => await axe.run(document, {resultTypes: ['violations']})"
        )
        if violations := serious(results):
            problems.append(f"{path}:\n{describe(violations)}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    assert not problems, "\n".join(problems)
    expect(page.get_by_text("Nobody could read the dosage")).to_be_visible()
