"""HTML forms for people, memberships and partners. They validate; services write."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hec.core.permissions import ChapterRole
from hec.core.widgets import QuickSelect
from hec.people.models import (
    Discipline,
    Language,
    LeadershipStage,
    Membership,
    Organization,
    Partnership,
    Person,
    PersonKind,
    ProgramLevel,
)

FIRST_GRADUATION_YEAR = 1950


def _blank(label: Any) -> list[tuple[str, Any]]:
    return [("", label)]


class _NameChoices(forms.models.ModelChoiceIterator):
    """(public id, name) pairs read straight from the database: a list of a chapter's
    thousand people needs no Person objects."""

    def __iter__(self) -> Any:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.queryset.values_list("public_id", "name")


class PersonChoiceField(forms.ModelChoiceField):
    """A person of the chapter, chosen by public id from a list of names (set the queryset
    in the form: the chapter's current people)."""

    iterator = _NameChoices

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", Person.objects.none())
        kwargs.setdefault("widget", QuickSelect)
        super().__init__(to_field_name="public_id", **kwargs)

    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)  # the names the list shows (see _NameChoices)


class PeopleFilterForm(forms.Form):
    """The people list's search and filters (GET). Every field is optional."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Name, email or phone"), "autofocus": False}
        ),
    )
    discipline = forms.ChoiceField(
        label=_("Discipline"), required=False, choices=_blank(_("Any")) + Discipline.choices
    )
    program_level = forms.ChoiceField(
        label=_("Program level"), required=False, choices=_blank(_("Any")) + ProgramLevel.choices
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=_blank(_("Any")) + ChapterRole.choices
    )
    stage = forms.ChoiceField(
        label=_("Leadership stage"),
        required=False,
        choices=_blank(_("Any")) + LeadershipStage.choices,
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=_blank(_("Any")) + PersonKind.choices
    )
    archived = forms.BooleanField(label=_("Include archived"), required=False)


class PersonForm(forms.ModelForm):
    languages_spoken = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        required=False,
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    organization = forms.ModelChoiceField(
        label=_("Organization"),
        required=False,
        queryset=Organization.objects.none(),
        to_field_name="public_id",
        widget=QuickSelect,
        help_text=_("One of the chapter's partner organizations."),
    )
    graduation_year = forms.IntegerField(label=_("Graduation year"), required=False)

    class Meta:
        model = Person
        fields = [
            "name",
            "pronouns",
            "email",
            "phone",
            "kind",
            "preferred_language",
            "languages_spoken",
            "program_level",
            "discipline",
            "graduation_year",
            "home_community",
            "organization",
        ]
        widgets = {"phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})}

    STUDENT_FIELDS = ("program_level", "discipline", "graduation_year")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The chapter's partners, plus whatever the person is already linked to.
        partners = Q(pk__in=Partnership.objects.values("organization_id"))
        if self.instance.organization_id:
            partners |= Q(pk=self.instance.organization_id)
        cast(
            forms.ModelChoiceField, self.fields["organization"]
        ).queryset = Organization.objects.filter(partners)
        self.fields["program_level"].help_text = _("Students only.")
        year = timezone.localdate().year
        self.max_graduation_year = year + 10
        self.fields["graduation_year"].widget.attrs.update(
            min=FIRST_GRADUATION_YEAR, max=self.max_graduation_year
        )
        self.fields["kind"].widget.attrs["data-person-kind"] = ""

    def clean_graduation_year(self) -> int | None:
        year = self.cleaned_data.get("graduation_year")
        if year is not None and not FIRST_GRADUATION_YEAR <= year <= self.max_graduation_year:
            raise ValidationError(
                _("Enter a year between %(first)s and %(last)s."),
                params={"first": FIRST_GRADUATION_YEAR, "last": self.max_graduation_year},
            )
        return year

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") != PersonKind.STUDENT and data.get("program_level"):
            self.add_error(
                "program_level", _("Only students have a program level; leave it empty.")
            )
        return data

    def _post_clean(self) -> None:
        # Our clean() already reports the program-level rule on its field; the model's own
        # check of the same database constraint would repeat it at the top of the form.
        if self.has_error("program_level"):
            return
        super()._post_clean()  # type: ignore[misc]

    def person_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class PersonCreateForm(PersonForm):
    """Adding a person can also add them to the chapter with a role."""

    role = forms.ChoiceField(
        label=_("Add to the chapter as"),
        required=False,
        choices=_blank(_("Not a member (yet)")) + ChapterRole.choices,
    )
    stage = forms.ChoiceField(
        label=_("Leadership stage"),
        required=False,
        choices=LeadershipStage.choices,
        initial=LeadershipStage.NEWCOMER,
    )

    def __init__(self, *args: Any, can_manage_memberships: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"kind": PersonKind.STUDENT})
        super().__init__(*args, **kwargs)
        if not can_manage_memberships:
            # Only those who manage memberships may make someone a chapter leader.
            role = cast(forms.ChoiceField, self.fields["role"])
            role.choices = _blank(_("Not a member (yet)")) + [
                c for c in ChapterRole.choices if c[0] != ChapterRole.LEADER
            ]


class MembershipForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["role", "stage", "started_on", "ended_on"]
        widgets = {
            "started_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ended_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args: Any, person: Person, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.person = person

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("started_on"), data.get("ended_on")
        if start and end and end < start:
            self.add_error("ended_on", _("A membership cannot end before it started."))
        role = data.get("role")
        if role and end is None:
            open_roles = Membership.objects.filter(
                person=self.person, role=role, ended_on__isnull=True
            ).exclude(pk=self.instance.pk)
            if open_roles.exists():
                self.add_error("role", _("This person already holds this role."))
        return data

    def _post_clean(self) -> None:
        if self.has_error("ended_on"):
            return
        super()._post_clean()  # type: ignore[misc]


class PartnerForm(forms.Form):
    """Partner with an organization found by search, or with a new one described here."""

    organization = forms.ModelChoiceField(
        label=_("Existing organization"),
        required=False,
        queryset=Organization.objects.all(),
        to_field_name="public_id",
        widget=forms.HiddenInput,
    )
    name = forms.CharField(label=_("Name"), required=False, max_length=200)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=_blank("—") + Organization.Kind.choices
    )
    city = forms.CharField(label=_("City"), required=False, max_length=120)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    status = forms.ChoiceField(
        label=_("Status"), choices=Partnership.Status.choices, initial=Partnership.Status.ACTIVE
    )
    since = forms.DateField(
        label=_("Partners since"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    NEW_FIELDS = ("name", "kind", "city", "website")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("organization") is None:
            if not data.get("name"):
                self.add_error("name", _("Choose an organization above or name a new one."))
            if not data.get("kind"):
                self.add_error("kind", _("Say what kind of organization it is."))
        return data

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        kwargs = {k: data[k] for k in ("status", "since", "notes")}
        if data.get("organization") is not None:
            kwargs["organization"] = data["organization"]
        else:
            kwargs.update({k: data[k] for k in self.NEW_FIELDS})
        return kwargs


class PartnershipForm(forms.ModelForm):
    class Meta:
        model = Partnership
        fields = ["status", "since", "notes"]
        widgets = {
            "since": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }


class MergeForm(forms.Form):
    """For each field where the two records differ, which record's value to keep."""

    KEEP, DROP = "keep", "drop"

    def __init__(self, *args: Any, keep: Person, drop: Person, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from hec.people.merge import MERGE_FIELDS, merge_defaults

        self.keep, self.drop = keep, drop
        defaults = merge_defaults(keep, drop)
        self.rows = []
        for name in MERGE_FIELDS:
            mine, theirs = getattr(keep, name), getattr(drop, name)
            model_field = cast(models.Field, Person._meta.get_field(name))
            row = {
                "name": name,
                "label": model_field.verbose_name,
                "keep": _display(keep, name),
                "drop": _display(drop, name),
                "differs": mine != theirs,
            }
            if row["differs"]:
                self.fields[name] = forms.ChoiceField(
                    label=model_field.verbose_name,
                    choices=[(self.KEEP, _("Kept record")), (self.DROP, _("Merged record"))],
                    initial=self.KEEP if defaults[name] == mine else self.DROP,
                    widget=forms.RadioSelect,
                )
                row["field"] = self[name]
            self.rows.append(row)

    def chosen_values(self) -> dict[str, Any]:
        return {
            name: getattr(self.drop if choice == self.DROP else self.keep, name)
            for name, choice in self.cleaned_data.items()
        }


def _display(person: Person, name: str) -> str:
    value = getattr(person, name)
    if name == "languages_spoken":
        labels = dict(Language.choices)
        return ", ".join(str(labels.get(code, code)) for code in value or [])
    if value in (None, ""):
        return ""
    display = getattr(person, f"get_{name}_display", None)
    return str(display() if display else value)


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: on its field when the form has one."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)
