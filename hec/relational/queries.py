"""Read queries for the one-to-one pages (run inside the chapter scope). Lists never load
private notes; each function runs a fixed number of queries whatever the data size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from hec.people.models import Membership, Person
from hec.people.services import active_membership_q
from hec.relational.models import Meeting, MeetingGoal

DUE_SOON_DAYS = 7
COUNT_MONTHS = 6
PEOPLE_SEARCH_LIMIT = 8


def meeting_list(filters: dict[str, Any]) -> QuerySet[Meeting]:
    """One-to-ones matching the list's filters (cleaned MeetingFilterForm data), without
    their private notes."""
    meetings = Meeting.objects.select_related("organizer", "counterpart").defer("private_notes")
    if filters.get("organizer"):
        meetings = meetings.filter(organizer=filters["organizer"])
    if filters.get("person"):
        person = filters["person"]
        meetings = meetings.filter(Q(organizer=person) | Q(counterpart=person))
    if filters.get("date_from"):
        meetings = meetings.filter(held_on__gte=filters["date_from"])
    if filters.get("date_to"):
        meetings = meetings.filter(held_on__lte=filters["date_to"])
    return meetings.order_by("-held_on", "-id")


def members() -> QuerySet[Person]:
    """People of the chapter with an open membership today."""
    return Person.objects.filter(archived_at__isnull=True).filter(
        Exists(Membership.objects.filter(active_membership_q(), person=OuterRef("pk")))
    )


def people_matching(text: str, exclude: Person | None = None) -> list[Person]:
    """The counterpart search: current people of the chapter whose name, email or phone
    contains `text` (names starting with it first)."""
    text = text.strip()
    if not text:
        return []
    people = Person.objects.filter(archived_at__isnull=True).filter(
        Q(name__icontains=text) | Q(email__icontains=text) | Q(phone__icontains=text)
    )
    if exclude is not None:
        people = people.exclude(pk=exclude.pk)
    found = list(people.order_by("name", "id")[: PEOPLE_SEARCH_LIMIT * 3])
    found.sort(key=lambda p: (not p.name.lower().startswith(text.lower()), p.name.lower()))
    return found[:PEOPLE_SEARCH_LIMIT]


# --- Follow-ups -----------------------------------------------------------------------------

LATE, DUE, UPCOMING, UNDATED = "late", "due", "upcoming", "undated"


def follow_up_status(due: date | None, today: date) -> str:
    """late: the date passed; due: today or within a week; upcoming: later; undated."""
    if due is None:
        return UNDATED
    if due < today:
        return LATE
    if due <= today + timedelta(days=DUE_SOON_DAYS):
        return DUE
    return UPCOMING


def open_follow_ups(organizer: Person | None) -> dict[str, list[Meeting]]:
    """The organizer's follow-ups not done yet, grouped late / due / upcoming / undated."""
    groups: dict[str, list[Meeting]] = {LATE: [], DUE: [], UPCOMING: [], UNDATED: []}
    if organizer is None:
        return groups
    today = timezone.localdate()
    meetings = (
        Meeting.objects.filter(organizer=organizer, follow_up_done_at__isnull=True)
        .exclude(follow_up="")
        .select_related("counterpart")
        .defer("private_notes")
        .order_by("follow_up_due", "held_on", "id")
    )
    for meeting in meetings[:500]:
        groups[follow_up_status(meeting.follow_up_due, today)].append(meeting)
    return groups


# --- Counts per member per month ------------------------------------------------------------


def last_months(today: date, n: int = COUNT_MONTHS) -> list[date]:
    """The first days of the last `n` months, oldest first, this month last."""
    months = []
    year, month = today.year, today.month
    for _ in range(n):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def sparkline_points(values: list[int], width: int = 60, height: int = 20) -> str:
    """SVG polyline points for a small trend line (drawn server-side: no script, no style)."""
    if not values:
        return ""
    top = max(values) or 1
    step = width / max(len(values) - 1, 1)
    pad = 2
    return " ".join(
        f"{round(i * step, 1)},{round(pad + (height - 2 * pad) * (1 - v / top), 1)}"
        for i, v in enumerate(values)
    )


@dataclass
class CountsRow:
    person: Person
    counts: list[int]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass
class MonthlyCounts:
    months: list[date]
    rows: list[CountsRow]
    totals: list[int]
    goal: int | None


def monthly_counts(today: date | None = None) -> MonthlyCounts:
    """Members × the last six months, the chapter's monthly totals and the goal: four
    queries whatever the number of members or meetings."""
    months = last_months(today or timezone.localdate())
    index = {m: i for i, m in enumerate(months)}
    in_window = Meeting.objects.filter(held_on__gte=months[0])
    per_organizer = (
        in_window.annotate(month=TruncMonth("held_on"))
        .values("organizer_id", "month")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts: dict[int, list[int]] = {}
    totals = [0] * len(months)
    for row in per_organizer:
        month = row["month"]
        month = month.date() if hasattr(month, "date") else month
        i = index.get(month)
        if i is None:
            continue
        counts.setdefault(row["organizer_id"], [0] * len(months))[i] += row["n"]
        totals[i] += row["n"]
    rows = []
    for person in members().order_by("name", "id").only("id", "public_id", "name"):
        rows.append(CountsRow(person=person, counts=counts.get(person.pk, [0] * len(months))))
    goal = MeetingGoal.objects.filter().values_list("per_month", flat=True).first()
    return MonthlyCounts(
        months=months,
        rows=rows,
        totals=totals,
        goal=goal,
    )
