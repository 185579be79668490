"""Gold annotations for wr_china_2015_b (2015年中华人民共和国国务院政府工作报告, part 二 and the
heading of part 三), lines 30-44 of shared/texts/work_report/wr_china_2015.txt (held-out:
corpora/heldout/).

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief (a run of whole lines, as unseen test excerpts
are cut): part 二、2015年工作总体部署 in full (the case for growth, the outlook, the general
requirements, the “双目标/双结合/双引擎”, the 2015 主要预期目标, the reasoning behind the growth
target, 以下三点 with 第一 (fiscal policy: deficit, central and local deficits; monetary
policy: M2), 第二 and 第三 (13亿人口、9亿劳动力资源), 今年是“十二五”收官之年…) and the heading
三、把改革开放扎实推向纵深: the plan for 2015.  The review of 2014 (lines 4-20) is annotated
in wr_china_2015 (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2015_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2015_b"
SOURCE_ID = "wr_china_2015"
PLACE = "中国"
REF = "2015-03-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 30, 44                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2015年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2015)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2015年工作总体部署", ends="三、把改革开放扎实推向纵深")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label (SPEC §1 十四五), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2024_b / wr_china_2011_b)")


fact = g.with_subject(PLACE, CN, modality="target")


gov = g.with_subject(PLACE, GOV + CN, modality="target")


# ---- periods (reference date 2015-03-05; 去年 = 2014, 今年 = 2015) ---------------------------
# Line 1 of the excerpt is the heading 二、2015年工作总体部署: the section frame of the plan
# for 2015.  Line 6 (今年经济社会发展的主要预期目标是：…) opens with 今年 (= 2015), which governs
# its six targets.  Line 7 (经济增长预期7%左右…) states no period before its numbers: section
# frame, period text 2015年 of the heading, null in period_alts (SPEC §4; as wr_china_2024_b).
# Line 10 (fiscal policy) names 今年 before its numbers (今年拟安排财政赤字…): 今年 governs the
# line; 去年 inside the from/to pair 赤字率从去年的2.1%提高到2.3% governs only 2.1% (SPEC §4).
# Line 11 (M2) states no period: section frame.  Line 13 (第三，…) opens with 当前 ('at
# present'): 13亿人口、9亿劳动力资源 are stocks at the reference date (as 当前 in
# wr_neimenggu_2025), with the open-start reading, the end of 2014 (the latest statistics),
# the section year and null as alts.  Modality: target (预期目标, 预期, 拟安排) for the 2015
# figures; the 2014 deficit ratio and the population figures are actual.
S15 = P("2015年", "2015-01-01", "2015-12-31")
FRAME = dict(period=S15, period_alts=[null("2015年")])
T15 = P("今年", "2015-01-01", "2015-12-31")
TARGET = dict(period=T15)
NOW = P("当前", REF, REF)
NOW_ALTS = [P("当前", None, REF), P("当前", "2014-12-31", "2014-12-31"),
            P("2015年", "2015-01-01", "2015-12-31"), null("当前")]
FRAME_NOTE = ("the line states no period before it: section frame of the heading 二、2015年工作"
              "总体部署 (2015), null as alt")
T_NOTE = "今年 (= 2015) opens the line and governs it"
TGT = "今年…主要预期目标 → target; " + T_NOTE

# ---- line 1 (source 30): heading of part 二 ------------------------------------------------------
g.neg("二、2015年工作总体部署", "二、", MARKER_NOTE)
g.neg("二、2015年工作总体部署", "2015年", PERIOD_NOTE + " (section heading: the plan year 2015; "
      "the period text of the facts without a period of their own)")

# ---- line 2 (source 31): 发展是硬道理 (no facts) ---------------------------------------------------
g.neg("一切问题的基础", "一切", "pronoun 一切 'all', not a quantity")
g.neg("执政兴国第一要务", "第一", "slogan 第一要务 'the first priority', not a measured rank")

# ---- line 3 (source 32): outlook — no numeral (今年 / 去年 carry none) ------------------------------

# ---- line 4 (source 33): 新的一年…总体要求 (no facts) ----------------------------------------------
g.neg("新的一年是全面深化", "新的一年", PERIOD_NOTE + " (the plan year 2015; no number in its "
      "line)")
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")
g.neg("党的十八大和", "十八大", "congress label 十八大 (SPEC §1 二十大)")
g.neg("十八届三中、四中全会", "十八届三中、四中全会", "plenum labels (SPEC §1, README span, as "
      "二十届二中、三中全会)")
g.neg("“四个全面”战略布局", "四个全面", LABEL_NOTE + " (“四个全面”战略布局), not a count")

# ---- line 5 (source 34): 双目标 / 双结合 / 双引擎 (no facts) ----------------------------------------
g.neg("“双目标”", "双目标", LABEL_NOTE + " (“双目标”: the two goals named before it)")
g.neg("“双结合”", "双结合", LABEL_NOTE + " (“双结合”)")
g.neg("“双引擎”", "双引擎", LABEL_NOTE + " (“双引擎”)")
g.neg("打造大众创业、万众创新和", "万众", "slogan 大众创业、万众创新 ('mass entrepreneurship and "
      "innovation'): 万众 'the multitude', not a quantity (as wr_china_2018)")

# ---- line 6 (source 35): the 2015 主要预期目标 ------------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **TARGET,
     note="左右 → approx (outside the span); " + TGT)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格总水平"]
fact("居民消费价格涨幅3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **TARGET,
     note="涨幅 = growth of the price level; 左右 → approx; " + TGT)
fact("城镇新增就业1000万人以上", "1000万人", value=1000e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **TARGET,
     note="以上 → ge (outside the span); " + TGT)
fact("城镇登记失业率4.5%以内", "4.5%", value=4.5, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
fact("进出口增长6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="进出口",
     metric_alts=["进出口总额", "外贸进出口", "对外贸易", "进出口额", "货物进出口总额",
                  "外贸进出口总额"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TGT)
fact("能耗强度下降3.1%以上", "3.1%", value=-3.1, unit="%", kind="growth", bound="ge",
     metric="能耗强度",
     metric_alts=["单位国内生产总值能耗", "单位GDP能耗", "单位生产总值能耗", "能耗",
                  "能源消耗强度"],
     comparison="yoy", **TARGET,
     note="下降 → negative; 以上 → ge on the size of the fall (as 减少12%以上 in "
          "wr_china_2016_b); the second sentence of the line, still under 今年…主要预期目标 (the "
          "list of targets continues) → target; " + T_NOTE)

# ---- line 7 (source 36): the growth target explained ------------------------------------------
fact("经济增长预期7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="经济增长",
     metric_alts=["经济增长预期", "国内生产总值", "GDP", "国内生产总值增长", "经济增速",
                  "GDP增长", "经济增长预期目标"],
     comparison="yoy", **FRAME,
     note="the growth target of line 6 restated (its own mention → its own fact, SPEC §1; as "
          "wr_china_2024_b); 预期 → target; 左右 → approx; " + FRAME_NOTE)
fact("7%左右的速度可以", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="经济增长速度",
     metric_alts=["经济增长", "经济增速", "增长速度", "国内生产总值", "GDP", "国内生产总值增长",
                  "GDP增长"],
     comparison="yoy", **FRAME,
     note="judgement call: the third mention of the 2015 growth target (7%左右的速度 'a pace of "
          "about 7% can bring fairly full employment') → its own fact, target, approx; the "
          "reading as a generic statement (negative) is the alternative; " + FRAME_NOTE)

# ---- line 8 (source 37): 以下三点 -----------------------------------------------------------------
g.neg("把握好以下三点", "三点", "discourse count of the points enumerated below (第一…第三), not a "
      "measured quantity (as 以下六个方面 in wr_china_2016_b)")

# ---- line 9 (source 38): 第一 (no facts) -----------------------------------------------------------
g.neg("第一，稳定和完善", "第一", MARKER_NOTE + " (第一，… 第三，)")

# ---- line 10 (source 39): fiscal policy -------------------------------------------------------------
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("今年拟安排财政赤字1.62万亿元", "1.62万亿元", value=1.62e12, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, **TARGET,
    note="拟安排 → target; the budgeted deficit of 2015 (central and local together, 其中 "
         "follows); 万亿元 = 1e12; " + T_NOTE + "; " + GOV_NOTE)
gov("比去年增加2700亿元", "2700亿元", value=2700e8, unit="CNY", kind="amount",
    metric="财政赤字增量",
    metric_alts=["财政赤字", "赤字规模增量", "赤字增量", "财政赤字规模增量", "财政赤字增加",
                 "财政赤字比去年增加"],
    **TARGET,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比去年 is no comparison of an amount fact (as wr_china_2024_b); target; " + T_NOTE)
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("赤字率从去年的2.1%", "2.1%", value=2.1, unit="%", kind="share", metric="赤字率",
    metric_alts=RATE, modality="actual", period=P("去年", "2014-01-01", "2014-12-31"),
    note="start of a from/to pair (从去年的2.1%提高到2.3%): 去年 (= 2014) governs only its own "
         "value (SPEC §4); the 2014 deficit ratio (the budgeted ratio of the year, as reported "
         "→ actual); the deficit over the year's GDP → share; " + GOV_NOTE)
gov("提高到2.3%", "2.3%", value=2.3, unit="%", kind="share", metric="赤字率",
    metric_alts=RATE, **TARGET,
    note="end of the pair: the 2015 ratio planned (拟安排 of the sentence → target); 今年 of the "
         "sentence governs (the pair's 去年 only its own value); the 0.2-point change is not "
         "written; " + GOV_NOTE)
gov("其中，中央财政赤字1.12万亿元", "1.12万亿元", value=1.12e12, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **TARGET,
    note="其中: the central part of the 1.62万亿元 (target); " + T_NOTE + "; " + GOV_NOTE)
gov("1.12万亿元，增加1700亿元", "1700亿元", value=1700e8, unit="CNY", kind="amount",
    metric="中央财政赤字增量",
    metric_alts=["中央财政赤字", "中央赤字增量", "中央财政赤字规模增量", "中央财政赤字增加",
                 "财政赤字增量"],
    **TARGET,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2; the basis, "
         "2014, is implied), comparison null; target; " + T_NOTE)
LOCAL = GOV + CN + ["地方政府", "地方", "地方财政"]
LOCAL_NOTE = ("the local governments' deficit set in the national budget (their bond quota): "
              "subject 中国, 地方政府/地方财政 as alts (as 代地方发债 in wr_china_2011_b)")
gov("地方财政赤字5000亿元", "5000亿元", value=5000e8, unit="CNY", kind="amount",
    metric="地方财政赤字", metric_alts=["地方赤字", "地方财政赤字规模", "财政赤字"],
    subject_alts=LOCAL, **TARGET,
    note="the local part of the 1.62万亿元 (target); " + T_NOTE + "; " + LOCAL_NOTE)
gov("5000亿元，增加1000亿元", "1000亿元", value=1000e8, unit="CNY", kind="amount",
    metric="地方财政赤字增量",
    metric_alts=["地方财政赤字", "地方赤字增量", "地方财政赤字规模增量", "地方财政赤字增加",
                 "财政赤字增量"],
    subject_alts=LOCAL, **TARGET,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); target; "
         + T_NOTE + "; " + LOCAL_NOTE)

# ---- line 11 (source 40): monetary policy --------------------------------------------------------
g.neg("广义货币M2预期", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2014)")
M2 = ["M2", "广义货币M2", "广义货币供应量", "M2余额", "广义货币余额", "货币供应量", "M2增速"]
fact("M2预期增长12%左右", "12%", value=12, unit="%", kind="growth", bound="approx",
     metric="广义货币", metric_alts=M2, comparison="yoy", **FRAME,
     note="预期增长 → target (the plan's expected growth; 也可以略高些 after it states no number); "
          "左右 → approx; the balance's growth over the year (comparison yoy, as M2 in "
          "wr_china_2011_b); " + FRAME_NOTE)

# ---- line 12 (source 41): 第二 ---------------------------------------------------------------------
g.neg("第二，保持稳增长", "第二", MARKER_NOTE)
g.neg("“三期叠加”", "三期", LABEL_NOTE + " (“三期叠加”, the 'three overlapping periods' "
      "label, as wr_china_2016)")

# ---- line 13 (source 42): 第三 ---------------------------------------------------------------------
g.neg("第三，培育和催生", "第三", MARKER_NOTE)
g.neg("一方面，增加公共产品", "一方面", "discourse marker 一方面")
g.neg("另一方面，推动大众创业", "一方面", "discourse marker 另一方面")
g.neg("推动大众创业、万众创新。", "万众", "slogan 大众创业、万众创新: 万众 'the multitude', not a "
      "quantity")
POP_NOTE = ("当前 at the head of the line governs (as wr_neimenggu_2025): a stock at the "
            "reference date, instant 2015-03-05; the open-start reading, the end of 2014 (the "
            "latest statistics), the section year 2015 and null as alts; a statement of the "
            "country as it is → actual")
fact("我国有13亿人口", "13亿", value=13e8, unit="count", kind="count", classifier="人",
     metric="人口", metric_alts=["总人口", "人口数量", "人口规模", "全国人口"],
     modality="actual", period=NOW, period_alts=NOW_ALTS,
     note="judgement call (as 13亿人口 in wr_china_2008 and 13亿多人口 in wr_china_2017/2018): "
          "the size of the population → a count fact, 人 implied; " + POP_NOTE)
fact("9亿劳动力资源", "9亿", value=9e8, unit="count", kind="count", classifier="人",
     metric="劳动力资源",
     metric_alts=["劳动力", "劳动力资源数量", "劳动力数量", "劳动力人口", "劳动年龄人口",
                  "劳动力资源总量"],
     modality="actual", period=NOW, period_alts=NOW_ALTS,
     note="judgement call, read as 13亿人口 beside it: the size of the labour force → a count "
          "fact, 人 implied (no classifier written); " + POP_NOTE)
g.neg("千千万万个市场细胞", "千千万万个", "idiom 千千万万 'countless', not a quantity")
g.neg("一定能够顶住", "一定", "adverb 一定 'certainly', not a quantity (as wr_china_2024_b)")

# ---- line 14 (source 43): 今年是“十二五”收官之年 (no facts) ------------------------------------------
g.neg("今年是“十二五”收官", "十二五", PLAN_LABEL)
g.neg("完成“十二五”经济社会", "十二五", PLAN_LABEL)
g.neg("做好“十三五”规划", "十三五", PLAN_LABEL)
g.neg("谋划好未来五年", "未来五年", PERIOD_NOTE + " (the five years of the next plan, 2016-2020; "
      "no number follows; not a 5-year duration fact)")

# ---- line 15 (source 44): heading of part 三 -----------------------------------------------------
g.neg("三、把改革开放", "三、", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: part 二、2015年工作总体部署 in "
    "full (the case for growth, the outlook, the general requirements, 双目标/双结合/双引擎, the "
    "2015 主要预期目标, the reasoning behind the growth target, 以下三点: 第一 with fiscal and "
    "monetary policy, 第二, 第三, 今年是“十二五”收官之年…) and the heading 三、把改革开放扎实推向"
    "纵深: the plan for 2015. The review of 2014 (lines 4-20) is wr_china_2015. The source has "
    "no title line; the title is the corpus meta title, title_in_text=False. Date: 2015-03-05, "
    "the corpus meta date: the opening day of the 3rd session of the 12th NPC, on which "
    "Premier Li Keqiang delivered the report; the Wikisource text has no dateline; nothing in "
    "the excerpt contradicts it (今年 = 2015, 去年 = 2014, 今年是“十二五”收官之年). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the budget figures (财政赤字, 赤字率, "
    "中央/地方财政赤字 and their increases) add 中央政府/国务院/中央财政 (地方政府/地方财政 for the "
    "local deficit). Periods: the heading 二、2015年… is the section frame; 今年 opens line 6 "
    "(the six targets) and line 10 (fiscal policy) and governs them; lines 7 (7%左右 restated "
    "twice) and 11 (M2) state no period → section frame 2015 (period text 2015年, null as "
    "alt); 去年 inside 赤字率从去年的2.1%提高到2.3% governs only 2.1% (2014, actual); 当前 "
    "opens line 13: 13亿人口 / 9亿劳动力资源 → instant 2015-03-05 (alts: open start, "
    "2014-12-31, the year 2015, null). Modality: target for every 2015 figure (预期目标, 预期, "
    "拟安排); actual for 2.1% (2014) and the population figures. Units: 万亿元 = 1e12; 亿元 = "
    "1e8; 万人 / 亿 (人 implied) → count. Judgement calls: the growth target's restatements "
    "(经济增长预期7%左右, 7%左右的速度) annotated as their own facts; 能耗强度下降3.1%以上 → "
    "growth −3.1 ge; 比去年增加 N / 增加 N → amounts with metric <level>增量, comparison null; "
    "13亿人口 and 9亿劳动力资源 → population counts (stock, 当前); 地方财政赤字 kept under 中国; "
    "M2预期增长 → target; 以下三点 → discourse-count negative; 未来五年 → period negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步. No numerals: 今年/去年/当前 (period words), 初级阶段, "
    "中高速, 中高端.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
