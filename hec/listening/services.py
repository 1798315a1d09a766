"""Write functions for listening sessions, attendance, stories, consent and coding.

Keyword-only, one transaction each, validated, audited. They run inside the chapter's scope
(the middleware, a test or a command enters it). Who may *read* a story is decided in
`hec.listening.visibility`, never here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hec.core import audit
from hec.listening.models import (
    Attendance,
    ChapterCode,
    Consent,
    ConsentChange,
    ConsentMethod,
    ListeningSession,
    RejectedSuggestion,
    Story,
    StoryCode,
)
from hec.people.models import Person

WITHDRAWN = "withdrawn"

STORY_FIELDS = {
    "text",
    "language",
    "translation",
    "translation_language",
    "teller",
    "teller_descriptor",
    "session",
    "meeting",
    "told_on",
    "collector",
}


class StaleStory(Exception):
    """Someone else saved the story after this form was opened: nothing was overwritten."""

    def __init__(self, current: Story) -> None:
        super().__init__(_("Someone else saved this story since you opened it."))
        self.current = current


def _same_chapter(chapter: Any, field: str, obj: Any, errors: dict[str, str]) -> None:
    if obj is not None and obj.chapter_id != chapter.pk:
        errors[field] = _("Choose one from this chapter.")


def _validate_story(chapter: Any, values: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not (values.get("text") or "").strip():
        errors["text"] = _("Write the story (it cannot be empty).")
    if "consent" in values and values["consent"] not in Consent.values:
        errors["consent"] = _("Choose how widely the teller agreed to share this story.")
    if "consent_method" in values and values["consent_method"] not in ConsentMethod.values:
        errors["consent_method"] = _("Choose how consent was given.")
    if "collector" in values and values["collector"] is None:
        errors["collector"] = _("Say who collected the story.")
    for field in ("teller", "collector", "session", "meeting"):
        _same_chapter(chapter, field, values.get(field), errors)
    if values.get("translation", "").strip() and not values.get("translation_language"):
        errors["translation_language"] = _("Say which language the translation is in.")
    return errors


def story_create(
    *,
    chapter: Any,
    actor: Any,
    collector: Person,
    text: str,
    language: str,
    consent: str,
    consent_method: str = ConsentMethod.VERBAL,
    teller: Person | None = None,
    meeting: Any = None,
    session: ListeningSession | None = None,
    teller_descriptor: str = "",
    translation: str = "",
    translation_language: str = "",
    told_on: date | None = None,
    categories: list[str] | tuple[str, ...] = (),
    effects: list[str] | tuple[str, ...] = (),
) -> Story:
    """Record a story. `categories`/`effects` are codes the collector confirmed while typing
    (accepted suggestions); the engine's other suggestions are stored unconfirmed."""
    values: dict[str, Any] = {
        "text": text,
        "language": language,
        "consent": consent,
        "consent_method": consent_method,
        "collector": collector,
        "teller": teller,
        "meeting": meeting,
        "session": session,
        "teller_descriptor": (teller_descriptor or "").strip(),
        "translation": (translation or "").strip(),
        "translation_language": translation_language or "",
    }
    errors = _validate_story(chapter, values)
    errors.update(_validate_codes(categories, effects))
    if errors:
        raise ValidationError(errors)
    values["text"] = text.strip()
    with transaction.atomic():
        story = Story(chapter=chapter, told_on=told_on or timezone.localdate(), **values)
        story.consent_given_on = timezone.localdate()
        story.save()
        ConsentChange.objects.create(
            chapter=chapter,
            story=story,
            from_level="",
            to_level=consent,
            method=consent_method,
            note=_("Consent given when the story was recorded."),
            changed_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        audit.record(
            "chapter.story.created",
            actor=actor,
            chapter=chapter,
            obj=story,
            summary=story.text[:60],
        )
        coding = _coding(story)
        if categories or effects:
            _confirm_new(story, actor, categories, effects, coding)
        _store_suggestions(story, coding)
    return story


def _validate_codes(categories: Any, effects: Any) -> dict[str, str]:
    from hec.listening import taxonomy

    errors: dict[str, str] = {}
    if set(categories) - taxonomy.category_ids():
        errors["categories"] = _("Unknown category.")
    if set(effects) - taxonomy.effect_ids():
        errors["effects"] = _("Unknown downstream effect.")
    return errors


def story_update(*, story: Story, actor: Any, expected_version: int, **fields: Any) -> Story:
    """Save edits only if nobody else saved since the form was opened (`expected_version`);
    otherwise raise `StaleStory` carrying the current version, and change nothing."""
    unknown = set(fields) - STORY_FIELDS
    if unknown:
        raise TypeError(f"story_update: unknown fields {sorted(unknown)}")
    values = {
        "text": fields.get("text", story.text),
        **{k: v for k, v in fields.items() if k != "text"},
    }
    for key in ("translation", "teller_descriptor"):
        if key in values:
            values[key] = (values[key] or "").strip()
    if "translation" in values and "translation_language" not in values:
        values["translation_language"] = story.translation_language
    errors = _validate_story(story.chapter, values)
    if errors:
        raise ValidationError(errors)
    values["text"] = values["text"].strip()
    with transaction.atomic():
        updated = Story.objects.filter(
            pk=story.pk, version=expected_version, withdrawn_at__isnull=True
        ).update(version=expected_version + 1, updated_at=timezone.now(), **values)
        if not updated:
            raise StaleStory(Story.objects.get(pk=story.pk))
        before = (story.text, story.language)
        story.refresh_from_db()
        if (story.text, story.language) != before:
            _store_suggestions(story, _coding(story))
        audit.record(
            "chapter.story.updated",
            actor=actor,
            chapter=story.chapter,
            obj=story,
            summary=", ".join(sorted(fields)),
        )
    return story


def _bump(story: Story, **changes: Any) -> None:
    """Apply a change and move the version on, so open edit forms learn of it."""
    Story.objects.filter(pk=story.pk).update(
        version=story.version + 1, updated_at=timezone.now(), **changes
    )
    story.refresh_from_db()


def consent_change(
    *, story: Story, actor: Any, to_level: str, method: str, note: str = ""
) -> Story:
    errors = {}
    if to_level not in Consent.values:
        errors["to_level"] = _("Choose how widely the teller agreed to share this story.")
    if method not in ConsentMethod.values:
        errors["method"] = _("Choose how consent was given.")
    if story.withdrawn_at is not None:
        errors["to_level"] = _("Consent for this story was withdrawn.")
    elif to_level == story.consent:
        errors["to_level"] = _("The story already has this consent level.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        ConsentChange.objects.create(
            chapter=story.chapter,
            story=story,
            from_level=story.consent,
            to_level=to_level,
            method=method,
            note=note.strip()[:300],
            changed_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        before = story.consent
        _bump(
            story,
            consent=to_level,
            consent_method=method,
            consent_given_on=timezone.localdate(),
        )
        audit.record(
            "chapter.story.consent_changed",
            actor=actor,
            chapter=story.chapter,
            obj=story,
            summary=f"{before} → {to_level}",
        )
    return story


def consent_withdraw(*, story: Story, actor: Any, method: str, note: str = "") -> Story:
    """The teller took their consent back: the story disappears from every page, search,
    API and pattern at once (the visibility layer excludes `withdrawn_at`)."""
    if method not in ConsentMethod.values:
        raise ValidationError({"method": _("Choose how the withdrawal was communicated.")})
    if story.withdrawn_at is not None:
        raise ValidationError(_("Consent for this story was already withdrawn."))
    with transaction.atomic():
        ConsentChange.objects.create(
            chapter=story.chapter,
            story=story,
            from_level=story.consent,
            to_level=WITHDRAWN,
            method=method,
            note=note.strip()[:300],
            changed_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        _bump(story, withdrawn_at=timezone.now())
        audit.record(
            "chapter.story.consent_withdrawn",
            actor=actor,
            chapter=story.chapter,
            obj=story,
            summary=story.public_id,
        )
    return story


def story_code(
    *,
    story: Story,
    actor: Any,
    categories: list[str] | tuple[str, ...] = (),
    effects: list[str] | tuple[str, ...] = (),
    chapter_codes: list[ChapterCode] | tuple[ChapterCode, ...] = (),
) -> Story:
    """Replace the story's codes with these, all confirmed by `actor` (the full coding form).

    It settles the engine's suggestions too: a suggestion ticked here is confirmed (keeping its
    score and evidence), the others are dropped. Rejections stay remembered, unless the code
    is ticked now."""
    errors: dict[str, str] = _validate_codes(categories, effects)
    if any(c.chapter_id != story.chapter_id for c in chapter_codes):
        errors["chapter_codes"] = _("Choose one from this chapter.")
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    by = actor if getattr(actor, "is_authenticated", False) else None
    wanted: list[tuple[str, str, ChapterCode | None]] = [
        (StoryCode.Kind.CATEGORY, c, None) for c in dict.fromkeys(categories)
    ]
    wanted += [(StoryCode.Kind.EFFECT, e, None) for e in dict.fromkeys(effects)]
    wanted += [(StoryCode.Kind.CHAPTER, c.public_id, c) for c in dict.fromkeys(chapter_codes)]
    with transaction.atomic():
        before = {(c.kind, c.code): c for c in StoryCode.objects.filter(story=story)}
        StoryCode.objects.filter(story=story).delete()
        rows = []
        for kind, code, cc in wanted:
            old = before.get((kind, code))
            rows.append(
                StoryCode(
                    chapter=story.chapter,
                    story=story,
                    kind=kind,
                    code=code,
                    chapter_code=cc,
                    confirmed_by=by,
                    confirmed_at=now,
                    suggested_score=old.suggested_score if old else None,
                    evidence=old.evidence if old else [],
                )
            )
        StoryCode.objects.bulk_create(rows)
        for kind, code, _cc in wanted:
            RejectedSuggestion.objects.filter(story=story, kind=kind, code=code).delete()
        audit.record(
            "chapter.story.coded",
            actor=actor,
            chapter=story.chapter,
            obj=story,
            summary=", ".join(code for _k, code, _c in wanted)[:300],
        )
    return story


# Suggested codes (the pattern engine) -----------------------------------------------------


def _coding(story: Story) -> Any:
    from hec.patterns.coding import code_for_story

    return code_for_story(story)


def _confirm_new(story: Story, actor: Any, categories: Any, effects: Any, coding: Any) -> None:
    """Codes confirmed as the story is saved (accepted while typing), with the engine's
    score and words when it had suggested them."""
    by = actor if getattr(actor, "is_authenticated", False) else None
    now = timezone.now()
    engine = {(s.kind, s.code): s for s in coding.suggestions}
    wanted = [(StoryCode.Kind.CATEGORY, c) for c in dict.fromkeys(categories)]
    wanted += [(StoryCode.Kind.EFFECT, e) for e in dict.fromkeys(effects)]
    rows = []
    for kind, code in wanted:
        suggestion = engine.get((kind, code))
        score = suggestion.score if suggestion else None
        if score is None and kind == StoryCode.Kind.CATEGORY and coding.ranking:
            score = coding.score(code)
        rows.append(
            StoryCode(
                chapter=story.chapter,
                story=story,
                kind=kind,
                code=code,
                confirmed_by=by,
                confirmed_at=now,
                suggested_score=score,
                evidence=list(suggestion.evidence) if suggestion else [],
            )
        )
    StoryCode.objects.bulk_create(rows)
    audit.record(
        "chapter.story.coded",
        actor=actor,
        chapter=story.chapter,
        obj=story,
        summary=", ".join(code for _k, code in wanted)[:300],
    )


def _store_suggestions(story: Story, coding: Any) -> list[StoryCode]:
    """Replace the story's unconfirmed suggestions with the engine's: never one already
    confirmed, nor one someone rejected for this story."""
    StoryCode.objects.filter(story=story, confirmed_at__isnull=True).delete()
    if not coding.coded:
        return []
    taken = set(StoryCode.objects.filter(story=story).values_list("kind", "code"))
    taken |= set(RejectedSuggestion.objects.filter(story=story).values_list("kind", "code"))
    rows = [
        StoryCode(
            chapter=story.chapter,
            story=story,
            kind=s.kind,
            code=s.code,
            suggested_score=s.score,
            evidence=list(s.evidence),
        )
        for s in coding.suggestions
        if (s.kind, s.code) not in taken
    ]
    return StoryCode.objects.bulk_create(rows)


def refresh_suggestions(*, story: Story) -> list[StoryCode]:
    """Code the story again (e.g. after the chapter taught the engine more)."""
    with transaction.atomic():
        return _store_suggestions(story, _coding(story))


def suggestion_accept(*, suggestion: StoryCode, actor: Any) -> StoryCode:
    """One tap: the suggested code becomes the story's, confirmed by `actor`."""
    if suggestion.confirmed_at is not None:
        raise ValidationError(_("This code was already confirmed."))
    with transaction.atomic():
        updated = StoryCode.objects.filter(pk=suggestion.pk, confirmed_at__isnull=True).update(
            confirmed_by=actor if getattr(actor, "is_authenticated", False) else None,
            confirmed_at=timezone.now(),
        )
        if not updated:
            raise ValidationError(_("This code was already confirmed."))
        suggestion.refresh_from_db()
        audit.record(
            "chapter.story.suggestion_accepted",
            actor=actor,
            chapter=suggestion.chapter,
            obj=suggestion.story,
            summary=f"{suggestion.kind}:{suggestion.code}",
            data={"score": suggestion.suggested_score},
        )
    return suggestion


def suggestion_reject(*, suggestion: StoryCode, actor: Any) -> RejectedSuggestion:
    """One tap: the suggestion goes, and is not suggested again for this story."""
    if suggestion.confirmed_at is not None:
        raise ValidationError(_("This code was already confirmed: change it in the coding."))
    with transaction.atomic():
        StoryCode.objects.filter(pk=suggestion.pk, confirmed_at__isnull=True).delete()
        rejection, _created = RejectedSuggestion.objects.get_or_create(
            story=suggestion.story,
            kind=suggestion.kind,
            code=suggestion.code,
            defaults={
                "chapter": suggestion.chapter,
                "suggested_score": suggestion.suggested_score,
                "rejected_by": actor if getattr(actor, "is_authenticated", False) else None,
            },
        )
        audit.record(
            "chapter.story.suggestion_rejected",
            actor=actor,
            chapter=suggestion.chapter,
            obj=suggestion.story,
            summary=f"{suggestion.kind}:{suggestion.code}",
            data={"score": suggestion.suggested_score},
        )
    return rejection


def suggest_codes(story: Story) -> list[StoryCode]:
    """The engine's suggestions for the story that nobody confirmed or rejected yet, the
    categories first, best first."""
    rows = StoryCode.objects.filter(story=story, confirmed_at__isnull=True)
    return sorted(
        rows,
        key=lambda c: (c.kind != StoryCode.Kind.CATEGORY, -(c.suggested_score or 0.0), c.code),
    )


# Listening sessions ---------------------------------------------------------------------

SESSION_FIELDS = {"title", "host", "organization", "held_on", "place", "language", "notes"}


def _validate_session(chapter: Any, values: dict[str, Any]) -> None:
    errors: dict[str, str] = {}
    if "title" in values and not (values["title"] or "").strip():
        errors["title"] = _("Give the session a title.")
    if "host" in values and values["host"] is None:
        errors["host"] = _("Say who hosted the session.")
    _same_chapter(chapter, "host", values.get("host"), errors)
    if errors:
        raise ValidationError(errors)


def session_create(*, chapter: Any, actor: Any, **fields: Any) -> ListeningSession:
    unknown = set(fields) - SESSION_FIELDS
    if unknown:
        raise TypeError(f"session_create: unknown fields {sorted(unknown)}")
    fields.setdefault("title", "")
    fields.setdefault("host", None)
    _validate_session(chapter, fields)
    fields["title"] = fields["title"].strip()
    with transaction.atomic():
        session = ListeningSession.objects.create(chapter=chapter, **fields)
        audit.record(
            "chapter.session.created",
            actor=actor,
            chapter=chapter,
            obj=session,
            summary=session.title,
        )
    return session


def session_update(*, session: ListeningSession, actor: Any, **fields: Any) -> ListeningSession:
    unknown = set(fields) - SESSION_FIELDS
    if unknown:
        raise TypeError(f"session_update: unknown fields {sorted(unknown)}")
    _validate_session(session.chapter, fields)
    with transaction.atomic():
        for key, value in fields.items():
            setattr(session, key, value.strip() if key == "title" else value)
        session.save()
        audit.record(
            "chapter.session.updated",
            actor=actor,
            chapter=session.chapter,
            obj=session,
            summary=", ".join(sorted(fields)),
        )
    return session


def attendance_add(*, session: ListeningSession, person: Person, actor: Any = None) -> Attendance:
    if person.chapter_id != session.chapter_id:
        raise ValidationError({"person": _("Choose someone from this chapter.")})
    if Attendance.objects.filter(session=session, person=person).exists():
        raise ValidationError(
            {"person": _("%(name)s is already on this session's attendance.") % {"name": person}}
        )
    try:
        with transaction.atomic():
            return Attendance.objects.create(
                chapter=session.chapter, session=session, person=person
            )
    except IntegrityError:  # two clicks at once: the database constraint decides
        raise ValidationError(
            {"person": _("%(name)s is already on this session's attendance.") % {"name": person}}
        ) from None


def attendance_remove(*, session: ListeningSession, person: Person, actor: Any = None) -> None:
    Attendance.objects.filter(session=session, person=person).delete()


@dataclass
class BatchResult:
    stories: list[Story]
    errors: list[dict[str, str]]  # one dict per row, empty when the row is fine

    @property
    def ok(self) -> bool:
        return not any(self.errors)


def stories_batch_create(
    *, session: ListeningSession, actor: Any, collector: Person, rows: list[dict[str, Any]]
) -> BatchResult:
    """Stories typed right after a session, one row each. Every row is checked first; if any
    is wrong nothing is saved and the per-row errors come back (the form re-shows all rows)."""
    errors: list[dict[str, str]] = []
    attendees = set(Attendance.objects.filter(session=session).values_list("person_id", flat=True))
    for row in rows:
        values = {
            "text": row.get("text", ""),
            "consent": row.get("consent", ""),
            "consent_method": row.get("consent_method") or ConsentMethod.VERBAL,
            "teller": row.get("teller"),
            "collector": collector,
        }
        row_errors = _validate_story(session.chapter, values)
        teller = row.get("teller")
        if teller is not None and teller.pk not in attendees and "teller" not in row_errors:
            row_errors["teller"] = _("The teller must be on this session's attendance.")
        errors.append(row_errors)
    if not rows:
        errors = [{"text": _("Write at least one story.")}]
    if any(errors):
        return BatchResult(stories=[], errors=errors)
    stories = []
    with transaction.atomic():
        for row in rows:
            stories.append(
                story_create(
                    chapter=session.chapter,
                    actor=actor,
                    collector=collector,
                    text=row["text"],
                    language=row.get("language") or session.language,
                    consent=row["consent"],
                    consent_method=row.get("consent_method") or ConsentMethod.VERBAL,
                    teller=row.get("teller"),
                    teller_descriptor=row.get("teller_descriptor", ""),
                    session=session,
                    told_on=session.held_on,
                )
            )
    return BatchResult(stories=stories, errors=[{} for _r in rows])


def chapter_code_create(*, chapter: Any, actor: Any, category: str, label: str) -> ChapterCode:
    from hec.listening import taxonomy

    errors: dict[str, str] = {}
    if category not in taxonomy.category_ids():
        errors["category"] = _("Choose one of the sixteen categories.")
    label = (label or "").strip()
    if not label:
        errors["label"] = _("Give the code a label.")
    elif ChapterCode.objects.filter(chapter=chapter, category=category, label=label).exists():
        errors["label"] = _("This chapter already has this code under this category.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        code = ChapterCode.objects.create(chapter=chapter, category=category, label=label)
        audit.record("chapter.code.created", actor=actor, chapter=chapter, obj=code, summary=label)
    return code
