"""Gold annotations for wr_jilin_2025_d (held-out: corpora/heldout/; 2025年吉林省政府工作报告,
the end of the 2025 plan and the close of the report), lines 57-69 of
shared/texts/work_report/wr_jilin_2025.txt.

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief as 57-70, but the source has 69 lines (its
last line, 为政之要…明显进位。, ends with the final newline; a line 70 would be the empty string
after it and cannot be sliced as a whole line), so the excerpt is lines 57-69, i.e. the rest of
the report from line 57.  It holds the last paragraph of task （七） (积极稳妥推进碳达峰碳中和),
task （八） in full (heading; 办好20件民生实事 with its listed projects; 发展社会事业 with the
jobs targets and 1000个 助老餐厅和助餐点; 强化社会治理), part 三、锲而不舍加强政府自身建设 (its
opening and the four 建设人民满意的…政府 paragraphs) and the closing (各位代表！ 为政之要…).  All
of it lies in part 二/三 of the 2025 plan: the numbers are targets of the year 2025.  It
follows wr_jilin_2025_c (lines 38-56) and does not overlap wr_jilin_2025 (16-26) or
wr_jilin_2025_b (28-36).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jilin_2025_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jilin_2025_d"
SOURCE_ID = "wr_jilin_2025"
PLACE = "吉林省"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 57, 69                    # 1-based, inclusive, whole lines (brief: 57-70; the source ends at 69)
TITLE = "2025年吉林省政府工作报告"
JL_ALTS = ["吉林", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="积极稳妥推进碳达峰碳中和。",
                 ends="推动吉林高质量发展明显进位。")
assert g.text.encode() == b"\n".join(SRC.read_bytes().split(b"\n")[FIRST - 1:]), "not the rest of the source"
text = g.text

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
LAOBAIXING_NOTE = ("lexicalized 老百姓 'ordinary people'; 百 is not a quantity (as "
                   "wr_chongqing_2025_d)")

fact = g.with_subject(PLACE, JL_ALTS)

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt lies in part 二、2025年工作安排 (source line 24, outside the excerpt) and part
# 三 (government self-building, no figures): the tasks are the plan for 2025 → modality
# target.  No line of the excerpt states a period before its numbers (今年 appears only in
# the closing line 为政之要…全力完成今年经济社会发展目标任务, which has no number), so every
# number takes the section frame: period text 2025年 (the heading's), 2025-01-01..2025-12-31,
# null as alt (as wr_jilin_2025_b / _c).  All figures are things to be done or reached within
# the year (projects to build, jobs to create, graduates to retain): flows of the year, no
# stock reading.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (2025), null as alt")
LIST_NOTE = "one of the 20件民生实事 of 2025 listed in the line; " + PLAN_NOTE


# ==== line 1 (source 57): 积极稳妥推进碳达峰碳中和 (end of task （七）) ===============================
g.neg("推动能耗“双控”", "双控", LABEL_NOTE + " (能耗“双控”: control of total energy use and "
      "energy intensity)")
g.neg("向碳排放“双控”", "双控", LABEL_NOTE + " (碳排放“双控”: control of total carbon "
      "emissions and carbon intensity)")

# ==== line 2 (source 58): heading （八） =============================================================
g.neg("（八）聚焦保障", "（八）", MARKER_NOTE)
g.neg("把老百姓身边", "老百姓", LAOBAIXING_NOTE)

# ==== line 3 (source 59): 办好20件民生实事 ===========================================================
fact("办好20件民生实事", "20件", value=20, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["办好民生实事", "民生实事数量", "民生实事项目", "民生实事年度任务",
                  "重点民生实事"], **PLAN,
     note="the year's list of livelihood projects (as 全面完成25项民生实事 for 2024 in "
          "wr_jilin_2025, 15件重点民生实事 in wr_chongqing_2025_d); " + PLAN_NOTE)
AGE = ["适老化改造", "困难老年人家庭", "困难老年人家庭适老化改造户数", "适老化改造户数",
       "实施适老化改造的困难老年人家庭", "困难老年人家庭适老化改造数量", "家庭适老化改造",
       "为困难老年人家庭实施适老化改造"]
fact("为7000户困难老年人家庭", "7000户", value=7000, unit="count", kind="count",
     classifier="户", metric="困难老年人家庭适老化改造", metric_alts=AGE, **PLAN,
     note="homes of needy elderly households to be adapted in 2025 (户 is a classifier, SPEC "
          "§3; as 无障碍改造2000户 in wr_chongqing_2025_d); " + LIST_NOTE)
fact("建设24个群众滑冰场", "24个", value=24, unit="count", kind="count", classifier="个",
     metric="群众滑冰场", metric_alts=new("群众滑冰场", "建设群众滑冰场", "滑冰场"), **PLAN,
     note="rinks to be built (建设 N: the noun, 增量 alts, README §3); " + LIST_NOTE)
fact("，26个户外健身中心", "26个", value=26, unit="count", kind="count", classifier="个",
     metric="户外健身中心",
     metric_alts=new("户外健身中心", "建设户外健身中心", "健身中心"), **PLAN,
     note="the verb 建设 is shared with 24个群众滑冰场; " + LIST_NOTE)
BUS = ["改造客运班线公交化线路", "客运班线公交化改造", "客运班线公交化改造线路",
       "客运班线公交化线路改造", "公交化线路", "客运班线", "客运班线公交化线路数量",
       "公交化改造线路"]
fact("公交化线路120条", "120条", value=120, unit="count", kind="count", classifier="条",
     metric="客运班线公交化线路", metric_alts=BUS, **PLAN,
     note="intercity coach lines to be converted to bus-style service (改造 N条); the verb as "
          "alt; " + LIST_NOTE)

# ==== line 4 (source 60): 发展社会事业 ===============================================================
fact("城镇新增就业21万人", "21万人", value=21e4, unit="count", kind="count", classifier="人",
     metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"], **PLAN,
     note="万人 ×1e4; the 2025 jobs target (as 城镇新增就业23.35万人 for 2024 in "
          "wr_jilin_2025); " + PLAN_NOTE)
fact("农村劳动力转移就业270万人", "270万人", value=270e4, unit="count", kind="count",
     classifier="人", metric="农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业人数", "转移就业"], **PLAN,
     note="rural workers employed away from farming in the year (as 转移就业295.56万人 for 2024 "
          "in wr_jilin_2025); " + PLAN_NOTE)
fact("高校毕业生留吉超过15万人", "15万人", value=15e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="高校毕业生留吉",
     metric_alts=["高校毕业生留吉人数", "留吉高校毕业生", "高校毕业生留在吉林就业"], **PLAN,
     note="超过 → gt (outside the span); graduates to stay and work in the province in 2025 "
          "(as 留吉突破15万人 for 2024 in wr_jilin_2025); " + PLAN_NOTE)
g.neg("建设“双一流”大学", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")
MEAL = new("合作助老餐厅和助餐点", "新建改建合作助老餐厅和助餐点", "助老餐厅和助餐点",
           "助老餐厅餐点", "助老餐厅", "助餐点", "合作助老餐厅", "新建改建助老餐厅和助餐点")
fact("助老餐厅和助餐点1000个", "1000个", value=1000, unit="count", kind="count",
     classifier="个", metric="合作助老餐厅和助餐点", metric_alts=MEAL, **PLAN,
     note="canteens and meal points for the elderly to be built or rebuilt in 2025 (新建改建 "
          "N: the noun, 增量 alts, README §3; as 新增助老餐厅餐点1327个 for 2024 in "
          "wr_jilin_2025); 基本实现乡镇、城市社区全覆盖 states no number; " + PLAN_NOTE)
g.neg("做好退役军人事务和双拥工作", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民, as "
      "wr_jilin_2025)")
g.neg("中医药、红十字、", "红十字", "organisation name 红十字 (Red Cross); 十字 'cross', not a "
      "number (as wr_jilin_2025)")

# ==== line 5 (source 61): 强化社会治理 ===============================================================
g.neg("落实“四个最严”要求", "四个最严", LABEL_NOTE + " (“四个最严”: the strictest standards, "
      "regulation, penalties and accountability for food safety), not a count")

# ==== line 6 (source 62): heading of part 三 =========================================================
g.neg("三、锲而不舍", "三、", MARKER_NOTE)

# ==== lines 7-8 (source 63-64): opening of part 三, 有为政府 (no numerals) ===========================

# ==== line 9 (source 65): 服务型政府 ================================================================
g.neg("解决好老百姓关心", "老百姓", LAOBAIXING_NOTE)
g.neg("落实“四下基层”要求", "四下基层", LABEL_NOTE + " (“四下基层”: 宣传党的路线方针政策下基层, "
      "调查研究下基层, 信访接待下基层, 现场办公下基层), not a count")

# ==== line 10 (source 66): 法治政府 (no numerals) ===================================================

# ==== line 11 (source 67): 廉洁政府 =================================================================
g.neg("中央八项规定及其", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_jilin_2025)")
g.neg("纠“四风”树新风", "四风", LABEL_NOTE + " (“四风”: formalism, bureaucratism, hedonism and "
      "extravagance), not a count")

# ==== lines 12-13 (source 68-69): 各位代表！ / 为政之要… (no numerals; 今年 governs nothing) =========

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the brief gave lines "
    "57-70, but the source has 69 lines (the last, 为政之要…明显进位。, ends with the final "
    "newline), so the excerpt is 57-69 — the rest of the report from line 57. Held out "
    "(corpora/heldout/). Part of the document: the last paragraph of task （七） (碳达峰碳中和), "
    "task （八） in full (heading; 办好20件民生实事 with 7000户 适老化改造, 24个 滑冰场, 26个 户外健身"
    "中心, 120条 客运班线公交化线路; 发展社会事业 with 城镇新增就业21万人, 转移就业270万人, 留吉超过"
    "15万人, 1000个 助老餐厅和助餐点; 强化社会治理), part 三、锲而不舍加强政府自身建设 (no figures) "
    "and the closing. It follows wr_jilin_2025_c (38-56); no overlap with wr_jilin_2025 "
    "(16-26) or wr_jilin_2025_b (28-36). Title and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-14, the delivery "
    "date in the report's header (source line 3: ——2025年1月14日在吉林省第十四届人民代表大会第四"
    "次会议上), as wr_jilin_2025 / _b / _c and the shared meta. Place: 吉林省 (吉林, 全省, 我省 → "
    "alts); no other owner of a number (留吉 = staying in 吉林). Periods: no line states a "
    "period before its numbers (今年 only in the closing line, without numbers): the section "
    "frame 2025 (period text 2025年 of the heading 二、2025年工作安排, outside), "
    "2025-01-01..2025-12-31, null as alt; all figures are flows of the year. Modality: target "
    "throughout (plan). Bounds: 超过 → gt (15万人); the rest eq. Units: counts with 件/户/个/条/"
    "人; 万人 ×1e4. Judgement calls: the items of the 民生实事 list are counted as separate "
    "target counts besides the 20件 (as wr_chongqing_2025_d); metrics 困难老年人家庭适老化改造 "
    "(7000户), 客运班线公交化线路 (120条), 合作助老餐厅和助餐点 (1000个, with 增量 alts although "
    "改建 are not additions); 双控, 四个最严, 四下基层, 四风 → label negatives; 老百姓 ×2 → "
    "lexicalized negatives. Unquantified, no numeral: 全部中小学校教室 (全部), 全覆盖, "
    "应救尽救. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Known false alarms of the shared check_gold.py: the meta title is not in the excerpt "
    "and the section-frame period text 2025年 lies outside it (czfacts check-gold accepts "
    "it); with --src it looks for a source named wr_jilin_2025_d.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：吉林省政府网)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
