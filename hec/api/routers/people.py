"""People of a chapter: list (filtered, paginated), create, read, update, archive."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from hec.api.lookups import by_public_id, plain
from hec.api.pagination import Pagination
from hec.api.schemas import ERRORS, Error, PeopleFilters, PersonIn, PersonOut, PersonPatch
from hec.core.tenancy import ChapterRequest, require
from hec.people.models import Membership, Organization, Person
from hec.people.services import person_archive, person_create, person_update

router = Router(tags=["people"])

PEOPLE = "/chapters/{chapter_slug}/people"
PERSON = "/chapters/{chapter_slug}/people/{person_id}"


def people() -> QuerySet[Person]:
    """People with what the API shows about them, in a fixed number of queries."""
    return Person.objects.select_related("organization").prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.order_by("-started_on", "id"))
    )


def active_memberships() -> QuerySet[Membership]:
    today = timezone.localdate()
    return Membership.objects.filter(person=OuterRef("pk"), started_on__lte=today).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=today)
    )


def filter_people(queryset: QuerySet[Person], filters: PeopleFilters) -> QuerySet[Person]:
    queryset = queryset.filter(archived_at__isnull=not filters.archived)
    if filters.q:
        queryset = queryset.filter(
            Q(name__icontains=filters.q)
            | Q(email__icontains=filters.q)
            | Q(phone__icontains=filters.q)
        )
    for field in ("discipline", "program_level", "kind"):
        value = getattr(filters, field)
        if value is not None:
            queryset = queryset.filter(**{field: value})
    if filters.role is not None:
        queryset = queryset.filter(Exists(active_memberships().filter(role=filters.role)))
    if filters.stage is not None:
        queryset = queryset.filter(Exists(active_memberships().filter(stage=filters.stage)))
    return queryset


def organization_field(fields: dict[str, Any]) -> None:
    """Replace `organization_id` (a public id) with the organization, in place."""
    if "organization_id" not in fields:
        return
    public_id = fields.pop("organization_id")
    if public_id is None:
        fields["organization"] = None
        return
    organization = Organization.objects.filter(public_id=public_id).first()
    if organization is None:
        raise ValidationError({"organization_id": "No such organization."})
    fields["organization"] = organization


@router.get(PEOPLE, response={200: list[PersonOut], ERRORS: Error})
@paginate(Pagination)
@require("people.view")
def list_people(request: ChapterRequest, chapter_slug: str, filters: Query[PeopleFilters]):
    """The chapter's people, by name. Archived people only with `archived=true`."""
    return filter_people(people(), filters)


@router.post(PEOPLE, response={201: PersonOut, ERRORS: Error})
@require("people.create")
def create_person(request: ChapterRequest, chapter_slug: str, payload: PersonIn):
    fields = plain(payload.dict())
    organization_field(fields)
    person = person_create(chapter=request.chapter, actor=request.user, **fields)
    return Status(201, people().get(pk=person.pk))


@router.get(PERSON, response={200: PersonOut, ERRORS: Error})
@require("people.view")
def get_person(request: ChapterRequest, chapter_slug: str, person_id: str):
    return by_public_id(people(), person_id, "person")


@router.patch(PERSON, response={200: PersonOut, ERRORS: Error})
@require("people.edit")
def update_person(request: ChapterRequest, chapter_slug: str, person_id: str, payload: PersonPatch):
    """Change the fields given in the body; the others stay as they are."""
    person = by_public_id(people(), person_id, "person")
    fields = plain(payload.dict(exclude_unset=True))
    organization_field(fields)
    person_update(person=person, actor=request.user, **fields)
    return people().get(pk=person.pk)


@router.post(PERSON + "/archive", response={200: PersonOut, ERRORS: Error})
@require("people.archive")
def archive_person(request: ChapterRequest, chapter_slug: str, person_id: str):
    """Archive (never delete): the person leaves the lists, their history stays."""
    person = by_public_id(people(), person_id, "person")
    person_archive(person=person, actor=request.user)
    return people().get(pk=person.pk)
