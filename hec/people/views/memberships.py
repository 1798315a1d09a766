"""Adding, editing and ending a person's memberships (chapter leaders)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from hec.core.tenancy import ChapterRequest, require
from hec.people import services
from hec.people.forms import MembershipForm, add_service_errors
from hec.people.models import Membership
from hec.people.views.people import get_person


def get_membership(membership_id: str) -> Membership:
    return get_object_or_404(Membership.objects.select_related("person"), public_id=membership_id)


def _done(request: ChapterRequest, membership: Membership) -> HttpResponse:
    messages.success(request, _("Membership saved."))
    return redirect("chapter:person-detail", request.chapter.slug, membership.person.public_id)


@require("memberships.manage")
def membership_create(request: ChapterRequest, chapter_slug: str, person_id: str) -> HttpResponse:
    person = get_person(person_id)
    form = MembershipForm(request.POST or None, person=person)
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.membership_create(
                person=person, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _done(request, membership)
    return render(
        request, "people/membership_form.html", {"form": form, "person": person, "membership": None}
    )


@require("memberships.manage")
def membership_edit(request: ChapterRequest, chapter_slug: str, membership_id: str) -> HttpResponse:
    membership = get_membership(membership_id)
    form = MembershipForm(
        request.POST or None, instance=get_membership(membership_id), person=membership.person
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_update(
                membership=membership, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _done(request, membership)
    return render(
        request,
        "people/membership_form.html",
        {"form": form, "person": membership.person, "membership": membership},
    )


@require("memberships.manage")
def membership_end(request: ChapterRequest, chapter_slug: str, membership_id: str) -> HttpResponse:
    membership = get_membership(membership_id)
    error = None
    if request.method == "POST":
        try:
            services.membership_end(membership=membership, actor=request.user)
        except ValidationError as exc:
            error = exc.messages
        else:
            return _done(request, membership)
    return render(
        request, "people/membership_end.html", {"membership": membership, "errors": error}
    )
