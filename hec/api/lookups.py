"""Finding objects by public id inside the current chapter scope."""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist
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
