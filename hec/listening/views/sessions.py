"""Listening sessions: list, create/edit, attendance checklist, batch story entry, summary."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hec.core.tenancy import ChapterRequest, require
from hec.listening import services, taxonomy
from hec.listening.forms import BatchFormSet, NewAttendeeForm, SessionForm
from hec.listening.models import Attendance, ListeningSession, StoryCode
from hec.listening.visibility import chapter_stories
from hec.people import services as people_services
from hec.people.forms import add_service_errors
from hec.people.models import Person

PAGE_SIZE = 50
CHECKLIST_SIZE = 100


def get_session(session_id: str) -> ListeningSession:
    return get_object_or_404(
        ListeningSession.objects.select_related("host", "organization"), public_id=session_id
    )


@require("sessions.view")
def session_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    visible = (
        chapter_stories(request.chapter_access)
        .filter(session=OuterRef("pk"))
        .order_by()
        .values("session")
        .annotate(n=Count("id"))
        .values("n")
    )
    present = (
        Attendance.objects.filter(session=OuterRef("pk"))
        .order_by()
        .values("session")
        .annotate(n=Count("id"))
        .values("n")
    )
    # counts as subqueries, not a join: the paginator's count() then leaves them out
    sessions = (
        ListeningSession.objects.select_related("host", "organization")
        .annotate(
            attendees=Coalesce(Subquery(present, output_field=IntegerField()), 0),
            stories_seen=Coalesce(Subquery(visible, output_field=IntegerField()), 0),
        )
        .order_by("-held_on", "-id")
    )
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "listening/session_list.html", {"page": page})


def _session_form_values(form: SessionForm) -> dict[str, Any]:
    return dict(form.cleaned_data)


@require("sessions.manage")
def session_create(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    initial = {"host": request.chapter_access.person, "language": request.LANGUAGE_CODE[:2]}
    form = SessionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_create(
                chapter=request.chapter, actor=request.user, **_session_form_values(form)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Session created. Now mark who came."))
            return redirect("chapter:session-attendance", chapter_slug, session.public_id)
    return render(request, "listening/session_form.html", {"form": form, "session": None})


@require("sessions.manage")
def session_edit(request: ChapterRequest, chapter_slug: str, session_id: str) -> HttpResponse:
    session = get_session(session_id)
    form = SessionForm(request.POST or None, initial=SessionForm.initial_for(session))
    if request.method == "POST" and form.is_valid():
        try:
            services.session_update(
                session=session, actor=request.user, **_session_form_values(form)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("chapter:session-detail", chapter_slug, session.public_id)
    return render(request, "listening/session_form.html", {"form": form, "session": session})


@require("sessions.view")
def session_detail(request: ChapterRequest, chapter_slug: str, session_id: str) -> HttpResponse:
    session = get_session(session_id)
    stories = chapter_stories(request.chapter_access).filter(session=session)
    counts = (
        StoryCode.objects.filter(
            story__in=stories, kind=StoryCode.Kind.CATEGORY, confirmed_at__isnull=False
        )
        .values("code")
        .annotate(n=Count("id"))
        .order_by("-n", "code")
    )
    return render(
        request,
        "listening/session_detail.html",
        {
            "session": session,
            "attendees": Attendance.objects.filter(session=session)
            .select_related("person")
            .order_by("person__name"),
            "stories": stories.select_related("teller").order_by("id")[:200],
            "story_count": stories.count(),
            "categories": [(taxonomy.category_label(r["code"]), r["n"]) for r in counts],
        },
    )


def _checklist(session: ListeningSession, query: str) -> dict[str, Any]:
    present = set(Attendance.objects.filter(session=session).values_list("person_id", flat=True))
    people = Person.objects.filter(archived_at__isnull=True).order_by("name")
    if query:
        people = people.filter(name__icontains=query)
    shown = list(people[:CHECKLIST_SIZE])
    # Whoever is already marked present stays on the list, whatever the filter.
    missing = present - {p.pk for p in shown}
    if missing and not query:
        shown = list(Person.objects.filter(pk__in=missing).order_by("name")) + shown
    return {
        "session": session,
        "people": [(p, p.pk in present) for p in shown],
        "present_count": len(present),
        "query": query,
        "truncated": people.count() > CHECKLIST_SIZE,
    }


@require("sessions.manage")
def attendance(request: ChapterRequest, chapter_slug: str, session_id: str) -> HttpResponse:
    session = get_session(session_id)
    query = request.GET.get("q", "").strip()[:100]
    if request.method == "POST":
        # Without JavaScript: the checked boxes among the people shown become the attendance.
        shown = set(request.POST.getlist("shown"))
        checked = set(request.POST.getlist("present")) & shown
        for person in Person.objects.filter(public_id__in=shown):
            is_present = Attendance.objects.filter(session=session, person=person).exists()
            if person.public_id in checked and not is_present:
                services.attendance_add(session=session, person=person, actor=request.user)
            elif person.public_id not in checked and is_present:
                services.attendance_remove(session=session, person=person, actor=request.user)
        messages.success(request, _("Attendance saved."))
        return redirect("chapter:session-attendance", chapter_slug, session.public_id)
    context = _checklist(session, query)
    context["new_person_form"] = NewAttendeeForm()
    template = "listening/session_attendance.html"
    if getattr(request, "htmx", False):
        template += "#checklist"
    return render(request, template, context)


@require_POST
@require("sessions.manage")
def attendance_toggle(request: ChapterRequest, chapter_slug: str, session_id: str) -> HttpResponse:
    """One checkbox (htmx): `present` is sent only when the box is checked."""
    session = get_session(session_id)
    person = get_object_or_404(Person, public_id=request.POST.get("person", ""))
    error = ""
    try:
        if request.POST.get("present"):
            services.attendance_add(session=session, person=person, actor=request.user)
        else:
            services.attendance_remove(session=session, person=person, actor=request.user)
    except ValidationError as exc:
        error = " ".join(exc.messages)
    count = Attendance.objects.filter(session=session).count()
    return render(
        request,
        "listening/_attendance_status.html",
        {"error": error, "present_count": count},
        status=400 if error else 200,
    )


@require_POST
@require("sessions.manage")
def attendance_new_person(
    request: ChapterRequest, chapter_slug: str, session_id: str
) -> HttpResponse:
    session = get_session(session_id)
    if not request.chapter_access.can("people.create"):
        raise PermissionDenied
    form = NewAttendeeForm(request.POST)
    if form.is_valid():
        person = people_services.person_create(
            chapter=request.chapter,
            actor=request.user,
            name=form.cleaned_data["name"].strip(),
            kind=form.cleaned_data["kind"],
        )
        services.attendance_add(session=session, person=person, actor=request.user)
        messages.success(request, _("%(name)s was added and marked present.") % {"name": person})
        return redirect("chapter:session-attendance", chapter_slug, session.public_id)
    context = _checklist(session, "")
    context["new_person_form"] = form
    return render(request, "listening/session_attendance.html", context, status=400)


@require("sessions.manage")
def session_stories(request: ChapterRequest, chapter_slug: str, session_id: str) -> HttpResponse:
    """Batch entry: one row per story, one submit, one transaction; a bad row saves nothing
    and every typed row comes back with its errors."""
    session = get_session(session_id)
    if not request.chapter_access.can("stories.create"):
        raise PermissionDenied
    attendees = [
        a.person
        for a in Attendance.objects.filter(session=session)
        .select_related("person")
        .order_by("person__name")
    ]
    row_initial = {"language": session.language, "consent_method": "verbal"}
    collector = request.chapter_access.person
    data = request.POST.copy() if request.method == "POST" else None
    if data is not None and "add_row" in data:
        key = "rows-TOTAL_FORMS"
        data[key] = str(min(int(data.get(key) or 0) + 1, 200))
    formset = BatchFormSet(
        data, prefix="rows", attendees=attendees, form_kwargs={"initial": row_initial}
    )
    if data is not None and "add_row" not in data and formset.is_valid():
        forms = [f for f in formset.forms if f.has_changed()]
        if collector is None:
            formset.add_non_form_error(_("Only a member of the chapter can record stories here."))
        else:
            result = services.stories_batch_create(
                session=session,
                actor=request.user,
                collector=collector,
                rows=[f.row() for f in forms],
            )
            if result.ok:
                messages.success(
                    request,
                    _("%(n)s stories saved.") % {"n": len(result.stories)},
                )
                return redirect("chapter:session-detail", chapter_slug, session.public_id)
            if not forms:
                formset.add_non_form_error(_("Write at least one story."))
            for form, errors in zip(forms, result.errors, strict=False):
                for field, message in errors.items():
                    form.add_error(field if field in form.fields else None, message)
    return render(
        request,
        "listening/session_stories.html",
        {"session": session, "formset": formset, "attendees": attendees},
        status=400 if data is not None and "add_row" not in data else 200,
    )
