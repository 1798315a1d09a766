"""The "One-to-ones" block of a person's page (registered in RelationalConfig.ready)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from hec.people.sections import PersonSection
from hec.relational.models import Meeting

SHOWN = 10


def meetings_section(person: Any, access: Any) -> PersonSection | None:
    if access is None or not access.can("meetings.view"):
        return None
    meetings = (
        Meeting.objects.filter(Q(organizer=person) | Q(counterpart=person))
        .select_related("organizer", "counterpart")
        .defer("private_notes")
        .order_by("-held_on", "-id")
    )
    shown = list(meetings[:SHOWN])
    total = len(shown) if len(shown) < SHOWN else meetings.count()
    return PersonSection(
        key="meetings",
        title=_("One-to-ones"),
        template="relational/sections/meetings.html",
        context={"meetings": shown, "total": total, "can_log": access.can("meetings.log")},
    )
