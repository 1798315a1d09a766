"""Write functions and queries for people, memberships and partners.

Writes are keyword-only functions that validate, run in one transaction and write the audit
entry; views, the API, imports and the demo builder all call them. They run inside the
chapter's scope (the middleware, a test or a command enters it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hec.core import audit
from hec.people.models import (
    LeadershipStage,
    Membership,
    Organization,
    Partnership,
    Person,
)

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


# --- What is linked to a person -------------------------------------------------------------


@dataclass
class PersonSection:
    """One block of the person page's "What's linked" part, rendered with `template`."""

    key: str
    title: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)


PersonSectionProvider = Callable[[Person, Any], "PersonSection | None"]
PERSON_SECTION_PROVIDERS: list[PersonSectionProvider] = []


def register_person_section(provider: PersonSectionProvider) -> PersonSectionProvider:
    """Other apps add a block to the person page: call this (e.g. as a decorator in the
    app's `AppConfig.ready`) with a function (person, access) -> PersonSection | None.
    Return None when the viewer may not see it or there is nothing to show."""
    if provider not in PERSON_SECTION_PROVIDERS:
        PERSON_SECTION_PROVIDERS.append(provider)
    return provider


def _merged_records_section(person: Person, access: Any) -> PersonSection | None:
    merged = list(Person.objects.filter(merged_into=person).order_by("name"))
    if not merged:
        return None
    return PersonSection(
        key="merged",
        title=_("Records merged into this one"),
        template="people/sections/merged.html",
        context={"merged": merged},
    )


def _history_section(person: Person, access: Any) -> PersonSection | None:
    from hec.core.models import AuditEntry

    if access is None or not access.can("audit.view"):
        return None
    entries = list(
        AuditEntry.objects.filter(object_type="person", object_id=person.public_id)
        .select_related("actor")
        .order_by("-created_at", "-id")[:10]
    )
    return PersonSection(
        key="history",
        title=_("Recent changes"),
        template="people/sections/history.html",
        context={"entries": entries},
    )


register_person_section(_merged_records_section)
register_person_section(_history_section)


def person_sections(person: Person, access: Any) -> list[PersonSection]:
    """The "What's linked" blocks of the person page, from every registered provider."""
    sections = (provider(person, access) for provider in PERSON_SECTION_PROVIDERS)
    return [s for s in sections if s is not None]


# --- Merging duplicates ---------------------------------------------------------------------

MERGE_FIELDS = [
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
]

STAGE_RANK = {value: rank for rank, value in enumerate(LeadershipStage.values)}


def merge_defaults(keep: Person, drop: Person) -> dict[str, Any]:
    """Field values a merge takes unless told otherwise: keep's when not empty, else drop's."""
    values = {}
    for name in MERGE_FIELDS:
        mine, theirs = getattr(keep, name), getattr(drop, name)
        values[name] = mine if mine not in (None, "", []) else theirs
    return values


def _merge_memberships(dropped: models.Model, kept: models.Model) -> None:
    """Two open memberships with the same role: one membership, from the earlier start, at
    the more advanced leadership stage."""
    assert isinstance(dropped, Membership) and isinstance(kept, Membership)
    kept.started_on = min(kept.started_on, dropped.started_on)
    if STAGE_RANK.get(dropped.stage, -1) > STAGE_RANK.get(kept.stage, -1):
        kept.stage = dropped.stage
    kept.save(update_fields=["started_on", "stage"])
    dropped.delete()


# model -> how to resolve a row of the dropped person that would break a unique constraint
# once moved (it receives that row and the kept person's clashing row). Without an entry, the
# dropped person's row is deleted: the kept person already has its equal.
MERGE_CONFLICT_HANDLERS: dict[type[models.Model], Callable[[Any, Any], None]] = {
    Membership: _merge_memberships,
}


# Steps other apps register to run before rows move, for rows that cannot survive the merge
# (e.g. a one-to-one between the two records would become a meeting with oneself). Each gets
# (keep, drop) and returns a count for the audit entry.
MERGE_PREPARATION_STEPS: dict[str, Callable[[Person, Person], int]] = {}


def register_merge_preparation(name: str, step: Callable[[Person, Person], int]) -> None:
    MERGE_PREPARATION_STEPS[name] = step


def _person_relations() -> list[Any]:
    """Every foreign key and one-to-one pointing at Person, from any app, including hidden
    ones (related_name="+") and many-to-many through tables."""
    return [
        f
        for f in Person._meta.get_fields(include_hidden=True)
        if f.auto_created and not f.concrete and (f.one_to_many or f.one_to_one)
    ]


def _unique_sets(model: type[models.Model], fk_name: str) -> list[tuple[list[str], Q | None]]:
    """The unique field sets of `model` that include the foreign key `fk_name`."""
    sets: list[tuple[list[str], Q | None]] = []
    for together in model._meta.unique_together:
        sets.append((list(together), None))
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and constraint.fields:
            sets.append((list(constraint.fields), constraint.condition))
    if getattr(model._meta.get_field(fk_name), "unique", False):
        sets.append(([fk_name], None))
    return [(names, cond) for names, cond in sets if fk_name in names]


def _clash(row: models.Model, rel: Any, keep: Person, sets: list) -> models.Model | None:
    """The kept person's row that `row` would duplicate under a unique constraint, if any."""
    model, fk = rel.related_model, rel.field
    manager = model._base_manager
    for names, condition in sets:
        lookup: dict[str, Any] = {fk.attname: keep.pk}
        for name in names:
            if name == fk.name:
                continue
            attname = model._meta.get_field(name).attname
            lookup[attname] = getattr(row, attname)
        if any(v is None for v in lookup.values()):
            continue  # NULLs never clash
        candidates = manager.filter(**lookup)
        if condition is not None:
            if not manager.filter(pk=row.pk).filter(condition).exists():
                continue
            candidates = candidates.filter(condition)
        other = candidates.exclude(pk=row.pk).first()
        if other is not None:
            return other
    return None


def _move_related(keep: Person, drop: Person) -> dict[str, dict[str, int]]:  # noqa: C901
    moved: dict[str, int] = {}
    resolved: dict[str, int] = {}
    for rel in _person_relations():
        model, fk = rel.related_model, rel.field
        label = f"{model._meta.label_lower}.{fk.name}"
        manager = model._base_manager  # unscoped: rows of other apps may have no chapter
        sets = _unique_sets(model, fk.name)
        if sets:
            for row in manager.filter(**{fk.attname: drop.pk}):
                other = _clash(row, rel, keep, sets)
                if other is None:
                    continue
                handler = MERGE_CONFLICT_HANDLERS.get(model)
                if handler is None:
                    row.delete()
                else:
                    handler(row, other)
                resolved[label] = resolved.get(label, 0) + 1
        count = manager.filter(**{fk.attname: drop.pk}).update(**{fk.attname: keep.pk})
        if count:
            moved[label] = count
    return {"moved": moved, "resolved": resolved}


@transaction.atomic
def person_merge(
    *, keep: Person, drop: Person, actor: Any, fields: dict[str, Any] | None = None
) -> Person:
    """Merge `drop` into `keep`: every row pointing at drop (in any app) moves to keep, keep
    takes the chosen field values (default: `merge_defaults`), drop is archived with
    `merged_into = keep`. One transaction: any error leaves both records as they were."""
    if keep.pk == drop.pk:
        raise ValidationError(_("Choose two different people to merge."))
    if keep.chapter_id != drop.chapter_id:
        raise ValidationError(_("Only people of the same chapter can be merged."))
    if keep.merged_into_id or drop.merged_into_id:
        raise ValidationError(_("One of these records was already merged into another."))
    if keep.user_id and drop.user_id and keep.user_id != drop.user_id:
        raise ValidationError(
            _("Both records are linked to different logins; unlink one before merging.")
        )
    # Lock both rows so two leaders merging at once cannot interleave, then work on fresh data.
    list(Person._base_manager.select_for_update().filter(pk__in=[keep.pk, drop.pk]))
    keep.refresh_from_db()
    drop.refresh_from_db()

    values = merge_defaults(keep, drop)
    if fields:
        unknown = set(fields) - set(MERGE_FIELDS)
        if unknown:
            raise TypeError(f"unknown merge fields: {sorted(unknown)}")
        values.update(fields)
    user = keep.user or drop.user
    if drop.user_id:
        drop.user = None
        drop.save(update_fields=["user", "updated_at"])

    prepared = {name: step(keep, drop) for name, step in MERGE_PREPARATION_STEPS.items()}
    result = _move_related(keep, drop)
    result["prepared"] = {name: n for name, n in prepared.items() if n}

    _apply(keep, {**values, "user": user})
    keep.save()
    drop.refresh_from_db()
    drop.merged_into = keep
    drop.archived_at = drop.archived_at or timezone.now()
    drop.save(update_fields=["merged_into", "archived_at", "updated_at"])
    audit.record(
        "chapter.people.merged",
        actor=actor,
        chapter=keep.chapter,
        obj=keep,
        summary=f"{drop.name} → {keep.name}",
        data={"keep": keep.public_id, "drop": drop.public_id, **result},
    )
    return keep
