"""Gold annotations for nw_cctv_20180118_china_2017 (corpora/).

央视网消息（新闻联播）, 2018-01-18: 2017年我国经济运行稳中向好 好于预期.
The excerpt is the whole source, lines 1-11 of
shared/texts/news/nw_cctv_20180118_china_2017.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20180118_china_2017.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20180118_china_2017"
PLACE = "中国"
REF = "2018-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 11                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "2017年我国经济运行稳中向好 好于预期"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="增速比规模以上工业快4.4个百分点。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2018-01-18, the broadcast day: 国家统计局今天公布国民经济运行数据, the
# NBS release of the 2017 annual data on 18 January 2018).  2017年 / 全年 = 2017-01-01..
# 2017-12-31; 比上年 (2016) is a comparison basis (yoy).  The item reports the 2017 annual
# data (title, line 2), so 2017 is its document period: line 9 (only 全年, no numeral) and
# line 11 (no period at all) take it, null as alt (as nw_cctv_20200117_china_2019).
Y = P("2017年", "2017-01-01", "2017-12-31")
YQ = P("全年", "2017-01-01", "2017-12-31")
YQ_ALTS = [P("全年", None, None)]
DOC = dict(period=P("2017年", "2017-01-01", "2017-12-31"),
           period_alts=[P("2017年", None, None)])
DOC_NOTE = ("line 11 states no period → the item's document period 2017 (title, line 2: the "
            "2017 annual data); null as alt")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"

# ---- line 1: title ---------------------------------------------------------------------
g.neg("2017年我国经济运行", "2017年", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("数据显示，2017年", "2017年", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("“火车头”。2017年", "2017年", PERIOD_NOTE)
g.fact("达到827122亿元", "827122亿元", value=827122e8, unit="CNY", kind="amount", metric=GDP,
       metric_alts=["GDP", "国内生产总值总量", "GDP总量", "经济总量"], **CN, period=Y,
       note="national aggregate → 中国; 达到 → eq; 2017年 of the line")
g.fact("同比增长6.9%", "6.9%", value=6.9, unit="%", kind="growth", metric=GDP,
       metric_alts=["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
                    "增速", "速度"],
       **CN, period=Y, comparison="yoy",
       note="同比 → yoy; the comparisons with other economies that follow have no numeral")
g.neg("这一速度", "一", "demonstrative 这一 'this' (这一速度 = the 6.9% just given), not a "
      "quantity")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("“压舱石”。2017年", "2017年", PERIOD_NOTE)
CONTRIB_ALTS = ["对世界的贡献率", "中国经济对世界经济增长的贡献率", "中国对世界经济增长的贡献率",
                "对世界经济增长的贡献率", "对世界经济增长贡献率", "中国对世界经济增长贡献率",
                "世界经济增长贡献率", "贡献率"]
g.fact("贡献率超过30%", "30%", value=30, unit="%", kind="share", bound="gt",
       metric="中国经济对世界的贡献率", metric_alts=CONTRIB_ALTS, **CN, period=Y,
       note="the contribution to world growth → share (as 贡献率 in nw_cctv_20170228); 超过 → "
            "gt (outside the span)")
g.neg("《2018年世界经济形势与展望》", "2018年", "year in the title of a publication (the "
      "UN's World Economic Situation and Prospects 2018), not a fact and not a period "
      "(as 2016统计公报 in nw_cctv_20170228)")
g.neg("认为，2017年全球", "2017年", PERIOD_NOTE + " (2017 again, restated before 1/3)")
g.fact("全球经济增长的1/3", "1/3", value=100 / 3, unit="%", kind="share",
       metric="全球经济增长依仗中国的比重",
       metric_alts=["全球经济增长中依仗中国的比重", "全球经济增长依仗中国", "中国对全球经济增长的贡献率",
                    "中国对全球经济增长的贡献", "对全球经济增长的贡献率", "中国对世界经济增长的贡献率",
                    "全球经济增长", "贡献率"] + CONTRIB_ALTS[:1],
       subject="中国", subject_alts=["中国经济", "我国", "全球", "全球经济"], period=Y,
       note="a fraction 1/3 → share 33.33% (as 1/3 in wr_jiangsu_2025): the part of 2017 world "
            "growth owed to China, as the UN report assesses it (a past year → actual); "
            "subject 中国 (the economy the share is of; 全球 as alt); 2017年 just before it. "
            "Known false alarm: the shared check_gold.py reads 1/3 as 1")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("越端越牢。2017年", "2017年", PERIOD_NOTE)
g.fact("新增就业超过1300万人", "1300万人", value=1300e4, unit="count", kind="count",
       bound="gt", classifier="人", metric="城镇新增就业",
       metric_alts=["城镇新增就业人数", "新增就业", "全国城镇新增就业", "全年城镇新增就业"], **CN,
       period=Y, note="a flow over 2017, classifier 人; 超过 → gt (outside the span); 全国 → 中国")
g.fact("保持在4.98%左右", "4.98%", value=4.98, unit="%", kind="share", bound="approx",
       metric="城镇调查失业率",
       metric_alts=["全国城镇调查失业率", "调查失业率", "失业率"], **CN, period=Y,
       note="a rate of a population → share (SPEC §2); 左右 → approx (outside the span); the "
            "level held over 2017 (保持在) → 2017年 of the line; 近期 has no numeral")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("越来越强。2017年", "2017年", PERIOD_NOTE)
g.fact("价格同比上涨1.6%", "1.6%", value=1.6, unit="%", kind="growth", metric="居民消费价格",
       metric_alts=["CPI", "居民消费价格指数", "居民消费价格涨幅", "消费价格", "物价"], **CN,
       period=Y, comparison="yoy", note="上涨 → positive growth of the price level; 同比 → yoy")
INC = "人均可支配收入"
INC_ALTS = ["居民人均可支配收入", "全国居民人均可支配收入", "居民收入", "人均可支配收入实际增速"]
g.fact("同比实际增长7.3%", "7.3%", value=7.3, unit="%", kind="growth", metric=INC,
       metric_alts=INC_ALTS, **CN, period=Y, comparison="yoy",
       note="实际 (real) growth; 同比 → yoy; 2017年 of the line still governs (same paragraph)")
g.fact("比上年加快了1个百分点", "1个百分点", value=1, unit="pp", kind="change",
       metric="人均可支配收入增速",
       metric_alts=["居民人均可支配收入增速", "全国居民人均可支配收入增速", INC, "居民收入增速",
                    "人均可支配收入实际增速", "增速"],
       **CN, period=Y, comparison="yoy",
       note="pp difference of growth rates (2017 vs 2016; README §3: <metric>增速); 加快 → "
            "positive; 比上年 → yoy")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("从发展方式看，2017年", "2017年", PERIOD_NOTE)
g.fact("分别增长17.0%和8.6%", "17.0%", value=17.0, unit="%", kind="growth",
       metric="高技术制造业投资",
       metric_alts=["高技术制造业投资增速", "高技术制造业"], **CN, period=Y, comparison="yoy",
       note="分别: 高技术制造业 ↔ 17.0%, 装备制造业 ↔ 8.6% (the shared head 投资 restored); "
            "比上年 → yoy")
g.fact("17.0%和8.6%", "8.6%", value=8.6, unit="%", kind="growth", metric="装备制造业投资",
       metric_alts=["装备制造业投资增速", "装备制造业"], **CN, period=Y, comparison="yoy")
g.fact("分别加快2.8和", "2.8", value=2.8, unit="pp", kind="change",
       metric="高技术制造业投资增速",
       metric_alts=["高技术制造业投资", "高技术制造业投资增长", "高技术制造业增速"], **CN, period=Y,
       comparison="yoy",
       note="分别: 2.8 ↔ 高技术制造业投资, 4.2 ↔ 装备制造业投资; the unit 个百分点 is written once "
            "after the last value (SPEC §5: the first gets the bare number); pp difference of "
            "growth rates against 2016 (比上年 of the sentence) → yoy; 加快 → positive")
g.fact("2.8和4.2个百分点", "4.2个百分点", value=4.2, unit="pp", kind="change",
       metric="装备制造业投资增速",
       metric_alts=["装备制造业投资", "装备制造业投资增长", "装备制造业增速"], **CN, period=Y,
       comparison="yoy")
g.fact("比上年下降1.8%", "1.8%", value=-1.8, unit="%", kind="growth",
       metric="高耗能制造业投资",
       metric_alts=["高耗能制造业投资增速", "高耗能制造业"], **CN, period=Y, comparison="yoy",
       note="下降 → negative; 比上年 → yoy")
g.neg("1.8%。2017年，全年", "2017年", PERIOD_NOTE + " (with 全年: 2017)")
CAP = "工业产能利用率"
g.fact("产能利用率达到77.0%", "77.0%", value=77.0, unit="%", kind="share", metric=CAP,
       metric_alts=["产能利用率", "全国工业产能利用率", "全年工业产能利用率"], **CN, period=Y,
       note="a utilisation rate → share; 达到 → eq")
g.neg("创5年来新高", "5年来", "since-expression of the superlative 创5年来新高 ('highest in "
      "five years'): no stated rank number and not a 5-year duration fact (as 近10年来最大降幅 "
      "in wr_guangdong_2025)")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("全年第三产业", "第三产业", "sector name 第三产业 (an ordinal sector label), not a quantity")
TER = "第三产业增加值对国内生产总值增长的贡献率"
TER_ALTS = ["第三产业对国内生产总值增长的贡献率", "第三产业增加值对国内生产总值增长贡献率",
            "第三产业对经济增长的贡献率", "第三产业对经济增长贡献率", "第三产业贡献率",
            "服务业对经济增长贡献率", "第三产业增加值对GDP增长的贡献率", "贡献率"]
g.fact("贡献率为58.8%", "58.8%", value=58.8, unit="%", kind="share", metric=TER,
       metric_alts=TER_ALTS, **CN, period=YQ, period_alts=YQ_ALTS,
       note="contribution rate → share; 全年 (no numeral) → 2017, the year of the release (the "
            "item's document year; null as alt), as 全年 in nw_cctv_20200117")
g.fact("比上年提高1.3个百分点", "1.3个百分点", value=1.3, unit="pp", kind="change",
       metric=TER, metric_alts=TER_ALTS, **CN, period=YQ, period_alts=YQ_ALTS,
       comparison="yoy",
       note="pp change of a share (README §3: the share's metric); 提高 → positive; 比上年 → "
            "yoy")

# ---- line 10 ---------------------------------------------------------------------------
g.neg("从动力转换看，2017年", "2017年", PERIOD_NOTE)
NEWF_ALTS = ["新登记企业数", "新登记企业数量", "新登记企业增量", "全国新登记企业", "企业"]
g.fact("新登记企业607.4万户", "607.4万户", value=607.4e4, unit="count", kind="count",
       classifier="户", metric="新登记企业", metric_alts=NEWF_ALTS, **CN, period=Y,
       note="户 is a classifier (SPEC §3); firms newly registered in 2017 (counted noun as "
            "metric, 增量 reading as alt, README §3, as nw_cctv_20170228); 全国 → 中国")
g.fact("比上年增长9.9%", "9.9%", value=9.9, unit="%", kind="growth", metric="新登记企业",
       metric_alts=NEWF_ALTS + ["新登记企业增速"], **CN, period=Y, comparison="yoy",
       note="比上年 → yoy")
g.fact("日均新登记企业1.66万户", "1.66万户", value=1.66e4, unit="count", kind="count",
       classifier="户", metric="日均新登记企业",
       metric_alts=["平均每天新登记企业", "每天新登记企业", "新登记企业", "日均新登记企业数"], **CN,
       period=Y,
       note="a daily average (per-day rate: base unit count, the rate in the metric, SPEC §3, "
            "as 平均每天新登记企业1.5万户 in nw_cctv_20170228); 2017年 governs")

# ---- line 11 ---------------------------------------------------------------------------
g.neg("涌现出一批重大", "一批", "vague quantifier 一批 (README §2), not a count")
SEI = "工业战略性新兴产业增加值"
g.fact("增加值比上年增长11.0%", "11.0%", value=11.0, unit="%", kind="growth", metric=SEI,
       metric_alts=["战略性新兴产业增加值", "工业战略性新兴产业", "战略性新兴产业",
                    "工业战略性新兴产业增加值增速"],
       **CN, **DOC, comparison="yoy", note="比上年 → yoy; " + DOC_NOTE)
g.fact("快4.4个百分点", "4.4个百分点", value=4.4, unit="pp", kind="change",
       metric="工业战略性新兴产业增加值增速",
       metric_alts=["战略性新兴产业增加值增速", "工业战略性新兴产业增速", SEI, "战略性新兴产业增速",
                    "增速"],
       **CN, **DOC, comparison="比规模以上工业",
       note="pp difference of growth rates (README §3: <metric>增速); 快 → positive; "
            "comparison = the surface basis; " + DOC_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-11 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2018-01-18, the "
    "broadcast date given by the source meta (file name assets/2018/20180118.json, pubtime "
    "2018-01-18 19:16:29); the text agrees: 国家统计局今天公布国民经济运行数据 — the NBS "
    "released the 2017 annual data on 18 January 2018. 2017年 / 全年 = 2017-01-01.."
    "2017-12-31; 比上年 (2016) is a comparison basis (yoy). Place: 中国 (national release; "
    "我国/全国 → 中国). Title: line 1 as written. Periods: a line is a paragraph; the item "
    "reports the 2017 annual data, so 2017 is its document period: line 9 (全年, no numeral) "
    "and line 11 (no period) take it, null as alt (as nw_cctv_20200117_china_2019). Judgement "
    "calls: 中国经济对世界的贡献率超过30% → share gt; 全球经济增长的1/3依仗中国 → share 33.33 "
    "of China (the UN's assessment of 2017, actual); 城镇调查失业率保持在4.98%左右 → share "
    "approx for 2017; 1/3 → 100/3 (known false alarm: the shared check_gold.py reads the "
    "span 1/3 as 1 and reports a value mismatch; czfacts check-gold is clean); 分别加快2.8和4.2个百分点 → two pp changes, yoy (the shared unit on the "
    "last value); 创5年来新高 → no rank fact (5年来 a negative); 日均新登记企业1.66万户 → "
    "count with the per-day rate in the metric; 工业战略性新兴产业增加值 keeps 工业 as written. "
    "Negatives: 2017年 ×10 (periods, incl. title), 2018年 (year in the UN report's title), "
    "5年来 (since-expression of a superlative), 一 (demonstrative 这一), 第三产业 (sector name), 一批 (vague "
    "quantifier).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
