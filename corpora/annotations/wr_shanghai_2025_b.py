"""Gold annotations for wr_shanghai_2025_b (2025年上海市政府工作报告, second excerpt of the 2024
review), lines 22-35 of shared/texts/work_report/wr_shanghai_2025.txt.

The excerpt corpora/wr_shanghai_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last paragraph of review section （三） (乡村振兴战略
全面推进), section （四） in full (城市更新, 城市精细化管理, 社会治理, 生态文明), section （五）
in full (民心工程/民生实事, 基本民生保障, 社会事业, 城市文化) and the first two paragraphs of
section （六） (营商环境改革, 依法行政).  Lines 22-35 make 2,381 characters and hold the
most numbers of any run of 2,000-2,500 characters outside lines 1-13 (annotated in
wr_shanghai_2025): about 55 facts.  Starting at the heading （三） (line 19) would give lines
19-30 (2,366 characters, ~51 facts); the 2025 targets (source line 43) sit in plan text that
is far less dense.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanghai_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanghai_2025_b"
PLACE = "上海市"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_shanghai_2025.txt"
FIRST, LAST = 22, 35                    # 1-based, inclusive, whole lines
TITLE = "2025年上海市政府工作报告"
SH_ALTS = ["上海", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="乡村振兴战略全面推进。", ends="参事文史、决策咨询等事业扎实推进。")
text = g.text
fact = g.with_subject(PLACE, SH_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
ROUND_NOTE = "新一轮 'a new round', not a count"
PLAN3_NOTE = "name of a three-year plan (三年行动计划), not a duration fact"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# The excerpt lies in the detailed review of 2024, introduced by source line 7 过去一年，我们主要
# 做了以下工作。 (outside the excerpt).  Its lines name no period of their own (except 全年 in
# line 13 of the excerpt, source line 34), so their facts take the review year 2024 as section
# frame (SPEC §4), with the excerpt's own name of that year, 全年 (source line 34), as period
# text (as wr_ningxia_2025; 过去一年 of the frame line is not in the excerpt) and the null
# reading in period_alts.  Stocks (累计, a status reached by year end: parks open 24
# hours and their share) are the instant 2024-12-31 with the literal year and null as alts.
# 连续N年 streaks end in the review year: the streak's span is an alt of the duration/rank.
# 全年 in source line 34 (全年新增减负…) governs the clause after it.
Y24 = P("全年", "2024-01-01", "2024-12-31")
Y24_NULL = P("全年", None, None)
Y24_END = P("全年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")


# ---- line 1 (source 22): 乡村振兴战略全面推进 ------------------------------------------------
fact("12个现代设施农业片区", "12个", value=12, unit="count", kind="count", classifier="个",
     metric="现代设施农业片区",
     metric_alts=new("现代设施农业片区", "启动建设的现代设施农业片区",
                     "现代设施农业片区启动建设"), **FLOW,
     note="areas whose construction started (启动建设) in 2024; section frame 2024 (period "
          "text 全年), null as alt")
fact("建成高标准农田8.8万亩", "8.8万亩", value=88000, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["建成高标准农田", "高标准农田面积", "高标准农田建设面积", "新建高标准农田"],
     **FLOW, note="built in 2024 (no 累计) → the year; 亩 stays mu")
fact("实到资金达到285.6亿元", "285.6亿元", value=285.6e8, unit="CNY", kind="amount",
     metric="农业投资实到资金",
     metric_alts=["实到资金", "农业投资实到资金额", "农业实到资金", "农业投资到位资金",
                  "农业招商实到资金", "农业投资"], **FLOW,
     note="funds actually received in 2024 from agricultural investment promotion (head "
          "restored from 加大农业投资促进力度); 达到 → eq; 再创新高 states no number")
fact("乡村振兴示范村28个", "28个", value=28, unit="count", kind="count", classifier="个",
     metric="乡村振兴示范村", metric_alts=new("乡村振兴示范村", "建成乡村振兴示范村"), **FLOW,
     note="villages completed (建成) in 2024: count of the new units, 增量 alts")
fact("“美丽庭院”10.1万户", "10.1万户", value=101000, unit="count", kind="count",
     classifier="户", metric="“美丽庭院”",
     metric_alts=new("美丽庭院", "建成“美丽庭院”", "建成美丽庭院", "“美丽庭院”数量"), **FLOW,
     note="verb 建成 shared with 28个; 户 is the classifier (SPEC §3)")
fact("1.2万户相对集中居住", "1.2万户", value=12000, unit="count", kind="count",
     classifier="户", metric="相对集中居住农户入住新居",
     metric_alts=["相对集中居住农户", "入住新居农户", "入住新居的相对集中居住农户",
                  "农户入住新居", "相对集中居住入住新居农户", "相对集中居住农户数量"], **FLOW,
     note="households that moved into new homes in 2024; the predicate defines the counted "
          "set")
g.neg("首批6个“五好两宜”", "首批", FIRST_NOTE + " (首批 'first batch' of pilots)")
fact("首批6个“五好两宜”", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="“五好两宜”和美乡村片区建设试点",
     metric_alts=["五好两宜和美乡村片区建设试点", "和美乡村片区建设试点", "“五好两宜”和美乡村片区",
                  "五好两宜和美乡村片区", "首批“五好两宜”和美乡村片区建设试点", "和美乡村片区",
                  "和美乡村片区建设试点数量"], **LEVEL,
     note="the pilot areas of the first batch, under way in 2024 (取得积极进展): the year, "
          "the year-end level as alt")
g.neg("6个“五好两宜”和美", "五好两宜", LABEL_NOTE + " (“五好两宜” 'five goods, two "
      "suitables', a standard for model villages)")
STREAK2 = P("连续两年", "2023-01-01", "2024-12-31")
fact("连续两年位列全国第一", "两年", value=2, unit="year", kind="amount",
     metric="乡村全面振兴发展综合指数位列全国第一持续时间",
     metric_alts=["乡村全面振兴发展综合指数连续位列全国第一",
                  "乡村全面振兴发展综合指数位列全国第一的年数", "位列全国第一持续时间",
                  "连续位列全国第一", "乡村全面振兴发展综合指数", "持续时间"],
     period=Y24, period_alts=[Y24_NULL, STREAK2],
     note="length of the streak 连续两年 (a duration, unit year), as 连续15年 in "
          "wr_shanghai_2025 — judgement call; the streak ends in the review year (alt "
          "2023-2024)")
fact("位列全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="乡村全面振兴发展综合指数",
     metric_alts=["乡村全面振兴发展综合指数排名", "乡村振兴发展综合指数", "乡村全面振兴综合指数",
                  "乡村全面振兴发展综合指数位次"],
     period=Y24, period_alts=[Y24_NULL, STREAK2],
     note="rank of the index in the review year (held in each year of the streak, alt "
          "2023-2024)")

# ---- line 2 (source 23): heading （四） ------------------------------------------------------
g.neg("（四）精心打造", "（四）", MARKER_NOTE)

# ---- line 3 (source 24): 城市更新加力推进 ---------------------------------------------------
OLD_ALTS = ["零星二级旧里以下房屋改造", "二级旧里以下房屋改造",
            "中心城区零星二级旧里以下房屋改造面积", "零星二级旧里以下房屋改造面积", "旧里改造"]
fact("完成13.6万平方米", "13.6万平方米", value=136000, unit="m2", kind="amount",
     metric="中心城区零星二级旧里以下房屋改造", metric_alts=OLD_ALTS, **FLOW,
     note="floor area renovated in 2024; 万平方米 ×1e4 m2; the grade threshold 二级旧里以下 "
          "is part of the metric")
g.neg("中心城区零星二级", "零星", "lexicalized 零星 'scattered', not a quantity")
g.neg("零星二级旧里以下", "二级", "housing grade 二级旧里 (second-grade old lane houses), a "
      "threshold (二级…以下) defining the renovated set, part of the metric of 13.6万平方米, "
      "not a fact (as 二级以上运动员 elsewhere)")
fact("31.1万平方米小梁薄板", "31.1万平方米", value=311000, unit="m2", kind="amount",
     metric="小梁薄板房屋等不成套旧住房改造",
     metric_alts=["不成套旧住房改造", "小梁薄板房屋改造", "不成套旧住房改造面积",
                  "小梁薄板房屋等不成套旧住房改造面积", "小梁薄板房屋"], **FLOW,
     note="verb 完成 shared with 13.6万平方米")
fact("新启动21个改造项目", "21个", value=21, unit="count", kind="count", classifier="个",
     metric="城中村改造项目",
     metric_alts=new("城中村改造项目", "新启动城中村改造项目", "新启动改造项目", "改造项目"),
     **FLOW, note="projects started (新启动) in 2024; head 城中村 restored from the clause")
fact("是计划任务的2.1倍", "2.1倍", value=2.1, unit="times", kind="ratio",
     metric="新启动城中村改造项目",
     metric_alts=["城中村改造项目", "新启动改造项目", "改造项目",
                  "新启动城中村改造项目与计划任务之比", "计划任务完成倍数",
                  "新启动城中村改造项目完成计划任务倍数"], **FLOW,
     note="是计划任务的N倍: the 21 projects are 2.1 times the planned number → ratio, times; "
          "comparison null (ratio facts carry none), the basis 计划任务 in the alts")
g.neg("外滩“第二立面”", "第二", "name of an area (外滩“第二立面”, the second frontage behind "
      "the Bund), not a rank")
g.neg("等一批区域更新", "一批", "vague quantifier 一批 (README §2), not a count")
g.neg("“三师”负责制", "三师", LABEL_NOTE + " (“三师”负责制: the responsible planner / "
      "architect / engineer system)")
g.neg("“上海2035”", "2035", "year inside the name of the master plan “上海2035”, not a fact")
g.neg("城市总体规划五年实施评估", "五年", "judgement call: the name of the review "
      "(五年实施评估, the five-year implementation assessment of the plan), not a duration "
      "fact; reading it as a 5-year duration is the alternative")

# ---- line 4 (source 25): 城市精细化管理持续深化 ----------------------------------------------
g.neg("制定落实新一轮", "一轮", ROUND_NOTE)
g.neg("城市精细化管理三年行动计划", "三年", PLAN3_NOTE)
g.neg("完善“一江一河”", "一江一河", LABEL_NOTE + " (“一江一河”: the Huangpu River and "
      "Suzhou Creek)")
fact("14座苏州河桥梁", "14座", value=14, unit="count", kind="count", classifier="座",
     metric="苏州河桥梁景观灯光提升改造",
     metric_alts=["苏州河桥梁", "景观灯光提升改造的苏州河桥梁", "苏州河桥梁景观灯光改造",
                  "桥梁景观灯光提升改造", "苏州河桥梁数量", "景观灯光提升改造桥梁"], **FLOW,
     note="bridges whose lighting was upgraded in 2024 (the predicate in the metric)")
fact("完成134公里架空线", "134公里", value=134000, unit="m", kind="amount",
     metric="架空线入地和杆箱整治",
     metric_alts=["架空线入地", "架空线入地和杆箱整治长度", "架空线入地长度",
                  "完成架空线入地和杆箱整治", "架空线入地里程"], **FLOW,
     note="公里 = 1e3 m")
fact("建成102个“美丽街区”", "102个", value=102, unit="count", kind="count", classifier="个",
     metric="“美丽街区”",
     metric_alts=new("美丽街区", "建成“美丽街区”", "建成美丽街区", "“美丽街区”数量"), **FLOW)
fact("52个机关、企事业单位", "52个", value=52, unit="count", kind="count", classifier="个",
     metric="附属空间对外开放共享的机关、企事业单位",
     metric_alts=["机关、企事业单位附属空间对外开放共享", "附属空间对外开放共享",
                  "机关、企事业单位", "附属空间对外开放共享单位", "对外开放共享附属空间的单位",
                  "附属空间对外开放共享的单位", "机关、企事业单位附属空间"], **FLOW,
     note="units whose grounds opened to the public in 2024: the predicate defines the "
          "counted set")
fact("新增5.5万个电动汽车", "5.5万个", value=55000, unit="count", kind="count",
     classifier="个", metric="电动汽车公共充电桩",
     metric_alts=new("电动汽车公共充电桩", "新增电动汽车公共充电桩", "公共充电桩", "充电桩"),
     **FLOW, note="新增 N: count of the new units, 增量 alts (README §3)")
fact("交通事故数下降14.7%", "14.7%", value=-14.7, unit="%", kind="growth",
     metric="道路交通事故数",
     metric_alts=["道路交通事故", "道路交通事故起数", "全市道路交通事故数", "交通事故数",
                  "道路交通事故数量"], comparison="yoy", **FLOW,
     note="下降 → negative value; no basis written → yoy")

# ---- line 5 (source 26): 社会治理效能不断提升 -----------------------------------------------
g.neg("“十大行动”", "十大", "set label “十大行动” (README §2 八大), not a count claim")
fact("新建电动自行车充电站7万个", "7万个", value=70000, unit="count", kind="count",
     classifier="个", metric="电动自行车充电站",
     metric_alts=new("电动自行车充电站", "新建电动自行车充电站"), **FLOW,
     note="新建 N: count of the new units, 增量 alts (README §3)")
g.neg("“三所联动”", "三所联动", LABEL_NOTE + " (“三所联动”: police station, judicial office "
      "and law firm working together)")
g.neg("“12345”市民热线", "12345", "hotline number (12345 citizen service line), not a "
      "quantity")
g.neg("全市110报警数", "110", "emergency number 110 inside the metric name 110报警数, not a "
      "quantity")
DROP_NOTE = ("分别 in list order: 110报警数 ↔ 7%, 刑事立案数 ↔ 14.4%, 电信网络诈骗立案数 ↔ "
             "18.8%; 下降 → negative; no basis written → yoy")
fact("分别下降7%", "7%", value=-7, unit="%", kind="growth", metric="110报警数",
     metric_alts=["报警数", "110报警", "110报警数量", "报警"], comparison="yoy", **FLOW,
     note=DROP_NOTE)
fact("7%、14.4%、18.8%", "14.4%", value=-14.4, unit="%", kind="growth",
     metric="刑事立案数",
     metric_alts=["刑事案件立案数", "刑事立案", "刑事立案数量", "刑事案件"], comparison="yoy",
     **FLOW, note=DROP_NOTE)
fact("7%、14.4%、18.8%", "18.8%", value=-18.8, unit="%", kind="growth",
     metric="电信网络诈骗立案数",
     metric_alts=["电信网络诈骗案件立案数", "电信诈骗立案数", "电信网络诈骗立案",
                  "电信网络诈骗案件", "电信网络诈骗立案数量"], comparison="yoy", **FLOW,
     note=DROP_NOTE)
fact("连续12年实现", "12年", value=12, unit="year", kind="amount",
     metric="公众安全感、满意度实现“双提升”持续时间",
     metric_alts=["公众安全感、满意度连续实现“双提升”", "公众安全感、满意度实现双提升持续时间",
                  "公众安全感和满意度双提升持续时间", "“双提升”持续时间", "双提升持续时间",
                  "连续实现“双提升”", "公众安全感、满意度双提升年数", "持续时间"],
     period=Y24, period_alts=[Y24_NULL, P("连续12年", "2013-01-01", "2024-12-31")],
     note="length of the streak 连续12年 (a duration, unit year, as 连续15年 in "
          "wr_shanghai_2025) — judgement call; the streak ends in the review year (alt "
          "2013-2024)")
g.neg("实现“双提升”", "双提升", LABEL_NOTE + " (“双提升”: both security and satisfaction "
      "rose; 双 'both', no measured value)")

# ---- line 6 (source 27): 生态文明建设取得新成效 ---------------------------------------------
g.neg("美丽上海建设三年行动计划", "三年", PLAN3_NOTE)
g.neg("完成新一轮雨污混接", "一轮", ROUND_NOTE)
fact("新增光伏装机122万千瓦", "122万千瓦", value=122e7, unit="W", kind="amount",
     metric="新增光伏装机",
     metric_alts=["光伏装机", "光伏装机增量", "光伏装机容量增量", "新增光伏装机容量",
                  "光伏新增装机", "光伏装机容量"], **FLOW,
     note="capacity added in 2024; 万千瓦 = 1e7 W → 1.22e9 W; the level-change reading "
          "(SPEC §2, …增量) as alts")
fact("新上牌26.5万辆", "26.5万辆", value=265000, unit="count", kind="count",
     classifier="辆", metric="新能源汽车新上牌",
     metric_alts=["新能源汽车上牌", "新上牌新能源汽车", "新能源汽车上牌量", "新能源汽车新上牌量",
                  "新能源汽车新上牌数量", "新能源汽车"], **FLOW,
     note="new registrations in 2024")
fact("新建绿道230公里", "230公里", value=230000, unit="m", kind="amount", metric="绿道",
     metric_alts=["新建绿道", "新建绿道长度", "绿道增量", "绿道长度增量", "绿道长度"], **FLOW,
     note="built in 2024: the new length (增量 alts)")
fact("累计近2000公里", "2000公里", value=2000000, unit="m", kind="amount", bound="approx",
     metric="绿道",
     metric_alts=["累计绿道", "绿道总长度", "绿道长度", "累计建成绿道", "绿道累计长度",
                  "绿道总里程"], **STOCK,
     note="近 → approx (outside the span); 累计 → " + STOCK_NOTE)
fact("849座公园", "849座", value=849, unit="count", kind="count", classifier="座",
     metric="24小时开放公园",
     metric_alts=["实现24小时开放的公园", "24小时开放的公园", "公园", "24小时开放公园数量",
                  "全天开放公园", "实现24小时开放公园"], **STOCK,
     note="parks open round the clock: a status (a stock) → " + STOCK_NOTE)
g.neg("实现24小时开放", "24小时", "judgement call: the condition 24小时开放 defines the "
      "counted set of parks (SPEC §2 threshold in the metric of 849座 and 87.3%), not a "
      "fact of its own; a 1-day opening-time fact is the alternative")
fact("占全市公园总数的87.3%", "87.3%", value=87.3, unit="%", kind="share",
     metric="24小时开放公园占全市公园总数比重",
     metric_alts=["24小时开放公园占比", "24小时开放公园占全市公园总数的比重",
                  "占全市公园总数比重", "24小时开放公园占公园总数比重", "24小时开放公园比例",
                  "24小时开放公园占全市公园总数的比例"], **STOCK,
     note="share of a stock → " + STOCK_NOTE)
fact("新增森林3.1万亩", "3.1万亩", value=31000, unit="mu", kind="amount",
     metric="新增森林",
     metric_alts=["森林", "森林面积", "新增森林面积", "森林面积增量", "森林增量"], **FLOW,
     note="forest added in 2024 (亩 stays mu); the level-change reading (增量) as alts")
g.neg("上海首个世界自然遗产", "首个", FIRST_NOTE)
g.neg("第三轮中央生态", "第三轮", "round label 第三轮 (third round of the central "
      "inspection), not a rank or count")

# ---- line 7 (source 28): heading （五） ------------------------------------------------------
g.neg("（五）全力保障", "（五）", MARKER_NOTE)

# ---- line 8 (source 29): 民心工程、民生实事扎实推进 ------------------------------------------
fact("新增养老床位4385张", "4385张", value=4385, unit="count", kind="count",
     classifier="张", metric="养老床位", metric_alts=new("养老床位", "新增养老床位"), **FLOW,
     note="新增 N: count of the new beds, 增量 alts")
fact("照护床位3210张", "3210张", value=3210, unit="count", kind="count", classifier="张",
     metric="认知障碍照护床位",
     metric_alts=new("认知障碍照护床位", "改建认知障碍照护床位", "照护床位"), **FLOW,
     note="beds converted (改建) in 2024")
fact("建成社区长者食堂39个", "39个", value=39, unit="count", kind="count", classifier="个",
     metric="社区长者食堂",
     metric_alts=new("社区长者食堂", "建成社区长者食堂", "长者食堂"), **FLOW)
fact("托班托额5155个", "5155个", value=5155, unit="count", kind="count", classifier="个",
     metric="公办幼儿园托班托额",
     metric_alts=new("公办幼儿园托班托额", "新增公办幼儿园托班托额", "托班托额",
                     "公办幼儿园托班"), **FLOW,
     note="新增 distributes over the list: 托班托额 ↔ 5155, 社区托育托额 ↔ 9034; new places")
fact("社区托育托额9034个", "9034个", value=9034, unit="count", kind="count",
     classifier="个", metric="社区托育托额",
     metric_alts=new("社区托育托额", "新增社区托育托额", "托育托额"), **FLOW)
fact("寒暑托班928个", "928个", value=928, unit="count", kind="count", classifier="个",
     metric="小学生爱心寒暑托班",
     metric_alts=["开设小学生爱心寒暑托班", "爱心寒暑托班", "小学生爱心暑托班",
                  "小学生爱心寒暑托班数量", "寒暑托班"], **FLOW)
fact("保障性租赁住房7.2万套（间）", "7.2万套（间）", value=72000, unit="count",
     kind="count", classifier="套（间）", metric="保障性租赁住房",
     metric_alts=new("保障性租赁住房", "建设筹措保障性租赁住房", "筹措保障性租赁住房",
                     "保租房"), **FLOW,
     note="the measure word is 套（间） ('units (rooms)'), kept whole in the span as the "
          "unit written; a span 7.2万套 is the same quantity")
fact("床位3万张以上", "3万张", value=30000, unit="count", kind="count", classifier="张",
     bound="ge", metric="“新时代城市建设者管理者之家”床位",
     metric_alts=["新时代城市建设者管理者之家床位", "城市建设者管理者之家床位",
                  "筹措供应“新时代城市建设者管理者之家”床位", "床位",
                  "筹措供应新时代城市建设者管理者之家床位"], **FLOW,
     note="以上 → ge (outside the span)")
fact("加装电梯3005台", "3005台", value=3005, unit="count", kind="count", classifier="台",
     metric="既有多层住宅加装电梯",
     metric_alts=["加装电梯", "既有多层住宅加装电梯数量", "加装电梯数量", "电梯",
                  "既有多层住宅加装电梯台数"], **FLOW)
fact("建成39个大型居住社区", "39个", value=39, unit="count", kind="count", classifier="个",
     metric="大型居住社区配套设施",
     metric_alts=new("大型居住社区配套设施", "建成大型居住社区配套设施", "配套设施",
                     "大型居住社区"), **FLOW)

# ---- line 9 (source 30): 基本民生保障持续强化 -----------------------------------------------
g.neg("首个国家公共就业", "首个", FIRST_NOTE)
fact("职业技能培训87.1万人次", "87.1万人次", value=871000, unit="count", kind="count",
     classifier="人次", metric="补贴性职业技能培训",
     metric_alts=["开展补贴性职业技能培训", "补贴性职业技能培训人次", "职业技能培训",
                  "补贴性职业技能培训人数"], **FLOW, note="人次 is the classifier (SPEC §3)")
fact("城镇新增就业62.2万人", "62.2万人", value=622000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业"], **FLOW)

# ---- line 10 (source 31): 社会事业改革发展加快推进 -----------------------------------------
g.neg("“两个先行先试”", "两个先行先试", LABEL_NOTE + " (“两个先行先试” in higher "
      "education), not a count claim")
g.neg("全市二、三级医院", "二、三级", "hospital grade labels (二级, 三级医院) defining the set "
      "of hospitals, part of the metric of 一半, not a quantity")
fact("一半以上的专家号源", "一半", value=50, unit="%", kind="share", bound="ge",
     metric="二、三级医院专家号源优先向社区卫生服务中心开放比例",
     metric_alts=["专家号源优先向社区卫生服务中心开放比例", "专家号源优先向社区开放比例",
                  "二、三级医院专家号源优先向社区卫生服务中心开放的比重",
                  "优先向社区卫生服务中心开放的专家号源占比", "专家号源占比",
                  "二、三级医院专家号源占比"],
     subject_alts=SH_ALTS + ["二、三级医院", "全市二、三级医院"], **LEVEL,
     note="一半 → 50 %, share; 以上 → ge (outside the span); an arrangement in force in "
          "2024: the year, the year-end level as alt")

# ---- line 11 (source 32): 城市文化软实力显著提升 -------------------------------------------
g.neg("一系列文博大展", "一系列", "quantifier 一系列 'a series of' (README §2), not a count")
fact("营业性演出5.7万场", "5.7万场", value=57000, unit="count", kind="count",
     classifier="场", metric="营业性演出",
     metric_alts=["举办营业性演出", "营业性演出场次", "演出场次", "营业性演出数量", "演出"],
     **FLOW)
fact("吸引观众2545万人次", "2545万人次", value=2545e4, unit="count", kind="count",
     classifier="人次", metric="营业性演出观众",
     metric_alts=["观众", "吸引观众", "营业性演出观众人次", "观众人次", "演出观众",
                  "吸引观众人次"], **FLOW,
     note="audience of the performances (head restored from the clause before)")
g.neg("主流媒体新一轮", "一轮", ROUND_NOTE)

# ---- line 12 (source 33): heading （六） -----------------------------------------------------
g.neg("（六）切实加强", "（六）", MARKER_NOTE)

# ---- line 13 (source 34): 营商环境改革纵深推进 ----------------------------------------------
g.neg("优化营商环境7.0版", "7.0版", "version label (营商环境7.0版, the 7th edition of the "
      "reform package), not a quantity")
fact("7.0版150项改革举措", "150项", value=150, unit="count", kind="count", classifier="项",
     metric="优化营商环境7.0版改革举措",
     metric_alts=["优化营商环境改革举措", "改革举措", "营商环境改革举措",
                  "优化营商环境7.0版改革举措数量", "7.0版改革举措", "营商环境7.0版改革举措"],
     **FLOW, note="measures of the package, all completed (全面完成) in 2024")
fact("累计办理企业诉求15345件", "15345件", value=15345, unit="count", kind="count",
     classifier="件", metric="企业诉求",
     metric_alts=["办理企业诉求", "累计办理企业诉求", "企业诉求办理", "企业诉求数量",
                  "办理企业诉求数量"], **STOCK,
     note="累计 → " + STOCK_NOTE)
fact("减轻企业负担“20条”", "20条", value=20, unit="count", kind="count", classifier="条",
     metric="减轻企业负担政策措施",
     metric_alts=["减轻企业负担“20条”", "减轻企业负担20条", "“20条”", "减轻企业负担措施",
                  "减负措施", "措施", "减轻企业负担政策", "减轻企业负担政策措施数量"], **FLOW,
     note="judgement call: the quoted nickname of a policy package states its number of "
          "measures → count of measures (as “科创板八条” in wr_shanghai_2025; README §2 "
          "七条措施); the pure-label reading (negative) is the alternative")
g.neg("全年新增减负", "全年", PERIOD_NOTE + " (= 2024 in the review; governs 1160亿元; the "
      "period text of the section frame of the excerpt)")
fact("新增减负超过1160亿元", "1160亿元", value=1160e8, unit="CNY", kind="amount",
     bound="gt", metric="新增减负",
     metric_alts=["减负", "企业减负", "减轻企业负担", "新增减负规模", "为企业减负",
                  "新增减负金额", "减负规模"],
     **FLOW, note="超过 → gt (outside the span); 全年 (= 2024) opens the clause and governs it")

# ---- line 14 (source 35): 依法行政水平持续提升 ----------------------------------------------
GOV = SH_ALTS + ["上海市人民政府", "市政府"]
fact("地方性法规20件", "20件", value=20, unit="count", kind="count", classifier="件",
     metric="地方性法规",
     metric_alts=["出台地方性法规", "地方性法规数量", "配合出台地方性法规"],
     subject_alts=GOV + ["市人大及其常委会", "上海市人大及其常委会"], **FLOW,
     note="laws passed by the city's people's congress with the government's help (配合) "
          "in 2024; the city as subject (as 人大代表建议 in wr_hebei_2025), the congress as "
          "alt")
fact("立改废政府规章37件", "37件", value=37, unit="count", kind="count", classifier="件",
     metric="立改废政府规章",
     metric_alts=["政府规章", "立改废政府规章数量", "政府规章立改废", "立改废规章"],
     subject_alts=GOV, **FLOW)
fact("市人大代表建议1155件", "1155件", value=1155, unit="count", kind="count",
     classifier="件", metric="市人大代表建议",
     metric_alts=["人大代表建议", "办理市人大代表建议", "市人大代表建议数量",
                  "办理人大代表建议"], subject_alts=GOV, **FLOW,
     note="handled (办理) in 2024")
fact("市政协提案1057件", "1057件", value=1057, unit="count", kind="count",
     classifier="件", metric="市政协提案",
     metric_alts=["政协提案", "办理市政协提案", "市政协提案数量", "政协委员提案"],
     subject_alts=GOV, **FLOW, note="verb 办理 shared with 1155件")
fact("餐饮业等39个重点行业", "39个", value=39, unit="count", kind="count", classifier="个",
     metric="跨部门综合监管改革重点行业",
     metric_alts=["重点行业", "实施跨部门综合监管改革的重点行业", "跨部门综合监管改革行业",
                  "重点行业数量", "跨部门综合监管改革", "重点行业跨部门综合监管改革"],
     **FLOW, note="industries covered by the cross-department supervision reform in 2024")
g.neg("街镇三级全覆盖", "三级", "appositive 三级 restating 市、区、街镇 (the three "
      "administrative levels), not a quantity claim (as wr_ningxia_2025 区市县三级)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shanghai_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the last paragraph "
    "of review section （三） (乡村振兴战略全面推进), section （四） in full (城市更新, 城市精细化"
    "管理, 社会治理, 生态文明), section （五） in full (民心工程/民生实事, 基本民生保障, 社会事业, "
    "城市文化) and the first two paragraphs of section （六） (营商环境, 依法行政): the run of "
    "2,000-2,500 characters with the most numbers outside lines 1-13 (annotated in "
    "wr_shanghai_2025, no overlap). Lines 19-30 (from the heading （三）) hold fewer; the 2025 "
    "targets (source line 43) lie in sparse plan text. Title, dateline and source line are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-15, the delivery date in the dateline (source line 2: ----2025年1月15日龚正市长在"
    "上海市第十六届人民代表大会第三次会议的政府工作报告), as wr_shanghai_2025. Place: 上海市 "
    "(全市 → 上海市; alts 上海, 全市); the city owns every figure (the congress, the "
    "government and the hospitals in subject_alts where they act). Periods: the excerpt lies "
    "in the detailed review of 2024 (source line 7: 过去一年，我们主要做了以下工作。, outside "
    "the excerpt) and its lines state no period, so the facts take the review year "
    "2024-01-01..2024-12-31 as section frame with the excerpt's own name of that year, 全年 "
    "(source line 34; 过去一年 of the frame line is outside the excerpt), as period text and "
    "null as alt (as wr_ningxia_2025); 全年 (= 2024) opens the clause of 1160亿元 and governs it; stocks (累计 绿道 2000公里 and 企业诉求 "
    "15345件, the parks open 24 hours and their share) → instant 2024-12-31 with the year "
    "and null as alts; streaks 连续两年 / 连续12年 → durations in years on the review year, "
    "the streak span as alt. Modality: actual throughout (review, no 预计). Bounds: 以上 → "
    "ge, 超过 → gt, 近 → approx. Units: 万千瓦 1e7 W; 公里 1e3 m; 万平方米 1e4 m2; 亩 mu; "
    "一半 → 50 %. Judgement calls: 是计划任务的2.1倍 → ratio on 新启动城中村改造项目 "
    "(comparison null); 24小时 (开放) → negative, the condition defining the counted parks; "
    "五年实施评估 → label (negative); 减轻企业负担“20条” → count of measures; 7.2万套（间） "
    "span keeps （间）; 连续两年 / 连续12年 → duration facts plus the rank 第一; 二、三级医院 "
    "→ grade labels (negative) in the metric of 一半以上. Negatives: （四）（五）（六）, 首批, "
    "五好两宜, 零星, 二级, 第二(立面), 一批, 三师, 2035, 五年, 一轮 ×4, 三年 ×2, 一江一河, "
    "十大, 三所联动, 12345, 110, 双提升, 24小时, 首个 ×2, 第三轮, 两个先行先试, 二、三级, "
    "一系列, 7.0版, 全年, 三级. Lexicalized, not listed: 单位 (企事业单位), 进一步 ×8.")

g.write(date=REF, source=f"shared/texts/work_report/wr_shanghai_2025.txt lines {FIRST}–{LAST} "
        "(来源：解放日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
