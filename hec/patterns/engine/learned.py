"""A word-statistics model of the sixteen categories, learnt from the project's own corpus.

The corpus (``corpus/*.jsonl``) is a few thousand short stories in English and Spanish
written for this project: each category told plainly and told only through what happened,
inside other settings (racism at work, an unsafe walk home from a shift), by tellers of
every kind (the person, a relative, a professional, a clinic note, a text message, a public
testimony). None comes from the development set the bench scores.

The model is a multinomial logistic regression over a story's stems, stem bigrams and
lexicon cues, stacked on the lexicon: the lexicon's sixteen category scores are features
too, so the model learns how far to trust each category's cues and which words tell a
pressure the lexicon does not name. ``hec patterns train`` fits it (``train.py``, numpy)
and writes ``corpus_model.json.gz``; coding reads that file with the standard library.
"""

from __future__ import annotations

import gzip
import json
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from .cues import squash
from .data import CATEGORY_IDS, DOWNSTREAM
from .matcher import Match, tokenize
from .negation import without_denials
from .text import NOT_EVIDENCE, content_stems, stem

MODEL_PATH = Path(__file__).with_name("corpus_model.json.gz")
CORPUS_DIR = Path(__file__).with_name("corpus")
FORMAT = 1
EVIDENCE_MIN = 0.05  # a word's push (logit) to be quoted as evidence
EVIDENCE_WORDS = 3
QUOTES = "'\"\u2018\u2019`\u00b4"  # around a quoted word, not part of it


def story_features(text: str, lang: str, matches: Iterable[Match]) -> Counter[str]:
    """Stems, stem bigrams, and the lexicon cues found (not negated); words a note denies
    ("Denies IPV") are left out."""
    stems = content_stems(without_denials(text), lang)
    feats: Counter[str] = Counter(stems)
    feats.update(f"{a}_{b}" for a, b in zip(stems, stems[1:], strict=False))
    for m in matches:
        if not m.negated:
            feats["cue:" + m.pattern.label + ":" + " ".join(m.pattern.parts)] += 1
            feats["cat:" + m.pattern.label] += 1
    return feats


def normalised(feats: Mapping[str, int], vocabulary: Mapping[str, object]) -> dict[str, float]:
    """Log counts of the known features, scaled to unit length (as in training)."""
    vec = {f: 1.0 + math.log(c) for f, c in feats.items() if f in vocabulary}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {f: v / norm for f, v in vec.items()}


class LinearModel:
    """Weights per feature (one per label), biases, and the scale of the lexicon scores
    that enter as features ``<prefix><label>``."""

    prefix = "lex:"
    labels: Sequence[str] = CATEGORY_IDS

    def __init__(
        self, weights: Mapping[str, Sequence[float]], bias: Sequence[float], lex_scale: float
    ):
        self.weights = weights
        self.bias = bias
        self.lex_scale = lex_scale

    def vector(self, feats: Mapping[str, int], raw: Mapping[str, float]) -> dict[str, float]:
        """The story's model features: unit-length word and cue features plus the
        lexicon's squashed scores (``lex:<category>`` or ``dlex:<effect>``)."""
        vec = normalised(feats, self.weights)
        for label, r in raw.items():
            if r > 0 and self.prefix + label in self.weights:
                vec[self.prefix + label] = squash(r) * self.lex_scale
        return vec

    def logits(self, vec: Mapping[str, float]) -> list[float]:
        out = list(self.bias)
        for f, v in vec.items():
            for k, w in enumerate(self.weights[f]):
                out[k] += v * w
        return out

    def words_for(self, text: str, lang: str, feats: Mapping[str, int], label: str) -> list[str]:
        """The story's words that pushed the model most towards ``label`` and more towards
        it than towards any other label (evidence), as the story wrote them."""
        k = self.labels.index(label)
        vec = normalised(feats, self.weights)
        pushes = []
        for f, v in vec.items():
            ws = self.weights[f]
            if ":" in f or v * ws[k] <= EVIDENCE_MIN or ws[k] != max(ws):
                continue
            if not any(part in NOT_EVIDENCE for part in f.split("_")):
                pushes.append((v * ws[k], f))
        surface: dict[str, str] = {}
        toks, spans = tokenize(text)
        for tok, (start, end) in zip(toks, spans, strict=True):
            surface.setdefault(stem(tok, lang), text[start:end].strip(QUOTES))
        words: list[str] = []
        for _, f in sorted(pushes, reverse=True)[:EVIDENCE_WORDS]:
            words.append(" ".join(surface.get(part, part) for part in f.split("_")))
        return words

    def _json(self) -> dict:
        return {
            "lex_scale": self.lex_scale,
            "bias": [round(b, 4) for b in self.bias],
            "weights": {f: [round(w, 4) for w in ws] for f, ws in sorted(self.weights.items())},
        }

    @staticmethod
    def _parts(data: dict) -> tuple[dict[str, array], tuple[float, ...], float]:
        weights = {f: array("f", ws) for f, ws in data["weights"].items()}  # 4 bytes a weight
        return weights, tuple(data["bias"]), float(data["lex_scale"])


class EffectModel(LinearModel):
    """Downstream effects: one logistic regression per effect (a story may tell several)."""

    prefix = "dlex:"
    labels = tuple(DOWNSTREAM)

    def probabilities(self, feats: Mapping[str, int], raw: Mapping[str, float]) -> dict[str, float]:
        logits = self.logits(self.vector(feats, raw))
        return {d: 1.0 / (1.0 + math.exp(-x)) for d, x in zip(DOWNSTREAM, logits, strict=True)}


class CorpusModel(LinearModel):
    """The sixteen categories (softmax over ``CATEGORY_IDS``), and the effects model."""

    def __init__(
        self,
        weights: Mapping[str, Sequence[float]],
        bias: Sequence[float],
        lex_scale: float,
        effects: EffectModel | None = None,
    ):
        super().__init__(weights, bias, lex_scale)
        self.effects = effects

    def probabilities(self, feats: Mapping[str, int], raw: Mapping[str, float]) -> dict[str, float]:
        """Probability of each category being the story's primary one."""
        return softmax(self.logits(self.vector(feats, raw)))

    # -- file format -------------------------------------------------------------------
    def to_json(self) -> dict:
        out = {"format": FORMAT, "categories": list(CATEGORY_IDS), **self._json()}
        if self.effects is not None:
            out["effects"] = {"labels": list(DOWNSTREAM), **self.effects._json()}
        return out

    @classmethod
    def from_json(cls, data: dict) -> CorpusModel:
        if data.get("format") != FORMAT or data.get("categories") != list(CATEGORY_IDS):
            raise ValueError("corpus model file does not match this version of the engine")
        effects = data.get("effects")
        if effects is not None and effects.get("labels") != list(DOWNSTREAM):
            raise ValueError("corpus model file does not match this version of the engine")
        return cls(*cls._parts(data), EffectModel(*cls._parts(effects)) if effects else None)

    def save(self, path: Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump(self.to_json(), fh, separators=(",", ":"))


def softmax(logits: list[float]) -> dict[str, float]:
    top = max(logits)
    exp = [math.exp(x - top) for x in logits]
    total = sum(exp)
    return {c: e / total for c, e in zip(CATEGORY_IDS, exp, strict=True)}


@lru_cache(maxsize=1)
def default_model() -> CorpusModel:
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        return CorpusModel.from_json(json.load(fh))


def read_corpus(directory: Path = CORPUS_DIR) -> list[dict]:
    """The corpus stories, in file then line order: dicts with text, lang, categories."""
    rows: list[dict] = []
    for path in sorted(directory.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows
