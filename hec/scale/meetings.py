"""Generator steps: one-to-ones (with follow-ups and private notes) and monthly goals.

Rows are built and inserted a batch at a time, so a million meetings never sit in memory;
only the few that a story will come from are kept (`ctx.state["story_meetings"]`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import timedelta
from typing import Any

from hec.people.models import PersonKind
from hec.relational.models import Meeting, MeetingGoal
from hec.scale.context import BASE_DATE, BASE_TIME, GenContext
from hec.scale.fragments import FOLLOW_UPS, INTERESTS, PRESSURES, PRIVATE_NOTES

BATCH = 10_000
MEDIUMS = ["in_person"] * 7 + ["phone"] * 2 + ["video"]
LENGTHS = [20, 30, 30, 30, 40, 45, 45, 60]
MAX_AGE_DAYS = 1_000
# Share of stories told in a one-to-one (the rest come from sessions or stand alone).
STORY_FROM_MEETING = 0.25


def insert(ctx: GenContext, model: Any, rows: Iterable[Any], total: int, label: str) -> int:
    """bulk_create `rows` (an iterator) a batch at a time, with a progress line."""
    n = 0
    iterator = iter(rows)
    with ctx.progress(total, label) as bar:
        while batch := list(itertools.islice(iterator, BATCH)):
            model.objects.bulk_create(batch, batch_size=BATCH)
            n += len(batch)
            bar.advance(len(batch))
    return n


def by_chapter(ctx: GenContext) -> dict[int, list[Any]]:
    """The generated people of each chapter (archived ones left out)."""
    if "people_by_chapter" not in ctx.state:
        groups: dict[int, list[Any]] = {c.pk: [] for c in ctx.state["chapters"]}
        for person in ctx.state["people"]:
            if person.archived_at is None:
                groups[person.chapter_id].append(person)
        ctx.state["people_by_chapter"] = groups
    return ctx.state["people_by_chapter"]


def shares(ctx: GenContext, total: int, bench: int) -> dict[int, int]:
    """Split `total` rows over chapters by size; the bench chapter gets a fixed `bench`."""
    groups = by_chapter(ctx)
    chapters = ctx.state["chapters"]
    rest = max(total - bench, 0)
    sizes = {c.pk: len(groups[c.pk]) for c in chapters[1:]}
    people = sum(sizes.values()) or 1
    out = {chapters[0].pk: bench}
    out.update({pk: rest * size // people for pk, size in sizes.items()})
    out[chapters[-1].pk] += total - sum(out.values())  # exact total
    return out


def organizers(ctx: GenContext, people: list[Any]) -> tuple[list[Any], list[float]]:
    """Who holds one-to-ones: students (a few prolific), or anyone in a chapter without."""
    students = [p for p in people if p.kind == PersonKind.STUDENT] or people
    active = students[: max(2, len(students) * 2 // 3)]
    weights = list(itertools.accumulate(ctx.rng.paretovariate(1.5) for _ in active))
    return active, weights


def _meetings(ctx: GenContext, counts: dict[int, int], story_share: float) -> Iterator[Meeting]:
    rng = ctx.rng
    random = rng.random
    days = [timedelta(days=d) for d in range(MAX_AGE_DAYS + 60)]
    keep: list[Meeting] = []
    ctx.state["story_meetings"] = keep
    for chapter in ctx.state["chapters"]:
        people = by_chapter(ctx)[chapter.pk]
        count = counts[chapter.pk]
        if len(people) < 2 or not count:
            continue
        held, cum = organizers(ctx, people)
        for organizer in rng.choices(held, cum_weights=cum, k=count):
            counterpart = rng.choice(people)
            while counterpart is organizer:
                counterpart = rng.choice(people)
            age = min(int(rng.expovariate(1 / 180)), MAX_AGE_DAYS)
            held_on = BASE_DATE - days[age]
            meeting = Meeting(
                public_id=ctx.public_id(),
                chapter_id=chapter.pk,
                organizer_id=organizer.pk,
                counterpart_id=counterpart.pk,
                held_on=held_on,
                medium=rng.choice(MEDIUMS),
                length_minutes=rng.choice(LENGTHS),
                created_at=BASE_TIME - days[age],
            )
            if random() < 0.7:
                meeting.interests = rng.choice(INTERESTS)
                meeting.pressures = ", ".join(rng.sample(PRESSURES, rng.randint(1, 3)))
            if random() < 0.35:
                meeting.follow_up = rng.choice(FOLLOW_UPS)
                meeting.follow_up_due = held_on + days[rng.randint(7, 30)]
                if age > 20 and random() < 0.8:
                    meeting.follow_up_done_at = BASE_TIME - days[max(age - 14, 0)]
            if random() < 0.08:
                meeting.private_notes = rng.choice(PRIVATE_NOTES)
            if random() < story_share:
                keep.append(meeting)
            yield meeting


def meetings(ctx: GenContext) -> int:
    scale = ctx.scale
    counts = shares(ctx, scale.meetings, scale.bench_chapter_meetings)
    story_share = STORY_FROM_MEETING * scale.stories / scale.meetings if scale.meetings else 0
    n = insert(ctx, Meeting, _meetings(ctx, counts, story_share), scale.meetings, "meetings")
    # bulk_create set the pks of the kept ones; keep only what stories need.
    ctx.state["story_meetings"] = [
        (m.pk, m.chapter_id, m.organizer_id, m.counterpart_id, m.held_on)
        for m in ctx.state["story_meetings"]
    ]
    return n


def goals(ctx: GenContext) -> int:
    rows = [
        MeetingGoal(chapter_id=c.pk, per_month=max(10, len(by_chapter(ctx)[c.pk]) // 3))
        for c in ctx.state["chapters"]
        if ctx.rng.random() < 0.8 or c.slug == ctx.state["chapters"][0].slug
    ]
    return insert(ctx, MeetingGoal, rows, len(rows), "meeting goals")
