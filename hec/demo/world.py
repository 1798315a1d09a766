"""`hec demo`: build a believable network from public facts, idempotently.

Each step checks whether its part already exists, so running the demo again keeps the data and
adds no duplicates. Later issues add steps to `STEPS`.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

from django.db import transaction
from django_scopes import scope, scopes_disabled

from hec.accounts.models import User
from hec.core.permissions import ChapterRole, NetworkRole
from hec.demo import data
from hec.demo import listening as listening_steps
from hec.demo import patterns as patterns_steps
from hec.demo import priorities as priorities_steps
from hec.people import services
from hec.people.models import (
    Affiliate,
    Chapter,
    Discipline,
    LeadershipStage,
    Organization,
    Person,
    PersonKind,
    ProgramLevel,
)

DEMO_PASSWORD = "organize-for-health"  # noqa: S105 - printed at start; demo only
SEED = 2009  # the year the first chapter was founded

# email, name, network role, chapter slug (or ""), chapter role
DEMO_LOGINS = [
    ("admin@demo.hec", "Nadia Okafor", NetworkRole.NETWORK_ADMIN, "", ""),
    ("organizer@demo.hec", "Mateo Vargas", NetworkRole.AFFILIATE_ORGANIZER, "", ""),
    ("leader@demo.hec", "Amara Nguyen", "", "uw-seattle", ChapterRole.LEADER),
    ("member@demo.hec", "Ben Castillo", "", "uw-seattle", ChapterRole.MEMBER),
    ("ally@demo.hec", "Dr. Grace Park", "", "uw-seattle", ChapterRole.FACULTY_ALLY),
    ("partner@demo.hec", "Rosa Ramírez", "", "uw-seattle", ChapterRole.COMMUNITY_PARTNER),
    ("leader.spokane@demo.hec", "Samuel Becker", "", "spokane", ChapterRole.LEADER),
    ("leader.portland@demo.hec", "Priya Singh", "", "ohsu-portland", ChapterRole.LEADER),
]

# (login, chapter slug, role): so the demo shows the chapter switcher.
EXTRA_MEMBERSHIPS = [("leader@demo.hec", "seattle-u", ChapterRole.MEMBER)]


def _say(progress: bool, message: str) -> None:
    if progress:
        print(f"demo: {message}", flush=True)


def build_network() -> None:
    for slug, name, city, region, website in data.AFFILIATES:
        Affiliate.objects.get_or_create(
            slug=slug, defaults={"name": name, "city": city, "region": region, "website": website}
        )
    for slug, name, institution, city, affiliate_slug, founded in data.CHAPTERS:
        Chapter.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "institution": institution,
                "city": city,
                "affiliate": Affiliate.objects.get(slug=affiliate_slug),
                "founded_on": founded,
            },
        )
    for name, kind, city in data.ORGANIZATIONS:
        Organization.objects.get_or_create(name=name, city=city, defaults={"kind": kind})


def build_logins() -> None:
    for email, name, network_role, chapter_slug, role in DEMO_LOGINS:
        if User.objects.filter(email=email).exists():
            continue
        organizer = network_role == NetworkRole.AFFILIATE_ORGANIZER
        user = User.objects.create_user(
            email,
            DEMO_PASSWORD,
            name=name,
            network_role=network_role,
            affiliate=Affiliate.objects.get(slug="sound-alliance") if organizer else None,
        )
        if chapter_slug:
            _join(user, Chapter.objects.get(slug=chapter_slug), role)
    for email, chapter_slug, role in EXTRA_MEMBERSHIPS:
        user = User.objects.get(email=email)
        chapter = Chapter.objects.get(slug=chapter_slug)
        if not Person.objects.filter(chapter=chapter, user=user).exists():
            _join(user, chapter, role)


def _join(user: User, chapter: Chapter, role: str) -> None:
    kinds: dict[str, PersonKind] = {
        ChapterRole.FACULTY_ALLY: PersonKind.ALLY,
        ChapterRole.COMMUNITY_PARTNER: PersonKind.COMMUNITY,
    }
    kind = kinds.get(role, PersonKind.STUDENT)
    student = kind == PersonKind.STUDENT
    with scope(chapter=chapter):
        person = services.person_create(
            chapter=chapter,
            actor=None,
            name=user.name,
            email=user.email,
            kind=kind,
            user=user,
            discipline=Discipline.PUBLIC_HEALTH if student else "",
            program_level=ProgramLevel.GRADUATE if student else "",
        )
        leads = role == ChapterRole.LEADER
        stage = LeadershipStage.LEADER if leads else LeadershipStage.PARTICIPANT
        services.membership_create(person=person, actor=None, role=role, stage=stage)


def build_people(per_chapter: int = 38) -> None:
    """Students across disciplines and levels, faculty allies, community leaders, officials."""
    rng = random.Random(SEED)
    disciplines = [d for d in Discipline if d != Discipline.OTHER]
    for chapter in Chapter.objects.order_by("id"):
        with scope(chapter=chapter):
            if Person.objects.filter(user__isnull=True).exists():
                continue
            orgs = list(Organization.objects.filter(city=chapter.city))
            for i in range(per_chapter):
                _demo_person(rng, chapter, i, disciplines, orgs)
            for org in orgs:
                services.partnership_create(chapter=chapter, actor=None, organization=org)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _demo_person(rng: random.Random, chapter: Chapter, i: int, disciplines, orgs) -> None:
    name = f"{rng.choice(data.FIRST_NAMES)} {rng.choice(data.LAST_NAMES)}"
    kind = rng.choices(
        [PersonKind.STUDENT, PersonKind.ALLY, PersonKind.COMMUNITY, PersonKind.OFFICIAL],
        weights=[70, 10, 15, 5],
    )[0]
    spanish = rng.random() < 0.3
    fields: dict[str, object] = {
        "name": name,
        "kind": kind,
        "email": f"{_ascii(name).lower().replace(' ', '.')}.{i}@example.org",
        "phone": f"555-01{rng.randrange(10, 99)}",
        "preferred_language": "es" if spanish else "en",
        "languages_spoken": ["en", "es"] if spanish else ["en"],
        "home_community": rng.choice(data.HOME_COMMUNITIES[chapter.city]),
    }
    if kind == PersonKind.STUDENT:
        fields["discipline"] = rng.choice(disciplines)
        fields["program_level"] = rng.choice(list(ProgramLevel))
        fields["graduation_year"] = rng.randrange(2026, 2031)
    elif kind == PersonKind.ALLY:
        fields["discipline"] = rng.choice(disciplines)
    elif orgs:
        fields["organization"] = rng.choice(orgs)
    person = services.person_create(chapter=chapter, actor=None, **fields)
    if kind == PersonKind.OFFICIAL:
        return
    role = {
        PersonKind.STUDENT: ChapterRole.LEADER if i % 12 == 0 else ChapterRole.MEMBER,
        PersonKind.ALLY: ChapterRole.FACULTY_ALLY,
        PersonKind.COMMUNITY: ChapterRole.COMMUNITY_PARTNER,
    }[kind]
    stage = rng.choice(list(LeadershipStage)[:4])
    services.membership_create(person=person, actor=None, role=role, stage=stage)


STEPS: list[tuple[str, Callable[[], None]]] = [
    ("affiliates, chapters and partner organizations", build_network),
    ("demo logins", build_logins),
    ("people and memberships", build_people),
    *listening_steps.STEPS,
    *patterns_steps.STEPS,
    *priorities_steps.STEPS,
]


def build_demo_world(progress: bool = False) -> None:
    for label, step in STEPS:
        _say(progress, label)
        with transaction.atomic(), scopes_disabled():
            step()


def print_logins(base_url: str) -> None:
    print(f"\nHEC Organizer demo at {base_url}\nEvery demo login's password: {DEMO_PASSWORD}\n")
    print(f"{'login':28} {'role':24} chapter")
    chapters = {c.slug: c.name for c in Chapter.objects.all()}
    for email, _name, network_role, chapter_slug, role in DEMO_LOGINS:
        label = (role or network_role).replace("_", " ")
        print(f"{email:28} {label:24} {chapters.get(chapter_slug, '(network)')}")
    print()
