"""Gold annotations for wr_guangxi_2025_d (2025年广西壮族自治区政府工作报告, the 2025 plan:
parks, digital productivity, innovation, reform, opening-up, urbanisation), lines 39-53 of
shared/texts/work_report/wr_guangxi_2025.txt.

The excerpt corpora/wr_guangxi_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last three
paragraphs of task (三) 大力推进新型工业化 (实施园区提速发展行动, 实施数字新质生产力培育行动,
实施创新融合行动) and its closing line, task (四) 推动改革攻坚突破 in full (heading, 两个毫不
动摇, 全国统一大市场, 财税金融改革), task (五) 对内对外开放 in full (heading, 西部陆海新通道,
东盟合作, 外贸外资, closing line) and task (六) 新型城镇化 up to its first paragraph (heading,
农业转移人口市民化).  All of it lies in part 二、2025年目标任务和重点工作 (heading on source
line 24, outside the excerpt): the plan for 2025.  Lines 7-21 and 27-38 are annotated in
wr_guangxi_2025 / _b / _c (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_guangxi_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guangxi_2025_d"
PLACE = "广西壮族自治区"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guangxi_2025.txt"
FIRST, LAST = 39, 53                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年广西政府工作报告"          # the source's first line (as wr_guangxi_2025_c), outside the excerpt
GX_ALTS = ["广西", "全区", "我区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="实施园区提速发展行动。",
                 ends="保障进城落户农民合法土地权益。")
text = g.text
fact = g.with_subject(PLACE, GX_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = "political slogan {} (a set label), not a count claim"
EDITION_NOTE = "edition label of an event ({}), not a count"
MUST = "adverb 一定(要) 'must', not a quantity"
ROUND = "新一轮 'a new round', not a count"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The excerpt lies in part 二、2025年目标任务和重点工作 (source line 24), the plan for 2025
# (source line 25: 今年是“十四五”规划收官之年…) → modality target (力争, 新组建, 实施).  No line
# of the excerpt states a period expression at all, so every fact takes the section frame
# 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (outside the
# excerpt; only the dates are scored) and the null reading in period_alts (as
# wr_guangxi_2025_c).  Things to be newly set up (新组建 N 家) take the year with the end
# instant as a further alt (as wr_guangxi_2025_c 新增通车里程, wr_fujian_2025_d 新建5G基站).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年目标任务和重点工作 (2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be set up: the end instant as a further alt"

# ==== line 1 (source 39): 实施园区提速发展行动 =====================================================
INV = ["全区招商引资项目完成投资", "招商引资项目投资", "招商引资完成投资", "招商引资项目完成投资额",
       "招商引资项目完成投资增速", "招商引资"]
fact("招商引资项目完成投资增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="招商引资项目完成投资", metric_alts=INV, comparison="yoy", **PLAN,
     note="力争 → target; 以上 → ge (outside the span); 全区 → the region; " + PLAN_NOTE)

# ==== line 2 (source 40): 实施数字新质生产力培育行动 (no facts) =====================================
g.neg("推动5G网络", "5G", "network generation name 5G, not a quantity (as wr_anhui_2025_c / "
      "wr_beijing_2025_b)")
g.neg("是新一轮科技革命", "一轮", ROUND)

# ==== line 3 (source 41): 实施创新融合行动 ==========================================================
fact("新组建自治区实验室3家", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="自治区实验室",
     metric_alts=new("自治区实验室", "新组建自治区实验室", "实验室"), **PLAN_SET,
     note="新组建 N 家: laboratories to be newly set up in 2025 → count of the noun, the 增量 "
          "readings in alts (README §3); " + SET_NOTE)
fact("技术创新中心5家", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="综合领域类技术创新中心",
     metric_alts=new("综合领域类技术创新中心", "新组建综合领域类技术创新中心", "技术创新中心",
                     "综合类技术创新中心"), **PLAN_SET,
     note="verb 新组建 shared with 3家; " + SET_NOTE)
g.neg("启动新一轮科技", "一轮", ROUND)
fact("实施100个以上关键技术", "100个", value=100, unit="count", kind="count",
     classifier="个", bound="ge", metric="关键技术攻关项目",
     metric_alts=["实施关键技术攻关项目", "关键技术攻关项目数量", "攻关项目",
                  "科技“尖锋”行动关键技术攻关项目", "关键技术攻关项目增量"], **PLAN,
     note="以上 → ge (outside the span); projects to be carried out in 2025 under the new round "
          "of the 科技“尖锋”行动; " + PLAN_NOTE)

# ==== line 4 (source 42): closing line of task (三) — no numeral =====================================

# ==== line 5 (source 43): heading (四) ============================================================
g.neg("(四)推动改革攻坚", "(四)", MARKER_NOTE)

# ==== line 6 (source 44): 切实落实“两个毫不动摇” (no facts) ==========================================
g.neg("切实落实“两个毫不动摇”", "两个毫不动摇", SLOGAN_NOTE.format("“两个毫不动摇” (unswervingly "
      "consolidate the public sector, unswervingly support the non-public sector)"))

# ==== line 7 (source 45): 深度融入全国统一大市场 — lexicalized 统一 only =============================

# ==== line 8 (source 46): 深化财税金融改革 (no facts) ===============================================
g.neg("抓好零基预算", "零基", "reform label 零基预算 (zero-based budgeting), not a quantity "
      "(as wr_guangxi_2025_b)")

# ==== line 9 (source 47): heading (五) ============================================================
g.neg("(五)持续提升", "(五)", MARKER_NOTE)
g.neg("国内国际双循环", "双循环", LABEL_NOTE + " (双循环 'dual circulation', as wr_guangxi_2025)")

# ==== line 10 (source 48): 推动西部陆海新通道建设提质增效 (no facts) ==================================
g.neg("服务提升三年行动", "三年", "name of a three-year campaign (北部湾国际门户港基础设施、服务"
      "提升三年行动), not a duration fact (as wr_guangxi_2025 工业振兴三年行动)")
g.neg("成渝地区双城经济圈", "双城", "name 成渝地区双城经济圈 ('twin-city economic circle'), "
      "not a quantity (as wr_china_2021)")

# ==== line 11 (source 49): 深化与东盟务实合作 (no facts) ===========================================
g.neg("办好第22届东博会", "第22届", EDITION_NOTE.format("第22届中国—东盟博览会, as "
      "wr_guangxi_2025 第21届东博会"))
g.neg("中马“两国双园”", "两国双园", LABEL_NOTE + " (“两国双园”, the China-Malaysia twin "
      "industrial parks, as wr_guangxi_2025)")
g.neg("筹办好第四届", "第四届", EDITION_NOTE.format("第四届国际医学创新合作论坛"))

# ==== line 12 (source 50): 实施外贸外资提升行动 ====================================================
FDI = ["实际使用外资金额", "实际利用外资", "利用外资", "外资", "实际使用外商直接投资",
       "实际使用外资增速"]
fact("力争实际使用外资增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="实际使用外资", metric_alts=FDI, comparison="yoy", **PLAN,
     note="力争 → target; 以上 → ge (outside the span); " + PLAN_NOTE)

# ==== line 13 (source 51): closing line of task (五) ================================================
g.neg("我们一定要解放思想", "一定", MUST)

# ==== line 14 (source 52): heading (六) ============================================================
g.neg("(六)积极推进", "(六)", MARKER_NOTE)

# ==== line 15 (source 53): 加快农业转移人口市民化 — no numeral ======================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guangxi_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 二、2025年目标任务和重点工作 (source line 24), the plan for 2025: "
    "the last three paragraphs of task (三) 大力推进新型工业化 (园区提速, 数字新质生产力, 创新融合) "
    "and its closing line, task (四) 推动改革攻坚突破 in full, task (五) 对内对外开放 in full and "
    "task (六) 新型城镇化 up to its first paragraph (农业转移人口市民化). Lines 7-21 and 27-38 are "
    "annotated in wr_guangxi_2025 / _b / _c (no overlap). Title, source line and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-13, the delivery date in the report's header (source line 3: 2025年1月13日在广西"
    "壮族自治区第十四届人民代表大会第三次会议上); the corpus meta agrees. Place: 广西壮族自治区 "
    "(广西, 全区, 我区 → alts); every fact belongs to the region. Periods: no period expression "
    "in the excerpt: section frame 2025 (2025-01-01..2025-12-31, period text 2025年 of the "
    "heading outside the excerpt, null as alt); the labs and centres to be set up (新组建) take "
    "the year with the end instant as a further alt. Modality: target throughout (力争, 新组建, "
    "实施). Bounds: 以上 → ge; no bound word (3家, 5家) → eq. Comparison: yoy for the two growth "
    "targets. Judgement calls: 新组建 N 家 → counts of the noun with 增量 alts (README §3); "
    "100个以上关键技术攻关项目 → a target count (ge); 三年行动, 第22届, 第四届, 两国双园, 双城, "
    "双循环, 两个毫不动摇, 零基, 5G → labels (negatives); “人工智能+” has no numeral. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体改革, 一体发展), 进一步, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guangxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：广西日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
