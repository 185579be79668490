"""Gold annotations for wr_china_2015_c (2015年中华人民共和国国务院政府工作报告, the 2015 tasks of
part 四: public investment, agriculture, rural development, urbanisation, regions, the ocean,
manufacturing), lines 64-74 of shared/texts/work_report/wr_china_2015.txt.

The excerpt corpora/wr_china_2015_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 四、协调推动经济稳定增长和结构优化
(heading on source line 61, outside the excerpt): the paragraphs 增加公共产品有效投资 (中央预算
内投资 4776亿元, 铁路投资 8000亿元 / 8000公里, 重大水利工程 57个 / 27个 / 8000亿元), 加快推进农业
现代化 (粮食 5.5亿吨, 深松土地 1333万公顷), 新农村建设 (6000万农村人口, 农村公路 20万公里, 20多万
无电人口, 贫困人口 1000万人), 农业改革, 新型城镇化 (三个1亿人), 棚户区和危房改造 (740万套 / 580万套
/ 110万套, 366万户 / 100万户), 城镇规划, 区域发展, 海洋 and the first paragraph of 推动产业结构
迈向中高端 (“中国制造2025”): the plan for 2015.  The review of 2014 (lines 4-20) is
wr_china_2015, part 二 (lines 30-44) wr_china_2015_b: no overlap.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_2015_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2015_c"
SOURCE_ID = "wr_china_2015"
PLACE = "中国"
REF = "2015-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 64, 74                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2015年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2015)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="增加公共产品有效投资。", ends="着力在一些关键领域抢占先机、取得突破。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label (SPEC §1 十四五), not a quantity"
BATCH_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2015_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2015-03-05; 今年 = 2015, 去年 = 2014) ---------------------------
# The excerpt lies in part 四 of the plan for 2015 (heading on source line 61, no year; the
# plan year is set by 二、2015年工作总体部署) → modality target.  A line is a paragraph; a period
# governs the clauses after it in its line only (SPEC §4).  Every line with figures names 今年
# (= 2015-01-01..2015-12-31) before its first number: lines 1 (source 64: 今年中央预算内投资…),
# 3 (66: 今年粮食产量…), 4 (67: 今年再解决…, restated before 1000万人) and 7 (70: 今年保障性安居
# 工程…); 今年 governs the rest of its line (explicit, no null alt, as wr_china_2015_b).
# Exception by meaning: 重大水利工程已开工的57个项目 (source 64) is the set of projects already
# under way (actual, a stock now): the reference date is gold (as 当前 in wr_china_2015_b), the
# end of 2014, the year 2014 (when they were started), the literal year 2015 and its end
# instant (stock rule) and null as alts (judgement call).  The levels to be held or reached
# within the year (铁路投资 保持在, 粮食产量 稳定在, 在建…投资规模) are flows or levels of the year →
# the year, the end instant as alt where a stock reading exists.
T15 = P("今年", "2015-01-01", "2015-12-31")
T15_END = P("今年", "2015-12-31", "2015-12-31")
TARGET = dict(period=T15)
TARGET_LEVEL = dict(period=T15, period_alts=[T15_END])
T_NOTE = "今年 (= 2015) stands before it in its line and governs it"

# ==== line 1 (source 64): 增加公共产品有效投资 =====================================================
g.neg("确保完成“十二五”规划", "十二五", PLAN_LABEL)
g.neg("启动实施一批新的重大工程", "一批", BATCH_NOTE)
BUDGET = ["中央预算内投资规模", "中央预算内投资总额", "预算内投资", "中央政府投资",
          "中央预算内投资安排"]
gov("今年中央预算内投资增加到4776亿元", "4776亿元", value=4776e8, unit="CNY", kind="amount",
    metric="中央预算内投资", metric_alts=BUDGET, **TARGET,
    note="增加到 → the level of the 2015 central budget investment (not an increment) → "
         "target; " + T_NOTE + "; " + GOV_NOTE)
RAIL = CN + ["铁路"]
fact("铁路投资要保持在8000亿元以上", "8000亿元", value=8000e8, unit="CNY", kind="amount",
     bound="ge", metric="铁路投资",
     metric_alts=["铁路建设投资", "铁路固定资产投资", "铁路投资规模", "全国铁路投资"],
     subject_alts=RAIL, **TARGET,
     note="以上 → ge (outside the span); 要保持在 → target; the railway investment of the year "
          "(a flow); " + T_NOTE + "; the sector keeps 中国 as subject, 铁路 as alt (README §4)")
fact("新投产里程8000公里以上", "8000公里", value=8000e3, unit="m", kind="amount", bound="ge",
     metric="铁路新投产里程",
     metric_alts=["新投产里程", "铁路新线投产里程", "新投产铁路里程", "投产里程", "铁路投产里程"],
     subject_alts=RAIL, **TARGET,
     note="以上 → ge; 公里 → 1e3 m (8e6 m); the railway lines to open in 2015 (head 铁路 restored "
          "from the clause before, README §3); target; " + T_NOTE)
WATER = CN + ["重大水利工程", "水利"]
fact("已开工的57个项目", "57个", value=57, unit="count", kind="count", classifier="个",
     metric="已开工的重大水利工程项目",
     metric_alts=["重大水利工程已开工项目", "已开工重大水利工程项目", "已开工项目", "重大水利工程项目",
                  "已开工的重大水利工程", "重大水利工程已开工项目数量"],
     subject_alts=WATER, modality="actual", period=P("今年", REF, REF),
     period_alts=[P("今年", "2014-12-31", "2014-12-31"), P("今年", "2014-01-01", "2014-12-31"),
                  T15, T15_END, null("今年")],
     note="judgement call: 已开工 'already started' → the projects under way now (a stock, "
          "actual; 要加快建设 is the task, not the number): the reference date is gold (as 当前 "
          "in wr_china_2015_b), the end of 2014, the year 2014 (started in 2014), the literal "
          "inheritance of 今年 (the year and, by the stock rule, its end) and null as alts")
fact("今年再开工27个项目", "27个", value=27, unit="count", kind="count", classifier="个",
     metric="新开工重大水利工程项目",
     metric_alts=["再开工重大水利工程项目", "开工重大水利工程项目", "重大水利工程项目", "新开工项目",
                  "开工项目", "重大水利工程新开工项目", "重大水利工程项目增量",
                  "新开工重大水利工程项目数量"],
     subject_alts=WATER, **TARGET,
     note="再开工 → target: the major water projects to be started in 2015 (a flow; the 增量 "
          "reading in alts, README §3); 今年 right before it (explicit)")
fact("投资规模超过8000亿元", "8000亿元", value=8000e8, unit="CNY", kind="amount", bound="gt",
     metric="在建重大水利工程投资规模",
     metric_alts=["在建重大水利工程投资", "重大水利工程投资规模", "在建重大水利工程总投资",
                  "重大水利工程投资", "水利工程投资规模", "在建重大水利工程投资总规模"],
     subject_alts=WATER, **TARGET_LEVEL,
     note="超过 → gt (outside the span); the total investment of the major water projects "
          "under construction in 2015 (the 57 under way plus the 27 to start) → target, the "
          "year (the projects in construction during it), the end instant as alt (the stock "
          "reading of a total investment scale); " + T_NOTE)

# ==== line 2 (source 65): 加快推进农业现代化 ========================================================
g.neg("坚持“三农”重中之重", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 3 (source 66): grain, deep loosening ======================================================
GRAIN = ["粮食总产量", "粮食", "粮食产量目标", "粮食总产"]
fact("今年粮食产量要稳定在5.5亿吨以上", "5.5亿吨", value=5.5e8, unit="t", kind="amount",
     bound="ge", metric="粮食产量", metric_alts=GRAIN, **TARGET,
     note="以上 → ge (outside the span); 要稳定在 → target; the harvest of 2015 (a flow); 亿吨 → "
          "5.5e8 t; 今年 opens the line")
fact("增加深松土地1333万公顷", "1333万公顷", value=1333e4 * 1e4, unit="m2", kind="amount",
     metric="深松土地",
     metric_alts=["深松土地面积", "增加深松土地", "深松土地增量", "深松土地面积增量", "深松面积",
                  "土地深松", "土地深松面积", "深松整地面积"],
     **TARGET,
     note="增加 N of land to be deep-loosened in 2015 (a work area of the year): the noun kept, "
          "the 增量 reading as alts (README §3); 万公顷 → 1333e4 × 1e4 m2 = 1.333e11 m2 (SPEC "
          "§3 公顷); target; " + T_NOTE)

# ==== line 4 (source 67): 新农村建设 ==============================================================
fact("今年再解决6000万农村人口", "6000万", value=6000e4, unit="count", kind="count",
     classifier="人", metric="解决饮水安全问题的农村人口",
     metric_alts=["农村人口", "解决安全饮水问题的农村人口", "农村饮水安全受益人口",
                  "解决饮水安全问题农村人口", "农村饮水安全", "饮水安全", "解决农村人口饮水安全问题"],
     **TARGET,
     note="no classifier written (6000万 + noun 农村人口): 人 implied (as 4800多万农村人口 in "
          "wr_china_2009); the predicate defines the counted set → in the metric; 再解决 → "
          "target; 今年 opens the line")
ROAD = ["农村公路", "新建改建农村公路里程", "新改建农村公路", "农村公路新建改建里程",
        "新建改建农村公路长度", "农村公路建设里程"]
fact("新建改建农村公路20万公里", "20万公里", value=20e4 * 1e3, unit="m", kind="amount",
     metric="新建改建农村公路", metric_alts=ROAD, **TARGET,
     note="20万公里 = 2e8 m (as 新建改建农村公路130万公里 in wr_china_2008_b); target; " + T_NOTE)
fact("最后20多万无电人口", "20多万", value=20e4, unit="count", kind="count", bound="gt",
     classifier="人", metric="无电人口",
     metric_alts=["用上电的无电人口", "无电人口数量", "解决用电问题的无电人口", "最后无电人口",
                  "无电人口用电", "用电人口"],
     period=T15, period_alts=[P("今年", REF, REF), null("今年")],
     note="多 inside the span → gt; no measure word: 人 implied (counted noun 无电人口); "
          "judgement call on modality: 力争让…都能用上电 → the people the 2015 plan is to give "
          "electricity → target (as 提高1200万中小学教师待遇 in wr_china_2009_b); the present "
          "stock of people without power (actual, the reference date in alts) is the other "
          "reading; " + T_NOTE)
POOR = ["农村贫困人口", "农村贫困人口减少", "贫困人口减少", "减贫人口", "贫困人口增量",
        "农村贫困人口减少人数", "农村贫困人口数量增量", "减少农村贫困人口"]
fact("再减少农村贫困人口1000万人以上", "1000万人", value=-1000e4, unit="count", kind="count",
     bound="ge", classifier="人", metric="农村贫困人口增量", metric_alts=POOR, **TARGET,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2, as "
          "农村贫困人口减少700万 in wr_china_1997_b); 以上 → ge on the size of the fall (as "
          "能耗强度下降3.1%以上 in wr_china_2015_b); 也要再减少 → target; 今年 restated right "
          "before it (explicit)")

# ==== line 5 (source 68): 农业改革 (no numeral; 多种 has none) ======================================

# ==== line 6 (source 69): 新型城镇化 ================================================================
g.neg("以解决三个1亿人问题", "三个1亿人", LABEL_NOTE + " (“三个1亿人”问题: the three groups of "
      "about 100 million people of the urbanisation plan — migrants to settle in towns, "
      "residents of shanty towns and urban villages, people urbanising in the central and "
      "western regions — the name of the programme's focus; the text states no measured "
      "quantity of its own) — judgement call; three counts of 1e8 people (target) are the "
      "alternative reading")

# ==== line 7 (source 70): 棚户区和危房改造 ========================================================
HOUSING = CN + ["保障性安居工程"]
fact("今年保障性安居工程新安排740万套", "740万套", value=740e4, unit="count", kind="count",
     classifier="套", metric="保障性安居工程",
     metric_alts=["新安排保障性安居工程", "保障性安居工程新安排", "保障性安居工程住房",
                  "保障性安居工程数量", "保障性安居工程增量", "保障性安居工程新开工",
                  "保障性住房"],
     **TARGET,
     note="新安排 → target: the units of subsidised housing projects scheduled for 2015 (the noun "
          "kept, the 增量 reading in alts, README §3); 今年 opens the line")
SHANTY = ["棚户区改造住房", "棚户区改造套数", "棚改", "城镇棚户区改造", "棚户区改造数量"]
fact("其中棚户区改造580万套", "580万套", value=580e4, unit="count", kind="count",
     classifier="套", metric="棚户区改造", metric_alts=SHANTY, **TARGET,
     note="其中: part of the 740万套 → target; " + T_NOTE)
fact("580万套，增加110万套", "110万套", value=110e4, unit="count", kind="count",
     classifier="套", metric="棚户区改造增量",
     metric_alts=["棚户区改造", "棚户区改造增加", "棚改增量", "棚户区改造套数增量",
                  "棚户区改造数量增量", "城镇棚户区改造增量"],
     **TARGET,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2; the basis, "
          "the 2014 plan, is implied), comparison null; target; " + T_NOTE)
RURAL = ["农村危房改造户数", "农村危房改造数量", "危房改造", "农村危房"]
fact("农村危房改造366万户", "366万户", value=366e4, unit="count", kind="count",
     classifier="户", metric="农村危房改造", metric_alts=RURAL, **TARGET,
     note="rural dilapidated houses to be renovated in 2015 (classifier 户) → target; " + T_NOTE)
fact("366万户，增加100万户", "100万户", value=100e4, unit="count", kind="count",
     classifier="户", metric="农村危房改造增量",
     metric_alts=["农村危房改造", "农村危房改造增加", "危房改造增量", "农村危房改造户数增量",
                  "农村危房改造数量增量"],
     **TARGET,
     note="absolute change of a level (增加 → positive, SPEC §2 <level>增量), comparison null; "
          "target; " + T_NOTE)

# ==== line 8 (source 71): 城镇规划建设管理 (no numeral) ===========================================

# ==== line 9 (source 72): 区域发展 ===================================================================
g.neg("“四大板块”", "四大板块", LABEL_NOTE + " (“四大板块”: the four regions west, northeast, "
      "centre, east), not a count claim")
g.neg("“三个支撑带”", "三个支撑带", LABEL_NOTE + " (“三个支撑带”: 一带一路, 京津冀, 长江经济带), "
      "not a count claim")
g.neg("开工建设一批综合交通", "一批", BATCH_NOTE)
g.neg("把“一带一路”建设", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("深化泛珠三角", "珠三角", "place name 珠三角 (the Pearl River Delta, 泛珠三角 region); 三 is "
      "not a quantity (as nw_cctv_20140802_guangdong_2014)")

# ==== line 10 (source 73): 海洋 =======================================================================
g.neg("积极拓展双边和多边", "双边", "lexicalized 双边 'bilateral', not a quantity (as "
      "wr_china_2011)")

# ==== line 11 (source 74): 推动产业结构迈向中高端 ===================================================
g.neg("实施“中国制造2025”", "2025", "plan name “中国制造2025” (Made in China 2025), not a "
      "quantity nor a period (as wr_china_2018_b)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 四、协调推动经济稳定增长和结构优化 (heading on source line 61, outside the "
    "excerpt) — 增加公共产品有效投资, 加快推进农业现代化, 新农村建设, 农业改革, 新型城镇化, 棚户区和"
    "危房改造, 城镇规划建设管理, 区域发展, 海洋, and the first paragraph of 推动产业结构迈向中高端: "
    "the plan for 2015. The review of 2014 is wr_china_2015 (lines 4-20), part 二 "
    "wr_china_2015_b (lines 30-44); no overlap. The source has no title line; the title is "
    "the corpus meta title (title_in_text=False). Date: 2015-03-05, the corpus meta date: the "
    "opening day of the 3rd session of the 12th NPC, on which Premier Li Keqiang delivered the "
    "report (the Wikisource text has no dateline); nothing in the excerpt contradicts it "
    "(今年 = 2015, “十二五” still under way). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国); 中央预算内投资 adds 中央政府/国务院/中央财政; the railway and water-project "
    "figures add 铁路 / 重大水利工程 as sector alts (README §4). Periods: every line with "
    "figures names 今年 (= 2015) before its first number (source lines 64, 66, 67, 70), which "
    "governs the rest of its line (explicit); by meaning, 已开工的57个项目 is a stock now → "
    "the reference date 2015-03-05 (actual; alts 2014-12-31, 2014, 2015, 2015-12-31, null); "
    "the investment scale of the projects in construction → the year with the end instant "
    "as alt. Modality: target for the 2015 figures (增加到, 要保持在, 再开工, 要稳定在, 再解决, "
    "力争, 也要再减少, 新安排), actual for 57个. Comparisons: none (no growth rates); 增加110万套 / "
    "增加100万户 / 减少…1000万人 → counts with metric <level>增量 (SPEC §2), comparison null. "
    "Bounds: 以上 → ge (8000亿元, 8000公里, 5.5亿吨, 1000万人 — the last on the size of the fall); "
    "超过 → gt (8000亿元); 20多万 → gt. Units: 亿元 1e8 CNY; 公里 1e3 m; 亿吨 1e8 t; 万公顷 → "
    "1e4 × 1e4 m2; 万套 / 万户 counts; 6000万 / 20多万 (人 implied). Judgement calls: 57个 "
    "(已开工) → actual at the reference date; 20多万无电人口 → target (the people to gain power; "
    "the present stock is the alternative); 三个1亿人 → label negative; 增加深松土地1333万公顷 "
    "→ the area itself (增量 alts); 在建…投资规模 → the year. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一些 ×2, 一体化, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
