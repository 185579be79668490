"""Gold annotations for wr_china_2015 (2015年中华人民共和国国务院政府工作报告), lines 4-20 of
shared/texts/work_report/wr_china_2015.txt.

The excerpt corpora/wr_china_2015.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the line 过去一年，困难和挑战比预想的大。…主要做了以下工作。
and review items 一是 (targeted macro control: loans to small firms and 三农), 二是 (reform
and opening: transfers, approvals 246项/29项/149项, market entities, FDI and ODI), 三是
(structure: agriculture 十一连增/五连快, capacity, infrastructure, innovation) and 四是
(people's welfare: pensions, housing, 低保, education, health, culture) in full.  The brief
allows source lines 4-40: the headline paragraph of 2014 (line 3) lies outside that range;
line 21 (item 五是) would push the run to 2,477 characters with no fact, and lines 4-19
(2,313) would cut item 四是 before its last paragraph.  The 2015 主要预期目标 (source line
35) can only be reached by runs starting at line 19 or later (lines 19-35: 2,461), mostly
the sparse end of the review (governance, diplomacy, problems, the general requirements),
with about half as many numbers: the excerpt is review only.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2015.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2015"
PLACE = "中国"
REF = "2015-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 4, 20                     # 1-based, inclusive, whole lines
TITLE = "2015年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="过去一年，困难和挑战比预想的大。", ends="成功举办南京青奥会。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院 as alts (as wr_china_2016 / wr_china_2017)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2015-03-05; 去年 = 2014, 今年 = 2015) ---------------------------
# The whole excerpt lies in part 一、2014年工作回顾 (heading on source line 1, outside the
# excerpt).  Its first line names the review year 过去一年 but holds no number.  Numbers
# whose line states no period before them take the review year 2014 (SPEC §4 section
# frame), with the excerpt's own name for it, 过去一年, as period text (as wr_china_2017),
# null in period_alts.  The only explicit period is 全年 in line 6 (国务院各部门全年取消…),
# which governs the rest of that line (2014).  Stocks (运营/通车里程, the share of the world's
# high-speed network, 宽带用户, 医保覆盖面, the number of pilot counties reached) are the
# instant 2014-12-31 with the year and null as alts; growth of loan balances → the year with
# the year-end instant as alt (as M2 in wr_china_2014).  Streaks (十一连增, 五连快, 连续两年)
# end in the review year: the year as gold, the streak's own span as alt (as wr_china_2014
# 十连增, wr_china_2007 连续四年).
Y14 = P("过去一年", "2014-01-01", "2014-12-31")
Y14_NULL = P("过去一年", None, None)
Y14_END = P("过去一年", "2014-12-31", "2014-12-31")
FLOW = dict(period=Y14, period_alts=[Y14_NULL])
STOCK = dict(period=Y14_END, period_alts=[Y14, Y14_NULL])
LEVEL = dict(period=Y14, period_alts=[Y14_NULL, Y14_END])
QY = P("全年", "2014-01-01", "2014-12-31")
FLOW_Q = dict(period=QY, period_alts=[P("全年", None, None)])
FRAME_NOTE = ("no period before it in its line → the review year 2014 (section 一、2014年工作"
              "回顾, period text 过去一年 of the excerpt's first line), null in period_alts")
STOCK_NOTE = ("stock under the review year 2014: instant 2014-12-31 (stock rule); the year "
              "and null in period_alts")
Q_NOTE = "全年 (= 2014) governs the rest of the line"

# ---- line 1 (source 4): 过去一年 (no facts) ------------------------------------------------------
g.neg("过去一年，困难和挑战", "过去一年", PERIOD_NOTE + " (the review year 2014; no number in "
      "its line; the period text of the review facts without a period of their own)")

# ---- line 2 (source 5): 一是 (no facts) ----------------------------------------------------------
g.neg("一是在区间调控", "一是", MARKER_NOTE + " (一是 … 四是)")

# ---- line 3 (source 6): fiscal and monetary policy ----------------------------------------------
g.neg("“三农”贷款", "三农", LABEL_NOTE + " (“三农”: agriculture, rural areas and farmers), part "
      "of the metric, not a count")
LOAN_NOTE = ("分别高 X和Y个百分点: pp differences of growth rates (README §3: <metric>增速), "
             "小微企业 ↔ 4.2, “三农” ↔ 0.7; the unit 个百分点 written once goes with the last "
             "value (README §1: 4.2 bare); comparison = the surface basis 比各项贷款平均增速; "
             "growth of loan balances over 2014 → the year (" + FRAME_NOTE + "), the year-end "
             "instant as alt")
fact("分别高4.2和", "4.2", value=4.2, unit="pp", kind="change", metric="小微企业贷款增速",
     metric_alts=["小微企业贷款", "小微企业贷款余额增速", "小微企业贷款增长", "小微企业贷款余额"],
     comparison="比各项贷款平均增速", **LEVEL, note=LOAN_NOTE)
fact("4.2和0.7个百分点", "0.7个百分点", value=0.7, unit="pp", kind="change",
     metric="“三农”贷款增速",
     metric_alts=["三农贷款增速", "“三农”贷款", "三农贷款", "涉农贷款增速", "涉农贷款",
                  "“三农”贷款余额增速", "“三农”贷款增长"],
     comparison="比各项贷款平均增速", **LEVEL, note=LOAN_NOTE)

# ---- line 4 (source 7): 二是 (no facts) ----------------------------------------------------------
g.neg("二是深化改革开放", "二是", MARKER_NOTE)

# ---- line 5 (source 8): key reforms ---------------------------------------------------------------
gov("比上年减少1/3以上", "1/3", value=-100 / 3, unit="%", kind="growth", bound="ge",
    metric="专项转移支付项目",
    metric_alts=["中央对地方专项转移支付项目", "专项转移支付项目数量",
                 "中央对地方专项转移支付项目数量", "专项转移支付"],
    subject_alts=GOV + CN + ["中央财政"], comparison="yoy", **FLOW,
    note="减少 + fraction → a relative cut of the number of items, kind growth, negative "
         "(as 减少三分之一 in wr_china_2016); 1/3 → 33.33 %; 以上 → ge on the size of the cut "
         "(outside the span, as 减少一半以上 in wr_china_2016); 比上年 → yoy; " + GOV_NOTE +
         "; " + FRAME_NOTE + ". Known false alarm: the shared check_gold.py reads 1/3 as 1")

# ---- line 6 (source 9): 简政放权, 商事制度 -------------------------------------------------------
GOV_DEPTS = GOV + CN + ["国务院各部门"]
gov("全年取消和下放246项", "246项", value=246, unit="count", kind="count", classifier="项",
    metric="取消和下放行政审批事项",
    metric_alts=["行政审批事项", "取消和下放的行政审批事项", "取消下放行政审批事项",
                 "取消和下放行政审批事项数量", "国务院各部门取消和下放行政审批事项"],
    subject_alts=GOV_DEPTS, **FLOW_Q,
    note="the State Council departments' own act; the predicate (取消和下放) defining the set "
         "is in the metric (as wr_china_2016 311项); " + GOV_NOTE + "; " + Q_NOTE)
gov("表彰项目29项", "29项", value=29, unit="count", kind="count", classifier="项",
    metric="取消评比达标表彰项目",
    metric_alts=["评比达标表彰项目", "取消的评比达标表彰项目", "评比达标表彰项目数量",
                 "取消评比达标表彰项目数量"],
    subject_alts=GOV_DEPTS, **FLOW_Q,
    note="verb 取消 heads the list (29项、149项); " + GOV_NOTE + "; " + Q_NOTE)
gov("认定事项149项", "149项", value=149, unit="count", kind="count", classifier="项",
    metric="取消职业资格许可和认定事项",
    metric_alts=["职业资格许可和认定事项", "取消的职业资格许可和认定事项", "职业资格许可事项",
                 "取消职业资格许可和认定事项数量"],
    subject_alts=GOV_DEPTS, **FLOW_Q,
    note="verb 取消 shared with 29项 (as wr_china_2016 123项); " + GOV_NOTE + "; " + Q_NOTE)
fact("市场主体达到1293万户", "1293万户", value=1293e4, unit="count", kind="count",
     classifier="户", metric="新登记注册市场主体",
     metric_alts=["新登记市场主体", "新登记注册市场主体数量", "新注册市场主体", "新增市场主体",
                  "市场主体增量"],
     **FLOW_Q, note="达到 → eq; entities registered during 2014 (a flow); " + Q_NOTE)
fact("注册企业增长45.9%", "45.9%", value=45.9, unit="%", kind="growth",
     metric="新登记注册企业",
     metric_alts=["新登记注册企业数量", "新登记企业", "新注册企业", "新登记注册企业数"],
     comparison="yoy", **FLOW_Q, note="其中: the firms among the new entities; " + Q_NOTE)

# ---- line 7 (source 10): opening up -------------------------------------------------------------
FDI = ["实际使用外资", "实际利用外资", "利用外资", "外商直接投资", "实际利用外商直接投资"]
fact("外商直接投资1196亿美元", "1196亿美元", value=1196e8, unit="USD", kind="amount",
     metric="实际使用外商直接投资", metric_alts=FDI, **FLOW,
     note="亿美元 → USD; the year's inflow; " + FRAME_NOTE)
fact("居世界首位", "首位", value=1, unit="rank", kind="rank", scope="世界",
     metric="实际使用外商直接投资",
     metric_alts=FDI + ["实际使用外商直接投资规模", "实际使用外资规模", "实际使用外资排名"],
     **FLOW,
     note="首位 → 1 (SPEC §3), scope 世界; the rank of the year's inflow (a flow) → the year "
          "(as 位居发展中国家首位 in wr_china_2017)")
ODI = ["对外投资", "非金融类对外直接投资", "境外直接投资", "对外直接投资额"]
fact("对外直接投资1029亿美元", "1029亿美元", value=1029e8, unit="USD", kind="amount",
     metric="对外直接投资", metric_alts=ODI, **FLOW,
     note="亿美元 → USD; 与利用外资并驾齐驱 after it states no number; " + FRAME_NOTE)

# ---- line 8 (source 11): 三是 (no facts) ---------------------------------------------------------
g.neg("三是加大结构调整", "三是", MARKER_NOTE)

# ---- line 9 (source 12): agriculture -------------------------------------------------------------
fact("粮食产量“十一连增”", "十一连增", value=11, unit="count", kind="count",
     classifier="连增", metric="粮食产量连增",
     metric_alts=["粮食产量连续增长", "粮食产量连续增产", "粮食连续增产", "粮食产量",
                  "粮食产量连续增长年数", "连增", "粮食总产量连增"],
     period=Y14, period_alts=[Y14_NULL, P("十一连增", "2004-01-01", "2014-12-31")],
     note="judgement call, as 十连增 in wr_china_2014 and 十二连增 in wr_china_2016: 十一连增 "
          "'the eleventh increase in a row' → a count of consecutive annual increases (11, "
          "classifier 连增); a streak duration (11 year) is the alternative; the streak "
          "2004-2014 ends in the review year (alt)")
fact("农民收入“五连快”", "五连快", value=5, unit="count", kind="count", classifier="连快",
     metric="农民收入连快",
     metric_alts=["农民收入增速连续快于城镇居民", "农民收入连续快于城镇居民收入增长",
                  "农民收入连续较快增长", "农民收入", "农民收入连快年数", "连快",
                  "农民收入增长连续快于城镇居民"],
     period=Y14, period_alts=[Y14_NULL, P("五连快", "2010-01-01", "2014-12-31")],
     note="judgement call, read as 十一连增 beside it: 五连快 'faster for the fifth year in a "
          "row' (farmers' income growing faster than urban incomes, since 2010) → a count of "
          "consecutive years (5, classifier 连快); a streak duration (5 year) is the "
          "alternative; the streak 2010-2014 ends in the review year (alt)")
fact("节水灌溉面积223万公顷", "223万公顷", value=2.23e10, unit="m2", kind="amount",
     metric="新增节水灌溉面积",
     metric_alts=["节水灌溉面积", "节水灌溉面积增量", "新增节水灌溉"], **FLOW,
     note="新增 area over 2014 (as wr_china_2013); 万公顷 = 1e4 × 1e4 m2 → 2.23e10 m2; "
          + FRAME_NOTE)
fact("新建改建农村公路23万公里", "23万公里", value=2.3e8, unit="m", kind="amount",
     metric="新建改建农村公路",
     metric_alts=["农村公路", "新建改建农村公路里程", "新改建农村公路", "农村公路新建改建里程",
                  "农村公路里程增量"], **FLOW,
     note="万公里 = 1e7 m (as wr_china_2017 29万公里); " + FRAME_NOTE)
g.neg("新一轮退耕还林", "一轮", "新一轮 'a new round', not a count")

# ---- line 10 (source 13): industrial structure ---------------------------------------------------
fact("等15个重点行业", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="淘汰落后产能重点行业",
     metric_alts=["重点行业", "淘汰落后产能的重点行业", "重点行业数量",
                  "完成淘汰落后产能年度任务的重点行业", "淘汰落后产能年度任务重点行业"],
     **FLOW,
     note="judgement call: the key industries (钢铁、水泥等) whose annual capacity-closure "
          "task for 2014 was completed on time → a count (as 餐饮业等39个重点行业 in "
          "wr_shanghai_2025_b); " + FRAME_NOTE)

# ---- line 11 (source 14): infrastructure ---------------------------------------------------------
fact("投产里程8427公里", "8427公里", value=8.427e6, unit="m", kind="amount",
     metric="新建铁路投产里程",
     metric_alts=["铁路投产里程", "新建铁路", "新建铁路投产", "铁路营业里程增量",
                  "新线投产里程"], **FLOW,
     note="lines opened in 2014 (a flow); 公里 = 1e3 m; " + FRAME_NOTE)
HSR = ["高铁运营里程", "高速铁路营业里程", "高速铁路里程", "高铁里程"]
fact("运营里程达1.6万公里", "1.6万公里", value=1.6e7, unit="m", kind="amount",
     metric="高速铁路运营里程", metric_alts=HSR, **STOCK,
     note="达 → eq; 1.6万公里 = 1.6e7 m; network length in service (a stock): " + STOCK_NOTE)
fact("占世界的60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="高速铁路运营里程占世界比重",
     metric_alts=["高铁运营里程占世界比重", "高速铁路运营里程占世界的比重", "占世界的比重",
                  "高速铁路运营里程占世界总里程比重", "高铁里程占世界比重",
                  "高速铁路运营里程占世界比例"], **STOCK,
     note="以上 → ge (outside the span); the share of the world's high-speed network (a "
          "share of a stock): " + STOCK_NOTE)
fact("通车里程达11.2万公里", "11.2万公里", value=1.12e8, unit="m", kind="amount",
     metric="高速公路通车里程",
     metric_alts=["高速公路里程", "高速公路运营里程", "高速公路总里程"], **STOCK,
     note="达 → eq; 11.2万公里 = 1.12e8 m; " + STOCK_NOTE)
fact("宽带用户超过7.8亿户", "7.8亿户", value=7.8e8, unit="count", kind="count",
     classifier="户", bound="gt", metric="宽带用户",
     metric_alts=["宽带用户数", "宽带用户数量", "宽带接入用户", "互联网宽带用户"], **STOCK,
     note="超过 → gt (outside the span); subscribers at the year's end (a stock): "
          + STOCK_NOTE)
g.neg("中线一期工程", "一期", "phase label 一期 (README §2), not a quantity")
g.neg("沿线亿万群众", "亿万", "idiom 亿万群众 'hundreds of millions of people', not a quantity "
      "(as 亿万人民 in wr_china_2013)")

# ---- line 12 (source 15): innovation (no numerals) ------------------------------------------------

# ---- line 13 (source 16): 四是 ---------------------------------------------------------------------
g.neg("四是织密织牢", "四是", MARKER_NOTE)
fact("民生的比例达到70%以上", "70%", value=70, unit="%", kind="share", bound="ge",
     metric="财政用于民生的比例",
     metric_alts=["财政用于民生支出占比", "民生支出占比", "财政民生支出占比",
                  "民生支出占财政支出比重", "财政支出用于民生的比例", "民生支出比重",
                  "财政用于民生的比重"], **FLOW,
     note="达到…以上 → ge (以上 outside the span); the share of the year's spending (a flow) "
          "→ the year; " + FRAME_NOTE)

# ---- line 14 (source 17): jobs and social security -------------------------------------------------
PEN = ["企业退休人员基本养老金水平", "基本养老金", "企业退休人员养老金", "养老金",
       "企业退休人员基本养老金标准"]
gov("养老金水平又提高10%", "10%", value=10, unit="%", kind="growth",
    metric="企业退休人员基本养老金", metric_alts=PEN, comparison="yoy", **FLOW,
    note="提高 X% of a benefit level → growth, yoy; the central decision raising pensions "
         "(又 = once more) → " + GOV_NOTE + "; " + FRAME_NOTE)
fact("新开工保障性安居工程740万套", "740万套", value=740e4, unit="count", kind="count",
     classifier="套", metric="新开工保障性安居工程",
     metric_alts=["保障性安居工程新开工", "保障性安居工程", "新开工保障性住房",
                  "保障性安居工程开工套数", "新开工保障性安居工程住房"], **FLOW,
     note=FRAME_NOTE)
fact("基本建成511万套", "511万套", value=511e4, unit="count", kind="count",
     classifier="套", metric="基本建成保障性安居工程",
     metric_alts=["保障性安居工程基本建成", "保障性安居工程", "基本建成保障性住房",
                  "保障性安居工程基本建成套数", "基本建成保障性安居工程住房"], **FLOW,
     note="head 保障性安居工程 carried over from 740万套; built (基本建成) during 2014")
DIB_NOTE = ("分别: 城市低保标准 ↔ 9.97%, 农村低保标准 ↔ 14.1% (城乡 split, 低保标准 shared); "
            "提高 X% of a standard → growth, yoy; " + FRAME_NOTE)
gov("分别提高9.97%", "9.97%", value=9.97, unit="%", kind="growth", metric="城市低保标准",
    metric_alts=["城市居民最低生活保障标准", "城市最低生活保障标准", "城镇低保标准",
                 "城市低保平均标准", "低保标准"],
    comparison="yoy", **FLOW, note=DIB_NOTE)
gov("9.97%和14.1%", "14.1%", value=14.1, unit="%", kind="growth", metric="农村低保标准",
    metric_alts=["农村居民最低生活保障标准", "农村最低生活保障标准", "农村低保平均标准",
                 "低保标准"],
    comparison="yoy", **FLOW, note=DIB_NOTE)
gov("生活补助标准提高20%以上", "20%", value=20, unit="%", kind="growth", bound="ge",
    metric="优抚对象抚恤和生活补助标准",
    metric_alts=["抚恤和生活补助标准", "优抚对象抚恤补助标准", "优抚对象抚恤和生活补助",
                 "残疾军人、烈属和老复员军人等优抚对象抚恤和生活补助标准",
                 "优抚对象抚恤和生活补助标准提高幅度"],
    comparison="yoy", **FLOW,
    note="以上 → ge (outside the span); 提高 X% of a standard → growth, yoy; " + GOV_NOTE)

# ---- line 15 (source 18): education -------------------------------------------------------------
gov("扩大到三年", "三年", value=3, unit="year", kind="amount",
    metric="中等职业学校免学费补助政策覆盖年限",
    metric_alts=["中等职业学校免学费补助年限", "免学费补助政策覆盖年限", "免学费补助年限",
                 "中等职业学校免学费补助政策", "中等职业学校免学费年限",
                 "中等职业学校免学费补助政策年限"],
    **STOCK,
    note="judgement call: the free-tuition subsidy of secondary vocational schools now "
         "covers three years (all grades of the course) → a duration in force after the "
         "change (扩大到), 3 year, as the length of stay of a rule in force (240小时 in "
         "wr_yunnan_2025): " + STOCK_NOTE + "; " + GOV_NOTE)
fact("28个省份实现了", "28个", value=28, unit="count", kind="count", classifier="个",
     metric="实现农民工随迁子女在流入地参加高考的省份",
     metric_alts=["农民工随迁子女在流入地参加高考的省份", "实现随迁子女在流入地参加高考的省份",
                  "实现异地高考的省份", "省份", "省份数量",
                  "实现农民工随迁子女在流入地参加高考的省份数量"],
     **LEVEL,
     note="the predicate (随迁子女在流入地参加高考 achieved) defines the counted set → in the "
          "metric; a count of provinces → 中国; the 2014 entrance examination → the year, "
          "the year-end instant as alt")
STREAK2 = P("连续两年", "2013-01-01", "2014-12-31")
RURAL = ["贫困地区农村学生上重点高校人数", "贫困地区农村学生上重点高校", "农村学生上重点高校人数",
         "贫困地区农村学生重点高校录取人数", "上重点高校人数"]
fact("人数连续两年", "两年", value=2, unit="year", kind="amount",
     metric="贫困地区农村学生上重点高校人数增长10%以上持续时间",
     metric_alts=["贫困地区农村学生上重点高校人数连续增长", "贫困地区农村学生上重点高校人数增长持续时间",
                  "贫困地区农村学生上重点高校人数增长10%以上的年数", "连续增长10%以上",
                  "增长10%以上持续时间", "贫困地区农村学生上重点高校人数", "持续时间"],
     period=Y14, period_alts=[Y14_NULL, STREAK2],
     note="length of the streak 连续两年 (a duration, unit year, as wr_yunnan_2025 连续3年 and "
          "wr_china_2007 连续四年) — judgement call; the streak ends in the review year (alt "
          "2013-2014)")
fact("增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="贫困地区农村学生上重点高校人数", metric_alts=RURAL, comparison="yoy",
     period=Y14, period_alts=[Y14_NULL, STREAK2],
     note="以上 → ge (outside the span); the growth held in each year of the streak (as "
          "达到或略高于10% in wr_china_2007) → the review year 2014, the streak 2013-2014 and "
          "null as alts")
EDU = ["财政性教育经费支出占国内生产总值比例", "国家财政性教育经费支出占国内生产总值比例",
       "财政性教育经费占GDP比例", "财政性教育经费支出占GDP比重",
       "财政性教育经费支出占国内生产总值比重", "财政性教育经费占国内生产总值比例",
       "全国财政性教育经费支出占GDP比例"]
fact("比例超过4%", "4%", value=4, unit="%", kind="share", bound="gt",
     metric="全国财政性教育经费支出占国内生产总值比例", metric_alts=EDU, **FLOW,
     note="超过 → gt (outside the span); a ratio of two flows of the year → the year; "
          + FRAME_NOTE)

# ---- line 16 (source 19): health -------------------------------------------------------------------
fact("覆盖面超过95%", "95%", value=95, unit="%", kind="share", bound="gt",
     metric="全民医保覆盖面",
     metric_alts=["医保覆盖面", "全民医保覆盖率", "医保覆盖率", "基本医疗保险参保率",
                  "基本医保参保率", "基本医疗保险覆盖率"], **STOCK,
     note="超过 → gt (outside the span); coverage of the population (a rate of a stock, "
          "SPEC §2 share): " + STOCK_NOTE)
fact("试点县市达到1300多个", "1300多个", value=1300, unit="count", kind="count",
     classifier="个", bound="gt", metric="公立医院改革试点县市",
     metric_alts=["公立医院改革试点县", "县级公立医院综合改革试点县市", "公立医院改革试点县（市）",
                  "试点县市", "公立医院改革试点县市数量", "公立医院综合改革试点县市"],
     **STOCK,
     note="多 inside the span → gt; 达到 = the number of pilot counties reached (a stock): "
          + STOCK_NOTE)

# ---- line 17 (source 20): culture (no numerals: 村村通 / 户户通 are reduplications) ------------------

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 过去一年，困难和挑战"
    "比预想的大。…主要做了以下工作。 and review items 一是 (targeted macro control), 二是 (reform "
    "and opening), 三是 (agriculture, industry, infrastructure, innovation) and 四是 (jobs, "
    "social security, housing, education, health, culture) in full. The brief allows source "
    "lines 4-40: the heading 一、2014年工作回顾 and the headline paragraph of 2014 (lines 1-3) "
    "are outside it; line 21 (item 五是) would add no fact, lines 4-19 would cut item 四是. "
    "The 2015 主要预期目标 (source line 35) can only be joined by runs starting at line 19 or "
    "later (lines 19-35: 2,461 characters), mostly the sparse end of the review and the "
    "general requirements, with about half as many numbers: the excerpt is review only. "
    "Title: the corpus meta title (the source has no title line), title_in_text=False. "
    "Date: 2015-03-05, the corpus meta date: the opening day of the 3rd session of the 12th "
    "NPC, on which Premier Li Keqiang delivered the report; the Wikisource text has no "
    "dateline; nothing in the excerpt contradicts it (it reviews 2014: 全年, 比上年). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central government's own acts "
    "(1/3 cut of special transfers, 246项/29项/149项 with 国务院各部门, pensions, 低保 and "
    "抚恤 standards, the free-tuition years) add 中央政府/国务院. Periods: the whole excerpt "
    "lies in section 一、2014年工作回顾 (heading outside the excerpt): numbers without a "
    "period before them in their line take the review year 2014 with the period text "
    "过去一年 (the excerpt's first line, as wr_china_2017), null as alt; 全年 governs the rest "
    "of line 6 (approvals, market entities); stocks (高速铁路/高速公路 里程, 60%以上 of the "
    "world's network, 宽带用户, 医保覆盖面, 1300多个 pilot counties, the free-tuition years "
    "in force) → instant 2014-12-31 with the year and null as alts; loan-growth gaps and "
    "28个省份 → the year with the year-end instant as alt; streaks 十一连增 (2004-2014), "
    "五连快 (2010-2014), 连续两年 (2013-2014) → the year with the streak span as alt. "
    "Modality: actual throughout. Units: 亿美元 → USD; 万公顷 → 1e8 m2; 公里 1e3 m; 1/3 → "
    "33.33 %; 个百分点 → pp; 首位 → rank 1; 三年 / 两年 → year. Judgement calls: 十一连增 / "
    "五连快 → counts 11 / 5 with classifiers 连增 / 连快 (as 十连增 in wr_china_2014); "
    "连续两年增长10%以上 → a 2-year streak duration plus growth 10 ge (as wr_china_2007 "
    "连续四年…10%); 扩大到三年 → a 3-year duration of the free-tuition policy (stock); "
    "15个重点行业 and 28个省份 → counts; 专项转移支付项目比上年减少1/3以上 → growth −33.33 ge; "
    "宽带用户 7.8亿户 → count (户), stock. Known false alarm: the shared check_gold.py reads "
    "1/3 as 1. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一般 (一般性转移支付), 进一步, 统一 (统一城乡居民…). No "
    "numerals: 村村通 / 户户通, 所有省份, 多年.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
