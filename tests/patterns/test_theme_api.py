"""The themes API: list, detail (quotes by the same consent rule as the page), rename."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from hec.core.models import AuditEntry
from tests.api.conftest import api_for, detail  # noqa: F401 (fixture)
from tests.factories import make_member, make_user
from tests.patterns.conftest import fresh

pytestmark = pytest.mark.django_db

THEMES = "/chapters/alpha/themes"


def test_list_is_paginated_and_biggest_first(themes_world, api_for):  # noqa: F811
    api = api_for(themes_world.world.member_a)
    body = api.get(THEMES).json()
    assert body["count"] == 3
    assert [t["label"] for t in body["items"]] == [
        "Rent and eviction",
        "Clinic bus",
        "Skipping meals",
    ]
    first = body["items"][0]
    assert first["id"] == themes_world.rent.public_id
    assert first["size"] == 4 and first["tellers"] == 3 and first["sessions"] == 1
    assert first["categories"][0]["id"] == "housing_instability"
    assert first["categories"][0]["label"] == "Housing cost, instability and eviction"
    page = api.get(THEMES, {"limit": 1, "offset": 1}).json()
    assert [t["label"] for t in page["items"]] == ["Clinic bus"]


def test_list_filters_by_category(themes_world, api_for):  # noqa: F811
    api = api_for(themes_world.world.member_a)
    body = api.get(THEMES, {"category": "transportation"}).json()
    assert [t["label"] for t in body["items"]] == ["Clinic bus"]
    bad = api.get(THEMES, {"category": "wizardry"})
    assert bad.status_code == 422


def test_list_leaves_out_merged_and_other_chapters(themes_world, api_for):  # noqa: F811
    w = themes_world
    with scopes_disabled():
        w.food.merged_into = w.rent
        w.food.save()
    body = api_for(w.world.member_a).get(THEMES).json()
    assert [t["label"] for t in body["items"]] == ["Rent and eviction", "Clinic bus"]
    assert b"BETAMARKER" not in api_for(w.world.member_a).get(THEMES).content


def test_detail_for_a_member_quotes_only_what_they_may_read(themes_world, api_for):  # noqa: F811
    w = themes_world
    response = api_for(w.world.member_a).get(f"{THEMES}/{w.rent.public_id}")
    assert response.status_code == 200
    body = response.json()
    texts = [q["text"] for q in body["quotes"]]
    assert len(texts) == 3
    assert not any("PRIVATEWORDS" in t or "WITHDRAWNWORDS" in t for t in texts)
    assert body["size"] == 4 and len(body["trend"]) == 12
    assert body["categories"][0]["z_codes"]
    assert body["downstream"] == [{"id": "mental_health", "label": "Mental health"}]
    assert body["chapters"] == [{"name": "HEC Alpha", "stories": 4}]
    assert any(r["label"] == "Skipping meals" for r in body["themes_sharing_stories"])


def test_detail_for_the_leader_quotes_private_never_withdrawn(themes_world, api_for):  # noqa: F811
    w = themes_world
    body = api_for(w.world.leader_a).get(f"{THEMES}/{w.rent.public_id}").json()
    texts = [q["text"] for q in body["quotes"]]
    assert texts[0].startswith("PRIVATEWORDS")
    assert not any("WITHDRAWNWORDS" in t for t in texts)
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="chapter.story.private_viewed").exists()


def test_detail_hides_tellers_from_those_who_cannot_see_people(themes_world, api_for):  # noqa: F811
    w = themes_world
    body = api_for(w.world.member_a).get(f"{THEMES}/{w.bus.public_id}").json()
    assert body["quotes"][0]["teller"] == "Rosa Teller"


def test_other_chapters_theme_is_404(themes_world, api_for):  # noqa: F811
    w = themes_world
    api = api_for(w.world.leader_a)
    for response in (
        api.get(f"{THEMES}/{w.beta.public_id}"),
        api.patch(f"{THEMES}/{w.beta.public_id}", {"label": "Mine now"}),
        api.get(f"/chapters/beta/themes/{w.beta.public_id}"),
        api.get(f"{THEMES}/not-an-id"),
    ):
        assert response.status_code == 404
        assert response.json()["detail"]
        assert b"BETAMARKER" not in response.content
    assert fresh(w.beta).label == "BETAMARKER theme"


def test_patch_renames(themes_world, api_for):  # noqa: F811
    w = themes_world
    response = api_for(w.world.member_a).patch(
        f"{THEMES}/{w.rent.public_id}", {"label": " Housing costs "}
    )
    assert response.status_code == 200, response.content
    assert response.json()["label"] == "Housing costs"
    assert response.json()["label_edited"] is True
    assert fresh(w.rent).label == "Housing costs"


@pytest.mark.parametrize(
    "body",
    [{}, {"label": ""}, {"label": "   "}, {"label": "x" * 161}, {"label": 7}, {"size": 3}, []],
)
def test_patch_refuses_bad_bodies(themes_world, api_for, body):  # noqa: F811
    w = themes_world
    response = api_for(w.world.member_a).patch(f"{THEMES}/{w.rent.public_id}", body)
    assert response.status_code in (400, 422)
    assert detail(response)
    assert fresh(w.rent).label == "Rent and eviction"


def test_patch_needs_themes_edit(themes_world, api_for):  # noqa: F811
    w = themes_world
    ally = make_user("ally@example.org")
    make_member(w.world.chapter_a, ally, "faculty_ally", "Fay Culty")
    api = api_for(ally)
    assert api.get(f"{THEMES}/{w.rent.public_id}").status_code == 200
    response = api.patch(f"{THEMES}/{w.rent.public_id}", {"label": "Nope"})
    assert response.status_code == 403 and detail(response)


def test_partner_cannot_read_themes(themes_world, api_for):  # noqa: F811
    w = themes_world
    partner = make_user("partner@example.org")
    make_member(w.world.chapter_a, partner, "community_partner", "Pat Partner")
    response = api_for(partner).get(THEMES)
    assert response.status_code == 403 and detail(response)


def test_generated_requests_to_theme_endpoints_never_answer_5xx(themes_world):
    """The schemathesis pass of tests/api/test_fuzz.py, on the theme operations with a real
    theme id (so PATCH bodies reach the write)."""
    import schemathesis
    from django.test import Client
    from hypothesis import HealthCheck, given, settings
    from schemathesis.generation import GenerationMode

    from hec.api.models import ApiToken
    from tests.api.test_fuzz import send

    w = themes_world
    schema = schemathesis.openapi.from_dict(Client().get("/api/v1/openapi.json").json())
    _, token = ApiToken.issue(user=w.world.leader_a, name="fuzz")
    client = Client(headers={"Authorization": f"Bearer {token}"})
    ids = {"chapter_slug": "alpha", "theme_id": w.bus.public_id}
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if "/themes" not in operation.path:
            continue
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=25,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def check(case):
                response = send(client, case, ids)
                if response.status_code >= 500:
                    failures.append(f"{case.method} {case.formatted_path} {case.body!r:.200}")

            check()
    assert not failures, failures
