"""Gold annotations for wr_china_2022_c (2022年中华人民共和国国务院政府工作报告, the 2022 tasks:
the end of task （四） innovation, task （五） domestic demand, regions and urbanisation, and the
start of task （六） agriculture), lines 54-63 of shared/texts/work_report/wr_china_2022.txt
(held out: corpora/heldout/).

The excerpt corpora/heldout/wr_china_2022_c.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut).  It lies in part 三、2022年政府工作任务 (heading
on source line 33, outside the excerpt): the last three paragraphs of task （四） (企业创新激励:
加计扣除比例 75% → 100%; 制造业; 数字经济, 5G), task （五） in full (consumption; investment:
中央预算内投资 6400亿元; regions: 京津冀, 长三角…; urbanisation: 成渝地区双城经济圈) and the
heading and first paragraph of task （六） (grain: 18亿亩耕地红线, 1亿亩高标准农田, 第三次全国土壤
普查, 14亿多中国人).  All of it is the plan for 2022.  wr_china_2022 holds lines 4-18 and
wr_china_2022_b lines 24-37 (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2022_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2022_c"
SOURCE_ID = "wr_china_2022"
PLACE = "中国"
REF = "2022-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 54, 63                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2022年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2022)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加大企业创新激励力度。", ends="把14亿多中国人的饭碗牢牢端在自己手中。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or policy: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2022-03-05; 去年 = 2021, 今年 = 2022) ----------------------------
# The excerpt lies in part 三、2022年政府工作任务 (source line 33, outside the excerpt): the plan for
# 2022 → modality target.  No line of the excerpt names a period (no 今年, no year), so every
# number takes the section frame 2022-01-01..2022-12-31 (SPEC §4), with the heading's period
# text 2022年 (as the heading 2016年 in wr_china_2016_c), the null reading in period_alts.
# - The pair 从75%提高到100% (line 1): the start value is the rate in force now → actual, the
#   instant at the start of the year of the change (as 由人均600元 in wr_china_2009_b), alts the
#   end of 2021, the reference date, the year 2021, the year 2022 and null; the end value is the
#   rate set for 2022 → the year, alts from 2022 with an open end, the end instant and null.
# - 18亿亩耕地红线 (line 10): the floor of farmland to be held through the year → the year (as the
#   plan span in wr_china_2021), the end instant and null as alts.
# - 14亿多中国人 (line 10): the present population, said as a fact → actual stock at the
#   reference date (as 9亿多劳动力 in wr_china_2016_c), alts the end of 2022 (the literal stock
#   rule under the frame), the end of 2021 (the latest statistics), the year and null.
YT = "2022年"
Y22 = P(YT, "2022-01-01", "2022-12-31")
Y22_NULL = null(YT)
Y22_END = P(YT, "2022-12-31", "2022-12-31")
PLAN = dict(period=Y22, period_alts=[Y22_NULL])
PLAN_NOTE = ("task for 2022 → target; no period in its line: section frame of part 三、2022年"
             "政府工作任务 (outside the excerpt), period text 2022年, null as alt")

# ==== line 1 (source 54): 加大企业创新激励力度 ======================================================
RD = ["科技型中小企业加计扣除比例", "研发费用加计扣除比例", "加计扣除比例",
      "科技型中小企业研发费用加计扣除比例标准", "研发费用加计扣除", "科技型中小企业研发费用加计扣除"]
gov("加计扣除比例从75%", "75%", value=75, unit="%", kind="share",
    metric="科技型中小企业研发费用加计扣除比例", metric_alts=RD,
    period=P(YT, "2022-01-01", "2022-01-01"),
    period_alts=[P(YT, "2021-12-31", "2021-12-31"), P(YT, REF, REF),
                 P(YT, "2021-01-01", "2021-12-31"), Y22, Y22_NULL],
    modality="actual",
    note="start value of a from/to pair (从75%提高到100%): the super-deduction rate in force "
         "now → actual, the instant at the start of the year of the change (as 由人均600元 in "
         "wr_china_2009_b), alts the end of 2021, the reference date, the year 2021, the year "
         "2022 and null; a policy rate → share (as 加计扣除比例 in wr_china_2022); the head "
         "研发费用 restored from 加大研发费用加计扣除政策 before it (README §3); " + GOV_NOTE)
gov("提高到100%", "100%", value=100, unit="%", kind="share",
    metric="科技型中小企业研发费用加计扣除比例", metric_alts=RD,
    period=Y22, period_alts=[P(YT, "2022-01-01", None), Y22_END, Y22_NULL],
    note="end value of the pair: the rate set for 2022 (将…提高到 → target), eq; the frame "
         "2022, alts from 2022 with an open end, the end instant and null; " + GOV_NOTE)

# ==== line 2 (source 55): 增强制造业核心竞争力 ======================================================
g.neg("关键零部件", "零部件", "lexicalized 零部件 'parts and components', not a quantity")
g.neg("启动一批产业基础", "一批", "quantifier 一批 (README §2)")

# ==== line 3 (source 56): 促进数字经济发展 (一体化 lexicalized) ======================================
g.neg("推进5G规模化应用", "5G", "technology generation label 5G, not a quantity")

# ==== line 4 (source 57): heading （五） ===========================================================
g.neg("（五）坚定实施", "（五）", MARKER_NOTE)

# ==== line 5 (source 58): 推动消费持续恢复 (no numeral) ================================================

# ==== line 6 (source 59): 积极扩大有效投资 ==========================================================
g.neg("和“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
CBI = ["中央预算内投资安排", "中央预算内投资规模", "中央预算内投资资金", "中央投资", "预算内投资",
       "中央政府投资"]
gov("中央预算内投资安排6400亿元", "6400亿元", value=6400e8, unit="CNY", kind="amount",
    metric="中央预算内投资", metric_alts=CBI, **PLAN,
    note="安排 of a budget → target; " + GOV_NOTE + "; " + PLAN_NOTE)
g.neg("实行能耗单列", "单列", "administrative term 单列 'listed separately' (能耗单列), not a "
      "quantity (as wr_guangdong_2025_f)")

# ==== line 7 (source 60): regions ===================================================================
g.neg("、长三角一体化发展", "长三角", "region name 长三角 (the Yangtze River Delta), not a "
      "quantity (as wr_china_2021)")

# ==== line 8 (source 61): urbanisation ===============================================================
g.neg("再开工改造一批", "一批", "quantifier 一批 (README §2)")
g.neg("成渝地区双城经济圈", "双城", "name 成渝地区双城经济圈 ('twin-city economic circle'), not "
      "a quantity (as wr_china_2021)")

# ==== line 9 (source 62): heading （六） ============================================================
g.neg("（六）大力抓好", "（六）", MARKER_NOTE)

# ==== line 10 (source 63): grain and farmland =========================================================
fact("守住18亿亩耕地红线", "18亿亩", value=18e8, unit="mu", kind="amount",
     metric="耕地红线",
     metric_alts=["耕地", "耕地保有量", "耕地面积", "耕地保护红线", "耕地红线面积"],
     period=Y22, period_alts=[Y22_END, Y22_NULL],
     note="the floor of farmland to be held (坚决守住) through the plan year: a target level, "
          "value eq as written (the red line is 18亿亩, as 严守18亿亩耕地红线 in wr_china_2021); "
          "亩 stays mu (SPEC §3); the frame 2022, its end instant and null as alts; "
          + PLAN_NOTE)
FARM = ["新建高标准农田", "高标准农田建设", "高标准农田增量", "高标准农田面积增量",
        "高标准农田面积", "建设高标准农田"]
fact("新建1亿亩高标准农田", "1亿亩", value=1e8, unit="mu", kind="amount",
     metric="高标准农田", metric_alts=FARM, **PLAN,
     note="area of high-standard farmland to be built in 2022 (新建 → target), the area noun as "
          "metric with 新建 / 增量 alts (README §3); 亩 stays mu; " + PLAN_NOTE)
g.neg("新建改造一批", "一批", "quantifier 一批 (README §2)")
g.neg("启动第三次全国土壤普查", "第三次", "edition label of the survey (第三次全国土壤普查, 'the "
      "third national soil census'), not a count")
fact("把14亿多中国人", "14亿多", value=14e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="中国人",
     metric_alts=["人口", "中国人口", "中国人数量", "中国人民", "人数", "全国人口"],
     modality="actual",
     period=P(YT, REF, REF),
     period_alts=[Y22_END, P(YT, "2021-12-31", "2021-12-31"), Y22, Y22_NULL],
     note="a rhetorical but real quantity: the population of China, 多 after 亿 inside the "
          "span → gt; no measure word written → classifier 人, the counted noun 中国人 as "
          "metric (as 14亿多中国人民 in wr_china_2021); said of the present (the people to be "
          "fed) → actual stock at the reference date (as 9亿多劳动力 in wr_china_2016_c), alts "
          "the end of the frame (literal stock rule), the end of 2021, the year and null — "
          "judgement call")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2022年政府工作任务 (heading on source line 33, outside the excerpt): the "
    "last three paragraphs of task （四） (企业创新激励, 制造业, 数字经济), task （五） in full "
    "(consumption, investment, regional development, urbanisation) and the heading and first "
    "paragraph of task （六） (grain and farmland) — the plan for 2022. wr_china_2022 (lines "
    "4-18, the review of 2021) and wr_china_2022_b (lines 24-37, the 2022 targets and fiscal "
    "policy) do not overlap it. The source's title line is outside the excerpt; the title is "
    "the corpus meta title (title_in_text=False). Date: 2022-03-05, the delivery date in the "
    "report's dateline (source line 2: ——2022年3月5日在第十三届全国人民代表大会第五次会议上); the "
    "shared meta agrees; nothing in the excerpt contradicts it. Place: national report → 中国 "
    "(alts 我国/全国/中华人民共和国); the central budget and tax policy (加计扣除比例, 中央预算内"
    "投资) add 中央政府/国务院/中央财政. Periods: no line names a period (no 今年, no year), so "
    "every number takes the section frame 2022-01-01..2022-12-31 (period text 2022年 of the "
    "heading, null as alt); the start value 75% of 从75%提高到100% → actual, the instant "
    "2022-01-01 (alts end of 2021, reference date, 2021, 2022, null); 100% → the year (alts "
    "open end, end instant, null); 18亿亩 → the year (end instant, null as alts); 14亿多中国人 → "
    "actual, the instant at the reference date (alts end of 2022, end of 2021, the year, "
    "null). Modality: target (将…提高到, 安排, 守住, 新建) except 75% and 14亿多 (actual). "
    "Units: 亿元 1e8; 亿亩 → 1e8 mu (亩 stays mu); 14亿多 → 1.4e9 人, gt. Judgement calls: "
    "加计扣除比例 → share (as wr_china_2022); the from/to pair → two facts, actual then target; "
    "18亿亩耕地红线 → an amount fact eq (the red line, a floor); 新建1亿亩 → area with 增量 alts; "
    "14亿多中国人 kept as an actual fact at the reference date (a rhetoric negative is the "
    "alternative); 5G, 长三角, 双城, 单列, 零部件, 第三次 (census edition), 一批 ×3 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体化) ×2. No numerals: 中长期, 中高端, 多渠道, 再次.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
