"""Gold annotations for wr_china_1980_d (held-out: corpora/heldout/), 1980年中华人民共和国国务院
政府工作报告, lines 1-11 of shared/texts/work_report/wr_china_1980.txt.

The report is Vice-Premier Yao Yilin's 关于1980、1981年国民经济计划安排的报告, delivered on
behalf of the State Council at the 3rd session of the 5th NPC (30 August 1980).  The excerpt
corpora/heldout/wr_china_1980_d.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped; the line range is given by the brief.  It is the opening of the
report: the salutation, the introduction (the 1980 plan already reported in April, the 1981
plan brought forward), the heading of part 一、国民经济在调整、改革、整顿、提高中取得了新的进展
and its introduction, and point 第一 (重大的比例关系正在朝着协调的方向发展) up to the
accumulation paragraph: agriculture (output, grain, oil crops, meat), light industry, heavy
industry (steel, energy use per ton of steel, machinery, defence industry) and the ratio of
accumulation to consumption.  Lines 12-21 are wr_china_1980, 23-45 wr_china_1980_b and 46-65
wr_china_1980_c (no overlap).

Numbers are written in ASCII digits with the full-width ％ and, for thousands, a full-width
comma as separator (33，212万吨, 2，737万吨, 4，900多万吨, 1，062万吨, 7，000大卡, 1，120亿元,
2，211亿元); spans keep the text as written and values are the numbers written (SPEC §3).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1980_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1980_d"
SOURCE_ID = "wr_china_1980"
PLACE = "中国"
REF = "1980-08-30"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 1, 11                     # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1980年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_1980)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="各位代表：",
                 ends="促进国民经济有计划按比例地发展，起了积极作用。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker of the report's parts / points, not a quantity"
SESSION_NOTE = "congress / session label (SPEC §1: 二十大, 二十届三中全会), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FW = ("the full-width comma is a thousands separator: the span keeps it as written, the value "
      "is the number written (SPEC §3, as wr_china_1980)")
TCE = ("energy reckoned in standard coal (按…标准煤计算) → unit tce (SPEC §3 吨标准煤; as "
       "wr_china_1980_c)")
CN = ["我国", "全国", "中华人民共和国"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1980-08-30; 今年 = 1980, 去年 / 上年 = 1979) -------------------------
# Lines 1-7 (salutation, introduction, headings) hold no facts.  Lines 8-11 lie in part 一, the
# review of 1979 and of the first half of 1980 (一年多来, line 6).  The part has no single
# governing year, so each number takes the last period expression before it in its line (a line
# is a paragraph; no period crosses a line), as wr_china_1980:
#   - line 8: 1979年 (farm output; grain, whose rise 比上年 is 1979 over 1978); 1978、1979两年
#     (the two-year rise of grain, 1978-01-01..1979-12-31); 1979年 again (oil crops, meat);
#   - line 9: 1979年 (light industry), 今年上半年 (1980 H1, light industry and collective
#     industry);
#   - line 10: 1979年 (heavy industry), 今年上半年 (1980 H1), 1979年 (steel, its energy use,
#     machinery, defence industry); 上年 inside the from/to pair 由上年的…降低到… = 1978 and
#     governs only its value (SPEC §4); the calorific value of standard coal (7，000大卡) is a
#     reckoning convention, not a figure of a period → null (1979 as alt);
#   - line 11: 1979年 (national income, accumulation, consumption); 1978年 inside the pair
#     由1978年的36.5％降为33.6％ (the end value takes 1979); 1980年计划 (the planned
#     accumulation rate of 1980, forecast: 可能).
# Comparison bases (比1978年, 比上年, 比去年同期) are comparisons, not periods: growth → yoy;
# 比上年增加 / 降低 N of a level → the SPEC §2 absolute change (<level>增量, signed).
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow(txt, y):
    return dict(period=year(txt, y), period_alts=[null(txt)])


Y79 = flow("1979年", 1979)
H1 = dict(period=P("今年上半年", "1980-01-01", "1980-06-30"), period_alts=[null("今年上半年")])


# ==== line 2: the report's subject ================================================================
g.neg("关于1980、1981年国民经济计划安排", "1980、1981年", PERIOD_NOTE + " (the plan years "
      "1980 and 1981 in the report's title, no number follows)")

# ==== line 3: the 1980 plan, the 1981 plan brought forward (no facts) ==============================
g.neg("关于1980年国民经济计划的安排", "1980年", PERIOD_NOTE + " (the plan year 1980)")
g.neg("于今年4月8日", "今年4月8日", "date (1980-04-08) of the report to the NPC Standing "
      "Committee, not a fact")
g.neg("第十四次会议", "第十四次", SESSION_NOTE + " (人大常委会第十四次会议)")
g.neg("1980年计划正在顺利执行", "1980年", PERIOD_NOTE + " (1980; 预计工农业总产值可以超额完成 "
      "states no number)")
g.neg("今年提前制定1981年", "1981年", PERIOD_NOTE + " (the plan year 1981)")

# ==== line 4 ======================================================================================
g.neg("我着重报告1979年以来", "1979年以来", PERIOD_NOTE + " (1979 to the reference date: the "
      "report's frame)")
g.neg("情况和1981年国民经济计划", "1981年", PERIOD_NOTE + " (the plan year 1981)")

# ==== line 5: heading of part 一 ===================================================================
g.neg("一、国民经济在调整", "一、", MARKER_NOTE)

# ==== line 6: introduction of part 一 ==============================================================
g.neg("第五届全国人民代表大会", "第五届", SESSION_NOTE + " (第五届全国人民代表大会)")
g.neg("第二次会议，号召", "第二次", SESSION_NOTE + " (第二次会议)")
g.neg("经过一年多来", "一年多来", PERIOD_NOTE + " (1979 to the reference date; no number in "
      "its line)")

# ==== line 7: heading 第一 =========================================================================
g.neg("第一，重大的比例关系", "第一", MARKER_NOTE)

# ==== line 8: agriculture ==========================================================================
g.neg("党的十一届三中全会", "十一届三中全会", SESSION_NOTE)
g.neg("落实了一系列政策", "一系列", "vague quantifier 一系列 'a series of' (README §2), not a "
      "quantity")
g.neg("1979年农业总产值", "1979年", PERIOD_NOTE + " (1979; governs the line until 1978、1979两年)")
g.neg("比1978年增长8.6％", "1978年", "comparison basis 比1978年 (SPEC §4: a basis is "
      "`comparison`, not a period; as in wr_china_1980), not a fact")
fact("比1978年增长8.6％", "8.6％", value=8.6, unit="%", kind="growth", metric="农业总产值",
     metric_alts=["农业产值", "农业", "农业总产值增长", "农业生产"], comparison="yoy", **Y79,
     note="比1978年 = the year before 1979 → yoy; full-width ％")
GRAIN = ["粮食总产量", "粮食", "粮食生产"]
fact("粮食产量33，212万吨", "33，212万吨", value=33212e4, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, **Y79,
     note="1979年 of the sentence before (same line) governs; 33，212万吨 = 3.3212e8 t; " + FW)
fact("比上年增加2，737万吨", "2，737万吨", value=2737e4, unit="t", kind="amount",
     metric="粮食产量增量",
     metric_alts=["粮食产量", "粮食增产", "粮食增产量", "粮食产量增加", "粮食产量增加额",
                  "粮食总产量增量"],
     **Y79,
     note="比上年增加 N = the absolute rise of the level (SPEC §2 → <level>增量, positive; "
          "comparison null for an amount change, as wr_china_1980); " + FW)
g.neg("这是在1978年粮食丰收", "1978年", PERIOD_NOTE + " (the 1978 harvest named as a basis; no "
      "number in its clause)")
g.neg("1978、1979两年共增产", "1978、1979两年", PERIOD_NOTE + " (1978-01-01..1979-12-31; 两年 "
      "restates the two years, as 1979、1980两年 in wr_china_1980)")
fact("共增产粮食4，900多万吨", "4，900多万吨", value=4900e4, unit="t", kind="amount",
     bound="gt", metric="粮食产量增量",
     metric_alts=["增产粮食", "粮食增产", "粮食增产量", "粮食产量", "共增产粮食",
                  "两年共增产粮食", "粮食产量增加"],
     period=P("1978、1979两年", "1978-01-01", "1979-12-31"),
     period_alts=[null("1978、1979两年")],
     note="共增产 N over the two years (1979 over 1977) → <level>增量 (SPEC §2, positive); 多 "
          "inside the span → gt; the period of the clause is the two years; " + FW)
g.neg("两年这样大幅度的连续增产", "两年", "back-reference to the two years 1978、1979 just "
      "named (这样…连续增产, the increases of 1978 and 1979) — judgement call: the streak "
      "reading (a 2-year duration fact, as 连续两年 in other golds) is the alternative")
g.neg("1979年油料产量", "1979年", PERIOD_NOTE + " (1979)")
OIL = ["油料", "油料总产量", "油料作物产量"]
fact("油料产量644万吨", "644万吨", value=644e4, unit="t", kind="amount", metric="油料产量",
     metric_alts=OIL, **Y79, note="万吨 ×1e4")
fact("比上年增加122万吨", "122万吨", value=122e4, unit="t", kind="amount",
     metric="油料产量增量",
     metric_alts=["油料产量", "油料增产", "油料增产量", "油料产量增加", "油料产量增加额"],
     **Y79, note="比上年增加 N → <level>增量 (SPEC §2, positive)")
MEAT = ["肉类", "肉类总产量", "肉产量"]
fact("肉类产量1，062万吨", "1，062万吨", value=1062e4, unit="t", kind="amount",
     metric="肉类产量", metric_alts=MEAT, **Y79, note="1979年 of the clause before governs; " + FW)
fact("比上年增加206万吨", "206万吨", value=206e4, unit="t", kind="amount",
     metric="肉类产量增量",
     metric_alts=["肉类产量", "肉类增产", "肉类增产量", "肉类产量增加", "肉类产量增加额"],
     **Y79, note="比上年增加 N → <level>增量 (SPEC §2, positive)")

# ==== line 9: light industry =======================================================================
g.neg("1979年轻工业总产值", "1979年", PERIOD_NOTE + " (1979)")
LIGHT = ["轻工业产值", "轻工业", "轻工业总产值增长"]
fact("比上年增长9.6％", "9.6％", value=9.6, unit="%", kind="growth", metric="轻工业总产值",
     metric_alts=LIGHT, comparison="yoy", **Y79, note="比上年 → yoy")
g.neg("今年上半年又比去年同期增长24.2％", "今年上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30)")
fact("又比去年同期增长24.2％", "24.2％", value=24.2, unit="%", kind="growth",
     metric="轻工业总产值", metric_alts=LIGHT, comparison="yoy", **H1,
     note="比去年同期 → yoy; head 轻工业总产值 carried over from the clause before")
g.neg("今年上半年，集体所有制", "今年上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30)")
fact("工业产值比去年同期增长23.6％", "23.6％", value=23.6, unit="%", kind="growth",
     metric="集体所有制工业产值",
     metric_alts=["集体所有制工业总产值", "集体工业产值", "集体所有制工业"],
     subject_alts=CN + ["集体所有制工业"], comparison="yoy", **H1,
     note="比去年同期 → yoy; the collective sector as subject alt (README §4)")

# ==== line 10: heavy industry ======================================================================
g.neg("增产了一批适销对路", "一批", VAGUE_NOTE)
g.neg("关停并转了一批", "一批", VAGUE_NOTE)
g.neg("1979年重工业总产值", "1979年", PERIOD_NOTE + " (1979)")
HEAVY = ["重工业产值", "重工业", "重工业总产值增长"]
fact("比上年增长7.7％", "7.7％", value=7.7, unit="%", kind="growth", metric="重工业总产值",
     metric_alts=HEAVY, comparison="yoy", **Y79, note="比上年 → yoy")
g.neg("今年上半年又比去年同期增长6％", "今年上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30)")
fact("又比去年同期增长6％", "6％", value=6, unit="%", kind="growth", metric="重工业总产值",
     metric_alts=HEAVY, comparison="yoy", **H1,
     note="比去年同期 → yoy; head 重工业总产值 carried over")
g.neg("钢铁工业，1979年钢产量", "1979年", PERIOD_NOTE + " (1979; governs the rest of the line)")
STEEL = CN + ["钢铁工业"]
fact("钢产量比上年增加270万吨", "270万吨", value=270e4, unit="t", kind="amount",
     metric="钢产量增量",
     metric_alts=["钢产量", "钢产量增加", "钢产量增加额", "钢增产", "钢增产量"],
     subject_alts=STEEL, **Y79,
     note="比上年增加 N → <level>增量 (SPEC §2, positive); the steel industry as subject alt "
          "(README §4)")
fact("每公斤发热量7，000大卡", "7，000大卡", value=7000, unit="大卡", kind="amount",
     metric="标准煤每公斤发热量",
     metric_alts=["每公斤发热量", "发热量", "标准煤发热量", "标准煤热值", "每公斤标准煤发热量"],
     subject="标准煤", subject_alts=["中国"] + CN, period=None,
     period_alts=[year("1979年", 1979)],
     note="judgement call: the calorific value that defines the standard coal of the reckoning "
          "(按每公斤发热量7，000大卡的标准煤计算), a technical magnitude (README §2) owned by the "
          "standard coal; 大卡 has no canonical unit → kept as written (SPEC §3), per kilogram "
          "in the metric; a convention, not a figure of a period → null (1979 of the line as "
          "alt); the negative reading (a definition, not a claim) is the alternative; " + FW)
fact("比上年降低了100万吨", "100万吨", value=-100e4, unit="tce", kind="amount",
     metric="钢铁工业能源消耗总量增量",
     metric_alts=["能源消耗总量增量", "能源消耗总量", "钢铁工业能源消耗总量", "能源消耗量增量",
                  "能耗总量增量", "钢铁工业能耗增量", "能源消耗总量降低"],
     subject_alts=STEEL, **Y79,
     note="比上年降低 N = the absolute change of the steel industry's energy use (SPEC §2 → "
          "<level>增量, 降低 → negative); " + TCE + "; the span reads 万吨 (标准煤 is named in "
          "the parenthesis before): the shared check_gold.py reads t, a known false alarm")
PER_TON = ["吨钢综合能耗", "每吨钢综合能耗", "综合能耗", "吨钢能耗", "每吨钢的能耗"]
fact("由上年的2.51吨煤", "2.51吨煤", value=2.51, unit="tce", kind="amount",
     metric="每吨钢的综合能耗", metric_alts=PER_TON, subject_alts=STEEL,
     period=year("上年", 1978), period_alts=[null("上年")],
     note="start of the from/to pair 由上年的…降低到…: its own period 上年 = 1978 (SPEC §4); "
          "吨煤 = tons of coal reckoned as standard coal (the basis just defined) → tce, per "
          "ton of steel in the metric (judgement call: plain t is the alternative); the "
          "shared check_gold.py reads 吨 as t, a known false alarm")
fact("降低到2.28吨煤", "2.28吨煤", value=2.28, unit="tce", kind="amount",
     metric="每吨钢的综合能耗", metric_alts=PER_TON, subject_alts=STEEL, **Y79,
     note="end of the pair: 1979年 governs; 降低到 → the level reached (eq); tce as 2.51吨煤")
g.neg("仅一机部系统", "一机部", "name 一机部 (第一机械工业部, the First Ministry of Machine-"
      "Building): 一 is part of the ministry's name, not a quantity")
NEWP = ["重要的新产品", "新产品", "试制成功新产品", "重要新产品", "新产品品种",
        "试制成功的新产品", "试制成功的重要新产品数量", "新产品试制"]
fact("重要的新产品945种", "945种", value=945, unit="count", kind="count", classifier="种",
     metric="试制成功的重要新产品", metric_alts=NEWP,
     subject_alts=CN + ["一机部系统", "一机部", "第一机械工业部", "机械工业"], **Y79,
     note="new products developed in 1979 (是…最多的一年 confirms a yearly count); the "
          "ministry's system (仅一机部系统) as subject alt, a sector-like part (README §4); "
          "1979年 earlier in the line governs")
g.neg("是近十年来新产品", "近十年来", "since-expression of the superlative (近十年来…最多的一年), "
      "not a duration or rank fact (as 创5年来新高 in nw_cctv_20180118_china_2017)")
g.neg("增加最多的一年", "一年", "'the year with the most (new products)' = 1979, a superlative, "
      "not a duration or count (as 最多的一年 in wr_china_1980)")
g.neg("，1979年生产的民用产品", "1979年", PERIOD_NOTE + " (1979)")
fact("国防工业总产值的20％左右", "20％", value=20, unit="%", kind="share", bound="approx",
     metric="民用产品占国防工业总产值比重",
     metric_alts=["民用产品占国防工业总产值的比重", "民用产品占比", "国防工业民用产品占比",
                  "民用产品比重", "民用产品占国防工业总产值", "民用产品产值占国防工业总产值比重"],
     subject_alts=CN + ["国防工业"], **Y79,
     note="左右 → approx (outside the span); 已占 → eq otherwise; the defence industry as "
          "subject alt (README §4)")

# ==== line 11: accumulation and consumption ========================================================
g.neg("1979年国民收入", "1979年", PERIOD_NOTE + " (1979; governs the line until 1980年计划)")
fact("国民收入比上年增长7％", "7％", value=7, unit="%", kind="growth", metric="国民收入",
     metric_alts=["国民收入增长", "国民收入增速"], comparison="yoy", **Y79,
     note="比上年 → yoy")
fact("用于积累的部分为1，120亿元", "1，120亿元", value=1120e8, unit="CNY", kind="amount",
     metric="国民收入用于积累的部分",
     metric_alts=["积累", "积累额", "积累基金", "用于积累的部分", "国民收入中用于积累的部分",
                  "积累总额"],
     **Y79, note="the part of the 1979 national income used for accumulation; 亿元 ×1e8; " + FW)
fact("用于消费的部分为2，211亿元", "2，211亿元", value=2211e8, unit="CNY", kind="amount",
     metric="国民收入用于消费的部分",
     metric_alts=["消费", "消费额", "消费基金", "用于消费的部分", "国民收入中用于消费的部分",
                  "消费总额"],
     **Y79, note="the part used for consumption; " + FW)
ACC = ["积累率", "积累占国民收入比重", "国民收入积累率"]
g.neg("积累率由1978年的", "1978年", PERIOD_NOTE + " (inside the from/to pair: governs only "
      "36.5％)")
fact("由1978年的36.5％", "36.5％", value=36.5, unit="%", kind="share", metric="积累率",
     metric_alts=ACC[1:], period=year("1978年", 1978), period_alts=[null("1978年")],
     note="start of the from/to pair 由1978年的…降为…: its own period (SPEC §4); the share of "
          "accumulation in national income")
fact("降为33.6％", "33.6％", value=33.6, unit="%", kind="share", metric="积累率",
     metric_alts=ACC[1:], **Y79, note="end of the pair: 1979年 of the line governs")
g.neg("根据1980年计划", "1980年", PERIOD_NOTE + " (1980, the plan year of the next clause)")
fact("进一步降到30％左右", "30％", value=30, unit="%", kind="share", bound="approx",
     metric="积累率", metric_alts=ACC[1:], modality="forecast",
     period=year("1980年", 1980), period_alts=[null("1980年")],
     note="根据1980年计划…可能…降到 'according to the 1980 plan it may fall to' → forecast "
          "(judgement call: target is the alternative, as 将达到29％ in wr_china_1980); 左右 → "
          "approx (outside the span)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed by "
    "the brief. Held out: written to corpora/heldout/. The report is Yao Yilin's 关于1980、1981年"
    "国民经济计划安排的报告 (on behalf of the State Council); the excerpt is its opening: the "
    "salutation, the introduction (lines 2-4: the 1980 plan, the 1981 plan brought forward), the "
    "heading of part 一、国民经济在调整、改革、整顿、提高中取得了新的进展 and its introduction, "
    "and point 第一 up to the accumulation paragraph (agriculture, light industry, heavy industry, "
    "accumulation and consumption). Other excerpts: wr_china_1980 (lines 12-21), wr_china_1980_b "
    "(23-45), wr_china_1980_c (46-65); no overlap. Title: the corpus meta title (the source has "
    "no title line), title_in_text=False. Date: 1980-08-30, as the other excerpts of the report "
    "(the day it was delivered at the 3rd session of the 5th NPC; not in the Wikisource text); "
    "the text fits it (今年4月8日 is past, 今年上半年 is the latest data). Place: national report "
    "→ 中国 (alts 我国/全国/中华人民共和国; sectors — 钢铁工业, 一机部系统, 国防工业, "
    "集体所有制工业 — as alts, README §4); the calorific value belongs to 标准煤. Periods: part "
    "一 has no single governing year, so each number takes the last period expression before it "
    "in its line (1979年, 1978、1979两年 for the two-year grain rise, 今年上半年 = 1980 H1, 上年 "
    "= 1978 and 1978年 inside from/to pairs, 1980年计划 for the accumulation rate of 1980), the "
    "null reading as alt; 7，000大卡 → null (a reckoning convention), 1979 as alt. Modality: "
    "actual, except 积累率可能进一步降到30％左右 → forecast. Comparisons: growth 比1978年 / 比上年 "
    "/ 比去年同期 → yoy; 比上年增加/降低 N of a level → <level>增量 (signed, comparison null). "
    "Units: full-width comma = thousands separator (33，212万吨 → 3.3212e8 t; 2，737万吨; "
    "4，900多万吨 → 4.9e7 gt; 1，062万吨; 7，000大卡 → 7000; 1，120亿元 → 1.12e11; 2，211亿元 → "
    "2.211e11); full-width ％; energy reckoned in standard coal (100万吨, 2.51吨煤, 2.28吨煤) → "
    "tce; 大卡 kept as written. Judgement calls: 7，000大卡 a fact (technical magnitude of "
    "standard coal; negative the alternative); 吨煤 → tce (t the alternative); 两年 (两年这样"
    "大幅度的连续增产) a negative back-reference (a 2-year streak the alternative); 30％ → "
    "forecast (target the alternative); 945种 owned by 中国 with 一机部系统 as alt. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Known false alarms of the shared check_gold.py: it stops a number at the full-width comma "
    "(33，212万吨 read as 33, etc.) and reads 万吨 / 吨煤 as t where the facts say tce; czfacts "
    "check-gold accepts them. Lexicalized, not listed: 进一步 ×2. 多年来, 许多, 各项 have no "
    "numeral.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
