"""The counts the network pages read are stored on the theme (`hec.patterns.counts`) and kept
current: by runs, by consent changes (narrowing, withdrawal), by edits of who told a story and
by person merges. A network/affiliate theme holds only shared, non-withdrawn stories."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from hec.listening import services
from hec.listening.models import Story
from hec.patterns import identity, network, runs
from hec.patterns.counts import teller_counts
from hec.patterns.models import PatternRun, Scope, Theme, ThemeStory
from hec.people.merge import person_merge
from tests.api.conftest import api_for  # noqa: F401 (fixture)
from tests.patterns import fixtures_network as fx
from tests.patterns.test_runs_support import seed_stories

pytestmark = pytest.mark.django_db

API = "/chapters/alpha/network-themes"


def stored(theme: Theme) -> tuple[int, int, int, int]:
    with scopes_disabled():
        theme.refresh_from_db()
    return theme.size, theme.tellers, theme.sessions, theme.chapters


def three_tellers(world) -> tuple[Theme, list[Story]]:
    """A network theme with exactly 3 shared tellers, in chapters A and B."""
    a, b = world.chapter_a, world.chapter_b
    stories = [
        fx.story(a, "The pharmacy label was only in English", teller=fx.teller(a, 1)),
        fx.story(a, "Nobody could read the dose", teller=fx.teller(a, 2), consent="public"),
        fx.story(b, "The clinic form had no Spanish version", descriptor="60s Eastside"),
    ]
    return fx.theme("Labels nobody reads", stories), stories


def shown(world, theme: Theme, client_for, api_for) -> dict[str, bool]:  # noqa: F811
    """Whether each surface shows the theme: the chapter list and page, the admin's list and
    page, the API list and detail."""
    member, admin = client_for(world.member_a), client_for(world.network_admin)
    api = api_for(world.member_a)
    chapter_list = member.get(reverse("chapter:theme-network", args=["alpha"])).content
    admin_list = admin.get(reverse("accounts:network-themes")).content
    api_ids = {t["id"] for t in api.get(API).json()["items"]}
    return {
        "chapter list": theme.label.encode() in chapter_list,
        "chapter page": member.get(
            reverse("chapter:theme-network-detail", args=["alpha", theme.public_id])
        ).status_code
        == 200,
        "admin list": theme.label.encode() in admin_list,
        "admin page": admin.get(
            reverse("accounts:network-theme-detail", args=[theme.public_id])
        ).status_code
        == 200,
        "api list": theme.public_id in api_ids,
        "api detail": api.get(f"{API}/{theme.public_id}").status_code == 200,
    }


# --- the counting rule ------------------------------------------------------------------------


def test_descriptions_and_unknown_tellers_are_distinct_within_their_chapter(world):
    a, b = world.chapter_a, world.chapter_b
    stories = [
        fx.story(a, "one", descriptor="60s Eastside"),
        fx.story(a, "two", descriptor=" 60S eastside"),  # the same description, case aside
        fx.story(b, "three", descriptor="60s Eastside"),  # another chapter: another teller
        fx.story(a, "four"),  # unknown in A...
        fx.story(a, "five"),  # ...still the same unknown teller
        fx.story(b, "six"),  # unknown in B: another one
    ]
    theme = fx.theme("Mixed", stories)
    assert stored(theme) == (6, 4, 0, 2)
    assert network.themes_for_user(world.network_admin)[0].tellers == 4


def test_a_chapter_theme_counts_as_before(world):
    """Within one chapter: one unknown teller at most, descriptions case aside."""
    a = world.chapter_a
    stories = [
        fx.story(a, "one", consent="chapter", descriptor="Tall man"),
        fx.story(a, "two", consent="chapter", descriptor="tall MAN "),
        fx.story(a, "three", consent="chapter"),
        fx.story(a, "four", consent="chapter"),
        fx.story(a, "five", consent="chapter", teller=fx.teller(a, 1)),
    ]
    theme = fx.theme("Own", stories, scope=Scope.CHAPTER, chapter=a)
    assert stored(theme) == (5, 3, 0, 1)


def test_network_themes_count_only_shared_live_stories(world):
    a = world.chapter_a
    stories = [
        fx.story(a, "shared", teller=fx.teller(a, 1)),
        fx.story(a, "public", teller=fx.teller(a, 2), consent="public"),
        fx.story(a, "chapter only", teller=fx.teller(a, 3), consent="chapter"),
        fx.story(a, "withdrawn", teller=fx.teller(a, 4), withdrawn=True),
    ]
    assert stored(fx.theme("Shared only", stories)) == (2, 2, 0, 1)
    with scopes_disabled():
        counts = teller_counts(ThemeStory.objects.filter(theme__label="Shared only"))
    assert counts["tellers"] == 3  # without the scope's rule: the chapter story counts too


# --- consent changes keep the stored counts ---------------------------------------------------


@pytest.mark.parametrize("change", ["narrowed", "withdrawn"])
def test_a_consent_change_takes_the_theme_below_three_tellers_everywhere(
    world,
    client_for,
    api_for,  # noqa: F811
    change,
):
    theme, stories = three_tellers(world)
    assert stored(theme) == (3, 3, 0, 2)
    assert all(shown(world, theme, client_for, api_for).values())
    with scope(chapter=world.chapter_a):
        story = Story.objects.get(pk=stories[0].pk)
        if change == "narrowed":
            services.consent_change(
                story=story, actor=world.leader_a, to_level="chapter", method="verbal"
            )
        else:
            services.consent_withdraw(story=story, actor=world.leader_a, method="verbal")
    assert stored(theme) == (2, 2, 0, 2)
    assert not any(shown(world, theme, client_for, api_for).values())


def test_narrowing_leaves_chapter_themes_alone(world):
    a = world.chapter_a
    story = fx.story(a, "Told in chapter A", teller=fx.teller(a, 1))
    own = fx.theme("Own", [story], scope=Scope.CHAPTER, chapter=a)
    wide = fx.theme("Wide", [story])
    with scope(chapter=a):
        services.consent_change(
            story=Story.objects.get(pk=story.pk),
            actor=world.leader_a,
            to_level="chapter",
            method="verbal",
        )
    assert stored(own) == (1, 1, 0, 1)
    assert stored(wide) == (0, 0, 0, 0)


# --- who told it ------------------------------------------------------------------------------


def test_giving_a_story_a_teller_already_counted_recounts(world, client_for, api_for):  # noqa: F811
    theme, stories = three_tellers(world)
    with scopes_disabled():
        described = Story.objects.get(pk=stories[2].pk)
        teller = Story.objects.get(pk=stories[0].pk).teller
        newcomer = fx.teller(world.chapter_b, 9)
    with scope(chapter=world.chapter_b):
        services.story_update(
            story=described,
            actor=world.leader_b,
            expected_version=described.version,
            teller=newcomer,
        )
    assert stored(theme)[1] == 3  # a person instead of the description: still 3
    with scope(chapter=world.chapter_a):
        second = Story.objects.get(pk=stories[1].pk)
        services.story_update(
            story=second, actor=world.leader_a, expected_version=second.version, teller=teller
        )
    assert stored(theme)[1] == 2
    assert not any(shown(world, theme, client_for, api_for).values())


def test_saving_a_story_with_another_teller_recounts(world):
    theme, stories = three_tellers(world)
    with scopes_disabled():
        second = Story.objects.get(pk=stories[1].pk)
        second.teller = stories[0].teller
        second.save()
    assert stored(theme)[1] == 2


def test_merging_two_tellers_recounts_their_themes(world):
    theme, stories = three_tellers(world)
    with scope(chapter=world.chapter_a):
        keep, drop = stories[0].teller, stories[1].teller
        person_merge(keep=keep, drop=drop, actor=world.leader_a)
    assert stored(theme)[1] == 2
    assert network.themes_for_user(world.network_admin) == []


# --- where memberships are written ------------------------------------------------------------


def test_network_runs_write_only_shared_stories_and_store_their_counts(world):
    seed_stories(world.chapter_a, 60, consent="network", seed=1)
    seed_stories(world.chapter_b, 60, consent="public", seed=2)
    seed_stories(world.chapter_a, 60, consent="chapter", seed=3)
    run = runs.start_run(Scope.NETWORK, actor=world.network_admin)
    assert run.status == PatternRun.Status.DONE, run.error
    with scopes_disabled():
        themes = list(Theme.objects.filter(scope=Scope.NETWORK, retired_at=None))
        assert themes
        rows = ThemeStory.objects.filter(theme__in=themes)
        assert set(rows.values_list("story__consent", flat=True)) <= {"network", "public"}
        for theme in themes:  # the stored counts are the rule's, over every membership
            everything = teller_counts(ThemeStory.objects.filter(theme=theme))
            assert everything == {
                "size": theme.size,
                "tellers": theme.tellers,
                "sessions": theme.sessions,
                "chapters": theme.chapters,
            }


def test_a_consent_change_racing_a_run_is_swept_after_it(world):
    """A story narrowed while the run saved (its signal found no row yet to remove) leaves the
    theme once the run is saved."""
    theme, stories = three_tellers(world)
    with scopes_disabled():  # as if the run wrote it after the consent change's signal ran
        run = PatternRun.objects.create(scope=Scope.NETWORK)
        ThemeStory.objects.filter(theme=theme).update(run=run)
        Story.objects.filter(pk=stories[0].pk).update(consent="chapter")
    assert identity.drop_unreadable(run, [theme]) == [theme.pk]
    assert stored(theme) == (2, 2, 0, 2)
    with scopes_disabled():
        assert not ThemeStory.objects.filter(story_id=stories[0].pk).exists()


def test_merge_and_split_keep_shared_stories_and_recount(world):
    from hec.patterns import editing

    a, b = world.chapter_a, world.chapter_b
    first = fx.theme("First", [fx.story(a, "one", teller=fx.teller(a, 1))])
    second = fx.theme(
        "Second",
        [fx.story(b, "two", teller=fx.teller(b, 2)), fx.story(b, "three", descriptor="x")],
    )
    with scopes_disabled():
        editing.merge(into=first, other=second, actor=world.network_admin)
    assert stored(first) == (3, 3, 0, 2) and stored(second) == (0, 0, 0, 0)
    with scopes_disabled():
        moved = ThemeStory.objects.filter(theme=first, chapter=b).values_list(
            "story__public_id", flat=True
        )
        new = editing.split(theme=first, story_ids=list(moved), label="B", actor=None)
    assert stored(first) == (1, 1, 0, 1) and stored(new) == (2, 2, 0, 1)
    assert new.scope == Scope.NETWORK


def test_the_migration_recounts_existing_themes_by_the_same_rule(world):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("hec.patterns.migrations.0002_theme_chapters")
    theme, _stories = three_tellers(world)
    a = world.chapter_a
    own = fx.theme(
        "Own", [fx.story(a, "x", consent="chapter"), fx.story(a, "y")], scope="chapter", chapter=a
    )
    expected = {t.pk: stored(t) for t in (theme, own)}
    with scopes_disabled():  # (the migration's historical models have no scoped manager)
        Theme.objects.update(size=0, tellers=0, sessions=0, chapters=0)
        migration.recount(apps, None)
    assert {t.pk: stored(t) for t in (theme, own)} == expected
    assert expected[own.pk] == (2, 1, 0, 1)
