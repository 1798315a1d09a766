"""Priority assemblies: setting one up, dot voting on a phone, tallies from the room, the
results chart, and closing with the chosen priorities."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hec.core.tenancy import ChapterRequest, require
from hec.people.forms import add_service_errors
from hec.priorities import chart, queries, services
from hec.priorities.forms import AssemblyForm, CloseForm, TallyForm
from hec.priorities.models import Assembly, CandidateIssue


def get_assembly(assembly_id: str) -> Assembly:
    """An assembly of the current chapter by public id (404 for another chapter's)."""
    return get_object_or_404(Assembly.objects.all(), public_id=assembly_id)


def _closed(request: ChapterRequest, assembly: Assembly) -> HttpResponse:
    """A vote, tally or close sent after voting ended: say so on the assembly's page."""
    messages.error(request, _("This assembly is closed: voting has ended."))
    return redirect("chapter:assembly-detail", request.chapter.slug, assembly.public_id)


@require("priorities.manage")
def assembly_create(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = AssemblyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            assembly = services.assembly_create(
                chapter=request.chapter, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Assembly open: members and partners can vote now."))
            return redirect("chapter:assembly-detail", chapter_slug, assembly.public_id)
    return render(request, "priorities/assembly_form.html", {"form": form})


def _vote_values(request: ChapterRequest, assembly: Assembly) -> dict[str, str]:
    """The dot counts the vote form sent, by candidate public id."""
    prefix = "dots-"
    return {
        key[len(prefix) :]: request.POST.get(key, "")
        for key in request.POST
        if key.startswith(prefix) and len(key) < 64
    }


def _page(
    request: ChapterRequest,
    assembly: Assembly,
    *,
    vote_errors: dict[str, list[str]] | None = None,
    sent: dict[str, str] | None = None,
    tally_form: TallyForm | None = None,
    close_form: CloseForm | None = None,
    status: int = 200,
) -> HttpResponse:
    access = request.chapter_access
    board = services.results(assembly)
    candidates = sorted((r.candidate for r in board.rows), key=lambda c: c.title.lower())
    mine = services.dots_of(assembly, request.user)
    behind = queries.behind(access, candidates)
    vote_errors = vote_errors or {}
    ballot = []
    for candidate in candidates:
        value: Any = mine.get(candidate.public_id, 0)
        if sent is not None:
            value = sent.get(candidate.public_id, "0")
        ballot.append(
            {
                "candidate": candidate,
                "value": value,
                "behind": behind[candidate.pk],
                "errors": vote_errors.get(candidate.public_id, []),
            }
        )
    given = sum(mine.values())
    can_manage = access.can("priorities.manage")
    top = [r.candidate.public_id for r in board.rows if board.top and r.total == board.top]
    context = {
        "assembly": assembly,
        "board": board,
        "chart": chart.bars(board),
        "ballot": ballot,
        "vote_errors": vote_errors.get("dots", []) + vote_errors.get("voter", []),
        "can_vote": assembly.is_open and access.can("priorities.vote"),
        "has_voted": bool(mine),
        "dots_left": max(assembly.dots_per_voter - given, 0),
        "can_manage": can_manage,
        "chosen": [
            (issue, behind[issue.pk]) for issue in candidates if issue.chosen_in_id == assembly.pk
        ],
        "tallies": list(assembly.tallies.select_related("candidate", "entered_by"))
        if can_manage
        else [],
    }
    if can_manage and assembly.is_open:
        context["tally_form"] = tally_form or TallyForm(assembly=assembly)
        context["close_form"] = close_form or CloseForm(assembly=assembly, initial={"chosen": top})
    return render(request, "priorities/assembly_detail.html", context, status=status)


@require("priorities.view")
def assembly_detail(request: ChapterRequest, chapter_slug: str, assembly_id: str) -> HttpResponse:
    return _page(request, get_assembly(assembly_id))


@require_POST
@require("priorities.vote")
def assembly_vote(request: ChapterRequest, chapter_slug: str, assembly_id: str) -> HttpResponse:
    assembly = get_assembly(assembly_id)
    if not assembly.is_open:
        return _closed(request, assembly)
    sent = _vote_values(request, assembly)
    try:
        services.cast_dots(assembly=assembly, voter=request.user, allocation=sent)
    except ValidationError as error:
        errors = error.message_dict if hasattr(error, "error_dict") else {"dots": error.messages}
        return _page(request, assembly, vote_errors=errors, sent=sent)
    given = sum(int(v or 0) for v in sent.values())
    if given:
        messages.success(request, _("Your dots are in. You can change them until voting ends."))
    else:
        messages.success(request, _("Your dots were taken back."))
    return redirect("chapter:assembly-detail", chapter_slug, assembly.public_id)


@require_POST
@require("priorities.manage")
def assembly_tally(request: ChapterRequest, chapter_slug: str, assembly_id: str) -> HttpResponse:
    assembly = get_assembly(assembly_id)
    if not assembly.is_open:
        return _closed(request, assembly)
    form = TallyForm(request.POST, assembly=assembly)
    if form.is_valid():
        try:
            services.enter_tally(assembly=assembly, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Tally added to the results."))
            return redirect("chapter:assembly-detail", chapter_slug, assembly.public_id)
    return _page(request, assembly, tally_form=form)


@require_POST
@require("priorities.manage")
def assembly_close(request: ChapterRequest, chapter_slug: str, assembly_id: str) -> HttpResponse:
    assembly = get_assembly(assembly_id)
    if not assembly.is_open:
        return _closed(request, assembly)
    form = CloseForm(request.POST, assembly=assembly)
    if form.is_valid():
        chosen: list[CandidateIssue] = list(form.cleaned_data["chosen"])
        try:
            services.close_assembly(assembly=assembly, actor=request.user, chosen=chosen)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Voting closed. The chosen priorities are recorded."))
            return redirect("chapter:assembly-detail", chapter_slug, assembly.public_id)
    return _page(request, assembly, close_form=form)
