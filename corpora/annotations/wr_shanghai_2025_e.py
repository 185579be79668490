"""Gold annotations for wr_shanghai_2025_e (2025年上海市政府工作报告, fifth excerpt: 2025 tasks
（三）-（六）), lines 59-72 of shared/texts/work_report/wr_shanghai_2025.txt (held out:
corpora/heldout/).

The excerpt corpora/heldout/wr_shanghai_2025_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut).  It lies in
part 二、2025年主要任务 (heading on source line 41, task list introduced by source line 44
今年要重点做好以下工作。, both outside the excerpt): the last paragraph of task （三） (畅通教育、
科技、人才良性循环), task （四） in full (城市发展空间, 城市更新, 城市数字化转型), task （五） in
full (都市现代农业, 乡村建设, 农民增收) and task （六） in full (城市精神, 文化供给, 文旅融合,
体育).  Lines 1-13, 22-35, 40-51 and 73-86 are wr_shanghai_2025, _b, _d and _c (no
overlap).  The run is sparse in numbers: its facts are the task volumes of 城市更新 and 乡村
(areas, lengths, counts of projects, zones and pilots), the size of the set of new towns and
the 30-year extension of land contracts.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_shanghai_2025_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanghai_2025_e"
SOURCE_ID = "wr_shanghai_2025"
PLACE = "上海市"
REF = "2025-01-15"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 59, 72                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年上海市政府工作报告"       # line 1 of the source, outside the excerpt
SH_ALTS = ["上海", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="畅通教育、科技、人才良性循环。",
                 ends="支持上海体育健儿在全运会等重大赛事上取得好成绩。")
text = g.text
fact = g.with_subject(PLACE, SH_ALTS)

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
NAME_NOTE = "name of {}, not a quantity"
ROUND_NOTE = "round label ({}), not a count or rank"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLAN3_NOTE = "name of a three-year plan (三年行动计划), not a duration fact"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# The excerpt lies in part 二、2025年主要任务 (source line 41), whose task list is introduced by
# source line 44 今年要重点做好以下工作。 (both outside the excerpt).  No line of the excerpt
# names a period of its own, so the tasks take the section frame 2025 (SPEC §4),
# 2025-01-01..2025-12-31, with the period text 今年 of the frame line 44 and the null reading
# in period_alts (as wr_shanghai_2025_c / _d); modality target.  That surface lies outside
# the excerpt, so shared/gold/check_gold.py reports the period text as not in the article: a
# known, deliberate exception (as wr_shanghai_2025_c), rather than a made-up surface.
# - areas, lengths and other task volumes (平方米, 亩, 公里, projects to be started, the
#   extension of land contracts) → PLAN (the year, null as alt);
# - counts of things to be created (和美乡村片区) → PLAN_SET: the year, null and the end
#   instant as alts (as wr_shanghai_2025_c PLAN_SET);
# - the size of an existing set the plan works on (五个新城) → actual, the frame with null and
#   the reference date as alts (EXIST; as wr_henan_2025_b 聚焦28条重点产业链).
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
PLAN = dict(period=T25, period_alts=[T25_NULL], modality="target")
PLAN_SET = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
EXIST = dict(period=T25, period_alts=[T25_NULL, P("今年", REF, REF)], modality="actual")
PLAN_NOTE = ("2025 task → target; the line states no period: section frame 2025 (period text "
             "今年 of source line 44), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be created in 2025: the end instant as a further alt"


# ==== line 1 (source 59): 畅通教育、科技、人才良性循环 (no fact) ==================================
# 大中小学 (no numeral), 一体化, 进一步, 一流 lexicalized.
g.neg("持续巩固“双减”成果", "双减", LABEL_NOTE + " (“双减”, the double reduction of homework and "
      "off-campus tutoring)")
g.neg("人才全周期服务“一件事”", "一件事", LABEL_NOTE + " (reform name “一件事” 'one matter' "
      "(高效办成一件事), as other golds), not a count")

# ==== line 2 (source 60): heading （四） ==========================================================
g.neg("（四）聚力提高", "（四）", MARKER_NOTE)

# ==== line 3 (source 61): 优化城市发展空间 =========================================================
fact("全面推进五个新城建设", "五个", value=5, unit="count", kind="count", classifier="个",
     metric="新城",
     metric_alts=["新城数量", "五个新城", "推进新城建设", "新城建设", "推进建设的新城"],
     **EXIST,
     note="judgement call: the size of the city's existing set of new towns (嘉定、青浦、松江、"
          "奉贤、南汇), which the plan works on, not a goal → actual (as wr_henan_2025_b 聚焦28条"
          "重点产业链); section frame 2025 with null and the reference date as alts; reading "
          "五个新城 as a set label (negative) or the count as target are the alternatives")
g.neg("推进19号线", "19号线", NAME_NOTE.format("a metro line (19号线)"))
g.neg("生态岛建设第六轮", "第六轮", ROUND_NOTE.format("第六轮 'the sixth round' of the 崇明世界级"
      "生态岛 three-year plans"))
g.neg("第六轮三年行动计划", "三年", PLAN3_NOTE)

# ==== line 4 (source 62): 加快城市更新步伐 =========================================================
g.neg("加快推进“两旧一村”", "两旧一村", LABEL_NOTE + " (“两旧一村”: 旧区 and 旧住房 renewal and "
      "城中村 reconstruction), not a count")
g.neg("中心城区零星二级", "零星", "lexicalized 零星 'scattered', not a quantity (as "
      "wr_shanghai_2025)")
g.neg("零星二级旧里以下", "二级", "housing grade 二级旧里 (second-grade old lane houses), a "
      "threshold (二级…以下) defining the houses to be renovated, not a quantity (as "
      "wr_shanghai_2025); no number follows it")
fact("完成31万平方米小梁薄板", "31万平方米", value=310000, unit="m2", kind="amount",
     metric="小梁薄板房屋等不成套旧住房改造",
     metric_alts=["不成套旧住房改造", "小梁薄板房屋改造", "不成套旧住房改造面积",
                  "小梁薄板房屋等不成套旧住房改造面积", "小梁薄板房屋", "旧住房改造"],
     **PLAN, note="万平方米 → ×1e4 m2; floor area to be renovated in 2025 (metric as 31.1万平方米 "
                  "of 2024 in wr_shanghai_2025); " + PLAN_NOTE)
fact("启动25个城中村改造项目", "25个", value=25, unit="count", kind="count", classifier="个",
     metric="城中村改造项目",
     metric_alts=new("城中村改造项目", "启动城中村改造项目", "新启动城中村改造项目", "改造项目"),
     **PLAN, note="projects to be started (启动) in 2025 (as 新启动21个改造项目 of 2024 in "
                  "wr_shanghai_2025_b); " + PLAN_NOTE)
g.neg("外滩“第二立面”", "第二", NAME_NOTE.format("an area (外滩“第二立面”, the second frontage "
      "behind the Bund; as wr_shanghai_2025_b)") + " — not a rank")

# ==== line 5 (source 63): 深化城市数字化转型 =======================================================
g.neg("城市治理等一批", "一批", VAGUE_NOTE)
g.neg("线上办事“一网通办”", "一网通办", LABEL_NOTE + " (一网通办 'one-network service', as "
      "other golds)")
g.neg("线下办事“只进一门”", "只进一门", LABEL_NOTE + " (只进一门 'enter only one door', as "
      "other golds)")
g.neg("群众诉求“一线应答”", "一线应答", LABEL_NOTE + " (一线应答 'answered on the front line', "
      "as other golds)")
g.neg("持续完善“一网统管”", "一网统管", LABEL_NOTE + " (一网统管, a city-governance platform "
      "name, as other golds)")

# ==== line 6 (source 64): heading （五） ==========================================================
g.neg("（五）聚力实施", "（五）", MARKER_NOTE)

# ==== line 7 (source 65): 加快发展都市现代农业 =====================================================
fact("建设4万亩高标准农田", "4万亩", value=40000, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["建设高标准农田", "高标准农田面积", "高标准农田建设面积", "新建高标准农田",
                  "高标准农田建设"],
     **PLAN, note="亩 stays mu (SPEC §3); farmland to be built to high standard in 2025 (metric "
                  "as 8.8万亩 of 2024 in wr_shanghai_2025_b); " + PLAN_NOTE)
fact("新建2.7万亩粮食生产", "2.7万亩", value=27000, unit="mu", kind="amount",
     metric="粮食生产无人农场",
     metric_alts=["新建粮食生产无人农场", "粮食生产无人农场面积", "无人农场", "无人农场面积",
                  "新建粮食生产无人农场面积", "粮食生产无人农场增量"],
     **PLAN, note="亩 stays mu; area of unmanned grain farms to be built in 2025; " + PLAN_NOTE)

# ==== line 8 (source 66): 全面提升乡村建设水平 =====================================================
fact("打造5个“五好两宜”", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="“五好两宜”和美乡村片区",
     metric_alts=new("五好两宜和美乡村片区", "打造“五好两宜”和美乡村片区", "和美乡村片区",
                     "“五好两宜”和美乡村片区数量"),
     **PLAN_SET, note="zones to be created (打造) in 2025, 增量 alts (README §3); metric as the "
                      "pilots of 2024 in wr_shanghai_2025_b; " + SET_NOTE)
g.neg("5个“五好两宜”和美", "五好两宜", LABEL_NOTE + " (“五好两宜” 'five goods, two suitables', "
      "a standard for model villages; as wr_shanghai_2025_b)")
fact("完成200公里农村公路", "200公里", value=200000, unit="m", kind="amount",
     metric="农村公路提档升级改造",
     metric_alts=["农村公路提档升级", "农村公路改造", "农村公路提档升级改造里程", "农村公路",
                  "完成农村公路提档升级改造", "农村公路提档升级改造长度"],
     **PLAN, note="公里 → ×1e3 m; " + PLAN_NOTE)
g.neg("推进首批15个", "首批", FIRST_NOTE + " (首批 'first batch' of pilots)")
fact("首批15个“沪派江南”", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="“沪派江南”风貌保护传承试点",
     metric_alts=["沪派江南风貌保护传承试点", "风貌保护传承试点", "首批“沪派江南”风貌保护传承试点",
                  "“沪派江南”风貌保护传承试点数量", "首批沪派江南风貌保护传承试点", "试点"],
     **PLAN,
     note="judgement call: the first batch of pilots the 2025 plan pushes forward (推进) → "
          "target, " + PLAN_NOTE + "; reading it as the size of an existing set (actual) is "
          "the alternative")

# ==== line 9 (source 67): 持续促进农民稳定增收 =====================================================
g.neg("有序推进第二轮土地承包", "第二轮", ROUND_NOTE.format("第二轮 'the second round' of rural "
      "land contracts; as wr_guangdong_2025_b"))
fact("到期后再延长30年试点", "30年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后延长期限",
     metric_alts=["土地承包到期后再延长", "土地承包延长期限", "延长期限", "土地承包期延长",
                  "第二轮土地承包延长期限", "第二轮土地承包到期后再延长",
                  "土地承包到期后延长期限", "土地承包期"],
     **PLAN,
     note="duration written into a policy (the extension of rural land contracts by 30 "
          "years), a fact, unit year, kind amount, as in wr_guangdong_2025_b / "
          "wr_beijing_2025_b — judgement call; the pilot is part of the 2025 plan → target; "
          + PLAN_NOTE)

# ==== line 10 (source 68): heading （六） =========================================================
g.neg("（六）聚力激发", "（六）", MARKER_NOTE)

# ==== lines 11-12 (source 69-70): 城市精神, 文化供给 (no number) =================================

# ==== line 13 (source 71): 促进文旅深度融合 ========================================================
g.neg("入境旅游第一站", "第一站", "slogan 入境旅游第一站 'first stop for inbound tourism' (an "
      "aim, no measured ranking), not a rank fact")
g.neg("培育一批红色旅游", "一批", VAGUE_NOTE)

# ==== line 14 (source 72): 大力发展体育事业 ========================================================
g.neg("F1中国大奖赛", "F1", NAME_NOTE.format("a racing series (F1, Formula One), part of the "
      "event name F1中国大奖赛"))

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shanghai_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (held out: corpora/heldout/). It lies in part 二、2025年主要任务 "
    "(source line 41; task list introduced by source line 44 今年要重点做好以下工作。, both "
    "outside the excerpt): the last paragraph of task （三） (教育、科技、人才), task （四） in full "
    "(城市发展空间, 城市更新, 城市数字化转型), task （五） in full (都市现代农业, 乡村建设, 农民增收) "
    "and task （六） in full (城市精神, 文化供给, 文旅融合, 体育). Lines 1-13, 22-35, 40-51 and "
    "73-86 are wr_shanghai_2025, _b, _d and _c (no overlap). Title, dateline and source line "
    "are outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-15, the delivery date in the dateline (source line 2: ----2025年1月15日龚正市长在"
    "上海市第十六届人民代表大会第三次会议的政府工作报告), as wr_shanghai_2025 / _c / _d; the shared "
    "meta gives only '2025'. Place: 上海市 (alts 上海, 全市); the city owns every figure. "
    "Periods: the excerpt names no period of its own; its tasks take the section frame 2025 "
    "(2025-01-01..2025-12-31) with the period text 今年 of source line 44 and null as alt (as "
    "wr_shanghai_2025_c); that surface is outside the excerpt, so shared/gold/check_gold.py "
    "reports it as 'not in the article' (a deliberate exception). Counts of things to be "
    "created (5个 和美乡村片区) carry the end instant 2025-12-31 as a further alt. Modality: "
    "target throughout, except 五个新城 (the size of the existing set of new towns → actual, "
    "the reference date as alt; judgement call, as wr_henan_2025_b 28条重点产业链). Bounds: eq "
    "throughout (no bound word). Units: 万平方米 → m2; 亩 stays mu; 公里 → m; 年 → year; 个 → "
    "counts. Judgement calls: 五个新城 → a count (actual) rather than a set label; 首批15个"
    "“沪派江南”试点 → target (推进), actual the alternative; 再延长30年 → a duration fact (as "
    "wr_guangdong_2025_b / wr_beijing_2025_b); 25个城中村改造项目 → projects to be started "
    "(PLAN, year); 入境旅游第一站 → slogan (negative). Negatives: 双减, 一件事, （四）（五）（六）, "
    "19号线, 第六轮, 三年, 两旧一村, 零星, 二级, 第二 (第二立面), 一批 ×2, 一网通办, 只进一门, 一线"
    "应答, 一网统管, 五好两宜, 首批, 第二轮, 第一站, F1. Lexicalized, not listed: 一体 (一体化), "
    "进一步, 一流.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：解放日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
