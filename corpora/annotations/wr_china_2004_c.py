"""Gold annotations for wr_china_2004_c (2004年中华人民共和国国务院政府工作报告: the end of the
2003 review and the opening of the 2004 plan), lines 37-50 of
shared/texts/work_report/wr_china_2004.txt.

The excerpt corpora/wr_china_2004_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that starts mid-item, as unseen test excerpts are cut).  It straddles the two parts
of the report:
  - source lines 37-44 close part 一、一年来工作回顾 (the review of 2003; heading on source
    line 3, outside): the last paragraph of review item （五） 改革开放 (WTO commitments, FDI
    535亿美元, foreign-exchange reserves 4033亿美元 / +1168亿美元), item （六） 法制建设 in full
    (5部 bills, 28部 regulations; public security), and the closing paragraphs of the review
    (过去的一年…, thanks, 回顾过去一年… problems, 对这些矛盾和问题…);
  - source lines 45-50 open part 二、2004年主要任务 (heading inside the excerpt): the guiding
    line 今年是…十分关键的一年, task （一） 宏观调控 with the 7%左右 growth target, and the
    fiscal-policy paragraph (建设国债 1100亿元, −300亿元; 经常性建设投资 +50亿元).
The headline list and review items (一)-(四) (source lines 5-33) are wr_china_2004, the plan
lines 58-73 are wr_china_2004_b (no overlap).  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2004_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2004_c"
SOURCE_ID = "wr_china_2004"
PLACE = "中国"
REF = "2004-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 37, 50                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2004年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2004)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="我们认真履行加入世贸组织的承诺",
                 ends="既要支持经济增长，又要防止通货膨胀和防范金融风险。促进国际收支基本平衡，"
                      "保持人民币汇率在合理、均衡水平上基本稳定。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "congress / plenum label (SPEC §1: 二十大, 二十届三中全会), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own act or budget: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2004 / wr_china_2005_b)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)

# ---- periods (reference date 2004-03-05; 去年/上年 = 2003, 今年 = 2004) ---------------------
# Excerpt lines 1-8 (source 37-44) lie in part 一、一年来工作回顾 (the review of 2003; heading
# outside the excerpt).
#   - line 1 (source 37): 全年 (= 2003) stands before the FDI figure and governs the line
#     until 年底 (= the end of 2003, no numeral) replaces it: the reserves are a stock → the
#     instant 2003-12-31; their increase 比年初 is the change of that stock over the year →
#     the instant (as CHANGE_YE of wr_china_2002 / cm_qiandongnan_2016), the year as alt.
#     全年 / 年底 have no year of their own: the null reading as a further alt.
#   - line 3 (source 39, item （六）): no period in the line → the review year 2003 as the
#     section frame (SPEC §4), period text 一年来 (the heading 一、一年来工作回顾, restated in
#     source line 42), null as alt (as wr_china_2004).
# Excerpt lines 9-14 (source 45-50) lie in part 二、2004年主要任务 (heading inside the
# excerpt): the plan for 2004 → modality target.  Each figure has 今年 (= 2004) before it in
# its own line (explicit, no alternative needed, as the 今年 targets of wr_china_2004_b /
# wr_china_2005_b).
FULL = P("全年", "2003-01-01", "2003-12-31")
Y03 = P("一年来", "2003-01-01", "2003-12-31")
YEAR = dict(period=FULL, period_alts=[null("全年"), Y03])
FLOW = dict(period=Y03, period_alts=[null("一年来")])
YE = P("年底", "2003-12-31", "2003-12-31")
STOCK_YE = dict(period=YE, period_alts=[null("年底"), P("年底", "2003-01-01", "2003-12-31")])
CHANGE_YE = dict(period=YE, period_alts=[P("年底", "2003-01-01", "2003-12-31"), null("年底")])
T04 = P("今年", "2004-01-01", "2004-12-31")
T_NOTE = "今年 (= 2004) stands before it in its line and governs it; a plan of the year → target"
INHERIT_NOTE = ("no period in its line → the review year 2003 (section frame of 一、一年来工作"
                "回顾, period text 一年来), null in period_alts")

# ==== line 1 (source 37): end of review item （五）: opening up ==========================================
FDI = ["实际利用外资", "外商直接投资", "实际使用外资", "实际使用外商直接投资", "利用外资",
       "利用外商直接投资"]
fact("全年实际利用外商直接投资535亿美元", "535亿美元", value=535e8, unit="USD", kind="amount",
     metric="实际利用外商直接投资", metric_alts=FDI, **YEAR,
     note="the inflow of 2003 (全年 = the review year, stated right before it, governs); "
          "亿美元 → USD ×1e8; the frame text 一年来 and null as alts")
FX = ["外汇储备", "外汇储备余额", "国家外汇储备余额"]
fact("年底国家外汇储备达4033亿美元", "4033亿美元", value=4033e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"], **STOCK_YE,
     note="达 → eq; a stock at 年底 (= end of 2003, the review year; 年底 replaces 全年) → "
          "instant 2003-12-31, null and the year as alts; 国家 → 中国")
fact("比年初增加1168亿美元", "1168亿美元", value=1168e8, unit="USD", kind="amount",
     metric="国家外汇储备增量",
     metric_alts=FX + ["国家外汇储备", "外汇储备增量", "国家外汇储备增加", "国家外汇储备增加额",
                       "国家外汇储备比年初增加"],
     subject_alts=CN + ["国家"], **CHANGE_YE,
     note="absolute change of a stock (增加 → positive, metric <level>增量, SPEC §2); the basis "
          "比年初 (no numeral) is no comparison of an amount fact (README §6); the change of "
          "a 年底 stock: the instant 2003-12-31, the year over which it changed and null as "
          "alts (as wr_china_2002 比上年末增加)")

# ==== line 2 (source 38): heading （六） ==============================================================
g.neg("（六）加强法制建设", "（六）", MARKER_NOTE)

# ==== line 3 (source 39): 政府法制建设 ==================================================================
gov("等5部法律议案", "5部", value=5, unit="count", kind="count", classifier="部",
    metric="国务院提出的法律议案",
    metric_alts=["法律议案", "提出法律议案", "国务院提出法律议案", "法律议案数量",
                 "国务院提请审议的法律议案"],
    **FLOW,
    note="bills the State Council put forward in 2003 (先后提出…等5部: the two named are part "
         "of the five); span number + classifier (README §1); " + INHERIT_NOTE + "; "
         + GOV_NOTE)
gov("等28部行政法规", "28部", value=28, unit="count", kind="count", classifier="部",
    metric="国务院制定的行政法规",
    metric_alts=["行政法规", "制定行政法规", "国务院制定行政法规", "行政法规数量",
                 "制定的行政法规"],
    **FLOW,
    note="administrative regulations issued in 2003 (verb 制定, subject 国务院 shared; as "
         "制定行政法规 counts in wr_china_1998_b); " + INHERIT_NOTE + "; " + GOV_NOTE)

# ==== line 4 (source 40): public security (no numeral) ==================================================

# ==== line 5 (source 41): 过去的一年… ===================================================================
g.neg("过去的一年，各级政府", "过去的一年", PERIOD_NOTE + " (the review year 2003; no number "
      "in its line); not a duration fact")
g.neg("学习贯彻“三个代表”", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")
g.neg("和党的十六大精神的高潮", "十六大", SESSION_NOTE + " (16th Party Congress)")

# ==== line 6 (source 42): thanks ==========================================================================
g.neg("一年来各方面的显著成就", "一年来", PERIOD_NOTE + " (the review year 2003; no number "
      "follows); not a duration fact")
g.neg("向一切关心", "一切", "pronoun 一切 'all', not a quantity (as wr_china_2005_b)")

# ==== line 7 (source 43): problems ========================================================================
g.neg("回顾过去一年", "过去一年", PERIOD_NOTE + " (the review year 2003; no number follows, as "
      "wr_china_2016 回顾过去一年)")

# ==== line 8 (source 44): no numeral ========================================================================

# ==== line 9 (source 45): heading of part 二 ===============================================================
g.neg("二、2004年主要任务", "二、", MARKER_NOTE)
g.neg("二、2004年主要任务", "2004年", PERIOD_NOTE + " (heading of the plan part: 2004; the "
      "figures below name 今年 themselves)")

# ==== line 10 (source 46): guiding line of the plan ========================================================
g.neg("十分关键的一年", "一年", "'a crucial year' (= 2004), not a duration fact (as "
      "wr_yunnan_2025 关键一年)")
g.neg("“三个代表”重要思想为指导，全面", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a "
      "doctrine's name)")
g.neg("贯彻党的十六大和", "十六大", SESSION_NOTE + " (16th Party Congress)")
g.neg("十六届三中全会精神", "十六届三中全会", SESSION_NOTE + " (3rd plenum of the 16th "
      "Central Committee)")
g.neg("发展这个第一要务", "第一要务", "slogan 第一要务 'the top priority' (发展是第一要务), not a "
      "measured rank")
g.neg("“五个统筹”的要求", "五个统筹", LABEL_NOTE + " (“五个统筹”, the five balances; as "
      "wr_china_2006_b), not a count")

# ==== line 11 (source 47): heading （一） ====================================================================
g.neg("（一）加强和改善", "（一）", MARKER_NOTE)

# ==== line 12 (source 48): the 2004 growth target ===========================================================
GDP = ["国内生产总值", "GDP", "经济增长预期目标", "经济增速", "国内生产总值增长", "经济增长速度",
       "生产总值", "GDP增长"]
fact("经济增长预期目标为7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="经济增长", metric_alts=GDP, comparison="yoy", modality="target", period=T04,
     note="中央提出…预期目标 → target; 左右 → approx (outside the span); growth without a "
          "basis → yoy; " + T_NOTE + " (as 8%左右 in wr_china_2005_b)")

# ==== line 13 (source 49): 适时适度 ==========================================================================
g.neg("不一刀切", "一刀切", "idiom 一刀切 'one-size-fits-all', not a quantity (as "
      "wr_china_2022_b)")

# ==== line 14 (source 50): fiscal policy ======================================================================
BOND = ["建设国债发行规模", "发行建设国债", "建设国债发行", "建设国债规模", "国债",
        "长期建设国债", "建设国债发行额", "国债发行规模"]
gov("今年拟发行建设国债1100亿元", "1100亿元", value=1100e8, unit="CNY", kind="amount",
    metric="建设国债", metric_alts=BOND, modality="target", period=T04,
    note="拟发行 → target; the construction bonds to be issued in 2004; " + T_NOTE + "; "
         + GOV_NOTE)
gov("比上年减少300亿元", "300亿元", value=-300e8, unit="CNY", kind="amount",
    metric="建设国债增量",
    metric_alts=["建设国债", "建设国债发行规模增量", "建设国债减少", "国债增量",
                 "建设国债比上年减少", "建设国债发行增量", "调减发债规模"],
    modality="target", period=T04,
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 比上年 is "
         "no comparison of an amount fact (as wr_china_2005_b 比上年减少300亿元); target; "
         + T_NOTE)
REG = ["中央预算内经常性建设投资", "增加中央预算内经常性建设投资", "预算内经常性建设投资增量",
       "中央预算内经常性建设投资增加", "经常性建设投资增量", "中央预算内建设投资增量",
       "中央预算内经常性建设投资增加额"]
gov("今年拟先增加50亿元", "50亿元", value=50e8, unit="CNY", kind="amount",
    metric="中央预算内经常性建设投资增量", metric_alts=REG, modality="target", period=T04,
    note="增加 N of the central budget's regular construction investment (named in the "
         "clause before: 要逐年适当增加中央预算内经常性建设投资): absolute change of a level "
         "(positive, metric <level>增量, SPEC §2; as wr_china_2005_b 增加…100亿元); 拟 → "
         "target; " + T_NOTE + "; " + GOV_NOTE)
g.neg("增加到一定规模", "一定", "adjective 一定 'a certain (scale)', not a quantity (as "
      "取得一定成效 in other golds)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting mid-item). Part of the document: source lines "
    "37-44 close part 一、一年来工作回顾 (the review of 2003; heading on source line 3, outside): "
    "the last paragraph of review item （五） (opening up: FDI, foreign-exchange reserves), "
    "item （六） 法制建设 in full and the closing paragraphs of the review (achievements, "
    "thanks, problems); source lines 45-50 open part 二、2004年主要任务 (heading inside the "
    "excerpt): the guiding line, task （一） 宏观调控 with the 7%左右 growth target and the "
    "fiscal-policy paragraph. Other excerpts of the report: wr_china_2004 (lines 5-33), "
    "wr_china_2004_b (58-73); no overlap. Title: the corpus meta title (the source has no "
    "title line), title_in_text=False. Date: 2004-03-05, the shared meta date: the opening "
    "day of the 2nd session of the 10th NPC, on which the Premier delivered the report (the "
    "Wikisource text has no dateline; 去年/上年 = 2003 and 今年 = 2004 agree). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国; 国家 for the reserves); the State "
    "Council's bills and regulations and the central budget figures keep 中国 with 中央财政/"
    "中央政府/国务院 as alts. Periods: review lines — 全年 (= 2003) governs 535亿美元 (null and "
    "the frame text 一年来 as alts); 年底 replaces it: reserves 4033亿美元 → instant "
    "2003-12-31 (stock), the increase 比年初 1168亿美元 → the same instant, the year 2003 and "
    "null as alts; 5部 / 28部 (no period in their line) → the review year 2003 as the section "
    "frame (period text 一年来), null as alt. Plan lines — 今年 (= 2004) stands before each "
    "figure in its line (7%, 1100亿元, −300亿元, 50亿元): explicit 2004, no alternative. "
    "Modality: actual in the review; target in the plan (预期目标, 拟发行, 拟先增加). "
    "Comparisons: yoy for the growth target; 比上年减少 / 增加 of amounts → <level>增量 "
    "(comparison null); 比年初增加 → 国家外汇储备增量 (comparison null). Bounds: 左右 → approx "
    "(7%); the rest eq (达 → eq). Judgement calls: 比年初增加1168亿美元 → change of the stock "
    "at the year-end instant (year as alt); 5部 / 28部 → counts of the State Council's "
    "bills/regulations of 2003 (the named ones included); 今年拟先增加50亿元 → "
    "中央预算内经常性建设投资增量 (its head restored from the clause before); 第一要务, 一年 "
    "(关键的一年), 一定 (规模) → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×3, 一些 ×3, 统一. 几年 (经过几年努力) has no numeral "
    "digit and gives no fact.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
