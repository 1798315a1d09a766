"""A word-statistics model of the sixteen categories, learnt from the project's own corpus.

The corpus (``corpus/*.jsonl``) is a few thousand short stories in English and Spanish
written for this project: each category told plainly and told only through what happened,
inside other settings (racism at work, an unsafe walk home from a shift), by tellers of
every kind (the person, a relative, a professional, a clinic note, a text message, a public
testimony). None comes from the development set the bench scores.

The model is a multinomial logistic regression over a story's stems, stem bigrams and
lexicon cues, stacked on the lexicon: the lexicon's sixteen category scores are features
too, so the model learns how far to trust each category's cues and which words tell a
pressure the lexicon does not name. Beside it, the words' counts per category (a naive
Bayes model) add the evidence of words too rare for the regression to weigh: the two
log-scores are summed. ``hec patterns train`` fits both (``train.py``, numpy) and writes
``corpus_model.json.gz``; coding reads that file with the standard library.
"""

from __future__ import annotations

import gzip
import json
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate
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
CUE, CUE_CATEGORY = "cue:", "cat:"  # prefixes of the lexicon's features, beside the words


def story_features(text: str, lang: str, matches: Iterable[Match]) -> Counter[str]:
    """Stems, stem bigrams, and the lexicon cues found (not negated); words a note denies
    ("Denies IPV") are left out."""
    stems = content_stems(without_denials(text), lang)
    feats: Counter[str] = Counter(stems)
    feats.update(f"{a}_{b}" for a, b in zip(stems, stems[1:], strict=False))
    for m in matches:
        if not m.negated:
            feats[CUE + m.pattern.label + ":" + " ".join(m.pattern.parts)] += 1
            feats[CUE_CATEGORY + m.pattern.label] += 1
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


class WordCounts:
    """How often each word feature occurs in each category's corpus stories (a multinomial
    naive Bayes model over log counts), kept sparse: for each feature, the categories it
    occurs in and ``log(1 + count / alpha)`` for each. A story's score for category ``k`` is
    ``weight * (sum of v * factor - sum of v * log_totals[k])`` over its known word
    features ``v = 1 + log(count)``: the naive Bayes log-likelihood up to a term equal for
    every category. Stored in flat arrays (about 15 MB for 136,000 features, against 60 MB
    as Python tuples)."""

    def __init__(
        self,
        position: dict[str, int],
        starts: array,
        categories: array,
        values: array,
        log_totals: Sequence[float],
        alpha: float,
        weight: float,
    ):
        self.position = position  # feature -> its row: entries starts[row]:starts[row + 1]
        self.starts = starts
        self.categories = categories
        self.values = values
        self.log_totals = tuple(log_totals)
        self.alpha = alpha
        self.weight = weight

    @classmethod
    def from_pairs(
        cls,
        factors: Mapping[str, Sequence[tuple[int, float]]],
        log_totals: Sequence[float],
        alpha: float,
        weight: float,
    ) -> WordCounts:
        """From (category index, factor) pairs per feature, as training gives them."""
        position = {f: row for row, f in enumerate(factors)}
        pairs = [p for f in factors for p in factors[f]]
        starts = array("I", accumulate((len(p) for p in factors.values()), initial=0))
        categories = array("B", (k for k, _ in pairs))
        values = array("f", (v for _, v in pairs))
        return cls(position, starts, categories, values, log_totals, alpha, weight)

    def pairs(self, feature: str) -> list[tuple[int, float]]:
        """(category index, factor) of a word feature; empty for an unknown one."""
        i = self.position.get(feature)
        if i is None:
            return []
        span = range(self.starts[i], self.starts[i + 1])
        return [(self.categories[j], self.values[j]) for j in span]

    def logits(self, feats: Mapping[str, int]) -> list[float]:
        out = [0.0] * len(self.log_totals)
        mass = 0.0
        starts, categories, values = self.starts, self.categories, self.values
        for f, c in feats.items():
            i = self.position.get(f)
            if i is None:  # an unknown word, or a lexicon feature (CUE, CUE_CATEGORY)
                continue
            v = 1.0 + math.log(c)
            mass += v
            for j in range(starts[i], starts[i + 1]):
                out[categories[j]] += v * values[j]
        return [self.weight * (x - mass * t) for x, t in zip(out, self.log_totals, strict=True)]

    def to_json(self) -> dict:
        """Flat lists, in feature order (parsing one list per feature would take 100 MB)."""
        names = sorted(self.position)
        rows = [self.pairs(f) for f in names]
        return {
            "alpha": self.alpha,
            "weight": self.weight,
            "log_totals": [round(t, 6) for t in self.log_totals],
            "features": names,
            "sizes": [len(r) for r in rows],
            "categories": [k for r in rows for k, _ in r],
            "factors": [round(v, 4) for r in rows for _, v in r],
        }

    @classmethod
    def from_json(cls, data: dict) -> WordCounts:
        return cls(
            {f: row for row, f in enumerate(data["features"])},
            array("I", accumulate(data["sizes"], initial=0)),
            array("B", data["categories"]),
            array("f", data["factors"]),
            data["log_totals"],
            data["alpha"],
            data["weight"],
        )


class CorpusModel(LinearModel):
    """The sixteen categories (softmax over ``CATEGORY_IDS``), and the effects model."""

    def __init__(
        self,
        weights: Mapping[str, Sequence[float]],
        bias: Sequence[float],
        lex_scale: float,
        effects: EffectModel | None = None,
        words: WordCounts | None = None,
    ):
        super().__init__(weights, bias, lex_scale)
        self.effects = effects
        self.words = words

    def category_logits(self, feats: Mapping[str, int], vec: Mapping[str, float]) -> list[float]:
        """The regression's logits for the story's vector plus the word counts' scores."""
        out = self.logits(vec)
        if self.words is not None:
            out = [a + b for a, b in zip(out, self.words.logits(feats), strict=True)]
        return out

    def probabilities(self, feats: Mapping[str, int], raw: Mapping[str, float]) -> dict[str, float]:
        """Probability of each category being the story's primary one."""
        return softmax(self.category_logits(feats, self.vector(feats, raw)))

    # -- file format -------------------------------------------------------------------
    def to_json(self) -> dict:
        out = {"format": FORMAT, "categories": list(CATEGORY_IDS), **self._json()}
        if self.effects is not None:
            out["effects"] = {"labels": list(DOWNSTREAM), **self.effects._json()}
        if self.words is not None:
            out["words"] = self.words.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict) -> CorpusModel:
        if data.get("format") != FORMAT or data.get("categories") != list(CATEGORY_IDS):
            raise ValueError("corpus model file does not match this version of the engine")
        effects = data.get("effects")
        if effects is not None and effects.get("labels") != list(DOWNSTREAM):
            raise ValueError("corpus model file does not match this version of the engine")
        words = data.get("words")
        return cls(
            *cls._parts(data),
            EffectModel(*cls._parts(effects)) if effects else None,
            WordCounts.from_json(words) if words else None,
        )

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
