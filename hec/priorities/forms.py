"""HTML forms for candidate issues and assemblies. They validate; services write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hec.priorities.models import MAX_DOTS_PER_VOTER, Assembly, CandidateIssue
from hec.priorities.services import MAX_TALLY, chapter_themes


class PublicIdMultipleChoice(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", CandidateIssue.objects.none())
        kwargs.setdefault("required", False)
        super().__init__(to_field_name="public_id", **kwargs)

    def label_from_instance(self, obj: Any) -> str:
        return str(obj)


class CandidateForm(forms.Form):
    title = forms.CharField(label=_("Issue"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What the issue is, who it touches, what could change."),
    )
    themes = PublicIdMultipleChoice(label=_("Themes behind it"))
    stories = PublicIdMultipleChoice(label=_("Stories behind it"))

    def __init__(self, *args: Any, chapter: Any, readable: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        themes = self.fields["themes"]
        stories = self.fields["stories"]
        assert isinstance(themes, forms.ModelMultipleChoiceField)
        assert isinstance(stories, forms.ModelMultipleChoiceField)
        themes.queryset = chapter_themes(chapter)
        stories.queryset = readable


class AssemblyForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    held_on = forms.DateField(
        label=_("Date"), initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"})
    )
    dots_per_voter = forms.IntegerField(
        label=_("Dots per voter"),
        initial=3,
        min_value=1,
        max_value=MAX_DOTS_PER_VOTER,
        help_text=_("Usually 3: each person spreads them over the issues they care most about."),
    )
    candidates = PublicIdMultipleChoice(label=_("Issues on the ballot"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["candidates"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = CandidateIssue.objects.filter(
            status=CandidateIssue.Status.CANDIDATE
        ).order_by("title")


class TallyForm(forms.Form):
    candidate: forms.ModelChoiceField[CandidateIssue] = forms.ModelChoiceField(
        label=_("Issue"), queryset=CandidateIssue.objects.none(), to_field_name="public_id"
    )
    dots = forms.IntegerField(label=_("Dots counted"), min_value=1, max_value=MAX_TALLY)
    note = forms.CharField(
        label=_("Note"),
        max_length=200,
        required=False,
        help_text=_("Optional: e.g. “paper ballots, table 2”."),
    )

    def __init__(self, *args: Any, assembly: Assembly, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["candidate"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = assembly.candidates.order_by("title")


class CloseForm(forms.Form):
    chosen = PublicIdMultipleChoice(label=_("Chosen priorities"), required=True)

    def __init__(self, *args: Any, assembly: Assembly, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["chosen"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = assembly.candidates.order_by("title")
