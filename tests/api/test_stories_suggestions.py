"""Suggested codes through the API: list, accept, reject, suggest-for-text; the same consent
rules as every story read."""

from __future__ import annotations

from django_scopes import scopes_disabled

from hec.listening.models import RejectedSuggestion, StoryCode
from tests.api.conftest import detail
from tests.api.test_stories import person_of, story

URL = "/chapters/alpha/stories"
HOUSING = "The landlord raised the rent again and gave us an eviction notice."


def test_list_accept_reject(world, api_for):
    s = story(world, text=HOUSING + " My son's asthma got worse from the mold.")
    api = api_for(world.member_a)
    response = api.get(f"{URL}/{s.public_id}/suggestions")
    assert response.status_code == 200, response.content
    body = response.json()
    ids = [row["id"] for row in body]
    assert ids[0] == "category.housing_instability"
    assert "effect.respiratory" in ids
    first = body[0]
    assert first["strength"] == "strong" and first["evidence"][:1] == ["landlord"]
    assert first["label"] == "Housing cost, instability and eviction"

    accepted = api.post(f"{URL}/{s.public_id}/suggestions/category.housing_instability/accept")
    assert accepted.status_code == 200, accepted.content
    assert accepted.json()["confirmed_by_id"] == person_of(world.member_a).public_id
    with scopes_disabled():
        code = StoryCode.objects.get(story=s, code="housing_instability")
    assert code.confirmed_by == world.member_a

    again = api.post(f"{URL}/{s.public_id}/suggestions/category.housing_instability/accept")
    assert again.status_code in (400, 422) and detail(again)

    rejected = api.post(f"{URL}/{s.public_id}/suggestions/effect.respiratory/reject")
    assert rejected.status_code == 200 and rejected.json()["rejected"] is True
    with scopes_disabled():
        assert RejectedSuggestion.objects.filter(story=s, code="respiratory").exists()
    left = [row["id"] for row in api.get(f"{URL}/{s.public_id}/suggestions").json()]
    assert "effect.respiratory" not in left and "category.housing_instability" not in left
    gone = api.post(f"{URL}/{s.public_id}/suggestions/effect.respiratory/reject")
    assert gone.status_code == 404 and detail(gone)

    # the story's codes say which are confirmed
    codes = {c["code"]: c["confirmed"] for c in api.get(f"{URL}/{s.public_id}").json()["codes"]}
    assert codes["housing_instability"] is True


def test_consent_rules_apply(world, api_for):
    private = story(world, consent="private", text=HOUSING)
    member = api_for(world.member_a)
    assert member.get(f"{URL}/{private.public_id}/suggestions").status_code == 404
    path = f"{URL}/{private.public_id}/suggestions/category.housing_instability/accept"
    assert member.post(path).status_code == 404
    assert api_for(world.leader_a).get(f"{URL}/{private.public_id}/suggestions").json()
    other = story(world, chapter=world.chapter_b, collector_user=world.leader_b, text=HOUSING)
    leader_a = api_for(world.leader_a)
    for chapter in ("alpha", "beta"):
        base = f"/chapters/{chapter}/stories/{other.public_id}/suggestions"
        assert leader_a.get(base).status_code == 404
        assert leader_a.post(f"{base}/category.housing_instability/accept").status_code == 404
    with scopes_disabled():
        assert not StoryCode.objects.filter(story=other, confirmed_at__isnull=False).exists()


def test_malformed_suggestion_id_is_404(world, api_for):
    s = story(world, text=HOUSING)
    api = api_for(world.member_a)
    for bad in ("nonsense", "category.", "colour.housing_instability", "category.no_such"):
        response = api.post(f"{URL}/{s.public_id}/suggestions/{bad}/accept")
        assert response.status_code == 404, bad
        assert detail(response)


def test_suggest_for_text(world, api_for):
    api = api_for(world.member_a)
    en = api.post(f"{URL}/suggest", {"text": HOUSING, "language": "en"}).json()
    assert en["coded"] and en["categories"][0]["code"] == "housing_instability"
    assert "eviction" in en["categories"][0]["evidence"]
    es = api.post(
        f"{URL}/suggest",
        {"text": "El casero subió la renta y nos dio aviso de desalojo.", "language": "es"},
    ).json()
    assert es["categories"][0]["code"] == "housing_instability"
    fr = api.post(
        f"{URL}/suggest",
        {
            "text": "Le propriétaire a augmenté le loyer et nous avons reçu un avis "
            "d'expulsion. Nous ne savons pas où aller avec les enfants.",
            "language": "other",
        },
    ).json()
    assert fr == {
        "coded": False,
        "reason": "unsupported_language",
        "language": "fr",
        "categories": [],
        "effects": [],
        "examples": 0,
    }
    empty = api.post(f"{URL}/suggest", {"text": "  ", "language": "en"})
    assert empty.status_code == 422 and detail(empty)
