"""Background tasks of the patterns app (django-tasks; the database backend outside tests,
run by `manage.py db_worker`, which `make run` starts beside the server)."""

from __future__ import annotations

from django_scopes import scopes_disabled
from django_tasks import task

from hec.patterns.models import PatternRun


@task()
def run_patterns(run_pk: int) -> str:
    """Execute one queued pattern run; returns its final status."""
    from hec.patterns.runs import execute_run

    with scopes_disabled():
        run = PatternRun.objects.select_related("chapter", "affiliate").filter(pk=run_pk).first()
    if run is None:
        return "missing"
    return execute_run(run).status
