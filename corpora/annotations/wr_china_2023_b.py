"""Gold annotations for wr_china_2023_b (2023年中华人民共和国国务院政府工作报告, the review of the
five years 2018-2022), lines 17-30 of shared/texts/work_report/wr_china_2023.txt.

The excerpt corpora/wr_china_2023_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): the eight ——… headline
paragraphs of the five-year review (经济发展, 脱贫攻坚, 科技创新, 经济结构, 基础设施, 改革开放,
生态环境, 人民生活), the lines on the Winter Olympics and on the epidemic, 各位代表！, the
bridging line 五年来…主要做了以下工作。, review item （一） (macro policy) and its fiscal
paragraph (坚持实施积极的财政政策…).  All of it lies in part 一、过去一年和五年工作回顾, in the
review of the five years (source line 16 过去五年极不寻常… on); lines 6-14 (the review of
2022) are annotated in wr_china_2023 (no overlap).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2023_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_2023_b"
PLACE = "中国"
REF = "2023-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_2023.txt"
FIRST, LAST = 17, 30                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2023年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——经济发展再上新台阶。", ends="全国财政支出70%以上用于民生。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022 / wr_china_2023)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2023-03-05; 去年 = 2022, 今年 = 2023) ---------------------------
# The excerpt lies in the review of the five years of the outgoing government (part
# 一、过去一年和五年工作回顾; the five-year review opens at source line 16 with 过去五年…, outside
# the excerpt).  The term began at the 1st session of the 13th NPC (March 2018), so 过去五年 /
# 五年来 / 五年 = the statistical years 2018-2022 (as wr_china_2018 reads its 过去五年 as
# 2013-2017 and wr_china_2013 as 2008-2012).  The ——… headline lines (excerpt lines 1-8) and
# lines 13-14 (item （一）, fiscal paragraph) state no period before most of their numbers:
# they take the section frame, the five years (period text 五年来, the excerpt's own word for
# them, line 12 of the excerpt; 过去五年 of the heading and of source line 16 lies outside),
# null as alt (SPEC §4).  Within the frame, as wr_china_2018:
#   - 年均 growth, five-year totals and levels held in every year (连年, 控制在) → the span;
#   - from/to pairs 从X提高到Y with no year written: X is the level before the span, Y the
#     level at its end.  Flows and ratios of flows (研发投入强度, 地表水优良水体比例, 新增劳动力
#     受教育年限) → the years 2017 and 2022; stocks and rates of stocks (城镇化率, 运营里程, a
#     tax rate or threshold in force) → the instants 2017-12-31 and 2022-12-31; the span and
#     null as alts;
#   - levels reached at the end of the span (增加到, 突破, 达到, 提高到 without a start) → a flow:
#     the year 2022; a stock: the instant 2022-12-31 (stock rule); the span and null as alts.
# Explicit periods: 五年 (五年年均增长, 五年总体赤字率, 五年累计) → the span, its own dates;
# 十年 (十年增加近70万亿元、年均增长6.2%; 十年接近翻一番) → the ten years 2013-2022 (the change
# from the 2012 level to the 2022 level; GDP 54 → 121万亿元); 八年 (经过八年持续努力, the
# poverty campaign) → 2013-2020 (the campaign since the 18th Party Congress, completed at
# the end of 2020); the literal eight full years before the reference year (2015-2022), the
# five-year frame and null as alts.
def span(txt, a, b):
    return P(txt, a, b)


def five(txt):
    return P(txt, "2018-01-01", "2022-12-31")


def end5(txt):
    return P(txt, "2022-12-31", "2022-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow5(txt, *extra):
    return dict(period=five(txt), period_alts=[null(txt), *extra])


def stock5(txt):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt)])


def last_year(txt):
    return dict(period=year(txt, 2022), period_alts=[end5(txt), five(txt), null(txt)])


def from_flow(txt):
    return dict(period=year(txt, 2017),
                period_alts=[P(txt, "2018-01-01", "2018-01-01"),
                             P(txt, "2017-12-31", "2017-12-31"), five(txt), null(txt)])


def to_flow(txt):
    return last_year(txt)


def from_stock(txt):
    return dict(period=P(txt, "2017-12-31", "2017-12-31"),
                period_alts=[P(txt, "2018-01-01", "2018-01-01"), five(txt), null(txt)])


def to_stock(txt):
    return dict(period=end5(txt), period_alts=[year(txt, 2022), five(txt), null(txt)])


S = "五年来"
W = "五年"
TEN = P("十年", "2013-01-01", "2022-12-31")
TEN_FLOW = dict(period=TEN, period_alts=[null("十年")])
EIGHT = dict(period=P("八年", "2013-01-01", "2020-12-31"),
             period_alts=[P("八年", "2015-01-01", "2022-12-31"), five("八年"), null("八年")])

FRAME_NOTE = ("its line states no period before it: section frame, the five years 2018-2022 "
              "of the review (period text 五年来, the excerpt's own word for the five years, "
              "source line 28; 过去五年 of the heading and source line 16 lies outside the "
              "excerpt), null as alt")
FROM_FLOW_NOTE = ("start of a from/to pair with no year written: the level before the five "
                  "years, a flow (or ratio of flows) → the year 2017 (alts: the span's start "
                  "instant, the end of 2017, the span, null)")
TO_FLOW_NOTE = ("end of the pair / a level reached at the end of the five years, a flow (or "
                "ratio of flows) → the year 2022 (alts: the instant 2022-12-31, the span, null)")
FROM_STOCK_NOTE = ("start of a from/to pair with no year written: a stock (or a rate of a "
                   "stock, a standard in force) before the five years → the instant 2017-12-31 "
                   "(alts: the span's start instant, the span, null)")
TO_STOCK_NOTE = ("end of the pair: the stock at the end of the five years → the instant "
                 "2022-12-31 (stock rule; alts: the year 2022, the span, null)")
STOCK_NOTE = ("a stock under the five-year frame 2018-2022: instant at 2022-12-31 (stock "
              "rule); the span and null in period_alts")
SPAN_NOTE = "a total (or average) over the five years 2018-2022 → the span; " + FRAME_NOTE
AVG_NOTE = ("average annual growth over the five years 2018-2022; comparison = the surface "
            "basis 年均 (as wr_china_2018 / wr_china_2013)")
BASIS_NOTE = ("change over the five years; the basis is not written: the 2017 level before "
              "them → comparison 比2017年 (judgement call, as 比2012年 in wr_china_2018)")
RATE_NOTE = "a tax rate (a rate, not a growth) → share (as wr_china_2019_b)"

GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]

# ==== line 1 (source 17): ——经济发展再上新台阶 ====================================================
fact("国内生产总值增加到121万亿元", "121万亿元", value=121e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **to_flow(S),
     note="万亿元 = 1e12; 增加到 without a start value: the GDP of the span's last year; "
          + TO_FLOW_NOTE + "; " + FRAME_NOTE)
g.neg("五年年均增长5.2%", "五年", PERIOD_NOTE + " (the five years 2018-2022, explicit before "
      "5.2%)")
fact("五年年均增长5.2%", "5.2%", value=5.2, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["国内生产总值年均增速", "经济增长", "GDP年均增速", "年均增速"],
     comparison="年均", period=five(W), period_alts=[null(W)],
     note=AVG_NOTE + "; 五年 explicit")
g.neg("十年增加近70万亿元", "十年", PERIOD_NOTE + " (the ten years 2013-2022: the change from "
      "the 2012 level (54万亿元) to the 2022 level (121万亿元); governs 70万亿元 and 6.2%)")
fact("十年增加近70万亿元", "70万亿元", value=70e12, unit="CNY", kind="amount",
     bound="approx", metric="国内生产总值增量",
     metric_alts=["国内生产总值", "国内生产总值增加", "GDP增量", "经济总量增量", "经济总量增加",
                  "国内生产总值增加额"],
     **TEN_FLOW,
     note="absolute change of a level (增加, SPEC §2 <level>增量); 近 → approx (outside the "
          "span); 十年 = 2013-2022 (explicit); amount facts carry no comparison")
fact("年均增长6.2%", "6.2%", value=6.2, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["国内生产总值年均增速", "经济增长", "GDP年均增速", "年均增速"],
     comparison="年均", **TEN_FLOW,
     note="average annual growth over the ten years 2013-2022 (十年 governs, same clause); "
          "comparison 年均")
REV = ["一般公共预算收入", "全国一般公共预算收入", "财政收入总额", "全国财政收入"]
gov("财政收入增加到20.4万亿元", "20.4万亿元", value=20.4e12, unit="CNY", kind="amount",
    metric="财政收入", metric_alts=REV, **to_flow(S),
    note=TO_FLOW_NOTE + "; " + FRAME_NOTE + "; " + GOV_NOTE)
fact("稳定在1.3万亿斤以上", "1.3万亿斤", value=6.5e8, unit="t", kind="amount", bound="ge",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **flow5(S),
     note="以上 → ge (outside the span); 1.3万亿斤 = 1.3e12 斤 × 0.0005 t = 6.5e8 t (SPEC §3); "
          "a floor held in every year (连年稳定在) → the span (as 一直控制在3%以内 in "
          "wr_china_2018); " + FRAME_NOTE)
fact("工业增加值突破40万亿元", "40万亿元", value=40e12, unit="CNY", kind="amount",
     bound="gt", metric="工业增加值",
     metric_alts=["全部工业增加值", "工业增加值总量", "工业"], **to_flow(S),
     note="突破 → gt (outside the span); the value added of the span's last year (2022); "
          + TO_FLOW_NOTE)
fact("城镇新增就业年均1270多万人", "1270多万人", value=1270e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "年均城镇新增就业", "城镇新增就业年均",
                  "年均新增就业"], **flow5(S),
     note="多 inside the span → gt; an annual average over the five years (年均 stays in the "
          "metric alts, as 年均缩减 in wr_china_2018); " + SPAN_NOTE)
FX = ["外汇储备规模", "外汇储备余额", "国家外汇储备"]
fact("稳定在3万亿美元以上", "3万亿美元", value=3e12, unit="USD", kind="amount", bound="ge",
     metric="外汇储备", metric_alts=FX, **stock5(S),
     note="以上 → ge (outside the span); 万亿美元 → USD × 1e12; reserves are a stock held above "
          "the floor (稳定在) → " + STOCK_NOTE + " (judgement call: the span, in alts, is the "
          "reading of a level held throughout)")

# ==== line 2 (source 18): ——脱贫攻坚任务胜利完成 ==================================================
EIGHT_NOTE = ("经过八年持续努力 governs the line: the eight years of the poverty campaign "
              "2013-2020 (judgement call: the campaign's years, begun after the 18th Party "
              "Congress and completed at the end of 2020; alts: the literal eight full years "
              "before the reference year 2015-2022, the five-year frame, null)")
g.neg("经过八年持续努力", "八年", PERIOD_NOTE + " (the eight years of the poverty campaign, "
      "2013-2020; governs the line), not a duration fact (as 近三年来, README §2)")
fact("近1亿农村贫困人口", "1亿", value=1e8, unit="count", kind="count", classifier="人",
     bound="approx", metric="实现脱贫的农村贫困人口",
     metric_alts=["农村贫困人口实现脱贫", "脱贫人口", "农村贫困人口", "减贫人口",
                  "实现脱贫农村贫困人口", "农村贫困人口脱贫"],
     **EIGHT,
     note="近 → approx (outside the span); no measure word (1亿 + noun 农村贫困人口): 人 "
          "implied; the predicate 实现脱贫 defines the counted people; " + EIGHT_NOTE)
fact("全国832个贫困县", "832个", value=832, unit="count", kind="count", classifier="个",
     metric="摘帽贫困县",
     metric_alts=["贫困县", "贫困县摘帽", "贫困县数量", "摘帽的贫困县", "全国贫困县"],
     **EIGHT, note="all 832 poor counties taken off the list (全部摘帽) over the campaign; "
                   + EIGHT_NOTE)
fact("960多万贫困人口", "960多万", value=960e4, unit="count", kind="count", classifier="人",
     bound="gt", metric="易地搬迁贫困人口",
     metric_alts=["易地扶贫搬迁", "易地扶贫搬迁人口", "易地搬迁人口", "实现易地搬迁的贫困人口",
                  "易地搬迁", "贫困人口易地搬迁"],
     **EIGHT,
     note="多 inside the span → gt; no measure word: 人 implied; " + EIGHT_NOTE)

# ==== line 3 (source 19): ——科技创新成果丰硕 ======================================================
RD = ["研发经费投入强度", "研发投入强度", "全社会研发投入强度", "R&D经费投入强度",
      "研发经费占国内生产总值比重"]
fact("投入强度从2.1%提高", "2.1%", value=2.1, unit="%", kind="share",
     metric="全社会研发经费投入强度", metric_alts=RD, **from_flow(S),
     note="R&D spending as a share of GDP (a ratio of two flows of a year) → share; "
          + FROM_FLOW_NOTE + "; " + FRAME_NOTE)
fact("提高到2.5%以上", "2.5%", value=2.5, unit="%", kind="share", bound="ge",
     metric="全社会研发经费投入强度", metric_alts=RD, **to_flow(S),
     note="以上 → ge (outside the span); " + TO_FLOW_NOTE)
fact("科技进步贡献率提高到60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="科技进步贡献率",
     metric_alts=["科技进步对经济增长的贡献率", "科技进步贡献率水平", "科技进步对经济增长贡献率"],
     **to_flow(S),
     note="以上 → ge (outside the span); 提高到 without a start value: the level reached at the "
          "end of the five years; " + TO_FLOW_NOTE)

# ==== line 4 (source 20): ——经济结构进一步优化 ====================================================
MFG_NOTE = ("分别: 高技术制造业 ↔ 10.6%, 装备制造业 ↔ 7.9%; 增加值 shared (README §3); "
            + AVG_NOTE + "; " + FRAME_NOTE)
fact("年均分别增长10.6%", "10.6%", value=10.6, unit="%", kind="growth",
     metric="高技术制造业增加值",
     metric_alts=["高技术制造业", "高技术制造业增加值年均增速", "高技术制造业年均增速"],
     comparison="年均", **flow5(S), note=MFG_NOTE)
fact("10.6%、7.9%", "7.9%", value=7.9, unit="%", kind="growth", metric="装备制造业增加值",
     metric_alts=["装备制造业", "装备制造业增加值年均增速", "装备制造业年均增速"],
     comparison="年均", **flow5(S), note=MFG_NOTE)
fact("比重达到17%以上", "17%", value=17, unit="%", kind="share", bound="ge",
     metric="新产业新业态新模式增加值占国内生产总值的比重",
     metric_alts=["新产业新业态新模式增加值占国内生产总值比重", "“三新”经济增加值占GDP比重",
                  "新产业新业态新模式增加值占比", "新产业新业态新模式增加值比重",
                  "新产业新业态新模式增加值占GDP比重", "三新经济增加值占GDP比重"],
     **to_flow(S),
     note="达到 → eq on the verb, 以上 → ge (outside the span); a share of the year's GDP "
          "(a ratio of flows) reached at the end of the five years → " + TO_FLOW_NOTE)
URB = ["常住人口城镇化率", "城镇化水平", "人口城镇化率"]
fact("城镇化率从60.2%提高", "60.2%", value=60.2, unit="%", kind="share", metric="城镇化率",
     metric_alts=URB, **from_stock(S), note=FROM_STOCK_NOTE)
fact("提高到65.2%", "65.2%", value=65.2, unit="%", kind="share", metric="城镇化率",
     metric_alts=URB, **to_stock(S), note=TO_STOCK_NOTE)

# ==== line 5 (source 21): ——基础设施更加完善 ======================================================
g.neg("一批防汛抗旱", "一批", "vague quantifier 一批 (README §2), not a count")
HSR = ["高速铁路运营里程", "高铁运营里程", "高速铁路里程", "高铁里程", "高速铁路营业里程"]
fact("运营里程从2.5万公里", "2.5万公里", value=2.5e7, unit="m", kind="amount",
     metric="高速铁路运营里程", metric_alts=HSR[1:], **from_stock(S),
     note="万公里 = 1e7 m; the length of the network in operation (a stock); "
          + FROM_STOCK_NOTE + "; " + FRAME_NOTE)
fact("增加到4.2万公里", "4.2万公里", value=4.2e7, unit="m", kind="amount",
     metric="高速铁路运营里程", metric_alts=HSR[1:], **to_stock(S), note=TO_STOCK_NOTE)
HW = ["高速公路通车里程", "高速公路总里程", "高速公路"]
fact("高速公路里程从13.6万公里", "13.6万公里", value=1.36e8, unit="m", kind="amount",
     metric="高速公路里程", metric_alts=HW, **from_stock(S), note=FROM_STOCK_NOTE)
fact("增加到17.7万公里", "17.7万公里", value=1.77e8, unit="m", kind="amount",
     metric="高速公路里程", metric_alts=HW, **to_stock(S), note=TO_STOCK_NOTE)
fact("新建改建农村公路125万公里", "125万公里", value=1.25e9, unit="m", kind="amount",
     metric="新建改建农村公路",
     metric_alts=["农村公路", "新改建农村公路", "新建改建农村公路里程", "农村公路新建改建",
                  "新建、改建农村公路", "农村公路里程增量"], **flow5(S),
     note="万公里 = 1e7 m; roads built or rebuilt over the five years; " + SPAN_NOTE)
fact("新增机场容量4亿人次", "4亿人次", value=4e8, unit="count", kind="count",
     classifier="人次", metric="新增机场容量",
     metric_alts=["机场容量", "机场容量增量", "机场旅客吞吐能力", "新增机场旅客吞吐能力",
                  "机场设计容量", "机场容量增加"], **flow5(S),
     note="人次 is a classifier (SPEC §3): the yearly passenger capacity of the airports "
          "added (a rate: base unit, rate in the metric); 新增 over the five years → the "
          "span; " + FRAME_NOTE)
fact("发电装机容量增长40%以上", "40%", value=40, unit="%", kind="growth", bound="ge",
     metric="发电装机容量",
     metric_alts=["发电装机", "电力装机容量", "装机容量", "发电装机规模"],
     comparison="比2017年", **flow5(S),
     note="以上 → ge (outside the span); " + BASIS_NOTE + "; " + FRAME_NOTE)
g.neg("实现千兆光网覆盖", "千兆", "technology label 千兆光网 'gigabit optical network' (as "
      "千兆光纤 in wr_ningxia_2025_e), not a quantity")

# ==== line 6 (source 22): ——改革开放持续深化 ======================================================
g.neg("共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
TRADE = ["货物进出口", "货物贸易进出口总额", "进出口总额", "外贸进出口", "货物贸易"]
fact("进出口总额年均增长8.6%", "8.6%", value=8.6, unit="%", kind="growth",
     metric="货物进出口总额", metric_alts=TRADE + ["货物进出口总额年均增速"],
     comparison="年均", **flow5(S), note=AVG_NOTE + "; " + FRAME_NOTE)
fact("突破40万亿元并", "40万亿元", value=40e12, unit="CNY", kind="amount", bound="gt",
     metric="货物进出口总额", metric_alts=TRADE, **to_flow(S),
     note="突破 → gt (outside the span); the trade of the span's last year (2022); "
          + TO_FLOW_NOTE)
fact("连续多年居世界首位", "首位", value=1, unit="rank", kind="rank", scope="世界",
     metric="货物进出口总额",
     metric_alts=TRADE + ["货物进出口总额规模", "货物贸易规模", "货物贸易总额",
                          "货物进出口总额排名"],
     period=five(S), period_alts=[null(S), year(S, 2022), end5(S)],
     note="首位 → rank 1 (SPEC §3), scope 世界; judgement call: held in every year of "
          "连续多年 (no numeral) → the five-year frame, the last year 2022, its end and null "
          "as alts; 吸引外资和对外投资居世界前列 after it states no rank number")

# ==== line 7 (source 23): ——生态环境明显改善 ======================================================
ENV_NOTE = BASIS_NOTE + "; " + FRAME_NOTE
fact("能耗下降8.1%", "8.1%", value=-8.1, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "能耗", "单位国内生产总值能源消耗"],
     comparison="比2017年", **flow5(S), note="下降 → negative; " + ENV_NOTE)
g.neg("二氧化碳排放下降", "二氧化碳", "chemical name 二氧化碳 (carbon dioxide), not a quantity "
      "(as nw_cctv_20250916_jilin_heilongjiang_2025)")
fact("二氧化碳排放下降14.1%", "14.1%", value=-14.1, unit="%", kind="growth",
     metric="单位国内生产总值二氧化碳排放",
     metric_alts=["二氧化碳排放", "单位GDP二氧化碳排放", "碳排放强度", "二氧化碳排放强度",
                  "单位国内生产总值二氧化碳排放量"],
     comparison="比2017年", **flow5(S),
     note="下降 → negative; the elided head 单位国内生产总值 restored (README §3), the bare "
          "二氧化碳排放 as alt; " + ENV_NOTE)
PM = ["细颗粒物（PM2.5）平均浓度", "细颗粒物(PM2.5)平均浓度", "细颗粒物平均浓度", "PM2.5平均浓度",
      "PM2.5浓度", "地级及以上城市PM2.5平均浓度", "地级及以上城市细颗粒物平均浓度"]
CITIES = CN + ["地级及以上城市"]
g.neg("细颗粒物（PM2.5）", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity (as cm_luoyang_2023_b)")
fact("平均浓度下降27.5%", "27.5%", value=-27.5, unit="%", kind="growth",
     metric="地级及以上城市细颗粒物（PM2.5）平均浓度", metric_alts=PM,
     subject_alts=CITIES, comparison="比2017年", **flow5(S),
     note="下降 → negative; the cities of prefecture level and above are the set measured "
          "(the country keeps the subject, the set as alt, README §4); " + ENV_NOTE)
fact("重污染天数下降超过五成", "五成", value=-50, unit="%", kind="growth", bound="gt",
     metric="重污染天数",
     metric_alts=["地级及以上城市重污染天数", "重污染天数下降", "重度及以上污染天数"],
     subject_alts=CITIES, comparison="比2017年", **flow5(S),
     note="五成 → 50 % (SPEC §3 八成 → 80), 下降 → negative; 超过 → gt (outside the span) on "
          "the size of the fall (as 均下降20%以上 in wr_china_2018); the cities of the clause "
          "before as subject alt; " + ENV_NOTE + ". check_gold.py may read 五成 as 5")
WQ = ["地表水优良水体比例", "优良水体比例", "地表水优良水质断面比例", "地表水水质优良比例",
      "全国地表水优良水质断面比例", "地表水优良（Ⅰ—Ⅲ类）水体比例"]
fact("水体比例由67.9%上升", "67.9%", value=67.9, unit="%", kind="share",
     metric="全国地表水优良水体比例", metric_alts=WQ, **from_flow(S),
     note="the share of monitored sections of good quality, assessed over a year (a ratio of "
          "the year) → " + FROM_FLOW_NOTE)
fact("上升到87.9%", "87.9%", value=87.9, unit="%", kind="share",
     metric="全国地表水优良水体比例", metric_alts=WQ, **to_flow(S), note=TO_FLOW_NOTE)
g.neg("设立首批5个", "首批", FIRST_NOTE + " (首批 'first batch' of national parks)")
fact("首批5个国家公园", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="国家公园",
     metric_alts=new("国家公园", "设立国家公园", "首批国家公园"), **flow5(S),
     note="parks set up within the five years (2021); 增量 alts (README §3); " + FRAME_NOTE)
fact("自然保护地9000多处", "9000多处", value=9000, unit="count", kind="count",
     classifier="处", bound="gt", metric="自然保护地",
     metric_alts=["各级各类自然保护地", "自然保护地数量", "建立自然保护地", "建立各级各类自然保护地"],
     **stock5(S),
     note="多 inside the span → gt; judgement call: the whole set of protected areas of all "
          "levels and kinds (built up over decades, reorganised in the five years) → a stock: "
          + STOCK_NOTE + "; a count of areas newly set up (the span) is the other reading")

# ==== line 8 (source 24): ——人民生活水平不断提高 ==================================================
fact("可支配收入年均增长5.1%", "5.1%", value=5.1, unit="%", kind="growth",
     metric="全国居民人均可支配收入",
     metric_alts=["居民人均可支配收入", "人均可支配收入", "居民收入", "全国居民人均可支配收入年均增速"],
     comparison="年均", **flow5(S), note=AVG_NOTE + "; " + FRAME_NOTE)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格年均涨幅"]
fact("居民消费价格年均上涨2.1%", "2.1%", value=2.1, unit="%", kind="growth",
     metric="居民消费价格", metric_alts=CPI, comparison="年均", **flow5(S),
     note="上涨 = growth of the price level; " + AVG_NOTE)
EDU = ["新增劳动力受教育年限", "平均受教育年限", "新增劳动力平均受教育年数"]
fact("受教育年限从13.5年提高", "13.5年", value=13.5, unit="year", kind="amount",
     metric="新增劳动力平均受教育年限", metric_alts=EDU, **from_flow(S),
     note="年 → year (a duration, SPEC §3); an average over the year's new entrants to the "
          "labour force (a cohort of the year) → " + FROM_FLOW_NOTE)
fact("提高到14年", "14年", value=14, unit="year", kind="amount",
     metric="新增劳动力平均受教育年限", metric_alts=EDU, **to_flow(S), note=TO_FLOW_NOTE)
PEN = ["基本养老保险参保人数", "基本养老保险覆盖人数", "养老保险参保人数", "基本养老保险"]
fact("参保人数增加1.4亿", "1.4亿", value=1.4e8, unit="count", kind="count", classifier="人",
     metric="基本养老保险参保人数增量",
     metric_alts=PEN + ["基本养老保险参保人数增加", "参保人数增量", "新增参保人数"],
     **flow5(S),
     note="absolute change of a level (增加 → positive, SPEC §2 <level>增量); no measure word "
          "after 1.4亿: 人 (参保人数); " + SPAN_NOTE)
fact("覆盖10.5亿人", "10.5亿人", value=10.5e8, unit="count", kind="count", classifier="人",
     metric="基本养老保险参保人数",
     metric_alts=["基本养老保险覆盖人数", "基本养老保险覆盖", "养老保险覆盖人数", "基本养老保险"],
     **stock5(S), note="people covered (a stock): " + STOCK_NOTE)
SHANTY_NOTE = ("多年累计 (no numeral): a cumulative total over many years, beyond the five → "
               "the stock at the end of the review, instant 2022-12-31 (stock rule), the five-"
               "year span and null as alts (judgement call)")
fact("改造棚户区住房4200多万套", "4200多万套", value=4200e4, unit="count", kind="count",
     classifier="套", bound="gt", metric="改造棚户区住房",
     metric_alts=["棚户区住房改造", "棚户区改造", "棚户区改造住房", "累计改造棚户区住房",
                  "棚改", "棚户区住房改造套数"], **stock5(S),
     note="多 inside the span → gt; " + SHANTY_NOTE)
fact("上亿人出棚进楼", "上亿人", value=1e8, unit="count", kind="count", classifier="人",
     bound="ge", metric="出棚进楼人口",
     metric_alts=["出棚进楼", "出棚进楼人数", "实现安居人口", "棚户区改造受益人口",
                  "出棚进楼的人"], **stock5(S),
     note="上亿 is a lexicalized approximate numeral (SPEC §2 上百/上万 → ge; README §1 the "
          "prefix stays in the span, as 上亿人喜迁新居 in wr_china_2018) → 1e8 ge; the people "
          "moved by the shanty-town renovation of the sentence: " + SHANTY_NOTE)

# ==== line 9 (source 25): 北京冬奥会 (no numerals) ==================================================

# ==== line 10 (source 26): 新冠疫情 (no facts) ======================================================
g.neg("新冠疫情发生三年多来", "三年多来", PERIOD_NOTE + " (since-window of the epidemic, "
      "early 2020 to the reference date; no number follows in the line), not a duration "
      "fact (as 近三年来, README §2)")
g.neg("特别是亿万人民", "亿万", "idiom 亿万人民 'hundreds of millions of people', not a "
      "quantity (as wr_china_2013)")
g.neg("都十分不易", "十分", "adverb 十分 'very', not a quantity (as wr_china_1979)")

# ==== line 12 (source 28): 五年来…主要做了以下工作 (no facts) ========================================
g.neg("五年来，我们深入贯彻", "五年来", PERIOD_NOTE + " (2018-2022; its own line, so it "
      "governs nothing after it)")

# ==== line 13 (source 29): （一）创新宏观调控 (no facts) =============================================
g.neg("（一）创新宏观调控", "（一）", MARKER_NOTE)
g.neg("作为一个有机整体", "一个", "indefinite article 一个 (README §2), not a count")
g.neg("做好“六稳”", "六稳", LABEL_NOTE + " (“六稳”: stable employment, finance, trade, "
      "foreign investment, investment and expectations)")
g.neg("“六保”工作", "六保", LABEL_NOTE + " (“六保”, the six guarantees spelled out after it)")

# ==== line 14 (source 30): 坚持实施积极的财政政策 ===================================================
W5 = five(W)
g.neg("五年总体赤字率", "五年", PERIOD_NOTE + " (the five years 2018-2022, explicit; governs "
      "the clauses after it until 十年)")
DEF = ["总体赤字率", "五年总体赤字率", "赤字率", "财政赤字率", "财政赤字占国内生产总值比重",
       "财政赤字占GDP比重"]
gov("控制在3%以内", "3%", value=3, unit="%", kind="share", bound="le",
    metric="总体赤字率", metric_alts=DEF[1:], period=W5,
    period_alts=[null(W)],
    note="以内 → le (outside the span); the deficit over the five years as a share of their "
         "GDP (a ratio of flows over the span) → the span, explicit 五年 (a period, so not in "
         "the primary metric; 五年总体赤字率 as alt); " + GOV_NOTE)
gov("负债率控制在50%左右", "50%", value=50, unit="%", kind="share", bound="approx",
    metric="政府负债率",
    metric_alts=["政府债务率", "政府债务占国内生产总值比重", "政府债务负担率", "负债率",
                 "政府杠杆率"],
    period=end5(W), period_alts=[W5, year(W, 2022), null(W)],
    note="左右 → approx (outside the span); government debt over GDP (a ratio of a stock) "
         "kept at about 50% at the end of the five years → the instant 2022-12-31 under 五年 "
         "(stock rule); the span, the year 2022 and null as alts; " + GOV_NOTE)
VAT_M = ["增值税税率", "增值税最高税率", "增值税基本税率", "税率", "制造业等行业增值税税率"]
gov("税率从17%降至13%", "17%", value=17, unit="%", kind="share",
    metric="增值税税率", metric_alts=VAT_M[1:], **from_stock(W),
    note=RATE_NOTE + "; the top VAT rate (the one bringing the largest share of VAT revenue "
         "and covering most trades); a rate in force before the five years: "
         + FROM_STOCK_NOTE)
gov("降至13%", "13%", value=13, unit="%", kind="share",
    metric="增值税税率", metric_alts=VAT_M[1:], **to_stock(W),
    note=RATE_NOTE + "; the rate in force after the cuts (13% since April 2019): "
         + TO_STOCK_NOTE)
THR = ["增值税起征点", "小规模纳税人增值税起征点月销售额", "起征点", "增值税起征点月销售额",
       "小规模纳税人增值税起征点（月销售额）"]
gov("月销售额3万元", "3万元", value=3e4, unit="CNY", kind="amount",
    metric="小规模纳税人增值税起征点", metric_alts=THR, **from_stock(W),
    note="the monthly sales threshold below which small-scale taxpayers pay no VAT (a "
         "standard in force) before the five years: " + FROM_STOCK_NOTE)
gov("提高到15万元", "15万元", value=15e4, unit="CNY", kind="amount",
    metric="小规模纳税人增值税起征点", metric_alts=THR, **to_stock(W),
    note="阶段性 (a temporary measure, 15万元 since April 2021): " + TO_STOCK_NOTE)
SME = ["小微企业所得税实际税负率", "小微企业所得税税负率", "实际最低税负率", "最低税负率",
       "小微企业所得税实际最低税负"]
gov("实际最低税负率从10%", "10%", value=10, unit="%", kind="share",
    metric="小微企业所得税实际最低税负率", metric_alts=SME, **from_stock(W),
    note=RATE_NOTE + "; " + FROM_STOCK_NOTE)
gov("降至2.5%", "2.5%", value=2.5, unit="%", kind="share",
    metric="小微企业所得税实际最低税负率", metric_alts=SME, **to_stock(W),
    note=RATE_NOTE + "; " + TO_STOCK_NOTE)
g.neg("五年累计减税", "五年", PERIOD_NOTE + " (the five years 2018-2022, explicit: 五年累计)")
CUM = dict(period=W5, period_alts=[null(W), end5(W)])
CUM_NOTE = ("五年累计: a total over the five years 2018-2022 (explicit) → the span, the stock "
            "reading (the cumulative figure at the end of 2022) and null as alts; " + GOV_NOTE)
gov("累计减税5.4万亿元", "5.4万亿元", value=5.4e12, unit="CNY", kind="amount",
    metric="减税",
    metric_alts=["累计减税", "五年累计减税", "减税规模", "减税金额", "减税降费"], **CUM,
    note=CUM_NOTE)
gov("降费2.8万亿元", "2.8万亿元", value=2.8e12, unit="CNY", kind="amount",
    metric="降费",
    metric_alts=["累计降费", "五年累计降费", "降费规模", "降费金额", "减税降费"], **CUM,
    note="verb 累计 shared; " + CUM_NOTE)
g.neg("千方百计惠企裕民", "千方百计", "idiom 千方百计 'by every possible means', not a "
      "quantity")
fact("超过1100万户", "1100万户", value=1100e4, unit="count", kind="count", classifier="户",
     bound="gt", metric="新增涉税企业和个体工商户",
     metric_alts=["年均新增涉税企业和个体工商户", "新增涉税经营主体", "新增涉税市场主体",
                  "涉税企业和个体工商户", "新增涉税企业和个体工商户数量",
                  "涉税企业和个体工商户增量"],
     period=W5, period_alts=[null(W)],
     note="超过 → gt (outside the span); an annual average (年均, in the metric alts) over "
          "the five years: 五年 earlier in the line governs (the span)")
g.neg("全国财政收入十年", "十年", PERIOD_NOTE + " (the ten years 2013-2022; replaces 五年 for "
      "the rest of the line)")
gov("十年接近翻一番", "翻一番", value=2, unit="times", kind="ratio", bound="approx",
    metric="全国财政收入",
    metric_alts=["财政收入", "全国财政收入增长倍数", "一般公共预算收入", "财政收入规模"],
    period=TEN, period_alts=[null("十年"), year("十年", 2022)],
    note="翻一番 'doubled' → the 2022 level is about 2 times the 2012 level: a multiple, kind "
         "ratio 2 times (as nw_cctv_20160918_heilongjiang_2016); 接近 → approx (outside the "
         "span); the basis (2012) is not written as comparison, which README §6 keeps null "
         "for ratio facts; 十年 = 2013-2022 (explicit), the year 2022 as alt; 考虑留抵退税因素 "
         "(counting the 2022 VAT refunds) qualifies it. check_gold.py reads 翻一番 as 1 "
         "(known)")
TRANSFER_NOTE = ("judgement call on the period: 十年 (of the clause before) literally "
                 "governs the rest of the line (SPEC §4), but this is the five-year review's "
                 "fiscal record; the reading the report intends is taken as gold and the "
                 "literal ten-year inheritance kept as alt")
gov("转移支付占比提高到70%左右", "70%", value=70, unit="%", kind="share", bound="approx",
    metric="对地方转移支付占中央一般公共预算支出比重",
    metric_alts=["转移支付占比", "对地方转移支付占比", "中央对地方转移支付占比",
                 "中央一般公共预算支出中对地方转移支付占比", "转移支付占中央支出比重",
                 "中央对地方转移支付占中央一般公共预算支出比重"],
    period=year(S, 2022), period_alts=[end5(S), five(S), TEN, null(S)],
    note="左右 → approx (outside the span); 提高到 without a start value: the share of the "
         "central budget spending of the span's last year (a ratio of flows) → the year "
         "2022; " + TRANSFER_NOTE + "; " + GOV_NOTE)
fact("财政支出70%以上用于民生", "70%", value=70, unit="%", kind="share", bound="ge",
     metric="财政支出用于民生比重",
     metric_alts=["民生支出占财政支出比重", "民生支出占比", "用于民生的财政支出占比",
                  "财政支出中民生支出比重", "民生支出比重", "全国财政支出用于民生比重"],
     subject_alts=CN + GOV + ["各级政府"],
     period=five(S), period_alts=[null(S), TEN],
     note="以上 → ge (outside the span); the share held in each year of the review → the "
          "five-year span; " + TRANSFER_NOTE + "; all levels of government → 中国 (各级政府 "
          "as alt)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut; it is longer than the usual 2,000-2,500 characters because the brief fixes the "
    "lines). It lies in part 一、过去一年和五年工作回顾, in the review of the five years "
    "2018-2022 (source line 16 过去五年极不寻常… opens it, outside the excerpt): the eight "
    "——… headline lines (经济发展, 脱贫攻坚, 科技创新, 经济结构, 基础设施, 改革开放, 生态环境, "
    "人民生活), the lines on the Winter Olympics and the epidemic, 各位代表！, 五年来…主要做了以下"
    "工作。, item （一） (macro policy) and its fiscal paragraph. Lines 6-14 (the 2022 review) "
    "are annotated in wr_china_2023 (no overlap). Title, dateline and speaker are outside the "
    "excerpt; the title is the corpus meta title (the source's first line reads only 政府工作"
    "报告), title_in_text=False. Date: 2023-03-05, the delivery date in the dateline (source "
    "line 2: ——2023年3月5日在第十四届全国人民代表大会第一次会议上); the corpus meta agrees. "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central government's own "
    "acts (财政收入, tax rates and thresholds, 减税/降费, 赤字率, 负债率, 转移支付, 翻一番) add "
    "中央政府/国务院/中央财政; the cities (PM2.5, 重污染天数) add 地级及以上城市. Periods: the "
    "five-year review: 过去五年/五年来/五年 = 2018-01-01..2022-12-31 (the statistical years of "
    "the government's term since the March 2018 NPC, as wr_china_2018 reads 2013-2017). Lines "
    "without a period before their numbers take that frame (period text 五年来, the "
    "excerpt's own word for the five years, as 过去五年 lies outside it; null as "
    "alt): 年均 growth, five-year totals and levels held throughout → the span; from/to pairs "
    "without years → the year 2017 and the year 2022 for flows and ratios of flows (研发投入"
    "强度, 地表水优良水体比例, 新增劳动力受教育年限), the instants 2017-12-31 and 2022-12-31 for "
    "stocks, rates of stocks and standards in force (城镇化率, 高铁/高速公路里程, 增值税税率, "
    "起征点, 最低税负率); levels reached (增加到/突破/达到 without a start) → the year 2022 for "
    "flows (GDP 121万亿元, 财政收入, 工业增加值, 进出口, 比重), the instant 2022-12-31 for stocks "
    "(外汇储备, 养老保险覆盖, 自然保护地, 棚改 累计); the span and null always as alts. Explicit: "
    "五年 (五年年均, 五年总体赤字率, 五年累计) → the span; 十年 → 2013-2022 (GDP 增加近70万亿元, "
    "年均6.2%; 财政收入翻一番); 经过八年 → 2013-2020 (the poverty campaign; the literal 2015-2022, "
    "the frame and null as alts). Modality: actual throughout. Units: 万亿元 1e12; 万亿美元 → "
    "USD; 万亿斤 × 0.0005 t; 万公里 1e7 m; 亿人次 → count (人次); 年 → year; 五成 → 50 %; 翻一番 → "
    "2 times. Comparisons: 年均 for average growth; 比2017年 for the five-year changes "
    "without a written basis (发电装机容量, 能耗, 二氧化碳排放, PM2.5, 重污染天数; judgement call, "
    "as 比2012年 in wr_china_2018). Judgement calls: 外汇储备稳定在3万亿美元以上 → stock at "
    "2022-12-31 (span as alt); 粮食产量连年稳定在1.3万亿斤以上 → the span; 连续多年居世界首位 → "
    "rank 1 over the span; 自然保护地9000多处 → a stock; 多年累计 棚改 4200多万套 and 上亿人 → "
    "instant 2022-12-31; 八年 → the campaign 2013-2020; 政府负债率 → instant 2022-12-31; the "
    "two 70% shares after 十年 → the five-year reading as gold, the literal ten-year "
    "inheritance as alt; 新增机场容量4亿人次 → a count (人次) of yearly capacity added; "
    "全国财政收入十年接近翻一番 → ratio 2 approx. Negatives: 五年 ×3, 十年 ×2, 八年, 一批, "
    "千兆, 一带一路, 二氧化碳, PM2.5, 首批, 三年多来, 亿万, 五年来, （一）, 一个, 六稳, 六保, "
    "千方百计, 十分. Lexicalized, not listed: 进一步 ×2, 一些, 一般 (一般公共预算, 一般性支出), 单位 "
    "(单位国内生产总值).")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_2023.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
