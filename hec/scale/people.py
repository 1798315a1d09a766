"""Generator steps: people (with a few duplicate records to merge) and their memberships."""

from __future__ import annotations

from datetime import timedelta

from django.utils.text import slugify

from hec.core.permissions import ChapterRole
from hec.people.models import Discipline, Membership, Person, PersonKind, ProgramLevel
from hec.scale.context import BASE_DATE, BASE_TIME, GenContext
from hec.scale.names import FIRST_NAMES, HOME_COMMUNITIES, LAST_NAMES, PRONOUNS

KINDS = [
    (PersonKind.STUDENT, 70),
    (PersonKind.ALLY, 10),
    (PersonKind.COMMUNITY, 12),
    (PersonKind.ORGANIZER, 3),
    (PersonKind.OFFICIAL, 5),
]
LEVELS = [
    (ProgramLevel.UNDERGRAD, 45),
    (ProgramLevel.GRADUATE, 35),
    (ProgramLevel.PROFESSIONAL, 20),
]
DISCIPLINES = [
    (Discipline.PUBLIC_HEALTH, 22),
    (Discipline.MEDICINE, 16),
    (Discipline.NURSING, 18),
    (Discipline.PHARMACY, 6),
    (Discipline.DENTISTRY, 4),
    (Discipline.SOCIAL_WORK, 12),
    (Discipline.LAW, 8),
    (Discipline.SOCIAL_SCIENCES, 10),
    (Discipline.OTHER, 4),
]
LANGUAGES = [
    ("en", 62),
    ("es", 22),
    ("vi", 4),
    ("zh", 3),
    ("so", 2),
    ("ar", 2),
    ("ru", 2),
    ("tl", 2),
    ("ko", 1),
]
STAGES = [
    ("newcomer", 38),
    ("participant", 34),
    ("emerging", 18),
    ("leader", 8),
    ("develops_leaders", 2),
]


def _pick(ctx: GenContext, pairs: list) -> str:
    return ctx.rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def chapter_sizes(ctx: GenContext) -> list[int]:
    """People per chapter: the bench chapter has a fixed size, the others a skewed share."""
    chapters = ctx.state["chapters"]
    rest = ctx.scale.people - ctx.scale.bench_chapter_people
    weights = [ctx.rng.lognormvariate(0, 0.6) for _ in chapters[1:]]
    total = sum(weights)
    sizes = [ctx.scale.bench_chapter_people] + [max(5, int(rest * w / total)) for w in weights]
    sizes[-1] += ctx.scale.people - sum(sizes)  # exact total
    return sizes


def _person(ctx: GenContext, chapter, orgs: list, n: int) -> Person:
    first, last = ctx.rng.choice(FIRST_NAMES), ctx.rng.choice(LAST_NAMES)
    kind = _pick(ctx, KINDS)
    student = kind == PersonKind.STUDENT
    language = _pick(ctx, LANGUAGES)
    spoken = sorted({language, "en"} | ({"es"} if ctx.rng.random() < 0.1 else set()))
    return Person(
        public_id=ctx.public_id(),
        chapter=chapter,
        name=f"{first} {last}",
        pronouns=ctx.rng.choice(PRONOUNS),
        email=f"{slugify(first)}.{slugify(last)}.{n}@{chapter.slug}.example"
        if ctx.rng.random() < 0.85
        else "",
        phone=f"555-{ctx.rng.randint(100, 999)}-{ctx.rng.randint(1000, 9999)}"
        if ctx.rng.random() < 0.5
        else "",
        preferred_language=language,
        languages_spoken=spoken,
        kind=kind,
        program_level=_pick(ctx, LEVELS) if student else "",
        discipline=_pick(ctx, DISCIPLINES) if student or ctx.rng.random() < 0.4 else "",
        graduation_year=ctx.rng.randint(2025, 2031) if student else None,
        home_community=ctx.rng.choice(HOME_COMMUNITIES).replace("-", " ")
        if ctx.rng.random() < 0.6
        else "",
        organization=ctx.rng.choice(orgs)
        if orgs and kind != PersonKind.STUDENT and ctx.rng.random() < 0.5
        else None,
        archived_at=BASE_TIME - timedelta(days=ctx.rng.randint(1, 300))
        if ctx.rng.random() < 0.02
        else None,
        created_at=BASE_TIME - timedelta(days=ctx.rng.randint(0, 1400), minutes=n),
    )


def people(ctx: GenContext) -> int:
    rows: list[Person] = []
    n = 0
    chapter_orgs = ctx.state.get("chapter_orgs", {})
    for chapter, size in zip(ctx.state["chapters"], chapter_sizes(ctx), strict=True):
        orgs = chapter_orgs.get(chapter.pk, [])
        for _ in range(size):
            n += 1
            person = _person(ctx, chapter, orgs, n)
            rows.append(person)
            if ctx.rng.random() < 0.01 and person.email:  # a duplicate record to merge
                twin = _person(ctx, chapter, orgs, n)
                twin.name, twin.email, twin.kind = person.name.upper(), person.email, person.kind
                twin.program_level, twin.discipline = person.program_level, person.discipline
                rows.append(twin)
    ctx.state["people"] = ctx.bulk_create(Person, rows, "people")
    return len(rows)


def memberships(ctx: GenContext) -> int:
    by_chapter: dict[int, list[Person]] = {}
    for person in ctx.state["people"]:
        by_chapter.setdefault(person.chapter_id, []).append(person)
    rows = []

    def add(person: Person, role: str, stage: str, ended: bool = False) -> None:
        started = BASE_DATE - timedelta(days=ctx.rng.randint(30, 1400))
        ended_on = None
        if ended:
            ended_on = started + timedelta(days=ctx.rng.randint(0, (BASE_DATE - started).days))
        rows.append(
            Membership(
                public_id=ctx.public_id(),
                chapter_id=person.chapter_id,
                person=person,
                role=role,
                stage=stage,
                started_on=started,
                ended_on=ended_on,
            )
        )

    for people in by_chapter.values():
        students = [p for p in people if p.kind == PersonKind.STUDENT and not p.archived_at]
        leaders = set(ctx.rng.sample(students, min(len(students), ctx.rng.randint(2, 6))))
        for person in people:
            if person in leaders:
                add(person, ChapterRole.LEADER, ctx.rng.choice(["leader", "develops_leaders"]))
                if ctx.rng.random() < 0.3:  # came up through the ranks
                    add(person, ChapterRole.MEMBER, "emerging", ended=True)
            elif person.kind == PersonKind.STUDENT and ctx.rng.random() < 0.9:
                add(person, ChapterRole.MEMBER, _pick(ctx, STAGES), ended=ctx.rng.random() < 0.12)
            elif person.kind == PersonKind.ALLY and ctx.rng.random() < 0.7:
                add(person, ChapterRole.FACULTY_ALLY, _pick(ctx, STAGES[:3]))
            elif person.kind == PersonKind.COMMUNITY and ctx.rng.random() < 0.5:
                add(person, ChapterRole.COMMUNITY_PARTNER, _pick(ctx, STAGES[:4]))
    ctx.bulk_create(Membership, rows, "memberships")
    return len(rows)
