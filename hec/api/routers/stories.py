"""Stories: every read goes through `hec.listening.visibility`, every write through
`hec.listening.services`. A story the caller may not read answers 404, like a missing one.

Other chapters' stories are only in /network-stories, anonymized (see `network.py`).
"""

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
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
        .select_related("teller", "collector", "session", "meeting")
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
