"""Every rule's own examples, collected from the rule declarations (czfacts/rules/*.py).

A positive example must yield a fact made (or refined) by its rule with the listed fields;
a negative example must yield no fact made by its rule. Quantity and period rules decide
whether a fact exists at all, so their negatives must yield no fact, or none on the span a
negative marks with 【】 (a threshold inside a sentence whose count is a fact).
"""
import pytest

import czfacts
from czfacts.rules import all_rules

EXISTENCE_RULES = ("quantity", "period", "nonfacts")  # rules that decide whether a number is a fact at all


def made_by(fact, rule_name: str) -> bool:
    chain = fact.provenance.rule.split("+")
    return any(step == rule_name or step.startswith(rule_name + ".") for step in chain)


def field_of(fact, name):
    if name == "span":
        return fact.provenance.text
    value = getattr(fact, name)
    return value.model_dump() if hasattr(value, "model_dump") else value


def agrees(fact, fields: dict) -> bool:
    for name, want in fields.items():
        got = field_of(fact, name)
        if isinstance(want, dict):
            if not isinstance(got, dict) or any(got.get(k) != v for k, v in want.items()):
                return False
        elif isinstance(want, float) and isinstance(got, float):
            if abs(got - want) > 1e-6 * max(1.0, abs(want)):
                return False
        elif got != want:
            return False
    return True


POSITIVE = [(rule, ex) for rule in all_rules() for ex in rule.examples]
NEGATIVE = [(rule, text) for rule in all_rules() for text in rule.negatives]


@pytest.mark.parametrize("rule,example", POSITIVE, ids=[f"{r.name}:{e.text[:24]}" for r, e in POSITIVE])
def test_positive_example(rule, example):
    facts = czfacts.extract(example.text, date=example.date, place=example.place)
    relevant = facts if rule.name.split(".")[0] in ("subject", "metric", "modality", "period", "distribute") else \
        [f for f in facts if made_by(f, rule.name)]
    assert any(agrees(f, example.fields) for f in relevant), (
        f"{rule.name}: no fact with {example.fields} in {example.text!r}; got "
        + "; ".join(f"{f.provenance.text}={f.value} {f.unit} {f.kind} metric={f.metric} subject={f.subject} "
                    f"period={f.period} rule={f.provenance.rule}" for f in facts))


@pytest.mark.parametrize("rule,text", NEGATIVE, ids=[f"{r.name}:{t[:24]}" for r, t in NEGATIVE])
def test_negative_example(rule, text):
    marked, end = text.find("【"), text.find("】") - 1
    text = text.replace("【", "").replace("】", "")
    facts = czfacts.extract(text, date="2024-11-01", place="长治市")
    if marked >= 0:  # 【…】 marks the one span that gives no fact; the sentence's other facts stay
        offending = [f for f in facts if f.provenance.start < end and f.provenance.end > marked]
    elif rule.name.split(".")[0] in EXISTENCE_RULES:
        offending = facts
    else:
        offending = [f for f in facts if made_by(f, rule.name)]
    assert not offending, f"{rule.name} should make no fact in {text!r}: {[f.provenance.text for f in offending]}"


def test_every_rule_has_examples():
    for rule in all_rules():
        assert rule.examples or rule.negatives, f"{rule.name} has no examples"
        assert rule.doc


def test_every_declared_rule_is_gathered():
    """A Rule declared in a module of czfacts.rules but not gathered by all_rules() would have its
    examples never run (four non-fact rules were so, unseen, until this test)."""
    import importlib
    import pkgutil

    import czfacts.rules
    gathered = {id(rule) for rule in all_rules()}
    missed = []
    for package in (czfacts.rules, czfacts.rules.quantity):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            missed += [f"{module.__name__}.{name}" for name, value in vars(module).items()
                       if isinstance(value, czfacts.rules.Rule) and id(value) not in gathered]
    assert not missed, missed


SUBJECT_EXAMPLES = [(rule, ex) for rule, ex in POSITIVE if rule.name.startswith("subject") and "subject" in ex.fields]


@pytest.mark.parametrize("rule,example", SUBJECT_EXAMPLES, ids=[f"{r.name}:{e.text[:24]}" for r, e in SUBJECT_EXAMPLES])
def test_subject_examples_are_read_not_defaulted(rule, example):
    """A subject example proves the rule only if the subject was read from the text, not
    defaulted to the document's place (subject.document), which any text would pass."""
    facts = czfacts.extract(example.text, date=example.date, place=example.place)
    read = [f for f in facts if agrees(f, example.fields)
            and any(step == rule.name or step.startswith(rule.name + ".") and step != "subject.document"
                    for step in f.provenance.rule.split("+"))]
    assert read, f"{rule.name}: {example.text!r} passes only through the document's place"


def test_a_quoted_name_before_a_noun_labels_it_and_owns_nothing():
    facts = czfacts.extract("“蓉欧港”班列实现首发，枢纽铁路接入率达到98%", date="2025-01-19", place="四川省")
    assert [(f.subject, f.provenance.evidence["subject"].how) for f in facts] == [("四川省", "document")]


def test_an_organisation_whose_data_is_quoted_owns_none_of_the_figures():
    facts = czfacts.extract("中国人民银行数据显示，9月末人民币贷款余额254.7万亿元。", date="2025-10-20", place="中国")
    assert [(f.subject, f.provenance.evidence["subject"].how) for f in facts] == [("中国", "document")]


def test_a_report_clause_with_its_own_topic_takes_no_area_from_the_clause_before():
    text = "2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n三峡库区存量危岩清患率超过90%，74个国控断面水质优良比例达到100%。"
    facts = czfacts.extract(text, date="2025-01-19", place="重庆市")
    assert [(f.provenance.text, f.subject) for f in facts] == [("90%", "三峡库区"), ("74个", "重庆市"), ("100%", "重庆市")]


def test_a_report_clause_of_an_action_of_its_own_takes_no_place_from_the_clause_before():
    text = ("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n"
            "海东市最后一个未通电行政村接入电网，新建农村户厕2万座，改造农村公路3000公里。"
            "西宁市生产总值增长6%，增速居全省第一。")
    facts = czfacts.extract(text, date="2025-01-19", place="青海省")
    assert [(f.provenance.text, f.subject) for f in facts] == [
        ("2万座", "青海省"), ("3000公里", "青海省"), ("6%", "西宁市"), ("第一", "西宁市")]


def test_a_report_city_that_names_a_thing_owns_no_later_clause_with_its_own_topic():
    text = ("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n"
            "宁波综合改革试点15项经验在全国推广，山区县机构改革评估位居全国第一。"
            "宁波地区生产总值增长6%，财政收入增长5%。")  # (a city before its indicator owns the clauses after it)
    facts = czfacts.extract(text, date="2025-01-20", place="浙江省")
    assert [(f.provenance.text, f.subject) for f in facts] == [
        ("15项", "宁波市"), ("第一", "浙江省"), ("6%", "宁波市"), ("5%", "宁波市")]


@pytest.mark.parametrize("purse, place", [("省财政", "湖南省"), ("自治区财政", "广西壮族自治区")])
def test_a_public_purse_owns_nothing_and_funds_the_field_after_it(purse, place):
    facts = czfacts.extract(f"去年{purse}科技投入120亿元，增长15%。", date="2025-01-19", place=place)
    assert [(f.provenance.text, f.metric, f.subject) for f in facts] == [
        ("120亿元", f"{purse}科技投入", place), ("15%", f"{purse}科技投入", place)]


@pytest.mark.parametrize("heading, start, end", [
    ("一、“十三五”时期经济社会发展的回顾", "2016-01-01", "2020-12-31"),  # a plan's years
    ("一、过去五年工作回顾", "2016-01-01", "2020-12-31"),               # the years a review spans
])
def test_a_report_heading_that_spans_years_governs_its_section(heading, start, end):
    text = f"各位代表：\n{heading}\n全国粮食产量增长12%，新建农村公路80万公里。"
    facts = czfacts.extract(text, date="2021-03-05", place="中国")
    assert [(f.period.start, f.period.end) for f in facts] == [(start, end)] * 2


def test_a_year_word_across_the_words_of_the_text_is_no_period():
    # 以上|年度 and 基础上|年均 hold the characters of 上年, and no period
    facts = czfacts.extract("2023年，全县评出省级以上年度优秀企业32家，在稳定的基础上年均增长7%。", date="2024-03-01", place="山西省")
    assert [(f.provenance.text, f.period.text) for f in facts] == [("32家", "2023年"), ("7%", "2023年")]


def test_a_plan_starts_from_a_level_that_is():
    facts = czfacts.extract("今年，困难群众生活补贴标准从每人每月300元提高到320元。", date="2025-01-20", place="广东省")
    assert [(f.provenance.text, f.modality) for f in facts] == [("300元", "actual"), ("320元", "target")]
