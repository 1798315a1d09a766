"""The network stories page reads `Story.shared_beyond_chapter`, a column the database computes
(consent network or public, not withdrawn), through its own index, and counts only a bounded
way ahead. These tests hold the column to the consent rule on every write path, and the page to
its order and paging, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from hec.core import paging
from hec.core.permissions import ChapterRole
from hec.core.tenancy import ChapterAccess
from hec.listening import services
from hec.listening.models import Consent, Story
from hec.listening.visibility import SHARED_BEYOND_CHAPTER, network_stories
from tests.listening.conftest import add_story


def network_page(client, world, page=None, chapter=None):
    path = reverse("chapter:story-network", args=[(chapter or world.chapter_b).slug])
    return client.get(path, {"page": page} if page else {})


def shown(response) -> list[str]:
    return [s.public_id for s in response.context["stories"]]


def test_the_column_is_the_consent_rule_for_every_level_and_withdrawal(world):
    stories = {}
    for level, withdrawn in itertools.product(Consent.values, (False, True)):
        story = add_story(world, f"{level} {withdrawn}", consent=level)
        if withdrawn:
            with scope(chapter=world.chapter_a):
                services.consent_withdraw(story=story, actor=None, method="verbal")
        stories[story.pk] = level in SHARED_BEYOND_CHAPTER and not withdrawn
    with scopes_disabled():
        column = dict(Story.objects.values_list("pk", "shared_beyond_chapter"))
    assert column == stories


def test_a_narrowed_or_withdrawn_story_leaves_the_network_list_at_once(world, client_for):
    narrowed = add_story(world, "NARROWMARK the bus stopped coming", consent="public")
    withdrawn = add_story(world, "WITHDRAWMARK rent doubled", consent="network")
    bulk = add_story(world, "BULKMARK no heat all winter", consent="network")
    widened = add_story(world, "WIDENMARK the clinic closed", consent="chapter")
    leader_b = client_for(world.leader_b)
    before = network_page(leader_b, world).content.decode()
    assert "NARROWMARK" in before and "WITHDRAWMARK" in before and "BULKMARK" in before
    assert "WIDENMARK" not in before

    with scope(chapter=world.chapter_a):
        services.consent_change(story=narrowed, actor=None, to_level="chapter", method="verbal")
        services.consent_withdraw(story=withdrawn, actor=None, method="written")
        services.consent_change(story=widened, actor=None, to_level="network", method="verbal")
        # A bulk write that no model code sees: the database recomputes the column itself.
        Story.objects.filter(pk=bulk.pk).update(withdrawn_at=timezone.now())

    after = network_page(leader_b, world).content.decode()
    for marker in ("NARROWMARK", "WITHDRAWMARK", "BULKMARK"):
        assert marker not in after, marker
    assert "WIDENMARK" in after
    assert "1 story" in after


def test_the_list_is_newest_first_without_the_readers_own_chapter(world, client_for):
    told = [datetime.date(2025, 3, 1), datetime.date(2025, 5, 1), datetime.date(2025, 5, 1)]
    mine = add_story(world, "Beta's own", consent="network", chapter=world.chapter_b)
    ids = [add_story(world, f"Told {i}", consent="network", told_on=d) for i, d in enumerate(told)]
    page = network_page(client_for(world.leader_b), world)
    # Same day: the later story first (-id), as the index holds them.
    assert shown(page) == [ids[2].public_id, ids[1].public_id, ids[0].public_id]
    assert mine.public_id not in shown(page)
    assert shown(network_page(client_for(world.leader_a), world, chapter=world.chapter_a)) == [
        mine.public_id
    ]


def test_pages_count_only_a_bounded_way_ahead(world, client_for, monkeypatch):
    monkeypatch.setattr(paging, "COUNT_AHEAD", 4)
    monkeypatch.setattr("hec.listening.views.stories.PAGE_SIZE", 2)
    day = datetime.date(2025, 1, 1)
    stories = [
        add_story(world, f"Shared {i}", consent="network", told_on=day + datetime.timedelta(i))
        for i in range(9)
    ]
    newest_first = [s.public_id for s in reversed(stories)]
    client = client_for(world.leader_b)

    first = network_page(client, world)
    html = first.content.decode()
    assert "More than 4 stories" in html and "Page 1<" in html and 'rel="next"' in html
    assert shown(first) == newest_first[:2]

    seen, number = [], 1
    while True:  # following "next" reaches every story once, in order
        response = network_page(client, world, number)
        seen += shown(response)
        if not response.context["page"].has_next():
            break
        number += 1
    assert seen == newest_first and number == 5

    # Near the end the count is exact again: 9 stories, 5 pages.
    last = network_page(client, world, 4).content.decode()
    assert "9 stories" in last and "Page 4 of 5" in last
    # Past the end, or nonsense: the last page, or the first, as Django's paginator does.
    assert shown(network_page(client, world, 99)) == newest_first[8:]
    assert shown(network_page(client, world, 10**30)) == newest_first[8:]
    assert shown(network_page(client, world, "x")) == newest_first[:2]


def test_spanish_page_says_more_than(world, client_for, monkeypatch):
    monkeypatch.setattr(paging, "COUNT_AHEAD", 1)
    for i in range(3):
        add_story(world, f"Shared {i}", consent="network")
    client = client_for(world.leader_b)
    html = client.get(
        reverse("chapter:story-network", args=[world.chapter_b.slug]),
        headers={"accept-language": "es"},
    ).content.decode()
    assert "Más de 1 historias" in html or "Más de 1 historia" in html


def test_the_page_walks_the_shared_index_without_sorting(world):
    """The plan: the network list reads `story_shared_recent` in order and stops after a page
    (no sort of every shared story). PostgreSQL's planner rightly prefers scanning and sorting
    a table this small, so those plans are switched off to ask whether the index serves the
    order (at scale it chooses it itself: see docs/listening.md)."""
    for i in range(5):
        add_story(world, f"Shared {i}", consent="network")
    access = ChapterAccess(chapter=world.chapter_b, roles=frozenset({ChapterRole.MEMBER}))
    queryset = network_stories(access)[:50]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for plan_kind in ("seqscan", "bitmapscan", "sort"):
                cursor.execute(f"SET LOCAL enable_{plan_kind} = off")
        plan = queryset.explain()
    assert "story_shared_recent" in plan, plan
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan


@pytest.mark.parametrize("offset", [0, 3, 8, 20])
def test_count_ahead_is_exact_near_the_end_and_a_lower_bound_before(world, offset):
    for i in range(9):
        add_story(world, f"Shared {i}", consent="network")
    with scopes_disabled():
        queryset = Story.objects.filter(shared_beyond_chapter=True).order_by("-told_on", "-id")
        count, exact = paging.count_ahead(queryset, offset, ahead=4)
    if offset + 4 < 9:
        assert (count, exact) == (offset + 5, False)
    else:
        assert (count, exact) == (9, True)
