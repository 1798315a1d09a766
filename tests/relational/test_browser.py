"""One-to-ones in a real browser: logging one on a 360 px phone screen in under 30 seconds,
follow-ups marked done with htmx, the network drawn by cytoscape under the app's CSP, and
axe-core on every page of this area (phone and desktop widths)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from hec.listening.models import Story
from hec.people.models import Person
from hec.relational.models import Meeting
from tests.relational.conftest import days, make_meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 360, "height": 740}


def _people(world):
    with scopes_disabled():
        member = Person.objects.get(chapter=world.chapter_a, user=world.member_a)
    return member


def test_log_a_one_to_one_on_a_phone(page, live_server, bworld, sign_in):
    page.set_viewport_size(PHONE)
    sign_in(bworld.member_a, "/c/alpha/one-to-ones/new/")
    started = time.monotonic()
    search = page.get_by_role("searchbox", name="Who did you meet?")
    expect(search).to_be_focused()  # autofocus: type straight away
    search.press_sequentially("Alphap")
    page.get_by_role("radio", name="Ana Alphaperson").check()  # results arrive with htmx
    page.get_by_label("What they care about").fill("Clinic hours after classes")
    page.get_by_label("Follow-up:", exact=True).fill("Bring the bus map")
    page.get_by_role("button", name="Save one-to-one").click()
    expect(page.get_by_role("status").first).to_contain_text("Ana Alphaperson")
    assert time.monotonic() - started < 30
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    with scopes_disabled():
        meeting = Meeting.objects.get(follow_up="Bring the bus map")
    assert meeting.counterpart_id == bworld.person_a.pk
    assert meeting.follow_up == "Bring the bus map" and meeting.length_minutes == 30
    # the form is ready for the next one
    expect(page.get_by_role("searchbox", name="Who did you meet?")).to_have_value("")


def test_new_person_and_story_then_errors_keep_values(page, live_server, bworld, sign_in):
    page.set_viewport_size(PHONE)
    sign_in(bworld.member_a, "/c/alpha/one-to-ones/new/")
    page.get_by_text("Someone new? Add them").click()
    page.get_by_label("Name:", exact=True).fill("Rosa Vecina")
    page.get_by_label("Kind:", exact=True).select_option("community")
    page.get_by_text("They told a story (optional)").click()
    page.get_by_label("Story they told").fill("La clínica cierra a las cinco.")
    page.get_by_label("Story language").select_option("es")
    page.get_by_role("button", name="Save one-to-one").click()
    # no consent chosen: refused next to the field, everything typed is still there
    expect(page.get_by_text("Choose how widely the teller agreed")).to_be_visible()
    expect(page.get_by_label("Story they told")).to_have_value("La clínica cierra a las cinco.")
    expect(page.get_by_label("Name:", exact=True)).to_have_value("Rosa Vecina")
    page.get_by_label("Consent:", exact=True).select_option("chapter")
    page.get_by_role("button", name="Save one-to-one").click()
    expect(page.get_by_role("status").first).to_contain_text("Rosa Vecina")
    with scopes_disabled():
        story = Story.objects.get(text="La clínica cierra a las cinco.")
        assert story.teller.name == "Rosa Vecina" and story.meeting is not None


def test_mark_a_follow_up_done(page, live_server, bworld, sign_in):
    make_meeting(
        bworld.chapter_a,
        _people(bworld),
        bworld.person_a,
        follow_up="Send the flyer",
        follow_up_due=days(-2),
    )
    sign_in(bworld.member_a, "/c/alpha/one-to-ones/follow-ups/")
    page.get_by_role("button", name="Mark done: Send the flyer").click()
    expect(page.get_by_role("button", name="Undo")).to_be_visible()
    with scopes_disabled():
        assert Meeting.objects.get(follow_up="Send the flyer").follow_up_done_at is not None


def test_network_graph_draws_under_csp(browser, live_server, bworld):
    """Without bypassing the CSP: cytoscape draws and nothing is blocked."""
    member = _people(bworld)
    make_meeting(bworld.chapter_a, member, bworld.person_a)
    context = browser.new_context()  # CSP enforced here
    page = context.new_page()
    violations: list[str] = []
    page.on(
        "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
    )
    page.goto(f"{live_server.url}/accounts/login/?next=/c/alpha/network-graph/")
    page.get_by_label("Email").fill(bworld.member_a.email)
    page.get_by_label("Password", exact=False).first.fill("correct horse battery staple 42")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/network-graph/")
    expect(page.locator("#network-graph canvas").first).to_be_attached()
    assert not violations, violations
    context.close()


PAGES = [
    "/c/alpha/one-to-ones/",
    "/c/alpha/one-to-ones/new/",
    "/c/alpha/one-to-ones/follow-ups/",
    "/c/alpha/one-to-ones/counts/",
    "/c/alpha/network-graph/",
]


@pytest.mark.parametrize("width", [360, 1280])
def test_pages_have_no_serious_axe_violations(width, page, live_server, bworld, sign_in):
    member = _people(bworld)
    meeting = make_meeting(
        bworld.chapter_a, member, bworld.person_a, follow_up="Call back", follow_up_due=days(1)
    )
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(bworld.leader_a, "/c/alpha/")
    found = {}
    for path in [*PAGES, f"/c/alpha/one-to-ones/{meeting.public_id}/"]:
        response = page.goto(live_server.url + path)
        assert response is not None and response.status == 200, path
        page.add_script_tag(path=str(AXE))
        results = page.evaluate(
            "async () => await axe.run(document, {resultTypes: ['violations']})"
        )
        bad = [v for v in results["violations"] if v.get("impact") in {"serious", "critical"}]
        if bad:
            found[path] = [(v["id"], [n["html"][:120] for n in v["nodes"][:3]]) for v in bad]
        if width == 360:
            assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    assert not found, json.dumps(found, indent=2)
