"""Gold annotations for wr_jiangsu_2025_d (held-out: corpora/heldout/), 2025年江苏省政府工作报告,
the 2025 tasks (regions and infrastructure, villages, ecology), lines 50-62 of
shared/texts/work_report/wr_jiangsu_2025.txt.

The excerpt corpora/heldout/wr_jiangsu_2025_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the last
three paragraphs of task （五） 区域协调发展和城乡融合发展 (“1+3”重点功能区, 新型城镇化,
现代化基础设施; the task's heading and first paragraph, source lines 48-49, are outside), task
（六） 扎实推进乡村全面振兴 in full (heading, 粮食生产, 特色优势产业, 农村改革, 乡村建设), task
（七） 绿色低碳发展高地 in full (heading, 长江大保护和太湖治理, 蓝天碧水净土, 绿色低碳生产生活)
and the heading of task （八） 文化影响力.  All of it lies in part 三、2025年重点工作 (heading on
source line 30, outside the excerpt): the plan for 2025.  Lines 1-16, 17-25 and 27-37 are
annotated in wr_jiangsu_2025 / _c / _b (no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_jiangsu_2025_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jiangsu_2025_d"
PLACE = "江苏省"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_jiangsu_2025.txt"
FIRST, LAST = 50, 62                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年江苏省政府工作报告"       # line 1 of the source, outside the excerpt
JS_ALTS = ["江苏", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="持续推进“1+3”重点功能区建设。",
                 ends="为现代化建设注入强大精神力量。")
text = g.text
fact = g.with_subject(PLACE, JS_ALTS)

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PHASE_NOTE = "phase label {} of a project, not a quantity (README §2 一期)"
PLAN_NAME_NOTE = ("name of a three-year campaign ({}), not a duration fact (as "
                  "wr_jiangsu_2025 / _c)")
CLASS_NOTE = ("threshold / class label {} defining the chains to be built (SPEC §2: part of "
              "the count's metric), not a fact of its own (as 百亿级 in doc002, "
              "wr_anhui_2025_d)")
ZERO_C = "label 零碳 ('zero-carbon', README §2)"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 30, outside the
# excerpt): the plan for 2025 → modality target (加快建设, 确保, 努力建成, 推进…试点, 推动…达).
# No line of the excerpt states a period of its own (no 今年, 全年, 年内 or date), so every
# number takes that section frame (SPEC §4), 2025-01-01..2025-12-31, with the heading's period
# text 2025年 and null in period_alts (as wr_anhui_2025_e; the surface is outside the
# excerpt, period text is not scored).  Things to be built and a rate to be reached take the
# year with the end instant as a further alt (PLAN_SET, as wr_anhui_2025_d / _e); the sown
# area of the 2025 season, the design class of a terminal under construction and the length
# of the land-contract extension keep the year with null (PLAN).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年重点工作 (source line 30, 2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built / a level to be reached: the end instant as a further alt"


# ==== line 1 (source 50): 持续推进“1+3”重点功能区建设 (no facts) =================================
g.neg("持续推进“1+3”", "1+3", LABEL_NOTE + " (“1+3”重点功能区: the structure label of the "
      "province's functional-zone plan, as wr_jiangsu_2025)")

# ==== line 2 (source 51): 新型城镇化 (no numerals) ===============================================

# ==== line 3 (source 52): 现代化基础设施体系 =======================================================
g.neg("禄口机场三期工程", "三期", PHASE_NOTE.format("三期"))
PORT_SUBJ = ["连云港20万吨级集装箱码头", "连云港", "连云港市", "连云港港", "集装箱码头",
             PLACE] + JS_ALTS
fact("连云港20万吨级集装箱码头", "20万吨", value=200000, unit="t", kind="amount",
     metric="码头吨级",
     metric_alts=["集装箱码头吨级", "码头等级", "码头设计吨级", "泊位吨级", "靠泊能力",
                  "集装箱码头", "20万吨级集装箱码头", "码头", "吨级", "集装箱码头靠泊能力"],
     subject="连云港集装箱码头", subject_alts=PORT_SUBJ, **PLAN,
     note="a quantity with a unit inside a project's name is a fact (SPEC §1): the "
          "terminal's design class (ships of 200,000 t), modality target while it is being "
          "built (加快建设); span without the class suffix 级 (as 连云港30万吨级航道 in "
          "wr_jiangsu_2025); " + PLAN_NOTE)
g.neg("淮河入海水道二期", "二期", PHASE_NOTE.format("二期"))
g.neg("全线二级航道", "二级", "waterway class label (二级航道), not a quantity (as "
      "wr_jiangsu_2025)")

# ==== line 4 (source 53): heading （六） (no facts) ================================================
g.neg("（六）扎实推进", "（六）", MARKER_NOTE)
g.neg("学习运用“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's 千村示范、万村"
      "整治 programme, as wr_anhui_2025_d)")

# ==== line 5 (source 54): 扛牢粮食生产责任 ========================================================
fact("稳定在8200万亩以上", "8200万亩", value=8.2e7, unit="mu", kind="amount", bound="ge",
     metric="粮食播种面积",
     metric_alts=["粮食种植面积", "播种面积", "全省粮食播种面积"], **PLAN,
     note="确保…稳定在 → target; 以上 → ge (outside the span); 万亩 → ×1e4, 亩 stays mu (SPEC "
          "§3); the sown area of the 2025 season → the year; " + PLAN_NOTE)

# ==== line 6 (source 55): 发展特色优势产业 ========================================================
g.neg("农业全产业链高质量发展三年行动", "三年",
      PLAN_NAME_NOTE.format("农业全产业链高质量发展三年行动"))
CHAIN_NOTE = ("努力建成 → target; the threshold 超五百亿级 / 超百亿级 is part of the count's "
              "metric (SPEC §2), its own span negative; span number + classifier 条 (README §1); "
              "judgement call: the goal is written right after the three-year action "
              "(农业全产业链高质量发展三年行动), so its horizon may be the action's three years "
              "(2025-2027, alt) rather than 2025; gold keeps the section frame; " + SET_NOTE)
THREE_YEARS = P("2025年", "2025-01-01", "2027-12-31")
fact("努力建成10条", "10条", value=10, unit="count", kind="count", classifier="条",
     metric="超五百亿级市域特色链",
     metric_alts=new("超五百亿级市域特色链", "超五百亿级的市域特色链", "五百亿级市域特色链",
                     "市域特色链", "建成超五百亿级市域特色链", "五百亿级以上市域特色链",
                     "市域特色产业链"),
     period=S25, period_alts=[S25_NULL, S25_END, THREE_YEARS], modality="target",
     note=CHAIN_NOTE)
g.neg("超五百亿级的市域", "五百亿级", CLASS_NOTE.format("五百亿级 (超 → the chains' output "
      "above 50 billion yuan)"))
fact("、10条超百亿级", "10条", value=10, unit="count", kind="count", classifier="条",
     metric="超百亿级县域特色链",
     metric_alts=new("超百亿级县域特色链", "超百亿级的县域特色链", "百亿级县域特色链",
                     "县域特色链", "建成超百亿级县域特色链", "百亿级以上县域特色链",
                     "县域特色产业链"),
     period=S25, period_alts=[S25_NULL, S25_END, THREE_YEARS], modality="target",
     note="verb 努力建成 shared with the first 10条; " + CHAIN_NOTE)
g.neg("10条超百亿级", "百亿级", CLASS_NOTE.format("百亿级 (超 → above 10 billion yuan)"))
g.neg("“新农人”培育三年行动", "三年", PLAN_NAME_NOTE.format("“新农人”培育三年行动"))

# ==== line 7 (source 56): 深化农村改革 ============================================================
g.neg("推进第二轮土地承包", "第二轮", "ordinal label of the contract round (第二轮土地承包), "
      "not a count or rank (as wr_tianjin_2025_d, wr_xinjiang_2025_e)")
fact("再延长三十年试点", "三十年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后再延长期限",
     metric_alts=["土地承包延长期限", "第二轮土地承包到期后延长期限", "土地承包期延长",
                  "再延长", "延长期限", "土地承包到期后再延长", "土地承包延长",
                  "第二轮土地承包延长期限", "土地承包到期后延长期限", "土地承包期"], **PLAN,
     note="judgement call: the extension of the land contracts (再延长三十年) named in the "
          "pilot → a duration fact, unit year, kind amount (as wr_tianjin_2025_d, "
          "wr_xinjiang_2025_e); Chinese numeral 三十 → 30; the pilot is a task for 2025 → "
          "target; " + PLAN_NOTE)

# ==== line 8 (source 57): 乡村建设 (no numerals) =================================================

# ==== line 9 (source 58): heading （七） (no facts) ================================================
g.neg("（七）加快打造", "（七）", MARKER_NOTE)

# ==== line 10 (source 59): 长江大保护和太湖治理 (no facts) =========================================
g.neg("和新一轮太湖", "一轮", "新一轮 'a new round', not a count")
g.neg("长江大保护工作三年行动计划", "三年",
      PLAN_NAME_NOTE.format("抓实抓好长江大保护工作三年行动计划"))
g.neg("水质保持Ⅱ类", "Ⅱ类", "water-quality class label (Ⅱ类, GB 3838 grade), not a quantity "
      "(as wr_chongqing_2025_c, wr_gansu_2025_b)")
g.neg("长江“十年禁渔”", "十年", LABEL_NOTE + " (“十年禁渔”, the name of the ten-year fishing "
      "ban, as wr_china_2022 / wr_china_2023_c)")
g.neg("“一河一策”", "一河一策", LABEL_NOTE + " (“一河一策” 'one policy per river')")
g.neg("“两保两提”", "两保两提", LABEL_NOTE + " (“两保两提”, the Taihu goals: two guarantees, "
      "two improvements)")

# ==== line 11 (source 60): 蓝天、碧水、净土保卫战 ==================================================
fact("集中收集率达80%", "80%", value=80, unit="%", kind="share",
     metric="城市生活污水集中收集率",
     metric_alts=["生活污水集中收集率", "污水集中收集率", "城市污水集中收集率",
                  "城市生活污水收集率"], **PLAN_SET,
     note="推动…达 → target, eq; a rate (SPEC §2 share) to be reached in 2025 (as 提高到85% in "
          "wr_anhui_2025_d); " + SET_NOTE)
g.neg("实施一批生物多样性", "一批", VAGUE_NOTE)

# ==== line 12 (source 61): 绿色低碳的生产方式和生活方式 (no facts) ===================================
g.neg("建设一批零碳工厂", "一批", VAGUE_NOTE)
g.neg("建设一批零碳工厂", "零碳", ZERO_C)
g.neg("打造一批具有", "一批", VAGUE_NOTE)
g.neg("的零碳园区", "零碳", ZERO_C)

# ==== line 13 (source 62): heading （八） (no facts) ===============================================
g.neg("（八）久久为功", "（八）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_jiangsu_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; held out "
    "(corpora/heldout/). The line range is given by the brief (a run of whole lines starting "
    "mid-task, as unseen test excerpts are cut). It lies in part 三、2025年重点工作 (source line "
    "30), the plan for 2025: the last three paragraphs of task （五） (“1+3”重点功能区, 新型城镇化, "
    "现代化基础设施), task （六） 乡村全面振兴 in full (heading, 粮食生产, 特色优势产业, 农村改革, "
    "乡村建设), task （七） 绿色低碳发展高地 in full (heading, 长江大保护和太湖治理, 蓝天碧水净土, "
    "绿色低碳生产生活方式) and the heading of task （八）. Lines 1-16, 17-25 and 27-37 are "
    "annotated in wr_jiangsu_2025 / _c / _b (no overlap). Title, source line and dateline are "
    "outside the excerpt (title_in_text=False; the title as the source's first line). Date: "
    "2025-01-19, the delivery date in the report's header (source line 3: 2025年1月19日在江苏省"
    "第十四届人民代表大会第三次会议上省长许昆林作政府工作报告), as the shared meta and "
    "wr_jiangsu_2025_b. Place: 江苏省 (江苏, 全省, 我省 → alts); the 20万吨级 terminal → subject "
    "连云港集装箱码头 (连云港 and the province as alts). Periods: no line of the excerpt states "
    "a period; every number takes the section frame 2025 (2025-01-01..2025-12-31, period text "
    "2025年 of the heading outside the excerpt, null as alt, as wr_anhui_2025_e); things to be "
    "built (the 10条 chains) and the rate to be reached (收集率达80%) add the end instant as "
    "alt; the two 10条 goals also accept the three-year horizon 2025-2027 of the action they "
    "follow. Modality: target throughout. Bounds: 以上 → ge; 达 / no bound word → eq (超 in "
    "超五百亿级/超百亿级 belongs to the threshold, not to the count). Units: 万亩 → mu; 万吨 → t; "
    "三十年 → 30 year. Judgement calls: 连云港20万吨级集装箱码头 → a design-class fact of a project "
    "under construction (SPEC §1, as 连云港30万吨级航道 in wr_jiangsu_2025); 再延长三十年 → a "
    "duration fact (as wr_tianjin_2025_d); 五百亿级 / 百亿级 → threshold negatives, kept in the "
    "counts' metrics; 三年 (行动 / 行动计划) ×3, 十年 (禁渔), 一河一策, 两保两提, 1+3, 千万工程 → "
    "labels; 三期 / 二期 → phase labels; 二级 (航道), Ⅱ类 → class labels. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×2, 一体化.")

g.write(date=REF, source=f"shared/texts/work_report/wr_jiangsu_2025.txt lines {FIRST}–{LAST} "
        "(来源：江苏新闻)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
