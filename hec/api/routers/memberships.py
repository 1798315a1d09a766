"""Memberships: who holds which role in the chapter, since when, at which leadership stage."""

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils import timezone
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from hec.api.lookups import by_public_id, plain
from hec.api.pagination import Pagination
from hec.api.schemas import (
    ERRORS,
    Error,
    MembershipFilters,
    MembershipIn,
    MembershipOut,
    MembershipPatch,
)
from hec.core.tenancy import ChapterRequest, require
from hec.people.models import Membership, Person
from hec.people.services import membership_create, membership_update

router = Router(tags=["memberships"])

MEMBERSHIPS = "/chapters/{chapter_slug}/memberships"


def memberships() -> QuerySet[Membership]:
    return Membership.objects.select_related("person")


def filter_memberships(
    queryset: QuerySet[Membership], filters: MembershipFilters
) -> QuerySet[Membership]:
    if filters.role is not None:
        queryset = queryset.filter(role=filters.role)
    if filters.person_id is not None:
        queryset = queryset.filter(person__public_id=filters.person_id)
    if filters.active is not None:
        today = timezone.localdate()
        active = Q(started_on__lte=today) & (Q(ended_on__isnull=True) | Q(ended_on__gte=today))
        queryset = queryset.filter(active) if filters.active else queryset.exclude(active)
    return queryset


@router.get(MEMBERSHIPS, response={200: list[MembershipOut], ERRORS: Error})
@paginate(Pagination)
@require("people.view")
def list_memberships(request: ChapterRequest, chapter_slug: str, filters: Query[MembershipFilters]):
    """Memberships, newest first."""
    return filter_memberships(memberships(), filters)


@router.post(MEMBERSHIPS, response={201: MembershipOut, ERRORS: Error})
@require("memberships.manage")
def create_membership(request: ChapterRequest, chapter_slug: str, payload: MembershipIn):
    """Give a person of the chapter a role (a person linked to a login gains its access)."""
    fields = plain(payload.dict())
    person = Person.objects.filter(public_id=fields.pop("person_id")).first()
    if person is None:
        raise ValidationError({"person_id": "No such person in this chapter."})
    membership = membership_create(person=person, actor=request.user, **fields)
    return Status(201, memberships().get(pk=membership.pk))


@router.patch(MEMBERSHIPS + "/{membership_id}", response={200: MembershipOut, ERRORS: Error})
@require("memberships.manage")
def update_membership(
    request: ChapterRequest, chapter_slug: str, membership_id: str, payload: MembershipPatch
):
    """Change role, stage or dates; set `ended_on` to end the membership."""
    membership = by_public_id(memberships(), membership_id, "membership")
    membership_update(
        membership=membership, actor=request.user, **plain(payload.dict(exclude_unset=True))
    )
    return memberships().get(pk=membership.pk)
