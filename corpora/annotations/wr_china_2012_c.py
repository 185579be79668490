"""Gold annotations for wr_china_2012_c (2012年中华人民共和国国务院政府工作报告, the overall plan
for 2012), lines 49-66 of shared/texts/work_report/wr_china_2012.txt.

The excerpt corpora/wr_china_2012_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the plan part of the report: part
二、2012年工作总体部署 in full (heading inside the excerpt: the outlook, the guiding line, the
2012 主要预期目标 and the note on the growth and price targets, fiscal policy with the
deficits, monetary policy with the M2 target, the five policy themes 稳增长…促和谐), then the
heading 三、2012年主要任务 and the heading of task （一）.  The review of 2011 is wr_china_2012
(lines 3-25) and wr_china_2012_b (lines 26-42); no overlap.  Facts and negatives are written
by hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2012_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2012_c"
SOURCE_ID = "wr_china_2012"
PLACE = "中国"
REF = "2012-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 49, 66                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2012年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2012)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2012年工作总体部署",
                 ends="（一）促进经济平稳较快发展")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label 十二五 (SPEC §1 十四五), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2011_b / wr_china_2024_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2012-03-05; 去年/上年 = 2011, 今年 = 2012) -----------------------
# The whole excerpt is the plan for 2012.  The heading 二、2012年工作总体部署 (line 1 of the
# excerpt) is the section frame (2012).  The 2012 主要预期目标 (line 7, source 55) state no
# period of their own: 今年 of line 6 (今年经济社会发展的主要预期目标是：) ends with its
# paragraph (SPEC §4: a period never reaches the next line), so they take the section frame
# of the heading (period text 2012年, null as alt; as wr_china_2011_b, whose 2011 targets
# stand in the same layout), and so do the restated price target (line 8, source 56) and the
# M2 target (line 13, source 61).  The fiscal line 10 (source 58) names 今年 before its numbers
# (今年拟安排财政赤字…): 今年 = 2012 governs the rest of that line.  All figures are targets
# (预期目标, 控制在, 拟安排, 预期增长) of the year 2012 (flows and rates of the year).
S12 = P("2012年", "2012-01-01", "2012-12-31")
FRAME = dict(period=S12, period_alts=[null("2012年")])
FRAME_NOTE = ("the line states no period before it: section frame of the heading 二、2012年工作"
              "总体部署 (2012), null as alt (今年 of the line before ends with its paragraph)")
T12 = P("今年", "2012-01-01", "2012-12-31")
T_NOTE = "今年 (= 2012) stands before it in the line (今年拟安排…) and governs it"

# ==== line 1 (source 49): heading of part 二 ==========================================================
g.neg("二、2012年工作总体部署", "二、", MARKER_NOTE)
g.neg("二、2012年工作总体部署", "2012年", PERIOD_NOTE + " (section heading: the plan year "
      "2012; the period text of the 2012 targets without a period of their own)")

# ==== line 2 (source 50): 今年是… (no facts) ==========================================================
g.neg("今年是“十二五”", "十二五", PLAN_LABEL)
g.neg("承前启后的重要一年", "一年", "'an important year' = 2012, not a duration fact (as "
      "wr_anhui_2025 里程碑意义的一年)")
g.neg("任期的最后一年", "一年", "'the last year (of the government's term)' = 2012, not a "
      "duration fact")
g.neg("交出一份人民满意", "一份", "一 + classifier used as article (README §2)")

# ==== line 3 (source 51): favourable conditions ========================================================
g.neg("经过30多年改革开放", "30多年", PERIOD_NOTE + " (30多年改革开放 = the thirty-odd years of "
      "reform since 1978, a period word as 二十年改革开放 in wr_china_1999, not a duration fact; "
      "governs no number) — judgement call")

# ==== line 4 (source 52): world situation — no numeral =================================================

# ==== line 5 (source 53): guiding line ==================================================================
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")
g.neg("迎接党的十八大", "十八大", "congress label 十八大 (SPEC §1)")

# ==== line 6 (source 54): 今年经济社会发展的主要预期目标是： — no numeral =================================

# ==== line 7 (source 55): the 2012 主要预期目标 =========================================================
TGT = "主要预期目标 → target; " + FRAME_NOTE
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长7.5％", "7.5％", value=7.5, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **FRAME,
     note="no bound word → eq; full-width ％ kept in the span; " + TGT)
fact("城镇新增就业900万人以上", "900万人", value=900e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **FRAME,
     note="以上 → ge (outside the span); " + TGT)
fact("失业率控制在4.6％以内", "4.6％", value=4.6, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **FRAME,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
CPI = ["居民消费价格", "居民消费价格涨幅", "居民消费价格总水平", "居民消费价格指数", "CPI",
       "消费价格", "物价总水平", "居民消费价格总水平涨幅"]
fact("居民消费价格涨幅控制在4％左右；", "4％", value=4, unit="%", kind="growth",
     bound="approx", metric="居民消费价格", metric_alts=CPI, comparison="yoy", **FRAME,
     note="涨幅 = growth of the price level; 左右 → approx (outside the span); " + TGT)
TRADE = ["进出口", "进出口总额增长", "外贸进出口总额", "货物进出口总额", "对外贸易总额",
         "进出口贸易总额", "外贸"]
fact("进出口总额增长10％左右", "10％", value=10, unit="%", kind="growth", bound="approx",
     metric="进出口总额", metric_alts=TRADE, comparison="yoy", **FRAME,
     note="左右 → approx; " + TGT)

# ==== line 8 (source 56): the targets explained ==========================================================
g.neg("与“十二五”规划目标", "十二五", PLAN_LABEL)
fact("提出居民消费价格涨幅控制在4％左右", "4％", value=4, unit="%", kind="growth",
     bound="approx", metric="居民消费价格", metric_alts=CPI, comparison="yoy", **FRAME,
     note="the price target of line 7 restated in the explanation (its own mention → its own "
          "fact, SPEC §1; as 经济增长预期目标为5%左右 in wr_china_2024_b); target; 左右 → approx; "
          + FRAME_NOTE)
g.neg("预留一定空间", "一定", "adjective 一定 'a certain (room)', not a quantity")

# ==== line 9 (source 57): policy stance — no numeral but 进一步 (lexicalized) =========================

# ==== line 10 (source 58): fiscal policy ==================================================================
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("今年拟安排财政赤字8000亿元", "8000亿元", value=8000e8, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, period=T12,
    note="拟安排 → target; the budgeted deficit of 2012 (central and local together, 其中 "
         "follows); " + T_NOTE + "; " + GOV_NOTE)
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("赤字率下降到1.5％左右", "1.5％", value=1.5, unit="%", kind="share", bound="approx",
    metric="赤字率", metric_alts=RATE, period=T12,
    note="下降到 gives the new level (左右 → approx, outside the span); the deficit over the "
         "year's GDP → share; target; " + T_NOTE)
gov("其中中央财政赤字5500亿元", "5500亿元", value=5500e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], period=T12,
    note="其中: the central part of the 8000亿元 (target, same sentence); " + T_NOTE + "; "
         + GOV_NOTE)
gov("代发地方债2500亿元", "2500亿元", value=2500e8, unit="CNY", kind="amount",
    metric="代发地方债",
    metric_alts=["代地方发债", "代发地方政府债券", "代地方发行债券", "地方政府债券", "地方债",
                 "代发地方债规模", "地方财政赤字"],
    subject_alts=GOV + CN + ["地方政府", "地方"], period=T12,
    note="the local governments' bonds issued by the central government on their behalf (the "
         "local part of the 8000亿元 deficit) → target; 地方政府 (the debtors) as alt (as "
         "wr_china_2011_b); " + T_NOTE)
g.neg("加大对“三农”", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")
g.neg("严格控制“三公经费”", "三公", LABEL_NOTE + " (“三公经费”: official travel abroad, "
      "official cars, official receptions), not a count")

# ==== lines 11-12 (source 59-60): no numeral but 各项, 进一步 ===========================================

# ==== line 13 (source 61): monetary policy ===============================================================
M2 = ["M2", "广义货币供应量", "广义货币M2", "M2余额", "广义货币余额", "货币供应量", "M2增速",
      "广义货币增长"]
fact("广义货币预期增长14％", "14％", value=14, unit="%", kind="growth", metric="广义货币",
     metric_alts=M2, comparison="yoy", **FRAME,
     note="预期增长 → target; no bound word → eq; the balance's growth over the year "
          "(comparison yoy, as M2 in wr_china_2011_b); " + FRAME_NOTE)

# ==== line 14 (source 62): exchange rate, capital flows ===================================================
g.neg("增强人民币汇率双向浮动", "双向", "双向 'two-way' (floating in both directions), not a "
      "quantity (as nw_cctv_20240422_west_2024)")

# ==== lines 15-16 (source 63-64): 稳增长…促和谐 ============================================================
g.neg("稳定三者关系", "三者", "anaphoric 三者 'the three' (改革、发展、稳定 just listed), not a "
      "quantity claim (as nw_sina_20220812_fujian_2022h1)")

# ==== line 17 (source 65): heading of part 三 =============================================================
g.neg("三、2012年主要任务", "三、", MARKER_NOTE)
g.neg("三、2012年主要任务", "2012年", PERIOD_NOTE + " (section heading: the plan year 2012; "
      "no number follows in the excerpt)")

# ==== line 18 (source 66): heading （一） ===================================================================
g.neg("（一）促进经济", "（一）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the plan for 2012 — part "
    "二、2012年工作总体部署 in full (heading inside the excerpt; outlook, guiding line, the 2012 "
    "主要预期目标 (source line 55) and their explanation, fiscal policy (deficits), monetary "
    "policy (M2), the themes 稳增长、控物价、调结构、惠民生、抓改革、促和谐), then the heading "
    "三、2012年主要任务 and the heading of task （一）. The review of 2011 is wr_china_2012 (lines "
    "3-25) and wr_china_2012_b (lines 26-42). Title: the corpus meta title (the source has no "
    "title line), title_in_text=False. Date: 2012-03-05, the corpus meta date: the opening day "
    "of the 5th session of the 11th NPC, on which the Premier delivered the report (the "
    "Wikisource text has no dateline); nothing in the excerpt contradicts it (今年 = 2012, the "
    "last year of the government's term, before the 十八大). Place: national report → 中国 "
    "(alts 我国/全国/中华人民共和国); the budget figures (财政赤字, 赤字率, 中央财政赤字, 代发地方债) "
    "keep 中国 with 中央政府/国务院/中央财政 as alts (地方政府 added for the local bonds). "
    "Periods: the 2012 targets (source line 55), the restated price target (line 56) and the "
    "M2 target (line 61) state no period before their numbers (今年 of line 54 ends with its "
    "paragraph, SPEC §4) → the section frame of the heading 二、2012年工作总体部署 (2012, null "
    "as alt; as wr_china_2011_b); 今年 governs the fiscal line 58. Modality: target throughout "
    "(预期目标, 控制在, 拟安排, 预期增长). Comparisons: yoy for the growth targets (GDP, CPI "
    "涨幅, 进出口总额, M2). Bounds: 以上 → ge; 以内 → le; 左右 → approx; 7.5％ and 14％ eq. "
    "Judgement calls: the restated 4％ → its own fact; 30多年(改革开放) → period negative (as "
    "二十年改革开放 in wr_china_1999), not a duration fact; 代发地方债 → subject 中国 (地方政府 as "
    "alt); the targets take the heading's frame though 今年 ends the line before them (same "
    "dates). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×3, 一些 ×2, 各项.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
