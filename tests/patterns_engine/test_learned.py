"""The corpus model: what it learns, its file, its corpus, and `hec patterns train`."""

from __future__ import annotations

import gzip
import json
from collections import Counter

import pytest

from hec.patterns.engine import code_story
from hec.patterns.engine.cli import main as patterns_main
from hec.patterns.engine.cues import story_cues
from hec.patterns.engine.data import CATEGORY_IDS, DOWNSTREAM
from hec.patterns.engine.learned import CorpusModel, default_model, read_corpus, story_features
from hec.patterns.engine.train import cross_validation_scores, fit, fit_words, prepare

# Who is telling: the corpus covers each register (docs/patterns-engine.md).
REGISTERS = {"personal", "relative", "professional", "clinical_note", "message", "testimony"}
IMPLICIT = (
    "The manager said customers want someone more polished up front and moved me to the "
    "stockroom after I started wearing my headscarf."
)


def test_the_model_finds_a_pressure_the_lexicon_does_not_name():
    # the lexicon finds only the setting (work); the corpus taught the model the rest
    assert "discrimination" not in story_cues(IMPLICIT, "en").evidence
    assert "work_conditions" in story_cues(IMPLICIT, "en").evidence
    coding = code_story(IMPLICIT, "en")
    assert coding.primary == "discrimination"
    # its evidence is the story's own words that weighed most for it
    words = coding.evidence["discrimination"]
    assert words and all(w.lower() in IMPLICIT.lower() for w in words)


def test_scores_are_probabilities_and_codes_are_deterministic():
    a = code_story(IMPLICIT, "en")
    assert a.ranking == code_story(IMPLICIT, "en").ranking
    assert len(a.ranking) == len(CATEGORY_IDS)
    assert sum(s for _, s in a.ranking) == pytest.approx(1.0, abs=1e-3)


def test_words_alone_without_any_pressure_are_not_coded():
    coding = code_story("Of course I'm fine inside my house.", "en")
    assert not coding.coded and coding.reason == "no_evidence"


TINY = [
    *(
        {
            "id": f"w{i}",
            "text": f"The zorblat at the plant took {i} hours of pay.",
            "lang": "en",
            "categories": ["work_conditions"],
        }
        for i in range(8)
    ),
    *(
        {
            "id": f"f{i}",
            "text": f"We had {i} cans of beans left and the fridge was empty.",
            "lang": "en",
            "categories": ["food_insecurity", "income_poverty"],
            "downstream": ["nutrition"],
        }
        for i in range(8)
    ),
]


def test_a_model_learns_the_words_of_its_corpus_and_survives_its_file(tmp_path):
    model = fit(prepare(TINY), iterations=150)
    story = "Another zorblat again this week."  # a made-up word, known only from the corpus
    feats = Counter({"zorblat": 1})
    probs = model.probabilities(feats, {})
    assert max(probs, key=probs.get) == "work_conditions"
    path = tmp_path / "model.json.gz"
    model.save(path)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        loaded = CorpusModel.from_json(json.load(fh))
    again = loaded.probabilities(feats, {})
    assert again == pytest.approx(probs, abs=1e-3)
    assert loaded.words_for(story, "en", feats, "work_conditions") == ["zorblat"]


def test_word_counts_weigh_a_word_by_the_categories_it_was_seen_in():
    words = fit_words(prepare(TINY), alpha=0.1, weight=1.0)
    work, food, income = (
        CATEGORY_IDS.index(c) for c in ("work_conditions", "food_insecurity", "income_poverty")
    )
    zorblat = words.logits(Counter({"zorblat": 1}))
    assert zorblat[work] == max(zorblat) and zorblat[work] - zorblat[food] > 3
    beans = words.logits(Counter({"bean": 2}))
    # food is the beans stories' primary category, income a secondary one (counted 0.3)
    assert beans[food] > beans[income] > beans[work]
    assert words.logits(Counter({"cue:work_conditions:plant": 1, "unseen": 1})) == [0.0] * 16
    assert fit_words(prepare(TINY), alpha=0.1, weight=0.5).logits(
        Counter({"zorblat": 1})
    ) == pytest.approx([x / 2 for x in zorblat])


def test_word_counts_survive_the_model_file():
    model = fit(prepare(TINY), iterations=5)
    assert model.words is not None
    loaded = CorpusModel.from_json(json.loads(json.dumps(model.to_json())))
    assert loaded.words is not None
    feats = Counter({"zorblat": 1, "bean": 2, "fridg": 1})
    assert loaded.words.logits(feats) == pytest.approx(model.words.logits(feats), abs=1e-3)
    ((k, factor),) = model.words.pairs("zorblat")
    assert loaded.words.pairs("zorblat") == [(k, pytest.approx(factor, abs=1e-4))]


def test_effects_are_learnt_with_the_categories():
    model = fit(prepare(TINY), iterations=150)
    assert model.effects is not None
    beans = model.effects.probabilities(Counter({"bean": 1, "fridg": 1}), {})
    plant = model.effects.probabilities(Counter({"zorblat": 1}), {})
    assert beans["nutrition"] > 0.5 > plant["nutrition"]
    loaded = CorpusModel.from_json(json.loads(json.dumps(model.to_json())))
    assert loaded.effects is not None
    assert loaded.effects.probabilities(Counter({"bean": 1}), {}) == pytest.approx(
        model.effects.probabilities(Counter({"bean": 1}), {}), abs=1e-3
    )


def test_the_shipped_model_suggests_downstream_effects():
    coding = code_story("My son's asthma got so bad from the mold that we ended up in the ER.")
    assert set(coding.downstream) == {"respiratory", "emergency_use"}


def test_a_model_file_of_another_version_is_refused():
    data = fit(prepare(TINY), iterations=5).to_json()
    data["categories"] = data["categories"][::-1]
    with pytest.raises(ValueError, match="does not match"):
        CorpusModel.from_json(data)


def test_shipped_model_is_the_one_trained_from_the_shipped_corpus():
    """The committed model file must be regenerated (`hec patterns train`) with the corpus."""
    retrained = fit(prepare(read_corpus())).to_json()
    shipped = default_model().to_json()
    assert retrained["words"] == shipped["words"]  # counts: exact sums, rounded alike
    for part in (lambda model: model, lambda model: model["effects"]):
        new, old = part(retrained), part(shipped)
        assert new["weights"].keys() == old["weights"].keys()
        assert new["lex_scale"] == old["lex_scale"]
        assert new["bias"] == pytest.approx(old["bias"], abs=2e-4)
        for feature in list(old["weights"])[::97]:
            assert new["weights"][feature] == pytest.approx(old["weights"][feature], abs=2e-4)


def test_corpus_lines_are_well_formed_and_cover_every_category_in_both_languages():
    rows = read_corpus()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    primaries = Counter((r["categories"][0], r["lang"]) for r in rows)
    for row in rows:
        assert row["lang"] in ("en", "es") and row["text"].strip()
        assert row["categories"] and set(row["categories"]) <= set(CATEGORY_IDS)
        assert len(set(row["categories"])) == len(row["categories"]) <= 3, row["id"]
        assert set(row["downstream"]) <= set(DOWNSTREAM), row["id"]
        assert row["register"] in REGISTERS, row["id"]
    for category in CATEGORY_IDS:
        assert primaries[(category, "en")] >= 100, category
        assert primaries[(category, "es")] >= 50, category


def test_cross_validation_scores_are_out_of_fold():
    scores = cross_validation_scores(prepare(TINY * 2), k=2, iterations=50)
    assert set(scores) == {"primary_accuracy", "top_in_labels", "macro_f1"}
    assert all(0.0 <= v <= 1.0 for v in scores.values())
    assert scores["primary_accuracy"] == 1.0  # the two kinds of story are easy to tell apart


def _write_corpus(folder, rows):
    folder.mkdir()
    with open(folder / "stories.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


def test_train_command_writes_a_model_that_loads(tmp_path, capsys):
    _write_corpus(tmp_path / "corpus", TINY)
    out = tmp_path / "model.json.gz"
    code = patterns_main(["train", "--corpus", str(tmp_path / "corpus"), "--output", str(out)])
    assert code == 0
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        model = CorpusModel.from_json(json.load(fh))
    assert "zorblat" in model.weights
    assert "16 stories from 1 files" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "stories.jsonl:17: not valid JSON"),
        ('{"id": "x", "text": "Rent went up.", "lang": "en"}', 'has no "categories"'),
        ('{"id": "x", "text": "Rent.", "categories": ["rent"]}', "must list known category ids"),
        (
            '{"id": "x", "text": "Rent.", "categories": ["income_poverty"], "downstream": ["flu"]}',
            "must list known effect ids",
        ),
    ],
)
def test_train_command_names_a_bad_line_and_writes_nothing(tmp_path, capsys, line, message):
    _write_corpus(tmp_path / "corpus", TINY)
    with open(tmp_path / "corpus" / "stories.jsonl", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    out = tmp_path / "model.json.gz"
    code = patterns_main(["train", "--corpus", str(tmp_path / "corpus"), "--output", str(out)])
    assert code == 2 and not out.exists()
    assert message in capsys.readouterr().err


def test_train_command_shows_progress_on_a_large_corpus(tmp_path, capsys):
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in range(32) for row in TINY]  # 512
    _write_corpus(tmp_path / "corpus", rows)
    out = tmp_path / "model.json.gz"
    assert patterns_main(["train", "--corpus", str(tmp_path / "corpus"), "--output", str(out)]) == 0
    err = capsys.readouterr().err
    assert "training: 400/400 (100%)" in err and out.exists()


def test_train_command_needs_stories(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert patterns_main(["train", "--corpus", str(tmp_path / "empty")]) == 2
    assert "no .jsonl files" in capsys.readouterr().err


def test_model_evidence_is_quoted_as_written_and_points_to_its_category():
    text = "Otra vez el 'Zórblat' y el plonk."
    feats = story_features(text, "es", [])
    zorblat = next(f for f in feats if f.startswith("zorbl"))
    plonk = next(f for f in feats if f.startswith("plonk"))
    work, food = CATEGORY_IDS.index("work_conditions"), CATEGORY_IDS.index("food_insecurity")
    weights = {f: [0.0] * len(CATEGORY_IDS) for f in feats}
    weights[zorblat][work] = 2.0
    weights[plonk][work], weights[plonk][food] = 1.0, 3.0  # says food more than work
    model = CorpusModel(weights, [0.0] * len(CATEGORY_IDS), 1.0)
    assert model.words_for(text, "es", feats, "work_conditions") == ["Zórblat"]
    assert model.words_for(text, "es", feats, "food_insecurity") == ["plonk"]


def test_dates_counts_and_function_words_are_not_quoted_as_evidence():
    text = "Since March, twice a week, 3 zorblat visits."
    feats = story_features(text, "en", [])
    work = CATEGORY_IDS.index("work_conditions")
    weights = {f: [0.0] * len(CATEGORY_IDS) for f in feats}
    for f in feats:  # every word, dates and counts included, points to work
        weights[f][work] = 1.0
    model = CorpusModel(weights, [0.0] * len(CATEGORY_IDS), 1.0)
    quoted = model.words_for(text, "en", feats, "work_conditions")
    assert sorted(quoted) == ["visits", "zorblat", "zorblat visits"]
    # they still count in the score
    assert {"march", "twice", "march_twice"} <= set(model.vector(feats, {}))
