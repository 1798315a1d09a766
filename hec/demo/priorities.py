"""Demo world steps for the priorities app (appended to hec.demo.world.STEPS).

For each chapter with stories: candidate issues made from its largest themes (or, when no
pattern run has found themes yet, from its most coded categories), a closed priority assembly
six weeks ago with online dots from the chapter's demo logins and a tally from the room, with
its chosen priorities, and an open assembly the demo logins can vote in.

A chapter that already has candidate issues is skipped, so running the demo again adds nothing.
Writes go through `hec.priorities.services`; only the dates are set back afterwards.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from django.utils import timezone

from hec.core.permissions import ChapterRole
from hec.core.tenancy import ChapterAccess
from hec.listening.models import Story, StoryCode
from hec.listening.visibility import chapter_stories
from hec.people.models import Chapter, Person
from hec.priorities import services
from hec.priorities.models import Assembly, CandidateIssue, Dot, Tally

SEED = 1968  # the year the Industrial Areas Foundation began training organizers
MAX_ISSUES = 4
MIN_STORIES = 6
CLOSED_DAYS_AGO = 42


def _rng(chapter: Chapter) -> random.Random:
    return random.Random(f"{SEED}:{chapter.slug}")


def _leader(chapter: Chapter) -> tuple[Any, Any]:
    """The chapter's leader (a person) and the account acting for them, preferring a login."""
    leaders = Person.objects.filter(
        chapter=chapter, memberships__role=ChapterRole.LEADER, memberships__ended_on=None
    ).order_by("user_id", "id")
    person = leaders.filter(user__isnull=False).first() or leaders.first()
    return person, getattr(person, "user", None)


def _voters(chapter: Chapter) -> list[Any]:
    """The chapter's demo logins (every role, the community partner too)."""
    people = (
        Person.objects.filter(
            chapter=chapter, user__isnull=False, memberships__ended_on__isnull=True
        )
        .select_related("user")
        .distinct()
        .order_by("user__email")
    )
    return [p.user for p in people]


# How a chapter would name the issue it cuts from a theme of each category (the theme's label
# names the pressure; the issue names what could change).
ISSUE_TITLES = {
    "work_conditions": "Paid sick leave for hourly workers",
    "income_poverty": "Utility shut-off protections for families",
    "food_insecurity": "Fresh food within walking distance",
    "housing_instability": "Rent stabilization and tenant legal aid",
    "homelessness": "Transitional encampments with services",
    "housing_quality": "Mold and repair enforcement for rentals",
    "transportation": "Bus routes to clinics and night shifts",
    "environment": "Clean air near highways and warehouses",
    "safety_violence": "Safe routes to school and work",
    "education": "Health literacy classes in the neighborhood",
    "language_access": "Prescription labels in patients' languages",
    "care_access": "Walk-in care without insurance",
    "discrimination": "Respectful care: training and complaints that count",
    "isolation": "Drop-in spaces for isolated elders",
    "immigration_legal": "Know-your-rights clinics at the health center",
    "family_caregiving": "Respite for family caregivers",
}


def _issue_title(theme: Any) -> str | None:
    top = theme.categories[0]["id"] if theme.categories else ""
    return ISSUE_TITLES.get(top)


def _from_themes(chapter: Chapter, access: ChapterAccess, actor: Any) -> list[CandidateIssue]:
    themes = [t for t in services.chapter_themes(chapter)[:MAX_ISSUES] if t.size >= 2]
    issues: list[CandidateIssue] = []
    for theme in themes:
        title = _issue_title(theme)
        if title in {i.title for i in issues}:
            title = None  # two themes of one category: the second keeps its theme's label
        issues.append(
            services.candidate_from_theme(theme=theme, actor=actor, access=access, title=title)
        )
    return issues


def _from_categories(
    chapter: Chapter, access: ChapterAccess, actor: Any, taken: set[str]
) -> list[CandidateIssue]:
    """Without themes: the chapter's most coded categories, with a few stories each."""
    from hec.listening.taxonomy import CATEGORY_LABELS

    readable = chapter_stories(access)
    codes = StoryCode.objects.filter(
        chapter=chapter,
        kind=StoryCode.Kind.CATEGORY,
        confirmed_at__isnull=False,
        story__in=readable,
    ).values_list("code", flat=True)
    issues = []
    for code, _n in Counter(codes).most_common(3):
        title = str(CATEGORY_LABELS.get(code, code))
        if any(t.startswith(title) for t in taken):
            continue
        stories = list(readable.filter(codes__code=code, codes__kind="category").order_by("id")[:3])
        issues.append(
            services.candidate_create(
                chapter=chapter,
                actor=actor,
                title=title,
                description="",
                stories=stories,
            )
        )
    return issues


def _at(day: Any, hour: int = 19) -> Any:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _closed_assembly(
    chapter: Chapter, actor: Any, issues: list[CandidateIssue], rng: random.Random
) -> None:
    held_on = timezone.localdate() - timedelta(days=CLOSED_DAYS_AGO)
    assembly = services.assembly_create(
        chapter=chapter,
        actor=actor,
        title="Fall priority assembly",
        held_on=held_on,
        dots_per_voter=3,
        candidates=issues,
    )
    for voter in _voters(chapter):
        picks = rng.choices(issues, k=3)
        allocation = Counter(issue.public_id for issue in picks)
        services.cast_dots(assembly=assembly, voter=voter, allocation=dict(allocation))
    for issue in issues:
        services.enter_tally(
            assembly=assembly,
            actor=actor,
            candidate=issue,
            dots=rng.randint(4, 24),
            note="Paper dots on the wall at the house meeting",
        )
    board = services.results(assembly)
    chosen = [board.rows[0].candidate] + ([board.rows[1].candidate] if len(board.rows) >= 4 else [])
    services.close_assembly(assembly=assembly, actor=actor, chosen=chosen)
    when = _at(held_on, 20)
    Assembly.objects.filter(pk=assembly.pk).update(created_at=_at(held_on, 9), closed_at=when)
    Dot.objects.filter(assembly=assembly).update(cast_at=_at(held_on, 19))
    Tally.objects.filter(assembly=assembly).update(entered_at=_at(held_on, 19))
    CandidateIssue.objects.filter(chosen_in=assembly).update(chosen_at=when)
    CandidateIssue.objects.filter(chapter=chapter).update(
        created_at=_at(held_on - timedelta(days=10), 12)
    )


def _open_assembly(chapter: Chapter, actor: Any, rng: random.Random) -> None:
    issues = list(
        CandidateIssue.objects.filter(chapter=chapter, status=CandidateIssue.Status.CANDIDATE)
    )
    if len(issues) < 2:
        return
    assembly = services.assembly_create(
        chapter=chapter,
        actor=actor,
        title="Spring priority assembly",
        held_on=timezone.localdate(),
        dots_per_voter=3,
        candidates=issues,
    )
    # one early voter who is not a demo login's usual pick, so the chart is not empty
    allies = [u for u in _voters(chapter) if u.email.startswith("ally@")]
    for voter in allies:
        services.cast_dots(
            assembly=assembly, voter=voter, allocation={rng.choice(issues).public_id: 3}
        )


def build_priorities() -> None:
    for chapter in Chapter.objects.order_by("id"):
        if CandidateIssue.objects.filter(chapter=chapter).exists():
            continue
        if Story.objects.filter(chapter=chapter).count() < MIN_STORIES:
            continue
        person, actor = _leader(chapter)
        # what a member may read: private stories are never pulled in as evidence here
        access = ChapterAccess(
            chapter=chapter, roles=frozenset({ChapterRole.MEMBER}), person=person
        )
        issues = _from_themes(chapter, access, actor)
        if len(issues) < 3:  # one is chosen; at least two stay for the open assembly
            issues += _from_categories(chapter, access, actor, {i.title for i in issues})
        issues = issues[:MAX_ISSUES]
        if len(issues) < 2:
            continue
        rng = _rng(chapter)
        _closed_assembly(chapter, actor, issues, rng)
        _open_assembly(chapter, actor, rng)


STEPS: list[tuple[str, Callable[[], None]]] = [
    ("priority assemblies and chosen priorities", build_priorities),
]
