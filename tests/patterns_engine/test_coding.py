from __future__ import annotations

import pytest

from hec.patterns.engine import CATEGORIES, CATEGORY_IDS, code_story, detect_language

from .stories import CHINESE, EN, ES, FRENCH


def test_sixteen_categories_with_domains_and_z_codes():
    assert len(CATEGORIES) == 16 and len(set(CATEGORY_IDS)) == 16
    by_id = {c.id: c for c in CATEGORIES}
    assert by_id["language_access"].z_codes == ("Z55.6", "Z60.3")
    assert by_id["transportation"].domain == "Neighborhood and Built Environment"
    assert all(c.z_codes and c.label and c.domain for c in CATEGORIES)


@pytest.mark.parametrize(("expected", "text"), sorted(EN.items()))
def test_clear_english_stories_get_the_right_primary(expected, text):
    coding = code_story(text, "en")
    assert coding.coded
    assert coding.primary == expected, coding.ranking[:3]


@pytest.mark.parametrize(("expected", "text"), sorted(ES.items()))
def test_clear_spanish_stories_get_the_right_primary(expected, text):
    coding = code_story(text, "es")
    assert coding.coded and coding.lang == "es"
    assert coding.primary == expected, coding.ranking[:3]


def test_scores_are_ranked_and_bounded():
    coding = code_story(EN["housing_quality"], "en")
    scores = [s for _, s in coding.ranking]
    assert len(coding.ranking) == 16
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert coding.categories[0] == coding.ranking[0]


def test_evidence_names_the_driving_words():
    coding = code_story(EN["housing_quality"], "en")
    ev = [e.lower() for e in coding.evidence["housing_quality"]]
    assert any("mold" in e for e in ev) and any("leak" in e for e in ev)
    es = code_story(ES["housing_instability"], "es")
    assert any("desalojo" in e for e in es.evidence["housing_instability"])
    # evidence is quoted from the original text, accents included
    assert any("subió la renta" in e for e in es.evidence["housing_instability"])


def test_downstream_effects_are_suggested():
    assert "respiratory" in code_story(EN["housing_quality"], "en").downstream
    assert code_story("We get by fine.", "en").downstream == []


def test_downstream_effects_carry_the_models_probability_and_their_words():
    from hec.patterns.engine.coder import downstream_cues
    from hec.patterns.engine.cues import story_cues
    from hec.patterns.engine.learned import default_model, story_features

    text = EN["housing_quality"]
    coding = code_story(text, "en")
    assert list(coding.downstream_scores) == coding.downstream
    feats = story_features(text, "en", story_cues(text, "en").matches)
    probs = default_model().effects.probabilities(feats, downstream_cues(text, "en")[0])
    assert coding.downstream_scores["respiratory"] == round(probs["respiratory"], 4)
    assert any("asthma" in w.lower() for w in coding.evidence["respiratory"])


@pytest.mark.parametrize("text", [FRENCH, CHINESE])
@pytest.mark.parametrize("lang", [None, "en", "fr", "zh"])
def test_french_and_chinese_are_not_coded(text, lang):
    coding = code_story(text, lang)
    assert not coding.coded
    assert coding.categories == [] and coding.evidence == {}
    assert coding.reason == "unsupported_language"


def test_language_detected_when_missing():
    assert detect_language(ES["food_insecurity"]) == "es"
    assert detect_language(EN["food_insecurity"]) == "en"
    assert detect_language(FRENCH) == "fr"
    coding = code_story(ES["food_insecurity"], None)
    assert coding.lang == "es" and coding.primary == "food_insecurity"


def test_regional_language_tags_are_understood():
    assert code_story(ES["food_insecurity"], "es-MX").lang == "es"
    assert code_story(EN["homelessness"], "en_US").primary == "homelessness"


def test_wrong_hint_is_corrected_for_clearly_spanish_text():
    coding = code_story(ES["language_access"], "en")
    assert coding.lang == "es" and coding.primary == "language_access"


def test_negated_cue_counts_far_less():
    plain = code_story("We were evicted and the heater is broken.", "en")
    negated = code_story("We were never evicted but the heater is broken.", "en")
    assert plain.primary in ("housing_instability", "housing_quality")
    assert negated.primary == "housing_quality"
    assert "housing_instability" not in dict(negated.categories)


def test_longer_phrase_wins_over_its_parts():
    # "no heat" is a housing problem, not an environmental exposure
    coding = code_story("Our apartment has no heat since November.", "en")
    assert coding.primary == "housing_quality"
    assert "environment" not in coding.evidence


def test_story_without_any_cue_is_not_coded():
    coding = code_story("Hello, nice to meet you all.", "en")
    assert not coding.coded and coding.reason == "no_evidence" and coding.categories == []


def test_multi_label_story_gets_two_categories():
    text = (
        "The rent went up again and the landlord wants us out, and the bus to my job "
        "takes two transfers so I am late every day."
    )
    cats = [c for c, _ in code_story(text, "en").categories]
    assert set(cats[:2]) == {"housing_instability", "transportation"}
