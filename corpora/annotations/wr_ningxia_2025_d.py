"""Gold annotations for wr_ningxia_2025_d (2025年宁夏回族自治区政府工作报告, review items （二）-（四）),
lines 17-25 of shared/texts/work_report/wr_ningxia_2025.txt.  HELD OUT: written to
corpora/heldout/.

The excerpt corpora/heldout/wr_ningxia_2025_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped.  It lies in part 一、2024年工作回顾 (the review of
2024): the two paragraphs of review item （二）强化改革开放 (深化改革取得新成效, 扩大开放取得
新进展; the item's heading line 16 lies just before), review item （三）坚持生态优先 in full
(heading; “四水四定”走在全国前列; 生态保护修复全面推进; 环境综合治理成效显著) and review item
（四）统筹城乡发展 in full (heading; 乡村全面振兴扎实推进; 城乡建设水平不断提高).  The line
range (17-25, 2,187 characters) was given by the brief: it imitates how test excerpts are
cut.  Lines 10-15, 26-33 and 35-44 are annotated in wr_ningxia_2025, wr_ningxia_2025_b and
wr_ningxia_2025_c (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_ningxia_2025_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_ningxia_2025_d"
PLACE = "宁夏回族自治区"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_ningxia_2025.txt"
FIRST, LAST = 17, 25                    # 1-based, inclusive, whole lines
TITLE = "2025年宁夏政府工作报告"
NX_ALTS = ["宁夏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="深化改革取得新成效。", ends="城市品质、乡村面貌发生了新变化。")
text = g.text
fact = g.with_subject(PLACE, NX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
LIST_NOTE = ("size of a national list the region's item entered ({}), part of the list's name "
             "(as 世界旅游联盟50个典型案例 in wr_ningxia_2025), not a count of the region")
QV_NOTE = "“四水四定” (water resources fix cities, land, population and production), " + \
          LABEL_NOTE

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The whole excerpt lies in part 一、2024年工作回顾 (source line 7, outside it).  Line 2 names
# 全年 before its growth rates (explicit, 2024).  The other lines state no period before
# their numbers (明年 in line 4 names when the 一山一河 lines will be finished, no number
# follows it): they take the review year as section frame (SPEC §4) with the excerpt's own
# name of that year, 全年, as period text and null in period_alts — exactly as
# wr_ningxia_2025 / wr_ningxia_2025_b.  Stocks (累计 totals, completion and coverage rates of
# a stock, built areas, the scale of networks in place, ranks of stocks) → instant
# 2024-12-31 with the year and null as alts; rates and ranks of the year's performance → the
# year with the year-end instant as alt (LEVEL).  Streaks (连续8年, 连续两年) end in the
# review year: the year as gold, the streak's own span as alt.
Y24 = P("全年", "2024-01-01", "2024-12-31")
Y24_NULL = P("全年", None, None)
Y24_END = P("全年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
FRAME_NOTE = ("the line states no period: section frame 2024 (part 一、2024年工作回顾; period "
              "text 全年 as in wr_ningxia_2025), null as alt")


# ---- line 1 (source 17): 深化改革取得新成效 -------------------------------------------------------
g.neg("“六权”改革", "六权", LABEL_NOTE + " (“六权”改革: reform of six kinds of resource "
      "rights)")
g.neg("农村集体“三资”管理", "三资", LABEL_NOTE + " (“三资”: collective funds, assets and "
      "resources)")
fact("等25项改革经验", "25项", value=25, unit="count", kind="count", classifier="项",
     metric="在全国交流推广的改革经验",
     metric_alts=["改革经验", "全国交流推广改革经验", "交流推广的改革经验", "改革经验数量",
                  "在全国交流推广改革经验"], **FLOW,
     note="practices promoted nationally in 2024 (the predicate defines the counted set → "
          "metric); " + FRAME_NOTE)
fact("总体完成率达76%", "76%", value=76, unit="%", kind="share",
     metric="区属国企改革总体完成率",
     metric_alts=["国企改革总体完成率", "国企改革完成率", "区属国企改革完成率",
                  "国企改革深化提升行动完成率"], **STOCK,
     note="达 → eq; completion rate of a multi-year reform task (cumulative) at year end → "
          + STOCK_NOTE)
g.neg("“综合查一次”", "一次", LABEL_NOTE + " (reform name 涉企“综合查一次” 'one combined "
      "inspection'), not a count")
fact("4个县乡土地", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="土地二轮延包全国试点县乡",
     metric_alts=["县乡", "进入全国试点的县乡", "二轮延包试点县乡", "土地二轮延包试点县乡",
                  "土地二轮延包试点", "试点县乡数量"], **FLOW,
     note="the counties/townships admitted in 2024 to the national pilot of the second-round "
          "land-contract extension; " + FRAME_NOTE)
g.neg("县乡土地二轮延包", "二轮", "policy label 二轮延包 (the extension of the second round of "
      "land contracts), not a count")
g.neg("“高效办成一件事”", "一件事", "reform name “高效办成一件事”, not a count (as "
      "wr_beijing_2025)")
fact("“高效办成一件事”21项", "21项", value=21, unit="count", kind="count", classifier="项",
     metric="“高效办成一件事”重点任务",
     metric_alts=["高效办成一件事重点任务", "重点任务", "“高效办成一件事”重点任务数量",
                  "落地的重点任务"], **FLOW, note="tasks implemented in 2024; " + FRAME_NOTE)
g.neg("退休“一件事”", "一件事", "service name 退休“一件事” (one-stop retirement service), not "
      "a count")
fact("等3项经验入选", "3项", value=3, unit="count", kind="count", classifier="项",
     metric="入选国务院优秀案例的经验",
     metric_alts=["经验", "入选国务院优秀案例经验", "国务院优秀案例", "入选经验",
                  "国务院优秀案例经验数量"], **FLOW, note="selected in 2024; " + FRAME_NOTE)
fact("综合指数西北第一", "第一", value=1, unit="rank", kind="rank", scope="西北",
     metric="掌上好办综合指数",
     metric_alts=["掌上好办综合指数排名", "掌上好办指数", "掌上好办"], **LEVEL,
     note="rank among the north-western provinces (scope 西北) of the year's index; "
          "year-end instant as alt; " + FRAME_NOTE)

# ---- line 2 (source 18): 扩大开放取得新进展 -------------------------------------------------------
TRAV_NOTE = ("全年 (= 2024) stands before the rates (explicit); 分别: 铁路旅客发送量 ↔ 8.7%, "
             "民航旅客吞吐量 ↔ 16.5%")
fact("分别增长8.7%", "8.7%", value=8.7, unit="%", kind="growth", metric="铁路旅客发送量",
     metric_alts=["铁路旅客发送", "铁路客运量", "铁路旅客发送人次"], comparison="yoy",
     **FLOW, note=TRAV_NOTE)
fact("8.7%、16.5%", "16.5%", value=16.5, unit="%", kind="growth", metric="民航旅客吞吐量",
     metric_alts=["民航旅客吞吐", "机场旅客吞吐量", "航空旅客吞吐量"], comparison="yoy",
     **FLOW, note=TRAV_NOTE)
TRAIN = ["开行铁海联运图定班列", "铁海联运班列", "图定班列", "铁海联运图定班列开行列数",
         "铁海联运图定班列数量"]
fact("图定班列184列", "184列", value=184, unit="count", kind="count", classifier="列",
     metric="铁海联运图定班列", metric_alts=TRAIN, **FLOW,
     note="trains run in 2024 (列 is the measure word); 全年 earlier in the line governs")
fact("居西北第二", "第二", value=2, unit="rank", kind="rank", scope="西北",
     metric="铁海联运图定班列",
     metric_alts=TRAIN + ["铁海联运图定班列排名", "开行铁海联运图定班列数量"], **FLOW,
     note="rank of the year's number of trains among the north-western provinces (scope 西北)")
g.neg("国际公路运输零的突破", "零", "idiom 零的突破 'a first (breaking zero)', not a quantity "
      "(as wr_hebei_2025)")
fact("签约项目投资3200多亿元", "3200多亿元", value=3200e8, unit="CNY", kind="amount",
     bound="gt", metric="签约项目投资",
     metric_alts=["签约项目投资额", "签约投资", "签约项目", "签约项目总投资",
                  "系列重要活动签约项目投资"], **FLOW,
     note="多 inside the span → gt; investment of the projects signed at the 2024 events")
fact("新设外资企业23家", "23家", value=23, unit="count", kind="count", classifier="家",
     metric="新设外资企业",
     metric_alts=new("外资企业", "新设立外资企业", "新设外资企业数量"), **FLOW,
     note="firms set up in 2024; 增量 alts (README §3)")

# ---- line 3 (source 19): heading （三） ---------------------------------------------------------
g.neg("（三）坚持生态优先", "（三）", MARKER_NOTE)

# ---- line 4 (source 20): “四水四定”走在全国前列 --------------------------------------------------
g.neg("“四水四定”走在全国前列", "四水四定", QV_NOTE)
g.neg("首次召开", "首次", "first-time claim 首次, not a rank or count")
g.neg("召开“四水四定”推进大会", "四水四定", QV_NOTE)
fact("100项重点水利工程项目", "100项", value=100, unit="count", kind="count",
     classifier="项", metric="重点水利工程项目",
     metric_alts=["开工重点水利工程项目", "重点水利工程", "水利工程项目", "重点水利工程项目数量",
                  "全部开工的重点水利工程项目"], **FLOW,
     note="all 100 started in 2024 (全部开工); " + FRAME_NOTE)
fact("“十个全国第一”", "十个", value=10, unit="count", kind="count", classifier="个",
     metric="全国第一成果",
     metric_alts=["“十个全国第一”成果", "十个全国第一", "全国第一", "全国第一成果数量",
                  "水利全国第一成果", "“十个全国第一”"], **STOCK,
     note="judgement call: “十个全国第一” sums up ten water-management achievements that "
          "rank first nationally (consolidated in 2024): annotated as the count of those "
          "achievements (as “四个翻番” in wr_ningxia_2025); a label reading (negative) is the "
          "alternative; achievements held (巩固提升) → " + STOCK_NOTE + "; 第一 inside the label "
          "has its own negative")
g.neg("“十个全国第一”", "第一", "rank word inside the quoted label “十个全国第一” (the "
      "achievements counted by 十个), not a rank fact of its own: no single indicator is "
      "ranked")
g.neg("河道治理三期工程", "三期", PHASE_NOTE.format("三期 (third phase of the river works)"))
g.neg("“一山一河”", "一山一河", LABEL_NOTE + " (“一山一河”: 贺兰山 and 黄河, the two flood-"
      "safety lines)")
g.neg("“一山一河”两条", "两条", "judgement call: appositive 两条 restating the label 一山一河 "
      "(the 贺兰山 and 黄河 safety lines, just named), not a quantity claim (as 工伤四项保险 in "
      "wr_ningxia_2025_b); they are still being built (将于明年全面建成)")
g.neg("万元GDP和工业增加值用水量", "万元", "per-10,000-yuan basis inside the metric name "
      "万元GDP用水量 (water use per 10,000 yuan of GDP), not an amount (as 每万人口 in "
      "wr_anhui_2025)")
g.neg("提前完成“十四五”目标", "十四五", "plan label 十四五 (SPEC §1)")
fact("水质连续8年", "8年", value=8, unit="year", kind="amount",
     metric="黄河干流宁夏段水质保持Ⅱ类进出持续时间",
     metric_alts=["黄河干流宁夏段水质连续保持Ⅱ类进出", "水质保持Ⅱ类进出持续时间",
                  "黄河干流宁夏段水质保持Ⅱ类进出年数", "黄河干流水质保持Ⅱ类进出持续时间",
                  "黄河干流宁夏段水质", "水质", "持续时间"],
     subject_alts=NX_ALTS + ["黄河干流宁夏段", "黄河宁夏段", "黄河干流"],
     period=Y24, period_alts=[Y24_NULL, P("连续8年", "2017-01-01", "2024-12-31")],
     note="length of the streak 连续8年 (a duration, unit year), as 连续5年 in "
          "wr_neimenggu_2025_c — judgement call; the river section is in the region → subject "
          "the region, the section as alt; the streak ends in the review year (alt 2017-2024)")
g.neg("保持Ⅱ类进出", "Ⅱ类", "water-quality class label (Ⅱ类), not a quantity (as "
      "wr_neimenggu_2025_c)")
g.neg("全国基层治水十大经验", "十大", LIST_NOTE.format("全国基层治水十大经验"))
g.neg("成为全国十大样板", "十大", LIST_NOTE.format("全国十大样板"))

# ---- line 5 (source 21): 生态保护修复全面推进 -----------------------------------------------------
fact("攻坚战总任务的42%", "42%", value=42, unit="%", kind="share",
     metric="黄河“几字弯”攻坚战总任务完成比例",
     metric_alts=["攻坚战总任务完成比例", "完成攻坚战总任务比例", "攻坚战总任务完成率",
                  "累计完成攻坚战总任务", "黄河几字弯攻坚战总任务完成比例",
                  "“几字弯”攻坚战总任务完成比例", "完成攻坚战总任务的比例"], **STOCK,
     note="累计完成…总任务的42%: the cumulative share of the campaign's total task done (as "
          "完成年度目标任务的113% → share in wr_neimenggu_2025_c); 累计 → " + STOCK_NOTE)
fact("督查考核全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="国家林长制督查考核",
     metric_alts=["林长制督查考核", "国家林长制督查考核排名", "林长制考核"], **FLOW,
     note="rank of the region in the national assessment of 2024 (scope 全国); " + FRAME_NOTE)
g.neg("206个“三山”", "三山", LABEL_NOTE + " (“三山”: 贺兰山, 六盘山, 罗山)")
fact("全国第一。206个", "206个", value=206, unit="count", kind="count", classifier="个",
     metric="“三山”生态保护修复项目",
     metric_alts=["三山生态保护修复项目", "生态保护修复项目", "“三山”生态保护修复项目数量",
                  "落地实施的“三山”生态保护修复项目"], **FLOW,
     note="projects put in place in 2024 (落地实施); " + FRAME_NOTE)
g.neg("西北唯一联合国", "唯一", "first-of-kind claim 唯一 ('the only one'), not a measured "
      "count (as wr_jiangxi_2025_b)")
fact("宁夏的两条全球", "两条", value=2, unit="count", kind="count", classifier="条",
     metric="经过宁夏的全球候鸟迁徙通道",
     metric_alts=["全球候鸟迁徙通道", "候鸟迁徙通道", "全球候鸟迁徙通道数量",
                  "经过宁夏的候鸟迁徙通道"], **STOCK,
     note="the global bird-migration flyways crossing the region (a standing fact, a stock): "
          + STOCK_NOTE)
fact("野生鸟类达到110余种", "110余种", value=110, unit="count", kind="count",
     classifier="种", bound="gt", metric="野生鸟类",
     metric_alts=["野生鸟类种类", "野生鸟类物种", "鸟类种类", "野生鸟类种数",
                  "候鸟迁徙通道野生鸟类"],
     subject_alts=NX_ALTS + ["两条全球候鸟迁徙通道", "全球候鸟迁徙通道"], **STOCK,
     note="余 inside the span → gt; the species recorded along the two flyways through the "
          "region (a stock of species at year end): " + STOCK_NOTE)

# ---- line 6 (source 22): 环境综合治理成效显著 -----------------------------------------------------
g.neg("首次覆盖山水林田湖草沙", "首次", "first-time claim 首次, not a rank or count")
fact("集中整改各类问题1600多个", "1600多个", value=1600, unit="count", kind="count",
     classifier="个", bound="gt", metric="整改问题",
     metric_alts=["集中整改问题", "各类问题", "整改各类问题", "集中整改各类问题", "问题",
                  "整改问题数量"], **FLOW, note="多 inside the span → gt; " + FRAME_NOTE)
fact("优良天数比例达83%以上", "83%", value=83, unit="%", kind="share", bound="ge",
     metric="空气质量优良天数比例",
     metric_alts=["优良天数比例", "空气优良天数比例", "空气质量优良率"], **FLOW,
     note="达…以上 → ge (outside the span); the year's share of good days; " + FRAME_NOTE)
fact("水质优良比例达95%", "95%", value=95, unit="%", kind="share",
     metric="地表水国控断面水质优良比例",
     metric_alts=["国控断面水质优良比例", "地表水水质优良比例", "水质优良比例",
                  "地表水国控断面水质优良率", "地表水国控断面优良水体比例"], **FLOW,
     note="达 → eq; the year's assessment → the year")
g.neg("“第一单”", "第一单", "first-of-kind claim “第一单” ('the first deal'), not a rank or "
      "count (as 首单 in other golds)")
fact("考核连续两年获得优秀等次", "两年", value=2, unit="year", kind="amount",
     metric="污染防治攻坚战考核获得优秀等次持续时间",
     metric_alts=["污染防治攻坚战考核连续获得优秀等次", "污染防治攻坚战考核优秀持续时间",
                  "污染防治攻坚战考核获得优秀等次年数", "连续获得优秀等次", "污染防治攻坚战考核",
                  "持续时间"],
     period=Y24, period_alts=[Y24_NULL, P("连续两年", "2023-01-01", "2024-12-31")],
     note="length of the streak 连续两年 (a duration, unit year, as 连续两年 in "
          "wr_ningxia_2025) — judgement call; the streak ends in the review year (alt "
          "2023-2024)")
g.neg("特别是“四水四定”", "四水四定", QV_NOTE)
fact("监测体系3个案例", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="入选全国干部学习培训教材的案例",
     metric_alts=["案例", "入选全国干部学习培训教材案例", "入选案例", "入选教材的案例",
                  "案例数量"], **FLOW,
     note="the three cases just named (“四水四定”创新实践、新能源示范区建设、林草碳汇计量监测"
          "体系), selected in 2024: a count (as 六盘山和贺兰山两个实验室 in wr_ningxia_2025); "
          + FRAME_NOTE)
g.neg("全国首个“纯绿电小镇”", "首个", FIRST_NOTE)
fact("新技术3项成果", "3项", value=3, unit="count", kind="count", classifier="项",
     metric="在联合国气候变化大会、防治荒漠化大会上交流的成果",
     metric_alts=["成果", "交流成果", "在联合国大会上交流的成果", "在联合国会议上交流经验的成果",
                  "成果数量"], **FLOW,
     note="the three results just named, presented at the 2024 UN conferences; " + FRAME_NOTE)

# ---- line 7 (source 23): heading （四） ---------------------------------------------------------
g.neg("（四）统筹城乡发展", "（四）", MARKER_NOTE)
g.neg("“五市一地”", "五市一地", LABEL_NOTE + " (“五市一地”: the five cities and the 宁东 base), "
      "not a count fact")

# ---- line 8 (source 24): 乡村全面振兴扎实推进 -----------------------------------------------------
fact("高标准农田达1100万亩", "1100万亩", value=1100e4, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["高标准农田面积", "高标准农田建设面积", "累计建成高标准农田",
                  "高标准农田总面积"], **STOCK,
     note="达 → eq; 亩 stays mu (SPEC §3); the area built so far (a stock): " + STOCK_NOTE)
GRAIN = ["粮食产量", "粮食", "粮食总产"]
fact("粮食总产量达77亿斤", "77亿斤", value=77e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产量", metric_alts=GRAIN, **FLOW,
     note="达 → eq; 斤 = 0.0005 t (SPEC §3): 77亿斤 = 3,850,000 t; the year's harvest; "
          + FRAME_NOTE)
g.neg("总产、单产", "单产", "lexicalized 单产 ('yield per unit of area'), not a quantity")
fact("“三个增长”", "三个", value=3, unit="count", kind="count", classifier="个",
     metric="实现增长的粮食指标",
     metric_alts=["三个增长", "增长", "播种面积、总产、单产增长", "增长指标", "实现增长的指标",
                  "播种面积、总产、单产"], **FLOW,
     note="judgement call: “三个增长” sums up three increases (播种面积, 总产, 单产 each grew in "
          "2024): the count of indicators that grew, as “四个翻番” in wr_ningxia_2025; a label "
          "reading (negative) is the alternative")
fact("两个品种", "两个", value=2, unit="count", kind="count", classifier="个",
     metric="荣获“双第一”的品种",
     metric_alts=["品种", "获奖品种", "荣获双第一的品种", "品种数量", "“宁夏大米”、“宁夏小麦”"],
     **FLOW,
     note="judgement call: 两个 after two names (“宁夏大米”、“宁夏小麦”) — the count of the "
          "varieties awarded in 2024, as 六盘山和贺兰山两个实验室 in wr_ningxia_2025; an "
          "appositive reading (negative) is the alternative")
g.neg("荣获“双第一”", "双第一", "award label “双第一” (both varieties won first prize), not a "
      "measured rank (as 一等奖 in wr_ningxia_2025)")
PARK_NOTE = "累计创建: a cumulative total (stock rule) → " + STOCK_NOTE
fact("现代农业产业园11个", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="国家级产业集群和现代农业产业园",
     metric_alts=["国家级产业集群和现代农业产业园数量", "累计创建国家级产业集群和现代农业产业园",
                  "国家级产业集群", "现代农业产业园", "国家级现代农业产业园",
                  "国家级产业集群和国家现代农业产业园"], **STOCK, note=PARK_NOTE)
fact("农业产业强镇19个", "19个", value=19, unit="count", kind="count", classifier="个",
     metric="农业产业强镇",
     metric_alts=["农业产业强镇数量", "累计创建农业产业强镇", "国家农业产业强镇"], **STOCK,
     note="verb 累计创建 shared; " + PARK_NOTE)
MINNING = NX_ALTS + ["闽宁产业园", "12个闽宁产业园", "闽宁协作"]
fact("12个闽宁产业园", "12个", value=12, unit="count", kind="count", classifier="个",
     metric="闽宁产业园",
     metric_alts=["闽宁产业园数量", "闽宁协作产业园", "产业园"], **STOCK,
     note="judgement call: the number of the 闽宁 parks, stated as the set the firms settled "
          "in (as 89个开发区 in wr_yunnan_2025); a stock → " + STOCK_NOTE)
fact("新入驻企业154家", "154家", value=154, unit="count", kind="count", classifier="家",
     metric="闽宁产业园新入驻企业",
     metric_alts=new("新入驻企业", "入驻企业", "闽宁产业园入驻企业"), subject_alts=MINNING,
     **FLOW,
     note="firms that settled in the parks in 2024; the region keeps the subject (the parks "
          "as alt); " + FRAME_NOTE)
fact("定点帮扶项目156个", "156个", value=156, unit="count", kind="count", classifier="个",
     metric="定点帮扶项目",
     metric_alts=["中央单位定点帮扶项目", "实施定点帮扶项目", "中央单位实施定点帮扶项目",
                  "定点帮扶项目数量"], subject_alts=NX_ALTS + ["中央单位"], **FLOW,
     note="projects carried out in the region in 2024 by the central agencies; the region "
          "keeps the subject (中央单位 as alt, judgement call)")

# ---- line 9 (source 25): 城乡建设水平不断提高 -----------------------------------------------------
g.neg("“四类管线”", "四类", LABEL_NOTE + " (“四类管线”: the four kinds of urban pipelines), "
      "part of the metric")
fact("更新改造完成80%", "80%", value=80, unit="%", kind="share",
     metric="“四类管线”更新改造完成比例",
     metric_alts=["四类管线更新改造完成比例", "“四类管线”更新改造完成率", "更新改造完成比例",
                  "“四类管线”更新改造", "四类管线更新改造完成率", "管线更新改造完成比例"],
     **STOCK,
     note="judgement call: the share of the renewal task completed (cumulative, as 累计完成…"
          "42%) → " + STOCK_NOTE)
g.neg("每万人拥有高速公路", "万人", "per-10,000-people basis inside the metric name "
      "每万人拥有高速公路里程, not a count (as 每万人口 in wr_anhui_2025)")
fact("高速公路里程全国第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
     metric="每万人拥有高速公路里程",
     metric_alts=["万人拥有高速公路里程", "每万人高速公路里程", "人均高速公路里程",
                  "每万人拥有高速公路里程排名", "高速公路里程"], **STOCK,
     note="rank among the provinces (scope 全国) of a network in place (a stock): "
          + STOCK_NOTE)
fact("新能源车替代率达100%", "100%", value=100, unit="%", kind="share",
     metric="城市公交新能源车替代率",
     metric_alts=["公交新能源车替代率", "新能源车替代率", "城市公交新能源车占比",
                  "城市公交车新能源替代率"], **STOCK,
     note="达 → eq; share of the bus fleet (a stock) → " + STOCK_NOTE)
g.neg("“四个放开”", "四个放开", LABEL_NOTE + " (户籍制度“四个放开”, the name of the reform "
      "of household registration), not a count fact")
fact("新增1.8万农业转移人口", "1.8万", value=18000, unit="count", kind="count",
     classifier="人", metric="在城镇安家落户的农业转移人口",
     metric_alts=new("农业转移人口", "新增农业转移人口", "在城镇落户的农业转移人口",
                     "农业转移人口落户", "城镇落户农业转移人口"), **FLOW,
     note="新增 N: people newly settled in towns in 2024 (增量 alts, README §3); no measure "
          "word → classifier 人")
fact("续建重点小城镇13个", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="重点小城镇",
     metric_alts=["续建重点小城镇", "重点小城镇数量", "续建重点小城镇数量", "小城镇"], **FLOW,
     note="towns whose construction continued in 2024; " + FRAME_NOTE)
fact("美丽宜居村庄100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="美丽宜居村庄",
     metric_alts=["建设美丽宜居村庄", "美丽宜居村庄数量", "高质量建设美丽宜居村庄",
                  "宜居村庄"], **FLOW, note="villages built in 2024; " + FRAME_NOTE)
WATER_NOTE = ("分别: 农村自来水普及率 ↔ 98%, 规模化供水工程覆盖率 ↔ 92%; 达 → eq; coverage "
              "rates of a stock (the supply network) → " + STOCK_NOTE)
fact("分别达98%", "98%", value=98, unit="%", kind="share", metric="农村自来水普及率",
     metric_alts=["自来水普及率", "农村自来水普及程度"], **STOCK, note=WATER_NOTE)
fact("98%和92%", "92%", value=92, unit="%", kind="share", metric="规模化供水工程覆盖率",
     metric_alts=["规模化供水覆盖率", "农村规模化供水工程覆盖率", "规模化供水工程覆盖比例"],
     **STOCK, note=WATER_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_ningxia_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range was "
    "given by the brief (it imitates how test excerpts are cut). HELD OUT (corpora/heldout/). "
    "It lies in part 一、2024年工作回顾 (the review of 2024): the two paragraphs of review item "
    "（二）强化改革开放 (深化改革取得新成效, 扩大开放取得新进展; the item's heading, source line "
    "16, lies just before), review item （三）坚持生态优先 in full (“四水四定”走在全国前列, 生态"
    "保护修复全面推进, 环境综合治理成效显著) and review item （四）统筹城乡发展 in full (乡村全面"
    "振兴扎实推进, 城乡建设水平不断提高). Lines 10-15, 26-33 and 35-44 are annotated in "
    "wr_ningxia_2025, wr_ningxia_2025_b and wr_ningxia_2025_c (no overlap). Title, source line "
    "and dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-19, the delivery date in the report's header (source line 3: "
    "——2025年1月19日在宁夏回族自治区第十三届人民代表大会第三次会议上); the corpus meta agrees "
    "(its source line reads 来源：青海日报). Place: 宁夏回族自治区 (宁夏, 全区, 我区, 自治区 → "
    "alts); the 黄河干流宁夏段 (streak), the 闽宁 parks (154家), 中央单位 (156个) and the "
    "flyways (110余种) as subject alts only. Periods: 全年 (= 2024) before the transport "
    "growth rates of line 2 (explicit); the other lines state no period and take the review "
    "year as section frame with the excerpt's own name of it, 全年, as period text and null "
    "as alt (as wr_ningxia_2025/_b). Stocks (区属国企改革完成率, “十个全国第一”, 累计完成42%, "
    "flyways and bird species, 高标准农田 1100万亩, 累计创建 parks and towns, 12个闽宁产业园, "
    "四类管线 80%, the 每万人 expressway rank, 公交替代率, water coverage rates) → instant "
    "2024-12-31 with the year and null as alts; streaks (连续8年, 连续两年) → durations, the "
    "year as gold and the streak's span as alt. Modality: actual throughout (no 预计 or "
    "target in the excerpt). Units: 亿元 1e8; 万亩 → mu; 亿斤 × 1e8 × 0.0005 t; 连续8年 → 8 "
    "year. Judgement calls: “十个全国第一” and “三个增长” → counts (as “四个翻番” in "
    "wr_ningxia_2025), the 第一 inside the label a negative; “一山一河”两条 → appositive "
    "(negative), but 两个品种 (after two names), 3个案例 and 3项成果 → counts; 12个闽宁产业园 a "
    "count fact; 四类管线 80% → a cumulative completion share (stock); 76% 国企改革完成率 → stock; "
    "万元 (万元GDP用水量) and 万人 (每万人拥有) → per-unit bases inside metric names "
    "(negatives); 十大 ×2 → list names (negatives). Negatives: 六权, 三资, 一次 (综合查一次), "
    "二轮, 一件事 ×2, 零 (零的突破), （三）, 四水四定 ×3, 首次 ×2, 第一 (label), 三期, 一山一河, "
    "两条 (appositive), 万元, 十四五, Ⅱ类, 十大 ×2, 三山, 唯一, 第一单, 首个, （四）, 五市一地, "
    "单产, 双第一, 四类, 万人, 四个放开. Lexicalized, not listed: 一体化 (一体化保护), 单位 "
    "(中央单位).")

g.write(date=REF, source=f"shared/texts/work_report/wr_ningxia_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
