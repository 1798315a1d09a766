"""Stories in other registers than a told story: notes as clinics and screeners write them
(telegraphic, naming the need: "Uninsured.", "No reliable transportation to dialysis.",
and saying a need is absent with "denies" / "negative for"), and the shorthand of texts and
chats ("bc", "appt", "xq"). The engine must code them like the everyday wording."""

from __future__ import annotations

import pytest

from hec.patterns.engine import code_story, story_language
from hec.patterns.engine.cues import story_cues
from hec.patterns.engine.learned import story_features

NOTES = [
    ("Pt is currently homeless, staying at a shelter downtown.", "homelessness"),
    ("Patient reports living in his car for the past 2 months.", "homelessness"),
    ("Pt is unhoused.", "homelessness"),
    ("Pt lives alone, no family nearby, socially isolated.", "isolation"),
    ("Pt uninsured, has not seen PCP in 3 years.", "care_access"),
    ("Cannot afford copays; rationing insulin.", "care_access"),
    ("Reports food insecurity; often skips meals at end of month.", "food_insecurity"),
    ("Pt endorses inadequate food intake due to cost.", "food_insecurity"),
    ("No reliable transportation to dialysis.", "transportation"),
    ("Missed last 3 appointments due to lack of transportation.", "transportation"),
    (
        "Limited English proficiency; discharge instructions given in English only.",
        "language_access",
    ),
    ("Pt reports being behind on rent and received eviction notice.", "housing_instability"),
    ("Apartment has mold and cockroaches, worsening asthma.", "housing_quality"),
    ("History of intimate partner violence, feels unsafe at home.", "safety_violence"),
    ("Pt's utilities were shut off last week.", "income_poverty"),
    ("Lost job 2 months ago, currently unemployed.", "work_conditions"),  # Z56.0
    ("Hx of incarceration, recently released.", "immigration_legal"),  # Z65.1, reentry
    ("Primary caregiver for mother with dementia, caregiver stress.", "family_caregiving"),
    ("Did not finish high school, low health literacy.", "education"),
    ("Lives near refinery, concerned about air quality.", "environment"),
    ("Paciente refiere que vive en su carro.", "homelessness"),
    ("Sin seguro médico; raciona la insulina.", "care_access"),
    ("Paciente con inseguridad alimentaria, usa banco de alimentos.", "food_insecurity"),
    ("Refiere violencia de pareja.", "safety_violence"),
]


@pytest.mark.parametrize("text,category", NOTES, ids=[t[:40] for t, _ in NOTES])
def test_clinical_notes_are_coded_by_the_need_they_name(text, category):
    assert code_story(text).primary == category


@pytest.mark.parametrize(
    "text",
    [
        "Pt denies food insecurity.",
        "Denies homelessness.",
        "Screened negative for transportation insecurity.",
        "Niega violencia de pareja.",
        "Patient is a 45 year old man who presents with chest pain.",  # no need named at all
    ],
)
def test_a_need_the_note_denies_is_not_coded(text):
    coding = code_story(text)
    assert not coding.coded and coding.reason == "no_evidence"


@pytest.mark.parametrize(
    "text",
    [
        # a social history lists what the person does not face with the need's own words,
        # beside setting words (a partner, children, a job) that alone name no pressure
        "Lives with boyfriend and 2 children. Denies IPV.",
        "Lives with husband and kids. Denies food insecurity. Works at school cafeteria.",
        "Pt lives w/ partner, no hx of homelessness, denies DV, has stable housing.",
        "Lives with mother. Negative for housing instability. No safety concerns at home.",
        "Lives with daughter. No housing concerns. Drives himself to appointments.",
        "Vive con su esposo e hijos. Niega inseguridad alimentaria. Trabaja en una fábrica.",
        # a screen's negatives said as what the person has
        "Feels safe at home.",
        "Lives with wife. Feels safe at home. Has stable housing.",
        "Insured through employer. Lives with husband.",
        "Food secure. Lives with parents.",
        "Tiene seguro médico. Vive con su hija.",
        # a screener's results, each after the need it screens
        "Housing: stable. Food: neg. Transportation: no barriers. Utilities: none. IPV: neg.",
        "Tamizaje DSS: Vivienda: estable. Alimentos: negativo. Transporte: carro propio.",
        # or that there is nothing to note
        "Retired teacher. Lives with husband in own home. Independent. No concerns.",
        "Sin necesidades. Vive con su hijo y su nuera.",
    ],
)
def test_a_social_history_that_denies_every_need_it_names_is_not_coded(text):
    coding = code_story(text)
    assert not coding.coded and coding.reason == "no_evidence", coding.categories


@pytest.mark.parametrize(
    "text,category",
    [
        (
            "Denies IPV. Reports being behind on rent, received eviction notice.",
            "housing_instability",
        ),
        ("Denies tobacco, EtOH but reports food insecurity, skips meals.", "food_insecurity"),
        ("Niega violencia de pareja. Refiere que vive en su carro.", "homelessness"),
        (
            "SDOH screen. Housing: stable. Food: neg. IPV: neg. Financial strain: yes, behind "
            "on electric bill, shutoff notice.",
            "income_poverty",
        ),
    ],
)
def test_a_need_the_note_names_beside_a_denied_one_is_coded(text, category):
    coding = code_story(text)
    assert coding.primary == category
    denied = {"safety_violence"} if "IPV" in text or "violencia" in text else set()
    assert denied.isdisjoint(c for c, _ in coding.categories)


@pytest.mark.parametrize(
    "text,category",
    [
        ("Insurance: none. Needs refills of metformin.", "care_access"),
        ("Seguro médico: ninguno. Necesita sus medicinas.", "care_access"),
        ("Calefacción: no. Usan el horno para calentar.", "housing_quality"),
        ("Smoke detector: no. CO detector: no.", "housing_quality"),
    ],
)
def test_none_after_what_a_person_needs_to_have_is_its_lack(text, category):
    assert code_story(text).primary == category


@pytest.mark.parametrize(
    "text",
    ["Smokers: none. Pets: none. Moisture: none.", "Water damage: none. Power outages: none."],
)
def test_none_after_a_hazard_is_still_its_absence(text):
    assert not code_story(text).coded


@pytest.mark.parametrize(
    "text,category",
    [
        # the pressure itself, not a note's denial
        ("The insurance denied my claim for the inhaler and I can't pay for it.", "care_access"),
        ("We have no money for rent this month and the landlord is threatening us.", None),
        ("Me negaron el seguro médico porque no tengo papeles.", None),
        ("The landlord denies there is mold, but my son wheezes every night.", "housing_quality"),
        ("I don't feel safe at home since he came back.", "safety_violence"),
        (
            "The landlord had no concerns about the mold. My son wheezes all night.",
            "housing_quality",
        ),
        ("He no longer has Medicaid and the clinic sent him away.", "care_access"),
        ("Ya no tiene seguro médico y no puede pagar la consulta.", "care_access"),
        # a question, or a need, is not a screen's negative
        ("They asked if I have insurance and I said no, so they sent me away.", None),
        ("The case plan says I need stable housing before I get my kids back.", None),
        # having, conceded before the pressure
        ("Tenemos Medicaid pero el dentista más cercano está a dos horas.", "care_access"),
        ("We have insurance, but every visit is sixty dollars we do not have.", None),
    ],
)
def test_everyday_denials_and_negations_still_code_the_pressure(text, category):
    coding = code_story(text)
    assert coding.coded
    assert category is None or coding.primary == category
    assert not story_cues(text, coding.lang or "en").denies


def test_a_denied_need_is_no_evidence_for_the_model_either():
    text = "Works as a cook. Denies IPV."
    feats = story_features(text, "en", story_cues(text, "en").matches)
    assert "ipv" not in feats and not any(f.startswith("cue:safety_violence") for f in feats)
    plain = "Works as a cook. Reports IPV."
    assert "ipv" in story_features(plain, "en", story_cues(plain, "en").matches)


def test_a_note_without_function_words_takes_the_language_of_its_cues():
    assert story_language("Uninsured; rationing insulin.") == "en"
    assert story_language("Desalojo; sin seguro.") == "es"
    # nothing to go on: not coded rather than guessed
    assert story_language("Lorem ipsum dolor sit amet.") is None
    coding = code_story("Lorem ipsum dolor sit amet.")
    assert not coding.coded and coding.reason == "unsupported_language"
    # a language hint is trusted as before
    assert story_language("Uninsured.", "en") == "en"


@pytest.mark.parametrize(
    "text,category,quoted",
    [
        ("they yelled at me bc of my accent", "discrimination", "bc of my accent"),
        ("boss cut my hrs again", "work_conditions", "cut my hrs"),
        ("nos ignoran xq hablamos español", "discrimination", "xq hablamos español"),
    ],
)
def test_chat_shorthand_reads_as_the_word_and_is_quoted_as_written(text, category, quoted):
    coding = code_story(text)
    assert coding.primary == category
    assert quoted in coding.evidence[category]


@pytest.mark.parametrize(
    "text",
    [
        "The subway was down again so I got to the clinic an hour late.",
        "Tomo dos colectivos y el subte para llegar a la clínica.",
    ],
)
def test_other_cities_transit_is_transportation(text):
    assert code_story(text).primary == "transportation"


def test_a_phrase_matches_with_its_last_word_in_the_plural():
    coding = code_story("Half my clients are sleeping in their cars this winter.", "en")
    assert coding.primary == "homelessness"
    assert "sleeping in their cars" in coding.evidence["homelessness"]
    # the word after a phrase's gap belongs to the phrase and does not score again alone
    living = code_story("We were living in my car for a month.", "en")
    assert living.evidence["homelessness"] == ["living in my car"]
    assert "transportation" not in story_cues("We were living in my car for a month.", "en").raw()
    # only the last word: "cars in sleeping" or a plural inside the phrase does not match
    reversed_ = story_cues("The cars were sleeping in the lot.", "en").evidence
    assert not any("sleeping" in phrase for phrase in reversed_.get("homelessness", []))
