"""Learning from a chapter's confirmed codes.

Two parts, both built from the chapter's confirmed stories:

* **Cue re-weighting.**  Every lexicon cue starts by counting fully for its own category.
  A few passes of a margin perceptron over the confirmed stories move a cue's weight
  towards the categories the chapter confirms when it appears, and away from the
  categories it wrongly pushed ahead ("training" in work stories, a bus that a chapter
  codes as care access).  Cues and categories the chapter never confirmed stay as the
  lexicon has them, so few examples change little.
* **Nearest confirmed stories.**  When a new story is very close to confirmed ones (a
  chapter telling the same pressure again), their codes vote; the vote is blended in with
  a share that grows with the number of examples and with the closeness.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .cues import CueKey, Cues, squash, story_cues, story_language
from .data import CATEGORY_IDS
from .matcher import CATEGORY_MATCHER, tokenize
from .text import SUPPORTED, content_stems

SECONDARY_LABEL_WEIGHT = 0.5
K_NEIGHBOURS = 7
EPOCHS = 2  # perceptron passes over the confirmed stories
RATE = 0.03  # share of a cue's value moved per mistake
MARGIN = 1.0  # raw-score lead the confirmed primary should have over wrong categories
SECONDARY_MARGIN = 0.25  # ... and, as a share of MARGIN, over its confirmed secondary ones
NEAR = 0.35  # cosine from which confirmed stories count as "the same kind of story"


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

    ``scores`` re-weighs a story's lexicon cues as the chapter taught, then mixes in the
    codes of very similar confirmed stories.
    """

    def __init__(
        self,
        examples: Sequence[tuple[str, str | None, Sequence[str]]],
        max_weight: float = 0.5,
        half_point: int = 30,
    ):
        self.labels: list[dict[str, float]] = []
        docs: list[Counter[str]] = []
        cues: list[Cues] = []
        for text, lang, cats in examples:
            cats = [c for c in dict.fromkeys(cats) if c in CATEGORY_IDS]
            if not cats:
                continue
            detected = story_language(text, lang)
            if detected not in SUPPORTED:
                continue
            lab = {c: (1.0 if i == 0 else SECONDARY_LABEL_WEIGHT) for i, c in enumerate(cats)}
            self.labels.append(lab)
            docs.append(features(text, detected))
            cues.append(story_cues(text, detected))
        n = len(docs)
        # cue re-weighting: cue key -> {category: weight}; absent = {own category: 1}
        self.cue_weights: dict[str, dict[str, float]] = {}
        self.bias: dict[str, float] = {}
        self._train(cues)
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

    # -- cue re-weighting ------------------------------------------------------------
    def raw(self, cues: Cues) -> dict[str, float]:
        """Raw category scores of a story's cues under the chapter's cue weights."""
        out = {c: self.bias.get(c, 0.0) for c in CATEGORY_IDS}
        for (label, key), v in cues.values.items():
            moved = self.cue_weights.get(key)
            if moved is None:
                out[label] += v
            else:
                for c, w in moved.items():
                    out[c] += v * w
        return out

    def _shift(self, key: CueKey, cat: str, delta: float) -> None:
        label, pkey = key
        moved = self.cue_weights.setdefault(pkey, {label: 1.0})
        moved[cat] = moved.get(cat, 0.0) + delta

    def _train(self, cues: list[Cues]) -> None:
        """Margin perceptron, deterministic order (as confirmed), starting from the lexicon."""
        for _ in range(EPOCHS):
            for lab, cue in zip(self.labels, cues, strict=True):
                primary = next(iter(lab))
                raw = self.raw(cue)
                # the primary should lead wrong categories by MARGIN and secondary ones too,
                # by less: a chapter's convention is also which of two pressures comes first
                need = {c: MARGIN * (SECONDARY_MARGIN if c in lab else 1.0) for c in lab}
                rivals = [c for c in CATEGORY_IDS if c != primary]
                wrong = max(rivals, key=lambda c: raw[c] + need.get(c, MARGIN))
                if raw[primary] - raw[wrong] >= need.get(wrong, MARGIN):
                    continue
                for key, v in cue.values.items():
                    self._shift(key, primary, RATE * v)
                    self._shift(key, wrong, -RATE * v)
                self.bias[primary] = self.bias.get(primary, 0.0) + RATE
                self.bias[wrong] = self.bias.get(wrong, 0.0) - RATE

    # -- nearest confirmed stories -----------------------------------------------------
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

    def scores(self, text: str, lang: str, cues: Cues) -> tuple[dict[str, float], float]:
        """Scores 0..1 for the 16 categories and the share ``a`` given to the neighbours."""
        raw = self.raw(cues)
        scores = {c: squash(max(raw[c], 0.0)) for c in CATEGORY_IDS}
        if not self.labels:
            return scores, 0.0
        votes, best = self.vote(text, lang)
        if best <= NEAR:  # only close neighbours count: the same kind of story again
            return scores, 0.0
        a = self.weight * min(1.0, 2 * (best - NEAR) / (1 - NEAR))
        mixed = {c: (1 - a) * scores[c] + a * votes.get(c, 0.0) for c in CATEGORY_IDS}
        return mixed, a
