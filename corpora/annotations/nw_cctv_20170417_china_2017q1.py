"""Gold annotations for nw_cctv_20170417_china_2017q1 (corpora/).

央视网消息(新闻联播), 2017-04-17: 一季度经济开局良好 主要指标好于预期.
The excerpt is the whole source, lines 1-14 of
shared/texts/news/nw_cctv_20170417_china_2017q1.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20170417_china_2017q1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20170417_china_2017q1"
PLACE = "中国"
REF = "2017-04-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 14                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "一季度经济开局良好 主要指标好于预期"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="中国经济未来发展潜力巨大。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis of the value after it ({}), not "
              "a fact and not its period (SPEC §4: a basis is `comparison`)")
SECTOR_NOTE = "sector name {} (an ordinal sector label), not a quantity"

# Periods (reference date 2017-04-17, the broadcast day: 国家统计局今天公布的经济数据, the NBS
# Q1 2017 release, which came out on 17 April 2017).  一季度 = 2017-01-01..2017-03-31; 3月末 /
# 2月末 = the instants 2017-03-31 / 2017-02-28 (stocks and stock ratios, SPEC §4); 1到2月份 =
# 2017-01-01..2017-02-28.  去年同期 / 上年同期 (Q1 2016, yoy), 上年四季度 and 上年末 after 比
# are comparison bases.  The item reports the Q1 release (title 一季度, line 2), so 一季度 is
# its document period: line 5's first clause (居民收入实际增长7.0%), before any period of its
# line, takes it (null as alt, as nw_cctv_20150415_china_2015q1 and nw_cctv_20240318).
Q1 = P("一季度", "2017-01-01", "2017-03-31")
DOC = dict(period=P("一季度", "2017-01-01", "2017-03-31"),
           period_alts=[P("一季度", None, None)])
DOC_NOTE = ("no period before it in its line → the item's document period 一季度 (title, "
            "line 2: the Q1 2017 release); null as alt")
MAR_END = P("3月末", "2017-03-31", "2017-03-31")
FEB_END = P("2月末", "2017-02-28", "2017-02-28")
JF = P("1到2月份", "2017-01-01", "2017-02-28")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值总量", "GDP总量", "经济总量"]
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("一季度经济开局良好", "一季度", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("也显示：一季度我国经济", "一季度", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("\n一季度我国国内生产总值", "一季度", PERIOD_NOTE)
g.fact("国内生产总值180683亿元", "180683亿元", value=180683e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **CN, period=Q1,
       note="national aggregate → 中国 (我国); 一季度 = Q1 2017")
g.fact("同比增长6.9%", "6.9%", value=6.9, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy", note="同比 → yoy")
g.fact("比去年同期增长了0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change",
       metric="国内生产总值增速",
       metric_alts=["GDP增速", "经济增速", GDP, "GDP", "增速", "国内生产总值增长"],
       **CN, period=Q1, comparison="yoy",
       note="pp difference of growth rates (Q1 2017 6.9% vs Q1 2016 6.7%; README §3: "
            "<metric>增速); 增长了 → positive; against 去年同期 → yoy (README §6)")
g.neg("支撑一季度经济增速", "一季度", PERIOD_NOTE + " (no number follows)")
g.neg("三大主要力量", "三大", "set label 三大主要力量 (the three forces named just before: "
      "工业、消费、进出口), not a count fact")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("\n一季度，全国规模以上", "一季度", PERIOD_NOTE)
IVA = "规模以上工业增加值"
g.fact("工业增加值同比增长6.8%", "6.8%", value=6.8, unit="%", kind="growth", metric=IVA,
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"],
       **CN, period=Q1, comparison="yoy",
       note="全国 → 中国; 规模以上 is part of the metric (SPEC §2)")
g.fact("加快1.0个百分点", "1.0个百分点", value=1.0, unit="pp", kind="change",
       metric="规模以上工业增加值增速",
       metric_alts=["规上工业增加值增速", "工业增加值增速", IVA, "规模以上工业增加值增长", "增速"],
       **CN, period=Q1, comparison="yoy",
       note="增速比上年同期加快 → pp difference of growth rates against Q1 2016 → yoy "
            "(README §6); 加快 → positive")

# ---- line 5 ----------------------------------------------------------------------------
INC = "居民人均可支配收入"
g.fact("居民收入实际增长7.0%", "7.0%", value=7.0, unit="%", kind="growth", metric=INC,
       metric_alts=["居民收入", "全国居民人均可支配收入", "人均可支配收入", "居民收入增速",
                    "居民人均可支配收入实际增速", "全国居民人均可支配收入实际增速"],
       **CN, **DOC, comparison="yoy",
       note="居民收入 as written names the per-capita disposable income of the release (the "
            "written form as alt, as 服务业 → 服务业增加值 in nw_cctv_20230418); 实际 (real) "
            "growth, yoy; " + DOC_NOTE)
g.neg("前提和保证，一季度", "一季度", PERIOD_NOTE)
CONS = "消费对经济增长的贡献率"
CONS_ALTS = ["消费对经济增长的贡献", "消费对经济增长贡献率", "最终消费支出对经济增长的贡献率",
             "最终消费支出对经济增长贡献率", "消费贡献率", "最终消费支出贡献率", "贡献率"]
g.fact("贡献达到77.2%", "77.2%", value=77.2, unit="%", kind="share", metric=CONS,
       metric_alts=CONS_ALTS, **CN, period=Q1,
       note="消费对经济增长的贡献 in % is the contribution rate (贡献率) → share (as 贡献率 in "
            "the other golds); 达到 → eq")
g.fact("加快了2.2个百分点", "2.2个百分点", value=2.2, unit="pp", kind="change", metric=CONS,
       metric_alts=CONS_ALTS, **CN, period=Q1, comparison="yoy",
       note="pp change of a share (README §3: the share's metric); 加快 → positive; against "
            "上年同期 → yoy (README §6)")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("\n一季度出口贡献", "一季度", PERIOD_NOTE + " (由负转正 has no numeral)")
NX = "货物和服务贸易净出口对经济增长的贡献率"
g.fact("贡献达到4.2%", "4.2%", value=4.2, unit="%", kind="share", metric=NX,
       metric_alts=["货物和服务贸易净出口对经济增长的贡献", "货物和服务贸易净出口对经济增长贡献率",
                    "货物和服务净出口对经济增长贡献率", "净出口对经济增长贡献率",
                    "净出口对经济增长的贡献率", "净出口贡献率", "出口贡献", "贡献率"],
       **CN, period=Q1,
       note="contribution rate of net exports → share; 一季度 at the head of the line governs")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("“三去一降一补”", "三去一降一补",
      "policy slogan “三去一降一补” (去产能、去库存、去杠杆、降成本、补短板), not a quantity (as "
      "nw_cctv_20210118)")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("去产能：一季度", "一季度", PERIOD_NOTE)
CAP = "规模以上工业产能利用率"
CAP_ALTS = ["工业产能利用率", "产能利用率", "规上工业产能利用率", "全国工业产能利用率"]
g.fact("产能利用率为75.8%", "75.8%", value=75.8, unit="%", kind="share", metric=CAP,
       metric_alts=CAP_ALTS, **CN, period=Q1,
       note="a utilisation rate → share; 一季度 (Q1 2017) governs")
g.neg("比上年四季度提高", "上年四季度", BASIS_NOTE.format("2.0个百分点"))
g.fact("提高2.0个百分点", "2.0个百分点", value=2.0, unit="pp", kind="change", metric=CAP,
       metric_alts=CAP_ALTS, **CN, period=Q1, comparison="比上年四季度",
       note="pp change of a rate (the rate's metric, README §3); 提高 → positive; comparison "
            "= the surface basis 比上年四季度 (Q4 2016)")
g.fact("原煤产量同比下降0.3%", "0.3%", value=-0.3, unit="%", kind="growth", metric="原煤产量",
       metric_alts=["原煤", "原煤产量增速", "规模以上工业原煤产量"], **CN, period=Q1,
       comparison="yoy", note="下降 → negative; 同比 → yoy; 一季度 of the line still governs")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("去库存：3月末", "3月末", PERIOD_NOTE + " (an instant: the end of March 2017)")
UNSOLD = "商品房待售面积"
g.fact("待售面积同比下降6.4%", "6.4%", value=-6.4, unit="%", kind="growth", metric=UNSOLD,
       metric_alts=["商品房待售面积增速", "待售面积", "全国商品房待售面积"], **CN,
       period=MAR_END, comparison="yoy",
       note="growth of a stock (the unsold floor space held at the end of March) → instant "
            "2017-03-31 (SPEC §4 stock rule, as the 11月末 stocks of "
            "sr_nbs_industrial_profits_2021m11); 下降 → negative; 同比 → yoy")
g.fact("扩大3.2个百分点", "3.2个百分点", value=3.2, unit="pp", kind="change",
       metric="商品房待售面积降幅",
       metric_alts=["待售面积降幅", "商品房待售面积增速", "商品房待售面积", "降幅",
                    "商品房待售面积同比降幅"],
       **CN, period=MAR_END, comparison="比上年末",
       note="judgement call on the sign: read against the metric as written (降幅), 扩大 "
            "'widened' → +3.2 (the fall grew from 3.2% at end-2016 to 6.4%), as 降幅…收窄 → "
            "−2.9 in nw_xinhua_20211110; on the signed yoy rate it would be −3.2. Basis "
            "上年末 (end of 2016, no numeral) → comparison 比上年末; 3月末 of the line")

# ---- line 10 ---------------------------------------------------------------------------
g.neg("去杠杆：2月末", "2月末", PERIOD_NOTE + " (an instant: the end of February 2017)")
LEV = "规模以上工业企业资产负债率"
LEV_ALTS = ["资产负债率", "工业企业资产负债率", "规上工业企业资产负债率"]
g.fact("资产负债率为56.2%", "56.2%", value=56.2, unit="%", kind="share", metric=LEV,
       metric_alts=LEV_ALTS, **CN, period=FEB_END,
       note="a ratio of stocks (liabilities / assets at the end of February) → share, "
            "instant 2017-02-28 (as 11月末 资产负债率 in sr_nbs_industrial_profits_2021m11)")
g.fact("同比下降0.6个百分点", "0.6个百分点", value=-0.6, unit="pp", kind="change",
       metric=LEV, metric_alts=LEV_ALTS, **CN, period=FEB_END, comparison="yoy",
       note="pp change of the ratio against end-February 2016; 下降 → negative; 同比 → yoy")

# ---- line 11 ---------------------------------------------------------------------------
g.neg("降成本：1到2月份", "1到2月份", PERIOD_NOTE + " (2017-01-01..2017-02-28)")
g.neg("每百元主营业务收入", "百元", "per-100-yuan base inside the indicator name "
      "每百元主营业务收入中的成本, not an amount (as sr_nbs_industrial_profits_2021m11)")
COST = "每百元主营业务收入中的成本"
COST_ALTS = ["规模以上工业企业每百元主营业务收入中的成本", "每百元主营业务收入成本",
             "每百元主营业务收入中成本"]
g.fact("成本为84.91元", "84.91元", value=84.91, unit="CNY", kind="amount", metric=COST,
       metric_alts=COST_ALTS, **CN, period=JF,
       note="the cost per 100 yuan of revenue, a flow ratio over January-February 2017 "
            "(1到2月份) → amount CNY (as sr_nbs_industrial_profits_2021m11)")
g.fact("同比减少0.28元", "0.28元", value=-0.28, unit="CNY", kind="amount",
       metric=COST + "增量",
       metric_alts=[COST + "减少", COST + "同比减少", "规模以上工业企业" + COST + "增量",
                    "每百元主营业务收入成本增量"],
       **CN, period=JF,
       note="absolute change of a level (同比减少): SPEC §2 → the level's metric + 增量, "
            "signed (减少 → negative); comparison null (as on every amount)")
g.neg("短板领域投资加快，一季度", "一季度", PERIOD_NOTE + " (no number follows: 都快于 has "
      "no numeral)")

# ---- line 12 ---------------------------------------------------------------------------
g.neg("深刻的变化。一季度", "一季度", PERIOD_NOTE)
g.neg("从产业结构看，第三产业", "第三产业", SECTOR_NOTE.format("第三产业"))
g.neg("在一季度继续领跑", "一季度", PERIOD_NOTE + " (repeated in the line)")
TER = "第三产业占GDP比重"
TER_ALTS = ["第三产业占GDP的比重", "第三产业增加值占GDP比重", "第三产业比重", "第三产业占比",
            "服务业占GDP比重", "第三产业增加值占国内生产总值比重", "占GDP比重"]
g.fact("占GDP比重达56.5%", "56.5%", value=56.5, unit="%", kind="share", metric=TER,
       metric_alts=TER_ALTS, **CN, period=Q1,
       note="the clause's subject is 第三产业 (its share of GDP); 达 → eq; 一季度 governs")
g.neg("高于第二产业", "第二产业", SECTOR_NOTE.format("第二产业") + "; the comparison basis of "
      "17.8个百分点")
g.fact("高于第二产业17.8个百分点", "17.8个百分点", value=17.8, unit="pp", kind="change",
       metric=TER, metric_alts=TER_ALTS + ["第三产业与第二产业占GDP比重之差"], **CN,
       period=Q1, comparison="比第二产业",
       note="pp difference between two shares of GDP (tertiary 56.5% vs secondary): the "
            "share's metric (README §3); 高于 → positive; comparison = the surface basis")
g.neg("新动能快速成长，一季度", "一季度", PERIOD_NOTE)
SEI = "战略性新兴产业增加值"
g.fact("增加值同比增长10.3%", "10.3%", value=10.3, unit="%", kind="growth", metric=SEI,
       metric_alts=["战略性新兴产业", "战略性新兴产业增加值增速", "工业战略性新兴产业增加值",
                    "规模以上工业战略性新兴产业增加值"],
       **CN, period=Q1, comparison="yoy", note="同比 → yoy")
g.fact("比规模以上工业高3.5个百分点", "3.5个百分点", value=3.5, unit="pp", kind="change",
       metric="战略性新兴产业增加值增速",
       metric_alts=["战略性新兴产业增速", SEI, "战略性新兴产业", "增速",
                    "工业战略性新兴产业增加值增速"],
       **CN, period=Q1, comparison="比规模以上工业",
       note="pp difference of growth rates (10.3% vs 6.8%; README §3: <metric>增速); 高 → "
            "positive; comparison = the surface basis")

# ---- line 13 ---------------------------------------------------------------------------
g.neg("从需求结构看，一季度", "一季度", PERIOD_NOTE + " (no number follows)")

# ---- line 14: no numerals --------------------------------------------------------------

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-14 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2017-04-17, the "
    "broadcast date given by the source meta (file name assets/2017/20170417.json, pubtime "
    "2017-04-17 19:11:31); the text agrees: 国家统计局今天公布的经济数据 — the NBS released "
    "the Q1 2017 data on 17 April 2017. 一季度 = 2017-01-01..2017-03-31; 3月末 / 2月末 = "
    "the instants 2017-03-31 / 2017-02-28; 1到2月份 = 2017-01-01..2017-02-28; 去年同期 / "
    "上年同期 (Q1 2016, yoy), 上年四季度 and 上年末 after 比 are comparison bases. Place: 中国 "
    "(national release; 我国/全国 → 中国). Title: line 1 as written. Periods: a line is a "
    "paragraph; the document period convention of the national-release golds "
    "(nw_cctv_20150415_china_2015q1, nw_cctv_20240318_china_2024m2: a line with no period "
    "before a number takes the release's period, null as alt) gives 居民收入实际增长7.0% "
    "(line 5, before its 一季度) the period Q1 2017. Stocks: 商品房待售面积 growth and its "
    "降幅 change (3月末) and 资产负债率 (2月末) are instants. Judgement calls: 居民收入 → "
    "metric 居民人均可支配收入 (written form as alt); 消费对经济增长的贡献 / 净出口对经济增长的"
    "贡献 (in %) → contribution-rate shares, 加快了2.2个百分点 → change of the share, yoy; "
    "降幅比上年末扩大3.2个百分点 → +3.2 pp on the metric 商品房待售面积降幅 as written "
    "(comparison 比上年末); 每百元主营业务收入中的成本 84.91元 → amount CNY, 同比减少0.28元 → "
    "its 增量 −0.28; 占GDP比重达56.5%，高于第二产业17.8个百分点 → share and pp gap between "
    "shares (comparison 比第二产业). Negatives: 一季度 ×13 (periods, incl. title), 3月末, "
    "2月末, 1到2月份 (periods), 上年四季度 (comparison basis), 三大 (三大主要力量), "
    "三去一降一补 (slogan), 百元 (每百元 base), 第三产业, 第二产业 (sector names).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
