"""Generator step: shared priorities in the bench chapter, after its themes exist.

Candidate issues from its largest themes and an open priority assembly go through
`hec.priorities.services` (validated and audited, a handful of calls). The many voters'
dots are bulk-inserted (one `cast_dots` call per voter would take minutes at this size):
voters are the chapter's members, given accounts (sharing the bench password's hash), each
spreading the assembly's dots over the ballot, favouring the larger themes. A leader enters
the dots counted in the room for two issues.
"""

from __future__ import annotations

from datetime import timedelta

from hec.accounts.models import User
from hec.core.permissions import ChapterRole
from hec.core.tenancy import access_for
from hec.people.models import Chapter, Membership, Person
from hec.priorities import services
from hec.priorities.models import Assembly, CandidateIssue, Dot
from hec.scale.context import BASE_DATE, BASE_TIME, GenContext
from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_USERS

CANDIDATES = 6
VOTER_SHARE = 0.4  # of the chapter's active members and partners who are not users yet
MAX_VOTERS = 400


def _voters(ctx: GenContext, chapter: Chapter, password: str) -> list[User]:
    people = list(
        Person.objects.filter(
            chapter=chapter,
            user__isnull=True,
            archived_at__isnull=True,
            pk__in=Membership.objects.filter(
                chapter=chapter,
                ended_on__isnull=True,
                role__in=(ChapterRole.MEMBER, ChapterRole.COMMUNITY_PARTNER),
            ).values("person_id"),
        ).order_by("pk")
    )
    chosen = sorted(
        ctx.rng.sample(people, min(MAX_VOTERS, int(len(people) * VOTER_SHARE))),
        key=lambda p: p.pk,
    )
    users = User.objects.bulk_create(
        User(email=f"bench.voter{i:04d}@hec.example", name=person.name, password=password)
        for i, person in enumerate(chosen, 1)
    )
    for person, user in zip(chosen, users, strict=True):
        person.user = user
    Person.objects.bulk_update(chosen, ["user"], batch_size=ctx.batch_size)
    return users


def priorities(ctx: GenContext) -> int:
    chapter = Chapter.objects.get(slug=BENCH_CHAPTER_SLUG)
    leader = User.objects.get(email=BENCH_USERS["leader"])
    access = access_for(leader, chapter.slug)
    assert access is not None
    themes = list(services.chapter_themes(chapter)[:CANDIDATES])
    issues = [
        services.candidate_from_theme(theme=theme, actor=leader, access=access) for theme in themes
    ]
    assembly = services.assembly_create(
        chapter=chapter,
        actor=leader,
        title="Spring priorities assembly",
        held_on=BASE_DATE + timedelta(days=14),
        dots_per_voter=3,
        candidates=issues,
    )
    voters = _voters(ctx, chapter, leader.password)
    weights = [theme.size for theme in themes]
    dots: list[Dot] = []
    for voter in voters:
        picks: dict[int, int] = {}
        for index in ctx.rng.choices(range(len(issues)), weights=weights, k=3):
            picks[index] = picks.get(index, 0) + 1
        dots.extend(
            Dot(
                chapter=chapter,
                assembly=assembly,
                candidate=issues[index],
                voter=voter,
                dots=n,
                cast_at=BASE_TIME,
            )
            for index, n in sorted(picks.items())
        )
    ctx.bulk_create(Dot, dots, "dots")
    # The services drew random public ids and stamped "now": make them the seed's.
    for issue in issues:
        issue.public_id = ctx.public_id()
        issue.created_at = BASE_TIME
    assembly.public_id = ctx.public_id()
    assembly.created_at = BASE_TIME
    CandidateIssue.objects.bulk_update(issues, ["public_id", "created_at"])
    Assembly.objects.bulk_update([assembly], ["public_id", "created_at"])
    for issue in issues[:2]:
        services.enter_tally(
            assembly=assembly,
            actor=leader,
            candidate=issue,
            dots=ctx.rng.randint(10, 60),
            note="Counted in the room",
        )
    return len(issues) + 1 + len(dots)
