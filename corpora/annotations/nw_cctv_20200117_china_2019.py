"""Gold annotations for nw_cctv_20200117_china_2019 (corpora/).

央视网消息（新闻联播）, 2020-01-17: 2019年经济成绩单公布 发展质量稳步提升.
The excerpt is the whole source, lines 1-10 of
shared/texts/news/nw_cctv_20200117_china_2019.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20200117_china_2019.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20200117_china_2019"
PLACE = "中国"
REF = "2020-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 10                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "2019年经济成绩单公布 发展质量稳步提升"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="幸福感继续增强。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2020-01-17, the broadcast day: 2019年国民经济运行主要指标今天（1月17日）
# 公布).  2019年 / 2019年全年 / 全年 = 2019-01-01..2019-12-31; 比上年 (2018) is a comparison
# basis.  The item reports the 2019 annual data (title 2019年经济成绩单, line 2), so 2019 is
# its document period: lines 6 and 7, which state no period, take it (null as alt, as
# nw_cctv_20130427_provinces_2013q1 and nw_cctv_20260424_china_fiscal_2026q1).
Y = P("2019年", "2019-01-01", "2019-12-31")
YF = P("2019年全年", "2019-01-01", "2019-12-31")
YQ = P("全年", "2019-01-01", "2019-12-31")
DOC = dict(period=Y, period_alts=[P("2019年", None, None)])
DOC_NOTE = ("no period before it in its line → the item's document period 2019 (title, "
            "line 2: the 2019 annual data); null as alt")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值总量", "GDP总量", "经济总量", "全年国内生产总值"]
GDP_G_ALTS = ["GDP", "国内生产总值增速", "GDP增速", "经济增速", "经济增长", "增速"]

# ---- line 1: title ---------------------------------------------------------------------------
g.neg("2019年经济成绩单", "2019年", PERIOD_NOTE + " (title; no number follows)")
g.neg("经济成绩单公布", "成绩单", "lexicalized 成绩单 'report card' (单 is not a quantity, as "
      "清单), listed to silence the uncovered-numeral warning")

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("：2019年国民经济运行", "2019年", PERIOD_NOTE + " (no number follows)")
g.neg("今天（1月17日）", "1月17日", "date on its own (the release day), not a fact")
g.neg("数据显示，2019年中国", "2019年", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("从总量看，2019年全年", "2019年全年", PERIOD_NOTE)
g.fact("国内生产总值990865亿元", "990865亿元", value=990865e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **CN, period=YF,
       note="national aggregate → 中国; 2019年全年 → 2019")
g.fact("将近100万亿人民币", "100万亿人民币", value=1e14, unit="CNY", kind="amount",
       bound="approx", metric=GDP, metric_alts=GDP_ALTS, **CN, period=YF,
       note="将近 → approx (SPEC §2, outside the span); the unit is written 人民币 alone (no "
            "元), so it ends the span; 万亿 ×1e12; restates the 990865亿元 rounded")
g.fact("比上年增长6.1%", "6.1%", value=6.1, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=YF, comparison="yoy",
       note="从增速看: GDP growth; 比上年 → yoy; 2019年全年 of the line governs")
g.fact("符合6%-6.5%的预期目标", "6%-6.5%", value=6, upper=6.5, unit="%", kind="growth",
       metric=GDP,
       metric_alts=GDP_G_ALTS + ["预期目标", "国内生产总值增长预期目标", "经济增长预期目标",
                                 "GDP增长预期目标", "预期增长目标"],
       **CN, period=YF, modality="target", comparison="yoy",
       note="a range (SPEC §2 upper): 6 to 6.5; 预期目标 → target; the 2019 GDP growth target "
            "(the indicator compared); span the whole range as written")
g.neg("在世界1万亿美元以上的经济体", "1万亿美元", "threshold defining the set ranked (economies "
      "of 1万亿美元以上, SPEC §2: part of the rank's scope/metric), not a fact of its own")
g.fact("经济体中位居第一", "第一", value=1, unit="rank", kind="rank",
       scope="世界1万亿美元以上的经济体", metric="国内生产总值增速",
       metric_alts=["增速", "GDP增速", "经济增速", "经济增长", GDP, "GDP",
                    "国内生产总值增速排名"],
       **CN, period=YF,
       note="rank of China's growth rate among the world's economies above 1 trillion USD → "
            "rank 1 (位居 → eq), the threshold in the scope; the ranked indicator is the "
            "growth (从增速看…比上年增长6.1%…位居第一)")
g.fact("突破了1万美元大关", "1万美元", value=1e4, unit="USD", kind="amount", bound="gt",
       metric="人均国内生产总值",
       metric_alts=["人均GDP", "人均国内生产总值总量", "人均生产总值"], **CN, period=YF,
       note="突破了…大关 → gt; 美元 → USD (SPEC §3); 2019年全年 of the line still governs")

# ---- line 4 ---------------------------------------------------------------------------------
g.neg("\n2019年，全国上下", "2019年", PERIOD_NOTE + " (no number follows)")
g.neg("全力做好“六稳”", "六稳", "policy slogan “六稳” (stabilising six areas), not a quantity")

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("从就业看，2019年全年", "2019年全年", PERIOD_NOTE)
g.fact("城镇新增就业1352万人", "1352万人", value=1352e4, unit="count", kind="count",
       classifier="人", metric="城镇新增就业",
       metric_alts=["城镇新增就业人数", "新增就业", "全年城镇新增就业"], **CN, period=YF,
       note="a flow over 2019, classifier 人")
g.fact("完成全年目标的122.9%", "122.9%", value=122.9, unit="%", kind="share",
       metric="城镇新增就业目标完成率",
       metric_alts=["全年目标完成率", "完成全年目标", "城镇新增就业完成全年目标", "目标完成率",
                    "城镇新增就业全年目标完成率", "完成全年目标的比例",
                    "城镇新增就业完成全年目标的比例"],
       **CN, period=YF,
       note="1352万人 against the 2019 target (1100万): a completion rate → share (as "
            "131.8% in nw_cctv_20210118_china_2020), above 100 as written")

# ---- line 6 ---------------------------------------------------------------------------------
CAP = "产能利用率"
CAP_ALTS = ["工业产能利用率", "全国工业产能利用率"]
g.fact("产能利用率为76.6%", "76.6%", value=76.6, unit="%", kind="share", metric=CAP,
       metric_alts=CAP_ALTS, **CN, **DOC, note="a rate → share; " + DOC_NOTE)
g.fact("比上年提高0.1个百分点", "0.1个百分点", value=0.1, unit="pp", kind="change",
       metric=CAP, metric_alts=CAP_ALTS, **CN, **DOC, comparison="yoy",
       note="pp change of a rate (the rate's metric, README §3); 提高 → positive; 比上年 → "
            "yoy; " + DOC_NOTE)
g.fact("分别比上年增长8.8%和8.4%", "8.8%", value=8.8, unit="%", kind="growth",
       metric="高技术制造业增加值",
       metric_alts=["高技术制造业", "高技术制造业增加值增速", "规模以上高技术制造业增加值"], **CN,
       **DOC, comparison="yoy",
       note="分别: 高技术制造业 ↔ 8.8%, 战略性新兴产业 ↔ 8.4% (the shared head 增加值 "
            "restored); 比上年 → yoy; " + DOC_NOTE)
g.fact("8.8%和8.4%", "8.4%", value=8.4, unit="%", kind="growth",
       metric="战略性新兴产业增加值",
       metric_alts=["战略性新兴产业", "战略性新兴产业增加值增速", "规模以上战略性新兴产业增加值"],
       **CN, **DOC, comparison="yoy")

# ---- line 7 ---------------------------------------------------------------------------------
TRADE_ALTS = ["对外贸易增速", "外贸", "外贸进出口", "货物进出口", "进出口", "货物进出口总额",
              "对外贸易总额"]
g.fact("对外贸易逆势增长3.4%", "3.4%", value=3.4, unit="%", kind="growth", metric="对外贸易",
       metric_alts=TRADE_ALTS, **CN, **DOC, comparison="yoy",
       note="逆势 'against the trend' is emphasis; yoy by default; " + DOC_NOTE)
g.neg("与“一带一路”沿线", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
BRI = "与“一带一路”沿线国家进出口"
g.fact("合计进出口增长10.8%", "10.8%", value=10.8, unit="%", kind="growth", metric=BRI,
       metric_alts=["与一带一路沿线国家进出口", "对“一带一路”沿线国家进出口", "对一带一路沿线国家进出口",
                    "“一带一路”沿线国家进出口", "一带一路沿线国家进出口", "合计进出口",
                    "与“一带一路”沿线国家合计进出口", "与“一带一路”沿线国家进出口增速"],
       subject="中国", subject_alts=["全国", "我国", "“一带一路”沿线国家", "一带一路沿线国家"],
       **DOC, comparison="yoy",
       note="China's trade with the Belt-and-Road countries (其中: part of 对外贸易) → subject "
            "中国, the partners as alts (as nw_cctv_20230509_china_trade_2023m4); " + DOC_NOTE)

# ---- line 8 ---------------------------------------------------------------------------------
FAI = "固定资产投资"
FAI_ALTS = ["全国固定资产投资", "固定资产投资（不含农户）", "固定资产投资额", "全年全国固定资产投资"]
g.fact("固定资产投资551478亿元", "551478亿元", value=551478e8, unit="CNY", kind="amount",
       metric=FAI, metric_alts=FAI_ALTS, **CN, period=YQ,
       period_alts=[P("全年", None, None)],
       note="全年 (no numeral) → 2019, the year of the release (the item's document year; "
            "null as alt); 全国 → 中国")
g.fact("比上年增长5.4%", "5.4%", value=5.4, unit="%", kind="growth", metric=FAI,
       metric_alts=FAI_ALTS + ["固定资产投资增速"], **CN, period=YQ,
       period_alts=[P("全年", None, None)], comparison="yoy", note="比上年 → yoy")

# ---- line 9 ---------------------------------------------------------------------------------
g.neg("\n2019年，三大攻坚战", "2019年", PERIOD_NOTE)
g.neg("2019年，三大攻坚战", "三大", "set label 三大攻坚战 (the three critical battles), not a "
      "count fact")
g.fact("全年1109万农村贫困人口", "1109万", value=1109e4, unit="count", kind="count",
       classifier="人", metric="实现脱贫的农村贫困人口",
       metric_alts=["农村贫困人口", "脱贫人口", "农村贫困人口脱贫", "脱贫农村贫困人口",
                    "减贫人数", "农村贫困人口减少", "贫困人口脱贫"],
       **CN, period=YQ,
       note="people lifted out of poverty in 2019 (a flow); no measure word: classifier 人; "
            "全年 continues 2019年 of the line")
g.neg("万元国内生产总值能耗", "万元", "denominator of the intensity indicator (energy per "
      "万元 of GDP), part of the metric, not a quantity (as 万元地区生产总值 in wr_beijing_2025)")
g.fact("能耗下降2.6%", "2.6%", value=-2.6, unit="%", kind="growth",
       metric="万元国内生产总值能耗",
       metric_alts=["单位国内生产总值能耗", "单位GDP能耗", "万元GDP能耗", "能耗强度", "能耗"],
       **CN, period=Y, comparison="yoy",
       note="下降 → negative; no basis written → yoy; 2019年 of the line governs")
AIR_SUBJ = dict(subject="中国",
                subject_alts=["全国", "我国", "全国337个地级及以上城市", "337个地级及以上城市",
                              "地级及以上城市"])
g.fact("全国337个地级及以上城市", "337个", value=337, unit="count", kind="count",
       classifier="个", metric="地级及以上城市",
       metric_alts=["地级及以上城市数量", "城市", "地级及以上城市数", "监测城市"],
       **CN, period=Y, period_alts=[P("2019年", None, None)],
       note="the number of prefecture-level-and-above cities monitored (the set the air "
            "quality ratio is averaged over), a count of its own (as 41个工业大类行业 in "
            "nw_cctv_20230418); 全国 → 中国; 2019年 governs (null as alt)")
g.fact("优良天数比例为82%", "82%", value=82, unit="%", kind="share",
       metric="空气质量平均优良天数比例",
       metric_alts=["平均优良天数比例", "优良天数比例", "空气质量优良天数比例",
                    "空气质量平均优良天数比率", "优良天数比率"],
       **AIR_SUBJ, period=Y,
       note="a ratio of days → share; the cities' average, a national indicator → 中国 (the "
            "cities as alts, README §4)")

# ---- line 10 --------------------------------------------------------------------------------
g.neg("\n2019年，民生保障", "2019年", PERIOD_NOTE)
g.fact("可支配收入超过三万元", "三万元", value=3e4, unit="CNY", kind="amount", bound="gt",
       metric="居民人均可支配收入",
       metric_alts=["全国居民人均可支配收入", "人均可支配收入", "居民收入"], **CN, period=Y,
       note="超过 → gt (outside the span); 三万元 = 30000 CNY; 2019年 of the line")
g.neg("九年义务教育巩固率", "九年", "part of the indicator name 九年义务教育巩固率 (nine-year "
      "compulsory education), not a quantity; no number is given for it")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-10 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2020-01-17, the broadcast "
    "date given by the source meta (file name assets/2020/20200117.json, pubtime 2020-01-17 "
    "19:25:03) and stated in the text: 2019年国民经济运行主要指标今天（1月17日）公布 — the NBS "
    "released the 2019 annual data on 17 January 2020. 2019年 / 2019年全年 / 全年 = "
    "2019-01-01..2019-12-31; 比上年 (2018) is a comparison basis. Place: 中国 (national "
    "release; 全国/我国 → 中国). Title: line 1 as written. Periods: a line is a paragraph; "
    "the item reports the 2019 annual data, so 2019 is its document period: lines 6 and 7 "
    "state no period and take it (null as alt); line 8's 全年 = 2019. Judgement calls: "
    "将近100万亿人民币 → approx 1e14 CNY, span ending with 人民币 (no 元 written); "
    "6%-6.5%的预期目标 → one growth fact with upper 6.5, target; 在世界1万亿美元以上的经济体"
    "中位居第一 → rank 1 of the GDP growth, the threshold in the scope (1万亿美元 a negative); "
    "人均国内生产总值突破了1万美元 → amount gt, USD; 完成全年目标的122.9% → share (completion "
    "rate); 337个地级及以上城市 → a count of its own, the air-quality ratio → 中国; "
    "1109万农村贫困人口实现脱贫 → count, classifier 人. Negatives: 2019年 ×6, 2019年全年 ×2 "
    "(periods), 1月17日 (date), 1万亿美元 (threshold), 六稳, 三大 (三大攻坚战), 一带一路 "
    "(labels/names), 万元 (intensity denominator), 九年 (九年义务教育), 成绩单 "
    "(lexicalized).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
