from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scope

from hec.core.models import AuditEntry
from hec.listening import services
from hec.listening.models import ConsentChange, Story


def test_story_create_writes_first_consent_change_and_audit(world):
    with scope(chapter=world.chapter_a):
        story = services.story_create(
            chapter=world.chapter_a,
            actor=world.leader_a,
            collector=world.person_a,
            text="  The bus stopped running to the clinic.  ",
            language="en",
            consent="chapter",
        )
        assert story.text == "The bus stopped running to the clinic."
        change = ConsentChange.objects.get(story=story)
        assert (change.from_level, change.to_level, change.method) == ("", "chapter", "verbal")
        assert AuditEntry.objects.filter(
            action="chapter.story.created", object_id=story.public_id
        ).exists()


@pytest.mark.parametrize(
    ("text", "consent", "field"),
    [("   ", "chapter", "text"), ("A story", "", "consent"), ("A story", "secret", "consent")],
)
def test_story_without_text_or_consent_refused_on_the_field(world, text, consent, field):
    with scope(chapter=world.chapter_a):
        with pytest.raises(ValidationError) as caught:
            services.story_create(
                chapter=world.chapter_a,
                actor=world.leader_a,
                collector=world.person_a,
                text=text,
                language="en",
                consent=consent,
            )
        assert field in caught.value.message_dict
        assert not Story.objects.exists()


def test_story_create_refuses_other_chapters_teller(world):
    with scope(chapter=world.chapter_a):
        with pytest.raises(ValidationError) as caught:
            services.story_create(
                chapter=world.chapter_a,
                actor=world.leader_a,
                collector=world.person_a,
                teller=world.person_b,
                text="x",
                language="en",
                consent="chapter",
            )
        assert "teller" in caught.value.message_dict
