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
