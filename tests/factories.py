"""Small builders for tests: a network with two chapters and the archetype users."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django_scopes import scopes_disabled

from hec.accounts.models import User
from hec.core.permissions import ChapterRole, NetworkRole
from hec.people.models import (
    Affiliate,
    Chapter,
    Membership,
    Organization,
    Partnership,
    Person,
    PersonKind,
)

PASSWORD = "correct horse battery staple 42"


def make_user(email: str, **extra: Any) -> User:
    return User.objects.create_user(
        email=email, password=PASSWORD, name=extra.pop("name", email.split("@")[0]), **extra
    )


def make_person(chapter: Chapter, name: str, **extra: Any) -> Person:
    extra.setdefault("kind", PersonKind.STUDENT)
    with scopes_disabled():
        return Person.objects.create(chapter=chapter, name=name, **extra)


def make_member(chapter: Chapter, user: User | None, role: str, name: str, **extra: Any) -> Person:
    person = make_person(chapter, name, user=user, email=user.email if user else "", **extra)
    with scopes_disabled():
        Membership.objects.create(chapter=chapter, person=person, role=role)
    return person


@dataclass
class World:
    affiliate: Affiliate
    chapter_a: Chapter
    chapter_b: Chapter
    leader_a: User
    member_a: User
    leader_b: User
    network_admin: User
    person_a: Person
    person_b: Person
    organization_b: Organization
    partnership_b: Partnership


def build_world() -> World:
    affiliate = Affiliate.objects.create(
        name="Sound Alliance", slug="sound-alliance", city="Seattle"
    )
    chapter_a = Chapter.objects.create(
        name="HEC Alpha",
        slug="alpha",
        institution="Alpha University",
        city="Seattle",
        affiliate=affiliate,
    )
    chapter_b = Chapter.objects.create(
        name="HEC Beta",
        slug="beta",
        institution="Beta College",
        city="Spokane",
        affiliate=affiliate,
    )
    leader_a = make_user("leader.a@example.org", name="Lena Alpha")
    member_a = make_user("member.a@example.org", name="Max Alpha")
    leader_b = make_user("leader.b@example.org", name="Lou Beta")
    network_admin = make_user(
        "admin@example.org", name="Nia Network", network_role=NetworkRole.NETWORK_ADMIN
    )
    make_member(chapter_a, leader_a, ChapterRole.LEADER, "Lena Alpha")
    make_member(chapter_a, member_a, ChapterRole.MEMBER, "Max Alpha")
    make_member(chapter_b, leader_b, ChapterRole.LEADER, "Lou Beta")
    # Marker strings let tests look for chapter B's data where it must not appear.
    person_a = make_person(
        chapter_a,
        "Ana Alphaperson",
        email="ana@alpha.example",
        discipline="nursing",
        program_level="graduate",
    )
    person_b = make_person(
        chapter_b,
        "Zed BETAMARKER",
        email="zed@betamarker.example",
        phone="509-555-0199",
        discipline="law",
        program_level="professional",
    )
    organization_b = Organization.objects.create(
        name="BETAMARKER Tenants Union", kind="tenant_association", city="Spokane"
    )
    with scopes_disabled():
        partnership_b = Partnership.objects.create(chapter=chapter_b, organization=organization_b)
    return World(
        affiliate,
        chapter_a,
        chapter_b,
        leader_a,
        member_a,
        leader_b,
        network_admin,
        person_a,
        person_b,
        organization_b,
        partnership_b,
    )
