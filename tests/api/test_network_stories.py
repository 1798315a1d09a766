"""`/network-stories` counts a bounded way ahead (`hec.core.paging.count_ahead`): `count` is
exact near the end of the list and a lower bound before it, so `offset + limit < count` still
says whether to ask for more. A narrowed or withdrawn story leaves it at once."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django_scopes import scope

from hec.core import paging
from hec.listening import services
from hec.listening.models import Story
from tests.listening.conftest import add_story

URL = "/chapters/beta/network-stories"


def test_count_is_a_lower_bound_and_paging_on_it_reaches_every_story(world, api_for, monkeypatch):
    monkeypatch.setattr(paging, "COUNT_AHEAD", 4)
    day = datetime.date(2025, 1, 1)
    stories = [
        add_story(world, f"Shared {i}", consent="public", told_on=day + datetime.timedelta(i))
        for i in range(11)
    ]
    add_story(world, "Beta's own", consent="network", chapter=world.chapter_b)
    api = api_for(world.leader_b)

    first = api.get(URL, {"limit": 3}).json()
    assert first["count"] == 5  # offset 0 + 4 counted ahead + 1: "more than 4"

    seen, offset, counts = [], 0, []
    while True:  # a client paging while offset < count gets every story once, newest first
        body = api.get(URL, {"limit": 3, "offset": offset}).json()
        seen += [item["id"] for item in body["items"]]
        counts.append(body["count"])
        offset += 3
        if offset >= body["count"]:
            break
    assert seen == [s.public_id for s in reversed(stories)]
    assert counts == [5, 8, 11, 11]  # exact once 4 or fewer follow the offset
    assert api.get(URL, {"offset": 50}).json() == {"items": [], "count": 11}


def test_a_narrowed_or_withdrawn_story_leaves_the_api_list_at_once(world, api_for):
    narrowed = add_story(world, "Narrowed", consent="network")
    withdrawn = add_story(world, "Withdrawn", consent="public")
    bulk = add_story(world, "Bulk", consent="network")
    kept = add_story(world, "Kept", consent="network")
    api = api_for(world.leader_b)
    assert api.get(URL).json()["count"] == 4

    with scope(chapter=world.chapter_a):
        services.consent_change(story=narrowed, actor=None, to_level="private", method="verbal")
        services.consent_withdraw(story=withdrawn, actor=None, method="verbal")
        Story.objects.filter(pk=bulk.pk).update(consent="chapter", updated_at=timezone.now())

    body = api.get(URL).json()
    assert [item["id"] for item in body["items"]] == [kept.public_id]
    assert body["count"] == 1
