"""Gold annotations for wr_china_2013_c (2013年中华人民共和国国务院政府工作报告, the plan for 2013:
the general requirements, the 主要预期目标 with their explanation and the macro policies, then
the start of the proposals for 2013), lines 33-44 of shared/texts/work_report/wr_china_2013.txt
(held out: corpora/heldout/).

The excerpt corpora/heldout/wr_china_2013_c.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut).  It lies in the plan part of the report: part
二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策 (heading on source line 31 and its
first line 32 outside the excerpt) from 2013年是…开局之年 on — the general requirements, the 2013
主要预期目标 (GDP 7.5%左右, CPI 3.5%左右, 900万人以上 jobs, unemployment below 4.6%), the notes
关于经济增长目标 and 关于物价总水平 (2012 CPI 2.6%, the 1-pp carry-over), fiscal policy (deficit
1.2万亿元, +4000亿元, central 8500亿元, local bonds 3500亿元, deficit ratio 2%左右) and monetary
policy (M2 13%左右) — then the heading 三、对今年政府工作的建议, its opening line, the heading
of proposal （一） and its first paragraph (no figure).  wr_china_2013 holds lines 6-10 and
wr_china_2013_b lines 11-17 (the review; no overlap).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2013_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2013_c"
SOURCE_ID = "wr_china_2013"
PLACE = "中国"
REF = "2013-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 33, 44                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2013年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2013)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="2013年是全面贯彻落实党的十八大精神的开局之年",
                 ends="就一定能实现经济持续健康发展。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2012_c / wr_china_2017_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2013-03-05; 去年 = 2012, 今年 = 2013) ---------------------------
# The excerpt is the plan for 2013: part 二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策
# (heading on source line 31, outside the excerpt) is the section frame (今年 = 2013).
#   - Line 1 (source 33) opens with 2013年 (explicit; no number in its line).
#   - Line 3 (source 35, 今年经济社会发展的主要预期目标是：…), line 4 (source 36, 今年经济增长预期
#     目标定为… and 今年的经济增长目标定为…) and line 7 (source 39, 今年拟安排财政赤字…; 今年增加
#     赤字后…) name 今年 (= 2013) before their numbers: explicit.
#   - Line 5 (source 37): 去年 (= 2012) is explicit for the 2012 CPI 2.6% (actual); 今年 (今年
#     通货膨胀压力仍然较大) replaces it.  Then 去年 appears again inside 去年价格上涨的翘尾影响, a
#     modifier of the carry-over (the 2012 price rises whose effect falls on 2013), not a new
#     period of the clauses after it: the carry-over (1个百分点) is read as 2013 with the
#     literal 2012 as alt (judgement call); the 3.5% target (把居民消费价格涨幅控制在…) is 2013.
#   - Line 8 (source 40, M2) names no period before its number → the section frame: period
#     text 今年 (the heading's own word, also in the excerpt), null as alt (SPEC §4).
# 去年 is otherwise only a basis (比去年预算增加).
T13 = P("今年", "2013-01-01", "2013-12-31")
Y13 = dict(period=T13)
T_NOTE = "今年 (= 2013) stands before it in the line and governs it"
TGT = "主要预期目标 → target; " + T_NOTE
FRAME = dict(period=T13, period_alts=[null("今年")])
FRAME_NOTE = ("no period before it in its line: section frame of the heading 二、今年经济社会"
              "发展的总体要求…(source line 31; 今年 = 2013), null as alt")
LY = P("去年", "2012-01-01", "2012-12-31")

# ==== line 1 (source 33): 2013年是…开局之年 (no facts) ===================================================
g.neg("2013年是全面贯彻", "2013年", PERIOD_NOTE + " (the plan year 2013; no number in its line)")
g.neg("党的十八大精神的开局之年", "十八大", "congress label 十八大 (SPEC §1)")
g.neg("实施“十二五”规划", "十二五", "plan label 十二五 (SPEC §1 十四五), not a quantity")
g.neg("承前启后的关键一年", "一年", "'a key year' = 2013, not a duration fact (as wr_china_2012_c)")
g.neg("奠定坚实基础的重要一年", "一年", "'an important year' = 2013, not a duration fact")

# ==== line 2 (source 34): general requirements (no facts) ================================================
g.neg("贯彻落实党的十八大精神，高举", "十八大", "congress label 十八大 (SPEC §1)")
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")

# ==== line 3 (source 35): the 2013 主要预期目标 ========================================================
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长7.5%左右", "7.5%", value=7.5, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **Y13,
     note="左右 → approx (outside the span); " + TGT)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格总水平",
       "物价总水平", "居民消费价格总水平涨幅"]
fact("居民消费价格涨幅3.5%左右；", "3.5%", value=3.5, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **Y13,
     note="涨幅 = growth of the price level; 左右 → approx (outside the span); " + TGT)
fact("城镇新增就业900万人以上", "900万人", value=900e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **Y13,
     note="以上 → ge (outside the span); " + TGT)
fact("城镇登记失业率低于4.6%", "4.6%", value=4.6, unit="%", kind="share", bound="lt",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **Y13,
     note="a rate → share (SPEC §2); 低于 'below' → lt (outside the span; SPEC lt: 不到, 不足); "
          + TGT)
g.neg("物价总水平两个指标", "两个", "anaphoric 两个(指标) 'the two indicators' (经济增长 and "
      "物价总水平, just named), a discourse count, not a quantity claim (as 三者 in "
      "wr_china_2012_c)")

# ==== line 4 (source 36): 关于经济增长目标 ============================================================
g.neg("这是一个综合性指标", "一个", "indefinite article 一个, not a count")
GROWTH = ["经济增长预期目标", "经济增长目标", "国内生产总值", "GDP", "国内生产总值增长", "经济增速",
          "GDP增长"]
fact("今年经济增长预期目标定为7.5%左右", "7.5%", value=7.5, unit="%", kind="growth",
     bound="approx", metric="经济增长", metric_alts=GROWTH, comparison="yoy", **Y13,
     note="the growth target of line 3 restated (its own mention → its own fact, SPEC §1; as "
          "wr_china_2024_b); 预期目标 → target; 左右 → approx; " + T_NOTE)
g.neg("主要基于两方面考虑", "两方面", "discourse count 两方面 'two considerations' (一方面…另一"
      "方面 follow), not a quantity claim (as wr_china_2010_b)")
g.neg("：一方面，要继续", "一方面", "discourse marker 一方面")
g.neg("另一方面，要切实", "一方面", "discourse marker 另一方面")
fact("今年的经济增长目标定为7.5%左右", "7.5%", value=7.5, unit="%", kind="growth",
     bound="approx", metric="经济增长", metric_alts=GROWTH, comparison="yoy", **Y13,
     note="the growth target restated once more (综合权衡…): its own mention → its own fact; "
          "目标 → target; 左右 → approx; " + T_NOTE)

# ==== line 5 (source 37): 关于物价总水平 ==============================================================
fact("去年居民消费价格涨幅回落到2.6%", "2.6%", value=2.6, unit="%", kind="growth",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", modality="actual", period=LY,
     note="the 2012 CPI rise recalled in the plan → actual; 回落到 gives the new level of the "
          "rate of rise (positive 2.6; known false alarm of the shared check_gold.py, which "
          "reads 回落 as a sign); 去年 (= 2012) right before it → explicit")
g.neg("取得的一个重要成果", "一个", "indefinite article 一个, not a count")
g.neg("需要留出一定空间", "一定", "adjective 一定 'a certain (room)', not a quantity (as "
      "wr_china_2012_c 预留一定空间)")
CARRY = ["去年价格上涨的翘尾影响", "翘尾因素", "翘尾因素影响", "价格上涨的翘尾影响", "翘尾",
         "居民消费价格翘尾影响", "翘尾因素对居民消费价格的影响"]
fact("翘尾影响约有1个百分点", "1个百分点", value=1, unit="pp", kind="change", bound="approx",
     metric="翘尾影响", metric_alts=CARRY, comparison="yoy", modality="forecast",
     period=T13, period_alts=[LY, null("今年")],
     note="约 → approx (outside the span); the carry-over of the 2012 price rises into the "
          "2013 yoy CPI, in pp (as 翘尾因素 in nw_cctv_20120809_china_cpi_2012m7) → change; an "
          "estimate of this year's inflation pressure (今年通货膨胀压力…主要是：…) → forecast — "
          "judgement call (actual, as a quantity fixed by the 2012 prices, is the alternative); "
          "period: the effect falls on 2013 (今年 of the line), the literal 去年 of "
          "去年价格上涨的 (2012) as alt — judgement call")
fact("涨幅控制在3.5%左右", "3.5%", value=3.5, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **Y13,
     note="the price target of line 3 restated (its own mention → its own fact); 控制在 → "
          "target; 左右 → approx; the 2013 target: 今年 of the line (今年通货膨胀压力…) governs; "
          "去年 in 去年价格上涨的翘尾影响 only modifies the carry-over — judgement call")

# ==== line 6 (source 38): no numeral ======================================================================

# ==== line 7 (source 39): fiscal policy =================================================================
g.neg("一是适当增加财政赤字", "一是", MARKER_NOTE + " (N是 enumerating the fiscal measures)")
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("今年拟安排财政赤字1.2万亿元", "1.2万亿元", value=1.2e12, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, **Y13,
    note="拟安排 → target; the budgeted deficit of 2013 (central and local together, 其中 "
         "follows); 万亿元 = 1e12; " + T_NOTE + "; " + GOV_NOTE)
gov("比去年预算增加4000亿元", "4000亿元", value=4000e8, unit="CNY", kind="amount",
    metric="财政赤字增量",
    metric_alts=["财政赤字", "赤字规模增量", "赤字增量", "财政赤字规模增量", "财政赤字增加",
                 "财政赤字比去年预算增加"],
    **Y13,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比去年预算 is no comparison of an amount fact (as wr_china_2005_b); target; " + T_NOTE)
gov("其中中央财政赤字8500亿元", "8500亿元", value=8500e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **Y13,
    note="其中: the central part of the 1.2万亿元 (target); " + T_NOTE + "; " + GOV_NOTE)
gov("代地方发债3500亿元", "3500亿元", value=3500e8, unit="CNY", kind="amount",
    metric="代地方发债",
    metric_alts=["代发地方债", "代发地方政府债券", "代地方发行债券", "地方政府债券", "地方债",
                 "代地方发债规模", "地方财政赤字"],
    subject_alts=GOV + CN + ["地方政府", "地方"], **Y13,
    note="the local governments' bonds issued by the central government on their behalf (the "
         "local part of the 1.2万亿元 deficit) → target; 地方政府 (the debtors) as alt (as "
         "wr_china_2012_c); " + T_NOTE)
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("赤字率在2%左右", "2%", value=2, unit="%", kind="share", bound="approx",
    metric="赤字率", metric_alts=RATE, **Y13,
    note="左右 → approx (outside the span); the deficit over the year's GDP → share; the rate "
         "that results from the budgeted deficit (今年增加赤字后) → target, as the debt ratio of "
         "the budget in wr_china_2009_c (forecast the alternative); 今年 (= 2013) restated "
         "right before it (目前 of 目前我国债务负担率 governs no number)")
g.neg("二是结合税制改革", "二是", MARKER_NOTE)
g.neg("三是着力优化", "三是", MARKER_NOTE)
g.neg("勤俭办一切事业", "一切", "pronoun 一切 'all', not a quantity")
g.neg("四是继续加强", "四是", MARKER_NOTE)

# ==== line 8 (source 40): monetary policy ===============================================================
g.neg("一是健全宏观审慎", "一是", MARKER_NOTE + " (N是 enumerating the monetary measures)")
g.neg("广义货币M2预期", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2017_c)")
M2 = ["M2", "广义货币M2", "广义货币供应量", "M2余额", "广义货币余额", "货币供应量", "M2增速",
      "广义货币增长", "广义货币M2预期增长目标"]
fact("预期增长目标拟定为13%左右", "13%", value=13, unit="%", kind="growth", bound="approx",
     metric="广义货币", metric_alts=M2, comparison="yoy", **FRAME,
     note="预期增长目标拟定为 → target; 左右 → approx (outside the span); the balance's growth "
          "over the year (comparison yoy, as wr_china_2012_c); " + FRAME_NOTE)
g.neg("二是促进金融资源", "二是", MARKER_NOTE)
g.neg("特别是“三农”", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")
g.neg("三是守住不发生", "三是", MARKER_NOTE)

# ==== line 9 (source 41): heading of part 三 ==========================================================
g.neg("三、对今年政府工作的建议", "三、", MARKER_NOTE)

# ==== line 10 (source 42) ================================================================================
g.neg("结合过去十年", "过去十年", PERIOD_NOTE + " (the ten years 2003-2012 of the government's "
      "experience; governs no number), not a duration fact")
g.neg("特别是近五年", "近五年", PERIOD_NOTE + " (the last five years 2008-2012; governs no "
      "number), not a duration fact (as 近五年来 in wr_china_2000)")

# ==== line 11 (source 43): heading （一） ================================================================
g.neg("（一）加快转变", "（一）", MARKER_NOTE)

# ==== line 12 (source 44): no figure ======================================================================
g.neg("取得的一切成就", "一切", "pronoun 一切 'all', not a quantity")
g.neg("矛盾这一社会主要矛盾", "这一", "demonstrative 这一 'this', not a quantity (as "
      "wr_china_2017_c)")
g.neg("一心一意谋发展", "一心一意", "idiom 一心一意 'wholeheartedly', not a quantity (as "
      "wr_neimenggu_2025_g)")
g.neg("就一定能实现", "一定", "adverb 一定 'certainly', not a quantity (as wr_china_2009_c)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; held out "
    "(corpora/heldout/); the lines were fixed by the brief (a run of whole lines). Part of the "
    "document: the plan for 2013 — part 二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策 "
    "(heading on source line 31, outside the excerpt) from 2013年是…开局之年 on: the general "
    "requirements, the 2013 主要预期目标 (GDP 7.5%左右, CPI 3.5%左右, 900万人以上 jobs, "
    "registered unemployment below 4.6%), the notes 关于经济增长目标 (7.5%左右 twice) and 关于"
    "物价总水平 (2012 CPI 2.6%, carry-over about 1 pp, 3.5%左右), fiscal policy (deficit "
    "1.2万亿元, +4000亿元 on the 2012 budget, central 8500亿元, local bonds 3500亿元, deficit "
    "ratio 2%左右) and monetary policy (M2 13%左右); then the heading 三、对今年政府工作的建议, "
    "its opening line, the heading of proposal （一） and its first paragraph (no figure). The "
    "review is wr_china_2013 (lines 6-10) and wr_china_2013_b (lines 11-17). Title: the "
    "corpus meta title (the source has no title line), title_in_text=False. Date: 2013-03-05, "
    "the corpus meta date: the opening day of the 1st session of the 12th NPC, on which the "
    "Premier delivered the report (the Wikisource text has no dateline); nothing in the "
    "excerpt contradicts it (2013年/今年 = 2013, the first year after the 十八大; 去年 = 2012). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); budget figures add 中央政府/"
    "国务院/中央财政 (地方政府 for the local bonds). Periods: 今年 (= 2013) stands before the "
    "figures of source lines 35, 36, 37 (after 去年's 2.6%) and 39 (explicit); 去年 (= 2012) "
    "is explicit for the 2012 CPI 2.6% (actual); the carry-over 1个百分点 → 2013 with the "
    "literal 去年 (of 去年价格上涨的) as alt; the M2 target (source 40) names no period → the "
    "section frame of the heading (今年, null as alt); 去年 is otherwise a basis (比去年预算"
    "增加). Modality: target for the plan's figures (主要预期目标, 目标定为, 控制在, 拟安排, 拟定"
    "为, the deficit ratio that follows from the budget); actual for the 2012 CPI 2.6%; "
    "forecast for the carry-over estimate. Comparisons: yoy for growth and the carry-over; "
    "比去年预算增加4000亿元 → 财政赤字增量 (comparison null). Bounds: 左右/约 → approx; 以上 → "
    "ge; 低于 → lt. Judgement calls: the restated 7.5% (twice) and 3.5% → their own facts; "
    "低于4.6% → lt; 翘尾影响约有1个百分点 → change +1 pp, forecast, 2013 (2012 as alt); the "
    "3.5% target kept in 2013 though 去年 (a modifier) stands before it in the line; 赤字率在"
    "2%左右 → target; 两个(指标), 两方面 → discourse negatives; 过去十年, 近五年 → period "
    "negatives. Known false alarm of the shared check_gold.py: 涨幅回落到2.6% (回落 read as a "
    "sign; the value is the new level of the rate, positive). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×2, 一般 (一般性支出).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
