"""Gold annotations for wr_xinjiang_2025_f (2025年新疆政府工作报告, the 2025 tasks), lines 42-47
of shared/texts/work_report/wr_xinjiang_2025.txt.

The excerpt corpora/wr_xinjiang_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: the body of task
(二) 加快“十大产业集群”建设 (its heading on source line 41 is outside: agriculture — grain area,
cotton; new industry — oil and gas, coal chemicals, minerals, new materials; services —
tourism, logistics), task (三) 加快有效投资、大力提振消费 (heading and body: investment policy,
major projects, the 15th plan, consumption), task (四) 加快高水平开放 (heading and body: the Belt
and Road core area, ports, the free-trade zone, cooperation with neighbours) and the heading of
task (五).  It lies in part 二、2025年重点工作 (heading on source line 35, outside the excerpt):
the plan for 2025, so every fact is a target.  Lines 29-39 and 48-54 are annotated in
wr_xinjiang_2025_d / _e (no overlap).  The excerpt is number-poor: most numerals are labels,
names, road numbers and quantifiers (negatives).  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_xinjiang_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_xinjiang_2025_f"
PLACE = "新疆维吾尔自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xinjiang_2025.txt"
FIRST, LAST = 42, 47                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年新疆政府工作报告"
XJ_ALTS = ["新疆", "全疆", "自治区", "全区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="以粮食和食品加工、棉花和纺织服装",
                 ends="(五)加快创新要素集聚，因地制宜发展新质生产力")
text = g.text
fact = g.with_subject(PLACE, XJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
IDIOM_NOTE = "idiom / slogan, not a quantity claim"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
BATCH = VAGUE_NOTE.format("一批 'a batch of'")
ORDINAL_NAME_NOTE = "ordinal inside a project's name ({}), not a count or rank"
ROAD_NOTE = "road number {} (a designation, as G219 in wr_xinjiang_2025_c), not a quantity"
PLAN_NAME_NOTE = "plan label “十五五” (the 15th Five-Year Plan, 2026-2030; SPEC §1), not a quantity"

# ---- periods (reference date 2025-01-19; 今年 = 2025) --------------------------------------
# The excerpt lies in part 二、2025年重点工作 (heading on source line 35, outside the excerpt):
# the tasks are the plan for 2025 → modality target (稳定在, 力争, 加快建设).  No line of the
# excerpt states a period of its own (“十五五” names the next plan, not the period of a
# number), so the numbers take the section frame (SPEC §4): period text 2025年 (the heading's),
# 2025-01-01..2025-12-31, the null reading in period_alts (as wr_xinjiang_2025_e); the designed
# capacity of a project being built (塔城2×66万千瓦) also takes the year-end instant as alt (as
# the 11 projects of wr_xinjiang_2025_e).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年重点工作 (2025), null as alt")

# ==== line 1 (source 42): (二) agriculture, new industry, services ============================
fact("粮食种植面积稳定在4500万亩", "4500万亩", value=4500e4, unit="mu", kind="amount",
     bound="approx", metric="粮食种植面积",
     metric_alts=["粮食播种面积", "粮食面积", "粮食种植", "粮食生产面积"], **PLAN,
     note="稳定在…左右 → approx (左右 outside the span); 万亩 ×1e4, unit mu; the area sown in "
          "2025; " + PLAN_NOTE)
fact("棉花总产稳定在500万吨", "500万吨", value=500e4, unit="t", kind="amount", bound="ge",
     metric="棉花总产",
     metric_alts=["棉花总产量", "棉花产量", "棉花", "棉花总产稳定"], **PLAN,
     note="稳定在…以上 → ge (以上 outside the span); 万吨 ×1e4 t; the 2025 crop; " + PLAN_NOTE)
g.neg("吐哈三大盆地", "三大", "set label 三大盆地 (the three basins named just before: 准噶尔、"
      "塔里木、吐哈; README §2 八大, as 三大黑土区 in nw_cctv_20240428_northeast_2024), not a "
      "count claim")
g.neg("深入实施新一轮找矿", "一轮", "新一轮 'a new round', not a count (as wr_yunnan_2025)")
fact("力争接待游客3.2亿人次", "3.2亿人次", value=3.2e8, unit="count", kind="count",
     classifier="人次", metric="接待游客",
     metric_alts=["游客接待量", "接待游客人次", "游客人次", "游客", "接待游客量", "接待游客人数",
                  "旅游人数", "接待国内外游客"], **PLAN,
     note="力争 → target, eq; 人次 is a classifier (SPEC §3); 亿 ×1e8; visitors of 2025; "
          + PLAN_NOTE)
g.neg("布局建设一批国家", "一批", BATCH)
g.neg("规划建设一批多式联运", "一批", BATCH)
g.neg("培育一批具有国际", "一批", BATCH)

# ==== line 2 (source 43): heading (三) ========================================================
g.neg("(三)加快有效投资", "(三)", MARKER_NOTE)
g.neg("千方百计扩大内需", "千方百计", IDIOM_NOTE + " (千方百计 'by every means')")

# ==== line 3 (source 44): (三) investment, major projects, consumption =======================
g.neg("承接好一揽子增量政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a "
      "quantity (as wr_anhui_2025)")
g.neg("做精做细“六重清单”", "六重", LABEL_NOTE + " (“六重清单”, the six lists of key projects; "
      "as wr_xinjiang_2025_c), not a count")
g.neg("支持“两重”项目", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力建设, "
      "as wr_yunnan_2025)")
g.neg("以“十张网”为牵引", "十张网", LABEL_NOTE + " (“十张网”: the region's ten infrastructure "
      "networks named as a group, as wr_xinjiang_2025_c), not a count")
g.neg("推动“疆电外送”第三通道", "第三", ORDINAL_NAME_NOTE.format("“疆电外送”第三通道, the third "
      "power-export corridor; as wr_xinjiang_2025_c"))
g.neg("G0711乌鲁木齐至尉犁", "G0711", ROAD_NOTE.format("G0711 (expressway 乌鲁木齐—若羌)"))
g.neg("高速公路等一批重大项目建成投运", "一批", BATCH)
g.neg("加快建设“疆电外送”第四通道", "第四", ORDINAL_NAME_NOTE.format("“疆电外送”第四通道, the "
      "fourth power-export corridor; as wr_xinjiang_2025_c"))
g.neg("淖毛湖铁路二线", "二线", "project name 将军庙至淖毛湖铁路二线 (the second track), a label, "
      "not a quantity (as 西气东输二线 in wr_china_2010)")
TC = dict(subject="塔城煤电一体化项目",
          subject_alts=["塔城2×66万千瓦煤电一体化项目", "塔城2×66万千瓦煤电一体化",
                        "塔城煤电一体化", "塔城", PLACE] + XJ_ALTS)
TC_NOTE = ("2×66万千瓦 = two generating units of 660 MW each, written into the project's name "
           "(SPEC §1: capacities in project names are facts); annotated as two facts, the "
           "number of units and the unit capacity (as 华润热电2×350兆瓦 in "
           "nw_cctv_20230723_liaoning_2023; a single 1.32e9 W fact over the span 2×66万千瓦 is "
           "the other reading — judgement call); the project owns them (README §4, as the "
           "projects of wr_xinjiang_2025_c), the region as alt; still to be built (加快建设…等一批"
           "重大项目) → target; ")
fact("塔城2×66万千瓦", "2", value=2, unit="count", kind="count", classifier="台",
     metric="煤电机组",
     metric_alts=["机组", "机组数量", "煤电机组数量", "发电机组", "煤电一体化项目机组"],
     **TC, **PLAN_SET,
     note="the number of units (classifier 台 implied: the text writes no measure word); "
          + TC_NOTE + PLAN_NOTE + "; the year-end instant as further alt")
fact("塔城2×66万千瓦", "66万千瓦", value=66e4 * 1e3, unit="W", kind="amount",
     metric="单机容量",
     metric_alts=["机组容量", "单机装机容量", "煤电机组单机容量", "煤电机组容量", "装机容量",
                  "煤电一体化项目装机容量", "煤电装机"],
     **TC, **PLAN_SET,
     note="万千瓦 = 1e7 W → 6.6e8 W per unit (see the 2 units just before); " + TC_NOTE
          + PLAN_NOTE + "; the year-end instant as further alt")
g.neg("煤电一体化等一批重大项目", "一批", BATCH)
g.neg("G3033奎屯至独山子", "G3033", ROAD_NOTE.format("G3033 (expressway 奎屯—独山子—库车)"))
g.neg("科学制定“十五五”规划", "十五五", PLAN_NAME_NOTE)
g.neg("推动一批重大项目纳入", "一批", BATCH)
g.neg("纳入国家“十五五”规划", "十五五", PLAN_NAME_NOTE)
g.neg("扩围实施“两新”行动", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新, as "
      "wr_xinjiang_2025_c)")
g.neg("积极发展首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a rank "
      "or count (as wr_anhui_2025_b)")

# ==== line 4 (source 45): heading (四) ========================================================
g.neg("(四)加快高水平开放", "(四)", MARKER_NOTE)

# ==== line 5 (source 46): (四) opening ========================================================
g.neg("加快“一带一路”核心区", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity (as wr_yunnan_2025)")
g.neg("多斯特克铁路增建二线", "二线", "project name 增建二线 (a second track of the 阿拉山口—"
      "多斯特克 railway), a label, not a quantity")
g.neg("集中推出一批影响力大", "一批", BATCH)
g.neg("探索建立“两国双园”", "两国双园", LABEL_NOTE + " (“两国双园”: paired parks in two "
      "countries, a cooperation model), not a count")
g.neg("扩大双向贸易", "双向", "双向 'two-way' (trade and investment), not a quantity (as "
      "wr_anhui_2025_b)")

# ==== line 6 (source 47): heading (五) ========================================================
g.neg("(五)加快创新要素", "(五)", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_xinjiang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. Part of the document: part 二、2025年重点工作 (heading on source line "
    "35, outside the excerpt), the plan for 2025: the body of task (二) 加快“十大产业集群”建设 "
    "(heading on source line 41: grain area, cotton, oil and gas, coal chemicals, minerals, "
    "tourism, logistics), task (三) (investment, major projects, the 15th plan, consumption) "
    "and task (四) (opening up) with their headings, and the heading of task (五). Lines 29-39 "
    "and 48-54 are annotated in wr_xinjiang_2025_d / _e (no overlap). Title, source line and "
    "dateline are outside the excerpt (title_in_text=False; the title as the source's first "
    "line, as wr_xinjiang_2025). Date: 2025-01-19, the delivery date in the report's header "
    "(source line 3: 2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次会议上); the corpus "
    "meta agrees. Place: 新疆维吾尔自治区 (新疆, 全疆, 自治区, 全区 → alts); the 塔城 coal-power "
    "project owns its units and unit capacity (the region as alt). Periods: no line states a "
    "period of its own: every fact takes the section frame 2025 (period text 2025年, null as "
    "alt; the project's capacity also the year-end instant). Modality: target throughout (a "
    "plan: 稳定在, 力争, 加快建设). Bounds: 4500万亩左右 → approx; 500万吨以上 → ge. Units: 万亩 "
    "×1e4 mu; 万吨 ×1e4 t; 亿人次 ×1e8 (classifier 人次); 万千瓦 → 1e7 W. Judgement calls: "
    "塔城2×66万千瓦 → two facts (2 units, classifier 台 implied; 6.6e8 W each) owned by the "
    "project, as nw_cctv_20230723_liaoning_2023 (one 1.32e9 W fact the alternative); 三大盆地, "
    "六重清单, 两重, 十张网, 两新, 两国双园, 首发经济 → labels; 第三/第四通道, 二线 ×2 → ordinals "
    "in names; G0711, G3033 → road numbers. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体化 (煤电一体化), 清单 (项目清单). "
    "The shared check_gold.py reports the period text 2025年 as not in the article: the heading "
    "that names the frame lies outside the excerpt (a known false alarm, as wr_xinjiang_2025_e); "
    "czfacts check-gold accepts the files.")

g.write(date=REF, source=f"shared/texts/work_report/wr_xinjiang_2025.txt lines {FIRST}–{LAST} "
        "(2025年新疆政府工作报告, 来源：新疆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
