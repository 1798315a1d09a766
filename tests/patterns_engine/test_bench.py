from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("numpy")

from hec.patterns.engine.bench import load, main  # noqa: E402
from hec.patterns.engine.data import CATEGORY_IDS  # noqa: E402
from hec.patterns.engine.learned import read_corpus  # noqa: E402
from hec.patterns.engine.metrics import ari, homogeneity, macro_f1, nmi  # noqa: E402
from hec.patterns.engine.synth import synth_stories  # noqa: E402

from .stories import EN, ES  # noqa: E402
from .test_themes import HOUSING, WORK  # noqa: E402


def test_metrics_on_known_partitions():
    truth = ["a", "a", "b", "b"]
    assert homogeneity(truth, [0, 0, 1, 1]) == pytest.approx(1.0)
    assert homogeneity(truth, [0, 1, 2, 3]) == pytest.approx(1.0)
    assert homogeneity(truth, [0, 0, 0, 0]) == pytest.approx(0.0)
    assert nmi(truth, [5, 5, 7, 7]) == pytest.approx(1.0)
    assert ari(truth, [1, 1, 0, 0]) == pytest.approx(1.0)
    assert ari(["a", "a", "b", "b", "c", "c"], [0, 1, 0, 1, 0, 1]) < 0
    assert macro_f1([["a"], ["b"]], [["a"], ["a"]], ["a", "b"]) == pytest.approx(1 / 3)


def test_synthetic_stories_are_deterministic():
    a = list(synth_stories(50, seed=4))
    assert a == list(synth_stories(50, seed=4))
    assert a != list(synth_stories(50, seed=5))
    assert len({s["id"] for s in a}) == 50


def test_bench_runs_on_a_small_labelled_set(tmp_path, capsys):
    rows = [
        {"id": f"en{i}", "text": t, "lang": "en", "categories": [c], "downstream": []}
        for i, (c, t) in enumerate(EN.items())
    ]
    rows += [
        {"id": f"es{i}", "text": t, "lang": "es", "categories": [c], "downstream": []}
        for i, (c, t) in enumerate(ES.items())
    ]
    rows += [
        {"id": f"hq{i}", "text": t, "lang": None, "categories": ["housing_quality"]}
        for i, t in enumerate(HOUSING)
    ]
    rows += [
        {"id": f"wk{i}", "text": t, "lang": None, "categories": ["work_conditions"]}
        for i, t in enumerate(WORK)
    ]
    data = tmp_path / "labelled.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "bench.json"
    assert (
        main(["--dataset", str(data), "--scale-n", "300", "--folds", "3", "--json", str(out)]) == 0
    )
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["coding"]["metrics"]["all"]["primary_accuracy"] == 1.0
    assert res["coding"]["metrics"]["es"]["n"] == len(ES)
    # coding speed is measured here, not in a timed test (the goal is 50 ms a story)
    latency = res["coding"]["latency"]
    assert 0 < latency["p50_ms"] <= latency["p95_ms"]
    # the same stories by the lexicon alone, for comparison with the corpus model
    assert 0 < res["lexicon_alone"]["primary_accuracy"] <= 1.0
    assert "corpus_cv" not in res  # only with --corpus-cv (it fits five models)
    # a chapter whose convention files housing quality under housing instability
    conv = res["learning"]["convention"]
    assert conv["mapping"]["housing_quality"] == "housing_instability"
    assert conv["without"] < 1.0  # the housing-quality stories now count as wrong ...
    assert conv["with_examples"] > conv["without"]  # ... until the chapter's examples teach it
    # singleton categories form no theme; housing quality and work do, each pure (the
    # EN/ES housing-quality and EN work stories join them)
    assert res["themes"]["themes"] == 2 and res["themes"]["homogeneity"] == pytest.approx(1.0)
    assert res["themes"]["unthemed"] == pytest.approx((len(EN) + len(ES) - 3) / len(rows))
    assert res["scale"]["stories"] == 300 and res["scale"]["seconds"] > 0
    # the spread over five k-means seedings: these two pure groups are found by every seed
    spread = res["themes"]["seeds"]
    assert (spread["first"], spread["last"]) == (0, 4)
    assert spread["homogeneity"] == pytest.approx((1.0, 1.0, 1.0))
    low, mean, high = spread["unthemed"]
    assert low <= res["themes"]["unthemed"] <= high and low <= mean <= high
    out = capsys.readouterr().out
    assert "Lexicon alone (no corpus model): primary accuracy" in out
    assert "| ours |" in out and "Ours over k-means seeds 0–4: homogeneity 1.000–1.000" in out


def test_a_set_without_effect_labels_scores_no_effects(tmp_path, capsys):
    rows = [
        {"id": f"en{i}", "text": t, "lang": "en", "categories": [c]}
        for i, (c, t) in enumerate(EN.items())
    ]
    data = tmp_path / "no_effects.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "bench.json"
    assert main(["--dataset", str(data), "--scale-n", "0", "--folds", "2", "--json", str(out)]) == 0
    metrics = json.loads(out.read_text(encoding="utf-8"))["coding"]["metrics"]
    assert "downstream_f1" not in metrics["en"] and metrics["en"]["primary_accuracy"] > 0.5
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("| en |"))
    assert row.split("|")[6].strip() == "-"  # shown as not scored, not as an F1 of 0


def test_the_blind_set_is_balanced_and_apart_from_the_corpus():
    blind = load(str(Path(__file__).parents[2] / "benchmarks" / "patterns" / "blind_set.jsonl"))
    assert len({r["id"] for r in blind}) == len(blind) == 320
    primaries = Counter((r["categories"][0], r["lang"]) for r in blind)
    assert primaries == {(c, lang): 10 for c in CATEGORY_IDS for lang in ("en", "es")}
    assert all(set(r["categories"]) <= set(CATEGORY_IDS) for r in blind)
    # held out: the model never sees these stories (a copy in the corpus would be learnt)
    corpus = {" ".join(r["text"].lower().split()) for r in read_corpus()}
    assert not any(" ".join(r["text"].lower().split()) in corpus for r in blind)
