"""Gold annotations for nw_cctv_20130512_sichuan_quake_areas_2013 (corpora/).

央视网消息(新闻联播), 2013-05-12: 【巨灾重建 五年回眸-数字看变化】灾区经济增速高于四川省平均水平.
The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20130512_sichuan_quake_areas_2013.txt (a short 新闻联播 item, 601
characters, far shorter than a normal excerpt, so all of it is taken), copied by code from
the source bytes, never retyped.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20130512_sichuan_quake_areas_2013.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20130512_sichuan_quake_areas_2013"
PLACE = "四川省"
REF = "2013-05-12"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "【巨灾重建 五年回眸-数字看变化】灾区经济增速高于四川省平均水平"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【巨灾重建 五年回眸", ends="完成投资31.7亿元。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTOR_NOTE = "sector name {} (an ordinal label of the industry), not a rank"

# Periods (reference date 2013-05-12, the broadcast day, the 5th anniversary of the
# 2008-05-12 Wenchuan earthquake).
Y2012 = P("2012年", "2012-01-01", "2012-12-31")
# line 4 states no period; its three sectors sum to the 2012 GDP of line 3 (710.5 + 2308.5 +
# 1312.9 = 4331.9), so they are 2012 figures: 2012 is the gold period, null the alt.
Y2012_L4 = P("2012年", "2012-01-01", "2012-12-31")
NULL = P("2012年", None, None)
# line 5: 2012年以来 read literally = 2012-01-01..reference date; the figures are the 2012
# annual ones in all likelihood (the item reports 2012 data) → 2012 and the Q1-2013 cut as alts.
SINCE12 = P("2012年以来", "2012-01-01", REF)
SINCE12_ALTS = [P("2012年以来", "2012-01-01", "2012-12-31"),
                P("2012年以来", "2012-01-01", "2013-03-31")]
# line 6: 恢复重建阶段 (the reconstruction phase, 2008-05 to about end-2010: 三年重建任务两年
# 基本完成) — no dates in the text → text only; the 2008-05-12..2010-12-31 reading as alt.
REBUILD = P("恢复重建阶段", None, None)
REBUILD_ALTS = [P("恢复重建阶段", "2008-05-12", "2010-12-31")]
# line 7: 三年累计 = three full years before the reference year (SPEC §4, as 近三年) =
# 2010..2012; alts: the three reconstruction years 2008..2010, and null.
THREE = P("三年", "2010-01-01", "2012-12-31")
THREE_ALTS = [P("三年", "2008-01-01", "2010-12-31"), P("三年", "2008-05-12", "2010-12-31"),
              P("三年", None, None)]
Y0910 = P("2009年和2010年", "2009-01-01", "2010-12-31")
# line 8: 近两年多来 'in the past two-odd years' → start vague, end = reference date (as 近年来).
RECENT = P("近两年多来", None, REF)
RECENT_ALTS = [P("近两年多来", "2011-01-01", REF), P("近两年多来", "2011-01-01", "2012-12-31"),
               P("近两年多来", None, None)]

AREA_ALTS = ["灾区", "四川灾区", "四川汶川地震灾区", "汶川地震灾区39个重灾县(市)",
             "39个重灾县(市)", "39个重灾县（市）", "39个重灾县", "重灾县(市)", "重灾县",
             "四川灾区39个重灾县(市)", "四川灾区39个重灾县（市）", "汶川灾区"]
AREA = dict(subject="汶川地震灾区", subject_alts=AREA_ALTS)
SC = dict(subject="四川省", subject_alts=["四川", "全省", "汶川地震灾区", "灾区", "四川灾区"])
COUNTY = "重灾县(市)"
COUNTY_ALTS = ["重灾县（市）", "重灾县", "重灾县(市)数量", "重灾县数量", "灾区重灾县",
               "四川灾区重灾县(市)", "县(市)", "县"]
COUNTY_SUBJ = dict(subject="四川省",
                   subject_alts=["四川", "汶川地震灾区", "灾区", "四川灾区", "四川汶川地震灾区"])
COUNTY_NOTE = ("count of the severely hit counties (the set the figures of the line belong "
               "to): a count of places → the province that holds them (as 中西部地区20个省份 "
               "→ 中国 in nw_cctv_20130427), the quake area as alt; each restatement is its own "
               "mention → its own fact")
GDP = "地区生产总值"
GDP_ALTS = ["GDP", "地区生产总值(GDP)", "地区生产总值（GDP）", "生产总值", "经济"]

# ---- line 1: title -------------------------------------------------------------------------
g.neg("【巨灾重建 五年回眸", "五年",
      "column label 五年回眸 ('looking back over five years', the anniversary series), not a "
      "duration fact")

g.neg("高于四川省平均水平", "四川", "place name 四川 (四川省), not a quantity")

# ---- line 2 ------------------------------------------------------------------------------
g.neg("：震后五年，随着", "震后五年", PERIOD_NOTE + " (five years after the quake, i.e. the "
      "time of the story; not a duration fact, as 五年来)")

# ---- line 3 ------------------------------------------------------------------------------
g.neg("2012年四川灾区", "2012年", PERIOD_NOTE)
g.neg("2012年四川灾区", "四川", "place name 四川, not a quantity")
g.fact("四川灾区39个重灾县(市)实现地区", "39个", value=39, unit="count", kind="count",
       classifier="个", metric=COUNTY, metric_alts=COUNTY_ALTS, **COUNTY_SUBJ,
       period=Y2012, period_alts=[NULL], note=COUNTY_NOTE + "; 2012年 of the line governs "
       "(alt null: the set does not change)")
g.fact("(GDP)4331.9亿元", "4331.9亿元", value=4331.9e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **AREA, period=Y2012,
       note="the quake area's GDP (the 39 counties together) → subject 汶川地震灾区 (the name "
            "of the area in line 2), the 39 counties as alts, as 东部地区 / 东部11个省市 in "
            "nw_cctv_20130427; not 四川省's GDP")
g.fact("同比增长13.3%", "13.3%", value=13.3, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_ALTS + ["GDP增速", "地区生产总值增速"], **AREA, period=Y2012,
       comparison="yoy", note="同比 → yoy; the level and its growth share the metric")
g.fact("全省平均水平高0.7个百分点", "0.7个百分点", value=0.7, unit="pp", kind="change",
       metric="地区生产总值增速",
       metric_alts=["GDP增速", "增速", "地区生产总值(GDP)增速", "经济增速", "GDP"],
       **AREA, period=Y2012, comparison="比全省平均水平",
       note="pp difference of growth rates (增速比全省平均水平高) → metric X增速, positive, "
            "comparison = the surface basis 比全省平均水平 (全省 = 四川省)")

# ---- line 4 ------------------------------------------------------------------------------
L4_NOTE = ("line 4 states no period; the three sectors add up to the 2012 GDP of line 3 "
           "(710.5 + 2308.5 + 1312.9 = 4331.9), so they are 2012 figures → 2012 (judgement "
           "call: the line-bound reading gives null, kept as alt)")
g.fact("明显，39个重灾县(市)实现第一产业", "39个", value=39, unit="count", kind="count",
       classifier="个", metric=COUNTY, metric_alts=COUNTY_ALTS, **COUNTY_SUBJ,
       period=Y2012_L4, period_alts=[NULL], note=COUNTY_NOTE + "; " + L4_NOTE)
g.neg("实现第一产业增加值", "第一产业", SECTOR_NOTE.format("第一产业"))
g.fact("第一产业增加值710.5亿元", "710.5亿元", value=710.5e8, unit="CNY", kind="amount",
       metric="第一产业增加值", metric_alts=["第一产业"], **AREA, period=Y2012_L4,
       period_alts=[NULL], note=L4_NOTE)
g.fact("710.5亿元，增长4.4%", "4.4%", value=4.4, unit="%", kind="growth",
       metric="第一产业增加值", metric_alts=["第一产业"], **AREA, period=Y2012_L4,
       period_alts=[NULL], comparison="yoy", note="增长 without basis → yoy; " + L4_NOTE)
g.neg("；第二产业增加值", "第二产业", SECTOR_NOTE.format("第二产业"))
g.fact("第二产业增加值2308.5亿元", "2308.5亿元", value=2308.5e8, unit="CNY", kind="amount",
       metric="第二产业增加值", metric_alts=["第二产业"], **AREA, period=Y2012_L4,
       period_alts=[NULL], note=L4_NOTE)
g.fact("2308.5亿元，增长17.5%", "17.5%", value=17.5, unit="%", kind="growth",
       metric="第二产业增加值", metric_alts=["第二产业"], **AREA, period=Y2012_L4,
       period_alts=[NULL], comparison="yoy", note="增长 → yoy; " + L4_NOTE)
g.neg("；第三产业增加值", "第三产业", SECTOR_NOTE.format("第三产业"))
g.fact("第三产业增加值1312.9亿元", "1312.9亿元", value=1312.9e8, unit="CNY", kind="amount",
       metric="第三产业增加值", metric_alts=["第三产业"], **AREA, period=Y2012_L4,
       period_alts=[NULL], note=L4_NOTE)
g.fact("1312.9亿元，增长11%", "11%", value=11, unit="%", kind="growth",
       metric="第三产业增加值", metric_alts=["第三产业"], **AREA, period=Y2012_L4,
       period_alts=[NULL], comparison="yoy", note="增长 → yoy; " + L4_NOTE)

# ---- line 5 ------------------------------------------------------------------------------
L5_NOTE = ("2012年以来 read literally → 2012-01-01..reference date; the figures are in all "
           "likelihood the 2012 annual ones (the item reports 2012 data) → 2012 as alt, and "
           "the cut at 2013 Q1 as another alt")
g.neg("长。2012年以来，39个", "2012年以来", PERIOD_NOTE)
g.fact("2012年以来，39个重灾县(市)", "39个", value=39, unit="count", kind="count",
       classifier="个", metric=COUNTY, metric_alts=COUNTY_ALTS, **COUNTY_SUBJ,
       period=SINCE12, period_alts=SINCE12_ALTS + [P("2012年以来", None, None)], note=COUNTY_NOTE + "; " + L5_NOTE)
g.fact("零售总额1551.3亿元", "1551.3亿元", value=1551.3e8, unit="CNY", kind="amount",
       metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额", "消费品零售总额"],
       **AREA, period=SINCE12, period_alts=SINCE12_ALTS, note=L5_NOTE)
g.fact("1551.3亿元，增长15.5%", "15.5%", value=15.5, unit="%", kind="growth",
       metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额", "消费品零售总额"],
       **AREA, period=SINCE12, period_alts=SINCE12_ALTS, comparison="yoy",
       note="增长 without basis → yoy; " + L5_NOTE)
INCOME = "城镇居民人均可支配收入"
INCOME_ALTS = ["城镇居民人均可支配收入增长", "人均可支配收入", "城镇居民收入"]
g.fact("可支配收入为20116元", "20116元", value=20116, unit="CNY", kind="amount",
       metric=INCOME, metric_alts=INCOME_ALTS, **AREA, period=SINCE12, period_alts=SINCE12_ALTS,
       note="per-capita urban disposable income of the quake area (same subject as the line); "
            + L5_NOTE)
g.fact("元，同比增长15.9%", "15.9%", value=15.9, unit="%", kind="growth",
       metric=INCOME, metric_alts=INCOME_ALTS, **AREA, period=SINCE12, period_alts=SINCE12_ALTS,
       comparison="yoy", note="同比 → yoy; " + L5_NOTE)
g.fact("全省平均水平高2.4个百分点", "2.4个百分点", value=2.4, unit="pp", kind="change",
       metric=INCOME + "增速",
       metric_alts=[INCOME + "增幅", "增幅", "增速", INCOME, "城镇居民收入增幅"],
       **AREA, period=SINCE12, period_alts=SINCE12_ALTS, comparison="比全省平均水平",
       note="pp difference of growth rates (增幅比全省平均水平高) → metric X增速 (X增幅 as "
            "written, alt), positive; comparison = the surface basis; " + L5_NOTE)

# ---- line 6 ------------------------------------------------------------------------------
FUND_NOTE = ("funds arranged (安排) for the quake area by the province (the arranger is not "
             "named; the item is a provincial summary → 四川省, the document's place; the "
             "quake area the funds go to as alt) — judgement call")
g.fact("安排1.4亿元工业发展资金", "1.4亿元", value=1.4e8, unit="CNY", kind="amount",
       metric="工业发展资金",
       metric_alts=["安排工业发展资金", "贴息贷款工业发展资金", "用于贴息贷款的工业发展资金",
                    "贴息贷款资金"],
       **SC, period=REBUILD, period_alts=REBUILD_ALTS,
       note=FUND_NOTE + "; 恢复重建阶段 (no dates in the text) → text only, the 2008-05-12.."
            "2010-12-31 reading as alt")

# ---- line 7 ------------------------------------------------------------------------------
g.neg("资金，三年累计安排", "三年", PERIOD_NOTE + " (三年累计 'summed over three years', "
      "as 近三年来: not a duration fact)")
THREE_NOTE = ("三年累计 → the sum over three years, a flow; 三年 = the three full years before "
              "the reference year (SPEC §4) = 2010..2012 (alts: the three reconstruction years "
              "2008..2010, and null)")
g.fact("技改资金3.9亿元", "3.9亿元", value=3.9e8, unit="CNY", kind="amount",
       metric="技改资金",
       metric_alts=["安排技改资金", "累计安排技改资金", "技术改造资金", "工业发展资金"],
       **SC, period=THREE, period_alts=THREE_ALTS, note=FUND_NOTE + "; " + THREE_NOTE)
g.fact("创新资金1.69亿元", "1.69亿元", value=1.69e8, unit="CNY", kind="amount",
       metric="创新资金", metric_alts=["安排创新资金", "累计安排创新资金", "工业发展资金"],
       **SC, period=THREE, period_alts=THREE_ALTS,
       note="second item of the 累计安排 list; " + THREE_NOTE)
g.fact("战略性新兴产业资金6000万元", "6000万元", value=6e7, unit="CNY", kind="amount",
       metric="战略性新兴产业资金",
       metric_alts=["安排战略性新兴产业资金", "累计安排战略性新兴产业资金", "工业发展资金"],
       **SC, period=THREE, period_alts=THREE_ALTS,
       note="third item of the 累计安排 list; " + THREE_NOTE)
g.fact("支持灾区建设18个对口援建", "18个", value=18, unit="count", kind="count",
       classifier="个", metric="对口援建产业合作园区",
       metric_alts=["产业合作园区", "对口援建产业合作园区数量", "建设对口援建产业合作园区",
                    "支持建设对口援建产业合作园区", "产业园区"],
       **AREA, period=THREE, period_alts=THREE_ALTS,
       note="parks built in the quake area (支持灾区建设 … 园区: the area owns them); 三年 earlier in the line still governs (literal "
            "inheritance; alts as for the funds)",
       )
g.neg("园区，2009年和2010年共安排", "2009年和2010年", PERIOD_NOTE + " (2009-01-01.."
      "2010-12-31)")
g.fact("产业园区发展资金6250万元", "6250万元", value=6250e4, unit="CNY", kind="amount",
       metric="产业园区发展资金",
       metric_alts=["安排产业园区发展资金", "共安排产业园区发展资金", "园区发展资金"],
       **SC, period=Y0910,
       note="共安排 = the total over the two years (a flow), stated exactly → eq; " + FUND_NOTE)

# ---- line 8 ------------------------------------------------------------------------------
g.neg("近两年多来，在39个", "近两年多来", PERIOD_NOTE + " ('in the past two-odd years', not a "
      "duration fact)")
RECENT_NOTE = ("近两年多来 → start vague, end = reference date (as 近年来 in 001); alts: from "
               "2011 to the reference date, the two full years 2011-2012, and null")
g.fact("在39个重灾县实施", "39个", value=39, unit="count", kind="count", classifier="个",
       metric="重灾县", metric_alts=COUNTY_ALTS + ["重灾县(市)"], **COUNTY_SUBJ,
       period=RECENT, period_alts=RECENT_ALTS, note=COUNTY_NOTE + "; " + RECENT_NOTE)
g.fact("农业发展振兴项目148个", "148个", value=148, unit="count", kind="count",
       classifier="个", metric="农业发展振兴项目",
       metric_alts=["实施农业发展振兴项目", "农业发展振兴项目数量", "农业项目",
                    "实施的农业发展振兴项目"],
       **AREA, period=RECENT, period_alts=RECENT_ALTS,
       note="projects carried out in the 39 counties → the quake area; " + RECENT_NOTE)
g.fact("完成投资31.7亿元", "31.7亿元", value=31.7e8, unit="CNY", kind="amount",
       metric="农业发展振兴项目完成投资",
       metric_alts=["完成投资", "投资", "农业发展振兴项目投资", "农业发展振兴项目完成投资额",
                    "完成投资额"],
       **AREA, period=RECENT, period_alts=RECENT_ALTS,
       note="investment completed by those projects (the metric names the projects, bare 完成"
            "投资 as alt); " + RECENT_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (601 characters "
    "with the final newline, a byte copy made by code): a short 新闻联播 item, far below a "
    "usual excerpt, so nothing could be added. Title: line 1 as written (with the column "
    "tag 【巨灾重建 五年回眸-数字看变化】, which is part of the INDEX title). Date: 2013-05-12, the "
    "broadcast date (file name and pubtime 2013-05-12 19:11 in the source meta), the 5th "
    "anniversary of the 2008-05-12 Wenchuan earthquake (震后五年, 五年回眸 agree). Place: "
    "四川省 (INDEX: 四川省（汶川地震灾区）). Subjects: the economic aggregates of the 39 severely "
    "hit counties belong to the quake area → 汶川地震灾区 (the name used in line 2; the 39 "
    "counties, 四川灾区, 灾区 as alts), not to 四川省 whose average they are compared with "
    "(全省平均水平 = 四川省); counts of the counties → 四川省 (places counted within the "
    "province, as 中西部地区20个省份 → 中国 in nw_cctv_20130427), quake area as alt; funds "
    "arranged (安排) by the unnamed provincial authorities → 四川省 (quake area as alt); parks "
    "and projects built in the area → the area. Periods: 2012年 = 2012 (line 3); line 4 "
    "has no period but its sectors sum to the 2012 GDP → 2012 (null alt); 2012年以来 "
    "(line 5) literally 2012-01-01..reference date (alts: 2012, and to 2013-03-31); "
    "恢复重建阶段 → text only (alt 2008-05-12..2010-12-31); 三年累计 → 2010..2012 (SPEC §4 "
    "like 近三年; alts 2008..2010 and null); 2009年和2010年 → 2009-01-01..2010-12-31; "
    "近两年多来 → null..reference date (as 近年来). Comparison: growth without a basis → yoy; "
    "增速/增幅比全省平均水平高 → pp difference, comparison 比全省平均水平. Negatives: 五年 "
    "(column label), 震后五年, 2012年, 2012年以来, 三年, 2009年和2010年, 近两年多来 "
    "(periods), 第一/第二/第三产业 (sector names), 四川 ×2 (place name).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 新闻联播, via china-data/xwlb assets/2013/20130512.json)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
