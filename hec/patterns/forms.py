"""HTML forms for the theme pages. They validate; `hec.patterns.editing` writes."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from hec.listening.taxonomy import category_choices
from hec.patterns.editing import LABEL_MAX
from hec.patterns.models import Theme, ThemeStory


class ThemeFilterForm(forms.Form):
    category = forms.ChoiceField(label=_("Category"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["category"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", _("All categories")), *category_choices()]


class ThemeRenameForm(forms.Form):
    label = forms.CharField(
        label=_("Name"),
        max_length=LABEL_MAX,
        help_text=_("Later pattern runs keep the name you give."),
        widget=forms.TextInput(attrs={"autofocus": True}),
    )


class ThemeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} ({obj.size})"


class ThemeMergeForm(forms.Form):
    other: forms.ModelChoiceField = ThemeChoiceField(
        label=_("Theme to merge into this one"),
        queryset=Theme.objects.none(),
        to_field_name="public_id",
        empty_label=_("Choose a theme"),
    )
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, others: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["other"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = others


class ThemeSplitForm(forms.Form):
    stories = forms.MultipleChoiceField(
        label=_("Stories to move out"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one story to move out.")},
    )
    label = forms.CharField(label=_("Name of the new theme"), max_length=LABEL_MAX)

    def __init__(self, *args: Any, members: list[ThemeStory], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["stories"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(m.story.public_id, m.story.text[:80]) for m in members]
