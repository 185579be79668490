"""Gold annotations for wr_china_2018_d (2018年中华人民共和国国务院政府工作报告, the plan for 2018:
the general requirements and policy stance, then the start of the 2018 tasks), lines 36-49 of
shared/texts/work_report/wr_china_2018.txt.

The excerpt corpora/wr_china_2018_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the plan part of the report: part
二、2018年经济社会发展总体要求和政策取向 in full (heading inside the excerpt: the outlook, the
2018 主要预期目标 and their explanation, the macro stance, fiscal policy with the deficit ratio,
deficits, national spending and transfers, monetary policy, the three points 一是…三是), then
the heading 三、对2018年政府工作的建议, its opening line and task （一） 深入推进供给侧结构性改革
up to 继续破除无效供给 (new growth drivers with the mobile-data tariff cut, manufacturing,
steel and coal capacity cuts).  wr_china_2018 holds lines 3-15, wr_china_2018_b lines 17-21
and wr_china_2018_c lines 22-30 (the review; no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2018_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2018_d"
SOURCE_ID = "wr_china_2018"
PLACE = "中国"
REF = "2018-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 36, 49                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2018年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2018)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2018年经济社会发展总体要求和政策取向",
                 ends="减少无效供给要抓出新成效。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SANNONG = LABEL_NOTE + " (“三农”: 农业、农村、农民)"
SANDA = "set label 三大攻坚战 (the three critical battles), not a count (as wr_china_2019_c)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or policy: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2017_c / wr_china_2018_c)")
LOCAL = GOV + CN + ["地方政府", "地方", "地方财政"]
LOCAL_NOTE = ("the local governments' deficit set in the national budget: subject 中国, "
              "地方政府/地方财政 as alts (as wr_china_2017_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2018-03-05; 去年 = 2017, 今年 = 2018) ---------------------------
# The whole excerpt is the plan for 2018.  The heading 二、2018年经济社会发展总体要求和政策取向
# (line 1 of the excerpt) and the heading 三、对2018年政府工作的建议 (line 9) are the section
# frames (2018).
#   - Line 3 (source 38, 今年发展主要预期目标是：…) opens with 今年 (= 2018): explicit for its
#     targets.
#   - Line 4 (source 39): the restated 6.5% comes before the line's 今年 (今年首次…) → the
#     section frame, period text 2018年 of the heading, null as alt (as wr_china_2024_b).
#   - Line 6 (source 41, 今年赤字率拟按2.6%安排…) names 今年 before its first number; the second
#     今年 (今年全国财政支出…) restates it: explicit for the whole line.
#   - Line 12 (source 47): 年内 ('within the year' = 2018) stands right before 30% → explicit.
#   - Line 14 (source 49, 今年再压减…) → 今年, explicit.
# 去年 appears only as a basis (比去年预算低): no period.  All figures are targets of the year
# 2018 (flows, rates of the year, capacity to be cut).
T18 = P("今年", "2018-01-01", "2018-12-31")
Y18 = dict(period=T18)
T_NOTE = "今年 (= 2018) stands before it in the line and governs it"
TGT = "主要预期目标 → target; " + T_NOTE
S18 = P("2018年", "2018-01-01", "2018-12-31")
FRAME = dict(period=S18, period_alts=[null("2018年")])
FRAME_NOTE = ("no period before it in its line (the line's 今年 comes after it): section frame "
              "of the heading 二、2018年…, null as alt")

# ==== line 1 (source 36): heading of part 二 ==========================================================
g.neg("二、2018年经济社会发展", "二、", MARKER_NOTE)
g.neg("二、2018年经济社会发展", "2018年", PERIOD_NOTE + " (section heading: the plan year 2018; "
      "the period text of the facts without a period of their own)")

# ==== line 2 (source 37): outlook — no numeral ==========================================================

# ==== line 3 (source 38): the 2018 主要预期目标 ========================================================
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长6.5%左右", "6.5%", value=6.5, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **Y18,
     note="左右 → approx (outside the span); " + TGT)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格总水平"]
fact("居民消费价格涨幅3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **Y18,
     note="涨幅 = growth of the price level; 左右 → approx (outside the span); " + TGT)
fact("城镇新增就业1100万人以上", "1100万人", value=1100e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **Y18,
     note="以上 → ge (outside the span); " + TGT)
fact("城镇调查失业率5.5%以内", "5.5%", value=5.5, unit="%", kind="share", bound="le",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **Y18,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
fact("城镇登记失业率4.5%以内", "4.5%", value=4.5, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **Y18,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
fact("能耗下降3%以上", "3%", value=-3, unit="%", kind="growth", bound="ge",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
                  "单位国内生产总值能源消耗"],
     comparison="yoy", **Y18,
     note="下降 → negative; 以上 → ge on the size of the fall (as wr_china_2017_c); " + TGT)

# ==== line 4 (source 39): the targets explained ==========================================================
fact("6.5%左右的增速", "6.5%", value=6.5, unit="%", kind="growth", bound="approx",
     metric="国内生产总值",
     metric_alts=GDP + ["增速", "国内生产总值增速", "经济增长目标"], comparison="yoy", **FRAME,
     note="the growth target of line 3 restated in the explanation (its own mention → its own "
          "fact, SPEC §1; as wr_china_2024_b); 上述主要预期目标 → target; 左右 → approx; "
          + FRAME_NOTE)
g.neg("今年首次把", "首次", "first-time claim 首次, not a rank or count (as "
      "nw_cctv_20150415_china_2015q1)")
g.neg("把这一指标", "这一", "demonstrative 这一 'this', not a quantity (as wr_china_2017_c)")

# ==== line 5 (source 40): macro stance — no numeral =====================================================

# ==== line 6 (source 41): fiscal policy ================================================================
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("今年赤字率拟按2.6%安排", "2.6%", value=2.6, unit="%", kind="share", metric="赤字率",
    metric_alts=RATE, **Y18,
    note="拟按…安排 → target; the deficit over the year's GDP → share (as wr_china_2017_c); "
         + T_NOTE + "; " + GOV_NOTE)
gov("比去年预算低0.4个百分点", "0.4个百分点", value=-0.4, unit="pp", kind="change",
    metric="赤字率", metric_alts=RATE + ["赤字率变化", "赤字率下降"],
    comparison="比去年预算", **Y18,
    note="pp change of a rate (低 → negative; README §3: the rate's own metric): 2.6% against "
         "the 3% budgeted for 2017; the basis 比去年预算 (last year's budget) kept as the "
         "comparison, not a period; target; " + T_NOTE)
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("财政赤字2.38万亿元", "2.38万亿元", value=2.38e12, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, **Y18,
    note="the budgeted deficit of 2018 (central and local together, 其中 follows); 万亿元 = "
         "1e12; target; " + T_NOTE + "; " + GOV_NOTE)
gov("其中中央财政赤字1.55万亿元", "1.55万亿元", value=1.55e12, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **Y18,
    note="其中: the central part of the 2.38万亿元 (target); " + T_NOTE + "; " + GOV_NOTE)
gov("地方财政赤字8300亿元", "8300亿元", value=8300e8, unit="CNY", kind="amount",
    metric="地方财政赤字", metric_alts=["地方赤字", "地方财政赤字规模", "财政赤字"],
    subject_alts=LOCAL, **Y18,
    note="the local part of the 2.38万亿元 (target); " + T_NOTE + "; " + LOCAL_NOTE)
SPEND = ["财政支出", "全国财政支出规模", "财政支出规模", "支出规模", "全国一般公共预算支出",
         "一般公共预算支出", "全国财政支出总额"]
gov("今年全国财政支出21万亿元", "21万亿元", value=21e12, unit="CNY", kind="amount",
    metric="全国财政支出", metric_alts=SPEND, **Y18,
    note="the spending of all levels of government budgeted for 2018 (支出规模进一步加大) → "
         "target (no 预计 in the text); 万亿元 = 1e12; 今年 (= 2018) restated right before it; "
         + GOV_NOTE)
TRANSFER = ["一般性转移支付", "中央对地方一般性转移支付规模", "对地方一般性转移支付",
            "一般性转移支付规模", "一般性转移支付增长", "一般性转移支付增速"]
gov("中央对地方一般性转移支付增长10.9%", "10.9%", value=10.9, unit="%", kind="growth",
    metric="中央对地方一般性转移支付", metric_alts=TRANSFER, comparison="yoy", **Y18,
    note="the planned growth of the central transfers to local governments (budget → target, "
         "as wr_china_2017_c); " + T_NOTE + "; " + GOV_NOTE)
g.neg("加大对三大攻坚战", "三大", SANDA)
g.neg("创新驱动、“三农”", "三农", SANNONG)

# ==== line 7 (source 42): monetary policy — no figure ==================================================
g.neg("保持广义货币M2", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2017_c)")
g.neg("小微企业、“三农”", "三农", SANNONG)

# ==== line 8 (source 43): 注重以下几点 一是…三是 (no facts) ============================================
g.neg("作为一个整体", "一个", "indefinite article 一个, not a count")
g.neg("一是大力推动高质量发展", "一是", MARKER_NOTE)
g.neg("解决我国一切问题", "一切", "pronoun 一切 'all', not a quantity")
g.neg("坚持质量第一", "第一", "slogan 质量第一、效益优先 ('quality first'), not a measured rank (as "
      "wr_china_2024_b)")
g.neg("二是加大改革开放力度", "二是", MARKER_NOTE)
g.neg("命运的关键一招", "一招", "idiom 关键一招 'the crucial move', not a quantity")
g.neg("奋斗目标的关键一招", "一招", "idiom 关键一招 'the crucial move', not a quantity")
g.neg("“两个一百年”", "两个一百年", LABEL_NOTE + " (“两个一百年” 'the two centenary goals', as "
      "wr_china_2016_b)")
g.neg("人民首创精神", "首创", "lexicalized 首创 'pioneering (spirit)', not a rank")
g.neg("三是抓好决胜", "三是", MARKER_NOTE)
g.neg("小康社会三大攻坚战", "三大", SANDA)
g.neg("我们所做的一切工作", "一切", "pronoun 一切 'all', not a quantity")
g.neg("一件一件解决好", "一件一件", "reduplicated 一件一件 'one by one', an adverb, not a quantity")
g.neg("一年比一年更好", "一年比一年", "idiom 一年比一年 'year by year', not a quantity (as "
      "wr_china_1983_c)")

# ==== line 9 (source 44): heading of part 三 ==========================================================
g.neg("三、对2018年政府工作的建议", "三、", MARKER_NOTE)
g.neg("三、对2018年政府工作的建议", "2018年", PERIOD_NOTE + " (section heading: the plan year "
      "2018)")

# ==== line 10 (source 45) ===============================================================================
g.neg("任务十分繁重", "十分", "adverb 十分 'very', not a quantity (as wr_china_2009_c)")

# ==== line 11 (source 46): heading （一） ================================================================
g.neg("（一）深入推进供给侧", "（一）", MARKER_NOTE)
g.neg("继续抓好“三去一降一补”", "三去一降一补", LABEL_NOTE + " (“三去一降一补”: cut capacity, "
      "inventory, leverage; lower costs; shore up weak spots, as wr_china_2017_c)")

# ==== line 12 (source 47): 发展壮大新动能 ===============================================================
g.neg("加强新一代人工智能", "一代", "一代 of 新一代人工智能 (a technology name, 'new-generation "
      "AI'), not a quantity (as 新一代信息技术 in cm_zhoukou_2023_c)")
TARIFF = ["流量资费", "移动流量资费", "移动网络流量资费降幅", "移动网络流量资费水平",
          "移动网络资费", "网络流量资费"]
fact("年内至少降低30%", "30%", value=-30, unit="%", kind="growth", bound="ge",
     metric="移动网络流量资费", metric_alts=TARIFF, comparison="yoy",
     period=P("年内", "2018-01-01", "2018-12-31"),
     period_alts=[null("年内")],
     note="降低 X% = a relative cut of the price → growth, negative; 至少 ('at least') → ge on "
          "the size of the cut as written (as 不低于5%的幅度压减 in wr_china_2017_c); 年内 "
          "('within the year' = 2018) right before it → explicit; the plan → target")

# ==== line 13 (source 48): 加快制造强国建设 ===============================================================
g.neg("第五代移动通信", "第五代", "technology name 第五代移动通信 (5G), a generation label, not a "
      "quantity")
g.neg("“中国制造2025”示范区", "2025", LABEL_NOTE + " (plan name “中国制造2025”, the year in a "
      "name, as 2024中国国际友城大会 in wr_yunnan_2025)")
g.neg("来一场中国制造", "一场", "indefinite article 一场 'a (revolution)', not a count (as "
      "nw_cctv_20170225_jjj_2017)")

# ==== line 14 (source 49): 继续破除无效供给 =============================================================
CAP_NOTE = ("capacity to be cut in 2018 (a plan → target): base unit, the capacity in the "
            "metric (README §3); " + T_NOTE)
fact("钢铁产能3000万吨左右", "3000万吨", value=3000e4, unit="t", kind="amount", bound="approx",
     metric="压减钢铁产能",
     metric_alts=["钢铁产能", "钢铁去产能", "再压减钢铁产能", "钢铁产能压减", "压减钢铁产能规模",
                  "退出钢铁产能", "钢铁行业去产能"], **Y18,
     note="左右 → approx (outside the span); 万吨 ×1e4; " + CAP_NOTE)
fact("煤炭产能1.5亿吨左右", "1.5亿吨", value=1.5e8, unit="t", kind="amount", bound="approx",
     metric="退出煤炭产能",
     metric_alts=["煤炭产能", "煤炭去产能", "煤炭产能退出", "退出煤炭产能规模", "去产能煤炭",
                  "煤炭行业去产能"], **Y18,
     note="左右 → approx (outside the span); 亿吨 ×1e8; " + CAP_NOTE)
g.neg("不达标的30万千瓦以下", "30万千瓦", "threshold defining the set of coal-power units to be "
      "closed (30万千瓦以下煤电机组: SPEC §2, part of the metric of the set), not a fact of its "
      "own; no count or capacity of the units is given")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the plan for 2018 — part "
    "二、2018年经济社会发展总体要求和政策取向 in full (heading inside the excerpt; the outlook, "
    "the 2018 主要预期目标: GDP 6.5%左右, CPI 3%左右, 1100万人以上 jobs, 5.5% surveyed and 4.5% "
    "registered unemployment, energy intensity −3%以上; their explanation; the macro stance; "
    "fiscal policy: 赤字率 2.6% (−0.4 pp against the 2017 budget), 财政赤字 2.38万亿元, central "
    "1.55万亿元 and local 8300亿元, national spending 21万亿元, transfers +10.9%; monetary "
    "policy; the three points 一是…三是), then the heading 三、对2018年政府工作的建议, its opening "
    "line and task （一） 深入推进供给侧结构性改革 up to 继续破除无效供给 (mobile-data tariffs −30% "
    "at least, steel 3000万吨 and coal 1.5亿吨 capacity cuts). wr_china_2018 / _b / _c hold "
    "the review (lines 3-30; no overlap). Title: the corpus meta title (the source's title line "
    "lies outside the excerpt), title_in_text=False. Date: 2018-03-05, the corpus meta date: "
    "the opening day of the 1st session of the 13th NPC, on which the Premier delivered the "
    "report (the Wikisource text has no dateline); nothing in the excerpt contradicts it "
    "(今年 = 2018, 去年 = 2017). Place: national report → 中国 (alts 我国/全国/中华人民共和国); "
    "budget figures add 中央政府/国务院/中央财政 (地方政府/地方财政 for the local deficit). "
    "Periods: 今年 (= 2018) stands before the first figure of source lines 38, 41 and 49 "
    "(explicit); the restated 6.5% of source 39 comes before its line's 今年 → the section "
    "frame of the heading (2018年, null as alt); 年内 (= 2018) is explicit for the tariff cut; "
    "去年 is only a basis (比去年预算低). Modality: target throughout (主要预期目标, 拟按…安排, the "
    "budget, 要/再压减/退出). Comparisons: yoy for growth (GDP, CPI 涨幅, energy intensity, "
    "transfers, tariffs); the pp change of the deficit ratio → comparison 比去年预算. Bounds: "
    "左右 → approx; 以上/至少 → ge; 以内 → le. Units: 万亿元 ×1e12; 亿元 ×1e8; 万吨 ×1e4 t; 亿吨 "
    "×1e8 t; 个百分点 → pp. Judgement calls: the restated 6.5%左右的增速 → its own fact (frame "
    "period); 比去年预算低0.4个百分点 → change −0.4 pp of 赤字率; 全国财政支出21万亿元 → target "
    "(budget, no 预计); 移动网络流量资费…至少降低30% → growth −30 ge; 30万千瓦(以下煤电机组) → "
    "threshold negative; 首创, 第五代, 中国制造2025, 一件一件, 一年比一年, 关键一招 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 单位 (单位国内生产总值), 一般 (一般性转移支付, 一般性支出), 进一步 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
