"""The priorities page, candidate issues (made from a theme or by hand) and one issue's page."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hec.core.tenancy import ChapterRequest, require
from hec.listening.visibility import chapter_stories
from hec.people.forms import add_service_errors
from hec.priorities import queries, services
from hec.priorities.forms import CandidateForm
from hec.priorities.models import Assembly, CandidateIssue

SUGGESTED_STORIES = 12


def get_issue(candidate_id: str) -> CandidateIssue:
    """An issue of the current chapter by public id (404 for another chapter's)."""
    return get_object_or_404(queries.issues(), public_id=candidate_id)


@require("priorities.view")
def priority_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    access = request.chapter_access
    all_issues = list(queries.issues().order_by("-chosen_at", "title"))
    behind = queries.behind(access, all_issues)
    by_status: dict[str, list] = {s: [] for s in CandidateIssue.Status.values}
    for issue in all_issues:
        by_status[issue.status].append((issue, behind[issue.pk]))
    assemblies = list(Assembly.objects.order_by("-held_on", "-id"))
    return render(
        request,
        "priorities/priority_list.html",
        {
            "chosen": by_status[CandidateIssue.Status.CHOSEN],
            "candidates": by_status[CandidateIssue.Status.CANDIDATE],
            "set_aside": by_status[CandidateIssue.Status.SET_ASIDE],
            "open_assemblies": [a for a in assemblies if a.is_open],
            "closed_assemblies": [a for a in assemblies if not a.is_open],
            "can_manage": access.can("priorities.manage"),
            "can_see_themes": access.can("themes.view"),
        },
    )


@require("priorities.manage")
def candidate_create(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    """A new candidate issue. `?theme=<id>` fills it in from that theme: its label, a summary,
    and its representative stories you may read (untick any)."""
    access = request.chapter_access
    readable = chapter_stories(access)
    theme = None
    theme_id = request.GET.get("theme") or request.POST.get("from_theme") or ""
    if theme_id:
        theme = services.chapter_themes(request.chapter).filter(public_id=theme_id).first()
    initial = {}
    suggested = []
    if theme is not None:
        suggested = services.theme_stories(theme, access, limit=SUGGESTED_STORIES)
        initial = {
            "title": theme.name,
            "description": services.theme_summary(theme),
            "themes": [theme.public_id],
            "stories": [s.public_id for s in services.theme_stories(theme, access)],
        }
    form = CandidateForm(
        request.POST or None, initial=initial, chapter=request.chapter, readable=readable
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            issue = services.candidate_create(
                chapter=request.chapter,
                actor=request.user,
                title=data["title"],
                description=data["description"],
                themes=data["themes"],
                stories=data["stories"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Candidate issue added."))
            return redirect("chapter:candidate-detail", chapter_slug, issue.public_id)
    if request.method == "POST":
        chosen = set(request.POST.getlist("stories"))
        suggested = suggested + [
            s for s in readable.filter(public_id__in=chosen) if s not in suggested
        ]
    selected = set(request.POST.getlist("stories") if form.is_bound else initial.get("stories", []))
    themes = list(services.chapter_themes(request.chapter)[:50])
    selected_themes = set(
        request.POST.getlist("themes") if form.is_bound else initial.get("themes", [])
    )
    return render(
        request,
        "priorities/candidate_form.html",
        {
            "form": form,
            "theme": theme,
            "themes": themes,
            "selected_themes": selected_themes,
            "suggested": [(s, s.public_id in selected) for s in suggested],
        },
    )


@require("priorities.view")
def candidate_detail(request: ChapterRequest, chapter_slug: str, candidate_id: str) -> HttpResponse:
    issue = get_issue(candidate_id)
    access = request.chapter_access
    return render(
        request,
        "priorities/candidate_detail.html",
        {
            "issue": issue,
            "behind": queries.behind(access, [issue])[issue.pk],
            "assemblies": list(issue.assemblies.order_by("-held_on", "-id")),
            "can_manage": access.can("priorities.manage"),
            "can_see_themes": access.can("themes.view"),
        },
    )


@require_POST
@require("priorities.manage")
def candidate_status(request: ChapterRequest, chapter_slug: str, candidate_id: str) -> HttpResponse:
    issue = get_issue(candidate_id)
    try:
        services.candidate_set_status(
            issue=issue, actor=request.user, status=request.POST.get("status", "")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Saved."))
    return redirect("chapter:candidate-detail", chapter_slug, issue.public_id)
