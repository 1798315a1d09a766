"""Stories: every read goes through `hec.listening.visibility`, every write through
`hec.listening.services`. A story the caller may not read answers 404, like a missing one.

Other chapters' stories are only in /network-stories, anonymized (see `network.py`).
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import Http404
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from hec.api.lookups import api_field_names, by_public_id, plain, resolve_ids
from hec.api.pagination import Pagination
from hec.api.schemas import ERRORS, Error
from hec.api.schemas_listening import (
    CodesIn,
    ConsentIn,
    StoryDetailOut,
    StoryFilters,
    StoryHiddenOut,
    StoryIn,
    StoryOut,
    StoryPatch,
    WithdrawIn,
    WithdrawnOut,
)
from hec.api.schemas_suggestions import (
    CodingOut,
    ConfirmedCodeOut,
    RejectedOut,
    SuggestIn,
    SuggestionOut,
)
from hec.core.tenancy import ChapterAccess, ChapterRequest, require
from hec.listening.models import ChapterCode, ListeningSession, Story, StoryCode
from hec.listening.search import search_stories
from hec.listening.services import (
    StaleStory,
    consent_change,
    consent_withdraw,
    story_code,
    story_create,
    story_update,
    suggest_codes,
    suggestion_accept,
    suggestion_reject,
)
from hec.listening.visibility import can_read, chapter_stories, note_story_read
from hec.people.models import Person
from hec.relational.models import Meeting

router = Router(tags=["stories"])

STORIES = "/chapters/{chapter_slug}/stories"
STORY = "/chapters/{chapter_slug}/stories/{story_id}"


def stories(access: ChapterAccess) -> QuerySet[Story]:
    """The stories this member may read, with what the API shows, in a fixed number of
    queries."""
    return (
        chapter_stories(access)
        # fetched for the page, not joined (see hec.listening.views.stories.story_list)
        .prefetch_related("teller", "collector", "session", "meeting")
        .prefetch_related(Prefetch("codes", queryset=StoryCode.objects.order_by("kind", "code")))
    )


def confirmed_code(kind: str, code: str) -> Exists:
    return Exists(
        StoryCode.objects.filter(
            story=OuterRef("pk"), kind=kind, code=code, confirmed_at__isnull=False
        )
    )


def filter_stories(queryset: QuerySet[Story], filters: StoryFilters) -> QuerySet[Story]:
    if filters.category is not None:
        queryset = queryset.filter(confirmed_code(StoryCode.Kind.CATEGORY, filters.category))
    if filters.effect is not None:
        queryset = queryset.filter(confirmed_code(StoryCode.Kind.EFFECT, filters.effect))
    if filters.session_id is not None:
        queryset = queryset.filter(session__public_id=filters.session_id)
    for field in ("language", "consent"):
        value = getattr(filters, field)
        if value is not None:
            queryset = queryset.filter(**{field: value})
    if filters.from_ is not None:
        queryset = queryset.filter(told_on__gte=filters.from_)
    if filters.to is not None:
        queryset = queryset.filter(told_on__lte=filters.to)
    if filters.q:
        queryset = search_stories(queryset, filters.q)
    return queryset


def related(fields: dict) -> None:
    resolve_ids(
        fields,
        teller=Person.objects.all(),
        collector=Person.objects.all(),
        session=ListeningSession.objects.all(),
        meeting=Meeting.objects.all(),
    )


def readable(request: ChapterRequest, story_id: str) -> Story:
    return by_public_id(stories(request.chapter_access), story_id, "story")


def answer(request: ChapterRequest, story: Story, status: int = 200) -> Status:
    """The story as the caller may now see it; 202 without it when the write took it out of
    their sight (e.g. made private, collected by someone else)."""
    if not can_read(request.chapter_access, story):
        return Status(
            202,
            {
                "id": story.public_id,
                "detail": "Saved. Its consent level does not let you read it.",
            },
        )
    return Status(status, stories(request.chapter_access).get(pk=story.pk))


@router.get(STORIES, response={200: list[StoryOut], ERRORS: Error})
@paginate(Pagination)
@require("stories.view")
def list_stories(request: ChapterRequest, chapter_slug: str, filters: Query[StoryFilters]):
    """The chapter's stories you may read (consent decides: private ones only for their
    collector and the leaders), newest first. `q` searches the words of text and translation;
    `category`/`effect` match confirmed codes."""
    return filter_stories(stories(request.chapter_access), filters)


@router.post(STORIES, response={201: StoryOut, 202: StoryHiddenOut, ERRORS: Error})
@require("stories.create")
def create_story(request: ChapterRequest, chapter_slug: str, payload: StoryIn):
    """Record a story with the teller's consent level; you are the collector unless
    `collector_id` says otherwise. Answers 202 without the story when its consent level does
    not let you read it."""
    fields = plain(payload.dict())
    if fields["collector_id"] is None:
        fields["collector_id"] = getattr(request.chapter_access.person, "public_id", None)
    with api_field_names():
        related(fields)
        story = story_create(chapter=request.chapter, actor=request.user, **fields)
    return answer(request, story, 201)


@router.post(STORIES + "/suggest", response={200: CodingOut, ERRORS: Error})
@require("stories.create")
def suggest_for_text(request: ChapterRequest, chapter_slug: str, payload: SuggestIn):
    """What the engine suggests for words being typed (nothing is saved): categories with
    scores, downstream effects and the words behind each, taught by the codes this chapter
    confirmed. A language other than English or Spanish answers `coded: false`."""
    from hec.patterns.coding import code_text

    fields = plain(payload.dict())
    coding = code_text(fields["text"], fields["language"], request.chapter)
    return {
        "coded": coding.coded,
        "reason": coding.reason,
        "language": coding.lang,
        "categories": [_engine_out(s) for s in coding.categories],
        "effects": [_engine_out(s) for s in coding.effects],
        "examples": coding.examples,
    }


@router.get(STORY, response={200: StoryDetailOut, ERRORS: Error})
@require("stories.view")
def get_story(request: ChapterRequest, chapter_slug: str, story_id: str):
    """One story with its codes and consent history. Reading a private story is recorded in
    the chapter's audit log."""
    story = by_public_id(
        stories(request.chapter_access).prefetch_related("consent_changes"), story_id, "story"
    )
    note_story_read(request.chapter_access, story, request.user)
    return story


@router.patch(STORY, response={200: StoryOut, 202: StoryHiddenOut, 409: Error, ERRORS: Error})
@require("stories.edit")
def update_story(request: ChapterRequest, chapter_slug: str, story_id: str, payload: StoryPatch):
    """Change the fields given. Send the `version` you read: if someone saved the story
    since, nothing changes and the answer is 409 with the current version."""
    story = readable(request, story_id)
    fields = plain(payload.dict(exclude_unset=True))
    version = fields.pop("version")
    try:
        with api_field_names():
            related(fields)
            story = story_update(
                story=story, actor=request.user, expected_version=version, **fields
            )
    except StaleStory as stale:
        return Status(
            409,
            {
                "detail": str(stale),
                "errors": [
                    {
                        "loc": ["body", "version"],
                        "msg": "Someone else saved this story since you read it: read it "
                        "again and redo your change.",
                        "type": "stale",
                        "current_version": stale.current.version,
                    }
                ],
            },
        )
    return answer(request, story)


@router.post(STORY + "/consent", response={200: StoryOut, 202: StoryHiddenOut, ERRORS: Error})
@require("stories.consent.change")
def change_consent(request: ChapterRequest, chapter_slug: str, story_id: str, payload: ConsentIn):
    """The teller changed how widely the story may be shared. The change is kept in the
    story's consent history."""
    story = readable(request, story_id)
    fields = plain(payload.dict())
    with api_field_names():
        story = consent_change(
            story=story,
            actor=request.user,
            to_level=fields["level"],
            method=fields["method"],
            note=fields["note"],
        )
    return answer(request, story)


@router.post(STORY + "/withdraw", response={200: WithdrawnOut, ERRORS: Error})
@require("stories.consent.change")
def withdraw_consent(
    request: ChapterRequest, chapter_slug: str, story_id: str, payload: WithdrawIn
):
    """The teller took their consent back: from now on the story is hidden everywhere (this
    endpoint included: a second call answers 404)."""
    story = readable(request, story_id)
    story = consent_withdraw(story=story, actor=request.user, **plain(payload.dict()))
    return {"id": story.public_id, "withdrawn_at": story.withdrawn_at}


@router.put(STORY + "/codes", response={200: StoryOut, ERRORS: Error})
@require("stories.code")
def code_story(request: ChapterRequest, chapter_slug: str, story_id: str, payload: CodesIn):
    """Set the story's confirmed codes: categories, downstream effects and the chapter's own
    codes (by id). Codes left out are removed."""
    story = readable(request, story_id)
    fields = plain(payload.dict())
    wanted = list(dict.fromkeys(fields.pop("chapter_codes")))
    codes = list(ChapterCode.objects.filter(public_id__in=wanted))
    missing = sorted(set(wanted) - {c.public_id for c in codes})
    if missing:
        raise ValidationError({"chapter_codes": f"No such chapter code: {', '.join(missing)}."})
    story_code(story=story, actor=request.user, chapter_codes=codes, **fields)
    return stories(request.chapter_access).get(pk=story.pk)


# --- suggested codes ----------------------------------------------------------------------


def _engine_out(suggestion: Any) -> dict[str, Any]:
    return {
        "kind": suggestion.kind,
        "code": suggestion.code,
        "label": suggestion.label,
        "score": suggestion.score,
        "strength": suggestion.strength,
        "evidence": list(suggestion.evidence),
    }


def _code_out(code: StoryCode) -> dict[str, Any]:
    from hec.listening.views.suggestions import suggestion_label
    from hec.patterns.coding import strength

    out: dict[str, Any] = {
        "id": f"{code.kind}.{code.code}",
        "kind": code.kind,
        "code": code.code,
        "label": suggestion_label(code),
        "score": code.suggested_score,
        "strength": strength(code.suggested_score),
        "evidence": [str(e) for e in code.evidence or []],
    }
    if code.confirmed_at is not None:
        person = None
        if code.confirmed_by_id is not None:
            person = Person.objects.filter(user_id=code.confirmed_by_id).first()
        out["confirmed_at"] = code.confirmed_at
        out["confirmed_by_id"] = person.public_id if person else None
    return out


def _suggestion(request: ChapterRequest, story_id: str, code_id: str) -> StoryCode:
    story = readable(request, story_id)
    kind, _sep, code = (code_id or "").partition(".")
    found = StoryCode.objects.filter(story=story, kind=kind, code=code).select_related(
        "story", "chapter"
    )
    if kind not in StoryCode.Kind.values or not code or not found:
        raise Http404("No such suggestion.")
    return found[0]


@router.get(STORY + "/suggestions", response={200: list[SuggestionOut], ERRORS: Error})
@require("stories.view")
def list_suggestions(request: ChapterRequest, chapter_slug: str, story_id: str):
    """The engine's suggested codes for the story that nobody accepted or rejected yet,
    categories first, best first, each with the words that drove it. Suggestions are made
    when a story is saved (and again when its words change); a rejected one never returns."""
    story = readable(request, story_id)
    return [_code_out(c) for c in suggest_codes(story)]


@router.post(
    STORY + "/suggestions/{code_id}/accept", response={200: ConfirmedCodeOut, ERRORS: Error}
)
@require("stories.code")
def accept_suggestion(request: ChapterRequest, chapter_slug: str, story_id: str, code_id: str):
    """Accept a suggestion (`code_id` is its `id`, e.g. `category.housing_instability`): it
    becomes one of the story's confirmed codes, confirmed by you."""
    code = suggestion_accept(suggestion=_suggestion(request, story_id, code_id), actor=request.user)
    return _code_out(code)


@router.post(STORY + "/suggestions/{code_id}/reject", response={200: RejectedOut, ERRORS: Error})
@require("stories.code")
def reject_suggestion(request: ChapterRequest, chapter_slug: str, story_id: str, code_id: str):
    """Reject a suggestion: it is removed and not suggested again for this story."""
    code = _suggestion(request, story_id, code_id)
    suggestion_reject(suggestion=code, actor=request.user)
    return {
        "id": code_id,
        "rejected": True,
        "detail": "Rejected; it will not be suggested again for this story.",
    }
