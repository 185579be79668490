"""Gold annotations for wr_china_2009_c (2009年中华人民共和国国务院政府工作报告, the overall plan
for 2009 and the opening of the 2009 tasks), lines 41-63 of
shared/texts/work_report/wr_china_2009.txt.

The excerpt corpora/wr_china_2009_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the plan part of the report: part
二、2009年工作总体部署 in full (heading inside the excerpt: the outlook, the guiding line, the
2009 主要预期目标 with the note on the 8% target, the principles 一是…四是), then the heading
三、2009年主要任务, the stimulus package (4万亿元 两年投资计划, 中央政府 1.18万亿元) and task
（一） 宏观调控 in full (fiscal policy: 赤字 7500亿元 / 2000亿元 / 9500亿元, 3%, 20%, 结构性
减税 100项 / 5000亿元; monetary policy: 广义货币 17%, 新增贷款 5万亿元), up to the heading of
task （二）.  The review of 2008 (lines 5-25) is wr_china_2009, the social tasks (lines
143-166) wr_china_2009_b (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2009_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2009_c"
SOURCE_ID = "wr_china_2009"
PLACE = "中国"
REF = "2009-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 41, 63                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2009年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2009)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2009年工作总体部署",
                 ends="增强内需对经济增长的拉动作用")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2011_b / wr_china_2024_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2009-03-05; 去年/上年 = 2008, 今年 = 2009) -----------------------
# The excerpt is the plan for 2009: the heading 二、2009年工作总体部署 (line 1 of the excerpt)
# and the heading 三、2009年主要任务 (line 11) are the section frames (2009).  Line 7 (source
# 47, 今年国民经济和社会发展的主要预期目标是：…) opens with 今年 (= 2009), which governs its
# targets, the restated 8% and the population (13亿人口).  Line 13 (source 53: 4万亿元 两年投资
# 计划, 1.18万亿元) states no period before its numbers; the plan's span is written after the
# amount (两年投资计划): the two years from the plan year on, 2009-01-01..2010-12-31, is the
# gold (the plan total is a two-year figure), the section frame 2009 and null as alts
# (judgement call).  Line 17 (source 57, the deficits) and line 20 (source 60, M2 and loans)
# state no period before their numbers (今年 of line 16 ends with its paragraph; SPEC §4: a
# period never reaches the next line): the section frame of 三、2009年主要任务 (period text
# 2009年, null as alt; as wr_china_2011_b).  Line 18 (source 58) names 今年 before its numbers
# (初步测算，今年…): 今年 = 2009 governs it.  The debt ratio (累计国债余额占…比重) is a share of a
# stock → the instant 2009-12-31, the year and null as alts.
S09 = P("2009年", "2009-01-01", "2009-12-31")
S09_NULL = null("2009年")
S09_END = P("2009年", "2009-12-31", "2009-12-31")
FRAME = dict(period=S09, period_alts=[S09_NULL])
FRAME_NOTE = ("the line states no period before it: section frame of the heading 三、2009年主要"
              "任务 (2009), null as alt")
T09 = P("今年", "2009-01-01", "2009-12-31")
T_NOTE = "今年 (= 2009) opens the line and governs it"
TWO = P("两年", "2009-01-01", "2010-12-31")
PLAN2 = dict(period=TWO, period_alts=[S09, S09_NULL, null("两年")])
PLAN2_NOTE = ("the two-year investment plan (两年投资计划, written after the amount): the two "
              "years from the plan year on, 2009-2010, is the gold; the section frame 2009 (the "
              "line states no period before it) and null as alts — judgement call")

# ==== line 1 (source 41): heading of part 二 ==========================================================
g.neg("二、2009年工作总体部署", "二、", MARKER_NOTE)
g.neg("二、2009年工作总体部署", "2009年", PERIOD_NOTE + " (section heading: the plan year "
      "2009)")

# ==== line 2 (source 42): 今年是… (no facts) ==========================================================
g.neg("实施“十一五”规划", "十一五", "plan label 十一五 (SPEC §1)")
g.neg("最为困难的一年", "一年", "'the most difficult year' = 2009, not a duration fact (as "
      "wr_anhui_2025 里程碑意义的一年)")
g.neg("任务十分繁重", "十分", "adverb 十分 'very', not a quantity (as wr_china_2006_b)")

# ==== line 3 (source 43): outlook — no numeral ========================================================

# ==== line 4 (source 44): sources of confidence ========================================================
g.neg("来自改革开放30年建立", "30年", PERIOD_NOTE + " (改革开放30年 = the thirty years of reform "
      "since 1978, a period word as 二十年改革开放 in wr_china_1999, not a duration fact; "
      "governs no number) — judgement call")

# ==== line 5 (source 45) ==============================================================================
g.neg("就一定能够把国际", "一定", "adverb 一定 'certainly', not a quantity (as wr_china_2024_b)")
g.neg("就一定能够推动", "一定", "adverb 一定 'certainly', not a quantity")

# ==== line 6 (source 46): guiding line ================================================================
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")

# ==== line 7 (source 47): the 2009 主要预期目标 ========================================================
TGT = "主要预期目标 → target; " + T_NOTE
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", period=T09,
     note="左右 → approx (outside the span); " + TGT)
fact("城镇新增就业900万人以上", "900万人", value=900e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], period=T09,
     note="以上 → ge (outside the span); " + TGT)
fact("失业率4.6%以内", "4.6%", value=4.6, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], period=T09,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
CPI = ["居民消费价格", "居民消费价格涨幅", "居民消费价格总水平涨幅", "居民消费价格指数", "CPI",
       "消费价格", "物价总水平"]
fact("涨幅4%左右", "4%", value=4, unit="%", kind="growth", bound="approx",
     metric="居民消费价格总水平", metric_alts=CPI, comparison="yoy", period=T09,
     note="涨幅 = growth of the price level; 左右 → approx; " + TGT)
fact("提出8%左右的国内生产总值", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值",
     metric_alts=GDP + ["国内生产总值增长目标", "经济增长目标"], comparison="yoy", period=T09,
     note="the growth target restated in the explanation (its own mention → its own fact, SPEC "
          "§1; as 经济增长预期目标为5%左右 in wr_china_2024_b); 增长目标 → target; 左右 → approx; "
          "今年 at the head of the line governs")
g.neg("这样一个13亿", "一个", "indefinite article 一个, not a count")
fact("一个13亿人口", "13亿", value=13e8, unit="count", kind="count", classifier="人",
     metric="人口", metric_alts=["总人口", "人口数量", "人口规模", "全国人口"],
     modality="actual", period=P("今年", "2009-12-31", "2009-12-31"),
     period_alts=[P("今年", REF, REF), T09, null("今年")],
     note="judgement call (as 十亿人口的大国 in wr_china_1985, 13亿多人口 in wr_china_2018): the "
          "size of the population → a count fact (人 implied, span the number; no 多 → eq); "
          "describes the country as it is → actual; a stock: the line's period 今年 → instant "
          "2009-12-31 by the stock rule; the reference date (the present tense), the year and "
          "null as alts")
g.neg("保持一定的经济增长速度", "一定", "adjective 一定 'a certain (rate)', not a quantity")
g.neg("实现这一目标", "这一", "demonstrative 这一 'this', not a quantity")

# ==== lines 8-10 (source 48-50): principles 一是…四是 (no facts) =====================================
for ctx, mark in (("一是扩内需", "一是"), ("二是调结构", "二是"), ("三是抓改革", "三是"),
                  ("四是重民生", "四是")):
    g.neg(ctx, mark, MARKER_NOTE + " (N是 enumerating the principles)")

# ==== line 11 (source 51): heading of part 三 =========================================================
g.neg("三、2009年主要任务", "三、", MARKER_NOTE)
g.neg("三、2009年主要任务", "2009年", PERIOD_NOTE + " (section heading: the plan year 2009; the "
      "period text of the facts without a period of their own)")

# ==== line 12 (source 52) ===============================================================================
g.neg("平稳较快发展的一揽子计划", "一揽子", "quantifier 一揽子 'package of (measures)', not a "
      "quantity (as wr_yunnan_2025)")

# ==== line 13 (source 53): the stimulus package ==========================================================
INV = ["两年投资计划", "投资计划总额", "两年投资计划投资总额", "投资计划", "政府投资",
       "政府投资计划总额", "总额", "投资总额"]
gov("实施总额4万亿元的两年", "4万亿元", value=4e12, unit="CNY", kind="amount",
    metric="两年投资计划总额", metric_alts=INV, **PLAN2,
    note="实施 of a plan → target; 万亿元 = 1e12; the total of the plan (大规模增加政府投资) → "
         "中国 with the central government as alts; " + PLAN2_NOTE)
g.neg("4万亿元的两年投资", "两年", PERIOD_NOTE + " (两年投资计划: the span of the plan, "
      "2009-2010, given to the 4万亿元 and the 1.18万亿元), not a duration fact — judgement "
      "call")
gov("拟新增1.18万亿元", "1.18万亿元", value=1.18e12, unit="CNY", kind="amount",
    metric="中央政府新增投资",
    metric_alts=["中央政府投资", "中央政府拟新增投资", "中央政府新增", "新增中央投资", "中央投资",
                 "中央政府投资增量", "中央政府新增投资规模"],
    **PLAN2,
    note="其中: the central government's new money within the 4万亿元 plan (拟 → target); "
         "新增 of new money: the noun kept, the 增量 reading as alt (README §3); "
         + GOV_NOTE + "; " + PLAN2_NOTE)
g.neg("以实施一揽子计划为重点", "一揽子", "quantifier 一揽子 'package of (measures)', not a "
      "quantity")
g.neg("以下七方面工作", "七方面", "discourse count of the tasks enumerated below (（一）…（七）), "
      "not a quantity claim (as 以下六个方面 in wr_china_2016_b)")

# ==== line 14 (source 54): heading （一） ================================================================
g.neg("（一）加强和改善", "（一）", MARKER_NOTE)

# ==== line 15 (source 55): no numeral ====================================================================

# ==== line 16 (source 56): fiscal policy, 一是 =============================================================
g.neg("一是大幅度增加政府支出", "一是", MARKER_NOTE + " (N是 enumerating the fiscal measures)")
g.neg("紧张的矛盾十分突出", "十分", "adverb 十分 'very', not a quantity")
g.neg("。一方面，经济增速", "一方面", "discourse marker 一方面")
g.neg("另一方面，为刺激", "一方面", "discourse marker 另一方面")

# ==== line 17 (source 57): deficits and debt ================================================================
gov("拟安排中央财政赤字7500亿元", "7500亿元", value=7500e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **FRAME,
    note="拟安排 → target; the central deficit budgeted for 2009; " + FRAME_NOTE + "; "
         + GOV_NOTE)
gov("比上年增加5700亿元", "5700亿元", value=5700e8, unit="CNY", kind="amount",
    metric="中央财政赤字增量",
    metric_alts=["中央财政赤字", "中央财政赤字增加", "中央赤字增量", "财政赤字增量",
                 "中央财政赤字规模增量", "中央财政赤字比上年增加"],
    **FRAME,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is no comparison of an amount fact (as wr_china_2024_b); target; " + FRAME_NOTE)
BOND = ["地方发行债券", "地方债券", "地方政府债券发行规模", "代地方发债", "代理发行地方政府债券",
        "地方债", "发行债券", "地方政府发行债券"]
gov("同意地方发行2000亿元债券", "2000亿元", value=2000e8, unit="CNY", kind="amount",
    metric="地方政府债券", metric_alts=BOND, subject_alts=GOV + CN + ["地方政府", "地方"],
    **FRAME,
    note="the local bonds the State Council allows, issued by the Ministry of Finance on the "
         "local governments' behalf (同意…发行 of the budget → target); the central government "
         "decides and issues them → 中国, 地方政府 (the debtors) as alt (as wr_china_2011_b); "
         + FRAME_NOTE)
DEF = ["全国财政赤字", "财政赤字合计", "赤字", "财政赤字规模", "赤字规模", "全国财政赤字合计"]
gov("全国财政赤字合计9500亿元", "9500亿元", value=9500e8, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF,
    note="合计 → the central and local deficits together (eq); 全国 → 中国; target; "
         + FRAME_NOTE, **FRAME)
RATIO = ["赤字率", "财政赤字率", "全国财政赤字占国内生产总值比重", "财政赤字占GDP比重",
         "财政赤字占国内生产总值的比重", "占国内生产总值比重"]
gov("比重在3%以内", "3%", value=3, unit="%", kind="share", bound="le",
    metric="财政赤字占国内生产总值比重", metric_alts=RATIO, **FRAME,
    note="以内 → le (outside the span); the deficit over the year's GDP (a ratio of flows) → "
         "the year; target; " + FRAME_NOTE)
DEBT = ["国债余额占国内生产总值比重", "国债负担率", "国债余额占GDP比重", "累计国债余额占GDP比重",
        "累计国债余额占国内生产总值的比重", "国债余额占国内生产总值的比重", "国债余额比重"]
gov("比重20%左右", "20%", value=20, unit="%", kind="share", bound="approx",
    metric="累计国债余额占国内生产总值比重", metric_alts=DEBT,
    period=S09_END, period_alts=[S09, S09_NULL],
    note="左右 → approx (outside the span); the outstanding debt (余额, a stock) over GDP → a "
         "share of a stock: the instant 2009-12-31 (stock rule), the year and null as alts; "
         "judgement call on modality: the ratio that results from the budgeted deficits "
         "(part of the budget plan) → target, as the deficit figures of the sentence; forecast "
         "is the alternative reading; " + FRAME_NOTE)

# ==== line 18 (source 58): structural tax cuts ================================================================
g.neg("二是实行结构性减税", "二是", MARKER_NOTE)
fact("取消和停征100项", "100项", value=100, unit="count", kind="count", classifier="项",
     metric="取消和停征行政事业性收费",
     metric_alts=["行政事业性收费", "取消和停征的行政事业性收费", "取消行政事业性收费",
                  "停征行政事业性收费", "行政事业性收费项目", "取消和停征行政事业性收费数量",
                  "取消和停征行政事业性收费项目"],
     period=T09,
     note="the fees to be abolished in 2009 (a measure of the plan) → target; 今年 (= 2009) "
          "stands before it in the line (初步测算，今年…)")
fact("负担约5000亿元", "5000亿元", value=5000e8, unit="CNY", kind="amount", bound="approx",
     metric="减轻企业和居民负担",
     metric_alts=["企业和居民负担减轻", "减轻负担", "减轻企业和居民税负", "减税", "结构性减税",
                  "减负", "减轻企业和居民负担规模", "减轻企业和居民负担金额"],
     modality="forecast", period=T09,
     note="约 → approx (outside the span); 初步测算…可减轻 ('by a preliminary estimate, … can "
          "lighten') → forecast (an estimate of the measures' effect, not a goal) — judgement "
          "call, target the alternative; 今年 (= 2009) governs")

# ==== line 19 (source 59) ==========================================================================
g.neg("三是优化财政支出结构", "三是", MARKER_NOTE)

# ==== line 20 (source 60): monetary policy ===========================================================
g.neg("一是改善金融调控", "一是", MARKER_NOTE + " (N是 enumerating the monetary measures)")
M2 = ["M2", "广义货币供应量", "广义货币M2", "M2余额", "广义货币余额", "货币供应量", "M2增速",
      "广义货币增长"]
fact("广义货币增长17%左右", "17%", value=17, unit="%", kind="growth", bound="approx",
     metric="广义货币", metric_alts=M2, comparison="yoy", **FRAME,
     note="左右 → approx; the balance's growth over the year (comparison yoy, as M2 in "
          "wr_china_2011_b); 保证…满足 of the plan → target; " + FRAME_NOTE)
fact("新增贷款5万亿元以上", "5万亿元", value=5e12, unit="CNY", kind="amount", bound="ge",
     metric="新增贷款",
     metric_alts=["贷款增量", "新增人民币贷款", "人民币贷款增量", "各项贷款增量", "新增贷款规模",
                  "贷款"],
     **FRAME,
     note="以上 → ge (outside the span); 万亿元 = 1e12; new lending of the year (the standard "
          "indicator 新增贷款; the 增量 reading as alt) → target; " + FRAME_NOTE)
g.neg("二是优化信贷结构", "二是", MARKER_NOTE)
g.neg("加大对“三农”", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 21 (source 61) ============================================================================
g.neg("三是进一步理顺", "三是", MARKER_NOTE)
g.neg("四是加强和改进金融监管", "四是", MARKER_NOTE)

# ==== line 22 (source 62): no numeral but 一致 (lexicalized) ===============================================

# ==== line 23 (source 63): heading （二） ==================================================================
g.neg("（二）积极扩大", "（二）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the plan for 2009 — part "
    "二、2009年工作总体部署 in full (heading inside the excerpt; outlook, guiding line, the 2009 "
    "主要预期目标 with the explanation of the 8% target, the principles 一是…四是), then the heading "
    "三、2009年主要任务, its opening (一揽子计划: the 4万亿元 two-year investment plan, 中央政府 "
    "1.18万亿元) and task （一） 加强和改善宏观调控 in full (fiscal policy: deficits, debt ratio, "
    "structural tax cuts; monetary policy: M2, new loans), ending with the heading of task "
    "（二）. The review of 2008 is wr_china_2009 (lines 5-25), the social tasks wr_china_2009_b. "
    "Title: the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "2009-03-05, the corpus meta date: the opening day of the 2nd session of the 11th NPC, on "
    "which the Premier delivered the report (the Wikisource text has no dateline); nothing in "
    "the excerpt contradicts it (今年 = 2009 is the plan year; 上年 = 2008). Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国); budget figures (4万亿元, 1.18万亿元, the "
    "deficits, the local bonds, 3%, 20%) keep 中国 with 中央政府/国务院/中央财政 as alts (地方政府 "
    "added for the bonds). Periods: 今年 opens source line 47 (the targets, the restated 8%, "
    "13亿人口) and governs source line 58 (100项, 5000亿元); source lines 57 and 60 state no "
    "period before their numbers → the section frame of 三、2009年主要任务 (2009, null as alt); "
    "the 4万亿元 / 1.18万亿元 of the 两年投资计划 → the plan's two years 2009-01-01..2010-12-31 "
    "(judgement call; the frame 2009 and null as alts); stocks: the debt ratio 20% → instant "
    "2009-12-31, 13亿人口 → instant 2009-12-31 (reference date, year, null as alts). Modality: "
    "target for the plan's figures (预期目标, 增长目标, 实施…计划, 拟新增, 拟安排, 同意…发行, 取消和"
    "停征, 保证…); forecast for 初步测算…可减轻…约5000亿元; actual for 13亿人口. Comparisons: yoy "
    "for growth (GDP, CPI 涨幅, M2); absolute change 比上年增加5700亿元 → 中央财政赤字增量 "
    "(comparison null). Bounds: 左右 → approx; 以上 → ge; 以内 → le; 约 → approx. Judgement "
    "calls: 13亿人口 → population count (actual, stock); the 两年 span for the plan totals; "
    "两年 and 改革开放30年 → period negatives; the debt ratio 20% → target (forecast the "
    "alternative); 5000亿元 → forecast; 七方面 → discourse-count negative; 新增贷款 kept as "
    "the metric (增量 reading as alt). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 首要(任务), 进一步 ×3, 统一, 一般(性开支), 一些, 一致(性).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
