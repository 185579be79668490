"""Gold annotations for wr_china_1983 (held-out: corpora/heldout/) (1983年中华人民共和国国务院政府
工作报告), lines 9-12 of shared/texts/work_report/wr_china_1983.txt.

The report is Premier Zhao Ziyang's report to the 1st session of the 6th NPC (June 1983).  Its
first part 过去五年的回顾 (heading at source line 3) reviews the five years of the 5th NPC and of
the outgoing government (1978-1982).  The excerpt corpora/heldout/wr_china_1983.txt is sliced
by code from the source bytes (whole lines, newline kept), never retyped: four paragraphs of
that review — markets and foreign trade (城乡市场出现了建国以来少有的繁荣景象…: retail sales
1978 → 1982, meat and eggs, trade, the export structure, imported technology, the special
economic zones), the reform of the economic system (经济体制进行了初步改革…: urban collective
jobs and output, individual workers), education, science and culture (长期存在的轻视知识…:
universities, graduate students, degrees, schools, science results, books, hospital beds,
health workers) and living standards (在生产发展的基础上，城乡人民生活有了明显的改善: incomes,
housing, jobs, savings).  The excerpt's lines are fixed by the brief (lines 9-12, 2,250
characters).

All numbers are written in Chinese numerals (一千五百五十九亿元, 百分之六十四点八, 一点二倍,
两亿零七百万人, 几千万); spans keep the text as written and values are the numbers written
(SPEC §3).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1983.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1983"
PLACE = "中国"
REF = "1983-06-06"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 9, 12                     # 1-based, inclusive, whole lines
TITLE = "1983年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="城乡市场出现了建国以来少有的繁荣景象",
                 ends="是大家都切身感受到的。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("comparison basis 比一九七八年 / 同一九七八年相比 (a year, not a quantity); not the "
              "period of the fact")
ARTICLE_NOTE = "一 + classifier used as article or vague quantifier, not a quantity (README §2)"
APPOS_NOTE = ("appositive {} restating the places just named ({}), not a count claim (as 六个方面 "
              "in wr_china_1981, 这两个时期 in wr_china_1986) — judgement call")
CNUM = "Chinese numerals as written; value = the number they write (SPEC §3)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1983-06-06; 去年 = 1982) -------------------------------------------
# The excerpt lies in part 过去五年的回顾, the review of the five years of the 5th NPC and of the
# government formed early in 1978 (当着一九七八年初本届政府刚刚成立的时候, source line 16): the
# statistical years 1978-1982 are the section frame.  Each line is a paragraph; a number takes
# the last period expression before it in its line:
#   - 五年 / 五年中 / 五年来 → the span 1978-01-01..1982-12-31 (totals over the term), null as
#     alt (五年来 also 1978-01-01..REF);
#   - 一九八二年同一九七八年相比 / 一九八二年…比一九七八年增长 → changes of the 1982 level over
#     1978: the year of the level compared (1982) is gold (as wr_china_1993 １９９２年同１９８７年
#     相比, wr_china_1986), the four years of growth 1979-1982 and null as alts; comparison =
#     the surface basis for growth (ratios carry none);
#   - from/to pairs carry their own years (SPEC §4): 由X增加到Y under 一九八二年同一九七八年相比 /
#     由一九七八年的X增加到一九八二年的Y → X 1978, Y 1982 (flows: the years; stocks such as
#     schools, students, beds, staff, individual workers: the instants 1978-12-31 / 1982-12-31,
#     the year and null as alts);
#   - 四年 / 四年中 (since the 1978 base) → 1979-01-01..1982-12-31; 平均每年增加 under the
#     1982-vs-1978 comparison → the same four years (the average of four annual increments);
#   - historical bases with their own periods: 一九七八年前的二十六年 (1953-1978, the 26 annual
#     increments since 1952; 1952-1977 as alt);
#   - 一九七九年以来 → 1979-01-01..REF (as 2012年以来 in other golds); 三年来 → 1980-1982 (SPEC
#     §4, the three full years before the reference year); 这几年 → null..REF (README §5 近年来),
#     the five-year span and null as alts; 一九八二年 / 一九八二年底 / 到一九八二年底 → the year
#     or the instant 1982-12-31 for stocks.
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def at(txt, y):
    return P(txt, f"{y}-12-31", f"{y}-12-31")


def five(txt):
    return P(txt, "1978-01-01", "1982-12-31")


def four(txt):
    return P(txt, "1979-01-01", "1982-12-31")


def span5(txt):
    return dict(period=five(txt), period_alts=[null(txt)])


C82T = "一九八二年同一九七八年相比"
Y78_PAIR = dict(period=year(C82T, 1978), period_alts=[null(C82T)])
Y82_PAIR = dict(period=year(C82T, 1982), period_alts=[null(C82T)])
VS78 = dict(period=year(C82T, 1982), period_alts=[four(C82T), null(C82T)])
AVG4 = dict(period=four(C82T), period_alts=[year(C82T, 1982), null(C82T)])
VS78_NOTE = ("change of the 1982 level over 1978 (一九八二年同一九七八年相比): period the year of the "
             "level compared (1982, as wr_china_1993 同１９８７年相比), the four years of growth "
             "1979-1982 and null as alts")
PAIR_NOTE = ("from/to pair under 一九八二年同一九七八年相比 (由X增加到Y): each value its own year "
             "(SPEC §4), X → 1978, Y → 1982; null as alt")
STOCK_PAIR_NOTE = ("from/to pair with its own years (SPEC §4: X → 1978, Y → 1982); a stock → the "
                   "instant at the year's end, the year, the 1978-1982 span and null as alts")


def stock_pair(txt, y):
    return dict(period=at(txt, y), period_alts=[year(txt, y), five(txt), null(txt)])


# ==== line 1 (source 9): markets and foreign trade ==================================================
g.neg("一九八二年同一九七八年相比，社会", "一九八二年", PERIOD_NOTE + " (1982, the year of the "
      "levels compared; governs the line until the next period)")
g.neg("一九八二年同一九七八年相比，社会", "一九七八年", BASIS_NOTE + " (1978, also the year of the "
      "pair's first value)")
RETAIL = ["社会商品零售额", "社会消费品零售总额", "商品零售总额", "零售总额"]
fact("零售总额由一千五百五十九亿元", "一千五百五十九亿元", value=1559e8, unit="CNY",
     kind="amount", metric="社会商品零售总额", metric_alts=RETAIL, **Y78_PAIR,
     note="start of the pair: the 1978 level, the basis year named just before (同一九七八年"
          "相比); " + PAIR_NOTE + "; 一千五百五十九亿元 = 1.559e11 CNY; " + CNUM)
fact("增加到二千五百七十亿元", "二千五百七十亿元", value=2570e8, unit="CNY", kind="amount",
     metric="社会商品零售总额", metric_alts=RETAIL, **Y82_PAIR,
     note="end of the pair (增加到 'rose to': the 1982 level, not an increase); " + PAIR_NOTE)
fact("增长百分之六十四点八", "百分之六十四点八", value=64.8, unit="%", kind="growth",
     metric="社会商品零售总额", metric_alts=RETAIL, comparison="同一九七八年相比", **VS78,
     note="(2570 − 1559) / 1559 = 64.8 %; " + VS78_NOTE)
INC_R = ["社会商品零售总额年均增量", "社会商品零售总额平均每年增加", "社会商品零售总额年均增加额",
         "社会商品零售总额平均每年增加额", "平均每年增加额", "社会商品零售总额"]
fact("平均每年增加二百五十三亿元", "二百五十三亿元", value=253e8, unit="CNY", kind="amount",
     metric="社会商品零售总额增量", metric_alts=INC_R, **AVG4,
     note="平均每年增加 N: the average annual absolute increase (SPEC §2: <level>增量, positive) "
          "over the four years 1979-1982 ((2570 − 1559) / 4 = 252.75); the four-year span is "
          "gold, the literal 1982 and null as alts")
H26T = "一九七八年前的二十六年"
g.neg("比一九七八年前的二十六年", H26T, PERIOD_NOTE + " (the 26 years before 1978: the annual "
      "increments 1953-1978 since the 1952 base; governs the historical average only)")
fact("平均每年增加四十九亿元", "四十九亿元", value=49e8, unit="CNY", kind="amount",
     metric="社会商品零售总额增量", metric_alts=INC_R,
     period=P(H26T, "1953-01-01", "1978-12-31"),
     period_alts=[P(H26T, "1952-01-01", "1977-12-31"), null(H26T)],
     note="historical average annual increase (the basis of the comparison 比…): its own period "
          "(SPEC §4), actual; 1953-1978 (the 26 increments from the 1952 level, (1559 − 277) / "
          "26 ≈ 49), the literal 26 years 1952-1977 and null as alts")
fact("高出四倍多", "四倍多", value=4, unit="times", kind="ratio", bound="gt",
     metric="社会商品零售总额年均增量",
     metric_alts=["社会商品零售总额增量", "社会商品零售总额平均每年增加", "平均每年增加额",
                  "社会商品零售总额年均增加额", "社会商品零售总额"], **AVG4,
     note="高出N倍多 → ratio 4 times as written (253 is 4.16 times more than 49), 多 inside the "
          "span → gt; comparison null (basis: the 26-year average, in this note); the four-year "
          "average compared → the span 1979-1982, 1982 and null as alts")
g.neg("肉禽蛋的社会零售额一九八二年", "一九八二年", PERIOD_NOTE + " (1982, the year of the level "
      "compared)")
g.neg("一九八二年比一九七八年增长一点一倍", "一九七八年", BASIS_NOTE)
MEAT = ["肉禽蛋社会零售额", "肉禽蛋零售额", "肉禽蛋的零售额", "肉禽蛋社会零售额增长倍数"]
fact("增长一点一倍", "一点一倍", value=1.1, unit="times", kind="ratio",
     metric="肉禽蛋的社会零售额", metric_alts=MEAT,
     period=year("一九八二年", 1982), period_alts=[four("一九八二年"), null("一九八二年")],
     note="增长N倍 → ratio N times as written (as 增长２倍 in wr_china_1993), comparison null "
          "(basis 比一九七八年 in this note); the 1982 level compared, the four years and null "
          "as alts; " + CNUM)
TRADE = ["进出口总额", "对外贸易总额", "进出口贸易", "进出口额", "外贸进出口总额"]
g.neg("由一九七八年的三百五十五亿元", "一九七八年", PERIOD_NOTE + " (1978, the year of the pair's "
      "first value)")
fact("一九七八年的三百五十五亿元", "三百五十五亿元", value=355e8, unit="CNY", kind="amount",
     metric="进出口贸易总额", metric_alts=TRADE, period=year("一九七八年", 1978),
     period_alts=[null("一九七八年")],
     note="from/to pair with its own years (SPEC §4): the 1978 level, actual")
g.neg("增加到一九八二年的七百", "一九八二年", PERIOD_NOTE + " (1982, the year of the pair's "
      "second value)")
fact("一九八二年的七百七十二亿元", "七百七十二亿元", value=772e8, unit="CNY", kind="amount",
     metric="进出口贸易总额", metric_alts=TRADE, period=year("一九八二年", 1982),
     period_alts=[null("一九八二年")], note="end of the pair: the 1982 level")
g.neg("四年增长一点二倍", "四年", PERIOD_NOTE + " (the four years 1979-1982 from the 1978 level)")
fact("四年增长一点二倍", "一点二倍", value=1.2, unit="times", kind="ratio",
     metric="进出口贸易总额", metric_alts=TRADE + ["进出口贸易总额增长倍数"],
     period=four("四年"), period_alts=[year("四年", 1982), null("四年")],
     note="增长N倍 → ratio 1.2 times as written (772 / 355 = 2.17), comparison null; 四年 → the "
          "span 1979-1982 (as 五年间产值增长２倍 in wr_china_1993), the 1982 level and null as alts")
SHARE = ["工业制成品占出口总值比重", "工业制成品占出口比重", "工业制成品出口占比",
         "工业制成品占出口总额的比重", "工业制成品出口比重"]
fact("比重由百分之四十六点五", "百分之四十六点五", value=46.5, unit="%", kind="share",
     metric="工业制成品占出口总值的比重", metric_alts=SHARE, period=year("一九七八年", 1978),
     period_alts=[four("四年"), null("四年")],
     note="start of a from/to pair (由…上升到…) that names no years of its own: judgement call, "
          "the years of the trade pair just before (1978 → 1982, as the parallel pair in "
          "wr_china_1981); the literal inheritance 四年 and null as alts; a share of the year's "
          "exports (a flow) → the year")
fact("上升到百分之五十五", "百分之五十五", value=55, unit="%", kind="share",
     metric="工业制成品占出口总值的比重", metric_alts=SHARE, period=year("一九八二年", 1982),
     period_alts=[four("四年"), null("四年")],
     note="end of the pair → 1982 (judgement call as above); 上升到 'rose to' the level")
g.neg("一九七九年以来，国家", "一九七九年以来", PERIOD_NOTE + " (1979-01-01..REF)")
fact("进口设备四百四十项", "四百四十项", value=440, unit="count", kind="count",
     classifier="项", metric="国家统一安排的引进技术和进口设备",
     metric_alts=["引进技术和进口设备", "引进技术和进口设备项目", "国家统一安排的引进技术和进口设备项目",
                  "引进技术和进口设备项数", "引进项目"],
     subject_alts=CN + GOV,
     period=P("一九七九年以来", "1979-01-01", REF),
     period_alts=[P("一九七九年以来", "1979-01-01", "1982-12-31"),
                  P("一九七九年以来", REF, REF), null("一九七九年以来")],
     note="a cumulative count since 1979 (X年以来 → X-01-01..REF, as 2012年以来 in other golds); "
          "the review's end 1982, the stock reading at REF and null as alts; 国家统一安排 → the "
          "state as subject alt")
g.neg("一九七八年决定引进", "一九七八年", PERIOD_NOTE + " (1978, the year of the decision)")
fact("引进二十二项成套设备", "二十二项", value=22, unit="count", kind="count",
     classifier="项", metric="决定引进的成套设备",
     metric_alts=["成套设备", "引进成套设备", "一九七八年决定引进的成套设备", "成套设备项目",
                  "决定引进成套设备"],
     subject_alts=CN + GOV, modality="target", period=year("一九七八年", 1978),
     period_alts=[null("一九七八年")],
     note="judgement call: the number of complete plants the 1978 decision provided for (a past "
          "plan figure → target, as 原来设想的六百亿元 in wr_china_1981; actual — the decision "
          "was taken — is the alternative); the sentence is about the foreign debt incurred for "
          "the part delivered, repaid by the end of 1982 (no number)")
g.neg("到一九八二年底已经", "一九八二年底", PERIOD_NOTE + " (instant 1982-12-31; no number "
      "follows)")
g.neg("在广东、福建两省", "两省", APPOS_NOTE.format("两省", "广东、福建"))
g.neg("深圳、珠海、汕头、厦门四个地区", "四个", APPOS_NOTE.format("四个 (地区)",
                                                    "深圳、珠海、汕头、厦门"))

# ==== line 2 (source 10): reform of the economic system ===========================================
g.neg("这几年，我们在对农业", "这几年", PERIOD_NOTE + " (vague 'these years'; no number in its "
      "sentence)")
g.neg("进行了一系列的改革", "一系列", ARTICLE_NOTE + " (一系列 'a series of')")
g.neg("四年中城镇集体", "四年中", PERIOD_NOTE + " (the four years 1979-1982; governs the line)")
FOUR4 = dict(period=four("四年中"), period_alts=[five("四年中"), null("四年中")])
COLL = CN + ["城镇集体所有制单位", "城镇集体所有制"]
fact("就业职工增加六百零三万人", "六百零三万人", value=603e4, unit="count", kind="count",
     classifier="人", metric="城镇集体所有制单位就业职工增量",
     metric_alts=["城镇集体所有制单位就业职工", "城镇集体所有制单位就业职工数量增量",
                  "城镇集体所有制单位职工增量", "城镇集体所有制单位就业职工人数增量",
                  "集体所有制单位就业职工增量", "城镇集体所有制单位新增就业职工"],
     subject_alts=COLL, **FOUR4,
     note="absolute change of a level over the four years (增加 → positive, SPEC §2 <level>增量); "
          "四年中 = 1979-1982, the five-year span and null as alts; 六百零三万 = 6.03e6; "
          "the urban collective sector keeps 中国 as subject (README §4), sector as alt")
fact("工业产值增长百分之四十九", "百分之四十九", value=49, unit="%", kind="growth",
     metric="城镇集体所有制单位工业产值",
     metric_alts=["城镇集体所有制工业产值", "城镇集体工业产值", "集体所有制单位工业产值",
                  "工业产值"],
     subject_alts=COLL, comparison="累计", **FOUR4,
     note="growth over the four years as a whole (comparison 累计, as 五年内…增长 in "
          "wr_china_1986_b); head 城镇集体所有制单位 restored (README §3)")
INDIV = ["个体劳动者", "城镇个体劳动者人数", "城镇个体从业人员", "个体劳动者人数"]
fact("从十五万人增加到", "十五万人", value=15e4, unit="count", kind="count", classifier="人",
     metric="城镇个体劳动者", metric_alts=INDIV, subject_alts=CN + ["城镇"],
     period=at("四年中", 1978), period_alts=[year("四年中", 1978), null("四年中")],
     note="from/to pair with no years of its own under 四年中 (1979-1982): judgement call, X = the "
          "level before the four years (end of 1978), Y = the level at their end (end of 1982); "
          "a head count (a stock) → instants; the year and null as alts")
fact("增加到一百四十七万人", "一百四十七万人", value=147e4, unit="count", kind="count",
     classifier="人", metric="城镇个体劳动者", metric_alts=INDIV, subject_alts=CN + ["城镇"],
     period=at("四年中", 1982), period_alts=[year("四年中", 1982), four("四年中"), null("四年中")],
     note="end of the pair (增加到 'rose to' the level): instant 1982-12-31; the year, the "
          "literal span and null as alts")
g.neg("一批国营小商业", "一批", ARTICLE_NOTE + " (一批 'a batch of')")

# ==== line 3 (source 11): education, science, culture, health ======================================
g.neg("从一九七八年到一九八二年，我国", "一九七八年到一九八二年", PERIOD_NOTE + " (the years of "
      "the pairs that follow: X → 1978, Y → 1982)")
P1 = "从一九七八年到一九八二年"
UNI = ["普通高等学校数量", "普通高校", "高等学校", "普通高等学校数"]
fact("已由五百九十八所", "五百九十八所", value=598, unit="count", kind="count",
     classifier="所", metric="普通高等学校", metric_alts=UNI, **stock_pair(P1, 1978),
     note=STOCK_PAIR_NOTE)
fact("增加到七百一十五所", "七百一十五所", value=715, unit="count", kind="count",
     classifier="所", metric="普通高等学校", metric_alts=UNI, **stock_pair(P1, 1982),
     note=STOCK_PAIR_NOTE)
STU = ["在校学生", "普通高等学校在校学生数", "普通高校在校生", "高校在校生", "在校生",
       "普通高等学校在校生"]
fact("从八十五万六千人", "八十五万六千人", value=856000, unit="count", kind="count",
     classifier="人", metric="普通高等学校在校学生", metric_alts=STU, **stock_pair(P1, 1978),
     note="head 普通高等学校 restored; 八十五万六千 = 856,000; " + STOCK_PAIR_NOTE)
fact("增加到一百一十五万四千人", "一百一十五万四千人", value=1154000, unit="count",
     kind="count", classifier="人", metric="普通高等学校在校学生", metric_alts=STU,
     **stock_pair(P1, 1982), note="一百一十五万四千 = 1,154,000; " + STOCK_PAIR_NOTE)
g.neg("五年招收研究生", "五年", PERIOD_NOTE + " (the five years 1978-1982; governs the line "
      "until the next period)")
GRAD = ["招收研究生人数", "研究生招生", "研究生招生人数", "招收研究生数", "研究生"]
fact("招收研究生四万三千多人", "四万三千多人", value=43000, unit="count", kind="count",
     bound="gt", classifier="人", metric="招收研究生", metric_alts=GRAD, **span5("五年"),
     note="多 inside the span → gt; a total over the five years 1978-1982")
g.neg("“ 文化大革命”前十七年", "前十七年", "comparison basis (the seventeen years before the "
      "Cultural Revolution, 1949-1966), part of the comparison, not a quantity")
fact("还多百分之八十三", "百分之八十三", value=83, unit="%", kind="growth",
     metric="招收研究生", metric_alts=GRAD,
     comparison="比“文化大革命”前十七年的总和", **span5("五年"),
     note="多 N% than the total of the 17 years before the Cultural Revolution → growth with "
          "the surface basis as comparison (as 多出５４％ in wr_china_1981); the five-year total "
          "compared → the span")
DEG = "judgement call: 授予 degrees over the five years (the line's 五年 still governs), null as alt"
fact("授予博士学位十八人", "十八人", value=18, unit="count", kind="count", classifier="人",
     metric="授予博士学位",
     metric_alts=["博士学位", "授予博士学位人数", "博士学位授予人数", "博士"],
     **span5("五年"), note=DEG)
fact("硕士学位近一万五千人", "一万五千人", value=15000, unit="count", kind="count",
     bound="approx", classifier="人", metric="授予硕士学位",
     metric_alts=["硕士学位", "授予硕士学位人数", "硕士学位授予人数", "硕士"],
     **span5("五年"), note="近 → approx (outside the span); verb 授予 shared; " + DEG)
fact("学士学位三十多万人", "三十多万人", value=3e5, unit="count", kind="count", bound="gt",
     classifier="人", metric="授予学士学位",
     metric_alts=["学士学位", "授予学士学位人数", "学士学位授予人数", "学士"],
     **span5("五年"), note="多 inside the span → gt (三十多万 → 3e5 gt); " + DEG)
g.neg("史上的一件大事", "一件", ARTICLE_NOTE + " (一件大事 'a major event')")
g.neg("一九八二年在校生已达", "一九八二年", PERIOD_NOTE + " (1982)")
fact("在校生已达六十四万多人", "六十四万多人", value=640000, unit="count", kind="count",
     bound="gt", classifier="人", metric="成人高等学校在校生",
     metric_alts=["成人高等学校在校学生", "成人高校在校生", "在校生", "成人高等学校在校生人数",
                  "各种类型的成人高等学校在校生"],
     period=at("一九八二年", 1982), period_alts=[year("一九八二年", 1982), null("一九八二年")],
     note="已达 (outside) ; 多 inside the span → gt; students enrolled (a stock) in 1982 → "
          "instant 1982-12-31, the year and null as alts; head 成人高等学校 restored")
g.neg("单一化的中等教育", "单一", "lexicalized 单一化 'uniform, single-track', not a quantity")
g.neg("在校生总数三年来增加", "三年来", PERIOD_NOTE + " (the three years 1980-1982; SPEC §4 "
      "近三年)")
fact("三年来增加两倍", "两倍", value=2, unit="times", kind="ratio",
     metric="中等职业学校在校生总数",
     metric_alts=["中等职业学校在校生", "中等职业学校在校学生", "中职在校生",
                  "中等职业学校在校生总数增长倍数"],
     period=P("三年来", "1980-01-01", "1982-12-31"),
     period_alts=[P("三年来", "1982-12-31", "1982-12-31"), P("三年来", "1980-01-01", REF),
                  null("三年来")],
     note="增加N倍 → ratio 2 times as written (comparison null); 三年来 → the three full years "
          "before the reference year (SPEC §4), the instant of the enrolment compared, the "
          "three years to the reference date and null as alts")
g.neg("到一九八二年底，各级", "一九八二年底", PERIOD_NOTE + " (instant 1982-12-31)")
fact("总计达两亿零七百万人", "两亿零七百万人", value=2.07e8, unit="count", kind="count",
     classifier="人", metric="各级各类学校在校学生",
     metric_alts=["在校学生", "各级各类学校在校学生总计", "各级各类学校在校生", "在校学生总数",
                  "各级各类学校在校学生总数"],
     period=P("到一九八二年底", "1982-12-31", "1982-12-31"),
     period_alts=[null("到一九八二年底")],
     note="达 → eq; 两亿零七百万 = 2.07e8; a stock at the end of 1982 (instant)")
g.neg("五年来在农业", "五年来", PERIOD_NOTE + " (the five years 1978-1982)")
FIVE_SCI = dict(period=five("五年来"),
                period_alts=[P("五年来", "1978-01-01", REF), null("五年来")])
fact("科技成果一万三千多项", "一万三千多项", value=13000, unit="count", kind="count",
     bound="gt", classifier="项", metric="比较重要的科技成果",
     metric_alts=["科技成果", "重要科技成果", "获得比较重要的科技成果", "科技成果数量",
                  "比较重要的科技成果项数"],
     **FIVE_SCI,
     note="多 inside the span → gt; a total over the five years (五年来), to the reference date "
          "and null as alts")
fact("发明有四百一十八项", "四百一十八项", value=418, unit="count", kind="count",
     classifier="项", metric="得到国家奖励的发明",
     metric_alts=["获得国家奖励的发明", "国家奖励的发明", "获国家奖励发明", "发明",
                  "得到国家奖励的发明项数"], **FIVE_SCI,
     note="其中 of the 13,000 results; 五年来 governs")
g.neg("这几年，共有两千", "这几年", PERIOD_NOTE + " (vague 'these years': null..REF as 近年来 in "
      "README §5; governs the prize-winning works)")
fact("共有两千四百多件", "两千四百多件", value=2400, unit="count", kind="count", bound="gt",
     classifier="件", metric="在全国性的评奖或会演活动中得奖的文学艺术作品",
     metric_alts=["得奖文学艺术作品", "获奖文学艺术作品", "文学艺术作品", "得奖的文学艺术作品",
                  "全国性评奖得奖作品", "文学艺术作品得奖"],
     period=P("这几年", None, REF),
     period_alts=[five("这几年"), null("这几年"), P("这几年", REF, REF)],
     note="多 inside the span → gt; 共有 = the total; 这几年 → null..REF (README §5 近年来), the "
          "five-year span of the review, null and the stock reading as alts")
g.neg("五年出版图书", "五年", PERIOD_NOTE + " (the five years 1978-1982)")
fact("出版图书十一万种", "十一万种", value=11e4, unit="count", kind="count", classifier="种",
     metric="出版图书",
     metric_alts=["出版图书种数", "图书出版种数", "图书", "出版图书品种"], **span5("五年"),
     note="种 = titles (a measure word); a total over the five years")
fact("共印二百三十九亿册", "二百三十九亿册", value=239e8, unit="count", kind="count",
     classifier="册", metric="出版图书印数",
     metric_alts=["图书印数", "共印", "图书总印数", "出版图书总印数", "印数", "出版图书"],
     **span5("五年"),
     note="共印 = copies printed over the five years; 二百三十九亿 = 2.39e10; the span is number "
          "+ classifier 册, the parenthetical alternative classifier （张） left outside")
g.neg("一九七八年到一九八二年，全国医院", "一九七八年到一九八二年", PERIOD_NOTE + " (the years "
      "of the pairs that follow)")
P2 = "一九七八年到一九八二年"
BEDS = ["医院床位数", "床位", "医院病床", "床位数", "全国医院床位数"]
fact("床位由一百八十五万六千张", "一百八十五万六千张", value=1856000, unit="count",
     kind="count", classifier="张", metric="医院床位", metric_alts=BEDS, **stock_pair(P2, 1978),
     note=STOCK_PAIR_NOTE)
fact("增加到二百零五万四千张", "二百零五万四千张", value=2054000, unit="count", kind="count",
     classifier="张", metric="医院床位", metric_alts=BEDS, **stock_pair(P2, 1982),
     note=STOCK_PAIR_NOTE)
STAFF = ["卫生技术人员", "专业卫生技术人员数", "卫生技术人员数", "专业卫生技术人员人数"]
fact("由二百四十六万四千人", "二百四十六万四千人", value=2464000, unit="count", kind="count",
     classifier="人", metric="专业卫生技术人员", metric_alts=STAFF, **stock_pair(P2, 1978),
     note=STOCK_PAIR_NOTE)
fact("增加到三百一十四万三千人", "三百一十四万三千人", value=3143000, unit="count",
     kind="count", classifier="人", metric="专业卫生技术人员", metric_alts=STAFF,
     **stock_pair(P2, 1982), note=STOCK_PAIR_NOTE)
g.neg("鼓舞了亿万人民", "亿万", "vague 亿万 'hundreds of millions' (idiomatic), not a quantity")

# ==== line 4 (source 12): living standards ==========================================================
g.neg("一九八二年全国农民", "一九八二年", PERIOD_NOTE + " (1982)")
INC = ["农民人均纯收入", "农民平均每人纯收入", "农村居民人均纯收入", "人均纯收入", "农民纯收入",
       "全国农民平均每人的纯收入"]
fact("纯收入达到二百七十元", "二百七十元", value=270, unit="CNY", kind="amount",
     metric="农民平均每人的纯收入", metric_alts=INC, subject_alts=CN + ["农民", "全国农民"],
     period=year("一九八二年", 1982), period_alts=[null("一九八二年")],
     note="达到 → eq; the income of 1982")
g.neg("比一九七八年增加一倍", "一九七八年", BASIS_NOTE)
fact("比一九七八年增加一倍", "一倍", value=1, unit="times", kind="ratio",
     metric="农民平均每人的纯收入", metric_alts=INC + ["农民人均纯收入增长倍数"],
     subject_alts=CN + ["农民", "全国农民"],
     period=year("一九八二年", 1982), period_alts=[four("一九八二年"), null("一九八二年")],
     note="增加一倍 → ratio 1 time as written (as 增长一倍 in wr_china_1986), comparison null "
          "(basis 比一九七八年 in this note); the 1982 level compared, the four years and null "
          "as alts")
g.neg("五年中，农村新建", "五年中", PERIOD_NOTE + " (the five years 1978-1982)")
fact("农村新建住宅二十二亿平方米", "二十二亿平方米", value=22e8, unit="m2", kind="amount",
     metric="农村新建住宅",
     metric_alts=["农村新建住宅面积", "新建住宅", "农村新建住房", "农民新建住宅", "农村住宅"],
     subject_alts=CN + ["农村"], **span5("五年中"),
     note="二十二亿平方米 = 2.2e9 m2; built over the five years")
fact("有几千万农户", "几千万", value=1e7, unit="count", kind="count", bound="gt",
     classifier="户", metric="搬进新居的农户",
     metric_alts=["农户", "搬进新居农户", "迁入新居的农户", "搬进新居的农户数"],
     subject_alts=CN + ["农村"], **span5("五年中"),
     note="vague 几千万 'several tens of millions' → 1e7 gt (SPEC §2: 数十 → 10 gt, 十几万 → "
          "1e5 gt); no measure word apart from the noun 农户 → classifier 户, span the number "
          "(README §1); judgement call: a vague count, still a quantity")
g.neg("五年安排三千八百", "五年", PERIOD_NOTE + " (the five years 1978-1982)")
JOBS = ["安排就业", "城镇安排就业人数", "安排就业人数", "城镇就业", "城镇新增就业", "就业"]
fact("安排三千八百多万人就业", "三千八百多万人", value=3800e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="城镇安排就业", metric_alts=JOBS,
     subject_alts=CN + ["城镇"], **span5("五年"),
     note="多 inside the span → gt; 在城镇 → the towns as subject alt; a total over the five "
          "years")
g.neg("一九八二年城市职工", "一九八二年", PERIOD_NOTE + " (1982)")
LIV = ["城市职工家庭人均生活费收入", "城市职工家庭平均每人可用于生活费的收入",
       "职工家庭人均生活费收入", "城市职工家庭人均收入", "城镇居民人均生活费收入",
       "城市职工家庭平均每人全年生活费收入"]
fact("生活费的收入为五百元", "五百元", value=500, unit="CNY", kind="amount",
     metric="城市职工家庭平均每人全年可用于生活费的收入", metric_alts=LIV,
     subject_alts=CN + ["城市职工家庭", "城市"],
     period=year("一九八二年", 1982), period_alts=[null("一九八二年")],
     note="全年 is part of the indicator's name (income per head for the whole year); 1982")
g.neg("，比一九七八年增长百分之三十八点三", "一九七八年", BASIS_NOTE)
fact("增长百分之三十八点三", "百分之三十八点三", value=38.3, unit="%", kind="growth",
     metric="城市职工家庭平均每人全年可用于生活费的收入",
     metric_alts=LIV + ["城市职工家庭人均生活费收入实际增长"],
     subject_alts=CN + ["城市职工家庭", "城市"], comparison="比一九七八年",
     period=year("一九八二年", 1982), period_alts=[four("一九八二年"), null("一九八二年")],
     note="扣除物价上涨因素 = in real terms; growth of the 1982 level over 1978: the year of "
          "the level compared, the four years and null as alts; comparison the surface basis")
g.neg("五年中国家用于", "五年中", PERIOD_NOTE + " (the five years 1978-1982)")
HINV = ["城市职工住宅投资", "国家用于城市职工住宅的投资总额", "职工住宅投资", "住宅投资",
        "国家城市职工住宅投资"]
fact("投资共四百八十亿元", "四百八十亿元", value=480e8, unit="CNY", kind="amount",
     metric="国家用于城市职工住宅的投资", metric_alts=HINV, subject_alts=CN + GOV,
     **span5("五年中"), note="共 → a total over the five years")
fact("新建住宅三亿五千万平方米", "三亿五千万平方米", value=3.5e8, unit="m2", kind="amount",
     metric="城市职工新建住宅",
     metric_alts=["新建住宅", "城市新建住宅", "新建住宅面积", "城市职工住宅新建面积",
                  "城市职工住宅", "城镇新建住宅"],
     subject_alts=CN + GOV + ["城市"], **span5("五年中"),
     note="三亿五千万平方米 = 3.5e8 m2; built with that investment over the five years; "
          "the equivalence 相当于…总和 states no further number")
g.neg("相当于一九七七年前十九年", "一九七七年前十九年", PERIOD_NOTE + " (the nineteen years "
      "before 1977, the basis of the equivalence; no number of its own)")
g.neg("一九八二年底，城乡储蓄", "一九八二年底", PERIOD_NOTE + " (instant 1982-12-31)")
SAV = ["城乡储蓄", "城乡居民储蓄存款余额", "储蓄存款余额", "城乡储蓄存款余额", "储蓄余额",
       "城乡居民储蓄"]
YE82 = P("一九八二年底", "1982-12-31", "1982-12-31")
fact("余额达六百七十五亿元", "六百七十五亿元", value=675e8, unit="CNY", kind="amount",
     metric="城乡储蓄余额", metric_alts=SAV, subject_alts=CN + ["城乡居民"],
     period=YE82, period_alts=[null("一九八二年底")],
     note="达 → eq; a balance (a stock) at the end of 1982 (instant)")
g.neg("比一九七八年增长二点二倍", "一九七八年", BASIS_NOTE)
fact("增长二点二倍", "二点二倍", value=2.2, unit="times", kind="ratio",
     metric="城乡储蓄余额", metric_alts=SAV + ["城乡储蓄余额增长倍数"],
     subject_alts=CN + ["城乡居民"], period=YE82,
     period_alts=[four("一九八二年底"), null("一九八二年底")],
     note="增长N倍 → ratio 2.2 times as written (675 / 211 ≈ 3.2), comparison null (basis "
          "比一九七八年 in this note); the level compared is the stock at 一九八二年底 (instant, as "
          "比一九八○年末增长三倍 in wr_china_1986), the four years and null as alts")
g.neg("这几年我国城乡", "这几年", PERIOD_NOTE + " (vague 'these years'; no number follows)")

NOTES = (
    f"Excerpt (held out): lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as fixed by the brief. "
    "The report is Zhao Ziyang's work report to the 1st session of the 6th NPC; the excerpt "
    "lies in its first part 过去五年的回顾 (heading at source line 3): the review of the five "
    "years of the 5th NPC and the outgoing government, 1978-1982 — four paragraphs on markets "
    "and foreign trade, the reform of the economic system, education/science/culture/health, "
    "and living standards. Numerals: all Chinese (一千五百五十九亿元, 百分之六十四点八, "
    "一点二倍, 两亿零七百万人, 几千万); spans keep the text, values are the numbers written. "
    "Title: the corpus meta title (no title line in the source), title_in_text=False. Date: "
    "1983-06-06, the day Zhao Ziyang delivered the report at the opening of the 1st session of "
    "the 6th NPC (general knowledge: the corpus meta gives only the year 1983 and the Wikisource "
    "text has no dateline); the text fits it (the latest figures are for 1982 and 一九八二年底; "
    "the next part proposes 今后五年的主要任务). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国; 国家/国家财政 for state spending and imports; 城镇, 农村, 农民, 城乡居民, "
    "城镇集体所有制单位, 城市职工家庭 as alts where they own the number). Periods: the section "
    "frame is 1978-1982; each line is a paragraph and a number takes the last period expression "
    "before it: 五年 / 五年中 / 五年来 → 1978-01-01..1982-12-31 (null, for 五年来 also "
    "1978..REF, as alts); 一九八二年同一九七八年相比 and 一九八二年…比一九七八年增长/增加 → the "
    "year of the level compared, 1982 (the four years 1979-1982 and null as alts; comparison "
    "= the surface basis for growth, null for ratios); from/to pairs → each value its own "
    "year (1978 / 1982; stocks such as schools, students, beds, health staff and individual "
    "workers as year-end instants); 平均每年增加 and 四年 / 四年中 → 1979-1982; the historical "
    "average 一九七八年前的二十六年 → 1953-1978 (1952-1977 as alt); 一九七九年以来 → "
    "1979-01-01..REF; 三年来 → 1980-1982; 这几年 → null..REF (README §5), the five-year span "
    "as alt; 一九八二年底 / 到一九八二年底 → instant 1982-12-31. Modality: actual throughout, "
    "except the 22 complete plants of the 1978 import decision (target, a past plan figure). "
    "Judgement calls: 高出四倍多 → ratio 4 gt on the average annual increase; the share pair "
    "由百分之四十六点五上升到百分之五十五 takes the years 1978/1982 of the trade pair before it; "
    "the pair 城镇个体劳动者从十五万人增加到一百四十七万人 under 四年中 → instants 1978-12-31 / "
    "1982-12-31; 四年中…工业产值增长百分之四十九 → growth with comparison 累计; 还多百分之八十三 → "
    "growth with comparison 比“文化大革命”前十七年的总和; degrees 授予 under the line's 五年; "
    "几千万农户 → count 1e7 gt (classifier 户); 二十二项成套设备 → count, target; 两省 and "
    "四个 (地区) appositive negatives; 二百三十九亿册 with （张） outside the span. Negatives: "
    "一九八二年 ×6, 一九七八年 ×7, 一九七八年前的二十六年, 四年, 一九七九年以来, 一九八二年底 ×3, "
    "两省, 四个, 这几年 ×3, 一系列, 四年中, 一批, 一九七八年到一九八二年 ×2, 五年 ×3, 前十七年, "
    "一件, 单一 (单一化), 三年来, 五年来, 亿万, 五年中 ×2, 一九七七年前十九年. Lexicalized, not "
    "listed: 统一, 进一步, 一些. Known false alarms of the shared check_gold.py (as in "
    "wr_china_1993): it reads every 百分之N as 100 and 一点一倍 / 一点二倍 / 二点二倍 as 1 / 1 / 2; "
    "czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
