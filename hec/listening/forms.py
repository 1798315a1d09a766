"""HTML forms for sessions, stories, consent, batch entry and coding. They validate;
services write."""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import urlencode

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hec.core.widgets import QuickSelect
from hec.listening import taxonomy
from hec.listening.models import (
    ChapterCode,
    Consent,
    ConsentMethod,
    ListeningSession,
    StoryCode,
)
from hec.people.forms import PersonChoiceField
from hec.people.models import Language, Organization, Partnership, Person, PersonKind


def _blank(label: Any) -> list[tuple[str, Any]]:
    return [("", label)]


def _people() -> Any:
    return Person.objects.filter(archived_at__isnull=True).order_by("name")


def _set_choices(form: forms.BaseForm, name: str, choices: Any) -> None:
    cast(forms.ChoiceField, form.fields[name]).choices = choices


def _set_queryset(form: forms.BaseForm, name: str, queryset: Any) -> None:
    cast(forms.ModelChoiceField, form.fields[name]).queryset = queryset


class SessionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    host = PersonChoiceField(label=_("Host"))
    organization = forms.ModelChoiceField(
        label=_("Partner organization"),
        required=False,
        queryset=Organization.objects.none(),
        to_field_name="public_id",
        widget=QuickSelect,
        help_text=_("Optional: the partner that hosted or co-hosted it."),
    )
    held_on = forms.DateField(
        label=_("Date"), initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"})
    )
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_queryset(self, "host", _people())
        _set_queryset(
            self,
            "organization",
            Organization.objects.filter(
                pk__in=Partnership.objects.values("organization_id")
            ).order_by("name"),
        )

    @staticmethod
    def initial_for(session: ListeningSession) -> dict[str, Any]:
        return {
            "title": session.title,
            "host": session.host,
            "organization": session.organization,
            "held_on": session.held_on,
            "place": session.place,
            "language": session.language,
            "notes": session.notes,
        }


class NewAttendeeForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=PersonKind.choices)


class StoryFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search words"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    category = forms.ChoiceField(label=_("Category"), required=False)
    effect = forms.ChoiceField(label=_("Downstream effect"), required=False)
    session: forms.ModelChoiceField[ListeningSession] = forms.ModelChoiceField(
        label=_("Listening session"),
        required=False,
        queryset=ListeningSession.objects.none(),
        to_field_name="public_id",
        widget=QuickSelect,
        empty_label=_("Any"),
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=_blank(_("Any")) + Language.choices
    )
    consent = forms.ChoiceField(
        label=_("Consent"), required=False, choices=_blank(_("Any")) + Consent.choices
    )
    told_from = forms.DateField(
        label=_("Told from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    told_to = forms.DateField(
        label=_("Told until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self, "category", _blank(_("Any")) + taxonomy.category_choices())
        _set_choices(self, "effect", _blank(_("Any")) + taxonomy.effects())
        _set_queryset(self, "session", ListeningSession.objects.order_by("-held_on", "-id"))


class StoryFieldsMixin(forms.Form):
    text = forms.CharField(
        label=_("Story, in the teller's words"),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write the story (it cannot be empty).")},
    )
    language = forms.ChoiceField(label=_("Language of the story"), choices=Language.choices)
    translation = forms.CharField(
        label=_("Translation (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    translation_language = forms.ChoiceField(
        label=_("Language of the translation"),
        required=False,
        choices=_blank("—") + Language.choices,
    )
    teller = PersonChoiceField(
        label=_("Teller"),
        required=False,
        help_text=_("Leave empty to keep the teller anonymous and describe them below."),
    )
    teller_descriptor = forms.CharField(
        label=_("Anonymous teller"),
        required=False,
        max_length=200,
        help_text=_("For example: age band and neighborhood."),
    )
    collector = PersonChoiceField(label=_("Collected by"))
    session: forms.ModelChoiceField[ListeningSession] = forms.ModelChoiceField(
        label=_("Listening session"),
        required=False,
        queryset=ListeningSession.objects.none(),
        to_field_name="public_id",
        widget=QuickSelect,
    )
    told_on = forms.DateField(
        label=_("Told on"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Current people, plus whoever the story already names (even if archived since).
        named = [getattr(self.initial.get(f), "pk", None) for f in ("teller", "collector")]
        people = Person.objects.filter(
            Q(archived_at__isnull=True) | Q(pk__in=[pk for pk in named if pk])
        ).order_by("name")
        _set_queryset(self, "teller", people)
        _set_queryset(self, "collector", people)
        _set_queryset(self, "session", ListeningSession.objects.order_by("-held_on", "-id"))

    STORY_FIELDS = (
        "text",
        "language",
        "translation",
        "translation_language",
        "teller",
        "teller_descriptor",
        "collector",
        "session",
        "told_on",
    )

    def story_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.STORY_FIELDS}


class StoryCreateForm(StoryFieldsMixin):
    consent = forms.ChoiceField(
        label=_("Consent"),
        choices=_blank("—") + Consent.choices,
        error_messages={"required": _("Choose how widely the teller agreed to share this story.")},
    )
    consent_method = forms.ChoiceField(
        label=_("How consent was given"), choices=ConsentMethod.choices
    )
    categories = forms.MultipleChoiceField(
        label=_("Suggested categories"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self, "categories", taxonomy.category_choices())

    def suggest_live(self, url: str) -> None:
        """Typing the story (or changing its language) asks `url` for suggested codes."""
        suggest_live(self, url)


class DescribedBySuggestions(forms.BoundField):
    """A story field whose screen-reader description also names the live suggestion box
    (after Django's own help-text and error ids, which depend on the posted data)."""

    @property
    def aria_describedby(self) -> str:
        return " ".join(filter(None, [super().aria_describedby, "story-suggest"]))


def suggest_live(form: forms.BaseForm, url: str, prefix: str = "") -> None:
    """Typing a form's story (fields `<prefix>text`, `<prefix>language`) asks `url` (the
    `chapter:story-suggest` endpoint) for suggested codes, shown in `#story-suggest`; its
    switches are named `<prefix>categories`."""
    if prefix:
        url = f"{url}?{urlencode({'prefix': prefix})}"
    target = {"hx-post": url, "hx-target": "#story-suggest", "hx-sync": "closest form:replace"}
    text = form.fields[f"{prefix}text"]
    text.bound_field_class = DescribedBySuggestions
    # any change of the words: typing, pasting, dictating
    text.widget.attrs.update(target | {"hx-trigger": "input changed delay:600ms"})
    form.fields[f"{prefix}language"].widget.attrs.update(target | {"hx-trigger": "change"})


class StoryEditForm(StoryFieldsMixin):
    version = forms.IntegerField(widget=forms.HiddenInput)


class ConsentChangeForm(forms.Form):
    to_level = forms.ChoiceField(label=_("New consent level"), choices=Consent.choices)
    method = forms.ChoiceField(label=_("How consent was given"), choices=ConsentMethod.choices)
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


class WithdrawForm(forms.Form):
    method = forms.ChoiceField(
        label=_("How the teller withdrew consent"), choices=ConsentMethod.choices
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


class BatchRowForm(forms.Form):
    """One row of batch entry after a session."""

    text = forms.CharField(
        label=_("Story"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write the story (it cannot be empty).")},
    )
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
    teller = forms.ChoiceField(label=_("Teller"), required=False)
    teller_descriptor = forms.CharField(
        label=_("Or anonymous teller"), required=False, max_length=200
    )
    consent = forms.ChoiceField(
        label=_("Consent"),
        choices=_blank("—") + Consent.choices,
        error_messages={"required": _("Choose how widely the teller agreed to share this story.")},
    )
    consent_method = forms.ChoiceField(label=_("How"), choices=ConsentMethod.choices)

    def __init__(self, *args: Any, attendees: list[Person] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.attendees = {p.public_id: p for p in attendees or []}
        _set_choices(
            self,
            "teller",
            _blank(_("Anonymous")) + [(p.public_id, p.name) for p in attendees or []],
        )

    def row(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data["teller"] = self.attendees.get(data.get("teller") or "")
        return data


class BaseBatchFormSet(forms.BaseFormSet):
    def __init__(self, *args: Any, attendees: list[Person] | None = None, **kwargs: Any) -> None:
        self.attendees = attendees or []
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        return {"attendees": self.attendees, **self.form_kwargs}

    def add_non_form_error(self, message: str) -> None:
        existing: list[Any] = list(self.non_form_errors())  # runs full_clean() if needed
        self._non_form_errors = self.error_class([*existing, message])


BatchFormSet = cast(
    type[BaseBatchFormSet],
    forms.formset_factory(
        BatchRowForm, formset=BaseBatchFormSet, extra=5, max_num=200, validate_max=True
    ),
)


class ChapterCodeForm(forms.Form):
    category = forms.ChoiceField(label=_("Under category"))
    label = forms.CharField(label=_("Label"), max_length=120)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self, "category", _blank("—") + taxonomy.category_choices())


class CodingForm(forms.Form):
    categories = forms.MultipleChoiceField(
        label=_("Categories"), required=False, widget=forms.CheckboxSelectMultiple
    )
    effects = forms.MultipleChoiceField(
        label=_("Downstream effects"), required=False, widget=forms.CheckboxSelectMultiple
    )
    chapter_codes: forms.ModelMultipleChoiceField[ChapterCode] = forms.ModelMultipleChoiceField(
        label=_("Chapter codes"),
        required=False,
        queryset=ChapterCode.objects.none(),
        to_field_name="public_id",
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self, "categories", taxonomy.category_choices())
        _set_choices(self, "effects", taxonomy.effects())
        _set_queryset(self, "chapter_codes", ChapterCode.objects.all())

    @staticmethod
    def initial_for(codes: list[StoryCode]) -> dict[str, Any]:
        confirmed = [c for c in codes if c.confirmed_at is not None]
        return {
            "categories": [c.code for c in confirmed if c.kind == StoryCode.Kind.CATEGORY],
            "effects": [c.code for c in confirmed if c.kind == StoryCode.Kind.EFFECT],
            "chapter_codes": [c.code for c in confirmed if c.kind == StoryCode.Kind.CHAPTER],
        }
