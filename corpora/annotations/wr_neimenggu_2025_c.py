"""Gold annotations for wr_neimenggu_2025_c (2025年内蒙古自治区政府工作报告), lines 2-8 of
shared/texts/work_report/wr_neimenggu_2025.txt.

The excerpt corpora/wr_neimenggu_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the dateline (——2025年1月14日…的讲话), the address
(各位代表：, 现在，我代表…), the heading 一、2024年工作回顾, the opening paragraph of the
review (过去一年…: GDP, industry, grain, new energy, energy intensity, investment, computing)
and the two 一年来 paragraphs on the “五大任务” (ecology, safety and debt, energy and
resources, agriculture, opening) and the “六个工程” (policies, desert control and wind/solar,
heating, credit, science, free-trade zone), 2,531 characters, the line range as briefed.
Lines 10-16 are annotated in wr_neimenggu_2025, lines 30-36 in wr_neimenggu_2025_b.  Facts
and negatives are written by hand from the text, sentence by sentence; every offset comes
from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_neimenggu_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_neimenggu_2025_c"
PLACE = "内蒙古自治区"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_neimenggu_2025.txt"
FIRST, LAST = 2, 8                      # 1-based, inclusive, whole lines
TITLE = "2025年内蒙古自治区政府工作报告"
NM_ALTS = ["内蒙古", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——2025年1月14日", ends="试点开展投资、贸易、金融等领域改革。")
text = g.text
fact = g.with_subject(PLACE, NM_ALTS)


def own(*parts):
    """subject_alts for a zone / platform / river that owns its number, region as alt."""
    return list(parts) + [PLACE] + NM_ALTS


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
SESSION_NOTE = "session label of a meeting (SPEC §1 二十届三中全会), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The dateline (line 1) and the address (lines 2-3) hold no fact.  Line 4 is the heading
# 一、2024年工作回顾.  Line 5 opens with 过去一年 (= 2024, the review year; the report was
# delivered on 2025-01-14): it governs the line (period text 过去一年, 2024-01-01..2024-12-31,
# null as alt).  Lines 6 and 7 each open with 一年来 (= 2024): period text 一年来, same dates.
# 三年引资1万亿元目标 (line 5) names the three-year window of the investment target that was
# reached 提前一年 (one year early, i.e. in 2024): the target's own period 2023-2025 (text
# 三年), the review year and null as alts.  Stocks (新能源装机, 算力规模, 已开工 projects) are the
# instant 2024-12-31 with the year and null as alts; levels that may be read either way keep
# the year with the instant as alt.  Streaks (连续5年, 二十一连丰) end in the review year, the
# streak's own span as alt.
# Modality: 预计 governs the clauses after it up to the next ； or 。 (as wr_neimenggu_2025);
# 有望 ('is expected to') marks a forecast of its own clause; everything else is actual, the
# state's targets (三年引资1万亿元目标) are target.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
R24 = P("一年来", "2024-01-01", "2024-12-31")
R24_NULL = P("一年来", None, None)
R24_END = P("一年来", "2024-12-31", "2024-12-31")
RFLOW = dict(period=R24, period_alts=[R24_NULL])
RSTOCK = dict(period=R24_END, period_alts=[R24, R24_NULL])
RLEVEL = dict(period=R24, period_alts=[R24_NULL, R24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
FC = ("预计 → forecast (the 2024 figure was not final at delivery); 预计 governs the "
      "clauses after it up to the next ； or 。 (as wr_neimenggu_2025)")
HOPE = "有望 'is expected to' → forecast (as nw_cctv_20250817 有望突破)"
AHEAD = ("judgement call: 提前一年 'one year ahead of schedule' read as a duration fact (unit "
         "year, kind amount) of the goal reached early, as wr_shanxi_2025 提前一年实现; the "
         "adverbial reading (negative) is the alternative")
NET_NOTE = ("净增 N: the net change over 2024 (SPEC §2 absolute change → <level>增量, "
            "positive); the plain noun as alt (as wr_yunnan_2025)")
NEW_NOTE = "新增/新… N: added in 2024 (a flow), 增量 reading in alts (README §3)"

# ==== line 1 (source 2): dateline =============================================================
g.neg("——2025年1月14日", "2025年1月14日", "date of the speech (the reference date), a period "
      "expression, not a fact")
g.neg("内蒙古自治区第十四届", "第十四届", SESSION_NOTE + " (第十四届人民代表大会)")
g.neg("第三次会议", "第三次", SESSION_NOTE + " (第三次会议)")

# ==== lines 2-3 (source 3-4): address — no numeral ============================================

# ==== line 4 (source 5): heading ==============================================================
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024)")

# ==== line 5 (source 6): 过去一年 (headline indicators) ========================================
g.neg("过去一年，在自治区", "过去一年", PERIOD_NOTE + " (= 2024; governs the line)")
g.neg("“两件大事”", "两件大事", LABEL_NOTE + " (“两件大事”, the region's two major tasks)")
g.neg("抓好“六个工程”", "六个工程", LABEL_NOTE + " (“六个工程”, the six programmes of the "
      "region; a name, not a count claim)")
GDP = ["GDP", "生产总值", "全区地区生产总值", "经济增长", "经济增速"]
fact("地区生产总值增长6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=GDP, comparison="yoy", modality="forecast", **FLOW,
     note="左右 → approx; " + FC)
fact("突破2.6万亿元", "2.6万亿元", value=2.6e12, unit="CNY", kind="amount", bound="gt",
     metric="地区生产总值", metric_alts=GDP[:3] + ["经济总量"], modality="forecast", **FLOW,
     note="突破 → gt; 万亿元 = 1e12; " + FC)
fact("上升至第20位", "第20位", value=20, unit="rank", kind="rank", scope="全国",
     metric="地区生产总值总量",
     metric_alts=["地区生产总值", "GDP总量", "GDP", "经济总量", "总量", "总量排名"],
     modality="forecast", **FLOW,
     note="rank after 总量 → <metric>总量 (README §3); 有望上升至 and the 预计 clause → forecast")
g.neg("时隔5年重回", "时隔5年", PERIOD_NOTE + " (时隔5年 'for the first time in 5 years', "
      "as wr_beijing_2025), not a duration fact")
IVA = ["工业增加值总量", "全部工业增加值", "规模以上工业增加值"]
fact("工业增加值跨过万亿元大关", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="工业增加值", metric_alts=IVA, **FLOW,
     note="跨过…大关 'crossed the mark' → gt (as 突破); after the ； that closes the 预计 "
          "clause group → actual (judgement call)")
fact("全国排名有望上升3位", "3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="工业增加值全国排名上升位次",
     metric_alts=["工业增加值排名上升位次", "工业增加值全国排名", "工业增加值排名", "工业增加值",
                  "全国排名上升位次"], modality="forecast", **FLOW,
     note="places gained (上升N位), kind rank with the value as written (as wr_shanxi_2025 "
          "排名上升5位); " + HOPE)
fact("居第14位", "第14位", value=14, unit="rank", kind="rank", scope="全国",
     metric="工业增加值", metric_alts=["工业增加值全国排名", "工业增加值总量", "工业增加值排名"],
     modality="forecast", **FLOW, note="有望 governs both parts (上升3位、居第14位) → forecast")
fact("数量居西部省份第2位", "第2位", value=2, unit="rank", kind="rank", scope="西部省份",
     metric="国家级先进制造业集群数量",
     metric_alts=["国家级先进制造业集群", "先进制造业集群数量", "入选国家级先进制造业集群数量",
                  "数量"], **FLOW,
     note="rank among the western provinces (scope 西部省份)")
fact("粮食总产量达到820.1亿斤", "820.1亿斤", value=820.1e8 * 0.0005, unit="t",
     kind="amount", metric="粮食总产量", metric_alts=["粮食产量", "粮食"], **FLOW,
     note="达到 → eq; 820.1亿斤 × 0.0005 t = 4.1005e7 t (SPEC §3 斤 = 0.0005 t)")
fact("实现“二十一连丰”", "二十一连丰", value=21, unit="count", kind="count", classifier="连丰",
     metric="粮食连丰",
     metric_alts=["粮食总产量连丰", "粮食连续丰收", "粮食生产连丰", "连丰", "粮食丰收持续时间",
                  "粮食连续丰收年数"],
     period=Y24, period_alts=[Y24_NULL, P("二十一连丰", "2004-01-01", "2024-12-31")],
     note="judgement call, as 八连增 in wr_china_2012 (a work report): “二十一连丰” 'the 21st "
          "bumper harvest in a row' → a count of consecutive harvests (21, classifier 连丰); "
          "the streak reading in years (as 二十连丰 in nw_cctv_20240428) is the alternative; "
          "the review year as gold, the streak 2004-2024 as alt")
fact("增量居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="粮食总产量增量",
     metric_alts=["粮食增量", "增量", "粮食产量增量", "粮食总产量增量排名"], **FLOW)
NE = ["新能源装机容量", "新能源发电装机", "新能源装机规模", "新能源发电装机容量"]
fact("在全国率先破亿", "亿", value=1e11, unit="W", kind="amount", bound="gt",
     metric="新能源装机", metric_alts=NE, **STOCK,
     note="破亿 → 1e8 kW (the unit 千瓦 written with 1.35亿千瓦 right after it) = 1e11 W, gt "
          "(破 = 突破, outside the span, as wr_beijing_2025 破亿); installed capacity (a "
          "stock): " + STOCK_NOTE + ". Known false alarm: the shared check_gold.py reads the "
          "span 亿 as 1e8 without a unit")
fact("达到1.35亿千瓦", "1.35亿千瓦", value=1.35e11, unit="W", kind="amount",
     metric="新能源装机", metric_alts=NE, **STOCK,
     note="达到 → eq; 亿千瓦 = 1e8 × 1e3 W; " + STOCK_NOTE)
fact("提前一年实现自治区", "一年", value=1, unit="year", kind="amount",
     metric="新能源装机目标提前实现时间",
     metric_alts=["提前实现自治区第十一次党代会确定目标", "提前时间", "提前实现目标时间",
                  "新能源装机提前实现目标", "提前"], **FLOW, note=AHEAD)
g.neg("自治区第十一次党代会", "第十一次", SESSION_NOTE + " (自治区第十一次党代会)")
fact("单位GDP能耗下降3%", "3%", value=-3, unit="%", kind="growth", metric="单位GDP能耗",
     metric_alts=["能耗强度", "单位地区生产总值能耗", "单位生产总值能耗"], comparison="yoy",
     **FLOW, note="下降 → negative")
fact("提前一年达到", "一年", value=1, unit="year", kind="amount",
     metric="能耗控制目标提前达到时间",
     metric_alts=["提前达到“十四五”规划控制目标", "提前时间", "单位GDP能耗提前达标时间",
                  "提前达到目标时间", "提前"], **FLOW, note=AHEAD)
g.neg("达到“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
fact("到位资金超5300亿元", "5300亿元", value=5300e8, unit="CNY", kind="amount", bound="gt",
     metric="引进到位资金",
     metric_alts=["到位资金", "引进资金", "招商引资到位资金", "引资"], **FLOW, note="超 → gt")
fact("提前一年实现三年", "一年", value=1, unit="year", kind="amount",
     metric="三年引资目标提前实现时间",
     metric_alts=["提前实现三年引资1万亿元目标", "提前时间", "引资目标提前实现时间",
                  "提前实现目标时间", "提前"], **FLOW, note=AHEAD)
g.neg("实现三年引资", "三年", PERIOD_NOTE + " (the three-year window 2023-2025 of the "
      "investment target, reached a year early in 2024), not a duration fact")
fact("引资1万亿元目标", "1万亿元", value=1e12, unit="CNY", kind="amount",
     metric="三年引资目标",
     metric_alts=["引资目标", "三年引资", "引资", "引进到位资金目标", "三年引资1万亿元目标"],
     modality="target",
     period=P("三年", "2023-01-01", "2025-12-31"), period_alts=[Y24, Y24_NULL],
     note="the target (目标) set for three years: modality target, period its own window "
          "(三年, reached 提前一年 in 2024 → 2023-2025; judgement call), the review year and "
          "null as alts")
CP = ["算力规模", "算力总量", "总算力规模"]
fact("算力总规模达到9.4万P", "9.4万P", value=9.4e4, unit="P", kind="amount",
     metric="算力总规模", metric_alts=CP, **STOCK,
     note="达到 → eq; P (PFlops) has no canonical unit → kept as written (as wr_anhui_2025_c "
          "1.6万P); installed computing capacity (a stock): " + STOCK_NOTE)
fact("其中智算8.7万P", "8.7万P", value=8.7e4, unit="P", kind="amount",
     metric="智算规模", metric_alts=["智算", "智能算力", "智算算力规模", "智算总规模"], **STOCK,
     note="其中 = part of the total; " + STOCK_NOTE)
fact("8.7万P、居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="智算规模", metric_alts=["智算", "智能算力", "智能算力规模", "智算算力规模"],
     **STOCK, note="rank of a capacity (a stock): " + STOCK_NOTE)

# ==== line 6 (source 7): 一年来…“五大任务” ==========================================================
g.neg("一年来，我们牢记", "一年来", PERIOD_NOTE + " (= 2024; governs the line)")
g.neg("和“五大任务”取得", "五大任务", LABEL_NOTE + " (“五大任务”, the five strategic tasks "
      "assigned to the region)")
fact("决定及28条措施", "28条", value=28, unit="count", kind="count", classifier="条",
     metric="全方位建设模范自治区措施",
     metric_alts=["措施", "全方位建设模范自治区的决定及措施", "模范自治区措施", "措施数量",
                  "落实措施"], subject_alts=NM_ALTS + ["自治区党委"], **RFLOW,
     note="count of measures (README §2 七条措施) of the decision carried out in 2024")
g.neg("中小学三科统编教材", "三科", "set label 三科 (the three unified-textbook subjects), "
      "not a count claim")
g.neg("“五大任务”是", "五大任务", LABEL_NOTE + " (“五大任务”)")
g.neg("通过一年努力", "一年", "'one year of effort' = 2024, not a duration fact (as 的一年)")
g.neg("打好“三北”工程", "三北", LABEL_NOTE + " (“三北”工程, the Three-North shelterbelt "
      "programme)")
DONE_NOTE = ("分别: 治沙 ↔ 113%, 造林 ↔ 220%, 种草 ↔ 148%; the completion rate of the year's "
             "target (完成年度目标任务的 N%) → share of the target")
fact("年度目标任务的113%", "113%", value=113, unit="%", kind="share",
     metric="治沙年度目标任务完成率",
     metric_alts=["治沙完成年度目标任务比例", "治沙年度任务完成率", "治沙任务完成率",
                  "治沙完成年度目标任务", "治沙"], **RFLOW, note=DONE_NOTE)
fact("113%、220%", "220%", value=220, unit="%", kind="share",
     metric="造林年度目标任务完成率",
     metric_alts=["造林完成年度目标任务比例", "造林年度任务完成率", "造林任务完成率",
                  "造林完成年度目标任务", "造林"], **RFLOW, note=DONE_NOTE)
fact("220%和148%", "148%", value=148, unit="%", kind="share",
     metric="种草年度目标任务完成率",
     metric_alts=["种草完成年度目标任务比例", "种草年度任务完成率", "种草任务完成率",
                  "种草完成年度目标任务", "种草"], **RFLOW, note=DONE_NOTE)
g.neg("黄河及“一湖两海”", "一湖两海", LABEL_NOTE + " (“一湖两海”: 乌梁素海, 岱海, 呼伦湖 — "
      "a name of the lakes)")
fact("综合治理项目47个", "47个", value=47, unit="count", kind="count", classifier="个",
     metric="黄河及“一湖两海”综合治理项目",
     metric_alts=["综合治理项目", "黄河及一湖两海综合治理项目", "实施综合治理项目",
                  "综合治理项目数量"], **RFLOW)
fact("大气治理项目63个", "63个", value=63, unit="count", kind="count", classifier="个",
     metric="大气治理项目",
     metric_alts=["乌海及周边地区等大气治理项目", "乌海及周边地区大气治理项目",
                  "实施大气治理项目", "大气治理项目数量"], **RFLOW)
fact("水质连续5年", "5年", value=5, unit="year", kind="amount",
     metric="黄河干流水质保持Ⅱ类以上持续时间",
     metric_alts=["黄河干流水质连续保持Ⅱ类以上", "水质保持Ⅱ类以上持续时间",
                  "黄河干流水质保持Ⅱ类以上年数", "黄河干流水质", "水质"],
     subject_alts=NM_ALTS + ["黄河干流", "黄河干流内蒙古段", "黄河"],
     period=R24, period_alts=[R24_NULL, P("连续5年", "2020-01-01", "2024-12-31")],
     note="length of the streak 连续5年 (a duration, unit year), as 连续8年 in "
          "wr_chongqing_2025_c — judgement call; the river section is in the region → "
          "subject the region, river as alt; alt 2020-2024")
g.neg("保持Ⅱ类以上", "Ⅱ类", "water-quality class label (Ⅱ类), not a quantity")
fact("水质优良比例81.4%", "81.4%", value=81.4, unit="%", kind="share",
     metric="地表水国考断面水质优良比例",
     metric_alts=["国考断面水质优良比例", "地表水水质优良比例", "水质优良比例",
                  "地表水国考断面水质优良率", "地表水国考断面优良水体比例"], **RFLOW,
     note="the year's assessment → the year (as wr_henan_2025 86.1%)")
fact("优良天数比例90.6%", "90.6%", value=90.6, unit="%", kind="share",
     metric="空气质量优良天数比例",
     metric_alts=["优良天数比例", "空气优良天数比例", "空气质量优良率"], **RFLOW)
g.neg("“双下降”", "双下降", "label “双下降” (both figures fell), no quantity stated (as "
      "wr_shandong_2025)")
fact("拿出120.6亿元", "120.6亿元", value=120.6e8, unit="CNY", kind="amount",
     metric="支持基层化债资金",
     metric_alts=["基层化债资金", "支持基层化债", "化债资金", "拿出资金支持基层化债",
                  "支持基层化债的资金"], **RFLOW)
g.neg("基层“三保”底线", "三保", LABEL_NOTE + " (“三保”: wages, operations, basic welfare)")
fact("融资平台压降66.5%", "66.5%", value=-66.5, unit="%", kind="growth",
     metric="地方政府融资平台",
     metric_alts=["融资平台", "地方政府融资平台数量", "融资平台数量", "地方政府融资平台压降",
                  "融资平台压降"], comparison="yoy", **RFLOW,
     note="压降 N% → a relative cut of the number of platforms (growth, negative, as 压减5% "
          "in wr_guangdong_2025); no basis written → yoy by default")
fact("8个旗县隐性债务清零", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="隐性债务清零旗县",
     metric_alts=["旗县", "隐性债务清零的旗县", "实现隐性债务清零旗县", "旗县数量"], **RFLOW,
     note="the predicate 隐性债务清零 defines the counted set → in the metric")
g.neg("隐性债务清零", "清零", "清零 'clear to zero' (eliminate), a goal word, not a quantity "
      "(as wr_chongqing_2025_c)")
fact("1个盟市本级", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="有望退出高风险等级的盟市本级",
     metric_alts=["盟市本级", "退出高风险等级盟市本级", "退出高风险等级的盟市本级",
                  "盟市本级数量"], modality="forecast", **RFLOW,
     note="a count (paired with 10个旗县), not an article; " + HOPE)
fact("和10个旗县有望", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="有望退出高风险等级的旗县",
     metric_alts=["旗县", "退出高风险等级旗县", "退出高风险等级的旗县", "旗县数量"],
     modality="forecast", **RFLOW, note=HOPE)
fact("高风险机构压降80%", "80%", value=-80, unit="%", kind="growth", metric="高风险机构",
     metric_alts=["高风险金融机构", "地方金融高风险机构", "高风险机构数量", "高风险机构压降"],
     comparison="yoy", **RFLOW,
     note="压降 N% → a relative cut (growth, negative); no basis written → yoy by default")
fact("信访总量下降46.5%", "46.5%", value=-46.5, unit="%", kind="growth", metric="信访总量",
     metric_alts=["信访量", "信访"], comparison="yoy", **RFLOW, note="下降 → negative")
g.neg("“五位一体”", "五位一体", LABEL_NOTE + " (“五位一体”, the five-party border defence)")
COAL_NOTE = "能源和战略资源基地: " + FC
fact("预计产煤12.9亿吨", "12.9亿吨", value=12.9e8, unit="t", kind="amount",
     metric="煤炭产量", metric_alts=["产煤", "原煤产量", "产煤量", "煤炭"],
     modality="forecast", **RFLOW, note=COAL_NOTE)
SUP = ["保供任务", "完成保供任务", "煤炭保供", "保供煤炭", "保供量"]
fact("保供任务8.3亿吨", "8.3亿吨", value=8.3e8, unit="t", kind="amount",
     metric="完成煤炭保供任务", metric_alts=SUP, modality="forecast", **RFLOW,
     note=COAL_NOTE)
fact("占全国34.5%", "34.5%", value=34.5, unit="%", kind="share",
     metric="保供任务占全国比重",
     metric_alts=["煤炭保供占全国比重", "完成保供任务占全国比重", "保供占全国比重", "占全国",
                  "保供任务占比"], modality="forecast", **RFLOW, note=COAL_NOTE)
fact("发电超8000亿度", "8000亿度", value=8000e8, unit="kWh", kind="amount", bound="gt",
     metric="发电量", metric_alts=["发电", "全区发电量"], modality="forecast", **RFLOW,
     note="超 → gt; 度 = kWh; " + COAL_NOTE)
OUT = ["外送电量", "外送电", "外送电力", "送出电量"]
fact("外送电量3150亿度", "3150亿度", value=3150e8, unit="kWh", kind="amount",
     metric="外送电量", metric_alts=OUT[1:], modality="forecast", **RFLOW, note=COAL_NOTE)
fact("占全国16%", "16%", value=16, unit="%", kind="share", metric="外送电量占全国比重",
     metric_alts=["外送电量占比", "占全国", "外送电量占全国的比重"], modality="forecast",
     **RFLOW, note=COAL_NOTE)
fact("均居全国第1位；", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="煤炭产量",
     metric_alts=["产煤", "保供任务", "完成保供任务", "发电量", "外送电量",
                  "产煤、保供、发电、外送电量", "煤炭产量、保供、发电量、外送电量"],
     modality="forecast", **RFLOW,
     note="one rank mention (均居全国第1位) covering the four figures before it: one fact "
          "(SPEC §1, as wr_guangdong_2025 均居全国第一), the first metric as primary, the "
          "others in alts; " + COAL_NOTE)
fact("生产绿电超2000亿度", "2000亿度", value=2000e8, unit="kWh", kind="amount", bound="gt",
     metric="绿电产量",
     metric_alts=["生产绿电", "绿电", "绿色电力产量", "绿电发电量", "新能源发电量"], **RFLOW,
     note="超 → gt; after the ； that closes the 预计 clause group → actual")
g.neg("发行全国首张", "首张", FIRST_NOTE)
fact("交易规模居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="绿电交易规模",
     metric_alts=["绿电交易", "绿电交易量", "绿色电力交易规模", "绿电交易规模排名"], **RFLOW)
g.neg("等一批企业总部", "一批", VAGUE_NOTE)
fact("产量增长30%", "30%", value=30, unit="%", kind="growth", bound="ge",
     metric="稀土永磁材料产量", metric_alts=["稀土永磁材料", "稀土永磁产量"],
     comparison="yoy", **RFLOW, note="以上 → ge (outside the span)")
fact("产业产值超过千亿元", "千亿元", value=1e11, unit="CNY", kind="amount", bound="gt",
     metric="稀土产业产值", metric_alts=["稀土产业", "稀土产值", "稀土产业总产值"], **RFLOW,
     note="超过 → gt; 千亿元 = 1e11 (SPEC §3)")
fact("新发现20处", "20处", value=20, unit="count", kind="count", classifier="处",
     metric="大中型战略性矿产地",
     metric_alts=["新发现大中型战略性矿产地", "战略性矿产地", "矿产地", "大中型战略性矿产地数量",
                  "大中型战略性矿产地增量"], **RFLOW,
     note="新发现 N: found in 2024 by the 找矿突破行动")
fact("8种矿产完成", "8种", value=8, unit="count", kind="count", classifier="种",
     metric="完成“十四五”增储任务的矿产",
     metric_alts=["矿产", "完成增储任务的矿产", "完成“十四五”增储任务矿产", "矿产种类",
                  "完成十四五增储任务的矿产"], **RFLOW,
     note="the predicate 完成“十四五”增储任务 defines the counted set → in the metric")
g.neg("完成“十四五”增储", "十四五", "plan label 十四五 (SPEC §1)")
fact("高标准农田940万亩", "940万亩", value=940e4, unit="mu", kind="amount",
     metric="建设高标准农田",
     metric_alts=["高标准农田", "高标准农田建设", "高标准农田建设面积", "建设高标准农田面积"],
     **RFLOW, note="亩 stays mu (SPEC §3)")
fact("“吨粮田”855万亩", "855万亩", value=855e4, unit="mu", kind="amount",
     metric="建设“吨粮田”",
     metric_alts=["吨粮田", "“吨粮田”", "建设吨粮田", "“吨粮田”面积", "吨粮田建设面积"],
     **RFLOW, note="verb 建设 shared; 吨 in the name “吨粮田” is not a separate quantity")
fact("设施农业26万亩", "26万亩", value=26e4, unit="mu", kind="amount", metric="设施农业",
     metric_alts=["新增设施农业", "设施农业面积", "新增设施农业面积", "设施农业增量"], **RFLOW,
     note=NEW_NOTE)
fact("舍饲棚圈300万平方米", "300万平方米", value=300e4, unit="m2", kind="amount",
     metric="舍饲棚圈",
     metric_alts=["新增舍饲棚圈", "舍饲棚圈面积", "新增舍饲棚圈面积", "舍饲棚圈增量"],
     **RFLOW, note=NEW_NOTE + "; 新增 distributes over the list")
fact("78万农牧户", "78万", value=78e4, unit="count", kind="count", classifier="户",
     metric="发展庭院经济的农牧户",
     metric_alts=["农牧户", "发展庭院经济农牧户", "庭院经济农牧户", "农牧户数量"], **RFLOW,
     note="no measure word written (78万 + noun 农牧户): 户 implied (as 3万多家庭 in "
          "wr_qinghai_2025); the predicate 发展庭院经济 defines the counted set")
fact("亩均产量提高24.2斤", "24.2斤", value=24.2 * 0.0005, unit="t", kind="amount",
     metric="粮食亩均产量增量",
     metric_alts=["粮食亩均产量", "亩均产量", "粮食单产", "粮食单产增量", "亩均产量增量",
                  "粮食亩产"], **RFLOW,
     note="提高 N斤: absolute change of a level (SPEC §2 → <level>增量, positive); 24.2斤 × "
          "0.0005 t = 0.0121 t; the per-mu rate kept in the metric")
g.neg("平均单产再创新高", "单产", "lexicalized 单产 'yield per unit area', not a quantity")
fact("产量稳居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="牛羊肉产量",
     metric_alts=["牛奶产量", "牛羊肉、牛奶产量", "牛羊肉和牛奶产量", "牛羊肉", "牛奶"],
     **RFLOW,
     note="one rank mention over the outputs of 牛羊肉 and 牛奶 (稳居全国第1位): one fact, "
          "the first as primary, the second in alts")
fact("等7条重点产业链", "7条", value=7, unit="count", kind="count", classifier="条",
     metric="重点产业链",
     metric_alts=["乳肉薯绒等重点产业链", "产业链", "重点产业链数量", "农畜产品重点产业链"],
     **RFLOW, note="the chains whose output is stated (乳肉薯绒等); a count next to its "
                   "output (judgement call: not a set label, the number is written as N条)")
fact("产值突破7000亿元", "7000亿元", value=7000e8, unit="CNY", kind="amount", bound="gt",
     metric="重点产业链产值",
     metric_alts=["产业链产值", "乳肉薯绒等7条重点产业链产值", "7条重点产业链产值",
                  "重点产业链总产值"], **RFLOW, note="突破 → gt")
fact("新缔结3对国际友城", "3对", value=3, unit="count", kind="count", classifier="对",
     metric="国际友城",
     metric_alts=["新缔结国际友城", "国际友好城市", "缔结国际友城", "国际友城数量",
                  "国际友城增量"], **RFLOW, note=NEW_NOTE)
g.neg("中蒙二连浩特", "二连浩特", "place name 二连浩特 (Erenhot), not a quantity")
PORT_NOTE = "向北开放: " + FC
fact("口岸货运量超1.2亿吨", "1.2亿吨", value=1.2e8, unit="t", kind="amount", bound="gt",
     metric="陆路口岸货运量",
     metric_alts=["口岸货运量", "全区陆路口岸货运量", "陆路口岸过货量", "货运量"],
     modality="forecast", **RFLOW, note="超 → gt; " + PORT_NOTE)
fact("进出口总额超2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
     bound="gt", metric="进出口总额",
     metric_alts=["进出口", "进出口总值", "外贸进出口总额"], modality="forecast", **RFLOW,
     note="超 → gt; " + PORT_NOTE)
g.neg("“新三样”产品", "新三样", LABEL_NOTE + " (“新三样”, the set label of the new three "
      "export products)")
fact("产品出口增长50%", "50%", value=50, unit="%", kind="growth", bound="ge",
     metric="“新三样”产品出口",
     metric_alts=["新三样产品出口", "“新三样”出口", "新三样出口", "“新三样”产品出口额"],
     comparison="yoy", modality="forecast", **RFLOW,
     note="以上 → ge (outside the span); " + PORT_NOTE)

# ==== line 7 (source 8): 一年来…“六个工程” ==========================================================
g.neg("一年来，我们紧盯", "一年来", PERIOD_NOTE + " (= 2024; governs the line)")
g.neg("推动“六个工程”", "六个工程", LABEL_NOTE + " (“六个工程”)")
g.neg("国务院16号文件", "16号", "document number 16号 (国务院16号文件), a label, not a "
      "quantity")
DOC16 = "the major projects of the 国务院16号文件 (the State Council's support document)"
fact("86个重大项目", "86个", value=86, unit="count", kind="count", classifier="个",
     metric="重大项目",
     metric_alts=["国务院16号文件重大项目", "重大项目数量", "国务院16号文件支持的重大项目"],
     **RLEVEL, note=DOC16 + ": the set of projects (a level of 2024), the year-end instant "
                            "as alt")
fact("已开工74个", "74个", value=74, unit="count", kind="count", classifier="个",
     metric="已开工重大项目",
     metric_alts=["开工重大项目", "重大项目已开工", "已开工项目", "开工项目",
                  "国务院16号文件重大项目已开工"],
     **RSTOCK, note="已开工 → a stock (the projects started by year end): instant "
                    "2024-12-31, the year and null as alts; " + DOC16)
fact("风电光伏装机2727万千瓦", "2727万千瓦", value=2727e7, unit="W", kind="amount",
     metric="建设风电光伏装机",
     metric_alts=["风电光伏装机", "风电光伏装机规模", "建设风电光伏装机容量",
                  "防沙治沙和风电光伏一体化工程风电光伏装机", "风电光伏装机容量"], **RFLOW,
     note="万千瓦 = 1e7 W; capacity built in 2024 under the programme (a flow)")
fact("治沙238万亩", "238万亩", value=238e4, unit="mu", kind="amount", metric="治沙",
     metric_alts=["治沙面积", "防沙治沙", "完成治沙", "治沙规模"], **RFLOW)
fact("带动群众增收8.5亿元", "8.5亿元", value=8.5e8, unit="CNY", kind="amount",
     metric="“以工代赈”带动群众增收",
     metric_alts=["带动群众增收", "以工代赈带动群众增收", "群众增收", "以工代赈"], **RFLOW)
g.neg("老百姓增收共赢", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity "
      "(as nw_cctv_20210526)")
fact("投入近200亿元", "200亿元", value=200e8, unit="CNY", kind="amount", bound="approx",
     metric="温暖工程投入",
     metric_alts=["投入", "温暖工程投资", "投入资金", "温暖工程资金"], **RFLOW,
     note="近 → approx (SPEC §2)")
fact("改造供热管网近1万公里", "1万公里", value=1e7, unit="m", kind="amount", bound="approx",
     metric="改造供热管网",
     metric_alts=["供热管网改造", "供热管网", "改造供热管网长度", "供热管网改造里程"], **RFLOW,
     note="近 → approx; 万公里 = 1e4 × 1e3 m")
fact("室温达标率99%", "99%", value=99, unit="%", kind="share", bound="ge",
     metric="在线监测室温达标率",
     metric_alts=["室温达标率", "全区在线监测室温达标率", "供热室温达标率"], **RFLOW,
     note="以上 → ge (outside the span); a rate of the heating season of 2024")
fact("清洁取暖改造19.3万户", "19.3万户", value=19.3e4, unit="count", kind="count",
     classifier="户", metric="清洁取暖改造",
     metric_alts=["完成清洁取暖改造", "清洁取暖改造户数", "清洁取暖改造户"], **RFLOW)
fact("挽回损失71.4亿元", "71.4亿元", value=71.4e8, unit="CNY", kind="amount",
     metric="为企业清欠账款、挽回损失",
     metric_alts=["挽回损失", "清欠账款", "为企业挽回损失", "清欠账款、挽回损失", "清欠金额",
                  "为企业清欠账款"], **RFLOW)
fact("5个点位36项", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="科技“突围”点位",
     metric_alts=["点位", "科技突围点位", "科技“突围”工程点位", "点位数量"], **RLEVEL,
     note="judgement call: N个点位M项重点任务 = M tasks at N sites, two counts (as "
          "wr_ningxia_2025 6个方面16条经验); the tasks pushed forward in 2024, year-end as alt")
fact("36项重点任务", "36项", value=36, unit="count", kind="count", classifier="项",
     metric="科技“突围”重点任务",
     metric_alts=["重点任务", "科技突围重点任务", "重点任务数量", "科技“突围”工程重点任务"],
     **RLEVEL)
g.neg("取得一批填补", "一批", VAGUE_NOTE)
fact("承接13个国家重点研发项目", "13个", value=13, unit="count", kind="count",
     classifier="个", metric="承接国家重点研发项目",
     metric_alts=["国家重点研发项目", "国家重点研发计划项目", "承接国家重点研发计划项目",
                  "国家重点研发项目数量"],
     subject_alts=NM_ALTS + ["国家乳业技术创新中心等科研机构和高校、企业", "科研机构和高校、企业"],
     **RFLOW, note="the region's research bodies took on the projects in 2024 → the region as "
                   "subject, the bodies as alt")
MKJ = dict(subject="“蒙科聚”平台", subject_alts=own("蒙科聚平台", "蒙科聚", "“蒙科聚”"))
fact("交易转化2412笔", "2412笔", value=2412, unit="count", kind="count", classifier="笔",
     metric="交易转化",
     metric_alts=["交易转化笔数", "技术交易转化", "成果交易转化", "交易"], **MKJ, **RFLOW,
     note="the platform owns the number (“蒙科聚”平台效果显现，交易转化…)")
fact("2412笔、增长8.7%", "8.7%", value=8.7, unit="%", kind="growth", metric="交易转化",
     metric_alts=["交易转化笔数", "技术交易转化", "成果交易转化", "交易"],
     comparison="yoy", **MKJ, **RFLOW)
fact("成交额增长33.6%", "33.6%", value=33.6, unit="%", kind="growth",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术合同交易额"],
     comparison="yoy", **RFLOW,
     note="judgement call: the region's technology-contract turnover (a statistical "
          "indicator of the region), the platform as subject alt",
     subject_alts=NM_ALTS + ["“蒙科聚”平台", "蒙科聚平台"])
NET = "净增 distributes over the list; " + NET_NOTE
fact("科技型中小企业853家", "853家", value=853, unit="count", kind="count", classifier="家",
     metric="科技型中小企业增量",
     metric_alts=["科技型中小企业", "净增科技型中小企业", "科技型中小企业净增",
                  "科技型中小企业数量增量"], **RFLOW, note=NET)
fact("高新技术企业97家", "97家", value=97, unit="count", kind="count", classifier="家",
     metric="高新技术企业增量",
     metric_alts=["高新技术企业", "净增高新技术企业", "高新技术企业净增", "高新技术企业数量增量"],
     **RFLOW, note=NET)
fact("科技领军企业20家", "20家", value=20, unit="count", kind="count", classifier="家",
     metric="科技领军企业增量",
     metric_alts=["科技领军企业", "净增科技领军企业", "科技领军企业净增", "科技领军企业数量增量"],
     **RFLOW, note=NET)
fact("新增45个", "45个", value=45, unit="count", kind="count", classifier="个",
     metric="博士硕士学位授权点",
     metric_alts=["新增博士硕士学位授权点", "学位授权点", "博士硕士学位授权点数量",
                  "博士硕士学位授权点增量", "博士硕士学位授权点数量增量"], **RFLOW,
     note=NEW_NOTE)
fact("11个学科专业", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="实现博士点从无到有的学科专业",
     metric_alts=["学科专业", "博士点从无到有的学科专业", "实现博士点从无到有学科专业",
                  "学科专业数量"], **RFLOW,
     note="the predicate 实现博士点从无到有 defines the counted set → in the metric")
fact("2个项目获", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="获国家科技进步二等奖项目",
     metric_alts=["获奖项目", "项目", "国家科技进步二等奖项目", "获国家科技进步奖项目",
                  "获国家科技进步二等奖的项目"], **RFLOW,
     note="the award defines the counted set → in the metric")
g.neg("科技进步二等奖", "二等奖", "award grade 二等奖 (second-class prize), a label, not a "
      "rank of the region")
fact("全国排名上升4位", "4位", value=4, unit="rank", kind="rank", scope="全国",
     metric="区域创新能力全国排名上升位次",
     metric_alts=["区域创新能力排名上升位次", "区域创新能力全国排名", "区域创新能力排名",
                  "区域创新能力", "创新能力排名上升位次"], **RFLOW,
     note="places gained (上升N位), kind rank with the value as written (as wr_shanxi_2025 "
          "排名上升5位)")
fact("复制推广223项", "223项", value=223, unit="count", kind="count", classifier="项",
     metric="国家层面制度创新成果",
     metric_alts=["复制推广国家层面制度创新成果", "制度创新成果", "复制推广制度创新成果",
                  "国家层面制度创新成果数量"], **RFLOW)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_neimenggu_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not "
    "moved), sliced by code: the dateline, the address, the heading 一、2024年工作回顾, the "
    "opening paragraph of the review (过去一年…: GDP, industry, grain, new energy, energy "
    "intensity, investment, computing) and the two 一年来 paragraphs (“五大任务”: ecology, "
    "safety and debt, energy and resources, agriculture, opening; “六个工程”: policies, "
    "desert control and wind/solar, heating, credit, science, free-trade zone). Part of the "
    "report: the start of part 一、2024年工作回顾, the review of 2024. Title is outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-14, "
    "the delivery date in the dateline (line 1 of the excerpt: ——2025年1月14日自治区人民政府"
    "主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上的讲话; the corpus meta leaves the "
    "date as 2025 and says the text has none, but the dateline states it; wr_neimenggu_2025 "
    "uses the same date). Place: 内蒙古自治区 (内蒙古, 全区, 我区, 自治区 → alts); the "
    "“蒙科聚”平台 owns its transactions (2412笔, 8.7%); 黄河干流, 自治区党委 and the research "
    "bodies are subject alts. Periods: line 5 opens with 过去一年, lines 6 and 7 with 一年来 "
    "(both = 2024, governing their line; null as alt); the target 三年引资1万亿元 → its own "
    "window 2023-2025 (reached 提前一年), the review year and null as alts; stocks (新能源"
    "装机, 算力规模, 已开工 projects) → instant 2024-12-31 with the year and null as alts; "
    "streaks (连续5年, 二十一连丰) with their own span as alt. Modality: 预计 governs up to "
    "the next ； or 。 (GDP 6%/2.6万亿元/第20位; coal 12.9亿吨, 8.3亿吨, 34.5%, 8000亿度, 3150亿度, "
    "16%, 第1位; ports 1.2亿吨, 2000亿元, 50%) → forecast; 有望 → forecast (排名上升3位, 第14位, "
    "1个盟市本级, 10个旗县); 1万亿元 引资目标 → target; the rest actual. Units: 万亿元 1e12; "
    "千亿元 1e11; 亿斤/斤 × 0.0005 t; 亿千瓦/万千瓦 → W; 亿度 → kWh; 万P kept as P; 万公里 → m; "
    "平方米 → m2; 亩 → mu. Judgement calls: 提前一年 ×3 → 1-year durations (as wr_shanxi_2025); "
    "破亿 → 1e11 W gt (unit from 1.35亿千瓦; shared check_gold.py reads the span 亿 as 1e8, a "
    "known false alarm); 二十一连丰 → count 21 (classifier 连丰, as 八连增 in wr_china_2012); "
    "上升3位/4位 → rank values as written; 完成年度目标任务的113%/220%/148% → shares; 压降66.5%/"
    "80% → growth −66.5/−80 (yoy by default); 跨过万亿元大关 → gt, actual (after the ；); "
    "均居全国第1位 / 稳居全国第1位 → one rank fact each over several metrics; 5个点位36项 and "
    "86个…74个 → two counts each; 亩均产量提高24.2斤 → absolute change (增量) in t. Negatives: "
    "2025年1月14日, 第十四届, 第三次, 一、, 2024年, 过去一年, 两件大事, 六个工程 ×2, 时隔5年, "
    "第十一次, 十四五 ×2, 三年 (引资 window), 一年来 ×2, 五大任务 ×2, 三科, 一年 (通过一年努力), "
    "三北, 一湖两海, Ⅱ类, 双下降, 三保, 清零, 五位一体, 首张, 一批 ×2, 单产, 二连浩特, 新三样, "
    "16号, 二等奖, 老百姓. Lexicalized, not listed: 单位 (单位GDP能耗), 清单, 一体 (一体化).")

g.write(date=REF, source=f"shared/texts/work_report/wr_neimenggu_2025.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
