"""Affiliates, chapters (the tenants), people, memberships, organizations and partnerships."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from hec.core.choices import ChoiceLabelsModel
from hec.core.ids import PublicIdField
from hec.core.permissions import ChapterRole


class Affiliate(models.Model):
    """A local Industrial Areas Foundation affiliate (e.g. Sound Alliance)."""

    public_id = PublicIdField()
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    city = models.CharField(_("city"), max_length=120)
    region = models.CharField(_("state or region"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("affiliate")

    def __str__(self) -> str:
        return self.name


class Chapter(ChoiceLabelsModel):
    """A student-led HEC chapter: the tenant. Every chapter-owned row points here."""

    class Status(models.TextChoices):
        FORMING = "forming", _("Forming")
        ACTIVE = "active", _("Active")
        DORMANT = "dormant", _("Dormant")

    public_id = PublicIdField()
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True)
    institution = models.CharField(_("institution"), max_length=200)
    city = models.CharField(_("city"), max_length=120)
    affiliate = models.ForeignKey(
        Affiliate, on_delete=models.PROTECT, related_name="chapters", verbose_name=_("affiliate")
    )
    founded_on = models.DateField(_("founded on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("chapter")

    def __str__(self) -> str:
        return self.name


class Discipline(models.TextChoices):
    PUBLIC_HEALTH = "public_health", _("Public health")
    MEDICINE = "medicine", _("Medicine")
    NURSING = "nursing", _("Nursing")
    PHARMACY = "pharmacy", _("Pharmacy")
    DENTISTRY = "dentistry", _("Dentistry")
    SOCIAL_WORK = "social_work", _("Social work")
    LAW = "law", _("Law")
    SOCIAL_SCIENCES = "social_sciences", _("Social sciences")
    OTHER = "other", _("Other")


class ProgramLevel(models.TextChoices):
    UNDERGRAD = "undergrad", _("Undergraduate")
    GRADUATE = "graduate", _("Graduate")
    PROFESSIONAL = "professional", _("Professional")


class PersonKind(models.TextChoices):
    STUDENT = "student", _("Student")
    ALLY = "ally", _("Faculty or staff ally")
    COMMUNITY = "community", _("Community member")
    ORGANIZER = "organizer", _("Organizer")
    OFFICIAL = "official", _("Official")


class LeadershipStage(models.TextChoices):
    NEWCOMER = "newcomer", _("Newcomer")
    PARTICIPANT = "participant", _("Participant")
    EMERGING = "emerging", _("Emerging leader")
    LEADER = "leader", _("Leader")
    DEVELOPS_LEADERS = "develops_leaders", _("Develops other leaders")


class Language(models.TextChoices):
    EN = "en", _("English")
    ES = "es", _("Spanish")
    VI = "vi", _("Vietnamese")
    ZH = "zh", _("Chinese")
    RU = "ru", _("Russian")
    SO = "so", _("Somali")
    AR = "ar", _("Arabic")
    UK = "uk", _("Ukrainian")
    KO = "ko", _("Korean")
    TL = "tl", _("Tagalog")
    OTHER = "other", _("Other")


class Organization(ChoiceLabelsModel):
    """A partner organization. Shared across the network (organizations are public bodies);
    which chapters work with it is the chapter-owned Partnership."""

    class Kind(models.TextChoices):
        CONGREGATION = "congregation", _("Congregation")
        UNION = "union", _("Union")
        CLINIC = "clinic", _("Clinic")
        SCHOOL = "school", _("School")
        TENANT_ASSOCIATION = "tenant_association", _("Tenant association")
        NONPROFIT = "nonprofit", _("Nonprofit")
        GOVERNMENT = "government", _("Government")
        OTHER = "other", _("Other")

    public_id = PublicIdField()
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        constraints = [
            models.UniqueConstraint(fields=["name", "city"], name="organization_unique_name_city"),
            models.CheckConstraint(condition=~Q(name=""), name="organization_name_required"),
        ]

    def __str__(self) -> str:
        return self.name


class Person(ChoiceLabelsModel):
    """Someone a chapter works with. Each chapter keeps its own record of a person, so nothing
    about them crosses a chapter boundary; a login links to one record per chapter."""

    public_id = PublicIdField()
    chapter = models.ForeignKey(Chapter, on_delete=models.PROTECT, related_name="people")
    name = models.CharField(_("name"), max_length=200)
    pronouns = models.CharField(_("pronouns"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=Language.choices, default=Language.EN
    )
    languages_spoken = models.JSONField(_("languages spoken"), default=list, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=PersonKind.choices)
    program_level = models.CharField(
        _("program level"), max_length=12, choices=ProgramLevel.choices, blank=True
    )
    discipline = models.CharField(
        _("discipline"), max_length=20, choices=Discipline.choices, blank=True
    )
    graduation_year = models.PositiveSmallIntegerField(_("graduation year"), null=True, blank=True)
    home_community = models.CharField(_("home community"), max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("organization"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
    )
    archived_at = models.DateTimeField(null=True, blank=True, editable=False)
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        indexes = [
            models.Index(fields=["chapter", "name"]),
            models.Index(fields=["chapter", "email"]),
            models.Index(fields=["chapter", "phone"]),
            models.Index(fields=["chapter", "discipline"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["chapter", "user"],
                condition=Q(user__isnull=False),
                name="person_one_record_per_user_per_chapter",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="person_name_required"),
            models.CheckConstraint(condition=~Q(kind=""), name="person_kind_required"),
            models.CheckConstraint(
                condition=Q(kind="student") | Q(program_level=""),
                name="person_program_level_only_for_students",
            ),
            models.CheckConstraint(
                condition=Q(graduation_year__isnull=True)
                | Q(graduation_year__gte=1950, graduation_year__lte=2100),
                name="person_graduation_year_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class Membership(ChoiceLabelsModel):
    """A person's role in a chapter over a span of time."""

    public_id = PublicIdField()
    chapter = models.ForeignKey(Chapter, on_delete=models.PROTECT, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=ChapterRole.choices)
    stage = models.CharField(
        _("leadership stage"),
        max_length=20,
        choices=LeadershipStage.choices,
        default=LeadershipStage.NEWCOMER,
    )
    started_on = models.DateField(_("started on"), default=timezone.localdate)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-started_on", "id"]
        verbose_name = _("membership")
        indexes = [models.Index(fields=["chapter", "role", "ended_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "role"],
                condition=Q(ended_on__isnull=True),
                name="membership_one_open_role_per_person",
            ),
            models.CheckConstraint(condition=~Q(role=""), name="membership_role_required"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="membership_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.get_role_display()}"

    @property
    def is_active(self) -> bool:
        return self.ended_on is None or self.ended_on >= timezone.localdate()


class Partnership(ChoiceLabelsModel):
    """A chapter's working relationship with an organization."""

    class Status(models.TextChoices):
        PROSPECT = "prospect", _("Prospect")
        ACTIVE = "active", _("Active")
        PAST = "past", _("Past")

    public_id = PublicIdField()
    chapter = models.ForeignKey(Chapter, on_delete=models.PROTECT, related_name="partnerships")
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="partnerships"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    since = models.DateField(_("since"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["organization__name"]
        verbose_name = _("partnership")
        constraints = [
            models.UniqueConstraint(
                fields=["chapter", "organization"], name="partnership_unique_per_chapter"
            )
        ]

    def __str__(self) -> str:
        return f"{self.chapter} ↔ {self.organization}"
