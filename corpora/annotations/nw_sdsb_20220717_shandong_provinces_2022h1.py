"""Gold annotations for nw_sdsb_20220717_shandong_provinces_2022h1 (山东商报·速豹新闻网, 新浪财经
repost, 2022-07-17: 山东商报：山东找回信心，GDP增量罕见全国第一，财政收入反超上海).

The excerpt is the whole source, lines 1-29 of
shared/texts/news/nw_sdsb_20220717_shandong_provinces_2022h1.txt (the article is far
shorter than a 2,000-character excerpt, so all of it is taken), copied by code from the
source bytes, never retyped.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/nw_sdsb_20220717_shandong_provinces_2022h1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_sdsb_20220717_shandong_provinces_2022h1"
PLACE = "中国"
REF = "2022-07-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 29                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "山东商报：山东找回信心，GDP增量罕见全国第一，财政收入反超上海"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SET_NOTE = ("set label {} (the leading provinces by GDP: 粤苏鲁浙), not a count or rank of "
            "its own (as 十强 in nw_chinanews)")

# Periods (reference date 2022-07-17: 上半年/2022年上半年 = 2022-01-01..2022-06-30,
# 二季度 = 2022 Q2, 全年 = 2022, 去年同期 = H1 2021)
H1 = P("上半年", "2022-01-01", "2022-06-30")
H1_22 = P("2022年上半年", "2022-01-01", "2022-06-30")
H1_22B = P("2022上半年", "2022-01-01", "2022-06-30")
Q2 = P("二季度", "2022-04-01", "2022-06-30")
YEAR = P("全年", "2022-01-01", "2022-12-31")
NULL = P("上半年", None, None)
# the document's period (line 1: 国家统计局公布了2022年上半年…数据; the article reports H1
# 2022) for numbers whose line states no period before them; null reading in period_alts
DOC = dict(period=H1, period_alts=[NULL])
DOC_NOTE = ("no period expression before it in its line → the document's period (2022年"
            "上半年, line 1: H1 2022); null reading in period_alts")

CN = dict(subject="中国", subject_alts=["全国"])
CN_IMPLIED = dict(subject="中国", subject_alts=["全国", "我国"])
S = {"广东": "广东省", "江苏": "江苏省", "山东": "山东省", "浙江": "浙江省", "上海": "上海市"}


def prov(short, *more):
    return dict(subject=S[short], subject_alts=[short, *more])


GDP_ALTS = ["GDP总量", "地区生产总值", "生产总值", "经济总量"]
GDP_G_ALTS = ["GDP增速", "增速", "GDP同比增速", "经济增速"]
REV = "财政收入"
REV_ALTS = ["一般公共预算收入", "地方一般公共预算收入", "财政收入指标"]

# ---- line 1 ----------------------------------------------------------------------------
g.neg("7月15日，国家统计局", "7月15日", "date on its own (the NBS release day)")
g.neg("公布了2022年上半年全国", "2022年上半年", PERIOD_NOTE)

# ---- line 2 ----------------------------------------------------------------------------
g.neg("2022年上半年全国GDP达", "2022年上半年", PERIOD_NOTE)
g.fact("全国GDP达56.26万亿元", "56.26万亿元", value=56.26e12, unit="CNY", kind="amount",
       metric="GDP", metric_alts=["国内生产总值", "GDP总量"], **CN, period=H1_22,
       note="达 → eq")
g.fact("万亿元，同比增长2.5%", "2.5%", value=2.5, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS, **CN, period=H1_22, comparison="yoy")
g.neg("其中二季度GDP", "二季度", PERIOD_NOTE)
g.fact("二季度GDP同比增长0.4%", "0.4%", value=0.4, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS, **CN, period=Q2, comparison="yoy",
       note="其中二季度 → Q2 2022 alone (2022-04-01..06-30)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("一系列扎实稳住", "一系列", "vague quantifier 一系列 'a series of', not a quantity")
g.neg("尤其是二季度实现了", "二季度", PERIOD_NOTE)

# ---- line 4 ----------------------------------------------------------------------------
g.neg("但目前来看，上半年", "上半年", PERIOD_NOTE)
g.fact("上半年2.5%的增速", "2.5%", value=2.5, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS, **CN_IMPLIED, period=H1, comparison="yoy",
       note="the national H1 GDP growth restated (its own mention, its own fact); the "
            "subject is the country of the national data (line 2), compared with the "
            "government work report's target")
g.fact("“全年GDP增长5.5%”", "5.5%", value=5.5, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS + ["全年GDP增长预期目标", "预期目标"], **CN_IMPLIED,
       period=YEAR, modality="target", comparison="yoy",
       note="the 2022 government work report's expected target (预期目标) → modality "
            "target; 全年 = 2022")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("在公布上半年全国统计数据", "上半年", PERIOD_NOTE)
g.fact("同步公布了全国31个省市", "31个", value=31, unit="count", kind="count",
       classifier="个", metric="同步公布经济数据的省市",
       metric_alts=["公布经济数据的省市", "公布上半年经济数据的省市", "省市", "省份",
                    "同步公布经济数据的省市数量"],
       **CN, period=H1,
       period_alts=[P("今年", "2022-01-01", "2022-12-31"), P("上半年", REF, REF), NULL],
       note="count of provinces (省市 = provincial-level regions) → 中国; the data are "
            "those of 上半年 (the last period before it); alts: 今年, the instant at the "
            "reference date (published as of now), null")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("5月25日召开的", "5月25日", "date on its own (the day of the meeting)")
g.neg("各地二季度经济", "二季度", PERIOD_NOTE)

# ---- line 7 ----------------------------------------------------------------------------
g.fact("31个省市的经济家底", "31个", value=31, unit="count", kind="count", classifier="个",
       metric="经济家底同时亮相的省市",
       metric_alts=["经济数据同时公布的省市", "同步公布经济数据的省市", "公布经济数据的省市",
                    "省市", "省份"],
       **CN, **DOC, note="count of provinces → 中国; " + DOC_NOTE)

# ---- line 8 ----------------------------------------------------------------------------
SD = prov("山东")
g.neg("山东上半年表现优异", "上半年", PERIOD_NOTE)
g.fact("GDP增速3.6%，在", "3.6%", value=3.6, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS, **SD, period=H1, comparison="yoy")
g.neg("在粤苏鲁浙四强中领跑", "四强", SET_NOTE.format("四强"))
INC_ALTS = ["GDP增量", "增量", "经济增量"]
g.fact("增量达到2811亿元", "2811亿元", value=2811e8, unit="CNY", kind="amount",
       metric="GDP增量", metric_alts=["增量", "经济增量", "GDP总量增量"], **SD, period=H1,
       note="increase of H1 GDP over H1 2021 (增量) → metric GDP增量 (SPEC §2, signed +); "
            "达到 → eq")
g.fact("罕见地位居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="GDP增量", metric_alts=["增量", "GDP增量排名"], **SD, period=H1,
       note="rank of the H1 GDP increase among the provinces (超过广东、江苏 … 全国第一)")
g.neg("上海上半年仅完成", "上半年", PERIOD_NOTE)
SH = prov("上海")
g.fact("仅完成3795亿元", "3795亿元", value=3795e8, unit="CNY", kind="amount", metric=REV,
       metric_alts=REV_ALTS, **SH, period=H1,
       note="在财政收入指标中 → metric 财政收入 (the heading of line 20 calls it 一般公共"
            "预算收入); 仅 is emphasis → eq")
g.fact("增速为-12.9%", "-12.9%", value=-12.9, unit="%", kind="growth", metric=REV,
       metric_alts=REV_ALTS + ["财政收入增速"], **SH, period=H1, comparison="yoy",
       note="negative growth written with a minus sign → −12.9")
g.fact("山东以3950亿元超过上海", "3950亿元", value=3950e8, unit="CNY", kind="amount",
       metric=REV, metric_alts=REV_ALTS, **SD, period=H1,
       note="上半年 (上海上半年…, same line) governs")
g.fact("排名上升至全国第四位", "第四位", value=4, unit="rank", kind="rank", scope="全国",
       metric=REV, metric_alts=REV_ALTS + ["财政收入排名"], **SD, period=H1,
       note="rank by 财政收入 size; 位 kept in the span (as 第十一位 in nw_sina_20220427); "
            "上升至 gives the new rank, not a change")

# ---- line 9 (heading) ------------------------------------------------------------------
g.neg("位列经济四强省首位", "四强", SET_NOTE.format("四强(省)"))
g.fact("位列经济四强省首位", "首位", value=1, unit="rank", kind="rank", scope="经济四强省",
       metric="GDP增速", metric_alts=["GDP", "增速", "GDP同比增速"], **SD, **DOC,
       note="heading: 首位 → 1 among the four leading provinces (粤苏鲁浙, 3.6% in line 15); "
            + DOC_NOTE)

# ---- line 10 ---------------------------------------------------------------------------
g.neg("2022年上半年国内生产总值", "2022年上半年", PERIOD_NOTE)
g.fact("国内生产总值562642亿元", "562642亿元", value=562642e8, unit="CNY", kind="amount",
       metric="国内生产总值", metric_alts=["GDP", "GDP总量"], **CN_IMPLIED, period=H1_22,
       note="国内生产总值 is the national aggregate → subject 中国 (no subject word)")
g.fact("亿元，同比增长2.5%，整体", "2.5%", value=2.5, unit="%", kind="growth",
       metric="国内生产总值", metric_alts=["GDP", "GDP增速", "国内生产总值增速", "增速"],
       **CN_IMPLIED, period=H1_22, comparison="yoy")

# ---- line 11 ---------------------------------------------------------------------------
g.neg("2022年的整体站位", "2022年", PERIOD_NOTE)
g.neg("与2021年同期相比", "2021年同期", PERIOD_NOTE + " (here a comparison basis)")

# ---- line 12 ---------------------------------------------------------------------------
L12_NOTE = ("GDP of each of the four leading provinces, in brackets after its name (the "
            "article's GDP comparison: 广东 59518亿元 is its H1 2022 GDP); " + DOC_NOTE)
for i, (short, amount) in enumerate([("广东", "59518亿元"), ("江苏", "56909亿元"),
                                     ("山东", "41717亿元"), ("浙江", "36222亿元")]):
    g.fact(f"{short}（{amount}）", amount, value=float(amount[:-2]) * 1e8, unit="CNY",
           kind="amount", metric="GDP", metric_alts=GDP_ALTS, **prov(short), **DOC,
           note=L12_NOTE if i == 0 else None)
g.neg("全国四大经济强省", "四大", "set label 四大(经济强省) (cf. 八大重点行业, 四大主导产业), "
      "not a count or rank of its own")

# ---- line 13 ---------------------------------------------------------------------------
g.fact("优势增加了1100亿", "1100亿", value=1100e8, unit="CNY", kind="amount",
       metric="领先浙江的优势增量",
       metric_alts=["山东领先浙江的优势增量", "领先浙江的优势", "与浙江的GDP差距增量",
                    "领先浙江的GDP差距增量", "GDP差距增量", "优势增量", "领先优势增量"],
       subject="山东省", subject_alts=["山东", "浙江省", "浙江", "山东与浙江", "山东省与浙江省"],
       **DOC,
       note="absolute change of a level (the GDP lead of 山东 over 浙江 增加了, 与去年同期相比) "
            "→ <level>增量, signed + (SPEC §2); 亿 without 元, the lead is in GDP money → "
            "CNY (as 规模突破了1万亿 in nw_sina_20220427); 去年同期 is the basis, not the "
            "period → " + DOC_NOTE)

# ---- line 14 ---------------------------------------------------------------------------
g.neg("，一方面得益于", "一方面", "discourse marker 一方面")
g.neg("，另一方面与其", "一方面", "discourse marker 另一方面")

# ---- line 15 ---------------------------------------------------------------------------
g.neg("从增速看，2022年上半年", "2022年上半年", PERIOD_NOTE)
L15_NOTE = "分别: 广东, 江苏, 山东, 浙江 ↔ the four values in order; growth → yoy"
for i, (short, ctx, tgt) in enumerate([("广东", "分别是2%、", "2%"),
                                       ("江苏", "2%、1.6%、", "1.6%"),
                                       ("山东", "1.6%、3.6%和", "3.6%"),
                                       ("浙江", "3.6%和2.5%。", "2.5%")]):
    g.fact(ctx, tgt, value=float(tgt[:-1]), unit="%", kind="growth", metric="GDP",
           metric_alts=GDP_G_ALTS, **prov(short), period=H1_22, comparison="yoy",
           note=L15_NOTE if i == 0 else None)

# ---- line 16 ---------------------------------------------------------------------------
g.neg("在粤苏浙鲁四强中", "四强", SET_NOTE.format("四强"))
g.neg("无论是二季度GDP增速", "二季度", PERIOD_NOTE)
g.neg("还是上半年GDP增速", "上半年", PERIOD_NOTE)
g.neg("位居四强第一", "四强", SET_NOTE.format("四强"))
g.fact("位居四强第一", "第一", value=1, unit="rank", kind="rank", scope="四强",
       metric="GDP增速", metric_alts=["GDP", "增速", "GDP同比增速", "上半年GDP增速",
                                     "二季度GDP增速"],
       **SD, period=H1, period_alts=[Q2],
       note="one rank mention stated of both the Q2 and the H1 GDP growth (无论是…还是…) "
            "→ one fact; the last period before it (上半年) is the period, 二季度 an alt")

# ---- line 17 (heading): no numerals ----------------------------------------------------

# ---- line 18 ---------------------------------------------------------------------------
g.neg("2022年上半年，全国GDP增速最高", "2022年上半年", PERIOD_NOTE)
g.fact("增速最高的3个省份", "3个", value=3, unit="count", kind="count", classifier="个",
       metric="GDP增速最高的省份",
       metric_alts=["全国GDP增速最高的省份", "GDP增速最高的3个省份", "增速最高的省份",
                    "GDP增速全国最高的省份", "省份"],
       **CN, period=H1_22,
       note="numeral + classifier + noun → a count of provinces → 中国 (alt 全国); the "
            "three are then named (宁夏、山西、陕西) with 分别 but without a numeral each, "
            "so no separate rank facts (as 排名前五位分别是 in nw_chinanews)")

# ---- lines 19-20 -----------------------------------------------------------------------
g.neg("增速列经济四强省首位", "四强", SET_NOTE.format("四强(省)"))
g.fact("增速列经济四强省首位", "首位", value=1, unit="rank", kind="rank", scope="经济四强省",
       metric="一般公共预算收入增速",
       metric_alts=["一般公共预算收入", "财政收入增速", "增速", "地方一般公共预算收入增速"],
       **SD, **DOC,
       note="heading (同口径计算): 首位 → 1 among the four leading provinces by the growth "
            "of 一般公共预算收入; " + DOC_NOTE)

# ---- line 22 ---------------------------------------------------------------------------
g.fact("山东和浙江四个经济强省", "四个", value=4, unit="count", kind="count",
       classifier="个", metric="经济强省",
       metric_alts=["经济强省数量", "省份", "经济强省对比"],
       **CN, **DOC,
       note="list + numeral + classifier → a count of provinces (as 湖南、湖北、江西、山西"
            "4个中部省份 in nw_sina_20220427) → 中国; " + DOC_NOTE)

# ---- line 24 (heading) -----------------------------------------------------------------
UNEMP = "城镇调查失业率"
UNEMP_ALTS = ["全国城镇调查失业率", "调查失业率", "失业率"]
g.fact("失业率连续两个月回落", "两个月", value=2 / 12, unit="year", kind="amount",
       metric="城镇调查失业率回落持续时间",
       metric_alts=["城镇调查失业率连续回落时间", "城镇调查失业率连续回落", "连续回落",
                    "回落持续时间", "城镇调查失业率连续回落的月数", "失业率回落持续时间"],
       **CN, period=H1,
       period_alts=[NULL, P("连续两个月", "2022-05-01", "2022-06-30")],
       note="heading: length of the streak (连续两个月, 个月 = 1/12 year), a duration fact as "
            "连续43个月 in nw_sina_20220812; " + DOC_NOTE + "; the May-June 2022 span "
            "(the rate fell in May, line 26, and June) as another alt")

# ---- line 25 ---------------------------------------------------------------------------
g.neg("最新数据显示，2022上半年", "2022上半年", PERIOD_NOTE)
g.fact("城镇新增就业654万人", "654万人", value=654e4, unit="count", kind="count",
       classifier="人", metric="城镇新增就业",
       metric_alts=["城镇新增就业人数", "新增就业", "全国城镇新增就业"], **CN, period=H1_22B,
       note="a flow over H1 (新增) → the H1 span")
g.fact("平均为5.7%", "5.7%", value=5.7, unit="%", kind="share", metric=UNEMP,
       metric_alts=UNEMP_ALTS + ["城镇调查失业率平均值", "平均城镇调查失业率"], **CN,
       period=H1_22B,
       note="a rate of a population → share (SPEC §2); the H1 average of the monthly "
            "rates → the H1 span")
g.neg("其中二季度平均为", "二季度", PERIOD_NOTE)
g.fact("二季度平均为5.8%", "5.8%", value=5.8, unit="%", kind="share", metric=UNEMP,
       metric_alts=UNEMP_ALTS + ["城镇调查失业率平均值", "平均城镇调查失业率"], **CN,
       period=Q2, note="the Q2 average → Q2 2022")

# ---- line 26 ---------------------------------------------------------------------------
g.neg("在5月已经迎来", "5月", PERIOD_NOTE + " (month on its own, no figure)")

# ---- line 27 (heading) -----------------------------------------------------------------
g.neg("东南五省继续领跑全国", "五省", "group name 东南五省 (as 中部六省 in "
      "nw_sina_20220427), not a count claim")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-29 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): the "
    "article is shorter than a 2,000-character excerpt, so all of it is taken (nine chart "
    "images were removed by the corpus, so some lines only introduce charts). Title: the "
    "corpus index's headline (the 新浪 repost of 山东商报); it is not in the text. Date: "
    "2022-07-17, the feed date of the repost; nothing contradicts it (NBS released H1 "
    "2022 data on 7月15日, line 1). Place: the corpus index lists several provinces and "
    "全国 (多省份); a gold place is one region, and the article is a round-up of national "
    "and provincial H1 data seen from 山东, so the place is 中国 as in the other "
    "multi-province round-ups (nw_sina_20220427, nw_chinanews_20211101); no 全省/全市 "
    "needs it: each figure carries the region the text names (official name, short form "
    "in subject_alts); 全国 and the unmarked national aggregates (上半年2.5%的增速, "
    "国内生产总值) → 中国; counts of provinces (31个省市, 3个省份, 四个经济强省) → 中国. "
    "Periods: 上半年/2022年上半年/2022上半年 = 2022-01-01..2022-06-30; 二季度 = "
    "2022-04-01..2022-06-30; 全年 (the 5.5% target) = 2022; numbers whose line states no "
    "period before them (line 7's 31个, the headings' ranks and duration, line 12's GDPs, "
    "line 13's 1100亿, line 22's 四个) take the document's period (H1 2022) with the null "
    "reading in period_alts; 与去年同期相比 is a comparison basis. The 5.5% of the "
    "government work report is a target. 增量 facts (2811亿元, 1100亿) use metric "
    "<level>增量. 四强, 四大(经济强省), 东南五省 are set labels/group names (negatives); "
    "连续两个月 is a duration fact (2/12 year). The unemployment rates are shares.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "山东商报·速豹新闻网 via 新浪财经 repost, Rock-Candy-Tea/RSSHUB-PAGE)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
