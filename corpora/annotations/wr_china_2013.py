"""Gold annotations for wr_china_2013 (held-out: corpora/heldout/).

The excerpt is lines 6-10 (1-based, inclusive, whole lines, newline kept) of
shared/texts/work_report/wr_china_2013.txt, sliced by code from the source bytes, never
retyped: items 一是 (with its macro-policy paragraph, the 2012 results and the five-year
summary) and 二是 of the review of the five years 2008-2012 (part 一、过去五年工作回顾).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2013.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2013"
PLACE = "中国"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 6, 10                     # 1-based, inclusive, whole lines
TITLE = "2013年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一是有效应对国际金融危机", ends="城乡、区域发展的协调性明显增强。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 2013-03-05; 去年 = 2012, 今年 = 2013) ---------------------------
# The review covers the five years since the 1st session of the 11th NPC (March 2008), i.e.
# the statistical years 2008-2012 (过去五年 / 五年来 / 这五年 / 五年累计).
def five(txt):
    return P(txt, "2008-01-01", "2012-12-31")


def five_null(txt):
    return P(txt, None, None)


FIVE_END = lambda txt: P(txt, "2012-12-31", "2012-12-31")   # noqa: E731
FLOW5 = lambda txt: dict(period=five(txt), period_alts=[five_null(txt)])   # noqa: E731
STOCK5 = lambda txt: dict(period=FIVE_END(txt), period_alts=[five(txt), five_null(txt)])  # noqa: E731
STOCK_NOTE = ("stock / level (总里程达, rank of installed capacity, a standard in force) under "
              "the five-year frame 2008-2012: instant at 2012-12-31 (stock rule); the literal "
              "five years and null in period_alts")
TWO = P("两年", "2009-01-01", "2010-12-31")
TWO_ALTS = [P("两年", "2008-11-01", "2010-12-31"), five("两年"), five_null("两年")]
Y12 = P("2012年", "2012-01-01", "2012-12-31")
Y12_END = P("2012年底", "2012-12-31", "2012-12-31")

# ---- line 6: 一是有效应对国际金融危机 ------------------------------------------------------
g.neg("一是有效应对国际金融危机", "一是", MARKER_NOTE)
g.neg("过去五年，我们是在", "过去五年", PERIOD_NOTE + " (2008-2012, governs line 6 until 两年)")
g.neg("百年罕见", "百年", "idiom 百年罕见 'unseen in a century', not a quantity")
fact("增长的十项措施", "十项", value=10, unit="count", kind="count", classifier="项",
     metric="进一步扩大内需、促进经济平稳较快增长的措施",
     metric_alts=["进一步扩大内需、促进经济平稳较快增长措施", "扩大内需措施", "措施",
                  "出台措施", "措施数量", "进一步扩大内需促进经济平稳较快增长的措施"],
     subject_alts=GOV, **FLOW5("过去五年"),
     note="count of measures (README §2 七条措施); the government's own act (subject 中国, "
          "国务院 etc. as alts); governed by 过去五年 at the head of the line (the measures date "
          "from Nov 2008, inside it)")
g.neg("全面实施一揽子计划", "一揽子", "一揽子 'package of', not a quantity")
g.neg("两年新增4万亿元投资", "两年",
      PERIOD_NOTE + " (the two years of the 2008 stimulus, 2009-2010); read as the period of "
      "the 4万亿元 outturn, not as a duration fact (wr_china_2010 annotates 两年 of the plan "
      "as a target duration; here the plan is reported as done)")
fact("两年新增4万亿元投资", "4万亿元", value=4e12, unit="CNY", kind="amount",
     metric="新增投资",
     metric_alts=["投资", "新增投资规模", "一揽子计划投资", "一揽子计划新增投资",
                  "两年新增投资", "新增4万亿元投资"],
     subject_alts=GOV, period=TWO, period_alts=TWO_ALTS,
     note="the stimulus investment reported as carried out (actual, not the plan's target as "
          "in the 2010 report); 两年 = 2009-2010 (alts: the plan's start in Nov 2008, the "
          "five-year frame, null)")
fact("其中中央财政投资1.26万亿元", "1.26万亿元", value=1.26e12, unit="CNY", kind="amount",
     metric="中央财政投资", metric_alts=["中央财政投资规模", "中央投资"],
     subject_alts=GOV + CN, period=TWO, period_alts=TWO_ALTS,
     note="其中: the central-budget part of the 4万亿元; subject 中国, 中央财政 as alt")
g.neg("五年来，新建各类", "五年来", PERIOD_NOTE + " (2008-2012, governs the rest of line 6)")
fact("新建各类保障性住房1800多万套", "1800多万套", value=1.8e7, unit="count", kind="count",
     bound="gt", classifier="套", metric="保障性住房",
     metric_alts=["各类保障性住房", "新建保障性住房", "新建各类保障性住房", "保障性住房数量",
                  "保障性住房增量"],
     **FLOW5("五年来"), note="多 inside the span → gt; cumulative flow of the five years")
fact("棚户区改造住房1200多万套", "1200多万套", value=1.2e7, unit="count", kind="count",
     bound="gt", classifier="套", metric="棚户区改造住房",
     metric_alts=["新建棚户区改造住房", "棚户区改造", "棚户区改造住房数量"],
     **FLOW5("五年来"), note="head 新建 carried over; 多 → gt")
fact("除险加固1.8万座", "1.8万座", value=18000, unit="count", kind="count", classifier="座",
     metric="大中型和重点小型水库除险加固",
     metric_alts=["水库除险加固", "完成大中型和重点小型水库除险加固", "除险加固水库",
                  "大中型和重点小型水库", "水库"],
     **FLOW5("五年来"))
fact("治理重点中小河流2.45万公里", "2.45万公里", value=2.45e7, unit="m", kind="amount",
     metric="治理重点中小河流",
     metric_alts=["重点中小河流治理", "中小河流治理", "治理重点中小河流长度",
                  "重点中小河流治理里程", "重点中小河流"],
     **FLOW5("五年来"))
fact("新增节水灌溉面积770万公顷", "770万公顷", value=7.7e10, unit="m2", kind="amount",
     metric="新增节水灌溉面积",
     metric_alts=["节水灌溉面积", "节水灌溉面积增量"], **FLOW5("五年来"),
     note="770万公顷 = 7.7e6 ha = 7.7e10 m2 (公顷 1e4)")
fact("新增铁路里程1.97万公里", "1.97万公里", value=1.97e7, unit="m", kind="amount",
     metric="新增铁路里程", metric_alts=["铁路里程", "铁路里程增量", "新增铁路"],
     **FLOW5("五年来"),
     note="新增 of a network = absolute change; indicator phrase kept whole as written, the "
          "SPEC-2 增量 reading in the alts")
fact("其中高速铁路8951公里", "8951公里", value=8951000, unit="m", kind="amount",
     metric="新增高速铁路里程",
     metric_alts=["高速铁路", "高速铁路里程", "高速铁路里程增量", "新增高速铁路"],
     **FLOW5("五年来"), note="其中 part of 新增铁路里程 → the head 新增…里程 restored")
g.neg("和一批城际铁路", "一批", "quantifier 一批")
fact("新增公路60.9万公里", "60.9万公里", value=6.09e8, unit="m", kind="amount",
     metric="新增公路", metric_alts=["公路", "新增公路里程", "公路里程", "公路里程增量"],
     **FLOW5("五年来"))
fact("其中高速公路4.2万公里", "4.2万公里", value=4.2e7, unit="m", kind="amount",
     metric="新增高速公路",
     metric_alts=["高速公路", "新增高速公路里程", "高速公路里程增量", "高速公路里程"],
     **FLOW5("五年来"), note="其中 part of 新增公路 → head restored")
fact("高速公路总里程达9.56万公里", "9.56万公里", value=9.56e7, unit="m", kind="amount",
     metric="高速公路总里程", metric_alts=["高速公路里程", "高速公路通车里程"],
     **STOCK5("五年来"), note="总里程达 → " + STOCK_NOTE)
fact("新建机场31个", "31个", value=31, unit="count", kind="count", classifier="个",
     metric="机场", metric_alts=["新建机场", "机场数量", "机场增量", "机场数量增量"],
     **FLOW5("五年来"), note="新建 N: count of the new units, 增量 alts (README §3)")
fact("新增万吨级港口泊位602个", "602个", value=602, unit="count", kind="count",
     classifier="个", metric="万吨级港口泊位",
     metric_alts=["新增万吨级港口泊位", "万吨级港口泊位数量", "万吨级港口泊位增量",
                  "港口泊位", "万吨级泊位"],
     **FLOW5("五年来"), note="the threshold 万吨级 defines the counted berths → in the metric")
g.neg("新增万吨级港口", "万吨级", "threshold defining the counted berths (SPEC §2), part of "
      "the metric of 602个, not a fact")
g.neg("；一批跨江跨海大桥", "一批", "quantifier 一批")
fact("水电、风电装机位居世界第一", "第一", value=1, unit="rank", kind="rank", scope="世界",
     metric="水电、风电装机",
     metric_alts=["水电风电装机", "水电装机", "风电装机", "装机", "水电、风电装机容量",
                  "水电装机容量", "风电装机容量", "水电、风电装机规模"],
     **STOCK5("五年来"),
     note="one mention ranking both hydro and wind capacity first in the world → one fact "
          "(SPEC §1: one quantity mention, one fact), metric as written; installed capacity "
          "is a stock → " + STOCK_NOTE)
g.neg("造福亿万人民", "亿万", "idiom 亿万人民 'hundreds of millions of people', not a quantity")

# ---- line 7: 宏观政策 and the 2012 results -------------------------------------------------
DEFICIT_ALTS = ["财政赤字占国内生产总值比重", "赤字率", "财政赤字率", "财政赤字占GDP比重",
                "财政赤字占国内生产总值的比例", "财政赤字"]
g.neg("从2009年的2.8%", "2009年", PERIOD_NOTE + " (inside a from/to pair: governs only 2.8%)")
fact("从2009年的2.8%", "2.8%", value=2.8, unit="%", kind="share",
     metric="财政赤字占国内生产总值的比重", metric_alts=DEFICIT_ALTS,
     period=P("2009年", "2009-01-01", "2009-12-31"),
     note="deficit ratio of the year 2009 (a ratio of two flows → the year, not an instant)")
fact("降到去年的1.5%左右", "1.5%", value=1.5, unit="%", kind="share", bound="approx",
     metric="财政赤字占国内生产总值的比重", metric_alts=DEFICIT_ALTS,
     period=P("去年", "2012-01-01", "2012-12-31"),
     note="去年 = 2012 (reference date 2013-03-05); 左右 → approx")
CAR_SUBJ = CN + ["银行业", "中国银行业", "金融体系"]
g.neg("资本充足率从2007年底", "2007年底", PERIOD_NOTE + " (inside a from/to pair)")
fact("从2007年底的8.4%", "8.4%", value=8.4, unit="%", kind="share",
     metric="资本充足率", metric_alts=["银行业资本充足率", "商业银行资本充足率"],
     subject_alts=CAR_SUBJ, period=P("2007年底", "2007-12-31", "2007-12-31"),
     note="sector-level ratio: the country as subject, 银行业 as alt (README §4)")
fact("去年底的13.3%", "13.3%", value=13.3, unit="%", kind="share",
     metric="资本充足率", metric_alts=["银行业资本充足率", "商业银行资本充足率"],
     subject_alts=CAR_SUBJ, period=P("去年底", "2012-12-31", "2012-12-31"),
     note="去年底 = 2012-12-31")
NPL_ALTS = ["银行业不良贷款率", "商业银行不良贷款率", "不良贷款比率"]
fact("不良贷款率由6.1%下降", "6.1%", value=6.1, unit="%", kind="share",
     metric="不良贷款率", metric_alts=NPL_ALTS, subject_alts=CAR_SUBJ,
     period=P("2007年底", "2007-12-31", "2007-12-31"),
     period_alts=[P("过去五年", "2008-01-01", "2008-01-01"), five("过去五年"),
                  five_null("过去五年")],
     note="judgement call: the from/to pair 由6.1%下降到0.95% runs parallel to the capital "
          "ratio's 从2007年底…到去年底 in the same sentence, so its ends are read as the same "
          "dates (end 2007, end 2012); SPEC §4 lets periods inside a pair govern only their "
          "own value, so the five-year frame (its start instant, the span) and null are alts")
fact("下降到0.95%", "0.95%", value=0.95, unit="%", kind="share",
     metric="不良贷款率", metric_alts=NPL_ALTS, subject_alts=CAR_SUBJ,
     period=P("去年底", "2012-12-31", "2012-12-31"),
     period_alts=[five("过去五年"), five_null("过去五年")],
     note="end of the pair, read as 去年底 like 13.3% (see 6.1%); alts: the five-year frame, "
          "null")
g.neg("2012年，在世界各大", "2012年", PERIOD_NOTE + " (governs the 2012 results)")
fact("国内生产总值增长7.8%", "7.8%", value=7.8, unit="%", kind="growth",
     metric="国内生产总值",
     metric_alts=["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"],
     comparison="yoy", period=Y12)
fact("城镇新增就业1266万人", "1266万人", value=12660000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     period=Y12)
fact("居民消费价格涨幅回落到2.6%", "2.6%", value=2.6, unit="%", kind="growth",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格",
                  "居民消费价格指数涨幅"],
     comparison="yoy", period=Y12,
     note="涨幅 = growth of the price level; 回落到 names the new (lower) rate: value 2.6, "
          "positive")

# ---- line 8: five-year summary -----------------------------------------------------------
g.neg("这五年，我国宏观", "这五年", PERIOD_NOTE + " (2008-2012)")
fact("国内生产总值年均增长9.3%", "9.3%", value=9.3, unit="%", kind="growth",
     metric="国内生产总值",
     metric_alts=["GDP", "生产总值", "国内生产总值年均增长", "国内生产总值年均增速",
                  "经济增长", "GDP年均增速", "年均增速"],
     comparison="年均", period=five("这五年"),
     note="average annual growth over 这五年 = 2008-2012; comparison = the surface basis 年均 "
          "(as nw_cctv_20240422_west_2024)")

# ---- line 9: no facts ----------------------------------------------------------------------
g.neg("回首这五年", "回首", "verb 回首 'look back', not a rank")
g.neg("回首这五年", "这五年", PERIOD_NOTE + " (no fact in the line)")

# ---- line 10: 二是加快经济结构调整 ---------------------------------------------------------
g.neg("二是加快经济结构调整", "二是", MARKER_NOTE)
CA_ALTS = ["经常项目顺差占国内生产总值比重", "经常项目顺差占GDP比重", "经常项目顺差占比",
           "经常项目顺差", "经常项目顺差占国内生产总值的比例"]
fact("比重从10.1%下降", "10.1%", value=10.1, unit="%", kind="share",
     metric="经常项目顺差占国内生产总值的比重", metric_alts=CA_ALTS,
     period=P("过去五年", "2007-01-01", "2007-12-31"),
     period_alts=[P("过去五年", "2008-01-01", "2008-01-01"),
                  P("过去五年", "2007-12-31", "2007-12-31"), five("过去五年"),
                  five_null("过去五年")],
     note="start of a from/to pair with no year written; the line states no period yet, so "
          "the five-year review frame governs: its start value is the level before 2008, a "
          "ratio of two flows → the year 2007 (2007's surplus ratio was 10.1%); alts: the "
          "start instant, the end of 2007, the five-year span, null")
fact("下降到2.6%", "2.6%", value=2.6, unit="%", kind="share",
     metric="经常项目顺差占国内生产总值的比重", metric_alts=CA_ALTS,
     period=P("过去五年", "2012-01-01", "2012-12-31"),
     period_alts=[FIVE_END("过去五年"), five("过去五年"), five_null("过去五年")],
     note="end of the pair: the ratio of the frame's last year 2012 (alts: the instant "
          "2012-12-31, the five-year span, null)")
g.neg("升级。2012年底", "2012年底", PERIOD_NOTE + " (governs the rest of the line until "
      "五年累计)")
fact("人均住房面积32.9平方米", "32.9平方米", value=32.9, unit="m2", kind="amount",
     metric="城镇人均住房面积",
     metric_alts=["人均住房面积", "城镇居民人均住房面积", "城镇人均住房建筑面积"],
     subject_alts=CN + ["城镇"], period=Y12_END,
     note="城镇和农村…32.9平方米、37.1平方米: a two-value list without 分别, each value with "
          "its own unit; a level at 2012年底 (instant)")
fact("、37.1平方米", "37.1平方米", value=37.1, unit="m2", kind="amount",
     metric="农村人均住房面积",
     metric_alts=["人均住房面积", "农村居民人均住房面积", "农村人均住房建筑面积"],
     subject_alts=CN + ["农村"], period=Y12_END)
g.neg("分别比2007年增加", "2007年", "comparison basis 比2007年 (a year, not a quantity); "
      "becomes `comparison`, not a period")
fact("比2007年增加2.8平方米", "2.8平方米", value=2.8, unit="m2", kind="amount",
     metric="城镇人均住房面积增量",
     metric_alts=["城镇人均住房面积", "人均住房面积增量", "人均住房面积", "城镇人均住房面积增加"],
     subject_alts=CN + ["城镇"], period=Y12_END,
     period_alts=[five("2012年底"), five_null("2012年底")],
     note="absolute change of a level (SPEC §2): the level's kind and unit, metric + 增量; "
          "the basis 比2007年 would be the comparison, but amount/count facts carry none (null); period 2012年底 (the level compared), the span since "
          "2007 as alt")
fact("平方米和5.5平方米", "5.5平方米", value=5.5, unit="m2", kind="amount",
     metric="农村人均住房面积增量",
     metric_alts=["农村人均住房面积", "人均住房面积增量", "人均住房面积", "农村人均住房面积增加"],
     subject_alts=CN + ["农村"], period=Y12_END,
     period_alts=[five("2012年底"), five_null("2012年底")])
CAR_ALTS = ["每百户拥有家用汽车", "城镇居民每百户家用汽车拥有量", "每百户家用汽车拥有量",
            "家用汽车", "城镇居民家用汽车"]
fact("拥有家用汽车21.5辆", "21.5辆", value=21.5, unit="count", kind="count", classifier="辆",
     metric="城镇居民每百户拥有家用汽车", metric_alts=CAR_ALTS, period=Y12_END,
     subject_alts=CN + ["城镇居民"],
     note="cars per 100 urban households (the denominator 每百户 is part of the metric); a "
          "level at 2012年底 → instant")
g.neg("城镇居民每百户拥有", "百户", "denominator 每百户 ('per 100 households') of the metric "
      "of 21.5辆, not a fact")
fact("比2007年增加15.5辆", "15.5辆", value=15.5, unit="count", kind="count", classifier="辆",
     metric="城镇居民每百户拥有家用汽车增量",
     metric_alts=CAR_ALTS + ["城镇居民每百户拥有家用汽车"],
     subject_alts=CN + ["城镇居民"], period=Y12_END,
     period_alts=[five("2012年底"), five_null("2012年底")],
     note="absolute change of the level (增量), basis 比2007年 (no comparison on a count fact)")
g.neg("辆，比2007年增加", "2007年", "comparison basis 比2007年, not a quantity")
fact("跃居全球首位", "首位", value=1, unit="rank", kind="rank", scope="全球",
     metric="制造业规模", metric_alts=["制造业", "制造业总量", "制造业增加值"],
     period=Y12_END, period_alts=[five("2012年底"), five_null("2012年底")],
     note="首位 → rank 1 (SPEC §3), scope 全球; the 2012年底 of the line governs (a position "
          "held at the end of the review); the five-year span and null as alts")
HT_ALTS = ["高技术制造业增加值年均增速", "高技术制造业增加值年均增长", "高技术制造业",
           "高技术制造业增加值增速"]
fact("增加值年均增长13.4%", "13.4%", value=13.4, unit="%", kind="growth",
     metric="高技术制造业增加值", metric_alts=HT_ALTS, comparison="年均",
     period=five("过去五年"),
     period_alts=[Y12_END, five_null("过去五年")],
     note="judgement call: 年均 growth is over the five review years 2008-2012 (frame text "
          "过去五年), although the line's 2012年底 literally precedes it (SPEC §4 mechanical "
          "reading, kept as an alt with null)")
g.neg("新一代信息技术", "新一代", "part of the industry name 新一代信息技术, not a quantity")
g.neg("等一批战略性新兴产业", "一批", "quantifier 一批")
fact("提高2.7个百分点", "2.7个百分点", value=2.7, unit="pp", kind="change",
     metric="服务业增加值占国内生产总值比重",
     metric_alts=["服务业增加值占国内生产总值的比重", "服务业增加值占GDP比重", "服务业比重",
                  "服务业增加值比重", "服务业占比"],
     comparison="比2007年", period=five("过去五年"),
     period_alts=[Y12_END, five_null("过去五年")],
     note="change of a share over the five review years; basis not written: the 2007 level "
          "before the five years → comparison 比2007年 (judgement call); period as for 13.4% (the literal 2012年底 as alt)")
g.neg("五年累计，共淘汰", "五年", PERIOD_NOTE + " (五年累计 = 2008-2012, governs the rest "
      "of the sentence)")
CUM = FLOW5("五年累计")
fact("炼铁产能1.17亿吨", "1.17亿吨", value=1.17e8, unit="t", kind="amount",
     metric="淘汰落后炼铁产能",
     metric_alts=["落后炼铁产能", "炼铁产能", "淘汰炼铁产能", "淘汰落后炼铁产能规模"], **CUM,
     note="capacity eliminated over the five years (annual capacity, 吨 as written)")
fact("炼钢产能7800万吨", "7800万吨", value=7.8e7, unit="t", kind="amount",
     metric="淘汰落后炼钢产能",
     metric_alts=["落后炼钢产能", "炼钢产能", "淘汰炼钢产能"], **CUM,
     note="head 淘汰落后 carried over")
fact("水泥产能7.75亿吨", "7.75亿吨", value=7.75e8, unit="t", kind="amount",
     metric="淘汰落后水泥产能",
     metric_alts=["落后水泥产能", "水泥产能", "淘汰水泥产能"], **CUM)
fact("日处理能力4600万吨", "4600万吨", value=4.6e7, unit="t", kind="amount",
     metric="新增城市污水日处理能力",
     metric_alts=["城市污水日处理能力", "城市污水日处理能力增量", "污水日处理能力",
                  "新增城市污水处理能力"],
     **CUM, note="a daily capacity: the rate stays in the metric (SPEC §3), 吨 → t")
fact("能耗下降17.2%", "17.2%", value=-17.2, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗"],
     comparison="累计", **CUM,
     note="cumulative decline over 五年累计 (basis the 2007 level, written only as 累计 → "
          "comparison 累计, as wr_china_2010); 下降 → negative")
g.neg("、二氧化硫排放", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a quantity")
fact("分别下降15.7%和", "15.7%", value=-15.7, unit="%", kind="growth",
     metric="化学需氧量排放总量",
     metric_alts=["化学需氧量排放", "化学需氧量", "化学需氧量排放量"],
     comparison="累计", **CUM, note="分别 list; 下降 → negative; cumulative over five years")
fact("15.7%和17.5%", "17.5%", value=-17.5, unit="%", kind="growth",
     metric="二氧化硫排放总量",
     metric_alts=["二氧化硫排放", "二氧化硫", "二氧化硫排放量"],
     comparison="累计", **CUM)
g.neg("细颗粒物PM2.5", "PM2.5", "pollutant name (PM2.5), not a quantity")
g.neg("五年累计完成造林", "五年", PERIOD_NOTE + " (五年累计 = 2008-2012)")
fact("完成造林2953万公顷", "2953万公顷", value=2.953e11, unit="m2", kind="amount",
     metric="造林", metric_alts=["造林面积", "完成造林", "完成造林面积"], **CUM,
     note="2953万公顷 = 2.953e7 ha = 2.953e11 m2")
fact("石漠化土地1196万公顷", "1196万公顷", value=1.196e11, unit="m2", kind="amount",
     metric="治理沙漠化、石漠化土地",
     metric_alts=["沙漠化、石漠化土地治理", "治理沙漠化石漠化土地", "沙漠化石漠化土地治理面积",
                  "治理沙漠化、石漠化土地面积", "沙漠化、石漠化土地"],
     **CUM)
fact("水土流失面积24.6万平方公里", "24.6万平方公里", value=2.46e11, unit="m2", kind="amount",
     metric="综合治理水土流失面积",
     metric_alts=["水土流失面积", "治理水土流失面积", "水土流失综合治理面积", "水土流失治理面积"],
     **CUM)
fact("整治国土面积18万平方公里", "18万平方公里", value=1.8e11, unit="m2", kind="amount",
     metric="整治国土面积", metric_alts=["国土整治面积", "国土面积", "整治国土"], **CUM)
g.neg("西部大开发新十年", "新十年", "part of a document name (西部大开发新十年指导意见), not a "
      "quantity")
g.neg("一系列区域发展规划", "一系列", "quantifier 一系列")
g.neg("制定实施新十年农村", "新十年", "part of a document name (新十年农村扶贫开发纲要), not a "
      "quantity")
fact("扶贫标准提高到2300元", "2300元", value=2300, unit="CNY", kind="amount",
     metric="扶贫标准",
     metric_alts=["农村扶贫标准", "扶贫标准（2010年不变价）", "国家扶贫标准"],
     **STOCK5("五年累计"),
     note="a standard in force after the change (提高到; raised in 2011): " + STOCK_NOTE +
          "; per person per year, 2010 prices — both part of the indicator, not periods")
g.neg("（2010年不变价）", "2010年", "price base year of 2300元 (2010年不变价), not a period of "
      "the fact and not a quantity")
g.neg("五年转移农村人口", "五年", PERIOD_NOTE + " (2008-2012)")
fact("转移农村人口8463万人", "8463万人", value=84630000, unit="count", kind="count",
     classifier="人", metric="转移农村人口",
     metric_alts=["农村人口转移", "转移农村人口数量", "农业转移人口", "农村转移人口"],
     **FLOW5("五年"))
URB_ALTS = ["城镇化水平", "常住人口城镇化率"]
fact("城镇化率由45.9%提高", "45.9%", value=45.9, unit="%", kind="share",
     metric="城镇化率", metric_alts=URB_ALTS,
     period=P("五年", "2007-12-31", "2007-12-31"),
     period_alts=[P("五年", "2008-01-01", "2008-01-01"), five("五年"), five_null("五年")],
     note="start of a from/to pair over 五年 (2008-2012): the rate of a stock before the "
          "five years → instant at end 2007 (2007: 45.9%); alts: start instant, span, null")
fact("提高到52.6%", "52.6%", value=52.6, unit="%", kind="share",
     metric="城镇化率", metric_alts=URB_ALTS,
     period=P("五年", "2012-12-31", "2012-12-31"),
     period_alts=[five("五年"), five_null("五年")],
     note="end of the pair: the rate at the end of 2012 (stock rule); alts: span, null")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: items 一是 (line 6, "
    "with the macro-policy paragraph and the 2012 results, line 7; the five-year summary, "
    "lines 8-9) and 二是 (line 10) of part 一、过去五年工作回顾. The 2013 主要预期目标 (line 35) "
    "lie 25 lines further on, beyond any contiguous run of ≤2,500 characters that also holds "
    "review figures, so the excerpt is review only (as wr_china_2010). "
    "Date: 2013-03-05, the opening day of the 1st session of the 12th NPC, on which the "
    "Premier delivered the report (corpus meta and INDEX.tsv; the Wikisource text has no date "
    "line); nothing in the excerpt contradicts it (2012 full-year results, 去年底 = end 2012). "
    "去年 = 2012, 今年 = 2013 (line 7: 为今年经济发展打下好的基础). Title: the corpus meta title "
    "(the source has no title line). Place: national report → 中国 (alts 我国/全国; the "
    "government's own acts and central-budget money add 中央财政/国务院; banking ratios add "
    "银行业). Periods: this is a five-year review: 过去五年/五年来/这五年/五年累计/五年 = "
    "2008-01-01..2012-12-31 (the statistical years since the March 2008 NPC), governing "
    "within their line; 两年 (stimulus) = 2009-2010 (alt from 2008-11); 2012年 and 去年 = 2012; "
    "2009年 = 2009; 2007年底/去年底/2012年底 instants. Stocks and levels under the five-year "
    "frame (高速公路总里程, 装机 rank, 扶贫标准) are instants at 2012-12-31 (stock rule) with "
    "the span and null as alts. From/to pairs without years (经常项目顺差比重 10.1%→2.6%, "
    "城镇化率 45.9%→52.6%) map to the year before the span (2007; a flow ratio → the year, a "
    "stock rate → the instant end 2007) and to 2012; 不良贷款率 6.1%→0.95% is read in parallel "
    "with 资本充足率 从2007年底…到去年底 in the same sentence. In line 10, 2012年底 literally "
    "precedes 年均增长13.4% and 提高2.7个百分点, but these are five-year figures: the span is "
    "gold, the literal 2012年底 an alt. Changes 比2007年 keep 2012年底 as period "
    "(no comparison: they are amount/count facts); 年均 and 累计 are comparisons.")

g.write(date="2013-03-05",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
