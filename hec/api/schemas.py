"""Typed request and response bodies for the API (pydantic, through django-ninja).

Input is validated here, at the edge: lengths match the model columns, choices come from the
models' TextChoices, e-mails go through Django's validator. Objects are named by `public_id`
(exposed as `id`) and refer to each other by public id; row ids never appear.

No `from __future__ import annotations` here or in the routers: django-ninja reads the
annotations at import time and needs them as real objects.
"""

import datetime
import re
from typing import Annotated, Any, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator, validate_email
from ninja import Field, Schema
from pydantic import (
    AfterValidator,
    ConfigDict,
    ModelWrapValidatorHandler,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from hec.core.ids import ALPHABET, LENGTH
from hec.core.permissions import ChapterRole
from hec.people.models import (
    Discipline,
    Language,
    LeadershipStage,
    Organization,
    Partnership,
    PersonKind,
    ProgramLevel,
)

# Text never carries NUL (PostgreSQL refuses it) and is stripped of surrounding spaces.
NO_NUL = r"^[^\x00]*$"
PUBLIC_ID_PATTERN = rf"^[{ALPHABET}]{{{LENGTH}}}$"
PUBLIC_ID_RE = re.compile(PUBLIC_ID_PATTERN)


NOT_BLANK = r"^[^\x00]*[^\s\x00][^\x00]*$"  # ...and something besides spaces


def _text(max_length: int, min_length: int = 0) -> Any:
    return StringConstraints(
        strip_whitespace=True,
        min_length=min_length,
        max_length=max_length,
        pattern=NOT_BLANK if min_length else NO_NUL,
    )


def _email(value: str) -> str:
    if value:
        try:
            validate_email(value)
        except DjangoValidationError as exc:
            raise ValueError("Enter a valid e-mail address.") from exc
    return value.lower()


def _url(value: str) -> str:
    if value:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except DjangoValidationError as exc:
            raise ValueError("Enter a valid http(s) URL.") from exc
    return value


BLANK = {"type": "string", "const": ""}
PublicId = Annotated[str, StringConstraints(pattern=PUBLIC_ID_PATTERN)]
Name = Annotated[str, _text(200, min_length=1)]
ShortText = Annotated[str, _text(40)]
Text200 = Annotated[str, _text(200)]
City = Annotated[str, _text(120)]
LongText = Annotated[str, _text(5000)]
Email = Annotated[
    str,
    _text(254),
    AfterValidator(_email),
    WithJsonSchema(
        {"anyOf": [{"type": "string", "format": "email", "maxLength": 254}, {"const": ""}]}
    ),
]
Url = Annotated[
    str,
    _text(200),
    AfterValidator(_url),
    WithJsonSchema(
        {"anyOf": [{"type": "string", "format": "uri", "maxLength": 200}, {"const": ""}]}
    ),
]
GraduationYear = Annotated[int, Field(ge=1950, le=2100)]
# Dates are bounded so arithmetic and databases never overflow.
Date = Annotated[datetime.date, Field(ge=datetime.date(1900, 1, 1), le=datetime.date(2200, 1, 1))]
Blank = Literal[""]


def omitted(**constraints: Any) -> Any:
    """A PATCH field: may be left out of the body (then unchanged), but is never null."""
    return Field(None, **constraints)


# The error answers every operation documents (all with the Error body).
ERRORS = frozenset({400, 401, 403, 404, 409, 422})


class Input(Schema):
    """A request body: a JSON object with known fields only. (ninja's Schema would read
    attributes off anything, so `[]` or `12` would pass as an empty PATCH.)"""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="wrap")
    @classmethod
    def _run_root_validator(
        cls, values: Any, handler: ModelWrapValidatorHandler[Any], info: ValidationInfo
    ) -> Any:
        if not isinstance(values, dict):
            raise ValueError("Expected a JSON object.")
        return handler(values)


class Error(Schema):
    """Every 4xx answer: a human reason, and for validation errors the fields concerned."""

    detail: str
    errors: list[dict[str, Any]] = []


# --- chapters ---------------------------------------------------------------------------


class ChapterOut(Schema):
    id: str = Field(..., alias="public_id")
    slug: str
    name: str
    institution: str
    city: str
    status: str


# --- memberships ------------------------------------------------------------------------


class MembershipOut(Schema):
    id: str = Field(..., alias="public_id")
    person_id: str
    role: ChapterRole
    stage: LeadershipStage
    started_on: datetime.date
    ended_on: datetime.date | None
    active: bool = Field(..., alias="is_active")

    @staticmethod
    def resolve_person_id(obj: Any) -> str:
        return obj.person.public_id


class MembershipIn(Input):
    person_id: PublicId
    role: ChapterRole
    stage: LeadershipStage = LeadershipStage.NEWCOMER
    started_on: Date | None = None
    ended_on: Date | None = None


class MembershipPatch(Input):
    # Fields left out of the body are left alone; only ended_on may be set to null.
    role: ChapterRole = omitted()
    stage: LeadershipStage = omitted()
    started_on: Date = omitted()
    ended_on: Date | None = None


class MembershipFilters(Schema):
    role: ChapterRole | None = None
    person_id: PublicId | None = None
    active: bool | None = None


# --- people -----------------------------------------------------------------------------


class PersonOut(Schema):
    id: str = Field(..., alias="public_id")
    name: str
    pronouns: str
    email: str
    phone: str
    preferred_language: str
    languages_spoken: list[str]
    kind: str
    program_level: str
    discipline: str
    graduation_year: int | None
    home_community: str
    organization_id: str | None
    archived: bool = Field(..., alias="is_archived")
    memberships: list[MembershipOut]
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @staticmethod
    def resolve_organization_id(obj: Any) -> str | None:
        # obj.organization_id is the row id: never expose it.
        return obj.organization.public_id if obj.organization_id else None

    @staticmethod
    def resolve_memberships(obj: Any) -> list[Any]:
        return list(obj.memberships.all())  # prefetched by the list and detail queries


class PersonIn(Input):
    name: Name
    kind: PersonKind
    pronouns: ShortText = ""
    email: Email = ""
    phone: ShortText = ""
    preferred_language: Language = Language.EN
    languages_spoken: list[Language] = Field(default_factory=list, max_length=len(Language))
    program_level: ProgramLevel | Blank = ""
    discipline: Discipline | Blank = ""
    graduation_year: GraduationYear | None = None
    home_community: Text200 = ""
    organization_id: PublicId | None = None


class PersonPatch(Input):
    # Fields left out of the body are left alone. Only nullable columns accept null.
    name: Name = omitted()
    kind: PersonKind = omitted()
    pronouns: ShortText = omitted()
    email: Email = omitted()
    phone: ShortText = omitted()
    preferred_language: Language = omitted()
    languages_spoken: list[Language] = omitted(max_length=len(Language))
    program_level: ProgramLevel | Blank = omitted()
    discipline: Discipline | Blank = omitted()
    graduation_year: GraduationYear | None = None
    home_community: Text200 = omitted()
    organization_id: PublicId | None = None


class PeopleFilters(Schema):
    q: Annotated[str, _text(100)] | None = Field(None, description="Name, e-mail or phone.")
    discipline: Discipline | None = None
    program_level: ProgramLevel | None = None
    kind: PersonKind | None = None
    role: ChapterRole | None = Field(None, description="Holds this role now.")
    stage: LeadershipStage | None = Field(None, description="Current leadership stage.")
    archived: bool = Field(False, description="List archived people instead of current ones.")


# --- organizations and partnerships -----------------------------------------------------


class OrganizationOut(Schema):
    id: str = Field(..., alias="public_id")
    name: str
    kind: str
    city: str
    website: str


class PartnershipOut(Schema):
    id: str = Field(..., alias="public_id")
    status: Partnership.Status
    since: datetime.date | None
    notes: str
    organization: OrganizationOut


class PartnershipIn(Input):
    """Partner an existing organization (`organization_id`) or create one (`name`, `kind`)."""

    organization_id: PublicId | None = None
    name: Name | None = None
    kind: Organization.Kind | None = None
    city: City = ""
    website: Url = ""
    status: Partnership.Status = Partnership.Status.ACTIVE
    since: Date | None = None
    notes: LongText = ""


class PartnershipPatch(Input):
    status: Partnership.Status = omitted()
    since: Date | None = None
    notes: LongText = omitted()


class OrganizationFilters(Schema):
    status: Partnership.Status | None = None
    q: Annotated[str, _text(100)] | None = Field(None, description="Organization name.")
