"""Gold annotations for wr_china_2011 (2011年中华人民共和国国务院政府工作报告), lines 18-44 of
shared/texts/work_report/wr_china_2011.txt.

The excerpt corpora/wr_china_2011.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items （二） (三农: farm spending, subsidies,
grain, water works), （三） (structure: services, transport, power, energy saving and
emissions, regions), （四） (reform and opening: trade, outward investment) and （五） (social
programmes: pensions, health insurance, social security fund, housing, education, student
aid, science spending up to 中央财政科技投入…) of part 一、“十一五”时期国民经济和社会发展的
回顾.  It is the densest run of 2,000-2,500 characters in the allowed lines 3-75 that starts
at a heading (50 Arabic numbers in 2,486 characters); lines 3-28 (from the section heading,
2,174 characters) hold 42, and the 十二五 goals and 2011 targets (lines 59-75) are sparse.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2011.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2011"
PLACE = "中国"
REF = "2011-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 18, 44                    # 1-based, inclusive, whole lines
TITLE = "2011年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（二）毫不放松地做好“三农”工作", ends="取得了一系列重大成果。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SANNONG_NOTE = "policy label “三农” (农业、农村、农民), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院", "国家"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院/国家 as alts (as wr_china_2010)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2011-03-05; 去年 = 2010, 今年 = 2011) ---------------------------
# The excerpt lies in part 一、“十一五”时期国民经济和社会发展的回顾 (source line 3, outside the
# excerpt; source line 10 五年来，我们主要做了以下工作： opens the items).  The 11th Five-Year
# Plan = 2006-01-01..2010-12-31: that is the section frame (SPEC §4), period text 五年 (the
# excerpt's own word for the plan period, source lines 26 and 42; the heading's “十一五”时期 lies
# outside the excerpt), null as alt, for every number whose line states no period
# before it (as wr_china_2001 for 九五, wr_china_2018 / wr_china_2013 for 过去五年):
#   - five-year totals (累计, 五年建成, 完成, 新增, 共资助), 年均 growth and changes over the
#     plan (提高2.5个百分点, 提高了25%到40%) → the span;
#   - levels held at the end (覆盖24%的县, 惠及N亿…, 社会保障基金积累) → the instant
#     2010-12-31 (stock rule), the span and null as alts; the increase of such a level over
#     比五年前 → the instant of the level compared (as wr_china_1998 / wr_china_2001);
#   - 每年 (每年减轻农民负担) → text only, start/end null (README §5), the span as alt.
# Periods written in a line govern what follows them there (source lines): 去年 (20-21) → 2010;
# 五年 (line 26, 五年建成) and 五年累计 (line 28) → the span with their own text; 2010年
# (line 35) → 2010; 五年 (line 42) → the span; the pair 从2006年的…到2010年的 (line 43)
# dates only its own two values.  Judgement calls where a literal period is contradicted by
# the meaning (25%到40% after 去年; 累计对外直接投资 after 2010年): the span is gold, the
# literal reading an alt (as wr_china_2001's 平均每年增长 after 2000年).
H = "五年"   # period text of the frame: the heading “十一五”时期 lies outside the excerpt


def five(txt):
    return P(txt, "2006-01-01", "2010-12-31")


def end5(txt):
    return P(txt, "2010-12-31", "2010-12-31")


SPAN = dict(period=five(H), period_alts=[null(H)])
STOCK = dict(period=end5(H), period_alts=[five(H), null(H)])
LY = P("去年", "2010-01-01", "2010-12-31")
LAST_YEAR = dict(period=LY, period_alts=[null("去年")])
Y10 = P("2010年", "2010-01-01", "2010-12-31")
FRAME_NOTE = ("no period before it in its line → the section frame, the 十一五 period "
              "2006-2010 (heading “十一五”时期, outside the excerpt; period text 五年 as the "
              "excerpt names it), null as alt")
SPAN_NOTE = "a total over the five years 2006-2010: " + FRAME_NOTE
STOCK_NOTE = ("a level held at the end of the five years: instant 2010-12-31 (stock rule), "
              "the span and null as alts")
AVG_NOTE = ("average annual growth over the 十一五 period 2006-2010 (comparison = the surface "
            "basis 年均, as wr_china_2001 / wr_china_2013)")
BASIS_NOTE = ("change over the five years whose basis is not written: the 2005 level before "
              "them → comparison 比2005年 (judgement call, as 比2012年 in wr_china_2018)")
CUM_NOTE = ("cumulative change over the five years (五年累计 = 2006-2010): the basis is the 2005 "
            "level, written only as 累计 → comparison '累计' (as wr_china_2010); 下降 → negative "
            "value")

# ==== line 1 (source 18): （二） heading ============================================================
g.neg("（二）毫不放松", "（二）", MARKER_NOTE)
g.neg("做好“三农”工作", "三农", SANNONG_NOTE)

# ==== line 2 (source 19): 中央财政“三农”投入 ========================================================
g.neg("中央财政“三农”投入", "三农", SANNONG_NOTE)
AGRI = ["“三农”投入", "三农投入", "中央财政三农投入", "中央财政“三农”投入累计",
        "中央财政用于“三农”的投入", "中央财政“三农”支出", "“三农”投入累计"]
gov("投入累计近3万亿元", "3万亿元", value=3e12, unit="CNY", kind="amount", bound="approx",
    metric="中央财政“三农”投入", metric_alts=AGRI,
    period=five(H), period_alts=[end5(H), null(H)],
    note="近 → approx (outside the span); 万亿元 = 1e12; 累计 = the total spent over the "
         "five years (a cumulative flow, as 五年累计 in wr_china_2001; the stock-rule instant "
         "as alt); " + FRAME_NOTE + "; " + GOV_NOTE)
gov("年均增幅超过23%", "23%", value=23, unit="%", kind="growth", bound="gt",
    metric="中央财政“三农”投入", metric_alts=AGRI[:3] + ["中央财政“三农”投入年均增幅",
                                                  "“三农”投入年均增幅"],
    comparison="年均", **SPAN, note="超过 → gt (outside the span); " + AVG_NOTE)
BURDEN = ["每年减轻农民负担", "农民负担减轻", "减轻农民负担金额", "农民负担减轻额",
          "年均减轻农民负担", "减轻农民负担额"]
gov("每年减轻农民负担超过1335亿元", "1335亿元", value=1335e8, unit="CNY", kind="amount",
    bound="gt", metric="减轻农民负担", metric_alts=BURDEN,
    subject_alts=GOV + CN + ["农民"],
    period=null("每年"), period_alts=[five("每年")],
    note="超过 → gt (outside the span); the yearly saving to farmers from abolishing the "
         "agricultural tax and fees (彻底取消农业税…); 每年 → text only, start/end null "
         "(README §5), the five-year span as alt; " + GOV_NOTE)

# ==== line 3 (source 20): 补贴, 最低收购价 ==========================================================
gov("补贴资金去年达到1226亿元", "1226亿元", value=1226e8, unit="CNY", kind="amount",
    metric="农民的生产补贴资金",
    metric_alts=["农民生产补贴资金", "生产补贴资金", "农业生产补贴资金", "种粮农民补贴资金",
                 "农业补贴", "生产补贴", "农民的生产补贴"],
    **LAST_YEAR,
    note="达到 → eq; 去年 = 2010 stands before it in the line; the subsidies paid to farmers "
         "(种粮农民补贴制度) in 2010; " + GOV_NOTE)
MSP = ["最低收购价", "小麦最低收购价", "稻谷最低收购价", "小麦和稻谷最低收购价",
       "重点粮食品种最低收购价", "小麦、稻谷最低收购价提高幅度"]
gov("最低收购价提高了25%到40%", "25%到40%", value=25, upper=40, unit="%", kind="growth",
    metric="小麦、稻谷最低收购价", metric_alts=MSP, comparison="比2005年",
    period=five(H), period_alts=[LY, null(H)],
    note="a range (SPEC §2 upper): value 25, upper 40, each end with its own %, one span; "
         "judgement call on the period: the rise of the minimum purchase prices over the "
         "five years (the prices were raised step by step in 2008-2010), so the span is gold "
         "although 去年 (of the previous sentence) literally precedes it (the 2010 reading as "
         "alt, as wr_china_2001's 平均每年增长 after 2000年); " + BASIS_NOTE + "; the prices "
         "are set by the state → " + GOV_NOTE)

# ==== line 4 (source 21): 粮食, 农民收入 ===========================================================
fact("去年达到1.09万亿斤", "1.09万亿斤", value=5.45e8, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **LAST_YEAR,
     note="1.09万亿斤 = 1.09e12 斤 × 0.0005 t = 5.45e8 t (SPEC §3); 去年 = 2010 governs the "
          "line; 达到 → eq")
fact("连续7年增产", "7年", value=7, unit="year", kind="amount",
     metric="粮食增产持续时间",
     metric_alts=["粮食连续增产年数", "连续增产", "粮食连续增产", "粮食产量连续增产",
                  "增产持续时间", "连续增产年数", "粮食产量增长持续时间"],
     period=LY, period_alts=[P("连续7年", "2004-01-01", "2010-12-31"), null("去年")],
     note="length of the streak of harvest increases (as 连续6年 in wr_china_2010): 7 years, "
          "unit year; 去年 (2010) governs, the streak 2004-2010 and null as alts")
RUR = ["农民人均纯收入", "农村居民收入", "人均纯收入", "农村居民人均收入"]
fact("人均纯收入达到5919元", "5919元", value=5919, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR, **LAST_YEAR,
     note="达到 → eq; 去年 (2010) still governs (same line); 实现持续较快增长 states no number")

# ==== line 5 (source 22): 水库, 饮水安全 ==========================================================
fact("完成7356座大中型", "7356座", value=7356, unit="count", kind="count", classifier="座",
     metric="大中型和重点小型水库除险加固",
     metric_alts=["水库除险加固", "完成大中型和重点小型水库除险加固", "除险加固水库",
                  "大中型和重点小型水库", "水库", "病险水库除险加固"],
     **SPAN, note="reservoirs whose reinforcement was completed in the five years (as 1.8万座 "
                  "in wr_china_2013); " + SPAN_NOTE)
fact("解决2.15亿农村人口", "2.15亿", value=2.15e8, unit="count", kind="count",
     classifier="人", metric="解决饮水安全问题的农村人口",
     metric_alts=["农村人口", "农村饮水安全", "饮水安全问题得到解决的农村人口",
                  "解决饮水安全问题农村人口", "农村饮水安全受益人口", "农村人口饮水安全",
                  "农村饮水安全受益人数"],
     **SPAN,
     note="no classifier written (2.15亿 + noun 农村人口): 人 implied; the predicate defines the "
          "counted set → in the metric (as 6069万农民 in wr_china_2010); " + SPAN_NOTE)
g.neg("进入一个新时代", "一个", "indefinite article 一个")

# ==== line 6 (source 23): （三） heading ============================================================
g.neg("（三）大力推进", "（三）", MARKER_NOTE)

# ==== line 7 (source 24) ==========================================================================
g.neg("一是加快产业结构", "一是", MARKER_NOTE + " (N是)")

# ==== line 8 (source 25) ==========================================================================
g.neg("突破了一批", "一批", "quantifier 一批")
g.neg("一大批科研成果", "一大批", "quantifier 一大批 (SPEC §1)")

# ==== line 9 (source 26): 服务业, 基础设施 ==========================================================
SERV = ["服务业增加值占国内生产总值比重", "服务业占国内生产总值比重", "服务业比重",
        "服务业占比", "服务业增加值比重", "服务业占GDP比重", "服务业在国内生产总值中的比重",
        "服务业增加值占GDP比重"]
fact("占比提高2.5个百分点", "2.5个百分点", value=2.5, unit="pp", kind="change",
     metric="服务业在国内生产总值中占比", metric_alts=SERV, comparison="比2005年", **SPAN,
     note="pp change of a share → kind change, the share's metric (README §3); "
          + BASIS_NOTE + "; " + FRAME_NOTE)
g.neg("五年建成铁路新线", "五年", PERIOD_NOTE + " (2006-2010; governs the rest of the line)")
W = dict(period=five("五年"), period_alts=[null("五年")])
W_NOTE = "a total over the five years (五年 governs the rest of the line)"
fact("铁路新线1.6万公里", "1.6万公里", value=1.6e7, unit="m", kind="amount",
     metric="铁路新线",
     metric_alts=["建成铁路新线", "铁路新线里程", "新建铁路", "铁路新线建成里程", "新增铁路里程",
                  "铁路里程增量", "建成铁路新线里程"],
     **W, note="1.6万公里 = 1.6e7 m; " + W_NOTE)
fact("新增公路63.9万公里", "63.9万公里", value=6.39e8, unit="m", kind="amount",
     metric="新增公路", metric_alts=["公路", "新增公路里程", "公路里程", "公路里程增量"],
     **W, note="新增 of a network: indicator phrase kept whole, the 增量 reading in the alts "
               "(as wr_china_2013); " + W_NOTE)
fact("其中高速公路3.3万公里", "3.3万公里", value=3.3e7, unit="m", kind="amount",
     metric="新增高速公路",
     metric_alts=["高速公路", "新增高速公路里程", "高速公路里程增量", "高速公路里程"],
     **W, note="其中 part of 新增公路 → the head 新增 restored (as wr_china_2013); " + W_NOTE)
fact("改扩建机场33个", "33个", value=33, unit="count", kind="count", classifier="个",
     metric="新建、改扩建机场",
     metric_alts=["机场", "新建改扩建机场", "新建、改扩建的机场", "机场数量", "机场增量",
                  "新建、改扩建机场数量"],
     **W, note="the verb (新建、改扩建) defines the counted set; " + W_NOTE)
fact("加固堤防1.7万公里", "1.7万公里", value=1.7e7, unit="m", kind="amount",
     metric="新建和加固堤防",
     metric_alts=["堤防", "新建和加固堤防长度", "新建加固堤防", "堤防建设", "新建和加固堤防里程",
                  "加固堤防"],
     **W, note=W_NOTE)

# ==== line 10 (source 27): 节能减排, 清洁能源 ======================================================
g.neg("二是扎实推进", "二是", MARKER_NOTE + " (N是)")
g.neg("提出到2020年我国", "2020年", PERIOD_NOTE + " (horizon of the greenhouse-gas target "
      "named as a noun phrase; no target value is stated, and it does not govern the "
      "outturns after it in the line)")
CAP = ["新增发电装机", "发电装机容量增量", "发电装机容量", "发电装机增量", "发电装机"]
fact("新增发电装机容量4.45亿千瓦", "4.45亿千瓦", value=4.45e11, unit="W", kind="amount",
     metric="新增发电装机容量", metric_alts=CAP, **SPAN,
     note="4.45亿千瓦 = 4.45e11 W; 新增 of a stock → the indicator phrase kept whole, the "
          "增量 reading in the alts; " + SPAN_NOTE)
fact("其中水电9601万千瓦", "9601万千瓦", value=9.601e10, unit="W", kind="amount",
     metric="新增水电装机容量",
     metric_alts=["水电", "新增水电装机", "水电装机容量", "水电装机容量增量", "水电装机",
                  "水电装机增量"],
     **SPAN, note="其中 part of 新增发电装机容量 → the head restored; 9601万千瓦 = 9.601e10 W")
fact("核电384万千瓦", "384万千瓦", value=3.84e9, unit="W", kind="amount",
     metric="新增核电装机容量",
     metric_alts=["核电", "新增核电装机", "核电装机容量", "核电装机容量增量", "核电装机",
                  "核电装机增量"],
     **SPAN, note="其中 list, head restored; 384万千瓦 = 3.84e9 W")

# ==== line 11 (source 28): 关停, 造林, 水土流失, 能耗 =================================================
fact("关停小火电机组7210万千瓦", "7210万千瓦", value=7.21e10, unit="W", kind="amount",
     metric="关停小火电机组",
     metric_alts=["关停小火电机组容量", "小火电机组关停", "小火电机组", "关停小火电"],
     **SPAN, note="7210万千瓦 = 7.21e10 W; " + SPAN_NOTE)
g.neg("淘汰了一批落后", "一批", "quantifier 一批")
fact("完成造林2529万公顷", "2529万公顷", value=2.529e11, unit="m2", kind="amount",
     metric="造林", metric_alts=["完成造林", "造林面积", "完成造林面积"], **SPAN,
     note="2529万公顷 = 2.529e7 ha × 1e4 = 2.529e11 m2 (公顷 1e4); " + SPAN_NOTE)
fact("水土流失面积23万平方公里", "23万平方公里", value=2.3e11, unit="m2", kind="amount",
     metric="综合治理水土流失面积",
     metric_alts=["治理水土流失面积", "水土流失治理面积", "水土流失综合治理面积",
                  "综合治理水土流失"],
     **SPAN, note="23万平方公里 = 2.3e11 m2 (平方公里 1e6); " + SPAN_NOTE)
g.neg("工业“三废”治理", "三废", LABEL_NOTE + " (“三废” = waste water, gas and residue)")
g.neg("五年累计，单位", "五年", PERIOD_NOTE + " (五年累计 = 2006-2010; governs the rest of the "
      "line)")
CUM = dict(period=five("五年累计"), period_alts=[null("五年累计")])
fact("能耗下降 19.1%", "19.1%", value=-19.1, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗"],
     comparison="累计", **CUM,
     note=CUM_NOTE + "; the source's space before the number stays outside the span")
g.neg("化学需氧量、二氧化硫", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity")
fact("分别下降12.45%", "12.45%", value=-12.45, unit="%", kind="growth",
     metric="化学需氧量排放量",
     metric_alts=["化学需氧量", "COD排放量", "化学需氧量排放", "化学需氧量排放总量"],
     comparison="累计", **CUM,
     note="分别 list, first value → 化学需氧量 (排放量 shared by both items); " + CUM_NOTE)
fact("12.45%、14.29%", "14.29%", value=-14.29, unit="%", kind="growth",
     metric="二氧化硫排放量",
     metric_alts=["二氧化硫", "SO2排放量", "二氧化硫排放", "二氧化硫排放总量"],
     comparison="累计", **CUM, note="second of the 分别 list; " + CUM_NOTE)

# ==== line 12 (source 29): 区域 (no facts) ==========================================================
g.neg("三是促进区域", "三是", MARKER_NOTE + " (N是)")
g.neg("西部大开发新十年", "十年", LABEL_NOTE + " (西部大开发新十年指导意见: the guideline for "
      "the new decade of the western development drive), not a duration fact")
g.neg("指导意见和一系列", "一系列", "quantifier 一系列")
g.neg("西藏和四省藏区", "四省", "name of a region (四省藏区, the Tibetan areas of Sichuan, "
      "Yunnan, Gansu and Qinghai), a set label, not a count")

# ==== line 14 (source 31): （四） heading ============================================================
g.neg("（四）坚定不移", "（四）", MARKER_NOTE)

# ==== line 17 (source 34) ==========================================================================
g.neg("民间投资的一系列", "一系列", "quantifier 一系列")

# ==== line 18 (source 35): 对外开放 ================================================================
TRADE = ["进出口", "对外贸易总额", "外贸进出口总额", "货物进出口总额", "进出口额",
         "进出口总值"]
fact("进出口总额年均增长15.9%", "15.9%", value=15.9, unit="%", kind="growth",
     metric="进出口总额", metric_alts=TRADE + ["进出口总额年均增速"], comparison="年均",
     **SPAN, note=AVG_NOTE + "; " + FRAME_NOTE)
SURPLUS = ["贸易顺差", "外贸顺差", "贸易顺差连续下降", "顺差下降持续时间", "贸易顺差连续下降年数",
           "贸易顺差持续下降", "贸易顺差减少持续时间"]
fact("顺差连续两年下降", "两年", value=2, unit="year", kind="amount",
     metric="贸易顺差下降持续时间", metric_alts=SURPLUS,
     period=five(H), period_alts=[P("连续两年", "2009-01-01", "2010-12-31"), Y10, null(H)],
     note="length of the streak of falls (连续两年, as 连续7年 in line 4): 2 years, unit year; "
          "no period before it in its line → the section frame; the streak 2009-2010, the "
          "year 2010 and null as alts")
g.neg("下降，2010年比上年", "2010年", PERIOD_NOTE + " (2010; governs the fall of the surplus)")
fact("比上年减少6.4%", "6.4%", value=-6.4, unit="%", kind="growth", metric="贸易顺差",
     metric_alts=["外贸顺差", "贸易顺差额", "进出口顺差"], comparison="yoy",
     period=Y10, period_alts=[null("2010年")],
     note="比上年 → yoy; 减少 → negative value; 2010年 stands before it")
ODI_P = dict(period=five(H), period_alts=[Y10, end5(H), null(H)])
ODI_NOTE = ("judgement call on the period: 累计 = the total of the five years of 十一五 (the "
            "ODI stock at the end of 2010 was larger), so the span is gold although 2010年 of "
            "the sentence before literally precedes it (the 2010 reading, the stock-rule "
            "instant and null as alts)")
fact("累计对外直接投资2200亿美元", "2200亿美元", value=2.2e11, unit="USD", kind="amount",
     metric="对外直接投资",
     metric_alts=["累计对外直接投资", "对外直接投资累计", "对外投资", "对外直接投资额",
                  "对外直接投资累计额"],
     subject_alts=CN + ["企业", "中国企业"], **ODI_P,
     note="亿美元 → USD; " + ODI_NOTE)
fact("营业额3352亿美元", "3352亿美元", value=3.352e11, unit="USD", kind="amount",
     metric="对外工程承包和劳务合作营业额",
     metric_alts=["对外承包工程和劳务合作营业额", "对外工程承包营业额", "营业额",
                  "累计对外工程承包和劳务合作营业额", "对外工程承包和劳务合作"],
     subject_alts=CN + ["企业", "中国企业"], **ODI_P,
     note="累计 read as distributing over both items (the five-year total); " + ODI_NOTE)

# ==== line 19 (source 36) ==========================================================================
g.neg("多边、双边", "双边", "lexicalized 双边 'bilateral', not a quantity")

# ==== line 20 (source 37): （五） heading ============================================================
g.neg("（五）加快发展", "（五）", MARKER_NOTE)

# ==== line 22 (source 39): 社会保障 =================================================================
PENSION_STREAK = P("连续7年", "2005-01-01", "2011-12-31")
PENSION_NOTE = ("the seven yearly raises ran 2005-2011 (the 2011 raise was announced before the "
                "report); " + FRAME_NOTE + ", the streak 2005-2011 as alt")
fact("连续7年提高", "7年", value=7, unit="year", kind="amount",
     metric="提高企业退休人员基本养老金持续时间",
     metric_alts=["提高企业退休人员基本养老金水平持续时间", "连续提高企业退休人员基本养老金",
                  "企业退休人员基本养老金连续提高年数", "企业退休人员基本养老金连续提高",
                  "基本养老金连续提高年数", "持续时间", "连续提高基本养老金年数"],
     period=five(H),
     period_alts=[PENSION_STREAK, P("连续7年", "2004-01-01", "2010-12-31"), null(H)],
     note="length of the streak of pension raises (as 连续7年增产 in line 4): 7 years, unit "
          "year; " + PENSION_NOTE)
PEN = ["企业退休人员基本养老金水平", "基本养老金", "基本养老金水平", "企业退休人员基本养老金年均增长",
       "企业退休人员养老金", "养老金"]
fact("年均增长10%", "10%", value=10, unit="%", kind="growth",
     metric="企业退休人员基本养老金", metric_alts=PEN, comparison="年均",
     period=five(H), period_alts=[PENSION_STREAK, null(H)],
     note="average annual growth of the pensions over the raises; comparison 年均; "
          + PENSION_NOTE)
fact("试点覆盖24%的县", "24%", value=24, unit="%", kind="share",
     metric="新型农村社会养老保险试点覆盖县比例",
     metric_alts=["新型农村社会养老保险试点覆盖面", "新农保试点覆盖面", "新农保试点覆盖率",
                  "新型农村社会养老保险试点覆盖率", "新型农村社会养老保险试点县占比",
                  "试点覆盖县比例", "新型农村社会养老保险试点覆盖的县",
                  "新型农村社会养老保险试点覆盖县的比重"],
     **STOCK,
     note="share of the counties covered by the pilot (the whole = all counties); a share of "
          "a stock (coverage reached) → " + STOCK_NOTE)

# ==== line 23 (source 40): 医疗保险 =================================================================
MED_NOTE = ("no classifier written (N亿 + noun): 人 implied; people covered by the insurance "
            "systems (a stock) → " + STOCK_NOTE)
fact("惠及4.32亿城镇职工", "4.32亿", value=4.32e8, unit="count", kind="count",
     classifier="人", metric="城镇职工和城镇居民",
     metric_alts=["惠及城镇职工和城镇居民", "城镇职工和城镇居民基本医疗保险参保人数",
                  "城镇基本医疗保险参保人数", "城镇基本医疗保险覆盖人数",
                  "基本医疗保险覆盖城镇职工和城镇居民", "城镇职工和城镇居民数量",
                  "城镇职工和城镇居民基本医疗保险覆盖人数", "医保惠及城镇职工和城镇居民"],
     **STOCK,
     note="the urban employees' and residents' basic medical insurance (the counted noun as "
          "metric, README §3); " + MED_NOTE)
fact("、8.35亿农村居民", "8.35亿", value=8.35e8, unit="count", kind="count",
     classifier="人", metric="农村居民",
     metric_alts=["惠及农村居民", "新型农村合作医疗参合人数", "新农合参合人数",
                  "新型农村合作医疗覆盖农村居民", "参合农村居民", "农村居民数量",
                  "新型农村合作医疗覆盖人数", "新农合覆盖人数"],
     **STOCK, note="the new rural cooperative medical scheme (新农合); " + MED_NOTE)

# ==== line 24 (source 41): 社会保障基金, 保障性住房 ================================================
FUND = ["社会保障基金", "全国社会保障基金积累", "社保基金", "全国社保基金",
        "全国社会保障基金规模", "全国社会保障基金资产", "社会保障基金积累"]
fact("基金积累7810亿元", "7810亿元", value=7810e8, unit="CNY", kind="amount",
     metric="全国社会保障基金", metric_alts=FUND, **STOCK,
     note="积累 = the fund's accumulated assets (a stock) → " + STOCK_NOTE)
g.neg("比五年前增加", "五年前", "comparison basis 比五年前 (the end of 2005, before the plan), "
      "a period expression with a numeral; not the period of the fact (as wr_china_1998)")
fact("增加5800多亿元", "5800多亿元", value=5800e8, unit="CNY", kind="amount", bound="gt",
     metric="全国社会保障基金增量",
     metric_alts=["全国社会保障基金", "全国社会保障基金增加", "社会保障基金增量",
                  "全国社会保障基金增加额", "全国社会保障基金比五年前增加", "社保基金增量"],
     period=end5(H), period_alts=[five(H), null(H)],
     note="absolute change of a stock (增加 → positive, metric <level>增量, SPEC §2); 多 inside "
          "the span → gt; the basis 比五年前 is no comparison of an amount fact; period: the "
          "instant of the level compared (2010-12-31, as 比1995年底增加 in wr_china_2001), the "
          "span of the change and null as alts")
fact("使1100万户困难家庭", "1100万户", value=1.1e7, unit="count", kind="count",
     classifier="户", metric="住上新房的困难家庭",
     metric_alts=["困难家庭", "困难家庭住上新房", "住上新房困难家庭", "住上新房的困难家庭数量",
                  "保障性住房建设和棚户区改造受益家庭", "住上新房家庭",
                  "保障性住房和棚户区改造受益困难家庭"],
     **SPAN,
     note="the predicate (住上了新房) defines the counted families → in the metric, the noun "
          "as alt (as 6069万农民 in wr_china_2010); " + SPAN_NOTE)

# ==== line 25 (source 42): 教育支出 ================================================================
g.neg("五年全国财政教育支出", "五年", PERIOD_NOTE + " (2006-2010; governs the rest of the line)")
EDU = ["财政教育支出", "教育支出", "全国财政教育支出累计", "财政性教育支出",
       "全国财政教育支出总额"]
W2 = dict(period=five("五年"), period_alts=[null("五年")])
gov("支出累计4.45万亿元", "4.45万亿元", value=4.45e12, unit="CNY", kind="amount",
    metric="全国财政教育支出", metric_alts=EDU, **W2,
    note="累计 over 五年 → the total of 2006-2010; 万亿元 = 1e12; the state's (all levels of "
         "government) spending → 中国 with 国家/中央财政 etc. as alts")
gov("年均增长22.4%", "22.4%", value=22.4, unit="%", kind="growth",
    metric="全国财政教育支出", metric_alts=EDU + ["全国财政教育支出年均增长"],
    comparison="年均", **W2, note=AVG_NOTE + " (五年 governs the line)")

# ==== line 26 (source 43): 国家助学制度 ============================================================
AID = ["财政投入", "国家助学财政投入", "助学财政投入", "国家助学制度财政投入规模",
       "学生资助财政投入", "国家资助财政投入", "财政助学投入"]
g.neg("从2006年的18亿元", "2006年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "18亿元)")
gov("从2006年的18亿元", "18亿元", value=18e8, unit="CNY", kind="amount",
    metric="国家助学制度财政投入", metric_alts=AID,
    period=P("2006年", "2006-01-01", "2006-12-31"),
    note="start of the from/to pair, dated 2006年 (a flow of the year); " + GOV_NOTE)
g.neg("增加到 2010年的306亿元", "2010年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 306亿元)")
gov("2010年的306亿元", "306亿元", value=306e8, unit="CNY", kind="amount",
    metric="国家助学制度财政投入", metric_alts=AID, period=Y10,
    note="end of the pair, dated 2010年; the source's space before 2010年 is kept in the "
         "context only")
fact("共资助学生2130万名", "2130万名", value=2.13e7, unit="count", kind="count",
     classifier="名", metric="资助学生",
     metric_alts=["受资助学生", "共资助学生", "资助学生人数", "受资助学生人数", "资助学生数量",
                  "受资助学生数量", "学生"],
     subject_alts=GOV + CN, **SPAN,
     note="共 = the total over the five years; the pair's years date only their own values "
          "(SPEC §4) → " + FRAME_NOTE)
fact("还为1200多万名", "1200多万名", value=1.2e7, unit="count", kind="count", bound="gt",
     classifier="名", metric="义务教育寄宿生",
     metric_alts=["获得生活补助的义务教育寄宿生", "享受生活补助的义务教育寄宿生",
                  "义务教育寄宿生生活补助", "寄宿生", "义务教育寄宿生数量",
                  "生活补助受助寄宿生", "提供生活补助的义务教育寄宿生"],
     subject_alts=GOV + CN, **SPAN,
     note="多 inside the span → gt; boarding pupils given living allowances over the five "
          "years (the counted noun as metric, the predicate in alts); " + FRAME_NOTE)

# ==== line 27 (source 44): 科技投入 =================================================================
SCI = ["财政科技投入", "科技投入", "中央财政科技支出", "中央财政用于科技的支出",
       "中央财政科技投入累计"]
gov("中央财政科技投入6197亿元", "6197亿元", value=6197e8, unit="CNY", kind="amount",
    metric="中央财政科技投入", metric_alts=SCI, **SPAN,
    note="the total of the five years (年均增长 follows); " + FRAME_NOTE + "; " + GOV_NOTE)
gov("年均增长22.7%", "22.7%", value=22.7, unit="%", kind="growth",
    metric="中央财政科技投入", metric_alts=SCI + ["中央财政科技投入年均增长"],
    comparison="年均", **SPAN, note=AVG_NOTE)
g.neg("取得了一系列", "一系列", "quantifier 一系列")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review items （二） "
    "三农, （三） economic structure (一是 industry, 二是 energy saving and environment, 三是 "
    "regions), （四） reform and opening, and （五） social programmes up to the science "
    "spending (中央财政科技投入…) of part 一、“十一五”时期国民经济和社会发展的回顾. It is the "
    "densest run of 2,000-2,500 characters starting at a heading within the allowed lines "
    "3-75 (50 Arabic numbers; lines 3-28 from the section heading hold 42 in 2,174 "
    "characters; lines 18-45 would pass 2,500; the 十二五 goals and 2011 targets, lines "
    "59-75, are sparse). Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2011-03-05, the corpus meta date: the opening day of the 4th "
    "session of the 11th NPC, on which the Premier delivered the report (the Wikisource text "
    "has no dateline); nothing in the excerpt contradicts it (2010 results as 去年/2010年; "
    "the review of 十一五 2006-2010). 去年 = 2010. Place: national report → 中国 (alts "
    "我国/全国/中华人民共和国); the government's own spending and acts (三农投入, 减轻农民负担, "
    "生产补贴资金, 最低收购价, 教育支出, 助学投入 and its counts, 科技投入) keep 中国 with "
    "中央财政/中央政府/国务院/国家 as alts; outward investment adds 企业 as alt. Periods: "
    "the section frame is the 十一五 period 2006-01-01..2010-12-31 (heading “十一五”时期, "
    "outside the excerpt; period text 五年, the excerpt's own word for it; null as alt) "
    "for lines with no period of their own; 五年 / 五年累计 "
    "govern their lines (same dates, their own text); 去年 (lines 20-21) and 2010年 (line 35) "
    "→ 2010 (source line numbers); the pair 从2006年的18亿元增加到2010年的306亿元 dates only its own values. Stocks "
    "(新农保 coverage 24%, 4.32亿/8.35亿 covered, 社会保障基金 7810亿元 and its increase) → "
    "instant 2010-12-31 with the span and null as alts; 每年 → text only (README §5), span "
    "as alt. Streaks 连续7年 (增产; 2004-2010, under 去年), 连续两年 (顺差下降; 2009-2010) and "
    "连续7年 (养老金; 2005-2011) → duration facts in year, the streak as alt. Comparisons: "
    "年均 for average growth; 累计 for the cumulative declines of 五年累计 (as wr_china_2010); "
    "比2005年 for changes over the plan with no basis written (2.5个百分点, 25%到40%; as "
    "wr_china_2018); yoy for 比上年. Units: 万亿斤 × 0.0005 t (1.09万亿斤 = 5.45e8 t); 万公顷 "
    "→ m2 (×1e8); 万平方公里 → m2 (×1e10); 亿千瓦 → W (×1e11). Judgement calls: 25%到40% → one "
    "range fact (value 25, upper 40) over the span, although 去年 literally precedes it; "
    "累计对外直接投资 2200亿美元 and 3352亿美元 → the span (the five-year total), 2010 as alt; "
    "2.15亿 / 1100万户 with the predicate in the metric, 4.32亿 / 8.35亿 with the counted noun "
    "(predicate forms as alts); 到2020年 (温室气体 target named, no value) → negative that "
    "governs nothing; 新十年, 四省(藏区), 三废 → label negatives. Negatives: （二）…（五）, "
    "三农 ×2, 一个, 一是/二是/三是, 一批 ×2, 一大批, 五年 ×3, 2020年, 三废, 二氧化硫, 十年, "
    "一系列 ×3, 四省, 2010年 ×2, 双边, 五年前, 2006年. Lexicalized, not listed: 统一, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
