"""Gold annotations for nw_sina_20210324_guangdong_2021m2 (corpora/).

新浪财经 repost of a 南方财经全媒体 article, 2021-03-24: 1-2月广东经济数据出炉：工业、投资、
消费同比增长均超三成.  The excerpt is the whole source, lines 1-25 of
shared/texts/news/nw_sina_20210324_guangdong_2021m2.txt (2,156 characters: the article is
shorter than 2,500 characters, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_sina_20210324_guangdong_2021m2.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_sina_20210324_guangdong_2021m2"
PLACE = "广东省"
REF = "2021-03-24"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 25                     # 1-based, inclusive, whole lines (the whole file)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="原标题：1-2月广东经济数据出炉", ends="编辑：杜弘禹）")
N_CHARS = len(g.text)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = "period expression naming a comparison basis (比…/与…相比), not a period frame or a fact"
TWO_NOTE = "comparison basis 两年平均 (SPEC §4), not a duration fact"
TWO_METRIC_NOTE = "part of the metric name 两年平均增速 (two-year average growth), not a duration"
SECTOR_NOTE = "sector name (primary/secondary industry), an ordinal label, not a rank or count"

# ----------------------------------------------------------------------------- periods
# Reference date 2021-03-24: 1-2月 = Jan-Feb 2021; 2020年同期 / 上年同期 = Jan-Feb 2020 (leap
# year: ends 02-29); 两年平均 = over the same period of 2019 (comparison, 2020-2021 span as alt).
JF = P("1-2月", "2021-01-01", "2021-02-28")
JF_THIS = P("今年1-2月", "2021-01-01", "2021-02-28")
JF_FEN = P("1-2月份", "2021-01-01", "2021-02-28")
# the document's period (title 1-2月广东经济数据出炉) for numbers whose line states no period
# before them; the null reading goes into period_alts (README §5)
DOC = P("1-2月", "2021-01-01", "2021-02-28")
NULL = P("1-2月", None, None)
DOC_NOTE = ("no period expression before it in its line → the document's period (title "
            "1-2月 = Jan-Feb 2021); null reading in period_alts")
TWO_Y = P("两年平均", "2020-01-01", "2021-02-28")
LAST_SAME = P("2020年同期", "2020-01-01", "2020-02-29")
PREV_SAME = P("上年同期", "2020-01-01", "2020-02-29")
AVG2 = ("two-year average growth (geometric mean over the same period of 2019, line 7): "
        "两年平均 is the comparison; the 2020-2021 span as a period alt")

GD = dict(subject="广东省", subject_alts=["广东"])
GD_ALL = dict(subject="广东省", subject_alts=["全省", "广东"])


def two(ctx, tgt, metric, alts, period, period_alts=None, note=None, sign=1, **subj):
    """A two-year average growth (两年平均增长 X%; sign=-1 for 下降)."""
    subj = subj or GD
    g.fact(ctx, tgt, value=sign * float(tgt.rstrip("%")), unit="%", kind="growth",
           metric=metric, metric_alts=alts, period=period,
           period_alts=(period_alts or []) + [TWO_Y], comparison="两年平均",
           note=note if note is not None else AVG2, **subj)


def yoy(ctx, tgt, metric, alts, period, period_alts=None, note=None, **subj):
    """A growth rate against the same period of last year (同比 or by default)."""
    subj = subj or GD
    g.fact(ctx, tgt, value=float(tgt.rstrip("%")), unit="%", kind="growth", metric=metric,
           metric_alts=alts, period=period, period_alts=period_alts, comparison="yoy",
           note=note, **subj)


IND = "规模以上工业增加值"
IND_ALTS = ["规上工业增加值", "工业增加值", "规模以上工业增加值增速"]
FAI = "固定资产投资"
FAI_ALTS = ["固定资产投资增速", "投资"]
RETAIL = "社会消费品零售总额"
RETAIL_ALTS = ["社会消费品零售总额增速", "社零总额", "消费"]

# ============================================================================ line 1 (原标题)
g.neg("原标题：1-2月广东", "1-2月", PERIOD_NOTE + " (title)")
g.fact("同比增长均超三成", "三成", value=30, unit="%", kind="growth", bound="gt",
       metric="工业、投资、消费",
       metric_alts=["规模以上工业增加值、固定资产投资、社会消费品零售总额", "工业", "投资", "消费",
                    IND, FAI, RETAIL, "工业、投资、消费同比增长", "增速"],
       period=JF, comparison="yoy", **GD,
       note="title: one bound (超三成 → gt 30%) shared by the three headline indicators (one "
            "quantity mention → one fact, as a value shared by several named regions is one "
            "fact in nw_sina_20220427); the metric lists them as written, each indicator "
            "(and its full name from line 3) is an alt; 同比 → yoy; 1-2月 before it")

# ============================================================================ line 2
g.neg("2021年1-2月，广东经济", "2021年1-2月", PERIOD_NOTE)

# ============================================================================ line 3
g.neg("3月22日，广东省统计局", "3月22日", "date on its own (release day of the statistics bureau)")
g.neg("发布1-2月经济运行数据", "1-2月", PERIOD_NOTE)
g.fact("规模以上工业增加值4745.61亿元，同比增长44.6%；固定", "4745.61亿元", value=4745.61e8,
       unit="CNY", kind="amount", metric=IND, metric_alts=IND_ALTS[:2], period=JF,
       note="subject: the data of 广东省统计局 → 广东省; 1-2月 before it in the line", **GD)
yoy("4745.61亿元，同比增长44.6%；固定", "44.6%", IND, IND_ALTS, JF)
yoy("；固定资产投资同比增长46.9%；", "46.9%", FAI, FAI_ALTS, JF)
g.fact("；社会消费品零售总额7447.16亿元，同比增长32.1%。\n生产", "7447.16亿元",
       value=7447.16e8, unit="CNY", kind="amount", metric=RETAIL, metric_alts=RETAIL_ALTS[1:2],
       period=JF, **GD)
yoy("7447.16亿元，同比增长32.1%。\n生产", "32.1%", RETAIL, RETAIL_ALTS, JF)

# ============================================================================ line 4
g.neg("消费三大指标", "三大", "set label 三大指标 (the three indicators just named), not a count")
g.neg("受2020年同期基数较低", "2020年同期", BASIS_NOTE + " (the low base of Jan-Feb 2020)")

# ============================================================================ line 6
g.neg("1-2月，广东完成规模以上", "1-2月", PERIOD_NOTE)
g.fact("广东完成规模以上工业增加值4745.61亿元", "4745.61亿元", value=4745.61e8, unit="CNY",
       kind="amount", metric=IND, metric_alts=IND_ALTS[:2], period=JF, **GD,
       note="repeats line 3 (its own mention, its own fact)")
yoy("4745.61亿元，同比增长44.6%。同比增速较高", "44.6%", IND, IND_ALTS, JF)
g.neg("，2020年同期规模以上", "2020年同期", PERIOD_NOTE)
g.fact("同比下降23.2%", "23.2%", value=-23.2, unit="%", kind="growth", metric=IND,
       metric_alts=IND_ALTS, period=LAST_SAME, comparison="yoy", **GD,
       note="下降 → negative; 2020年同期 (Jan-Feb 2020, ends 02-29) stated just before it")

# ============================================================================ line 7
g.neg("公布了与2020年相比", "2020年", BASIS_NOTE)
g.neg("主要经济指标的两年平均增速（", "两年", TWO_METRIC_NOTE)
g.neg("（两年平均增速是以", "两年", TWO_METRIC_NOTE)
g.neg("是以2019年相应同期数", "2019年", BASIS_NOTE + " (definition of 两年平均增速)")

# ============================================================================ line 8
g.neg("增加值比2019年同期增长11.1%", "2019年同期", BASIS_NOTE)
g.fact("增加值比2019年同期增长11.1%", "11.1%", value=11.1, unit="%", kind="growth",
       metric=IND, metric_alts=IND_ALTS, period=DOC, period_alts=[NULL],
       comparison="比2019年同期", **GD,
       note="cumulative growth over Jan-Feb 2019 (basis 比2019年同期, not a period); " + DOC_NOTE)
g.neg("11.1%，两年平均增长5.4%", "两年", TWO_NOTE)
two("11.1%，两年平均增长5.4%", "5.4%", IND, IND_ALTS + ["两年平均增速"], DOC, [NULL],
    note=AVG2 + "; " + DOC_NOTE)
g.neg("有一定差距", "一定", "adverbial 一定 'a certain (degree of)', not a quantity")
g.neg("发现，2013-2018年同期", "2013-2018年同期", PERIOD_NOTE)
g.fact("平均增速为7.35%", "7.35%", value=7.35, unit="%", kind="growth", metric=IND,
       metric_alts=IND_ALTS + ["规模以上工业增加值平均增速", "平均增速", "广东规模以上工业增加值"],
       period=P("2013-2018年同期", "2013-01-01", "2018-02-28"),
       period_alts=[P("2013-2018年同期", "2013-01-01", "2018-12-31"),
                    P("2013-2018年同期", None, None)],
       comparison="yoy", **GD,
       note="average of the Jan-Feb growth rates of 2013-2018 (记者统计): period from the "
            "first Jan-Feb to the last (2013-01-01..2018-02-28); the full years as an alt; "
            "each rate is a yoy growth, so comparison yoy")
g.neg("2019年增速变缓至3%", "2019年", PERIOD_NOTE)
g.fact("增速变缓至3%", "3%", value=3, unit="%", kind="growth", metric=IND,
       metric_alts=IND_ALTS + ["增速"],
       period=P("2019年", "2019-01-01", "2019-02-28"),
       period_alts=[P("2019年", "2019-01-01", "2019-12-31")], comparison="yoy", **GD,
       note="the sentence compares the same period (同期) across years, so 2019年 here is "
            "Jan-Feb 2019; the literal full year 2019 as an alt; 变缓至 → the new level, eq")
g.neg("今年1-2月规模以上", "今年1-2月", PERIOD_NOTE)
g.neg("工业增加值两年平均增速虽", "两年", TWO_METRIC_NOTE)
g.neg("但一定程度", "一定", "adverbial 一定(程度) 'to a certain degree', not a quantity")

# ============================================================================ line 9
g.neg("四大支柱行业电子", "四大", "set label 四大支柱行业 (named right after), not a count")
g.fact("规模以上工业增加值46.7%", "46.7%", value=46.7, unit="%", kind="share",
       metric="四大支柱行业增加值占全省规模以上工业增加值比重",
       metric_alts=["四大支柱行业增加值占规模以上工业增加值比重",
                    "四大支柱行业增加值占全省规模以上工业增加值的比重",
                    "四大支柱行业合计完成增加值占全省规模以上工业增加值",
                    "支柱行业增加值占比", "四大支柱行业增加值占比",
                    "占全省规模以上工业增加值比重"],
       subject="广东省", subject_alts=["全省", "广东", "四大支柱行业", "广东省四大支柱行业"],
       period=DOC, period_alts=[NULL],
       note="sector-level share: the province as subject, the sector as alt (README §4); "
            + DOC_NOTE)
PILLARS = [("汽车", "76.3%", "7.3%", "汽车业"), ("电气", "71.9%", "12.1%", "电气业"),
           ("电子", "37.2%", "5.2%", "电子业"), ("电力", "36.3%", "3.7%", "电力业")]
for i, (ind, cum, avg, long) in enumerate(PILLARS):
    alts = [ind, f"{long}增加值", long, f"{ind}累计增速", f"{ind}增加值累计增速"]
    lead = ("分别: 汽车, 电气, 电子, 电力 ↔ the values in order; the elided head 增加值 "
            "(合计完成增加值 just before) is restored, the bare name is an alt; ")
    yoy("累计增速分别为76.3%、71.9%、37.2%和36.3%", cum, f"{ind}增加值", alts, DOC, [NULL],
        note=(lead + "累计增速 = Jan-Feb cumulative yoy growth; " + DOC_NOTE) if i == 0 else None)
    two("两年平均增速分别为7.3%、12.1%、5.2%和3.7%", avg, f"{ind}增加值",
        alts + [f"{ind}两年平均增速"], DOC, [NULL],
        note=(AVG2 + "; same 分别 order; " + DOC_NOTE) if i == 0 else None)
g.neg("36.3%，两年平均增速分别", "两年", TWO_METRIC_NOTE)

# ============================================================================ line 10
g.neg("1-2月份两年平均增速", "1-2月份", PERIOD_NOTE)
g.neg("1-2月份两年平均增速", "两年", TWO_METRIC_NOTE)
ADV = "先进制造业增加值"
ADV_ALTS = ["先进制造业", "先进制造业增加值增速"]
HT = "高技术制造业增加值"
HT_ALTS = ["高技术制造业", "高技术制造业增加值增速"]
yoy("先进制造业增加值增长46.7%", "46.7%", ADV, ADV_ALTS, JF_FEN,
    note="1-2月份 earlier in the line governs; growth without basis → yoy")
g.neg("先进制造业增加值增长46.7%，两年", "两年", TWO_NOTE)
two("先进制造业增加值增长46.7%，两年平均增长6.9%", "6.9%", ADV, ADV_ALTS, JF_FEN)
yoy("高技术制造业增长40.7%", "40.7%", HT, HT_ALTS, JF_FEN,
    note="elided head 增加值 restored (先进制造业增加值 … 高技术制造业增长), the surface is an alt")
g.neg("高技术制造业增长40.7%，两年", "两年", TWO_NOTE)
two("高技术制造业增长40.7%，两年平均增长6.9%", "6.9%", HT, HT_ALTS, JF_FEN)

# ============================================================================ line 11
PRODUCTS = [("工业机器人", "191.6%"), ("新能源汽车", "349.6%"), ("服务器", "100.3%"),
            ("3D打印设备", "229.9%")]
for i, (prod, val) in enumerate(PRODUCTS):
    yoy("产量分别增长191.6%、349.6%、100.3%和229.9%", val, f"{prod}产量",
        [prod, f"{prod}产量增速", "高技术产品产量"], DOC, [NULL],
        note=("分别: the four products ↔ the values in order; metric = product + 产量 (written "
              "once after the list); " + DOC_NOTE) if i == 0 else None)
g.neg("服务器、3D打印设备", "3D", "product name 3D打印 (three-dimensional printing), not a quantity")

# ============================================================================ line 14
g.neg("1-2月，广东固定资产投资", "1-2月", PERIOD_NOTE)
yoy("广东固定资产投资同比增长46.9%", "46.9%", FAI, FAI_ALTS, JF)
g.neg("46.9%，比2019年同期", "2019年同期", BASIS_NOTE)
g.fact("46.9%，比2019年同期增长15.5%", "15.5%", value=15.5, unit="%", kind="growth",
       metric=FAI, metric_alts=FAI_ALTS, period=JF, comparison="比2019年同期", **GD,
       note="cumulative growth over Jan-Feb 2019 (basis 比2019年同期); 1-2月 governs the line")
g.neg("15.5%，两年平均增长7.5%", "两年", TWO_NOTE)
two("15.5%，两年平均增长7.5%", "7.5%", FAI, FAI_ALTS + ["两年平均增速"], JF)
g.fact("高于全国同期1.7%", "1.7%", value=1.7, unit="%", kind="growth", metric=FAI,
       metric_alts=["固定资产投资两年平均增速", "两年平均增速", "全国同期两年平均增速",
                    "全国固定资产投资"],
       subject="中国", subject_alts=["全国"], period=P("同期", "2021-01-01", "2021-02-28"),
       period_alts=[TWO_Y], comparison="两年平均",
       note="the national two-year average growth of fixed-asset investment in the same "
            "period (全国同期 … 的两年平均增速): a measured value of 中国, stated as the "
            "benchmark; " + AVG2)
g.neg("1.7%的两年平均增速", "两年", TWO_METRIC_NOTE)

# ============================================================================ line 15
g.neg("分行业来看，1-2月", "1-2月", PERIOD_NOTE)
g.neg("广东第一产业投资", "第一产业", SECTOR_NOTE)
yoy("第一产业投资同比增长354.3%", "354.3%", "第一产业投资", ["第一产业投资增速", "第一产业"], JF)
g.neg("354.3%，两年平均", "两年", TWO_NOTE)
two("354.3%，两年平均增长46.1%", "46.1%", "第一产业投资", ["第一产业投资增速", "第一产业"], JF)

# ============================================================================ line 16
g.neg("第二产业投资增长47.0%", "第二产业", SECTOR_NOTE)
LINE16 = ("; no period expression before it in its line (the 1-2月 of line 15 does not "
          "cross the line) → the document's period, null in period_alts")
yoy("第二产业投资增长47.0%", "47.0%", "第二产业投资", ["第二产业投资增速", "第二产业"], DOC,
    [NULL], note="分行业 list continued from line 15" + LINE16)
g.neg("47.0%，两年平均", "两年", TWO_NOTE)
two("47.0%，两年平均增长4.4%", "4.4%", "第二产业投资", ["第二产业投资增速", "第二产业"], DOC,
    [NULL])
MFI = "制造业投资"
MFI_ALTS = ["制造业投资增速", "制造业"]
yoy("制造业投资增长61.1%", "61.1%", MFI, MFI_ALTS, DOC, [NULL])
g.neg("61.1%，两年平均", "两年", TWO_NOTE)
two("61.1%，两年平均增长0.8%", "0.8%", MFI, MFI_ALTS, DOC, [NULL])
g.neg("扭转了2020年以来", "2020年以来", PERIOD_NOTE + " (of the reversed decline; it does "
      "not date the 1-2月 growth figures after it)")
yoy("先进制造业同比增长51.5%", "51.5%", "先进制造业投资",
    ["先进制造业", "先进制造业投资增速", "制造业转型升级投资"], DOC, [NULL],
    note="under 制造业转型升级投资: the head 投资 is restored (先进制造业 … 投资), the "
         "surface is an alt; the 2020年以来 of the previous sentence names the period of "
         "the reversed decline, not of these 1-2月 figures → document period, null alt")
yoy("高技术制造业投资增长31.0%", "31.0%", "高技术制造业投资",
    ["高技术制造业投资增速", "高技术制造业"], DOC, [NULL])
INFRA = "基础设施投资"
INFRA_ALTS = ["基础设施投资增速", "基础设施"]
yoy("基础设施投资增长42.3%", "42.3%", INFRA, INFRA_ALTS, DOC, [NULL])
g.neg("42.3%，两年平均", "两年", TWO_NOTE)
two("42.3%，两年平均增长10.1%", "10.1%", INFRA, INFRA_ALTS, DOC, [NULL])
g.neg("低于2018、2019年水平", "2018、2019年", "period expressions (the years compared), no "
      "value given for them; not facts")

# ============================================================================ line 18
g.neg("证实了这一点", "一点", "demonstrative 这一点 'this point', not a quantity")
g.neg("：1-2月广东纺织业", "1-2月", PERIOD_NOTE)
g.neg("小家电等订单量", "订单", "lexicalized 订单 'order (of goods)'; 单 is not a numeral")
TRAD = [("纺织服装", "77.6%"), ("家具制造", "139.0%"), ("家用电力器具制造", "163.1%")]
for i, (ind, val) in enumerate(TRAD):
    yoy("投资分别增长77.6%、139.0%和163.1%", val, f"{ind}投资",
        [ind, f"{ind}投资增速", "传统产业投资", f"{ind}业投资"], JF,
        note=("分别: the three traditional industries ↔ the values in order; 投资 written once "
              "after the list is the head of each; 1-2月 earlier in the line") if i == 0 else None)
PRIV = "民间投资"
PRIV_ALTS = ["民间投资增速"]
yoy("带动民间投资增长55.6%", "55.6%", PRIV, PRIV_ALTS, JF)
g.neg("55.6%，两年平均", "两年", TWO_NOTE)
two("55.6%，两年平均增长4.4%", "4.4%", PRIV, PRIV_ALTS, JF)

# ============================================================================ line 19
for i, (ind, val, avg, ctx_head) in enumerate([
        ("教育业投资", "156.3%", "31.7%", "教育业投资增长"),
        ("文化体育和娱乐业投资", "121.4%", "4.3%", "文化体育和娱乐业投资增长"),
        ("卫生和社会工作投资", "21.3%", "12.6%", "卫生和社会工作增长")]):
    short = ind[:-2]
    alts = [short, f"{ind}增速", "民生领域投资"]
    if ind == "卫生和社会工作投资":
        alts = [short, "卫生和社会工作投资增速", "卫生和社会工作业投资", "民生领域投资"]
    yoy(ctx_head + val, val, ind, alts, DOC, [NULL],
        note=("民生领域投资 by industry; " + DOC_NOTE) if i == 0 else (
            "elided head 投资 restored (民生领域投资 … 卫生和社会工作增长), the surface is an alt"
            if ind == "卫生和社会工作投资" else None))
    g.neg(f"{val}，两年平均增长{avg}", "两年", TWO_NOTE)
    two(f"{val}，两年平均增长{avg}", avg, ind, alts, DOC, [NULL])

# ============================================================================ line 22
g.neg("1-2月，广东社会消费品", "1-2月", PERIOD_NOTE)
g.fact("广东社会消费品零售总额7447.16亿元", "7447.16亿元", value=7447.16e8, unit="CNY",
       kind="amount", metric=RETAIL, metric_alts=RETAIL_ALTS[1:2], period=JF, **GD,
       note="repeats line 3 (its own mention, its own fact)")
yoy("7447.16亿元，同比增长32.1%，比2019年", "32.1%", RETAIL, RETAIL_ALTS, JF)
g.neg("32.1%，比2019年同期", "2019年同期", BASIS_NOTE)
g.fact("比2019年同期增长8.6%", "8.6%", value=8.6, unit="%", kind="growth", metric=RETAIL,
       metric_alts=RETAIL_ALTS, period=JF, comparison="比2019年同期", **GD,
       note="cumulative growth over Jan-Feb 2019 (basis 比2019年同期); 1-2月 governs the line")
g.neg("8.6%，两年平均", "两年", TWO_NOTE)
two("8.6%，两年平均增长4.2%", "4.2%", RETAIL, RETAIL_ALTS + ["两年平均增速"], JF)
g.fact("高出1个百分点", "1个百分点", value=1, unit="pp", kind="change",
       metric="社会消费品零售总额两年平均增速",
       metric_alts=["两年平均增速", "社会消费品零售总额增速", RETAIL, "增速"],
       period=JF, period_alts=[TWO_Y], comparison="比全国指标", **GD,
       note="pp difference of growth rates (广东 4.2% vs the national two-year average) → "
            "metric X增速 (README §3), basis 比全国指标 (as 比工业投资 in README §6)")

# ============================================================================ line 23
RETAIL_GOODS = [("饮料类", "68.6%", "33.9%"), ("烟酒类", "46.3%", "9.5%")]
for i, (cat, val, avg) in enumerate(RETAIL_GOODS):
    alts = [cat, f"{cat}商品零售额", f"{cat}零售", f"{cat}商品零售增速"]
    yoy("商品零售分别增长68.6%和46.3%", val, f"{cat}商品零售", alts, DOC, [NULL],
        note=("分别: 饮料类, 烟酒类 ↔ values in order; 商品零售 written once after the list; "
              + DOC_NOTE) if i == 0 else None)
    two("两年分别平均增长33.9%和9.5%", avg, f"{cat}商品零售", alts, DOC, [NULL],
        note=(AVG2 + "; 两年分别平均增长 = 两年平均 with 分别 inside; " + DOC_NOTE)
        if i == 0 else None)
g.neg("46.3%，两年分别平均", "两年", TWO_NOTE)
g.neg("。1-2月，餐饮收入", "1-2月", PERIOD_NOTE)
CATER = "餐饮收入"
CATER_ALTS = ["餐饮收入增速", "餐饮业收入", "餐饮业"]
yoy("餐饮收入增长49.9%", "49.9%", CATER, CATER_ALTS, JF)
g.neg("49.9%，两年平均", "两年", TWO_NOTE)
two("两年平均下降3.4%", "3.4%", CATER, CATER_ALTS, JF, sign=-1, note="下降 → negative; " + AVG2)

# ============================================================================ line 24
g.neg("呈现两大特点", "两大", "set label 两大特点 (enumerated by 一是/二是), not a count")
g.neg("两大特点，一是", "一是", "list marker 一是")
UPGRADE = [("金银珠宝类", "95.8%", "16.7%"), ("体育娱乐用品类", "63.9%", "20.0%"),
           ("通讯器材类", "40.9%", "15.6%")]
for i, (cat, val, avg) in enumerate(UPGRADE):
    alts = [cat, f"{cat}商品零售额", f"{cat}零售", f"{cat}商品零售增速"]
    yoy("商品零售分别增长95.8%、63.9%和40.9%", val, f"{cat}商品零售", alts, DOC, [NULL],
        note=("分别: the three categories ↔ values in order; " + DOC_NOTE) if i == 0 else None)
    two("两年分别平均增长16.7%、20.0%、15.6%", avg, f"{cat}商品零售", alts, DOC, [NULL],
        note=(AVG2 + "; " + DOC_NOTE) if i == 0 else None)
g.neg("40.9%，两年分别平均", "两年", TWO_NOTE)
g.neg("。二是线上消费", "二是", "list marker 二是")
ONLINE = "限额以上单位通过公共网络实现的商品零售"
ONLINE_ALTS = ["通过公共网络实现的商品零售", "网上商品零售", "限额以上单位网上商品零售",
               "线上消费", "限额以上单位通过公共网络实现的商品零售额"]
yoy("在上年同期18.0%的高增速", "18.0%", ONLINE, ONLINE_ALTS, PREV_SAME,
    note="last year's growth, stated as the base (在上年同期…的高增速基础上): period 上年同期 "
         "= Jan-Feb 2020 (ends 02-29), governing only its own value (SPEC §4, from/to pair)",
    **GD_ALL)
yoy("继续实现38.6%的增长", "38.6%", ONLINE, ONLINE_ALTS, DOC, [NULL],
    note="上年同期 governs only the 18.0% it is attached to; no other period before it in "
         "the line → the document's period (Jan-Feb 2021), null in period_alts", **GD_ALL)
g.fact("占限额以上单位商品零售26.3%", "26.3%", value=26.3, unit="%", kind="share",
       metric="限额以上单位通过公共网络实现的商品零售占限额以上单位商品零售比重",
       metric_alts=["网上商品零售占限额以上单位商品零售比重", "占限额以上单位商品零售比重",
                    "限额以上单位通过公共网络实现的商品零售占限额以上单位商品零售",
                    "通过公共网络实现的商品零售占比", "网上零售占比",
                    "限额以上单位通过公共网络实现的商品零售占比"],
       period=DOC, period_alts=[NULL], **GD_ALL, note=DOC_NOTE)

g.write(
    date=REF,
    source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}-{LAST} (新浪财经－国内 repost of "
           "南方财经全媒体, 记者 钟小韵)",
    title="1-2月广东经济数据出炉：工业、投资、消费同比增长均超三成",
    notes=(
        f"Excerpt: the whole article, source lines {FIRST}-{LAST} ({N_CHARS} characters, a "
        "byte copy): it is shorter than 2,500 characters, so all of it is taken. "
        "Date 2021-03-24: the feed date of the Sina Finance repost (source meta); the text "
        "dates the release 3月22日 (广东省统计局) and gives 2021年1-2月 as the data period, "
        "which fits. Periods: 1-2月 / 1-2月份 / 今年1-2月 = 2021-01-01..2021-02-28; "
        "2020年同期 / 上年同期 = 2020-01-01..2020-02-29 (leap year); numbers whose line "
        "states no period before them (lines 8, 9, 11, 16, 19, 23 and parts of 24) take the "
        "document's period (title 1-2月广东经济数据出炉 = Jan-Feb 2021) with the null "
        "reading in period_alts. 2013-2018年同期 → 2013-01-01..2018-02-28 (the Jan-Feb "
        "windows of those years; full years as alt); 2019年增速变缓至3% in the same "
        "same-period comparison → Jan-Feb 2019 (full year 2019 as alt). 2020年以来 names "
        "the period of the reversed decline of manufacturing investment and is not taken "
        "to date the 1-2月 investment figures after it. 上年同期18.0% governs only its own "
        "value (SPEC §4). Comparisons: 同比 or bare 增长 → yoy; 比2019年同期 → "
        "'比2019年同期'; 两年平均 (geometric mean over the same period of 2019, line 7) → "
        "'两年平均', with the 2020-2021 span as a period alt; 高出1个百分点 → "
        "'比全国指标'. Place: 广东省 (alt 广东, 全省); the national two-year average "
        "investment growth 1.7% belongs to 中国. Elided heads of 分别 lists (汽车…累计增速 "
        "→ 汽车增加值; 纺织服装…投资; 饮料类…商品零售) are restored, the bare names are "
        "alts. The title's 均超三成 is one fact (gt 30%) over the three headline indicators."))

facts = [l for l in g.lines if not l.get("negative")]
print(DOC_ID, N_CHARS, "chars;", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
