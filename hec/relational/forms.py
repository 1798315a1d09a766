"""HTML forms for one-to-ones, the goal and the network filters. They validate; services write."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hec.listening import taxonomy
from hec.listening.forms import suggest_live
from hec.listening.models import Consent
from hec.people.forms import PersonChoiceField
from hec.people.models import Discipline, Language, Person, PersonKind
from hec.relational.models import Meeting
from hec.relational.queries import members

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _blank(label: Any) -> list[tuple[str, Any]]:
    return [("", label)]


def _people_field(label: Any, required: bool = False) -> PersonChoiceField:
    return PersonChoiceField(label=label, required=required)


class MeetingForm(forms.Form):
    """Log or edit a one-to-one. The counterpart is chosen from a search (radio buttons
    filled by htmx, or re-shown by the server) or created inline with a name and a kind."""

    counterpart_query = forms.CharField(
        label=_("Who did you meet?"),
        required=False,
        max_length=100,
        widget=forms.TextInput(
            attrs={"type": "search", "autocomplete": "off", "placeholder": _("Type a name")}
        ),
    )
    counterpart = _people_field(_("Counterpart"))
    new_name = forms.CharField(label=_("Name"), required=False, max_length=200)
    new_kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=_blank(_("Choose…")) + PersonKind.choices
    )
    held_on = forms.DateField(
        label=_("Date"), required=False, widget=DATE, initial=timezone.localdate
    )
    medium = forms.ChoiceField(
        label=_("Medium"), choices=Meeting.Medium.choices, initial=Meeting.Medium.IN_PERSON
    )
    length_minutes = forms.IntegerField(
        label=_("Length (minutes)"),
        required=False,
        initial=30,
        widget=forms.NumberInput(attrs={"min": 1, "max": 600, "step": 5, "inputmode": "numeric"}),
    )
    interests = forms.CharField(
        label=_("What they care about"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    pressures = forms.CharField(
        label=_("Pressures they named"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    story_text = forms.CharField(
        label=_("Story they told"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional. Saved to the story bank with the consent level below."),
    )
    story_language = forms.ChoiceField(
        label=_("Story language"), required=False, choices=Language.choices, initial=Language.EN
    )
    story_consent = forms.ChoiceField(
        label=_("Consent"),
        required=False,
        choices=_blank(_("Choose…")) + Consent.choices,
        help_text=_("How widely the teller agreed to share it."),
    )
    story_categories = forms.MultipleChoiceField(
        label=_("Suggested categories"), required=False, widget=forms.CheckboxSelectMultiple
    )
    follow_up = forms.CharField(label=_("Follow-up"), required=False, max_length=300)
    follow_up_due = forms.DateField(label=_("Follow-up by"), required=False, widget=DATE)
    private_notes = forms.CharField(
        label=_("Private notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Seen only by you and the chapter's leaders."),
    )
    organizer = _people_field(_("Who met"))

    STORY_FIELDS = ("story_text", "story_language", "story_consent", "story_categories")

    def __init__(
        self, *args: Any, with_story: bool = True, suggest_url: str = "", **kwargs: Any
    ) -> None:
        """`with_story=False` (editing) leaves the story out; `suggest_url` (the
        `chapter:story-suggest` endpoint) shows suggested codes while the story is typed."""
        super().__init__(*args, **kwargs)
        people = Person.objects.filter(archived_at__isnull=True)
        counterpart = cast(PersonChoiceField, self.fields["counterpart"])
        counterpart.queryset = people
        counterpart.widget = forms.RadioSelect()
        organizer = cast(PersonChoiceField, self.fields["organizer"])
        organizer.queryset = members().order_by("name")
        organizer.empty_label = None
        self.fields["counterpart_query"].widget.attrs["autofocus"] = True
        if not with_story:
            for name in self.STORY_FIELDS:
                del self.fields[name]
        elif suggest_url:
            categories = cast(forms.ChoiceField, self.fields["story_categories"])
            categories.choices = taxonomy.category_choices()
            suggest_live(self, suggest_url, prefix="story_")
        else:
            del self.fields["story_categories"]

    def story(self, confirm: bool = False) -> dict[str, Any] | None:
        """The story told, if any. `confirm`: the categories switched on become its confirmed
        codes (for those who may code stories; for others they are ignored)."""
        data = self.cleaned_data
        if "story_text" not in data:
            return None
        if not (data.get("story_text") or "").strip() and not data.get("story_consent"):
            return None
        return {
            "text": data["story_text"],
            "language": data["story_language"] or Language.EN,
            "consent": data["story_consent"],
            "categories": (data.get("story_categories") or []) if confirm else [],
        }

    def new_counterpart(self) -> dict[str, Any] | None:
        data = self.cleaned_data
        if data.get("counterpart") or not (data.get("new_name") or data.get("new_kind")):
            return None
        return {"name": data.get("new_name", ""), "kind": data.get("new_kind", "")}

    def meeting_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        names = (
            "organizer",
            "counterpart",
            "held_on",
            "medium",
            "length_minutes",
            "interests",
            "pressures",
            "follow_up",
            "follow_up_due",
            "private_notes",
        )
        return {name: data.get(name) for name in names}


class MeetingFilterForm(forms.Form):
    organizer = _people_field(_("Who met"))
    person = forms.CharField(required=False, widget=forms.HiddenInput)
    date_from = forms.DateField(label=_("From"), required=False, widget=DATE)
    date_to = forms.DateField(label=_("To"), required=False, widget=DATE)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        organizer = cast(PersonChoiceField, self.fields["organizer"])
        organizer.queryset = members().order_by("name")
        organizer.empty_label = _("Anyone")

    def clean_person(self) -> Person | None:
        public_id = self.cleaned_data.get("person")
        if not public_id:
            return None
        return Person.objects.filter(public_id=public_id).first()


class GoalForm(forms.Form):
    per_month = forms.IntegerField(
        label=_("Goal: one-to-ones per month"),
        min_value=0,
        max_value=100_000,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


class CountsOrderForm(forms.Form):
    """How the counts page lists its members (a leader looks for who has not met anyone yet)."""

    ORDERS = {
        "name": lambda row: (row.person.name.casefold(), row.person.pk),
        "fewest": lambda row: (row.counts[-1], row.total, row.person.name.casefold()),
        "most": lambda row: (-row.total, -row.counts[-1], row.person.name.casefold()),
    }
    order = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[
            ("name", _("By name")),
            ("fewest", _("Fewest this month first")),
            ("most", _("Most in six months first")),
        ],
    )

    def sort_key(self) -> Any:
        order = self.cleaned_data.get("order") if self.is_valid() else None
        return self.ORDERS[order or "name"]


class GraphFilterForm(forms.Form):
    discipline = forms.ChoiceField(
        label=_("Discipline"), required=False, choices=_blank(_("Any")) + Discipline.choices
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=_blank(_("Any")) + PersonKind.choices
    )
    date_from = forms.DateField(label=_("From"), required=False, widget=DATE)
    date_to = forms.DateField(label=_("To"), required=False, widget=DATE)
