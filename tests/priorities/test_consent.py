"""A story behind a priority is shown only as hec.listening.visibility allows: never quoted to
someone who may not read it, and a private one is never quoted at all (it is linked, so that
reading it leaves its audit trace)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scope

from hec.listening.services import consent_withdraw
from hec.priorities import services

SECRET = "PRIVATEQUOTE"


@pytest.fixture
def chosen(world, assembly_a, issues_a):
    with scope(chapter=world.chapter_a):
        services.close_assembly(assembly=assembly_a, actor=world.leader_a, chosen=issues_a[:1])
    return issues_a[0]


def pages(issue, assembly):
    return [
        reverse("chapter:priority-list", args=["alpha"]),
        reverse("chapter:candidate-detail", args=["alpha", issue.public_id]),
        reverse("chapter:assembly-detail", args=["alpha", assembly.public_id]),
    ]


def test_private_story_behind_a_priority_is_not_quoted_to_a_member(
    world, client_for, chosen, assembly_a
):
    client = client_for(world.member_a)
    for path in pages(chosen, assembly_a):
        page = client.get(path).content.decode()
        assert SECRET not in page, path
        assert "three hundred dollars" in page, path  # the chapter-level story is quoted
        assert "And 1 story you may not read." in page


def test_leader_gets_a_link_to_the_private_story_not_a_quote(world, client_for, chosen, assembly_a):
    client = client_for(world.leader_a)
    page = client.get(pages(chosen, assembly_a)[1]).content.decode()
    assert SECRET not in page
    assert "A private story: open it to read it" in page


def test_partner_sees_the_priority_but_no_story_text(
    world, client_for, partner_a, chosen, assembly_a
):
    client = client_for(partner_a)
    for path in pages(chosen, assembly_a):
        page = client.get(path).content.decode()
        assert chosen.title in page
        assert SECRET not in page and "three hundred dollars" not in page


def test_api_follows_the_same_rules(world, api_for, partner_a, chosen):
    for user, quoted in ((world.member_a, 2), (partner_a, 0), (world.leader_a, 2)):
        body = api_for(user).get("/chapters/alpha/priorities").text
        assert SECRET not in body
        items = api_for(user).get("/chapters/alpha/priorities").json()["items"]
        issue = next(i for i in items if i["id"] == chosen.public_id)
        assert sum(1 for s in issue["stories"] if s["quote"]) == quoted


def test_withdrawn_story_disappears_from_the_priority(world, client_for, chosen, assembly_a):
    with scope(chapter=world.chapter_a):
        story = chosen.stories.get(text__startswith="Our rent went up")
        consent_withdraw(story=story, actor=world.leader_a, method="verbal", note="asked")
    page = client_for(world.leader_a).get(pages(chosen, assembly_a)[1]).content.decode()
    assert "three hundred dollars" not in page
