"""Gates on the annotated corpus: scores never fall below corpora/thresholds.json, and the
output is the approved output (docs/rules.md: how to raise thresholds and approve)."""
import json
import pathlib

import pytest

from czfacts.dev.regress import approved_path, compare, diff_lines
from czfacts.dev.score import evaluate, summarize

CORPORA = pathlib.Path(__file__).resolve().parents[1] / "corpora"


def test_scores_reach_the_thresholds():
    thresholds = json.loads((CORPORA / "thresholds.json").read_text(encoding="utf-8"))
    summary = summarize(evaluate([str(CORPORA)]))
    scores = {"quantity_f1": summary["quantity"]["f1"], "full_fact_f1": summary["full_fact"]["f1"]}
    below = [f"{name} {scores[name]:.4f} < {floor} (corpora/thresholds.json)"
             for name, floor in thresholds.items() if scores[name] < floor]
    assert not below, "; ".join(below) + " — see `czfacts eval --show misses --show wrong`"


def test_output_is_the_approved_output():
    articles = sorted(CORPORA.glob("*.txt"))
    if not any(approved_path(a).is_file() for a in articles):
        pytest.skip("no approved output in corpora/ yet: review `czfacts eval`, then approve "
                    "with `czfacts regress --update`")
    report = []
    for article in articles:
        d = compare(str(article))
        if d is None:
            report.append(f"{article.name}: no approved output; approve with `czfacts regress --update {article}`")
        elif d:
            report += diff_lines(d)
    assert not report, "\n".join(report + ["review with `czfacts regress`; approve intended changes "
                                           "with `czfacts regress --update`"])


def test_explicit_metrics_point_at_their_words():
    """A metric read from the text (evidence how = explicit) points at where it is written (for a
    table cell, its row label); a metric czfacts built is located by its longest written part."""
    unplaced = []
    for facts in sorted(CORPORA.glob("*.facts.jsonl")):
        size = len(facts.with_name(facts.name.removesuffix(".facts.jsonl") + ".txt").read_text(encoding="utf-8"))
        for line in facts.read_text(encoding="utf-8").splitlines():
            fact = json.loads(line)
            evidence = fact["provenance"]["evidence"].get("metric") or {}
            if fact["metric"] and evidence.get("how") == "explicit":
                start, end = evidence["start"], evidence["end"]
                if start is None or not 0 <= start < end <= size:
                    unplaced.append(f"{facts.name} {fact['provenance']['text']}: {fact['metric']} at {start}..{end}")
    assert not unplaced, "\n".join(unplaced)
