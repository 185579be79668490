"""Gold annotations for wr_china_1993 (1993年中华人民共和国国务院政府工作报告), lines 5-9 of
shared/texts/work_report/wr_china_1993.txt.

The excerpt corpora/wr_china_1993.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: five paragraphs of part 一、改革开放和现代化建设取得伟大
成就的五年 (its heading and opening paragraph, source lines 3-4, lie before the excerpt): the
economy (国民经济持续发展: 1992 GNP, five-year averages, 1992-vs-1987 output of steel, coal,
power, oil, transport and phones, trade, foreign capital, investment), science, education
and population (社会主义精神文明建设…), reform and opening (改革开放迈出重要步伐: the market
share of prices), living standards (人民收入和生活水平: incomes, housing, life expectancy) and
the special paragraph on 1992 (这里要特别指出，刚刚过去的１９９２年…: newly opened cities and
ports, GNP growth).  The excerpt's lines are fixed by the brief (lines 5-9, 2,327
characters).

This report writes its Arabic numerals in full-width digits (２４０００亿元, １．４２亿吨, with a
full-width decimal point ．) and its percentages in Chinese numerals (百分之七点九, 五个千分点 is
written ５个千分点); the spans keep them as written (README §1).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1993.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1993"
PLACE = "中国"
REF = "1993-03-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 5, 9                      # 1-based, inclusive, whole lines
TITLE = "1993年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="国民经济持续发展。", ends="大步前进的一年。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE_NEG = ("comparison basis (a past period named as the term of comparison), not a "
                  "quantity; becomes `comparison`, not the period of the fact")
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "session / edition label (SPEC §1 二十大), not a quantity"
FW = "full-width digits (and full-width ．) kept in the span as written (README §1)"
CNUM = "percentage written in Chinese numerals (百分之N → N %), span as written"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院", "中华人民共和国国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1993-03-15; 去年 = 1992, 今年 = 1993) ---------------------------
# The excerpt lies in part 一 of the report, the review of the outgoing government's five
# years: 从第七届全国人民代表大会第一次会议(March 1988)，到这次大会的召开，已经整整过去了五年
# (source line 4, outside the excerpt) → the statistical years 1988-1992 (as wr_china_1998's
# 1993-1997 and wr_china_2013's 2008-2012).  No line of the excerpt starts with a period, so
# each number takes the last period expression before it in its own line:
#   - 五年 / 五年间 / 五年来 / 五年共 → the span 1988-01-01..1992-12-31 (its own text), null
#     as alt; stocks under it (普及小学教育的县的比例, 中等职业学生的比例) → the instant
#     1992-12-31, the span and null as alts;
#   - １９９２年 (and １９９２年同１９８７年相比) → the year 1992; the increases and growth
#     figures 'compared with 1987' are changes of the 1992 level over the five years: the
#     year of the level compared is gold (as 比五年前增加 in wr_china_1998 and 比1995年增长 in
#     wr_china_2001), the span and null as alts; stocks (发电装机, 电话总容量) → the instant
#     1992-12-31;
#   - the housing built (城镇新建居民住宅, 农村新建住房) follows 1992年同1987年相比 in its line
#     but is a five-year total (judgement call): the span is gold, 1992 an alt;
#   - 现 (现已吸纳), 目前 and 现在 → the reference date as an instant (as 目前 in the README
#     §5 and 现已 in nw_cctv_20231108_sichuan_2023), with null..REF as alt;
#   - 五年前 (inside the from/to pair of the market share of prices) governs only its own
#     value: 1988 counted back from 目前 (1993);
#   - line 9 (刚刚过去的１９９２年) → 1992 for the whole line.
# Streaks (连续四年) take the governing span, the streak's own years and null as alts.
H5 = "五年"


def five(txt):
    return P(txt, "1988-01-01", "1992-12-31")


def end5(txt):
    return P(txt, "1992-12-31", "1992-12-31")


def span(txt):
    return dict(period=five(txt), period_alts=[null(txt)])


def stock5(txt):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt)])


Y92T = "１９９２年"
Y92 = P(Y92T, "1992-01-01", "1992-12-31")
Y92_END = P(Y92T, "1992-12-31", "1992-12-31")
YEAR = dict(period=Y92, period_alts=[null(Y92T)])
VS87 = dict(period=Y92, period_alts=[five(Y92T), null(Y92T)])
STOCK92 = dict(period=Y92_END, period_alts=[Y92, null(Y92T)])
VS87_NOTE = ("change of the 1992 level over 1987 (１９９２年同１９８７年相比): period the year of the "
             "level compared (1992, as 比1995年增长 in wr_china_2001), the five-year span and null "
             "as alts; comparison = the surface basis")
CMP87 = "同１９８７年相比"
AVG_NOTE = ("平均每年增长 = average annual growth over the five years 1988-1992 (comparison = "
            "the surface basis 年均, as wr_china_1998)")
STOCK_NOTE = ("a level held at the end of the five years (stock rule): instant 1992-12-31, "
              "the span and null as alts")

# ==== line 1 (source 5): 国民经济持续发展 =========================================================
g.neg("持续发展。１９９２年国民", "１９９２年", PERIOD_NOTE + " (1992; governs the GNP level; "
      + FW + ")")
GNP = ["GNP", "国民生产总值总量", "经济总量", "生产总值"]
fact("国民生产总值接近２４０００亿元", "２４０００亿元", value=24000e8, unit="CNY",
     kind="amount", bound="approx", metric="国民生产总值", metric_alts=GNP, **YEAR,
     note="接近 → approx (outside the span); ２４０００亿元 = 2.4e12 CNY; 1992年 stands before "
          "it; " + FW)
g.neg("五年平均每年增长百分之七点九", "五年", PERIOD_NOTE + " (五年 = 1988-1992; governs the "
      "line until １９９２年同…)")
fact("五年平均每年增长百分之七点九", "百分之七点九", value=7.9, unit="%", kind="growth",
     metric="国民生产总值",
     metric_alts=GNP + ["国民生产总值年均增长", "国民生产总值年均增速", "经济增长", "年均增速"],
     comparison="年均", **span(H5), note=AVG_NOTE + "; " + CNUM)
AGR = ["农业总产值年均增长", "农业总产值年均增速", "农业产值", "农业"]
fact("农业总产值平均每年增长百分之四点九", "百分之四点九", value=4.9, unit="%", kind="growth",
     metric="农业总产值", metric_alts=AGR, comparison="年均", **span(H5),
     note=AVG_NOTE + " (五年 earlier in the line governs); " + CNUM)
g.neg("摆脱了一度徘徊", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
fact("连续四年获得丰收", "四年", value=4, unit="year", kind="amount",
     metric="粮食丰收持续时间",
     metric_alts=["粮食连续丰收", "粮食连续丰收年数", "连续丰收", "粮食生产连续丰收",
                  "丰收持续时间", "粮食丰收年数", "粮食生产丰收持续时间"],
     period=five(H5), period_alts=[P("连续四年", "1989-01-01", "1992-12-31"), null(H5)],
     note="length of the streak of good harvests (连续四年, as 连续三年增产 in wr_china_2007): "
          "4 year, kind amount; the governing 五年 of the line is gold, the streak 1989-1992 "
          "and null as alts")
g.neg("五年间产值增长２倍", "五年间", PERIOD_NOTE + " (1988-1992)")
TVE = CN + ["乡镇企业"]
fact("五年间产值增长２倍", "２倍", value=2, unit="times", kind="ratio",
     metric="乡镇企业产值",
     metric_alts=["乡镇企业总产值", "乡镇企业产值增长倍数", "产值", "乡镇企业产值增长"],
     subject_alts=TVE, **span("五年间"),
     note="增长N倍 → kind ratio, unit times, value as written (as 增长3.3、1.4、1.1倍 in "
          "nw_chinanews_20211101_provinces_2021q3); comparison null (ratio); the township "
          "enterprises as a sector keep 中国 (README §4), the sector as alt; " + FW)
fact("吸纳农村劳动力１亿多人", "１亿多人", value=1e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="乡镇企业吸纳农村劳动力",
     metric_alts=["吸纳农村劳动力", "农村劳动力", "乡镇企业就业人数", "乡镇企业吸纳农村劳动力人数",
                  "乡镇企业从业人员", "吸纳农村劳动力人数"],
     subject_alts=TVE, period=P("现已", REF, REF),
     period_alts=[P("现已", None, REF), end5("现已"), null("现已")],
     note="多 inside the span → gt; 现已 'by now' → a stock at the reference date (as 现已 in "
          "nw_cctv_20231108_sichuan_2023), alts null..REF, the end of 1992 and null")
g.neg("国民经济的一支重要力量", "一支", "一 + classifier used as article (一支重要力量), not a "
      "quantity")
g.neg("五年间，工业总产值", "五年间", PERIOD_NOTE + " (1988-1992; governs until １９９２年同…)")
IND = ["工业总产值年均增长", "工业总产值年均增速", "工业产值", "工业"]
fact("工业总产值平均每年增长百分之十五", "百分之十五", value=15, unit="%", kind="growth",
     metric="工业总产值", metric_alts=IND, comparison="年均", **span("五年间"),
     note=AVG_NOTE + "; " + CNUM)
g.neg("十五。１９９２年同１９８７年", "１９９２年", PERIOD_NOTE + " (1992, the year of the levels "
      "compared; governs the rest of the line until 五年间)")
g.neg("十五。１９９２年同１９８７年", "１９８７年", BASIS_NOTE_NEG + " (1987)")
fact("钢产量增长百分之四十二", "百分之四十二", value=42, unit="%", kind="growth",
     metric="钢产量", metric_alts=["钢", "钢铁产量", "粗钢产量"], comparison=CMP87, **VS87,
     note=VS87_NOTE + "; " + CNUM)
fact("达到８０００万吨", "８０００万吨", value=8000e4, unit="t", kind="amount",
     metric="钢产量", metric_alts=["钢", "钢铁产量", "粗钢产量"], **YEAR,
     note="达到 → eq; annual output of 1992 (８０００万吨 = 8e7 t); " + FW)
COAL = ["原煤", "煤炭产量", "原煤产量增速"]
fact("原煤产量增长百分之二十", "百分之二十", value=20, unit="%", kind="growth",
     metric="原煤产量", metric_alts=COAL, comparison=CMP87, **VS87, note=VS87_NOTE)
fact("达到１１亿吨", "１１亿吨", value=11e8, unit="t", kind="amount", metric="原煤产量",
     metric_alts=COAL[:2], **YEAR, note="１１亿吨 = 1.1e9 t; annual output of 1992")
POWER = ["发电装机容量", "发电装机规模", "电力装机", "装机容量"]
fact("发电装机增长百分之四十六", "百分之四十六", value=46, unit="%", kind="growth",
     metric="发电装机", metric_alts=POWER, comparison=CMP87,
     period=Y92, period_alts=[Y92_END, five(Y92T), null(Y92T)],
     note="change of a stock (installed capacity) between the ends of 1987 and 1992: the year "
          "of the level compared as written (as 比上年增加3356万千瓦 in wr_china_2012), the "
          "instant, the span and null as alts")
fact("达到１６５００万千瓦", "１６５００万千瓦", value=1.65e11, unit="W", kind="amount",
     metric="发电装机", metric_alts=POWER, **STOCK92,
     note="１６５００万千瓦 = 1.65e8 kW = 1.65e11 W; installed capacity (a stock) → instant "
          "1992-12-31, the year and null as alts")
fact("达到１．４２亿吨", "１．４２亿吨", value=1.42e8, unit="t", kind="amount",
     metric="原油产量", metric_alts=["原油", "石油产量"], **YEAR,
     note="继续增长, no rate given; １．４２亿吨 = 1.42e8 t; " + FW)
RAIL = ["铁路货物周转量", "铁路货运周转", "铁路货运量"]
fact("铁路货运周转量增长百分之二十三", "百分之二十三", value=23, unit="%", kind="growth",
     metric="铁路货运周转量", metric_alts=RAIL, comparison=CMP87, **VS87,
     note="the basis 同１９８７年相比 of the sentence above still applies (the list of output "
          "and transport figures continues); " + VS87_NOTE)
fact("达到１１６２０亿吨公里", "１１６２０亿吨公里", value=11620e8, unit="tkm", kind="amount",
     metric="铁路货运周转量", metric_alts=RAIL[:2], **YEAR,
     note="１１６２０亿吨公里 = 1.162e12 tkm (SPEC §3 transport turnover)")
PORT = ["沿海港口吞吐量", "港口货物吞吐量", "沿海港口货物吞吐量增速"]
fact("吞吐量增长百分之五十九", "百分之五十九", value=59, unit="%", kind="growth",
     metric="沿海港口货物吞吐量", metric_alts=PORT, comparison=CMP87, **VS87, note=VS87_NOTE)
fact("达到５．９亿吨", "５．９亿吨", value=5.9e8, unit="t", kind="amount",
     metric="沿海港口货物吞吐量", metric_alts=PORT[:2], **YEAR, note="５．９亿吨 = 5.9e8 t")
ROAD = ["公路货物周转量", "公路货运周转", "公路货运量"]
fact("公路货运周转量增长百分之三十六", "百分之三十六", value=36, unit="%", kind="growth",
     metric="公路货运周转量", metric_alts=ROAD, comparison=CMP87, **VS87, note=VS87_NOTE)
fact("达到３６１７亿吨公里", "３６１７亿吨公里", value=3617e8, unit="tkm", kind="amount",
     metric="公路货运周转量", metric_alts=ROAD[:2], **YEAR,
     note="３６１７亿吨公里 = 3.617e11 tkm")
TEL = ["电话总容量", "城乡电话容量", "电话交换机总容量", "城乡电话交换机总容量",
       "城乡电话总容量门数"]
fact("总容量增长１．１倍", "１．１倍", value=1.1, unit="times", kind="ratio",
     metric="城乡电话总容量", metric_alts=TEL + ["城乡电话总容量增长倍数"],
     period=Y92, period_alts=[Y92_END, five(Y92T), null(Y92T)],
     note="增长N倍 → ratio N times as written (comparison null); change of a stock between "
          "1987 and 1992: the year 1992 as written, the instant, the span and null as alts")
fact("达到２８６０万门", "２８６０万门", value=2860e4, unit="count", kind="count",
     classifier="门", metric="城乡电话总容量", metric_alts=TEL, **STOCK92,
     note="门 is the measure word of telephone lines → count, classifier 门 (as 1.1亿门 in "
          "wr_china_1998); 总容量 reached (a stock) → instant 1992-12-31")
g.neg("万门。五年间，进出口", "五年间", PERIOD_NOTE + " (1988-1992; governs the growth of "
      "trade)")
TRADE = ["进出口", "外贸进出口总额", "对外贸易总额", "进出口贸易总额", "进出口额"]
fact("进出口总额增长１倍", "１倍", value=1, unit="times", kind="ratio", metric="进出口总额",
     metric_alts=TRADE + ["进出口总额增长倍数"], **span("五年间"),
     note="增长１倍 'grew by 100 %' → ratio 1 time as written (README convention for 增长N倍); "
          "over the five years (五年间) → the span")
g.neg("１倍，１９９２年达到", "１９９２年", PERIOD_NOTE + " (1992; governs the trade level)")
fact("１９９２年达到１６５６亿美元", "１６５６亿美元", value=1656e8, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE, **YEAR, note="达到 → eq; 亿美元 → USD")
g.neg("外汇储备有一定增加", "一定", "adjective 一定 'a certain (amount of)', not a quantity")
g.neg("增加。五年共利用外资", "五年", PERIOD_NOTE + " (五年共 = 1988-1992)")
FDI = ["利用外资总额", "实际利用外资", "外资", "利用外资额", "五年共利用外资"]
fact("共利用外资６０９亿美元", "６０９亿美元", value=609e8, unit="USD", kind="amount",
     metric="利用外资", metric_alts=FDI, **span(H5),
     note="a total of the five years (五年共); 亿美元 → USD")
g.neg("相当于前九年总和", "前九年", BASIS_NOTE_NEG + " (the nine years before the term, "
      "1979-1987)")
fact("前九年总和的１．６倍", "１．６倍", value=1.6, unit="times", kind="ratio",
     metric="利用外资",
     metric_alts=FDI + ["利用外资相当于前九年总和的倍数", "利用外资与前九年总和之比"],
     **span(H5),
     note="相当于…的N倍 → ratio (the five-year total over that of the nine years before); "
          "comparison null (ratio facts carry none)")
g.neg("新成就，五年全社会", "五年", PERIOD_NOTE + " (1988-1992)")
INV = ["固定资产投资", "全社会固定资产投资完成额", "全社会固定资产投资总额", "投资"]
fact("投资完成２６０００亿元", "２６０００亿元", value=26000e8, unit="CNY", kind="amount",
     metric="全社会固定资产投资", metric_alts=INV, **span(H5),
     note="完成 → eq; a total of the five years; ２６０００亿元 = 2.6e12 CNY")
g.neg("２６０００亿元。一批", "一批", "quantifier 一批")

# ==== line 2 (source 6): 精神文明, 科技, 教育, 计划生育 ==========================================
g.neg("比上五年大幅度", "上五年", BASIS_NOTE_NEG + " (the previous five years, 1983-1987; no "
      "number is given for the increase)")
g.neg("“银河—Ⅱ”", "银河—Ⅱ", "model name 银河—Ⅱ (the Yinhe-II supercomputer, SPEC §1 model "
      "names), not a quantity")
g.neg("创办一批国家级", "一批", "quantifier 一批")
g.neg("发展，五年来国家财政", "五年来", PERIOD_NOTE + " (1988-1992; governs the line until "
      "五年共…)")
EDU = ["教育投入", "对教育事业的投入", "教育事业投入", "国家财政和社会各方面对教育事业的投入",
       "教育经费", "教育事业的投入"]
fact("投入达３２００亿元", "３２００亿元", value=3200e8, unit="CNY", kind="amount",
     metric="教育事业投入", metric_alts=EDU, subject_alts=CN + GOV + ["社会各方面"],
     **span("五年来"),
     note="达 → eq; the total spent on education by the state and society over the five "
          "years (五年来); national report → 中国, 国家财政 as alt")
g.neg("比上一个五年增加", "上一个五年", BASIS_NOTE_NEG + " (the previous five years "
      "1983-1987)")
fact("比上一个五年增加１７１０亿元", "１７１０亿元", value=1710e8, unit="CNY", kind="amount",
     metric="教育事业投入增量",
     metric_alts=[m + "增量" for m in EDU[:3]] + ["教育事业投入", "教育投入增加",
                                                  "教育事业投入比上一个五年增加"],
     subject_alts=CN + GOV + ["社会各方面"], **span("五年来"),
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2) of the "
          "five-year total over the previous five years; the basis stays in this note (amount "
          "facts carry no comparison)")
fact("已有百分之七十六的县", "百分之七十六", value=76, unit="%", kind="share",
     metric="普及小学教育的县比例",
     metric_alts=["普及小学教育的县的比例", "普及小学教育县的比重", "普及小学教育县占比",
                  "普及小学教育的县", "县普及小学教育比例", "小学教育普及县比例"],
     **stock5("五年来"),
     note="the share of counties where primary education is universal (已有, a stock) → "
          + STOCK_NOTE + "; " + CNUM)
g.neg("有新的发展，五年共培养", "五年", PERIOD_NOTE + " (五年共 = 1988-1992; governs the rest of "
      "the line)")
fact("专科毕业生５８４万人", "５８４万人", value=584e4, unit="count", kind="count",
     classifier="人", metric="本科和专科毕业生",
     metric_alts=["培养本科和专科毕业生", "本专科毕业生", "本科和专科毕业生人数", "毕业生",
                  "高等教育毕业生", "培养本科和专科毕业生人数"],
     **span(H5), note="a total of the five years (五年共培养)")
fact("研究生１７．２万人", "１７．２万人", value=17.2e4, unit="count", kind="count",
     classifier="人", metric="研究生",
     metric_alts=["培养研究生", "研究生毕业生", "研究生人数", "培养研究生人数"], **span(H5),
     note="verb 五年共培养 shared; " + FW)
fact("学生人数的百分之五十", "百分之五十", value=50, unit="%", kind="share", bound="approx",
     metric="中等职业技术学校在校学生占高中阶段学生比重",
     metric_alts=["中等职业技术学校在校学生比重", "中等职业技术学校在校学生占比",
                  "中等职业技术学校在校学生占高中阶段学生人数比例",
                  "中等职业技术学校在校学生相当于高中阶段学生人数的比例",
                  "中等职业学校在校学生占高中阶段学生比重", "职业教育学生比重"],
     period=end5(H5), period_alts=[five(H5), null(H5)],
     note="已接近 → approx (outside the span); enrolment share (a stock) under the line's 五年 "
          "(五年共培养) → " + STOCK_NOTE)
fact("出生率下降５个千分点", "５个千分点", value=-0.5, unit="pp", kind="change",
     metric="出生率", metric_alts=["人口出生率", "出生率下降"], comparison="比1987年",
     **span(H5),
     note="个千分点 → ×0.1 pp (SPEC §3): 5 per-mille points = 0.5 pp; 下降 → negative; the fall "
          "over the five years under the line's 五年 (with 相当于五年少生… after it); the basis "
          "is not written → the level before the term, comparison 比1987年 (judgement call, as "
          "比2005年 in wr_china_2011)")
g.neg("相当于五年少生", "五年", PERIOD_NOTE + " (1988-1992)")
fact("少生１５００万人左右", "１５００万人", value=1500e4, unit="count", kind="count",
     bound="approx", classifier="人", metric="少生人口",
     metric_alts=["少生人数", "少生", "少出生人口", "计划生育少生人口", "五年少生人口"],
     **span("五年"),
     note="左右 → approx (outside the span); the births avoided over the five years (相当于五年"
          "少生), a count of people, positive (the metric says 少生)")
g.neg("第十一届亚运会", "第十一届", SESSION_NOTE + " (11th Asian Games, an event label)")

# ==== line 3 (source 7): 改革开放 ===================================================================
g.neg("统分结合的双层经营体制", "双层", LABEL_NOTE + " (双层经营体制 'two-tier management "
      "system' of farming)")
g.neg("“双轨制”", "双轨制", LABEL_NOTE + " (双轨制 'dual-track (price) system')")
MKT = ["市场决定价格比重", "由市场决定价格的比例", "市场定价比重", "市场决定价格的商品比重",
       "市场价格比重", "由市场决定价格的比重"]
g.neg("已经由五年前的", "五年前", PERIOD_NOTE + " (inside a from/to pair: 1988, counted back "
      "from 目前 = 1993; governs only 百分之五十)")
fact("五年前的百分之五十左右", "百分之五十", value=50, unit="%", kind="share", bound="approx",
     metric="由市场决定价格的比重", metric_alts=MKT[:5],
     period=P("五年前", "1988-01-01", "1988-12-31"),
     period_alts=[P("五年前", "1987-12-31", "1987-12-31"), P("五年前", "1988-03-15", "1988-03-15"),
                  null("五年前")],
     note="左右 → approx; start of a from/to pair (由…扩大到…): its own period 五年前 = 1988 "
          "(counted back from 目前, the reference year 1993; as 5年前 in wr_china_2016), the "
          "end of 1987, the instant five years before the reference date and null as alts")
fact("扩大到百分之八十左右", "百分之八十", value=80, unit="%", kind="share", bound="approx",
     metric="由市场决定价格的比重", metric_alts=MKT[:5],
     period=P("目前", REF, REF),
     period_alts=[P("目前", None, REF), P("目前", "1992-12-31", "1992-12-31"), null("目前")],
     note="左右 → approx; end of the pair: 目前 (stated at the head of the sentence) → the "
          "reference date as an instant (README §5), null..REF, the end of 1992 and null as "
          "alts")
g.neg("对一批企业", "一批", "quantifier 一批")

# ==== line 4 (source 8): 人民收入和生活水平 ============================================================
g.neg("提高。１９９２年同１９８７年", "１９９２年", PERIOD_NOTE + " (1992; governs the incomes)")
g.neg("提高。１９９２年同１９８７年", "１９８７年", BASIS_NOTE_NEG + " (1987)")
URB = ["城镇居民人均生活费收入", "城镇居民收入", "城镇居民人均收入", "人均生活费收入"]
RUR = ["农村居民人均纯收入", "农民人均纯收入", "农村居民收入", "人均纯收入"]
INC_NOTE = ("absolute change of a level (增加 → positive, metric <level>增量, SPEC §2) of the "
            "1992 income over that of 1987: the year 1992 (of the level compared), the span "
            "and null as alts; the basis stays in this note (amount facts carry no comparison)")
fact("生活费收入增加９１０元", "９１０元", value=910, unit="CNY", kind="amount",
     metric="城镇居民人均生活费收入增量",
     metric_alts=URB + ["城镇居民人均生活费收入增加", "城镇居民收入增量"], **VS87, note=INC_NOTE)
fact("达到１８２６元；", "１８２６元", value=1826, unit="CNY", kind="amount",
     metric="城镇居民人均生活费收入", metric_alts=URB[1:], **YEAR, note="达到 → eq; 1992")
fact("纯收入增加３２１元", "３２１元", value=321, unit="CNY", kind="amount",
     metric="农村居民人均纯收入增量",
     metric_alts=RUR + ["农村居民人均纯收入增加", "农民人均纯收入增量"], **VS87, note=INC_NOTE)
fact("达到７８４元", "７８４元", value=784, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR[1:], **YEAR, note="达到 → eq; 1992")
HOUSE_P = dict(period=five(H5), period_alts=[Y92, null(H5)])
HOUSE_NOTE = ("judgement call on the period: floor space built over the five years (the "
              "yearly urban completions of the time were about 2亿平方米, so 9.2亿 is a total), "
              "so the five-year span (period text 五年 of the part) is gold although the line's "
              "１９９２年 literally precedes it (that reading and null as alts, as wr_china_2011's "
              "累计对外直接投资)")
fact("城镇新建居民住宅９．２亿平方米", "９．２亿平方米", value=9.2e8, unit="m2", kind="amount",
     metric="城镇新建居民住宅",
     metric_alts=["城镇新建住宅", "城镇新建居民住宅面积", "城镇居民住宅", "新建居民住宅",
                  "城镇新建住宅面积", "城镇住宅竣工面积"], **HOUSE_P,
     note="９．２亿平方米 = 9.2e8 m2; " + HOUSE_NOTE)
fact("农村新建住房３６亿平方米", "３６亿平方米", value=36e8, unit="m2", kind="amount",
     metric="农村新建住房",
     metric_alts=["农村新建住房面积", "农村住房", "新建住房", "农村新建住宅",
                  "农村住宅竣工面积"], **HOUSE_P,
     note="３６亿平方米 = 3.6e9 m2; " + HOUSE_NOTE)
fact("期望寿命已经达到７０岁左右", "７０岁", value=70, unit="year", kind="amount",
     bound="approx", metric="平均期望寿命",
     metric_alts=["人口平均期望寿命", "人均期望寿命", "期望寿命", "平均预期寿命", "人均预期寿命",
                  "预期寿命"],
     period=P("现在", REF, REF),
     period_alts=[P("现在", None, REF), P("现在", "1992-01-01", "1992-12-31"), null("现在")],
     note="左右 → approx (outside the span); 岁 → year (as 73岁 in wr_china_2008); 现在 (head of "
          "the sentence before, same line) governs → the reference date as an instant; "
          "null..REF, the year 1992 and null as alts")

# ==== line 5 (source 9): 刚刚过去的１９９２年 ==========================================================
g.neg("刚刚过去的１９９２年", "１９９２年", PERIOD_NOTE + " (1992; governs the line)")
g.neg("第十四次代表大会", "第十四次", SESSION_NOTE + " (14th Party Congress)")
OPEN_NOTE = ("cities newly opened in 1992 (新开放了): a count of the new units (README §3), 增量 "
             "alts; 刚刚过去的１９９２年 governs the line")
fact("新开放了５个沿江城市", "５个", value=5, unit="count", kind="count", classifier="个",
     metric="新开放沿江城市",
     metric_alts=["沿江城市", "开放沿江城市", "沿江开放城市", "新开放的沿江城市", "沿江城市增量",
                  "开放沿江城市增量"], **YEAR, note=OPEN_NOTE)
fact("１８个省会城市", "１８个", value=18, unit="count", kind="count", classifier="个",
     metric="新开放省会城市",
     metric_alts=["省会城市", "开放省会城市", "新开放的省会城市", "省会城市增量",
                  "开放省会城市增量"], **YEAR, note=OPEN_NOTE + "; verb 新开放了 shared")
fact("１３个沿边城市", "１３个", value=13, unit="count", kind="count", classifier="个",
     metric="新开放沿边城市",
     metric_alts=["沿边城市", "开放沿边城市", "沿边开放城市", "新开放的沿边城市", "沿边城市增量",
                  "开放沿边城市增量"], **YEAR, note=OPEN_NOTE + "; verb 新开放了 shared")
fact("增加了３４个开放口岸", "３４个", value=34, unit="count", kind="count", classifier="个",
     metric="开放口岸增量",
     metric_alts=["开放口岸", "新增开放口岸", "增加开放口岸", "开放口岸数量增量", "口岸"],
     **YEAR, note="absolute change of a level (增加了 → positive, metric <level>增量, SPEC §2); "
                  "the plain noun as alt")
g.neg("最多的一年", "一年", "'the year with the most (foreign capital)' = 1992, not a duration "
      "fact")
fact("比上年增长百分之十二点八", "百分之十二点八", value=12.8, unit="%", kind="growth",
     metric="国民生产总值",
     metric_alts=GNP + ["经济增长", "经济增速", "国民生产总值增长"], comparison="yoy", **YEAR,
     note="比上年 → yoy; 刚刚过去的１９９２年 governs; " + CNUM)
g.neg("党的十四大", "十四大", SESSION_NOTE + " (14th Party Congress, as 二十大)")
g.neg("过去的一年，是我们", "过去的一年", PERIOD_NOTE + " (1992); no number follows")
g.neg("大步前进的一年", "一年", "'a year of great strides' (1992), not a duration fact")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), as fixed by the brief: five "
    "paragraphs of part 一、改革开放和现代化建设取得伟大成就的五年, the review of the outgoing "
    "government's five years (its heading and opening paragraph, source lines 3-4, lie "
    "before the excerpt): the economy (1992 GNP, five-year averages, 1992-vs-1987 output, "
    "transport, phones, trade, foreign capital, investment), science/education/population, "
    "reform and opening (market share of prices), living standards, and the paragraph on "
    "1992 (刚刚过去的１９９２年: newly opened cities and ports, GNP growth). No 1993 target is "
    "in the excerpt. Full-width digits and Chinese-numeral percentages are kept in the spans "
    "as written. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 1993-03-15, the shared meta date: the opening day of the 1st "
    "session of the 8th NPC, on which Premier Li Peng delivered the report; the Wikisource "
    "text has no dateline; nothing in the excerpt contradicts it (1992 results, 比上年 of "
    "1992). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the education "
    "spending adds 国家财政 etc.; the township enterprises (乡镇企业) keep 中国 with the "
    "sector as alt. Periods: the five years of the term (since March 1988) = 1988-01-01.."
    "1992-12-31; no line starts with a period, so each number takes the last period before "
    "it in its line: 五年 / 五年间 / 五年来 / 五年共 → the span (null as alt), stocks under it "
    "(76% of counties, 50% of upper-secondary pupils) → instant 1992-12-31; １９９２年 (and "
    "１９９２年同１９８７年相比) → 1992, its changes over 1987 with the span as alt, stocks "
    "(发电装机, 电话总容量) → instant 1992-12-31; 现已 / 目前 / 现在 → the reference date "
    "1993-03-15 as an instant (null..REF and 1992 as alts); 五年前 inside the from/to pair → "
    "1988; line 9 → 1992. Modality: actual throughout. Units: 亿元 ×1e8; 万千瓦 → W (×1e7); "
    "亿吨公里 → tkm; 个千分点 → ×0.1 pp; 岁 → year; 门 → count. Judgement calls: the housing "
    "built (9.2亿 / 36亿平方米) → five-year totals (span gold, 1992 as alt); the transport "
    "growth rates after 钢/煤/电/油 keep the basis 同１９８７年相比; 增长２倍 / １．１倍 / １倍 and "
    "前九年总和的１．６倍 → ratios as written; 连续四年 → 4-year duration over the span (streak "
    "1989-1992 as alt); 出生率下降５个千分点 → change −0.5 pp with comparison 比1987年; "
    "少生１５００万人 → count approx; 现已吸纳１亿多人 → stock at the reference date; "
    "增加了３４个开放口岸 → count with metric 开放口岸增量. Negatives: １９９２年 ×4, 五年 ×5 "
    "(incl. 五年间 ×3 and 五年来), 一度, 一支, １９８７年 ×2, 一定, 前九年, 一批 ×3, 上五年, "
    "银河—Ⅱ, 上一个五年, 第十一届, 双层, 双轨制, 五年前, 第十四次, 一年 ×2, 十四大, 过去的一年. "
    "Lexicalized, not listed: 进一步. Known false alarms of the shared check_gold.py (as in "
    "wr_china_1995): it reads 百分之N spans as 100 and stops full-width numbers at the "
    "full-width decimal point ． (１．４２亿吨 read as 1).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
