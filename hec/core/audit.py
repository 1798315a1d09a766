"""Write an audit entry. Called by the write functions (services), inside their transaction."""

from __future__ import annotations

from typing import Any

from django.db import models

from hec.core.models import AuditEntry


def record(
    action: str,
    *,
    actor: Any,
    chapter: Any = None,
    obj: models.Model | None = None,
    summary: str = "",
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        action=action,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        chapter=chapter,
        object_type=(obj._meta.model_name or "") if obj is not None else "",
        object_id=str(getattr(obj, "public_id", "") or "") if obj is not None else "",
        summary=summary[:300],
        data=data or {},
    )
    entry.save()
    return entry
