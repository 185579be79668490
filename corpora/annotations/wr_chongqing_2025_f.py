"""Gold annotations for wr_chongqing_2025_f (2025年重庆市政府工作报告, the 2025 tasks: the body of
task （三） on reform and the heading and first three paragraphs of task （四） on city
governance), lines 42-50 of shared/texts/work_report/wr_chongqing_2025.txt.

The excerpt corpora/wr_chongqing_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the five paragraphs
of task （三）聚力打造全面深化改革先行区 (its heading on source line 41 is outside: 数字重庆,
财税金融, 国资国企, 民营经济, 营商环境), the heading of task （四）聚力打造超大城市现代化治理
示范区 and its first three paragraphs (城镇体系, 城建“六大攻坚行动”, 城市治理).  All of it lies
in part 二、2025年主要任务 (heading on source line 28, outside the excerpt): the plan for 2025
→ modality target.  Lines 7-34 and 68-77 are annotated in wr_chongqing_2025 / _b / _c / _d /
_e (no overlap).  The excerpt is number-poor: most numerals are labels, names and tier words
(negatives).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_chongqing_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_chongqing_2025_f"
PLACE = "重庆市"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_chongqing_2025.txt"
FIRST, LAST = 42, 50                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年重庆市政府工作报告"       # line 1 of the source, outside the excerpt
CQ_ALTS = ["重庆", "全市", "我市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推动形成数字重庆基本能力。",
                 ends="让城市功能更完善、环境更宜居、生活更美好！")
text = g.text
fact = g.with_subject(PLACE, CQ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
TIER_NOTE = ("tier word 三级 (the three administrative tiers 市、区县、镇街 of the 数字重庆 "
             "governance centres, named in the text: 市带区县、区县带镇街…) — a level label, not a "
             "count claim (as 三级 of hospitals / grades in other golds){}")

# ---- periods (reference date 2025-01-19; 今年 = 2025) ---------------------------------------
# The excerpt lies in part 二、2025年主要任务 (heading on source line 28, outside the excerpt):
# the tasks are the plan for 2025 → modality target.  Line 1 (source 42) states its own
# periods: 力争今年4月贯通实战应用超过200个、年底超过260个 — the number of applications connected
# for practical use is a stock (a level reached by a date), so 今年4月 → the instant 2025-04-30
# (the month 2025-04-01..2025-04-30 and 2025-01-01..2025-04-30 as alts) and 年底 (of 今年, = 2025) → the instant 2025-12-31
# (the year as alt).  Line 8 (source 49, 城建“六大攻坚行动”) states no period of its own: the
# section frame of part 二、2025年主要任务 (period text 2025年, 2025-01-01..2025-12-31, the null
# reading in period_alts; as wr_chongqing_2025_e lines 9-10, wr_xinjiang_2025_e); a period never
# crosses a line, so 今年/年底 of line 1 do not reach it.  Works of the year (pipes to build or
# renew) → the year; the sets of projects to be advanced during the year (15 / 163 / 30 项目)
# → the year too (推进 is an activity over the year), the null reading as alt.
APR = P("今年4月", "2025-04-30", "2025-04-30")
APR_MONTH = P("今年4月", "2025-04-01", "2025-04-30")
APR_CUM = P("今年4月", "2025-01-01", "2025-04-30")
YE = P("年底", "2025-12-31", "2025-12-31")
YE_YEAR = P("年底", "2025-01-01", "2025-12-31")
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年主要任务 (2025), null as alt")

# ==== line 1 (source 42): 推动形成数字重庆基本能力 =================================================
g.neg("提升三级治理中心", "三级", TIER_NOTE.format(" (三级治理中心)"))
g.neg("促进应用三级贯通", "三级", TIER_NOTE.format(" (应用三级贯通)"))
g.neg("预案三级配置", "三级", TIER_NOTE.format(" (预案三级配置)"))
g.neg("提升六大系统", "六大", "set label N大 (六大系统, the six application systems of 数字重庆; "
      "as 八大 in gold README §2), not a count claim")
g.neg("力争今年4月", "今年4月", PERIOD_NOTE + " (今年4月 = April 2025: the date by which the "
      "first figure is to be reached → instant 2025-04-30)")
APPS = ["实战应用", "贯通实战应用数量", "贯通的实战应用", "应用", "实战应用数量",
        "贯通实战应用个数", "数字重庆贯通实战应用"]
fact("贯通实战应用超过200个", "200个", value=200, unit="count", kind="count", classifier="个",
     bound="gt", metric="贯通实战应用", metric_alts=APPS, period=APR,
     period_alts=[APR_MONTH, APR_CUM], modality="target",
     note="力争 → target; 超过 → gt (outside the span); the applications of 数字重庆 connected "
          "for practical use across the tiers by April 2025 (a level reached by a date, a "
          "stock) → instant 2025-04-30, the month and January-April as alts")
fact("年底超过260个", "260个", value=260, unit="count", kind="count", classifier="个",
     bound="gt", metric="贯通实战应用", metric_alts=APPS, period=YE,
     period_alts=[YE_YEAR], modality="target",
     note="力争 (shared) → target; 超过 → gt (outside the span); metric shared with 200个 "
          "(elided); 年底 of 今年 → instant 2025-12-31 (a stock), the year as alt")
g.neg("落实镇街、村社、网格三级", "三级", "tier word 三级 (the three tiers 镇街、村社、网格 named "
      "right before it) of the 职责任务清单 — a level label, not a count claim")

# ==== line 2 (source 43): 深化财税金融改革 ==========================================================
g.neg("企业上市“千里马”行动", "千里马", LABEL_NOTE + " (campaign name “千里马” 'thousand-li "
      "horse' for company listings), not a quantity")

# ==== line 3 (source 44): 深化国资国企改革 ==========================================================
g.neg("“一企一策”完善", "一企一策", LABEL_NOTE + " (“一企一策” 'one plan per firm', as other "
      "golds)")
g.neg("强化央地合作、“三企”联动", "三企", LABEL_NOTE + " (“三企”联动: central-government, "
      "private and foreign firms, named in the next sentence 央企民企外企)")

# ==== line 4 (source 45): 促进民营经济发展壮大 =======================================================
g.neg("坚持和落实“两个毫不动摇”", "两个毫不动摇", LABEL_NOTE + " (“两个毫不动摇”, the policy on "
      "the public and non-public sectors, as other golds)")
g.neg("以“十年磨一剑”的", "十年磨一剑", "idiom 十年磨一剑 'ten years to grind a sword' "
      "(perseverance), not a duration fact")

# ==== line 5 (source 46): 持续优化营商环境 — 统一 (lexicalized), no numeral to annotate =========

# ==== line 6 (source 47): heading （四） ===============================================================
g.neg("（四）聚力打造超大城市", "（四）", MARKER_NOTE)

# ==== line 7 (source 48): 系统优化城镇体系 ==========================================================
g.neg("深化国土空间治理“多规合一”", "多规合一", LABEL_NOTE + " (“多规合一”: merging the spatial "
      "plans into one, as other golds)")
g.neg("强化万达开综合交通枢纽", "万达开", NAME_NOTE.format("万达开 = 万州、达州、开州 (the "
                                                          "Wanzhou-Dazhou-Kaizhou area); 万 is "
                                                          "the place 万州, as 渝万 in "
                                                          "wr_chongqing_2025_e"))

# ==== line 8 (source 49): 实施城建“六大攻坚行动” =====================================================
g.neg("实施城建“六大攻坚行动”", "六大", "set label N大 (六大攻坚行动, the six campaigns named in "
      "the rest of the line), not a count claim (as 八大提升行动 in wr_chongqing_2025_e)")
g.neg("建成6号线东站段", "6号线", NAME_NOTE.format("6号线, metro line 6"))
g.neg("4号线西延伸段", "4号线", NAME_NOTE.format("4号线, metro line 4"))
PIPE_NOTE = ("新建和改造 N公里: pipes to be built or renewed in 2025 (a work of the year); "
             "公里 → m (×1e3); " + PLAN_NOTE)
fact("供水管网600公里", "600公里", value=6e5, unit="m", kind="amount",
     metric="新建和改造供水管网",
     metric_alts=["供水管网", "新建和改造供水管网长度", "供水管网新建和改造", "新建改造供水管网",
                  "供水管网长度", "改造供水管网", "新建供水管网"], **PLAN, note=PIPE_NOTE)
fact("排水管网2500公里", "2500公里", value=2.5e6, unit="m", kind="amount",
     metric="新建和改造排水管网",
     metric_alts=["排水管网", "新建和改造排水管网长度", "排水管网新建和改造", "新建改造排水管网",
                  "排水管网长度", "改造排水管网", "新建排水管网"], **PLAN,
     note="verb 新建和改造 shared with 600公里; " + PIPE_NOTE)
fact("推进15个城市功能品质", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="城市功能品质提升示范项目",
     metric_alts=["功能品质提升示范项目", "示范项目", "城市功能品质提升示范项目数量",
                  "推进城市功能品质提升示范项目", "城市片区更新项目"], **PLAN,
     note="the demonstration projects of the 城市片区更新 campaign to be advanced in 2025; "
          + PLAN_NOTE)
g.neg("开展“百路千巷”", "百路千巷", LABEL_NOTE + " (campaign name “百路千巷” 'a hundred roads, a "
      "thousand lanes'), not a count — judgement call")
fact("滚动推进163个项目", "163个", value=163, unit="count", kind="count", classifier="个",
     metric="城中村改造项目",
     metric_alts=["项目", "城中村改造攻坚行动项目", "滚动推进项目", "城中村改造项目数量",
                  "滚动推进城中村改造项目", "城中村改造"], **PLAN,
     note="the elided head restored from the campaign name 城中村改造攻坚行动 just before it "
          "(README §3); 滚动推进 'advance on a rolling basis' → the projects worked on in 2025; "
          + PLAN_NOTE)
g.neg("实施两江四岸整体提升", "两江四岸", NAME_NOTE.format("两江四岸, the banks of the Yangtze "
                                                         "and Jialing in the city centre, as "
                                                         "other golds"))
fact("加快推进30个整体提升项目", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="两江四岸整体提升项目",
     metric_alts=["整体提升项目", "两江四岸整体提升项目数量", "整体提升项目数量", "项目",
                  "推进两江四岸整体提升项目"], **PLAN,
     note="两江四岸 restored from the campaign name just before it (README §3); " + PLAN_NOTE)

# ==== line 9 (source 50): 提升城市治理现代化水平 =====================================================
g.neg("与数字重庆建设双向赋能", "双向", "双向 'two-way' (mutual empowerment), not a quantity (as "
      "other golds)")
g.neg("一贯到底的体制机制", "一贯", "adverb 一贯 'consistently' (一贯到底 'all the way down', as "
      "wr_chongqing_2025_d), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_chongqing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: part "
    "二、2025年主要任务 (heading on source line 28, outside the excerpt), i.e. the plan for "
    "2025 — the five paragraphs of task （三）聚力打造全面深化改革先行区 (its heading on source "
    "line 41 is outside: 数字重庆 applications, 财税金融, 国资国企, 民营经济, 营商环境), the "
    "heading of task （四）聚力打造超大城市现代化治理示范区 and its first three paragraphs "
    "(城镇体系, 城建“六大攻坚行动”: pipes and renewal projects, 城市治理). Lines 7-34 and 68-77 "
    "are annotated in wr_chongqing_2025 / _b / _c / _d / _e (no overlap). Title, source line "
    "and dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-19, the delivery date in the report's header (source line 3: "
    "——2025年1月19日在重庆市第六届人民代表大会第三次会议上); the shared meta agrees (来源：重庆日报). "
    "Place: 重庆市 (重庆, 全市, 我市 → alts). Periods: line 1 states its own: 力争今年4月贯通实战"
    "应用超过200个、年底超过260个 — levels reached by a date (stocks) → instants 2025-04-30 and "
    "2025-12-31, the month / the year as alts. Line 8 states no period: the section frame of "
    "part 二 (period text 2025年, 2025-01-01..2025-12-31), null as alt; the pipes to build or "
    "renew and the projects to advance are activities of the year. Modality: target "
    "throughout (plan). Units: 公里 → m (×1e3). Judgement calls: 200个/260个 read as stocks at "
    "dates (instants) with 年底 read as the end of 今年 (2025); the metric 贯通实战应用 shared "
    "by both; the elided heads of 163个项目 (城中村改造) and 30个整体提升项目 (两江四岸) restored "
    "from the campaign names; 三级 (tiers), 六大 (系统, 攻坚行动), 千里马, 一企一策, 三企, 两个毫"
    "不动摇, 十年磨一剑, 多规合一, 百路千巷, 两江四岸, 万达开, 6号线/4号线 → label/name/idiom "
    f"negatives. Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: "
    + ", ".join(negs) + ". Lexicalized, not listed: 一体化 (公共数据平台, 区域市场, 空间格局), "
    "一体 (线上线下一体处置, 厂网一体, 一体提升, 一体闭环), 一流, 统一, 清单; 多层次, "
    "小马拉大车 and 亩均论英雄 hold no numeral.")

g.write(date=REF, source=f"shared/texts/work_report/wr_chongqing_2025.txt lines {FIRST}–{LAST} "
        "(来源：重庆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
