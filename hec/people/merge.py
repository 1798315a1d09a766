"""Merging duplicate person records: every row pointing at the dropped record, in any app,
moves to the kept one inside one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hec.core import audit
from hec.people.models import LeadershipStage, Membership, Person
from hec.people.services import PERSON_FIELDS, _apply

# Every person field but the login link, which the merge decides on its own.
MERGE_FIELDS = [name for name in PERSON_FIELDS if name != "user"]

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
