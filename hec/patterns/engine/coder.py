"""Story coding: rank the sixteen categories, suggest downstream effects, show evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .chapter import ChapterModel
from .cues import Cues, _tally, squash, story_cues, story_language
from .data import CATEGORY_IDS
from .matcher import DOWNSTREAM_MATCHER, tokenize
from .text import SUPPORTED

SECONDARY_RATIO = 0.8  # a further category needs 80% of the top score (5-fold CV) ...
SECONDARY_MIN = 3.0  # ... and at least one strong cue's worth of evidence
MAX_CATEGORIES = 3
MIN_EVIDENCE = 1.0  # raw score the top category needs for a story to be coded at all
VOTE_MIN = 0.3
DOWNSTREAM_MIN = 3.0
MAX_DOWNSTREAM = 2

Example = tuple[str, "str | None", Sequence[str]]


@dataclass
class Coding:
    categories: list[tuple[str, float]] = field(default_factory=list)  # assigned, best first
    ranking: list[tuple[str, float]] = field(default_factory=list)  # all 16, best first
    downstream: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    coded: bool = False
    lang: str | None = None
    reason: str = ""  # why not coded: "unsupported_language" or "no_evidence"

    @property
    def primary(self) -> str | None:
        return self.categories[0][0] if self.categories else None


def lexicon_scores(
    text: str, lang: str
) -> tuple[dict[str, float], dict[str, list[str]], dict[str, float]]:
    """Raw category scores, evidence, and raw downstream scores for a supported language."""
    cues = story_cues(text, lang)
    return cues.raw(), cues.evidence, _downstream(text, lang)


def _downstream(text: str, lang: str) -> dict[str, float]:
    toks, spans = tokenize(text)
    return _tally(DOWNSTREAM_MATCHER.find(toks), lang, text, spans)[0]


def code_story(
    text: str, lang: str | None = None, *, examples: Sequence[Example] | ChapterModel | None = None
) -> Coding:
    """Code one story.  ``examples`` are a chapter's confirmed codings (or a ChapterModel)."""
    detected = story_language(text, lang)
    if detected not in SUPPORTED:
        return Coding(coded=False, lang=detected, reason="unsupported_language")
    cues: Cues = story_cues(text, detected)
    evidence, down = cues.evidence, _downstream(text, detected)
    share = 0.0
    if examples:
        model = examples if isinstance(examples, ChapterModel) else ChapterModel(examples)
        scores, share = model.scores(text, detected, cues)
    else:
        raw = cues.raw()
        scores = {c: squash(raw.get(c, 0.0)) for c in CATEGORY_IDS}
    ranking = sorted(scores.items(), key=lambda kv: (-kv[1], CATEGORY_IDS.index(kv[0])))
    if ranking[0][1] < squash(MIN_EVIDENCE):  # e.g. only ambiguous words: no code
        return Coding(ranking=ranking, coded=False, lang=detected, reason="no_evidence")
    top = ranking[0][1]
    # a further category needs SECONDARY_RATIO of the top and, on the blended scale, one strong
    # lexicon cue or a vote of VOTE_MIN from the nearest confirmed examples
    floor = max(SECONDARY_RATIO * top, (1 - share) * squash(SECONDARY_MIN) + share * VOTE_MIN)
    assigned = [ranking[0]] + [(c, s) for c, s in ranking[1:MAX_CATEGORIES] if s >= floor]
    assigned = [(c, round(s, 4)) for c, s in assigned]
    ds = sorted((kv for kv in down.items() if kv[1] >= DOWNSTREAM_MIN), key=lambda kv: -kv[1])
    return Coding(
        categories=assigned,
        ranking=[(c, round(s, 4)) for c, s in ranking],
        downstream=[d for d, _ in ds[:MAX_DOWNSTREAM]],
        evidence={c: evidence[c] for c, _ in assigned if c in evidence},
        coded=True,
        lang=detected,
    )
