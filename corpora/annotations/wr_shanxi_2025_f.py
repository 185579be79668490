"""Gold annotations for wr_shanxi_2025_f (2025年山西省政府工作报告, the 2025 part; held-out:
corpora/heldout/), lines 36-43 of shared/texts/work_report/wr_shanxi_2025.txt.

The excerpt corpora/heldout/wr_shanxi_2025_f.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: the last three paragraphs of task （三）聚焦提供
强大动力和制度保障 (“两个毫不动摇”: state firms and private economy; 全国统一大市场: market
system and business environment; “1+N”: opening up) with its closing 各位代表… line, the
heading of task （四）聚焦推动城乡融合发展，统筹推进新型城镇化和乡村全面振兴 and its first three
paragraphs (中部城市群, 以县城为重要载体的新型城镇化, 县域经济), 2,359 characters, the line
range as briefed.  Lines 4-10, 11-17, 18-28, 29-35 and 47-58 are annotated in wr_shanxi_2025,
_d, _b, _e and _c (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanxi_2025_f.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanxi_2025_f"
PLACE = "山西省"
REF = "2025-01-17"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_shanxi_2025.txt"
FIRST, LAST = 36, 43                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年山西省政府工作报告"
SX_ALTS = ["山西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="坚持和落实“两个毫不动摇”",
                 ends="构建以县城为枢纽、小城镇为节点的县域经济体系。")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
GRADE_NOTE = ("grade label 三级 ({}: class 3 of the Chinese hospital grading), not a quantity "
              "(as other golds)")

# ---- periods (reference date 2025-01-17; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 18, outside the
# excerpt): the end of task （三） and the start of task （四） of the plan for 2025 → modality
# target throughout.  No line of the excerpt states a period: every number takes the section
# frame 2025 (SPEC §4) with the null reading in period_alts; the period text is 2025年, the
# heading's (as wr_shanxi_2025_e; outside the excerpt — period text is not scored).  A share of
# a stock to be reached (资产总额达到70%以上) is the instant at the end of the frame, 2025-12-31,
# the year and null as alts (as wr_shanxi_2025_b / _e PLAN_END); shares of the year's revenue
# and investment keep the year (the end instant as a further alt); things to be added,
# fostered or upgraded, and the pilot counties the plan works with, keep the year with the end
# instant as a further alt (as wr_shanxi_2025_e PLAN_BUILD); per-county numbers → the year.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_BUILD = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (2025), null as alt")
BUILD_NOTE = PLAN_NOTE + "; things to be added / fostered / upgraded: the end instant as alt"
END_NOTE = ("a share of a stock to be reached → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts; target")

# ==== line 1 (source 36): 两个毫不动摇 — state firms, private economy ============================
g.neg("坚持和落实“两个毫不动摇”", "两个毫不动摇", LABEL_NOTE + " (“两个毫不动摇”: the policy on "
      "the public and the non-public economy, as other golds)")
SOE = SX_ALTS + ["省属国有资本", "省属国企", "省属企业", "国资国企"]
fact("资产总额达到70%以上", "70%", value=70, unit="%", kind="share", bound="ge",
     metric="省属国有资本在关系国家安全和国民经济命脉、国计民生领域的资产总额占比",
     metric_alts=["关系国家安全和国民经济命脉、国计民生领域的资产总额占比",
                  "省属国有资本在关系国家安全和国民经济命脉、国计民生领域的资产总额",
                  "关系国家安全和国民经济命脉、国计民生领域资产总额占比",
                  "省属国有资本在重要行业和关键领域的资产总额占比", "资产总额占比",
                  "省属国有资本资产总额占比", "资产总额"],
     subject_alts=SOE, **PLAN_END,
     note="以上 → ge (outside the span); the share of the provincial state capital's total "
          "assets lying in the strategic fields (a share of a stock) → " + END_NOTE + "; "
          "the provincial state capital as a sector keeps the province as subject (README §4), "
          "省属国有资本 / 省属国企 as alts")
fact("营业收入占比达到10%左右", "10%", value=10, unit="%", kind="share", bound="approx",
     metric="战略性新兴产业营业收入占比",
     metric_alts=["战略性新兴产业营收占比", "战略性新兴产业营业收入比重", "战略性新兴产业占比",
                  "省属国企战略性新兴产业营业收入占比", "省属企业战略性新兴产业营业收入占比"],
     subject_alts=SOE, period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="左右 → approx (outside the span); the share of the year's revenue of the provincial "
          "state firms (a flow) → the year, the end instant as a further alt; " + PLAN_NOTE)
fact("主业投资占比90%以上", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="主业投资占比",
     metric_alts=["主业投资比重", "主业投资占总投资比重", "省属国企主业投资占比",
                  "省属企业主业投资占比", "主业投资"],
     subject_alts=SOE, period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="以上 → ge (outside the span); the share of the year's investment (a flow) → the year, the end "
          "instant as a further alt; " + PLAN_NOTE)
g.neg("深入实施“1551”创新工程", "1551", LABEL_NOTE + " (“1551”创新工程 of the provincial "
      "state firms, a programme name), not a quantity")
g.neg("健全国资监管“13331”体系", "13331", LABEL_NOTE + " (国资监管“13331”体系, the name of "
      "the supervision system), not a quantity")
fact("新增规上工业企业500家", "500家", value=500, unit="count", kind="count",
     classifier="家", metric="规上工业企业",
     metric_alts=new("规上工业企业", "新增规上工业企业", "规模以上工业企业", "规模以上工业企业增量",
                     "规上企业"), **PLAN_BUILD,
     note="新增 N: firms to be added to the register in 2025; 增量 alts (README §3); 规上 is the "
          "threshold of the counted set, part of the metric (SPEC §2); " + BUILD_NOTE)
fact("培育专精特新中小企业300家", "300家", value=300, unit="count", kind="count",
     classifier="家", metric="专精特新中小企业",
     metric_alts=new("专精特新中小企业", "培育专精特新中小企业", "专精特新企业"), **PLAN_BUILD,
     note="培育 N: firms to be fostered (certified) in 2025; 增量 alts (README §3); "
          + BUILD_NOTE)
g.neg("制造业单项冠军", "单项", "单项 in the title 单项冠军 ('single-product champion'), a label, "
      "not a count (as wr_fujian_2025 / wr_hebei_2025)")

# ==== line 2 (source 37): 全国统一大市场 — market system, business environment (no facts) ==========
g.neg("深化信用提升三年行动", "三年", "name of a three-year campaign (信用提升三年行动), not a "
      "duration fact (as 三年行动计划 in other golds)")
g.neg("推广涉企政策“一站式”", "一站式", "label 一站式 'one-stop', not a count (as other "
      "golds)")
g.neg("深化综合监管一件事改革", "一件事", "reform name 综合监管一件事改革 ('one matter' "
      "integrated supervision, as 高效办成一件事 in other golds), not a count")
g.neg("建立民营经济“1+N”服务体系", "1+N", LABEL_NOTE + " (“1+N”服务体系: one framework plus "
      "N supporting services, a name, as wr_shanxi_2025_e)")

# ==== line 3 (source 38): opening up (no facts) =================================================
g.neg("完善落实“1+N”政策措施", "1+N", LABEL_NOTE + " (“1+N”政策措施 of opening up, a name)")
g.neg("共建“一带一路”八项行动", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
g.neg("共建“一带一路”八项行动", "八项行动", LABEL_NOTE + " (the “eight major steps” for "
      "Belt and Road cooperation, a programme named by its heads; as 八项行动 in other golds)")
g.neg("多式联运“一单制”", "一单制", LABEL_NOTE + " (“一单制” 'one waybill' multimodal "
      "transport, as other golds)")
g.neg("“一箱制”服务", "一箱制", LABEL_NOTE + " (“一箱制” 'one container' multimodal "
      "transport)")

g.neg("强化与长三角", "长三角", "place name (Yangtze River Delta), not a quantity")

# ==== line 4 (source 39): 各位代表，进一步全面深化改革… (no facts) =================================
g.neg("坚持政府市场两手发力", "两手", "idiom 两手发力 'act with both hands' (government and "
      "market), not a quantity (as 两手抓 in other golds)")

# ==== line 5 (source 40): heading （四） =========================================================
g.neg("（四）聚焦推动城乡融合发展", "（四）", MARKER_NOTE)

# ==== line 6 (source 41): 中部城市群 (no facts) ===================================================
g.neg("推动太原轨道交通1号线", "1号线", "name of a metro line (太原轨道交通1号线, line 1), not "
      "a quantity (as 17号线 in other golds)")
g.neg("中小学合作办学、三级医院", "三级", GRADE_NOTE.format("三级医院"))
g.neg("统筹“三大工程”", "三大", "set label N大 (“三大工程”: 保障性住房, 城中村改造, “平急两用” "
      "public facilities, as other golds)")

# ==== line 7 (source 42): 以县城为重要载体的新型城镇化 =============================================
PILOT_NOTE = ("the pilot scheme the plan works with in 2025 (推动…差异发展): an existing "
              "designation, read as a count under the plan → target (judgement call, as "
              "wr_shanxi_2025_e 531处 sites); " + BUILD_NOTE)
fact("推动5类县城11个试点县", "5类", value=5, unit="count", kind="count", classifier="类",
     metric="县城类型",
     metric_alts=["县城类别", "县城分类", "县城", "试点县城类型", "县城类型数量"], **PLAN_BUILD,
     note="judgement call: 5类县城 'five types of county towns' (the national classification the "
          "11 pilot counties are spread over) read as a count with the measure word 类 (a set "
          "label, negative, is the alternative); " + PILOT_NOTE)
fact("5类县城11个试点县", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="试点县",
     metric_alts=["县城试点县", "5类县城试点县", "试点县数量", "县城建设试点县", "新型城镇化试点县"],
     **PLAN_BUILD, note=PILOT_NOTE)
g.neg("改造“三区一村”", "三区一村", LABEL_NOTE + " (“三区一村”, the set of old urban areas, "
      "districts and villages to be renewed, a name), not a count")
fact("每个县办好1所公办高中", "1所", value=1, unit="count", kind="count", classifier="所",
     metric="公办高中",
     metric_alts=["办好公办高中", "公办高中数量", "每个县公办高中", "县域公办高中",
                  "每个县办好公办高中"],
     subject="县", subject_alts=["每个县", "各县", "县城", PLACE] + SX_ALTS, **PLAN,
     note="a number per county (每个县): the counties own it, the province as alt (as "
          "wr_shanxi_2025_e 每个工业类开发区 1—2个); 1 is a quantity here (the digit, one "
          "school per county), not an article; " + PLAN_NOTE)
fact("50所县级医疗机构", "50所", value=50, unit="count", kind="count", classifier="所",
     metric="达到三级服务水平的县级医疗机构",
     metric_alts=["县级医疗机构", "县级医疗机构达到三级服务水平", "达到三级服务水平县级医疗机构",
                  "三级服务水平县级医疗机构", "县级医疗机构数量",
                  "达到三级服务水平的县级医疗机构数量"],
     **PLAN_BUILD,
     note="county hospitals to reach the grade-3 service level in 2025; the grade 三级 defines "
          "the counted set (part of the metric, its own negative); " + BUILD_NOTE)
g.neg("达到三级服务水平", "三级", GRADE_NOTE.format("三级服务水平, the level the county "
      "hospitals are to reach") + "; part of the count's metric (SPEC §2 threshold)")

# ==== line 8 (source 43): 县域经济 ================================================================
fact("每个县发展1—2个", "1—2个", value=1, upper=2, unit="count", kind="count",
     classifier="个", metric="特色产业",
     metric_alts=["带动能力强、就业容量大的特色产业", "县域特色产业", "特色产业数量",
                  "每个县特色产业", "发展特色产业"],
     subject="县", subject_alts=["每个县", "各县", "县域", PLACE] + SX_ALTS, **PLAN,
     note="a range 1—2 → value 1, upper 2 (SPEC §2 upper), one fact (as wr_shanxi_2025_e "
          "1—2个); a number per county (每个县): the counties own it, the province as alt; "
          + PLAN_NOTE)
g.neg("要素双向流动", "双向", "双向 'two-way' (factors flowing both ways between town and "
      "country), not a quantity")
g.neg("有序推进二轮延包试点", "二轮", "policy label 二轮延包 (the extension of the second round "
      "of rural land contracts, as other golds), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shanxi_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed (held out: corpora/heldout/): the last three paragraphs of task （三）聚焦提供强大"
    "动力和制度保障 (“两个毫不动摇”: state firms and private economy; 全国统一大市场: market "
    "system and business environment; “1+N”: opening up) with its closing 各位代表… line, the "
    "heading of task （四）聚焦推动城乡融合发展 and its first three paragraphs (中部城市群, "
    "以县城为重要载体的新型城镇化, 县域经济). It lies in part 二、2025年工作安排 (the plan for the "
    "report year; heading on source line 18, outside the excerpt). Lines 4-10, 11-17, 18-28, "
    "29-35 and 47-58 are annotated in wr_shanxi_2025 / _d / _b / _e / _c (no overlap). Title "
    "and source line are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-17, the delivery date in the report header (2025年1月17日在山西省第"
    "十四届人民代表大会第三次会议上…, quoted in the shared meta notes), as wr_shanxi_2025 / _b / "
    "_c / _e. Place: 山西省 (山西, 全省, 我省 → alts); the shares of the provincial state "
    "capital / firms keep the province (省属国有资本, 省属国企, 省属企业, 国资国企 as alts); per-"
    "county numbers (1所 public high school, 1—2个 特色产业 of 每个县) are owned by the counties "
    "(subject 县, 每个县 and the province as alts). Periods: no line states a period; every "
    "number takes the plan frame 2025 (period text 2025年, the heading's, outside the excerpt: "
    "the shared check_gold.py reports it as 'not in the article', a known exception as in "
    "wr_shanxi_2025_e; period text is not scored; null as alt); the asset share to be reached (70%以上) → instant 2025-12-31 with the year "
    "and null as alts; shares of the year's revenue and investment (10%左右, 90%以上) → the "
    "year with null and the end instant as alts; firms to be added / fostered, county "
    "hospitals to be upgraded and the pilot counties → the year with null and the end instant "
    "as alts. Modality: target throughout (a plan). Bounds: 以上 → ge, 左右 → approx. Ranges: "
    "1—2个 → value 1, upper 2. Judgement calls: 5类县城 read as a count (classifier 类) and "
    "11个试点县 as a count, both target under the plan; 1所 per county a fact (not an article); "
    "三级 (医院, 服务水平) grade labels, the latter part of the count's metric; 信用提升三年行动, "
    "“1551”, “13331”, “1+N” ×2, 八项行动, “一单制”/“一箱制”, 长三角, 双向, “三区一村”, “三大工程”, 一件事, "
    "一站式, 两手 (发力), 二轮 (延包) → labels / idioms (negatives). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 一流 (一流企业), 统一 (统一大市场, 城乡统一), 进一步, 一体化, "
    "一体 (一体推动).")

g.write(date=REF, source=f"shared/texts/work_report/wr_shanxi_2025.txt lines {FIRST}–{LAST} "
        "(2025年山西省政府工作报告, 来源：山西日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
