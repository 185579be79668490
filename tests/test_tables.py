"""Tables (czfacts/rules/table.py): one fact per numeric cell, offsets on the cell's own
characters, header cells and footnotes no facts, prose around a table read as before."""
import pathlib
import re

import pytest

import czfacts
from czfacts.articles import facts_of

CORPORA = pathlib.Path(__file__).resolve().parents[1] / "corpora"

# An invented 70-city style table: wide spaces inside city names, two halves per row,
# an =100 base row, a blank cell (—).
HOUSING = ("表2：2024年8月4个城市新建商品住宅销售价格指数\n"
           "城市\t环比\t同比\t1-8月平均\t城市\t环比\t同比\t1-8月平均\n"
           "上月=100\t上年同月=100\t上年同期=100\t上月=100\t上年同月=100\t上年同期=100\n"
           "北　　京\t99.4\t96.1\t97.0\t秦 皇 岛\t99.1\t—\t95.2\n"
           "吉　　林\t100.2\t98.8\t99.0\t乌鲁木齐\t99.8\t97.7\t98.1\n"
           "注：环比以上月价格为100，同比以上年同月价格为100。\n")

# Prose, then an invented communiqué table with a unit column and a footnote.
COMMUNIQUE = ("全年全市原煤产量9876.5万吨，比上年增长2.1%。\n"
              "表3 2023年主要工业产品产量\n"
              "\t单位\t产量\t比上年增长（%）\n"
              "原煤\t万吨\t9876.5\t2.1\n"
              "焦炭\t万吨\t1520.3\t-0.8\n"
              "汽车\t辆\t\t5.0\n"
              "注：1．本表数据四舍五入。\n")


def table_facts(text, **kw):
    return [f for f in czfacts.extract(text, **kw) if f.provenance.rule.startswith("table.")]


def test_every_number_cell_is_one_fact_and_blanks_none():
    facts = table_facts(HOUSING, date="2024-09-20", place="中国")
    assert [f.provenance.text for f in facts] == ["99.4", "96.1", "97.0", "99.1", "95.2",
                                                  "100.2", "98.8", "99.0", "99.8", "97.7", "98.1"]


def test_offsets_are_the_cells_own_characters_with_wide_spaces_in_the_labels():
    text = "前言\u3000\u3000说明\n" + HOUSING
    facts = table_facts(text, date="2024-09-20", place="中国")
    assert facts
    for f in facts:
        assert text[f.provenance.start:f.provenance.end] == f.provenance.text
        assert f.provenance.evidence["subject"].start is not None
        s = f.provenance.evidence["subject"]
        assert text[s.start:s.end].replace("\u3000", "").replace(" ", "") in f.subject


def test_city_rows_are_subjects_and_the_halves_keep_their_own_city():
    facts = {f.provenance.text: f for f in table_facts(HOUSING, date="2024-09-20", place="中国")}
    assert facts["96.1"].subject == "北京市"
    assert facts["95.2"].subject == "秦皇岛市"      # second half of the row
    assert facts["100.2"].subject == "吉林市"       # a city table: the city, not the province
    assert facts["97.7"].subject == "乌鲁木齐市"


def test_bases_give_index_comparison_and_header_periods():
    facts = {f.provenance.text: f for f in table_facts(HOUSING, date="2024-09-20", place="中国")}
    mom, yoy, ytd = facts["99.4"], facts["96.1"], facts["97.0"]
    assert (mom.unit, mom.kind, mom.comparison) == ("index", "amount", "mom")
    assert yoy.comparison == "yoy" and ytd.comparison == "yoy"
    assert (mom.period.start, mom.period.end) == ("2024-08-01", "2024-08-31")    # the caption's month
    assert (ytd.period.start, ytd.period.end) == ("2024-01-01", "2024-08-31")    # the column's 1-8月
    assert mom.metric == "新建商品住宅销售价格指数"


def test_header_and_footnote_numbers_are_no_facts():
    facts = czfacts.extract(HOUSING, date="2024-09-20", place="中国")
    texts = [f.provenance.text for f in facts]
    assert "100" not in texts and "4个" not in texts and "1" not in texts
    assert all(f.provenance.rule.startswith("table.") for f in facts)


def test_unit_column_and_prose_before_the_table():
    facts = czfacts.extract(COMMUNIQUE, date="2024-03-01", place="长治市")
    prose = [f for f in facts if not f.provenance.rule.startswith("table.")]
    assert [f.provenance.text for f in prose] == ["9876.5万吨", "2.1%"]
    cells = {f.provenance.text: f for f in facts if f.provenance.rule.startswith("table.")}
    assert set(cells) == {"9876.5", "2.1", "1520.3", "-0.8", "5.0"}    # the empty 汽车 cell: none
    assert (cells["1520.3"].value, cells["1520.3"].unit, cells["1520.3"].metric) == (15203000.0, "t", "焦炭产量")
    assert (cells["-0.8"].kind, cells["-0.8"].value, cells["-0.8"].comparison) == ("growth", -0.8, "yoy")
    assert cells["5.0"].metric == "汽车产量"
    assert (cells["2.1"].period.start, cells["2.1"].period.end) == ("2023-01-01", "2023-12-31")


def test_prose_without_tables_is_read_as_before():
    text = "全市地区生产总值完成1195.7亿元，增长1.7%。\n城镇居民人均可支配收入40000元。"
    assert not table_facts(text, date="2024-11-01", place="长治市")
    assert [f.provenance.text for f in czfacts.extract(text, date="2024-11-01", place="长治市")] == \
        ["1195.7亿元", "1.7%", "40000元"]


@pytest.mark.skipif(not (CORPORA / "sr_nbs_industrial_profits_2021m11.txt").is_file(), reason="corpus article absent")
def test_industrial_profits_tables_in_the_corpus():
    path = CORPORA / "sr_nbs_industrial_profits_2021m11.txt"
    text = path.read_text(encoding="utf-8")
    cells = [f for f in facts_of(str(path)) if f.provenance.rule.startswith("table.")]
    rows = [l for l in text.split("\n") if "\t" in l and re.fullmatch(r"-?[\d.]+", l.split("\t")[1])]
    assert len(cells) == sum(len(l.split("\t")) - 1 for l in rows)
    total = next(f for f in cells if f.provenance.text == "1143083.8")
    assert (total.value, total.unit, total.metric, total.subject) == (114308380000000.0, "CNY", "规模以上工业企业营业收入", "中国")
    assert (total.period.start, total.period.end) == ("2021-01-01", "2021-11-30")
    decline = next(f for f in cells if f.provenance.text == "-28.2")
    assert (decline.kind, decline.value, decline.metric) == ("growth", -28.2, "电力、热力、燃气及水生产和供应业利润总额")
