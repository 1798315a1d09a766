"""One-to-ones: list (filtered, paginated), log, read, update.

Private notes are in the answer only for whom `visible_private_notes` allows (the schema's
resolver asks it for every meeting); everyone else gets `null`.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from hec.api.lookups import api_field_names, by_public_id, plain, resolve_ids
from hec.api.pagination import Pagination
from hec.api.schemas import ERRORS, Error
from hec.api.schemas_listening import MeetingFilters, MeetingIn, MeetingOut, MeetingPatch
from hec.core.tenancy import ChapterRequest, require
from hec.people.models import Person
from hec.relational.models import Meeting
from hec.relational.services import can_edit, follow_up_done, meeting_log, meeting_update

router = Router(tags=["one-to-ones"])

MEETINGS = "/chapters/{chapter_slug}/meetings"
MEETING = "/chapters/{chapter_slug}/meetings/{meeting_id}"


def meetings() -> QuerySet[Meeting]:
    return Meeting.objects.select_related("organizer", "counterpart")


def filter_meetings(queryset: QuerySet[Meeting], filters: MeetingFilters) -> QuerySet[Meeting]:
    if filters.organizer_id is not None:
        queryset = queryset.filter(organizer__public_id=filters.organizer_id)
    if filters.counterpart_id is not None:
        queryset = queryset.filter(counterpart__public_id=filters.counterpart_id)
    if filters.from_ is not None:
        queryset = queryset.filter(held_on__gte=filters.from_)
    if filters.to is not None:
        queryset = queryset.filter(held_on__lte=filters.to)
    return queryset


@router.get(MEETINGS, response={200: list[MeetingOut], ERRORS: Error})
@paginate(Pagination)
@require("meetings.view")
def list_meetings(request: ChapterRequest, chapter_slug: str, filters: Query[MeetingFilters]):
    """The chapter's one-to-ones, newest first. `from`/`to` bound the date (inclusive)."""
    return filter_meetings(meetings(), filters)


@router.post(MEETINGS, response={201: MeetingOut, ERRORS: Error})
@require("meetings.log")
def log_meeting(request: ChapterRequest, chapter_slug: str, payload: MeetingIn):
    """Log a one-to-one (you are the organizer unless `organizer_id` says otherwise). A
    `story` told in it is recorded with the counterpart as teller, all in one transaction."""
    fields = plain(payload.dict())
    if fields["organizer_id"] is None:
        fields["organizer_id"] = getattr(request.chapter_access.person, "public_id", None)
    if fields["held_on"] is None:
        fields["held_on"] = timezone.localdate()
    with api_field_names():
        resolve_ids(fields, organizer=Person.objects.all(), counterpart=Person.objects.all())
        meeting = meeting_log(chapter=request.chapter, actor=request.user, **fields)
    return Status(201, meetings().get(pk=meeting.pk))


@router.get(MEETING, response={200: MeetingOut, ERRORS: Error})
@require("meetings.view")
def get_meeting(request: ChapterRequest, chapter_slug: str, meeting_id: str):
    return by_public_id(meetings(), meeting_id, "one-to-one")


@router.patch(MEETING, response={200: MeetingOut, ERRORS: Error})
@require("meetings.log")
def update_meeting(
    request: ChapterRequest, chapter_slug: str, meeting_id: str, payload: MeetingPatch
):
    """Change the fields given. Only who held the one-to-one and the chapter's leaders may
    (an edit shows the private notes). `follow_up_done` marks the follow-up done or open."""
    meeting = by_public_id(meetings(), meeting_id, "one-to-one")
    if not can_edit(request.chapter_access, meeting):
        raise PermissionDenied(
            "Only who held this one-to-one and the chapter's leaders may edit it."
        )
    fields = plain(payload.dict(exclude_unset=True))
    done = fields.pop("follow_up_done", None)
    with api_field_names(), transaction.atomic():
        resolve_ids(fields, counterpart=Person.objects.all())
        if fields:
            meeting_update(meeting=meeting, actor=request.user, **fields)
        if done is not None:
            follow_up_done(meeting=meeting, actor=request.user, done=done)
    return meetings().get(pk=meeting.pk)
