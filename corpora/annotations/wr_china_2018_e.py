"""Gold annotations for wr_china_2018_e (2018年中华人民共和国国务院政府工作报告, the 2018 tasks:
poverty and pollution under task （四）, rural revitalisation （五）, regional development （六）,
consumption and investment （七） and the start of opening-up （八）), lines 67-80 of
shared/texts/work_report/wr_china_2018.txt.

The excerpt corpora/wr_china_2018_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the plan part of the report: part
三、对2018年政府工作的建议 (heading on source line 44, outside the excerpt) — the last two
paragraphs of task （四）坚决打好三大攻坚战 (加大精准脱贫力度: 1000万 poor people, 280万 relocated;
推进污染防治: SO2/NOx −3%, COD/ammonia −2%, 1亿亩 afforestation, 3000万亩 fallow pilots), task
（五）大力实施乡村振兴战略 (8000万亩 high-standard farmland, 2000万亩 irrigation, 30年 land
contracts, 20万公里 rural roads), task （六）扎实推进区域协调发展战略 (1300万人 to settle in towns),
task （七）积极扩大消费和促进有效投资 (NEV tax relief 三年, railway 7320亿元, road and waterway
1.8万亿元, water works 1万亿元, central budget investment 5376亿元 / +300亿元) and the heading and
first paragraph of task （八）推动形成全面开放新格局.  wr_china_2018 / _b / _c hold the review
(lines 3-30), wr_china_2018_d lines 36-49 (no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2018_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_2018_e"
SOURCE_ID = "wr_china_2018"
PLACE = "中国"
REF = "2018-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 67, 80                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2018年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2018)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加大精准脱贫力度。", ends="拓展开放合作新空间。")
text = g.text

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"
BRI_NOTE = "initiative name 一带一路 (Belt and Road), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2018_d / wr_china_2015_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2018-03-05; 今年 = 2018, 去年 = 2017) ---------------------------
# The whole excerpt is the plan for 2018 (part 三、对2018年政府工作的建议, heading on source line 44,
# outside the excerpt) → modality target.  A line is a paragraph; a period governs the clauses
# after it in its line only (SPEC §4).
#   - Lines 1 (source 67: 今年再减少…), 2 (68: 今年二氧化硫…, restated 今年化学需氧量…), 9 (75:
#     今年再进城落户…) and 12 (78: 今年要完成…) name 今年 (= 2018) before their first number:
#     explicit for the rest of the line, no null alt (as wr_china_2015_c).
#   - Lines 4 (source 70), 5 (71), 6 (72) and 11 (77) state no period: they take the section
#     frame of part 三 (2018-01-01..2018-12-31, heading 三、对2018年政府工作的建议), period text
#     今年 (the excerpt's own word for the plan year, as wr_china_2010_c; the heading is outside
#     the excerpt), the null reading in period_alts.
#   - Levels to be reached within the year (耕地轮作休耕试点面积增加到…, 水利在建投资规模达到…) →
#     the year, the end instant as alt (as 在建…投资规模 in wr_china_2015_c).
#   - 去年 appears only as a basis (比去年增加300亿元): no period, no comparison of an amount.
T18 = P("今年", "2018-01-01", "2018-12-31")
T18_END = P("今年", "2018-12-31", "2018-12-31")
Y18 = dict(period=T18)
LEVEL = dict(period=T18, period_alts=[T18_END])
T_NOTE = "今年 (= 2018) stands before it in its line and governs it"
S18 = P("今年", "2018-01-01", "2018-12-31")
FRAME = dict(period=S18, period_alts=[null("今年")])
FRAME_NOTE = ("no period before it in its line: section frame of part 三、对2018年政府工作的建议 "
              "(2018, heading outside the excerpt), null as alt")

# ==== line 1 (source 67): 加大精准脱贫力度 ===========================================================
POOR = ["农村贫困人口", "农村贫困人口减少", "贫困人口减少", "减贫人口", "贫困人口增量",
        "农村贫困人口减少人数", "农村贫困人口数量增量", "减少农村贫困人口"]
fact("再减少农村贫困人口1000万以上", "1000万", value=-1000e4, unit="count", kind="count",
     bound="ge", classifier="人", metric="农村贫困人口增量", metric_alts=POOR, **Y18,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2, as "
          "wr_china_2015_c 再减少农村贫困人口1000万人以上); 以上 → ge on the size of the fall "
          "(outside the span); no measure word written → 人; 再减少 → target; " + T_NOTE)
MOVE = ["易地扶贫搬迁", "易地扶贫搬迁人数", "易地搬迁人口", "易地扶贫搬迁人口数", "完成易地扶贫搬迁",
        "易地扶贫搬迁规模"]
fact("完成易地扶贫搬迁280万人", "280万人", value=280e4, unit="count", kind="count",
     classifier="人", metric="易地扶贫搬迁人口", metric_alts=MOVE, **Y18,
     note="people to be relocated out of poverty in 2018 (a flow; metric as wr_china_2017 "
          "易地扶贫搬迁人口); 完成 in the plan → target; " + T_NOTE)

# ==== line 2 (source 68): 推进污染防治取得更大成效 =====================================================
g.neg("今年二氧化硫、氮氧化物", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity (as wr_china_2017_d)")
EMIT = ["二氧化硫排放量", "氮氧化物排放量", "二氧化硫和氮氧化物排放量", "二氧化硫、氮氧化物排放",
        "二氧化硫排放", "氮氧化物排放", "主要大气污染物排放量", "二氧化硫、氮氧化物排放总量"]
fact("排放量要下降3%", "3%", value=-3, unit="%", kind="growth",
     metric="二氧化硫、氮氧化物排放量", metric_alts=EMIT, comparison="yoy", **Y18,
     note="one value for the two emissions: one quantity mention → one fact (SPEC §1; as "
          "wr_china_2017_d 排放量要分别下降3%), the two indicators as metric alts — judgement "
          "call (two facts, one per pollutant, is the alternative); 下降 → negative; against "
          "the 2017 level → yoy; 要 → target; " + T_NOTE)
g.neg("细颗粒物（PM2.5）浓度", "PM2.5", "indicator name PM2.5 (fine particulate matter), not a "
      "quantity; 浓度继续下降 states no number (as wr_china_2017_d)")
WATER = ["化学需氧量排放量", "氨氮排放量", "化学需氧量和氨氮排放量", "化学需氧量、氨氮排放",
         "化学需氧量排放", "氨氮排放", "主要水污染物排放量", "化学需氧量、氨氮排放总量"]
fact("氨氮排放量要下降2%", "2%", value=-2, unit="%", kind="growth",
     metric="化学需氧量、氨氮排放量", metric_alts=WATER, comparison="yoy", **Y18,
     note="one value for the two emissions → one fact (as 3% before it; wr_china_2016_d), the "
          "pollutants as metric alts; 下降 → negative; yoy; 要 → target; 今年 restated right "
          "before it (今年化学需氧量…), explicit")
FOREST = ["造林面积", "完成造林", "完成造林面积", "造林任务", "植树造林面积", "国土绿化面积"]
fact("完成造林1亿亩以上", "1亿亩", value=1e8, unit="mu", kind="amount", bound="ge",
     metric="造林", metric_alts=FOREST, **Y18,
     note="以上 → ge (outside the span); 亩 stays mu (SPEC §3), 1亿亩 = 1e8 mu; the area to be "
          "afforested in 2018 (a flow); 完成 in the plan → target; " + T_NOTE)
FALLOW = ["轮作休耕试点面积", "耕地轮作休耕面积", "耕地轮作休耕试点", "轮作休耕面积",
          "耕地轮作休耕试点规模", "轮作休耕试点"]
fact("试点面积增加到3000万亩", "3000万亩", value=3000e4, unit="mu", kind="amount",
     metric="耕地轮作休耕试点面积", metric_alts=FALLOW, **LEVEL,
     note="增加到 → the level of the pilot area in 2018 (not an increment), eq; 3000万亩 = 3e7 "
          "mu; target; the area under pilots during the year → the year, the end instant (the "
          "stock reading) as alt; " + T_NOTE)

# ==== line 3 (source 69): heading （五） ===========================================================
g.neg("（五）大力实施乡村振兴战略", "（五）", MARKER_NOTE)

# ==== line 4 (source 70): 推进农业供给侧结构性改革 ===================================================
FARM = ["新增高标准农田", "高标准农田面积", "新增高标准农田面积", "高标准农田建设",
        "高标准农田增量", "高标准农田面积增量", "建设高标准农田"]
fact("新增高标准农田8000万亩以上", "8000万亩", value=8000e4, unit="mu", kind="amount",
     bound="ge", metric="高标准农田", metric_alts=FARM, **FRAME,
     note="新增 N: farmland to be upgraded in 2018 (the noun kept, the 增量 reading in alts, "
          "README §3); 以上 → ge (outside the span); 8000万亩 = 8e7 mu; target; " + FRAME_NOTE)
IRRIG = ["高效节水灌溉", "新增高效节水灌溉面积", "高效节水灌溉面积增量", "节水灌溉面积",
         "新增高效节水灌溉", "高效节水灌溉增量"]
fact("高效节水灌溉面积2000万亩", "2000万亩", value=2000e4, unit="mu", kind="amount",
     metric="高效节水灌溉面积", metric_alts=IRRIG, **FRAME,
     note="新增 shared with 8000万亩 (the verb distributes over the list); 2000万亩 = 2e7 mu; "
          "eq (以上 stays with the first value); target; " + FRAME_NOTE)
g.neg("促进农村一二三产业", "一二三", "sector labels 一二三产业 (primary, secondary, tertiary), "
      "not a quantity (as wr_beijing_2025_b)")

# ==== line 5 (source 71): 全面深化农村改革 =========================================================
g.neg("落实第二轮土地承包", "第二轮", "ordinal label of the contract round (第二轮土地承包), not a "
      "count or rank (as wr_guangdong_2025_b)")
LAND = ["土地承包到期后再延长", "土地承包延长期限", "延长期限", "土地承包期延长",
        "第二轮土地承包延长期限", "第二轮土地承包到期后再延长", "土地承包到期后延长期限",
        "土地承包期", "土地承包期延长期限"]
fact("到期后再延长30年", "30年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后延长期限", metric_alts=LAND, **FRAME,
     note="duration written into a policy (the extension of rural land contracts by 30 years): "
          "a fact, unit year, kind amount, as wr_guangdong_2025_b / wr_china_1998_c — "
          "judgement call; 落实…政策 is a task of the 2018 plan → target; " + FRAME_NOTE)

# ==== line 6 (source 72): 推动农村各项事业全面发展 ===================================================
ROAD = ["农村公路", "新建改建农村公路里程", "新改建农村公路", "农村公路新建改建里程",
        "新建改建农村公路长度", "农村公路建设里程"]
fact("新建改建农村公路20万公里", "20万公里", value=20e4 * 1e3, unit="m", kind="amount",
     metric="新建改建农村公路", metric_alts=ROAD, **FRAME,
     note="20万公里 = 2e8 m (as wr_china_2015_c); target; " + FRAME_NOTE)
g.neg("人居环境整治三年行动", "三年", "name of a three-year action plan (农村人居环境整治三年行动), "
      "not a duration fact (as wr_beijing_2025_b)")

# ==== line 7 (source 73): heading （六） ===========================================================
g.neg("（六）扎实推进区域协调", "（六）", MARKER_NOTE)

# ==== line 8 (source 74): 塑造区域发展新格局 — no figure ===============================================
g.neg("疏解北京非首都功能", "首都", "lexicalized 首都 (capital), not a rank (as wr_beijing_2025)")

# ==== line 9 (source 75): 提高新型城镇化质量 ==========================================================
SETTLE = ["进城落户", "进城落户人数", "农业转移人口进城落户", "进城落户人口数", "再进城落户",
          "落户城镇人口", "农业转移人口落户城镇"]
fact("今年再进城落户1300万人", "1300万人", value=1300e4, unit="count", kind="count",
     classifier="人", metric="进城落户人口", metric_alts=SETTLE, **Y18,
     note="people to settle in towns in 2018 (a flow); 再进城落户 → target; 今年 right before it")

# ==== line 10 (source 76): heading （七） ==========================================================
g.neg("（七）积极扩大消费", "（七）", MARKER_NOTE)

# ==== line 11 (source 77): 增强消费对经济发展的基础性作用 ================================================
EXT = ["新能源汽车车辆购置税优惠政策延长期限", "车辆购置税优惠政策延长期限", "延长期限",
       "新能源汽车车辆购置税优惠政策", "新能源汽车购置税优惠延长期限", "政策延长期限",
       "新能源汽车车辆购置税优惠政策延长时间", "再延长"]
gov("优惠政策再延长三年", "三年", value=3, unit="year", kind="amount",
    metric="新能源汽车车辆购置税优惠政策延长期限", metric_alts=EXT, **FRAME,
    note="judgement call: a duration written into a policy (the extension by three years, as "
         "就业扶持政策延长一年 in wr_china_2010_c and 再延长30年 above) → a fact, unit year, kind "
         "amount; decided in the 2018 plan → target; " + FRAME_NOTE + "; a central tax policy: "
         + GOV_NOTE)
g.neg("取消二手车限迁", "二手", "lexicalized 二手 'second-hand' (二手车), not a quantity")

# ==== line 12 (source 78): 发挥投资对优化供给结构的关键性作用 ============================================
RAIL = ["铁路建设投资", "铁路固定资产投资", "铁路投资规模", "全国铁路投资", "完成铁路投资"]
fact("完成铁路投资7320亿元", "7320亿元", value=7320e8, unit="CNY", kind="amount",
     metric="铁路投资", metric_alts=RAIL, subject_alts=CN + ["铁路"], **Y18,
     note="要完成 → target; the railway investment of 2018 (a flow); 亿元 ×1e8; " + T_NOTE
          + " (今年要完成 opens the list); the sector keeps 中国 as subject (README §4)")
ROADW = ["公路水运建设投资", "公路水路投资", "公路水运投资规模", "公路、水运投资",
         "公路水运固定资产投资", "完成公路水运投资"]
fact("公路水运投资1.8万亿元左右", "1.8万亿元", value=1.8e12, unit="CNY", kind="amount",
     bound="approx", metric="公路水运投资", metric_alts=ROADW,
     subject_alts=CN + ["公路水运"], **Y18,
     note="左右 → approx (outside the span); 万亿元 ×1e12; 要完成 shared → target; " + T_NOTE)
WATERW = ["水利在建投资", "在建水利工程投资规模", "水利工程在建投资规模", "水利投资规模",
          "水利在建投资规模达到", "在建水利投资规模", "水利投资"]
fact("在建投资规模达到1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount",
     metric="水利在建投资规模", metric_alts=WATERW, subject_alts=CN + ["水利"], **LEVEL,
     note="达到 → eq; 万亿元 ×1e12; the total investment of the water projects under "
          "construction in 2018 → the year, the end instant (the stock reading of a total "
          "investment scale) as alt (as 在建…投资规模 in wr_china_2015_c); target; " + T_NOTE)
g.neg("实施新一轮重大", "一轮", "新一轮 'a new round', not a count")
BUDGET = ["中央预算内投资规模", "中央预算内投资总额", "预算内投资", "中央政府投资",
          "中央预算内投资安排"]
gov("中央预算内投资安排5376亿元", "5376亿元", value=5376e8, unit="CNY", kind="amount",
    metric="中央预算内投资", metric_alts=BUDGET, **Y18,
    note="安排 → target (the 2018 budget); 亿元 ×1e8; " + T_NOTE + "; " + GOV_NOTE)
gov("比去年增加300亿元", "300亿元", value=300e8, unit="CNY", kind="amount",
    metric="中央预算内投资增量",
    metric_alts=["中央预算内投资", "中央预算内投资增加", "预算内投资增量", "中央预算内投资规模增量",
                 "中央预算内投资比去年增加"],
    **Y18,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比去年 is no period and no comparison of an amount fact (as wr_china_2015_b); target; "
         + T_NOTE)
g.neg("推出一批有吸引力", "一批", BATCH_NOTE)

# ==== line 13 (source 79): heading （八） ==========================================================
g.neg("（八）推动形成全面开放", "（八）", MARKER_NOTE)

# ==== line 14 (source 80): 推进“一带一路”国际合作 =====================================================
g.neg("推进“一带一路”国际合作", "一带一路", BRI_NOTE)
g.neg("落实“一带一路”国际合作", "一带一路", BRI_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: the plan for 2018 — part 三、对2018年政府工作的建议 (heading on source line 44, "
    "outside the excerpt): the last two paragraphs of task （四）坚决打好三大攻坚战 (加大精准脱贫"
    "力度, 推进污染防治取得更大成效), task （五）大力实施乡村振兴战略 in full, task （六）扎实推进区域"
    "协调发展战略 in full, task （七）积极扩大消费和促进有效投资 in full and the heading and first "
    "paragraph of task （八）推动形成全面开放新格局. wr_china_2018 / _b / _c hold the review (lines "
    "3-30), wr_china_2018_d lines 36-49; no overlap. Title: the corpus meta title (the source "
    "has no title line), title_in_text=False. Date: 2018-03-05, the corpus meta date: the "
    "opening day of the 1st session of the 13th NPC, on which the Premier delivered the report "
    "(the Wikisource text has no dateline); nothing in the excerpt contradicts it (今年 = 2018, "
    "去年 = 2017). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central "
    "budget investment and the NEV tax relief add 中央政府/国务院/中央财政; railway, road and "
    "waterway and water-works investment add the sector as alt (README §4). Periods: 今年 "
    "(= 2018) stands before the first figure of source lines 67, 68, 75 and 78 (explicit for "
    "the rest of the line); source lines 70, 71, 72 and 77 have no period → the section frame "
    "2018 (period text 今年, the excerpt's own word for the plan year; null as alt); levels to be reached (耕地轮作休耕"
    "试点面积增加到3000万亩, 水利在建投资规模达到1万亿元) → the year with the end instant as alt; "
    "去年 is only a basis (比去年增加300亿元). Modality: target throughout (再减少, 完成, 要下降, "
    "增加到, 新增, 落实…政策, 新建改建, 再进城落户, 再延长, 要完成, 安排). Comparisons: yoy for the "
    "emission cuts; absolute changes (贫困人口 −1000万, 中央预算内投资 +300亿元) → metric "
    "<level>增量, comparison null. Bounds: 以上 → ge (1000万 on the size of the fall, 1亿亩, "
    "8000万亩); 左右 → approx (1.8万亿元). Units: 亩 → mu (亿亩 1e8, 万亩 1e4); 公里 → 1e3 m; 亿元 "
    "1e8 and 万亿元 1e12 CNY; 年 → year; 1000万 without a measure word → 人. Judgement calls: "
    "二氧化硫、氮氧化物排放量要下降3% and 化学需氧量、氨氮排放量要下降2% → one fact each over both "
    "pollutants (one mention); 再延长30年 (land contracts) and 再延长三年 (NEV purchase-tax relief) "
    "→ duration facts of the policies; 新增高标准农田…、高效节水灌溉面积 → 新增 distributes, 以上 only "
    "on the first value; 三年行动 (plan name), 第二轮, 一二三(产业), 二手(车), 首都 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". No numerals otherwise (东西部, 中西部, 京津冀 and 粤港澳 are place names without digits).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
