"""Story coding: rank the sixteen categories, suggest downstream effects, show evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .chapter import ChapterModel
from .cues import NAMED_NEED, Cues, _tally, squash, story_cues, story_language
from .data import CATEGORY_IDS
from .learned import default_model, softmax, story_features
from .matcher import DOWNSTREAM_MATCHER, tokenize
from .negation import denied_tokens
from .text import SUPPORTED

SECONDARY_PROBABILITY = 0.2  # a further category needs this probability (5-fold CV, corpus)
SECONDARY_MIN = 3.0  # raw lexicon evidence for a theme's further category or a downstream
MAX_CATEGORIES = 3
MIN_EVIDENCE = 1.0  # raw score the top category needs for a story to be coded at all ...
AT_A_LOSS = 0.2  # ... and, without a strong cue, the probability the model's best needs
DOWNSTREAM_MIN = 3.0  # raw lexicon score of an effect, without the effects model
EFFECT_PROBABILITY = 0.2  # an effect's probability to be suggested (5-fold CV, corpus)
MAX_DOWNSTREAM = 2

Example = tuple[str, "str | None", Sequence[str]]


@dataclass
class Coding:
    categories: list[tuple[str, float]] = field(default_factory=list)  # assigned, best first
    ranking: list[tuple[str, float]] = field(default_factory=list)  # all 16, best first
    downstream: list[str] = field(default_factory=list)  # suggested effects, best first
    downstream_scores: dict[str, float] = field(default_factory=dict)  # theirs, 0..1
    evidence: dict[str, list[str]] = field(default_factory=dict)  # per category and effect
    coded: bool = False
    lang: str | None = None
    reason: str = ""  # why not coded: "unsupported_language" or "no_evidence"

    @property
    def primary(self) -> str | None:
        return self.categories[0][0] if self.categories else None


def downstream_cues(text: str, lang: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    """The downstream lexicon's raw score of each effect, and the words behind it."""
    toks, spans = tokenize(text)
    return _tally(DOWNSTREAM_MATCHER.find(toks, denied_tokens(text, spans)), lang, text, spans)


def _best(item: tuple[str, float]) -> tuple[float, str]:
    return -item[1], item[0]


def code_story(
    text: str, lang: str | None = None, *, examples: Sequence[Example] | ChapterModel | None = None
) -> Coding:
    """Code one story.  ``examples`` are a chapter's confirmed codings (or a ChapterModel)."""
    detected = story_language(text, lang)
    if detected not in SUPPORTED:
        return Coding(coded=False, lang=detected, reason="unsupported_language")
    cues: Cues = story_cues(text, detected)
    chapter = None
    if examples:
        chapter = examples if isinstance(examples, ChapterModel) else ChapterModel(examples)
    raw = cues.raw()
    model = chapter.model if chapter else default_model()
    feats = story_features(text, detected, cues.matches)
    vec = model.vector(feats, raw)
    if chapter:
        scores = chapter.blend(feats, softmax(chapter.logits(feats, vec)))
    else:
        scores = softmax(model.category_logits(feats, vec))
    ranking = sorted(scores.items(), key=lambda kv: (-kv[1], CATEGORY_IDS.index(kv[0])))
    ranking = [(c, round(s, 4)) for c, s in ranking]
    strongest = max(raw.values(), default=0.0)
    if strongest < MIN_EVIDENCE or (
        strongest < NAMED_NEED and (ranking[0][1] < AT_A_LOSS or cues.denies)
    ):
        # only ambiguous or setting words, and nothing the model recognises (or a note that
        # denies the needs it names: "Lives with partner. Denies IPV."): no code
        return Coding(ranking=ranking, coded=False, lang=detected, reason="no_evidence")
    further = [(c, s) for c, s in ranking[1:MAX_CATEGORIES] if s >= SECONDARY_PROBABILITY]
    assigned = [ranking[0], *further]
    down, down_words = downstream_cues(text, detected)
    effect_model = model.effects
    if effect_model is not None:
        effects = effect_model.probabilities(feats, down)
        ds = sorted((kv for kv in effects.items() if kv[1] >= EFFECT_PROBABILITY), key=_best)
    else:
        strong = ((d, squash(v)) for d, v in down.items() if v >= DOWNSTREAM_MIN)
        ds = sorted(strong, key=_best)
    ds = ds[:MAX_DOWNSTREAM]
    evidence = {
        c: cues.evidence.get(c) or model.words_for(text, detected, feats, c) for c, _ in assigned
    }
    for d, _ in ds:
        evidence[d] = down_words.get(d) or (
            effect_model.words_for(text, detected, feats, d) if effect_model else []
        )
    return Coding(
        categories=assigned,
        ranking=ranking,
        downstream=[d for d, _ in ds],
        downstream_scores={d: round(p, 4) for d, p in ds},
        evidence={label: words for label, words in evidence.items() if words},
        coded=True,
        lang=detected,
    )
