"""Gold annotations for wr_china_2006_c (2006年中华人民共和国国务院政府工作报告: the explanation of the
draft 11th Five-Year Plan outline — its drafting, the 十五 results, the 十一五 goals), lines
101-120 of shared/texts/work_report/wr_china_2006.txt.

The excerpt corpora/wr_china_2006_c.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped; the line range is given by the brief (a run of whole lines, as
unseen test excerpts are cut).  It lies in part 三、关于《国民经济和社会发展第十一个五年规划纲要
（草案）》的说明 (heading on source line 98, outside the excerpt): the body of subsection （一）
编制过程和主要特点 (its heading is source line 100), subsection （二）“十五”期间国民经济和社会发展
主要情况 in full (the review of 2001-2005: GDP, trade, FDI, incomes, jobs), subsection （三） on
the guiding principles and main goals of 十一五 (GDP growth 7.5% a year, energy intensity −20%,
pollutants −10%) and the heading of （四）.  Lines 2-19 are wr_china_2006 and lines 20-33
wr_china_2006_b (no overlap).  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2006_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2006_c"
SOURCE_ID = "wr_china_2006"
PLACE = "中国"
REF = "2006-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 101, 120                  # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2006年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2006)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="党中央、国务院对制定“十一五”规划工作高度重视。",
                 ends="（四）“十一五”时期的战略重点和主要任务")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label (SPEC §1 十四五), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
DRAFT = CN + ["《纲要（草案）》", "纲要（草案）", "“十一五”规划纲要（草案）", "“十一五”规划",
              "国民经济和社会发展第十一个五年规划纲要（草案）"]


fact = g.with_subject(PLACE, CN)


def goal(ctx, target, **kw):
    kw.setdefault("modality", "target")
    fact(ctx, target, **kw)


# ---- periods (reference date 2006-03-05; 去年 = 2005, 今年 = 2006) ---------------------------
# Lines 1-5 (source 101-105): subsection （一） on how the draft was made.  No period governs
# it (it is neither a review year nor a plan period); 早在2003年7月 dates the start of the
# preparations (no number after it).  Its two facts (the draft's 两大类 of indicators, the
# census that took 两年多) → period null (SPEC §4), actual.
# Lines 6-12 (source 106-112): subsection （二） reviews the 10th Five-Year Plan: heading
# “十五”期间 = 2001-01-01..2005-12-31; each paragraph opens with 五年来 / 五年间 (explicit, the
# same span), which governs its line (as wr_china_2016_b 过去五年, wr_china_2001 for 九五):
#   - 年均 growth, five-year totals (城镇新增就业, 累计 FDI) and growth over the five years
#     (收入分别实际增长, 进出口增长两倍) → the span, null as alt (and the year 2005, the level
#     compared, as a further alt for the changes 2005/2000; the end instant for the 累计 FDI);
#   - 2005年与2000年相比，国内生产总值增长57.3% → a 2005 level over a named base year: the year
#     of the level compared (2005, explicit before it), the span and null as alts (as
#     wr_china_2001 分别比1995年增长); the 年均增长9.5% after it keeps the span (the literal
#     2005 and null as alts, as wr_china_2001 平均每年增长).
#   Modality actual.
# Lines 13-19 (source 113-119): subsection （三）, the goals of 十一五 (2006-2010), modality
# target: 今后五年 (line 17) and “十一五” / “十一五”期间 before the numbers (lines 17, 19) are
# explicit (2006-01-01..2010-12-31); 2010年人均国内生产总值比2000年翻一番 → the year 2010 (a
# flow-based level to be reached, as wr_china_2016_b LVL20_FLOW), its instant, the plan span
# and null as alts.
R5 = "五年来"
SPAN = P(R5, "2001-01-01", "2005-12-31")
Y05 = P("2005年", "2005-01-01", "2005-12-31")
SPAN_NOTE = "五年来 (= the 十五 period 2001-2005, heading “十五”期间) at the head of the line governs"
N5 = P("今后五年", "2006-01-01", "2010-12-31")
S11 = P("十一五", "2006-01-01", "2010-12-31")
S11Q = P("“十一五”期间", "2006-01-01", "2010-12-31")
Y10 = P("2010年", "2010-01-01", "2010-12-31")
Y10_END = P("2010年", "2010-12-31", "2010-12-31")
GDP = ["GDP", "生产总值", "经济增长", "国内生产总值增长", "经济增速", "国内生产总值年均增长",
       "国内生产总值年均增速", "经济年均增速"]

# ==== line 1 (source 101): drafting began =========================================================
g.neg("对制定“十一五”规划", "十一五", PLAN_LABEL)
g.neg("早在2003年7月", "2003年7月", PERIOD_NOTE + " (the month the preparations began; no "
      "number after it in its line)")

# ==== line 2 (source 102) =========================================================================
g.neg("党的十六届五中全会", "十六届五中全会", "plenum label (SPEC §1 二十届三中全会)")
g.neg("深入研究和编制“十一五”规划", "十一五", PLAN_LABEL)
g.neg("形式的为“十一五”规划", "十一五", PLAN_LABEL)

# ==== line 3 (source 103) =========================================================================
g.neg("突出了“五个统筹”", "五个统筹", LABEL_NOTE + " (“五个统筹”, the five balances; as "
      "wr_china_2006_b)")

# ==== line 4 (source 104): 两大类 of indicators ====================================================
fact("分为预期性和约束性两大类", "两大类", value=2, unit="count", kind="count", classifier="类",
     metric="规划指标类别",
     metric_alts=["规划指标", "规划指标分类", "“十一五”规划指标类别", "指标类别", "规划指标类别数量",
                  "《纲要（草案）》规划指标类别"],
     subject_alts=DRAFT, period=None, period_alts=[P("十一五", "2006-01-01", "2010-12-31")],
     note="judgement call: 分为预期性和约束性两大类 'divided into two major classes' (named "
          "before it) read as a count (2, 类; 大 inside the span), as 两大类别 in "
          "wr_sichuan_2025_d, not an N大 set label; the draft's make-up as it stands → actual; "
          "no period governs subsection （一） → null, the plan period 2006-2010 as alt; the "
          "country keeps the subject, the draft outline as alt")

# ==== line 5 (source 105): the census ==============================================================
g.neg("以第一次全国经济普查", "第一次", "edition label of the census (第一次全国经济普查), not a "
      "count or rank (as 第五次全国经济普查 in wr_guangdong_2025)")
fact("历时两年多的经济普查", "两年多", value=2, unit="year", kind="amount", bound="gt",
     metric="经济普查工作历时",
     metric_alts=["经济普查历时", "第一次全国经济普查历时", "经济普查工作持续时间",
                  "经济普查持续时间", "经济普查工作时长", "历时"],
     period=None,
     note="judgement call: 历时两年多 'lasting more than two years' read as the duration of the "
          "census work (unit year, as the streak lengths 连续3年 in wr_yunnan_2025); 多 inside "
          "the span → gt; actual; no period governs subsection （一） → null")
g.neg("数据制定“十一五”规划", "十一五", PLAN_LABEL)
g.neg("和三次产业的比重", "三次产业", "term 三次产业 'the three sectors'; 三次 is not a count of "
      "times (as cm_qiandongnan_2016_b)")

# ==== line 6 (source 106): heading （二） ==========================================================
g.neg("（二）“十五”期间", "（二）", MARKER_NOTE)
g.neg("（二）“十五”期间", "十五", PLAN_LABEL + " (heading: the plan period 2001-2005 reviewed "
      "by the subsection)")

# ==== line 7 (source 107): 过去五年… (no facts) ===================================================
g.neg("过去五年，是我国", "过去五年", PERIOD_NOTE + " (2001-2005; no number in its line)")
g.neg("很不平凡的五年", "五年", "the five years 2001-2005 named again ('an extraordinary five "
      "years'), a period, not a duration fact")
g.neg("与时俱进的五年", "五年", "the five years 2001-2005 named again, a period, not a "
      "duration fact")
g.neg("跃上一个新台阶", "一个", "indefinite article 一个 (跃上一个新台阶, idiom)")

# ==== line 8 (source 108): 经济实力 ================================================================
g.neg("五年来，我国经济实力", "五年来", PERIOD_NOTE + " (the 十五 period 2001-2005; governs the "
      "line until 2005年 replaces it)")
g.neg("2005年与2000年相比", "2005年", PERIOD_NOTE + " (the year of the level compared; governs "
      "the 57.3%)")
g.neg("2005年与2000年相比", "2000年", "comparison basis 与2000年相比 (a year, not a quantity); "
      "becomes `comparison`, not a period")
fact("国内生产总值增长57.3%", "57.3%", value=57.3, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["国内生产总值比2000年增长"],
     comparison="比2000年", period=Y05, period_alts=[P("2005年", "2001-01-01", "2005-12-31"),
                                                  null("2005年")],
     note="growth of the 2005 level over 2000 (comparison = the surface basis 与2000年相比, "
          "written 比2000年): period the year of the level compared (2005, explicit before it), "
          "the 十五 span and null as alts (as wr_china_2001 分别比1995年增长)")
fact("年均增长9.5%", "9.5%", value=9.5, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP, comparison="年均", period=SPAN, period_alts=[Y05, null(R5)],
     note="average annual growth over 2001-2005 (comparison = the surface basis 年均, as "
          "wr_china_2016_b); judgement call: the span of the line's 五年来 is gold although "
          "2005年 literally precedes it (that reading and null as alts, as wr_china_2001 "
          "平均每年增长)")
g.neg("新开工一大批", "一大批", "quantifier 一大批 (SPEC §1)")

# ==== line 9 (source 109): 改革开放 ================================================================
g.neg("五年来，改革开放", "五年来", PERIOD_NOTE + " (2001-2005; 五年间 restates it before the "
      "numbers)")
g.neg("五年间，进出口", "五年间", PERIOD_NOTE + " (the five years 2001-2005; governs the rest "
      "of the line)")
G5 = P("五年间", "2001-01-01", "2005-12-31")
TRADE = ["进出口总额", "外贸进出口总额", "对外贸易总额", "进出口", "进出口贸易额",
         "进出口贸易总额增长倍数"]
fact("贸易总额增长两倍", "两倍", value=2, unit="times", kind="ratio", metric="进出口贸易总额",
     metric_alts=TRADE, period=G5,
     period_alts=[null("五年间"), P("五年间", "2005-01-01", "2005-12-31")],
     note="增长N倍 → ratio as written, 2 times, comparison null (as wr_china_2004 增长近两倍, "
          "wr_china_2018_b 增加两倍; the basis 2000 is implied); over the five years (五年间 "
          "governs), null and the year 2005 (the level compared) as alts")
FDI = ["实际利用外商直接投资累计", "实际使用外商直接投资", "外商直接投资", "实际利用外资",
       "累计实际利用外商直接投资", "利用外商直接投资"]
fact("累计达到2740.8亿美元", "2740.8亿美元", value=2740.8e8, unit="USD", kind="amount",
     metric="实际利用外商直接投资", metric_alts=FDI, period=G5,
     period_alts=[null("五年间"), P("五年间", "2005-12-31", "2005-12-31")],
     note="达到 → eq; 亿美元 → USD; 累计 = the total of the five years 2001-2005 (五年间 "
          "governs; a cumulative flow, as wr_china_2001 五年累计实际利用外资); the stock reading "
          "(instant 2005-12-31) and null as alts")
g.neg("一批有竞争力", "一批", "quantifier 一批")

# ==== line 10 (source 110): 人民生活 ================================================================
g.neg("五年来，人民生活", "五年来", PERIOD_NOTE + " (2001-2005; governs the line)")
INC_NOTE = ("分别 pairs the two incomes with the values in list order; 实际 = real terms; growth "
            "over the five years (the 2005 level against 2000; basis not written → comparison "
            "比2000年, judgement call as 比2010年 in wr_china_2016_b); " + SPAN_NOTE + "; null "
            "and the year 2005 (the level compared) as alts")
fact("分别实际增长58.3%", "58.3%", value=58.3, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇居民收入", "城镇居民人均可支配收入实际增长", "人均可支配收入",
                  "城镇居民人均可支配收入增长"],
     comparison="比2000年", period=SPAN, period_alts=[null(R5), P(R5, "2005-01-01", "2005-12-31")],
     note=INC_NOTE)
fact("58.3%和29.2%", "29.2%", value=29.2, unit="%", kind="growth",
     metric="农村居民人均纯收入",
     metric_alts=["农民人均纯收入", "农村居民收入", "农村居民人均纯收入实际增长",
                  "农村居民人均纯收入增长"],
     comparison="比2000年", period=SPAN, period_alts=[null(R5), P(R5, "2005-01-01", "2005-12-31")],
     note=INC_NOTE)
fact("城镇新增就业4200万人", "4200万人", value=4200e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人口", "城镇新增就业累计"],
     period=SPAN, period_alts=[null(R5)],
     note="the total of the five years (as wr_china_2016_b 城镇新增就业人数超过6400万人); "
          + SPAN_NOTE)
g.neg("。五年来，社会主义", "五年来", PERIOD_NOTE + " (2001-2005; no number after it)")

# ==== line 11 (source 111): no numerals ===========================================================

# ==== line 12 (source 112): problems of 十五 (no facts) =============================================
g.neg("“十五”时期经济社会", "十五", PLAN_LABEL)

# ==== line 13 (source 113): heading （三） ==========================================================
g.neg("（三）“十一五”时期", "（三）", MARKER_NOTE)
g.neg("（三）“十一五”时期", "十一五", PLAN_LABEL + " (heading: the plan period 2006-2010)")

# ==== line 14 (source 114) (no facts) ===============================================================
g.neg("“十一五”时期是全面", "十一五", PLAN_LABEL)
g.neg("未来五年国际环境", "未来五年", PERIOD_NOTE + " (2006-2010; no number in its line)")

# ==== line 15 (source 115): principles (no numerals) ================================================

# ==== line 16 (source 116) ==========================================================================
g.neg("提出了“十一五”时期", "十一五", PLAN_LABEL)
g.neg("其中两个方面", "两个", "discourse count of the points about to be explained (一是, 二是), "
      "not a measured quantity (as 六个方面 in wr_china_2016_b)")

# ==== line 17 (source 117): 一是 economic growth ====================================================
g.neg("一是关于经济增长", "一是", MARKER_NOTE)
g.neg("提出，今后五年", "今后五年", PERIOD_NOTE + " (2006-2010; governs the 7.5%)")
goal("国内生产总值年均增长7.5%", "7.5%", value=7.5, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP, comparison="年均", period=N5,
     period_alts=[null("今后五年")],
     note="the plan's goal (《纲要（草案）》提出) → target; average annual growth over 2006-2010 "
          "(今后五年 explicit before it; comparison 年均)")
g.neg("新近公布的第一次", "第一次", "edition label of the census (第一次全国经济普查), not a "
      "count or rank")
g.neg("数据和2005年经济增长", "2005年", PERIOD_NOTE + " (2005; no number after it in its "
      "clause)")
g.neg("，“十五”期间国内", "十五", PLAN_LABEL + " (“十五”期间 = 2001-2005; no number in its "
      "clause)")
goal("“十一五”年均增长7.5%", "7.5%", value=7.5, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["“十一五”年均增长", "十一五年均增长"],
     comparison="年均", period=S11, period_alts=[null("十一五")],
     note="the same goal restated (one quantity mention, one fact): the elided head 国内生产总值 "
          "restored (README §3); “十一五” right before it (2006-2010, explicit); target")
g.neg("，“十一五”年均", "十一五", PLAN_LABEL + " (“十一五” = 2006-2010: the period of the "
      "7.5% after it)")
g.neg("提出的2010年人均", "2010年", PERIOD_NOTE + " (the target year of 翻一番)")
g.neg("比2000年翻一番", "2000年", "comparison basis 比2000年 of 翻一番 (a year, not a quantity); "
      "not the period of the fact")
goal("比2000年翻一番", "翻一番", value=2, unit="times", kind="ratio",
     metric="人均国内生产总值",
     metric_alts=["人均GDP", "人均国内生产总值翻一番", "人均国内生产总值比2000年",
                  "人均国内生产总值增长倍数", "人均生产总值"],
     period=Y10, period_alts=[Y10_END, P("2010年", "2006-01-01", "2010-12-31"), null("2010年")],
     note="翻一番 'double' → the 2010 level 2 times that of 2000: a multiple, kind ratio (as "
          "wr_china_2016_b; the span keeps 翻); the requirement of the central 《建议》 → target; "
          "comparison null (ratio facts carry none; the basis 2000 in the alts); a flow-based "
          "level to be reached in 2010 (2010年 before it): the year 2010, its instant, the plan "
          "span and null as alts (as wr_china_2016_b). Known false alarm: the shared "
          "check_gold.py reads 翻一番 as 1")

# ==== line 18 (source 118): no numerals =============================================================

# ==== line 19 (source 119): 二是 energy and environment =============================================
g.neg("二是关于节能", "二是", MARKER_NOTE)
g.neg("提出了“十一五”期间", "十一五", PLAN_LABEL + " (“十一五”期间 = 2006-2010: governs the "
      "two goals after it)")
CUT_NOTE = ("the plan's binding goal for 2006-2010 (“十一五”期间 explicit before it) → target; "
            "a cut → negative growth; basis not written: the 2005 level before the plan → "
            "comparison 比2005年 (judgement call, as 比2010年 in wr_china_2016_b / wr_china_2011_b)")
goal("能源消耗降低20%左右", "20%", value=-20, unit="%", kind="growth", bound="approx",
     metric="单位国内生产总值能源消耗",
     metric_alts=["单位国内生产总值能耗", "单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
                  "单位GDP能源消耗"],
     comparison="比2005年", period=S11Q, period_alts=[null("“十一五”期间")],
     note="左右 → approx (outside the span); " + CUT_NOTE)
goal("排放总量减少10%", "10%", value=-10, unit="%", kind="growth",
     metric="主要污染物排放总量",
     metric_alts=["主要污染物排放量", "主要污染物排放", "污染物排放总量", "主要污染物"],
     comparison="比2005年", period=S11Q, period_alts=[null("“十一五”期间")],
     note="no bound word → eq; " + CUT_NOTE)
g.neg("实现这一目标", "一", "demonstrative 这一 'this (goal)', not a quantity (as "
      "nw_cctv_20180118_china_2017)")

# ==== line 20 (source 120): heading （四） ==========================================================
g.neg("（四）“十一五”时期", "（四）", MARKER_NOTE)
g.neg("（四）“十一五”时期", "十一五", PLAN_LABEL)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明 (heading on "
    "source line 98, outside the excerpt) — the body of subsection （一） 编制过程和主要特点 "
    "(heading on source line 100), subsection （二） “十五”期间国民经济和社会发展主要情况 (the "
    "review of 2001-2005), subsection （三） on the guiding principles and main goals of "
    "十一五 (2006-2010) and the heading of （四）. Lines 2-19 are wr_china_2006 and lines 20-33 "
    "wr_china_2006_b (no overlap). The source has no title line; the title is the corpus meta "
    "title (title_in_text=False). Date: 2006-03-05, the corpus meta date: the opening day of "
    "the 4th session of the 10th NPC, on which the Premier delivered the report (the "
    "Wikisource text has no date line); nothing in the excerpt contradicts it (十五 reviewed "
    "to 2005, 十一五 goals from 2006). Place: national report → 中国 (alts 我国/全国/中华人民共和国; "
    "the draft outline as subject alt of its 两大类). Periods: subsection （一） has no period "
    "(两大类, 两年多 → null); the 十五 review lines open with 五年来 / 五年间 (= 2001-2005, "
    "explicit): 年均 growth, five-year totals and changes over the five years → the span (null "
    "and, for changes, the year 2005 as alts); 2005年与2000年相比…增长57.3% → the year 2005 (span "
    "and null as alts). 十一五 goals: 今后五年 / “十一五” / “十一五”期间 before the numbers → "
    "2006-2010 (null as alt); 2010年…翻一番 → the year 2010 (instant, span, null as alts). "
    "Modality: actual in （一） and （二）, target in （三）. Comparisons: 年均 (9.5%, 7.5% ×2), "
    "比2000年 (57.3% explicit; 58.3% / 29.2% basis implied), 比2005年 for the 十一五 cuts (basis "
    "implied); ratios carry none. Bounds: 多 → gt (两年多); 左右 → approx (20%). Units: "
    "亿美元 → USD; 两倍 / 翻一番 → times; 两年多 → year. Judgement calls: 两大类 (of plan "
    "indicators) → a count, not a set label; 历时两年多 → a duration fact of the census (gt); "
    "“十一五”年均增长7.5% → a second fact (restated goal, metric restored); 增长两倍 → ratio 2 "
    "as written; 累计达到2740.8亿美元 → the five-year span (stock instant as alt); the year "
    "2005 vs the span for changes over the five years; 其中两个方面 → discourse count "
    "(negative). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 单位 (单位国内生产总值能源消耗), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
