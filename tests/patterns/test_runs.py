"""Pattern runs: which stories a run reads (consent), progress, results, permissions, API."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from hec.core.permissions import ChapterRole, NetworkRole
from hec.listening.models import Story
from hec.patterns import runs
from hec.patterns.models import PatternRun, Scope, ThemeStory
from hec.people.models import Affiliate, Chapter
from tests.factories import make_member, make_user
from tests.patterns.test_runs_support import seed_stories, story_ids, themes_of

pytestmark = pytest.mark.django_db


def run_now(scope, chapter=None, affiliate=None, actor=None) -> PatternRun:
    return runs.start_run(scope, chapter, affiliate, actor=actor)  # immediate backend in tests


def run_members(run: PatternRun) -> set[int]:
    with scopes_disabled():
        return set(ThemeStory.objects.filter(run=run).values_list("story_id", flat=True))


def test_chapter_run_finds_themes_with_counts(world):
    stories = seed_stories(world.chapter_a, 240)
    run = run_now(Scope.CHAPTER, world.chapter_a, actor=world.leader_a)
    assert run.status == PatternRun.Status.DONE, run.error
    assert run.task_id
    assert run.stories_count == 240
    assert run.percent == 100 and run.progress_step == "done"
    themes = themes_of(chapter=world.chapter_a, retired_at=None)
    assert len(themes) == run.themes_count >= 5
    assert run_members(run) <= story_ids(stories)
    for theme in themes:
        assert theme.scope == Scope.CHAPTER and theme.first_run == run
        assert theme.label == theme.auto_label and theme.keywords
        with scopes_disabled():
            assert theme.size == ThemeStory.objects.filter(theme=theme).count() >= 3
            assert 1 <= ThemeStory.objects.filter(theme=theme, representative=True).count() <= 3
        assert 1 <= theme.tellers <= 12
        assert theme.sessions == 0
        if not theme.is_new_pattern:
            assert theme.categories and all(0 <= c["share"] <= 1 for c in theme.categories)
            assert theme.categories[0]["share"] >= 0.5


def test_progress_is_written_while_running(world, monkeypatch):
    seed_stories(world.chapter_a, 60)
    seen = []
    real_update = runs._Reporter.__call__

    def spy(self, stage, done, total, *, force=False):
        real_update(self, stage, done, total, force=True)
        with scopes_disabled():
            row = PatternRun.objects.get(pk=self.run.pk)
        seen.append((row.status, row.progress_done, row.progress_step.split(" ")[0]))

    monkeypatch.setattr(runs._Reporter, "__call__", spy)
    run = run_now(Scope.CHAPTER, world.chapter_a)
    assert run.status == "done"
    stages = [s for _status, _done, s in seen]
    assert {"loading", "coding", "clustering", "saving"} <= set(stages)
    assert all(status == "running" for status, _d, _s in seen)
    dones = [d for _s, d, _st in seen]
    assert dones == sorted(dones) and 0 < max(dones) < runs.PROGRESS_TOTAL


def test_progress_writes_are_throttled(world):
    run, _ = runs.create_run(Scope.CHAPTER, chapter=world.chapter_a)
    reporter = runs._Reporter(run, None)
    for i in range(1, 200):
        reporter("coding", i, 200)
    with scopes_disabled():
        row = PatternRun.objects.get(pk=run.pk)
    assert row.progress_step == "coding 1/200"  # the first write only; the rest within 0.5 s


def test_step_label_in_words(world):
    run = PatternRun(scope="chapter", status="running", progress_step="coding 2000/10000")
    assert runs.step_label(run) == "Coding stories (2,000 of 10,000)"
    assert runs.step_label(PatternRun(status="queued")).startswith("Waiting for a worker")


def test_chapter_run_never_reads_private_or_withdrawn_stories(world):
    shared = seed_stories(world.chapter_a, 120, consent="chapter")
    private = seed_stories(world.chapter_a, 40, consent="private", seed=1)
    withdrawn = seed_stories(world.chapter_a, 40, consent="network", seed=2)
    other = seed_stories(world.chapter_b, 40, consent="public", seed=3)
    with scopes_disabled():
        Story.objects.filter(pk__in=story_ids(withdrawn)).update(withdrawn_at="2026-01-01T00:00Z")
    read = set(runs.run_stories(Scope.CHAPTER, world.chapter_a).values_list("pk", flat=True))
    assert read == story_ids(shared)
    run = run_now(Scope.CHAPTER, world.chapter_a)
    assert run.stories_count == 120
    assert run_members(run) and run_members(run) <= story_ids(shared)
    assert not run_members(run) & story_ids(private + withdrawn + other)


def test_network_and_affiliate_runs_read_only_network_consent(world):
    chapter_only = seed_stories(world.chapter_a, 80, consent="chapter")
    shared_a = seed_stories(world.chapter_a, 80, consent="network", seed=1)
    shared_b = seed_stories(world.chapter_b, 80, consent="public", seed=2)
    elsewhere = Affiliate.objects.create(name="Other", slug="other", city="Boise")
    far = Chapter.objects.create(
        name="HEC Far", slug="far", institution="Far U", city="Boise", affiliate=elsewhere
    )
    shared_far = seed_stories(far, 40, consent="network", seed=3)
    run = run_now(Scope.NETWORK, actor=world.network_admin)
    assert run.status == "done", run.error
    assert run.stories_count == 200
    assert run_members(run) <= story_ids(shared_a + shared_b + shared_far)
    assert not run_members(run) & story_ids(chapter_only)
    network_themes = themes_of(scope=Scope.NETWORK)
    assert network_themes and all(t.chapter_id is None for t in network_themes)
    with scopes_disabled():  # each membership carries its story's chapter
        chapters = set(ThemeStory.objects.filter(run=run).values_list("chapter_id", flat=True))
    assert world.chapter_b.pk in chapters

    run = run_now(Scope.AFFILIATE, affiliate=world.affiliate)
    assert run.stories_count == 160
    assert run_members(run) <= story_ids(shared_a + shared_b)
    assert all(t.affiliate_id == world.affiliate.pk for t in themes_of(scope=Scope.AFFILIATE))


def test_a_second_run_of_the_same_scope_returns_the_active_one(world):
    first, created = runs.create_run(Scope.CHAPTER, chapter=world.chapter_a)
    assert created
    again = runs.start_run(Scope.CHAPTER, world.chapter_a)
    assert again.pk == first.pk and again.status == "queued"
    other = runs.start_run(Scope.CHAPTER, world.chapter_b)  # another scope owner runs
    assert other.pk != first.pk


def test_a_lost_run_stops_blocking_after_a_while(world):
    from datetime import timedelta

    from django.utils import timezone

    first, _ = runs.create_run(Scope.CHAPTER, chapter=world.chapter_a)
    with scopes_disabled():
        PatternRun.objects.filter(pk=first.pk).update(
            created_at=timezone.now() - runs.STALE_AFTER - timedelta(minutes=1)
        )
    run = runs.start_run(Scope.CHAPTER, world.chapter_a)
    assert run.pk != first.pk
    first.refresh_from_db()
    assert first.status == "failed" and "worker" in first.error


def test_a_failing_run_is_marked_failed_and_keeps_earlier_themes(world, monkeypatch):
    seed_stories(world.chapter_a, 120)
    good = run_now(Scope.CHAPTER, world.chapter_a)
    before = {(t.pk, t.size) for t in themes_of(chapter=world.chapter_a)}

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("hec.patterns.identity.refresh_counts", broken)
    bad = run_now(Scope.CHAPTER, world.chapter_a)
    assert bad.status == "failed" and bad.error == "RuntimeError: disk full"
    assert {(t.pk, t.size) for t in themes_of(chapter=world.chapter_a)} == before
    with scopes_disabled():
        assert not ThemeStory.objects.filter(run=bad).exists()
        assert ThemeStory.objects.filter(run=good).exists()


def test_a_run_with_no_stories_is_done_with_no_themes(world):
    run = run_now(Scope.CHAPTER, world.chapter_b)
    assert run.status == "done" and run.themes_count == 0 and run.stories_count == 0


def test_runs_refuse_a_wrong_owner(world):
    with pytest.raises(runs.RunError):
        runs.start_run(Scope.NETWORK, world.chapter_a)
    with pytest.raises(runs.RunError):
        runs.start_run(Scope.CHAPTER)


# Web pages -------------------------------------------------------------------------------


def test_member_starts_a_chapter_run_and_sees_its_progress(world, client_for):
    seed_stories(world.chapter_a, 60)
    client = client_for(world.member_a)
    response = client.post(reverse("chapter:pattern-run-create", args=["alpha"]))
    with scopes_disabled():
        run = PatternRun.objects.get(chapter=world.chapter_a)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "chapter:pattern-run-detail", args=["alpha", run.public_id]
    )
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "<progress" in html and "100% done" in html
    assert reverse("chapter:theme-list", args=["alpha"]) in html
    assert 'hx-trigger="every 1s"' not in html  # done: no more polling
    partial = client.get(reverse("chapter:pattern-run-progress", args=["alpha", run.public_id]))
    assert partial.status_code == 200 and b"<html" not in partial.content


def test_a_queued_run_page_polls_every_second(world, client_for):
    run, _ = runs.create_run(Scope.CHAPTER, chapter=world.chapter_a)
    html = (
        client_for(world.member_a)
        .get(reverse("chapter:pattern-run-detail", args=["alpha", run.public_id]))
        .content.decode()
    )
    assert 'hx-trigger="every 1s"' in html
    assert reverse("chapter:pattern-run-progress", args=["alpha", run.public_id]) in html
    assert "Waiting for a worker" in html


def test_get_does_not_start_a_run(world, client_for):
    response = client_for(world.leader_a).get(reverse("chapter:pattern-run-create", args=["alpha"]))
    assert response.status_code == 405


@pytest.mark.parametrize("role", [ChapterRole.FACULTY_ALLY, ChapterRole.COMMUNITY_PARTNER])
def test_faculty_ally_and_partner_cannot_start_a_run(world, client_for, role):
    user = make_user(f"{role}@example.org")
    make_member(world.chapter_a, user, role, f"{role} person")
    response = client_for(user).post(reverse("chapter:pattern-run-create", args=["alpha"]))
    assert response.status_code == 403
    with scopes_disabled():
        assert not PatternRun.objects.exists()


def test_runs_of_another_chapter_are_not_found(world, client_for):
    run, _ = runs.create_run(Scope.CHAPTER, chapter=world.chapter_b)
    response = client_for(world.leader_a).get(
        reverse("chapter:pattern-run-detail", args=["alpha", run.public_id])
    )
    assert response.status_code == 404


def test_network_admin_starts_network_and_affiliate_runs(world, client_for):
    seed_stories(world.chapter_a, 60, consent="network")
    client = client_for(world.network_admin)
    assert client.get(reverse("accounts:network-pattern-run-create")).status_code == 200
    response = client.post(reverse("accounts:network-pattern-run-create"), {"scope": "network"})
    with scopes_disabled():
        run = PatternRun.objects.get(scope=Scope.NETWORK)
    assert response["Location"] == reverse(
        "accounts:network-pattern-run-detail", args=[run.public_id]
    )
    page = client.get(response["Location"])
    assert page.status_code == 200 and b"<progress" in page.content
    partial = client.get(response["Location"] + "?partial=1")
    assert b"<html" not in partial.content
    response = client.post(
        reverse("accounts:network-pattern-run-create"),
        {"scope": "affiliate", "affiliate": "sound-alliance"},
    )
    with scopes_disabled():
        assert PatternRun.objects.filter(scope=Scope.AFFILIATE, affiliate=world.affiliate).exists()


def test_affiliate_organizer_runs_only_their_affiliate(world, client_for):
    other = Affiliate.objects.create(name="Other", slug="other", city="Boise")
    organizer = make_user(
        "org@example.org", network_role=NetworkRole.AFFILIATE_ORGANIZER, affiliate=other
    )
    client = client_for(organizer)
    url = reverse("accounts:network-pattern-run-create")
    assert client.post(url, {"scope": "network"}).status_code == 403
    not_theirs = client.post(url, {"scope": "affiliate", "affiliate": "sound-alliance"})
    assert not_theirs.status_code == 403
    assert client.post(url, {"scope": "affiliate", "affiliate": "other"}).status_code == 302
    with scopes_disabled():
        assert list(PatternRun.objects.values_list("scope", "affiliate__slug")) == [
            ("affiliate", "other")
        ]
        admin_run, _ = runs.create_run(Scope.NETWORK)
    assert (
        client.get(
            reverse("accounts:network-pattern-run-detail", args=[admin_run.public_id])
        ).status_code
        == 404
    )


def test_chapter_members_cannot_use_network_runs(world, client_for):
    client = client_for(world.leader_a)
    assert client.get(reverse("accounts:network-pattern-run-create")).status_code == 403
    assert client.post(reverse("accounts:network-pattern-run-create")).status_code == 403


# API ------------------------------------------------------------------------------------


def test_api_starts_a_run_and_reports_progress(world, client_for):
    seed_stories(world.chapter_a, 60)
    client = client_for(world.member_a)
    response = client.post("/api/v1/chapters/alpha/pattern-runs")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "done" and body["percent"] == 100 and body["themes_count"] >= 1
    got = client.get(f"/api/v1/chapters/alpha/pattern-runs/{body['id']}")
    assert got.status_code == 200 and got.json()["id"] == body["id"]
    assert client.get("/api/v1/chapters/alpha/pattern-runs/nope").status_code == 404


def test_api_refuses_roles_without_patterns_run(world, client_for):
    user = make_user("ally@example.org")
    make_member(world.chapter_a, user, ChapterRole.FACULTY_ALLY, "Ally")
    response = client_for(user).post("/api/v1/chapters/alpha/pattern-runs")
    assert response.status_code == 403 and response.json()["detail"]


def test_a_story_withdrawn_during_a_run_is_not_placed(world, monkeypatch):
    stories = seed_stories(world.chapter_a, 120)
    real_shares = runs._shares

    def withdraw_meanwhile(themes, *args):
        with scopes_disabled():  # the teller withdraws while the run is finding themes
            Story.objects.filter(pk=stories[0].pk).update(withdrawn_at="2026-01-01T00:00Z")
        themes[0].members.append(str(stories[0].pk))  # make sure the engine had placed it
        return real_shares(themes, *args)

    monkeypatch.setattr(runs, "_shares", withdraw_meanwhile)
    run = run_now(Scope.CHAPTER, world.chapter_a)
    assert run.status == "done", run.error
    assert stories[0].pk not in run_members(run)
