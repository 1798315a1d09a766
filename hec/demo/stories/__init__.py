"""The demo world's stories: everyday pressures as told in house meetings and one-to-ones in
Seattle, Spokane and Portland. Written for the demo (invented people, real places); about a
third in Spanish, some with an English translation kept beside the original.

Each story carries the codes its collector confirmed (categories, primary first, and
downstream health effects), a consent level and, for some, an anonymous descriptor of the
teller (age band and neighborhood). Ids are those of `hec.patterns.engine`.
"""

from __future__ import annotations

from dataclasses import dataclass

CONSENT = {"c": "chapter", "n": "network", "p": "public", "x": "private"}


@dataclass(frozen=True)
class DemoStory:
    city: str
    language: str
    consent: str
    categories: tuple[str, ...]
    effects: tuple[str, ...]
    descriptor: str
    text: str
    translation: str = ""


def story(
    city: str, language: str, consent: str, categories: str, effects: str, who: str, text: str,
    en: str = "",
) -> DemoStory:  # fmt: skip
    """Compact form used by the city modules: codes as space-separated ids, consent as a
    letter (c chapter, n network, p public, x private)."""
    return DemoStory(
        city=city,
        language=language,
        consent=CONSENT[consent],
        categories=tuple(categories.split()),
        effects=tuple(effects.split()),
        descriptor=who,
        text=" ".join(text.split()),
        translation=" ".join(en.split()),
    )


def _all() -> tuple[DemoStory, ...]:
    from hec.demo.stories import portland, seattle, spokane

    return (*seattle.STORIES, *spokane.STORIES, *portland.STORIES)


STORIES: tuple[DemoStory, ...] = _all()
