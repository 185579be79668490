"""Gold annotations for wr_gansu_2025 (2025年甘肃省政府工作报告), lines 10-13 of
shared/texts/work_report/wr_gansu_2025.txt.

The excerpt corpora/wr_gansu_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last highlight paragraph of the 2024 review
(难能可贵的是…8项主要经济指标…15项做法…), the line 一年来…着重抓了以下工作。 and review items
一是 (growth: headline indicators, projects, transport, consumption, tourism, resources,
energy, regions, development zones) and 二是 (structure: science, firms, industrial chains,
data centres, agriculture, market entities, finance) in full.  Items 一是/二是 are the
densest run of numbers of the report (~130 numerals in 2,023 characters); the GDP paragraph
(source line 7) cannot be joined to them within 2,500 characters (lines 7-13 are 2,675),
and lines 6-12 (1,917) or even 1-12 (1,989) fall short of 2,000.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_gansu_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_gansu_2025"
PLACE = "甘肃省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 10, 13                    # 1-based, inclusive, whole lines
TITLE = "2025年甘肃省政府工作报告"
GS_ALTS = ["甘肃", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="难能可贵的是", ends="增长46.7%。")
text = g.text
fact = g.with_subject(PLACE, GS_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 超千亿元的开发区 …), part of the "
               "count's metric, not a fact of its own")
JIN = 0.0005                            # t per 斤 (SPEC §3)

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The excerpt lies in the review of 2024 (source lines 6-21; the report has no heading
# 一、2024年工作回顾, the review opens with 刚刚过去的一年, source line 6, outside the excerpt).
# Line 1 (难能可贵的是…) states no period: it takes the review year as the section frame
# (SPEC §4) with the excerpt's own name of that year, 一年来 (line 2), as period text and
# null in period_alts (as wr_beijing_2025).  Line 2 一年来 is its own line and governs
# nothing.  Line 3 (一是) opens with 全年经济运行… before its first number: 全年 (= 2024)
# governs the whole line (period text 全年, same dates; the frame text and null as alts).
# Line 4 (二是) states no period: section frame.  Stocks (总量达到, 总数达到, 达到 N 个/家 of
# a register, 突破 of an installed capacity, 城镇化率, 算力规模) are the instant 2024-12-31
# with the year and null as alts.
YF = P("一年来", "2024-01-01", "2024-12-31")
YF_NULL = P("一年来", None, None)
YF_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=YF, period_alts=[YF_NULL])
STOCK = dict(period=YF_END, period_alts=[YF, YF_NULL])
LEVEL = dict(period=YF, period_alts=[YF_NULL, YF_END])
YQ = P("全年", "2024-01-01", "2024-12-31")
YQ_NULL = P("全年", None, None)
YQ_END = P("全年", "2024-12-31", "2024-12-31")
FLOW_Q = dict(period=YQ, period_alts=[YQ_NULL, YF])
STOCK_Q = dict(period=YQ_END, period_alts=[YQ, YQ_NULL])
LEVEL_Q = dict(period=YQ, period_alts=[YQ_NULL, YQ_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"

# ---- line 1: 难能可贵的是 ----------------------------------------------------------------------
fact("8项主要经济指标", "8项", value=8, unit="count", kind="count", classifier="项",
     metric="增速居全国前3位的主要经济指标",
     metric_alts=["主要经济指标", "增速居全国前三位的主要经济指标", "主要经济指标增速居全国前3位",
                  "增速居全国前3位主要经济指标", "主要经济指标数量"], **FLOW,
     note="judgement call: the number of main indicators whose 2024 growth ranked in the "
          "national top 3; the rank condition 居全国前3位 defines the counted set (SPEC §2 "
          "threshold) and is kept in the metric; section frame 2024 (period text 一年来)")
g.neg("增速居全国前3位", "前3位", THRESH_NOTE + " (judgement call: the rank condition of "
      "the 8 counted indicators; a rank fact 3 le on 主要经济指标增速 is the alternative)")
fact("15项做法入选", "15项", value=15, unit="count", kind="count", classifier="项",
     metric="入选中国改革年度案例的做法",
     metric_alts=["做法", "入选中国改革年度案例做法", "中国改革年度案例", "入选做法",
                  "入选中国改革年度案例的做法数量"], **FLOW,
     note="practices selected into the China reform cases of the year 2024")

# ---- line 2: 一年来 ---------------------------------------------------------------------------
g.neg("一年来，深入实施", "一年来", PERIOD_NOTE + " (the review year 2024; its own line, so "
      "it governs nothing after it; the period text of the section frame)")
g.neg("“四强”行动", "四强", LABEL_NOTE + " (“四强”行动: 强科技、强工业、强省会、强县域)")
g.neg("“五量”文章", "五量", LABEL_NOTE + " (“五量”文章)")
g.neg("“六场战役”", "六场", LABEL_NOTE + " (高质量发展“六场战役”, the six 'battles' that "
      "structure the review items 一是 … 六是), not a count fact")

# ---- line 3: 一是 growth -------------------------------------------------------------------------
g.neg("一是聚力打好稳增长", "一是", MARKER_NOTE)
SECTOR = "sector name {} (primary/secondary industry), not a quantity"
g.neg("第一产业增加值增长6.6%", "第一产业", SECTOR.format("第一产业"))
fact("第一产业增加值增长6.6%", "6.6%", value=6.6, unit="%", kind="growth",
     metric="第一产业增加值", metric_alts=["第一产业", "农业增加值"], comparison="yoy",
     **FLOW_Q, note="全年 (opening the line) governs the line → 2024; no 预计 → actual")
fact("6.6%，增速居全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="第一产业增加值增速", metric_alts=["第一产业增加值", "增速", "第一产业增速"],
     **FLOW_Q)
g.neg("第二产业增加值增长7.6%", "第二产业", SECTOR.format("第二产业"))
fact("第二产业增加值增长7.6%", "7.6%", value=7.6, unit="%", kind="growth",
     metric="第二产业增加值", metric_alts=["第二产业"], comparison="yoy", **FLOW_Q)
fact("7.6%，增速居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="第二产业增加值增速", metric_alts=["第二产业增加值", "增速", "第二产业增速"],
     **FLOW_Q)
IND = ["规上工业增加值", "工业增加值", "规模以上工业"]
fact("工业增加值增长10.8%", "10.8%", value=10.8, unit="%", kind="growth",
     metric="规模以上工业增加值", metric_alts=IND, comparison="yoy", **FLOW_Q)
fact("10.8%，增速居全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="规模以上工业增加值增速",
     metric_alts=["规模以上工业增加值", "规上工业增加值增速", "工业增加值增速", "增速"],
     **FLOW_Q)
fact("固定资产投资增长3.2%", "3.2%", value=3.2, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=["固定资产投资增速", "全省固定资产投资"],
     comparison="yoy", **FLOW_Q, note="增速达到全国平均水平 after it states no number")
RETAIL = ["社会消费品零售额", "社零总额", "社会消费品零售总额增速"]
fact("零售总额增长4.1%", "4.1%", value=4.1, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=RETAIL, comparison="yoy", **FLOW_Q)
fact("高于全国0.6个百分点", "0.6个百分点", value=0.6, unit="pp", kind="change",
     metric="社会消费品零售总额增速",
     metric_alts=["社会消费品零售总额", "社会消费品零售额增速", "增速"], comparison="比全国",
     **FLOW_Q, note="pp difference of growth rates against the national rate (高于全国 → "
                    "basis 比全国, as wr_anhui_2025); metric X增速 (README §3)")
REV = ["一般公共预算收入增速", "地方一般公共预算收入", "公共预算收入", "财政收入"]
fact("一般公共预算收入1051.4亿元", "1051.4亿元", value=1051.4e8, unit="CNY", kind="amount",
     metric="一般公共预算收入", metric_alts=REV[1:], **FLOW_Q)
fact("增速居全国第8位", "第8位", value=8, unit="rank", kind="rank", scope="全国",
     metric="一般公共预算收入增速", metric_alts=["一般公共预算收入", "增速"], **FLOW_Q,
     note="rank of the revenue's growth rate (the rate itself is not given)")
fact("300个省列重大项目", "300个", value=300, unit="count", kind="count", classifier="个",
     metric="省列重大项目",
     metric_alts=["省列重大项目数量", "重大项目", "省级重大项目"], **FLOW_Q,
     note="the provincial list of major projects of 2024")
PROJ = ["省列重大项目完成投资", "完成投资", "省列重大项目累计完成投资", "重大项目完成投资",
        "省列重大项目投资"]
fact("累计完成投资2393.1亿元", "2393.1亿元", value=2393.1e8, unit="CNY", kind="amount",
     metric="省列重大项目完成投资", metric_alts=PROJ[1:],
     period=YQ, period_alts=[YQ_NULL, YF, YQ_END],
     note="judgement call: 累计 here sums the year's investment (年度计划投资完成率 follows), a "
          "flow of 2024, not a stock; the year-end instant (stock rule) as alt")
fact("年度计划投资完成率114.2%", "114.2%", value=114.2, unit="%", kind="share",
     metric="年度计划投资完成率",
     metric_alts=["省列重大项目年度计划投资完成率", "计划投资完成率", "投资完成率"], **FLOW_Q,
     note="completion rate of the annual plan (a proportion, >100 %) → share")
fact("临潭2县新通高速", "2县", value=2, unit="count", kind="count", classifier="县",
     metric="新通高速公路的县",
     metric_alts=["新通高速公路县", "新通高速县", "县", "新通高速公路的县数量"],
     subject_alts=GS_ALTS + ["卓尼、临潭", "卓尼", "临潭"], **FLOW_Q,
     note="counties newly connected to the expressway network in 2024 (卓尼, 临潭); 县 is "
          "the measure word and the counted noun")
fact("通高速县达到82个", "82个", value=82, unit="count", kind="count", classifier="个",
     metric="通高速县",
     metric_alts=["通高速公路的县", "通高速县数量", "通高速公路县"], **STOCK_Q,
     note="达到 → eq; the counties connected (a stock): instant 2024-12-31, the year and "
          "null as alts")
g.neg("实施三大高速公路", "三大", "set label N大 (三大高速公路新通道, the three new "
      "expressway corridors named as a group) — judgement call; a count of 3 corridors is "
      "the alternative")
fact("新通道项目14个", "14个", value=14, unit="count", kind="count", classifier="个",
     metric="三大高速公路新通道项目",
     metric_alts=["高速公路新通道项目", "市场化实施三大高速公路新通道项目",
                  "高速公路新通道项目数量", "新通道项目"], **FLOW_Q,
     note="projects carried out on market terms in 2024")
g.neg("机场三期扩建工程", "三期", "phase label 三期 (third phase of the airport "
      "extension), not a quantity (README §2 一期)")
fact("促消费活动10336场次", "10336场次", value=10336, unit="count", kind="count",
     classifier="场次", metric="促消费活动",
     metric_alts=["各类促消费活动", "开展促消费活动", "促消费活动场次", "开展各类促消费活动"],
     **FLOW_Q)
fact("分别居全国第3位、第2位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="快递业务量增速",
     metric_alts=["快递业务量", "快递业务量增速排名", "快递量增速"], **FLOW_Q,
     note="分别: 快递业务量 ↔ 第3位, 收入 ↔ 第2位 (ranks of growth rates)")
fact("全国第3位、第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="快递业务收入增速",
     metric_alts=["快递业务收入", "快递收入增速", "收入增速", "快递业务收入增速排名"],
     **FLOW_Q, note="head 快递业务 restored for 收入")
g.neg("“万人星空演唱会”", "万人", "event name 敦煌“万人星空演唱会” ('ten-thousand-people "
      "starry-sky concert'), a label, not a measured count")
g.neg("国家5A级景区", "5A级", "A-grade class label (5A级景区), not a quantity (as "
      "cm_qiandongnan_2023)")
TOUR_NOTE = "分别: 接待游客人数 ↔ 15.9%, 旅游花费 ↔ 25.7%"
fact("分别增长15.9%", "15.9%", value=15.9, unit="%", kind="growth",
     metric="接待游客人数", metric_alts=["游客人数", "接待游客", "全省接待游客人数"],
     comparison="yoy", **FLOW_Q, note=TOUR_NOTE)
fact("15.9%、25.7%", "25.7%", value=25.7, unit="%", kind="growth", metric="旅游花费",
     metric_alts=["旅游消费", "游客旅游花费", "旅游收入"], comparison="yoy", **FLOW_Q,
     note=TOUR_NOTE)
fact("吞吐量突破1700万人次", "1700万人次", value=1.7e7, unit="count", kind="count",
     classifier="人次", bound="gt", metric="旅客吞吐量",
     metric_alts=["机场旅客吞吐量", "兰州中川机场旅客吞吐量"],
     subject="兰州中川机场", subject_alts=["兰州中川国际机场", "中川机场"] + [PLACE] + GS_ALTS,
     **FLOW_Q, note="突破 → gt (outside the span); the airport owns the number")
fact("出让矿业权182宗", "182宗", value=182, unit="count", kind="count", classifier="宗",
     metric="出让矿业权", metric_alts=["矿业权", "矿业权出让", "出让矿业权数量"], **FLOW_Q)
fact("成交价116.8亿元", "116.8亿元", value=116.8e8, unit="CNY", kind="amount",
     metric="矿业权出让成交价",
     metric_alts=["成交价", "出让矿业权成交价", "矿业权成交价", "成交金额", "矿业权出让收益"],
     **FLOW_Q, note="price of the 182 rights sold (head restored)")
fact("116.8亿元，均居全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="出让矿业权宗数和成交价",
     metric_alts=["出让矿业权", "矿业权出让成交价", "成交价", "出让矿业权数量", "矿业权出让"],
     **FLOW_Q, note="one rank over two indicators (均) → one fact, each indicator as a "
                    "metric alt (as wr_anhui_2025 均居全国第2位)")
COAL, OIL, GAS = (["原煤", "原煤生产"], ["原油", "原油生产"], ["天然气", "天然气生产"])
LIST3 = "分别: 原煤 ↔ 6640.8万吨 / 9.3%, 原油 ↔ 1253.6万吨 / 7.3%, 天然气 ↔ 9.1亿立方米 / 21.2%"
fact("达到6640.8万吨", "6640.8万吨", value=6640.8e4, unit="t", kind="amount",
     metric="原煤产量", metric_alts=COAL, **FLOW_Q, note="达到 → eq; " + LIST3)
fact("6640.8万吨、1253.6万吨", "1253.6万吨", value=1253.6e4, unit="t", kind="amount",
     metric="原油产量", metric_alts=OIL, **FLOW_Q)
fact("9.1亿立方米", "9.1亿立方米", value=9.1e8, unit="m3", kind="amount",
     metric="天然气产量", metric_alts=GAS, **FLOW_Q)
fact("分别增长9.3%", "9.3%", value=9.3, unit="%", kind="growth", metric="原煤产量",
     metric_alts=COAL, comparison="yoy", **FLOW_Q)
fact("9.3%、7.3%", "7.3%", value=7.3, unit="%", kind="growth", metric="原油产量",
     metric_alts=OIL, comparison="yoy", **FLOW_Q)
fact("7.3%、21.2%", "21.2%", value=21.2, unit="%", kind="growth", metric="天然气产量",
     metric_alts=GAS, comparison="yoy", **FLOW_Q)
NEWE = ["新能源装机", "新能源装机容量", "新能源并网装机"]
fact("新增新能源装机1258万千瓦", "1258万千瓦", value=1.258e10, unit="W", kind="amount",
     metric="新增新能源装机",
     metric_alts=NEWE + ["新能源装机增量", "新能源装机容量增量"], **FLOW_Q,
     note="capacity added in 2024; 1258万千瓦 = 1.258e10 W; 新增 of a stock → phrase kept "
          "whole, 增量 in alts (as wr_anhui_2025)")
fact("总量达到6437万千瓦", "6437万千瓦", value=6.437e10, unit="W", kind="amount",
     metric="新能源装机总量", metric_alts=NEWE + ["总量", "新能源装机规模"], **STOCK_Q,
     note="总量达到 → a stock: instant 2024-12-31 (year and null as alts)")
fact("发电量占比均居全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="新能源装机和发电量占比",
     metric_alts=["新能源装机占比", "新能源发电量占比", "装机占比", "发电量占比",
                  "装机和发电量占比", "新能源装机占比和发电量占比"], **LEVEL_Q,
     note="one rank over two shares (均) → one fact, each as metric alt; the capacity share "
          "is of a stock, the generation share of the year's flow → the year, year-end as alt")
fact("制造业产值达到830亿元", "830亿元", value=830e8, unit="CNY", kind="amount",
     metric="新能源及新能源装备制造业产值",
     metric_alts=["新能源装备制造业产值", "新能源及新能源装备制造产值", "产值"], **FLOW_Q)
fact("总装机历史性突破1亿千瓦", "1亿千瓦", value=1e11, unit="W", kind="amount", bound="gt",
     metric="电源总装机",
     metric_alts=["全省电源总装机", "电力总装机", "电源装机", "总装机", "电源总装机容量"],
     **STOCK_Q, note="突破 → gt; 1亿千瓦 = 1e11 W; installed capacity (a stock): instant "
                     "2024-12-31")
URB = ["城镇化率", "常住人口城镇化率水平"]
fact("城镇化率达到56.83%", "56.83%", value=56.83, unit="%", kind="share",
     metric="常住人口城镇化率", metric_alts=URB, **STOCK_Q,
     note="rate of a population stock (SPEC §2/§4): instant 2024-12-31, the year and null "
          "as alts")
fact("提高1.34个百分点", "1.34个百分点", value=1.34, unit="pp", kind="change",
     metric="常住人口城镇化率", metric_alts=URB, comparison="yoy", **FLOW_Q)
STREAK3 = P("连续三年", "2022-01-01", "2024-12-31")
LN = dict(subject="陇南市", subject_alts=["陇南"])
fact("增幅连续三年居全省", "三年", value=3, unit="year", kind="amount",
     metric="城镇化率增幅居全省第1位持续时间",
     metric_alts=["城镇化率增幅连续居全省第1位", "城镇化率增幅居全省第1位年数",
                  "连续居全省第1位", "城镇化率增幅"],
     period=YQ, period_alts=[YQ_NULL, STREAK3], **LN,
     note="length of the streak 连续三年 (a duration, unit year), as wr_xinjiang_2025 连续四年 "
          "— judgement call; the streak ends in 2024 (alt 2022-2024); 陇南 owns the number")
fact("三年居全省第1位", "第1位", value=1, unit="rank", kind="rank", scope="全省",
     metric="城镇化率增幅",
     metric_alts=["城镇化率增幅排名", "城镇化率", "城镇化率提高幅度"],
     period=YQ, period_alts=[YQ_NULL, STREAK3], **LN,
     note="the position in 2024, held in each year of the streak (alt 2022-2024)")
GDPC = ["经济总量", "地区生产总值", "GDP", "生产总值"]
fact("庆阳经济总量迈上1200亿台阶", "1200亿", value=1200e8, unit="CNY", kind="amount",
     bound="ge", metric="经济总量", metric_alts=GDPC[1:],
     subject="庆阳市", subject_alts=["庆阳"], **FLOW_Q,
     note="judgement call: 迈上1200亿台阶 'stepped onto the 120-billion level' → ge (as "
          "wr_anhui_2025 跨上5万亿元台阶); 元 is not written, the unit CNY is implied by "
          "经济总量")
JQ = dict(subject="酒泉市", subject_alts=["酒泉"])
fact("经济总量突破千亿", "千亿", value=1e11, unit="CNY", kind="amount", bound="gt",
     metric="经济总量", metric_alts=GDPC[1:], **JQ, **FLOW_Q,
     note="突破 → gt; 千亿 = 1e11, 元 implied (达到1042亿元 follows)")
fact("达到1042亿元", "1042亿元", value=1042e8, unit="CNY", kind="amount",
     metric="经济总量", metric_alts=GDPC[1:], **JQ, **FLOW_Q)
fact("跻身500亿元行列", "500亿元", value=500e8, unit="CNY", kind="amount", bound="ge",
     metric="经济总量", metric_alts=GDPC[1:],
     subject="临夏回族自治州", subject_alts=["临夏州", "临夏"], **FLOW_Q,
     note="跻身500亿元行列 'joined the 50-billion club' → ge; not a threshold defining a "
          "counted set")
g.neg("新增“百亿县”", "百亿", THRESH_NOTE + " (百亿县: counties with an output of 10 "
      "billion yuan or more)")
HUNDRED = ["百亿县", "“百亿县”数量", "百亿县数量"]
fact("“百亿县”4个", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="“百亿县”",
     metric_alts=HUNDRED + ["新增“百亿县”", "新增百亿县", "百亿县增量", "“百亿县”增量"],
     **FLOW_Q, note=NEW_NOTE)
fact("总数达到40个", "40个", value=40, unit="count", kind="count", classifier="个",
     metric="“百亿县”", metric_alts=HUNDRED + ["“百亿县”总数", "百亿县总数"], **STOCK_Q,
     note="总数达到 → a stock: instant 2024-12-31")
ZONE_NOTE = ("rank in the national evaluation of development zones of the year; the zone "
             "owns it")
ZONE_UP = ("judgement call: places gained in the national ranking (提升 N位), kind rank with "
           "the value as written (as wr_xinjiang_2025 排名上升3位)")
LZ = dict(subject="兰州高新区", subject_alts=["兰州高新技术产业开发区", "兰州国家高新区"])
fact("全国排名53位", "53位", value=53, unit="rank", kind="rank", scope="全国",
     metric="全国排名", metric_alts=["排名", "国家高新区排名", "高新区全国排名"], **LZ,
     **FLOW_Q, note=ZONE_NOTE)
fact("提升3位，天水", "3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="全国排名提升位次",
     metric_alts=["全国排名", "排名提升", "全国排名增量", "排名"], **LZ, **FLOW_Q, note=ZONE_UP)
TS = dict(subject="天水经开区", subject_alts=["天水经济技术开发区", "天水经开区、张掖经开区"])
ZY = dict(subject="张掖经开区", subject_alts=["张掖经济技术开发区", "天水经开区、张掖经开区"])
fact("全国排名46位", "46位", value=46, unit="rank", kind="rank", scope="全国",
     metric="全国排名", metric_alts=["排名", "国家级经开区排名", "经开区全国排名"], **TS,
     **FLOW_Q, note="分别: 天水经开区 ↔ 46位 / 提升6位, 张掖经开区 ↔ 82位 / 提升49位")
fact("46位、82位", "82位", value=82, unit="rank", kind="rank", scope="全国",
     metric="全国排名", metric_alts=["排名", "国家级经开区排名", "经开区全国排名"], **ZY,
     **FLOW_Q)
fact("分别提升6位", "6位", value=6, unit="rank", kind="rank", scope="全国",
     metric="全国排名提升位次",
     metric_alts=["全国排名", "排名提升", "全国排名增量", "排名"], **TS, **FLOW_Q, note=ZONE_UP)
fact("6位、49位", "49位", value=49, unit="rank", kind="rank", scope="全国",
     metric="全国排名提升位次",
     metric_alts=["全国排名", "排名提升", "全国排名增量", "排名"], **ZY, **FLOW_Q, note=ZONE_UP)
fact("优化调整21个", "21个", value=21, unit="count", kind="count", classifier="个",
     metric="优化调整的省级开发区",
     metric_alts=["省级开发区", "优化调整省级开发区", "省级开发区数量"], **FLOW_Q)
g.neg("百亿园区达到", "百亿", THRESH_NOTE + " (百亿园区: parks with an output of 10 "
      "billion yuan or more)")
fact("百亿园区达到11个", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="百亿园区", metric_alts=["百亿园区数量", "百亿级园区"], **STOCK_Q,
     note="达到 N 个 of a set of parks (a stock): instant 2024-12-31")
fact("西固2个化工园区", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="入围全国百强的化工园区",
     metric_alts=["化工园区", "入围全国百强化工园区", "全国百强化工园区", "化工园区数量"],
     **FLOW_Q,
     note="兰州新区 and 西固 chemical parks that entered the national top 100 in 2024; the "
          "list 全国百强 defines the counted set (in the metric)")
g.neg("入围全国百强", "百强", THRESH_NOTE + " (judgement call: 全国百强 is the ranking list "
      "the 2 parks entered, as 世界500强 in other golds; a rank fact 100 le is the "
      "alternative)")

# ---- line 4: 二是 structure ----------------------------------------------------------------------
g.neg("二是聚力打好调结构", "二是", MARKER_NOTE)
fact("研发投入增长8.4%", "8.4%", value=8.4, unit="%", kind="growth", metric="全社会研发投入",
     metric_alts=["研发投入", "研发经费投入", "全社会研发经费投入", "R&D经费"],
     comparison="yoy", **FLOW, note="line 4 states no period: section frame 2024 (period "
                                    "text 一年来), null as alt")
fact("贡献率达到61%", "61%", value=61, unit="%", kind="share", metric="科技进步贡献率",
     **FLOW, note="达到 → eq; a proportion of growth → share")
fact("等8项成果获", "8项", value=8, unit="count", kind="count", classifier="项",
     metric="获国家科学技术奖成果",
     metric_alts=["成果", "获国家科学技术奖的成果", "国家科学技术奖", "获奖成果"], **FLOW)
g.neg("“甘肃造”第五套", "第五套", "judgement call: ordinal naming the unit (the fifth "
      "carbon-ion therapy system made in Gansu), not a measured rank; a cumulative count "
      "of 5 systems is the alternative")
FIRM = ("新增 N: certified in 2024 (a flow), 增量 reading in alts (README §3); 新增 "
        "distributes over the list")
fact("“小巨人”企业3户", "3户", value=3, unit="count", kind="count", classifier="户",
     metric="国家级专精特新“小巨人”企业",
     metric_alts=["专精特新“小巨人”企业", "国家级专精特新小巨人企业", "专精特新小巨人企业",
                  "“小巨人”企业", "新增国家级专精特新“小巨人”企业",
                  "国家级专精特新“小巨人”企业增量"], **FLOW, note=FIRM)
g.neg("制造业“单项冠军”", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "a label, not a quantity (as other golds)")
fact("“单项冠军”企业2户", "2户", value=2, unit="count", kind="count", classifier="户",
     metric="制造业“单项冠军”企业",
     metric_alts=["制造业单项冠军企业", "单项冠军企业", "“单项冠军”企业",
                  "新增制造业“单项冠军”企业", "制造业“单项冠军”企业增量"], **FLOW, note=FIRM)
fact("中小企业244户", "244户", value=244, unit="count", kind="count", classifier="户",
     metric="省级专精特新中小企业",
     metric_alts=["专精特新中小企业", "认定省级专精特新中小企业", "省级专精特新中小企业增量"],
     **FLOW, note="认定 N: certified in 2024")
g.neg("“三高”企业", "三高", LABEL_NOTE + " (“三高”企业: 高成长、高技术、高附加值 firms)")
fact("“三高”企业247户", "247户", value=247, unit="count", kind="count", classifier="户",
     metric="“三高”企业",
     metric_alts=["三高企业", "认定“三高”企业", "认定三高企业", "“三高”企业增量"], **FLOW,
     note="verb 认定 distributes over the list; the label inside the metric has its own "
          "negative")
HT = ["高新技术企业数量", "高新技术企业总数", "国家高新技术企业"]
fact("高新技术企业达到2463家", "2463家", value=2463, unit="count", kind="count",
     classifier="家", metric="高新技术企业", metric_alts=HT, **STOCK,
     note="达到 N 家 of a register of certified firms: " + STOCK_NOTE)
fact("2463家、增长16.2%", "16.2%", value=16.2, unit="%", kind="growth",
     metric="高新技术企业", metric_alts=HT, comparison="yoy", **LEVEL,
     note="growth of the stock over 2024 → the year, year-end and null as alts")
g.neg("我省首个全国", "首个", FIRST_NOTE)
g.neg("隐形独角兽500强", "500强", "list name 全国隐形独角兽500强 defining the category "
      "甘肃海亮 entered (as 世界500强 in other golds), not a measured rank of its own")
g.neg("实施“三化”改造", "三化", LABEL_NOTE + " (“三化”改造: 高端化、智能化、绿色化)")
fact("“三化”改造项目310个", "310个", value=310, unit="count", kind="count", classifier="个",
     metric="“三化”改造项目",
     metric_alts=["三化改造项目", "实施“三化”改造项目", "实施三化改造项目", "改造项目"],
     **FLOW, note="projects carried out in 2024")
fact("产业链重点项目810个", "810个", value=810, unit="count", kind="count", classifier="个",
     metric="产业链重点项目",
     metric_alts=["实施产业链重点项目", "产业链项目", "重点项目"], **FLOW)
fact("产值均增长20%以上", "20%", value=20, unit="%", kind="growth", bound="ge",
     metric="冶金有色、新材料、装备制造产业链产值",
     metric_alts=["冶金有色产业链产值", "新材料产业链产值", "装备制造产业链产值",
                  "产业链产值", "冶金有色、新材料、装备制造产业链"],
     comparison="yoy", **FLOW,
     note="以上 → ge (outside the span); one quantity over three chains (均) → one fact, "
          "each chain as a metric alt")
SEI_NOTE = "分别: 战略性新兴产业 ↔ 7%, 高技术产业 ↔ 4.9%; 增加值 restored for both"
fact("分别增长7%", "7%", value=7, unit="%", kind="growth", metric="战略性新兴产业增加值",
     metric_alts=["战略性新兴产业", "战略性新兴产业增加值增速"], comparison="yoy", **FLOW,
     note=SEI_NOTE)
fact("7%和4.9%", "4.9%", value=4.9, unit="%", kind="growth", metric="高技术产业增加值",
     metric_alts=["高技术产业", "高技术产业增加值增速"], comparison="yoy", **FLOW,
     note=SEI_NOTE)
QY = dict(subject="庆阳数据中心集群",
          subject_alts=["庆阳", "庆阳市", "全国一体化算力网络国家枢纽节点庆阳数据中心集群",
                        PLACE] + GS_ALTS)
fact("引进企业357家", "357家", value=357, unit="count", kind="count", classifier="家",
     metric="引进企业",
     metric_alts=["企业", "引进企业数量", "入驻企业", "庆阳数据中心集群引进企业"], **QY,
     **FLOW, note="the cluster owns the number")
fact("算力规模达到5.1万P", "5.1万P", value=51000, unit="P", kind="amount",
     metric="算力规模", metric_alts=["算力", "算力总规模", "庆阳数据中心集群算力规模"], **QY,
     **STOCK,
     note="P (PFlops) kept as the surface unit (SPEC §3, as wr_xinjiang_2025 24000P); 5.1万 "
          "= 51000; capacity built (a stock): " + STOCK_NOTE)
g.neg("全国八大枢纽节点", "八大", "set label N大 (全国八大枢纽节点, the national computing "
      "hubs named as a group), not a count claim")
g.neg("十大数据中心集群", "十大", "set label N大 (十大数据中心集群), not a count claim")
g.neg("粮食播种面积、单产", "单产", "lexicalized 单产 'yield per unit area', not a "
      "quantity (as wr_xinjiang_2025)")
g.neg("“三增长”", "三增长", "label “三增长” ('all three grew', summing up area, yield and "
      "output), not a quantity")
fact("粮食产量259.2亿斤", "259.2亿斤", value=259.2e8 * JIN, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食", "总产"], **FLOW,
     note="259.2亿斤 × 0.0005 t = 1.296e7 t (SPEC §3)")
fact("建成高标准农田284万亩", "284万亩", value=284e4, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["建成高标准农田", "高标准农田建设", "高标准农田建设面积", "高标准农田面积"],
     **FLOW, note="area built in 2024")
fact("绩效考核排全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="高标准农田建设绩效考核",
     metric_alts=["绩效考核", "高标准农田绩效考核", "绩效考核排名", "高标准农田建设"], **FLOW)
fact("耕地治理6.3万亩", "6.3万亩", value=6.3e4, unit="mu", kind="amount",
     metric="盐碱耕地治理",
     metric_alts=["完成盐碱耕地治理", "盐碱耕地治理面积", "盐碱地治理"], **FLOW)
fact("全产业链产值4928亿元", "4928亿元", value=4928e8, unit="CNY", kind="amount",
     metric="“牛羊菜果薯药”全产业链产值",
     metric_alts=["牛羊菜果薯药全产业链产值", "全产业链产值", "“牛羊菜果薯药”产值",
                  "特色农业全产业链产值"], **FLOW)
APPROVED = "获批创建 N: approved in 2024; the verb distributes over the list"
fact("高原夏菜2个产业集群", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家级产业集群",
     metric_alts=["产业集群", "获批创建国家级产业集群", "国家级优势特色产业集群",
                  "国家级甘味产业集群"], **FLOW, note=APPROVED)
fact("崆峒2个现代农业产业园", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="现代农业产业园",
     metric_alts=["国家级现代农业产业园", "获批创建现代农业产业园", "产业园"], **FLOW,
     note=APPROVED)
fact("等7个产业强镇", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="产业强镇",
     metric_alts=["国家级产业强镇", "农业产业强镇", "获批创建产业强镇"], **FLOW, note=APPROVED)
fact("形象品牌四连冠", "四连冠", value=4, unit="count", kind="count", classifier="连冠",
     metric="中国区域农业形象品牌连冠",
     metric_alts=["中国区域农业形象品牌", "连冠", "连冠次数", "“甘味”品牌连冠",
                  "中国区域农业形象品牌连冠次数"],
     subject="“甘味”品牌", subject_alts=["甘味品牌", "“甘味”", PLACE] + GS_ALTS,
     period=YF, period_alts=[YF_NULL, P("四连冠", "2021-01-01", "2024-12-31")],
     note="judgement call: 四连冠 'fourth title in a row' → a count of consecutive titles "
          "(4); a streak duration (4 year, as 连续四年 in wr_xinjiang_2025) is the "
          "alternative reading; the brand owns it; the streak ends in 2024")
FIRMS = ["规模以上工业企业数量", "规上工业企业", "规上工业企业数量"]
fact("工业企业535户", "535户", value=535, unit="count", kind="count", classifier="户",
     metric="规模以上工业企业",
     metric_alts=FIRMS + ["新增规模以上工业企业", "规模以上工业企业增量", "规上工业企业增量"],
     **FLOW, note=NEW_NOTE)
fact("总数达到3159户", "3159户", value=3159, unit="count", kind="count", classifier="户",
     metric="规模以上工业企业", metric_alts=FIRMS + ["规模以上工业企业总数"], **STOCK,
     note="总数达到 → " + STOCK_NOTE)
fact("新设经营主体30.8万户", "30.8万户", value=308000, unit="count", kind="count",
     classifier="户", metric="新设经营主体",
     metric_alts=["经营主体", "新设市场主体", "经营主体增量", "新登记经营主体"], **FLOW)
fact("其中企业8.4万户", "8.4万户", value=84000, unit="count", kind="count", classifier="户",
     metric="新设企业",
     metric_alts=["企业", "新设经营主体中企业", "新设企业数量", "新登记企业"], **FLOW,
     note="其中 = of the 30.8万户 new entities")
fact("优惠政策144.8亿元", "144.8亿元", value=144.8e8, unit="CNY", kind="amount",
     metric="税费优惠",
     metric_alts=["税费优惠政策", "落实税费优惠政策", "税费优惠金额", "减税降费",
                  "支持科技创新和制造业发展等税费优惠政策"], **FLOW,
     note="tax and fee relief granted under the policies in 2024")
fact("惠及经营主体14.1万户次", "14.1万户次", value=141000, unit="count", kind="count",
     classifier="户次", metric="惠及经营主体",
     metric_alts=["经营主体", "受惠经营主体", "惠及经营主体户次"], **FLOW)
g.neg("“千企调研纾困”", "千企", LABEL_NOTE + " (campaign name “千企调研纾困” 'survey a "
      "thousand firms and relieve their difficulties')")
PRIV = ["民间投资", "项目民间投资增速"]
fact("项目民间投资增长11.9%", "11.9%", value=11.9, unit="%", kind="growth",
     metric="项目民间投资", metric_alts=PRIV, comparison="yoy", **FLOW)
fact("连续12个月保持", "12个月", value=1, unit="year", kind="amount",
     metric="项目民间投资两位数增长持续时间",
     metric_alts=["项目民间投资连续保持两位数增长", "连续保持两位数增长", "两位数增长持续时间",
                  "项目民间投资两位数增长月数", "项目民间投资"], **FLOW,
     note="length of the streak 连续12个月 (a duration: 个月 = 1/12 year → 1 year), as "
          "wr_anhui_2025 连续48个月 — judgement call; twelve months ending in 2024 = the year")
fact("保持两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="项目民间投资", metric_alts=PRIV, comparison="yoy", **FLOW,
     note="两位数增长 → growth ≥ 10% (as wr_anhui_2025), held in each month of 2024")
fact("社会融资规模增加1128亿元", "1128亿元", value=1128e8, unit="CNY", kind="amount",
     metric="社会融资规模增量",
     metric_alts=["社会融资规模", "社会融资规模增加", "社会融资规模增加额", "社融增量"], **FLOW,
     note="增加 of a stock over 2024: the standard flow indicator 社会融资规模增量 (SPEC §2 "
          "<level>增量), positive")
fact("直接融资979亿元", "979亿元", value=979e8, unit="CNY", kind="amount",
     metric="直接融资", metric_alts=["完成直接融资", "直接融资规模", "直接融资额"], **FLOW)
fact("979亿元、增长7.9%", "7.9%", value=7.9, unit="%", kind="growth", metric="直接融资",
     metric_alts=["完成直接融资", "直接融资规模", "直接融资额"], comparison="yoy", **FLOW)
INS = ["“险资入甘”落地资金", "险资入甘落地资金", "新增“险资入甘”落地资金", "险资入甘资金",
       "“险资入甘”资金"]
fact("落地资金213.4亿元", "213.4亿元", value=213.4e8, unit="CNY", kind="amount",
     metric=INS[0], metric_alts=INS[1:], **FLOW,
     note="insurance funds newly placed in the province in 2024 (新增 … 落地资金)")
fact("213.4亿元、增长46.7%", "46.7%", value=46.7, unit="%", kind="growth", metric=INS[0],
     metric_alts=INS[1:], comparison="yoy", **FLOW)

NOTES = (
    "Excerpt: lines 10-13 of shared/texts/work_report/wr_gansu_2025.txt (2,257 characters "
    "with the final newline), sliced by code: the last highlight paragraph of the review "
    "(难能可贵的是…: 8项主要经济指标, 15项做法), 一年来…着重抓了以下工作。 and review items 一是 "
    "(growth, projects, transport, consumption, tourism, resources, energy, regions, zones) "
    "and 二是 (science, firms, chains, data centres, agriculture, market entities, finance) "
    "in full: the densest run of numbers of the report. The GDP paragraph (source line 7) "
    "cannot be joined within 2,500 characters (lines 7-13: 2,675) and lines 1/6-12 stay "
    "under 2,000 (1,989 / 1,917). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-20, the "
    "delivery date in the header (source line 3: ——2025年1月20日在甘肃省第十四届人民代表大会第三次"
    "会议上); the corpus meta agrees. Place: 甘肃省 (甘肃, 全省, 我省 → alts); owners of their own "
    "numbers: 兰州中川机场 (1700万人次), 陇南 (streak and rank), 庆阳 / 酒泉 / 临夏州 "
    "(经济总量), 兰州高新区 / 天水经开区 / 张掖经开区 (ranks), 庆阳数据中心集群 (357家, 5.1万P), "
    "“甘味”品牌 (四连冠). Periods: the report has no heading 2024年工作回顾; line 1 and line 4 "
    "(二是) state no period and take the review year 2024 as section frame with the "
    "excerpt's name of it, 一年来 (line 2), as period text, null as alt (as "
    "wr_beijing_2025); line 2 一年来 is its own line; in line 3 (一是) 全年 opens the line "
    "and governs it (period text 全年, same dates). Stocks (通高速县达到, 新能源装机总量, 电源"
    "总装机, 城镇化率, 百亿县总数, 百亿园区达到, 高新技术企业达到, 规上企业总数, 算力规模) → "
    "instant 2024-12-31 with the year and null as alts; 累计完成投资2393.1亿元 is the year's "
    "sum (flow, instant as alt). Modality: actual throughout (no 预计, no targets). Units: "
    "斤 × 0.0005 t; 万千瓦 1e7 W; 亿立方米 1e8 m3; 5.1万P kept as P; 1200亿 / 千亿 without 元 "
    "→ CNY. Judgement calls: 8项…居全国前3位 and 2个化工园区入围全国百强 → counts whose rank "
    "condition is a threshold in the metric (前3位, 百强 negatives); 迈上1200亿台阶 / 跻身500"
    "亿元行列 → ge; 排名提升 N位 → rank +N; 连续三年 / 连续12个月 → streak durations (3 year, "
    "1 year) and 两位数 → growth ge 10; 四连冠 → count 4; 社会融资规模增加 → 社会融资规模增量; "
    "三大 (高速公路新通道), 八大 / 十大, 第五套, 500强 read as labels (negatives). "
    "Negatives: 前3位, 一年来, 四强, 五量, 六场, 一是/二是, 第一产业/第二产业, 三大, 三期, 万人 "
    "(event name), 5A级, 百亿 ×2, 百强, 第五套, 单项, 三高, 首个, 500强, 三化, 八大, 十大, 单产, "
    "三增长, 千企.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：甘肃日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
