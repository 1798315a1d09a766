"""Consent reaches themes at once: a withdrawn story leaves every theme, and a story whose
consent is narrowed leaves the themes its new level does not allow (affiliate and network
themes need network/public consent; chapter themes need more than private). The themes'
counts are recounted. Pinned memberships go too: consent beats a person's placement.

Who told a story counts too: when a story's teller, description or session is edited, or two
person records are merged, the themes of the stories concerned are recounted (the network
pages show a theme only with 3 distinct tellers, read from these stored counts)."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver
from django_scopes import scopes_disabled

from hec.core.models import AuditEntry
from hec.listening.models import Consent, ConsentChange, Story
from hec.listening.visibility import SHARED_BEYOND_CHAPTER
from hec.patterns.counts import refresh_counts
from hec.patterns.identity import forget_story
from hec.patterns.models import ThemeStory

WITHDRAWN = "withdrawn"  # ConsentChange.to_level for a withdrawal (hec.listening.services)
# Audit actions written beside edits made with QuerySet.update (no Story post_save), after
# which the stories' tellers may differ (hec.listening.services, hec.people.merge).
STORY_EDITED = "chapter.story.updated"
PEOPLE_MERGED = "chapter.people.merged"


@receiver(post_save, sender=Story, dispatch_uid="patterns.story_saved")
def story_saved(sender: Any, instance: Story, created: bool, **kwargs: Any) -> None:
    if created or kwargs.get("raw"):
        return
    if instance.withdrawn_at is not None or instance.consent == Consent.PRIVATE:
        forget_story(instance.pk)
    elif instance.consent not in SHARED_BEYOND_CHAPTER:
        forget_story(instance.pk, beyond_chapter_only=True)
        recount_themes_of(story_id=instance.pk)  # its chapter themes: the teller may be new
    else:
        recount_themes_of(story_id=instance.pk)


@receiver(post_save, sender=ConsentChange, dispatch_uid="patterns.consent_changed")
def consent_changed(sender: Any, instance: ConsentChange, created: bool, **kwargs: Any) -> None:
    """Withdrawal and consent changes are written with QuerySet.update (no Story post_save);
    the ConsentChange row written beside them is the signal."""
    if not created or kwargs.get("raw"):
        return
    if instance.to_level in (WITHDRAWN, Consent.PRIVATE):
        forget_story(instance.story_id)
    elif instance.to_level not in SHARED_BEYOND_CHAPTER:
        forget_story(instance.story_id, beyond_chapter_only=True)


@receiver(post_save, sender=AuditEntry, dispatch_uid="patterns.tellers_changed")
def tellers_changed(sender: Any, instance: AuditEntry, created: bool, **kwargs: Any) -> None:
    """A story edited (its teller, description or session may be new) or a person merged into
    another (their stories now share one teller): recount the themes of those stories."""
    if not created or kwargs.get("raw") or not instance.object_id:
        return
    if instance.action == STORY_EDITED and instance.object_type == "story":
        recount_themes_of(story__public_id=instance.object_id)
    elif instance.action == PEOPLE_MERGED and instance.object_type == "person":
        recount_themes_of(story__teller__public_id=instance.object_id)


def recount_themes_of(**stories: Any) -> None:
    """Recount every theme holding the stories these lookups pick."""
    with scopes_disabled():
        refresh_counts(
            ThemeStory.objects.filter(**stories).values_list("theme_id", flat=True).distinct()
        )
