# ruff: noqa: F811 (the browser fixtures are imported from tests/browser/conftest.py)
"""Pattern runs in a real browser: "Find patterns now" by keyboard at 360 px, the run page's
progress bar, and htmx polling that follows a run to the end without a reload."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from hec.patterns import runs
from hec.patterns.models import PatternRun, Scope
from tests.browser.axe import AXE, describe, serious
from tests.browser.conftest import (  # noqa: F401 (fixtures)
    CHROMIUM,
    browser_context_args,
    browser_type_launch_args,
    bworld,
    sign_in,
)
from tests.patterns.test_runs_support import seed_stories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing"),
]


def assert_accessible(page) -> None:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert not serious(results), describe(serious(results))


def test_find_patterns_now_by_keyboard_on_a_phone(page, live_server, bworld, sign_in):
    seed_stories(bworld.chapter_a, 120)
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.member_a, "/c/alpha/themes/")
    button = page.get_by_role("button", name="Find patterns now")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Pattern run")
    with scopes_disabled():
        run = PatternRun.objects.get(chapter=bworld.chapter_a)
    assert page.url.endswith(f"/c/alpha/themes/runs/{run.public_id}/")
    bar = page.locator("progress#run-progress-bar")
    expect(bar).to_have_attribute("value", "100")
    expect(page.get_by_text("100% done")).to_be_visible()
    expect(page.locator("#run-progress [role=status]")).to_contain_text("Done")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(page)
    page.get_by_role("button", name="See the themes").click()  # a link styled as a button
    expect(page).to_have_url(re.compile(r"/c/alpha/themes/$"))


def test_the_run_page_follows_a_run_to_the_end(page, live_server, bworld, sign_in):
    seed_stories(bworld.chapter_a, 60)
    run, _ = runs.create_run(Scope.CHAPTER, chapter=bworld.chapter_a, actor=bworld.leader_a)
    sign_in(bworld.leader_a, f"/c/alpha/themes/runs/{run.public_id}/")
    expect(page.locator("#run-progress [role=status]")).to_contain_text("Queued")
    expect(page.get_by_text("Waiting for a worker")).to_be_visible()
    expect(page.locator("progress#run-progress-bar")).to_have_attribute("value", "0")
    runs.execute_run(run)  # what the worker does, while the page polls
    expect(page.locator("#run-progress [role=status]")).to_contain_text("Done", timeout=10_000)
    expect(page.locator("progress#run-progress-bar")).to_have_attribute("value", "100")
    expect(page.get_by_role("button", name="See the themes")).to_be_visible()
    page.wait_for_timeout(1500)  # polling has stopped: the fragment no longer asks again
    assert page.locator("[hx-trigger]").count() == 0


def test_network_admin_runs_the_network(page, live_server, bworld, sign_in):
    seed_stories(bworld.chapter_a, 60, consent="network")
    sign_in(bworld.network_admin, "/accounts/network/themes/runs/new/")
    assert_accessible(page)
    page.get_by_label("The whole network").check()
    page.get_by_role("button", name="Find patterns now").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pattern run")
    expect(page.locator("#run-progress [role=status]")).to_contain_text("Done")
    assert_accessible(page)
