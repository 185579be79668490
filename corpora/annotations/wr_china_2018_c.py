"""Gold annotations for wr_china_2018_c (held-out: corpora/heldout/; 2018年中华人民共和国国务院
政府工作报告, the itemised review of the five years 2013-2017: opening-up to the armed forces),
lines 22-30 of shared/texts/work_report/wr_china_2018.txt.

The excerpt corpora/heldout/wr_china_2018_c.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped.  The lines are given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): review items （五）
(opening-up), （六） (regions and urbanisation), （七） (livelihood), （八） (ecology) and （九）
(government functions and social governance) in full, the paragraph on clean government,
各位代表！, and the first two 过去五年，… paragraphs (ethnic and religious affairs; the armed
forces).  All of it lies in part 一、过去五年工作回顾 (heading on source line 3, outside the
excerpt), in the itemised review of the five years 2013-2017 (五年来…主要做了以下工作, source
line 13).  Lines 3-15 and 17-21 are annotated in wr_china_2018 / wr_china_2018_b (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2018_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_2018_c"
PLACE = "中国"
REF = "2018-03-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_china_2018.txt"
FIRST, LAST = 22, 30                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2018年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（五）坚持对外开放的基本国策",
                 ends="在中国特色强军之路上迈出坚实步伐。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2 / SPEC §1), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act or standard: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2018 / _b)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2018-03-05; 去年 = 2017, 今年 = 2018) ---------------------------
# The excerpt lies in the itemised review of the five years since the 1st session of the 12th
# NPC (March 2013), i.e. the statistical years 2013-2017 (heading 一、过去五年工作回顾, source
# line 3; 五年来…主要做了以下工作, source line 13), as wr_china_2018 / _b read them.
#   - Lines 1-6 (items （五）-（九）, clean government) state no period before their numbers:
#     they take the section frame, the five years (period text 过去五年, the heading's, as
#     wr_china_2018_b; the same words open lines 8-9 of the excerpt), null as alt (SPEC §4).
#   - Line 3 (source 24): 五年 (中央财政五年投入…) is explicit for 2800多亿元 (its own dates); it
#     is the same span as the frame, so the facts after it read the same.
#   - Line 9 (source 30) opens with 过去五年: explicit for 30万.
# Within the frame, as wr_china_2018 / _b:
#   - five-year totals, things set up within the five years, 年均 growth, cuts and pp changes
#     over the five years, levels held every year (持续超过) → the span;
#   - from/to pairs 由X增加到Y with no year written: X is the level before the span, Y the level
#     at its end; flows (a year's admissions) → the years 2012 and 2017; standards in force
#     (人均财政补助标准) → the instants 2012-12-31 and 2017-12-31; the other readings and null
#     as alts;
#   - levels reached and coverage (提高到, 已有, 惠及, 得到保障, a share of a stock) → the instant
#     2017-12-31 (stock rule), the span and null as alts.
# Modality: actual throughout.
def five(txt):
    return P(txt, "2013-01-01", "2017-12-31")


def end5(txt):
    return P(txt, "2017-12-31", "2017-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow5(txt, *extra):
    return dict(period=five(txt), period_alts=[null(txt), *extra])


def made5(txt):
    """things set up / done over the five years: the span, the stock reading (the set at the
    end of 2017) as alt."""
    return dict(period=five(txt), period_alts=[null(txt), end5(txt)])


def stock5(txt, *extra):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt), *extra])


def from_flow(txt):
    return dict(period=year(txt, 2012),
                period_alts=[P(txt, "2013-01-01", "2013-01-01"),
                             P(txt, "2012-12-31", "2012-12-31"), five(txt), null(txt)])


def to_flow(txt):
    return dict(period=year(txt, 2017), period_alts=[end5(txt), five(txt), null(txt)])


def from_stock(txt):
    return dict(period=P(txt, "2012-12-31", "2012-12-31"),
                period_alts=[P(txt, "2013-01-01", "2013-01-01"), year(txt, 2012), five(txt),
                             null(txt)])


def to_stock(txt):
    return dict(period=end5(txt), period_alts=[year(txt, 2017), five(txt), null(txt)])


S = "过去五年"
F = "五年"
FRAME_NOTE = ("the line states no period before it: section frame, the five years 2013-2017 "
              "of the heading 一、过去五年工作回顾 (period text 过去五年), null as alt")
SPAN_NOTE = "a total over the five years 2013-2017 → the span; " + FRAME_NOTE
MADE_NOTE = ("set up / done within the five years → the span, the set at the end of 2017 as "
             "a further alt; 增量 alts (README §3); " + FRAME_NOTE)
AVG_NOTE = ("average annual growth over the five years 2013-2017; comparison = the surface "
            "basis 年均 (as wr_china_2018 / _b)")
BASIS_NOTE = ("change over the five years; the basis is not written: the 2012 level before "
              "them → comparison 比2012年 (judgement call, as wr_china_2018 / _b)")
CUT_NOTE = ("{} X = a relative cut → growth, negative (as wr_china_2018_b 削减44%, 缩短三分之一"
            "以上); ")
FROM_FLOW_NOTE = ("start of a from/to pair with no year written: the level before the five "
                  "years, a flow → the year 2012 (alts: the span's start instant, the end of "
                  "2012, the span, null)")
TO_FLOW_NOTE = ("end of the pair: the level of the span's last year, a flow → the year 2017 "
                "(alts: the instant 2017-12-31, the span, null)")
FROM_STOCK_NOTE = ("start of a from/to pair with no year written: a standard in force before "
                   "the five years → the instant 2012-12-31 (alts: the span's start instant, "
                   "the year 2012, the span, null)")
TO_STOCK_NOTE = ("end of the pair / a level reached: the stock (or standard, or level of a "
                 "population) at the end of the five years → the instant 2017-12-31 (stock "
                 "rule; alts: the year 2017, the span, null)")
STOCK_NOTE = ("a level or coverage under the five-year frame 2013-2017: instant at 2017-12-31 "
              "(stock rule); the span and null in period_alts")

# ==== line 1 (source 22): （五）对外开放 ============================================================
g.neg("（五）坚持对外开放", "（五）", MARKER_NOTE)
g.neg("共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("丝路基金，一批重大", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
gov("设立11个自贸试验区", "11个", value=11, unit="count", kind="count", classifier="个",
    metric="自贸试验区",
    metric_alts=new("自贸试验区", "自由贸易试验区", "设立自贸试验区"),
    subject_alts=GOV + CN + ["上海等省市"], **made5(S),
    note="pilot free trade zones set up within the five years (上海 2013, then 2015, 2017): "
         + MADE_NOTE + "; " + GOV_NOTE + "; the host provinces (上海等省市) as alt")
g.neg("一批改革试点成果", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
gov("设立13个跨境电商综合试验区", "13个", value=13, unit="count", kind="count",
    classifier="个", metric="跨境电商综合试验区",
    metric_alts=new("跨境电商综合试验区", "跨境电子商务综合试验区", "跨境电商综试区",
                    "设立跨境电商综合试验区"), **made5(S), note=MADE_NOTE + "; " + GOV_NOTE)
g.neg("国际贸易“单一窗口”", "单一窗口", LABEL_NOTE + " (“单一窗口”, the 'single window' for "
      "trade declarations), not a count")
fact("平均缩短一半以上", "一半", value=-50, unit="%", kind="growth", bound="ge",
     metric="货物通关时间",
     metric_alts=["货物平均通关时间", "通关时间", "货物通关平均时间", "货物整体通关时间"],
     comparison="比2012年", **flow5(S),
     note=CUT_NOTE.format("缩短") + "一半 → 50 % (as wr_china_2018 减少一半); 以上 → ge on the "
          "size of the cut (outside the span); 平均 'on average' qualifies the time; "
          + BASIS_NOTE + "; " + FRAME_NOTE)
gov("限制性措施削减三分之二", "三分之二", value=-200 / 3, unit="%", kind="growth",
    metric="外商投资限制性措施",
    metric_alts=["限制性措施", "外商投资准入限制性措施", "外资限制性措施", "外商投资限制性措施数量",
                 "外商投资准入限制性措施条目"],
    comparison="比2012年", **flow5(S),
    note=CUT_NOTE.format("削减") + "三分之二 → 66.67 % (as wr_china_2018_b 专项转移支付项目减少"
         "三分之二); the restrictions on foreign investment cut with the move from approvals "
         "to the negative list; " + BASIS_NOTE + "; " + GOV_NOTE)
fact("高技术产业占比提高一倍", "一倍", value=1, unit="times", kind="ratio",
     metric="外商投资高技术产业占比",
     metric_alts=["高技术产业占比", "高技术产业利用外资占比", "高技术产业实际使用外资占比",
                  "外商投资高技术产业比重", "利用外资中高技术产业占比",
                  "外商投资高技术产业占比增长倍数"],
     **flow5(S, year(S, 2017), end5(S)),
     note="提高一倍 → ratio 1 time as written (as 增加一倍 in wr_china_1983, 增长一倍 in "
          "wr_china_1986), comparison null (ratio facts carry none; the basis is the 2012 "
          "share); the share of high-tech industries in foreign investment (外商投资结构优化, "
          "the head restored); the change over the five years → the span, the year 2017 and "
          "its end as alts; " + FRAME_NOTE)
fact("外国专家增加40%", "40%", value=40, unit="%", kind="growth",
     metric="来华工作的外国专家",
     metric_alts=["来华工作外国专家", "外国专家", "来华工作的外国专家人数", "来华外国专家",
                  "来华工作的外国专家数量"],
     comparison="比2012年", **flow5(S),
     note="增加 X% → growth; " + BASIS_NOTE + "; " + FRAME_NOTE)
gov("新签和升级8个自由贸易协定", "8个", value=8, unit="count", kind="count", classifier="个",
    metric="自由贸易协定",
    metric_alts=new("自由贸易协定", "新签和升级自由贸易协定", "自贸协定", "新签和升级的自由贸易协定"),
    **made5(S),
    note="agreements signed or upgraded within the five years; " + MADE_NOTE + "; " + GOV_NOTE)

# ==== line 2 (source 23): （六）区域协调发展和新型城镇化 (no facts) ================================
g.neg("（六）坚持实施区域", "（六）", MARKER_NOTE)
g.neg("建设一批重点项目", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("出台一系列促进", "一系列", VAGUE_NOTE.format("一系列 'a series of'"))

# ==== line 3 (source 24): （七）保障和改善民生 =======================================================
g.neg("（七）坚持以人民为中心", "（七）", MARKER_NOTE)
g.neg("中央财政五年投入", "五年", PERIOD_NOTE + " (the five years 2013-2017, explicit before "
      "2800多亿元)")
gov("投入专项扶贫资金2800多亿元", "2800多亿元", value=2800e8, unit="CNY", kind="amount",
    bound="gt", metric="专项扶贫资金",
    metric_alts=["中央财政专项扶贫资金", "投入专项扶贫资金", "中央财政专项扶贫资金投入",
                 "扶贫资金", "中央财政扶贫资金"],
    period=five(F), period_alts=[null(F)],
    note="多 inside the span → gt; 亿元 = 1e8; a five-year total (五年 explicit) → the span; "
         + GOV_NOTE)
EDU_GDP = ["国家财政性教育经费占国内生产总值比例", "财政性教育经费支出占国内生产总值比例",
           "财政性教育经费占GDP比例", "国家财政性教育经费支出占国内生产总值比例",
           "教育经费占国内生产总值比例", "财政性教育经费占国内生产总值比重"]
gov("比例持续超过4%", "4%", value=4, unit="%", kind="share", bound="gt",
    metric="财政性教育经费占国内生产总值比例", metric_alts=EDU_GDP, **flow5(S),
    note="超过 → gt (outside the span); a ratio of two flows held above 4% in every year "
         "(持续超过) → the span (as 连年稳定在 in wr_china_2023_b); " + FRAME_NOTE + "; "
         + GOV_NOTE)
fact("惠及3600多万农村学生", "3600多万", value=3600e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="营养改善计划惠及农村学生",
     metric_alts=["惠及农村学生", "农村学生", "营养改善计划受益学生", "营养改善计划惠及学生",
                  "受益农村学生", "营养改善计划惠及农村学生人数"],
     subject_alts=CN + GOV, **stock5(S, year(S, 2017)),
     note="多 inside the span → gt; no measure word after 3600多万 (noun 农村学生): 人 implied "
          "(as 3700多万学生 in wr_china_2023_c); judgement call: the pupils the nutrition "
          "programme now covers (coverage, a level) → " + STOCK_NOTE + " (and the year 2017)")
ADM = ["重点高校专项招收农村和贫困地区学生", "专项招收农村和贫困地区学生人数", "专项招生人数",
       "重点高校专项计划招生人数", "重点高校招收农村和贫困地区学生人数",
       "重点高校专项招收农村和贫困地区学生数"]
gov("学生人数由1万人", "1万人", value=1e4, unit="count", kind="count", classifier="人",
    metric="重点高校专项招收农村和贫困地区学生人数", metric_alts=ADM, **from_flow(S),
    note="a year's admissions under the special plan (a flow) → " + FROM_FLOW_NOTE + "; "
         + FRAME_NOTE + "; " + GOV_NOTE)
gov("增加到10万人", "10万人", value=10e4, unit="count", kind="count", classifier="人",
    metric="重点高校专项招收农村和贫困地区学生人数", metric_alts=ADM, **to_flow(S),
    note=TO_FLOW_NOTE + "; " + GOV_NOTE)
gov("4.3亿人次受益", "4.3亿人次", value=4.3e8, unit="count", kind="count",
    classifier="人次", metric="家庭困难学生资助受益人次",
    metric_alts=["受益人次", "家庭困难学生资助", "学生资助受益人次", "资助家庭困难学生",
                 "家庭困难学生受益人次", "各类学校家庭困难学生资助受益人次"],
    **made5(S),
    note="人次 is a classifier (SPEC §3); the aid given over the five years (a total; the "
         "cumulative reading at the end of 2017 as alt); " + FRAME_NOTE + "; " + GOV_NOTE)
fact("受教育年限提高到10.5年", "10.5年", value=10.5, unit="year", kind="amount",
     metric="劳动年龄人口平均受教育年限",
     metric_alts=["平均受教育年限", "劳动年龄人口受教育年限", "劳动年龄人口平均受教育年数"],
     **to_stock(S),
     note="年 → year (a duration, SPEC §3); 提高到 without a start value: the level of the "
          "working-age population (a stock) reached at the end of the five years → "
          + TO_STOCK_NOTE)
MI = ["居民基本医保人均财政补助", "居民医保人均财政补助标准", "城乡居民医保人均财政补助标准",
      "居民基本医疗保险人均财政补助标准", "人均财政补助标准", "基本医保人均财政补助标准"]
gov("补助标准由240元", "240元", value=240, unit="CNY", kind="amount",
    metric="居民基本医保人均财政补助标准", metric_alts=MI, **from_stock(S),
    note="a per-capita subsidy standard (a standard in force, as wr_china_2023_c) → "
         + FROM_STOCK_NOTE + "; " + GOV_NOTE)
gov("提高到450元", "450元", value=450, unit="CNY", kind="amount",
    metric="居民基本医保人均财政补助标准", metric_alts=MI, **to_stock(S),
    note=TO_STOCK_NOTE + "; " + GOV_NOTE)
fact("已有1700多万人次受益", "1700多万人次", value=1700e4, unit="count", kind="count",
     classifier="人次", bound="gt", metric="大病保险受益人次",
     metric_alts=["大病保险受益", "大病保险受益人数", "受益人次", "大病保险", "大病保险受益人"],
     **stock5(S, P(S, REF, REF)),
     note="多 inside the span → gt; 人次 is a classifier; 已有 'so far' → a cumulative total "
          "(a stock) → " + STOCK_NOTE + " (and the reference date)")
LOW = ["低保人员和特困群众人数", "低保和特困人员", "低保对象和特困人员", "低保人员",
       "基本生活得到保障的低保人员和特困群众", "低保人员和特困群众基本生活保障人数"]
fact("近6000万低保人员", "6000万", value=6000e4, unit="count", kind="count",
     classifier="人", bound="approx", metric="低保人员和特困群众", metric_alts=LOW,
     **stock5(S),
     note="近 → approx (outside the span); no measure word (6000万 + noun 低保人员和特困群众): "
          "人 implied; the people whose basic living is secured (a population covered) → "
          + STOCK_NOTE)
g.neg("“两项补贴”制度", "两项补贴", LABEL_NOTE + " (“两项补贴”, the two allowances for poor "
      "and severely disabled persons, a named system), not a count")
fact("惠及2100多万人", "2100多万人", value=2100e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="两项补贴惠及人数",
     metric_alts=["困难和重度残疾人“两项补贴”惠及人数", "“两项补贴”惠及人数", "两项补贴受益人数",
                  "残疾人两项补贴惠及人数", "惠及残疾人", "困难和重度残疾人"],
     subject_alts=CN + GOV, **stock5(S),
     note="多 inside the span → gt; the disabled people the allowances cover (coverage, a "
          "level) → " + STOCK_NOTE)
g.neg("实施全面两孩政策", "两孩", LABEL_NOTE + " (全面两孩政策, the universal two-child "
      "policy, as 三孩 in wr_china_2023_c), not a count")
fact("文化产业年均增长13%", "13%", value=13, unit="%", kind="growth", bound="ge",
     metric="文化产业",
     metric_alts=["文化产业增加值", "文化产业年均增速", "文化产业增速", "文化及相关产业增加值"],
     comparison="年均", **flow5(S),
     note="以上 → ge (outside the span); " + AVG_NOTE + "; " + FRAME_NOTE)

# ==== line 4 (source 25): （八）生态文明建设 ========================================================
g.neg("（八）坚持人与自然", "（八）", MARKER_NOTE)
g.neg("细颗粒物（PM2.5）", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity (as wr_china_2023_b)")
PM = ["细颗粒物（PM2.5）平均浓度", "细颗粒物(PM2.5)平均浓度", "细颗粒物平均浓度", "PM2.5平均浓度",
      "PM2.5浓度", "重点地区PM2.5平均浓度", "重点地区细颗粒物平均浓度",
      "重点地区细颗粒物(PM2.5)平均浓度"]
fact("平均浓度下降30%以上", "30%", value=-30, unit="%", kind="growth", bound="ge",
     metric="重点地区细颗粒物（PM2.5）平均浓度", metric_alts=PM,
     subject_alts=CN + ["重点地区"], comparison="比2012年", **flow5(S),
     note="下降 → negative; 以上 → ge on the size of the fall (outside the span); the key "
          "regions are the set measured (the country keeps the subject, the set as alt, "
          "README §4); " + BASIS_NOTE + "; " + FRAME_NOTE)
fact("71%的煤电机组", "71%", value=71, unit="%", kind="share",
     metric="实现超低排放的煤电机组比重",
     metric_alts=["超低排放煤电机组比重", "煤电机组超低排放比例", "实现超低排放的煤电机组占比",
                  "超低排放煤电机组占比", "煤电机组实现超低排放比重", "超低排放煤电机组比例"],
     **stock5(S),
     note="the share of the coal-fired units meeting ultra-low emission limits (a share of a "
          "stock) → " + STOCK_NOTE)
COAL = ["煤炭消费占能源消费总量比重", "煤炭消费占比", "煤炭占能源消费总量比重", "煤炭消费比例"]
fact("煤炭消费比重下降8.1个百分点", "8.1个百分点", value=-8.1, unit="pp", kind="change",
     metric="煤炭消费比重", metric_alts=COAL, comparison="比2012年", **flow5(S),
     note="下降 → negative pp change of a share (README §3: the share's metric); "
          + BASIS_NOTE + "; " + FRAME_NOTE)
CLEAN = ["清洁能源消费占能源消费总量比重", "清洁能源消费占比", "清洁能源占能源消费总量比重",
         "清洁能源消费比例"]
fact("清洁能源消费比重提高6.3个百分点", "6.3个百分点", value=6.3, unit="pp", kind="change",
     metric="清洁能源消费比重", metric_alts=CLEAN, comparison="比2012年", **flow5(S),
     note="pp change of a share; " + BASIS_NOTE)
fact("黄标车和老旧车2000多万辆", "2000多万辆", value=2000e4, unit="count", kind="count",
     classifier="辆", bound="gt", metric="淘汰黄标车和老旧车",
     metric_alts=["黄标车和老旧车", "淘汰黄标车和老旧车数量", "淘汰黄标车", "淘汰老旧车",
                  "黄标车和老旧车淘汰"], **flow5(S),
     note="多 inside the span → gt; vehicles scrapped over the five years; " + SPAN_NOTE)
fact("使用量实现零增长", "零", value=0, unit="%", kind="growth",
     metric="化肥农药使用量",
     metric_alts=["化肥使用量", "农药使用量", "化肥农药使用", "化肥农药使用量增长",
                  "化肥、农药使用量"],
     comparison="yoy", **flow5(S, year(S, 2017)),
     note="judgement call: 零增长 'zero growth' → growth 0 %, the numeral 零 as the span (as "
          "wr_china_2011_b 支出原则上零增长); the year-on-year growth of fertiliser and "
          "pesticide use reached zero within the five years → the span, the year 2017 as alt; "
          "one mention over two items → one fact; " + FRAME_NOTE)

# ==== line 5 (source 26): （九）政府职能和社会治理 ==================================================
g.neg("（九）坚持依法全面", "（九）", MARKER_NOTE)
gov("制定修订法律95部", "95部", value=95, unit="count", kind="count", classifier="部",
    metric="提请制定修订法律",
    metric_alts=["制定修订法律", "法律", "提请全国人大常委会制定修订法律", "制定修订的法律",
                 "提请制定修订法律数量", "制定修订法律数量"],
    **flow5(S),
    note="laws the State Council asked the NPC Standing Committee to make or revise over the "
         "five years; " + SPAN_NOTE + "; " + GOV_NOTE)
gov("制定修订行政法规195部", "195部", value=195, unit="count", kind="count", classifier="部",
    metric="制定修订行政法规",
    metric_alts=["行政法规", "制定修订的行政法规", "制定修订行政法规数量", "修订行政法规"],
    **flow5(S), note=SPAN_NOTE + "; " + GOV_NOTE)
g.neg("修改废止一大批", "一大批", VAGUE_NOTE.format("一大批 'a large batch of'"))

# ==== line 6 (source 27): 党风廉政建设 (no facts) ====================================================
g.neg("“三严三实”", "三严三实", LABEL_NOTE + " (“三严三实” campaign), not counts")
g.neg("“两学一做”", "两学一做", LABEL_NOTE + " (“两学一做” study campaign), not counts")
g.neg("党中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_china_2017_b)")
g.neg("纠正“四风”", "四风", LABEL_NOTE + " (“四风”, four undesirable work styles, as "
      "wr_china_2017_b)")
g.neg("“约法三章”", "约法三章", LABEL_NOTE + " (国务院“约法三章”, the three rules on government "
      "buildings, staff and official spending), not a count")
g.neg("“三公”经费", "三公", LABEL_NOTE + " (“三公”经费: official travel abroad, vehicles, "
      "receptions; as wr_china_2012_b)")

# ==== line 7 (source 28): 各位代表！ (no numerals) =================================================

# ==== line 8 (source 29): 过去五年，民族、宗教、侨务 (no facts) ======================================
g.neg("过去五年，民族", "过去五年", PERIOD_NOTE + " (2013-2017; no number follows it in the "
      "line)")

# ==== line 9 (source 30): 过去五年，强军兴军 ==========================================================
g.neg("过去五年，在党中央", "过去五年", PERIOD_NOTE + " (2013-2017, explicit: governs the line)")
fact("裁减军队员额30万", "30万", value=30e4, unit="count", kind="count", classifier="人",
     metric="裁减军队员额",
     metric_alts=["军队员额裁减", "裁减员额", "裁军", "裁减军队员额任务", "军队员额",
                  "军队员额增量"],
     subject_alts=CN + ["人民军队", "中国人民解放军", "军队"],
     period=five(S), period_alts=[null(S), end5(S)],
     note="the 300,000 cut in military personnel (员额 'posts': classifier 人 implied), "
          "基本完成 within the five years → the span (过去五年 explicit at the head of the "
          "line), the end of 2017 and null as alts; a cut counted with the verb in the metric "
          "and a positive value (as 退出钢铁产能 in wr_china_2018_b); the armed forces as "
          "subject alts; actual (基本完成 'basically completed')")
g.neg("面貌焕然一新", "焕然一新", "idiom 焕然一新 'take on an entirely new look', not a "
      "quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2018.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting at an item heading mid-section, as "
    "unseen test excerpts are cut); held out (corpora/heldout/). It lies in part 一、过去五年"
    "工作回顾 (heading, source line 3, outside the excerpt), in the itemised review of the "
    "five years 2013-2017 (五年来…主要做了以下工作, source line 13): review items （五） "
    "(opening-up), （六） (regions, urbanisation), （七） (livelihood), （八） (ecology), （九） "
    "(government functions, social governance), the clean-government paragraph, 各位代表！ and "
    "the first two 过去五年，… paragraphs (ethnic/religious affairs; the armed forces). Lines "
    "3-15 and 17-21 are annotated in wr_china_2018 / wr_china_2018_b (no overlap). The title "
    "is the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "2018-03-05, the shared meta date: the opening day of the 1st session of the 13th NPC, on "
    "which the Premier delivered the report (the Wikisource text has no dateline). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central government's own acts "
    "and standards (自贸试验区, 综合试验区, 限制性措施, 自由贸易协定, 专项扶贫资金, 教育经费, 专项"
    "招生, 学生资助, 医保补助标准, 法律/行政法规) add 中央政府/国务院/中央财政; 重点地区 (PM2.5) and "
    "the armed forces (30万) as subject alts. Periods: the five years 2013-01-01..2017-12-31 "
    "(as wr_china_2018 / _b). Lines 1-6 state no period before their numbers → the section "
    "frame (period text 过去五年, the heading's; null as alt): things set up or done in the "
    "five years (11个/13个 zones, 8个 agreements, 4.3亿人次), totals (黄标车, laws), 年均 "
    "growth (文化产业), cuts and changes without a written basis (通关时间, 限制性措施, 外国专家, "
    "PM2.5, pp changes of the energy mix; comparison 比2012年, judgement call as wr_china_2018) "
    "and the 4% ratio held every year → the span; from/to pairs without years → the year "
    "2012 and the year 2017 for a flow (专项招生 1万人→10万人), the instants 2012-12-31 and "
    "2017-12-31 for a standard (医保补助 240元→450元); levels reached and coverage (10.5年, "
    "已有1700多万人次, 3600多万 pupils, 近6000万, 2100多万人, 71% of coal units) → the instant "
    "2017-12-31 (stock rule). 五年 (中央财政五年投入) → the span, explicit; 过去五年 (line 9) → "
    "the span for 30万. Modality: actual throughout. Units: 亿元 1e8; 一半 → 50 %, 三分之二 → "
    "66.67 %; 个百分点 → pp; 年 → year; 人次, 辆, 部, 个 → count classifiers; bare 万 counts of "
    "people → classifier 人. Judgement calls: 提高一倍 → ratio 1 as written (comparison null); "
    "零增长 → growth 0 % (span 零); coverage counts (惠及, 得到保障) read as stocks at the end of "
    "2017; 裁减军队员额30万 → a positive count with the verb in the metric; cuts (缩短一半以上, "
    "削减三分之二) → growth −X, 以上 → ge on the size. Negatives: （五）…（九）, 一带一路, 一批 ×3, "
    "单一窗口, 一系列, 五年, 两项补贴, 两孩, PM2.5, 一大批, 三严三实, 两学一做, 八项规定, "
    "四风, 约法三章, 三公, 过去五年 ×2, 焕然一新. Lexicalized, not listed (README §2): 一流 ×2, 清单 ×2 (负面清单, 权责"
    "清单). Known false alarms of the shared check_gold.py: 一半 (read as 1) and 三分之二 (read "
    "as 3).")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_2018.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
