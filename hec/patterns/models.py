"""Pattern runs and the themes they find, kept with a stable identity across runs.

A run groups the stories its scope may use (see `hec.patterns.runs`) into themes. Each theme
found is matched to an existing `Theme` of the same scope by the stories they share, so a
theme's id, its label once a person renamed it, and the merges and splits people made survive
every later run.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from hec.core.choices import ChoiceLabelsModel
from hec.core.ids import PublicIdField
from hec.patterns.naming import theme_name


class Scope(models.TextChoices):
    CHAPTER = "chapter", _("Chapter")
    AFFILIATE = "affiliate", _("Affiliate")
    NETWORK = "network", _("Network")


class PatternRun(ChoiceLabelsModel):
    """One background run of theme discovery over a chapter, an affiliate or the network."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    public_id = PublicIdField()
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    chapter = models.ForeignKey(
        "people.Chapter", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    affiliate = models.ForeignKey(
        "people.Affiliate", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    task_id = models.CharField(max_length=64, blank=True)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    progress_step = models.CharField(max_length=120, blank=True)
    stories_count = models.PositiveIntegerField(default=0)
    themes_count = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    # Chapter pages see their chapter's rows; affiliate/network rows are read with
    # scopes_disabled() by the functions in hec.patterns.queries only.
    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["scope", "chapter", "affiliate", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(scope="chapter", chapter__isnull=False, affiliate__isnull=True)
                    | models.Q(scope="affiliate", chapter__isnull=True, affiliate__isnull=False)
                    | models.Q(scope="network", chapter__isnull=True, affiliate__isnull=True)
                ),
                name="pattern_run_scope_owner",
            )
        ]

    def __str__(self) -> str:
        return f"{self.scope} run {self.public_id}"

    @property
    def percent(self) -> int:
        if not self.progress_total:
            return 100 if self.status == self.Status.DONE else 0
        return min(100, round(100 * self.progress_done / self.progress_total))


class Theme(models.Model):
    """An emergent theme of one scope; lives across runs until no run finds it again."""

    public_id = PublicIdField()
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    chapter = models.ForeignKey(
        "people.Chapter", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    affiliate = models.ForeignKey(
        "people.Affiliate", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    label = models.CharField(_("label"), max_length=160)
    auto_label = models.CharField(max_length=160, blank=True)  # the engine's latest label
    label_edited = models.BooleanField(default=False)  # a person renamed it: runs keep it
    keywords = models.JSONField(default=list)  # ["pharmacy", "label", ...]
    categories = models.JSONField(default=list)  # [{"id": "language_access", "share": 0.8}]
    downstream = models.JSONField(default=list)  # effect ids, most frequent first
    is_new_pattern = models.BooleanField(default=False)  # fits no standard category
    size = models.PositiveIntegerField(default=0)
    # Counted by hec.patterns.counts (the one rule) whenever runs, edits or consent change the
    # theme's stories; a network/affiliate theme counts only its shared stories.
    tellers = models.PositiveIntegerField(default=0)  # distinct tellers (or descriptors)
    sessions = models.PositiveIntegerField(default=0)
    chapters = models.PositiveIntegerField(default=0)  # chapters its counted stories come from
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_from"
    )
    split_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="split_into"
    )
    retired_at = models.DateTimeField(null=True, blank=True)  # no longer found by runs
    first_run = models.ForeignKey(
        PatternRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    last_run = models.ForeignKey(
        PatternRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    # Chapter pages see their chapter's rows; affiliate/network rows are read with
    # scopes_disabled() by the functions in hec.patterns.queries only.
    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-size", "label"]
        indexes = [models.Index(fields=["scope", "chapter", "affiliate", "-size"])]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The label as the reader sees it (automatic labels in the reader's language)."""
        return theme_name(self.label, self.auto_label, self.label_edited)

    @property
    def automatic_name(self) -> str:
        return theme_name(self.auto_label)


class ThemeStory(models.Model):
    """A story's place in a theme. `pinned` rows were placed by a person (a merge or a split)
    and every later run keeps them where they are."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="memberships")
    story = models.ForeignKey(
        "listening.Story", on_delete=models.CASCADE, related_name="theme_memberships"
    )
    chapter = models.ForeignKey(  # the story's chapter, for scoping and per-chapter counts
        "people.Chapter", on_delete=models.PROTECT, related_name="+"
    )
    score = models.FloatField(default=0.0)
    representative = models.BooleanField(default=False)
    pinned = models.BooleanField(default=False)
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    run = models.ForeignKey(
        PatternRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    # Chapter pages see their chapter's rows; affiliate/network rows are read with
    # scopes_disabled() by the functions in hec.patterns.queries only.
    objects = ScopedManager(chapter="chapter")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["theme", "story"], name="theme_story_once")]
        indexes = [models.Index(fields=["story"]), models.Index(fields=["theme", "-score"])]

    def __str__(self) -> str:
        return f"{self.theme_id}:{self.story_id}"
