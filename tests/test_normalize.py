"""The normaliser and its offset map: what changes, and that every normalised span maps back
to exactly the original characters it came from (SPEC §5: text == original[start:end])."""
import pytest
from hypothesis import given, settings, strategies as st

import czfacts
from czfacts.normalize import normalize


def back(original: str, normalized_piece: str, occurrence: int = 0) -> str:
    """The original text behind ``normalized_piece`` (its n-th occurrence in the normalised text)."""
    n = normalize(original)
    at = -1
    for _ in range(occurrence + 1):
        at = n.text.index(normalized_piece, at + 1)
    start, end = n.offsets.span(at, at + len(normalized_piece))
    return original[start:end]


def facts(text, **kw):
    return czfacts.extract(text, date="2024-11-01", place="长治市", **kw)


def spans(text, **kw):
    return [(f.provenance.text, f.value, f.unit) for f in facts(text, **kw)]


# --- full-width characters ------------------------------------------------------------------

def test_full_width_digits_and_punctuation():
    original = "全市工业增加值增长１２３．５％。"
    n = normalize(original)
    assert n.text == "全市工业增加值增长123.5%。"
    assert back(original, "123.5%") == "１２３．５％"
    assert spans(original) == [("１２３．５％", 123.5, "%")]


def test_full_width_letters_and_ideographic_space():
    original = "ＧＤＰ增长１２％，投资　１２０亿元"
    n = normalize(original)
    assert n.text == "GDP增长12%,投资120亿元"
    assert back(original, "GDP") == "ＧＤＰ"
    assert back(original, "120亿元") == "１２０亿元"
    got = facts(original)
    assert [f.provenance.text for f in got] == ["１２％", "１２０亿元"]
    assert got[0].metric == "GDP"


def test_full_width_comma_is_a_comma():
    assert normalize("一，二").text == "一,二"


# --- spaces -----------------------------------------------------------------------------------

def test_space_between_number_and_unit_is_deleted_but_stays_in_provenance():
    original = "长治市 GDP 完成 1195.7 亿元"
    n = normalize(original)
    assert n.text == "长治市GDP完成1195.7亿元"
    assert back(original, "1195.7亿元") == "1195.7 亿元"
    assert spans(original) == [("1195.7 亿元", 1.1957e11, "CNY")]


def test_space_between_ascii_words_is_kept():
    assert normalize("GDP growth").text == "GDP growth"
    assert normalize("Q1 2024").text == "Q1 2024"
    assert normalize("1 234").text == "1 234"          # two numbers, not one with a space
    assert normalize("GDP 1195.7").text == "GDP1195.7"  # a word and a number join


@pytest.mark.parametrize("space", [" ", "  ", "\t", "\u00a0", "\u3000", "\u2002", "\u2003", "\u2009",
                                   "\u202f", "\u205f"])
def test_every_unicode_space_between_number_and_unit(space):
    original = f"全市GDP完成1195.7{space}亿元。"
    assert normalize(original).text == "全市GDP完成1195.7亿元。"
    assert spans(original) == [(f"1195.7{space}亿元", 1.1957e11, "CNY")]


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_zero_width_characters_are_deleted(invisible):
    original = f"全市GDP完成1195.7{invisible}亿元。"
    assert normalize(original).text == "全市GDP完成1195.7亿元。"
    assert spans(original) == [(f"1195.7{invisible}亿元", 1.1957e11, "CNY")]


def test_byte_order_mark_at_the_start_is_not_part_of_a_metric():
    got = facts("\ufeff全市新增企业35家。")
    assert [(f.provenance.text, f.metric) for f in got] == [("35家", "企业")]


# --- thousands separators --------------------------------------------------------------------

def test_thousands_separators():
    original = "全市投资1,234.5亿元，新增企业1，234家。"
    n = normalize(original)
    assert "1234.5亿元" in n.text and "1234家" in n.text
    assert back(original, "1234.5亿元") == "1,234.5亿元"
    assert back(original, "1234家") == "1，234家"
    assert spans(original) == [("1,234.5亿元", 1.2345e11, "CNY"), ("1，234家", 1234, "count")]


def test_several_separators_and_non_separators():
    assert normalize("1,234,567").text == "1234567"
    assert normalize("1,2345").text == "1,2345"      # not three digits after the comma
    assert normalize("12,34").text == "12,34"
    assert normalize("分别为3,5").text == "分别为3,5"


def test_mark_between_neighbouring_digits_before_a_unit():
    original = "减少收入四、五十亿元，获一、二等奖3项，有三、五个。"
    n = normalize(original)
    assert "四五十亿元" in n.text and "一、二等奖" in n.text and "三、五个" in n.text  # (三五 needs a unit after)
    assert back(original, "四五十亿元") == "四、五十亿元"


# --- traditional characters ------------------------------------------------------------------

def test_traditional_characters_are_simplified_internally():
    original = "全市投資120億元，糧食產量3.5萬噸。"
    n = normalize(original)
    assert n.text == "全市投资120亿元,粮食产量3.5万吨。"
    assert len(n.text) == len(original)  # one character for one
    got = facts(original)
    assert [(f.provenance.text, f.value, f.unit) for f in got] == [("120億元", 1.2e10, "CNY"),
                                                                    ("3.5萬噸", 35_000, "t")]
    assert got[0].provenance.text == original[got[0].provenance.start:got[0].provenance.end]
    assert got[1].metric == "粮食产量"  # attributes are read from the simplified text


# --- HTML --------------------------------------------------------------------------------------

HTML = "<html><body><p>全市投资&nbsp;120&nbsp;亿元，增长5.5%。</p><p>R&amp;D投入35亿元。</p></body></html>"


def test_html_tags_and_entities():
    n = normalize(HTML)
    assert "<" not in n.text and "&nbsp;" not in n.text
    assert "全市投资120亿元,增长5.5%。" in n.text
    assert "R&D投入35亿元" in n.text
    assert back(HTML, "120亿元") == "120&nbsp;亿元"
    assert back(HTML, "R&D") == "R&amp;D"


def test_html_provenance_points_into_the_raw_html():
    got = facts(HTML)
    assert [f.provenance.text for f in got] == ["120&nbsp;亿元", "5.5%", "35亿元"]
    for f in got:
        p = f.provenance
        assert HTML[p.start:p.end] == p.text
        sentence = HTML[p.sentence_start:p.sentence_end]
        assert p.text in sentence and "<p>" not in sentence
    assert got[0].value == 1.2e10 and got[2].value == 3.5e9


def test_html_block_tags_break_paragraphs():
    n = normalize("<p>全市投资120亿元</p><p>新增企业35家</p>")
    assert "120亿元\n" in n.text


def test_html_script_and_style_are_dropped():
    original = "<div><script>var x = '增长99%';</script><style>p{width:50%}</style>全市增长5%</div>"
    assert [f.provenance.text for f in facts(original)] == ["5%"]


def test_numeric_entities():
    original = "<p>全市增长&#49;&#50;%</p>"
    got = facts(original)
    assert [(f.provenance.text, f.value) for f in got] == [("&#49;&#50;%", 12)]


def test_entities_in_plain_text_are_decoded():
    original = "全市GDP完成1195.7&nbsp;亿元。"
    assert normalize(original).text == "全市GDP完成1195.7亿元。"
    assert spans(original) == [("1195.7&nbsp;亿元", 1.1957e11, "CNY")]


def test_text_that_merely_mentions_tags_is_not_html():
    original = "全市 a<b 的企业增长5%"
    assert normalize(original).text == "全市a<b的企业增长5%"


# --- line breaks -------------------------------------------------------------------------------

def test_crlf():
    original = "全市投资120亿元。\r\n新增企业35家。\r\n"
    n = normalize(original)
    assert n.text == "全市投资120亿元。\n新增企业35家。\n"
    got = facts(original)
    assert [f.provenance.text for f in got] == ["120亿元", "35家"]
    second = got[1].provenance
    assert original[second.sentence_start:second.sentence_end] == "新增企业35家。"


@pytest.mark.parametrize("line_break", ["\u2028", "\u2029", "\x0b", "\x0c", "\x85"])
def test_unicode_line_breaks_end_a_paragraph(line_break):
    original = f"全市新增企业35家。{line_break}投资1亿元。"
    assert normalize(original).text == "全市新增企业35家。\n投资1亿元。"
    got = facts(original)
    assert [original[f.provenance.sentence_start:f.provenance.sentence_end] for f in got] == \
        ["全市新增企业35家。", "投资1亿元。"]


def test_cut_paragraph_is_rejoined_and_maps_back():
    original = "2024年，长治市坚持创新驱动发展战略，围绕重点产业链部署创新链，全年共实施了30项科\n\n技重大专项，投入资金12亿元。"
    n = normalize(original)
    assert "30项科技重大专项" in n.text
    assert back(original, "30项") == "30项"
    assert back(original, "科技") == "科\n\n技"


def test_a_pdf_page_s_line_breaks_inside_sentences_are_rejoined():
    # lines broken where the page ended (three or more in the text), not where paragraphs end
    original = ("年末全县有各类学校120所，在校学生人数\n3.2万人。全年全县居民人均可支配收入增\n长6.1%，其中城镇常住居民人均可支配收入\n"
                "增长5.2%，农村居民增长7.3%。\n三、工业和建筑业\n全年规上工业增加值增长8%。")
    n = normalize(original)
    assert "在校学生人数3.2万人" in n.text and "人均可支配收入增长6.1%" in n.text
    assert "\n三、工业和建筑业\n" in n.text  # a paragraph's end and a heading stay
    assert back(original, "3.2万人") == "3.2万人"
    facts = czfacts.extract(original, date="2024-04-01", place="长治市")
    assert next(f for f in facts if f.provenance.text == "3.2万人").period.text == "年末"


def test_a_page_s_line_break_between_a_number_and_its_unit_is_rejoined_but_never_between_digits():
    original = ("年末全县公路总里程5200公里，其中：高速公路312\n公里，国道540公里，省道866公里，县道1200\n"
                "公里。全年新建农村公路180公里，改造危桥25座，新增客运线路\n12条，通客车建制村比例达到98%。")
    n = normalize(original)
    assert "高速公路312公里" in n.text and "县道1200公里" in n.text
    assert "线路12条" in n.text  # (a Chinese character before a digit, as before)
    # never between two digits, in a text whose lines are broken by its pages
    assert "1200\n15" in normalize(original + "年末全县各类企业总数达到1200\n15家为新设立的，其余为存量企业。").text
    facts = czfacts.extract(original, date="2024-04-01", place="长治市")
    road = next(f for f in facts if f.provenance.text == "312\n公里")
    assert (road.value, road.unit, road.period.text) == (312000.0, "m", "年末")


def test_a_headline_with_a_comma_is_no_broken_line():
    # one or two lines that look broken are a story's headings: they stay apart from what follows
    original = "粤苏鲁差距缩小，山东GDP增速位列经济四强省首位\n2022年上半年，山东GDP增长3.6%。"
    assert "首位\n2022年" in normalize(original).text


# --- the map itself ----------------------------------------------------------------------------

def test_empty_and_all_deleted():
    for original in ("", "   ", "\r\r", "\u200b"):
        n = normalize(original)
        assert n.text == ""
        assert n.offsets.span(0, 0)[0] <= len(original)


def test_span_of_empty_range_is_a_point():
    original = "全 市投资"
    n = normalize(original)
    assert n.text == "全市投资"
    assert n.offsets.span(1, 1) == (2, 2)                # before 市 in the original
    assert n.offsets.span(4, 4) == (len(original),) * 2  # the end maps to the end


@pytest.mark.parametrize("original, text", [
    ("工业经济回暖 全市规上工业增长8.2%\n正文", "工业经济回暖 全市规上工业增长8.2%\n正文"),  # a title's phrases: the space stays
    ("经济数据出炉 19省份增速跑赢全国\n正文", "经济数据出炉 19省份增速跑赢全国\n正文"),  # …and one that opens with a count
    ("GDP增长12%,投资 120亿元", "GDP增长12%,投资120亿元"),          # a number after a word of a sentence
    ("水 产 品产量增长5%", "水产品产量增长5%"),                      # a spaced-out word
    ("比上 年末 增 加1.33万人", "比上年末增加1.33万人"),              # spaced-out words, some of two characters
    ("全市 投资5亿元" + ",增长5%" * 10, "全市投资5亿元" + ",增长5%" * 10),  # a line of prose
])
def test_a_space_between_han_stays_only_between_phrases(original, text):
    assert normalize(original).text == text


PIECES = ["全市", "投资", "亿元", "万吨", "１２", "３．５", "％", "1,234", "1，234", "億元", "萬噸",
          " ", "　", "\u00a0", "\u2009", "\u200b", "\r\n", "\n", "\n\n", "，", "。", "GDP", "ａｂ",
          "&nbsp;", "&amp;", "12", "3.5", "%", "\t"]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=25).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_every_character_maps_back_in_order(original):
    n = normalize(original)
    previous_start = 0
    for i in range(len(n.text)):
        a, b = n.offsets.span(i, i + 1)
        assert 0 <= a < b <= len(original)
        assert a >= previous_start  # the map keeps text order
        previous_start = a
    if n.text:
        a, b = n.offsets.span(0, len(n.text))
        assert 0 <= a < b <= len(original)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["全市", "投资", "億", "ＧＤＰ", "１２", "．", "％", "a", "b", "1", "2",
                                 "，", "。", "\n"]), max_size=25).map("".join))
def test_one_for_one_changes_keep_every_character(original):
    """Without spaces, separators, blank lines or markup, the map is the identity and every normalised
    character is the original character, translated."""
    n = normalize(original)
    if "," in original or "，" in original:  # a comma between digits may be a thousands separator
        return
    if "\n\n" in original or original.strip() and original.startswith("\n"):  # blank lines go (paragraphs are lines)
        return
    assert len(n.text) == len(original)
    for i, ch in enumerate(n.text):
        assert n.offsets.span(i, i + 1) == (i, i + 1)
        assert normalize(original[i]).text == ch


@settings(max_examples=200, deadline=None)
@given(TEXTS.map(lambda t: "<p>" + t if len(t) % 3 == 0 else t))  # some read as HTML: a map over a map
def test_normalised_at_inverts_the_map(original):
    """normalised_at(pos) is the first normalised offset whose original offset is at or after pos."""
    n = normalize(original)
    firsts = [n.offsets.span(i, i + 1)[0] for i in range(len(n.text))]
    for pos in range(len(original) + 2):
        expected = next((i for i, first in enumerate(firsts) if first >= pos), len(n.text))
        assert n.offsets.normalised_at(pos) == expected


@pytest.mark.parametrize("text, value", [
    ("工业增加值平均每年增长1 5 ．3 ％", 15.3),     # an old report's digits spaced one by one
    ("粮食产量达到4 9 2 5 0 万吨", 492_500_000.0),
    ("人口自然增长率下降到1 1 ．2 7 ‰", 1.127),       # …its decimals spaced too (‰ read as %)
    ("全社会固定资产投资增长14·1％", 14.1),         # a middle dot as the decimal point
])
def test_spaced_and_dotted_digits_read_as_one_number(text, value):
    (fact,) = czfacts.extract(text)
    assert fact.value == pytest.approx(value)
    assert text[fact.provenance.start:fact.provenance.end] == fact.provenance.text


@pytest.mark.parametrize("text", ["表1 2021年规模以上工业企业利润", "有力防范应对“6·9”极端强降雨"])
def test_numbers_that_only_stand_apart_stay_apart(text):
    assert normalize(text).text == text
