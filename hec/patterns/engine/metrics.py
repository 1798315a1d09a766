"""Clustering and multi-label metrics in numpy (same definitions as scikit-learn)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np


def _contingency(a: Sequence[Hashable], b: Sequence[Hashable]) -> np.ndarray:
    ai = {v: i for i, v in enumerate(sorted(set(a), key=str))}
    bi = {v: i for i, v in enumerate(sorted(set(b), key=str))}
    m = np.zeros((len(ai), len(bi)), dtype=np.float64)
    for x, y in zip(a, b, strict=True):
        m[ai[x], bi[y]] += 1
    return m


def _entropy(counts: np.ndarray) -> float:
    p = counts[counts > 0] / counts.sum()
    return float(-(p * np.log(p)).sum())


def _mi(m: np.ndarray) -> float:
    n = m.sum()
    pi, pj = m.sum(1, keepdims=True) / n, m.sum(0, keepdims=True) / n
    pij = m / n
    nz = pij > 0
    return float((pij[nz] * np.log(pij[nz] / (pi @ pj)[nz])).sum())


def homogeneity(truth: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    m = _contingency(truth, pred)
    h = _entropy(m.sum(1))
    return 1.0 if h == 0 else _mi(m) / h


def nmi(truth: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    m = _contingency(truth, pred)
    ht, hp = _entropy(m.sum(1)), _entropy(m.sum(0))
    if ht == 0 and hp == 0:
        return 1.0
    return _mi(m) / max((ht + hp) / 2, 1e-12)


def ari(truth: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    m = _contingency(truth, pred)

    def c2(x: np.ndarray) -> float:
        return float((x * (x - 1) / 2).sum())

    n = m.sum()
    idx, a, b = c2(m), c2(m.sum(1)), c2(m.sum(0))
    expected = a * b / (n * (n - 1) / 2) if n > 1 else 0.0
    top = (a + b) / 2 - expected
    return 1.0 if top == 0 else (idx - expected) / top


def macro_f1(
    truth: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], labels: Sequence[str]
) -> float:
    """Multi-label macro-F1 over the labels present in truth or predictions."""
    scores = []
    for lab in labels:
        tp = sum(lab in t and lab in p for t, p in zip(truth, pred, strict=True))
        fp = sum(lab not in t and lab in p for t, p in zip(truth, pred, strict=True))
        fn = sum(lab in t and lab not in p for t, p in zip(truth, pred, strict=True))
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else 0.0


def theme_scores(
    truth: dict[str, str], members: Sequence[Sequence[str]], n_categories: int
) -> dict[str, float]:
    """Scores of a partition against primary categories; unthemed stories are left out."""
    pred: dict[str, int] = {}
    for t, ids in enumerate(members):
        for i in ids:
            pred.setdefault(i, t)
    ids = [i for i in truth if i in pred]
    y = [truth[i] for i in ids]
    p = [pred[i] for i in ids]
    return {
        "homogeneity": homogeneity(y, p) if ids else 0.0,
        "nmi": nmi(y, p) if ids else 0.0,
        "ari": ari(y, p) if ids else 0.0,
        "themes": float(len(members)),
        "themes_per_category": len(members) / max(n_categories, 1),
        "unthemed": 1 - len(ids) / max(len(truth), 1),
    }
