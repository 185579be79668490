"""Gold annotations for wr_china_2016_c (2016年中华人民共和国国务院政府工作报告: the close of part 二
and the start of part 三, the plan for 2016), lines 37-52 of
shared/texts/work_report/wr_china_2016.txt.

The excerpt corpora/wr_china_2016_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut): the last two lines of part 二、“十三五”时期主要目标任务
和重大举措 (从根本上说… 9亿多劳动力、1亿多…人才; 展望今后五年…), the heading 三、2016年重点工作, the
general requirements (今年是…开局之年), the 2016 主要预期目标, the reasoning behind the growth
target, the outlook (综合分析各方面情况…), 今年要重点做好八个方面工作, item （一） (macro policy:
fiscal policy with deficit, central and local deficits and special bonds; the three tax and
fee measures; fiscal reform with transfers; monetary policy with M2 and 社会融资规模余额;
financial reform) and the heading of item （二）.  wr_china_2016 holds lines 1-14 and
wr_china_2016_b lines 24-33 (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2016_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2016_c"
SRC_ID = "wr_china_2016"
PLACE = "中国"
REF = "2016-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SRC_ID}.txt"
FIRST, LAST = 37, 52                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2016年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2016)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="从根本上说，发展的不竭力量", ends="（二）加强供给侧结构性改革，增强持续增长动力。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label (SPEC §1 十四五), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or policy: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2015_b / wr_china_2024_b)")


fact = g.with_subject(PLACE, CN, modality="target")


gov = g.with_subject(PLACE, GOV + CN, modality="target")


# ---- periods (reference date 2016-03-05; 去年 = 2015, 今年 = 2016) ---------------------------
# Lines 1-2 of the excerpt (source 37-38) close part 二、“十三五”时期主要目标任务和重大举措
# (heading outside the excerpt, source 27).  Line 1 states no period: 9亿多劳动力、1亿多…人才
# are said of the present (…是我们最大的资源和优势) → actual stocks at the reference date, an
# instant (as 我国有上亿市场主体 in wr_china_2019_b and 8500万江苏人民 in wr_jiangsu_2025_b), with
# the period text of the section frame “十三五”时期; the end of 2015 (the latest statistics),
# the plan span 2016-2020 and null as alts.
# Line 3 (source 39) is the heading 三、2016年重点工作: the section frame of the plan for 2016.
# Line 5 (今年发展的主要预期目标是：…) opens with 今年 (= 2016), which governs its five targets.
# Line 6 (经济增长预期目标6.5%－7%…) states no period before its numbers: section frame, period
# text 2016年 of the heading, null in period_alts (SPEC §4; as wr_china_2015_b).
# Line 11 (fiscal policy) names 今年 before its numbers (今年拟安排财政赤字…): it governs the
# line.  Line 12 (the three measures) opens with 今年将采取三项举措 (今年 governs); 从5月1日起
# in 一是 literally governs the clauses after it until 今年将… (SPEC §4), i.e. the 18项 of
# 三是: judgement call, the measure is one of the year's (今年 gold; the literal
# 2016-05-01..2016-12-31 reading as alt).  Lines 13 (transfers) and 14 (M2) name 今年 before
# their numbers.  All figures of part 三 are planned figures of 2016 → target.
H13 = "“十三五”时期"
NOW = dict(period=P(H13, REF, REF),
           period_alts=[P(H13, "2015-12-31", "2015-12-31"), P(H13, "2016-01-01", "2020-12-31"),
                        null(H13)])
NOW_NOTE = ("no period in its line (the close of part 二、“十三五”时期…): said of the present "
            "(是我们最大的资源和优势) → an actual stock at the reference date, instant "
            "2016-03-05 (as 我国有上亿市场主体 in wr_china_2019_b); the end of 2015, the plan span "
            "and null as alts")
S16 = P("2016年", "2016-01-01", "2016-12-31")
FRAME = dict(period=S16, period_alts=[null("2016年")])
T16 = P("今年", "2016-01-01", "2016-12-31")
TARGET = dict(period=T16)
FRAME_NOTE = ("the line states no period before it: section frame of the heading 三、2016年"
              "重点工作 (2016), null as alt")
T_NOTE = "今年 (= 2016) opens the line and governs it"
TGT = "今年发展的主要预期目标 → target; " + T_NOTE
MAY = P("5月1日", "2016-05-01", "2016-12-31")

# ==== line 1 (source 37): 从根本上说… ===============================================================
fact("9亿多劳动力", "9亿多", value=9e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="劳动力",
     metric_alts=["劳动力资源", "劳动力数量", "劳动力人口", "劳动年龄人口", "劳动力资源总量",
                  "劳动力总量"],
     modality="actual", **NOW,
     note="多 inside the span → gt; the size of the labour force → a count fact, 人 implied "
          "(as 9亿劳动力资源 in wr_china_2015_b); " + NOW_NOTE)
fact("1亿多受过高等教育", "1亿多", value=1e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="受过高等教育和有专业技能的人才",
     metric_alts=["人才", "受过高等教育和有专业技能的人才数量", "高素质人才", "专业技能人才",
                  "受过高等教育的人才", "人才资源", "人才总量"],
     modality="actual", **NOW,
     note="多 inside the span → gt; 人 implied (人才 is the counted noun); the predicate defines "
          "the counted set; " + NOW_NOTE)
g.neg("既是一个伴随阵痛", "一个", "indefinite article 一个")
g.neg("也是一个充满希望", "一个", "indefinite article 一个")
g.neg("就一定能够浴火重生", "一定", "adverb 一定 'certainly', not a quantity")

# ==== line 2 (source 38): 展望今后五年 =============================================================
g.neg("展望今后五年", "今后五年", PERIOD_NOTE + " (2016-2020; no number in its line), not a "
      "5-year duration fact")
g.neg("前景一定会更加光明", "一定", "adverb 一定 'certainly', not a quantity")

# ==== line 3 (source 39): heading of part 三 =========================================================
g.neg("三、2016年重点工作", "三、", MARKER_NOTE)
g.neg("三、2016年重点工作", "2016年", PERIOD_NOTE + " (section heading: the plan year 2016; the "
      "period text of the facts without a period of their own)")

# ==== line 4 (source 40): 今年是…开局之年 (general requirements, no facts) ==============================
g.neg("党的十八大和", "十八大", "congress label 十八大 (SPEC §1 二十大)")
g.neg("十八届三中、四中、五中全会", "十八届三中、四中、五中全会", "plenum labels (SPEC §1, README "
      "span, as 二十届二中、三中全会)")
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")
g.neg("“五位一体”总体布局", "五位一体", LABEL_NOTE + " (“五位一体”总体布局)")
g.neg("“四个全面”战略布局", "四个全面", LABEL_NOTE + " (“四个全面”战略布局), not a count")
g.neg("努力实现“十三五”时期", "十三五", PLAN_LABEL)

# ==== line 5 (source 41): the 2016 主要预期目标 ======================================================
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长6.5%－7%", "6.5%－7%", value=6.5, upper=7, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **TARGET,
     note="range 6.5%－7% → value 6.5, upper 7, one fact, span over both ends (as 6%－6.5% in "
          "wr_china_2019); " + TGT)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格总水平"]
fact("居民消费价格涨幅3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **TARGET,
     note="涨幅 = growth of the price level; 左右 → approx (outside the span); " + TGT)
fact("城镇新增就业1000万人以上", "1000万人", value=1000e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **TARGET,
     note="以上 → ge (outside the span); " + TGT)
fact("城镇登记失业率4.5%以内", "4.5%", value=4.5, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
fact("能耗下降3.4%以上", "3.4%", value=-3.4, unit="%", kind="growth", bound="ge",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
                  "单位国内生产总值能源消耗"],
     comparison="yoy", **TARGET,
     note="下降 → negative; 以上 → ge on the size of the fall (as 能耗强度下降3.1%以上 in "
          "wr_china_2015_b); the second sentence of the line, still the list of targets → "
          "target; " + T_NOTE)

# ==== line 6 (source 42): the growth target explained =================================================
fact("经济增长预期目标6.5%－7%", "6.5%－7%", value=6.5, upper=7, unit="%", kind="growth",
     metric="经济增长",
     metric_alts=["经济增长预期目标", "国内生产总值", "GDP", "国内生产总值增长", "经济增速",
                  "GDP增长"],
     comparison="yoy", **FRAME,
     note="the growth target of line 5 restated (its own mention → its own fact, SPEC §1; as "
          "wr_china_2015_b / wr_china_2024_b); 预期目标 → target; range → value 6.5, upper 7; "
          + FRAME_NOTE)
fact("有6.5%－7%的增速", "6.5%－7%", value=6.5, upper=7, unit="%", kind="growth",
     metric="经济增速",
     metric_alts=["经济增长", "增速", "经济增长速度", "国内生产总值", "GDP", "国内生产总值增长",
                  "GDP增长"],
     comparison="yoy", **FRAME,
     note="judgement call: the third mention of the 2016 growth target (有6.5%－7%的增速就能够实现"
          "比较充分的就业) → its own fact, target (as 7%左右的速度 in wr_china_2015_b); the "
          "reading as a generic statement (negative) is the alternative; " + FRAME_NOTE)

# ==== line 7 (source 43): outlook (no facts) ===========================================================
g.neg("只要我们万众一心", "万众一心", "idiom 万众一心 'all of one mind', not a quantity")
g.neg("就一定能够实现全年", "一定", "adverb 一定 'certainly', not a quantity (as wr_china_2015_b)")

# ==== line 8 (source 44): 八个方面工作 ===============================================================
gov("重点做好八个方面工作", "八个", value=8, unit="count", kind="count", classifier="个",
    metric="重点工作方面",
    metric_alts=["方面", "工作方面", "方面工作", "重点工作", "重点做好的工作方面",
                 "重点工作方面数量", "方面数量"],
    period=T16, period_alts=[null("今年")],
    note="judgement call: the areas of work planned for 2016 (the eight tasks （一）…（八）) → a "
         "count (as 十个方面 in wr_henan_2025_b, 十方面 in wr_jiangxi_2025_d); a discourse count "
         "(negative, as wr_chongqing_2025_e) is the alternative; 今年 (= 2016) opens the line; "
         "要 → target; " + GOV_NOTE)

# ==== line 9 (source 45): heading （一） =============================================================
g.neg("（一）稳定和完善", "（一）", MARKER_NOTE)

# ==== line 10 (source 46): macro policy (no numerals) =================================================

# ==== line 11 (source 47): fiscal policy ============================================================
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("今年拟安排财政赤字2.18万亿元", "2.18万亿元", value=2.18e12, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, **TARGET,
    note="拟安排 → target; the budgeted deficit of 2016 (central and local together, 其中 "
         "follows); 万亿元 = 1e12; " + T_NOTE + "; " + GOV_NOTE)
gov("比去年增加5600亿元", "5600亿元", value=5600e8, unit="CNY", kind="amount",
    metric="财政赤字增量",
    metric_alts=["财政赤字", "赤字规模增量", "赤字增量", "财政赤字规模增量", "财政赤字增加",
                 "财政赤字比去年增加"],
    **TARGET,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比去年 is no comparison of an amount fact (as wr_china_2015_b); target; " + T_NOTE)
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("赤字率提高到3%", "3%", value=3, unit="%", kind="share", metric="赤字率",
    metric_alts=RATE, **TARGET,
    note="提高到 → the 2016 ratio planned (拟安排 of the sentence → target); the deficit over the "
         "year's GDP → share; the start of the rise is not written (no change fact); "
         + T_NOTE + "; " + GOV_NOTE)
gov("其中，中央财政赤字1.4万亿元", "1.4万亿元", value=1.4e12, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **TARGET,
    note="其中: the central part of the 2.18万亿元 (target); " + T_NOTE + "; " + GOV_NOTE)
LOCAL = GOV + CN + ["地方政府", "地方", "地方财政"]
LOCAL_NOTE = ("the local governments' deficit / bond quota set in the national budget: "
              "subject 中国, 地方政府/地方财政 as alts (as wr_china_2015_b)")
gov("地方财政赤字7800亿元", "7800亿元", value=7800e8, unit="CNY", kind="amount",
    metric="地方财政赤字", metric_alts=["地方赤字", "地方财政赤字规模", "财政赤字"],
    subject_alts=LOCAL, **TARGET,
    note="the local part of the 2.18万亿元 (target); " + T_NOTE + "; " + LOCAL_NOTE)
BOND = ["地方政府专项债券", "专项债券", "地方专项债", "专项债", "地方专项债券规模",
        "安排地方专项债券"]
gov("安排地方专项债券4000亿元", "4000亿元", value=4000e8, unit="CNY", kind="amount",
    metric="地方专项债券", metric_alts=BOND, subject_alts=LOCAL, **TARGET,
    note="安排 → target; the special-bond quota of 2016 (今年 of the line governs); the quota is "
         "set in the national budget → 中国, 地方政府 (the issuers) as alt (as wr_china_2024_b)")

# ==== line 12 (source 48): the three measures ==========================================================
gov("今年将采取三项举措", "三项", value=3, unit="count", kind="count", classifier="项",
    metric="减税降费举措",
    metric_alts=["举措", "减税降费措施", "减轻企业负担举措", "举措数量", "措施",
                 "减税降费举措数量"],
    **TARGET,
    note="judgement call: a count of measures (三项举措, as 七条措施 in gold README §2 and 十项措施 "
         "in wr_china_2009), the measures of the sentence before (适度扩大财政赤字，主要用于减税"
         "降费…); reading it as a discourse count of the items 一是…三是 (negative) is the "
         "alternative, as for 八个方面 above; 将 → target; " + T_NOTE)
g.neg("一是全面实施营改增", "一是", MARKER_NOTE)
g.neg("从5月1日起", "5月1日", PERIOD_NOTE + " (从5月1日起 = from 1 May 2016, the date of the "
      "营改增 extension; literally governs the clauses after it until 今年将…)")
g.neg("二是取消违规", "二是", MARKER_NOTE)
g.neg("停征和归并一批", "一批", "quantifier 一批 (README §2)")
g.neg("三是将18项", "三是", MARKER_NOTE)
gov("三是将18项", "18项", value=18, unit="count", kind="count", classifier="项",
    metric="行政事业性收费",
    metric_alts=["免征范围扩大的行政事业性收费", "行政事业性收费数量", "免征行政事业性收费",
                 "扩大免征范围的行政事业性收费", "行政事业性收费项目", "收费"],
    period=T16, period_alts=[MAY, P("5月1日", "2016-05-01", None), null("今年")],
    note="the number of fees whose exemption is extended from small firms to all firms and "
         "individuals (将 → target); judgement call on the period: one of the year's three "
         "measures (今年将采取三项举措 governs the list) → 2016, the literal reading of 从5月1日起 "
         "in 一是 (SPEC §4: 2016-05-01..2016-12-31) and null as alts; " + GOV_NOTE)
BURDEN = ["减轻企业和个人负担金额", "企业和个人负担减轻", "减税降费", "减轻企业负担",
          "减税降费规模", "减税降费金额", "减轻负担"]
gov("减轻企业和个人负担5000多亿元", "5000多亿元", value=5000e8, unit="CNY", kind="amount",
    bound="gt", metric="减轻企业和个人负担", metric_alts=BURDEN,
    period=T16, period_alts=[null("今年")],
    note="多 inside the span → gt; 今年 right before it replaces 从5月1日起 (explicit, = 2016); "
         "the relief the measures are to bring (比改革前, the basis, no comparison of an amount "
         "fact) → target (as 全年减轻企业…负担近2万亿元 in wr_china_2019_b; forecast is the "
         "alternative reading); " + GOV_NOTE)
g.neg("该保的一定要保住", "一定", "adverb 一定 'must', not a quantity")
g.neg("该减的一定要减下来", "一定", "adverb 一定 'must', not a quantity")

# ==== line 13 (source 49): fiscal reform ==============================================================
TRANSFER = ["一般性转移支付", "中央对地方一般性转移支付", "一般性转移支付规模增长",
            "一般性转移支付增速"]
gov("今年一般性转移支付规模增长12.2%", "12.2%", value=12.2, unit="%", kind="growth",
    metric="一般性转移支付规模", metric_alts=TRANSFER, comparison="yoy",
    period=T16, period_alts=[null("今年")],
    note="今年 right before it (explicit, = 2016); the planned growth of the central transfers "
         "→ target; " + GOV_NOTE)
g.neg("把每一笔钱", "一笔", "quantifier 每一笔 'every (sum of money)', not a quantity")

# ==== line 14 (source 50): monetary policy ============================================================
g.neg("今年广义货币M2", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2015_b)")
M2 = ["M2", "广义货币M2", "广义货币供应量", "M2余额", "广义货币余额", "货币供应量", "M2增速"]
fact("M2预期增长13%左右", "13%", value=13, unit="%", kind="growth", bound="approx",
     metric="广义货币M2", metric_alts=M2 + ["广义货币"], comparison="yoy",
     period=T16, period_alts=[null("今年")],
     note="预期增长 → target; 左右 → approx (outside the span); the balance's growth over the year "
          "(comparison yoy, as wr_china_2015_b); 今年 right before it (explicit, = 2016)")
TSF = ["社会融资规模余额增速", "社会融资规模", "社会融资规模存量", "社融余额", "社会融资规模存量增速"]
fact("社会融资规模余额增长13%左右", "13%", value=13, unit="%", kind="growth", bound="approx",
     metric="社会融资规模余额", metric_alts=TSF, comparison="yoy",
     period=T16, period_alts=[null("今年")],
     note="左右 → approx; the growth of a stock over the year (a relative change → growth, the "
          "year as period); 预期 of the sentence → target; 今年 governs the line")
g.neg("小微企业、“三农”", "三农", LABEL_NOTE + " (“三农”: agriculture, rural areas and farmers)")

# ==== line 15 (source 51): financial reform (no numerals) ==============================================

# ==== line 16 (source 52): heading （二） =============================================================
g.neg("（二）加强供给侧", "（二）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SRC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the close of part 二、“十三五”"
    "时期主要目标任务和重大举措 (从根本上说… 9亿多劳动力、1亿多…人才; 展望今后五年…), then part "
    "三、2016年重点工作 — the plan for 2016: its heading, the general requirements, the 2016 "
    "主要预期目标, the reasoning behind the growth target, the outlook, 八个方面工作, item （一） "
    "(fiscal policy: deficit, central/local deficits, special bonds; the three tax-and-fee "
    "measures; fiscal reform: transfers; monetary policy: M2, 社会融资规模余额; financial "
    "reform) and the heading of item （二）. wr_china_2016 holds lines 1-14, wr_china_2016_b "
    "lines 24-33. The source has no title line; the title is the corpus meta title, "
    "title_in_text=False. Date: 2016-03-05, the shared meta date: the opening day of the 4th "
    "session of the 12th NPC, on which the Premier delivered the report (no dateline in the "
    "Wikisource text); nothing in the excerpt contradicts it (今年 = 2016, 去年 = 2015, 开局之年 "
    "of the 13th plan). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the budget "
    "figures add 中央政府/国务院/中央财政 (地方政府/地方财政 for the local deficit and the special "
    "bonds). Periods: line 1 (part 二, no period) → 9亿多 / 1亿多 are present stocks at the "
    "reference date (instant 2016-03-05, period text “十三五”时期 of the section; alts the end "
    "of 2015, the plan span, null), actual; the heading 三、2016年… is the frame of part 三; "
    "今年 opens line 5 (the five targets) and governs it; line 6 (6.5%－7% restated twice) "
    "states no period → section frame 2016 (null as alt); 今年 governs lines 11-14 (deficit, "
    "measures, transfers, M2); 从5月1日起 (一是) literally reaches the 18项 of 三是 — the year is "
    "gold and the 2016-05-01..2016-12-31 reading an alt; 今年将比改革前… restores 今年 for "
    "5000多亿元. Modality: target for every 2016 figure (预期目标, 拟安排, 安排, 将, 预期); actual "
    "for the two line-1 stocks. Ranges: 6.5%－7% → value 6.5, upper 7 (span both ends, as "
    "wr_china_2019) ×3. Judgement calls: the growth target's restatements (经济增长预期目标"
    "6.5%－7%, 有6.5%－7%的增速) as their own facts; 9亿多劳动力 / 1亿多人才 as counts (人 "
    "implied, gt) at the reference date; 三项举措 → a count of measures (target), the "
    "discourse-count reading the alternative, and so 八个方面工作 (as wr_henan_2025_b / "
    "wr_jiangxi_2025_d); "
    "18项 → the year (5月1日 literal as alt); 5000多亿元 relief → target (forecast the "
    "alternative); 赤字率提高到3% → one share fact (no start value, no change fact); "
    "社会融资规模余额增长 → growth over the year; 地方财政赤字 and 地方专项债券 kept under 中国. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 单位 (单位国内生产总值), 进一步 ×2, 一般 (一般性转移支付). No "
    "numerals: 今年/去年/当前 (period words), 中高速, 多层次.")

g.write(date=REF, source=f"shared/texts/work_report/{SRC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
