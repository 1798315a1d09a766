"""Chapter-B samples for the listening app's URL arguments (registered into tests.url_samples)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django_scopes import scopes_disabled


def code_id(world: Any) -> str:
    """A suggested (unconfirmed) code on chapter B's sample story, named `kind.code`."""
    from hec.listening.models import Story, StoryCode
    from tests.url_samples import story_id

    with scopes_disabled():
        story = Story.objects.get(public_id=story_id(world))
        code, _ = StoryCode.objects.get_or_create(
            chapter=world.chapter_b,
            story=story,
            kind=StoryCode.Kind.CATEGORY,
            code="transportation",
            defaults={"suggested_score": 0.6, "evidence": ["BETAMARKER bus"]},
        )
    return f"{code.kind}.{code.code}"


SAMPLES: dict[str, Callable[[Any], Any]] = {"code_id": code_id}
