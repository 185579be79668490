"""Gold annotations for wr_china_2007_e (2007年中华人民共和国国务院政府工作报告, the 2007 plan:
investment, real estate, task （二） modern agriculture and the new countryside, and the first
paragraph on energy saving and the environment), lines 48-54 of
shared/texts/work_report/wr_china_2007.txt.  Held out: written into corpora/heldout/.

The excerpt corpora/heldout/wr_china_2007_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut).  It lies in
the plan for 2007 (part 二、2007年工作总体部署 at source line 36 sets the plan year), part
三、促进经济又好又快发展 (heading on source line 42, outside):
  - the last two paragraphs of task （一） 坚持加强和改善宏观调控 (heading on source line 44,
    outside): fixed-asset investment (no figure) and real estate (一是…四是, no figure);
  - task （二） 发展现代农业和推进社会主义新农村建设 in full (heading inside): the five tasks
    (两到三年 for the reservoir repairs, 3200万人 safe drinking water), the four supports
    (central “三农” funds 3917亿元 / +520亿元) and the closing paragraph (no figure);
  - the first paragraph of the energy-saving and environment task (source line 54, 今年要把节能
    降耗…; the source has no heading （三） before it): the 十一五 and 2007 closures of small
    thermal power units and of backward iron and steel capacity.
The review of 2006 is wr_china_2007 (2-19) and wr_china_2007_b (20-29), the plan's opening
wr_china_2007_c (36-47), the social tasks wr_china_2007_d (66-74): no overlap.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2007_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2007_e"
SOURCE_ID = "wr_china_2007"
PLACE = "中国"
REF = "2007-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 48, 54                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2007年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2007)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="保持固定资产投资适度增长",
                 ends="监测体系和考核体系，实行严格的问责制。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / N要 / （N）), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2007_c / wr_china_2007_d)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2007-03-05; 去年/上年 = 2006, 今年 = 2007) -----------------------
# The excerpt lies in the plan for 2007 (part 二、2007年工作总体部署, source line 36, sets the
# plan year) → modality target.  A line is a paragraph; a period governs the clauses after it
# in its line only (SPEC §4).  Lines 1-3 and 6 have no figure.  Every line with figures names
# 今年 (= 2007-01-01..2007-12-31) before its first number:
#   - line 4 (source 51): 今年的“三农”工作 opens the tasks → 2007 for 两到三年 (the time limit of
#     the reservoir programme set now; the programme's own span 2007-2009 and null as alts)
#     and 3200万人 (今年再解决 restates it, explicit);
#   - line 5 (source 52): 今年财政支农投入的增量… before 3917亿元 / +520亿元 (去年 after 比 is a
#     basis, no period);
#   - line 7 (source 54): 今年要把节能降耗… opens the line; “十一五”期间 (2006-01-01..
#     2010-12-31) replaces it for 5000万千瓦; 今年 comes back for 1000万千瓦; 五年 (the five years
#     of the 十一五 just named, 2006-2010) replaces it for 1亿吨 / 5500万吨; 今年 again for
#     3000万吨 / 3500万吨.
T07 = P("今年", "2007-01-01", "2007-12-31")
Y07 = dict(period=T07)
T_NOTE = "今年 (= 2007) stands before it in its line and governs it"
S11 = P("“十一五”期间", "2006-01-01", "2010-12-31")
FIVE = P("五年", "2006-01-01", "2010-12-31")

# ==== line 1 (source 48): fixed-asset investment — no numeral ========================================

# ==== line 2 (source 49): real estate — no figure ====================================================
g.neg("一是从我国人多地少", "一是", MARKER_NOTE + " (一是…四是 enumerating the housing policy)")
g.neg("二是房地产业应重点", "二是", MARKER_NOTE)
g.neg("三是正确运用政府调控", "三是", MARKER_NOTE)
g.neg("和市场机制两个手段", "两个", "appositive 两个 restating the two named means (政府调控和"
      "市场机制两个手段), not a count claim (as 县、乡、村三级 in wr_china_2007_b / _d)")
g.neg("四是深入整顿", "四是", MARKER_NOTE)

# ==== line 3 (source 50): heading of task （二） =======================================================
g.neg("（二）发展现代农业", "（二）", MARKER_NOTE)

# ==== line 4 (source 51): the five tasks of 2007's “三农” work =========================================
g.neg("今年的“三农”工作", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")
g.neg("一是稳定发展粮食生产", "一是", MARKER_NOTE + " (一是…五是 enumerating the tasks)")
g.neg("着力提高粮食单产", "单产", "lexicalized 单产 'yield per unit area' (an indicator's name, "
      "no number stated); 单 is not a quantity")
g.neg("二是切实提高农业综合生产能力", "二是", MARKER_NOTE)
g.neg("三是大力加强农村基础设施", "三是", MARKER_NOTE)
RES = ["基本完成全国大中型和重点小型病险水库改造的时间", "大中型和重点小型病险水库改造期限",
       "病险水库改造期限", "病险水库改造时间", "病险水库除险加固期限", "病险水库改造用时",
       "全国大中型和重点小型病险水库改造时间", "病险水库改造"]
gov("用两到三年时间", "两到三年", value=2, upper=3, unit="year", kind="amount",
    metric="全国大中型和重点小型病险水库改造期限", metric_alts=RES,
    period=T07, period_alts=[P("两到三年", "2007-01-01", "2009-12-31"), null("今年")],
    note="judgement call: the time limit of the programme set now (集中力量用两到三年时间基本完成"
         "…改造) → a duration as a designed attribute of the plan, a range 2..3 year (upper 3), "
         "modality target (as 用三年时间 in wr_china_2007_b, 用三年左右的时间 in wr_china_1998_c); "
         "the span holds both ends and the unit (两到三年, without 时间); period: 今年 of 今年的"
         "“三农”工作 opens the line and governs, the programme's own span 2007-2009 and null as "
         "alts; the period reading of 两到三年 (a negative) is the alternative; " + GOV_NOTE)
WATER = ["解决安全饮水问题的农村人口", "解决安全饮水问题人口", "解决饮水安全问题的农村人口",
         "农村饮水安全受益人口", "安全饮水", "饮水安全", "农村人口", "解决安全饮水问题人数",
         "解决安全饮水问题的人数"]
fact("今年再解决3200万人", "3200万人", value=3200e4, unit="count", kind="count",
     classifier="人", metric="解决安全饮水问题的人口", metric_alts=WATER, **Y07,
     note="再解决 → target: the people whose drinking-water safety is to be secured in 2007 "
          "(the predicate defines the counted set → in the metric, as 6000万人 in "
          "wr_china_2009_d; rural people by context, 农村 forms as alts); 万人 ×1e4; " + T_NOTE)
g.neg("四是多渠道增加农民收入", "四是", MARKER_NOTE)
g.neg("发展农村二三产业", "二三", "sector labels 二三产业 (secondary and tertiary industries, as "
      "wr_china_2009_d), not a quantity")
g.neg("五是着力推进农村实用人才", "五是", MARKER_NOTE)

# ==== line 5 (source 52): the four supports ===========================================================
g.neg("一要巩固、完善", "一要", MARKER_NOTE + " (一要…四要 enumerating the supports)")
g.neg("二要加大对农业农村投入", "二要", MARKER_NOTE)
AGRI = ["中央财政“三农”资金", "中央财政用于三农的资金", "中央财政用于“三农”的支出",
        "中央财政“三农”支出", "中央财政用于三农的支出", "“三农”资金", "三农资金", "中央财政支农资金",
        "中央财政安排用于“三农”的资金", "中央财政“三农”投入", "用于“三农”的资金", "中央财政用于“三农”支出"]
g.neg("用于“三农”的资金", "三农", LABEL_NOTE + " (“三农”, part of the metric of the 3917亿元)")
gov("的资金3917亿元", "3917亿元", value=3917e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的资金", metric_alts=AGRI, **Y07,
    note="安排 → target: the 2007 central budget for agriculture, rural areas and farmers (as "
         "中央财政用于“三农”的支出 in wr_china_2005 / wr_china_2006); " + T_NOTE + " (今年财政支农"
         "投入的增量… earlier in the line); " + GOV_NOTE)
gov("比去年增加520亿元", "520亿元", value=520e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的资金增量",
    metric_alts=AGRI + ["中央财政“三农”资金增量", "中央财政用于“三农”的支出增量", "“三农”资金增量",
                        "三农资金增量", "中央财政用于“三农”的资金增加", "中央财政“三农”投入增量"],
    **Y07,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比去年 (2006: 中央财政用于“三农”支出3397亿元 in the review, wr_china_2007; 3397 + 520 = "
         "3917) is no comparison of an amount fact; target; " + T_NOTE)
g.neg("三要加快农业科技进步", "三要", MARKER_NOTE)
g.neg("四要全面推进农村综合改革", "四要", MARKER_NOTE)

# ==== line 6 (source 53): 推进社会主义新农村建设… — no numeral =======================================

# ==== line 7 (source 54): energy saving and the environment (一是…八是) ===============================
g.neg("一是完善并严格执行", "一是", MARKER_NOTE + " (一是…八是 enumerating the tasks)")
g.neg("二是坚决淘汰落后生产能力", "二是", MARKER_NOTE)
g.neg("“十一五”期间，关停", "十一五", "plan label 十一五 (SPEC §1); “十一五”期间 = 2006-2010 is "
      "the period of the 5000万千瓦 after it")
POWER = ["关停小火电", "关停小火电机组容量", "小火电机组关停", "小火电机组", "关停小火电容量",
         "关停小火电装机容量", "小火电"]
fact("关停5000万千瓦小火电机组", "5000万千瓦", value=5e10, unit="W", kind="amount",
     metric="关停小火电机组", metric_alts=POWER, subject_alts=CN + ["电力行业"],
     period=S11, period_alts=[null("“十一五”期间")],
     note="万千瓦 → W ×1e7 (5e10 W); the closures to be made over the 11th five-year plan → "
          "target; “十一五”期间 (2006-01-01..2010-12-31) right before it replaces 今年, null as "
          "alt (as the 十一五 totals of wr_china_2006_c); a positive quantity with the verb in "
          "the metric (as wr_china_2009 / wr_china_2010)")
fact("今年要关停1000万千瓦", "1000万千瓦", value=1e10, unit="W", kind="amount",
     metric="关停小火电机组", metric_alts=POWER, subject_alts=CN + ["电力行业"], **Y07,
     note="万千瓦 → W ×1e7 (1e10 W); the 2007 share of the five-year closures (head 小火电机组 "
          "restored from the clause before); 要 → target; 今年 (= 2007) right before it "
          "replaces “十一五”期间")
g.neg("五年淘汰落后炼铁产能", "五年", PERIOD_NOTE + " (the five years of the 十一五 just named, "
      "2006-2010; governs 1亿吨 and 5500万吨), not a duration fact")
IRON = ["落后炼铁产能", "淘汰炼铁产能", "炼铁产能淘汰", "淘汰落后炼铁年产能", "淘汰落后的炼铁产能",
        "炼铁产能"]
STEEL = ["落后炼钢产能", "淘汰炼钢产能", "炼钢产能淘汰", "淘汰落后炼钢年产能", "淘汰落后的炼钢产能",
         "炼钢产能"]
FIVE_NOTE = ("capacity to be eliminated over the five years (a flow; base unit t, the capacity "
             "in the metric, SPEC rates) → target; 五年 (= the 十一五 years 2006-2010 named "
             "before it) replaces 今年, null and the “十一五”期间 text as alts")
FIVE_P = dict(period=FIVE, period_alts=[null("五年"), S11])
fact("落后炼铁产能1亿吨", "1亿吨", value=1e8, unit="t", kind="amount",
     metric="淘汰落后炼铁产能", metric_alts=IRON, subject_alts=CN + ["钢铁行业", "炼铁行业"],
     **FIVE_P, note="亿吨 ×1e8; " + FIVE_NOTE)
fact("落后炼钢产能5500万吨", "5500万吨", value=5.5e7, unit="t", kind="amount",
     metric="淘汰落后炼钢产能", metric_alts=STEEL, subject_alts=CN + ["钢铁行业", "炼钢行业"],
     **FIVE_P, note="万吨 ×1e4; the verb 淘汰 shared with 炼铁; " + FIVE_NOTE)
YEAR_OUT = ("今年力争分别淘汰: 分别 maps the two values onto 炼铁, 炼钢 in list order (heads "
            "restored); each value carries its own unit (README §1); 力争 → target; 今年 "
            "(= 2007) right before it replaces 五年")
fact("分别淘汰3000万吨", "3000万吨", value=3e7, unit="t", kind="amount",
     metric="淘汰落后炼铁产能", metric_alts=IRON, subject_alts=CN + ["钢铁行业", "炼铁行业"],
     **Y07, note=YEAR_OUT)
fact("3000万吨和3500万吨", "3500万吨", value=3.5e7, unit="t", kind="amount",
     metric="淘汰落后炼钢产能", metric_alts=STEEL, subject_alts=CN + ["钢铁行业", "炼钢行业"],
     **Y07, note=YEAR_OUT)
g.neg("三是突出抓好重点行业", "三是", MARKER_NOTE)
g.neg("年耗能万吨标准煤以上", "万吨标准煤", "threshold defining the firms meant (年耗能万吨标准煤"
      "以上重点企业, SPEC §2: 亿元以上项目; as 5万吨标准煤以上 in wr_china_1980_c), part of their "
      "name, not a fact of its own")
g.neg("四是健全节能环保政策体系", "四是", MARKER_NOTE)
g.neg("五是加快节能环保技术进步", "五是", MARKER_NOTE)
g.neg("六是加大污染治理", "六是", MARKER_NOTE)
g.neg("继续搞好“三河三湖”", "三河三湖", LABEL_NOTE + " (“三河三湖”, the key river and lake "
      "basins named right after it; as wr_china_2010), not a count")
g.neg("三峡库区及上游", "三峡", "place name 三峡 (三峡库区), not a quantity (as wr_china_2007)")
g.neg("七是强化执法监督管理", "七是", MARKER_NOTE)
g.neg("八是认真落实", "八是", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines, not moved). Part of the document: the plan for 2007 "
    "(part 二、2007年工作总体部署, source line 36, sets the plan year), part 三、促进经济又好又快"
    "发展 (heading, source line 42, outside): the last two paragraphs of task （一） (fixed-asset "
    "investment, real estate: no figure), task （二） 发展现代农业和推进社会主义新农村建设 in full "
    "(heading inside; the five tasks with 两到三年 for the reservoir repairs and 3200万人 safe "
    "drinking water; the four supports with the central “三农” funds 3917亿元 / +520亿元; the "
    "closing paragraph) and the first paragraph of the energy-saving and environment task "
    "(source line 54; the source has no heading （三） before it): 十一五 and 2007 closures of "
    "small thermal power units (5000万千瓦, 1000万千瓦) and of backward iron and steel capacity "
    "(1亿吨 / 5500万吨 over five years, 3000万吨 / 3500万吨 in 2007). Other excerpts of this report: "
    "wr_china_2007 (2-19), wr_china_2007_b (20-29), wr_china_2007_c (36-47), wr_china_2007_d "
    "(66-74); no overlap. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2007-03-05, the shared meta date: the opening day of the 5th "
    "session of the 10th NPC, on which the Premier delivered the report (the Wikisource text "
    "has no dateline); nothing in the excerpt contradicts it (今年 = 2007, 去年/上年 = 2006, the "
    "十一五 under way). Place: national report → 中国 (alts 我国/全国/中华人民共和国); central-"
    "budget figures and the reservoir programme add 中央财政/中央政府/国务院; the closures add "
    "the industry (电力行业, 钢铁行业) as alt. Periods: 今年 (2007) stands before the first "
    "figure of every line with figures (source 51, 52, 54) and governs explicitly; in source 54 "
    "“十一五”期间 (2006-2010, null as alt) governs 5000万千瓦, 今年 1000万千瓦, 五年 (= the 十一五 "
    "years, 2006-2010, null and the “十一五”期间 text as alts) 1亿吨 / 5500万吨, 今年 again 3000万吨 "
    "/ 3500万吨; the 两到三年 time limit takes 今年 (the programme's span 2007-2009 and null as "
    "alts). Modality: target throughout (plan: 要, 再解决, 安排, 力争). Comparisons: none (比去年"
    "增加 → <level>增量 amount, comparison null). Bounds: all eq; 两到三年 a range (value 2, "
    "upper 3). Units: 万千瓦 → W; 亿吨/万吨 → t; 万人 → count (人); 年 → year. Judgement calls: "
    "两到三年 (用两到三年时间基本完成…病险水库改造) → a duration range 2..3 year, target, rather "
    "than a period negative; 3200万人 → metric 解决安全饮水问题的人口 (rural forms as alts); "
    "1000万千瓦 and 3000万吨/3500万吨 → heads restored (小火电机组; 炼铁, 炼钢 by 分别 in list "
    "order); 五年 → period (= 十一五), not a duration; 两个 (手段) → appositive negative; 万吨标准煤 "
    "(以上) → threshold negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×2, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora; plan for 2007, part "
        "三、促进经济又好又快发展, the end of task （一）, task （二） and the first paragraph on "
        "energy saving and the environment)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
