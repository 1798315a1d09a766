"""Sign-in accounts (e-mail, no username) and chapter invitations."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from hec.core.choices import ChoiceLabelsModel
from hec.core.ids import PublicIdField
from hec.core.permissions import ChapterRole, NetworkRole


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra) -> User:
        extra.update(is_staff=True, is_superuser=True, network_role=NetworkRole.NETWORK_ADMIN)
        return self.create_user(email, password, **extra)


class User(AbstractUser):
    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    public_id = PublicIdField()
    email = models.EmailField(_("email"), unique=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    network_role = models.CharField(
        _("network role"), max_length=20, choices=NetworkRole.choices, blank=True, default=""
    )
    affiliate = models.ForeignKey(
        "people.Affiliate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("affiliate (for affiliate organizers)"),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []  # type: ignore[misc]
    objects = UserManager()  # type: ignore[misc,assignment]

    class Meta:
        verbose_name = _("user")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(network_role="affiliate_organizer")
                | models.Q(affiliate__isnull=False),
                name="user_affiliate_organizer_has_affiliate",
            )
        ]

    def __str__(self) -> str:
        return self.name or self.email

    def get_full_name(self) -> str:
        return self.name or self.email

    def get_short_name(self) -> str:
        return (self.name or self.email).split(" ")[0]


def hash_token(raw: str) -> str:
    """Secrets are stored hashed; they are random and long, so SHA-256 suffices."""
    return hashlib.sha256(raw.encode()).hexdigest()


class Invitation(ChoiceLabelsModel):
    """A chapter leader invites someone by e-mail to join with a role."""

    VALID_FOR = timedelta(days=14)

    public_id = PublicIdField()
    chapter = models.ForeignKey("people.Chapter", on_delete=models.CASCADE)
    email = models.EmailField(_("email"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=ChapterRole.choices)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(chapter="chapter")

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["chapter", "email"],
                condition=models.Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="invitation_one_open_per_email",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.chapter} ({self.role})"

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)

    @property
    def expires_at(self):
        return self.created_at + self.VALID_FOR

    @property
    def status(self) -> str:
        """accepted / revoked / expired / open (for lists; the model keeps the timestamps)."""
        if self.accepted_at is not None:
            return "accepted"
        if self.revoked_at is not None:
            return "revoked"
        if timezone.now() >= self.expires_at:
            return "expired"
        return "open"

    @property
    def is_open(self) -> bool:
        return (
            self.accepted_at is None
            and self.revoked_at is None
            and timezone.now() < self.expires_at
        )
