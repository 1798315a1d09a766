"""Sample values for URL arguments, all pointing at chapter B's objects.

The cross-chapter test walks every URL with a `chapter_slug`; when a new URL argument appears,
add how to get a chapter-B value for it here (the test fails until you do).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django_scopes import scopes_disabled

from tests.factories import World

SAMPLES: dict[str, Callable[[World], Any]] = {
    "chapter_slug": lambda w: w.chapter_b.slug,
    "person_id": lambda w: w.person_b.public_id,
    "organization_id": lambda w: w.organization_b.public_id,
    "partnership_id": lambda w: w.partnership_b.public_id,
}


def membership_id(world: World) -> str:
    from hec.people.models import Membership

    with scopes_disabled():
        return Membership.objects.filter(chapter=world.chapter_b).first().public_id


SAMPLES["membership_id"] = membership_id


def sample(name: str, world: World) -> Any:
    if name not in SAMPLES:
        raise LookupError(
            f"URL argument {name!r} has no chapter-B sample: add one to tests/url_samples.py"
        )
    return SAMPLES[name](world)


def invitation_id(world: World) -> str:
    from hec.accounts.models import Invitation

    with scopes_disabled():
        return Invitation.objects.create(
            chapter=world.chapter_b,
            email="invitee@betamarker.example",
            role="member",
            token_hash="b" * 64,
        ).public_id


SAMPLES["invitation_id"] = invitation_id


def _beta_person(world: World) -> Any:
    from hec.people.models import Person

    with scopes_disabled():
        return Person.objects.get(chapter=world.chapter_b, user=world.leader_b)


def meeting_id(world: World) -> str:
    from hec.relational.models import Meeting

    with scopes_disabled():
        meeting, _ = Meeting.objects.get_or_create(
            chapter=world.chapter_b,
            organizer=_beta_person(world),
            counterpart=world.person_b,
            defaults={"interests": "BETAMARKER housing", "private_notes": "BETAMARKER notes"},
        )
    return meeting.public_id


def session_id(world: World) -> str:
    from hec.listening.models import ListeningSession

    with scopes_disabled():
        session, _ = ListeningSession.objects.get_or_create(
            chapter=world.chapter_b, title="BETAMARKER house meeting", host=world.person_b
        )
    return session.public_id


def story_id(world: World) -> str:
    from hec.listening.models import Story

    with scopes_disabled():
        story, _ = Story.objects.get_or_create(
            chapter=world.chapter_b,
            text="BETAMARKER story about the clinic bus",
            collector=_beta_person(world),
            teller=world.person_b,
            consent="chapter",
        )
    return story.public_id


SAMPLES["meeting_id"] = meeting_id
SAMPLES["session_id"] = session_id
SAMPLES["story_id"] = story_id


def _register_app_samples() -> None:
    # Apps keep their own samples beside their tests, so each can add URL arguments alone.
    from tests.listening.samples import SAMPLES as listening_samples
    from tests.patterns.samples import SAMPLES as patterns_samples
    from tests.priorities.samples import SAMPLES as priorities_samples

    SAMPLES.update(listening_samples)
    SAMPLES.update(patterns_samples)
    SAMPLES.update(priorities_samples)


_register_app_samples()
