"""Full-text search (SQLite FTS5 / PostgreSQL tsvector) narrows only what the reader may see;
list pages keep a constant number of queries as the data grows."""

from __future__ import annotations

import pytest
from django.db import connection
from django.urls import reverse
from django_scopes import scope

from hec.core.tenancy import access_for
from hec.listening import services
from hec.listening.models import Attendance, Story
from hec.listening.search import search_stories
from hec.listening.visibility import chapter_stories
from tests.factories import make_person
from tests.listening.conftest import add_session, add_story


def _search(world, user, words):
    access = access_for(user, world.chapter_a.slug)
    with scope(chapter=world.chapter_a):
        return {s.text for s in search_stories(chapter_stories(access), words)}


def test_search_finds_by_words_in_text_or_translation(world):
    add_story(world, "The landlord ignored the mold for a year")
    add_story(
        world,
        "No pude pagar la medicina este mes",
        language="es",
        translation="I could not pay for the medicine this month",
        translation_language="en",
    )
    add_story(world, "The bus to the clinic stopped running")
    assert _search(world, world.leader_a, "mold landlord") == {
        "The landlord ignored the mold for a year"
    }
    assert _search(world, world.leader_a, "medicine") == {"No pude pagar la medicina este mes"}
    assert _search(world, world.leader_a, "medicina") == {"No pude pagar la medicina este mes"}
    assert _search(world, world.leader_a, "clinic mold") == set()  # all words must match
    assert len(_search(world, world.leader_a, "")) == 3  # no words: no narrowing


def test_search_follows_edits_and_ignores_query_syntax(world):
    story = add_story(world, "Original heatwave words")
    with scope(chapter=world.chapter_a):
        services.story_update(story=story, actor=None, expected_version=1, text="Cold snap")
    assert _search(world, world.leader_a, "heatwave") == set()
    assert _search(world, world.leader_a, "cold") == {"Cold snap"}
    # FTS operators and quotes typed by a user are just words, never an error.
    assert _search(world, world.leader_a, '"cold* (snap: -') == {"Cold snap"}


def test_search_respects_visibility(world):
    add_story(world, "Private quinoa words", consent="private")
    add_story(world, "Quinoa words for the chapter", consent="chapter")
    add_story(world, "Quinoa in another chapter", chapter=world.chapter_b, consent="public")
    assert _search(world, world.member_a, "quinoa") == {"Quinoa words for the chapter"}
    assert _search(world, world.leader_a, "quinoa") == {
        "Private quinoa words",
        "Quinoa words for the chapter",
    }


def test_story_list_filters(world, client_for):
    session = add_session(world)
    housing = add_story(world, "Alpha housing story", session=session, language="es")
    add_story(world, "Beta other story", told_on=None)
    with scope(chapter=world.chapter_a):
        services.story_code(
            story=housing, actor=None, categories=["housing_instability"], effects=["injury"]
        )
    client = client_for(world.member_a)
    base = reverse("chapter:story-list", args=[world.chapter_a.slug])
    for query in (
        "category=housing_instability",
        "effect=injury",
        f"session={session.public_id}",
        "language=es",
        "q=housing",
    ):
        html = client.get(f"{base}?{query}").content.decode()
        assert "Alpha housing story" in html and "Beta other story" not in html, query
    html = client.get(f"{base}?told_from=2000-01-01&told_to=2000-12-31").content.decode()
    assert "Alpha housing story" not in html


def _many_stories(world, n):
    people = [make_person(world.chapter_a, f"Teller {i}") for i in range(5)]
    session = add_session(world)
    with scope(chapter=world.chapter_a):
        for i in range(n):
            story = services.story_create(
                chapter=world.chapter_a,
                actor=None,
                collector=world.person_a,
                teller=people[i % 5],
                session=session,
                text=f"Story number {i} about rent",
                language="en",
                consent="chapter",
            )
            services.story_code(story=story, actor=None, categories=["housing_instability"])
        for person in people:
            Attendance.objects.create(chapter=world.chapter_a, session=session, person=person)
    return session


def _count_queries(client, path, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit):
        assert client.get(path).status_code == 200


def test_list_pages_query_count_does_not_grow(world, client_for, django_assert_max_num_queries):
    session = _many_stories(world, 3)
    for i in range(3):
        add_session(world, title=f"Session {i}")
        add_story(world, f"Shared story {i}", chapter=world.chapter_b, consent="network")
    client = client_for(world.leader_a)
    slug = world.chapter_a.slug
    pages = [
        reverse("chapter:story-list", args=[slug]),
        reverse("chapter:story-list", args=[slug]) + "?q=rent&category=housing_instability",
        reverse("chapter:session-list", args=[slug]),
        reverse("chapter:session-detail", args=[slug, session.public_id]),
        reverse("chapter:story-network", args=[slug]),
        reverse("chapter:session-attendance", args=[slug, session.public_id]),
        reverse("chapter:session-stories", args=[slug, session.public_id]),
    ]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    small = {}
    for path in pages:
        with CaptureQueriesContext(connection) as ctx:
            client.get(path)
        small[path] = len(ctx.captured_queries)
    _many_stories(world, 60)
    for i in range(60):
        add_session(world, title=f"More {i}")
        add_story(world, f"More shared {i}", chapter=world.chapter_b, consent="network")
    for path in pages:
        _count_queries(client, path, django_assert_max_num_queries, small[path])


def test_story_counts_per_session_respect_visibility(world, client_for):
    session = add_session(world)
    add_story(world, "private one", consent="private", session=session)
    add_story(world, "chapter one", consent="chapter", session=session)
    with scope(chapter=world.chapter_a):
        assert Story.objects.filter(session=session).count() == 2
    response = client_for(world.member_a).get(
        reverse("chapter:session-list", args=[world.chapter_a.slug])
    )
    page = response.context["page"]
    assert [s.stories_seen for s in page] == [1]


def test_search_matches_word_prefixes(world):
    add_story(world, "We got an eviction notice on Friday")
    assert _search(world, world.leader_a, "evict") == {"We got an eviction notice on Friday"}
    assert _search(world, world.leader_a, "EVICTION friday") == {
        "We got an eviction notice on Friday"
    }


def test_single_letters_match_whole_words_only(world):
    """ "there's" is there + s: the s must not match as a prefix (nearly every story)."""
    add_story(world, "There's no heat in the apartment")
    add_story(world, "There are leaks and the stove is broken")
    assert _search(world, world.leader_a, "there's") == {"There's no heat in the apartment"}
    assert _search(world, world.leader_a, "there") == {
        "There's no heat in the apartment",
        "There are leaks and the stove is broken",
    }


def test_search_works_inside_another_query(world):
    """The search narrows by id, so a searched queryset can be used as a subquery."""
    hit = add_story(world, "Asthma from the mold")
    add_story(world, "Nothing related")
    access = access_for(world.leader_a, world.chapter_a.slug)
    with scope(chapter=world.chapter_a):
        for story in Story.objects.all():
            services.story_code(story=story, actor=None, categories=["housing_quality"])
        from hec.listening.models import StoryCode

        found = search_stories(chapter_stories(access), "asthma")
        codes = StoryCode.objects.filter(story__in=found)
        assert list(codes.values_list("story_id", flat=True)) == [hit.pk]


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="SQLite plans by rules and needed these indexes; PostgreSQL plans from statistics",
)
def test_story_lists_read_newest_first_from_an_index(world):
    """A chapter's story list is ordered by an index, not sorted."""

    def plan(queryset) -> str:
        sql, params = queryset.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            return " | ".join(str(row[-1]) for row in cursor.fetchall())

    with scope(chapter=world.chapter_a):
        access = access_for(world.member_a, world.chapter_a.slug)
        assert access is not None
        own = plan(chapter_stories(access).order_by("-told_on", "-id")[:50])
    assert "story_chapter_recent" in own and "TEMP B-TREE" not in own
