"""`hec patterns run`: a run now, in the terminal, with a progress line."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django_scopes import scopes_disabled

from hec.cli import main
from hec.patterns.models import PatternRun, Scope, Theme
from tests.patterns.test_runs_support import seed_stories

pytestmark = pytest.mark.django_db


def test_chapter_run_from_the_terminal(world, capsys):
    seed_stories(world.chapter_a, 120)
    out = io.StringIO()
    call_command("patterns_run", "--chapter", "alpha", stdout=out)
    with scopes_disabled():
        run = PatternRun.objects.get()
        assert run.status == "done" and run.scope == Scope.CHAPTER
        assert Theme.objects.filter(chapter=world.chapter_a).count() == run.themes_count
    assert f"run {run.public_id}: 120 stories" in out.getvalue()
    assert "patterns HEC Alp" in capsys.readouterr().err  # the progress line


# the worker / command closes the database connection when done: no wrapping transaction
@pytest.mark.django_db(transaction=True)
def test_network_and_affiliate_runs_through_hec(world):
    seed_stories(world.chapter_b, 60, consent="public")
    assert main(["patterns", "run", "--network", "--quiet"]) == 0
    assert main(["patterns", "run", "--affiliate", "sound-alliance", "--quiet"]) == 0
    with scopes_disabled():
        assert sorted(PatternRun.objects.values_list("scope", "status")) == [
            ("affiliate", "done"),
            ("network", "done"),
        ]


def test_unknown_slugs_and_missing_scope_are_refused(world):
    with pytest.raises(CommandError, match="no chapter"):
        call_command("patterns_run", "--chapter", "nope")
    with pytest.raises(CommandError, match="no affiliate"):
        call_command("patterns_run", "--affiliate", "nope")
    with pytest.raises(CommandError):
        call_command("patterns_run")
