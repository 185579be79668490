"""Numerals: the reader functions case by case, then the same forms through extract().

Values are compared with a relative tolerance; a wrong scale (×1e4 instead of ×1e8) is
off by orders of magnitude, so the tolerance never hides a real error.
"""
import math

import pytest
from hypothesis import given, settings, strategies as st

import czfacts
from czfacts.numerals import read_approximate, read_number


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# --- read_number ------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("三千二百万", 32_000_000),
    ("两万", 20_000),
    ("一百零五", 105),
    ("十二", 12),
    ("十", 10),
    ("二十", 20),
    ("〇", 0),
    ("零", 0),
    ("壹贰叁", 123),
    ("壹佰零伍", 105),
    ("1.08亿", 108_000_000),
    ("3.5万", 35_000),
    ("1000万", 10_000_000),
    ("1,000万", 10_000_000),          # read_number drops ASCII commas itself too
    ("万亿", 1e12),
    ("1.2万亿", 1.2e12),
    ("一万亿", 1e12),
    ("三亿五千万", 350_000_000),
    ("五点五", 5.5),
    ("零点三", 0.3),
    ("二〇二四", 2024),
    ("两千零二十四", 2024),
    ("一千零十", 1010),
    ("一千零一亿", 100_100_000_000),
    ("十万零五", 100_005),
    ("二万零三百", 20_300),
    ("一亿零五万", 100_050_000),
    ("十一万五千", 115_000),
    ("二十万亿", 2e13),
    ("九千九百九十九万九千九百九十九", 99_999_999),
    ("1195.7", 1195.7),
    ("1195.7亿", 119_570_000_000),
    ("0", 0),
    ("  12  ", 12),
])
def test_read_number(text, value):
    assert close(read_number(text), value), (text, read_number(text))


@pytest.mark.parametrize("text,value", [
    ("一百五", 150),        # a bare digit after the last unit is that unit's tenth
    ("三千五", 3_500),
    ("三万五", 35_000),
    ("一亿五", 150_000_000),
    ("十五", 15),
    ("一百零五", 105),      # ... unless 零 pads it
    ("三万零五", 30_005),
])
def test_read_number_abbreviated_tail(text, value):
    assert close(read_number(text), value), (text, read_number(text))


@pytest.mark.parametrize("text,value", [
    ("三点五万", 35_000),
    ("一点二万亿", 1.2e12),
    ("一百零五点五", 105.5),
])
def test_read_number_chinese_decimal_with_scale(text, value):
    assert close(read_number(text), value)


@pytest.mark.parametrize("garbage", [
    "", " ", "abc", "点", "一百点", "三点", "..", "1.2.3", "1e5", "nan", "inf", "-5",
    "十十", "一二十", "百千", "一二三四五六七八九十", "一百零", "三千百", "百分之五点五",
    "五%", "12abc", "亿元", "1_000", "上百", "数十", "十几万", "\x00", "𠀀",
])
def test_read_number_garbage_is_none(garbage):
    assert read_number(garbage) is None


@pytest.mark.parametrize("not_a_str", [None, 5, 5.5, b"12", ["12"]])
def test_read_number_non_strings_are_none(not_a_str):
    assert read_number(not_a_str) is None
    assert read_approximate(not_a_str) is None


def test_read_number_never_returns_infinity():
    assert read_number("9" * 400) is None
    assert read_number("9" * 400 + "亿") is None
    assert read_number("9" * 300 + "亿") == pytest.approx(1e308)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,一二两三四五六七八九十百千万亿零〇点壹贰叁拾佰仟几数上成%元 ", max_size=12)
       | st.text(max_size=12))
def test_read_number_never_raises(s):
    value = read_number(s)
    assert value is None or (isinstance(value, float) and math.isfinite(value) and value >= 0)
    approx = read_approximate(s)
    assert approx is None or (math.isfinite(approx[0]) and approx[1] in ("gt", "ge"))


# --- read_approximate -------------------------------------------------------------------

@pytest.mark.parametrize("text,value,bound", [
    ("数十", 10, "gt"),
    ("数百", 100, "gt"),
    ("数百万", 1_000_000, "gt"),
    ("十几万", 100_000, "gt"),
    ("十几", 10, "gt"),
    ("二十几", 20, "gt"),
    ("几十万", 100_000, "gt"),
    ("几百", 100, "gt"),
    ("上百", 100, "ge"),
    ("上千万", 10_000_000, "ge"),
    ("上万", 10_000, "ge"),
    ("上亿", 100_000_000, "ge"),
])
def test_read_approximate(text, value, bound):
    got = read_approximate(text)
    assert got is not None and close(got[0], value) and got[1] == bound, (text, got)


@pytest.mark.parametrize("text", ["", "几", "数", "上", "上海", "数据", "三千二百万", "12", "几几"])
def test_read_approximate_other_strings_are_none(text):
    assert read_approximate(text) is None


# --- through extract() ------------------------------------------------------------------

def only(text, **kw):
    facts = czfacts.extract(text, date="2024-11-01", place="长治市", **kw)
    assert len(facts) == 1, [(f.provenance.text, f.value, f.unit) for f in facts]
    return facts[0]


@pytest.mark.parametrize("text,span,value,unit", [
    ("全市城镇居民人均可支配收入增长百分之五点五。", "百分之五点五", 5.5, "%"),
    ("全市城镇登记失业率为千分之三。", "千分之三", 0.3, "%"),
    ("全市八成企业实现盈利。", "八成", 80, "%"),
    ("全市七成五的企业实现盈利。", "七成五", 75, "%"),
    ("全市三成半的企业实现盈利。", "三成半", 35, "%"),
    ("全市人口出生率为7.19‰。", "7.19‰", 0.719, "%"),
    ("全市固定资产投资完成三千二百万元。", "三千二百万元", 32_000_000, "CNY"),
    ("全市新增市场主体两万家。", "两万家", 20_000, "count"),
    ("全市新建学校一百零五所。", "一百零五所", 105, "count"),
    ("全市固定资产投资1.08亿元。", "1.08亿元", 108_000_000, "CNY"),
    ("全市粮食产量3.5万吨。", "3.5万吨", 35_000, "t"),
    ("全市投资1,000万元。", "1,000万元", 10_000_000, "CNY"),
    ("全市存款余额1.2万亿元。", "1.2万亿元", 1.2e12, "CNY"),
    ("全市招商引资三亿五千万元。", "三亿五千万元", 350_000_000, "CNY"),
])
def test_extract_numeral_forms(text, span, value, unit):
    fact = only(text)
    assert fact.provenance.text == span
    assert close(fact.value, value), fact.value
    assert fact.unit == unit


def test_extract_bound_before_fraction_stays_outside_the_span():
    fact = only("全市超八成企业实现盈利。")
    assert (fact.provenance.text, fact.value, fact.unit, fact.kind, fact.bound) == ("八成", 80, "%", "share", "gt")


@pytest.mark.parametrize("text,span,value,bound", [
    ("全市吸引数十家企业入驻。", "数十家", 10, "gt"),
    ("全市吸纳十几万人就业。", "十几万人", 100_000, "gt"),
    ("全市新增上百家企业。", "上百家", 100, "ge"),
    ("全市新增上万人就业。", "上万人", 10_000, "ge"),
    ("全市新增几百家企业。", "几百家", 100, "gt"),
    ("全市营业收入200多亿元。", "200多亿元", 20_000_000_000, "gt"),
])
def test_extract_approximate_numerals(text, span, value, bound):
    fact = only(text)
    assert (fact.provenance.text, fact.bound) == (span, bound)
    assert close(fact.value, value)


def test_extract_range_with_scale_on_both_ends():
    fact = only("全市计划投资10亿至20亿元。")
    assert fact.provenance.text == "10亿至20亿元"
    assert (fact.value, fact.upper, fact.unit) == (1e9, 2e9, "CNY")


def test_extract_range_borrowing_the_second_scale():
    fact = only("全市新增产能3—5万吨。")
    assert fact.provenance.text == "3—5万吨"
    assert (fact.value, fact.upper, fact.unit) == (30_000, 50_000, "t")


def test_extract_percent_range_with_unit_on_both_ends():
    fact = only("全市工业增加值增长10%-15%。")
    assert fact.provenance.text == "10%-15%"
    assert (fact.value, fact.upper, fact.unit, fact.kind) == (10, 15, "%", "growth")


def test_extract_decimal_percent_range_with_em_dash():
    fact = only("全市各县增速在5.48%—14.2%之间。")
    assert fact.provenance.text == "5.48%—14.2%"
    assert (fact.value, fact.upper, fact.unit) == (5.48, 14.2, "%")


def test_extract_chinese_decimal_percent_is_growth():
    fact = only("全市城镇居民人均可支配收入增长百分之五点五。")
    assert fact.kind == "growth"


def test_extract_overflowing_number_gives_no_infinite_fact():
    facts = czfacts.extract("全市投资" + "9" * 308 + "多亿元。")
    assert all(math.isfinite(f.value) for f in facts)
    assert all(czfacts.Fact.from_json(f.to_json()) == f for f in facts)
