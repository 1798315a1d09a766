"""Markdown rendering of bench results."""

from __future__ import annotations

from typing import Any


def _f(x: Any, digits: int = 3) -> str:
    if x is None:
        return "-"
    return f"{x:.{digits}f}" if isinstance(x, float) else str(x)


def markdown(res: dict[str, Any]) -> str:
    lines = [f"## Pattern engine bench: `{res['dataset']}` ({res['stories']} stories)", ""]
    cod = res["coding"]["metrics"]
    learn = res.get("learning", {})
    lines += [
        "### Coding (lexicon + corpus model; with chapter examples = k-fold cross-validated)",
        "",
        "| lang | n | primary acc | top in labels | macro-F1 | downstream F1 |"
        " primary acc + examples | macro-F1 + examples |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang, m in cod.items():
        w = learn.get("with_examples", {}).get(lang, {})
        lines.append(
            f"| {lang} | {m['n']} | {_f(m['primary_accuracy'])} | "
            f"{_f(m['top_in_labels'])} | {_f(m['macro_f1'])} | {_f(m.get('downstream_f1'))} | "
            f"{_f(w.get('primary_accuracy', '-'))} | {_f(w.get('macro_f1', '-'))} |"
        )
    lat = res["coding"]["latency"]
    lines += [
        "",
        f"Coding latency per story: p50 {lat['p50_ms']:.2f} ms, p95 {lat['p95_ms']:.2f} ms.",
        "",
    ]
    if "lexicon_alone" in res:
        lex = res["lexicon_alone"]
        lines += [
            f"Lexicon alone (no corpus model): primary accuracy {_f(lex['primary_accuracy'])}, "
            f"top-in-labels {_f(lex['top_in_labels'])}.",
            "",
        ]
    if "corpus_cv" in res:
        cv = res["corpus_cv"]
        lines += [
            f"Corpus model, 5-fold CV on its own corpus ({cv['stories']} stories): primary "
            f"accuracy {_f(cv['primary_accuracy'])}, top-in-labels {_f(cv['top_in_labels'])}, "
            f"macro-F1 {_f(cv['macro_f1'])}.",
            "",
        ]
    if learn:
        g = learn["gain"]["all"]
        lines += [
            f"Chapter learning gain ({learn['folds']}-fold CV, all): primary accuracy "
            f"{g['primary_accuracy']:+.3f}, top-in-labels {g['top_in_labels']:+.3f}, "
            f"macro-F1 {g['macro_f1']:+.3f}.",
            "",
        ]
        conv = learn.get("convention")
        if conv:
            mapping = ", ".join(f"{a} → {b}" for a, b in conv["mapping"].items())
            lines += [
                f"A chapter with a convention of its own ({mapping}), same folds: primary "
                f"accuracy {_f(conv['without'])} without its examples, "
                f"{_f(conv['with_examples'])} with them.",
                "",
            ]
        if learn.get("curve"):
            pts = ", ".join(f"{k}: {v:+.3f}" for k, v in learn["curve"].items())
            lines += [f"Primary-accuracy gain by number of confirmed examples: {pts}.", ""]
    lines += [
        "### Themes (scored against the primary category; unthemed stories left out)",
        "",
        "| method | homogeneity | NMI | ARI | themes | themes/category | unthemed | "
        "time s | memory |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    rows = [("ours", res["themes"])] + list(res.get("baselines", {}).items())
    for name, t in rows:
        if "skipped" in t:
            lines.append(f"| {name} | skipped ({t['skipped']}) |||||||")
            continue
        mem = f"{t['peak_mb']:.0f} MB (tracemalloc)" if "peak_mb" in t else "-"
        secs = _f(t["seconds"], 2)
        if "embedding_seconds" in t:
            secs += f" (+{t['embedding_seconds']:.1f} embedding)"
        lines.append(
            f"| {name} | {_f(t['homogeneity'])} | {_f(t['nmi'])} | {_f(t['ari'])} | "
            f"{int(t['themes'])} | {_f(t['themes_per_category'], 2)} | "
            f"{100 * t['unthemed']:.1f}% | {secs} | {mem} |"
        )
    spread = res["themes"].get("seeds")
    if spread:
        parts = []
        for key, name, digits in (
            ("homogeneity", "homogeneity", 3),
            ("nmi", "NMI", 3),
            ("themes_per_category", "themes/category", 2),
        ):
            low, mean, high = (_f(v, digits) for v in spread[key])
            parts.append(f"{name} {low}–{high} (mean {mean})")
        low, mean, high = (f"{100 * v:.1f}" for v in spread["unthemed"])
        parts.append(f"unthemed {low}–{high}% (mean {mean}%)")
        seeds = f"{spread['first']}–{spread['last']}"
        lines += ["", f"Ours over k-means seeds {seeds}: {', '.join(parts)}."]
    sc = res.get("scale")
    if sc:
        lines += [
            "",
            f"### Scale: {sc['stories']} synthetic stories",
            "",
            f"Theme discovery {sc['seconds']:.1f} s, peak RSS {sc['peak_rss_mb']:.0f} MB "
            f"(interpreter + data before the run: {sc['rss_before_mb']:.0f} MB), "
            f"{sc['themes']} themes.",
        ]
        b = sc.get("bertopic")
        if b and "skipped" not in b:
            lines.append(
                f"BERTopic on the same stories: fit {b['seconds']:.1f} s + embedding "
                f"{b['embedding_seconds']:.1f} s; ours = {sc['ratio_vs_bertopic_fit']:.3f}x "
                f"its fit time, {sc['ratio_vs_bertopic_total']:.3f}x fit + embedding."
            )
        elif b:
            lines.append(f"BERTopic skipped ({b['skipped']}).")
    return "\n".join(lines) + "\n"
