"""Theme list and theme page: what they show, to whom, and the consent of their quotes."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

from hec.core.models import AuditEntry
from hec.core.tenancy import access_for
from hec.patterns import queries
from hec.patterns.models import ThemeStory
from tests.factories import make_member, make_user
from tests.patterns.conftest import add_story, make_theme

pytestmark = pytest.mark.django_db


def url(theme, suffix=""):
    return f"/c/alpha/themes/{theme.public_id}/{suffix}"


def access(world, user):
    return access_for(user, world.chapter_a.slug)


# --- queries ---------------------------------------------------------------------------------


def test_chapter_themes_are_active_and_biggest_first(themes_world):
    w = themes_world
    with scopes_disabled():
        w.food.retired_at = w.food.created_at
        w.food.save()
    with scope(chapter=w.world.chapter_a):
        names = [t.label for t in queries.chapter_themes(access(w.world, w.world.member_a))]
    assert names == ["Rent and eviction", "Clinic bus"]


def test_counts_leave_out_withdrawn_stories(themes_world):
    w = themes_world
    with scope(chapter=w.world.chapter_a):
        data = queries.theme_page_data(access(w.world, w.world.leader_a), w.rent)
    assert data.size == 4  # 5 members, one withdrawn
    # Rosa (private + meals), Ana (rent doubled), "60s, Eastside"
    assert data.tellers == 3
    assert data.sessions == 1
    assert w.rent.size == 4 and w.rent.tellers == 3


def test_trend_counts_stories_per_month(themes_world):
    w = themes_world
    with scope(chapter=w.world.chapter_a):
        data = queries.theme_page_data(access(w.world, w.world.member_a), w.rent)
    assert len(data.trend) == 12
    assert sum(m.stories for m in data.trend) == 4
    assert data.trend[-1].stories >= 1
    assert data.spark.total == 4 and data.spark.peak == max(m.stories for m in data.trend)


def test_page_data_has_categories_z_codes_effects_and_related(themes_world):
    w = themes_world
    with scope(chapter=w.world.chapter_a):
        data = queries.theme_page_data(access(w.world, w.world.member_a), w.rent)
    (housing,) = data.categories
    assert housing.id == "housing_instability" and housing.percent == 90
    assert any(z.code.startswith("Z59") for z in housing.z_codes)
    assert [e.id for e in data.effects] == ["mental_health"]
    co = [c.id for c in data.co_categories]
    assert "food_insecurity" in co and "housing_instability" not in co
    assert [r.label for r in data.shared_stories] == ["Skipping meals"]
    # Rosa and Ana told stories of the clinic bus too
    assert data.shared_tellers[0].label == "Clinic bus" and data.shared_tellers[0].shared == 2
    assert [c.name for c in data.chapters] == ["HEC Alpha"]
    assert data.keywords == ["rent", "evicted", "landlord"]


def test_quotes_for_a_member_skip_private_and_withdrawn(themes_world):
    w = themes_world
    with scope(chapter=w.world.chapter_a):
        quotes = queries.theme_quotes(access(w.world, w.world.member_a), w.rent)
    texts = [q.text for q in quotes]
    assert len(quotes) == 3  # falls back to the readable members
    assert not any("PRIVATEWORDS" in t or "WITHDRAWNWORDS" in t for t in texts)


def test_quotes_for_the_leader_include_private_but_never_withdrawn(themes_world):
    w = themes_world
    with scope(chapter=w.world.chapter_a):
        quotes = queries.theme_quotes(
            access(w.world, w.world.leader_a), w.rent, actor=w.world.leader_a
        )
        audited = AuditEntry.objects.filter(action="chapter.story.private_viewed").count()
    assert quotes[0].text.startswith("PRIVATEWORDS") and quotes[0].representative
    assert not any("WITHDRAWNWORDS" in q.text for q in quotes)
    assert audited == 1


def test_private_story_is_not_quoted_even_to_its_collector_member(themes_world):
    w = themes_world
    member = make_user("collector@example.org")
    person = make_member(w.world.chapter_a, member, "member", "Cole Lector")
    story = add_story(w.world, "COLLECTORPRIVATE words", consent="private", collector=person)
    theme = make_theme(w.world.chapter_a, "Mine", [story], (story,))
    with scope(chapter=w.world.chapter_a):
        assert queries.theme_quotes(access(w.world, member), theme) == []


def test_teller_names_only_for_those_who_see_people(themes_world):
    w = themes_world
    with scope(chapter=w.world.chapter_a):
        quotes = queries.theme_quotes(access(w.world, w.world.member_a), w.bus)
    assert quotes[0].teller == "Rosa Teller"
    ally = make_user("ally@example.org")
    make_member(w.world.chapter_a, ally, "community_partner", "Pat Partner")
    with scope(chapter=w.world.chapter_a):
        assert queries.theme_quotes(access(w.world, ally), w.bus) == []  # no stories.view


def test_theme_page_queries_do_not_grow_with_the_theme(themes_world, client_for):
    w = themes_world
    client = client_for(w.world.member_a)
    client.get(url(w.rent))
    with CaptureQueriesContext(connection) as small:
        assert client.get(url(w.rent)).status_code == 200
    more = [add_story(w.world, f"More rent story {i}", teller_descriptor=f"d{i}") for i in range(8)]
    with scopes_disabled():
        ThemeStory.objects.bulk_create(
            ThemeStory(theme=w.rent, story=s, chapter=s.chapter, score=0.1) for s in more
        )
    with CaptureQueriesContext(connection) as big:
        assert client.get(url(w.rent)).status_code == 200
    assert len(big.captured_queries) == len(small.captured_queries)


def test_theme_list_queries_do_not_grow_with_themes(themes_world, client_for):
    w = themes_world
    client = client_for(w.world.member_a)
    client.get("/c/alpha/themes/")
    with CaptureQueriesContext(connection) as small:
        client.get("/c/alpha/themes/")
    for i in range(5):
        make_theme(w.world.chapter_a, f"Extra {i}", [w.readable[0]])
    with CaptureQueriesContext(connection) as big:
        client.get("/c/alpha/themes/")
    assert len(big.captured_queries) == len(small.captured_queries)


# --- pages -----------------------------------------------------------------------------------


def test_theme_list_shows_themes_with_their_facts(themes_world, client_for):
    response = client_for(themes_world.world.member_a).get("/c/alpha/themes/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Rent and eviction" in html and "Clinic bus" in html
    assert "New pattern" in html  # "Skipping meals"
    assert "Housing cost, instability and eviction" in html
    assert 'class="sparkline"' in html and "<polyline" in html
    assert "/c/alpha/themes/chain/" in html and "/c/alpha/themes/network/" in html
    assert "BETAMARKER" not in html


def test_theme_list_filters_by_category(themes_world, client_for):
    html = (
        client_for(themes_world.world.member_a)
        .get("/c/alpha/themes/", {"category": "transportation"})
        .content.decode()
    )
    assert "Clinic bus" in html and "Rent and eviction" not in html


def test_theme_list_htmx_returns_only_results(themes_world, client_for):
    response = client_for(themes_world.world.member_a).get(
        "/c/alpha/themes/", {"category": "food_insecurity"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="theme-results">')
    assert "Skipping meals" in html


def test_theme_page_for_a_member(themes_world, client_for):
    w = themes_world
    html = client_for(w.world.member_a).get(url(w.rent)).content.decode()
    assert "<h1>Rent and eviction" in html
    assert "PRIVATEWORDS" not in html and "WITHDRAWNWORDS" not in html
    assert html.count("<blockquote") == 3
    assert "Z59" in html and "Mental health" in html
    assert "<code>Z59.81</code> Housing instability, housed" in html  # ICD-10-CM's title
    assert "Skipping meals" in html  # shares a story
    assert "Rename" in html  # members may edit themes
    assert "candidate issue" not in html  # priorities.manage is the leaders'


def test_theme_page_for_the_leader_quotes_the_private_story(themes_world, client_for):
    w = themes_world
    html = client_for(w.world.leader_a).get(url(w.rent)).content.decode()
    assert "PRIVATEWORDS" in html and "WITHDRAWNWORDS" not in html


def test_faculty_ally_sees_the_page_without_edit_buttons(themes_world, client_for):
    w = themes_world
    ally = make_user("faculty@example.org")
    make_member(w.world.chapter_a, ally, "faculty_ally", "Fay Culty")
    client = client_for(ally)
    html = client.get(url(w.rent)).content.decode()
    assert "Rename" not in html
    assert client.get(url(w.rent, "edit/")).status_code == 403
    assert client.post(url(w.rent, "merge/")).status_code == 403
    assert client.post(url(w.rent, "split/")).status_code == 403


def test_community_partner_cannot_see_themes(themes_world, client_for):
    w = themes_world
    partner = make_user("partner@example.org")
    make_member(w.world.chapter_a, partner, "community_partner", "Pat Partner")
    assert client_for(partner).get("/c/alpha/themes/").status_code == 403
    assert client_for(partner).get(url(w.rent)).status_code == 403


def test_other_chapters_theme_is_404(themes_world, client_for):
    w = themes_world
    client = client_for(w.world.leader_a)
    for suffix in ("", "edit/", "merge/", "split/"):
        response = client.get(url(w.beta, suffix))
        assert response.status_code == 404
        assert b"BETAMARKER" not in response.content
    assert client.get("/c/alpha/themes/nonsense!!/").status_code == 404


def test_merged_theme_address_leads_to_the_theme_it_joined(themes_world, client_for):
    w = themes_world
    with scopes_disabled():
        w.food.merged_into = w.rent
        w.food.save()
    response = client_for(w.world.member_a).get(url(w.food))
    assert response.status_code == 302 and response["Location"] == url(w.rent)
    assert client_for(w.world.member_a).get(url(w.food, "edit/")).status_code == 404


def test_candidate_link_for_leaders_when_priorities_exist(themes_world, client_for):
    from django.urls import NoReverseMatch, reverse

    w = themes_world
    html = client_for(w.world.leader_a).get(url(w.rent)).content.decode()
    try:
        target = reverse("chapter:candidate-create", args=["alpha"])
    except NoReverseMatch:
        assert "candidate issue" not in html  # the priorities pages are not there yet
    else:
        assert f"{target}?theme={w.rent.public_id}" in html


def test_theme_page_with_no_quotable_story_says_so(themes_world, client_for):
    w = themes_world
    theme = make_theme(w.world.chapter_a, "Only private", [w.private], (w.private,))
    html = client_for(w.world.member_a).get(url(theme)).content.decode()
    assert "consent does not allow it" in html and "PRIVATEWORDS" not in html


def test_theme_list_has_the_run_button_for_those_who_may_run(themes_world, client_for):
    w = themes_world
    html = client_for(w.world.member_a).get("/c/alpha/themes/").content.decode()
    assert "Find patterns now" in html and "/c/alpha/themes/runs/new/" in html
    ally = make_user("faculty@example.org")
    make_member(w.world.chapter_a, ally, "faculty_ally", "Fay Culty")
    html = client_for(ally).get("/c/alpha/themes/").content.decode()
    assert "Find patterns now" not in html
