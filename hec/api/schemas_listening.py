"""Request and response bodies for one-to-ones, listening sessions and stories.

Stories are always read through `hec.listening.visibility`; these schemas only shape what the
routers hand them. `NetworkStoryOut` (other chapters' stories) has no teller, descriptor,
collector or session field at all: nothing identifying can leak through it by mistake.

No `from __future__ import annotations` (django-ninja reads the annotations at import time).
"""

import datetime
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import AfterValidator, WithJsonSchema

from hec.api.schemas import Date, Input, LongText, Name, PublicId, Text200, _text, omitted
from hec.listening.models import Consent, ConsentMethod
from hec.patterns.engine import CATEGORY_BY_ID, DOWNSTREAM
from hec.people.models import Language
from hec.relational.models import Meeting


def _one_of(choices: Any, what: str) -> Any:
    def check(value: str) -> str:
        if value not in choices:
            raise ValueError(f"Unknown {what}.")
        return value

    return AfterValidator(check)


CategoryId = Annotated[
    str,
    _one_of(CATEGORY_BY_ID, "category"),
    WithJsonSchema({"type": "string", "enum": sorted(CATEGORY_BY_ID)}),
]
EffectId = Annotated[
    str,
    _one_of(DOWNSTREAM, "downstream effect"),
    WithJsonSchema({"type": "string", "enum": sorted(DOWNSTREAM)}),
]
StoryText = Annotated[str, _text(20000, min_length=1)]
Translation = Annotated[str, _text(20000)]
Note = Annotated[str, _text(300)]
Minutes = Annotated[int, Field(ge=1, le=600)]
Version = Annotated[int, Field(ge=1, le=2**31 - 1)]


def _pid(obj: Any, attr: str) -> str | None:
    """The public id of a related object (never the row id), or None."""
    if getattr(obj, f"{attr}_id", None) is None:
        return None
    return str(getattr(obj, attr).public_id)


# --- one-to-ones ------------------------------------------------------------------------


class MeetingOut(Schema):
    id: str = Field(..., alias="public_id")
    organizer_id: str
    counterpart_id: str
    held_on: datetime.date
    medium: Meeting.Medium
    length_minutes: int
    interests: str
    pressures: str
    follow_up: str
    follow_up_due: datetime.date | None
    follow_up_done: bool
    private_notes: str | None = Field(
        None,
        description="Only for the member who held the one-to-one and the chapter's leaders; "
        "null for everyone else.",
    )
    created_at: datetime.datetime

    @staticmethod
    def resolve_organizer_id(obj: Any) -> str | None:
        return _pid(obj, "organizer")

    @staticmethod
    def resolve_counterpart_id(obj: Any) -> str | None:
        return _pid(obj, "counterpart")

    @staticmethod
    def resolve_follow_up_done(obj: Any) -> bool:
        return obj.follow_up_done_at is not None

    @staticmethod
    def resolve_private_notes(obj: Any, context: Any) -> str | None:
        from hec.listening.visibility import visible_private_notes

        request = (context or {}).get("request")
        access = getattr(request, "chapter_access", None)
        if access is None or not visible_private_notes(access, obj):
            return None
        return str(obj.private_notes)


class MeetingStoryIn(Input):
    """A story told in the one-to-one: the counterpart is its teller, the organizer collected it."""

    text: StoryText
    consent: Consent
    consent_method: ConsentMethod = ConsentMethod.VERBAL
    language: Language = Language.EN


class MeetingIn(Input):
    counterpart_id: PublicId
    organizer_id: PublicId | None = Field(
        None, description="Who met; defaults to you (your person in the chapter)."
    )
    held_on: Date | None = Field(None, description="Defaults to today.")
    medium: Meeting.Medium = Meeting.Medium.IN_PERSON
    length_minutes: Minutes = 30
    interests: LongText = ""
    pressures: LongText = ""
    follow_up: Note = ""
    follow_up_due: Date | None = None
    private_notes: LongText = ""
    story: MeetingStoryIn | None = None


class MeetingPatch(Input):
    counterpart_id: PublicId = omitted()
    held_on: Date = omitted()
    medium: Meeting.Medium = omitted()
    length_minutes: Minutes = omitted()
    interests: LongText = omitted()
    pressures: LongText = omitted()
    follow_up: Note = omitted()
    follow_up_due: Date | None = None
    follow_up_done: bool = omitted()
    private_notes: LongText = omitted()


class MeetingFilters(Schema):
    organizer_id: PublicId | None = None
    counterpart_id: PublicId | None = None
    from_: Date | None = Field(None, alias="from", description="Held on or after.")
    to: Date | None = Field(None, description="Held on or before.")


# --- listening sessions -----------------------------------------------------------------


class SessionOut(Schema):
    id: str = Field(..., alias="public_id")
    title: str
    host_id: str
    organization_id: str | None
    held_on: datetime.date
    place: str
    language: str
    notes: str
    attendee_ids: list[str]

    @staticmethod
    def resolve_host_id(obj: Any) -> str | None:
        return _pid(obj, "host")

    @staticmethod
    def resolve_organization_id(obj: Any) -> str | None:
        return _pid(obj, "organization")

    @staticmethod
    def resolve_attendee_ids(obj: Any) -> list[str]:
        # prefetched by the list and detail queries
        return [a.person.public_id for a in obj.attendances.all()]


class SessionIn(Input):
    title: Name
    host_id: PublicId | None = Field(None, description="Defaults to you.")
    organization_id: PublicId | None = None
    held_on: Date | None = Field(None, description="Defaults to today.")
    place: Text200 = ""
    language: Language = Language.EN
    notes: LongText = ""


class SessionPatch(Input):
    title: Name = omitted()
    host_id: PublicId = omitted()
    organization_id: PublicId | None = None
    held_on: Date = omitted()
    place: Text200 = omitted()
    language: Language = omitted()
    notes: LongText = omitted()


class AttendeeIn(Input):
    person_id: PublicId


class SessionFilters(Schema):
    from_: Date | None = Field(None, alias="from", description="Held on or after.")
    to: Date | None = Field(None, description="Held on or before.")


# --- stories ----------------------------------------------------------------------------


class StoryCodeOut(Schema):
    kind: str
    code: str
    confirmed: bool

    @staticmethod
    def resolve_confirmed(obj: Any) -> bool:
        return obj.confirmed_at is not None


class ConsentChangeOut(Schema):
    from_level: str
    to_level: str
    method: str
    note: str
    changed_at: datetime.datetime


class StoryOut(Schema):
    id: str = Field(..., alias="public_id")
    text: str
    language: str
    translation: str
    translation_language: str
    teller_id: str | None
    teller_name: str | None
    teller_descriptor: str
    collector_id: str
    session_id: str | None
    meeting_id: str | None
    consent: Consent
    consent_method: ConsentMethod
    consent_given_on: datetime.date
    told_on: datetime.date
    version: int = Field(..., description="Send it back with PATCH (optimistic locking).")
    codes: list[StoryCodeOut]
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @staticmethod
    def resolve_teller_id(obj: Any) -> str | None:
        return _pid(obj, "teller")

    @staticmethod
    def resolve_teller_name(obj: Any) -> str | None:
        return obj.teller.name if obj.teller_id else None

    @staticmethod
    def resolve_collector_id(obj: Any) -> str | None:
        return _pid(obj, "collector")

    @staticmethod
    def resolve_session_id(obj: Any) -> str | None:
        return _pid(obj, "session")

    @staticmethod
    def resolve_meeting_id(obj: Any) -> str | None:
        return _pid(obj, "meeting")

    @staticmethod
    def resolve_codes(obj: Any) -> list[Any]:
        return list(obj.codes.all())  # prefetched


class StoryDetailOut(StoryOut):
    consent_history: list[ConsentChangeOut]

    @staticmethod
    def resolve_consent_history(obj: Any) -> list[Any]:
        return list(obj.consent_changes.all())


class StoryHiddenOut(Schema):
    """A write that left the story out of your sight (e.g. private, collected by someone else)."""

    id: str
    detail: str


class WithdrawnOut(Schema):
    id: str
    withdrawn_at: datetime.datetime


class StoryIn(Input):
    text: StoryText
    consent: Consent
    consent_method: ConsentMethod = ConsentMethod.VERBAL
    language: Language = Language.EN
    translation: Translation = ""
    translation_language: Language | Annotated[str, Field(max_length=0)] = ""
    teller_id: PublicId | None = None
    teller_descriptor: Text200 = ""
    collector_id: PublicId | None = Field(None, description="Defaults to you.")
    session_id: PublicId | None = None
    meeting_id: PublicId | None = None
    told_on: Date | None = Field(None, description="Defaults to today.")


class StoryPatch(Input):
    version: Version = Field(..., description="The `version` you read; a stale one gets 409.")
    text: StoryText = omitted()
    language: Language = omitted()
    translation: Translation = omitted()
    translation_language: Language | Annotated[str, Field(max_length=0)] = omitted()
    teller_id: PublicId | None = None
    teller_descriptor: Text200 = omitted()
    collector_id: PublicId = omitted()
    session_id: PublicId | None = None
    meeting_id: PublicId | None = None
    told_on: Date = omitted()


class ConsentIn(Input):
    level: Consent
    method: ConsentMethod = ConsentMethod.VERBAL
    note: Note = ""


class WithdrawIn(Input):
    method: ConsentMethod = ConsentMethod.VERBAL
    note: Note = ""


class CodesIn(Input):
    """The story's confirmed codes, replacing the ones it had."""

    categories: list[CategoryId] = Field(default_factory=list, max_length=len(CATEGORY_BY_ID))
    effects: list[EffectId] = Field(default_factory=list, max_length=len(DOWNSTREAM))
    chapter_codes: list[PublicId] = Field(default_factory=list, max_length=200)


class StoryFilters(Schema):
    q: Annotated[str, _text(200)] | None = Field(None, description="Words (full-text search).")
    category: CategoryId | None = None
    effect: EffectId | None = None
    session_id: PublicId | None = None
    language: Language | None = None
    consent: Consent | None = None
    from_: Date | None = Field(None, alias="from", description="Told on or after.")
    to: Date | None = Field(None, description="Told on or before.")


class NetworkStoryOut(Schema):
    """Another chapter's story, shared with the network: no teller, collector or session."""

    id: str = Field(..., alias="public_id")
    chapter_name: str
    city: str
    text: str
    language: str
    translation: str
    told_month: datetime.date
    consent: Consent
    categories: list[str]


class NetworkStoryFilters(Schema):
    language: Language | None = None
    consent: Consent | None = Field(None, description="`network` or `public`.")
    q: Annotated[str, _text(200)] | None = Field(None, description="Words (full-text search).")
