"""Diffs against approved output, on hand-made facts and on temporary corpus folders."""
import json

import pytest

from czfacts.cli import main
from czfacts.fact import Evidence, Fact, Period, Provenance
from czfacts.dev.regress import approved_path, diff, diff_lines, keyed, load_approved, write_approved

TEXT = "今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%,产业类项目投资 361.4 亿元。\n"


def fact(surface, value, rule="quantity.unit", **fields) -> Fact:
    start = TEXT.index(surface)
    return Fact(value=value, unit="CNY", kind="amount", **fields,
                provenance=Provenance(start=start, end=start + len(surface), text=surface,
                                      sentence_start=0, sentence_end=len(TEXT), rule=rule))


GDP = fact("1195.7 亿元", 1.1957e11, metric="GDP")
GROWTH = fact("1.7%", 1.7, rule="quantity.unit+kind.growth", metric="GDP")
INVESTMENT = fact("361.4 亿元", 3.614e10, metric="产业类项目投资")


def test_no_change_is_an_empty_diff():
    assert not diff("d", TEXT, [GDP, GROWTH], [GDP, GROWTH])


def test_added_removed_and_changed():
    renamed = GDP.model_copy(update={"metric": "GDP总量", "subject": "长治市"})
    d = diff("d", TEXT, [GDP, INVESTMENT], [renamed, GROWTH])
    assert d.added == [GROWTH] and d.removed == [INVESTMENT]
    assert [(old, new, fields) for old, new, fields in d.changed] == [(GDP, renamed, ["metric", "subject"])]
    lines = "\n".join(diff_lines(d))
    assert "d: 1 added, 1 removed, 1 changed" in lines
    assert 'metric: "GDP" → "GDP总量"' in lines and "subject: null → \"长治市\"" in lines
    assert "【1195.7 亿元】" in lines


def test_diff_is_grouped_by_rule():
    lines = diff_lines(diff("d", TEXT, [], [GDP, GROWTH, INVESTMENT]))
    rules = [line.strip() for line in lines if line.startswith("  rule ")]
    assert rules == ["rule quantity.unit", "rule quantity.unit+kind.growth"]
    assert lines.index("  rule quantity.unit+kind.growth") > max(
        i for i, line in enumerate(lines) if "361.4 亿元" in line and line.strip().startswith("+"))


def test_changes_of_rule_period_and_evidence_are_seen():
    moved = GDP.model_copy(deep=True)
    moved.provenance.rule = "quantity.other"
    moved.provenance.evidence = {"metric": Evidence(start=10, end=13)}
    changed = GDP.model_copy(update={"period": Period(text="今年上半年", start="2024-01-01")})
    fields = diff("d", TEXT, [GDP], [moved]).changed[0][2]
    assert fields[0] == "rule" and {"evidence_metric_start", "evidence_metric_end"} <= set(fields[1:])
    assert all(name.startswith("evidence_metric_") for name in fields[1:])
    fields = diff("d", TEXT, [GDP], [changed]).changed[0][2]
    assert fields and all(name.startswith("period_") for name in fields)


def test_several_facts_on_one_span_are_keyed_by_their_order():
    second = GDP.model_copy(update={"value": 1.0})
    assert list(keyed([GDP, second, GROWTH])) == [(GDP.provenance.start, GDP.provenance.end, 0),
                                                  (GDP.provenance.start, GDP.provenance.end, 1),
                                                  (GROWTH.provenance.start, GROWTH.provenance.end, 0)]
    d = diff("d", TEXT, [GDP], [GDP, second])
    assert d.added == [second] and not d.changed and not d.removed


def test_approved_files_round_trip(tmp_path):
    path = approved_path(tmp_path / "d.txt")
    assert path.name == "d.facts.jsonl"
    write_approved(path, [GDP, GROWTH])
    assert load_approved(path) == [GDP, GROWTH]


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "d.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "d.meta.json").write_text(json.dumps({"doc_id": "d", "date": "2024-11-01", "place": "长治市"}),
                                          encoding="utf-8")
    return tmp_path


def test_regress_command(corpus, capsys):
    assert main(["regress", str(corpus)]) == 1
    assert "czfacts regress --update" in capsys.readouterr().out

    assert main(["regress", "--update", str(corpus)]) == 0
    approved = corpus / "d.facts.jsonl"
    assert approved.is_file() and "approved" in capsys.readouterr().out
    assert main(["regress", str(corpus)]) == 0
    assert "the output is the approved output" in capsys.readouterr().out

    facts = load_approved(approved)
    assert facts, "the extractor found nothing in a sentence full of numbers"
    edited = facts[0].model_copy(update={"metric": "edited"})
    write_approved(approved, [edited] + facts[1:] + [fact("完成", 5.0)])
    assert main(["regress", str(corpus / "d.txt")]) == 1
    out = capsys.readouterr().out
    assert 'metric: "edited" →' in out and "- " in out and "--update" in out


def test_regress_reports_a_broken_approved_file(corpus, capsys):
    (corpus / "d.facts.jsonl").write_text("{}\n", encoding="utf-8")
    assert main(["regress", str(corpus)]) == 1
    assert "d.facts.jsonl:1: not a Fact" in capsys.readouterr().err
