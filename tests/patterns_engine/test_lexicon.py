"""Lexicon behaviour on small hand-written stories (not from any data set)."""

from __future__ import annotations

import pytest

from hec.patterns.engine import code_story
from hec.patterns.engine.matcher import CATEGORY_MATCHER

# The same pressure told in English and in Spanish must get the same primary category.
PAIRS = [
    (
        "discrimination",
        "At the store they followed us around and made fun of my accent because we speak "
        "Spanish. They treated us like criminals.",
        "En la tienda nos siguieron y se burlaron de mi acento por hablar español. Nos "
        "trataron como criminales.",
    ),
    (
        "safety_violence",
        "There were gunshots on our block again last night and I don't let my kids play "
        "outside anymore.",
        "Anoche hubo balazos otra vez en la cuadra y ya no dejo salir a mis hijos a jugar.",
    ),
    (
        "isolation",
        "Since my husband died I live alone, nobody visits and I have no one to talk to.",
        "Desde que murió mi esposo vivo sola, nadie me visita y no tengo con quien hablar.",
    ),
    (
        "immigration_legal",
        "ICE agents picked up my neighbor and now we are afraid of immigration checkpoints "
        "on the way to work.",
        "Los agentes de inmigración se llevaron a mi vecino y ahora tenemos miedo a la "
        "migra en el camino al trabajo.",
    ),
    (
        "income_poverty",
        "We are barely getting by: the money runs out before payday and we are behind on "
        "the light bill.",
        "Apenas nos alcanza: el dinero se acaba antes de la quincena y estamos atrasados "
        "con los pagos de la luz.",
    ),
    (
        "family_caregiving",
        "I take care of my mother with dementia every night and I have no one to watch my "
        "kids when I work.",
        "Cuido a mi mamá que tiene demencia todas las noches y no tengo quien cuide a mis "
        "hijos cuando trabajo.",
    ),
]


@pytest.mark.parametrize(("expected", "english", "spanish"), PAIRS)
def test_english_and_spanish_tellings_agree(expected, english, spanish):
    en = code_story(english, "en")
    es = code_story(spanish, "es")
    assert en.primary == expected, en.ranking[:3]
    assert es.primary == expected, es.ranking[:3]
    assert en.lang == "en" and es.lang == "es"


@pytest.mark.parametrize(
    ("text", "lang", "not_expected"),
    [
        ("I'm fine, of course, the company is fine too.", "en", "immigration_legal"),
        ("Of course I'm fine inside my house.", "en", "education"),
        ("Solo quería decir que estoy seguro de que todo va bien.", "es", "isolation"),
        ("Estoy seguro, solo es eso.", "es", "care_access"),
    ],
)
def test_everyday_senses_of_ambiguous_words_are_weak(text, lang, not_expected):
    coding = code_story(text, lang)
    assert not_expected not in [c for c, _ in coding.categories]


def test_ambiguous_single_words_are_capped_but_phrases_are_not():
    weights = {
        (p.lang, p.label, " ".join(p.parts)): p.weight
        for ps in CATEGORY_MATCHER.exact.values()
        for p in ps
    }
    assert weights[("en", "immigration_legal", "fine")] <= 0.5
    assert weights[("es", "isolation", "solo")] <= 0.5
    assert weights[("es", "care_access", "seguro")] <= 0.5
    assert weights[("en", "income_poverty", "fixed income")] >= 2


def test_setting_words_alone_do_not_outweigh_a_named_pressure():
    text = (
        "My mom, my dad, my kids, my husband and my sister all live here with the family, "
        "and the landlord gave us an eviction notice."
    )
    assert code_story(text, "en").primary == "housing_instability"


def test_one_word_cues_match_their_plurals_in_both_languages():
    from hec.patterns.engine.matcher import _singulars

    assert "desalojo" in _singulars("desalojos") and "luz" in _singulars("luces")
    assert "landlord" in _singulars("landlords") and "bus" in _singulars("buses")
    assert _singulars("class") == () and _singulars("bus") == ()
    from hec.patterns.engine.cues import story_cues

    en = story_cues("Both landlords sent evictions to the tenants on our floor.", "en").evidence
    es = story_cues("Los caseros mandaron desalojos a los inquilinos del piso.", "es").evidence
    assert {"landlords", "evictions"} <= set(en["housing_instability"])
    assert {"caseros", "desalojos"} <= set(es["housing_instability"])


def test_phrases_weigh_more_than_words_and_shared_cues_less():
    from hec.patterns.engine.cues import story_cues

    values = story_cues("We got evicted because the rent is too high.", "en").values
    by_text = {key.split(":", 2)[2]: v for (_, key), v in values.items()}
    # both weigh 3 in the lexicon; the four-word phrase counts for more
    assert by_text["rent is too high"] > by_text["evicted"] >= 3
    # a cue listed under two categories counts less in each than its own weight
    shared = story_cues("The detention lasted all week.", "en").values
    assert len(shared) == 2 and all(v < 2 for v in shared.values())


def test_not_coded_when_only_ambiguous_words():
    coding = code_story("Of course I'm fine, the company is fine.", "en")
    assert not coding.coded and coding.reason == "no_evidence" and coding.categories == []
