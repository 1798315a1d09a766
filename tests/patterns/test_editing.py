"""Rename, merge and split: the writes, their audit entries, and the pages that make them."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from hec.core.models import AuditEntry
from hec.patterns import editing
from hec.patterns.models import Theme, ThemeStory
from tests.patterns.conftest import fresh

pytestmark = pytest.mark.django_db


def url(theme, suffix=""):
    return f"/c/alpha/themes/{theme.public_id}/{suffix}"


def audits(action):
    with scopes_disabled():
        return list(AuditEntry.objects.filter(action=action))


def members(theme):
    with scopes_disabled():
        return {
            row.story_id: row
            for row in ThemeStory.objects.filter(theme=theme).select_related("story")
        }


# --- rename ----------------------------------------------------------------------------------


def test_rename_keeps_the_name_and_audits(themes_world):
    w = themes_world
    editing.rename(theme=w.rent, label="  Rent   hikes ", actor=w.world.member_a)
    theme = fresh(w.rent)
    assert theme.label == "Rent hikes" and theme.label_edited
    assert theme.auto_label == "Rent and eviction"
    (entry,) = audits("chapter.theme.renamed")
    assert entry.data == {"from": "Rent and eviction", "to": "Rent hikes"}
    assert entry.chapter_id == w.world.chapter_a.pk and entry.object_id == w.rent.public_id


@pytest.mark.parametrize("label", ["", "   ", "x" * 161, "nul\x00"])
def test_rename_refuses_bad_names(themes_world, label):
    with pytest.raises(ValidationError):
        editing.rename(theme=themes_world.rent, label=label, actor=None)
    assert not fresh(themes_world.rent).label_edited


def test_rename_page_by_post_redirect_get(themes_world, client_for):
    w = themes_world
    client = client_for(w.world.member_a)
    assert client.get(url(w.rent, "edit/")).status_code == 200
    response = client.post(url(w.rent, "edit/"), {"label": "Housing costs"})
    assert response.status_code == 302 and response["Location"] == url(w.rent)
    page = client.get(response["Location"]).content.decode()
    assert "Housing costs" in page and "Theme renamed." in page


def test_rename_page_shows_field_errors(themes_world, client_for):
    w = themes_world
    response = client_for(w.world.member_a).post(url(w.rent, "edit/"), {"label": "  "})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert fresh(w.rent).label == "Rent and eviction"


# --- merge -----------------------------------------------------------------------------------


def test_merge_moves_stories_as_pinned_rows(themes_world):
    w = themes_world
    before = set(members(w.rent))
    editing.merge(into=w.rent, other=w.food, actor=w.world.leader_a)
    rent, food = fresh(w.rent), fresh(w.food)
    assert food.merged_into_id == rent.pk
    assert set(members(rent)) == before  # the meals story was in both
    assert members(food) == {}
    shared = members(rent)[w.readable[2].pk]
    assert shared.pinned and shared.pinned_by == w.world.leader_a
    assert rent.size == 4 and food.size == 0
    assert {"id": "food_insecurity", "share": pytest.approx(0.2, abs=0.01)} in rent.categories
    assert "meals" in rent.keywords and "nutrition" in rent.downstream
    (entry,) = audits("chapter.theme.merged")
    assert entry.data["merged"] == w.food.public_id


def test_merge_new_stories_arrive_pinned_and_counts_refresh(themes_world):
    w = themes_world
    editing.merge(into=w.rent, other=w.bus, actor=w.world.member_a)
    rent = fresh(w.rent)
    rows = members(rent)
    for story in w.bus_stories:
        assert rows[story.pk].pinned and not rows[story.pk].representative
    assert rent.size == 6
    assert fresh(w.bus).merged_into_id == rent.pk


def test_merge_repoints_earlier_merges(themes_world):
    w = themes_world
    editing.merge(into=w.bus, other=w.food, actor=None)
    editing.merge(into=w.rent, other=w.bus, actor=None)
    assert fresh(w.food).merged_into_id == w.rent.pk


def test_merge_refuses_itself_other_chapters_and_merged(themes_world):
    w = themes_world
    with pytest.raises(ValidationError):
        editing.merge(into=w.rent, other=w.rent, actor=None)
    with pytest.raises(ValidationError):
        editing.merge(into=w.rent, other=w.beta, actor=None)
    editing.merge(into=w.rent, other=w.food, actor=None)
    with pytest.raises(ValidationError):
        editing.merge(into=w.bus, other=fresh(w.food), actor=None)


def test_merge_page_chooses_then_confirms(themes_world, client_for):
    w = themes_world
    client = client_for(w.world.member_a)
    page = client.get(url(w.rent, "merge/")).content.decode()
    assert "Clinic bus" in page and "BETAMARKER" not in page
    assert 'value="' + w.rent.public_id not in page  # not itself
    confirm = client.post(url(w.rent, "merge/"), {"other": w.bus.public_id})
    assert confirm.status_code == 200 and "Merge them" in confirm.content.decode()
    assert fresh(w.bus).merged_into_id is None  # nothing yet
    done = client.post(url(w.rent, "merge/"), {"other": w.bus.public_id, "confirm": "on"})
    assert done.status_code == 302 and done["Location"] == url(w.rent)
    assert fresh(w.bus).merged_into_id == w.rent.pk


def test_merge_page_refuses_another_chapters_theme(themes_world, client_for):
    w = themes_world
    response = client_for(w.world.member_a).post(
        url(w.rent, "merge/"), {"other": w.beta.public_id, "confirm": "on"}
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert fresh(w.beta).merged_into_id is None


# --- split -----------------------------------------------------------------------------------


def test_split_moves_chosen_stories_to_a_new_theme(themes_world):
    w = themes_world
    moving = [w.readable[1].public_id, w.readable[2].public_id]
    new = editing.split(theme=w.rent, story_ids=moving, label="Paycheck", actor=w.world.member_a)
    new = fresh(new)
    assert new.split_from_id == w.rent.pk and new.label_edited and new.label == "Paycheck"
    assert new.chapter_id == w.world.chapter_a.pk and new.scope == "chapter"
    rows = members(new)
    assert {r.story.public_id for r in rows.values()} == set(moving)
    assert all(r.pinned and r.pinned_by == w.world.member_a for r in rows.values())
    assert any(r.representative for r in rows.values())
    assert new.size == 2
    assert fresh(w.rent).size == 2  # private + rent doubled (withdrawn not counted)
    assert "rent" in new.keywords and "landlord" not in new.keywords
    (entry,) = audits("chapter.theme.split")
    assert entry.data["new"] == new.public_id and sorted(moving) == entry.data["stories"]


@pytest.mark.parametrize("choice", ["none", "foreign", "all"])
def test_split_refuses_bad_choices(themes_world, choice):
    w = themes_world
    ids = {
        "none": [],
        "foreign": [w.bus_stories[0].public_id],
        "all": [r.story.public_id for r in members(w.rent).values()],
    }[choice]
    with pytest.raises(ValidationError):
        editing.split(theme=w.rent, story_ids=ids, label="New", actor=None)
    with scopes_disabled():
        assert Theme.objects.filter(label="New").count() == 0


def test_split_page_lists_only_readable_stories(themes_world, client_for):
    w = themes_world
    page = client_for(w.world.member_a).get(url(w.rent, "split/")).content.decode()
    assert "PRIVATEWORDS" not in page and "WITHDRAWNWORDS" not in page
    assert "Half my paycheck" in page


def test_split_page_cannot_move_a_story_it_does_not_show(themes_world, client_for):
    w = themes_world
    response = client_for(w.world.member_a).post(
        url(w.rent, "split/"), {"stories": [w.private.public_id], "label": "Sneaky"}
    )
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert w.private.pk in members(w.rent)


def test_split_page_by_post_redirect_get(themes_world, client_for):
    w = themes_world
    client = client_for(w.world.member_a)
    response = client.post(
        url(w.rent, "split/"), {"stories": [w.readable[2].public_id], "label": "Meals"}
    )
    assert response.status_code == 302
    with scopes_disabled():
        new = Theme.objects.get(label="Meals")
    assert response["Location"] == url(new)
    assert "Meals" in client.get(response["Location"]).content.decode()


def test_split_page_errors_keep_the_ticks(themes_world, client_for):
    w = themes_world
    response = client_for(w.world.member_a).post(
        url(w.rent, "split/"), {"stories": [w.readable[2].public_id], "label": ""}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "errorlist" in html
    assert f'value="{w.readable[2].public_id}" checked' in html
