"""Listening sessions (house meetings), attendance, stories, consent history and coding."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from hec.core.choices import ChoiceLabelsModel
from hec.core.ids import PublicIdField
from hec.people.models import Language


class ListeningSession(ChoiceLabelsModel):
    public_id = PublicIdField()
    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    host = models.ForeignKey(
        "people.Person",
        on_delete=models.PROTECT,
        related_name="sessions_hosted",
        verbose_name=_("host"),
    )
    organization = models.ForeignKey(
        "people.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("partner organization"),
    )
    held_on = models.DateField(_("date"), default=timezone.localdate)
    place = models.CharField(_("place"), max_length=200, blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=Language.choices, default=Language.EN
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("listening session")
        indexes = [models.Index(fields=["chapter", "-held_on"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.held_on})"


class Attendance(models.Model):
    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    session = models.ForeignKey(
        ListeningSession, on_delete=models.CASCADE, related_name="attendances"
    )
    person = models.ForeignKey(
        "people.Person", on_delete=models.PROTECT, related_name="attendances"
    )

    objects = ScopedManager(chapter="chapter")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "person"], name="attendance_once_per_session"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} @ {self.session}"


class Consent(models.TextChoices):
    PRIVATE = "private", _("Private: the collector and chapter leaders")
    CHAPTER = "chapter", _("Chapter: members of this chapter")
    NETWORK = "network", _("Network: other chapters, without the teller's identity")
    PUBLIC = "public", _("Public: may be quoted publicly, without the teller's identity")


class ConsentMethod(models.TextChoices):
    VERBAL = "verbal", _("Verbal, recorded by the collector")
    WRITTEN = "written", _("Written or signed form")
    DIGITAL = "digital", _("Digital form or message")


# The levels other chapters may read (anonymized); `hec.listening.visibility` re-exports it.
SHARED_BEYOND_CHAPTER = (Consent.NETWORK, Consent.PUBLIC)


class Story(ChoiceLabelsModel):
    public_id = PublicIdField()
    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("story"))
    language = models.CharField(
        _("language"), max_length=8, choices=Language.choices, default=Language.EN
    )
    translation = models.TextField(_("translation"), blank=True)
    translation_language = models.CharField(
        _("translation language"), max_length=8, choices=Language.choices, blank=True
    )
    teller = models.ForeignKey(
        "people.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="stories_told",
        verbose_name=_("teller"),
    )
    teller_descriptor = models.CharField(
        _("anonymous teller"),
        max_length=200,
        blank=True,
        help_text=_("When the teller is not recorded: e.g. age band and neighborhood."),
    )
    collector = models.ForeignKey(
        "people.Person",
        on_delete=models.PROTECT,
        related_name="stories_collected",
        verbose_name=_("collected by"),
    )
    session = models.ForeignKey(
        ListeningSession,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stories",
        verbose_name=_("listening session"),
    )
    meeting = models.ForeignKey(
        "relational.Meeting",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stories",
        verbose_name=_("one-to-one"),
    )
    consent = models.CharField(_("consent"), max_length=10, choices=Consent.choices)
    consent_method = models.CharField(
        _("how consent was given"),
        max_length=10,
        choices=ConsentMethod.choices,
        default=ConsentMethod.VERBAL,
    )
    consent_given_on = models.DateField(_("consent given on"), default=timezone.localdate)
    withdrawn_at = models.DateTimeField(_("consent withdrawn"), null=True, blank=True)
    told_on = models.DateField(_("told on"), default=timezone.localdate)
    # Optimistic locking: a save from a stale form is refused instead of overwriting.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    # Computed by the database on every write (so a consent change or a withdrawal, even by a
    # bulk update, takes the story off the network at once): other chapters may read it. Only
    # `visibility.network_stories` filters on it, so its index serves that list alone.
    shared_beyond_chapter = models.GeneratedField(
        expression=models.ExpressionWrapper(
            Q(consent__in=SHARED_BEYOND_CHAPTER, withdrawn_at__isnull=True),
            output_field=models.BooleanField(),
        ),
        output_field=models.BooleanField(),
        db_persist=True,
    )

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-told_on", "-id"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        # A chapter's list reads its newest stories first and skips withdrawn ones: with the
        # whole order in the index, a page reads 50 entries instead of sorting the chapter's.
        # No such index leads with withdrawn_at or consent alone: without statistics SQLite
        # then drove theme queries from every story of the network (3 s at national scale).
        indexes = [
            models.Index(
                fields=["chapter", "withdrawn_at", "-told_on", "-id"], name="story_chapter_recent"
            ),
            models.Index(fields=["chapter", "consent"]),
            models.Index(fields=["consent", "withdrawn_at"]),
            # The network's shared stories, newest first: a page of other chapters' stories
            # walks 50 entries (skipping the reader's own chapter from the index) instead of
            # sorting every shared story. Led by a column no other query filters on.
            models.Index(
                fields=["shared_beyond_chapter", "-told_on", "-id", "chapter"],
                name="story_shared_recent",
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="story_text_required"),
            models.CheckConstraint(
                condition=Q(consent__in=["private", "chapter", "network", "public"]),
                name="story_consent_level_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:60]


class ConsentChange(ChoiceLabelsModel):
    """Consent history: every change of level, and withdrawal, with who and how."""

    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="consent_changes")
    from_level = models.CharField(max_length=10, blank=True)
    to_level = models.CharField(max_length=10)  # a Consent value, or "withdrawn"
    method = models.CharField(max_length=10, choices=ConsentMethod.choices)
    note = models.CharField(max_length=300, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.from_level or '—'} → {self.to_level}"


class ChapterCode(models.Model):
    """A chapter's own finer code under one of the sixteen standard categories."""

    public_id = PublicIdField()
    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    category = models.CharField(_("category"), max_length=40)
    label = models.CharField(_("label"), max_length=120)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["category", "label"]
        constraints = [
            models.UniqueConstraint(
                fields=["chapter", "category", "label"], name="chapter_code_unique"
            )
        ]

    def __str__(self) -> str:
        return self.label


class StoryCode(ChoiceLabelsModel):
    """A category, downstream effect or chapter code applied to a story, by a person
    (confirmed) or suggested by the pattern engine (not yet confirmed)."""

    class Kind(models.TextChoices):
        CATEGORY = "category", _("Category")
        EFFECT = "effect", _("Downstream effect")
        CHAPTER = "chapter", _("Chapter code")

    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="codes")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    code = models.CharField(max_length=40)  # category id, effect id, or chapter code's public id
    chapter_code = models.ForeignKey(
        ChapterCode, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    suggested_score = models.FloatField(null=True, blank=True)
    # The words of the story that drove the engine's suggestion (kept once confirmed).
    evidence = models.JSONField(default=list, blank=True)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        indexes = [models.Index(fields=["chapter", "kind", "code"])]
        constraints = [
            models.UniqueConstraint(fields=["story", "kind", "code"], name="story_code_once")
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.code}"


class RejectedSuggestion(models.Model):
    """A suggestion someone turned down: it is not suggested again for that story."""

    chapter = models.ForeignKey("people.Chapter", on_delete=models.PROTECT, related_name="+")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="rejections")
    kind = models.CharField(max_length=10, choices=StoryCode.Kind.choices)
    code = models.CharField(max_length=40)
    suggested_score = models.FloatField(null=True, blank=True)
    rejected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    rejected_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["story", "kind", "code"], name="rejected_suggestion_once"
            )
        ]

    def __str__(self) -> str:
        return f"not {self.kind}:{self.code}"
