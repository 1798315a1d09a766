# ruff: noqa: F811 (the browser fixtures are imported from tests/browser/conftest.py)
"""Dot voting in a real browser, on a 360 px phone and by keyboard only: + / − buttons, the
running "dots left", submit; then a leader enters a tally, closes and chooses, and the chart
shows. And the priority pages at 360 px and 1280 px under axe."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from django_scopes import scope, scopes_disabled
from playwright.sync_api import expect

from hec.priorities import services
from hec.priorities.models import CandidateIssue, Tally
from tests.browser.conftest import (  # noqa: F401 (fixtures)
    CHROMIUM,
    browser_context_args,
    browser_type_launch_args,
    bworld,
    sign_in,
)
from tests.listening.conftest import add_story

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing"),
]


def _assembly(world):
    story = add_story(world, "The clinic has no interpreter on weekends and my mother waits")
    with scope(chapter=world.chapter_a):
        issues = [
            services.candidate_create(
                chapter=world.chapter_a,
                actor=world.leader_a,
                title="Interpreters at the clinic",
                stories=[story],
            ),
            services.candidate_create(
                chapter=world.chapter_a, actor=world.leader_a, title="Paid sick leave"
            ),
            services.candidate_create(
                chapter=world.chapter_a, actor=world.leader_a, title="Bus to the clinic"
            ),
        ]
        assembly = services.assembly_create(
            chapter=world.chapter_a,
            actor=world.leader_a,
            title="Spring priority assembly",
            held_on=date(2026, 4, 1),
            candidates=issues,
        )
    return assembly, issues


def test_vote_on_a_phone_by_keyboard_then_leader_closes(page, live_server, bworld, sign_in):
    assembly, (interpreters, sick_leave, _bus) = _assembly(bworld)
    path = f"/c/alpha/assemblies/{assembly.public_id}/"
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.member_a, path)
    left = page.locator("[data-dots-left]")
    expect(left).to_have_text("3")
    plus = page.get_by_role("button", name=re.compile("one more dot for Interpreters"))
    expect(plus).to_be_visible()  # shown by dots.js
    # keyboard only: from the count, Tab to its + button, Enter twice
    page.locator(f"#dots-{interpreters.public_id}").focus()
    page.keyboard.press("Tab")
    expect(plus).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    expect(page.locator(f"#dots-{interpreters.public_id}")).to_have_value("2")
    expect(left).to_have_text("1")
    # one for sick leave (Space this time), then a fourth is refused in place
    sick_plus = page.get_by_role("button", name=re.compile("one more dot for Paid sick leave"))
    sick_plus.focus()
    page.keyboard.press("Space")
    expect(left).to_have_text("0")
    page.keyboard.press("Space")
    expect(page.locator(f"#dots-{sick_leave.public_id}")).to_have_value("1")
    expect(page.get_by_text("No dots left")).to_be_visible()
    # − takes one back, + puts it back
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    expect(
        page.get_by_role("button", name=re.compile("one dot less for Paid sick leave"))
    ).to_be_focused()
    page.keyboard.press("Enter")
    expect(left).to_have_text("1")
    sick_plus.focus()
    page.keyboard.press("Enter")
    expect(left).to_have_text("0")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("button", name="Cast my dots").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Your dots are in.")).to_be_visible()
    with scope(chapter=bworld.chapter_a):
        assert services.dots_of(assembly, bworld.member_a) == {
            interpreters.public_id: 2,
            sick_leave.public_id: 1,
        }

    # the leader: a tally from the room, then close and choose
    page.context.clear_cookies()
    sign_in(bworld.leader_a, path)
    page.get_by_role("combobox", name="Issue").select_option(label="Paid sick leave")
    page.get_by_label("Dots counted").fill("9")
    page.get_by_label("Note").fill("paper dots, table 2")
    page.get_by_role("button", name="Add the tally").click()
    expect(page.get_by_text("Tally added to the results.")).to_be_visible()
    with scopes_disabled():
        assert Tally.objects.get().dots == 9
    # sick leave now leads (1 + 9): it is ticked in the close form
    close_form = page.locator("form[action$='/close/']")
    expect(close_form.get_by_label("Paid sick leave")).to_be_checked()
    expect(close_form.get_by_label("Interpreters at the clinic")).not_to_be_checked()
    close_form.get_by_role("button", name="Close and choose").click()
    expect(page.get_by_text("Voting closed.").first).to_be_visible()
    expect(page.locator("svg.results-chart rect.bar-tallied")).to_have_count(1)
    expect(page.locator("svg.results-chart rect.bar-online")).to_have_count(2)
    expect(page.get_by_role("heading", name="Chosen priorities")).to_be_visible()
    expect(page.locator("input[name^=dots-]")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    with scopes_disabled():
        chosen = CandidateIssue.objects.get(status="chosen")
    assert chosen.pk == sick_leave.pk and chosen.chosen_in_id == assembly.pk


def test_ballot_works_without_javascript(browser, live_server, bworld):
    from tests.factories import PASSWORD

    assembly, (interpreters, _sick, bus) = _assembly(bworld)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/?next=/c/alpha/assemblies/{assembly.public_id}/")
    page.get_by_label("Email").fill(bworld.member_a.email)
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name=re.compile("one more dot"))).to_have_count(0)
    page.get_by_label("Bus to the clinic").fill("3")
    page.get_by_label("Interpreters at the clinic").fill("1")
    page.get_by_role("button", name="Cast my dots").click()
    expect(page.get_by_text("you gave 4")).to_be_visible()
    page.get_by_label("Interpreters at the clinic").fill("0")
    page.get_by_role("button", name="Cast my dots").click()
    expect(page.get_by_text("Your dots are in.")).to_be_visible()
    with scope(chapter=bworld.chapter_a):
        assert services.dots_of(assembly, bworld.member_a) == {bus.public_id: 3}
    context.close()


def test_priority_pages_have_no_serious_axe_violations(page, live_server, bworld, sign_in):
    from tests.browser.axe import sweep

    assembly, issues = _assembly(bworld)
    with scope(chapter=bworld.chapter_a):
        services.cast_dots(
            assembly=assembly, voter=bworld.member_a, allocation={issues[0].public_id: 2}
        )
        services.enter_tally(assembly=assembly, actor=bworld.leader_a, candidate=issues[1], dots=5)
        closed = services.assembly_create(
            chapter=bworld.chapter_a,
            actor=bworld.leader_a,
            title="Fall assembly",
            held_on=date(2025, 10, 1),
            candidates=issues,
        )
        services.close_assembly(assembly=closed, actor=bworld.leader_a, chosen=issues[:1])
    slug = bworld.chapter_a.slug
    paths = [
        f"/c/{slug}/priorities/",
        f"/c/{slug}/priorities/new/",
        f"/c/{slug}/priorities/{issues[0].public_id}/",
        f"/c/{slug}/assemblies/new/",
        f"/c/{slug}/assemblies/{assembly.public_id}/",
        f"/c/{slug}/assemblies/{closed.public_id}/",
    ]
    sign_in(bworld.leader_a, paths[0])
    problems = sweep(page, live_server.url, paths)
    assert not problems, "\n".join(problems)
