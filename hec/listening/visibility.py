"""Who sees which story: decided here, once, and used by every page, API endpoint, search,
export and pattern run.

- `private`: the collector and the chapter's leaders (`stories.private.view`); each read of a
  private story is audited by `note_story_read`.
- `chapter`: members of the chapter with `stories.view`.
- `network` / `public`: also other chapters' members with `stories.network.view`, but only as
  `AnonymizedStory` — never the teller, the descriptor, the collector or the session.
- Withdrawn stories are seen by nobody, anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet
from django_scopes import scopes_disabled

from hec.core import audit
from hec.core.tenancy import ChapterAccess
from hec.listening.models import SHARED_BEYOND_CHAPTER as SHARED_BEYOND_CHAPTER  # re-exported
from hec.listening.models import Consent, Story

CHAPTER_PATTERN_LEVELS = (Consent.CHAPTER, Consent.NETWORK, Consent.PUBLIC)


def chapter_stories(access: ChapterAccess) -> QuerySet[Story]:
    """The stories of `access.chapter` this member may read (call inside the chapter scope)."""
    if not access.can("stories.view"):
        return Story.objects.none()
    stories = Story.objects.filter(chapter=access.chapter, withdrawn_at__isnull=True)
    if access.can("stories.private.view"):
        return stories
    return stories.filter(~Q(consent=Consent.PRIVATE) | Q(collector=access.person))


def teaching_stories(chapter: Any) -> QuerySet[Story]:
    """The chapter's stories its own pattern work may learn from: never withdrawn ones, never
    private ones (the same rule as a chapter pattern run)."""
    return Story.objects.filter(
        chapter=chapter, withdrawn_at__isnull=True, consent__in=CHAPTER_PATTERN_LEVELS
    )


def can_read(access: ChapterAccess, story: Story) -> bool:
    """The same rule for one story already loaded (e.g. after a write)."""
    if story.withdrawn_at is not None or story.chapter_id != access.chapter.pk:
        return False
    if not access.can("stories.view"):
        return False
    if story.consent != Consent.PRIVATE or access.can("stories.private.view"):
        return True
    return access.person is not None and story.collector_id == access.person.pk


def note_story_read(access: ChapterAccess, story: Story, actor: Any) -> None:
    """Reading a private story leaves a trace in the chapter's audit log."""
    if story.consent == Consent.PRIVATE:
        audit.record(
            "chapter.story.private_viewed",
            actor=actor,
            chapter=access.chapter,
            obj=story,
            summary=story.text[:60],
        )


@dataclass(frozen=True)
class AnonymizedStory:
    """What crosses a chapter boundary: the words, the codes, where and roughly when."""

    public_id: str
    chapter_name: str
    city: str
    text: str
    language: str
    translation: str
    told_month: date
    consent: str
    categories: tuple[str, ...]


def network_stories(access: ChapterAccess) -> QuerySet[Story]:
    """Other chapters' stories shared with the network, newest first. Callers must present
    them through `anonymize` (the query deliberately does not select teller columns).

    `shared_beyond_chapter` is the database's own `consent IN SHARED_BEYOND_CHAPTER AND
    withdrawn_at IS NULL` (a generated column, see `Story`); filtering on it instead of the
    two conditions lets SQLite and PostgreSQL walk its index in this order and stop after a
    page, whatever the size of the network."""
    if not access.can("stories.network.view"):
        return Story.objects.none()
    with scopes_disabled():
        return (
            # `__in=[True]`, not `=True`: Django writes a boolean `=True` as the bare column,
            # which SQLite cannot match to the index's leading column (`IN (1)` is `= 1`).
            Story.objects.filter(shared_beyond_chapter__in=[True])
            .exclude(chapter=access.chapter)
            .order_by("-told_on", "-id")
            .select_related("chapter")
            .only(
                "public_id",
                "text",
                "language",
                "translation",
                "told_on",
                "consent",
                "chapter__name",
                "chapter__city",
            )
        )


def anonymize(story: Story, categories: tuple[str, ...] = ()) -> AnonymizedStory:
    return AnonymizedStory(
        public_id=story.public_id,
        chapter_name=story.chapter.name,
        city=story.chapter.city,
        text=story.text,
        language=story.language,
        translation=story.translation,
        told_month=story.told_on.replace(day=1),
        consent=story.consent,
        categories=categories,
    )


def visible_private_notes(access: ChapterAccess, meeting: Any) -> bool:
    """A one-to-one's private notes: the member who held it and the chapter's leaders."""
    if access.can("meetings.private_notes.view"):
        return True
    return access.person is not None and meeting.organizer_id == access.person.pk
