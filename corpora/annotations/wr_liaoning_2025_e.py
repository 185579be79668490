"""Gold annotations for wr_liaoning_2025_e (2025年辽宁省政府工作报告, the meaning of the 2025 targets
and the first tasks), lines 26-32 of shared/texts/work_report/wr_liaoning_2025.txt.  Held out:
written into corpora/heldout/.

The excerpt corpora/heldout/wr_liaoning_2025_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped.  The line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut).  It lies in part 二、2025年工作安排 (heading on
source line 23, outside the excerpt), right after the 2025 主要预期目标 (source line 25,
annotated in wr_liaoning_2025): the paragraph on what the targets mean (确定这样的目标…), the
guiding principles (决战重在行动…: 稳住一产、挺住二产、发力三产…), the line 今年要重点抓好以下
十个方面工作。, and task （一）抢抓政策机遇，全方位扩大内需 in full (heading; 持续扩大有效投资
with 15项 major projects, 300个 provincial key projects, 6000个 projects of 亿元以上 and 4条
motorways; 提振消费 with 20个 brands; 文体旅融合).  Lines 7-13, 16-25, 33-45 and 58-73 are
annotated in wr_liaoning_2025_c / wr_liaoning_2025 / _b / _d (no overlap).  The text is
sparse in figures (five counts, many labels).  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_liaoning_2025_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new, null

DOC_ID = "wr_liaoning_2025_e"
SOURCE_ID = "wr_liaoning_2025"
PLACE = "辽宁省"
REF = "2025-01-16"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 26, 32                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年辽宁省政府工作报告"       # line 1 of the source, outside the excerpt
LN_ALTS = ["辽宁", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="确定这样的目标，是积极的、务实的，",
                 ends="让更多宾客畅游辽宁、品味辽宁、爱上辽宁。")
text = g.text
fact = g.with_subject(PLACE, LN_ALTS, modality="target")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
PLAN3_NOTE = ("name of the three-year programme (全面振兴新突破三年行动), not a duration fact (as "
              "wr_liaoning_2025)")
SECTOR_NOTE = ("sector label {} (the {} industry, in the slogan 稳住一产、挺住二产、发力三产), not "
               "a quantity (as 一二三产业 in wr_liaoning_2025_b)")

# ---- periods (reference date 2025-01-16; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 23, outside the
# excerpt): every number is a plan figure for 2025 → modality target.  The excerpt names the
# year only as 今年 in lines 2 (做好今年工作) and 3 (今年要重点抓好以下十个方面工作, the line that
# heads the ten tasks), with no number after it in either line; a period never crosses a line
# (SPEC §4).  The numbers of task （一） (lines 5-6) have no period in their own line, so they
# take the section frame 2025-01-01..2025-12-31 (the same dates as the sibling excerpts
# wr_liaoning_2025_b / _d), with period text 今年 of line 3, which heads the tasks (as
# wr_china_2005_b takes 今年 of 今年经济发展要着重抓好以下四个方面工作 for its tasks), the null
# reading in period_alts.  The counts are the plan's sets of projects to advance, open or
# create in the year → the year, no stock reading.
T25 = P("今年", "2025-01-01", "2025-12-31")
PLAN = dict(period=T25, period_alts=[null("今年")])
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part 二、"
             "2025年工作安排 (heading outside the excerpt; period text 今年 of 今年要重点抓好以下十个"
             "方面工作), null as alt")
SETSIZE_NOTE = ("judgement call: the size of the province's planned set of {} ({} → target, as "
                "the set counts of wr_liaoning_2025_b); the reading as the size of an existing "
                "set (actual) is the alternative; " + PLAN_NOTE)

# ==== line 1 (source 26): 确定这样的目标… =========================================================
g.neg("符合“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("、三年行动目标要求", "三年", PLAN3_NOTE)

# ==== line 2 (source 27): 决战重在行动… (guiding principles) =======================================
g.neg("稳住一产", "一产", SECTOR_NOTE.format("一产", "primary"))
g.neg("挺住二产", "二产", SECTOR_NOTE.format("二产", "secondary"))
g.neg("发力三产", "三产", SECTOR_NOTE.format("三产", "tertiary"))
# 一致性 (lexicalized, not listed).
g.neg("夺取三年行动的全面胜利", "三年", PLAN3_NOTE)

# ==== line 3 (source 28): 今年要重点抓好以下十个方面工作 =============================================
g.neg("以下十个方面工作", "十个", "discourse count of the tasks （一）-（十） enumerated below "
      "(as 以下四个方面工作 in wr_china_2005_b, 以下六方面工作 in wr_china_2004), not a "
      "measured quantity — judgement call")

# ==== line 4 (source 29): heading （一） ===========================================================
g.neg("（一）抢抓政策机遇", "（一）", MARKER_NOTE)

# ==== line 5 (source 30): 持续扩大有效投资 ========================================================
g.neg("抓住“两重”建设机遇", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力"
      "建设, as wr_liaoning_2025_c)")
fact("深入实施15项重大工程", "15项", value=15, unit="count", kind="count", classifier="项",
     metric="重大工程",
     metric_alts=["实施重大工程", "重大工程数量", "“两重”重大工程", "两重重大工程",
                  "深入实施重大工程"], **PLAN,
     note=SETSIZE_NOTE.format("major projects (the same 15项 carried out in 2024, "
                              "wr_liaoning_2025_c)", "深入实施"))
fact("加快推进300个省级重大项目", "300个", value=300, unit="count", kind="count",
     classifier="个", metric="省级重大项目",
     metric_alts=["省级重大项目数量", "重大项目", "推进省级重大项目", "省级重大项目建设",
                  "加快推进省级重大项目"], **PLAN,
     note=SETSIZE_NOTE.format("provincial key projects", "加快推进…建设"))
fact("、6000个亿元以上项目", "6000个", value=6000, unit="count", kind="count",
     classifier="个", metric="亿元以上项目",
     metric_alts=["亿元以上项目数量", "亿元以上项目建设", "推进亿元以上项目", "项目",
                  "加快推进亿元以上项目"], **PLAN,
     note="the threshold 亿元以上 defines the counted set and is part of the metric (SPEC §2); "
          + SETSIZE_NOTE.format("projects of 亿元以上", "加快推进…建设 (verb shared)"))
g.neg("6000个亿元以上项目", "亿元", "threshold defining the counted projects (亿元以上项目, "
      "SPEC §2), part of the metric of 6000个")
g.neg("开工建设秦沈高速二期", "二期", PHASE_NOTE.format("二期 (秦沈高速二期, phase two of a "
      "motorway)"))
g.neg("辽东半岛水资源", "半岛", "lexicalized 半岛 'peninsula' in the place name 辽东半岛, "
      "not a quantity (as wr_liaoning_2025_c)")
g.neg("水资源配置一期工程", "一期", PHASE_NOTE.format("一期 (辽东半岛水资源配置一期工程)"))
MOTORWAY = ["高速公路", "建成通车高速公路", "提前建成通车的高速公路", "高速公路建成通车",
            "建成通车的高速公路数量", "高速公路数量", "建成通车高速公路数量",
            "新建成通车高速公路", "提前建成通车高速公路"]
fact("台黑4条高速公路", "4条", value=4, unit="count", kind="count", classifier="条",
     metric="建成通车的高速公路", metric_alts=MOTORWAY, **PLAN,
     note="the motorways to be opened (ahead of schedule) in 2025: 京哈高速改扩建、本桓、凌绥、"
          "台黑 (沈白高铁, a railway, is not among them); the predicate names the counted "
          "set; span number + classifier (README §1); " + PLAN_NOTE)
# 市市通高铁、县县通高速: no numeral character.
g.neg("加快5G、数据", "5G", "network generation name 5G, not a quantity (as "
      "wr_liaoning_2025_c)")
# 炼化一体化 (lexicalized, not listed).
g.neg("鞍钢鲅鱼圈二期", "二期", PHASE_NOTE.format("二期 (鞍钢鲅鱼圈二期)"))

# ==== line 6 (source 31): 深入实施提振消费专项行动 =================================================
fact("打造20个“辽宁优品”品牌", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="“辽宁优品”品牌",
     metric_alts=new("“辽宁优品”品牌", "辽宁优品品牌", "打造“辽宁优品”品牌", "打造辽宁优品品牌",
                     "品牌", "“辽宁优品”"), **PLAN,
     note="brands to be created (打造) in 2025: the noun as metric, 增量 alts (README §3); "
          + PLAN_NOTE)
g.neg("首发经济", "首发", "first-of-kind word 首发 in the name 首发经济 ('debut economy'), not a "
      "rank or count (as wr_chongqing_2025)")

# ==== line 7 (source 32): 促进文体旅深度融合 =======================================================
g.neg("加快“三大球”振兴", "三大球", LABEL_NOTE + " (“三大球”: football, basketball and "
      "volleyball), not a count")
g.neg("筹办第十五届全国冬季运动会", "第十五届", "edition label (第十五届全国冬季运动会, the 15th "
      "National Winter Games), not a count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. Held out (corpora/heldout/). It lies in part 二、2025年工作安排 (heading "
    "on source line 23, outside), right after the 主要预期目标 (source line 25, in "
    "wr_liaoning_2025): what the targets mean (确定这样的目标…), the guiding principles "
    "(决战重在行动…), 今年要重点抓好以下十个方面工作。 and task （一） 全方位扩大内需 in full "
    "(investment, consumption, culture-sport-tourism). Lines 7-13, 16-25, 33-45, 58-73 are "
    "wr_liaoning_2025_c / wr_liaoning_2025 / _b / _d (no overlap). Title, dateline and source "
    "line are outside the excerpt (title_in_text=False; title as the source's first line). "
    "Date: 2025-01-16, the date in the report's header (source line 2: ——2025年1月16日省长 "
    "李乐成在辽宁省第十四届人民代表大会第三次会议上的讲话), as the sibling excerpts; 今年 = 2025. "
    "Place: 辽宁省 (辽宁, 全省, 我省 → alts). Periods: the excerpt's 今年 (lines 2 and 3) governs "
    "no number and does not cross lines; the five counts of task （一） (lines 5-6) state no "
    "period → the section frame 2025-01-01..2025-12-31 (same dates as wr_liaoning_2025_b / _d), "
    "period text 今年 of line 3 (which heads the tasks, as wr_china_2005_b), null as alt. "
    "Modality: target throughout (plan text: 实施, 推进, 建成通车, 打造). Bounds: all eq. "
    "Judgement calls: 15项重大工程, 300个省级重大项目, 6000个亿元以上项目 → counts of the plan's "
    "sets, target, the year (actual, as an existing set, is the alternative; as "
    "wr_liaoning_2025_b); 亿元 of 亿元以上 → threshold negative, in the metric; 4条高速公路 → "
    "count of motorways to open (沈白高铁 not among them); 20个“辽宁优品”品牌 → noun metric "
    "with 增量 alts; 十个 (以下十个方面工作) → discourse count, negative; 一产/二产/三产 → sector "
    "labels; 三年 (三年行动 ×2) → programme name. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一致 (一致性), 一体 (炼化一体化). No numeral character: 市市通高铁、"
    "县县通高速, 以旧换新, 多元化. Known false alarm of the shared check_gold.py: it looks for a "
    "source text named after the doc_id (the excerpt's source is wr_liaoning_2025.txt).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：辽宁日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
