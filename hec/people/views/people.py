"""The people list, a person's page, adding, editing, archiving and restoring."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from hec.core.paging import query_string_without_page
from hec.core.tenancy import ChapterRequest, require
from hec.people import sections, services
from hec.people.forms import PeopleFilterForm, PersonCreateForm, PersonForm, add_service_errors
from hec.people.models import Language, Person
from hec.people.queries import people_search

PAGE_SIZE = 50
LANGUAGES = dict(Language.choices)


def get_person(person_id: str) -> Person:
    """A person of the current chapter by public id (404 for another chapter's)."""
    return get_object_or_404(
        Person.objects.select_related("organization", "merged_into"), public_id=person_id
    )


@require("people.view")
def person_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = PeopleFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = Paginator(people_search(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    template = "people/person_list.html"
    if getattr(request, "htmx", False):
        template += "#results"  # just the results: the search box keeps focus and caret
    return render(
        request,
        template,
        {
            "form": form,
            "page": page,
            "query_string": query_string_without_page(request),
            "filtered": bool(filters),
        },
    )


@require("people.view")
def person_detail(request: ChapterRequest, chapter_slug: str, person_id: str) -> HttpResponse:
    person = get_person(person_id)
    return render(
        request,
        "people/person_detail.html",
        {
            "person": person,
            "languages": ", ".join(
                str(LANGUAGES.get(code, code)) for code in person.languages_spoken or []
            ),
            "memberships": person.memberships.order_by("ended_on", "-started_on", "id"),
            "sections": sections.person_sections(person, request.chapter_access),
        },
    )


@require("people.create")
def person_create(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = PersonCreateForm(
        request.POST or None,
        can_manage_memberships=request.chapter_access.can("memberships.manage"),
    )
    if request.method == "POST" and form.is_valid():
        try:
            person = services.person_add(
                chapter=request.chapter,
                actor=request.user,
                fields=form.person_fields(),
                role=form.cleaned_data["role"],
                stage=form.cleaned_data["stage"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s was added.") % {"name": person.name})
            return redirect("chapter:person-detail", chapter_slug, person.public_id)
    return render(request, "people/person_form.html", {"form": form, "person": None})


@require("people.edit")
def person_edit(request: ChapterRequest, chapter_slug: str, person_id: str) -> HttpResponse:
    person = get_person(person_id)
    # The form works on its own copy, so the service still sees what changed.
    form = PersonForm(request.POST or None, instance=get_person(person_id))
    if request.method == "POST" and form.is_valid():
        try:
            services.person_update(person=person, actor=request.user, **form.person_fields())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("chapter:person-detail", chapter_slug, person.public_id)
    return render(request, "people/person_form.html", {"form": form, "person": person})


def _archive_or_restore(request: ChapterRequest, person_id: str, archive: bool) -> HttpResponse:
    person = get_person(person_id)
    if request.method == "POST":
        if archive:
            services.person_archive(person=person, actor=request.user)
            messages.success(request, _("%(name)s was archived.") % {"name": person.name})
        else:
            services.person_restore(person=person, actor=request.user)
            messages.success(request, _("%(name)s was restored.") % {"name": person.name})
        return redirect("chapter:person-detail", request.chapter.slug, person.public_id)
    return render(request, "people/person_archive.html", {"person": person, "archive": archive})


@require("people.archive")
def person_archive(request: ChapterRequest, chapter_slug: str, person_id: str) -> HttpResponse:
    return _archive_or_restore(request, person_id, archive=True)


@require("people.archive")
def person_restore(request: ChapterRequest, chapter_slug: str, person_id: str) -> HttpResponse:
    return _archive_or_restore(request, person_id, archive=False)
