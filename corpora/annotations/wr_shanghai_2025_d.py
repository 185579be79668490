"""Gold annotations for wr_shanghai_2025_d (2025年上海市政府工作报告, fourth excerpt: the close of
the 2024 review, the 2025 targets and the first 2025 tasks), lines 40-51 of
shared/texts/work_report/wr_shanghai_2025.txt (held out: corpora/heldout/).

The excerpt corpora/heldout/wr_shanghai_2025_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut): the problems paragraph closing part 一 (the
review of 2024: 我们也清醒认识到…, no numbers), the heading 二、2025年主要任务, the framing line
(今年是“十四五”规划收官之年…), the 2025 主要预期目标 (生产总值 5%左右, 预算收入 2%, 研发强度
4.5%左右, 失业率 5%以内, 居民消费价格 2%左右), 今年要重点做好以下工作。, task （一） in full (消费,
投资 2400亿元 and 低效建设用地减量 10平方公里, 外贸外资, 国企民企 30%左右, 营商环境 58条) and the
heading paragraph of task （二）.  Lines 1-13, 22-35 and 73-86 are wr_shanghai_2025, _b and _c
(no overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanghai_2025_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_shanghai_2025_d"
SOURCE_ID = "wr_shanghai_2025"
PLACE = "上海市"
REF = "2025-01-15"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 40, 51                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年上海市政府工作报告"       # line 1 of the source, outside the excerpt
SH_ALTS = ["上海", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="我们也清醒认识到，前进道路上还面临许多困难挑战",
                 ends="加快形成具有国际竞争力的政策和制度体系。")
text = g.text
fact = g.with_subject(PLACE, SH_ALTS, modality="target")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
NAME_NOTE = "name of a metro line ({}), not a quantity"
PHASE_NOTE = "phase label of a project (二期, README §2 一期), not a quantity"
ROUND_NOTE = "新一轮 'a new round', not a count"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# Line 1 closes part 一 (the review of 2024) and holds no number.  Line 2 is the heading
# 二、2025年主要任务: the plan for 2025 → modality target throughout.  Line 4 (the 主要预期目标)
# names 今年 (= 2025) before its numbers: explicit, 2025-01-01..2025-12-31.  Line 5 今年要重点
# 做好以下工作。 is its own line: it governs nothing by the paragraph rule, but names the frame
# of the task list, so the task lines (6-12), which state no period of their own, take the
# section frame 2025 with the period text 今年 (as wr_shanghai_2025_c) and the null reading in
# period_alts.  全年 in line 8 (全年完成投资2400亿元) is explicit (= 2025) and governs the rest
# of its line (SPEC §4), so also 低效建设用地减量10平方公里.
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
TARGET = dict(period=T25)
PLAN = dict(period=T25, period_alts=[T25_NULL])
PLAN_LEVEL = dict(period=T25, period_alts=[T25_NULL, T25_END])
FULLYEAR = dict(period=P("全年", "2025-01-01", "2025-12-31"),
                period_alts=[P("全年", None, None)])
TARGET_NOTE = ("主要预期目标 (建议今年…) → target; 今年 (= 2025) earlier in the line governs "
               "(explicit)")
PLAN_NOTE = ("2025 task → target; the line states no period: section frame 2025 (period text "
             "今年 of line 5, 今年要重点做好以下工作), null as alt")

# ==== line 1 (source 40): 我们也清醒认识到… (problems; 一些, 进一步 lexicalized) =============
g.neg("受外部影响首当其冲", "首当其冲", "idiom 首当其冲 'bear the brunt', not a rank or count")

# ==== line 2 (source 41): heading 二、2025年主要任务 =============================================
g.neg("二、2025年主要任务", "二、", MARKER_NOTE)
g.neg("二、2025年主要任务", "2025年", PERIOD_NOTE + " (section heading: the plan year 2025; "
      "its own line)")

# ==== line 3 (source 42): 今年是“十四五”规划收官之年… (no facts) ================================
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("世界百年变局", "百年", "set phrase 百年变局 (世界百年未有之大变局 'changes unseen in a "
      "century'), not a measured duration (as 百年罕见 in wr_china_2013)")
g.neg("坚持“四个放在”", "四个放在", LABEL_NOTE + " (“四个放在”, the city's guiding maxim of "
      "four perspectives), not a count")

# ==== line 4 (source 43): 主要预期目标 (2025) ====================================================
GDP_ALTS = ["GDP", "地区生产总值", "全市生产总值", "经济增长", "经济增速"]
fact("全市生产总值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="生产总值", metric_alts=GDP_ALTS, comparison="yoy", **TARGET,
     note="左右 → approx (outside the span); 全市 is the subject (as wr_shanghai_2025); "
          + TARGET_NOTE)
REV = ["一般公共预算收入", "公共预算收入", "地方财政收入", "财政收入"]
fact("预算收入增长2%", "2%", value=2, unit="%", kind="growth",
     metric="地方一般公共预算收入", metric_alts=REV, comparison="yoy", **TARGET,
     note="no bound word → eq; " + TARGET_NOTE)
RD = ["研发经费支出相当于全市生产总值的比例", "全社会研发经费支出相当于生产总值的比例",
      "研发经费支出相当于生产总值的比例", "研发投入强度", "研发经费投入强度",
      "全社会研发经费投入强度", "R&D经费投入强度", "研发经费支出占生产总值比重",
      "全社会研发经费支出占全市生产总值的比例"]
fact("的比例达到4.5%左右", "4.5%", value=4.5, unit="%", kind="share", bound="approx",
     metric="全社会研发经费支出相当于全市生产总值的比例", metric_alts=RD, **TARGET,
     note="ratio of two flows of the year → share (as 4.4% in wr_shanghai_2025); 左右 → "
          "approx; " + TARGET_NOTE)
fact("失业率5%以内", "5%", value=5, unit="%", kind="share", bound="le",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TARGET_NOTE)
fact("涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET,
     note="涨幅 = growth of the price level (as wr_anhui_2025_b); 左右 → approx; "
          + TARGET_NOTE)
g.neg("单位生产总值二氧化碳", "二氧化碳", "chemical name 二氧化碳 (carbon dioxide), not a "
      "quantity (as wr_china_2016_b); 进一步下降 states no number")

# ==== line 5 (source 44): 今年要重点做好以下工作。 (no numeral) ==================================

# ==== line 6 (source 45): heading （一） =========================================================
g.neg("（一）聚力扩内需", "（一）", MARKER_NOTE)

# ==== line 7 (source 46): 大力提振消费 (no facts) ==================================================
g.neg("实施“两新”行动", "两新", LABEL_NOTE + " (“两新”: large-scale equipment renewal and "
      "trade-ins of consumer goods)")
g.neg("办好“五五购物节”", "五五", LABEL_NOTE + " (“五五购物节”, the city's May-5 shopping "
      "festival; a name, not a count)")
g.neg("大力发展首发经济", "首发", LABEL_NOTE + " (首发经济 'debut economy', as wr_anhui_2025_b / "
      "wr_beijing_2025_e), not a rank")

# ==== line 8 (source 47): 着力提高投资效益 =========================================================
g.neg("完善“两重”建设", "两重", LABEL_NOTE + " (“两重”: major national strategies and "
      "security capacity in key areas)")
g.neg("储备一批“两重”", "一批", VAGUE_NOTE)
g.neg("一批“两重”建设项目", "两重", LABEL_NOTE + " (“两重”)")
INV = ["重大工程完成投资", "重大工程建设投资", "重大工程投资完成额", "完成投资",
       "重大工程建设完成投资", "重大工程"]
fact("全年完成投资2400亿元", "2400亿元", value=2400e8, unit="CNY", kind="amount",
     metric="重大工程投资", metric_alts=INV, **FULLYEAR,
     note="investment in major projects to be completed in 2025 (推进重大工程建设，全年完成投资 "
          "→ target); 全年 (= 2025) right before it, explicit")
for ctx, line in (("、12号线西延伸", "12号线"), ("、15号线南延伸", "15号线"),
                  ("、20号线、", "20号线"), ("、21号线、", "21号线"), ("、23号线等", "23号线"),
                  ("建成2号线西延伸", "2号线"), ("、18号线二期", "18号线")):
    g.neg(ctx, line, NAME_NOTE.format(line))
g.neg("18号线二期", "二期", PHASE_NOTE)
g.neg("沪通铁路二期", "二期", PHASE_NOTE)
fact("低效建设用地减量10平方公里", "10平方公里", value=-10e6, unit="m2", kind="amount",
     metric="低效建设用地增量",
     metric_alts=["低效建设用地", "低效建设用地减量", "低效建设用地规模增量",
                  "低效建设用地规模", "建设用地减量"], **FULLYEAR,
     note="absolute change of a level (SPEC §2, as 城乡建设用地再减量6.6平方公里 in "
          "wr_beijing_2025): 减量 → negative value, metric …增量; 平方公里 = 1e6 m2; 全年 earlier "
          "in the line governs (SPEC §4), null as alt; target")

# ==== line 9 (source 48): 全力稳外贸稳外资 (no facts) ==============================================
g.neg("二手车出口", "二手", "lexicalized 二手 'second-hand' (二手车), not a quantity")
g.neg("加快推动一批重大外资", "一批", VAGUE_NOTE)

# ==== line 10 (source 49): 促进国企民企蓬勃发展 =====================================================
g.neg("推进一批集团", "一批", VAGUE_NOTE)
SOE = ["国有企业", "国企", "市属国企", "上海国企", "市属国有企业"]
fact("营业收入占比提高到30%", "30%", value=30, unit="%", kind="share", bound="approx",
     metric="战略性新兴产业和未来产业营业收入占比",
     metric_alts=["国企战略性新兴产业和未来产业营业收入占比", "战略性新兴产业和未来产业占比",
                  "战略性新兴产业和未来产业营业收入比重", "国有企业战略性新兴产业和未来产业营业收入占比",
                  "战略性新兴产业营业收入占比"],
     subject_alts=SH_ALTS + SOE, **PLAN_LEVEL,
     note="左右 → approx (outside the span); the share of the (municipal) state-owned groups' "
          "revenue from strategic emerging and future industries (the sentence's topic is the "
          "SOE reform) — the city keeps the subject, the SOEs as alts (sector-like, README "
          "§4); a share of the year's revenue → the year, the end instant as alt; "
          + PLAN_NOTE)
g.neg("深化公共资源“一网交易”", "一网交易", LABEL_NOTE + " (“一网交易”, the one-network public "
      "resource trading reform, as 一网通办 in other golds)")
g.neg("培育推广一批", "一批", VAGUE_NOTE)
g.neg("发布新一批", "一批", VAGUE_NOTE + " (新一批 'a new batch')")

# ==== line 11 (source 50): 持续打造一流营商环境 =====================================================
g.neg("实施新一轮优化营商环境", "一轮", ROUND_NOTE)
fact("营商环境58条改革举措", "58条", value=58, unit="count", kind="count", classifier="条",
     metric="优化营商环境改革举措",
     metric_alts=["新一轮优化营商环境改革举措", "改革举措", "营商环境改革举措",
                  "优化营商环境改革举措数量", "优化营商环境58条改革举措", "优化营商环境措施",
                  "新一轮优化营商环境58条改革举措"],
     **PLAN,
     note="count of the measures of the new business-environment package to be carried out "
          "in 2025 (as 7.0版150项改革举措 in wr_shanghai_2025_b; README §2 七条措施); "
          + PLAN_NOTE)
g.neg("涉企第三方中介", "第三方", "lexicalized 第三方 'third party', not a quantity (as "
      "wr_china_2017_b)")
g.neg("“两库两单”", "两库两单", LABEL_NOTE + " (“两库两单”: the two databases and two lists "
      "of the random-inspection system), not a count")

# ==== line 12 (source 51): heading paragraph of （二） ============================================
g.neg("（二）聚力落实", "（二）", MARKER_NOTE)
g.neg("强化“五个中心”", "五个中心", LABEL_NOTE + " (“五个中心”, the five international "
      "centres, as wr_shanghai_2025)")
g.neg("推进首创性改革", "首创", "adjective 首创性 'pioneering', not a rank or count (as "
      "wr_anhui_2025_b)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: the problems paragraph that closes part 一 (the review of 2024; no numbers), "
    "then part 二、2025年主要任务 — its framing line, the 2025 主要预期目标 (source line 43), "
    "今年要重点做好以下工作。, task （一） 聚力扩内需、稳外需 in full (消费, 投资, 外贸外资, 国企民企, "
    "营商环境) and the heading paragraph of task （二）: the plan for 2025. Lines 1-13, 22-35 "
    "and 73-86 are wr_shanghai_2025, _b, _c (no overlap). Title: line 1 of the source, "
    "outside the excerpt (title_in_text=False). Date: 2025-01-15, the delivery date in the "
    "source's dateline (line 2, outside the excerpt: ----2025年1月15日龚正市长在上海市第十六届"
    "人民代表大会第三次会议的政府工作报告), as the other Shanghai golds; the shared meta gives "
    "only the year 2025. Place: 上海市 (上海, 全市 → alts); the SOE revenue share keeps the "
    "city with the SOEs as alts. Periods: 今年 = 2025. The targets line names 今年 before its "
    "numbers (explicit, no alt); the task lines state no period and take the section frame "
    "2025 (period text 今年 of line 5, null as alt); 全年 (line 8) is explicit and governs "
    "2400亿元 and the 10平方公里 land reduction later in the line. Modality: target "
    "throughout. Bounds: 左右 → approx; 以内 → le. Units: 亿元 1e8; 平方公里 1e6 m2. Judgement "
    "calls: 低效建设用地减量10平方公里 → amount −1e7 m2, metric 低效建设用地增量 (SPEC §2 "
    "absolute change, as wr_beijing_2025); 营业收入占比提高到30%左右 → share of the year (end "
    "instant as alt), subject the city (SOEs as alts); 58条改革举措 → count of measures (as "
    "150项 in wr_shanghai_2025_b); 居民消费价格涨幅 → growth; metro line numbers, 二期, "
    f"五五(购物节), 百年(变局), 四个放在 → negatives. Counts: {len(facts)} facts, {len(negs)} "
    "negatives. Negatives: " + ", ".join(negs) + ". Lexicalized, not listed: 一些 ×2, "
    "进一步 ×6, 一体化 ×3, 一流.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：解放日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
