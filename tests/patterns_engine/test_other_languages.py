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


# Languages the function-word detector does not know, which share a few function words with
# Spanish or English ("que", "la", "the"): most of their words are unknown to the model.
UNKNOWN_WORDS = [
    # Catalan
    "El meu lloguer ha pujat molt i ara no puc pagar les factures. El propietari ens vol "
    "fer fora el mes que ve.",
    # Haitian Creole
    "Lwaye a monte anpil e kounye a mwen pa ka peye bòdwo yo. Pwopriyetè a vle mete nou "
    "deyò mwa pwochen.",
    # Vietnamese
    "Tiền thuê nhà tăng lên và bây giờ tôi không thể trả hóa đơn. Chủ nhà muốn đuổi chúng "
    "tôi vào tháng tới.",
    # Portuguese without the function words only Portuguese has
    "Não tenho seguro de saúde e a clínica fica muito longe. Perdi o emprego quando fiquei doente.",
]


@pytest.mark.parametrize("text", UNKNOWN_WORDS)
@pytest.mark.parametrize("hint", [None, "en", "es"])
def test_a_story_whose_words_are_mostly_unknown_is_not_coded(text, hint):
    coding = code_story(text, hint)
    assert not coding.coded and coding.reason == "unsupported_language"
    assert coding.lang not in {"en", "es"}


@pytest.mark.parametrize(
    "text, lang, primary",
    [
        (
            "Problems:\n#Homelessness, chronic, unsheltered ~4 yrs; VI-SPDAT 11\n"
            "#COPD, GOLD 3\n#Alcohol use d/o, early remission\n#Hx frostbite, s/p L toe "
            "amputation",
            "en",
            "homelessness",
        ),
        (
            "SW note: pt reports eviction hearing 11/3, behind 2 mo rent, landlord refusing "
            "repairs. Referred to legal aid, RRH intake.",
            "en",
            "housing_instability",
        ),
        (
            "Nota TS: pte vive en casa rodante sin calefacción, 3 menores, esposo detenido por "
            "ICE en agosto. Se refiere a banco de comida.",
            "es",
            None,
        ),
    ],
)
def test_abbreviated_clinic_notes_are_read_in_their_language(text, lang, primary):
    """Shorthand ("d/o", "s/p L", "pt", "pte") is neither French nor unknown words."""
    coding = code_story(text, lang)
    assert coding.coded and coding.lang == lang
    if primary:
        assert coding.primary == primary
