"""Learning from a chapter's confirmed codes: nearest confirmed examples blended into scores."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .data import CATEGORY_IDS
from .matcher import CATEGORY_MATCHER, tokenize
from .text import content_stems, detect_language

SECONDARY_LABEL_WEIGHT = 0.5
K_NEIGHBOURS = 7


def features(text: str, lang: str | None) -> Counter[str]:
    """Stems, stem bigrams, and the lexicon cues found (so a chapter can re-weigh them)."""
    stems = content_stems(text, lang or "en")
    feats: Counter[str] = Counter(stems)
    feats.update(f"{a}_{b}" for a, b in zip(stems, stems[1:], strict=False))
    for m in CATEGORY_MATCHER.find(tokenize(text)[0]):
        if not m.negated:
            feats["cue:" + m.pattern.label + ":" + " ".join(m.pattern.parts)] += 1
            feats["cat:" + m.pattern.label] += 1
    return feats


class ChapterModel:
    """Confirmed examples of one chapter: ``[(text, lang, [category ids, primary first])]``.

    ``blend`` mixes the lexicon scores with a similarity-weighted vote of the nearest
    confirmed stories; the more examples a chapter confirmed, the more the vote counts.
    """

    def __init__(
        self,
        examples: Sequence[tuple[str, str | None, Sequence[str]]],
        max_weight: float = 0.5,
        half_point: int = 30,
    ):
        self.labels: list[dict[str, float]] = []
        docs: list[Counter[str]] = []
        for text, lang, cats in examples:
            cats = [c for c in cats if c in CATEGORY_IDS]
            if not cats:
                continue
            lab = {c: (1.0 if i == 0 else SECONDARY_LABEL_WEIGHT) for i, c in enumerate(cats)}
            self.labels.append(lab)
            docs.append(features(text, detect_language(text, lang)))
        n = len(docs)
        df: Counter[str] = Counter()
        for d in docs:
            df.update(d.keys())
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
        self.index: dict[str, list[tuple[int, float]]] = {}
        for i, d in enumerate(docs):
            for t, w in self._vector(d).items():
                self.index.setdefault(t, []).append((i, w))
        self.weight = max_weight * n / (n + half_point) if n else 0.0

    def __len__(self) -> int:
        return len(self.labels)

    def _vector(self, feats: Counter[str]) -> dict[str, float]:
        vec = {t: (1 + math.log(c)) * self.idf[t] for t, c in feats.items() if t in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def vote(self, text: str, lang: str | None) -> tuple[dict[str, float], float]:
        """Category distribution of the nearest examples and the best similarity."""
        sims: dict[int, float] = {}
        for t, w in self._vector(features(text, lang)).items():
            for i, v in self.index.get(t, ()):
                sims[i] = sims.get(i, 0.0) + w * v
        near = sorted(sims.items(), key=lambda kv: -kv[1])[:K_NEIGHBOURS]
        votes: dict[str, float] = {}
        total = sum(s for _, s in near)
        for i, s in near:
            for c, w in self.labels[i].items():
                votes[c] = votes.get(c, 0.0) + s * w
        if total > 0:
            votes = {c: v / total for c, v in votes.items()}
        return votes, (near[0][1] if near else 0.0)

    def blend(
        self, text: str, lang: str | None, scores: dict[str, float]
    ) -> tuple[dict[str, float], float]:
        """Blended scores and the share ``a`` given to the examples' vote."""
        if not self.labels:
            return scores, 0.0
        votes, best = self.vote(text, lang)
        a = self.weight * min(1.0, 2.0 * best)  # trust the vote less when nothing is close
        mixed = {c: (1 - a) * scores.get(c, 0.0) + a * votes.get(c, 0.0) for c in CATEGORY_IDS}
        return mixed, a
