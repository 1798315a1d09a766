"""Read queries for the people pages (run inside the chapter scope)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Replace

from hec.people import dedupe
from hec.people.models import Membership, Person
from hec.people.services import active_membership_q


def with_active_memberships(people: QuerySet[Person]) -> QuerySet[Person]:
    """Attach `person.active_memberships` (a list) in one extra query for the whole page."""
    return people.prefetch_related(
        Prefetch(
            "memberships",
            queryset=Membership.objects.filter(active_membership_q()).order_by("role"),
            to_attr="active_memberships",
        )
    )


def _digits_only(field: str) -> Any:
    """The field with the usual phone punctuation removed, in SQL (SQLite and PostgreSQL)."""
    expression: Any = F(field)
    for char in " -().+/":
        expression = Replace(expression, Value(char), Value(""))
    return expression


def people_search(filters: dict[str, Any]) -> QuerySet[Person]:
    """People matching the list's search box and filters (cleaned PeopleFilterForm data)."""
    people = Person.objects.select_related("organization")
    if not filters.get("archived"):
        people = people.filter(archived_at__isnull=True)
    q = (filters.get("q") or "").strip()
    if q:
        match = Q(name__icontains=q) | Q(email__icontains=q) | Q(phone__icontains=q)
        digits = re.sub(r"\D", "", q)
        if len(digits) >= 3:
            match |= Q(phone_digits__contains=digits)
            people = people.annotate(phone_digits=_digits_only("phone"))
        people = people.filter(match)
    for name in ("discipline", "program_level", "kind"):
        if filters.get(name):
            people = people.filter(**{name: filters[name]})
    membership = {
        key: filters[name]
        for name, key in (("role", "role"), ("stage", "stage"))
        if filters.get(name)
    }
    if membership:
        people = people.filter(
            Exists(
                Membership.objects.filter(
                    active_membership_q(), person=OuterRef("pk"), **membership
                )
            )
        )
    return with_active_memberships(people.order_by("name", "id"))


@dataclass
class DuplicatePair:
    first: Person
    second: Person
    reasons: list[str]


def duplicate_pairs() -> list[DuplicatePair]:
    """Suggested duplicates among the chapter's current people: two queries, whatever the
    chapter's size (one narrow read of every person, one for the people in the pairs)."""
    rows = (
        Person.objects.filter(archived_at__isnull=True)
        .order_by("created_at", "id")
        .values_list("pk", "name", "email", "phone")
    )
    suggestions = dedupe.find_duplicates(
        dedupe.Candidate(key=pk, name=name, email=email, phone=phone)
        for pk, name, email, phone in rows
    )
    ids = {s.first for s in suggestions} | {s.second for s in suggestions}
    people = Person.objects.select_related("organization").in_bulk(ids)
    return [DuplicatePair(people[s.first], people[s.second], s.reasons) for s in suggestions]
