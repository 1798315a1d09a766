"""The network view: affiliates and chapters with aggregate counts, and their write functions.

Network admins and affiliate organizers see counts only, never a person's data. The counts
cross chapters, so they run under `scopes_disabled()` — one annotated query for all chapters.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django_scopes import scopes_disabled

from hec.core import audit
from hec.core.permissions import NetworkRole, network_role_can
from hec.people.models import Affiliate, Chapter, Membership, Person


def can(user: Any, capability: str) -> bool:
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and network_role_can(user.network_role, capability)
    )


def _count(queryset: QuerySet, field: str = "id") -> Coalesce:
    """A per-chapter count as a correlated subquery (no join fan-out between the two counts)."""
    counted = (
        queryset.filter(chapter=OuterRef("pk"))
        .order_by()
        .values("chapter")
        .annotate(n=Count(field, distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counted), Value(0))


def visible_chapters(user: Any) -> QuerySet[Chapter]:
    """Chapters with people and member counts (a list of aggregates, no person data)."""
    today = timezone.localdate()
    with scopes_disabled():
        people = Person.objects.filter(archived_at__isnull=True)
        members = Membership.objects.filter(
            Q(ended_on__isnull=True) | Q(ended_on__gte=today),
            started_on__lte=today,
            person__archived_at__isnull=True,
        )
        chapters = Chapter.objects.select_related("affiliate").annotate(
            people_count=_count(people), members_count=_count(members, "person")
        )
        if user.network_role != NetworkRole.NETWORK_ADMIN:
            chapters = chapters.filter(affiliate_id=user.affiliate_id)
        return chapters.order_by("affiliate__name", "name")


def visible_affiliates(user: Any) -> QuerySet[Affiliate]:
    affiliates = Affiliate.objects.annotate(chapters_count=Count("chapters"))
    if user.network_role != NetworkRole.NETWORK_ADMIN:
        affiliates = affiliates.filter(pk=user.affiliate_id)
    return affiliates.order_by("name")


@transaction.atomic
def chapter_create(*, actor: Any, **fields: Any) -> Chapter:
    chapter = Chapter(**fields)
    chapter.full_clean()
    chapter.save()
    audit.record(
        "network.chapter.created", actor=actor, chapter=chapter, obj=chapter, summary=chapter.name
    )
    return chapter


@transaction.atomic
def chapter_update(*, chapter: Chapter, actor: Any, **fields: Any) -> Chapter:
    changed = sorted(k for k, v in fields.items() if getattr(chapter, k) != v)
    for name, value in fields.items():
        setattr(chapter, name, value)
    chapter.full_clean()
    chapter.save()
    audit.record(
        "network.chapter.updated",
        actor=actor,
        chapter=chapter,
        obj=chapter,
        summary=chapter.name,
        data={"fields": changed},
    )
    return chapter


@transaction.atomic
def affiliate_create(*, actor: Any, **fields: Any) -> Affiliate:
    affiliate = Affiliate(**fields)
    affiliate.full_clean()
    affiliate.save()
    audit.record("network.affiliate.created", actor=actor, obj=affiliate, summary=affiliate.name)
    return affiliate


@transaction.atomic
def affiliate_update(*, affiliate: Affiliate, actor: Any, **fields: Any) -> Affiliate:
    changed = sorted(k for k, v in fields.items() if getattr(affiliate, k) != v)
    for name, value in fields.items():
        setattr(affiliate, name, value)
    affiliate.full_clean()
    affiliate.save()
    audit.record(
        "network.affiliate.updated",
        actor=actor,
        obj=affiliate,
        summary=affiliate.name,
        data={"fields": changed},
    )
    return affiliate
