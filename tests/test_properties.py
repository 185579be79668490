"""Properties of extract() over arbitrary text: it never raises, every offset slices back to
its text, the output is deterministic and in text order, and every fact survives JSON."""
import math

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
MARKUP = ["<p>", "</p>", "<br>", "&nbsp;", "&amp;", "&#49;", "<script>x</script>", "<"]

PIECE = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(NUMBERS), st.sampled_from(UNITS), st.sampled_from(PUNCT),
    st.sampled_from(BREAKS), st.sampled_from(MARKUP),
    st.integers(0, 10**9).map(str),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=3),
    st.text(alphabet=st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E), min_size=1, max_size=3),
    st.text(max_size=3),  # any unicode: surrogates excluded by hypothesis, controls and astral included
)
TEXT = st.lists(PIECE, max_size=40).map("".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

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


@SETTINGS
@given(TEXT, TEXT)
def test_a_prefix_paragraph_shifts_offsets_only(before, text):
    """Facts of a paragraph do not depend on what lies in another paragraph before it, except
    for document-level context (periods inherited from the document, the reference date);
    their spans move by exactly the prefix's length."""
    prefix = before.replace("\r", "") + "\n\n"
    alone = czfacts.extract(text, date="2024-11-01")
    joined = czfacts.extract(prefix + text, date="2024-11-01")
    shifted = [(f.provenance.start - len(prefix), f.provenance.text) for f in joined
               if f.provenance.start >= len(prefix)]
    own = [(f.provenance.start, f.provenance.text) for f in alone]
    # the prefix may glue onto the text's first line (a cut paragraph, markup), so compare
    # only facts that start after the text's first line break
    cut = text.find("\n")
    if cut < 0 or "<" in prefix + text or "&" in prefix + text or "\u2028" in text:
        return
    assert [s for s in shifted if s[0] > cut] == [s for s in own if s[0] > cut]
