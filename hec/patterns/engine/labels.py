"""Theme keywords: terms frequent in a theme and rare elsewhere."""

from __future__ import annotations

from collections import Counter

import numpy as np

from .cluster import Sparse


def distinctive_terms(
    T: Sparse,
    df: np.ndarray,
    n_all: int,
    inv: list[str],
    surface: dict[str, Counter[str]],
    top: int = 8,
) -> list[str]:
    """Terms frequent in the theme and rare elsewhere; bigrams favoured, shown as words."""
    cdf = np.bincount(T.indices, minlength=len(inv)).astype(np.float64)
    share = cdf / max(T.n_rows, 1)
    lift = np.log((cdf + 1) / (df * T.n_rows / max(n_all, 1) + 1))
    score = share * np.maximum(lift, 0) * np.array([1.3 if " " in t else 1.0 for t in inv])
    score[cdf < 2] = 0
    out: list[str] = []
    seen: set[str] = set()
    for j in np.argsort(-score, kind="stable")[: top * 3]:
        if score[j] <= 0:
            break
        if inv[j].startswith("@"):
            continue
        words = [surface[s].most_common(1)[0][0] if s in surface else s for s in inv[j].split()]
        if any(w in seen for w in words) and len(words) == 1:
            continue
        out.append(" ".join(words))
        seen.update(words)
        if len(out) >= top:
            break
    return out
