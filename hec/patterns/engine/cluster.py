"""Sparse TF-IDF vectors and seeded spherical k-means, in numpy only."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

CHUNK_NNZ = 1_000_000


@dataclass
class Sparse:
    """Rows of L2-normalised TF-IDF weights in CSR layout."""

    indptr: np.ndarray  # int64, len rows + 1
    indices: np.ndarray  # int32 feature ids
    data: np.ndarray  # float32 weights
    n_features: int

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def take(self, rows: np.ndarray) -> Sparse:
        starts, ends = self.indptr[rows], self.indptr[rows + 1]
        lens = ends - starts
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lens, out=indptr[1:])
        pos = np.repeat(starts - indptr[:-1], lens) + np.arange(indptr[-1])
        return Sparse(indptr, self.indices[pos], self.data[pos], self.n_features)


def build_vocabulary(
    docs: Sequence[Sequence[str]], min_df: int, max_df_share: float, max_features: int
) -> dict[str, int]:
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d))
    limit = max_df_share * max(len(docs), 1)
    keep = [(t, c) for t, c in df.items() if min_df <= c <= limit]
    keep.sort(key=lambda tc: (-tc[1], tc[0]))
    return {t: i for i, (t, _) in enumerate(keep[:max_features])}


def tfidf(docs: Sequence[Sequence[str]], vocab: dict[str, int]) -> tuple[Sparse, np.ndarray]:
    """TF-IDF rows (sublinear tf) and the document frequency of each feature."""
    indptr = [0]
    idx: list[int] = []
    tf: list[float] = []
    for d in docs:
        counts = Counter(vocab[t] for t in d if t in vocab)
        for j in sorted(counts):
            idx.append(j)
            tf.append(1.0 + np.log(counts[j]))
        indptr.append(len(idx))
    indices = np.asarray(idx, dtype=np.int32)
    df = np.bincount(indices, minlength=len(vocab)).astype(np.float64)
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    data = np.asarray(tf, dtype=np.float32) * idf[indices].astype(np.float32)
    ptr = np.asarray(indptr, dtype=np.int64)
    lens = np.diff(ptr)
    rows = np.repeat(np.arange(len(lens)), lens)
    sq = np.bincount(rows, weights=(data * data).astype(np.float64), minlength=len(lens))
    sq = np.where(lens > 0, sq, 1.0)
    data /= np.repeat(np.sqrt(sq).astype(np.float32), lens)
    return Sparse(ptr, indices, data, len(vocab)), df


def similarities(X: Sparse, centroids: np.ndarray) -> np.ndarray:
    """Dense (rows x k) cosine similarities of sparse rows to dense centroids."""
    k = centroids.shape[0]
    out = np.zeros((X.n_rows, k), dtype=np.float32)
    ct = np.ascontiguousarray(centroids.T, dtype=np.float32)  # features x k
    row = 0
    while row < X.n_rows:
        end = int(np.searchsorted(X.indptr, X.indptr[row] + CHUNK_NNZ, side="right")) - 1
        end = max(end, row + 1)
        lo, hi = X.indptr[row], X.indptr[end]
        if hi > lo:
            contrib = ct[X.indices[lo:hi]] * X.data[lo:hi, None]
            lens = np.diff(X.indptr[row : end + 1])
            nz = lens > 0
            starts = (X.indptr[row:end] - lo)[nz]
            out[row:end][nz] = np.add.reduceat(contrib, starts, axis=0)
        row = end
    return out


def centroids_of(X: Sparse, labels: np.ndarray, k: int) -> np.ndarray:
    rows = np.repeat(labels, np.diff(X.indptr))
    C = np.zeros((k, X.n_features), dtype=np.float32)
    np.add.at(C, (rows, X.indices), X.data)
    norms = np.linalg.norm(C, axis=1, keepdims=True)
    return C / np.where(norms > 0, norms, 1.0)


def spherical_kmeans(
    X: Sparse, k: int, seed: int, iters: int = 25
) -> tuple[np.ndarray, np.ndarray]:
    """Labels and each row's similarity to its centroid; k-means++ seeding."""
    n = X.n_rows
    if k <= 1 or n <= k:
        labels = np.zeros(n, dtype=np.int64) if k <= 1 else np.arange(n)
        k = 1 if k <= 1 else n
        C = centroids_of(X, labels, k)
        return labels, similarities(X, C)[np.arange(n), labels]
    rng = np.random.default_rng(seed)
    first = int(rng.integers(n))
    chosen = [first]
    C = centroids_of(X.take(np.array([first])), np.zeros(1, dtype=np.int64), 1)
    best = similarities(X, C)[:, 0]
    for _ in range(1, k):
        dist = np.clip(1.0 - best, 0.0, None).astype(np.float64)
        p = dist / dist.sum() if dist.sum() > 0 else None
        nxt = int(rng.choice(n, p=p))
        chosen.append(nxt)
        c = centroids_of(X.take(np.array([nxt])), np.zeros(1, dtype=np.int64), 1)
        best = np.maximum(best, similarities(X, c)[:, 0])
    C = centroids_of(X.take(np.array(chosen)), np.arange(k), k)
    labels = np.full(n, -1, dtype=np.int64)
    for _ in range(iters):
        sims = similarities(X, C)
        new = sims.argmax(axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        C = centroids_of(X, labels, k)
    sims = similarities(X, C)
    return labels, sims[np.arange(n), labels]
