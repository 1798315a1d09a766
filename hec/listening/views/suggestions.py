"""Suggested codes: live while a story is typed, and accept/reject on the story page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from hec.core.tenancy import ChapterRequest, require
from hec.listening import services
from hec.listening.models import StoryCode
from hec.listening.taxonomy import category_ids
from hec.listening.views.stories import get_story
from hec.patterns.coding import StoryCoding, Suggestion, code_text

ACTIONS = ("accept", "reject")


def suggestion_id(code: StoryCode) -> str:
    """How a suggestion is named in URLs: its kind and code, e.g. `category.housing_quality`
    (a story has each code at most once)."""
    return f"{code.kind}.{code.code}"


# Forms that show live suggestions name their story fields `<prefix>text`,
# `<prefix>language` and `<prefix>categories`: the story form (no prefix) and the one-to-one
# form (`story_`).
FIELD_PREFIXES = ("", "story_")


def form_suggestions(coding: StoryCoding, ticked: list[str], prefix: str = "") -> dict[str, Any]:
    """What a story form's suggestion box shows: the engine's categories (ticked ones
    stay ticked) and categories ticked earlier that the engine no longer suggests."""
    valid = category_ids()
    ticked = [c for c in dict.fromkeys(ticked) if c in valid]
    suggested = {s.code for s in coding.categories}
    kept = [Suggestion("category", c, coding.score(c)) for c in ticked if c not in suggested]
    return {
        "coding": coding,
        "suggested": list(coding.categories) + kept,
        "ticked": set(ticked),
        "prefix": prefix,
    }


def typed_suggestions(request: ChapterRequest, prefix: str = "") -> dict[str, Any]:
    """The suggestion box for the story posted in a form (as typed, with its ticks): while
    typing, and when the form is shown again with a mistake to fix."""
    data = request.POST
    coding = code_text(
        data.get(f"{prefix}text", ""), data.get(f"{prefix}language") or None, request.chapter
    )
    return form_suggestions(coding, data.getlist(f"{prefix}categories"), prefix)


@require("stories.create")
def story_suggest(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    """A story form's suggestion box, for the words typed so far (htmx, on typing).
    `?prefix=story_` reads the one-to-one form's story fields."""
    prefix = request.GET.get("prefix", "")
    if prefix not in FIELD_PREFIXES:
        return HttpResponseBadRequest(_("Unknown form."))
    if request.method != "POST":
        empty = form_suggestions(StoryCoding(coded=False, reason="empty"), [], prefix)
        return render(request, "listening/_story_suggest.html", empty)
    return render(request, "listening/_story_suggest.html", typed_suggestions(request, prefix))


def _suggestion(request: ChapterRequest, story_id: str, code_id: str) -> StoryCode:
    story = get_story(request, story_id)
    kind, _sep, code = code_id.partition(".")
    if kind not in StoryCode.Kind.values or not code:
        raise Http404
    return get_object_or_404(
        StoryCode.objects.select_related("story", "chapter"), story=story, kind=kind, code=code
    )


@require("stories.code")
def story_suggestion(
    request: ChapterRequest, chapter_slug: str, story_id: str, code_id: str
) -> HttpResponse:
    """Accept or reject one suggested code (one tap; without JavaScript, a plain form)."""
    suggestion = _suggestion(request, story_id, code_id)
    story = suggestion.story
    if request.method != "POST":
        return redirect("chapter:story-detail", chapter_slug, story.public_id)
    return _act(request, suggestion)


def _act(request: ChapterRequest, suggestion: StoryCode) -> HttpResponse:
    from hec.listening.views.stories import _coding_context

    story = suggestion.story
    action = request.POST.get("action", "")
    ok = True
    try:
        if action == "accept":
            services.suggestion_accept(suggestion=suggestion, actor=request.user)
            done = _("Code “%(label)s” confirmed.")
        elif action == "reject":
            services.suggestion_reject(suggestion=suggestion, actor=request.user)
            done = _("Suggestion “%(label)s” rejected; it will not be suggested again.")
        else:
            raise ValidationError(_("Choose accept or reject."))
    except ValidationError as error:
        ok = False
        note = " ".join(error.messages)
    else:
        note = done % {"label": suggestion_label(suggestion)}
    if getattr(request, "htmx", False):
        context = _coding_context(story) | {"story": story, "note": note, "note_ok": ok}
        return render(request, "listening/_story_coding.html", context)
    (messages.success if ok else messages.error)(request, note)
    return redirect("chapter:story-detail", request.chapter.slug, story.public_id)


def suggestion_label(code: StoryCode) -> str:
    from hec.listening.taxonomy import category_label, effect_label

    if code.kind == StoryCode.Kind.CATEGORY:
        return category_label(code.code)
    if code.kind == StoryCode.Kind.EFFECT:
        return effect_label(code.code)
    return code.code
