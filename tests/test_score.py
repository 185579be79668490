"""SPEC §7 matching and scoring on small hand-made gold/prediction pairs."""
import json

import pytest

from czfacts.cli import main
from czfacts.fact import Fact, Period, Provenance
from czfacts.dev.rulebook import owner
from czfacts.dev.score import match, per_kind, per_rule, prf, score_document, summarize

TEXT = "今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%,分别增长 44.3 和 40.6 个百分点。"


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def gold(surface, value, unit="%", kind="growth", **fields) -> dict:
    start, end = at(surface)
    line = {"value": value, "upper": None, "unit": unit, "kind": kind, "bound": "eq", "metric": "GDP",
            "subject": "长治市", "period": {"text": "今年上半年", "start": "2024-01-01", "end": "2024-06-30"},
            "modality": "actual", "comparison": "yoy" if kind == "growth" else None,
            "provenance": {"start": start, "end": end, "text": surface}}
    return {**line, **fields}


def negative(surface) -> dict:
    start, end = at(surface)
    return {"negative": True, "provenance": {"start": start, "end": end, "text": surface}, "note": "n"}


def pred(surface, value, unit="%", kind="growth", rule="quantity.unit+kind.growth", **fields) -> Fact:
    """A prediction agreeing with gold() in every field unless ``fields`` say otherwise."""
    start, end = at(surface)
    defaults = {"metric": "GDP", "subject": "长治市", "modality": "actual",
                "period": Period(text="今年上半年", start="2024-01-01", end="2024-06-30"),
                "comparison": "yoy" if kind == "growth" else None}
    return Fact(value=value, unit=unit, kind=kind, **{**defaults, **fields},
                provenance=Provenance(start=start, end=end, text=surface, sentence_start=0,
                                      sentence_end=len(TEXT), rule=rule))


def score(golds, preds, negatives=()):
    return summarize([score_document("d", TEXT, list(golds), list(negatives), list(preds))])


def test_exact_match_is_a_full_fact():
    s = score([gold("1.7%", 1.7)], [pred("1.7%", 1.7)])
    assert s["quantity"] == s["full_fact"] == s["detection"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


@pytest.mark.parametrize("value,matched", [(1.7 * (1 + 5e-7), True), (1.7 * (1 + 5e-6), False), (-1.7, False)])
def test_value_has_relative_tolerance(value, matched):
    s = score([gold("1.7%", 1.7)], [pred("1.7%", value)])
    assert s["counts"]["detected"] == 1
    assert s["counts"]["matched"] == int(matched)


@pytest.mark.parametrize("value,matched", [(0.0, True), (-0.0, True), (1e-15, True), (1e-6, False)])
def test_zero_matches_only_zero_up_to_float_noise(value, matched):
    assert score([gold("1.7%", 0.0)], [pred("1.7%", value)])["counts"]["matched"] == int(matched)


def test_unit_or_kind_disagreement_is_detection_only():
    s = score([gold("1.7%", 1.7), gold("1195.7 亿元", 1.1957e11, "CNY", "amount")],
              [pred("1.7%", 1.7, kind="share"), pred("1195.7 亿元", 1.1957e11, "t", "amount")])
    assert s["counts"] == {"gold": 2, "predicted": 2, "detected": 2, "matched": 0, "full": 0,
                           "negative_hits": 0}
    assert s["detection"]["f1"] == 1.0 and s["quantity"]["f1"] == 0.0


def test_overlapping_span_is_enough_to_match():
    start, end = at("1195.7 亿元")
    wide = pred("1195.7 亿元", 1.1957e11, "CNY", "amount").model_copy(deep=True)
    wide.provenance.start, wide.provenance.end = start - 3, end - 2
    assert score([gold("1195.7 亿元", 1.1957e11, "CNY", "amount")], [wide])["counts"]["matched"] == 1


def test_matching_prefers_the_gold_fact_the_prediction_agrees_with():
    # one prediction over "44.3 和 40.6 个百分点" overlaps both gold facts; it matches the second
    wide = pred("44.3 和 40.6 个百分点", 40.6, "pp", "change")
    pairs = match([gold("44.3", 44.3, "pp", "change"), gold("40.6 个百分点", 40.6, "pp", "change")], [wide])
    assert [(p.gold["value"], p.matched) for p in pairs] == [(40.6, True)]


def test_matching_is_one_to_one():
    doc = score_document("d", TEXT, [gold("1.7%", 1.7)], [], [pred("1.7%", 1.7), pred("1.7%", 1.7)])
    assert len(doc.pairs) == 1 and len(doc.spurious) == 1 and doc.misses == []
    assert summarize([doc])["quantity"] == {"precision": 0.5, "recall": 1.0, "f1": 2 / 3}


def test_misses_and_spurious():
    doc = score_document("d", TEXT, [gold("1.7%", 1.7)], [], [pred("40.6 个百分点", 40.6, "pp", "change")])
    assert doc.pairs == [] and len(doc.misses) == 1 and len(doc.spurious) == 1


@pytest.mark.parametrize("field,predicted,right", [
    ("metric", "G D P", True),
    ("metric", "地区生产总值", True),      # an alt
    ("metric", "GDP总量", False),
    ("metric", None, False),
    ("subject", "长治", True),             # an alt
    ("subject", "山西", False),
    ("bound", "gt", False),
    ("modality", "target", False),
])
def test_text_fields_ignore_whitespace_and_accept_alts(field, predicted, right):
    g = gold("1.7%", 1.7, metric="GDP", metric_alts=["地区 生产总值"], subject_alts=["长治"])
    s = score([g], [pred("1.7%", 1.7, **{field: predicted})])
    assert s["fields"][field]["accuracy"] == float(right)
    assert s["counts"]["full"] == int(right)


@pytest.mark.parametrize("gold_period,predicted,right", [
    (None, None, True),
    (None, Period(text="每年"), True),                           # null = null start and end
    ({"text": "每年", "start": None, "end": None}, None, True),
    ({"text": "目前", "start": "2024-12-04", "end": "2024-12-04"},
     Period(text="目前", end="2024-12-04"), True),              # a period_alt
    ({"text": "目前", "start": "2024-12-04", "end": "2024-12-04"},
     Period(text="当前", start="2024-12-04", end="2024-12-04"), True),   # text is not scored
    ({"text": "目前", "start": "2024-12-04", "end": "2024-12-04"}, None, False),
])
def test_period_compares_start_and_end(gold_period, predicted, right):
    g = gold("1.7%", 1.7, period=gold_period,
             period_alts=[{"text": "目前", "start": None, "end": "2024-12-04"}])
    s = score([g], [pred("1.7%", 1.7, period=predicted)])
    assert s["fields"]["period"]["right"] == int(right)


def test_comparison_is_reported_but_not_part_of_the_full_fact():
    s = score([gold("1.7%", 1.7)], [pred("1.7%", 1.7, comparison="mom")])
    assert s["fields"]["comparison"]["accuracy"] == 0.0
    assert s["counts"]["full"] == 1


def test_every_prediction_on_a_negative_span_is_reported():
    s = score([], [pred("今年上半年", 0.5, "year", "amount"), pred("1.7%", 1.7)], [negative("上半年")])
    assert [(h["text"], h["negative"]) for h in s["negative_hits"]] == [("今年上半年", "上半年")]


def test_per_kind_and_per_rule():
    doc = score_document("d", TEXT, [gold("1.7%", 1.7), gold("1195.7 亿元", 1.1957e11, "CNY", "amount")], [],
                         [pred("1.7%", 1.7), pred("40.6 个百分点", 40.6, "pp", "change", rule="quantity.unit+kind.change")])
    kinds = per_kind([doc])
    assert (kinds["growth"]["precision"], kinds["growth"]["recall"]) == (1.0, 1.0)
    assert (kinds["amount"]["predicted"], kinds["amount"]["recall"]) == (0, 0.0)
    assert kinds["change"]["precision"] == 0.0 and kinds["change"]["recall"] is None
    rules = per_rule([doc])
    assert rules["quantity.unit"] == {"predicted": 2, "matched": 1, "full": 1, "precision": 0.5, "recall": 0.5,
                                      "field_accuracy": None}
    assert rules["kind.growth"]["precision"] == 1.0 and rules["kind.change"]["matched"] == 0
    assert set(per_rule([doc], lambda name: name.split(".")[0])) == {"quantity", "kind"}


@pytest.mark.parametrize("name,expected", [
    ("quantity.count", "quantity"), ("quantity.article.x", "quantity.article"), ("quantity", "quantity"),
    ("quantityx", "quantityx"), ("kind.growth.distributive", "kind.growth"),
])
def test_refinements_are_credited_to_the_longest_declared_rule(name, expected):
    assert owner(name, ["quantity", "quantity.article", "kind.growth"]) == expected


def test_prf_with_empty_sides():
    assert prf(0, 0, 0) == {"precision": None, "recall": None, "f1": None}
    assert prf(0, 0, 4) == {"precision": None, "recall": 0.0, "f1": 0.0}


@pytest.fixture
def tiny_corpus(tmp_path):
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    meta = {"doc_id": "t", "date": "2024-11-01", "place": "长治市", "source": "s", "title": "t"}
    (tmp_path / "t.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    lines = [gold("1195.7 亿元", 1.1957e11, "CNY", "amount", comparison=None), gold("1.7%", 1.7)]
    (tmp_path / "t.gold.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines),
                                           encoding="utf-8")
    return tmp_path


def test_eval_command(tiny_corpus, capsys):
    assert main(["eval", str(tiny_corpus), "--show", "misses", "--show", "wrong", "--show", "spurious"]) == 0
    out = capsys.readouterr().out
    assert "quantity" in out and "per document" in out and "--- spurious" in out
    assert main(["eval", str(tiny_corpus / "t.txt"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["gold"] == 2


def test_eval_without_the_date_scores_as_a_caller_that_gave_none(tiny_corpus, capsys):
    """今年上半年 with no date in the text: known, the period is right; unknown, it has no dates."""
    assert main(["eval", str(tiny_corpus), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["fields"]["period"]["right"] == 2
    assert main(["eval", str(tiny_corpus), "--json", "--without", "date"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["fields"]["period"]["right"] == 0 and scores["fields"]["subject"]["right"] == 2
    assert main(["eval", str(tiny_corpus), "--json", "--without", "place"]) == 0
    assert json.loads(capsys.readouterr().out)["fields"]["period"]["right"] == 2


def test_eval_refuses_an_article_without_gold(tiny_corpus, capsys):
    (tiny_corpus / "t.gold.jsonl").unlink()
    assert main(["eval", str(tiny_corpus / "t.txt")]) == 1
    assert "no gold file" in capsys.readouterr().err


def test_rules_command(tiny_corpus, capsys):
    assert main(["rules", str(tiny_corpus)]) == 0
    assert "quantity" in capsys.readouterr().out


def test_an_attribution_rule_is_charged_for_its_field():
    doc = score_document("d", TEXT, [gold("1.7%", 1.7), gold("1195.7 亿元", 1.1957e11, "CNY", "amount")], [],
                         [pred("1.7%", 1.7, rule="quantity.unit+kind.growth+metric.inherited", metric="产值"),
                          pred("1195.7 亿元", 1.1957e11, "CNY", "amount", rule="quantity.unit+metric")])
    rules = per_rule([doc])
    assert rules["metric.inherited"]["field_accuracy"] == 0.0 and rules["metric"]["field_accuracy"] == 1.0
    assert rules["quantity.unit"]["field_accuracy"] is None  # a quantity rule decides no attribute
