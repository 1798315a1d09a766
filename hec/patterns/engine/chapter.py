"""Learning from a chapter's confirmed codes.

Two parts, both built from the chapter's confirmed stories:

* **Re-weighting.**  The corpus model (``learned.py``) scores a story from its words, its
  lexicon cues and the lexicon's category scores.  A few passes of a margin perceptron
  over the confirmed stories shift those features' weights, for this chapter only,
  towards the category the chapter confirmed first and away from the one that wrongly
  led ("heat in the fields" coded as work first by a farmworker chapter, a bus to the
  clinic coded as care access).  Features the chapter's stories never had keep the corpus
  model's weights, so few examples change little.
* **Nearest confirmed stories.**  When a new story is very close to confirmed ones (a
  chapter telling the same pressure again), their codes vote; the vote is blended in with
  a share that grows with the number of examples and with the closeness.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

from .cues import story_cues, story_language
from .data import CATEGORY_IDS
from .learned import CUE, CUE_CATEGORY, CorpusModel, default_model, softmax, story_features
from .text import SUPPORTED

SECONDARY_LABEL_WEIGHT = 0.5
K_NEIGHBOURS = 7
EPOCHS = 4  # passes over the confirmed stories
RATE = 0.2  # learning rate of the chapter's gradient steps (see docs/patterns-engine.md)
# lexicon features (cues, their categories, the lexicon's scores): shared by wordings of a pressure
LEARNT = (CUE, CUE_CATEGORY, CorpusModel.prefix)
TARGET = {False: 1.0, True: 0.3}  # target mass of the primary and of each secondary
INDEX = {c: i for i, c in enumerate(CATEGORY_IDS)}
NEAR = 0.35  # cosine from which confirmed stories count as "the same kind of story"


class ChapterModel:
    """Confirmed examples of one chapter: ``[(text, lang, [category ids, primary first])]``.

    ``logits`` adds the chapter's weight shifts to the corpus model's; ``blend`` then
    mixes in the codes of very similar confirmed stories.
    """

    def __init__(
        self,
        examples: Sequence[tuple[str, str | None, Sequence[str]]],
        max_weight: float = 0.5,
        half_point: int = 30,
        model: CorpusModel | None = None,
    ):
        self.model = model or default_model()
        self.labels: list[dict[str, float]] = []
        docs: list[Counter[str]] = []
        vectors: list[dict[str, float]] = []
        for text, lang, cats in examples:
            cats = [c for c in dict.fromkeys(cats) if c in CATEGORY_IDS]
            if not cats:
                continue
            detected = story_language(text, lang)
            if detected not in SUPPORTED:
                continue
            lab = {c: (1.0 if i == 0 else SECONDARY_LABEL_WEIGHT) for i, c in enumerate(cats)}
            self.labels.append(lab)
            cues = story_cues(text, detected)
            feats = story_features(text, detected, cues.matches)
            docs.append(feats)
            vectors.append(self.model.vector(feats, cues.raw()))
        n = len(docs)
        # lexicon feature -> {category: logit shift} (no bias shift: a chapter's mix of
        # stories should not push every new story towards its most common category)
        self.shift: dict[str, dict[str, float]] = {}
        self._train(docs, vectors)
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

    # -- re-weighting ------------------------------------------------------------------
    def logits(self, feats: Mapping[str, int], vec: Mapping[str, float]) -> list[float]:
        """The corpus model's logits for a story's features and vector, with this chapter's
        shifts (in ``CATEGORY_IDS`` order)."""
        out = self.model.category_logits(feats, vec)
        for f, v in vec.items():
            for c, w in self.shift.get(f, {}).items():
                out[INDEX[c]] += v * w
        return out

    def _train(self, docs: list[Counter[str]], vectors: list[dict[str, float]]) -> None:
        """Stochastic gradient steps of the corpus model's own loss (softmax cross-entropy)
        over the confirmed stories, in the order given (deterministic)."""
        for _ in range(EPOCHS):
            for lab, feats, vec in zip(self.labels, docs, vectors, strict=True):
                probs = softmax(self.logits(feats, vec))
                total = sum(TARGET[i > 0] for i in range(len(lab)))
                target = {c: TARGET[i > 0] / total for i, c in enumerate(lab)}
                error = {c: probs[c] - target.get(c, 0.0) for c in CATEGORY_IDS}
                for f, v in vec.items():
                    if not f.startswith(LEARNT):
                        continue
                    moved = self.shift.setdefault(f, {})
                    for c, e in error.items():
                        moved[c] = moved.get(c, 0.0) - RATE * v * e

    # -- nearest confirmed stories -----------------------------------------------------
    def _vector(self, feats: Counter[str]) -> dict[str, float]:
        vec = {t: (1 + math.log(c)) * self.idf[t] for t, c in feats.items() if t in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def vote(self, feats: Counter[str]) -> tuple[dict[str, float], float]:
        """Category distribution of the nearest examples and the best similarity, for a
        story's features (``story_features``)."""
        sims: dict[int, float] = {}
        for t, w in self._vector(feats).items():
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

    def blend(self, feats: Counter[str], scores: dict[str, float]) -> dict[str, float]:
        """``scores`` (0..1) mixed with the nearest examples' codes, with a share that grows
        with their closeness: only close neighbours count (the same kind of story again)."""
        if not self.labels:
            return scores
        votes, best = self.vote(feats)
        if best <= NEAR:
            return scores
        a = self.weight * min(1.0, 2 * (best - NEAR) / max(1 - NEAR, 1e-9))
        return {c: (1 - a) * scores[c] + a * votes.get(c, 0.0) for c in CATEGORY_IDS}
