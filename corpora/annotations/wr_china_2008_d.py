"""Gold annotations for wr_china_2008_d (2008年中华人民共和国国务院政府工作报告, the 2008 tasks for
health, population, jobs, incomes and social security), lines 95-101 of
shared/texts/work_report/wr_china_2008.txt.

The excerpt corpora/wr_china_2008_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut).  It lies in the
plan for 2008 — part 二、2008年主要任务 (heading at source line 61, outside), task （六） 更加注重
社会建设，着力保障和改善民生 (heading at source line 93, outside) — from its second paragraph
on: 推进卫生事业改革和发展 (four tasks: urban residents' medical insurance in 50%以上 of cities,
the rural cooperative scheme's funding standard 50元 → 100元 and subsidy 40元 → 80元 in two
years, 832亿元 / +167亿元), the medical reform plan, population, the elderly, 努力扩大就业,
增加城乡居民收入 (pensions raised for three more years from 1 January) and 完善社会保障体系
(2762亿元 / +458亿元).  Other excerpts of this report: wr_china_2008 (28-36), wr_china_2008_b
(6-20), wr_china_2008_c (55-71); no overlap.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2008_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2008_d"
SOURCE_ID = "wr_china_2008"
PLACE = "中国"
REF = "2008-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 95, 101                   # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2008年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2008)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推进卫生事业改革和发展。",
                 ends="是全面建设小康社会的一项重大任务。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / N要), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
DISCOURSE_NOTE = ("discourse count of the points enumerated after it ({}), not a quantity "
                  "claim (as 今年重点抓好五件事 in wr_china_2009_d, 以下九个方面 in wr_china_2008_c)")
ARTICLE_NOTE = "一 + classifier used as an article (README §2), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending/standard: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2008_c / wr_china_2009_d)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2008-03-05; 去年/上年 = 2007, 今年 = 2008) -----------------------
# The excerpt lies in part 二、2008年主要任务 (source line 61, outside the excerpt): the plan for
# 2008 → modality target.  A line is a paragraph; a period governs the clauses after it in its
# line only (SPEC §4).  Lines without a period before a number take the section frame
# 2008-01-01..2008-12-31, period text 今年 (the excerpt's own word for the plan year, lines 1,
# 6 and 7; as wr_china_2009_d / wr_china_2010_d), the null reading in period_alts.  Explicit:
#   - line 1 (source 95): the figures before 今年中央财政将安排… take the frame: 50%以上 (a
#     coverage to be reached: the year with the end instant as alt, as wr_china_2009_d);
#     用两年时间 (a duration fact, the time limit of the goal, as 用三年时间 in wr_china_2007_b)
#     sets the window 2008-2009 of the from/to pairs 由每人每年50元提高到100元 / 由40元提高到80元:
#     the start is the standard in force before the plan (2007, actual, as the start of
#     从39亿元增加到96亿元 in wr_china_2009_d), the end the standard at the end of the two years
#     (2009, target); the frame 2008 (the mechanical SPEC §4 reading), the window and null are
#     alts (judgement call).  Then 今年 (2008) governs 832亿元 / +167亿元.
#   - line 6 (source 100): 从今年1月1日起，再连续三年 → the three years 2008-01-01..2010-12-31
#     for the duration 三年 (the streak to come, as 连续N年 in wr_china_2007), alts the frame
#     year, the open span from 2008-01-01 and null.
#   - line 7 (source 101): 今年中央财政将安排2762亿元 → 2008.
# 上年 after 比 is the basis of an absolute change (comparison null on amount facts).
YT = "今年"
T08 = P(YT, "2008-01-01", "2008-12-31")
T08_NULL = null(YT)
T08_END = P(YT, "2008-12-31", "2008-12-31")
PLAN = dict(period=T08, period_alts=[T08_NULL])
PLAN_LEVEL = dict(period=T08, period_alts=[T08_NULL, T08_END])
EXPL = dict(period=T08)
PLAN_NOTE = ("task for 2008 → target; no period before it in its line: section frame of part "
             "二、2008年主要任务 (outside the excerpt), period text 今年, null as alt")
T_NOTE = "今年 (= 2008) stands before it in its line and governs it"
W2 = "两年"
BEFORE = dict(period=P(W2, "2007-01-01", "2007-12-31"),
              period_alts=[T08, P(W2, "2008-01-01", "2008-01-01"), T08_NULL])
AFTER = dict(period=P(W2, "2009-01-01", "2009-12-31"),
             period_alts=[P(W2, "2008-01-01", "2009-12-31"), T08, P(W2, "2009-12-31", "2009-12-31"),
                          T08_NULL])
PAIR_NOTE = ("{which} of the from/to pair under 用两年时间 (no year written): {what} — judgement "
             "call on the period: {gold}; the frame 2008 (the mechanical SPEC §4 reading) and "
             "null as alts")

# ==== line 1 (source 95): 推进卫生事业改革和发展 — the four tasks ======================================
g.neg("重点抓好四件事", "四件", DISCOURSE_NOTE.format("一是…四是"))
g.neg("一是加快建设覆盖城乡", "一是", MARKER_NOTE)
URBI = ["城镇居民基本医疗保险试点城市占全国城市比重", "城镇居民基本医疗保险试点范围",
        "城镇居民基本医疗保险试点城市比重", "城镇居民医保试点城市占比", "试点城市占比",
        "城镇居民基本医疗保险试点城市比例", "试点范围", "城镇居民基本医疗保险覆盖城市比例"]
fact("扩大到全国50%以上的城市", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="城镇居民基本医疗保险试点城市占全国城市比重", metric_alts=URBI[1:], **PLAN_LEVEL,
     note="以上 → ge (outside the span); the share of the country's cities the pilot is to "
          "cover (要扩大到); a coverage to be reached within the year: the year, the end instant "
          "as a further alt (as wr_china_2009_d); " + PLAN_NOTE)
fact("用两年时间将筹资标准", "两年", value=2, unit="year", kind="amount",
     metric="新型农村合作医疗筹资标准提高期限",
     metric_alts=["筹资标准提高期限", "提高筹资标准所用时间", "新型农村合作医疗筹资标准提高时间",
                  "提高筹资标准期限", "筹资标准提高用时", "新农合筹资标准提高期限"],
     period=T08, period_alts=[P(W2, "2008-01-01", "2009-12-31"), T08_NULL],
     note="judgement call: the time limit of the goal (用两年时间…提高到…) → a duration as a "
          "designed attribute of the plan, unit year, target (as 用三年时间 in wr_china_2007_b); "
          "the period reading of 两年 (a negative) is the alternative; " + PLAN_NOTE + "; the "
          "window 2008-2009 as a further alt")
FUND = ["筹资标准", "新农合筹资标准", "新型农村合作医疗人均筹资标准",
        "新型农村合作医疗每人每年筹资标准", "每人每年筹资标准", "人均筹资标准",
        "新型农村合作医疗筹资水平"]
fact("由每人每年50元", "50元", value=50, unit="CNY", kind="amount",
     metric="新型农村合作医疗筹资标准", metric_alts=FUND, modality="actual", **BEFORE,
     note="每人每年 is the rate of the standard (kept in the metric alts, SPEC §3); "
          + PAIR_NOTE.format(which="start", what="the standard in force before the plan → "
                                                  "actual",
                             gold="the year before the window (2007; alts the frame 2008 and "
                                  "the window's start instant)"))
fact("提高到100元", "100元", value=100, unit="CNY", kind="amount",
     metric="新型农村合作医疗筹资标准", metric_alts=FUND, **AFTER,
     note="提高到 names the new level (not an increment) → target; "
          + PAIR_NOTE.format(which="end", what="the standard to be reached",
                             gold="the year in which the two years end (2009; alts the window "
                                  "2008-2009, the frame 2008, the end instant)"))
SUBS = ["中央和地方财政对参合农民的补助标准", "参合农民补助标准", "财政补助标准", "补助标准",
        "新型农村合作医疗财政补助标准", "新农合财政补助标准", "财政对参合农民的补助标准",
        "中央和地方财政补助标准"]
SUBS_SUBJ = GOV + CN + ["中央和地方财政", "各级财政"]
fact("由40元提高到80元", "40元", value=40, unit="CNY", kind="amount",
     metric="财政对参合农民的补助标准", metric_alts=SUBS, subject_alts=SUBS_SUBJ,
     modality="actual", **BEFORE,
     note="其中: the government part of the funding standard (per farmer per year), paid by "
          "中央和地方财政 → 中国 with the budgets as alts; "
          + PAIR_NOTE.format(which="start", what="the subsidy in force before the plan → actual",
                             gold="2007 (as 50元)"))
fact("提高到80元", "80元", value=80, unit="CNY", kind="amount",
     metric="财政对参合农民的补助标准", metric_alts=SUBS, subject_alts=SUBS_SUBJ, **AFTER,
     note="提高到 → the new level, target; "
          + PAIR_NOTE.format(which="end", what="the subsidy to be reached", gold="2009 (as 100元)"))
g.neg("二是完善公共卫生", "二是", MARKER_NOTE)
g.neg("三是推进城乡医疗", "三是", MARKER_NOTE)
g.neg("农村三级卫生服务网络", "三级", "appositive 三级 (the county, township and village "
      "levels of the rural health network), not a quantity (as wr_china_2007_b)")
g.neg("四是建立国家基本药物", "四是", MARKER_NOTE)
HEALTH = ["中央财政卫生支出", "中央财政医疗卫生支出", "中央财政安排卫生资金",
          "中央财政用于卫生事业的支出", "支持卫生事业改革和发展中央财政资金", "医疗卫生支出",
          "卫生事业支出", "中央财政安排资金", "中央财政卫生投入"]
gov("今年中央财政将安排832亿元", "832亿元", value=832e8, unit="CNY", kind="amount",
    metric="中央财政卫生事业支出", metric_alts=HEALTH, **EXPL,
    note="将安排 → target; the purpose 支持卫生事业改革和发展 (after the figure) names the "
         "spending; " + T_NOTE + "; " + GOV_NOTE)
gov("比上年增加167亿元", "167亿元", value=167e8, unit="CNY", kind="amount",
    metric="中央财政卫生事业支出增量",
    metric_alts=["中央财政卫生事业支出", "中央财政卫生支出增量", "中央财政医疗卫生支出增量",
                 "中央财政卫生支出增加", "卫生事业支出增量", "中央财政卫生事业支出比上年增加"],
    **EXPL,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 比上年 is "
         "no comparison of an amount fact; target; " + T_NOTE)

# ==== line 2 (source 96): 深化医药卫生体制改革 (no fact) ====================================================
g.neg("已经制定一个初步方案", "一个", ARTICLE_NOTE + " ('a preliminary plan')")

# ==== lines 3-4 (source 97-98): population, the elderly (no numeral) ======================================

# ==== line 5 (source 99): 努力扩大就业 (no fact) ===========================================================
g.neg("帮助零就业家庭", "零就业", LABEL_NOTE + " (零就业家庭, households with no member in work: "
      "a category name, as wr_china_2007_b)")
g.neg("是一项极为艰巨的任务", "一项", ARTICLE_NOTE + " ('an extremely arduous task')")
g.neg("用百倍的努力", "百倍", "idiom 百倍的努力 'a hundredfold effort', not a multiple")

# ==== line 6 (source 100): 增加城乡居民收入 =================================================================
g.neg("一是多渠道增加农民收入", "一是", MARKER_NOTE)
g.neg("二是提高企业职工", "二是", MARKER_NOTE)
g.neg("三是从今年1月1日起", "三是", MARKER_NOTE)
g.neg("从今年1月1日起", "今年1月1日", PERIOD_NOTE + " (from 2008-01-01 on; with 再连续三年 it "
      "sets the span 2008-2010 of the duration after it)")
gov("再连续三年进一步提高", "三年", value=3, unit="year", kind="amount",
    metric="提高企业退休人员基本养老金水平持续时间",
    metric_alts=["连续提高企业退休人员基本养老金水平年数", "提高企业退休人员基本养老金持续时间",
                 "企业退休人员基本养老金连续提高年数", "连续提高基本养老金", "基本养老金提高持续时间",
                 "企业退休人员基本养老金", "连续提高年数"],
    period=P("今年1月1日起", "2008-01-01", "2010-12-31"),
    period_alts=[T08, P("今年1月1日起", "2008-01-01", None), null("今年1月1日起")],
    note="length of the streak to come (再连续三年 'three more years in a row'), a duration, "
         "unit year (as the streaks 连续N年 of wr_china_2007), target; the state sets the "
         "pension rises → " + GOV_NOTE + "; period: 从今年1月1日起 with the three years → "
         "2008-01-01..2010-12-31 (gold), the frame year 2008, the open span from 2008-01-01 "
         "and null as alts — judgement call")
g.neg("四是深化公务员", "四是", MARKER_NOTE)
g.neg("五是落实职工带薪", "五是", MARKER_NOTE)

# ==== line 7 (source 101): 完善社会保障体系 =================================================================
g.neg("一要做好社会保险", "一要", MARKER_NOTE)
g.neg("二要推进社会保险", "二要", MARKER_NOTE)
g.neg("三要采取多种方式", "三要", MARKER_NOTE)
g.neg("四要健全社会救助", "四要", MARKER_NOTE)
SOC = ["中央财政社会保障资金", "中央财政社会保障支出规模", "社会保障支出", "中央财政安排社会保障资金",
       "中央财政用于社会保障的支出", "社会保障体系建设中央财政资金", "中央财政安排资金",
       "中央财政社会保障投入"]
gov("今年中央财政将安排2762亿元", "2762亿元", value=2762e8, unit="CNY", kind="amount",
    metric="中央财政社会保障支出", metric_alts=SOC, **EXPL,
    note="将安排 → target; 为加快社会保障体系建设 (before it) names the spending; " + T_NOTE
         + "; " + GOV_NOTE)
gov("比上年增加458亿元", "458亿元", value=458e8, unit="CNY", kind="amount",
    metric="中央财政社会保障支出增量",
    metric_alts=["中央财政社会保障支出", "社会保障支出增量", "中央财政社会保障支出增加",
                 "中央财政社会保障资金增量", "中央财政社会保障支出比上年增加"],
    **EXPL,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 比上年 is "
         "no comparison of an amount fact; target; " + T_NOTE)
g.neg("社会的一项重大任务", "一项", ARTICLE_NOTE + " ('a major task')")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines, not moved). Part of the document: the plan for 2008 — "
    "part 二、2008年主要任务 (heading, source line 61, outside), task （六） 更加注重社会建设，着力"
    "保障和改善民生 (heading, source line 93, outside) from its second paragraph: 推进卫生事业改革"
    "和发展 (the four tasks; urban residents' medical insurance pilots in 50%以上 of cities; the "
    "rural cooperative scheme's funding standard 50元 → 100元 and the budgets' subsidy 40元 → "
    "80元 per farmer a year within 两年; 832亿元 / +167亿元), the medical reform plan, population, "
    "the elderly, 努力扩大就业 (no figure), 增加城乡居民收入 (pensions raised for 三年 more from 1 "
    "January) and 完善社会保障体系 (2762亿元 / +458亿元). Other excerpts of this report: "
    "wr_china_2008 (28-36), wr_china_2008_b (6-20), wr_china_2008_c (55-71); no overlap. "
    "Title: the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "2008-03-05, the shared meta date: the opening day of the 1st session of the 11th NPC, on "
    "which the Premier delivered the report (the Wikisource text has no dateline); nothing in "
    "the excerpt contradicts it (今年 = 2008, 上年 = 2007; 从今年1月1日起 already past in "
    "March). Place: national report → 中国 (alts 我国/全国/中华人民共和国); central-budget "
    "figures, standards and the pension rises add 中央财政/中央政府/国务院; the subsidy 40/80元 "
    "adds 中央和地方财政. Periods: section frame 2008 (period text 今年, null as alt) for "
    "figures with no period before them in their line (50%, 两年); 今年 explicit before 832亿元 "
    "/ 167亿元 and 2762亿元 / 458亿元; the pairs under 用两年时间 → start 2007 (actual), end 2009 "
    "(target), the frame and null as alts; 从今年1月1日起…连续三年 → 2008-2010 for 三年. "
    "Modality: target throughout (要扩大到, 将…提高到, 将安排, 再连续三年…提高) except the standards "
    "in force before the plan (50元, 40元: actual). Comparisons: none on amounts; absolute "
    "changes 比上年增加 → <level>增量 amounts. Bounds: 以上 → ge (50%). Judgement calls: "
    "两年 (用两年时间) and 三年 (再连续三年) → durations (year) rather than period negatives; "
    "dating of the pairs' ends (2007 / 2009); 50% as a level of the year (end instant as alt); "
    "四件 (事) → discourse negative; 百倍 (的努力) → idiom negative; 三级 → appositive negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 ×2, 进一步 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora; plan for 2008, part "
        "二、2008年主要任务, task （六）)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
