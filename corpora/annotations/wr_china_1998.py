"""Gold annotations for wr_china_1998 (1998年中华人民共和国国务院政府工作报告), lines 3-7 of
shared/texts/work_report/wr_china_1998.txt.

The excerpt corpora/wr_china_1998.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、关于过去五年的政府工作, its opening
paragraph (第八届全国人民代表大会第一次会议以来的五年…), the economy paragraph (过去的五年，
经济发展保持良好势头… with the 1997 headline figures and the five-year averages), the reform
paragraph and the opening-up paragraph (五年来，我国年进出口总额由…).  The source lines are
long (line 5 alone holds 972 characters, line 8 862): lines 5-7 (the densest run) hold only
1,979 characters, so the heading and the opening paragraph (lines 3-4) complete the run;
the other candidate, lines 8-11 (science/education, democracy, defence, living standards,
2,158 characters), has no headline figures (GDP, growth, prices, grain, industry).

This report writes its Arabic numerals with a space after every digit and full-width
decimal point and percent sign (1 9 9 7 年, 7 4 7 7 2 亿元, 8 ．8 ％), not in Chinese numerals:
the spans keep the source's spaces (README §1).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1998.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_1998"
PLACE = "中国"
REF = "1998-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 7                      # 1-based, inclusive, whole lines
TITLE = "1998年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、关于过去五年的政府工作", ends="创造了有利条件。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "session label of the congress / meeting (SPEC §1 二十届三中全会), not a quantity"
SPACED = "the source writes a space after every digit; the spaces stay in the span (README §1)"

CN = ["我国", "全国", "中华人民共和国"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1998-03-05; 去年 = 1997, 今年 = 1998) ---------------------------
# The report closes the term of the government sworn in at the 1st session of the 8th NPC
# (March 1993): 过去五年 / 过去的五年 / 五年来 / 五年 = the statistical years 1993-1997 (as
# wr_china_2013: the five years since March 2008 = 2008-2012).  The heading 一、关于过去五年的
# 政府工作 names that frame; each line restates it (以来的五年, 过去的五年, 五年来).  Line 3 of
# the excerpt (source 5) opens with 过去的五年, then 1 9 9 7 年 (GDP), 去年 (growth, prices),
# 1 9 9 7 年 (grain, steel, power) and 五年 (railway, roads, phones; investment) take over in
# turn.  Read mechanically (SPEC §4), the five-year averages 平均每年增长 11% / 4.5% / 15.3%
# and 翻两番 would take the 1997 of the sentence before them; they are five-year figures, so
# the span is gold and the mechanical 1997 reading an alt (as 年均增长13.4% in wr_china_2013).
# From/to pairs (由…增加到…) without years map to the level before the span (1992) and at
# its end (1997): a flow (进出口总额) → the years 1992 and 1997, a stock (外汇储备) → the
# instants 1992-12-31 and 1997-12-31.  Stocks (发电装机容量, 电话交换机总容量) are instants at
# the end of their governing period.
def five(txt):
    return P(txt, "1993-01-01", "1997-12-31")


def five_null(txt):
    return P(txt, None, None)


def five_end(txt):
    return P(txt, "1997-12-31", "1997-12-31")


def flow5(txt):
    return dict(period=five(txt), period_alts=[five_null(txt)])


def stock5(txt):
    return dict(period=five_end(txt), period_alts=[five(txt), five_null(txt)])


STOCK_NOTE = ("stock (总容量达到, installed capacity) under its governing period: instant at "
              "1997-12-31 (stock rule); the literal period and null in period_alts")
Y97 = P("1 9 9 7 年", "1997-01-01", "1997-12-31")
Y97_END = P("1 9 9 7 年", "1997-12-31", "1997-12-31")
LY = P("去年", "1997-01-01", "1997-12-31")
AVG_NOTE = ("平均每年增长 = average annual growth over the five years 1993-1997 (comparison = "
            "the surface basis 年均, as wr_china_2013); judgement call: the span 过去的五年 is "
            "gold although the line's {lit} literally precedes it (SPEC §4 mechanical reading, "
            "kept as an alt with null)")

# ---- line 1 (source 3): heading --------------------------------------------------------------
g.neg("一、关于过去五年", "一、", MARKER_NOTE)
g.neg("一、关于过去五年", "过去五年", PERIOD_NOTE + " (section heading: the five years "
      "1993-1997 of the outgoing government's term)")

# ---- line 2 (source 4): opening paragraph, no facts -----------------------------------------
g.neg("第八届全国人民代表大会", "第八届", SESSION_NOTE)
g.neg("第一次会议以来的五年", "第一次", SESSION_NOTE + " (1st session, March 1993)")
g.neg("会议以来的五年", "五年", PERIOD_NOTE + " (…以来的五年 = 1993-1997); not a duration fact; "
      "no figure in its line")
g.neg("人民生活又上了一个", "一个", "indefinite article 一个 (上了一个新的台阶, idiom)")
g.neg("五年来，我国政通人和", "五年来", PERIOD_NOTE + " (1993-1997); not a duration fact")
g.neg("政通人和，百业俱兴", "百业", "idiom 百业俱兴 'all trades flourish', not a quantity")
g.neg("昂首阔步", "昂首", "idiom 昂首阔步 'stride forward with head high' (首 = head), not a "
      "rank (as 回首 in wr_china_2013)")
g.neg("第十五次全国代表大会", "第十五次", SESSION_NOTE + " (15th Party Congress)")
g.neg("迈向二十一世纪", "二十一世纪", "century label (the 21st century, a period expression "
      "without a fact), not a quantity")

# ---- line 3 (source 5): economy ----------------------------------------------------------------
g.neg("过去的五年，经济发展", "过去的五年", PERIOD_NOTE + " (1993-1997; governs the line until "
      "1 9 9 7 年)")
g.neg("1 9 9 7 年国内生产总值", "1 9 9 7 年", PERIOD_NOTE + " (governs the GDP figure; "
      + SPACED + ")")
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到7 4 7 7 2 亿元", "7 4 7 7 2 亿元", value=74772e8, unit="CNY",
     kind="amount", metric="国内生产总值", metric_alts=GDP, period=Y97,
     note="达到 → eq; 74772亿元 = 7.4772e12 CNY; 1997年 stated at the head of the sentence; "
          + SPACED)
fact("平均每年增长1 1 ％", "1 1 ％", value=11, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["国内生产总值年均增长", "经济增长", "国内生产总值年均增速", "年均增速",
                        "经济年均增速"],
     comparison="年均", period=five("过去的五年"),
     period_alts=[Y97, five_null("过去的五年")],
     note="按可比价格计算 = in real terms; " + AVG_NOTE.format(lit="1 9 9 7 年"))
g.neg("顺利完成了“八五”计划", "八五", "plan label 八五 (the 8th Five-Year Plan)")
g.neg("比1 9 8 0 年翻两番", "1 9 8 0 年", "comparison basis 比1980年 of 翻两番 (a year, not a "
      "quantity); not the period of the fact")
fact("比1 9 8 0 年翻两番", "翻两番", value=4, unit="times", kind="ratio",
     metric="国民生产总值",
     metric_alts=["GNP", "国民生产总值翻两番", "国民生产总值增长倍数", "国民生产总值比1980年",
                  "国民生产总值翻番", "本世纪末国民生产总值比1980年翻两番的目标"],
     period=five("过去的五年"), period_alts=[Y97, five_null("过去的五年")],
     note="judgement call: 翻两番 'doubled twice' → the level is 4 times that of 1980: a "
          "multiple, kind ratio (as 翻一番 → 2 / 翻了七番 → 128 in the other golds; the span keeps "
          "翻); the goal set for 本世纪末 was reached ahead of time (提前实现了…目标) → an outturn, "
          "modality actual (a target reading of the plan's figure is the alternative); "
          "comparison null (README §6: non-growth facts); reached within the five-year term: "
          "the span is gold, the mechanical 1997 and null as alts")
g.neg("制定和实施“九五”计划", "九五", "plan label 九五 (the 9th Five-Year Plan)")
g.neg("计划和2 0 1 0 年远景目标纲要", "2 0 1 0 年", "part of a document name (2010年远景目标"
      "纲要, the 2010 long-range objectives), not a quantity; no figure follows")
g.neg("一度出现某些领域", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
fact("去年经济增长8 ．8 ％", "8 ．8 ％", value=8.8, unit="%", kind="growth",
     metric="经济增长",
     metric_alts=["经济", "国内生产总值", "GDP", "经济增速", "国内生产总值增长", "经济增长率",
                  "GDP增长"],
     comparison="yoy", period=LY,
     note="去年 = 1997 (reference date 1998-03-05); 经济增长 = the growth of GDP; full-width "
          "decimal point ．; " + SPACED)
RPI = ["商品零售价格涨幅", "商品零售价格指数", "零售价格", "商品零售价格指数涨幅", "零售物价",
       "物价涨幅"]
fact("商品零售价格涨幅为0 ．8 ％", "0 ．8 ％", value=0.8, unit="%", kind="growth",
     metric="商品零售价格", metric_alts=RPI, comparison="yoy", period=LY,
     note="涨幅 = growth of the price level (as 居民消费价格涨幅 in wr_china_2013); 去年 governs")
fact("农业增加值平均每年增长4 ．5 ％", "4 ．5 ％", value=4.5, unit="%", kind="growth",
     metric="农业增加值",
     metric_alts=["农业增加值年均增长", "农业增加值年均增速", "农业"],
     comparison="年均", period=five("过去的五年"),
     period_alts=[LY, five_null("过去的五年")], note=AVG_NOTE.format(lit="去年"))
g.neg("1 9 9 7 年粮食产量", "1 9 9 7 年", PERIOD_NOTE + " (governs the rest of the line until "
      "五年铁路…)")
GRAIN = ["粮食总产量", "粮食", "粮食总产"]
fact("粮食产量达到4 9 2 5 0 万吨", "4 9 2 5 0 万吨", value=49250e4, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, period=Y97,
     note="达到 → eq; 49250万吨 = 4.925e8 t; " + SPACED)
g.neg("比五年前增加", "五年前", "comparison basis 比五年前 (1992, the level before the term), "
      "not a quantity; becomes `comparison`, not a period")
fact("比五年前增加5 0 0 0 万吨", "5 0 0 0 万吨", value=5000e4, unit="t", kind="amount",
     metric="粮食产量增量",
     metric_alts=["粮食产量", "粮食增产", "粮食增产量", "粮食总产量增量", "粮食产量增加",
                  "粮食产量比五年前增加"],
     period=Y97, period_alts=[P("1 9 9 7 年", "1993-01-01", "1997-12-31"),
                              P("1 9 9 7 年", None, None)],
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the "
          "basis 比五年前 is no comparison of an amount fact (README §6); period the year of the "
          "level compared (1997, as 比2007年增加 in wr_china_2013), the span 1993-1997 and null "
          "as alts")
g.neg("粮食生产上了一个", "一个", "indefinite article 一个 (上了一个新的台阶, idiom)")
fact("工业增加值平均每年增长1 5 ．3 ％", "1 5 ．3 ％", value=15.3, unit="%", kind="growth",
     metric="工业增加值",
     metric_alts=["工业增加值年均增长", "工业增加值年均增速", "工业"],
     comparison="年均", period=five("过去的五年"),
     period_alts=[Y97, five_null("过去的五年")], note=AVG_NOTE.format(lit="1 9 9 7 年"))
g.neg("1 9 9 7 年钢产量", "1 9 9 7 年", PERIOD_NOTE + " (governs steel and power)")
fact("钢产量达到1 亿吨以上", "1 亿吨", value=1e8, unit="t", kind="amount", bound="ge",
     metric="钢产量", metric_alts=["钢", "钢铁产量", "粗钢产量"], period=Y97,
     note="以上 → ge (outside the span); annual output of 1997")
fact("发电装机容量达到2 ．5 亿千瓦", "2 ．5 亿千瓦", value=2.5e11, unit="W", kind="amount",
     metric="发电装机容量", metric_alts=["发电装机", "装机容量", "电力装机容量"],
     period=Y97_END, period_alts=[Y97],
     note="2.5亿千瓦 = 2.5e11 W; installed capacity (a stock) → instant 1997-12-31, the year "
          "as alt")
g.neg("五年铁路正线", "五年", PERIOD_NOTE + " (五年 = 1993-1997; governs the rest of the "
      "sentence)")
fact("铺轨总里程1 1 3 4 4 公里", "1 1 3 4 4 公里", value=11344e3, unit="m", kind="amount",
     metric="铁路正线铺轨总里程",
     metric_alts=["铁路正线铺轨里程", "铺轨里程", "铁路铺轨里程", "铁路正线铺轨",
                  "正线铺轨总里程", "铁路新线铺轨里程"],
     **flow5("五年"), note="track laid over the five years (a flow); 11344公里 = 1.1344e7 m")
fact("高速公路增加4 0 8 3 公里", "4 0 8 3 公里", value=4083e3, unit="m", kind="amount",
     metric="高速公路里程增量",
     metric_alts=["高速公路增量", "高速公路", "高速公路里程", "新增高速公路",
                  "新增高速公路里程", "高速公路增加", "高速公路通车里程增量"],
     **flow5("五年"),
     note="absolute change of a network's length (增加, SPEC §2: metric <level>增量) over the "
          "five years; 4083公里 = 4.083e6 m")
fact("总容量达到1 ．1 亿门", "1 ．1 亿门", value=1.1e8, unit="count", kind="count",
     classifier="门", metric="电话交换机总容量",
     metric_alts=["电话交换机容量", "交换机总容量", "电话交换机", "局用交换机总容量",
                  "电话交换机总容量门数"],
     **stock5("五年"),
     note="judgement call: 门 is the measure word of telephone lines — 1.1亿门 counts the "
          "lines the exchanges can carry → count, classifier 门 (an amount with the surface "
          "unit 门, SPEC §3 unknown units, is the alternative); 总容量达到 → " + STOCK_NOTE)
g.neg("五年全社会固定资产", "五年", PERIOD_NOTE + " (五年 = 1993-1997)")
fact("累计完成近1 0 万亿元", "1 0 万亿元", value=1e13, unit="CNY", kind="amount",
     bound="approx", metric="全社会固定资产投资",
     metric_alts=["固定资产投资", "全社会固定资产投资累计完成额", "累计完成全社会固定资产投资",
                  "全社会固定资产投资累计", "全社会固定资产投资完成额"],
     **flow5("五年"),
     note="近 → approx (outside the span); 10万亿元 = 1e13 CNY; the cumulative flow of the five "
          "years (累计完成)")
g.neg("一大批重点建设项目", "一大批", "quantifier 一大批 (SPEC §1)")
g.neg("京九、南昆铁路", "京九", "railway name 京九 (Beijing-Kowloon), not a quantity")
g.neg("长江三峡", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity")
g.neg("一批重大项目正在建设", "一批", "quantifier 一批")
g.neg("探明了一批矿产资源", "一批", "quantifier 一批")

# ---- line 4 (source 6): reform, no facts ---------------------------------------------------------
g.neg("五年来，按照中国共产党", "五年来", PERIOD_NOTE + " (1993-1997); no figure in its line")
g.neg("第十四次全国代表大会", "第十四次", SESSION_NOTE + " (14th Party Congress)")
g.neg("涌现出一批有实力", "一批", "quantifier 一批")

# ---- line 5 (source 7): opening up -----------------------------------------------------------------
g.neg("五年来，我国年进出口", "五年来", PERIOD_NOTE + " (1993-1997; governs the line)")
TRADE = ["年进出口总额", "进出口", "外贸进出口总额", "对外贸易总额", "进出口贸易总额",
         "货物进出口总额", "进出口额"]
fact("由1 6 5 5 亿美元", "1 6 5 5 亿美元", value=1655e8, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE,
     period=P("五年来", "1992-01-01", "1992-12-31"),
     period_alts=[P("五年来", "1993-01-01", "1993-01-01"), five("五年来"),
                  five_null("五年来")],
     note="start of a from/to pair with no year written (由…增加到…) under 五年来: the annual "
          "total before the term → the year 1992 (a flow; 1992's trade was 165.5亿美元 ×10); "
          "alts: the start instant, the five-year span, null; 亿美元 → USD; " + SPACED)
fact("增加到3 2 5 1 亿美元", "3 2 5 1 亿美元", value=3251e8, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE,
     period=P("五年来", "1997-01-01", "1997-12-31"),
     period_alts=[five_end("五年来"), five("五年来"), five_null("五年来")],
     note="end of the pair: the annual total of 1997, the last year of the span (alts: the "
          "instant 1997-12-31, the span, null)")
g.neg("实际金额五年累计", "五年", PERIOD_NOTE + " (五年累计 = 1993-1997)")
fact("五年累计1 8 5 8 亿美元", "1 8 5 8 亿美元", value=1858e8, unit="USD", kind="amount",
     metric="外商直接投资实际金额",
     metric_alts=["实际利用外商直接投资", "外商直接投资", "实际使用外商直接投资",
                  "实际使用外资", "利用外资", "外商直接投资实际使用金额",
                  "实际利用外资", "外商直接投资实际金额累计"],
     **flow5("五年"), note="cumulative flow of the five years (五年累计)")
FX = ["外汇储备", "外汇储备余额", "国家外汇储备余额"]
fact("由1 9 4 亿美元", "1 9 4 亿美元", value=194e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"],
     period=P("五年来", "1992-12-31", "1992-12-31"),
     period_alts=[P("五年来", "1993-01-01", "1993-01-01"), five("五年来"),
                  five_null("五年来")],
     note="start of a from/to pair of a stock under 五年来: the reserves before the term → "
          "instant 1992-12-31 (alts: the start instant, the span, null)")
fact("增加到1 3 9 9 亿美元", "1 3 9 9 亿美元", value=1399e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"],
     period=P("五年来", "1997-12-31", "1997-12-31"),
     period_alts=[five("五年来"), five_null("五年来")],
     note="end of the pair: the stock at the end of 1997 (stock rule); alts: the span, null")
g.neg("五年来，我国缔结", "五年来", PERIOD_NOTE + " (1993-1997)")
fact("参加国际条约1 8 7 个", "1 8 7 个", value=187, unit="count", kind="count",
     classifier="个", metric="缔结或者参加的国际条约",
     metric_alts=["国际条约", "缔结或者参加国际条约", "缔结或参加的国际条约", "国际条约数量",
                  "缔结或参加国际条约", "缔结或者参加的国际条约数量"],
     **flow5("五年来"), note="treaties concluded or joined during the five years (a flow)")
g.neg("两个市场、两种资源", "两个市场", "slogan 利用国际国内两个市场、两种资源 (the two "
      "markets, domestic and foreign), not a measured count")
g.neg("两个市场、两种资源", "两种资源", "slogan (the two kinds of resources, domestic and "
      "foreign), not a measured count")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、关于过去五年的政府工作, its opening paragraph, and the paragraphs on the economy (with the "
    "1997 headline figures and the five-year averages), reform and opening up. The source "
    "lines are long: the three densest (5-7) hold 1,979 characters, so the heading and the "
    "opening paragraph complete the run; lines 8-11 (education, democracy, defence, living "
    "standards) lack the headline figures. This report writes Arabic numerals with a space "
    "after every digit and full-width ． and ％ (1 9 9 7 年, 7 4 7 7 2 亿元, 8 ．8 ％), not in "
    "Chinese numerals: spans keep those spaces (README §1). Title: the corpus meta title (the "
    "source has no title line), title_in_text=False. Date: 1998-03-05, the corpus meta date: "
    "the opening day of the 1st session of the 9th NPC, on which Premier Li Peng delivered "
    "the report; the Wikisource text has no dateline; nothing in the excerpt contradicts it "
    "(1997 full-year results, 去年 = 1997). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国; 国家 for the foreign-exchange reserves). Periods: the five years of the "
    "outgoing government (since the 1st session of the 8th NPC, March 1993) = 1993-01-01.."
    "1997-12-31 (过去五年 / 过去的五年 / 五年来 / 五年, as wr_china_2013's 2008-2012); 1 9 9 7 年 "
    "and 去年 = 1997. The five-year averages (平均每年增长 11%, 4.5%, 15.3%) and 翻两番 take the "
    "span, the 1997 that literally precedes them in the line and null as alts; from/to pairs "
    "(由…增加到…) → 1992 / 1997 (trade: years; reserves: instants 1992-12-31 / 1997-12-31); "
    "stocks (发电装机容量, 电话交换机总容量) → instants 1997-12-31; 比五年前增加5000万吨 → 1997 "
    "(the span as alt). Modality: actual throughout. Judgement calls: 翻两番 → ratio 4, actual "
    "(the goal was reached ahead of time); 1.1亿门 → count with classifier 门; 经济增长8.8% → "
    "metric 经济增长 (GDP alts); 商品零售价格涨幅 → growth; 比五年前 / 比1980年 → negatives (bases); "
    "2010年 (远景目标纲要) a document-name negative; 两个市场 / 两种资源 slogan negatives. "
    "Negatives: 一、, 过去五年, 第八届, 第一次, 五年 ×4, 一个 ×2, 五年来 ×4, 百业, 昂首, 第十五次, "
    "二十一世纪, "
    "过去的五年, 1 9 9 7 年 ×3, 八五, 1 9 8 0 年, 九五, 2 0 1 0 年, 一度, 五年前, 一大批, 京九, "
    "三峡, 一批 ×3, 第十四次, 两个市场, 两种资源.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
