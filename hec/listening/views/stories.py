"""Stories: list with search and filters, detail, create/edit, consent, withdrawal, network."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from hec.core.paging import long_page, query_string_without_page
from hec.core.tenancy import ChapterRequest, require
from hec.listening import services
from hec.listening.forms import (
    CodingForm,
    ConsentChangeForm,
    StoryCreateForm,
    StoryEditForm,
    StoryFilterForm,
    WithdrawForm,
)
from hec.listening.models import ChapterCode, ConsentChange, Story, StoryCode
from hec.listening.search import search_stories
from hec.listening.taxonomy import categories_by_domain, category_label, effect_label, effects
from hec.listening.visibility import (
    anonymize,
    chapter_stories,
    network_stories,
    note_story_read,
)
from hec.people.forms import add_service_errors

PAGE_SIZE = 50


def get_story(request: ChapterRequest, story_id: str) -> Story:
    """A story of this chapter the member may read; anything else (another chapter's, a
    private one they may not see, a withdrawn one) is a 404."""
    return get_object_or_404(
        chapter_stories(request.chapter_access).select_related(
            "teller", "collector", "session", "meeting", "meeting__counterpart"
        ),
        public_id=story_id,
    )


def _confirmed(kind: str, code: str) -> Exists:
    return Exists(
        StoryCode.objects.filter(
            story=OuterRef("pk"), kind=kind, code=code, confirmed_at__isnull=False
        )
    )


def filter_stories(stories: QuerySet[Story], filters: dict[str, Any]) -> QuerySet[Story]:
    """Narrow visible stories by the list's filters (never widens)."""
    if filters.get("q"):
        stories = search_stories(stories, filters["q"])
    if filters.get("category"):
        stories = stories.filter(_confirmed(StoryCode.Kind.CATEGORY, filters["category"]))
    if filters.get("effect"):
        stories = stories.filter(_confirmed(StoryCode.Kind.EFFECT, filters["effect"]))
    for field in ("session", "language", "consent"):
        if filters.get(field):
            stories = stories.filter(**{field: filters[field]})
    if filters.get("told_from"):
        stories = stories.filter(told_on__gte=filters["told_from"])
    if filters.get("told_to"):
        stories = stories.filter(told_on__lte=filters["told_to"])
    return stories


def _category_tags(stories: list[Any], ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    rows = StoryCode.objects.filter(
        story_id__in=ids, kind=StoryCode.Kind.CATEGORY, confirmed_at__isnull=False
    ).values_list("story_id", "code")
    for story_id, code in rows:
        tags.setdefault(story_id, []).append(category_label(code))
    return tags


@require("stories.view")
def story_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = StoryFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    # teller and session fetched for the page's 50 stories, not joined: with the joins
    # PostgreSQL joined every story of the chapter before sorting out the page
    stories = filter_stories(chapter_stories(request.chapter_access), filters).prefetch_related(
        "teller", "session"
    )
    page = Paginator(stories, PAGE_SIZE).get_page(request.GET.get("page"))
    tags = _category_tags(list(page), [s.pk for s in page])
    template = "listening/story_list.html"
    if getattr(request, "htmx", False):
        template += "#results"
    return render(
        request,
        template,
        {
            "form": form,
            "page": page,
            "rows": [(s, tags.get(s.pk, [])) for s in page],
            "query_string": query_string_without_page(request),
            "filtered": bool(filters and any(filters.values())),
        },
    )


@dataclass(frozen=True)
class CodeView:
    """A story's code as the story page shows it."""

    id: str  # kind.code, the suggestion's URL argument
    kind: str
    code: str
    label: str
    score: float | None
    strength: str
    strength_label: str
    evidence: list[str]
    confirmed_by: Any
    confirmed_at: Any


def code_view(code: StoryCode, labels: dict[str, str]) -> CodeView:
    from hec.patterns.coding import STRENGTH_LABELS, strength

    word = strength(code.suggested_score)
    if code.kind == StoryCode.Kind.CATEGORY:
        label = category_label(code.code)
    elif code.kind == StoryCode.Kind.EFFECT:
        label = effect_label(code.code)
    else:
        label = labels.get(code.code, code.code)
    return CodeView(
        id=f"{code.kind}.{code.code}",
        kind=code.kind,
        code=code.code,
        label=label,
        score=code.suggested_score,
        strength=word,
        strength_label=str(STRENGTH_LABELS[word]),
        evidence=[str(e) for e in code.evidence or []],
        confirmed_by=code.confirmed_by,
        confirmed_at=code.confirmed_at,
    )


KIND_ORDER: dict[str, int] = {"category": 0, "effect": 1, "chapter": 2}


def _coding_context(story: Story, form: CodingForm | None = None) -> dict[str, Any]:
    codes = list(StoryCode.objects.filter(story=story).select_related("confirmed_by"))
    form = form or CodingForm(initial=CodingForm.initial_for(codes))
    chapter_codes: dict[str, list[ChapterCode]] = {}
    for code in ChapterCode.objects.all():
        chapter_codes.setdefault(code.category, []).append(code)
    labels = {c.public_id: c.label for group in chapter_codes.values() for c in group}
    confirmed = sorted(
        (c for c in codes if c.confirmed_at), key=lambda c: (KIND_ORDER[c.kind], c.code)
    )
    return {
        "coding_form": form,
        "domains": categories_by_domain(),
        "effect_choices": effects(),
        "chapter_codes": chapter_codes,
        "checked_categories": set(form["categories"].value() or []),
        "checked_effects": set(form["effects"].value() or []),
        "checked_chapter_codes": {str(v) for v in form["chapter_codes"].value() or []},
        "confirmed_codes": [code_view(c, labels) for c in confirmed],
        "suggestions": [code_view(c, labels) for c in services.suggest_codes(story)],
        "not_coded": _not_coded(story, codes),
    }


def _not_coded(story: Story, codes: list[StoryCode]) -> bool:
    """Nothing confirmed, nothing suggested, and the engine does not code this language."""
    if codes:
        return False
    from hec.patterns.engine import story_language

    return story_language(story.text, story.language) not in ("en", "es")


def story_page(request: ChapterRequest, story: Story, **extra: Any) -> HttpResponse:
    note_story_read(request.chapter_access, story, request.user)
    context = {
        "story": story,
        "history": ConsentChange.objects.filter(story=story).select_related("changed_by"),
        **_coding_context(story, extra.pop("coding_form", None)),
        **extra,
    }
    return render(request, "listening/story_detail.html", context, status=extra.get("status", 200))


@require("stories.view")
def story_detail(request: ChapterRequest, chapter_slug: str, story_id: str) -> HttpResponse:
    return story_page(request, get_story(request, story_id))


@require("stories.create")
def story_create(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    initial = {
        "collector": request.chapter_access.person,
        "language": request.LANGUAGE_CODE[:2],
        "session": request.GET.get("session") or None,
    }
    form = StoryCreateForm(request.POST or None, initial=initial)
    form.suggest_live(reverse("chapter:story-suggest", args=[chapter_slug]))
    if request.method == "POST" and form.is_valid():
        try:
            story = services.story_create(
                chapter=request.chapter,
                actor=request.user,
                consent=form.cleaned_data["consent"],
                consent_method=form.cleaned_data["consent_method"],
                categories=form.cleaned_data["categories"]
                if request.chapter_access.can("stories.code")
                else (),
                **form.story_fields(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Story saved."))
            return redirect("chapter:story-detail", chapter_slug, story.public_id)
    context: dict[str, Any] = {"form": form, "story": None}
    if request.method == "POST":  # shown again (a mistake to fix): keep its suggestions
        from hec.listening.views.suggestions import typed_suggestions

        context |= typed_suggestions(request)
    return render(request, "listening/story_form.html", context)


def _edit_initial(story: Story) -> dict[str, Any]:
    return {name: getattr(story, name) for name in StoryEditForm.STORY_FIELDS} | {
        "version": story.version
    }


@require("stories.edit")
def story_edit(request: ChapterRequest, chapter_slug: str, story_id: str) -> HttpResponse:
    story = get_story(request, story_id)
    form = StoryEditForm(request.POST or None, initial=_edit_initial(story))
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.story_update(
                story=story,
                actor=request.user,
                expected_version=form.cleaned_data["version"],
                **form.story_fields(),
            )
        except services.StaleStory as stale:
            conflict = stale.current
            # Show both; saving again (having seen theirs) is a deliberate choice.
            data = request.POST.copy()
            data["version"] = str(conflict.version)
            form = StoryEditForm(data, initial=_edit_initial(conflict))
            form.is_valid()
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("chapter:story-detail", chapter_slug, story.public_id)
    return render(
        request,
        "listening/story_form.html",
        {"form": form, "story": story, "conflict": conflict},
        status=409 if conflict else 200,
    )


@require("stories.consent.change")
def story_consent(request: ChapterRequest, chapter_slug: str, story_id: str) -> HttpResponse:
    story = get_story(request, story_id)
    form = ConsentChangeForm(
        request.POST or None, initial={"to_level": story.consent, "method": story.consent_method}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.consent_change(story=story, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Consent updated."))
            return redirect("chapter:story-detail", chapter_slug, story.public_id)
    return render(request, "listening/story_consent.html", {"form": form, "story": story})


@require("stories.consent.change")
def story_withdraw(request: ChapterRequest, chapter_slug: str, story_id: str) -> HttpResponse:
    story = get_story(request, story_id)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.consent_withdraw(story=story, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request, _("Consent withdrawn. The story is hidden everywhere from now on.")
            )
            return redirect("chapter:story-list", chapter_slug)
    return render(request, "listening/story_withdraw.html", {"form": form, "story": story})


@require("stories.network.view")
def network_story_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    """Other chapters' network and public stories: words, codes, chapter and month only.

    Counted only 1,000 stories ahead ("more than N"): a full count of the network's shared
    stories would cost as much as the network is large (`hec.core.paging`)."""
    page = long_page(network_stories(request.chapter_access), request.GET.get("page"), PAGE_SIZE)
    ids = [s.pk for s in page]
    with scopes_disabled():  # other chapters' codes, for stories already shared with us
        tags = _category_tags([], ids)
    stories = [anonymize(s, tuple(tags.get(s.pk, []))) for s in page]
    return render(request, "listening/story_network.html", {"page": page, "stories": stories})
