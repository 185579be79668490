"""Gold annotations for nw_sina_20220122_gd_js_sd_2021 (新浪财经 repost, 2022-01-22:
粤苏鲁经济领跑全国，GDP总量相加超30万亿元).

The excerpt is the whole source, lines 1-18 of
shared/texts/news/nw_sina_20220122_gd_js_sd_2021.txt (the article is far shorter than a
2,000-character excerpt, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_sina_20220122_gd_js_sd_2021.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_sina_20220122_gd_js_sd_2021"
PLACE = "中国"
REF = "2022-01-22"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 18                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "粤苏鲁经济领跑全国，GDP总量相加超30万亿元"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
TWO_NOTE = "comparison basis 两年平均 (SPEC §4), not a duration fact"
TWO_METRIC_NOTE = "part of the metric name 两年平均增速 (two-year average growth), not a duration"
SECTOR_NOTE = "sector name {} (an ordinal label of the industry), not a rank"
REPORT_NOTE = ("year inside the title of the report 《2021年广东经济运行情况》 (a period "
               "expression), not a fact")

# Periods (reference date 2022-01-22: the year reported is 2021; 上年 = 2020; 两年平均 =
# average growth of 2020-2021 over 2019)
Y21 = P("2021年", "2021-01-01", "2021-12-31")
Y21_FULL = P("2021年全年", "2021-01-01", "2021-12-31")
YEAR = P("全年", "2021-01-01", "2021-12-31")
Y20 = P("2020年", "2020-01-01", "2020-12-31")
TWO_Y = P("两年平均", "2020-01-01", "2021-12-31")
# the document's period (line 2: 2021年各省份GDP数据已陆续发布; the whole article reports
# 2021) for numbers whose paragraph states no period before them; null reading in alts
DOC = dict(period=P("2021年", "2021-01-01", "2021-12-31"),
           period_alts=[P("2021年", None, None)])
DOC_NOTE = ("no period expression before it in its paragraph → the document's period "
            "(2021年各省份GDP数据, line 2: 2021); null reading in period_alts")
AVG2 = ("two-year average growth (2020-2021 over 2019): 两年平均 is the comparison; period "
        "2021, the 2020-2021 span as an alt (as in nw_sina_20220427 / nw_chinanews gold)")

CN = dict(subject="中国", subject_alts=["全国"])
GD = dict(subject="广东省", subject_alts=["广东"])
JS = dict(subject="江苏省", subject_alts=["江苏"])
JS_ALL = dict(subject="江苏省", subject_alts=["江苏", "全省"])
SD = dict(subject="山东省", subject_alts=["山东"])
THREE = dict(subject="广东省、江苏省、山东省",
             subject_alts=["粤苏鲁", "广东、江苏、山东", "粤苏鲁3省份", "广东省", "广东",
                           "江苏省", "江苏", "山东省", "山东"])
SUM3 = dict(subject="广东省、江苏省、山东省",
            subject_alts=["粤苏鲁", "广东、江苏、山东", "粤苏鲁3省份", "粤苏鲁三省"])

GDP_ALTS = ["GDP总量", "地区生产总值", "生产总值", "经济总量"]
GDP_G_ALTS = ["GDP增速", "增速", "GDP同比增速", "经济增速"]
GDP_2Y_ALTS = ["GDP两年平均增速", "两年平均增速", "GDP增速", "增速水平"]
GDP_INC_ALTS = ["GDP增量", "GDP总量增量", "GDP总量增加", "GDP增加"]
PROV_COUNT = "count of provinces → 中国 (as in the round-up golds); the named provinces are the set"

# ---- line 1: 原标题 (the title) -------------------------------------------------------
g.fact("GDP总量相加超30万亿元", "30万亿元", value=30e12, unit="CNY", kind="amount",
       bound="gt", metric="GDP总量", metric_alts=["GDP", "GDP总量相加", "GDP总量之和",
                                                  "GDP总和"],
       **SUM3, **DOC,
       note="title: the sum of the three provinces' 2021 GDP (124369.67 + 116364.2 + "
            "83095.9 亿元 ≈ 32.4万亿元) → one fact whose subject lists them (not true of each "
            "province alone, so no single-province alts); 超 → gt; " + DOC_NOTE)

# ---- line 2 ----------------------------------------------------------------------------
g.neg("2021年各省份GDP数据", "2021年", PERIOD_NOTE)
g.fact("广东、江苏、山东三省份", "三省份", value=3, unit="count", kind="count",
       classifier="省份", metric="GDP领跑全国的省份",
       metric_alts=["GDP继续领跑全国的省份", "领跑全国的省份", "省份", "GDP领跑全国的省份数量"],
       **CN, period=Y21,
       note="list + numeral + 省份 read as a count (as 河南、湖南、湖北、安徽四省 in "
            "nw_sina_20220427); " + PROV_COUNT + "; 2021年 earlier in the line governs")

# ---- line 3 ----------------------------------------------------------------------------
g.fact("粤苏鲁3省份依旧", "3省份", value=3, unit="count", kind="count", classifier="省份",
       metric="维持了较为稳定的经济增速的省份",
       metric_alts=["维持较为稳定的经济增速的省份", "经济增速较为稳定的省份", "省份",
                    "粤苏鲁省份"],
       **CN, **DOC, note=PROV_COUNT + "; " + DOC_NOTE)
g.neg("2021年这3个省份", "2021年", PERIOD_NOTE)
g.fact("2021年这3个省份", "3个", value=3, unit="count", kind="count", classifier="个",
       metric="GDP增长8%及以上的省份",
       metric_alts=["GDP均增长了8%及以上的省份", "GDP增长了8%及以上的省份",
                    "GDP增长8%以上的省份", "GDP增速8%及以上的省份", "省份"],
       **CN, period=Y21,
       note="anaphoric count 这3个省份 (as 这五省份 in nw_chinanews); the bound 8%及以上 "
            "stated of the counted set is part of the metric (as 4个中部省份的增速均保持在"
            "6%以上 in nw_sina_20220427)")
g.neg("均增长了8%及以上", "8%",
      "threshold stated of the counted set (metric of 这3个省份), not a fact of its own "
      "(nw_sina_20220427: 4个…省份的增速均保持在6%以上 → 6% negative)")
g.neg("广东两年平均增速", "两年", TWO_METRIC_NOTE)
g.neg("全国两年平均增速5.1%", "两年", TWO_METRIC_NOTE)
g.fact("全国两年平均增速5.1%", "5.1%", value=5.1, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_2Y_ALTS, **CN, period=Y21, period_alts=[TWO_Y],
       comparison="两年平均",
       note="national two-year average GDP growth (the text compares 广东's two-year "
            "average with it: 持平, no numeral of its own); " + AVG2)
g.fact("均超过全国5.1%的增速水平", "5.1%", value=5.1, unit="%", kind="growth",
       metric="GDP", metric_alts=GDP_2Y_ALTS, **CN, period=Y21, period_alts=[TWO_Y],
       comparison="两年平均",
       note="the national two-year average restated (全国5.1%的增速水平), a measured value "
            "of 中国 (as 均低于9.8%的全国增速 in nw_chinanews); it also bounds 江苏、山东 "
            "(均超过), not annotated separately")

# ---- line 4 ----------------------------------------------------------------------------
g.fact("稳居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="GDP总量", metric_alts=["GDP", "GDP排名", "GDP总量排名"], **GD, **DOC,
       note="rank by GDP size (从GDP总量来看; README §3: rank → X总量, alt X); " + DOC_NOTE)
g.fact("为124369.67亿元", "124369.67亿元", value=124369.67e8, unit="CNY", kind="amount",
       metric="GDP", metric_alts=GDP_ALTS, **GD, **DOC, note=DOC_NOTE)
g.neg("相比2020年广东", "2020年", PERIOD_NOTE)
g.fact("GDP总量110760.94亿元", "110760.94亿元", value=110760.94e8, unit="CNY",
       kind="amount", metric="GDP", metric_alts=GDP_ALTS, **GD, period=Y20,
       note="2020年广东GDP总量: 2020年 dates this value (it is also the basis of the "
            "increase that follows)")
g.neg("2021年广东省GDP总量", "2021年", PERIOD_NOTE)
g.fact("总量增加了约1.36万亿元", "1.36万亿元", value=1.36e12, unit="CNY", kind="amount",
       bound="approx", metric="GDP总量增量", metric_alts=GDP_INC_ALTS,
       subject="广东省", subject_alts=["广东", "广东省GDP总量"], period=Y21,
       note="absolute change of a level (增加了, vs 2020) → metric <level>增量, signed + "
            "(SPEC §2); 124369.67 − 110760.94 = 13608.73 亿元; 约 → approx")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("《2021年广东经济运行情况》显示", "2021年", REPORT_NOTE)
g.neg("显示，2021年，广东", "2021年", PERIOD_NOTE)
RETAIL_ALTS = ["社会消费品零售总额增速", "社零总额", "社会消费品零售"]
g.fact("社会消费品零售总额4.42万亿元", "4.42万亿元", value=4.42e12, unit="CNY",
       kind="amount", metric="社会消费品零售总额", metric_alts=RETAIL_ALTS, **GD,
       period=Y21)
g.fact("同比增长9.9%", "9.9%", value=9.9, unit="%", kind="growth",
       metric="社会消费品零售总额", metric_alts=RETAIL_ALTS, **GD, period=Y21,
       comparison="yoy")
g.neg("9.9%，两年平均增长", "两年", TWO_NOTE)
g.fact("两年平均增长1.4%", "1.4%", value=1.4, unit="%", kind="growth",
       metric="社会消费品零售总额", metric_alts=RETAIL_ALTS + ["两年平均增速"], **GD,
       period=Y21, period_alts=[TWO_Y], comparison="两年平均", note=AVG2)
TRADE_ALTS = ["外贸进出口总额", "进出口总额", "外贸进出口", "进出口增速"]
g.fact("进出口延续两位数增速", "两位数", value=10, unit="%", kind="growth", bound="ge",
       metric="进出口", metric_alts=TRADE_ALTS, **GD, period=Y21, comparison="yoy",
       note="两位数增速 = growth of at least 10% (a vague but quantitative claim, as "
            "GDP增速达到了两位数 in nw_sina_20220812 and wr_sichuan_2025) → 10, ge; "
            "16.7% follows")
g.fact("外贸进出口总额8.27万亿元", "8.27万亿元", value=8.27e12, unit="CNY", kind="amount",
       metric="外贸进出口总额", metric_alts=["进出口总额", "进出口", "外贸进出口"], **GD,
       period=Y21)
g.fact("同比增长16.7%", "16.7%", value=16.7, unit="%", kind="growth",
       metric="外贸进出口总额", metric_alts=["进出口总额", "进出口", "外贸进出口",
                                             "外贸进出口总额增速"],
       **GD, period=Y21, comparison="yoy")
g.neg("16.7%。2021年，广东", "2021年", PERIOD_NOTE)
REV_ALTS = ["一般公共预算收入", "地方一般公共预算收入增速", "财政收入"]
g.fact("预算收入为1.41万亿元", "1.41万亿元", value=1.41e12, unit="CNY", kind="amount",
       metric="地方一般公共预算收入", metric_alts=REV_ALTS, **GD, period=Y21)
g.fact("同比增长9.1%", "9.1%", value=9.1, unit="%", kind="growth",
       metric="地方一般公共预算收入", metric_alts=REV_ALTS, **GD, period=Y21,
       comparison="yoy")
g.neg("9.1%，两年平均增长", "两年", TWO_NOTE)
g.fact("9.1%，两年平均增长5.6%", "5.6%", value=5.6, unit="%", kind="growth",
       metric="地方一般公共预算收入", metric_alts=REV_ALTS + ["两年平均增速"], **GD,
       period=Y21, period_alts=[TWO_Y], comparison="两年平均", note=AVG2)

# ---- line 6 ----------------------------------------------------------------------------
g.neg("《2021年广东经济运行情况》还提到", "2021年", REPORT_NOTE)
g.neg("总的来看，2021年广东经济", "2021年", PERIOD_NOTE)
g.neg("三重压力", "三重", "set label 三重压力 (the 'triple pressure' of 需求收缩、供给冲击、"
      "预期转弱, a policy slogan), not a count")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("江苏2021年GDP数据", "2021年", PERIOD_NOTE)
g.fact("GDP数据为116364.2亿元", "116364.2亿元", value=116364.2e8, unit="CNY",
       kind="amount", metric="GDP", metric_alts=GDP_ALTS + ["GDP数据"], **JS, period=Y21)
g.fact("亿元，迈上11万亿元新台阶", "11万亿元", value=11e12, unit="CNY", kind="amount",
       bound="gt", metric="GDP", metric_alts=GDP_ALTS, **JS, period=Y21,
       note="迈上…新台阶 'stepped over the mark' (like 迈过…关口 in nw_sina_20220427, 突破) → "
            "gt; a claim about 江苏's GDP, no set is counted")
g.neg("相比2020年102719亿元", "2020年", PERIOD_NOTE)
g.fact("相比2020年102719亿元", "102719亿元", value=102719e8, unit="CNY", kind="amount",
       metric="GDP", metric_alts=GDP_ALTS, **JS, period=Y20,
       note="2020年…的GDP: 2020年 dates this value")
g.fact("也增加了约1.36万亿元", "1.36万亿元", value=1.36e12, unit="CNY", kind="amount",
       bound="approx", metric="GDP增量", metric_alts=GDP_INC_ALTS, **JS, period=Y21,
       note="absolute change of GDP (增加了, vs 2020's 102719亿元) → <level>增量, signed +; "
            "116364.2 − 102719 = 13645.2 亿元; 约 → approx; the 2020年 before it is the "
            "basis of the change (SPEC §4: a comparison basis is not a period), so the "
            "line's 2021年 stays the period")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("江苏省统计局分析称，2021年", "2021年", PERIOD_NOTE)
g.fact("全省GDP迈上11万亿元", "11万亿元", value=11e12, unit="CNY", kind="amount",
       bound="gt", metric="GDP", metric_alts=GDP_ALTS, **JS_ALL, period=Y21,
       note="全省 in 江苏省统计局's statement → 江苏省 (not the document's place); 迈上…"
            "新台阶 → gt")
MFG = "制造业增加值"
g.fact("制造业增加值突破4万亿元", "4万亿元", value=4e12, unit="CNY", kind="amount",
       bound="gt", metric=MFG, metric_alts=["制造业"], **JS_ALL, period=Y21,
       note="突破 → gt")
MFG_SHARE = "制造业增加值占GDP比重"
MFG_SHARE_ALTS = ["占GDP比重", "制造业增加值占比", "制造业占GDP比重", "制造业增加值占GDP的比重",
                  "制造业占比"]
g.fact("占GDP比重达35.8%", "35.8%", value=35.8, unit="%", kind="share", metric=MFG_SHARE,
       metric_alts=MFG_SHARE_ALTS, **JS_ALL, period=Y21, note="达 → eq")
g.fact("比上年提高1个百分点", "1个百分点", value=1, unit="pp", kind="change",
       metric=MFG_SHARE, metric_alts=MFG_SHARE_ALTS, **JS_ALL, period=Y21,
       comparison="yoy",
       note="pp change of a share → the share's metric (README §3); 比上年 → yoy")
g.fact("社会消费品零售总额超过4万亿元", "4万亿元", value=4e12, unit="CNY", kind="amount",
       bound="gt", metric="社会消费品零售总额", metric_alts=["社零总额", "社会消费品零售"],
       **JS_ALL, period=Y21, note="超过 → gt")
g.fact("外贸规模突破5万亿元", "5万亿元", value=5e12, unit="CNY", kind="amount", bound="gt",
       metric="外贸规模",
       metric_alts=["外贸进出口总额", "进出口总额", "外贸", "外贸进出口", "进出口"],
       **JS_ALL, period=Y21, note="突破 → gt")
g.neg("财政收入首破万亿元", "首", "first-time claim 首(破) 'for the first time broke', not "
      "a rank or count (as 首次 in nw_sina_20220427)")
g.fact("财政收入首破万亿元", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
       metric="财政收入", metric_alts=["一般公共预算收入", "地方一般公共预算收入"], **JS_ALL,
       period=Y21, note="首破 'broke for the first time' → gt (破 = 突破); 首 outside the "
                        "span; 万亿元 = 1e12")

g.neg("总体来看，2021年江苏", "2021年", PERIOD_NOTE)

# ---- line 9 ----------------------------------------------------------------------------
SD_GDP_ALTS = ["GDP", "地区生产总值", "GDP总量", "经济总量"]
SD_INC_ALTS = ["GDP增量", "地区生产总值增量", "生产总值增加", "GDP增加"]
g.neg("2021年，山东生产总值", "2021年", PERIOD_NOTE)
g.fact("生产总值为83095.9亿元", "83095.9亿元", value=83095.9e8, unit="CNY",
       kind="amount", metric="生产总值", metric_alts=SD_GDP_ALTS, **SD, period=Y21)
g.neg("比2020年的73129亿元", "2020年", PERIOD_NOTE)
g.fact("比2020年的73129亿元", "73129亿元", value=73129e8, unit="CNY", kind="amount",
       metric="生产总值", metric_alts=SD_GDP_ALTS, **SD, period=Y20,
       note="2020年的73129亿元: 2020年 dates this value")
g.fact("增加了9966.9亿元", "9966.9亿元", value=9966.9e8, unit="CNY", kind="amount",
       metric="生产总值增量", metric_alts=SD_INC_ALTS, **SD, period=Y21,
       note="absolute change of a level (比2020年…增加了) → <level>增量, signed +; 2020年 "
            "is the basis, the line's 2021年 the period")
g.fact("接近1万亿", "1万亿", value=1e12, unit="CNY", kind="amount", bound="approx",
       metric="生产总值增量", metric_alts=SD_INC_ALTS, **SD, period=Y21,
       note="the increase restated in round terms: 接近 (like 将近) → approx, outside the "
            "span; 万亿 (元 implied, as 规模突破了1万亿 in nw_sina_20220427) → CNY")
g.neg("山东2021年全年服务业", "2021年全年", PERIOD_NOTE)
g.fact("贡献率达59.5%", "59.5%", value=59.5, unit="%", kind="share",
       metric="服务业对经济增长的贡献率",
       metric_alts=["服务业对经济增长贡献率", "服务业贡献率", "贡献率", "对经济增长的贡献率",
                    "对经济增长贡献率"],
       **SD, period=Y21_FULL,
       note="contribution rate = the services' share of GDP growth → share (as 贡献率 in "
            "nw_chinanews); 达 → eq")

# ---- line 10 ---------------------------------------------------------------------------
SD_P = dict(subject="山东省", subject_alts=["山东"])
g.neg("显示，2021年山东省", "2021年", PERIOD_NOTE)
g.neg("三次产业齐头并进", "三次", "label 三次产业 (the three sectors of the economy), not a "
      "count or a number of times")
g.fact("全年地区生产总值突破8万亿元", "8万亿元", value=8e12, unit="CNY", kind="amount",
       bound="gt", metric="地区生产总值", metric_alts=["GDP", "生产总值", "GDP总量"], **SD_P,
       period=YEAR, note="突破 → gt; 全年 = 2021 (2021年 earlier in the line)")
g.fact("达到8.3万亿元", "8.3万亿元", value=8.3e12, unit="CNY", kind="amount",
       metric="地区生产总值", metric_alts=["GDP", "生产总值", "GDP总量"], **SD_P, period=YEAR,
       note="达到 → eq (a rounded figure of 83095.9亿元, stated as such)")
BUDGET_ALTS = ["地方一般公共预算收入", "财政收入"]
g.fact("收入突破7千亿元", "7千亿元", value=7e11, unit="CNY", kind="amount", bound="gt",
       metric="一般公共预算收入", metric_alts=BUDGET_ALTS, **SD_P, period=YEAR,
       note="突破 → gt; 千亿 ×1e11 (SPEC §3)")
g.fact("达到7284.5亿元", "7284.5亿元", value=7284.5e8, unit="CNY", kind="amount",
       metric="一般公共预算收入", metric_alts=BUDGET_ALTS, **SD_P, period=YEAR)
GRAIN_ALTS = ["粮食总产量", "粮食产量", "粮食"]
STREAK = P("连续8年", "2014-01-01", "2021-12-31")
g.fact("粮食总产超过1100亿斤", "1100亿斤", value=1100e8 * 0.0005, unit="t", kind="amount",
       bound="gt", metric="粮食总产", metric_alts=GRAIN_ALTS, **SD_P, period=YEAR,
       note="超过 → gt; 斤 = 0.0005 t (SPEC §3): 1100亿斤 = 5.5e7 t")
g.fact("连续8年稳定在", "8年", value=8, unit="year", kind="amount",
       metric="粮食总产稳定在千亿斤以上持续时间",
       metric_alts=["粮食总产稳定在千亿斤以上的年数", "粮食总产连续稳定在千亿斤以上",
                    "稳定在千亿斤以上持续时间", "连续稳定在千亿斤以上", "粮食总产持续时间"],
       **SD_P, period=YEAR, period_alts=[STREAK],
       note="length of the streak (连续8年), a duration fact as 连续43个月 in the "
            "nw_sina_20220812 gold; period 全年 (2021, the streak's last year), the "
            "2014-2021 span as an alt")
g.fact("稳定在千亿斤以上", "千亿斤", value=1e11 * 0.0005, unit="t", kind="amount",
       bound="ge", metric="粮食总产", metric_alts=GRAIN_ALTS, **SD_P, period=YEAR,
       period_alts=[STREAK],
       note="以上 → ge, outside the span; the level held in each of the 8 years (as "
            "43个月保持首位 in nw_sina_20220812: the streak's condition is a fact of its own, "
            "no set is counted); 千亿斤 = 1e11 × 0.0005 t; period 2021, the streak span "
            "as an alt")
RETAIL_SD_ALTS = ["社零总额", "社会消费品零售"]
g.fact("社会消费品零售总额突破3万亿元", "3万亿元", value=3e12, unit="CNY", kind="amount",
       bound="gt", metric="社会消费品零售总额", metric_alts=RETAIL_SD_ALTS, **SD_P,
       period=YEAR, note="突破…大关 → gt")
g.fact("达到33714.5亿元", "33714.5亿元", value=33714.5e8, unit="CNY", kind="amount",
       metric="社会消费品零售总额", metric_alts=RETAIL_SD_ALTS, **SD_P, period=YEAR)

# ---- line 11 ---------------------------------------------------------------------------
g.fact("山东3省份的三产分布", "3省份", value=3, unit="count", kind="count",
       classifier="省份", metric="省份",
       metric_alts=["广东、江苏、山东3省份", "省份数量", "三产分布的省份"],
       **CN, **DOC,
       note="list + numeral + 省份 → a count (README §3: counts → the counted noun); "
            + PROV_COUNT + "; " + DOC_NOTE)
g.neg("3省份的三产分布", "三产", "label 三产(分布) (the three sectors), not a quantity")
g.fact("三省份第三产业发展势头良好", "三省份", value=3, unit="count", kind="count",
       classifier="省份", metric="第三产业发展势头良好的省份",
       metric_alts=["省份", "第三产业发展势头良好的省份数量"], **CN, **DOC,
       note=PROV_COUNT + "; " + DOC_NOTE)
g.neg("三省份第三产业发展势头良好", "第三产业", SECTOR_NOTE.format("第三产业"))
g.neg("山东第三产业增加值，均占据", "第三产业", SECTOR_NOTE.format("第三产业"))
g.fact("GDP总量的一半以上", "一半", value=50, unit="%", kind="share", bound="ge",
       metric="第三产业增加值占GDP总量比重",
       metric_alts=["第三产业增加值占GDP比重", "第三产业增加值占GDP总量的比重",
                    "第三产业增加值占比", "第三产业占比", "占GDP总量比重",
                    "第三产业增加值占该省份GDP总量比重"],
       **THREE, **DOC,
       note="一半 = 50%, 以上 → ge (outside the span); one bound stated of the three named "
            "provinces (均, each of its own GDP) → one fact whose subject lists them; no "
            "count in this clause, so not a set threshold; " + DOC_NOTE)

# ---- lines 12-14: the three sectors of each province ----------------------------------
SECTORS = [("第一产业", "第一产业增加值"), ("第二产业", "第二产业增加值"),
           ("第三产业", "第三产业增加值")]


def sectors(line_ctx, subj, rows, yoy_word):
    """rows: (sector ctx, amount, growth, two-year growth) in text order."""
    for (label, metric), (ctx, amount, growth, avg) in zip(SECTORS, rows):
        alts = [label, metric + "增速"]
        g.neg(ctx, label, SECTOR_NOTE.format(label))
        g.fact(ctx, amount, value=float(amount.rstrip("亿元")) * 1e8, unit="CNY",
               kind="amount", metric=metric, metric_alts=[label], **subj, period=Y21)
        g.fact(ctx, growth, value=float(growth.rstrip("%")), unit="%", kind="growth",
               metric=metric, metric_alts=alts, **subj, period=Y21, comparison="yoy",
               note=f"{yoy_word} → yoy")
        g.neg(ctx, "两年", TWO_NOTE)
        g.fact(ctx, avg, value=float(avg.rstrip("%")), unit="%", kind="growth",
               metric=metric, metric_alts=alts + ["两年平均增速"], **subj, period=Y21,
               period_alts=[TWO_Y], comparison="两年平均", note=AVG2)


g.neg("具体为，2021年广东", "2021年", PERIOD_NOTE)
sectors("广东", GD, [
    ("第一产业增加值为5003.66亿元，同比增长7.9%，两年平均增长5.8%", "5003.66亿元", "7.9%", "5.8%"),
    ("第二产业增加值为50219.19亿元，同比增长8.7%，两年平均增长5.2%", "50219.19亿元", "8.7%", "5.2%"),
    ("第三产业增加值为69146.82亿元，同比增长7.5%，两年平均增长5.0%", "69146.82亿元", "7.5%", "5.0%"),
], "同比")
g.neg("2021年，江苏第一产业", "2021年", PERIOD_NOTE)
sectors("江苏", JS, [
    ("第一产业增加值4722.4亿元，增长3.1%，两年平均增长2.4%", "4722.4亿元", "3.1%", "2.4%"),
    ("第二产业增加值51775.4亿元，增长10.1%，两年平均增长7.0%", "51775.4亿元", "10.1%", "7.0%"),
    ("第三产业增加值59866.4亿元，增长7.7%，两年平均增长5.6%", "59866.4亿元", "7.7%", "5.6%"),
], "growth without basis")
g.neg("2021年，山东第一产业", "2021年", PERIOD_NOTE)
sectors("山东", SD, [
    ("第一产业增加值为6029.03亿元，比上年增长7.5%，两年平均增长5.1%", "6029.03亿元", "7.5%", "5.1%"),
    ("第二产业增加值为33187.16亿元，比上年增长7.2%，两年平均增长5.2%", "33187.16亿元", "7.2%", "5.2%"),
    ("第三产业增加值为43879.71亿元，比上年增长9.2%，两年平均增长6.5%", "43879.71亿元", "9.2%", "6.5%"),
], "比上年")

# ---- line 15 ---------------------------------------------------------------------------
g.neg("值得一提的是", "一提", "idiom 值得一提 'worth mentioning', not a quantity")
g.neg("值得一提的是，2021年", "2021年", PERIOD_NOTE)
g.fact("山东3省份新能源汽车", "3省份", value=3, unit="count", kind="count",
       classifier="省份", metric="新能源汽车的产量及销量增速较为亮眼的省份",
       metric_alts=["新能源汽车产量及销量增速较为亮眼的省份", "新能源汽车增速亮眼的省份",
                    "省份"],
       **CN, period=Y21, note=PROV_COUNT + "; 2021年 earlier in the line")

# ---- line 16 ---------------------------------------------------------------------------
g.neg("如2021年，广东省", "2021年", PERIOD_NOTE)
GD_P = dict(subject="广东省", subject_alts=["广东", "广东省战略性新兴产业"])
PROD_NOTE = ("output growth of a 战略性新兴产业 product (产量增势良好…其中): the elided "
             "head 产量 restored, the bare product as alt; growth without basis → yoy")
g.fact("工业机器人同比增长56.5%", "56.5%", value=56.5, unit="%", kind="growth",
       metric="工业机器人产量", metric_alts=["工业机器人", "工业机器人产量增速"], **GD_P,
       period=Y21, comparison="yoy", note=PROD_NOTE)
g.fact("集成电路增长30.3%", "30.3%", value=30.3, unit="%", kind="growth",
       metric="集成电路产量", metric_alts=["集成电路", "集成电路产量增速"], **GD_P,
       period=Y21, comparison="yoy")
g.fact("新能源汽车增长155.6%", "155.6%", value=155.6, unit="%", kind="growth",
       metric="新能源汽车产量", metric_alts=["新能源汽车", "新能源汽车产量增速"], **GD_P,
       period=Y21, comparison="yoy")

# ---- line 17 ---------------------------------------------------------------------------
g.neg("江苏2021年全年限额以上", "2021年全年", PERIOD_NOTE)
g.fact("零售额同比增长105.4%", "105.4%", value=105.4, unit="%", kind="growth",
       metric="限额以上新能源汽车零售额",
       metric_alts=["新能源汽车零售额", "限额以上新能源汽车零售额增速"], **JS,
       period=Y21_FULL, comparison="yoy")
LIST_NOTE = ("分别: 新能源汽车, 锂离子电池, 光伏电池 ↔ 2倍, 50.4%, 32% (规上工业 output); "
             "the period 2021年全年 of the previous sentence governs (same line)")
g.fact("分别增长2倍", "2倍", value=2, unit="times", kind="ratio", metric="新能源汽车产量",
       metric_alts=["新能源汽车", "规上工业新能源汽车产量", "新能源汽车产量增长倍数"], **JS,
       period=Y21_FULL,
       note="增长N倍 = grew by N×100%; a multiple in 倍 → kind ratio, unit times, value as "
            "written, comparison null (as 增长3.3、1.4、1.1倍 in nw_chinanews); " + LIST_NOTE)
g.fact("2倍、50.4%和32%", "50.4%", value=50.4, unit="%", kind="growth",
       metric="锂离子电池产量",
       metric_alts=["锂离子电池", "规上工业锂离子电池产量", "锂离子电池产量增速"], **JS,
       period=Y21_FULL, comparison="yoy", note=LIST_NOTE)
g.fact("50.4%和32%", "32%", value=32, unit="%", kind="growth", metric="光伏电池产量",
       metric_alts=["光伏电池", "规上工业光伏电池产量", "光伏电池产量增速"], **JS,
       period=Y21_FULL, comparison="yoy")

# ---- line 18 ---------------------------------------------------------------------------
g.neg("山东省2021年全年", "2021年全年", PERIOD_NOTE)
SD_R = dict(subject="山东省", subject_alts=["山东"])
R_NOTE = ("分别: 体育娱乐用品类, 通讯器材类, 新能源汽车 ↔ the three values in order; the "
          "shared head 限额以上…零售额 is restored for each; growth → yoy")
g.fact("分别增长61.5%", "61.5%", value=61.5, unit="%", kind="growth",
       metric="限额以上体育娱乐用品类零售额",
       metric_alts=["体育娱乐用品类零售额", "体育娱乐用品类", "限额以上体育娱乐用品类"],
       **SD_R, period=Y21_FULL, comparison="yoy", note=R_NOTE)
g.fact("61.5%、54.3%", "54.3%", value=54.3, unit="%", kind="growth",
       metric="限额以上通讯器材类零售额",
       metric_alts=["通讯器材类零售额", "通讯器材类", "限额以上通讯器材类"],
       **SD_R, period=Y21_FULL, comparison="yoy")
g.fact("54.3%和92.0%", "92.0%", value=92.0, unit="%", kind="growth",
       metric="限额以上新能源汽车零售额",
       metric_alts=["新能源汽车零售额", "新能源汽车", "限额以上新能源汽车"],
       **SD_R, period=Y21_FULL, comparison="yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-18 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): the "
    "article is shorter than a 2,000-character excerpt, so all of it is taken. Title: the "
    "headline as given after 原标题： in line 1 (= the corpus index title). Date: "
    "2022-01-22, the feed date of the 新浪财经 repost; nothing contradicts it (provinces "
    "released their 2021 data in mid/late January 2022: 2021年各省份GDP数据已陆续发布). "
    "Place: the corpus index gives three provinces (广东省；江苏省；山东省); a gold place "
    "is one region, and the article is a comparative round-up that also cites national "
    "figures (全国两年平均增速5.1%), so the place is 中国 as in the other multi-province "
    "round-ups (nw_sina_20220427, nw_chinanews_20211101); it resolves nothing here: every "
    "figure carries the province the text names (official name, short form in "
    "subject_alts), 全省 in 江苏省统计局's statement → 江苏省, 全国 → 中国; counts of "
    "provinces (三省份, 3省份, 这3个省份) belong to 中国. A value stated of the three "
    "provinces together is one fact whose subject lists them: the sum 超30万亿元 (no "
    "single-province alts: not true of each) and 均…一半以上 (each province as an alt). "
    "The bound 8%及以上 stated of the counted 这3个省份 is part of that count's metric "
    "(a negative), as 4个中部省份…6%以上 in nw_sina_20220427. Periods: 2021年/全年/"
    "2021年全年 = 2021-01-01..2021-12-31; 2020年 dates the 2020 GDP values; the "
    "increases (增加了约1.36万亿元, 9966.9亿元, 接近1万亿) are 2021 facts with metric "
    "<level>增量 (the 2020年 before them is their basis, not their period); numbers whose "
    "line states no period before them (title, line 3's first count, line 4's rank and "
    "GDP, line 11) take the document's period 2021 with the null reading in period_alts. "
    "两年平均 is a comparison (2020-2021 over 2019), period 2021 with the 2020-2021 span "
    "as an alt. 两位数增速 → 10, ge. 增长2倍 → ratio 2 times. 连续8年 → duration 8 year and "
    "千亿斤以上 → a ge fact (as 连续43个月保持首位 in nw_sina_20220812). Negatives: every "
    "year expression, 两年 (comparison or metric name), 第一/第二/第三产业, 三产, 三次产业, "
    "三重压力, 首(破), the 8% threshold.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "新浪财经 repost, via Rock-Candy-Tea/RSSHUB-PAGE)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
