"""Numerals: the reader functions case by case, then the same forms through extract().

Values are compared with a relative tolerance; a wrong scale (×1e4 instead of ×1e8) is
off by orders of magnitude, so the tolerance never hides a real error.
"""
import math

import pytest
from hypothesis import given, settings, strategies as st

import czfacts
from czfacts import numerals
from czfacts.numerals import is_digit_by_digit, read_approximate, read_consecutive, read_number


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# --- read_number ------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("1万2千", 12_000),              # digits before each unit, as said aloud
    ("1亿2千万", 120_000_000),
    ("12万3千4百", 123_400),
    ("1万2千5百万", 125_000_000),
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


# --- the other way round: number → Chinese numeral text → read back ----------------------

WRITTEN_DIGITS = "零一二三四五六七八九"
CAPITALS = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")


def _group(n: int, padded: bool) -> str:
    """0 < n < 10000 as 三千零五; ``padded``: a higher section stands before it (一万零五)."""
    out, zero = [], False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            zero = zero or bool(out) or padded
            continue
        if zero:
            out.append("零")
        zero = False
        out.append(WRITTEN_DIGITS[digit] + name)
    return "".join(out)


def write_chinese(n: int) -> str:
    """The standard Chinese numeral of 0 <= n < 10**16, written without any of numerals.py."""
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10**8)
    wan, low = divmod(rest, 10**4)
    text = write_chinese(yi) + "亿" if yi else ""
    if wan:
        text += _group(wan, padded=bool(yi)) + "万"
    if low:
        text += ("零" if yi and not wan and low >= 1000 else "") + _group(low, padded=bool(yi or wan))
    return text[1:] if text.startswith("一十") else text  # 十五, 十万: the leading 一 is dropped


@pytest.mark.parametrize("n,text", [(10, "十"), (15, "十五"), (105, "一百零五"), (1005, "一千零五"),
                                    (10_005, "一万零五"), (100_000_005, "一亿零五"), (100_001_000, "一亿零一千"),
                                    (105_000_000, "一亿零五百万"), (2024, "二千零二十四")])
def test_the_reference_writer(n, text):
    assert write_chinese(n) == text


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_read_number_reads_back_every_written_integer(n):
    assert read_number(write_chinese(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10**12), st.sampled_from([("吨", 1.0, "t"), ("元", 1.0, "CNY"),
                                                                  ("千瓦", 1e3, "W"), ("家", 1.0, "count")]))
def test_extract_reads_back_written_quantities(n, unit):
    surface, scale, canonical = unit
    facts = czfacts.extract(f"全市去年新增{write_chinese(n)}{surface}。", date="2024-11-01", place="长治市")
    assert [(f.value, f.unit) for f in facts] == [(pytest.approx(n * scale, rel=1e-9), canonical)]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**12))
def test_two_and_capital_variants_read_the_same(n):
    text = write_chinese(n)
    assert read_number(text.translate(CAPITALS)) == n
    assert read_number(text.replace("二千", "两千").replace("二百", "两百").replace("二万", "两万").replace("二亿", "两亿")) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.text(alphabet="0123456789", min_size=1, max_size=4))
def test_chinese_decimals_read_back(whole, fraction):
    text = write_chinese(whole) + "点" + "".join(WRITTEN_DIGITS[int(c)] for c in fraction)
    assert close(read_number(text), float(f"{whole}.{fraction}"))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=8), st.sampled_from([(1, ""), (10, "十"), (100, "百"), (1000, "千"),
                                                               (10**4, "万"), (10**5, "十万"), (10**8, "亿")]))
def test_consecutive_digits_read_back_as_a_range(digit, unit):
    place, name = unit
    text = WRITTEN_DIGITS[digit] + WRITTEN_DIGITS[digit + 1] + name
    assert read_consecutive(text) == (digit * place, (digit + 1) * place)


# --- read_consecutive, digit by digit, the exported classes --------------------------------

@pytest.mark.parametrize("text,ends", [
    ("三四万", (30_000, 40_000)), ("七八", (7, 8)), ("三五百", (300, 500)), ("十七八万", (170_000, 180_000)),
    ("二三十万", (200_000, 300_000)), ("两三千", (2_000, 3_000)), ("十一二", (11, 12)), ("五六十", (50, 60)),
])
def test_read_consecutive(text, ends):
    assert read_consecutive(text) == ends


@pytest.mark.parametrize("text", ["二〇一八", "一二三", "三千二百万", "十七", "", "九十", "四六", "五点六七"])
def test_read_consecutive_other_strings(text):
    assert read_consecutive(text) is None


@pytest.mark.parametrize("text,expected", [("二〇一八", True), ("一九四九", True), ("三四", False), ("三百", False),
                                           ("十", False), ("五", False)])
def test_is_digit_by_digit(text, expected):
    assert is_digit_by_digit(text) is expected


@pytest.mark.parametrize("text,value", [("壹仟贰佰参拾肆", 1234), ("壹万伍仟", 15_000), ("陆佰柒拾捌万", 6_780_000),
                                        ("玖仟", 9_000), ("贰拾万", 200_000)])
def test_read_number_capitals(text, value):
    assert read_number(text) == value


def test_named_classes_are_built_from_the_value_tables():
    for c in numerals.NONZERO_DIGIT_CHARS + numerals.ZERO_CHARS:
        assert c in numerals.DIGITS
    assert "两" in numerals.NONZERO_DIGIT_CHARS and "参" in numerals.CAPITAL_CHARS
    every = set(numerals.DIGITS) - {"幺"} | set(numerals.SMALL_UNITS) | set(numerals.BIG_UNITS)
    assert set(numerals.NUMERAL_CHARS) == every


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
    ("一百零几万", 1_000_000, "gt"),
    ("一百零几", 100, "gt"),
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


def test_quantity_rules_spell_no_numeral_class_of_their_own():
    """The numeral characters are written once, in numerals.py: a character class in the
    quantity readers that lists two numeral characters is a copy that will drift."""
    import ast
    import pathlib

    import regex

    rules = pathlib.Path(czfacts.__file__).parent / "rules" / "quantity"
    numeral = f"[{numerals.NUMERAL_CHARS}]"
    spelled = regex.compile(rf"\[[^\]]*{numeral}[^\]]*{numeral}[^\]]*\]")
    copies = [(path.name, node.value) for path in sorted(rules.glob("*.py"))
              for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
              if isinstance(node, ast.Constant) and isinstance(node.value, str) and spelled.search(node.value)]
    assert not copies, copies
