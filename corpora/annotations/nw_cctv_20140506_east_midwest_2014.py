"""Gold annotations for nw_cctv_20140506_east_midwest_2014 (dev: corpora/).

央视网消息(新闻联播), 2014-05-06: 东部企稳明显 转型向中西部延伸.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20140506_east_midwest_2014.txt (the article is far shorter than
an excerpt, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20140506_east_midwest_2014.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20140506_east_midwest_2014"
PLACE = "中国"
REF = "2014-05-06"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "东部企稳明显 转型向中西部延伸"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2014-05-06: 一季度/1季度 = 2014-01-01..2014-03-31; 1季度末 =
# 2014-03-31; 3月份 = March 2014; 2014年 = the forecast year)
Q1 = P("一季度", "2014-01-01", "2014-03-31")
Q1B = P("1季度", "2014-01-01", "2014-03-31")
Q1_NULL = P("一季度", None, None)
Q1B_NULL = P("1季度", None, None)
Q1_END = P("1季度末", "2014-03-31", "2014-03-31")
MAR = P("3月份", "2014-03-01", "2014-03-31")
Y2014 = P("2014年", "2014-01-01", "2014-12-31")
PAST = P("过去", None, None)
PAST_ALTS = [P("过去", None, "2013-12-31"), P("过去", None, REF),
             P("过去", "2013-01-01", "2013-12-31")]

CN = dict(subject="中国", subject_alts=["全国"])
EAST = dict(subject="东部地区", subject_alts=["东部"])
SUBJ = {"天津": "天津市", "江苏": "江苏省", "山东": "山东省", "福建": "福建省",
        "广东": "广东省", "浙江": "浙江省", "北京": "北京市", "上海": "上海市",
        "重庆": "重庆市", "贵州": "贵州省", "新疆": "新疆维吾尔自治区", "青海": "青海省",
        "山西": "山西省", "内蒙古": "内蒙古自治区", "甘肃": "甘肃省"}


def prov(short):
    return dict(subject=SUBJ[short], subject_alts=[short])


def group(*short, written=None):
    """Subject of one fact stated of several named provinces (one mention → one fact):
    official names joined by 、; alts: the list as written and each province."""
    alts = [written or "、".join(short)]
    for s in short:
        alts += [SUBJ[s], s]
    return dict(subject="、".join(SUBJ[s] for s in short), subject_alts=alts)


GDP_G_ALTS = ["GDP增速", "增速", "经济增速", "经济增长", "GDP同比增速", "增长", "地区生产总值"]
GROUP_NOTE = ("one bound stated of several named provinces → one fact whose subject lists "
              "them (each province as an alt), as 重庆、西藏、贵州…10%以上 in "
              "nw_cctv_20160508; ")

# ---- line 1: title (no numerals) -------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("这几天，全国各地", "这几天", PERIOD_NOTE + " (几 'a few': vague relative date, as "
      "几天前 in nw_cctv_20170225)")
g.neg("全国各地一季度经济增长", "一季度", PERIOD_NOTE)

# ---- line 3 ----------------------------------------------------------------------------
g.neg("一季度，占国内经济总量", "一季度", PERIOD_NOTE)
g.fact("占国内经济总量近6成", "6成", value=60, unit="%", kind="share", bound="approx",
       metric="占国内经济总量比重",
       metric_alts=["占国内经济总量的比重", "经济总量占全国比重", "占全国经济总量比重",
                    "东部地区占国内经济总量比重", "东部地区经济总量占全国比重",
                    "经济总量占比", "占比", "国内经济总量占比"],
       **EAST, period=Q1, period_alts=[Q1_NULL, P("去年", "2013-01-01", "2013-12-31")],
       note="近 → approx (SPEC §2), outside the span; 6成 = 60%; the eastern region's share "
            "of the national economy; 一季度 stated before it in the sentence (alts null, "
            "2013)")
g.neg("1季度天津GDP", "1季度", PERIOD_NOTE)
g.fact("天津GDP增长10.6%", "10.6%", value=10.6, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS, **prov("天津"), period=Q1B, comparison="yoy",
       note="growth without basis → yoy; the following 增速最快 has no numeral (no rank "
            "fact)")
g.fact("在东部十个省市中", "十个", value=10, unit="count", kind="count", classifier="个",
       metric="东部省市",
       metric_alts=["东部地区省市", "东部省份", "东部地区省份", "省市", "东部省市数量",
                    "东部地区省市数量"],
       subject="中国", subject_alts=["全国", "东部地区", "东部"], period=Q1B,
       period_alts=[Q1B_NULL],
       note="count of provinces → 中国, the region as alt (as 4个中部省份 in "
            "nw_sina_20220427); 1季度 earlier in the line governs (alt null)")
g.fact("实现了8%以上的增长", "8%", value=8, unit="%", kind="growth", bound="ge",
       metric="GDP", metric_alts=GDP_G_ALTS,
       **group("江苏", "山东", "福建"), period=Q1, comparison="yoy",
       note=GROUP_NOTE + "以上 → ge, outside the span; GDP growth (the paragraph is about "
            "东部 growth); the line's 一季度/1季度 governs")
g.neg("双轮驱动", "双轮", "slogan 双轮驱动 'two-wheel drive', not a quantity")
g.fact("保持了7%以上的增速", "7%", value=7, unit="%", kind="growth", bound="ge",
       metric="GDP", metric_alts=GDP_G_ALTS, **group("广东", "浙江"), period=Q1,
       comparison="yoy", note=GROUP_NOTE + "以上 → ge")
g.neg("增长双双保持", "双双", "adverb 双双 'both', not a quantity")
g.fact("双双保持在7%以上", "7%", value=7, unit="%", kind="growth", bound="ge",
       metric="GDP", metric_alts=GDP_G_ALTS, **group("北京", "上海"), period=Q1,
       comparison="yoy", note=GROUP_NOTE + "以上 → ge; 双双 'both' (a negative)")

# ---- line 4 ----------------------------------------------------------------------------
FOUR = group("重庆", "贵州", "新疆", "青海")
g.neg("一季度，伴随着转型推进", "一季度", PERIOD_NOTE)
g.fact("保持两位数以上", "两位数", value=10, unit="%", kind="growth", bound="ge",
       metric="GDP", metric_alts=GDP_G_ALTS, **FOUR, period=Q1, comparison="yoy",
       note=GROUP_NOTE + "两位数以上 = growth of at least 10% (as 两位数增长 in "
            "wr_sichuan_2025) → 10, ge; metric GDP (经济增速)")
g.fact("过去12%，甚至", "12%", value=12, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS + ["过去的增长"], **FOUR, period=PAST, period_alts=PAST_ALTS,
       comparison="yoy",
       note="the four provinces' past growth (和过去12%…的增长相比): a value inside a "
            "comparison, dated by its own 过去, an unspecified past → text only, start/end "
            "null; alts: open-ended up to 2013 or the reference date, and 2013 itself")
g.fact("甚至13%以上的增长", "13%", value=13, unit="%", kind="growth", bound="ge",
       metric="GDP", metric_alts=GDP_G_ALTS + ["过去的增长"], **FOUR, period=PAST,
       period_alts=PAST_ALTS, comparison="yoy",
       note="以上 → ge; same past as 12% (过去…甚至13%以上)")
g.neg("明显放缓。1季度", "1季度", PERIOD_NOTE)
g.fact("利润只有5.72元", "5.72元", value=5.72, unit="CNY", kind="amount",
       metric="每吨煤的利润",
       metric_alts=["每吨煤利润", "吨煤利润", "煤炭利润", "煤的利润", "利润",
                    "山西每吨煤的利润"],
       **prov("山西"), period=Q1B,
       note="profit per tonne of coal (per-unit rate: base unit CNY, the rate in the "
            "metric); 只有 is emphasis → eq; 1季度 stated just before")
g.neg("山西一季度经济增长", "一季度", PERIOD_NOTE)
g.fact("经济增长仅为5.5%", "5.5%", value=5.5, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS + ["经济"], **prov("山西"), period=Q1, comparison="yoy",
       note="仅为 is emphasis → eq; 经济增长 → GDP")
g.fact("回落近一半", "一半", value=-50, unit="%", kind="growth", bound="approx",
       metric="GDP增速",
       metric_alts=["增幅", "GDP增幅", "经济增速", "经济增长增幅", "经济增长", "GDP"],
       **prov("山西"), period=Q1, comparison="yoy",
       note="增幅同比回落近一半: the growth rate itself fell by nearly half against the "
            "same quarter of 2013 → a relative change of the rate: growth −50 (回落 → "
            "negative; 一半 = 50%, as 压减一半以上 → −50 in wr_guangdong_2025), 近 → approx "
            "(outside the span), metric GDP增速, 同比 → yoy")
g.fact("回落幅度超过2个百分点", "2个百分点", value=-2, unit="pp", kind="change", bound="gt",
       metric="GDP增速",
       metric_alts=["回落幅度", "增幅", "经济增速", "GDP增速回落幅度", "经济增速回落幅度",
                    "增速", "GDP"],
       **group("内蒙古", "甘肃", written="内蒙古、甘肃等"), period=Q1, comparison="yoy",
       note="回落幅度超过2个百分点: a fall of the growth rate by more than 2 pp → change −2 "
            "(回落 → negative), 超过 → gt on the magnitude as written (as 压减一半以上 → −50 "
            "ge); basis the same quarter of last year (增幅同比回落 of the previous clause) → "
            "yoy; 内蒙古、甘肃等: one fact whose subject lists the two named provinces")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("服务业等第三产业", "第三产业", "sector name 第三产业 (tertiary industry), an ordinal "
      "label, not a rank")
g.neg("显示，1季度末", "1季度末", PERIOD_NOTE)
g.fact("调查失业率为5.17%", "5.17%", value=5.17, unit="%", kind="share",
       metric="调查失业率",
       metric_alts=["城镇调查失业率", "失业率", "全国调查失业率", "31个大城市城镇调查失业率"],
       subject="中国", subject_alts=["全国", "中国经济"], period=Q1_END,
       period_alts=[P("1季度末", "2014-03-01", "2014-03-31"), Q1B],
       note="a rate of a population → share (SPEC §2); 1季度末 → the rate at the end of "
            "March 2014, an instant (alts: March 2014, the quarter); the national figure "
            "(中国经济整体的就业 context) → 中国; 环比略有下降 has no numeral")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("最新一期报告", "一期", "issue label 一期 ('the latest issue' of a report), not a "
      "quantity")
g.neg("预测，2014年，中国经济", "2014年", PERIOD_NOTE)
FORECAST_NOTE = ("forecast of China's 2014 growth (预测, 将保持) → modality forecast, period "
                 "2014年, growth of a year over the last → yoy; 国际货币基金组织和世界银行… "
                 "7.5%和7.6%: respectively the IMF (April 2014 WEO) and the World Bank (April "
                 "2014 East Asia update); each value has its own %")
F_ALTS = ["经济增速", "经济增长", "GDP增速", "增速", "中国经济", "国内生产总值", "经济",
          "GDP预测增速", "经济增速预测"]
g.fact("保持在7.5%和7.6%", "7.5%", value=7.5, unit="%", kind="growth", metric="GDP",
       metric_alts=F_ALTS, subject="中国",
       subject_alts=["中国经济", "全国", "国际货币基金组织"], period=Y2014,
       modality="forecast", comparison="yoy", note=FORECAST_NOTE + " (7.5% ↔ IMF)")
g.fact("7.5%和7.6%", "7.6%", value=7.6, unit="%", kind="growth", metric="GDP",
       metric_alts=F_ALTS, subject="中国",
       subject_alts=["中国经济", "全国", "世界银行"], period=Y2014,
       modality="forecast", comparison="yoy", note="7.6% ↔ the World Bank; " + FORECAST_NOTE)
g.neg("而1季度全国工业企业", "1季度", PERIOD_NOTE)
g.neg("显示，3月份，企业利润", "3月份", PERIOD_NOTE)
g.neg("比前两月提高了", "前两月", PERIOD_NOTE + " (前两月 = January-February 2014, here the "
      "comparison basis of 提高了1.3个百分点)")
PROFIT_CN = dict(subject="中国", subject_alts=["全国", "全国工业企业", "工业企业", "企业"])
g.fact("提高了1.3个百分点", "1.3个百分点", value=1.3, unit="pp", kind="change",
       metric="工业企业利润增速",
       metric_alts=["企业利润增速", "利润增速", "全国工业企业利润增速",
                    "规模以上工业企业利润增速", "工业企业利润", "企业利润"],
       **PROFIT_CN, period=MAR, comparison="比前两月",
       note="pp difference of growth rates (March vs January-February) → metric X增速; "
            "basis 比前两月 (surface form, as 比1-3月份 in sr_nbs_2017m04); the 企业 are the "
            "全国工业企业 of the preceding clause → 中国; period 3月份 = March 2014")
g.fact("重回10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
       metric="工业企业利润",
       metric_alts=["企业利润", "企业利润增速", "工业企业利润增速", "利润增速",
                    "全国工业企业利润", "规模以上工业企业利润"],
       **PROFIT_CN, period=MAR, comparison="yoy",
       note="重回10%以上: March profit growth back above 10% → ge (以上 outside the span); "
            "growth without basis → yoy; 3月份 governs")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): the "
    "article is far shorter than an excerpt, so all of it is taken. Title: line 1 (= the "
    "shared meta title). Date: 2014-05-06, the 新闻联播 broadcast date (shared meta, pubtime "
    "2014-05-06 19:12); nothing contradicts it: 这几天…一季度经济增长情况陆续公布 fits early "
    "May 2014, and the IMF (7.5%) and World Bank (7.6%) forecasts of China's 2014 growth "
    "are those of April 2014. Place: the shared meta gives 东部与中西部地区; a gold place is "
    "one region, and the item is a national round-up of provinces and regions that also "
    "cites national figures, so the place is 中国 (as in nw_cctv_20160508); it resolves "
    "nothing here: every figure carries the region the text names (东部地区; provinces by "
    "official name, short form as alt), national figures (调查失业率, 全国工业企业 profits, "
    "the forecasts of 中国经济) → 中国, and the count 东部十个省市 → 中国 (region as alt). A "
    "bound stated of several named provinces (江苏、山东、福建 8%以上; 广东、浙江 and "
    "北京、上海 7%以上; 重庆、贵州、新疆、青海 两位数以上, 过去12%/13%以上; 内蒙古、甘肃等 "
    "超过2个百分点) is one fact whose subject lists them. Periods: 一季度/1季度 = "
    "2014-01-01..2014-03-31 (each line restates it before its numbers); 1季度末 = instant "
    "2014-03-31; 3月份 = March 2014; 2014年 = the forecast year (modality forecast); 过去 "
    "(the four provinces' earlier 12%/13%以上 growth) is an unspecified past → text only, "
    "with open-ended and 2013 alts; 前两月 is the basis of the March profit-growth change "
    "(comparison 比前两月). Judgement calls: 近6成 → share 60 approx; 两位数以上 → 10 ge; "
    "增幅同比回落近一半 → growth −50 approx of GDP增速 (a relative fall of the rate); "
    "回落幅度超过2个百分点 → change −2 pp gt; 5.72元 per tonne → amount CNY, metric 每吨煤的"
    "利润; 增速最快 (天津) has no numeral, so no rank fact. Negatives: every period "
    "expression with a numeral (这几天, 一季度, 1季度, 1季度末, 2014年, 3月份, 前两月), "
    "双轮(驱动), 双双, 第三产业, (最新)一期.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
