"""Shared priorities: candidate issues with the themes and stories behind them, assemblies
with their results, and dot voting as the token's user.

Stories behind an issue go through `hec.listening.visibility` (via `hec.priorities.queries`):
the answer lists only stories the caller may read, and quotes only those that are not private.
"""

import datetime
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from ninja import Field, Router, Schema
from ninja.pagination import paginate
from pydantic import StrictInt, WithJsonSchema

from hec.api.lookups import by_public_id
from hec.api.pagination import Pagination
from hec.api.schemas import ERRORS, Error, Input, PublicId
from hec.core.tenancy import ChapterRequest, require
from hec.priorities import queries, services
from hec.priorities.models import MAX_DOTS_PER_VOTER, Assembly, CandidateIssue

# Inline enums: the models' nested ``Status`` classes share one name, and as schema components
# they would overwrite each other (and people's partnership ``Status``) in the OpenAPI schema.
CandidateStatus = Annotated[
    CandidateIssue.Status,
    WithJsonSchema({"type": "string", "enum": list(CandidateIssue.Status.values)}),
]
AssemblyStatus = Annotated[
    Assembly.Status, WithJsonSchema({"type": "string", "enum": list(Assembly.Status.values)})
]

router = Router(tags=["priorities"])

PRIORITIES = "/chapters/{chapter_slug}/priorities"
ASSEMBLIES = "/chapters/{chapter_slug}/assemblies"
ASSEMBLY = "/chapters/{chapter_slug}/assemblies/{assembly_id}"


class StoryBehindOut(Schema):
    id: str
    quote: str = Field(..., description="Empty for a private story: read it by its id.")
    private: bool
    language: str


class CandidateOut(Schema):
    id: str
    title: str
    description: str
    status: CandidateStatus
    theme_ids: list[str]
    stories: list[StoryBehindOut] = Field(
        ..., description="The stories behind it that you may read."
    )
    stories_hidden: int = Field(..., description="Stories behind it that you may not read.")
    chosen_in: str | None
    chosen_at: datetime.datetime | None
    created_at: datetime.datetime


class ResultOut(Schema):
    candidate_id: str
    title: str
    online: int
    tallied: int
    total: int


class AssemblyOut(Schema):
    id: str
    title: str
    held_on: datetime.date
    status: AssemblyStatus
    dots_per_voter: int
    closed_at: datetime.datetime | None
    candidate_ids: list[str]
    chosen_ids: list[str]
    results: list[ResultOut]
    voters: int
    my_dots: dict[str, int] = Field(..., description="Your dots, by candidate id.")


class AssemblySummaryOut(Schema):
    id: str
    title: str
    held_on: datetime.date
    status: AssemblyStatus
    dots_per_voter: int


Dots = Annotated[StrictInt, Field(ge=0, le=MAX_DOTS_PER_VOTER)]


class DotsIn(Input):
    dots: dict[PublicId, Dots] = Field(
        ...,
        description="Your whole allocation: {candidate id: dots}. It replaces your earlier "
        "one; candidates left out get none.",
        max_length=200,
    )


def candidate_out(issue: CandidateIssue, behind: queries.Behind) -> dict[str, Any]:
    return {
        "id": issue.public_id,
        "title": issue.title,
        "description": issue.description,
        "status": issue.status,
        "theme_ids": [t.public_id for t in behind.themes],
        "stories": [
            {
                "id": s.public_id,
                "quote": s.quote,
                "private": s.private,
                "language": s.language,
            }
            for s in behind.stories
        ],
        "stories_hidden": behind.hidden,
        "chosen_in": issue.chosen_in.public_id if issue.chosen_in else None,
        "chosen_at": issue.chosen_at,
        "created_at": issue.created_at,
    }


def assembly_out(request: ChapterRequest, assembly: Assembly) -> dict[str, Any]:
    board = services.results(assembly)
    return {
        "id": assembly.public_id,
        "title": assembly.title,
        "held_on": assembly.held_on,
        "status": assembly.status,
        "dots_per_voter": assembly.dots_per_voter,
        "closed_at": assembly.closed_at,
        "candidate_ids": sorted(r.candidate.public_id for r in board.rows),
        "chosen_ids": sorted(assembly.chosen_issues.values_list("public_id", flat=True)),
        "results": [
            {
                "candidate_id": r.candidate.public_id,
                "title": r.candidate.title,
                "online": r.online,
                "tallied": r.tallied,
                "total": r.total,
            }
            for r in board.rows
        ],
        "voters": board.voters,
        "my_dots": services.dots_of(assembly, request.user),
    }


@router.get(PRIORITIES, response={200: list[CandidateOut], ERRORS: Error})
@paginate(Pagination)
@require("priorities.view")
def list_priorities(request: ChapterRequest, chapter_slug: str):
    """The chapter's candidate issues and chosen priorities (chosen first), with their theme
    ids and the stories behind them that you may read."""
    items = list(queries.issues().order_by("status", "-chosen_at", "title", "id"))
    behind = queries.behind(request.chapter_access, items)
    return [candidate_out(issue, behind[issue.pk]) for issue in items]


@router.get(ASSEMBLIES, response={200: list[AssemblySummaryOut], ERRORS: Error})
@paginate(Pagination)
@require("priorities.view")
def list_assemblies(request: ChapterRequest, chapter_slug: str):
    """The chapter's priority assemblies, newest first."""
    return [
        {
            "id": a.public_id,
            "title": a.title,
            "held_on": a.held_on,
            "status": a.status,
            "dots_per_voter": a.dots_per_voter,
        }
        for a in Assembly.objects.order_by("-held_on", "-id")
    ]


@router.get(ASSEMBLY, response={200: AssemblyOut, ERRORS: Error})
@require("priorities.view")
def get_assembly(request: ChapterRequest, chapter_slug: str, assembly_id: str):
    """One assembly with its results: dots given online, dots counted in the room, totals."""
    assembly = by_public_id(Assembly.objects.all(), assembly_id, "assembly")
    return assembly_out(request, assembly)


@router.post(ASSEMBLY + "/dots", response={200: AssemblyOut, ERRORS: Error})
@require("priorities.vote")
def cast_dots(request: ChapterRequest, chapter_slug: str, assembly_id: str, payload: DotsIn):
    """Cast your dots (as the token's user). The allocation replaces your earlier one; its
    total may not exceed the assembly's dots per voter; a closed assembly refuses (422)."""
    assembly = by_public_id(Assembly.objects.all(), assembly_id, "assembly")
    try:
        services.cast_dots(assembly=assembly, voter=request.user, allocation=payload.dots)
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            raise ValidationError(
                {
                    field if field in ("dots", "voter") else f"dots.{field}": messages
                    for field, messages in exc.error_dict.items()
                }
            ) from None
        raise
    return assembly_out(request, Assembly.objects.get(pk=assembly.pk))
