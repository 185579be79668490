"""Gold annotations for wr_china_2022_b (2022年中华人民共和国国务院政府工作报告), lines 24-37 of
shared/texts/work_report/wr_china_2022.txt.

The excerpt corpora/wr_china_2022_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the closing paragraph of the review (在肯定成绩的同时…
面临的问题和挑战), part 二、2022年经济社会发展总体要求和政策取向 in full (the 2022 主要预期
目标: GDP, jobs, unemployment, prices, grain; the reasoning behind the growth target; the
policy orientation) and the start of part 三、2022年政府工作任务 (its opening, item （一） and
the fiscal paragraphs: deficit ratio, spending, central transfers, local special bonds).
The lines were fixed by the brief (a run of whole lines starting anywhere); the review of
2021 before it is annotated in wr_china_2022 (lines 4-18).  Facts and negatives are written
by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_2022_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2022_b"
SOURCE_ID = "wr_china_2022"
PLACE = "中国"
REF = "2022-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 24, 37                    # 1-based, inclusive, whole lines
TITLE = "2022年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="在肯定成绩的同时", ends="充分调动民间投资积极性。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022 / wr_china_2023)")


fact = g.with_subject(PLACE, CN, modality="target")


gov = g.with_subject(PLACE, GOV + CN, modality="target")


# ---- periods (reference date 2022-03-05; 去年 = 2021, 今年 = 2022) ----------------------------
# Line 1 of the excerpt closes the review of 2021 (no figures).  Lines 2-9 are part 二 (heading
# 二、2022年…), lines 10-14 part 三 (heading 三、2022年政府工作任务): the plan for 2022.  Every
# line with a number opens its numbers with 今年 (= 2022): the target line (今年发展主要
# 预期目标是：…; its 全年 before 控制在5.5%以内 restates the same year), the fiscal line
# (今年赤字率…, 预计今年…, 今年安排…) and the bond line (今年拟安排…).  Period = the year 2022
# (flows, rates of the year and budget totals of the year), no alternative needed (as the
# targets of wr_china_2021).  Modality: target (预期目标, 拟按/拟安排, 安排 of a budget);
# 预计 (expected: 支出规模比去年扩大2万亿元以上) → forecast.
T22 = P("今年", "2022-01-01", "2022-12-31")
FY22 = P("全年", "2022-01-01", "2022-12-31")
TARGET = dict(period=T22)
T_NOTE = "今年发展主要预期目标 → target, period 今年 = 2022 (opens the line)"

# ---- line 1 (source 24): problems and challenges, no figures ----------------------------------
g.neg("预期转弱三重压力", "三重", "set label 三重压力 (the 'triple pressure' of 需求收缩、供给"
      "冲击、预期转弱, as nw_sina_20220122_gd_js_sd_2021), not a quantity")
g.neg("采取“一刀切”", "一刀切", "idiom 一刀切 'one-size-fits-all', not a quantity")

# ---- line 2 (source 25): heading of part 二 -------------------------------------------------------
g.neg("二、2022年经济社会", "二、", MARKER_NOTE)
g.neg("二、2022年经济社会", "2022年", PERIOD_NOTE + " (section heading: the plan year 2022, "
      "named 今年 in the lines below)")

# ---- line 3 (source 26): outlook, no figures ---------------------------------------------------------
g.neg("特别是亿万人民", "亿万", "idiom 亿万人民 'hundreds of millions of people', not a quantity "
      "(as wr_china_2013)")
g.neg("中国经济一定能顶住", "一定", "adverb 一定 'certainly', not a quantity (as wr_china_1984)")

# ---- line 4 (source 27): 2022 主要预期目标 ------------------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **TARGET,
     note=T_NOTE + "; 左右 → approx (outside the span)")
fact("城镇新增就业1100万人以上", "1100万人", value=11000000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **TARGET, note="以上 → ge (outside the span)")
fact("全年控制在5.5%以内", "5.5%", value=5.5, unit="%", kind="share", bound="le",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], period=FY22,
     note="a rate → share (SPEC §2); 控制在…以内 → le (outside the span); 全年 restates the "
          "year 2022 (same dates as 今年); target")
fact("价格涨幅3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格",
                  "居民消费价格指数涨幅"],
     comparison="yoy", period=FY22,
     note="涨幅 = growth of the price level (as wr_china_2021); 左右 → approx; the line's 全年 "
          "(= 今年 = 2022) governs")
fact("粮食产量保持在1.3万亿斤以上", "1.3万亿斤", value=6.5e8, unit="t", kind="amount",
     bound="ge", metric="粮食产量", metric_alts=["粮食总产量", "粮食"], period=FY22,
     note="1.3万亿斤 = 1.3e12 斤 × 0.0005 t = 6.5e8 t (SPEC §3); 以上 → ge; the 2022 harvest "
          "(as wr_china_2021)")
g.neg("能耗强度目标在“十四五”", "十四五", "plan label 十四五 (“十四五”规划期内, the span over "
      "which energy intensity is assessed; no number of it here)")

# ---- line 5 (source 28): reasoning behind the growth target -----------------------------------------
g.neg("同近两年平均经济增速", "近两年", PERIOD_NOTE + " (the two years 2020-2021 whose "
      "average growth the target is compared with; no figure is stated)")
g.neg("以及“十四五”规划目标", "十四五", "plan label 十四五")

# ---- lines 6-9 (source 29-32): policy orientation, no numerals -------------------------------------------

# ---- line 10 (source 33): heading of part 三 ------------------------------------------------------------
g.neg("三、2022年政府工作任务", "三、", MARKER_NOTE)
g.neg("三、2022年政府工作任务", "2022年", PERIOD_NOTE + " (section heading: the plan year "
      "2022)")

# ---- line 11 (source 34): opening of part 三, no numerals ---------------------------------------------

# ---- line 12 (source 35): item （一） ---------------------------------------------------------------------
g.neg("（一）着力稳定", "（一）", MARKER_NOTE)
g.neg("继续做好“六稳”", "六稳", LABEL_NOTE + " (六稳)")
g.neg("、“六保”工作", "六保", LABEL_NOTE + " (六保)")

# ---- line 13 (source 36): fiscal policy ------------------------------------------------------------------
gov("赤字率拟按2.8%左右安排", "2.8%", value=2.8, unit="%", kind="share", bound="approx",
    metric="赤字率",
    metric_alts=["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
                 "财政赤字占国内生产总值的比重"],
    **TARGET,
    note="拟按…安排 → target; 左右 → approx; the deficit as a share of the year's GDP (a ratio "
         "of flows) → the year 2022 (今年 opens the sentence); 比去年有所下调 states no number; "
         + GOV_NOTE)
SPEND = ["支出规模", "财政支出规模增量", "财政支出规模", "一般公共预算支出增量",
         "一般公共预算支出规模增量", "支出规模扩大", "支出规模比去年扩大"]
gov("支出规模比去年扩大2万亿元以上", "2万亿元", value=2e12, unit="CNY", kind="amount",
    bound="ge", metric="支出规模增量", metric_alts=SPEND, modality="forecast", **TARGET,
    note="absolute change of a level (扩大 → positive, SPEC §2: metric <level>增量); the basis "
         "比去年 is no comparison of an amount fact (README §6); 以上 → ge; judgement call: the "
         "sentence opens with 预计 (预计今年财政收入继续增长，加之…，支出规模…扩大) → forecast, "
         "the budget-plan reading (target) is the alternative; 今年 = 2022; " + GOV_NOTE)
CENTRAL = ["中央本级一般公共预算支出", "中央本级财政支出", "中央本级支出增速"]
gov("中央本级支出增长3.9%", "3.9%", value=3.9, unit="%", kind="growth",
    metric="中央本级支出", metric_alts=CENTRAL, comparison="yoy", **TARGET,
    note="今年安排 (a budget arrangement) → target; 其中中央部门支出继续负增长 after it states "
         "no number; " + GOV_NOTE)
TRANS = ["中央对地方转移支付", "转移支付", "中央对地方转移支付规模", "转移支付规模"]
gov("转移支付增加约1.5万亿元", "1.5万亿元", value=1.5e12, unit="CNY", kind="amount",
    bound="approx", metric="中央对地方转移支付增量",
    metric_alts=TRANS + ["中央对地方转移支付增加", "转移支付增量", "中央对地方转移支付规模增量"],
    **TARGET,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 约 → approx "
         "(outside the span); the budget of 2022 → target; " + GOV_NOTE)
gov("规模近9.8万亿元", "9.8万亿元", value=9.8e12, unit="CNY", kind="amount",
    bound="approx", metric="中央对地方转移支付",
    metric_alts=TRANS[1:] + ["中央对地方转移支付总额"], **TARGET,
    note="近 → approx (outside the span); the year's total of the transfers (a flow) → 2022; "
         "head 中央对地方转移支付 restored for 规模; target")
gov("9.8万亿元，增长18%", "18%", value=18, unit="%", kind="growth",
    metric="中央对地方转移支付", metric_alts=TRANS[1:] + ["中央对地方转移支付总额"],
    comparison="yoy", **TARGET,
    note="为多年来最大增幅 after it states no number; target (budget)")

# ---- line 14 (source 37): local special bonds ------------------------------------------------------------
BOND = ["专项债券", "地方政府专项债", "专项债", "地方政府专项债券规模", "新增地方政府专项债券",
        "拟安排地方政府专项债券"]
gov("地方政府专项债券3.65万亿元", "3.65万亿元", value=3.65e12, unit="CNY", kind="amount",
    metric="地方政府专项债券", metric_alts=BOND,
    subject_alts=GOV + CN + ["地方政府"], **TARGET,
    note="拟安排 → target; the bond quota of 2022 (今年 opens the sentence); the quota is set by "
         "the central government in the budget → 中国, 地方政府 (the issuers) as alt")
g.neg("开工一批具备条件", "一批", "quantifier 一批 (README §2)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the last "
    "paragraph of the review of 2021 (the problems and challenges, no figures), part 二、2022年"
    "经济社会发展总体要求和政策取向 in full (the 2022 主要预期目标 and the policy orientation) and "
    "the start of part 三、2022年政府工作任务 (its opening, item （一） and the fiscal paragraphs: "
    "deficit ratio, spending, central budget, transfers, special bonds): the plan for 2022. "
    "The review of 2021 before it is wr_china_2022 (lines 4-18). Title line, dateline and "
    "speaker (source lines 1-3) are outside the excerpt; the title is the corpus meta title, "
    "title_in_text=False. Date: 2022-03-05, the delivery date in the dateline (source line 2: "
    "——2022年3月5日在第十三届全国人民代表大会第五次会议上); the corpus meta agrees. Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central budget figures (赤字率, "
    "支出规模, 中央本级支出, 转移支付, 专项债券) keep 中国 with 中央政府/国务院/中央财政 as alts "
    "(地方政府 added for the special bonds). Periods: every number follows 今年 (= 2022) in its "
    "line (全年 restates it before 控制在5.5%以内) → 2022-01-01..2022-12-31, no alternative. "
    "Modality: target (预期目标, 拟按/拟安排, 安排), except 支出规模比去年扩大2万亿元以上 under 预计 "
    "→ forecast. Units: 万亿斤 → t (× 0.0005); 万亿元 = 1e12. Judgement calls: 支出规模…扩大 / "
    "转移支付增加 → amounts with metric <level>增量 (SPEC §2); 支出规模 under 预计 → forecast "
    "(target the alternative); 赤字率 → share; 失业率 控制在…以内 → share le; 规模近9.8万亿元 → "
    "the head 中央对地方转移支付 restored; 三重压力 / 亿万人民 / 一刀切 → negatives; 近两年 (平均"
    "经济增速, no figure) a period negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一些 ×2 (and 多方面, 多年来, no digit).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
