from __future__ import annotations

from django import forms
from django.contrib.auth.password_validation import password_validators_help_text_html
from django.utils.translation import gettext_lazy as _

from hec.core.permissions import ChapterRole
from hec.people.models import Affiliate, Chapter


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"))
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    role = forms.ChoiceField(
        label=_("Role"), choices=ChapterRole.choices, initial=ChapterRole.MEMBER
    )


class AcceptInvitationForm(forms.Form):
    """A new account's name and password (the e-mail comes from the invitation)."""

    name = forms.CharField(label=_("Your name"), max_length=200)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean() or {}
        if cleaned.get("password1") and cleaned.get("password1") != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords differ."))
        return cleaned


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Token name"),
        max_length=100,
        help_text=_("What the token is for, e.g. “sign-in sheet import script”."),
    )


class ChapterForm(forms.ModelForm):
    class Meta:
        model = Chapter
        fields = [
            "name",
            "slug",
            "institution",
            "city",
            "affiliate",
            "founded_on",
            "status",
            "description",
        ]
        widgets = {"founded_on": forms.DateInput(attrs={"type": "date"})}


class AffiliateForm(forms.ModelForm):
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Affiliate
        fields = ["name", "slug", "city", "region", "website"]
