"""Chapter-B samples for the priorities app's URL arguments (registered into tests.url_samples)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django_scopes import scopes_disabled


def _issues(world: Any) -> list[Any]:
    from hec.priorities.models import CandidateIssue

    with scopes_disabled():
        issues = list(CandidateIssue.objects.filter(chapter=world.chapter_b).order_by("id"))
        while len(issues) < 2:
            issues.append(
                CandidateIssue.objects.create(
                    chapter=world.chapter_b,
                    title=f"BETAMARKER issue {len(issues) + 1}",
                    description="BETAMARKER description",
                )
            )
    return issues


def candidate_id(world: Any) -> str:
    return _issues(world)[0].public_id


def assembly_id(world: Any) -> str:
    from hec.priorities.models import Assembly

    issues = _issues(world)
    with scopes_disabled():
        assembly = Assembly.objects.filter(chapter=world.chapter_b).first()
        if assembly is None:
            assembly = Assembly.objects.create(
                chapter=world.chapter_b, title="BETAMARKER assembly", held_on=date(2026, 5, 1)
            )
            assembly.candidates.set(issues)
    return assembly.public_id


SAMPLES: dict[str, Callable[[Any], Any]] = {
    "candidate_id": candidate_id,
    "assembly_id": assembly_id,
}
