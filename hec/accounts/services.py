"""Write functions for invitations and personal API tokens.

Keyword-only, one transaction, validation, an audit entry. Views call them; so do the demo
builder and the tests. Invitations are chapter-owned: `invitation_create`/`invitation_revoke`
run inside the chapter's scope; `invitation_accept` is reached by a link outside any chapter
URL, so it enters the invitation's chapter scope itself once the token has found it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from hec.accounts.models import Invitation, User, hash_token
from hec.api.models import ApiToken
from hec.core import audit
from hec.core.permissions import ChapterRole
from hec.people.models import Membership, Person, PersonKind

# Which kind of person record a new member starts as, by the role they were invited to.
KIND_FOR_ROLE = {
    ChapterRole.LEADER: PersonKind.STUDENT,
    ChapterRole.MEMBER: PersonKind.STUDENT,
    ChapterRole.FACULTY_ALLY: PersonKind.ALLY,
    ChapterRole.COMMUNITY_PARTNER: PersonKind.COMMUNITY,
}


class InvitationInvalid(Exception):
    """The token is unknown, used, revoked or expired (callers show one message for all)."""


def invitation_url(raw_token: str) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("accounts:invitation-accept", args=[raw_token])


def _has_active_membership(chapter: Any, email: str) -> bool:
    today = timezone.localdate()
    return (
        Membership.objects.filter(
            chapter=chapter, person__user__email__iexact=email, person__archived_at__isnull=True
        )
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=today))
        .exists()
    )


@transaction.atomic
def invitation_create(
    *, chapter: Any, actor: Any, email: str, name: str = "", role: str
) -> tuple[Invitation, str]:
    """Invite someone by e-mail; returns the invitation and the raw token (sent, never stored).

    The e-mail goes out inside the transaction: if the mail server refuses it, no invitation
    is left behind that nobody received.
    """
    email = email.strip().lower()
    name = name.strip()
    validate_email(email)
    if role not in ChapterRole.values:
        raise ValidationError({"role": _("Choose a role.")})
    if _has_active_membership(chapter, email):
        raise ValidationError({"email": _("This person is already a member of the chapter.")})
    for pending in Invitation.objects.select_for_update().filter(
        email=email, accepted_at__isnull=True, revoked_at__isnull=True
    ):
        if pending.is_open:
            raise ValidationError({"email": _("An invitation to this address is still open.")})
        pending.revoked_at = timezone.now()  # expired: close it so a new one can be sent
        pending.save(update_fields=["revoked_at"])
    raw = Invitation.new_token()
    invitation = Invitation.objects.create(
        chapter=chapter,
        email=email,
        name=name,
        role=role,
        token_hash=hash_token(raw),
        invited_by=actor,
    )
    context = {
        "invitation": invitation,
        "chapter": chapter,
        "inviter": actor,
        "url": invitation_url(raw),
        "role": invitation.get_role_display(),
    }
    send_mail(
        subject=render_to_string("accounts/email/invitation_subject.txt", context).strip(),
        message=render_to_string("accounts/email/invitation_message.txt", context),
        from_email=None,
        recipient_list=[email],
    )
    audit.record(
        "chapter.invitation.sent",
        actor=actor,
        chapter=chapter,
        obj=invitation,
        summary=f"{email} ({invitation.get_role_display()})",
        data={"role": role},
    )
    return invitation, raw


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, actor: Any) -> Invitation:
    if invitation.accepted_at is not None:
        raise ValidationError(_("This invitation was already accepted."))
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        audit.record(
            "chapter.invitation.revoked",
            actor=actor,
            chapter=invitation.chapter,
            obj=invitation,
            summary=invitation.email,
        )
    return invitation


def invitation_lookup(raw_token: str) -> Invitation | None:
    """The open invitation a raw token points at, or None (unknown, used, revoked, expired).

    Called outside any chapter URL: the token itself is the credential that picks the chapter.
    """
    with scopes_disabled():
        invitation = (
            Invitation.objects.select_related("chapter", "invited_by")
            .filter(token_hash=hash_token(raw_token))
            .first()
        )
    if invitation is None or not invitation.is_open:
        return None
    return invitation


@transaction.atomic
def invitation_accept(
    *, raw_token: str, user: User | None = None, name: str = "", password: str = ""
) -> User:
    """Accept an invitation: the signed-in `user` (whose e-mail must match), or a new account
    made from `name` + `password`. Links or creates the chapter's person record, starts the
    membership and marks the invitation used. The caller signs the user in."""
    with scopes_disabled():
        invitation = (
            Invitation.objects.select_for_update()
            .select_related("chapter")
            .filter(token_hash=hash_token(raw_token))
            .first()
        )
    if invitation is None or not invitation.is_open:
        raise InvitationInvalid
    email = invitation.email
    if user is not None:
        if user.email.lower() != email:
            raise ValidationError(_("This invitation is for a different e-mail address."))
    else:
        if User.objects.filter(email__iexact=email).exists():
            raise ValidationError(_("An account with this e-mail exists: sign in to accept."))
        name = name.strip() or invitation.name
        candidate = User(email=email, name=name)
        validate_password(password, user=candidate)
        user = User.objects.create_user(email=email, password=password, name=name)

    chapter = invitation.chapter
    with scope(chapter=chapter):
        person = _person_for(chapter=chapter, user=user, invitation=invitation)
        already = Membership.objects.filter(
            person=person, role=invitation.role, ended_on__isnull=True
        ).exists()
        if not already:
            from hec.people.services import membership_create

            membership_create(person=person, actor=user, role=invitation.role)
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    audit.record(
        "chapter.invitation.accepted",
        actor=user,
        chapter=chapter,
        obj=invitation,
        summary=f"{email} ({invitation.get_role_display()})",
    )
    user._hec_memberships = None  # type: ignore[attr-defined]
    return user


def _person_for(*, chapter: Any, user: User, invitation: Invitation) -> Person:
    """The chapter's record for this user: already linked, else matched on e-mail, else new."""
    from hec.people.services import person_create, person_update

    person = Person.objects.filter(user=user).first()
    if person is not None:
        return person
    person = (
        Person.objects.filter(email__iexact=invitation.email, user__isnull=True)
        .order_by("archived_at", "created_at")
        .first()
    )
    if person is not None and person.archived_at is None:
        return person_update(person=person, actor=user, user=user)
    return person_create(
        chapter=chapter,
        actor=user,
        name=user.name or invitation.name or invitation.email.split("@")[0],
        email=invitation.email,
        kind=KIND_FOR_ROLE.get(ChapterRole(invitation.role), PersonKind.STUDENT),
        user=user,
    )


@transaction.atomic
def api_token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the token a name.")})
    token, raw = ApiToken.issue(user=user, name=name[:100])
    audit.record("account.api_token.created", actor=user, obj=token, summary=token.name)
    return token, raw


@transaction.atomic
def api_token_revoke(*, token: ApiToken, actor: User) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit.record("account.api_token.revoked", actor=actor, obj=token, summary=token.name)
    return token
