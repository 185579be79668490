"""Gold annotations for wr_china_2014_c (2014年中华人民共和国国务院政府工作报告, the 2014 tasks:
jobs, incomes, social security, housing, safety, ecology and the government's own reform),
lines 90-103 of shared/texts/work_report/wr_china_2014.txt (held-out: corpora/heldout/).

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief (a run of whole lines, as unseen test excerpts
are cut).  It lies in part 三、2014年重点工作 (heading on source line 46, outside the excerpt):
the paragraphs of task （八）统筹做好保障和改善民生工作 (heading on source line 88, outside:
jobs — 727万 graduates, 至少有一人 per 零就业 household; incomes; social security; housing —
700万套 / 470万套 started, 480万套 completed; safety), task （九）努力建设生态文明的美好家园 in
full (boilers 5万台, desulphurisation 1500万千瓦, denitrification 1.3亿千瓦, dust removal
1.8亿千瓦, 600万辆 vehicles scrapped, energy intensity −3.9%以上, SO2/COD −2%, 500万亩 returned
to forest and grassland), then 各位代表！ and the first three paragraphs of the closing part on
the government's own reform (约法三章, 三公; no figures).  All of it is the plan for 2014.
wr_china_2014 (lines 3-21) and wr_china_2014_b (23-39, held out) hold other parts (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2014_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2014_c"
SOURCE_ID = "wr_china_2014"
PLACE = "中国"
REF = "2014-03-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 90, 103                   # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2014年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2014)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="就业是民生之本。",
                 ends="对任何腐败分子都要依法严惩、决不姑息。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]

fact = g.with_subject(PLACE, CN, modality="target")

# ---- periods (reference date 2014-03-05; 今年 = 2014) -----------------------------------------
# The excerpt is the plan for 2014: part 三、2014年重点工作 (source line 46, outside the
# excerpt) → modality target.  Every line with a figure names 今年 (= 2014) before its first
# number and so governs it explicitly (as wr_china_2017_c): line 1 (今年高校毕业生将达… → 727万,
# 至少有一人), line 4 (今年新开工… → 700万套, 470万套; 年内 (= 2014) replaces it before 480万套,
# same dates), line 8 (今年要淘汰… → 5万台 … 600万辆), line 9 (今年能源消耗强度… → 3.9%, 2%)
# and line 10 (今年拟安排500万亩).  No null alt is needed.
T14 = P("今年", "2014-01-01", "2014-12-31")
Y14 = dict(period=T14)
IN_YEAR = dict(period=P("年内", "2014-01-01", "2014-12-31"))
T_NOTE = "今年 (= 2014) earlier in its line governs (explicit)"
TGT = "a task for 2014 → target; " + T_NOTE

# ==== line 1 (source 90): 就业是民生之本 ============================================================
GRAD = ["高校毕业生人数", "高校毕业生规模", "普通高校毕业生", "高校毕业生数量", "毕业生"]
fact("今年高校毕业生将达727万人", "727万人", value=727e4, unit="count", kind="count",
     classifier="人", metric="高校毕业生", metric_alts=GRAD, modality="forecast", **Y14,
     note="将达 'will reach': the expected size of this year's graduating class → forecast "
          "(an expectation, not a goal), eq; 今年 (= 2014) right before it (explicit)")
g.neg("确保“零就业”家庭", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in work', "
      "a category name, as wr_china_2007_b)")
fact("至少有一人就业", "一人", value=1, unit="count", kind="count", classifier="人",
     bound="ge", metric="零就业家庭就业人数",
     metric_alts=["零就业家庭稳定就业人数", "零就业家庭每户就业人数", "每户就业人数", "就业人数",
                  "零就业家庭就业", "零就业家庭实现就业人数"], **Y14,
     note="judgement call: 至少一人 is a stated minimum (at least one member in work per "
          "zero-employment household), a quantity rather than the article 一 → count 1, 至少 → "
          "ge (outside the span), as wr_ningxia_2025_g; 确保 → target; " + T_NOTE)

# ==== line 2 (source 91): 收入是民生之源 (no numeral) =================================================

# ==== line 3 (source 92): 社保是民生之基 (统一 lexicalized) ============================================
g.neg("让每一个身处困境者", "一个", "一个 in 每一个 'every (one)', not a quantity")

# ==== line 4 (source 93): 完善住房保障机制 ===========================================================
START = ["保障性安居工程新开工", "新开工保障性安居工程套数", "保障性住房新开工", "新开工保障性住房",
         "保障性安居工程开工", "新开工", "保障性安居工程"]
fact("今年新开工700万套以上", "700万套", value=700e4, unit="count", kind="count",
     classifier="套", bound="ge", metric="新开工保障性安居工程", metric_alts=START, **Y14,
     note="以上 → ge (outside the span); dwellings of the 保障性安居工程 to be started in 2014 "
          "(metric as wr_china_2014_b 666万套 in 2013); 万套 ×1e4; " + TGT)
SHANTY = ["新开工各类棚户区改造", "各类棚户区新开工", "棚户区改造新开工", "新开工棚户区改造",
          "新开工棚户区改造住房", "各类棚户区", "棚户区改造", "棚户区", "各类棚户区改造住房"]
fact("其中各类棚户区470万套以上", "470万套", value=470e4, unit="count", kind="count",
     classifier="套", bound="ge", metric="新开工各类棚户区改造住房", metric_alts=SHANTY, **Y14,
     note="其中: the part of the 700万套 in shanty-town renewal (新开工 shared); 以上 → ge "
          "(outside the span); " + TGT)
DONE = ["基本建成保障性安居工程", "保障房基本建成", "基本建成保障性住房", "基本建成",
        "保障性安居工程基本建成", "保障房", "基本建成保障房套数"]
fact("年内基本建成保障房480万套", "480万套", value=480e4, unit="count", kind="count",
     classifier="套", metric="基本建成保障房", metric_alts=DONE, **IN_YEAR,
     note="dwellings to be basically completed within the year (a flow) → target; 年内 (= "
          "2014) right before it replaces 今年 (same dates, own text)")

g.neg("让翘首以盼的", "首", "首 in the idiom 翘首以盼 'crane one's neck in expectation', not a "
      "rank or quantity")

# ==== line 5 (source 94): 安全生产, 市场秩序 (no numeral) ================================================

# ==== line 6 (source 95): heading （九） ==============================================================
g.neg("（九）努力建设", "（九）", MARKER_NOTE)

# ==== line 7 (source 96): opening of （九） (no numeral) ===============================================

# ==== line 8 (source 97): 出重拳强化污染防治 ===========================================================
g.neg("以细颗粒物（PM2.5）", "PM2.5", "indicator name PM2.5 (fine particulate matter), not a "
      "quantity (as wr_china_2017_b)")
g.neg("可吸入颗粒物（PM10）", "PM10", "indicator name PM10 (inhalable particulate matter), not a "
      "quantity")
fact("淘汰燃煤小锅炉5万台", "5万台", value=5e4, unit="count", kind="count", classifier="台",
     metric="淘汰燃煤小锅炉",
     metric_alts=["燃煤小锅炉", "淘汰燃煤小锅炉数量", "燃煤小锅炉淘汰", "淘汰小锅炉"], **Y14,
     note="要淘汰 → target; 万台 ×1e4, classifier 台; " + T_NOTE)
RETRO = ("capacity of coal-fired power plants to be retrofitted in 2014 (推进燃煤电厂… shared "
         "by the three retrofits): 万千瓦 / 亿千瓦 → W (×1e7 / ×1e11); " + TGT)
fact("脱硫改造1500万千瓦", "1500万千瓦", value=1.5e10, unit="W", kind="amount",
     metric="燃煤电厂脱硫改造",
     metric_alts=["脱硫改造", "燃煤电厂脱硫改造容量", "燃煤电厂脱硫改造装机容量", "脱硫改造容量",
                  "脱硫改造装机"], **Y14, note=RETRO)
fact("脱硝改造1.3亿千瓦", "1.3亿千瓦", value=1.3e11, unit="W", kind="amount",
     metric="燃煤电厂脱硝改造",
     metric_alts=["脱硝改造", "燃煤电厂脱硝改造容量", "燃煤电厂脱硝改造装机容量", "脱硝改造容量",
                  "脱硝改造装机"], **Y14, note="head 燃煤电厂 restored (README §3); " + RETRO)
fact("除尘改造1.8亿千瓦", "1.8亿千瓦", value=1.8e11, unit="W", kind="amount",
     metric="燃煤电厂除尘改造",
     metric_alts=["除尘改造", "燃煤电厂除尘改造容量", "燃煤电厂除尘改造装机容量", "除尘改造容量",
                  "除尘改造装机"], **Y14, note="head 燃煤电厂 restored (README §3); " + RETRO)
fact("淘汰黄标车和老旧车600万辆", "600万辆", value=600e4, unit="count", kind="count",
     classifier="辆", metric="淘汰黄标车和老旧车",
     metric_alts=["黄标车和老旧车", "淘汰黄标车和老旧车数量", "淘汰黄标车", "淘汰老旧车",
                  "黄标车和老旧车淘汰"], **Y14,
     note="vehicles to be scrapped in 2014 (metric as wr_china_2018_c); 万辆 ×1e4; " + TGT)
g.neg("国四标准车用柴油", "国四", LABEL_NOTE + " (国四 'China IV' fuel standard), a standard's "
      "name, not a quantity")

# ==== line 9 (source 98): 推动能源生产和消费方式变革 ======================================================
INT = ["能耗强度", "单位国内生产总值能耗", "单位GDP能耗", "单位国内生产总值能源消耗",
       "能源消耗强度降低", "单位生产总值能耗"]
fact("能源消耗强度要降低3.9%以上", "3.9%", value=-3.9, unit="%", kind="growth", bound="ge",
     metric="能源消耗强度", metric_alts=INT, comparison="yoy", **Y14,
     note="降低 → negative; 以上 → ge on the size of the fall (outside the span, as "
          "wr_china_2017_c 能耗下降3.4%以上); metric as wr_china_2014; " + TGT)
g.neg("以上，二氧化硫、化学需氧量", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity (as wr_china_2014)")
EMIT = ["二氧化硫排放量", "化学需氧量排放量", "二氧化硫和化学需氧量排放量", "二氧化硫、化学需氧量排放",
        "二氧化硫排放", "化学需氧量排放", "主要污染物排放量", "二氧化硫、化学需氧量排放总量"]
fact("排放量都要减少2%", "2%", value=-2, unit="%", kind="growth",
     metric="二氧化硫、化学需氧量排放量", metric_alts=EMIT, comparison="yoy", **Y14,
     note="都 + one value: one quantity mention → one fact over the two pollutants (SPEC §1; "
          "as 均为12%左右 in wr_china_2017_c), both as metric alts — judgement call (two facts "
          "is the alternative); 减少 X% → growth, negative; " + TGT)
g.neg("开工一批水电", "一批", "quantifier 一批 (README §2), not a count")

# ==== line 10 (source 99): 推进生态保护与建设 ===========================================================
RET = ["退耕还林还草面积", "退耕还林还草任务", "安排退耕还林还草", "退耕还林还草规模", "退耕还林",
       "拟安排退耕还林还草"]
fact("今年拟安排500万亩", "500万亩", value=500e4, unit="mu", kind="amount",
     metric="退耕还林还草", metric_alts=RET, **Y14,
     note="拟安排 → target; the land to be returned to forest and grassland in 2014 (继续实施"
          "退耕还林还草 names it); 亩 stays mu (SPEC §3), 万亩 ×1e4; 今年 right before it "
          "(explicit)")
g.neg("加强三江源生态保护", "三江源", "place name 三江源 (the source region of three rivers), not "
      "a quantity (as wr_china_2009)")
g.neg("利在千秋", "千秋", "idiom 功在当代、利在千秋 ('for a thousand autumns'), not a quantity")

# ==== lines 11-13 (source 100-102): 各位代表！, the government's own reform (no numeral) ===============

# ==== line 14 (source 103): 厉行节约 ================================================================
g.neg("“约法三章”", "约法三章", "idiom 约法三章 (the State Council's three rules on spending), a "
      "label, not a count (as wr_china_2014_b)")
g.neg("政府性楼堂馆所一律", "一律", "adverb 一律 'without exception', not a quantity (as "
      "wr_china_2017_c)")
g.neg("“三公”经费只减不增", "三公", LABEL_NOTE + " (“三公”经费: spending on official travel "
      "abroad, vehicles and receptions, as wr_china_2014_b)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut); held out "
    "(corpora/heldout/). Part of the document: part 三、2014年重点工作 (heading on source line "
    "46, outside the excerpt) — the plan for 2014: the paragraphs of task （八） 民生 (heading "
    "on source line 88, outside: jobs — 727万 graduates, 至少有一人 per 零就业 household; "
    "incomes; social security; housing — 700万套以上 started, of which 470万套以上 in shanty "
    "towns, 480万套 completed; safety), task （九） 生态文明 in full (5万台 boilers, 1500万千瓦 "
    "/ 1.3亿千瓦 / 1.8亿千瓦 of retrofits, 600万辆 vehicles, energy intensity −3.9%以上, SO2 "
    "and COD −2%, 500万亩 退耕还林还草), then 各位代表！ and the first three paragraphs of the "
    "closing part on the government's own reform (约法三章, 三公; no figures). wr_china_2014 "
    "(3-21) and wr_china_2014_b (23-39, held out) hold other parts (no overlap). The source "
    "has no title line; the title is the corpus meta title (title_in_text=False). Date: "
    "2014-03-05, the shared meta date: the opening day of the 2nd session of the 12th NPC, "
    "on which Premier Li Keqiang delivered the report (the Wikisource text has no date line); "
    "nothing in the excerpt contradicts it (今年 = 2014). Place: national report → 中国 (alts "
    "我国/全国/中华人民共和国). Periods: 今年 (= 2014) stands before the first figure of every "
    "line with figures and governs it explicitly (no null alt); 年内 (= 2014) replaces it "
    "before 480万套 (same dates). Modality: target for the 2014 tasks; forecast for 将达727万人. "
    "Bounds: 以上 → ge (700万套, 470万套, 3.9%); 至少 → ge (一人). Units: 万人/万套/万台/万辆 → "
    "counts; 万千瓦 → W ×1e7, 亿千瓦 → W ×1e11; 万亩 → mu. Judgement calls: 727万人 → forecast; "
    "至少有一人 → count 1 ge; 都要减少2% → one fact over SO2 and COD (two facts the "
    "alternative); the three retrofits → capacities in W of the plants (amount); 470万套 "
    "(其中) → its own count. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一, 一样 (像…一样), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
