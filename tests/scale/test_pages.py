"""Every page in the bench registry renders for its user (the bench and the accessibility
tests rely on it), with a query count that does not grow with the data."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_registered_page_renders_in_constant_queries(page, world, client_for):
    path = page.path(target(world))
    if path is None:
        pytest.skip(f"{page.name}: not in this code base yet")
    response = get(page, path, world, client_for)
    assert response.status_code == 200, f"{page.name} {path}: {response.status_code}"
    assert b"BETAMARKER" not in response.content

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert get(page, path, world, client_for).status_code == 200
        return len(ctx.captured_queries)

    before = count()
    for i in range(60):
        make_person(world.chapter_a, f"Extra Person {i:02d}", email=f"x{i}@alpha.example")
    assert count() == before, f"{page.name}: queries grow with the number of people"


def test_registry_names_are_unique():
    names = [p.name for p in PAGES]
    assert len(names) == len(set(names))
