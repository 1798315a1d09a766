"""Every page in the bench registry renders for its user (the bench and the accessibility
tests rely on it), with a query count that does not grow with the data."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from hec.api.models import ApiToken
from hec.people.models import Organization, Partnership
from hec.scale.pages import PAGES, Target
from tests.factories import make_person


def users(world):
    return {"leader": world.leader_a, "member": world.member_a, "admin": world.network_admin}


def target(world) -> Target:
    organization = Organization.objects.create(name="Alpha Clinic", kind="clinic", city="X")
    with scopes_disabled():
        Partnership.objects.create(chapter=world.chapter_a, organization=organization)
    return Target.for_chapter(world.chapter_a)


def get(page, path, world, client_for):
    user = users(world)[page.user]
    client = client_for(user)
    if page.api:
        _, raw = ApiToken.issue(user=user, name="t")
        return client.get(path, headers={"Authorization": f"Bearer {raw}"})
    return client.get(path)


def test_registered_pages_render_in_constant_queries(world, client_for):
    """One world for all pages (building it hashes passwords: slow); failures are collected."""
    t = target(world)
    pages = [(page, path) for page in PAGES if (path := page.path(t)) is not None]
    assert len(pages) >= 2, "the registry resolves no pages"
    problems, before = [], {}

    def count(page, path) -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = get(page, path, world, client_for)
        if response.status_code != 200:
            problems.append(f"{page.name} {path}: {response.status_code}")
        if b"BETAMARKER" in response.content:
            problems.append(f"{page.name} {path}: shows chapter B's data")
        return len(ctx.captured_queries)

    for page, path in pages:
        count(page, path)  # warm-up
        before[page.name] = count(page, path)
    for i in range(60):
        make_person(world.chapter_a, f"Extra Person {i:02d}", email=f"x{i}@alpha.example")
    for page, path in pages:
        after = count(page, path)
        if after != before[page.name]:
            problems.append(
                f"{page.name}: {before[page.name]} queries, then {after} with more people"
            )
    assert not problems, "\n".join(problems)


def test_registry_names_are_unique():
    names = [p.name for p in PAGES]
    assert len(names) == len(set(names))
