"""The chapter's themes: list, theme page, rename, merge and split."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from hec.core.paging import query_string_without_page
from hec.core.tenancy import ChapterRequest, require
from hec.patterns import editing
from hec.patterns.forms import ThemeFilterForm, ThemeMergeForm, ThemeRenameForm, ThemeSplitForm
from hec.patterns.models import Scope, Theme
from hec.patterns.queries import (
    category_labels,
    chapter_themes,
    may_see_teller,
    member_stories,
    merged_target,
    sparkline,
    theme_for,
    theme_page_data,
    trends,
    with_category,
)
from hec.patterns.runs import latest_run
from hec.people.forms import add_service_errors

PAGE_SIZE = 50


def _optional_url(name: str, *args: Any, query: str = "") -> str:
    """A URL of a page another part of the app may not have yet ("" until it does)."""
    try:
        return reverse(name, args=args) + query
    except NoReverseMatch:
        return ""


def _run_button(request: ChapterRequest) -> dict[str, Any]:
    """Context for "patterns/_run_button.html" (the chapter's latest run, and the button)."""
    run = latest_run(Scope.CHAPTER, chapter=request.chapter)
    if run is not None and run.chapter_id == request.chapter.pk:
        run.chapter = request.chapter  # the template links by its slug: no extra query
    return {
        "run_action": reverse("chapter:pattern-run-create", args=[request.chapter.slug]),
        "latest_run": run,
        "can_run": request.chapter_access.can("patterns.run"),
    }


def _theme(request: ChapterRequest, theme_id: str) -> Theme:
    return theme_for(request.chapter_access, theme_id)


@require("themes.view")
def theme_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = ThemeFilterForm(request.GET or None)
    themes = chapter_themes(request.chapter_access)
    category = form.cleaned_data.get("category") if form.is_valid() else ""
    if category:
        themes = with_category(themes, category)
    page = Paginator(themes, PAGE_SIZE).get_page(request.GET.get("page"))
    by_theme = trends(list(page))
    rows = [(t, category_labels(t), sparkline(by_theme[t.pk])) for t in page]
    template = "patterns/theme_list.html"
    if getattr(request, "htmx", False):
        template += "#results"
    return render(
        request,
        template,
        {
            "form": form,
            "page": page,
            "rows": rows,
            "query_string": query_string_without_page(request),
            "filtered": bool(category),
            **_run_button(request),
        },
    )


@require("themes.view")
def theme_detail(request: ChapterRequest, chapter_slug: str, theme_id: str) -> HttpResponse:
    try:
        theme = _theme(request, theme_id)
    except Http404:
        target = merged_target(request.chapter_access, theme_id)
        if target is None:
            raise
        return redirect("chapter:theme-detail", chapter_slug, target.public_id)
    access = request.chapter_access
    data = theme_page_data(access, theme, actor=request.user)
    candidate_url = ""
    if access.can("priorities.manage"):
        candidate_url = _optional_url(
            "chapter:candidate-create", chapter_slug, query=f"?theme={theme.public_id}"
        )
    return render(
        request,
        "patterns/theme_detail.html",
        {
            "theme": theme,
            "data": data,
            "candidate_url": candidate_url,
            "show_tellers": may_see_teller(access),
        },
    )


@require("themes.edit")
def theme_edit(request: ChapterRequest, chapter_slug: str, theme_id: str) -> HttpResponse:
    theme = _theme(request, theme_id)
    form = ThemeRenameForm(request.POST or None, initial={"label": theme.name})
    if request.method == "POST" and form.is_valid():
        try:
            editing.rename(theme=theme, label=form.cleaned_data["label"], actor=request.user)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Theme renamed."))
            return redirect("chapter:theme-detail", chapter_slug, theme.public_id)
    return render(request, "patterns/theme_edit.html", {"theme": theme, "form": form})


@require("themes.edit")
def theme_merge(request: ChapterRequest, chapter_slug: str, theme_id: str) -> HttpResponse:
    """Choose a theme, see what will happen, confirm: the chosen theme joins this one."""
    theme = _theme(request, theme_id)
    others = chapter_themes(request.chapter_access).exclude(pk=theme.pk)
    form = ThemeMergeForm(request.POST or None, others=others)
    other = None
    if request.method == "POST" and form.is_valid():
        other = form.cleaned_data["other"]
        if form.cleaned_data["confirm"]:
            try:
                editing.merge(into=theme, other=other, actor=request.user)
            except ValidationError as error:
                add_service_errors(form, error)
                other = None
            else:
                messages.success(
                    request,
                    _("“%(other)s” is now part of this theme.") % {"other": other.name},
                )
                return redirect("chapter:theme-detail", chapter_slug, theme.public_id)
    return render(
        request,
        "patterns/theme_merge.html",
        {"theme": theme, "form": form, "other": other, "has_others": others.exists()},
    )


@require("themes.edit")
def theme_split(request: ChapterRequest, chapter_slug: str, theme_id: str) -> HttpResponse:
    theme = _theme(request, theme_id)
    members = member_stories(request.chapter_access, theme)
    form = ThemeSplitForm(request.POST or None, members=members)
    if request.method == "POST" and form.is_valid():
        try:
            new = editing.split(
                theme=theme,
                story_ids=form.cleaned_data["stories"],
                label=form.cleaned_data["label"],
                actor=request.user,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("New theme made from the stories you chose."))
            return redirect("chapter:theme-detail", chapter_slug, new.public_id)
    checked = set(form["stories"].value() or [])
    return render(
        request,
        "patterns/theme_split.html",
        {"theme": theme, "form": form, "members": members, "checked": checked},
    )
