"""Gold annotations for wr_guangdong_2025_h (2025年广东省政府工作报告, eighth excerpt), lines 68-76
of shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025_h.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut).  It lies in part
二、2025年工作安排 (heading on source line 27, outside the excerpt): the four paragraphs of 2025
task （八）深入推进绿美广东生态建设 (heading on source line 67, outside: 推进城乡绿化美化 with
the two 200万亩 forest tasks, 加紧经济社会发展全面绿色转型 with 3000万千瓦 of new power capacity
and the nuclear / pumped-storage / offshore-wind projects, 蓝天碧水净土保卫战 with the 90%
water-quality floor, 深化生态文明体制改革) and task （九） (culture and tourism: its heading,
先进文化, 文化供给, 传统文化, and 完善现代旅游业体系 with the “三个一百” plan: 100项 + 100项
projects, 100亿元 over five years).  All of it is the plan for 2025 → target.  The plan text
is sparse in numbers.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangdong_2025_h.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guangdong_2025_h"
SOURCE_ID = "wr_guangdong_2025"
PLACE = "广东省"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 68, 76                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年广东省政府工作报告"       # line 1 of the source, outside the excerpt
GD_ALTS = ["广东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推进城乡绿化美化。",
                 ends="体验活力大湾区的独特魅力。")
text = g.text
fact = g.with_subject(PLACE, GD_ALTS, modality="target")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label ({}), not a quantity (README §2 一期)"
VAGUE_NOTE = "vague quantifier {} (README §2 一批), not a quantity"
PLAN_NAME_NOTE = ("name of a three-year action (三年行动…), not a duration fact (as "
                  "wr_beijing_2025_b / wr_beijing_2025_d)")

# ---- periods (reference date 2025-01-15; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 27, outside the
# excerpt): the plan for 2025 → modality target throughout.
# - Line 1 (source 68) names 今年 before its two 200万亩 (explicit, = 2025, no null alt, as
#   wr_china_2017_d).
# - The other lines state no period before their numbers: they take the section frame 2025
#   (SPEC §4), 2025-01-01..2025-12-31, null as alt, with the excerpt's own name of the year,
#   今年 (line 1), as period text (as wr_guangdong_2025_b).
# - Line 9 (source 76): 省级财政五年统筹投入100亿元 is a total over five years: 五年 stands right
#   before the amount and governs it (a plan period, as 五年新增… in wr_china_2008_b /
#   wr_china_1993_b); judgement call: the five plan years starting with the report year,
#   2025-01-01..2029-12-31, with null and the frame year 2025 as alts.  The two 100项 before it
#   keep the frame year (periods govern the clauses after them), the five-year span of the
#   “三个一百” plan as a further alt.
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
FIVE = P("五年", "2025-01-01", "2029-12-31")
EXPL = dict(period=T25)
PLAN = dict(period=T25, period_alts=[T25_NULL])
PLAN_SET = dict(period=T25, period_alts=[T25_NULL, T25_END, FIVE])
PLAN5 = dict(period=FIVE, period_alts=[P("五年", None, None), T25])
EXPL_NOTE = "2025 task → target; 今年 (= 2025) earlier in its line governs (explicit)"
FRAME_NOTE = ("2025 task → target; no period before it in its line: section frame of part "
              "二、2025年工作安排 (outside the excerpt), period text 今年, null as alt")

# ==== line 1 (source 68): 推进城乡绿化美化 ===========================================================
FOREST_NOTE = ("再完成…任务 → the area to be done in 2025 (a flow), target; 亩 stays mu (SPEC §3), "
               "万亩 ×1e4; each of the two tasks has its own 200万亩 (two facts; the review's "
               "“两个200万亩” in wr_guangdong_2025_e was one mention); " + EXPL_NOTE)
fact("今年再完成林分优化提升200万亩", "200万亩", value=2e6, unit="mu", kind="amount",
     metric="林分优化提升",
     metric_alts=["林分优化提升面积", "林分优化提升任务", "完成林分优化提升", "再完成林分优化提升",
                  "林分优化"], **EXPL, note=FOREST_NOTE)
fact("森林抚育提升200万亩任务", "200万亩", value=2e6, unit="mu", kind="amount",
     metric="森林抚育提升",
     metric_alts=["森林抚育提升面积", "森林抚育提升任务", "完成森林抚育提升", "再完成森林抚育提升",
                  "森林抚育"], **EXPL, note="verb 再完成 shared; " + FOREST_NOTE)
g.neg("实施乡村绿化三年行动", "三年", PLAN_NAME_NOTE + " (乡村绿化三年行动)")
g.neg("深入开展“四旁”", "四旁", LABEL_NOTE + " (“四旁”: 村旁、宅旁、路旁、水旁, the report's "
      "annex; as wr_guangdong_2025_g)")
g.neg("“五边”绿化", "五边", LABEL_NOTE + " (“五边”, the five kinds of edge in the annex; as "
      "wr_guangdong_2025_g)")
g.neg("打造一批绿美示范点", "一批", VAGUE_NOTE.format("一批"))

# ==== line 2 (source 69): 加紧经济社会发展全面绿色转型 ==================================================
g.neg("建设一批零碳园区", "一批", VAGUE_NOTE.format("一批"))
g.neg("建设一批零碳园区", "零碳", "label 零碳 'zero-carbon' (零碳园区), not a quantity (README §2)")
fact("新增电源装机3000万千瓦", "3000万千瓦", value=3e10, unit="W", kind="amount",
     metric="新增电源装机",
     metric_alts=["电源装机", "电源装机增量", "新增电源装机容量", "电源装机容量增量", "新增装机",
                  "新增电力装机", "电力装机增量", "电源装机容量"], **PLAN,
     note="新增 → the capacity to be added in 2025 (a flow; the SPEC §2 增量 reading in alts, as "
          "新增装机 in nw_xinhua_20170515); 万千瓦 = 1e7 W; " + FRAME_NOTE)
g.neg("台山核电3、4号机组", "3、4号", NAME_NOTE.format("unit numbers 3、4号机组 of 台山核电 (as "
      "wr_guangdong_2025_e 1、2号机组)"))
g.neg("惠州太平岭核电二期", "二期", PHASE_NOTE.format("二期 of 惠州太平岭核电"))
g.neg("加快梅州二期", "二期", PHASE_NOTE.format("梅州二期, the second phase of the 梅州 pumped-"
      "storage plant"))
g.neg("茂名电白等一批", "一批", VAGUE_NOTE.format("一批"))
g.neg("阳江三山岛", "三山岛", NAME_NOTE.format("三山岛, the site of an offshore wind farm off 阳江 "
      "(place name)"))

# ==== line 3 (source 70): 蓝天、碧水、净土保卫战 =======================================================
fact("水质优良率稳定在90%以上", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="国考断面水质优良率",
     metric_alts=["地表水国考断面水质优良率", "水质优良率", "国考断面水质优良比例",
                  "地表水水质优良率", "国考断面优良率"], **PLAN,
     note="确保…稳定在 → target; 以上 → ge (outside the span); a rate of the year's monitoring "
          "(as 水质优良率达93.2% in wr_guangdong_2025_e) → the year; " + FRAME_NOTE)
g.neg("完成第三次全国土壤普查", "第三次", "edition label of the survey (第三次全国土壤普查), not a "
      "count or rank (as wr_china_2022_c)")

# ==== line 4 (source 71): 深化生态文明体制改革 (统一 lexicalized) =========================================
g.neg("严格落实“三区三线”", "三区三线", LABEL_NOTE + " (“三区三线”: the three zones — urban, "
      "agricultural, ecological — and their three control lines)")

# ==== line 5 (source 72): heading （九） ==========================================================
g.neg("（九）激发文化", "（九）", MARKER_NOTE)

# ==== line 6 (source 73): 发展社会主义先进文化 ======================================================
g.neg("以“两端一云”建设", "两端一云", LABEL_NOTE + " (“两端一云”: two client apps and one "
      "cloud of the provincial media), not a count")

# ==== line 7 (source 74): 丰富高品质文化供给 (一体 lexicalized) ========================================
g.neg("引进培育一批文艺名家", "一批", VAGUE_NOTE.format("一批"))
g.neg("“文化广东”一站式", "一站式", "label 一站式 'one-stop' (service platform), not a count (as "
      "nw_jiangsu_tech_2026)")

# ==== line 8 (source 75): 加强优秀传统文化传承 ======================================================
g.neg("岭南文化“双创”工程", "双创", LABEL_NOTE + " (“双创” here = 创造性转化、创新性发展 of "
      "Lingnan culture), not a count")

# ==== line 9 (source 76): 完善现代旅游业体系 ========================================================
g.neg("文旅投资“三个一百”计划", "三个一百", LABEL_NOTE + " (“三个一百”计划, named after its three "
      "targets of 100 listed right after it: 100项, 100项, 100亿元 — those are the facts)")
PROJ_NOTE = ("projects to be pushed forward under the “三个一百” plan (a 2025 task → target); "
             + FRAME_NOTE + "; the end instant and judgement call the plan's five-year span "
             "(五年, written after them) as further alts")
fact("推进100项在建重大项目", "100项", value=100, unit="count", kind="count", classifier="项",
     metric="在建重大项目",
     metric_alts=["文旅在建重大项目", "在建重大文旅项目", "文旅投资在建重大项目", "推进在建重大项目",
                  "在建重大项目数量", "重大项目"], **PLAN_SET, note=PROJ_NOTE)
fact("100项重点招商项目", "100项", value=100, unit="count", kind="count", classifier="项",
     metric="重点招商项目",
     metric_alts=["文旅重点招商项目", "重点招商文旅项目", "文旅投资重点招商项目", "推进重点招商项目",
                  "重点招商项目数量", "招商项目"], **PLAN_SET, note="verb 推进 shared; " + PROJ_NOTE)
g.neg("省级财政五年统筹投入", "五年", PERIOD_NOTE + " (五年: the five years over which the 100亿元 "
      "is to be put in — 2025-2029 read as the plan years from the report year; not a "
      "duration fact, as 五年新增… in wr_china_2008_b)")
fact("五年统筹投入100亿元", "100亿元", value=100e8, unit="CNY", kind="amount",
     metric="省级财政统筹投入",
     metric_alts=["省级财政投入", "统筹投入", "省级财政五年统筹投入", "财政投入",
                  "省级财政支持旅游产业发展投入", "支持旅游产业发展投入", "旅游产业发展投入",
                  "省级财政统筹投入支持旅游产业发展"],
     subject_alts=GD_ALTS + ["省级财政", "广东省级财政"], **PLAN5,
     note="统筹投入 → the funds the provincial budget is to put into tourism (target); 亿元 ×1e8; "
          "a total over 五年, the period right before it — judgement call: 2025-01-01.."
          "2029-12-31 (the five years from the report year), null and the plan year 2025 as "
          "alts; the provincial budget → 广东省, 省级财政 as alt (as the central budget → 中国 in "
          "wr_china_2017_c)")
g.neg("加强国家5A级景区", "5A级", "grade label 5A级 (top scenic-spot grade), not a quantity (as "
      "wr_guangdong_2025_e)")
g.neg("清远长隆首期项目", "首期", PHASE_NOTE.format("首期 'first phase' of 清远长隆, as "
      "nw_cctv_20250916_jilin_heilongjiang_2025"))
g.neg("吸引八方来客", "八方", "idiom 八方来客 'guests from all directions', not a quantity (as "
      "nw_cctv_20200104_xinjiang_ports_2019)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 二、2025年工作安排 (heading on source line 27, outside the excerpt) — the "
    "plan for 2025: the four paragraphs of task （八）深入推进绿美广东生态建设 (heading on "
    "source line 67, outside: greening with 林分优化提升 and 森林抚育提升 200万亩 each; green "
    "transition with 新增电源装机3000万千瓦 and the nuclear, pumped-storage and offshore-wind "
    "projects; 蓝天碧水净土 with 国考断面水质优良率稳定在90%以上; 生态文明体制改革) and task "
    "（九） culture and tourism (heading, 先进文化, 文化供给, 传统文化, 旅游业体系 with the "
    "“三个一百” plan: 100项在建重大项目, 100项重点招商项目, 省级财政五年统筹投入100亿元). Other "
    "excerpts of the same report: wr_guangdong_2025 (22-29), _b (39-45), _c (98-108), _d "
    "(7-14), _e (18-20), _f (15-16), _g (109-128); no overlap. Title: the source's first line "
    "(outside the excerpt), title_in_text=False. Date: 2025-01-15, the delivery date in "
    "source line 3 (——2025年1月15日在广东省第十四届人民代表大会第三次会议上), as the corpus meta. "
    "Place: 广东省 (广东, 全省, 我省 → alts; 省级财政 added for the 100亿元). Periods: 今年 "
    "(= 2025) stands before the two 200万亩 in line 1 (explicit, no null alt); every other "
    "number has no period before it in its line and takes the section frame 2025-01-01.."
    "2025-12-31 (period text 今年, the excerpt's own name of the year; null as alt); 五年 "
    "governs 100亿元 → 2025-01-01..2029-12-31 (judgement call; null and 2025 as alts); the "
    "two 100项 keep the frame year with the end instant and the five-year span as alts. "
    "Modality: target throughout (plan text: 再完成, 新增, 确保…稳定在, 推进, 统筹投入). Bounds: "
    "以上 → ge (90%); otherwise eq. Units: 万亩 → mu ×1e4; 万千瓦 → W ×1e7; 亿元 ×1e8; 项 → "
    "count. Judgement calls: the two 200万亩 are two facts (each task its own number); 新增电源"
    "装机 → a flow of 2025 (增量 alts); 水质优良率 → a rate of the year; 五年 → the period "
    "2025-2029 of the 100亿元 (not a duration fact); “三个一百”, 三区三线, 两端一云, 双创, 四旁/"
    "五边 → labels; 三年 (乡村绿化三年行动) → plan name; 3、4号 (机组), 三山岛 → names; 二期 ×2, "
    "首期 → phase labels. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一, 一体 (城乡一体).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源 : 南方日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
