"""Story coding: rank the sixteen categories, suggest downstream effects, show evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .chapter import ChapterModel
from .data import CATEGORY_IDS
from .matcher import CATEGORY_MATCHER, DOWNSTREAM_MATCHER, Match, tokenize
from .text import SUPPORTED, detect_language

OTHER_LANG_WEIGHT = 0.5  # a pattern of the other supported language (code-switching)
NEGATED_WEIGHT = 0.1  # "I'm not homeless"
REPEAT_BONUS = 0.5  # each repeat of a pattern adds half its weight ...
REPEAT_CAP = 2.0  # ... up to twice its weight
SECONDARY_RATIO = 0.5  # a further category needs half the top score ...
SECONDARY_MIN = 3.0  # ... and at least one strong cue's worth of evidence
MAX_CATEGORIES = 3
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


def _tally(
    matches: Iterable[Match], lang: str, text: str, spans: list[tuple[int, int]]
) -> tuple[dict[str, float], dict[str, list[str]]]:
    per_pattern: dict[tuple[str, str], tuple[float, int]] = {}
    evidence: dict[str, list[str]] = {}
    for m in matches:
        p = m.pattern
        if p.lang != lang and any(part.endswith("*") for part in p.parts):
            continue  # another language's word stems are too loose here ("beca*", "because")
        w = p.weight * (1.0 if p.lang == lang else OTHER_LANG_WEIGHT)
        if m.negated:
            w *= NEGATED_WEIGHT
        key = (p.label, p.key)
        best, n = per_pattern.get(key, (0.0, 0))
        per_pattern[key] = (max(best, w), n + 1)
        if not m.negated:
            phrase = text[spans[m.start][0] : spans[m.end - 1][1]]
            ev = evidence.setdefault(p.label, [])
            if phrase.lower() not in (e.lower() for e in ev):
                ev.append(phrase)
    raw: dict[str, float] = {}
    for (label, _), (w, n) in per_pattern.items():
        raw[label] = raw.get(label, 0.0) + min(w * (1 + REPEAT_BONUS * (n - 1)), w * REPEAT_CAP)
    return raw, evidence


def lexicon_scores(
    text: str, lang: str
) -> tuple[dict[str, float], dict[str, list[str]], dict[str, float]]:
    """Raw category scores, evidence, and raw downstream scores for a supported language."""
    toks, spans = tokenize(text)
    raw, evidence = _tally(CATEGORY_MATCHER.find(toks), lang, text, spans)
    down, _ = _tally(DOWNSTREAM_MATCHER.find(toks), lang, text, spans)
    return raw, evidence, down


def squash(raw: float) -> float:
    """Map a raw evidence total onto 0..1 for display and blending."""
    return raw / (raw + 4.0)


def code_story(
    text: str, lang: str | None = None, *, examples: Sequence[Example] | ChapterModel | None = None
) -> Coding:
    """Code one story.  ``examples`` are a chapter's confirmed codings (or a ChapterModel)."""
    detected = detect_language(text, lang)
    if detected not in SUPPORTED:
        return Coding(coded=False, lang=detected, reason="unsupported_language")
    raw, evidence, down = lexicon_scores(text, detected)
    scores = {c: squash(raw.get(c, 0.0)) for c in CATEGORY_IDS}
    share = 0.0
    if examples:
        model = examples if isinstance(examples, ChapterModel) else ChapterModel(examples)
        scores, share = model.blend(text, detected, scores)
    ranking = sorted(scores.items(), key=lambda kv: (-kv[1], CATEGORY_IDS.index(kv[0])))
    if ranking[0][1] <= 0.0:
        return Coding(ranking=ranking, coded=False, lang=detected, reason="no_evidence")
    top = ranking[0][1]
    # a further category needs half the top score and, on the blended scale, one strong
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
