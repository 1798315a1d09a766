"""Network and affiliate themes built straight from the models (no pattern run): stories with
their tellers, consent levels and chapters, and the Theme/ThemeStory rows over them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django_scopes import scopes_disabled

from hec.core.permissions import ChapterRole, NetworkRole
from hec.listening.models import ListeningSession, Story
from hec.patterns.counts import refresh_counts
from hec.patterns.models import Theme, ThemeStory
from hec.people.models import Affiliate, Chapter, Person
from tests.factories import World, make_member, make_person, make_user


def collector(chapter: Chapter) -> Person:
    """Someone of the chapter to have collected its stories."""
    with scopes_disabled():
        person = Person.objects.filter(chapter=chapter, name__startswith="Collector").first()
    return person or make_person(chapter, f"Collector COLLECTORNAME {chapter.slug}")


def story(
    chapter: Chapter,
    text: str,
    *,
    consent: str = "network",
    teller: Person | None = None,
    descriptor: str = "",
    withdrawn: bool = False,
    told_on: datetime.date | None = None,
    session: ListeningSession | None = None,
) -> Story:
    with scopes_disabled():
        return Story.objects.create(
            chapter=chapter,
            text=text,
            consent=consent,
            teller=teller,
            teller_descriptor=descriptor,
            collector=collector(chapter),
            session=session,
            told_on=told_on or timezone.localdate(),
            withdrawn_at=timezone.now() if withdrawn else None,
        )


def teller(chapter: Chapter, n: int) -> Person:
    return make_person(chapter, f"Teller TELLERNAME{n} {chapter.slug}")


def theme(
    label: str,
    stories: list[Story],
    *,
    scope: str = "network",
    chapter: Chapter | None = None,
    affiliate: Affiliate | None = None,
    representatives: tuple[Story, ...] = (),
    **extra: Any,
) -> Theme:
    """A theme of `scope` holding `stories`, scored best first in the order given, its
    counts stored as the app stores them.

    A network theme may be given stories that are not shared (the app never leaves one there:
    runs do not read them and a consent change takes them out): the pages must still neither
    count nor quote them."""
    extra.setdefault("categories", [{"id": "language_access", "share": 0.75}])
    extra.setdefault("downstream", ["medication_problems", "delayed_care"])
    extra.setdefault("keywords", ["pharmacy", "label"])
    with scopes_disabled():
        row = Theme.objects.create(
            scope=scope,
            chapter=chapter,
            affiliate=affiliate,
            label=label,
            auto_label=label,
            **extra,
        )
        ThemeStory.objects.bulk_create(
            ThemeStory(
                theme=row,
                story=s,
                chapter=s.chapter,
                score=1.0 - i / 100,
                representative=s in representatives,
            )
            for i, s in enumerate(stories)
        )
        refresh_counts([row.pk])  # as runs, edits and consent changes do
    return row


@dataclass
class NetworkWorld:
    world: World
    shared: Theme  # network theme: 3 tellers in chapters A and B, plus unsharable stories
    pair: Theme  # network theme: 2 tellers only
    chapter_only: Story  # in `shared`, consent chapter (representative)
    private: Story  # in `shared`, private (representative)
    withdrawn: Story  # in `shared`, network but withdrawn (representative)
    quotable: list[Story]  # the 3 network/public stories of `shared`
    session: ListeningSession


def build(world: World) -> NetworkWorld:
    a, b = world.chapter_a, world.chapter_b
    with scopes_disabled():
        session = ListeningSession.objects.create(
            chapter=b, title="SESSIONTITLE house meeting", host=world.person_b
        )
    # chapter B's person_b ("Zed BETAMARKER") tells one of the shared stories
    quotable = [
        story(a, "The pharmacy label was only in English", teller=teller(a, 1)),
        story(
            b,
            "Nobody could read the dosage to my father",
            teller=world.person_b,
            session=session,
            consent="public",
        ),
        story(b, "The clinic form had no Spanish version", descriptor="DESCRIPTOR 60s Eastside"),
    ]
    chapter_only = story(
        a, "CHAPTERONLY words of a chapter story", consent="chapter", teller=teller(a, 2)
    )
    private = story(
        a, "PRIVATEONLY words of a private story", consent="private", teller=teller(a, 3)
    )
    withdrawn = story(
        b, "WITHDRAWNONLY words of a withdrawn story", withdrawn=True, teller=teller(b, 4)
    )
    shared = theme(
        "Pharmacy labels not in my language",
        [chapter_only, private, withdrawn, *quotable],
        representatives=(chapter_only, private, withdrawn),
    )
    sixth = teller(a, 6)
    pair = theme(
        "Two people only",
        [
            story(a, "PAIRSTORY one", teller=teller(a, 5)),
            story(a, "PAIRSTORY two", teller=sixth),
            story(a, "PAIRSTORY three, the same teller again", teller=sixth, consent="public"),
        ],
        categories=[{"id": "housing_instability", "share": 1.0}],
    )
    return NetworkWorld(world, shared, pair, chapter_only, private, withdrawn, quotable, session)


def second_affiliate(world: World) -> tuple[Affiliate, Chapter]:
    other = Affiliate.objects.create(name="Other Alliance", slug="other-alliance", city="Boise")
    chapter = Chapter.objects.create(
        name="HEC Delta", slug="delta", institution="Delta U", city="Boise", affiliate=other
    )
    return other, chapter


def organizer(affiliate: Affiliate, email: str = "organizer@example.org") -> Any:
    return make_user(
        email, network_role=NetworkRole.AFFILIATE_ORGANIZER, affiliate=affiliate, name="Org"
    )


def partner(world: World) -> Any:
    user = make_user("partner.a@example.org", name="Pat Partner")
    make_member(world.chapter_a, user, ChapterRole.COMMUNITY_PARTNER, "Pat Partner")
    return user
