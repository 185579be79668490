"""Gold annotations for wr_qinghai_2025_d (2025年青海省政府工作报告, the plan for 2025: the end
of task （五）, task （六） and the opening of task （七）), lines 44-53 of
shared/texts/work_report/wr_qinghai_2025.txt.  Held out: written into corpora/heldout/.

The excerpt corpora/heldout/wr_qinghai_2025_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the last two
paragraphs of task （五）着力防范化解风险 (更好支撑国家战略腹地建设: oil and gas reserves and
output; 强化公共安全系统施治), its closing sentence, task （六）着力强化协同联动 (heading,
乡村全面振兴: sown areas, rural roads, bridges, toilets, grid; 新型城镇化: towns, housing, lifts;
区域协调; closing sentence) and task （七）着力创造高品质生活 (heading and 促进高质量充分就业).
All of it lies in part 二、2025年目标任务和重点工作 (source line 16): the plan for 2025 →
modality target.  Lines 7-12 and 16-23 are annotated in wr_qinghai_2025 / _b / _c (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_qinghai_2025_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_qinghai_2025_d"
PLACE = "青海省"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_qinghai_2025.txt"
FIRST, LAST = 44, 53                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年青海省政府工作报告"       # line 1 of the source, outside the excerpt
QH_ALTS = ["青海", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="更好支撑国家战略腹地建设。",
                 ends="才有所用、劳有所得。")
text = g.text
fact = g.with_subject(PLACE, QH_ALTS)


def own(*parts):
    """subject_alts for a unit inside the province that owns its number, province as alt."""
    return list(parts) + [PLACE] + QH_ALTS


def added(noun, *more):
    """metric_alts of a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
CAMPAIGN_NOTE = "name of a multi-year campaign or period (N年行动 / N年过渡期), not a duration fact"
PHASE_NOTE = "phase label {} (README §2: 一期), not a quantity"

# ---- periods (reference date 2025-01-19; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年目标任务和重点工作 (source line 16, outside it): the
# tasks of the report year → modality target.  No line with a number states a period of its
# own (今年7月底 in line 2 governs only the clause 一期…完成 after it, which holds no fact; a
# period never crosses a line), so every fact takes the frame of part 二, the plan year 2025
# (SPEC §4), 2025-01-01..2025-12-31 with the null reading in period_alts; the period text is
# the excerpt's own name for that year, 今年 (line 2), so that it occurs in the article (as
# wr_chongqing_2025_d).  Flows of the year (reserves added by exploration, gas output, sown
# areas, roads built, flats renovated) keep the year; things to be built or added (bridges,
# toilets, rental flats, the grid of the last townships, lifts, supported areas and towns) may
# also be read as the stock reached at the end of the year: the end instant as a further alt
# (as BUILD of wr_chongqing_2025_d).
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
TARGET = dict(period=T25, period_alts=[T25_NULL], modality="target")
BUILD = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
TASK_NOTE = ("task for 2025 → target; the line states no period: frame of part 二、2025年目标"
             "任务和重点工作 (2025, period text 今年 as the excerpt names it), null as alt")
BUILD_NOTE = TASK_NOTE + "; things to be built/added: the end instant as a further alt"

# ==== line 1 (source 44): 更好支撑国家战略腹地建设 ===============================================
g.neg("高效推进新一轮", "一轮", "新一轮 'a new round', not a count")
RES_NOTE = ("勘探新增 N: reserves to be added by exploration in 2025 (a flow; SPEC §2 absolute "
            "change → 增量 alts); the verb 勘探新增 is shared by the two values; ")
fact("石油地质储量3000万吨", "3000万吨", value=3000e4, unit="t", kind="amount",
     metric="新增石油地质储量",
     metric_alts=["勘探新增石油地质储量", "石油地质储量", "石油地质储量增量", "新增探明石油地质储量",
                  "石油储量"], **TARGET, note=RES_NOTE + TASK_NOTE)
fact("天然气200亿立方米", "200亿立方米", value=200e8, unit="m3", kind="amount",
     metric="新增天然气地质储量",
     metric_alts=["勘探新增天然气地质储量", "天然气地质储量", "天然气地质储量增量", "新增天然气储量",
                  "天然气储量", "天然气"], **TARGET,
     note=RES_NOTE + "head 新增…地质储量 restored for 天然气 (README §3 elided heads); "
          "亿立方米 = 1e8 m3; " + TASK_NOTE)
fact("天然气产量稳定在60亿立方米以上", "60亿立方米", value=60e8, unit="m3", kind="amount",
     bound="ge", metric="天然气产量", metric_alts=["天然气年产量", "天然气"], **TARGET,
     note="稳定在…以上 → ge (以上 outside the span); the output of 2025 (a flow); " + TASK_NOTE)
g.neg("加快鱼卡二号井", "二号", "numeral inside the name of a mine shaft (鱼卡二号井 'Yuka "
      "No. 2 shaft'), not a quantity")

# ==== line 2 (source 45): 强化公共安全系统施治 ==================================================
g.neg("治本攻坚三年行动", "三年", CAMPAIGN_NOTE + " (安全生产治本攻坚三年行动, as "
      "wr_chongqing_2025_d)")
g.neg("基层能力建设“五大工程”", "五大", "set label N大 (“五大工程”, the five projects just "
      "listed: 先期预防…基层能力建设), not a count claim (as wr_hunan_2025 五大工程)")
g.neg("完善“双叫应”", "双叫应", LABEL_NOTE + " (“双叫应” 'double call-and-answer' warning "
      "mechanism)")
g.neg("确保一期今年7月底", "一期", PHASE_NOTE.format("一期 (first phase of the relocation "
      "project)"))
g.neg("确保一期今年7月底", "今年7月底", PERIOD_NOTE + " (deadline 2025-07-31 of the first "
      "phase; no fact after it in its line)")
g.neg("、二期接续推进", "二期", PHASE_NOTE.format("二期 (second phase)"))

# ==== line 3 (source 46): 高水平安全是… — no numeral =================================================

# ==== line 4 (source 47): (六) heading ==========================================================
g.neg("(六)着力强化协同联动", "(六)", MARKER_NOTE)
g.neg("双向流动", "双向", "双向 'two-way' (flows in both directions), not a quantity")

# ==== line 5 (source 48): 扎实推进乡村全面振兴 ===================================================
AREA_NOTE = ("分别: 粮食 ↔ 445万亩, 油料作物 ↔ 222万亩; 种植面积 shared; a trailing 以上 after a "
             "分别 list covers every value (README §6) → ge; sown area of the 2025 season; 亩 "
             "stays mu (SPEC §3); " + TASK_NOTE)
fact("分别保持在445万亩", "445万亩", value=445e4, unit="mu", kind="amount", bound="ge",
     metric="粮食种植面积",
     metric_alts=["粮食播种面积", "粮食作物种植面积", "粮食面积"], **TARGET, note=AREA_NOTE)
fact("445万亩、222万亩以上", "222万亩", value=222e4, unit="mu", kind="amount", bound="ge",
     metric="油料作物种植面积",
     metric_alts=["油料种植面积", "油料播种面积", "油料作物播种面积", "油料面积"], **TARGET,
     note=AREA_NOTE + "; head 种植面积 restored")
g.neg("开展五年过渡期", "五年", CAMPAIGN_NOTE + " (五年过渡期, the five-year transition "
      "period after poverty eradication, 2021-2025; 总体评估 states no number)")
g.neg("再扶持打造一批青海拉面", "一批", "vague quantifier 一批 'a batch of' (README §2)")
g.neg("“三店合一”样本店", "三店合一", LABEL_NOTE + " (“三店合一” 'three shops in one', a "
      "model of the 青海拉面 shops)")
g.neg("学习运用“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's 千村示范、万村"
      "整治 programme; as other golds)")
g.neg("千方百计拓宽", "千方百计", "idiom 千方百计 'by every means', not a quantity")
fact("新改建农村公路4000公里", "4000公里", value=4000e3, unit="m", kind="amount",
     metric="新改建农村公路",
     metric_alts=["农村公路", "新改建农村公路里程", "农村公路新改建", "农村公路建设里程",
                  "新建改建农村公路"], **TARGET,
     note="公里 → m (×1e3); roads built or rebuilt in 2025 (as wr_qinghai_2025 新改建普通省道"
          "和农村公路); " + TASK_NOTE)
fact("修建便民桥500座", "500座", value=500, unit="count", kind="count", classifier="座",
     metric="便民桥", metric_alts=added("便民桥", "修建便民桥"), **BUILD, note=BUILD_NOTE)
fact("农村户厕2万座", "2万座", value=2e4, unit="count", kind="count", classifier="座",
     metric="农村户厕",
     metric_alts=added("农村户厕", "新建和改造农村户厕", "新建改造农村户厕", "户厕",
                       "农村户厕新建和改造"), **BUILD,
     note="新建和改造: built or rebuilt (as wr_qinghai_2025 新建农村户厕2.11万座); "
          + BUILD_NOTE)
fact("玉树州剩余9乡", "9乡", value=9, unit="count", kind="count", classifier="乡",
     metric="“大电网建设+微电网改造”工程",
     metric_alts=["大电网建设+微电网改造工程", "剩余乡", "乡", "玉树州剩余乡",
                  "剩余乡“大电网建设+微电网改造”工程", "剩余乡大电网建设+微电网改造工程",
                  "建成“大电网建设+微电网改造”工程的乡", "“大电网建设+微电网改造”工程乡数"],
     subject="玉树州", subject_alts=own("玉树藏族自治州", "玉树"), **BUILD,
     note="judgement call: the number of townships still without the main grid in 玉树州 whose "
          "grid works are to be completed (全面建成) in 2025 → count 9, classifier 乡 (span "
          "number + classifier, README §1); the prefecture owns its townships (subject 玉树州, "
          "the province as alt); the project named in quotes is the metric; " + BUILD_NOTE)

# ==== line 6 (source 49): 提升新型城镇化质量水平 ===================================================
fact("支持14个潜力地区", "14个", value=14, unit="count", kind="count", classifier="个",
     metric="潜力地区",
     metric_alts=["支持潜力地区", "潜力地区数量", "支持发展特色产业集群的潜力地区",
                  "发展特色产业集群的潜力地区"], **BUILD,
     note="the areas to be supported in developing industrial clusters; " + BUILD_NOTE)
fact("培育98个特色专业镇", "98个", value=98, unit="count", kind="count", classifier="个",
     metric="特色专业镇", metric_alts=added("特色专业镇", "培育特色专业镇", "专业镇"),
     **BUILD, note=BUILD_NOTE)
fact("改造城镇老旧小区2万套", "2万套", value=2e4, unit="count", kind="count", classifier="套",
     metric="城镇老旧小区",
     metric_alts=["改造城镇老旧小区", "城镇老旧小区改造", "老旧小区改造", "老旧小区",
                  "城镇老旧小区改造套数", "城镇老旧小区数量"], **TARGET,
     note="dwellings (套) to be renovated in 2025 (a flow of works, as wr_henan_2025 老旧小区 "
          "31.8万户); " + TASK_NOTE)
fact("保障性租赁住房2800套以上", "2800套", value=2800, unit="count", kind="count",
     classifier="套", bound="ge", metric="保障性租赁住房",
     metric_alts=added("保障性租赁住房", "新增保障性租赁住房", "保租房"), **BUILD,
     note="新增…以上 → ge (以上 outside the span); 增量 alts (README §3); " + BUILD_NOTE)
g.neg("“平急两用”公共", "平急两用", LABEL_NOTE + " (“平急两用” 'for normal and emergency "
      "use', as other golds)")
fact("更新住宅电梯400部以上", "400部", value=400, unit="count", kind="count", classifier="部",
     bound="ge", metric="住宅电梯",
     metric_alts=["更新住宅电梯", "住宅电梯更新", "更新住宅电梯数量", "住宅电梯数量", "电梯"],
     **BUILD, note="以上 → ge (以上 outside the span); lifts to be replaced in 2025; "
                   + BUILD_NOTE)

# ==== line 7 (source 50): 统筹区域协调发展 ==========================================================
g.neg("唱好兰西“双城记”", "双城记", LABEL_NOTE + " (兰西“双城记” 'tale of two cities': 兰州 "
      "and 西宁)")
g.neg("“两核一带多节点”", "两核一带多节点", LABEL_NOTE + " (“两核一带多节点” 'two cores, one "
      "belt, several nodes', a spatial-layout name)")

# ==== line 8 (source 51): closing of （六） ======================================================
g.neg("下好区域协调“一盘棋”", "一盘棋", "idiom 一盘棋 'one chessboard' (acting as a whole), "
      "not a quantity")

# ==== line 9 (source 52): (七) heading ==========================================================
g.neg("(七)着力创造高品质生活", "(七)", MARKER_NOTE)

# ==== line 10 (source 53): 促进高质量充分就业 =====================================================
g.neg("“两优惠、三补贴”政策", "两优惠、三补贴", LABEL_NOTE + " (“两优惠、三补贴”, the name of "
      "the employment-aid package: two preferences, three subsidies), not counts")
g.neg("确保零就业家庭", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in work', "
      "a category name)")
g.neg("“订单式培训", "订单", "lexicalized 订单 'order' (订单式培训 'training to order'); 单 "
      "is not a quantity")
g.neg("社区零工市场", "零工", "lexicalized 零工 'odd jobs'; 零 is not a quantity")
g.neg("动态清零", "清零", "清零 'clear to zero' (eliminate) in the policy phrase 动态清零, a goal "
      "word, not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_qinghai_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the plan for "
    "2025 in part 二、2025年目标任务和重点工作 (heading: source line 16, outside the excerpt) — "
    "the last two paragraphs of task （五） (更好支撑国家战略腹地建设: oil and gas reserves and "
    "output; 强化公共安全系统施治: no figures) and its closing sentence, task （六）着力强化协同"
    "联动 in full (乡村全面振兴, 新型城镇化, 区域协调, closing sentence) and the heading and "
    "first paragraph of task （七） (就业: no figures). Lines 7-12 and 16-23 are annotated in "
    "wr_qinghai_2025 / _b / _c (no overlap). Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-19, the "
    "delivery date in the report's header (source line 3: ——2025年1月19日在青海省第十四届 "
    "人民代表大会第三次会议上); the shared meta agrees (来源：青海日报). Place: 青海省 (青海, "
    "全省, 我省 → alts); 玉树州 owns the count of its 9 townships (province as alt). Periods: no "
    "line with a number states a period of its own (今年7月底 governs only the 一期 clause, "
    "without facts): every fact takes the frame of part 二, the plan year 2025, "
    "2025-01-01..2025-12-31, period text 今年 (the excerpt's own name for the year), null as "
    "alt; things to be built or added (bridges, toilets, rental flats, grid works, lifts, "
    "supported areas and towns) also accept the end instant 2025-12-31. Modality: target "
    "throughout (plan). Bounds: 以上 / 稳定在…以上 / 保持在…以上 → ge (a trailing 以上 after the "
    "分别 list covers both areas). Units: 万吨 → t; 亿立方米 → m3 (×1e8); 万亩 → mu; 公里 → m; "
    "座/套/部/个/乡 → classifiers. Judgement calls: 勘探新增 reserves → amounts of the year "
    "with 增量 alts, head restored for 天然气; 玉树州剩余9乡 → count of townships (classifier 乡) "
    "owned by 玉树州; 14个潜力地区 / 98个特色专业镇 → counts (target); 五年过渡期, 三年行动, "
    "五大工程, 两优惠、三补贴, 三店合一, 千万工程, 双城记, 两核一带多节点 → labels (negatives); "
    "千方百计 idiom; 订单, 零工 lexicalized words; "
    "鱼卡二号井 → name. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体发展, 一体化), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_qinghai_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
