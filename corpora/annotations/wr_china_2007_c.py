"""Gold annotations for wr_china_2007_c (2007年中华人民共和国国务院政府工作报告, the overall plan
for 2007 and the opening of the 2007 economic tasks), lines 36-47 of
shared/texts/work_report/wr_china_2007.txt.

The excerpt corpora/wr_china_2007_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the plan part of the report: part
二、2007年工作总体部署 in full (heading inside the excerpt: 今年是本届政府任期的最后一年, the
guiding line, the 2007 主要目标 and the note on the 8% growth target, the policy principles
一是…五是), then the heading 三、促进经济又好又快发展, its opening line, the heading of task
（一） 坚持加强和改善宏观调控 and its first three paragraphs: fiscal policy (central deficit,
long-term construction bonds, regular construction investment, the total of central
construction investment, the over-collected revenue of 2003-2006 and the 500亿元 budget
stabilisation fund), monetary policy (no figure) and 调整投资和消费的关系 (no figure).  The
review of 2006 is wr_china_2007 (lines 2-19) and wr_china_2007_b (lines 20-29); no overlap.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2007_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2007_c"
SOURCE_ID = "wr_china_2007"
PLACE = "中国"
REF = "2007-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 36, 47                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2007年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2007)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2007年工作总体部署",
                 ends="扩大居民消费。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2007 / wr_china_2009_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2007-03-05; 去年/上年 = 2006, 今年 = 2007) -----------------------
# The excerpt is the plan for 2007: the heading 二、2007年工作总体部署 (line 1 of the excerpt)
# is the section frame (2007).  Every line with a figure names 今年 (= 2007) before its first
# number and so governs it explicitly (no null alt, as wr_china_2017_c): line 4 (source 39,
# 综合考虑各种因素，今年国民经济和社会发展的主要目标是：…), line 5 (source 40, 提出今年国内生产
# 总值增长8%左右的目标) and line 10 (source 45, 今年中央财政赤字拟安排…).  In line 10 the
# period is replaced twice: 从2003年到2006年 (2003-01-01..2006-12-31, period text without
# 从, as 一九七四年到一九七六年 in wr_china_1978) governs the average over-collection 2040亿元,
# 去年 (= 2006) the over-collection 2573亿元 (both actual: past years recalled in the plan),
# and 今年 (= 2007) comes back before the 500亿元 stabilisation fund (去年 in 从去年超收收入中 names
# where the money comes from, not the period of the new fund).  去年/上年 elsewhere are bases
# (比去年预算…减少, 比去年减少, 比去年预算增加, 高于上年): no period.
T07 = P("今年", "2007-01-01", "2007-12-31")
Y07 = dict(period=T07)
T_NOTE = "今年 (= 2007) stands before it in the line and governs it"
TGT = "主要目标 of the plan → target; " + T_NOTE
P0306 = P("2003年到2006年", "2003-01-01", "2006-12-31")
LY = P("去年", "2006-01-01", "2006-12-31")

# ==== line 1 (source 36): heading of part 二 ==========================================================
g.neg("二、2007年工作总体部署", "二、", MARKER_NOTE)
g.neg("二、2007年工作总体部署", "2007年", PERIOD_NOTE + " (section heading: the plan year "
      "2007; every figure below has its own 今年 before it)")

# ==== line 2 (source 37): 今年是本届政府任期的最后一年 (no facts) ========================================
g.neg("任期的最后一年", "一年", "'the last year (of the government's term)' = 2007, not a "
      "duration fact (as wr_china_2012_c)")

# ==== line 3 (source 38): guiding line (no facts) =====================================================
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")
g.neg("党的十六大以来", "十六大", "congress label 十六大 (SPEC §1)")
g.neg("为党的十七大召开", "十七大", "congress label 十七大 (SPEC §1)")

# ==== line 4 (source 39): the 2007 主要目标 ============================================================
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长8%左右；", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **Y07,
     note="左右 → approx (outside the span); " + TGT)
fact("城镇新增就业人数不低于900万人", "900万人", value=900e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "新增就业人数"], **Y07,
     note="不低于 → ge (outside the span); " + TGT)
fact("失业率控制在4.6%以内", "4.6%", value=4.6, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **Y07,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
CPI = ["居民消费价格", "居民消费价格涨幅", "居民消费价格总水平涨幅", "居民消费价格指数", "CPI",
       "消费价格", "物价总水平"]
fact("涨幅在 3%以内", "3%", value=3, unit="%", kind="growth", bound="le",
     metric="居民消费价格总水平", metric_alts=CPI, comparison="yoy", **Y07,
     note="涨幅 = growth of the price level; 以内 → le (outside the span); the space of the "
          "source before 3% stays outside the span; " + TGT)

# ==== line 5 (source 40): the growth target explained ================================================
g.neg("是一个预期性", "一个", "indefinite article 一个, not a count")
g.neg("可能会有一定差距", "一定", "adjective 一定 'a certain (gap)', not a quantity")
fact("提出今年国内生产总值增长8%左右的目标", "8%", value=8, unit="%", kind="growth",
     bound="approx", metric="国内生产总值",
     metric_alts=GDP + ["国内生产总值增长目标", "经济增长目标", "国内生产总值增长速度"],
     comparison="yoy", **Y07,
     note="the growth target of line 4 restated in the explanation (its own mention → its own "
          "fact, SPEC §1; as wr_china_2009_c); 目标 → target; 左右 → approx; 今年 (= 2007) "
          "right before it governs")

# ==== line 6 (source 41): policy principles 一是…五是 (no facts) ========================================
for ctx, mark in (("一是稳定、完善和落实政策", "一是"), ("二是加强和改善宏观调控", "二是"),
                  ("三是大力提高经济增长", "三是"), ("四是更加重视社会发展", "四是"),
                  ("五是以改革开放为动力", "五是")):
    g.neg(ctx, mark, MARKER_NOTE + " (N是 enumerating the policy principles)")
g.neg("不搞一刀切", "一刀切", "idiom 一刀切 'one-size-fits-all', not a quantity (as "
      "wr_china_2022_b)")
g.neg("充分发挥两个积极性", "两个", "slogan 发挥（中央和地方）两个积极性 'the initiative of both', "
      "not a count claim (as wr_china_2010_b)")

# ==== line 7 (source 42): heading of part 三 ==========================================================
g.neg("三、促进经济又好又快发展", "三、", MARKER_NOTE)

# ==== line 8 (source 43): 以下几个方面 — no numeral ======================================================

# ==== line 9 (source 44): heading （一） ================================================================
g.neg("（一）坚持加强和改善宏观调控", "（一）", MARKER_NOTE)

# ==== line 10 (source 45): fiscal policy ================================================================
g.neg("一是适当减少财政赤字", "一是", MARKER_NOTE + " (N是 enumerating the fiscal measures)")
gov("今年中央财政赤字拟安排2450亿元", "2450亿元", value=2450e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字", "赤字"],
    **Y07, note="拟安排 → target; the central deficit budgeted for 2007; " + T_NOTE + "; "
    + GOV_NOTE)
gov("比去年预算赤字减少500亿元", "500亿元", value=-500e8, unit="CNY", kind="amount",
    metric="中央财政赤字增量",
    metric_alts=["中央财政赤字", "中央赤字增量", "财政赤字增量", "中央财政赤字减少",
                 "中央财政赤字比去年预算减少", "中央财政赤字规模增量", "赤字增量"],
    **Y07,
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); the basis "
         "比去年预算赤字 (the 2006 budget) is no comparison of an amount fact (as "
         "wr_china_2005_b); target; " + T_NOTE)
BOND = ["长期建设国债发行规模", "发行长期建设国债", "长期建设国债规模", "建设国债", "国债",
        "长期建设国债发行额", "安排长期建设国债"]
gov("拟安排长期建设国债500亿元", "500亿元", value=500e8, unit="CNY", kind="amount",
    metric="长期建设国债", metric_alts=BOND, **Y07,
    note="拟安排 → target; the long-term construction bonds of 2007; " + T_NOTE + "; "
         + GOV_NOTE)
gov("比去年减少100亿元", "100亿元", value=-100e8, unit="CNY", kind="amount",
    metric="长期建设国债增量",
    metric_alts=["长期建设国债", "长期建设国债发行规模增量", "长期建设国债减少", "建设国债增量",
                 "国债增量", "长期建设国债比去年减少"],
    **Y07,
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 比去年 is "
         "no comparison of an amount fact; target; " + T_NOTE)
REG = ["中央预算内经常性建设投资规模", "经常性建设投资", "中央预算内建设投资",
       "安排中央预算内经常性建设投资", "预算内经常性建设投资"]
gov("拟安排中央预算内经常性建设投资804亿元", "804亿元", value=804e8, unit="CNY", kind="amount",
    metric="中央预算内经常性建设投资", metric_alts=REG, **Y07,
    note="拟安排 → target; " + T_NOTE + "; " + GOV_NOTE)
gov("比去年预算增加 250亿元", "250亿元", value=250e8, unit="CNY", kind="amount",
    metric="中央预算内经常性建设投资增量",
    metric_alts=["中央预算内经常性建设投资", "预算内经常性建设投资增量", "经常性建设投资增量",
                 "中央预算内经常性建设投资增加", "中央预算内经常性建设投资比去年预算增加",
                 "中央预算内建设投资增量"],
    **Y07,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比去年预算 is no comparison of an amount fact; the space of the source before 250 "
         "stays outside the span; target; " + T_NOTE)
gov("中央政府建设投资总规模为1304亿元", "1304亿元", value=1304e8, unit="CNY", kind="amount",
    metric="中央政府建设投资总规模",
    metric_alts=["中央政府建设投资", "建设投资总规模", "中央建设投资", "中央政府建设投资规模",
                 "中央政府建设投资总额", "中央政府投资"],
    **Y07,
    note="为 → eq; 1304 = 500 (bonds) + 804 (regular investment) budgeted for 2007 → target; "
         + T_NOTE + "; " + GOV_NOTE)
g.neg("二是政府预算支出", "二是", MARKER_NOTE)
g.neg("确保“三个高于”", "三个高于", LABEL_NOTE + " (“三个高于”, the 'three higher than' rule "
      "spelled out after 即：; it states no number)")
g.neg("三是合理安排中央财政超收收入", "三是", MARKER_NOTE)
g.neg("从2003年到2006年年均", "2003年到2006年", PERIOD_NOTE + " (2003-2006; governs the "
      "average over-collection after it)")
OVER = ["年均超收", "中央财政超收", "超收", "中央财政超收收入", "年均超收收入",
        "中央财政年均超收收入", "超收收入", "中央财政平均每年超收"]
gov("年均超收2040亿元", "2040亿元", value=2040e8, unit="CNY", kind="amount",
    metric="中央财政年均超收", metric_alts=OVER, modality="actual", period=P0306,
    period_alts=[null("2003年到2006年")],
    note="the average yearly revenue above the budget over 2003-2006 (年均 in the metric, as "
         "年均财政赤字 in wr_china_1982): past years recalled in the plan → actual; period the "
         "explicit 从2003年到2006年 (text without 从), null as alt; the central budget's own "
         "revenue → " + GOV_NOTE)
gov("其中去年超收2573亿元", "2573亿元", value=2573e8, unit="CNY", kind="amount",
    metric="中央财政超收",
    metric_alts=["超收", "中央财政超收收入", "超收收入", "去年超收", "中央财政超收额"],
    modality="actual", period=LY, period_alts=[P0306],
    note="其中: the 2006 part of the 2003-2006 over-collection; 去年 (= 2006) right before it "
         "replaces the span → actual, the year 2006; the enclosing span as alt (其中 = 'of "
         "which') — judgement call")
FUND = ["中央预算稳定调节基金规模", "设立中央预算稳定调节基金", "预算稳定调节基金",
        "安排中央预算稳定调节基金", "超收收入安排中央预算稳定调节基金", "稳定调节基金"]
gov("安排500亿元设立", "500亿元", value=500e8, unit="CNY", kind="amount",
    metric="中央预算稳定调节基金", metric_alts=FUND, **Y07,
    note="拟…安排 → target; the 2007 allocation from the 2006 over-collection to set up the "
         "fund: 今年 (= 2007) opens the sentence and governs it; 去年 in 从去年超收收入中 names "
         "the money's source, not the period of the allocation — judgement call; " + GOV_NOTE)

# ==== line 11 (source 46): monetary policy — no figure ================================================
g.neg("加大对“三农”", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 12 (source 47): investment and consumption — no figure =====================================
g.neg("普遍进行一次检查", "一次", "一 + classifier used as an article ('carry out an "
      "inspection', README §2), not a count of inspections — judgement call (a count of 1 "
      "inspection, target, is the alternative)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the plan for 2007 — part "
    "二、2007年工作总体部署 in full (heading inside the excerpt; the last year of the "
    "government's term, the guiding line, the 2007 主要目标: GDP 8%左右, 900万人 jobs, 4.6% "
    "unemployment, CPI 3%以内, the note on the 8% target, the principles 一是…五是), then the "
    "heading 三、促进经济又好又快发展, its opening line, the heading of task （一） 坚持加强和改善"
    "宏观调控 and its paragraphs on fiscal policy (central deficit 2450亿元 and −500亿元, long-"
    "term construction bonds 500亿元 and −100亿元, regular construction investment 804亿元 and "
    "+250亿元, total 1304亿元, the over-collected revenue 2040亿元 a year in 2003-2006 and "
    "2573亿元 in 2006, the 500亿元 budget stabilisation fund), monetary policy and the "
    "investment/consumption balance (no figures). The review of 2006 is wr_china_2007 (lines "
    "2-19) and wr_china_2007_b (lines 20-29). Title: the corpus meta title (the source has no "
    "title line), title_in_text=False. Date: 2007-03-05, the corpus meta date: the opening day "
    "of the 5th session of the 10th NPC, on which the Premier delivered the report (the "
    "Wikisource text has no dateline); nothing in the excerpt contradicts it (今年 = 2007, the "
    "last year of the government's term, before the 十七大; 去年 = 2006). Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国); budget figures add 中央财政/中央政府/国务院. "
    "Periods: 今年 (= 2007) stands before the first figure of every line with figures (source "
    "39, 40, 45) and governs it explicitly; in source 45 从2003年到2006年 (2003-01-01.."
    "2006-12-31, text without 从, null as alt) governs 2040亿元, 去年 (2006) governs 2573亿元 "
    "(the span as alt), and 今年 comes back before the 500亿元 fund (从去年超收收入中 names the "
    "money's source). Modality: target for the plan's figures (主要目标, 目标, 拟安排, 为 of "
    "the budget); actual for the past over-collections (2040亿元, 2573亿元). Comparisons: yoy "
    "for the growth targets (GDP, CPI 涨幅); absolute changes 比去年(预算)减少/增加 → <level>增量 "
    "amounts (comparison null). Bounds: 左右 → approx; 不低于 → ge; 以内 → le. Judgement calls: "
    "the restated 8% → its own fact; 年均超收 → metric 中央财政年均超收 over 2003-2006 (actual); "
    "其中去年超收 → 2006 with the span as alt; 今年…从去年超收收入中安排500亿元 → 2007 (去年 as "
    "the source of the money, not a period); 一次 (进行一次检查) → negative (article); 三个高于, "
    "两个(积极性), 一刀切 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一般 (一般转移支付), 一些, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
