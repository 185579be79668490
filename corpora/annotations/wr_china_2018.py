"""Gold annotations for wr_china_2018 (2018年中华人民共和国国务院政府工作报告), lines 3-15 of
shared/texts/work_report/wr_china_2018.txt.

The excerpt corpora/wr_china_2018.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、过去五年工作回顾, the opening paragraph
(第十二届全国人民代表大会第一次会议以来的五年…), the six headline paragraphs of the five
years 2013-2017 (五年来，经济实力… / 经济结构… / 创新驱动… / 改革开放… / 人民生活… /
生态环境…), the 2017 results (刚刚过去的2017年…), the two bridging lines (过去五年取得的…,
五年来…主要做了以下工作。), review item （一） (macro policy) and its fiscal and monetary
paragraph (坚持实施积极的财政政策和稳健的货币政策…).  It is the number-dense part of the
five-year review (56 facts in 2,470 characters); adding the next line (16, item （二）'s
heading) would make 2,560, and a run starting after the headline paragraphs (lines 15-20,
2,039) holds about half as many numbers.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2018.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2018"
PLACE = "中国"
REF = "2018-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 15                     # 1-based, inclusive, whole lines
TITLE = "2018年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、过去五年工作回顾", ends="维护了国家经济金融安全。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2018-03-05; 去年 = 2017, 今年 = 2018) ---------------------------
# The review covers the five years since the 1st session of the 12th NPC (March 2013), i.e.
# the statistical years 2013-2017 (过去五年 / 五年来), as wr_china_2013 reads its 过去五年 as
# 2008-2012.  Lines 3-4 (heading, opening) have no fact.  Lines 5-10 each open with 五年来,
# which governs its line (period text 五年来, 2013-01-01..2017-12-31, null as alt):
#   - 年均 growth, five-year totals (城镇新增就业, 转移人口, 搬迁, 改造, 增加, 减少) and averages
#     over the span (对世界经济增长贡献率) → the span;
#   - from/to pairs 从X增加到Y / 由X提高到Y with no year written: X is the level before the
#     span, Y the level at its end (SPEC §4: a pair's ends are their own values).  Flows and
#     ratios of flows (GDP, 财政收入, 比重 of output, 贡献率, 日均新设企业, 出境旅游人次) →
#     the years 2012 and 2017; rates of a stock (城镇化率, 贫困发生率) → the instants
#     2012-12-31 and 2017-12-31 (as wr_china_2013: 2007 / 2012); the span and null as alts;
#   - levels reached (达到, 覆盖, N亿多人口) → the instant 2017-12-31 (stock rule), the span
#     and null as alts; a period measure reached (人均预期寿命) and the rank of a flow
#     (研发投入规模 第二位) → the year 2017, the instant, span and null as alts.
# Line 11 opens with 刚刚过去的2017年: it governs the line (the 2017 results; period text
# 2017年).  Lines 12-13 are bridging lines with no number.  Lines 14-15 (item （一）) state
# no period before their numbers: they take the section frame, the five years of the heading
# 一、过去五年工作回顾 (period text 过去五年, null as alt).
def five(txt):
    return P(txt, "2013-01-01", "2017-12-31")


def flow5(txt, *extra):
    return dict(period=five(txt), period_alts=[null(txt), *extra])


def end5(txt):
    return P(txt, "2017-12-31", "2017-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def stock5(txt):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt)])


def from_flow(txt):
    return dict(period=year(txt, 2012),
                period_alts=[P(txt, "2013-01-01", "2013-01-01"),
                             P(txt, "2012-12-31", "2012-12-31"), five(txt), null(txt)])


def to_flow(txt):
    return dict(period=year(txt, 2017), period_alts=[end5(txt), five(txt), null(txt)])


def from_stock(txt):
    return dict(period=P(txt, "2012-12-31", "2012-12-31"),
                period_alts=[P(txt, "2013-01-01", "2013-01-01"), five(txt), null(txt)])


def to_stock(txt):
    return dict(period=end5(txt), period_alts=[year(txt, 2017), five(txt), null(txt)])


def last_year(txt):
    return dict(period=year(txt, 2017), period_alts=[end5(txt), five(txt), null(txt)])


W = "五年来"
FROM_FLOW_NOTE = ("start of a from/to pair with no year written: the level before the five "
                  "years, a flow (or ratio of flows) → the year 2012 (alts: the span's start "
                  "instant, the end of 2012, the span, null)")
TO_FLOW_NOTE = ("end of the pair: the level of the span's last year, a flow → the year 2017 "
                "(alts: the instant 2017-12-31, the span, null)")
FROM_STOCK_NOTE = ("start of a from/to pair with no year written: the rate of a stock before "
                   "the five years → the instant 2012-12-31 (alts: the span's start instant, "
                   "the span, null)")
TO_STOCK_NOTE = ("end of the pair: the rate of a stock at the end of the five years → the "
                 "instant 2017-12-31 (stock rule; alts: the year 2017, the span, null)")
STOCK_NOTE = ("a level reached under the five-year frame 2013-2017: instant at 2017-12-31 "
              "(stock rule); the span and null in period_alts")
SPAN_NOTE = "a total over the five years 2013-2017 (五年来 governs the line)"
AVG_NOTE = ("average annual growth over 五年来 = 2013-2017; comparison = the surface basis 年均 "
            "(as wr_china_2013)")
BASIS_NOTE = ("change over the five years; the basis is not written: the 2012 level before "
              "them → comparison 比2012年 (judgement call, as 比2007年 in wr_china_2013)")

# ---- line 1 (source 3): heading ---------------------------------------------------------------
g.neg("一、过去五年工作回顾", "一、", MARKER_NOTE)
g.neg("一、过去五年工作回顾", "过去五年", PERIOD_NOTE + " (heading of the review: the five "
      "years 2013-2017; the period text of the review facts without a period of their own)")

# ---- line 2 (source 4): opening (no facts) ---------------------------------------------------
g.neg("第十二届全国人民代表大会", "第十二届", "session label (第十二届全国人民代表大会 'the 12th "
      "NPC'), not a quantity (SPEC §1 congress labels)")
g.neg("代表大会第一次会议", "第一次", "session label (第一次会议 'the 1st session'), not a count")
g.neg("会议以来的五年", "五年", PERIOD_NOTE + " (the five years since March 2013 = 2013-2017; "
      "no number follows in the line)")
g.neg("极不平凡的五年", "五年", PERIOD_NOTE + " (the same five years), not a duration fact")
g.neg("“五位一体”", "五位一体", LABEL_NOTE + " (“五位一体”总体布局)")
g.neg("“四个全面”", "四个全面", LABEL_NOTE + " (“四个全面”战略布局), not a count")
g.neg("党的十九大", "十九大", "congress label 十九大 (SPEC §1)")
g.neg("“十二五”规划", "十二五", "plan name 十二五 (SPEC §1)")
g.neg("“十三五”规划", "十三五", "plan name 十三五 (SPEC §1)")

# ---- line 3 (source 5): 五年来，经济实力跃上新台阶 ------------------------------------------------
g.neg("五年来，经济实力", "五年来", PERIOD_NOTE + " (2013-2017, governs the line)")
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值从54万亿元", "54万亿元", value=54e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **from_flow(W),
     note="万亿元 = 1e12; " + FROM_FLOW_NOTE)
fact("增加到82.7万亿元", "82.7万亿元", value=82.7e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **to_flow(W), note=TO_FLOW_NOTE)
fact("年均增长7.1%", "7.1%", value=7.1, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["国内生产总值年均增速", "经济增长", "GDP年均增速", "年均增速"],
     comparison="年均", **flow5(W), note=AVG_NOTE)
WSH = ["占世界经济比重", "国内生产总值占世界经济比重", "经济总量占世界经济比重",
       "占世界经济的比重", "经济总量占世界比重", "中国经济占世界经济比重"]
fact("比重从11.4%提高", "11.4%", value=11.4, unit="%", kind="share",
     metric="经济总量占世界经济比重", metric_alts=WSH, **from_flow(W),
     note="China's output as a share of the world's (a ratio of flows); " + FROM_FLOW_NOTE)
fact("提高到15%左右", "15%", value=15, unit="%", kind="share", bound="approx",
     metric="经济总量占世界经济比重", metric_alts=WSH, **to_flow(W),
     note="左右 → approx (outside the span); " + TO_FLOW_NOTE)
fact("贡献率超过30%", "30%", value=30, unit="%", kind="share", bound="gt",
     metric="对世界经济增长贡献率",
     metric_alts=["对世界经济增长的贡献率", "世界经济增长贡献率", "经济增长对世界经济增长贡献率",
                  "贡献率"], **flow5(W),
     note="超过 → gt (outside the span); the share of world growth contributed over the five "
          "years (an average over the span) → the span")
REV = ["一般公共预算收入", "全国一般公共预算收入", "财政收入总额"]
gov("财政收入从11.7万亿元", "11.7万亿元", value=11.7e12, unit="CNY", kind="amount",
    metric="财政收入", metric_alts=REV, **from_flow(W), note=FROM_FLOW_NOTE)
gov("增加到17.3万亿元", "17.3万亿元", value=17.3e12, unit="CNY", kind="amount",
    metric="财政收入", metric_alts=REV, **to_flow(W), note=TO_FLOW_NOTE)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅",
       "居民消费价格年均涨幅"]
fact("年均上涨1.9%", "1.9%", value=1.9, unit="%", kind="growth", metric="居民消费价格",
     metric_alts=CPI, comparison="年均", **flow5(W),
     note="上涨 = growth of the price level; " + AVG_NOTE)
fact("城镇新增就业6600万人", "6600万人", value=6600e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **flow5(W),
     note="以上 → ge (outside the span); " + SPAN_NOTE)
fact("13亿多人口", "13亿多", value=13e8, unit="count", kind="count", classifier="人",
     bound="gt", metric="人口", metric_alts=["总人口", "人口数量", "人口规模", "全国人口"],
     **stock5(W),
     note="judgement call: 13亿多人口的大国 states the size of the population (more than 1.3 "
          "billion) → a count fact (多 inside the span → gt; 人 implied, as 6600多万纳税人 in "
          "wr_china_2024), a stock: " + STOCK_NOTE)

# ---- line 4 (source 6): 五年来，经济结构出现重大变革 ----------------------------------------------
g.neg("五年来，经济结构", "五年来", PERIOD_NOTE + " (2013-2017, governs the line)")
CON = ["消费对经济增长的贡献率", "消费对经济增长贡献率", "最终消费支出对经济增长的贡献率",
       "最终消费支出贡献率"]
fact("贡献率由54.9%提高", "54.9%", value=54.9, unit="%", kind="share", metric="消费贡献率",
     metric_alts=CON, **from_flow(W), note=FROM_FLOW_NOTE)
fact("提高到58.8%", "58.8%", value=58.8, unit="%", kind="share", metric="消费贡献率",
     metric_alts=CON, **to_flow(W), note=TO_FLOW_NOTE)
SERV = ["服务业增加值占国内生产总值比重", "服务业占国内生产总值比重", "服务业增加值比重",
        "服务业占GDP比重", "服务业比重上升", "服务业增加值占GDP比重"]
fact("比重从45.3%上升", "45.3%", value=45.3, unit="%", kind="share", metric="服务业比重",
     metric_alts=SERV, **from_flow(W), note="share of the year's output; " + FROM_FLOW_NOTE)
fact("上升到51.6%", "51.6%", value=51.6, unit="%", kind="share", metric="服务业比重",
     metric_alts=SERV, **to_flow(W), note=TO_FLOW_NOTE)
fact("高技术制造业年均增长11.7%", "11.7%", value=11.7, unit="%", kind="growth",
     metric="高技术制造业",
     metric_alts=["高技术制造业增加值", "高技术制造业增加值年均增速", "高技术制造业年均增速",
                  "高技术制造业增加值增速"], comparison="年均", **flow5(W),
     note="the head 增加值 is not written (alt); " + AVG_NOTE)
fact("能力达到1.2万亿斤", "1.2万亿斤", value=6e8, unit="t", kind="amount",
     metric="粮食生产能力",
     metric_alts=["粮食产能", "粮食综合生产能力", "粮食生产能力规模"], **stock5(W),
     note="1.2万亿斤 = 1.2e12 斤 × 0.0005 t = 6e8 t (SPEC §3); a capacity reached (达到): "
          + STOCK_NOTE)
URB = ["常住人口城镇化率", "城镇化水平", "人口城镇化率"]
fact("城镇化率从52.6%提高", "52.6%", value=52.6, unit="%", kind="share", metric="城镇化率",
     metric_alts=URB, **from_stock(W), note=FROM_STOCK_NOTE)
fact("提高到58.5%", "58.5%", value=58.5, unit="%", kind="share", metric="城镇化率",
     metric_alts=URB, **to_stock(W), note=TO_STOCK_NOTE)
fact("8000多万农业转移人口", "8000多万", value=8000e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="成为城镇居民的农业转移人口",
     metric_alts=["农业转移人口", "农业转移人口落户城镇", "农业转移人口市民化",
                  "农业转移人口成为城镇居民", "转为城镇居民的农业转移人口"],
     **flow5(W),
     note="多 inside the span → gt; no measure word (8000多万 + noun): 人 implied; "
          + SPAN_NOTE)

# ---- line 5 (source 7): 五年来，创新驱动发展成果丰硕 ----------------------------------------------
g.neg("五年来，创新驱动", "五年来", PERIOD_NOTE + " (2013-2017, governs the line)")
RD = ["全社会研发经费投入", "研发投入", "研发经费", "全社会R&D经费投入", "研发经费投入",
      "全社会研发投入年均增速"]
fact("研发投入年均增长11%", "11%", value=11, unit="%", kind="growth", metric="全社会研发投入",
     metric_alts=RD, comparison="年均", **flow5(W), note=AVG_NOTE)
fact("跃居世界第二位", "第二位", value=2, unit="rank", kind="rank", scope="世界",
     metric="全社会研发投入规模",
     metric_alts=["研发投入规模", "全社会研发投入", "研发投入", "研发经费规模",
                  "全社会研发投入规模排名"],
     **last_year(W),
     note="rank of the yearly R&D spending reached at the end of the five years (跃居): the "
          "year 2017 (a flow), the instant, span and null as alts; scope 世界")
TECH = ["科技进步对经济增长的贡献率", "科技进步贡献率水平"]
fact("贡献率由52.2%提高", "52.2%", value=52.2, unit="%", kind="share",
     metric="科技进步贡献率", metric_alts=TECH, **from_flow(W), note=FROM_FLOW_NOTE)
fact("提高到57.5%", "57.5%", value=57.5, unit="%", kind="share", metric="科技进步贡献率",
     metric_alts=TECH, **to_flow(W), note=TO_FLOW_NOTE)
g.neg("大众创业、万众创新", "万众", "slogan 大众创业、万众创新, not a quantity")
NEWF = ["日均新设企业数", "日均新登记企业", "平均每天新设企业", "每天新设企业", "新设企业"]
fact("由5千多户增加", "5千多户", value=5000, unit="count", kind="count", classifier="户",
     bound="gt", metric="日均新设企业", metric_alts=NEWF, **from_flow(W),
     note="多 inside the span → gt; a daily average over a year → " + FROM_FLOW_NOTE +
          ". Known false alarm: the shared check_gold.py reads 5千 as 5")
fact("增加到1万6千多户", "1万6千多户", value=16000, unit="count", kind="count",
     classifier="户", bound="gt", metric="日均新设企业", metric_alts=NEWF, **to_flow(W),
     note="1万6千多 = 16000多 → gt; " + TO_FLOW_NOTE + ". Known false alarm: the shared "
          "check_gold.py reads the mixed numeral 1万6千 as 1e4")

# ---- line 6 (source 8): 五年来，改革开放迈出重大步伐 (no facts) -----------------------------------
g.neg("五年来，改革开放", "五年来", PERIOD_NOTE + " (2013-2017; no number follows in the "
      "line)")
g.neg("“一带一路”建设成效", "一带一路", "initiative name 一带一路 (Belt and Road)")

# ---- line 7 (source 9): 五年来，人民生活持续改善 ------------------------------------------------
g.neg("五年来，人民生活", "五年来", PERIOD_NOTE + " (2013-2017, governs the line)")
fact("贫困人口减少6800多万", "6800多万", value=-6800e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="贫困人口增量",
     metric_alts=["贫困人口", "贫困人口减少", "减贫人口", "农村贫困人口增量", "农村贫困人口减少",
                  "贫困人口减少人数"], **flow5(W),
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 多 inside "
          "the span → gt on the size of the fall (as 4万多亿元 in wr_china_2016); 人 implied; "
          + SPAN_NOTE)
fact("易地扶贫搬迁830万人", "830万人", value=830e4, unit="count", kind="count",
     classifier="人", metric="易地扶贫搬迁",
     metric_alts=["易地扶贫搬迁人口", "易地扶贫搬迁人数", "易地搬迁"], **flow5(W),
     note=SPAN_NOTE)
POV = ["农村贫困发生率", "贫困率"]
fact("发生率由10.2%下降", "10.2%", value=10.2, unit="%", kind="share", metric="贫困发生率",
     metric_alts=POV, **from_stock(W), note="a rate of a population → share; " + FROM_STOCK_NOTE)
fact("下降到3.1%", "3.1%", value=3.1, unit="%", kind="share", metric="贫困发生率",
     metric_alts=POV, **to_stock(W), note=TO_STOCK_NOTE)
INC = ["居民人均可支配收入", "全国居民人均可支配收入", "人均可支配收入", "居民收入年均增速"]
fact("居民收入年均增长7.4%", "7.4%", value=7.4, unit="%", kind="growth", metric="居民收入",
     metric_alts=INC, comparison="年均", **flow5(W),
     note=AVG_NOTE + "; 超过经济增速 after it states no number")
TOUR = ["出境旅游", "出境旅游人数", "出境游人次", "出境旅游人次数"]
fact("由8300万增加", "8300万", value=8300e4, unit="count", kind="count", classifier="人次",
     metric="出境旅游人次", metric_alts=TOUR, **from_flow(W),
     note="no measure word after the number: 人次 from the metric (出境旅游人次); "
          + FROM_FLOW_NOTE)
fact("增加到1亿3千多万", "1亿3千多万", value=1.3e8, unit="count", kind="count",
     classifier="人次", bound="gt", metric="出境旅游人次", metric_alts=TOUR, **to_flow(W),
     note="1亿3千多万 = 1.3亿多 → gt; " + TO_FLOW_NOTE + ". Known false alarm: the shared "
          "check_gold.py reads the mixed numeral 1亿3千 as 1e8")
fact("养老保险覆盖9亿多人", "9亿多人", value=9e8, unit="count", kind="count",
     classifier="人", bound="gt", metric="社会养老保险覆盖人数",
     metric_alts=["社会养老保险覆盖", "社会养老保险参保人数", "养老保险覆盖人数", "社会养老保险",
                  "基本养老保险参保人数"], **stock5(W),
     note="多 inside the span → gt; people covered (a stock): " + STOCK_NOTE)
fact("医疗保险覆盖13.5亿人", "13.5亿人", value=13.5e8, unit="count", kind="count",
     classifier="人", metric="基本医疗保险覆盖人数",
     metric_alts=["基本医疗保险覆盖", "基本医疗保险参保人数", "医疗保险覆盖人数", "基本医疗保险",
                  "医保覆盖人数"], **stock5(W), note="people covered (a stock): " + STOCK_NOTE)
fact("预期寿命达到76.7岁", "76.7岁", value=76.7, unit="year", kind="amount",
     metric="人均预期寿命", metric_alts=["预期寿命", "人口平均预期寿命", "平均预期寿命"],
     **last_year(W),
     note="岁 → year (a duration, SPEC §3); a period measure reached (达到) at the end of the "
          "five years → the year 2017 (as 78.5岁 in wr_sichuan_2025), the instant, span and "
          "null as alts")
fact("住房改造2600多万套", "2600多万套", value=2600e4, unit="count", kind="count",
     classifier="套", bound="gt", metric="棚户区住房改造",
     metric_alts=["棚户区改造", "棚户区改造住房", "棚户区住房改造套数", "棚改"], **flow5(W),
     note="多 inside the span → gt; " + SPAN_NOTE)
fact("危房改造1700多万户", "1700多万户", value=1700e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="农村危房改造",
     metric_alts=["农村危房改造户数", "危房改造"], **flow5(W),
     note="多 inside the span → gt; " + SPAN_NOTE)
fact("上亿人喜迁新居", "上亿人", value=1e8, unit="count", kind="count", classifier="人",
     bound="ge", metric="喜迁新居人口",
     metric_alts=["喜迁新居", "迁入新居人数", "住进新居人口", "乔迁新居人口", "喜迁新居的人",
                  "迁入新居"], **flow5(W),
     note="上亿 is a lexicalized approximate numeral (SPEC §2 上百/上万 → ge; README §1 the "
          "prefix stays in the span, as 上千万 in wr_china_2024) → 1e8 ge; " + SPAN_NOTE)

# ---- line 8 (source 10): 五年来，生态环境状况逐步好转 ---------------------------------------------
g.neg("五年来，生态环境", "五年来", PERIOD_NOTE + " (2013-2017, governs the line)")
gov("污染防治三个“十条”", "三个", value=3, unit="count", kind="count", classifier="个",
    metric="污染防治“十条”",
    metric_alts=["大气、水、土壤污染防治“十条”", "污染防治十条", "污染防治行动计划", "“十条”",
                 "十条", "大气、水、土壤污染防治行动计划", "污染防治“十条”数量"],
    **flow5(W),
    note="judgement call: 三个 counts the three action plans (air, water, soil) drawn up "
         "and carried out (a count of measures, README §2 七条措施); each plan's name “十条” is "
         "a label (negative); " + GOV_NOTE)
g.neg("三个“十条”", "十条", LABEL_NOTE + " (“十条”: the name of each action plan, 'ten "
      "articles' — 大气十条, 水十条, 土十条)")
fact("水耗均下降20%", "20%", value=-20, unit="%", kind="growth", bound="ge",
     metric="单位国内生产总值能耗、水耗",
     metric_alts=["单位国内生产总值能耗", "单位国内生产总值水耗", "单位GDP能耗", "单位GDP水耗",
                  "能耗强度", "水耗强度", "单位国内生产总值能耗和水耗", "能耗、水耗"],
     comparison="比2012年", **flow5(W),
     note="one quantity mention over two indicators (均下降) → one fact, each as metric alt "
          "(as 水电、风电装机 in wr_china_2013); 下降 → negative; 以上 → ge on the size of the "
          "fall (as 减少一半以上 in wr_china_2016); " + BASIS_NOTE)
fact("重污染天数减少一半", "一半", value=-50, unit="%", kind="growth",
     metric="重点城市重污染天数",
     metric_alts=["重污染天数", "重点城市重污染天数减少", "重污染天数减少"],
     comparison="比2012年", **flow5(W),
     note="一半 → 50 % (as wr_china_2016); 减少 → negative; " + BASIS_NOTE)
fact("森林面积增加1.63亿亩", "1.63亿亩", value=1.63e8, unit="mu", kind="amount",
     metric="森林面积增量",
     metric_alts=["森林面积", "森林面积增加", "新增森林面积", "森林面积增加量"], **flow5(W),
     note="absolute change of a level (增加, SPEC §2 <level>增量); 亩 stays mu; " + SPAN_NOTE)
fact("年均缩减近2000平方公里", "2000平方公里", value=-2000e6, unit="m2", kind="amount",
     bound="approx", metric="沙化土地面积增量",
     metric_alts=["沙化土地面积年均增量", "沙化土地面积年均缩减", "沙化土地面积", "沙化土地面积缩减",
                  "年均缩减沙化土地面积", "沙化土地面积年均减少"], **flow5(W),
     note="absolute change of a level (缩减 → negative, SPEC §2 <level>增量), an annual "
          "average over the five years (年均: the rate stays in the metric, alts); 近 → approx "
          "(outside the span); 平方公里 = 1e6 m2; amount facts carry no comparison")

# ---- line 9 (source 11): 刚刚过去的2017年 ------------------------------------------------------------
Y17 = P("2017年", "2017-01-01", "2017-12-31")
g.neg("刚刚过去的2017年", "2017年", PERIOD_NOTE + " (2017, governs the line)")
fact("国内生产总值增长6.9%", "6.9%", value=6.9, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy",
     period=Y17)
fact("居民收入增长7.3%", "7.3%", value=7.3, unit="%", kind="growth", metric="居民收入",
     metric_alts=["居民人均可支配收入", "全国居民人均可支配收入", "人均可支配收入"],
     comparison="yoy", period=Y17, note="增速均比上年有所加快 after it states no number")
fact("城镇新增就业1351万人", "1351万人", value=1351e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     period=Y17, note="失业率为多年来最低 after it states no number")
fact("企业利润增长21%", "21%", value=21, unit="%", kind="growth", metric="企业利润",
     metric_alts=["工业企业利润", "规模以上工业企业利润", "利润", "工业企业利润总额"],
     subject_alts=CN + ["工业企业", "规模以上工业企业"], comparison="yoy", period=Y17,
     note="in the clause on industry (工业增速回升): the profits of industrial firms")
gov("财政收入增长7.4%", "7.4%", value=7.4, unit="%", kind="growth", metric="财政收入",
    metric_alts=REV, comparison="yoy", period=Y17)
fact("进出口增长14.2%", "14.2%", value=14.2, unit="%", kind="growth", metric="进出口",
     metric_alts=["进出口总额", "货物进出口", "货物进出口总额", "外贸进出口", "进出口总值"],
     comparison="yoy", period=Y17)
FDI = ["实际利用外资", "利用外资", "外商直接投资"]
fact("实际使用外资1363亿美元", "1363亿美元", value=1363e8, unit="USD", kind="amount",
     metric="实际使用外资", metric_alts=FDI, period=Y17,
     note="亿美元 → USD; 创历史新高 states no rank number")
g.neg("这是五年来一系列", "五年来", PERIOD_NOTE + " (the five years, naming the span of the "
      "policies; no number follows)")
g.neg("五年来一系列重大政策", "一系列", "quantifier 一系列")

# ---- line 10 (source 12) / line 11 (source 13): bridging lines (no facts) -------------------
g.neg("过去五年取得的", "过去五年", PERIOD_NOTE + " (2013-2017; its line has no number)")
g.neg("五年来，我们认真贯彻", "五年来", PERIOD_NOTE + " (2013-2017; its own line, so it "
      "governs nothing after it)")

# ---- line 12 (source 14): （一） macro policy (no facts) -----------------------------------------
g.neg("（一）坚持稳中求进", "（一）", MARKER_NOTE)
g.neg("不少两难多难抉择", "两难", "idiom 两难 'dilemma', not a quantity")

# ---- line 13 (source 15): fiscal and monetary policy ---------------------------------------------
S = "过去五年"
FRAME_NOTE = ("the line states no period: section frame, the five years 2013-2017 of the "
              "heading 一、过去五年工作回顾 (period text 过去五年), null as alt")
gov("结束了66年的营业税", "66年", value=66, unit="year", kind="amount",
    metric="营业税征收历史",
    metric_alts=["营业税征收时间", "营业税征收年数", "营业税历史", "营业税征收历史时长",
                 "营业税征收"],
    **flow5(S),
    note="judgement call: the 66-year history of the business tax that the VAT reform ended "
         "— a duration stated by the text (unit year), not a period of another fact; the "
         "review frame (the reform was completed within it) with null as alt; the tax's own "
         "span is not in the text. Reading 66年 as a mere since-window (negative, as 时隔N年) "
         "is the alternative")
gov("累计减税超过2万亿元", "2万亿元", value=2e12, unit="CNY", kind="amount", bound="gt",
    metric="营改增减税",
    metric_alts=["累计减税", "减税", "营改增累计减税", "减税规模", "营改增减税规模"],
    **flow5(S, end5(S)),
    note="超过 → gt (outside the span); 累计 of the VAT reform over the review: a total of "
         "the five years (as the 五年累计 totals of wr_china_2013), the stock reading (the "
         "cumulative figure at the end of 2017) as alt; " + FRAME_NOTE + "; " + GOV_NOTE)
gov("负担3万多亿元", "3万多亿元", value=3e12, unit="CNY", kind="amount", bound="gt",
    metric="减轻市场主体负担",
    metric_alts=["市场主体负担减轻", "减税降费", "减轻企业负担", "减轻市场主体负担规模",
                 "共减轻市场主体负担"],
    **flow5(S, end5(S)),
    note="多 inside the span → gt; 共 = the total of the tax cuts, the small-firm reliefs and "
         "the fee cuts over the five years; " + FRAME_NOTE)
LGD = CN + GOV + ["地方政府"]
fact("降低利息负担1.2万亿元", "1.2万亿元", value=1.2e12, unit="CNY", kind="amount",
     metric="降低利息负担",
     metric_alts=["利息负担降低", "节约利息", "利息负担", "地方政府利息负担降低", "减少利息支出",
                  "地方政府存量债务置换降低利息负担"],
     subject_alts=LGD, **flow5(S),
     note="interest saved by the swap of local-government debt (as 2000亿元 in "
          "wr_china_2016): the national programme keeps 中国, the local governments and the "
          "central government as alts; " + FRAME_NOTE)
g.neg("财政赤字率一直控制", "一直", "adverb 一直 'all along', not a quantity")
gov("一直控制在3%以内", "3%", value=3, unit="%", kind="share", bound="le",
    metric="财政赤字率",
    metric_alts=["赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
                 "财政赤字占国内生产总值的比重"],
    **flow5(S, end5(S)),
    note="以内 → le (outside the span); a ceiling held in every year of the review (一直) → "
         "the span; " + FRAME_NOTE)
g.neg("广义货币M2增速", "M2", "indicator name M2 (broad money), not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、过去五年工作回顾, the opening (第十二届全国人民代表大会第一次会议以来的五年…), the six "
    "五年来 headline paragraphs (economy, structure, innovation, reform and opening, living "
    "standards, environment), the 2017 results (刚刚过去的2017年…), the bridging lines "
    "(过去五年取得的…, 五年来…主要做了以下工作。), item （一） (macro policy) and its fiscal and "
    "monetary paragraph. It is the number-dense part of the five-year review; line 16 would "
    "push it to 2,560 characters. The 2018 主要预期目标 (source line 38) lie ~5,800 characters "
    "later. The title is the corpus meta title (the source's first lines are 各位代表： and "
    "现在，我代表国务院…), title_in_text=False. Date: 2018-03-05, the corpus meta date: the "
    "opening day of the 1st session of the 13th NPC, on which the Premier delivered the "
    "report (as wr_china_2024's NPC session date; the Wikisource text has no dateline); "
    "nothing in the text contradicts it (刚刚过去的2017年 = the last full year; the review "
    "runs from the 1st session of the 12th NPC, March 2013). Place: national report → 中国 "
    "(alts 我国/全国/中华人民共和国); the central government's own acts (财政收入, 三个“十条”, "
    "营改增 66年 / 减税 2万亿元 / 减负 3万多亿元, 赤字率) add 中央政府/国务院/中央财政; the "
    "debt swap (1.2万亿元) adds 地方政府; 企业利润 adds 工业企业. Periods: this is a "
    "five-year review: 过去五年/五年来 = 2013-01-01..2017-12-31 (the statistical years since "
    "the March 2013 NPC, as wr_china_2013 reads 2008-2012). 五年来 opens lines 3-8 of the "
    "excerpt and governs each (period text 五年来): 年均 growth and five-year totals → the "
    "span; from/to pairs without years → the year 2012 and the year 2017 for flows and ratios "
    "of flows (GDP 54→82.7万亿元, 财政收入, 世界比重, 消费贡献率, 服务业比重, 科技进步贡献率, "
    "日均新设企业, 出境旅游人次), the instants 2012-12-31 and 2017-12-31 for rates of stocks "
    "(城镇化率, 贫困发生率); levels reached (粮食生产能力, 保险覆盖, 13亿多人口) → the instant "
    "2017-12-31; 人均预期寿命 and the R&D rank → the year 2017; the span and null always as "
    "alts. 刚刚过去的2017年 governs line 9 (2017). Line 13 (fiscal paragraph) states no "
    "period: the heading's 过去五年 (section frame), null as alt. Modality: actual "
    "throughout. Units: 万亿元 1e12; 万亿斤 × 0.0005 t; 亿美元 → USD; 岁 → year; 亩 mu; "
    "平方公里 1e6 m2; 一半 → 50 %. Comparisons: 年均 for average growth; 比2012年 for the "
    "five-year falls without a written basis (judgement call); yoy for the 2017 growth. "
    "Judgement calls: 13亿多人口 → a population count (1.3e9 gt, stock); 三个“十条” → count 3 "
    "of action plans (“十条” a label); 均下降20%以上 (能耗、水耗) → one fact over both; "
    "沙化土地 年均缩减近2000平方公里 → amount −2e9 m2 approx (增量, 年均 in alts); 66年的营业税"
    "征收历史 → a duration fact (66 year); 累计减税 / 共减轻负担 → five-year totals (the "
    "stock reading as alt); 一直控制在3%以内 → share 3 le over the span; 贫困人口减少6800多万 → "
    "count −6.8e7 gt (…增量). Known false alarms of the shared check_gold.py: 5千多户, "
    "1万6千多户, 1亿3千多万 (mixed numerals), 3万多亿元 (read as 3万, as 4万多亿元 in "
    "wr_china_2016) and 一半 (read as 1); its 'reads up' warning on 年均缩减 looks back to "
    "增加 of the clause before. Negatives: 一、, 过去五年 ×2, "
    "第十二届, 第一次, 五年 ×2, 五位一体, 四个全面, 十九大, 十二五, 十三五, 五年来 ×8, 万众, "
    "一带一路, 十条, 2017年, 一系列, （一）, 两难, 一直, M2. Lexicalized, not listed: 单位 "
    "(单位国内生产总值).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
