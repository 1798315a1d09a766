"""Write functions and queries for people, memberships and partners.

Writes are keyword-only functions that validate, run in one transaction and write the audit
entry; views, the API, imports and the demo builder all call them. They run inside the
chapter's scope (the middleware, a test or a command enters it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from hec.core import audit
from hec.people.models import Membership, Organization, Partnership, Person

PERSON_FIELDS = {
    "name",
    "pronouns",
    "email",
    "phone",
    "preferred_language",
    "languages_spoken",
    "kind",
    "program_level",
    "discipline",
    "graduation_year",
    "home_community",
    "organization",
    "user",
}


def chapter_summary(chapter: Any) -> dict[str, int]:
    """Counts for the chapter overview (runs inside the chapter scope)."""
    today = timezone.localdate()
    active = Q(ended_on__isnull=True) | Q(ended_on__gte=today)
    return {
        "people": Person.objects.filter(archived_at__isnull=True).count(),
        "members": Membership.objects.filter(active).values("person").distinct().count(),
        "partners": Partnership.objects.filter(status=Partnership.Status.ACTIVE).count(),
    }


def _apply(person: Person, fields: dict[str, Any]) -> None:
    unknown = set(fields) - PERSON_FIELDS
    if unknown:
        raise TypeError(f"unknown person fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(person, name, value)
    if person.email:
        person.email = person.email.strip().lower()
    person.full_clean(exclude=["chapter", "merged_into"])


@transaction.atomic
def person_create(*, chapter: Any, actor: Any, **fields: Any) -> Person:
    person = Person(chapter=chapter)
    _apply(person, fields)
    person.save()
    audit.record(
        "chapter.person.created", actor=actor, chapter=chapter, obj=person, summary=person.name
    )
    return person


@transaction.atomic
def person_update(*, person: Person, actor: Any, **fields: Any) -> Person:
    changed = sorted(k for k, v in fields.items() if getattr(person, k) != v)
    _apply(person, fields)
    person.save()
    audit.record(
        "chapter.person.updated",
        actor=actor,
        chapter=person.chapter,
        obj=person,
        summary=person.name,
        data={"fields": changed},
    )
    return person


@transaction.atomic
def person_archive(*, person: Person, actor: Any) -> Person:
    """Archive instead of delete: the record and its history stay, it leaves the lists."""
    if person.archived_at is None:
        person.archived_at = timezone.now()
        person.save(update_fields=["archived_at", "updated_at"])
        audit.record(
            "chapter.person.archived",
            actor=actor,
            chapter=person.chapter,
            obj=person,
            summary=person.name,
        )
    return person


@transaction.atomic
def person_restore(*, person: Person, actor: Any) -> Person:
    if person.archived_at is not None:
        person.archived_at = None
        person.save(update_fields=["archived_at", "updated_at"])
        audit.record(
            "chapter.person.restored",
            actor=actor,
            chapter=person.chapter,
            obj=person,
            summary=person.name,
        )
    return person


@transaction.atomic
def membership_create(
    *,
    person: Person,
    actor: Any,
    role: str,
    stage: str = "",
    started_on: date | None = None,
    ended_on: date | None = None,
) -> Membership:
    membership = Membership(
        chapter=person.chapter,
        person=person,
        role=role,
        started_on=started_on or timezone.localdate(),
        ended_on=ended_on,
    )
    if stage:
        membership.stage = stage
    if (
        ended_on is None
        and Membership.objects.filter(person=person, role=role, ended_on__isnull=True).exists()
    ):
        raise ValidationError({"role": "This person already holds this role."})
    membership.full_clean(exclude=["chapter", "person"])
    membership.save()
    audit.record(
        "chapter.membership.created",
        actor=actor,
        chapter=person.chapter,
        obj=membership,
        summary=str(membership),
    )
    return membership


@transaction.atomic
def membership_update(*, membership: Membership, actor: Any, **fields: Any) -> Membership:
    allowed = {"role", "stage", "started_on", "ended_on"}
    if set(fields) - allowed:
        raise TypeError(f"unknown membership fields: {sorted(set(fields) - allowed)}")
    for name, value in fields.items():
        setattr(membership, name, value)
    membership.full_clean(exclude=["chapter", "person"])
    membership.save()
    audit.record(
        "chapter.membership.updated",
        actor=actor,
        chapter=membership.chapter,
        obj=membership,
        summary=str(membership),
        data={"fields": sorted(fields)},
    )
    return membership


@transaction.atomic
def partnership_create(
    *,
    chapter: Any,
    actor: Any,
    organization: Organization | None = None,
    status: str = Partnership.Status.ACTIVE,
    since: date | None = None,
    notes: str = "",
    **organization_fields: Any,
) -> Partnership:
    """Partner with an existing organization, or create it (name, kind, city, website)."""
    if organization is None:
        organization = Organization(**organization_fields)
        organization.full_clean()
        organization.save()
        audit.record(
            "network.organization.created",
            actor=actor,
            chapter=chapter,
            obj=organization,
            summary=organization.name,
        )
    if Partnership.objects.filter(organization=organization).exists():
        raise ValidationError({"organization": "This chapter already partners with it."})
    partnership = Partnership(
        chapter=chapter, organization=organization, status=status, since=since, notes=notes
    )
    partnership.full_clean(exclude=["chapter", "organization"])
    partnership.save()
    audit.record(
        "chapter.partnership.created",
        actor=actor,
        chapter=chapter,
        obj=partnership,
        summary=organization.name,
    )
    return partnership


@transaction.atomic
def partnership_update(*, partnership: Partnership, actor: Any, **fields: Any) -> Partnership:
    allowed = {"status", "since", "notes"}
    if set(fields) - allowed:
        raise TypeError(f"unknown partnership fields: {sorted(set(fields) - allowed)}")
    for name, value in fields.items():
        setattr(partnership, name, value)
    partnership.full_clean(exclude=["chapter", "organization"])
    partnership.save()
    audit.record(
        "chapter.partnership.updated",
        actor=actor,
        chapter=partnership.chapter,
        obj=partnership,
        summary=partnership.organization.name,
        data={"fields": sorted(fields)},
    )
    return partnership
