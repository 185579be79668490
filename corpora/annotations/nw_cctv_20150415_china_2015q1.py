"""Gold annotations for nw_cctv_20150415_china_2015q1 (corpora/).

央视网消息(新闻联播), 2015-04-15: 【中国经济一季报】中国经济同比增7%平稳开局.
The excerpt is the whole source, lines 1-9 of
shared/texts/news/nw_cctv_20150415_china_2015q1.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20150415_china_2015q1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20150415_china_2015q1"
PLACE = "中国"
REF = "2015-04-15"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "中国经济同比增7%平稳开局"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【中国经济一季报】", ends="在世界范围内也是较高增速。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTOR_NOTE = "sector name {} (an ordinal sector label), not a quantity"

# Periods (reference date 2015-04-15, the broadcast day: 中国一季度主要经济指标今天公布, the NBS
# Q1 2015 release).  一季度 / 今年一季度 = 2015-01-01..2015-03-31; 去年 = 2014 (7.4%, the
# 2014 growth written as the basis: its own period); 2013年 / 2014年 = those years (line 5,
# each governing its own share); 连续三年 = the streak 2013 .. 2015 Q1.  去年同期 is a
# comparison basis.  The item reports the Q1 release (title tag 一季报, line 2), so 一季度 is
# its document period: line 7, which states no period, takes it (null as alt, as
# nw_cctv_20130415_china_2013q1, nw_cctv_20200117_china_2019, nw_cctv_20240318_china_2024m2).
Q1 = P("一季度", "2015-01-01", "2015-03-31")
Q1_TODAY = P("今年一季度", "2015-01-01", "2015-03-31")
Y2014 = P("去年", "2014-01-01", "2014-12-31")
Y2013 = P("2013年", "2013-01-01", "2013-12-31")
Y2014B = P("2014年", "2014-01-01", "2014-12-31")
DOC = dict(period=Q1, period_alts=[P("一季度", None, None)])
DOC_NOTE = ("no period before it in its line → the item's document period 一季度 (title tag, "
            "line 2: Q1 2015); null as alt")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速", "中国经济增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("【中国经济一季报】", "一季报", "column tag 中国经济一季报 ('Q1 report'): a label naming "
      "the period, not a quantity")
g.fact("同比增7%平稳开局", "7%", value=7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=P("一季报", "2015-01-01", "2015-03-31"),
       period_alts=[P("一季报", None, None)], comparison="yoy",
       note="title: 中国经济同比增 = GDP growth (经济 as alt); the tag 一季报 before it names "
            "Q1 2015, the item's document period (null as alt); 同比 → yoy")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("中国一季度主要经济指标", "一季度", PERIOD_NOTE + " (no number follows in its clause)")
g.neg("显示，一季度国内生产总值", "一季度", PERIOD_NOTE)
g.fact("实现同比增长7%", "7%", value=7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="the lead's GDP growth (the 7.0% of line 3 rounded): its own mention, its own "
            "fact")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("\n一季度国内生产总值140667", "一季度", PERIOD_NOTE)
g.fact("国内生产总值140667亿元", "140667亿元", value=140667e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=["GDP", "国内生产总值总量", "GDP总量", "经济总量"], **CN,
       period=Q1, note="national aggregate → 中国; 一季度 → Q1 2015")
g.fact("同比增长7.0%", "7.0%", value=7.0, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy", note="同比 → yoy")
g.fact("低于去年7.4%的增速", "7.4%", value=7.4, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Y2014, comparison="yoy",
       note="the 2014 GDP growth named as the comparison basis: a value of its own, dated "
            "by the 去年 written with it (2014; as 略低于2012年四季度7.8%的增长速度 in "
            "nw_cctv_20130415); yoy. The shared check_gold.py warns that the text before it "
            "reads down (低于): a false alarm, 低于 compares two positive rates")
g.fact("的增速0.4个百分点", "0.4个百分点", value=-0.4, unit="pp", kind="change",
       metric="国内生产总值增速",
       metric_alts=["GDP增速", "经济增速", GDP, "GDP", "增速", "国内生产总值增长"],
       **CN, period=Q1, comparison="比去年",
       note="pp difference of growth rates (Q1 2015 7.0% vs 2014 7.4%; README §3: "
            "<metric>增速); 低于 → negative; comparison = the surface basis (去年)")
g.fact("多了1万2千多亿元", "1万2千多亿元", value=1.2e12, unit="CNY", kind="amount",
       bound="gt", metric="国内生产总值增量",
       metric_alts=["增量", "GDP增量", "国内生产总值绝对值增量", "绝对值增量", "经济增量",
                    "国内生产总值增加额"],
       **CN, period=Q1,
       note="绝对值比去年同期多了: the absolute increase of Q1 GDP over Q1 2014 → SPEC §2 "
            "absolute change, metric 国内生产总值增量 (as 4.6万亿元的增量 in "
            "nw_cctv_20170228), signed positive; 1万2千多亿 = 12000多亿 = 1.2e12 CNY, 多 "
            "inside the span → gt; comparison null (as on every amount). Known false alarm: "
            "the shared check_gold.py reads the mixed numeral 1万2千 as 1e4")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("从就业指标看，一季度", "一季度", PERIOD_NOTE)
g.fact("城镇新增就业320万人", "320万人", value=320e4, unit="count", kind="count",
       classifier="人", metric="城镇新增就业",
       metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人口"], **CN, period=Q1,
       note="a flow over Q1 2015, classifier 人")
g.fact("稳定在5.1%左右", "5.1%", value=5.1, unit="%", kind="share", bound="approx",
       metric="调查失业率",
       metric_alts=["城镇调查失业率", "失业率", "全国城镇调查失业率"], **CN, period=Q1,
       note="a rate of a population → share (SPEC §2); 左右 → approx (outside the span); "
            "一季度 of the sentence governs")
g.neg("从物价看，一季度", "一季度", PERIOD_NOTE)
g.fact("CPI同比上涨1.2%", "1.2%", value=1.2, unit="%", kind="growth", metric="居民消费价格",
       metric_alts=["CPI", "居民消费价格CPI", "居民消费价格指数", "居民消费价格涨幅", "CPI涨幅",
                    "居民消费价格总水平"],
       **CN, period=Q1, comparison="yoy",
       note="上涨 of a price index → growth; 同比 → yoy; the metric as written (居民消费价格, "
            "CPI as alt)")
g.neg("涨幅创下六年来新低", "六年来", "period expression 六年来 'the lowest in six years' "
      "(the span over which the rate was compared), not a 6-year duration fact (as "
      "两年半以来 in nw_cctv_20120809 and 近三年来, README §2)")
INC = "全国居民人均可支配收入"
g.fact("实际增长8.1%", "8.1%", value=8.1, unit="%", kind="growth", metric=INC,
       metric_alts=["居民人均可支配收入", "人均可支配收入", "全国居民人均可支配收入增速",
                    "居民收入", "全国居民人均可支配收入实际增速"],
       **CN, period=Q1, comparison="yoy",
       note="一季度 of the line still governs; 实际 (real) growth, yoy")

# ---- line 5 ----------------------------------------------------------------------------
TER = "第三产业占GDP比重"
TER_ALTS = ["第三产业占GDP的比重", "第三产业比重", "第三产业增加值占GDP比重", "服务业占GDP比重",
            "第三产业占比", "占比", "比重", "第三产业增加值占国内生产总值比重"]
g.neg("加快，2013年，第三产业", "2013年", PERIOD_NOTE)
g.neg("2013年，第三产业", "第三产业", SECTOR_NOTE.format("第三产业"))
g.fact("比重46.9%", "46.9%", value=46.9, unit="%", kind="share", metric=TER,
       metric_alts=TER_ALTS, **CN, period=Y2013, note="2013年 → 2013")
g.neg("首次超过第二产业", "首次", "first-time claim 首次, not a rank or count")
g.neg("首次超过第二产业", "第二产业", SECTOR_NOTE.format("第二产业"))
g.neg("第二产业，2014年", "2014年", PERIOD_NOTE + " (replaces 2013年)")
g.fact("占比提高到48.2%", "48.2%", value=48.2, unit="%", kind="share", metric=TER,
       metric_alts=TER_ALTS, **CN, period=Y2014B,
       note="提高到 gives the new level (no pp change written) → share, eq; 2014年 → 2014")
g.neg("今年一季度更升至", "今年一季度", PERIOD_NOTE + " (replaces 2014年)")
g.fact("更升至51.6%", "51.6%", value=51.6, unit="%", kind="share", metric=TER,
       metric_alts=TER_ALTS, **CN, period=Q1_TODAY,
       note="升至 gives the new level → share, eq; 今年一季度 = Q1 2015")
g.fact("连续三年比重持续提高", "三年", value=3, unit="year", kind="amount",
       metric="第三产业占GDP比重提高持续时间",
       metric_alts=["第三产业占GDP比重连续提高", "第三产业比重提高持续时间", "比重持续提高",
                    "比重提高持续时间", "第三产业占GDP比重提高的年数", "连续提高",
                    "第三产业占GDP比重持续提高"],
       **CN, period=P("连续三年", "2013-01-01", "2015-03-31"),
       period_alts=[Q1_TODAY, P("连续三年", "2013-01-01", "2015-12-31"),
                    P("连续三年", None, None)],
       note="length of the streak (连续三年) → 3 year, a duration fact (as 连续4年 in "
            "nw_cctv_20170228); the three years are those just listed, 2013, 2014 and 2015 "
            "(Q1) → the streak's span 2013-01-01..2015-03-31 as gold (as the streaks of "
            "nw_cctv_20200716); the governing 今年一季度, the three calendar years and null "
            "as alts")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("拉动经济的三驾马车", "三驾马车", "metaphor 三驾马车 (the three drivers: investment, "
      "consumption, exports), a label, not a count")
g.neg("来看，一季度，投资", "一季度", PERIOD_NOTE + " (no number in its clause)")
g.neg("零售总额一季度实际增长", "一季度", PERIOD_NOTE)
RETAIL = "社会消费品零售总额"
g.fact("实际增长10.8%", "10.8%", value=10.8, unit="%", kind="growth", metric=RETAIL,
       metric_alts=["社会消费品零售额", "社零总额", "消费品零售总额", "社会消费品零售总额增速",
                    "社会消费品零售总额实际增速"],
       **CN, period=Q1, comparison="yoy",
       note="实际 (real) growth, yoy; 和去年基本持平 has no numeral")
g.fact("消费对经济增长贡献60%左右", "60%", value=60, unit="%", kind="share", bound="approx",
       metric="消费对经济增长贡献率",
       metric_alts=["消费对经济增长贡献", "消费对经济增长的贡献率", "消费贡献率",
                    "最终消费支出对经济增长贡献率", "最终消费对经济增长的贡献率", "贡献率"],
       **CN, period=Q1,
       note="contribution (贡献 X%) → share, the rate named 贡献率 in the other golds (the "
            "written 消费对经济增长贡献 as alt); 左右 → approx (outside the span)")

# ---- line 7 ----------------------------------------------------------------------------
g.fact("收入增速(10%)", "10%", value=10, unit="%", kind="growth", metric="农村居民收入",
       metric_alts=["农村居民的收入", "农村居民人均可支配收入", "农村居民收入增速",
                    "农村居民的收入增速", "农村居民人均可支配收入增速", "农村居民人均收入"],
       **CN, **DOC, comparison="yoy",
       note="the growth of rural residents' income (收入增速, the value in brackets); the "
            "national figure of rural households → 中国; yoy by default; " + DOC_NOTE)
g.fact("城镇(8.3%)", "8.3%", value=8.3, unit="%", kind="growth", metric="城镇居民收入",
       metric_alts=["城镇居民的收入", "城镇居民人均可支配收入", "城镇居民收入增速",
                    "城镇居民的收入增速", "城镇居民人均可支配收入增速", "城镇", "城镇居民人均收入"],
       **CN, **DOC, comparison="yoy",
       note="快于城镇(8.3%): the elided head restored (城镇居民的收入增速); " + DOC_NOTE)
g.fact("倍差为2.61：1", "2.61：1", value=2.61, unit="times", kind="ratio",
       metric="城乡居民收入倍差",
       metric_alts=["城乡居民的收入倍差", "城乡收入倍差", "收入倍差", "城乡居民收入比",
                    "城乡居民人均可支配收入比", "城乡居民收入差距"],
       **CN, **DOC,
       note="倍差 2.61：1 = urban income is 2.61 times rural income → one ratio fact (a "
            "multiple, unit times), span over the whole ratio as written (the 1 is its "
            "base, not a quantity of its own; not a structure ratio, so not one share per "
            "part); 比去年同期有所下降 has no numeral; " + DOC_NOTE)

# ---- line 8 ----------------------------------------------------------------------------
g.neg("除此之外，一季度", "一季度", PERIOD_NOTE + " (no number in its sentence)")
g.neg("企业数一季度增长", "一季度", PERIOD_NOTE)
g.fact("企业数一季度增长38.4%", "38.4%", value=38.4, unit="%", kind="growth",
       metric="新登记注册企业数",
       metric_alts=["新登记注册企业", "新登记注册企业数量", "新登记企业数", "新登记注册企业数增速",
                    "新登记注册企业数量增速"],
       **CN, period=Q1, comparison="yoy", note="growth without basis → yoy")
g.fact("网上零售额增长41%", "41%", value=41, unit="%", kind="growth",
       metric="互联网网上零售额",
       metric_alts=["网上零售额", "互联网网上零售额增速", "网上零售额增速", "全国网上零售额"],
       **CN, period=Q1, comparison="yoy", note="一季度 of the sentence governs")
g.fact("快递业务量增长46.8%", "46.8%", value=46.8, unit="%", kind="growth",
       metric="快递业务量", metric_alts=["快递业务量增速", "快递"], **CN, period=Q1,
       comparison="yoy")
HT = "高新技术产业增加值"
g.fact("高新技术产业增加值增长11.4%", "11.4%", value=11.4, unit="%", kind="growth",
       metric=HT, metric_alts=["高新技术产业", "高新技术产业增加值增速", "高技术产业增加值"],
       **CN, period=Q1, comparison="yoy",
       note="a new sentence in the same line: 一季度 of the line still governs")
g.fact("高5个百分点", "5个百分点", value=5, unit="pp", kind="change",
       metric="高新技术产业增加值增速",
       metric_alts=["高新技术产业增速", HT, "高新技术产业", "增速", "高新技术产业增加值增长"],
       **CN, period=Q1, comparison="比工业",
       note="pp difference of growth rates (README §3: <metric>增速) against the industrial "
            "average (比工业平均增速 → comparison 比工业); 高 → positive")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("预测，一季度，美国", "一季度", PERIOD_NOTE)
FC = dict(period=Q1, period_alts=[P("一季度", None, None)], modality="forecast",
          comparison="yoy")
FC_NOTE = ("a forecast by international research institutions (根据…预测, 预计/预期 → "
           "forecast) of the economy's Q1 2015 growth; 一季度 of the line → Q1 2015 (null "
           "as alt); no basis written → yoy (the default, SPEC §2)")
GROWTH_ALTS = ["经济增长", "经济增速", "GDP", "GDP增速", "国内生产总值", "国内生产总值增速",
               "经济", "增速"]
g.fact("美国预计经济增长1.2%左右", "1.2%", value=1.2, unit="%", kind="growth",
       bound="approx", metric="经济增长", metric_alts=GROWTH_ALTS[1:],
       subject="美国", subject_alts=["美国经济"], **FC,
       note="左右 → approx (outside the span); the US owns its growth; " + FC_NOTE)
g.fact("日本预计增长2.7%", "2.7%", value=2.7, unit="%", kind="growth", metric="经济增长",
       metric_alts=GROWTH_ALTS[1:], subject="日本", subject_alts=["日本经济"], **FC,
       note="日本预计增长: the elided 经济 restored; " + FC_NOTE)
g.fact("增速预期为0.4%左右", "0.4%", value=0.4, unit="%", kind="growth", bound="approx",
       metric="经济增速", metric_alts=["经济增长"] + GROWTH_ALTS[2:],
       subject="欧元区", subject_alts=["欧元区经济"], **FC,
       note="左右 → approx; metric as written (经济增速, 经济增长 as alt); " + FC_NOTE)
g.fact("中国7%的经济增长", "7%", value=7, unit="%", kind="growth", metric="经济增长",
       metric_alts=[GDP] + GROWTH_ALTS[1:] + ["中国经济增长"], **CN,
       period=Q1, period_alts=[P("一季度", None, None)], comparison="yoy",
       note="China's actual Q1 growth restated (the 7% of lines 1-3) → actual; metric as "
            "written (经济增长, GDP/国内生产总值 as alts); 一季度 of the line governs")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-9 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2015-04-15, the broadcast "
    "date given by the source meta (file name assets/2015/20150415.json, pubtime 2015-04-15 "
    "19:12:07); the text agrees: 中国一季度主要经济指标今天公布 — the NBS released the Q1 "
    "2015 data on 15 April 2015. 一季度 / 今年一季度 = 2015-01-01..2015-03-31; 去年 (7.4%) = "
    "2014; 2013年 / 2014年 = those years; 去年同期 is a comparison basis. Place: 中国 "
    "(national release; 全国 → 中国); the forecasts of line 9 belong to 美国, 日本, 欧元区. "
    "Title: the headline without the 【中国经济一季报】 column tag (as "
    "nw_cctv_20230418_china_2023q1). Periods: a line is a paragraph; the document period "
    "convention of the national-release golds (nw_cctv_20200117_china_2019, "
    "nw_cctv_20130415_china_2013q1, nw_cctv_20240318_china_2024m2) is followed: the item "
    "reports the Q1 release, so line 7 (no period of its own: 10%, 8.3%, 2.61：1) takes "
    "一季度, null as alt; the title's 7% takes the Q1 named by its tag 一季报 (null as alt). "
    "Judgement calls: 低于去年7.4%的增速0.4个百分点 → 7.4% a fact of its own dated 2014 and "
    "the change −0.4 pp (comparison 比去年); 绝对值比去年同期多了1万2千多亿元 → amount "
    "1.2e12 gt, metric 国内生产总值增量 (known false alarm: the shared check_gold.py reads 1万2千 "
    "as 1e4); 调查失业率稳定在5.1%左右 → share approx; 连续三年比重持续提高 → duration 3 year "
    "over 2013-01-01..2015-03-31 (Q1 2015, the calendar years and null as alts); 消费对经济"
    "增长贡献60%左右 → share approx (metric …贡献率); 城乡居民的收入倍差为2.61：1 → one ratio "
    "fact (2.61 times) spanning the whole 2.61：1; the line 9 forecasts → modality forecast, "
    "subjects the economies, yoy; 中国7%的经济增长 → actual, Q1. Negatives: 一季度 ×10, 今年"
    "一季度, 2013年, 2014年 (periods), 一季报 (column tag), 六年来 (since-expression), 第三产业, "
    "第二产业 (sector names), 首次, 三驾马车 (metaphor). Lexicalized, not listed: 零售 ×2.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
