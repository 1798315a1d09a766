"""Journeys through what exists, in a real browser, by role and label (as a person would)."""

from __future__ import annotations

import re

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from hec.people.models import Person
from tests.factories import make_person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_in_and_sign_out(page, live_server, bworld, sign_in):
    sign_in(bworld.member_a)
    expect(page.locator(".chapter-name")).to_have_text("HEC Alpha")
    page.get_by_text("Account").click()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state()
    # Signed out: a chapter page sends us back to the sign-in form.
    page.goto(f"{live_server.url}/c/alpha/people/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


def test_switch_chapter(page, live_server, bworld, sign_in):
    sign_in(bworld.leader_a, "/c/alpha/")
    expect(page.locator(".chapter-name")).to_have_text("HEC Alpha")
    page.get_by_text("Switch chapter").click()
    page.get_by_role("link", name="HEC Gamma").click()
    expect(page.locator(".chapter-name")).to_have_text("HEC Gamma")
    assert page.url.endswith("/c/gamma/")


def test_find_a_person(page, live_server, bworld, sign_in):
    sign_in(bworld.member_a, "/c/alpha/people/")
    page.get_by_role("searchbox").fill("Alphaperson")
    page.get_by_role("button", name="Search").click()
    link = page.get_by_role("link", name="Ana Alphaperson")
    expect(link).to_be_visible()
    link.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ana Alphaperson")
    expect(page.get_by_text("BETAMARKER")).to_have_count(0)


def test_add_and_edit_a_person(page, live_server, bworld, sign_in):
    sign_in(bworld.leader_a, "/c/alpha/people/")
    page.get_by_role("button", name="Add a person").click()  # a link styled as a button
    page.get_by_label("Name:", exact=True).fill("Rosa Newcomer")
    page.get_by_label("Email:", exact=True).fill("rosa@alpha.example")
    page.get_by_role("button", name="Add person").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Rosa Newcomer")

    page.get_by_role("button", name="Edit", exact=True).click()
    page.get_by_label("Name:", exact=True).fill("Rosa Returning")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Rosa Returning")
    with scopes_disabled():
        assert Person.objects.filter(chapter=bworld.chapter_a, name="Rosa Returning").exists()


def test_merge_two_duplicates(page, live_server, bworld, sign_in):
    keep = make_person(bworld.chapter_a, "Dora Twin", email="dora@alpha.example")
    drop = make_person(bworld.chapter_a, "Dora Twin", email="dora@alpha.example", phone="555-1")
    sign_in(bworld.leader_a, "/c/alpha/people/duplicates/")
    page.get_by_role("link", name="Review and merge").first.click()
    expect(page.get_by_role("heading", name="Merge two records")).to_be_visible()
    page.get_by_role("button", name="Merge").click()
    page.wait_for_load_state()
    with scopes_disabled():
        kept, dropped = (Person.objects.get(pk=p.pk) for p in (keep, drop))
        merged, survivor = (dropped, kept) if dropped.merged_into_id else (kept, dropped)
        assert merged.merged_into_id == survivor.pk
        assert merged.archived_at is not None


def test_switch_to_spanish(page, live_server, bworld, sign_in):
    sign_in(bworld.member_a, "/c/alpha/people/")
    page.get_by_role("button", name="Español").click()
    page.wait_for_load_state()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("button", name="English")).to_be_visible()
    assert re.search(r"/c/alpha/people/", page.url)
