"""Every chapter URL, tried by every archetype: only members of the chapter get past 404.

The URL list is read from the resolver, so a view added later is covered automatically.
"""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.url_samples import sample

ARG = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>")


def walk(resolver: URLResolver, prefix: str = "") -> list[str]:
    routes = []
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            routes.extend(walk(entry, route))
        elif isinstance(entry, URLPattern):
            routes.append(route)
    return routes


def chapter_routes() -> list[str]:
    routes = sorted({r.lstrip("^").rstrip("$") for r in walk(get_resolver())})
    return [r for r in routes if "chapter_slug>" in r]


def build_url(route: str, world) -> str:
    return "/" + ARG.sub(lambda m: str(sample(m.group("name"), world)), route)


CHAPTER_ROUTES = chapter_routes()


def test_resolver_finds_chapter_urls():
    # guards against the walk silently finding nothing (web pages and API both present)
    assert any(r.startswith("c/") for r in CHAPTER_ROUTES)
    assert any(r.startswith("api/") for r in CHAPTER_ROUTES)


@pytest.mark.parametrize("route", CHAPTER_ROUTES)
def test_chapter_url_is_isolated(route, world, client_for):
    url = build_url(route, world)
    is_api = route.startswith("api/")

    owner = client_for(world.leader_b).get(url)
    assert owner.status_code not in (404, 500), f"{url}: chapter B's leader got {owner.status_code}"

    for outsider in (world.leader_a, world.member_a, world.network_admin):
        client = client_for(outsider)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code == 404, (
                f"{method} {url} as {outsider}: {response.status_code}"
            )
            assert b"BETAMARKER" not in response.content

    anonymous = client_for(None).get(url)
    if is_api:
        assert anonymous.status_code == 401
    else:
        assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
