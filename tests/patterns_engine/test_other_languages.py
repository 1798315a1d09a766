"""Stories in a language the engine does not code are marked "not coded", never coded as
the supported language they resemble: Portuguese and Italian share many function words
with Spanish, and a story declared in Tagalog or Somali has few words the detector knows."""

from __future__ import annotations

import pytest

from hec.patterns.engine import code_story

PORTUGUESE = [
    "O aluguel subiu de novo e o senhorio quer nos despejar. Não consigo dormir.",
    "Minha mãe não tem seguro e o remédio custa muito. Ela fica sem tomar.",
    "Eu trabalho no turno da noite e o ônibus não passa depois das onze.",
]
ITALIAN = ["Il padrone di casa ha aumentato l'affitto e ci vuole sfrattare."]
SPANISH = [
    "Mi mamá no tiene seguro y la medicina cuesta mucho. Ella se queda sin tomarla.",
    "El dueño subió la renta otra vez y nos quiere desalojar. No puedo dormir.",
    # "e" and "o" are Spanish words too
    "Trabajo en el campo e hijos en casa, o sea, no hay quien los cuide.",
]


@pytest.mark.parametrize("text", PORTUGUESE + ITALIAN)
@pytest.mark.parametrize("hint", [None, "en", "es"])
def test_spanish_neighbours_are_not_coded(text, hint):
    coding = code_story(text, hint)
    assert not coding.coded and coding.reason == "unsupported_language"
    assert coding.lang in {"pt", "it"} and coding.categories == []


@pytest.mark.parametrize("text", SPANISH)
@pytest.mark.parametrize("hint", [None, "en", "es"])
def test_spanish_stays_spanish(text, hint):
    coding = code_story(text, hint)
    assert coding.coded and coding.lang == "es"


@pytest.mark.parametrize(
    "text, hint",
    [
        ("Tinaasan ng may-ari ang upa at pinapaalis na kami sa bahay.", "tl"),
        ("Milkiilaha guriga ayaa kordhiyay kirada, waxaana nalaga saarayaa guriga.", "so"),
        ("O aluguel subiu e vamos ser despejados.", "pt-BR"),
    ],
)
def test_a_declared_language_we_do_not_code_is_trusted(text, hint):
    coding = code_story(text, hint)
    assert not coding.coded and coding.reason == "unsupported_language"


def test_a_story_declared_in_another_language_but_written_in_english_is_coded():
    text = "The landlord raised the rent and we got an eviction notice. We have nowhere to go."
    coding = code_story(text, "tl")
    assert coding.coded and coding.lang == "en" and coding.primary == "housing_instability"


def test_fillers_of_a_transcript_do_not_make_english_portuguese():
    text = "Um, so the landlord, um, raised the rent and we got an eviction notice."
    coding = code_story(text, None)
    assert coding.coded and coding.lang == "en"
