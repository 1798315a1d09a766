from __future__ import annotations

import json
from pathlib import Path

import pytest

from hec.patterns.engine.cli import main

from .stories import CHINESE, EN, ES


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def _good(tmp_path: Path) -> Path:
    rows = [{"id": f"en-{k}", "text": t, "lang": "en"} for k, t in EN.items()]
    rows += [{"id": f"es-{k}", "text": t, "lang": "es"} for k, t in ES.items()]
    rows += [{"id": "zh", "text": CHINESE, "lang": "zh"}]
    return _write(tmp_path / "in.jsonl", rows)


def test_code_writes_one_line_per_story(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["patterns", "code", "--input", str(_good(tmp_path)), "--output", str(out)]) == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(EN) + len(ES) + 1
    by_id = {x["id"]: x for x in lines}
    hq = by_id["en-housing_quality"]
    assert hq["categories"][0]["id"] == "housing_quality"
    assert set(hq["categories"][0]) == {"id", "score"}
    assert "respiratory" in hq["downstream"]
    assert hq["evidence"]["housing_quality"] and hq["evidence"]["respiratory"]
    assert by_id["es-housing_instability"]["categories"][0]["id"] == "housing_instability"
    assert by_id["zh"]["categories"] == [] and by_id["zh"]["coded"] is False


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "not valid JSON"),
        ({"text": "no id here"}, '"id"'),
        ({"id": "x9"}, '"text"'),
        ({"id": "x9", "text": "hi", "lang": 5}, '"lang"'),
        ({"id": "en-housing_quality", "text": "again"}, "duplicate id"),
        ('["a list"]', "JSON object"),
    ],
)
@pytest.mark.parametrize("command", ["code", "themes"])
def test_malformed_line_is_named_and_nothing_is_written(tmp_path, capsys, bad, message, command):
    src = _good(tmp_path)
    good_lines = src.read_text(encoding="utf-8").splitlines()
    bad_line = bad if isinstance(bad, str) else json.dumps(bad)
    src.write_text("\n".join(good_lines[:3] + [bad_line] + good_lines[3:]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous results\n", encoding="utf-8")
    assert main([command, "--input", str(src), "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{src}:4:" in err and message in err
    assert out.read_text(encoding="utf-8") == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_missing_input_is_a_clear_error(tmp_path, capsys):
    assert (
        main(
            ["code", "--input", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "o.jsonl")]
        )
        == 2
    )
    assert "cannot read" in capsys.readouterr().err


def test_themes_lines(tmp_path):
    pytest.importorskip("numpy")
    rows = [
        {
            "id": f"h{i}",
            "text": f"Mold and a leak in the {r}, the landlord will not fix it.",
            "lang": "en",
        }
        for i, r in enumerate(["bedroom", "kitchen", "bathroom", "hall"])
    ]
    out = tmp_path / "t.jsonl"
    src = _write(tmp_path / "s.jsonl", rows)
    assert main(["themes", "--input", str(src), "--output", str(out), "--seed", "1"]) == 0
    themes = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(themes) == 1
    t = themes[0]
    assert {
        "theme",
        "label",
        "keywords",
        "members",
        "representatives",
        "categories",
        "new_pattern",
    } <= set(t)
    assert sorted(t["members"]) == ["h0", "h1", "h2", "h3"]
    assert t["categories"][0] == "housing_quality" and t["new_pattern"] is False


def test_progress_line_for_long_inputs(tmp_path, capsys):
    rows = [{"id": i, "text": EN["work_conditions"], "lang": "en"} for i in range(600)]
    src = _write(tmp_path / "big.jsonl", rows)
    assert main(["code", "--input", str(src), "--output", str(tmp_path / "o.jsonl")]) == 0
    assert "coding: 600/600" in capsys.readouterr().err
