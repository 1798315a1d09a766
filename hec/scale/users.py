"""Generator step: the bench users (known e-mails and password, printed by `hec generate`)."""

from __future__ import annotations

from datetime import timedelta

from hec.accounts.models import User
from hec.core.permissions import ChapterRole, NetworkRole
from hec.people.models import Chapter, Membership, Person, PersonKind
from hec.scale.context import BASE_DATE, GenContext
from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_PASSWORD, BENCH_USERS


def bench_users(ctx: GenContext) -> int:
    chapter = Chapter.objects.get(slug=BENCH_CHAPTER_SLUG)
    leader = User.objects.create_user(BENCH_USERS["leader"], BENCH_PASSWORD, name="Bench Leader")
    # One hash for all: Argon2 is slow on purpose, and these accounts share a password.
    member = User(email=BENCH_USERS["member"], name="Bench Member", password=leader.password)
    admin = User(
        email=BENCH_USERS["admin"],
        name="Bench Admin",
        password=leader.password,
        network_role=NetworkRole.NETWORK_ADMIN,
    )
    User.objects.bulk_create([member, admin])
    for user, role in ((leader, ChapterRole.LEADER), (member, ChapterRole.MEMBER)):
        person = Person.objects.create(
            public_id=ctx.public_id(),
            chapter=chapter,
            name=user.name,
            email=user.email,
            kind=PersonKind.STUDENT,
            user=user,
        )
        Membership.objects.create(
            public_id=ctx.public_id(),
            chapter=chapter,
            person=person,
            role=role,
            stage="leader" if role == ChapterRole.LEADER else "participant",
            started_on=BASE_DATE - timedelta(days=365),
        )
    return 3
