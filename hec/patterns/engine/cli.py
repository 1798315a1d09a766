"""``hec patterns code|themes``: JSON-lines in, JSON-lines out."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from typing import Any, TextIO

from .coder import code_story
from .data import CATEGORY_BY_ID, DOWNSTREAM

PROGRESS_MIN = 500  # inputs at least this long get a progress line on stderr


class InputError(Exception):
    pass


def read_stories(path: str) -> list[dict[str, Any]]:
    """Validate every line before anything is computed; errors name the line."""
    try:
        with open(path, encoding="utf-8") as fh:
            return _parse(fh, path)
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


def _parse(fh: TextIO, path: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for no, line in enumerate(fh, 1):
        if not line.strip():
            continue
        where = f"{path}:{no}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object")
        sid, text, lang = obj.get("id"), obj.get("text"), obj.get("lang")
        if not isinstance(sid, (str, int)) or isinstance(sid, bool) or str(sid) == "":
            raise InputError(f'{where}: missing or invalid "id"')
        if not isinstance(text, str):
            raise InputError(f'{where}: missing or invalid "text" (a string is needed)')
        if lang is not None and not isinstance(lang, str):
            raise InputError(f'{where}: "lang" must be a string or null')
        if str(sid) in seen:
            raise InputError(f"{where}: duplicate id {sid!r}")
        seen.add(str(sid))
        cats = obj.get("categories")
        if cats is not None:
            ids = (
                [c.get("id") if isinstance(c, dict) else c for c in cats]
                if isinstance(cats, list)
                else None
            )
            if ids is None or any(c not in CATEGORY_BY_ID for c in ids):
                raise InputError(f'{where}: "categories" must list known category ids')
            cats = ids
        effects = obj.get("downstream")
        if effects is not None and (
            not isinstance(effects, list) or any(d not in DOWNSTREAM for d in effects)
        ):
            raise InputError(f'{where}: "downstream" must list known effect ids')
        out.append(
            {"id": str(sid), "text": text, "lang": lang, "categories": cats, "downstream": effects}
        )
    return out


def write_atomic(path: str, rows: Iterable[dict[str, Any]]) -> None:
    """Write all lines to a temporary file, then move it into place."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".hec-", suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


class ProgressLine:
    def __init__(self, total: int, stream: TextIO, enabled: bool):
        self.total, self.stream = total, stream
        self.enabled = enabled and total >= PROGRESS_MIN
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.enabled:
            pct = 100 * done // max(total, 1)
            self.stream.write(f"\r{stage}: {done}/{total} ({pct}%)   ")
            self.stream.flush()
            self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")


def coding_row(story: dict[str, Any]) -> dict[str, Any]:
    c = code_story(story["text"], story["lang"])
    return {
        "id": story["id"],
        "categories": [{"id": cid, "score": s} for cid, s in c.categories],
        "downstream": c.downstream,
        "evidence": c.evidence,
        "coded": c.coded,
        "lang": c.lang,
    }


def run_code(args: argparse.Namespace) -> int:
    stories = read_stories(args.input)
    bar = ProgressLine(len(stories), sys.stderr, not args.quiet)
    rows = []
    for i, s in enumerate(stories):
        if i % 200 == 0:
            bar("coding", i, len(stories))
        rows.append(coding_row(s))
    bar("coding", len(stories), len(stories))
    bar.close()
    write_atomic(args.output, rows)
    return 0


def run_themes(args: argparse.Namespace) -> int:
    stories = read_stories(args.input)
    from .themes import discover_themes  # needs numpy; imported after the input is checked

    bar = ProgressLine(len(stories), sys.stderr, not args.quiet)
    themes = discover_themes(stories, seed=args.seed, progress=bar)
    bar.close()
    write_atomic(args.output, [t.as_dict() for t in themes])
    return 0


def run_train(args: argparse.Namespace) -> int:
    """Fit the corpus model from a folder of labelled JSON-lines files (every line checked)."""
    from pathlib import Path

    from . import train  # needs numpy
    from .learned import CORPUS_DIR, MODEL_PATH

    folder = Path(args.corpus) if args.corpus else CORPUS_DIR
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise InputError(f"{folder}: no .jsonl files")
    stories = []
    for path in files:
        for row in read_stories(str(path)):
            if not row["categories"]:
                raise InputError(f'{path}: story {row["id"]!r} has no "categories"')
            stories.append(row)
    prepared = train.prepare(stories)
    print(f"{len(prepared)} stories from {len(files)} files", file=sys.stderr)
    if args.cv:
        scores = train.cross_validation_scores(prepared)
        print(
            "5-fold CV: primary accuracy {primary_accuracy:.3f}, top in labels "
            "{top_in_labels:.3f}, macro-F1 {macro_f1:.3f}".format(**scores),
            file=sys.stderr,
        )
    # a line for corpora big enough to take a while (it counts training iterations)
    bar = ProgressLine(len(prepared), sys.stderr, not args.quiet)
    model = train.fit(prepared, progress=lambda done, total: bar("training", done, total))
    bar.close()
    output = Path(args.output) if args.output else MODEL_PATH
    model.save(output)
    print(f"wrote {output}", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    argv = list(argv)
    if argv and argv[0] == "patterns":
        argv = argv[1:]
    parser = argparse.ArgumentParser(
        prog="hec patterns", description="Code stories and discover themes."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (
        ("code", "code each story into categories"),
        ("themes", "group stories into themes"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--input", required=True, help="JSON lines: {id, text, lang}")
        p.add_argument("--output", required=True, help="JSON lines to write")
        p.add_argument("--quiet", action="store_true", help="no progress line")
        if name == "themes":
            p.add_argument("--seed", type=int, default=0)
    p = sub.add_parser("train", help="fit the corpus model from labelled stories")
    p.add_argument("--corpus", help="folder of JSON lines {id, text, lang, categories}")
    p.add_argument("--output", help="model file to write (default: the one coding reads)")
    p.add_argument("--cv", action="store_true", help="first print 5-fold cross-validation")
    p.add_argument("--quiet", action="store_true", help="no progress line")
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    commands = {"code": run_code, "themes": run_themes, "train": run_train}
    try:
        return commands[args.command](args)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"error: {args.output}: cannot write: {e.strerror}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
