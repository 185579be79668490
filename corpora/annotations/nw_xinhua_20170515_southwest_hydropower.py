"""Gold annotations for nw_xinhua_20170515_southwest_hydropower (corpora/).

新华网, 2017-05-15: 水电外送消纳矛盾暗涌 西南"弃水"形势严峻 (原标题：西南水电“弃水”逐年扩大愈演愈烈).
The excerpt is lines 1-21 of shared/texts/news/<doc_id>.txt (the source has 30 lines, 3,262
characters; lines 1-21 are the title, the lead and the two number-dense sections
供求失衡致弃水形势严峻 and 水电外送消纳矛盾暗涌 up to the paragraph 在四川…; it stops before
the 第五 paragraph and the policy proposals, which hold almost no numbers), copied by code
from the source bytes, never retyped.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/nw_xinhua_20170515_southwest_hydropower.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_xinhua_20170515_southwest_hydropower"
PLACE = "西南地区"
REF = "2017-05-15"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 21                     # 1-based, inclusive, whole lines
TITLE = '水电外送消纳矛盾暗涌 西南"弃水"形势严峻'

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts=TITLE, ends="但也未能扭转“弃水”态势。")
N_CHARS = len(g.text)
T = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = "plan name {} (Five-Year Plan) inside a period expression, not a quantity"
SICHUAN_NOTE = "place name 四川 (Sichuan); 四 is not a quantity"
MARKER_NOTE = "list marker (首先/其次/第三/第四 enumerate the problems), not a rank"
FIRST_NOTE = "first-time claim 首次, not a rank or count"

# ---- periods (reference date 2017-05-15: 今年 = 2017, 去年 = 2016) ----------------------
P12 = P("“十二五”期间", "2011-01-01", "2015-12-31")
P12_END = P("“十二五”末", "2015-12-31", "2015-12-31")
P12_END_ALTS = [P("“十二五”末", "2015-01-01", "2015-12-31"), P("“十二五”末", None, None)]
P13 = P("“十三五”期间", "2016-01-01", "2020-12-31")
FIVE_YEARS = P("5年间", "2011-01-01", "2015-12-31")


def year(text, y):
    return P(text, f"{y}-01-01", f"{y}-12-31")


def instant(text, y):
    """A stock (installed capacity) at the end of year y; the full year as alt."""
    return dict(period=P(text, f"{y}-12-31", f"{y}-12-31"), period_alts=[year(text, y)])


LAST_YEAR = year("去年", 2016)
THIS_YEAR = year("今年", 2017)
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF)]

SC = dict(subject="四川省", subject_alts=["四川", "川", "全省"])
YN = dict(subject="云南省", subject_alts=["云南", "滇", "全省"])


def neg_every(word, note):
    """A negative for every occurrence of ``word`` (place names), each with the shortest
    unique context around it."""
    i = T.find(word)
    while i >= 0:
        k = 1
        while True:
            ctx = T[max(0, i - k):i + len(word) + k]
            if T.count(ctx) == 1:
                break
            k += 1
        left = i - max(0, i - k)
        nth, j = 0, ctx.find(word)
        while j != left:
            nth += 1
            j = ctx.find(word, j + 1)
        g.neg(ctx, word, note, nth=nth)
        i = T.find(word, i + 1)


neg_every("四川", SICHUAN_NOTE)

# ---- lines 1-3: title, 原标题, lead (no numerals but 四川) -------------------------------

# ---- line 3 ---------------------------------------------------------------------------
g.neg("低迷的双重压力", "双重", "双重 'twofold' (双重压力 'double pressure'), not a quantity")

# ---- line 4 ---------------------------------------------------------------------------
g.neg("“十三五”时期我国", "十三五", PLAN_NOTE.format("十三五") + " (no number follows)")
g.neg("“全国一盘棋”，通过", "一盘棋", "slogan 全国一盘棋 'the whole country as one chess board'")

# ---- line 6 ---------------------------------------------------------------------------
g.neg("锦屏（一、二级）", "一、二级", "station names 锦屏一级/二级 (Jinping I and II), labels")
g.neg("等一批国家重大水电项目", "一批", "quantifier 一批")
g.neg("于“十五”“十一五”期间", "十五", PLAN_NOTE.format("十五"))
g.neg("“十五”“十一五”期间", "十一五", PLAN_NOTE.format("十一五"))
g.neg("并于“十二五”集中投产", "十二五", PLAN_NOTE.format("十二五") + " (no number follows)")

# ---- line 7 ---------------------------------------------------------------------------
g.neg("“十二五”期间四川水电装机", "十二五", PLAN_NOTE.format("十二五"))
g.fact("年均增长18.1％", "18.1％", value=18.1, unit="%", kind="growth", metric="水电装机",
       metric_alts=["水电装机年均增速", "水电装机增速", "水电装机容量", "四川水电装机"],
       **SC, period=P12, comparison="年均",
       note="average annual growth over the plan period (comparison = the surface basis 年均, "
            "as in the other golds); “十二五”期间 = 2011-2015")
g.fact("每两年多就投产", "两年多", value=2, unit="year", kind="amount", bound="gt",
       metric="投产一座三峡电站所需时间",
       metric_alts=["投产一座三峡电站的时间", "投产一座三峡电站", "每投产一座三峡电站所需时间"],
       **SC, period=P12,
       note="judgement call: the restatement 相当于每两年多就投产一座三峡电站 (the 18.1 % a year "
            "amounts to one Three Gorges plant every 2+ years) read as a duration, 多 → gt "
            "inside the span; 三峡 and 一座 (the plant as a unit of comparison) are not facts")
g.neg("就投产一座三峡电站", "一座", "一座三峡电站: the Three Gorges plant as a yardstick "
      "(article-like 一座), the claim is carried by 两年多")
g.neg("一座三峡电站", "三峡", "place name 三峡 (Three Gorges), not a quantity")

# ---- line 8 ---------------------------------------------------------------------------
g.neg("从2011年时的", "2011年", PERIOD_NOTE + " (governs only 两位数, from/to pair)")
g.fact("两位数增长水平", "两位数", value=10, unit="%", kind="growth", bound="ge",
       metric="全社会用电量", metric_alts=["全社会用电量增速", "全社会用电量增长", "用电量"],
       **SC, period=year("2011年", 2011), comparison="yoy",
       note="judgement call: 两位数增长 'double-digit growth' = growth of at least 10 % → "
            "value 10, bound ge (like 数十 → 10 gt in SPEC); from/to pair, 2011年 governs "
            "only this value. The shared check_gold.py reads 两 (2) and reports a value "
            "mismatch")
g.neg("下滑至2015年的", "2015年", PERIOD_NOTE + " (governs only −1.1 %)")
g.fact("2015年的－1.1％", "－1.1％", value=-1.1, unit="%", kind="growth",
       metric="全社会用电量", metric_alts=["全社会用电量增速", "全社会用电量增长", "用电量"],
       **SC, period=year("2015年", 2015), comparison="yoy",
       note="growth written with a full-width minus: −1.1 % (负增长, as the sentence says)")
g.neg("自1998年以来", "1998年", "date in 自1998年以来首次负增长 (the first negative growth "
      "since 1998): a period expression with no number of its own")
g.neg("以来首次负增长", "首次", FIRST_NOTE)

# ---- line 9 ---------------------------------------------------------------------------
g.neg("自2013年开始全省", "2013年", PERIOD_NOTE + " (no number follows)")

# ---- line 10 --------------------------------------------------------------------------
g.neg("统计显示，“十二五”期间，云南省", "十二五", PLAN_NOTE.format("十二五"))
g.neg("由2010年的3600万千瓦", "2010年", PERIOD_NOTE)
CAP = dict(metric="电源总装机", metric_alts=["电源装机", "总装机", "全省电源总装机",
                                            "电源总装机容量", "电源装机容量", "装机"])
g.fact("由2010年的3600万千瓦", "3600万千瓦", value=3.6e10, unit="W", kind="amount", **CAP,
       **YN, **instant("2010年", 2010),
       note="from/to pair: each year governs its own value; installed capacity is a stock → "
            "instant at the end of the year (README §5 stock rule), the full year as alt")
g.neg("增长至2015年的7915万千瓦", "2015年", PERIOD_NOTE)
g.fact("增长至2015年的7915万千瓦", "7915万千瓦", value=7.915e10, unit="W", kind="amount",
       **CAP, **YN, **instant("2015年", 2015),
       note="stock at the end of 2015 (as 3600万千瓦)")
g.neg("5年间共计新增装机", "5年间", PERIOD_NOTE + " (the five years 2011-2015 of 十二五; "
      "not a duration fact)")
g.fact("新增装机约4300万千瓦", "4300万千瓦", value=4.3e10, unit="W", kind="amount",
       bound="approx", metric="新增装机",
       metric_alts=["电源总装机增量", "电源装机增量", "新增电源装机", "共计新增装机", "装机增量"],
       **YN, period=FIVE_YEARS,
       note="约 → approx; 5年间 = 2011-2015 (the 十二五 of the sentence)")
g.fact("年均增长率17％", "17％", value=17, unit="%", kind="growth", metric=CAP["metric"],
       metric_alts=CAP["metric_alts"] + ["年均增长率", "电源总装机年均增长率"], **YN, period=FIVE_YEARS, comparison="年均",
       note="average annual growth of the total capacity (3600 → 7915 万千瓦 in five years is "
            "17 %/year), comparison 年均; metric_alts add the written 年均增长率")
g.neg("到2016年云南水电装机", "2016年", PERIOD_NOTE)
g.fact("水电装机已达6096万千瓦", "6096万千瓦", value=6.096e10, unit="W", kind="amount",
       metric="水电装机", metric_alts=["水电装机容量", "云南水电装机"],
       **YN, **instant("到2016年", 2016),
       note="到2016年…已达: a stock at the end of 2016 (README §5), the full year as alt")
g.fact("比重达83.4％", "83.4％", value=83.4, unit="%", kind="share",
       metric="水电和其他可再生能源占全省总装机容量的比重",
       metric_alts=["水电和其他可再生能源占总装机容量的比重", "水电和其他可再生能源占全省总装机容量比重",
                    "水电和其他可再生能源占总装机容量比重", "水电和其他可再生能源占比",
                    "可再生能源装机占比", "水电和其他可再生能源装机占比"],
       **YN, **instant("到2016年", 2016),
       note="share of a stock (capacity mix) under 到2016年 → instant at the end of 2016")
g.neg("“十二五”后期云南", "十二五", PLAN_NOTE.format("十二五") + " (十二五后期, no number follows)")

# ---- line 11 --------------------------------------------------------------------------
g.neg("了解到，2013年，川、滇", "2013年", PERIOD_NOTE)
SPILL = dict(metric="弃水", metric_alts=["“弃水”", "弃水电量", "弃水量", "水电弃水电量"])
g.fact("分别“弃水”26亿、", "26亿", value=2.6e9, unit="kWh", kind="amount", **SPILL,
       subject="四川省", subject_alts=["川", "四川"], period=year("2013年", 2013),
       note="分别: 川 ↔ 26亿, 滇 ↔ 50亿; the unit 千瓦时 is written once after the list, so the "
            "first value's span is the bare number with its scale (README §1)")
g.fact("26亿、50亿千瓦时", "50亿千瓦时", value=5e9, unit="kWh", kind="amount", **SPILL,
       subject="云南省", subject_alts=["滇", "云南"], period=year("2013年", 2013))
g.neg("去年，两省“弃水”", "两省", "anaphoric 两省 'the two provinces' (川、滇 just named), "
      "not a claim about a number of provinces")
g.fact("已分别达到142亿、", "142亿", value=1.42e10, unit="kWh", kind="amount", **SPILL,
       subject="四川省", subject_alts=["川", "四川", "两省"], period=LAST_YEAR,
       note="分别 in the order of 川、滇; 已…达到 is still the 2016 total (a flow), 去年 = 2016")
g.fact("142亿、314亿千瓦时", "314亿千瓦时", value=3.14e10, unit="kWh", kind="amount",
       **SPILL, subject="云南省", subject_alts=["滇", "云南", "两省"], period=LAST_YEAR)
g.fact("而300亿千瓦时相当于", "300亿千瓦时", value=3e10, unit="kWh", kind="amount",
       metric="全社会用电量",
       metric_alts=["一个月的全社会用电量", "河北省一个月的全社会用电量", "月全社会用电量",
                    "全社会月用电量"],
       subject="河北省", subject_alts=["河北"], period=P("一个月", None, None),
       period_alts=[LAST_YEAR],
       note="judgement call: 300亿千瓦时相当于河北省一个月的全社会用电量 states Hebei's monthly "
            "consumption (≈ a round yardstick for the spill figures) → a fact of 河北省; "
            "相当于 read as eq; 一个月 = any one month → period text only (as 每年 in README "
            "§5), the literal inheritance of 去年 as alt")
g.neg("河北省一个月的全社会用电量", "一个月", "duration 一个月 'one month' in the yardstick: the "
      "period of the 300亿千瓦时 fact, not a fact")
g.fact("仅安排160亿千瓦时", "160亿千瓦时", value=1.6e10, unit="kWh", kind="amount",
       metric="统调火电发电量",
       metric_alts=["云南电网统调火电发电量", "火电发电量", "发电量", "统调火电安排发电量",
                    "安排发电量", "统调火电"],
       subject="云南电网", subject_alts=["云南省", "云南", "云南电网统调火电"],
       period=THIS_YEAR, modality="target",
       note="judgement call: the planned dispatch (仅安排, the scenario of the 预计) → target "
            "rather than forecast; 今年 = 2017; the grid company's thermal plants own it")
g.fact("仍可能近550亿千瓦时", "550亿千瓦时", value=5.5e10, unit="kWh", kind="amount",
       bound="approx", metric="水电富余电量",
       metric_alts=["富余电量", "水电富余", "云南水电富余电量"],
       **YN, period=THIS_YEAR, modality="forecast",
       note="据相关方面预计…仍可能 → forecast; 近 → approx; 今年 = 2017; 云南 (the 云南电网 "
            "scenario) owns it")

# ---- line 14 --------------------------------------------------------------------------
g.neg("首先是发电装机", "首", MARKER_NOTE)
g.fact("发电装机规模8443万千瓦", "8443万千瓦", value=8.443e10, unit="W", kind="amount",
       metric="发电装机规模", metric_alts=["发电装机", "装机规模", "装机", "云南发电装机规模"],
       **YN, period=NOW, period_alts=NOW_ALTS,
       note="目前 → a stock, instant at the reference date (alt null..ref)")
YEAR_END = P("今年底", "2017-12-31", "2017-12-31")
g.fact("装机8720万千瓦左右", "8720万千瓦", value=8.72e10, unit="W", kind="amount",
       bound="approx", metric="装机",
       metric_alts=["发电装机规模", "发电装机", "装机规模", "今年底装机"],
       **YN, period=YEAR_END, period_alts=[THIS_YEAR], modality="forecast",
       note="预计 → forecast; 左右 → approx, outside the span; 今年底 → instant 2017-12-31")
# The rest of the sentence (而…) is the projected 2017 balance of the same 预计: flows and
# a yearly maximum of 2017 (今年底 read as the year it ends), forecast.
BAL = dict(**YN, period=P("今年底", "2017-01-01", "2017-12-31"),
           period_alts=[YEAR_END, THIS_YEAR], modality="forecast")
BAL_NOTE = ("the 2017 power balance projected with the year-end capacity (预计今年底…而…): "
            "yearly flows → the year 2017, the literal inheritance of 今年底 (instant "
            "2017-12-31) as alt; forecast")
g.fact("最大负荷不到5000万千瓦", "5000万千瓦", value=5e10, unit="W", kind="amount",
       bound="lt", metric="省内用电和外送最大负荷",
       metric_alts=["最大负荷", "省内用电和外送负荷", "用电和外送最大负荷"], **BAL,
       note="不到 → lt; " + BAL_NOTE)
g.fact("可发电量超过3627亿千瓦时", "3627亿千瓦时", value=3.627e11, unit="kWh", kind="amount",
       bound="gt", metric="装机可发电量",
       metric_alts=["全省装机可发电量", "可发电量", "发电量"], **BAL,
       note="超过 → gt; " + BAL_NOTE)
g.fact("计划需求2602亿千瓦时", "2602亿千瓦时", value=2.602e11, unit="kWh", kind="amount",
       metric="省内用电和外送计划需求",
       metric_alts=["计划需求", "省内用电和外送需求", "用电和外送计划需求", "用电需求"], **BAL,
       note="计划需求 = the planned (expected) demand, a projection rather than a goal → "
            "forecast (judgement call); " + BAL_NOTE)
g.fact("电量富余1025亿千瓦时", "1025亿千瓦时", value=1.025e11, unit="kWh", kind="amount",
       metric="电量富余",
       metric_alts=["全省电量富余", "富余电量", "电量富余量", "富余"], **BAL,
       note="3627 − 2602 = 1025; " + BAL_NOTE)
g.fact("水电富余电量近550亿千瓦时。\n", "550亿千瓦时", value=5.5e10, unit="kWh",
       kind="amount", bound="approx", metric="水电富余电量",
       metric_alts=["富余电量", "水电富余", "云南水电富余电量"], **BAL,
       note="the 近550亿千瓦时 of line 11 again (its own mention → its own fact); 近 → approx; "
            + BAL_NOTE)

# ---- line 15 --------------------------------------------------------------------------
g.neg("新能源压力加剧。2017年，", "2017年", PERIOD_NOTE)
g.neg("预计2017年底新能源装机", "2017年底", PERIOD_NOTE)
g.fact("将突破300万千瓦", "300万千瓦", value=3e9, unit="W", kind="amount", bound="gt",
       metric="新能源装机", metric_alts=["新能源装机容量", "四川新能源装机"],
       **SC, period=P("2017年底", "2017-12-31", "2017-12-31"),
       period_alts=[year("2017年", 2017)], modality="forecast",
       note="预计…将突破 → forecast, gt; a stock at 2017年底 (instant)")
g.fact("年电量将达60亿千瓦时", "60亿千瓦时", value=6e9, unit="kWh", kind="amount",
       metric="新能源年电量",
       metric_alts=["年电量", "新能源发电量", "新能源年发电量", "新能源电量"],
       **SC, period=P("2017年底", "2017-01-01", "2017-12-31"),
       period_alts=[P("2017年底", "2017-12-31", "2017-12-31")], modality="forecast",
       note="elided head restored (新能源年电量); a yearly flow → the year 2017 of the "
            "governing 2017年底, the literal instant as alt; 将达 → forecast (预计), eq")

# ---- line 17 --------------------------------------------------------------------------
g.neg("2016年四川省跨省", "2016年", PERIOD_NOTE)
g.neg("交易首次以市场化", "首次", FIRST_NOTE)
PRICE = ["发电企业外送价格", "年度交易外送价格", "每千瓦时外送价格", "外送电价", "外送价格（元/千瓦时）"]
SC_FIRMS = dict(subject="四川省", subject_alts=["四川", "发电企业", "四川省发电企业"])
Y2016 = year("2016年", 2016)
g.fact("外送价格为0.21元/千瓦时", "0.21元/千瓦时", value=0.21, unit="CNY", kind="amount",
       metric="外送价格", metric_alts=PRICE, **SC_FIRMS, period=Y2016,
       note="a price per kWh: unit CNY, the rate in the metric (as 10元/公斤 in the other "
            "golds); Sichuan's generators in the 2016 annual cross-province trade")
g.fact("同比降低近0.03元/千瓦时", "0.03元/千瓦时", value=-0.03, unit="CNY", kind="amount",
       bound="approx", metric="外送价格增量",
       metric_alts=["外送价格", "外送价格降幅", "外送价格同比降低"] + PRICE,
       **SC_FIRMS, period=Y2016,
       note="absolute change of a price (同比降低, against 2015) → amount, signed −0.03, "
            "metric …增量 (SPEC §2), comparison null as on every amount fact; 近 → approx")
g.fact("临时交易价格低至0.16元/千瓦时", "0.16元/千瓦时", value=0.16, unit="CNY",
       kind="amount", metric="临时交易价格",
       metric_alts=["临时交易最低价格", "临时交易价格（元/千瓦时）", "临时交易电价"],
       **SC_FIRMS, period=Y2016,
       note="低至 'as low as': the lowest price, stated exactly → eq (as 最高…达 in README §6)")

# ---- line 18 --------------------------------------------------------------------------
g.fact("同比下降3.78％", "3.78％", value=-3.78, unit="%", kind="growth",
       metric="实际外送电量", metric_alts=["外送电量", "四川省实际外送电量"],
       **SC, period=None, period_alts=[Y2016], comparison="yoy",
       note="no period expression before it in the line and no document period → null "
            "(README §5); the 2016 of line 17 (and the 2015 basis in brackets) as alt")
g.neg("（2015年含锦官", "2015年", "year of the comparison basis in brackets, not a fact")

# ---- line 19 --------------------------------------------------------------------------
g.neg("第三，西南水电", "第三", MARKER_NOTE)
g.neg("“十二五”末，四川", "十二五", PLAN_NOTE.format("十二五") + " (十二五末)")
EXCH = dict(metric="跨省跨区电力交换能力",
            metric_alts=["电力交换能力", "跨省跨区交换能力", "四川跨省跨区电力交换能力"])
g.fact("已达到2850万千瓦", "2850万千瓦", value=2.85e10, unit="W", kind="amount", **EXCH,
       **SC, period=P12_END, period_alts=P12_END_ALTS,
       note="“十二五”末 = the end of 2015, an instant (a capacity, a stock)")
g.fact("全国省级电网第一", "第一", value=1, unit="rank", kind="rank", scope="全国省级电网",
       **EXCH, **SC, period=P12_END, period_alts=P12_END_ALTS,
       note="位居全国省级电网第一 → rank 1, scope 全国省级电网")
g.fact("超过8000万千瓦的电力装机", "8000万千瓦", value=8e10, unit="W", kind="amount",
       bound="gt", metric="电力装机", metric_alts=["装机", "发电装机", "四川电力装机"],
       **SC, period=P12_END, period_alts=P12_END_ALTS,
       note="超过 → gt; “十二五”末 of the sentence governs (a stock)")
g.fact("近3000万千瓦左右的省内负荷", "3000万千瓦", value=3e10, unit="W", kind="amount",
       bound="approx", metric="省内负荷", metric_alts=["负荷", "省内用电负荷", "四川省内负荷"],
       **SC, period=P12_END, period_alts=P12_END_ALTS,
       note="近…左右 → approx (both words outside the span)")
g.neg("“十三五”期间，四川仅获批", "十三五", PLAN_NOTE.format("十三五"))
PROJECT = dict(subject="川渝电网500千伏第三通道工程",
               subject_alts=["川渝电网第三通道工程", "第三通道工程", "川渝电网500千伏第三通道",
                             "四川省", "四川"])
g.fact("仅获批一条川渝电网", "一条", value=1, unit="count", kind="count", classifier="条",
       metric="获批通道工程",
       metric_alts=["获批外送通道", "通道工程", "获批工程", "外送通道", "获批外送通道工程",
                    "川渝电网500千伏第三通道工程"],
       **SC, period=P13,
       note="仅获批一条 'only one was approved': a count (仅 stresses the number), not an "
            "article; “十三五”期间 = 2016-2020")
g.fact("川渝电网500千伏第三通道", "500千伏", value=500, unit="千伏", kind="amount",
       metric="电压等级", metric_alts=["电压", "输电电压"], **PROJECT, period=P13,
       modality="target",
       note="voltage class written into the project's name: a technical magnitude of the "
            "project (SPEC §1/README §2), approved and not yet built → target; 千伏 is no "
            "canonical unit → kept as the surface unit (SPEC §3)")
g.neg("500千伏第三通道工程", "第三", "ordinal inside the project's name (第三通道 'third "
      "channel'), a label, not a rank")
g.fact("最大可增加约200万千瓦外送能力", "200万千瓦", value=2e9, unit="W", kind="amount",
       bound="approx", metric="外送能力增量",
       metric_alts=["外送能力", "新增外送能力", "增加外送能力", "最大可增加外送能力",
                    "最大增加外送能力"],
       **PROJECT, period=P13, modality="target",
       note="the designed capacity the approved project can add (最大可增加) → target "
            "(README §6, a project still to be built); 约 → approx; the project owns it, "
            "四川 as alt; 最大可 names the design maximum, the bound comes from 约")
g.fact("同期四川预计增加2000万千瓦", "2000万千瓦", value=2e10, unit="W", kind="amount",
       metric="电力装机增量",
       metric_alts=["新增电力装机", "增加电力装机", "电力装机", "装机增量"],
       **SC, period=P("同期", "2016-01-01", "2020-12-31"), period_alts=[P13],
       modality="forecast",
       note="预计增加 → forecast; 同期 = the same 十三五 (2016-2020); an increase of a "
            "level written as 增加 → metric …增量, positive")
g.neg("因此，“十三五”四川省", "十三五", PLAN_NOTE.format("十三五") + " (no number follows)")

# ---- line 20 --------------------------------------------------------------------------
g.neg("第四，在供需失衡", "第四", MARKER_NOTE)
g.neg("统计，受宏观经济形势影响，“十二五”期间", "十二五", PLAN_NOTE.format("十二五"))
g.fact("年均增长7.47％", "7.47％", value=7.47, unit="%", kind="growth",
       metric="用电需求",
       metric_alts=["省内用电需求", "云南省内用电需求", "用电需求增速", "用电需求年均增速",
                    "用电量"],
       **YN, period=P12, comparison="年均",
       note="云南省内用电需求 average annual growth over 十二五 (comparison 年均)")
g.neg("2015年全省全社会用电量", "2015年", PERIOD_NOTE)
g.neg("全社会用电量首次出现", "首次", FIRST_NOTE)
POWER = dict(metric="全社会用电量", metric_alts=["全社会用电量增速", "用电量"])
g.fact("同比下降5.94％", "5.94％", value=-5.94, unit="%", kind="growth", **POWER, **YN,
       period=year("2015年", 2015), comparison="yoy")
g.neg("，2016年持续下降", "2016年", PERIOD_NOTE)
g.fact("持续下降1.95％", "1.95％", value=-1.95, unit="%", kind="growth", **POWER, **YN,
       period=year("2016年", 2016), comparison="yoy",
       note="持续下降 → negative growth; yoy by default")
g.neg("。2016年的全社会用电量", "2016年", PERIOD_NOTE)
g.neg("比2013年还少用", "2013年", "year of the comparison basis (比2013年), not a period "
      "frame or a fact")
g.fact("还少用50亿千瓦时左右", "50亿千瓦时", value=-5e9, unit="kWh", kind="amount",
       bound="approx", metric="全社会用电量增量",
       metric_alts=["全社会用电量", "全社会用电量减少量", "少用电量", "用电量增量"],
       **YN, period=year("2016年", 2016),
       note="absolute change of a level (少用 → negative) against 2013 (比2013年, the basis; "
            "comparison null as on every amount fact) → metric …增量; 左右 → approx")

# ---- line 21 --------------------------------------------------------------------------
g.fact("全省发电装机的1/3强", "1/3", value=100 / 3, unit="%", kind="share", bound="gt",
       metric="省内平均用电负荷占全省发电装机比重",
       metric_alts=["平均用电负荷占发电装机比重", "省内平均用电负荷占全省发电装机的比重",
                    "平均用电负荷占发电装机的比重", "省内平均用电负荷", "平均用电负荷占比"],
       **SC, period=None, period_alts=[LAST_YEAR, P("去年", REF, REF)],
       note="1/3强 'a bit over a third' → share 33.33 %, 强 → gt, outside the span; no "
            "period before it in the line → null (README §5); 去年 (after it) and the "
            "present as alts. The shared check_gold.py reads 1/3 as 1 and reports a value mismatch")
g.fact("突破2000亿千瓦时", "2000亿千瓦时", value=2e11, unit="kWh", kind="amount",
       bound="gt", metric="全社会用电量", metric_alts=["用电量", "四川全社会用电量"],
       **SC, period=LAST_YEAR, note="突破 → gt; 去年 = 2016")
g.neg("增幅创近三年新高", "近三年", PERIOD_NOTE + " (近三年 'the last three years': the "
      "window of the record, not a 3-year duration)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/news/{DOC_ID}.txt ({N_CHARS} characters, "
    "sliced by code from the source bytes): the title, the 原标题 line, the lead and the two "
    "number-dense sections (供求失衡致弃水形势严峻; 水电外送消纳矛盾暗涌 up to the paragraph "
    "在四川…); it stops before 第五 and the policy proposals (few numbers). Date: 2017-05-15, "
    "the 新华网 page time (2017-05-15 07:55:30, source meta); nothing in the text contradicts "
    "it: 去年 = 2016 (弃水 142亿/314亿千瓦时; 2016年 figures elsewhere), 今年 = 2017 (预计 "
    "今年底, 2017年底 forecasts). Place: the article is about the 西南地区 (四川省, 云南省; "
    "INDEX place 四川省；云南省（西南地区））→ 西南地区 (not in the gazetteer's regions); each "
    "number's subject is the province it belongs to (四川省 / 云南省, alts 四川/川, 云南/滇, "
    "全省), 河北省 for its monthly consumption, 云南电网 for its thermal dispatch, the "
    "川渝电网500千伏第三通道工程 for the project's figures. Periods: “十二五”期间 = "
    "2011-2015, “十三五”期间 (and 同期) = 2016-2020, “十二五”末 = instant 2015-12-31; "
    "installed capacities are stocks → instants at the year end (to/from pair 2010年…"
    "2015年, 到2016年) with the full year as alt; 目前 → the reference date; 今年底 → instant "
    "2017-12-31 for capacity, and the year 2017 for the yearly balance flows of the same "
    "sentence (literal instant as alt). Numbers with no period before them in their line "
    "get null (no document period in a news feature). Modality: 预计/可能/将 → forecast; "
    "仅安排160亿千瓦时 (a dispatch plan) and the approved project's voltage and added "
    "capacity → target. Judgement calls: 两位数增长 as growth ≥ 10 %; 两年多 (每两年多就投产一座"
    "三峡电站) as a duration fact; 300亿千瓦时 as Hebei's monthly consumption; 一条 as a count; "
    "500千伏 as a fact (unit 千伏); prices in CNY with the per-kWh rate in the metric.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(facts), "facts,", len(g.lines) - len(facts), "negatives,", N_CHARS, "chars")
