"""Chapter-B samples for the patterns app's URL arguments (registered into tests.url_samples)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SAMPLES: dict[str, Callable[[Any], Any]] = {}


def run_id(world: Any) -> str:
    """A chapter-B pattern run (failed, so its page shows the BETAMARKER error)."""
    from django_scopes import scopes_disabled

    from hec.patterns.models import PatternRun

    with scopes_disabled():
        run, _ = PatternRun.objects.get_or_create(
            scope="chapter",
            chapter=world.chapter_b,
            status="failed",
            defaults={"error": "BETAMARKER run error", "progress_step": "coding 1/2"},
        )
    return run.public_id


SAMPLES["run_id"] = run_id
