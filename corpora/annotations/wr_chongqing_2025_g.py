"""Gold annotations for wr_chongqing_2025_g (2025年重庆市政府工作报告, the 2025 tasks: the last
two paragraphs of task （一）, task （二） in full and the heading of task （三）), lines 35-41 of
shared/texts/work_report/wr_chongqing_2025.txt.

The excerpt corpora/wr_chongqing_2025_g.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the third and fourth
paragraphs of task （一）聚力打造西部地区高质量发展先行区 (加快建设现代化产业体系: “33618”
clusters, digital economy, producer services, software workforce; 推进教育科技人才一体发展:
education, science, firms, talent), task （二）聚力打造内陆开放国际合作引领区 (heading,
集疏运体系: intermodal volume; 开放平台; 国际经贸合作中心) and the heading of task （三）.  All of
it lies in part 二、2025年主要任务 (heading on source line 28, outside the excerpt): the plan
for 2025 → modality target.  Lines 7-34 and 42-50, 68-77 are annotated in wr_chongqing_2025 /
_b / _c / _d / _e / _f (no overlap).  The excerpt is number-poor: five facts, most numerals
are labels and names (negatives).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_chongqing_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_chongqing_2025_g"
PLACE = "重庆市"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_chongqing_2025.txt"
FIRST, LAST = 35, 41                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年重庆市政府工作报告"       # line 1 of the source, outside the excerpt
CQ_ALTS = ["重庆", "全市", "我市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加快建设现代化产业体系。",
                 ends="在探索首创性、差别化改革上实现新突破。")
text = g.text
fact = g.with_subject(PLACE, CQ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
SET_NOTE = "set label N大 ({}; as 八大 in gold README §2), not a count claim"

# ---- periods (reference date 2025-01-19; 今年 = 2025) ---------------------------------------
# The excerpt lies in part 二、2025年主要任务 (heading on source line 28, outside the excerpt):
# the tasks are the plan for 2025 → modality target.  No line of the excerpt states a period
# of its own (no 今年 / 年底 / date in it), so every fact takes the section frame of part 二:
# period text 2025年 (the heading's), 2025-01-01..2025-12-31, the null reading in
# period_alts (as wr_chongqing_2025_e / _f).  Levels of a stock to be reached (the number of
# certified firms, the coverage rate of the education communities) → the instant 2025-12-31
# (stock rule), the year and null as alts (as PLAN_END of wr_hunan_2025_d / wr_qinghai_2025_e);
# the software workforce is a level held during the year (as 从业人员 in wr_chongqing_2025_b)
# → the year, null and the end instant as alts; the growth of the intermodal volume is a flow
# of the year → the year, null as alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年主要任务 (2025), null as alt")
END_NOTE = ("a level of a stock to be reached → the instant at the end of the 2025 frame "
            "(2025-12-31), the year and null as alts; target (plan for 2025, no period in the "
            "line)")

# ==== line 1 (source 35): 加快建设现代化产业体系 ===================================================
g.neg("强化“四链”融合", "四链", LABEL_NOTE + " (“四链”: 创新链、产业链、资金链、人才链, as other "
      "golds)")
g.neg("“四侧”协同", "四侧", LABEL_NOTE + " (“四侧”协同: supply, demand, ... sides, a slogan), not "
      "a count")
g.neg("做大做强“33618”现代制造业集群", "33618", LABEL_NOTE + " (“33618”现代制造业集群体系, "
      "the name of the city's cluster system: 3 trillion-yuan clusters, 3 major industries, 6 "
      "featured, 18 emerging — as wr_chongqing_2025_b), not a quantity")
g.neg("健全零部件供应链", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as other golds)")
g.neg("AI PC等新一代智能终端", "一代", "一代 of 新一代智能终端 'new-generation terminals' (an "
      "industry name), not a quantity (as wr_chongqing_2025_b)")
g.neg("深化“两业”融合试点", "两业", LABEL_NOTE + " (“两业”融合: advanced manufacturing and "
      "modern services, as other golds)")
SW = ["软件从业人员数", "软件从业人员数量", "从业人员", "软件和信息服务业从业人员",
      "软件产业从业人员", "软件行业从业人员"]
fact("软件从业人员突破50万人", "50万人", value=5e5, unit="count", kind="count", classifier="人",
     bound="gt", metric="软件从业人员", metric_alts=SW, **PLAN_LEVEL,
     note="力争 → target; 突破 → gt (outside the span); judgement call: the workforce is a "
          "level held during the year (as 从业人员 43.8万人 in wr_chongqing_2025_b) → the year, "
          "null and the end instant as alts; " + PLAN_NOTE)

# ==== line 2 (source 36): 推进教育科技人才一体发展 =================================================
g.neg("紧扣构建“416”科技创新布局", "416", LABEL_NOTE + " (“416”科技创新布局, the name of the "
      "city's science layout, as wr_chongqing_2025_b), not a quantity")
g.neg("持续巩固“双减”成果", "双减", LABEL_NOTE + " (“双减”, as other golds)")
fact("共同体覆盖率达到85%", "85%", value=85, unit="%", kind="share",
     metric="基础教育发展共同体覆盖率",
     metric_alts=["基础教育共同体覆盖率", "覆盖率", "基础教育发展共同体覆盖面",
                  "发展共同体覆盖率"], **PLAN_END,
     note="力争…达到 → target, eq; a coverage rate (share of a stock, as 学区制管理覆盖率 in "
          "wr_chongqing_2025_b) → " + END_NOTE)
g.neg("实施职业教育本科促进计划和新一轮", "一轮", "新一轮 'a new round', not a count")
g.neg("新一轮“双高计划”", "双高", LABEL_NOTE + " (“双高计划”: high-level vocational schools and "
      "majors, as other golds)")
g.neg("深化“双一流”建设", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines, as other golds)")
g.neg("聚力建设四大科创高地", "四大", SET_NOTE.format("四大科创高地, the four science-and-"
      "innovation highlands of the city's layout"))
g.neg("打造一批前沿技术", "一批", "vague quantifier 一批 'a batch of' (README §2)")
g.neg("提质提速“双倍增”行动", "双倍增", LABEL_NOTE + " (campaign name “双倍增”: doubling the "
      "numbers of high-tech and tech-based firms, as other golds), not a ratio claim")
HT = ["高新技术企业数量", "高新技术企业总数", "高新技术企业总量", "国家高新技术企业", "高企"]
fact("高新技术企业突破1万家", "1万家", value=1e4, unit="count", kind="count", classifier="家",
     bound="gt", metric="高新技术企业", metric_alts=HT, **PLAN_END,
     note="力争 → target; 突破 → gt (outside the span); certified firms on the register (a "
          "stock, as wr_hunan_2025_d 高新技术企业总量突破1.8万家) → " + END_NOTE)
fact("科技型企业突破7.5万家", "7.5万家", value=7.5e4, unit="count", kind="count",
     classifier="家", bound="gt", metric="科技型企业",
     metric_alts=["科技型企业数量", "科技型企业总数", "科技型企业总量", "科技型中小企业"],
     **PLAN_END, note="力争 (shared with 1万家) → target; 突破 → gt (outside the span); "
                      "firms on the register (a stock) → " + END_NOTE)

# ==== line 3 (source 37): heading （二） ===============================================================
g.neg("（二）聚力打造内陆开放", "（二）", MARKER_NOTE)

# ==== line 4 (source 38): 加快构建现代化集疏运体系 ===================================================
g.neg("完善“五型”国家物流枢纽", "五型", LABEL_NOTE + " (“五型”国家物流枢纽: the city's hubs of "
      "five types — port, land port, air port, production and trade service —, a hub label), "
      "not a count claim (judgement call)")
g.neg("江北国际机场T3B航站楼", "T3B", NAME_NOTE.format("T3B, the name of a terminal of "
      "江北国际机场"))
g.neg("提速洛碛港一期", "一期", "phase label 一期 (README §2), not a quantity")
fact("枢纽通道联运量增长20%", "20%", value=20, unit="%", kind="growth", comparison="yoy",
     metric="枢纽通道联运量",
     metric_alts=["联运量", "枢纽通道联运量增速", "枢纽通道联运量增长", "多式联运量",
                  "通道联运量"], **PLAN,
     note="力争 → target; no basis written → yoy; the volume of the year (a flow); "
          + PLAN_NOTE)
g.neg("中老泰“三国三园”", "三国三园", LABEL_NOTE + " (中老泰“三国三园” 'three countries, three "
      "parks', as other golds)")

# ==== line 5 (source 39): 加快建设高能级开放平台 =====================================================
g.neg("编制五年发展规划", "五年", "name of a five-year plan (五年发展规划 of the 中新互联互通项目), "
      "not a duration fact (as 五年行动计划 in wr_hunan_2025_d)")
g.neg("策划十周年系列活动", "十周年", "anniversary 十周年 (of the 中新互联互通项目, launched in "
      "2015), an event label, not a quantity claim (as 五周年 in wr_chongqing_2025_e)")
g.neg("做优做强两江新区", "两江", NAME_NOTE.format("两江新区, the Liangjiang New Area"))
g.neg("加快两江国际经济合作中心", "两江", NAME_NOTE.format("两江国际经济合作中心"))

# ==== line 6 (source 40): 加快打造国际经贸合作中心 ===================================================
g.neg("深入实施“百团千企”", "百团千企", LABEL_NOTE + " (campaign name “百团千企” 'a hundred "
      "delegations, a thousand firms'), not a count — judgement call")
g.neg("推进“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")

# ==== line 7 (source 41): heading （三） ===============================================================
g.neg("（三）聚力打造全面深化改革", "（三）", MARKER_NOTE)
g.neg("在探索首创性", "首创", "adjective 首创性 'pioneering', not a rank or count (as other "
      "golds)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_chongqing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: part "
    "二、2025年主要任务 (heading on source line 28, outside the excerpt), i.e. the plan for "
    "2025 — the third and fourth paragraphs of task （一）聚力打造西部地区高质量发展先行区 "
    "(加快建设现代化产业体系: software workforce; 推进教育科技人才一体发展: education "
    "communities, high-tech and tech-based firms), task （二）聚力打造内陆开放国际合作引领区 in "
    "full (heading; 集疏运体系: intermodal volume; 开放平台; 国际经贸合作中心) and the heading of "
    "task （三）. Lines 7-34, 42-50 and 68-77 are annotated in wr_chongqing_2025 / _b / _c / _d / "
    "_e / _f (no overlap). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-19, the delivery "
    "date in the report's header (source line 3: ——2025年1月19日在重庆市第六届人民代表大会第三次"
    "会议上); the shared meta agrees (来源：重庆日报). Place: 重庆市 (重庆, 全市, 我市 → alts). "
    "Periods: no line states a period of its own, so every fact takes the section frame of "
    "part 二 (period text 2025年, 2025-01-01..2025-12-31; the excerpt names no year, so the "
    "shared check_gold.py reports that text as not in the article: deliberate, as in "
    "wr_chongqing_2025_f / wr_hunan_2025_d), null as alt; levels of a stock to be "
    "reached (高新技术企业 1万家, 科技型企业 7.5万家, 覆盖率 85%) → the instant 2025-12-31 with "
    "the year and null as alts; the software workforce (a level held in the year) → the year "
    "with null and the end instant as alts. Modality: target throughout (plan; 力争 in every "
    "sentence with a fact). Bounds: 突破 → gt (50万人, 1万家, 7.5万家); 达到 → eq. Units: 万人 / "
    "万家 → counts (classifiers 人, 家). Judgement calls: 软件从业人员 read as a level of the "
    "year (as wr_chongqing_2025_b) rather than an end-of-year stock; 覆盖率 as a share of a "
    "stock; 枢纽通道联运量增长20% → yoy; “五型”国家物流枢纽, “百团千企”, 四大科创高地, "
    "“双倍增”, 五年发展规划, 十周年 → labels / names (negatives). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体化 (车路云一体化), 一体 (一体发展), 半导体, 清单 (增资扩产清单, "
    "机会清单); 数 (数字, 数据, 数转, 实数融合) is not a numeral here.")

g.write(date=REF, source=f"shared/texts/work_report/wr_chongqing_2025.txt lines {FIRST}–{LAST} "
        "(来源：重庆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
