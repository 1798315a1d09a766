"""Logging a one-to-one, the lists, one meeting's page, editing, and follow-ups."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hec.core.paging import query_string_without_page
from hec.core.tenancy import ChapterRequest, require
from hec.listening.views.suggestions import typed_suggestions
from hec.listening.visibility import chapter_stories, visible_private_notes
from hec.people.forms import add_service_errors
from hec.people.models import Person
from hec.relational import queries, services
from hec.relational.forms import MeetingFilterForm, MeetingForm
from hec.relational.models import Meeting

PAGE_SIZE = 50


def get_meeting(meeting_id: str) -> Meeting:
    """A one-to-one of the current chapter by public id (404 for another chapter's)."""
    return get_object_or_404(
        Meeting.objects.select_related("organizer", "counterpart"), public_id=meeting_id
    )


def _counterpart_choices(form: MeetingForm, access: Any) -> dict[str, Any]:
    """What the counterpart radio list shows when the page is (re)drawn by the server: the
    person already chosen, then people matching what was typed."""
    data = form.data if form.is_bound else {}
    chosen = form.cleaned_data.get("counterpart") if hasattr(form, "cleaned_data") else None
    matches = queries.people_matching(data.get("counterpart_query", ""), exclude=access.person)
    if chosen is not None:
        matches = [chosen] + [p for p in matches if p.pk != chosen.pk]
    return {"matches": matches, "selected": chosen.public_id if chosen else ""}


@require("meetings.log")
def meeting_log(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    access = request.chapter_access
    suggesting = access.can("stories.create")  # what the suggestion endpoint requires
    form = MeetingForm(
        request.POST or None,
        initial={"organizer": access.person},
        suggest_url=reverse("chapter:story-suggest", args=[chapter_slug]) if suggesting else "",
    )
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_log(
                chapter=request.chapter,
                actor=request.user,
                new_counterpart=form.new_counterpart(),
                story=form.story(confirm=access.can("stories.code")),
                **form.meeting_fields(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect(
                f"{request.path}?logged={meeting.public_id}",
            )
    logged = None
    if request.method == "GET" and request.GET.get("logged"):
        logged = (
            Meeting.objects.select_related("counterpart")
            .filter(public_id=request.GET["logged"])
            .first()
        )
    context = {"form": form, "meeting": None, "logged": logged}
    if request.method == "POST" and suggesting:  # shown again: keep the story's suggestions
        context |= typed_suggestions(request, prefix="story_")
    return render(
        request,
        "relational/meeting_form.html",
        context | _counterpart_choices(form, access),
    )


@require("meetings.log")
def people_search(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    """The counterpart search as you type (htmx): matching people as radio buttons."""
    matches = queries.people_matching(
        request.GET.get("counterpart_query", ""), exclude=request.chapter_access.person
    )
    selected = request.GET.get("counterpart", "")
    if selected and all(p.public_id != selected for p in matches):
        chosen = Person.objects.filter(public_id=selected, archived_at__isnull=True).first()
        matches = ([chosen] if chosen else []) + matches
    return render(
        request,
        "relational/_counterpart_results.html",
        {"matches": matches, "selected": selected, "searched": True},
    )


@require("meetings.view")
def meeting_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = MeetingFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = Paginator(queries.meeting_list(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "relational/meeting_list.html",
        {
            "form": form,
            "page": page,
            "query_string": query_string_without_page(request),
            "filtered": any(filters.values()),
            "person": filters.get("person"),
        },
    )


@require("meetings.view")
def meeting_detail(request: ChapterRequest, chapter_slug: str, meeting_id: str) -> HttpResponse:
    meeting = get_meeting(meeting_id)
    access = request.chapter_access
    stories = chapter_stories(access).filter(meeting=meeting).order_by("told_on", "id")
    return render(
        request,
        "relational/meeting_detail.html",
        {
            "meeting": meeting,
            "show_private_notes": visible_private_notes(access, meeting),
            "can_edit": services.can_edit(access, meeting),
            "stories": stories,
        },
    )


@require("meetings.log")
def meeting_edit(request: ChapterRequest, chapter_slug: str, meeting_id: str) -> HttpResponse:
    meeting = get_meeting(meeting_id)
    access = request.chapter_access
    if not services.can_edit(access, meeting):
        raise PermissionDenied
    initial = {name: getattr(meeting, name) for name in services.MEETING_FIELDS}
    form = MeetingForm(request.POST or None, initial=initial, with_story=False)
    if request.method == "POST" and form.is_valid():
        fields = form.meeting_fields()
        if fields["counterpart"] is None:
            fields.pop("counterpart")  # kept unless another person was chosen
        try:
            services.meeting_update(meeting=meeting, actor=request.user, **fields)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("chapter:meeting-detail", chapter_slug, meeting.public_id)
    choices = _counterpart_choices(form, access)
    if not choices["selected"]:
        choices["matches"] = [meeting.counterpart] + choices["matches"]
        choices["selected"] = meeting.counterpart.public_id
    return render(
        request,
        "relational/meeting_form.html",
        {"form": form, "meeting": meeting, "logged": None, **choices},
    )


@require("meetings.view")
def follow_ups(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    groups = queries.open_follow_ups(request.chapter_access.person)
    return render(
        request,
        "relational/follow_ups.html",
        {
            "groups": [
                (queries.LATE, _("Late"), groups[queries.LATE]),
                (queries.DUE, _("Due this week"), groups[queries.DUE]),
                (queries.UPCOMING, _("Upcoming"), groups[queries.UPCOMING]),
                (queries.UNDATED, _("No date"), groups[queries.UNDATED]),
            ],
            "open_count": sum(len(g) for g in groups.values()),
        },
    )


@require_POST
@require("meetings.log")
def follow_up_done(request: ChapterRequest, chapter_slug: str, meeting_id: str) -> HttpResponse:
    meeting = get_meeting(meeting_id)
    if not services.can_edit(request.chapter_access, meeting):
        raise PermissionDenied
    done = request.POST.get("done", "1") != "0"
    try:
        services.follow_up_done(meeting=meeting, actor=request.user, done=done)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if getattr(request, "htmx", False):
        return render(request, "relational/_follow_up_item.html", {"meeting": meeting})
    if done:
        messages.success(request, _("Follow-up marked done."))
    if request.POST.get("next") == "detail":
        return redirect("chapter:meeting-detail", chapter_slug, meeting.public_id)
    return redirect("chapter:follow-ups", chapter_slug)
