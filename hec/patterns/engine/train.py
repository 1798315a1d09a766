"""Fit the corpus model (``learned.py``): multinomial logistic regression with numpy, and
the word counts per category beside it.

Deterministic: full-batch Adam from zero weights, features in sorted order.  The settings
below were chosen by 5-fold cross-validation on the corpus alone (``cross_validation_scores``
over a few values of each); the development set the bench scores plays no part.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np

from .coder import downstream_cues
from .cues import story_cues, story_language
from .data import CATEGORY_IDS, DOWNSTREAM
from .learned import (
    CUE,
    CUE_CATEGORY,
    CorpusModel,
    EffectModel,
    LinearModel,
    WordCounts,
    story_features,
)
from .text import SUPPORTED

L2 = 3e-5  # weight decay
LEX_SCALE = 1.0  # the lexicon's squashed category scores, as features, times this
SECONDARY = 0.3  # target mass of each secondary category against 1 for the primary
ITERATIONS = 400
MIN_DF = 2  # a word feature must occur in two corpus stories (the regression's features)
WORDS_ALPHA = 0.1  # the word counts' additive smoothing (every word feature, even once seen)
WORDS_WEIGHT = 0.2  # their log-scores' weight against the regression's logits
K = len(CATEGORY_IDS)
INDEX = {c: i for i, c in enumerate(CATEGORY_IDS)}
EFFECT_INDEX = {d: i for i, d in enumerate(DOWNSTREAM)}

Progress = Callable[[int, int], None]


class Example(NamedTuple):
    feats: Counter[str]  # stems, bigrams, lexicon cues
    raw: dict[str, float]  # the lexicon's category scores
    categories: list[str]  # primary first
    effect_raw: dict[str, float]  # the downstream lexicon's scores
    effects: list[str]  # labelled downstream effects


def prepare(rows: Sequence[dict]) -> list[Example]:
    """Features, lexicon scores and labels of each story we can code."""
    out = []
    for row in rows:
        text = row["text"]
        lang = story_language(text, row.get("lang"), known_words=False)
        if lang not in SUPPORTED:
            continue
        cues = story_cues(text, lang)
        out.append(
            Example(
                story_features(text, lang, cues.matches),
                cues.raw(),
                list(row["categories"]),
                downstream_cues(text, lang)[0],
                [d for d in row.get("downstream") or [] if d in DOWNSTREAM],
            )
        )
    return out


def _columns(prepared: Sequence[Example], lexicon_features: list[str]) -> dict[str, int]:
    """Feature columns: word features in ``MIN_DF`` stories or more, then the lexicon's."""
    df: Counter[str] = Counter()
    for ex in prepared:
        df.update(ex.feats.keys())
    names = sorted(f for f, c in df.items() if c >= MIN_DF) + lexicon_features
    return {f: j for j, f in enumerate(names)}


def _design(
    prepared: Sequence[Example], blank: LinearModel, raw_of: Callable[[Example], dict[str, float]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sparse design matrix (COO) as coding will see the stories: ``blank`` holds the
    columns as its (empty) weights, so its ``vector`` keeps the features coding keeps."""
    column = {f: j for j, f in enumerate(blank.weights)}
    entries = [
        (i, column[f], v)
        for i, ex in enumerate(prepared)
        for f, v in blank.vector(ex.feats, raw_of(ex)).items()
    ]
    rows, cols, vals = (np.array(x) for x in zip(*entries, strict=True))
    return rows, cols, vals


def fit(
    prepared: Sequence[Example],
    *,
    l2: float = L2,
    lex_scale: float = LEX_SCALE,
    secondary: float = SECONDARY,
    iterations: int = ITERATIONS,
    progress: Progress | None = None,
) -> CorpusModel:
    """The category model (softmax) and, when the stories have effect labels, the effects
    model (a logistic regression per effect) on the same word features."""
    column = _columns(prepared, ["lex:" + c for c in CATEGORY_IDS])
    blank = CorpusModel(dict.fromkeys(column, ()), (), lex_scale)
    design = _design(prepared, blank, lambda ex: ex.raw)
    targets = np.array([_label_mass(ex.categories, secondary) for ex in prepared])
    targets /= targets.sum(axis=1, keepdims=True)
    W, b = _adam(*design, targets, len(column), l2, iterations, progress)
    model = CorpusModel(_rows(W, column), tuple(float(x) for x in b), lex_scale)
    model.words = fit_words(prepared, secondary=secondary)
    if any(ex.effects for ex in prepared):
        model.effects = fit_effects(prepared, l2=l2, lex_scale=lex_scale, iterations=iterations)
    return model


def _label_mass(categories: Sequence[str], secondary: float) -> np.ndarray:
    """1 for the primary category and ``secondary`` for each other one, per category."""
    mass = np.zeros(K)
    for j, category in enumerate(categories):
        mass[INDEX[category]] += 1.0 if j == 0 else secondary
    return mass


def fit_words(
    prepared: Sequence[Example],
    *,
    alpha: float = WORDS_ALPHA,
    weight: float = WORDS_WEIGHT,
    secondary: float = SECONDARY,
) -> WordCounts:
    """Each word feature's log count (``1 + log c``) summed per category: a story counts
    fully for its primary category and ``secondary`` for each other one."""
    counts: dict[str, np.ndarray] = {}
    for ex in prepared:
        share = _label_mass(ex.categories, secondary)
        for f, n in ex.feats.items():
            if not f.startswith((CUE, CUE_CATEGORY)):
                row = counts.setdefault(f, np.zeros(K))
                row += (1.0 + np.log(n)) * share
    totals = sum(counts.values(), np.zeros(K)) + alpha * len(counts)
    factors = {
        f: tuple((int(k), float(np.log1p(row[k] / alpha))) for k in np.flatnonzero(row))
        for f, row in sorted(counts.items())
    }
    return WordCounts.from_pairs(factors, tuple(float(t) for t in np.log(totals)), alpha, weight)


def fit_effects(
    prepared: Sequence[Example], *, l2: float, lex_scale: float, iterations: int
) -> EffectModel:
    column = _columns(prepared, ["dlex:" + d for d in DOWNSTREAM])
    blank = EffectModel(dict.fromkeys(column, ()), (), lex_scale)
    design = _design(prepared, blank, lambda ex: ex.effect_raw)
    targets = np.zeros((len(prepared), len(DOWNSTREAM)))
    for i, ex in enumerate(prepared):
        for d in ex.effects:
            targets[i, EFFECT_INDEX[d]] = 1.0
    W, b = _adam(*design, targets, len(column), l2, iterations, None, multilabel=True)
    return EffectModel(_rows(W, column), tuple(float(x) for x in b), lex_scale)


def _rows(W: np.ndarray, column: dict[str, int]) -> dict[str, tuple[float, ...]]:
    return {f: tuple(float(w) for w in W[j]) for f, j in column.items()}


def _adam(rows, cols, vals, Y, d, l2, iterations, progress, rate=0.025, multilabel=False):
    """Softmax (or, multilabel, one logistic per label) regression by full-batch Adam on a
    sparse design matrix (COO, rows sorted); both losses have the gradient X.T (P - Y)."""
    n, K = Y.shape
    row_starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    by_col = np.argsort(cols, kind="stable")
    c_sorted = cols[by_col]
    col_starts = np.flatnonzero(np.r_[True, c_sorted[1:] != c_sorted[:-1]])
    W, b = np.zeros((d, K)), np.zeros(K)
    state = [(np.zeros_like(W), np.zeros_like(W)), (np.zeros(K), np.zeros(K))]
    for t in range(1, iterations + 1):
        S = np.zeros((n, K))
        S[rows[row_starts]] = np.add.reduceat(vals[:, None] * W[cols], row_starts, axis=0)
        S += b
        if multilabel:
            P = 1.0 / (1.0 + np.exp(-S))
        else:
            S -= S.max(axis=1, keepdims=True)
            P = np.exp(S)
            P /= P.sum(axis=1, keepdims=True)
        R = (P - Y) / n
        G = np.zeros_like(W)
        G[c_sorted[col_starts]] = np.add.reduceat(
            (vals[:, None] * R[rows])[by_col], col_starts, axis=0
        )
        G += l2 * W
        for param, grad, (m, v) in ((W, G, state[0]), (b, R.sum(axis=0), state[1])):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= rate * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        if progress and (t % 50 == 0 or t == iterations):
            progress(t, iterations)
    return W, b


def folds(n: int, k: int = 5, seed: int = 0) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def cross_validate(prepared, k: int = 5, seed: int = 0, **settings) -> list[list[float]]:
    """Out-of-fold probabilities for every story (fit on the other folds)."""
    out: list[list[float]] = [[] for _ in prepared]
    for fold in folds(len(prepared), k, seed):
        held = set(fold)
        model = fit([p for i, p in enumerate(prepared) if i not in held], **settings)
        for i in fold:
            probs = model.probabilities(prepared[i].feats, prepared[i].raw)
            out[i] = [probs[c] for c in CATEGORY_IDS]
    return out


def cross_validation_scores(prepared, k: int = 5, seed: int = 0, **settings) -> dict[str, float]:
    """Primary accuracy, top-in-labels and macro-F1 of out-of-fold codes on the corpus.

    Categories are assigned as coding does: the best, and any other with at least
    ``SECONDARY_PROBABILITY``."""
    from .coder import MAX_CATEGORIES, SECONDARY_PROBABILITY
    from .metrics import macro_f1

    truth = [ex.categories for ex in prepared]
    assigned = []
    for probs in cross_validate(prepared, k, seed, **settings):
        ranked = sorted(zip(CATEGORY_IDS, probs, strict=True), key=lambda kv: -kv[1])
        further = [c for c, p in ranked[1:MAX_CATEGORIES] if p >= SECONDARY_PROBABILITY]
        assigned.append([ranked[0][0], *further])
    n = len(truth)
    return {
        "primary_accuracy": sum(a[0] == t[0] for a, t in zip(assigned, truth, strict=True)) / n,
        "top_in_labels": sum(a[0] in t for a, t in zip(assigned, truth, strict=True)) / n,
        "macro_f1": macro_f1(truth, assigned, CATEGORY_IDS),
    }
