"""Gold annotations for wr_china_2011_c (2011年中华人民共和国国务院政府工作报告, the 2011 tasks:
investment structure, agriculture, structural adjustment), lines 85-97 of
shared/texts/work_report/wr_china_2011.txt.

The excerpt corpora/wr_china_2011_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 三、2011年的工作 (heading on source
line 71, outside the excerpt): the last paragraph of task （二）进一步扩大内需特别是居民消费需求
(大力优化投资结构), task （三）巩固和加强农业基础地位 in full (确保农产品供给 with the 2011 minimum
purchase prices; 大兴水利 with the 千亿斤 grain-capacity programme; 加大“三农”投入 with the
central budget's 9884.5亿元; 深化农村改革; 解决13亿中国人的吃饭问题) and the heading and first
three paragraphs of task （四）加快推进经济结构战略性调整 (产业结构 一是…四是, 区域协调发展, 经济
特区 and the 2011-2020 poverty outline).  All of it is the plan for 2011.  wr_china_2011 holds
lines 18-44 (the review of 十一五) and wr_china_2011_b lines 66-79 (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2011_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2011_c"
SOURCE_ID = "wr_china_2011"
PLACE = "中国"
REF = "2011-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 85, 97                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2011年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2011)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="大力优化投资结构。",
                 ends="加快贫困地区脱贫致富步伐。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label 十二五 (SPEC §1 十四五), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院", "国家"]
GOV_NOTE = ("the central government's own budget or decision: subject the document's place "
            "中国, 中央财政/中央政府/国务院 as alts (as wr_china_2009_d / wr_china_2011_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2011-03-05; 今年 = 2011, 上年 = 2010) ------------------------------
# The excerpt lies in part 三、2011年的工作 (source line 71, outside the excerpt): the plan for
# 2011 → modality target.  A line is a paragraph; a period governs the clauses after it in its
# line only (SPEC §4).  Lines without a period before a number take the section frame
# 2011-01-01..2011-12-31, period text 今年 (the excerpt's own word for the plan year, lines 4
# and 6; as wr_china_2010_c / wr_china_2009_d), the null reading in period_alts.  Explicit:
# 今年 in line 4 (source 88: 今年小麦最低收购价…) and line 6 (source 90: 今年中央财政用于“三农”
# 的投入…) governs the rest of its line (no null alt).
# - The grain-capacity programme of line 5 (source 89, 全国新增千亿斤粮食生产能力建设): a
#   capacity written into a programme's name (SPEC §1) → target; its line states no period →
#   the frame (null as alt).
# - 13亿中国人 (line 8, source 92): the size of the population (actual), a stock under the
#   frame → the instant 2011-12-31 at its end (stock rule, SPEC §4; as 13亿多人口 in
#   wr_china_2017); the reference date (the phrase describes the country as it is), the end of
#   2010 (the latest statistics), the year and null as alts (judgement call).
# 比上年 (line 6) is a comparison basis, not a period.
YT = "今年"
Y11 = P(YT, "2011-01-01", "2011-12-31")
Y11_NULL = null(YT)
Y11_END = P(YT, "2011-12-31", "2011-12-31")
PLAN = dict(period=Y11, period_alts=[Y11_NULL])
T11 = dict(period=Y11)
POP = dict(period=Y11_END, period_alts=[P(YT, REF, REF), P(YT, "2010-12-31", "2010-12-31"), Y11,
                                        Y11_NULL])
PLAN_NOTE = ("task for 2011 → target; no period before it in its line: section frame of part "
             "三、2011年的工作 (outside the excerpt), period text 今年, null as alt")
T_NOTE = "今年 (= 2011) stands before it in its line and governs it"

# ==== line 1 (source 85): 大力优化投资结构 ========================================================
g.neg("鼓励引导民间投资新36条", "36条", LABEL_NOTE + " (新36条: the nickname of the State "
      "Council's 2010 opinions on encouraging private investment, a document name), not a "
      "count claim — judgement call")
g.neg("有序启动 “十二五”", "十二五", PLAN_LABEL)

# ==== line 2 (source 86): heading of task （三） ===================================================
g.neg("（三）巩固和加强", "（三）", MARKER_NOTE)

# ==== line 3 (source 87): 坚持把“三农”工作… ======================================================
g.neg("坚持把“三农”工作", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 4 (source 88): 确保农产品供给 (最低收购价) ==============================================
g.neg("切实抓好新一轮", "一轮", "新一轮 'a new round', not a count")
MSP_NOTE = ("a range (SPEC §2 upper: value the first end, upper the second, one span over "
            "'N到M元', as 25%到40% in wr_china_2011); the rise of the minimum purchase price per "
            "50 kg (每50公斤, part of the indicator, negative) = an absolute change of a price "
            "level (SPEC §2: <level>增量, positive, comparison null; as 小麦最低收购价增量 in "
            "wr_china_2009_d); the state sets the prices → " + GOV_NOTE + "; target; " + T_NOTE)
BASIS_NOTE = ("price basis 每50公斤 'per 50 kg' (the quantity the price refers to), part of the "
              "metric, not a fact")
g.neg("小麦最低收购价每50公斤", "50公斤", BASIS_NOTE)
gov("每50公斤提高5到7元", "5到7元", value=5, upper=7, unit="CNY", kind="amount",
    metric="小麦最低收购价增量",
    metric_alts=["小麦最低收购价", "小麦最低收购价提高", "小麦最低收购价提高幅度",
                 "小麦最低收购价每50公斤提高", "小麦最低收购价提价幅度", "最低收购价增量",
                 "最低收购价", "粮食最低收购价"],
    **T11, note=MSP_NOTE)
g.neg("水稻最低收购价每50公斤", "50公斤", BASIS_NOTE)
gov("每50公斤提高9到23元", "9到23元", value=9, upper=23, unit="CNY", kind="amount",
    metric="水稻最低收购价增量",
    metric_alts=["水稻最低收购价", "水稻最低收购价提高", "水稻最低收购价提高幅度",
                 "水稻最低收购价每50公斤提高", "水稻最低收购价提价幅度", "稻谷最低收购价增量",
                 "稻谷最低收购价", "最低收购价增量", "最低收购价", "粮食最低收购价"],
    **T11, note=MSP_NOTE + " (the spread covers the rice varieties: early indica, mid/late "
                "indica, japonica)")

# ==== line 5 (source 89): 大兴水利 (千亿斤粮食生产能力) ==============================================
CAP = ["粮食生产能力增量", "全国新增粮食生产能力", "新增粮食生产能力建设", "粮食生产能力",
       "新增粮食产能", "粮食产能增量", "粮食产能", "全国新增千亿斤粮食生产能力",
       "粮食年生产能力增量"]
fact("全国新增千亿斤粮食生产能力", "千亿斤", value=5e7, unit="t", kind="amount",
     metric="新增粮食生产能力", metric_alts=CAP, **PLAN,
     note="SPEC §1: a quantity with a unit inside a programme's name (全国新增千亿斤粮食生产能力"
          "建设, the national plan to add 100 billion jin of grain production capacity) is a "
          "fact: the capacity to be added, target while it is still being built; 千亿斤 = 1e11 "
          "斤 × 0.0005 t = 5e7 t (SPEC §3; as 千亿斤 in nw_sina_20220122_gd_js_sd_2021); "
          "judgement call on the period: the programme runs over several years (通过几年努力 "
          "in the same line), the frame 2011 is gold (its construction is the 2011 task); "
          + PLAN_NOTE)

# ==== line 6 (source 90): 加大“三农”投入 ============================================================
g.neg("加大“三农”投入", "三农", LABEL_NOTE + " (“三农”)")
g.neg("用于“三农”的投入", "三农", LABEL_NOTE + " (“三农”, inside the metric of 9884.5亿元)")
AGRI = ["中央财政“三农”投入", "中央财政用于“三农”的投入", "“三农”投入", "三农投入",
        "中央财政三农投入", "中央财政“三农”支出", "“三农”支出", "中央财政用于三农的投入"]
gov("拟安排9884.5亿元", "9884.5亿元", value=9884.5e8, unit="CNY", kind="amount",
    metric="中央财政“三农”投入", metric_alts=AGRI[1:], **T11,
    note="拟安排 → target; 亿元 ×1e8; " + T_NOTE + "; " + GOV_NOTE + " (as 7161亿元 in "
         "wr_china_2009_d)")
gov("比上年增加 1304.8亿元", "1304.8亿元", value=1304.8e8, unit="CNY", kind="amount",
    metric="中央财政“三农”投入增量",
    metric_alts=AGRI + ["“三农”投入增量", "三农投入增量", "中央财政用于“三农”的投入增量",
                        "中央财政“三农”投入增加"],
    **T11,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is no comparison of an amount fact (as wr_china_2009_d); the source's space "
         "before the number stays outside the span; target; " + T_NOTE)
g.neg("政策性金融对“三农”", "三农", LABEL_NOTE + " (“三农”)")

# ==== line 7 (source 91): 深化农村改革 ==============================================================
g.neg("建设一事一议财政奖补", "一事一议", LABEL_NOTE + " (一事一议财政奖补: the scheme of "
      "awards for village public works decided 'one matter, one discussion'), not a quantity")

# ==== line 8 (source 92): 解决13亿中国人的吃饭问题 ===================================================
fact("解决13亿中国人", "13亿", value=13e8, unit="count", kind="count", classifier="人",
     metric="人口", metric_alts=["总人口", "人口数量", "人口规模", "全国人口", "中国人",
                               "中国人口"],
     modality="actual", **POP,
     note="judgement call (as 13亿人口 in wr_china_2008, 我国有13亿人口 in wr_china_2015_b): the "
          "size of the population → a count fact, 人 implied (the noun 中国人 follows; span the "
          "number); actual (a fact about the country, not a goal); a stock with no period in "
          "its line → the instant at the end of the plan frame 2011-12-31 (stock rule); the "
          "reference date, the end of 2010, the year and null as alts")

# ==== line 9 (source 93): heading of task （四） ===================================================
g.neg("（四）加快推进", "（四）", MARKER_NOTE)

# ==== line 10 (source 94): 这是转变经济发展方式的主攻方向 — no numeral ================================

# ==== line 11 (source 95): 调整优化产业结构 (一是…四是) ================================================
g.neg("一是改造提升制造业", "一是", MARKER_NOTE)
g.neg("二是加快培育", "二是", MARKER_NOTE)
g.neg("积极发展新一代信息技术", "一代", "新一代 'new generation' (新一代信息技术, an industry "
      "name), not a count (as wr_china_2007)")
g.neg("加快实现“三网融合”", "三网融合", LABEL_NOTE + " (“三网融合”: the convergence of the "
      "telecom, broadcasting and internet networks)")
g.neg("三是大力发展服务业", "三是", MARKER_NOTE)
g.neg("四是加强现代能源", "四是", MARKER_NOTE)

# ==== line 12 (source 96): 促进区域协调发展 ==========================================================
g.neg("西部大开发新十年", "十年", LABEL_NOTE + " (西部大开发新十年: the new decade of the western "
      "development drive, as wr_china_2011), not a duration fact")

# ==== line 13 (source 97): 经济特区, 扶贫开发纲要 ====================================================
g.neg("颁布实施2011-2020年中国", "2011-2020年", PERIOD_NOTE + " (the years covered by the "
      "title of the 中国农村扶贫开发纲要 (2011-2020); governs no number)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines). Part of the document: the plan for 2011, in part "
    "三、2011年的工作 (heading on source line 71, outside the excerpt): the last paragraph of task "
    "（二） (大力优化投资结构), task （三）巩固和加强农业基础地位 in full (minimum purchase prices, "
    "水利 and the 千亿斤 grain-capacity programme, the central budget's “三农” spending, rural "
    "reform, 13亿中国人的吃饭问题) and the heading and first three paragraphs of task （四） "
    "(产业结构 一是…四是, 区域协调发展, 经济特区 and the 2011-2020 poverty outline). "
    "wr_china_2011 (lines 18-44) and wr_china_2011_b (lines 66-79) hold other parts (no "
    "overlap). Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2011-03-05, the corpus meta date: the opening day of the 4th "
    "session of the 11th NPC, on which the Premier delivered the report (the Wikisource text "
    "has no dateline); nothing in the excerpt contradicts it (今年 = 2011, 上年 = 2010). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the state's own prices and budget "
    "(最低收购价, 中央财政“三农”投入) keep 中国 with 中央财政/中央政府/国务院/国家 as alts. "
    "Periods: 今年 governs lines 88 and 90 (source numbering: the price rises, 9884.5亿元 and "
    "its 1304.8亿元 increase); the other lines state no period → the frame of part 三 (2011, "
    "period text 今年 as in wr_china_2010_c, null as alt): the 千亿斤 programme (target); 13亿 "
    "(the population, actual) → a stock at the frame's end 2011-12-31 with the reference date, "
    "2010-12-31, the year and null as alts. Modality: target except the population. Units: "
    "千亿斤 = 1e11 斤 × 0.0005 t = 5e7 t; 亿元 → CNY; the price rises are CNY per 50 kg (每50公斤 "
    "in the metric, negatives). Ranges: 5到7元 → value 5, upper 7; 9到23元 → value 9, upper 23 "
    "(one span each). Judgement calls: the price rises → <crop>最低收购价增量 amounts (as "
    "wr_china_2009_d), 每50公斤 → negatives; 新增千亿斤粮食生产能力 → a capacity fact (SPEC §1 "
    "quantity in a programme name) with the frame year; 13亿中国人 → a population count; 新36条 → "
    "a document nickname (negative); 2011-2020年 (title of the poverty outline) → a period "
    f"negative. Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: "
    + ", ".join(negs) + ". Lexicalized, not listed: 首要 (首要目标), 进一步 ×2, 一般 (一般性转移"
    "支付).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
