"""Coding a story (categories, downstream effects, chapter codes) and the chapter's codes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from hec.core.tenancy import ChapterRequest, require
from hec.listening import services
from hec.listening.forms import ChapterCodeForm, CodingForm
from hec.listening.models import ChapterCode
from hec.listening.taxonomy import categories_by_domain
from hec.listening.views.stories import get_story, story_page
from hec.people.forms import add_service_errors


@require("stories.code")
def story_code(request: ChapterRequest, chapter_slug: str, story_id: str) -> HttpResponse:
    story = get_story(request, story_id)
    if request.method != "POST":
        return redirect("chapter:story-detail", chapter_slug, story.public_id)
    form = CodingForm(request.POST)
    if form.is_valid():
        try:
            services.story_code(story=story, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Coding saved."))
            return redirect("chapter:story-detail", chapter_slug, story.public_id)
    return story_page(request, story, coding_form=form, status=400)


@require("codes.manage")
def chapter_codes(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = ChapterCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            code = services.chapter_code_create(
                chapter=request.chapter, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Code “%(label)s” added.") % {"label": code.label})
            return redirect("chapter:chapter-codes", chapter_slug)
    codes = ChapterCode.objects.order_by("category", "label")
    by_category: dict[str, list[ChapterCode]] = {}
    for code in codes:
        by_category.setdefault(code.category, []).append(code)
    return render(
        request,
        "listening/chapter_codes.html",
        {"form": form, "domains": categories_by_domain(), "by_category": by_category},
        status=400 if request.method == "POST" else 200,
    )
