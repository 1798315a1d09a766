"""Coding stories in the app: the engine's `code_story`, taught by the chapter's confirmed codes.

`code_text` codes words being typed (the story form), `code_for_story` a saved story. Both use
the chapter's model: the category codes people of the chapter confirmed on stories the chapter
may learn from (`hec.listening.visibility.teaching_stories`: never withdrawn or private ones),
the most recent `MAX_EXAMPLES` stories. The model is built once per process and chapter and
rebuilt when what it learned from changes: at once when a story's consent changed (withdrawn,
made private), and at most every `REBUILD_AFTER` seconds for new codes or edited stories. The
cache key costs two aggregate queries.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Max
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from hec.patterns.engine import ChapterModel, code_story

MAX_EXAMPLES = 800  # the most recently confirmed stories a chapter's model learns from
# New confirmations reach the model at most this often (building it costs about 1 ms per
# example); a consent change (withdrawal, made private) always rebuilds it at once.
REBUILD_AFTER = 30.0  # seconds
CACHED_CHAPTERS = 64
MAX_TEXT = 20000
STRONG = 0.5  # the engine's probability (a category: more likely than all others together)
LIKELY = 0.3

STRENGTH_LABELS = {
    "strong": _("strong"),
    "likely": _("likely"),
    "possible": _("possible"),
}


def strength(score: float | None) -> str:
    """A score in words: strong, likely or possible."""
    if score is None:
        return "possible"
    if score >= STRONG:
        return "strong"
    if score >= LIKELY:
        return "likely"
    return "possible"


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "category" or "effect" (StoryCode.Kind values)
    code: str
    score: float
    evidence: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        from hec.listening.taxonomy import category_label, effect_label

        return category_label(self.code) if self.kind == "category" else effect_label(self.code)

    @property
    def strength(self) -> str:
        return strength(self.score)

    @property
    def strength_label(self) -> str:
        return str(STRENGTH_LABELS[self.strength])


@dataclass(frozen=True)
class StoryCoding:
    coded: bool
    reason: str = ""  # when not coded: "unsupported_language", "no_evidence" or "empty"
    lang: str | None = None
    categories: tuple[Suggestion, ...] = ()
    effects: tuple[Suggestion, ...] = ()
    examples: int = 0  # how many confirmed stories of the chapter taught this coding
    ranking: tuple[tuple[str, float], ...] = field(default=(), repr=False)

    @property
    def suggestions(self) -> tuple[Suggestion, ...]:
        return self.categories + self.effects

    @property
    def unsupported_language(self) -> bool:
        return self.reason == "unsupported_language"

    def score(self, category: str) -> float:
        return dict(self.ranking).get(category, 0.0)


# --- the chapter's model ----------------------------------------------------------------

# chapter pk -> (consent key, codes key, built at, model)
_models: OrderedDict[int, tuple[Any, tuple[Any, ...], float, ChapterModel | None]] = OrderedDict()
_lock = threading.Lock()


def _teaching_codes(chapter: Any) -> Any:
    from hec.listening.models import StoryCode
    from hec.listening.visibility import teaching_stories

    return StoryCode.objects.filter(
        chapter=chapter,
        kind=StoryCode.Kind.CATEGORY,
        confirmed_at__isnull=False,
        story__in=teaching_stories(chapter).values("pk"),
    )


def _model_key(chapter: Any) -> tuple[Any, tuple[Any, ...]]:
    """(the chapter's last consent change, what its confirmed codes look like)."""
    from hec.listening.models import ConsentChange

    with scopes_disabled():  # explicit chapter filter; callers may be outside any scope
        consent = (
            ConsentChange.objects.filter(chapter=chapter)
            .exclude(from_level="")  # not the consent given when a story was recorded
            .aggregate(last=Max("changed_at"))["last"]
        )
        agg = _teaching_codes(chapter).aggregate(
            n=Count("id"), last=Max("confirmed_at"), edited=Max("story__updated_at")
        )
    return consent, (agg["n"], agg["last"], agg["edited"])


def confirmed_examples(chapter: Any) -> list[tuple[str, str, list[str]]]:
    """The chapter's teaching examples: (text, language, [categories, best first])."""
    from hec.listening.models import Story

    with scopes_disabled():
        rows = _teaching_codes(chapter).values_list(
            "story_id", "code", "suggested_score", "confirmed_at", "id"
        )
        by_story: dict[int, list[tuple[Any, ...]]] = {}
        for story_id, code, score, at, pk in rows:
            by_story.setdefault(story_id, []).append((code, score, at, pk))
        latest = sorted(by_story, key=lambda s: max(r[2] for r in by_story[s]), reverse=True)
        keep = latest[:MAX_EXAMPLES]
        texts = dict(
            (pk, (text, lang))
            for pk, text, lang in Story.objects.filter(pk__in=keep).values_list(
                "pk", "text", "language"
            )
        )
    examples = []
    for story_id in keep:
        if story_id not in texts:
            continue
        # the engine's best score first (it was the primary suggestion), then in order given
        codes = sorted(by_story[story_id], key=lambda r: (-(r[1] or 0.0), r[3]))
        text, lang = texts[story_id]
        examples.append((text, lang, [r[0] for r in codes]))
    return examples


def chapter_model(chapter: Any) -> ChapterModel | None:
    """The chapter's model of its confirmed codes, or None while it has confirmed none."""
    if chapter is None:
        return None
    consent, codes = _model_key(chapter)
    now = time.monotonic()
    with _lock:
        cached = _models.get(chapter.pk)
        if cached is not None and cached[0] == consent:
            fresh = cached[1] == codes or now - cached[2] < REBUILD_AFTER
            if fresh and (cached[3] is not None or not codes[0]):
                _models.move_to_end(chapter.pk)
                return cached[3]
    model = ChapterModel(confirmed_examples(chapter)) if codes[0] else None
    with _lock:
        _models[chapter.pk] = (consent, codes, now, model)
        _models.move_to_end(chapter.pk)
        while len(_models) > CACHED_CHAPTERS:
            _models.popitem(last=False)
    return model


def forget_models() -> None:
    """Drop every cached chapter model (tests; the cache keys make this unnecessary)."""
    with _lock:
        _models.clear()


# --- coding -----------------------------------------------------------------------------


def code_text(text: str, language: str | None, chapter: Any = None) -> StoryCoding:
    """Code words in a language (a story being typed, or saved), taught by `chapter`."""
    text = (text or "").strip()[:MAX_TEXT]
    if not text:
        return StoryCoding(coded=False, reason="empty")
    model = chapter_model(chapter)
    coding = code_story(text, language or None, examples=model)
    examples = len(model) if model is not None else 0
    ranking = tuple(coding.ranking)
    if not coding.coded:
        return StoryCoding(
            coded=False, reason=coding.reason, lang=coding.lang, examples=examples, ranking=ranking
        )
    categories = tuple(
        Suggestion("category", c, float(s), tuple(coding.evidence.get(c, ())))
        for c, s in coding.categories
    )
    effects = tuple(
        Suggestion("effect", d, coding.downstream_scores[d], tuple(coding.evidence.get(d, ())))
        for d in coding.downstream
    )
    return StoryCoding(
        coded=True,
        lang=coding.lang,
        categories=categories,
        effects=effects,
        examples=examples,
        ranking=ranking,
    )


def code_for_story(story: Any) -> StoryCoding:
    """Code a saved story (its own words, not the translation), taught by its chapter."""
    return code_text(story.text, story.language, story.chapter)
