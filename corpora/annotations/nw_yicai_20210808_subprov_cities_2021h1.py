"""Gold annotations for nw_yicai_20210808_subprov_cities_2021h1 (held-out: corpora/heldout/).

The excerpt is the whole source, lines 1-23 of
shared/texts/news/nw_yicai_20210808_subprov_cities_2021h1.txt (1,991 characters: the
article is shorter than the 2,000-character minimum, so all of it is taken), copied by
code from the source bytes, never retyped.  Facts and negatives are written by hand from
the text; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_yicai_20210808_subprov_cities_2021h1.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_yicai_20210808_subprov_cities_2021h1"
PLACE = "中国"
REF = "2021-08-08"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 23                     # 1-based, inclusive, whole lines (the whole file)


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
TWO_YEAR_NOTE = ("comparison basis 两年平均 (SPEC §4; average growth over 2019 → 2021), part "
                 "of the growth's reading, not a 2-year duration")
TWO_YEAR_METRIC_NOTE = ("part of the metric name 两年平均增速 (two-year average growth), "
                        "not a 2-year duration")
MEDIA_NOTE = "media name 第一财经 (Yicai), not a rank"

# Periods (reference date 2021-08-08: 上半年/今年上半年 = 2021 H1, 一季度 = 2021 Q1,
# 去年全年 = 2020, 今年5月/7月 = 2021-05/07, 目前 = the reference date)
H1 = P("上半年", "2021-01-01", "2021-06-30")
H1_NOW = P("今年上半年", "2021-01-01", "2021-06-30")
H1_2021 = P("2021年上半年", "2021-01-01", "2021-06-30")
H1_END = P("上半年", "2021-06-30", "2021-06-30")
NULL = P("上半年", None, None)
NOW = P("目前", REF, REF)
NOW_OPEN = P("目前", None, REF)
TWO_YEAR_ALT = P("两年平均", "2020-01-01", "2021-06-30")
Y2020 = P("去年全年", "2020-01-01", "2020-12-31")
MAY = P("今年5月", "2021-05-01", "2021-05-31")

# the document's period (title 15个副省级城市上半年GDP: 2021 H1) for numbers whose
# paragraph states no period before them; the null reading in period_alts (README §5)
DOC = dict(period=H1, period_alts=[NULL])
DOC_NOTE = ("no period expression before it in its paragraph → the document's period "
            "(title …上半年GDP: 2021 H1); null reading in period_alts")
# number of sub-provincial cities: a stock → an instant (end of H1 when H1 governs or is
# the document frame; the reference date under 目前), other readings in period_alts
CITIES = dict(period=H1_END, period_alts=[H1, NULL, NOW])
CITIES_NOW = dict(period=NOW, period_alts=[NOW_OPEN, H1_END])
CITIES_NOTE = ("count of the sub-provincial cities (a stock, true count: 15 are listed in "
               "line 5) → subject 中国; instant at the end of the governing/document period "
               "2021 H1 (alts: the H1 span, null, the reference date)")
CITY_ALTS = ["副省级城市数量", "副省级城市总数", "城市"]
CN = dict(subject="中国", subject_alts=["全国"])
GDP_ALTS = ["GDP总量", "地区生产总值", "经济总量", "总量"]
RANK_ALTS = ["GDP", "经济总量", "总量", "GDP排名"]

C = {  # short form → official name
    "深圳": "深圳市", "广州": "广州市", "成都": "成都市", "杭州": "杭州市", "武汉": "武汉市",
    "南京": "南京市", "宁波": "宁波市", "青岛": "青岛市", "济南": "济南市", "西安": "西安市",
    "厦门": "厦门市", "沈阳": "沈阳市", "长春": "长春市",
}


def city(short):
    return dict(subject=C[short], subject_alts=[short])


def pair(a, b, written):
    """One quantity claimed of two named cities → one fact; alts: as written, each city."""
    return dict(subject=f"{C[a]}、{C[b]}",
                subject_alts=[written, f"{a}、{b}", f"{a}和{b}", C[a], a, C[b], b])


# ---- line 1: title -------------------------------------------------------------------
g.fact("原标题：15个副省级", "15个", value=15, unit="count", kind="count", classifier="个",
       metric="副省级城市", metric_alts=CITY_ALTS, **CN, **CITIES,
       note="title; " + CITIES_NOTE)
g.neg("城市上半年GDP：深圳总量第一", "上半年", PERIOD_NOTE)
g.fact("深圳总量第一", "第一", value=1, unit="rank", kind="rank", scope="副省级城市",
       metric="GDP总量", metric_alts=RANK_ALTS, **city("深圳"), period=H1,
       note="title: rank of 上半年GDP 总量 among the 15 sub-provincial cities")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("重要一环", "一环", "idiom 一环 'a link (in the chain)'")
g.neg("今年上半年，15个", "今年上半年", PERIOD_NOTE)
g.fact("今年上半年，15个", "15个", value=15, unit="count", kind="count", classifier="个",
       metric="副省级城市", metric_alts=CITY_ALTS, **CN,
       period=P("今年上半年", "2021-06-30", "2021-06-30"),
       period_alts=[H1_NOW, P("今年上半年", None, None), NOW],
       note=CITIES_NOTE.replace("governing/document period", "governing period 今年上半年,"))

# ---- line 3 ----------------------------------------------------------------------------
g.neg("第一财经记者梳理", "第一财经", MEDIA_NOTE)
g.fact("梳理统计了15个", "15个", value=15, unit="count", kind="count", classifier="个",
       metric="副省级城市", metric_alts=CITY_ALTS, **CN, **CITIES, note=CITIES_NOTE)
g.neg("2021年上半年GDP及增速", "2021年上半年", PERIOD_NOTE)
g.fact("有10个副省级城市", "10个", value=10, unit="count", kind="count", classifier="个",
       metric="经济总量超5000亿元的副省级城市",
       metric_alts=["上半年经济总量超5000亿元的副省级城市", "经济总量超5000亿元大关的副省级城市",
                    "GDP超5000亿元的副省级城市", "经济总量超过5000亿元的副省级城市",
                    "经济总量超5000亿元的城市"],
       **CN, period=H1_2021,
       note="the threshold 超5000亿元(大关) defines the counted set → in the metric; a count "
            "of cities meeting an H1 criterion → the H1 span (2021年上半年 earlier in the "
            "sentence, 上半年 right after)")
g.neg("城市上半年经济总量", "上半年", PERIOD_NOTE)
g.neg("超5000亿元大关", "5000亿元",
      "threshold defining the counted set (metric of 10个), not a fact")
g.fact("广深两个城市", "两个", value=2, unit="count", kind="count", classifier="个",
       metric="经济总量超过万亿的副省级城市",
       metric_alts=["超过万亿的副省级城市", "经济总量超过万亿元的副省级城市",
                    "GDP超过万亿的副省级城市", "超过万亿的城市", "经济总量超过万亿的城市",
                    "GDP超过1万亿元的副省级城市"],
       subject="中国",
       subject_alts=["全国", "广州市、深圳市", "深圳市、广州市", "广深", "广州市", "深圳市"],
       period=H1_2021,
       note="其中广深两个城市超过万亿: the complete set of cities above the threshold (only "
            "广州 and 深圳 pass it, cf. line 6) → a count with the threshold in its metric "
            "(as 安徽四省…超过一万亿元 in nw_sina); the named cities as subject alts")
g.neg("两个城市超过万亿", "万亿",
      "threshold defining the counted set (metric of 两个), not a fact; the GDP of 广深 "
      "above 1.3万亿元 is stated as a fact in line 6")
g.fact("深圳总量位居第一", "第一", value=1, unit="rank", kind="rank", scope="副省级城市",
       metric="GDP总量", metric_alts=RANK_ALTS, **city("深圳"), period=H1_2021)

# ---- line 5 ----------------------------------------------------------------------------
g.fact("全国共有15个", "15个", value=15, unit="count", kind="count", classifier="个",
       metric="副省级城市", metric_alts=CITY_ALTS, **CN, **CITIES_NOW,
       note="目前…共有 → instant at the reference date (alt null..ref, end of H1)")
g.fact("这10个省会城市", "10个", value=10, unit="count", kind="count", classifier="个",
       metric="副省级省会城市",
       metric_alts=["省会城市", "属于省会城市的副省级城市", "副省级城市中的省会城市",
                    "副省级省会城市数量"],
       **CN, **CITIES_NOW,
       note="the ten provincial capitals among the 15 (they are listed, and the count is "
            "true of the set) → a fact, stock at 目前")
g.fact("这5个计划单列市", "5个", value=5, unit="count", kind="count", classifier="个",
       metric="计划单列市",
       metric_alts=["计划单列市数量", "副省级计划单列市"], **CN, **CITIES_NOW,
       note="the five separately-planned cities (true count of that class) → fact, stock at 目前")
g.neg("这5个计划单列市", "单列", "part of the word 计划单列市 ('separately listed'), not a quantity")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("15个副省级城市中，深圳", "15个", value=15, unit="count", kind="count",
       classifier="个", metric="副省级城市", metric_alts=CITY_ALTS, **CN, **CITIES,
       note=CITIES_NOTE)
g.neg("作为一线城市", "一线", "city-tier label 一线城市 (first-tier), not a quantity")
g.neg("，上半年GDP都超过了", "上半年", PERIOD_NOTE)
g.fact("都超过了1.3万亿元", "1.3万亿元", value=1.3e12, unit="CNY", kind="amount",
       bound="gt", metric="GDP", metric_alts=GDP_ALTS, **pair("深圳", "广州", "深圳和广州"),
       period=H1,
       note="超过 → gt; one bound stated of two named cities (no count) → one fact, not a "
            "set threshold")
g.fact("深圳以14324.47亿元", "14324.47亿元", value=1432447000000, unit="CNY",
       kind="amount", metric="GDP", metric_alts=GDP_ALTS, **city("深圳"), period=H1,
       note="上半年GDP earlier in the paragraph governs")
g.fact("亿元位居第一", "第一", value=1, unit="rank", kind="rank", scope="副省级城市",
       metric="GDP总量", metric_alts=RANK_ALTS, **city("深圳"), period=H1)

# ---- line 7 ----------------------------------------------------------------------------
SZ = dict(subject="深圳市", subject_alts=["深圳", "全市"])
g.neg("显示，上半年，全市", "上半年", PERIOD_NOTE)
g.fact("同比增长8.3%", "8.3%", value=8.3, unit="%", kind="growth",
       metric="规模以上工业增加值", metric_alts=["规上工业增加值"], **SZ, period=H1,
       comparison="yoy", note="全市 → 深圳市 (深圳市统计局 reports it)")
g.neg("，两年平均增长3.2%", "两年", TWO_YEAR_NOTE)
g.fact("平均增长3.2%", "3.2%", value=3.2, unit="%", kind="growth",
       metric="规模以上工业增加值",
       metric_alts=["规上工业增加值", "规模以上工业增加值两年平均增速", "两年平均增速"],
       **SZ, period=H1, period_alts=[TWO_YEAR_ALT], comparison="两年平均",
       note="two-year average growth (H1 2020-2021 over H1 2019): 两年平均 is the "
            "comparison; period H1 2021 inherited, the 2020-2021 span as an alt")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("广州上半年GDP为", "上半年", PERIOD_NOTE)
g.fact("GDP为13101.89亿元", "13101.89亿元", value=1310189000000, unit="CNY",
       kind="amount", metric="GDP", metric_alts=GDP_ALTS, **city("广州"), period=H1)
g.fact("差距缩小到1223亿元", "1223亿元", value=122300000000, unit="CNY", kind="amount",
       metric="与深圳的差距",
       metric_alts=["差距", "GDP差距", "广州与深圳的差距", "与深圳的GDP差距",
                    "广州与深圳的GDP差距", "与深圳之间的差距"],
       subject="广州市", subject_alts=["广州", "深圳市", "深圳", "广州与深圳", "广州市与深圳市"],
       period=H1,
       note="GDP gap 广州 behind 深圳 (14324.47 − 13101.89 ≈ 1223 亿元); 缩小到 gives the new "
            "level of the gap, not a change")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("彭澎对第一财经", "第一财经", MEDIA_NOTE)
g.neg("分析，5、6月份", "5、6月份", "months on their own (when the outbreak happened)")

# ---- line 10 ---------------------------------------------------------------------------
CD = dict(subject="成都市", subject_alts=["成都"])
g.fact("位居副省级城市第三位", "第三位", value=3, unit="rank", kind="rank",
       scope="副省级城市", metric="GDP总量", metric_alts=RANK_ALTS, **CD, **DOC,
       note="GDP ranking (continues 深圳, 广州); " + DOC_NOTE)
g.neg("成都上半年实现GDP", "上半年", PERIOD_NOTE)
g.fact("实现GDP9602.72亿元", "9602.72亿元", value=960272000000, unit="CNY", kind="amount",
       metric="GDP", metric_alts=GDP_ALTS, **CD, period=H1)
g.fact("同比增长13.1%", "13.1%", value=13.1, unit="%", kind="growth", metric="GDP",
       metric_alts=["GDP增速", "GDP同比增速"], **CD, period=H1, comparison="yoy")
g.neg("，两年平均增长6.7%", "两年", TWO_YEAR_NOTE)
g.fact("平均增长6.7%", "6.7%", value=6.7, unit="%", kind="growth", metric="GDP",
       metric_alts=["GDP两年平均增速", "两年平均增速", "GDP增速"], **CD, period=H1,
       period_alts=[TWO_YEAR_ALT], comparison="两年平均")
g.neg("其中，上半年成都市", "上半年", PERIOD_NOTE)
g.fact("同比增长14.0%，两年平均增长8.0%", "14.0%", value=14.0, unit="%", kind="growth",
       metric="规模以上工业增加值", metric_alts=["规上工业增加值"],
       **CD, period=H1, comparison="yoy")
g.neg("，两年平均增长8.0%", "两年", TWO_YEAR_NOTE)
g.fact("平均增长8.0%", "8.0%", value=8.0, unit="%", kind="growth",
       metric="规模以上工业增加值",
       metric_alts=["规上工业增加值", "规模以上工业增加值两年平均增速", "两年平均增速"],
       **CD, period=H1, period_alts=[TWO_YEAR_ALT], comparison="两年平均")
g.neg("，两年平均增速较一季度", "两年", TWO_YEAR_METRIC_NOTE)
g.neg("增速较一季度", "一季度", PERIOD_NOTE + " (here the comparison basis)")
g.fact("提高0.6个百分点", "0.6个百分点", value=0.6, unit="pp", kind="change",
       metric="规模以上工业增加值两年平均增速",
       metric_alts=["两年平均增速", "规模以上工业增加值增速", "规上工业增加值两年平均增速",
                    "规模以上工业增加值"],
       **CD, period=H1, comparison="较一季度",
       note="pp difference of growth rates (H1 vs Q1 two-year average) → metric X增速; "
            "basis 一季度 is the comparison, not the period")

# ---- line 11 ---------------------------------------------------------------------------
HZ = dict(subject="杭州市", subject_alts=["杭州", "全市", "杭州全市"])
g.neg("杭州和武汉上半年", "上半年", PERIOD_NOTE)
g.fact("均超过8000亿元", "8000亿元", value=800000000000, unit="CNY", kind="amount",
       bound="gt", metric="GDP", metric_alts=GDP_ALTS, **pair("杭州", "武汉", "杭州和武汉"),
       period=H1, note="超过 → gt; one bound stated of two named cities → one fact")
g.fact("分列第四和第五位", "第四", value=4, unit="rank", kind="rank", scope="副省级城市",
       metric="GDP总量", metric_alts=RANK_ALTS, **city("杭州"), period=H1,
       note="分列: 杭州 ↔ 第四, 武汉 ↔ 第五位; shared 位 goes with the last value")
g.fact("第四和第五位", "第五位", value=5, unit="rank", kind="rank", scope="副省级城市",
       metric="GDP总量", metric_alts=RANK_ALTS, **city("武汉"), period=H1)
g.neg("其中杭州上半年GDP", "上半年", PERIOD_NOTE)
g.fact("GDP达到了8646亿元", "8646亿元", value=864600000000, unit="CNY", kind="amount",
       metric="GDP", metric_alts=GDP_ALTS, **HZ, period=H1)
g.fact("同比增长12.7%", "12.7%", value=12.7, unit="%", kind="growth", metric="GDP",
       metric_alts=["GDP增速", "GDP同比增速"], **HZ, period=H1, comparison="yoy")
g.neg("；两年平均增长7.0%", "两年", TWO_YEAR_NOTE)
g.fact("平均增长7.0%", "7.0%", value=7.0, unit="%", kind="growth", metric="GDP",
       metric_alts=["GDP两年平均增速", "两年平均增速", "GDP增速"], **HZ, period=H1,
       period_alts=[TWO_YEAR_ALT], comparison="两年平均")
g.neg("，两年平均增速比一季度", "两年", TWO_YEAR_METRIC_NOTE)
g.neg("增速比一季度", "一季度", PERIOD_NOTE + " (here the comparison basis)")
g.fact("加快0.8个百分点", "0.8个百分点", value=0.8, unit="pp", kind="change",
       metric="GDP两年平均增速", metric_alts=["两年平均增速", "GDP增速", "GDP"],
       **HZ, period=H1, comparison="比一季度",
       note="pp difference of growth rates (H1 vs Q1 two-year average)")
g.neg("上半年，杭州全市", "上半年", PERIOD_NOTE)
DE = "数字经济核心产业增加值"
g.fact("增加值2306亿元", "2306亿元", value=230600000000, unit="CNY", kind="amount",
       metric=DE, metric_alts=["数字经济核心产业"], **HZ, period=H1,
       note="杭州全市 → 杭州市")
g.fact("占GDP的26.7%", "26.7%", value=26.7, unit="%", kind="share",
       metric="数字经济核心产业增加值占GDP比重",
       metric_alts=["数字经济核心产业增加值占GDP的比重", "占GDP比重", "占GDP的比重",
                    "数字经济核心产业增加值占比", "数字经济核心产业占GDP比重"],
       **HZ, period=H1)
g.fact("同比增长16.7%", "16.7%", value=16.7, unit="%", kind="growth", metric=DE,
       metric_alts=["数字经济核心产业"], **HZ, period=H1, comparison="yoy")
g.neg("；两年平均增长13.6%", "两年", TWO_YEAR_NOTE)
g.fact("平均增长13.6%", "13.6%", value=13.6, unit="%", kind="growth", metric=DE,
       metric_alts=["数字经济核心产业", "数字经济核心产业增加值两年平均增速", "两年平均增速"],
       **HZ, period=H1, period_alts=[TWO_YEAR_ALT], comparison="两年平均")
g.fact("高于GDP增速6.6个百分点", "6.6个百分点", value=6.6, unit="pp", kind="change",
       metric="数字经济核心产业增加值增速",
       metric_alts=["数字经济核心产业增加值两年平均增速", "数字经济核心产业增加值",
                    "两年平均增速", "数字经济核心产业增速"],
       **HZ, period=H1, comparison="比GDP增速",
       note="pp difference of growth rates (13.6 − 7.0, two-year averages) → metric X增速, "
            "basis GDP增速")

# ---- line 12 ---------------------------------------------------------------------------
g.fact("南京以7622.77亿元", "7622.77亿元", value=762277000000, unit="CNY", kind="amount",
       metric="GDP", metric_alts=GDP_ALTS, **city("南京"), **DOC, note=DOC_NOTE)
g.fact("位居副省级城市第六位", "第六位", value=6, unit="rank", kind="rank",
       scope="副省级城市", metric="GDP总量", metric_alts=RANK_ALTS, **city("南京"), **DOC,
       note=DOC_NOTE)
g.neg("这两个计划单列市", "两个",
      "appositive restating the two cities just named (宁波和青岛这两个计划单列市): not a "
      "count claim; the number of 计划单列市 is 5 (line 5), so reading 2 as a count of "
      "计划单列市 would be false")
g.neg("这两个计划单列市", "单列", "part of the word 计划单列市, not a quantity")
g.fact("都超过了6500亿元", "6500亿元", value=650000000000, unit="CNY", kind="amount",
       bound="gt", metric="GDP", metric_alts=GDP_ALTS, **pair("宁波", "青岛", "宁波和青岛"),
       **DOC,
       note="超过 → gt; a bound on the two named cities, not a set threshold (深圳, also a "
            "计划单列市, is far above it); " + DOC_NOTE)
g.fact("差距仅为101亿元", "101亿元", value=10100000000, unit="CNY", kind="amount",
       metric="宁波与青岛之间的差距",
       metric_alts=["差距", "之间的差距", "GDP差距", "宁波和青岛之间的差距",
                    "宁波与青岛的GDP差距"],
       **pair("宁波", "青岛", "宁波和青岛"), **DOC,
       note="GDP gap between the two (a property of the pair → both as subject); 仅为 is "
            "emphasis → eq; " + DOC_NOTE)

# ---- line 13 ---------------------------------------------------------------------------
JX = pair("济南", "西安", "济南和西安")
JX["subject_alts"] = JX["subject_alts"] + ["两市"]
g.neg("这两个黄河流域", "两个",
      "appositive restating the two cities just named (济南和西安这两个…中心城市), not a "
      "count claim")
g.neg("均首次超过", "首次", "first-time claim 首次, not a rank or count")
g.fact("首次超过万亿元大关", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
       metric="GDP", metric_alts=GDP_ALTS, **JX, period=Y2020,
       note="去年全年 = 2020; 超过…大关 → gt; one bound of two named cities (no set is "
            "counted) → a fact")
g.neg("今年上半年两市", "今年上半年", PERIOD_NOTE)
g.neg("今年上半年两市", "两市",
      "anaphoric 两市 = 济南和西安 (just named), not a quantity claim")
g.fact("也都超过了5000亿元", "5000亿元", value=500000000000, unit="CNY", kind="amount",
       bound="gt", metric="GDP", metric_alts=GDP_ALTS, **JX, period=H1_NOW,
       note="超过 → gt; a bound of the two named cities, not a set threshold")
g.neg("两市之间的差距", "两市",
      "anaphoric 两市 = 济南和西安, not a quantity claim")
g.fact("差距也仅为99亿元", "99亿元", value=9900000000, unit="CNY", kind="amount",
       metric="两市之间的差距",
       metric_alts=["差距", "之间的差距", "GDP差距", "济南与西安之间的差距",
                    "济南和西安之间的差距", "两市GDP差距"],
       **JX, period=H1_NOW, note="GDP gap of the pair; 仅为 → eq")

# ---- line 15 ---------------------------------------------------------------------------
g.neg("考虑到2020年一季度", "2020年一季度", PERIOD_NOTE)
g.neg("乃至2020年上半年", "2020年上半年", PERIOD_NOTE)
g.neg("因此，两年平均增速", "两年", TWO_YEAR_METRIC_NOTE)
g.fact("目前，15个城市中", "15个", value=15, unit="count", kind="count", classifier="个",
       metric="副省级城市", metric_alts=CITY_ALTS, **CN, **CITIES_NOW,
       note="目前 → instant at the reference date; " + CITIES_NOTE.split(";")[0])
g.fact("有14个公布了", "14个", value=14, unit="count", kind="count", classifier="个",
       metric="公布了两年平均增速的副省级城市",
       metric_alts=["公布两年平均增速的副省级城市", "公布了两年平均增速的城市",
                    "已公布两年平均增速的副省级城市", "公布两年平均增速的城市"],
       **CN, **CITIES_NOW,
       note="the predicate 公布了两年平均增速 defines the counted set; 目前 → instant at the "
            "reference date (alt null..ref)")
g.neg("公布了两年平均增速", "两年", TWO_YEAR_METRIC_NOTE)

# ---- line 16 ---------------------------------------------------------------------------
XM = dict(subject="厦门市", subject_alts=["厦门", "全市", "厦门全市"])
g.neg("城市厦门，两年平均", "两年", TWO_YEAR_METRIC_NOTE)
g.neg("上半年厦门全市", "上半年", PERIOD_NOTE)
g.fact("地区生产总值3399.85亿元", "3399.85亿元", value=339985000000, unit="CNY",
       kind="amount", metric="地区生产总值", metric_alts=["GDP", "GDP总量", "生产总值"],
       **XM, period=H1, note="厦门全市 → 厦门市")
g.fact("，增长15.0%", "15.0%", value=15.0, unit="%", kind="growth", metric="地区生产总值",
       metric_alts=["GDP", "GDP增速", "生产总值"], **XM, period=H1, comparison="yoy",
       note="增长 without 同比 → yoy")
g.neg("，两年平均增长7.6%", "两年", TWO_YEAR_NOTE)
g.fact("平均增长7.6%", "7.6%", value=7.6, unit="%", kind="growth", metric="地区生产总值",
       metric_alts=["GDP", "GDP两年平均增速", "两年平均增速", "生产总值"], **XM, period=H1,
       period_alts=[TWO_YEAR_ALT], comparison="两年平均")
g.fact("副省级城市第13位", "第13位", value=13, unit="rank", kind="rank",
       scope="副省级城市", metric="GDP总量", metric_alts=RANK_ALTS, **XM, period=H1,
       note="上半年 earlier in the paragraph governs")

# ---- line 17 ---------------------------------------------------------------------------
g.neg("上半年，厦门市", "上半年", PERIOD_NOTE)
g.neg("“三驾马车”", "三驾马车", "metaphor 三驾马车 (investment, consumption, trade)")
g.fact("连续4个月", "4个月", value=4 / 12, unit="year", kind="amount",
       metric="固定资产投资增速居全省首位持续时间",
       metric_alts=["固定资产投资增速连续居全省首位", "连续居全省首位", "居全省首位的连续月数",
                    "固定资产投资增速居全省首位时长", "连续居全省首位时间"],
       **XM, period=H1,
       note="length of the streak (a duration, 个月 = 1/12 year), a numeric claim about the "
            "ranking; the alternative reading (a period expression qualifying 首位) is "
            "possible — judgement call")
g.fact("居全省首位", "首位", value=1, unit="rank", kind="rank", scope="全省",
       metric="固定资产投资增速", metric_alts=["固定资产投资", "固定资产投资增速排名"],
       **XM, period=H1,
       period_alts=[P("连续4个月", "2021-03-01", "2021-06-30"), H1_END],
       note="首位 → 1; scope 全省 (福建); held in each of the last 4 months (alt Mar-Jun)")
g.fact("111个省重点在建项目", "111个", value=111, unit="count", kind="count",
       classifier="个", metric="省重点在建项目",
       metric_alts=["省重点在建项目数量", "在建项目"], **XM, period=H1,
       period_alts=[H1_END],
       note="projects of the provincial key list under construction in 厦门 in H1 "
            "(the year-end instant reading as alt)")
g.fact("实际完成投资452.5亿元", "452.5亿元", value=45250000000, unit="CNY", kind="amount",
       metric="省重点在建项目实际完成投资",
       metric_alts=["实际完成投资", "完成投资", "省重点在建项目完成投资"], **XM, period=H1)
g.fact("年度投资计划的70.9%", "70.9%", value=70.9, unit="%", kind="share",
       metric="省重点在建项目完成年度投资计划比例",
       metric_alts=["完成年度投资计划", "年度投资计划完成率", "完成年度投资计划的比例",
                    "投资计划完成率", "省重点在建项目年度投资计划完成率",
                    "完成年度投资计划比例"],
       **XM, period=H1, note="H1 investment as a share of the annual plan")
g.fact("社会消费品零售总额1415.4亿元", "1415.4亿元", value=141540000000, unit="CNY",
       kind="amount", metric="社会消费品零售总额", metric_alts=["社零总额", "社会消费品零售额"],
       **XM, period=H1)
g.fact("增长28.1%", "28.1%", value=28.1, unit="%", kind="growth",
       metric="社会消费品零售总额", metric_alts=["社零总额", "社会消费品零售额"],
       **XM, period=H1, comparison="yoy")
g.fact("总额连续5个月", "5个月", value=5 / 12, unit="year", kind="amount",
       metric="社会消费品零售总额蝉联全省第一持续时间",
       metric_alts=["社会消费品零售总额连续蝉联全省第一", "连续蝉联全省第一",
                    "蝉联全省第一的连续月数", "社会消费品零售总额蝉联全省第一时长",
                    "连续蝉联全省第一时间"],
       **XM, period=H1, note="length of the streak, as 连续4个月 above — judgement call")
g.fact("蝉联全省第一", "第一", value=1, unit="rank", kind="rank", scope="全省",
       metric="社会消费品零售总额",
       metric_alts=["社会消费品零售总额增速", "总额", "社零总额"], **XM, period=H1,
       period_alts=[P("连续5个月", "2021-02-01", "2021-06-30"), H1_END],
       note="metric as written (总额); the ranking is probably one of its growth (alt)")
g.fact("外贸进出口总额4081.5亿元", "4081.5亿元", value=408150000000, unit="CNY",
       kind="amount", metric="外贸进出口总额",
       metric_alts=["进出口总额", "外贸进出口", "外贸总量"], **XM, period=H1)
g.fact("增长32.2%", "32.2%", value=32.2, unit="%", kind="growth", metric="外贸进出口总额",
       metric_alts=["进出口总额", "外贸进出口", "外贸总量"], **XM, period=H1,
       comparison="yoy")

# ---- line 18 ---------------------------------------------------------------------------
g.neg("丁长发对第一财经", "第一财经", MEDIA_NOTE)
g.neg("一系列新兴产业", "一系列", "quantifier 一系列")

# ---- line 19 ---------------------------------------------------------------------------
g.neg("今年7月，宁德时代", "今年7月", PERIOD_NOTE + " (date of a registration)")
g.neg("8月5日，厦钨", "8月5日", "date on its own (listing day)")
g.neg("今年5月，中航锂电", "今年5月", PERIOD_NOTE)
g.fact("扩建50GWh", "50GWh", value=5e7, unit="kWh", kind="amount",
       metric="智能化工厂产能",
       metric_alts=["智能化工厂年产能", "产能", "年产能", "扩建产能", "国际领先智能化工厂产能",
                    "电池产能", "电池年产能"],
       subject="中航锂电", subject_alts=["中航锂电厦门", "中航锂电（厦门）"],
       period=MAY, period_alts=[P("今年5月", None, None)], modality="target",
       note="capacity of a plant being built (扩建) → modality target (README §6); GWh = "
            "1e6 kWh (energy, SPEC §3: kWh), the annual rate in the metric (产能); period "
            "今年5月 = when the expansion was started")

# ---- line 20 ---------------------------------------------------------------------------
CC = dict(subject="长春市", subject_alts=["长春"])
g.fact("东北的四个副省级城市", "四个", value=4, unit="count", kind="count", classifier="个",
       metric="东北的副省级城市",
       metric_alts=["东北副省级城市", "东北地区副省级城市", "东北的副省级城市数量"],
       subject="中国", subject_alts=["东北", "东北地区", "全国"], **CITIES,
       note="true count of the class (沈阳, 大连, 长春, 哈尔滨); " + CITIES_NOTE.split(";")[1])
g.neg("长春上半年的经济", "上半年", PERIOD_NOTE)
g.neg("，两年平均增速达到", "两年", TWO_YEAR_METRIC_NOTE)
g.fact("增速达到了6.2%", "6.2%", value=6.2, unit="%", kind="growth", metric="GDP",
       metric_alts=["GDP两年平均增速", "两年平均增速", "经济", "经济两年平均增速",
                    "地区生产总值"],
       **CC, period=H1, period_alts=[TWO_YEAR_ALT], comparison="两年平均",
       note="two-year average growth of the economy (经济数据 … 两年平均增速)")
g.neg("。比一季度加快", "一季度", PERIOD_NOTE + " (here the comparison basis)")
g.fact("加快1.7个百分点", "1.7个百分点", value=1.7, unit="pp", kind="change",
       metric="GDP两年平均增速",
       metric_alts=["两年平均增速", "经济两年平均增速", "GDP增速", "GDP"],
       **CC, period=H1, comparison="比一季度",
       note="pp difference of growth rates; the sentence break (。比一季度…) does not cut "
            "the paragraph, 上半年 still governs")
g.neg("二产的贡献", "二产", "sector name 二产 (secondary industry), not a quantity")
g.neg("贡献十分突出", "十分", "adverb 十分 'very'")
g.neg("上半年，长春第二产业", "上半年", PERIOD_NOTE)
g.neg("长春第二产业", "第二产业", "sector name 第二产业, not a rank")
g.fact("增加值1435.0亿元", "1435.0亿元", value=143500000000, unit="CNY", kind="amount",
       metric="第二产业增加值", metric_alts=["二产增加值", "第二产业"], **CC, period=H1)
g.fact("同比增长14.0%，两年平均增长9.3%", "14.0%", value=14.0, unit="%", kind="growth",
       metric="第二产业增加值", metric_alts=["二产增加值", "第二产业"], **CC, period=H1,
       comparison="yoy")
g.neg("，两年平均增长9.3%", "两年", TWO_YEAR_NOTE)
g.fact("平均增长9.3%", "9.3%", value=9.3, unit="%", kind="growth", metric="第二产业增加值",
       metric_alts=["二产增加值", "第二产业", "第二产业增加值两年平均增速", "两年平均增速"],
       **CC, period=H1, period_alts=[TWO_YEAR_ALT], comparison="两年平均")

# ---- line 21 ---------------------------------------------------------------------------
g.neg("衣保中对第一财经", "第一财经", MEDIA_NOTE)

# ---- line 22 ---------------------------------------------------------------------------
JL = dict(subject="吉林省", subject_alts=["吉林", "全省", "吉林全省"])
g.neg("数据显示，上半年，吉林", "上半年", PERIOD_NOTE)
g.fact("产值同比增长16.4%", "16.4%", value=16.4, unit="%", kind="growth",
       metric="汽车产业产值", metric_alts=["汽车产业"], **JL, period=H1, comparison="yoy",
       note="吉林全省 → 吉林省 (the province, not 长春)")
g.fact("整车产量同比增长8.1%", "8.1%", value=8.1, unit="%", kind="growth",
       metric="整车产量", metric_alts=["汽车整车产量"], **JL, period=H1, comparison="yoy")
BRAND = "分别: 红旗 ↔ 112.5%, 解放 ↔ 22.6%; the brand's output in 吉林省 (brand as subject alt)"
g.fact("分别增长112.5%", "112.5%", value=112.5, unit="%", kind="growth",
       metric="红旗品牌汽车产量",
       metric_alts=["红旗汽车产量", "红旗品牌产量", "红旗产量", "汽车产量"],
       subject="吉林省", subject_alts=["吉林", "全省", "红旗", "红旗品牌"], period=H1,
       comparison="yoy", note=BRAND)
g.fact("和22.6%", "22.6%", value=22.6, unit="%", kind="growth",
       metric="解放品牌汽车产量",
       metric_alts=["解放汽车产量", "解放品牌产量", "解放产量", "汽车产量"],
       subject="吉林省", subject_alts=["吉林", "全省", "解放", "解放品牌"], period=H1,
       comparison="yoy", note=BRAND)

# ---- line 23 ---------------------------------------------------------------------------
g.neg("也有一定优势", "一定", "adverbial 一定 'a certain (degree of)', not a quantity")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-23 (1,991 "
    "characters with the final newline, a byte copy made by code): the article is shorter "
    "than the 2,000-character floor of the brief, so nothing could be added. Date: "
    "2021-08-08, the feed date of the 新浪财经 repost (corpus meta: Sun, 08 Aug 2021 "
    "13:34 GMT); the original outlet is 第一财经. Nothing contradicts it: H1 2021 city data "
    "(released mid/late July) are complete, 今年7月 is past and 8月5日 (厦钨新能 listing) "
    "is three days before. Place: a national round-up of 15 cities → 中国; each number's "
    "subject is the city (full name 深圳市…; short form and 全市 in subject_alts) or 吉林省 "
    "(吉林全省), or the company (中航锂电); counts of cities belong to 中国. Periods: "
    "上半年/今年上半年/2021年上半年 = 2021-01-01..2021-06-30, 一季度 = 2021 Q1 (only as a "
    "comparison basis), 去年全年 = 2020, 今年5月 = 2021-05, 目前 = the reference date. "
    "Numbers whose paragraph states no period before them (成都 第三位, the 南京/宁波/青岛 "
    "line) take the document's period (title …上半年GDP: 2021 H1), the null reading in "
    "period_alts. Counts of the sub-provincial cities (15个, 10个省会城市, 5个计划单列市, "
    "东北的四个) are stocks: instants at 2021-06-30 (or at the reference date under 目前). "
    "两年平均 is the comparison of a growth, its 2020-H1..2021-H1 span an alt period. "
    "Appositive 这两个 (restating two cities just named) and anaphoric 两市 are negatives; "
    "a bound stated of two named cities (都超过了1.3万亿元) is one fact whose subject lists "
    "them; 广深两个城市超过万亿 is a count with the threshold in its metric (the complete "
    "set above it).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "新浪财经 repost of 第一财经)",
        title="15个副省级城市上半年GDP：深圳总量第一，厦门增速最快", notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
