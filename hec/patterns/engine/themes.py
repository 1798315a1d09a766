"""Theme discovery: emergent themes within and across categories, plus new patterns.

Stories are grouped by their primary category (assigned by the caller or coded here);
each group is split by seeded spherical k-means over TF-IDF of content stems and stem
bigrams, plus a feature for each runner-up category whose cues the story also has
(so stories coded alike but also touching another category group together).  Stories
with only weak category evidence form a residual pool; cohesive groups in it become
"new pattern" themes.  Labels come from each theme's most distinctive terms.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .cluster import (
    Sparse,
    build_vocabulary,
    centroids_of,
    similarities,
    spherical_kmeans,
    tfidf,
)
from .coder import SECONDARY_MIN, code_story, downstream_cues
from .cues import story_language
from .data import CATEGORY_BY_ID
from .labels import distinctive_terms
from .matcher import tokenize
from .negation import without_denials
from .text import SUPPORTED, is_content, stem

Progress = Callable[[str, int, int], None]
Surface = dict[str, Counter[str]]
SURE = 0.35  # probability of the primary category below which a story is "not strongly" coded
AMBIGUOUS = 0.9  # runner-up / top at or above this: the primary is a coin toss
MIN_THEME = 3  # smallest theme kept
NEW_PATTERN_COHESION = 0.12  # mean pairwise cosine a "new pattern" theme needs
NEW_PATTERN_LABEL = "New pattern"  # head of the label of a theme that fits no category
MAX_K = 12
THEME_SIZE = 5  # stories per theme aimed at in a small group ...
SMALL_K = 5  # ... up to this many themes
TICK = 2000
PARALLEL_MIN = 20_000  # stories from which coding is spread over processes
CHUNK = 5_000
ATTACH_MIN = 0.3  # cosine a near-tie story needs with a theme to join it
CUE_MARK = "@"  # feature "@<category>": a runner-up category whose cues the story also has
CUE_RIVALS = 2  # runner-ups named, at most ...
CUE_SHARE = 0.3  # ... each with at least this share of the top probability


@dataclass
class ThemeItem:
    id: str
    text: str
    lang: str | None = None
    categories: list[str] | None = None  # assigned already (primary first), or None


@dataclass
class Theme:
    id: str
    label: str
    keywords: list[str]
    members: list[str]
    representatives: list[str]
    categories: list[str]
    downstream: list[str] = field(default_factory=list)
    new_pattern: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "theme": self.id,
            "label": self.label,
            "keywords": self.keywords,
            "members": self.members,
            "representatives": self.representatives,
            "categories": self.categories,
            "downstream": self.downstream,
            "new_pattern": self.new_pattern,
        }


def _as_item(x: Any) -> ThemeItem:
    if isinstance(x, ThemeItem):
        return x
    if isinstance(x, Mapping):
        cats = x.get("categories")
        if cats and isinstance(cats[0], Mapping):
            cats = [c["id"] for c in cats]
        return ThemeItem(str(x["id"]), x.get("text") or "", x.get("lang"), cats)
    return ThemeItem(*x)


def _features(text: str, lang: str, surface: dict[str, Counter[str]]) -> list[str]:
    # what a note denies ("Denies IPV.") does not make it alike the stories that tell it
    toks = [t for t in tokenize(without_denials(text))[0] if is_content(t)]
    stems = []
    for t in toks:
        s = stem(t, lang)
        stems.append(s)
        surface.setdefault(s, Counter())[t] += 1
    return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False) if a != b]


def choose_k(n: int) -> int:
    """Themes per group: about THEME_SIZE stories each in a small group (at most
    SMALL_K), then one more per doubling of the group, at most MAX_K."""
    if n < 2 * THEME_SIZE:
        return 1
    if n < 8 * THEME_SIZE:
        return min(SMALL_K, round(n / THEME_SIZE))
    return min(MAX_K, SMALL_K + int(math.log2(n / (8 * THEME_SIZE))))


_Row = tuple[list[str], "str | None", list[str], list[str], list[str]]


def _code_one(text: str, hint: str | None, given: list[str] | None, surface: Surface) -> _Row:
    """(features, group, categories, two best candidates, downstream) of one story.

    group is the primary category, "" for the residual pool, None when not coded."""
    lang = story_language(text, hint)
    if lang not in SUPPORTED:
        return [], None, [], [], []
    ranked: list[tuple[str, float]] = []
    if given:
        cats = [c for c in given if c in CATEGORY_BY_ID]
        strong = True
        down = [d for d, v in downstream_cues(text, lang)[0].items() if v >= SECONDARY_MIN]
    else:
        coding = code_story(text, lang)
        ranked = coding.ranking
        cats = [c for c, _ in coding.categories]
        top = ranked[0][1]
        strong = coding.coded and top >= SURE and ranked[1][1] < AMBIGUOUS * top
        down = coding.downstream
    feats = _features(text, lang, surface)
    if ranked:
        top = ranked[0][1]
        for c, v in ranked[1 : CUE_RIVALS + 1]:
            if v >= CUE_SHARE * top:
                feats.append(CUE_MARK + c)
    return (
        feats,
        cats[0] if cats and strong else "",
        cats,
        [c for c, _ in ranked[:2]],
        down,
    )


def _code_chunk(
    chunk: list[tuple[str, str | None, list[str] | None]],
) -> tuple[list[_Row], Surface]:
    surface: Surface = {}
    return [_code_one(t, lang, cats, surface) for t, lang, cats in chunk], surface


def _code_all(items: list[ThemeItem], workers: int, report: Progress) -> tuple[list[_Row], Surface]:
    n = len(items)
    rows: list[_Row] = []
    surface: Surface = {}
    if workers <= 1 or n < PARALLEL_MIN:
        for i, it in enumerate(items):
            if i % TICK == 0:
                report("coding", i, n)
            rows.append(_code_one(it.text, it.lang, it.categories, surface))
        return rows, surface
    chunks = [
        [(it.text, it.lang, it.categories) for it in items[i : i + CHUNK]]
        for i in range(0, n, CHUNK)
    ]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for part, surf in pool.imap(_code_chunk, chunks):
            rows.extend(part)
            for stem_, counts in surf.items():
                surface.setdefault(stem_, Counter()).update(counts)
            report("coding", len(rows), n)
    return rows, surface


def discover_themes(
    items: Iterable[Any],
    *,
    seed: int = 0,
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[Theme]:
    """Group stories into themes.  ``items``: ThemeItem, dicts or (id, text, lang[, cats]).

    ``progress(stage, done, total)`` is called now and then (stages: "coding",
    "clustering", "labelling").  The result is deterministic for a given seed (and does
    not depend on ``workers``: processes used to code large inputs, default up to 2).
    """
    items = [_as_item(x) for x in items]
    n = len(items)
    report = progress or (lambda stage, done, total: None)
    if workers is None:
        workers = min(2, os.cpu_count() or 1)
    coded, surface = _code_all(items, workers, report)
    docs = [r[0] for r in coded]
    group = [r[1] for r in coded]
    cats_of = [r[2] for r in coded]
    cand_of = [r[3] for r in coded]
    down_of = [r[4] for r in coded]
    del coded
    report("coding", n, n)

    vocab = build_vocabulary(docs, min_df=2, max_df_share=0.5, max_features=50_000)
    X, df = tfidf(docs, vocab)
    del docs
    inv = [""] * len(vocab)
    for t, j in vocab.items():
        inv[j] = t
    names = sorted({g for g in group if g is not None}, key=lambda g: (g == "", g))
    themes: list[Theme] = []
    theme_rows: list[np.ndarray] = []
    for gi, g in enumerate(names):
        report("clustering", gi, len(names))
        rows = np.array([i for i in range(n) if group[i] == g], dtype=np.int64)
        rows = rows[np.diff(X.indptr)[rows] > 0] if g == "" else rows
        if len(rows) < MIN_THEME:
            continue
        sub = X.take(rows)
        k = choose_k(len(rows)) if g else choose_k(len(rows)) + (len(rows) >= 30)
        labels, sims = spherical_kmeans(sub, k, seed + gi)
        for c in range(int(labels.max()) + 1 if len(labels) else 0):
            keep = labels == c
            members = rows[keep]
            msims = sims[keep]
            if len(members) < MIN_THEME:
                continue
            tot, size = float(msims.sum()), len(members)
            cohesion = (tot * tot - size) / (size * (size - 1))  # mean pairwise cosine
            if g == "" and cohesion < NEW_PATTERN_COHESION:
                continue
            theme_rows.append(members)
            themes.append(
                _make_theme(
                    g,
                    members,
                    msims,
                    sub,
                    rows,
                    keep,
                    X,
                    df,
                    inv,
                    surface,
                    items,
                    cats_of,
                    down_of,
                )
            )
    report("clustering", len(names), len(names))
    _attach(X, themes, theme_rows, group, cand_of, items)
    themes.sort(key=lambda t: (t.new_pattern, t.categories[:1], -len(t.members), t.members[0]))
    for i, theme in enumerate(themes, 1):
        theme.id = f"theme-{i:03d}"
    report("labelling", len(themes), len(themes))
    return themes


def _attach(
    X: Sparse,
    themes: list[Theme],
    theme_rows: list[np.ndarray],
    group: list[str | None],
    cand_of: list[list[str]],
    items: list[ThemeItem],
) -> None:
    """Put a story whose category was a near tie into the closest theme of its two best
    categories, when it shares vocabulary with it; the rest stay unthemed."""
    if not themes:
        return
    themed = np.zeros(len(group), dtype=bool)
    for rows in theme_rows:
        themed[rows] = True
    todo = np.array(
        [i for i, g in enumerate(group) if g == "" and not themed[i] and cand_of[i]], dtype=np.int64
    )
    if not len(todo):
        return
    all_rows = np.concatenate(theme_rows)
    labels = np.concatenate([np.full(len(r), t) for t, r in enumerate(theme_rows)])
    C = centroids_of(X.take(all_rows), labels, len(themes))
    sims = similarities(X.take(todo), C)
    head = np.array([t.categories[0] if t.categories else "" for t in themes])
    added: list[list[int]] = [[] for _ in themes]
    for row, sim in zip(todo, sims, strict=True):
        allowed = np.isin(head, cand_of[int(row)])
        if allowed.any():
            best = int(np.argmax(np.where(allowed, sim, -1.0)))
            if sim[best] >= ATTACH_MIN:
                added[best].append(int(row))
    for t, extra in enumerate(added):
        if extra:
            rows = np.sort(np.concatenate([theme_rows[t], np.array(extra, dtype=np.int64)]))
            theme_rows[t] = rows
            themes[t].members = [items[int(r)].id for r in rows]


def theme_label(category_id: str | None, words: Sequence[str]) -> str:
    """A theme's label: its category (or "New pattern"), then its most distinctive words."""
    category = CATEGORY_BY_ID.get(category_id or "")
    head = category.label if category else NEW_PATTERN_LABEL
    return f"{head}: {', '.join(words)}" if words else head


def _make_theme(
    g: str,
    members: np.ndarray,
    msims: np.ndarray,
    sub: Sparse,
    rows: np.ndarray,
    mask: np.ndarray,
    X: Sparse,
    df: np.ndarray,
    inv: list[str],
    surface: dict[str, Counter[str]],
    items: list[ThemeItem],
    cats_of: list[list[str]],
    down_of: list[list[str]],
) -> Theme:
    keywords = distinctive_terms(X.take(members), df, X.n_rows, inv, surface)
    order = np.lexsort((members, -msims))
    reps = [items[int(members[j])].id for j in order[:3]]
    count: Counter[str] = Counter()
    for m in members:
        count.update(cats_of[int(m)])
    size = len(members)
    cats = [
        c
        for c, v in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))
        if v >= max(2, 0.25 * size)
    ]
    if g:
        cats = [g] + [c for c in cats if c != g]
    dcount: Counter[str] = Counter(d for m in members for d in down_of[int(m)])
    down = [
        d
        for d, v in sorted(dcount.items(), key=lambda kv: (-kv[1], kv[0]))
        if v >= max(2, 0.25 * size)
    ]
    return Theme(
        "",
        theme_label(g, keywords[:3]),
        keywords,
        [items[int(m)].id for m in members],
        reps,
        cats if g else [],
        down[:3],
        new_pattern=not g,
    )
