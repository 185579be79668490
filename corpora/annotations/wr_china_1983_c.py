"""Gold annotations for wr_china_1983_c (1983年中华人民共和国国务院政府工作报告), lines 5-8 of
shared/texts/work_report/wr_china_1983.txt.

The report is Premier Zhao Ziyang's report to the 1st session of the 6th NPC (June 1983).  Its
first part 过去五年的回顾 (heading at source line 3, opening paragraph at line 4) reviews the
five years of the 5th NPC and of the outgoing government (1978-1982).  The excerpt
corpora/wr_china_1983_c.txt is sliced by code from the source bytes (whole lines, newline
kept), never retyped: the first four paragraphs of that review after its opening line —
political stability and the legal system (我们在全国范围内实现和发展了安定团结的政治局面…,
no figures), the readjustment of the economy (国民经济扭转了重大比例严重失调…: the accumulation
rate and the shares of agriculture and light industry 1978 → 1982, gross output of 1982 and its
growth), agriculture (农业摆脱了长期徘徊不前的困境…: the income from higher procurement prices,
crop output 1982 vs 1978, the average growth of agricultural output, the poor counties) and
industry (消费品工业扭转了长期落后的局面…: light and heavy industry 1979-1982, consumer durables,
energy saved in 1981-1982, energy consumption and industrial growth).  The line range is fixed
by the brief (lines 5-8, 2,146 characters); lines 9-12 and 28-36 of the same report are
wr_china_1983 (held out) and wr_china_1983_b (no overlap).

All numbers are written in Chinese numerals (百分之三十六点五, 八千二百九十一亿元, 一点二六倍,
二百四十多个, 四千万吨标准煤); spans keep the text as written and values are the numbers written
(SPEC §3).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1983_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1983_c"
SOURCE_ID = "wr_china_1983"
PLACE = "中国"
REF = "1983-06-06"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 5, 8                      # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1983年中华人民共和国国务院政府工作报告"   # corpus meta title; no title line in the source

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="我们在全国范围内实现和发展了安定团结的政治局面",
                 ends="这是经济调整的一个重大胜利。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("comparison basis 比一九七八年 / 同一九七八年相比 (a year, not a quantity); not the "
              "period of the fact")
ARTICLE_NOTE = "一 + classifier used as article or vague quantifier, not a quantity (README §2)"
MUST_NOTE = ("adverb 一定(能够) 'certainly', not a quantity (as wr_china_1983_b)")
ALL_NOTE = "pronoun 一切 'all', not a quantity (as wr_china_1983_b)"
CNUM = "Chinese numerals as written; value = the number they write (SPEC §3)"
AVG_NOTE = ("平均每年增长 / 每年平均递增 = average annual growth over the stated span (comparison "
            "= the surface basis 年均, as wr_china_1985 / wr_china_1986)")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1983-06-06; 去年 = 1982) -------------------------------------------
# The excerpt lies in part 过去五年的回顾 (source line 3), the review of the five years of the 5th
# NPC and of the government formed early in 1978: the statistical years 1978-1982 are the
# section frame.  Each line is a paragraph; a number takes the last period expression before it
# in its line (as wr_china_1983):
#   - from/to pairs carry their own years (SPEC §4): 由一九七八年的X…到一九八二年的Y → X 1978,
#     Y 1982; the accumulation rate and the shares of gross output are rates of the year (flows)
#     → the years; a second pair without years of its own (轻工业所占比重由X提高到Y) takes the
#     years of the pair just before it (judgement call, as wr_china_1983 工业制成品 pair);
#   - 一九八二年…达到 → the year 1982; 一九八二年同一九七八年相比 / 比一九七八年增长 → changes of the
#     1982 level over 1978: the year of the level compared (1982) is gold, the four years of
#     growth 1979-1982 and null as alts (as wr_china_1983 VS78); comparison = the surface basis
#     for growth, null for ratios (增长N倍);
#   - 平均每年增长 under the 1982-vs-1978 comparison, 过去几年中…每年平均递增, 从一九七九年到
#     一九八二年的四年内, 前四年内 → the four years 1979-01-01..1982-12-31 (comparison 年均); the
#     ratios 增长N倍 under 四年内 → the four-year span, 1982 and null as alts (as wr_china_1983
#     四年增长一点二倍);
#   - 一九八一、一九八二两年 → 1981-01-01..1982-12-31;
#   - 一九七八年以前二十六年 → the historical basis of a comparison (no value of its own is
#     written: negative only).
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def four(txt):
    return P(txt, "1979-01-01", "1982-12-31")


VS78_NOTE = ("change of the 1982 level over 1978 (一九八二年同一九七八年相比 / 比一九七八年): period "
             "the year of the level compared (1982, as wr_china_1983), the four years of growth "
             "1979-1982 and null as alts")
PAIR_NOTE = ("from/to pair with its own years (SPEC §4): X → 1978, Y → 1982; a rate / share of "
             "the year's output (a flow) → the year; null as alt")

# ==== line 1 (source 5): political stability, legal system — no facts ==========================
g.neg("五年来，我们国家", "五年来", PERIOD_NOTE + " (the five years 1978-1982; no number "
      "follows in the line)")
g.neg("一年比一年安定", "一年比一年", "idiom 一年比一年 'year by year', not a quantity")
g.neg("通过了一系列法律", "一系列", ARTICLE_NOTE + " (一系列 'a series of')")
g.neg("颁布了一系列法规", "一系列", ARTICLE_NOTE + " (一系列 'a series of')")
g.neg("自治区两级政府", "两级", "appositive 两级 'the two tiers' (of government: the State "
      "Council and the provinces, municipalities, autonomous regions just named), not a count "
      "claim (as 两省 in wr_china_1983) — judgement call")
g.neg("解决了一系列的历史", "一系列", ARTICLE_NOTE + " (一系列 'a series of')")
g.neg("在过去的几年中", "过去的几年中", PERIOD_NOTE + " (vague 'in the past few years'; no "
      "number in its sentence)")
g.neg("是一定能够长治久安", "一定", MUST_NOTE)

# ==== line 2 (source 6): readjustment of the economy ============================================
g.neg("经过这几年贯彻", "这几年", PERIOD_NOTE + " (vague 'these years'; no number in its "
      "sentence)")
g.neg("到一九八二年，积累率", "一九八二年", PERIOD_NOTE + " (1982, the year of the pair's second "
      "value)")
g.neg("积累率由一九七八年的", "一九七八年", PERIOD_NOTE + " (1978, the year of the pair's first "
      "value)")
ACC = ["国民收入积累率", "积累率水平", "积累基金占国民收入比重", "积累占国民收入的比重"]
fact("一九七八年的百分之三十六点五", "百分之三十六点五", value=36.5, unit="%", kind="share",
     metric="积累率", metric_alts=ACC, period=year("一九七八年", 1978),
     period_alts=[null("一九七八年")],
     note="a rate (share of national income accumulated) → share (SPEC §2 rates); start of the "
          "pair 由…调整到… → 1978; " + PAIR_NOTE + "; " + CNUM)
fact("调整到百分之二十九", "百分之二十九", value=29, unit="%", kind="share",
     metric="积累率", metric_alts=ACC, period=year("到一九八二年", 1982),
     period_alts=[null("到一九八二年")],
     note="end of the pair (调整到 'brought down to' the level, not a change): 到一九八二年 → "
          "1982; " + PAIR_NOTE)
g.neg("比重由一九七八年的百分之二十七点八", "一九七八年", PERIOD_NOTE + " (1978, the year of the "
      "pair's first value)")
g.neg("提高到一九八二年的百分之三十三点六", "一九八二年", PERIOD_NOTE + " (1982, the year of the "
      "pair's second value)")
AGS = ["农业占工农业总产值比重", "农业所占比重", "农业比重", "农业占工农业总产值的比重",
       "农业产值占工农业总产值比重", "在工农业总产值中农业所占比重"]
fact("一九七八年的百分之二十七点八", "百分之二十七点八", value=27.8, unit="%", kind="share",
     metric="工农业总产值中农业所占比重", metric_alts=AGS, period=year("一九七八年", 1978),
     period_alts=[null("一九七八年")], note=PAIR_NOTE)
fact("一九八二年的百分之三十三点六", "百分之三十三点六", value=33.6, unit="%", kind="share",
     metric="工农业总产值中农业所占比重", metric_alts=AGS, period=year("一九八二年", 1982),
     period_alts=[null("一九八二年")], note="end of the pair (提高到 'rose to'); " + PAIR_NOTE)
LIS = ["轻工业占工农业总产值比重", "轻工业所占比重", "轻工业比重", "轻工业占工农业总产值的比重",
       "轻工业产值占工农业总产值比重", "在工农业总产值中轻工业所占比重"]
LIS_NOTE = ("from/to pair that names no years of its own (由X提高到Y), parallel to the "
            "agriculture pair just before it in the same sentence (在工农业总产值中): judgement "
            "call, its years 1978 → 1982 (as wr_china_1983 工业制成品 pair); null and the literal "
            "inheritance (一九八二年, the last period before it) as alts")
fact("轻工业所占比重由百分之三十一点一", "百分之三十一点一", value=31.1, unit="%", kind="share",
     metric="工农业总产值中轻工业所占比重", metric_alts=LIS, period=year("一九七八年", 1978),
     period_alts=[null("一九七八年"), year("一九八二年", 1982)], note=LIS_NOTE)
fact("提高到百分之三十三点四", "百分之三十三点四", value=33.4, unit="%", kind="share",
     metric="工农业总产值中轻工业所占比重", metric_alts=LIS, period=year("一九八二年", 1982),
     period_alts=[null("一九八二年")], note="end of the pair → 1982; " + LIS_NOTE)
g.neg("农轻重这两大比例关系", "两大", "appositive 这两大 (比例关系) 'these two major ratios' "
      "restating the two just named (积累与消费, 农轻重), not a count claim (as 两省 in "
      "wr_china_1983)")
g.neg("一九八二年全国工农业总产值", "一九八二年", PERIOD_NOTE + " (1982; governs the rest of the "
      "line)")
GVO = ["工农业总产值规模", "工农业产值", "全国工农业总产值", "工农业生产"]
fact("总产值达到八千二百九十一亿元", "八千二百九十一亿元", value=8291e8, unit="CNY",
     kind="amount", metric="工农业总产值", metric_alts=GVO,
     period=year("一九八二年", 1982), period_alts=[null("一九八二年")],
     note="达到 → eq (outside the span); the output of 1982 (a flow); 八千二百九十一亿元 = "
          "8.291e11 CNY; " + CNUM)
g.neg("取得的成果是十分显著", "十分", "adverb 十分 'very', not a quantity")
g.neg("比一九七八年增长百分之三十二点六", "一九七八年", BASIS_NOTE)
fact("增长百分之三十二点六", "百分之三十二点六", value=32.6, unit="%", kind="growth",
     metric="工农业总产值", metric_alts=GVO + ["工农业总产值增长"], comparison="比一九七八年",
     period=year("一九八二年", 1982),
     period_alts=[four("一九八二年"), null("一九八二年")], note=VS78_NOTE)
fact("平均每年增长百分之七点三", "百分之七点三", value=7.3, unit="%", kind="growth",
     metric="工农业总产值",
     metric_alts=GVO + ["工农业总产值年均增长", "工农业总产值年均增速", "工农业总产值平均每年增长"],
     comparison="年均", period=four("一九八二年"),
     period_alts=[year("一九八二年", 1982), null("一九八二年")],
     note="the average of the four annual rates from the 1978 base to 1982 (1.326 ^ (1/4) = "
          "1.073) → 1979-1982; the literal 1982 and null as alts; " + AVG_NOTE)

# ==== line 3 (source 7): agriculture =============================================================
g.neg("这几年，国务院执行", "这几年", PERIOD_NOTE + " (vague 'these years'; no number in its "
      "sentence)")
g.neg("执行一系列调动", "一系列", ARTICLE_NOTE + " (一系列 'a series of')")
C82T = "一九八二年同一九七八年相比"
g.neg("一九八二年同一九七八年相比，仅提高", "一九八二年", PERIOD_NOTE + " (1982, the year of the "
      "level compared)")
g.neg("一九八二年同一九七八年相比，仅提高", "一九七八年", BASIS_NOTE)
g.neg("仅提高农副产品价格一项", "一项", "'this one item alone' (仅…一项, the price rise as the "
      "single cause), not a count (as 这一项 in wr_china_1983_b)")
INC = ["农民收入增量", "农民增加的收入", "农民增收", "提高农副产品价格增加的农民收入",
       "农民因提高农副产品收购价格增加的收入", "农民增加收入"]
fact("农民增加的收入达二百六十亿元", "二百六十亿元", value=260e8, unit="CNY", kind="amount",
     metric="提高农副产品价格农民增加的收入", metric_alts=INC,
     subject_alts=CN + ["农民"], period=year(C82T, 1982),
     period_alts=[four(C82T), null(C82T)],
     note="达 → eq (outside the span); the peasants' extra income in 1982 over 1978 from the "
          "higher procurement prices alone (an absolute change of a level, positive; the SPEC "
          "§2 <level>增量 reading 农民收入增量 as alt); " + VS78_NOTE)
g.neg("一个长期没有解决", "一个", ARTICLE_NOTE + " (一个…根本性问题 'a fundamental problem')")
g.neg("并不是在一切方面", "一切", ALL_NOTE)
g.neg("过去几年所进行", "过去几年", PERIOD_NOTE + " (vague 'the past few years'; no number "
      "in its sentence)")
g.neg("激发了亿万农民", "亿万", "vague 亿万 'hundreds of millions' (idiomatic), not a quantity "
      "(as wr_china_1983)")
g.neg("一九八二年同一九七八年相比，我国粮食", "一九八二年", PERIOD_NOTE + " (1982, the year of "
      "the levels compared)")
g.neg("一九八二年同一九七八年相比，我国粮食", "一九七八年", BASIS_NOTE)
VS78 = dict(period=year(C82T, 1982), period_alts=[four(C82T), null(C82T)])
CROP_NOTE = ("growth of the 1982 harvest over 1978; " + VS78_NOTE + "; comparison the surface "
             "basis; metric the crop's output (产量 implied, the crop as written in alts)")
fact("粮食增长百分之十六", "百分之十六", value=16, unit="%", kind="growth",
     metric="粮食产量", metric_alts=["粮食", "粮食总产量", "全国粮食产量"],
     comparison="同一九七八年相比", **VS78, note=CROP_NOTE)
fact("棉花增长百分之六十六", "百分之六十六", value=66, unit="%", kind="growth",
     metric="棉花产量", metric_alts=["棉花", "棉花总产量"],
     comparison="同一九七八年相比", **VS78, note=CROP_NOTE)
fact("油料增长一点二六倍", "一点二六倍", value=1.26, unit="times", kind="ratio",
     metric="油料产量", metric_alts=["油料", "油料总产量", "油料产量增长倍数"], **VS78,
     note="增长N倍 → ratio 1.26 times as written (as wr_china_1983 增长一点一倍), comparison null "
          "(basis 同一九七八年相比 in this note); " + VS78_NOTE)
fact("糖料增长百分之八十三", "百分之八十三", value=83, unit="%", kind="growth",
     metric="糖料产量", metric_alts=["糖料", "糖料总产量"],
     comparison="同一九七八年相比", **VS78, note=CROP_NOTE)
fact("都增长百分之五十以上", "百分之五十", value=50, unit="%", kind="growth", bound="ge",
     metric="烤烟、桑蚕茧、猪牛羊肉产量",
     metric_alts=["烤烟、桑蚕茧、猪牛羊肉", "烤烟、桑蚕茧、猪牛羊肉等", "烤烟产量", "桑蚕茧产量",
                  "猪牛羊肉产量", "烤烟", "桑蚕茧", "猪牛羊肉"],
     comparison="同一九七八年相比", **VS78,
     note="以上 → ge (outside the span); one quantity mention over the listed products (都) → "
          "one fact whose metric names them all, each as alt (as wr_china_1985 都比上年增长); "
          + VS78_NOTE)
AVG4 = "过去几年中"
AGR = ["农业总产值年均增长", "农业总产值年均增速", "农业产值", "农业", "全国农业总产值"]
g.neg("过去几年中严重", AVG4, PERIOD_NOTE + " (vague 'in the past few years': here the years "
      "since the 1978 base, 1979-1982; governs the average growth of agricultural output)")
fact("每年平均递增百分之七点五", "百分之七点五", value=7.5, unit="%", kind="growth",
     metric="农业总产值", metric_alts=AGR, comparison="年均",
     period=four(AVG4),
     period_alts=[P(AVG4, None, REF), null(AVG4), year(C82T, 1982)],
     note="每年平均递增 over 过去几年中, the years since the 1978 base the line compares with "
          "(1979-1982: the geometric mean of the years' rates is 7.5%) → the four years as gold "
          "(judgement call); the README §5 reading of the vague 过去几年中 (null..REF), null and "
          "1982 as alts; " + AVG_NOTE)
H26 = "一九七八年以前二十六年"
g.neg("超过了一九七八年以前二十六年", H26, PERIOD_NOTE + " (the 26 years before 1978, "
      "1953-1978: the period of the basis of the comparison; no value of its own is written)")
fact("递增率的一点三倍", "一点三倍", value=1.3, unit="times", kind="ratio",
     metric="农业总产值平均每年递增率",
     metric_alts=["农业总产值年均增长率", "农业总产值年均增速", "农业总产值年均递增率",
                  "农业总产值平均每年递增速度", "农业总产值", "平均每年递增率"],
     period=four(AVG4),
     period_alts=[P(AVG4, None, REF), null(AVG4), year(C82T, 1982)],
     note="超过了…的一点三倍 'exceeded (the 26-year average rate) by 1.3 times' → ratio 1.3 times "
          "as written (7.5% is 2.3 times the 1953-1978 average), comparison null (basis: "
          "the 26-year average annual rate, in this note); the 1979-1982 average compared → "
          "the same period as the 7.5%")
POOR = ["低产贫困县", "原来低产贫困县", "贫困县", "低产贫困的县", "原来低产贫困的县数量",
        "全国原来低产贫困的县"]
fact("低产贫困的二百四十多个县", "二百四十多个", value=240, unit="count", kind="count",
     bound="gt", classifier="个", metric="原来低产贫困的县", metric_alts=POOR,
     period=P(AVG4, None, REF),
     period_alts=[null(AVG4), P(AVG4, REF, REF), four(AVG4), P(AVG4, "1982-12-31", "1982-12-31"),
                  P(AVG4, "1978-12-31", "1978-12-31")],
     note="多 inside the span → gt (二百四十多 → 240 gt); span number + classifier 个 without the "
          "noun 县 (README §1); judgement call on the period: the set of counties that were poor "
          "before the reforms (原来), whose peasants 已经基本上 have enough to eat now → the "
          "line's last period 过去几年中 read as README §5 (null..REF); null, the instant REF, "
          "the four years, the end of 1982 and the end of 1978 (when they were poor) as alts")
g.neg("一跃而为新的", "一跃", "idiom 一跃 'at one bound', not a quantity")

# ==== line 4 (source 8): industry ================================================================
g.neg("这几年，我们把消费品", "这几年", PERIOD_NOTE + " (vague 'these years'; no number in its "
      "sentence)")
T4 = "从一九七九年到一九八二年的四年内"
g.neg(T4, "一九七九年到一九八二年的四年内", PERIOD_NOTE + " (1979-01-01..1982-12-31; governs "
      "the line until the next period)")
SPAN4 = dict(period=four(T4), period_alts=[null(T4)])
fact("轻工业平均每年增长百分之十一点八", "百分之十一点八", value=11.8, unit="%", kind="growth",
     metric="轻工业总产值",
     metric_alts=["轻工业", "轻工业产值", "轻工业总产值年均增长", "轻工业生产", "轻工业年均增速"],
     comparison="年均", **SPAN4, note=AVG_NOTE)
fact("每年平均增长百分之三点四", "百分之三点四", value=3.4, unit="%", kind="growth",
     metric="重工业总产值",
     metric_alts=["重工业", "重工业产值", "重工业总产值年均增长", "重工业生产", "重工业年均增速"],
     comparison="年均", **SPAN4,
     note="the rate the light-industry rate exceeds (超过…的速度), itself a stated fact; "
          + AVG_NOTE)
RATIO4 = dict(period=four(T4), period_alts=[year(T4, 1982), null(T4)])
RATIO_NOTE = ("增长N倍 → ratio N times as written (as wr_china_1983 四年增长一点二倍), comparison null; "
              "output of 1982 over 1978 under the line's 四年内 → the four-year span (1979-1982), "
              "the year 1982 of the level compared and null as alts; metric the product's output")
fact("自行车增长一点八倍", "一点八倍", value=1.8, unit="times", kind="ratio",
     metric="自行车产量", metric_alts=["自行车", "自行车生产", "自行车产量增长倍数"],
     **RATIO4, note=RATIO_NOTE + "; " + CNUM)
fact("缝纫机增长一点六倍", "一点六倍", value=1.6, unit="times", kind="ratio",
     metric="缝纫机产量", metric_alts=["缝纫机", "缝纫机生产", "缝纫机产量增长倍数"],
     **RATIO4, note=RATIO_NOTE)
fact("手表增长一点四倍", "一点四倍", value=1.4, unit="times", kind="ratio",
     metric="手表产量", metric_alts=["手表", "手表生产", "手表产量增长倍数"],
     **RATIO4, note=RATIO_NOTE)
fact("电视机增长十点四倍", "十点四倍", value=10.4, unit="times", kind="ratio",
     metric="电视机产量", metric_alts=["电视机", "电视机生产", "电视机产量增长倍数"],
     **RATIO4, note=RATIO_NOTE)
T2 = "一九八一、一九八二两年"
g.neg("仅一九八一、一九八二两年", T2, PERIOD_NOTE + " (1981-01-01..1982-12-31)")
fact("少用了四千万吨标准煤", "四千万吨标准煤", value=4e7, unit="tce", kind="amount",
     metric="节约和少用的能源",
     metric_alts=["节约和少用能源", "节约和少用", "节约能源", "节能量", "节约和少用的标准煤",
                  "节约和少用标准煤", "节能"],
     period=P(T2, "1981-01-01", "1982-12-31"), period_alts=[null(T2)],
     note="energy saved or not used over the two years 1981-1982 (a total) through the "
          "restructuring and energy-saving retrofits; 四千万吨标准煤 = 4e7 tce (SPEC §3 tce); "
          + CNUM)
g.neg("尽管前四年内我国", "前四年内", PERIOD_NOTE + " (the first four years of the term, "
      "1979-1982 from the 1978 base; governs the rest of the line)")
F4 = dict(period=four("前四年内"), period_alts=[null("前四年内")])
fact("平均每年只增长百分之一点九", "百分之一点九", value=1.9, unit="%", kind="growth",
     metric="能源消费总量",
     metric_alts=["能源消费", "能源消费量", "能源消费总量年均增长", "全国能源消费总量"],
     comparison="年均", **F4,
     note="只 'only' does not bound the value (eq); 前四年内 → 1979-1982 (the four years of "
          "the line's 从一九七九年到一九八二年); " + AVG_NOTE)
fact("每年递增百分之七点二", "百分之七点二", value=7.2, unit="%", kind="growth",
     metric="工业总产值",
     metric_alts=["工业", "整个工业", "工业产值", "工业生产", "工业总产值年均增长", "工业增长"],
     comparison="年均", **F4,
     note="每年递增 = the average annual rate over the four years (前四年内 still governs); "
          + AVG_NOTE)
g.neg("经济调整的一个重大胜利", "一个", ARTICLE_NOTE + " (一个重大胜利 'a major victory')")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (lines 9-12 are wr_china_1983, held out, and 28-36 wr_china_1983_b; no overlap). "
    "Part of the document: part 过去五年的回顾 (heading at source line 3), the review of the "
    "five years of the 5th NPC and the outgoing government, 1978-1982 — the first four "
    "paragraphs after its opening line: political stability and the legal system (no "
    "figures), the readjustment of the economy (accumulation rate and the shares of "
    "agriculture and light industry 1978 → 1982, gross output 1982 and its growth), "
    "agriculture (extra income from higher procurement prices, crops 1982 vs 1978, the "
    "average growth of agricultural output, the poor counties) and industry (light and heavy "
    "industry 1979-1982, consumer durables, energy saved 1981-1982, energy consumption and "
    "industrial growth). Numerals: all Chinese (百分之三十六点五, 八千二百九十一亿元, 一点二六倍, "
    "二百四十多个, 四千万吨标准煤); spans keep the text, values are the numbers written. Title: "
    "the corpus meta title (no title line in the source), title_in_text=False. Date: "
    "1983-06-06, the day Zhao Ziyang delivered the report at the opening of the 1st session of "
    "the 6th NPC (as wr_china_1983 / _b; the corpus meta gives only the year 1983 and the "
    "Wikisource text has no dateline; the latest figures are for 1982). Place: national report "
    "→ 中国 (alts 我国/全国/中华人民共和国; 农民 for their extra income). Periods: the section "
    "frame is 1978-1982; each line is a paragraph and a number takes the last period "
    "expression before it: from/to pairs → each value its own year (1978 / 1982; the light-"
    "industry share pair, without years of its own, takes those of the agriculture pair "
    "before it); 一九八二年…达到 → 1982; 一九八二年同一九七八年相比 / 比一九七八年增长 → the year "
    "of the level compared, 1982 (1979-1982 and null as alts; comparison the surface basis for "
    "growth, null for ratios 增长N倍); 平均每年增长 / 每年平均递增 / 从一九七九年到一九八二年的四年内 "
    "/ 前四年内 → 1979-01-01..1982-12-31 (comparison 年均); 增长N倍 under 四年内 → the four years "
    "(1982 and null as alts); 一九八一、一九八二两年 → 1981-1982. Modality: actual throughout. "
    "Judgement calls: 过去几年中…每年平均递增百分之七点五 → 1979-1982 (null..REF as alt), and the "
    "ratio 超过了…一点三倍 on the same average rate; 二百四十多个 (原来低产贫困的县) → count 240 gt "
    "with the vague 过去几年中 read as null..REF (alts: null, REF, 1979-1982, the ends of 1982 "
    "and 1978); 农民增加的收入 二百六十亿元 → positive amount with the 增量 reading as alt; "
    "烤烟、桑蚕茧、猪牛羊肉等都增长百分之五十以上 → one ge fact over the list; crop metrics take "
    "产量 (the crop as written in alts); 四千万吨标准煤 → tce; 两级, 两大 appositive negatives; "
    "一项 (仅…一项) a negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 统一 (统一战线, 统一了起来), 进一步, 一些. "
    "Known false alarms of the shared check_gold.py (as in wr_china_1983): it reads 百分之N "
    "as 100 and N点M倍 as N; czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
