"""Gold annotations for wr_china_2019_e (2019年中华人民共和国国务院政府工作报告: the macro policy
stance of the 2019 plan — fiscal policy with its figures, monetary policy, the jobs-first
policy, supply-side reform, the three critical battles, the three relations to balance — and
the heading of part 三), lines 26-33 of shared/texts/work_report/wr_china_2019.txt.

The excerpt corpora/wr_china_2019_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 二、2019年经济社会发展总体要求和政策
取向 (heading on source line 23, outside the excerpt; the 2019 主要预期目标 of source line 25
are wr_china_2019) and ends with the heading 三、2019年政府工作任务 (source line 33; the body of
part 三 is wr_china_2019_b from source line 34).  All of it is the plan for 2019.  The only
figures are those of the fiscal-policy paragraph (source line 27); the rest is sparse prose
whose numerals are list markers, labels and set phrases.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2019_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2019_e"
SOURCE_ID = "wr_china_2019"
PLACE = "中国"
REF = "2019-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 26, 33                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2019年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2019)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="要正确把握宏观政策取向，",
                 ends="三、2019年政府工作任务")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2018_d / wr_china_2019_b)")
LOCAL = GOV + CN + ["地方政府", "地方", "地方财政"]
LOCAL_NOTE = ("the local governments' deficit set in the national budget: subject 中国, "
              "地方政府/地方财政 as alts (as wr_china_2017_c / wr_china_2018_d)")

gov = g.with_subject(PLACE, GOV + CN, modality="target")
local = g.with_subject(PLACE, LOCAL, modality="target")

# ---- periods (reference date 2019-03-05; 去年 = 2018, 今年 = 2019) ----------------------------
# The excerpt lies in part 二、2019年经济社会发展总体要求和政策取向 (heading on source line 23,
# outside the excerpt): the plan for 2019 → modality target.  The only line with figures,
# line 2 (source 27, 积极的财政政策要加力提效。今年赤字率拟按2.8%安排…), names 今年 (= 2019)
# before its first figure and restates it (今年财政支出…) before the last three: explicit
# 2019-01-01..2019-12-31 for all eight facts, no alternative needed (as the 今年 budget lines
# of wr_china_2017_c / wr_china_2018_d).  去年 appears only in the basis 比去年预算 (the 2018
# budget), which is the comparison of the pp change, not a period.  All eight are budget
# figures of the year (a ratio of the year, deficits, spending and its growth, transfers'
# growth): flows/rates of 2019, no stock reading.
T19 = P("今年", "2019-01-01", "2019-12-31")
Y19 = dict(period=T19)
T_NOTE = "今年 (= 2019) stands before it in its line and governs it"

# ==== line 1 (source 26): macro policy stance — no numeral ==============================================

# ==== line 2 (source 27): 积极的财政政策要加力提效 ========================================================
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("今年赤字率拟按2.8%安排", "2.8%", value=2.8, unit="%", kind="share", metric="赤字率",
    metric_alts=RATE, **Y19,
    note="拟按…安排 → target; the deficit over the year's GDP → share (as wr_china_2017_c / "
         "wr_china_2018_d); " + T_NOTE + "; " + GOV_NOTE)
gov("比去年预算高0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change",
    metric="赤字率", metric_alts=RATE + ["赤字率变化", "赤字率提高", "赤字率增量"],
    comparison="比去年预算", **Y19,
    note="pp change of a rate (高 → positive; README §3: the rate's own metric): 2.8% against "
         "the 2.6% budgeted for 2018; the basis 比去年预算 (last year's budget) kept as the "
         "comparison, not a period (as wr_china_2018_d 比去年预算低0.4个百分点); target; "
         + T_NOTE)
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("财政赤字2.76万亿元", "2.76万亿元", value=2.76e12, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, **Y19,
    note="the budgeted deficit of 2019 (central and local together, 其中 follows); 万亿元 = "
         "1e12; target; " + T_NOTE + "; " + GOV_NOTE)
gov("其中中央财政赤字1.83万亿元", "1.83万亿元", value=1.83e12, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **Y19,
    note="其中: the central part of the 2.76万亿元 (target); " + T_NOTE + "; " + GOV_NOTE)
local("地方财政赤字9300亿元", "9300亿元", value=9300e8, unit="CNY", kind="amount",
      metric="地方财政赤字", metric_alts=["地方赤字", "地方财政赤字规模", "财政赤字"], **Y19,
      note="the local part of the 2.76万亿元 (target); 亿元 = 1e8; " + T_NOTE + "; "
           + LOCAL_NOTE)
SPEND = ["全国财政支出", "财政支出规模", "全国财政支出规模", "支出规模", "一般公共预算支出",
         "全国一般公共预算支出", "财政支出总额"]
gov("今年财政支出超过23万亿元", "23万亿元", value=23e12, unit="CNY", kind="amount",
    bound="gt", metric="财政支出", metric_alts=SPEND, **Y19,
    note="超过 → gt (outside the span); the spending of all levels of government budgeted for "
         "2019 (as 今年全国财政支出21万亿元 in wr_china_2018_d) → target (no 预计 in the text); "
         "万亿元 = 1e12; 今年 restated right before it; " + GOV_NOTE)
gov("万亿元，增长6.5%", "6.5%", value=6.5, unit="%", kind="growth",
    metric="财政支出",
    metric_alts=SPEND + ["财政支出增长", "财政支出增速", "全国财政支出增长"],
    comparison="yoy", **Y19,
    note="the budgeted growth of the same spending (level and growth share the metric, "
         "README §3); growth without a basis → yoy; target; " + T_NOTE)
TRANSFER = ["均衡性转移支付", "对地方均衡性转移支付", "中央对地方均衡性转移支付规模",
            "均衡性转移支付规模", "均衡性转移支付增长", "均衡性转移支付增速",
            "中央对地方均衡性转移支付增长"]
gov("中央对地方均衡性转移支付增长10.9%", "10.9%", value=10.9, unit="%", kind="growth",
    metric="中央对地方均衡性转移支付", metric_alts=TRANSFER, comparison="yoy", **Y19,
    note="the planned growth of the central equalisation transfers to local governments "
         "(budget → target, as the 一般性转移支付 growth of wr_china_2018_d); " + T_NOTE + "; "
         + GOV_NOTE)

# ==== line 3 (source 28): 稳健的货币政策要松紧适度 ========================================================
g.neg("广义货币M2和社会融资", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2017_c / wr_china_2018_d); the sentence sets no figure (增速要与…名义增速"
      "相匹配)")

# ==== line 4 (source 29): 就业优先政策要全面发力 ==========================================================
g.neg("今年首次将就业优先政策", "首次", "first-time claim 首次, not a rank or count (as "
      "wr_china_2018_d)")
g.neg("当前和今后一个时期", "一个", "indefinite article 一个 (今后一个时期 'the period ahead'), "
      "not a quantity (as wr_china_2014_b)")
# 首要 (稳增长首要是为保就业) is lexicalized; 近几年的实际规模 (city job creation to reach the
# size of recent years) names no figure: no fact, no negative (几 is no numeral digit).

# ==== line 5 (source 30): 供给侧结构性改革 =================================================================
g.neg("“巩固、增强、提升、畅通”八个字", "八个字", "appositive 八个字 'these eight characters' "
      "(the four two-character words 巩固、增强、提升、畅通 quoted right before it), a slogan's "
      "length, not a measured quantity — judgement call")
g.neg("巩固“三去一降一补”成果", "三去一降一补", LABEL_NOTE + " (“三去一降一补”: cut capacity, "
      "inventory, leverage; lower costs; shore up weak spots, as wr_china_2017_c / "
      "wr_china_2018_d)")

# ==== line 6 (source 31): 三大攻坚战 =======================================================================
g.neg("要继续打好三大攻坚战", "三大", "set label 三大攻坚战 (the three critical battles), not a "
      "count (as wr_china_2019_c / wr_china_2018_d)")

# ==== line 7 (source 32): 要注重把握好以下关系 一要…三要 ==================================================
g.neg("一要统筹好国内与国际", "一要", MARKER_NOTE + " (N要 enumerating the relations)")
g.neg("解决我国一切问题", "一切", "pronoun 一切 'all', not a quantity (as wr_china_2018_d)")
g.neg("国际国内两个市场两种资源", "两个", "set phrase 两个市场、两种资源 'both markets and both "
      "kinds of resources' (domestic and international), not a count (as wr_china_2003_c / "
      "wr_china_2005_b)")
g.neg("两个市场两种资源", "两种", "set phrase 两个市场、两种资源 (see 两个), not a count")
g.neg("二要平衡好稳增长", "二要", MARKER_NOTE)
g.neg("三要处理好政府与市场", "三要", MARKER_NOTE)
g.neg("源于亿万人民积极性", "亿万", "idiom 亿万人民 'hundreds of millions of people', not a "
      "quantity (as wr_china_2013 / wr_china_1983)")
g.neg("就一定会有更为广阔空间", "一定", "adverb 一定 'certainly', not a quantity (as "
      "wr_china_2019_b)")
# 世界最大发展中国家 (the largest developing country) has no numeral: not listed (a rank claim
# without a number; the scorer's detection would need a span).

# ==== line 8 (source 33): heading of part 三 ===============================================================
g.neg("三、2019年政府工作任务", "三、", MARKER_NOTE)
g.neg("三、2019年政府工作任务", "2019年", PERIOD_NOTE + " (heading of the 2019 tasks; no "
      "figure follows in the excerpt)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: the policy-stance half of part 二、2019年经济社会发展总体要求和政策取向 (heading on "
    "source line 23, outside): the macro stance, fiscal policy (赤字率 2.8%, +0.2 pp; 财政赤字 "
    "2.76万亿元 = central 1.83万亿元 + local 9300亿元; 财政支出 >23万亿元, +6.5%; 均衡性转移支付 "
    "+10.9%), monetary policy, the jobs-first policy, supply-side reform, the three critical "
    "battles, the three relations (一要…三要), and the heading 三、2019年政府工作任务 (source "
    "line 33). Other excerpts of the report: wr_china_2019_c (lines 2-14), wr_china_2019 "
    "(15-25, held out), wr_china_2019_b (34-44, held out), wr_china_2019_d (53-66, held out); "
    "no overlap. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2019-03-05, the opening day of the 2nd session of the 13th "
    "NPC, on which the Premier delivered the report (corpus meta, as the other excerpts; the "
    "Wikisource text has no date line; 今年 = 2019 and 去年预算 = the 2018 budget agree). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); the budget figures keep 中国 "
    "with 中央政府/国务院/中央财政 as alts, the local deficit adds 地方政府/地方/地方财政. "
    "Periods: all eight facts are in source line 27, whose 今年 (= 2019) stands before the "
    "first figure and is restated before 23万亿元: explicit 2019-01-01..2019-12-31, no "
    "alternative; 比去年预算 is the comparison basis of the 0.2 pp change, not a period. "
    "Modality: target throughout (拟按…安排, the budget of the year; no 预计). Comparisons: "
    "yoy for the spending and transfer growth; 比去年预算 for the pp change. Bounds: 超过 → gt "
    "(23万亿元); the rest eq. Units: 万亿元 1e12, 亿元 1e8 (CNY); 个百分点 → pp. Judgement "
    "calls: 财政支出超过23万亿元 and its 6.5% growth → target (budgeted), forecast the "
    "alternative; 0.2个百分点 → change of 赤字率 with the surface basis 比去年预算; 八个字 (the "
    "quoted slogan's eight characters) → negative; 两个市场两种资源 → set phrase; 近几年的实际规模 "
    "(jobs) states no figure → nothing annotated. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 首要, 统一. Known false alarms of the shared check_gold.py: "
    "the meta title is not in the excerpt (the source has no title line) and, with --src, "
    "there is no source named wr_china_2019_e (the excerpt is a run of whole lines of "
    "wr_china_2019.txt, checked by excerpt_gold).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
