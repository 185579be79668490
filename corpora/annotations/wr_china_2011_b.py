"""Gold annotations for wr_china_2011_b (2011年中华人民共和国国务院政府工作报告, the last goal
bullets of the 12th Five-Year Plan and the opening of part 三), lines 66-79 of
shared/texts/work_report/wr_china_2011.txt.

The excerpt corpora/wr_china_2011_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies across two parts of the report: the last
four goal bullets of part 二、“十二五”时期的主要目标和任务 (——资源节约和环境保护, ——人民生活,
——改革开放, ——政府自身建设; the heading, source line 59, lies outside) and its closing line
(总之，经过未来五年努力…), then the heading 三、2011年的工作 with the 2010 outturn (过去一年…),
the outlook, the 2011 主要预期目标, the policy principles and the fiscal and monetary policy
lines, up to 今年，重点要做好以下几方面工作：.  Lines 18-44 (the review of 十一五) are
annotated in wr_china_2011 (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2011_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2011_b"
SOURCE_ID = "wr_china_2011"
PLACE = "中国"
REF = "2011-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 66, 79                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2011年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2011)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="--我们要扎实推进资源节约和环境保护。",
                 ends="今年，重点要做好以下几方面工作：")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label 十二五 (SPEC §1 十四五), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2024_b)")


fact = g.with_subject(PLACE, CN)


def goal(ctx, target, **kw):
    kw.setdefault("modality", "target")
    fact(ctx, target, **kw)


gov = g.with_subject(PLACE, GOV + CN, modality="target")


# ---- periods (reference date 2011-03-05; 去年/过去一年/上年 = 2010, 今年 = 2011) ---------------
# Lines 1-5 of the excerpt (source 66-70) are goal bullets of part 二、“十二五”时期的主要目标
# 和任务 (source line 59, outside the excerpt): the 12th Five-Year Plan 2011-01-01..2015-12-31,
# modality target.  Line 1 (source 66) states no period before its numbers: it takes the
# section frame, with the period text 十二五 (the excerpt names the plan “十二五” in lines 5
# and 7; the heading's “十二五”时期 lies outside), null as alt (as wr_china_2016_b's
# “十三五”时期 frame).  Line 2 (source 67) opens its numbers with 五年 (五年城镇新增就业…), the
# plan's five years, which governs the rest of that line (same dates, its own text):
#   - rates and totals over the plan (分别降低, 减少8%至10%, 增加6亿立方米, 4500万人, 年均
#     实际增长, 提高1岁) → the span 2011-2015, null as alt (cuts against the 2010 level before
#     the plan: comparison 比2010年, as 比2015年 in wr_china_2016_b);
#   - levels to be reached at the end of the plan: stocks (森林覆盖率, 保障性住房覆盖面) → the
#     instant 2015-12-31 (stock rule, as wr_china_2016_b), ratios of flows of a year (非化石
#     能源占一次能源消费比重, 医保基金支付水平) → the year 2015 (as 优良天数比率 in
#     wr_china_2016_b); the other reading, the span and null as alts.
# Lines 6-14 (source 71-79) are part 三、2011年的工作 (heading inside the excerpt).  Line 7
# (source 72) names 过去一年 (= 2010) before the 2010 outturn: actual.  The 2011 主要预期
# 目标 (line 10, source 75) state no period of their own (今年 of line 9 ends with its
# paragraph; SPEC §4: a period never reaches the next line): they take the section frame of
# the heading 三、2011年的工作 (period text 2011年, null as alt; as wr_china_2024_b), and so
# does the monetary line 13 (source 78).  The fiscal line 12 (source 77) names 今年 before
# its numbers: 今年 = 2011 governs it.  All 2011 figures are targets (预期目标, 拟安排, 增长
# 目标为) of the year (flows and rates of the year).
H = "十二五"
SPAN = P(H, "2011-01-01", "2015-12-31")
Y15 = P(H, "2015-01-01", "2015-12-31")
END = P(H, "2015-12-31", "2015-12-31")
PLAN = dict(period=SPAN, period_alts=[null(H)])
PLAN_Y = dict(period=Y15, period_alts=[END, SPAN, null(H)])
PLAN_END = dict(period=END, period_alts=[Y15, SPAN, null(H)])
FRAME_NOTE = ("goal of the 12th Five-Year Plan (target); the line states no period before it: "
              "section frame of part 二 (the plan 2011-2015, period text 十二五), null as alt")
FLOW_END_NOTE = ("a ratio of flows of a year to be reached at the end of the plan (提高到/达到): "
                 "the year 2015 (as 优良天数比率 in wr_china_2016_b); the instant, the plan span "
                 "and null as alts")
STOCK_END_NOTE = ("a stock level to be reached by the end of the plan: the instant 2015-12-31 "
                  "(stock rule, as 森林覆盖率 in wr_china_2016_b); the year 2015, the span and "
                  "null as alts")
BASIS = ("cut over the plan whose basis is not written: the 2010 level before it → comparison "
         "比2010年 (judgement call, as 比2015年 in wr_china_2016_b)")

W5 = "五年"
SPAN5 = P(W5, "2011-01-01", "2015-12-31")
Y15_5 = P(W5, "2015-01-01", "2015-12-31")
END5 = P(W5, "2015-12-31", "2015-12-31")
FIVE = dict(period=SPAN5, period_alts=[null(W5)])
FIVE_Y = dict(period=Y15_5, period_alts=[END5, SPAN5, null(W5)])
FIVE_END = dict(period=END5, period_alts=[Y15_5, SPAN5, null(W5)])
FIVE_NOTE = "五年 (the plan's five years 2011-2015) stands before it in the line"

LY = P("过去一年", "2010-01-01", "2010-12-31")
S11 = P("2011年", "2011-01-01", "2011-12-31")
FRAME11 = dict(period=S11, period_alts=[null("2011年")])
FRAME11_NOTE = ("the line states no period before it: section frame of the heading 三、2011年的"
                "工作 (2011), null as alt (今年 of the line before ends with its paragraph)")
T11 = P("今年", "2011-01-01", "2011-12-31")
T11_NOTE = "今年 (= 2011) opens the line and governs it"

# ==== line 1 (source 66): ——资源节约和环境保护 ======================================================
g.neg("非化石能源占一次能源", "一次", "technical term 一次能源 'primary energy' (一次 = primary), "
      "not a quantity (as nw_cctv_20250117_china_2024)")
NF = ["非化石能源消费比重", "非化石能源占一次能源消费的比重", "非化石能源比重", "非化石能源占比",
      "非化石能源消费占比", "非化石能源占能源消费比重"]
goal("消费比重提高到11.4%", "11.4%", value=11.4, unit="%", kind="share",
     metric="非化石能源占一次能源消费比重", metric_alts=NF, **PLAN_Y,
     note="提高到 → the level to be reached (eq); " + FRAME_NOTE + "; " + FLOW_END_NOTE)
g.neg("能耗和二氧化碳排放", "二氧化碳", "chemical name 二氧化碳 (carbon dioxide), not a quantity "
      "(as wr_china_2016_b)")
CUT = ("分别: 单位国内生产总值能耗 ↔ 16%, (单位国内生产总值)二氧化碳排放 ↔ 17% (the head "
       "单位国内生产总值 restored); 降低 → negative; each value with its own %; ")
goal("分别降低16%", "16%", value=-16, unit="%", kind="growth", metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗", "单位国内生产总值能源消耗"],
     comparison="比2010年", **PLAN, note=CUT + BASIS + "; " + FRAME_NOTE)
goal("16%和17%", "17%", value=-17, unit="%", kind="growth",
     metric="单位国内生产总值二氧化碳排放",
     metric_alts=["单位GDP二氧化碳排放", "二氧化碳排放强度", "碳排放强度", "二氧化碳排放",
                  "单位国内生产总值二氧化碳排放量", "二氧化碳排放量"],
     comparison="比2010年", **PLAN, note=CUT + BASIS)
goal("排放总量减少8%至10%", "8%至10%", value=-8, upper=-10, unit="%", kind="growth",
     metric="主要污染物排放总量",
     metric_alts=["主要污染物排放", "主要污染物排放量", "污染物排放总量", "主要污染物"],
     comparison="比2010年", **PLAN,
     note="a range (SPEC §2 upper), each end with its own %, one span over both (as 25%到40% "
          "in wr_china_2011); 减少 → both ends negative: value −8 (the first end, as every range "
          "gold takes the first number), upper −10 (the second end, signed) — judgement call: "
          "no gold has a falling range yet; value −10 / upper −8 (upper above value) is the "
          "other reading. Known false alarm: the shared check_gold.py wants upper above "
          "value, which a signed falling range cannot give with value = the first end; " + BASIS + "; " + FRAME_NOTE)
goal("森林蓄积量增加6亿立方米", "6亿立方米", value=6e8, unit="m3", kind="amount",
     metric="森林蓄积量增量",
     metric_alts=["森林蓄积量", "森林蓄积量增加", "森林蓄积量增加量", "森林蓄积增量", "森林蓄积"],
     period=SPAN, period_alts=[END, null(H)],
     note="absolute change of a stock over the plan (增加 → positive, metric <level>增量, SPEC "
          "§2; comparison null); 亿立方米 = 1e8 m3; " + FRAME_NOTE + " (the instant of the level "
          "reached as alt)")
goal("森林覆盖率达到21.66%", "21.66%", value=21.66, unit="%", kind="share",
     metric="森林覆盖率", metric_alts=["森林覆盖"], **PLAN_END,
     note="达到 → eq; " + STOCK_END_NOTE)

# ==== line 2 (source 67): ——人民生活 ===============================================================
g.neg("五年城镇新增就业", "五年", PERIOD_NOTE + " (the plan's five years 2011-2015; governs the "
      "rest of the line)")
goal("五年城镇新增就业4500万人", "4500万人", value=4500e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业累计"], **FIVE,
     note="a total over the plan; " + FIVE_NOTE)
INC = ["城镇居民人均可支配收入", "农村居民人均纯收入", "居民收入", "城乡居民收入",
       "城镇居民人均可支配收入和农村居民人均纯收入年均实际增长", "城乡居民人均收入"]
goal("年均实际增长超过7%", "7%", value=7, unit="%", kind="growth", bound="gt",
     metric="城镇居民人均可支配收入和农村居民人均纯收入", metric_alts=INC,
     comparison="年均", **FIVE,
     note="超过 → gt (outside the span); one quantity mention over two indicators → one fact, "
          "each indicator as metric alt (as 翻一番 in wr_china_2016_b); 实际 = real growth; "
          "average annual growth over the plan (comparison 年均); " + FIVE_NOTE)
g.neg("城乡三项基本医疗保险", "三项", LABEL_NOTE + " (三项基本医疗保险: the set of the three "
      "basic medical insurance schemes, named as the owner of the 参保率) — judgement call; a "
      "count of 3 schemes is the alternative reading")
PAY = ["医保基金支付水平", "政策范围内医保基金支付水平", "医保基金支付比例",
       "政策范围内的医保基金支付比例", "政策范围内住院费用医保基金支付比例", "医保支付水平"]
goal("支付水平提高到70%", "70%", value=70, unit="%", kind="share", bound="ge",
     metric="政策范围内的医保基金支付水平", metric_alts=PAY, **FIVE_Y,
     note="以上 → ge (outside the span; the source's space before it too); the share of the "
          "costs within the policy scope paid by the insurance funds (a ratio of flows of a "
          "year) to be reached at the end of the plan: the year 2015, the instant, the span "
          "and null as alts; " + FIVE_NOTE)
goal("覆盖面达到20%左右", "20%", value=20, unit="%", kind="share", bound="approx",
     metric="城镇保障性住房覆盖面",
     metric_alts=["保障性住房覆盖面", "城镇保障性住房覆盖率", "全国城镇保障性住房覆盖面",
                  "保障性住房覆盖率"], **FIVE_END,
     note="左右 → approx (outside the span); 全国 → 中国; coverage (the share of urban "
          "households housed, a share of a stock) → the instant 2015-12-31 (stock rule), the "
          "year, the span and null as alts; " + FIVE_NOTE)
goal("人均预期寿命提高1岁", "1岁", value=1, unit="year", kind="amount",
     metric="人均预期寿命增量",
     metric_alts=["人均预期寿命", "人均预期寿命提高", "预期寿命", "平均预期寿命增量",
                  "人均预期寿命提高幅度"], **FIVE,
     note="absolute change of a level (提高 → positive, metric <level>增量, SPEC §2; comparison "
          "null); 岁 → year (as 79.3岁 in wr_fujian_2025_b); the rise over the plan; "
          + FIVE_NOTE)

# ==== line 3 (source 68): ——改革开放 — no quantity ==================================================
# ==== line 4 (source 69): ——政府自身建设 — no quantity ================================================
g.neg("政府的一切权力", "一切", "pronoun 一切 'all', not a quantity")

# ==== line 5 (source 70): 总之 ===================================================================
g.neg("经过未来五年努力", "未来五年", PERIOD_NOTE + " (the plan's five years 2011-2015; no "
      "number follows in its line)")
g.neg("实现“十二五”规划", "十二五", PLAN_LABEL)

# ==== line 6 (source 71): heading of part 三 =======================================================
g.neg("三、2011年的工作", "三、", MARKER_NOTE)
g.neg("三、2011年的工作", "2011年", PERIOD_NOTE + " (section heading: the plan year 2011; the "
      "period text of the 2011 targets without a period of their own)")

# ==== line 7 (source 72): 2011 and the 2010 outturn ===============================================
g.neg("2011年，是“十二五”", "2011年", PERIOD_NOTE + " (2011; no number in its sentence)")
g.neg("2011年，是“十二五”", "十二五", PLAN_LABEL)
g.neg("完成“十二五”各项", "十二五", PLAN_LABEL)
g.neg("过去一年，我们的", "过去一年", PERIOD_NOTE + " (the review year 2010; governs the rest of "
      "the line)")
LY_NOTE = "过去一年 (= 2010) stands before it in the line; the 2010 outturn → actual"
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长10.3%", "10.3%", value=10.3, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", period=LY, note=LY_NOTE)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格总水平"]
fact("涨幅控制在 3.3%", "3.3%", value=3.3, unit="%", kind="growth",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", period=LY,
     note="涨幅 = growth of the price level; 控制在 of an outturn → eq; the source's space before "
          "the number stays outside the span; " + LY_NOTE)
fact("城镇新增就业1168万人", "1168万人", value=1168e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     period=LY, note=LY_NOTE)

# ==== line 8 (source 73): outlook — no quantity ===================================================
g.neg("叠加在一起", "一起", "adverb 一起 'together', not a quantity")

# ==== line 9 (source 74): 今年国民经济和社会发展的主要预期目标是： — no numeral =====================

# ==== line 10 (source 75): the 2011 主要预期目标 ====================================================
TGT = "主要预期目标 → target; " + FRAME11_NOTE
goal("国内生产总值增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **FRAME11,
     note="左右 → approx (outside the span); " + TGT)
goal("涨幅控制在4%左右", "4%", value=4, unit="%", kind="growth", bound="approx",
     metric="居民消费价格总水平",
     metric_alts=["居民消费价格", "居民消费价格涨幅", "居民消费价格总水平涨幅", "居民消费价格指数",
                  "CPI", "消费价格"],
     comparison="yoy", **FRAME11,
     note="涨幅 = growth of the price level; 左右 → approx; " + TGT)
goal("城镇新增就业900万人以上", "900万人", value=900e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **FRAME11,
     note="以上 → ge (outside the span); " + TGT)
goal("失业率控制在4.6%以内", "4.6%", value=4.6, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **FRAME11,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); the year's target (as "
          "wr_china_2019's 4.5%以内); " + TGT)

# ==== line 11 (source 76): policy principles — no quantity =========================================

# ==== line 12 (source 77): fiscal policy ============================================================
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("今年拟安排财政赤字9000亿元", "9000亿元", value=9000e8, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, period=T11,
    note="拟安排 → target; the budgeted deficit of 2011 (central and local together, 其中 "
         "follows); " + T11_NOTE + "; " + GOV_NOTE)
gov("其中中央财政赤字7000亿元", "7000亿元", value=7000e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], period=T11,
    note="其中: the central part of the 9000亿元 (target, same sentence); " + T11_NOTE + "; "
         + GOV_NOTE)
gov("继续代地方发债2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
    metric="代地方发债",
    metric_alts=["代地方发行债券", "中央代地方发债", "代发地方政府债券", "地方政府债券",
                 "代地方发行债券规模", "地方财政赤字", "代地方发债规模"],
    subject_alts=GOV + CN + ["地方政府", "地方"], period=T11,
    note="the local governments' bonds issued by the Ministry of Finance on their behalf (the "
         "local part of the 9000亿元 deficit) → target; the central government issues them, "
         "地方政府 (the debtors) as alt; " + T11_NOTE)
gov("比上年预算减少 1500亿元", "1500亿元", value=-1500e8, unit="CNY", kind="amount",
    metric="赤字规模增量",
    metric_alts=["赤字规模", "财政赤字增量", "赤字增量", "财政赤字规模增量", "赤字规模减少",
                 "赤字规模比上年预算减少"],
    period=T11,
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); the basis "
         "比上年预算 (the 2010 budget) is no comparison of an amount fact (as wr_china_2024_b); "
         "the source's space before the number stays outside the span; target; " + T11_NOTE)
gov("赤字率下降到2%左右", "2%", value=2, unit="%", kind="share", bound="approx",
    metric="赤字率",
    metric_alts=["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
                 "财政赤字占国内生产总值的比重"], period=T11,
    note="下降到 gives the new level (eq in value; 左右 → approx); the deficit over the year's "
         "GDP → share; target; " + T11_NOTE)
g.neg("增加“三农”、欠发达", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")
gov("支出原则上零增长", "零", value=0, unit="%", kind="growth",
    metric="出国（境）经费、车辆购置及运行费、公务接待费等支出",
    metric_alts=["出国（境）经费、车辆购置及运行费、公务接待费支出", "三公经费", "“三公”经费",
                 "出国（境）经费", "车辆购置及运行费", "公务接待费", "出国(境)经费、车辆购置及运行费、"
                 "公务接待费等支出", "行政支出"],
    comparison="yoy", period=T11,
    note="judgement call: 零增长 'zero growth' is a quantitative target on the growth of these "
         "expenditures → growth 0 %, the numeral 零 as the span (the unit % is implied by "
         "增长); 原则上 'in principle' does not bound the value (eq); the basis is the 2010 "
         "level → yoy; one mention over the listed items → one fact; target; " + T11_NOTE +
         "; a negative (a slogan-like phrase) is the alternative reading")

# ==== line 13 (source 78): monetary policy ==========================================================
M2 = ["M2", "广义货币供应量", "广义货币M2", "M2余额", "广义货币余额", "货币供应量", "M2增速",
      "广义货币增长目标"]
goal("广义货币增长目标为16%", "16%", value=16, unit="%", kind="growth", metric="广义货币",
     metric_alts=M2, comparison="yoy", **FRAME11,
     note="增长目标 → target; no bound word → eq; the balance's growth over the year "
          "(comparison yoy, as M2 in wr_china_2014); " + FRAME11_NOTE)
g.neg("对“两高”行业", "两高", LABEL_NOTE + " (“两高”: 高耗能、高排放)")

# ==== line 14 (source 79): 今年，重点要做好以下几方面工作： — no quantity ============================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the last four goal bullets of "
    "part 二、“十二五”时期的主要目标和任务 (——资源节约和环境保护, ——人民生活, ——改革开放, ——政府"
    "自身建设; the heading, source line 59, and the first three bullets lie before the "
    "excerpt) with its closing line (总之，经过未来五年努力…): the 12th Five-Year Plan goals "
    "2011-2015; then the heading 三、2011年的工作, the 2010 outturn (过去一年…), the outlook, the "
    "2011 主要预期目标 (source line 75), the policy principles, fiscal policy (赤字) and "
    "monetary policy (广义货币), up to 今年，重点要做好以下几方面工作：: the plan for 2011. The "
    "review of 十一五 (lines 18-44) is wr_china_2011. Title: the corpus meta title (the source "
    "has no title line), title_in_text=False. Date: 2011-03-05, the corpus meta date: the "
    "opening day of the 4th session of the 11th NPC, on which the Premier delivered the report "
    "(the Wikisource text has no dateline); nothing in the excerpt contradicts it (过去一年 = "
    "2010 outturn; 2011 = the first year of 十二五). Place: national report → 中国 (alts 我国/"
    "全国/中华人民共和国); the central budget figures (财政赤字, 中央财政赤字, 代地方发债, the "
    "1500亿元 cut, 赤字率, 零增长) keep 中国 with 中央政府/国务院/中央财政 as alts (地方政府 added "
    "for the bonds issued on the local governments' behalf). Periods: plan goals (source lines "
    "66-67, modality target): line 66 states no period → the section frame of part 二, the plan "
    "2011-01-01..2015-12-31 (period text 十二五, as the excerpt names the plan; null as alt); "
    "五年 governs line 67 (same dates, its own text). Rates and totals over the plan (分别降低 "
    "16%/17%, 减少8%至10%, 增加6亿立方米, 4500万人, 年均实际增长7%, 提高1岁) → the span; levels to "
    "be reached at its end: stocks (森林覆盖率 21.66%, 保障性住房覆盖面 20%) → the instant "
    "2015-12-31, ratios of flows (非化石能源比重 11.4%, 医保基金支付水平 70%) → the year 2015; the "
    "other reading, the span and null as alts. Part 三: 过去一年 → 2010 (actual: 10.3%, 3.3%, "
    "1168万人); the 2011 targets of source line 75 and the M2 target of line 78 state no period "
    "of their own (今年 of line 74 ends with its paragraph, SPEC §4) → section frame of the "
    "heading 三、2011年的工作 (2011, null as alt); 今年 governs the fiscal line 77. Modality: "
    "target for every plan goal and 2011 figure (预期目标, 拟安排, 增长目标为); actual for the "
    "2010 outturn. Comparisons: 比2010年 for the plan's cuts (basis not written, as 比2015年 in "
    "wr_china_2016_b); 年均 for the income growth; yoy for growth of a year; absolute changes "
    "(增加6亿立方米, 提高1岁, 减少 1500亿元) → <level>增量 amounts with comparison null. Units: 亿"
    "立方米 → m3 (×1e8); 岁 → year; 万人 → count 人; 亿元 → CNY. Judgement calls: 减少8%至10% → "
    "one falling range, value −8 (first end), upper −10 (second end), both signed (the shared check_gold.py reports upper below value: a known false alarm); the income "
    "growth 超过7% → one fact over two indicators; 三项(基本医疗保险) → a set-label negative; "
    "零增长 → a growth fact of 0 % (target), span 零; 非化石能源比重 / 医保支付水平 → the year "
    "2015 rather than the instant; the 2011 targets → the heading's frame (2011) although 今年 "
    "ends the line before them (same dates). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×5, 一些 ×2, 一般 (一般性支出), 单位 (单位国内生产总值).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
