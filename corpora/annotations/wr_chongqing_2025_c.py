"""Gold annotations for wr_chongqing_2025_c (2025年重庆市政府工作报告, third excerpt of the
2024 review), lines 21-23 of shared/texts/work_report/wr_chongqing_2025.txt.

The excerpt corpora/wr_chongqing_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items （七） (urban construction and
governance, rail transit, roads, urban renewal, rural revitalisation), （八） (environment,
ecology, green transition) and （九） (employment, social security, elderly and children,
health, culture and sport) in full, each starting at its heading.  Lines 7-15 are annotated
in wr_chongqing_2025 and lines 16-18 in wr_chongqing_2025_b (no overlap).  Within the
allowed lines 19-80 the runs of whole lines of 2,000-3,000 characters are 19-21 (2,707
characters, ~77 digit numbers), 20-22 (2,457, ~87) and 21-23 (2,593, ~96); lines 24-80
(the rest of the review's closing and the 2025 tasks) are sparse.  21-23 is the densest
and starts at a heading.  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_chongqing_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_chongqing_2025_c"
PLACE = "重庆市"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_chongqing_2025.txt"
FIRST, LAST = 21, 23                    # 1-based, inclusive, whole lines
TITLE = "2025年重庆市政府工作报告"       # line 1 of the source, outside the excerpt
CQ_ALTS = ["重庆", "全市", "我市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（七）抓城乡促融合提品质", ends="再创佳绩。")
text = g.text
fact = g.with_subject(PLACE, CQ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 亿元以上项目 …), part of the "
               "metric, not a fact of its own")
GRADE_NOTE = "grade / class label ({}), not a quantity"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in the detailed review of 2024 (part 一、2024年工作回顾, source line 7;
# 一年来，主要做了以下工作。 source line 14, both outside the excerpt).  None of its three
# lines states a period before its numbers, and none names the review year at all (no 年度,
# 全年, 一年来, 今年 in lines 21-23: the only year words are the record window 近16年, the
# streak 连续8年, the basis 较2020年 and the name 生态恢复十年), so every number takes the
# review year 2024 as section frame (SPEC §4), 2024-01-01..2024-12-31 with the null reading
# in period_alts, and the heading's period text 2024年 (as wr_hebei_2025_b / wr_hainan_2025_b,
# whose excerpts name no period either: the shared gold/check_gold.py flags this period text as
# "not in the article" — a known, accepted consequence; period text is not scored).  Stocks
# (累计, 增至, 达到 N of a network or register, 余额, coverage rates and shares of a stock) are
# the instant 2024-12-31 with the year and null as alts (README §5 stock rule); levels held
# during the year (稳定在, 保持) → the year, year-end as alt.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
FC = "预计 → forecast (the 2024 figure was not final at delivery)"


def added(noun, *more):
    """metric_alts of a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


def streak(text_, n):
    """period fields of a streak of n years ending in the review year 2024."""
    return dict(period=Y24, period_alts=[Y24_NULL, P(text_, f"{2025 - n}-01-01", "2024-12-31")])


# ---- line 1 (source 21): （七） urban and rural ------------------------------------------------
g.neg("（七）抓城乡", "（七）", MARKER_NOTE)
g.neg("轨道交通7号线", "7号线", NAME_NOTE.format("7号线, the number of a metro line"))
g.neg("7号线一期全线开工", "一期", "phase label 一期 (README §2), not a quantity")
fact("提升项目13个", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="轨道站点步行便捷性提升项目",
     metric_alts=["完成轨道站点步行便捷性提升项目", "步行便捷性提升项目",
                  "轨道站点步行便捷性提升项目数量"], **FLOW,
     note="completed in 2024; the line states no period: section frame 2024 (period text "
          "2024年 of the heading, outside the excerpt), null as alt")
RAIL = CQ_ALTS + ["轨道交通", "重庆轨道交通"]
fact("运营里程达到575公里", "575公里", value=575000, unit="m", kind="amount",
     metric="轨道交通运营里程",
     metric_alts=["运营里程", "轨道交通运营总里程", "城市轨道交通运营里程"],
     subject_alts=RAIL, **STOCK,
     note="达到 → eq; the network length in operation (a stock): " + STOCK_NOTE
          + "; the network keeps the city as subject, 轨道交通 as alt")
fact("日最高客运量突破600万人次", "600万人次", value=6e6, unit="count", kind="count",
     classifier="人次", bound="gt", metric="轨道交通日最高客运量",
     metric_alts=["日最高客运量", "轨道交通单日最高客运量", "最高日客运量",
                  "轨道交通日客运量"],
     subject_alts=RAIL, **FLOW,
     note="突破 → gt (outside the span); the peak day of 2024 (a record within the year) → "
          "the year; head 轨道交通 restored")
fact("路网更新项目19个", "19个", value=19, unit="count", kind="count", classifier="个",
     metric="片区路网更新项目",
     metric_alts=["完工片区路网更新项目", "路网更新项目", "片区路网更新项目数量"], **FLOW,
     note="completed (完工) in 2024")
fact("加密主次支路200公里", "200公里", value=200000, unit="m", kind="amount",
     metric="加密主次支路",
     metric_alts=["主次支路", "加密主次支路里程", "主次支路里程", "加密道路"], **FLOW)
fact("打通断头路30条", "30条", value=30, unit="count", kind="count", classifier="条",
     metric="断头路", metric_alts=["打通断头路", "断头路数量", "打通断头路数量"], **FLOW)
fact("治理堵点乱点60处", "60处", value=60, unit="count", kind="count", classifier="处",
     metric="堵点乱点", metric_alts=["治理堵点乱点", "堵点乱点数量", "交通堵点乱点"], **FLOW)
fact("优化公交线路301条", "301条", value=301, unit="count", kind="count", classifier="条",
     metric="新增和优化公交线路",
     metric_alts=["公交线路", "新增和优化公交线路数量", "新增公交线路", "优化公交线路"],
     **FLOW, note="lines added or re-routed in 2024 (one count over both verbs)")
fact("通车里程突破6800公里", "6800公里", value=6.8e6, unit="m", kind="amount",
     bound="gt", metric="中心城区城市道路通车里程",
     metric_alts=["城市道路通车里程", "道路通车里程", "通车里程", "中心城区道路通车里程"],
     subject_alts=CQ_ALTS + ["中心城区", "重庆中心城区"], **STOCK,
     note="突破 → gt; the road network open to traffic (a stock): " + STOCK_NOTE
          + "; the central districts are part of the city (README §4: city subject, part "
          "as alt)")
RENEW = "累计实施 distributes over both figures: " + STOCK_NOTE
fact("城市更新项目295个", "295个", value=295, unit="count", kind="count", classifier="个",
     metric="城市更新项目",
     metric_alts=["累计实施城市更新项目", "实施城市更新项目", "城市更新项目数量"], **STOCK,
     note=RENEW)
fact("更新改造2745万平方米", "2745万平方米", value=2745e4, unit="m2", kind="amount",
     metric="城市更新改造面积",
     metric_alts=["更新改造面积", "更新改造", "城市更新项目更新改造面积", "累计更新改造面积",
                  "城市更新面积"], **STOCK, note=RENEW + "; 平方米 → m2")
g.neg("治理提升两江四岸", "两江四岸", NAME_NOTE.format("两江四岸, the banks of the Yangtze "
      "and Jialing in central Chongqing"))
fact("滨江岸线61公里", "61公里", value=61000, unit="m", kind="amount",
     metric="治理提升两江四岸滨江岸线",
     metric_alts=["两江四岸滨江岸线", "滨江岸线", "治理提升滨江岸线", "滨江岸线长度",
                  "两江四岸滨江岸线治理提升长度"],
     subject_alts=CQ_ALTS + ["两江四岸"], **FLOW)
fact("城镇老旧小区2620个", "2620个", value=2620, unit="count", kind="count", classifier="个",
     metric="新开工改造城镇老旧小区",
     metric_alts=["城镇老旧小区", "老旧小区", "新开工改造城镇老旧小区数量", "老旧小区改造",
                  "城镇老旧小区改造"], **FLOW,
     note="renovations started in 2024")
g.neg("同步改造提升“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the "
      "young', a service category)")
fact("社区配套设施1700余处", "1700余处", value=1700, unit="count", kind="count",
     classifier="处", bound="gt", metric="社区配套设施",
     metric_alts=["同步改造提升社区配套设施", "改造提升社区配套设施", "“一老一小”等社区配套设施",
                  "社区配套设施数量"], **FLOW,
     note="余 inside the span → gt (README §1)")
fact("加装电梯1400余部", "1400余部", value=1400, unit="count", kind="count", classifier="部",
     bound="gt", metric="加装电梯", metric_alts=["电梯", "加装电梯数量", "既有住宅加装电梯"],
     **FLOW, note="余 inside the span → gt")
fact("危旧房改造7043户", "7043户", value=7043, unit="count", kind="count", classifier="户",
     metric="城市危旧房改造",
     metric_alts=["完成城市危旧房改造", "危旧房改造", "城市危旧房改造户数"], **FLOW)
FIX = "整治 distributes over the list (项目 / 窨井盖), fixed in 2024"
fact("病害项目110个", "110个", value=110, unit="count", kind="count", classifier="个",
     metric="桥隧结构设施病害项目",
     metric_alts=["整治桥隧结构设施病害项目", "桥隧病害项目", "桥隧结构设施病害项目数量"],
     **FLOW, note=FIX)
fact("施工项目272个", "272个", value=272, unit="count", kind="count", classifier="个",
     metric="违规占挖施工项目",
     metric_alts=["整治违规占挖施工项目", "违规占挖施工项目数量", "占挖施工项目"], **FLOW,
     note=FIX)
fact("窨井盖5.9万个", "5.9万个", value=59000, unit="count", kind="count", classifier="个",
     metric="窨井盖", metric_alts=["整治窨井盖", "窨井盖数量"], **FLOW, note=FIX)
NEWB = "新建 distributes over the list: built in 2024"
fact("城市水厂3座", "3座", value=3, unit="count", kind="count", classifier="座",
     metric="城市水厂", metric_alts=added("城市水厂", "新建城市水厂", "水厂"), **FLOW,
     note=NEWB)
fact("垃圾焚烧设施2座", "2座", value=2, unit="count", kind="count", classifier="座",
     metric="垃圾焚烧设施", metric_alts=added("垃圾焚烧设施", "新建垃圾焚烧设施"), **FLOW,
     note=NEWB)
fact("安全监测系统1271台", "1271台", value=1271, unit="count", kind="count",
     classifier="台", metric="化粪池安全监测系统",
     metric_alts=["安装化粪池安全监测系统", "安全监测系统", "化粪池安全监测系统数量"], **FLOW)
fact("老旧供水管网410公里", "410公里", value=410000, unit="m", kind="amount",
     metric="更新改造老旧供水管网",
     metric_alts=["老旧供水管网", "老旧供水管网更新改造", "供水管网", "更新改造老旧供水管网长度"],
     **FLOW)
fact("新增城市绿地1000万平方米", "1000万平方米", value=1e7, unit="m2", kind="amount",
     metric="新增城市绿地",
     metric_alts=["城市绿地", "城市绿地增量", "城市绿地面积增量", "新增城市绿地面积"], **FLOW,
     note="新增 of a stock (the green area) → phrase kept whole, 增量 in alts")
g.neg("内环综合整治二期工程", "二期", "phase label 二期 (README §2 一期), not a quantity")
fact("完成862个", "862个", value=862, unit="count", kind="count", classifier="个",
     metric="“城管进社区”试点",
     metric_alts=["城管进社区试点", "“城管进社区”试点建设", "完成“城管进社区”试点建设",
                  "城管进社区试点数量", "“城管进社区”试点数量"], **FLOW)
g.neg("“一户一策”精准帮扶", "一户一策", LABEL_NOTE + " (“一户一策” 'one plan per "
      "household')")
fact("累计达到13万人", "13万人", value=130000, unit="count", kind="count", classifier="人",
     metric="精准帮扶监测对象",
     metric_alts=["“一户一策”精准帮扶监测对象", "帮扶监测对象", "监测对象",
                  "精准帮扶监测对象人数"], **STOCK,
     note="累计达到 → " + STOCK_NOTE)
fact("稳定在83万人以上", "83万人", value=830000, unit="count", kind="count", classifier="人",
     bound="ge", metric="脱贫人口就业规模",
     metric_alts=["脱贫人口就业", "脱贫人口就业人数", "脱贫劳动力就业规模", "就业规模"],
     **LEVEL, note="以上 → ge (outside the span); 稳定在 → a level held through 2024, "
     "year-end as alt")
fact("高标准农田200万亩", "200万亩", value=2e6, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["新建和改造提升高标准农田", "高标准农田建设面积", "新建和改造提升高标准农田面积",
                  "高标准农田面积", "建设高标准农田"], **FLOW,
     note="亩 stays mu (SPEC §3)")
fact("粮食产量超过220亿斤", "220亿斤", value=220e8 * 0.0005, unit="t", kind="amount",
     bound="gt", metric="粮食产量", metric_alts=["粮食总产量", "粮食总产", "粮食"], **FLOW,
     note="超过 → gt; 斤 = 0.0005 t (SPEC §3): 220亿斤 = 1.1e7 t")
g.neg("创近16年新高", "近16年", PERIOD_NOTE + " (近16年 'the last 16 years': the window of "
      "the record, not a 16-year duration; as 近三年 in other golds)")
fact("实现“17连增”", "17连增", value=17, unit="count", kind="count", classifier="连增",
     metric="油菜产量连增",
     metric_alts=["油菜产量连续增长", "油菜连续增产", "油菜产量", "连增",
                  "油菜产量连续增长年数"], **streak("17连增", 17),
     note="judgement call, as 十二连增 in wr_china_2016 and 八连增 in wr_china_2012: 17连增 "
          "'the 17th increase in a row' → a count of consecutive annual increases (17, "
          "classifier 连增); the streak 2008-2024 ends in the review year (alt)")
CLU = "新创建 distributes over the list: " + NEW_NOTE
fact("特色产业集群2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家农业优势特色产业集群",
     metric_alts=added("国家农业优势特色产业集群", "新创建国家农业优势特色产业集群",
                       "农业优势特色产业集群", "优势特色产业集群"), **FLOW, note=CLU)
fact("现代农业产业园2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="现代农业产业园",
     metric_alts=added("现代农业产业园", "新创建现代农业产业园", "国家现代农业产业园"),
     **FLOW, note=CLU + "; head 国家 read as shared (alt)")
fact("农业产业强镇5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="农业产业强镇",
     metric_alts=added("农业产业强镇", "新创建农业产业强镇", "国家农业产业强镇"), **FLOW,
     note=CLU)
AGR = "分别: 农产品网络零售额 ↔ 8.4%, 农产品出口额 ↔ 39.8%; head 农产品 shared"
fact("分别增长8.4%", "8.4%", value=8.4, unit="%", kind="growth", metric="农产品网络零售额",
     metric_alts=["农产品网络零售", "农产品网上零售额"], comparison="yoy", **FLOW, note=AGR)
fact("8.4%、39.8%", "39.8%", value=39.8, unit="%", kind="growth", metric="农产品出口额",
     metric_alts=["出口额", "农产品出口"], comparison="yoy", **FLOW,
     note=AGR + " (head restored, README §3)")
fact("经营收入增长8%", "8%", value=8, unit="%", kind="growth", metric="乡村旅游经营收入",
     metric_alts=["乡村旅游收入", "乡村旅游经营总收入"], comparison="yoy", **FLOW)
fact("保护利用示范县2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="传统村落集中连片保护利用示范县",
     metric_alts=["建成传统村落集中连片保护利用示范县", "保护利用示范县", "示范县",
                  "传统村落集中连片保护利用示范县数量"], **FLOW)
fact("庭院示范片15个", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="巴蜀美丽庭院示范片",
     metric_alts=["创建巴蜀美丽庭院示范片", "美丽庭院示范片", "巴蜀美丽庭院示范片数量"],
     **FLOW)
fact("达标覆盖率达到30%", "30%", value=30, unit="%", kind="share", bound="ge",
     metric="巴渝和美乡村达标覆盖率",
     metric_alts=["和美乡村达标覆盖率", "巴渝和美乡村覆盖率", "达标覆盖率"], **STOCK,
     note="以上 → ge (outside the span); coverage = share of a stock (villages): "
          + STOCK_NOTE)
fact("农村公路3245公里", "3245公里", value=3245000, unit="m", kind="amount",
     metric="新改建农村公路",
     metric_alts=["农村公路", "新改建农村公路里程", "农村公路里程", "农村公路新改建"],
     **FLOW)
fact("安全护栏7000公里", "7000公里", value=7e6, unit="m", kind="amount",
     metric="新加装农村公路安全护栏",
     metric_alts=["农村公路安全护栏", "安全护栏", "加装农村公路安全护栏",
                  "农村公路安全护栏长度"], **FLOW)
g.neg("危房改造动态清零", "清零", "清零 'clear to zero' (eliminate), a goal word, not a "
      "quantity (as wr_hebei_2025_b)")
RATE = ("分别: 农村卫生厕所普及率 ↔ 87.8%, 农村生活垃圾治理率 ↔ 100%, 农村生活污水治理率 ↔ "
        "75% (the heads 农村 / 治理率 restored); coverage rates = shares of a stock: "
        + STOCK_NOTE)
fact("分别达到87.8%", "87.8%", value=87.8, unit="%", kind="share",
     metric="农村卫生厕所普及率",
     metric_alts=["卫生厕所普及率", "农村卫生厕所普及比例"], **STOCK, note=RATE)
fact("87.8%、100%", "100%", value=100, unit="%", kind="share",
     metric="农村生活垃圾治理率",
     metric_alts=["生活垃圾治理率", "农村生活垃圾治理比例"], **STOCK, note=RATE)
fact("100%、75%", "75%", value=75, unit="%", kind="share", metric="农村生活污水治理率",
     metric_alts=["生活污水治理率", "污水治理率", "农村生活污水治理比例"], **STOCK, note=RATE)
g.neg("经营性收入10万元以上", "10万元", THRESH_NOTE + " (villages with operating income of "
      "10万元 or more)")
fact("的村占比超过90%", "90%", value=90, unit="%", kind="share", bound="gt",
     metric="经营性收入10万元以上的村占比",
     metric_alts=["经营性收入10万元以上村占比", "经营性收入10万元以上的村占比重",
                  "经营性收入超10万元的村占比", "村集体经营性收入10万元以上的村占比"],
     **LEVEL,
     note="超过 → gt; the share of villages whose operating income of the year reached the "
          "threshold → the year, year-end as alt")

# ---- line 2 (source 22): （八） environment -----------------------------------------------------
g.neg("（八）抓环保", "（八）", MARKER_NOTE)
g.neg("扎实做好第三轮", "第三轮", "round label 第三轮 (the third round of central "
      "inspections), not a count")
g.neg("“九治”攻坚", "九治", LABEL_NOTE + " (“九治” 'nine clean-ups', a campaign name)")
fact("排水管网2100公里", "2100公里", value=2.1e6, unit="m", kind="amount",
     metric="新建和改造排水管网",
     metric_alts=["排水管网", "新建和改造排水管网长度", "排水管网新建和改造", "排水管网长度"],
     **FLOW)
fact("老旧车辆13.3万辆", "13.3万辆", value=133000, unit="count", kind="count",
     classifier="辆", metric="淘汰治理老旧车辆",
     metric_alts=["老旧车辆", "淘汰治理老旧车辆数量", "淘汰老旧车辆", "老旧车辆淘汰治理"],
     **FLOW)
fact("“无废城市细胞”3500余个", "3500余个", value=3500, unit="count", kind="count",
     classifier="个", bound="gt", metric="“无废城市细胞”",
     metric_alts=["无废城市细胞", "建成“无废城市细胞”", "建成无废城市细胞", "“无废城市细胞”数量"],
     **FLOW, note="余 inside the span → gt; built in 2024")
fact("26个区县", "26个", value=26, unit="count", kind="count", classifier="个",
     metric="实现农村黑臭水体动态清零的区县",
     metric_alts=["区县", "实现农村黑臭水体动态清零区县", "农村黑臭水体动态清零区县",
                  "实现农村黑臭水体动态清零的区县数量"], **LEVEL,
     note="the districts that reached the state in 2024 (the predicate defines the counted "
          "set → in the metric); year-end as alt")
g.neg("黑臭水体动态清零", "清零", "清零 'clear to zero' (eliminate), a goal word, not a "
      "quantity (as wr_hebei_2025_b)")
fact("水域垃圾20万吨", "20万吨", value=2e5, unit="t", kind="amount",
     metric="清理库区水域垃圾",
     metric_alts=["库区水域垃圾", "水域垃圾", "清理水域垃圾", "清理库区水域垃圾量"], **FLOW)
fact("水质连续8年", "8年", value=8, unit="year", kind="amount",
     metric="长江干流重庆段水质保持Ⅱ类持续时间",
     metric_alts=["长江干流重庆段水质保持Ⅱ类", "水质保持Ⅱ类持续时间", "水质连续保持Ⅱ类",
                  "长江干流重庆段水质连续保持Ⅱ类年数", "长江干流重庆段水质", "水质"],
     subject_alts=CQ_ALTS + ["长江干流重庆段", "长江重庆段"], **streak("连续8年", 8),
     note="length of the streak 连续8年 (a duration, unit year), as 连续7年 in "
          "wr_jiangsu_2025 — judgement call; the streak ends in the review year (alt "
          "2017-2024); the river section is part of the city → subject 重庆市, section as alt")
g.neg("保持Ⅱ类", "Ⅱ类", "water-quality class label (Ⅱ类), not a quantity")
AIR = ["优良天数", "空气质量优良天数", "空气优良天数", "空气质量优良天数数量"]
fact("优良天数达到329天", "329天", value=329, unit="day", kind="amount",
     metric="空气质量优良天数", metric_alts=AIR[:1] + AIR[2:], **FLOW,
     note="达到 → eq; a number of days (SPEC §3 天 → day, kind amount)")
fact("同比增加4天", "4天", value=4, unit="day", kind="amount",
     metric="空气质量优良天数增量",
     metric_alts=["优良天数增量", "空气质量优良天数", "优良天数", "空气质量优良天数同比增加"],
     **FLOW,
     note="absolute change of a level (同比增加 → +4, SPEC §2: the level's kind and unit, "
          "metric <level>增量); comparison null as for other absolute changes (the 同比 basis "
          "is in the metric alts)")
g.neg("PM2.5浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("同比下降8.4%", "8.4%", value=-8.4, unit="%", kind="growth", metric="PM2.5浓度",
     metric_alts=["PM2.5平均浓度", "细颗粒物浓度", "PM2.5年均浓度"], comparison="yoy",
     **FLOW, note="下降 → negative value (SPEC §2)")
fact("安全利用率保持100%", "100%", value=100, unit="%", kind="share",
     metric="重点建设用地安全利用率",
     metric_alts=["建设用地安全利用率", "安全利用率", "重点建设用地安全利用比例"], **LEVEL,
     note="保持 → the level held through 2024, year-end as alt")
g.neg("“两岸青山·千里林带”", "两岸青山·千里林带", LABEL_NOTE + " (the afforestation "
      "programme “两岸青山·千里林带” 'green hills on both banks, a thousand-li forest belt'), "
      "not a measured length")
fact("林带”35.2万亩", "35.2万亩", value=352000, unit="mu", kind="amount",
     metric="“两岸青山·千里林带”",
     metric_alts=["两岸青山·千里林带", "提质建设“两岸青山·千里林带”", "“两岸青山·千里林带”面积",
                  "两岸青山千里林带", "两岸青山·千里林带建设面积"], **FLOW,
     note="area of the forest belt upgraded (提质建设) in 2024; the programme name has its own "
          "negative")
fact("国家储备林100万亩", "100万亩", value=1e6, unit="mu", kind="amount",
     metric="国家储备林",
     metric_alts=["提质建设国家储备林", "国家储备林面积", "储备林", "国家储备林建设面积"],
     **FLOW, note="提质建设 distributes over the list")
fact("完工99个", "99个", value=99, unit="count", kind="count", classifier="个",
     metric="三峡库区腹心地带山水林田湖草沙一体化保护修复项目",
     metric_alts=["山水林田湖草沙一体化保护修复项目", "保护修复项目", "完工保护修复项目",
                  "三峡库区腹心地带山水林田湖草沙一体化保护修复项目数量",
                  "一体化保护修复项目"],
     subject_alts=CQ_ALTS + ["三峡库区腹心地带", "三峡库区"], **FLOW,
     note="projects completed (完工) in 2024")
g.neg("个三峡库区腹心", "三峡", NAME_NOTE.format("三峡, the Three Gorges"))
SOIL = "新增治理 distributes over both areas: " + NEW_NOTE
fact("水土流失面积1800平方公里", "1800平方公里", value=1.8e9, unit="m2", kind="amount",
     metric="新增治理水土流失面积",
     metric_alts=["水土流失治理面积", "治理水土流失面积", "水土流失面积", "水土流失治理面积增量"],
     **FLOW, note=SOIL + "; 平方公里 → m2 (×1e6)")
fact("石漠化面积183平方公里", "183平方公里", value=1.83e8, unit="m2", kind="amount",
     metric="新增治理石漠化面积",
     metric_alts=["石漠化治理面积", "治理石漠化面积", "石漠化面积", "石漠化治理面积增量"],
     **FLOW, note=SOIL)
fact("森林覆盖率稳定在55%", "55%", value=55, unit="%", kind="share", bound="ge",
     metric="森林覆盖率", metric_alts=["森林覆盖比例"], **STOCK,
     note="以上 → ge (outside the span); share of a stock (forest area): " + STOCK_NOTE)
g.neg("生态恢复十年优秀案例", "十年", NAME_NOTE.format("联合国生态恢复十年, the UN Decade "
      "on Ecosystem Restoration"))
GREEN = "累计创建 distributes over the list: " + STOCK_NOTE
fact("绿色园区16个", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="国家级绿色园区",
     metric_alts=["累计创建国家级绿色园区", "绿色园区", "国家级绿色园区数量"], **STOCK,
     note=GREEN)
fact("绿色工厂170家", "170家", value=170, unit="count", kind="count", classifier="家",
     metric="国家级绿色工厂",
     metric_alts=["累计创建国家级绿色工厂", "绿色工厂", "国家级绿色工厂数量"], **STOCK,
     note=GREEN + " (head 国家级 restored)")
fact("管理企业18家", "18家", value=18, unit="count", kind="count", classifier="家",
     metric="国家级绿色供应链管理企业",
     metric_alts=["累计创建国家级绿色供应链管理企业", "绿色供应链管理企业",
                  "国家级绿色供应链管理企业数量"], **STOCK, note=GREEN + " (head 国家级 restored)")
g.neg("开展近零碳园区", "近零碳", "label 近零碳 'near-zero-carbon' (README §2), not a "
      "quantity")
fact("园区建设17个", "17个", value=17, unit="count", kind="count", classifier="个",
     metric="近零碳园区",
     metric_alts=["开展近零碳园区建设", "近零碳园区建设", "近零碳园区数量",
                  "近零碳园区建设试点"], **FLOW,
     note="parks whose near-zero-carbon building began in 2024; the label has its own "
          "negative")
g.neg("发布首批40家", "首批", FIRST_NOTE)
fact("首批40家", "40家", value=40, unit="count", kind="count", classifier="家",
     metric="近零碳公共机构试点",
     metric_alts=["近零碳公共机构", "首批近零碳公共机构试点", "近零碳公共机构试点名单",
                  "近零碳公共机构试点数量", "公共机构试点"], **FLOW,
     note="the first list, published in 2024")
g.neg("家近零碳公共机构", "近零碳", "label 近零碳 (README §2), not a quantity")
g.neg("试点名单", "名单", "lexicalized 名单 'list'; 单 is not a quantity")
fact("累计成交5136万吨", "5136万吨", value=5.136e7, unit="t", kind="amount",
     metric="碳市场累计成交",
     metric_alts=["碳市场成交量", "累计成交", "碳排放权累计成交量", "碳市场累计成交量",
                  "碳市场交易量"],
     subject_alts=CQ_ALTS + ["碳市场", "重庆碳市场"], **STOCK,
     note="累计 since the market opened → " + STOCK_NOTE + "; the city's market keeps the "
          "city as subject (alt 碳市场)")
fact("余额超过8200亿元", "8200亿元", value=8.2e11, unit="CNY", kind="amount", bound="gt",
     metric="绿色贷款余额", metric_alts=["绿色贷款"], **STOCK,
     note="超过 → gt; 余额 is a stock: " + STOCK_NOTE)
g.neg("能耗较2020年下降", "2020年", "comparison basis (较2020年), not a period of its own "
      "(SPEC §4) and not a fact")
fact("较2020年下降11.7%", "11.7%", value=-11.7, unit="%", kind="growth",
     metric="单位地区生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "万元地区生产总值能耗"],
     comparison="较2020年", modality="forecast", **FLOW,
     note=FC + "; 下降 → negative; the basis 较2020年 (the 14th plan's base year) is the "
          "comparison (surface form), the period is the review year")

# ---- line 3 (source 23): （九） people's livelihood ----------------------------------------------
g.neg("（九）抓民生", "（九）", MARKER_NOTE)
g.neg("推进百万高校毕业生", "百万", LABEL_NOTE + " (the campaign name 百万高校毕业生等青年"
      "留渝来渝就业创业行动 'a million graduates…'), not a count (as 百万人才兴重庆 in "
      "wr_chongqing_2025_b)")
fact("新就业群体15条措施", "15条", value=15, unit="count", kind="count", classifier="条",
     metric="关爱新就业群体措施",
     metric_alts=["措施", "关爱新就业群体的措施", "出台关爱新就业群体措施",
                  "关爱新就业群体措施条数"], **FLOW,
     note="count of measures (README §2 七条措施)")
fact("保障试点覆盖60.6万人", "60.6万人", value=606000, unit="count", kind="count",
     classifier="人", metric="新就业形态就业人员职业伤害保障试点覆盖人数",
     metric_alts=["职业伤害保障试点覆盖", "职业伤害保障覆盖人数", "职业伤害保障试点覆盖人员",
                  "新就业形态就业人员职业伤害保障覆盖", "覆盖人数"], **STOCK,
     note="the people covered (a stock of insured): " + STOCK_NOTE)
g.neg("待遇水平双提升机制", "双提升", LABEL_NOTE + " (双提升 'double rise' of contributions "
      "and benefits), not a quantity")
g.neg("实现一卡多用", "一卡多用", LABEL_NOTE + " (一卡多用 'one card, many uses')")
fact("“渝康家园”1800余个", "1800余个", value=1800, unit="count", kind="count",
     classifier="个", bound="gt", metric="“渝康家园”",
     metric_alts=["渝康家园", "建成“渝康家园”", "建成渝康家园", "“渝康家园”数量"], **LEVEL,
     note="余 inside the span → gt; judgement call: 建成 without 累计 → built in 2024 (the "
          "cumulative year-end reading as alt)")
g.neg("残疾人“两项补贴”", "两项补贴", "programme name “两项补贴” (the two disability "
      "allowances), not a count (as other golds)")
fact("均超过90%", "90%", value=90, unit="%", kind="share", bound="gt",
     metric="退役军人职业技能培训合格率",
     metric_alts=["退役军人职业技能培训就业率", "职业技能培训合格率", "退役军人就业率", "合格率",
                  "就业率", "退役军人职业技能培训合格率、就业率"], **FLOW,
     note="one quantity mention (均超过90%) over two rates → one fact, the first metric "
          "primary and the second in alts (as 均居全国第一 in wr_jiangsu_2025); 超过 → gt; "
          "rates of the year's trainees → the year")
g.neg("“一老一小”得到", "一老一小", LABEL_NOTE + " (“一老一小”)")
g.neg("三级养老服务网络", "三级", "tier label 三级 (the three-tier elderly-care network), "
      "not a count claim")
fact("适老化改造1万户", "1万户", value=10000, unit="count", kind="count", classifier="户",
     metric="特困老人居家适老化改造",
     metric_alts=["居家适老化改造", "完成特困老人居家适老化改造", "适老化改造",
                  "特困老人居家适老化改造户数"], **FLOW)
fact("老年食堂1695家", "1695家", value=1695, unit="count", kind="count", classifier="家",
     metric="老年食堂", metric_alts=["建成老年食堂", "老年食堂数量"], **LEVEL,
     note="judgement call: 建成 without 累计 → built in 2024 (year-end stock as alt)")
fact("老年友好型社区113个", "113个", value=113, unit="count", kind="count", classifier="个",
     metric="全国示范性老年友好型社区",
     metric_alts=["示范性老年友好型社区", "老年友好型社区", "创建全国示范性老年友好型社区",
                  "全国示范性老年友好型社区数量"], **FLOW)
fact("幼儿园覆盖率达到94.6%", "94.6%", value=94.6, unit="%", kind="share",
     metric="普惠性幼儿园覆盖率",
     metric_alts=["普惠性幼儿园覆盖比例", "普惠园覆盖率", "学前教育普惠率"], **STOCK,
     note="coverage = share of a stock (children in kindergartens): " + STOCK_NOTE)
fact("心理辅导室4030个", "4030个", value=4030, unit="count", kind="count", classifier="个",
     metric="中小学心理辅导室",
     metric_alts=["建成中小学心理辅导室", "心理辅导室", "中小学心理辅导室数量"], **LEVEL,
     note="judgement call: 建成 without 累计 → the year (year-end stock as alt)")
fact("惠及16万儿童", "16万", value=160000, unit="count", kind="count", classifier="人",
     metric="“童心相伴”心理健康关爱服务项目惠及儿童",
     metric_alts=["惠及儿童", "童心相伴心理健康关爱服务项目惠及儿童", "儿童",
                  "“童心相伴”惠及儿童", "惠及儿童人数"], **FLOW,
     note="no measure word written → classifier 人 (as wr_chongqing_2025 95万低保和特困人员)")
g.neg("累计建成三甲医院", "三甲", "hospital grade label 三甲 (grade-3 class-A hospitals), "
      "not a quantity (as other golds)")
HOSP = "累计建成 distributes over the list: " + STOCK_NOTE
fact("三甲医院55家", "55家", value=55, unit="count", kind="count", classifier="家",
     metric="三甲医院",
     metric_alts=["累计建成三甲医院", "三级甲等医院", "三甲医院数量"], **STOCK, note=HOSP)
fact("卫生次中心32家", "32家", value=32, unit="count", kind="count", classifier="家",
     metric="区县域卫生次中心",
     metric_alts=["累计建成区县域卫生次中心", "卫生次中心", "区县域卫生次中心数量"], **STOCK,
     note=HOSP)
SPEC_NOTE = "获评 distributes over the list: recognised in 2024"
fact("和9个国家临床", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="国家临床重点专科",
     metric_alts=["临床重点专科", "获评国家临床重点专科", "国家临床重点专科数量"], **FLOW,
     note=SPEC_NOTE)
fact("23个国家中医", "23个", value=23, unit="count", kind="count", classifier="个",
     metric="国家中医优势专科",
     metric_alts=["中医优势专科", "获评国家中医优势专科", "国家中医优势专科数量"], **FLOW,
     note=SPEC_NOTE)
fact("医疗费用近2亿元", "2亿元", value=2e8, unit="CNY", kind="amount", bound="approx",
     metric="“医检互认”为患者节约医疗费用",
     metric_alts=["节约医疗费用", "为患者节约医疗费用", "医检互认节约医疗费用",
                  "“医检互认”节约医疗费用"], **FLOW,
     note="近 → approx (SPEC §2 bound table)")
fact("减轻患者负担42亿元", "42亿元", value=42e8, unit="CNY", kind="amount",
     metric="减轻患者负担",
     metric_alts=["职工医保门诊共济保障减轻患者负担", "患者负担减轻", "减轻负担",
                  "门诊共济保障改革减轻患者负担"], **FLOW)
g.neg("提前完成“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("二级以上医疗机构", "二级", GRADE_NOTE.format("二级以上, the hospital grade of the "
      "institutions concerned") + "; threshold of the set, no count stated")
g.neg("“双下降”", "双下降", LABEL_NOTE + " (“双下降” 'both fell', no amount stated)")
g.neg("每万人拥有", "万人", "per-10,000-people basis inside the metric name 每万人拥有公共文化"
      "设施面积, not a count (as 万人发明专利拥有量 in wr_jiangsu_2025)")
fact("设施面积增至820平方米", "820平方米", value=820, unit="m2", kind="amount",
     metric="每万人拥有公共文化设施面积",
     metric_alts=["万人拥有公共文化设施面积", "公共文化设施面积", "人均公共文化设施面积",
                  "每万人公共文化设施面积"], **STOCK,
     note="增至 → the level reached (facilities per head, a stock): " + STOCK_NOTE)
fact("综合阅读率达到92%", "92%", value=92, unit="%", kind="share",
     metric="城乡居民综合阅读率",
     metric_alts=["综合阅读率", "居民综合阅读率", "阅读率"], **FLOW,
     note="a rate of the population (share) measured for 2024")
g.neg("举办首届", "首届", "edition label 首届 (the first film week), not a count or rank")
g.neg("5A级景区增至", "5A级", GRADE_NOTE.format("5A级, the top scenic-spot grade") +
      "; threshold of the counted set, part of the metric")
fact("景区增至12个", "12个", value=12, unit="count", kind="count", classifier="个",
     metric="5A级景区",
     metric_alts=["5A级旅游景区", "5A景区", "5A级景区数量"], **STOCK,
     note="增至 → the level reached: " + STOCK_NOTE)
fact("度假区增至3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家级旅游度假区",
     metric_alts=["旅游度假区", "国家级旅游度假区数量"], **STOCK,
     note="增至 → " + STOCK_NOTE)
fact("旅游线路达到17条", "17条", value=17, unit="count", kind="count", classifier="条",
     metric="全国精品旅游线路",
     metric_alts=["精品旅游线路", "全国精品旅游线路数量"], **STOCK,
     note="达到 N of a register → " + STOCK_NOTE)
g.neg("市第七届运动会", "第七届", "edition label of an event (市第七届运动会), not a count")

NOTES = (
    "Excerpt: lines 21-23 of shared/texts/work_report/wr_chongqing_2025.txt (2,593 characters "
    "with the final newline), sliced by code: review items （七） (urban construction, rail, "
    "roads, urban renewal, rural revitalisation), （八） (environment, ecology, green "
    "transition) and （九） (employment, social security, elderly and children, health, "
    "culture and sport) in full, each from its heading. Lines 7-15 and 16-18 are annotated in "
    "wr_chongqing_2025 and wr_chongqing_2025_b (no overlap). Within the allowed lines 19-80 "
    "the whole-line runs of 2,000-3,000 characters are 19-21 (2,707), 20-22 (2,457) and 21-23 "
    "(2,593); 21-23 holds the most numbers and starts at a heading; lines 24-80 are sparse. "
    "Title, source line and dateline are outside the excerpt (title_in_text=False; title as "
    "the source's first line). Date: 2025-01-19, the delivery date in the header (source "
    "line 3: ——2025年1月19日在重庆市第六届人民代表大会第三次会议上); the corpus meta agrees. "
    "Place: 重庆市 (重庆, 全市, 我市 → alts); parts of the city (中心城区, 两江四岸, 三峡库区, "
    "长江干流重庆段), the rail network and the carbon market keep the city as subject with "
    "the part as alt. Periods: no line names a period before its numbers, and the excerpt "
    "names the review year nowhere, so every fact takes the review year 2024 as section frame "
    "(SPEC §4) with the heading's period text 2024年 (outside the excerpt: the shared "
    "check_gold.py flags it as not in the article, as in wr_hebei_2025_b; period text is not "
    "scored), null as alt. Stocks (累计 295个/2745万平方米/13万人/16个/170家/18家/5136万吨/55家/"
    "32家, 运营里程, 通车里程, 余额, coverage and treatment rates, 森林覆盖率, 增至 820平方米/12个/"
    "3个, 达到17条, 职业伤害保障覆盖) → instant 2024-12-31 with the year and null as alts; "
    "levels held in the year (稳定在83万人以上, 保持100%, 90%的村占比, 26个区县) → the year, "
    "year-end as alt. Modality: actual, except 预计 (单位地区生产总值能耗较2020年下降11.7% → "
    "forecast). Units: 公里 → m; 平方米/平方公里 → m2; 亩 → mu; 220亿斤 → 1.1e7 t; 329天/4天 → "
    "day; 16万儿童 without a measure word → classifier 人. Judgement calls: 17连增 → count of "
    "consecutive increases (classifier 连增, as 十二连增 in wr_china_2016); 连续8年 → streak "
    "duration (8 year); 同比增加4天 → absolute change (优良天数增量, +4 day, comparison null); "
    "较2020年 → comparison of the energy-intensity fall (2020年 negative); 均超过90% over two "
    "rates → one fact; 近16年 (新高) a negative period window; 26个区县 a count fact; 建成 "
    "without 累计 (渝康家园, 老年食堂, 心理辅导室) read as 2024 flows with the year-end stock as "
    "alt; 两岸青山·千里林带 and 百万 (高校毕业生…行动) programme names (negatives). Negatives: "
    "（七）（八）（九）, 7号线, 一期, 二期, 两江四岸, 一老一小 ×2, 一户一策, 近16年, 清零 ×2, 10万元 "
    "(threshold), 第三轮, 九治, Ⅱ类, PM2.5, 两岸青山·千里林带, 三峡, 十年 (UN decade), 近零碳 "
    "×2, 首批, 名单, 2020年 (basis), 百万, 双提升, 一卡多用, 两项补贴, 三级, 三甲, 十四五, 二级, "
    "双下降, 万人 (每万人), 首届, 5A级, 第七届. Lexicalized, not listed: 一体化, 单位 (单位地区"
    "生产总值能耗), 零售.")

g.write(date=REF, source=f"shared/texts/work_report/wr_chongqing_2025.txt lines {FIRST}–{LAST} "
        "(来源：重庆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
