"""Shared priorities: candidate issues made from themes, priority assemblies where members and
partners vote with dots (online, or counted in the room and entered by a leader), and the
priorities a chapter chose, kept with the themes and stories behind them.

Writes go through `hec.priorities.services`; story text is shown only through
`hec.listening.visibility`.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from hec.core.choices import ChoiceLabelsModel
from hec.core.ids import PublicIdField

MAX_DOTS_PER_VOTER = 10


class CandidateIssue(ChoiceLabelsModel):
    """An issue the chapter might take on, usually made from a theme of its stories."""

    class Status(models.TextChoices):
        CANDIDATE = "candidate", _("Candidate")
        CHOSEN = "chosen", _("Chosen priority")
        SET_ASIDE = "set_aside", _("Set aside")

    public_id = PublicIdField()
    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("issue"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    themes = models.ManyToManyField(
        "patterns.Theme", blank=True, related_name="candidate_issues", verbose_name=_("themes")
    )
    # Evidence: stories behind the issue. Shown only to whom hec.listening.visibility allows.
    stories: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        "listening.Story", blank=True, related_name="candidate_issues", verbose_name=_("stories")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CANDIDATE
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    chosen_at = models.DateTimeField(_("chosen on"), null=True, blank=True)
    chosen_in = models.ForeignKey(
        "priorities.Assembly",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chosen_issues",
        verbose_name=_("chosen at"),
    )

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("candidate issue")
        indexes = [models.Index(fields=["chapter", "status"])]
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="candidate_title_required")
        ]

    def __str__(self) -> str:
        return self.title


class Assembly(ChoiceLabelsModel):
    """A priority assembly: members and partners spread a few dots over the candidates."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open for voting")
        CLOSED = "closed", _("Closed")

    public_id = PublicIdField()
    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("date"), default=timezone.localdate)
    dots_per_voter = models.PositiveSmallIntegerField(_("dots per voter"), default=3)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    candidates = models.ManyToManyField(
        CandidateIssue, related_name="assemblies", verbose_name=_("candidate issues")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("priority assembly")
        verbose_name_plural = _("priority assemblies")
        indexes = [models.Index(fields=["chapter", "status", "-held_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(dots_per_voter__gte=1, dots_per_voter__lte=MAX_DOTS_PER_VOTER),
                name="assembly_dots_per_voter_range",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


class Dot(models.Model):
    """Dots one voter put on one candidate, online. A voter's dots in an assembly add up to
    at most `dots_per_voter` (checked by `services.cast_dots`)."""

    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    assembly = models.ForeignKey(Assembly, on_delete=models.CASCADE, related_name="dots")
    candidate = models.ForeignKey(CandidateIssue, on_delete=models.CASCADE, related_name="dots")
    voter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    dots = models.PositiveSmallIntegerField(default=1)
    cast_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assembly", "voter", "candidate"], name="dot_once_per_voter_candidate"
            ),
            models.CheckConstraint(condition=Q(dots__gte=1), name="dot_positive"),
        ]
        indexes = [models.Index(fields=["assembly", "candidate"])]

    def __str__(self) -> str:
        return f"{self.dots} on {self.candidate_id}"


class Tally(models.Model):
    """Dots counted in the room or on paper, entered by a leader. Added to the online dots."""

    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    assembly = models.ForeignKey(Assembly, on_delete=models.CASCADE, related_name="tallies")
    candidate = models.ForeignKey(CandidateIssue, on_delete=models.CASCADE, related_name="tallies")
    dots = models.PositiveIntegerField(_("dots"))
    note = models.CharField(_("note"), max_length=200, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    entered_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["entered_at", "id"]
        verbose_name_plural = _("tallies")

    def __str__(self) -> str:
        return f"{self.dots} counted for {self.candidate_id}"
