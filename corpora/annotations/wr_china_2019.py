"""Gold annotations for wr_china_2019 (held-out: corpora/heldout/).

The excerpt is lines 15-25 (1-based, inclusive, whole lines, newline kept) of
shared/texts/work_report/wr_china_2019.txt, sliced by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2019.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2019"
PLACE = "中国"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 15, 25                    # 1-based, inclusive, whole lines


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"

# Review part (lines 15-18 of the source) = 2018.  The review's own naming of the year in
# the excerpt is 过去一年 (line 20 of the source); the governing 过去一年 of line 1 is outside
# the excerpt.  Facts without a period in their paragraph take this document/section frame
# (SPEC §4), the null reading in period_alts.
Y18 = P("过去一年", "2018-01-01", "2018-12-31")
Y18_NULL = P("过去一年", None, None)
Y18_END = P("过去一年", "2018-12-31", "2018-12-31")
Y18_START = P("过去一年", "2018-01-01", "2018-01-01")
Y17_END = P("过去一年", "2017-12-31", "2017-12-31")
FLOW = dict(subject=PLACE, period=Y18, period_alts=[Y18_NULL])
STOCK = dict(subject=PLACE, period=Y18_END, period_alts=[Y18, Y18_NULL])
FROM = dict(subject=PLACE, period=Y18_START, period_alts=[Y17_END, Y18, Y18_NULL])
FROM_NOTE = ("start value of a from/to pair (由X降至Y / 从X提高到Y): the level in force before "
             "the 2018 change, an instant at the start of the review year (alts: end of 2017, "
             "the literal review year, null)")
TO_NOTE = ("end value of a from/to pair: the level in force after the 2018 change, an "
           "instant at the end of the review year (stock rule); alts: the literal review "
           "year, null")

# Targets (line 25): 今年经济社会发展的主要预期目标 → 2019, modality target.
T19 = P("今年", "2019-01-01", "2019-12-31")
TARGET = dict(subject=PLACE, period=T19, modality="target")

GOV = ["国务院", "中华人民共和国国务院"]

# ---- line 15: 五是加大改革开放力度 ---------------------------------------------------------
g.neg("五是加大改革开放", "五是", MARKER_NOTE)
g.neg("千方百计帮助", "千方百计", "idiom 千方百计 'by every possible means'")
g.neg("推出对外开放一系列", "一系列", "quantifier 一系列")
g.neg("共建“一带一路”引领", "一带一路", "initiative name 一带一路 (Belt and Road)")
g.fact("货物通关时间压缩一半以上", "一半", value=-50, unit="%", kind="growth", bound="ge",
       metric="货物通关时间", metric_alts=["通关时间", "货物通关时间压缩"],
       comparison="yoy", **FLOW,
       note="压缩一半 = the clearance time cut by half → growth -50%; 以上 → ge, read as a "
            "bound on the size of the cut as written (more than half); basis: the time "
            "before 2018 → yoy")
g.fact("关税总水平由9.8%降至", "9.8%", value=9.8, unit="%", kind="share",
       metric="关税总水平", metric_alts=["关税水平", "进口关税总水平"], **FROM,
       note="an average tariff rate (a rate, not a growth) → share; " + FROM_NOTE)
g.fact("降至7.5%", "7.5%", value=7.5, unit="%", kind="share",
       metric="关税总水平", metric_alts=["关税水平", "进口关税总水平"], **STOCK,
       note="rate → share; " + TO_NOTE)
g.neg("新设一批跨境电商", "一批", "quantifier 一批")
g.neg("开放，一批重大外资项目", "一批", "quantifier 一批")
g.fact("新设外资企业增长近70%", "70%", value=70, unit="%", kind="growth", bound="approx",
       metric="新设外资企业", metric_alts=["新设外资企业数量", "新设外资企业数"],
       comparison="yoy", **FLOW, note="近 → approx, outside the span")

# ---- line 16: 六是统筹城乡区域发展 ---------------------------------------------------------
g.neg("六是统筹城乡", "六是", MARKER_NOTE)
g.fact("粮食总产量保持在1.3万亿斤以上", "1.3万亿斤", value=650000000, unit="t",
       kind="amount", bound="ge", metric="粮食总产量", metric_alts=["粮食产量"], **FLOW,
       note="1.3万亿斤 = 1.3e12 斤 = 6.5e8 t (斤 = 0.0005 t); 以上 → ge; the 2018 harvest")
g.fact("近1400万农业转移人口", "1400万", value=14000000, unit="count", kind="count",
       bound="approx", classifier="人",
       metric="在城镇落户的农业转移人口",
       metric_alts=["农业转移人口", "农业转移人口在城镇落户", "农业转移人口落户城镇",
                    "在城镇落户的农业转移人口数量", "落户城镇的农业转移人口",
                    "农业转移人口落户"],
       **FLOW,
       note="近 → approx; no classifier written (1400万 + noun 人口): 人 implied; the "
            "predicate 在城镇落户 defines the counted set → in the metric; settled in 2018")
g.neg("出台一批改革创新", "一批", "quantifier 一批")
g.fact("高速铁路运营里程4100公里", "4100公里", value=4100000, unit="m", kind="amount",
       metric="新增高速铁路运营里程",
       metric_alts=["高速铁路运营里程增量", "高速铁路运营里程", "新增高铁运营里程",
                    "高铁运营里程", "高铁运营里程增量"],
       **FLOW, note="新增 of a stock (the network) = absolute change; indicator phrase kept "
                    "whole as written, SPEC-2 增量 reading in the alts")
g.fact("高速公路6000多公里", "6000多公里", value=6000000, unit="m", kind="amount",
       bound="gt", metric="新建改建高速公路",
       metric_alts=["高速公路", "新建改建高速公路里程", "高速公路新建改建里程",
                    "新建改建高速公路长度", "高速公路里程增量"],
       **FLOW, note="多 inside the span → gt")
g.fact("农村公路30多万公里", "30多万公里", value=300000000, unit="m", kind="amount",
       bound="gt", metric="新建改建农村公路",
       metric_alts=["农村公路", "新建改建农村公路里程", "农村公路新建改建里程",
                    "新建改建农村公路长度", "农村公路里程增量"],
       **FLOW, note="verb 新建改建 distributes over the list; 30多万公里 = 3e8 m, gt")

# ---- line 17: 七是坚持在发展中保障和改善民生 -------------------------------------------------
g.neg("七是坚持在发展中", "七是", MARKER_NOTE)
PENSION_ALTS = ["城乡居民基础养老金每月最低标准", "城乡居民基础养老金月最低标准",
                "基础养老金最低标准", "城乡居民基础养老金", "城乡居民基础养老金最低标准每月"]
g.fact("从每月70元提高到", "70元", value=70, unit="CNY", kind="amount",
       metric="城乡居民基础养老金最低标准", metric_alts=PENSION_ALTS, **FROM,
       note="per month (每月) is part of the indicator, not a period; " + FROM_NOTE)
g.fact("提高到88元", "88元", value=88, unit="CNY", kind="amount",
       metric="城乡居民基础养老金最低标准", metric_alts=PENSION_ALTS, **STOCK,
       note="per month; " + TO_NOTE)
g.neg("残疾人“两项补贴”", "两项补贴",
      "programme name “两项补贴” (the two disability allowances), not a count")
g.fact("17种抗癌药", "17种", value=17, unit="count", kind="count", classifier="种",
       metric="纳入国家医保目录的抗癌药",
       metric_alts=["抗癌药", "降价并纳入国家医保目录的抗癌药", "大幅降价并纳入国家医保目录的抗癌药",
                    "纳入国家医保目录抗癌药", "抗癌药数量", "纳入医保目录的抗癌药"],
       **FLOW, note="the predicate (降价并纳入国家医保目录) defines the counted set → in the "
                    "metric; done in 2018")

# ---- line 18: 八是推进法治政府建设 ---------------------------------------------------------
g.neg("八是推进法治", "八是", MARKER_NOTE)
g.fact("审议法律议案18件", "18件", value=18, unit="count", kind="count", classifier="件",
       metric="提请全国人大常委会审议法律议案",
       metric_alts=["法律议案", "提请审议法律议案", "提请全国人大常委会审议的法律议案",
                    "法律议案数量"],
       subject_alts=GOV, **FLOW,
       note="submitted by the State Council (the reporting government, 我们): subject the "
            "document's place 中国, 国务院 as alt")
g.fact("行政法规37部", "37部", value=37, unit="count", kind="count", classifier="部",
       metric="制定修订行政法规",
       metric_alts=["行政法规", "制定修订的行政法规", "行政法规数量"],
       subject_alts=GOV, **FLOW)

# ---- line 19: 党风廉政建设 -----------------------------------------------------------------
g.neg("推进“两学一做”", "两学一做", "campaign name “两学一做”, not a quantity")
g.neg("中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count")
g.neg("纠正“四风”", "四风", "label “四风” (four undesirable work styles), not a count")

# ---- line 20: 外交 -------------------------------------------------------------------------
g.neg("过去一年，中国特色", "过去一年", PERIOD_NOTE + " (the review year 2018; used as the "
      "period text of the review facts)")
g.neg("二十国集团领导人峰会", "二十国集团", "organisation name 二十国集团 (G20), not a count")
g.neg("亚欧首脑会议", "首脑", "word 首脑 'head of state', not a rank")

# ---- line 22: 问题和挑战 (no facts) ----------------------------------------------------------
g.neg("我们一定要直面", "一定", "adverb 一定 'must', not a quantity")

# ---- line 23: section heading ----------------------------------------------------------------
g.neg("二、2019年经济社会", "二、", MARKER_NOTE)
g.neg("二、2019年经济社会", "2019年", PERIOD_NOTE + " (section heading: the targets' year)")

# ---- line 24 -------------------------------------------------------------------------------
g.neg("愿望十分强烈", "十分", "adverb 十分 'very', not a quantity")

# ---- line 25: 2019 main targets ----------------------------------------------------------
g.fact("国内生产总值增长6%－6.5%", "6%－6.5%", value=6, upper=6.5, unit="%", kind="growth",
       metric="国内生产总值",
       metric_alts=["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"],
       comparison="yoy", **TARGET,
       note="range 6%－6.5% → value 6, upper 6.5, one fact, span over both ends; 主要预期目标 "
            "→ target; 今年 = 2019 stated at the head of the line")
g.fact("城镇新增就业1100万人以上", "1100万人", value=11000000, unit="count", kind="count",
       bound="ge", classifier="人", metric="城镇新增就业",
       metric_alts=["城镇新增就业人数"], **TARGET, note="以上 → ge, outside the span")
g.fact("城镇调查失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
       metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
       note="a rate → share; 左右 → approx")
g.fact("城镇登记失业率4.5%以内", "4.5%", value=4.5, unit="%", kind="share", bound="le",
       metric="城镇登记失业率", metric_alts=["登记失业率"], **TARGET,
       note="a rate → share; 以内 → le")
g.fact("价格涨幅3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
       metric="居民消费价格",
       metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"],
       comparison="yoy", **TARGET, note="涨幅 = growth of the price level; 左右 → approx")
g.fact("农村贫困人口减少1000万以上", "1000万", value=-10000000, unit="count", kind="count",
       bound="ge", classifier="人", metric="农村贫困人口增量",
       metric_alts=["农村贫困人口", "农村贫困人口减少", "农村贫困人口数量增量", "减贫人数",
                    "农村贫困人口减少人数"],
       **TARGET,
       note="absolute change of a count (减少 → negative, metric <level>增量, SPEC §2); no "
            "classifier written, 人 implied (人口); 以上 → ge, read as a bound on the size of "
            "the reduction as written (at least 10 million fewer)")
g.fact("能耗下降3%左右", "3%", value=-3, unit="%", kind="growth", bound="approx",
       metric="单位国内生产总值能耗",
       metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗"],
       comparison="yoy", **TARGET, note="下降 → negative value; 左右 → approx")

NOTES = (
    "Excerpt: lines 15-25 of shared/texts/work_report/wr_china_2019.txt (2,500 characters "
    "with the final newline), sliced by code: the last four numbered items of the 2018 "
    "review (五是 … 八是), the party-discipline and diplomacy paragraphs, the problems "
    "paragraph, the heading of part 二 and the 2019 主要预期目标 (line 25, whole). "
    "Date: 2019-03-05, the opening day of the 2nd session of the 13th NPC, on which the "
    "Premier delivered the report (corpus meta; the Wikisource text has no date line); "
    "nothing in the excerpt contradicts it (2018 full-year results reported, 2019 targets). "
    "Title: the corpus meta title; the source has no title line, so it is not in the "
    "excerpt. Place: national report → 中国; the government's own acts (法律议案, 行政法规) "
    "keep 中国 with 国务院 as subject alt. Periods: 过去一年/去年 = 2018, 今年 = 2019. The "
    "review lines 15-18 state no period of their own: they take the review year 2018 "
    "(period text 过去一年, the excerpt's own naming of it in line 20), the null reading in "
    "period_alts. Levels after a 2018 change (关税总水平 降至7.5%, 基础养老金 提高到88元) are "
    "instants at 2018-12-31 (stock rule), their start values (9.8%, 70元) instants at "
    "2018-01-01 (alt 2017-12-31), each with the literal year and null as alts. Line 25: the "
    "2019 targets (今年…主要预期目标 → modality target, period 2019); 6%－6.5% is one fact "
    "with upper 6.5. Bounds on reductions (压缩一半以上, 减少1000万以上) are ge on the size of "
    "the reduction as written, with a negative value.")

g.write(date="2019-03-05",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST}",
        title="2019年中华人民共和国国务院政府工作报告", notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
