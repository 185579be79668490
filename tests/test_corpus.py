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
