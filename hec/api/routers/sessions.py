"""Listening sessions (house meetings) and their attendance."""

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import HttpResponse
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from hec.api.lookups import api_field_names, by_public_id, plain, resolve_ids
from hec.api.pagination import Pagination
from hec.api.schemas import ERRORS, Error
from hec.api.schemas_listening import (
    AttendeeIn,
    SessionFilters,
    SessionIn,
    SessionOut,
    SessionPatch,
)
from hec.core.tenancy import ChapterRequest, require
from hec.listening.models import Attendance, ListeningSession
from hec.listening.services import (
    attendance_add,
    attendance_remove,
    session_create,
    session_update,
)
from hec.people.models import Organization, Partnership, Person

router = Router(tags=["listening sessions"])

SESSIONS = "/chapters/{chapter_slug}/sessions"
SESSION = "/chapters/{chapter_slug}/sessions/{session_id}"
ATTENDEES = SESSION + "/attendees"


def sessions() -> QuerySet[ListeningSession]:
    return ListeningSession.objects.select_related("host", "organization").prefetch_related(
        Prefetch(
            "attendances",
            # only what `attendee_ids` reads: a page of 50 sessions has hundreds of attendees
            queryset=Attendance.objects.select_related("person")
            .only("session_id", "person__public_id")
            .order_by("person__name"),
        )
    )


def filter_sessions(
    queryset: QuerySet[ListeningSession], filters: SessionFilters
) -> QuerySet[ListeningSession]:
    if filters.from_ is not None:
        queryset = queryset.filter(held_on__gte=filters.from_)
    if filters.to is not None:
        queryset = queryset.filter(held_on__lte=filters.to)
    return queryset


def related(fields: dict) -> None:
    """Public ids in the body to this chapter's host and partner organization (one the
    chapter has a partnership with: organizations themselves are shared by all chapters)."""
    partners = Organization.objects.filter(
        Exists(Partnership.objects.filter(organization=OuterRef("pk")))
    )
    resolve_ids(fields, host=Person.objects.all(), organization=partners)


@router.get(SESSIONS, response={200: list[SessionOut], ERRORS: Error})
@paginate(Pagination)
@require("sessions.view")
def list_sessions(request: ChapterRequest, chapter_slug: str, filters: Query[SessionFilters]):
    """The chapter's listening sessions, newest first, with their attendees."""
    return filter_sessions(sessions(), filters)


@router.post(SESSIONS, response={201: SessionOut, ERRORS: Error})
@require("sessions.manage")
def create_session(request: ChapterRequest, chapter_slug: str, payload: SessionIn):
    """Record a session; you are its host unless `host_id` says otherwise."""
    fields = plain(payload.dict())
    if fields["host_id"] is None:
        fields["host_id"] = getattr(request.chapter_access.person, "public_id", None)
    if fields["held_on"] is None:
        del fields["held_on"]  # the model's default: today
    with api_field_names():
        related(fields)
        session = session_create(chapter=request.chapter, actor=request.user, **fields)
    return Status(201, sessions().get(pk=session.pk))


@router.get(SESSION, response={200: SessionOut, ERRORS: Error})
@require("sessions.view")
def get_session(request: ChapterRequest, chapter_slug: str, session_id: str):
    return by_public_id(sessions(), session_id, "listening session")


@router.patch(SESSION, response={200: SessionOut, ERRORS: Error})
@require("sessions.manage")
def update_session(
    request: ChapterRequest, chapter_slug: str, session_id: str, payload: SessionPatch
):
    """Change the fields given; the others stay as they are."""
    session = by_public_id(sessions(), session_id, "listening session")
    fields = plain(payload.dict(exclude_unset=True))
    with api_field_names():
        related(fields)
        session_update(session=session, actor=request.user, **fields)
    return sessions().get(pk=session.pk)


@router.post(ATTENDEES, response={201: SessionOut, ERRORS: Error})
@require("sessions.manage")
def add_attendee(request: ChapterRequest, chapter_slug: str, session_id: str, payload: AttendeeIn):
    """Mark a person of the chapter present. Adding someone twice is refused (422)."""
    session = by_public_id(sessions(), session_id, "listening session")
    fields = plain(payload.dict())
    with api_field_names():
        resolve_ids(fields, person=Person.objects.all())
        attendance_add(session=session, person=fields["person"], actor=request.user)
    return Status(201, sessions().get(pk=session.pk))


@router.delete(ATTENDEES + "/{person_id}", response={204: None, ERRORS: Error})
@require("sessions.manage")
def remove_attendee(request: ChapterRequest, chapter_slug: str, session_id: str, person_id: str):
    """Take a person off the attendance (404 if they were not on it)."""
    session = by_public_id(sessions(), session_id, "listening session")
    person = by_public_id(Person.objects.all(), person_id, "person")
    if not Attendance.objects.filter(session=session, person=person).exists():
        return Status(404, {"detail": "This person is not on the attendance.", "errors": []})
    attendance_remove(session=session, person=person, actor=request.user)
    return HttpResponse(status=204)
