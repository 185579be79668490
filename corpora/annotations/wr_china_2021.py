"""Gold annotations for wr_china_2021 (2021年中华人民共和国国务院政府工作报告), lines 23-34 of
shared/texts/work_report/wr_china_2021.txt.

The excerpt corpora/wr_china_2021.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: seven of the eight bullets summarising the goals of
the 14th Five-Year Plan 2021-2025 (——坚持创新驱动发展 … ——统筹发展和安全), the closing line
of part 二 (展望未来…), the heading 三、2021年重点工作, the line with the 2021 主要预期目标
(今年发展主要预期目标是：国内生产总值增长6%以上 …) and the line after it (经济增速是综合性
指标，今年预期目标设定为6%以上…).  The brief asks for a run that includes the 2021 targets
with the plan or review lines before them if they fit: the targets (source line 33) can be
joined by the plan bullets from line 23 within 2,500 characters (lines 23-34, 2,485); the
first plan bullet (line 22, with 城镇调查失业率控制在5.5%以内) would make 2,558 when line 34
is dropped, and the dense 13th-plan review (line 20, 过去五年…) lies ~2,200 characters before
the targets, out of reach.  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2021.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2021"
PLACE = "中国"
REF = "2021-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 23, 34                    # 1-based, inclusive, whole lines
TITLE = "2021年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——坚持创新驱动发展", ends="要更好统筹疫情防控和经济社会发展。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
CAMPAIGN_NOTE = "name of a multi-year campaign (N年行动), not a duration fact"

CN = ["我国", "全国", "中华人民共和国"]


fact = g.with_subject(PLACE, CN, modality="target")


# ---- periods (reference date 2021-03-05; 去年 = 2020, 今年 = 2021) ----------------------------
# Lines 1-8 of the excerpt are the goals of the 14th Five-Year Plan (part 二、“十三五”时期发展
# 成就和“十四五”时期主要目标任务, whose heading and opening, source lines 19-21, lie before the
# excerpt).  They state no period of their own before their numbers (line 1's “十三五”时期 is
# the comparison basis of 投入强度, not a period of a number), so they take the section frame,
# the plan period 2021-2025 (SPEC §4); the excerpt names it “十四五” (line 9, 完成“十四五”规划
# 目标任务), used as the period text, null as alt.  All plan goals are modality target.
#   - rates of change over the plan (年均增长, 分别降低, 再提高) → the span 2021-01-01..2025-12-31;
#   - levels to be reached (提高到, 达到) → the instant 2025-12-31 (the plan's end; stock
#     rule), the span and null as alts;
#   - floors to be held throughout (严守…红线, 保持在…以上) → the span, the end instant and
#     null as alts.
# Line 11 (今年发展主要预期目标) and line 12 (今年预期目标): 今年 = 2021 opens each line and
# governs it; the heading 三、2021年重点工作 (line 10) names the same year.  Modality target.
PLAN = P("“十四五”", "2021-01-01", "2025-12-31")
PLAN_NULL = P("“十四五”", None, None)
PLAN_END = P("“十四五”", "2025-12-31", "2025-12-31")
SPAN = dict(period=PLAN, period_alts=[PLAN_NULL])
FLOOR = dict(period=PLAN, period_alts=[PLAN_END, PLAN_NULL])
LEVEL_END = dict(period=PLAN_END, period_alts=[PLAN, PLAN_NULL])
END_NOTE = ("a level to be reached by the end of the plan (提高到 / 达到): instant 2025-12-31 "
            "(stock rule), the plan span and null as alts")
T21 = P("今年", "2021-01-01", "2021-12-31")
TARGET = dict(period=T21)
T_NOTE = "今年发展主要预期目标 → target, period 今年 = 2021 (opens the line)"

# ---- line 1: ——坚持创新驱动发展 ----------------------------------------------------------------
g.neg("基础研究十年行动方案", "十年", CAMPAIGN_NOTE + " (基础研究十年行动方案, the name of "
      "the plan to be drawn up)")
fact("年均增长7%以上", "7%", value=7, unit="%", kind="growth", bound="ge",
     metric="全社会研发经费投入",
     metric_alts=["研发经费投入", "全社会研发经费", "研发投入", "研发经费",
                  "全社会研发经费投入年均增长", "全社会研发经费投入年均增速"],
     comparison="年均", **SPAN,
     note="以上 → ge (outside the span); average annual growth over the plan 2021-2025 "
          "(comparison = the surface basis 年均, as wr_china_2013)")
g.neg("高于“十三五”时期实际", "十三五", "plan label 十三五 (“十三五”时期, 2016-2020, the "
      "basis of the unquantified goal 投入强度高于…实际), not a quantity")

# ---- line 2: ——形成强大国内市场 (no facts) --------------------------------------------------
g.neg("国内国际双循环", "双循环", LABEL_NOTE + " (双循环 'dual circulation')")

# ---- line 3: ——全面推进乡村振兴 ----------------------------------------------------------------
fact("严守18亿亩耕地红线", "18亿亩", value=1.8e9, unit="mu", kind="amount",
     metric="耕地红线",
     metric_alts=["耕地", "耕地保有量", "耕地面积", "耕地保护红线", "耕地红线面积"], **FLOOR,
     note="the floor of farmland to be held (严守) throughout the plan: a target level, value "
          "eq as written (the red line is 18亿亩); the span, with the plan's end and null as "
          "alts; 亩 stays mu (SPEC §3)")
fact("城镇化率提高到65%", "65%", value=65, unit="%", kind="share",
     metric="常住人口城镇化率",
     metric_alts=["城镇化率", "常住人口城镇化水平", "城镇化水平"], **LEVEL_END,
     note="a rate of a population → share (SPEC §2); " + END_NOTE)

# ---- line 4: ——优化区域经济布局 (no facts) -----------------------------------------------------
g.neg("长三角一体化发展", "长三角", "region name 长三角 (the Yangtze River Delta), not a "
      "quantity (as nw_cctv_20210526_yrd_2021)")
g.neg("成渝地区双城经济圈", "双城", "name 成渝地区双城经济圈 ('twin-city economic circle'), "
      "not a quantity (as wr_chongqing_2025)")

# ---- line 5: ——全面深化改革开放 (no facts) -----------------------------------------------------
g.neg("推动共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road)")

# ---- line 6: ——推动绿色发展 ------------------------------------------------------------------
fact("森林覆盖率达到24.1%", "24.1%", value=24.1, unit="%", kind="share",
     metric="森林覆盖率", metric_alts=["森林覆盖"], **LEVEL_END, note=END_NOTE)
g.neg("落实2030年应对", "2030年", PERIOD_NOTE + " (horizon of the nationally determined "
      "contribution to be implemented; no value of it is stated here)")
g.neg("能耗和二氧化碳排放", "二氧化碳", "chemical name 二氧化碳 (carbon dioxide), not a "
      "quantity (as 二氧化硫 in wr_china_2013)")
CUT = ("分别: 能耗 ↔ 13.5%, 二氧化碳排放 ↔ 18% (per unit of GDP, the head 单位国内生产总值 "
       "restored); 降低 → negative; the cut over the plan 2021-2025 against the level "
       "before it: comparison 比2020年 (judgement call; the basis is not written, as the "
       "five-year changes of wr_china_2013)")
fact("分别降低13.5%", "13.5%", value=-13.5, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
                  "单位国内生产总值能源消耗"], comparison="比2020年", **SPAN, note=CUT)
fact("13.5%、18%", "18%", value=-18, unit="%", kind="growth",
     metric="单位国内生产总值二氧化碳排放",
     metric_alts=["二氧化碳排放", "单位GDP二氧化碳排放", "碳排放强度", "二氧化碳排放强度",
                  "单位国内生产总值二氧化碳排放量", "二氧化碳排放量"],
     comparison="比2020年", **SPAN, note=CUT)

# ---- line 7: ——持续增进民生福祉 ----------------------------------------------------------------
fact("受教育年限提高到11.3年", "11.3年", value=11.3, unit="year", kind="amount",
     metric="劳动年龄人口平均受教育年限",
     metric_alts=["平均受教育年限", "受教育年限", "劳动年龄人口受教育年限"], **LEVEL_END,
     note="年 → year (SPEC §3 durations), kind amount; " + END_NOTE)
fact("再提高1岁", "1岁", value=1, unit="year", kind="amount",
     metric="人均预期寿命增量",
     metric_alts=["人均预期寿命", "预期寿命", "人均预期寿命提高", "人均预期寿命增加"], **SPAN,
     note="absolute change of a level (再提高, SPEC §2): the level's kind and unit (岁 = a "
          "year of age → year), metric <level>增量, positive; a change over the plan span "
          "2021-2025; the basis (the 2020 level) is not written and amount facts carry no "
          "comparison")
g.neg("以“一老一小”为重点", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young')")
fact("参保率提高到95%", "95%", value=95, unit="%", kind="share",
     metric="基本养老保险参保率",
     metric_alts=["养老保险参保率", "基本养老保险参保覆盖率", "参保率"], **LEVEL_END,
     note=END_NOTE)

# ---- line 8: ——统筹发展和安全 ------------------------------------------------------------------
fact("保持在1.3万亿斤以上，提高", "1.3万亿斤", value=6.5e8, unit="t", kind="amount",
     bound="ge", metric="粮食综合生产能力",
     metric_alts=["粮食生产能力", "粮食产能", "粮食综合产能", "粮食产量"], **FLOOR,
     note="1.3万亿斤 = 1.3e12 斤 × 0.0005 t = 6.5e8 t (SPEC §3); 以上 → ge (outside the "
          "span); a floor to be held (保持在) throughout the plan: the span, with the plan's "
          "end and null as alts; the capacity is an annual rate, the rate stays in the "
          "metric (SPEC §3)")

# ---- line 9: 展望未来 ---------------------------------------------------------------------------
g.neg("完成“十四五”规划", "十四五", "plan label 十四五 (its text “十四五” is the period text "
      "of the plan goals above)")

# ---- line 10: heading ---------------------------------------------------------------------------
g.neg("三、2021年重点工作", "三、", MARKER_NOTE)
g.neg("三、2021年重点工作", "2021年", PERIOD_NOTE + " (section heading: the year of the "
      "targets, named 今年 in lines 11-12)")

# ---- line 11: 2021 主要预期目标 -------------------------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长6%以上", "6%", value=6, unit="%", kind="growth", bound="ge",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **TARGET,
     note=T_NOTE + "; 以上 → ge (outside the span)")
fact("城镇新增就业1100万人以上", "1100万人", value=11000000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **TARGET, note="以上 → ge")
fact("城镇调查失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note="a rate → share; 左右 → approx")
fact("价格涨幅3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格",
                  "居民消费价格指数涨幅"],
     comparison="yoy", **TARGET,
     note="涨幅 = growth of the price level (as wr_china_2019); 左右 → approx")
fact("能耗降低3%左右", "3%", value=-3, unit="%", kind="growth", bound="approx",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗"],
     comparison="yoy", **TARGET, note="降低 → negative value; 左右 → approx")
fact("粮食产量保持在1.3万亿斤以上", "1.3万亿斤", value=6.5e8, unit="t", kind="amount",
     bound="ge", metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **TARGET,
     note="1.3万亿斤 = 6.5e8 t; 以上 → ge; the 2021 harvest")

# ---- line 12: 经济增速 -----------------------------------------------------------------------------
fact("今年预期目标设定为6%以上", "6%", value=6, unit="%", kind="growth", bound="ge",
     metric="经济增速",
     metric_alts=["国内生产总值", "GDP", "国内生产总值增长", "经济增长", "GDP增速",
                  "国内生产总值增速"],
     comparison="yoy", **TARGET,
     note="the GDP growth target restated (经济增速…今年预期目标设定为6%以上): a second "
          "mention, a fact of its own (SPEC §1: one quantity mention, one fact); 今年 = 2021")

NOTES = (
    "Excerpt: lines 23-34 of shared/texts/work_report/wr_china_2021.txt (2,485 characters "
    "with the final newline), sliced by code: the bullets of the 14th Five-Year Plan goals "
    "from ——坚持创新驱动发展 to ——统筹发展和安全, 展望未来…, the heading 三、2021年重点工作, the "
    "2021 主要预期目标 line (今年…国内生产总值增长6%以上 …) and 经济增速是综合性指标，今年预期目标"
    "设定为6%以上…. The brief asks for a run with the 2021 targets and the plan/review lines "
    "before them if they fit: the first plan bullet (line 22) or the 13th-plan review "
    "(line 20, 过去五年…) cannot be added within 2,500 characters, so the excerpt holds "
    "plan goals and 2021 targets only, no review figure. Title line, dateline and speaker "
    "(source lines 1-3) are outside the excerpt; the title is the corpus meta title "
    "(title_in_text=False). Date: 2021-03-05, the corpus meta date = the delivery date of "
    "the dateline (source line 2: ——2021年3月5日在第十三届全国人民代表大会第四次会议上); "
    "nothing in the excerpt contradicts it (今年 = 2021, the heading 三、2021年重点工作). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国). Periods: plan bullets "
    "(lines 1-8) take the section frame 2021-2025 (period text “十四五”, from line 9 of the "
    "excerpt; null as alt): rates of change over the plan (7% 年均, 13.5% / 18%, 再提高1岁) → "
    "the span; levels to be reached (65%, 24.1%, 11.3年, 95%) → instant 2025-12-31 with the "
    "span and null as alts; floors held throughout (18亿亩, 1.3万亿斤 粮食综合生产能力) → the "
    "span with the end instant and null as alts. Lines 11-12: 今年 = 2021. Modality: target "
    "for every fact (plan goals and annual targets). Units: 亩 → mu; 万亿斤 → t (× 0.0005); "
    "年 and 岁 → year. Judgement calls: comparison of the five-year cuts 13.5% / 18% → "
    "比2020年 (not written); 再提高1岁 → amount +1 year with metric 人均预期寿命增量; the "
    "restated 6%以上 of line 12 annotated as a second fact (metric 经济增速); 严守18亿亩耕地"
    "红线 → a target floor (eq, the red line's value). Negatives: 十年 (行动方案), 十三五, "
    "双循环, 长三角, 双城, 一带一路, 2030年, 二氧化碳, 一老一小, 十四五, 三、, 2021年. "
    "Lexicalized, not listed: 一流, 一体化, 单位, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
