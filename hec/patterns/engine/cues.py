"""Weighted lexicon cues found in a story (shared by coding and chapter learning)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .matcher import CATEGORY_MATCHER, Match, tokenize
from .negation import denied_tokens
from .text import SUPPORTED, content_stems, detect_language

OTHER_LANG_WEIGHT = 0.5  # a pattern of the other supported language (code-switching)
NEGATED_WEIGHT = 0.1  # "I'm not homeless"
REPEAT_BONUS = 0.5  # each repeat of a pattern adds half its weight ...
REPEAT_CAP = 2.0  # ... up to twice its weight
PHRASE_BONUS = 0.25  # extra weight share per extra word of a multi-word cue
WEAK_WEIGHT = 1.25  # a cue weighing this or less (after the above) is a setting word ...
WEAK_CAP = 3.0  # ... and all of a category's setting words add up to at most this
SHARED_EXP = 0.5  # a cue listed under n categories weighs n ** -SHARED_EXP
NAMED_NEED = 3.0  # a strong cue: enough to tell the language of a note without function words
READABLE_SHARE = 0.4  # of a story's content words known to the model, to read it as en/es
READABLE_MIN_WORDS = 8  # with fewer content words the share is not judged


CueKey = tuple[str, str]  # (category id, pattern key)


@dataclass
class Cues:
    values: dict[CueKey, float]  # each matched cue's weight in this story
    evidence: dict[str, list[str]]  # category id -> phrases quoted from the story
    matches: list[Match] = field(default_factory=list)  # the lexicon matches behind them
    denies: bool = False  # the story says some need is absent ("Denies IPV.")

    def raw(self) -> dict[str, float]:
        """Raw category scores: the sum of each category's cue values."""
        out: dict[str, float] = {}
        for (label, _), v in self.values.items():
            out[label] = out.get(label, 0.0) + v
        return out


def squash(raw: float) -> float:
    """Map a raw evidence total onto 0..1 for display and blending."""
    return raw / (raw + 4.0)


def cue_values(
    matches: Iterable[Match], lang: str, text: str, spans: list[tuple[int, int]]
) -> tuple[dict[tuple[str, str], float], dict[str, list[str]]]:
    """Value of each matched cue ``(label, pattern key)`` and the evidence quoted per label.

    A cue weighs its lexicon weight, more for a longer phrase, less when several categories
    list it, little when negated; a repeat adds half its weight, up to double."""
    per_pattern: dict[tuple[str, str], tuple[float, int]] = {}
    evidence: dict[str, list[str]] = {}
    for m in matches:
        p = m.pattern
        if p.lang != lang and any(part.endswith("*") for part in p.parts):
            continue  # another language's word stems are too loose here ("beca*", "because")
        w = p.weight * (1.0 if p.lang == lang else OTHER_LANG_WEIGHT)
        words = sum(1 for x in p.parts if x != "~")
        w *= (1 + PHRASE_BONUS * (words - 1)) * _SHARED.get((p.lang, p.label, p.parts), 1)
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
    values = {
        key: min(w * (1 + REPEAT_BONUS * (n - 1)), w * REPEAT_CAP)
        for key, (w, n) in per_pattern.items()
    }
    # setting words (my kids, the doctor, the bus) add up to at most WEAK_CAP per category
    weak: dict[str, float] = {}
    for key, (w, _) in per_pattern.items():
        if w <= WEAK_WEIGHT:
            weak[key[0]] = weak.get(key[0], 0.0) + values[key]
    for key, (w, _) in per_pattern.items():
        if w <= WEAK_WEIGHT and weak[key[0]] > WEAK_CAP:
            values[key] *= WEAK_CAP / weak[key[0]]
    return values, evidence


def _tally(
    matches: Iterable[Match], lang: str, text: str, spans: list[tuple[int, int]]
) -> tuple[dict[str, float], dict[str, list[str]]]:
    values, evidence = cue_values(matches, lang, text, spans)
    raw: dict[str, float] = {}
    for (label, _), v in values.items():
        raw[label] = raw.get(label, 0.0) + v
    return raw, evidence


def _shared_factors() -> dict[tuple[str, str, tuple[str, ...]], float]:
    """Category cues listed under several categories (same language) say less about each."""
    seen: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    pats = [p for ps in CATEGORY_MATCHER.exact.values() for p in ps]
    pats += [p for ps in CATEGORY_MATCHER.prefix.values() for p in ps]
    for p in pats:
        seen.setdefault((p.lang, p.parts), set()).add(p.label)
    return {
        (p.lang, p.label, p.parts): len(seen[(p.lang, p.parts)]) ** -SHARED_EXP
        for p in pats
        if len(seen[(p.lang, p.parts)]) > 1
    }


_SHARED = _shared_factors()


def story_cues(text: str, lang: str) -> Cues:
    """The category cues of a story in a supported language."""
    toks, spans = tokenize(text)
    denied = denied_tokens(text, spans)
    matches = CATEGORY_MATCHER.find(toks, denied)
    return Cues(*cue_values(matches, lang, text, spans), matches=matches, denies=bool(denied))


def story_language(text: str, hint: str | None = None, *, known_words: bool = True) -> str | None:
    """The story's language as `detect_language` tells it from function words; for a text
    with none in any language (a clinic note: "Uninsured; rationing insulin."), the supported
    language of the strong lexicon cues it names (negated or not: "Denies homelessness." is
    English with nothing to code), else None (not coded). A text whose words are mostly
    unknown to the corpus model in the language found is "other" (not coded), unless
    ``known_words`` is false (training the model itself)."""
    lang = detect_language(text, hint)
    if lang is None:
        lang = _language_of_strong_cues(text)
    if known_words and lang in SUPPORTED and not _mostly_known_words(text, lang):
        return "other"
    return lang


def _language_of_strong_cues(text: str) -> str | None:
    strong = {code: 0.0 for code in SUPPORTED}
    for match in CATEGORY_MATCHER.find(tokenize(text)[0]):
        if match.pattern.weight >= NAMED_NEED:
            strong[match.pattern.lang] += match.pattern.weight
    code, value = max(strong.items(), key=lambda kv: kv[1])
    return code if value else None


def _mostly_known_words(text: str, lang: str) -> bool:
    """Whether enough of the story's content words are words the corpus model knows.

    Catalan, Haitian Creole or Vietnamese share a few function words with Spanish or
    English ("que", "la", "the") and would be detected as them, but under a quarter of
    their words are known, against two thirds or more in every development story and in
    abbreviated clinic notes."""
    from .learned import default_model  # learned imports this module

    stems = content_stems(text, lang)
    if len(stems) < READABLE_MIN_WORDS:
        return True
    known = default_model().weights
    return sum(s in known for s in stems) >= READABLE_SHARE * len(stems)
