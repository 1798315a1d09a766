"""QuickSelect must write exactly what Django's Select writes (it only writes it faster)."""

from __future__ import annotations

import re

import pytest
from django import forms
from django.utils.safestring import mark_safe

from hec.core.widgets import QuickSelect

CHOICES = [
    ("", "—"),
    ("a", "Ana <b> & \"Bo\" 'Q'"),
    ("Group <1>", [("x", "X"), ("y", "Y"), ("a", "Ana again")]),
    (3, "three"),
    (None, "none"),
    ("s", mark_safe("<i>already safe</i>")),
]


def squeeze(html: str) -> str:
    return re.sub(r">\s+<", "><", html.strip())


@pytest.mark.parametrize("value", [None, "", "a", "y", "3", 3, ["a"], "missing"])
@pytest.mark.parametrize(
    "attrs",
    [{}, {"required": True, "id": "id_f", "aria-describedby": "h e"}, {"disabled": True}],
)
def test_same_markup_as_django(value, attrs):
    expected = forms.Select(choices=CHOICES).render("f", value, attrs)
    assert squeeze(QuickSelect(choices=CHOICES).render("f", value, attrs)) == squeeze(expected)


def test_model_choices_render_as_in_a_bound_form(db, world):
    """A form field (ModelChoiceField, with id/required/aria attributes from the BoundField)."""
    from django_scopes import scope

    from hec.people.forms import PersonChoiceField
    from hec.people.models import Person

    class Pick(forms.Form):
        who = PersonChoiceField(label="Who", help_text="Someone")

    with scope(chapter=world.chapter_a):
        people = Person.objects.order_by("name")
        chosen = people.first()
        quick = Pick({"who": chosen.public_id})
        quick.fields["who"].queryset = people
        plain = Pick({"who": chosen.public_id})
        plain.fields["who"].queryset = people
        plain.fields["who"].widget = forms.Select()
        plain.fields["who"].widget.choices = plain.fields["who"].choices
        html = str(quick["who"])
        assert squeeze(html) == squeeze(str(plain["who"]))
        assert f'<option value="{chosen.public_id}" selected>{chosen.name}</option>' in html
        assert html.count("<option") == people.count() + 1


LONG = [("", "—")] + [(f"p{i}", f"Person {i}") for i in range(25)]


def test_a_long_list_carries_the_words_of_its_filter_box():
    """app.js puts a box above a long list that narrows it (a phone's picker has no search);
    the widget hands it the words, in the reader's language."""
    from django.utils import translation

    html = QuickSelect(choices=LONG).render("who", "p3")
    assert 'data-filter="Type to narrow the list"' in html
    assert 'data-filter-status="%(shown)s of %(total)s shown"' in html
    with translation.override("es"):
        spanish = QuickSelect(choices=LONG).render("who", "p3")
    assert 'data-filter="Escriba para acortar la lista"' in spanish
    assert 'data-filter-status="Se muestran %(shown)s de %(total)s"' in spanish


class QuickMultiple(QuickSelect):
    allow_multiple_selected = True


@pytest.mark.parametrize(
    "widget, choices",
    [
        (QuickSelect, LONG[:10]),  # short: nothing to narrow
        (QuickSelect, [("Group", LONG)]),  # groups: the box would lose them
        (QuickMultiple, LONG),  # several choices: the box would drop unseen ones
    ],
)
def test_no_filter_box_for_short_grouped_or_multiple_lists(widget, choices):
    assert "data-filter" not in widget(choices=choices).render("who", None)
