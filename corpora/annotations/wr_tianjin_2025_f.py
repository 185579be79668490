"""Gold annotations for wr_tianjin_2025_f (2025年天津市政府工作报告, the 2025 plan: the end of task
（二） and task （三） in full), lines 47-54 of shared/texts/work_report/wr_tianjin_2025.txt.

The excerpt corpora/wr_tianjin_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last two work
paragraphs of task （二）坚持以“三新”、“三量”为重要工作抓手… (统筹推进城市更新与存量盘活: 30个城中村
改造项目, 180个城镇老旧小区; 统筹推进消费提振与投资提效: consumption and investment, no
figures), task （三）坚持进一步全面深化改革扩大开放… in full (heading, opening line, 重点领域改革,
港产城深度融合 with the container target 2400万标准箱, 扩大对外开放) and the heading of task
（四）坚持扬优势强支撑… (its body, source lines 55-65, is wr_tianjin_2025_b).  All of it lies
in part 二、2025年工作安排 (heading: source line 34, outside the excerpt): the plan for 2025.
Lines 7-18, 20-34, 35-45, 55-65 and 68-83 are wr_tianjin_2025, _c, _e, _b and _d (no overlap;
source line 46 lies between _e and this excerpt).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_tianjin_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_tianjin_2025_f"
SOURCE_ID = "wr_tianjin_2025"
PLACE = "天津市"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 47, 54                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年天津市政府工作报告"       # line 1 of the source, outside the excerpt
TJ_ALTS = ["天津", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="统筹推进城市更新与存量盘活。",
                 ends="形成各区协同并进、竞相发展的良好格局")
text = g.text
fact = g.with_subject(PLACE, TJ_ALTS)

MARKER_NOTE = "list marker (（N）), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (source line 34, outside the excerpt; 今年是
# “十四五”规划收官之年, source line 35): the plan for 2025 → modality target.  No line of the
# excerpt names a period before its numbers (the only period word is 年度 in 分年度稳步推进,
# line 2, 'year by year', which dates nothing and precedes no number), so every number takes
# the section frame 2025-01-01..2025-12-31 (SPEC §4) with the null reading in period_alts (as
# wr_tianjin_2025_b / _e).  The period text is the excerpt's own word 年度 (as
# wr_tianjin_2025_b; the heading's 2025年 lies outside the excerpt; only the dates are
# scored).  Works of the year (推进 / 启动 改造) and the port's throughput of the year (a flow)
# → the year only.
S25 = P("年度", "2025-01-01", "2025-12-31")
S25_NULL = P("年度", None, None)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (source line 34), null as alt")

# ==== line 1 (source 47): 统筹推进城市更新与存量盘活 ===============================================
fact("推进30个城中村改造项目", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="城中村改造项目",
     metric_alts=["城中村改造", "城中村改造项目数量", "推进城中村改造项目", "城中村"], **PLAN,
     note="推进 N 个 projects: the urban-village renewal projects to be carried forward in 2025 "
          "(as 城中村改造项目 82个 in wr_chongqing_2025); " + PLAN_NOTE)
fact("启动180个城镇老旧小区改造", "180个", value=180, unit="count", kind="count", classifier="个",
     metric="城镇老旧小区改造",
     metric_alts=["城镇老旧小区", "老旧小区改造", "启动城镇老旧小区改造", "启动改造的城镇老旧小区",
                  "城镇老旧小区改造数量", "老旧小区", "城镇老旧小区数量", "新开工改造城镇老旧小区"],
     **PLAN,
     note="启动 N 个: old urban estates whose renovation starts in 2025 (a flow of the year; the "
          "counted noun 城镇老旧小区, the verb's object 改造 kept in the metric); " + PLAN_NOTE)

# ==== line 2 (source 48): 统筹推进消费提振与投资提效 (no facts) ====================================
g.neg("用好“两新”政策", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新)")
g.neg("等“三个机制”", "三个机制", LABEL_NOTE + " (“三个机制”, the name of the three mechanisms "
      "enumerated just before it: 重大项目谋划、招商引资调度、项目建设推进服务), not a count claim "
      "(judgement call; as “四张清单” in wr_tianjin_2025_e)")
g.neg("要用好“两重”、设备更新", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力"
      "建设)")
g.neg("重点产业链和一批已签约", "一批", BATCH_NOTE)
g.neg("结合“十五五”规划编制", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("实施“两重”项目", "两重", LABEL_NOTE + " (“两重”)")
# 分年度 (年度 without a numeral), 多措并举, 多元化, 多样性, 中长期: no numeral to mark;
# 数字 (数字消费) lexicalized 'digital'.

# ==== line 3 (source 49): heading （三） ===========================================================
g.neg("（三）坚持进一步", "（三）", MARKER_NOTE)
# 进一步 lexicalized.

# ==== line 4 (source 50): opening of task （三） ===================================================
g.neg("推出一批务实改革举措", "一批", BATCH_NOTE)

# ==== line 5 (source 51): 以更大力度推进重点领域改革 ===============================================
g.neg("完善“一企一策”", "一企一策", LABEL_NOTE + " (“一企一策” 'one policy per enterprise', the "
      "name of the SOE performance-evaluation approach; README §2 一企带一链)")
g.neg("“高效办成一件事”", "一件事", "reform name “高效办成一件事”, not a count (as wr_beijing_2025)")
# 统一 (全国统一大市场) lexicalized.

# ==== line 6 (source 52): 以更高质量推进港产城深度融合发展 ==========================================
fact("集装箱吞吐量突破2400万标准箱", "2400万标准箱", value=2.4e7, unit="count", kind="count",
     classifier="标准箱", bound="gt", metric="集装箱吞吐量",
     metric_alts=["天津港集装箱吞吐量", "港口集装箱吞吐量", "集装箱吞吐量标准箱", "吞吐量"],
     subject="天津港", subject_alts=[PLACE] + TJ_ALTS + ["港口"], **PLAN,
     note="突破 → gt (outside the span); 标准箱 (TEU) is the classifier of a count (as "
          "wr_shanghai_2025 5150.6万标准箱 and 标箱 in other golds); 2400万 = 2.4e7; the port "
          "owns the number (the sentence is about 天津港, named in the same clause chain; the "
          "city as alt); the throughput of 2025 (a flow) → " + PLAN_NOTE)

# ==== line 7 (source 53): 以更高水平扩大对外开放 ===================================================
g.neg("纳入“两新”范围", "两新", LABEL_NOTE + " (“两新”)")
g.neg("服务推动空客二线", "二线", "project name 空客二线 (Airbus's second final-assembly line in "
      "Tianjin), a label, not a count (as 西气东输二线 in other golds)")
g.neg("共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
# 一体化 (内外贸一体化) lexicalized; 中欧（亚）班列, 班列＋保税, 数字贸易: no numeral.

# ==== line 8 (source 54): heading （四） ===========================================================
g.neg("（四）坚持扬优势", "（四）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-task, as unseen test excerpts are "
    "cut). Part of the document: part 二、2025年工作安排 (heading source line 34, outside) — "
    "the plan for 2025: the last two work paragraphs of task （二） 三新/三量 (统筹推进城市更新与"
    "存量盘活: 30个城中村改造项目, 180个城镇老旧小区改造; 统筹推进消费提振与投资提效: no figures), "
    "task （三） 坚持进一步全面深化改革扩大开放 in full (重点领域改革; 港产城深度融合 with the "
    "container target 突破2400万标准箱; 扩大对外开放) and the heading of task （四）. The excerpt "
    "is sparse in numbers (3 facts in 2,289 characters). Lines 7-18, 20-34, 35-45, 55-65, "
    "68-83 are wr_tianjin_2025, _c, _e, _b, _d (no overlap). Title line, source line and "
    "dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-14, the delivery date in the report's header (source line 3: "
    "2025年1月14日在天津市第十八届人民代表大会第三次会议上); the shared meta agrees. Place: "
    "天津市 (天津, 全市 → alts); 天津港 owns its container throughput (the city as alt). "
    "Periods: no line states a period before its numbers (年度 of 分年度稳步推进 dates nothing): "
    "section frame 2025-01-01..2025-12-31 with period text 年度 (the excerpt's own word, as "
    "wr_tianjin_2025_b), null as alt. Modality: target throughout. Bounds: 突破 → gt; the two "
    "project counts eq. Units: 万标准箱 → count, classifier 标准箱 (TEU), ×1e4. Judgement "
    "calls: 180个城镇老旧小区改造 → metric 城镇老旧小区改造 (the estates to be renovated, noun as "
    "alt); 2400万标准箱 → subject 天津港; “三个机制” read as a label (negative), as “四张清单” in "
    "wr_tianjin_2025_e; 空客二线 a project name. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 统一 (全国统一大市场), 一体 (内外贸一体化), 数字 (数字消费, "
    "数字贸易).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：天津人大—天津日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
