"""Pattern runs: start one ("Find patterns now"), and watch its progress bar.

Chapter runs live under /c/<slug>/themes/runs/; affiliate and network runs under
/accounts/network/themes/runs/ for network admins (network or any affiliate) and affiliate
organizers (their own affiliate only).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hec.core.permissions import NetworkRole, network_role_can
from hec.core.tenancy import ChapterRequest, require
from hec.patterns import runs
from hec.patterns.models import PatternRun, Scope
from hec.people.models import Affiliate


def _started(request: HttpRequest, run: PatternRun, before: PatternRun | None) -> None:
    if before is not None and before.pk == run.pk:
        messages.info(request, _("A pattern run is already under way; here is its progress."))
    elif run.status == PatternRun.Status.FAILED:
        messages.error(request, _("The pattern run could not be started."))
    else:
        messages.success(request, _("Pattern run started."))


@require_POST
@require("patterns.run")
def pattern_run_create(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    chapter = request.chapter
    before = runs.active_run(Scope.CHAPTER, chapter)
    run = runs.start_run(Scope.CHAPTER, chapter, actor=request.user)
    _started(request, run, before)
    return redirect("chapter:pattern-run-detail", chapter_slug, run.public_id)


def _chapter_run(request: ChapterRequest, run_id: str) -> PatternRun:
    return get_object_or_404(
        PatternRun.objects.select_related("started_by"),
        public_id=run_id,
        scope=Scope.CHAPTER,
        chapter=request.chapter,
    )


def _context(run: PatternRun, progress_url: str, themes_url: str) -> dict[str, Any]:
    return {
        "run": run,
        "step": runs.step_label(run),
        "finished": run.status in (PatternRun.Status.DONE, PatternRun.Status.FAILED),
        "progress_url": progress_url,
        "themes_url": themes_url,
    }


def _chapter_context(request: ChapterRequest, chapter_slug: str, run: PatternRun) -> dict:
    return _context(
        run,
        reverse("chapter:pattern-run-progress", args=[chapter_slug, run.public_id]),
        reverse("chapter:theme-list", args=[chapter_slug]),
    )


@require("themes.view")
def pattern_run_detail(request: ChapterRequest, chapter_slug: str, run_id: str) -> HttpResponse:
    run = _chapter_run(request, run_id)
    context = _chapter_context(request, chapter_slug, run)
    return render(request, "patterns/run_detail.html", context)


@require("themes.view")
def pattern_run_progress(request: ChapterRequest, chapter_slug: str, run_id: str) -> HttpResponse:
    run = _chapter_run(request, run_id)
    context = _chapter_context(request, chapter_slug, run)
    return render(request, "patterns/_run_progress.html", context)


# Network side -------------------------------------------------------------------------


def _network_user(request: HttpRequest) -> None:
    if not network_role_can(getattr(request.user, "network_role", ""), "network.patterns.run"):
        raise PermissionDenied


def _affiliates(user: Any):
    affiliates = Affiliate.objects.order_by("name")
    if user.network_role != NetworkRole.NETWORK_ADMIN:
        affiliates = affiliates.filter(pk=user.affiliate_id)
    return affiliates


@login_required
def network_pattern_run_create(request: HttpRequest) -> HttpResponse:
    """GET: the form (scope, affiliate); POST: start the run and go to its page."""
    _network_user(request)
    user: Any = request.user
    affiliates = _affiliates(user)
    is_admin = user.network_role == NetworkRole.NETWORK_ADMIN
    if request.method == "POST":
        scope = request.POST.get("scope") or (Scope.NETWORK if is_admin else Scope.AFFILIATE)
        affiliate = None
        if scope == Scope.AFFILIATE:
            slug = request.POST.get("affiliate", "")
            if slug:
                affiliate = Affiliate.objects.filter(slug=slug).first()
            elif not is_admin:
                affiliate = affiliates.first()  # an organizer's own affiliate
        if scope not in (Scope.NETWORK, Scope.AFFILIATE) or (
            scope == Scope.AFFILIATE and affiliate is None
        ):
            messages.error(request, _("Choose the network or one affiliate."))
        elif not runs.can_run_network(user, scope, affiliate):
            raise PermissionDenied
        else:
            before = runs.active_run(scope, affiliate=affiliate)
            run = runs.start_run(scope, affiliate=affiliate, actor=user)
            _started(request, run, before)
            return redirect("accounts:network-pattern-run-detail", run.public_id)
    return render(
        request,
        "patterns/run_network_form.html",
        {
            "affiliates": affiliates,
            "is_admin": is_admin,
            "recent": runs.visible_network_runs(user).order_by("-created_at")[:10],
        },
    )


@login_required
def network_pattern_run_detail(request: HttpRequest, run_id: str) -> HttpResponse:
    """The run page; `?partial=1` (htmx polling) answers only the progress fragment."""
    _network_user(request)
    run = get_object_or_404(runs.visible_network_runs(request.user), public_id=run_id)
    context = _context(
        run,
        reverse("accounts:network-pattern-run-detail", args=[run.public_id]) + "?partial=1",
        reverse("accounts:network-themes"),
    )
    context["network"] = True
    template = (
        "patterns/_run_progress.html" if request.GET.get("partial") else "patterns/run_detail.html"
    )
    return render(request, template, context)
