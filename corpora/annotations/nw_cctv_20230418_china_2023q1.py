"""Gold annotations for nw_cctv_20230418_china_2023q1 (corpora/).

央视网消息（新闻联播）, 2023-04-18: 【新时代新征程新伟业——真抓实干推动高质量发展】一季度中国经济
稳健前行实现良好开局.  The excerpt is the whole source, lines 1-11 of
shared/texts/news/nw_cctv_20230418_china_2023q1.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20230418_china_2023q1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20230418_china_2023q1"
PLACE = "中国"
REF = "2023-04-18"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 11                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "一季度中国经济稳健前行实现良好开局"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【新时代新征程新伟业", ends="续写新的奇迹与辉煌。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis of the value after it ({}), not "
              "a fact and not its period (SPEC §4: a basis is `comparison`)")

# Periods (reference date 2023-04-18, the broadcast day: 国家统计局今天（4月18日）公布).
# 一季度 = 2023-01-01..2023-03-31 (it opens almost every line); 3月份 = March 2023; 前两个月 =
# 2023-01-01..2023-02-28.  2022年四季度 / 去年四季度 / 上年四季度 / 1—2月份 after 比 are
# comparison bases, not periods.  Line 11 states no period and the item has no document
# period → null.
Q1 = P("一季度", "2023-01-01", "2023-03-31")
M3 = P("3月份", "2023-03-01", "2023-03-31")
M12 = P("前两个月", "2023-01-01", "2023-02-28")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])

# ---- line 1: title ---------------------------------------------------------------------
g.neg("】一季度中国经济", "一季度", PERIOD_NOTE + " (title)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（4月18日）", "4月18日", "date on its own (the release day), not a fact")
g.neg("公布的主要经济指标显示，一季度", "一季度", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("\n一季度，国内生产总值", "一季度", PERIOD_NOTE)
GDP_ALTS = ["GDP", "国内生产总值GDP", "国内生产总值（GDP）", "GDP总量", "国内生产总值总量"]
g.fact("GDP为284997亿元", "284997亿元", value=284997e8, unit="CNY", kind="amount",
       metric="国内生产总值", metric_alts=GDP_ALTS, **CN, period=Q1,
       note="国内生产总值 is the national aggregate → 中国; 一季度 → 2023 Q1")
g.fact("同比增长4.5%", "4.5%", value=4.5, unit="%", kind="growth", metric="国内生产总值",
       metric_alts=GDP_ALTS + ["国内生产总值增速", "GDP增速", "经济增速"], **CN, period=Q1,
       comparison="yoy")
g.neg("比2022年四季度环比", "2022年四季度", BASIS_NOTE.format("环比增长2.2%"))
g.fact("环比增长2.2%", "2.2%", value=2.2, unit="%", kind="growth", metric="国内生产总值",
       metric_alts=GDP_ALTS + ["国内生产总值环比增速", "GDP环比增速", "国内生产总值增速",
                               "GDP增速"],
       **CN, period=Q1, comparison="qoq",
       note="环比 against 2022 Q4 → qoq; the period stays 一季度 (2023 Q1), the basis "
            "2022年四季度 is not a period")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("市场销售快速回暖，一季度", "一季度", PERIOD_NOTE)
RETAIL_ALTS = ["社会消费品零售总额增速", "社零总额", "社会消费品零售额", "消费品零售总额"]
g.fact("零售总额同比增长5.8%", "5.8%", value=5.8, unit="%", kind="growth",
       metric="社会消费品零售总额", metric_alts=RETAIL_ALTS, **CN, period=Q1,
       comparison="yoy")
g.fact("服务业同比增长5.4%", "5.4%", value=5.4, unit="%", kind="growth",
       metric="服务业增加值",
       metric_alts=["服务业", "服务业增加值增速", "服务业增速", "服务业增长"],
       **CN, period=Q1, comparison="yoy",
       note="the text writes only 服务业; the indicator of the release is 服务业增加值 (as "
            "written, 服务业, as alt); 一季度 of the line governs")
g.neg("比去年四季度加快3.1", "去年四季度", BASIS_NOTE.format("3.1个百分点"))
g.fact("加快3.1个百分点", "3.1个百分点", value=3.1, unit="pp", kind="change",
       metric="服务业增加值增速",
       metric_alts=["服务业增速", "服务业增加值", "服务业", "服务业增长", "服务业增加值增长"],
       **CN, period=Q1, comparison="比去年四季度",
       note="pp difference of growth rates (README §3: <metric>增速); 加快 → positive; "
            "comparison = the surface basis 比去年四季度 (as 比1-3月份 / 比一季度 in the other "
            "golds)")
g.fact("固定资产投资同比增长5.1%", "5.1%", value=5.1, unit="%", kind="growth",
       metric="固定资产投资",
       metric_alts=["固定资产投资增速", "全国固定资产投资", "固定资产投资（不含农户）"],
       **CN, period=Q1, comparison="yoy")
g.fact("力度加大，同比增长8.3%", "8.3%", value=8.3, unit="%", kind="growth",
       metric="社会民生领域投资",
       metric_alts=["民生领域投资", "社会民生领域投资增速", "社会领域投资", "民生投资",
                    "社会民生领域投资力度"],
       **CN, period=Q1, comparison="yoy",
       note="其中: part of 固定资产投资; the clause's head 社会民生领域投资 is the metric")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("供给端持续优化。一季度", "一季度", PERIOD_NOTE)
g.fact("种植业增加值同比增长3.6%", "3.6%", value=3.6, unit="%", kind="growth",
       metric="农业种植业增加值",
       metric_alts=["种植业增加值", "农业种植业增加值增速", "种植业增加值增速", "农业增加值"],
       **CN, period=Q1, comparison="yoy")
IVA = "规模以上工业增加值"
IVA_ALTS = ["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"]
g.fact("工业增加值同比增长3.0%", "3.0%", value=3.0, unit="%", kind="growth", metric=IVA,
       metric_alts=IVA_ALTS, **CN, period=Q1, comparison="yoy",
       note="全国 → 中国; 规模以上 is part of the metric (SPEC §2)")
g.neg("比上年四季度加快0.3", "上年四季度", BASIS_NOTE.format("0.3个百分点"))
IVA_RATE_ALTS = ["规上工业增加值增速", "工业增加值增速", "规模以上工业增加值", "工业增速",
                 "规模以上工业增加值增长"]
g.fact("加快0.3个百分点", "0.3个百分点", value=0.3, unit="pp", kind="change",
       metric="规模以上工业增加值增速", metric_alts=IVA_RATE_ALTS, **CN, period=Q1,
       comparison="比上年四季度", note="pp difference of growth rates; 加快 → positive")
g.neg("其中，3月份增长", "3月份", PERIOD_NOTE + " (replaces 一季度 for the rest of the line)")
g.fact("3月份增长3.9%", "3.9%", value=3.9, unit="%", kind="growth", metric=IVA,
       metric_alts=IVA_ALTS, **CN, period=M3, comparison="yoy",
       note="其中, 3月份: the March figure of the same indicator; growth without basis → yoy")
g.neg("增速比1—2月份加快", "1—2月份", BASIS_NOTE.format("1.5个百分点"))
g.fact("加快1.5个百分点", "1.5个百分点", value=1.5, unit="pp", kind="change",
       metric="规模以上工业增加值增速", metric_alts=IVA_RATE_ALTS, **CN, period=M3,
       comparison="比1—2月份",
       note="March growth 3.9% vs the Jan-Feb growth; 3月份 still governs (1—2月份 is the "
            "basis); 增速 in the text")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("经营主体预期好转。一季度", "一季度", PERIOD_NOTE)
g.fact("小微型企业增加值同比增长3.1%", "3.1%", value=3.1, unit="%", kind="growth",
       metric="规模以上小微型企业增加值",
       metric_alts=["小微型企业增加值", "规上小微型企业增加值", "规模以上小微型工业企业增加值",
                    "规模以上小微企业增加值", "规模以上小微型企业增加值增速"],
       **CN, period=Q1, comparison="yoy")
g.neg("景气指数也比上年四季度", "上年四季度", BASIS_NOTE.format("1.7个百分点"))
g.fact("提高了1.7个百分点", "1.7个百分点", value=1.7, unit="pp", kind="change",
       metric="规模以下小微工业企业景气指数",
       metric_alts=["规模以下小微工业企业的景气指数", "小微工业企业景气指数", "景气指数",
                    "规模以下小微工业企业景气指数变化"],
       **CN, period=Q1, comparison="比上年四季度",
       note="a difference written in 个百分点 → change, pp (the index is read in points of "
            "%); 提高 → positive; 一季度 of the line governs; basis 上年四季度")

# ---- line 7: no numerals ------------------------------------------------------------------

# ---- line 8 ----------------------------------------------------------------------------
g.neg("\n一季度，最终消费支出", "一季度", PERIOD_NOTE)
g.fact("贡献率达到66.6%", "66.6%", value=66.6, unit="%", kind="share",
       metric="最终消费支出对经济增长贡献率",
       metric_alts=["最终消费支出对经济增长的贡献率", "最终消费支出贡献率", "消费贡献率",
                    "消费对经济增长贡献率", "贡献率", "最终消费支出对GDP增长贡献率"],
       **CN, period=Q1,
       note="contribution rate → share (as 贡献率 in the other golds); 达到 → eq")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("供给体系质量和水平不断提升。一季度", "一季度", PERIOD_NOTE)
g.fact("41个工业大类行业中", "41个", value=41, unit="count", kind="count", classifier="个",
       metric="工业大类行业",
       metric_alts=["工业大类行业数量", "大类行业", "工业行业"],
       **CN, period=Q1, period_alts=[P("一季度", None, None)],
       note="the number of industry divisions (the whole the next counts are taken from), a "
            "count of its own as 41个 in sr_nbs_industrial_profits_2021m11; the null period "
            "accepted as well (it holds for the classification)")
g.fact("中23个行业同比保持增长", "23个", value=23, unit="count", kind="count",
       classifier="个", metric="同比保持增长的行业",
       metric_alts=["保持增长的行业", "增加值同比增长的行业", "同比增长的行业",
                    "同比保持增长的工业大类行业", "增加值同比保持增长的行业",
                    "同比保持增长的行业数量", "增长的行业", "工业大类行业"],
       **CN, period=Q1,
       note="a subset of the 41 (…中23个行业): metric = what the subset did (同比保持增长, "
            "of 增加值 — the 20个 clause names it)")
g.neg("增速比去年四季度回升", "去年四季度", BASIS_NOTE.format("the 20 industries' "
      "growth rebounded against it; inside the metric of 20个"))
g.fact("，20个行业增加值", "20个", value=20, unit="count", kind="count", classifier="个",
       metric="增加值增速比去年四季度回升的行业",
       metric_alts=["增加值增速回升的行业", "增速回升的行业", "增加值增速比去年四季度回升的工业大类行业",
                    "增速比去年四季度回升的行业", "增加值增速比去年四季度回升的行业数量",
                    "回升的行业"],
       **CN, period=Q1,
       note="a subset of the 41: the industries whose value-added growth rose against 2022 "
            "Q4 (the basis is part of what defines the set)")
g.fact("一季度增加值同比增长4.3%", "4.3%", value=4.3, unit="%", kind="growth",
       metric="装备制造业增加值",
       metric_alts=["装备制造业", "装备制造业增加值增速", "规模以上装备制造业增加值"],
       **CN, period=Q1, comparison="yoy",
       note="装备制造业 (其中) + 增加值 of the clause; the repeated 一季度 governs")
g.neg("增势尤为明显，一季度", "一季度", PERIOD_NOTE + " (repeated in the line)")
g.fact("贡献率达到42.5%", "42.5%", value=42.5, unit="%", kind="share",
       metric="装备制造业对规模以上工业增长贡献率",
       metric_alts=["装备制造业对规模以上工业增长的贡献率", "对规模以上工业增长贡献率",
                    "装备制造业贡献率", "贡献率", "装备制造业对规上工业增长贡献率",
                    "对规模以上工业增长的贡献率"],
       **CN, period=Q1, note="contribution rate → share; 达到 → eq")
g.fact("制造业投资同比增长15.2%", "15.2%", value=15.2, unit="%", kind="growth",
       metric="高技术制造业投资",
       metric_alts=["高技术制造业投资增速", "高技术制造业"], **CN, period=Q1, comparison="yoy")

# ---- line 10 ---------------------------------------------------------------------------
g.neg("高水平开放扎实推进。一季度", "一季度", PERIOD_NOTE)
TRADE_ALTS = ["进出口总额", "货物进出口", "货物贸易进出口总额", "货物贸易进出口", "外贸进出口",
              "进出口", "货物进出口总额增速"]
g.fact("进出口总额同比增长4.8%", "4.8%", value=4.8, unit="%", kind="growth",
       metric="货物进出口总额", metric_alts=TRADE_ALTS, **CN, period=Q1, comparison="yoy",
       note="我国 → 中国")
g.neg("对“一带一路”沿线", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
BRI = "对“一带一路”沿线国家货物进出口总额"
g.fact("进出口总额同比增长16.8%", "16.8%", value=16.8, unit="%", kind="growth",
       metric=BRI,
       metric_alts=["对一带一路沿线国家货物进出口总额", "对“一带一路”沿线国家货物进出口",
                    "对一带一路沿线国家货物进出口", "对“一带一路”沿线国家进出口",
                    "对一带一路沿线国家进出口", "“一带一路”沿线国家货物进出口总额",
                    "一带一路沿线国家货物进出口总额", "对沿线国家货物进出口总额",
                    "对“一带一路”沿线国家货物进出口总额增速"],
       **CN, period=Q1, comparison="yoy")
g.neg("前两个月，实际利用外资", "前两个月", PERIOD_NOTE + " (replaces 一季度: Jan-Feb 2023)")
g.fact("实际利用外资增长6.1%", "6.1%", value=6.1, unit="%", kind="growth",
       metric="实际利用外资",
       metric_alts=["实际使用外资", "实际利用外资金额", "实际使用外资金额", "实际利用外资增速",
                    "利用外资"],
       **CN, period=M12, comparison="yoy",
       note="前两个月 → 2023-01-01..2023-02-28 (the latest FDI data at the time); growth "
            "without basis → yoy")

# ---- line 11 ---------------------------------------------------------------------------
g.fact("14亿多中国人民", "14亿多", value=14e8, unit="count", kind="count", bound="gt",
       classifier="人", metric="中国人民",
       metric_alts=["人口", "中国人口", "中国人民数量", "人民", "中国人民人数", "人数"],
       **CN, period=None,
       period_alts=[P("站在开局看全局", REF, REF)],
       note="a rhetorical but real quantity: the population of China, 1.4e9 with 多 (after "
            "亿, inside the span) → gt; no measure word is written (classifier 人, "
            "the people counted; the counted noun 中国人民 is the metric); no period in the line and no document period → "
            "null (the reference-date instant as an alt). Judgement call: kept as a fact, "
            "not a slogan negative")
g.neg("心往一处想", "一处", "idiom 心往一处想 'one mind', not a quantity")
g.neg("劲往一处使", "一处", "idiom 劲往一处使 'one effort', not a quantity")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-11 (1,156 "
    "characters, a byte copy made by code): a short 新闻联播 item, so all of it is taken. "
    "Date: 2023-04-18, the broadcast date given by the source meta (file name of the daily "
    "transcript and the 查看原文 URL), stated in the text itself: 国家统计局今天（4月18日）"
    "公布; the Q1 2023 NBS release was indeed on 18 April 2023. 一季度 = 2023-01-01.."
    "2023-03-31; 3月份 = March 2023; 前两个月 = 2023-01-01..2023-02-28; 今年以来 (no number) "
    "= 2023 to date. 2022年四季度 / 去年四季度 / 上年四季度 / 1—2月份 after 比 are "
    "comparison bases (negatives; comparison = the surface basis for the pp changes, qoq for "
    "环比增长2.2%). Place: 中国 (national release; 全国/我国 → 中国). Title: the headline "
    "without the 【新时代新征程新伟业——真抓实干推动高质量发展】 column tag. Periods: a line "
    "is a paragraph; 一季度 opens lines 3-10; 3月份 replaces it for the March figures of "
    "line 5; 前两个月 replaces it for FDI in line 10; line 11 has no period → null. "
    "Judgement calls: 服务业同比增长5.4% → metric 服务业增加值 (服务业 as alt); 景气指数 "
    "提高了1.7个百分点 → change in pp; 41个工业大类行业 → a count of its own (as in "
    "sr_nbs_industrial_profits_2021m11), 23个 / 20个 → counts of the subsets, metrics "
    "naming what they did; 14亿多中国人民 → a count fact (1.4e9 gt, null period). "
    "Negatives: 一季度 ×10 (period expressions, incl. title), 4月18日 (date), the four "
    "comparison bases and 3月份/前两个月 (periods), 一带一路 (name), 一处 ×2 (idiom).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
