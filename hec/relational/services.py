"""Write functions for one-to-ones, their follow-ups and the chapter's monthly goal.

Keyword-only, one transaction each, validated, audited; they run inside the chapter's scope.
Who may read a meeting's private notes is decided in `hec.listening.visibility`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hec.core import audit
from hec.listening.visibility import visible_private_notes
from hec.people.models import Person
from hec.relational.models import Meeting, MeetingGoal

MEETING_FIELDS = {
    "organizer",
    "counterpart",
    "held_on",
    "medium",
    "length_minutes",
    "interests",
    "pressures",
    "follow_up",
    "follow_up_due",
    "private_notes",
}
TEXT_FIELDS = ("interests", "pressures", "follow_up", "private_notes")
MAX_LENGTH_MINUTES = 600


def can_edit(access: Any, meeting: Meeting) -> bool:
    """Who held the meeting, or a leader: the edit form shows the private notes, so only
    those who may read them may edit."""
    return access.can("meetings.log") and visible_private_notes(access, meeting)


def _validate(chapter: Any, values: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    organizer, counterpart = values.get("organizer"), values.get("counterpart")
    if organizer is None:
        errors["organizer"] = _("Say who held the one-to-one.")
    elif organizer.chapter_id != chapter.pk:
        errors["organizer"] = _("Choose someone from this chapter.")
    if counterpart is None:
        errors["counterpart"] = _("Choose who you met, or add them.")
    elif counterpart.chapter_id != chapter.pk:
        errors["counterpart"] = _("Choose someone from this chapter.")
    elif organizer is not None and counterpart.pk == organizer.pk:
        errors["counterpart"] = _("A one-to-one is with someone else.")
    held_on = values.get("held_on")
    if held_on is None:
        errors["held_on"] = _("Give the date of the one-to-one.")
    elif held_on > timezone.localdate():
        errors["held_on"] = _("The date cannot be in the future.")
    if values.get("medium") not in Meeting.Medium.values:
        errors["medium"] = _("Choose how you met.")
    length = values.get("length_minutes")
    if length is None or not 1 <= length <= MAX_LENGTH_MINUTES:
        errors["length_minutes"] = _("Give the length in minutes (1 to 600).")
    if values.get("follow_up_due") and not values.get("follow_up"):
        errors["follow_up"] = _("Say what the follow-up is.")
    if len(values.get("follow_up") or "") > 300:
        errors["follow_up"] = _("Keep the follow-up under 300 characters.")
    return errors


def _create_counterpart(chapter: Any, actor: Any, new_counterpart: dict[str, Any]) -> Person:
    from hec.people.services import person_create

    try:
        return person_create(
            chapter=chapter,
            actor=actor,
            name=(new_counterpart.get("name") or "").strip(),
            kind=new_counterpart.get("kind") or "",
        )
    except ValidationError as error:
        raise ValidationError(
            {f"new_{k}": v for k, v in error.message_dict.items()}
            if hasattr(error, "error_dict")
            else {"counterpart": error.messages}
        ) from None


@transaction.atomic
def meeting_log(
    *,
    chapter: Any,
    actor: Any,
    organizer: Person | None,
    counterpart: Person | None,
    held_on: date | None,
    medium: str = Meeting.Medium.IN_PERSON,
    length_minutes: int | None = 30,
    interests: str = "",
    pressures: str = "",
    follow_up: str = "",
    follow_up_due: date | None = None,
    private_notes: str = "",
    new_counterpart: dict[str, Any] | None = None,
    story: dict[str, Any] | None = None,
) -> Meeting:
    """Log a one-to-one. `new_counterpart` ({"name", "kind"}) creates the person met;
    `story` ({"text", "language", "consent", "categories", ...}) records a story they told,
    with the counterpart as teller and the organizer as collector (`categories`: codes the
    actor confirmed while typing). All of it, or nothing."""
    values: dict[str, Any] = {
        "organizer": organizer,
        "counterpart": counterpart,
        "held_on": held_on,
        "medium": medium,
        "length_minutes": length_minutes,
        "interests": (interests or "").strip(),
        "pressures": (pressures or "").strip(),
        "follow_up": (follow_up or "").strip(),
        "follow_up_due": follow_up_due,
        "private_notes": (private_notes or "").strip(),
    }
    creating = counterpart is None and bool(new_counterpart)
    errors = _validate(chapter, values)
    if creating:
        assert new_counterpart is not None
        errors.pop("counterpart", None)  # the new person is checked here, created below
        if not (new_counterpart.get("name") or "").strip():
            errors["new_name"] = _("Give the new person's name.")
        if not new_counterpart.get("kind"):
            errors["new_kind"] = _("Say who they are (student, community member...).")
    if story is not None:
        if not (story.get("text") or "").strip():
            errors["story_text"] = _("Write the story (it cannot be empty).")
        if not story.get("consent"):
            errors["story_consent"] = _("Choose how widely the teller agreed to share this story.")
    if errors:
        raise ValidationError(errors)
    if creating:
        assert new_counterpart is not None
        values["counterpart"] = _create_counterpart(chapter, actor, new_counterpart)
    meeting = Meeting(
        chapter=chapter, created_by=actor if getattr(actor, "is_authenticated", False) else None
    )
    for name, value in values.items():
        setattr(meeting, name, value)
    meeting.save()
    audit.record(
        "chapter.meeting.logged",
        actor=actor,
        chapter=chapter,
        obj=meeting,
        summary=f"{meeting.organizer} ↔ {meeting.counterpart}",
    )
    if story is not None:
        _record_story(chapter, actor, meeting, story)
    return meeting


def _record_story(chapter: Any, actor: Any, meeting: Meeting, story: dict[str, Any]) -> Any:
    from hec.listening.services import story_create

    try:
        return story_create(
            chapter=chapter,
            actor=actor,
            collector=meeting.organizer,
            teller=meeting.counterpart,
            meeting=meeting,
            text=story.get("text", ""),
            language=story.get("language") or "en",
            consent=story.get("consent", ""),
            consent_method=story.get("consent_method") or "verbal",
            told_on=meeting.held_on,
            categories=story.get("categories") or (),
        )
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            raise ValidationError(
                {f"story_{k}": v for k, v in error.message_dict.items()}
            ) from None
        raise


@transaction.atomic
def meeting_update(*, meeting: Meeting, actor: Any, **fields: Any) -> Meeting:
    unknown = set(fields) - MEETING_FIELDS
    if unknown:
        raise TypeError(f"meeting_update: unknown fields {sorted(unknown)}")
    for name in TEXT_FIELDS:
        if name in fields:
            fields[name] = (fields[name] or "").strip()
    values = {name: getattr(meeting, name) for name in MEETING_FIELDS} | fields
    # unchanged dates in the past stay valid; only what the form sends is checked
    errors = _validate(meeting.chapter, values)
    if "held_on" not in fields and errors.get("held_on"):
        errors.pop("held_on")
    if errors:
        raise ValidationError(errors)
    changed = sorted(k for k, v in fields.items() if getattr(meeting, k) != v)
    if "follow_up" in changed or "follow_up_due" in changed:
        meeting.follow_up_done_at = None  # a new follow-up is open again
    for name, value in fields.items():
        setattr(meeting, name, value)
    meeting.save()
    audit.record(
        "chapter.meeting.updated",
        actor=actor,
        chapter=meeting.chapter,
        obj=meeting,
        summary=f"{meeting.organizer} ↔ {meeting.counterpart}",
        data={"fields": changed},
    )
    return meeting


@transaction.atomic
def follow_up_done(*, meeting: Meeting, actor: Any, done: bool = True) -> Meeting:
    """Mark the meeting's follow-up done (or open again with done=False)."""
    if not meeting.follow_up:
        raise ValidationError(_("This one-to-one has no follow-up."))
    if done == (meeting.follow_up_done_at is not None):
        return meeting
    meeting.follow_up_done_at = timezone.now() if done else None
    meeting.save(update_fields=["follow_up_done_at"])
    audit.record(
        "chapter.meeting.follow_up_done" if done else "chapter.meeting.follow_up_reopened",
        actor=actor,
        chapter=meeting.chapter,
        obj=meeting,
        summary=meeting.follow_up[:100],
    )
    return meeting


@transaction.atomic
def goal_set(*, chapter: Any, actor: Any, per_month: int | None) -> MeetingGoal:
    if per_month is None or not 0 <= per_month <= 100_000:
        raise ValidationError({"per_month": _("Give a number of one-to-ones (0 or more).")})
    goal, _created = MeetingGoal.objects.update_or_create(
        chapter=chapter, defaults={"per_month": per_month}
    )
    audit.record(
        "chapter.meeting.goal_set",
        actor=actor,
        chapter=chapter,
        obj=None,
        summary=str(per_month),
        data={"per_month": per_month},
    )
    return goal


def meetings_between_removed(keep: Person, drop: Person) -> int:
    """Merge preparation: a one-to-one between two records of the same person would become a
    meeting with oneself, which means nothing; such rows are removed (counted in the audit)."""
    from django.db.models import Q

    between = Meeting._base_manager.filter(
        Q(organizer=keep, counterpart=drop) | Q(organizer=drop, counterpart=keep)
    )
    count, _deleted = between.delete()
    return count
