"""The permission matrix, in one place (documented in docs/permissions.md).

Chapter roles come from a person's active membership; network roles live on the user.
Views and API endpoints ask `access.can("people.edit")`; they never test roles themselves.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ChapterRole(models.TextChoices):
    LEADER = "leader", _("Chapter leader")
    MEMBER = "member", _("Member")
    FACULTY_ALLY = "faculty_ally", _("Faculty ally")
    COMMUNITY_PARTNER = "community_partner", _("Community partner")


class NetworkRole(models.TextChoices):
    NONE = "", _("None")
    NETWORK_ADMIN = "network_admin", _("Network admin")
    AFFILIATE_ORGANIZER = "affiliate_organizer", _("Affiliate organizer")


L, M, F, P = (
    ChapterRole.LEADER,
    ChapterRole.MEMBER,
    ChapterRole.FACULTY_ALLY,
    ChapterRole.COMMUNITY_PARTNER,
)
EVERY_ROLE = frozenset({L, M, F, P})

# capability -> chapter roles that have it
CHAPTER_PERMISSIONS: dict[str, frozenset[str]] = {
    "chapter.view": EVERY_ROLE,
    "people.view": frozenset({L, M, F}),
    "people.create": frozenset({L, M, F}),
    "people.edit": frozenset({L, M}),
    "people.archive": frozenset({L}),
    "people.merge": frozenset({L}),
    "memberships.manage": frozenset({L}),
    "organizations.view": EVERY_ROLE,
    "organizations.edit": frozenset({L, M}),
    "invitations.manage": frozenset({L}),
    "audit.view": frozenset({L}),
    "meetings.view": frozenset({L, M, F}),
    "meetings.log": frozenset({L, M, F}),
    "meetings.goal.manage": frozenset({L}),
    "meetings.private_notes.view": frozenset({L}),
    "sessions.view": frozenset({L, M, F}),
    "sessions.manage": frozenset({L, M}),
    "stories.view": frozenset({L, M, F}),
    "stories.create": frozenset({L, M, F}),
    "stories.edit": frozenset({L, M}),
    "stories.code": frozenset({L, M, F}),
    "stories.consent.change": frozenset({L, M}),
    "stories.private.view": frozenset({L}),
    "stories.network.view": frozenset({L, M, F}),
    "codes.manage": frozenset({L}),
    "themes.view": frozenset({L, M, F}),
    "themes.edit": frozenset({L, M}),
    "patterns.run": frozenset({L, M}),
    "priorities.view": EVERY_ROLE,
    "priorities.vote": EVERY_ROLE,
    "priorities.manage": frozenset({L}),
}

# capability -> network roles that have it (network-wide pages; aggregates only)
NETWORK_PERMISSIONS: dict[str, frozenset[str]] = {
    "network.view": frozenset({NetworkRole.NETWORK_ADMIN, NetworkRole.AFFILIATE_ORGANIZER}),
    "network.chapters.manage": frozenset({NetworkRole.NETWORK_ADMIN}),
    "network.patterns.run": frozenset({NetworkRole.NETWORK_ADMIN, NetworkRole.AFFILIATE_ORGANIZER}),
}

# Roles that must enrol a second factor when HEC_REQUIRE_MFA is on.
MFA_CHAPTER_ROLES = frozenset({L})
MFA_NETWORK_ROLES = frozenset({NetworkRole.NETWORK_ADMIN})


def role_can(role: str, capability: str) -> bool:
    if capability not in CHAPTER_PERMISSIONS:
        raise KeyError(f"unknown capability {capability!r}")
    return role in CHAPTER_PERMISSIONS[capability]


def network_role_can(role: str, capability: str) -> bool:
    if capability not in NETWORK_PERMISSIONS:
        raise KeyError(f"unknown capability {capability!r}")
    return role in NETWORK_PERMISSIONS[capability]
