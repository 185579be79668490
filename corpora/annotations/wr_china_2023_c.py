"""Gold annotations for wr_china_2023_c (2023年中华人民共和国国务院政府工作报告, the itemised review
of the five years 2018-2022: opening-up, ecology, livelihood), lines 51-60 of
shared/texts/work_report/wr_china_2023.txt.

The excerpt corpora/wr_china_2023_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): the three paragraphs of
review item （七） (foreign trade, foreign investment, the Belt and Road; its heading line 50
lies outside), item （八） (heading, pollution control and ecology, energy saving and carbon)
and item （九） up to its third paragraph (heading, education, health care, social security).
All of it lies in part 一、过去一年和五年工作回顾, in the itemised review of the five years of
the outgoing government (五年来…主要做了以下工作, source line 28, outside the excerpt).  Lines
6-14 and 17-30 are annotated in wr_china_2023 / wr_china_2023_b (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2023_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_2023_c"
PLACE = "中国"
REF = "2023-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_2023.txt"
FIRST, LAST = 51, 60                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2023年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推动进出口稳中提质。",
                 ends="坚决兜住了困难群众基本生活保障网。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act or standard: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2023_b)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2023-03-05; 去年 = 2022, 今年 = 2023) ---------------------------
# The excerpt lies in the itemised review of the five years of the outgoing government (part
# 一、过去一年和五年工作回顾; 过去五年…, source line 16; 五年来…主要做了以下工作, source line 28;
# both outside the excerpt).  The term began at the 1st session of the 13th NPC (March 2018),
# so the five years are the statistical years 2018-2022 (as wr_china_2023_b).  No line of the
# excerpt states a period before its numbers (每年 of line 8 aside), so every number takes the
# section frame, the five years (period text 五年来, the wording of source line 28 that opens
# the itemised review, outside the excerpt; period text is not scored), null as alt (SPEC
# §4).  Within the frame, as wr_china_2023_b / wr_china_2018_b:
#   - five-year totals, things set up or built in the five years, 年均 growth, cuts over the
#     five years → the span;
#   - from/to pairs 从X提高到Y with no year written: X is the level before the span, Y the
#     level at its end.  Flows and ratios of flows (与自贸伙伴货物进出口额占比, 清洁能源消费
#     占比) → the years 2017 and 2022; stocks, rates of stocks and populations (可再生能源装机,
#     关税总水平, 义务教育巩固率, 毛入学率) and standards in force (人均财政补助标准) → the
#     instants 2017-12-31 and 2022-12-31; the other readings and null as alts;
#   - levels reached (达, 达到, 提高到, 压缩至 without a start) → the year 2022 for a ratio of
#     flows (空气质量优良天数比例), the instant 2022-12-31 for a stock or a standard in force
#     (森林覆盖率, 出口退税办理时间, 已设21个自由贸易试验区, 超低排放煤电机组);
#   - 每年 (line 8: 每年都保持在4%以上, 每年惠及3700多万学生) → text only, start/end null
#     (README §5), the five-year span as alt (as wr_china_2013_b / wr_china_2011).  The clauses
#     after 每年 in line 8 are read in the frame (the literal inheritance of 每年 — null dates —
#     is the null alt every fact carries).
def five(txt):
    return P(txt, "2018-01-01", "2022-12-31")


def end5(txt):
    return P(txt, "2022-12-31", "2022-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow5(txt):
    return dict(period=five(txt), period_alts=[null(txt)])


def made5(txt):
    """things set up / built over the five years: the span, the stock reading (the set at the
    end of 2022) as alt."""
    return dict(period=five(txt), period_alts=[null(txt), end5(txt)])


def stock5(txt, *extra):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt), *extra])


def from_flow(txt):
    return dict(period=year(txt, 2017),
                period_alts=[P(txt, "2018-01-01", "2018-01-01"),
                             P(txt, "2017-12-31", "2017-12-31"), five(txt), null(txt)])


def to_flow(txt):
    return dict(period=year(txt, 2022), period_alts=[end5(txt), five(txt), null(txt)])


def from_stock(txt):
    return dict(period=P(txt, "2017-12-31", "2017-12-31"),
                period_alts=[P(txt, "2018-01-01", "2018-01-01"), year(txt, 2017), five(txt),
                             null(txt)])


def to_stock(txt):
    return dict(period=end5(txt), period_alts=[year(txt, 2022), five(txt), null(txt)])


S = "五年来"
EACH = dict(period=null("每年"), period_alts=[five("每年")])

FRAME_NOTE = ("the line states no period before it: section frame, the five years 2018-2022 "
              "of the itemised review (period text 五年来, source line 28, outside the "
              "excerpt), null as alt")
SPAN_NOTE = "a total over the five years 2018-2022 → the span; " + FRAME_NOTE
MADE_NOTE = ("set up / built within the five years → the span, the set at the end of 2022 as "
             "a further alt; 增量 alts (README §3); " + FRAME_NOTE)
AVG_NOTE = ("average annual growth over the five years 2018-2022; comparison = the surface "
            "basis 年均 (as wr_china_2023_b / wr_china_2018)")
BASIS_NOTE = ("change over the five years; the basis is not written: the 2017 level before "
              "them → comparison 比2017年 (judgement call, as wr_china_2023_b)")
CUT_NOTE = ("{} X% = a relative cut → growth, negative (as wr_china_2014 压减5%, "
            "wr_china_2018_b 压减74%); ")
FROM_FLOW_NOTE = ("start of a from/to pair with no year written: the level before the five "
                  "years, a ratio of flows → the year 2017 (alts: the span's start instant, "
                  "the end of 2017, the span, null)")
TO_FLOW_NOTE = ("end of the pair / a level reached at the end of the five years, a ratio of "
                "flows → the year 2022 (alts: the instant 2022-12-31, the span, null)")
FROM_STOCK_NOTE = ("start of a from/to pair with no year written: a stock (or a rate of a "
                   "stock or population, a standard in force) before the five years → the "
                   "instant 2017-12-31 (alts: the span's start instant, the year 2017, the "
                   "span, null)")
TO_STOCK_NOTE = ("end of the pair / a level reached: the stock (or rate, standard) at the end "
                 "of the five years → the instant 2022-12-31 (stock rule; alts: the year "
                 "2022, the span, null)")
EACH_NOTE = ("每年 → text only, start/end null (README §5), the five-year span as alt (as "
             "wr_china_2013_b 每年资助金额)")

# ==== line 1 (source 51): 推动进出口稳中提质 ======================================================
gov("压缩至6个工作日以内", "6个工作日", value=6, unit="day", kind="amount", bound="le",
    metric="企业出口退税办理时间",
    metric_alts=["出口退税办理时间", "出口退税平均办理时间", "企业出口退税办理时限",
                 "出口退税办理时限", "出口退税办理时长"], **to_stock(S),
    note="以内 → le (outside the span); 工作日 → day (as nw_cctv_20201205_hainan_ftp_2020 2个"
         "工作日); the processing time in force after the cut (压缩至, a standard) → "
         + TO_STOCK_NOTE + "; " + FRAME_NOTE + "; " + GOV_NOTE)
gov("新设152个跨境电商综试区", "152个", value=152, unit="count", kind="count",
    classifier="个", metric="跨境电商综试区",
    metric_alts=new("跨境电商综试区", "新设跨境电商综试区", "跨境电子商务综合试验区",
                    "跨境电商综合试验区"), **made5(S), note=MADE_NOTE + "; " + GOV_NOTE)
g.neg("支持建设一批海外仓", "一批", VAGUE_NOTE)
CLEAR_NOTE = ("分别: 进口(通关时间) ↔ 67%, 出口通关时间 ↔ 92% (each with its own %); "
              + CUT_NOTE.format("压减") + BASIS_NOTE + "; " + FRAME_NOTE)
fact("分别压减67%", "67%", value=-67, unit="%", kind="growth", metric="进口通关时间",
     metric_alts=["进口整体通关时间", "进口通关时长", "进口通关时间压减"],
     comparison="比2017年", **flow5(S), note=CLEAR_NOTE + "; the shared head restored")
fact("67%和92%", "92%", value=-92, unit="%", kind="growth", metric="出口通关时间",
     metric_alts=["出口整体通关时间", "出口通关时长", "出口通关时间压减"],
     comparison="比2017年", **flow5(S), note=CLEAR_NOTE)
TARIFF = ["关税总水平税率", "平均关税水平", "关税水平", "平均关税税率", "关税平均税率"]
gov("关税总水平从9.8%", "9.8%", value=9.8, unit="%", kind="share", metric="关税总水平",
    metric_alts=TARIFF, **from_stock(S),
    note="a tariff rate (the average of the schedule in force; a rate, not a growth) → share "
         "(as the tax rates of wr_china_2023_b); " + FROM_STOCK_NOTE + "; " + GOV_NOTE)
gov("降至7.4%", "7.4%", value=7.4, unit="%", kind="share", metric="关税总水平",
    metric_alts=TARIFF, **to_stock(S), note=TO_STOCK_NOTE + "; " + GOV_NOTE)

# ==== line 2 (source 52): 积极有效利用外资 ========================================================
NEG_NOTE = ("分别: 全国(负面清单条数) ↔ 51%, 自由贸易试验区负面清单条数 ↔ 72% (the foreign-"
            "investment access lists; the shared head restored, README §3); "
            + CUT_NOTE.format("压减") + BASIS_NOTE + "; " + FRAME_NOTE + "; " + GOV_NOTE)
gov("分别压减51%", "51%", value=-51, unit="%", kind="growth", metric="全国负面清单条数",
    metric_alts=["全国外资准入负面清单条数", "外资准入负面清单条数", "负面清单条数",
                 "全国外商投资准入负面清单条数", "全国负面清单"],
    comparison="比2017年", **flow5(S), note=NEG_NOTE)
gov("51%、72%", "72%", value=-72, unit="%", kind="growth",
    metric="自由贸易试验区负面清单条数",
    metric_alts=["自由贸易试验区外资准入负面清单条数", "自贸试验区负面清单条数",
                 "自由贸易试验区外商投资准入负面清单条数", "负面清单条数",
                 "自由贸易试验区负面清单"],
    subject_alts=GOV + CN + ["自由贸易试验区"], comparison="比2017年", **flow5(S),
    note=NEG_NOTE)
gov("已设21个自由贸易试验区", "21个", value=21, unit="count", kind="count", classifier="个",
    metric="自由贸易试验区",
    metric_alts=["自贸试验区", "自由贸易试验区数量", "已设自由贸易试验区", "自贸区"],
    **stock5(S, P(S, REF, REF)),
    note="已设 'set up so far' → the set (a stock) at the end of the five years, instant "
         "2022-12-31 (stock rule), the span, null and the reference date as alts; " + GOV_NOTE)
g.neg("一批外资大项目", "一批", VAGUE_NOTE)

# ==== line 3 (source 53): 推动高质量共建“一带一路” =================================================
g.neg("高质量共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
g.neg("实施一批互联互通", "一批", VAGUE_NOTE)
fact("年均增长13.4%", "13.4%", value=13.4, unit="%", kind="growth",
     metric="对沿线国家货物进出口额",
     metric_alts=["与沿线国家货物进出口额", "对“一带一路”沿线国家货物进出口额",
                  "对沿线国家货物贸易额", "对沿线国家进出口额", "对沿线国家货物进出口额年均增速",
                  "与“一带一路”沿线国家货物贸易额"],
     comparison="年均", **flow5(S), note=AVG_NOTE + "; " + FRAME_NOTE)
gov("新签和升级6个自贸协定", "6个", value=6, unit="count", kind="count", classifier="个",
    metric="自贸协定",
    metric_alts=new("自贸协定", "新签和升级自贸协定", "自由贸易协定", "新签和升级的自贸协定",
                    "新签自贸协定"), **made5(S),
    note="agreements signed or upgraded within the five years; " + MADE_NOTE + "; " + GOV_NOTE)
FTA = ["与自贸伙伴货物贸易额占比", "自贸伙伴货物进出口额占比", "与自贸伙伴进出口额占比",
       "与自贸伙伴货物进出口额占货物进出口总额比重", "与自贸伙伴贸易额占比",
       "与自贸伙伴货物进出口额比重"]
fact("占比从26%提升", "26%", value=26, unit="%", kind="share",
     metric="与自贸伙伴货物进出口额占比", metric_alts=FTA, **from_flow(S),
     note="the share of the year's goods trade with FTA partners (a ratio of flows) → "
          + FROM_FLOW_NOTE + "; " + FRAME_NOTE)
fact("提升至35%左右", "35%", value=35, unit="%", kind="share", bound="approx",
     metric="与自贸伙伴货物进出口额占比", metric_alts=FTA, **to_flow(S),
     note="左右 → approx (outside the span); " + TO_FLOW_NOTE)

# ==== line 4 (source 54): （八）加强生态环境保护 (no facts) ==========================================
g.neg("（八）加强生态环境保护", "（八）", MARKER_NOTE)

# ==== line 5 (source 55): 加强污染治理和生态建设 ==================================================
CITIES = CN + ["地级及以上城市"]
AIR = ["空气质量优良天数比例", "优良天数比例", "空气质量优良天数比率", "优良天数比率",
       "地级及以上城市空气质量优良天数比率", "城市空气质量优良天数比例"]
fact("优良天数比例达86.5%", "86.5%", value=86.5, unit="%", kind="share",
     metric="地级及以上城市空气质量优良天数比例", metric_alts=AIR, subject_alts=CITIES,
     **to_flow(S),
     note="达 → eq; the share of the year's days with good air (a ratio of the year) reached "
          "at the end of the five years → " + TO_FLOW_NOTE + "; the cities of prefecture "
          "level and above are the set measured (the country keeps the subject, the set as "
          "alt, README §4, as wr_china_2023_b PM2.5); " + FRAME_NOTE)
fact("上升4个百分点", "4个百分点", value=4, unit="pp", kind="change",
     metric="地级及以上城市空气质量优良天数比例", metric_alts=AIR, subject_alts=CITIES,
     comparison="比2017年", **flow5(S),
     note="pp change of a share → the share's metric (README §3); " + BASIS_NOTE + "; "
          + FRAME_NOTE)
g.neg("实施一批重大生态工程", "一批", VAGUE_NOTE)
g.neg("重点水域十年禁渔", "十年", LABEL_NOTE + " (十年禁渔, the name of the ten-year fishing "
      "ban on the Yangtze, in force 2021-2030) — judgement call, as the 三年行动 names; a "
      "duration fact of 10 year is the alternative reading")
fact("森林覆盖率达到24%", "24%", value=24, unit="%", kind="share", metric="森林覆盖率",
     metric_alts=["全国森林覆盖率", "森林覆盖"], **to_stock(S),
     note="达到 → eq; the forest area over the land area (a rate of a stock) → "
          + TO_STOCK_NOTE + "; " + FRAME_NOTE)
fact("均达50%以上", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="草原综合植被盖度和湿地保护率",
     metric_alts=["草原综合植被盖度", "湿地保护率", "草原综合植被盖度、湿地保护率",
                  "草原植被盖度", "草原综合植被覆盖度"], **to_stock(S),
     note="以上 → ge (outside the span); one quantity mention over two indicators (均) → one "
          "fact, each indicator as a metric alt (as wr_guizhou_2025 增速均超过30%); rates of a "
          "stock (cover, protected wetland) → " + TO_STOCK_NOTE)
AREA_NOTE = ("分别净减少: 水土流失(面积) ↔ 10.6万, 荒漠化(土地面积) ↔ 3.8万, 沙化土地面积 ↔ "
             "3.3万平方公里; absolute change of a level (净减少 → negative, SPEC §2 <level>增量); "
             "the shared unit 平方公里 goes with the last value only (README §1: 10.6万, 3.8万 "
             "bare) but applies to all: 万平方公里 = 1e10 m2; changes over the five years → "
             "the span; amount facts carry no comparison; " + FRAME_NOTE)
fact("分别净减少10.6万", "10.6万", value=-10.6e10, unit="m2", kind="amount",
     metric="水土流失面积增量",
     metric_alts=["水土流失面积", "水土流失面积净减少", "水土流失面积减少", "水土流失面积变化",
                  "水土流失"], **flow5(S), note=AREA_NOTE)
fact("10.6万、3.8万", "3.8万", value=-3.8e10, unit="m2", kind="amount",
     metric="荒漠化土地面积增量",
     metric_alts=["荒漠化面积增量", "荒漠化土地面积", "荒漠化面积", "荒漠化土地面积净减少",
                  "荒漠化面积净减少", "荒漠化"], **flow5(S), note=AREA_NOTE)
fact("3.3万平方公里", "3.3万平方公里", value=-3.3e10, unit="m2", kind="amount",
     metric="沙化土地面积增量",
     metric_alts=["沙化土地面积", "沙化面积", "沙化土地面积净减少", "沙化面积增量",
                  "沙化土地面积减少"], **flow5(S), note=AREA_NOTE)

# ==== line 6 (source 56): 稳步推进节能降碳 ========================================================
fact("煤电机组超过10.5亿千瓦", "10.5亿千瓦", value=1.05e12, unit="W", kind="amount",
     bound="gt", metric="实现超低排放的煤电机组",
     metric_alts=["超低排放煤电机组", "超低排放煤电机组装机容量", "实现超低排放的煤电机组容量",
                  "实现超低排放的煤电机组装机", "超低排放煤电装机", "煤电机组超低排放"],
     **stock5(S),
     note="超过 → gt (outside the span); 亿千瓦 = 1e8 × 1e3 W; the capacity of the coal "
          "units meeting ultra-low emission limits (a stock): instant 2022-12-31 (stock "
          "rule), the span and null as alts; " + FRAME_NOTE)
RE = ["可再生能源装机", "可再生能源装机容量", "可再生能源发电装机", "可再生能源发电装机容量",
      "可再生能源发电装机规模"]
fact("装机规模由6.5亿千瓦", "6.5亿千瓦", value=6.5e11, unit="W", kind="amount",
     metric="可再生能源装机规模", metric_alts=RE, **from_stock(S),
     note="installed capacity (a stock); " + FROM_STOCK_NOTE)
fact("增至12亿千瓦以上", "12亿千瓦", value=1.2e12, unit="W", kind="amount", bound="ge",
     metric="可再生能源装机规模", metric_alts=RE, **to_stock(S),
     note="以上 → ge (outside the span); " + TO_STOCK_NOTE)
CLEAN = ["清洁能源消费比重", "清洁能源消费量占能源消费总量比重", "清洁能源占能源消费总量比重",
         "清洁能源消费占能源消费总量比重", "清洁能源消费占比重"]
fact("消费占比由20.8%上升", "20.8%", value=20.8, unit="%", kind="share",
     metric="清洁能源消费占比", metric_alts=CLEAN, **from_flow(S),
     note="the share of the year's energy use (a ratio of flows) → " + FROM_FLOW_NOTE)
fact("上升到25%以上", "25%", value=25, unit="%", kind="share", bound="ge",
     metric="清洁能源消费占比", metric_alts=CLEAN, **to_flow(S),
     note="以上 → ge (outside the span); " + TO_FLOW_NOTE)

# ==== line 7 (source 57): （九）切实保障和改善民生 (no facts) ========================================
g.neg("（九）切实保障", "（九）", MARKER_NOTE)

# ==== line 8 (source 58): 促进教育公平和质量提升 ==================================================
g.neg("百年大计，教育为本", "百年大计", "idiom 百年大计 'a plan for a hundred years' (a "
      "matter of lasting importance), not a quantity")
EDU_GDP = ["国家财政性教育经费占国内生产总值比例", "财政性教育经费支出占国内生产总值比例",
           "财政性教育经费占GDP比例", "国家财政性教育经费支出占国内生产总值比例",
           "教育经费占国内生产总值比例", "财政性教育经费占国内生产总值比重"]
gov("每年都保持在4%以上", "4%", value=4, unit="%", kind="share", bound="ge",
    metric="财政性教育经费占国内生产总值比例", metric_alts=EDU_GDP, **EACH,
    note="以上 → ge (outside the span); a ratio of two flows held in every year (每年都保持在); "
         + EACH_NOTE + "; " + GOV_NOTE)
CONS = ["九年义务教育巩固率", "巩固率", "义务教育巩固水平"]
fact("巩固率由93.8%提高", "93.8%", value=93.8, unit="%", kind="share",
     metric="义务教育巩固率", metric_alts=CONS, **from_stock(S),
     note="a rate of a pupil population → share (as wr_china_2013_b 毛入学率 read as a level "
          "at the end of the span); " + FROM_STOCK_NOTE + "; " + FRAME_NOTE + " (每年 of the "
          "clause before: its literal inheritance, null dates, is the null alt)")
fact("提高到95.5%", "95.5%", value=95.5, unit="%", kind="share",
     metric="义务教育巩固率", metric_alts=CONS, **to_stock(S), note=TO_STOCK_NOTE)
fact("每年惠及3700多万学生", "3700多万", value=3700e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="营养改善计划惠及学生",
     metric_alts=["惠及学生", "学生", "受益学生", "营养改善计划受益学生", "营养改善计划惠及学生人数",
                  "每年惠及学生"], subject_alts=CN + GOV, **EACH,
     note="多 inside the span → gt; no measure word after 3700多万 (noun 学生): 人 implied (as "
          "wr_china_2013_b 1.6亿学生); the predicate 惠及 defines the counted pupils; "
          + EACH_NOTE)
HS = ["高中阶段毛入学率", "毛入学率", "高中阶段教育入学率"]
fact("高中阶段教育毛入学率提高到90%以上", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="高中阶段教育毛入学率", metric_alts=HS, **to_stock(S),
     note="以上 → ge (outside the span); 提高到 without a start value: the level reached; a rate "
          "of a population → share, read as a level at the end of the span (as "
          "wr_china_2013_b / wr_china_2007_b 高等教育毛入学率) → " + TO_STOCK_NOTE)
HE = ["高等教育入学率", "毛入学率", "高等教育毛入学率水平"]
fact("毛入学率从45.7%提高", "45.7%", value=45.7, unit="%", kind="share",
     metric="高等教育毛入学率", metric_alts=HE, **from_stock(S),
     note="a rate of a population → share; " + FROM_STOCK_NOTE)
fact("提高到59.6%", "59.6%", value=59.6, unit="%", kind="share",
     metric="高等教育毛入学率", metric_alts=HE, **to_stock(S), note=TO_STOCK_NOTE)
gov("建设288个基础学科", "288个", value=288, unit="count", kind="count", classifier="个",
    metric="基础学科拔尖学生培养基地",
    metric_alts=new("基础学科拔尖学生培养基地", "建设基础学科拔尖学生培养基地",
                    "拔尖学生培养基地"), **made5(S), note=MADE_NOTE + "; " + GOV_NOTE)

# ==== line 9 (source 59): 提升医疗卫生服务能力 ====================================================
STD_NOTE = ("a per-capita subsidy standard set by the government (a standard in force, as "
            "起征点 in wr_china_2023_b) → ")
MI = ["城乡居民医保人均财政补助", "城乡居民医保财政补助标准", "居民医保人均财政补助标准",
      "城乡居民基本医保人均财政补助标准", "人均财政补助标准"]
gov("补助标准从450元", "450元", value=450, unit="CNY", kind="amount",
    metric="城乡居民医保人均财政补助标准", metric_alts=MI, **from_stock(S),
    note=STD_NOTE + FROM_STOCK_NOTE + "; " + FRAME_NOTE + "; " + GOV_NOTE)
gov("提高到610元", "610元", value=610, unit="CNY", kind="amount",
    metric="城乡居民医保人均财政补助标准", metric_alts=MI, **to_stock(S),
    note=STD_NOTE + TO_STOCK_NOTE + "; " + GOV_NOTE)
fact("惠及5700多万人次", "5700多万人次", value=5700e4, unit="count", kind="count",
     classifier="人次", bound="gt", metric="跨省直接结算",
     metric_alts=["住院和门诊费用跨省直接结算", "跨省直接结算惠及", "跨省直接结算人次",
                  "住院和门诊费用跨省直接结算惠及人次", "跨省直接结算惠及人次", "惠及"],
     **made5(S),
     note="多 inside the span → gt; 人次 is a classifier (SPEC §3); the settlements made over "
          "the five years (a total, the cumulative stock reading as alt); " + FRAME_NOTE)
fact("降低费用负担超过4000亿元", "4000亿元", value=4000e8, unit="CNY", kind="amount",
     bound="gt", metric="降低费用负担",
     metric_alts=["集中带量采购降低费用负担", "减轻费用负担", "节约费用", "降低药品和医用耗材费用",
                  "药品和医用耗材集中带量采购降低费用负担", "降费"],
     subject_alts=CN + GOV, **made5(S),
     note="超过 → gt (outside the span); the savings of the central volume-based procurement "
          "over the five years (a total, the cumulative reading as alt); " + FRAME_NOTE)
gov("设置13个国家医学中心", "13个", value=13, unit="count", kind="count", classifier="个",
    metric="国家医学中心",
    metric_alts=new("国家医学中心", "设置国家医学中心"), **made5(S),
    note=MADE_NOTE + "; " + GOV_NOTE)
gov("布局建设76个国家区域医疗中心", "76个", value=76, unit="count", kind="count",
    classifier="个", metric="国家区域医疗中心",
    metric_alts=new("国家区域医疗中心", "布局建设国家区域医疗中心", "国家区域医疗中心建设项目"),
    **made5(S), note=MADE_NOTE + "; " + GOV_NOTE)
PH = ["基本公共卫生服务经费人均财政补助", "基本公共卫生服务经费补助标准",
      "基本公共卫生服务人均财政补助标准", "基本公共卫生服务经费人均补助标准",
      "人均基本公共卫生服务经费补助标准", "人均财政补助标准"]
gov("补助标准从50元", "50元", value=50, unit="CNY", kind="amount",
    metric="基本公共卫生服务经费人均财政补助标准", metric_alts=PH, **from_stock(S),
    note=STD_NOTE + FROM_STOCK_NOTE + "; " + GOV_NOTE)
gov("提高到84元", "84元", value=84, unit="CNY", kind="amount",
    metric="基本公共卫生服务经费人均财政补助标准", metric_alts=PH, **to_stock(S),
    note=STD_NOTE + TO_STOCK_NOTE + "; " + GOV_NOTE)

# ==== line 10 (source 60): 加强社会保障和服务 =====================================================
g.neg("实施三孩生育政策", "三孩", LABEL_NOTE + " (三孩生育政策, the three-child policy), not a "
      "count")
fact("年均临时救助1100万人次", "1100万人次", value=1100e4, unit="count", kind="count",
     classifier="人次", metric="临时救助",
     metric_alts=["年均临时救助", "临时救助人次", "临时救助人数", "实施临时救助",
                  "年均临时救助人次"], **flow5(S),
     note="人次 is a classifier (SPEC §3); an annual average over the five years (年均 in the "
          "metric alts, as 城镇新增就业年均1270多万人 in wr_china_2023_b) → the span; "
          + FRAME_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 一、过去一年和五年工作回顾, in the itemised review of the five "
    "years 2018-2022 (五年来…主要做了以下工作, source line 28, outside the excerpt): the three "
    "paragraphs of item （七） (foreign trade, foreign investment, the Belt and Road; its "
    "heading, source line 50, outside), item （八） (heading; pollution and ecology; energy "
    "and carbon) and item （九） (heading; education, health care, social security). Lines "
    "6-14 and 17-30 are annotated in wr_china_2023 / wr_china_2023_b (no overlap). Title, "
    "dateline and speaker are outside the excerpt; the title is the corpus meta title (the "
    "source's first line reads only 政府工作报告), title_in_text=False. Date: 2023-03-05, the "
    "delivery date in the dateline (source line 2: ——2023年3月5日在第十四届全国人民代表大会第一次"
    "会议上); the corpus meta agrees. Place: national report → 中国 (alts 我国/全国/中华人民共和国); "
    "the central government's own acts and standards (出口退税, 综试区, 关税, 负面清单, 自贸试验区, "
    "自贸协定, 教育经费, 培养基地, 补助标准, 医学中心) add 中央政府/国务院/中央财政; the cities "
    "(空气质量) add 地级及以上城市. Periods: the five-year review: 2018-01-01..2022-12-31 (the "
    "statistical years of the government's term since the March 2018 NPC, as wr_china_2023_b). "
    "No line states a period before its numbers, so they take that frame (period text 五年来, "
    "the wording of source line 28, outside the excerpt; null always as alt): totals, things "
    "set up in the five years (152个综试区, 6个自贸协定, 288个基地, 13个/76个中心, 5700多万人次, "
    "4000亿元; the end-2022 stock reading as alt), 年均 growth, cuts (压减67%/92%/51%/72%), "
    "净减少 areas, 上升4个百分点 → the span; from/to pairs without years → the year 2017 and "
    "the year 2022 for ratios of flows (与自贸伙伴进出口额占比, 清洁能源消费占比), the instants "
    "2017-12-31 and 2022-12-31 for stocks, rates of stocks or populations and standards "
    "(关税总水平, 可再生能源装机, 义务教育巩固率, 高等教育毛入学率, 人均财政补助标准); levels "
    "reached → the year 2022 for 空气质量优良天数比例, the instant 2022-12-31 for 出口退税办理"
    "时间, 21个自由贸易试验区 (已设), 森林覆盖率, 草原盖度/湿地保护率, 超低排放煤电机组, 高中阶段"
    "毛入学率; the other readings as alts. 每年 (line 8) → text only, start/end null, the span "
    "as alt (README §5, as wr_china_2013_b). Modality: actual throughout. Units: 个工作日 → "
    "day; 万平方公里 → m2 × 1e10 (the shared unit of 10.6万、3.8万、3.3万平方公里 applies to "
    "all three); 亿千瓦 → W × 1e11; 万人次 → count (人次); 3700多万学生 → classifier 人. "
    "Comparisons: 年均 for 13.4%; 比2017年 for the five-year cuts and the pp rise without a "
    "written basis (judgement call, as wr_china_2023_b). Judgement calls: 压减 X% → growth "
    "−X; 净减少 → negative amounts with metric <level>增量; 草原综合植被盖度和湿地保护率均达50%"
    "以上 → one fact over two indicators; 毛入学率 and 巩固率 → rates of a population, read as "
    "instants (year alts); per-capita subsidy standards → standards in force (instants, year "
    "alts); 十年禁渔 → a policy name (negative), like 三孩; the clauses after 每年 in line 8 "
    "read in the frame. Negatives: 一批 ×4, （八）, （九）, 一带一路, 十年 (禁渔), 百年大计, 三孩. "
    "Lexicalized, not listed: 一体化 (山水林田湖草沙一体化保护), 一流 ×2, 统一, 进一步, 清单 "
    "(负面清单 ×2). Known false alarms of the shared check_gold.py: it reads the bare spans "
    "10.6万 and 3.8万 (shared unit 平方公里 written once after the list, README §1) without the "
    "unit and reports value errors; period text 五年来 is not in the excerpt.")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_2023.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
