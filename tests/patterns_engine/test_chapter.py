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


# Heat in the fields: a working condition or an environmental exposure first?  Whichever
# the engine suggests on its own, a chapter that confirms the other one teaches it.
FIELD_WORDS = [
    (t, p)
    for t in (98, 101, 103, 105, 108, 110)
    for p in ("fields", "orchard", "vineyard", "strawberry rows", "greenhouse")
]
HELD_OUT = "That summer the heat was brutal in the vineyard and my cousin nearly fainted."
PAIR = ("work_conditions", "environment")


def fields(first: str, second: str) -> list[tuple[str, str, list[str]]]:
    return [
        (
            f"It was {t} degrees in the {p} and the heat made everyone dizzy by noon.",
            "en",
            [first, second],
        )
        for t, p in FIELD_WORDS
    ]


def test_confirmed_codes_reweigh_the_cues_for_new_wordings(monkeypatch):
    from hec.patterns.engine import chapter

    before = code_story(HELD_OUT, "en")
    default = before.primary
    assert default in PAIR
    convention = PAIR[1] if default == PAIR[0] else PAIR[0]
    # with the nearest-story vote switched off, the re-weighted lexicon features alone move
    # a new wording that shares the examples' cues towards the chapter's convention
    monkeypatch.setattr(chapter, "NEAR", 1.5)
    model = ChapterModel(fields(convention, default))
    after = code_story(HELD_OUT, "en", examples=model)
    assert dict(after.ranking)[convention] > 1.5 * dict(before.ranking)[convention]
    assert dict(after.ranking)[default] < dict(before.ranking)[default]
    # and the examples' own kind of story is coded the chapter's way
    again = code_story(fields(convention, default)[0][0], "en", examples=model)
    assert again.primary == convention
    # a story the chapter's examples never touched keeps its meaning
    mold = "There is black mold on the bedroom wall and the landlord won't fix the leak."
    assert code_story(mold, "en", examples=model).primary == "housing_quality"


def test_few_examples_change_little():
    model = ChapterModel(fields(*PAIR)[:2])
    text = "The smoke from the wildfire filled the whole valley and nobody could breathe."
    assert code_story(text, "en", examples=model).primary == "environment"


# A Spanish-speaking chapter: a missed bus to the clinic, care access or transportation?
BUS_ES = [
    f"El autobús a la clínica se tardó {m} minutos y perdí mi cita {w}."
    for m in (10, 20, 30, 40, 50, 60)
    for w in ("del dentista", "de diabetes", "de los ojos", "prenatal", "del riñón")
]


def test_spanish_chapter_conventions_are_learnt_too(monkeypatch):
    from hec.patterns.engine import chapter

    new = "El autobús se tardó otra vez y perdí la cita en la clínica."
    default = code_story(new, "es").primary
    pair = ("transportation", "care_access")
    assert default in pair and code_story(BUS_ES[0], "es").primary == default
    convention = pair[1] if default == pair[0] else pair[0]
    monkeypatch.setattr(chapter, "NEAR", 1.5)  # re-weighting alone
    examples = [(text, "es", [convention, default]) for text in BUS_ES]
    before = code_story(new, "es")
    model = ChapterModel(examples)
    after = code_story(new, "es", examples=model)
    assert dict(after.ranking)[convention] > 1.5 * dict(before.ranking)[convention]
    assert dict(after.ranking)[default] < dict(before.ranking)[default]
    assert code_story(BUS_ES[0], "es", examples=model).primary == convention
