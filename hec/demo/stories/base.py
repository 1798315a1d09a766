"""A demo story and the compact way the city modules write one."""

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
