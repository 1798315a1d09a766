"""Theme names in the reader's language: the engine's automatic labels name their category
in English; pages show that part in the reader's language and a person's name as written."""

from __future__ import annotations

import pytest
from django.utils import translation
from django_scopes import scopes_disabled

from hec.listening.taxonomy import category_label
from hec.patterns.engine.themes import NEW_PATTERN_LABEL, theme_label
from hec.patterns.models import Theme
from hec.patterns.naming import theme_name
from tests.patterns.conftest import add_story, make_theme

HOUSING = "housing_instability"


def spanish(category_id: str) -> str:
    with translation.override("es"):
        name = category_label(category_id)
    assert name != theme_label(category_id, [])  # the catalogue has it
    return name


def test_theme_label_is_the_engine_label_in_english():
    assert theme_label(HOUSING, ["renta", "eviction"]) == (
        "Housing cost, instability and eviction: renta, eviction"
    )
    assert theme_label(None, ["shift"]) == f"{NEW_PATTERN_LABEL}: shift"
    assert theme_label(HOUSING, []) == "Housing cost, instability and eviction"


def test_category_part_follows_the_reader_and_the_words_stay():
    label = theme_label(HOUSING, ["renta", "kids"])
    with translation.override("en"):
        assert theme_name(label, label) == label
    with translation.override("es"):
        assert theme_name(label, label) == f"{spanish(HOUSING)}: renta, kids"
        assert theme_name(theme_label(HOUSING, [])) == spanish(HOUSING)
        assert theme_name(theme_label(None, ["x"])) == "Patrón nuevo: x"


def test_a_persons_name_is_shown_as_written():
    auto = theme_label(HOUSING, ["rent"])
    with translation.override("es"):
        assert theme_name("Housing cost, instability and eviction: rent", auto, True) == (
            "Housing cost, instability and eviction: rent"
        )
        assert theme_name("Rent strike", auto) == "Rent strike"
        assert theme_name("Something: else", "Something: else") == "Something: else"


@pytest.mark.django_db
def test_theme_pages_in_spanish_name_the_category_in_spanish(world, client_for):
    story = add_story(world, "The landlord raised the rent again and served an eviction notice.")
    label = theme_label(HOUSING, ["landlord", "rent"])
    theme = make_theme(world.chapter_a, label, [story])
    renamed = make_theme(world.chapter_a, "Tenants of Elm Street", [story], label_edited=True)
    client = client_for(world.leader_a)
    client.cookies["django_language"] = "es"
    shown = f"{spanish(HOUSING)}: landlord, rent"
    for path in ("/c/alpha/themes/", f"/c/alpha/themes/{theme.public_id}/"):
        html = client.get(path).content.decode()
        assert shown in html and label not in html
        assert "Tenants of Elm Street" in html
    english = client_for(world.leader_a).get(f"/c/alpha/themes/{renamed.public_id}/")
    assert "Tenants of Elm Street" in english.content.decode()
    with scopes_disabled():
        assert Theme.objects.get(pk=theme.pk).label == label  # stored as the engine wrote it


@pytest.mark.django_db
def test_the_name_sent_back_unchanged_renames_nothing(world, client_for):
    story = add_story(world, "The landlord raised the rent again.")
    label = theme_label(HOUSING, ["landlord"])
    theme = make_theme(world.chapter_a, label, [story])
    client = client_for(world.leader_a)
    client.cookies["django_language"] = "es"
    edit = f"/c/alpha/themes/{theme.public_id}/edit/"
    assert f'value="{spanish(HOUSING)}: landlord"' in client.get(edit).content.decode()
    client.post(edit, {"label": f"{spanish(HOUSING)}: landlord"})
    with scopes_disabled():
        kept = Theme.objects.get(pk=theme.pk)
    assert kept.label == label and not kept.label_edited  # later runs may still rename it
    client.post(edit, {"label": "Landlords of Elm Street"})
    with scopes_disabled():
        renamed = Theme.objects.get(pk=theme.pk)
    assert renamed.label == "Landlords of Elm Street" and renamed.label_edited
