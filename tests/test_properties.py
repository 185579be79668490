"""Properties of extract() over arbitrary text: it never raises, every offset slices back to
its text, the output is deterministic and in text order, and every fact survives JSON."""
import math
import os

from hypothesis import HealthCheck, example, given, settings, strategies as st

import czfacts

WORDS = ["全市", "长治市", "全省", "GDP", "完成", "增长", "下降", "提高", "投资", "新增", "企业", "分别",
         "占比", "比重", "同比", "比上年", "第二", "前三", "首位", "八成", "超", "约", "以上", "不到", "多",
         "今年上半年", "前三季度", "1-8月", "2024年", "到2025年", "力争", "目标", "十四五", "二十大"]
NUMBERS = ["1195.7", "1.7", "0", "12", "3.5", "1,234.5", "1，234", "１２３．５", "三千二百万", "两万",
           "一百零五", "五点五", "数十", "十几万", "上百", "几百", "10亿至20亿", "3—5万", "10%-15%",
           "百分之", "千分之三", "七成五", "三成半", "9" * 40]
UNITS = ["亿元", "万元", "元", "美元", "%", "％", "‰", "个百分点", "吨", "万吨", "千瓦时", "万千瓦", "MW",
         "平方公里", "亩", "立方米", "个月", "天", "倍", "家", "个", "座", "人次", "户", "億元", "萬噸"]
PUNCT = ["，", "。", "、", "；", "：", "（", "）", "“", "”", ",", ".", ";", "(", ")", "-", "—", "~", "至", "和",
         " ", "　", "\u00a0", "\u200b", "\t"]
BREAKS = ["\n", "\r\n", "\n\n", "\r", "\u2028"]
MARKUP = ["<p>", "</p>", "<br>", "<br/>", "&nbsp;", "&amp;", "&amp", "&#49;", "&#x4e00;", "&#" + "9" * 30 + ";",
          "<script>x</script>", "<script>", "</script>", "<style>", "<!--", "-->", "<!-->", "<", ">", "</", "</>",
          "<td>", "</td>", "<tr>", "<table>", "</table>", "<nav>", "</nav>", "<header>", "<footer>", "<aside>",
          "<template>", "<div class='a>b'>", "</div>", "<!DOCTYPE html>", "<?xml?>", "<pre>", "<title>"]
ODD = ["\x00", "\x08", "\x1b", "\x7f", "\x85", "\x9f", "\ufffd", "\ufeff", "\U0001F600", "\u202e", "\u0300"]

PIECE = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(NUMBERS), st.sampled_from(UNITS), st.sampled_from(PUNCT),
    st.sampled_from(BREAKS), st.sampled_from(MARKUP),
    st.integers(0, 10**9).map(str),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=3),
    st.text(alphabet=st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E), min_size=1, max_size=3),
    st.text(max_size=3),  # any unicode: surrogates excluded by hypothesis, controls and astral included
    st.sampled_from(ODD),
    st.integers(0xD800, 0xDFFF).map(chr),  # a lone surrogate (a str from a broken decoder)
    st.integers(0, 0x1F).map(chr),          # control characters
)
TEXT = st.lists(PIECE, max_size=40).map("".join)
# 200 examples per property in CI; CZFACTS_HYPOTHESIS_EXAMPLES=10000 for a long run outside it
SETTINGS = settings(max_examples=int(os.environ.get("CZFACTS_HYPOTHESIS_EXAMPLES", 200)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

HEADLINE = "今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%,总量全省第二"


def check(text, facts):
    for f in facts:
        p = f.provenance
        assert text[p.start:p.end] == p.text, (p, text)
        assert 0 <= p.sentence_start <= p.start < p.end <= p.sentence_end <= len(text), (p, text)
        assert math.isfinite(f.value)
        for name, ev in p.evidence.items():
            assert name in ("metric", "subject", "period")
            if ev.start is not None:
                assert 0 <= ev.start <= ev.end <= len(text), (name, ev, text)
    starts = [f.provenance.start for f in facts]
    assert starts == sorted(starts)


@SETTINGS
@given(TEXT)
@example(HEADLINE)
@example("")
@example("\x00\x01\ufffd")
@example("<p>" * 50)
@example("，" * 100)
@example("1" * 5000)
def test_extract_never_raises_and_offsets_hold(text):
    facts = czfacts.extract(text)
    check(text, facts)


@SETTINGS
@given(TEXT, st.sampled_from([None, "2024-11-01", "2000-02-29", "2030-12-31"]),
       st.sampled_from([None, "长治市", "", "山西省"]))
def test_with_date_and_place(text, date, place):
    check(text, czfacts.extract(text, date=date, place=place, doc_id="x"))


@SETTINGS
@given(st.text(max_size=80))
def test_any_unicode(text):
    check(text, czfacts.extract(text))


@SETTINGS
@given(TEXT)
def test_deterministic(text):
    first = czfacts.extract(text, date="2024-11-01", place="长治市")
    second = czfacts.extract(text, date="2024-11-01", place="长治市")
    assert [f.model_dump() for f in first] == [f.model_dump() for f in second]


@SETTINGS
@given(TEXT)
def test_json_round_trip(text):
    for f in czfacts.extract(text, date="2024-11-01", doc_id="d"):
        if math.isfinite(f.value):
            assert czfacts.Fact.from_json(f.to_json()) == f


SUBJECTS = ["全市", "全省", "太原市", "该区", "全县", ""]
METRICS = ["地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入",
           "粮食产量", "进出口总额", "城镇新增就业", "新建5G基站", "新增高新技术企业"]
PREDICATES = ["完成", "达到", "增长", "同比增长", "下降", "实现", "新增", "为", ""]
AMOUNTS = ["1195.7亿元", "3.5%", "12家", "2.3个百分点", "300万吨", "1,234.5万元", "两万人", "45.6万户", "8.1%"]
PERIODS = ["今年上半年，", "前三季度，", "2023年，", "1—8月，", "", ""]
TAILS = ["。", "，比上年增长5.2%。", "，占全市比重18.6%。", "，居全省第二。", "，分别增长3.1%、4.2%。"]
CLAUSE = st.builds(lambda *parts: "".join(parts), st.sampled_from(PERIODS), st.sampled_from(SUBJECTS),
                   st.sampled_from(METRICS), st.sampled_from(PREDICATES), st.sampled_from(AMOUNTS),
                   st.sampled_from(TAILS))
PARAGRAPH = st.lists(CLAUSE, min_size=1, max_size=4).map("".join)


@SETTINGS
@given(PARAGRAPH, PARAGRAPH)
def test_a_paragraph_before_shifts_offsets_only(before, text):
    """The facts of a paragraph do not depend on the paragraph before it (SPEC §4: a period
    never reaches the next line; subjects and metrics are carried only within a paragraph):
    with the same date and place they are the same facts, their spans moved by exactly the
    prefix's length. Built from clauses of the genre, so every draw compares facts."""
    prefix = before + "\n\n"
    alone = czfacts.extract(text, date="2024-11-01", place="长治市")
    joined = czfacts.extract(prefix + text, date="2024-11-01", place="长治市")
    assert alone, f"no fact in a clause of the genre: {text!r}"

    def comparable(f, shift):
        data = f.model_dump(exclude={"provenance"})
        p = f.provenance
        evidence = {k: (e.start - shift if e.start is not None else None, e.how) for k, e in p.evidence.items()}
        return p.start - shift, p.text, p.rule, evidence, data

    assert [comparable(f, len(prefix)) for f in joined if f.provenance.start >= len(prefix)] == \
        [comparable(f, 0) for f in alone]
