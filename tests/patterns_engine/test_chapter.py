from __future__ import annotations

from hec.patterns.engine import ChapterModel, code_story

# A chapter whose convention is to code trouble getting to the clinic as care access.
CONFIRMED = [
    (
        f"The bus to the clinic was {m} minutes late and I missed my {what} appointment.",
        "en",
        ["care_access", "transportation"],
    )
    for m in (10, 20, 30, 40, 45, 50, 60, 90)
    for what in ("dental", "diabetes", "eye", "prenatal", "kidney")
]
NEW = "The bus to the clinic was late again and I missed the appointment with my doctor."


def test_confirmed_examples_change_the_suggestion():
    before = code_story(NEW, "en")
    after = code_story(NEW, "en", examples=CONFIRMED)
    assert before.primary == "transportation"
    assert after.primary == "care_access"


def test_chapter_model_object_is_reusable_and_equivalent():
    model = ChapterModel(CONFIRMED)
    assert len(model) == len(CONFIRMED)
    a = code_story(NEW, "en", examples=model)
    b = code_story(NEW, "en", examples=CONFIRMED)
    assert a.ranking == b.ranking


def test_unrelated_examples_barely_move_a_clear_story():
    text = "There is mold in the bedroom and the landlord will not fix the leak."
    spanish = [
        ("El casero subió la renta y nos dio aviso de desalojo " + w, "es", ["housing_instability"])
        for w in ("hoy", "ayer", "en mayo", "otra vez")
    ]
    assert code_story(text, "en", examples=spanish).primary == "housing_quality"


def test_examples_with_unknown_categories_are_ignored():
    model = ChapterModel([("anything at all", "en", ["not_a_category"])])
    assert len(model) == 0
    assert code_story(NEW, "en", examples=model).primary == "transportation"


# A farmworker chapter codes heat in the fields as a working condition first.
FIELDS = [
    (f"It was {t} degrees in the {p} and the heat made everyone dizzy by noon.", "en", cats)
    for t in (98, 101, 103, 105, 108, 110)
    for p in ("fields", "orchard", "vineyard", "strawberry rows", "greenhouse")
    for cats in (["work_conditions", "environment"],)
]
HELD_OUT = "That summer the heat was brutal out in the fields; my cousin fainted before lunch."


def test_confirmed_codes_reweigh_the_cues_for_new_wordings(monkeypatch):
    from hec.patterns.engine import chapter

    assert code_story(HELD_OUT, "en").primary == "environment"
    # with the nearest-story vote switched off, the re-weighted cues alone change the code
    monkeypatch.setattr(chapter, "NEAR", 1.0)
    model = ChapterModel(FIELDS)
    coding = code_story(HELD_OUT, "en", examples=model)
    assert coding.primary == "work_conditions"
    assert "environment" in dict(coding.ranking) and coding.coded
    # a cue the chapter never saw keeps its lexicon meaning
    mold = "There is black mold on the bedroom wall and the landlord won't fix the leak."
    assert code_story(mold, "en", examples=model).primary == "housing_quality"


def test_few_examples_change_little():
    model = ChapterModel(FIELDS[:2])
    text = "The smoke from the wildfire filled the whole valley and nobody could breathe."
    assert code_story(text, "en", examples=model).primary == "environment"


# A Spanish-speaking chapter codes a missed bus to the clinic as transportation first.
BUS_ES = [
    (f"El autobús a la clínica se tardó {m} minutos y perdí mi cita {w}.", "es", cats)
    for m in (10, 20, 30, 40, 50, 60)
    for w in ("del dentista", "de diabetes", "de los ojos", "prenatal", "del riñón")
    for cats in (["transportation", "care_access"],)
]


def test_spanish_chapter_conventions_are_learnt_too(monkeypatch):
    from hec.patterns.engine import chapter

    new = "Otra vez no pasó el autobús y perdí la cita con el doctor en la clínica."
    assert code_story(new, "es").primary == "care_access"
    monkeypatch.setattr(chapter, "NEAR", 1.0)  # cue re-weighting alone
    coding = code_story(new, "es", examples=ChapterModel(BUS_ES))
    assert coding.primary == "transportation"
    assert coding.ranking[1][0] == "care_access"
