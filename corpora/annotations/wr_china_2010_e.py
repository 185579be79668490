"""Gold annotations for wr_china_2010_e (2010年中华人民共和国国务院政府工作报告, the 2010 主要预期目标
and task （一） 宏观调控 up to the opening of task （二）), lines 68-93 of
shared/texts/work_report/wr_china_2010.txt.

The excerpt corpora/wr_china_2010_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 二、2010年主要任务 (heading on source
line 58, outside the excerpt): the 2010 主要预期目标 (source line 68; their lead-in 今年经济社会
发展的主要预期目标是： is source line 67, outside) with the two lines explaining the 8% and 3%
targets, the bridging line 今年要重点抓好八个方面工作, task （一）提高宏观调控水平 in full (fiscal
policy: 赤字 10500亿元 / 8500亿元 / 代发地方债 2000亿元; monetary policy: M2 17%, 新增人民币贷款
7.5万亿元; consumption: 购置税 7.5%; investment), and the heading and first three lines of task
（二）加快转变经济发展方式 (no figures).  All of it is the plan for 2010.  wr_china_2010 (3-29),
wr_china_2010_b (33-57), wr_china_2010_d (98-119) and wr_china_2010_c (137-167) hold other
parts (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2010_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2010_e"
SOURCE_ID = "wr_china_2010"
PLACE = "中国"
REF = "2010-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 68, 93                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2010年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2010)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="国内生产总值增长8％左右；城镇新增就业900万人以上",
                 ends="加大对战略性新兴产业的投入和政策支持。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own budget or tax setting: subject the document's place "
            "中国, 中央财政/中央政府/国务院 as alts (as wr_china_2011_b / wr_china_2012_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2010-03-05; 今年 = 2010, 去年/上一年 = 2009) ------------------------
# The excerpt lies in part 二、2010年主要任务 (source line 58, outside the excerpt): the plan for
# 2010 → modality target.  The 主要预期目标 of line 1 (source 68) have their lead-in 今年经济社会
# 发展的主要预期目标是： on the line before (source 67, outside the excerpt); SPEC §4: a period
# never reaches the next line, so line 1 states no period of its own and takes the section
# frame 2010-01-01..2010-12-31, period text 今年 (the excerpt's own word for the plan year,
# lines 4, 8, 9, 14; as wr_china_2010_c / wr_china_2010_d), the null reading in period_alts
# (as the targets of wr_china_2011_b / wr_china_2012_c under their frames).  So do the
# restated targets of lines 2-3 (source 69-70: 去年 in line 3 comes after the number and
# names the basis of the carry-over effect) and the tax rate of line 20 (source 87).  Lines
# that name 今年 before their numbers — line 8 (source 75: 今年拟安排财政赤字…) and line 14
# (source 81: 今年广义货币M2增长目标…) — get it explicitly, without the null alt.
YT = "今年"
Y10 = P(YT, "2010-01-01", "2010-12-31")
Y10_NULL = P(YT, None, None)
PLAN = dict(period=Y10, period_alts=[Y10_NULL])
EXPL = dict(period=Y10)
PLAN_NOTE = ("no period before it in its line: section frame of part 二、2010年主要任务 "
             "(outside the excerpt; the lead-in 今年…主要预期目标是 is the line before), period "
             "text 今年, null as alt")
EXPL_NOTE = "今年 (= 2010) earlier in its line governs (explicit)"
TGT = "主要预期目标 (lead-in on the line before) → target; " + PLAN_NOTE

# ==== line 1 (source 68): the 2010 主要预期目标 ====================================================
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长8％左右；", "8％", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **PLAN,
     note="full-width ％ → %; 左右 → approx (outside the span); " + TGT)
fact("城镇新增就业900万人以上", "900万人", value=900e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **PLAN,
     note="以上 → ge (outside the span); " + TGT)
fact("失业率控制在4.6％以内", "4.6％", value=4.6, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **PLAN,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
CPI = ["居民消费价格", "居民消费价格涨幅", "居民消费价格总水平", "居民消费价格指数", "CPI",
       "消费价格", "物价总水平", "居民消费价格总水平涨幅"]
fact("居民消费价格涨幅3％左右；", "3％", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **PLAN,
     note="涨幅 = growth of the price level; 左右 → approx (outside the span); " + TGT)

# ==== line 2 (source 69): the 8% target explained =================================================
fact("提出国内生产总值增长8％左右", "8％", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP + ["国内生产总值增长目标", "经济增长目标"],
     comparison="yoy", **PLAN,
     note="the growth target restated in the explanation (its own mention → its own fact, "
          "SPEC §1; as wr_china_2009_c / wr_china_2012_c); target; 左右 → approx; " + PLAN_NOTE)

# ==== line 3 (source 70): the 3% target explained =================================================
fact("提出居民消费价格涨幅3％左右", "3％", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **PLAN,
     note="the price target restated in the explanation (its own fact, as wr_china_2012_c); "
          "target; 左右 → approx; 去年 comes after it (the basis of the carry-over effect, "
          "翘尾因素), no period of this number; " + PLAN_NOTE)
g.neg("留有一定空间", "一定", "adjective 一定 'a certain (room)', not a quantity (as "
      "wr_china_2012_c)")

# ==== line 4 (source 71): 今年要重点抓好八个方面工作 ================================================
g.neg("重点抓好八个方面", "八个", "discourse count of the tasks enumerated below (（一）…（八）), "
      "not a quantity claim (as 五个方面 in wr_china_2010_d, 七方面 in wr_china_2009_c)")

# ==== line 5 (source 72): heading （一） ==========================================================
g.neg("（一）提高宏观调控", "（一）", MARKER_NOTE)

# ==== lines 6-7 (source 73-74): policy stance — no numeral ========================================

# ==== line 8 (source 75): fiscal policy, 一是 ======================================================
g.neg("一是保持适度的财政赤字", "一是", MARKER_NOTE + " (N是 enumerating the fiscal measures)")
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("今年拟安排财政赤字10500亿元", "10500亿元", value=10500e8, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, **EXPL,
    note="拟安排 → target; the budgeted deficit of 2010 (central and local together, 其中 "
         "follows); " + EXPL_NOTE + "; " + GOV_NOTE)
gov("其中中央财政赤字8500亿元", "8500亿元", value=8500e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **EXPL,
    note="其中: the central part of the 10500亿元 (target, same sentence); " + EXPL_NOTE + "; "
         + GOV_NOTE)
gov("继续代发地方债2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
    metric="代发地方债",
    metric_alts=["代地方发债", "代发地方政府债券", "代地方发行债券", "地方政府债券", "地方债",
                 "代发地方债规模", "地方财政赤字"],
    subject_alts=GOV + CN + ["地方政府", "地方"], **EXPL,
    note="the local governments' bonds issued by the central government on their behalf (the "
         "local part of the 10500亿元 deficit, 纳入地方财政预算) → target; 地方政府 (the "
         "debtors) as alt (as wr_china_2011_b / wr_china_2012_c); " + EXPL_NOTE)

# ==== line 9 (source 76): why the deficit ==========================================================
g.neg("上一年一次性", "上一年", PERIOD_NOTE + " (上一年 = 2009, the year of the one-off revenue "
      "measures; governs no number)")
g.neg("上一年一次性", "一次性", "adverb/adjective 一次性 'one-off', not a count (as "
      "nw_cctv_20160918_heilongjiang_2016)")
g.neg("收支矛盾仍然十分突出", "十分", "adverb 十分 'very', not a quantity (as wr_china_2009_c)")
g.neg("金融危机的一揽子计划", "一揽子", "quantifier 一揽子 'package of (measures)', not a "
      "quantity (as wr_china_2010)")

# ==== line 10 (source 77): 二是 ====================================================================
g.neg("二是继续实施结构性减税", "二是", MARKER_NOTE)

# ==== line 11 (source 78): 三是 ====================================================================
g.neg("三是优化财政支出结构", "三是", MARKER_NOTE)
g.neg("继续向“三农”", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 12 (source 79): 一般性支出 (一般 lexicalized) ===========================================

# ==== line 13 (source 80): 四是 ====================================================================
g.neg("四是切实加强政府性债务", "四是", MARKER_NOTE)

# ==== line 14 (source 81): monetary policy, 一是 ===================================================
g.neg("一是保持货币信贷", "一是", MARKER_NOTE + " (N是 enumerating the monetary measures)")
g.neg("广义货币M2增长目标", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2013_c / wr_china_2014)")
M2 = ["M2", "广义货币M2", "广义货币供应量", "M2余额", "广义货币余额", "货币供应量", "M2增速",
      "广义货币增长", "广义货币M2增长目标"]
fact("增长目标为17％左右", "17％", value=17, unit="%", kind="growth", bound="approx",
     metric="广义货币", metric_alts=M2, comparison="yoy", **EXPL,
     note="增长目标为 → target; 左右 → approx (outside the span); the balance's growth over "
          "the year (comparison yoy, as wr_china_2011_b / wr_china_2013_c); " + EXPL_NOTE)
LOAN = ["新增贷款", "人民币贷款增量", "贷款增量", "各项贷款增量", "新增人民币贷款规模",
        "人民币贷款", "新增人民币贷款增量"]
fact("新增人民币贷款7.5万亿元左右", "7.5万亿元", value=7.5e12, unit="CNY", kind="amount",
     bound="approx", metric="新增人民币贷款", metric_alts=LOAN, **EXPL,
     note="左右 → approx (outside the span); 万亿元 = 1e12; new lending of the year (the "
          "standard indicator 新增人民币贷款; the 增量 reading as alt, as 新增贷款 in "
          "wr_china_2009_c) → target (这两个指标…政策目标); " + EXPL_NOTE)
g.neg("这两个指标", "两个", "anaphoric 这两个 'these two (indicators)', a discourse reference "
      "to the M2 and loan targets, not a quantity claim")
g.neg("仍然是一个适度宽松", "一个", "indefinite article 一个, not a quantity")

# ==== line 15 (source 82): 二是 ====================================================================
g.neg("二是优化信贷结构", "二是", MARKER_NOTE)
g.neg("对“两高”行业", "两高", LABEL_NOTE + " (“两高”: 高耗能、高排放)")

# ==== line 16 (source 83): 三是, 四是 (the 四是 sentence repeated by the source on line 17) ========
g.neg("三是积极扩大直接融资", "三是", MARKER_NOTE)
g.neg("融资需求。四是加强", "四是", MARKER_NOTE + " (the source repeats this 四是 sentence as "
      "the next line)")

# ==== line 17 (source 84): 四是 (duplicate of the end of line 16) ================================
g.neg("\n四是加强风险管理", "四是", MARKER_NOTE)

# ==== lines 18-19 (source 85-86): consumption — no numeral =======================================

# ==== line 20 (source 87): 家电下乡, 购置税 ==========================================================
TAX = ["小排量汽车购置税率", "车辆购置税税率", "购置税税率", "小排量汽车车辆购置税税率",
       "小排量汽车购置税征收税率", "小排量汽车购置税"]
gov("购置税按7.5％征收", "7.5％", value=7.5, unit="%", kind="share",
    metric="小排量汽车购置税税率", metric_alts=TAX, **PLAN,
    note="the tax rate levied on small-engine cars in 2010 (a rate → share, SPEC §2; the "
         "state sets it → " + GOV_NOTE + "); the policy for the plan year → target; no bound "
         "word → eq; " + PLAN_NOTE)
g.neg("我们一定要落实好", "一定", "adverb 一定 'certainly', not a quantity (as "
      "wr_china_2009_c)")

# ==== line 21 (source 88): investment structure =====================================================
g.neg("出现“半拉子”工程", "半拉子", "idiom “半拉子”工程 ('half-finished project'), not a "
      "quantity (as wr_china_2019_b)")

# ==== line 22 (source 89): investment management — no numeral =====================================

# ==== line 23 (source 90): heading （二） ==========================================================
g.neg("（二）加快转变经济发展方式", "（二）", MARKER_NOTE)

# ==== line 24 (source 91): no numeral =============================================================

# ==== line 25 (source 92): 重点产业调整振兴 一是…三是 ===============================================
g.neg("一是加大技术改造力度", "一是", MARKER_NOTE + " (N是 enumerating the measures)")
g.neg("二是促进企业兼并重组", "二是", MARKER_NOTE)
g.neg("三是全面提升产品质量", "三是", MARKER_NOTE)

# ==== line 26 (source 93): strategic emerging industries ===========================================
g.neg("“三网”融合", "三网", LABEL_NOTE + " (“三网”融合 'convergence of the three networks', "
      "as wr_china_2012), not a count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"].strip() for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 二、2010年主要任务 (heading on source line 58, outside the excerpt) — the "
    "plan for 2010: the 主要预期目标 (source line 68; the lead-in 今年经济社会发展的主要预期目标"
    "是： is source line 67, outside), the explanations of the 8% and 3% targets, the bridging "
    "line 今年要重点抓好八个方面工作, task （一） 提高宏观调控水平 in full (积极的财政政策: "
    "财政赤字 10500亿元, 中央财政赤字 8500亿元, 代发地方债 2000亿元; 适度宽松的货币政策: M2 "
    "17%, 新增人民币贷款 7.5万亿元; 扩大居民消费: 小排量汽车购置税 7.5%; 优化投资结构), and the "
    "heading and first three lines of task （二） 加快转变经济发展方式 (no figures). "
    "wr_china_2010 (3-29), wr_china_2010_b (33-57), wr_china_2010_d (98-119) and "
    "wr_china_2010_c (137-167) hold other parts (no overlap). The source repeats the 四是加强风险"
    "管理… sentence (end of line 83 and line 84); both copies are in the excerpt (markers only). "
    "The source has no title line; the title is the corpus meta title (title_in_text=False). "
    "Date: 2010-03-05, the shared meta date: the opening day of the 3rd session of the 11th "
    "NPC, on which Premier Wen Jiabao delivered the report (the Wikisource text has no date "
    "line); nothing in the excerpt contradicts it (今年 = 2010, 去年/上一年 = 2009). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the budget figures (deficits, "
    "代发地方债) and the state-set purchase-tax rate add 中央财政/中央政府/国务院 (地方政府/地方 "
    "for the local bonds). Periods: the targets of source line 68 (lead-in on the line "
    "before: SPEC §4, a period never reaches the next line), the restated 8% / 3% (lines 69-70) "
    "and the 7.5% tax rate (line 87) take the section frame 2010 (period text 今年, null as "
    "alt); 今年 governs lines 75 (10500 / 8500 / 2000亿元) and 81 (17%, 7.5万亿元) explicitly. "
    "Modality: target throughout (预期目标, 提出, 拟安排, 增长目标为, 按…征收). Comparisons: yoy "
    "for growth (GDP, CPI 涨幅, M2). Bounds: 左右 → approx (8%, 3%, 17%, 7.5万亿元); 以上 → ge "
    "(900万人); 以内 → le (4.6%). Units: full-width ％ → %; 亿元 ×1e8; 万亿元 ×1e12. Judgement "
    "calls: the targets of line 68 → section frame (not an explicit 今年, which is on the line "
    "before); restated targets (lines 69-70) as their own facts; 新增人民币贷款 kept as the "
    "metric (增量 as alt); 小排量汽车购置税按7.5％征收 → a share (tax rate), target; 这两个 (指标) "
    "and 八个 (方面) → discourse negatives; 上一年 → period negative; M2 → indicator-name "
    "negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一般(性支出).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
