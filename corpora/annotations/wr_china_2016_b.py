"""Gold annotations for wr_china_2016_b (2016年中华人民共和国国务院政府工作报告), lines 24-33 of
shared/texts/work_report/wr_china_2016.txt.

The excerpt corpora/wr_china_2016_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the close of part 一 (各位代表！ and the term-end review of
the 12th Five-Year Plan, 2015年是“十二五”收官之年。过去五年… with its six items 一是…六是, and
“十二五”时期的辉煌成就…), then the heading 二、“十三五”时期主要目标任务和重大举措, the lines on
the draft outline (根据《中共中央关于制定…建议》…, 《纲要草案》…突出了以下六个方面) and the first
four goal bullets of the 13th Five-Year Plan (——保持经济中高速增长 … ——推动形成绿色生产生活
方式).  wr_china_2016 holds lines 1-14.  The excerpt's lines are fixed by the brief (lines
24-33, 2,237 characters).  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2016_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2016_b"
SRC_ID = "wr_china_2016"
PLACE = "中国"
REF = "2016-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SRC_ID}.txt"
FIRST, LAST = 24, 33                    # 1-based, inclusive, whole lines
TITLE = "2016年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="各位代表！", ends="建设天蓝、地绿、水清的美丽中国。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label (SPEC §1 十四五), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]


fact = g.with_subject(PLACE, CN)


def goal(ctx, target, **kw):
    kw.setdefault("modality", "target")
    fact(ctx, target, **kw)


# ---- periods (reference date 2016-03-05; 去年 = 2015, 今年 = 2016) ---------------------------
# Line 2 of the excerpt (source 25) is the term-end review of the 12th Five-Year Plan:
# 2015年是“十二五”收官之年。过去五年… — 过去五年 = the plan period 2011-01-01..2015-12-31
# (“十二五”规划确定的主要目标任务全面完成; the government took office in 2013, but the
# paragraph reviews the plan) and governs the rest of the line (period text 过去五年, null
# as alt):
#   - 年均 growth, five-year totals (城镇新增就业, 住房建设, 喜迁新居, 减贫, 饮水安全) and the
#     cumulative cuts (能耗, 污染物排放) → the span;
#   - levels reached (营业里程达到, 通车里程, 参保率, 超过一半人口居住在城镇) → the instant
#     2015-12-31 (stock rule), the span and null as alts;
#   - ranks: 稳居世界第二位 (held throughout) → the span; 成为…第一 (reached at the end) →
#     the year 2015 (rank of a flow, as 跃居世界第二位 in wr_china_2018), with alts.
# Lines 7-10 (source 30-33) are the 13th Five-Year Plan goals 2016-2020, modality target:
# the heading 二、“十三五”时期… (source 27) is their section frame (period text “十三五”时期,
# 2016-01-01..2020-12-31, null as alt) where a line states no period before the number;
# 到2020年 governs what follows it in its line, 今后五年 the last line, 届时 = 2020:
#   - rates over the plan (年均增长, 分别下降) and totals over it (1亿 …, 新建改建 3万公里) →
#     the span 2016-2020;
#   - levels to be reached in 2020: stocks (城镇化率, 营业里程, 覆盖, 森林覆盖率) → the
#     instant 2020-12-31 (as wr_china_2021), flows and ratios of flows (研发经费投入强度,
#     贡献率, 劳动生产率, 经济总量, 翻一番 of GDP and income, 优良天数比率) → the year 2020;
#     the other reading, the span and null as alts;
#   - the start of the pair 从人均8.7万元提高到… is the 2015 level (actual).
R5 = "过去五年"
SPAN12 = P(R5, "2011-01-01", "2015-12-31")
END12 = P(R5, "2015-12-31", "2015-12-31")
Y15 = P(R5, "2015-01-01", "2015-12-31")
FLOW = dict(period=SPAN12, period_alts=[null(R5)])
STOCK = dict(period=END12, period_alts=[SPAN12, null(R5)])
REACHED = dict(period=Y15, period_alts=[END12, SPAN12, null(R5)])
SPAN_NOTE = "a total / average over the five years 2011-2015 (过去五年 governs the line)"
STOCK_NOTE = ("a level held at the end of the plan (stock rule): instant 2015-12-31, the span "
              "and null as alts")
BASIS12 = ("cut over the plan whose basis is not written: the 2010 level before it → "
           "comparison 比2010年 (judgement call, as 比2005年 in wr_china_2011)")

H13 = "“十三五”时期"
SPAN13 = P(H13, "2016-01-01", "2020-12-31")
PLAN = dict(period=SPAN13, period_alts=[null(H13)])
Y20T = "2020年"
Y20 = P(Y20T, "2020-01-01", "2020-12-31")
Y20_END = P(Y20T, "2020-12-31", "2020-12-31")
SPAN13_20 = P(Y20T, "2016-01-01", "2020-12-31")
LVL20_FLOW = dict(period=Y20, period_alts=[Y20_END, SPAN13_20, null(Y20T)])
LVL20_STOCK = dict(period=Y20_END, period_alts=[Y20, SPAN13_20, null(Y20T)])
FLOW20_NOTE = ("a flow-based level to be reached in 2020 (到2020年 before it): the year 2020, "
               "the instant, the plan span and null as alts")
STOCK20_NOTE = ("a stock level to be reached by 2020 (到2020年 before it): the instant "
                "2020-12-31 (stock rule, as wr_china_2021), the year, the plan span and null "
                "as alts")
N5 = "今后五年"
SPAN_N5 = P(N5, "2016-01-01", "2020-12-31")

# ==== line 1 (source 24): 各位代表！ — no numeral ===================================================

# ==== line 2 (source 25): 过去五年 (十二五) ==========================================================
g.neg("2015年是“十二五”", "2015年", PERIOD_NOTE + " (2015, the plan's last year; no number in "
      "its sentence)")
g.neg("2015年是“十二五”", "十二五", PLAN_LABEL)
g.neg("收官之年。过去五年", "过去五年", PERIOD_NOTE + " (the 十二五 plan period 2011-2015; "
      "governs the rest of the line)")
g.neg("党的十八大以来", "十八大", "congress label 十八大 (SPEC §1 二十大)")
g.neg("实施一系列利当前", "一系列", "quantifier 一系列")
g.neg("，“十二五”规划确定", "十二五", PLAN_LABEL)
g.neg("一是经济持续较快发展", "一是", MARKER_NOTE)
GDP = ["GDP", "生产总值", "国内生产总值年均增长", "国内生产总值年均增速", "经济增长",
       "经济年均增速"]
fact("国内生产总值年均增长7.8%", "7.8%", value=7.8, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP, comparison="年均", **FLOW,
     note="average annual growth over 2011-2015 (comparison = the surface basis 年均, as "
          "wr_china_2013)")
fact("经济总量稳居世界第二位", "第二位", value=2, unit="rank", kind="rank", scope="世界",
     metric="经济总量",
     metric_alts=["国内生产总值", "GDP", "经济规模", "经济总量排名", "国内生产总值总量"],
     period=SPAN12, period_alts=[Y15, END12, null(R5)],
     note="稳居 'held steadily' → the rank held through the five years: the span (judgement "
          "call), the year 2015, the instant and null as alts; scope 世界")
fact("成为全球第一货物贸易大国", "第一", value=1, unit="rank", kind="rank", scope="全球",
     metric="货物贸易",
     metric_alts=["货物贸易规模", "货物贸易总额", "货物进出口总额", "货物贸易大国",
                  "货物贸易排名", "货物进出口"], **REACHED,
     note="成为全球第一货物贸易大国 → rank 1 of the goods trade (a flow) reached at the end "
          "of the plan: the year 2015 (as 跃居世界第二位 in wr_china_2018), the instant, the "
          "span and null as alts; scope 全球")
g.neg("二是结构调整", "二是", MARKER_NOTE)
fact("服务业成为第一大产业", "第一", value=1, unit="rank", kind="rank", scope="三次产业",
     metric="服务业规模",
     metric_alts=["服务业", "服务业增加值", "服务业增加值规模", "服务业比重",
                  "服务业在三次产业中的位次", "服务业增加值占比"], **REACHED,
     note="judgement call: 第一大产业 'the largest sector' (not the label 第一产业, the primary "
          "sector) → rank 1 of the services sector by size among the three sectors, reached "
          "at the end of the plan (成为): the year 2015, the instant, the span and null as "
          "alts")
fact("超过一半人口居住在城镇", "一半", value=50, unit="%", kind="share", bound="gt",
     metric="城镇人口比重",
     metric_alts=["城镇化率", "常住人口城镇化率", "居住在城镇的人口比重", "城镇人口占比",
                  "城镇人口占总人口比重", "城镇化水平"], **STOCK,
     note="超过 → gt (outside the span); 一半 → 50 % (as wr_china_2016); the share of the "
          "population living in towns (a rate of a population → share; a stock): "
          + STOCK_NOTE)
fact("能耗下降18.2%", "18.2%", value=-18.2, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
                  "单位国内生产总值能源消耗"], comparison="比2010年", **FLOW,
     note="下降 → negative; " + BASIS12 + "; " + SPAN_NOTE)
fact("排放量减少12%以上", "12%", value=-12, unit="%", kind="growth", bound="ge",
     metric="主要污染物排放量",
     metric_alts=["主要污染物排放", "污染物排放量", "主要污染物排放总量", "主要污染物"],
     comparison="比2010年", **FLOW,
     note="减少 → negative; 以上 → ge on the size of the cut (as 减少一半以上 in wr_china_2016); "
          + BASIS12)
g.neg("三是基础设施", "三是", MARKER_NOTE)
RAIL = ["铁路营业里程", "铁路运营里程", "铁路里程", "铁路营业总里程"]
fact("营业里程达到12.1万公里", "12.1万公里", value=12.1e7, unit="m", kind="amount",
     metric="铁路营业里程", metric_alts=RAIL[1:], **STOCK,
     note="达到 → eq; 12.1万公里 = 1.21e8 m; a network length (a stock): " + STOCK_NOTE)
HSR = ["高速铁路营业里程", "高铁营业里程", "高速铁路里程", "高铁里程"]
fact("高速铁路超过1.9万公里", "1.9万公里", value=1.9e7, unit="m", kind="amount",
     bound="gt", metric="高速铁路", metric_alts=HSR, **STOCK,
     note="超过 → gt; 其中: part of the 营业里程 (head 营业里程 restored in the alts); "
          + STOCK_NOTE)
fact("占世界60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="高速铁路营业里程占世界比重",
     metric_alts=["高速铁路占世界比重", "高铁里程占世界比重", "高速铁路里程占世界比重",
                  "占世界比重", "高速铁路占世界的比重"], **STOCK,
     note="以上 → ge (outside the span); share of a stock: " + STOCK_NOTE)
fact("通车里程超过12万公里", "12万公里", value=12e7, unit="m", kind="amount", bound="gt",
     metric="高速公路通车里程",
     metric_alts=["高速公路里程", "高速公路总里程", "高速公路"], **STOCK,
     note="超过 → gt; 12万公里 = 1.2e8 m; " + STOCK_NOTE)
g.neg("第四代移动通信网络", "第四代", "technology generation label (4G), not a rank (as "
      "wr_china_2014)")
g.neg("四是科技创新", "四是", MARKER_NOTE)
g.neg("取得一批原创性", "一批", "quantifier 一批")
g.neg("五是人民生活", "五是", MARKER_NOTE)
fact("新增就业人数超过6400万人", "6400万人", value=6400e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="城镇新增就业人数",
     metric_alts=["城镇新增就业", "新增就业", "城镇新增就业累计"], **FLOW,
     note="超过 → gt; " + SPAN_NOTE)
fact("住房建设4013万套", "4013万套", value=4013e4, unit="count", kind="count",
     classifier="套", metric="城镇保障性安居工程住房建设",
     metric_alts=["城镇保障性安居工程住房", "保障性安居工程住房", "保障性住房建设",
                  "城镇保障性安居工程住房建设套数", "保障性安居工程住房建设"], **FLOW,
     note=SPAN_NOTE)
fact("上亿群众喜迁新居", "上亿", value=1e8, unit="count", kind="count", bound="ge",
     classifier="人", metric="喜迁新居群众",
     metric_alts=["喜迁新居", "喜迁新居人口", "迁入新居人数", "住进新居人口", "群众",
                  "喜迁新居的群众"], **FLOW,
     note="上亿 is a lexicalized approximate numeral (SPEC §2 上百/上万 → ge; README §1 the "
          "prefix stays in the span, as 上亿人 in wr_china_2018) → 1e8 ge; no measure word "
          "(群众): 人 implied; " + SPAN_NOTE)
fact("贫困人口减少1亿多", "1亿多", value=-1e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="农村贫困人口增量",
     metric_alts=["农村贫困人口", "农村贫困人口减少", "减贫人口", "贫困人口增量",
                  "农村贫困人口减少人数"], **FLOW,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 多 "
          "inside the span → gt on the size of the fall (as 6800多万 in wr_china_2018); 人 "
          "implied; " + SPAN_NOTE)
fact("解决3亿多农村人口", "3亿多", value=3e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="解决饮水安全问题的农村人口",
     metric_alts=["农村人口饮水安全", "解决农村人口饮水安全问题", "饮水安全问题得到解决的农村人口",
                  "农村饮水安全人口", "农村人口"], **FLOW,
     note="多 inside the span → gt; no measure word (3亿多 + noun 农村人口): 人 implied; the "
          "predicate defines the counted set (as 6434万 in wr_china_2016); " + SPAN_NOTE)
g.neg("六是社会发展", "六是", MARKER_NOTE)
fact("参保率超过80%", "80%", value=80, unit="%", kind="share", bound="gt",
     metric="基本养老保险参保率",
     metric_alts=["养老保险参保率", "基本养老保险参保覆盖率", "参保率"], **STOCK,
     note="超过 → gt; a rate of coverage (a share of a stock): " + STOCK_NOTE)
g.neg("经过五年努力", "五年", PERIOD_NOTE + " (the five years 2011-2015), not a duration fact")
g.neg("又上了一个大台阶", "一个", "indefinite article 一个 (上了一个大台阶, idiom)")

# ==== line 3 (source 26) =========================================================================
g.neg("“十二五”时期的辉煌", "十二五", PLAN_LABEL)
g.neg("“两个一百年”", "两个一百年", LABEL_NOTE + " (“两个一百年” 'the two centenary goals')")

# ==== line 4 (source 27): heading ==================================================================
g.neg("二、“十三五”时期", "二、", MARKER_NOTE)
g.neg("二、“十三五”时期", "十三五", PLAN_LABEL + " (section heading: the plan period 2016-2020, "
      "whose text “十三五”时期 is the period text of the goals without a period of their own)")

# ==== line 5 (source 28): 《建议》 and 《纲要草案》 =======================================================
g.neg("第十三个五年规划的建议", "第十三个五年", "plan name 第十三个五年规划 (the 13th "
      "Five-Year Plan) in a document title, not a quantity")
g.neg("第十三个五年规划纲要", "第十三个五年", "plan name 第十三个五年规划 in a document title, "
      "not a quantity")

# ==== line 6 (source 29) ==========================================================================
g.neg("明确了今后五年", "今后五年", PERIOD_NOTE + " (2016-2020; no number in its line)")
g.neg("提出了一系列", "一系列", "quantifier 一系列")
g.neg("突出了以下六个方面", "六个", "discourse count of the points enumerated below (the six "
      "——bullets), not a measured quantity (as 两个方面 in nw_bjd_20220420)")

# ==== line 7 (source 30): ——保持经济中高速增长 =========================================================
g.neg("到2020年国内生产总值", "2020年", PERIOD_NOTE + " (target year; governs 翻一番)")
g.neg("比2010年翻一番", "2010年", "comparison basis 比2010年 of 翻一番 (a year, not a quantity); "
      "not the period of the fact")
goal("比2010年翻一番", "翻一番", value=2, unit="times", kind="ratio",
     metric="国内生产总值和城乡居民人均收入",
     metric_alts=["国内生产总值", "城乡居民人均收入", "GDP", "国内生产总值翻一番",
                  "城乡居民人均收入翻一番", "国内生产总值和城乡居民人均收入比2010年",
                  "国内生产总值和城乡居民人均收入增长倍数"],
     **LVL20_FLOW,
     note="翻一番 'double' → the 2020 level is 2 times that of 2010: a multiple, kind ratio "
          "(as 翻两番 → 4 in wr_china_1998; the span keeps 翻); one quantity mention over two "
          "indicators → one fact, each indicator as metric alt (as 均下降 in wr_china_2018); "
          "a goal → target; comparison null (ratio facts carry none; the basis 2010 in the "
          "alts); " + FLOW20_NOTE)
g.neg("，“十三五”时期经济", "十三五", PLAN_LABEL + " (“十三五”时期 = 2016-2020, the period of "
      "the 6.5% average)")
goal("年均增长保持在6.5%以上", "6.5%", value=6.5, unit="%", kind="growth", bound="ge",
     metric="经济增长",
     metric_alts=["国内生产总值", "GDP", "经济年均增长", "经济年均增速", "国内生产总值年均增长",
                  "经济增速", "国内生产总值增长"],
     comparison="年均", **PLAN,
     note="以上 → ge (outside the span); average annual growth over the plan 2016-2020 "
          "(“十三五”时期 stated before it; comparison 年均)")
g.neg("实施一批技术水平高", "一批", "quantifier 一批")
g.neg("重大工程。到2020年", "2020年", PERIOD_NOTE + " (target year; governs the rest of the "
      "line)")
PROD = ["劳动生产率", "全员劳动生产率水平", "人均劳动生产率", "全员劳动生产率（人均）"]
fact("从人均8.7万元", "8.7万元", value=8.7e4, unit="CNY", kind="amount",
     metric="全员劳动生产率", metric_alts=PROD,
     period=P("2015年", "2015-01-01", "2015-12-31"),
     period_alts=[P("2015年", "2015-12-31", "2015-12-31"), Y20, null("2015年")],
     note="start of the from/to pair (从…提高到…) of the plan: the level before the plan, the "
          "2015 productivity per worker (an outturn → actual); period the year 2015 (text "
          "2015年 of line 2), its instant, the literal 到2020年 and null as alts; 人均 'per "
          "worker' is part of the indicator")
goal("提高到12万元以上", "12万元", value=12e4, unit="CNY", kind="amount", bound="ge",
     metric="全员劳动生产率", metric_alts=PROD, **LVL20_FLOW,
     note="以上 → ge (outside the span); the goal for 2020; " + FLOW20_NOTE)
ECO = ["国内生产总值", "GDP", "经济规模", "生产总值", "经济总量规模"]
goal("经济总量超过90万亿元", "90万亿元", value=90e12, unit="CNY", kind="amount", bound="gt",
     metric="经济总量", metric_alts=ECO,
     period=P("届时", "2020-01-01", "2020-12-31"),
     period_alts=[P("届时", "2020-12-31", "2020-12-31"), P("届时", "2016-01-01", "2020-12-31"),
                  null("届时")],
     note="超过 → gt (outside the span); 届时 'by then' = 2020 (the 到2020年 before it): the "
          "size of the economy in 2020, the outcome the plan aims at → modality target "
          "(judgement call; forecast is the other reading); the instant, the plan span and "
          "null as alts")
g.neg("这样一个人口众多", "一个", "indefinite article 一个")

# ==== line 8 (source 31): ——强化创新引领作用 =========================================================
g.neg("发展的第一动力", "第一", "slogan 创新是引领发展的第一动力 'the primary driving force', "
      "not a measured rank")
g.neg("启动一批新的", "一批", "quantifier 一批")
g.neg("建设一批高水平", "一批", "quantifier 一批")
g.neg("培育壮大一批", "一批", "quantifier 一批")
g.neg("建设一批全面创新", "一批", "quantifier 一批")
g.neg("大众创业、万众创新", "万众", "slogan 大众创业、万众创新, not a quantity")
g.neg("知识产权强国。到2020年", "2020年", PERIOD_NOTE + " (target year; governs the rest of "
      "the line)")
goal("投入强度达到2.5%", "2.5%", value=2.5, unit="%", kind="share",
     metric="全社会研发经费投入强度",
     metric_alts=["研发经费投入强度", "研发投入强度", "R&D经费投入强度", "研发经费占国内生产总值比重",
                  "全社会研发经费占GDP比重"], **LVL20_FLOW,
     note="达到 → eq; R&D spending over GDP (a ratio → share); " + FLOW20_NOTE)
goal("贡献率达到60%", "60%", value=60, unit="%", kind="share",
     metric="科技进步对经济增长的贡献率",
     metric_alts=["科技进步贡献率", "科技进步对经济增长贡献率"], **LVL20_FLOW,
     note="达到 → eq; " + FLOW20_NOTE)

# ==== line 9 (source 32): ——推进新型城镇化和农业现代化 ================================================
URB_NOTE = ("a total over the plan (no period before it in its line → the section frame "
            "“十三五”时期 2016-2020, null as alt); 约 / 左右 → approx; no measure word (1亿 + "
            "noun): 人 implied")
goal("实现1亿左右农业转移人口", "1亿", value=1e8, unit="count", kind="count", bound="approx",
     classifier="人", metric="在城镇落户的农业转移人口和其他常住人口",
     metric_alts=["农业转移人口和其他常住人口在城镇落户", "农业转移人口落户城镇",
                  "农业转移人口", "城镇落户人口", "农业转移人口和其他常住人口",
                  "在城镇落户的农业转移人口"], **PLAN,
     note="左右 → approx (outside the span); the predicate (在城镇落户) defines the counted "
          "set; " + URB_NOTE)
goal("完成约1亿人居住", "1亿人", value=1e8, unit="count", kind="count", bound="approx",
     classifier="人", metric="棚户区和城中村改造涉及人口",
     metric_alts=["棚户区和城中村改造", "居住在棚户区和城中村的人口", "棚户区和城中村改造人口",
                  "完成棚户区和城中村改造人口", "棚户区改造"], **PLAN,
     note="约 → approx (outside the span); the people living in the shanty towns and urban "
          "villages to be rebuilt; " + URB_NOTE)
goal("引导约1亿人", "1亿人", value=1e8, unit="count", kind="count", bound="approx",
     classifier="人", metric="在中西部地区就近城镇化人口",
     metric_alts=["就近城镇化人口", "中西部地区就近城镇化", "就近城镇化",
                  "引导在中西部地区就近城镇化人口"],
     subject_alts=CN + ["中西部地区"], **PLAN, note=URB_NOTE)
g.neg("就近城镇化。到2020年", "2020年", PERIOD_NOTE + " (target year; governs the rest of "
      "the line until the next 到2020年)")
goal("常住人口城镇化率达到60%", "60%", value=60, unit="%", kind="share",
     metric="常住人口城镇化率", metric_alts=["城镇化率", "常住人口城镇化水平"], **LVL20_STOCK,
     note="a rate of a population → share; " + STOCK20_NOTE)
goal("户籍人口城镇化率达到45%", "45%", value=45, unit="%", kind="share",
     metric="户籍人口城镇化率", metric_alts=["户籍城镇化率", "户籍人口城镇化水平"],
     **LVL20_STOCK, note=STOCK20_NOTE)
g.neg("实施一批水利", "一批", "quantifier 一批")
g.neg("社会化服务。到2020年", "2020年", PERIOD_NOTE + " (target year; literally governs the "
      "rest of the line)")
g.neg("以“三大战略”为引领", "三大战略", LABEL_NOTE + " (“三大战略”: 一带一路, 京津冀协同发展, "
      "长江经济带)")
g.neg("培育一批辐射", "一批", "quantifier 一批")
HSR20 = ["高速铁路营业里程", "高铁里程", "高速铁路里程", "高铁营业里程规模"]
goal("高铁营业里程达到3万公里", "3万公里", value=3e7, unit="m", kind="amount",
     metric="高铁营业里程", metric_alts=HSR20, **LVL20_STOCK,
     note="达到 → eq; 3万公里 = 3e7 m; a network length (a stock) under the line's last "
          "到2020年: " + STOCK20_NOTE)
goal("覆盖80%以上的大城市", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="高铁覆盖大城市比例",
     metric_alts=["高铁覆盖率", "大城市高铁覆盖率", "高铁覆盖的大城市比例", "覆盖大城市比例",
                  "高速铁路覆盖大城市比例"], **LVL20_STOCK,
     note="以上 → ge (outside the span); coverage (a share of a stock): " + STOCK20_NOTE)
goal("通车里程约3万公里", "3万公里", value=3e7, unit="m", kind="amount", bound="approx",
     metric="新建改建高速公路通车里程",
     metric_alts=["新建改建高速公路", "高速公路通车里程", "新建改建高速公路里程", "高速公路里程",
                  "新建改建高速公路通车里程增量"],
     period=SPAN13_20, period_alts=[Y20, Y20_END, null(Y20T)],
     note="约 → approx (outside the span); judgement call: the length to be built or rebuilt "
          "over the plan (新建改建, a total of 2016-2020), so the plan span is gold although "
          "the line's 到2020年 literally precedes it (the year and instant of 2020 and null "
          "as alts, as wr_china_2011's 累计 totals)")

# ==== line 10 (source 33): ——推动形成绿色生产生活方式 ===================================================
g.neg("修复。今后五年", "今后五年", PERIOD_NOTE + " (2016-2020; governs the line)")
g.neg("二氧化碳排放量", "二氧化碳", "chemical name 二氧化碳 (carbon dioxide), not a quantity "
      "(as wr_china_2021)")
CUT = ("分别: 用水量 ↔ 23%, 能耗 ↔ 15%, 二氧化碳排放量 ↔ 18% (per unit of GDP, the head "
       "单位国内生产总值 restored); 下降 → negative; the cut over the plan 2016-2020 (今后五年) "
       "against the level before it: comparison 比2015年 (judgement call; the basis is not "
       "written, as 比2020年 in wr_china_2021)")
N5_SPAN = dict(period=SPAN_N5, period_alts=[null(N5)])
goal("分别下降23%", "23%", value=-23, unit="%", kind="growth",
     metric="单位国内生产总值用水量",
     metric_alts=["单位GDP用水量", "用水强度", "单位生产总值用水量", "用水量", "万元GDP用水量"],
     comparison="比2015年", **N5_SPAN, note=CUT)
goal("23%、15%", "15%", value=-15, unit="%", kind="growth", metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
                  "单位国内生产总值能源消耗"], comparison="比2015年", **N5_SPAN, note=CUT)
goal("15%、18%", "18%", value=-18, unit="%", kind="growth",
     metric="单位国内生产总值二氧化碳排放量",
     metric_alts=["单位GDP二氧化碳排放", "二氧化碳排放强度", "碳排放强度", "二氧化碳排放量",
                  "单位国内生产总值二氧化碳排放", "二氧化碳排放"],
     comparison="比2015年", **N5_SPAN, note=CUT)
goal("森林覆盖率达到23.04%", "23.04%", value=23.04, unit="%", kind="share",
     metric="森林覆盖率", metric_alts=["森林覆盖"],
     period=P(N5, "2020-12-31", "2020-12-31"), period_alts=[SPAN_N5, null(N5)],
     note="a level to be reached by the end of the plan (达到): instant 2020-12-31 (stock "
          "rule, as wr_china_2021), the span 今后五年 and null as alts")
goal("优良天数比率超过80%", "80%", value=80, unit="%", kind="share", bound="gt",
     metric="地级及以上城市空气质量优良天数比率",
     metric_alts=["空气质量优良天数比率", "优良天数比率", "地级及以上城市空气质量优良天数比例",
                  "空气质量优良天数比例", "优良天数比例"],
     period=P(N5, "2020-01-01", "2020-12-31"),
     period_alts=[SPAN_N5, P(N5, "2020-12-31", "2020-12-31"), null(N5)],
     note="超过 → gt (outside the span); the share of good-air days in a year, a goal for the "
          "plan's last year (judgement call: the year 2020; the span 今后五年 that governs the "
          "line, the instant and null as alts)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SRC_ID}.txt "
    f"({len(text):,} characters with the final newline), as fixed by the brief: 各位代表！, "
    "the term-end review of the 12th Five-Year Plan closing part 一 (2015年是“十二五”收官之年。"
    "过去五年… 一是…六是), “十二五”时期的辉煌成就…, the heading 二、“十三五”时期主要目标任务和重大"
    "举措, the lines on the draft outline and the first four goal bullets of the 13th "
    "Five-Year Plan (——保持经济中高速增长 … ——推动形成绿色生产生活方式). Lines 1-14 are "
    "wr_china_2016. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2016-03-05, the shared meta date: the opening day of the 4th "
    "session of the 12th NPC, on which the Premier delivered the report (no dateline in the "
    "Wikisource text); nothing in the excerpt contradicts it (2015 = the plan's last year). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国; 中西部地区 for the local "
    "urbanisation goal). Periods: review (source line 25): 过去五年 = the 十二五 period "
    "2011-2015 governs the line (null as alt): averages, totals and cumulative cuts → the span; "
    "levels reached (营业里程, 通车里程, 参保率, 超过一半人口居住在城镇) → instant 2015-12-31 "
    "(span and null as alts); 稳居世界第二位 → the span; 成为…第一 (trade, services) → the "
    "year 2015. Plan goals (source lines 30-33, modality target): section frame “十三五”时期 = "
    "2016-2020 (null as alt) where no period precedes the number (1亿 ×3); 到2020年 governs "
    "what follows it in its line, 今后五年 the last line, 届时 = 2020; rates over the plan "
    "(年均 6.5%, 分别下降 23/15/18%) → the span; levels for 2020: stocks (城镇化率 60%/45%, "
    "高铁营业里程 3万公里, 覆盖80%, 森林覆盖率) → instant 2020-12-31, flow-based levels (翻一番, "
    "12万元 productivity, 90万亿元, 研发强度 2.5%, 贡献率 60%, 优良天数比率) → the year 2020, "
    "the other reading, the span and null as alts; the start of the pair 从人均8.7万元 → "
    "2015, actual. Modality: actual in the review and for 8.7万元; target for every plan "
    "goal. Judgement calls: 稳居 → span, 成为第一 → year of the plan's end; 第一大产业 → rank 1 "
    "(not the label 第一产业); 超过一半 → share 50 gt; 能耗/污染物 cuts → comparison 比2010年, the "
    "plan cuts 比2015年; 翻一番 → one ratio fact over two indicators; 届时…超过90万亿元 → "
    "target (forecast the alternative); 新建改建高速公路约3万公里 → the plan span; 上亿群众 → "
    "1e8 ge; 六个方面 → discourse-count negative. Negatives: 2015年, 十二五 ×4, 过去五年, "
    "十八大, 一系列 ×2, 一是…六是, 第四代, 一批 ×8, 五年, 一个 ×2, 两个一百年, 二、, 十三五 ×2, "
    "第十三个五年 ×2, 今后五年 ×2, 六个, 2020年 ×5, 2010年, 第一 (第一动力), 万众, 三大战略, "
    "二氧化碳. Lexicalized, not listed: 单位 (单位国内生产总值). Known false alarms of the "
    "shared check_gold.py: it reads the span 一半 as 1 (value 50 %) and 翻一番 as 1 (value 2 "
    "times), as 翻两番 in wr_china_1998.")

g.write(date=REF, source=f"shared/texts/work_report/{SRC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
