"""Gold annotations for wr_ningxia_2025 (2025年宁夏回族自治区政府工作报告), lines 10-15 of
shared/texts/work_report/wr_ningxia_2025.txt.

The excerpt corpora/wr_ningxia_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the six paragraphs of review item （一）锚定目标攻坚
(source line 9, its one-sentence heading, lies just before): 主要目标质效齐升 (the headline
indicators and their national ranks), 项目投资成效显著 (projects, chemicals, equipment,
agriculture, coal, power), 市场消费持续好转 (retail, tourism), 数字经济全面提速,
科技创新不断进步 and 政策措施发力见效.  It is the densest run of numbers of the review
(~110 numerals in 2,445 characters); adding the heading line 9 makes 2,520 (over 2,500),
and starting at line 9 (lines 9-14, 2,192) would drop the 政策措施 paragraph.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_ningxia_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_ningxia_2025"
PLACE = "宁夏回族自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 10, 15                    # 1-based, inclusive, whole lines
TITLE = "2025年宁夏政府工作报告"
NX_ALTS = ["宁夏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="主要目标质效齐升。", ends="受到企业普遍欢迎。")
text = g.text
fact = g.with_subject(PLACE, NX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 超千亿元的开发区, 亿元以上项目), "
               "part of the count's metric, not a fact of its own")
SECTOR = "sector name {} (primary/secondary/tertiary industry), not a quantity"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in part 一、2024年工作回顾 (source line 7, outside it).  Line 1 (主要目标…)
# and line 2 (项目投资…) open with 全年 before their first number: 全年 (= 2024) governs each
# of them (period text 全年).  Lines 3 (市场消费) and 4 (数字经济) state no period of their own
# (比2023年 is a comparison basis): they take the review year as section frame (SPEC §4), with
# the excerpt's own name of that year, 全年, as period text and null in period_alts (as
# wr_gansu_2025 / wr_jilin_2025).  Line 6 (政策措施) names only 全年目标 (the year's targets)
# before its numbers: same frame, same dates.  Line 5 opens with 近3年 (= 2022-2024, the three
# full years before the reference year, SPEC §4): it governs the whole line literally (SPEC:
# a period governs the clauses after it within the line); for the 2024 events later in the
# line (streak, laboratories, centres) the review year is given as alt.  Stocks (城镇化率,
# 保有储量, 总装机, 绿电装机占比, 余额) → instant 2024-12-31 with the year and null as alts.
Y24 = P("全年", "2024-01-01", "2024-12-31")
Y24_NULL = P("全年", None, None)
Y24_END = P("全年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
N3 = P("近3年", "2022-01-01", "2024-12-31")
N3_NULL = P("近3年", None, None)
FLOW3 = dict(period=N3, period_alts=[Y24, N3_NULL])
N3_NOTE = ("近3年 at the head of the line governs it (SPEC §4: the three full years before "
           "the reference year 2025 → 2022-2024); the review year 2024 and null as alts")

# ---- line 1: 主要目标质效齐升 (headline indicators) ---------------------------------------------
GDP_ALTS = ["GDP", "生产总值", "全区地区生产总值", "经济总量"]
fact("地区生产总值5503亿元", "5503亿元", value=5503e8, unit="CNY", kind="amount",
     metric="地区生产总值", metric_alts=GDP_ALTS, **FLOW,
     note="全年实现 → eq; 全年 (= 2024) opens the line and governs it; no 预计 → actual")
fact("5503亿元、增长5.4%", "5.4%", value=5.4, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS + ["经济增长", "经济增速"], comparison="yoy",
     **FLOW)
fact("连续10个季度超过", "10个季度", value=2.5, unit="year", kind="amount",
     metric="地区生产总值增速超过全国平均水平持续时间",
     metric_alts=["连续超过全国平均水平", "地区生产总值增速连续超过全国平均水平",
                  "超过全国平均水平持续时间", "经济增速超过全国平均水平持续时间",
                  "地区生产总值增速超过全国平均水平季度数", "持续时间", "地区生产总值"],
     period=Y24, period_alts=[Y24_NULL, P("连续10个季度", "2022-07-01", "2024-12-31")],
     note="judgement call: length of the streak 连续10个季度 (a duration: a quarter = 1/4 year "
          "→ 2.5 year, as wr_yunnan_2025 连续12个季度 → 3 year); the streak ends in the review "
          "year (alt 2022-07..2024-12); a count of 10 quarters is the alternative reading. "
          "The shared check_gold.py has no 季度 unit and reads 10")
g.neg("第一产业增加值增长6.2%", "第一产业", SECTOR.format("第一产业"))
fact("第一产业增加值增长6.2%", "6.2%", value=6.2, unit="%", kind="growth",
     metric="第一产业增加值", metric_alts=["第一产业", "农业增加值"], comparison="yoy", **FLOW)
RANK_NOTE = "rank of the growth rate of the year among the provinces (scope 全国)"
fact("6.2%、居全国第四", "第四", value=4, unit="rank", kind="rank", scope="全国",
     metric="第一产业增加值增速", metric_alts=["第一产业增加值", "第一产业增速", "增速"],
     **FLOW, note=RANK_NOTE)
g.neg("第二产业增加值增长7%", "第二产业", SECTOR.format("第二产业"))
fact("第二产业增加值增长7%", "7%", value=7, unit="%", kind="growth",
     metric="第二产业增加值", metric_alts=["第二产业"], comparison="yoy", **FLOW)
fact("7%、居全国第五", "第五", value=5, unit="rank", kind="rank", scope="全国",
     metric="第二产业增加值增速", metric_alts=["第二产业增加值", "第二产业增速", "增速"],
     **FLOW, note=RANK_NOTE)
IND = ["规模以上工业增加值", "工业增加值", "规上工业"]
fact("规上工业增加值增长9.6%", "9.6%", value=9.6, unit="%", kind="growth",
     metric="规上工业增加值", metric_alts=IND, comparison="yoy", **FLOW)
fact("9.6%、居全国第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
     metric="规上工业增加值增速",
     metric_alts=["规上工业增加值", "规模以上工业增加值增速", "工业增加值增速", "增速"],
     **FLOW, note=RANK_NOTE)
fact("固定资产投资增长7.9%", "7.9%", value=7.9, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=["全区固定资产投资", "固定资产投资增速"],
     comparison="yoy", **FLOW)
fact("7.9%、居全国第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
     metric="固定资产投资增速", metric_alts=["固定资产投资", "增速"], **FLOW, note=RANK_NOTE)
RETAIL = ["社会消费品零售额", "社零总额"]
fact("零售总额增长5%", "5%", value=5, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=RETAIL, comparison="yoy", **FLOW)
fact("总额增长5%、居全国第六", "第六", value=6, unit="rank", kind="rank", scope="全国",
     metric="社会消费品零售总额增速",
     metric_alts=["社会消费品零售总额", "社会消费品零售额增速", "增速"], **FLOW, note=RANK_NOTE)
REV = ["一般公共预算收入", "公共预算收入", "财政收入", "地方一般公共预算收入增速"]
fact("预算收入517亿元", "517亿元", value=517e8, unit="CNY", kind="amount",
     metric="地方一般公共预算收入", metric_alts=REV[:3], **FLOW)
fact("517亿元、增长2.8%", "2.8%", value=2.8, unit="%", kind="growth",
     metric="地方一般公共预算收入", metric_alts=REV, comparison="yoy", **FLOW)
fact("地方税收增速居全国第八", "第八", value=8, unit="rank", kind="rank", scope="全国",
     metric="地方税收增速", metric_alts=["地方税收", "税收增速", "地方税收收入增速"], **FLOW,
     note="其中: the local tax part of the revenue; rank of its growth rate (the rate itself "
          "is not given)")
g.neg("第三产业增加值、建筑业", "第三产业", SECTOR.format("第三产业") + "; no number "
      "follows (稳步回升)")
INC = ["居民人均可支配收入", "人均可支配收入", "全区居民人均可支配收入", "居民收入"]
fact("可支配收入增长5.5%", "5.5%", value=5.5, unit="%", kind="growth",
     metric="全体居民人均可支配收入", metric_alts=INC, comparison="yoy", **FLOW)
fact("5.5%、居全国第六", "第六", value=6, unit="rank", kind="rank", scope="全国",
     metric="全体居民人均可支配收入增速",
     metric_alts=["全体居民人均可支配收入", "居民人均可支配收入增速", "人均可支配收入增速",
                  "增速"], **FLOW, note=RANK_NOTE)
fact("失业率均值5.2%", "5.2%", value=5.2, unit="%", kind="share", metric="城镇调查失业率",
     metric_alts=["城镇调查失业率均值", "调查失业率", "平均城镇调查失业率"], **FLOW,
     note="a rate → share; the mean of the monthly rates of 2024 → the year")
fact("居民消费价格下降0.3%", "0.3%", value=-0.3, unit="%", kind="growth",
     metric="居民消费价格",
     metric_alts=["居民消费价格指数", "CPI", "消费价格", "居民消费价格涨幅"], comparison="yoy",
     **FLOW, note="下降 → negative value")
URB = ["常住人口城镇化率", "城镇化水平"]
fact("城镇化率达68.2%", "68.2%", value=68.2, unit="%", kind="share", metric="城镇化率",
     metric_alts=URB, **STOCK,
     note="达 → eq; rate of a population stock (SPEC §2/§4): " + STOCK_NOTE)
EXP_NOTE = ("judgement call: 先行区建设6个方面16条经验 = 16 practices in 6 areas, both stated "
            "quantities → two counts (the areas could be read as a mere grouping); "
            "practices promoted nationally in 2024")
fact("先行区建设6个方面", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="先行区建设经验方面",
     metric_alts=["方面", "先行区建设方面", "被推广的先行区建设经验方面", "经验方面"], **FLOW,
     note=EXP_NOTE)
fact("6个方面16条经验", "16条", value=16, unit="count", kind="count", classifier="条",
     metric="先行区建设经验",
     metric_alts=["经验", "先行区建设推广经验", "被国家发展改革委推广的先行区建设经验",
                  "向黄河流域各省区推广的先行区建设经验", "先行区建设经验数量"], **FLOW,
     note=EXP_NOTE)

# ---- line 2: 项目投资成效显著 ------------------------------------------------------------------
g.neg("国家“两重”政策", "两重", LABEL_NOTE + " (“两重”)")
fact("全年实施重点项目2000多个", "2000多个", value=2000, unit="count", kind="count",
     classifier="个", bound="gt", metric="重点项目",
     metric_alts=["实施重点项目", "重点项目数量", "全年实施重点项目"], **FLOW,
     note="多 inside the span → gt; 全年 opens the line and governs it")
fact("完成投资1800多亿元", "1800多亿元", value=1800e8, unit="CNY", kind="amount", bound="gt",
     metric="重点项目完成投资",
     metric_alts=["完成投资", "重点项目投资", "重点项目完成投资额"], **FLOW,
     note="多 inside the span → gt; investment of the key projects (head restored)")
g.neg("续建新建百亿级项目", "百亿级", THRESH_NOTE + " (百亿级项目: projects of 10 billion yuan "
      "or more)")
fact("百亿级项目20个", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="续建新建百亿级项目",
     metric_alts=["百亿级项目", "续建新建百亿级项目数量", "百亿级项目数量", "项目"], **FLOW,
     note="其中: part of the 2000多个 key projects; 为近年最多 states no number")
CAP_NOTE = ("capacity written into the project's name (SPEC §1 / README §2): metric X产能, "
            "alt X年产能; 万吨 ×1e4 t")
fact("全国最大的25万吨", "25万吨", value=25e4, unit="t", kind="amount",
     metric="煤基乙烯聚合物产能",
     metric_alts=["煤基乙烯聚合物年产能", "煤基乙烯聚合物项目产能", "煤基乙烯聚合物",
                  "煤基乙烯聚合物项目规模"], **FLOW,
     note=CAP_NOTE + "; 投产 (put into production in 2024) → actual")
fact("、300万吨CCUS", "300万吨", value=300e4, unit="t", kind="amount",
     metric="CCUS碳利用产能",
     metric_alts=["CCUS碳利用年产能", "CCUS碳利用能力", "CCUS碳利用示范项目规模",
                  "CCUS碳利用规模", "碳利用能力", "CCUS碳利用示范项目产能"],
     modality="target", **FLOW,
     note=CAP_NOTE + "; judgement call: only 一期 (phase 1) was completed, the 300万吨 is "
          "the design of the whole project → target (README §6), actual is the alternative")
g.neg("示范项目一期建成", "一期", "phase label 一期 (README §2), not a quantity")
fact("、135万吨聚烯烃", "135万吨", value=135e4, unit="t", kind="amount",
     metric="聚烯烃产能",
     metric_alts=["聚烯烃年产能", "聚烯烃升级改造项目产能", "聚烯烃", "聚烯烃项目规模"],
     modality="target", **FLOW,
     note=CAP_NOTE + "; 开工 (construction started) → designed capacity of a project being "
          "built → target (README §6)")
NDB = dict(subject="宁东基地",
           subject_alts=["宁东能源化工基地", "宁东", PLACE] + NX_ALTS)
g.neg("成为西部首个产值", "首个", FIRST_NOTE)
fact("产值超过2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount", bound="gt",
     metric="产值", metric_alts=["宁东基地产值", "化工园区产值", "总产值", "工业产值"],
     **NDB, **FLOW,
     note="超过 → gt (outside the span); judgement call: 西部首个产值超过2000亿元的化工园区 "
          "states that the 宁东基地's own output passed 2000亿元 (a claim about one park, "
          "not a threshold defining a counted set); the park owns the number")
fact("综合竞争力位列全国第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
     metric="综合竞争力",
     metric_alts=["化工园区综合竞争力", "综合竞争力排名", "化工园区综合竞争力排名"], **NDB,
     **FLOW, note="rank of the park among the national chemical parks (evaluation of the "
                  "year)")
g.neg("国内陆上单机容量", "单机", "单机 'per unit' in 单机容量 (rated capacity of one "
      "turbine), not a quantity; no number follows (最大)")
g.neg("吴忠仪表等3家企业入选全国首批", "首批", FIRST_NOTE + " (首批 'first batch' of the list)")
fact("吴忠仪表等3家企业", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="入选全国首批卓越级智能工厂企业",
     metric_alts=["企业", "入选企业", "卓越级智能工厂", "入选全国首批卓越级智能工厂的企业",
                  "卓越级智能工厂企业", "入选卓越级智能工厂企业"], **FLOW,
     note="firms selected in 2024; the list they entered defines the counted set (in the "
          "metric)")
fact("排名西北第二", "第二", value=2, unit="rank", kind="rank", scope="西北",
     metric="制造业质量竞争力指数",
     metric_alts=["制造业质量竞争力指数排名", "制造业质量竞争力", "质量竞争力指数"], **FLOW,
     note="rank among the north-western provinces (scope 西北)")
g.neg("稳步发展“六特”产业", "六特", LABEL_NOTE + " (“六特”产业: the six featured agricultural "
      "industries)")
fact("占农业总产值超过88%", "88%", value=88, unit="%", kind="share", bound="gt",
     metric="特色农牧业产值占农业总产值比重",
     metric_alts=["特色农牧业产值占比", "特色农牧业产值占农业总产值的比重",
                  "特色农牧业占农业总产值比重", "特色农牧业产值占农业总产值"], **FLOW,
     note="超过 → gt (outside the span); share of the year's output")
fact("产品产量保持全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="葡萄酒酒庄酒、枸杞深加工产品产量",
     metric_alts=["葡萄酒酒庄酒产量", "枸杞深加工产品产量", "酒庄酒产量", "产量",
                  "葡萄酒酒庄酒和枸杞深加工产品产量"], **LEVEL,
     note="首位 → 1; one rank mention over two products (保持…首位) → one fact, each product "
          "as metric alt (as wr_anhui_2025 均居全国第2位); output of the year, the position "
          "held at year end as alt")
g.neg("亚洲单体规模最大", "单体", "单体 'single (facility)', not a quantity; 最大 states no "
      "number")
g.neg("全球首个乳业", "首个", FIRST_NOTE)
g.neg("煤炭产量首次突破", "首次", "first-time claim 首次, not a rank or count")
COAL = ["原煤产量", "煤炭", "原煤"]
fact("首次突破1亿吨", "1亿吨", value=1e8, unit="t", kind="amount", bound="gt",
     metric="煤炭产量", metric_alts=COAL, **FLOW, note="突破 → gt (outside the span)")
fact("1亿吨、居全国第八", "第八", value=8, unit="rank", kind="rank", scope="全国",
     metric="煤炭产量", metric_alts=COAL + ["煤炭产量排名"], **FLOW,
     note="rank of the year's output")
RES = ["保有储量", "煤炭保有资源储量", "煤炭储量", "煤炭资源保有储量"]
fact("保有储量超过320亿吨", "320亿吨", value=320e8, unit="t", kind="amount", bound="gt",
     metric="煤炭保有储量", metric_alts=RES, **STOCK,
     note="超过 → gt; head 煤炭 carried from the clause before; reserves (a stock): "
          + STOCK_NOTE)
fact("320亿吨、居全国第十", "第十", value=10, unit="rank", kind="rank", scope="全国",
     metric="煤炭保有储量", metric_alts=RES + ["保有储量排名"], **STOCK,
     note="rank of a stock → " + STOCK_NOTE)
fact("新建火力发电近600万千瓦", "600万千瓦", value=600e7, unit="W", kind="amount",
     bound="approx", metric="新建火力发电装机",
     metric_alts=["新建火力发电", "火力发电装机", "火电装机", "新建火电装机", "火力发电装机增量",
                  "新增火电装机"], **FLOW,
     note="近 → approx (outside the span); 万千瓦 = 1e7 W; capacity added in 2024 (新建 of a "
          "stock → indicator phrase kept whole, 增量 in alts, as wr_gansu_2025)")
fact("新增新能源发电超530万千瓦", "530万千瓦", value=530e7, unit="W", kind="amount",
     bound="gt", metric="新增新能源发电装机",
     metric_alts=["新增新能源发电", "新能源发电装机", "新能源装机", "新增新能源装机",
                  "新能源发电装机增量", "新能源装机增量"], **FLOW,
     note="超 → gt; 万千瓦 = 1e7 W")
fact("电力总装机达到7500万千瓦", "7500万千瓦", value=7500e7, unit="W", kind="amount",
     metric="电力总装机",
     metric_alts=["电力装机", "总装机", "电力总装机容量", "电力装机容量", "电源总装机"],
     **STOCK, note="达到 → eq; installed capacity (a stock): " + STOCK_NOTE)
fact("绿电装机占比提高到55%", "55%", value=55, unit="%", kind="share",
     metric="绿电装机占比",
     metric_alts=["绿电装机占电力总装机比重", "绿色电力装机占比", "新能源装机占比", "绿电占比"],
     **STOCK, note="提高到 → the level reached; share of a stock (the installed capacity): "
                   + STOCK_NOTE)
fact("等11个绿电园区", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="绿电园区",
     metric_alts=["绿电园区数量", "加快推进的绿电园区", "绿色电力园区"], **LEVEL,
     note="parks being built (加快推进) in 2024; the year-end set as alt")
g.neg("我区首个万吨级", "首个", FIRST_NOTE)
fact("首个万吨级绿氢", "万吨", value=1e4, unit="t", kind="amount",
     metric="绿氢产能",
     metric_alts=["绿氢年产能", "绿氢一体化项目产能", "绿氢一体化产能", "绿氢项目规模",
                  "万吨级绿氢一体化项目产能"],
     modality="target", **FLOW,
     note="judgement call: the capacity class written into the project's name (万吨级, "
          "10,000 t), as wr_heilongjiang_2025 3000吨级 (span without 级); the project "
          "started construction (开工建设) → target (README §6). Reading 万吨级 as a class "
          "label only (negative, as wr_chongqing_2025 万吨级轮船) is the alternative")
NC = dict(subject="“宁电入湘”工程宁夏段",
          subject_alts=["宁电入湘工程宁夏段", "“宁电入湘”工程", "宁电入湘工程", "宁电入湘",
                        PLACE] + NX_ALTS)
fact("域内投资700亿元", "700亿元", value=700e8, unit="CNY", kind="amount",
     metric="域内投资",
     metric_alts=["投资", "工程投资", "“宁电入湘”工程宁夏段投资", "宁电入湘工程投资",
                  "宁夏段投资", "总投资", "区内投资"], **NC, **FLOW,
     note="the investment inside the region of the line section completed (全线贯通) in 2024; "
          "the project owns the number; the line's period (全年) governs, null as alt")

# ---- line 3: 市场消费持续好转 --------------------------------------------------------------------
RET_NOTE = ("分别: 汽车 ↔ 20%, 家电 ↔ 10%, 通讯 ↔ 36%, 家具 ↔ 40%; 零售额 shared, head "
            "restored; the line states no period: section frame 2024 (period text 全年), null "
            "as alt")
fact("分别增长20%", "20%", value=20, unit="%", kind="growth", metric="汽车零售额",
     metric_alts=["汽车类零售额", "汽车"], comparison="yoy", **FLOW, note=RET_NOTE)
fact("20%、10%", "10%", value=10, unit="%", kind="growth", metric="家电零售额",
     metric_alts=["家用电器零售额", "家用电器和音像器材类零售额", "家电"], comparison="yoy",
     **FLOW, note=RET_NOTE)
fact("10%、36%", "36%", value=36, unit="%", kind="growth", metric="通讯零售额",
     metric_alts=["通讯器材零售额", "通讯器材类零售额", "通讯"], comparison="yoy", **FLOW,
     note=RET_NOTE)
fact("36%、40%", "40%", value=40, unit="%", kind="growth", metric="家具零售额",
     metric_alts=["家具类零售额", "家具"], comparison="yoy", **FLOW, note=RET_NOTE)
g.neg("“两新”工作", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新)")
fact("等50多个特色项目", "50多个", value=50, unit="count", kind="count", classifier="个",
     bound="gt", metric="特色项目",
     metric_alts=["特色文旅项目", "投用或开工特色项目", "投用或开工的特色项目", "特色项目数量",
                  "文旅项目"], **FLOW, note="多 inside the span → gt; projects opened or "
                                              "started in 2024")
g.neg("。六盘山红军长征", "六盘山", "place name 六盘山 (Liupan Mountains), not a quantity")
g.neg("晋升国家5A级景区", "5A级", "A-grade class label (5A级景区), not a quantity (as "
      "wr_gansu_2025)")
g.neg("实现5A级景区", "5A级", "A-grade class label (5A级景区), not a quantity")
g.neg("“宁夏二十一景”", "二十一景", LABEL_NOTE + " (“宁夏二十一景”, the name of the region's "
      "list of scenic sights), not a count fact")
g.neg("世界旅游联盟50个典型案例", "50个", "judgement call: size of the list the two villages "
      "entered (世界旅游联盟50个典型案例, 'the WTA's 50 typical cases'), part of the list's "
      "name (as 十大考古新发现, 全国百强 in other golds), not a count of the region")
TOUR_NOTE = "分别: 游客人次 ↔ 14%, 旅游花费 ↔ 11%"
fact("分别增长14%", "14%", value=14, unit="%", kind="growth", metric="游客人次",
     metric_alts=["接待游客人次", "游客人数", "接待游客", "旅游人次"], comparison="yoy",
     **FLOW, note=TOUR_NOTE)
fact("14%、11%", "11%", value=11, unit="%", kind="growth", metric="旅游花费",
     metric_alts=["旅游消费", "游客花费", "旅游收入", "旅游总花费"], comparison="yoy", **FLOW,
     note=TOUR_NOTE)
g.neg("国内首家沙漠钻石酒店", "首家", FIRST_NOTE)

# ---- line 4: 数字经济全面提速 --------------------------------------------------------------------
g.neg("“两院一中心”", "两院一中心", LABEL_NOTE + " (“两院一中心”, a group of institutes named "
      "as a set)")
fact("电信业务收入增速全国第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
     metric="电信业务收入增速",
     metric_alts=["电信业务收入", "电信业务收入增速排名", "电信收入增速"], **FLOW,
     note="section frame 2024 (全年), null as alt")
g.neg("两化融合发展水平", "两化", LABEL_NOTE + " (两化融合: 信息化和工业化融合)")
fact("两化融合发展水平西北第一", "第一", value=1, unit="rank", kind="rank", scope="西北",
     metric="两化融合发展水平",
     metric_alts=["两化融合发展水平排名", "两化融合水平", "两化融合"], **FLOW,
     note="rank among the north-western provinces (scope 西北)")
g.neg("北京百度智能云", "百度", "company name 百度 (Baidu), not a quantity")
g.neg("比2023年实现", "2023年", "year of the comparison basis 比2023年 (SPEC §4: a basis is "
      "comparison, not a period), not a fact")
fact("“四个翻番”", "四个", value=4, unit="count", kind="count", classifier="个",
     metric="比2023年翻番的算力指标",
     metric_alts=["翻番", "四个翻番", "翻番指标", "实现翻番的指标",
                  "算力投资、标准机架、高端算卡、算力规模翻番", "翻番的指标",
                  "算力投资、标准机架、高端算卡、算力规模"], **FLOW,
     note="judgement call: “四个翻番” sums up four doublings (算力投资, 标准机架, 高端算卡, "
          "算力规模 each 2 times the 2023 level); annotated as the count of indicators that "
          "doubled (the numeral 四 counts them), as wr_gansu_2025 8项主要经济指标; four "
          "ratio facts of 2 times have no numeral span of their own; a label reading "
          "(negative) is the alternative. Basis 比2023年 → 2024 (section frame)")
g.neg("5G用户渗透率", "5G", "technology name 5G (fifth generation), not a quantity")
fact("渗透率5个指标", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="全国领先的指标",
     metric_alts=["指标", "全国领先指标", "算力指标", "指标数量", "全国领先的算力指标"],
     **FLOW,
     note="the five indicators just listed (服务器上架率 … 5G用户渗透率) that lead nationally: "
          "a count whose condition (全国领先) is in the metric (as wr_gansu_2025 8项); 全国领先 "
          "states no rank number")
g.neg("入选全国首批5G-A", "首批", FIRST_NOTE)
g.neg("首批5G-A网络", "5G-A", "technology name 5G-A (5G-Advanced), not a quantity")
g.neg("建成IPv6综合", "IPv6", "protocol name IPv6 (Internet Protocol version 6), not a "
      "quantity")
g.neg("国家双千兆城市", "双千兆", LABEL_NOTE + " (双千兆城市: gigabit broadband and 5G "
      "city designation), not a measured bandwidth")
g.neg("建成西北首个", "首个", FIRST_NOTE)

# ---- line 5: 科技创新不断进步 --------------------------------------------------------------------
g.neg("近3年全社会研发", "近3年", PERIOD_NOTE + " (the three full years before the reference "
      "year: 2022-2024; governs the line)")
RD = ["全社会研发投入", "研发经费投入", "全社会R&D经费投入", "研发经费", "R&D经费",
      "全社会研发经费投入年均增速", "研发经费投入年均增速"]
fact("年均增长12.8%", "12.8%", value=12.8, unit="%", kind="growth",
     metric="全社会研发经费投入", metric_alts=RD, comparison="年均", **FLOW3,
     note="average annual growth over 近3年 (2022-2024); comparison = the surface basis 年均 "
          "(as nw_cctv_20240422_west_2024); " + N3_NOTE)
fact("研发经费占比超过80%", "80%", value=80, unit="%", kind="share", bound="gt",
     metric="企业研发经费占比",
     metric_alts=["企业研发经费占全社会研发经费比重", "企业研发经费投入占比",
                  "企业研发经费占全社会研发经费的比重", "企业研发投入占比"],
     period=N3, period_alts=[Y24, N3_NULL, Y24_END],
     note="超过 → gt (outside the span); same sentence as the 3-year growth (均高于全国平均"
          "水平): " + N3_NOTE + " (and the year-end instant)")
FIRMS = ["国家高新技术企业", "科技型中小企业", "专精特新“小巨人”企业", "科技型企业",
         "国家高新技术企业、科技型中小企业和专精特新小巨人企业", "科技企业",
         "国家高新技术企业、科技型中小企业和专精特新“小巨人”企业数量"]
fact("“小巨人”企业增长82%", "82%", value=82, unit="%", kind="growth",
     metric="国家高新技术企业、科技型中小企业和专精特新“小巨人”企业", metric_alts=FIRMS,
     comparison="yoy", **FLOW3,
     note="one growth over the three classes of firms together → one fact, each class as "
          "metric alt; judgement call: 近3年 still governs (a three-year increase is also "
          "what the size of 82% suggests); " + N3_NOTE + "; comparison left at the default yoy "
          "(the text states no basis)")
STREAK2 = P("连续两年", "2023-01-01", "2024-12-31")
fact("连续两年荣获", "两年", value=2, unit="year", kind="amount",
     metric="荣获国家测绘工程金奖持续时间",
     metric_alts=["连续荣获国家测绘工程金奖", "国家测绘工程金奖", "荣获国家测绘工程金奖年数",
                  "连续获奖年数", "持续时间"],
     period=N3, period_alts=[Y24, N3_NULL, STREAK2],
     note="length of the streak 连续两年 (a duration, unit year, as wr_yunnan_2025 连续3年) — "
          "judgement call; period: 近3年 governs the line literally (SPEC §4); the review "
          "year (the streak's last year), the streak 2023-2024 and null as alts")
g.neg("首次获得全国科学", "首次", "first-time claim 首次, not a rank or count")
g.neg("汇演一等奖", "一等奖", "award grade 一等奖 (first prize), not a rank")
g.neg("完成首批硕博招生", "首批", "first intake 首批 'first batch', not a rank or count "
      "(README §2)")
LAB_NOTE = ("两个 after two names (六盘山和贺兰山, 上海和深圳): the count of units launched "
            "(启动运行); " + N3_NOTE.replace("governs it", "governs the line") +
            " — judgement call: a 2024 event, the review year is as likely")
g.neg("，六盘山和贺兰山两个", "六盘山", "place name 六盘山 (the 六盘山实验室), not a quantity")
fact("贺兰山两个实验室", "两个", value=2, unit="count", kind="count", classifier="个",
     metric="实验室",
     metric_alts=["六盘山和贺兰山实验室", "自治区实验室", "启动运行的实验室", "实验室数量",
                  "六盘山实验室和贺兰山实验室"], **FLOW3, note=LAB_NOTE)
fact("深圳的两个宁夏科创中心", "两个", value=2, unit="count", kind="count", classifier="个",
     metric="宁夏科创中心",
     metric_alts=["科创中心", "上海和深圳的宁夏科创中心", "离岸科创中心", "宁夏科创中心数量",
                  "启动运行的宁夏科创中心"], **FLOW3, note=LAB_NOTE)
g.neg("我区首个生物安全", "首个", FIRST_NOTE)
g.neg("生物安全三级实验室", "三级", "biosafety level label 三级 (BSL-3), not a quantity")
g.neg("多项首台套产品", "首台套", FIRST_NOTE + " (首台套 'first unit/set' of a kind of "
      "equipment)")

# ---- line 6: 政策措施发力见效 --------------------------------------------------------------------
g.neg("“百日攻坚战”", "百日", LABEL_NOTE + " (campaign name 百日攻坚战 'hundred-day drive'), "
      "not a duration fact (as wr_yunnan_2025)")
g.neg("打出了一整套", "一整套", "quantifier 一整套 'a whole set (of measures)', not a "
      "quantity (README §2 一套)")
fact("两次出台奶牛", "两次", value=2, unit="count", kind="count", classifier="次",
     metric="出台奶牛、肉牛产业纾困政策",
     metric_alts=["奶牛、肉牛产业纾困政策", "纾困政策", "出台奶牛、肉牛产业纾困政策次数",
                  "奶牛、肉牛产业纾困政策出台次数", "出台纾困政策"], **FLOW,
     note="judgement call: the number of times relief policies were issued in 2024 (a count "
          "of measures, README §2); the line states no period (全年目标 names the year's "
          "targets): section frame 2024, null as alt")
g.neg("余额总量双超", "双", "双 'both' in 双超 ('both exceed'), not a quantity; the two "
      "balances share the one number 万亿元")
fact("双超万亿元大关", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="存款贷款余额总量",
     metric_alts=["存款余额", "贷款余额", "存款、贷款余额", "存贷款余额", "存款贷款余额",
                  "存款余额和贷款余额", "金融机构存贷款余额"], **STOCK,
     note="超 → gt (span 万亿元, as wr_henan_2025 超万亿元); one quantity over two balances "
          "(双超: deposits and loans each passed 1e12 yuan) → one fact, each balance as metric "
          "alt; 余额 → " + STOCK_NOTE)
fact("降低成本110多亿元", "110多亿元", value=110e8, unit="CNY", kind="amount", bound="gt",
     metric="为实体经济降低成本",
     metric_alts=["降低成本", "实体经济降低成本", "降成本", "降低实体经济成本",
                  "为实体经济降成本"], **FLOW, note="多 inside the span → gt")
fact("为200多家企业", "200多家", value=200, unit="count", kind="count", classifier="家",
     bound="gt", metric="清偿历史欠款的企业",
     metric_alts=["企业", "清偿历史欠款企业", "获清偿历史欠款的企业", "清偿历史欠款",
                  "企业数量"], **FLOW,
     note="多 inside the span → gt; the firms whose arrears were paid in 2024 (the predicate "
          "defines the counted set → in the metric)")
g.neg("三年行动计划", "三年", LABEL_NOTE + " (民营经济高质量发展三年行动计划, a plan's name "
      "stating its term; the plan was only launched), not a duration fact")
fact("新设民营经营主体2.5万户", "2.5万户", value=25000, unit="count", kind="count",
     classifier="户", metric="新设民营经营主体",
     metric_alts=["民营经营主体", "新设民营经营主体数量", "民营经营主体增量",
                  "新登记民营经营主体"], **FLOW)
fact("“十项机制”", "十项", value=10, unit="count", kind="count", classifier="项",
     metric="支持企业发展机制",
     metric_alts=["支持企业发展“十项机制”", "十项机制", "机制", "支持企业发展的机制",
                  "支持企业发展十项机制"], **FLOW,
     note="judgement call: quoted name of a policy package stating its number of mechanisms "
          "→ a count of measures (as wr_jilin_2025 “31条”), not a bare label")
g.neg("区市县三级", "三级", "appositive 三级 restating 区市县 (the three administrative levels), "
      "not a quantity claim (as wr_beijing_2025 市区街乡三级)")
fact("集中办公150多场次", "150多场次", value=150, unit="count", kind="count",
     classifier="场次", bound="gt", metric="党政主要领导集中办公",
     metric_alts=["集中办公", "集中办公场次", "区市县三级党政主要领导集中办公",
                  "党政主要领导集中办公场次"], **FLOW, note="多 inside the span → gt")
fact("解决具体问题1600多个", "1600多个", value=1600, unit="count", kind="count",
     classifier="个", bound="gt", metric="解决具体问题",
     metric_alts=["具体问题", "解决问题", "解决的具体问题", "问题"], **FLOW,
     note="多 inside the span → gt")

NOTES = (
    "Excerpt: lines 10-15 of shared/texts/work_report/wr_ningxia_2025.txt (2,445 characters "
    "with the final newline), sliced by code: the six paragraphs of review item （一）锚定目标"
    "攻坚 (主要目标质效齐升, 项目投资成效显著, 市场消费持续好转, 数字经济全面提速, 科技创新不断"
    "进步, 政策措施发力见效), the densest run of numbers of the review; the item's one-sentence "
    "heading (source line 9) would push it to 2,520 characters. The 2025 主要预期目标 (source "
    "line 41) lie ~13,000 characters later; the brief asks for the review. Title, source line "
    "and dateline are outside the excerpt (title_in_text=False; title as the source's first line). "
    "Date: 2025-01-19, the delivery date in the report's header (source line 3: ——2025年1月19日"
    "在宁夏回族自治区第十三届人民代表大会第三次会议上); the corpus meta agrees (its source line "
    "reads 来源：青海日报). Place: 宁夏回族自治区 (宁夏, 全区, 我区, 自治区 → alts); owners of "
    "their own numbers: 宁东基地 (产值 2000亿元, rank 第三), “宁电入湘”工程宁夏段 (700亿元). "
    "Periods: 全年 (= 2024) opens lines 1-2 and governs them; lines 3, 4 and 6 state no period "
    "and take the review year (part 一、2024年工作回顾) as section frame with the excerpt's own "
    "name of it, 全年, as period text and null as alt; 近3年 opens line 5 and governs it "
    "literally (2022-2024), the review year as alt. Stocks (城镇化率, 煤炭保有储量 and its rank, "
    "电力总装机, 绿电装机占比, 存款贷款余额) → instant 2024-12-31 with the year and null as "
    "alts. Modality: actual except the designed capacities of projects being built "
    "(300万吨 CCUS, phase 1 only; 135万吨 聚烯烃, 开工; 万吨级 绿氢, 开工建设) → target. "
    "Units: 万千瓦 1e7 W; 亿吨 1e8 t; 万亿元 1e12; 10个季度 → 2.5 year; 连续两年 → 2 year. "
    "Judgement calls: 连续10个季度 / 连续两年 → streak durations; 6个方面16条经验 → two counts; "
    "宁东基地 产值超过2000亿元 → a fact of the park (not a threshold); “四个翻番” → a count of 4 "
    "doubled indicators; 5个指标全国领先 → count 5; 万吨级绿氢 → capacity 1e4 t target; 两次 "
    "(纾困政策) and “十项机制” → counts; 双超万亿元 → one fact over both balances; 世界旅游联盟"
    "50个典型案例 → the list's name (negative); 近3年 governs all of line 5 (the 82% growth "
    "of tech firms and the 80% enterprise share too). Negatives: 第一产业, 第二产业, 第三产业, "
    "两重, 百亿级 (threshold), 一期, 首个 ×5, 单机, 首批 ×3, 六特, 单体, 首次 ×2, 两新, 5A级 ×2, "
    "二十一景, 50个 (list name), 首家, 两院一中心, 两化, 2023年 (basis), 5G, 5G-A, IPv6, 双千兆, "
    "近3年, 一等奖, 三级 ×2, 首台套, 百日, 一整套, 双, 三年 (行动计划), 六盘山 ×2 and 百度 "
    "(names). Lexicalized, not listed: "
    "一体化 ×3.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
