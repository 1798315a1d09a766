"""Suggested codes on the one-to-one form: live while the story is typed (the story form's
endpoint and partial, reading the `story_` fields), ticked ones saved as confirmed codes by
whoever may code stories, kept when the form is shown again; none on the edit form."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from hec.core.permissions import CHAPTER_PERMISSIONS, ChapterRole
from hec.listening.models import Story, StoryCode
from hec.patterns import coding
from hec.patterns.coding import forget_models
from hec.relational.models import Meeting
from tests.relational.conftest import days, make_meeting, url

HOUSING = (
    "The landlord raised the rent again and gave us an eviction notice. "
    "The stress keeps me up at night."
)
SWITCH = 'name="story_categories" value="housing_instability"'


@pytest.fixture(autouse=True)
def _fresh_models(monkeypatch):
    forget_models()
    monkeypatch.setattr(coding, "REBUILD_AFTER", 0.0)
    yield
    forget_models()


@pytest.fixture
def leaders_only_code(monkeypatch):
    """Members may log one-to-ones and record stories, but not code them."""
    monkeypatch.setitem(CHAPTER_PERMISSIONS, "stories.code", frozenset({ChapterRole.LEADER}))


def suggest_url(world, chapter=None) -> str:
    slug = (chapter or world.chapter_a).slug
    return reverse("chapter:story-suggest", args=[slug]) + "?prefix=story_"


def log_data(people, **extra: Any) -> dict[str, Any]:
    return {
        "counterpart": people.ana.public_id,
        "held_on": days(0).isoformat(),
        "medium": "in_person",
        "length_minutes": "30",
        "story_text": HOUSING,
        "story_language": "en",
        "story_consent": "chapter",
        "organizer": people.member.public_id,
        **extra,
    }


def codes(story: Story) -> dict[str, StoryCode]:
    with scopes_disabled():
        return {c.code: c for c in StoryCode.objects.filter(story=story)}


def test_log_form_asks_for_suggestions_while_the_story_is_typed(world, client_for):
    html = client_for(world.member_a).get(url(world, "meeting-log")).content.decode()
    assert 'id="story-suggest"' in html and "Suggested codes appear here as you type" in html
    assert html.count(f'hx-post="{suggest_url(world)}"') == 2  # the story and its language
    assert 'aria-describedby="id_story_text_helptext story-suggest"' in html
    assert "listening/listening.css" in html


def test_suggest_reads_the_story_fields_and_keeps_ticks(world, client_for):
    response = client_for(world.member_a).post(
        suggest_url(world),
        {"story_text": HOUSING, "story_language": "en", "story_categories": ["food_insecurity"]},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert SWITCH in html and "<mark>eviction</mark>" in html
    assert 'name="story_categories" value="food_insecurity" checked' in html
    assert 'name="categories"' not in html


def test_suggest_refuses_an_unknown_prefix(world, client_for):
    target = reverse("chapter:story-suggest", args=[world.chapter_a.slug]) + "?prefix=x_"
    response = client_for(world.member_a).post(target, {"x_text": HOUSING})
    assert response.status_code == 400


def test_suggest_with_prefix_stays_in_the_chapter(world, client_for):
    response = client_for(world.leader_b).post(suggest_url(world), {"story_text": HOUSING})
    assert response.status_code == 404
    other = client_for(world.member_a).post(
        suggest_url(world, world.chapter_b), {"story_text": HOUSING}
    )
    assert other.status_code == 404


def test_ticked_category_is_confirmed_by_the_user(world, people, client_for):
    response = client_for(world.member_a).post(
        url(world, "meeting-log"), log_data(people, story_categories=["housing_instability"])
    )
    assert response.status_code == 302
    with scopes_disabled():
        story = Story.objects.get(meeting__isnull=False)
    stored = codes(story)
    housing = stored["housing_instability"]
    assert housing.confirmed_by == world.member_a and housing.confirmed_at is not None
    assert "eviction" in housing.evidence
    # what was not switched on stays an unconfirmed suggestion, as on the story form
    assert stored["mental_health"].confirmed_at is None


def test_without_ticks_the_story_gets_unconfirmed_suggestions(world, people, client_for):
    client_for(world.member_a).post(url(world, "meeting-log"), log_data(people))
    with scopes_disabled():
        story = Story.objects.get()
    stored = codes(story)
    assert "housing_instability" in stored
    assert all(c.confirmed_at is None for c in stored.values())


def test_who_cannot_code_sees_no_switches_and_cannot_confirm(
    world, people, client_for, leaders_only_code
):
    client = client_for(world.member_a)
    box = client.post(suggest_url(world), {"story_text": HOUSING, "story_language": "en"})
    html = box.content.decode()
    assert "Housing cost, instability and eviction" in html and "<mark>eviction</mark>" in html
    assert 'type="checkbox"' not in html
    # a crafted POST with the switch on: stored, but only as a suggestion
    response = client.post(
        url(world, "meeting-log"), log_data(people, story_categories=["housing_instability"])
    )
    assert response.status_code == 302
    with scopes_disabled():
        story = Story.objects.get()
    housing = codes(story)["housing_instability"]
    assert housing.confirmed_at is None and housing.confirmed_by is None
    # a leader still gets the switches
    leader_html = client_for(world.leader_a).post(
        suggest_url(world), {"story_text": HOUSING, "story_language": "en"}
    )
    assert SWITCH in leader_html.content.decode()


def test_bad_category_is_a_field_error(world, people, client_for):
    response = client_for(world.member_a).post(
        url(world, "meeting-log"), log_data(people, story_categories=["no_such_category"])
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="story-categories-errors"' in html
    assert "no_such_category is not one of the available choices" in html
    assert "<details open>" in html
    with scopes_disabled():
        assert not Meeting.objects.exists() and not Story.objects.exists()


def test_errors_keep_the_story_and_its_ticked_suggestions(world, people, client_for):
    data = log_data(people, story_categories=["housing_instability"])
    data.pop("counterpart")  # the mistake to fix
    response = client_for(world.member_a).post(url(world, "meeting-log"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose who you met, or add them." in html
    assert "gave us an eviction notice" in html  # the typed story
    assert f"{SWITCH} checked" in html and "<mark>eviction</mark>" in html
    with scopes_disabled():
        assert not Story.objects.exists()


def test_no_suggestions_for_who_cannot_record_stories(world, people, client_for, monkeypatch):
    monkeypatch.setitem(CHAPTER_PERMISSIONS, "stories.create", frozenset({ChapterRole.LEADER}))
    html = client_for(world.member_a).get(url(world, "meeting-log")).content.decode()
    assert 'id="id_story_text"' in html
    assert 'id="story-suggest"' not in html and "story-suggest" not in html


def test_edit_form_has_no_story_or_suggestions(world, people, client_for):
    meeting = make_meeting(world.chapter_a, people.member, people.ana)
    client = client_for(world.member_a)
    html = client.get(url(world, "meeting-edit", meeting.public_id)).content.decode()
    assert "story-suggest" not in html and "story_categories" not in html
    response = client.post(
        url(world, "meeting-edit", meeting.public_id),
        log_data(people, story_categories=["housing_instability"]),
    )
    assert response.status_code == 302
    with scopes_disabled():
        assert not Story.objects.exists()
