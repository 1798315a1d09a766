"""Write functions and queries for people, memberships and partners.

Writes are keyword-only functions running in one transaction and writing the audit entry;
views, the API, imports and the demo builder all call them.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.utils import timezone

from hec.people.models import Membership, Partnership, Person


def chapter_summary(chapter: Any) -> dict[str, int]:
    """Counts for the chapter overview (runs inside the chapter scope)."""
    today = timezone.localdate()
    active = Q(ended_on__isnull=True) | Q(ended_on__gte=today)
    return {
        "people": Person.objects.filter(archived_at__isnull=True).count(),
        "members": Membership.objects.filter(active).values("person").distinct().count(),
        "partners": Partnership.objects.filter(status=Partnership.Status.ACTIVE).count(),
    }
