"""Request and response bodies for suggested codes (the pattern engine, taught by the chapter).

No `from __future__ import annotations` (django-ninja reads the annotations at import time).
"""

from typing import Any

from ninja import Field, Schema

from hec.api.schemas import Input
from hec.api.schemas_listening import StoryText
from hec.people.models import Language


class SuggestedCodeOut(Schema):
    """A code the engine suggests, with the words of the story behind it."""

    kind: str = Field(..., description="`category` or `effect` (downstream health effect).")
    code: str
    label: str
    score: float | None = Field(None, description="0..1; higher is surer.")
    strength: str = Field(..., description="The score in words: strong, likely or possible.")
    evidence: list[str] = Field(..., description="The story's words that drove it.")


class SuggestionOut(SuggestedCodeOut):
    """A suggestion stored on a story, waiting for someone to accept or reject it."""

    id: str = Field(..., description="`kind.code`: the suggestion's id in its URLs.")


class ConfirmedCodeOut(SuggestionOut):
    confirmed_at: Any = None
    confirmed_by_id: str | None = Field(
        None, description="The chapter person who confirmed it (null: unknown or removed)."
    )


class RejectedOut(Schema):
    id: str
    rejected: bool = True
    detail: str


class SuggestIn(Input):
    """Words being typed: what would the engine suggest?"""

    text: StoryText
    language: Language = Language.EN


class CodingOut(Schema):
    coded: bool = Field(..., description="False: not coded (see `reason`).")
    reason: str = Field(
        ...,
        description="Why not coded: `unsupported_language` (only English and Spanish are "
        "coded) or `no_evidence`; empty when coded.",
    )
    language: str | None = Field(None, description="The language the engine read.")
    categories: list[SuggestedCodeOut]
    effects: list[SuggestedCodeOut]
    examples: int = Field(..., description="Confirmed stories of the chapter that taught it.")
