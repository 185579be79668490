"""Gold annotations for nw_sina_20220812_fujian_2022h1 (held-out: corpora/heldout/).

新浪 repost of 人民网福建频道 (林晓丽), 2022-08-12: 福建最新GDP排名出炉：泉州总量最大，宁德增速最快.
The excerpt is the whole source, lines 1-22 of
shared/texts/news/nw_sina_20220812_fujian_2022h1.txt (1,599 characters: the article is
shorter than the ~3,000-4,000 characters of an excerpt, so all of it is taken), copied by
code from the source bytes, never retyped.  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/nw_sina_20220812_fujian_2022h1.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_sina_20220812_fujian_2022h1"
PLACE = "福建省"
REF = "2022-08-12"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 22                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "福建最新GDP排名出炉：泉州总量最大，宁德增速最快"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2022-08-12: 上半年/今年上半年/2022年上半年 = 2022-01-01..2022-06-30,
# 一季度/今年一季度 = 2022 Q1, 去年 = 2021, 6月 = 2022-06)
H1 = P("上半年", "2022-01-01", "2022-06-30")
H1_NOW = P("今年上半年", "2022-01-01", "2022-06-30")
H1_END = P("上半年", "2022-06-30", "2022-06-30")
NULL = P("上半年", None, None)
Q1 = P("今年一季度", "2022-01-01", "2022-03-31")
Q1_BARE = P("一季度", "2022-01-01", "2022-03-31")
AFTER_Q2 = P("经过二季度后", "2022-01-01", "2022-06-30")
Y2021 = P("去年", "2021-01-01", "2021-12-31")
JUNE = P("6月", "2022-06-01", "2022-06-30")
STREAK = P("连续43个月", "2018-12-01", "2022-06-30")

# the document's period (line 2 福建省各地2022年上半年的GDP, title 福建最新GDP排名: 2022 H1)
# for numbers whose paragraph states no period before them; null reading in period_alts
DOC = dict(period=H1, period_alts=[NULL])
DOC_NOTE = ("no period expression before it in its paragraph → the document's period "
            "(2022年上半年的GDP, line 2: 2022 H1); null reading in period_alts")

C = {  # short form → official name
    "泉州": "泉州市", "福州": "福州市", "厦门": "厦门市", "漳州": "漳州市", "宁德": "宁德市",
    "龙岩": "龙岩市", "三明": "三明市", "莆田": "莆田市",
}


def city(short, *more):
    return dict(subject=C[short], subject_alts=[short, *more])


FZ_ALTS = ["福州（不含平潭）", "福州市（不含平潭）"]
FJ = dict(subject="福建省", subject_alts=["福建", "全省"])
CN = dict(subject="中国", subject_alts=["全国"])
GDP_ALTS = ["GDP总量", "GDP体量", "地区生产总值", "经济总量", "体量"]
GDP_G_ALTS = ["GDP增速", "增速", "GDP同比增速"]
FAI = "固定资产投资"
FAI_ALTS = ["固定资产投资增速", "固投"]

# ---- line 1: 来源：人民网福建频道 (no numerals) ---------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("福建省各地2022年上半年的GDP", "2022年上半年", PERIOD_NOTE)
g.neg("相较于一季度，各地GDP", "一季度", PERIOD_NOTE + " (comparison basis)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("上半年泉州的GDP总量", "上半年", PERIOD_NOTE)
g.neg("福州紧随其后，“双雄”", "双雄", "label 双雄 'the two leaders' (泉州, 福州), not a count")
g.fact("均超过5000亿元", "5000亿元", value=5e11, unit="CNY", kind="amount", bound="gt",
       metric="GDP", metric_alts=GDP_ALTS,
       subject="泉州市、福州市",
       subject_alts=["泉州、福州", "泉州和福州", "双雄", "泉州市", "泉州", "福州市", "福州"],
       period=H1,
       note="超过 → gt; one bound stated of the two named cities (“双雄”: 泉州, 福州) → one "
            "fact whose subject lists them; 上半年 earlier in the paragraph governs")
g.neg("独成一档", "一档", "idiom 独成一档 'in a class of its own', not a quantity")

# ---- line 4 ----------------------------------------------------------------------------
g.fact("全省平均水平（4.6%）", "4.6%", value=4.6, unit="%", kind="growth",
       metric="GDP", metric_alts=GDP_G_ALTS + ["全省平均水平", "GDP增速全省平均水平"],
       **FJ, **DOC, comparison="yoy",
       note="the province's GDP growth given as the benchmark (全省平均水平) → subject 福建省; "
            + DOC_NOTE)
g.fact("全国（2.5%）", "2.5%", value=2.5, unit="%", kind="growth",
       metric="GDP", metric_alts=GDP_G_ALTS + ["全国水平"], **CN, **DOC, comparison="yoy",
       note="national GDP growth as the benchmark → subject 中国; " + DOC_NOTE)

# ---- line 5 (heading) ------------------------------------------------------------------
g.neg("相较于一季度，泉州与福州", "一季度", PERIOD_NOTE + " (heading; comparison basis)")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("泉州、福州“双雄”霸榜", "双雄", "label 双雄 'the two leaders', not a count")
g.neg("但是二者之间", "二者", "anaphoric 二者 'the two' (泉州, 福州 just named), not a "
      "quantity claim")

# ---- line 7 ----------------------------------------------------------------------------
GAP_ALTS = ["差距", "GDP差距", "与福州的GDP差距", "与福州间的差距", "泉州与福州间的GDP差距",
            "泉州与福州的GDP差距", "领先福州的GDP", "GDP领先幅度", "领先幅度"]
GAP_SUBJ = dict(subject="泉州市",
                subject_alts=["泉州", "福州市", "福州", "泉州与福州", "泉州市与福州市",
                              "泉州、福州"])
g.neg("今年一季度，泉州GDP", "今年一季度", PERIOD_NOTE)
g.fact("GDP以百亿元领先", "百亿元", value=1e10, unit="CNY", kind="amount",
       metric="与福州间的GDP差距", metric_alts=GAP_ALTS, **GAP_SUBJ, period=Q1,
       note="泉州's Q1 GDP lead over 福州 (以百亿元领先于福州) → the GDP gap, 100亿元; no bound "
            "word → eq (a round figure as written)")
g.neg("经过二季度后", "二季度",
      PERIOD_NOTE + "; 经过二季度后 = once Q2 is over → cumulative H1")
g.fact("差距扩大到接近200亿元", "200亿元", value=2e10, unit="CNY", kind="amount",
       bound="approx", metric="与福州间的GDP差距", metric_alts=GAP_ALTS, **GAP_SUBJ,
       period=AFTER_Q2,
       note="接近 (like 近/将近) → approx, outside the span; 扩大到 gives the new level of the "
            "gap, not a change; after Q2 = the gap of the H1 (cumulative) GDPs → 2022 H1")
g.fact("福州的增速达到5.4%", "5.4%", value=5.4, unit="%", kind="growth",
       metric="GDP", metric_alts=GDP_G_ALTS, **city("福州"), period=AFTER_Q2,
       comparison="yoy",
       note="GDP growth (paragraph on GDP); governed by 经过二季度后 = 2022 H1 (cumulative)")
g.fact("泉州2.5%的增速", "2.5%", value=2.5, unit="%", kind="growth",
       metric="GDP", metric_alts=GDP_G_ALTS, **city("泉州"), period=AFTER_Q2,
       comparison="yoy", note="as 5.4% above")

# ---- line 8 ----------------------------------------------------------------------------
g.fact("跃居全省首位", "首位", value=1, unit="rank", kind="rank", scope="全省",
       metric="GDP总量", metric_alts=["GDP", "GDP排名", "经济总量"], **city("福州"),
       period=Y2021,
       note="去年 (2021) GDP总量 rank of 福州 in the province; 首位 → 1")
g.neg("泉州在“上半程”", "上半程",
      "metaphor 上半程 'first half (of the race)' = the year's first half, a period-like "
      "expression, not a quantity")
g.neg("但今年下半年福州", "今年下半年", PERIOD_NOTE)
g.neg("GDP“成绩单”", "成绩单", "lexicalized 成绩单 'report card'; 单 is not a numeral")

# ---- line 9 (heading) ------------------------------------------------------------------
STREAK_METRIC = "规模以上工业增加值增速保持首位持续时间"
STREAK_ALTS = ["规模以上工业增加值增速居设区市首位持续时间", "连续保持首位", "保持首位的连续月数",
               "保持首位持续时间", "规模以上工业增加值增速连续保持首位", "一指标保持首位持续时间",
               "指标保持首位持续时间", "连续保持首位时间"]
RANK_IVA_ALTS = ["规模以上工业增加值", "规上工业增加值增速", "规上工业增加值",
                 "规模以上工业增加值同比增速", "指标", "一指标", "这一指标"]
g.neg("宁德一指标", "一指标",
      "indefinite 一 + noun 'one (of its) indicator(s)', not a count")
g.fact("已连续43个月保持首位", "43个月", value=43 / 12, unit="year", kind="amount",
       metric=STREAK_METRIC, metric_alts=STREAK_ALTS, **city("宁德"), **DOC,
       note="heading: length of the streak (个月 = 1/12 year), as 连续4个月 in the yicai "
            "gold; the indicator (一指标) is named in line 11: 规模以上工业增加值 growth; "
            + DOC_NOTE)
g.fact("43个月保持首位", "首位", value=1, unit="rank", kind="rank", scope="福建省各设区市",
       metric="规模以上工业增加值增速", metric_alts=RANK_IVA_ALTS, **city("宁德"),
       period=H1, period_alts=[NULL, STREAK, H1_END],
       note="heading: rank 1 among 福建's 设区市 (line 11); " + DOC_NOTE
            + "; the 43-month span (Dec 2018-Jun 2022) and the end of H1 as alts")

# ---- line 10 ---------------------------------------------------------------------------
NDE = city("宁德")
g.neg("保持首位\n一季度，宁德", "一季度", PERIOD_NOTE)
g.fact("GDP增速达到了两位数", "两位数", value=10, unit="%", kind="growth", bound="ge",
       metric="GDP", metric_alts=GDP_G_ALTS, **NDE, period=Q1_BARE, comparison="yoy",
       note="达到了两位数 = growth of at least 10% (a vague but quantitative claim, as "
            "两位数增长 in wr_sichuan_2025) → value 10, bound ge")
g.neg("全省唯一增速", "唯一", "lexicalized 唯一 'the only one' (uniqueness, not a count or "
      "rank)")
g.neg("唯一增速达两位数的地市", "两位数",
      "threshold defining the set (增速达两位数的地市) of which 宁德 is the only member, not "
      "a second fact")
g.neg("尽管二季度宁德", "二季度", PERIOD_NOTE)
g.neg("但从上半年GDP来看", "上半年", PERIOD_NOTE)
g.fact("达到9.6%，仍保持", "9.6%", value=9.6, unit="%", kind="growth",
       metric="GDP", metric_alts=GDP_G_ALTS, **NDE, period=H1, comparison="yoy",
       note="其增速 = 宁德's H1 GDP growth (从上半年GDP来看)")
g.fact("仍保持在首位", "首位", value=1, unit="rank", kind="rank", scope="全省",
       metric="GDP增速", metric_alts=["GDP", "增速", "GDP同比增速"], **NDE, period=H1,
       note="首位 among the province's regions (领先于全省其他地区)")
g.fact("高出了5个百分点", "5个百分点", value=5, unit="pp", kind="change",
       metric="GDP增速", metric_alts=["增速", "GDP", "GDP同比增速"], **NDE, period=H1,
       comparison="比全省平均水平",
       note="pp difference of growth rates (9.6 − 4.6) → metric X增速; basis 全省平均水平 "
            "is the comparison")

# ---- line 11 ---------------------------------------------------------------------------
NDE_CITY = city("宁德", "全市")
g.neg("值得关注的是，今年上半年", "今年上半年", PERIOD_NOTE)
g.neg("较快增速。上半年全市", "上半年", PERIOD_NOTE)
g.fact("同比增长24.5%", "24.5%", value=24.5, unit="%", kind="growth",
       metric="规模以上工业增加值", metric_alts=["规上工业增加值", "规模以上工业增加值增速"],
       **NDE_CITY, period=H1, comparison="yoy",
       note="全市 → 宁德市 (the paragraph is about 宁德; the document's place 福建省 is not "
            "meant)")
g.neg("这一指标数据", "这一", "demonstrative 这一 'this', not a quantity")
g.fact("已经连续43个月", "43个月", value=43 / 12, unit="year", kind="amount",
       metric=STREAK_METRIC, metric_alts=STREAK_ALTS, **NDE_CITY, period=H1,
       note="length of the streak (个月 = 1/12 year), as in the heading; 上半年 governs")
g.fact("福建省各设区市首位", "首位", value=1, unit="rank", kind="rank",
       scope="福建省各设区市", metric="规模以上工业增加值增速", metric_alts=RANK_IVA_ALTS,
       **NDE_CITY, period=H1, period_alts=[STREAK, H1_END],
       note="这一指标 = 规模以上工业增加值同比增长 → rank of the growth rate; held in each of "
            "the last 43 months (alt Dec 2018-Jun 2022) and at the end of H1 (alt)")

# ---- line 12 ---------------------------------------------------------------------------
FOUR = "四大主导产业增加值"
g.neg("是宁德的四大主导产业", "四大",
      "set label 四大(主导产业) (cf. 八大重点行业), not a count claim")
g.neg("，今年上半年，四大主导", "今年上半年", PERIOD_NOTE)
g.neg("今年上半年，四大主导产业增加值", "四大", "set label 四大(主导产业), not a count")
g.fact("同比增长31.8%", "31.8%", value=31.8, unit="%", kind="growth",
       metric=FOUR, metric_alts=["四大主导产业", "主导产业增加值"],
       subject="宁德市", subject_alts=["宁德", "四大主导产业", "宁德市四大主导产业"],
       period=H1_NOW, comparison="yoy",
       note="sector aggregate of 宁德 → city as subject, sector as alt (README §4)")
g.fact("比重为81.5%", "81.5%", value=81.5, unit="%", kind="share",
       metric="四大主导产业增加值占规模以上工业比重",
       metric_alts=["四大主导产业增加值占全市规模以上工业比重", "占全市规模以上工业比重",
                    "占规模以上工业比重", "增加值占全市规模以上工业比重",
                    "四大主导产业占规模以上工业比重", "四大主导产业增加值占比",
                    "四大主导产业占比", "四大主导产业增加值占规模以上工业增加值比重"],
       subject="宁德市",
       subject_alts=["宁德", "全市", "四大主导产业", "宁德市四大主导产业"], period=H1_NOW,
       note="share of the four industries' value added in the city's 规上工业 (全市 → 宁德市)")
LI = "锂电新能源产业"
LI_SUBJ = dict(subject="宁德市",
               subject_alts=["宁德", "全市", LI, "宁德市" + LI])
g.fact("增加值增长44.3%", "44.3%", value=44.3, unit="%", kind="growth",
       metric=LI + "增加值", metric_alts=[LI, "锂电新能源产业增加值增速"], **LI_SUBJ,
       period=H1_NOW, comparison="yoy", note="增长 without basis → yoy")
g.fact("贡献率达84.7%", "84.7%", value=84.7, unit="%", kind="share",
       metric=LI + "对规模以上工业增加值增长贡献率",
       metric_alts=["对全市规模以上工业增加值增长贡献率", "对规模以上工业增加值增长贡献率",
                    "规模以上工业增加值增长贡献率", "贡献率", LI + "贡献率",
                    LI + "增加值贡献率", LI + "对全市规模以上工业增加值增长贡献率",
                    LI + "对规模以上工业增加值增长的贡献率"],
       **LI_SUBJ, period=H1_NOW,
       note="contribution rate = the industry's share of the growth of 规上工业增加值 → "
            "share (as 贡献率 in nw_chinanews); 达 → eq")
g.fact("拉动全市增长20.8个百分点", "20.8个百分点", value=20.8, unit="pp", kind="change",
       metric=LI + "拉动规模以上工业增加值增长",
       metric_alts=["拉动全市增长", "拉动增长", LI + "拉动全市增长", LI + "拉动",
                    "拉动规模以上工业增加值增长", "规模以上工业增加值增速",
                    "对规模以上工业增加值增长的拉动"],
       **LI_SUBJ, period=H1_NOW, comparison="yoy",
       note="pp contribution of the industry to the city's 规上工业 growth (24.5% × 84.7% ≈ "
            "20.8) → change in pp; comparison = that of the growth it contributes to (同比 "
            "24.5%) → yoy")

# ---- line 13 (heading, no numerals) ----------------------------------------------------

# ---- line 14 ---------------------------------------------------------------------------
g.neg("不同\n今年上半年，福建各地", "今年上半年", PERIOD_NOTE)
g.neg("重要引擎。上半年，福州", "上半年", PERIOD_NOTE)
g.neg("龙岩、三明、漳州", "三明", "place name 三明 (Sanming); 三 is not a quantity")
LIST_NOTE = ("分别: 福州（不含平潭）, 龙岩, 三明, 漳州, 厦门 ↔ the five values in order; "
             "growth without basis → yoy")
for i, (short, val, extra) in enumerate([("福州", 12.4, FZ_ALTS), ("龙岩", 12.0, []),
                                          ("三明", 11.3, []), ("漳州", 12.2, []),
                                          ("厦门", 10.5, [])]):
    target = f"{val:.1f}%"
    g.fact("增速分别为12.4%、12.0%、11.3%、12.2%、10.5%", target, value=val, unit="%",
           kind="growth", metric=FAI, metric_alts=FAI_ALTS, **city(short, *extra),
           period=H1, comparison="yoy", note=LIST_NOTE if i == 0 else None)
FIVE = ["福州市", "龙岩市", "三明市", "漳州市", "厦门市"]
g.fact("均超过两位数", "两位数", value=10, unit="%", kind="growth", bound="gt",
       metric=FAI, metric_alts=FAI_ALTS, subject="、".join(FIVE),
       subject_alts=["福州（不含平潭）、龙岩、三明、漳州、厦门", "福州、龙岩、三明、漳州、厦门",
                     *FIVE, "福州", "龙岩", "三明", "漳州", "厦门"],
       period=H1, comparison="yoy",
       note="a bound stated of the five named cities (均超过两位数: every growth > 10%) → "
            "one fact whose subject lists them; 超过 → gt, 两位数 → 10 (as wr_sichuan_2025)")
g.neg("另一部分则在", "一部分", "vague quantifier (另)一部分 'another part', not a quantity")

# ---- line 15 ---------------------------------------------------------------------------
QZ = city("泉州")
g.neg("发力。\n上半年，泉州市", "上半年", PERIOD_NOTE)
g.fact("同比增长2.3%", "2.3%", value=2.3, unit="%", kind="growth", metric=FAI,
       metric_alts=FAI_ALTS, **QZ, period=H1, comparison="yoy")
g.fact("其他地市两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
       metric=FAI, metric_alts=FAI_ALTS + ["增长"],
       subject="其他地市",
       subject_alts=["福建省其他地市", "其他设区市", "福州市、龙岩市、三明市、漳州市、厦门市"],
       period=H1, comparison="yoy",
       note="其他地市两位数增长: the double-digit (≥ 10%) investment growth of the other "
            "cities (line 14) → value 10, ge; subject as the text names it (其他地市)")
g.fact("工业投资增长达到23.4%", "23.4%", value=23.4, unit="%", kind="growth",
       metric="工业投资", metric_alts=["工业投资增速"], **QZ, period=H1, comparison="yoy",
       note="达到 → eq")
g.fact("拉动全部投资增长7.2个百分点", "7.2个百分点", value=7.2, unit="pp", kind="change",
       metric="工业投资拉动全部投资增长",
       metric_alts=["拉动全部投资增长", "工业投资拉动固定资产投资增长", "工业投资拉动",
                    "拉动固定资产投资增长", "全部投资增速", "固定资产投资增速",
                    "工业投资对全部投资增长的拉动"],
       **QZ, period=H1, comparison="yoy",
       note="pp contribution of 工业投资 to the growth of 全部投资 (= 固定资产投资) → "
            "change in pp; comparison = that of the growth it contributes to → yoy")
LY = city("龙岩", "全市")
g.fact("同比增长30%", "30%", value=30, unit="%", kind="growth", metric="制造业投资",
       metric_alts=["制造业投资增速"], **LY, period=H1, comparison="yoy")
g.fact("拉动全市固定资产投资增长9.5个百分点", "9.5个百分点", value=9.5, unit="pp",
       kind="change", metric="制造业投资拉动固定资产投资增长",
       metric_alts=["拉动全市固定资产投资增长", "拉动固定资产投资增长", "制造业投资拉动",
                    "制造业投资拉动全市固定资产投资增长", "固定资产投资增速",
                    "制造业投资对固定资产投资增长的拉动"],
       **LY, period=H1, comparison="yoy",
       note="pp contribution of 制造业投资 to 龙岩's 固定资产投资 growth (全市 → 龙岩市); "
            "comparison = that of the growth it contributes to → yoy")

# ---- line 16 ---------------------------------------------------------------------------
g.fact("增速超过20%", "20%", value=20, unit="%", kind="growth", bound="gt",
       metric="基础设施投资", metric_alts=["基础设施投资增速", "增速"],
       subject="福州市、莆田市",
       subject_alts=["福州（不含平潭）、莆田", "福州、莆田", "福州市（不含平潭）、莆田市",
                     "福州市", "福州", "莆田市", "莆田", *FZ_ALTS],
       **DOC, comparison="yoy",
       note="超过 → gt; one bound stated of two named cities → one fact; " + DOC_NOTE)

# ---- line 17 (heading, no numerals) ----------------------------------------------------

# ---- line 18 ---------------------------------------------------------------------------
g.neg("外贸大省，今年上半年", "今年上半年", PERIOD_NOTE)
TRADE_NOTE = "分别: 进出口, 出口, 进口 ↔ the three values in order; growth → yoy"
FJ_T = dict(subject="福建省", subject_alts=["福建"])
g.fact("分别增长12.4%", "12.4%", value=12.4, unit="%", kind="growth", metric="外贸进出口",
       metric_alts=["进出口", "外贸进出口总额", "进出口总额", "外贸进出口增速"], **FJ_T,
       period=H1_NOW, comparison="yoy", note=TRADE_NOTE)
g.fact("12.4%、17.8%", "17.8%", value=17.8, unit="%", kind="growth", metric="出口",
       metric_alts=["外贸出口", "出口增速", "外贸出口增速"], **FJ_T, period=H1_NOW,
       comparison="yoy", note=TRADE_NOTE)
g.fact("17.8%、4.9%", "4.9%", value=4.9, unit="%", kind="growth", metric="进口",
       metric_alts=["外贸进口", "进口增速", "外贸进口增速"], **FJ_T, period=H1_NOW,
       comparison="yoy", note=TRADE_NOTE)
g.neg("三者增速", "三者", "anaphoric 三者 'the three' (the indicators just listed), not a "
      "quantity claim")

# ---- line 19 ---------------------------------------------------------------------------
g.neg("福建外贸在一季度", "一季度", PERIOD_NOTE)
g.neg("影响，4月外贸", "4月", PERIOD_NOTE + " (month on its own, no figure)")
g.neg("但5月份、6月份", "5月份", PERIOD_NOTE + " (month on its own, no figure)")
g.neg("5月份、6月份迅速", "6月份", PERIOD_NOTE + " (month on its own, no figure)")
g.neg("尤其是6月", "6月", PERIOD_NOTE)
TR_ALTS = ["外贸进出口", "进出口规模", "当月进出口", "进出口总额", "外贸进出口总额"]
g.fact("当月进出口2212亿元", "2212亿元", value=2212e8, unit="CNY", kind="amount",
       metric="进出口", metric_alts=TR_ALTS, **FJ, period=JUNE,
       note="全省 → 福建省; 当月 = June 2022 (尤其是6月)")
g.fact("增长38.3%", "38.3%", value=38.3, unit="%", kind="growth", metric="进出口",
       metric_alts=TR_ALTS + ["进出口增速"], **FJ, period=JUNE, comparison="yoy")
g.fact("高24个百分点", "24个百分点", value=24, unit="pp", kind="change",
       metric="进出口增速", metric_alts=["增速", "进出口", "外贸增速", "外贸进出口增速"],
       **FJ, period=JUNE, comparison="较同期全国增速",
       note="pp difference of growth rates against the national rate → metric X增速; basis "
            "同期全国增速 is the comparison")

# ---- line 20 ---------------------------------------------------------------------------
g.neg("可圈可点：今年上半年", "今年上半年", PERIOD_NOTE)
g.fact("贸易顺差达166.5亿元", "166.5亿元", value=166.5e8, unit="CNY", kind="amount",
       metric="贸易顺差", metric_alts=["外贸顺差", "顺差"], **city("漳州"), period=H1_NOW,
       note="达 → eq")
g.fact("出口增长达到71.6%", "71.6%", value=71.6, unit="%", kind="growth", metric="出口",
       metric_alts=["出口增速", "外贸出口"], **city("宁德"), period=H1_NOW,
       comparison="yoy", note="达到 → eq")

# ---- lines 21-22: byline, 原标题 (no numerals) -----------------------------------------

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-22 (1,599 "
    "characters with the final newline, a byte copy made by code): the article is shorter "
    "than an excerpt of ~3,000-4,000 characters, so all of it is taken. Title: the corpus "
    "index's headline (the 新浪 repost); the original 人民网 title in line 22 reads "
    "泉州总量最大！宁德增速最快！福建最新GDP排名出炉！ Date: 2022-08-12, the date of the "
    "corpus index; nothing contradicts it: 近日…2022年上半年的GDP纷纷出炉 fits mid-August "
    "2022 (cities released H1 data in late July/early August), and 去年 (福州 overtaking "
    "泉州 in 2021 GDP) is 2021. Place: 福建省; each figure belongs to the subject the text "
    "names: the province (福建, 全省, 全省平均水平 → 福建省), 中国 (全国), or the 设区市 "
    "(official names 泉州市/福州市/…; short forms, 全市 and 福州（不含平潭） in subject_alts); "
    "全市 inside a paragraph about one city resolves to that city, not to the document's "
    "province; one bound stated of several named cities (“双雄”均超过5000亿元, 福州、莆田 "
    "增速超过20%, five cities 均超过两位数) is one fact whose subject lists them; "
    "其他地市两位数增长 keeps the text's subject 其他地市. Periods: 上半年/今年上半年/"
    "2022年上半年 = 2022-01-01..2022-06-30; 一季度/今年一季度 = 2022 Q1; 经过二季度后 = "
    "cumulative H1; 去年 = 2021; 6月/当月 = 2022-06. Numbers whose paragraph states no "
    "period before them (line 4's benchmarks 4.6%/2.5%, the heading 43个月/首位, line 16's "
    "20%) take the document's period (2022年上半年的GDP, line 2), the null reading in "
    "period_alts. 两位数 = 10 (达到了两位数 → ge; 超过两位数 → gt); the 两位数 that only "
    "defines the set of which 宁德 is the 唯一 member is a negative. 连续43个月 is a "
    "duration fact (43/12 year) as 连续4个月 in the yicai gold. 拉动…X个百分点 is a pp "
    "contribution (kind change, comparison yoy: that of the growth it adds to); 贡献率 "
    "is a share. 双雄, 二者, 三者, 四大(主导产业), 一指标, 这一, 一档, 唯一, 上半程, 成绩单, 三明 are negatives.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "新浪 repost of 人民网福建频道, via Rock-Candy-Tea/RSSHUB-PAGE)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
