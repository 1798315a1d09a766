"""What the priority pages and the API read: issues with the themes and stories behind them.

Story text passes through `hec.listening.visibility` here and nowhere else in this app: a
story is listed only if the reader may read it, and quoted only if it is not private (a
private story is linked, so that opening it leaves its trace in the audit log).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hec.core.tenancy import ChapterAccess
from hec.listening.models import Consent, Story
from hec.listening.visibility import chapter_stories
from hec.patterns.models import Theme
from hec.priorities.models import CandidateIssue

QUOTE_CHARS = 280


@dataclass(frozen=True)
class Evidence:
    public_id: str
    quote: str  # "" for a private story (open it to read it)
    private: bool
    language: str


@dataclass
class Behind:
    """The themes and stories behind one issue, as one reader may see them."""

    themes: list[Theme] = field(default_factory=list)
    stories: list[Evidence] = field(default_factory=list)
    hidden: int = 0  # stories behind it this reader may not read


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def issues() -> Any:
    return CandidateIssue.objects.select_related("chosen_in")


def behind(access: ChapterAccess, items: Iterable[CandidateIssue]) -> dict[int, Behind]:
    """For each issue (by pk): its themes and the stories behind it that `access` may read."""
    items = list(items)
    through = CandidateIssue.stories.through
    links = list(
        through.objects.filter(candidateissue__in=items).values_list(
            "candidateissue_id", "story_id"
        )
    )
    readable = {
        s.pk: s
        for s in chapter_stories(access)
        .filter(pk__in={story_id for _i, story_id in links})
        .only("pk", "public_id", "text", "consent", "language")
    }
    out: dict[int, Behind] = {item.pk: Behind() for item in items}
    theme_links = (
        CandidateIssue.themes.through.objects.filter(candidateissue__in=items)
        .select_related("theme")
        .order_by("-theme__size", "theme__label")
    )
    for link in theme_links:
        out[link.candidateissue_id].themes.append(link.theme)
    for issue_id, story_id in sorted(links, key=lambda link: link[1]):
        entry = out[issue_id]
        story: Story | None = readable.get(story_id)
        if story is None:
            entry.hidden += 1
            continue
        private = story.consent == Consent.PRIVATE
        entry.stories.append(
            Evidence(
                public_id=story.public_id,
                quote="" if private else _quote(story.text),
                private=private,
                language=story.language,
            )
        )
    return out
