"""Gold annotations for wr_qinghai_2025_b (2025年青海省政府工作报告, second excerpt: the 2025
targets), lines 16-23 of shared/texts/work_report/wr_qinghai_2025.txt.

The excerpt corpora/wr_qinghai_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 二、2025年目标任务和重点工作, its opening
paragraph (今年是…), the 主要预期目标 of 2025 (GDP, jobs, unemployment, prices, grain, water
and air), the paragraph on the five 更加注重 (no numbers), task （一）着力建设美丽青海 and its
first three paragraphs (体制改革, 保护治理: greening, desertification, grassland; 碳达峰碳中和:
green buildings).  Lines 10-12 are annotated in wr_qinghai_2025 (no overlap).  Lines 16-23
make 2,060 characters and start at the heading of part 二 as briefed; they hold the report's
main targets.  The densest run in lines 13-67 (lines 42-50, task （五）…（六）, 15 Arabic
numbers in 2,293 characters against 12 here) starts only at a task heading and has none of the
headline targets; lines 16-25 (2,216) would add two lines without numbers, and line 26 would
pass 2,500.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_qinghai_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_qinghai_2025_b"
PLACE = "青海省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_qinghai_2025.txt"
FIRST, LAST = 16, 23                    # 1-based, inclusive, whole lines
TITLE = "2025年青海省政府工作报告"
QH_ALTS = ["青海", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2025年目标任务和重点工作",
                 ends="践行生态文明理念的良好社会氛围。")
text = g.text
fact = g.with_subject(PLACE, QH_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "name ({}), not a quantity"

# ---- periods (reference date 2025-01-19; 今年 = 2025) ----------------------------------------
# Line 1 is the heading 二、2025年目标任务和重点工作: the targets and tasks after it are the
# plan for 2025 → modality target.  Line 2 opens with 今年 but holds no fact; the lines with
# numbers (3: 主要预期目标, 7: greening, 8: green buildings) state no period of their own, so
# they take the heading's frame: period text 2025年, 2025-01-01..2025-12-31, null as alt (as
# wr_henan_2025_b / wr_anhui_2025_b; SPEC §4 — a period never crosses a line).  Flows of the
# year (growth, jobs, grain, areas treated) and rates of the year (失业率, 优良天数比例) keep
# the year; the share of a stock to be reached (星级绿色建筑占比) keeps the year with the
# end instant as a further alt (either reading: the share of new buildings in 2025 or of the
# stock at its end).
T25 = P("2025年", "2025-01-01", "2025-12-31")
T25_NULL = P("2025年", None, None)
T25_END = P("2025年", "2025-12-31", "2025-12-31")
TARGET = dict(period=T25, period_alts=[T25_NULL], modality="target")
TARGET_LEVEL = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
TARGET_NOTE = ("主要预期目标 → target; the line states no period: section frame of the heading "
               "二、2025年目标任务和重点工作 (2025), null as alt")
TASK_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年目标任务和重点工作 (2025), null as alt")

# ==== line 1 (source 16): heading 二、 ==========================================================
g.neg("二、2025年目标任务", "二、", MARKER_NOTE)
g.neg("二、2025年目标任务", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "targets and tasks, 2025; the period text of the facts without a period of their own)")

# ==== line 2 (source 17): 今年是… (no facts) ===================================================
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("是“十五五”规划", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("的重要一年", "一年", "'an important year' (= 2025), not a duration fact (as "
      "wr_henan_2025 重要一年)")
g.neg("产业“四地”蓬勃", "四地", LABEL_NOTE + " (产业“四地”: the province's four industrial "
      "bases — salt-lake industry, clean energy, eco-tourism, green farm produce)")

# ==== line 3 (source 18): 主要预期目标 ==========================================================
GDP_ALTS = ["GDP", "生产总值", "经济增长", "经济增速", "地区生产总值增长", "GDP增长"]
fact("生产总值增长4.5%左右", "4.5%", value=4.5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 左右 → approx (outside the span); 力争更好结果 states no number")
fact("城镇新增就业6万人以上", "6万人", value=6e4, unit="count", kind="count", classifier="人",
     bound="ge", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **TARGET, note="以上 → ge (outside the span); " + TARGET_NOTE)
fact("转移就业106万人次以上", "106万人次", value=106e4, unit="count", kind="count",
     classifier="人次", bound="ge", metric="农牧区劳动力转移就业",
     metric_alts=["劳动力转移就业", "农牧区劳动力转移就业人次", "转移就业",
                  "农村劳动力转移就业"], **TARGET,
     note="以上 → ge; 人次 is the classifier (SPEC §3); metric as in wr_qinghai_2025")
fact("城镇调查失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="左右 → approx; a rate → share")
fact("价格涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="左右 → approx; 涨幅 = growth of the price level (as wr_henan_2025)")
fact("粮食总产量保持在110万吨以上", "110万吨", value=110e4, unit="t", kind="amount",
     bound="ge", metric="粮食总产量", metric_alts=["粮食产量", "粮食"], **TARGET,
     note="保持在…以上 → ge (以上 outside the span); the 2025 harvest")
g.neg("稳定保持在Ⅱ类及以上", "Ⅱ类", "water-quality class label (GB 3838 grade Ⅱ), a "
      "threshold, not a quantity (as wr_xizang_2025 Ⅲ类)")
fact("优良天数比例96.3%以上", "96.3%", value=96.3, unit="%", kind="share", bound="ge",
     metric="空气质量优良天数比例",
     metric_alts=["优良天数比例", "环境空气质量优良天数比例", "空气质量优良率",
                  "空气质量优良天数比率"], **TARGET,
     note="以上 → ge; the share of the days of 2025")
g.neg("全面完成“十四五”期间", "十四五", "plan label 十四五 (SPEC §1; “十四五”期间 names the "
      "plan period 2021-2025 of the energy and emission targets, which carry no number)")

# ==== line 4 (source 19): 更加注重… (no facts) =================================================
NOTE_ALL = "一切 'all', not a quantity (as wr_xizang_2025)"
g.neg("抓住一切有利时机", "一切", NOTE_ALL)
g.neg("用好一切政策举措", "一切", NOTE_ALL)
g.neg("挖掘一切潜力资源", "一切", NOTE_ALL)

# ==== line 5 (source 20): （一） ================================================================
g.neg("(一)着力建设美丽青海", "(一)", MARKER_NOTE)
g.neg("坚持生态保护第一", "第一", "slogan 生态保护第一 'ecological protection first' (a "
      "priority), not a measured rank")

# ==== line 6 (source 21): 深化生态文明体制改革 (no facts) =======================================
g.neg("健全三江源“中华水塔”", "三江源", NAME_NOTE.format("place name 三江源, the source "
      "region of three rivers; as wr_xizang_2025"))
g.neg("实施好三江源国家公园", "三江源", NAME_NOTE.format("place name 三江源 in 三江源国家公园"))

# ==== line 7 (source 22): 构建生态保护治理大格局 ==================================================
g.neg("推动“三北”工程", "三北", LABEL_NOTE + " (“三北”工程, the Three-North shelterbelt "
      "programme: 三北 = north-west, north and north-east China)")
GREEN_NOTE = ("完成 N以上 → target area for 2025, ge (以上 outside the span); 亩 stays mu (SPEC "
              "§3); the verb 完成 is shared by the list; " + TASK_NOTE)
fact("国土绿化500万亩以上", "500万亩", value=500e4, unit="mu", kind="amount", bound="ge",
     metric="国土绿化",
     metric_alts=["完成国土绿化", "国土绿化面积", "造林绿化", "国土绿化任务"], **TARGET,
     note=GREEN_NOTE)
fact("防沙治沙130万亩以上", "130万亩", value=130e4, unit="mu", kind="amount", bound="ge",
     metric="防沙治沙",
     metric_alts=["完成防沙治沙", "防沙治沙面积", "防沙治沙任务", "沙化土地治理"], **TARGET,
     note=GREEN_NOTE)
fact("草原治理800万亩以上", "800万亩", value=800e4, unit="mu", kind="amount", bound="ge",
     metric="黑土型退化草原治理",
     metric_alts=["完成黑土型退化草原治理", "黑土型退化草原治理面积", "退化草原治理",
                  "黑土型退化草原", "退化草原治理面积"], **TARGET, note=GREEN_NOTE)
g.neg("巩固“一江一河一湖”", "一江一河一湖", LABEL_NOTE + " (“一江一河一湖”: the river, the "
      "Yellow River and the lake under the fishing ban; as “一江一河” in wr_shanghai_2025_b)")

# ==== line 8 (source 23): 稳妥有序推进碳达峰碳中和 ================================================
ZERO_NOTE = "label 零碳 'zero-carbon' (README §2), not a quantity"
g.neg("高效建设零碳园区", "零碳", ZERO_NOTE + " (零碳园区)")
g.neg("“一企一策”", "一企一策", LABEL_NOTE + " (“一企一策” 'one plan per firm')")
g.neg("“一园一策”", "一园一策", LABEL_NOTE + " (“一园一策” 'one plan per park')")
g.neg("打好能耗双控收官战", "双控", LABEL_NOTE + " (能耗双控: control of total energy use and "
      "of energy intensity)")
fact("星级绿色建筑占比达30%以上", "30%", value=30, unit="%", kind="share", bound="ge",
     metric="星级绿色建筑占比",
     metric_alts=["星级绿色建筑比例", "星级绿色建筑占新建建筑比例", "星级绿色建筑占比达",
                  "星级绿色建筑占新建绿色建筑比例", "星级绿色建筑比重"], **TARGET_LEVEL,
     note="达…以上 → ge (以上 outside the span); judgement call: the denominator is not written "
          "(new buildings of the year or the stock): the year, the end instant as alt; "
          + TASK_NOTE)
g.neg("建设一批零碳社区", "一批", "vague quantifier 一批 'a batch of' (README §2)")
g.neg("一批零碳社区", "零碳", ZERO_NOTE + " (零碳社区)")
g.neg("、零碳乡村", "零碳", ZERO_NOTE + " (零碳乡村)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_qinghai_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "二、2025年目标任务和重点工作, its opening paragraph (今年是…), the 2025 主要预期目标, the "
    "更加注重… paragraph, and task （一）着力建设美丽青海 with its first three paragraphs. "
    "Allowed lines were 13-67 (lines 10-12 are wr_qinghai_2025); the stretch starts at the "
    "heading of part 二 and holds the main targets; lines 42-50 are slightly denser but start "
    "at a task heading and hold no headline targets (see the module docstring). Title, source "
    "line and dateline are outside the excerpt (title_in_text=False; title as the source's "
    "first line). Date: 2025-01-19, the delivery date in the report's header (source line 3: "
    "——2025年1月19日在青海省第十四届 人民代表大会第三次会议上); the corpus meta agrees (来源："
    "青海日报). Place: 青海省 (青海, 全省, 我省 → alts). Periods: no line with a number states "
    "a period of its own (今年 opens line 2, which holds no fact; a period never crosses a "
    "line): every fact takes the frame of the heading, period text 2025年, "
    "2025-01-01..2025-12-31, null as alt; 星级绿色建筑占比 adds the end instant as alt. "
    "Modality: target throughout. Bounds: 左右 → approx; 以上 / 保持在…以上 → ge. Units: 万人 / "
    "万人次 counts; 万吨 t; 万亩 mu. Judgement calls: 星级绿色建筑占比 (denominator unwritten) → "
    "the year with the instant as alt; 居民收入增长与经济增长同步 and 力争更好结果 carry no "
    "number (no line); 生态保护第一 a slogan, not a rank; “十四五”期间 a label (negative). "
    "Negatives: 二、, 2025年, 十四五 ×2, 十五五, 一年, 四地, Ⅱ类, 一切 ×3, (一), 第一, 三江源 ×2, "
    "三北, 一江一河一湖, 零碳 ×3, 一企一策, 一园一策, 双控, 一批. Lexicalized, not listed: 一致 "
    "(一致性评估), 一体 (一体化保护).")

g.write(date=REF, source=f"shared/texts/work_report/wr_qinghai_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
