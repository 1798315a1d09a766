"""The chapter's partner organizations, with the partnership (status, since, notes)."""

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from hec.api.lookups import by_public_id, plain
from hec.api.pagination import Pagination
from hec.api.schemas import (
    ERRORS,
    Error,
    OrganizationFilters,
    PartnershipIn,
    PartnershipOut,
    PartnershipPatch,
)
from hec.core.tenancy import ChapterRequest, require
from hec.people.models import Organization, Partnership
from hec.people.services import partnership_create, partnership_update

router = Router(tags=["organizations"])


def partnerships() -> QuerySet[Partnership]:
    return Partnership.objects.select_related("organization")


@router.get(
    "/chapters/{chapter_slug}/organizations", response={200: list[PartnershipOut], ERRORS: Error}
)
@paginate(Pagination)
@require("organizations.view")
def list_organizations(
    request: ChapterRequest, chapter_slug: str, filters: Query[OrganizationFilters]
):
    """The chapter's partnerships, by organization name."""
    queryset = partnerships()
    if filters.status is not None:
        queryset = queryset.filter(status=filters.status)
    if filters.q:
        queryset = queryset.filter(organization__name__icontains=filters.q)
    return queryset


@router.post(
    "/chapters/{chapter_slug}/organizations", response={201: PartnershipOut, ERRORS: Error}
)
@require("organizations.edit")
def create_partnership(request: ChapterRequest, chapter_slug: str, payload: PartnershipIn):
    """Partner an existing organization (`organization_id`, e.g. one another chapter works
    with) or create a new one (`name`, `kind`, `city`, `website`)."""
    fields = plain(payload.dict())
    organization_id = fields.pop("organization_id")
    new_org = {k: fields.pop(k) for k in ("name", "kind", "city", "website")}
    if organization_id is not None:
        if new_org["name"] or new_org["kind"]:
            raise ValidationError(
                {"organization_id": "Give organization_id or name and kind, not both."}
            )
        organization = Organization.objects.filter(public_id=organization_id).first()
        if organization is None:
            raise ValidationError({"organization_id": "No such organization."})
        fields["organization"] = organization
    else:
        missing = {k: "This field is required." for k in ("name", "kind") if not new_org[k]}
        if missing:
            raise ValidationError(missing)
        fields.update(new_org)
    partnership = partnership_create(chapter=request.chapter, actor=request.user, **fields)
    return Status(201, partnerships().get(pk=partnership.pk))


@router.patch(
    "/chapters/{chapter_slug}/partnerships/{partnership_id}",
    response={200: PartnershipOut, ERRORS: Error},
)
@require("organizations.edit")
def update_partnership(
    request: ChapterRequest, chapter_slug: str, partnership_id: str, payload: PartnershipPatch
):
    """Change a partnership's status, start date or notes."""
    partnership = by_public_id(partnerships(), partnership_id, "partnership")
    partnership_update(
        partnership=partnership, actor=request.user, **plain(payload.dict(exclude_unset=True))
    )
    return partnerships().get(pk=partnership.pk)
