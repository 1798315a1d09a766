"""Consent reaches themes at once: a withdrawn story leaves every theme, and a story whose
consent is narrowed leaves the themes its new level does not allow (affiliate and network
themes need network/public consent; chapter themes need more than private). The themes'
counts are recounted. Pinned memberships go too: consent beats a person's placement."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from hec.listening.models import Consent, ConsentChange, Story
from hec.listening.visibility import SHARED_BEYOND_CHAPTER
from hec.patterns.identity import forget_story

WITHDRAWN = "withdrawn"  # ConsentChange.to_level for a withdrawal (hec.listening.services)


@receiver(post_save, sender=Story, dispatch_uid="patterns.story_saved")
def story_saved(sender: Any, instance: Story, created: bool, **kwargs: Any) -> None:
    if created or kwargs.get("raw"):
        return
    if instance.withdrawn_at is not None or instance.consent == Consent.PRIVATE:
        forget_story(instance.pk)
    elif instance.consent not in SHARED_BEYOND_CHAPTER:
        forget_story(instance.pk, beyond_chapter_only=True)


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
