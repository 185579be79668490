"""Gold annotations for wr_china_2008_c (2008年中华人民共和国国务院政府工作报告, the problems
paragraphs at the end of the review, the closing of part 一, and the opening of the 2008 plan),
lines 55-71 of shared/texts/work_report/wr_china_2008.txt.

The excerpt corpora/wr_china_2008_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut).  It starts inside
the list of problems that closes part 一、 过去五年工作回顾 (——涉及群众切身利益的问题…: the 2007
consumer-price rise of 4.8%; ——国际经济环境…; ——政府自身建设…; 我们一定要…), the thanks
(各位代表！ 过去五年的成就和进步…), then the heading 二、2008年主要任务 and the plan: 今年是…第一年,
the guiding line, the 2008 预期目标 (GDP 8%, CPI 4.8%, 1000万 jobs, unemployment 4.5%) and
the note on the 8% / 4.8% targets, the principles, 今年要着重抓好以下九个方面工作, task （一）
搞好宏观调控 with its first three paragraphs (稳健的财政政策: deficit 1800亿元 / −650亿元, 国债投资
300亿元 / −200亿元, 中央建设投资 1521亿元; 合理安排财政超收收入: the 2007 surplus revenue 7239亿元
and 4168亿元, the deficit cut of 450亿元, the stabilization fund +1032亿元).  Lines 28-36 and 6-20
are annotated in wr_china_2008 / wr_china_2008_b (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_2008_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2008_c"
SOURCE_ID = "wr_china_2008"
PLACE = "中国"
REF = "2008-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 55, 71                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2008年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2008)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——涉及群众切身利益的问题有待进一步解决。",
                 ends="拟增加中央预算稳定调节基金1032亿元。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2005_b / wr_china_2009_c)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)

# ---- periods (reference date 2008-03-05; 去年/上年 = 2007, 今年 = 2008) -----------------------
# Lines 1-6 of the excerpt (source 55-60) close part 一、 过去五年工作回顾 (the review and its
# problems): the only number there, 去年居民消费价格总水平比上年上涨4.8%, is dated by 去年
# (= 2007, explicit) → actual.  Line 7 (source 61) is the heading 二、2008年主要任务: the plan
# for 2008 and the section frame of lines 8-17.
#   - Line 10 (source 64, 今年国民经济和社会发展的预期目标是：…) opens with 今年 (= 2008), which
#     governs its four targets.
#   - Line 11 (source 65, 这里要着重说明，提出国内生产总值增长8%左右…) restates the 8% and 4.8%
#     targets with no period before them in its line (今年 of line 10 does not cross the
#     line, SPEC §4) → the section frame of the heading 二、2008年主要任务 (period text 2008年,
#     2008-01-01..2008-12-31), null as alt (as wr_china_2009_c / wr_china_2011_b).
#   - Line 16 (source 70) names 今年 before the budget figures (今年，中央财政赤字预算拟安排…):
#     2008.
#   - Line 17 (source 71) names 去年 (= 2007) before the surplus revenue (去年全国财政比年度预算
#     超收7239亿元, 其中中央财政超收4168亿元): actual figures of 2007.  去年 governs the rest of
#     the line: the uses of that surplus (削减财政赤字450亿元; 拟增加中央预算稳定调节基金1032亿元)
#     are dated 2007 (the surplus of the 2007 budget and the 2007 deficit), the section frame
#     2008 and null as alts — judgement call.
LAST_Y = P("去年", "2007-01-01", "2007-12-31")
T08 = P("今年", "2008-01-01", "2008-12-31")
S08 = P("2008年", "2008-01-01", "2008-12-31")
FRAME = dict(period=S08, period_alts=[null("2008年")])
FRAME_NOTE = ("the line states no period before it: section frame of the heading 二、2008年主要"
              "任务 (2008), null as alt")
T_NOTE = "今年 (= 2008) stands before it in its line and governs it"
L_NOTE = "去年 (= 2007) stands before it in its line and governs it"
USE = dict(period=LAST_Y, period_alts=[S08, null("去年")])
USE_NOTE = ("a use of the 2007 surplus revenue: 去年 (= 2007) at the head of the line governs "
            "it (SPEC §4, literal inheritance; the money is the 2007 budget's surplus) — "
            "judgement call: the section frame 2008 (the plan) and null as alts")

# ==== line 1 (source 55): ——涉及群众切身利益的问题… (problems; 2007 CPI) ==============================
CPI = ["居民消费价格", "居民消费价格涨幅", "居民消费价格总水平涨幅", "居民消费价格指数", "CPI",
       "消费价格", "物价总水平", "物价", "居民消费价格上涨"]
fact("比上年上涨4.8%", "4.8%", value=4.8, unit="%", kind="growth",
     metric="居民消费价格总水平", metric_alts=CPI, comparison="yoy", period=LAST_Y,
     note="比上年上涨 → growth, yoy; the consumer-price rise of 2007 stated among the problems "
          "closing the review → actual; " + L_NOTE)
g.neg("一定的合理因素", "一定", "adjective 一定 'a certain (reasonable factor)', not a quantity "
      "(as wr_china_2009_c 一定的经济增长速度)")

# ==== lines 2-3 (source 56-57): ——国际经济环境…, ——政府自身建设… (no numeral but 一些) ================

# ==== line 4 (source 58) ==============================================================================
g.neg("我们一定要始终", "一定", "adverb 一定 'must', not a quantity (as wr_china_2009_c)")

# ==== line 5 (source 59): 各位代表！ (no numeral) =========================================================

# ==== line 6 (source 60): thanks ======================================================================
g.neg("过去五年的成就和进步", "过去五年", PERIOD_NOTE + " (过去五年 = 2003-2007, the review; no "
      "number follows in the line)")

# ==== line 7 (source 61): heading of part 二 ===========================================================
g.neg("二、2008年主要任务", "二、", MARKER_NOTE)
g.neg("二、2008年主要任务", "2008年", PERIOD_NOTE + " (section heading: the plan year 2008; the "
      "period text of the plan's facts without a period of their own)")

# ==== line 8 (source 62): 今年是…第一年 ================================================================
g.neg("党的十七大精神", "十七大", "congress label 十七大 (SPEC §1, as 二十大)")
g.neg("精神的第一年", "第一年", "ordinal 第一年 'the first year' (= 2008, after the 17th "
      "congress), not a rank or a duration fact (as 关键一年 in wr_yunnan_2025)")

# ==== line 9 (source 63): guiding line ==================================================================
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")

# ==== line 10 (source 64): the 2008 预期目标 ==============================================================
TGT = "预期目标 → target; " + T_NOTE
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长8%左右；", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", period=T08, modality="target",
     note="左右 → approx (outside the span); " + TGT)
fact("价格总水平涨幅控制在4.8%左右；", "4.8%", value=4.8, unit="%", kind="growth",
     bound="approx", metric="居民消费价格总水平", metric_alts=CPI, comparison="yoy", period=T08,
     modality="target",
     note="涨幅 = growth of the price level; 控制在…左右 → approx (a ceiling stated as 'about', as "
          "wr_china_2009_c 涨幅4%左右); " + TGT)
fact("城镇新增就业1000万人", "1000万人", value=1000e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人员"], period=T08,
     modality="target", note="no bound word → eq; " + TGT)
fact("失业率控制在4.5%左右", "4.5%", value=4.5, unit="%", kind="share", bound="approx",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], period=T08,
     modality="target",
     note="a rate → share (SPEC §2); 控制在…左右 → approx (outside the span); " + TGT)

# ==== line 11 (source 65): the note on the 8% and 4.8% targets ==========================================
fact("提出国内生产总值增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP + ["国内生产总值增长目标", "经济增长目标"],
     comparison="yoy", modality="target", **FRAME,
     note="the growth target restated in the explanation (its own mention → its own fact, SPEC "
          "§1; as wr_china_2009_c / wr_china_2005_b); target; 左右 → approx; " + FRAME_NOTE)
fact("提出居民消费价格总水平涨幅控制在4.8%左右", "4.8%", value=4.8, unit="%", kind="growth",
     bound="approx", metric="居民消费价格总水平",
     metric_alts=CPI + ["居民消费价格总水平涨幅控制目标", "物价涨幅目标"], comparison="yoy",
     modality="target", **FRAME,
     note="the CPI target restated in the explanation (its own fact); target; 左右 → approx; "
          + FRAME_NOTE + "; 去年…今年 after it name the carry-over effect, no number")

# ==== line 12 (source 66): principles (no numeral but 首要, lexicalized) ===================================

# ==== line 13 (source 67): 今年要着重抓好以下九个方面工作 =================================================
g.neg("以下九个方面工作", "九个", "discourse count of the tasks enumerated below (（一）…（九）), "
      "not a quantity claim (as 以下四个方面 in wr_china_2005_b, 以下七方面 in wr_china_2009_c)")

# ==== line 14 (source 68): heading （一） ====================================================================
g.neg("（一）搞好宏观调控", "（一）", MARKER_NOTE)

# ==== line 15 (source 69): no numeral =======================================================================

# ==== line 16 (source 70): 稳健的财政政策 — the 2008 budget ================================================
DEF = ["中央财政赤字预算", "中央赤字", "中央财政赤字规模", "财政赤字", "赤字", "中央财政赤字预算规模"]
gov("赤字预算拟安排1800亿元", "1800亿元", value=1800e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=DEF, period=T08, modality="target",
    note="拟安排 → target; the central deficit budgeted for 2008; " + T_NOTE + "; " + GOV_NOTE)
gov("比去年预算赤字减少650亿元", "650亿元", value=-650e8, unit="CNY", kind="amount",
    metric="中央财政赤字增量",
    metric_alts=["中央财政赤字", "中央赤字增量", "财政赤字增量", "中央财政赤字减少",
                 "中央财政赤字比去年预算减少", "中央财政赤字规模增量", "中央财政赤字预算增量",
                 "预算赤字增量"],
    period=T08, modality="target",
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); the basis "
         "比去年预算赤字 (the 2007 budget) is no comparison of an amount fact (as wr_china_2005_b "
         "比上年预算减少198亿元); target; " + T_NOTE)
BOND = ["长期建设国债投资", "长期建设国债", "国债投资规模", "安排国债投资", "国债", "建设国债"]
gov("拟安排国债投资300亿元", "300亿元", value=300e8, unit="CNY", kind="amount",
    metric="国债投资", metric_alts=BOND, period=T08, modality="target",
    note="拟安排 → target; the (long-term construction) bond-financed investment for 2008; "
         + T_NOTE + "; " + GOV_NOTE)
gov("比去年减少200亿元", "200亿元", value=-200e8, unit="CNY", kind="amount",
    metric="国债投资增量",
    metric_alts=["国债投资", "长期建设国债投资增量", "长期建设国债增量", "国债投资减少",
                 "国债投资比去年减少", "国债投资规模增量", "建设国债增量"],
    period=T08, modality="target",
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 比去年 is "
         "no comparison of an amount fact; target; " + T_NOTE)
gov("中央建设投资总计为1521亿元", "1521亿元", value=1521e8, unit="CNY", kind="amount",
    metric="中央建设投资",
    metric_alts=["中央建设投资总计", "中央建设投资总额", "中央预算内建设投资", "中央政府建设投资",
                 "中央投资", "中央建设投资规模"],
    period=T08, modality="target",
    note="总计为 → eq (the total of the budgeted construction investment, including the 300亿元 "
         "bond-financed part and the central budget's regular construction investment); "
         "target; " + T_NOTE + "; " + GOV_NOTE)
g.neg("增加“三农”", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 17 (source 71): 合理安排财政超收收入 — the 2007 surplus revenue ====================================
fact("比年度预算超收7239亿元", "7239亿元", value=7239e8, unit="CNY", kind="amount",
     metric="财政超收收入",
     metric_alts=["全国财政超收收入", "全国财政超收", "财政超收", "超收", "超收收入",
                  "财政收入超预算", "全国财政超预算收入", "超预算收入"],
     subject_alts=CN + ["全国财政"], period=LAST_Y, modality="actual",
     note="超收 = revenue above the year's budget (the amount itself, named 财政超收收入 at the head "
          "of the line; the basis 比年度预算 is no comparison of an amount fact) → eq; the 2007 "
          "outturn → actual; 全国财政 (central and local) → 中国; " + L_NOTE)
gov("其中中央财政超收4168亿元", "4168亿元", value=4168e8, unit="CNY", kind="amount",
    metric="中央财政超收收入",
    metric_alts=["中央财政超收", "中央超收收入", "中央财政超预算收入", "超收", "超收收入",
                 "中央财政超收额"],
    period=LAST_Y, modality="actual",
    note="其中: the central part of the 7239亿元 → head 中央财政 kept in the metric; actual "
         "(2007 outturn); " + L_NOTE + "; " + GOV_NOTE)
g.neg("地方两税返还", "两税", LABEL_NOTE + " (两税返还: the rebate of the two taxes, VAT and "
      "consumption tax, to local governments — a name, not a count)")
gov("削减财政赤字450亿元", "450亿元", value=-450e8, unit="CNY", kind="amount",
    metric="财政赤字增量",
    metric_alts=["财政赤字", "削减财政赤字", "财政赤字削减", "中央财政赤字增量", "中央财政赤字",
                 "削减财政赤字规模", "财政赤字减少"],
    modality="actual", **USE,
    note="absolute change of a level: 削减 → negative, metric <level>增量 (SPEC §2; as "
         "wr_beijing_2025_c 削减…面积); judgement call on modality: written without 拟 next to "
         "拟增加… (the surplus already used to cut the 2007 deficit) → actual, target the "
         "alternative reading; " + USE_NOTE + "; " + GOV_NOTE)
FUND = ["中央预算稳定调节基金", "增加中央预算稳定调节基金", "预算稳定调节基金增量",
        "中央预算稳定调节基金增加", "预算稳定调节基金", "稳定调节基金", "中央预算稳定调节基金规模增量"]
gov("拟增加中央预算稳定调节基金1032亿元", "1032亿元", value=1032e8, unit="CNY", kind="amount",
    metric="中央预算稳定调节基金增量", metric_alts=FUND, modality="target", **USE,
    note="增加 N: absolute change of the fund (SPEC §2: positive, metric <level>增量, the fund "
         "as alt, as wr_china_2005_b 增加中央预算内经常性建设投资100亿元); 拟 → target; " + USE_NOTE
         + "; " + GOV_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines, not moved). Part of the document: lines 55-60 close "
    "part 一、 过去五年工作回顾 (the review of 2003-2007; heading on source line 3, outside the "
    "excerpt) — three of the problems (——涉及群众切身利益的问题…, with the 2007 CPI rise of "
    "4.8%; ——国际经济环境…; ——政府自身建设…), 我们一定要… and the thanks (过去五年的成就和进步…); "
    "lines 61-71 open the plan for 2008 — the heading 二、2008年主要任务, 今年是…第一年, the "
    "guiding line, the 2008 预期目标 and the note on the 8% / 4.8% targets, the principles, "
    "以下九个方面工作, task （一） 搞好宏观调控 with its first three paragraphs (稳健的财政政策: the "
    "2008 budget; 合理安排财政超收收入: the 2007 surplus and its uses). Lines 28-36 and 6-20 are "
    "wr_china_2008 and wr_china_2008_b (no overlap). Title: the corpus meta title (the "
    "source has no title line), title_in_text=False. Date: 2008-03-05, the corpus meta date: "
    "the opening day of the 1st session of the 11th NPC, on which the Premier delivered the "
    "report (the Wikisource text has no dateline); nothing in the excerpt contradicts it "
    "(去年 = 2007, 今年 = 2008). Place: national report → 中国 (alts 我国/全国/中华人民共和国); "
    "budget figures and the central surplus keep 中国 with 中央财政/中央政府/国务院 as alts; "
    "全国财政 (7239亿元) → 中国 with 全国财政 as alt. Periods: 去年 (line 55) → 2007 (CPI); "
    "今年 opens line 64 (the targets) and line 70 (the budget) → 2008; line 65 restates the "
    "8% and 4.8% with no period before them → the section frame of 二、2008年主要任务 (2008, "
    "null as alt); 去年 opens line 71 → 2007 for the surplus (7239亿元, 4168亿元) and, by "
    "literal inheritance, for its uses (450亿元 deficit cut, 1032亿元 to the stabilization "
    "fund; the frame 2008 and null as alts). Modality: actual for the 2007 CPI and the 2007 "
    "surplus; target for the 2008 预期目标, their restatement and the budget (拟安排, 总计为); "
    "the fund increase 拟增加 → target; the deficit cut 削减财政赤字450亿元 (no 拟) → actual "
    "(judgement call). Comparisons: yoy for growth (CPI 比上年上涨, GDP 增长, CPI 涨幅); "
    "absolute changes (比去年预算赤字减少650亿元, 比去年减少200亿元, 削减…450亿元, 增加…1032亿元) "
    "→ amount facts with signed values and metric <level>增量 (SPEC §2), comparison null. "
    "Bounds: 左右 → approx (控制在…左右 included). Judgement calls: the restated targets of "
    "line 65 as their own facts (frame period); 超收 7239/4168亿元 read as amounts (the surplus "
    "revenue, metric 财政超收收入), not changes; period and modality of the uses of the surplus "
    "(450, 1032); 第一年, 九个 (方面), 两税 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×2, 一些 ×3, 首要 (首要任务), 一般 (一般性支出, 一般性转移"
    "支付). No numerals: 多方面, 多年, 多种, 今年, 去年, 上年.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora; end of part 一 (problems) "
        "and start of part 二、2008年主要任务)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
