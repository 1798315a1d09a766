"""The real background path: a run queued with the database backend (django-tasks-db) waits
until `manage.py db_worker` picks it up and executes it."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_scopes import scopes_disabled

from hec.patterns import runs
from hec.patterns.models import PatternRun, Scope, Theme
from tests.patterns.test_runs_support import seed_stories

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


# the worker / command closes the database connection when done: no wrapping transaction
@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_TASKS)
def test_db_worker_executes_a_queued_run(world):
    from django_tasks_db.models import DBTaskResult

    seed_stories(world.chapter_a, 100)
    run = runs.start_run(Scope.CHAPTER, world.chapter_a, actor=world.leader_a)
    assert run.status == "queued" and run.task_id
    assert DBTaskResult.objects.filter(id=run.task_id, status="READY").exists()
    # While it waits, asking again returns the same run.
    assert runs.start_run(Scope.CHAPTER, world.chapter_a).pk == run.pk

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")

    with scopes_disabled():
        run.refresh_from_db()
        assert run.status == PatternRun.Status.DONE, run.error
        assert run.started_at and run.finished_at and run.percent == 100
        assert Theme.objects.filter(chapter=world.chapter_a, last_run=run).count() >= 3
    result = DBTaskResult.objects.get(id=run.task_id)
    assert result.status == "SUCCESSFUL" and result.return_value == "done"


# the worker / command closes the database connection when done: no wrapping transaction
@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_TASKS)
def test_a_run_executed_twice_runs_once(world):
    seed_stories(world.chapter_a, 60)
    run = runs.start_run(Scope.CHAPTER, world.chapter_a)
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")
    with scopes_disabled():
        run.refresh_from_db()
        finished = run.finished_at
    again = runs.execute_run(run)  # e.g. a task delivered twice: nothing happens
    assert again.status == "done" and again.finished_at == finished


def test_the_task_reports_a_missing_run(world):
    from hec.patterns.tasks import run_patterns

    assert run_patterns.call(10**9) == "missing"
