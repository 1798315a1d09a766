"""Finding objects by public id inside the current chapter scope."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models import Model, QuerySet
from django.http import Http404

from hec.api.schemas import PUBLIC_ID_RE

M = TypeVar("M", bound=Model)


def by_public_id(queryset: QuerySet[M], public_id: str, what: str = "object") -> M:
    """The object with this public id, or 404 (also for malformed ids and other chapters':
    the scoped manager only sees the current chapter)."""
    if not PUBLIC_ID_RE.fullmatch(public_id or ""):
        raise Http404(f"No such {what}.")
    try:
        return queryset.get(public_id=public_id)
    except ObjectDoesNotExist as exc:
        raise Http404(f"No such {what}.") from exc


def plain(value: Any) -> Any:
    """Enum members (TextChoices) to their values, through dicts and lists."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


# Write functions name related objects by model field (`counterpart`); the API by public id
# (`counterpart_id`). Their validation errors are renamed so `loc` names the body's field.
API_FIELD_NAMES = {
    name: f"{name}_id"
    for name in (
        "organizer",
        "counterpart",
        "host",
        "organization",
        "teller",
        "collector",
        "session",
        "meeting",
        "person",
    )
} | {"to_level": "level"}


@contextmanager
def api_field_names() -> Iterator[None]:
    try:
        yield
    except ValidationError as exc:
        if not hasattr(exc, "error_dict"):
            raise
        raise ValidationError(
            {API_FIELD_NAMES.get(field, field): errors for field, errors in exc.error_dict.items()}
        ) from None


def resolve_ids(fields: dict[str, Any], **querysets: QuerySet[Any]) -> None:
    """Replace `<name>_id` (a public id) in `fields` with the object found in
    `querysets[name]` (the current chapter's, through the scoped manager), in place.
    A null id stays null; an unknown one is a validation error on that field."""
    for name, queryset in querysets.items():
        key = f"{name}_id"
        if key not in fields:
            continue
        public_id = fields.pop(key)
        if public_id is None:
            fields[name] = None
            continue
        obj = queryset.filter(public_id=public_id).first()
        if obj is None:
            what = queryset.model._meta.verbose_name
            raise ValidationError({key: f"No such {what} in this chapter."})
        fields[name] = obj
