"""Gold annotations for wr_china_2008_b (2008年中华人民共和国国务院政府工作报告), lines 6-20 of
shared/texts/work_report/wr_china_2008.txt.

The excerpt corpora/wr_china_2008_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: it lies in part 一、 过去五年工作回顾 (the review of the
five years 2003-2007; the heading, source line 3, is outside the excerpt).  It starts inside
the headline list of the review (——取消农业税… grain; ——…改革迈出重大步伐 trade; ——创新型国家…;
——全面实现农村免费义务教育…; ——城乡公共文化服务体系…; ——民主法制建设…; ——人民生活显著改善
jobs and incomes), then the two bridging lines (事实充分说明，过去五年是…的五年; 五年来，我们…),
the heading of review item （一） (加强和改善宏观调控，促进经济平稳快速发展) and its first five
paragraphs: macro control, agriculture (农业税, “三农” spending, irrigation, biogas, rural
roads, drinking water), science (R&D spending and its share of GDP), industry and
infrastructure (power, roads, railways, berths, telecoms) and energy saving and the
environment (closures of small plants, afforestation, energy intensity, COD and SO2).
The excerpt (2,441 characters with the final newline) is given by the brief: lines 6-20,
not moved.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2008_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_2008_b"
SRC_ID = "wr_china_2008"
PLACE = "中国"
REF = "2008-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SRC_ID}.txt"
FIRST, LAST = 6, 20                     # 1-based, inclusive, whole lines
TITLE = "2008年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——取消农业税", ends="节约资源和保护环境从认识到实践都发生了重要转变。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院", "国家"]
GOV_NOTE = ("the government's own spending / act: subject the document's place 中国, "
            "中央财政/中央政府/国务院/国家 as alts (as wr_china_2008, wr_china_2011)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2008-03-05; 去年 = 2007, 今年 = 2008) ---------------------------
# The excerpt lies in part 一、 过去五年工作回顾 (source line 3, outside the excerpt): the five
# years since the 1st session of the 10th NPC (March 2003), i.e. the statistical years
# 2003-2007 (as wr_china_2008 reads its 五年累计, wr_china_2013 its 过去五年 as 2008-2012).
# That is the section frame (SPEC §4): a number whose line states no period before it takes
# the span, period text 过去五年 (the heading's words, restated in line 13 of the excerpt),
# null as alt.
#   - Dash lines of the headline list (source 6-12) are paragraphs of their own: 2007年 (lines
#     6, 7) governs the rest of its line; 五年 (line 12) governs its line outside the pair
#     由2002年7703元增加到2007年13786元, whose years date only their own values (SPEC §4).
#     Pairs without years parallel to a dated pair, or under 2007年 (农村居民人均纯收入
#     由2476元增加到4140元; 从世界第六位上升到第三位) compare the same two moments → the year
#     2002 (start) and the year 2007 (end), flows; the mechanical readings (the span of 五年,
#     the year 2007 of the line) and null as alts (judgement call, as wr_china_2003's pairs
#     and wr_china_2018's from_flow / to_flow).
#   - Streaks: 连续四年增产 (line 6, no period before it) → the frame, the streak's own span
#     2004-2007 as alt (as wr_yunnan_2025 / wr_china_2007); 连续五年 (line 16) is the span
#     itself (2003-2007).
#   - Item （一） (source 16-20): 五年累计 / 五年 / 近两年 / 2007年 govern the clauses after them
#     in their line; 每年 (每年减轻农民负担) → text only, start/end null (README §5), the span
#     as alt (as wr_china_2011); 近两年 = 2006-2007 (the two full years before the reference
#     year, SPEC §4), governing the closures of small plants and the 691 projects until
#     五年累计 replaces it (the five-year frame and the year 2007 as alts); 2007年 governs the
#     energy intensity and the emissions (近年来 there qualifies 首次, not the figures).
H = "过去五年"


def five(txt):
    return P(txt, "2003-01-01", "2007-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def end(txt, y):
    return P(txt, f"{y}-12-31", f"{y}-12-31")


def span(txt, *extra):
    return dict(period=five(txt), period_alts=[null(txt), *extra])


FRAME = span(H)
FRAME_NOTE = ("no period before it in its line → the section frame, the five years "
              "2003-2007 of the part heading 一、 过去五年工作回顾 (outside the excerpt; period "
              "text 过去五年), null as alt")
SPAN_NOTE = "a total over the five years 2003-2007 ({} governs the clause)"
Y07 = dict(period=year("2007年", 2007), period_alts=[null("2007年")])
Y02 = dict(period=year("2002年", 2002), period_alts=[null("2002年")])
TWO = P("近两年", "2006-01-01", "2007-12-31")
RECENT2 = dict(period=TWO, period_alts=[five(H), year("近两年", 2007), null("近两年")])
RECENT2_NOTE = ("近两年 (= 2006-2007, the two full years before the reference year, SPEC §4) "
                "opens the sentence before and governs the clauses after it in the line until "
                "五年累计 (judgement call: the five-year frame and the year 2007 as alts)")
PAIR_NOTE = ("from/to pair without years, {how}: {which} → the year {y} (a flow); the "
             "mechanical reading ({mech}) and null as alts (judgement call, as the parallel "
             "pairs of wr_china_2003 and from_flow / to_flow of wr_china_2018)")

# ---- line 1 (source 6): ——取消农业税… grain ----------------------------------------------------
GRAIN_STREAK = P("连续四年", "2004-01-01", "2007-12-31")
fact("全国粮食连续四年增产", "四年", value=4, unit="year", kind="amount",
     metric="粮食增产持续时间",
     metric_alts=["粮食连续增产", "全国粮食连续增产", "粮食连续增产年数", "粮食增产年数",
                  "粮食增产", "持续时间", "粮食连续增产持续时间"],
     period=five(H), period_alts=[GRAIN_STREAK, null(H)],
     note="judgement call: length of the streak 连续四年增产 (a duration, unit year, as "
          "连续三年增产 in wr_china_2007); " + FRAME_NOTE + "; the streak's own span "
          "2004-2007 (ending in the last year of the review) as alt")
g.neg("2007年产量达到", "2007年", PERIOD_NOTE + " (2007; governs the rest of the line)")
GRAIN = ["粮食总产量", "全国粮食产量", "全国粮食总产量", "产量", "粮食"]
fact("产量达到50150万吨", "50150万吨", value=50150e4, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, **Y07,
     note="达到 → eq; 万吨 = 1e4 t; the 2007 harvest (全国粮食 of the sentence; a flow of the "
          "year)")

# ---- line 2 (source 7): ——…改革迈出重大步伐 trade ------------------------------------------------
g.neg("2007年进出口总额", "2007年", PERIOD_NOTE + " (2007; governs the rest of the line)")
TRADE = ["进出口", "外贸进出口总额", "进出口贸易总额", "对外贸易总额", "货物进出口总额",
         "对外贸易"]
fact("进出口总额达到2.17万亿美元", "2.17万亿美元", value=2.17e12, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE, **Y07,
     note="达到 → eq; 万亿美元 = 1e12 USD; the trade of 2007")
RANK = TRADE + ["进出口总额排名", "进出口总额世界排名", "进出口总额世界位次", "外贸世界排名",
                "对外贸易世界排名"]
fact("从世界第六位上升", "第六位", value=6, unit="rank", kind="rank", scope="世界",
     metric="进出口总额", metric_alts=RANK,
     period=year(H, 2002),
     period_alts=[P(H, "2002-12-31", "2002-12-31"), P(H, "2003-01-01", "2003-01-01"),
                  five(H), year("2007年", 2007), null(H)],
     note="start of the pair 从世界第六位上升到第三位 (rank of a flow; span without the scope "
          "word 世界, README §1): " + PAIR_NOTE.format(
              how="under 2007年 of the line", which="the position before the five years",
              y=2002, mech="2007年 of the line; the span's start, the span")
          + "; the same pair for GDP in source line 5 is 比2002年…从世界第六位上升到第四位")
fact("上升到第三位", "第三位", value=3, unit="rank", kind="rank", scope="世界",
     metric="进出口总额", metric_alts=RANK,
     period=year("2007年", 2007), period_alts=[end("2007年", 2007), five(H), null("2007年")],
     note="end of the pair: the 2007 position (2007年 of the line governs); scope 世界 carried "
          "from 第六位")

# ---- line 3 (source 8): ——创新型国家建设 (no facts) --------------------------------------------
g.neg("涌现出一批", "一批", "quantifier 一批")
g.neg("首次月球探测", "首次", "first-time claim 首次 ('the first lunar probe'), not a rank or "
      "count (as wr_china_2004)")

# ---- lines 4-6 (source 9-11): no numerals ------------------------------------------------------

# ---- line 7 (source 12): ——人民生活显著改善 -------------------------------------------------------
g.neg("五年全国新增城镇就业", "五年", PERIOD_NOTE + " (五年 = 2003-2007; governs the line "
      "outside the pair's own years)")
fact("新增城镇就业5100万人", "5100万人", value=5100e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["新增城镇就业", "全国新增城镇就业", "城镇新增就业人数", "新增就业",
                  "城镇新增就业人员"],
     **span("五年"), note=SPAN_NOTE.format("五年"))
URB = ["人均可支配收入", "城镇居民收入", "城镇居民人均收入"]
g.neg("由2002年7703元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs only 7703元)")
fact("由2002年7703元", "7703元", value=7703, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB, **Y02,
     note="start of the pair, dated 2002年 (income of the year, a flow)")
g.neg("增加到2007年13786元", "2007年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "13786元)")
fact("2007年13786元", "13786元", value=13786, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB, **Y07,
     note="end of the pair, dated 2007年")
RUR = ["农村居民人均收入", "农村居民收入", "人均纯收入", "农民人均纯收入", "农民收入"]
fact("纯收入由2476元", "2476元", value=2476, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR,
     period=year("五年", 2002),
     period_alts=[P("五年", "2002-12-31", "2002-12-31"), P("五年", "2003-01-01", "2003-01-01"),
                  five("五年"), null("五年")],
     note="start of the pair: " + PAIR_NOTE.format(
         how="parallel to the dated pair 由2002年…增加到2007年… of the sentence",
         which="the level before the five years", y=2002,
         mech="五年 of the line: the span; the end of 2002, the span's start"))
fact("增加到4140元", "4140元", value=4140, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR,
     period=year("五年", 2007),
     period_alts=[end("五年", 2007), five("五年"), null("五年")],
     note="end of the pair: " + PAIR_NOTE.format(
         how="parallel to the dated pair of the sentence", which="the level of the last year",
         y=2007, mech="五年 of the line: the span; the end of 2007"))

# ---- line 8 (source 13): 事实充分说明，过去五年是… (no facts) -------------------------------------
g.neg("过去五年是改革开放", "过去五年", PERIOD_NOTE + " (2003-2007; no number follows in the "
      "line)")
for ctx in ("重大进展的五年", "显著增强的五年", "更多实惠的五年", "不断提高的五年"):
    g.neg(ctx, "五年", "predicate noun 'five years of …' (the same span 2003-2007), not a "
          "duration fact (as 极不平凡的五年 in wr_china_2018)")

# ---- line 9 (source 14): 五年来，我们… (no facts) ---------------------------------------------
g.neg("五年来，我们树立", "五年来", PERIOD_NOTE + " (2003-2007; its own line, so it governs "
      "nothing after it)")

# ---- line 10 (source 15): （一） heading ------------------------------------------------------------
g.neg("（一）加强和改善", "（一）", MARKER_NOTE)

# ---- line 11 (source 16): macro control ----------------------------------------------------------
g.neg("信贷两个闸门", "两个", "appositive 两个 restating the two items just named (土地, 信贷) "
      "in the metaphor 两个闸门 'two floodgates', not a measured count (as wr_china_2005)")
fact("经济连续五年保持", "五年", value=5, unit="year", kind="amount",
     metric="经济保持平稳快速发展持续时间",
     metric_alts=["经济连续保持平稳快速发展", "经济平稳快速发展持续时间", "经济平稳快速发展年数",
                  "连续保持平稳快速发展年数", "持续时间", "经济保持平稳快速发展年数"],
     period=P("连续五年", "2003-01-01", "2007-12-31"),
     period_alts=[five(H), null("几年来")],
     note="judgement call: length of the streak 连续五年 (a duration, unit year, as 连续四年 in "
          "wr_china_2007); the streak is the five years of the review itself (2003-2007); "
          "几年来 earlier in the line is vague (null as alt)")

# ---- line 12 (source 17): agriculture --------------------------------------------------------------
g.neg("采取一系列重大举措", "一系列", "quantifier 一系列")
BURDEN = ["每年减轻农民负担", "农民负担减轻", "减轻农民负担金额", "农民负担减轻额",
          "年均减轻农民负担", "减轻农民负担额"]
gov("每年减轻农民负担1335亿元", "1335亿元", value=1335e8, unit="CNY", kind="amount",
    metric="减轻农民负担", metric_alts=BURDEN, subject_alts=GOV + CN + ["农民"],
    period=null("每年"), period_alts=[five("每年")],
    note="the yearly saving to farmers from abolishing the agricultural, herding and special "
         "product taxes; 每年 → text only, start/end null (README §5), the five-year span as "
         "alt (as the same figure in wr_china_2011); " + GOV_NOTE)
g.neg("用于“三农”的支出", "三农", LABEL_NOTE + " (“三农” = 农业、农村、农民)")
g.neg("的支出五年累计", "五年", PERIOD_NOTE + " (五年累计 = 2003-2007; governs the rest of the "
      "line, restated by 五年新增)")
C = "五年累计"
SANNONG = ["中央财政“三农”支出", "“三农”支出", "中央财政三农支出", "中央财政用于三农的支出",
           "三农支出", "中央财政“三农”投入", "中央财政用于“三农”的支出累计", "“三农”投入"]
gov("五年累计1.6万亿元", "1.6万亿元", value=1.6e12, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的支出", metric_alts=SANNONG, **span(C),
    note="万亿元 = 1e12; " + SPAN_NOTE.format("五年累计") + "; " + GOV_NOTE)
INFRA = ["用于农村基础设施建设", "农村基础设施建设支出", "农村基础设施建设投入",
         "中央财政农村基础设施建设支出", "用于农村基础设施建设的支出", "农村基础设施建设"]
gov("农村基础设施建设近3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount",
    bound="approx", metric="中央财政用于农村基础设施建设的支出", metric_alts=INFRA,
    **span(C),
    note="近 → approx (outside the span); 其中: part of the “三农” spending → head restored; "
         + SPAN_NOTE.format("五年累计"))
g.neg("。五年新增节水灌溉", "五年", PERIOD_NOTE + " (五年 = 2003-2007; governs the rest of the "
      "line)")
fact("节水灌溉面积666.7万公顷", "666.7万公顷", value=666.7e4 * 1e4, unit="m2", kind="amount",
     metric="新增节水灌溉面积",
     metric_alts=["节水灌溉面积", "节水灌溉面积增量", "新增节水灌溉"], **span("五年"),
     note="666.7万公顷 = 6.667e6 ha = 6.667e10 m2 (公顷 1e4); " + SPAN_NOTE.format("五年"))
fact("新增沼气用户1650万户", "1650万户", value=1650e4, unit="count", kind="count",
     classifier="户", metric="沼气用户", metric_alts=new("沼气用户", "新增沼气用户"),
     **span("五年"),
     note="新增 distributes over the list (README §3: the noun, 增量 alts); "
          + SPAN_NOTE.format("五年"))
ROAD_R = ["农村公路", "新建改建农村公路里程", "农村公路新建改建", "新改建农村公路",
          "农村公路建设", "新建改建农村公路长度"]
fact("新建改建农村公路130万公里", "130万公里", value=130e4 * 1e3, unit="m", kind="amount",
     metric="新建改建农村公路", metric_alts=ROAD_R, **span("五年"),
     note="130万公里 = 1.3e9 m; " + SPAN_NOTE.format("五年"))
WATER = ["农村人口", "解决饮水困难和饮水安全问题农村人口", "农村饮水安全", "农村饮水安全人口",
         "解决农村人口饮水困难", "饮水困难和饮水安全问题得到解决的农村人口",
         "解决饮水困难和饮水安全问题的农村人口数量", "农村饮水困难和饮水安全问题"]
fact("解决了9748万农村人口", "9748万", value=9748e4, unit="count", kind="count",
     classifier="人", metric="解决饮水困难和饮水安全问题的农村人口", metric_alts=WATER,
     **span("五年"),
     note="no measure word after 9748万: 人 implied; the predicate (解决了…饮水困难和饮水安全"
          "问题) defines the counted rural residents (in the metric, the noun as alt); "
          + SPAN_NOTE.format("五年"))
g.neg("亿万农民由衷", "亿万", "idiom 亿万农民 'hundreds of millions of peasants', not a "
      "quantity (as wr_china_1985_b)")

# ---- line 13 (source 18): science ------------------------------------------------------------------
g.neg("对2006－2020年的", "2006－2020年", "the span 2006-2020 of the science and technology "
      "plan (规划纲要), a period expression, not a quantity; no number follows it")
g.neg("启动一批重大专项", "一批", "quantifier 一批")
g.neg("第三代移动通信", "第三代", "technology generation label (3G), not a rank (as "
      "wr_china_2006 / wr_china_2007)")
g.neg("等一批重大创新成果", "一批", "quantifier 一批")
g.neg("形成了一批", "一批", "quantifier 一批")
g.neg("五年中央财政用于科技", "五年", PERIOD_NOTE + " (五年 = 2003-2007; governs the line "
      "outside the pairs)")
SCI = ["中央财政科技投入", "中央财政用于科技投入", "科技投入", "中央财政科技支出", "财政科技投入",
       "中央财政用于科技的支出"]
gov("科技的投入达到3406亿元", "3406亿元", value=3406e8, unit="CNY", kind="amount",
    metric="中央财政用于科技的投入", metric_alts=SCI, **span("五年"),
    note="达到 → eq; " + SPAN_NOTE.format("五年") + "; " + GOV_NOTE)
RD = ["研究与实验发展经费", "研发经费", "R&D经费", "全社会研发经费", "全社会研究与试验发展经费",
      "研发投入", "全社会R&D经费", "全社会研发投入", "研究与试验发展经费"]
g.neg("从2002年1288亿元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "1288亿元)")
fact("从2002年1288亿元", "1288亿元", value=1288e8, unit="CNY", kind="amount",
     metric="全社会研究与实验发展经费", metric_alts=RD, **Y02,
     note="start of the pair, dated 2002年 (spending of the year, a flow)")
g.neg("增加到2007年的3664亿元", "2007年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 3664亿元)")
fact("2007年的3664亿元", "3664亿元", value=3664e8, unit="CNY", kind="amount",
     metric="全社会研究与实验发展经费", metric_alts=RD, **Y07,
     note="end of the pair, dated 2007年")
RDS = ["研究与实验发展经费占国内生产总值比重", "研发经费占国内生产总值比重", "研发投入强度",
       "研发经费投入强度", "R&D经费占GDP比重", "占国内生产总值比重",
       "全社会研究与实验发展经费占国内生产总值的比重", "研发经费占GDP比重"]
fact("比重从1.07%提高", "1.07%", value=1.07, unit="%", kind="share",
     metric="全社会研究与实验发展经费占国内生产总值比重", metric_alts=RDS,
     period=year("五年", 2002),
     period_alts=[P("五年", "2002-12-31", "2002-12-31"), five("五年"), null("五年")],
     note="start of the pair: " + PAIR_NOTE.format(
         how="parallel to the dated pair 从2002年…增加到2007年的… of the same sentence (the "
             "share of those two values in GDP)",
         which="the share of 2002 (a ratio of flows)", y=2002,
         mech="五年 of the line: the span; the end of 2002"))
fact("提高到1.49%", "1.49%", value=1.49, unit="%", kind="share",
     metric="全社会研究与实验发展经费占国内生产总值比重", metric_alts=RDS,
     period=year("五年", 2007), period_alts=[end("五年", 2007), five("五年"), null("五年")],
     note="end of the pair: " + PAIR_NOTE.format(
         how="parallel to the dated pair of the sentence", which="the share of 2007",
         y=2007, mech="五年 of the line: the span; the end of 2007"))

# ---- line 14 (source 19): industry and infrastructure ----------------------------------------------
g.neg("实施一系列产业政策", "一系列", "quantifier 一系列")
g.neg("一批重大工程相继", "一批", "quantifier 一批")
fact("提前一年建成通车", "一年", value=1, unit="year", kind="amount",
     metric="青藏铁路提前建成通车时间",
     metric_alts=["提前建成通车", "提前时间", "青藏铁路提前建成", "青藏铁路提前建成时间",
                  "提前建成通车时间", "青藏铁路提前"],
     subject_alts=CN + ["青藏铁路"], **FRAME,
     note="judgement call: 提前N年 'N year(s) ahead of schedule' read as a duration fact (unit "
          "year, kind amount), as 提前一年建成 in wr_china_1995 / 提前一年实现 in "
          "wr_shanxi_2025; " + FRAME_NOTE)
g.neg("三峡工程防洪", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity")
CLASS = ("class threshold {} 'of the … class' naming the kind of plant (as 百万千瓦级 in "
         "wr_china_2007, 万吨级 in wr_china_2013), not a fact")
g.neg("千万吨级炼油厂", "千万吨级", CLASS.format("千万吨级 (10-Mt refinery)"))
g.neg("百万吨级乙烯", "百万吨级", CLASS.format("百万吨级 (1-Mt ethylene plant)"))
g.neg("等一批重大项目", "一批", "quantifier 一批")
g.neg("五年新增电力装机", "五年", PERIOD_NOTE + " (五年 = 2003-2007; governs the rest of the "
      "line)")
POWER = ["电力装机", "新增电力装机容量", "电力装机增量", "新增装机", "电力装机容量增量",
         "新增发电装机"]
fact("新增电力装机3.5亿千瓦", "3.5亿千瓦", value=3.5e11, unit="W", kind="amount",
     metric="新增电力装机", metric_alts=POWER, **span("五年"),
     note="3.5亿千瓦 = 3.5e8 kW = 3.5e11 W; " + SPAN_NOTE.format("五年"))
g.neg("是1950年到2002年53年", "1950年到2002年", "1950年到2002年: the span of years whose "
      "total is the basis of the comparison (是…的总和 'equal to the sum', no numeral of its "
      "own, so no fact), a period expression, not a quantity and not the period of any fact "
      "(as 1950年到1997年 in wr_china_2003)")
g.neg("2002年53年的总和", "53年", "the length of the basis span 1950-2002 (restating it), part "
      "of the comparison basis, not a duration claim of its own (judgement call)")
fact("新增公路19.2万公里", "19.2万公里", value=19.2e4 * 1e3, unit="m", kind="amount",
     metric="新增公路", metric_alts=["公路", "新增公路里程", "公路里程", "公路里程增量"],
     **span("五年"), note="19.2万公里 = 1.92e8 m; " + SPAN_NOTE.format("五年"))
fact("其中高速公路2.8万公里", "2.8万公里", value=2.8e4 * 1e3, unit="m", kind="amount",
     metric="新增高速公路",
     metric_alts=["高速公路", "新增高速公路里程", "高速公路里程增量", "高速公路里程"],
     **span("五年"), note="其中: part of 新增公路 → head restored (as wr_china_2013); 2.8e7 m")
fact("新增铁路营运里程6100公里", "6100公里", value=6100e3, unit="m", kind="amount",
     metric="新增铁路营运里程",
     metric_alts=["铁路营运里程", "铁路营运里程增量", "新增铁路里程", "铁路里程增量", "新增铁路",
                  "铁路营业里程增量"],
     **span("五年"), note="6100公里 = 6.1e6 m; " + SPAN_NOTE.format("五年"))
g.neg("建成万吨级以上泊位", "万吨级", "threshold defining the counted berths (SPEC §2), part of "
      "the metric of 568个, not a fact")
fact("以上泊位568个", "568个", value=568, unit="count", kind="count", classifier="个",
     metric="万吨级以上泊位",
     metric_alts=["建成万吨级以上泊位", "万吨级以上泊位数量", "万吨级以上泊位增量", "万吨级泊位",
                  "泊位", "港口泊位", "万吨级以上港口泊位"],
     **span("五年"),
     note="建成 N: berths completed over the five years (增量 alts, README §3); "
          + SPAN_NOTE.format("五年"))
fact("新增电信用户4.94亿户", "4.94亿户", value=4.94e8, unit="count", kind="count",
     classifier="户", metric="电信用户", metric_alts=new("电信用户", "新增电信用户"),
     **span("五年"),
     note="新增 N: subscribers added over the five years (the noun, 增量 alts, README §3); "
          + SPAN_NOTE.format("五年"))

# ---- line 15 (source 20): energy saving and the environment ----------------------------------------
g.neg("“十一五”规划纲要", "十一五", "plan name 十一五 (SPEC §1)")
g.neg("近两年，又提出", "近两年", PERIOD_NOTE + " (近两年 = 2006-2007, governs the clauses "
      "after it until 五年累计)")
g.neg("依法淘汰一大批", "一大批", "quantifier 一大批 (SPEC §1)")
fact("关停小火电 2157万千瓦", "2157万千瓦", value=2157e4 * 1e3, unit="W", kind="amount",
     metric="关停小火电",
     metric_alts=["关停小火电机组", "关停小火电装机", "小火电关停", "关停小火电容量",
                  "关停小火电机组容量", "关停小火电装机容量"],
     **RECENT2,
     note="2157万千瓦 = 2.157e10 W; the source's space before the number stays outside the "
          "span; " + RECENT2_NOTE)
fact("小煤矿1.12万处", "1.12万处", value=1.12e4, unit="count", kind="count", classifier="处",
     metric="关停小煤矿",
     metric_alts=["小煤矿", "关停小煤矿数量", "小煤矿关停", "关闭小煤矿"], **RECENT2,
     note="the verb 关停 shared with 小火电 (head restored); " + RECENT2_NOTE)
OUT = "淘汰落后 distributes over 炼铁, 炼钢, 水泥 (the shared head 产能 written each time); "
fact("炼铁产能4659万吨", "4659万吨", value=4659e4, unit="t", kind="amount",
     metric="淘汰落后炼铁产能",
     metric_alts=["落后炼铁产能", "淘汰炼铁产能", "炼铁产能淘汰", "淘汰落后炼铁年产能"],
     **RECENT2, note=OUT + "SPEC rates: base unit t, the capacity in the metric; "
                    + RECENT2_NOTE)
fact("炼钢产能3747万吨", "3747万吨", value=3747e4, unit="t", kind="amount",
     metric="淘汰落后炼钢产能",
     metric_alts=["落后炼钢产能", "淘汰炼钢产能", "炼钢产能淘汰", "淘汰落后炼钢年产能"],
     **RECENT2, note=OUT + RECENT2_NOTE)
fact("水泥产能8700万吨", "8700万吨", value=8700e4, unit="t", kind="amount",
     metric="淘汰落后水泥产能",
     metric_alts=["落后水泥产能", "淘汰水泥产能", "水泥产能淘汰", "淘汰落后水泥年产能"],
     **RECENT2, note=OUT + RECENT2_NOTE)
g.neg("启动十大重点节能工程", "十大", "set label 十大重点节能工程 (README §2 八大; as "
      "wr_china_2009), not a count")
gov("水污染防治项目691个", "691个", value=691, unit="count", kind="count", classifier="个",
    metric="中央政府投资支持的重点流域水污染防治项目",
    metric_alts=["重点流域水污染防治项目", "水污染防治项目", "中央政府投资支持重点流域水污染防治项目",
                 "重点流域水污染防治项目数量", "中央政府投资支持的重点流域水污染防治项目数量",
                 "支持重点流域水污染防治项目"],
    **RECENT2,
    note="the predicate (中央政府投资支持) defines the counted projects; " + RECENT2_NOTE + "; "
         + GOV_NOTE)
g.neg("，五年累计退耕还林", "五年", PERIOD_NOTE + " (五年累计 = 2003-2007; replaces 近两年 and "
      "governs until the next 五年)")
fact("植树造林 3191万公顷", "3191万公顷", value=3191e4 * 1e4, unit="m2", kind="amount",
     metric="退耕还林、植树造林",
     metric_alts=["退耕还林和植树造林", "退耕还林植树造林", "退耕还林、植树造林面积",
                  "累计退耕还林、植树造林", "植树造林", "造林面积", "退耕还林、植树造林累计面积"],
     **span(C),
     note="3191万公顷 = 3.191e11 m2; one mention over two activities (退耕还林、植树造林) → one "
          "fact; the source's space before the number stays outside the span; "
          + SPAN_NOTE.format("五年累计"))
fact("退牧还草3460万公顷", "3460万公顷", value=3460e4 * 1e4, unit="m2", kind="amount",
     metric="退牧还草",
     metric_alts=["退牧还草面积", "累计退牧还草", "退牧还草累计面积"], **span(C),
     note="3.46e11 m2; 累计 shared with 退耕还林; " + SPAN_NOTE.format("五年累计"))
g.neg("，五年整理复垦", "五年", PERIOD_NOTE + " (五年 = 2003-2007; governs until 2007年)")
fact("补充耕地152.6万公顷", "152.6万公顷", value=152.6e4 * 1e4, unit="m2", kind="amount",
     metric="整理复垦开发补充耕地",
     metric_alts=["补充耕地", "补充耕地面积", "整理复垦开发补充耕地面积", "土地整理复垦开发补充耕地",
                  "新增耕地"],
     **span("五年"), note="1.526e10 m2; " + SPAN_NOTE.format("五年"))
g.neg("，2007年单位国内生产总值", "2007年", PERIOD_NOTE + " (2007; governs the rest of the "
      "line)")
fact("比上年下降3.27%", "3.27%", value=-3.27, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位国内生产总值能源消耗", "单位生产总值能耗"],
     comparison="yoy", **Y07, note="比上年 → yoy; 下降 → negative")
g.neg("化学需氧量、二氧化硫", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity (as cm_qiandongnan_2016_d)")
g.neg("首次出现双下降", "首次", "first-time claim 首次 (first in recent years), not a rank or "
      "count")
g.neg("出现双下降", "双下降", LABEL_NOTE + " (双下降 'both fell'; the amounts follow)")
EMIT = dict(period=year("2007年", 2007),
            period_alts=[P("近年来", None, REF), null("2007年")])
EMIT_NOTE = ("分别: 化学需氧量排放总量 ↔ 3.14％, 二氧化硫排放总量 ↔ 4.66％ (each with its own "
             "full-width ％); 比上年 → yoy; 下降 → negative; 2007年 of the line governs: 近年来 "
             "just before qualifies 首次 ('first time in recent years'), not the figures "
             "(judgement call; the mechanical reading null..reference date as alt)")
fact("分别下降3.14％", "3.14％", value=-3.14, unit="%", kind="growth",
     metric="化学需氧量排放总量",
     metric_alts=["化学需氧量排放量", "化学需氧量排放", "COD排放总量", "化学需氧量"],
     comparison="yoy", **EMIT, note=EMIT_NOTE)
fact("3.14％和4.66％", "4.66％", value=-4.66, unit="%", kind="growth",
     metric="二氧化硫排放总量",
     metric_alts=["二氧化硫排放量", "二氧化硫排放", "二氧化硫"], comparison="yoy", **EMIT,
     note=EMIT_NOTE + "; the head 排放总量 restored")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SRC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code as given by the brief "
    "(not moved): inside part 一、 过去五年工作回顾 (the review of the five years 2003-2007; the "
    "heading, source line 3, and the first dash line ——经济跨上新台阶 with GDP are outside): "
    "the rest of the headline list (grain, trade, innovation, education, culture, rule of "
    "law, living standards), the bridging lines 事实充分说明，过去五年是…的五年 and 五年来，…, "
    "the heading of review item （一） and its paragraphs on macro control, agriculture, "
    "science, industry and infrastructure, and energy saving and the environment. No "
    "2008 target lies in it. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2008-03-05, the corpus meta date: the opening day of the "
    "1st session of the 11th NPC, on which the Premier delivered the report (the Wikisource "
    "text has no dateline); nothing in the excerpt contradicts it (the latest figures are "
    "for 2007). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the government's "
    "own spending and acts (每年减轻农民负担, “三农” and science spending, the 691 projects) add "
    "中央财政/中央政府/国务院/国家. Periods: 过去五年 = 2003-01-01..2007-12-31; lines without a "
    "period before their number take that frame (period text 过去五年, null as alt: 连续四年 "
    "增产 with the streak 2004-2007 as alt, 提前一年); 2007年 (source 6, 7, 20) → 2007; 五年 / "
    "五年累计 (source 12, 17, 18, 19, 20) → the span; pairs dated 由2002年…增加到2007年… → the "
    "years 2002 and 2007; pairs without years beside them (农村居民人均纯收入, R&D share of "
    "GDP) or under 2007年 (世界第六位→第三位) → the years 2002 and 2007, the mechanical "
    "readings as alts; 每年 → null (span as alt, as wr_china_2011); 近两年 = 2006-2007 governs "
    "the closures (小火电, 小煤矿, 炼铁, 炼钢, 水泥) and the 691 projects (frame and 2007 as "
    "alts); 连续五年 = 2003-2007. Modality: actual throughout. Units: 万亿美元 1e12 USD; "
    "亿千瓦 1e11 W, 万千瓦 1e7 W; 万公顷 1e10 m2; 万公里 1e7 m; full-width ％ → %. Judgement "
    "calls: streaks 连续四年 / 连续五年 and 提前一年 → durations (year); the pair 从世界第六位"
    "上升到第三位 → ranks of 2002 and 2007; 近两年 governing the closures; 近年来 (首次出现双"
    "下降) not governing the 2007 emission falls; 53年 (length of the basis span) and "
    "两个(闸门) → negatives; 新增沼气用户/电信用户 → the noun with 增量 alts. Negatives: "
    "2007年 ×5, 2002年 ×2, 一批 ×6, 首次 ×2, 五年 ×11, 过去五年, 五年来, （一）, 两个, 一系列 ×2, "
    "三农, 亿万, 2006－2020年, 第三代, 三峡, 千万吨级, 百万吨级, 1950年到2002年, 53年, 万吨级, "
    "十一五, 近两年, 一大批, 十大, 二氧化硫, 双下降. Lexicalized, not listed: 首要.")

g.write(date=REF, source=f"shared/texts/work_report/{SRC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
