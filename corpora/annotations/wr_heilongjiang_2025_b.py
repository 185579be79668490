"""Gold annotations for wr_heilongjiang_2025_b (2025年黑龙江省政府工作报告, second excerpt of the
2024 review), lines 13-16 of shared/texts/work_report/wr_heilongjiang_2025.txt.

The excerpt corpora/wr_heilongjiang_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items 四是 (culture and tourism: inbound
visitors, events, air routes, the winter games), 五是 (reform and opening: private firms,
standards, business environment, loans, trade, ports), 六是 (ecology: afforestation,
grassland, water, coal power, renewables, energy intensity) and 七是 (livelihoods: jobs,
welfare, schools, care beds, housing, pipes, heating, safety, petitions) in full.  Lines
1-11 are annotated in wr_heilongjiang_2025 (no overlap).  Lines 13-16 make 2,427 characters
and start at the heading of item 四是; they are the densest run of the report (53 Arabic
numbers); line 12 (the end of 三是, 218 characters) would push lines 12-16 to 2,646, and
the 2025 part (lines 21-76) is far sparser.  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_heilongjiang_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_heilongjiang_2025_b"
PLACE = "黑龙江省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_heilongjiang_2025.txt"
FIRST, LAST = 13, 16                    # 1-based, inclusive, whole lines
TITLE = "2025年黑龙江省政府工作报告"
HLJ_ALTS = ["黑龙江", "全省", "龙江", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="四是践行“绿水青山就是金山银山", ends="社会治安综合治理水平不断提高。")
text = g.text
fact = g.with_subject(PLACE, HLJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
EDITION_NOTE = "edition / round label ({}), not a count"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
TIER_NOTE = ("tier label {} (a group or grade, as 第一方阵 in wr_anhui_2025), not a ranked "
             "position")

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The excerpt lies inside part 一、2024年工作回顾 (heading on source line 5, outside the
# excerpt): the review of 2024.  No line of the excerpt states a period of its own (较上年 is
# a comparison basis, 近6年 the window of a record, 年度目标任务 no period), so every fact
# takes the section frame 2024-01-01..2024-12-31 (SPEC §4), null as alt, with the heading's
# period text 2024年 (as wr_heilongjiang_2025 for its lines 7, 9, 10; that surface is not in
# this excerpt — period text is not scored, start/end are; as wr_hebei_2025_b).  Stocks
# (累计建成装机 shares, 增至/达/达到 of registers and capacities, coverage areas) are the
# instant 2024-12-31 with the year and null as alts; growths of a stock (贷款余额, 民营企业数量)
# and levels of the year → the year, with null and the year end as alts.  Streaks (连续三年)
# end in the review year: the year as gold, the streak's own span as alt.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
LEVEL_NOTE = ("a level or the growth of a stock over the year: the review year 2024, null and "
              "the year-end instant in period_alts")


# ==== line 1 (source 13): 四是 culture and tourism =============================================
g.neg("四是践行", "四是", MARKER_NOTE)
g.neg("东北地区唯一测试基地", "唯一", "'the only (test base in the Northeast)': an "
      "only-of-kind claim (as 唯一 in cm_qiandongnan_2016), not a measured count or rank")
g.neg("国家5A级旅游景区", "5A级", "A-grade class label 5A级 (the scenic area's grade, as "
      "cm_qiandongnan_2023), not a quantity")
INB = ["入境游客", "入境游客人次", "东南亚、日韩、欧美入境游客人次", "入境游客人数",
       "东南亚、日韩、欧美入境游客数量"]
fact("入境游客超120万人次", "120万人次", value=1.2e6, unit="count", kind="count",
     classifier="人次", bound="gt", metric="东南亚、日韩、欧美入境游客", metric_alts=INB,
     **FLOW, note="超 → gt (outside the span); 人次 is a classifier (SPEC §3); the year's "
                  "visitors (a flow)")
fact("120万人次，增长95.4%", "95.4%", value=95.4, unit="%", kind="growth",
     metric="东南亚、日韩、欧美入境游客", metric_alts=INB, comparison="yoy", **FLOW,
     note="the level and its growth share the metric (README §3)")
fact("特色文旅活动2万余场", "2万余场", value=20000, unit="count", kind="count",
     classifier="场", bound="gt", metric="特色文旅活动",
     metric_alts=["文旅活动", "举办特色文旅活动", "特色文旅活动场次", "特色文旅活动数量",
                  "中俄文化大集等特色文旅活动"], **FLOW,
     note="余 inside the span → gt")
fact("演出活动增长92%", "92%", value=92, unit="%", kind="growth", metric="营业性演出活动",
     metric_alts=["营业性演出", "营业性演出活动场次", "营业性演出场次", "营业性演出活动数量"],
     comparison="yoy", **FLOW)
fact("跨省观演率超50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="跨省观演率", metric_alts=["跨省观演比例", "跨省观众比例", "外省观众占比"],
     **FLOW, note="a rate (share of the audience from other provinces) → share; 超 → gt")
TOUR_NOTE = "分别: 接待游客数量 ↔ 29.1%, 游客总花费 ↔ 67.1%"
fact("分别增长29.1%", "29.1%", value=29.1, unit="%", kind="growth", metric="接待游客数量",
     metric_alts=["游客数量", "接待游客", "接待游客人次", "游客接待量", "接待游客人数"],
     comparison="yoy", **FLOW, note=TOUR_NOTE)
fact("29.1%、67.1%", "67.1%", value=67.1, unit="%", kind="growth", metric="游客总花费",
     metric_alts=["旅游总花费", "游客花费", "旅游花费", "游客总消费"], comparison="yoy",
     **FLOW, note=TOUR_NOTE)
g.neg("高端旅游列车首发运营", "首发", "first run (首发 'maiden departure'), not a rank or "
      "count (as wr_fujian_2025)")
fact("新开通11条", "11条", value=11, unit="count", kind="count", classifier="条",
     metric="省内支线机场串飞航线",
     metric_alts=new("省内支线机场串飞航线", "新开通省内支线机场串飞航线", "串飞航线",
                     "支线机场串飞航线"), **FLOW,
     note="routes opened in 2024; 增量 alts (README §3)")
g.neg("第九届亚冬会", "第九届", EDITION_NOTE.format("第九届亚冬会, the 9th Asian Winter "
      "Games"))
WG_ALTS = HLJ_ALTS + ["黑龙江代表团", "黑龙江省代表团"]
fact("连续十四届保持", "十四届", value=14, unit="count", kind="count", classifier="届",
     metric="全国冬运会金牌、奖牌总数第一名连续届数",
     metric_alts=["保持金牌、奖牌总数第一名届数", "全国冬运会连续保持金牌、奖牌总数第一名",
                  "连续保持第一名届数", "全国冬运会届数", "全国冬运会", "连续届数"],
     subject_alts=WG_ALTS, **FLOW,
     note="judgement call: the length of the streak counted in editions (连续十四届 'in 14 "
          "games in a row'; README §2 counts of editions, classifier 届; not a duration, 届 "
          "is no time unit); the 14th national winter games were held in 2024 → the review "
          "year")
fact("奖牌总数第一名", "第一名", value=1, unit="rank", kind="rank", scope="全国冬运会",
     metric="金牌、奖牌总数",
     metric_alts=["全国冬运会金牌、奖牌总数", "金牌总数", "奖牌总数", "金牌和奖牌总数",
                  "金牌、奖牌总数排名"], subject_alts=WG_ALTS, **FLOW,
     note="one rank mention over two indicators (金牌、奖牌总数) → one fact (as 均居第1位 in "
          "wr_yunnan_2025_b); span 第一名 (名 as 位 in 第4位); scope = the national winter "
          "games; the 14th games (2024) → the review year")

# ==== line 2 (source 14): 五是 reform and opening ==============================================
g.neg("五是持续深化", "五是", MARKER_NOTE)
g.neg("一重、哈电等企业", "一重", "company name (中国)一重 (China First Heavy Industries), not a "
      "quantity")
fact("页岩油产量实现倍增", "倍增", value=2, unit="times", kind="ratio", metric="页岩油产量",
     metric_alts=["页岩油", "页岩油产量增长倍数", "大庆油田页岩油产量"],
     subject_alts=HLJ_ALTS + ["大庆油田"], **FLOW,
     note="judgement call: 倍增 'doubled' → the year's output is 2 times the year before: a "
          "multiple, kind ratio 2 times (as 翻一番 in nw_cctv_20160918_heilongjiang_2016, "
          "comparison null for a ratio); no numeral character in the span (a growth +100% "
          "reading is not a second line); the sentence's 大庆油田 as subject alt")
fact("民营企业数量增长6.2%", "6.2%", value=6.2, unit="%", kind="growth",
     metric="民营企业数量",
     metric_alts=["民营企业", "民营企业数", "民营企业户数", "民营经济主体数量"],
     comparison="yoy", **LEVEL, note="growth of a register over the year: " + LEVEL_NOTE)
g.neg("进入“2024中国", "2024", "year in the name of the list “2024中国制造业民营企业500强” (its "
      "2024 edition), not a fact of its own")
g.neg("民营企业500强”", "500强", "class label 500强 (the top-500 list) naming the list the firms "
      "entered, not a measured rank or count (as 国内500强 in nw_cctv_20140802_guangdong_2014)")
g.neg("跃居全国第一档次", "第一档次", TIER_NOTE.format("第一档次 ('the first tier' of the "
      "assessment)"))
fact("，214项填补", "214项", value=214, unit="count", kind="count", classifier="项",
     metric="填补国内国际标准空白成果",
     metric_alts=["填补国内国际标准空白", "填补国内国际标准空白项目", "填补标准空白",
                  "填补标准空白项目", "标准化创新成果", "填补国内国际标准空白的成果"],
     **FLOW,
     note="items of the standardisation pilots that filled gaps in domestic or international "
          "standards in 2024; the predicate defines the counted set (metric)")
g.neg("优化营商环境三年专项行动", "三年", PLAN3_NOTE + " (优化营商环境三年专项行动)")
g.neg("营商环境一级、二级指标", "一级、二级", "grade labels 一级、二级 of the indicators "
      "(first- and second-level indicators of the assessment), part of the share's metric, "
      "not quantities (README span: one negative over the list, as 二十届二中、三中全会)")
fact("指标中超七成达到", "七成", value=70, unit="%", kind="share", bound="gt",
     metric="营商环境一级、二级指标达到国内一流比例",
     metric_alts=["营商环境指标达到国内一流比例", "达到国内一流的指标占比",
                  "营商环境一级、二级指标中达到国内一流的比重", "达到国内一流指标占比",
                  "营商环境一级、二级指标达到国内一流占比", "达到国内一流比例"],
     **LEVEL,
     note="超七成 → 70 % (SPEC §2), 超 → gt (outside the span); the share of the assessment "
          "of the year: " + LEVEL_NOTE)
g.neg("“高效办成一件事”", "一件事", "reform name “高效办成一件事”, not a count (as "
      "wr_guangdong_2025)")
g.neg("处于全国第一方阵", "第一方阵", TIER_NOTE.format("第一方阵 ('the leading group')"))
fact("贷款余额增长5.5%", "5.5%", value=5.5, unit="%", kind="growth", metric="贷款余额",
     metric_alts=["各项贷款余额", "本外币贷款余额", "金融机构贷款余额", "人民币贷款余额"],
     comparison="yoy", **LEVEL, note="growth of a balance over the year: " + LEVEL_NOTE)
g.neg("新一轮省级", "一轮", "新一轮 'a new round', not a count")
g.neg("省级双稳基金", "双稳", LABEL_NOTE + " (双稳基金, the province's 'double stability' "
      "fund)")
fact("担保贷款达233.2亿元", "233.2亿元", value=233.2e8, unit="CNY", kind="amount",
     metric="省级双稳基金担保贷款",
     metric_alts=["双稳基金担保贷款", "新一轮省级双稳基金担保贷款", "担保贷款",
                  "省级双稳基金担保贷款额", "双稳基金担保贷款规模"],
     **LEVEL,
     note="达 → eq; judgement call: loans guaranteed under the fund's new round, read as the "
          "amount of the review year; the round's running total at year end (stock) is the "
          "alternative (alt)")
PLATFORM = HLJ_ALTS + ["省融资信用征信服务平台", "融资信用征信服务平台"]
fact("发放贷款369亿元", "369亿元", value=369e8, unit="CNY", kind="amount",
     metric="省融资信用征信服务平台发放贷款",
     metric_alts=["发放贷款", "融资信用征信服务平台发放贷款", "平台发放贷款", "贷款发放额",
                  "融资信用服务平台发放贷款"], subject_alts=PLATFORM, **FLOW,
     note="judgement call: loans granted through the province's credit-information platform → "
          "the province keeps the subject, the platform in the metric and as subject alt (as "
          "融信服 in wr_yunnan_2025)")
fact("较上年提高16个百分点", "16个百分点", value=16, unit="pp", kind="change",
     metric="民营企业对营商环境综合评分",
     metric_alts=["营商环境综合评分", "民营企业营商环境综合评分", "营商环境评分",
                  "民营企业对营商环境的综合评分", "综合评分"], comparison="yoy", **FLOW,
     note="提高 N个百分点 against 较上年 → change in pp as written (unit pp; the score's scale "
          "is not stated), comparison yoy")
g.neg("最好的第八届中俄博览会", "第八届", EDITION_NOTE.format("第八届中俄博览会"))
fact("对俄进出口增速高于全国8.3个百分点", "8.3个百分点", value=8.3, unit="pp", kind="change",
     metric="对俄进出口增速",
     metric_alts=["对俄进出口", "对俄罗斯进出口增速", "对俄贸易增速", "对俄进出口增长"],
     comparison="比全国", **FLOW,
     note="pp difference of growth rates against the national rate (高于全国 → basis 比全国, "
          "as wr_heilongjiang_2025 15.9个百分点); metric X增速 (README §3)")
fact("出口增速排名全国第7位", "第7位", value=7, unit="rank", kind="rank", scope="全国",
     metric="出口增速",
     metric_alts=["出口增速排名", "出口", "货物出口增速", "出口增长"], **FLOW,
     note="rank of the year's growth rate → the year")
g.neg("对“一带一路”共建", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
fact("均实现两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="对“一带一路”共建国家、欧盟、东盟出口",
     metric_alts=["对“一带一路”共建国家出口", "对欧盟出口", "对东盟出口",
                  "对一带一路共建国家、欧盟、东盟出口", "对一带一路共建国家出口", "出口"],
     comparison="yoy", **FLOW,
     note="两位数增长 → growth ≥ 10% (as wr_anhui_2025 / wr_sichuan_2025); one mention over "
          "three markets (均) → one fact, each market as an alt")
EXP_NOTE = "分别: 高新技术产品出口 ↔ 24.3%, 地产品出口 ↔ 24.7%; 出口 shared"
fact("出口分别增长24.3%", "24.3%", value=24.3, unit="%", kind="growth",
     metric="高新技术产品出口",
     metric_alts=["高新技术产品", "高新技术产品出口额", "高新技术产品出口值"], comparison="yoy",
     **FLOW, note=EXP_NOTE + "; the head 出口 restored (README §3)")
fact("24.3%、24.7%", "24.7%", value=24.7, unit="%", kind="growth", metric="地产品出口",
     metric_alts=["地产品", "地产品出口额", "地产品出口值", "本地产品出口"], comparison="yoy",
     **FLOW, note=EXP_NOTE)
fact("高于全国30.6个百分点", "30.6个百分点", value=30.6, unit="pp", kind="change",
     metric="实际利用外资增速",
     metric_alts=["实际利用外资", "实际使用外资增速", "利用外资增速"], comparison="比全国",
     **FLOW, note="pp difference of growth rates against the national rate (比全国)")
fact("国际航线增至19条", "19条", value=19, unit="count", kind="count", classifier="条",
     metric="国际航线",
     metric_alts=["国际航线数量", "国际航线条数", "国际客运航线"], **STOCK,
     note="增至 = the number reached (a stock): " + STOCK_NOTE)
PORT_NOTE = "分别: 口岸货运量 ↔ 13.6%, (口岸)客运量 ↔ 86.6%"
fact("分别增长13.6%", "13.6%", value=13.6, unit="%", kind="growth", metric="口岸货运量",
     metric_alts=["货运量", "口岸货物运输量", "口岸进出境货运量"], comparison="yoy", **FLOW,
     note=PORT_NOTE)
fact("13.6%、86.6%", "86.6%", value=86.6, unit="%", kind="growth", metric="口岸客运量",
     metric_alts=["客运量", "口岸旅客运输量", "口岸出入境客运量", "口岸出入境人员"],
     comparison="yoy", **FLOW, note=PORT_NOTE + "; head 口岸 restored")
fact("自贸试验区两项", "两项", value=2, unit="count", kind="count", classifier="项",
     metric="全国复制推广的制度创新成果",
     metric_alts=["制度创新成果", "自贸试验区制度创新成果", "全国复制推广制度创新成果",
                  "复制推广的制度创新成果", "自贸试验区全国复制推广的制度创新成果"],
     subject_alts=HLJ_ALTS + ["自贸试验区", "黑龙江自贸试验区", "中国（黑龙江）自由贸易试验区"],
     **FLOW,
     note="innovations of the free-trade zone adopted nationwide in 2024; the province keeps "
          "the subject, the zone as alt")

# ==== line 3 (source 15): 六是 ecology ==========================================================
g.neg("六是大力推进", "六是", MARKER_NOTE)
g.neg("完成“三北”等", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity")
fact("建设任务104.2万亩", "104.2万亩", value=104.2e4, unit="mu", kind="amount",
     metric="重大生态工程营造林建设任务",
     metric_alts=["营造林建设任务", "营造林", "营造林面积", "完成营造林建设任务",
                  "“三北”等重大生态工程营造林建设任务", "重大生态工程营造林", "造林面积"],
     **FLOW, note="亩 stays mu; area afforested in 2024 (完成…任务)")
fact("退化草原11.5万亩", "11.5万亩", value=11.5e4, unit="mu", kind="amount",
     metric="修复治理退化草原",
     metric_alts=["退化草原", "退化草原修复治理", "修复治理退化草原面积", "草原修复",
                  "退化草原修复", "退化草原治理"], **FLOW)
fact("历史遗留矿山9.5万亩", "9.5万亩", value=9.5e4, unit="mu", kind="amount",
     metric="修复治理历史遗留矿山",
     metric_alts=["历史遗留矿山", "历史遗留矿山修复治理", "历史遗留矿山修复",
                  "修复治理历史遗留矿山面积", "矿山修复治理"], **FLOW,
     note="verb 修复治理 shared with 退化草原 (restored in the metric)")
fact("超国家考核目标14.8个百分点", "14.8个百分点", value=14.8, unit="pp", kind="change",
     metric="国考断面优良水体比例",
     metric_alts=["优良水体比例", "国考断面优良水体比例超目标", "地表水国考断面优良水体比例",
                  "国考断面水质优良比例"],
     comparison="比国家考核目标", **FLOW,
     note="pp difference of a share against the national target (basis as written, as 比全国 "
          "for national rates); not a growth")
fact("连续三年保持", "三年", value=3, unit="year", kind="amount",
     metric="松花江干流水质保持“优”等级持续时间",
     metric_alts=["松花江干流水质连续保持“优”等级", "松花江干流水质保持优等级持续时间",
                  "水质保持“优”等级年数", "连续保持“优”等级", "松花江干流水质",
                  "水质保持“优”等级持续时间"],
     subject="松花江干流", subject_alts=["松花江", "松花江干流水质", PLACE] + HLJ_ALTS,
     period=Y24, period_alts=[Y24_NULL, P("连续三年", "2022-01-01", "2024-12-31")],
     note="length of the streak 连续三年 (a duration, unit year, as wr_yunnan_2025 连续三年) — "
          "judgement call; the river owns its water quality (the province as alt); the "
          "streak ends in the review year (alt 2022-2024)")
g.neg("第二轮中央环保督察", "第二轮", EDITION_NOTE.format("第二轮 'the second round' of the "
      "central environmental inspection"))
fact("降碳改造100万千瓦", "100万千瓦", value=100e7, unit="W", kind="amount",
     metric="煤电机组节能降碳改造",
     metric_alts=["节能降碳改造", "煤电机组节能降碳改造容量", "完成煤电机组节能降碳改造",
                  "煤电机组节能降碳改造规模"], **FLOW,
     note="万千瓦 = 1e7 W → 1e9 W; capacity of the units retrofitted in 2024")
fact("灵活性改造60万千瓦", "60万千瓦", value=60e7, unit="W", kind="amount",
     metric="煤电机组灵活性改造",
     metric_alts=["灵活性改造", "煤电机组灵活性改造容量", "完成煤电机组灵活性改造",
                  "灵活性改造容量"], **FLOW,
     note="head 煤电机组 and verb 完成 shared; 6e8 W")
fact("占电力总装机57.6%", "57.6%", value=57.6, unit="%", kind="share",
     metric="新能源和可再生能源累计建成装机占电力总装机比重",
     metric_alts=["新能源和可再生能源装机占比", "新能源和可再生能源累计建成装机占比",
                  "新能源和可再生能源装机占电力总装机比重", "可再生能源装机占比",
                  "新能源装机占比", "新能源和可再生能源累计装机占电力总装机比重"],
     **STOCK, note="share of a stock (累计建成装机): " + STOCK_NOTE)
fact("能耗预计下降3.2%", "3.2%", value=-3.2, unit="%", kind="growth",
     metric="单位地区生产总值能耗",
     metric_alts=["单位GDP能耗", "单位生产总值能耗", "万元地区生产总值能耗", "能耗强度",
                  "单位地区生产总值能源消耗"], comparison="yoy", modality="forecast", **FLOW,
     note="预计 → forecast (the year's figure was not final); 下降 → negative")
g.neg("“双碳”领域", "双碳", "label 双碳 (carbon peak and neutrality, README §2)")
g.neg("领域首个国家级", "首个", FIRST_NOTE)

# ==== line 4 (source 16): 七是 livelihoods =====================================================
g.neg("七是坚持以人民", "七是", MARKER_NOTE)
fact("，20件民生实事", "20件", value=20, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["民生实事数量", "完成民生实事", "民生实事件数"], **FLOW,
     note="the 20 projects of 2024, all completed (全部完成)")
fact("城镇新增就业37.7万人", "37.7万人", value=377000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业"], **FLOW)
g.neg("为近6年最高", "近6年", PERIOD_NOTE + " (the window of the record 近6年最高 'the highest "
      "in six years'; no measured value is given; as 6年来最低 in wr_china_2016)")
fact("超目标人数居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="基本医保参保超目标人数",
     metric_alts=["超目标人数", "基本医保参保人数超目标人数", "基本医保参保超额人数",
                  "基本医保参保人数超额完成国家目标任务人数", "超目标人数排名"], **FLOW,
     note="rank of the year's excess over the national enrolment target → the year")
fact("平均提高15.4%", "15.4%", value=15.4, unit="%", kind="growth", metric="最低工资标准",
     metric_alts=["最低工资", "最低工资标准平均", "平均最低工资标准"], comparison="yoy",
     **FLOW, note="提高 X% of a level → growth; 平均 'on average' → eq")
LOW_NOTE = ("分别: 城市低保 ↔ 3%, 农村低保 ↔ 7%; 按 X% 提标 = the standard raised by X% → growth "
            "of the standard")
fact("分别按3%", "3%", value=3, unit="%", kind="growth", metric="城市低保标准",
     metric_alts=["城市低保", "城市最低生活保障标准", "城镇低保标准", "城市居民最低生活保障标准",
                  "城市低保保障标准"], comparison="yoy", **FLOW, note=LOW_NOTE)
fact("3%、7%稳步", "7%", value=7, unit="%", kind="growth", metric="农村低保标准",
     metric_alts=["农村低保", "农村最低生活保障标准", "农村居民最低生活保障标准",
                  "农村低保保障标准"], comparison="yoy", **FLOW, note=LOW_NOTE)
fact("惠及超140万名", "140万名", value=1.4e6, unit="count", kind="count", classifier="名",
     bound="gt", metric="惠及困难群众",
     metric_alts=["困难群众", "低保惠及困难群众", "城乡低保惠及困难群众", "低保对象",
                  "惠及困难群众人数", "城乡低保对象"], **LEVEL,
     note="超 → gt; people covered by the raised allowances in 2024: " + LEVEL_NOTE)
fact("优质学位12.1万个", "12.1万个", value=121000, unit="count", kind="count",
     classifier="个", metric="基础教育优质学位",
     metric_alts=new("优质学位", "扩增优质学位", "基础教育扩增优质学位", "基础教育优质学位增量",
                     "学位"), **FLOW,
     note="places added (扩增) in 2024; 增量 alts (README §3)")
fact("试点学校达100所", "100所", value=100, unit="count", kind="count", classifier="所",
     metric="高中阶段职普融通试点学校",
     metric_alts=["职普融通试点学校", "试点学校", "高中阶段职普融通试点学校数量",
                  "职普融通试点学校数量"], **STOCK,
     note="达 → eq; the pilot schools reached (a register): " + STOCK_NOTE)
fact("提前一年超过", "一年", value=1, unit="year", kind="amount",
     metric="本科专业调整比例超过国家目标提前时间",
     metric_alts=["本科专业调整比例提前超过国家目标", "提前时间", "提前超过国家目标时间",
                  "本科专业调整比例", "本科专业调整提前时间"], **FLOW,
     note="judgement call: 提前一年 'a year ahead of schedule' → a duration fact (unit year, "
          "kind amount), as 提前一年建成 in wr_china_1995 / wr_shanxi_2025")
g.neg("三甲医院实现", "三甲", "hospital grade label 三甲 (三级甲等), not a quantity (as "
      "wr_jiangsu_2025)")
fact("护理型床位达到10万张", "10万张", value=100000, unit="count", kind="count",
     classifier="张", metric="养老机构护理型床位",
     metric_alts=["护理型床位", "养老机构护理型床位数", "护理型床位数", "养老护理型床位"],
     **STOCK, note="达到 = the number reached (beds in place): " + STOCK_NOTE)
g.neg("每千人口拥有", "千人口", "denominator 每千人口 ('per 1,000 people') of the metric, not a "
      "fact (as wr_qinghai_2025)")
g.neg("拥有3岁以下", "3岁", "age threshold 3岁以下 defining the counted places (SPEC §2), part "
      "of the metric, not a fact")
NURSERY = ["每千人口婴幼儿托位数", "婴幼儿托位数", "千人口托位数", "托位数",
           "每千人口拥有婴幼儿托位数", "每千人口3岁以下婴幼儿托位数"]
fact("托位数增长27.8%", "27.8%", value=27.8, unit="%", kind="growth",
     metric="每千人口拥有3岁以下婴幼儿托位数", metric_alts=NURSERY, comparison="yoy",
     **LEVEL, note="growth of a ratio of stocks over the year: " + LEVEL_NOTE)
fact("灾后农房36.9万户", "36.9万户", value=369000, unit="count", kind="count",
     classifier="户", metric="开工改造老旧小区、城中村、农村危房、灾后农房",
     metric_alts=["开工改造", "老旧小区、城中村、农村危房、灾后农房改造",
                  "开工改造老旧小区、城中村、农村危房、灾后农房户数", "改造户数", "开工改造户数",
                  "老旧小区、城中村、农村危房、灾后农房"], **FLOW,
     note="one count over four kinds of housing (one number → one fact); 户 is a classifier")
fact("排水等管网4216公里", "4216公里", value=4216e3, unit="m", kind="amount",
     metric="新建改造供水、燃气、排水等管网",
     metric_alts=["管网", "新建改造管网", "供水、燃气、排水等管网", "管网改造",
                  "新建改造管网长度", "新建改造供水、燃气、排水等管网长度"], **FLOW,
     note="公里 = 1e3 m")
fact("完成20.7万户", "20.7万户", value=207000, unit="count", kind="count", classifier="户",
     metric="高层住户接通管道燃气",
     metric_alts=["接通管道燃气高层住户", "高层住户", "接通管道燃气户数", "管道燃气接通户数",
                  "完成高层住户接通管道燃气", "高层住户接通管道燃气户数"], **FLOW)
fact("覆盖面积2.5亿平方米", "2.5亿平方米", value=2.5e8, unit="m2", kind="amount",
     metric="智慧供热覆盖面积",
     metric_alts=["智慧供热面积", "智慧供热", "智慧供热覆盖"], **STOCK,
     note="亿平方米 = 1e8 m2; the area covered (a stock): " + STOCK_NOTE)
g.neg("治本攻坚三年行动", "三年", PLAN3_NOTE + " (安全生产治本攻坚三年行动)")
ACC_NOTE = "分别: 生产安全事故起数 ↔ −23.8%, 死亡人数 ↔ −22.4%; 下降 → negative"
fact("分别下降23.8%", "23.8%", value=-23.8, unit="%", kind="growth",
     metric="生产安全事故起数",
     metric_alts=["安全生产事故起数", "生产安全事故", "事故起数", "生产安全事故数量"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("23.8%、22.4%", "22.4%", value=-22.4, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "事故死亡人数", "安全生产事故死亡人数"], comparison="yoy",
     **FLOW, note=ACC_NOTE + "; head 生产安全事故 restored")
PET_NOTE = "分别: 信访总量件次 ↔ −40.5%, (信访总量)人次 ↔ −36.6%; 下降 → negative"
fact("分别下降40.5%", "40.5%", value=-40.5, unit="%", kind="growth",
     metric="信访总量件次",
     metric_alts=["信访件次", "信访总量", "信访量件次", "信访总件次"], comparison="yoy",
     **FLOW, note=PET_NOTE)
fact("40.5%、36.6%", "36.6%", value=-36.6, unit="%", kind="growth",
     metric="信访总量人次",
     metric_alts=["信访人次", "信访总量", "信访量人次", "信访总人次"], comparison="yoy",
     **FLOW, note=PET_NOTE + "; head 信访总量 restored")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_heilongjiang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review items 四是 "
    "(特色文化旅游), 五是 (改革开放), 六是 (生态文明) and 七是 (民生保障) in full. Lines 1-11 are "
    "annotated in wr_heilongjiang_2025 (no overlap). It is the densest run of the report "
    "(53 Arabic numbers) and starts at the item heading 四是; adding line 12 (end of 三是) "
    "would pass 2,500 characters. Title, dateline and the heading 一、2024年工作回顾 are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-13, the delivery date in the report's header (source line 3: 2025年1月13日在"
    "黑龙江省第十四届人民代表大会第三次会议上); the corpus meta agrees. Place: 黑龙江省 "
    "(黑龙江, 全省, 龙江, 我省 → alts); 松花江干流 owns its water-quality streak; the "
    "credit platform (369亿元), the FTZ (两项), 大庆油田 (倍增) and the winter-games "
    "delegation are subject alts only. Periods: the excerpt lies in part 一、2024年工作回顾 "
    "and states no period of its own, so every fact takes the review year "
    "2024-01-01..2024-12-31 (SPEC §4) with the heading's period text 2024年 (not in the "
    "excerpt; period text is not scored), null as alt; stocks (国际航线增至19条, 累计建成装机 "
    "share 57.6%, 100所, 10万张, 2.5亿平方米) → instant 2024-12-31 with the year and null "
    "as alts; growths of stocks (贷款余额, 民营企业数量, 托位数), levels of the year "
    "(七成, 233.2亿元, 140万名) → the year with null and year end as alts; 连续三年 → a "
    "duration on the year with the streak 2022-2024 as alt. Modality: actual, except "
    "单位地区生产总值能耗预计下降3.2% → forecast. Units: 万人次/万个/万户/万张/万名 → counts; "
    "万亩 → mu; 万千瓦 1e7 W; 公里 → m; 亿平方米 1e8 m2. Judgement calls: 连续十四届 → count of "
    "editions (届) and 第一名 → rank (scope 全国冬运会), both on 2024 (the 14th games); "
    "倍增 → ratio 2 times (as 翻一番); 两位数增长 → growth ge 10, one fact over three markets; "
    "提前一年 → duration 1 year (as wr_china_1995); 较上年提高16个百分点 (a score) → change in "
    "pp as written; 超国家考核目标14.8个百分点 → change with comparison 比国家考核目标; "
    "第一档次 / 第一方阵 → tier labels (negatives); 2024 / 500强 in the list name → "
    "negatives; 近6年 (近6年最高) → window of a record (negative); 3岁(以下) → threshold. "
    "Negatives: 四是-七是, 唯一, 5A级, 首发, 第九届, 一重, 2024, 500强, 第一档次, 三年 ×2, "
    "一级、二级, 一件事, 第一方阵, 一轮, 双稳, 第八届, 一带一路, 三北, 第二轮, 双碳, 首个, 近6年, "
    "三甲, 千人口, 3岁. Lexicalized, not listed: 一流, 一体化, 单位 (单位地区生产总值).")

g.write(date=REF, source=f"shared/texts/work_report/wr_heilongjiang_2025.txt lines "
        f"{FIRST}–{LAST} (2025年黑龙江省政府工作报告, 来源：黑龙江新闻网)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
