"""Suggested codes: live on the story form, stored at creation, accept / reject in one tap,
who confirmed, chapter teaching (and consent: withdrawn or private stories do not teach)."""

from __future__ import annotations

import itertools
import time

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from hec.core.models import AuditEntry
from hec.listening import services
from hec.listening.models import RejectedSuggestion, Story, StoryCode
from hec.patterns import coding
from hec.patterns.coding import chapter_model, code_for_story, code_text, forget_models
from tests.listening.conftest import add_session, add_story

HOUSING_EN = "The landlord raised the rent again and gave us an eviction notice."
HOUSING_ES = "El casero subió la renta y nos dio aviso de desalojo."
FRENCH = (
    "Le propriétaire a augmenté le loyer et nous avons reçu un avis d'expulsion. "
    "Nous ne savons pas où aller avec les enfants."
)
MOLD = (
    "There is black mold in the bedroom and the heat has been off for weeks. "
    "My son's asthma got worse."
)
BORDERLINE = "The bus to the clinic never came, so I missed my appointment again."


@pytest.fixture(autouse=True)
def _fresh_models(monkeypatch):
    forget_models()
    monkeypatch.setattr(coding, "REBUILD_AFTER", 0.0)  # see every confirmation at once
    yield
    forget_models()


def url(world, name, *args, chapter=None):
    return reverse(f"chapter:{name}", args=[(chapter or world.chapter_a).slug, *args])


def suggest(world, client, text, language="en", **extra):
    return client.post(
        url(world, "story-suggest"),
        {"text": text, "language": language, **extra},
        headers={"HX-Request": "true"},
    )


def pending(story):
    with scopes_disabled():
        return {
            (c.kind, c.code): c
            for c in StoryCode.objects.filter(story=story, confirmed_at__isnull=True)
        }


# --- while typing -------------------------------------------------------------------------


@pytest.mark.parametrize("text,language", [(HOUSING_EN, "en"), (HOUSING_ES, "es")])
def test_typing_a_housing_story_suggests_housing_with_its_words(world, client_for, text, language):
    response = suggest(world, client_for(world.member_a), text, language)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="housing_instability"' in html
    assert "Housing cost, instability and eviction" in html
    assert "<mark>eviction</mark>" in html or "<mark>desalojo</mark>" in html
    assert "strong" in html
    assert "<script" not in html and "style=" not in html


def test_a_french_story_is_not_coded(world, client_for):
    html = suggest(world, client_for(world.member_a), FRENCH, "other").content.decode()
    assert "Not coded." in html
    assert 'name="categories"' not in html
    coding = code_text(FRENCH, "other", world.chapter_a)
    assert not coding.coded and coding.reason == "unsupported_language"


def test_an_effect_is_suggested_with_the_engines_probability_and_words(world):
    from hec.patterns.engine import code_story

    text = HOUSING_EN + " The stress keeps me up at night."
    coding = code_text(text, "en", world.chapter_a)
    effect = {s.code: s for s in coding.effects}["mental_health"]
    assert effect.score == code_story(text, "en").downstream_scores["mental_health"]
    assert effect.evidence and effect.strength in {"strong", "likely", "possible"}


def test_ticked_suggestion_stays_ticked_while_typing(world, client_for):
    html = suggest(
        world,
        client_for(world.member_a),
        HOUSING_EN + " My son's asthma got worse.",
        categories=["housing_instability", "food_insecurity"],
    ).content.decode()
    assert 'value="housing_instability" checked' in html
    # ticked earlier, no longer suggested: still shown, still ticked, so it can be unticked
    assert 'value="food_insecurity" checked' in html


def test_suggest_needs_stories_create_and_membership(world, client_for):
    other = client_for(world.leader_b)
    assert suggest(world, other, HOUSING_EN).status_code == 404


def test_accepted_while_typing_is_saved_as_confirmed_code(world, client_for):
    response = client_for(world.member_a).post(
        url(world, "story-create"),
        {
            "text": HOUSING_EN + " The stress keeps me up at night.",
            "language": "en",
            "collector": world.person_a.public_id,
            "told_on": "2026-11-01",
            "consent": "chapter",
            "consent_method": "verbal",
            "teller_descriptor": "40s, Hilltop",
            "categories": ["housing_instability"],
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        story = Story.objects.get(chapter=world.chapter_a)
        code = StoryCode.objects.get(story=story, code="housing_instability")
    assert code.confirmed_by == world.member_a and code.confirmed_at is not None
    assert code.suggested_score and "eviction" in code.evidence
    # what was not accepted is kept as a suggestion, for the story page
    assert set(pending(story)) == {("effect", "mental_health")}
    assert pending(story)[("effect", "mental_health")].evidence
    page = client_for(world.member_a).get(url(world, "story-detail", story.public_id))
    html = page.content.decode()
    assert "confirmed by" in html and str(world.member_a) in html


def test_form_shown_again_keeps_its_suggestions(world, client_for):
    response = client_for(world.member_a).post(
        url(world, "story-create"),
        {"text": HOUSING_EN, "language": "en", "categories": ["housing_instability"]},
    )
    assert response.status_code == 200
    assert 'value="housing_instability" checked' in response.content.decode()


def test_form_errors_name_a_bad_category_and_stay_described(world, client_for):
    """A crafted category id is a field error, not a 500; the story field stays linked to
    its own error and to the suggestion box for screen readers."""
    response = client_for(world.member_a).post(
        url(world, "story-create"), {"text": "", "language": "en", "categories": ["no_such"]}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice. no_such is not one of the available choices." in html
    assert 'aria-describedby="id_text_error story-suggest"' in html
    typing = client_for(world.member_a).get(url(world, "story-create")).content.decode()
    assert 'aria-describedby="story-suggest"' in typing
    with scopes_disabled():
        assert not Story.objects.filter(chapter=world.chapter_a, text="").exists()


# --- stored at creation, accept / reject --------------------------------------------------


def test_story_saved_without_codes_gets_suggestions_with_evidence(world, client_for):
    story = add_story(world, HOUSING_EN)
    rows = pending(story)
    assert set(rows) == {("category", "housing_instability")}
    row = rows[("category", "housing_instability")]
    assert row.confirmed_by is None and row.suggested_score > 0.5
    assert row.evidence == ["landlord", "raised the rent", "eviction"]
    html = client_for(world.member_a).get(url(world, "story-detail", story.public_id))
    html = html.content.decode()
    assert "Suggested codes" in html
    assert "<mark>raised the rent</mark>" in html
    assert 'value="accept"' in html and 'value="reject"' in html


def test_batch_entry_stores_suggestions(world):
    session = add_session(world)
    with scope(chapter=world.chapter_a):
        result = services.stories_batch_create(
            session=session,
            actor=None,
            collector=world.person_a,
            rows=[{"text": HOUSING_ES, "language": "es", "consent": "chapter"}],
        )
    assert result.ok
    assert ("category", "housing_instability") in pending(result.stories[0])


def test_accept_stores_who_confirmed_and_audits(world, client_for):
    story = add_story(world, HOUSING_EN)
    client = client_for(world.member_a)
    response = client.post(
        url(world, "story-suggestion", story.public_id, "category.housing_instability"),
        {"action": "accept"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="story-coding"' in html and "confirmed." in html
    with scopes_disabled():
        code = StoryCode.objects.get(story=story, code="housing_instability")
        entry = AuditEntry.objects.get(action="chapter.story.suggestion_accepted")
    assert code.confirmed_by == world.member_a and code.confirmed_at is not None
    assert entry.actor == world.member_a and entry.object_id == story.public_id
    # the full coding form now has it ticked, so saving the form keeps it
    assert 'value="housing_instability" checked' in html


def test_reject_removes_and_never_comes_back(world, client_for):
    story = add_story(world, HOUSING_EN)
    client = client_for(world.member_a)
    target = url(world, "story-suggestion", story.public_id, "category.housing_instability")
    response = client.post(target, {"action": "reject"})  # without JavaScript: form + redirect
    assert response.status_code == 302
    assert pending(story) == {}
    with scopes_disabled():
        assert RejectedSuggestion.objects.filter(story=story, code="housing_instability").exists()
        assert AuditEntry.objects.filter(action="chapter.story.suggestion_rejected").exists()
    # the words change (suggestions are made again): the rejected one stays away
    with scope(chapter=world.chapter_a):
        story = Story.objects.get(pk=story.pk)
        services.story_update(
            story=story,
            actor=None,
            expected_version=story.version,
            text=HOUSING_EN + " Our rent is now more than half of what we earn.",
        )
        services.refresh_suggestions(story=story)
    assert ("category", "housing_instability") not in pending(story)
    assert client.post(target, {"action": "reject"}).status_code == 404  # gone


def test_full_coding_form_confirms_with_the_user_and_settles_suggestions(world, client_for):
    story = add_story(world, MOLD)
    assert {("category", "housing_quality"), ("effect", "respiratory")} <= set(pending(story))
    client = client_for(world.leader_a)
    response = client.post(
        url(world, "story-code", story.public_id), {"categories": ["housing_quality"]}
    )
    assert response.status_code == 302
    with scopes_disabled():
        codes = list(StoryCode.objects.filter(story=story))
    # ticked: confirmed by the user; the suggested effect left unticked: dropped
    assert [(c.code, c.confirmed_by) for c in codes] == [("housing_quality", world.leader_a)]
    assert codes[0].evidence  # kept from the suggestion


def test_member_of_chapter_a_cannot_accept_chapter_b_suggestion(world, client_for):
    story_b = add_story(world, HOUSING_EN, chapter=world.chapter_b)
    assert pending(story_b)
    for chapter in (world.chapter_a, world.chapter_b):
        target = url(
            world,
            "story-suggestion",
            story_b.public_id,
            "category.housing_instability",
            chapter=chapter,
        )
        for action in ("accept", "reject"):
            response = client_for(world.member_a).post(target, {"action": action})
            assert response.status_code == 404
    assert ("category", "housing_instability") in pending(story_b)


def test_unknown_action_and_malformed_id(world, client_for):
    story = add_story(world, HOUSING_EN)
    client = client_for(world.member_a)
    good = url(world, "story-suggestion", story.public_id, "category.housing_instability")
    assert client.post(good, {"action": "maybe"}).status_code == 302
    assert ("category", "housing_instability") in pending(story)
    bad = url(world, "story-suggestion", story.public_id, "nonsense")
    assert client.post(bad, {"action": "accept"}).status_code == 404
    assert client.get(good).status_code == 302  # GET goes back to the story


def test_a_french_story_page_says_not_coded(world, client_for):
    story = add_story(world, FRENCH, language="other")
    assert pending(story) == {}
    html = client_for(world.member_a).get(url(world, "story-detail", story.public_id))
    assert "Not coded." in html.content.decode()


# --- chapters teach it ------------------------------------------------------------------


def _care_access_examples(world, consent="chapter", chapter=None):
    chapter = chapter or world.chapter_a
    stories = []
    combos = itertools.product(
        ["I", "My mother", "My son", "We"],
        ["bus", "van", "ride"],
        ["on Monday", "last week"],
    )
    for who, ride, when in itertools.islice(combos, 20):
        text = f"{who} waited for the {ride} to the clinic {when} and missed the appointment."
        story = add_story(world, text, consent=consent, chapter=chapter)
        with scope(chapter=chapter):
            services.story_code(story=story, actor=world.leader_a, categories=["care_access"])
        stories.append(story)
    return stories


def test_confirmed_codes_teach_the_chapter(world):
    before = code_text(BORDERLINE, "en", world.chapter_a)
    assert before.categories[0].code == "transportation"
    _care_access_examples(world)
    after = code_text(BORDERLINE, "en", world.chapter_a)
    assert after.examples == 20
    assert after.categories[0].code == "care_access"
    assert after.score("care_access") - before.score("care_access") > 0.1
    # another chapter learned nothing from it
    assert code_text(BORDERLINE, "en", world.chapter_b).categories[0].code == "transportation"


def test_withdrawn_stories_do_not_teach(world):
    stories = _care_access_examples(world)
    assert code_text(BORDERLINE, "en", world.chapter_a).categories[0].code == "care_access"
    with scope(chapter=world.chapter_a):
        for story in stories:
            story.refresh_from_db()
            services.consent_withdraw(story=story, actor=None, method="verbal")
    again = code_text(BORDERLINE, "en", world.chapter_a)
    assert again.examples == 0
    assert again.categories[0].code == "transportation"


def test_private_stories_do_not_teach(world):
    _care_access_examples(world, consent="private")
    assert chapter_model(world.chapter_a) is None
    assert code_text(BORDERLINE, "en", world.chapter_a).categories[0].code == "transportation"


def test_model_is_cached_until_a_code_is_confirmed(world, django_assert_max_num_queries):
    _care_access_examples(world)
    model = chapter_model(world.chapter_a)
    with django_assert_max_num_queries(2):  # the cache key only
        assert chapter_model(world.chapter_a) is model
    story = add_story(world, BORDERLINE)
    with scope(chapter=world.chapter_a):
        code = StoryCode.objects.get(story=story, code="care_access", confirmed_at=None)
        services.suggestion_accept(suggestion=code, actor=world.member_a)
    rebuilt = chapter_model(world.chapter_a)
    assert rebuilt is not model and len(rebuilt) == 21


def test_new_codes_wait_a_little_but_withdrawal_counts_at_once(world, monkeypatch):
    stories = _care_access_examples(world)
    monkeypatch.setattr(coding, "REBUILD_AFTER", 30.0)
    model = chapter_model(world.chapter_a)
    story = add_story(world, BORDERLINE)
    with scope(chapter=world.chapter_a):
        code = StoryCode.objects.get(story=story, code="care_access", confirmed_at=None)
        services.suggestion_accept(suggestion=code, actor=world.member_a)
    assert chapter_model(world.chapter_a) is model  # built moments ago: kept a while
    with scope(chapter=world.chapter_a):
        services.consent_change(story=stories[0], actor=None, to_level="private", method="verbal")
    rebuilt = chapter_model(world.chapter_a)
    assert rebuilt is not model and len(rebuilt) == 20  # 21 confirmed, one now private


def test_story_coding_uses_its_chapter(world):
    _care_access_examples(world)
    story = add_story(world, BORDERLINE)
    assert code_for_story(story).categories[0].code == "care_access"
    assert ("category", "care_access") in pending(story)


# --- speed ----------------------------------------------------------------------------


def test_suggest_answers_fast(world, client_for):
    _care_access_examples(world)
    client = client_for(world.member_a)
    suggest(world, client, HOUSING_EN)  # warm: templates, the chapter model
    times = []
    for i in range(7):
        start = time.perf_counter()
        assert suggest(world, client, f"{HOUSING_EN} {i}").status_code == 200
        times.append(time.perf_counter() - start)
    times.sort()
    assert times[3] < 0.1, f"median {times[3] * 1000:.0f} ms"
    start = time.perf_counter()
    for _ in range(20):
        code_text(BORDERLINE, "en", world.chapter_a)
    assert (time.perf_counter() - start) / 20 < 0.05
