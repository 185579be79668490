"""Gold annotations for wr_guizhou_2025_h (2025年贵州省政府工作报告, the 2025 plan: grain security,
rural revitalisation, urban-rural integration, ecology), lines 47-56 of
shared/texts/work_report/wr_guizhou_2025.txt.  Held out: written into corpora/heldout/.

The excerpt corpora/heldout/wr_guizhou_2025_h.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped.  The lines are given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the four paragraphs
of task （六） 扎实推进乡村全面振兴 after its heading (筑牢粮食安全根基: grain yield, high-standard
farmland, farmland swap; 建立防止返贫致贫长效机制; 促进城乡融合发展: sewage and refuse rates,
rural housing, manure and straw use), task （七） 深入推进美丽贵州建设 in full (heading, 加大生态
环境综合治理: water-quality rates; 持续提升生态系统质量: rocky desertification, afforestation,
soil erosion; 加快推进绿色低碳转型; 健全生态文明制度体系), the heading of task （八） 牢牢守住安全
底线 and its first paragraph (有效防范化解债务金融风险).  All of it lies in part 二、2025年主要目标
任务 (heading on source line 22, outside the excerpt): the plan for 2025.  Lines 10-17, 22-32,
41-46 and 57-65 are annotated in wr_guizhou_2025 / _b / _c / _d / _e / _f / _g (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025_h.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guizhou_2025_h"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / "wr_guizhou_2025.txt"
FIRST, LAST = 47, 56                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年贵州省政府工作报告"
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="筑牢粮食安全根基。",
                 ends="坚决兜牢基层“三保”底线。")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
THRESH_NOTE = ("threshold defining the set measured ({}; SPEC §2), part of the metric, not a "
               "fact of its own")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in part 二、2025年主要目标任务 (heading on source line 22, outside the
# excerpt; 今年是“十四五”规划收官之年, source line 23): the tasks for 2025 → modality target.
# No line states a period before its numbers (年度 of 确保年度耕地总量动态平衡, line 1, names the
# yearly balance rule; read as a period it would be the plan year itself, same dates), so
# every number takes the section frame 2025-01-01..2025-12-31 (SPEC §4) with the null reading
# in period_alts (PLAN, as wr_guizhou_2025_d / _e / _f).  The heading's 2025年 lies outside the
# excerpt, so the period text is the excerpt's own word for the plan year, 年度 (as
# wr_fujian_2025_d; wr_guizhou_2025_c takes its 今年): only the dates are scored.  Rates of a stock to be reached (the
# share of villages whose sewage is treated, the coverage of refuse collection: 达 N%) → the
# instant 2025-12-31 with the year and null as alts (PLAN_END; the 2024 values 55.7 % / 80 %
# are stocks at 2024-12-31 in wr_guizhou_2025_g); rates held through the year (稳定在, 保持) →
# the year with the end instant as a further alt (PLAN_LEVEL, as 稳定在 in wr_guizhou_2025_b).
# Works of the year (hectares/mu treated, homes renovated) → the year (PLAN).
S25 = P("年度", "2025-01-01", "2025-12-31")
S25_NULL = P("年度", None, None)
S25_END = P("年度", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年主要目标任务 (source line 22, outside the excerpt), null as alt")
END_NOTE = ("a rate of a stock (villages covered) to be reached → the instant at the end of the "
            "2025 frame (stock rule), the year and null as alts; target")
LEVEL_NOTE = ("a rate held through the year (稳定在/保持) → the year, the end instant and null "
              "as alts; target")

# ==== line 1 (source 47): 筑牢粮食安全根基 =======================================================
g.neg("大面积单产提升行动", "单产", "lexicalized 单产 'yield per unit area' in the campaign name "
      "(粮油作物大面积单产提升行动), not a quantity (as wr_guizhou_2025_g)")
g.neg("力争粮食单产提升", "单产", "lexicalized 单产 'yield per unit area' (part of the metric of "
      "2%), not a quantity (as wr_guizhou_2025_g)")
fact("力争粮食单产提升2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="粮食单产",
     metric_alts=["粮食单位面积产量", "单产", "粮食亩产", "粮食单产增速", "粮食单产提升",
                  "粮食单产增幅"],
     comparison="yoy", **PLAN,
     note="力争 → target; 提升 N% = growth of the level (as 粮食单产增长2.5% of 2024 in "
          "wr_guizhou_2025_g); 左右 → approx (outside the span); " + PLAN_NOTE)
FARM = ["新建和改造提升高标准农田", "高标准农田建设", "新建和改造提升高标准农田面积",
        "高标准农田面积", "高标准农田建设面积", "新建和改造高标准农田", "高标准农田新建和改造提升"]
fact("力争新建和改造提升200万亩以上", "200万亩", value=2e6, unit="mu", kind="amount",
     bound="ge", metric="高标准农田", metric_alts=FARM, **PLAN,
     note="力争 → target; 以上 → ge (outside the span); the head 高标准农田 restored from the "
          "clause before (高质量推进高标准农田建设, README §3); 万亩 ×1e4, 亩 stays mu (SPEC §3; "
          "as 高标准农田 152.8万亩 of 2024 in wr_guizhou_2025_g); " + PLAN_NOTE)
g.neg("将25度以上陡坡旱地", "25度", THRESH_NOTE.format("25度以上陡坡旱地, dry land on slopes "
      "of 25 degrees or more, one kind of the unstably used farmland to be moved out") +
      "; 度 here is an angle, not kWh")
SWAP = ["置换", "完成置换", "耕地置换面积", "置换面积", "耕地林地置换", "耕地林地布局置换",
        "园地林地上山、耕地下山置换", "园地和林地上山、耕地下山置换", "耕地园地林地置换",
        "不稳定利用耕地置换", "耕地与林地园地置换", "耕地“上山下山”置换"]
fact("完成置换60万亩", "60万亩", value=6e5, unit="mu", kind="amount",
     metric="耕地置换", metric_alts=SWAP, **PLAN,
     note="the area of farmland swapped in 2025 (unstably used farmland moved out, orchards "
          "and forest moved up the hills, farmland down: 园地和林地上山、耕地下山) — the "
          "indicator named from the sentence (着力优化耕地林地布局…完成置换), judgement call on "
          "the metric; 万亩 ×1e4, unit mu; " + PLAN_NOTE)

# ==== line 2 (source 48): 建立防止返贫致贫长效机制 (no numerals; 统一战线 lexicalized) =========

# ==== line 3 (source 49): 促进城乡融合发展 =======================================================
g.neg("大力开展“两清两改两治理”", "两清两改两治理", LABEL_NOTE + " (“两清两改两治理”: 清理乱堆"
      "乱放、清理残垣断壁, 改厕、改圈, 治理污水、治理垃圾, spelled out right after), not counts")
SEW = ["农村生活污水治理(管控)率", "农村生活污水治理管控率", "农村生活污水治理率",
       "生活污水治理率", "农村生活污水治理（管控）比例", "农村生活污水治理（管控）"]
fact("农村生活污水治理（管控）率达58%", "58%", value=58, unit="%", kind="share",
     metric="农村生活污水治理（管控）率", metric_alts=SEW, **PLAN_END,
     note="达 → eq; the share of villages whose sewage is treated or controlled (55.7 % at the "
          "end of 2024, wr_guizhou_2025_g): " + END_NOTE)
g.neg("30户以上自然村寨", "30户", THRESH_NOTE.format("30户以上自然村寨, villages of 30 "
      "households or more"))
REF_ALTS = ["自然村寨生活垃圾收运设施覆盖率", "生活垃圾收运设施覆盖率",
            "30户以上自然村寨生活垃圾收运设施覆盖比例", "农村生活垃圾收运设施覆盖率",
            "垃圾收运设施覆盖率"]
fact("收运设施覆盖率达90%", "90%", value=90, unit="%", kind="share",
     metric="30户以上自然村寨生活垃圾收运设施覆盖率", metric_alts=REF_ALTS, **PLAN_END,
     note="达 → eq; coverage of villages (80 % at the end of 2024, wr_guizhou_2025_g), the "
          "size threshold 30户以上 in the metric (negative): " + END_NOTE)
HOUSE = ["农村危房改造", "农房抗震改造", "完成农村危房改造和农房抗震改造",
         "农村危房改造和农房抗震改造户数", "危房改造", "农村危房和农房抗震改造",
         "农村危房改造和抗震改造"]
fact("农房抗震改造9500户左右", "9500户", value=9500, unit="count", kind="count",
     classifier="户", bound="approx", metric="农村危房改造和农房抗震改造", metric_alts=HOUSE,
     **PLAN,
     note="households whose dilapidated or non-seismic house is to be renovated in 2025 (户 is "
          "the classifier, SPEC §3); 左右 → approx (outside the span); " + PLAN_NOTE)
PAIR_NOTE = ("分别: 畜禽粪污资源化利用率 ↔ 80%, 秸秆综合利用率 ↔ 86%; the trailing 以上 after a "
             "分别 list covers every value → ge, ge (README §6); " + LEVEL_NOTE)
fact("分别稳定在80%", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="畜禽粪污资源化利用率",
     metric_alts=["畜禽粪污综合利用率", "畜禽粪污利用率", "畜禽粪污资源化利用比例",
                  "畜禽粪污资源化利用"], **PLAN_LEVEL, note=PAIR_NOTE)
fact("80%、86%以上", "86%", value=86, unit="%", kind="share", bound="ge",
     metric="秸秆综合利用率",
     metric_alts=["秸秆利用率", "农作物秸秆综合利用率", "秸秆综合利用比例", "秸秆综合利用"],
     **PLAN_LEVEL, note=PAIR_NOTE)

# ==== line 4 (source 50): heading （七） (no facts) ================================================
g.neg("（七）深入推进", "（七）", MARKER_NOTE)

# ==== line 5 (source 51): 加大生态环境综合治理 ===================================================
g.neg("做好第三轮中央", "第三轮", "ordinal label of a round (第三轮中央生态环境保护督察, the third "
      "round of central inspections), not a count or rank (as wr_guizhou_2025_b)")
g.neg("问题整改“后半篇文章”", "后半篇", "idiom “后半篇文章” 'the second half of the essay' "
      "(the follow-up work of rectification); 半 is not a quantity")
WATER = ["主要河流出境断面水质优良率", "出境断面水质优良率", "水质优良率",
         "县级及以上集中式饮用水水源地水质达标率", "集中式饮用水水源地水质达标率",
         "饮用水水源地水质达标率", "水源地水质达标率",
         "主要河流出境断面水质优良率和县级及以上集中式饮用水水源地水质达标率"]
fact("水质达标率均保持100%", "100%", value=100, unit="%", kind="share",
     metric="主要河流出境断面水质优良率、县级及以上集中式饮用水水源地水质达标率",
     metric_alts=WATER, **PLAN_LEVEL,
     note="均保持 'both kept at': one quantity mention over two indicators → one fact (SPEC §1, "
          "as 办结率均为100% in wr_fujian_2025_e), each indicator as metric alt; 保持 → eq; the "
          "year's monitoring (水质优良率保持100% of 2024 is the year in wr_guizhou_2025_b): "
          + LEVEL_NOTE)

# ==== line 6 (source 52): 持续提升生态系统质量 ===================================================
fact("完成石漠化综合治理600平方公里", "600平方公里", value=600e6, unit="m2", kind="amount",
     metric="石漠化综合治理",
     metric_alts=["石漠化综合治理面积", "完成石漠化综合治理", "石漠化治理面积", "石漠化治理"],
     **PLAN, note="平方公里 = 1e6 m2 (as 887.83平方公里 of 2024 in wr_guizhou_2025_b); "
                  + PLAN_NOTE)
fact("营造林415万亩", "415万亩", value=4.15e6, unit="mu", kind="amount",
     metric="营造林",
     metric_alts=["营造林面积", "完成营造林", "造林", "造林面积", "营造林任务"], **PLAN,
     note="verb 完成 shared; 万亩 ×1e4, unit mu; " + PLAN_NOTE)
fact("综合治理水土流失面积2980平方公里", "2980平方公里", value=2980e6, unit="m2",
     kind="amount", metric="水土流失综合治理面积",
     metric_alts=["综合治理水土流失面积", "水土流失综合治理", "水土流失治理面积", "水土流失面积",
                  "水土流失治理", "完成水土流失综合治理"], **PLAN,
     note="平方公里 = 1e6 m2; " + PLAN_NOTE)

# ==== line 7 (source 53): 加快推进绿色低碳转型 ===================================================
g.neg("坚决遏制“两高一低”", "两高一低", LABEL_NOTE + " (“两高一低” projects: high energy use, "
      "high emissions, low output), not counts")
g.neg("探索建设低碳零碳工业园区", "零碳", "label 零碳 'zero-carbon' (README §2), not a quantity")

# ==== line 8 (source 54): 健全生态文明制度体系 ===================================================
g.neg("持续拓宽“两山”转换路径", "两山", LABEL_NOTE + " (“两山”: 绿水青山就是金山银山), not a "
      "count")

# ==== line 9 (source 55): heading （八） (no facts) ================================================
g.neg("（八）牢牢守住", "（八）", MARKER_NOTE)

# ==== line 10 (source 56): 有效防范化解债务金融风险 (no facts) ===================================
g.neg("用好国家一揽子化债政策", "一揽子", "quantifier 一揽子 'package of', not a quantity (as "
      "wr_fujian_2025_e)")
g.neg("基层“三保”底线", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转, as "
      "wr_guizhou_2025_b)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guizhou_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting after a task heading, as unseen test "
    "excerpts are cut). It lies in part 二、2025年主要目标任务 (heading on source line 22, "
    "outside the excerpt), the plan for 2025: the four paragraphs of task （六） 扎实推进乡村全面"
    "振兴 after its heading (筑牢粮食安全根基, 建立防止返贫致贫长效机制, 促进城乡融合发展), task "
    "（七） 深入推进美丽贵州建设 in full (heading and four paragraphs) and the heading and first "
    "paragraph of task （八） 牢牢守住安全底线. Lines 10-17, 22-32, 41-46 and 57-65 are annotated "
    "in wr_guizhou_2025 / _b / _c / _d / _e / _f / _g (no overlap). Title line, source line and "
    "dateline are outside the excerpt (title_in_text=False; the title as the source's first "
    "line). Date: 2025-01-19, the delivery date in the report's dateline (source line 3: "
    "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上); the corpus meta agrees. Place: "
    "贵州省 (贵州, 全省, 我省 → alts); no other owner of numbers. Periods: no line states a "
    "period before its numbers (年度 in 确保年度耕地总量动态平衡 names the yearly balance rule; "
    "as a period it would be 2025 anyway), so every number takes the heading's frame 2025 "
    "(2025-01-01..2025-12-31, null as alt; period text 年度, the excerpt's own word for the "
    "plan year, since the heading's 2025年 lies outside it, as wr_fujian_2025_d). Rates of "
    "a stock to be reached (农村生活污水治理（管控）率达58%, 垃圾收运设施覆盖率达90%) → the "
    "instant 2025-12-31 with the year and null as alts (stock rule, as their 2024 values in "
    "wr_guizhou_2025_g); rates held through the year (稳定在80%、86%以上, 均保持100%) → the year "
    "with the end instant and null as alts; works of the year → the year. Modality: target "
    "throughout (力争, 完成, 达, plan text). Bounds: 以上 → ge (200万亩; 80% and 86%: the "
    "trailing 以上 of a 分别 list covers both, README §6); 左右 → approx (2%, 9500户); 达/保持 "
    "→ eq. Units: 万亩 → mu; 平方公里 → m2 (×1e6); 户 → count. Judgement calls: 完成置换60万亩 "
    "→ metric 耕地置换 (the swap of farmland with orchards/forest, named from the sentence); "
    "粮食单产提升2%左右 → growth (yoy); 均保持100% → one fact over two water-quality indicators "
    "(each as metric alt); 稳定在 / 保持 rates → the year rather than the year end; 25度 "
    "(以上陡坡旱地) and 30户 (以上自然村寨) → thresholds of the set (negatives); 后半篇(文章) → "
    "idiom. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 统一 (统一战线), 一体 (一体化 ×2).")

g.write(date=REF, source=f"shared/texts/work_report/wr_guizhou_2025.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
