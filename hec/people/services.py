"""Write functions and queries for people, memberships and partners.

Writes are keyword-only functions that validate, run in one transaction and write the audit
entry; views, the API, imports and the demo builder all call them. They run inside the
chapter's scope (the middleware, a test or a command enters it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hec.core import audit
from hec.people.models import (
    Membership,
    Organization,
    Partnership,
    Person,
)

PERSON_FIELDS = (
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
)


def active_membership_q(prefix: str = "") -> Q:
    """Memberships open today (started, not yet ended)."""
    today = timezone.localdate()
    return Q(**{f"{prefix}started_on__lte": today}) & (
        Q(**{f"{prefix}ended_on__isnull": True}) | Q(**{f"{prefix}ended_on__gte": today})
    )


def chapter_summary(chapter: Any) -> dict[str, Any]:
    """Everything the chapter overview shows, in a fixed number of queries (inside the
    chapter scope): counts, active members by discipline and program level, recent people."""
    current = Person.objects.filter(archived_at__isnull=True)
    members = current.filter(
        models.Exists(
            Membership.objects.filter(active_membership_q(), person=models.OuterRef("pk"))
        )
    )
    by_discipline = members.values("discipline").annotate(n=Count("id")).order_by("-n")
    by_level = (
        members.exclude(program_level="")
        .values("program_level")
        .annotate(n=Count("id"))
        .order_by("-n")
    )
    disciplines = dict(Person._meta.get_field("discipline").flatchoices)
    levels = dict(Person._meta.get_field("program_level").flatchoices)
    return {
        "people": current.count(),
        "members": members.count(),
        "partners": Partnership.objects.filter(status=Partnership.Status.ACTIVE).count(),
        "by_discipline": [
            (disciplines.get(row["discipline"]) or _("Not recorded"), row["n"])
            for row in by_discipline
        ],
        "by_program_level": [(levels[row["program_level"]], row["n"]) for row in by_level],
        "recent_people": list(current.order_by("-created_at", "-id")[:8]),
    }


def _apply(person: Person, fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(PERSON_FIELDS)
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
def person_add(
    *, chapter: Any, actor: Any, fields: dict[str, Any], role: str = "", stage: str = ""
) -> Person:
    """Create a person and, with `role`, their membership starting today: both or neither."""
    person = person_create(chapter=chapter, actor=actor, **fields)
    if role:
        membership_create(person=person, actor=actor, role=role, stage=stage)
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


def person_archive(*, person: Person, actor: Any) -> Person:
    """Archive instead of delete: the record and its history stay, it leaves the lists."""
    return _set_archived(person, actor, archived=True)


def person_restore(*, person: Person, actor: Any) -> Person:
    return _set_archived(person, actor, archived=False)


@transaction.atomic
def _set_archived(person: Person, actor: Any, *, archived: bool) -> Person:
    if (person.archived_at is not None) != archived:
        person.archived_at = timezone.now() if archived else None
        person.save(update_fields=["archived_at", "updated_at"])
        action = "chapter.person.archived" if archived else "chapter.person.restored"
        audit.record(action, actor=actor, chapter=person.chapter, obj=person, summary=person.name)
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
        raise ValidationError({"role": _("This person already holds this role.")})
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
        raise ValidationError({"organization": _("This chapter already partners with it.")})
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


@transaction.atomic
def membership_end(
    *, membership: Membership, actor: Any, ended_on: date | None = None
) -> Membership:
    """End a membership (today unless said otherwise; never before it started)."""
    ended_on = ended_on or timezone.localdate()
    if ended_on < membership.started_on:
        raise ValidationError({"ended_on": _("A membership cannot end before it started.")})
    membership.ended_on = ended_on
    membership.save(update_fields=["ended_on"])
    audit.record(
        "chapter.membership.ended",
        actor=actor,
        chapter=membership.chapter,
        obj=membership,
        summary=str(membership),
    )
    return membership
