"""One-to-ones (relational meetings), their follow-ups, and the chapter's monthly goal."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from hec.core.choices import ChoiceLabelsModel
from hec.core.ids import PublicIdField


class Meeting(ChoiceLabelsModel):
    """A 30–45 minute relational meeting between a chapter member and a counterpart."""

    class Medium(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        PHONE = "phone", _("Phone")
        VIDEO = "video", _("Video call")

    public_id = PublicIdField()
    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    organizer = models.ForeignKey(
        "people.Person",
        on_delete=models.PROTECT,
        related_name="meetings_held",
        verbose_name=_("who met"),
    )
    counterpart = models.ForeignKey(
        "people.Person",
        on_delete=models.PROTECT,
        related_name="meetings_as_counterpart",
        verbose_name=_("counterpart"),
    )
    held_on = models.DateField(_("date"), default=timezone.localdate)
    medium = models.CharField(
        _("medium"), max_length=10, choices=Medium.choices, default=Medium.IN_PERSON
    )
    length_minutes = models.PositiveSmallIntegerField(_("length (minutes)"), default=30)
    interests = models.TextField(_("what they care about"), blank=True)
    pressures = models.TextField(_("pressures they named"), blank=True)
    follow_up = models.CharField(_("follow-up"), max_length=300, blank=True)
    follow_up_due = models.DateField(_("follow-up due"), null=True, blank=True)
    follow_up_done_at = models.DateTimeField(_("follow-up done"), null=True, blank=True)
    # Visible only to the organizer and the chapter's leaders (see hec.relational.visibility).
    private_notes = models.TextField(_("private notes"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("one-to-one")
        indexes = [
            models.Index(fields=["chapter", "-held_on"]),
            models.Index(fields=["chapter", "organizer", "held_on"]),
            models.Index(fields=["chapter", "counterpart"]),
            models.Index(
                fields=["chapter", "follow_up_due"],
                condition=Q(follow_up_done_at__isnull=True) & Q(follow_up_due__isnull=False),
                name="meeting_open_follow_up",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(organizer=F("counterpart")), name="meeting_not_with_oneself"
            ),
            models.CheckConstraint(
                condition=Q(length_minutes__gte=1, length_minutes__lte=600),
                name="meeting_length_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organizer} ↔ {self.counterpart} ({self.held_on})"


class MeetingGoal(models.Model):
    """How many one-to-ones the chapter aims for each month (set by its leaders)."""

    chapter = models.OneToOneField(
        "people.Chapter", on_delete=models.CASCADE, related_name="meeting_goal"
    )
    per_month = models.PositiveIntegerField(_("one-to-ones per month"), default=40)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(chapter="chapter")

    def __str__(self) -> str:
        return f"{self.chapter}: {self.per_month}/month"
