"""Gold annotations for wr_china_1981_b (held-out: corpora/heldout/) (1981年中华人民共和国国务院政府
工作报告), lines 2-14 of shared/texts/work_report/wr_china_1981.txt.

The report is Premier Zhao Ziyang's 当前的经济形势和今后经济建设的方针, delivered at the 4th
session of the 5th NPC (30 November 1981).  The excerpt corpora/heldout/wr_china_1981_b.txt is
sliced by code from the source bytes (whole lines, newline kept), never retyped; the lines are
fixed by the brief (a run of whole lines, as unseen test excerpts are cut).  It is the opening
of the report: the preamble after the salutation (the time since the 3rd session, the six
reports to the NPC Standing Committee, the agenda), the announcement of the three parts, and
the first part （一）当前的经济形势 up to its paragraph on light industry — the review of the
current year 1981 (not yet over: estimates with 预计, 将, 可以) with its look back at 1979-1980:
the fiscal crisis of 1979-1980 and the decisions of late 1980, the revised 1981 plan, the
outcome (工农业总产值 +3%以上), the deficit 1979 → 1980 → 1981, prices, farming (grain, oil
crops, sugar crops), the floods of 1981, light industry (+12%).  Lines 19-28 of the same
report are annotated in wr_china_1981 (held out, no overlap).

Numbers are written in Chinese numerals (六次, 一百七十亿元, 八亿) or full-width digits (３％,
１２％; years １９７９年); spans keep the text as written and values are the numbers written
(SPEC §3).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1981_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1981_b"
SOURCE_ID = "wr_china_1981"
PLACE = "中国"
REF = "1981-11-30"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 2, 14                     # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1981年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="从去年９月第五届全国人民代表大会第三次会议到现在",
                 ends="都起了重大的作用。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SESSION_NOTE = "session / plenum label (SPEC §1 二十大, 二十届三中全会), not a quantity"
PLAN_NOTE = ("year inside the name of a plan (１９８１年国民经济计划, the annual plan), a label "
             "and no period of any fact in its clause")
ARTICLE_NOTE = "一 + classifier used as article (README §2), not a quantity"
SERIES_NOTE = "quantifier 一系列 (README §2), not a count"
MARKER_NOTE = "list marker / heading number, not a quantity"
FW = "full-width digits kept in the span as written (README §1)"
CNUM = "Chinese numerals, value as written (SPEC §3)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院"]

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 1981-11-30; 今年 = 1981, 去年 = 1980) ------------------------------
# The excerpt opens the report (the preamble, lines 1-2) and part （一）当前的经济形势 (heading at
# excerpt line 3): the review of the current year 1981, delivered in its last month (estimates:
# 预计, 将, 可以), with a look back at 1979-1980.  Each line is a paragraph; a number takes the
# last period expression before it in its line (SPEC §4); a comparison basis (比上年, 比去年,
# 接近１９７９年的水平) is no period:
#   - line 1: 从去年９月第五届全国人民代表大会第三次会议到现在 / 在这段时间里 → the span from the
#     3rd session (September 1980) to the reference date: the elapsed time and the six reports;
#   - line 5: １９７９、１９８０两年 (no figure) then １９８１年 (the deficit foreseen for 1981 if
#     nothing were done, forecast);
#   - line 8: 今年 (1981) governs 工农业生产总值 +３％以上 (将 → forecast);
#   - line 9: the deficit series 从１９７９年的…、１９８０年的…，预计降低到今年的… dates each value
#     (SPEC §4: a period inside a from/to pair governs only its own value): 1979, 1980 actual,
#     1981 forecast (预计);
#   - line 11: 今年 (尽管今年不少地区…) governs the farm figures of 1981; 连续三年 (the streak before
#     1981) → a duration dated like the streak 连续四年 of wr_china_1984 (the governing year as
#     gold, the streak's years as alt); 八亿农民 → the population (a stock) at the end of 1981;
#   - line 13: 今年 governs the light-industry figures of 1981.
# Lines 2-4, 6-7, 10 and 12 hold no facts.
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def since(txt):
    """the span from the 3rd session (September 1980) to the reference date; alts the instant
    REF and null (period text as written: the phrase governing the value)."""
    return dict(period=P(txt, "1980-09-01", REF), period_alts=[P(txt, REF, REF), null(txt)])


SINCE_TXT = "从去年９月第五届全国人民代表大会第三次会议到现在"
Y81 = year("今年", 1981)
Y81_D = dict(period=Y81, period_alts=[null("今年")])

# ==== line 1 (source 2): preamble ===============================================================
g.neg("从去年９月第五届", "去年９月", PERIOD_NOTE + " (September 1980, the 3rd session of the "
      "5th NPC; opens the span 从…到现在 of the line) — " + FW)
g.neg("第五届全国人民代表大会第三次会议", "第五届", SESSION_NOTE + " (the 5th NPC)")
g.neg("第五届全国人民代表大会第三次会议", "第三次", SESSION_NOTE + " (3rd session, "
      "August-September 1980)")
gov("已经过去了一年零两个月", "一年零两个月", value=1 + 2 / 12, unit="year", kind="amount",
    metric="距第五届全国人民代表大会第三次会议的时间",
    metric_alts=["五届人大三次会议以来的时间", "距上次会议时间", "经过时间", "已经过去的时间",
                 "间隔时间", "从五届人大三次会议到现在的时间"],
    **since(SINCE_TXT),
    note="judgement call: 已经过去了一年零两个月 states the time elapsed since the 3rd session "
         "(a duration, as the streaks 连续N年 of the other golds) → 1 year + 2 months = 14/12 "
         "year (SPEC §3 个月 = 1/12); the span 从去年９月…到现在 (1980-09..the reference date) "
         "as period, the instant REF and null as alts; reading it as a period expression only "
         "(negative) is the alternative")
gov("先后向全国人民代表大会常务委员会作过六次报告", "六次", value=6, unit="count",
    kind="count", classifier="次", metric="向全国人民代表大会常务委员会作的报告",
    metric_alts=["向人大常委会作的报告", "报告", "向全国人大常委会报告", "报告次数",
                 "向全国人民代表大会常务委员会作报告次数", "政府工作报告"],
    subject_alts=GOV + CN + ["政府"], **since("在这段时间里"),
    note="a count of reports (classifier 次) made by the government to the NPC Standing "
         "Committee; 在这段时间里 = the span since the 3rd session (from September 1980 to the "
         "reference date; period text 在这段时间里, the phrase that refers back to it); " + CNUM)

# ==== line 2 (source 3): the three parts announced (no numerals) ===================================

# ==== line 3 (source 4): heading （一） ==============================================================
g.neg("（一）当前的经济形势", "（一）", MARKER_NOTE)

# ==== line 4 (source 5): 过去的一年 (no figures) ======================================================
g.neg("过去的一年，我们的经济工作", "过去的一年", PERIOD_NOTE + " (the year since the last "
      "session / the year 1981); not a duration fact; no number follows in the line")

# ==== line 5 (source 6): the fiscal crisis of 1979-1980 ============================================
g.neg("五届人大三次会议以后", "五届", SESSION_NOTE + " (the 5th NPC)")
g.neg("五届人大三次会议以后", "三次", SESSION_NOTE + " (3rd session)")
g.neg("１９７９年以来，国家用于", "１９７９年以来", PERIOD_NOTE + " (since 1979); no number "
      "follows in its sentence — " + FW)
g.neg("步子走得快了一点", "一点", "vague 一点 'a little', not a quantity (as wr_china_1981)")
g.neg("１９７９、１９８０两年，连续", "１９７９、１９８０两年", PERIOD_NOTE + " (1979 and 1980: "
      "两年 restates the two years named, not a duration fact); no number follows in its "
      "sentence — " + FW)
g.neg("１９８１年还会有", "１９８１年", PERIOD_NOTE + " (1981; governs the deficit foreseen) — "
      + FW)
DEF = ["财政赤字规模", "赤字", "国家财政赤字", "财政收支赤字", "预算赤字"]
gov("还会有一百几十亿元的赤字", "一百几十亿元", value=100e8, unit="CNY", kind="amount",
    bound="gt", metric="财政赤字", metric_alts=DEF, modality="forecast",
    period=year("１９８１年", 1981), period_alts=[null("１９８１年")],
    note="一百几十亿元 'a hundred and some tens of 100 million yuan' (110-190亿元) → 100亿元 gt: "
         "the vague 几十 dropped and gt set, as 十几万 → 1e5 gt in SPEC §2 (judgement call; "
         "110亿元 gt, reading 几十 as 数十 → 10 gt, is the other value); the deficit foreseen "
         "in late 1980 for 1981 if nothing were done (如果不采取有力措施…还会有) → forecast; "
         "１９８１年 governs; " + CNUM)

# ==== line 6 (source 7): the decisions of late 1980 (dates, no figures) =============================
g.neg("国务院在去年１０月、１１月", "去年１０月、１１月", PERIOD_NOTE + " (October and "
      "November 1980, the State Council meetings); no figure — " + FW)
g.neg("中共中央于１２月召开", "１２月", PERIOD_NOTE + " (December 1980, the central work "
      "conference); no figure — " + FW)

# ==== line 7 (source 8): the revised plan (dates, labels, no figures) ==============================
g.neg("今年２月，国务院", "今年２月", PERIOD_NOTE + " (February 1981); no figure — " + FW)
g.neg("人大常委会第十七次会议", "第十七次", SESSION_NOTE + " (17th meeting of the NPC "
      "Standing Committee)")
g.neg("原定的１９８１年国民经济计划", "１９８１年", PLAN_NOTE + " — " + FW)

# ==== line 8 (source 9): the outcome of 1981 ========================================================
g.neg("进一步调整国民经济的一系列紧急措施", "一系列", SERIES_NOTE)
g.neg("根据前十一个月的实绩", "前十一个月", PERIOD_NOTE + " (January-November 1981, the months "
      "the estimate rests on); no figure of its own")
g.neg("１９８１年国民经济计划预计", "１９８１年", PLAN_NOTE + " — " + FW)
OUT = ["工农业总产值", "工农业生产总值增速", "工农业总产值增长", "工农业产值"]
fact("将比上年增长３％以上", "３％", value=3, unit="%", kind="growth", bound="ge",
     metric="工农业生产总值", metric_alts=OUT, modality="forecast", comparison="yoy", **Y81_D,
     note="以上 → ge (outside the span); 将 (said before the year's end) → forecast; 比上年 → "
          "yoy; 今年 (今年进行这么大幅度的调整) governs → 1981, null as alt; " + FW)

# ==== line 9 (source 10): the deficit ================================================================
DEF_NOTE = ("a period inside the series 从…、…，预计降低到… governs only its own value (SPEC §4)")
g.neg("财政赤字从１９７９年的", "１９７９年", PERIOD_NOTE + " (1979, inside the series: "
      "governs only 一百七十亿元) — " + FW)
gov("１９７９年的一百七十亿元", "一百七十亿元", value=170e8, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, period=year("１９７９年", 1979),
    period_alts=[null("１９７９年")],
    note="the deficit of 1979 (a flow of the year), actual; " + DEF_NOTE + "; " + CNUM)
g.neg("、１９８０年的一百二十七亿元", "１９８０年", PERIOD_NOTE + " (1980, inside the series: "
      "governs only 一百二十七亿元) — " + FW)
gov("１９８０年的一百二十七亿元", "一百二十七亿元", value=127e8, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, period=year("１９８０年", 1980),
    period_alts=[null("１９８０年")],
    note="the deficit of 1980, actual; " + DEF_NOTE + "; " + CNUM)
gov("预计降低到今年的二十七亿元", "二十七亿元", value=27e8, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, modality="forecast", **Y81_D,
    note="预计 (before the year's end) → forecast; 今年 inside the series → 1981 (null as "
         "alt); 降低到 names the level reached, not a change; " + DEF_NOTE + "; " + CNUM)
g.neg("对任何一个国家来说", "一个", ARTICLE_NOTE + " (任何一个 'any')")
g.neg("都是一件不容易的事情", "一件", ARTICLE_NOTE)

g.neg("经济的稳定，首先表现在", "首", "adverb 首先 'first of all', not a rank (as "
      "wr_china_2003_c)")

# ==== line 10 (source 11): prices (no figures) ======================================================
g.neg("我们一定要努力增加生产", "一定", "adverb 一定(要) 'must', not a quantity (as "
      "wr_china_1982)")

# ==== line 11 (source 12): farming ===================================================================
g.neg("接近１９７９年的水平", "１９７９年", "comparison basis (接近１９７９年的水平, the 1979 "
      "harvest): a year, not a quantity and not the period of the estimate — " + FW)
GRAIN = ["粮食产量", "粮食", "粮食总产量排名", "粮食产量排名", "高产年"]
fact("是建国以来第二个高产年", "第二个", value=2, unit="rank", kind="rank", scope="建国以来",
     metric="粮食总产量", metric_alts=GRAIN, modality="forecast", **Y81_D,
     note="第二个高产年 → the 1981 harvest ranks second among the years since 1949: rank 2, "
          "scope 建国以来 (the span keeps ordinal + classifier, as 第五个 in other golds); part "
          "of the estimate 粮食总产量预计可以… → forecast; 今年 (尽管今年不少地区…) governs; "
          "接近１９７９年的水平 names no number")
OIL_STREAK = ["油料连续大增产年数", "油料连续增产年数", "油料连续增产", "连续大增产",
              "油料增产持续时间", "连续增产年数", "油料"]
fact("在连续三年大增产的基础上", "三年", value=3, unit="year", kind="amount",
     metric="油料连续大增产持续时间", metric_alts=OIL_STREAK,
     period=Y81, period_alts=[P("连续三年", "1978-01-01", "1980-12-31"),
                              P("连续三年", "1979-01-01", "1981-12-31"), null("今年")],
     note="length of the streak of big rises in oil-crop output (连续三年大增产) → 3 year, a "
          "duration fact (as 连续四年增产 in wr_china_1984); 在…的基础上，又增长 places the three "
          "years before 1981 (1978-1980); period: 今年 of the line governs (as the streak's "
          "governing year in wr_china_1984), the streak 1978-1980, the reading that counts "
          "1981 in (1979-1981) and null as alts; " + CNUM)
OIL = ["油料产量", "油料总产量", "油料生产", "油料产量增速"]
fact("又增长１７％左右", "１７％", value=17, unit="%", kind="growth", bound="approx",
     metric="油料", metric_alts=OIL, comparison="yoy", **Y81_D,
     note="左右 → approx (outside the span); the rise of the 1981 oil-crop harvest over 1980 "
          "(the harvest is in; no 预计/将 in its clause → actual, judgement call: the 左右 "
          "marks an estimate, forecast is the other reading); 今年 governs; " + FW)
SUGAR = ["糖料", "糖料总产量", "糖料生产", "糖料产量增速"]
fact("糖料产量将比去年增长１０％以上", "１０％", value=10, unit="%", kind="growth", bound="ge",
     metric="糖料产量", metric_alts=SUGAR, modality="forecast", comparison="yoy", **Y81_D,
     note="以上 → ge (outside the span); 将 → forecast (the cane and beet harvest not yet "
          "in); 比去年 → yoy; 今年 governs; " + FW)
g.neg("一切关心八亿农民", "一切", "pronoun 一切 'all', not a quantity (as wr_china_1982)")
fact("一切关心八亿农民命运", "八亿", value=8e8, unit="count", kind="count", classifier="人",
     metric="农民",
     metric_alts=["农民人数", "农村人口", "农业人口", "农民数量", "全国农民"],
     period=P("今年", "1981-12-31", "1981-12-31"),
     period_alts=[P("今年", REF, REF), Y81, null("今年")],
     note="judgement call: 八亿农民 states the size of the peasant population (about 800 "
          "million; as 14亿多人口 in wr_china_2023_d, not the vague 亿万农民 of wr_china_1985_b) "
          "→ a count, no measure word: 人 implied; a population (a stock) under 今年 → the "
          "instant at the end of 1981 (stock rule), the reference date, the year and null as "
          "alts; " + CNUM)
g.neg("中共十一届三中全会以来", "十一届三中全会", SESSION_NOTE + " (3rd plenum of the 11th CC)")
g.neg("这一切是不可想象的", "一切", "pronoun 一切 'all', not a quantity")

# ==== line 12 (source 13): the floods of 1981 (no numerals) ========================================

# ==== line 13 (source 14): light industry ===========================================================
g.neg("方针和一系列具体措施", "一系列", SERIES_NOTE)
LIGHT = ["轻纺工业总产值", "轻纺工业产值", "轻纺工业", "轻工业总产值", "轻纺工业总产值增速"]
fact("总产值预计比去年增长１２％", "１２％", value=12, unit="%", kind="growth",
     metric="轻纺工业的总产值", metric_alts=LIGHT, modality="forecast", comparison="yoy",
     **Y81_D,
     note="预计 (before the year's end) → forecast; 比去年 → yoy; 今年 (今年轻纺工业的总产值) "
          "governs; " + FW)
DUR = ["耐用消费品生产", "耐用消费品产量", "手表、自行车、缝纫机、电视机、洗衣机、电风扇等耐用消费品的生产",
       "耐用消费品", "耐用消费品的生产增速"]
fact("有的增长了百分之几十", "百分之几十", value=10, unit="%", kind="growth", bound="gt",
     metric="耐用消费品的生产", metric_alts=DUR, comparison="yoy", **Y81_D,
     note="百分之几十 'some tens of per cent' → 10 gt (SPEC §2 数十 → 10 gt; 百分之N → N %); "
          "有的 'some of them': the growth of part of the durables listed (手表、自行车…) over "
          "1980 → yoy; stated as achieved (增长了) → actual; 今年 of the line governs")
g.neg("有的成倍增长", "成倍", "成倍增长 'grew several-fold', a vague multiple with no value "
      "stated, not a fact (as wr_china_2008)")
g.neg("日用百货日益丰富", "百货", "lexicalized 百货 'general merchandise'; 百 is not a "
      "quantity (as 零部件 in wr_china_2003_c)")
g.neg("保持整个工业有一定的发展速度", "一定", "adjective 一定 'a certain (rate)', not a "
      "quantity (as wr_china_1981)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt (held out): lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as fixed by the brief. "
    "The report is Zhao Ziyang's 当前的经济形势和今后经济建设的方针; the excerpt opens it: the "
    "preamble after the salutation (time since the 3rd session of the 5th NPC, six reports to "
    "the Standing Committee, the agenda), the outline of the three parts, and part （一）当前的"
    "经济形势 (heading at source line 4) up to its paragraph on light industry — the review of "
    "the current year 1981 (the report was delivered in its last month; estimates with 预计, "
    "将, 可以) with a look back at the fiscal crisis of 1979-1980 and the decisions of late 1980 "
    "and early 1981: the outcome (工农业生产总值 +３％以上), the deficit 170 → 127 → 27亿元, "
    "prices, farming (grain second-best year, oil crops +１７％左右 after 连续三年 of rises, sugar "
    "crops +１０％以上, 八亿农民), the 1981 floods, light industry (+１２％, some durables +百分之"
    "几十). Lines 19-28 of the report are annotated in wr_china_1981 (held out; no overlap). "
    "Numerals: Chinese (六次, 一百七十亿元, 八亿) and full-width digits (３％, １２％, years "
    "１９７９年); spans keep the text, values are the numbers written. Title: the corpus meta "
    "title (no title line in the source), title_in_text=False. Date: 1981-11-30, the day the "
    "report was delivered at the 4th session of the 5th NPC (general knowledge, as "
    "wr_china_1981; the shared meta gives only the year 1981); the text fits it: 从去年９月第五届"
    "全国人民代表大会第三次会议到现在，已经过去了一年零两个月 (September 1980 + 14 months = "
    "November 1981), 根据前十一个月的实绩. Place: national report → 中国 (alts 我国/全国/中华人民"
    "共和国; 国家/国家财政/中央政府/国务院 for the government's own figures: the deficit, the "
    "reports, the elapsed time). Periods: each line is a paragraph and each number takes the "
    "last period expression before it: 从去年９月…到现在 / 在这段时间里 → 1980-09-01..1981-11-30 "
    "(elapsed time, six reports; the instant REF and null as alts); １９８１年 → 1981 (the "
    "deficit foreseen in 1980); 今年 → 1981 (output +３％以上, farming, light industry); the "
    "deficit series dates each value (1979, 1980, 今年 = 1981; SPEC §4); 连续三年 → the "
    "governing year 1981 (the streak 1978-1980 as alt, as wr_china_1984); 八亿农民 → instant "
    "1981-12-31 (a population stock; REF, the year, null as alts). Modality: forecast for the "
    "estimates before the year's end (将比上年增长３％以上, 预计降低到今年的二十七亿元, 粮食…预计 → "
    "第二个高产年, 糖料将…增长１０％以上, 轻纺工业预计…增长１２％) and for the conditional deficit "
    "一百几十亿元 foreseen in 1980; actual for the 1979/1980 deficits, the oil-crop rise, the "
    "durables' rise, the reports, the elapsed time, the streak and the population. "
    "Comparisons: yoy for 比上年/比去年 and the other growth of the year; the basis 接近１９７９"
    "年的水平 is no period. Units: 亿元 ×1e8; 一年零两个月 → 14/12 year; 百分之几十 → 10 % gt; "
    "一百几十亿元 → 100亿元 gt; 第二个 → rank 2 (scope 建国以来); 八亿 → count 8e8 (人). "
    "Judgement calls: 一年零两个月 → a duration fact (not only a period); 一百几十亿元 → 1e10 gt "
    "(1.1e10 gt the other value); 八亿农民 → a population count; 连续三年 → a duration fact; "
    "油料 又增长１７％左右 → actual (no modal word); 百分之几十 → one growth fact for 'some' of "
    "the durables; 成倍 → negative (no value); 两年 in １９７９、１９８０两年 → part of the period "
    "negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 (×7), 一些, 统一 (集中统一). Known false alarms of the "
    "shared check_gold.py: it reads 一年零两个月 as 1, 一百几十亿元 as 100 (without 亿) and "
    "百分之几十 as 100; czfacts check-gold accepts them.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
