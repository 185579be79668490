"""Gold annotations for nw_chinanews_20211101_provinces_2021q3 (中新社, 2021-11-01:
中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现).

The excerpt is the whole article: source lines 1-25 of
shared/texts/news/<doc_id>.txt (1,885 characters, a byte copy sliced by code; the article
is shorter than the 2,000-2,500 characters asked for, so all of it is taken).  Written by
reading the text sentence by sentence; offsets come from unique contexts.

    python3 corpora/annotations/nw_chinanews_20211101_provinces_2021q3.py
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, Gold, P, TEXTS  # noqa: E402

DOC_ID = "nw_chinanews_20211101_provinces_2021q3"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST_LINE, LAST_LINE = 1, 25  # 1-based, inclusive (the whole article)
REF = "2021-11-01"


def write_excerpt() -> int:
    raw = SRC.read_bytes()
    lines = raw.splitlines(keepends=True)
    assert len(lines) == LAST_LINE
    part = b"".join(lines[FIRST_LINE - 1:LAST_LINE])
    assert part == raw and part.endswith(b"\n")
    (CORPORA / f"{DOC_ID}.txt").write_bytes(part)
    return len(part.decode("utf-8"))


N_CHARS = write_excerpt()
g = Gold(DOC_ID, place="中国")

# ----------------------------------------------------------------------------- periods
Q3 = P("前三季度", "2021-01-01", "2021-09-30")
Q3_THIS = P("今年前三季度", "2021-01-01", "2021-09-30")
Q3_SHORT = P("前三季", "2021-01-01", "2021-09-30")
SAME = P("同期", "2021-01-01", "2021-09-30")
Q3_LAST = P("去年前三季度", "2020-01-01", "2020-09-30")
# the document's period (title: 中国前三季度31省份GDP数据揭晓) for numbers whose paragraph
# states no period before them; the null reading goes into period_alts (README §5)
DOC = P("前三季度", "2021-01-01", "2021-09-30")
NULL = P("前三季度", None, None)
DOC_NOTE = ("no period expression before it in its paragraph → the document's period "
            "(title: 前三季度 = Q1-Q3 2021); null reading in period_alts")
TWO_Y = P("两年平均", "2020-01-01", "2021-09-30")
NOW_ALTS = [P("近日", REF, REF), P("前三季度", None, None)]

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
TWO_NOTE = "comparison basis 两年平均 (SPEC §4), not a duration fact"
TWO_METRIC_NOTE = "part of the metric name 两年平均增速 (two-year average growth), not a duration"
TEN_NOTE = "set label “十强” (the top ten by growth), not a count or rank of its own"
AVG2 = ("two-year average growth (over the same period of 2019): 两年平均 is the comparison; "
        "period Q1-Q3 2021, the 2020-2021 span as an alt (as in nw_sina_20220427 gold)")

SUBJ = {  # short form as written → official name
    "广东": "广东省", "江苏": "江苏省", "山东": "山东省", "湖北": "湖北省", "海南": "海南省",
    "北京": "北京市", "浙江": "浙江省", "山西": "山西省", "江西": "江西省", "安徽": "安徽省",
    "重庆": "重庆市", "云南": "云南省", "贵州": "贵州省", "四川": "四川省",
    "西藏": "西藏自治区", "甘肃": "甘肃省", "宁夏": "宁夏回族自治区",
}
CN = dict(subject="中国", subject_alts=["全国"])


def S(short):
    return dict(subject=SUBJ[short], subject_alts=[short])


def group(*short, written=None):
    """Subject of one fact that holds for several named regions (one quantity mention →
    one fact): official names joined by 、; alts: the list as written and each region."""
    alts = [written or "、".join(short)]
    for s in short:
        alts += [SUBJ[s], s]
    return dict(subject="、".join(SUBJ[s] for s in short), subject_alts=alts)


GDP_G_ALTS = ["GDP增速", "GDP同比增速", "增速"]
SICHUAN = "place name 四川 (Sichuan); 四 is not a quantity"

# ============================================================================ line 1 (原标题)
g.neg("原标题：中国前三季度31省份", "前三季度", PERIOD_NOTE + " (title)")
COUNT31 = dict(value=31, unit="count", kind="count", classifier="省份",
               metric="GDP数据揭晓的省份",
               metric_alts=["前三季度GDP数据揭晓的省份", "公布前三季度GDP数据的省份",
                            "公布GDP数据的省份", "GDP数据揭晓的省份数量", "省份"],
               period=Q3, period_alts=NOW_ALTS, **CN)
g.fact("原标题：中国前三季度31省份", "31省份",
       note="title: count of provinces whose Q1-Q3 GDP data are out → 中国 (all 31 "
            "provincial-level regions); 省份 as classifier (as 7省份 in nw_sina); 前三季度 "
            "before it → Q1-Q3 2021; alts: the instant at the reference date (data out as "
            "of 近日) and null", **COUNT31)

# ============================================================================ line 2 (dateline)
g.neg("中新社北京11月1日电", "11月1日", "dateline date on its own (= the reference date)")
g.neg("电 题：中国前三季度31省份", "前三季度", PERIOD_NOTE + " (title repeated)")
g.fact("电 题：中国前三季度31省份", "31省份",
       note="the title repeated after the dateline: its own mention, so its own fact",
       **COUNT31)

# ============================================================================ line 4
g.fact("中国31省份前三季度经济数据", "31省份", value=31, unit="count", kind="count",
       classifier="省份", metric="经济数据全部出炉的省份",
       metric_alts=["经济数据出炉的省份", "前三季度经济数据全部出炉的省份",
                    "前三季度经济数据出炉的省份", "GDP数据揭晓的省份", "省份"],
       period=DOC, period_alts=NOW_ALTS, **CN,
       note="count of provinces → 中国; the 前三季度 after the number qualifies 经济数据 and "
            "agrees with the document's period; " + DOC_NOTE + " and the instant 近日")
g.neg("中国31省份前三季度经济数据", "前三季度", PERIOD_NOTE)

# ============================================================================ line 5 (heading)
g.neg("前三季10省份", "前三季", PERIOD_NOTE + " (heading; 前三季 = 前三季度)")
g.fact("前三季10省份", "10省份", value=10, unit="count", kind="count", classifier="省份",
       metric="GDP增速跑赢全国的省份",
       metric_alts=["GDP增速“跑赢”全国的省份", "GDP增速超全国水平的省份",
                    "同比增速超全国水平的省份", "GDP增速跑赢全国的省份数量"],
       period=Q3_SHORT, **CN,
       note="heading; count of provinces → 中国 (= the 10个省份 of line 7)")

# ============================================================================ line 6
g.fact("共有15个省份GDP总量", "15个", value=15, unit="count", kind="count", classifier="个",
       metric="GDP总量超过2万亿元的省份",
       metric_alts=["GDP超过2万亿元的省份", "GDP总量超过2万亿的省份", "GDP总量超过两万亿元的省份",
                    "GDP总量超过2万亿元的省份数量"],
       period=DOC, period_alts=[NULL], **CN,
       note="count of provinces → 中国; threshold 超过2万亿元 defines the set → part of the "
            "metric (SPEC §2); " + DOC_NOTE)
g.neg("GDP总量超过2万亿元", "2万亿元",
      "threshold defining the counted set (metric of 15个), not a fact")
GDP_LEVEL_ALTS = ["GDP总量", "经济总量"]
RANK_ALTS = ["GDP", "GDP排名", "GDP总量排名"]
g.fact("广东GDP超过8.8万亿元", "8.8万亿元", value=8.8e12, unit="CNY", kind="amount",
       bound="gt", metric="GDP", metric_alts=GDP_LEVEL_ALTS, period=DOC,
       period_alts=[NULL], **S("广东"), note="超过 → gt; (人民币，下同) → CNY; " + DOC_NOTE)
g.fact("稳居第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="GDP总量", metric_alts=RANK_ALTS, period=DOC, period_alts=[NULL],
       **S("广东"), note="rank of the provinces by GDP size (README §3: rank → X总量, alt X)")
g.fact("江苏GDP超过8.4万亿元", "8.4万亿元", value=8.4e12, unit="CNY", kind="amount",
       bound="gt", metric="GDP", metric_alts=GDP_LEVEL_ALTS, period=DOC,
       period_alts=[NULL], **S("江苏"), note="超过 → gt")
g.fact("位居第二，同样进入", "第二", value=2, unit="rank", kind="rank", scope="全国",
       metric="GDP总量", metric_alts=RANK_ALTS, period=DOC, period_alts=[NULL], **S("江苏"))
g.neg("“8万亿元俱乐部”", "8万亿元",
      "club label 8万亿元俱乐部 (its membership threshold), not a fact")
g.fact("山东GDP超过6万亿元", "6万亿元", value=6e12, unit="CNY", kind="amount", bound="gt",
       metric="GDP", metric_alts=GDP_LEVEL_ALTS, period=DOC, period_alts=[NULL],
       **S("山东"), note="超过 → gt")
g.fact("6万亿元，位居第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
       metric="GDP总量", metric_alts=RANK_ALTS, period=DOC, period_alts=[NULL], **S("山东"))

# ============================================================================ line 7
g.neg("全国三季度经济增速", "三季度", PERIOD_NOTE + " (the third quarter)")
g.neg("。前三季度，中国GDP", "前三季度", PERIOD_NOTE)
g.fact("中国GDP同比增长9.8%", "9.8%", value=9.8, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS, period=Q3, comparison="yoy", **CN)
g.neg("9.8%，两年平均增长", "两年", TWO_NOTE)
g.fact("两年平均增长5.2%", "5.2%", value=5.2, unit="%", kind="growth", metric="GDP",
       metric_alts=["GDP两年平均增速", "两年平均增速", "GDP增速"], period=Q3,
       period_alts=[TWO_Y], comparison="两年平均", **CN, note=AVG2)
g.fact("共有10个省份前三季度", "10个", value=10, unit="count", kind="count",
       classifier="个", metric="同比增速超全国水平的省份",
       metric_alts=["前三季度同比增速超全国水平的省份", "GDP同比增速超全国水平的省份",
                    "增速超全国水平的省份", "GDP增速跑赢全国的省份",
                    "同比增速超全国水平的省份数量"],
       period=Q3, **CN,
       note="count of provinces → 中国; the national level that defines the set is part "
            "of the metric; 前三季度 of the previous sentence governs (and is restated "
            "after the number)")
g.neg("10个省份前三季度同比", "前三季度", PERIOD_NOTE)
g.fact("19个省份两年平均增速", "19个", value=19, unit="count", kind="count", classifier="个",
       metric="两年平均增速跑赢全国的省份",
       metric_alts=["两年平均增速跑赢全国的省份数量", "GDP两年平均增速跑赢全国的省份",
                    "两年平均增速高于全国的省份"],
       period=Q3, **CN, note="count of provinces → 中国; period 前三季度 of the line")
g.neg("19个省份两年平均增速", "两年", TWO_METRIC_NOTE)

# ============================================================================ line 8
g.neg("使得今年前三季度湖北", "今年前三季度", PERIOD_NOTE)
g.fact("湖北增速高达18.7%", "18.7%", value=18.7, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS + ["经济增速"], period=Q3_THIS, comparison="yoy",
       **S("湖北"),
       note="GDP growth (context: 湖北省经济持续复苏, 领跑全国 of the GDP ranking); 高达 → eq")

# ============================================================================ line 9
g.neg("一季度“高开高走”", "一季度", PERIOD_NOTE + " (inside a slogan)")
g.neg("二季度“半程精彩”", "二季度", PERIOD_NOTE + " (inside a slogan)")
g.neg("“半程精彩”", "半程", "slogan 半程精彩 ('a splendid half-way'), not a quantity")
g.neg("三季度“加压企稳”", "三季度", PERIOD_NOTE + " (inside a slogan)")

# ============================================================================ line 11
g.neg("海南前三季度GDP增速为", "前三季度", PERIOD_NOTE)
g.fact("GDP增速为12.8%", "12.8%", value=12.8, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS, period=Q3, comparison="yoy", **S("海南"))
g.fact("12.8%，位居第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
       metric="GDP增速", metric_alts=["GDP", "增速", "GDP同比增速"], period=Q3, **S("海南"),
       note="rank among the provinces by Q1-Q3 GDP growth (after 湖北 18.7%)")
g.neg("海南两年平均增速6.8%", "两年", TWO_METRIC_NOTE)
g.fact("两年平均增速6.8%", "6.8%", value=6.8, unit="%", kind="growth", metric="GDP",
       metric_alts=["GDP两年平均增速", "两年平均增速", "GDP增速"], period=Q3,
       period_alts=[TWO_Y], comparison="两年平均", **S("海南"),
       note=AVG2 + "; 前三季度 of the previous sentence governs (same line)")
g.fact("6.8%，位居第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="两年平均增速", metric_alts=["GDP两年平均增速", "GDP增速", "GDP"], period=Q3,
       period_alts=[TWO_Y], **S("海南"))

# ============================================================================ line 12
g.neg("从前三季度GDP增速来看", "前三季度", PERIOD_NOTE)
g.neg("其余“十强”选手", "十强", TEN_NOTE)
for i, (short, tgt) in enumerate([("北京", "10.7%"), ("浙江", "10.6%"), ("山西", "10.5%"),
                                  ("江西", "10.2%"), ("安徽", "10.2%"), ("江苏", "10.2%"),
                                  ("山东", "9.9%"), ("重庆", "9.9%")]):
    g.fact(short + tgt, tgt, value=float(tgt[:-1]), unit="%", kind="growth", metric="GDP",
           metric_alts=GDP_G_ALTS + ["前三季度GDP增速"], period=Q3, comparison="yoy",
           **S(short),
           note=("分别 list under 从前三季度GDP增速来看: each province with its own value; "
                 "growth without basis → yoy") if i == 0 else None)

# ============================================================================ line 13
g.neg("前三季度，海南消费、投资增速", "前三季度", PERIOD_NOTE)
g.neg("表示，前三季度海南第三产业", "前三季度", PERIOD_NOTE)
g.neg("海南第三产业增加值", "第三产业", "sector name 第三产业 (tertiary industry), an ordinal "
      "label, not a rank")
TERT_ALTS = ["第三产业", "海南第三产业增加值", "服务业增加值"]
g.fact("第三产业增加值同比增长17.4%", "17.4%", value=17.4, unit="%", kind="growth",
       metric="第三产业增加值", metric_alts=TERT_ALTS, period=Q3, comparison="yoy",
       **S("海南"))
g.fact("贡献率达到81.3%", "81.3%", value=81.3, unit="%", kind="share",
       metric="第三产业对经济增长贡献率",
       metric_alts=["对经济增长贡献率", "贡献率", "第三产业增加值对经济增长贡献率",
                    "第三产业对经济增长的贡献率", "第三产业贡献率"],
       period=Q3, **S("海南"),
       note="contribution rate = the tertiary sector's share of GDP growth → share; 达到 "
            "→ eq")
g.neg("81.3%，两年平均增长", "两年", TWO_NOTE)
g.fact("两年平均增长9.3%", "9.3%", value=9.3, unit="%", kind="growth",
       metric="第三产业增加值", metric_alts=TERT_ALTS + ["第三产业增加值两年平均增速"],
       period=Q3, period_alts=[TWO_Y], comparison="两年平均", **S("海南"),
       note="head 第三产业增加值 carried from the first clause; " + AVG2)

# ============================================================================ line 14
g.neg("前三季度GDP增速排名第三的北京", "前三季度", PERIOD_NOTE)
g.fact("增速排名第三的北京", "第三", value=3, unit="rank", kind="rank", scope="全国",
       metric="GDP增速", metric_alts=["GDP", "增速", "GDP同比增速"], period=Q3,
       **S("北京"), note="rank among the provinces by Q1-Q3 GDP growth (10.7%, line 12)")
IND_G_ALTS = ["工业增加值增速", "北京工业增加值"]
g.fact("位居全国第一，达到38.7%", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="工业增加值增速", metric_alts=["工业增加值", "增速"], period=SAME, **S("北京"),
       note="同期 = the same period, Q1-Q3 2021")
g.fact("达到38.7%", "38.7%", value=38.7, unit="%", kind="growth", metric="工业增加值",
       metric_alts=IND_G_ALTS, period=SAME, comparison="yoy", **S("北京"),
       note="工业增加值增速…达到38.7%: a growth rate; 达到 → eq")
g.neg("38.7%，两年平均增速", "两年", TWO_METRIC_NOTE)
g.fact("两年平均增速为17.7%", "17.7%", value=17.7, unit="%", kind="growth",
       metric="工业增加值", metric_alts=IND_G_ALTS + ["工业增加值两年平均增速", "两年平均增速"],
       period=SAME, period_alts=[TWO_Y], comparison="两年平均", **S("北京"), note=AVG2)
g.neg("较快，前三季度分别增长", "前三季度", PERIOD_NOTE)
TIMES_NOTE = ("增长N倍 = grew by N×100%; a multiple in 倍 → kind ratio, unit times, value "
              "as written; comparison null (ratio facts carry none)")
for i, (ind, tgt, alts) in enumerate([
        ("医药", "3.3", ["医药", "医药产业", "医药工业增加值", "医药产业增长倍数"]),
        ("高技术", "1.4", ["高技术产业", "高技术", "高技术产业增长倍数", "高技术制造业增加值"]),
        ("战略性新兴产业", "1.1倍", ["战略性新兴产业", "战略性新兴产业增长倍数"])]):
    m = ("医药产业增加值", "高技术产业增加值", "战略性新兴产业增加值")[i]
    g.fact("前三季度分别增长3.3、1.4、1.1倍", tgt, value=float(tgt.rstrip("倍")),
           unit="times", kind="ratio", metric=m, metric_alts=alts, period=Q3, **S("北京"),
           note=(TIMES_NOTE + "; 分别: 医药 ↔ 3.3, 高技术 ↔ 1.4, 战略性新兴产业 ↔ 1.1; the "
                 "unit 倍 is written once after the last value (shared unit: bare numbers "
                 "for the first two); the elided heads (产业, and the 增加值 of the industrial "
                 "context) are restored, the surface forms are alts") if i == 0 else None)
g.neg("今年前三季度仅为13.8%", "今年前三季度", PERIOD_NOTE)
g.fact("仅为13.8%", "13.8%", value=13.8, unit="%", kind="share", metric="工业占比",
       metric_alts=["北京工业占比", "工业占GDP比重", "工业增加值占GDP比重", "工业占GDP的比重",
                    "工业增加值占地区生产总值比重"],
       period=Q3_THIS, **S("北京"),
       note="北京工业占比较低，今年前三季度仅为13.8%: the share of industry in GDP; 仅 is "
            "emphasis → eq")

# ============================================================================ line 15
g.neg("增速“十强”中的江苏", "十强", TEN_NOTE)
g.neg("前三季度江苏高新技术产业", "前三季度", PERIOD_NOTE)
HT = "高新技术产业产值"
g.fact("产值同比增长25%", "25%", value=25, unit="%", kind="growth", metric=HT,
       metric_alts=["高新技术产业", "高新技术产业产值增速"], period=Q3, comparison="yoy",
       **S("江苏"))
g.fact("占规模以上工业的48.1%", "48.1%", value=48.1, unit="%", kind="share",
       metric="高新技术产业产值占规模以上工业比重",
       metric_alts=["高新技术产业产值占规模以上工业的比重", "占规模以上工业的比重",
                    "高新技术产业产值占比", "高新技术产业产值占规模以上工业产值比重",
                    "占规模以上工业比重"],
       period=Q3, **S("江苏"))
g.neg("势头强劲，前三季度数字经济", "前三季度", PERIOD_NOTE)
DIG_ALTS = ["数字经济核心产业", "数字经济核心产业增速"]
g.fact("核心产业增长24.2%", "24.2%", value=24.2, unit="%", kind="growth",
       metric="数字经济核心产业增加值", metric_alts=DIG_ALTS, period=Q3, comparison="yoy",
       **S("浙江"), note="增加值 not written; the surface 数字经济核心产业 is an alt")
g.neg("24.2%，两年平均增长", "两年", TWO_NOTE)
g.fact("两年平均增长19.2%", "19.2%", value=19.2, unit="%", kind="growth",
       metric="数字经济核心产业增加值", metric_alts=DIG_ALTS + ["两年平均增速"], period=Q3,
       period_alts=[TWO_Y], comparison="两年平均", **S("浙江"), note=AVG2)

# ============================================================================ line 17
g.neg("刷了一波“存在感”", "一波", "vague quantifier 一波 'a wave (of)', not a quantity")
NEAR = P("近年来", None, REF)
g.fact("占比提高到17%", "17%", value=17, unit="%", kind="share",
       metric="电子信息产业在工业中占比",
       metric_alts=["电子信息产业占比", "电子信息产业占工业比重", "电子信息产业在工业中的占比",
                    "电子信息产业占工业的比重", "在工业中占比"],
       period=NEAR,
       period_alts=[P("近年来", None, None), P("近年来", REF, REF),
                    P("前三季度", "2021-01-01", "2021-09-30")],
       **S("江西"),
       note="江西省's electronics share of industry after a rise (提高到 → the new level, "
            "eq); 近年来 earlier in the paragraph governs → null..reference date (README "
            "§5); alts: null, the stock instant at the reference date, and the document's "
            "Q1-Q3 2021")

# ============================================================================ line 18
g.neg("分析认为，一方面", "一方面", "discourse marker 一方面")
g.neg("“半个中国”", "半个", "figure of speech 半个中国 ('half of China' as the coal market), "
      "not a measured share")
g.neg("一定程度上", "一定", "adverbial 一定(程度上) 'to a certain degree', not a quantity")
g.neg("。前三季度，山西规上工业", "前三季度", PERIOD_NOTE)
g.fact("规上工业增加值增长14.0%", "14.0%", value=14.0, unit="%", kind="growth",
       metric="规上工业增加值",
       metric_alts=["规模以上工业增加值", "工业增加值", "规上工业增加值增速"], period=Q3,
       comparison="yoy", **S("山西"))

# ============================================================================ line 19
g.neg("另一方面，异军突起", "一方面", "discourse marker 另一方面")
g.neg("。前三季度，山西进出口", "前三季度", PERIOD_NOTE)
TRADE_ALTS = ["进出口", "进出口额", "外贸进出口总额"]
g.fact("进出口总额达1703.4亿元", "1703.4亿元", value=170340000000, unit="CNY", kind="amount",
       metric="进出口总额", metric_alts=TRADE_ALTS, period=Q3, **S("山西"), note="达 → eq")
g.fact("1703.4亿元，增长76.8%", "76.8%", value=76.8, unit="%", kind="growth",
       metric="进出口总额", metric_alts=TRADE_ALTS, period=Q3, comparison="yoy", **S("山西"))

# ============================================================================ line 20
g.neg("江西、四川等地区出口", "四川", SICHUAN)
g.neg("出口两年平均增速", "两年", TWO_METRIC_NOTE)
grp = group("云南", "贵州", "江西", "四川")
grp["subject_alts"] += ["云南、贵州、江西、四川等地区"]
g.fact("均在20%以上", "20%", value=20, unit="%", kind="growth", bound="ge", metric="出口",
       metric_alts=["出口两年平均增速", "两年平均增速", "出口增速"], period=DOC,
       period_alts=[NULL, TWO_Y], comparison="两年平均", **grp,
       note="均在20%以上: one bound shared by the four named provinces (one mention → one "
            "fact; no set is counted, so not a threshold); 以上 → ge; two-year average "
            "growth of exports; " + DOC_NOTE + ", the 2020-2021 span as another alt")

# ============================================================================ line 21
g.neg("这一方面有近年来", "一方面", "discourse marker 一方面")
g.neg("，另一方面可能", "一方面", "discourse marker 另一方面")

# ============================================================================ line 23
g.neg("对比来看，去年前三季度", "去年前三季度", PERIOD_NOTE)
g.fact("排名前五位分别是", "前五位", value=5, unit="rank", kind="rank", bound="le",
       scope="全国", metric="GDP同比增速", metric_alts=["GDP增速", "增速", "GDP"],
       period=Q3_LAST, **group("西藏", "贵州", "甘肃", "云南", "宁夏",
                              written="西藏、贵州、甘肃、云南和宁夏"),
       note="one rank mention shared by five provinces → one fact (前五位 → le 5; 位 kept "
            "in the span as in 第一位); 分别 only names them (it could also be read as "
            "ranks 1-5 in list order, not annotated as separate facts: no numeral each); "
            "去年前三季度 → Q1-Q3 2020")
g.fact("这五省份今年", "五省份", value=5, unit="count", kind="count", classifier="省份",
       metric="去年前三季度GDP同比增速排名前五位的省份",
       metric_alts=["GDP同比增速排名前五位的省份", "GDP增速排名前五位的省份",
                    "排名前五位的省份", "GDP增速均低于全国增速的省份", "这五省份", "五省份"],
       period=Q3_LAST, period_alts=[Q3_THIS, P("去年前三季度", None, None)], **CN,
       note="anaphoric count of the five listed provinces (as 上述28个省份 in nw_sina); "
            "count of provinces → 中国; the set is last year's top five, so 去年前三季度 "
            "(governing until 今年前三季度 after the number) is the period, the Q1-Q3 2021 "
            "of the claim (均低于) an alt")
g.neg("五省份今年前三季度GDP", "今年前三季度", PERIOD_NOTE)
g.fact("均低于9.8%的全国增速", "9.8%", value=9.8, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_G_ALTS + ["全国增速", "全国GDP增速"], period=Q3_THIS,
       comparison="yoy", **CN,
       note="9.8% is stated as the national GDP growth (…的全国增速, = line 7), a measured "
            "value of 中国, not a round cut-off (as 4.8%的全国水平 in nw_sina); it also "
            "bounds the five provinces' growth (均低于), not annotated separately; check_gold's "
            "sign warning comes from 低于 (a comparison, not a decline)")

# ============================================================================ line 24
g.neg("重庆GDP两年平均增速", "两年", TWO_METRIC_NOTE)
g.neg("成为西部地区中今年前三季度", "今年前三季度", PERIOD_NOTE)
g.neg("增速唯一高于", "唯一", "lexicalized 唯一 'the only one' (uniqueness, not a count or "
      "rank); 一 is not a separate quantity")

# ============================================================================ line 25
g.neg("零星散发疫情", "零星", "lexicalized 零星 'sporadic'; 零 is not zero")
g.neg("造成一定影响", "一定", "adverbial 一定 'a certain (degree of)', not a quantity")
g.neg("因此前三季度西部", "前三季度", PERIOD_NOTE)

g.write(
    date=REF,
    source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST_LINE}-{LAST_LINE} "
           "(中新社 wire, 新浪财经 repost)",
    title="中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现",
    notes=(
        f"Excerpt: the whole article, source lines {FIRST_LINE}-{LAST_LINE} ({N_CHARS} "
        "characters, a byte copy): it is shorter than the 2,000-2,500 characters asked for, "
        "so nothing could be added. Date 2021-11-01: the dateline 中新社北京11月1日电 and the "
        "source meta's feed date agree; the data (all 31 provinces' Q1-Q3 GDP, out by late "
        "October) fit. Periods: 前三季度 / 今年前三季度 / 前三季 (heading) / 同期 = "
        "2021-01-01..2021-09-30; 去年前三季度 = Q1-Q3 2020; 一季度/二季度/三季度 inside the "
        "湖北 slogan and 全国三季度 are period negatives; numbers whose paragraph states no "
        "period before them (line 4's 31省份, line 6's GDP sizes and ranks, line 20's export "
        "growth) take the document's period (title 中国前三季度31省份GDP数据揭晓, Q1-Q3 2021) "
        "with the null reading in period_alts; 近年来 (line 17) → null..2021-11-01. "
        "两年平均 is a comparison (two-year average over 2019), period Q1-Q3 2021 with the "
        "2020-2021 span as an alt. Place: a national round-up → 中国 (alt 全国); each "
        "province's numbers belong to that province (official name, short form as alt); "
        "counts of provinces belong to 中国; a value or rank shared by several named "
        "provinces (均在20%以上, 排名前五位) is one fact whose subject lists them. 十强 and "
        "the thresholds of counted sets (2万亿元) or club labels (8万亿元俱乐部) are "
        "negatives; 增长3.3、1.4、1.1倍 → ratio, unit times."))

facts = [l for l in g.lines if not l.get("negative")]
print(DOC_ID, N_CHARS, "chars;", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
