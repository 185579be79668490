"""Gold annotations for wr_china_1986 (1986年中华人民共和国国务院政府工作报告), lines 6-12 of
shared/texts/work_report/wr_china_1986.txt.

The report is Premier Zhao Ziyang's 关于第七个五年计划的报告.  Its part 一、“六五”计划执行情况的
回顾 (source line 4 is the heading, line 5 its opening paragraph) reviews the 6th Five-Year
Plan, 1981-1985.  The excerpt corpora/wr_china_1986.txt is sliced by code from the source
bytes (whole lines, newline kept), never retyped: the seven paragraphs of that review which
each open with 在过去的五年中 — growth rates (工农业总产值, 工业, 农业, 国民生产总值; the
historical comparisons 1953-1980, “一五”, “五五”), output of major products (“六五” vs “五五”
averages, 1980 → 1985 levels), capital construction and technical transformation, public
finance (deficits, annual revenue increases, extra-budgetary funds), science, education and
culture, foreign trade and capital, and living standards (incomes, jobs, housing, savings).
The excerpt's lines are fixed by the brief (lines 6-12, 2,334 characters).

This report writes every number in Chinese numerals (百分之十一, 三亿零五百三十万吨,
一千九百五十万千瓦, 二十多万个); spans keep the text as written and values are the numbers
written (SPEC §3).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1986.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1986"
PLACE = "中国"
REF = "1986-03-25"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 6, 12                     # 1-based, inclusive, whole lines
TITLE = "1986年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="在过去的五年中，我国工农业总产值",
                 ends="比一九八○年末增长三倍。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = "plan label {} (a Five-Year Plan, SPEC §1 十四五), not a quantity"
GENERIC_PLAN = ("generic noun 五年计划 'five-year plan' (几个五年计划), a plan label, not a "
                "quantity")
MARKER_NOTE = "list marker (N是), not a quantity"
CNUM = "Chinese numerals as written; value = the number they write (SPEC §3)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1986-03-25; 去年 = 1985) ------------------------------------------
# The excerpt lies in part 一 of the report, the review of the 6th Five-Year Plan (“六五”,
# 1981-1985; source line 5: 要求在一九八一年至一九八五年的五年中…).  Every line opens with
# 在过去的五年中 = the plan period 1981-01-01..1985-12-31, which governs the line until another
# period expression replaces it (“六五”期间 / 五年内 / 这五年 / 五年间 / 五年 restate it):
#   - 平均每年增长 over the plan → the span (comparison 年均, as wr_china_1988 / wr_china_1998);
#   - totals over the plan (投资, 新增 capacities and lines, projects, 经费, 科研成果, 进出口,
#     外资, 引进技术, 安排就业, 住宅) → the span, null as alt;
#   - from/to pairs carry their own periods (SPEC §4): “六五”时期同“五五”时期相比…由X增加到Y
#     → X the 5th plan 1976-1980 (annual average), Y the 6th plan 1981-1985; 从一九八○年至
#     一九八五年…由X增加到Y → X 1980, Y 1985 (the literal span as alt); 由一九八○年的X增加到
#     一九八五年的Y (students enrolled, a stock) → the instants 1980-12-31 / 1985-12-31;
#   - historical comparisons with their own periods: 一九五三年至一九八○年的二十八年间,
#     “一五”时期 (1953-1957), “五五”时期 (1976-1980), 一九七九和一九八○两年 (1979-1980);
#   - yearly figures dated in the text (一九八三年/一九八四年/一九八五年增加…, 全年 = 1985,
#     一九八五年达到…) → that year; changes 一九八五年比一九八○年增加… → the year of the level
#     compared (as wr_china_1993), the span and null as alts;
#   - stocks: 一九八五年末 → instant 1985-12-31; 我国有十亿多人口 → the stock at the end of the
#     governing plan period (instant 1985-12-31), the reference date and null as alts.
L5 = "在过去的五年中"


def six(txt):
    return P(txt, "1981-01-01", "1985-12-31")


def span(txt):
    return dict(period=six(txt), period_alts=[null(txt)])


WU5T = "“五五”时期"
WU5 = P(WU5T, "1976-01-01", "1980-12-31")
LIU5T = "“六五”时期"
Y80 = P("一九八○年", "1980-01-01", "1980-12-31")
Y85 = P("一九八五年", "1985-01-01", "1985-12-31")
PAIR_SPAN = P("一九八○年至一九八五年", "1980-01-01", "1985-12-31")
FROM80 = dict(period=Y80, period_alts=[PAIR_SPAN, null("一九八○年")])
TO85 = dict(period=Y85, period_alts=[PAIR_SPAN, null("一九八五年")])
PAIR_NOTE = ("from/to pair 从一九八○年至一九八五年…由X增加到Y: X is the output of 1980, Y that of "
             "1985 (SPEC §4, each value its own year); the literal span 1980-1985 and null as alts")
AVG_NOTE = ("平均每年增长 = average annual growth over the plan period 1981-1985 (comparison = "
            "the surface basis 年均, as wr_china_1988)")
SPAN_NOTE = "a total over the plan period 1981-1985 (the line's period governs)"
NEW_NOTE = ("新增 N over the plan (五年内 governs the list): the added capacity or length, a "
            "flow over 1981-1985; SPEC §2 增量 readings as alts")

# ==== line 1 (source 6): growth rates ==========================================================
g.neg("在过去的五年中，我国工农业总产值", "过去的五年中", PERIOD_NOTE + " (the 6th plan, "
      "1981-1985; governs the line until 一九五三年…)")
fact("工农业总产值平均每年增长百分之十一", "百分之十一", value=11, unit="%", kind="growth",
     metric="工农业总产值",
     metric_alts=["工农业总产值年均增长", "工农业总产值年均增速", "工农业生产", "工农业产值"],
     comparison="年均", **span(L5), note=AVG_NOTE + "; " + CNUM)
fact("工业总产值平均每年增长百分之十二", "百分之十二", value=12, unit="%", kind="growth",
     metric="工业总产值",
     metric_alts=["工业总产值（包括村办工业）", "工业总产值年均增长", "工业产值", "工业"],
     comparison="年均", **span(L5), note="其中 of 工农业总产值 (包括村办工业); " + AVG_NOTE)
fact("农业总产值平均每年增长百分之八点一", "百分之八点一", value=8.1, unit="%",
     kind="growth", metric="农业总产值",
     metric_alts=["农业总产值（不包括村办工业）", "农业总产值年均增长", "农业产值", "农业"],
     comparison="年均", **span(L5), note="百分之八点一 → 8.1; " + AVG_NOTE)
fact("国民生产总值平均每年增长百分之十", "百分之十", value=10, unit="%", kind="growth",
     metric="国民生产总值",
     metric_alts=["GNP", "国民生产总值年均增长", "国民生产总值年均增速", "经济增长",
                  "经济增长速度"],
     comparison="年均", **span(L5), note=AVG_NOTE)
g.neg("大体相当于“一五”时期", "一五", PLAN_NOTE.format("“一五”") + " (the 1st plan, "
      "1953-1957, named as a basis of comparison; no number in its clause)")
g.neg("高于其他几个五年计划时期", "五年计划", GENERIC_PLAN)
g.neg("农业发展十分迅速", "十分", "adverb 十分 'very' (十分迅速), not a quantity")
g.neg("特别是这五年", "这五年", PERIOD_NOTE + " (1981-1985; no number in its sentence)")
g.neg("从一九五三年至一九八○年", "一九五三年至一九八○年", PERIOD_NOTE + " (1953-1980; "
      "governs the historical average 百分之三点五)")
g.neg("的二十八年间", "二十八年间", "restates the length of the period 一九五三年至一九八○年 "
      "(28 years), part of the period expression, not a fact")
HIST = ["农业总产值年均增长", "农业总产值年均增速", "农业产值", "农业"]
fact("平均每年增长百分之三点五", "百分之三点五", value=3.5, unit="%", kind="growth",
     metric="农业总产值", metric_alts=HIST, comparison="年均",
     period=P("一九五三年至一九八○年的二十八年间", "1953-01-01", "1980-12-31"),
     period_alts=[null("一九五三年至一九八○年的二十八年间")],
     note="historical average annual growth 1953-1980 (its own period; actual)")
g.neg("增长较快的“一五”时期", "一五", PLAN_NOTE.format("“一五”") + " (period of the next "
      "figure: 1953-1957)")
fact("“一五”时期平均每年增长百分之四点五", "百分之四点五", value=4.5, unit="%",
     kind="growth", metric="农业总产值", metric_alts=HIST, comparison="年均",
     period=P("“一五”时期", "1953-01-01", "1957-12-31"), period_alts=[null("“一五”时期")],
     note="其中 of the 1953-1980 average: the 1st plan 1953-1957 (its own period)")
g.neg("，“五五”时期平均每年", "五五", PLAN_NOTE.format("“五五”") + " (period of the next "
      "figure: 1976-1980)")
fact("“五五”时期平均每年增长百分之五点一", "百分之五点一", value=5.1, unit="%",
     kind="growth", metric="农业总产值", metric_alts=HIST, comparison="年均",
     period=WU5, period_alts=[null(WU5T)],
     note="the 5th plan 1976-1980 (its own period)")
g.neg("而“六五’时期", "六五", PLAN_NOTE.format("“六五”") + " (the 6th plan; the source "
      "closes the quote with ’; no number follows)")
g.neg("比这两个时期", "两个", "这两个时期 'these two periods' refers back to “一五” and “五五”, "
      "not a quantity claim")

# ==== line 2 (source 7): output of major products ==============================================
g.neg("在过去的五年中，我国若干", "过去的五年中", PERIOD_NOTE + " (1981-1985)")
g.neg("“六五”时期同“五五”时期相比", "六五", PLAN_NOTE.format("“六五”") + " (the 6th plan "
      "1981-1985: the period of the pairs' second values)")
g.neg("“六五”时期同“五五”时期相比", "五五", PLAN_NOTE.format("“五五”") + " (the 5th plan "
      "1976-1980: the period of the pairs' first values)")
PAIR5_NOTE = ("from/to pair under “六五”时期同“五五”时期相比: {} (annual average output over "
              "the plan period; SPEC §4 pair, each value its own period), null as alt; " + CNUM)
FIRST5 = dict(period=WU5, period_alts=[null(WU5T)])
SECOND5 = dict(period=six(LIU5T), period_alts=[null(LIU5T)])
GRAIN = ["粮食的年平均产量", "粮食年均产量", "粮食产量", "粮食"]
fact("由三亿零五百三十万吨", "三亿零五百三十万吨", value=305300000, unit="t", kind="amount",
     metric="粮食年平均产量", metric_alts=GRAIN, **FIRST5,
     note=PAIR5_NOTE.format("X = the 5th plan 1976-1980") + " (三亿零五百三十万吨 = 305,300,000 t)")
fact("增加到三亿七千零六十二万吨", "三亿七千零六十二万吨", value=370620000, unit="t",
     kind="amount", metric="粮食年平均产量", metric_alts=GRAIN, **SECOND5,
     note=PAIR5_NOTE.format("Y = the 6th plan 1981-1985"))
COTTON = ["棉花年均产量", "棉花产量", "棉花"]
fact("棉花由二百二十四万吨", "二百二十四万吨", value=2240000, unit="t", kind="amount",
     metric="棉花年平均产量", metric_alts=COTTON, **FIRST5,
     note="head 年平均产量 restored from 粮食; " + PAIR5_NOTE.format("the 5th plan"))
fact("增加到四百三十二万吨", "四百三十二万吨", value=4320000, unit="t", kind="amount",
     metric="棉花年平均产量", metric_alts=COTTON, **SECOND5,
     note=PAIR5_NOTE.format("the 6th plan"))
MEAT = ["猪牛羊肉年均产量", "猪牛羊肉产量", "猪牛羊肉", "肉类产量"]
fact("猪牛羊肉由九百三十七万吨", "九百三十七万吨", value=9370000, unit="t", kind="amount",
     metric="猪牛羊肉年平均产量", metric_alts=MEAT, **FIRST5,
     note="head 年平均产量 restored; " + PAIR5_NOTE.format("the 5th plan"))
fact("增加到一千四百六十二万吨", "一千四百六十二万吨", value=14620000, unit="t", kind="amount",
     metric="猪牛羊肉年平均产量", metric_alts=MEAT, **SECOND5,
     note=PAIR5_NOTE.format("the 6th plan"))
g.neg("从一九八○年至一九八五年", "一九八○年至一九八五年", PERIOD_NOTE + " (the years of the "
      "pairs that follow: X → 1980, Y → 1985)")
COAL = ["原煤", "煤炭产量", "原煤年产量"]
fact("原煤产量由六亿二千万吨", "六亿二千万吨", value=620000000, unit="t", kind="amount",
     metric="原煤产量", metric_alts=COAL, **FROM80, note=PAIR_NOTE)
fact("增加到八亿五千万吨", "八亿五千万吨", value=850000000, unit="t", kind="amount",
     metric="原煤产量", metric_alts=COAL, **TO85, note=PAIR_NOTE)
OIL = ["原油", "原油年产量", "石油产量"]
fact("原油由一亿零六百万吨", "一亿零六百万吨", value=106000000, unit="t", kind="amount",
     metric="原油产量", metric_alts=OIL, **FROM80,
     note="head 产量 restored (原油由…); 一亿零六百万吨 = 106,000,000 t; " + PAIR_NOTE)
fact("增加到一亿二千五百万吨", "一亿二千五百万吨", value=125000000, unit="t", kind="amount",
     metric="原油产量", metric_alts=OIL, **TO85, note=PAIR_NOTE)
POWER = ["发电", "年发电量", "发电总量"]
fact("发电量由三千亿度", "三千亿度", value=3e11, unit="kWh", kind="amount",
     metric="发电量", metric_alts=POWER, **FROM80,
     note="度 = kWh (SPEC §3); 三千亿度 = 3e11 kWh; " + PAIR_NOTE)
fact("增加到四千零七十三亿度", "四千零七十三亿度", value=4.073e11, unit="kWh", kind="amount",
     metric="发电量", metric_alts=POWER, **TO85, note="4073亿度 = 4.073e11 kWh; " + PAIR_NOTE)
STEEL = ["钢", "钢铁产量", "粗钢产量", "钢年产量"]
fact("钢由三千七百万吨", "三千七百万吨", value=37000000, unit="t", kind="amount",
     metric="钢产量", metric_alts=STEEL, **FROM80, note="head 产量 restored; " + PAIR_NOTE)
fact("增加到四千六百六十六万吨", "四千六百六十六万吨", value=46660000, unit="t",
     kind="amount", metric="钢产量", metric_alts=STEEL, **TO85, note=PAIR_NOTE)
fact("我国有十亿多人口", "十亿多", value=1e9, unit="count", kind="count", bound="gt",
     classifier="人", metric="人口", metric_alts=["总人口", "人口总数", "全国人口"],
     period=P(L5, "1985-12-31", "1985-12-31"),
     period_alts=[P("目前", REF, REF), six(L5), null(L5)],
     note="多 inside the span → gt; no measure word (人口 is the counted noun) → classifier "
          "人, span the number (README §1); population, a stock: the end of the governing plan "
          "period (instant 1985-12-31, stock rule) — judgement call: the present tense 有 "
          "(the reference date) is an alt, with the span and null")
g.neg("由于前五年上述", "前五年", PERIOD_NOTE + " (前五年 = the past five years 1981-1985; no "
      "number follows)")

# ==== line 3 (source 8): capital construction and technical transformation =====================
g.neg("在过去的五年中，我国的基本建设", "过去的五年中", PERIOD_NOTE + " (1981-1985)")
g.neg("。“六五”期间，全民所有制", "六五", PLAN_NOTE.format("“六五”") + " (“六五”期间 = "
      "1981-1985: governs the investment totals)")
L6 = "“六五”期间"
fact("投资总额达到五千三百亿元", "五千三百亿元", value=5300e8, unit="CNY", kind="amount",
     metric="全民所有制单位固定资产投资总额",
     metric_alts=["固定资产投资总额", "全民所有制单位固定资产投资", "固定资产投资",
                  "全社会固定资产投资"],
     subject_alts=CN + ["全民所有制单位"], **span(L6),
     note="达到 → eq; 五千三百亿元 = 5.3e11 CNY; " + SPAN_NOTE)
fact("新增固定资产三千八百八十亿元", "三千八百八十亿元", value=3880e8, unit="CNY",
     kind="amount", metric="新增固定资产",
     metric_alts=["全民所有制单位新增固定资产", "固定资产增量", "新增固定资产总额",
                  "交付使用的固定资产"],
     subject_alts=CN + ["全民所有制单位"], **span(L6),
     note="fixed assets newly added (a flow of the plan period); " + SPAN_NOTE)
BIG = ["大中型项目", "建成投产大中型项目数量", "建成投产的大中型项目", "大中型项目数量",
       "建成投产大中型项目增量"]
fact("大中型项目四百九十六个", "四百九十六个", value=496, unit="count", kind="count",
     classifier="个", metric="建成投产大中型项目", metric_alts=BIG, **span(L6),
     note="projects completed and put into operation over the plan (a flow count)")
fact("其中能源、交通项目一百零三个", "一百零三个", value=103, unit="count", kind="count",
     classifier="个", metric="能源、交通项目",
     metric_alts=["建成投产能源、交通项目", "能源交通项目", "建成投产大中型能源、交通项目",
                  "能源、交通大中型项目", "能源、交通项目数量"], **span(L6),
     note="其中 of the 496 large and medium projects; 一百零三个 = 103")
g.neg("五年内新增发电", "五年内", PERIOD_NOTE + " (1981-1985; governs the list of capacities "
      "and lengths added)")
L5N = "五年内"
fact("发电装机容量一千九百五十万千瓦", "一千九百五十万千瓦", value=1.95e10, unit="W",
     kind="amount", metric="新增发电装机容量",
     metric_alts=["发电装机容量增量", "新增发电装机", "发电装机容量", "新增装机容量",
                  "装机增量", "发电装机增量"], **span(L5N),
     note="1950万千瓦 = 1.95e7 kW = 1.95e10 W; " + NEW_NOTE)
fact("采煤能力八千万砘", "八千万砘", value=8e7, unit="砘", kind="amount",
     metric="新增采煤能力",
     metric_alts=["采煤能力", "采煤能力增量", "新增煤炭开采能力", "新增采煤生产能力"],
     **span(L5N),
     note="judgement call: 砘 (a stone roller) is evidently a typo of 吨 in the source (8e7 t "
          "of coal-mining capacity); annotated as written under SPEC §3 (an unknown unit is "
          "kept: unit = the surface unit, kind amount), value 八千万 = 8e7; " + NEW_NOTE)
fact("原油开采能力五千万吨", "五千万吨", value=5e7, unit="t", kind="amount",
     metric="新增原油开采能力",
     metric_alts=["原油开采能力", "原油开采能力增量", "新增原油生产能力"], **span(L5N),
     note="capacity in tonnes (annual rate implied; SPEC rates: base unit, rate in the "
          "metric); " + NEW_NOTE)
fact("铁路通车里程一千五百公里", "一千五百公里", value=1.5e6, unit="m", kind="amount",
     metric="新增铁路通车里程",
     metric_alts=["铁路通车里程", "铁路通车里程增量", "新增铁路营业里程", "新建铁路",
                  "铁路里程增量"], **span(L5N),
     note="公里 → m (×1e3); " + NEW_NOTE)
fact("复线里程一千五百公里", "一千五百公里", value=1.5e6, unit="m", kind="amount",
     metric="新增铁路复线里程",
     metric_alts=["复线里程", "铁路复线里程", "新增复线里程", "复线里程增量", "铁路复线"],
     **span(L5N), note="head 铁路 carried over; " + NEW_NOTE)
fact("电气化里程二千四百公里", "二千四百公里", value=2.4e6, unit="m", kind="amount",
     metric="新增铁路电气化里程",
     metric_alts=["电气化里程", "新增电气化里程", "铁路电气化里程", "电气化里程增量",
                  "电气化铁路"], **span(L5N), note=NEW_NOTE)
fact("吞吐能力一亿吨", "一亿吨", value=1e8, unit="t", kind="amount",
     metric="新增港口深水泊位吞吐能力",
     metric_alts=["港口深水泊位吞吐能力", "深水泊位吞吐能力", "港口吞吐能力增量",
                  "新增港口吞吐能力", "港口吞吐能力"], **span(L5N),
     note="一亿吨 = 1e8 t (a count-like 一 with the scale 亿: a quantity, not an article); "
          + NEW_NOTE)
fact("共建成投产项目二十多万个", "二十多万个", value=2e5, unit="count", kind="count",
     bound="gt", classifier="个", metric="现有企业更新改造建成投产项目",
     metric_alts=["建成投产项目", "更新改造项目", "现有企业更新改造项目", "更新改造建成投产项目",
                  "技术改造项目"],
     subject_alts=CN + ["现有企业"], **span(L5N),
     note="多 inside the span → gt (二十多万 → 2e5 gt, SPEC 十几万 → 1e5 gt); 共 = the total "
          "over the plan (五年内 of the line still governs)")
g.neg("在过去的五年中有了成倍的增加", "过去的五年中", PERIOD_NOTE + " (1981-1985)")
g.neg("有了成倍的增加", "成倍", "成倍的增加 'a multiple-fold increase', a vague multiple with "
      "no number (as wr_china_2008 成倍增长), not a fact")
g.neg("促进了“六五”期间", "六五", PLAN_NOTE.format("“六五”"))
g.neg("为“七五”时期", "七五", PLAN_NOTE.format("“七五”") + " (the 7th plan 1986-1990; no "
      "number follows)")
g.neg("和九十年代的", "九十年代", PERIOD_NOTE + " (the 1990s), not a quantity")

# ==== line 4 (source 9): public finance ==========================================================
g.neg("在过去的五年中，我国财政收入", "过去的五年中", PERIOD_NOTE + " (1981-1985)")
g.neg("后三年出现", "后三年", PERIOD_NOTE + " (the last three years of the plan, 1983-1985; "
      "no number in its clause)")
g.neg("。“五五”末期", "五五", PLAN_NOTE.format("“五五”") + " (“五五”末期 = the end of the 5th "
      "plan)")
g.neg("一九七九和一九八○两年合计", "一九七九和一九八○两年", PERIOD_NOTE + " (1979-1980; "
      "两年 restates the length; governs the deficit)")
fact("两年合计近三百亿元", "三百亿元", value=300e8, unit="CNY", kind="amount",
     bound="approx", metric="国家财政赤字",
     metric_alts=["财政赤字", "赤字", "国家财政赤字合计", "财政赤字合计"],
     subject_alts=CN + GOV,
     period=P("一九七九和一九八○两年", "1979-01-01", "1980-12-31"),
     period_alts=[null("一九七九和一九八○两年")],
     note="近 → approx (outside the span); 合计 = the sum of the 1979 and 1980 deficits")
g.neg("“六五’期间，通过", "六五", PLAN_NOTE.format("“六五”") + " (the source closes the quote "
      "with ’; no number in its sentence)")
REVD = ["国内财政收入", "财政收入增量", "国内财政收入增加额", "财政收入增加额",
        "国内财政收入增加"]
g.neg("收入增加。一九八三年国内", "一九八三年", PERIOD_NOTE + " (1983)")
fact("一九八三年国内财政收入增加一百二十七亿元", "一百二十七亿元", value=127e8, unit="CNY",
     kind="amount", metric="国内财政收入增量", metric_alts=REVD, subject_alts=CN + GOV,
     period=P("一九八三年", "1983-01-01", "1983-12-31"),
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the "
          "increase over the previous year (basis implied, comparison null for amounts)")
g.neg("一百二十七亿元，一九八四年", "一九八四年", PERIOD_NOTE + " (1984)")
fact("一九八四年增加二百五十五亿元", "二百五十五亿元", value=255e8, unit="CNY",
     kind="amount", metric="国内财政收入增量", metric_alts=REVD, subject_alts=CN + GOV,
     period=P("一九八四年", "1984-01-01", "1984-12-31"),
     note="head 国内财政收入 restored; SPEC §2 absolute change")
g.neg("二百五十五亿元，一九八五年", "一九八五年", PERIOD_NOTE + " (1985; governs 全年总收入)")
fact("一九八五年增加三百六十二亿元", "三百六十二亿元", value=362e8, unit="CNY",
     kind="amount", metric="国内财政收入增量", metric_alts=REVD, subject_alts=CN + GOV,
     period=Y85, note="head 国内财政收入 restored; SPEC §2 absolute change")
fact("全年总收入达到一千八百二十九亿元", "一千八百二十九亿元", value=1829e8, unit="CNY",
     kind="amount", metric="财政总收入",
     metric_alts=["总收入", "全年总收入", "国内财政收入", "国内财政总收入", "财政收入",
                  "国家财政收入"],
     subject_alts=CN + GOV, period=P("全年", "1985-01-01", "1985-12-31"),
     period_alts=[null("全年")],
     note="达到 → eq; 全年 = the year 1985 named just before; the revenue total of 1985")
g.neg("在过去的几个五年计划期间", "五年计划", GENERIC_PLAN)
g.neg("增加最多的是“五五”时期", "五五", PLAN_NOTE.format("“五五”") + " (1976-1980)")
g.neg("时期，一九八○比一九七五年", "一九八○", PERIOD_NOTE + " (1980, the year of the level "
      "compared; the source omits 年)")
g.neg("一九八○比一九七五年增加", "一九七五年", "comparison basis 比一九七五年 (a year, not a "
      "quantity); not the period of the fact")
REV = ["财政收入", "国家财政收入增量", "财政收入增加额", "财政收入增加", "国内财政收入增量"]
fact("一九七五年增加二百二十六亿元", "二百二十六亿元", value=226e8, unit="CNY",
     kind="amount", metric="财政收入增量", metric_alts=REV, subject_alts=CN + GOV,
     period=P("一九八○", "1980-01-01", "1980-12-31"), period_alts=[WU5, null("一九八○")],
     note="the increase of revenue over the 5th plan (1980 level minus 1975 level): SPEC §2 "
          "absolute change, metric <level>增量; period the year of the level compared (as "
          "wr_china_1993), the plan span 1976-1980 and null as alts; the basis 比一九七五年 "
          "stays in this note")
g.neg("而“六五”期间的增加额", "六五", PLAN_NOTE.format("“六五”"))
g.neg("大大超过“五五”间期", "五五", PLAN_NOTE.format("“五五”") + " (“五五”间期, a typo of "
      "期间 in the source)")
g.neg("，一九八五年比一九八○年增加七百", "一九八五年", PERIOD_NOTE + " (1985, the year of the "
      "level compared)")
g.neg("一九八五年比一九八○年增加七百", "一九八○年", "comparison basis 比一九八○年 (a year, not "
      "a quantity); not the period of the fact")
fact("增加七百八十六亿元", "七百八十六亿元", value=786e8, unit="CNY", kind="amount",
     metric="财政收入增量", metric_alts=REV, subject_alts=CN + GOV,
     period=Y85, period_alts=[six("一九八五年"), null("一九八五年")],
     note="increase over the 6th plan (1985 level minus 1980 level): SPEC §2 absolute change; "
          "period the year of the level compared, the plan span 1981-1985 and null as alts")
g.neg("大幅度增加，一九八五年达到", "一九八五年", PERIOD_NOTE + " (1985)")
EBF = ["预算外资金收入", "预算外资金总额", "预算外资金规模"]
fact("一九八五年达到一千四百三十亿元", "一千四百三十亿元", value=1430e8, unit="CNY",
     kind="amount", metric="预算外资金", metric_alts=EBF, period=Y85,
     period_alts=[null("一九八五年")],
     note="达到 → eq; extra-budgetary funds of 1985 (a flow of the year, as wr_china_1988)")
g.neg("预算内和预算外两项资金", "两项", "两项资金 'the two kinds of funds' (budgetary and "
      "extra-budgetary, just named), a reference, not a count claim")
g.neg("合计比一九八○年增加了一倍", "一九八○年", "comparison basis 比一九八○年 (a year, not a "
      "quantity); not the period of the fact")
fact("比一九八○年增加了一倍", "一倍", value=1, unit="times", kind="ratio",
     metric="预算内和预算外资金合计",
     metric_alts=["预算内和预算外两项资金合计", "预算内外资金", "预算内和预算外资金",
                  "预算内和预算外两项资金", "预算内外资金合计"],
     subject_alts=CN + GOV, period=Y85, period_alts=[six("一九八五年"), null("一九八五年")],
     note="增加N倍 → kind ratio, unit times, value as written (as 增长一倍 in wr_china_2009), "
          "comparison null (basis 比一九八○年 in this note); the 1985 level compared (the "
          "一九八五年 of the clause before), the plan span and null as alts")

# ==== line 5 (source 10): science, education, culture ============================================
g.neg("在过去的五年中，我国科技", "过去的五年中", PERIOD_NOTE + " (1981-1985)")
g.neg("。“六五”期间，国家财政用于", "六五", PLAN_NOTE.format("“六五”") + " (“六五”期间 = "
      "1981-1985)")
FUNDS = ["科技、教育、文化经费", "国家财政用于科技、教育、文化的经费",
         "科技、教育、文化事业经费", "科教文经费", "经费", "国家财政用于这些方面的经费"]
fact("经费共为一千一百七十二亿元", "一千一百七十二亿元", value=1172e8, unit="CNY",
     kind="amount", metric="国家财政用于科技、教育、文化事业的经费", metric_alts=FUNDS,
     subject_alts=CN + GOV, **span(L6),
     note="这些方面 = 科技、教育、文化事业 (the sentence before), restored in the metric; "
          "共为 = the total of the plan period 1981-1985")
g.neg("比“ 五五”时期", "五五", PLAN_NOTE.format("“五五”") + " (the period of the basis value "
      "that follows: 1976-1980)")
fact("时期的五百七十七亿元", "五百七十七亿元", value=577e8, unit="CNY", kind="amount",
     metric="国家财政用于科技、教育、文化事业的经费", metric_alts=FUNDS,
     subject_alts=CN + GOV, period=WU5, period_alts=[null(WU5T)],
     note="the basis value of the comparison, with its own period (“五五”时期 = 1976-1980; "
          "SPEC §4: a period inside a from/to pair governs only its own value)")
fact("五百七十七亿元增长一倍", "一倍", value=1, unit="times", kind="ratio",
     metric="国家财政用于科技、教育、文化事业的经费",
     metric_alts=FUNDS + ["科技、教育、文化经费增长倍数"], subject_alts=CN + GOV,
     **span(L6),
     note="增长一倍 → ratio 1 times as written, comparison null (basis: the 5th plan's "
          "577亿元); the 6th plan total compared → the span 1981-1985")
g.neg("这五年共取得", "这五年", PERIOD_NOTE + " (1981-1985)")
fact("重要科研成果三万三千项", "三万三千项", value=33000, unit="count", kind="count",
     classifier="项", metric="重要科研成果",
     metric_alts=["科研成果", "取得重要科研成果", "重要科研成果数量", "重要科研成果项数"],
     **span("这五年"), note="共取得 = the total of the five years; 三万三千项 = 33,000")
fact("有九百三十七项获得", "九百三十七项", value=937, unit="count", kind="count",
     classifier="项", metric="获得国家科技发明奖的科研成果",
     metric_alts=["获得国家科技发明奖", "国家科技发明奖", "获国家科技发明奖项目",
                  "获得国家科技发明奖的成果", "国家科技发明奖获奖项目"], **span("这五年"),
     note="of the 33,000 results, those awarded the national invention prize (这五年 governs)")
g.neg("其中一部分居于", "一部分", "vague quantifier 一部分 'a part', not a quantity")
STU = ["在校学生", "普通高等学校在校生", "普通高校在校学生", "高校在校生",
       "普通高等学校在校学生数", "在校生"]
g.neg("在校学生由一九八○年", "一九八○年", PERIOD_NOTE + " (the year of the pair's first value)")
fact("一九八○年的一百一十四万人", "一百一十四万人", value=1140000, unit="count",
     kind="count", classifier="人", metric="普通高等学校在校学生", metric_alts=STU,
     period=P("一九八○年", "1980-12-31", "1980-12-31"), period_alts=[Y80, null("一九八○年")],
     note="from/to pair with its own years (SPEC §4); students enrolled, a stock → instant "
          "1980-12-31, the year and null as alts")
g.neg("增加到一九八五年的", "一九八五年", PERIOD_NOTE + " (the year of the pair's second value)")
fact("一九八五年的一百七十万人", "一百七十万人", value=1700000, unit="count", kind="count",
     classifier="人", metric="普通高等学校在校学生", metric_alts=STU,
     period=P("一九八五年", "1985-12-31", "1985-12-31"), period_alts=[Y85, null("一九八五年")],
     note="end of the pair; a stock → instant 1985-12-31, the year and null as alts")

# ==== line 6 (source 11): foreign trade, capital and technology ===================================
g.neg("在过去的五年中，我国对外", "过去的五年中", PERIOD_NOTE + " (1981-1985)")
g.neg("。“六五”期间，进出口", "六五", PLAN_NOTE.format("“六五”") + " (“六五”期间 = 1981-1985)")
TRADE = ["进出口总额", "进出口贸易", "对外贸易总额", "进出口贸易总额合计", "进出口额"]
fact("合计达到二千三百亿美元", "二千三百亿美元", value=2300e8, unit="USD", kind="amount",
     metric="进出口贸易总额", metric_alts=TRADE, **span(L6),
     note="合计达到 → eq; the total of the plan period; 亿美元 → USD")
g.neg("比“五五”时期翻了一番", "五五", PLAN_NOTE.format("“五五”") + " (basis of 翻了一番)")
fact("比“五五”时期翻了一番", "翻了一番", value=2, unit="times", kind="ratio",
     metric="进出口贸易总额", metric_alts=TRADE + ["进出口贸易总额增长倍数"], **span(L6),
     note="翻了一番 'doubled' → 2 times the 5th plan's total: kind ratio, the span keeps 翻 (as "
          "翻了一番多 in wr_chongqing_2025_b); comparison null (basis 比“五五”时期)")
g.neg("在世界上所占的位次明显提高。一九八五年", "一九八五年", PERIOD_NOTE + " (1985, the year "
      "compared; no number in its sentence; literally governs the rest of the line)")
g.neg("一九八五年同一九八○年相比", "一九八○年", "comparison basis (1980), not a quantity")
FIVE_TOTAL = dict(period=six(L6), period_alts=[Y85, null(L6)])
FIVE_TOTAL_NOTE = ("judgement call: a total over the plan period (the paragraph's “六五”期间); "
                   "the literal 一九八五年 of the sentence before (国家外汇储备…) and null as alts")
fact("使用国外贷款一百零三亿美元", "一百零三亿美元", value=103e8, unit="USD",
     kind="amount", metric="使用国外贷款",
     metric_alts=["国外贷款", "利用国外贷款", "使用外国贷款", "通过各种形式使用国外贷款"],
     **FIVE_TOTAL, note=FIVE_TOTAL_NOTE)
fact("外商直接投资五十三亿美元", "五十三亿美元", value=53e8, unit="USD", kind="amount",
     metric="吸收外商直接投资",
     metric_alts=["外商直接投资", "利用外商直接投资", "实际利用外商直接投资", "吸收外资"],
     **FIVE_TOTAL, note=FIVE_TOTAL_NOTE)
g.neg("建立了一批中外合资", "一批", "quantifier 一批")
g.neg("五年间全国共引进", "五年间", PERIOD_NOTE + " (1981-1985)")
fact("引进国外技术一万多项", "一万多项", value=1e4, unit="count", kind="count", bound="gt",
     classifier="项", metric="引进国外技术",
     metric_alts=["引进国外技术项目", "引进技术", "国外技术引进", "引进国外技术项数"],
     **span("五年间"), note="多 inside the span → gt; 共引进 = the total of the five years")
g.neg("其中有一部分是", "一部分", "vague quantifier 一部分 'a part', not a quantity")
g.neg("国际七十年代末", "七十年代末", PERIOD_NOTE + " (the late 1970s, a technology level), "
      "not a quantity")
g.neg("和八十年代初期水平", "八十年代初期", PERIOD_NOTE + " (the early 1980s), not a quantity")

# ==== line 7 (source 12): living standards =======================================================
g.neg("在过去的五年中，我国人民生活", "过去的五年中", PERIOD_NOTE + " (1981-1985)")
g.neg("从以下四个方面来看", "四个", "discourse enumeration 'from the following four aspects' "
      "(the 一是…四是 list that follows), not a quantity claim")
g.neg("一是，城乡居民收入", "一是", MARKER_NOTE)
g.neg("这五年农民人均纯收入", "这五年", PERIOD_NOTE + " (1981-1985)")
fact("纯收入平均每年增长百分之十三点七", "百分之十三点七", value=13.7, unit="%",
     kind="growth", metric="农民人均纯收入",
     metric_alts=["农民人均纯收入年均增长", "农民人均纯收入年均实际增长", "农村居民人均纯收入",
                  "农民收入", "人均纯收入"],
     subject_alts=CN + ["农民"], comparison="年均", **span("这五年"),
     note="扣除物价上涨因素 = in real terms; " + AVG_NOTE)
fact("人均收入平均每年增长百分之六点九", "百分之六点九", value=6.9, unit="%",
     kind="growth", metric="城镇职工家庭人均收入",
     metric_alts=["城镇职工家庭人均收入年均增长", "城镇职工家庭人均收入年均实际增长",
                  "城镇居民人均收入", "职工家庭人均收入", "城镇职工家庭人均生活费收入"],
     subject_alts=CN + ["城镇职工家庭"], comparison="年均", **span("这五年"),
     note="扣除物价上涨因素 = in real terms; " + AVG_NOTE)
g.neg("五年合计在城镇", "五年", PERIOD_NOTE + " (五年合计 = 1981-1985)")
fact("劳动力达到三千五百多万人", "三千五百多万人", value=3500e4, unit="count",
     kind="count", bound="gt", classifier="人", metric="城镇安排就业的劳动力",
     metric_alts=["城镇安排就业", "安排就业", "城镇安排就业人数", "安排就业的劳动力",
                  "在城镇安排就业的劳动力", "城镇就业"],
     subject_alts=CN + ["城镇"], **span("五年"),
     note="多 inside the span → gt; 合计 = the total of the five years (达到 outside)")
g.neg("二是，城乡人民", "二是", MARKER_NOTE)
g.neg("三是，人民的居住", "三是", MARKER_NOTE)
g.neg("改善。“六五”期间，城镇住宅", "六五", PLAN_NOTE.format("“六五”") + " (“六五”期间 = "
      "1981-1985)")
fact("竣工面积达六亿三千多万平方米", "六亿三千多万平方米", value=6.3e8, unit="m2",
     kind="amount", bound="gt", metric="城镇住宅竣工面积",
     metric_alts=["住宅竣工面积", "城镇住宅竣工", "城镇新建住宅", "城镇住宅"],
     subject_alts=CN + ["城镇"], **span(L6),
     note="多 inside the span → gt (达 outside); 六亿三千多万 = 6.3e8; floor space completed "
          "over the plan period")
fact("农村新建住房三十二亿平方米", "三十二亿平方米", value=32e8, unit="m2",
     kind="amount", metric="农村新建住房",
     metric_alts=["农村新建住房面积", "新建住房", "农村住房", "农村新建住宅"],
     subject_alts=CN + ["农村"], **span(L6),
     note="三十二亿平方米 = 3.2e9 m2; built over the plan period")
g.neg("四是，城乡居民储蓄", "四是", MARKER_NOTE)
g.neg("一九八五年末达到", "一九八五年末", PERIOD_NOTE + " (instant 1985-12-31)")
SAV = ["城乡居民储蓄存款", "居民储蓄", "城乡居民储蓄存款余额", "储蓄存款余额", "居民储蓄存款"]
YE85 = P("一九八五年末", "1985-12-31", "1985-12-31")
fact("年末达到一千六百二十三亿元", "一千六百二十三亿元", value=1623e8, unit="CNY",
     kind="amount", metric="城乡居民储蓄", metric_alts=SAV, subject_alts=CN + ["城乡居民"],
     period=YE85, note="达到 → eq; savings outstanding at 一九八五年末 (a stock, instant)")
g.neg("比一九八○年末增长", "一九八○年末", "comparison basis 比一九八○年末 (a date, not a "
      "quantity); not the period of the fact")
fact("比一九八○年末增长三倍", "三倍", value=3, unit="times", kind="ratio",
     metric="城乡居民储蓄", metric_alts=SAV + ["城乡居民储蓄增长倍数"],
     subject_alts=CN + ["城乡居民"], period=YE85, period_alts=[six("一九八五年末")],
     note="增长三倍 → ratio 3 times as written (as 增长２倍 in wr_china_1993), comparison null "
          "(basis 比一九八○年末 in this note); the level compared is the stock at "
          "一九八五年末 (instant), the plan span as alt")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt ({len(text):,} "
    "characters with the final newline), sliced by code, as fixed by the brief: seven "
    "paragraphs of part 一、“六五”计划执行情况的回顾 (the review of the 6th Five-Year Plan, "
    "1981-1985; its heading and opening paragraph, source lines 4-5, lie before the excerpt), "
    "each opening with 在过去的五年中: growth rates, output of major products, capital "
    "construction, public finance, science/education/culture, foreign economic relations, "
    "living standards. The report is Zhao Ziyang's 关于第七个五年计划的报告. Numerals: all in "
    "Chinese numerals (百分之八点一, 三亿零五百三十万吨, 四千零七十三亿度); spans keep the text "
    "as written, values are the numbers written. Title: the corpus meta title (the source has "
    "no title line), title_in_text=False. Date: 1986-03-25, the day the report was delivered "
    "at the 4th session of the 6th NPC (general knowledge: the corpus meta gives only the "
    "year 1986 and the Wikisource text has no dateline); the text fits it (the 6th plan "
    "1981-1985 completed, 一九八五年 figures known, the 7th plan 1986-1990 submitted). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国; 国家/国家财政 for public finance; "
    "sector groups as alts). Periods: 在过去的五年中 and its restatements (“六五”期间, 五年内, "
    "这五年, 五年间, 五年) = 1981-01-01..1985-12-31: 平均每年增长 (comparison 年均) and plan "
    "totals take the span (null as alt); from/to pairs carry their own periods (“五五” "
    "1976-1980 → “六五” 1981-1985 for average annual output; 1980 → 1985 for output levels, "
    "the literal 1980-1985 span as alt; enrolment 1980 → 1985 as year-end instants); "
    "historical averages take their own periods (1953-1980, “一五” 1953-1957, “五五” "
    "1976-1980); dated yearly figures take their year (1983, 1984, 1985; 全年 = 1985); "
    "increases 一九八○比一九七五年 / 一九八五年比一九八○年 and multiples take the year of the "
    "level compared, the plan span and null as alts; 一九八五年末 savings → instant. "
    "Modality: actual throughout (a review). Judgement calls: 砘 in 采煤能力八千万砘 is a "
    "typo of 吨, annotated as written (unit 砘, SPEC §3 unknown unit); 新增 capacities and "
    "lengths keep 新增X as metric with 增量 alts; 使用国外贷款 / 吸收外商直接投资 read as plan "
    "totals although a 一九八五年 precedes them in the line; 我国有十亿多人口 → count 1e9 gt "
    "(classifier 人) at the end of 1985, the reference date as alt; 增长/增加N倍 and 翻了一番 → "
    "ratio as written (一倍 → 1, 三倍 → 3, 翻了一番 → 2); 全年总收入 → metric 财政总收入 with "
    "国内财政收入 as alt; the basis value 五百七十七亿元 of the 5th plan is a fact with its own "
    "period. Negatives: 过去的五年中 ×8, “一五” ×2, “五五” ×7, “六五” ×9, “七五”, 五年计划 ×2, "
    "这五年 ×3, 一九五三年至一九八○年, 二十八年间, 两个 (这两个时期), 一九八○年至一九八五年, "
    "前五年, 五年内, 成倍, 九十年代, 后三年, 一九七九和一九八○两年, yearly period and basis "
    "expressions (一九八三年, 一九八四年, 一九八五年 ×5, 一九八○ ×1, 一九八○年 ×4, 一九七五年, "
    "一九八五年末, 一九八○年末), 两项 (资金), 一部分 ×2, 一批, 五年间, 七十年代末, "
    "八十年代初期, 四个 (方面), 一是…四是, 五年 (合计), 十分 (adverb). Lexicalized, not listed: 进一步, "
    "一些. Known false alarms of the shared check_gold.py (as in wr_china_1993): it reads every "
    "百分之N as 100, 一千九百五十万千瓦 as 19501000, 六亿三千多万平方米 as 6.00003e12 and 翻了一番 "
    "as 1, and it warns about the surface unit 砘; czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
