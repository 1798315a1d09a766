from __future__ import annotations

import time

import pytest
from django_scopes import scopes_disabled

from hec.demo import priorities as demo_priorities
from hec.demo.world import build_demo_world
from hec.priorities.models import Assembly, CandidateIssue, Dot, Tally


def counts() -> tuple[int, ...]:
    with scopes_disabled():
        return (
            CandidateIssue.objects.count(),
            Assembly.objects.count(),
            Dot.objects.count(),
            Tally.objects.count(),
        )


@pytest.fixture
def demo(db):
    build_demo_world()


def test_demo_has_priorities_and_runs_again_without_adding(demo):
    from hec.people.models import Chapter

    before = counts()
    with scopes_disabled():
        uw = Chapter.objects.get(slug="uw-seattle")
        issues = list(CandidateIssue.objects.filter(chapter=uw))
        assert 2 <= len(issues) <= 4
        assert any(i.themes.exists() for i in issues), "made from the chapter's themes"
        # issues are named as what could change, after their theme's main category
        titled = {i.title for i in issues} & set(demo_priorities.ISSUE_TITLES.values())
        assert titled and all(i.themes.exists() for i in issues if i.title in titled)
        chosen = [i for i in issues if i.status == "chosen"]
        assert chosen and all(i.chosen_in and i.chosen_at for i in chosen)
        closed = Assembly.objects.get(chapter=uw, status="closed")
        voters = set(Dot.objects.filter(assembly=closed).values_list("voter__email", flat=True))
        assert {"member@demo.hec", "partner@demo.hec", "leader@demo.hec"} <= voters
        assert Tally.objects.filter(assembly=closed).exists()
        open_ = Assembly.objects.get(chapter=uw, status="open")
        assert open_.candidates.count() >= 2
        assert not Dot.objects.filter(assembly=open_, voter__email="member@demo.hec").exists()
        # no private story is attached as evidence by the demo
        assert not any(s.consent == "private" for i in issues for s in i.stories.all())
    with scopes_disabled():
        demo_priorities.build_priorities()
    build_demo_world()
    assert counts() == before


def test_without_themes_candidates_come_from_categories(db):
    from hec.demo import listening, world
    from hec.patterns.models import Theme

    started = time.monotonic()
    for _label, step in world.STEPS:
        if step in [s for _l, s in demo_priorities.STEPS]:
            continue
        if step.__module__ == "hec.demo.patterns":
            continue  # no pattern run: no themes
        with scopes_disabled():
            step()
    assert listening.STEPS and time.monotonic() - started < 600
    with scopes_disabled():
        assert not Theme.objects.exists()
        demo_priorities.build_priorities()
        issues = list(CandidateIssue.objects.all())
        assert issues and not any(i.themes.exists() for i in issues)
        assert all(i.stories.exists() for i in issues)
        assert (
            Assembly.objects.filter(status="closed").count()
            == Assembly.objects.filter(status="open").count()
        )
