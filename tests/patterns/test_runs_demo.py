"""The demo world starts with themes (chapter, affiliate and network runs), and building it
again adds no run and no theme."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from hec.demo.world import build_demo_world
from hec.patterns.models import PatternRun, Scope, Theme, ThemeStory

pytestmark = pytest.mark.django_db


def snapshot() -> tuple:
    with scopes_disabled():
        return (
            PatternRun.objects.count(),
            sorted(Theme.objects.values_list("pk", "label", "size", "retired_at")),
            ThemeStory.objects.count(),
        )


def test_demo_world_has_themes_and_a_rebuild_adds_nothing():
    build_demo_world()
    with scopes_disabled():
        assert not PatternRun.objects.exclude(status="done").exists()
        live = Theme.objects.filter(retired_at=None)
        assert live.filter(scope=Scope.CHAPTER).values("chapter").distinct().count() >= 2
        assert live.filter(scope=Scope.NETWORK).exists()
        assert not ThemeStory.objects.filter(
            theme__scope=Scope.NETWORK, story__consent__in=["private", "chapter"]
        ).exists()
        assert not ThemeStory.objects.filter(story__withdrawn_at__isnull=False).exists()
    before = snapshot()
    build_demo_world()
    assert snapshot() == before
