"""Gold annotations for wr_china_2006_b (2006年中华人民共和国国务院政府工作报告: the end of the
review of 2005 and the start of the 2006 tasks), lines 20-33 of
shared/texts/work_report/wr_china_2006.txt (held out: corpora/heldout/).

The excerpt corpora/heldout/wr_china_2006_b.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut): the second paragraph of review item （五）
(社会保障, 优抚, 社会救助, 救灾, 扶贫), review item （六） 民主法制, the closing lines of the
review (民族宗教…, 一年来的成就…, the problems 一是…五是, the government's shortcomings, the
resolve line), the heading 二、今年主要任务, the 2006 framing line (2006年是实施“十一五”规划的
第一年…), the 2006 主要预期目标 (line 29), the principles (一是…四是), the bridging line and
the heading and opening line of task （一） 继续保持经济平稳较快发展.  Lines 2-19 are annotated
in wr_china_2006 (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2006_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2006_b"
SOURCE_ID = "wr_china_2006"
PLACE = "中国"
REF = "2006-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 20, 33                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2006年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2006)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="社会保障体系不断完善，覆盖面进一步扩大。",
                 ends="防止经济出现大的起落。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
CL = CN + ["中央和地方财政", "中央和地方", "中央财政", "地方财政", "中央政府"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2006)")
CL_NOTE = ("central and local budgets together (中央和地方财政): a national aggregate → 中国, "
           "中央和地方财政 / 中央财政 as alts (as wr_china_2006)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


def both(ctx, target, **kw):
    kw.setdefault("subject_alts", CL)
    fact(ctx, target, **kw)


# ---- periods (reference date 2006-03-05; 去年 = 2005, 今年 = 2006) ---------------------------
# Lines 1-7 of the excerpt (source 20-26) lie in part 一、去年工作回顾 (heading on source line
# 2, outside the excerpt): the review of 2005.  Numbers whose line states no period before
# them take the section year 2005 (as wr_china_2006; period text 一年来, the excerpt's own
# name for the review year in line 4 — the heading's 去年 is outside the excerpt), the
# null reading in period_alts.  Stocks (已有…完成, 已初步建立) are the instant 2005-12-31 (stock
# rule), with the year, null and the reference date (已 = by now) as alts.  全年 in line 1
# (source 20) is explicit (= 2005) and governs the clauses after it in that line.
# Lines 8-14 (source 27-33) lie in part 二、今年主要任务: the plan for 2006.  Line 10 (source
# 29) opens with 2006年…主要预期目标是: its numbers are targets for 2006 (explicit).
Y05 = P("一年来", "2005-01-01", "2005-12-31")
Y05_NULL = P("一年来", None, None)
Y05_END = P("一年来", "2005-12-31", "2005-12-31")
FLOW = dict(period=Y05, period_alts=[Y05_NULL])
STOCK = dict(period=Y05_END, period_alts=[Y05, Y05_NULL, P("一年来", REF, REF)])
FULL = P("全年", "2005-01-01", "2005-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
T06 = P("2006年", "2006-01-01", "2006-12-31")
TARGET = dict(period=T06, modality="target")
INHERIT_NOTE = ("no period in its line before it → the section year 2005 (heading 一、去年工作"
                "回顾, outside the excerpt), null in period_alts")
STOCK_NOTE = ("a state reached (已…): stock at the end of the review year, instant 2005-12-31 "
              "(stock rule); the year, null and the reference date (已 = by now) as alts")
FULL_NOTE = "全年 (= 2005, the review year) stated earlier in the line governs"
TARGET_NOTE = ("2006年国民经济和社会发展的主要预期目标 → modality target, period 2006 (explicit "
               "at the head of the line)")

# ==== line 1 (source 20): 社会保障, 优抚, 社会救助, 救灾, 扶贫 ====================================
PROV = ["省（区、市）", "省(区、市)", "省份", "完成并轨的省（区、市）",
        "完成下岗职工基本生活保障向失业保险并轨的省（区、市）",
        "国有企业下岗职工基本生活保障向失业保险并轨省（区、市）",
        "完成国有企业下岗职工基本生活保障向失业保险并轨的省(区、市)",
        "完成国有企业下岗职工基本生活保障向失业保险并轨的省（区、市）数量"]
fact("已有17个省（区、市）", "17个", value=17, unit="count", kind="count", classifier="个",
     metric="完成国有企业下岗职工基本生活保障向失业保险并轨的省（区、市）", metric_alts=PROV,
     **STOCK,
     note="provinces (incl. autonomous regions and municipalities) that have completed the "
          "merger of the laid-off workers' basic-living guarantee into unemployment "
          "insurance; the predicate defines the counted set → in the metric; no period in "
          "its line before it (section year 2005); 已有 → " + STOCK_NOTE)
FUS = ["优抚事业费", "中央财政优抚事业费", "安排优抚事业费", "中央财政安排优抚事业费",
       "优抚资金", "优抚经费"]
gov("安排优抚事业费74.6亿元", "74.6亿元", value=74.6e8, unit="CNY", kind="amount",
    metric="优抚事业费", metric_alts=FUS[1:], **FLOW,
    note="中央财政安排 → " + GOV_NOTE + "; " + INHERIT_NOTE)
gov("比上年增长90%", "90%", value=90, unit="%", kind="growth", metric="优抚事业费",
    metric_alts=FUS[1:], comparison="yoy", **FLOW, note="比上年 → yoy; " + INHERIT_NOTE)
SA_NOTE = ("one predicate (已初步建立社会救助体系的基本框架) over two counted sets: 28 provinces "
           "and 2300 counties (cities); the predicate defines each set → in the metric; "
           + STOCK_NOTE)
fact("28个省（区、市）、2300个", "28个", value=28, unit="count", kind="count", classifier="个",
     metric="初步建立社会救助体系基本框架的省（区、市）",
     metric_alts=["省（区、市）", "省(区、市)", "省份", "已初步建立社会救助体系基本框架的省（区、市）",
                  "建立社会救助体系基本框架的省（区、市）",
                  "初步建立社会救助体系的基本框架的省（区、市）",
                  "初步建立社会救助体系基本框架的省(区、市)", "建立社会救助体系的省（区、市）"],
     **STOCK, note=SA_NOTE)
fact("、2300个县（市）", "2300个", value=2300, unit="count", kind="count", classifier="个",
     metric="初步建立社会救助体系基本框架的县（市）",
     metric_alts=["县（市）", "县(市)", "县", "已初步建立社会救助体系基本框架的县（市）",
                  "建立社会救助体系基本框架的县（市）",
                  "初步建立社会救助体系的基本框架的县（市）",
                  "初步建立社会救助体系基本框架的县(市)", "建立社会救助体系的县（市）"],
     **STOCK, note=SA_NOTE)
RELIEF = ["抗灾救灾资金", "中央财政抗灾救灾资金", "中央财政用于抗灾救灾的资金", "用于抗灾救灾的资金",
          "救灾资金", "中央财政救灾资金", "抗灾救灾的资金"]
gov("抗灾救灾的资金89亿元", "89亿元", value=89e8, unit="CNY", kind="amount",
    metric="中央财政用于抗灾救灾的资金", metric_alts=RELIEF, **YEAR,
    note="全年 (= 2005) right before it (explicit, governs the rest of the line); "
         + GOV_NOTE)
gov("救助受灾群众9000多万人次", "9000多万人次", value=9000e4, unit="count", kind="count",
    classifier="人次", bound="gt", metric="救助受灾群众",
    metric_alts=["受灾群众", "救助受灾群众人次", "受救助受灾群众", "受灾群众救助人次",
                 "救助受灾群众人数", "救助受灾群众数量"],
    **YEAR,
    note="多 inside the span → gt; 人次 is a classifier (SPEC §3); the people helped by the "
         "central relief funds (the sentence's subject 中央财政 carries on); " + FULL_NOTE)
POORF = ["扶贫资金", "抉贫资金", "中央和地方财政扶贫资金", "安排扶贫资金", "财政扶贫资金",
         "中央和地方财政安排扶贫资金", "中央和地方财政安排抉贫资金"]
both("安排抉贫资金162亿元", "162亿元", value=162e8, unit="CNY", kind="amount",
     metric="扶贫资金", metric_alts=POORF, **YEAR,
     note="抉贫 is the source's typo for 扶贫 (poverty-relief funds; the surface form kept as "
          "an alt); " + CL_NOTE + "; " + FULL_NOTE)
fact("农村贫困人口比上年减少245万人", "245万人", value=-245e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口增量",
     metric_alts=["农村贫困人口", "农村贫困人口减少", "农村贫困人口数量增量", "贫困人口增量",
                  "减贫人数", "农村贫困人口减少人数", "贫困人口减少"],
     **YEAR,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 比上年 is "
          "the basis, no comparison on a count fact (as wr_china_2006 比上年增加349亿元); "
          + FULL_NOTE)

# ==== line 2 (source 21): （六） 民主法制 ==========================================================
g.neg("（六）切实加强", "（六）", MARKER_NOTE)
fact("基层民主政治建设继续推进，21个", "21个", value=21, unit="count", kind="count",
     classifier="个", metric="完成村委会换届选举的省（区、市）",
     metric_alts=["省（区、市）", "省(区、市)", "省份", "完成了村委会换届选举的省（区、市）",
                  "村委会换届选举", "完成村委会换届选举省份", "完成村委会换届选举的省(区、市)",
                  "完成村委会换届选举的省（区、市）数量"],
     **FLOW,
     note="provinces whose village-committee elections were completed in 2005 (完成了, an "
          "event of the year); the predicate defines the counted set → in the metric; "
          + INHERIT_NOTE)
gov("等7部法律议案", "7部", value=7, unit="count", kind="count", classifier="部",
    metric="法律议案",
    metric_alts=["国务院提出的法律议案", "提出法律议案", "提出的法律议案", "国务院提出法律议案",
                 "法律议案数量", "提请审议法律议案"],
    **FLOW,
    note="国务院提出了…等7部法律议案: the bills the State Council submitted in 2005 → "
         + GOV_NOTE + "; " + INHERIT_NOTE)
gov("等22部行政法规", "22部", value=22, unit="count", kind="count", classifier="部",
    metric="制定并颁布行政法规",
    metric_alts=["行政法规", "制定并颁布的行政法规", "制定颁布行政法规", "颁布行政法规",
                 "行政法规数量", "制定行政法规"],
    **FLOW,
    note="administrative regulations made and promulgated in 2005 (the sentence's subject "
         "国务院 carries on; as 制定修订行政法规 in wr_china_2019) → " + GOV_NOTE + "; "
         + INHERIT_NOTE)

# ==== line 3 (source 22): 民族、宗教… (no numerals but 进一步, lexicalized) ======================

# ==== line 4 (source 23): 一年来的成就… ============================================================
g.neg("一年来的成就", "一年来", PERIOD_NOTE + " (the review year 2005; no number follows in "
      "its line)")
g.neg("向一切关心", "一切", "pronoun 一切 'all', not a quantity")

# ==== line 5 (source 24): problems 一是…五是 (no facts) =========================================
for ctx, mark in (("。一是粮食增产", "一是"), ("。二是固定资产", "二是"),
                  ("。三是部分行业", "三是"), ("。四是涉及群众", "四是"),
                  ("。五是安全生产", "五是")):
    g.neg(ctx, mark, MARKER_NOTE + " (N是 enumerating the problems)")

# ==== lines 6-7 (source 25-26): shortcomings, resolve (no numerals but 一些, 进一步) ============

# ==== line 8 (source 27): heading 二、今年主要任务 =====================================================
g.neg("二、今年主要任务", "二、", MARKER_NOTE)

# ==== line 9 (source 28): 2006年是实施“十一五”规划的第一年… ==========================================
g.neg("2006年是实施", "2006年", PERIOD_NOTE + " (the plan year 2006; no number follows in "
      "its line)")
g.neg("实施“十一五”规划的第一年", "十一五", "plan label 十一五 (SPEC §1)")
g.neg("规划的第一年", "第一年", "ordinal of a year (2006 = the first year of the 11th "
      "five-year plan), not a rank or count (as 第一年 in wr_china_1979)")
g.neg("任务十分繁重", "十分", "adverb 十分 'very', not a quantity")
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's "
      "name)")
g.neg("党的十六大", "十六大", "congress label 十六大 (SPEC §1)")
g.neg("十六届三中、四中、五中全会", "十六届三中、四中、五中全会", "plenum labels (SPEC §1, "
      "README §1 span as 二十届二中、三中全会)")
g.neg("为“十一五”开好局", "十一五", "plan label 十一五 (SPEC §1)")

# ==== line 10 (source 29): 2006 主要预期目标 ========================================================
g.neg("综合考虑各种因素，2006年", "2006年", PERIOD_NOTE + " (the target year 2006; governs "
      "the line)")
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **TARGET,
     note="左右 → approx (outside the span); " + TARGET_NOTE)
fact("能耗降低4%左右", "4%", value=-4, unit="%", kind="growth", bound="approx",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗"],
     comparison="yoy", **TARGET,
     note="降低 → negative value; 左右 → approx; " + TARGET_NOTE)
fact("涨幅控制在3%", "3%", value=3, unit="%", kind="growth",
     metric="居民消费价格总水平",
     metric_alts=["居民消费价格总水平涨幅", "居民消费价格", "居民消费价格涨幅", "居民消费价格指数",
                  "CPI", "消费价格", "物价总水平"],
     comparison="yoy", **TARGET,
     note="涨幅 = growth of the price level (as 价格总水平上涨1.8% in wr_china_2006); "
          "judgement call on the bound: 控制在 sets a cap but no bound word (以内/以下) is "
          "written → eq (as 控制在500亿元 in wr_china_1980); " + TARGET_NOTE)
fact("城镇新增就业900万人", "900万人", value=900e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人口"], **TARGET,
     note=TARGET_NOTE)
fact("失业率控制在4.6%", "4.6%", value=4.6, unit="%", kind="share",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 控制在 without a bound word → eq (judgement call, as "
          "the price target); " + TARGET_NOTE)

# ==== line 11 (source 30): principles 一是…四是 =====================================================
for ctx, mark in (("一是稳定政策", "一是"), ("。二是把握大局", "二是"),
                  ("。三是统筹兼顾", "三是"), ("。四是立足当前", "四是")):
    g.neg(ctx, mark, MARKER_NOTE + " (N是 enumerating the principles)")
g.neg("搞好“五个统筹”", "五个统筹", LABEL_NOTE + " (“五个统筹”, the five balances), not a "
      "count")
g.neg("实现“十一五”规划目标", "十一五", "plan label 十一五 (SPEC §1)")

# ==== line 12 (source 31): bridging line (几方面: no numeral character) ===========================

# ==== line 13 (source 32): heading （一） ===========================================================
g.neg("（一）继续保持", "（一）", MARKER_NOTE)

# ==== line 14 (source 33): opening of task （一） (no numerals but 一些, lexicalized) ==========

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: lines 20-26 are the end of part 一、去年工作回顾 (the review of 2005, heading on "
    "source line 2, outside the excerpt): the second paragraph of item （五） (社会保障, 优抚, "
    "社会救助, 救灾, 扶贫), item （六） 民主法制, 民族宗教…, 一年来的成就…, the problems (一是…五是) "
    "and shortcomings; lines 27-33 are the start of part 二、今年主要任务 (the plan for 2006): "
    "the heading, the framing line (2006年是实施“十一五”规划的第一年…), the 2006 主要预期目标 "
    "(line 29), the principles (一是…四是), the bridging line and the heading and opening of "
    "task （一）. Lines 2-19 are wr_china_2006 (no overlap). The source has no title line; the "
    "title is the corpus meta title (title_in_text=False). Date: 2006-03-05, the corpus meta "
    "date: the opening day of the 4th session of the 10th NPC, on which the Premier "
    "delivered the report (the Wikisource text has no date line); nothing in the excerpt "
    "contradicts it (2005 results reviewed, 2006 targets). Place: national report → 中国 "
    "(alts 我国/全国/中华人民共和国); the central government's own spending and acts (优抚事业费 "
    "74.6亿元 and its growth, 抗灾救灾 89亿元, 9000多万人次 helped, 7部法律议案, 22部行政法规) add "
    "中央财政/中央政府/国务院; central and local budgets together (扶贫资金 162亿元) add "
    "中央和地方财政. Periods: 去年 = 2005, 今年 = 2006. Review numbers without a period before "
    "them in their line take the section year 2005 (period text 一年来, the excerpt's own "
    "name for the review year in source line 23, null as alt, as wr_china_2006); 全年 (line 20) is explicit and governs the clauses after it "
    "(89亿元, 9000多万人次, 162亿元, 245万人); states reached (已有17个省…并轨, 28个省（区、"
    "市）、2300个县（市）已初步建立…) → the instant 2005-12-31 with the year, null and the "
    "reference date as alts. Line 29: 2006年…主要预期目标 → modality target, period 2006 "
    "(explicit). Modality: actual in the review, target for the 2006 goals. Bounds: 多 → gt "
    "(9000多万人次); 左右 → approx (8%, 4%); 控制在 without 以内/以下 → eq (3%, 4.6%). "
    "Judgement calls: 控制在3% / 控制在4.6% → eq (le would be the cap reading); 比上年减少245万人 "
    "→ count −2,450,000 with metric 农村贫困人口增量; 抉贫资金 read as 扶贫资金 (source typo, "
    "surface form as alt); 21个省（区、市）完成了村委会换届选举 → a flow of 2005 (not a stock); "
    "第一年 (of the 十一五 plan) negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 进一步, 一些, 单位 (单位国内生产总值能耗).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
